"""Product boxes: a price beside a shopping button.
"""

from __future__ import annotations

from cleaner.inline.common import _verdict, furniture_line
from cleaner.lines import DIGIT, line_patterns
from cleaner.model import Block, Category, Verdict


def _shop_line(blocks: list[Block], k: int) -> bool:
    verdict = furniture_line(blocks, k) if 0 <= k < len(blocks) else None
    return verdict is not None and verdict.reason.startswith("shop ")


def price_line(blocks: list[Block], i: int) -> Verdict | None:
    """A price ("$19.99 at Harbour Tools", "ab 24,90 €") next to a shopping button: a product
    box. A price alone is a listing's or a table's (an estate agent's page, a menu)."""
    text = blocks[i].text
    if not DIGIT.search(text) or not line_patterns()["price"].match(text):
        return None
    if not (_shop_line(blocks, i - 1) or _shop_line(blocks, i + 1)):
        return None
    return _verdict(
        Category.AD, "price-line", f"price next to a shopping button: {text.strip()[:40]!r}",
        words=blocks[i].word_count,
    )
