"""`cleaner run -`: standard input cleaned as a file of its format would be.

The format comes from `--stdin-filename` (its suffix), else from `--text-field` (JSONL), else from
the input itself: a first line that is a JSON object makes JSONL, an `<html` or `<!doctype html`
start makes HTML, anything else is text. JSONL records are cleaned field by field as in a file,
so each line comes back as valid JSON with its other fields byte for byte.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path

from cleaner.files import HTML_SUFFIXES, JSONL_SUFFIXES, Decoded, decode
from cleaner.pipeline import Cleaner
from cleaner.runner import HELD_BACK_REASON, Outcome, Settings, Status, _clean_jsonl, _diff, _outcome

STDIN_NAME = "-"


class Format(str, enum.Enum):
    TEXT = "text"
    JSONL = "jsonl"
    HTML = "html"


def guess_format(filename: str | None, text: str, jsonl_asked: bool) -> Format:
    """The format of a file's suffix, else JSONL if `--text-field` was given, else sniffed."""
    if filename:
        suffix = Path(filename).suffix.lower()
        return Format.JSONL if suffix in JSONL_SUFFIXES else Format.HTML if suffix in HTML_SUFFIXES else Format.TEXT
    if jsonl_asked:
        return Format.JSONL
    start = text.lstrip()[:15].lower()
    if start.startswith(("<!doctype html", "<html")):
        return Format.HTML
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            return Format.JSONL if isinstance(json.loads(first), dict) else Format.TEXT
        except ValueError:
            pass
    return Format.TEXT


def clean_stdin(
    data: bytes, settings: Settings, cleaner: Cleaner, filename: str | None, jsonl_asked: bool
) -> tuple[Decoded, str, Outcome]:
    """(the input decoded, its cleaned text, the outcome as for a file named `filename` or "-").

    Raises files.Unreadable for binary or undecodable input."""
    decoded = decode(data, settings.encoding)
    name = filename or STDIN_NAME
    kind = guess_format(filename, decoded.text, jsonl_asked)
    if kind is Format.JSONL:
        new_text, outcome = _clean_jsonl(decoded.text, settings, cleaner, Path(name))
    else:
        # an HTML page as Cleaner.clean_html cleans it: the extractor's removal comes first
        result = cleaner.clean_html(decoded.text) if kind is Format.HTML else cleaner.clean(decoded.text)
        new_text, outcome = result.text, _outcome(Path(name), result)
    outcome.path = name
    if outcome.held_back or (outcome.suspicious and not settings.options.allow_large_removals):
        outcome.status = Status.FLAGGED
        outcome.reason = outcome.reason or HELD_BACK_REASON
    elif new_text == decoded.text:
        outcome.status = Status.UNCHANGED
    else:
        outcome.status = Status.CHANGED
    if settings.want_diff and new_text != decoded.text:
        outcome.diff = _diff(name, decoded.text, new_text)
    return decoded, new_text, outcome
