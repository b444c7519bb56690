r"""cleaner: strip boilerplate from scraped articles and keep a record of every removal.

    >>> import cleaner
    >>> cleaner.clean("A real sentence of the article stays where it is.\n\n\n\nStay tuned for more updates!\n")
    'A real sentence of the article stays where it is.\n'
"""

from __future__ import annotations

import functools

from cleaner.model import Category, CleanResult, Removal
from cleaner.pipeline import Cleaner, Options
from cleaner.rules import RuleError, RuleSet, load_rules

__all__ = [
    "Category",
    "CleanResult",
    "Cleaner",
    "Options",
    "Removal",
    "RuleError",
    "RuleSet",
    "clean",
    "clean_html",
    "load_rules",
]
__version__ = "0.1.0"


@functools.lru_cache(maxsize=2)
def _default_cleaner(options: Options = Options()) -> Cleaner:
    return Cleaner(options=options)


def clean(text: str, *, extracted: bool = False) -> str:
    """Plain text in, clean text out, with the shipped rules and heuristics.

    extracted=True: the text comes out of an extractor (see Options.extracted).
    """
    return _default_cleaner(Options(extracted=extracted)).clean(text).text


def clean_html(html: str, url: str | None = None) -> str:
    """HTML in: the main text extracted by trafilatura, then cleaned like `clean`."""
    from cleaner.html import HTML_OPTIONS, extract_text

    return _default_cleaner(HTML_OPTIONS).clean(extract_text(html, url)).text
