"""Stage 1 for HTML: extract the main text with trafilatura, then clean it as plain text."""

from __future__ import annotations

import trafilatura


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
    return text or ""
