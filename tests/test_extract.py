"""The HTML stage (cleaner.html) and its learned ensemble of extractors (cleaner.ensemble).

Pages here are written for the tests, not taken from the benchmark.
"""

from __future__ import annotations

import math

import lxml.html
import numpy as np
import pytest

import cleaner.html
from cleaner import ensemble
from cleaner.ensemble import FEATURE_NAMES, article_text, feature_matrix, squash, trafilatura_shares
from cleaner.html import extract_text, page_paragraphs
from cleaner.language import stoplists
from cleaner.paragraphs import classify, page_blocks
from cleaner.scorer import Scorer

ENGLISH = stoplists()["English"]
PROSE = (
    "The council said on Tuesday that the work on the bridge would start in the spring, and that "
    "the road would stay open for most of the time while the engineers replaced the old beams. "
)
LONG_PROSE = (PROSE * 3).strip()
PAGE = (
    "<html><head><title>Bridge works</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    f"<article><h1>Bridge works start in spring</h1><p>{PROSE}</p><p>{LONG_PROSE}</p><p>{PROSE}</p></article>"
    "<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer>"
    "</body></html>"
)


def stump(feature: str, threshold: float, low: float, high: float) -> Scorer:
    """A one-split scorer on an ensemble feature: log-odds `low` at or below `threshold`, else `high`."""
    column = FEATURE_NAMES.index(feature)
    tree = ((column, threshold, 1, 2, 0.0), (-1, 0.0, 0, 0, low), (-1, 0.0, 0, 0, high))
    return Scorer(0.0, (tree,), 0.5, FEATURE_NAMES)


def classified(html: str):
    return classify(page_blocks(lxml.html.fromstring(html)), ENGLISH)


# --- how much of a paragraph trafilatura's text holds ---------------------------------------------


def test_a_paragraph_in_the_main_text_is_wholly_held():
    texts = ["First paragraph of the story.", "Menu", "Second paragraph of the story."]
    main = "First paragraph of the story.\nSecond paragraph of the story.\n"
    assert trafilatura_shares(texts, main).tolist() == [1.0, 0.0, 1.0]


def test_a_paragraph_trafilatura_split_in_two_lines_is_held_in_full():
    texts = ["The first half of a long paragraph. The second half of the same paragraph."]
    main = "The first half of a long paragraph.\nThe second half of the same paragraph.\n"
    assert trafilatura_shares(texts, main)[0] == pytest.approx(1.0, abs=0.03)


def test_a_short_main_text_line_is_not_looked_for_inside_paragraphs():
    # "Share" alone is in the main text; a paragraph that merely contains the word is not held
    texts = ["Share this article with your friends and family today"]
    assert trafilatura_shares(texts, "Share\n").tolist() == [0.0]


def test_equal_paragraphs_are_all_held():
    texts = ["Read the whole story here.", "A line only the menu has.", "Read the whole story here."]
    assert trafilatura_shares(texts, "Read the whole story here.").tolist() == [1.0, 0.0, 1.0]


@pytest.mark.parametrize("work", [ensemble.SUBSTRING_SEARCH_MAX_WORK, 0], ids=["substring-search", "automaton"])
def test_both_ways_of_finding_paragraphs_in_the_main_text_agree(monkeypatch, work):
    monkeypatch.setattr(ensemble, "SUBSTRING_SEARCH_MAX_WORK", work)
    texts = ["Read the whole story here.", "", "whole story", "A line only the menu has.", "Read the whole story here."]
    flat = "Intro. Read the whole story here. Outro."
    assert ensemble._found_in(texts, flat).tolist() == [True, False, True, False, True]


def test_no_main_text_holds_nothing():
    assert trafilatura_shares(["A paragraph of the page."], "").tolist() == [0.0]


# --- the features of each paragraph ---------------------------------------------------------------


def test_feature_matrix_describes_markup_extractors_and_text():
    blocks = classified(PAGE)
    texts = [squash(b.text) for b in blocks]
    x = feature_matrix(blocks, f"Bridge works start in spring\n{PROSE}\n{LONG_PROSE}\n{PROSE}\n", ENGLISH)
    column = {name: i for i, name in enumerate(FEATURE_NAMES)}
    assert x.shape == (len(blocks), len(FEATURE_NAMES))
    home, prose = texts.index("Home"), texts.index(squash(LONG_PROSE))
    assert x[home, column["link_density"]] == 1.0 and x[prose, column["link_density"]] == 0.0
    assert x[home, column["path_nav"]] == 1.0 and x[prose, column["path_article"]] == 1.0
    assert x[home, column["trafilatura_share"]] == 0.0 and x[prose, column["trafilatura_share"]] == 1.0
    assert x[home, column["in_trafilatura_span"]] == 0.0 and x[prose, column["in_trafilatura_span"]] == 1.0
    assert x[prose, column["justext_class"]] == ensemble.JUSTEXT_CLASS["good"]
    assert x[prose, column["text_log_words"]] == pytest.approx(math.log1p(len(LONG_PROSE.split())))
    assert x[0, column["prev_justext_class"]] == -1  # nothing before the first paragraph


def test_a_paragraph_normalizing_empties_gets_zero_text_features_and_the_others_keep_theirs():
    blocks = classified(f"<html><body><p>{PROSE}</p><p>\ufeff\ufeff</p><p>{PROSE}</p></body></html>")
    assert [squash(b.text) for b in blocks][1] == "\ufeff\ufeff"  # a paragraph to jusText, not to us
    x = feature_matrix(blocks, PROSE, ENGLISH)
    words = FEATURE_NAMES.index("text_log_words")
    assert x[:, words].tolist() == pytest.approx([math.log1p(len(PROSE.split())), 0.0, math.log1p(len(PROSE.split()))])


def test_an_empty_page_has_no_rows():
    assert feature_matrix([], "", ENGLISH).shape == (0, len(FEATURE_NAMES))


# --- choosing the paragraphs ----------------------------------------------------------------------


def test_article_text_keeps_what_the_scorer_keeps_one_paragraph_a_line_in_page_order():
    blocks = classified(PAGE)
    # a scorer that keeps exactly what trafilatura holds
    follow_trafilatura = stump("trafilatura_share", 0.5, -5.0, 5.0)
    text = article_text(blocks, f"{PROSE}\n{LONG_PROSE}\n", ENGLISH, follow_trafilatura)
    assert text == f"{squash(PROSE)}\n{squash(LONG_PROSE)}\n{squash(PROSE)}\n"


def test_article_text_drops_what_the_scorer_rejects_whatever_trafilatura_says():
    blocks = classified(PAGE)
    no_links = stump("link_density", 0.5, 5.0, -5.0)
    text = article_text(blocks, "Home\nNews\n" + LONG_PROSE, ENGLISH, no_links)
    assert "Home" not in text.split("\n") and squash(LONG_PROSE) in text


def test_reasons_name_the_ensemble_features():
    scorer = stump("link_density", 0.5, 5.0, -5.0)
    x = np.zeros((1, len(FEATURE_NAMES)))
    x[0, FEATURE_NAMES.index("link_density")] = 1.0
    assert scorer.explain(x)[0].startswith("link_density=1.00 (-5.00)")


# --- the shipped ensemble -------------------------------------------------------------------------


def test_extract_text_keeps_the_article_and_drops_the_navigation():
    text = extract_text(PAGE, "https://example.org/bridge")
    assert squash(LONG_PROSE) in squash(text)
    assert "Home" not in text.split("\n")


# paragraphs of a real article's length (jusText calls shorter ones only "near good")
STORY = [
    PROSE.strip() + " The first lorries will be sent round by the ring road from the first of March.",
    "Residents of the old town have asked for a second crossing for years, and the mayor said that the "
    "plans for it would be shown to them at a public meeting in the town hall before the summer. Until "
    "then, she said, the council would answer their letters one by one.",
    "The engineers expect the beams to arrive by train in March, when the river is still too high for "
    "the barges that brought the steel for the first bridge a hundred years ago. Each of them weighs as "
    "much as forty cars, and they will be lifted into place at night.",
    "Shops near the bridge fear that fewer people will come while the work goes on, but the council has "
    "promised to keep the footpath open and to put up signs that show the way to the market. The owners "
    "of the bakery on the corner said that they were not convinced.",
]


def test_extract_text_finds_an_article_trafilatura_misses(monkeypatch):
    page = (
        "<html><body><div class='menu'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
        + "".join(f"<div class='x'><div>{paragraph}</div></div>" for paragraph in STORY)
        + "</body></html>"
    )
    monkeypatch.setattr(cleaner.html.trafilatura, "extract", lambda *args, **kwargs: None)
    assert extract_text(page).split("\n") == STORY + [""]


def test_extract_text_depends_on_the_input_alone():
    # trafilatura's deduplication would empty the second extraction of the same page
    assert extract_text(PAGE) == extract_text(PAGE) != ""


def test_extract_text_of_an_empty_page_is_empty():
    assert extract_text("<html><body></body></html>") == ""


def test_without_a_scorer_the_main_text_is_trafilaturas(monkeypatch):
    monkeypatch.setattr(cleaner.html, "default_block_scorer", lambda: None)
    blocks, main, _ = page_paragraphs(PAGE)
    assert main and extract_text(PAGE) == main


def test_the_shipped_scorer_reads_the_ensemble_features():
    scorer = ensemble.default_block_scorer()
    assert scorer is not None and scorer.names == FEATURE_NAMES and 0 < scorer.threshold < 1


@pytest.mark.parametrize(
    "texts",
    [
        ["One paragraph.", "another one starts in lower case", "A third."],
        ["\u200b", "After an emptied first paragraph.", "\u200b\u200b", "x", "\ufeff"],
        ["Mojibake: cafÃ©", "lower case after it", ""],
        [],
    ],
    ids=["plain", "emptied", "repaired", "none"],
)
def test_paragraph_blocks_are_the_segmenters_blocks(texts):
    from cleaner.normalize import normalize_lines
    from cleaner.segment import segment

    lines = normalize_lines([line for text in texts for line in (text, "")])
    assert ensemble._line_blocks(lines) == segment(lines)
