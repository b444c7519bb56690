"""Lists of teasers, counts and links: a related-content header and the headlines under it, a run
of category or archive links with their counts, and a site's menu under the page's title.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable

import regex

from cleaner.inline.common import comment_signal, furniture_line, names_only
from cleaner.lines import (
    CODE,
    HEADLINE_MAX_WORDS,
    SENTENCE_MIN_WORDS,
    a_widgets_title,
    ends_a_sentence,
    introduces_a_list,
    line_patterns,
    names_furniture,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own import item_number, names_its_topic, paragraphs_of, without_blank_lines
from cleaner.own.lists import named_again
from cleaner.vocabulary import vocabulary

_UNFINISHED = regex.compile(r"(?<![.…])[.:;,]$")
# A count in brackets at the end of a list item: "Recipes (56)", "June 2012 [14]"
_COUNT = regex.compile(r"\s*[(\[]\s*\d+\s*[)\]][\W_]*$")

# A list is at least this many items.
LIST_MIN_ITEMS = 2
# A title has at least this many words; a byline's name, a date or a time has fewer.
TITLE_MIN_WORDS = 4
COUNT_LIST_MIN_ITEMS = 3


# A site's menu under the page's title: its first link, the front page's ("Home"), among the
# document's first TITLE_MENU_REACH blocks under no prose, then links of at most
# TITLE_MENU_LINK_WORDS words, TITLE_MENU_MIN_LINKS in all.
TITLE_MENU_REACH = 3
TITLE_MENU_MIN_LINKS = 4
TITLE_MENU_LINK_WORDS = 4
# ...unless the prose after it names this many of its links: a text about the menu
TITLE_MENU_NAMED = 2
_LINK_END_MARKS = (".", ":", "!", "?", ",", ";")
_SITES_PAGES = ("section", "nav", "contact", "subscribe", "share", "follow", "widget")


def menu_under_the_title(blocks: list[Block], i: int) -> list[int]:
    """A site's menu right under the page's title ("The Blog of Tim Ferriss" over "Home" / "Bio"
    / "Causes" / "Media Samples"): a paragraph of short links, a front page's first, each in the
    same script, none ending in a mark or opening in lower case (a poem's lines), and no other
    front page's name among them (a glossary's "Home" / "Accueil" pairs). Not under a line that
    introduces it ("The main menu is:") or under a sentence: a text that quotes a menu says so
    first.
    In a text without blank lines nothing tells where the menu ends and the story's title
    begins ("Summertime" under "RSS feed"). Another link names a site's page or a button
    ("Contact", "Archives", "Subscribe"): a budget's list opens with "Home" too ("Home" /
    "Food" / "Transport"). The prose after it names no two of its links as written: a
    website's brief or a handover note lists the menu it writes about. Page mode's only: on
    gold-bodies' article regions it would take 148 more junk lines on 23 pages, none of them in
    a gold body, but 6 of 22 texts written to look like one lost words (a board game's spaces)."""
    if not 1 <= i <= TITLE_MENU_REACH or vocabulary().cover(blocks[i].text, ("home",)) is None:
        return []
    if blocks[i - 1].text.rstrip().endswith(":") or any(
        reads_as_prose(block.text) or block.text.rstrip().endswith(".") for block in blocks[:i]
    ):
        return []
    if without_blank_lines(blocks) or blocks[i - 1].paragraph == blocks[i].paragraph:
        return []  # (where the menu ends, and the title stands apart, only blank lines tell)
    script = _script(blocks[i].text)
    links = [k for k, block in enumerate(blocks) if block.paragraph == blocks[i].paragraph]
    for k in links[1:]:
        text = blocks[k].text.strip()
        if (
            blocks[k].word_count > TITLE_MENU_LINK_WORDS or text.endswith(_LINK_END_MARKS) or text[:1].islower()
            or _script(text) != script or vocabulary().cover(text, ("home",)) is not None
        ):
            return []
    if len(links) < TITLE_MENU_MIN_LINKS or links[0] != i:
        return []
    # another link names a site's page, a desk or a button: "Home" alone opens a budget's list
    # too ("Home" / "Food" / "Transport")
    others = [blocks[k] for k in links[1:]]
    if not any(vocabulary().cover(block.text, _SITES_PAGES) for block in others):
        return []
    return [] if _names_its_links(blocks[links[-1] + 1:], others) else links


def _names_its_links(after: list[Block], links: list[Block]) -> bool:
    """Whether the prose after a menu names TITLE_MENU_NAMED of its links (but its first), as
    written: a website's brief, a handover note or a translator's brief lists the menu it
    writes about ("Startpagina" / "Over ons" / "Nieuws", then "Op Nieuws komen de verslagen")."""
    prose = [block.text for block in after if reads_as_prose(block.text)]
    return len(named_again(links, prose)) >= TITLE_MENU_NAMED


def _script(text: str) -> str:
    """The script of a line's first letter ("LATIN", "CYRILLIC", "KATAKANA"), or ""."""
    letter = next((char for char in text if char.isalpha()), "")
    return unicodedata.name(letter, " ").split()[0] if letter else ""


def _related_header(text: str) -> bool:
    """"Related posts", "You might also like", "More from Harbour Times", "Around the Web"."""
    v = vocabulary()
    if len(text.split()) > 8:
        return False
    if v.cover(text, ("related", "popular")):
        return True
    found = line_patterns()["related_site"].match(text)
    return found is not None and names_only(found.group("site"))


def _headline(text: str) -> bool:
    count = len(text.split())
    first = text[:1]
    if count > HEADLINE_MAX_WORDS or not (first.isupper() or first.isdigit() or first in "\"“‘'«„"):
        return False
    return not _UNFINISHED.search(text.rstrip())


def _teaser_meta(text: str) -> bool:
    """A teaser's date, author and comment counter: "Jul 2012 by Ana Ruiz - 177 comments"."""
    return len(text.split()) <= 12 and bool(line_patterns()["teaser_meta"].search(text))


def related_list(blocks: list[Block], i: int) -> list[int]:
    """A related-content header and the run of headlines under it (their dates and comment
    counters too), up to the next block that is not a headline: the blocks to remove, or []."""
    if not _related_header(blocks[i].text):
        return []
    items = []
    for k in range(i + 1, len(blocks)):
        text = blocks[k].text
        if vocabulary().cover(text, ("thread",)) or comment_signal(text) in ("said", "reply", "form"):
            break  # a comment thread begins: not a teaser
        if _teaser_meta(text) or _headline(text):
            items.append(k)
            continue
        break
    # Where the run ends right above prose, its last headline (with the byline, date and
    # buttons under it, all shorter) is the article's own title or subheading, not a teaser.
    if items and items[-1] + 1 < len(blocks) and reads_as_prose(blocks[items[-1] + 1].text):
        titles = [
            n for n, k in enumerate(items)
            if len(blocks[k].text.split()) >= TITLE_MIN_WORDS
            and not _teaser_meta(blocks[k].text) and not furniture_line(blocks, k)
        ]
        # (a headline in the same paragraph as the teasers above it is one of them)
        last = titles[-1] if titles else None
        if last is not None and (last == 0 or blocks[items[last]].paragraph != blocks[items[last - 1]].paragraph):
            del items[last:]
    if sum(not _teaser_meta(blocks[k].text) for k in items) < LIST_MIN_ITEMS:
        return []
    # Inline junk sits between paragraphs: a list with no prose after it is the page's tail,
    # which people who cut articles out of pages often keep (on the tuning pages, a third of
    # such tail lists were in the gold).
    if not any(reads_as_prose(blocks[k].text) for k in range(items[-1] + 1, len(blocks))):
        return []
    return [i, *items]


def count_list(blocks: list[Block], i: int) -> list[int]:
    """A run of category or archive links with their counts: "Recipes (56)", "▼ 2012 (188)".

    Not a list that a sentence of the text introduces ("The answers, with the number of
    households:"): a survey's tally is the article's (of the 92 runs on gold-bodies' article
    regions, none followed such a sentence; one followed a widget's "By Topic:"). Nor a list
    that prose follows ("Evet (41)", "Hayır (0)" and then "The car park opens in 2028..."): a
    vote's or a census's figures in the text, where a widget's links end at the next widget's
    title or the page's end (none of those 92 runs, nor of trafilatura's outputs, had prose
    right under it), or the text's next numbered point ("3. Různé" under a committee's "Pro (3)",
    "Proti (1)"). A list between two paragraphs with no title of its own is a widget dropped
    into the text all the same."""
    if i > 0 and (_count_item(blocks[i - 1].text) or introduces_a_list(blocks[i - 1])):
        return []  # the run starts above, or the text introduces it
    run = []
    for k in range(i, len(blocks)):
        if not _count_item(blocks[k].text):
            break
        run.append(k)
    items = [blocks[k].text for k in run]
    if len(run) < COUNT_LIST_MIN_ITEMS or _repeats_a_label(items) or _numbers_its_lines(items):
        return []
    if not _in_a_widgets_order(items):
        return []
    if _a_titled_table(blocks, run) or _titled_with_prose_under(blocks, run):
        return []
    if _answers_a_numbered_question(blocks, run) or _adds_up_to_a_stated_total(blocks, run):
        return []
    return run


# A widget orders its links by name, by date or by count (_in_a_widgets_order). Four names or more
# in alphabetical order are a widget's (four names a text lists in its own order come out
# alphabetical once in 24); a tag cloud ranks its tags by count, as a survey may rank its
# answers, but a survey's list is short.
ALPHABETICAL_MIN_ITEMS = 4
RANKED_MIN_ITEMS = 10
# an archive's link: a month and its year, or a disclosure triangle over a year or a month
_ARCHIVE_MARK = regex.compile(r"^\s*[▼►▶▸]")
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")


def _in_a_widgets_order(items: list[str]) -> bool:
    """Whether counted links are in the order a site's widget gives them: their names in
    alphabetical order (categories, tags), an archive's months, or their counts from the most
    (a tag cloud's most used tags). A text lists its own counts in its own order: a library's
    books by subject, a CV's publications by kind, a parish's baptisms, weddings and funerals,
    a vote's "Ja", "Nein", "Enthaltung" (of the 43 runs count-list took on gold-bodies' article
    regions, 41 are in a widget's order; the two others, 157 and 188 links, run several
    widgets together).

        >>> _in_a_widgets_order(["Books (54)", "Career (55)", "Carnival (193)", "China (21)"])
        True
        >>> _in_a_widgets_order(["Poesía (236)", "Teatro (74)", "Ensayo (611)", "Ciencia (288)"])
        False
        >>> _in_a_widgets_order(["▼ 2012 (46)", "► November 2012 (1)", "► October 2012 (4)"])
        True
    """
    names = [_sortable(_COUNT.sub("", item)) for item in items]
    if len(items) >= ALPHABETICAL_MIN_ITEMS and all(a <= b for a, b in itertools.pairwise(names)):
        return True
    if 2 * sum(_an_archives_link(item) for item in items) >= len(items):
        return True
    counts = [count for item in items if (count := _count_of(item)) is not None]
    return len(counts) >= RANKED_MIN_ITEMS and all(a >= b for a, b in itertools.pairwise(counts))


def _count_of(item: str) -> int | None:
    """The count in brackets at the end of a list item ("Recipes (56)": 56), or None."""
    found = _COUNT.search(item)
    return int(regex.sub(r"\D", "", found.group())) if found else None


def _sortable(name: str) -> str:
    """A name as an alphabetical list orders it: no marks before it, no case, no accents."""
    letters = unicodedata.normalize("NFKD", regex.sub(r"^[\W_]+", "", name).casefold())
    return "".join(c for c in letters if not unicodedata.combining(c))


def _an_archives_link(item: str) -> bool:
    """"October 2012 (33)", "Oct 2006 (21)", "▼ 2012 (46)", "► November (1)"."""
    name = _COUNT.sub("", item)
    month = vocabulary().cover(regex.sub(r"^[\W_]+", "", name), ("month",), connectors=False) is not None
    marked = _ARCHIVE_MARK.match(name) is not None
    return (month or marked) and (marked or _YEAR.search(name) is not None)


def _answers_a_numbered_question(blocks: list[Block], run: list[int]) -> bool:
    """A run right under a numbered question ("5. ¿Qué mejoras considera prioritarias? (máximo
    dos respuestas)"): a questionnaire's answers with their counts. A poll in a sidebar numbers
    no question."""
    above = blocks[run[0] - 1].text if run[0] > 0 else ""
    return item_number(above) is not None and ("?" in above or "？" in above)


# A tally's total: the counts of a run add up to at least this, a number that a sentence does not
# hold by chance.
TALLY_MIN_TOTAL = 20
# a number of its own, no part of a time, a date, a decimal or a range ("67:43", "8/05/2012")
_NUMBER = regex.compile(r"(?<![\d.,:/–-])\d+(?!\d|[.,:/–-]\d)")


def _adds_up_to_a_stated_total(blocks: list[Block], run: list[int]) -> bool:
    """Counts that add up to a number the line under them or the text's prose states: a
    tally's ("Sí (251)", "No (129)", "No sabe (32)" and a survey's "Se recibieron 412
    cuestionarios válidos."), a library's new books per subject over "Yhteensä 146", a museum
    room's objects over "Totale sala: 439". A widget's counts of posts per category or month
    add up to nothing the page says, but a page full of figures may hold any number somewhere.
    The lines right above and below that end in a count are the tally's too, though no link's
    ("65 años o más (104)")."""
    start, end = run[0], run[-1]
    while start > 0 and _COUNT.search(blocks[start - 1].text):
        start -= 1
    while end + 1 < len(blocks) and _COUNT.search(blocks[end + 1].text):
        end += 1
    lines = range(start, end + 1)
    total = sum(count for k in lines if (count := _count_of(blocks[k].text)) is not None)
    if total < TALLY_MIN_TOTAL:
        return False
    stated = [blocks[end + 1]] if end + 1 < len(blocks) else []
    stated += [block for block in blocks[:start] + blocks[end + 2:] if reads_as_prose(block.text)]
    return any(str(total) in _NUMBER.findall(block.text) for block in stated)


def _titled_with_prose_under(blocks: list[Block], run: list[int]) -> bool:
    above, below = run[0] - 1, run[-1] + 1
    titled = above < 0 or not reads_as_prose(blocks[above].text)
    if not titled or below >= len(blocks) or blocks[run[0]].paragraph != blocks[run[-1]].paragraph:
        return False  # (a scraped widget stands one link a paragraph: _a_titled_table)
    if above >= 0 and a_widgets_title(blocks[above].text):
        # "Subject tags" over a glossary's tags, the text under them about them; "Categories"
        # over a blog's links, the story going on under them
        return reads_as_prose(blocks[below].text) and names_its_topic(blocks[above], blocks[below])
    # the text goes on, or its next numbered item does ("3. Různé" over the minutes' next point)
    return reads_as_prose(blocks[below].text) or item_number(blocks[below].text) is not None


def _a_titled_table(blocks: list[Block], run: list[int]) -> bool:
    """A run set as a paragraph of its own under a title of the text's, with a sentence below:
    a squad under "Defenders", a council's seats under "Council composition", a league's
    standings under its name. A scraped widget stands one link a paragraph (all 93 runs on
    gold-bodies' article regions do), under "Categories" or "Archives", or with no title.
    """
    paragraph = paragraphs_of(blocks)[blocks[run[0]].paragraph]
    if paragraph[-1] != run[-1] and not without_blank_lines(blocks):
        return False  # not one paragraph's lines
    # (in a text with no blank line, the line over the run: its paragraph is a line)
    title = blocks[run[0] - 1] if without_blank_lines(blocks) and run[0] > 0 else _title_above(blocks, run[0])
    if title is None or _COUNT.search(title.text) or reads_as_prose(title.text) or names_furniture(title.text):
        return False
    if a_widgets_title(title.text):
        return False  # "Categories", "Related posts"
    return any(
        ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS for block in blocks[run[-1] + 1:]
    )


def _title_above(blocks: list[Block], i: int) -> Block | None:
    """The title over block i, which opens a list: the first line of its paragraph, or a
    paragraph of one line right above it."""
    if i == 0:
        return None
    above = blocks[i - 1]
    starts = i - 1 == 0 or blocks[i - 2].paragraph != above.paragraph  # its paragraph, or alone in its own
    return above if starts else None


def _numbers_its_lines(items: list[str]) -> bool:
    """Items whose numbers in brackets run 1, 2, 3... (or 5, 6, 7...) number the lines: a
    passage's verses ("مالك يوم الدين (٤)"), a statute's numbered clauses. A widget's counts of
    posts per category or month follow no order."""
    numbers = [count for item in items if (count := _count_of(item)) is not None]
    return len(numbers) == len(items) and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _repeats_a_label(items: Iterable[str]) -> bool:
    """Items that share their labels ("PASS: Convert object to x32 (1)", "... (2)") number the
    runs of a few things, as a test log does; a list of categories or months names each once (a
    widget may name one twice: half the items must repeat one). Items that all open with the
    same status ("PASS: Build pr26590 (1)", "PASS: PR ld/15146 (2)") are a log's lines too."""
    labels = [_COUNT.sub("", item) for item in items]
    statuses = {found.group() if (found := _STATUS.match(label)) else None for label in labels}
    return len(set(labels)) <= len(labels) / 2 or (len(statuses) == 1 and None not in statuses)


# A line's status before a colon: "PASS:", "FAIL:", "ERROR:"
_STATUS = regex.compile(r"[A-Z]{2,}:")


# A table's row laid out as text: a tab between two cells, or Markdown's pipes around them; or
# a branch of a tree drawn in text ("`- indirect node (1018)", "├── data (3)", a terminal
# program's folded and unfolded groups "--- Installed Packages (1632)", "--\ Depends (3)": none
# of the count-list lines on gold-bodies opened with two hyphens)
_TABLE_ROW = regex.compile(r"\S\t+\S|^\s*\||\s\|\s.*\s\|(?:\s|$)|[`|+]-|[├└│┌┐┘┬┴┼─]|^\s*--[-\\]\s")


# A figure right before the count: a scorecard's runs and balls ("Ankit Jain 41 (29)"), a
# table's points and games. A widget's link names a thing and counts its posts; a number in the
# name is a year or a version ("WWDC 2012 (17)", "Web 2.0 (16)": of the 784 count-list lines on
# gold-bodies, 367 have a number there, every one a year or a version).
_FIGURE_AND_COUNT = regex.compile(r"(?:^|\s)(?<![.,:/])\d{1,3}\s*[(\[]\s*\d+\s*[)\]][\W_]*$")


def _count_item(text: str) -> bool:
    # every item has its count in brackets: most lines are spared the regex. A row of a table
    # ("o or O\t\toctal\t3\t377 (255)", "| h | short | integer | 2 | (2) |") is no link (none of
    # the 1,685 count-list lines on gold-bodies is one)
    return (
        ("(" in text or "[" in text) and line_patterns()["count_item"].match(text) is not None
        and not CODE.search(text) and not _TABLE_ROW.search(text) and not _FIGURE_AND_COUNT.search(text)
    )
