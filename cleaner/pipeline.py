"""The cleaner: read → normalize → segment → rules → heuristics → decide → render.

`Cleaner` compiles its rules once and is then a pure function of the text: no I/O and no
shared mutable state at call time, so one instance serves many threads, and it pickles, so
a distributed engine can ship it to workers.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from cleaner import inline
from cleaner.decide import Action, Decision, decide
from cleaner.disable import check_disabled
from cleaner.model import Block, Category, CleanResult, Removal, Verdict, made_fast
from cleaner.normalize import normalize_lines
from cleaner.offsets import LineMap, locate
from cleaner.regexguard import RegexBudget
from cleaner.render import Cut, render, render_kept
from cleaner.rules import RuleSet, load_rules
from cleaner.segment import blocks_kept, segment
from cleaner.structure import judge_structure

if TYPE_CHECKING:  # the scorer, numpy and the stoplists load only when page mode runs
    import numpy as np

    from cleaner.features import Document, Measurements
    from cleaner.html import Extraction
    from cleaner.scorer import Scorer

_WORD = regex.compile(r"\w+")

# A pass decides every block once; in page mode the scorer settles within it (its verdicts
# depend on the neighbours a removal takes away: heuristics.SETTLE_ROUNDS, rounds over the
# blocks' measurements, not passes over the text), and the output is confirmed on the blocks
# it keeps (Cleaner._confirmed: every stage asked what cleaning the output would ask it).
# Article mode confirms on its blocks too (Cleaner._confirmed_article). Where the blocks cannot
# tell (a block that stays loses a sentence, two lines join), the next pass confirms on the
# text. Cleaning stops at the first pass whose output is a fixed point, so cleaning is
# idempotent. On gold-bodies' 2,225 full pages: 1.06 passes on average, at most 2 (2.43 and 24
# when each of the scorer's rounds was a pass of its own and the last pass only confirmed); on
# its 6,675 article texts, one pass but for 72. The cap bounds hostile input.
MAX_PASSES = 32
# Safety valve: a document that would lose more than this share of its words is left as it is
# and flagged (`CleanResult.suspicious`), unless Options.allow_large_removals. No rule or
# heuristic of article mode should come near it; one that does is wrong about that document.
# (A comment thread after its marker is not counted: see loses_most_words.)
LARGE_REMOVAL_SHARE = 0.5
# Page mode's valve: a whole page's text is mostly menus, footers and comments, so losing most of
# it is what page mode is for (on gold-bodies' tuning part the article is under half of the page's
# words on 73% of Dragnet's pages, under a tenth on 11%, under 2% on 1.9%). Only a page that
# would keep almost none of its words, and less than a paragraph's worth of them, is held back:
# a short post under hundreds of comments or a site's whole menu keeps its paragraph.
PAGE_LARGE_REMOVAL_SHARE = 0.98
PAGE_MIN_KEPT_WORDS = 60
MODES = ("article", "page")


@dataclass(frozen=True)
class Options:
    r"""Every option of the cleaner and its default, in one place (frozen: derive others with
    `dataclasses.replace`).

        >>> from cleaner import Cleaner, Options
        >>> Options().mode, Options(mode="page").mode
        ('article', 'page')
        >>> story = "The town library reopened on Saturday after two years of repairs to its roof and heating.\n\n"
        >>> page = "Gardens\nPuzzles\nCrosswords\n\nLibrary reopens after repairs\n\n" + story * 2
        >>> "Puzzles" in Cleaner().clean(page).text, "Puzzles" in Cleaner(options=Options(mode="page")).clean(page).text
        (True, False)
        >>> Options(mode="pages")
        Traceback (most recent call last):
        ...
        ValueError: mode must be one of article, page, not 'pages'
    """

    # What the input is. "article": an article's text as a scraper or an extractor left it;
    # only rules and heuristics of measured precision remove anything, so short lines, lists,
    # tables, headings, verse and one-line documents stay. "page": a whole page flattened to
    # text (menus, footers, link lists around the article); the learned scorer runs too.
    mode: str = "article"
    heuristics: bool = True
    language: str | None = None  # a jusText stoplist name ("English"); None = guess per document
    # Page mode: override of the scorer's threshold; it removes a block whose article-text
    # probability is below this (0 turns it off). None: a threshold chosen per page
    # (heuristics.page_threshold), and heuristics.EXTRACTED_THRESHOLD on text that looks extracted.
    scorer_threshold: float | None = None
    # Clean a document even when it would lose most of its words (see LARGE_REMOVAL_SHARE, and
    # PAGE_LARGE_REMOVAL_SHARE in page mode).
    allow_large_removals: bool = False
    # Name in each scorer removal's reason the features that pushed its score down. Off, the
    # reason gives the score and threshold only, and cleaning is ~10% faster on page text; the
    # text and every other field of the removals are the same. `cleaner run` turns it off when
    # it writes no report, where nothing reads the reasons.
    explain: bool = True
    # Also remove picture credits whose picture is gone ("Photo: Jane Doe/Reuters", "AFP/Getty
    # Images", "Foto: dpa"; cleaner/inline/pictures.py picture_credit). Off by default: people who cut an
    # article out of a page keep its credits as often as not (on the gold-bodies tuning pages,
    # 69 of the 163 credit lines it finds are in the gold), so removing them costs recall.
    picture_credits: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.scorer_threshold is not None and not 0 <= self.scorer_threshold <= 1:
            raise ValueError(f"scorer_threshold must be between 0 and 1, not {self.scorer_threshold!r}")


class Cleaner:
    r"""The cleaner: rules compiled once, then a pure function of the text.

    `rules`: extra rule files or folders (or a loaded RuleSet), added to the shipped rules unless
    `include_default_rules=False`; `disable`: rule ids or categories to switch off (a name that is
    neither raises ValueError with the closest ones); `options`: see Options; `scorer`: page
    mode's learned scorer (None: the one shipped).

        >>> from cleaner import Cleaner
        >>> c = Cleaner(disable=["signoff"])
        >>> c.clean("The council approved the budget on Tuesday evening.\nAdvertisement\n").text
        'The council approved the budget on Tuesday evening.\n'
        >>> [rule.id for rule in c.rules.rules if rule.category.value == "signoff"]
        []
    """

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
        disable = tuple(disable)
        check_disabled(disable, (rule.id for rule in rules.rules))  # a typo would switch nothing off
        self.rules = rules.without(disable)
        # what `disable` names (rule ids, categories, "heuristic:..." ids) the heuristics skip too
        self._disabled = frozenset(disable)
        self.options = options
        # None: the scorer shipped in cleaner/data (scripts/train_scorer.py trains others),
        # loaded when page mode first needs it
        self._scorer = scorer
        self._rest_rules = self.rules.rest_rule_ids()
        self._context_rules = self.rules.context_rules()
        self._rules_by_mode: dict[str, RuleSet] = {}  # shared by with_options' copies

    @property
    def scorer(self) -> Scorer | None:
        if self._scorer is None:
            from cleaner.scorer import default_scorer

            self._scorer = default_scorer()
        return self._scorer

    def mode_rules(self) -> RuleSet:
        """The rules that run in this cleaner's mode (a rule's `modes` field)."""
        mode = self.options.mode
        if mode not in self._rules_by_mode:
            self._rules_by_mode[mode] = self.rules.for_mode(mode)
        return self._rules_by_mode[mode]

    def with_options(self, options: Options) -> Cleaner:
        """The same rules and scorer with other options; nothing is compiled again."""
        other = copy.copy(self)
        other.options = options
        return other

    def clean(self, text: str) -> CleanResult:
        r"""Clean one document's text: the clean text, and every removal with its reason.

        Markdown front matter passes untouched; a document that would lose most of its words is
        returned as it came, with `suspicious` set (see Options.allow_large_removals).

            >>> from cleaner import Cleaner
            >>> result = Cleaner().clean(
            ...     "The mayor opened the new bridge on Monday morning.\nShare this article with your friends!\n")
            >>> result.text
            'The mayor opened the new bridge on Monday morning.\n'
            >>> [(r.source, r.first_line) for r in result.removals]
            [('heuristic:furniture-line', 2)]
            >>> Cleaner().clean(b"bytes")
            Traceback (most recent call last):
            ...
            TypeError: Cleaner.clean takes the text as a str, not bytes (decode it first, e.g. data.decode("utf-8"))
        """
        check_text(text, "Cleaner.clean")
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

    def clean_html(self, html: str, url: str | None = None) -> CleanResult:
        """An HTML page's article text, extracted (cleaner.html) and cleaned with this cleaner's
        rules in article mode. The first removal, source `extractor:html`, lists the page's
        paragraphs the extractor dropped; the others are the rules' and heuristics' removals, with
        offsets and lines in the extracted text."""
        from cleaner.html import extract

        check_text(html, "Cleaner.clean_html")
        return self._clean_extraction(extract(html, url))

    def _clean_extraction(self, extraction: Extraction) -> CleanResult:
        """clean_html's second half, for `cleaner run`, which weighs the extracted text first."""
        from cleaner.extraction import extractor_removal
        from cleaner.html import HTML_OPTIONS

        result = self.with_options(dataclasses.replace(self.options, mode=HTML_OPTIONS.mode)).clean(extraction.text)
        dropped = extractor_removal(extraction)
        if dropped is None:
            return result
        return dataclasses.replace(result, removals=[dropped, *result.removals])

    def _clean_body(self, text: str) -> CleanResult:
        original = text
        text, endings, newline = line_endings(text)
        # the final newline ends the last line; it is not a blank line to collapse
        # ("" has no line at all, not one empty line: cleaning it must report no removal)
        input_lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n") if text else []
        lines = normalized = normalize_lines(input_lines)
        origin = list(range(len(lines)))
        cuts: list[Cut] = []
        carried = Carried()
        budget = RegexBudget()  # the rules' regex time on this document
        passes = 0
        for passes in range(1, MAX_PASSES + 1):  # noqa: B007 (the count is read after the loop)
            rendered = self._pass(lines, carried, budget)
            cuts.extend(_to_input_lines(c, origin) for c in rendered.cuts)
            origin = [origin[i] for i in rendered.origin]
            done = rendered.lines == lines or carried.fixed_point
            lines = rendered.lines
            if done:
                break
        if endings is None:
            output = newline.join(lines) + newline if lines else ""
        else:  # each line keeps the ending it had (the last one gains the usual one if it had none)
            output = "".join(line + (endings[k] or newline) for line, k in zip(lines, origin))
        removals = _removals(original, normalized, cuts)
        found: dict[str, Any] = {"passes": passes, "problems": budget.problems()}
        threads = self._rest_rules | {inline.THREAD_SOURCE}
        thread = sum(len(_WORD.findall(r.text)) for r in removals if r.source in threads)
        share = PAGE_LARGE_REMOVAL_SHARE if self.options.mode == "page" else LARGE_REMOVAL_SHARE
        removed = any(r.category is not Category.WHITESPACE for r in removals)
        count: Callable[[str], int] | None = None
        if removed and self.options.mode == "page":  # numpy is loaded: count a whole page's words fast
            from cleaner.language import count_word_runs

            count = count_word_runs
        if removed and loses_most_words(text, output, thread, share, count) and not self._keeps_a_paragraph(output):
            if not self.options.allow_large_removals:
                # left as it came: the caller decides (cleaner run names it and exits 1)
                return CleanResult(original, [], suspicious=True, withheld=removals, **found)
            return CleanResult(output, removals, suspicious=True, **found)
        return CleanResult(output, removals, **found)

    def _keeps_a_paragraph(self, output: str) -> bool:
        """Page mode: whether what is left of a page holds PAGE_MIN_KEPT_WORDS, the article the
        valve lets through however much of the page went."""
        return self.options.mode == "page" and _count_words(output) >= PAGE_MIN_KEPT_WORDS

    def _pass(self, lines: list[str], carried: Carried | None = None, budget: RegexBudget | None = None):
        carried = Carried() if carried is None else carried
        blocks = segment(lines)
        rule_verdicts = self.mode_rules().verdicts_for(blocks, carried.rule_verdicts, budget)
        heuristic_verdicts = {}
        doc = None  # page mode's measured document, once the scorer has judged it
        # the verdicts the scorer's last settling round tried, and what decide made of them
        last_round: list[tuple[dict[int, Verdict], list[Decision]]] = []
        threshold = self.options.scorer_threshold
        page = self.options.mode == "page"
        # inline junk, in both modes (in page mode the scorer's verdicts stand)
        inline_verdicts = (
            inline.judge(blocks, credits=self.options.picture_credits, page=page) if self.options.heuristics else {}
        )
        if self.options.heuristics and (not page or threshold == 0 or self.scorer is None):
            heuristic_verdicts = judge_structure(blocks, lines)
        elif self.options.heuristics:
            from cleaner import heuristics
            from cleaner.features import Measurements, describe_document

            if carried.measurements is None:
                carried.measurements = Measurements()
            doc = describe_document(blocks, lines, self.options.language, carried.measurements)
            structure = heuristics.trailing_comment_list(blocks, lines, doc.paragraph_gap)

            def removals(scored: dict[int, Verdict]) -> tuple[np.ndarray, bool]:
                """What this pass removes if these are the scorer's verdicts: the blocks removed
                whole, and whether it cuts sentences out of a block that stays."""
                found = self._heuristic_verdicts({**scored, **structure}, inline_verdicts)
                decisions = decide(blocks, rule_verdicts, found, self._rest_rules, context_rules=self._context_rules)
                last_round[:] = [(found, decisions)]
                return _actions(decisions)

            heuristic_verdicts = heuristics.judge(
                doc, self.scorer, threshold, self.options.explain, removals, carried.settled
            )
        heuristic_verdicts = self._heuristic_verdicts(heuristic_verdicts, inline_verdicts)
        if not rule_verdicts and not heuristic_verdicts:
            return render_kept(lines)  # nothing to decide: every block stays
        if last_round and last_round[0][0] == heuristic_verdicts:  # the scorer settled on these: decided already
            decisions = last_round[0][1]
        else:
            decisions = decide(
                blocks, rule_verdicts, heuristic_verdicts, self._rest_rules, article=not page,
                context_rules=self._context_rules,
            )
        if doc is not None:
            carried.fixed_point = self._confirmed(doc, decisions, carried, budget)
        elif not page:
            carried.fixed_point = self._confirmed_article(blocks, lines, decisions, carried, budget)
        return render(lines, blocks, decisions)

    def _confirmed_article(
        self, blocks: list[Block], lines: list[str], decisions: list[Decision], carried: Carried,
        budget: RegexBudget | None,
    ) -> bool:
        """Whether cleaning what this pass keeps would change nothing, judged on the blocks it
        keeps (segment.blocks_kept) rather than on the text it writes: article mode's stages
        asked what the next pass would ask them. Where a block that stays loses a sentence, or
        two blocks come to join, the next pass runs on the text."""
        if any(d.action is Action.REMOVE_SPANS for d in decisions):
            return False
        kept = blocks_kept(blocks, lines, [d.action is Action.REMOVE_BLOCK for d in decisions])
        if kept is None:
            return False
        rule_verdicts = self.mode_rules().verdicts_for(kept, carried.rule_verdicts, budget)
        found = {}
        if self.options.heuristics:
            found = self._heuristic_verdicts(
                judge_structure(kept, lines), inline.judge(kept, credits=self.options.picture_credits)
            )
        if not rule_verdicts and not found:
            return True
        again = decide(
            kept, rule_verdicts, found, self._rest_rules, article=True, context_rules=self._context_rules,
        )
        return all(d.action is Action.KEEP for d in again)

    def _confirmed(
        self, doc: Document, decisions: list[Decision], carried: Carried, budget: RegexBudget | None
    ) -> bool:
        """Whether cleaning what this pass keeps would change nothing, judged on the blocks it
        keeps rather than on the text it writes (page mode, once the scorer has settled).

        The blocks that stay, with the blank lines and paragraphs render() leaves them
        (Document.without), are the blocks that segment() reads in the output whenever no block
        that stays loses part of its text and no two blocks join: every stage is then asked what
        the next pass would ask it, and the next pass is not needed. Elsewhere it runs.
        """
        removed, cut = _actions(decisions)
        if cut or removed.all() or doc.joins(removed):
            return False
        left = doc.without(removed)
        if left.key() not in carried.settled:  # the scorer would judge the blocks left again
            return False
        blocks = blocks_left(left)
        rule_verdicts = self.mode_rules().verdicts_for(blocks, carried.rule_verdicts, budget)
        found = self._heuristic_verdicts(
            judge_structure(blocks, doc.lines),
            inline.judge(blocks, credits=self.options.picture_credits, page=True),
        )
        if not rule_verdicts and not found:
            return True
        kept = decide(blocks, rule_verdicts, found, self._rest_rules, context_rules=self._context_rules)
        return all(d.action is Action.KEEP for d in kept)

    def _heuristic_verdicts(self, found: dict[int, Verdict], inline_verdicts: dict[int, Verdict]) -> dict[int, Verdict]:
        """The heuristics' verdicts (the inline heuristics' only where no other spoke) whose
        category and source `disable` does not name."""
        verdicts = {**inline_verdicts, **found}
        if not self._disabled:
            return verdicts
        disabled = self._disabled
        return {i: v for i, v in verdicts.items() if v.category.value not in disabled and v.source not in disabled}


def _actions(decisions: list[Decision]) -> tuple[np.ndarray, bool]:
    """Which blocks the decisions remove whole, and whether they cut part of a block's text."""
    import numpy as np

    removed = np.zeros(len(decisions), dtype=bool)
    cut = False
    for index, decision in enumerate(decisions):
        if decision.verdicts:  # most blocks stay: they have none
            action = decision.action
            removed[index] = action is Action.REMOVE_BLOCK
            cut = cut or action is Action.REMOVE_SPANS
    return removed, cut


def blocks_left(left: Document) -> list[Block]:
    """The blocks of a Document.without(...), numbered again, with the blank lines and
    paragraphs they have in the text render() writes (their lines keep the numbers they had)."""
    return [
        made_fast(
            Block, index=k, text=b.text, start=b.start, end=b.end, first_line=b.first_line, last_line=b.last_line,
            paragraph=paragraph, blank_lines_before=int(blank), word_count=b.word_count, indent=b.indent,
        )
        for k, (b, paragraph, blank) in enumerate(zip(left.blocks, left.paragraph.tolist(), left.blank_before.tolist()))
    ]


@dataclass
class Carried:
    """What one pass over a document learns that holds in the next: the rules' verdicts by
    block text (RuleSet.verdicts_for), and in page mode the blocks' measurements
    (features.describe_document) and the documents the scorer settled on, which depend on the
    blocks' texts alone; and whether the last pass's output is a fixed point."""

    rule_verdicts: dict[str, list[Verdict]] = field(default_factory=dict)
    measurements: Measurements | None = None  # made when page mode first measures
    # the documents the scorer removes nothing from (heuristics.scorer_verdicts)
    settled: set[Hashable] = field(default_factory=set)
    # the last pass's output is a fixed point, judged on its blocks (Cleaner._confirmed)
    fixed_point: bool = False


def check_text(text: object, where: str) -> None:
    """TypeError, naming the accepted type, unless `text` is a str."""
    if isinstance(text, str):
        return
    hint = ' (decode it first, e.g. data.decode("utf-8"))' if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"{where} takes the text as a str, not {type(text).__name__}{hint}")


def _to_input_lines(cut: Cut, origin: list[int]) -> Cut:
    return Cut(origin[cut.first_line], origin[cut.last_line], cut.column, cut.text, cut.verdict)


def _removals(text: str, normalized: list[str], cuts: list[Cut]) -> list[Removal]:
    """The cuts as removals of the input `text`: each removal's text is text[start:end]."""
    if not cuts:
        return []
    lines = LineMap.of(text)
    removals = []
    for cut in sorted(cuts, key=lambda c: (c.first_line, c.column or 0)):
        first, last = cut.first_line, cut.last_line
        if cut.column is None and cut.verdict.category is Category.WHITESPACE:
            start, end = lines.starts[first], lines.nexts[last]  # blank lines go with their line ends
        elif cut.column is None:
            start, end = lines.starts[first], lines.ends[last]
        else:
            line = text[lines.starts[first]:lines.ends[first]]
            column = normalized[first].find(cut.text) if normalized[first].find(cut.text) >= 0 else cut.column
            begin, stop = locate(line, normalized[first], column, len(cut.text))
            start, end = lines.starts[first] + begin, lines.starts[first] + stop
        v: Verdict = cut.verdict
        removals.append(made_fast(
            Removal, start=start, end=end, first_line=first + 1, last_line=last + 1, text=text[start:end],
            category=v.category, source=v.source, reason=v.reason, features=v.features,
        ))
    return removals


_LINE_BREAK = regex.compile(r"(\r\n|\r|\n)")


def line_endings(text: str) -> tuple[str, list[str] | None, str]:
    """The text with "\n" line breaks; when it mixes kinds of line break (CRLF, LF, a lone CR),
    the ending of each of its lines ("" for a last line without one), else None; and the most
    common ending, which the output uses where it needs one of its own."""
    returns = text.count("\r")
    if not returns:
        return text, None, "\n"
    crlf, lf = text.count("\r\n"), text.count("\n")
    if crlf == returns == lf:
        return text.replace("\r\n", "\n"), None, "\r\n"
    parts = _LINE_BREAK.split(text)
    counts = {"\n": lf - crlf, "\r\n": crlf, "\r": returns - crlf}
    return "\n".join(parts[0::2]), parts[1::2] + [""], max(counts, key=counts.__getitem__)


# Its first line a key ("title: ...", "title = ..."): a rule (---) over a text's first section, as
# a page's text left after its header was cut, is no front matter, up to the next rule.
_FRONT_MATTER = regex.compile(
    r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:[ \t]*[\"']?[\w.-]+[\"']?[ \t]*[:=].*\r?\n(?:.*\r?\n){0,199}?)?"
    r"(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)"
)


def front_matter(text: str) -> str:
    """The YAML (---) or TOML (+++) front matter that opens a Markdown document, or ""."""
    match = _FRONT_MATTER.match(text)
    return match.group() if match else ""


def loses_most_words(
    before: str, after: str, thread: int = 0, share: float = LARGE_REMOVAL_SHARE,
    count: Callable[[str], int] | None = None,
) -> bool:
    """Whether cleaning `before` to `after` lost over `share` of its words.

    `thread`: words of a comment thread (after its marker, or found by inline.comment_thread);
    they are left out of the count. A thread is only taken where its furniture shows
    (decide.thread_evidence, reply buttons), and a story with hundreds of comments under it is
    mostly thread.
    """
    count = count or _count_words
    words = count(before) - thread
    return words > 0 and 1 - count(after) / words > share


def _count_words(text: str) -> int:
    """How many runs of word characters (\\w+) `text` holds (language.count_word_runs counts
    the same with numpy, for page mode)."""
    return len(_WORD.findall(text))


def removal_counts(removals: Iterable[Removal]) -> dict[Category, int]:
    counts: dict[Category, int] = {}
    for removal in removals:
        counts[removal.category] = counts.get(removal.category, 0) + 1
    return counts
