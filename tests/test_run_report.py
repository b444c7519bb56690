"""What `cleaner run` tells: the summary on stderr, the progress bar on a terminal, the --report file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

import pytest
from conftest import SAMPLES

REPORT_KEYS = {"file", "start", "end", "first_line", "last_line", "category", "source", "reason", "features", "text"}


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("run")
    corpus = work / "corpus"
    shutil.copytree(SAMPLES / "input", corpus)
    report = work / "removals.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", str(corpus), "--out", str(work / "out"), "--report", str(report)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return done, entries


def test_report_lines_say_where_what_and_why(seeds_run):
    _, entries = seeds_run
    assert entries
    for entry in entries:
        assert set(entry) == REPORT_KEYS
        assert entry["source"] and entry["reason"] and entry["category"]
        with open(entry["file"], encoding="utf-8", newline="") as handle:
            original = handle.read()
        # the removed text is in the original file at the reported offsets and lines
        assert original[entry["start"]:entry["end"]] == entry["text"]
        lines = original.splitlines(keepends=True)[entry["first_line"] - 1:entry["last_line"]]
        assert entry["text"] in "".join(lines)
    # two seeds change only by normalization (trailing spaces, the final newline): not removals
    assert len({e["file"] for e in entries}) == 3


def test_summary_counts_match_the_report(seeds_run):
    done, entries = seeds_run
    assert "5 files scanned, 5 changed, 0 unchanged, 0 skipped" in done.stderr
    blocks = Counter(e["category"] for e in entries)
    chars = Counter()
    for entry in entries:
        chars[entry["category"]] += len(entry["text"])
    shown = {m[0]: (int(m[1]), int(m[2])) for m in re.findall(r"^\s+(\w+)\s+(\d+) removals\s+(\d+) chars$", done.stderr, re.M)}
    assert shown == {category: (blocks[category], chars[category]) for category in blocks}


def test_jsonl_report_names_the_record(tmp_path):
    records = [{"id": 1, "text": "A long enough sentence of the article stays where it is today.\n\nAdvertisement\n"},
               {"id": 2, "text": "Nothing to remove in this one, it is a plain sentence of prose.\n"}]
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = tmp_path / "report.jsonl"
    done = subprocess.run([sys.executable, "-m", "cleaner", "run", str(corpus), "--report", str(report)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [(e["record"], e["source"], e["text"]) for e in entries] == [(1, "heuristic:furniture-line", "Advertisement")]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("quiet", [False, True], ids=["terminal", "quiet"])
def test_progress_bar_only_on_a_terminal(tmp_path, quiet):
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "input", corpus)
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cleaner", "run", str(corpus), "--check", *(["--quiet"] if quiet else [])],
            stdout=subprocess.PIPE, stderr=follower, timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 1  # --check: the seeds would change
    plain = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", shown)  # the bar's colours and cursor moves
    # rich's bar: files done, files per second, time left
    assert (re.search(rb"5/5 files, [\d.,]+ files/s, time left 0:00:00", plain) is not None) is not quiet
    assert (b"files scanned" in plain) is not quiet
    assert (b"would clean " in plain) is not quiet


def test_report_folder_is_created_even_inside_out(tmp_path):
    import subprocess
    import sys

    from conftest import SAMPLES

    out = tmp_path / "cleaned"
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", str(SAMPLES / "input"), "--out", str(out), "--report", str(out / "removals.jsonl")],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "removals.jsonl").stat().st_size > 0
    for expected in (SAMPLES / "expected").iterdir():
        assert (out / expected.name).read_bytes() == expected.read_bytes()


def test_explain_and_stdin_refuse_binary_or_undecodable_input_without_a_traceback(tmp_path):
    import subprocess
    import sys

    binary = tmp_path / "page.txt"
    binary.write_bytes(b"abc\x00def")
    explained = subprocess.run([sys.executable, "-m", "cleaner", "explain", str(binary)], capture_output=True, text=True)
    assert explained.returncode == 1
    assert "binary file" in explained.stderr and "Traceback" not in explained.stderr
    piped = subprocess.run([sys.executable, "-m", "cleaner", "run", "-"], input=b"caf\xe9\n", capture_output=True)
    assert piped.returncode == 1
    assert b"not valid utf-8" in piped.stderr and b"Traceback" not in piped.stderr
    assert piped.stdout == b""


def test_the_report_names_the_scorer_features_and_a_run_without_one_writes_the_same(tmp_path):
    """A run without --report skips the scorer's explanations (nothing would read them): the
    cleaned files are the same, and a run with a report gives each scorer removal its features."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text(
        "Gardens\nPuzzles\nCrosswords\nSign in\n\nLibrary reopens after two years of repairs\n\n"
        "The town library reopened on Saturday after two years of repairs to its roof and heating, and "
        "more than four hundred people came to the opening.\n", encoding="utf-8",
    )
    outputs = {}
    for name, extra in (("plain", []), ("reported", ["--report", str(tmp_path / "removals.jsonl")])):
        done = subprocess.run(
            [sys.executable, "-m", "cleaner", "run", "--mode", "page", str(corpus), "--out", str(tmp_path / name), *extra],
            capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs[name] = (tmp_path / name / "page.txt").read_text(encoding="utf-8")
    assert outputs["plain"] == outputs["reported"] and "Puzzles" not in outputs["plain"]
    entries = [json.loads(line) for line in (tmp_path / "removals.jsonl").read_text(encoding="utf-8").splitlines()]
    scored = [e for e in entries if e["source"] == "heuristic:scorer"]
    assert scored and all(re.search(r" < \d\.\d\d; \w+=", e["reason"]) for e in scored)
    # the reason's numbers, for a program: the score that fell below the threshold
    assert all(0 <= e["features"]["score"] < e["features"]["threshold"] <= 1 for e in scored)


# A page written by hand: navigation, a cookie banner, the article (with an ad label and a call
# to action inside it, which the rules remove), related links and reader comments.
ARTICLE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after the storms</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing to browse
you agree to our use of cookies. <a href="/privacy">Accept all cookies</a></p></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<main><article>
<h1>Harbour reopens after a week of storms</h1>
<p>The harbour reopened to ferries on Sunday after a week of storms had kept every boat in port and
the island cut off from the mainland, the port authority said in a statement on Saturday evening.</p>
<p>Advertisement</p>
<p>The ferry company said extra crossings would run on Monday and Tuesday to carry the passengers
who had waited all week, and that tickets bought for cancelled sailings would be honoured.</p>
<p>Fishermen, who lost a week of work, asked the council for help with the cost of repairs to the
harbour wall, which the waves damaged on Wednesday night when the storm was at its height.</p>
<p>This website uses cookies to improve your experience.</p>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/news/1">Storm warning issued for the coast</a></li>
<li><a href="/news/2">Ferry timetable changes for the winter</a></li>
<li><a href="/news/3">Council debates the harbour budget</a></li></ul></aside>
<section id="comments" class="comments"><h2>3 comments</h2>
<div class="comment"><p>Mary, 2 hours ago: About time, we have been waiting all week for the ferry.</p></div>
<div class="comment"><p>John, 1 hour ago: The harbour wall needs fixing properly this time.</p></div>
<div class="comment"><p>Log in to reply</p></div></section>
</main>
<footer><p>Copyright 2024 The Island Gazette. All rights reserved.</p></footer>
</body></html>
"""


def test_run_on_an_html_page_reports_the_extractors_removal_and_the_rules(tmp_path):
    """`cleaner run page.html --report` cleans the page as Cleaner.clean_html does: the report
    holds the extractor's removal (what trafilatura left out) first, then the rules' removals."""
    (tmp_path / "page.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    report = tmp_path / "r.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "run", str(tmp_path / "page.html"), "--out", str(tmp_path / "out"),
         "--report", str(report)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert all(set(entry) == REPORT_KEYS for entry in entries)
    assert entries[0]["source"] == "extractor:html" and entries[0]["category"] == "boilerplate"
    for left_out in ("Accept all cookies", "Contact us", "Storm warning issued", "About time", "All rights reserved"):
        assert left_out in entries[0]["text"]
    rules = {entry["source"] for entry in entries[1:]}
    assert {"heuristic:furniture-line", "cookie-notice"} <= rules, rules
    cleaned = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert "harbour reopened to ferries" in cleaned and "Advertisement" not in cleaned and "uses cookies" not in cleaned
    # the same removals, in the same order, as the library's clean_html
    from cleaner import Cleaner

    expected = Cleaner().clean_html(ARTICLE_PAGE)
    assert cleaned == expected.text
    assert [e["source"] for e in entries] == [r.source for r in expected.removals]
