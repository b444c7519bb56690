"""Stage 5: heuristics that find boilerplate no rule names.

Each block is described by language-neutral features (length, stopword density, terminal
punctuation, capitalization, digits, promo vocabulary, list markers, position); a context-free
ladder sorts blocks into classes as jusText does, then a pass settles the uncertain ones from
their neighbours and from where the article's main run of prose begins and ends.
Every verdict names the heuristic and the features that tipped it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import regex

from cleaner import language
from cleaner.model import Block, Category, Verdict

# A block with at least this many words and enough stopwords is prose on its own.
GOOD_MIN_WORDS = 12
# Share of a block's words that must be stopwords for it to read as prose (jusText uses 0.30
# for "good" with its per-language lists; lower here because scraped blocks are short).
GOOD_STOPWORD_DENSITY = 0.25
# Below this many words a block is judged by its neighbours, not by itself.
SHORT_MAX_WORDS = 6
# A list item after the article's last prose, set off by a wider gap than the document's
# paragraphs, with at least this many words, reads as a reader comment.
COMMENT_MIN_WORDS = 12

_TERMINAL = (".", "!", "?", "…", "。", "！", "？", '"', "”", "’", "»", ")")
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·▪►◦])\s+")
_INDENTED_NUMBERED = regex.compile(r"^\s+\d{1,3}\.\s+\S")


class BlockClass(str, enum.Enum):
    GOOD = "good"  # prose
    NEAR_GOOD = "near-good"  # prose-like but short
    SHORT = "short"  # too short to judge alone
    BAD = "bad"  # boilerplate-like on its own


@dataclass(frozen=True)
class Features:
    words: int
    stopword_density: float
    terminal_punctuation: bool
    list_item: bool

    def describe(self) -> str:
        return (
            f"{self.words} words, stopword density {self.stopword_density:.2f}, "
            f"{'ends a sentence' if self.terminal_punctuation else 'no terminal punctuation'}"
        )


@dataclass(frozen=True)
class Document:
    """What the heuristics know of the whole document."""

    blocks: list[Block]
    lines: list[str]
    stopwords: frozenset[str]
    paragraph_gap: int  # blank lines a typical paragraph break has in this document


def describe_document(blocks: list[Block], lines: list[str], language_hint: str | None = None) -> Document:
    tokens = [w for b in blocks for w in language.words(b.text)]
    lang = language_hint or language.guess_language(tokens)
    gaps = [b.blank_lines_before for b in blocks[1:]]
    typical_gap = max(set(gaps), key=gaps.count) if gaps else 1
    return Document(blocks, lines, language.stopwords_for(lang), typical_gap)


def features(block: Block, doc: Document) -> Features:
    tokens = language.words(block.text)
    density = (sum(1 for t in tokens if t in doc.stopwords) / len(tokens)) if tokens else 0.0
    return Features(
        words=len(block.text.split()),
        stopword_density=density,
        terminal_punctuation=block.text.rstrip().endswith(_TERMINAL),
        list_item=bool(_LIST_MARKER.match(doc.lines[block.first_line])),
    )


def classify(f: Features, has_stopwords: bool) -> BlockClass:
    prose_like = f.stopword_density >= GOOD_STOPWORD_DENSITY or not has_stopwords
    if f.words >= GOOD_MIN_WORDS and prose_like:
        return BlockClass.GOOD
    if f.words > SHORT_MAX_WORDS and prose_like and f.terminal_punctuation:
        return BlockClass.NEAR_GOOD
    if f.words > SHORT_MAX_WORDS and not prose_like:
        return BlockClass.BAD
    return BlockClass.SHORT


def judge(doc: Document) -> dict[int, Verdict]:
    """Heuristic verdicts by block index, for blocks that no rule removed."""
    feats = [features(b, doc) for b in doc.blocks]
    verdicts: dict[int, Verdict] = {}
    verdicts.update(trailing_comment_list(doc, feats))
    return verdicts


def trailing_comment_list(doc: Document, feats: list[Features]) -> dict[int, Verdict]:
    """Reader comments rendered as a numbered list after the story, set off by a wider gap.

    Comment threads are ordered lists (`<ol class="commentlist">`); flattened to text they
    become indented "1. ..." items at the very end, after more blank lines than the
    document's own paragraph breaks.
    """
    blocks = doc.blocks
    for start in range(1, len(blocks)):
        block = blocks[start]
        if block.blank_lines_before <= doc.paragraph_gap:
            continue
        tail = range(start, len(blocks))
        if all(
            _INDENTED_NUMBERED.match(doc.lines[blocks[i].first_line]) and feats[i].words >= COMMENT_MIN_WORDS
            for i in tail
        ):
            return {
                i: Verdict(
                    Category.COMMENTS,
                    "heuristic:trailing-comment-list",
                    f"numbered item after the article, set off by {block.blank_lines_before} blank lines "
                    f"(paragraphs here use {doc.paragraph_gap}); {feats[i].describe()}",
                )
                for i in tail
            }
    return {}
