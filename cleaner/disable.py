"""What `disable` may name (Cleaner(disable=...), --disable, [tool.cleaner] disable): a rule id,
a category, or a heuristic's source ("heuristic:..."). Anything else is most likely a typo that
would switch nothing off, silently, so it is refused with the closest known names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from cleaner.model import Category


class UnknownDisable(ValueError):
    """A name in `disable` that is no rule id, category or heuristic."""

    def __init__(self, name: str, close: list[str]) -> None:
        self.name = name
        self.close = close
        super().__init__(f"disable: no rule or category {name!r}{self.hint}")

    @property
    def hint(self) -> str:
        return f"; did you mean {', '.join(map(repr, self.close))}?" if self.close else "; see `cleaner rules list`"


def check_disabled(disabled: Iterable[str], rule_ids: Iterable[str]) -> None:
    """UnknownDisable (a ValueError) for the first name in `disabled` that is not one of
    `rule_ids`, a category or a "heuristic:..." source."""
    known = [*rule_ids, *(category.value for category in Category)]
    known_set = set(known)
    for name in disabled:
        if name in known_set or name.startswith("heuristic:"):
            continue
        raise UnknownDisable(name, difflib.get_close_matches(name, known, n=3, cutoff=0.6))
