"""User configuration: `[tool.cleaner]` in the nearest pyproject.toml, as ruff and black do.

    [tool.cleaner]
    rules = ["corpus-rules/"]      # extra rule files or folders, relative to this file
    disable = ["cta-read-more", "signoff"]  # rule ids or categories to switch off
    text-field = "content"         # JSONL field holding the text
    mode = "page"                  # the texts are whole pages flattened to text (default: "article")
    extend-exclude = ["drafts/"]   # more gitignore-style globs to leave out (exclude replaces the defaults)

The nearest pyproject.toml with a [tool.cleaner] table above the files being cleaned applies
(one without the table is passed over); `cleaner run --config FILE` names one instead, either a
pyproject.toml or a TOML file holding the table's keys at its top level.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cleaner.rules import RuleError, read_toml

_KEYS = {"rules", "disable", "text-field", "mode", "exclude", "extend-exclude", "force-exclude", "respect-gitignore"}
_GLOB_KEYS = ("exclude", "extend-exclude")
_FLAG_KEYS = ("force-exclude", "respect-gitignore")
_MODES = ("article", "page")


@dataclass(frozen=True)
class ProjectConfig:
    rule_paths: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    text_field: str | None = None
    mode: str | None = None
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
    exclude = table.get("exclude")
    return ProjectConfig(
        exclude=tuple(exclude) if exclude is not None else None,
        extend_exclude=tuple(table.get("extend-exclude", ())),
        force_exclude=table.get("force-exclude"),
        respect_gitignore=table.get("respect-gitignore"),
        rule_paths=tuple(str(path.parent / p) for p in table.get("rules", [])),
        disable=tuple(table.get("disable", [])),
        text_field=table.get("text-field"),
        mode=table.get("mode"),
        source=path,
    )


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
_STRINGS = ("text-field", "mode")


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
