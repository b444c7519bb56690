"""`cleaner run -`: --check, --diff and --report as for files; --stdin-filename picks the format
and the configuration; JSONL comes back as valid JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import cleaner
from cleaner.stdin import Format, guess_format

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"
CLEAN = f"{PROSE}\n"


def stdin(*args: str, text: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", "run", "-", *args], input=text, capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_plain_text_to_stdout():
    done = stdin(text=DIRTY)
    assert (done.returncode, done.stdout, done.stderr) == (0, CLEAN, "")


def test_check_writes_nothing_and_exits_1():
    done = stdin("--check", text=DIRTY)
    assert (done.returncode, done.stdout) == (1, "")
    assert "would clean -" in done.stderr
    assert stdin("--check", text=CLEAN).returncode == 0


def test_diff_prints_the_diff_named_after_stdin_filename():
    done = stdin("--diff", "--stdin-filename", "notes/a.txt", text=DIRTY)
    assert done.returncode == 1
    assert done.stdout.startswith("--- a/notes/a.txt\n+++ b/notes/a.txt\n")
    assert "-Advertisement\n" in done.stdout and PROSE not in done.stdout.replace(f" {PROSE}", "")


def test_report_names_stdin(tmp_path):
    report = tmp_path / "r.jsonl"
    done = stdin("--report", str(report), text=DIRTY)
    assert done.returncode == 0 and done.stdout == CLEAN
    [entry] = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert (entry["file"], entry["source"], entry["text"]) == ("-", "heuristic:furniture-line", "Advertisement")
    assert DIRTY[entry["start"]:entry["end"]] == "Advertisement"


def test_a_jsonl_line_comes_back_as_valid_json():
    """The bug: `--text-field content` on stdin cleaned the JSON line as text and cut it short."""
    records = [{"id": 1, "content": DIRTY, "n": 1.0e5}, {"id": 2, "content": CLEAN}]
    text = "".join(json.dumps(r) + "\n" for r in records)
    done = stdin("--text-field", "content", text=text)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert out == [{"id": 1, "content": CLEAN, "n": 1.0e5}, {"id": 2, "content": CLEAN}]
    assert done.stdout.splitlines()[0].endswith(', "n": 100000.0}')  # the other fields as they were
    # the same without --text-field: the first line is a JSON object, so the input is JSONL
    plain = "".join(json.dumps({"id": r["id"], "text": r["content"]}) + "\n" for r in records)
    assert [json.loads(line)["text"] for line in stdin(text=plain).stdout.splitlines()] == [CLEAN, CLEAN]


def test_stdin_filename_picks_html(tmp_path):
    paragraph = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 3 + "</p>"
    html = f"<html><body><article><h1>River floods the old town</h1>{paragraph}{paragraph}<p>Stay tuned for more updates!</p></article></body></html>"
    done = stdin("--stdin-filename", "page.html", text=html)
    assert done.returncode == 0, done.stderr
    assert done.stdout == cleaner.clean_html(html)
    assert "<p>" not in done.stdout and "Stay tuned" not in done.stdout


def test_stdin_filename_picks_the_configuration(tmp_path):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.cleaner]\ndisable = ["ad"]\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    named = stdin("--stdin-filename", str(project / "docs" / "a.md"), text=DIRTY, cwd=elsewhere)
    assert named.stdout == DIRTY  # "ad" disabled by the project's configuration
    assert stdin(text=DIRTY, cwd=elsewhere).stdout == CLEAN


def test_stdin_cannot_be_mixed_with_paths(tmp_path):
    done = subprocess.run([sys.executable, "-m", "cleaner", "run", "-", str(tmp_path)], input="", capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2


@pytest.mark.parametrize(
    ("name", "text", "jsonl_asked", "expected"),
    [
        pytest.param("a.jsonl", "plain\n", False, Format.JSONL, id="name-jsonl"),
        pytest.param("a.ndjson", "plain\n", False, Format.JSONL, id="name-ndjson"),
        pytest.param("a.htm", "plain\n", False, Format.HTML, id="name-html"),
        pytest.param("a.md", '{"text": "x"}\n', False, Format.TEXT, id="name-beats-content"),
        pytest.param(None, "plain\n", True, Format.JSONL, id="text-field"),
        pytest.param(None, '\n{"text": "x"}\n', False, Format.JSONL, id="sniffed-jsonl"),
        pytest.param(None, "{not json}\n", False, Format.TEXT, id="braces-not-json"),
        pytest.param(None, "[1, 2]\n", False, Format.TEXT, id="json-not-object"),
        pytest.param(None, "  <!DOCTYPE html><html></html>", False, Format.HTML, id="sniffed-html"),
        pytest.param(None, "An article.\n", False, Format.TEXT, id="text"),
    ],
)
def test_guess_format(name, text, jsonl_asked, expected):
    assert guess_format(name, text, jsonl_asked) is expected
