"""Bounds on what a rule's regular expression may cost: at load time, and per document.

Load time: the `regex` module writes a counted repeat out in full when it compiles it, so
nested counts multiply: `(?:(?:(?:a{100}){100}){100}){100}` is 10^8 elements and asks for
24 GB. `pattern_size` estimates that product without compiling (a scan of the pattern's text,
as no parser of the module's full syntax is at hand), so such a rule is refused with its
file and id before it can take the machine down.

Per document: a pattern that backtracks (`(a+)+$` on a long run of "a") is stopped by the
`regex` timeout, but it would be stopped again on every block. RegexBudget gives each rule a
total time per document; a rule that runs out is not applied to the rest of that document, and
the document's result names it (cleaner run reports it as a problem).
"""

from __future__ import annotations

import time

import regex

# Elements a pattern may have with its counted repeats written out. The shipped rules have at
# most a few hundred; compiling 100,000 takes ~0.01 s and ~30 MB (measured: ~270 bytes each).
MAX_PATTERN_ELEMENTS = 100_000
# Groups nested deeper than this are no pattern a person writes; the parsers recurse on them.
MAX_GROUP_DEPTH = 50
# One search of one block may take this long before the `regex` module gives up on it.
MATCH_TIMEOUT_SECONDS = 0.25
# All searches of one rule in one document may take this long together. The shipped rules take
# well under a millisecond per page; a rule this slow is broken for this document.
RULE_SECONDS_PER_DOCUMENT = 1.0

_COUNT = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
_ESCAPE_WITH_BRACES = regex.compile(r"\\[pPNxuUgk]\{[^}]*\}")


def pattern_size(pattern: str) -> tuple[int, int]:
    """(elements, deepest group nesting) of `pattern`, its counted repeats written out.

    An estimate on the safe side: every character outside a class counts as an element (group
    syntax such as "?:" included); a class or an escape is one; `{m}` and `{m,n}` multiply what
    they repeat by m (the part up to n is a loop, which costs nothing more to compile).
    """
    totals = [0]  # per open group: elements so far
    lasts = [0]  # per open group: elements of the last item (what a quantifier repeats)
    deepest = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "(":
            totals.append(0)
            lasts.append(0)
            deepest = max(deepest, len(totals) - 1)
            i += 1
            continue
        if char == ")" and len(totals) > 1:
            inner = totals.pop()
            lasts.pop()
            totals[-1] += inner
            lasts[-1] = inner
            i += 1
            continue
        if char == "{" and (count := _COUNT.match(pattern, i)) and (count[1] or count[2]):
            times = max(int(count[1] or 0), 1)
            totals[-1] += lasts[-1] * (times - 1)
            lasts[-1] *= times
            i = count.end()
            continue
        if char == "\\":
            braced = _ESCAPE_WITH_BRACES.match(pattern, i)
            i = braced.end() if braced else i + 2
        elif char == "[":
            i = _class_end(pattern, i)
        else:
            i += 1
        totals[-1] += 1
        lasts[-1] = 1
    return sum(totals), deepest


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that starts at pattern[i] ("[")."""
    i += 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1  # a "]" first in a class is a character of it
    depth = 1
    while i < len(pattern) and depth:
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "[":
            depth += 1  # a nested set ([[a-z]--[aeiou]]) or a POSIX class ([:alpha:])
        elif pattern[i] == "]":
            depth -= 1
        i += 1
    return i


def pattern_problem(pattern: str) -> str:
    """Why the pattern is refused, or "" when it is not."""
    size, depth = pattern_size(pattern)
    if size > MAX_PATTERN_ELEMENTS:
        return (f"pattern too large: about {size:,} elements once its counted repeats are written out "
                f"(the limit is {MAX_PATTERN_ELEMENTS:,}; nested counts multiply)")
    if depth > MAX_GROUP_DEPTH:
        return f"pattern nests groups {depth} deep (the limit is {MAX_GROUP_DEPTH})"
    return ""


class RegexBudget:
    """The search time each rule may still spend on one document."""

    def __init__(self, seconds: float = RULE_SECONDS_PER_DOCUMENT) -> None:
        self.seconds = seconds
        self._spent: dict[str, float] = {}
        self._out: dict[str, str] = {}  # rule id -> why it stopped, in the order rules ran out

    def allows(self, rule_id: str) -> bool:
        return rule_id not in self._out

    def search(self, rule_id: str, pattern: regex.Pattern, text: str) -> bool:
        """Whether `pattern` is found in `text`; False once the rule is out of time."""
        if rule_id in self._out:
            return False
        spent = self._spent.get(rule_id, 0.0)
        started = time.perf_counter()
        try:
            found = pattern.search(text, timeout=min(MATCH_TIMEOUT_SECONDS, self.seconds - spent)) is not None
        except TimeoutError:
            self._stop(rule_id, f"one search took over {MATCH_TIMEOUT_SECONDS:g} s (a {len(text):,}-character text)")
            return False
        spent += time.perf_counter() - started
        self._spent[rule_id] = spent
        if spent >= self.seconds:
            self._stop(rule_id, f"its searches took over {self.seconds:g} s")
        return found

    def _stop(self, rule_id: str, why: str) -> None:
        self._out[rule_id] = f"rule {rule_id!r} ran out of time ({why}); not applied to the rest of this document"

    def problems(self) -> list[str]:
        return list(self._out.values())
