"""Stage 1 for HTML: the page's main text, then cleaned as plain text.

trafilatura extracts the main text; jusText's segmentation and classes describe every paragraph
of the page (cleaner.paragraphs, from one more parse of the page); a learned ensemble
(cleaner.ensemble) keeps the paragraphs that are the article. The text is then cleaned like any
extractor's output (HTML_OPTIONS).
"""

from __future__ import annotations

import trafilatura
import trafilatura.utils
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from cleaner.ensemble import article_text, default_block_scorer
from cleaner.language import all_stopwords, guess_language, stoplists
from cleaner.paragraphs import Block, classify, page_blocks
from cleaner.pipeline import Options
from cleaner.scorer import Scorer

# How clean_html cleans its own extraction: in article mode, as any extractor's output (the
# ensemble has already weighed every paragraph).
HTML_OPTIONS = Options(mode="article")


# Pages with more tags than this are not read: trafilatura's walk of a frame is quadratic in its
# elements (20,000 spans in one paragraph: 14 s; 100,000 would take minutes), and no article
# page comes near it (its "<" are counted, a C-speed scan: opening and closing tags both count).
MAX_TAGS = 200_000


class PageError(ValueError):
    """A page that cannot be read whole (the message says why): its text would be cut short."""


def main_text(html: str | HtmlElement, url: str | None = None) -> str:
    """trafilatura's main text of the page (its HTML, or its tree from load_html), or "".

    fast=True: trafilatura's fallback extractors (readability, jusText on short results) cost
    half again its own time; the ensemble reads jusText's view of every paragraph anyway.
    deduplicate=False: trafilatura's deduplication keeps a process-wide cache, so a page could
    come out different (even empty) depending on what was extracted before it. Our output must
    depend on the input alone.
    """
    return trafilatura.extract(
        html,
        url=url,
        fast=True,
        deduplicate=False,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
    ) or ""


def page_paragraphs(html: str, url: str | None = None) -> tuple[list[Block], str, frozenset[str]]:
    """The page's paragraphs with jusText's classes, trafilatura's main text, and the stopwords
    of the page's language (all lists' when it cannot be told): what the ensemble weighs."""
    # parsed once: trafilatura copies a tree it is given (and leaves it as it was), which costs
    # less than a second parse; page_blocks only reads it
    tree = load_html(html)
    _read_whole(tree)
    text = main_text(html if tree is None else tree, url)
    blocks = page_blocks(tree) if tree is not None else []
    language = guess_language(text or " ".join(block.text for block in blocks))
    stopwords = stoplists()[language] if language else all_stopwords()
    return classify(blocks, stopwords), text, stopwords


def _read_whole(tree: HtmlElement | None) -> None:
    """PageError if the parser stopped at one of its limits (libxml2 keeps what it read so far
    and reports a resource-limit error): nesting deeper than 255 elements, say. The page's
    text would be cut short without a word; a tree that deep also risks the recursion of the
    code that walks it."""
    parser = getattr(trafilatura.utils, "HTML_PARSER", None)  # the parser load_html uses
    if tree is None or parser is None:
        return
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            # "Excessive depth in document: 256, use XML_PARSE_HUGE option": the option is not ours to give
            limit = error.message.split(", use ")[0].strip()
            raise PageError(f"the HTML parser stopped reading the page ({limit}): its text would be cut short")


def extract_text(html: str, url: str | None = None, scorer: Scorer | None = None) -> str:
    """The page's article text, one paragraph a line, or "" when none is found.

    Raises PageError for a page that cannot be read whole (nested deeper than the HTML parser
    goes, 255 elements: its text would be cut short) or in bounded time (MAX_TAGS).

    `scorer`: the ensemble's (None: the one shipped in cleaner/data); without one, or without
    paragraphs to weigh, trafilatura's main text as it is.
    """
    tags = html.count("<") if isinstance(html, str) else 0
    if tags > MAX_TAGS:
        raise PageError(f"too many tags to read ({tags:,} '<'; the limit is {MAX_TAGS:,})")
    scorer = scorer or default_block_scorer()
    blocks, text, stopwords = page_paragraphs(html, url)
    if scorer is None or not blocks:  # (no paragraphs: a page lxml could not parse)
        return text
    return article_text(blocks, text, stopwords, scorer)
