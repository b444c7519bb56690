"""What `cleaner run` may touch, and how: the files it is given, the copies under --out, line
endings, and a file someone else edits while it is being cleaned.

Each case runs the command on a real folder and checks the bytes on disk.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_files import AD, CLEAN, DIRTY, PROSE, PROSE_2  # noqa: E402  (the same small corpus)
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app

PAGE = f"<html><body><article><p>{PROSE}</p><p>{AD}</p><p>{PROSE_2}</p></article></body></html>"


def cli(*args: str):
    return CliRunner().invoke(app, ["run", *args, "--jobs", "1"])


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- 1. files named on the command line ------------------------------------------------------

UNSUPPORTED = [
    pytest.param("data.csv", "id,text\n1,Get 25% off your first order with code SUMMER25\n", id="csv"),
    pytest.param("script.py", "# Sign up for our free daily newsletter!\nprint('hi')\n", id="python"),
    pytest.param("notes", f"{DIRTY}", id="no-suffix"),
    pytest.param("page.html", PAGE, id="html-without-out"),
]


@pytest.mark.parametrize(("name", "content"), UNSUPPORTED)
def test_a_named_file_of_another_type_is_refused_and_nothing_is_written(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "story.txt").write_text(DIRTY, encoding="utf-8")
    before = _tree(tmp_path)
    # as `cleaner run *` in that folder would name them
    result = cli(*sorted(str(p) for p in tmp_path.iterdir()))
    assert result.exit_code == 2
    assert "not a file cleaner reads" in result.stderr and name in result.stderr
    assert "Traceback" not in result.output
    assert _tree(tmp_path) == before  # refused before anything is written, the story too


def test_a_named_html_page_is_cleaned_with_out(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    result = cli(str(tmp_path / "page.html"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == f"{PROSE}\n\n{PROSE_2}\n"


def test_a_folder_walk_leaves_a_repositorys_own_documents_alone(tmp_path):
    for name in ("README.md", "CHANGELOG.md", "docs/CONTRIBUTING.md", "License.txt", "story.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(DIRTY, encoding="utf-8")
    result = cli(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "1 files scanned" in result.stderr
    assert {n: t.decode() for n, t in _tree(tmp_path).items() if t.decode() == CLEAN} == {"story.txt": CLEAN}
    # named, it is cleaned like any file (as formatters do)
    assert cli(str(tmp_path / "README.md")).exit_code == 0
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == CLEAN


def test_the_hook_matches_only_files_cleaner_rewrites_and_not_project_documents():
    yaml = pytest.importorskip("yaml")
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def picked(name: str) -> bool:  # as pre-commit filters: `files` matches, `exclude` does not
        return bool(files.search(name)) and not exclude.search(name)

    for name in ("a.txt", "b/c.md", "d.jsonl", "e.ndjson", "f.markdown", "g.text", "notes/readme-for-parsers.txt"):
        assert picked(name), name
    for name in ("a.csv", "b.py", "c.html", "d.json", "LICENSE", "README.md", "docs/CHANGELOG.md", "readme.txt",
                 "CODE_OF_CONDUCT.md", "sub/Contributing.md"):
        assert not picked(name), name


# --- 2. --out ---------------------------------------------------------------------------------


def test_out_keeps_each_inputs_path_under_their_common_folder(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder / "sub").mkdir(parents=True)
        (tmp_path / folder / "index.txt").write_text(DIRTY, encoding="utf-8")
        (tmp_path / folder / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    result = cli(str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert sorted(_tree(tmp_path / "out")) == ["a/index.txt", "a/sub/page.txt", "b/index.txt", "b/sub/page.txt"]
    # one folder: paths relative to it, as before
    assert cli(str(tmp_path / "a"), "--out", str(tmp_path / "one")).exit_code == 0
    assert sorted(_tree(tmp_path / "one")) == ["index.txt", "sub/page.txt"]


COLLISIONS = [
    pytest.param({"story.txt": DIRTY, "story.html": PAGE}, ".", "would overwrite the input", id="out-is-the-input-folder"),
    pytest.param({"a.txt": DIRTY, "a.html": PAGE}, "out", "would be written from", id="html-and-txt-of-one-name"),
    pytest.param({"x.txt": DIRTY}, ".", "would overwrite the input", id="out-is-the-input-folder-txt"),
]


@pytest.mark.parametrize(("files", "out", "message"), COLLISIONS)
def test_out_refuses_colliding_outputs_before_writing_anything(tmp_path, files, out, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, content in files.items():
        (corpus / name).write_text(content, encoding="utf-8")
    before = _tree(tmp_path)
    result = cli(str(corpus), "--out", str(corpus / out))
    assert result.exit_code == 2, result.stderr
    assert message in result.stderr and "nothing written" in result.stderr
    assert _tree(tmp_path) == before


def test_out_names_both_inputs_of_a_collision(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    result = cli(str(tmp_path / "a.txt"), str(tmp_path / "a.html"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'out' / 'a.txt'} would be written from" in result.stderr
    assert str(tmp_path / "a.txt") in result.stderr and str(tmp_path / "a.html") in result.stderr
    assert not (tmp_path / "out").exists()


# --- 7. line endings --------------------------------------------------------------------------

LINE_ENDINGS = [
    # each kept line keeps the ending it had; a blank line kept between two paragraphs is the one
    # before the second paragraph
    pytest.param(f"{PROSE}\r\n\r\n{AD}\n\n{PROSE_2}\n", f"{PROSE}\r\n\n{PROSE_2}\n", id="crlf-then-lf"),
    pytest.param(f"{PROSE}\n\n{AD}\r\n\r\n{PROSE_2}\r\n", f"{PROSE}\n\r\n{PROSE_2}\r\n", id="lf-then-crlf"),
    pytest.param(f"{PROSE}\r{PROSE_2}\r\n{PROSE}\n", f"{PROSE}\r{PROSE_2}\r\n{PROSE}\n", id="lone-cr-line-not-joined"),
    pytest.param(f"{PROSE}\r\r{AD}\r\r{PROSE_2}\r", f"{PROSE}\r\r{PROSE_2}\r", id="cr-only"),
    pytest.param(f"{PROSE}\r\n{PROSE_2}\n{PROSE}", f"{PROSE}\r\n{PROSE_2}\n{PROSE}\n", id="last-line-gains-lf"),
    pytest.param(f"{PROSE}\r\n{PROSE_2}\r\n{PROSE}\n{PROSE_2}", f"{PROSE}\r\n{PROSE_2}\r\n{PROSE}\n{PROSE_2}\r\n",
                 id="last-line-gains-the-usual-ending"),
]


@pytest.mark.parametrize(("before", "after"), LINE_ENDINGS)
def test_mixed_line_endings_are_kept_line_by_line(tmp_path, before, after):
    path = tmp_path / "a.txt"
    path.write_bytes(before.encode())
    assert cli(str(path)).exit_code == 0
    assert path.read_bytes() == after.encode()
    assert Cleaner().clean(after).text == after  # and cleaning it again changes nothing


# --- 8. edits by another process ------------------------------------------------------------

EDIT = "An editor added this sentence to the article after it had been scraped."


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)


def test_an_edit_just_before_the_final_check_wins(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    real_fsync = os.fsync

    def edit_then_fsync(fd):  # the temporary file is written: the next step is the check
        _append(path, f"{EDIT}\n")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", edit_then_fsync)
    result = cli(str(path))
    assert result.exit_code == 1
    assert "a.txt: left unchanged: the file changed on disk while it was being cleaned" in result.stderr
    assert path.read_text(encoding="utf-8") == f"{DIRTY}{EDIT}\n"


def test_an_edit_between_the_check_and_the_rename_is_put_back(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    real_replace = os.replace
    edited = []

    def edit_then_replace(source, target):
        if Path(target) == path and not edited:  # the old file, opened before, gets the edit
            _append(path, f"{EDIT}\n")
            edited.append(True)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", edit_then_replace)
    result = cli(str(path))
    assert result.exit_code == 1
    assert "changed on disk while it was being cleaned" in result.stderr
    assert path.read_text(encoding="utf-8") == f"{DIRTY}{EDIT}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_writer_that_opened_the_file_before_the_rename_and_writes_after_it_wins(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    real_replace = os.replace
    opened = []  # in the process that writes the file (the run's worker)

    def open_then_replace(source, target):
        if Path(target) == path and not opened:  # an editor holds the old file open ...
            handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed by the writer)
            opened.append(handle)

            def write_a_moment_later():  # ... and writes to it just after the rename
                time.sleep(0.002)
                handle.write(f"{EDIT}\n")
                handle.close()

            real_replace(source, target)
            threading.Thread(target=write_a_moment_later).start()
            return
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", open_then_replace)
    result = cli(str(path))
    assert result.exit_code == 1
    assert "changed on disk while it was being cleaned" in result.stderr
    assert path.read_text(encoding="utf-8") == f"{DIRTY}{EDIT}\n"


def test_no_edit_of_a_concurrent_writer_is_lost(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = [corpus / f"doc{i:03d}.txt" for i in range(150)]
    for path in files:
        path.write_text(DIRTY, encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "run", str(corpus), "--jobs", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    appended: dict[Path, list[str]] = {path: [] for path in files}
    deadline = time.monotonic() + 60

    def appender() -> None:  # edits file after file, as long as the run lasts (bounded)
        number = 0
        while run.poll() is None and time.monotonic() < deadline:
            path = files[number % len(files)]
            line = f"{EDIT} Edit number {number}.\n"
            _append(path, line)
            appended[path].append(line)
            number += 1
            time.sleep(0.002)

    thread = threading.Thread(target=appender)
    thread.start()
    _, stderr = run.communicate(timeout=120)
    thread.join()
    edits = sum(map(len, appended.values()))
    assert edits > 20, "the run ended before the race began"
    for path, lines in appended.items():
        text = path.read_text(encoding="utf-8")
        assert all(line in text for line in lines), f"{path.name}: an edit was lost"
    # each file is either cleaned (before or after the edits) or left with them, never torn
    print(f"{edits} edits; {stderr.count('changed on disk')} files left to their editor")


# --- 12. read-only files: rewritten, as formatters do (tests/test_files.py tests the code) ---


def test_the_readme_says_what_the_code_does_with_read_only_files():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "**Read-only files are rewritten, as formatters do.**" in readme
    assert "A read-only file or folder is skipped" not in readme


def test_every_test_the_readmes_fault_table_names_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| fault | what happens | the test that shows it |"):]
    table = table[:table.index("\n\n")]
    named = 0
    for row in table.splitlines()[2:]:
        module = None
        for reference in re.findall(r"`([^`]+)`", row.rsplit("|", 2)[1]):
            file, _, test = reference.partition("::")
            module = file or module  # "::test_b" after "x.py::test_a" is in x.py too
            source = (ROOT / "tests" / module).read_text(encoding="utf-8")
            assert not test or f"def {test}(" in source, reference
            named += 1
    assert named >= 30
