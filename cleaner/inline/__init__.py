"""Stage 5: heuristics for the junk that real articles carry between their paragraphs.

Picture captions and credits, ad labels, share and follow buttons, related-content teasers,
comment-thread furniture, product boxes and stray metadata lines: each family has a small
function here that reads one block (a few read its neighbours) and returns a verdict whose
reason names the family and the evidence. The words they look for are data, per language, in
cleaner/data/furniture.toml (see cleaner/vocabulary.py); the patterns here hold only what no
language owns (numbers, dates, URLs, punctuation).

Every heuristic keeps to short lines: a block long enough to be a paragraph is never furniture.

The heuristics are grouped by family in this package's modules: inline.comments (a comment
thread without a header), inline.furniture (article mode's rows of buttons and labels),
inline.lists (lists of teasers and counts), inline.shop (product boxes), inline.pictures
(picture credits and gallery counters) and inline.metadata (stray metadata lines);
inline.common holds what several families share (a verdict, comment_signal, furniture_line, a
line of names, the patterns of the candidate scans). judge, candidates and the registries stand
here: judge calls this module's candidates, which a test swaps for one that asks every heuristic
of every short line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from cleaner.candidates import Lines, runs_of
from cleaner.inline.comments import (
    THREAD_GAP,
    THREAD_MIN_SIGNALS,
    THREAD_SOURCE,
    comment_thread,
    reply_candidates,
    threads,
)
from cleaner.inline.common import (
    _METADATA,
    COUNT_IN_BRACKETS,
    COUNTER,
    _verdict,
    comment_signal,
    furniture_line,
    row_sized,
)
from cleaner.inline.furniture import article_furniture_line
from cleaner.inline.lists import TITLE_MENU_REACH, count_list, menu_under_the_title, related_list
from cleaner.inline.metadata import article_metadata_line, metadata_line
from cleaner.inline.pictures import article_gallery_counter, gallery_counter, picture_credit
from cleaner.inline.shop import price_line
from cleaner.lines import DIGIT, FURNITURE
from cleaner.model import Block, Category, Verdict
from cleaner.vocabulary import vocabulary

__all__ = [
    "ARTICLE_FINDERS",
    "ARTICLE_JUDGES",
    "FINDERS",
    "FURNITURE",
    "JUDGES",
    "Judge",
    "SHORT_LINE_MAX_WORDS",
    "THREAD_GAP",
    "THREAD_MIN_SIGNALS",
    "THREAD_SOURCE",
    "article_furniture_line",
    "article_gallery_counter",
    "article_metadata_line",
    "candidates",
    "comment_signal",
    "comment_thread",
    "count_list",
    "furniture_line",
    "gallery_counter",
    "judge",
    "metadata_line",
    "picture_credit",
    "price_line",
    "related_list",
    "reply_candidates",
    "vocabulary",
]

# Every heuristic here starts on a short line: a block longer than this is never furniture.
SHORT_LINE_MAX_WORDS = 25

Judge = Callable[[list[Block], int], "Verdict | None"]

JUDGES: tuple[Judge, ...] = (gallery_counter, furniture_line, price_line, metadata_line)
ARTICLE_JUDGES: tuple[Judge, ...] = (article_gallery_counter, article_furniture_line, price_line, article_metadata_line)
# Heuristics that find a run of blocks from where they start: (finder, category, name, what).
FINDERS = (
    (related_list, Category.RELATED, "related-list", "related-content header and its headlines"),
    (count_list, Category.NAVIGATION, "count-list", "category or archive links with their counts"),
    (menu_under_the_title, Category.NAVIGATION, "title-menu", "a site's menu under the page's title"),
)
# In article mode a related list stays (annotators kept them too often), and so does a list
# under the title that opens with "Home": 6 of 22 texts written to look like one (a board
# game's spaces, a support group's agenda, a phone's folders) lost it, for 148 junk lines on
# gold-bodies' article regions
ARTICLE_FINDERS = (FINDERS[1],)


def judge(blocks: list[Block], credits: bool = False, page: bool = False) -> dict[int, Verdict]:
    """The inline heuristics' verdicts by block index (the first heuristic that speaks wins).

    `credits`: also picture_credit (Options.picture_credits says why it is off by default).
    `page`: the input is a whole page's text, so related-content lists are judged too.
    """
    judges = JUDGES if page else ARTICLE_JUDGES
    judges = (*judges, picture_credit) if credits else judges
    finders = FINDERS if page else ARTICLE_FINDERS
    verdicts: dict[int, Verdict] = {}
    read = threads(blocks, page)
    thread = read.taken
    if thread:
        first = blocks[thread[0]].text
        reason = (
            f"comment thread without a header: {len(thread)} blocks from {first[:40]!r}, "
            "bylines and reply buttons recurring"
        )
        counted = (("blocks", float(len(thread))),)
        verdicts.update({k: Verdict(Category.COMMENTS, THREAD_SOURCE, reason, features=counted) for k in thread})
    # each heuristic is asked only of the blocks it could speak on (it returns None on the others)
    where = candidates(blocks, [finder for finder, *_ in finders] + list(judges))
    for i in sorted(set().union(*where.values())):
        if i in verdicts or i in read.told:
            continue  # (a thread the text tells is its own: its buttons are quoted)
        for finder, category, name, what in finders:
            found = finder(blocks, i) if i in where[finder] else None
            if found:
                reason = f"{what}: {len(found)} lines from {blocks[found[0]].text[:40]!r}"
                verdicts.update({k: _verdict(category, name, reason, lines=len(found)) for k in found})
                break
        if i in verdicts:
            continue
        for heuristic in judges:
            verdict = heuristic(blocks, i) if i in where[heuristic] else None
            if verdict is not None:
                verdicts[i] = verdict
                break
    return verdicts


# --- where the heuristics could speak -------------------------------------------------------------


def candidates(blocks: list[Block], heuristics: Iterable[Callable]) -> dict[Callable, set[int]]:
    """Per heuristic, the short blocks it could speak on: a superset of those it takes, found by
    scans of the document's lines. A heuristic with no scan (picture_credit, related_list) could
    speak on any short block. Only the scans of the `heuristics` asked for run, each once."""
    short = [i for i, block in enumerate(blocks) if block.word_count <= SHORT_LINE_MAX_WORDS]
    lines = _lines(blocks, short)

    @functools.cache
    def furniture() -> set[int]:
        # a line of furniture is a short row whose words are all furniture: of every family, which
        # holds article mode's families and the shopping buttons beside a price (_shop_line)
        rows = _lines(blocks, [i for i in short if row_sized(blocks[i])])
        return rows.made_of(_furniture_runs(tuple(FURNITURE)))

    @functools.cache
    def metadata() -> set[int]:
        return _lines(blocks, [i for i in short if blocks[i].word_count == 1]).where(_METADATA)

    @functools.cache
    def counters() -> set[int]:
        return lines.where(COUNTER)

    scans: dict[Callable, Callable[[], set[int]]] = {
        count_list: lambda: lines.where(COUNT_IN_BRACKETS),
        menu_under_the_title: lambda: {i for i in short if 1 <= i <= TITLE_MENU_REACH},
        gallery_counter: counters,
        article_gallery_counter: counters,
        # a price has digits, and a shopping button, a line of furniture, above or below it
        price_line: lambda: _digits_beside(blocks, set(short), furniture()),
        metadata_line: metadata,
        article_metadata_line: metadata,
        furniture_line: furniture,
        article_furniture_line: furniture,
    }
    anywhere = set(short)
    return {heuristic: scans[heuristic]() if heuristic in scans else anywhere for heuristic in heuristics}


def _digits_beside(blocks: list[Block], short: set[int], furniture: set[int]) -> set[int]:
    """The short blocks with a digit right above or below a line of `furniture`."""
    beside = {k for i in furniture for k in (i - 1, i + 1)} & short
    return {k for k in beside if DIGIT.search(blocks[k].text)}


def _lines(blocks: list[Block], numbers: list[int]) -> Lines:
    return Lines(numbers, [blocks[i].text for i in numbers])


@functools.cache
def _furniture_runs(families: tuple[str, ...]) -> frozenset[str]:
    """The letter-and-digit runs of the words a furniture line of `families` may hold."""
    return runs_of(vocabulary().known_words((*families, "retailer")))
