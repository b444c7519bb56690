"""Write cleaner/data/literals.json: the shipped rules' required literal sets, per branch.

A run looks a rule's branches up in this table (prefilter.literals_of) instead of parsing their
patterns, which was most of a one-file run's first clean. Run it after changing a shipped rule's
pattern or the prefilter's literal rules; tests/test_speed_paths.py fails until then.

    python scripts/literal_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.prefilter import TABLE_FILE, table_rows  # noqa: E402
from cleaner.rules import load_rules  # noqa: E402


def shipped_branches() -> list[tuple[str, bool]]:
    return [(part, rule.ignore_case) for rule in load_rules([]).rules for part in rule.branches.parts]


def main() -> None:
    path = ROOT / "cleaner" / "data" / TABLE_FILE
    rows = table_rows(shipped_branches())
    path.write_text("[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n", encoding="utf-8")
    print(f"{path}: {len(rows)} patterns")


if __name__ == "__main__":
    main()
