"""Stage 3: cut normalized lines into blocks, and blocks into sentences.

A block is one non-blank line, or several lines of one hard-wrapped paragraph (continues():
a line whose successor starts in lower case, or in a text wrapped at a fixed width, a line the
successor's first word would not have fitted on). Scraped text puts one paragraph per line, so
most blocks are single lines; Markdown, e-mail and plain-text books wrap, and their lines must
be judged together.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from cleaner.model import Block, made_fast

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
    blocks: list[Block] = []
    starts = _line_starts(lines)
    spaced = only_spaces(lines)
    width = wrap_width(lines)
    first = -1  # first line of the block being read (-1: none yet)
    parts: list[str] = []  # its stripped lines
    blanks = 0  # blank lines since its last line
    blanks_before = paragraph = 0
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            blanks += 1
            continue
        if not blanks and first >= 0 and continues(lines[number - 1], stripped, width):
            parts.append(stripped)  # a hard-wrapped paragraph goes on
            continue
        if first >= 0:
            last = number - 1 - blanks
            blocks.append(_block(lines, starts, len(blocks), parts, first, last, paragraph, blanks_before, spaced))
            paragraph += blanks > 0
        first, parts, blanks_before, blanks = number, [stripped], blanks, 0
    if first >= 0:
        last = len(lines) - 1 - blanks
        blocks.append(_block(lines, starts, len(blocks), parts, first, last, paragraph, blanks_before, spaced))
    return one_paragraph_if_double_spaced(blocks)


# A text with a blank line above every block but the first (DOUBLE_SPACED_MIN_BLOCKS blocks or
# more) sets each line apart: Markdown writers, trafilatura's Markdown and many scrapers put a
# blank line after every paragraph, heading and list item alike. Its blank lines say nothing of
# which lines go together (a title over its paragraph, a list's items), so it is read as one
# paragraph, as a text with no blank line at all is.
DOUBLE_SPACED_MIN_BLOCKS = 4


def double_spaced(blank_before: Sequence[bool]) -> bool:
    """Whether blocks with these blank lines above them make a double-spaced text."""
    return len(blank_before) >= DOUBLE_SPACED_MIN_BLOCKS and all(blank_before[1:])


def one_paragraph_if_double_spaced(blocks: list[Block]) -> list[Block]:
    """The blocks, all in paragraph 0 if they make a double-spaced text (double_spaced)."""
    if not double_spaced([b.blank_lines_before > 0 for b in blocks]):
        return blocks
    return [made_fast(Block, **{**vars(b), "paragraph": 0}) for b in blocks]


def _block(
    lines: list[str], starts: list[int], index: int, parts: list[str], first: int, last: int, paragraph: int,
    blanks_before: int, spaced: bool,
) -> Block:
    text = parts[0] if len(parts) == 1 else " ".join(parts)
    # a text whose only white space is single spaces has a word more than spaces (only_spaces)
    words = text.count(" ") + 1 if spaced and "  " not in text else len(text.split())
    line = lines[first]
    indent = len(line[:len(line) - len(line.lstrip())].expandtabs(TAB_COLUMNS)) if line[:1].isspace() else 0
    return made_fast(
        Block, index=index, text=text, start=starts[first], end=starts[last] + len(lines[last]), first_line=first,
        last_line=last, paragraph=paragraph, blank_lines_before=blanks_before, word_count=words,
        indent=indent,
    )


TAB_COLUMNS = 4
# A block indented this many columns more than the document's least indented one is preformatted:
# a code or shell example, a changelog's entry, a quoted log (Markdown's indented code block is
# four columns deep). Up to PREFORMATTED_MAX_INDENT: deeper is the indentation of a page's HTML
# source left in an extractor's text ("Anzeige" after 28 spaces), not a document's. On the
# machine's clean documents every indented line the heuristics took was 4 to 12 columns deep; no
# line of gold-bodies' article regions is indented; in trafilatura's output of its pages, article
# mode now keeps 64 indented lines it removed (a few sites' share rows, 2 of them in the gold) and
# removes 29 others (one thread's bounds moved), F1 unchanged.
PREFORMATTED_INDENT = 4
PREFORMATTED_MAX_INDENT = 16
# A run of at least SET_IN_MIN_BLOCKS blocks set in by SET_IN_INDENT columns or more is preformatted
# too: a page, a message or a post an author reprints to quote it (a worksheet's web page, its
# breadcrumb, share row, ad label and comments two columns deep). A scraped page's numbered
# reader comment may stand two columns deep alone (a seed's "  1. If what these tyrants want ..."),
# and goes. In trafilatura's output of gold-bodies' pages 12 lines more stay (a sports site's
# "  8 comments" and "  |" under its stories, none in the gold); its article regions are unchanged.
SET_IN_INDENT = 2
SET_IN_MIN_BLOCKS = 3


def preformatted(blocks: list[Block]) -> frozenset[int]:
    """The indexes of the preformatted blocks (PREFORMATTED_INDENT), and of the blocks indented
    deeper than PREFORMATTED_MAX_INDENT that go on one of them without a blank line: the deep
    lines of the same example (a program's dump, a tree drawn in text), not a page's source."""
    if not blocks:
        return frozenset()
    base = min(block.indent for block in blocks)
    found = {block.index for block in blocks if PREFORMATTED_INDENT <= block.indent - base <= PREFORMATTED_MAX_INDENT}
    found |= _set_in_runs(blocks, base)
    if not found:
        return frozenset()
    deep = [block.indent - base > PREFORMATTED_MAX_INDENT for block in blocks]
    for order in (blocks, reversed(blocks)):
        step = 1 if order is blocks else -1
        for block in order:
            k = block.index - step
            if deep[block.index] and 0 <= k < len(blocks) and k in found and blocks[k].paragraph == block.paragraph:
                found.add(block.index)
    return frozenset(found)


def _set_in_runs(blocks: list[Block], base: int) -> set[int]:
    """The blocks of the runs of SET_IN_MIN_BLOCKS or more, one after another, each set in by
    SET_IN_INDENT to PREFORMATTED_MAX_INDENT columns."""
    found: set[int] = set()
    run: list[int] = []
    for block in [*blocks, None]:
        if block is not None and SET_IN_INDENT <= block.indent - base <= PREFORMATTED_MAX_INDENT:
            run.append(block.index)
            continue
        if len(run) >= SET_IN_MIN_BLOCKS:
            found.update(run)
        run = []
    return found


# The white space str.split() splits at, but the space and the line break (every such character
# of Unicode: tests/test_speed_paths.py).
OTHER_WHITE_SPACE = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def only_spaces(lines: list[str]) -> bool:
    """Whether the lines' only white space is the space: then a block's words can be counted
    from its spaces, not by splitting it (a fifth of segment's time was len(text.split())).
    Most documents are so; a look for each other kind of white space is a fast scan in C."""
    text = "\n".join(lines)
    return not any(char in text for char in OTHER_WHITE_SPACE)


def _line_starts(lines: list[str]) -> list[int]:
    return list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0)) if lines else []


def blocks_kept(blocks: list[Block], lines: list[str], removed: list[bool]) -> list[Block] | None:
    """The blocks segment() reads in the text render() writes once the blocks flagged in
    `removed` are gone whole: the others, numbered again, with one blank line before a block
    where any lay between it and the block kept before it, none before the first (render()
    collapses blank lines), their paragraphs counted anew. None where segment() would read the
    rest otherwise (rejoined()): only the text can tell then."""
    blank_before = [b.blank_lines_before > 0 for b in blocks]
    if rejoined(blocks, lines, removed, blank_before, written_width(blocks, lines, blank_before)):
        return None
    kept: list[Block] = []
    blank = False  # a blank line since the last block kept
    paragraph = 0
    for block, gone in zip(blocks, removed):
        blank = blank or block.blank_lines_before > 0
        if gone:
            continue
        gap = blank and bool(kept)
        paragraph += gap
        # made_fast, not dataclasses.replace: a confirming pass renumbers every block it keeps
        moved = {"index": len(kept), "paragraph": paragraph, "blank_lines_before": int(gap)}
        kept.append(made_fast(Block, **{**vars(block), **moved}))
        blank = False
    return one_paragraph_if_double_spaced(kept)


def rejoined(
    blocks: list[Block], lines: list[str], removed: Sequence[bool], blank_before: Sequence[bool], width: int | None
) -> bool:
    """Whether removing the blocks flagged in `removed` changes how segment() cuts the blocks
    left: two of them brought together (no blank line between) that continues() joins, or, in
    a text that is or becomes hard-wrapped, a wrap width that changes. `blank_before` says
    which blocks have a blank line above them, `width` is their text's written_width()."""
    if not any(removed):
        return False
    kept = [k for k, gone in enumerate(removed) if not gone]
    if width != wrap_width(_written(blocks, lines, kept, blank_before)):
        return True
    for before, after in zip(kept, kept[1:]):
        if after > before + 1 and not any(blank_before[before + 1:after + 1]) and continues(
            lines[blocks[before].last_line], blocks[after].text, width
        ):
            return True
    return False


def written_width(blocks: list[Block], lines: list[str], blank_before: Sequence[bool]) -> int | None:
    """The wrap_width of the text of `blocks` as render() writes them."""
    return wrap_width(_written(blocks, lines, range(len(blocks)), blank_before))


def _written(blocks: list[Block], lines: list[str], numbers: Iterable[int], blank_before: Sequence[bool]) -> list[str]:
    """The lines of the blocks `numbers`, with a blank line where one lies between two of them:
    the text as render() writes it, for wrap_width()."""
    written: list[str] = []
    last = -1
    for k in numbers:
        if written and any(blank_before[last + 1:k + 1]):
            written.append("")
        written.extend(lines[blocks[k].first_line:blocks[k].last_line + 1])
        last = k
    return written


def runs_on(previous: str) -> bool:
    """A hard-wrapped paragraph: the previous line runs on (and the next starts in lower case)."""
    return columns(previous) >= RUN_ON_MIN_COLUMNS and not previous.rstrip().endswith(_ENDS_A_LINE)


def columns(text: str) -> int:
    """The columns a text takes in a fixed-width font, where a wide character (Chinese,
    Japanese, Korean) takes two: the width text is wrapped at."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


RUN_ON_MIN_COLUMNS = 40
_ENDS_A_LINE = (".", "!", "?", ":", ";")
# A text is wrapped at a fixed width (e-mail, plain-text books, man pages, fortunes) when:
# - WRAPPED_MIN_LONG_SHARE of its non-blank lines or more are long (RUN_ON_MIN_COLUMNS): a
#   page's menus and lists are short lines;
# - nearly all long ones (all but WRAPPED_MAX_OVER: a URL, a table's row) are at most
#   MAX_WRAP_WIDTH wide: a scraped text's one-line paragraphs are longer;
# - of the long ones that have another line (not a list item) under them, at least
#   WRAPPED_MIN_LINES and half end in the middle of a sentence, the widest is at least
#   MIN_WRAP_WIDTH wide, and nearly all (WRAPPED_FULL_SHARE) end within WRAP_SLACK columns of
#   it: a wrapped line is as full as its next word allows, where headlines' lengths spread out.
WRAPPED_MAX_OVER = 0.1
WRAPPED_MIN_LONG_SHARE = 0.2
WRAPPED_MIN_LINES = 2
WRAPPED_FULL_SHARE = 0.75
WRAP_SLACK = 12
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 50
# In a wrapped text, the width tells where a paragraph goes on, whatever case its next line
# starts in (a name, a German noun, a script without case): a line goes on the one above when
# its first word would not have fitted there. A list item never does.
_LIST_ITEM = regex.compile(r"(?:[-*•+–]|\d{1,3}[.)]|\p{L}[.)])\s")


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text's lines were wrapped at (the longest of its wrapped-looking
    lines), or None for a text that is not wrapped (most: one paragraph a line)."""
    # (a line of fewer characters than half the long lines' columns is short in any script)
    widths = [columns(line.rstrip()) if len(line) * 2 >= RUN_ON_MIN_COLUMNS else len(line.strip()) for line in lines]
    long = [k for k, width in enumerate(widths) if width >= RUN_ON_MIN_COLUMNS]
    if len(long) < WRAPPED_MIN_LINES or len(long) < WRAPPED_MIN_LONG_SHARE * sum(map(bool, widths)):
        return None  # a page's menus and lists: few lines are long enough to have been wrapped
    if sum(widths[k] > MAX_WRAP_WIDTH for k in long) > WRAPPED_MAX_OVER * len(long):
        return None  # one paragraph a line: many lines are longer than any wrap
    followed = {  # each text once: a page's repeated widget line is no paragraph's
        lines[k]: widths[k] for k in long
        if k + 1 < len(lines) and lines[k + 1].strip() and not lines[k][:1].isspace()
        and not _LIST_ITEM.match(lines[k + 1].lstrip())
    }
    wrapped = [width for width in followed.values() if width <= MAX_WRAP_WIDTH]
    mid_sentence = sum(not text.rstrip().endswith(_ENDS_A_LINE) for text in followed)
    if mid_sentence < max(WRAPPED_MIN_LINES, len(wrapped) / 2) or max(wrapped) < MIN_WRAP_WIDTH:
        return None  # (lines that end their sentences, a question over its list: no wrap)
    width = max(wrapped)
    full = sum(length >= width - WRAP_SLACK for length in wrapped)
    return width if full >= WRAPPED_FULL_SHARE * len(wrapped) else None


# A letter or a digit: a line without one (a row of dots or underscores, a rule) goes on no paragraph
_A_WORD = regex.compile(r"[^\W_]")


def continues(previous: str, line: str, width: int | None) -> bool:
    """Whether `line` (stripped, not blank) goes on the paragraph that the line `previous` ends:
    `previous` runs on and `line` starts in lower case; or, in a text wrapped at `width`,
    `line`'s first word would not have fitted on `previous` (which may end a sentence there)."""
    if width is None:
        return line[0].islower() and runs_on(previous)
    if columns(previous) < RUN_ON_MIN_COLUMNS or _LIST_ITEM.match(line) or not _A_WORD.search(previous):
        return False
    if _a_line_of_its_own(previous, line):
        return False
    first_word = line.split(None, 1)[0]
    return columns(previous.rstrip()) + 1 + columns(first_word) > width


# A sentence's end, its closing quotes or brackets after it; a clause's end ("Thanks,")
_ENDS_A_SENTENCE = regex.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
_ENDS_A_CLAUSE = regex.compile(r"[.!?…。！？:;,][\"'”’»)\]]*\s*$")


def _a_line_of_its_own(previous: str, line: str) -> bool:
    """Whether a short line that ends no clause, under a line that ends a sentence, stands on
    its own where a wrapped paragraph's full last line happens to leave no room for its first
    word: a quoted comment's name or buttons under its text ("... get calmer." / "19 Upvote •
    Reply • Share ›"). A paragraph's last line ends its last sentence."""
    return (
        columns(line) < RUN_ON_MIN_COLUMNS and _ENDS_A_CLAUSE.search(line) is None
        and _ENDS_A_SENTENCE.search(previous) is not None
    )


# A table's row as Markdown and trafilatura write it ("| Type | Label | Where |"), and the pipes
# between its cells (a pipe escaped as "\\|" is a cell's text).
_TABLE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_CELL_BORDER = regex.compile(r"(?<!\\)\|")


def a_table_row(text: str) -> bool:
    """A table's row with words in two cells or more: no sentence, whatever its cells say."""
    if not _TABLE_ROW.match(text):
        return False
    cells = _CELL_BORDER.split(text.strip())[1:-1]
    return sum(1 for cell in cells if any(c.isalnum() for c in cell)) >= 2


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a block's text."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# The last sentence alone, for the rules that read no other (rules.Position.LAST): searching from
# the end stops at the last sentence break instead of finding them all, which was most of the
# sentence rules' time on long paragraphs (tests/test_speed_paths.py: it gives sentences()[-1]).
_LAST_SENTENCE_END = regex.compile(_SENTENCE_END.pattern, _SENTENCE_END.flags | regex.REVERSE)


def last_sentence(text: str) -> tuple[int, int]:
    """The span of the text's last sentence: sentences(text)[-1], found from the end."""
    found = _LAST_SENTENCE_END.search(text)
    return (found.end() if found else 0, len(text))


def paragraph_gap(blocks: list[Block]) -> int:
    """The blank lines of a typical paragraph break: the commonest gap between blocks, ties to the
    smaller; with one gap there is nothing to compare, and a single blank line is the usual one."""
    if len(blocks) <= 2:
        return 1
    gaps = Counter(b.blank_lines_before for b in blocks[1:])
    return min(gaps, key=lambda g: (-gaps[g], g))
