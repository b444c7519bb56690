"""Stage 7: write the kept text back out, and say where every removal was.

Blank lines: at most one between kept lines (only where the input had one, so a document that
separates paragraphs by a single newline keeps doing so), none at the start or the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.decide import Action, Decision
from cleaner.model import Block, Category, Verdict


@dataclass(frozen=True)
class Cut:
    """A removal in line coordinates of the rendered input: lines, and columns for a part-line."""

    first_line: int
    last_line: int
    column: int | None  # None: whole lines
    text: str
    verdict: Verdict


@dataclass(frozen=True)
class Rendered:
    lines: list[str]
    origin: list[int]  # input line number of each output line
    cuts: list[Cut]


def render(lines: list[str], blocks: list[Block], decisions: list[Decision]) -> Rendered:
    kept: dict[int, str] = {}  # input line number -> text to keep
    cuts: list[Cut] = []
    for block, decision in zip(blocks, decisions):
        first, last = block.first_line, block.last_line
        if decision.action is Action.REMOVE_BLOCK:
            text = lines[first] if first == last else "\n".join(lines[first:last + 1])
            cuts.append(Cut(first, last, None, text, decision.block_verdict))
            continue
        if first == last:
            kept[first] = lines[first]
        else:
            kept.update(zip(range(first, last + 1), lines[first:last + 1]))
        for verdict in decision.verdicts:
            _cut_span(lines, block, verdict, kept, cuts)
    return _assemble(lines, kept, cuts)


# What render() changes in the lines after the first of a text it keeps whole: two blank lines in
# a row, or a line of whitespace (it becomes an empty line).
_BLANK_RUN_OR_SPACES = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:\n|\Z)|\n[^\S\n]+(?:\n|\Z)")


def render_kept(lines: list[str]) -> Rendered:
    """render() of a pass that removes nothing (every block kept): only runs of blank lines
    change, and most documents have none, so they come out as they went in."""
    if lines and lines[0].strip() and lines[-1].strip() and not _BLANK_RUN_OR_SPACES.search("\n".join(lines)):
        return Rendered(lines, list(range(len(lines))), [])
    return _assemble(lines, {i: line for i, line in enumerate(lines) if line.strip()}, [])


def _cut_span(lines: list[str], block: Block, verdict: Verdict, kept: dict[int, str], cuts: list[Cut]) -> None:
    """Remove a sentence-level span from the block's lines (block text joins them with spaces)."""
    assert verdict.span is not None  # render() cuts whole-block verdicts itself
    start, end = verdict.span
    offset = 0
    for i in range(block.first_line, block.last_line + 1):
        stripped = lines[i].strip()
        indent = len(lines[i]) - len(lines[i].lstrip())
        line_start, line_end = offset, offset + len(stripped)
        offset = line_end + 1
        lo, hi = max(start, line_start), min(end, line_end)
        if lo >= hi:
            continue
        current = kept[i]
        # the original line's column is preserved: earlier cuts in this line only ever
        # remove later spans first (spans arrive in order, so cut from the right)
        column = indent + lo - line_start
        piece = lines[i][column:indent + hi - line_start]
        cuts.append(Cut(i, i, column, piece, verdict))
        kept[i] = _without(current, lines[i], column, indent + hi - line_start)


def _without(current: str, original: str, lo: int, hi: int) -> str:
    """Blank out original[lo:hi] in `current` (same length as `original` until tidied)."""
    if len(current) != len(original):
        # an earlier cut on this line: locate the piece by content instead of position
        piece = original[lo:hi]
        index = current.find(piece)
        if index < 0:
            return current
        return (current[:index].rstrip() + " " + current[index + len(piece):].lstrip()).strip()
    return (current[:lo].rstrip() + " " + current[hi:].lstrip()).rstrip()


def _assemble(lines: list[str], kept: dict[int, str], cuts: list[Cut]) -> Rendered:
    out: list[str] = []
    origin: list[int] = []
    blank_pending = False
    for i, line in enumerate(lines):
        text = kept.get(i)
        if text is None:
            if not line.strip():
                blank_pending = True
            continue
        if not text.strip():
            continue
        if blank_pending and out:
            out.append("")
            origin.append(i - 1)
        blank_pending = False
        out.append(text)
        origin.append(i)
    return Rendered(out, origin, _whitespace_cuts(lines, kept) + cuts)


def _whitespace_cuts(lines: list[str], kept: dict[int, str]) -> list[Cut]:
    """Runs of two or more blank lines, and blank lines at the start or end, as removals."""
    cuts = []
    run_start = None
    blank_lines = [i for i, line in enumerate(lines) if not line.strip() and i not in kept]
    # a run ends where the next blank line is not the next line (the sentinel ends the last)
    for number, after in zip(blank_lines, [*blank_lines[1:], -1]):
        if run_start is None:
            run_start = number
        if after == number + 1:
            continue
        end = number + 1  # the first line after the run
        length = end - run_start
        at_edge = run_start == 0 or end == len(lines)
        if length >= 2 or at_edge:
            cuts.append(
                Cut(
                    run_start,
                    end - 1,
                    None,
                    "\n" * length,
                    Verdict(
                        Category.WHITESPACE, "whitespace-blank-lines", f"{length} blank line(s) collapsed",
                        features=(("blank_lines", length),),
                    ),
                )
            )
        run_start = None
    return cuts
