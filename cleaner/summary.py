"""What a run did, counted as its outcomes come in: the totals `cleaner run` prints, and the
Markdown summary of `--summary` (removals per category and per rule, the documents that lost
the most, a histogram of the share each document lost).

Memory stays flat on any corpus: counters per category and rule, histogram counts, and only the
documents that lost the most.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from cleaner.runner import Outcome, Status
from cleaner.selection import SUMMARY_MARK

# Documents listed under "lost the most": enough to spot a rule gone wrong, short enough to read.
TOP_DOCUMENTS = 10
# Rules listed per rule: the ones that remove most; the rest are summed in one line.
TOP_RULES = 30
# Histogram bins of the removed share: "none", then tenths.
BINS = 10
BAR_WIDTH = 40


@dataclass(order=True)
class DocumentLoss:
    """One document's loss: characters removed of all it had (a file, or one JSONL record)."""

    share: float
    removed: int
    total: int
    name: str = field(compare=False)


@dataclass
class RunTotals:
    scanned: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    flagged: int = 0
    blocks: Counter = field(default_factory=Counter)  # removals per category
    chars: Counter = field(default_factory=Counter)  # characters removed per category
    rule_blocks: Counter = field(default_factory=Counter)
    rule_chars: Counter = field(default_factory=Counter)
    documents: int = 0
    histogram: list[int] = field(default_factory=lambda: [0] * (BINS + 1))  # [none, 0-10%, ..., 90-100%]
    most: list[DocumentLoss] = field(default_factory=list)  # a min-heap of the TOP_DOCUMENTS largest losses
    flagged_paths: list[str] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.scanned += 1
        setattr(self, outcome.status.value, getattr(self, outcome.status.value) + 1)
        if outcome.status is Status.FLAGGED:
            self.flagged_paths.append(outcome.path)
        elif outcome.suspicious:
            self.suspicious.append(outcome.path)
        removed: Counter = Counter()
        for removal in outcome.removals:
            size = len(removal["text"])
            self.blocks[removal["category"]] += 1
            self.chars[removal["category"]] += size
            self.rule_blocks[removal["source"]] += 1
            self.rule_chars[removal["source"]] += size
            removed[removal.get("record", 0)] += size
        for record, kept in outcome.kept_chars.items():
            name = f"{outcome.path}:{record}" if record else outcome.path
            self._document(name, removed[record], kept + removed[record])

    def _document(self, name: str, removed: int, total: int) -> None:
        self.documents += 1
        share = removed / total if total else 0.0
        self.histogram[0 if not removed else 1 + min(BINS - 1, int(share * BINS))] += 1
        if not removed:
            return
        loss = DocumentLoss(share, removed, total, name)
        if len(self.most) < TOP_DOCUMENTS:
            heapq.heappush(self.most, loss)
        elif loss > self.most[0]:
            heapq.heapreplace(self.most, loss)

    def markdown(self, title: str = "cleaner run") -> str:
        """The Markdown summary of the run."""
        removals, removed_chars = sum(self.blocks.values()), sum(self.chars.values())
        lines = [
            SUMMARY_MARK.decode(),
            f"# {title}",
            "",
            f"{self.scanned} files: {self.changed} changed, {self.unchanged} unchanged, {self.skipped} skipped, "
            f"{self.flagged} left as they were. {self.documents} documents, {removals} removals, "
            f"{removed_chars:,} characters removed.",
            "",
            "## Removals per category",
            "",
            "| category | removals | characters |",
            "|---|---:|---:|",
            *(f"| {name} | {count} | {self.chars[name]:,} |" for name, count in self.blocks.most_common()),
            "",
            "## Removals per rule",
            "",
            "| rule or heuristic | removals | characters |",
            "|---|---:|---:|",
            *(
                f"| `{name}` | {count} | {self.rule_chars[name]:,} |"
                for name, count in self.rule_blocks.most_common(TOP_RULES)
            ),
        ]
        rest = self.rule_blocks.most_common()[TOP_RULES:]
        if rest:
            chars = sum(self.rule_chars[n] for n, _ in rest)
            lines.append(f"| {len(rest)} others | {sum(c for _, c in rest)} | {chars:,} |")
        lines += ["", "## Documents that lost the most", ""]
        if self.most:
            lines += ["| document | removed | of characters | share |", "|---|---:|---:|---:|"]
            for loss in sorted(self.most, reverse=True):
                lines.append(f"| {_cell(loss.name)} | {loss.removed:,} | {loss.total:,} | {loss.share:.0%} |")
        else:
            lines.append("No document lost anything.")
        lines += ["", "## Share of each document removed", "", "```"]
        widest = max(self.histogram) or 1
        labels = ["none"] + [f"{i * 100 // BINS}-{(i + 1) * 100 // BINS}%" for i in range(BINS)]
        for label, count in zip(labels, self.histogram):
            bar = "#" * round(BAR_WIDTH * count / widest)
            lines.append(f"{label:>8} {count:>7} {bar}".rstrip())
        lines += ["```", ""]
        return "\n".join(lines)


def _cell(text: str) -> str:
    """A file name as a Markdown table cell: code, with the column separator escaped."""
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"
