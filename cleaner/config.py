"""User configuration: `[tool.cleaner]` in the nearest pyproject.toml, as ruff and black do.

    [tool.cleaner]
    rules = ["corpus-rules/"]      # extra rule files or folders, relative to this file
    disable = ["cta-read-more", "signoff"]  # rule ids or categories to switch off
    text-field = "content"         # JSONL field holding the text
    mode = "page"                  # the texts are whole pages flattened to text (default: "article")
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from cleaner.rules import RuleError

_KEYS = {"rules", "disable", "text-field", "mode"}
_MODES = ("article", "page")


@dataclass(frozen=True)
class ProjectConfig:
    rule_paths: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    text_field: str | None = None
    mode: str | None = None
    source: Path | None = None


def find_pyproject(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_project_config(start: Path | None = None) -> ProjectConfig:
    path = find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return ProjectConfig()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("cleaner")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: not a valid TOML file: {error}") from error
    if not table:
        return ProjectConfig()
    unknown = set(table) - _KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key(s) in [tool.cleaner]: {sorted(unknown)}; known: {sorted(_KEYS)}")
    _check_types(table, path)
    if table.get("mode", "article") not in _MODES:
        raise RuleError(f"{path}: [tool.cleaner] mode must be one of {', '.join(map(repr, _MODES))}")
    return ProjectConfig(
        rule_paths=tuple(str(path.parent / p) for p in table.get("rules", [])),
        disable=tuple(table.get("disable", [])),
        text_field=table.get("text-field"),
        mode=table.get("mode"),
        source=path,
    )


# What each key holds: a list of strings, or a string (a lone string where a list is wanted would
# be read letter by letter: rules = "dir/" as the folders "d", "i", "r", "/").
_LISTS = ("rules", "disable")
_STRINGS = ("text-field", "mode")


def _check_types(table: dict, path: Path) -> None:
    for key in _LISTS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise RuleError(f"{path}: [tool.cleaner] {key} must be a list of strings, like {key} = [\"...\"], not {value!r}")
    for key in _STRINGS:
        value = table.get(key, "x")
        if not isinstance(value, str) or not value:
            raise RuleError(f"{path}: [tool.cleaner] {key} must be a non-empty string, not {value!r}")
