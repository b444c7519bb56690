"""Web pages written for the tests by writers who never saw the cleaner: a site's menus, cookie
banners, sidebars, footers, comments and related links around a main text marked
`data-gold="1"` (news, recipes, reviews, manuals, a wiki, forum threads, a shop's product page,
a council's notices, release notes, FAQs; 239 pages in 19 languages, 24 of them laid out the
old way, in tables). clean_html must never give less of the main text than trafilatura alone
gives, over all the pages it must come closer to the main text, and on a page laid out in a
table the main text's lines must come out as lines.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
import regex
import trafilatura

from cleaner import Cleaner

PAGES = Path(__file__).parent / "pages"
CLEANER = Cleaner()
# Blocks of a page, where its text breaks into lines.
_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd", "figcaption",
               "blockquote", "pre", "br", "section", "article", "table", "ul", "ol", "dl", "figure", "header",
               "footer", "address"}


def words(text: str) -> set[str]:
    return set(regex.findall(r"\w+", text))


def main_text(html: str) -> str:
    """The text of the element marked data-gold, a line per block."""
    marked = lxml.html.fromstring(html).xpath("//*[@data-gold]")[0]
    for element in marked.xpath(".//script|.//style"):
        element.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:
        block = element.tag in _BLOCK_TAGS
        parts.append("\n" if block else "")
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        parts.append("\n" if block else "")

    walk(marked)
    return regex.sub(r"\n\s*", "\n", "".join(parts)).strip()


# Known misses (strict: a fix is noticed).
KNOWN_MISSES = {
    # trafilatura with favor_recall (clean_html's extraction) leaves out a review's closing
    # rating, "Nota: 8,5/10", which its default settings keep
    "analise-aspirador-pt.html": "the extractor's favor_recall leaves out the review's rating line",
    # a manual's section "Скачать" (download) over a statement too short for prose ("Библиотека
    # опубликована в PyPI. Поддерживаются Python 3.9–3.12."): a sidebar's "Popular Posts" or
    # "Archives" stands over a teaser as short (keeping such titles kept 22 junk lines of
    # gold-bodies' article regions)
    "nastroyka-docs-ru.html": "furniture-line takes the manual's section title 'Скачать' over a short statement",
    # a blog post written as <span>s and <br>s: trafilatura's favor_recall starts at the sidebar's
    # tagline and leaves out the post's title, byline and first paragraph, which its defaults keep
    "zahrada-rajcata-cs.html": "the extractor's favor_recall leaves out the post's title, byline and first paragraph",
    # a contributing guide's <section id="comments"> (on writing code comments): trafilatura
    # without comments (clean_html's setting, for readers' comments) leaves the section out
    "contributing-guide-en.html": "the extractor leaves out a guide's section whose id is 'comments'",
    # a post whose every section title is a button's or a sidebar's word ("Теги", "Поиск",
    # "Архив"): no title that is no furniture shows the text to be cut into sections, as a
    # sidebar's titles stand in a row
    "domashnyaya-biblioteka-ru.html": "furniture-line takes the post's section titles 'Поиск' and 'Архив' (the last)",
    # a walk's key figures in an old-style table (border="1"): trafilatura's favor_recall leaves
    # the table out, its defaults keep it
    "wanderverein-tourbericht-de.html": "the extractor's favor_recall leaves out the walk's table of key figures",
}
CASES = [
    pytest.param(path.name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[path.name])]
                 if path.name in KNOWN_MISSES else [], id=path.name)
    for path in sorted(PAGES.glob("*.html"))
]


def trafilatura_text(html: str) -> str:
    return trafilatura.extract(html) or ""


def squash(text: str) -> str:
    return " ".join(text.split())


def pieces(output: str) -> set[str]:
    """An output's lines and table cells, without their list or heading marks."""
    found = set()
    for line in output.split("\n"):
        for piece in line.split("|") if line.lstrip().startswith("|") else [line]:
            found.add(squash(piece).lstrip("-*#> ").strip())
    return found


def held(line: str, output: str, output_pieces: set[str]) -> bool:
    """Whether the output holds the main text's line: as a line or a cell of its own, or, when
    it is long enough not to be found by chance, anywhere."""
    return line in output_pieces or (len(line) >= 15 and line in squash(output))


@pytest.mark.parametrize("name", CASES)
def test_clean_html_keeps_every_line_of_the_main_text_trafilatura_keeps(name):
    html = (PAGES / name).read_text(encoding="utf-8")
    theirs, ours = trafilatura_text(html), CLEANER.clean_html(html).text
    their_pieces, our_pieces = pieces(theirs), pieces(ours)
    lines = [squash(line) for line in main_text(html).split("\n") if regex.search(r"\w", line)]
    lost = [line for line in lines if held(line, theirs, their_pieces) and not held(line, ours, our_pieces)]
    assert lost == []


def f1(outputs: list[str], golds: list[str]) -> float:
    """F1 of the words' sets, precision and recall averaged over the pages."""
    precisions, recalls = [], []
    for output, gold in zip(outputs, golds):
        found, wanted = words(output), words(gold)
        precisions.append(len(found & wanted) / len(found) if found else 0.0)
        recalls.append(len(found & wanted) / len(wanted))
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 2 * p * r / (p + r)


def test_over_all_pages_clean_html_comes_closer_to_the_main_text_than_trafilatura():
    pages = [path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("*.html"))]
    golds = [main_text(html) for html in pages]
    ours = f1([CLEANER.clean_html(html).text for html in pages], golds)
    theirs = f1([trafilatura_text(html) for html in pages], golds)
    assert len(pages) >= 20
    assert ours > theirs + 0.01


def laid_out_in_a_table(html: str) -> bool:
    marked = lxml.html.fromstring(html).xpath("//*[@data-gold]")[0]
    return marked.tag == "td" or bool(marked.xpath("ancestor::td"))


def test_on_pages_laid_out_in_tables_the_main_texts_lines_are_lines():
    # trafilatura writes a table a Markdown row a line: a page whose article sits in a layout
    # table's cell would come out as one row holding every paragraph (29 of these 38 pages gave
    # under half their lines as lines; 2 do now, two forum threads)
    pages = [html for html in (path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("*.html")))
             if laid_out_in_a_table(html)]
    found = wanted = 0
    for html in pages:
        ours = pieces(CLEANER.clean_html(html).text)
        lines = [squash(line) for line in main_text(html).split("\n") if regex.search(r"\w", line)]
        found += sum(line in ours for line in lines)
        wanted += len(lines)
    assert len(pages) >= 30
    assert found >= 0.9 * wanted
