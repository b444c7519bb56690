"""Cleaning files: the per-file work, and the engines that run it over a corpus.

`process_file` is the whole job for one file and depends on nothing but its arguments, so the
serial loop, the process pool and Dask all run the very same function and produce the same
bytes.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import journal
from cleaner.files import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    ChangedOnDisk,
    Decoded,
    Snapshot,
    Unreadable,
    Unwritable,
    decode,
    encode,
    refuses_writes,
    sweep_temps,
    sweep_temps_in,
    write_atomic,
)
from cleaner.model import CleanResult
from cleaner.pipeline import Cleaner, Options
from cleaner.rules import Rule, RuleSet, load_rules

# Files handed to a worker process at a time: large enough to amortize the round trip, small
# enough that the progress bar moves and memory stays flat.
CHUNK_FILES = 16


class Mode(str, enum.Enum):
    WRITE = "write"  # rewrite files in place (or into --out)
    CHECK = "check"  # write nothing; report what would change


class Status(str, enum.Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    SKIPPED = "skipped"  # refused (binary, undecodable, ...): left byte-identical
    FLAGGED = "flagged"  # it would lose most of its words: left as it is (see --allow-large-removals)


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to clean a file, picklable."""

    rule_paths: tuple[str, ...] = ()
    include_default_rules: bool = True
    disable: tuple[str, ...] = ()
    mode: Mode = Mode.WRITE
    out_dir: str | None = None
    root: str | None = None  # paths under --out mirror paths relative to this folder (out_root)
    text_field: str = "text"
    encoding: str = "utf-8"
    want_diff: bool = False
    extra_rules: tuple[Rule, ...] = ()  # rules made for this run (cleaner run --corpus-repeats)
    # how to clean: the mode, the thresholds, what may be removed (cleaner.config.options_from
    # reads them from [tool.cleaner] and the command line)
    options: Options = Options()
    journal: str | None = None  # this run's journal folder (cleaner.journal); set by the engine

    def make_cleaner(self) -> Cleaner:
        paths = [Path(p) for p in self.rule_paths]
        rules: RuleSet | list[Path] = paths
        if self.extra_rules:
            loaded = load_rules(paths, include_default=self.include_default_rules)
            rules = RuleSet.of(loaded.rules + self.extra_rules)
        return Cleaner(
            rules,
            include_default_rules=self.include_default_rules,
            disable=self.disable,
            options=self.options,
        )


@dataclass
class Outcome:
    path: str
    status: Status
    reason: str = ""
    removals: list[dict] = field(default_factory=list)
    diff: str = ""
    suspicious: bool = False
    problems: list[str] = field(default_factory=list)  # e.g. malformed JSONL lines kept as is
    held_back: list[int] = field(default_factory=list)  # JSONL records (line numbers) left as they were
    # characters of each document as cleaned, by JSONL record line (0: the whole file): with the
    # removals, the share each document lost (cleaner run --summary)
    kept_chars: dict[int, int] = field(default_factory=dict)

    def report_records(self) -> Iterator[dict]:
        """The lines this file adds to --report: its removals, then what went wrong or was held.

        Removal records carry the removal's fields; the others carry an "event" key instead
        ("skipped", "flagged", "suspicious", "problem") so a reader can tell them apart.
        """
        for removal in self.removals:
            yield {"file": self.path, **removal}
        if self.status in (Status.SKIPPED, Status.FLAGGED):
            yield {"file": self.path, "event": self.status.value, "reason": self.reason}
        elif self.suspicious:
            yield {"file": self.path, "event": "suspicious", "reason": SUSPICIOUS_REASON}
        for problem in self.problems:
            yield {"file": self.path, "event": "problem", "reason": problem}

    def to_json(self) -> dict:
        return {**dataclasses.asdict(self), "status": self.status.value}

    @classmethod
    def from_json(cls, fields: dict) -> Outcome:
        # JSON keys are strings: the records' line numbers come back as numbers
        kept = {int(record): chars for record, chars in fields.get("kept_chars", {}).items()}
        return cls(**{**fields, "status": Status(fields["status"]), "kept_chars": kept})


SUSPICIOUS_REASON = "the cleaner removed most of this document's words (--allow-large-removals)"
HELD_BACK_REASON = "would remove most of the document's words; left unchanged (--allow-large-removals to clean it)"
# Documents longer than this are left as they are (and named): no article is this long, and
# cleaning a million characters already takes 5-20 s on the slowest shapes measured (a giant
# paragraph of short sentences; thousands of prose paragraphs), so a stray dump cannot stall a run.
MAX_DOCUMENT_CHARS = 1_000_000


def process_file(path: Path, settings: Settings, cleaner: Cleaner) -> Outcome:
    """Clean one file. Never raises: anything unexpected leaves the file as it was, reported."""
    try:
        return _process_file(path, settings, cleaner)
    except Exception as error:  # a bug must cost one file, never the run or the file
        reason = f"left unchanged after an internal error: {type(error).__name__}: {error}"
        return Outcome(str(path), Status.SKIPPED, reason)


def _process_file(path: Path, settings: Settings, cleaner: Cleaner) -> Outcome:
    if path.exists() and not path.is_file():
        return Outcome(str(path), Status.SKIPPED, "not a regular file")  # a FIFO would block the read
    try:
        seen = Snapshot.read(path)
    except OSError as error:
        return Outcome(str(path), Status.SKIPPED, f"cannot read: {error.strerror or error}")
    try:
        decoded = decode(seen.content, settings.encoding)
    except Unreadable as error:
        return Outcome(str(path), Status.SKIPPED, str(error))
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES and settings.mode is Mode.WRITE and not settings.out_dir:
        return Outcome(str(path), Status.SKIPPED, "HTML is cleaned to text: give --out DIR to write it")
    if suffix in JSONL_SUFFIXES:
        new_text, outcome = _clean_jsonl(decoded.text, settings, cleaner, path)
    else:
        extraction = None
        text = decoded.text
        if suffix in HTML_SUFFIXES:
            from cleaner.html import PageError, extract

            try:
                extraction = extract(text)  # the guard below weighs the page's text, not its markup
            except PageError as error:
                return Outcome(str(path), Status.SKIPPED, f"{error}; left out")
            text = extraction.text
        if len(text) > MAX_DOCUMENT_CHARS:
            return Outcome(str(path), Status.SKIPPED, _too_large(len(text)))
        # an HTML page as Cleaner.clean_html cleans it: the extractor's removal comes first
        result = cleaner.clean(text) if extraction is None else cleaner._clean_extraction(extraction)
        new_text, outcome = result.text, _outcome(path, result)
    if outcome.held_back or (outcome.suspicious and not settings.options.allow_large_removals):
        outcome.status = Status.FLAGGED
        outcome.reason = outcome.reason or HELD_BACK_REASON
    if new_text == decoded.text and not settings.out_dir:
        earlier = journal.recall(settings.journal, path, seen.content)
        if earlier is not None:
            return Outcome.from_json(earlier)  # this run rewrote it already, in a worker that died
        if outcome.status is not Status.FLAGGED:
            outcome.status = Status.UNCHANGED
        return outcome
    if settings.want_diff:
        outcome.diff = _diff(str(path), decoded.text, new_text)
    if outcome.status is not Status.FLAGGED:
        outcome.status = Status.CHANGED if new_text != decoded.text else Status.UNCHANGED
    if settings.mode is Mode.WRITE:
        refused = _write(path, decoded, new_text, settings, seen, outcome)
        if refused:
            return Outcome(str(path), Status.SKIPPED, f"left unchanged: {refused}")
    return outcome


def _too_large(chars: int) -> str:
    return f"too large to clean ({chars:,} characters; the limit is {MAX_DOCUMENT_CHARS:,}); left unchanged"


def _outcome(path: Path, result: CleanResult, record: int | None = None) -> Outcome:
    removals = []
    for removal in result.removals:
        entry = removal.to_dict()
        if record is not None:
            entry["record"] = record
        removals.append(entry)
    return Outcome(
        str(path), Status.CHANGED, removals=removals, suspicious=result.suspicious,
        kept_chars={record or 0: len(result.text)},
        problems=[f"line {record}: {p}" if record is not None else p for p in result.problems],
    )


def _clean_jsonl(text: str, settings: Settings, cleaner: Cleaner, path: Path) -> tuple[str, Outcome]:
    """Clean the text field of each record; every other byte of the line stays as it was.

    The new value is spliced into the line in place of the old one, so the other fields keep
    their order, spacing, escapes and number spellings (re-serializing would change
    `1.0e5`, drop duplicate keys, or turn a huge number into invalid `Infinity`). A line that
    is not JSON is kept as is and reported.
    """
    field_name = settings.text_field
    outcome = Outcome(str(path), Status.CHANGED)
    out_lines = []
    with_field = records = 0
    # "\n" only: str.splitlines would also split at U+2028 and other separators JSON allows raw
    lines = text.split("\n")
    for number, body in enumerate(lines, start=1):
        ending = "\n" if number < len(lines) else ""
        out_lines.append(body + ending)
        if not body.strip():
            continue
        records += 1
        try:
            fields = _top_level_fields(body)
        except ValueError as error:
            outcome.problems.append(f"line {number}: malformed JSON kept as is ({error})")
            continue
        spans = [f for f in fields or () if f[0] == field_name]
        if len(spans) > 1:
            outcome.problems.append(f"line {number}: field {field_name!r} appears {len(spans)} times; kept as is")
            continue
        if not spans:
            continue
        _, start, end, original = spans[0]
        if not isinstance(original, str):
            continue
        with_field += 1
        if len(original) > MAX_DOCUMENT_CHARS:
            outcome.problems.append(f"line {number}: {_too_large(len(original))}")
            continue
        result = cleaner.clean(original)
        outcome.kept_chars[number] = len(result.text)
        if result.suspicious and not settings.options.allow_large_removals:
            outcome.problems.extend(f"line {number}: {p}" for p in result.problems)
            outcome.held_back.append(number)
            outcome.problems.append(f"line {number}: {HELD_BACK_REASON}")
            continue
        part = _outcome(path, result, record=number)
        outcome.problems.extend(part.problems)
        cleaned = _keep_final_newline(original, result.text)
        if cleaned == original:
            continue
        outcome.removals.extend(part.removals)
        outcome.suspicious |= part.suspicious
        value = json.dumps(cleaned, ensure_ascii=body.isascii())
        if not value.isascii() and _SURROGATE.search(value):
            value = json.dumps(cleaned)  # a lone surrogate can only be written escaped
        out_lines[-1] = body[:start] + value + body[end:] + ending
    if records and not with_field:
        outcome.problems.append(f"no record has a string field {field_name!r}; nothing cleaned (see --text-field)")
    return "".join(out_lines), outcome


_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\r\n]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _top_level_fields(body: str) -> list[tuple[str, int, int, object]] | None:
    """(key, start, end, value) of each field of a JSON object line; None for other JSON values.

    Raises ValueError (with the position) when the line is not one JSON value.
    """
    json.loads(body)  # validates the whole line, with json's own error message
    i = _skip_space(body, 0)
    if body[i] != "{":
        return None
    fields = []
    i = _skip_space(body, i + 1)
    while body[i] != "}":
        # json.decoder.scanstring is there at run time; typeshed's json.decoder leaves it out
        key, i = json.decoder.scanstring(body, i + 1)  # type: ignore[attr-defined]
        i = _skip_space(body, i) + 1  # the colon
        start = _skip_space(body, i)
        value, end = _DECODER.raw_decode(body, start)
        fields.append((key, start, end, value))
        i = _skip_space(body, end)
        if body[i] == ",":
            i = _skip_space(body, i + 1)
    return fields


def _skip_space(body: str, i: int) -> int:
    """Where the JSON whitespace at body[i] ends (i itself when there is none)."""
    space = _WHITESPACE.match(body, i)
    return space.end() if space else i


def _keep_final_newline(original: str, cleaned: str) -> str:
    """A JSONL text field gains no final newline the record did not have."""
    if cleaned and not original.endswith("\n"):
        return cleaned[:-2] if cleaned.endswith("\r\n") else cleaned[:-1]
    return cleaned


def _diff(name: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def out_root(inputs: list[Path]) -> str:
    """The folder that paths under --out mirror: the deepest folder holding every input (an
    input folder itself when it is the only input), so two inputs never land on one path."""
    folders = [os.path.abspath(p) if p.is_dir() else os.path.dirname(os.path.abspath(p)) for p in inputs]
    return os.path.commonpath(folders)


def output_path(path: Path, settings: Settings) -> Path:
    """Where the cleaned copy of `path` goes under --out (HTML pages become .txt)."""
    assert settings.out_dir is not None
    root = settings.root or os.path.dirname(os.path.abspath(path))
    target = Path(settings.out_dir) / os.path.relpath(os.path.abspath(path), root)
    return target.with_suffix(".txt") if path.suffix.lower() in HTML_SUFFIXES else target


def output_conflicts(paths: list[Path], settings: Settings) -> list[str]:
    """Why the copies under --out cannot all be written: two inputs with one output path, or an
    output path that is an input file. Empty when there is nothing to refuse."""
    if not settings.out_dir or settings.mode is not Mode.WRITE:
        return []
    inputs = {os.path.realpath(p): p for p in paths}
    sources: dict[str, list[Path]] = {}
    for path in paths:
        sources.setdefault(os.path.realpath(output_path(path, settings)), []).append(path)
    problems = []
    for target, found in sources.items():
        if target in inputs:
            problems.append(f"{output_path(found[0], settings)} would overwrite the input {inputs[target]}")
        elif len(found) > 1:
            problems.append(f"{output_path(found[0], settings)} would be written from {' and '.join(map(str, found))}")
    return problems


def _write(path: Path, decoded: Decoded, text: str, settings: Settings, seen: Snapshot, outcome: Outcome) -> str:
    """Write the cleaned text; "" when done, else why nothing was written."""
    target = path
    if settings.out_dir:
        target = output_path(path, settings)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"cannot create {target.parent}: {error.strerror or error}"
    try:
        data = encode(decoded, text)
    except Unwritable as error:
        return str(error)
    real = target.resolve() if target.is_symlink() else target
    # A read-only file is rewritten like formatters do (the rename needs only the folder's
    # permission, and the file keeps its mode); a read-only folder is refused.
    refused = refuses_writes(real.parent)
    if refused:
        return f"{refused} ({real.parent})"
    in_place = target == path
    if in_place:
        journal.record(settings.journal, path, data, outcome.to_json())  # before the file is replaced
    try:
        write_atomic(target, data, unchanged_since=seen if in_place else None)
    except ChangedOnDisk as error:
        return error.strerror or str(error)  # someone else's edit wins
    except OSError as error:
        return f"cannot write: {error.strerror or error}"
    return ""


# --- engines -------------------------------------------------------------------------------


def run_serial(paths: Iterable[Path], settings: Settings) -> Iterator[Outcome]:
    """Every file in this process, one after the other (a crash in native code ends the
    process: `cleaner run` uses run_parallel, whose workers take that risk)."""
    paths = list(paths)
    sweep_before_writing(paths, settings)
    cleaner = settings.make_cleaner()
    for path in paths:
        yield process_file(path, settings, cleaner)


def run_parallel(paths: list[Path], settings: Settings, jobs: int, stop: Stop | None = None) -> Iterator[Outcome]:
    """Worker processes (cleaner.workers): results in input order, one crashing file costs
    that file only, and the workers die with this process."""
    from cleaner.workers import run_pool

    yield from run_pool(paths, settings, jobs, stop)


class Stop:
    """Set by the consumer of an engine's outcomes to stop it handing out more work (the
    report cannot be written): the work in flight still comes back, nothing new starts."""

    def __init__(self) -> None:
        self.requested = False

    def set(self) -> None:
        self.requested = True


def sweep_before_writing(paths: list[Path], settings: Settings) -> None:
    """Delete the temporary files killed runs left where this run writes (write mode only:
    --check and --diff touch nothing)."""
    if settings.mode is not Mode.WRITE:
        return
    if settings.out_dir:
        sweep_temps(Path(settings.out_dir))
    else:
        sweep_temps_in({p.resolve().parent for p in paths})


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


Engine = Callable[[list[Path], Settings, int], Iterator[Outcome]]
