"""Crashes, bad rules and hostile text lose nothing.

- A run killed at any moment leaves each file either as it was or fully cleaned; the next run
  removes the temporary files and finishes the job.
- A rule that would empty documents is flagged (and held back with --safe).
- An invalid rule file stops the run before any file is touched: exit 2, the file, the rule and
  the reason, no traceback.
- Hostile text (huge lines, millions of blank lines, backtracking bait, control characters,
  lone surrogates) is cleaned in bounded time or skipped with a message.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.files import is_temp_file, write_atomic
from cleaner.rules import example_block, load_rules
from cleaner.runner import MAX_DOCUMENT_CHARS
from cleaner.workers import WORKER_DIED

PROSE = (
    "The city council approved a budget of 4.2 million euros on Tuesday, after a debate that lasted "
    "most of the evening and ended with a narrow vote."
)
PROSE_2 = "The mayor said the money would go to schools and to the repair of two bridges in the old town."
AD = "Get 25% off your first order with code SUMMER25"
NEWSLETTER = "Share this article with your friends!"


def cli(*args: str):
    return CliRunner().invoke(app, [*args, "--jobs", "1"] if args[0] == "run" else list(args))


# --- killed runs ------------------------------------------------------------------------------

CORPUS_FILES = 300
KILL_ROUNDS = 4


def _article(i: int) -> str:
    return f"{PROSE} Report number {i}.\n\n{AD}\n\n{PROSE_2}\n\n{NEWSLETTER}\n"


def _write_corpus(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "sub").mkdir(parents=True)
    for i in range(CORPUS_FILES):
        (folder / ("sub" if i % 3 == 0 else "") / f"doc{i:03d}.txt").write_text(_article(i), encoding="utf-8")


def _start_run(folder: Path) -> subprocess.Popen:
    # its own process group, so the kill takes the worker processes down with the parent
    return subprocess.Popen(
        [sys.executable, "-m", "cleaner", "run", str(folder), "--jobs", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _state(folder: Path, originals: dict[str, str], cleaned: dict[str, str]) -> tuple[int, int, list[str]]:
    """(files still original, files cleaned, temporary files) — and nothing else may exist."""
    n_original = n_cleaned = 0
    temps = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = str(path.relative_to(folder))
        if is_temp_file(path):
            temps.append(name)
            continue
        text = path.read_bytes().decode("utf-8")
        assert text in (originals[name], cleaned[name]), f"{name} is neither the original nor the cleaned file"
        n_original += text == originals[name]
        n_cleaned += text == cleaned[name]
        assert text == originals[name] or text == cleaned[name]
    assert n_original + n_cleaned == len(originals), "a file disappeared"
    return n_original, n_cleaned, temps


def test_sigkill_at_random_moments_loses_nothing_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "corpus"
    _write_corpus(folder)
    originals = {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in folder.rglob("*.txt")}
    reference = Cleaner()
    cleaned = {name: reference.clean(text).text for name, text in originals.items()}
    assert all(cleaned[n] != originals[n] for n in originals)

    started = time.monotonic()
    assert _start_run(folder).wait(timeout=300) == 0
    full_run = time.monotonic() - started
    assert _state(folder, originals, cleaned)[1] == CORPUS_FILES

    rng = random.Random(20261123)
    seen = []
    for _ in range(KILL_ROUNDS):
        _write_corpus(folder)
        process = _start_run(folder)
        time.sleep(rng.uniform(0.1, 0.8) * full_run)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        seen.append(_state(folder, originals, cleaned))
    print(f"full run {full_run:.1f}s; after each kill (original, cleaned, temp files): {seen}")

    # a stale temp file from an earlier kill is removed too
    (folder / ".doc001.txt.cleaner-tmp-9999999-deadbeef").write_text("half a fi", encoding="utf-8")
    rerun = _start_run(folder)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert _state(folder, originals, cleaned) == (0, CORPUS_FILES, [])


def test_a_temp_file_whose_writers_id_a_later_process_took_is_stale(tmp_path):
    """Process ids are reused: a live process of the writer's id that started after the file was
    last written is not its writer, and its temp file goes; a live writer's stays."""
    from cleaner.files import is_stale_temp

    later = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        temp = tmp_path / f".doc.txt.cleaner-tmp-{later.pid}-0123abcd"
        temp.write_text("half a fi", encoding="utf-8")
        assert not is_stale_temp(temp)  # written while its process runs: being written
        an_hour_ago = time.time() - 3600
        os.utime(temp, (an_hour_ago, an_hour_ago))
        assert is_stale_temp(temp)  # written before its process started: another's, left
    finally:
        later.kill()
        later.wait()
    assert is_stale_temp(temp)  # and once no process has the id


def test_a_temp_file_of_a_killed_writer_not_yet_reaped_is_stale(tmp_path):
    """A killed writer lingers as a zombie until its parent or init reaps it: it writes no more,
    and a rerun's sweep removes its temp file."""
    from cleaner.files import _proc_stat, is_stale_temp

    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # not reaped until wait()
    try:
        for _ in range(200):
            found = _proc_stat(ended.pid)
            if found is None or found[0] == "Z":
                break
            time.sleep(0.05)
        if found is None:
            pytest.skip("no /proc to tell a zombie by")
        temp = tmp_path / f".doc.txt.cleaner-tmp-{ended.pid}-0123abcd"
        temp.write_text("half a fi", encoding="utf-8")
        assert is_stale_temp(temp)
    finally:
        ended.wait()


def test_a_failed_write_leaves_the_original_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("original\n", encoding="utf-8")

    def crash(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomic(path, b"new\n")
    assert path.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_an_internal_error_costs_one_file_not_the_run(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(f"{PROSE}\n\nBOOM\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{PROSE}\n\n{AD}\n", encoding="utf-8")
    real_clean = Cleaner.clean

    def flaky(self, text):
        if "BOOM" in text:
            raise RuntimeError("a bug")
        return real_clean(self, text)

    monkeypatch.setattr(Cleaner, "clean", flaky)
    result = cli("run", str(tmp_path))
    assert result.exit_code == 1
    assert f"skipped {tmp_path / 'a.txt'}: left unchanged after an internal error: RuntimeError: a bug" in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == f"{PROSE}\n\nBOOM\n"
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == f"{PROSE}\n"


# --- safety valve -----------------------------------------------------------------------------

EVERYTHING_RULE = """
[[rule]]
id = "test-everything"
category = "boilerplate"
scope = "block"
max_words = 100000
description = "A bad rule: it matches every block."
pattern = '''^(?!KEEPME)'''
[rule.examples]
remove = ["Any text at all."]
keep = ["KEEPME"]
"""


@pytest.fixture
def everything(tmp_path):
    path = tmp_path / "everything.toml"
    path.write_text(EVERYTHING_RULE, encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(f"{PROSE}\n\n{PROSE_2}\n", encoding="utf-8")
    return path


def test_a_document_that_would_lose_most_words_is_left_and_named(everything, article, tmp_path):
    before = article.read_bytes()
    report = tmp_path / "report.jsonl"
    result = cli("run", str(article.parent), "--rules", str(everything), "--report", str(report))
    assert result.exit_code == 1
    assert article.read_bytes() == before
    assert "1 left as they were" in result.stderr
    assert f"left unchanged: {article}: would lose most of its words" in result.stderr
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in records] == ["flagged"]  # no removal was made, none reported


def test_allow_large_removals_cleans_it_and_reports_it(everything, article, tmp_path):
    report = tmp_path / "report.jsonl"
    result = cli(
        "run", str(article.parent), "--rules", str(everything), "--allow-large-removals", "--report", str(report)
    )
    assert result.exit_code == 0
    assert article.read_text(encoding="utf-8") == ""
    assert f"warning: {article}: lost most of its words" in result.stderr
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records if "source" in r] == ["test-everything", "test-everything"]
    assert [r for r in records if "event" in r] == [
        {"file": str(article), "event": "suspicious", "reason": records[-1]["reason"]}
    ]


def test_a_held_back_document_gets_its_unchanged_copy_under_out(everything, article, tmp_path):
    out = tmp_path / "out"
    result = cli("run", str(article.parent), "--rules", str(everything), "--out", str(out))
    assert result.exit_code == 1
    assert (out / "a.txt").read_bytes() == article.read_bytes()


def test_one_jsonl_record_is_held_back_and_the_others_cleaned(everything, tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [json.dumps({"id": 1, "text": f"{PROSE}\n\n{PROSE_2}"}), json.dumps({"id": 2, "text": f"KEEPME {PROSE}\n\n{AD}"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("run", str(path), "--rules", str(everything))
    assert result.exit_code == 1
    assert "line 1: would remove most of the document's words; left unchanged" in result.stderr
    out = path.read_text(encoding="utf-8").splitlines()
    assert out[0] == lines[0]
    assert json.loads(out[1]) == {"id": 2, "text": f"KEEPME {PROSE}"}


# --- invalid rule files -----------------------------------------------------------------------

GOOD_RULE = """
[[rule]]
id = "test-promo"
category = "ad"
scope = "block"
description = "Promo."
pattern = '''\\bpromo\\b'''
[rule.examples]
remove = ["A promo here"]
keep = ["Prose here"]
"""

BAD_RULES = [
    pytest.param("[[rule]\nid = 'x'", "not a valid TOML file", id="bad-toml"),
    pytest.param(GOOD_RULE.replace('scope = "block"', 'scope = "block"\ncolour = "red"'),
                 "rule 'test-promo': unknown field(s) ['colour']", id="unknown-field"),
    pytest.param(GOOD_RULE.replace("\\bpromo\\b", "(promo"), "rule 'test-promo': pattern does not compile", id="bad-regex"),
    pytest.param(GOOD_RULE.replace("A promo here", "An advert here"),
                 "rule 'test-promo' does not remove its example 'An advert here'", id="remove-example-fails"),
    pytest.param(GOOD_RULE.replace("Prose here", "Prose promo here"),
                 "rule 'test-promo' removes its keep-example 'Prose promo here'", id="keep-example-fails"),
    pytest.param(GOOD_RULE.replace('scope = "block"', 'scope = "block"\nmax_words = "ten"'),
                 "rule 'test-promo': 'max_words' must be an integer", id="max-words-not-int"),
    pytest.param(GOOD_RULE.replace('category = "ad"', 'category = "adverts"'),
                 "rule 'test-promo': 'adverts' is not a valid Category", id="unknown-category"),
    pytest.param(GOOD_RULE.replace('id = "test-promo"', 'id = "Promo"'), "rule 'Promo': 'id' must be kebab-case", id="bad-id"),
    pytest.param('rule = "everything"', "'rule' must be an array of tables", id="rule-not-a-table"),
    pytest.param(GOOD_RULE.replace('remove = ["A promo here"]', 'remove = "A promo here"'),
                 "rule 'test-promo': examples 'remove' and 'keep' must be lists of strings", id="examples-not-a-list"),
]


@pytest.mark.parametrize(("content", "message"), BAD_RULES)
def test_invalid_rule_file_is_rejected_with_file_rule_and_reason(tmp_path, article, content, message):
    rules = tmp_path / "my-rules.toml"
    rules.write_text(content, encoding="utf-8")
    before = article.read_bytes()
    result = cli("run", str(article.parent), "--rules", str(rules))
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert str(rules) in result.stderr and message in result.stderr
    assert article.read_bytes() == before


def test_missing_rule_file_is_rejected(tmp_path, article):
    result = cli("run", str(article.parent), "--rules", str(tmp_path / "nope.toml"))
    assert result.exit_code == 2 and "no such rule file or folder" in result.stderr


def test_a_good_user_rule_file_loads(tmp_path):
    rules = tmp_path / "ok.toml"
    rules.write_text(GOOD_RULE, encoding="utf-8")
    assert "test-promo" in {r.id for r in load_rules([rules]).rules}


# --- hostile text -----------------------------------------------------------------------------

# Generous bounds: these take a few seconds on a laptop core; CI has two slow ones.
HOSTILE = [
    pytest.param("x" * 1_000_000, 60, id="1MB-line-no-space"),
    pytest.param("word " * 200_000 + "\n", 60, id="1MB-line-of-words"),
    pytest.param("This is a sentence. " * 10_000 + "\n", 60, id="200KB-paragraph-of-sentences"),
    pytest.param(f"{PROSE}\n" + "\n" * 1_000_000 + f"{PROSE_2}\n", 60, id="million-blank-lines"),
    pytest.param("\r\n" * 300_000, 60, id="crlf-blank-lines"),
    pytest.param((NEWSLETTER + "\n") * 10_000, 60, id="repeated-boilerplate"),
    pytest.param("\x00\x01\x07\x08\x0b\x0c\x1b[31m\x7f\x85\x9b\u200b\u2028\u2029\ufeff\ufffe text\n" * 100, 30, id="controls"),
    pytest.param(f"{PROSE} \ud800 \udfff \ud83d\n\n{AD}\n", 30, id="lone-surrogates"),
    pytest.param("Привет мир. 你好世界。 مرحبا بالعالم. שלום. नमस्ते दुनिया। 🙂‍↔️ Z̷̡̛a̶l̸g̵o̴\n" * 200, 30, id="mixed-scripts"),
]


@pytest.mark.parametrize(("text", "seconds"), HOSTILE)
def test_hostile_text_is_cleaned_in_bounded_time(default_cleaner, text, seconds):
    started = time.monotonic()
    once = default_cleaner.clean(text).text
    assert default_cleaner.clean(once).text == once
    assert time.monotonic() - started < seconds


def test_lone_surrogates_in_jsonl_do_not_break_the_write(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "' + PROSE + ' \\udc80\\n\\n' + AD + '"}\n', encoding="utf-8")
    assert cli("run", str(path)).exit_code == 0
    assert AD not in json.loads(path.read_text(encoding="utf-8"))["text"]


def test_oversized_document_is_skipped_with_a_message(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"x" * 10_000_000)  # 10 MB without a newline
    started = time.monotonic()
    result = cli("run", str(path))
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert f"too large to clean (10,000,000 characters; the limit is {MAX_DOCUMENT_CHARS:,})" in result.stderr
    assert path.stat().st_size == 10_000_000


def _bait(rule) -> list[str]:
    """Strings built to make a pattern backtrack: long runs of what it matches, almost matching."""
    pieces = ["a", "1", " ", "\u00a0", "-", "%", "code", "cookies", "http://x.", "comments", ":", "!"]
    baits = [piece * (4000 // len(piece)) for piece in pieces]
    for example in rule.remove_examples:
        squeezed = example.replace(" ", "\u200b")  # one "word", so max_words does not save us
        baits.append(squeezed * 50)
        baits.append(squeezed[:-1] * 50 + "\u200b")
        baits.append(" ".join([example[:-1]] * 3))
    return baits


@pytest.mark.parametrize("rule", load_rules().rules, ids=lambda r: r.id)
def test_shipped_rule_does_not_hang_on_backtracking_bait(rule):
    for text in _bait(rule):
        started = time.monotonic()
        rule.verdicts(example_block(text))
        assert time.monotonic() - started < 5, f"{rule.id} took too long on {text[:40]!r}..."


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs workers forked from the test")
def test_a_dying_worker_process_is_reported_not_a_traceback(tmp_path, monkeypatch):
    # workers are forked from this process, so they inherit the patched method
    for i in range(40):
        body = "DIE" if i == 20 else AD
        (tmp_path / f"d{i:02d}.txt").write_text(f"{PROSE}\n\n{body}\n", encoding="utf-8")
    real_clean = Cleaner.clean

    def fatal(self, text):
        if "DIE" in text:
            os._exit(1)
        return real_clean(self, text)

    monkeypatch.setattr(Cleaner, "clean", fatal)
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 1, result.output
    # the chunks in flight are cleaned again one file at a time: only the file that kills its
    # worker is left out, and named
    assert result.stderr.count("its worker process died while cleaning it") == 1
    assert f"d20.txt: {WORKER_DIED}" in result.stderr and "skipped " in result.stderr
    assert "39 changed" in result.stderr
    # the pool kills the other worker too, perhaps mid-write: its temporary file is swept
    assert not [p.name for p in tmp_path.iterdir() if is_temp_file(p)]
    for path in tmp_path.iterdir():
        assert path.read_text(encoding="utf-8") == (f"{PROSE}\n\nDIE\n" if path.name == "d20.txt" else f"{PROSE}\n")


def test_a_fifo_is_skipped_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = cli("run", str(fifo))
    assert result.exit_code == 1 and f"skipped {fifo}: not a regular file" in result.stderr
