"""Clean web pages written for the tests by writers who never saw the cleaner: each page's body is
its article and nothing else (tables of figures, definition lists, verse with line breaks, code,
figures with captions, FAQs in <details>, programmes, menus, glossaries; 44 pages in 21
languages). clean_html must keep every word of the body that it can: every word trafilatura's
extraction keeps, and on most pages every word there is.
"""

from __future__ import annotations

import collections
from pathlib import Path

import html_text
import lxml.html
import pytest
import regex

from cleaner import Cleaner
from cleaner.html import TRAFILATURA_SETTINGS, main_text

PAGES = Path(__file__).parent / "cleanpages"
CLEANER = Cleaner()

# Known misses (strict: a fix is noticed): what trafilatura leaves out of a page, which clean_html
# does not add back. Figures are most often a picture's caption and credit, an <aside> a sidebar.
KNOWN_MISSES = {
    "ekthesi-keramikis-mouseio-el.html": "the extractor leaves out the exhibition's figure captions",
    "harbour-tide-gauge-review-en.html": "the extractor leaves out the report's figure captions",
    "mingqian-longjing-pinjian-zh.html": "the extractor leaves out the tasting's figure caption",
    "receta-salmorejo-cordobes-es.html": "the extractor leaves out the recipe's figure caption",
    "grandmother-kitchen-words-en.html": "the extractor leaves out a note quoted in a <figure>",
    "programma-rassegna-organistica-it.html": "the extractor leaves out the programme's <aside> on an organ",
    # log<sub>2</sub>214: the extractor joins the subscript to its words ("log2214")
    "git-bisect-field-guide-en.html": "the extractor joins a subscript to the words around it",
}


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(regex.findall(r"\w+", text))


def body_text(html: str) -> str:
    """The page's visible text, its <head> left out."""
    tree = lxml.html.fromstring(html)
    for head in tree.xpath("//head"):
        head.drop_tree()
    return html_text.extract_text(tree, guess_layout=True)


PAGE_NAMES = sorted(path.name for path in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])] if name in KNOWN_MISSES else [])
    for name in PAGE_NAMES
])
def test_every_word_of_a_clean_pages_body_stays(name):
    html = (PAGES / name).read_text(encoding="utf-8")
    lost = words(body_text(html)) - words(CLEANER.clean_html(html).text)
    assert not lost, sorted(lost)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_word_the_extractor_keeps_of_a_clean_page_stays(name):
    html = (PAGES / name).read_text(encoding="utf-8")
    lost = words(main_text(html, settings=TRAFILATURA_SETTINGS)) - words(CLEANER.clean_html(html).text)
    assert not lost, sorted(lost)
