"""Stray metadata: a machine timestamp or an image file's name alone on its line.
"""

from __future__ import annotations

import collections

from cleaner.inline.common import _verdict
from cleaner.lines import line_patterns, once_per_document, reads_as_prose
from cleaner.model import Block, Category, Verdict


def metadata_line(blocks: list[Block], i: int) -> Verdict | None:
    """A machine timestamp ("2019-05-12T10:00:00Z") or an image file's name alone on its line.

    Not a bare URL: a list of links or a reference ("http://www.nof.org") is often the
    article's own (on the tuning pages a quarter of the bare URL lines were in the gold)."""
    kind = _metadata_kind(blocks[i].text)
    return None if kind is None else _metadata_verdict(blocks[i], kind)


def article_metadata_line(blocks: list[Block], i: int) -> Verdict | None:
    """metadata_line, but a kind of line that recurs in the document is its structure: a
    changelog's release dates, a listing of files. What leaks from a page's markup into its
    article text stands alone (on gold-bodies' article regions, each of the 4 such lines did).
    Nor a timestamp above the document's first prose: its own date under its title (a README's
    "2022-09-28T06:49+00:00"; no timestamp on gold-bodies was taken at all)."""
    kind = _metadata_kind(blocks[i].text)
    if kind is None or _metadata_kinds(blocks)[kind] > 1:
        return None
    if kind == "machine timestamp" and not any(reads_as_prose(block.text) for block in blocks[:i]):
        return None
    return _metadata_verdict(blocks[i], kind)


@once_per_document
def _metadata_kinds(blocks: list[Block]) -> collections.Counter[str]:
    """How many of the text's lines are metadata of each kind."""
    return collections.Counter(kind for block in blocks if (kind := _metadata_kind(block.text)) is not None)


def _metadata_verdict(block: Block, kind: str) -> Verdict:
    text = block.text.strip()
    return _verdict(Category.METADATA, "metadata-line", f"{kind} {text[:50]!r}", words=block.word_count)


def _metadata_kind(text: str) -> str | None:
    text = text.strip()
    p = line_patterns()
    # a timestamp has its date's "-", a file name its extension's ".": most lines are spared the regexes
    for name, what, mark in (("iso_time", "machine timestamp", "-"), ("image_file", "image file", ".")):
        if mark in text and p[name].match(text):
            return what
    return None
