"""Stage 1 for HTML: extract the main text, then clean it as plain text.

The main text is trafilatura's, checked block by block against jusText's paragraph classifier
(cleaner.extract): two extractors that look at a page differently agree more often on the article
than either alone (Bevendorff et al., "An Empirical Comparison of Web Content Extraction
Algorithms", SIGIR 2023).
"""

from __future__ import annotations

import trafilatura

from cleaner.extract import combine, justext_paragraphs
from cleaner.language import guess_language, stoplists, words


def extract_text(html: str, url: str | None = None) -> str:
    """The page's main text, or "" when trafilatura finds none.

    deduplicate=False: trafilatura's deduplication keeps a process-wide cache, so a page could
    come out different (even empty) depending on what was extracted before it. Our output must
    depend on the input alone.
    """
    text = trafilatura.extract(
        html,
        url=url,
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
    return combine(text, justext_paragraphs(html, stoplists()[language]))
