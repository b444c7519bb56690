"""Stage 5: heuristics for the junk that real articles carry between their paragraphs.

Picture captions and credits, ad labels, share and follow buttons, related-content teasers,
comment-thread furniture, product boxes and stray metadata lines: each family has a small
function here that reads one block (a few read its neighbours) and returns a verdict whose
reason names the family and the evidence. The words they look for are data, per language, in
cleaner/data/furniture.toml (see cleaner/vocabulary.py); the patterns here hold only what no
language owns (numbers, dates, URLs, punctuation).

Every heuristic keeps to short lines: a block long enough to be a paragraph is never furniture.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
from collections.abc import Callable, Iterable

import ahocorasick
import regex

from cleaner.candidates import Lines, runs_of
from cleaner.lines import (
    ARTICLE_FURNITURE,
    BUTTONS_MAX_WORDS,
    CODE,
    DIGIT,
    FURNITURE,
    HEADLINE_MAX_WORDS,
    PAGE_THREAD_PROSE_BEFORE,
    SENTENCE_MIN_WORDS,
    THREAD_PROSE_BEFORE,
    a_widgets_title,
    below_the_prose,
    ends_a_sentence,
    has_phrase,
    introduces_a_list,
    is_date_line,
    line_patterns,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block, Category, Verdict
from cleaner.own import (
    a_field,
    in_a_programme,
    item_number,
    names_its_topic,
    paragraphs_of,
    the_texts_own,
    without_blank_lines,
)
from cleaner.segment import preformatted
from cleaner.vocabulary import vocabulary, word_tuple, words

# A comment's byline or action row is short; a post is not.
SIGNAL_MAX_WORDS = 20
# A row of buttons and labels: at most this many words, every one of them furniture.
FURNITURE_MAX_WORDS = 10
# A picture credit names a photographer and an agency: a few words after its label.
CREDIT_MAX_WORDS = 12
# A credit without an agency or a joint is a name: "Photo: Jane Doe".
CREDIT_NAME_WORDS = 3
# Every heuristic here starts on a short line: a block longer than this is never furniture.
SHORT_LINE_MAX_WORDS = 25


# "Jane Doe/Reuters", "AFP - Getty Images": a joint between two names (not a date's "/").
_NAME_JOINT = regex.compile(r"[^\W\d]\s*/\s*[^\W\d]|[^\W\d]\s+[-–—|]\s+[^\W\d]")
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Ll}")
_NAME_SPLIT = regex.compile(r"[\s/|,;&()\[\]+]+")
_AGENCY_SPLIT = regex.compile(r"[\s/|,;()©]+")
_UNFINISHED = regex.compile(r"(?<![.…])[.:;,]$")
# A count in brackets at the end of a list item: "Recipes (56)", "June 2012 [14]"
_COUNT = regex.compile(r"\s*[(\[]\s*\d+\s*[)\]][\W_]*$")
_WORD_CHAR = regex.compile(r"\w")
_VIA = regex.compile(r"\b(?:via|courtesy)\b", regex.IGNORECASE)
# A headline or a sentence has small words; a name does not.
_FUNCTION_WORD = regex.compile(
    r"\b(?:the|of|in|on|at|and|to|for|a|an|is|der|die|das|und|von|im|le|la|les|de|des|et|el|los|y|en"
    r"|il|di|e|o|het|van|w|i|na)\b",
    regex.IGNORECASE,
)

Judge = Callable[[list[Block], int], "Verdict | None"]


def _verdict(category: Category, name: str, reason: str, **features: float) -> Verdict:
    return Verdict(category, f"heuristic:{name}", reason, features=tuple(features.items()))


# --- comment threads ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def comment_signal(text: str) -> str | None:
    """What marks `text` as a line of a comment thread, or None.

    "said": a commenter's name before a verb of saying ("Anna says:", "Max schrieb:");
    "time": a short line with a clock time or a relative time (a post's timestamp);
    "date": a short line that is little more than a date;
    "reply": a comment's own buttons, alone or on its byline ("Reply", "Report abuse",
             "Anna | 9 May 2012 9:14 pm | Reply");
    "action": other comment furniture: a permalink, a counter ("Comments (2)", "12 likes");
    "form": the fields of a comment form ("Name *", "E-mail (will not be published)").
    """
    count = len(text.split())
    if count > SIGNAL_MAX_WORDS:
        return None
    p = line_patterns()
    v = vocabulary()
    if count <= 12 and not v.members["said"].isdisjoint(word_tuple(text)) and p["said"].search(text):
        return "said"
    # a time or a date has digits (most lines have none: their regexes are spared)
    timed = DIGIT.search(text) and (p["clock"].search(text) or p["relative"].search(text))
    if timed or (count <= BUTTONS_MAX_WORDS and DIGIT.search(text) and is_date_line(text)):
        # "Anna | 9 May 2012 9:14 pm | Reply": a byline with its own reply button
        if has_phrase(text, "reply"):
            return "reply"
        if has_phrase(text, "comment"):
            return "action"
        return "time" if timed else "date"
    if count <= BUTTONS_MAX_WORDS:
        covered = v.cover(text, ("reply", "comment", "share", "nav"))
        if covered and any(v.family_of(phrase, ("reply",)) for phrase in covered):
            return "reply"
        if covered and any(v.family_of(phrase, ("comment",)) for phrase in covered):
            return "action"
        covered = v.cover(text, ("form", "comment"))
        if covered and any(v.family_of(phrase, ("form",)) for phrase in covered):
            return "form"
    return None


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
    its last signal, all taken in one pass: a long comment parts a thread into several chains
    (it stays, as text between two chains may be the article's). Chains are read outward from
    the reply buttons, so a document without one (most) is not read for signals at all.
    Indented blocks carry no signal: dates in a shell session are not a thread's timestamps.
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
        if len(run) >= THREAD_MIN_SIGNALS:
            runs.append(run)
        read_to = run[-1] + 1
    taken: list[int] = []
    for run in runs:  # each chain with the comment under its last signal
        end = len(blocks) if len(blocks) - run[-1] <= THREAD_GAP else run[-1] + 2
        taken.extend(range(max(run[0], taken[-1] + 1 if taken else 0), end))
    return taken


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
    groups": in_a_programme)."""
    return None if in_a_programme(blocks, k) else comment_signal(blocks[k].text)


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


# --- rows of buttons and labels ------------------------------------------------------------------


def furniture_line(blocks: list[Block], i: int, families: Iterable[str] = FURNITURE) -> Verdict | None:
    """A short line every word of which is page furniture of `families`: "Advertisement",
    "Share this on WhatsApp", "Tweet | Email | Print", "Next Post", "Buy now at Amazon"."""
    text = blocks[i].text
    count = blocks[i].word_count
    if not _row_sized(blocks[i]):
        return None  # a sentence, not a row of buttons
    if CODE.search(text):
        return None  # a line of code or markup ("prev = -1;", "=back", "@menu")
    if _heads_its_paragraph(blocks, i):
        return None  # a heading ("Subscriptions", "Más información") over the text it names
    v = vocabulary()
    covered = v.cover(text, (*families, "retailer"))
    if not covered:
        return None
    found = [v.family_of(phrase, (*families, "retailer")) for phrase in covered]
    if "retailer" in found and "shop" not in found:
        return None  # "Apple" or "Target" alone is a name
    family = next(f for f in found if f is not None and f != "retailer")
    reason = f"{family} furniture: every word is ({', '.join(covered)})"
    return _verdict(FURNITURE[family], "furniture-line", reason, words=count, phrases=len(covered))


def _row_sized(block: Block) -> bool:
    """Short enough for a row of buttons, and not a sentence (a full stop after three words)."""
    count = block.word_count
    return count <= FURNITURE_MAX_WORDS and not (count >= 3 and block.text.endswith("."))


def _heads_its_paragraph(blocks: list[Block], i: int) -> bool:
    """The line opens a paragraph whose next line, with no blank line between, is prose: a
    heading of that text. Scraped furniture stands between paragraphs, set off by blank lines."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph != blocks[i].paragraph:
        return False
    opens = i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph
    return opens and reads_as_prose(blocks[i + 1].text)


# --- lists of teasers and counts ------------------------------------------------------------------

# A list is at least this many items.
LIST_MIN_ITEMS = 2
# A title has at least this many words; a byline's name, a date or a time has fewer.
TITLE_MIN_WORDS = 4
COUNT_LIST_MIN_ITEMS = 3


def _related_header(text: str) -> bool:
    """"Related posts", "You might also like", "More from Harbour Times", "Around the Web"."""
    v = vocabulary()
    if len(text.split()) > 8:
        return False
    if v.cover(text, ("related", "popular")):
        return True
    found = line_patterns()["related_site"].match(text)
    return found is not None and _names_only(found.group("site"))


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
    if _a_titled_table(blocks, run) or _titled_with_prose_under(blocks, run):
        return []
    return run


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
    numbers = [int(regex.sub(r"\D", "", found.group())) for item in items if (found := _COUNT.search(item))]
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


def _count_item(text: str) -> bool:
    # every item has its count in brackets: most lines are spared the regex. A row of a table
    # ("o or O\t\toctal\t3\t377 (255)", "| h | short | integer | 2 | (2) |") is no link (none of
    # the 1,685 count-list lines on gold-bodies is one)
    return (
        ("(" in text or "[" in text) and line_patterns()["count_item"].match(text) is not None
        and not CODE.search(text) and not _TABLE_ROW.search(text)
    )


# --- product boxes -------------------------------------------------------------------------------


def _shop_line(blocks: list[Block], k: int) -> bool:
    verdict = furniture_line(blocks, k) if 0 <= k < len(blocks) else None
    return verdict is not None and verdict.reason.startswith("shop ")


def price_line(blocks: list[Block], i: int) -> Verdict | None:
    """A price ("$19.99 at Harbour Tools", "ab 24,90 €") next to a shopping button: a product
    box. A price alone is a listing's or a table's (an estate agent's page, a menu)."""
    text = blocks[i].text
    if not DIGIT.search(text) or not line_patterns()["price"].match(text):
        return None
    if not (_shop_line(blocks, i - 1) or _shop_line(blocks, i + 1)):
        return None
    return _verdict(
        Category.AD, "price-line", f"price next to a shopping button: {text.strip()[:40]!r}",
        words=blocks[i].word_count,
    )


# --- pictures ------------------------------------------------------------------------------------


def _names_only(text: str) -> bool:
    """Whether `text` reads as a list of names and agencies, not a sentence: every word is
    capitalized, an agency or credit word, a web address, or a joint ("/", "|", "&")."""
    v = vocabulary()
    if _SENTENCE_INSIDE.search(text) or len(text.split()) > CREDIT_MAX_WORDS:
        return False
    known = v.phrases["agency"] | v.phrases["credit_word"]
    for word in _NAME_SPLIT.split(text):
        word = word.strip(".-–—:'\"“”‘’")
        if not word or not _WORD_CHAR.search(word):
            continue
        if word[0].isupper() or "." in word or "@" in word or (word.casefold(),) in known:
            continue
        return False
    return True


def _agencies(text: str) -> list[str]:
    v = vocabulary()
    parts = [w for w in _AGENCY_SPLIT.split(text.casefold()) if w]
    found = []
    for n in (3, 2, 1):
        found += [
            " ".join(parts[k:k + n]) for k in range(len(parts) - n + 1) if tuple(parts[k:k + n]) in v.phrases["agency"]
        ]
    return found


def _is_credit(text: str) -> str | None:
    """Why the text after a credit label is a credit, or None: it names an agency, joins names
    with "/" or "©" ("Jane Doe/Reuters"), says "via" or "courtesy", or is a name of at most
    CREDIT_NAME_WORDS capitalized words ("Jane Doe"), all of it names (_names_only)."""
    if not _names_only(text.replace("©", " ")):
        return None
    agencies = _agencies(text)
    if agencies:
        return f"agency {agencies[0]!r}"
    if _NAME_JOINT.search(text) or "©" in text:
        return "names joined by / or ©"
    if _VIA.search(text):
        return "via/courtesy"
    if len(text.split()) <= CREDIT_NAME_WORDS and not _FUNCTION_WORD.search(text):
        return "a name"
    return None


def picture_credit(blocks: list[Block], i: int) -> Verdict | None:
    """A picture's credit line, its picture gone: "Photo: Jane Doe/Reuters", "(Image credit:
    NASA)", "Foto: dpa", "Bild: Max Muster", "Image copyright Getty Images", "AFP/Getty Images".

    A label then a headline ("Photos: Halloween in Hong Kong") is a gallery's teaser, not a
    credit; a source line is a credit only when it names an agency ("Quelle: dpa"), a citation
    ("Source: Eur Heart J. 2006") is the article's.
    """
    text = blocks[i].text
    if len(text.split()) > CREDIT_MAX_WORDS + 3:
        return None
    p = line_patterns()
    if p["bbc_caption"].match(text):
        return _verdict(
            Category.CAPTION, "picture-credit", f"caption label {' '.join(text.split()[:2])!r}",
            words=blocks[i].word_count,
        )
    found = p["credit"].match(text)
    if found:
        credit = found.group("credit")
        if found.group("source"):
            agencies = _agencies(credit)
            why = f"agency {agencies[0]!r}" if agencies and _names_only(credit) else None
        else:
            why = _is_credit(credit)
        if why:
            return _verdict(
                Category.CAPTION, "picture-credit", f"credit label, then {why}: {credit[:40]!r}",
                words=blocks[i].word_count,
            )
        return None
    # no label: a line of names that names an agency with a joint ("AFP/Getty Images",
    # "Saul Loeb / AFP", "© Reuters") or is one agency alone ("Reuters", "(AP)")
    bare = text.strip(" ()[]")
    agencies = _agencies(bare)
    if agencies and _names_only(bare.replace("©", " ")) and (
        _NAME_JOINT.search(bare) or "©" in bare or " ".join(words(bare)) in agencies
    ):
        return _verdict(
            Category.CAPTION, "picture-credit", f"a line of names with agency {agencies[0]!r}",
            words=blocks[i].word_count,
        )
    return None


def gallery_counter(blocks: list[Block], i: int) -> Verdict | None:
    """A gallery's counter: "Image 1 of 4", "Foto 3 von 12", "1 of 12", "Photo 2/9"."""
    if not DIGIT.search(blocks[i].text) or a_field(blocks[i].text):
        return None  # (a quiz's "1 z 10:" introduces its first question)
    found = line_patterns()["gallery"].match(blocks[i].text)
    if found and (found.group("media") or found.group("word")):
        return _verdict(
            Category.CAPTION, "gallery-counter", f"picture counter {blocks[i].text.strip()!r}",
            words=blocks[i].word_count,
        )
    return None


def article_gallery_counter(blocks: list[Block], i: int) -> Verdict | None:
    """gallery_counter, but not a counter that numbers the text's parts: the text counts every
    number from 1 to N ("Video 1 of 6" to "Video 6 of 6", "1 di 4" to "4 di 4"), and a statement
    follows each counter, the last one too (a lesson's notes, a step, a letter). A gallery
    scraped with its captions ends on its last counter and the gallery's buttons ("6 of 6" over
    "Share This Gallery": so did the one such run on gold-bodies' article regions)."""
    verdict = gallery_counter(blocks, i)
    return None if verdict is None or i in _numbers_the_parts(blocks) else verdict


@once_per_document
def _numbers_the_parts(blocks: list[Block]) -> frozenset[int]:
    """The counters of runs "1 of N" to "N of N" (one wording) with a statement under each."""
    runs: dict[tuple[str, int], dict[int, int]] = {}
    for k, block in enumerate(blocks):
        found = _PART_COUNTER.match(block.text) if _COUNTER.search(block.text) else None
        if found:
            wording = f"{found.group('label') or ''} {found.group('word')}".casefold()
            key = (wording, int(found.group("total")))
            runs.setdefault(key, {})[int(found.group("number"))] = k
    parts: set[int] = set()
    for (_, total), counters in runs.items():
        if total >= 2 and sorted(counters) == list(range(1, total + 1)) and all(
            _a_statement_under(blocks, k) for k in counters.values()
        ):
            parts.update(counters.values())
    return frozenset(parts)


# A counter of parts: "Video 2 of 6", "(1 of 3)", "1 di 4", "Foto 3 van 5"
_PART_COUNTER = regex.compile(
    r"^[\W_]*(?P<label>[^\W\d_]+\s*)?(?P<number>\d{1,3})\s*(?P<word>of|von|de|di|van|z|из|sur|av|/)\s*(?P<total>\d{1,3})[\W_]*$",
    regex.IGNORECASE,
)


def _a_statement_under(blocks: list[Block], k: int) -> bool:
    """A sentence of a few words or prose in the paragraph under block k (the block right
    under it, or the paragraph after its own when it stands alone: a letter's "Dear Mother,")."""
    below = [b for b in blocks[k + 1:k + 4] if b.paragraph == blocks[min(k + 1, len(blocks) - 1)].paragraph]
    return any(reads_as_prose(b.text) or (b.word_count >= 3 and ends_a_sentence(b.text)) for b in below)


# --- stray metadata ------------------------------------------------------------------------------


def metadata_line(blocks: list[Block], i: int) -> Verdict | None:
    """A machine timestamp ("2019-05-12T10:00:00Z") or an image file's name alone on its line.

    Not a bare URL: a list of links or a reference ("http://www.nof.org") is often the
    article's own (on the tuning pages a quarter of the bare URL lines were in the gold)."""
    kind = _metadata_kind(blocks[i].text)
    return None if kind is None else _metadata_verdict(blocks[i], kind)


def article_metadata_line(blocks: list[Block], i: int) -> Verdict | None:
    """metadata_line, but a kind of line that recurs in the document is its structure: a
    changelog's release dates, a listing of files. What leaks from a page's markup into its
    article text stands alone (on gold-bodies' article regions, each of the 4 such lines did).
    Nor a timestamp above the document's first prose: its own date under its title (a README's
    "2022-09-28T06:49+00:00"; no timestamp on gold-bodies was taken at all)."""
    kind = _metadata_kind(blocks[i].text)
    if kind is None or _metadata_kinds(blocks)[kind] > 1:
        return None
    if kind == "machine timestamp" and not any(reads_as_prose(block.text) for block in blocks[:i]):
        return None
    return _metadata_verdict(blocks[i], kind)


@once_per_document
def _metadata_kinds(blocks: list[Block]) -> collections.Counter[str]:
    """How many of the text's lines are metadata of each kind."""
    return collections.Counter(kind for block in blocks if (kind := _metadata_kind(block.text)) is not None)


def _metadata_verdict(block: Block, kind: str) -> Verdict:
    text = block.text.strip()
    return _verdict(Category.METADATA, "metadata-line", f"{kind} {text[:50]!r}", words=block.word_count)


def _metadata_kind(text: str) -> str | None:
    text = text.strip()
    p = line_patterns()
    # a timestamp has its date's "-", a file name its extension's ".": most lines are spared the regexes
    for name, what, mark in (("iso_time", "machine timestamp", "-"), ("image_file", "image file", ".")):
        if mark in text and p[name].match(text):
            return what
    return None


def article_furniture_line(blocks: list[Block], i: int) -> Verdict | None:
    """furniture_line, but titles and the labels of an address stay:
    - the document's first line ("Impressum", "Volver"): on gold-bodies, 2 first lines of all
      the extracted texts and gold bodies were furniture;
    - a line that titles the paragraph below it and names that paragraph's topic ("Search" over
      "Every spring we search the river banks...", "Archiv" over "Das Archiv des Vereins..."),
      where a button's word ("Tweet", "Advertisement") has nothing to do with the text under it:
      on gold-bodies' article regions such lines were 5 of the 143 furniture lines titling a
      paragraph, 3 of them in the gold;
    - the name of a site's section over the prose of that section ("About us" over "We are a
      family business..."): none of the 48 such names on gold-bodies' article regions titled prose;
    - a label of contact details beside a postcode or a phone number ("E-Mail" under a postal
      address): none of the 185 such labels on gold-bodies' article regions stood there;
    - a poem's title over its first stanza ("Home" over "The door is blue, the kettle
      sings, / the cat is sleeping on the stair;"): none of the 240 furniture lines over a
      paragraph of several lines on gold-bodies' article regions titled a stanza;
    - the title of a numbered list that starts under it ("Print" over "1. Open the file." and
      "2. Choose Print."), or of a bulleted list whose items are no furniture ("Jump to:" over
      "- Getting started"): on gold-bodies' article regions one furniture line stood there, an
      "EMAIL" the gold keeps;
    - a term over its definition, a sentence right under it in the same paragraph ("Retweet" /
      "To share someone else's tweet.", "Back" / "Returns to the previous screen."): a glossary's
      or a manual's entry, where scraped buttons stand apart or over more buttons (or the next entry
      of a paragraph of such entries, the first term no button: "Leer" / "Lee el poema." /
      "Responder" / "Responde a las preguntas.");
    - a line that ends in a full stop: a story's sentence of a word or two ("Home.", "Zurück."),
      where buttons end in nothing, "!" or "...": none of the furniture lines on gold-bodies'
      article regions, trafilatura's outputs of its pages or its gold bodies ended in one;
    - a rating with its stars ("Bewertung: ★★★★☆"): a review's verdict, where a button prints
      no value (none of the furniture lines on gold-bodies' article regions, trafilatura's
      outputs or gold bodies held a star);
    - a line in capitals in a screenplay (scenes headed "INT." or "EXT."): a camera direction
      ("CLOSE ON", "ZOOM IN"), as the script's other lines in capitals are its markup;
    - one of several different ad labels on consecutive lines ("Anzeige", "Werbung",
      "Gesponsert"): a lesson's list of them, where an ad slot prints one (on gold-bodies no
      two ad labels stood on consecutive lines);
    - a printed form's field over the blank to fill in ("Podpis" over ".........."): a web
      form's field prints no row of dots or underscores;
    - a line that opens with a clock time ("15:00 Close", "10:45 Break"): a programme's or a
      timetable's entry (none of the furniture lines on gold-bodies' article regions,
      trafilatura's outputs or gold bodies opened with one);
    - in a text with no blank line (trafilatura's, one paragraph a line), a section's title
      between two lines of prose where other titles, no furniture, cut the text into sections
      ("Diskussion" after "Methoden" and "Ergebnisse"), or over prose that names its topic
      ("Subscriptions" over "Annual subscriptions were due..."): on gold-bodies' trafilatura
      outputs, which have no blank line, this kept none of the furniture lines removed before
      (a call, "Leave a Reply", or a comment's button, "Delete", is no title);
    - a line that closes a bracket the line above it left open: the end of a sentence wrapped
      over two lines ("... exchange token response (e.g." / "Facebook)"), where a button's
      brackets hold its count ("Comments (3)");
    - a line of a dialogue, opened by a dash and ending its sentence, beside another ("-- O
      próximo!" between "-- Marceneiro." and "-- Por aqui."): a row of buttons ends no sentence;
    - a label with a colon over the sentence it introduces ("Ogłoszenie:" over "- Zaginął mały
      pudelek. Nagroda."), where a share box's "Share this:" stands over buttons;
    - a heading at the margin over its section indented under it, as a manual page's
      ("ACTIONS" over "       -i, --install"): no line of gold-bodies' article regions is
      indented;
    - in a text with no blank line, what a blank line would have shown: a term of a run of
      entries, each a term over its one-line definition or section, the terms all different
      ("Back" / "Returns to the previous screen." / "Home" / "Shows the start screen."); a
      title between two numbered lists; names answering the question above them; a list of
      words of many furniture kinds between two sentences; a part's numbered title over prose
      ("Deel 2"). On gold-bodies' trafilatura outputs, which have no blank line, these kept
      none of the furniture lines removed before;
    - a definition list's term over its description, each an item of one bulleted list, as
      trafilatura writes HTML's <dl> ("- Zoom" / "- Zoom level. Zooms the planet in or out.",
      among other such entries): a manual's buttons and options. On GIMP's manual in 11
      languages (2,670 pages) these were 95 of the 104 lines removed; no line of gold-bodies
      removed before stood there;
    - a key's name ("Print", "Menu", "Inicio") beside key combinations ("Alt+Print"): a table
      of keyboard shortcuts, one cell a line (GNOME's help in 40 languages lost 9 such; no line
      of gold-bodies removed before stood within two lines of a key combination);
    - a short item of a bulleted list that a sentence ending in a colon introduces, the list's
      other items no furniture ("The fields in the general stanza are:" over "* Source", "*
      Homepage", "* Testsuite"): a format's fields or a program's options (Debian's policy
      lost its "Homepage" field so; no line of gold-bodies removed before stood in such a list);
    - a manual's command alone over a one-sentence paragraph, too short for prose, whose first
      words hold the command's word in another form ("Открыть" / "Открывает выбранные
      документы.", "Close" / "Closes the dialog."), where a box's title is repeated as it is
      ("Newsletter" / "Newsletter sign-up is free.") or stands over a call;
    - a term of a run of three entries or more, each a term alone in its paragraph over its
      one-line definition alone in the next, the terms all different, another no furniture
      ("Rotate" / "Turns the image by 90 degrees." / "Print" / "Sends the image to the
      printer."): a manual's buttons as a page's text writes them (on gold-bodies this kept
      none of the lines removed before)."""
    verdict = furniture_line(blocks, i, ARTICLE_FURNITURE)
    return None if verdict is None or the_texts_own(blocks, i) else verdict


JUDGES: tuple[Judge, ...] = (gallery_counter, furniture_line, price_line, metadata_line)
ARTICLE_JUDGES: tuple[Judge, ...] = (article_gallery_counter, article_furniture_line, price_line, article_metadata_line)
# Heuristics that find a run of blocks from where they start: (finder, category, name, what).
FINDERS = (
    (related_list, Category.RELATED, "related-list", "related-content header and its headlines"),
    (count_list, Category.NAVIGATION, "count-list", "category or archive links with their counts"),
)
ARTICLE_FINDERS = FINDERS[1:]


def judge(blocks: list[Block], credits: bool = False, page: bool = False) -> dict[int, Verdict]:
    """The inline heuristics' verdicts by block index (the first heuristic that speaks wins).

    `credits`: also picture_credit (Options.picture_credits says why it is off by default).
    `page`: the input is a whole page's text, so related-content lists are judged too.
    """
    judges = JUDGES if page else ARTICLE_JUDGES
    judges = (*judges, picture_credit) if credits else judges
    finders = FINDERS if page else ARTICLE_FINDERS
    verdicts: dict[int, Verdict] = {}
    thread = comment_thread(blocks, page)
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
        if i in verdicts:
            continue
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

# What every line a heuristic takes holds, for a scan of the document's short lines to find
# (cleaner/candidates.py): a count in brackets (both forms of "count_item" have one); a counter's
# "1 of 4" or "2/9"; a machine timestamp's start or an image file's extension (metadata_line's two
# kinds, each a line of one word).
_COUNT_IN_BRACKETS = regex.compile(r"[(\[]\s*\d+\s*[)\]]")
_COUNTER = regex.compile(r"\d\s*(?:of|von|de|di|van|z|из|sur|av|/)\s*\d", regex.IGNORECASE)
_METADATA = regex.compile(r"\d{4}-\d{2}-\d{2}T|\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)", regex.IGNORECASE)


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
        rows = _lines(blocks, [i for i in short if _row_sized(blocks[i])])
        return rows.made_of(_furniture_runs(tuple(FURNITURE)))

    @functools.cache
    def metadata() -> set[int]:
        return _lines(blocks, [i for i in short if blocks[i].word_count == 1]).where(_METADATA)

    @functools.cache
    def counters() -> set[int]:
        return lines.where(_COUNTER)

    scans: dict[Callable, Callable[[], set[int]]] = {
        count_list: lambda: lines.where(_COUNT_IN_BRACKETS),
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
