"""Stopword lists for many languages (jusText's), and a cheap guess of a document's language.

Stopword density is the strongest language-neutral cue that a block is prose: boilerplate is
made of names, numbers and imperatives, prose of function words. Four in five of our dev pages
are not English, so nothing here assumes English.
"""

from __future__ import annotations

import functools
import itertools
import math
from pathlib import Path

import justext
import numpy as np
import regex

# Lists for languages with more than this many entries include content words; the guess
# divides their coverage so that Finnish's 6,800-word list does not win every document.
_REFERENCE_LIST_SIZE = 500
# Fewer stopword hits than this and the guess is noise; the caller then uses all lists.
_MIN_HITS = 5
_WORD = regex.compile(r"\w+(?:['’]\w+)?")
_WORD_OR_BREAK = regex.compile(r"\w+(?:['’]\w+)?|\n")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@functools.lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    folder = Path(justext.__file__).parent / "stoplists"
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
    languages_of[first[w]:first[w + 1]] (positions in languages())."""
    lists: dict[str, list[int]] = {}
    for position, stopwords in enumerate(stoplists().values()):
        for word in sorted(stopwords):
            lists.setdefault(word, []).append(position)
    number = {word: i for i, word in enumerate(lists)}
    first = np.cumsum([0] + [len(positions) for positions in lists.values()])
    languages_of = np.array([p for positions in lists.values() for p in positions], dtype=np.int64)
    return number, first, languages_of


@functools.lru_cache(maxsize=1)
def _size_penalty() -> tuple[float, ...]:
    return tuple(
        max(1.0, math.log(len(stopwords)) / math.log(_REFERENCE_LIST_SIZE)) for stopwords in stoplists().values()
    )


@functools.lru_cache(maxsize=1)
def _size_penalty_array() -> np.ndarray:
    return np.array(_size_penalty())


def stopword_hits(texts_tokens: list[list[str]]) -> np.ndarray:
    """For each token list, how many tokens each language's stoplist holds: (lists, languages).

    Hits add up: the hits of a text are the sum of its parts', so callers count once per block
    and guess for any set of blocks.
    """
    number = _stopword_index()[0]
    lengths = np.fromiter(map(len, texts_tokens), dtype=np.int64, count=len(texts_tokens))
    tokens = itertools.chain.from_iterable(texts_tokens)
    # one C-level pass of dict lookups (-1: on no stoplist), not a Python loop over the tokens
    codes = np.fromiter(map(number.get, tokens, itertools.repeat(-1)), dtype=np.int64, count=int(lengths.sum()))
    owner = np.repeat(np.arange(len(texts_tokens)), lengths)
    known = codes >= 0
    return _hits(codes[known], owner[known], len(texts_tokens))


def count_words(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """words() counts and stopword_hits() of many texts (without "\n"), from one scan of all."""
    tokens = _WORD_OR_BREAK.findall("\n".join(texts).lower())  # lower() cannot cross a "\n"
    codes = np.fromiter(map(_codes().get, tokens, itertools.repeat(-1)), dtype=np.int64, count=len(tokens))
    breaks = codes == _BREAK
    owner = np.cumsum(breaks)  # how many texts ended before the token
    words = np.bincount(owner[~breaks], minlength=len(texts))
    known = codes >= 0
    return words, _hits(codes[known], owner[known], len(texts))


_BREAK = -2  # the code of "\n", the end of a text; words on no stoplist get -1


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, int]:
    return {**_stopword_index()[0], "\n": _BREAK}


def _hits(codes: np.ndarray, owner: np.ndarray, rows: int) -> np.ndarray:
    """Stoplist hits per row and language of stopwords `codes` found in rows `owner`."""
    _, first, languages_of = _stopword_index()
    width = len(languages())
    spans = first[codes + 1] - first[codes]  # how many languages list each stopword
    entry_start = np.repeat(first[codes], spans)
    offset = np.arange(int(spans.sum())) - np.repeat(np.cumsum(spans) - spans, spans)
    cells = np.repeat(owner, spans) * width + languages_of[entry_start + offset]
    return np.bincount(cells, minlength=rows * width).reshape(rows, width)


def best_language(hits: np.ndarray) -> str | None:
    """The stoplist with the most hits (weighed by list size), or None when too few are stopwords."""
    if not len(hits) or int(hits.max()) < _MIN_HITS:
        return None
    names = languages()
    weighed = hits / _size_penalty_array()  # as int(hits[i]) / penalty[i]: the same IEEE division
    # the best weighed score; among equals, the greatest name (the lists without hits score 0,
    # below the best, which has at least _MIN_HITS)
    return max(names[i] for i in np.flatnonzero(weighed == weighed.max()).tolist())


def guess_language(tokens: list[str]) -> str | None:
    """The stoplist that covers most of `tokens`, or None when too few are stopwords."""
    return best_language(stopword_hits([tokens])[0])


def stopwords_for(language: str | None) -> frozenset[str]:
    if language is None:
        return frozenset()
    return stoplists().get(language, frozenset())
