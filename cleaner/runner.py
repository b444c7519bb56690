"""Cleaning files: the per-file work, and the engines that run it over a corpus.

`process_file` is the whole job for one file and depends on nothing but its arguments, so the
serial loop, the process pool and Dask all run the very same function and produce the same
bytes.
"""

from __future__ import annotations

import difflib
import enum
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from cleaner.files import HTML_SUFFIXES, JSONL_SUFFIXES, Decoded, Unreadable, decode, encode, write_atomic
from cleaner.model import CleanResult
from cleaner.pipeline import Cleaner
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
    FLAGGED = "flagged"  # the safety valve held it back (--safe)


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to clean a file, picklable."""

    rule_paths: tuple[str, ...] = ()
    include_default_rules: bool = True
    disable: tuple[str, ...] = ()
    mode: Mode = Mode.WRITE
    out_dir: str | None = None
    root: str | None = None  # paths under --out mirror paths relative to this folder
    text_field: str = "text"
    encoding: str = "utf-8"
    safe: bool = False
    want_diff: bool = False
    extra_rules: tuple[Rule, ...] = ()  # rules made for this run (cleaner run --corpus-repeats)

    def make_cleaner(self) -> Cleaner:
        rules: RuleSet | list[Path] = [Path(p) for p in self.rule_paths]
        if self.extra_rules:
            loaded = load_rules(rules, include_default=self.include_default_rules)
            rules = RuleSet.of(loaded.rules + self.extra_rules)
        return Cleaner(
            rules,
            include_default_rules=self.include_default_rules,
            disable=self.disable,
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


def process_file(path: Path, settings: Settings, cleaner: Cleaner) -> Outcome:
    try:
        data = path.read_bytes()
    except OSError as error:
        return Outcome(str(path), Status.SKIPPED, f"cannot read: {error.strerror or error}")
    try:
        decoded = decode(data, settings.encoding)
    except Unreadable as error:
        return Outcome(str(path), Status.SKIPPED, str(error))
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES and settings.mode is Mode.WRITE and not settings.out_dir:
        return Outcome(str(path), Status.SKIPPED, "HTML is cleaned to text: give --out DIR to write it")
    if suffix in JSONL_SUFFIXES:
        new_text, outcome = _clean_jsonl(decoded.text, settings.text_field, cleaner, path)
    elif suffix in HTML_SUFFIXES:
        from cleaner.html import extract_text

        result = cleaner.clean(extract_text(decoded.text))
        new_text, outcome = result.text, _outcome(path, result)
    else:
        result = cleaner.clean(decoded.text)
        new_text, outcome = result.text, _outcome(path, result)
    if new_text == decoded.text and not settings.out_dir:
        outcome.status = Status.UNCHANGED
        return outcome
    if outcome.suspicious and settings.safe:
        outcome.status = Status.FLAGGED
        outcome.reason = "would remove most of the document; left unchanged (--safe)"
        return outcome
    if settings.want_diff:
        outcome.diff = _diff(str(path), decoded.text, new_text)
    outcome.status = Status.CHANGED if new_text != decoded.text else Status.UNCHANGED
    if settings.mode is Mode.WRITE:
        _write(path, decoded, new_text, settings)
    return outcome


def _outcome(path: Path, result: CleanResult, record: int | None = None) -> Outcome:
    removals = []
    for removal in result.removals:
        entry = removal.to_dict()
        if record is not None:
            entry["record"] = record
        removals.append(entry)
    return Outcome(str(path), Status.CHANGED, removals=removals, suspicious=result.suspicious)


def _clean_jsonl(text: str, field_name: str, cleaner: Cleaner, path: Path) -> tuple[str, Outcome]:
    outcome = Outcome(str(path), Status.CHANGED)
    out_lines = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        try:
            record = json.loads(body) if body.strip() else None
        except json.JSONDecodeError as error:
            outcome.problems.append(f"line {number}: malformed JSON kept as is ({error.msg})")
            out_lines.append(line)
            continue
        if not isinstance(record, dict) or not isinstance(record.get(field_name), str):
            out_lines.append(line)
            continue
        result = cleaner.clean(record[field_name])
        if result.text == record[field_name]:
            out_lines.append(line)
            continue
        record[field_name] = result.text
        part = _outcome(path, result, record=number)
        outcome.removals.extend(part.removals)
        outcome.suspicious |= part.suspicious
        out_lines.append(json.dumps(record, ensure_ascii=False) + ending)
    return "".join(out_lines), outcome


def _diff(name: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def _write(path: Path, decoded: Decoded, text: str, settings: Settings) -> None:
    target = path
    if settings.out_dir:
        relative = path.relative_to(settings.root) if settings.root else Path(path.name)
        target = Path(settings.out_dir) / relative
        if path.suffix.lower() in HTML_SUFFIXES:
            target = target.with_suffix(".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, encode(decoded, text))


# --- engines -------------------------------------------------------------------------------

_worker_cleaner: Cleaner | None = None
_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    # Paid once per worker: rule compilation and imports are not repeated per file.
    global _worker_cleaner, _worker_settings
    _worker_settings = settings
    _worker_cleaner = settings.make_cleaner()


def _work(paths: list[str]) -> list[Outcome]:
    assert _worker_cleaner is not None and _worker_settings is not None
    return [process_file(Path(p), _worker_settings, _worker_cleaner) for p in paths]


def run_serial(paths: Iterable[Path], settings: Settings) -> Iterator[Outcome]:
    cleaner = settings.make_cleaner()
    for path in paths:
        yield process_file(path, settings, cleaner)


def run_parallel(paths: list[Path], settings: Settings, jobs: int) -> Iterator[Outcome]:
    """Process-pool engine. Results come back in input order; at most a few chunks per worker
    are in flight, so memory does not grow with the corpus."""
    if jobs <= 1 or len(paths) <= CHUNK_FILES:
        yield from run_serial(paths, settings)
        return
    chunks = [[str(p) for p in paths[i:i + CHUNK_FILES]] for i in range(0, len(paths), CHUNK_FILES)]
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        pending = [pool.submit(_work, chunk) for chunk in chunks[:window]]
        next_chunk = len(pending)
        while pending:
            outcomes = pending.pop(0).result()
            if next_chunk < len(chunks):
                pending.append(pool.submit(_work, chunks[next_chunk]))
                next_chunk += 1
            yield from outcomes


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


Engine = Callable[[list[Path], Settings, int], Iterator[Outcome]]
