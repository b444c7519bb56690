"""Stage 4: declarative rules, loaded from TOML files and checked at load time.

A rule file holds `[[rule]]` tables:

    [[rule]]
    id = "poll-consent"            # kebab-case, family prefix first
    category = "poll"              # one of cleaner.model.Category
    scope = "block"                # block | sentence | rest
    description = "Consent line printed under an embedded poll."
    pattern = '''\\bby (completing|taking) (the|this) (poll|survey)\\b'''
    max_words = 60                 # optional: longer text is never matched
    ignore_case = true             # optional, default true
    override = true                # optional: replaces the rule of this id from an earlier file
    modes = ["page"]               # optional, default both: the modes the rule runs in
    topic = ["poll", "survey"]     # optional: article mode spares a document about these words
    near = "comments"              # optional: article mode removes only near a removal of this category
    once = true                    # optional: article mode removes only a line the document prints once
    [rule.examples]
    remove = ["By completing the poll, you agree to receive emails from us."]
    keep = ["The poll, completed by 2,000 voters, shows a tight race."]

Scopes: `block` removes the whole block the pattern is found in; `sentence` removes only the
sentences it is found in (`position = "last"` limits it to a block's last sentence; a table's
row with words in two cells or more holds no sentence); `rest`
removes the matching block and everything after it (a comment-section header).

Modes: a rule runs in article and page mode unless `modes` says otherwise. Article mode removes
only on evidence, so a rule whose removals the benchmark finds in real article text too often
(precision under 0.98 on gold-bodies' article regime) runs in page mode only.

Context (article mode): boilerplate is foreign to the text around it. A rule finds nothing inside
the quotation marks of a sentence that quotes its words ('Place it next to "Reject all cookies"
at the same size.'). `topic` lists word starts ("cookie" for "cookies", "Cookie-Richtlinie"):
when the text the rule leaves in a document names one of them in its title or its prose, the
document is about that topic (a cookie policy, a guide to affiliate links) and the rule removes
nothing from it. `near` names a category: the rule removes a block only when a block within
NEAR_BLOCKS of it is removed as that category too (a comment section's house rules sit among its
form and its thread; a forum's rules page has neither). `once = true`: the rule removes a block
only when it is the one block of the document it finds; a text that prints several lists them as
its own (a course's lessons, each with its reading time), where a page prints one over its article.
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import InitVar, dataclass, field
from importlib import resources
from pathlib import Path

import regex

from cleaner.model import Block, Category, Verdict
from cleaner.prefilter import LiteralPrefilter, fold, literals_of
from cleaner.regexguard import MATCH_TIMEOUT_SECONDS, RegexBudget, pattern_problem
from cleaner.segment import a_table_row, last_sentence, sentences

# A block longer than this is article prose, whatever phrase it contains; rules may lower it.
DEFAULT_MAX_WORDS = 60
# MATCH_TIMEOUT_SECONDS (cleaner.regexguard) guards every match against hostile input: a pattern
# that backtracks for longer than that on one block is treated as not matching; within a
# document, a RegexBudget also stops a rule that keeps doing so.
_SPECIFICITY = {category: rank for rank, category in enumerate(Category)}
# A rule's alternatives that could match a text (numbers into Rule.branches); None: all of them.
Branches = Sequence[int] | None
_ID = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_FIELDS = {
    "id", "category", "scope", "description", "pattern", "max_words", "min_words",
    "ignore_case", "position", "examples", "override", "modes", "topic", "near", "once",
}
MODES = ("article", "page")
# `near`: how many blocks away the removal of the named category may be
NEAR_BLOCKS = 10


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file, the rule and the reason."""


class Scope(str, enum.Enum):
    BLOCK = "block"
    SENTENCE = "sentence"
    REST = "rest"


class Position(str, enum.Enum):
    ANY = "any"
    LAST = "last"  # only a block's last sentence (sentence scope)


@dataclass(frozen=True)
class Rule:
    id: str
    category: Category
    scope: Scope
    description: str
    pattern: str
    max_words: int = DEFAULT_MAX_WORDS
    min_words: int = 0
    ignore_case: bool = True
    position: Position = Position.ANY
    remove_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()
    origin: str = ""
    override: bool = False  # it may replace a rule of the same id from an earlier file
    modes: tuple[str, ...] = MODES  # the cleaning modes it runs in
    topic: tuple[str, ...] = ()  # article mode: word starts of the topic it spares (see the module doc)
    near: Category | None = None  # article mode: a category it must be near (see the module doc)
    once: bool = False  # article mode: it removes only the one block of a document it finds
    shipped: bool = field(default=False, compare=False)  # from the package's own rule files
    # the pattern's top-level alternatives, each compiled alone with its own necessary literals:
    # the prefilter then says which alternatives a text could match, and only those are searched
    branches: _Branches = field(init=False, repr=False, compare=False)
    # compile the pattern when first searched, not now (the shipped rules, which the tests
    # compile and check: compiling them all was a fifth of a one-file run's start-up)
    lazy: InitVar[bool] = False

    def __post_init__(self, lazy: bool) -> None:
        flags = (regex.IGNORECASE if self.ignore_case else 0) | regex.V0
        parts = top_level_branches(self.pattern)
        object.__setattr__(self, "branches", _Branches(self.pattern, parts, flags))
        if not lazy:
            self.compiled  # noqa: B018 (a pattern that does not compile raises here)

    @functools.cached_property
    def branch_literals(self) -> tuple[tuple[frozenset[str], ...] | None, ...]:
        """Per branch, the literal sets a text must hold one of each of (prefilter.literals_of).
        Found when a rule set first scans a text, so a run in article mode never reads the
        patterns of the rules that run in page mode only (over half of the shipped rules' parsing)."""
        return tuple(literals_of(p, self.ignore_case) for p in self.branches.parts)

    @property
    def compiled(self) -> regex.Pattern:
        return self.branches.whole()

    @functools.cached_property
    def topic_pattern(self) -> regex.Pattern | None:
        """A search for a word that starts with one of `topic`, any case; None without a topic."""
        if not self.topic:
            return None
        return regex.compile(r"\b(?:" + "|".join(regex.escape(word) for word in self.topic) + ")", regex.IGNORECASE)

    def _fits(self, text: str, count: int | None = None) -> bool:
        if count is None:
            count = len(text.split())
        return self.min_words <= count <= self.max_words

    def finds(self, text: str) -> bool:
        """Whether the pattern matches anywhere in the text."""
        return self._found(text)

    def _found(self, text: str, branches: Branches = None, budget: RegexBudget | None = None) -> bool:
        """Whether the pattern matches; `branches`: only those alternatives could (None: any);
        `budget`: the document's (its searches are timed, and a rule out of time matches nothing)."""
        # one search of the whole pattern costs less than searching most of its branches
        patterns = [self.compiled] if branches is None or 2 * len(branches) > len(self.branches) else [
            self.branches[k] for k in branches
        ]
        if budget is not None:
            return any(budget.search(self.id, pattern, text) for pattern in patterns)
        try:
            return any(pattern.search(text, timeout=MATCH_TIMEOUT_SECONDS) is not None for pattern in patterns)
        except TimeoutError:
            return False

    def verdicts(
        self, block: Block, words: int | None = None, branches: Branches = None, budget: RegexBudget | None = None
    ) -> list[Verdict]:
        """What this rule removes from one block (empty when it does not apply).

        `words`, the block's word count, may be given by a caller that has it already;
        `branches`, the alternatives whose literals the block holds (None: try the whole pattern);
        `budget`, the document's regex time (None: each search is bounded alone).
        """
        if self.scope is not Scope.SENTENCE:
            if self._fits(block.text, words) and self._found(block.text, branches, budget):
                return [Verdict(self.category, self.id, self.description)]
            return []
        if a_table_row(block.text):
            return []
        spans = sentences(block.text)
        return self.sentence_verdicts(block.text, spans, [None] * len(spans), budget)

    def sentence_verdicts(
        self, text: str, spans: list[tuple[int, int]], could_match: list[Branches], budget: RegexBudget | None = None
    ) -> list[Verdict]:
        """What this sentence rule removes from a text split into `spans` (segment.sentences).

        `could_match`, per sentence, the alternatives that could match it (None: try the whole
        pattern): a caller that knows which sentences hold none of the rule's literals spares
        their regex searches.
        """
        every = len(spans)
        tried = range(every - 1, every) if self.position is Position.LAST else range(every)
        hits = []
        for k in tried:
            if could_match[k] is not None and not could_match[k]:
                continue
            sentence = text[spans[k][0]:spans[k][1]]
            if self._fits(sentence) and self._found(sentence, could_match[k], budget):
                hits.append(spans[k])
        if len(hits) == every:
            return [Verdict(self.category, self.id, self.description)]
        return [Verdict(self.category, self.id, self.description, span) for span in hits]

    def last_sentence_verdicts(
        self, text: str, span: tuple[int, int], could_match: Branches, budget: RegexBudget | None = None
    ) -> list[Verdict]:
        """sentence_verdicts of a rule that reads a block's last sentence alone (`position =
        "last"`), from that sentence's `span` (segment.last_sentence): the other sentences need
        not be found. A block of one sentence (its last starts the text) goes whole."""
        if could_match is not None and not could_match:
            return []
        start, end = span
        sentence = text[start:end]
        if not (self._fits(sentence) and self._found(sentence, could_match, budget)):
            return []
        return [Verdict(self.category, self.id, self.description, None if start == 0 else span)]

    def example_failures(self) -> list[str]:
        failures = []
        for text in self.remove_examples:
            if not self.verdicts(example_block(text)):
                failures.append(f"{self.origin}: rule {self.id!r} does not remove its example {text!r}")
        for text in self.keep_examples:
            if self.verdicts(example_block(text)):
                failures.append(f"{self.origin}: rule {self.id!r} removes its keep-example {text!r}")
        return failures


class _Branches:
    """A pattern and its top-level alternatives, each compiled the first time a text could match
    it: most are never searched in a run, and compiling them all was most of a command's start-up."""

    def __init__(self, pattern: str, parts: list[str], flags: int) -> None:
        self._pattern, self._parts, self._flags = pattern, parts, flags
        self._whole: regex.Pattern | None = None
        self._compiled: dict[int, regex.Pattern] = {}

    def whole(self) -> regex.Pattern:
        if self._whole is None:
            self._whole = regex.compile(self._pattern, self._flags)
        return self._whole

    @property
    def parts(self) -> list[str]:
        return self._parts

    def __len__(self) -> int:
        return len(self._parts)

    def __getitem__(self, k: int) -> regex.Pattern:
        pattern = self._compiled.get(k)
        if pattern is None:
            if len(self._parts) == 1:
                pattern = self.whole()
            else:
                try:
                    pattern = regex.compile(self._parts[k], self._flags)
                except regex.error:  # syntax the splitter does not know: search the whole pattern
                    pattern = self.whole()
            self._compiled[k] = pattern
        return pattern


def example_block(text: str) -> Block:
    return Block(0, text, 0, len(text), 0, 0, 0, 0, len(text.split()), 0)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    branch_owner: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # (rule, its branch)
    # A block of more words than any block or rest rule takes can only lose sentences: it is
    # scanned for the sentence rules' literals alone (most of a text's words are in such blocks).
    block_rule_max_words: int = field(default=0, compare=False)
    first_branch: tuple[int, ...] = field(default=(), compare=False)  # per rule, its first branch's number
    # per branch, the word counts of the blocks its rule can remove something from (_fitting)
    min_words: tuple[int, ...] = field(default=(), compare=False)
    max_words: tuple[float, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> RuleSet:
        rules = tuple(rules)
        owners = tuple((i, k) for i, rule in enumerate(rules) for k in range(len(rule.branches)))
        longest = max((r.max_words for r in rules if r.scope is not Scope.SENTENCE), default=0)
        first = tuple(itertools.accumulate((len(r.branches) for r in rules[:-1]), initial=0)) if rules else ()
        lowest = tuple(rules[i].min_words for i, _ in owners)
        highest = tuple(math.inf if rules[i].scope is Scope.SENTENCE else rules[i].max_words for i, _ in owners)
        return cls(rules, owners, longest, first, lowest, highest)

    # The prefilters are built when the set first scans a text: the set of every shipped rule,
    # which a run narrows to its mode's (for_mode), never builds its own.
    @functools.cached_property
    def prefilter(self) -> LiteralPrefilter | None:
        """Over the rules' branches, in order: its candidates are branch numbers (see branch_owner)."""
        return _prefilter(self.rules)

    @functools.cached_property
    def sentence_prefilter(self) -> LiteralPrefilter | None:
        """Over the sentence rules' branches alone (numbered as in `prefilter`)."""
        sentence_branches = frozenset(
            n for n, (i, _) in enumerate(self.branch_owner) if self.rules[i].scope is Scope.SENTENCE
        )
        return _prefilter(self.rules, sentence_branches)

    def without(self, disabled: Iterable[str]) -> RuleSet:
        """Drop rules by id or by category value."""
        disabled = set(disabled)
        if not disabled:
            return self
        return RuleSet.of(r for r in self.rules if r.id not in disabled and r.category.value not in disabled)

    def for_mode(self, mode: str) -> RuleSet:
        """Only the rules that run in `mode` ("article" or "page")."""
        if all(mode in r.modes for r in self.rules):
            return self
        return RuleSet.of(r for r in self.rules if mode in r.modes)

    def verdicts(self, block: Block) -> list[Verdict]:
        candidates = self.prefilter.candidates(fold(block.text)) if self.prefilter else None
        return self._verdicts(block, candidates)

    def verdicts_for(
        self, blocks: list[Block], memo: dict[str, list[Verdict]] | None = None, budget: RegexBudget | None = None
    ) -> dict[int, list[Verdict]]:
        """verdicts() of many blocks by block index (only those with any), from one literal scan.

        A rule's verdicts depend on the block's text alone, so `memo` (text -> verdicts) may
        carry them from one pass over a document to the next: the confirming pass then scans
        only the blocks that the first pass changed (joined lines). `budget`: the document's
        regex time (a rule out of time is not applied to the blocks after).
        """
        if self.prefilter is None:
            return {}
        memo = {} if memo is None else memo
        fresh = [b for b in blocks if b.text not in memo] if memo else blocks
        memo.update(dict.fromkeys([b.text for b in fresh], _NO_VERDICTS))
        short = [b for b in fresh if b.word_count <= self.block_rule_max_words]
        long = [b for b in fresh if b.word_count > self.block_rule_max_words]
        for part, prefilter in ((short, self.prefilter), (long, self.sentence_prefilter)):
            assert prefilter is not None
            for k, candidates in prefilter.candidates_by_text([b.text for b in part]).items():
                block = part[k]
                memo[block.text] = self._verdicts(block, self._fitting(candidates, block.word_count), budget)
        return {b.index: memo[b.text] for b in blocks if memo[b.text]}

    def _fitting(self, candidates: set[int], words: int) -> set[int]:
        """The candidate branches whose rule takes a block of `words` words: a block or rest
        rule only within its word limits, a sentence rule only from its least (a sentence has
        no more words than its block)."""
        return {n for n in candidates if self.min_words[n] <= words <= self.max_words[n]}

    def _verdicts(self, block: Block, candidates: set[int] | None, budget: RegexBudget | None = None) -> list[Verdict]:
        """The block's verdicts from the branches the prefilter flagged in it (`candidates`)."""
        if not candidates:
            return []
        words = block.word_count
        found: list[Verdict] = []
        text = block.text
        spans = None  # the block's sentences, once a sentence rule asks
        for i, branches in self._by_rule(candidates).items():
            rule = self.rules[i]
            if rule.scope is not Scope.SENTENCE:
                found += rule.verdicts(block, words, branches, budget)
                continue
            if a_table_row(text):
                continue
            if rule.position is Position.LAST:  # the last sentence alone: the block need not be split
                start, end = last_sentence(text)
                could = branches if start == 0 else self._sentence_branches(i, branches, fold(text[start:end]))
                found += rule.last_sentence_verdicts(text, (start, end), could, budget)
                continue
            if spans is None:
                spans = sentences(text)
            could_match: list[Branches] = [branches] if len(spans) == 1 else [
                self._sentence_branches(i, branches, fold(text[start:end])) for start, end in spans
            ]
            found += rule.sentence_verdicts(text, spans, could_match, budget)
        return _settled(found)

    def _sentence_branches(self, rule: int, branches: list[int], sentence: str) -> list[int]:
        """The rule's candidate `branches` whose literals the folded `sentence` holds.

        A sentence rule matches inside one sentence, so the prefilter's argument holds per
        sentence: a branch none of whose literals occur in a sentence cannot match it there. The
        sentence rules (common words among their literals) then search a few sentences, not all.
        A sentence holds no literal its block lacks: only the block's candidates are checked.
        """
        assert self.prefilter is not None  # candidates come from it
        first = self.first_branch[rule]
        return [k for k in branches if self.prefilter.holds(first + k, sentence)]

    def _by_rule(self, candidates: set[int]) -> dict[int, list[int]]:
        """Branch numbers grouped by rule, in rule order: {rule: [its branches]}."""
        grouped: dict[int, list[int]] = {}
        for number in sorted(candidates):
            rule, branch = self.branch_owner[number]
            grouped.setdefault(rule, []).append(branch)
        return grouped

    def verdicts_without_prefilter(self, block: Block) -> list[Verdict]:
        """What _verdicts gives, with every rule's whole pattern tried (the benchmark's baseline)."""
        return _settled([v for rule in self.rules for v in rule.verdicts(block)])

    def rest_rule_ids(self) -> set[str]:
        return {r.id for r in self.rules if r.scope is Scope.REST}

    def context_rules(self) -> dict[str, Rule]:
        """The rules by id, whose context article mode reads (decide.in_context: a quotation,
        a `topic`, a `near`)."""
        return {r.id: r for r in self.rules}

    def example_failures(self) -> list[str]:
        return [failure for rule in self.rules for failure in rule.example_failures()]


# What verdicts_for remembers of a block no rule could match (shared, never changed).
_NO_VERDICTS: list[Verdict] = []


def _settled(found: list[Verdict]) -> list[Verdict]:
    """A block's verdicts in reporting order: whole-block removals alone, the most specific
    category first; else the sentences removed, in text order."""
    whole = [v for v in found if v.span is None]
    if whole:
        return sorted(whole, key=lambda v: _SPECIFICITY[v.category])
    return sorted(found, key=lambda v: v.span or (0, 0))  # sentence verdicts: each has a span


def _prefilter(rules: tuple[Rule, ...], among: frozenset[int] | None = None) -> LiteralPrefilter | None:
    """Which rules can match a block, from one Aho-Corasick scan (cleaner/prefilter.py);
    `among`: only those branches (None: all).

    The cost of the rules then grows slowly with their number (benchmarks/speed.py).
    """
    if not rules:
        return None
    return LiteralPrefilter([literals for rule in rules for literals in rule.branch_literals], among)


def top_level_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives ("a|b(c|d)" -> ["a", "b(c|d)"]); [pattern] when it
    has none, or when splitting could change a match (global inline flags, backreferences)."""
    if _UNSPLITTABLE.search(pattern):
        return [pattern]
    parts, depth, start, in_class = [], 0, 0, False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class and pattern.startswith("[:", i):  # a POSIX class, "[:alpha:]"
            end = pattern.find(":]", i + 2)
            i = end + 2 if end >= 0 else i + 1
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # a "]" first in a class is a character of it
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# Flags set for the whole pattern ("(?i)", "(?x)"), backreferences and named groups: an
# alternative compiled alone could mean something else.
_UNSPLITTABLE = regex.compile(r"\(\?[a-zA-Z]+\)|\\[1-9]|\\g<|\(\?P?<(?![=!])|\(\?P=|\(\?\|")


def default_rules_dir() -> Path:
    packaged = resources.files("cleaner") / "rulefiles"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "rules"


def rule_files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.toml") if p.is_file())
        if not found:  # a wrong folder would otherwise add no rule without a word
            raise RuleError(f"{path}: a rule folder with no rule file (*.toml) in it")
        return found
    if path.is_file():
        return [path]
    raise RuleError(f"{path}: no such rule file or folder")


def load_rules(paths: Iterable[Path | str] = (), include_default: bool = True) -> RuleSet:
    """Load rule files and check every example.

    A rule whose id an earlier file has (a shipped rule, say) replaces that rule only when it
    says `override = true`; otherwise RuleError names both files.
    """
    sources = ([default_rules_dir()] if include_default else []) + [Path(p) for p in paths]
    files = [path for source in sources for path in rule_files(source)]
    return _load_files(tuple((str(path), *_stamp(path)) for path in files))


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, 0)  # parse_rule_file says why it cannot read it
    return (stat.st_mtime_ns, stat.st_size)


# A command loads the same rule files more than once (to check them, then to clean): the rule
# set is kept per process, keyed by each file's path, modification time and size.
@functools.lru_cache(maxsize=16)
def _load_files(stamped: tuple[tuple[str, int, int], ...]) -> RuleSet:
    by_id: dict[str, Rule] = {}
    for name, _, _ in stamped:
        for rule in parse_rule_file(Path(name), shipped=Path(name).is_relative_to(default_rules_dir())):
            earlier = by_id.get(rule.id)
            if earlier is not None and not rule.override:
                raise RuleError(
                    f"{rule.origin}: rule {rule.id!r} is also defined in {earlier.origin}; "
                    "rename it, or add 'override = true' to replace that rule"
                )
            by_id[rule.id] = rule
    ruleset = RuleSet.of(by_id.values())
    failures = [failure for rule in ruleset.rules if not rule.shipped for failure in rule.example_failures()]
    if failures:
        raise RuleError("rule examples fail:\n  " + "\n  ".join(failures))
    return ruleset


def read_toml(path: Path) -> dict:
    """A TOML file's table; RuleError naming the file when it cannot be read or parsed."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: not a valid TOML file: {error}") from error
    except OSError as error:
        raise RuleError(f"{path}: cannot read: {error.strerror or error}") from error


def parse_rule_file(path: Path, shipped: bool = False) -> list[Rule]:
    """The rules of one file. `shipped`: a rule file of the package, whose patterns and
    examples the tests check (tests/test_rules.py): its patterns compile when first searched,
    their size is not estimated again (regexguard.pattern_problem), and load_rules does not
    check its examples again."""
    data = read_toml(path)
    unknown = set(data) - {"rule"}
    if unknown:
        raise RuleError(f"{path}: unknown top-level key(s) {sorted(unknown)}; expected [[rule]] tables")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise RuleError(f"{path}: 'rule' must be an array of tables, written [[rule]]")
    rules, seen = [], set()
    for number, table in enumerate(tables, start=1):
        rule = parse_rule(table, f"{path}", number, shipped)
        if rule.id in seen:
            raise RuleError(f"{path}: rule {rule.id!r} is defined twice")
        seen.add(rule.id)
        rules.append(rule)
    return rules


def parse_rule(table: dict, origin: str, number: int, shipped: bool = False) -> Rule:
    rule_id = table.get("id")
    where = f"{origin}: rule {rule_id!r}" if rule_id else f"{origin}: rule #{number}"
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise RuleError(f"{where}: 'id' must be kebab-case with a family prefix, like 'poll-consent'")
    unknown = set(table) - _FIELDS
    if unknown:
        raise RuleError(f"{where}: unknown field(s) {sorted(unknown)}; known: {sorted(_FIELDS)}")
    for required in ("category", "scope", "description", "pattern"):
        if not isinstance(table.get(required), str) or not table[required].strip():
            raise RuleError(f"{where}: '{required}' is required and must be a non-empty string")
    try:
        category = Category(table["category"])
        scope = Scope(table["scope"])
        position = Position(table.get("position", "any"))
    except ValueError as error:
        raise RuleError(f"{where}: {error}") from error
    for name, kind in (
        ("max_words", int), ("min_words", int), ("ignore_case", bool), ("override", bool), ("once", bool),
    ):
        value = table.get(name)
        if value is not None and (type(value) is not kind):
            wanted = "an integer" if kind is int else "true or false"
            raise RuleError(f"{where}: '{name}' must be {wanted}, not {value!r}")
    modes = table.get("modes", list(MODES))
    if not isinstance(modes, list) or not modes or any(m not in MODES for m in modes):
        raise RuleError(f"{where}: 'modes' must be a non-empty list of {list(MODES)}, not {modes!r}")
    topic = table.get("topic", [])
    if not isinstance(topic, list) or not all(isinstance(word, str) and word.strip() for word in topic):
        raise RuleError(f"{where}: 'topic' must be a list of words, not {topic!r}")
    near = table.get("near")
    try:
        near_category = Category(near) if near is not None else None
    except ValueError as error:
        raise RuleError(f"{where}: 'near': {error}") from error
    examples = table.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"remove", "keep"}:
        raise RuleError(f"{where}: [rule.examples] takes only 'remove' and 'keep'")
    remove, keep = examples.get("remove", []), examples.get("keep", [])
    if not all(isinstance(e, list) and all(isinstance(s, str) for s in e) for e in (remove, keep)):
        raise RuleError(f"{where}: examples 'remove' and 'keep' must be lists of strings")
    if not remove or not keep:
        raise RuleError(f"{where}: needs at least one example to remove and one to keep")
    refused = None if shipped else pattern_problem(table["pattern"])
    if refused:
        raise RuleError(f"{where}: {refused}")
    try:
        return Rule(
            id=rule_id,
            category=category,
            scope=scope,
            description=table["description"].strip(),
            pattern=table["pattern"].strip(),
            max_words=int(table.get("max_words", DEFAULT_MAX_WORDS)),
            min_words=int(table.get("min_words", 0)),
            ignore_case=bool(table.get("ignore_case", True)),
            position=position,
            remove_examples=tuple(remove),
            keep_examples=tuple(keep),
            origin=origin,
            override=bool(table.get("override", False)),
            modes=tuple(m for m in MODES if m in modes),
            topic=tuple(word.strip() for word in topic),
            near=near_category,
            once=bool(table.get("once", False)),
            shipped=shipped,
            lazy=shipped,
        )
    except (regex.error, OverflowError, RecursionError) as error:
        raise RuleError(f"{where}: pattern does not compile: {error}") from error
