"""The page's paragraphs, read from a parsed page in one walk, as jusText makes them.

cleaner.html compares them with the extractor's text to say which paragraphs the extractor left
out. justext.justext() would parse the page a second time, copy and clean the tree, then replay it
as SAX events into Python objects; this walk makes the same paragraphs from the tree already
parsed, without copying or changing it.

The walk follows jusText's preprocessor and ParagraphMaker:
- the subtrees the preprocessor kills are skipped (their tail text stays);
- the tags it drops (form, iframe, ...) are walked through as if they were not there;
- a paragraph tag, or a second <br> in a row, closes the paragraph; text inside <a> counts as
  link text.
"""

from __future__ import annotations

import re

from justext.core import PARAGRAPH_TAGS
from lxml import etree
from lxml.html import HtmlElement

# jusText's preprocessor (justext.core.preprocessor): scripts, styles, embedded objects, forms'
# fields and the <head> are removed with their content ...
_KILLED = frozenset({"head", "base", "script", "style", "link", "applet", "button", "input", "select", "textarea"})
# ... these lose their tag but keep their content.
_DROPPED = frozenset({"form", "iframe", "embed", "layer", "object", "param"})
# jusText's normalize_whitespace in two C-level passes: a whitespace run becomes "\n" if it
# holds a line break, else " ".
_BREAKING_RUN = re.compile(r"\s*[\r\n]\s*")
_OTHER_RUN = re.compile(r"[^\S\r\n]+")
# Whitespace the two passes would change: any but a lone space. Most texts have none, and one
# search costs less than two substitutions.
_UNNORMAL_SPACE = re.compile(r"[^\S ]|  ")
_HEADING = re.compile(r"\bh\d\b")  # jusText's Paragraph.is_heading


def _normalize(text: str) -> str:
    if not _UNNORMAL_SPACE.search(text):
        return text
    return _OTHER_RUN.sub(" ", _BREAKING_RUN.sub("\n", text))


class Block:
    """One paragraph: its text (whitespace normalized as jusText does), the dotted tag path of
    the element that holds it, and how many of its characters are link text."""

    __slots__ = ("text", "dom_path", "chars_count_in_links")

    def __init__(self, pieces: list[str], dom_path: str, chars_in_links: int) -> None:
        self.text = _normalize("".join(pieces).strip())
        self.dom_path = dom_path
        self.chars_count_in_links = chars_in_links

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_heading(self) -> bool:
        return bool(_HEADING.search(self.dom_path))

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0


def page_blocks(root: HtmlElement) -> list[Block]:
    """The page's paragraphs: jusText's SAX events (start, text, end, tail)
    replayed from lxml's own walk of the tree (etree.iterwalk), in one loop whose state lives in
    local variables (ParagraphMaker's attributes): it visits every element of the page."""
    blocks: list[Block] = []
    # the dotted tag path of every open element, outermost first: closing a paragraph reads the
    # last one instead of joining the path again
    paths = [""]
    pieces: list[str] = []  # the open paragraph's text, normalized once when it closes
    dom_path = ""
    link_chars = 0
    in_link = after_br = False
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        skipped = tag.__class__ is not str or tag in _KILLED  # with its content; its tail stays
        if event == "start":
            if skipped:
                walker.skip_subtree()  # its "end" event still comes, and reads the tail
                continue
            if tag not in _DROPPED:
                paths.append(f"{paths[-1]}.{tag}" if len(paths) > 1 else tag)
                if tag in PARAGRAPH_TAGS or (tag == "br" and after_br):
                    pieces, link_chars = _closed(blocks, pieces, dom_path, link_chars)
                    dom_path = paths[-1]
                elif tag == "br":
                    after_br = True
                    pieces.append(" ")
                else:
                    after_br = False
                    if tag == "a":
                        in_link = True
            content = element.text
        else:  # "end", or a comment or processing instruction (no content but its tail)
            if event == "end" and not skipped and tag not in _DROPPED:
                paths.pop()
                if tag in PARAGRAPH_TAGS:
                    pieces, link_chars = _closed(blocks, pieces, dom_path, link_chars)
                    dom_path = paths[-1]
                elif tag == "a":
                    in_link = False
            content = element.tail
        if content and not content.isspace():
            # runs never span two pieces differently, so the text is the same as jusText's
            pieces.append(content)
            if in_link:
                link_chars += len(_normalize(content))
            after_br = False
    _closed(blocks, pieces, dom_path, link_chars)
    return blocks


def _closed(blocks: list[Block], pieces: list[str], dom_path: str, link_chars: int) -> tuple[list[str], int]:
    """Closes the open paragraph (if any text is in it): the pieces and link characters of the next."""
    if not pieces:
        return pieces, link_chars
    block = Block(pieces, dom_path, link_chars)
    if block.text:  # a lone <br>'s space makes no paragraph
        blocks.append(block)
    return [], 0
