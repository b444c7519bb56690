"""Removal positions in the text the user gave, exactly: `text[r.start:r.end] == r.text`.

The stages work on normalized lines (repaired Unicode, collapsed spaces, "\\n" endings); a
removal found there is moved back to the input here, by line and then by column.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# Where the pipeline breaks lines (pipeline.line_endings): at "\n" in a text without "\r", else
# at every CRLF, lone CR and lone LF.
_LF = re.compile("\n")
_ANY_BREAK = re.compile("\r\n|\r|\n")


@dataclass(frozen=True)
class LineMap:
    """Where each input line lies: its start, the end of its content, and the next line's start."""

    starts: list[int]
    ends: list[int]
    nexts: list[int]

    @classmethod
    def of(cls, text: str) -> LineMap:
        """Lines as the pipeline splits them; a final line end ends the last line."""
        starts, ends, nexts = [], [], []
        start = 0
        for match in (_ANY_BREAK if "\r" in text else _LF).finditer(text):
            end = match.start()
            starts.append(start)
            ends.append(end)
            nexts.append(match.end())
            start = match.end()
        if start < len(text):
            starts.append(start)
            ends.append(len(text))
            nexts.append(len(text))
        return cls(starts, ends, nexts)


def locate(original: str, normalized: str, column: int, length: int) -> tuple[int, int]:
    """The columns in `original` of normalized[column:column + length].

    `normalized` is `original` after normalization (ftfy, spaces): the piece is found by
    aligning the two, so whitespace collapsed or characters repaired inside it are covered.
    """
    piece = normalized[column:column + length]
    if original == normalized or original.find(piece) == column:
        return column, column + length
    found = original.find(piece)
    if found >= 0 and original.count(piece) == 1:
        return found, found + length
    starts, ends = _alignment(normalized, original)
    return starts[column], ends[column + length]


def _alignment(normalized: str, original: str) -> tuple[list[int], list[int]]:
    """For each position of `normalized`, where a piece starting (or ending) there starts (ends)
    in `original`."""
    starts = [0] * (len(normalized) + 1)
    ends = [0] * (len(normalized) + 1)
    matcher = difflib.SequenceMatcher(None, normalized, original, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2):
            starts[k] = j1 + (k - i1) if tag == "equal" else j1
            ends[k + 1] = j1 + (k - i1) + 1 if tag == "equal" else j2
        if i1 == i2:  # inserted in the original: a piece starting here starts after it
            starts[i1] = j2
    starts[len(normalized)] = len(original)
    return starts, ends
