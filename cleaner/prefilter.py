"""A literal prefilter for the rules: one Aho-Corasick scan says which rules could match a block.

Most blocks match no rule, and trying every rule's regex on every block costs time in
proportion to the number of rules (a naive 60-regex engine runs at 2–4 MB/s). Instead, each
pattern is parsed once and reduced to a set of *necessary literals*: plain strings such that
every match of the pattern contains at least one of them. One Aho-Corasick automaton over all
rules' literals then scans a block (case-folded) once; only the rules whose literals occur are
tried. A rule whose pattern yields no such set (say `^\\W*$`) is tried on every block: the
prefilter can only skip work, never change a verdict.

Soundness of the case handling: the block is matched by `str.casefold()`, literals are made
of ASCII characters (case-folded) and of characters that have no case at all. For every ASCII
character, everything `regex` matches case-insensitively case-folds to a string containing it,
except the dotless ı (which `I` matches), mapped to `i` before the scan
(tests/test_speed_paths.py checks this over all of Unicode).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
from collections.abc import Iterable
from importlib import resources

import ahocorasick

try:  # the parser of the standard `re` module reads the V0 syntax our rule files use
    import re._parser as _sre_parse
    from re._constants import AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parse
    from sre_constants import AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

# Literals shorter than this hit too often to be worth having (every "a", "in"): a shorter
# run is used only when a pattern offers nothing longer.
_GOOD_LITERAL = 3
# A rule is a candidate for a text only when the text holds a literal of each of up to this
# many of its necessary sets (a common word alone, "the" or "you", flags too many blocks).
MAX_REQUIRED_SETS = 3


def fold(text: str) -> str:
    """The form blocks are scanned in: case-folded, with the one exception mapped."""
    if text.isascii():
        return text.lower()
    # casefold() leaves the dotless ı alone, but `regex` matches it with a case-insensitive "I"
    return text.casefold().replace("ı", "i")


def necessary_literals(pattern: str, ignore_case: bool = True) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains one (case-folded); None if unknown:
    the best of required_literals' sets."""
    required = required_literals(pattern, ignore_case)
    return required[0] if required else None


def _literal_char(code: int) -> str | None:
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char.casefold() == char and char.upper() == char and char.lower() == char:
        return char  # caseless (©, CJK, ...): case-insensitive matching leaves it alone
    return None


def required_literals(pattern: str, ignore_case: bool = True) -> tuple[frozenset[str], ...] | None:
    """Sets of strings such that every match of `pattern` contains one string of each set
    (case-folded): necessary_literals() first, then up to MAX_REQUIRED_SETS - 1 more of the
    pattern's top-level elements' sets that are worth requiring. None if unknown.

    "the comments" needs "the" and "comments": a block is a candidate only if it holds both.
    """
    try:
        parsed = _sre_parse.parse(pattern, 0)
    except Exception:  # regex-only syntax (\p{..}, possessive, ...): no prefilter for it
        return None
    found = _candidates(list(parsed))
    if not found:
        return None
    ranked = sorted(dict.fromkeys(found), key=_strength, reverse=True)  # ties: first in the pattern first
    more = [s for s in ranked[1:] if _worth_requiring(s)]
    return (ranked[0], *more[:MAX_REQUIRED_SETS - 1])


def literals_of(pattern: str, ignore_case: bool = True) -> tuple[frozenset[str], ...] | None:
    """required_literals(pattern, ignore_case), looked up in the shipped rules' table where it
    is there. Parsing the patterns was most of a one-file run's first clean after start-up; the
    table holds what required_literals gives (tests/test_speed_paths.py checks it), so a rule a
    user edits or adds is only parsed."""
    table, key = _shipped_table(), (pattern, ignore_case)
    return table[key] if key in table else required_literals(pattern, ignore_case)


TABLE_FILE = "literals.json"


@functools.cache
def _shipped_table() -> dict[tuple[str, bool], tuple[frozenset[str], ...] | None]:
    """cleaner/data/literals.json, written by scripts/literal_table.py: per pattern and case
    setting, its required literal sets (null: none)."""
    rows = json.loads((resources.files("cleaner") / "data" / TABLE_FILE).read_text(encoding="utf-8"))
    return {
        (pattern, ignore_case): None if sets is None else tuple(frozenset(s) for s in sets)
        for pattern, ignore_case, sets in rows
    }


def table_rows(branches: Iterable[tuple[str, bool]]) -> list[list]:
    """The table's rows for these (pattern, ignore_case) pairs: each once, sorted, each set's
    literals sorted (the file then changes only where a pattern does)."""
    rows = []
    for pattern, ignore_case in sorted(set(branches)):
        required = required_literals(pattern, ignore_case)
        rows.append([pattern, ignore_case, None if required is None else [sorted(s) for s in required]])
    return rows


def _worth_requiring(literals: frozenset[str]) -> bool:
    """Good literals, or one punctuation mark (":" in "Source: ..."): rarer than any letter, so
    its hits cost the scan little, and requiring it spares many blocks a regex search."""
    if min(map(len, literals)) >= _GOOD_LITERAL:
        return True
    (only, *others) = literals
    return not others and not any(char.isalnum() for char in only)


def _sequence(items: list) -> frozenset[str] | None:
    """Every match of a concatenation contains one of the best element's literals."""
    candidates = _candidates(items)
    return max(candidates, key=_strength) if candidates else None


def _strength(literals: frozenset[str]) -> tuple:
    """How well a set of literals filters: good literals, few of them, long."""
    shortest = min(len(x) for x in literals)
    return (shortest >= _GOOD_LITERAL, -len(literals), shortest)


def _candidates(items: list) -> list[frozenset[str]]:
    """For each element of a concatenation that has them, the literals every match of it holds
    (a run of literal characters counts as one element)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is LITERAL and (char := _literal_char(av)) is not None:
            run.append(char)
            continue
        if op is AT:  # \b ^ $: zero-width, the literal run goes on across it
            continue
        end_run()
        if op is SUBPATTERN:
            found = _sequence(list(av[-1]))
        elif op is BRANCH:
            found = _branches(av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            found = _sequence(list(av[2]))
        else:
            found = None
        if found:
            candidates.append(found)
    end_run()
    return candidates


def _branches(branches: Iterable) -> frozenset[str] | None:
    union: set[str] = set()
    for branch in branches:
        found = _sequence(list(branch))
        if not found:
            return None
        union |= found
    return frozenset(union)


class LiteralPrefilter:
    """Which of a list of rules could match a text, from one scan for their literals.

    Each rule comes with the literal sets it requires (required_literals): it is a candidate for
    a text holding a literal of every set; a rule with none is a candidate for every text. The
    scan looks for one set per rule, the one least likely to occur (_scanned_set): common words
    ("the", "for", ":") were most of the scan's hits, and each hit costs a step in Python. A rule
    whose scanned set occurs then has its other sets checked in the text itself (`in`, in C).
    """

    def __init__(
        self, requirements: list[tuple[frozenset[str], ...] | None], among: frozenset[int] | None = None
    ) -> None:
        """`among`: the only rules it answers for (None: all); the others are never candidates."""
        self._requirements, self._among = requirements, among
        considered = [i for i in range(len(requirements)) if among is None or i in among]
        self.always = tuple(i for i in considered if not requirements[i])
        number: dict[str, int] = {}  # scanned literal -> its number
        rules_of: list[list[int]] = []  # literal number -> the rules that scan for it
        self._other_sets: dict[int, tuple[frozenset[str], ...]] = {}  # rule -> the sets checked after the scan
        self._checked: dict[int, tuple[frozenset[str], ...]] = {}  # rule -> all its sets, the scanned one first
        for index in considered:
            sets = requirements[index]
            if not sets:
                continue
            scanned = _scanned_set(sets)
            for literal in scanned:
                if literal not in number:
                    number[literal] = len(number)
                    rules_of.append([])
                rules_of[number[literal]].append(index)
            others = tuple(s for s in sets if s is not scanned)
            self._checked[index] = (scanned, *others)
            if others:
                self._other_sets[index] = others
        self._rules_of = [tuple(rules) for rules in rules_of]
        self._length = [len(literal) for literal in number]  # literal number -> its length
        self._automaton = ahocorasick.Automaton()
        for literal, n in number.items():
            self._automaton.add_word(literal, n)
        self._empty = not number
        if not self._empty:
            self._automaton.make_automaton()

    def __reduce__(self):  # rebuild in the receiving process rather than pickle the automaton
        return (LiteralPrefilter, (self._requirements, self._among))

    def candidates(self, folded: str) -> set[int]:
        """Indexes of the rules that could match the text whose fold() is `folded`."""
        found = set(self.always)
        if not self._empty and (hits := {n for _, n in self._automaton.iter(folded)}):
            found |= self._complete(hits, folded)
        return found

    def holds(self, index: int, folded: str) -> bool:
        """Whether rule `index` is among candidates(folded), checked without a scan: a literal
        of each of its sets is in `folded` (the scanned set, the rarest, first; a rule with no
        sets is a candidate for every text)."""
        return _holds_one_of_each(self._checked.get(index, ()), folded)

    def candidates_by_text(self, texts: list[str]) -> dict[int, set[int]]:
        """candidates() of many texts, by text number: only the texts some rule could match are
        in it (most texts have none).

        The texts are scanned in one pass, joined by line breaks, and each hit is placed in its
        text by its offset; a hit that runs into the line break between two texts (a literal of
        a pattern may hold one) lies in neither and is dropped. Scanning each text alone cost a
        call and a set per text, whether it held a literal or not. (Each text is folded alone:
        most are ASCII, which folds fast, where a whole document with one curly quote would not.)
        """
        pieces = [fold(text) for text in texts]
        found: dict[int, set[int]] = {i: set(self.always) for i in range(len(texts))} if self.always else {}
        for i, literals in self._hits_by_piece(pieces).items():
            if completed := self._complete(literals, pieces[i]):
                found.setdefault(i, set(self.always)).update(completed)
        return found

    def _hits_by_piece(self, pieces: list[str]) -> dict[int, set[int]]:
        """The scanned literals found in each of the `pieces`, scanned joined by line breaks, by
        piece number (a piece with none is left out)."""
        if self._empty or not pieces:
            return {}
        starts = list(itertools.accumulate((len(piece) + 1 for piece in pieces), initial=0))
        length = self._length
        hits: dict[int, set[int]] = {}
        for end, n in self._automaton.iter("\n".join(pieces)):
            piece = bisect.bisect_right(starts, end) - 1
            # the literal lies in the piece: it starts there, and does not end on the line break after it
            if end - length[n] + 1 >= starts[piece] and end < starts[piece + 1] - 1:
                hits.setdefault(piece, set()).add(n)
        return hits

    def _complete(self, literals: set[int], folded: str) -> set[int]:
        """The rules whose scanned set is among the `literals` found in `folded`, and whose
        other sets `folded` holds too."""
        found: set[int] = set()
        for n in literals:
            found.update(self._rules_of[n])
        others = self._other_sets
        return {i for i in found if i not in others or _holds_one_of_each(others[i], folded)}


def _holds_one_of_each(sets: Iterable[frozenset[str]], folded: str) -> bool:
    """Whether `folded` holds a literal of each of the `sets` (through map, `in` runs in C with
    no Python step per literal: this check was a sixth of the rules' time)."""
    holds = folded.__contains__
    return all(any(map(holds, s)) for s in sets)


def _scanned_set(sets: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The set a rule is scanned for: the one whose literals are longest (a short literal is a
    common word or a piece of many), then the one with fewest."""
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)))
