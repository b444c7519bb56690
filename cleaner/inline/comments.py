"""Comment threads without a header: bylines and reply buttons (comment_signal, in
inline.common) recurring below the article's prose, their chains read outward from the reply
buttons.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
import regex

from cleaner.inline.common import SIGNAL_MAX_WORDS, a_bylines_time, comment_signal
from cleaner.lines import (
    BUTTONS_MAX_WORDS,
    DIGIT,
    PAGE_THREAD_PROSE_BEFORE,
    PROSE_LEAD_IN_WORDS,
    PROSE_MIN_WORDS,
    QUOTATION,
    RULE_LINE,
    SENTENCE_MIN_WORDS,
    THREAD_PROSE_BEFORE,
    below_the_prose,
    count_words,
    ends_a_sentence,
    introduces_a_list,
    once_per_document,
)
from cleaner.model import Block
from cleaner.own import in_a_programme
from cleaner.own.common import furniture_families
from cleaner.segment import preformatted
from cleaner.vocabulary import vocabulary

# A thread without a header: its comments' bylines and buttons recur at most THREAD_GAP blocks
# apart, at least THREAD_MIN_SIGNALS of them, one a reply button, below THREAD_PROSE_BEFORE words
# of the article's prose (blocks of PROSE_MIN_WORDS words or more).
THREAD_GAP = 6
THREAD_MIN_SIGNALS = 4
THREAD_SOURCE = "heuristic:comment-thread"


@dataclass(frozen=True)
class Threads:
    """What a document's comment threads without a header come to (threads())."""

    taken: list[int]  # the blocks of a page's thread, in order
    told: frozenset[int]  # the blocks of a thread the text tells (a story's quoted comments): its own


NO_THREADS = Threads([], frozenset())


def comment_thread(blocks: list[Block], page: bool = False) -> list[int]:
    """A comment thread with no header above it: the blocks from its first signal to its last
    comment (to the end of the document when little follows), or [] (threads())."""
    return threads(blocks, page).taken


def threads(blocks: list[Block], page: bool = False) -> Threads:
    """The comment thread with no header above it, or the thread the text tells.

    `page`: the blocks are a flattened page's (below_the_prose reads PAGE_THREAD_PROSE_BEFORE).
    The thread is every chain of signals below the prose (signals at most THREAD_GAP blocks
    apart) of THREAD_MIN_SIGNALS or more that holds a reply button, each with the comment under
    its last signal, all taken in one pass: a long comment parts a thread into several chains.
    In extracted text the blocks between two chains stay, as they may be the article's; in a
    flattened page they go with the chains around them. Chains are read outward from the reply
    buttons, so a document without one (most) is not read for signals at all. Indented blocks
    carry no signal: dates in a shell session are not a thread's timestamps.
    In article mode a thread exported as the text itself (_opens_the_text), or one the text
    narrates between its comments (_narrated), takes nothing and is told: its blocks are the
    text's.
    """
    runs = _chains(blocks, page)
    if not runs and not page:
        return _a_thread_as_the_text(blocks)
    if not runs:
        return NO_THREADS
    if not page:
        read_up = [_read_up(blocks, run) for run in runs]
        if any(_told(blocks, run, up) for run, up in zip(runs, read_up)):
            return _told_threads(blocks, runs, [up[0] for up in read_up])
    if not page and any(_opens_the_text(blocks, run) for run in runs):
        # a forum's thread: the text's own, its posts' buttons too, from its first post on
        return _told_threads(blocks, runs, [_first_read_up(blocks, run) for run in runs])
    if page:
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
    return Threads(taken, frozenset())


def _told_threads(blocks: list[Block], runs: list[list[int]], starts: list[int]) -> Threads:
    """The threads the text tells: each chain's blocks from its start to the comment under its
    last signal, the text's own, taking nothing."""
    told = (range(start, min(run[-1] + 2, len(blocks))) for run, start in zip(runs, starts))
    return Threads([], frozenset(k for blocks_told in told for k in blocks_told))


def _a_thread_as_the_text(blocks: list[Block]) -> Threads:
    """A thread of short posts saved as the text itself, with no prose of a story above it (a
    club's forum thread printed for its minutes): told, its posts' buttons too, when its first
    chain opens the text (_opens_the_text) with its first post's byline and holds
    THREAD_MIN_SIGNALS bylines, and the chains under it too; else nothing (most documents). A
    page's comment area opens with its form or its header ("Name" / "Email Not published"
    under a recipe's short lines)."""
    runs = _chains(blocks, page=False, below=0, across=True)
    if not runs or not _opens_the_text(blocks, runs[0]) or not _bylines(blocks, runs[0]):
        return NO_THREADS
    # (a long post parts the thread into several chains: all of them are the text's)
    return _told_threads(blocks, runs, [_first_read_up(blocks, run) for run in runs])


def _bylines(blocks: list[Block], run: list[int]) -> bool:
    """Whether the chain opens with a byline and holds THREAD_MIN_SIGNALS of them."""
    kinds = [_thread_signal(blocks, k) for k in run]
    return kinds[0] in _BYLINES and sum(kind in _BYLINES for kind in kinds) >= THREAD_MIN_SIGNALS


def _chains(blocks: list[Block], page: bool, below: int | None = None, across: bool = False) -> list[list[int]]:
    """The chains of THREAD_MIN_SIGNALS signals or more below the prose (or below block
    `below`) that hold a reply button, read outward from the reply buttons (`across`: see
    _signal_chain)."""
    replies = reply_candidates(blocks)
    if not replies:
        return []  # no reply button, no thread
    if below is None:
        below = below_the_prose(blocks, PAGE_THREAD_PROSE_BEFORE if page else THREAD_PROSE_BEFORE)
    examples = preformatted(blocks)
    read_to = below  # the chains that end before this block are read
    runs = []
    for k in replies:
        if k < read_to or k in examples or _thread_signal(blocks, k) != "reply":
            continue
        run = _signal_chain(blocks, k, below, examples, across)
        if len(run) >= THREAD_MIN_SIGNALS:
            runs.append(run)
        read_to = run[-1] + 1
    return runs


def _told(blocks: list[Block], run: list[int], up: list[int]) -> bool:
    """Whether the text narrates between the chain's comments (_narrated), or between the
    comments of the chain read on upward past the prose (`up`, _read_up) where each of its comments
    is a byline, one block of text and its buttons: a page's thread whose comments run to
    several blocks, read up, may take the article's last paragraphs for narration."""
    if _narrated(blocks, run) or _shown_under_a_lead_in(blocks, run, up):
        return True
    kinds = {k: _thread_signal(blocks, k) for k in up}
    regular = _first_byline_of_a_regular_chain(blocks, up, kinds) is not None
    return len(up) > len(run) and regular and _narrated(blocks, up)


# A thread the text shows opens at most SHOWN_WITHIN blocks under the sentence that introduces
# it, and at least SHOWN_PROSE_AFTER blocks of prose go on after it
SHOWN_WITHIN = 3
SHOWN_PROSE_AFTER = 2


def _shown_under_a_lead_in(blocks: list[Block], run: list[int], up: list[int]) -> bool:
    """Whether the text shows the thread as its evidence: the chain, read up, opens right under
    a sentence of the text's that ends in a colon (its first comment's name and text between,
    no header), and the text's prose goes on after it ("Riportiamo alcuni dei commenti ...
    sotto il nostro post promozionale del sabato:" / "Giulia Ferrandi" / the comment / "Mi piace
    · Rispondi · 1 g · 14" / ... / "Alle 20:15 i commenti erano oltre 120. ..."). A page's
    thread stands at its end, under its share and like widgets ("Share this:" / "Like this:"
    under an article's last sentence that introduced a picture; "Watch the video below:" over
    "Comments (186)"), and a comment of it that ends in a colon has the thread's signals above
    it. On gold-bodies no removal changed; letting a header stand between kept one page's
    thread (60 lines)."""
    first = up[0]
    above = range(first - 1, max(first - 1 - SHOWN_WITHIN, -1), -1)
    lead = next((k for k in above if introduces_a_list(blocks[k])), None)
    if lead is None or not all(_the_first_comments(block) for block in blocks[lead + 1:first]):
        return False
    if any(_thread_signal(blocks, k) for k in range(max(lead - THREAD_GAP, 0), lead)):
        return False  # a comment that ends in a colon, inside a page's thread
    return sum(block.word_count >= PROSE_MIN_WORDS for block in blocks[run[-1] + 2:]) >= SHOWN_PROSE_AFTER


def _the_first_comments(block: Block) -> bool:
    """A line of the first comment above its chain's first signal: its poster's name, no count
    in it ("Comments (186)" is a header's), or its sentences."""
    name = _a_posters_name(block.text) and not DIGIT.search(block.text) and not furniture_families(block.text)
    return name or _a_posts_sentences(block)


def _read_up(blocks: list[Block], run: list[int]) -> list[int]:
    """The chain read on upward past the prose a thread stands under: a thread the text tells
    may begin among its prose, its narration between the comments there ("Gleich der erste
    Kommentar gab den Ton vor:" / "Gerd W." / "vor 3 Stunden" / the comment / "Antworten ·
    Melden · Gefällt mir (48)" / "Achtundvierzig Zustimmungen ...")."""
    above = [k for k in _signal_chain(blocks, run[0], 0, preformatted(blocks), across=True) if k < run[0]]
    return above + run


def _opens_the_text(blocks: list[Block], run: list[int]) -> bool:
    """Whether the chain of signals, read on upward past the prose, reaches above the text's
    prose but for a preface of PREFACE_MAX_WORDS words or fewer: a thread exported as the text
    itself, its first post's byline over the question ("Posted by ... on 9 January 2024"), or
    copied into notes under a sentence or two of their own ("Copiado el 26/11/2023 para
    tenerlo a mano."), where a story's comments open under its prose. On gold-bodies' article
    regions, trafilatura's outputs and gold bodies no thread the heuristic took opened so (with
    no preface nor with one). Not in a flattened page: there a post of a title and a byline
    over its comments opens so (one of gold-bodies' tuning pages)."""
    first = _first_read_up(blocks, run)
    prose_above = sum(block.word_count for block in blocks[:first] if block.word_count >= PROSE_MIN_WORDS)
    return prose_above <= PREFACE_MAX_WORDS


def _first_read_up(blocks: list[Block], run: list[int]) -> int:
    """The first signal of the chain read on upward past the prose, across replies indented
    under their post."""
    return _signal_chain(blocks, run[0], 0, preformatted(blocks), across=True)[0]


# A preface of a sentence or two above a thread copied whole (a story is longer)
PREFACE_MAX_WORDS = 50

# The kinds of signal that head a comment: its byline, its time or its date
_BYLINES = ("said", "time", "date")


def _narrated(blocks: list[Block], run: list[int]) -> bool:
    """Whether the text's narration stands between the chain's comments: a paragraph of prose
    after a comment's reply buttons, before the next comment's byline, in a thread whose
    comments open with their byline (the block under it their text). A page's thread goes
    byline, text, buttons, and the next byline; a story that quotes one goes on telling
    between its comments ("❤️ 0 · Responder" / "Eu respondi à Fabi que sim, ..." / "Jorge ·
    há 40 minutos"). (A thread that prints a comment's text above its byline has its byline
    under its text, a signal under the byline.) Or the text's own prose stands between posts
    it quotes each signed under it (_quoted_between_its_prose), introduces each with a sentence
    (_introduced_between), or tells above each post's name (_told_above_a_name)."""
    if _quoted_between_its_prose(blocks, run) or _introduced_between(blocks, run) or _told_above_a_name(blocks, run):
        return True
    kinds = {k: _thread_signal(blocks, k) for k in run}
    first = run[0] if kinds[run[0]] in _BYLINES else _first_byline_of_a_regular_chain(blocks, run, kinds)
    if first is None or first + 1 in kinds:
        return False
    return any(
        kinds[above] == "reply" and not a_bylines_time(blocks[above].text) and kinds[below] in _BYLINES
        and any(block.word_count >= PROSE_MIN_WORDS for block in blocks[above + 1:below])
        for above, below in itertools.pairwise(run)
    )


# A post the text quotes whole, in the quotation marks of any script
_QUOTED_POST = regex.compile(r"^\s*(?:" + r'"[^"]+"|“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»|「[^「」]+」' + r")\s*$")


def _quoted_between_its_prose(blocks: list[Block], run: list[int]) -> bool:
    """Whether most of the chain's signals sign a post the text quotes (the block above each
    one quotation), with a paragraph of prose outside quotation marks between two of them: a
    story quoting posts, each signed after it ('"Jamie, we've a caravan in the garden, dog
    welcome."' / "— Fiona, reply, 4.22pm, 13 June"), telling between them ("Seven minutes. I
    timed it. ..."). A page prints its comments bare; one of them quoting a line is not most."""
    signed = [k for k in run if k > 0 and _QUOTED_POST.match(blocks[k - 1].text) is not None]
    return 2 * len(signed) > len(run) and any(
        any(
            block.word_count >= PROSE_MIN_WORDS and _QUOTED_POST.match(block.text) is None
            for block in blocks[above + 1:below - 1]
        )
        for above, below in itertools.pairwise(signed)
    )


# A post's name over its text: a short line that ends no clause ("Davide Sala (@dsala)"),
# where a comment's salutation does ("Dear council members,")
POSTER_MAX_WORDS = 4
_CLOSES_A_CLAUSE = frozenset(",;:.!?…")


def _introduced_between(blocks: list[Block], run: list[int]) -> bool:
    """Whether a sentence of the text introduces a post between two of the chain's signals: a
    line ending in a colon over the post's name, its one paragraph and its time ("... quello di
    un food blogger milanese:" / "Davide Sala (@davidesala_mangia)" / the post / "23 apr 2024 ·
    12:44"). In a page's thread the line over a comment's name is the comment before's buttons
    or time; a comment that introduces a letter ("this is what I sent:" / "Dear council
    members," / the letter) has the letter's salutation under its colon, not a name."""
    return any(
        above < below - 3 and _thread_signal(blocks, below) in ("time", "date")
        and introduces_a_list(blocks[below - 3]) and _a_posters_name(blocks[below - 2].text)
        and _a_posts_sentences(blocks[below - 1])
        for above, below in itertools.pairwise(run)
    )


def _told_above_a_name(blocks: list[Block], run: list[int]) -> bool:
    """Whether the text tells between two comments whose buttons close them, above the next
    comment's name: its buttons, a paragraph of prose, the name, the comment (a count of its
    likes under it, or none) and its buttons ("Like · Reply · 3w" / "Peter was as good as his
    word. ..." / "Susan Ward-Lowther" / the comment / "👍 176" / "Like · Reply · 2w"). A page's
    comment opens with its name; prose stands under the name, not over it."""
    kinds = {k: _thread_signal(blocks, k) for k in run}
    for above, below in itertools.pairwise(run):
        if kinds[above] != "reply" or kinds[below] != "reply":
            continue
        names = (n for n in (below - 2, below - 3) if above + 1 < n and _names_the_comment_under_it(blocks, n, below))
        name = next(names, None)
        if name is not None and any(block.word_count >= PROSE_MIN_WORDS for block in blocks[above + 1:name]):
            return True
    return False


def _names_the_comment_under_it(blocks: list[Block], n: int, buttons: int) -> bool:
    """Block n is a poster's name, each word capitalized or a handle ("Susan Ward-Lowther",
    "nets_and_knots"; not a sign-off, "Hugs from Brazil"), over one block of the comment's
    sentences, a short line or none between it and the comment's buttons."""
    between = blocks[n + 2:buttons]
    return (
        _a_posters_name(blocks[n].text) and _NAME_WORDS.match(blocks[n].text) is not None
        and _thread_signal(blocks, n) is None and _a_posts_sentences(blocks[n + 1])
        and all(block.word_count <= BUTTONS_MAX_WORDS for block in between)
    )


# A name's words: each capitalized, or a handle of one word with its digits and underscores
_NAME_WORDS = regex.compile(r"^\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s*)+|@?[\p{L}\d._]*[\d_][\p{L}\d._]*)\s*$")


def _a_posters_name(text: str) -> bool:
    """A short line of words that ends no clause, no link and no field of a header ("Davide
    Sala (@dsala)"; not "From: “Cheh, Mary”", an e-mail's header under "... writing back:")."""
    text = text.rstrip()
    short = count_words(text) <= POSTER_MAX_WORDS
    return short and text[-1:] not in _CLOSES_A_CLAUSE and "/" not in text and ":" not in text


def _a_posts_sentences(block: Block) -> bool:
    return block.word_count >= PROSE_LEAD_IN_WORDS and ends_a_sentence(block.text) and not _A_FIELD.match(block.text)


# A field of a header: its label and a colon ("Subject: RE: Strike down ...")
_A_FIELD = regex.compile(r"^\s*[\w-]+:\s")


def _first_byline_of_a_regular_chain(
    blocks: list[Block], run: list[int], kinds: dict[int, str | None]
) -> int | None:
    """The first byline of a chain that opens with a comment's buttons (its byline stands among
    the prose above), when each of its comments is a byline (maybe of two lines, the second its
    poster's handle), one block of text and its buttons ("u/harbourlight · 5h" / the comment /
    "▲ 231 ▼ · Reply · Share"; a row with a word no button list has, "Reply · Like · 27 ·
    Edited", is buttons too), as a story copies them from a screen; a page's thread whose
    comments run to several blocks, or stand under a name of their own over the byline, is not
    read so."""
    bylines = [k for k in run if kinds[k] in _BYLINES]
    if not bylines:
        return None
    if any(k + 1 in kinds or not _a_buttons_row(blocks, _under_the_post(blocks, k), kinds) for k in bylines):
        return None
    return bylines[0]


def _under_the_post(blocks: list[Block], byline: int) -> int:
    """The block under the post of a byline: two blocks down, or three where the byline's second
    line names the poster ("412 points · 5 days ago" / "u/OrchardCloseMum" / the post)."""
    if byline + 2 < len(blocks) and _a_handle(blocks[byline + 1].text) and _a_posts_sentences(blocks[byline + 2]):
        return byline + 3
    return byline + 2


def _a_handle(text: str) -> bool:
    """A poster's name or handle alone on a line ("u/plot27_brian", "Davide Sala"): short, no
    clause ended, no field."""
    text = text.rstrip()
    return count_words(text) <= POSTER_MAX_WORDS and text[-1:] not in _CLOSES_A_CLAUSE and ":" not in text


def _a_buttons_row(blocks: list[Block], k: int, kinds: dict[int, str | None]) -> bool:
    """Block k is a comment's buttons: a reply signal, or a row that holds a reply's word."""
    return kinds.get(k) == "reply" or (k < len(blocks) and bool(reply_candidates(blocks[k:k + 1])))


# How far under a post's buttons the text's narration may resume (a reply or two quoted between)
NARRATION_WITHIN = 3
# How far apart the buttons of two posts of a thread the text quotes stand: a section's title,
# the next post's byline, its sentences
QUOTED_POSTS_GAP = 4


def a_quoted_posts_buttons(blocks: list[Block], i: int) -> bool:
    """Whether line i is the buttons of a post the text quotes, prose of its own under them:
    a byline, the post, its buttons ("Rheinpfeil_62 · vor 3 Stunden" / "Wieder so ein
    Artikel..." / "👍 312 · Antworten"), then the narration goes on ("Ich wohne nicht in
    Hamburg..."). A page's thread goes on with the next comment's byline, and a thread that
    prints a comment's text above its byline has its buttons right under the byline. A count
    of the post's votes or likes stands so too, under the post's sentences ("risposta 3 mar
    alle 9:14" / the answer / "12 voti" / "Il consiglio del campanello ..."). So does each
    post of a thread the text quotes whole, its narration going on under the last post's
    buttons: a report's or a lesson's quoted comments ("Mercedes Ortiz · 4 de mayo" / the
    comment / "Me gusta (212) · Responder" / ... / "6. Valoración técnica" / "Los servicios
    técnicos ..."). A page's thread ends the page's text, or its form or links follow."""
    kind = _thread_signal(blocks, i)
    if i < 2 or kind not in ("reply", "action") or a_bylines_time(blocks[i].text):
        return False
    if kind == "action" and not _a_posts_sentences(blocks[i - 1]):
        return False  # a post's header: its date, its author and "Leave a comment" over the post
    under_its_byline = _thread_signal(blocks, i - 2) in _BYLINES and _thread_signal(blocks, i - 1) is None
    if under_its_byline and _narration_under(blocks, i):
        return True
    return i in _a_quoted_threads_buttons(blocks)


@once_per_document
def _a_quoted_threads_buttons(blocks: list[Block]) -> frozenset[int]:
    """The buttons of the posts of each thread the text quotes whole: two posts or more, each
    with its buttons under it, the text's narration going on under the last."""
    quoted: set[int] = set()
    followed: set[int] = set()  # buttons already read as a post's after another's
    for k in range(len(blocks)):
        if k in followed or not _a_quoted_posts_buttons(blocks, k):
            continue
        chain = [k]
        while (following := _the_next_posts_buttons(blocks, chain[-1])) is not None:
            chain.append(following)
        followed.update(chain)
        if len(chain) > 1 and _narration_under(blocks, chain[-1], sentences=True):
            quoted.update(chain)
    return frozenset(quoted)


def _narration_under(blocks: list[Block], buttons: int, sentences: bool = False) -> bool:
    """Whether the text's narration goes on within NARRATION_WITHIN blocks under block `buttons`, no
    thread's signal between: a paragraph of prose, a sentence leading in or (`sentences`) two
    sentences (a lesson's questions on the thread)."""
    found = 0
    for k in range(buttons + 1, min(buttons + 1 + NARRATION_WITHIN, len(blocks))):
        if _thread_signal(blocks, k) is not None:
            return False
        if blocks[k].word_count >= PROSE_MIN_WORDS or _a_sentence_leading_in(blocks[k]):
            return True
        found += blocks[k].word_count >= SENTENCE_MIN_WORDS and ends_a_sentence(blocks[k].text)
        if sentences and found >= 2:
            return True
    return False


def _a_quoted_posts_buttons(blocks: list[Block], k: int) -> bool:
    """Block k is a post's buttons under its text, under the poster's line: a byline, or a
    short line that ends no clause ("Respuesta de Álvaro Pérez · 4 de mayo"). The post ends a
    sentence or is longer than such a line ("... ничего не написано(")."""
    if k < 2 or _thread_signal(blocks, k) not in ("reply", "action") or a_bylines_time(blocks[k].text):
        return False
    post, poster = blocks[k - 1], blocks[k - 2]
    if _thread_signal(blocks, k - 1) is not None:
        return False
    if not ends_a_sentence(post.text) and post.word_count <= BUTTONS_MAX_WORDS:
        return False
    return _thread_signal(blocks, k - 2) in _BYLINES or (
        poster.word_count <= BUTTONS_MAX_WORDS and poster.text.rstrip()[-1:] not in _CLOSES_A_CLAUSE
    )


def _the_next_posts_buttons(blocks: list[Block], k: int) -> int | None:
    """The buttons of the post after the one whose buttons are block k, within
    QUOTED_POSTS_GAP blocks, bylines alone between; None if no post follows so."""
    for m in range(k + 1, min(k + 1 + QUOTED_POSTS_GAP, len(blocks))):
        signal = _thread_signal(blocks, m)
        if signal in ("reply", "action"):
            return m if _a_quoted_posts_buttons(blocks, m) else None
        if signal is not None and signal not in _BYLINES:
            return None
    return None


def _a_sentence_leading_in(block: Block) -> bool:
    """A sentence of the text that ends in a colon ("E poi, sotto, un commento che ha scatenato
    un piccolo dibattito:"), where a page's label is a word or two ("Comments:")."""
    return introduces_a_list(block) and block.word_count >= PROSE_LEAD_IN_WORDS


def _signal_chain(
    blocks: list[Block], k: int, first: int, examples: frozenset[int], across: bool = False,
) -> list[int]:
    """The signal blocks around block k, a signal, that follow each other at most THREAD_GAP
    blocks apart, none above block `first` nor among `examples`: the blocks that carry a
    signal, in order. `across`: the `examples` between two signals do not count towards the gap
    (a thread's replies indented under a post, read as indented text)."""
    run = [k]
    while True:
        above = _within_the_gap(run[0] - 1, -1, first - 1, examples, across)
        if (found := _nearest_signal(blocks, above, examples)) is None:
            break
        run.insert(0, found)
    while True:
        under = _within_the_gap(run[-1] + 1, 1, len(blocks), examples, across)
        if (found := _nearest_signal(blocks, under, examples)) is None:
            break
        run.append(found)
    return run


def _within_the_gap(start: int, step: int, stop: int, examples: frozenset[int], across: bool) -> list[int]:
    """The block numbers from `start` on, one `step` at a time and short of `stop`, until
    THREAD_GAP of them are counted; with `across`, the `examples` are not counted."""
    numbers: list[int] = []
    counted = 0
    for n in range(start, stop, step):
        if counted == THREAD_GAP:
            break
        numbers.append(n)
        counted += not (across and n in examples)
    return numbers


def _nearest_signal(blocks: list[Block], numbers: Iterable[int], examples: frozenset[int]) -> int | None:
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
