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
    # len(text.split()), counted once when the block is made: every stage asks it of every block
    word_count: int
    # columns of white space before its first line (a tab counts as four): code, a changelog's
    # entries and examples in a text file are indented (segment.preformatted)
    indent: int

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass(frozen=True)
class Removal:
    r"""One span taken out of a document, with the rule or heuristic that took it and why.

    `start`/`end` are character offsets into the input and `first_line`/`last_line` its 1-based
    lines, so `text == input[start:end]`; `source` is a rule id, `heuristic:NAME`, or for what an
    HTML extractor dropped `extractor:html` (which has no place in the text: offsets and lines 0).

        >>> from cleaner import Cleaner
        >>> text = "The council met on Tuesday and approved the budget.\nAdvertisement\n"
        >>> removal = Cleaner().clean(text).removals[0]
        >>> removal.source, removal.category, removal.first_line, text[removal.start:removal.end]
        ('heuristic:furniture-line', <Category.AD: 'ad'>, 2, 'Advertisement')
        >>> removal.to_dict()["category"]
        'ad'
    """

    start: int
    end: int
    first_line: int  # 1-based, inclusive, in the input document
    last_line: int
    text: str
    category: Category
    source: str  # rule id (e.g. "poll-consent") or heuristic id (e.g. "heuristic:link-list")
    reason: str
    # the reason's numbers: a heuristic's measurements ("words"), the scorer's "score" and
    # "threshold"; a rule's evidence is its pattern, so it has none
    features: Features = ()

    def to_dict(self) -> dict[str, object]:
        """The removal as JSON-ready values (the category by its name), as `--report` writes it."""
        return {
            "start": self.start,
            "end": self.end,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "category": self.category.value,
            "source": self.source,
            "reason": self.reason,
            "features": dict(self.features),
            "text": self.text,
        }


# The measured values behind a verdict, by name ("words", "score", "threshold"): the reason's
# numbers for a program to read (a report filtered by score, say), in the order they were given.
Features = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Verdict:
    """Why a block (or a sentence of it) goes: which rule or heuristic (`source`), what kind of
    boilerplate, why in words (`reason`) and in numbers (`features`). `span` is relative to the
    block text; None = all of it."""

    category: Category
    source: str
    reason: str
    span: tuple[int, int] | None = None
    features: Features = ()


@dataclass
class CleanResult:
    r"""What cleaning a document gave: the clean text and a record of every removal.

        >>> from cleaner import Cleaner
        >>> result = Cleaner().clean("The council met on Tuesday and approved the budget.\nAdvertisement\n")
        >>> result.text
        'The council met on Tuesday and approved the budget.\n'
        >>> result.changed, len(result.removals), result.removed_chars()
        (True, 1, 13)
        >>> result.to_dict()["removals"][0]["source"]
        'heuristic:furniture-line'
    """

    text: str
    removals: list[Removal] = field(default_factory=list)
    # True when the cleaner would have removed most of the document's words: unless
    # Options.allow_large_removals, `text` is then the input as it was and the removals that
    # were held back are in `withheld`.
    suspicious: bool = False
    withheld: list[Removal] = field(default_factory=list)
    passes: int = 0  # how many passes over the text ran (page mode confirms on its blocks: often one)
    # What went wrong without stopping the cleaning, e.g. a rule that ran out of time on this
    # document and was not applied to the rest of it (cleaner run reports them as problems).
    problems: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything was removed."""
        return bool(self.removals)

    def removed_chars(self) -> int:
        """Characters taken out (normalization edits such as trailing spaces are not removals)."""
        return sum(len(r.text) for r in self.removals)

    def to_dict(self) -> dict[str, object]:
        """The result as JSON-ready values: `json.dumps(result.to_dict())` works."""
        return {
            "text": self.text,
            "removals": [r.to_dict() for r in self.removals],
            "suspicious": self.suspicious,
            "withheld": [r.to_dict() for r in self.withheld],
        }
