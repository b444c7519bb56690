"""The scans that say where a heuristic could speak (cleaner/candidates.py) never miss a line it
removes: on every block of the test corpus, a heuristic that speaks on a block had it among its
candidates (inline.candidates)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from conftest import SAMPLES

from cleaner import inline
from cleaner.candidates import Lines, runs_of
from cleaner.normalize import normalize_lines
from cleaner.segment import segment

GENRES = Path(__file__).parent / "genres"

# Lines each scanned heuristic takes, between paragraphs of prose, so that every heuristic
# speaks at least once in the corpus below (else the property would hold for nothing).
PROSE = "The council met on Tuesday evening and approved the budget for the coming year after a long debate."
FURNITURE_DOCUMENT = "\n\n".join([
    PROSE, "Advertisement", PROSE, "Teilen | Drucken | E-Mail", PROSE, "Share (3)", PROSE,
    "Image 1 of 4", PROSE, "Foto 3 von 12", PROSE, "Photo 2/9", PROSE,
    "Buy now at Amazon", "$19.99 at Harbour Tools", "ab 24,90 €", PROSE,
    "2019-05-12T10:00:00Z", PROSE, "harbour_at_dawn.JPG", PROSE,
    "Recipes (56)\nGardening (12)\nTravel [4]\n▼ 2012 (188)", PROSE,
])


def _documents() -> list[str]:
    found = [FURNITURE_DOCUMENT]
    found += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*/*.txt"))]
    found += [p.read_text(encoding="utf-8") for p in sorted(GENRES.iterdir()) if p.is_file()]
    try:
        from benchmarks.corpus import DATA, flat_texts

        if (DATA / "index.jsonl").exists():
            found += flat_texts()[:300]
    except Exception:  # the shared data is not on this machine
        pass
    return found


@pytest.fixture(scope="module")
def documents():
    return [segment(normalize_lines(text.split("\n"))) for text in _documents()]


def test_a_heuristic_speaks_only_on_its_candidates(documents):
    heuristics = [finder for finder, *_ in inline.FINDERS] + [*inline.JUDGES, *inline.ARTICLE_JUDGES]
    spoke = dict.fromkeys(heuristics, 0)
    for blocks in documents:
        where = inline.candidates(blocks, heuristics)
        for i, block in enumerate(blocks):
            if block.word_count > inline.SHORT_LINE_MAX_WORDS:
                continue
            for heuristic in heuristics:
                if heuristic(blocks, i):
                    spoke[heuristic] += 1
                    assert i in where[heuristic], (heuristic.__name__, block.text)
    assert all(spoke.values()), {h.__name__: n for h, n in spoke.items()}


def test_judge_gives_what_every_heuristic_on_every_line_gives(documents, monkeypatch):
    """judge asks each heuristic only of its candidates; asking each of every short block gives
    the same verdicts."""
    scanned = {(n, page): inline.judge(blocks, page=page) for n, blocks in enumerate(documents) for page in (0, 1)}

    def everywhere(blocks, heuristics):
        short = {i for i, block in enumerate(blocks) if block.word_count <= inline.SHORT_LINE_MAX_WORDS}
        return dict.fromkeys(heuristics, short)

    monkeypatch.setattr(inline, "candidates", everywhere)
    for (n, page), verdicts in scanned.items():
        assert inline.judge(documents[n], page=bool(page)) == verdicts


@pytest.mark.parametrize(
    ("texts", "pattern", "expected"),
    [
        (["no digit", "Image 1 of 4", "", "2/9"], r"\d", {1, 3}),
        (["a (1)", "b (2) (3)", "c"], r"\(\d\)", {0, 1}),
        ([], r"\d", set()),
    ],
)
def test_lines_where(texts, pattern, expected):
    assert Lines(list(range(len(texts))), texts).where(regex.compile(pattern)) == expected


@pytest.mark.parametrize(
    ("text", "made_of"),
    [
        ("Share | E-Mail", True),
        ("SHARE (3)", True),
        ("Share 3,5k", True),
        ("Share the burden", False),
        ("| (3) |", True),  # numbers alone: a candidate (vocabulary.cover then finds no phrase)
        ("", False),
    ],
)
def test_lines_made_of(text, made_of):
    runs = runs_of(frozenset({"share", "e-mail"}))
    assert (Lines([7], [text]).made_of(runs) == {7}) is made_of
