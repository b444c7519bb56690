"""The cleaner: read → normalize → segment → rules → heuristics → decide → render.

`Cleaner` compiles its rules once and is then a pure function of the text: no I/O and no
shared mutable state at call time, so one instance serves many threads, and it pickles, so
a distributed engine can ship it to workers.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from cleaner import heuristics
from cleaner.decide import decide
from cleaner.features import describe_document
from cleaner.model import Category, CleanResult, Removal, Verdict, made_fast
from cleaner.normalize import normalize_lines
from cleaner.render import Cut, render
from cleaner.scorer import Scorer, default_scorer
from cleaner.rules import RuleSet, load_rules
from cleaner.segment import segment

# Cleaning repeats until the text stops changing: a removal changes what its neighbours look
# like to the scorer, and only a fixed point makes cleaning idempotent. On full-page text a page
# takes 2.8 passes on average (a few need 10-20, each on less text); the cap bounds hostile input.
MAX_PASSES = 32
# Safety valve: a document losing more than this share of its non-whitespace characters is
# flagged as suspicious (and left unchanged by callers that ask for safety).
SUSPICIOUS_REMOVED_SHARE = 0.6


@dataclass(frozen=True)
class Options:
    """Every option of the cleaner and its default, in one place."""

    heuristics: bool = True
    language: str | None = None  # a jusText stoplist name ("English"); None = guess per document
    # The text comes out of an extractor (trafilatura and the like), which has already chosen the
    # article's blocks: the scorer removes nothing on its own; rules and the structural heuristics
    # still apply. On trafilatura's output of the dev pages this keeps its recall (0.946) where
    # the scorer cost 0.006 (out of fold), for a smaller precision gain. clean_html does the same.
    extracted: bool = False
    # Override of the scorer's threshold: it removes a block whose article-text probability is
    # below this (0 turns it off). None: the trained threshold on page text, and
    # heuristics.EXTRACTED_THRESHOLD on text that looks extracted; 0 when `extracted` is set.
    scorer_threshold: float | None = None
    # Name in each scorer removal's reason the features that pushed its score down. Off, the
    # reason gives the score and threshold only, and cleaning is ~10% faster on page text; the
    # text and every other field of the removals are the same. `cleaner run` turns it off when
    # it writes no report, where nothing reads the reasons.
    explain: bool = True


class Cleaner:
    def __init__(
        self,
        rules: RuleSet | Iterable[Path | str] | None = None,
        *,
        include_default_rules: bool = True,
        disable: Iterable[str] = (),
        options: Options = Options(),
        scorer: Scorer | None = None,
    ) -> None:
        if not isinstance(rules, RuleSet):
            rules = load_rules(rules or (), include_default=include_default_rules)
        self.rules = rules.without(disable)
        self.options = options
        # None: the scorer shipped in cleaner/data (scripts/train_scorer.py trains others)
        self.scorer = scorer or default_scorer()
        self._rest_rules = self.rules.rest_rule_ids()

    def with_options(self, options: Options) -> Cleaner:
        """The same rules and scorer with other options; nothing is compiled again."""
        other = copy.copy(self)
        other.options = options
        return other

    def clean(self, text: str) -> CleanResult:
        newline = "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"
        if newline == "\r\n":
            text = text.replace("\r\n", "\n")
        # the final newline ends the last line; it is not a blank line to collapse
        # ("" has no line at all, not one empty line: cleaning it must report no removal)
        input_lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n") if text else []
        lines = normalize_lines(input_lines)
        origin = list(range(len(lines)))
        cuts: list[Cut] = []
        # what each pass learns of a block's text holds in the next: rule verdicts (see
        # RuleSet.verdicts_for) and the block's own measurements (see describe_document)
        memo: dict = {}
        measurements: dict = {}
        for _ in range(MAX_PASSES):
            rendered = self._pass(lines, memo, measurements)
            cuts.extend(_to_input_lines(c, origin) for c in rendered.cuts)
            origin = [origin[i] for i in rendered.origin]
            done = rendered.lines == lines
            lines = rendered.lines
            if done:
                break
        output = newline.join(lines) + newline if lines else ""
        removals = _removals(input_lines, cuts)
        return CleanResult(output, removals, suspicious=_suspicious(text, output))

    def _pass(self, lines: list[str], memo: dict, measurements: dict):
        blocks = segment(lines)
        rule_verdicts = self.rules.verdicts_for(blocks, memo)
        heuristic_verdicts = {}
        threshold = _scorer_threshold(self.options)
        if self.options.heuristics and (self.scorer is None or threshold == 0):
            heuristic_verdicts = heuristics.judge_structure(blocks, lines)
        elif self.options.heuristics:
            doc = describe_document(blocks, lines, self.options.language, measurements)
            heuristic_verdicts = heuristics.judge(doc, self.scorer, threshold, explain=self.options.explain)
        decisions = decide(blocks, rule_verdicts, heuristic_verdicts, self._rest_rules)
        return render(lines, blocks, decisions)


def _scorer_threshold(options: Options) -> float | None:
    if options.scorer_threshold is None and options.extracted:
        return 0.0
    return options.scorer_threshold


def _to_input_lines(cut: Cut, origin: list[int]) -> Cut:
    return Cut(origin[cut.first_line], origin[cut.last_line], cut.column, cut.text, cut.verdict)


def _removals(input_lines: list[str], cuts: list[Cut]) -> list[Removal]:
    starts = list(itertools.accumulate((len(line) + 1 for line in input_lines), initial=0))
    removals = []
    for cut in sorted(cuts, key=lambda c: (c.first_line, c.column or 0)):
        text = cut.text
        if cut.column is None and cut.verdict.category is Category.WHITESPACE:
            # blank lines go with their line ends: report the lines as they were in the input
            start, end = starts[cut.first_line], starts[cut.last_line + 1]
            text = "".join(line + "\n" for line in input_lines[cut.first_line:cut.last_line + 1])
        elif cut.column is None:
            start, end = starts[cut.first_line], starts[cut.last_line] + len(input_lines[cut.last_line])
        else:
            found = input_lines[cut.first_line].find(cut.text)
            start = starts[cut.first_line] + (found if found >= 0 else cut.column)
            end = start + len(cut.text)
        v: Verdict = cut.verdict
        removals.append(made_fast(
            Removal, start=start, end=end, first_line=cut.first_line + 1, last_line=cut.last_line + 1, text=text,
            category=v.category, source=v.source, reason=v.reason,
        ))
    return removals


def _suspicious(before: str, after: str) -> bool:
    size = len("".join(before.split()))
    if size == 0:
        return False
    return 1 - len("".join(after.split())) / size > SUSPICIOUS_REMOVED_SHARE


def removal_counts(removals: Iterable[Removal]) -> dict[Category, int]:
    counts: dict[Category, int] = {}
    for removal in removals:
        counts[removal.category] = counts.get(removal.category, 0) + 1
    return counts
