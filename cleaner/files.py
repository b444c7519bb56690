"""Reading and writing corpus files without ever losing one.

Files are read as bytes so that a BOM and the line endings survive; a file that is binary or
not valid UTF-8 is refused (left byte-identical) unless the user opts in to another encoding
with `--encoding auto`. Writes go to a temporary file in the same folder, then replace the
original in one rename, so a file is at every moment either the old one or the new one.

UTF-16 and UTF-32 contain NUL bytes, which is how binary files are told apart (as git and grep
do). With `--encoding auto`, a file that starts with a UTF-16 or UTF-32 byte order mark is
decoded as such and written back with the same mark and byte order; without a mark it stays
"binary", because a NUL-laden file without one is far more often binary than text.
"""

from __future__ import annotations

import codecs
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Temporary files a killed run may have left carry this marker; the next run deletes them.
TEMP_MARKER = ".cleaner-tmp"
# Byte order marks honoured by --encoding auto, longest first (UTF-32-LE starts like UTF-16-LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Unreadable(Exception):
    """A file the cleaner will not touch, with the reason for the person running it."""


class Unwritable(Exception):
    """Cleaned text that cannot be written back faithfully (the file is left as it was)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a codec name without BOM handling ("utf-8", "utf-16-le", "cp1252")
    bom: bytes = b""  # the byte order mark the file started with, written back as it was


def decode(data: bytes, encoding: str = "utf-8") -> Decoded:
    """Bytes to text, or Unreadable with the reason. `encoding` is a codec name or "auto"."""
    bom, bom_encoding = _bom(data)
    if bom_encoding.startswith(("utf-16", "utf-32")) and encoding != "auto":
        raise Unreadable(f"{bom_encoding.upper()} text (byte order mark); use --encoding auto to clean it")
    if b"\x00" in data and not bom_encoding.startswith(("utf-16", "utf-32")):
        raise Unreadable("binary file (contains NUL bytes)")
    data = data[len(bom):]
    if encoding == "auto":
        encoding = bom_encoding or _detect(data)
    elif bom and codecs.lookup(encoding).name != "utf-8":
        raise Unreadable(f"starts with a UTF-8 byte order mark but --encoding is {encoding}")
    try:
        return Decoded(data.decode(encoding), encoding, bom)
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"not valid {encoding} (byte {error.start + len(bom)}); use --encoding auto to decode other encodings"
        ) from error
    except LookupError as error:
        raise Unreadable(f"unknown encoding {encoding!r}") from error


def _bom(data: bytes) -> tuple[bytes, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return bom, name
    return b"", ""


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
    """Text back to bytes in the file's own encoding and BOM, or Unwritable with the reason."""
    try:
        return decoded.bom + text.encode(decoded.encoding)
    except UnicodeEncodeError as error:
        raise Unwritable(
            f"cleaned text has {error.object[error.start:error.end]!r}, which {decoded.encoding} cannot encode"
        ) from error


def refuses_writes(path: Path) -> str:
    """Why `path` (a file, or the folder a new file goes to) must not be written; "" if it may be.

    The write bits are checked as well as access(2): root may write anywhere, but a file or
    folder its owner made read-only says "leave me alone".
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot stat: {error.strerror or error}"
    kind = "folder" if stat.S_ISDIR(mode) else "file"
    if not os.access(path, os.W_OK) or not mode & stat.S_IWUSR:
        return f"read-only {kind}"
    return ""


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename; keep its permissions; never leave it torn.

    A symbolic link stays a link: the file it points to is rewritten. A new file gets the
    permissions the umask gives. Hard links to the old file keep the old content.
    """
    path = path.resolve() if path.is_symlink() else path
    try:
        old = path.stat()
    except FileNotFoundError:
        old = None
    temp = path.parent / f".{path.name}.{secrets.token_hex(4)}{TEMP_MARKER}"
    # 0o666 for a new file lets the umask decide, as for any file the user creates
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if old else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if old is not None:
            os.chmod(temp, stat.S_IMODE(old.st_mode))
            if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
                try:
                    os.chown(temp, old.st_uid, old.st_gid)
                except PermissionError:
                    pass  # only root may give a file away; the content is still safe
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    # The folder is not fsynced: after a power cut the rename may be lost, which leaves the old
    # file, still whole. The fsync of the data above is what matters: without it the new name
    # could point at blocks never written.


def discover(paths: list[Path]) -> list[Path]:
    """The files to clean under `paths`, sorted; stale temporary files are removed on the way."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.is_file() and is_stale_temp(candidate):
                    candidate.unlink(missing_ok=True)
                elif candidate.is_file() and candidate.suffix.lower() in SUFFIXES and not _hidden(candidate, path):
                    found.append(candidate)
        else:
            sweep_temps_of(path)
            found.append(path)
    return found


def sweep_temps(folder: Path) -> None:
    """Delete temporary files a killed run left under `folder` (call before writing starts)."""
    if folder.is_dir():
        for candidate in folder.rglob(f".*{TEMP_MARKER}"):
            if candidate.is_file() and is_stale_temp(candidate):
                candidate.unlink(missing_ok=True)


def sweep_temps_of(path: Path) -> None:
    """Delete temporary files a killed writer of `path` left beside it."""
    for stale in path.parent.glob(f".{_glob_escape(path.name)}.*{TEMP_MARKER}"):
        stale.unlink(missing_ok=True)


def is_stale_temp(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(TEMP_MARKER)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
