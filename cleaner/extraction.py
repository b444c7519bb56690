"""What the HTML extractor dropped, as one removal record (`Cleaner.clean_html`).

The extractor (cleaner.html: trafilatura and the paragraph ensemble) keeps the page's article
paragraphs; the record lists the page's other paragraphs, as jusText segments the page, so a
report says what went before the rules ran, not only what the rules removed.
"""

from __future__ import annotations

from trafilatura.utils import load_html

from cleaner.model import Category, Removal
from cleaner.paragraphs import page_blocks

EXTRACTOR_SOURCE = "extractor:html"


def extractor_removal(html: str, extracted: str) -> Removal | None:
    """One removal holding the paragraphs of `html` that `extracted` (its extraction) lacks, one
    a line; None when it lacks none. It has no place in the text (start, end and lines are 0):
    the paragraphs were never in it."""
    tree = load_html(html)
    if tree is None:
        return None
    paragraphs = [" ".join(block.text.split()) for block in page_blocks(tree)]
    paragraphs = [p for p in paragraphs if p]
    kept = " ".join(extracted.split())
    dropped = [p for p in paragraphs if p not in kept]
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
        reason=f"not article text to the HTML extractor: {len(dropped)} of the page's {len(paragraphs)} paragraphs",
    )
