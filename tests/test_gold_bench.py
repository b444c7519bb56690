"""benchmarks/gold.py: the gold-bodies metric, line tests and page decoding on hand-written
examples (the data itself is checked by the benchmark's reference-table comparison)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gold():
    spec = importlib.util.spec_from_file_location("gold", ROOT / "benchmarks" / "gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gold"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


# --- shingles and per-page scores ------------------------------------------------------------


def test_tokens_are_word_runs_and_case_counts(gold):
    assert gold.tokens("Hello, world!\nIt's 2024_x.") == ["Hello", "world", "It", "s", "2024_x"]
    assert gold.score_page("hello world", "Hello world").tp == 0


def test_shingles_of_four_tokens(gold):
    assert gold.shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


@pytest.mark.parametrize("text, expected", [("one", ("one",)), ("one two", ("one", "two")),
                                            ("one, two; three", ("one", "two", "three"))])
def test_one_to_three_tokens_make_one_shingle(gold, text, expected):
    assert gold.shingles(text) == Counter({expected: 1})


def test_empty_text_has_no_shingle(gold):
    assert gold.shingles("") == Counter()
    assert gold.shingles(" -- !! ") == Counter()


def test_identical_texts_score_one(gold):
    text = "The council met on Tuesday to discuss the bridge.\n\nIt will decide in spring."
    score = gold.score_page(text.replace("\n", " "), text)
    assert (score.precision, score.recall) == (1.0, 1.0)
    assert score.fp == score.fn == 0


def test_empty_output_has_recall_zero_and_no_precision(gold):
    score = gold.score_page("", "a b c d e f")
    assert score.precision is None
    assert score.recall == 0.0
    assert (score.tp, score.fp, score.fn) == (0, 0, 3)


def test_shingles_are_counted_as_a_multiset(gold):
    # the gold has "a b c d" twice; an output with it three times matches two of them
    gold_text = "a b c d x a b c d"
    output = "a b c d y a b c d z a b c d"
    assert gold.shingles(gold_text)[("a", "b", "c", "d")] == 2
    score = gold.score_page(output, gold_text)
    assert score.tp == 2
    assert score.fp == sum(gold.shingles(output).values()) - 2
    assert score.fn == sum(gold.shingles(gold_text).values()) - 2


def test_partial_overlap(gold):
    # output shingles: abcd, bcde (in the gold), "c d e nav", "d e nav menu"; gold: abcd, bcde, cdef
    score = gold.score_page("a b c d e nav menu", "a b c d e f")
    assert (score.tp, score.fp, score.fn) == (2, 2, 1)
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == pytest.approx(2 / 3)


# --- averaging -------------------------------------------------------------------------------


def test_aggregate_leaves_empty_outputs_out_of_precision_only(gold):
    perfect = gold.PageScore(tp=4, fp=0, fn=0)
    empty = gold.PageScore(tp=0, fp=0, fn=5)
    total = gold.aggregate([perfect, empty])
    assert total.pages == 2 and total.without_output == 1
    assert total.precision == 1.0
    assert total.recall == 0.5
    assert total.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_f1_is_the_harmonic_mean_of_the_averages(gold):
    pages = [gold.PageScore(tp=1, fp=0, fn=9), gold.PageScore(tp=9, fp=9, fn=0)]  # P 1, 0.5; R 0.1, 1
    total = gold.aggregate(pages)
    assert total.precision == pytest.approx(0.75)
    assert total.recall == pytest.approx(0.55)
    assert total.f1 == pytest.approx(2 * 0.75 * 0.55 / 1.3)  # not the mean of the pages' F1s


def test_the_difference_of_a_system_with_itself_is_zero_and_certain(gold):
    pages = [gold.PageScore(tp=t, fp=10 - t, fn=3) for t in range(1, 10)]
    assert gold.f1_difference(pages, pages) == (0.0, 0.0, 0.0)


def test_a_system_better_on_every_page_has_an_interval_above_zero(gold):
    theirs = [gold.PageScore(tp=5, fp=5 + k % 3, fn=5) for k in range(40)]
    ours = [gold.PageScore(tp=8, fp=2 + k % 3, fn=2) for k in range(40)]
    difference, low, high = gold.f1_difference(ours, theirs)
    assert difference == pytest.approx(gold.aggregate(ours).f1 - gold.aggregate(theirs).f1)
    assert 0 < low <= difference <= high


def test_one_page_alone_makes_a_difference_the_interval_cannot_tell_from_noise(gold):
    """Nineteen pages alike and one much worse: the average is lower, the interval holds 0."""
    same = [gold.PageScore(tp=8, fp=2, fn=2) for _ in range(19)]
    ours = [*same, gold.PageScore(tp=1, fp=9, fn=9)]
    theirs = [*same, gold.PageScore(tp=8, fp=2, fn=2)]
    difference, low, high = gold.f1_difference(ours, theirs)
    assert difference < -0.02 and low < 0 and high == pytest.approx(0.0, abs=1e-9)


# --- line systems ----------------------------------------------------------------------------

GOLD = "The bridge will be repaired before next winter, the council said.\n\nWork starts in May."
PAGE = "\n".join([
    "Home | News | Sport",
    "Bridge",
    "The bridge will be repaired before next winter, the council said.",
    "Share this",
    "Work starts in May.",
    "Comments (3)",
])


def test_article_region_runs_from_first_to_last_hit_line(gold):
    # "Work starts in May" is 18 characters of tokens: not a hit, so the region ends earlier
    assert gold.article_region(PAGE, GOLD) == "The bridge will be repaired before next winter, the council said."
    assert gold.article_region("Home\nNothing here", GOLD) == "Home\nNothing here"  # no hit: all of it


def test_oracle_lines_keep_lines_found_in_the_gold_as_whole_tokens(gold):
    assert gold.oracle_lines(PAGE, GOLD).split("\n") == [
        "The bridge will be repaired before next winter, the council said.",
        "Work starts in May.",
    ]
    assert gold.oracle_lines("bridg\nthe council", GOLD) == "the council"  # "bridg" is no whole token


def test_a_short_removed_line_is_in_the_gold_only_as_a_whole_line(gold):
    text = gold.GoldText("Readers left 40 comments on the story.\n\nShare\n\nThe council met again on Monday.")
    assert text.holds_line("Share") and not text.holds_line("Comments")
    assert text.has_tokens_of("comments")  # the oracle-line test alone would count it
    assert text.holds_line("The council met") and not text.holds_line("The council met on Monday")


def test_c4_lines(gold):
    text = "\n".join([
        "A sentence with five words.", "Four words only here.", "Five words but no ending",
        "Enable JavaScript to see this page.", "  He said it was “fine” (mostly)  ",
    ])
    assert gold.c4_lines(text).split("\n") == ["A sentence with five words.", "  He said it was “fine” (mostly)  "]


# --- decoding --------------------------------------------------------------------------------


def test_decoding_follows_the_readme(gold):
    def meta(label: str, body: bytes) -> bytes:
        return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'.encode() + body

    assert gold.decode_html("<p>café</p>".encode())[1] == "UTF-8"
    assert gold.decode_html(b"<p>caf\xe9</p>") == ("<p>café</p>", "windows-1252")  # undeclared, not UTF-8
    assert gold.decode_html(meta("iso-8859-1", b"caf\xe9"))[1] == "windows-1252"
    assert gold.decode_html(meta("iso-8859-1", "café".encode()))[1] == "UTF-8"  # valid non-ASCII UTF-8 wins
    assert gold.decode_html(meta("windows-1252", b"\x81"))[0].endswith("\x81")  # as browsers do
    assert gold.decode_html(meta("gb2312", b"\xc4\xe3"))[1] == "gb18030"
    assert gold.decode_html(meta("euc_kr", b"\xb0\xa1"))[1] == "windows-949"
    assert gold.decode_html(meta("iso-1252", b"caf\xe9"))[1] == "windows-1252"  # unknown label ignored
    assert gold.decode_html(b'<meta charset="utf-16"><p>x</p>')[1] == "UTF-8"
    assert gold.decode_html(b"\xef\xbb\xbf<p>x</p>") == ("<p>x</p>", "UTF-8")


def test_heldout_fifth(gold):
    import hashlib

    for page_id in ("dragnet-R162", "cleaneval-final-367", "readability-bug-1255978"):
        assert gold.is_heldout(page_id) == (int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 5 == 0)
