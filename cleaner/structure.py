"""Stage 5, structural heuristics: boilerplate told by the shape of the text, not its words.

They need no measurement of the blocks, so article mode runs them without the learned scorer's
features (cleaner/heuristics.py adds the scorer in page mode).
"""

from __future__ import annotations

import regex

from cleaner.lines import introduces_a_list
from cleaner.model import Block, Category, Verdict
from cleaner.segment import paragraph_gap

# A list item after the article's last prose, set off by a wider gap than the document's
# paragraphs, with at least this many words, reads as a reader comment.
COMMENT_MIN_WORDS = 12

_INDENTED_NUMBERED = regex.compile(r"^\s+\d{1,3}\.\s+\S")
# A note marker in the text: "[1]", or a superscript number ("wall¹").
_NOTE_MARKER = regex.compile(r"\[1\]|¹")


def _cited(body: list[Block]) -> bool:
    """The text above cites note 1: the numbered list after it is the document's notes."""
    return any(_NOTE_MARKER.search(block.text) for block in body)


def judge_structure(blocks: list[Block], lines: list[str]) -> dict[int, Verdict]:
    """The structural heuristics' verdicts by block index."""
    return trailing_comment_list(blocks, lines, paragraph_gap(blocks)) if blocks else {}


def trailing_comment_list(blocks: list[Block], lines: list[str], gap: int) -> dict[int, Verdict]:
    """Reader comments rendered as a numbered list after the story, set off by a wider gap.

    Comment threads are ordered lists (`<ol class="commentlist">`); flattened to text they
    become indented "1. ..." items at the very end, after more blank lines than the
    document's own paragraph breaks (a break is at least one blank line: lines of a list or of
    a heading follow each other). Not a list the text introduces ("subject to the following
    restrictions:", a licence's clauses) or whose notes it cites ("[1]").
    """
    gap = max(gap, 1)
    for start in range(1, len(blocks)):
        block = blocks[start]
        if block.blank_lines_before <= gap:
            continue
        tail = range(start, len(blocks))
        if (
            all(
                _INDENTED_NUMBERED.match(lines[blocks[i].first_line]) and len(blocks[i].words) >= COMMENT_MIN_WORDS
                for i in tail
            )
            and not introduces_a_list(blocks[start - 1])
            and not _cited(blocks[:start])
        ):
            return {
                i: Verdict(
                    Category.COMMENTS,
                    "heuristic:trailing-comment-list",
                    f"numbered item after the article, set off by {block.blank_lines_before} blank lines "
                    f"(paragraphs here use {gap}); {len(blocks[i].words)} words",
                    features=(("blank_lines_before", block.blank_lines_before), ("words", blocks[i].word_count)),
                )
                for i in tail
            }
    return {}
