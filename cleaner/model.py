"""The records that flow between stages: blocks in, removals and a result out."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TypeVar

_Record = TypeVar("_Record")


def made_fast(cls: type[_Record], **fields) -> _Record:
    """cls(**fields), for Block and Removal: the same record without the frozen dataclass's
    __init__, whose object.__setattr__ per field costs about a sixth of segment() (a page makes
    hundreds of blocks per pass, and of removals). Every field must be given, and the class
    must have no __post_init__ (tests/test_speed_paths.py checks both)."""
    record = object.__new__(cls)
    record.__dict__.update(fields)
    return record


class Category(str, enum.Enum):
    """What kind of boilerplate a removal was. Rule files name these by value.

    Listed from the most specific to the most generic: when several rules match one block,
    the most specific category reports the removal (a poll's consent line also mentions a
    privacy policy, but it is a poll).
    """

    POLL = "poll"
    COMMENTS = "comments"
    EMBED = "embed"
    CAPTION = "caption"  # a picture's caption or credit, a gallery's counter
    AD = "ad"
    SIGNOFF = "signoff"
    CTA = "cta"
    SOCIAL = "social"
    COOKIE = "cookie"
    RELATED = "related"
    NAVIGATION = "navigation"
    LEGAL = "legal"
    METADATA = "metadata"
    BOILERPLATE = "boilerplate"
    WHITESPACE = "whitespace"


@dataclass(frozen=True)
class Block:
    """A unit of text the cleaner decides on: a line, or lines that continue one paragraph.

    `start`/`end` are character offsets into the normalized text; `first_line`/`last_line`
    are 0-based line numbers, identical in the input and the normalized text (normalizing
    never adds or removes a line).
    """

    index: int
    text: str
    start: int
    end: int
    first_line: int
    last_line: int
    paragraph: int  # index of the blank-line separated paragraph holding this block
    blank_lines_before: int

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass(frozen=True)
class Removal:
    """One span taken out of a document, with the rule or heuristic that took it and why."""

    start: int
    end: int
    first_line: int  # 1-based, inclusive, in the input document
    last_line: int
    text: str
    category: Category
    source: str  # rule id (e.g. "poll-consent") or heuristic id (e.g. "heuristic:link-list")
    reason: str

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "category": self.category.value,
            "source": self.source,
            "reason": self.reason,
            "text": self.text,
        }


@dataclass(frozen=True)
class Verdict:
    """Why a block (or a sentence of it) goes. `span` is relative to the block text; None = all."""

    category: Category
    source: str
    reason: str
    span: tuple[int, int] | None = None


@dataclass
class CleanResult:
    text: str
    removals: list[Removal] = field(default_factory=list)
    # True when the cleaner would have removed most of the document's words: unless
    # Options.allow_large_removals, `text` is then the input as it was and the removals that
    # were held back are in `withheld`.
    suspicious: bool = False
    withheld: list[Removal] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.removals)

    def removed_chars(self) -> int:
        return sum(len(r.text) for r in self.removals)
