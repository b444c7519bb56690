"""The local engine of `cleaner run`: `runner.process_file` in worker processes.

Even `--jobs 1` cleans in a worker process, so that nothing a file does can end the run:

- A worker that dies (a crash in native code, the out-of-memory killer, a kill) costs only the
  file it was cleaning. The pool breaks with it, so the files of every chunk then in flight are
  cleaned again one at a time in a worker of their own, replaced each time one dies: the file
  whose worker dies again is skipped and named; the others are cleaned (cleaner.journal reports a
  file the dead worker had rewritten as changed, with its removals).
- Workers die with the process that started them, even when it is killed with SIGKILL: they ask
  Linux for a signal when their parent goes (prctl PR_SET_PDEATHSIG) and, wherever that is not
  available, a thread of theirs watches for a new parent process id.
- Results come back in input order, and at most a few chunks per worker are in flight, so
  memory does not grow with the corpus.

Workers are forked where the platform allows, after the parent has built the Cleaner, so a
worker starts in milliseconds with the rules compiled; elsewhere each builds its own.
"""

from __future__ import annotations

import ctypes
import dataclasses
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from cleaner import journal
from cleaner.files import sweep_temps, sweep_temps_in
from cleaner.pipeline import Cleaner
from cleaner.runner import CHUNK_FILES, Mode, Outcome, Settings, Status, Stop, process_file, sweep_before_writing

# Chunks in flight per worker: enough to keep every worker busy while results are consumed.
WINDOW_PER_WORKER = 4
# How often a worker looks for its parent where PR_SET_PDEATHSIG is not available (and as a
# second line where it is): a dead parent's workers stop within this many seconds.
PARENT_CHECK_SECONDS = 0.5
WORKER_DIED = "its worker process died while cleaning it (killed, out of memory, or a crash in native code)"
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

# The worker's settings and Cleaner: set in the parent before the pool forks (inherited), or
# built by the worker's initializer.
_worker: tuple[Settings, Cleaner] | None = None


def run_pool(paths: list[Path], settings: Settings, jobs: int, stop: Stop | None = None) -> Iterator[Outcome]:
    if not paths:
        return
    sweep_before_writing(paths, settings)
    if settings.mode is Mode.WRITE and not settings.out_dir:
        settings = dataclasses.replace(settings, journal=journal.create())
    try:
        yield from _run(paths, settings, jobs, stop or Stop())
    finally:
        journal.remove(settings.journal)


def _run(paths: list[Path], settings: Settings, jobs: int, stop: Stop) -> Iterator[Outcome]:
    global _worker
    _worker = (settings, settings.make_cleaner())  # forked workers start with it
    chunks = [[str(p) for p in paths[i:i + CHUNK_FILES]] for i in range(0, len(paths), CHUNK_FILES)]
    workers = max(1, min(jobs, len(chunks)))
    pool = _pool(workers, settings)
    pending: deque[tuple[list[str], Future | None, ProcessPoolExecutor]] = deque()
    next_chunk = 0
    try:
        while True:
            while len(pending) < workers * WINDOW_PER_WORKER and next_chunk < len(chunks) and not stop.requested:
                pending.append((chunks[next_chunk], _submit(pool, chunks[next_chunk]), pool))
                next_chunk += 1
            if not pending:
                return
            chunk, future, owner = pending.popleft()
            try:
                if future is None:
                    raise BrokenProcessPool
                outcomes = future.result()
            except BrokenProcessPool:
                if owner is pool:  # the first chunk of a broken pool: the others go on in a new one
                    pool.shutdown(wait=True)
                    pool = _pool(workers, settings)
                outcomes = _one_by_one(chunk, settings)
            yield from outcomes
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: list[str]) -> Future | None:
    try:
        return pool.submit(_work, chunk)
    except BrokenProcessPool:
        return None


def _one_by_one(chunk: list[str], settings: Settings) -> list[Outcome]:
    """The chunk's files again, each alone in a worker: the one whose worker dies is skipped."""
    outcomes = []
    pool = _pool(1, settings)
    try:
        for path in chunk:
            try:
                outcomes.extend(pool.submit(_work, [path]).result())
            except BrokenProcessPool:
                outcomes.append(Outcome(path, Status.SKIPPED, WORKER_DIED))
                pool.shutdown(wait=True)
                pool = _pool(1, settings)
    finally:
        pool.shutdown(wait=True)
    # a dead worker's temporary file (it may have died mid-write) belongs to no one now
    if settings.mode is Mode.WRITE:
        if settings.out_dir:
            sweep_temps(Path(settings.out_dir))
        else:
            sweep_temps_in({Path(p).resolve().parent for p in chunk})
    return outcomes


def _pool(workers: int, settings: Settings) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start, initargs=(settings, os.getpid())
    )


def _start(settings: Settings, parent: int) -> None:
    global _worker
    die_with_parent(parent)
    if _worker is None or _worker[0] != settings:
        _worker = (settings, settings.make_cleaner())


def _work(paths: list[str]) -> list[Outcome]:
    assert _worker is not None
    settings, cleaner = _worker
    return [process_file(Path(p), settings, cleaner) for p in paths]


def die_with_parent(parent: int) -> None:
    """Make this worker process exit when `parent` does (a pool initializer's first step)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still works
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watchdog", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)  # files are replaced by a rename, so stopping anywhere leaves each one whole
