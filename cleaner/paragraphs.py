"""jusText's paragraphs, read from a parsed page in one walk.

justext.justext() parses the page a second time, copies and cleans the tree (lxml_html_clean),
then replays it as SAX events into Python objects that rebuild their text on every access: on our
pages it costs as much as trafilatura itself. This module makes the same paragraphs from the tree
trafilatura already parsed, without copying or changing it, and lets jusText's own functions
classify them (justext.core.classify_paragraphs and revise_paragraph_classification), so the
verdicts are jusText's.

The walk follows jusText's preprocessor and ParagraphMaker:
- the subtrees the preprocessor kills are skipped (their tail text stays);
- the tags it drops (form, iframe, ...) are walked through as if they were not there;
- a paragraph tag, or a second <br> in a row, closes the paragraph; text inside <a> counts as
  link text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from justext.core import (
    LENGTH_HIGH_DEFAULT,
    LENGTH_LOW_DEFAULT,
    MAX_HEADING_DISTANCE_DEFAULT,
    MAX_LINK_DENSITY_DEFAULT,
    PARAGRAPH_TAGS,
    STOPWORDS_HIGH_DEFAULT,
    STOPWORDS_LOW_DEFAULT,
    classify_paragraphs,
)
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


@dataclass(frozen=True)
class Thresholds:
    """jusText's classifier settings (the arguments of justext.justext)."""

    length_low: int = LENGTH_LOW_DEFAULT
    length_high: int = LENGTH_HIGH_DEFAULT
    stopwords_low: float = STOPWORDS_LOW_DEFAULT
    stopwords_high: float = STOPWORDS_HIGH_DEFAULT
    max_link_density: float = MAX_LINK_DENSITY_DEFAULT
    max_heading_distance: int = MAX_HEADING_DISTANCE_DEFAULT
    no_headings: bool = False


JUSTEXT_DEFAULTS = Thresholds()


class Block:
    """One paragraph, with the attributes and methods jusText's classifier reads."""

    __slots__ = ("text", "dom_path", "chars_count_in_links", "heading", "cf_class", "class_type", "_density",
                 "_density_of")

    def __init__(self, pieces: list[str], dom_path: str, chars_in_links: int) -> None:
        self.text = _normalize("".join(pieces).strip())
        self.dom_path = dom_path
        self.chars_count_in_links = chars_in_links
        self.heading = False
        self.cf_class = ""
        self.class_type = ""
        self._density = 0.0
        self._density_of: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_heading(self) -> bool:
        return bool(_HEADING.search(self.dom_path))

    def stopwords_density(self, stopwords: frozenset[str]) -> float:
        """Share of the words in `stopwords`; counted once per stoplist."""
        if self._density_of is not stopwords:
            words = self.text.lower().split()
            self._density = sum(map(stopwords.__contains__, words)) / len(words) if words else 0
            self._density_of = stopwords
        return self._density

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0


def page_blocks(root: HtmlElement) -> list[Block]:
    """The page's paragraphs, not yet classified: jusText's SAX events (start, text, end, tail)
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


def classify(blocks: list[Block], stopwords: frozenset[str], thresholds: Thresholds = JUSTEXT_DEFAULTS) -> list[Block]:
    """Sets jusText's classes on `blocks` (block.class_type == "good" is kept text); a later call
    replaces them."""
    t = thresholds
    classify_paragraphs(blocks, stopwords, t.length_low, t.length_high, t.stopwords_low, t.stopwords_high,
                        t.max_link_density, t.no_headings)
    _revise(blocks, t.max_heading_distance)
    return blocks


def classified_blocks(root: HtmlElement, stopwords: frozenset[str]) -> list[Block]:
    """The page's paragraphs with jusText's default classes."""
    return classify(page_blocks(root), stopwords)


def _revise(blocks: list[Block], max_heading_distance: int = MAX_HEADING_DISTANCE_DEFAULT) -> None:
    """jusText's revise_paragraph_classification in linear time (theirs looks for the
    neighbours of every short paragraph anew, which is quadratic on pages of short blocks).

    jusText's first pass ("good headings") compares with classes it has not copied yet, so it
    never changes anything; it is left out.
    """
    for block in blocks:
        block.class_type = block.cf_class
    # short blocks take the class of their good/bad neighbours (neargood ones break a tie)
    decided = _nearest(blocks, ("good", "bad"))
    any_class = _nearest(blocks, ("good", "bad", "neargood"))
    new_classes = {}
    for i, block in enumerate(blocks):
        if block.class_type != "short":
            continue
        (before, after), (before_any, after_any) = decided[i], any_class[i]
        if before == after == "good":
            new_classes[i] = "good"
        elif before == after == "bad":
            new_classes[i] = "bad"
        elif (before == "bad" and before_any == "neargood") or (after == "bad" and after_any == "neargood"):
            new_classes[i] = "good"
        else:
            new_classes[i] = "bad"
    for i, class_type in new_classes.items():
        blocks[i].class_type = class_type
    # neargood blocks are bad between two bad ones, else good; jusText settles them in page
    # order, so the block before is always settled already
    after = _nearest(blocks, ("good", "bad"))
    for i, block in enumerate(blocks):
        if block.class_type == "neargood":
            before = blocks[i - 1].class_type if i else "bad"
            block.class_type = "bad" if before == "bad" and after[i][1] == "bad" else "good"
    # headings jusText doubted are good when good text follows within a short distance
    for i, block in enumerate(blocks):
        if block.heading and block.class_type == "bad" and block.cf_class != "bad":
            distance = 0
            for following in blocks[i + 1:]:
                if distance > max_heading_distance:
                    break
                if following.class_type == "good":
                    block.class_type = "good"
                    break
                distance += len(following.text)


def _nearest(blocks: list[Block], classes: tuple[str, ...]) -> list[tuple[str, str]]:
    """For each block, the class of the nearest block before and after it whose class is one of
    `classes` ("bad" past either end), as jusText's get_prev/next_neighbour find them."""
    before, after = [], []
    last = "bad"
    for block in blocks:
        before.append(last)
        if block.class_type in classes:
            last = block.class_type
    last = "bad"
    for block in reversed(blocks):
        after.append(last)
        if block.class_type in classes:
            last = block.class_type
    after.reverse()
    return list(zip(before, after))
