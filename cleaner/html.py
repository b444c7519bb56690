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
from cleaner.language import guess_language, stoplists, words
from cleaner.paragraphs import page_blocks
from cleaner.pipeline import Options

# jusText is asked for a second opinion only on shorter extractions: when trafilatura already
# found a long text, the paragraphs it left out were more often comments and other articles than
# missed prose. Swept 2,000-10,000 characters and "always" on the dev pages: 4,000-10,000 all beat
# "always", 5,000 was best (F1 +0.001), and the jusText pass is then skipped on a third of pages.
SECOND_OPINION_MAX_CHARS = 5000
# How clean_html cleans its own extraction: as any extractor's output, rules only (see
# Options.extracted). Out of fold on the dev pages (scripts/train_scorer.py --folds 5), with the
# rules of session 4, the scorer added nothing here: F1 0.9427 off, 0.9428 at 0.05, 0.9420 at
# 0.1, 0.9401 at 0.15; off keeps the most article text (121 snippets missed against 134 at 0.1).
HTML_OPTIONS = Options(extracted=True)


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
