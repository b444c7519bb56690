"""Stage 1 for HTML: extract the main text, then clean it as plain text.

The main text is trafilatura's, checked block by block against jusText's paragraph classifier
(cleaner.extract): two extractors that look at a page differently agree more often on the article
than either alone (Bevendorff et al., "An Empirical Comparison of Web Content Extraction
Algorithms", SIGIR 2023).
"""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from cleaner.extract import RESCUE_MAX_CHARS, combine, justext_paragraphs, rescue
from cleaner.heuristics import EXTRACTED_THRESHOLD
from cleaner.language import guess_language, stoplists, words
from cleaner.paragraphs import page_blocks
from cleaner.pipeline import Options

# jusText is asked for a second opinion only on shorter extractions: when trafilatura already
# found a long text, the paragraphs it left out were more often comments and other articles than
# missed prose. Swept 2,000-10,000 characters and "always" on the dev pages: 4,000-10,000 all beat
# "always", 5,000 was best (F1 +0.001), and the jusText pass is then skipped on a third of pages.
SECOND_OPINION_MAX_CHARS = 5000
# How clean_html cleans its own extraction: the scorer removes only what it is sure of. Unlike
# Options(extracted=True), for any extractor's output, where it removes nothing on its own: on
# this extraction it earned its place (out-of-fold F1 0.938 against 0.937 with it off).
HTML_OPTIONS = Options(scorer_threshold=EXTRACTED_THRESHOLD)


def extract_text(html: str, url: str | None = None) -> str:
    """The page's main text, or "" when trafilatura finds none.

    fast=True: trafilatura's fallback extractors (readability, jusText on short results) cost
    half again its own time; our jusText pass below is cheaper and finds most of what they add.
    deduplicate=False: trafilatura's deduplication keeps a process-wide cache, so a page could
    come out different (even empty) depending on what was extracted before it. Our output must
    depend on the input alone.
    """
    text = trafilatura.extract(
        html,
        url=url,
        fast=True,
        deduplicate=False,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if not text:
        return ""
    if len(text) >= SECOND_OPINION_MAX_CHARS:
        return text
    # jusText needs the page's stopwords; too little text to tell the language, no second opinion
    # (but a short text may still be replaced, see extract.rescue)
    language = guess_language(words(text))
    if language is None and len(text) >= RESCUE_MAX_CHARS:
        return text
    # parsed again rather than shared: trafilatura copies a tree it is given, which costs as much
    # as parsing, and a third of the pages never get here
    tree = load_html(html)
    if tree is None:
        return text
    blocks = page_blocks(tree)
    rescued = rescue(text, blocks)
    if rescued is not None:
        return rescued
    if language is None:
        return text
    return combine(text, justext_paragraphs(blocks, stoplists()[language]))
