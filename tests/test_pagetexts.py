"""Whole web pages flattened to text (as html-text, lynx -dump or a Common Crawl WET record write
them), written for the tests by writers who never saw the cleaner: 60 pages in 19 languages,
each NAME.txt with NAME.keep.txt, the lines of its main text. Half are articles (news, reviews,
reports, notices, interviews, how-tos) among menus, teasers and comment threads; half have a
main text of short lines a scorer could take for a menu (poems, song lyrics, hymns, a play and
a screenplay, recipes, timetables, league tables, menus, glossaries, forum threads, opening
hours, tables of contents). Page mode must keep every line of the main text; the pages where it
does not are strict known misses, each with the family it belongs to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, Options

PAGES = Path(__file__).parent / "pagetexts"
PAGE_MODE = Cleaner(options=Options(mode="page"))

HEADLINE = "the page's title, byline or date over the main text, short lines the scorer reads as the site's"
LIST = "a list of short lines without sentences (ingredients, pros and cons, tools), beside the prose it goes with"
SCRIPT = "a play's or a screenplay's speeches: short lines under names in capitals, no verse to the verse check"
TABLE = "a timetable's or a league table's rows and labels, lines of figures among the site's menus"
THREAD = "a forum post's date or a short reply among the thread's buttons, ranks and post counts"
LAST_LINE = "a last short line of the main text (a thanks, a credit, a tip) next to the page's footer"

KNOWN_MISSES = {
    "berita-banjir-id": HEADLINE,
    "blog-sauerteig-de": HEADLINE,
    "cancion-verano-es": HEADLINE,
    "carta-restaurante-es": "a menu's section headings (Carnes, Postres) among its dishes",
    "cestopis-sumava-cs": "a day's subheading (Den třetí: Prášily – Železná Ruda) over its section",
    "commedia-lago-it": SCRIPT,
    "critique-casque-fr": LIST,
    "cronica-futbol-es": "a match report's data box (Ficha técnica, Árbitro: ...) under its story",
    "dienstregeling-trein-nl": TABLE,
    "entrevista-ceramista-es": "the interview's credits (Texto: ... · Fotos: ...)",
    "felieton-kolej-pl": HEADLINE,
    "forum-rassada-ru": THREAD,
    "godziny-klub-pl": "a club's contact headings and e-mail line among its sidebar's",
    "haber-deprem-tatbikati-tr": HEADLINE,
    "hymn-evening-en": LAST_LINE,
    "kommune-affald-da": LIST,
    "lvyou-guilin-zh": HEADLINE,
    "nachricht-radweg-de": LAST_LINE,
    "nieuws-dijk-nl": HEADLINE,
    "openingstijden-bibliotheek-nl": "a library's branch and section headings among its sidebar's",
    "poeme-mer-fr": HEADLINE,
    "puan-tablosu-tr": TABLE,
    "receita-bolo-pt": LAST_LINE,
    "recensie-ebike-nl": HEADLINE,
    "recension-kaffebryggare-sv": LIST,
    "recept-gulas-cs": LIST,
    "relacja-siatkowka-pl": LAST_LINE,
    "screenplay-diner-en": SCRIPT,
    "sports-cricket-en": LIST,
}


def pages() -> list[str]:
    return sorted(path.name[: -len(".txt")] for path in PAGES.glob("*.txt") if not path.name.endswith(".keep.txt"))


def lost_lines(name: str) -> list[str]:
    """The main text's lines that page mode's output does not hold as lines."""
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    keep = [line.strip() for line in (PAGES / f"{name}.keep.txt").read_text(encoding="utf-8").splitlines()]
    kept = {line.strip() for line in PAGE_MODE.clean(text).text.splitlines()}
    return [line for line in keep if line and line not in kept]


def test_every_page_has_its_main_text_and_every_miss_a_page():
    names = pages()
    assert len(names) == 60
    for name in names:
        lines = {line.strip() for line in (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()}
        keep = (PAGES / f"{name}.keep.txt").read_text(encoding="utf-8").splitlines()
        assert keep and all(line.strip() in lines for line in keep), name
    assert set(KNOWN_MISSES) <= set(names)


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])) if name in KNOWN_MISSES
    else name
    for name in pages()
])
def test_page_mode_keeps_every_line_of_the_main_text(name):
    assert lost_lines(name) == []
