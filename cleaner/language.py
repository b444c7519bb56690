"""Stopword lists for many languages (jusText's), and a cheap guess of a document's language.

Stopword density is the strongest language-neutral cue that a block is prose: boilerplate is
made of names, numbers and imperatives, prose of function words. Four in five of our dev pages
are not English, so nothing here assumes English.
"""

from __future__ import annotations

import functools
import importlib.util
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import regex

# Lists for languages with more than this many entries include content words; the guess
# divides their coverage so that Finnish's 6,800-word list does not win every document.
_REFERENCE_LIST_SIZE = 500
# Fewer stopword hits than this and the guess is noise; the caller then uses all lists.
_MIN_HITS = 5
# A text's own stoplist holds at least this share of its words: 99% of gold-bodies' pages (their
# whole text, menus and all) have 0.2 or more in their best list. The Universal Declaration of
# Human Rights in 532 languages has under 0.1 in 174 of them (Tetum's best is Portuguese, 5%):
# with another language's stopword densities, page mode took their prose for boilerplate.
MIN_COVERAGE = 0.2
_WORD = regex.compile(r"\w+(?:['’]\w+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@functools.lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    # found without importing jusText, which would load lxml's HTML parser (~35 ms of start-up)
    spec = importlib.util.find_spec("justext")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jusText (pip install justext) ships the stoplists page mode needs")
    folder = Path(spec.origin).parent / "stoplists"
    return {
        path.stem: frozenset(path.read_text(encoding="utf-8").lower().split())
        for path in sorted(folder.glob("*.txt"))
    }


@functools.lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """Every language's stopwords together: for text whose language cannot be told."""
    return frozenset().union(*stoplists().values())


@functools.lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages we have stoplists for, in a fixed order (the positions of hit counts)."""
    return tuple(stoplists())


@functools.lru_cache(maxsize=1)
def _stopword_index() -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Every stopword's number, and for word number w the languages listing it:
    languages_of[first[w]:first[w + 1]] (positions in languages()).

    Words are numbered as first met, list by list. (A list's words come in its frozenset's
    order, which varies from one process to the next: the numbers are only ever looked up.)
    """
    lists = list(stoplists().values())
    number: dict[str, int] = {}
    pairs = sum(map(len, lists))  # every (word, language) pair, language by language
    numbers = np.fromiter(
        (number.setdefault(word, len(number)) for stopwords in lists for word in stopwords), dtype=np.int64, count=pairs
    )
    language_of_pair = np.repeat(np.arange(len(lists)), [len(stopwords) for stopwords in lists])
    order = np.argsort(numbers, kind="stable")  # a word's languages stay in languages() order
    first = np.concatenate(([0], np.cumsum(np.bincount(numbers, minlength=len(number)))))
    return number, first, language_of_pair[order]


@functools.lru_cache(maxsize=1)
def _size_penalty() -> np.ndarray:
    return np.array([
        max(1.0, math.log(len(stopwords)) / math.log(_REFERENCE_LIST_SIZE)) for stopwords in stoplists().values()
    ])


@functools.lru_cache(maxsize=1)
def _languages_of_word() -> dict[str, list[int]]:
    """For every stopword, the languages listing it (positions in languages())."""
    found: dict[str, list[int]] = {}
    for position, stopwords in enumerate(stoplists().values()):
        for word in stopwords:
            found.setdefault(word, []).append(position)
    return found


def count_words_plain(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """For many texts: how many words() each has, and how many of them each language's stoplist
    holds, (texts, languages()).

    The specification of count_words(), which must agree with it (tests/test_speed_paths.py).
    Hits add up: the hits of a text are the sum of its parts', so callers count once per block
    and guess the language of any set of blocks.
    """
    languages_of = _languages_of_word()
    tokens, hits = [], []
    for text in texts:
        found = words(text)
        counts = [0] * len(languages())
        for word in found:
            for position in languages_of.get(word, ()):
                counts[position] += 1
        tokens.append(len(found))
        hits.append(counts)
    return np.array(tokens, dtype=np.int64), np.array(hits, dtype=np.int64).reshape(len(texts), len(languages()))


def count_words(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """count_words_plain() of many texts (without "\n"), from one scan of all.

    The words are found and looked up as arrays of code points, not as Python strings: the
    plain regex scan and dict lookups made page mode about a tenth slower (measured on
    gold-bodies' page texts, issue 19).
    """
    lowered = "\n".join(texts).lower()  # lower() cannot cross a "\n"
    codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    starts, ends = _word_spans(codes, lowered)
    owner = np.searchsorted(np.flatnonzero(codes == 10), starts)  # how many texts end before the word
    words = np.bincount(owner, minlength=len(texts))
    found, numbers = _stopword_numbers(codes, starts, ends - starts)
    return words, _hits(numbers, owner[found], len(texts))


def _word_spans(codes: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of the matches of _WORD in `text` (its code points: `codes`).

    _WORD is a run of word characters, joined to the next run across one apostrophe: in a chain
    "a'b'c'd" the runs pair off from the left, as the regex scan takes them ("a'b", "c'd").
    """
    word = word_characters(codes, text)
    edges = np.diff(word.view(np.int8), prepend=0, append=0)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if len(starts) < 2:
        return starts, ends
    between = codes[ends[:-1]]  # the character after each run but the last
    link = (starts[1:] == ends[:-1] + 1) & ((between == _APOSTROPHE) | (between == _RIGHT_QUOTE))
    number = np.arange(len(link))
    opens = link & ~np.concatenate(([False], link[:-1]))  # a chain's first link
    chain_start = np.maximum.accumulate(np.where(opens, number, 0))
    joined = link & ((number - chain_start) % 2 == 0)  # the run takes the next one into its word
    ends[:-1][joined] = ends[1:][joined]
    first = ~np.concatenate(([False], joined))  # a run taken into the previous word starts none
    return starts[first], ends[first]


def count_word_runs(text: str) -> int:
    """len(regex.findall(r"\\w+", text)), from the table of word characters: the runs of word
    characters are counted where one starts. The regex scan made page mode about 5% slower
    (cleaner.pipeline counts a page's words before and after cleaning; gold-bodies' page texts).

        >>> count_word_runs("Don't stop — 2 times, ünïcode_ok!")  # Don, t, stop, 2, times, ünïcode_ok
        6
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    word = word_characters(codes, text)
    return int(np.count_nonzero(word[1:] & ~word[:-1])) + int(word[:1].sum())


_APOSTROPHE, _RIGHT_QUOTE = ord("'"), ord("’")
_WORD_CHARACTER = regex.compile(r"\w")


def word_characters(codes: np.ndarray, text: str) -> np.ndarray:
    """Which code points _WORD's \\w matches (the regex module's own answer, tabled once)."""
    word = _bmp_word_characters()[np.minimum(codes, 0xFFFF)]
    if len(codes) and int(codes.max()) > 0xFFFF:
        for at in np.flatnonzero(codes > 0xFFFF):  # emoji and rare scripts: few, ask the regex
            word[at] = _WORD_CHARACTER.match(text, int(at)) is not None
    return word


@functools.lru_cache(maxsize=1)
def _bmp_word_characters() -> np.ndarray:
    table = np.zeros(0x10000, dtype=bool)
    plane = "".join(map(chr, range(0x10000)))
    table[[match.start() for match in _WORD_CHARACTER.finditer(plane)]] = True
    return table


# Words are looked up by a polynomial hash of their code points (mod 2**64), and every hash hit
# is then compared code point by code point: the lookup is exact.
_HASH_BASE = 0x9E3779B97F4A7C15
# Sorted stopword hashes are bucketed by their top bits: a lookup reads a bucket of ~1 entry.
_BUCKET_BITS = 18


@dataclass(frozen=True)
class _StopwordTable:
    hashes: np.ndarray  # sorted
    numbers: np.ndarray  # the stopword number (_stopword_index) of each hash
    bucket_start: np.ndarray  # hashes[bucket_start[b]:bucket_start[b + 1]] have top bits b
    code_points: np.ndarray  # every stopword's code points, a "\n" between two
    starts: np.ndarray  # where each stopword begins in code_points, by number
    lengths: np.ndarray
    longest: int


@functools.lru_cache(maxsize=1)
def _stopword_table() -> _StopwordTable:
    words = list(_stopword_index()[0])  # a stopword's number is its position here
    # a "\n" between two words (no stopword holds one): where each word ends
    code_points = np.frombuffer("\n".join(words).encode("utf-32-le"), dtype="<u4")
    ends = np.append(np.flatnonzero(code_points == ord("\n")), len(code_points))
    starts = np.concatenate(([0], ends[:-1] + 1))
    lengths = ends - starts
    hashes = _hashes(code_points, starts, lengths)
    order = np.argsort(hashes, kind="stable")
    if np.any(np.diff(hashes[order]) == 0):  # two stopwords would share a hash: never seen
        raise RuntimeError("stopword hashes collide; change _HASH_BASE")
    buckets = np.bincount(hashes[order] >> np.uint64(64 - _BUCKET_BITS), minlength=1 << _BUCKET_BITS)
    return _StopwordTable(
        hashes[order], order, np.concatenate(([0], np.cumsum(buckets))), code_points, starts, lengths,
        int(lengths.max()),
    )


def _hashes(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Hash of each span codes[start:start + length] (lengths >= 1)."""
    if not len(starts):
        return np.zeros(0, dtype=np.uint64)
    offsets = np.cumsum(lengths) - lengths
    position = np.arange(int(lengths.sum())) - np.repeat(offsets, lengths)  # within its span
    terms = codes[np.repeat(starts, lengths) + position].astype(np.uint64) * _powers(int(lengths.max()))[position]
    return _mixed(np.add.reduceat(terms, offsets))  # unsigned sums wrap: arithmetic mod 2**64


def _mixed(hashes: np.ndarray) -> np.ndarray:
    """Spread the hashes' information into their top bits (a short word's sum is small), with
    the murmur3 finalizer: the buckets then hold about one stopword each."""
    for shift, factor in ((33, 0xFF51AFD7ED558CCD), (33, 0xC4CEB9FE1A85EC53)):
        hashes = (hashes ^ (hashes >> np.uint64(shift))) * np.uint64(factor)
    return hashes ^ (hashes >> np.uint64(33))


@functools.lru_cache(maxsize=8)
def _powers(count: int) -> np.ndarray:
    return np.array([pow(_HASH_BASE, k, 1 << 64) for k in range(count)], dtype=np.uint64)


def _stopword_numbers(codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of the words (spans of `codes`) are stopwords, and their numbers."""
    table = _stopword_table()
    candidates = np.flatnonzero(lengths <= table.longest)  # longer words are on no list
    hashes = _hashes(codes, starts[candidates], lengths[candidates])
    bucket = hashes >> np.uint64(64 - _BUCKET_BITS)
    low, high = table.bucket_start[bucket], table.bucket_start[bucket + 1]
    slot = np.full(len(hashes), -1)
    pending = np.flatnonzero(high > low)  # words whose bucket holds stopwords still to compare
    while len(pending):
        at = low[pending]
        match = table.hashes[at] == hashes[pending]
        slot[pending[match]] = at[match]
        low[pending] += 1
        pending = pending[~match & (high[pending] > low[pending])]
    hit = slot >= 0
    words, numbers = candidates[hit], table.numbers[slot[hit]]
    same = _same_code_points(codes, starts[words], lengths[words], table, numbers)
    return words[same], numbers[same]


def _same_code_points(
    codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray, table: _StopwordTable, numbers: np.ndarray
) -> np.ndarray:
    """Whether each word equals the stopword its hash found (a hash collision would not)."""
    same_length = lengths == table.lengths[numbers]
    n = np.where(same_length, lengths, 0)
    offsets = np.cumsum(n) - n
    position = np.arange(int(n.sum())) - np.repeat(offsets, n)
    expected = table.code_points[np.repeat(table.starts[numbers], n) + position]
    differs = codes[np.repeat(starts, n) + position] != expected
    mismatches = np.bincount(np.repeat(np.arange(len(n)), n)[differs], minlength=len(n))
    return same_length & (mismatches == 0)


def _hits(codes: np.ndarray, owner: np.ndarray, rows: int) -> np.ndarray:
    """Stoplist hits per row and language of stopwords `codes` found in rows `owner`."""
    _, first, languages_of = _stopword_index()
    width = len(languages())
    spans = first[codes + 1] - first[codes]  # how many languages list each stopword
    entry_start = np.repeat(first[codes], spans)
    offset = np.arange(int(spans.sum())) - np.repeat(np.cumsum(spans) - spans, spans)
    cells = np.repeat(owner, spans) * width + languages_of[entry_start + offset]
    return np.bincount(cells, minlength=rows * width).reshape(rows, width)


def best_language(hits: np.ndarray, tokens: int | None = None) -> str | None:
    """The stoplist with the most hits (weighed by list size), or None when too few are stopwords:
    fewer than _MIN_HITS, or under MIN_COVERAGE of the `tokens` they were counted among.

    Among equal weighed hits the greatest name wins, so the guess does not depend on list order.
    """
    if not len(hits) or int(hits.max()) < _MIN_HITS:
        return None
    names = languages()
    weighed = hits / _size_penalty()
    best = max(np.flatnonzero(weighed == weighed.max()), key=lambda i: names[i])
    if tokens and hits[best] < MIN_COVERAGE * tokens:
        return None  # a language we have no list for: another's few common words ("de", "ba")
    return names[best]


def guess_language(text: str) -> str | None:
    """The stoplist that covers most of the words of `text`, or None when too few are stopwords."""
    tokens, hits = count_words(text.split("\n"))
    return best_language(hits.sum(axis=0), int(tokens.sum()))


def stopwords_for(language: str | None) -> frozenset[str]:
    if language is None:
        return frozenset()
    return stoplists().get(language, frozenset())
