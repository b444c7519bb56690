"""The cleaner: read → normalize → segment → rules → heuristics → decide → render.

`Cleaner` compiles its rules once and is then a pure function of the text: no I/O and no
shared mutable state at call time, so one instance serves many threads, and it pickles, so
a distributed engine can ship it to workers.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import regex

from cleaner import heuristics, inline
from cleaner.decide import decide
from cleaner.features import describe_document
from cleaner.model import Category, CleanResult, Removal, Verdict, made_fast
from cleaner.normalize import normalize_lines
from cleaner.render import Cut, render
from cleaner.scorer import Scorer, default_scorer
from cleaner.rules import RuleSet, load_rules
from cleaner.segment import segment

_WORD = regex.compile(r"\w+")

# Cleaning repeats until the text stops changing: a removal changes what its neighbours look
# like to the scorer, and only a fixed point makes cleaning idempotent. On full-page text a page
# takes 2.8 passes on average (a few need 10-20, each on less text); the cap bounds hostile input.
MAX_PASSES = 32
# Safety valve: a document that would lose more than this share of its words is left as it is
# and flagged (`CleanResult.suspicious`), unless Options.allow_large_removals. No rule or
# heuristic of article mode should come near it; one that does is wrong about that document.
# (A comment thread after its marker is not counted: see loses_most_words.)
LARGE_REMOVAL_SHARE = 0.5
MODES = ("article", "page")


@dataclass(frozen=True)
class Options:
    """Every option of the cleaner and its default, in one place."""

    # What the input is. "article": an article's text as a scraper or an extractor left it;
    # only rules and heuristics of measured precision remove anything, so short lines, lists,
    # tables, headings, verse and one-line documents stay. "page": a whole page flattened to
    # text (menus, footers, link lists around the article); the learned scorer runs too.
    mode: str = "article"
    heuristics: bool = True
    language: str | None = None  # a jusText stoplist name ("English"); None = guess per document
    # Page mode: override of the scorer's threshold; it removes a block whose article-text
    # probability is below this (0 turns it off). None: the trained threshold, and
    # heuristics.EXTRACTED_THRESHOLD on text that looks extracted.
    scorer_threshold: float | None = None
    # Clean a document even when it would lose most of its words (see LARGE_REMOVAL_SHARE).
    allow_large_removals: bool = False
    # Name in each scorer removal's reason the features that pushed its score down. Off, the
    # reason gives the score and threshold only, and cleaning is ~10% faster on page text; the
    # text and every other field of the removals are the same. `cleaner run` turns it off when
    # it writes no report, where nothing reads the reasons.
    explain: bool = True
    # Also remove picture credits whose picture is gone ("Photo: Jane Doe/Reuters", "AFP/Getty
    # Images", "Foto: dpa"; cleaner/inline.py picture_credit). Off by default: people who cut an
    # article out of a page keep its credits as often as not (on the gold-bodies tuning pages,
    # 69 of the 163 credit lines it finds are in the gold), so removing them costs recall.
    picture_credits: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")


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
        front = front_matter(text)
        if not front:
            return self._clean_body(text)
        # Markdown front matter is the document's metadata, never its boilerplate: it passes
        # through untouched, and the body's removals are moved to the input's coordinates
        result = self._clean_body(text[len(front):])
        lines = front.count("\n")
        moved = [
            dataclasses.replace(
                r, start=r.start + len(front), end=r.end + len(front), first_line=r.first_line + lines,
                last_line=r.last_line + lines,
            )
            for r in result.removals
        ]
        body = result.text if result.text or not result.removals else ""
        return dataclasses.replace(result, text=front + body, removals=moved)

    def _clean_body(self, text: str) -> CleanResult:
        original = text
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
        threads = self._rest_rules | {inline.THREAD_SOURCE}
        thread = sum(len(_WORD.findall(r.text)) for r in removals if r.source in threads)
        if loses_most_words(text, output, thread):
            if not self.options.allow_large_removals:
                # left as it came: the caller decides (cleaner run names it and exits 1)
                return CleanResult(original, [], suspicious=True, withheld=removals)
            return CleanResult(output, removals, suspicious=True)
        return CleanResult(output, removals)

    def _pass(self, lines: list[str], memo: dict, measurements: dict):
        blocks = segment(lines)
        rule_verdicts = self.rules.verdicts_for(blocks, memo)
        heuristic_verdicts = {}
        threshold = self.options.scorer_threshold
        page = self.options.mode == "page"
        if self.options.heuristics and (not page or self.scorer is None or threshold == 0):
            heuristic_verdicts = heuristics.judge_structure(blocks, lines)
        elif self.options.heuristics:
            doc = describe_document(blocks, lines, self.options.language, measurements)
            heuristic_verdicts = heuristics.judge(doc, self.scorer, threshold, explain=self.options.explain)
        if self.options.heuristics:  # inline junk, in both modes (in page mode the scorer's verdicts stand)
            for index, verdict in inline.judge(blocks, credits=self.options.picture_credits).items():
                heuristic_verdicts.setdefault(index, verdict)
        decisions = decide(blocks, rule_verdicts, heuristic_verdicts, self._rest_rules)
        return render(lines, blocks, decisions)


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


_FRONT_MATTER = regex.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*\r?\n){0,200}?(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)")


def front_matter(text: str) -> str:
    """The YAML (---) or TOML (+++) front matter that opens a Markdown document, or ""."""
    match = _FRONT_MATTER.match(text)
    return match.group() if match else ""


def loses_most_words(before: str, after: str, thread: int = 0) -> bool:
    """Whether cleaning `before` to `after` lost over LARGE_REMOVAL_SHARE of its words.

    `thread`: words of a comment thread (after its marker, or found by inline.comment_thread);
    they are left out of the count. A thread is only taken where its furniture shows
    (decide.thread_evidence, reply buttons), and a story with hundreds of comments under it is
    mostly thread.
    """
    words = len(_WORD.findall(before)) - thread
    return words > 0 and 1 - len(_WORD.findall(after)) / words > LARGE_REMOVAL_SHARE


def removal_counts(removals: Iterable[Removal]) -> dict[Category, int]:
    counts: dict[Category, int] = {}
    for removal in removals:
        counts[removal.category] = counts.get(removal.category, 0) + 1
    return counts
