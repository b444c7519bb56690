"""The Dask engine: the per-file work of `runner.process_file`, on a Dask cluster.

Without an address it starts a `distributed.LocalCluster` of worker processes on this machine;
with one (`--scheduler tcp://host:8786`) it uses an existing cluster, whose workers must have
cleaner installed and see the files at the same paths.

The compiled `Cleaner` is sent to every worker once (`scatter(broadcast=True)`), so workers need
no rule files. Results come back in input order through a bounded window of tasks, so memory
stays flat and the report lists files in the same order as the serial run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cleaner import journal, learn
from cleaner.pipeline import Cleaner
from cleaner.runner import CHUNK_FILES, Mode, Outcome, Settings, Status, Stop, process_file, sweep_before_writing
from cleaner.workers import WORKER_DIED

# Tasks in flight per worker: enough to keep every worker busy while results are consumed.
WINDOW_PER_WORKER = 4
# Partial counts merged per step of the `cleaner learn` tree reduction.
REDUCE_SPLIT_EVERY = 8


class DaskMissing(RuntimeError):
    """Dask is an optional extra; the message says how to install it."""


def require_dask():
    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError as error:
        raise DaskMissing(
            "the dask engine needs Dask and distributed, which are not installed.\n"
            "  Install them with:  pip install 'article-cleaner[dask]'"
        ) from error
    return distributed


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int):
    """A `distributed.Client`: to `scheduler` if given, else to a new LocalCluster of processes."""
    distributed = require_dask()
    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with distributed.LocalCluster(
        n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def _clean_chunk(paths: list[str], settings: Settings, cleaner: Cleaner) -> list[Outcome]:
    return [process_file(Path(p), settings, cleaner) for p in paths]


def run_dask(paths: list[Path], settings: Settings, client, stop: Stop | None = None) -> Iterator[Outcome]:
    """Outcomes in input order, as `runner.run_serial` gives them; `client` from `connect`.

    A task whose workers keep dying (Dask reschedules it, then gives up) costs only the file
    that kills them: its files are cleaned again one per task, and the one that fails is
    skipped. Files a dead worker had rewritten are reported as changed (cleaner.journal:
    its folder must be visible to the workers, as on a LocalCluster; elsewhere such a file is
    counted unchanged).
    """
    stop = stop or Stop()
    sweep_before_writing(paths, settings)
    if settings.mode is Mode.WRITE and not settings.out_dir:
        settings = dataclasses.replace(settings, journal=journal.create())
    try:
        yield from _run(paths, settings, client, stop)
    finally:
        journal.remove(settings.journal)


def _run(paths: list[Path], settings: Settings, client, stop: Stop) -> Iterator[Outcome]:
    workers = len(client.scheduler_info().get("workers", {})) or 1
    shared = client.scatter(settings.make_cleaner(), broadcast=True)
    chunks = ([str(p) for p in paths[i:i + CHUNK_FILES]] for i in range(0, len(paths), CHUNK_FILES))
    pending: deque[tuple[list[str], Any]] = deque()
    for chunk in chunks:
        if stop.requested:
            break
        pending.append((chunk, client.submit(_clean_chunk, chunk, settings, shared, pure=False)))
        if len(pending) >= workers * WINDOW_PER_WORKER:
            yield from _take(*pending.popleft(), settings, shared, client)
    while pending:
        yield from _take(*pending.popleft(), settings, shared, client)


def _take(chunk: list[str], future, settings: Settings, shared, client) -> list[Outcome]:
    try:
        outcomes = future.result()
    except Exception:  # distributed.KilledWorker: the task's workers died, once per attempt
        outcomes = []
        for path in chunk:
            single = client.submit(_clean_chunk, [path], settings, shared, pure=False)
            try:
                outcomes.extend(single.result())
            except Exception:
                outcomes.append(Outcome(path, Status.SKIPPED, WORKER_DIED))
            single.release()
    future.release()
    return outcomes


def count_dask(paths: list[Path], text_field: str, encoding: str, client) -> learn.Counts:
    """`learn.count_corpus` as a Dask bag tree reduction: partial counts per partition, merged
    REDUCE_SPLIT_EVERY at a time (the merge is commutative, so the result is the same)."""
    import dask.bag

    if not paths:
        return learn.Counts()
    bag = dask.bag.from_sequence([str(p) for p in paths], partition_size=learn.COUNT_CHUNK_FILES)
    reduction = bag.reduction(
        functools.partial(learn.count_files, text_field=text_field, encoding=encoding),
        _merge_all,
        split_every=REDUCE_SPLIT_EVERY,
    )
    return client.compute(reduction).result()


def _merge_all(parts) -> learn.Counts:
    total = learn.Counts()
    for part in parts:
        total.update(part)
    return total
