"""Stage 1 for HTML: extract the main text, then clean it as plain text.

The main text is trafilatura's, checked block by block against jusText's paragraph classifier
(cleaner.extract): two extractors that look at a page differently agree more often on the article
than either alone (Bevendorff et al., "An Empirical Comparison of Web Content Extraction
Algorithms", SIGIR 2023).
"""

from __future__ import annotations

import trafilatura
from trafilatura.utils import load_html

from cleaner.extract import combine, justext_paragraphs
from cleaner.language import guess_language, stoplists, words


def extract_text(html: str, url: str | None = None) -> str:
    """The page's main text, or "" when trafilatura finds none.

    The page is parsed once; trafilatura works on its own copy of the tree.
    fast=True: trafilatura's fallback extractors (readability, jusText on short results) cost
    half again its own time; our jusText pass below is cheaper and finds most of what they add.
    deduplicate=False: trafilatura's deduplication keeps a process-wide cache, so a page could
    come out different (even empty) depending on what was extracted before it. Our output must
    depend on the input alone.
    """
    tree = load_html(html)
    if tree is None:
        return ""
    text = trafilatura.extract(
        tree,
        url=url,
        fast=True,
        deduplicate=False,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    )
    if not text:
        return ""
    # jusText needs the page's stopwords; too little text to tell the language, no second opinion
    language = guess_language(words(text))
    if language is None:
        return text
    return combine(text, justext_paragraphs(tree, stoplists()[language]))
