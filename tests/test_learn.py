"""Mining boilerplate from a corpus: `cleaner learn` and `cleaner run --corpus-repeats`."""

from __future__ import annotations

import json
import subprocess
import sys

import corpusgen
import pytest

from cleaner import Cleaner, Options, load_rules
from cleaner.learn import (
    CORPUS_REPEAT_ID,
    block_key,
    boilerplate_like,
    count_texts,
    rule_pattern,
)
from cleaner.model import Category


@pytest.mark.parametrize(
    "text, key",
    [
        ("Donate $25 today!", "donate $0 today!"),
        ("DONATE   $5\tTODAY!", "donate $0 today!"),
        ("  Thanks for reading  ", "thanks for reading"),
        ("Straße 12", "strasse 0"),
    ],
    ids=["digits", "case-and-whitespace", "edges", "casefold"],
)
def test_block_key(text, key):
    assert block_key(text) == key


@pytest.mark.parametrize(
    "text, category",
    [
        ("Thanks for reading, and see you tomorrow!", Category.SIGNOFF),
        ("Fresh deals every Friday at Maple Hardware: 20% off garden tools", Category.AD),
        ("Independent local news needs readers like you: chip in $5 to keep the Ledger free.", Category.CTA),
        ("Follow us on Telegram", Category.SOCIAL),
        ("Photo gallery", Category.BOILERPLATE),
        ("***", None),
        (corpusgen.QUOTE, None),
        ("“Please donate,” the bishop said.", None),
        ("The council approved a plan to repair the bridges in the county after a long debate, "
         "and the work starts in the spring.", None),
    ],
    ids=["signoff", "ad", "donation", "social", "short-label", "separator", "long-quote", "short-quote", "prose"],
)
def test_boilerplate_like(text, category):
    verdict = boilerplate_like(text)
    assert (verdict[0] if verdict else None) == category


def test_counts_do_not_depend_on_order_or_split():
    docs = [(f"doc{i}", a.text()) for i, a in enumerate(corpusgen.corpus(40))]
    whole = count_texts(docs)
    assert count_texts(docs[20:]).merge(count_texts(docs[:20])) == whole
    assert count_texts(reversed(docs)) == whole


def test_rule_pattern_is_anchored_and_flexible():
    pattern = rule_pattern(["Chip in $5 today.", "CHIP IN $50 TODAY."])
    assert pattern == r"^\s*Chip\s+in\s+\$\d+\s+today\.\s*$"


@pytest.fixture(scope="module")
def planted_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    articles = corpusgen.corpus(80, quote_share=0.3)
    for number, article in enumerate(articles):
        (folder / f"{number:03d}.txt").write_text(article.text(), encoding="utf-8")
    return folder, articles


def _cleaner_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, timeout=300)


def test_learn_writes_rules_that_remove_planted_lines_and_keep_articles(planted_corpus, tmp_path):
    folder, articles = planted_corpus
    learned = tmp_path / "learned.toml"
    done = _cleaner_cli("learn", str(folder), "-o", str(learned), "--min-docs", "5")
    assert done.returncode == 0, done.stderr
    assert "80 documents" in done.stderr

    ruleset = load_rules([learned], include_default=False)  # examples checked on load
    assert {rule.category for rule in ruleset.rules} == {Category.AD, Category.CTA, Category.SIGNOFF}
    assert all(rule.id.startswith("learned-") for rule in ruleset.rules)
    assert all("documents" in rule.description and str(folder) in rule.description for rule in ruleset.rules)
    text = learned.read_text(encoding="utf-8")
    # the syndicated quote recurs as often as the junk, but it is prose: not even counted
    assert "harbour wall" not in text

    only_learned = Cleaner(ruleset, options=Options(heuristics=False))
    for article in articles:
        assert only_learned.clean(article.text()).text == article.clean_text()


def test_learn_is_deterministic_across_engines_and_jobs(planted_corpus, tmp_path):
    folder, _ = planted_corpus
    outputs = []
    for jobs in ("1", "2"):
        done = _cleaner_cli("learn", str(folder), "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count("[[rule]]") == 3


def test_run_corpus_repeats_removes_planted_lines(planted_corpus, tmp_path):
    folder, articles = planted_corpus
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    done = _cleaner_cli("run", str(folder), "--corpus-repeats", "--out", str(out), "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert f"removed as {CORPUS_REPEAT_ID}" in done.stderr
    for number, article in enumerate(articles):
        cleaned = (out / f"{number:03d}.txt").read_text(encoding="utf-8")
        for line in article.planted.values():
            assert line not in cleaned
        for paragraph in article.body[1:]:
            assert paragraph in cleaned
    sources = {json.loads(line)["source"] for line in report.read_text(encoding="utf-8").splitlines()}
    assert CORPUS_REPEAT_ID in sources


def test_corpus_repeats_is_off_by_default(planted_corpus, tmp_path):
    folder, articles = planted_corpus
    out = tmp_path / "out"
    report = tmp_path / "report.jsonl"
    done = _cleaner_cli("run", str(folder), "--out", str(out), "--report", str(report))
    assert done.returncode == 0, done.stderr
    sources = {json.loads(line).get("source") for line in report.read_text(encoding="utf-8").splitlines()}
    assert "heuristic:corpus-repeat" not in sources
    assert len(list(out.glob("*.txt"))) == len(articles)


def test_docstring_examples_run():
    import doctest

    import cleaner.learn

    assert doctest.testmod(cleaner.learn).failed == 0
