"""Which of the files found under the given paths are cleaned: excludes, .gitignore, our own output.

As in ruff and black: a folder is walked for the formats cleaner reads (`files.discover`), then
files matching an exclude glob or a .gitignore are left out. A file named on the command line is
cleaned even when a glob or .gitignore matches it, unless `force_exclude` (for pre-commit, which
names every staged file). Globs are gitignore patterns (`pathspec`): one without a slash matches a
file or folder name at any depth (`drafts`, `*.raw.txt`), one with a slash is anchored to the
folder of the configuration that gives it, or to the working folder for command-line globs.

What cleaner itself writes is never cleaned again, named or not: the folder of `--out`, the
`--report` file of this run, and any JSONL file whose first record is a removal report's (a
report in the corpus would otherwise be cleaned as a corpus, its removed texts becoming "").
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a glob or a .gitignore is first read (_gitignore_spec)
    import pathspec

# Left out of every walk unless `exclude` replaces them (hidden files and folders are never
# walked, see files.discover): tool and environment folders that hold text files of their own.
DEFAULT_EXCLUDE = ("node_modules", "venv", "site-packages", "__pycache__", "__pypackages__", "_build", "buck-out")
# The keys that make a JSONL record one of our reports: a removal, or an event (skipped, flagged, ...)
REPORT_KEYS = frozenset({"file", "category", "source", "reason"})
EVENT_KEYS = frozenset({"file", "event", "reason"})
# The first line of a --summary file, by which a later run knows it.
SUMMARY_MARK = b"<!-- written by cleaner run --summary -->"
# How much of a .jsonl file is read to tell a report from a corpus: its first line, up to this many bytes.
SNIFF_BYTES = 1 << 16


@dataclass(frozen=True)
class Globs:
    """Exclude globs and the folder they are relative to (None: the folder walked)."""

    patterns: tuple[str, ...]
    base: Path | None

    def matches(self, path: Path, root: Path | None) -> bool:
        """Whether the globs match `path` (absolute), taken relative to `base`; a path outside
        `base` is taken relative to `root`, the folder it was found under (else as it is)."""
        if not self.patterns:
            return False
        for folder in (self.base, root):
            if folder is not None and _under(path, _absolute(folder)):
                return _spec(self.patterns).match_file(path.relative_to(_absolute(folder)).as_posix())
        return _spec(self.patterns).match_file(path.as_posix().lstrip("/"))


@dataclass
class Selection:
    globs: list[Globs] = field(default_factory=list)
    respect_gitignore: bool = True
    force_exclude: bool = False
    # written by this run (--out, --report, --summary): never read as input
    out_dir: Path | None = None
    written: tuple[Path, ...] = ()
    _ignores: dict[Path, pathspec.PathSpec | None] = field(default_factory=dict, repr=False)
    _roots: set[Path] = field(default_factory=set, repr=False)
    _chains: dict[Path, list[Path]] = field(default_factory=dict, repr=False)

    def select(self, files: list[Path], named: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
        """(the files to clean, [(file, why it is left out)]) of `files` found under `named`."""
        named_files = {_absolute(p) for p in named if not p.is_dir()}
        self._roots = {_absolute(p) for p in named if p.is_dir()}
        kept, left = [], []
        for path in files:
            reason = self.why_left_out(path, _absolute(path) in named_files)
            if reason:
                left.append((path, reason))
            else:
                kept.append(path)
        return kept, left

    def why_left_out(self, path: Path, named: bool) -> str:
        absolute = _absolute(path)
        if any(absolute == _absolute(w) for w in self.written):
            return "written by this run (--report, --summary)"
        if self.out_dir is not None and _under(absolute, _absolute(self.out_dir)):
            return "in the --out folder of this run"
        if path.suffix.lower() in {".jsonl", ".ndjson"} and looks_like_report(path):
            return "a cleaner report (its first record has the report's keys)"
        if path.suffix.lower() in {".md", ".markdown"} and looks_like_summary(path):
            return "a cleaner summary (--summary)"
        if named and not self.force_exclude:
            return ""
        root = max((r for r in self._roots if _under(absolute, r)), key=lambda r: len(r.parts), default=None)
        for globs in self.globs:
            if globs.matches(absolute, root):
                return "excluded by a glob"
        if self.respect_gitignore and self._gitignored(absolute):
            return "ignored by .gitignore"
        return ""

    def _gitignored(self, path: Path) -> bool:
        """Whether the .gitignore files of `path`'s folders (up to its repository's top, or outside
        a repository up to the folder named on the command line) leave it out; as in git, a
        deeper file overrides a shallower one."""
        verdict = False
        if path.parent not in self._chains:
            self._chains[path.parent] = _gitignore_folders(path.parent, self._roots)
        for folder in reversed(self._chains[path.parent]):
            spec = self._ignore_spec(folder)
            if spec is None:
                continue
            result = spec.check_file(_relative(path, folder))
            if result.include is not None:
                verdict = result.include
        return verdict

    def _ignore_spec(self, folder: Path) -> pathspec.PathSpec | None:
        if folder not in self._ignores:
            try:
                lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                lines = None
            self._ignores[folder] = _gitignore_spec(lines) if lines is not None else None
        return self._ignores[folder]


def looks_like_report(path: Path) -> bool:
    """Whether a JSONL file is a `cleaner run --report` file: its first record has the keys of a
    removal record or of an event record."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(SNIFF_BYTES)
            while first and not first.strip():
                first = handle.readline(SNIFF_BYTES)
    except OSError:
        return False
    try:
        record = json.loads(first)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(record, dict) and (record.keys() >= REPORT_KEYS or record.keys() >= EVENT_KEYS)


def looks_like_summary(path: Path) -> bool:
    """Whether a Markdown file is a `cleaner run --summary` file: it starts with SUMMARY_MARK."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SUMMARY_MARK)) == SUMMARY_MARK
    except OSError:
        return False


def _gitignore_folders(folder: Path, roots: set[Path]) -> list[Path]:
    """`folder` and the folders above it up to its git repository's top (innermost first); in no
    repository, up to the outermost of `roots` above it (or `folder` alone)."""
    chain = [folder, *folder.parents]
    for depth, candidate in enumerate(chain):
        if (candidate / ".git").exists():
            return chain[:depth + 1]
    outermost = max((depth for depth, candidate in enumerate(chain) if candidate in roots), default=0)
    return chain[:outermost + 1]


_SPECS: dict[tuple[str, ...], pathspec.PathSpec] = {}


def _spec(patterns: tuple[str, ...]) -> pathspec.PathSpec:
    if patterns not in _SPECS:
        _SPECS[patterns] = _gitignore_spec(patterns)
    return _SPECS[patterns]


def _gitignore_spec(lines: Iterable[str]) -> pathspec.PathSpec:
    """Gitignore patterns, read as git reads them. (pathspec is imported here, when first needed:
    a run on files named on the command line, as pre-commit names them, reads no glob and no
    .gitignore unless --force-exclude.)"""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _relative(path: Path, base: Path) -> str:
    """`path` relative to `base` in forward slashes; its name alone when it is outside `base`
    (so a glob without a slash still matches it)."""
    try:
        return _absolute(path).relative_to(_absolute(base)).as_posix()
    except ValueError:
        return path.name


def _under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
