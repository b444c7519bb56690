"""Stage 1 for HTML: the page's article text, then cleaned as plain text.

trafilatura extracts the main text; when it finds none, the whole page's text (html-text) judged
line by line in page mode stands in. The text is then cleaned like any extractor's output
(HTML_OPTIONS, article mode), so clean_html's removals are the extractor's choice plus the rules'
and heuristics' own.

`extract()` also says what the extractor left out: the page's paragraphs (cleaner.paragraphs)
that its text does not hold, so the extractor's choice can be reported like any removal
(`Extraction.removals()`, source "extractor:trafilatura").

Why trafilatura alone, with these settings: on the tuning part of gold-bodies (1,749 pages,
4-token-shingle F1), trafilatura's default settings scored 0.855, favor_precision 0.854, and
favor_recall without comments (below) 0.904; its empty outputs replaced by the page's text,
0.912; then cleaned in article mode, 0.912. Every dataset chose the same settings, so the
leave-one-dataset-out choice is this one too. A learned ensemble of trafilatura and jusText
(trained on trafilatura-eval's pages) scored 0.865 there and was removed; adding back
jusText's "good" paragraphs inside trafilatura's span cost F1 on every dataset but CleanEval.
"""

from __future__ import annotations

import bisect
import collections
import copy
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick
import numpy as np
import regex
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from cleaner import inline
from cleaner.lines import HEADLINE_MAX_WORDS, count_words, ends_a_sentence
from cleaner.model import Category, Removal
from cleaner.paragraphs import Block as Paragraph
from cleaner.paragraphs import page_blocks
from cleaner.pipeline import Cleaner, Options
from cleaner.rules import RuleSet, example_block

# How clean_html cleans its own extraction: in article mode, as any extractor's output.
HTML_OPTIONS = Options(mode="article")
EXTRACTOR = "trafilatura"
FALLBACK = "html-text"
# trafilatura's settings (gold-bodies tuning part, F1 of 4-token shingles, see the module's
# docstring): favor_recall beat the default on all four datasets (dragnet 0.918 against 0.911
# without comments; CleanEval 0.893 / 0.876 against 0.890 / 0.887 with the fallback, readability
# 0.952 against 0.947) and takes two thirds of its time (0.054 s a page against 0.083 s).
# include_comments=False: reader comments are not the article (Dragnet's golds cut them; with
# them trafilatura's Dragnet F1 fell from 0.911 to 0.837). deduplicate=False: trafilatura's
# deduplication keeps a process-wide cache, so a page could come out different (even empty)
# depending on what was extracted before it: our output must depend on the page alone.
TRAFILATURA_SETTINGS: dict[str, Any] = {
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
    "with_metadata": False,
}
# favor_recall sometimes settles on a small part of the page (a front page's one teaser, a
# page's box beside its article): where its text holds less than this share of the page's
# words, and less than this share of what the default settings extract, the default's text
# stands. (On gold-bodies' tuning part this changed one page, cleaneval-dev-34: F1 0.136 ->
# 0.995; with 0.2, six more, one of them from 0.971 to 0.001.)
LATCHED_SHARE = 0.1
TRAFILATURA_DEFAULTS: dict[str, Any] = {**TRAFILATURA_SETTINGS, "favor_recall": False}
# A paragraph of the page counts as extracted when the extractor's text holds at least this
# share of its characters.
HELD_SHARE = 0.5
# Extracted lines shorter than this are not looked for inside a paragraph: "Home" or "Share"
# would be found in many.
MIN_MATCHED_LINE_CHARS = 15
# Paragraphs times text characters up to which each paragraph is looked for in the text on its
# own (C-speed substring search); beyond, one Aho-Corasick scan keeps it linear.
SUBSTRING_SEARCH_MAX_WORK = 20_000_000
_WORD = re.compile(r"\w")
# Characters lxml cannot hold in a tree: html-text raises on them.
_LXML_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# Pages with more tags than this are not read: trafilatura's walk of a frame is quadratic in its
# elements (20,000 spans in one paragraph: 14 s; 100,000 would take minutes), and no article
# page comes near it (its "<" are counted, a C-speed scan: opening and closing tags both count).
MAX_TAGS = 200_000
# Aho-Corasick keys are cut to this many characters, and a hit of a cut key is checked in full:
# pyahocorasick frees its trie recursively, one C stack frame per character of the longest key,
# and a key of ~500,000 characters (one huge paragraph, or a page of 100,000 spans) overflows
# the stack and kills the process. Paragraphs and main-text lines longer than this are rare.
MAX_KEY_CHARS = 1_000


# Stand-ins for the page's invisible format characters while trafilatura reads it (see
# FormatCharacters): printable symbols no article uses (the Tai Xuan Jing's, U+1D306 to U+1D356).
STAND_INS = tuple(chr(code) for code in range(0x1D306, 0x1D357))
# Format characters trafilatura may drop: a soft hyphen only tells where a line may break, as
# white space does, and it cuts its word in two for every tokenizer ("Mit\xadtel\xadal\xadter");
# a byte-order mark belongs to the file's encoding, not to its text.
DROPPED_FORMAT = frozenset("\u00ad\ufeff")
_FORMAT = regex.compile(r"\p{Cf}")




class PageError(ValueError):
    """A page that cannot be read whole (the message says why): its text would be cut short."""


def _parsed(html: str) -> HtmlElement | None:
    """The page's tree, or PageError where it cannot be read whole or in bounded time."""
    tags = html.count("<") if isinstance(html, str) else 0
    if tags > MAX_TAGS:
        raise PageError(f"too many tags to read ({tags:,} '<'; the limit is {MAX_TAGS:,})")
    tree = load_html(html)
    _read_whole(tree)
    if tree is not None:
        _keep_dates(tree)
    return tree


def _keep_dates(tree: HtmlElement) -> None:
    """trafilatura deletes <time> with its text, and a date is most often the text's words: a
    sentence's ("Updated on <time>8 January 2024</time>. The card is free..." would read
    "Updated on ."), a diary's heading (<h2><time>Monday 10 July</time></h2>), a letter's place
    and date, a list's closing days. There the element's text stays as text. A byline's date,
    after the byline's separator ("By Anna Berg · <time>...</time>") or label ("Updated:"),
    goes as trafilatura has it go (kept, trafilatura-eval's dev pages had two more of their
    must-drop snippets)."""
    for time in list(tree.iter("time")):
        if not _a_bylines_date(time):
            time.tag = "span"


# What ends a byline's text before its date: a separator between its fields, or a label's colon
_BYLINE_BEFORE_DATE = regex.compile(r"[·•|/／—–:：]\s*$")


def _a_bylines_date(time: Any) -> bool:
    before = time.getprevious().tail if time.getprevious() is not None else time.getparent().text
    return bool(before) and _BYLINE_BEFORE_DATE.search(before) is not None


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



@dataclass(frozen=True)
class FormatCharacters:
    """The page's invisible format characters (Unicode's Cf), each replaced in the page's tree by
    a stand-in (STAND_INS) that the page's text does not hold, and put back in any text read
    from it. trafilatura drops every character that is not printable, and these carry meaning:
    Persian writes the zero-width non-joiner inside its words ("می‌کنند"), emoji sequences and
    Indic conjuncts the joiner, right-to-left text its direction marks (DROPPED_FORMAT: but a
    soft hyphen)."""

    back: dict[int, str]

    @classmethod
    def hidden_in(cls, tree: HtmlElement) -> FormatCharacters:
        """Replace the format characters in `tree`'s text (in place) by stand-ins."""
        page_text = "".join(tree.itertext())
        found = set(_FORMAT.findall(page_text)) - DROPPED_FORMAT
        if not found:
            return cls({})
        free = [char for char in STAND_INS if char not in page_text]
        there = dict(zip(sorted(found), free))  # past the stand-ins, trafilatura drops the rest
        table = str.maketrans(there)
        for element in tree.iter():
            if element.text and not element.text.isprintable():
                element.text = element.text.translate(table)
            if element.tail and not element.tail.isprintable():
                element.tail = element.tail.translate(table)
        return cls({ord(stand_in): char for char, stand_in in there.items()})

    def restore(self, text: str) -> str:
        return text.translate(self.back) if self.back else text


NO_FORMAT_CHARACTERS = FormatCharacters({})


@dataclass(frozen=True)
class Dropped:
    """A paragraph of the page that the extractor left out: its position among the page's
    paragraphs (0-based, in page order), where it starts in the page's paragraphs written one a
    line, and its text."""

    index: int
    start: int
    text: str


@dataclass(frozen=True)
class Extraction:
    """What the extractor made of a page: the text (a blank line between paragraphs, "" when none), who
    made it (EXTRACTOR, or FALLBACK when the extractor found nothing), and the page's paragraphs
    that the text does not hold."""

    text: str
    extractor: str
    dropped: tuple[Dropped, ...] = ()
    paragraphs: int = 0  # the page's paragraphs, dropped or not

    @property
    def source(self) -> str:
        return f"extractor:{self.extractor}"

    def removals(self) -> list[Removal]:
        """One summary Removal per dropped paragraph, in page order. Offsets and line numbers are
        those of the page's paragraphs written one a line (cleaner.paragraphs' view of the page),
        not of the extracted text."""
        return [
            Removal(start=d.start, end=d.start + len(d.text), first_line=d.index + 1, last_line=d.index + 1,
                    text=d.text, category=Category.BOILERPLATE, source=self.source,
                    reason=f"left out by {self.extractor} (paragraph {d.index + 1} of {self.paragraphs})")
            for d in self.dropped
        ]


def main_text(html: str | HtmlElement, url: str | None = None, settings: dict[str, Any] | None = None) -> str:
    """trafilatura's main text of the page (its HTML, or its tree from load_html), or "": its
    text of each paragraph, list, table or heading, with a blank line between them.

    trafilatura's own text output writes a paragraph's line breaks (`<br>`) and the breaks
    between paragraphs alike, as one line break. The article-mode cleaner reads paragraphs from
    blank lines (a glossary's term over its definition, a title over its section), so each of
    the extracted elements is written by trafilatura (`xmltotxt`) and the blank lines are ours.
    """
    document = trafilatura.bare_extraction(html, url=url, **(settings or TRAFILATURA_SETTINGS))
    if not isinstance(document, Document) or document.body is None:  # None: nothing found
        return ""
    parts = (part.strip() for element in document.body for part in _element_texts(element))
    return "\n\n".join(part for part in parts if part)


# trafilatura's block elements. A table cell holding a heading, or LAYOUT_CELL_MIN_BLOCKS of them
# (paragraphs, lists), lays out the page rather than holding a value...
_BLOCK_TAGS = frozenset({"head", "p", "list", "quote", "table", "code"})
LAYOUT_CELL_MIN_BLOCKS = 2
# ...and so does a cell of a whole article's text, its paragraphs parted by line breaks alone
LAYOUT_CELL_MIN_CHARS = 1000
# What trafilatura writes inside a paragraph: emphasis, links, line breaks, struck text.
_INLINE_TAGS = frozenset({"hi", "ref", "lb", "del"})


def _element_texts(element: Any) -> list[str]:
    """The texts of one element of trafilatura's body, each a paragraph of the output: the
    element's text as trafilatura writes it, but a layout table's (_lays_out) as the paragraphs,
    headings and lists of its cells, one after the other. trafilatura writes a table as one
    Markdown row a line, so a page laid out in a table would come out as one line holding its
    menu, its headings and every paragraph of its article."""
    if element.tag != "table":
        return [xmltotxt(element, False)]
    if not _WORD.search("".join(element.itertext())):
        return [element.tail or ""]  # a layout's empty row of spacer cells: "| | |"
    if not _lays_out(element):
        return [xmltotxt(element, False)]
    return [*_layout_texts(element), element.tail or ""]  # (xmltotxt writes an element's tail after it too)


def _layout_texts(container: Any) -> list[str]:
    """A layout table's, row's or cell's block elements, each its own paragraph, and the text
    between them (its own text, links and emphasis) as trafilatura writes a paragraph."""
    texts = []
    run = etree.Element("p")  # the inline text since the last block element
    run.text = container.text
    for child in container:
        if child.tag in _INLINE_TAGS:
            run.append(copy.copy(child))  # (a copy: the tree stays as trafilatura gave it)
            continue
        texts.append(xmltotxt(run, False))
        if child.tag in ("row", "cell"):
            texts.extend(_layout_texts(child))
        else:
            block = copy.copy(child)
            block.tail = None
            texts.extend(_element_texts(block))
        run = etree.Element("p")
        run.text = child.tail
    texts.append(xmltotxt(run, False))
    return texts


def _lays_out(table: Any) -> bool:
    """Whether a cell of the table (or of a table in it) lays out the page."""
    return any(_a_layout_cell(cell) for cell in table.iter("cell"))


def _a_layout_cell(cell: Any) -> bool:
    if cell.find("head") is not None or sum(child.tag in _BLOCK_TAGS for child in cell) >= LAYOUT_CELL_MIN_BLOCKS:
        return True
    return sum(len(text) for text in cell.itertext()) >= LAYOUT_CELL_MIN_CHARS


def page_text(html: str) -> str:
    """The whole page as text, laid out as a browser would (html_text, guess_layout)."""
    import html_text

    try:
        return html_text.extract_text(html, guess_layout=True)
    except ValueError:  # characters lxml cannot store (only where html-text fails on them)
        return html_text.extract_text(_LXML_UNSTORABLE.sub("", html), guess_layout=True)


@functools.lru_cache(maxsize=1)
def _page_cleaner() -> Cleaner:
    return Cleaner(options=Options(mode="page", explain=False))


def fallback_text(html: str) -> str:
    """The page's text with its menus, link lists and footers judged away in page mode: what
    stands in when the extractor finds nothing (a page it cannot parse, or no article it knows)."""
    text = page_text(html)
    return _page_cleaner().clean(text).text if text.strip() else ""


def _extract(html: str, url: str | None, tree: HtmlElement | None, page_words: int) -> tuple[str, str]:
    text = main_text(html if tree is None else tree, url)
    if _WORD.search(text) and count_words(text) < LATCHED_SHARE * page_words:
        # (the default settings are asked only where favor_recall kept little of the page)
        fuller = main_text(html if tree is None else tree, url, TRAFILATURA_DEFAULTS)
        if count_words(text) < LATCHED_SHARE * count_words(fuller):
            text = fuller
    if _WORD.search(text):
        return text, EXTRACTOR
    text = fallback_text(html)
    return (text, FALLBACK) if _WORD.search(text) else ("", EXTRACTOR)


def extract_text(html: str, url: str | None = None) -> str:
    """The page's article text, a blank line between its paragraphs, or "" when none is found.

    Raises PageError for a page that cannot be read whole (nested deeper than the HTML parser
    goes, 255 elements: its text would be cut short) or in bounded time (MAX_TAGS).
    """
    text, _, _, hidden = _extracted(html, url)
    return hidden.restore(text)


def extract(html: str, url: str | None = None) -> Extraction:
    """extract_text(), and what of the page it left out (see Extraction)."""
    text, extractor, texts, hidden = _extracted(html, url)
    held = held_shares(texts, text) >= HELD_SHARE
    held[_repeats_left_out(texts, text)] = False
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
    dropped = tuple(Dropped(i, start, hidden.restore(t)) for i, (t, start, kept) in enumerate(zip(texts, starts, held))
                    if t and not kept)
    return Extraction(hidden.restore(text), extractor, dropped, len(texts))


def _extracted(html: str, url: str | None) -> tuple[str, str, list[str], FormatCharacters]:
    """The extractor's text with the section headings it dropped (with_section_headings), who
    made it, the page's paragraphs (squashed), and the page's format characters: the text and
    the paragraphs hold their stand-ins."""
    # parsed once: trafilatura copies a tree it is given (and leaves it as it was), which costs
    # less than a second parse
    tree = _parsed(html)
    hidden = FormatCharacters.hidden_in(tree) if tree is not None else NO_FORMAT_CHARACTERS
    blocks = page_blocks(tree) if tree is not None else []
    texts = [squash(block.text) for block in blocks]
    text, extractor = _extract(html, url, tree, sum(count_words(t) for t in texts))
    if extractor == EXTRACTOR and tree is not None:
        text = with_section_headings(text, blocks, texts, shown_titles(tree), summaries(tree))
    return text, extractor, texts, hidden


TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary")


def shown_titles(tree: HtmlElement) -> dict[str, str]:
    """The page's headings and defined terms (TITLE_TAGS) as a browser shows them, by their text without
    white space. A page's paragraph (cleaner.paragraphs, as jusText reads it) leaves out the text
    nodes that are only white space, so "<em>class</em> <span>Executor</span>" reads
    "classExecutor": a title goes back in the words the page shows."""
    titles: dict[str, str] = {}
    for element in tree.iter(TITLE_TAGS):
        shown = squash(element.text_content())
        titles.setdefault(_without_spaces(shown), shown)
    return titles


def _without_spaces(text: str) -> str:
    return "".join(text.split())


def summaries(tree: HtmlElement) -> frozenset[str]:
    """The texts, without white space, of the page's <summary> elements: each the title of its
    <details> (an FAQ's question over its answer)."""
    return frozenset(_without_spaces(squash(element.text_content())) for element in tree.iter("summary"))


def with_section_headings(
    text: str, blocks: list[Paragraph], texts: list[str], shown: dict[str, str],
    summarized: frozenset[str] = frozenset(),
) -> str:
    """The text with the headings the extractor dropped over a section it kept: a heading of the
    page (<h1> to <h6>, or a <summary>, whose texts are `summarized`) that the text does not
    hold, right over a paragraph that starts a line of it and is not mostly links (a widget's
    title over its links, "Recent Posts", stays out), or over one more heading and then such a
    paragraph (a title over its first section's heading), goes back in as a paragraph of its own
    above the first of them that starts a line, in the words the page shows (`shown`, from
    shown_titles). trafilatura keeps the text of a page's <article> elements but drops the
    headings of all but the first (a declaration's "Article 2" to "Article 30"), and with
    favor_recall an FAQ's questions in <summary>; a section's heading is the text's own."""
    lines = text.split("\n")
    line_of = _lines_by_start(lines)
    inserts: dict[int, tuple[str, ...]] = {}  # line number -> the headings above it
    for k in range(len(blocks) - 1):
        heading, below = blocks[k], blocks[k + 1]
        title = shown.get(_without_spaces(texts[k]))
        a_title = _a_title(heading) or _without_spaces(texts[k]) in summarized
        if not a_title or not title or below.links_density() > MAX_LINK_SHARE:
            continue
        # a title over a section's heading: above the first paragraph under both (a term's is right under it)
        under = next((n for n in range(k + 1, len(blocks)) if not blocks[n].is_heading), None)
        reach = 2 if heading.is_heading else 1
        if under is None or under > k + reach or blocks[under].links_density() > MAX_LINK_SHARE:
            continue
        if _taken_by_a_rule(title):
            continue  # "Comments": the article-mode cleaner's to judge where it stands
        if _furniture_words(title) and not _titles_a_section_inside(text, blocks, texts, k, under):
            continue  # "Mehr zum Thema", "E-mail Newsletter" over a blurb: likewise
        # above the first of the blocks under it that starts a line (a section heading the text holds)
        number = next(
            (found for n in range(k + 1, under + 1) if (found := line_of.get(_line_start(texts[n]))) is not None),
            None,
        )
        if number is not None:
            inserts[number] = (*inserts.get(number, ()), title)
    # a heading the text already holds stays where it is
    titles = [title for found in inserts.values() for title in found]
    held = {title for title, share in zip(titles, held_shares(titles, text)) if share >= HELD_SHARE}
    inserts = {n: kept for n, found in inserts.items() if (kept := tuple(t for t in found if t not in held))}
    if not inserts:
        return text
    out: list[str] = []
    for n, line in enumerate(lines):
        for title in inserts.get(n, ()):
            out += [title, ""]
        out.append(line)
    return "\n".join(out)


def _a_title(block: Paragraph) -> bool:
    """A heading, or a defined term (<dt>: an API's signature over its description)."""
    return block.is_heading or block.dom_path.endswith(".dt")


# A heading goes back over a paragraph with at most this share of its characters in links.
MAX_LINK_SHARE = 0.5
# A paragraph's line is the first line of the text that starts with its first characters (the
# whole of a shorter paragraph's line), white space aside: one lookup each.
LINE_START_CHARS = 60
# trafilatura writes a list's items as "- item"
_LIST_ITEM = re.compile(r"^- ")


# A heading that a shipped rule takes as a line, or whose words are all furniture's (cleaner.inline's
# vocabulary), is a related-links box's or a comment section's title as often as not, which
# trafilatura drops with its content: it goes back only where it titles a section inside the text.
@functools.lru_cache(maxsize=4096)
def _taken_by_a_rule(title: str) -> bool:
    return bool(_shipped_article_rules().verdicts(example_block(title)))


@functools.lru_cache(maxsize=4096)
def _furniture_words(title: str) -> bool:
    return inline.vocabulary().cover(title, (*inline.FURNITURE, "related")) is not None


def _titles_a_section_inside(text: str, blocks: list[Paragraph], texts: list[str], k: int, under: int) -> bool:
    """Whether the heading `k`, of furniture words, titles a section inside the text: the page's
    paragraph right above it is in the text, the paragraph under it (`under`) is prose, and a
    heading like it (the same tag at the same place in the page) that is no furniture titles a
    section of the text (it or the paragraph under it is in the text). So the extractor kept the
    sections around it and dropped only their title, or all their titles (an FAQ's "Print"
    between "Membership" and "Archive", over its questions' answers). A box's title in a sidebar
    ("E-mail Newsletter" over "Enter your email address below to join ...") stands over a blurb
    of a sentence; the article-mode cleaner judges the title where it stands."""
    if k == 0 or not _prose(texts[under]):
        return False
    like_it = [n for n, block in enumerate(blocks[:-1])
               if n != k and block.dom_path == blocks[k].dom_path and not _furniture_words(texts[n])]
    if not like_it:
        return False
    above, *shares = held_shares([texts[k - 1], *(texts[m] for n in like_it for m in (n, n + 1))], text)
    return bool(above >= HELD_SHARE and max(shares) >= HELD_SHARE)


def _prose(text: str) -> bool:
    """A paragraph of prose longer than a box's blurb ("Enter your email address below to join our
    newsletter."), that ends a sentence or leads in to what follows (":")."""
    return count_words(text) > HEADLINE_MAX_WORDS and (ends_a_sentence(text) or text.rstrip().endswith(":"))


@functools.lru_cache(maxsize=1)
def _shipped_article_rules() -> RuleSet:
    return Cleaner(options=HTML_OPTIONS).mode_rules()


def _lines_by_start(lines: list[str]) -> dict[str, int]:
    """The number of the first line of each start (_line_start), a list item's "- " left out."""
    found: dict[str, int] = {}
    for n, line in enumerate(lines):
        found.setdefault(_line_start(_LIST_ITEM.sub("", line.lstrip(), count=1)), n)
    return found


def _line_start(text: str) -> str:
    """A text's first LINE_START_CHARS characters but white space (all of a shorter one): the
    paragraphs as jusText reads them lose the spaces between inline elements ("raised
    by<code>DocTestRunner</code>")."""
    return _without_spaces(text)[:LINE_START_CHARS]


def squash(text: str) -> str:
    return " ".join(text.split())


def held_shares(texts: list[str], main_text: str) -> np.ndarray:
    """For each paragraph, the share of its characters (white space aside) that `main_text` holds.

    1 when the whole paragraph is in the text (an extractor may join paragraphs into one line; a
    short one must be a line of its own);
    otherwise the share covered by the text's lines found inside it (it may split one).
    """
    shares = np.zeros(len(texts))
    if not main_text or not texts:
        return shares
    # white space aside: a paragraph as jusText reads it loses the spaces between inline elements
    # ("Source code:<a>Lib/fileinput.py</a>")
    texts = [_without_spaces(text) for text in texts]
    # a list's item is a line of its own after its "- "
    distinct = {_without_spaces(_LIST_ITEM.sub("", line.lstrip(), count=1)) for line in main_text.split("\n")}
    # a short paragraph ("Instagram", "Email") is held as a line of the text of its own, not as
    # a piece of a sentence that names it
    inside = _found_in(texts, _without_spaces(main_text)) & np.array(
        [len(text) >= MIN_MATCHED_LINE_CHARS or text in distinct for text in texts], dtype=bool
    )
    lines = [line for line in distinct if len(line) >= MIN_MATCHED_LINE_CHARS]
    if lines:
        joined = "\n".join(texts)
        starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
        covered = np.zeros(len(texts))
        for start, k in occurrences(lines, joined):
            covered[bisect.bisect_right(starts, start) - 1] += len(lines[k])
        lengths = np.array([max(len(t), 1) for t in texts])
        shares = np.minimum(covered / lengths, 1.0)
    shares[inside] = 1.0
    return shares


def _repeats_left_out(texts: list[str], main_text: str) -> list[int]:
    """The page's paragraphs said more often on the page than in the text, the last ones of each
    (an extractor may keep one of two identical paragraphs: a refrain's, a form's blank line),
    which held_shares counts as held, as it judges each paragraph alone."""
    texts = [_without_spaces(text) for text in texts]
    # white space aside, one line a line: runs of underscores on two lines are not one
    lines = "\n".join(_without_spaces(line) for line in main_text.split("\n"))
    repeated = collections.Counter(text for text in texts if text)
    surplus: list[int] = []
    for text, count in repeated.items():
        if count > 1 and (missing := count - _times_in(text, lines)) > 0:
            surplus.extend([k for k, other in enumerate(texts) if other == text][-missing:])
    return surplus


def _times_in(text: str, lines: str) -> int:
    """How often `text` stands in `lines`, not as a part of a longer run of its first or last
    character (a blank of 60 underscores inside one of 66)."""
    first, last = re.escape(text[0]), re.escape(text[-1])
    return len(re.findall(f"(?<!{first}){re.escape(text)}(?!{last})", lines))


def _found_in(texts: list[str], flat: str) -> np.ndarray:
    """Which of `texts` occur in `flat`: one substring search each while that is cheap, else one
    scan of `flat` for all of them."""
    if len(texts) * len(flat) <= SUBSTRING_SEARCH_MAX_WORK:
        return np.array([bool(text) and text in flat for text in texts], dtype=bool)
    distinct = sorted({text for text in texts if text})
    seen = {distinct[k] for _, k in occurrences(distinct, flat)}
    return np.array([text in seen for text in texts], dtype=bool)


def occurrences(needles: list[str], haystack: str) -> Iterator[tuple[int, int]]:
    """(start, k) for every occurrence of needles[k] in `haystack`, from one Aho-Corasick scan
    (`needles` distinct and not empty). Keys are cut to MAX_KEY_CHARS; a longer needle is
    confirmed where its key is found."""
    by_key: dict[str, list[int]] = {}
    for k, needle in enumerate(needles):
        by_key.setdefault(needle[:MAX_KEY_CHARS], []).append(k)
    if not by_key:
        return
    automaton = ahocorasick.Automaton()
    for key, ks in by_key.items():
        automaton.add_word(key, (len(key), ks))
    automaton.make_automaton()
    for end, (length, ks) in automaton.iter(haystack):
        start = end - length + 1
        for k in ks:
            if len(needles[k]) == length or haystack.startswith(needles[k], start):
                yield start, k
