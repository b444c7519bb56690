"""The vocabulary of page furniture, per family, from cleaner/data/furniture.toml.

The file lists per language the words and phrases that ad labels, share buttons, comment
threads, picture credits and the like print; here they are merged over the languages (a
document's language is not known for sure) and made into what the heuristics ask of them. A
line is covered in one language, though: its words are one language's phrases and connectors
(with the names every language uses), so English "Here we go" is not furniture because "go" is
a button and "we" a Polish connector:

    >>> v = vocabulary()
    >>> v.cover("Share this on WhatsApp", ("share",))
    ('share this', 'whatsapp')
    >>> v.cover("Share the burden", ("share",)) is None
    True
    >>> v.cover("Teilen | Drucken | E-Mail", ("share",))
    ('teilen', 'drucken', 'e-mail')
    >>> v.cover("Here we go", ("nav",)) is None
    True
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

import regex

FAMILIES = (
    "ad", "share", "follow", "subscribe", "comment", "reply", "thread", "nav", "pager", "section", "widget", "contact",
    "related", "popular", "media", "shop", "retailer", "connector", "naming", "article", "opener", "possessive",
    "interface", "example", "desk", "home",
    "caption",
    "credit_word", "source", "by", "agency", "form", "said", "month", "time", "ago", "ago_before", "begins", "ends",
)
# A furniture line is short: a phrase of this many words is the longest the file holds.
MAX_PHRASE_WORDS = 6

# A word of furniture: letters and digits, with inner apostrophes, dots, hyphens and a final
# "+" ("google+", "e-mail", "a.m", "l'", "editor's"); "+1" on its own.
_WORD = regex.compile(r"\+1|[\p{L}\p{N}](?:[\p{L}\p{N}'’.+\-]*[\p{L}\p{N}'’+])?")
# A count a button shows: "12", "1.2k", "2,3" and its magnitude's word after it ("2,3 mil",
# "1,5 тыс", "4 Tsd")
MAGNITUDES = ("mil", "mln", "mio", "tys", "тыс", "tsd")
_NUMBER = regex.compile(rf"^(?:\d+(?:[.,]\d+)*[kKmM]?|{'|'.join(MAGNITUDES)})$", regex.IGNORECASE)


def words(text: str) -> list[str]:
    """The text's words, folded to lower case, typographic apostrophes made plain."""
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


@functools.lru_cache(maxsize=1 << 16)
def word_tuple(text: str) -> tuple[str, ...]:
    return tuple(words(text))


Phrases = dict[str, frozenset[tuple[str, ...]]]  # family -> its phrases


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process, its covers cached
class Vocabulary:
    """Phrases by family, each phrase a tuple of words (see `words`), merged over the languages;
    and each language's own (with the [common] names), which covers are made of."""

    phrases: Phrases
    # every word of every phrase of a family: a text with a word outside them all is no cover
    members: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    languages: dict[str, Phrases] = field(default_factory=dict, compare=False)

    def has(self, family: str, text: str) -> bool:
        """Whether `text` is, as a whole, one phrase of the family."""
        return tuple(words(text)) in self.phrases[family]

    def cover(self, text: str, families: Iterable[str], connectors: bool = True) -> tuple[str, ...] | None:
        """The family phrases of one language that make up all of `text`, or None when some
        word is not that language's furniture. Connectors (and bare numbers, "(3)") may sit
        between them but do not count, and at least one phrase must; the longest phrases are
        taken first, and of the languages' covers the one of fewest phrases."""
        return self._cover(text, tuple(families), connectors)

    # B019: the one Vocabulary lives as long as the process (vocabulary() caches it), so the cache
    # holding `self` keeps nothing alive that would otherwise go
    @functools.lru_cache(maxsize=1 << 16)  # noqa: B019
    def _cover(self, text: str, families: tuple[str, ...], connectors: bool) -> tuple[str, ...] | None:
        tokens = word_tuple(text)
        if not tokens or not _all_known(tokens, self._words(families, connectors)):
            return None  # a word no phrase has (most texts): no cover
        covers = []
        for language, phrases in self.languages.items():
            if not _all_known(tokens, self._words(families, connectors, language)):
                continue  # a word none of this language's phrases has: no cover in it
            glue = phrases["connector"] if connectors else frozenset()
            found = _cover_in(tokens, self._phrases_of(families, language), glue)
            if found:
                covers.append(found)
        return min(covers, key=len) if covers else None

    @functools.lru_cache(maxsize=256)  # noqa: B019 (as _cover)
    def _words(self, families: tuple[str, ...], connectors: bool, language: str | None = None) -> frozenset[str]:
        """Every word of the families' phrases (and of the connectors): of one language's, or of
        all languages' when `language` is None."""
        phrases = self.phrases if language is None else self.languages[language]
        wanted = (*families, "connector") if connectors else families
        return frozenset(w for family in wanted for phrase in phrases[family] for w in phrase)

    @functools.lru_cache(maxsize=256)  # noqa: B019 (as _cover)
    def _phrases_of(self, families: tuple[str, ...], language: str) -> frozenset[tuple[str, ...]]:
        """The phrases of the families in one language, in one set (a cover asks of every run of
        a line's words whether it is one)."""
        return frozenset().union(*(self.languages[language][family] for family in families))

    def known_words(self, families: Iterable[str]) -> frozenset[str]:
        """Every word a cover of `families` may hold: their phrases' words and the connectors'."""
        return self._words(tuple(families), True)

    def family_of(self, phrase: str, families: Iterable[str]) -> str | None:
        key = tuple(words(phrase))
        return next((f for f in families if key in self.phrases[f]), None)

    def alternation(self, family: str) -> str:
        """A regex alternation of the family's phrases (longest first), words separated by any
        whitespace; for patterns that need the family inside a larger expression."""
        parts = sorted(self.phrases[family], key=lambda p: (-len(" ".join(p)), p))
        return "|".join(r"\s+".join(regex.escape(w) for w in phrase) for phrase in parts)


def _all_known(tokens: tuple[str, ...], known: frozenset[str]) -> bool:
    """Every token is a known word or a bare number ("(3)")."""
    return known.issuperset(tokens) or all(t in known or _NUMBER.match(t) for t in tokens)


def _cover_in(
    tokens: tuple[str, ...], wanted: frozenset[tuple[str, ...]], glue: frozenset[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The fewest phrases that, with glue between them, make up all of `tokens`; None when no
    cover holds a phrase. Two covers per suffix: one that may be glue alone ("uns", a connector)
    and one with a phrase ("über uns", whose words are both connectors)."""
    # glue_ok[i]: fewest-phrase cover of tokens[i:] that may be empty; found[i]: one with a phrase
    glue_ok: list[tuple[str, ...] | None] = [None] * len(tokens) + [()]
    found: list[tuple[str, ...] | None] = [None] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        any_cover, phrase_cover = [], []
        for n in range(min(MAX_PHRASE_WORDS, len(tokens) - i), 0, -1):
            piece = tuple(tokens[i:i + n])
            rest, rest_found = glue_ok[i + n], found[i + n]
            if rest is not None and piece in wanted:
                any_cover.append((" ".join(piece),) + rest)
                phrase_cover.append((" ".join(piece),) + rest)
            if piece in glue or (n == 1 and _NUMBER.match(piece[0])):
                if rest is not None:
                    any_cover.append(rest)
                if rest_found is not None:
                    phrase_cover.append(rest_found)
        glue_ok[i] = min(any_cover, key=len) if any_cover else None
        found[i] = min(phrase_cover, key=len) if phrase_cover else None
    return found[0]


def _phrases(language: str, table: dict, family: str) -> frozenset[tuple[str, ...]]:
    """The family's phrases in one language's table of furniture.toml."""
    found = set()
    for phrase in table.get(family, ()):
        key = tuple(words(phrase))
        if not key or len(key) > MAX_PHRASE_WORDS:
            raise ValueError(f"furniture.toml: [{language}] {family}: {phrase!r} is not 1-{MAX_PHRASE_WORDS} words")
        found.add(key)
    return frozenset(found)


@functools.cache
def vocabulary() -> Vocabulary:
    text = (resources.files("cleaner") / "data" / "furniture.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    unknown = {f for table in data.values() for f in table} - set(FAMILIES)
    if unknown:
        raise ValueError(f"furniture.toml: unknown families {sorted(unknown)}; known: {', '.join(FAMILIES)}")
    # each table's phrases, read once: the merged ones and each language's (with [common]) are unions
    own = {language: {family: _phrases(language, table, family) for family in FAMILIES}
           for language, table in data.items()}
    phrases = {family: frozenset().union(*(found[family] for found in own.values())) for family in FAMILIES}
    members = {family: frozenset(w for phrase in found for w in phrase) for family, found in phrases.items()}
    common = own.get("common", dict.fromkeys(FAMILIES, frozenset()))
    languages = {
        language: {family: found[family] | common[family] for family in FAMILIES}
        for language, found in own.items() if language != "common"
    }
    return Vocabulary(phrases, members, languages)
