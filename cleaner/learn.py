"""Mining boilerplate: blocks that recur across many documents of a corpus.

A site's ad line, donation appeal or sign-off is printed under hundreds of its articles; a fact
is not (a quote may be syndicated into a few articles, but it is prose). So: count, for every
block that looks like boilerplate (`boilerplate_like`), the documents it appears in, keep the
frequent ones the rules in force do not remove already, and write them as an ordinary rule
file for a person to review and commit (`cleaner learn`), or use them at once for one run
(`cleaner run --corpus-repeats`).

Counting is a commutative, associative merge of per-document block sets (`Counts.merge`), with
capped, sorted examples: any engine may count any slice of the corpus in any order and the
result, and so the rule file, is the same.

    >>> counts = count_texts([("a", "Story A.\\n\\nSupport us: donate 5 dollars today!\\n"),
    ...                       ("b", "Story B.\\n\\nSupport us: donate 10 dollars today!\\n")])
    >>> [(c.key, c.seen.docs, c.category.value) for c in select(counts, min_docs=2, min_share=0.5)]
    [('support us: donate 0 dollars today!', 2, 'cta')]
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from cleaner.files import HTML_SUFFIXES, JSONL_SUFFIXES, Unreadable, decode
from cleaner.model import Category
from cleaner.normalize import normalize_lines
from cleaner.rules import Rule, RuleSet, Scope, example_block
from cleaner.segment import segment

# Defaults of `cleaner learn` and `cleaner run --corpus-repeats`. A line in 5 documents is a
# pattern, not a coincidence; 1% keeps a big multi-site corpus from turning every line that five
# of its million articles share into a rule (set --min-share 0 to count documents only).
DEFAULT_MIN_DOCS = 5
DEFAULT_MIN_SHARE = 0.01
# The source named in the report for blocks `cleaner run --corpus-repeats` removes.
CORPUS_REPEAT_ID = "heuristic:corpus-repeat"
# Up to this many words, a line that recurs across documents is a label, a sign-off or a
# navigation link whatever its words ("Read the full story", "Photo gallery", "Top stories").
SHORT_MAX_WORDS = 8
# Up to this many words, a recurring line is boilerplate when it uses promo / call-to-action
# vocabulary; the longest appeals in the seeds run ~35 words. Longer repeated blocks are prose.
LONG_MAX_WORDS = 40
# Lines with fewer letters are separators ("***", "—", Markdown's "---"): not worth a rule.
MIN_LETTERS = 3
# Examples kept per block: enough for the reviewer and the rule's examples, bounded in memory.
MAX_VARIANTS = 3
MAX_FILES = 3

_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")
_LETTER = regex.compile(r"\p{L}")
# Someone is quoted: a statement of fact attributed to a person is article text, even when the
# article is syndicated and the quote recurs.
_QUOTED = regex.compile(
    r"^\W*[\"“”„«»']|\b(?:said|says|told|according\s+to|stated|added|explained|wrote)\b", regex.IGNORECASE
)
# Promo / call-to-action vocabulary by category, the most specific first (a sign-off asking to
# share is a sign-off). Word-prefix matches, case-insensitive; compiled by _vocabulary.
_VOCABULARY: tuple[tuple[Category, list[str]], ...] = (
    (Category.SIGNOFF, [r"thanks?\s+(?:you\s+)?for\s+reading", r"stay\s+tuned", r"until\s+next\s+time",
                        r"see\s+you\s+(?:tomorrow|next)", r"that'?s\s+all\s+(?:for|from)"]),
    (Category.AD, [r"advert", r"sponsor", r"promo", r"coupon", r"discount", r"\d+\s?%\s+off", r"deals?\b",
                   r"sale\b", r"shop\b", r"buy\b", r"order\s+now", r"free\s+shipping", r"offer"]),
    (Category.CTA, [r"subscri", r"newsletter", r"sign\s?up", r"donat", r"chip\s+in", r"support\s+(?:us|our)",
                    r"become\s+a\s+(?:member|patron|supporter)", r"patreon", r"paypal", r"download",
                    r"\bapp\b", r"inbox", r"notifications", r"click", r"tap\s+here", r"join\s+(?:us|our)"]),
    (Category.SOCIAL, [r"follow\s+(?:us|me)", r"share\s+(?:this|on)", r"facebook", r"twitter", r"instagram",
                       r"telegram", r"youtube", r"tiktok", r"whatsapp", r"linkedin", r"like\s+us"]),
    (Category.LEGAL, [r"copyright", r"©", r"all\s+rights\s+reserved", r"terms\s+of\s+(?:use|service)"]),
    (Category.COOKIE, [r"cookies?\b", r"privacy\s+policy"]),
    (Category.COMMENTS, [r"comments?\b", r"log\s?in\s+to"]),
    (Category.RELATED, [r"read\s+(?:more|also|next)", r"related", r"recommended", r"more\s+stories"]),
)


@functools.cache
def _vocabulary() -> tuple[tuple[Category, regex.Pattern], ...]:
    """_VOCABULARY compiled, when a command first counts blocks (not when the CLI, which reads
    this module's defaults, starts)."""
    return tuple(
        (category, regex.compile(r"(?:^|\b)(?:" + "|".join(words) + r")", regex.IGNORECASE))
        for category, words in _VOCABULARY
    )


def block_key(text: str) -> str:
    """What makes two blocks "the same line": case-folded, whitespace collapsed, digits masked.

    >>> block_key("Donate  $25 TODAY")
    'donate $0 today'
    """
    return _DIGITS.sub("0", _SPACE.sub(" ", text.casefold()).strip())


@dataclass(frozen=True)
class Seen:
    """How often one normalized block was seen: in how many documents, as what, where."""

    docs: int
    variants: tuple[str, ...]  # its original forms, sorted, at most MAX_VARIANTS
    files: tuple[str, ...]  # documents holding it, sorted, at most MAX_FILES

    def merge(self, other: Seen) -> Seen:
        return Seen(
            self.docs + other.docs,
            tuple(sorted(set(self.variants) | set(other.variants))[:MAX_VARIANTS]),
            tuple(sorted(set(self.files) | set(other.files))[:MAX_FILES]),
        )


@dataclass
class Counts:
    """Block counts over a set of documents. `merge` is commutative and associative."""

    documents: int = 0
    blocks: dict[str, Seen] = field(default_factory=dict)

    def add_document(self, name: str, text: str) -> None:
        self.documents += 1
        lines = text.replace("\r\n", "\n").split("\n")
        first_forms: dict[str, str] = {}
        for block in segment(normalize_lines(lines)):
            # Only blocks that could become rules are counted: article prose, however often it
            # recurs, never would, and leaving it out keeps the counts to the corpus's short,
            # promo-like lines instead of all its text.
            if boilerplate_like(block.text) is not None:
                first_forms.setdefault(block_key(block.text), block.text)
        for key, variant in first_forms.items():
            self._add(key, Seen(1, (variant,), (name,)))

    def _add(self, key: str, seen: Seen) -> None:
        known = self.blocks.get(key)
        self.blocks[key] = seen if known is None else known.merge(seen)

    def update(self, other: Counts) -> None:
        """Add `other`'s counts to these (in place)."""
        self.documents += other.documents
        for key, seen in other.blocks.items():
            self._add(key, seen)

    def merge(self, other: Counts) -> Counts:
        merged = Counts(self.documents, dict(self.blocks))
        merged.update(other)
        return merged


def count_texts(documents: Iterable[tuple[str, str]]) -> Counts:
    """Count the blocks of (name, text) documents."""
    counts = Counts()
    for name, text in documents:
        counts.add_document(name, text)
    return counts


def documents_of_file(path: Path, text_field: str = "text", encoding: str = "utf-8") -> Iterator[tuple[str, str]]:
    """The documents in one file: the file itself, or each record of a JSONL file ("file:line").

    Unreadable files and malformed records are passed over: `cleaner run` reports them.
    """
    try:
        text = decode(path.read_bytes(), encoding).text
    except (OSError, Unreadable):
        return
    if path.suffix.lower() in HTML_SUFFIXES:
        from cleaner.html import extract_text

        yield str(path), extract_text(text)
        return
    if path.suffix.lower() not in JSONL_SUFFIXES:
        yield str(path), text
        return
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            record = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and isinstance(record.get(text_field), str):
            yield f"{path}:{number}", record[text_field]


def count_files(paths: Iterable[str | Path], text_field: str = "text", encoding: str = "utf-8") -> Counts:
    return count_texts(doc for p in paths for doc in documents_of_file(Path(p), text_field, encoding))


# Files counted per task: the same trade-off as runner.CHUNK_FILES.
COUNT_CHUNK_FILES = 64


def count_corpus(paths: list[Path], text_field: str = "text", encoding: str = "utf-8", jobs: int = 1) -> Counts:
    """Count over a process pool. Partial counts are merged as they come; order does not matter."""
    if jobs <= 1 or len(paths) <= COUNT_CHUNK_FILES:
        return count_files(paths, text_field, encoding)
    chunks = [[str(p) for p in paths[i:i + COUNT_CHUNK_FILES]] for i in range(0, len(paths), COUNT_CHUNK_FILES)]
    total = Counts()
    # imported here: every `cleaner` command imports this module, few of them count a corpus
    from concurrent.futures import ProcessPoolExecutor

    from cleaner.workers import die_with_parent  # workers that outlive a killed run are orphans

    with ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        for part in pool.map(count_files, chunks, [text_field] * len(chunks), [encoding] * len(chunks)):
            total.update(part)
    return total


# --- choosing what is boilerplate ----------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    key: str
    seen: Seen
    category: Category
    why: str  # why it reads as boilerplate (or, for a rejected block, why not)


def boilerplate_like(text: str) -> tuple[Category, str] | None:
    """Whether a recurring block reads as boilerplate, with the category and the reason.

    A recurring block is boilerplate when it is short (SHORT_MAX_WORDS), or not long
    (LONG_MAX_WORDS) and uses promo / call-to-action vocabulary. It is article text when it
    quotes someone (a syndicated quote recurs too) or is long prose without such vocabulary.

    >>> boilerplate_like("Thanks for reading!")
    (<Category.SIGNOFF: 'signoff'>, "short line (3 words), vocabulary: 'thanks for reading'")
    >>> boilerplate_like("“We will rebuild the harbour wall before winter,” the mayor said.") is None
    True
    """
    words = len(text.split())
    if len(_LETTER.findall(text)) < MIN_LETTERS or words > LONG_MAX_WORDS or _QUOTED.search(text):
        return None
    for category, vocabulary in _vocabulary():
        found = vocabulary.search(text)
        if found:
            size = f"short line ({words} words), " if words <= SHORT_MAX_WORDS else ""
            return category, f"{size}vocabulary: {found.group(0).strip().lower()!r}"
    if words <= SHORT_MAX_WORDS:
        return Category.BOILERPLATE, f"short line ({words} words)"
    return None


def select(
    counts: Counts,
    min_docs: int = DEFAULT_MIN_DOCS,
    min_share: float = DEFAULT_MIN_SHARE,
    known: RuleSet | None = None,
) -> list[Candidate]:
    """The frequent boilerplate-like blocks, most frequent first; those `known` rules remove already are left out."""
    return [c for c in _frequent(counts, min_docs, min_share, known) if isinstance(c, Candidate)]


def rejected(counts: Counts, min_docs: int = DEFAULT_MIN_DOCS, min_share: float = DEFAULT_MIN_SHARE,
             known: RuleSet | None = None) -> list[tuple[str, Seen, str]]:
    """The frequent blocks that did not become rules, with the reason (for the reviewer)."""
    return [c for c in _frequent(counts, min_docs, min_share, known) if not isinstance(c, Candidate)]


def threshold(documents: int, min_docs: int, min_share: float) -> int:
    """The number of documents a block must recur in."""
    return max(min_docs, math.ceil(min_share * documents))


def _frequent(counts: Counts, min_docs: int, min_share: float, known: RuleSet | None):
    needed = threshold(counts.documents, min_docs, min_share)
    frequent = sorted(
        ((k, s) for k, s in counts.blocks.items() if s.docs >= needed), key=lambda ks: (-ks[1].docs, ks[0])
    )
    for key, seen in frequent:
        covered = known.verdicts(example_block(seen.variants[0])) if known else []
        if covered:
            yield key, seen, f"already removed by {covered[0].source}"
            continue
        verdict = boilerplate_like(seen.variants[0])
        if verdict is None:  # not counted in the first place; kept for counts made otherwise
            yield key, seen, "reads as article text (long prose, or quotes someone)"
            continue
        yield Candidate(key, seen, *verdict)


# --- writing rules -------------------------------------------------------------------------


def rule_pattern(variants: Iterable[str]) -> str:
    """An anchored regex matching the whole block in any of its variants, whitespace-flexible,
    any number where the variant has digits. Variants differing only in case give one form
    (the rule ignores case).

    >>> rule_pattern(["Donate $25 today!"])
    '^\\\\s*Donate\\\\s+\\\\$\\\\d+\\\\s+today!\\\\s*$'
    """
    forms: list[str] = []
    for variant in variants:
        parts = regex.split(r"(\d+|\s+)", variant.strip())
        pieces = [
            r"\d+" if part.isdigit() else r"\s+" if part.isspace() else regex.escape(part, special_only=True)
            for part in parts if part
        ]
        form = "".join(pieces)
        if form.casefold() not in {f.casefold() for f in forms}:
            forms.append(form)
    body = forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")"
    return rf"^\s*{body}\s*$"


def rule_id(candidate: Candidate) -> str:
    """`learned-` + the first words, ASCII, + a short hash of the key (unique, stable)."""
    words = regex.findall(r"[a-z0-9]+", candidate.key.encode("ascii", "ignore").decode())[:5]
    digest = hashlib.sha1(candidate.key.encode("utf-8")).hexdigest()[:6]
    return "-".join(["learned", *words, digest])


def describe(candidate: Candidate, documents: int) -> str:
    share = candidate.seen.docs / documents if documents else 0
    return (
        f"Repeated in {candidate.seen.docs} of {documents} documents ({share:.1%}), "
        f"e.g. {', '.join(candidate.seen.files)}; {candidate.why}."
    )


def keep_example(candidate: Candidate) -> str:
    """A sentence that quotes the line inside prose: the anchored pattern must not take it."""
    return f"Readers saw the line “{candidate.seen.variants[0]}” in many articles, the editor noted."


def to_rules(candidates: Iterable[Candidate], documents: int, source: str | None = None) -> list[Rule]:
    """Rules removing the candidates' blocks; `source` replaces the ids (e.g. a heuristic id)."""
    return [
        Rule(
            id=source or rule_id(c),
            category=c.category,
            scope=Scope.BLOCK,
            description=describe(c, documents),
            pattern=rule_pattern(c.seen.variants),
            remove_examples=c.seen.variants,
            keep_examples=(keep_example(c),),
            origin="corpus",
        )
        for c in candidates
    ]


def _toml_string(text: str) -> str:
    if "'''" not in text and "\n" not in text and not text.endswith("'"):
        return f"'''{text}'''"
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def render_toml(candidates: list[Candidate], documents: int, corpus: str, rejected_blocks=()) -> str:
    """The rule file `cleaner learn` writes: ordinary rules, for a person to review and commit."""
    out = [
        f"# Learned by `cleaner learn` from {documents} documents in {corpus}.",
        "# Each rule removes one block that recurs across documents. Review before committing:",
        "# delete rules for lines that are article text, fix categories, widen patterns.",
        "",
    ]
    for _candidate, rule in zip(candidates, to_rules(candidates, documents)):
        out += [
            "[[rule]]",
            f"id = {json.dumps(rule.id)}",
            f"category = {json.dumps(rule.category.value)}",
            'scope = "block"',
            f"description = {_toml_string(rule.description)}",
            f"pattern = {_toml_string(rule.pattern)}",
            "[rule.examples]",
            "remove = [" + ", ".join(_toml_string(v) for v in rule.remove_examples) + "]",
            "keep = [" + ", ".join(_toml_string(k) for k in rule.keep_examples) + "]",
            "",
        ]
    if rejected_blocks:
        out.append("# Repeated, but not made rules:")
        for _key, seen, why in rejected_blocks:
            out.append(f"#   {seen.docs:>6} documents: {seen.variants[0][:100]!r}: {why}")
    return "\n".join(out).rstrip("\n") + "\n"
