r"""cleaner: strip boilerplate from scraped articles and keep a record of every removal.

    >>> import cleaner
    >>> cleaner.clean("A real sentence of the article stays where it is.\n\n\n\nStay tuned for more updates!\n")
    'A real sentence of the article stays where it is.\n'
    >>> cleaner.clean("Hello world.\n")
    'Hello world.\n'
"""

from __future__ import annotations

import functools

from cleaner.model import Category, CleanResult, Removal
from cleaner.pipeline import Cleaner, Options, check_text
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


def clean(text: str, *, mode: str = "article") -> str:
    """Plain text in, clean text out, with the shipped rules and heuristics.

    mode="article" (the default): an article's text as a scraper or an extractor left it; only
    rules and precise heuristics remove. mode="page": a whole page flattened to text, where the
    learned scorer also removes menus, link lists and teasers. See Options.mode.
    """
    check_text(text, "cleaner.clean")
    return _default_cleaner(Options(mode=mode)).clean(text).text


def clean_html(html: str, url: str | None = None) -> str:
    """HTML in: the page's main text, extracted, then cleaned in article mode (with the shipped
    rules; Cleaner.clean_html uses a Cleaner's own, and records what the extractor dropped).

    Raises cleaner.html.PageError for a page that cannot be read whole (nested deeper than the
    HTML parser goes): its text would be cut short.
    """
    from cleaner.html import HTML_OPTIONS, extract_text

    check_text(html, "cleaner.clean_html")
    return _default_cleaner(HTML_OPTIONS).clean(extract_text(html, url)).text
