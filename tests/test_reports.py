"""Reports people read: `cleaner explain` over several files and formats (text and JSON), and the
Markdown summary of `cleaner run --summary`."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.runner import Outcome, Status
from cleaner.summary import RunTotals

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"
CLEAN = f"{PROSE}\n"
PARAGRAPH = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 3 + "</p>"
PAGE = (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>River floods</h1>"
        f"{PARAGRAPH}<p>Stay tuned for more updates!</p>{PARAGRAPH}</article></body></html>")


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    records = [{"id": 1, "text": DIRTY}, {"id": 2, "body": "no text field"}, {"id": 3, "text": f"{PROSE}\nStay tuned for more updates!\n"}]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path


def test_explain_several_files_of_each_format(files):
    result = invoke("explain", str(files / "a.txt"), str(files / "page.html"), str(files / "docs.jsonl"))
    assert result.exit_code == 0, result.output
    out = result.stdout
    headers = re.findall(r"^==> (.*) <==$", out, re.M)
    assert headers == [str(files / "a.txt"), str(files / "page.html"), f"{files / 'docs.jsonl'} (record on line 1)",
                       f"{files / 'docs.jsonl'} (record on line 3)"]
    assert "line 3  [ad] heuristic:furniture-line:" in out
    assert "page  [boilerplate] extractor:html:" in out and "    - Home" in out
    assert "[signoff] signoff-stay-tuned:" in out


def test_explain_as_json(files):
    result = invoke("explain", "--format", "json", str(files / "a.txt"), str(files / "page.html"), str(files / "docs.jsonl"))
    assert result.exit_code == 0, result.output
    listing = json.loads(result.stdout)
    assert [(d["file"], d["record"]) for d in listing] == [
        (str(files / "a.txt"), None), (str(files / "page.html"), None),
        (str(files / "docs.jsonl"), 1), (str(files / "docs.jsonl"), 3),
    ]
    first = listing[0]
    assert first["text"] == CLEAN and first["suspicious"] is False
    assert [r["source"] for r in first["removals"]] == ["heuristic:furniture-line"]
    assert listing[1]["removals"][0]["source"] == "extractor:html"


def test_explain_a_single_file_keeps_its_short_form(files):
    out = invoke("explain", str(files / "a.txt")).stdout
    assert "==>" not in out and out.endswith("removals\n")


def test_explain_an_unreadable_file_is_named_and_the_others_explained(files):
    (files / "bad.txt").write_bytes(b"\x00\x01")
    result = invoke("explain", str(files / "bad.txt"), str(files / "a.txt"))
    assert result.exit_code == 1
    assert "bad.txt: binary file" in result.stderr and "heuristic:furniture-line" in result.stdout


def test_summary_markdown(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(DIRTY, encoding="utf-8")
    (corpus / "clean.txt").write_text(CLEAN, encoding="utf-8")
    records = [{"text": DIRTY}, {"text": CLEAN}, {"text": f"{PROSE}\nStay tuned for more updates!\n"}]
    (corpus / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = tmp_path / "out" / "summary.md"
    report = tmp_path / "removals.jsonl"
    result = invoke("run", str(corpus), "--jobs", "1", "--summary", str(summary), "--report", str(report))
    assert result.exit_code == 0, result.output
    text = summary.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    for heading in ("## Removals per category", "## Removals per rule", "## Documents that lost the most",
                    "## Share of each document removed"):
        assert heading in text
    assert f"| ad | {sum(e['category'] == 'ad' for e in entries)} | {len('Advertisement') * 2} |" in text
    assert "| `heuristic:furniture-line` | 2 | 26 |" in text
    assert "| `signoff-stay-tuned` | 1 |" in text
    # five documents: two files and three records; the ones that lost something are listed, worst first
    assert "3 files: 2 changed, 1 unchanged, 0 skipped, 0 left as they were. 5 documents" in text
    lost = re.findall(r"^\| `([^`]+)` \| [\d,]+ \| [\d,]+ \| (\d+)% \|$", text, re.M)
    assert {name for name, _ in lost} == {str(corpus / "a.txt"), f"{corpus / 'docs.jsonl'}:1", f"{corpus / 'docs.jsonl'}:3"}
    shares = [int(share) for _, share in lost]
    assert shares == sorted(shares, reverse=True)
    histogram = dict(re.findall(r"^\s*(none|\d+-\d+%)\s+(\d+)", text, re.M))
    assert sum(map(int, histogram.values())) == 5 and histogram["none"] == "2"


def test_summary_keeps_only_the_documents_that_lost_the_most():
    totals = RunTotals()
    for n in range(25):
        totals.add(Outcome(f"f{n}.txt", Status.CHANGED, removals=[{"category": "ad", "source": "ad-x", "text": "x" * n}],
                           kept_chars={0: 100}))
    assert [loss.name for loss in sorted(totals.most, reverse=True)] == [f"f{n}.txt" for n in range(24, 14, -1)]
    assert totals.documents == 25 and totals.histogram[0] == 1  # f0 lost nothing
    assert "| `f24.txt` | 24 | 124 | 19% |" in totals.markdown()


def test_summary_escapes_table_cells():
    totals = RunTotals()
    totals.add(Outcome("a|b`c.txt", Status.CHANGED, removals=[{"category": "ad", "source": "ad-x", "text": "xx"}],
                       kept_chars={0: 2}))
    assert "| `a\\|b'c.txt` |" in totals.markdown()


def test_explain_reads_stdin_in_the_format_of_stdin_filename():
    jsonl = json.dumps({"text": DIRTY}) + "\n"
    result = CliRunner().invoke(app, ["explain", "-", "--stdin-filename", "docs.jsonl", "--format", "json"], input=jsonl)
    assert result.exit_code == 0, result.output
    [document] = json.loads(result.stdout)
    assert (document["file"], document["record"], document["text"]) == ("-", 1, CLEAN)
