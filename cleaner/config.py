"""User configuration: `[tool.cleaner]` in the nearest pyproject.toml, as ruff and black do.

    [tool.cleaner]
    rules = ["corpus-rules/"]      # extra rule files or folders, relative to this file
    disable = ["cta-read-more", "signoff"]  # rule ids or categories to switch off
    text-field = "content"         # JSONL field holding the text
    mode = "page"                  # the texts are whole pages flattened to text (default: "article")
    language = "German"            # a jusText stoplist name, for page mode (default: guessed)
    scorer-threshold = 0.3         # page mode: remove a block below this article-text probability
    picture-credits = true         # also remove picture credits ("Foto: dpa")
    allow-large-removals = true    # clean documents that would lose most of their words
    extend-exclude = ["drafts/"]   # more gitignore-style globs to leave out (exclude replaces the defaults)

Everything a run can set about how to clean is one `Options` (cleaner.pipeline): options_from
builds it from the table and the command line's flags, which win.

The nearest pyproject.toml with a [tool.cleaner] table above the files being cleaned applies
(one without the table is passed over); `cleaner run --config FILE` names one instead, either a
pyproject.toml or a TOML file holding the table's keys at its top level.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.rules import RuleError, read_toml

if TYPE_CHECKING:
    from cleaner.pipeline import Options

# The keys that set an Options field: the field, and the types its value may have.
_OPTION_KEYS: dict[str, tuple[str, tuple[type, ...]]] = {
    "mode": ("mode", (str,)),
    "language": ("language", (str,)),
    "scorer-threshold": ("scorer_threshold", (int, float)),
    "picture-credits": ("picture_credits", (bool,)),
    "allow-large-removals": ("allow_large_removals", (bool,)),
    "heuristics": ("heuristics", (bool,)),
}
_KEYS = {
    "rules", "disable", "text-field", "exclude", "extend-exclude", "force-exclude", "respect-gitignore",
    *_OPTION_KEYS,
}
_GLOB_KEYS = ("exclude", "extend-exclude")
_FLAG_KEYS = ("force-exclude", "respect-gitignore")
_MODES = ("article", "page")


@dataclass(frozen=True)
class ProjectConfig:
    rule_paths: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    text_field: str | None = None
    # the Options fields the table sets, by field name ("mode", "scorer_threshold"...)
    options: tuple[tuple[str, object], ...] = ()
    source: Path | None = None
    # gitignore-style globs, relative to the config file's folder (see cleaner.selection)
    exclude: tuple[str, ...] | None = None  # None: the default excludes
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    respect_gitignore: bool | None = None


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.cleaner] table in `start` or a folder above it."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _table(candidate, pyproject=True) is not None:
            return candidate
    return None


def load_project_config(start: Path | None = None, config: Path | None = None) -> ProjectConfig:
    """[tool.cleaner] of the nearest pyproject.toml above `start` (default: the working folder),
    or of the file `config` names (a pyproject.toml, or a TOML file of the table's keys)."""
    path: Path | None
    if config is not None:
        if not config.is_file():
            raise RuleError(f"{config}: no such configuration file")
        path = config.resolve()
        table = _table(path, pyproject=path.name == "pyproject.toml")
        if table is None:
            raise RuleError(f"{config}: has no [tool.cleaner] table")
    else:
        path = find_pyproject((start or Path.cwd()).resolve())
        table = _table(path, pyproject=True) if path else None
    if path is None or not table:
        return ProjectConfig()
    unknown = set(table) - _KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key(s) in [tool.cleaner]: {sorted(unknown)}; known: {sorted(_KEYS)}")
    _check_types(table, path)
    if table.get("mode", "article") not in _MODES:
        raise RuleError(f"{path}: [tool.cleaner] mode must be one of {', '.join(map(repr, _MODES))}")
    for key in _GLOB_KEYS:
        if key in table and not (isinstance(table[key], list) and all(isinstance(g, str) for g in table[key])):
            raise RuleError(f"{path}: [tool.cleaner] {key} must be a list of glob strings")
    for key in _FLAG_KEYS:
        if key in table and not isinstance(table[key], bool):
            raise RuleError(f"{path}: [tool.cleaner] {key} must be true or false")
    for key, (_, kinds) in _OPTION_KEYS.items():
        value = table.get(key)
        if value is not None and (not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool))):
            wanted = {bool: "true or false", str: "a string"}.get(kinds[0], "a number")
            raise RuleError(f"{path}: [tool.cleaner] {key} must be {wanted}, not {value!r}")
    exclude = table.get("exclude")
    return ProjectConfig(
        exclude=tuple(exclude) if exclude is not None else None,
        extend_exclude=tuple(table.get("extend-exclude", ())),
        force_exclude=table.get("force-exclude"),
        respect_gitignore=table.get("respect-gitignore"),
        rule_paths=tuple(str(path.parent / p) for p in table.get("rules", [])),
        disable=tuple(table.get("disable", [])),
        text_field=table.get("text-field"),
        options=tuple((field, table[key]) for key, (field, _) in _OPTION_KEYS.items() if key in table),
        source=path,
    )


def options_from(project: ProjectConfig, **flags: object) -> Options:
    """The run's Options: the defaults, then what [tool.cleaner] sets, then the command line's
    flags (by Options field name; None: not given). An impossible value names the file."""
    from cleaner.pipeline import Options

    given: dict[str, Any] = {**dict(project.options), **{k: v for k, v in flags.items() if v is not None}}
    try:
        return dataclasses.replace(Options(), **given)
    except ValueError as error:
        where = f"{project.source}: [tool.cleaner] " if project.source and dict(project.options) else ""
        raise RuleError(f"{where}{error}") from error


def _table(path: Path, pyproject: bool) -> dict | None:
    """The [tool.cleaner] table of a pyproject.toml (None without one), or a whole TOML file."""
    data = read_toml(path)
    if not pyproject:
        return data.get("tool", {}).get("cleaner", data) if isinstance(data.get("tool"), dict) else data
    tool = data.get("tool")
    table = tool.get("cleaner") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


# What each key holds: a list of strings, or a string (a lone string where a list is wanted would
# be read letter by letter: rules = "dir/" as the folders "d", "i", "r", "/").
_LISTS = ("rules", "disable")
_STRINGS = ("text-field", "mode", "language")


def _check_types(table: dict, path: Path) -> None:
    for key in _LISTS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise RuleError(
                f"{path}: [tool.cleaner] {key} must be a list of strings, like {key} = [\"...\"], not {value!r}"
            )
    for key in _STRINGS:
        value = table.get(key, "x")
        if not isinstance(value, str) or not value:
            raise RuleError(f"{path}: [tool.cleaner] {key} must be a non-empty string, not {value!r}")
