"""cleaner.paragraphs must make jusText's paragraphs, only faster."""

from __future__ import annotations

import justext
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.language import stoplists
from cleaner.paragraphs import page_blocks

ENGLISH = stoplists()["English"]
PROSE = (
    "The council said on Tuesday that the work on the bridge would start in the spring, and that "
    "the road would stay open for most of the time while the engineers replaced the old beams."
)
PAGES = {
    "article-with-navigation": (
        "<html><head><title>Bridge</title><style>p {color: red}</style></head><body>"
        "<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>"
        f"<h1>Bridge works</h1><p>{PROSE}</p><p>{PROSE} <a href='/more'>Read more</a></p>"
        "<p>Short line.</p><footer>© 2024 Example Media</footer></body></html>"
    ),
    "br-separated-text": (
        f"<html><body><div>{PROSE}<br>{PROSE}<br><br>{PROSE}<br/>\n<br/>Last words here.</div>"
        "<div><br></div><div>\n<div><br /></div>After an empty block.</div></body></html>"
    ),
    "scripts-forms-and-comments-are-skipped": (
        "<html><body><script>var x = 'not text';</script><!-- a comment -->"
        f"<form action='/s'>Search the site <input name='q'> <select><option>One</option></select>"
        f"<button>Go</button> now</form><p>{PROSE}</p><iframe>Frame text</iframe>"
        "<noscript>Enable JavaScript</noscript></body></html>"
    ),
    "headings-near-good-text": (
        f"<html><body><h2>What happens next</h2><p>{PROSE}</p><h3>Related</h3>"
        "<p><a href='/a'>Another story</a></p><p><a href='/b'>And another story</a></p>"
        f"<div><h4>Inside a <span>section</span></h4>tail text of the heading</div><p>{PROSE}</p></body></html>"
    ),
    "whitespace-runs": (
        f"<html><body><p>  Line one\n   line two\t\tand   three  </p><pre>keep\n\n  lines</pre><p>{PROSE}\r\n</p></body></html>"
    ),
}


def features(paragraphs) -> list[tuple]:
    return [(p.text, p.chars_count_in_links, p.is_heading) for p in paragraphs]


@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_same_paragraphs_as_justext(html):
    expected = features(justext.justext(html, ENGLISH))
    assert expected  # the example gives jusText paragraphs to make
    assert features(page_blocks(lxml.html.fromstring(html))) == expected


def test_the_tree_is_left_unchanged():
    tree = lxml.html.fromstring(PAGES["scripts-forms-and-comments-are-skipped"])
    before = lxml.html.tostring(tree)
    page_blocks(tree)
    assert lxml.html.tostring(tree) == before


@given(st.text(alphabet=" \t\n\r\u00a0\u2003ab.", max_size=30))
def test_whitespace_normalizing_skips_only_texts_it_would_not_change(text):
    from justext.utils import normalize_whitespace

    from cleaner.paragraphs import _normalize

    assert _normalize(text) == normalize_whitespace(text)
