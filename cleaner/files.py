"""Reading and writing corpus files without ever losing one.

Files are read as bytes so that a BOM and the line endings survive; a file that is binary or
not valid UTF-8 is refused (left byte-identical) unless the user opts in to another encoding.
Writes go to a temporary file in the same folder, then replace the original in one rename.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Temporary files a killed run may have left carry this marker; the next run deletes them.
TEMP_MARKER = ".cleaner-tmp"
# How much of a file is inspected for NUL bytes to call it binary (as git and grep do).
BINARY_SNIFF_BYTES = 8192


class Unreadable(Exception):
    """A file the cleaner will not touch, with the reason for the person running it."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool


def decode(data: bytes, encoding: str = "utf-8") -> Decoded:
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise Unreadable("binary file (contains NUL bytes)")
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8):]
    if encoding == "auto":
        encoding = _detect(data)
    try:
        return Decoded(data.decode(encoding), encoding, bom)
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"not valid {encoding} (byte {error.start}); use --encoding auto to decode other encodings"
        ) from error
    except LookupError as error:
        raise Unreadable(f"unknown encoding {encoding!r}") from error


def _detect(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Unreadable("encoding could not be detected")
    return best.encoding


def encode(decoded: Decoded, text: str) -> bytes:
    data = text.encode(decoded.encoding)
    return codecs.BOM_UTF8 + data if decoded.bom else data


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename; keep its permissions; never leave it torn."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_MARKER, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def discover(paths: list[Path]) -> list[Path]:
    """The files to clean under `paths`, sorted; stale temporary files are removed on the way."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.is_file() and _is_stale_temp(candidate):
                    candidate.unlink(missing_ok=True)
                elif candidate.is_file() and candidate.suffix.lower() in SUFFIXES and not _hidden(candidate, path):
                    found.append(candidate)
        else:
            found.append(path)
    return found


def _is_stale_temp(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(TEMP_MARKER)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
