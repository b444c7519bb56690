"""Comment threads without a header: bylines and reply buttons (comment_signal, in
inline.common) recurring below the article's prose, their chains read outward from the reply
buttons.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import ahocorasick

from cleaner.inline.common import SIGNAL_MAX_WORDS, comment_signal
from cleaner.lines import (
    BUTTONS_MAX_WORDS,
    DIGIT,
    PAGE_THREAD_PROSE_BEFORE,
    PROSE_MIN_WORDS,
    QUOTATION,
    RULE_LINE,
    THREAD_PROSE_BEFORE,
    below_the_prose,
)
from cleaner.model import Block
from cleaner.own import in_a_programme
from cleaner.segment import preformatted
from cleaner.vocabulary import vocabulary

# A thread without a header: its comments' bylines and buttons recur at most THREAD_GAP blocks
# apart, at least THREAD_MIN_SIGNALS of them, one a reply button, below THREAD_PROSE_BEFORE words
# of the article's prose (blocks of PROSE_MIN_WORDS words or more).
THREAD_GAP = 6
THREAD_MIN_SIGNALS = 4
THREAD_SOURCE = "heuristic:comment-thread"


def comment_thread(blocks: list[Block], page: bool = False) -> list[int]:
    """A comment thread with no header above it: the blocks from its first signal to its last
    comment (to the end of the document when little follows), or [].

    `page`: the blocks are a flattened page's (below_the_prose reads PAGE_THREAD_PROSE_BEFORE).
    The thread is every chain of signals below the prose (signals at most THREAD_GAP blocks
    apart) of THREAD_MIN_SIGNALS or more that holds a reply button, each with the comment under
    its last signal, all taken in one pass: a long comment parts a thread into several chains.
    In extracted text the blocks between two chains stay, as they may be the article's; in a
    flattened page they go with the chains around them. Chains are read outward from the reply
    buttons, so a document without one (most) is not read for signals at all. Indented blocks
    carry no signal: dates in a shell session are not a thread's timestamps.
    """
    replies = reply_candidates(blocks)
    if not replies:
        return []  # no reply button, no thread (most documents end here)
    below = below_the_prose(blocks, PAGE_THREAD_PROSE_BEFORE if page else THREAD_PROSE_BEFORE)
    examples = preformatted(blocks)
    read_to = below  # the chains that end before this block are read
    runs = []
    for k in replies:
        if k < read_to or k in examples or _thread_signal(blocks, k) != "reply":
            continue
        run = _signal_chain(blocks, k, below, examples)
        if len(run) >= THREAD_MIN_SIGNALS and not page and _opens_the_text(blocks, run, examples):
            return []  # a forum's thread: the text's own
        if len(run) >= THREAD_MIN_SIGNALS:
            runs.append(run)
        read_to = run[-1] + 1
    if page and runs:
        # a page's chains below its prose are one thread, parted by long comments. On
        # gold-bodies' tuning part this changed 14 pages: page mode's F1 0.9087 -> 0.9100
        # (dragnet 0.8986 -> 0.9008, the others the same to four places); of the lines it took
        # 0.89 were not in the gold (of the words 0.95; 43 of the 57 that were are one page
        # whose gold keeps its comments); on the held-back fifth 105 of 107 (4 pages). No blind
        # page text nor genre document changed.
        runs = [[k for run in runs for k in run]]
    taken: list[int] = []
    for run in runs:  # each chain with the comment under its last signal (a rule drawn under it ends the thread)
        after = run[-1] + 1
        if after < len(blocks) and RULE_LINE.match(blocks[after].text):
            end = after
        else:
            end = len(blocks) if len(blocks) - run[-1] <= THREAD_GAP else run[-1] + 2
        taken.extend(range(max(run[0], taken[-1] + 1 if taken else 0), end))
    return taken


def _opens_the_text(blocks: list[Block], run: list[int], examples: frozenset[int]) -> bool:
    """Whether the chain of signals, read on upward past the prose, reaches above the text's
    first paragraph of prose: a thread exported as the text itself, its first post's byline
    over the question ("Posted by ... on 9 January 2024"), where a story's comments open under
    its prose. On gold-bodies' article regions, trafilatura's outputs and gold bodies no thread
    the heuristic took opened so. Not in a flattened page: there a post of a title and a byline
    over its comments opens so (one of gold-bodies' tuning pages)."""
    first_prose = next((k for k, block in enumerate(blocks) if block.word_count >= PROSE_MIN_WORDS), len(blocks))
    return _signal_chain(blocks, run[0], 0, examples)[0] < first_prose


def _signal_chain(blocks: list[Block], k: int, first: int, examples: frozenset[int]) -> list[int]:
    """The signal blocks around block k, a signal, that follow each other at most THREAD_GAP
    blocks apart, none above block `first` nor among `examples`: the blocks that carry a
    signal, in order."""
    run = [k]
    while True:
        above = range(run[0] - 1, max(first, run[0] - THREAD_GAP) - 1, -1)
        if (found := _nearest_signal(blocks, above, examples)) is None:
            break
        run.insert(0, found)
    while True:
        under = range(run[-1] + 1, min(len(blocks), run[-1] + THREAD_GAP + 1))
        if (found := _nearest_signal(blocks, under, examples)) is None:
            break
        run.append(found)
    return run


def _nearest_signal(blocks: list[Block], numbers: range, examples: frozenset[int]) -> int | None:
    """The first of the block `numbers` (nearest first) that carries a comment signal."""
    return next((n for n in numbers if n not in examples and _thread_signal(blocks, n)), None)


def _thread_signal(blocks: list[Block], k: int) -> str | None:
    """comment_signal, but a programme's entry carries none ("14:00 Report from the working
    groups": in_a_programme), and words in quotation marks are quoted, not a page's buttons: a
    record that quotes a thread ('— «Денис»: «забей» — 20 фев в 23:20, 3 отметки «Нравится»')
    shows a comment's likes, where a page prints its buttons bare."""
    return None if in_a_programme(blocks, k) else comment_signal(QUOTATION.sub(" ", blocks[k].text))


def reply_candidates(blocks: list[Block], start: int = 0) -> list[int]:
    """The blocks from `start` on that could be a "reply" signal (comment_signal): lines short
    enough for a button row (or with digits, for a byline's date) that hold the longest word of
    some reply phrase, found by one scan of their folded text."""
    # the rows are told first, and only their text is scanned (the scan costs per character)
    rows = [k for k in range(start, len(blocks)) if _may_be_a_reply_row(blocks[k])]
    if not rows:
        return []
    folded = "\n".join(blocks[k].text for k in rows).casefold().replace("’", "'")  # as words() folds
    line_starts = list(itertools.accumulate((len(line) + 1 for line in folded.split("\n")), initial=0))
    hit = {bisect.bisect_right(line_starts, end) - 1 for end, _ in _reply_words().iter(folded)}
    return [rows[n] for n in sorted(hit)]


def _may_be_a_reply_row(block: Block) -> bool:
    """A row of buttons, or a byline with a date (comment_signal's "reply")."""
    count = block.word_count
    return count <= BUTTONS_MAX_WORDS or (count <= SIGNAL_MAX_WORDS and DIGIT.search(block.text) is not None)


@functools.cache
def _reply_words() -> ahocorasick.Automaton:
    """The longest word of each reply phrase: a line that holds none holds no reply phrase."""
    automaton = ahocorasick.Automaton()
    for phrase in vocabulary().phrases["reply"]:
        automaton.add_word(max(phrase, key=len), len(phrase))
    automaton.make_automaton()
    return automaton
