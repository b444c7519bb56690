"""Rules and configuration a person got wrong, or wrote to hurt: refused before any file is
touched (exit 2, the file and the key or rule named), or bounded while the run goes on.
"""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.regexguard import MAX_PATTERN_ELEMENTS, RegexBudget, pattern_size
from cleaner.rules import default_rules_dir, load_rules, rule_files

PROSE = (
    "The city council approved a budget of 4.2 million euros on Tuesday, after a debate that lasted "
    "most of the evening and ended with a narrow vote."
)
PROSE_2 = "The mayor said the money would go to schools and to the repair of two bridges in the old town."
AD = "Get 25% off your first order with code SUMMER25"


def invoke(*args: str):
    return CliRunner().invoke(app, [*args, "--jobs", "1"] if args[0] == "run" else list(args))


def rule(pattern: str, rule_id: str = "test-rule", extra: str = "", remove: str = "aaa", keep: str = "zzz") -> str:
    return f"""
[[rule]]
id = "{rule_id}"
category = "ad"
scope = "block"
description = "A test rule."
pattern = '''{pattern}'''
{extra}
[rule.examples]
remove = ["{remove}"]
keep = ["{keep}"]
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{PROSE}\n\n{AD}\n\n{PROSE_2}\n", encoding="utf-8")
    return folder


def _unchanged(corpus, result, before: bytes) -> None:
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert (corpus / "a.txt").read_bytes() == before


# --- 4. patterns that cost too much -----------------------------------------------------------

HUGE_PATTERNS = [
    # ("?:" counts as two elements of each group)
    pytest.param("(?:(?:(?:a{100}){100}){100}){100}", "pattern too large: about 102,020,200 elements", id="nested-repeats"),
    pytest.param("(?:(?:a{100,200}){100,200}){100}", "pattern too large: about 1,020,200 elements", id="minimum-counts"),
    pytest.param("x" * 150_000, "pattern too large: about 150,000 elements", id="150k-literal"),
    pytest.param("(" * 60 + "a" + ")" * 60, "pattern nests groups 60 deep", id="60-nested-groups"),
]


@pytest.mark.parametrize(("pattern", "message"), HUGE_PATTERNS)
def test_a_pattern_too_large_to_compile_is_refused_at_load_time(tmp_path, corpus, pattern, message):
    rules = tmp_path / "huge.toml"
    rules.write_text(rule(pattern), encoding="utf-8")
    before = (corpus / "a.txt").read_bytes()
    started = time.monotonic()
    result = invoke("run", str(corpus), "--rules", str(rules))
    assert time.monotonic() - started < 30  # refused, not compiled (10^8 elements ask for 24 GB)
    _unchanged(corpus, result, before)
    assert f"{rules}: rule 'test-rule': {message}" in result.stderr


# (elements, depth): every character outside a class and an escape counts, group syntax too
SIZES = [
    pytest.param(r"\bpromo\b", 7, 0, id="plain"),
    pytest.param("a{3}", 3, 0, id="count"),
    pytest.param("(?:ab){2}{3}", 4 * 2 * 3, 1, id="count-of-a-count"),
    pytest.param("[a{100}]{2}", 2, 0, id="braces-in-a-class"),
    pytest.param(r"\p{L}{4}", 4, 0, id="braced-escape"),
    pytest.param("a{,5}b*c+", 5, 0, id="open-counts-and-loops"),
    pytest.param("x{abc}", 6, 0, id="not-a-count"),
    pytest.param("((a)|(b{10}))", 12, 2, id="alternatives-add"),
]


@pytest.mark.parametrize(("pattern", "size", "depth"), SIZES)
def test_pattern_size_table(pattern, size, depth):
    assert pattern_size(pattern) == (size, depth)


def test_every_shipped_rule_is_far_below_the_limit():
    for path in rule_files(default_rules_dir()):
        for shipped in load_rules([path], include_default=False).rules:
            assert pattern_size(shipped.pattern)[0] < MAX_PATTERN_ELEMENTS // 10, shipped.id


# the `regex` module takes (a|aa)+$ through every way of splitting a run of a's
BACKTRACKING = rule("(a|aa)+$", "test-backtracks", remove="aaa", keep="zzz")


def test_a_backtracking_rule_is_stopped_once_per_document_and_reported(tmp_path):
    rules = tmp_path / "slow.toml"
    rules.write_text(BACKTRACKING, encoding="utf-8")
    # 40 blocks that make the pattern backtrack for minutes each (millions of ways to split the a's)
    text = "".join(f"Block {i} " + "a" * 30 + "!\n\n" for i in range(40)) + f"{PROSE}\n"
    cleaner = Cleaner([rules])
    started = time.monotonic()
    result = cleaner.clean(text)
    elapsed = time.monotonic() - started
    assert elapsed < 5, f"{elapsed:.1f}s: the rule was tried on every block"  # one 0.25 s timeout, not 40
    assert len(result.problems) == 1
    assert result.problems[0].startswith("rule 'test-backtracks' ran out of time (one search took over 0.25 s")
    assert result.text == text.rstrip("\n") + "\n"  # a rule out of time removes nothing


def test_a_rule_timeout_is_reported_on_stderr_and_in_the_report(tmp_path, corpus):
    rules = tmp_path / "slow.toml"
    rules.write_text(BACKTRACKING, encoding="utf-8")
    (corpus / "b.jsonl").write_text(json.dumps({"text": "a" * 30 + "!\n\n" + PROSE}) + "\n", encoding="utf-8")
    (corpus / "c.txt").write_text("a" * 30 + "!\n\n" + PROSE + "\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    result = invoke("run", str(corpus), "--rules", str(rules), "--report", str(report))
    assert f"{corpus / 'c.txt'}: rule 'test-backtracks' ran out of time" in result.stderr
    assert f"{corpus / 'b.jsonl'}: line 1: rule 'test-backtracks' ran out of time" in result.stderr
    problems = [r for r in map(json.loads, report.read_text(encoding="utf-8").splitlines()) if r.get("event") == "problem"]
    assert sorted(r["file"] for r in problems) == [str(corpus / "b.jsonl"), str(corpus / "c.txt")]


def test_a_rule_whose_searches_add_up_is_stopped_for_the_rest_of_the_document(monkeypatch):
    import regex

    from cleaner import regexguard

    clock = iter(range(0, 100, 6))  # each search seems to take 0.6 s: none times out alone
    monkeypatch.setattr(regexguard.time, "perf_counter", lambda: next(clock) / 10)
    budget = RegexBudget(seconds=1.0)
    pattern = regex.compile("promo")
    assert budget.search("test-rule", pattern, "a promo") is True
    assert budget.search("test-rule", pattern, "a promo") is True  # the search that spent it counts
    assert budget.search("test-rule", pattern, "another promo") is False
    assert budget.allows("other-rule") and not budget.allows("test-rule")
    assert budget.problems() == [
        "rule 'test-rule' ran out of time (its searches took over 1 s); not applied to the rest of this document"
    ]


# --- 4. ids and folders -----------------------------------------------------------------------

SHIPPED_ID = "ad-promo-code"


def test_a_user_rule_with_a_shipped_id_needs_override(tmp_path, corpus):
    rules = tmp_path / "mine.toml"
    rules.write_text(rule(r"\bpromo\b", SHIPPED_ID, remove="a promo", keep="prose"), encoding="utf-8")
    before = (corpus / "a.txt").read_bytes()
    result = invoke("run", str(corpus), "--rules", str(rules))
    _unchanged(corpus, result, before)
    shipped = next(p for p in rule_files(default_rules_dir()) if f'"{SHIPPED_ID}"' in p.read_text(encoding="utf-8"))
    assert f"{rules}: rule '{SHIPPED_ID}' is also defined in {shipped}" in result.stderr
    assert "override = true" in result.stderr

    rules.write_text(rule(r"\bpromo\b", SHIPPED_ID, "override = true", remove="a promo", keep="prose"), encoding="utf-8")
    listed = invoke("rules", "list", "--rules", str(rules))
    assert listed.exit_code == 0, listed.output
    assert [line for line in listed.stdout.splitlines() if line.startswith(SHIPPED_ID)][0].endswith("A test rule.")


def test_two_user_files_with_one_id_are_refused(tmp_path, corpus):
    for name in ("one.toml", "two.toml"):
        (tmp_path / "rules" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "rules" / name).write_text(rule("aaa", "test-twice"), encoding="utf-8")
    result = invoke("run", str(corpus), "--rules", str(tmp_path / "rules"))
    _unchanged(corpus, result, (corpus / "a.txt").read_bytes())
    assert f"{tmp_path / 'rules' / 'two.toml'}: rule 'test-twice' is also defined in {tmp_path / 'rules' / 'one.toml'}" in result.stderr


def test_an_empty_rule_folder_is_an_error(tmp_path, corpus):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "notes.txt").write_text("not a rule file", encoding="utf-8")
    before = (corpus / "a.txt").read_bytes()
    result = invoke("run", str(corpus), "--rules", str(tmp_path / "rules"))
    _unchanged(corpus, result, before)
    assert f"{tmp_path / 'rules'}: a rule folder with no rule file (*.toml) in it" in result.stderr


# --- 5. a rule that would empty the corpus -----------------------------------------------------

EVERYTHING = rule("^(?!KEEPME)", "test-everything", "max_words = 100000", remove="Any text at all.", keep="KEEPME")


def test_a_rule_that_empties_the_corpus_leaves_every_file_byte_identical(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    files = {
        "a.txt": f"{PROSE}\r\n\r\n{AD}\r\n",
        "b.md": f"# Council\n\n{PROSE}\n\n{PROSE_2}\n",
        "sub/c.txt": f"{PROSE_2}\n",
        "d.jsonl": json.dumps({"text": f"{PROSE}\n\n{AD}"}) + "\n" + json.dumps({"text": PROSE_2}) + "\n",
    }
    for name, content in files.items():
        (corpus / name).write_bytes(content.encode())
    rules = tmp_path / "everything.toml"
    rules.write_text(EVERYTHING, encoding="utf-8")
    result = invoke("run", str(corpus), "--rules", str(rules))
    assert result.exit_code == 1
    assert {name: (corpus / name).read_bytes().decode() for name in files} == files
    for name in ("a.txt", "b.md", "sub/c.txt"):
        assert f"left unchanged: {corpus / name}: would lose most of its words" in result.stderr
    assert f"{corpus / 'd.jsonl'}: line 1: would remove most of the document's words" in result.stderr
    assert f"{corpus / 'd.jsonl'}: line 2: would remove most of the document's words" in result.stderr
    assert "0 changed" in result.stderr and "4 left as they were" in result.stderr


# --- 11. configuration ------------------------------------------------------------------------

BAD_CONFIG = [
    pytest.param("rules = [1]", "rules must be a list of strings", id="rules-of-numbers"),
    pytest.param('rules = "dir/"', "rules must be a list of strings", id="rules-a-string"),
    pytest.param('disable = "ad"', "disable must be a list of strings", id="disable-a-string"),
    pytest.param('disable = ["ad", 2]', "disable must be a list of strings", id="disable-mixed"),
    pytest.param("text-field = 3", "text-field must be a non-empty string", id="text-field-a-number"),
    pytest.param('text-field = ""', "text-field must be a non-empty string", id="text-field-empty"),
    pytest.param('mode = ["page"]', "mode must be a non-empty string", id="mode-a-list"),
    pytest.param('mode = "pages"', "mode must be one of 'article', 'page'", id="mode-unknown"),
    pytest.param("colour = 1", "unknown key(s) in [tool.cleaner]: ['colour']", id="unknown-key"),
]


@pytest.mark.parametrize(("line", "message"), BAD_CONFIG)
def test_a_wrong_configuration_value_is_named_with_its_file(tmp_path, corpus, monkeypatch, line, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.cleaner]\n{line}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = (corpus / "a.txt").read_bytes()
    result = invoke("run", str(corpus))
    _unchanged(corpus, result, before)
    assert str(tmp_path / "pyproject.toml") in result.stderr and message in result.stderr
