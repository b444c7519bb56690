"""Which lines of a document a heuristic could speak on, found by scans of the whole text.

Almost every line of an article is prose that no inline heuristic removes, and asking each
heuristic of each line was a third of article mode's time. Each heuristic has a condition that
every line it removes meets and that one pass over the document's text can find: a digit (a
picture counter, a price), a count in brackets, a file name's extension, words that are all
furniture. The heuristics then run on the lines that meet their condition, and on no other.
A scan may find more lines than the heuristic takes, never fewer (tests/test_candidates.py).
"""

from __future__ import annotations

import bisect
import itertools

import regex

from cleaner.vocabulary import MAGNITUDES

# A run of letters or digits: every word of vocabulary.words is made of such runs and of the
# marks between them ("e-mail": "e", "mail"), so a line whose runs are not all runs of known
# words holds a word that is not known.
_RUN = regex.compile(r"[\p{L}\p{N}]+")
# A run of a bare number ("12", "3,5k": "3", "5k") or its magnitude's word ("2,3 mil"), which
# vocabulary.cover lets stand between phrases.
_NUMBER_RUN = regex.compile(rf"\d+[km]?|{'|'.join(MAGNITUDES)}")


class Lines:
    """Some blocks' texts (one line each: segment joins a block's lines with spaces), joined by
    line breaks for whole-text scans, with the block number of each line."""

    def __init__(self, numbers: list[int], texts: list[str]) -> None:
        self.numbers = numbers
        self.texts = texts
        self.joined = "\n".join(texts)
        # where each line starts in `joined`, and where the text ends (as if a line followed)
        self.starts = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))

    def where(self, pattern: regex.Pattern) -> set[int]:
        """The numbers of the blocks in whose line `pattern` finds a match (a match that runs
        into the next lines counts for the line it starts in)."""
        found = set()
        position, end = 0, len(self.joined)
        while position <= end and (match := pattern.search(self.joined, position)) is not None:
            line = bisect.bisect_right(self.starts, match.start()) - 1
            found.add(self.numbers[line])
            position = self.starts[line + 1]  # one match says enough of a line
        return found

    def made_of(self, runs: frozenset[str]) -> set[int]:
        """The numbers of the blocks whose line, case-folded, has only letter-and-digit runs
        among `runs` or of a bare number (and at least one run)."""
        found = set()
        for number, text in zip(self.numbers, self.texts):
            folded = text.casefold()
            # most lines are ruled out by their first run, with no need to find the others
            first = _RUN.search(folded)
            if first is None or not _known_or_number(first.group(), runs):
                continue
            pieces = _RUN.findall(folded)
            if runs.issuperset(pieces) or all(map(_NUMBER_RUN.fullmatch, set(pieces) - runs)):
                found.add(number)
        return found


def _known_or_number(run: str, runs: frozenset[str]) -> bool:
    return run in runs or _NUMBER_RUN.fullmatch(run) is not None


def runs_of(words: frozenset[str]) -> frozenset[str]:
    """The letter-and-digit runs of `words` (for Lines.made_of)."""
    return frozenset(run for word in words for run in _RUN.findall(word))
