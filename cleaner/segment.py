"""Stage 3: cut normalized lines into blocks, and blocks into sentences.

A block is one non-blank line, or several lines of one hard-wrapped paragraph (a line whose
successor starts in lower case continues it). Scraped text puts one paragraph per line, so
most blocks are single lines; Markdown and e-mail text wrap, and their lines must be judged
together.
"""

from __future__ import annotations

import regex

from cleaner.model import Block

# A sentence ends at . ! ? … (or their CJK forms), optionally followed by closing quotes or
# brackets, then whitespace, before anything but a lower-case letter. A full stop after an
# initial, a one- or two-digit ordinal ("am 1. Mai") or a title or abbreviation ("Dr.", "bzw.")
# ends no sentence: sentence rules would otherwise cut a sentence in two.
_ABBREVIATIONS = (
    "dr|mr|mrs|ms|mme|mlle|prof|st|nr|vs|ca|bzw|ggf|usw|vgl|inkl|evtl|sog|geb|jr|sr|sra|srta|gen|sen|rep|"
    "gov|lt|col|sgt|capt|mt|ft|ave|abs|art|jh|mio|mrd|tel|av|cf|approx|dept|hr|fr|hl|ul|pl|al"
)
_SENTENCE_END = regex.compile(
    rf"(?<=[.!?…。！？][\"'”’»)\]]*)(?<!\b(?:\p{{L}}|\d{{1,2}}|(?i:{_ABBREVIATIONS}))\.)\s+(?=[^\s\p{{Ll}}])"
)


def segment(lines: list[str]) -> list[Block]:
    groups: list[tuple[list[int], int]] = []  # (line numbers, blank lines before)
    blanks = 0
    for number, line in enumerate(lines):
        if not line.strip():
            blanks += 1
        elif groups and not blanks and _continues(lines[groups[-1][0][-1]], line):
            groups[-1][0].append(number)
        else:
            groups.append(([number], blanks))
            blanks = 0
    starts = _line_starts(lines)
    blocks = []
    paragraph = -1
    for numbers, blanks_before in groups:
        if blanks_before or paragraph < 0:
            paragraph += 1
        first, last = numbers[0], numbers[-1]
        blocks.append(
            Block(
                index=len(blocks),
                text=" ".join(lines[i].strip() for i in numbers),
                start=starts[first],
                end=starts[last] + len(lines[last]),
                first_line=first,
                last_line=last,
                paragraph=paragraph,
                blank_lines_before=blanks_before,
            )
        )
    return blocks


def _line_starts(lines: list[str]) -> list[int]:
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph: the previous line runs on and this one starts in lower case."""
    stripped = line.lstrip()
    if not stripped or not stripped[0].islower():
        return False
    return len(previous) >= 40 and not previous.rstrip().endswith((".", "!", "?", ":", ";"))


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a block's text."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans
