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
import dataclasses
import functools
import itertools
from collections.abc import Callable, Iterable
from typing import TypeVar

import ahocorasick
import regex

from cleaner.candidates import Lines, runs_of
from cleaner.model import Block, Category, Verdict
from cleaner.segment import preformatted
from cleaner.vocabulary import vocabulary, word_tuple, words

# A comment's byline or action row is short; a post is not.
SIGNAL_MAX_WORDS = 20
# A comment's date alone, or its row of buttons: a few words.
BUTTONS_MAX_WORDS = 8
# A row of buttons and labels: at most this many words, every one of them furniture.
FURNITURE_MAX_WORDS = 10
# A picture credit names a photographer and an agency: a few words after its label.
CREDIT_MAX_WORDS = 12
# A credit without an agency or a joint is a name: "Photo: Jane Doe".
CREDIT_NAME_WORDS = 3
# Every heuristic here starts on a short line: a block longer than this is never furniture.
SHORT_LINE_MAX_WORDS = 25

# The furniture families a line may be made of, and what its removal reports. "shop" lines may
# also name retailers ("Buy now at Amazon"), which alone are not furniture.
FURNITURE: dict[str, Category] = {
    "ad": Category.AD,
    "share": Category.SOCIAL,
    "subscribe": Category.CTA,
    "comment": Category.COMMENTS,
    "nav": Category.NAVIGATION,
    "section": Category.NAVIGATION,
    "related": Category.RELATED,
    "popular": Category.RELATED,
    "media": Category.EMBED,
    "shop": Category.AD,
}

# "Jane Doe/Reuters", "AFP - Getty Images": a joint between two names (not a date's "/").
_NAME_JOINT = regex.compile(r"[^\W\d]\s*/\s*[^\W\d]|[^\W\d]\s+[-–—|]\s+[^\W\d]")
_DIGIT = regex.compile(r"\d")
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Ll}")
_NAME_SPLIT = regex.compile(r"[\s/|,;&()\[\]+]+")
_AGENCY_SPLIT = regex.compile(r"[\s/|,;()©]+")
_UNFINISHED = regex.compile(r"(?<![.…])[.:;,]$")
# Code and markup, which no widget prints: an assignment or a statement's end ("prev = -1;",
# "INSERT INTO A VALUES (10);"), braces, a comment ("/* search page */"), an identifier
# ("_close", "file_close"), or a directive at the start of a line ("=back" in POD, "@menu" in
# Texinfo, ".BR" in roff, "\\section" in TeX, "* Menu:" in Info), a manual page's name
# ("login(1)"), a call ("continue()", "print(1 / 0)"), an array type ("delete[]"), a command's
# long option ("--watch"), an interpreter's prompt (">>> ", "... ") or reStructuredText's mark of
# a literal block ("menu::"). None of gold-bodies' article regions' or trafilatura outputs'
# furniture lines or count lists holds one.
_CODE = regex.compile(
    r"[=;{}]|/\*|\w_|_\w|^[=@.\\][A-Za-z]|^\* Menu:$|\w\((?:\d[a-z]?)?\)|\w\([^()]*[-+*/%<>][^()]*\)|\w\[\]|^--\w"
    r"|^(?:>>>|\.\.\.)\s|\w::$"
)
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


@functools.cache
def _patterns() -> _Compiled:
    """The patterns by name, each compiled when first asked for."""
    v = vocabulary()
    month = v.alternation("month")
    unit = v.alternation("time")
    date = (
        rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{month})\b\.?(?:\s+\d{{2,4}})?|\b(?:{month})\b\.?\s+\d{{1,2}}"
        rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)"
    )
    caption = v.alternation("caption")
    # "Photo credit:", "Foto von", "Image courtesy of": a label's second word, or a "by"
    credit_joint = r"(?:\s+(?:credits?|copyright|courtesy(?:\s+of)?|source))?"
    by = rf"\s+(?:{v.alternation('by')})\s+"
    return _Compiled({
        "date": (date, regex.IGNORECASE),
        # 9:37, 12:04:05, 9:37pm, 9 p.m., 14h30; not a piece of an address ("pci/0000:01:00.0")
        "clock": (
            r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|\.\d)(?:\s*[ap]\.?\s?m\b\.?)?"
            r"|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d{1,2}h\d{2}\b",
            regex.IGNORECASE,
        ),
        # a programme's entry: "15:00 Close", "9.30am Break", "14h30 Clôture"
        "timed": (
            r"^[\W_]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|\d{1,2}h\d{2})(?!\d)",
            regex.IGNORECASE,
        ),
        "relative": (
            rf"\b\d+\s+(?:{unit})\s+(?:{v.alternation('ago')})\b"
            rf"|\b(?:{v.alternation('ago_before')})\s+\d+\s+(?:{unit})\b",
            regex.IGNORECASE,
        ),
        "said": (rf"\b(?:{v.alternation('said')})\s*(?::|\.{{2,}}|…|$)", regex.IGNORECASE),
        # "Photo: Jane Doe/Reuters", "(Image credit: NASA)", "Foto von Max Muster", "Bild: dpa"
        "credit": (
            rf"^[\W_]*?(?P<open>\()?\s*(?:(?P<source>{v.alternation('source')})"
            rf"|(?:{caption}){credit_joint})(?:\s*(?::|\||/|©)|\.\s|\s+[-–—]|{by})\s*(?P<credit>[^\s:].*?)"
            rf"\s*(?(open)\)|)[\s.]*$",
            regex.IGNORECASE,
        ),
        # "Image copyright Getty Images", "Image caption The harbour at dawn", "Media caption ..."
        "bbc_caption": (r"^[\W_]*(?:image|picture|media|photo|video)\s+(?:copyright|caption)\b", regex.IGNORECASE),
        # "Image 1 of 4", "Foto 3 von 12", "1 of 12", "Photo 2/9"
        "gallery": (
            # the counter's word stands apart ("1 of 4"): "9DE1" is a hexadecimal number
            rf"^[\W_]*(?:(?P<media>{v.alternation('media')}|{caption})\s*)?\d{{1,3}}"
            rf"(?:\s+(?P<word>of|von|de|di|van|z|из|sur|av)\s+|\s*/\s*)\d{{1,3}}[\W_]*$",
            regex.IGNORECASE,
        ),
        "price": (
            rf"^[\W_]*(?:(?:{v.alternation('shop')})\s*:?\s*)?"
            rf"(?:[$€£¥₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur|usd|gbp|zł|pln|руб\.?|₽))"
            rf"(?:\s+(?:at|from|bei|chez|en|na|на|da|bij|w|@|-|–)\s*[\w .&'’-]{{1,30}})?[\W_]*$",
            regex.IGNORECASE,
        ),
        # "More from Harbour Times", "Around the Web": a label and a site's name
        "related_site": (
            r"^[\W_]*(?:around|elsewhere\s+on|also\s+on|more\s+from|latest\s+from|mehr\s+von|plus\s+de|más\s+de"
            r"|mais\s+de|altro\s+da|meer\s+van|więcej\s+z|ещё\s+от|еще\s+от)"
            r"\s+(?P<site>[^\W\d][^:]{0,40}?)\s*:?[\W_]*$",
            regex.IGNORECASE,
        ),
        "teaser_meta": (
            rf"(?:\d+|\bno)\s+(?:comments?|responses?|replies|{v.alternation('comment')})\b.*$"
            rf"|^[\W_]*(?:{date})\b.{{0,40}}\b(?:{v.alternation('by')}|from)\b",
            regex.IGNORECASE,
        ),
        # "Recipes (56)"; not "Orientalism (1978)", a book and its year
        "count_item": (
            r"^[\W_]*[^\W\d][^()\[\]]{0,50}?\s+[(\[]\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,5}\s*[)\]][\W_]*$"
            r"|^[\W_]*[▼►▶▸›»]\s*\d{4}\s*[(\[]\d+[)\]]\s*$",
            0,
        ),
        # contact details an address block gives: a postcode (US, DE, FR, IT, ES, NL, PL, UK; the
        # six digits of RU, IN, CN, RO; the four of DK, NO, AT, CH, HU and the "111 29" of SE, CZ,
        # SK, GR before their place's name, opening the line or after a comma: not a year's
        # "Copyright 2006 Dr. ..."), a phone number of 7 digits or more, or a line that is an
        # e-mail address alone
        "contact_details": (
            r"\b\d{5}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
            r"|\b\d{6}\b|(?:^|,\s*)(?:[A-Z]{1,2}-)?(?:\d{4}|\d{3}\s\d{2})\s+\p{Lu}\p{Ll}"
            r"|(?:\+|\b)\d(?:[\s()./-]*\d){6,}\b|^[\W_]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\W_]*$",
            0,
        ),
        # a machine's timestamp (a person's dateline, "2012-11-07", is the article's)
        "iso_time": (r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$", 0),
        # a picture's address, or a file name alone; not a path in a listing of files
        "image_file": (
            r"^(?:(?:https?:)?//\S+|[^\s/]+)\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?$", regex.IGNORECASE,
        ),
    })


class _Compiled(dict):
    """Regexes compiled on first use from {name: (pattern, flags)}: a short document needs few
    of them, and compiling the vocabulary's long alternations was a large part of the start-up
    of `cleaner run` on one small file."""

    def __init__(self, sources: dict[str, tuple[str, int]]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> regex.Pattern:
        pattern, flags = self._sources[name]
        compiled = self[name] = regex.compile(pattern, flags)
        return compiled


def _verdict(category: Category, name: str, reason: str, **features: float) -> Verdict:
    return Verdict(category, f"heuristic:{name}", reason, features=tuple(features.items()))


# --- facts about a whole document ----------------------------------------------------------------

# A line's checks ask some things of the whole document (its section titles, its glossary's
# terms, whether it is a screenplay): each is found once per document, not once per line (a long
# text has thousands of candidate lines). The last document's facts are kept, its blocks compared
# by identity; the pair is read and written whole, so threads at worst find a fact again.
_FACTS: tuple[list[Block] | None, dict[Callable, object]] = (None, {})
T = TypeVar("T")


def once_per_document(fact: Callable[[list[Block]], T]) -> Callable[[list[Block]], T]:
    @functools.wraps(fact)
    def cached(blocks: list[Block]) -> T:
        global _FACTS
        seen, facts = _FACTS
        if seen is not blocks:
            facts = {}
            _FACTS = (blocks, facts)
        if fact not in facts:
            facts[fact] = fact(blocks)
        return facts[fact]  # type: ignore[return-value]

    return cached


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
    p = _patterns()
    v = vocabulary()
    if count <= 12 and not v.members["said"].isdisjoint(word_tuple(text)) and p["said"].search(text):
        return "said"
    # a time or a date has digits (most lines have none: their regexes are spared)
    timed = _DIGIT.search(text) and (p["clock"].search(text) or p["relative"].search(text))
    if timed or (count <= BUTTONS_MAX_WORDS and _DIGIT.search(text) and _is_date_line(text)):
        # "Anna | 9 May 2012 9:14 pm | Reply": a byline with its own reply button
        if _has_phrase(text, "reply"):
            return "reply"
        if _has_phrase(text, "comment"):
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


def _has_phrase(text: str, family: str) -> bool:
    """Whether some run of the text's words is a phrase of the family."""
    tokens, phrases = word_tuple(text), vocabulary().phrases[family]
    return any(tuple(tokens[k:k + n]) in phrases for n in (1, 2, 3) for k in range(len(tokens) - n + 1))


def _is_date_line(text: str) -> bool:
    date = _patterns()["date"].search(text)
    return date is not None and len(text) - len(date.group()) <= 20


# A thread without a header: its comments' bylines and buttons recur at most THREAD_GAP blocks
# apart, at least THREAD_MIN_SIGNALS of them, one a reply button, below THREAD_PROSE_BEFORE words
# of the article's prose (blocks of PROSE_MIN_WORDS words or more).
THREAD_GAP = 6
THREAD_MIN_SIGNALS = 4
THREAD_PROSE_BEFORE = 150
PROSE_MIN_WORDS = 20
THREAD_SOURCE = "heuristic:comment-thread"


def comment_thread(blocks: list[Block]) -> list[int]:
    """A comment thread with no header above it: the blocks from its first signal to its last
    comment (to the end of the document when little follows), or [].

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
    below = _below_the_prose(blocks)
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


def _below_the_prose(blocks: list[Block]) -> int:
    """The first block with THREAD_PROSE_BEFORE words of prose above it (len(blocks) if none)."""
    prose = 0
    for k, block in enumerate(blocks):
        if prose >= THREAD_PROSE_BEFORE:
            return k
        prose += block.word_count if block.word_count >= PROSE_MIN_WORDS else 0
    return len(blocks)


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
    return count <= BUTTONS_MAX_WORDS or (count <= SIGNAL_MAX_WORDS and _DIGIT.search(block.text) is not None)


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
    if _CODE.search(text):
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
    return opens and _prose(blocks[i + 1].text)


# --- lists of teasers and counts ------------------------------------------------------------------

# A headline in a list of teasers: short, no full stop at its end.
HEADLINE_MAX_WORDS = 20
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
    found = _patterns()["related_site"].match(text)
    return found is not None and _names_only(found.group("site"))


def _headline(text: str) -> bool:
    count = len(text.split())
    first = text[:1]
    if count > HEADLINE_MAX_WORDS or not (first.isupper() or first.isdigit() or first in "\"“‘'«„"):
        return False
    return not _UNFINISHED.search(text.rstrip())


def _prose(text: str) -> bool:
    count = len(text.split())
    if count <= HEADLINE_MAX_WORDS:  # (most prose is told by its spaces alone)
        count = _word_count(text)
    return count > HEADLINE_MAX_WORDS or (count >= 8 and _ends_a_sentence(text))


# A sentence's last mark, in the scripts that have their own too: the Chinese and Japanese full
# stop, the Devanagari danda, the Arabic question mark and the Urdu full stop, the Armenian and
# the Ethiopic full stop; and the Greek question mark, a semicolon (in a Greek sentence).
_SENTENCE_MARKS = frozenset('.!?…"”。！？」』।॥؟۔։።')
_GREEK = regex.compile(r"\p{Greek}")
# white space and the invisible direction marks that right-to-left text may end a line with
_TRAILING_MARKS = regex.compile(r"[\s\p{Cf}]+$")


def _ends_a_sentence(text: str) -> bool:
    end = _TRAILING_MARKS.sub("", text)[-1:]
    return end in _SENTENCE_MARKS or (end == ";" and _GREEK.search(text) is not None)


# Chinese and Japanese write no spaces between words, nor do Thai, Lao, Khmer and Burmese (their
# spaces part phrases): there a word is counted for every this many characters (a Chinese word
# is about one and a half characters long, a Japanese one about two; a Thai word about five
# letters and marks), so that a paragraph in those scripts is prose as it would be in English.
CHARACTERS_PER_WORD = 2
LETTERS_PER_WORD = 5
_UNSPACED_LETTERS = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _word_count(text: str) -> int:
    """The text's words: its runs between spaces, and a word for every CHARACTERS_PER_WORD
    Chinese or Japanese characters and every LETTERS_PER_WORD Thai, Lao, Khmer or Burmese ones."""
    return (
        len(text.split()) + len(_HAN_OR_KANA.findall(text)) // CHARACTERS_PER_WORD
        + len(_UNSPACED_LETTERS.findall(text)) // LETTERS_PER_WORD
    )


def _teaser_meta(text: str) -> bool:
    """A teaser's date, author and comment counter: "Jul 2012 by Ana Ruiz - 177 comments"."""
    return len(text.split()) <= 12 and bool(_patterns()["teaser_meta"].search(text))


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
    if items and items[-1] + 1 < len(blocks) and _prose(blocks[items[-1] + 1].text):
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
    if not any(_prose(blocks[k].text) for k in range(items[-1] + 1, len(blocks))):
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
    titled = above < 0 or not _prose(blocks[above].text)
    if not titled or below >= len(blocks) or blocks[run[0]].paragraph != blocks[run[-1]].paragraph:
        return False  # (a scraped widget stands one link a paragraph: _a_titled_table)
    if above >= 0 and _a_widgets_title(blocks[above].text):
        # "Subject tags" over a glossary's tags, the text under them about them; "Categories"
        # over a blog's links, the story going on under them
        return _prose(blocks[below].text) and _names_its_topic(blocks[above], blocks[below])
    # the text goes on, or its next numbered item does ("3. Různé" over the minutes' next point)
    return _prose(blocks[below].text) or _item_number(blocks[below].text) is not None


# A sentence of the text has at least this many words.
SENTENCE_MIN_WORDS = 4


def _a_titled_table(blocks: list[Block], run: list[int]) -> bool:
    """A run set as a paragraph of its own under a title of the text's, with a sentence below:
    a squad under "Defenders", a council's seats under "Council composition", a league's
    standings under its name. A scraped widget stands one link a paragraph (all 93 runs on
    gold-bodies' article regions do), under "Categories" or "Archives", or with no title.
    """
    paragraph = _paragraphs(blocks)[blocks[run[0]].paragraph]
    if paragraph[-1] != run[-1] and not _flat(blocks):
        return False  # not one paragraph's lines
    # (in a text with no blank line, the line over the run: its paragraph is a line)
    title = blocks[run[0] - 1] if _flat(blocks) and run[0] > 0 else _title_above(blocks, run[0])
    if title is None or _COUNT.search(title.text) or _prose(title.text) or names_furniture(title.text):
        return False
    if _a_widgets_title(title.text):
        return False  # "Categories", "Related posts"
    return any(
        _ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS for block in blocks[run[-1] + 1:]
    )


def _a_widgets_title(text: str) -> bool:
    """A widget's title: "Categories", "Video Recipe Categories", "Related posts", "Other
    Discussion"."""
    return any(_has_phrase(text, family) for family in ("widget", "related", "popular", "thread"))


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
        ("(" in text or "[" in text) and _patterns()["count_item"].match(text) is not None
        and not _CODE.search(text) and not _TABLE_ROW.search(text)
    )


# A sentence that introduces a list has at least this many words before its colon (Chinese or
# Japanese characters, in those scripts written without spaces).
LEAD_IN_MIN_WORDS = 4
LEAD_IN_MIN_CHARACTERS = 8


def names_furniture(text: str, quoted: str = "") -> bool:
    """Whether some run of the text's words is a phrase of article mode's furniture ("follow
    us", "newsletter", "comments"), the words of `quoted` left out: a lead-in that names the line
    it introduces ("... with the continue command:" over "continue") names no furniture."""
    if quoted:
        left_out = set(words(quoted))
        text = " ".join(word for word in words(text) if word not in left_out)
    return any(_has_phrase(text, family) for family in ARTICLE_FURNITURE)


def introduces_a_list(block: Block) -> bool:
    """A sentence that ends in a colon: the list under it is the text's own. (Chinese and
    Japanese write no spaces between words: there the sentence is counted in characters; Thai,
    Lao, Khmer and Burmese neither: there in words of LETTERS_PER_WORD letters.)"""
    text = _TRAILING_MARKS.sub("", block.text)  # (right-to-left text may end in a direction mark)
    if not text.endswith((":", "：")):
        return False
    return (
        block.word_count >= LEAD_IN_MIN_WORDS or len(_HAN_OR_KANA.findall(text)) >= LEAD_IN_MIN_CHARACTERS
        or len(_UNSPACED_LETTERS.findall(text)) // LETTERS_PER_WORD >= LEAD_IN_MIN_WORDS
    )


_HAN_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


# --- product boxes -------------------------------------------------------------------------------


def _shop_line(blocks: list[Block], k: int) -> bool:
    verdict = furniture_line(blocks, k) if 0 <= k < len(blocks) else None
    return verdict is not None and verdict.reason.startswith("shop ")


def price_line(blocks: list[Block], i: int) -> Verdict | None:
    """A price ("$19.99 at Harbour Tools", "ab 24,90 €") next to a shopping button: a product
    box. A price alone is a listing's or a table's (an estate agent's page, a menu)."""
    text = blocks[i].text
    if not _DIGIT.search(text) or not _patterns()["price"].match(text):
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
    p = _patterns()
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
    if not _DIGIT.search(blocks[i].text) or _a_field(blocks[i].text):
        return None  # (a quiz's "1 z 10:" introduces its first question)
    found = _patterns()["gallery"].match(blocks[i].text)
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
    return any(_prose(b.text) or (b.word_count >= 3 and _ends_a_sentence(b.text)) for b in below)


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
    if kind == "machine timestamp" and not any(_prose(block.text) for block in blocks[:i]):
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
    p = _patterns()
    # a timestamp has its date's "-", a file name its extension's ".": most lines are spared the regexes
    for name, what, mark in (("iso_time", "machine timestamp", "-"), ("image_file", "image file", ".")):
        if mark in text and p[name].match(text):
            return what
    return None


# Related-content headers and lists run in page mode only: in gold-bodies' article text the
# annotators kept a quarter of the "Related posts" headers (precision 0.76) and 7% of the lines
# of the lists under them (0.93), against 0.98 asked of article mode.
# A related-content label stays in article text ("Related:", "Read more", "You might also
# like": annotators kept them too often); the label of a site's list of its popular stories
# ("Most popular", "Top stories", "Trending") goes: on gold-bodies' tuning part, 95 such labels
# of article regions went, none in the gold, and no line of a gold body.
ARTICLE_FURNITURE = tuple(family for family in FURNITURE if family != "related")


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
    return None if verdict is None or _the_texts_own(blocks, i) else verdict


def _the_texts_own(blocks: list[Block], i: int) -> bool:
    """Whether a sign shows furniture line i to be the text's own (article_furniture_line's
    list), the cheapest signs first."""
    signs: tuple[Callable[[list[Block], int], bool], ...] = (
        _marked_as_content, _the_documents_title, _a_scripts_direction, _continues_the_line_above,
        _a_line_of_dialogue, _introduces_a_sentence, _heads_an_indented_section, _between_code,
        _titles_its_section_below, _names_the_section_below, _titles_its_topic_in_one_paragraph,
        _labels_contact_details, _closes_a_bracket_above, _numbers_a_part, _counts_the_pages_own_replies,
        _between_titled_sections, _in_a_list_of_many_kinds, _titles_a_list_the_text_explains,
        _in_a_list_of_the_texts_words, _answers_the_question_above, _in_a_run_of_entries,
        _between_numbered_lists, _heads_a_step_like_the_others, _opens_a_section, _titles_a_stanza, _titles_a_list,
        _in_a_songs_verse, _among_ad_labels, _over_a_blank, _defined_below, _a_described_item, _names_a_key,
        _named_in_an_introduced_list, _in_a_run_of_entries_one_a_paragraph,
    )
    return any(sign(blocks, i) for sign in signs)


def _marked_as_content(blocks: list[Block], i: int) -> bool:
    """A rating's stars, a programme's clock time, a heading's permalink mark (Sphinx:
    "Subscriptions¶") or section number ("12.8. DELETE"), a sentence's full stop."""
    text = blocks[i].text
    stripped = text.rstrip()
    return (
        _RATING.search(text) is not None or _patterns()["timed"].match(text) is not None
        or stripped.endswith("¶") or _SECTION_NUMBER.match(text) is not None
        or _DEFINITION_END.search(stripped) is not None
    )


def _the_documents_title(blocks: list[Block], i: int) -> bool:
    return i == 0 and len(blocks) > 1  # "Impressum", "Newsletter"


def _titles_its_section_below(blocks: list[Block], i: int) -> bool:
    return (_titles_the_paragraph_below(blocks, i) and _titles_its_section(blocks[i], blocks[i + 1])) or (
        _describes_in_a_sentence_below(blocks, i)
    )


def _describes_in_a_sentence_below(blocks: list[Block], i: int) -> bool:
    """A title alone in its paragraph over a paragraph of one statement, too short for prose,
    that opens with the title's word ("Открыть" / "Открывает выбранные документы.", "Close" /
    "Closes the dialog."): a manual's command over what it does. A button stands over a teaser
    or more furniture, and a call is no title."""
    below = i + 1
    if below >= len(blocks) or not _a_title(blocks, i) or not _no_call(blocks[i]):
        return False
    block = blocks[below]
    alone = block.paragraph != blocks[i].paragraph and (
        below + 1 == len(blocks) or blocks[below + 1].paragraph != block.paragraph
    )
    return (
        alone and block.word_count >= DEFINITION_MIN_WORDS and _DEFINITION_END.search(block.text.rstrip()) is not None
        and _opens_with_its_word(blocks[i], block)
        and vocabulary().cover(block.text, (*ARTICLE_FURNITURE, "form")) is None
    )


# A command's description names it in its first words ("Closes the dialog.", "Ein Klick
# löscht ..."), in a form that keeps at least the word's first VERB_STEM_LETTERS letters (an
# irregular verb's: "Ouvrir" / "Ouvre").
OPENING_WORDS = 3
VERB_STEM_LETTERS = 4


def _opens_with_its_word(title: Block, paragraph: Block) -> bool:
    """The paragraph's first OPENING_WORDS words hold the title's word in another form (the
    verb of the command: "Close" / "Closes", "Löschen" / "löscht"), where a box's title is
    repeated as it is ("Newsletter" / "Newsletter sign-up is free.")."""
    titled = {w.casefold() for w in words(title.text) if len(w) >= VERB_STEM_LETTERS}
    stems = {w[:VERB_STEM_LETTERS] for w in titled}
    opening = (w.casefold() for w in paragraph.text.split()[:OPENING_WORDS])
    return any(w[:VERB_STEM_LETTERS] in stems and w.strip(".,;:") not in titled for w in opening)


# A count of replies alone: "3 replies", "12 Antworten"
_REPLY_COUNTER = regex.compile(r"^\s*\d+\s+(\w+)\s*$")


def _counts_the_pages_own_replies(blocks: list[Block], i: int) -> bool:
    """A count of replies ("3 replies", "3 Antworten") with text below it, under a post (a
    sentence, less than THREAD_PROSE_BEFORE words of prose): a question's answers or a chat
    message's replies, on a page that is the thread. A blog's "3 Replies" stands under its
    article, or over it in the post's byline, under no sentence."""
    found = _REPLY_COUNTER.match(blocks[i].text)
    if found is None or not vocabulary().has("reply", found.group(1)) or i + 1 >= len(blocks):
        return False
    above = blocks[:i]
    return _below_the_prose(above) == i and any(
        _ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS for block in above
    )


def _between_titled_sections(blocks: list[Block], i: int) -> bool:
    """A title of a text made of titled sections, each a title over one paragraph, between two
    such sections, over prose ("Tarifs" over its prices, "Accueil" over the pool's rules,
    "Accès" over its buses): a leaflet's or a manual's heading, however like a button its word
    ("Accueil", "Menu", "Podcast"); a section's body may be a statement of a few words ("Scale
    factor to adjust the rendering size.", a manual's option). A sidebar's "Archives" stands
    over a list of links, and an ad's label is no title ("Advertisement" between a story's
    paragraphs, under a subheading and above the next: 7 such on gold-bodies' article regions)."""
    paragraphs = _paragraphs(blocks)
    p = blocks[i].paragraph
    if not 2 <= p < len(paragraphs) - 3 or len(paragraphs[p]) != 1 or not _no_call(blocks[i]):
        return False
    return (
        _a_plain_title(blocks, paragraphs[p - 2]) and _a_plain_title(blocks, paragraphs[p + 2])
        and _a_section_body(blocks, paragraphs[p - 1])
        and (_prose(blocks[i + 1].text) or _a_gallery(blocks, i, paragraphs[p + 1]))
    )


# A caption names what a picture shows: on average at least this many words a line.
CAPTION_MEAN_WORDS = 3
# A label's colon, a menu's separator, a handle's "@": no caption holds one
_NO_CAPTION = regex.compile(r"[|@:]")


def _a_gallery(blocks: list[Block], i: int, paragraph: list[int]) -> bool:
    """A gallery's title ("Gallery", "Галерея") over its pictures' captions: lines of
    CAPTION_MEAN_WORDS words or more on average ("Mosaic of the Virgin", "The bell tower from
    the street"), none furniture, a label ("Tags: ...") or a date. A menu's links are a word or
    two, an archive's lines dates."""
    lines = [blocks[k] for k in paragraph]
    return (
        "media" in _furniture_families(blocks[i].text) and len(lines) >= 2
        and sum(b.word_count for b in lines) >= CAPTION_MEAN_WORDS * len(lines)
        and not any(_furniture_families(b.text) or _NO_CAPTION.search(b.text) or _is_date_line(b.text) for b in lines)
    )


@once_per_document
def _paragraphs(blocks: list[Block]) -> list[list[int]]:
    """The blocks of each paragraph, by its number."""
    found: list[list[int]] = [[] for _ in range(blocks[-1].paragraph + 1)] if blocks else []
    for k, block in enumerate(blocks):
        found[block.paragraph].append(k)
    return found


def _a_plain_title(blocks: list[Block], paragraph: list[int]) -> bool:
    """A paragraph of one short line that opens with a capital, ends no sentence and is no
    furniture nor a widget's title ("Categories")."""
    if len(paragraph) != 1:
        return False
    block = blocks[paragraph[0]]
    return (
        block.word_count <= SECTION_TITLE_MAX_WORDS and _CAPITAL_FIRST.match(block.text) is not None
        and not _ends_a_sentence(block.text) and vocabulary().cover(block.text, (*FURNITURE_FAMILIES, "widget")) is None
    )


def _a_section_body(blocks: list[Block], paragraph: list[int]) -> bool:
    """A paragraph of several lines or of prose, or a statement ending in a full stop (a
    manual's option described in a sentence: "Scale factor to adjust the rendering size."): a
    section's text, not a line of a menu."""
    if len(paragraph) != 1:
        return len(paragraph) > 1
    text = blocks[paragraph[0]].text
    return _prose(text) or (
        blocks[paragraph[0]].word_count >= DEFINITION_MIN_WORDS and _DEFINITION_END.search(text.rstrip()) is not None
    )


# A paragraph of at least this many short lines, half of them or more furniture, whose furniture
# words are of at least this many families is the text's list of words (a vocabulary, a style
# guide's labels): a widget's buttons are of one kind or two (a share row, a pager); on
# gold-bodies' article regions, no run of furniture lines held more than three families, nor
# more than six lines, and a profile's buttons ("Edit", "Delete", "Follow jnovo22") are among
# lines that are no furniture.
WORD_LIST_MIN_LINES = 5
WORD_LIST_MIN_FAMILIES = 3


def _in_a_list_of_many_kinds(blocks: list[Block], i: int) -> bool:
    return i in _lists_of_many_kinds(blocks)


@once_per_document
def _lists_of_many_kinds(blocks: list[Block]) -> frozenset[int]:
    """The blocks of the text's lists of words, when one of them holds words of many furniture
    families: then its other lists are lists of words too ("Use these labels", "Not these")."""
    # (in a text with no blank line, a list is a run of short lines between sentences)
    paragraphs = _runs_of_words(blocks) if _flat(blocks) else _paragraphs(blocks)
    lists = [p for p in paragraphs if len(p) >= WORD_LIST_MIN_LINES and all(_a_word_of_a_list(blocks[k]) for k in p)]
    if not any(_of_many_kinds(blocks, paragraph) for paragraph in lists):
        return frozenset()
    return frozenset(k for paragraph in lists for k in paragraph)


def _runs_of_words(blocks: list[Block]) -> list[list[int]]:
    """The runs of consecutive lines that are words of a list, between two sentences, none of
    them said twice: a list the text introduces and goes on after. A page's widgets follow one
    another (a blog's "Post a Comment", "Older Post", "Home" over "Subscribe to:") and a
    slide show's pager repeats its "Previous" and "Next"."""
    runs: list[list[int]] = []
    for k, block in enumerate(blocks):
        if not _a_word_of_a_list(block):
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [
        run for run in runs if run[0] > 0 and run[-1] + 1 < len(blocks)
        and all(_a_sentence(blocks[k]) for k in (run[0] - 1, run[-1] + 1))
        and len({blocks[k].text.strip().casefold() for k in run}) == len(run)
    ]


def _a_sentence(block: Block) -> bool:
    return _ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS


def _of_many_kinds(blocks: list[Block], paragraph: list[int]) -> bool:
    """Half of the lines or more are furniture, of WORD_LIST_MIN_FAMILIES families or more. (In a
    text with no blank line, a run of short lines may hold a list's title and the next list:
    WORD_LIST_MIN_LINES of them furniture will do.)"""
    kinds = [_furniture_families(blocks[k].text) for k in paragraph]
    furniture = sum(map(bool, kinds))
    enough = furniture >= WORD_LIST_MIN_LINES if _flat(blocks) else furniture * 2 >= len(paragraph)
    return enough and len(set().union(*kinds)) >= WORD_LIST_MIN_FAMILIES


def _a_word_of_a_list(block: Block) -> bool:
    return block.word_count <= SECTION_TITLE_MAX_WORDS and not _ends_a_sentence(block.text)


def _furniture_families(text: str) -> set[str]:
    """The article mode families of the phrases that make up the line, if it is furniture."""
    v = vocabulary()
    covered = v.cover(text, ARTICLE_FURNITURE) or ()
    return {family for phrase in covered if (family := v.family_of(phrase, ARTICLE_FURNITURE))}


# A step's text under its title: a line of at least this many words.
STEP_MIN_WORDS = 8


def _heads_a_step_like_the_others(blocks: list[Block], i: int) -> bool:
    """The title of a paragraph of two lines, its title and a step's text (a line of
    STEP_MIN_WORDS words or more, without its full stop maybe), in a text with another such
    paragraph: a recipe's or a guide's steps ("Compartir" over how it is served, "Guardar" over
    how it keeps). Not an ad's label or a call. (Over a sentence with its full stop, any
    furniture line is a heading already: _heads_its_paragraph.)"""
    titles = _step_titles(blocks)
    return i in titles and len(titles) > 1 and _no_call(blocks[i])


@once_per_document
def _step_titles(blocks: list[Block]) -> frozenset[int]:
    """The titles of the text's two-line paragraphs of a title and a step."""
    return frozenset(
        title for title, step in (p for p in _paragraphs(blocks) if len(p) == 2)
        if blocks[title].word_count <= SECTION_TITLE_MAX_WORDS and _CAPITAL_FIRST.match(blocks[title].text)
        and not _ends_a_sentence(blocks[title].text)
        and blocks[step].word_count >= STEP_MIN_WORDS and _CAPITAL_FIRST.match(blocks[step].text)
    )


# A list that answers the question above it has at least this many items.
ANSWER_MIN_ITEMS = 3


def _answers_the_question_above(blocks: list[Block], i: int) -> bool:
    """An item of a list of ANSWER_MIN_ITEMS lines or more, a paragraph of its own, right under a
    question that names no furniture and over a sentence: the answer to the question ("Which
    apps do teenagers use?" over "YouTube", "Instagram", "TikTok", then "These are the three
    the pupils used most."). A row of follow buttons is not asked for, or under a call ("Want
    to follow us?")."""
    if _flat(blocks):
        return i in _answers_one_a_line(blocks)
    return blocks[i].paragraph in _answers(blocks)


@once_per_document
def _answers(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that answer the question above them."""
    paragraphs = _paragraphs(blocks)
    return frozenset(p for p in range(1, len(paragraphs) - 1) if _answers_above(blocks, paragraphs, p))


def _answers_above(blocks: list[Block], paragraphs: list[list[int]], p: int) -> bool:
    if len(paragraphs[p - 1]) != 1:
        return False
    return _answers_between(blocks, paragraphs[p - 1][0], paragraphs[p], paragraphs[p + 1][0])


def _answers_between(blocks: list[Block], question: int, items: list[int], below: int) -> bool:
    """ANSWER_MIN_ITEMS names or more under a question that names no furniture, over a sentence."""
    asked, then = blocks[question], blocks[below]
    return (
        len(items) >= ANSWER_MIN_ITEMS and asked.word_count <= QUESTION_MAX_WORDS
        and asked.text.rstrip().endswith(("?", "？")) and not names_furniture(asked.text)
        and all(_a_name_in_a_list(blocks[k]) for k in items)
        and _ends_a_sentence(then.text) and then.word_count >= SENTENCE_MIN_WORDS
    )


@once_per_document
def _answers_one_a_line(blocks: list[Block]) -> frozenset[int]:
    """In a text with no blank line, the names that answer the question right above them, each
    on its line: the run of names between the question and a sentence."""
    found: set[int] = set()
    for question in range(len(blocks)):
        end = question + 1
        while end < len(blocks) and _a_name_in_a_list(blocks[end]):
            end += 1
        items = list(range(question + 1, end))
        if end < len(blocks) and _answers_between(blocks, question, items, end):
            found.update(items)
    return frozenset(found)


def _a_name_in_a_list(block: Block) -> bool:
    """A short line with no digit and no call ("Leave a comment" under a byline's date)."""
    return _a_word_of_a_list(block) and _no_call(block) and not _DIGIT.search(block.text)


def _in_a_list_of_the_texts_words(blocks: list[Block], i: int) -> bool:
    return i in _lists_of_the_texts_words(blocks)


@once_per_document
def _lists_of_the_texts_words(blocks: list[Block]) -> frozenset[int]:
    """The paragraphs of WORD_LIST_MIN_LINES words or more in lower case, one a line (under a
    title, if any), each of which the text's other paragraphs use: a primer's or a lesson's new
    words ("look", "up", "kite", "go", "back"). A menu's links start with a capital, or name
    pages the text does not talk of."""
    lists = [
        (paragraph, items) for paragraph in _paragraphs(blocks)
        if len(items := [blocks[k].text.strip() for k in paragraph[1:]]) >= WORD_LIST_MIN_LINES
        and all(" " not in item and item.islower() for item in items)
    ]
    if not lists:
        return frozenset()
    # the lists' words counted in the whole text in one scan: a word the other paragraphs use is
    # one the whole text has more often than the list's paragraph
    wanted = {item.casefold() for _, items in lists for item in items if _WHOLE_WORD.fullmatch(item)}
    if not wanted:
        return frozenset()
    scan = regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, sorted(wanted))) + r")(?!\w)")
    everywhere = collections.Counter(scan.findall("\n".join(block.text for block in blocks).casefold()))
    found: set[int] = set()
    for paragraph, items in lists:
        own = collections.Counter(scan.findall("\n".join(blocks[k].text for k in paragraph).casefold()))
        if all(everywhere[item.casefold()] > own[item.casefold()] for item in items):
            found.update(paragraph[1:])
    return frozenset(found)


_WHOLE_WORD = regex.compile(r"\w+")


# A list the prose under it explains names at least this many of its items there.
EXPLAINED_MIN_ITEMS = 2


def _titles_a_list_the_text_explains(blocks: list[Block], i: int) -> bool:
    """The first line of a paragraph of list items, with prose right under the list that names
    some of its items ("Main menu" over "Continue", "New Game", "Options", then "Continue
    starts from your last save. New Game asks..."): a manual's list of a screen's items. Under
    a site's menu the text goes on about something else."""
    paragraph = _paragraphs(blocks)[blocks[i].paragraph]
    if paragraph[0] != i or len(paragraph) < 1 + EXPLAINED_MIN_ITEMS or paragraph[-1] + 1 >= len(blocks):
        return False
    items = [blocks[k].text.strip() for k in paragraph[1:]]
    below = blocks[paragraph[-1] + 1].text
    if not all(_a_word_of_a_list(blocks[k]) for k in paragraph[1:]) or not _prose(below):
        return False
    named = sum(1 for item in items if regex.search(rf"(?<!\w){regex.escape(item)}(?!\w)", below))
    return named >= EXPLAINED_MIN_ITEMS


# A section's number of two levels or more: "6.3.2. Subscriptions", "12.8 DELETE" ("4. RSS 2.0"
# may be a list's item)
_SECTION_NUMBER = regex.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\S")


def _between_code(blocks: list[Block], i: int) -> bool:
    return 0 < i < len(blocks) - 1 and all(_CODE.search(blocks[k].text) for k in (i - 1, i + 1))


def _continues_the_line_above(blocks: list[Block], i: int) -> bool:
    """The rest of a sentence wrapped onto this line: it starts in lower case under a line of
    the same paragraph that ends in a letter ("... de la manière" / "suivante :")."""
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph or not blocks[i].text[:1].islower():
        return False
    above = blocks[i - 1].text.rstrip()
    return above[-1:].isalpha() and blocks[i - 1].word_count > BUTTONS_MAX_WORDS


# A line of dialogue: a dash, then the speech ("-- Próximo!", "– Was?", "— Bien sûr.")
_DIALOGUE_DASH = regex.compile(r"^\s*(?:--|[-–—―])\s+\S")
DIALOGUE_REACH = 2


def _a_line_of_dialogue(blocks: list[Block], i: int) -> bool:
    def spoken(k: int) -> bool:
        return _DIALOGUE_DASH.match(blocks[k].text) is not None and _ends_speech(blocks[k].text)

    if not spoken(i):
        return False
    # another line of it, no button's words ("-- Subscribe now!" beside "-- Share this!")
    near = range(max(0, i - DIALOGUE_REACH), min(len(blocks), i + DIALOGUE_REACH + 1))
    return any(spoken(k) and not names_furniture(blocks[k].text) for k in near if k != i)


def _ends_speech(text: str) -> bool:
    return _ends_a_sentence(text) or _TRAILING_MARKS.sub("", text).endswith(("!", "?"))


def _introduces_a_sentence(blocks: list[Block], i: int) -> bool:
    if not _a_field(blocks[i].text) or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1].text
    return _prose(below) and _ends_a_sentence(below) and not names_furniture(below)


# A section indented under its heading: at least this many columns deeper
SECTION_INDENT = 2


def _heads_an_indented_section(blocks: list[Block], i: int) -> bool:
    """The line's section is indented under it, in its paragraph or the next (a manual page's
    "ACTIONS", a glossary's "  Promotion" over its tab-indented definition, a list's
    "  *  Search" over "     This permits keyrings to be searched...")."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph > blocks[i].paragraph + 1:
        return False
    return blocks[i + 1].indent >= blocks[i].indent + SECTION_INDENT


_BRACKETS = (("(", ")"), ("[", "]"))


def _closes_a_bracket_above(blocks: list[Block], i: int) -> bool:
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    text, above = blocks[i].text, blocks[i - 1].text
    return any(
        text.count(close) > text.count(opening) and above.count(opening) > above.count(close)
        for opening, close in _BRACKETS
    )


# A list of ad labels, one a line, has at least this many different labels.
AD_LABELS_MIN = 3


def _among_ad_labels(blocks: list[Block], i: int) -> bool:
    """One of several different ad labels on consecutive lines ("Anzeige", "Werbung",
    "Gesponsert"): a lesson's or an essay's list of the labels. An ad slot prints one label
    (on gold-bodies no two ad labels stood on consecutive lines)."""
    v = vocabulary()

    def label(k: int) -> str | None:
        text = blocks[k].text
        return text.strip().casefold() if v.cover(text, ("ad",)) else None

    if label(i) is None:
        return False
    start, end = i, i + 1
    while start > 0 and label(start - 1) is not None:
        start -= 1
    while end < len(blocks) and label(end) is not None:
        end += 1
    return len({label(k) for k in range(start, end)}) >= AD_LABELS_MIN


# A blank to fill in on a printed form: a row of dots or underscores ("..........", "______")
_BLANK = regex.compile(r"^\s*(?:[._…]\s*){5,}$")


def _over_a_blank(blocks: list[Block], i: int) -> bool:
    """The label of a printed form's field over the blank to fill in ("Signature" over
    "__________"): a web form's field prints no such line."""
    below = i + 1
    if below >= len(blocks) or blocks[below].paragraph != blocks[i].paragraph:
        return False
    return _BLANK.match(blocks[below].text) is not None


# A key combination: modifiers and a key joined by "+" ("Ctrl+V", "Alt+Print", "Umschalttaste+F10",
# "OPTION ALT +PAGE UP")
_KEY_COMBINATION = regex.compile(r"(?<![\w+])\p{L}+ ?\+ ?(?:\p{L}\w*|\d\b|F\d{1,2}\b|[^\w\s+])")
# A key's name is a word or two ("Print", "Page Up"), and a table of shortcuts names several
# combinations near it.
KEY_NAME_MAX_WORDS = 2
KEYS_REACH = 2
KEY_COMBINATIONS_MIN = 2
_KEY_NAME = regex.compile(r"[\p{L}\d]+(?: [\p{L}\d]+)?$")
# A line that is a key combination alone: "Ctrl + P", "Shift+Ctrl+W"
_KEY_COMBINATION_LINE = regex.compile(r"(?:\p{L}+ ?\+ ?)+(?:\p{L}\w*|\d|F\d{1,2}|[^\w\s+])$")


def _names_a_key(blocks: list[Block], i: int) -> bool:
    """A key's name ("Print", "Menu", "Home") beside a key combination, within KEYS_REACH
    lines, or any line right beside a line that is a key combination alone ("Ctrl + P" /
    "Print..."), in a text that names several: a table of keyboard shortcuts ("Alt+Print" /
    "Take a screenshot of a window." / "Print" / "Launch the screenshot tool."), where a page's
    buttons stand beside no "Ctrl+" or "Alt+"."""
    combinations = _key_combinations(blocks)
    if len(combinations) < KEY_COMBINATIONS_MIN:
        return False
    if any(k in combinations and _KEY_COMBINATION_LINE.match(blocks[k].text) for k in (i - 1, i + 1)):
        return True
    if blocks[i].word_count > KEY_NAME_MAX_WORDS or not _KEY_NAME.match(blocks[i].text):
        return False
    near = range(max(0, i - KEYS_REACH), min(len(blocks), i + KEYS_REACH + 1))
    return any(k in combinations for k in near if k != i)


@once_per_document
def _key_combinations(blocks: list[Block]) -> frozenset[int]:
    return frozenset(block.index for block in blocks if "+" in block.text and _KEY_COMBINATION.search(block.text))


def _titles_its_topic_in_one_paragraph(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a section's title over prose that names its topic
    ("Реклама" over "Ольга рассказала, что реклама даёт газете треть дохода"), an ad's label
    or not: an ad's label has nothing to do with the paragraph under it. Not a call ("Post a
    comment" over a comment that names comments: on gold-bodies' trafilatura outputs 4 were)."""
    if blocks[-1].paragraph != 0 or not _a_sections_title(blocks, i):
        return False
    calls = not vocabulary().members["connector"].isdisjoint(word_tuple(blocks[i].text))
    return not calls and _names_its_topic(blocks[i], blocks[i + 1])


# The stars of a rating: "★★★★☆", "⭐⭐⭐"
_RATING = regex.compile(r"[★☆✩✪✫✬✭✮✯⭐]")
# A screenplay's scene heading: "INT. FERRY CABIN - NIGHT", "EXT. HARBOUR - DAWN", "INT./EXT. CAR"
_SCENE_HEADING = regex.compile(r"^(?:INT|EXT|I/E|INT\./EXT|EXT\./INT)\.\s+\S")


def _a_scripts_direction(blocks: list[Block], i: int) -> bool:
    return blocks[i].text.isupper() and _a_screenplay(blocks)


@once_per_document
def _a_screenplay(blocks: list[Block]) -> bool:
    return any(_SCENE_HEADING.match(block.text) for block in blocks)


# A definition: a statement of at least this many words, ending in a full stop (a teaser's "!"
# or "?", or a cut-off "...", is no definition), that is not itself furniture.
DEFINITION_MIN_WORDS = 3
_DEFINITION_END = regex.compile(r"(?<![.…])\.$")


def _defined_below(blocks: list[Block], i: int) -> bool:
    """The line opens its paragraph (in a text with no blank line, follows the definition of
    a glossary's term: _in_a_glossary) and the paragraph's next line is a statement, or names
    the line's topic: a term and its definition ("Retweet" / "To share someone else's tweet.").
    On gold-bodies' trafilatura outputs, which have no blank line, the glossary's reading kept
    none of the furniture lines removed before."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph != blocks[i].paragraph:
        return False
    opens = (
        i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph or _in_a_glossary(blocks, i)
        or _after_an_entry(blocks, i)
    )
    below = blocks[i + 1]
    if not opens or below.word_count < DEFINITION_MIN_WORDS:
        return False
    # "Anmelden" over "Die Anmeldung ist bis zum 3. Mai möglich", with or without its full stop
    states = _DEFINITION_END.search(below.text.rstrip()) is not None or _names_its_topic(blocks[i], below)
    return states and vocabulary().cover(below.text, (*ARTICLE_FURNITURE, "form")) is None


def _after_an_entry(blocks: list[Block], i: int) -> bool:
    """The line follows, in its paragraph, entries of a term over its definition from the
    paragraph's first line on, one of the terms no furniture: the next entry of a paragraph of
    entries ("Leer" / "Lee el poema dos veces." / "Responder" / "Responde a las preguntas.").
    A comment's button under a comment has a byline or more buttons above it."""
    v = vocabulary()
    plain = False
    k = i
    while k >= 2 and blocks[k - 2].paragraph == blocks[i].paragraph:
        if not _a_term(blocks, k - 2):
            return False
        plain = plain or v.cover(blocks[k - 2].text, FURNITURE_FAMILIES) is None
        k -= 2
    opens = k == 0 or blocks[k - 1].paragraph != blocks[i].paragraph
    return plain and opens and k < i


# A definition list's term may name an option in more words than a glossary's: "- Aperçu en
# temps réel", "- Trim X, Trim Y".
ITEM_TERM_MAX_WORDS = 6


def _a_described_item(blocks: list[Block], i: int) -> bool:
    """A list's item over its description, the next item of the same list ("- Zoom" / "- Zoom
    level. Zooms the planet in or out."), in a list of such entries naming different terms,
    whatever their words, as _in_a_run_of_entries; a call or a comment button's word only among
    terms that are no furniture ("- Delete" under "- Spin" / "- Spin angle around the camera's
    axis."): a definition list (HTML's <dl>: a manual's options, buttons and commands) as
    trafilatura writes it, the term and its description both items of one bulleted list, the
    term in any case ("- archive" / "- takes a file offline."). A share box's bullets name
    networks, each over the next, and a thread's "Reply" repeats under each comment."""
    terms = _bulleted_terms(blocks)
    if i not in terms:
        return False
    start, end = i, i
    while start - 2 in terms:
        start -= 2
    while end + 2 in terms:
        end += 2
    names = [_term_name(blocks[k]) for k in range(start, end + 1, 2)]
    if len(set(names)) != len(names):
        return False
    in_paragraph = [k for k in terms if blocks[k].paragraph == blocks[i].paragraph]
    if len({_term_name(blocks[k]) for k in in_paragraph}) >= ENTRIES_MIN and _no_call(_unbulleted(blocks[i])):
        return True
    # a call or a comment's button's word ("- Delete", "- Anzeigen als") among terms that are no furniture
    return any(k != i and _a_plain_term(_unbulleted(blocks[k])) for k in in_paragraph)


def _term_name(block: Block) -> str:
    return _unbulleted(block).text.casefold()


@once_per_document
def _bulleted_terms(blocks: list[Block]) -> frozenset[int]:
    return frozenset(k for k in range(len(blocks) - 1) if _BULLET.match(blocks[k].text) and _a_bulleted_term(blocks, k))


def _a_bulleted_term(blocks: list[Block], k: int) -> bool:
    """Item k is a term (a few words ending no sentence) and the next line, an item of the same
    list (same marker, same indent), is its description: a statement that is no furniture, or
    one that introduces more ("- Edit" / "- This button opens the dialog:")."""
    bullet = _BULLET.match(blocks[k].text)
    if bullet is None or k + 1 >= len(blocks):
        return False
    term, below = _unbulleted(blocks[k]), blocks[k + 1]
    if not below.text.startswith(bullet.group().rstrip()) or below.indent != blocks[k].indent:
        return False
    description = _unbulleted(below)
    return (
        below.paragraph == blocks[k].paragraph and 0 < term.word_count <= ITEM_TERM_MAX_WORDS
        and not term.text.endswith((".", "!", "?", ":", "…")) and description.word_count >= DEFINITION_MIN_WORDS
        and (_DEFINITION_END.search(description.text) is not None or description.text.endswith(":")
             or _names_its_topic(term, description))
        and vocabulary().cover(description.text, (*ARTICLE_FURNITURE, "form")) is None
    )


def _unbulleted(block: Block) -> Block:
    """The block with its list marker ("- ", "* ", "• ") cut off its text."""
    bullet = _BULLET.match(block.text)
    if bullet is None:
        return block
    text = block.text[bullet.end():].rstrip()
    return dataclasses.replace(block, text=text, word_count=len(text.split()))


# A list of names (a format's fields, a program's options): its items are short, and at least
# this many follow the sentence that introduces them.
NAMED_ITEM_MAX_WORDS = 6
NAMED_ITEMS_MIN = 3


def _named_in_an_introduced_list(blocks: list[Block], i: int) -> bool:
    """An item of a bulleted list of short names that a sentence ending in a colon introduces,
    the list's other items no furniture ("The fields in the general stanza are:" over "*
    Source (mandatory)", "* Maintainer", "* Homepage", "* Testsuite"): the text's own list,
    where a share box's bullets, even under a lead-in ("Share this story with your friends:"),
    all name networks and buttons."""
    bullet = _BULLET.match(blocks[i].text)
    if bullet is None:
        return False
    marker = bullet.group().rstrip()

    def an_item(k: int) -> bool:
        block = blocks[k]
        return block.text.startswith(marker) and block.indent == blocks[i].indent and (
            _unbulleted(block).word_count <= NAMED_ITEM_MAX_WORDS
        )

    first = i
    while first > 0 and an_item(first - 1):
        first -= 1
    if first == 0 or not introduces_a_list(blocks[first - 1]):
        return False
    last = i
    while last + 1 < len(blocks) and an_item(last + 1):
        last += 1
    others = [k for k in range(first, last + 1) if k != i]
    v = vocabulary()
    return len(others) + 1 >= NAMED_ITEMS_MIN and all(
        v.cover(_unbulleted(blocks[k]).text, FURNITURE_FAMILIES) is None for k in others
    )


# A term: a word or a few, starting with a capital, ending no sentence.
TERM_MAX_WORDS = 3
# A text with no blank line is a glossary when at least this many other terms, no furniture,
# stand over their definitions.
GLOSSARY_MIN_TERMS = 2


def _in_a_glossary(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a term after the definition of the term before, in a text
    where other terms, no furniture, stand over their definitions ("Follow" / "To see someone's
    posts in your feed."): a glossary's or a manual's entries, one line each. Not a call
    ("Leave a Reply") nor a comment's button ("Delete"), as _opens_a_section."""
    if blocks[-1].paragraph != 0 or i == 0 or not _DEFINITION_END.search(blocks[i - 1].text.rstrip()):
        return False
    return _a_term(blocks, i) and _no_call(blocks[i]) and len(_glossary_terms(blocks) - {i}) >= GLOSSARY_MIN_TERMS


# A text with no blank line is a glossary's run when at least this many entries, each a term
# over its definition, follow one another and name different terms.
ENTRIES_MIN = 2


def _in_a_run_of_entries(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a term of a run of ENTRIES_MIN entries or more, each a term
    over its definition, one line each, the terms all different ("Back" / "Returns to the
    previous screen." / "Home" / "Shows the start screen."), whatever their words: a
    glossary's or a manual's entries. A thread's buttons repeat under each comment ("Reply" /
    "Great post." / "Reply" / "Thanks!"), and a call is no term ("Leave a Reply")."""
    if not _flat(blocks) or not _a_term(blocks, i):
        return False
    start, end = i, i
    while start >= 2 and _a_term(blocks, start - 2):
        start -= 2
    while end + 2 < len(blocks) and _a_term(blocks, end + 2):
        end += 2
    terms = [blocks[k].text.strip().casefold() for k in range(start, end + 1, 2)]
    if len(terms) < ENTRIES_MIN or len(set(terms)) != len(terms):
        return False
    if _no_call(blocks[i]):
        return True
    # a call or an ad's label only as a section's title that names its topic, among terms that
    # are no furniture ("Subscribing to the newsletter" over "The newsletter is sent..."): a
    # thread's "Post a comment" follows its "Comments" / "No comments yet.", and an ad's label
    # between a story's sections names nothing of the paragraph under it
    others = [k for k in range(start, end + 1, 2) if k != i]
    return all(_a_plain_term(blocks[k]) for k in others) and _names_its_topic(blocks[i], blocks[i + 1])


# A run of entries one a paragraph is a manual's when at least this many follow one another.
PARAGRAPH_ENTRIES_MIN = 3


def _in_a_run_of_entries_one_a_paragraph(blocks: list[Block], i: int) -> bool:
    """A term of a run of PARAGRAPH_ENTRIES_MIN entries or more, each a term alone in its
    paragraph over its definition alone in the next, the terms all different, another of them
    no furniture ("Rotate" / "Turns the image by 90 degrees." / "Print" / "Sends the image to
    the printer." / "Share" / ...): a manual's buttons or options written one a paragraph, as a
    page's text writes a definition list. A thread's buttons repeat, a call is no term ("Log
    in"), and share buttons between a story's paragraphs have no plain term among them."""

    def an_entry(k: int) -> bool:
        return 0 <= k < len(blocks) - 1 and _alone(blocks, k) and _alone(blocks, k + 1) and _a_term(blocks, k)

    if not an_entry(i) or not _no_call(blocks[i]):
        return False
    start, end = i, i
    while an_entry(start - 2):
        start -= 2
    while an_entry(end + 2):
        end += 2
    entries = range(start, end + 1, 2)
    terms = [blocks[k].text.strip().casefold() for k in entries]
    return (
        len(terms) >= PARAGRAPH_ENTRIES_MIN and len(set(terms)) == len(terms)
        and any(k != i and _a_plain_term(blocks[k]) for k in entries)
    )


def _alone(blocks: list[Block], k: int) -> bool:
    """Block k is a paragraph of its own (between blank lines)."""
    paragraph = blocks[k].paragraph
    return (k == 0 or blocks[k - 1].paragraph != paragraph) and (
        k + 1 == len(blocks) or blocks[k + 1].paragraph != paragraph
    )


def _a_plain_term(block: Block) -> bool:
    """No furniture, nor a widget's title ("Comments")."""
    return vocabulary().cover(block.text, FURNITURE_FAMILIES) is None and not _a_widgets_title(block.text)


def _between_numbered_lists(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a title between the last item of a numbered list and the
    first two of the next ("2. Choose a folder." / "Print" / "1. Open the file." / "2. ..."): a
    manual's steps under their titles."""
    if not _flat(blocks) or i == 0 or i + 2 >= len(blocks) or _item_number(blocks[i - 1].text) is None:
        return False
    return _item_number(blocks[i + 1].text) == 1 and _item_number(blocks[i + 2].text) == 2


def _flat(blocks: list[Block]) -> bool:
    """A text with no blank line (trafilatura's, one paragraph a line): all of it one paragraph."""
    return bool(blocks) and blocks[-1].paragraph == 0


def _a_term(blocks: list[Block], k: int) -> bool:
    text, below = blocks[k].text, blocks[k + 1] if k + 1 < len(blocks) else None
    return (
        below is not None and blocks[k].word_count <= TERM_MAX_WORDS and text[:1].isupper()
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and below.word_count >= DEFINITION_MIN_WORDS
        and _DEFINITION_END.search(below.text.rstrip()) is not None
    )


@once_per_document
def _glossary_terms(blocks: list[Block]) -> frozenset[int]:
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1) if _a_term(blocks, k) and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _titles_its_section(title: Block, paragraph: Block) -> bool:
    return _names_its_topic(title, paragraph) or vocabulary().cover(title.text, ("section",)) is not None


def _labels_contact_details(blocks: list[Block], i: int) -> bool:
    """A line of contact labels ("E-Mail", "Kontakt", "Phone / Fax") next to contact details,
    or a form's field ("E-mail:") next to another ("Phone:"), or next to a printed form's field
    that no web form asks for ("Date of birth:"; on gold-bodies' article regions the web forms'
    "Your Email:" stood between "Your Name:" and "Comments:")."""
    v = vocabulary()
    if v.cover(blocks[i].text, ("contact", "section")) is None:
        return False
    details = _patterns()["contact_details"]
    neighbours = [blocks[k].text for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
    if any(details.search(text) for text in neighbours):
        return True
    # the title of an address block: "Kontakt & Impressum" over a firm's name, street and
    # postcode (a postcode or a phone number: under a footer's "Contact us" its desks' e-mails)
    if _a_title(blocks, i) and any(details.search(text) and "@" not in text for text in _address_below(blocks, i)):
        return True
    # a web form's fields name what its forms ask ("Name:", "Your Comments/Questions:"); a printed
    # form asks for more ("Date of birth:" beside "Email:")
    return _a_field(blocks[i].text) and any(
        _a_field(text) and (v.cover(text, ("contact",)) or not any(_has_phrase(text, f) for f in _WEB_FORM_WORDS))
        for text in neighbours
    )


_WEB_FORM_WORDS = ("form", "thread", "comment", "retailer", *FURNITURE)


# An address block names its firm or person and street before its postcode or phone number.
ADDRESS_LINES = 4


def _address_below(blocks: list[Block], i: int) -> list[str]:
    """The first ADDRESS_LINES lines of the paragraph under block i, if they are all short."""
    paragraph = blocks[i + 1].paragraph
    lines = [b for b in blocks[i + 1:i + 1 + ADDRESS_LINES] if b.paragraph == paragraph]
    return [b.text for b in lines] if all(b.word_count <= BUTTONS_MAX_WORDS for b in lines) else []


# A word and a number: "Deel 2", "Part 3"
_NUMBERED_TITLE = regex.compile(r"^\s*(\D+?)\s+(\d{1,3})\s*$")


def _numbers_a_part(blocks: list[Block], i: int) -> bool:
    """A title of a word and a number, with the same word and the number before or after it
    on another line: the text's parts or chapters ("Deel 1", "Deel 2"), where a button's count
    ("Share 12") stands alone."""
    found = _NUMBERED_TITLE.match(blocks[i].text)
    # (in a text with no blank line, a title over a line of prose)
    titles = _a_title(blocks, i) or (_flat(blocks) and i + 1 < len(blocks) and _prose(blocks[i + 1].text))
    if found is None or not titles:
        return False
    numbers = _numbered_titles(blocks).get(found.group(1).casefold(), set())
    number = int(found.group(2))
    return number - 1 in numbers or number + 1 in numbers


@once_per_document
def _numbered_titles(blocks: list[Block]) -> dict[str, set[int]]:
    """The numbers that follow each word on the text's lines of a word and a number."""
    numbers: dict[str, set[int]] = {}
    for block in blocks:
        if found := _NUMBERED_TITLE.match(block.text):
            numbers.setdefault(found.group(1).casefold(), set()).add(int(found.group(2)))
    return numbers


def _a_field(text: str) -> bool:
    """A form's field waiting for its value: "Phone:" (a comment form's "Email *" is furniture)."""
    return text.rstrip().endswith(":")


# A section may open with a few short lines before its prose: a subtitle, an endpoint, a date.
# Its title is then a word or two ("Threads", "Login"); a longer row of buttons names more
# ("Enlarge This Image" over a picture's credit, "Bookmark, Share, or Email This Page").
SECTION_OPENING_LINES = 3
OPENED_SECTION_TITLE_MAX_WORDS = 2


def _names_the_section_below(blocks: list[Block], i: int) -> bool:
    """A title over a section that opens with short lines of its own, no furniture, before the
    prose whose topic it names ("Login" over "- Endpoint: /me" and "The login endpoint is...";
    "Threads" over "Using Threads to Run Code" and "... the threads of a program ...")."""
    title = blocks[i].text
    if blocks[i].word_count > OPENED_SECTION_TITLE_MAX_WORDS or not _a_title(blocks, i):
        return False
    for k in range(i + 1, min(i + 2 + SECTION_OPENING_LINES, len(blocks))):
        if _prose(blocks[k].text):
            return k > i + 1 and _names_its_topic(blocks[i], blocks[k])
        if names_furniture(blocks[k].text, quoted=title):
            return False  # "Follow us on Facebook" over "Follow me on Twitter"
    return False


def _titles_the_paragraph_below(blocks: list[Block], i: int) -> bool:
    """A line alone in its paragraph, starting with a capital, over a paragraph of prose; in a
    text with no blank line (an extractor's, one paragraph a line), a section's title over a
    line of prose, a title that is no call or in a text that other titles cut into sections."""
    if i + 1 >= len(blocks) or not _prose(blocks[i + 1].text):
        return False
    if _a_title(blocks, i):
        return True
    return blocks[-1].paragraph == 0 and _a_sections_title(blocks, i) and (_no_call(blocks[i]) or _sectioned(blocks, i))


# A section's title: a capital, after its number if it has one ("5. Subscriptions", "Article 2 –
# Inscription"); a few words that end no sentence.
_TITLE_START = regex.compile(r"^(?:(?:\d+(?:\.\d+)*[.)]?|\p{Lu}\p{Ll}+\s+\d+\s*[–—:-])\s+)?\p{Lu}")
SECTION_TITLE_MAX_WORDS = 6
# A text with no blank line is cut into sections when at least this many other lines title the
# prose under them and are no furniture.
SECTIONED_MIN_TITLES = 2


def _a_sections_title(blocks: list[Block], k: int) -> bool:
    text = blocks[k].text
    return (
        blocks[k].word_count <= SECTION_TITLE_MAX_WORDS and _TITLE_START.match(text) is not None
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and k + 1 < len(blocks)
        and _prose(blocks[k + 1].text)
    )


# An FAQ's question: a short line ending in a question mark.
QUESTION_MAX_WORDS = 12


def _a_question_over_its_answer(blocks: list[Block], k: int) -> bool:
    """An FAQ's question over the prose of its answer: a section's title too."""
    text = blocks[k].text.rstrip()
    return (
        blocks[k].word_count <= QUESTION_MAX_WORDS and text.endswith(("?", "？")) and text[:1].isupper()
        and k + 1 < len(blocks) and _prose(blocks[k + 1].text)
    )


def _opens_a_section(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a section's title between the prose of the section before
    and its own, in a text that other such titles cut into sections ("Diskussion" between a
    paper's results and its discussion): no connector among its words ("Leave a Reply", "On
    Amazon" are calls), and no button of a comment ("Delete" between two comments)."""
    if blocks[-1].paragraph != 0 or i == 0 or not _a_sections_title(blocks, i) or not _prose(blocks[i - 1].text):
        return False
    return _no_call(blocks[i]) and _sectioned(blocks, i)


def _no_call(block: Block) -> bool:
    """No connector among the line's words ("Leave a Reply", "On Amazon" are calls), no button
    of a comment ("Delete" between two comments) and no ad's label ("Advertisement" between two
    paragraphs titles nothing)."""
    v = vocabulary()
    return v.members["connector"].isdisjoint(word_tuple(block.text)) and v.cover(block.text, ("reply", "ad")) is None


def _sectioned(blocks: list[Block], i: int) -> bool:
    """Whether other lines of the text title the prose under them, furniture none of them: a
    text cut into sections (a paper's "Methods", "Results"; a leaflet's headings; an FAQ's
    questions)."""
    return len(_section_titles(blocks) - {i}) >= SECTIONED_MIN_TITLES


@once_per_document
def _section_titles(blocks: list[Block]) -> frozenset[int]:
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if (_a_sections_title(blocks, k) or _a_question_over_its_answer(blocks, k))
        and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _a_title(blocks: list[Block], i: int) -> bool:
    """A line alone in its paragraph, starting with a capital, with a paragraph below it."""
    if i + 1 >= len(blocks) or not _CAPITAL_FIRST.match(blocks[i].text):
        return False
    return (i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph) and blocks[i + 1].paragraph != blocks[i].paragraph


# A stanza: at least two lines of verse, each of VERSE_MIN_WORDS to VERSE_MAX_WORDS words with no
# digit and none of a menu's separators, at least half of them running on from the line above
# (starting in lower case, or after a comma or a semicolon). A list of links or of a form's
# fields is short lines that each start anew.
VERSE_MIN_WORDS = 3
VERSE_MAX_WORDS = 12
_NOT_VERSE = regex.compile(r"[\d|@:]")


# An item of a numbered list and its number: "1. ", "12) ", "a) ", "b. ", in any script's digits
# ("۱. ", "१. "), or Chinese and Japanese style ("1、"), after a direction mark if any
_NUMBERED_ITEM = regex.compile(r"^\p{Cf}*(?:(?P<digit>\d{1,3})(?:[.)]\s|、)|(?P<letter>[ab])[.)]\s)")


def _item_number(text: str) -> int | None:
    found = _NUMBERED_ITEM.match(text)
    if found is None:
        return None
    return int(found.group("digit")) if found.group("digit") else "ab".index(found.group("letter")) + 1


# A bulleted list's marker, and the furniture its items must not be made of.
_BULLET = regex.compile(r"[-*•·]\s+")
FURNITURE_FAMILIES = (*FURNITURE, "retailer")


# A capital opens the line, after its quotation marks and its direction marks (right-to-left
# text sets a Latin word between invisible marks: "\u200fYouTube"): a title, "„Heimat“".
_CAPITAL_FIRST = regex.compile(r"[\p{Cf}\p{Pi}\p{Pf}\p{Ps}\"']*[\p{Lu}\p{Lt}]")


def _titles_a_list(blocks: list[Block], i: int) -> bool:
    """The title of a numbered list ("1." then "2."), or of a bulleted list whose items are not
    furniture ("Jump to:" over "- Getting Started", "- Getting Help"; a share box's bullets
    name networks)."""
    if not _a_title(blocks, i) or i + 2 >= len(blocks):
        return False
    first, second = blocks[i + 1].text, blocks[i + 2].text
    if _item_number(first) == 1 and _item_number(second) == 2:
        return True
    if _titles_a_numbered_section(blocks, i):
        return True
    bullet = _BULLET.match(first)
    return (
        bullet is not None and second.startswith(bullet.group())
        and not any(vocabulary().cover(item[bullet.end():], FURNITURE_FAMILIES) for item in (first, second))
    )


def _titles_a_numbered_section(blocks: list[Block], i: int) -> bool:
    """A title over an item of a numbered list whose other sections have titles that are no
    furniture ("Paintings" over "1. John Brett", "Photographs" over "3. Fay Godwin"): the
    sections of a catalogue or of a report. A link back to the top between a list's sections
    is furniture each time."""
    return _over_an_item(blocks, i) and bool(_numbered_section_titles(blocks) - {i})


def _over_an_item(blocks: list[Block], k: int) -> bool:
    return _a_title(blocks, k) and _item_number(blocks[k + 1].text) is not None


@once_per_document
def _numbered_section_titles(blocks: list[Block]) -> frozenset[int]:
    """The titles over an item of a numbered list that are no furniture."""
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if _over_an_item(blocks, k) and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _titles_a_stanza(blocks: list[Block], i: int) -> bool:
    if not _a_title(blocks, i):
        return False
    end = i + 1  # the stanza: the blocks of the paragraph below the title
    while end < len(blocks) and blocks[end].paragraph == blocks[i + 1].paragraph:
        end += 1
    return _a_stanza(blocks[i + 1:end])


def _a_stanza(stanza: list[Block]) -> bool:
    if len(stanza) < 2 or not all(map(_a_verse, stanza)):
        return False
    running_on = sum(1 for a, b in itertools.pairwise(stanza) if b.text[:1].islower() or a.text.endswith((",", ";")))
    return running_on >= (len(stanza) - 1) / 2


def _a_verse(block: Block) -> bool:
    return VERSE_MIN_WORDS <= block.word_count <= VERSE_MAX_WORDS and not _NOT_VERSE.search(block.text)


def _in_a_songs_verse(blocks: list[Block], i: int) -> bool:
    """A line of a paragraph that holds a verse, in a text with a stanza elsewhere: a song's
    refrain ("Home" / "Home" / "Take me home"). Scraped buttons stand apart from any verse (a
    byline's "From Jane Doe, / Your Guide to Funds." over "Sign Up Now!" is its own stanza)."""
    here = blocks[i].paragraph
    return here in _paragraphs_with_a_verse(blocks) and bool(_stanzas(blocks) - {here})


@once_per_document
def _paragraphs_with_a_verse(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that hold a verse that is no furniture (none in a text
    with no blank line, whose paragraphs are its lines)."""
    if blocks[-1].paragraph == 0:
        return frozenset()
    return frozenset(b.paragraph for b in blocks if _a_verse(b) and not _furniture_families(b.text))


@once_per_document
def _stanzas(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that are stanzas."""
    return frozenset(n for n, paragraph in enumerate(_paragraphs(blocks)) if _a_stanza([blocks[k] for k in paragraph]))


# A title names its section's topic when one of its words, cut to this many letters (a crude stem:
# "Kommentare" and "Kommentar", "Archives" and "archive"), opens a word of the section's start.
TOPIC_STEM_LETTERS = 5
TOPIC_MIN_LETTERS = 4  # shorter words ("Go", "Ad") name nothing
TOPIC_WINDOW_WORDS = 80
# A word of TOPIC_STEM_LETTERS letters or fewer is all stem and ending: its inflected forms
# change its last letter and add at most this many ("Карта" and "на карте", "Mapa" and "na
# mapie", "Poll" and "polls").
INFLECTION_LETTERS = 2


def _names_its_topic(title: Block, paragraph: Block) -> bool:
    connectors = vocabulary().members["connector"]
    named = {w for w in _stems(title.text) if w not in connectors}
    if not named:
        return False
    # (a name inside Chinese, Japanese or Thai text is a word of its own: "Instagramのアカウント")
    opening = " ".join(paragraph.text.split()[:TOPIC_WINDOW_WORDS])
    start = _stems(_UNSPACED_LETTERS.sub(" ", _HAN_OR_KANA.sub(" ", opening)))
    stems = {w[:TOPIC_STEM_LETTERS] for w in named}
    if any(w[:TOPIC_STEM_LETTERS] in stems for w in start):
        return True
    short = [w for w in named if len(w) <= TOPIC_STEM_LETTERS]
    return any(
        word[:len(w) - 1] == w[:-1] and len(word) <= len(w) + INFLECTION_LETTERS for w in short for word in start
    )


def in_a_programme(blocks: list[Block], k: int) -> bool:
    """Block k and a line beside it open with a clock time and go on with words that tell no
    time ("11:15 First response: Tom Hale", "11:35 Second response"): a programme's or a
    timetable's entries, where a comment's byline gives its time after the commenter's name or
    alone ("1:34 PM (1 minute ago)")."""
    return _programme_entry(blocks[k].text) and any(
        0 <= n < len(blocks) and _programme_entry(blocks[n].text) for n in (k - 1, k + 1)
    )


def _programme_entry(text: str) -> bool:
    found = _patterns()["timed"].match(text)
    if found is None:
        return False
    told = vocabulary().members["time"] | vocabulary().members["ago"]
    return any(word not in told for word in word_tuple(text[found.end():]) if not word.isdigit())


# A title of plain words: a capital, then letters, spaces, hyphens and apostrophes
_PLAIN_TITLE = regex.compile(r"^\s*\p{Lu}[\p{L}\p{M}'’ -]*$")


def names_its_own_topic(title: Block, below: Block) -> bool:
    """A button's word that is no call titles the statement under it, which names its topic
    ("Report" over "The officers' report sums up what people said", "Répondre" over "Répondez
    aux questions 1 à 4"): a section's or an exercise's title, where a comment's button stands
    over the next comment's byline."""
    if not _PLAIN_TITLE.match(title.text):
        return False  # a button's marks ("[Reply]", "Subscribe!", "Email:", "Home > Recipes")
    if not vocabulary().members["connector"].isdisjoint(word_tuple(title.text)):
        return False  # a call ("Leave a Comment" over the comment form's notice)
    statement = _prose(below.text) or (below.word_count >= DEFINITION_MIN_WORDS and _ends_a_sentence(below.text))
    return statement and _names_its_topic(title, below)


def _stems(text: str) -> list[str]:
    """The text's words of TOPIC_MIN_LETTERS letters or more, elisions split off ("l'accueil"),
    hyphens left out ("E-mail" and "Email")."""
    return [
        part.replace("-", "") for word in words(text) for part in word.split("'")
        if len(part.replace("-", "")) >= TOPIC_MIN_LETTERS
    ]


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
    thread = comment_thread(blocks)
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
    return {k for k in beside if _DIGIT.search(blocks[k].text)}


def _lines(blocks: list[Block], numbers: list[int]) -> Lines:
    return Lines(numbers, [blocks[i].text for i in numbers])


@functools.cache
def _furniture_runs(families: tuple[str, ...]) -> frozenset[str]:
    """The letter-and-digit runs of the words a furniture line of `families` may hold."""
    return runs_of(vocabulary().known_words((*families, "retailer")))
