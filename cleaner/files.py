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
import contextlib
import errno
import os
import re
import secrets
import stat
import time
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A temporary file is named `.NAME.cleaner-tmp-PID-RANDOM`: the writer's process id says whether
# it is still being written (a live process) or was left by a killed run (a dead one), and the
# whole shape says it is ours: a user's `.draft.cleaner-tmp` is never taken for one.
TEMP_MARKER = ".cleaner-tmp"
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.cleaner-tmp-(?P<pid>[1-9][0-9]*)-[0-9a-f]{8}$")
# A repository's own documents, not corpus documents: a folder walk leaves them out (named on
# the command line, they are cleaned like any file, as formatters treat named files).
PROJECT_FILES = frozenset({
    "README", "CHANGELOG", "CHANGES", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "LICENSE", "LICENCE",
    "COPYING", "AUTHORS", "NOTICE",
})
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


class ChangedOnDisk(OSError):
    """The file changed after it was read: another process's edit wins, nothing is written."""


@dataclass(frozen=True)
class Snapshot:
    """A file as it was read: its identity (inode, size, mtime) and its bytes."""

    identity: tuple[int, int, int]
    content: bytes

    @classmethod
    def read(cls, path: Path) -> Snapshot:
        with open(path, "rb") as handle:
            identity = _identity(os.fstat(handle.fileno()))
            return cls(identity, handle.read())


def _identity(info: os.stat_result) -> tuple[int, int, int]:
    return info.st_ino, info.st_size, info.st_mtime_ns


def temp_name(path: Path) -> Path:
    return path.parent / f".{path.name}{TEMP_MARKER}-{os.getpid()}-{secrets.token_hex(4)}"


def write_atomic(path: Path, data: bytes, unchanged_since: Snapshot | None = None) -> None:
    """Replace `path` with `data` in one rename; keep its permissions; never leave it torn.

    A symbolic link stays a link: the file it points to is rewritten. A new file gets the
    permissions the umask gives. Hard links to the old file keep the old content.
    `unchanged_since`: the file as it was read; if it changed since (another process edited
    it), ChangedOnDisk is raised and the edit stays.
    """
    path = path.resolve() if path.is_symlink() else path
    try:
        old = path.stat()
    except FileNotFoundError:
        old = None
    temp = temp_name(path)
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
                with contextlib.suppress(PermissionError):  # only root may give a file away
                    os.chown(temp, old.st_uid, old.st_gid)  # (the content is still safe)
        if unchanged_since is None:
            os.replace(temp, path)
        else:
            _replace_unless_changed(temp, path, unchanged_since)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    # The folder is not fsynced: after a power cut the rename may be lost, which leaves the old
    # file, still whole. The fsync of the data above is what matters: without it the new name
    # could point at blocks never written.


# A file written this recently when it was read may still be open in the program that wrote it:
# after the rename its next write lands on the old file, so the old file is looked at again
# once that writer has had WRITER_SETTLE_SECONDS to finish. Files untouched for longer (a corpus,
# most staged files) pay nothing.
RECENTLY_WRITTEN_SECONDS = 2.0
WRITER_SETTLE_SECONDS = 0.01


def _replace_unless_changed(temp: Path, path: Path, seen: Snapshot) -> None:
    """os.replace(temp, path) if `path` is still the file `seen`; else ChangedOnDisk.

    The check is the last step before the rename, and the old file stays open across it: an
    edit that lands between the two (on the old file, which the rename has just unlinked) is
    seen afterwards, and the edited file is put back. A writer that opened the old file just
    before the rename may write to it a moment later: a recently written file is looked at
    again after WRITER_SETTLE_SECONDS.
    """
    try:
        original = open(path, "rb")  # noqa: SIM115 (closed by the `with` below: only opening may fail here)
    except FileNotFoundError as error:
        raise ChangedOnDisk(errno.ENOENT, "the file was removed while it was being cleaned") from error
    with original:
        if _identity(os.fstat(original.fileno())) != seen.identity or original.read() != seen.content:
            raise ChangedOnDisk(errno.EBUSY, "the file changed on disk while it was being cleaned")
        os.replace(temp, path)
        if _written_since(original, seen) or (_recently_written(seen) and _written_after_a_moment(original, seen)):
            original.seek(0)
            write_atomic(path, original.read())  # the edit made in that instant wins after all
            raise ChangedOnDisk(errno.EBUSY, "the file changed on disk while it was being cleaned")


def _written_since(handle, seen: Snapshot) -> bool:
    """Whether the open file's size or modification time moved since `seen`."""
    return _identity(os.fstat(handle.fileno()))[1:] != seen.identity[1:]


def _recently_written(seen: Snapshot) -> bool:
    return time.time_ns() - seen.identity[2] < RECENTLY_WRITTEN_SECONDS * 1e9


def _written_after_a_moment(handle, seen: Snapshot) -> bool:
    """_written_since, once a writer that had the file open has had time to finish."""
    time.sleep(WRITER_SETTLE_SECONDS)
    return _written_since(handle, seen)


def unsupported(paths: list[Path], html: bool = True) -> list[Path]:
    """The files named in `paths` (not folders) that cleaner does not read (a CSV, a .py file),
    and HTML pages unless `html` (they are cleaned to text, so only into --out)."""
    readable = SUFFIXES if html else SUFFIXES - HTML_SUFFIXES
    return [p for p in paths if not p.is_dir() and p.suffix.lower() not in readable]


def discover(paths: list[Path]) -> list[Path]:
    """The files to clean under `paths`, sorted per folder; files named are taken as they are.

    A folder walk skips hidden files and folders, our temporary files, and a repository's own
    documents (README.md, CHANGELOG.md, LICENSE...: PROJECT_FILES).
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("*")):
            if (candidate.suffix.lower() in SUFFIXES and not _hidden(candidate, path)
                    and not is_project_file(candidate) and candidate.is_file()):
                found.append(candidate)
    return found


def is_project_file(path: Path) -> bool:
    return path.name.split(".", 1)[0].upper() in PROJECT_FILES


def is_temp_file(path: Path) -> bool:
    """Whether `path` is named like a temporary file of ours (whoever is writing it)."""
    return _TEMP_NAME.match(path.name) is not None


def is_stale_temp(path: Path) -> bool:
    """A temporary file of ours whose writer is gone (a killed run): safe to delete. A killed
    writer may linger a moment as a zombie until it is reaped, and its id may then go to
    another process (Linux hands out 32,768 by default): a process of that id that started after
    the file was last written is not its writer."""
    match = _TEMP_NAME.match(path.name)
    if match is None:
        return False
    pid = int(match["pid"])
    if pid == os.getpid() or not _alive(pid):  # this process writes none before the sweep
        return True
    found = _proc_stat(pid)
    if found is None:
        return False  # no /proc to ask: a live process may be the writer
    state, started = found
    try:
        written = path.stat().st_mtime
    except OSError:
        return False
    return state in _GONE_STATES or started > written


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


# A process in these states has ended: a zombie not yet reaped, a dead one
_GONE_STATES = ("Z", "X")


def _proc_stat(pid: int) -> tuple[str, float] | None:
    """Process `pid`'s state and its start in seconds since the epoch, where /proc tells (Linux),
    else None. /proc gives the boot time in whole seconds, rounded down: the start found is never
    later than the true one, so a process found to start after a file's last write did."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(
            float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime ")
        )
        # the 3rd and 22nd fields of /proc/PID/stat: the state, and the start in clock ticks
        # since boot
        return fields[0], boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, StopIteration, IndexError, ValueError):
        return None


def sweep_temps(folder: Path) -> None:
    """Delete the temporary files a killed run left under `folder`, recursively."""
    if folder.is_dir():
        for candidate in folder.rglob(f".*{TEMP_MARKER}-*"):
            if is_stale_temp(candidate) and candidate.is_file():
                candidate.unlink(missing_ok=True)


def sweep_temps_in(folders: set[Path]) -> None:
    """Delete the temporary files a killed run left in each of `folders` (not below them)."""
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if TEMP_MARKER in entry.name and is_stale_temp(Path(entry.path)) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
