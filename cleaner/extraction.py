"""What the HTML extractor dropped, as one removal record (`Cleaner.clean_html`).

The extractor (cleaner.html: trafilatura, or the page judged in page mode) keeps the page's article
paragraphs; the record lists the page's other paragraphs, as jusText segments the page, so a
report says what went before the rules ran, not only what the rules removed.
"""

from __future__ import annotations

from cleaner.html import Extraction
from cleaner.model import Category, Removal

EXTRACTOR_SOURCE = "extractor:html"


def extractor_removal(extraction: Extraction) -> Removal | None:
    """One removal holding the page's paragraphs that the extraction left out, one a line; None
    when it left none out. It has no place in the text (start, end and lines are 0): the
    paragraphs were never in it."""
    dropped = [d.text for d in extraction.dropped]
    if not dropped:
        return None
    return Removal(
        start=0,
        end=0,
        first_line=0,
        last_line=0,
        text="\n".join(dropped) + "\n",
        category=Category.BOILERPLATE,
        source=EXTRACTOR_SOURCE,
        reason=f"not article text to the HTML extractor ({extraction.extractor}): {len(dropped)} of the page's "
               f"{extraction.paragraphs} paragraphs",
    )
