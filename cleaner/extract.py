"""A second opinion on trafilatura's main text, from jusText's paragraph classifier.

trafilatura finds the main text well but lets some boilerplate through at its end (related-article
headings, link lists), and now and then misses a paragraph of prose. jusText looks at the same page
paragraph by paragraph, with link density and stopword density (read from the tree trafilatura
works on, by cleaner.paragraphs, at a fraction of justext.justext's cost). The ensemble keeps trafilatura's
text as the base and lets jusText settle two cases:

- a line in the second half of trafilatura's text that jusText saw as a heading or a link-heavy
  block, and did not classify as good, is dropped;
- a long paragraph of prose that jusText classified as good, and trafilatura left out, is added at
  its place in page order.

Both are pure functions of their input; the thresholds were tuned on the dev four fifths of the
trafilatura evaluation corpus (benchmarks/quality.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cleaner.language import stoplists
from cleaner.paragraphs import TRAFILATURA_FALLBACK, Block, classify

# Boilerplate that trafilatura lets through sits at the end (teasers, "related" headings); the
# first half of its text is nearly always the article. Swept 0.3-0.7: 0.5 removes the most
# boilerplate for the fewest lost snippets.
TAIL_SHARE = 0.5
# A block whose characters are mostly link text is navigation (jusText's own max_link_density
# is 0.2 for good paragraphs; 0.5 keeps prose with a few links).
LINK_HEAVY = 0.5
# Paragraphs jusText keeps and trafilatura drops are added only when they are long prose: below
# 300 characters they are as often teasers as article text (swept 200-500).
MIN_ADDED_CHARS = 300
# ... and dense in stopwords (jusText's stopwords_high is 0.32; prose runs 0.4-0.6).
MIN_ADDED_STOPWORD_DENSITY = 0.4
# trafilatura's fast mode skips its fallbacks, which replace a short extraction with jusText's
# text. We do the same with its settings: below 1,000 characters, when jusText finds 3 times as
# much. Swept 250-2,000 characters and 1-3 times on the dev pages: F1 +0.002 (1,000 and 2,000
# tie; a ratio under 3 lets jusText's boilerplate in).
RESCUE_MAX_CHARS = 1000
RESCUE_MIN_RATIO = 3.0

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Paragraph:
    """jusText's view of one block of the page."""

    text: str  # whitespace collapsed
    good: bool
    heading: bool
    link_density: float
    stopword_density: float


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def justext_paragraphs(blocks: list[Block], stopwords: frozenset[str]) -> list[Paragraph]:
    """The page's paragraphs as jusText classifies them with `stopwords`."""
    return [
        Paragraph(
            text=block.text.replace("\n", " "),  # jusText's text has its space runs collapsed already
            good=block.class_type == "good",
            heading=block.heading,
            link_density=block.links_density(),
            stopword_density=block.stopwords_density(stopwords),
        )
        for block in classify(blocks, stopwords)
    ]


def rescue(main_text: str, blocks: list[Block]) -> str | None:
    """jusText's text with trafilatura's fallback settings, when it is much longer than a short
    `main_text`; None otherwise. The language is not known here, so every stoplist counts."""
    if len(main_text) >= RESCUE_MAX_CHARS:
        return None
    kept = "\n".join(b.text for b in classify(blocks, all_stopwords(), TRAFILATURA_FALLBACK) if b.class_type == "good")
    return kept if len(kept) > RESCUE_MIN_RATIO * len(main_text) else None


@functools.lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    return frozenset().union(*stoplists().values())


def combine(main_text: str, paragraphs: list[Paragraph]) -> str:
    """trafilatura's `main_text`, settled line by line against jusText's `paragraphs`."""
    lines = [line for line in main_text.split("\n") if line.strip()]
    if not lines or not paragraphs:
        return main_text
    matches = [_match(squash(line), paragraphs) for line in lines]
    kept = [
        (line, index)
        for position, (line, index) in enumerate(zip(lines, matches))
        if not _tail_boilerplate(position, len(lines), paragraphs[index] if index is not None else None)
    ]
    flat = squash(main_text)
    missed = [
        i for i, p in enumerate(paragraphs)
        if p.good
        and len(p.text) >= MIN_ADDED_CHARS
        and p.stopword_density >= MIN_ADDED_STOPWORD_DENSITY
        and p.text not in flat
    ]
    return "\n".join(_insert(kept, missed, paragraphs)) + ("\n" if main_text.endswith("\n") else "")


def _match(line: str, paragraphs: list[Paragraph]) -> int | None:
    """The first paragraph that holds the line, or that the line holds (trafilatura merges some)."""
    for index, paragraph in enumerate(paragraphs):
        if line in paragraph.text or (len(paragraph.text) > 20 and paragraph.text in line):
            return index
    return None


def _tail_boilerplate(position: int, count: int, paragraph: Paragraph | None) -> bool:
    if paragraph is None or paragraph.good or position < count * TAIL_SHARE:
        return False
    return paragraph.heading or paragraph.link_density >= LINK_HEAVY


def _insert(kept: list[tuple[str, int | None]], missed: list[int], paragraphs: list[Paragraph]) -> list[str]:
    """The kept lines with each missed paragraph after the last line that comes before it on the page."""
    output: list[str] = []
    pending = list(missed)
    for line, index in kept:
        while pending and index is not None and pending[0] < index:
            output.append(paragraphs[pending.pop(0)].text)
        output.append(line)
    output.extend(paragraphs[i].text for i in pending)
    return output
