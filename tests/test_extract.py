"""The trafilatura + jusText ensemble (cleaner.extract) and the HTML stage (cleaner.html)."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner.extract import (
    MIN_ADDED_CHARS,
    Paragraph,
    combine,
    justext_paragraphs,
    rescue,
    squash,
)
from cleaner.html import extract_text
from cleaner.language import stoplists
from cleaner.paragraphs import page_blocks

PROSE = (
    "The council said on Tuesday that the work on the bridge would start in the spring, and that "
    "the road would stay open for most of the time while the engineers replaced the old beams. "
)
LONG_PROSE = (PROSE * 3).strip()
assert len(LONG_PROSE) >= MIN_ADDED_CHARS


def para(text: str, good: bool = True, heading: bool = False, links: float = 0.0, stops: float = 0.5) -> Paragraph:
    return Paragraph(squash(text), good, heading, links, stops)


BODY = ["First line of the article.", "Second line of the article.", "Third line of the article."]


@pytest.mark.parametrize(
    ("lines", "paragraphs", "expected"),
    [
        pytest.param(
            BODY + ["More from us"],
            [para(line) for line in BODY] + [para("More from us", good=False, heading=True)],
            BODY,
            id="tail-heading-jusText-rejects-is-dropped",
        ),
        pytest.param(
            ["Section heading"] + BODY,
            [para("Section heading", good=False, heading=True)] + [para(line) for line in BODY],
            ["Section heading"] + BODY,
            id="heading-in-first-half-stays",
        ),
        pytest.param(
            BODY + ["Sport Weather Travel"],
            [para(line) for line in BODY] + [para("Sport Weather Travel", good=False, links=0.9)],
            BODY,
            id="link-heavy-tail-line-is-dropped",
        ),
        pytest.param(
            BODY + ["Sport Weather Travel"],
            [para(line) for line in BODY] + [para("Sport Weather Travel", good=False, links=0.2)],
            BODY + ["Sport Weather Travel"],
            id="tail-line-with-few-links-stays",
        ),
        pytest.param(
            BODY + ["Closing words"],
            [para(line) for line in BODY] + [para("Closing words", good=True, heading=True)],
            BODY + ["Closing words"],
            id="tail-heading-jusText-keeps-stays",
        ),
        pytest.param(
            BODY + ["A line jusText never saw"],
            [para(line) for line in BODY],
            BODY + ["A line jusText never saw"],
            id="unmatched-line-stays",
        ),
        pytest.param(
            [BODY[0], BODY[2]],
            [para(BODY[0]), para(LONG_PROSE), para(BODY[2])],
            [BODY[0], LONG_PROSE, BODY[2]],
            id="missed-long-prose-is-added-in-page-order",
        ),
        pytest.param(
            [BODY[0], BODY[2]],
            [para(BODY[0]), para(PROSE), para(BODY[2])],
            [BODY[0], BODY[2]],
            id="missed-short-paragraph-is-not-added",
        ),
        pytest.param(
            [BODY[0], BODY[2]],
            [para(BODY[0]), para(LONG_PROSE, stops=0.1), para(BODY[2])],
            [BODY[0], BODY[2]],
            id="missed-paragraph-without-stopwords-is-not-added",
        ),
        pytest.param(
            [BODY[0], BODY[2]],
            [para(BODY[0]), para(LONG_PROSE, good=False), para(BODY[2])],
            [BODY[0], BODY[2]],
            id="paragraph-jusText-rejects-is-not-added",
        ),
        pytest.param(
            [BODY[0], LONG_PROSE],
            [para(BODY[0]), para(LONG_PROSE)],
            [BODY[0], LONG_PROSE],
            id="paragraph-already-there-is-not-added-twice",
        ),
        pytest.param(BODY, [], BODY, id="no-second-opinion-no-change"),
    ],
)
def test_combine(lines, paragraphs, expected):
    assert combine("\n".join(lines), paragraphs) == "\n".join(expected)


def test_combine_keeps_a_final_newline():
    assert combine("a line\n", [para("a line")]) == "a line\n"


def test_justext_paragraphs_reads_headings_and_links():
    html = (
        "<html><body><h2>Latest news</h2>"
        f"<p>{LONG_PROSE}</p>"
        "<p><a href='/sport'>Sport and weather</a></p>"
        "</body></html>"
    )
    found = justext_paragraphs(page_blocks(lxml.html.fromstring(html)), stoplists()["English"])
    by_text = {p.text: p for p in found}
    assert by_text["Latest news"].heading
    assert by_text[LONG_PROSE].good and by_text[LONG_PROSE].stopword_density > 0.3
    assert by_text["Sport and weather"].link_density == 1.0


def test_justext_paragraphs_of_an_empty_page_is_empty():
    assert justext_paragraphs(page_blocks(lxml.html.fromstring("<html><body></body></html>")), stoplists()["English"]) == []


PAGE = (
    "<html><head><title>Bridge works</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
    f"<article><h1>Bridge works start in spring</h1><p>{PROSE}</p><p>{LONG_PROSE}</p><p>{PROSE}</p></article>"
    "<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer>"
    "</body></html>"
)


def test_extract_text_keeps_the_article_and_drops_the_navigation():
    text = extract_text(PAGE, "https://example.org/bridge")
    assert squash(LONG_PROSE) in squash(text)
    assert "Home" not in text.split("\n")


def test_extract_text_depends_on_the_input_alone():
    # trafilatura's deduplication would empty the second extraction of the same page
    assert extract_text(PAGE) == extract_text(PAGE) != ""


def test_extract_text_of_an_empty_page_is_empty():
    assert extract_text("<html><body></body></html>") == ""


@pytest.mark.parametrize(
    ("repeats", "asks_jusText"),
    [pytest.param(1, True, id="short-extraction-is-checked"), pytest.param(40, False, id="long-extraction-is-kept")],
)
def test_only_shorter_extractions_get_a_second_opinion(monkeypatch, repeats, asks_jusText):
    import cleaner.html

    text = "\n".join([LONG_PROSE] * repeats)  # long enough that jusText cannot replace it
    assert (len(text) >= cleaner.html.SECOND_OPINION_MAX_CHARS) != asks_jusText
    asked = []
    monkeypatch.setattr(cleaner.html.trafilatura, "extract", lambda *args, **kwargs: text)
    monkeypatch.setattr(cleaner.html, "justext_paragraphs", lambda blocks, stopwords: asked.append(blocks) or [])
    assert extract_text(PAGE) == text
    assert bool(asked) == asks_jusText


ARTICLE_IN_DIVS = lxml.html.fromstring(
    "<html><body><div class='menu'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
    + "".join(f"<div class='x'><div>{PROSE}</div></div>" for _ in range(4))
    + "</body></html>"
)


@pytest.mark.parametrize(
    ("main_text", "replaced"),
    [
        pytest.param("Bridge works", True, id="short-text-jusText-finds-far-more"),
        pytest.param("Bridge works. " * 40, False, id="jusText-finds-less-than-three-times-as-much"),
        pytest.param("Bridge works. " * 80, False, id="text-long-enough-is-kept"),
    ],
)
def test_rescue_replaces_only_a_short_extraction(main_text, replaced):
    rescued = rescue(main_text, page_blocks(ARTICLE_IN_DIVS))
    if replaced:
        assert rescued is not None and rescued.count(PROSE.strip()) == 4 and "Home" not in rescued
    else:
        assert rescued is None
