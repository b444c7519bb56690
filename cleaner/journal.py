"""What a run has done to each file, written before the file is replaced.

A worker process may die after it rewrote some files of its chunk and before it returned their
outcomes; the chunk is then cleaned again (by the local engine's retry, or by Dask rescheduling
the task). Cleaned again, a file that was rewritten is already clean: without a record it would
be counted "unchanged", and its removals would be missing from --report. So before a file is
replaced, its outcome is written here with a hash of the bytes that replace it; a second look at
a file whose bytes are those is answered from the entry. Retried work is then reported as if it
had run once.

The journal is a folder of one small JSON file per rewritten file, made for one run and
removed after it. It is a help, not a condition: an entry that cannot be written or read
changes nothing but the accounting of a retry. A run killed outright (SIGKILL, out of memory)
cannot remove its folder; the folder's name carries the run's process id, and the next run
removes the folders of processes that are gone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "cleaner-journal-"


def create() -> str:
    sweep_stale()
    return tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")


def sweep_stale() -> None:
    """Remove the journals of runs whose process no longer exists."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            remove(str(folder))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def remove(folder: str | None) -> None:
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def _entry(folder: str, path: Path) -> Path:
    key = hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return Path(folder) / f"{key}.json"


def record(folder: str | None, path: Path, written: bytes, outcome: dict) -> None:
    """Note that `path` is about to be replaced by `written`, with this outcome."""
    if not folder:
        return
    entry = _entry(folder, path)
    temp = entry.with_suffix(f".{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps({"sha256": hashlib.sha256(written).hexdigest(), "outcome": outcome}), "utf-8")
        os.replace(temp, entry)  # a reader never sees half an entry
    except (OSError, ValueError):
        temp.unlink(missing_ok=True)


def recall(folder: str | None, path: Path, current: bytes) -> dict | None:
    """The outcome recorded for `path` in this run, if its bytes are those that run wrote."""
    if not folder:
        return None
    try:
        entry = json.loads(_entry(folder, path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return entry["outcome"] if entry.get("sha256") == hashlib.sha256(current).hexdigest() else None
