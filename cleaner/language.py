"""Stopword lists for many languages (jusText's), and a cheap guess of a document's language.

Stopword density is the strongest language-neutral cue that a block is prose: boilerplate is
made of names, numbers and imperatives, prose of function words. Four in five of our dev pages
are not English, so nothing here assumes English.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from pathlib import Path

import justext
import regex

# Lists for languages with more than this many entries include content words; the guess
# divides their coverage so that Finnish's 6,800-word list does not win every document.
_REFERENCE_LIST_SIZE = 500
# Fewer stopword hits than this and the guess is noise; the caller then uses all lists.
_MIN_HITS = 5
_WORD = regex.compile(r"\w+(?:['’]\w+)?")


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
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, stopwords in stoplists().items():
        for word in stopwords:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


@functools.lru_cache(maxsize=1)
def _size_penalty() -> dict[str, float]:
    return {
        language: max(1.0, math.log(len(stopwords)) / math.log(_REFERENCE_LIST_SIZE))
        for language, stopwords in stoplists().items()
    }


def guess_language(tokens: list[str]) -> str | None:
    """The stoplist that covers most of `tokens`, or None when too few are stopwords."""
    index = _languages_of_word()
    hits: Counter[str] = Counter()
    for word, count in Counter(tokens).items():
        for language in index.get(word, ()):
            hits[language] += count
    if not hits or hits.most_common(1)[0][1] < _MIN_HITS:
        return None
    penalty = _size_penalty()
    return max(hits, key=lambda language: (hits[language] / penalty[language], language))


def stopwords_for(language: str | None) -> frozenset[str]:
    if language is None:
        return frozenset()
    return stoplists().get(language, frozenset())
