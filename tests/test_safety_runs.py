"""A run under faults: pages that crash native code, dying workers, a full disk for the report,
and a parent killed with SIGKILL. One bad file costs that file; the report tells the truth;
no process outlives the run.
"""

from __future__ import annotations

import ctypes
import errno
import faulthandler
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner import cli as cli_module
from cleaner.cli import app
from cleaner.html import MAX_KEY_CHARS, occurrences
from cleaner.runner import Mode, Settings, Status, process_file
from cleaner.workers import WORKER_DIED

PROSE = (
    "The city council approved a budget of 4.2 million euros on Tuesday, after a debate that lasted "
    "most of the evening and ended with a narrow vote."
)
AD = "Get 25% off your first order with code SUMMER25"
DIRTY = f"{PROSE}\n\n{AD}\n"
CLEAN = f"{PROSE}\n"

needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="needs workers forked from the test (they inherit its patches)"
)


def run(*args: str, jobs: int = 1):
    return CliRunner().invoke(app, ["run", *args, "--jobs", str(jobs)])


def _corpus(folder: Path, files: int, special: dict[int, str] | None = None) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(files):
        path = folder / f"d{i:03d}.txt"
        path.write_text((special or {}).get(i, DIRTY), encoding="utf-8")
        paths.append(path)
    return paths


def _records(report: Path) -> list[dict]:
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]


# --- 3. pages that crashed native code, and pages too deep to read ---------------------------

HUGE_PAGES = [
    # one paragraph of ~550,000 characters: the automata over paragraphs and main-text lines freed
    # a trie that deep recursively, and overflowed the C stack; now it is cleaned
    pytest.param("<html><body><article><p>" + ("Lorem ipsum dolor sit amet, consectetur. " * 13_500) +
                 "</p></article></body></html>", 0, "2 files scanned, 2 changed", id="550k-character-paragraph"),
    # 100,000 sibling spans: beyond MAX_TAGS, refused at once (trafilatura would take minutes)
    pytest.param("<html><body><div><p>" + " ".join(f"<span>Word{i} of the text.</span>" for i in range(100_000)) +
                 "</p></div></body></html>", 1, "page.html: too many tags to read", id="100k-sibling-spans"),
]


@pytest.mark.parametrize(("page", "code", "told"), HUGE_PAGES)
def test_a_huge_page_costs_that_page_only(tmp_path, page, code, told):
    # in a child process: if native code crashes, this test fails instead of the suite dying
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "fine.txt").write_text(DIRTY, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == code, done.stderr[-2000:]
    assert told in done.stderr
    assert (tmp_path / "out" / "fine.txt").read_text(encoding="utf-8") == CLEAN


def test_clean_html_of_a_huge_paragraph_returns(tmp_path):
    page = HUGE_PAGES[0].values[0]
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "import sys, cleaner; print(len(cleaner.clean_html(open(sys.argv[1]).read())))",
         str(tmp_path / "page.html")], capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 500_000


OCCURRENCES = [
    pytest.param(["abc", "bcd"], "xabcdx", {(1, 0), (2, 1)}, id="short-overlapping"),
    pytest.param(["a" * 3000], "b" + "a" * 3001, {(1, 0), (2, 0)}, id="long-needle-twice"),
    pytest.param(["a" * 2000 + "b"], "a" * 5000, set(), id="long-needle-whose-key-matches-alone"),
    pytest.param(["x" * MAX_KEY_CHARS + "1", "x" * MAX_KEY_CHARS + "2"], "y" + "x" * MAX_KEY_CHARS + "2",
                 {(1, 1)}, id="two-long-needles-share-a-key"),
    pytest.param(["q" * 600_000], "q" * 600_000, {(0, 0)}, id="600k-needle"),
]


@pytest.mark.parametrize(("needles", "haystack", "expected"), OCCURRENCES)
def test_occurrences_with_cut_keys_are_exact(needles, haystack, expected):
    assert set(occurrences(needles, haystack)) == expected
    naive = {(i, k) for k, n in enumerate(needles) for i in range(len(haystack)) if haystack.startswith(n, i)}
    assert naive == expected


def _deep_page(depth: int) -> str:
    return ("<html><body><p>An introduction to the story, long enough to be read as prose by anyone.</p>"
            + "<div>" * depth + f"<p>{PROSE}</p>" + "</div>" * depth + "</body></html>")


DEEP_PAGES = [
    # the parser stops at depth 256 and keeps what it read: the article would be lost in silence
    pytest.param(5_000, "the HTML parser stopped reading the page (Excessive depth in document: 256)", id="5k-deep"),
    pytest.param(100_000, "too many tags to read (200,008 '<'; the limit is 200,000)", id="100k-deep"),
]


@pytest.mark.parametrize(("depth", "reason"), DEEP_PAGES)
def test_a_page_nested_too_deep_is_skipped_with_the_reason(tmp_path, depth, reason):
    (tmp_path / "deep.html").write_text(_deep_page(depth), encoding="utf-8")
    (tmp_path / "fine.txt").write_text(DIRTY, encoding="utf-8")
    result = run(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"deep.html: {reason}" in result.stderr and "skipped " in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["fine.txt"]  # no empty deep.txt


def test_clean_html_raises_for_a_page_nested_too_deep():
    import cleaner
    from cleaner.html import PageError

    with pytest.raises(PageError, match="its text would be cut short"):
        cleaner.clean_html(_deep_page(1_000))


def _segfault_on(marker: str):
    real_clean = Cleaner.clean

    def clean(self, text):
        if marker in text:
            faulthandler.disable()  # its traceback of the worker would only be noise here
            ctypes.string_at(0)  # a real SIGSEGV, as a crash in native code
        return real_clean(self, text)

    return clean


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crash_in_native_code_costs_only_that_file(tmp_path, monkeypatch, jobs):
    paths = _corpus(tmp_path / "corpus", 40, {7: f"{PROSE}\n\nSEGFAULT\n"})
    monkeypatch.setattr(Cleaner, "clean", _segfault_on("SEGFAULT"))
    report = tmp_path / "report.jsonl"
    result = run(str(tmp_path / "corpus"), "--report", str(report), jobs=jobs)
    assert result.exit_code == 1, result.output
    assert f"d007.txt: {WORKER_DIED}" in result.stderr and "skipped " in result.stderr
    assert "40 files scanned, 39 changed, 0 unchanged, 1 skipped" in result.stderr
    assert paths[7].read_text(encoding="utf-8") == f"{PROSE}\n\nSEGFAULT\n"
    assert all(p.read_text(encoding="utf-8") == CLEAN for i, p in enumerate(paths) if i != 7)
    records = _records(report)
    assert sorted({r["file"] for r in records if r.get("source")}) == [str(p) for i, p in enumerate(paths) if i != 7]


# --- 9. the report tells the truth --------------------------------------------------------


def test_a_full_disk_for_the_report_stops_the_run_with_a_message(tmp_path):
    paths = _corpus(tmp_path / "corpus", 40)
    result = run(str(tmp_path / "corpus"), "--report", "/dev/full", jobs=2)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert "cannot write the report /dev/full: No space left on device; the run stopped" in result.stderr
    # every file it rewrote is named, since the report could not take it
    changed = [p for p in paths if p.read_text(encoding="utf-8") == CLEAN]
    assert changed
    for path in changed:
        assert f"{path}: changed, not in the report" in result.stderr


class _FillsUp:
    """A report file whose disk fills up after `room` writes."""

    def __init__(self, path: Path, room: int) -> None:
        self.handle, self.room = path.open("w", encoding="utf-8"), room

    def write(self, text: str) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= 1
        return self.handle.write(text)

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_rewritten_file_is_in_the_report_or_named_when_the_disk_fills(tmp_path, monkeypatch, jobs):
    paths = _corpus(tmp_path / "corpus", 300)
    report = tmp_path / "report.jsonl"
    monkeypatch.setattr(cli_module, "_open_report", lambda path: _FillsUp(path, room=10))
    result = run(str(tmp_path / "corpus"), "--report", str(report), jobs=jobs)
    assert result.exit_code == 2 and "No space left on device; the run stopped" in result.stderr
    recorded = {r["file"] for r in _records(report)}
    assert len(recorded) == 10
    changed = [p for p in paths if p.read_text(encoding="utf-8") == CLEAN]
    assert len(changed) < len(paths)  # it stopped handing out work
    for path in changed:
        assert str(path) in recorded or f"{path}: changed, not in the report" in result.stderr


@needs_fork
def test_files_a_dying_worker_rewrote_are_reported_as_changed(tmp_path, monkeypatch):
    # the worker rewrites the chunk's first files, then dies: cleaned again, those files are
    # clean already, and the run's journal says what was removed from them
    import dying

    paths = _corpus(tmp_path / "corpus", 40, {5: f"{PROSE}\n\n{dying.DIE}\n\n{AD}\n"})
    monkeypatch.setattr(Settings, "make_cleaner", lambda self: dying.DyingOnceCleaner(tmp_path / "died"))
    report = tmp_path / "report.jsonl"
    result = run(str(tmp_path / "corpus"), "--report", str(report), jobs=2)
    assert (tmp_path / "died").exists()
    assert result.exit_code == 0, result.stderr
    assert "40 files scanned, 40 changed" in result.stderr
    removed = [r for r in _records(report) if r.get("source")]
    assert sorted(r["file"] for r in removed if r["text"] == AD) == sorted(map(str, paths))


def test_cleaning_a_file_again_in_the_same_run_reports_what_the_first_time_did(tmp_path):
    from cleaner import journal

    path = _corpus(tmp_path, 1)[0]
    settings = Settings(mode=Mode.WRITE, journal=journal.create())
    try:
        first = process_file(path, settings, Cleaner())
        again = process_file(path, settings, Cleaner())  # as a retried task would
    finally:
        journal.remove(settings.journal)
    assert first.status is Status.CHANGED and first.removals
    assert again == first
    # another run (another journal) finds the file clean
    assert process_file(path, Settings(mode=Mode.WRITE), Cleaner()).status is Status.UNCHANGED


def test_an_edit_after_the_run_rewrote_a_file_is_not_taken_for_its_rewrite(tmp_path):
    from cleaner import journal

    path = _corpus(tmp_path, 1)[0]
    settings = Settings(mode=Mode.WRITE, journal=journal.create())
    try:
        process_file(path, settings, Cleaner())
        path.write_text(f"{PROSE} Edited.\n", encoding="utf-8")
        assert process_file(path, settings, Cleaner()).status is Status.UNCHANGED
    finally:
        journal.remove(settings.journal)


def test_dask_reports_files_a_dead_worker_rewrote_as_changed(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import dying

    from cleaner import distributed

    paths = _corpus(tmp_path / "corpus", 40, {5: f"{PROSE}\n\n{dying.DIE}\n\n{AD}\n"})
    monkeypatch.setattr(Settings, "make_cleaner", lambda self: dying.DyingOnceCleaner(tmp_path / "died"))
    with distributed.connect(None, 2) as client:
        outcomes = list(distributed.run_dask(paths, Settings(mode=Mode.WRITE), client))
    assert (tmp_path / "died").exists()  # a worker died, and Dask ran its task again
    assert [o.status for o in outcomes] == [Status.CHANGED] * 40
    assert all(any(r["text"] == AD for r in o.removals) for o in outcomes)
    assert all(p.read_text(encoding="utf-8").startswith(PROSE) and AD not in p.read_text(encoding="utf-8")
               for p in paths)


# --- 10. workers die with their parent -------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has exited; it waits for init to reap it


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_killing_the_parent_with_sigkill_takes_the_workers_with_it(tmp_path):
    corpus = tmp_path / "corpus"
    paths = _corpus(corpus, 600)
    temp = tmp_path / "temp"  # where the run keeps its journal
    temp.mkdir()
    command = [sys.executable, "-m", "cleaner", "run", str(corpus), "--jobs", "2", "--quiet"]
    run_ = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "TMPDIR": str(temp)},
    )
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and run_.poll() is None:
        workers = _children(run_.pid)
        if len(workers) >= 2 and any(p.read_text(encoding="utf-8") == CLEAN for p in paths[::50]):
            break
        time.sleep(0.05)
    assert run_.poll() is None and len(workers) >= 2, "the run ended before it could be killed"
    os.kill(run_.pid, signal.SIGKILL)
    run_.wait(timeout=30)
    started = time.monotonic()
    while any(map(_running, workers)) and time.monotonic() - started < 5:
        time.sleep(0.05)
    assert not any(map(_running, workers)), "a worker outlived its parent"
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    time.sleep(2)
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before, "files changed after the kill"
    assert sum(before[p] == CLEAN.encode() for p in paths) < len(paths)  # killed mid-run
    # the killed run could not remove its journal; the next run removes it, and finishes the work
    assert [p.name.startswith("cleaner-journal-") for p in temp.iterdir()] == [True]
    subprocess.run(command, check=True, env={**os.environ, "TMPDIR": str(temp)}, timeout=300)
    assert list(temp.iterdir()) == []
    assert all(p.read_text(encoding="utf-8") == CLEAN for p in paths)
