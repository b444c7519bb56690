"""Signs of a text cut into titled sections: a title between two sections or over the last one,
a heading in capitals among others like it, a title shaped as the text's others, a gallery's
title.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import regex

from cleaner.lines import (
    ARTICLE_FURNITURE,
    SENTENCE_MIN_WORDS,
    count_words,
    ends_a_sentence,
    is_date_line,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own.common import (
    CAPITAL_FIRST,
    DEFINITION_END,
    DEFINITION_MIN_WORDS,
    FURNITURE_FAMILIES,
    SECTION_TITLE_MAX_WORDS,
    SECTIONED_MIN_TITLES,
    _a_sentence,
    _a_title,
    a_name,
    a_name_or_no_call,
    furniture_families,
    line_counts,
    names_other_families,
    no_call,
    paragraphs_of,
    rest_of_paragraph,
    without_blank_lines,
)
from cleaner.own.verse import _a_poem
from cleaner.segment import sentences
from cleaner.vocabulary import vocabulary, word_tuple


def _between_titled_sections(blocks: list[Block], i: int) -> bool:
    """A title of a text made of titled sections, each a title over its paragraphs, between two
    such sections, over prose ("Tarifs" over its prices, "Accueil" over the pool's rules,
    "Accès" over its buses, "The archive" in a letter, "Zurück" over the way home's date and
    its times): a leaflet's, a manual's or a letter's heading, however like a button its word
    ("Accueil", "Menu", "Podcast"); a section's body may be a statement of a few words ("Scale
    factor to adjust the rendering size.", a manual's option). The sections around it may have
    titles like a button's too ("Newsletter", "Share"), if SECTIONED_MIN_TITLES others are no
    furniture; the first section's title ("Anterior", the minutes of the meeting before, under
    the minutes' title and who came; "Galerie" right under an exhibition booklet's title) only
    so. A sidebar's "Archives" stands over a list of links,
    and an ad's label is no title ("Advertisement" between a story's paragraphs, under a
    subheading and above the next: 7 such on gold-bodies' article regions)."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    if not 1 <= p < len(paragraphs) - 3 or len(paragraphs[p]) != 1 or not a_name_or_no_call(blocks[i]):
        return False
    before = _title_past_bodies(blocks, paragraphs, range(p - 1, -1, -1))
    after = _title_past_bodies(blocks, paragraphs, range(p + 1, len(paragraphs) - 1))
    # the first section, under the text's title (and its opening prose): only beside other titles
    first = before is None and all(_a_section_body(blocks, paragraphs[q]) for q in range(1, p))
    if (before is None and not first) or after is None or not _in_the_titles_case(blocks, i):
        return False
    if before is not None and _a_plain_title(blocks, paragraphs[before]) and _a_plain_title(blocks, paragraphs[after]):
        below = paragraphs[p + 1]
        under = [blocks[k].text for k in below]
        # prose, or a day's date over what happens that day
        prose = _prose_or_its_lead_in(under[0]) or (is_date_line(under[0]) and any(map(_prose_or_its_lead_in, under)))
        return prose or _a_gallery(blocks, i, below) or _a_list_of_fields(blocks, below)
    # beside sections titled like buttons, in a text that other titles cut into sections
    body = _sentences_or_their_lead_in(blocks[i + 1].text) or _a_list_of_fields(blocks, paragraphs[p + 1])
    return body and len(_plain_titles_over_bodies(blocks) - {p}) >= SECTIONED_MIN_TITLES


# A discussion's section in minutes or a report: at least this many paragraphs of sentences
# under its title
DISCUSSION_MIN_PARAGRAPHS = 2


def _titles_a_discussion_in_prose(blocks: list[Block], i: int) -> bool:
    """A comment section's word as a title alone in its paragraph ("Discussione", "Dyskusja"),
    over DISCUSSION_MIN_PARAGRAPHS paragraphs or more whose every line is a sentence, in a text
    with another plain title over its section: the members' discussion in minutes or a report,
    be it under a post they quote. A page's comments open on a commenter's name, a byline or a
    date, short lines, and a call to comment is no title ("Add a Comment" over a thread whose
    bylines an extractor dropped: five of gold-bodies' article regions)."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    if len(paragraphs[p]) != 1 or not _a_title(blocks, i) or not no_call(blocks[i]):
        return False
    if furniture_families(blocks[i].text) != {"comment"}:
        return False
    under = paragraphs[p + 1:p + 1 + DISCUSSION_MIN_PARAGRAPHS]
    if len(under) < DISCUSSION_MIN_PARAGRAPHS or not all(_a_sentence(blocks[k]) for q in under for k in q):
        return False
    return bool(_plain_titles_over_bodies(blocks) - {p})


# A text told in buttons: at least this many section titles, the first of them among the text's
# first BUTTON_SECTIONS_START paragraphs.
BUTTON_SECTIONS_MIN = 4
BUTTON_SECTIONS_START = 3


def _titles_a_section_told_in_buttons(blocks: list[Block], i: int) -> bool:
    """A title of a text cut, from its first paragraphs to its end, into BUTTON_SECTIONS_MIN
    sections or more, each a title of its own (all different) over prose, a poem or a sentence,
    and nothing else: a story or a poem told in the buttons its people press ("Sign up", "Log
    in", "Forgot password", "Accept", "Share", "Unsubscribe" over a poem's stanzas). The signs
    of a sectioned text ask for two titles or more that are no furniture. A page's boxes stand
    over links, headlines and buttons, not each over prose."""
    return blocks[i].paragraph in _sections_told_in_buttons(blocks)


@once_per_document
def _sections_told_in_buttons(blocks: list[Block]) -> frozenset[int]:
    """The title paragraphs of a text told in buttons (_titles_a_section_told_in_buttons)."""
    paragraphs = paragraphs_of(blocks)
    titles = [p for p in range(1, len(paragraphs) - 1) if _shaped_as_a_title(blocks, paragraphs[p])]
    if len(titles) < BUTTON_SECTIONS_MIN or titles[0] > BUTTON_SECTIONS_START:
        return frozenset()
    names = [blocks[paragraphs[p][0]].text.strip().casefold() for p in titles]
    if len(set(names)) < len(names) or not any(furniture_families(name) for name in names):
        return frozenset()
    last = len(paragraphs) - 1
    # (the text may end on its place and date, "Olsztyn, zima 2020", under its last section)
    end = last if _a_sign_off(blocks, paragraphs[last]) and titles[-1] + 1 < last else len(paragraphs)
    bodies = [p for p in range(titles[0] + 1, end) if p not in titles]
    if not all(p + 1 in bodies for p in titles):
        return frozenset()
    if not all(_prose_or_a_poem(blocks, paragraphs[p]) for p in bodies):
        return frozenset()
    return frozenset(titles)


# A text's sign-off: one line of at most this many words, no furniture ("Sète, 2019 – 2022")
SIGN_OFF_MAX_WORDS = 5


def _a_sign_off(blocks: list[Block], paragraph: list[int]) -> bool:
    line = blocks[paragraph[0]]
    return len(paragraph) == 1 and line.word_count <= SIGN_OFF_MAX_WORDS and not furniture_families(line.text)


def _prose_or_a_poem(blocks: list[Block], paragraph: list[int]) -> bool:
    """Prose, a poem (lines that flow: _a_poem, or several lines whose last ends a sentence), or
    a line that ends a sentence ("Nichts.")."""
    lines = [blocks[k] for k in paragraph]
    first, last = lines[0].text, lines[-1].text
    return (
        _sentences_or_their_lead_in(first) or _a_poem(lines) or ends_a_sentence(first)
        or (len(lines) > 1 and ends_a_sentence(last))
    )


# A run of entries: at least this many paragraphs, each a heading line of at most
# ENTRY_HEADING_MAX_WORDS words over its prose.
ENTRIES_MIN = 3
ENTRY_HEADING_MAX_WORDS = 12


def _titles_a_run_of_entries(blocks: list[Block], i: int) -> bool:
    """A media word's title ("Galleria", "Смотреть") over a run of ENTRIES_MIN entries or more,
    each a heading line over its prose, the text going on in titled sections after them: a
    photo course's pictures each over its critique, a film club's screenings each over what it
    will talk about. A gallery's title between a story's paragraphs stands over prose, or over
    captions and their credits, and a player's over nothing of the kind."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    if len(paragraphs[p]) != 1 or not a_name_or_no_call(blocks[i]) or not _in_the_titles_case(blocks, i):
        return False
    if furniture_families(blocks[i].text) != {"media"}:
        return False
    titles = _plain_titles_over_bodies(blocks)
    entries, q = 0, p + 1
    while q < len(paragraphs) and q not in titles:
        if not (_an_entry(blocks, paragraphs[q]) or _a_heading_alone(blocks, paragraphs[q])):
            return False
        entries += _an_entry(blocks, paragraphs[q])
        q += 1
    return entries >= ENTRIES_MIN and q in titles


def _an_entry(blocks: list[Block], paragraph: list[int]) -> bool:
    """A heading line ending no sentence over prose that ends one (on lines of any width)."""
    prose = " ".join(blocks[k].text for k in paragraph[1:])
    return _a_heading_alone(blocks, paragraph[:1]) and reads_as_prose(prose) and ends_a_sentence(prose)


def _a_heading_alone(blocks: list[Block], paragraph: list[int]) -> bool:
    if len(paragraph) != 1:
        return False
    text = blocks[paragraph[0]].text
    return count_words(text) <= ENTRY_HEADING_MAX_WORDS and not ends_a_sentence(text) and not furniture_families(text)


# The last section of a text ends at most this many paragraphs after its title.
LAST_SECTION_MAX_PARAGRAPHS = 3


def _over_the_last_section(blocks: list[Block], i: int) -> bool:
    """The title of a text's last section, over prose that ends a sentence (on a line of the
    paragraph under it), a list of fields or a list of references, in a text that other titles,
    none furniture, cut into sections ("Home" over a walk's closing paragraphs after "Day one"
    and "Day two"; "Télécharger" over where to find the album; "Kontakt" over a name and where
    reports go, "Impressum" over a school paper's masthead, "Para ouvir" over the recordings a
    talk names): the sections' last heading, however like a button its word. A share button,
    a call to subscribe or a comment's is no title ("Tweet" over a post's "This entry was
    posted in ..."), and a pager's "Previous" stands over a headline cut short ("... Car of
    Th...")."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    last = len(paragraphs) - 1
    if not 2 <= p < last or last - p > LAST_SECTION_MAX_PARAGRAPHS or len(paragraphs[p]) != 1:
        return False
    block, under = blocks[i], blocks[i + 1].text
    if not a_name_or_no_call(block) or not _in_the_titles_case(blocks, i) or _CUT_SHORT.search(under):
        return False
    if vocabulary().cover(block.text, _NO_TITLE_FAMILIES) is not None:
        return False
    section = [blocks[k].text for k in paragraphs[p + 1]]
    body = (
        any(_sentences_or_their_lead_in(text) for text in section)
        or _a_list_of_fields(blocks, paragraphs[p + 1])
        or _a_list_of_references(blocks, paragraphs[p + 1])
    )
    return body and bool(_plain_titles_over_bodies(blocks) - {p})


# Buttons that title no section of a text: a share button, a call to subscribe, a comment's, a
# pager's.
_NO_TITLE_FAMILIES = ("share", "subscribe", "comment", "reply", "thread", "pager")
# A teaser's text cut short: three dots after a letter ("... Car of Th...").
_CUT_SHORT = regex.compile(r"\w(?:\.\.\.|…)\s*$")


def _a_heading_in_capitals_like_the_others(blocks: list[Block], i: int) -> bool:
    """A heading in capitals over its paragraph's lines, in a text whose other paragraphs open
    with such headings that are no furniture: a menu's "TO SHARE" among "SWEET THINGS" and
    "DRINKS", over its dishes. An ad's label or a comment's button is no heading
    ("ADVERTISEMENT", "REPLY")."""
    block = blocks[i]
    if not _a_capitals_heading(blocks, i) or vocabulary().cover(block.text, ("reply", "ad")) is not None:
        return False
    return len(_capitals_headings(blocks) - {i}) >= SECTIONED_MIN_TITLES


# A section under a heading in capitals holds a sentence of at least this many words (a litany's
# "Todos: perdónanos, Señor."), where a sidebar's links end none
CAPITALS_SECTION_SENTENCE_MIN_WORDS = 3


def _a_capitals_heading(blocks: list[Block], k: int) -> bool:
    """A short line in capitals that opens its paragraph, with more lines of it below, or alone
    in its paragraph over one of several lines that holds a sentence (a litany's "CONCLUSIÓN"
    over its invocations and responses; a sidebar's "PRETTY THINGS" stands over links)."""
    block = blocks[k]
    if not (block.text.isupper() and block.word_count <= SECTION_TITLE_MAX_WORDS and not ends_a_sentence(block.text)):
        return False
    if without_blank_lines(blocks):
        return _a_capitals_heading_of_running_lines(blocks, k)
    if not ((k == 0 or blocks[k - 1].paragraph != block.paragraph) and k + 1 < len(blocks)):
        return False
    if blocks[k + 1].paragraph == block.paragraph:
        return True
    below = rest_of_paragraph(blocks, k + 1)
    return len(below) > 1 and any(
        line.word_count >= CAPITALS_SECTION_SENTENCE_MIN_WORDS and ends_a_sentence(line.text) for line in below
    )



def _a_capitals_heading_of_running_lines(blocks: list[Block], k: int) -> bool:
    """In a text with no blank line (or a blank line after every line), a line in capitals
    over lines that are not, down to the next line in capitals, one of them a sentence: the
    capitals part the text where its blank lines would ("GALLERIA" over its one sentence,
    between "EVENTI" and "CONTATTI")."""
    section = _lines_down_to(blocks, k, lambda block: block.text.isupper())
    return any(
        line.word_count >= CAPITALS_SECTION_SENTENCE_MIN_WORDS and ends_a_sentence(line.text) for line in section
    )


def _lines_down_to(blocks: list[Block], k: int, next_title: Callable[[Block], bool]) -> list[Block]:
    """The lines under title k down to the next line that `next_title` holds to be a title."""
    return list(itertools.takewhile(lambda block: not next_title(block), blocks[k + 1:]))

@once_per_document
def _capitals_headings(blocks: list[Block]) -> frozenset[int]:
    """The headings in capitals (_a_capitals_heading) that are no furniture."""
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks))
        if _a_capitals_heading(blocks, k) and v.cover(blocks[k].text, (*FURNITURE_FAMILIES, "widget")) is None
    )


def _sentences_or_their_lead_in(text: str) -> bool:
    """Prose that ends a sentence, or its lead-in: a widget's long line ("Select Month August
    2012 (49) July 2012 (165) ...") ends none."""
    return (reads_as_prose(text) and ends_a_sentence(text)) or _a_lead_in(text) or _a_question(text)


def _a_question(text: str) -> bool:
    """A question of a sentence's length: an FAQ's, under its section's title ("Hoe log ik in?")."""
    return text.rstrip().endswith(("?", "？")) and count_words(text) >= SENTENCE_MIN_WORDS


def _in_the_titles_case(blocks: list[Block], i: int) -> bool:
    """A line in capitals is one of the text's titles only when another is in capitals too: a
    caption's button "HIDE CAPTION" among a gallery's titles "Open access", "Taking reservations"."""
    if not blocks[i].text.isupper():
        return True
    paragraphs = paragraphs_of(blocks)
    return any(blocks[paragraphs[q][0]].text.isupper() for q in _plain_titles_over_bodies(blocks))


@once_per_document
def _plain_titles_over_bodies(blocks: list[Block]) -> frozenset[int]:
    """The paragraphs that are plain titles (no furniture) over a section's body."""
    paragraphs = paragraphs_of(blocks)
    return frozenset(
        q for q in range(len(paragraphs) - 1)
        if _a_plain_title(blocks, paragraphs[q]) and _a_section_body(blocks, paragraphs[q + 1])
    )


# A lead-in is a sentence of at least this many words that ends in a colon ("Select My Account at
# the top of any page. You will need:"): prose that goes on in the list under it.
LEAD_IN_MIN_WORDS = 8


def _prose_or_its_lead_in(text: str) -> bool:
    return reads_as_prose(text) or _a_lead_in(text)


def _a_lead_in(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith(":") and len(stripped.split()) >= LEAD_IN_MIN_WORDS


def _title_past_bodies(blocks: list[Block], paragraphs: list[list[int]], order: Iterable[int]) -> int | None:
    """The paragraph of the line shaped as a title that the paragraphs in `order` reach past a
    section's body, one or more: the title of the section before a title (read backwards) or of
    the one after the section under it; None when they reach none."""
    for bodies, q in enumerate(order):
        if _shaped_as_a_title(blocks, paragraphs[q]):
            return q if bodies > 0 else None
        if not _a_section_body(blocks, paragraphs[q]):
            return None
    return None


# A post's taxonomy ("Categories:", "Tags:") and a footer's contact details ("Phone:", "E-mail:")
# label their fields with furniture
_NO_FIELD_LABEL = (*ARTICLE_FURNITURE, "widget", "contact")
# A field of a list: a label of a few words, a colon and its value ("Posizione: 10/10")
_A_FIELD = regex.compile(r"^\s*([^\W\d][^:]{0,38}):\s*\S")


def _a_list_of_fields(blocks: list[Block], paragraph: list[int]) -> bool:
    """A section's body of two lines or more, each a label, a colon and its value, no label
    furniture: a review's scores ("Posizione: 10/10" / "Camera: 8/10"), a sheet's facts. A
    post's taxonomy and a footer's contact details are labelled with furniture ("Tags:",
    "Phone:"): on gold-bodies, a "Tweet" over "Categories: ..." / "Tags: ..." would stay."""
    if len(paragraph) < 2:
        return False
    fields = [_A_FIELD.match(blocks[k].text) for k in paragraph]
    v = vocabulary()
    return all(field is not None and v.cover(field.group(1), _NO_FIELD_LABEL) is None for field in fields)


# A reference names its work in at least this many words: 'Cartola, "Alvorada", 1974.'
REFERENCE_MIN_WORDS = 3


def _a_list_of_references(blocks: list[Block], paragraph: list[int]) -> bool:
    """A section's body of two lines or more, each of REFERENCE_MIN_WORDS words or more ending
    in a full stop, none furniture: a list of recordings, books or sources ('Donga, "Pelo
    Telefone", gravação de Baiano, 1917.'), too short for sentences. A related box's headlines
    end in no full stop."""
    lines = [blocks[k] for k in paragraph]
    return len(lines) >= 2 and all(
        line.word_count >= REFERENCE_MIN_WORDS and line.text.rstrip().endswith(".")
        and not furniture_families(line.text)
        for line in lines
    )


# A caption names what a picture shows: on average at least this many words a line.
CAPTION_MEAN_WORDS = 3
# A label's colon, a menu's separator, a handle's "@": no caption holds one
_NO_CAPTION = regex.compile(r"[|@:]")


def _a_gallery(blocks: list[Block], i: int, paragraph: list[int]) -> bool:
    """A gallery's title ("Gallery", "Галерея") over its pictures' captions: lines of
    CAPTION_MEAN_WORDS words or more on average ("Mosaic of the Virgin", "The bell tower from
    the street"), none furniture, a label ("Tags: ...") or a date. A menu's links are a word or
    two, an archive's lines dates."""
    lines = [blocks[k] for k in paragraph]
    return (
        "media" in furniture_families(blocks[i].text) and len(lines) >= 2
        and sum(b.word_count for b in lines) >= CAPTION_MEAN_WORDS * len(lines)
        and not any(furniture_families(b.text) or _NO_CAPTION.search(b.text) or is_date_line(b.text) for b in lines)
    )


def _a_plain_title(blocks: list[Block], paragraph: list[int]) -> bool:
    """A paragraph shaped as a title that is no furniture nor a widget's title ("Categories")."""
    return _shaped_as_a_title(blocks, paragraph) and (
        vocabulary().cover(blocks[paragraph[0]].text, (*FURNITURE_FAMILIES, "widget")) is None
    )


def _shaped_as_a_title(blocks: list[Block], paragraph: list[int]) -> bool:
    """A paragraph of one short line that opens with a capital and ends no sentence."""
    if len(paragraph) != 1:
        return False
    block = blocks[paragraph[0]]
    return (
        block.word_count <= SECTION_TITLE_MAX_WORDS and CAPITAL_FIRST.match(block.text) is not None
        and not ends_a_sentence(block.text)
    )


def _a_section_body(blocks: list[Block], paragraph: list[int]) -> bool:
    """A paragraph of several lines, of prose or of its lead-in, or a statement ending in a full
    stop (a manual's option described in a sentence: "Scale factor to adjust the rendering
    size."): a section's text, not a line of a menu."""
    if len(paragraph) != 1:
        return len(paragraph) > 1
    text = blocks[paragraph[0]].text
    return _prose_or_its_lead_in(text) or (
        blocks[paragraph[0]].word_count >= DEFINITION_MIN_WORDS and DEFINITION_END.search(text.rstrip()) is not None
    )


# Furniture that is a box's title, not a section's, even among titles like it: a share or comment
# button, a pager, a related-content or popular-posts box, a gallery's.
_A_BOXS_TITLE = ("share", "comment", "reply", "thread", "pager", "related", "popular", "media")


def _titled_like_the_others(blocks: list[Block], i: int) -> bool:
    """A section's title shaped as SECTIONED_MIN_TITLES or more other titles of the text that
    are no furniture, each over its section: in capitals or not, ending in a colon or not as
    they do ("Konto:" among "Rejestracja:", "Wypożyczanie:", "Wyszukiwanie:"; "ACCUEIL" among
    "LES MISSIONS", "AIDE", "CONFIDENTIALITÉ"). A leaflet's or a guide's heading, however like a
    button its word, once in the text; a share button or a related box titles no section, an
    ad's word only in a text of short sections ("Реклама" over a club's income from banners,
    where an ad slot parts a story's long sections), and a call is no title. On gold-bodies this
    kept none of the lines removed before; without the guard on the line below it kept a
    sidebar's "Search" over its pager, and with ads' words in any text, five ad labels
    ("Advertisement", "Promotion") between a story's paragraphs."""
    block = blocks[i]
    if not _heads_a_section(blocks, i) or _said_again(blocks, i):
        return False
    v = vocabulary()
    if v.cover(block.text, _A_BOXS_TITLE) is not None:
        return False
    if v.cover(block.text, ("ad",)) is not None and not _among_short_sections(blocks, i):
        return False  # an ad slot's label between the paragraphs of a story's long sections
    if _names_other_furniture(block, blocks[i + 1]):
        return False  # a sidebar's "Search" over its pager's "Previous Post: ..."
    alike = [blocks[k] for k in _plain_section_heads(blocks) if k != i and _shaped_alike(block.text, blocks[k].text)]
    return len(alike) >= SECTIONED_MIN_TITLES and (a_name(block) or _joined_as_the_others(block, alike))



# How a text may mark its titles, whatever their words: a frame of the same marks on both sides
# ("-- Over ons --", "=== Galerie ===", "*** Kontakt ***"), two marks or more before it ("///
# Fotogalerie", ">> Chi siamo", "## Contact"), a pair of brackets its typography sets titles in
# ("【お問い合わせ】", "«Контакты»", "[Startseite]"), a glyph before it ("■ ニュース", "▶ Events"),
# or a label and its number ("Seite 3: Galerie", "Page 5 - Contact"). One dash or dot before a
# line is a list's bullet.
_MARK = r"[-–—=*~#·•_+/\\|>»<«:]"
_FRAMED = regex.compile(rf"^\s*({_MARK}+)\s+\S.*?\s+({_MARK}+)\s*$")
_MARKED = regex.compile(rf"^\s*({_MARK}{{2,5}})\s*[^\W_]")
_BRACKETS = dict(zip("【〔［[〈《『「<«", "】〕］]〉》』」>»", strict=True))
_OPENING, _CLOSING = (regex.escape("".join(side)) for side in (_BRACKETS, _BRACKETS.values()))
_ENCLOSED = regex.compile(rf"^\s*([{_OPENING}])\s*[^\W_][^{_OPENING}{_CLOSING}]*([{_CLOSING}])\s*$")
_GLYPHED = regex.compile(r"^\s*([■□◆◇▶▷►●○★☆♦✦✧▪◼➤➔])\s*[^\W_]")
_NUMBERED_LABEL = regex.compile(r"^\s*(\p{L}+)\s+\d{1,3}\s*[:.–—-]\s+\S")
# A text marks its own titles when at least this many other lines of it, each over its
# section, are marked the same way.
MARKED_MIN_TITLES = 3


def _a_title_mark(text: str) -> str | None:
    """How the line is marked as a title ("frame --" for "-- Over ons --", "marks >>" for ">>
    Chi siamo", "brackets 【" for "【アクセス】", "glyph ■" for "■ ニュース", "label seite" for
    "Seite 3: Galerie"), or None."""
    if (found := _FRAMED.match(text)) and found.group(1) == found.group(2)[::-1]:
        return f"frame {found.group(1)}"
    if found := _MARKED.match(text):
        return f"marks {found.group(1)}"
    if (found := _ENCLOSED.match(text)) and _BRACKETS[found.group(1)] == found.group(2):
        return f"brackets {found.group(1)}"
    if found := _GLYPHED.match(text):
        return f"glyph {found.group(1)}"
    if found := _NUMBERED_LABEL.match(text):
        return f"label {found.group(1).casefold()}"
    return None


@once_per_document
def _marked_titles(blocks: list[Block]) -> dict[str, list[int]]:
    """The text's marked lines over a line that is not marked, by their mark."""
    titles: dict[str, list[int]] = {}
    for k in range(len(blocks) - 1):
        mark = _a_title_mark(blocks[k].text)
        if mark is not None and _a_title_mark(blocks[k + 1].text) is None:
            titles.setdefault(mark, []).append(k)
    return titles


def _marked_like_the_others(blocks: list[Block], i: int) -> bool:
    """A title marked as MARKED_MIN_TITLES or more other lines of the text are, each over its
    section, its own section holding a sentence ("-- Over ons --" among "-- Trainingen --", "--
    Agenda --"; "/// Fotogalerie" among "/// Aktuality", "/// Kontakt"; "Seite 3: Galerie" among
    "Seite 4: Termine"): the author's way of setting titles, whatever their words (a club's site
    copy kept in a file, under the names of its pages). A scraped page marks an ad's label ("-
    Anzeige -") between paragraphs, said again, not a run of titles each over its section; a
    share box's networks stand over their counts, not over sentences."""
    mark = _a_title_mark(blocks[i].text)
    if mark is None or i not in _marked_titles(blocks).get(mark, ()) or _said_again(blocks, i):
        return False
    if len(_marked_titles(blocks)[mark]) - 1 < MARKED_MIN_TITLES:
        return False
    section = _lines_down_to(blocks, i, lambda block: _a_title_mark(block.text) == mark)
    return any(ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS for block in section)


def _joined_as_the_others(block: Block, titles: list[Block]) -> bool:
    """Each connector of the line joins SECTIONED_MIN_TITLES or more of the text's other titles
    too: the text names its sections so ("Inloggen en account" among "Lenen en verlengen",
    "Zoeken en reserveren"), where a call joins its words as no title of the text does ("Leave
    a Reply")."""
    connectors = vocabulary().members["connector"].intersection(word_tuple(block.text))
    return all(
        sum(1 for title in titles if word in word_tuple(title.text)) >= SECTIONED_MIN_TITLES for word in connectors
    )


# A text of short sections: its median section holds at most this many paragraphs (lines, in a
# text with no blank line).
SHORT_SECTION_PARAGRAPHS = 2


def _among_short_sections(blocks: list[Block], i: int) -> bool:
    """Whether the text's other sections are short, those around title i left out (a leaflet's,
    a club report's), where a story's sections under its subheadings run on for several
    paragraphs: an ad slot's label parts one of them in two."""
    lengths = _section_lengths(blocks)
    heads = list(lengths)
    if i not in lengths:
        return False
    around = {i, *heads[max(0, heads.index(i) - 1):heads.index(i)]}
    others = sorted(length for head, length in lengths.items() if head not in around and head != heads[-1])
    return bool(others) and others[(len(others) - 1) // 2] <= SHORT_SECTION_PARAGRAPHS


@once_per_document
def _section_lengths(blocks: list[Block]) -> dict[int, int]:
    """The paragraphs under each line that heads a section (_heads_a_section), to the next one or
    the text's end, by line."""
    heads = [k for k in range(len(blocks) - 1) if _heads_a_section(blocks, k)]
    flat = without_blank_lines(blocks)
    return {
        head: end - head - 1 if flat else len({blocks[k].paragraph for k in range(head + 1, end)})
        for head, end in zip(heads, [*heads[1:], len(blocks)])
    }


def _names_other_furniture(title: Block, below: Block) -> bool:
    """Whether the line below names furniture of a family the title's words are not of (the
    library guide's "Konto:" over its login names its own), and holds fewer than two sentences:
    a pager's "Previous Post Nov. 4: Did ...?" is one; a section's sentences may name a page
    ("... riportate in fondo alla pagina «Chi siamo». Grazie a tutti ...")."""
    if _sentences(below.text) >= 2:
        return False
    return names_other_families(title.text, below.text, (*ARTICLE_FURNITURE, *_A_BOXS_TITLE))


def _sentences(text: str) -> int:
    """The sentences of SENTENCE_MIN_WORDS words or more in the text (not "Previous Post Nov.",
    a pager's words cut at an abbreviation)."""
    return sum(count_words(text[start:end]) >= SENTENCE_MIN_WORDS for start, end in sentences(text))


# A word of at most this many letters in capitals is an acronym ("SMS", "RSS"), in any text's case
ACRONYM_MAX_LETTERS = 4


def _shaped_alike(title: str, other: str) -> bool:
    """Both in capitals or neither (an acronym goes with either), both ending in a colon or
    neither."""
    a, b = title.strip(), other.strip()
    if a.endswith((":", "：")) != b.endswith((":", "：")):
        return False
    return a.isupper() == b.isupper() or _an_acronym(a) or _an_acronym(b)


def _an_acronym(text: str) -> bool:
    word = text.rstrip(":：").strip()
    return word.isupper() and word.isalpha() and len(word) <= ACRONYM_MAX_LETTERS


def _heads_a_section(blocks: list[Block], k: int) -> bool:
    """A short line that opens with a capital and ends no sentence (a colon may end it), over
    sentences or their lead-in: alone in its paragraph, unless the text has no blank line. (A
    sidebar's titles stand over links, "Follow This Blog", or a widget's long line, "Archives"
    over "Select Month August 2012 (2) July 2012 (26) ...".)"""
    block = blocks[k]
    if k + 1 >= len(blocks) or block.word_count > SECTION_TITLE_MAX_WORDS or ends_a_sentence(block.text):
        return False
    if CAPITAL_FIRST.match(block.text) is None:
        return False
    return (without_blank_lines(blocks) or _a_title(blocks, k)) and _sentences_or_their_lead_in(blocks[k + 1].text)


@once_per_document
def _plain_section_heads(blocks: list[Block]) -> frozenset[int]:
    """The lines that head a section (_heads_a_section) and are no furniture."""
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if _heads_a_section(blocks, k) and v.cover(blocks[k].text, (*FURNITURE_FAMILIES, "widget")) is None
    )


def _said_again(blocks: list[Block], i: int) -> bool:
    """The line's text stands on another line too (an ad's label between paragraphs, again)."""
    return line_counts(blocks)[blocks[i].text.strip().casefold()] > 1


def _a_channels_section(blocks: list[Block], i: int) -> bool:
    """A network's or a channel's name ("Instagram", "WhatsApp:", "E-mail") over its own section
    of sentences or of facts, shaped as SECTIONED_MIN_TITLES or more other titles of the text,
    another of them such a name, each over its own section: a guide to apps, a town's list of
    its news channels, a band's "Listen" section. A share box's buttons stand together, with no
    sentences under each, and a story's "Tweet" button over its first paragraph stands alone
    (on gold-bodies this kept none of the lines removed before; with a lone name allowed, it
    kept six "Tweet" buttons over a story's first paragraph)."""
    block = blocks[i]
    if not _heads_a_channels_section(blocks, i) or not a_name(block) or _said_again(blocks, i):
        return False
    if vocabulary().cover(block.text, ("share",)) is None:
        return False
    alike = [k for k in _channel_or_plain_heads(blocks) if k != i and _shaped_alike(block.text, blocks[k].text)]
    return len(alike) >= SECTIONED_MIN_TITLES and any(k not in _plain_section_heads(blocks) for k in alike)


def _an_account_section(blocks: list[Block], i: int) -> bool:
    """An account's or a subscription's button ("Log in", "Delete account", "Unsubscribe") over
    its own section of sentences, shaped as SECTIONED_MIN_TITLES or more other titles of the
    text, each once in the text over its own section, no furniture or such a button, one of
    them such a button: a help page on accounts, a newsletter's FAQ, a magazine's terms. A
    log-in box's buttons stand together with no sentences under each, and a newsletter box's
    title over its pitch stands alone."""
    block = blocks[i]
    if not _heads_a_section(blocks, i) or _said_again(blocks, i) or not _an_accounts_button(block):
        return False
    alike = [k for k in _account_or_plain_heads(blocks) if k != i and _shaped_alike(block.text, blocks[k].text)]
    return len(alike) >= SECTIONED_MIN_TITLES and any(k not in _plain_section_heads(blocks) for k in alike)


def _an_accounts_button(block: Block) -> bool:
    """Furniture of which a phrase is an account's or a subscription's ("Delete account")."""
    v = vocabulary()
    return any(v.family_of(phrase, ("subscribe",)) for phrase in v.cover(block.text, FURNITURE_FAMILIES) or ())


@once_per_document
def _account_or_plain_heads(blocks: list[Block]) -> frozenset[int]:
    """The lines that head a section (_heads_a_section), once in the text, that are no furniture
    or an account's button."""
    return frozenset(
        k for k in range(len(blocks) - 1)
        if _heads_a_section(blocks, k) and not _said_again(blocks, k)
        and (k in _plain_section_heads(blocks) or _an_accounts_button(blocks[k]))
    )


# A site's list of its popular stories stands over headlines; a report's own picks are told in
# at least this many paragraphs of sentences.
PICKS_MIN_PARAGRAPHS = 2


def _titles_its_own_picks(blocks: list[Block], i: int) -> bool:
    """A popular list's title ("Trending", "Meistgelesen", "Top stories") alone over
    PICKS_MIN_PARAGRAPHS or more paragraphs of sentences, each ending one: a trend report's or a
    newsletter's own picks, each told in sentences ("Tinned fish. Sales of sardines ... rose by
    about 60 percent."). A site's list of its most read stories stands over headlines, which end
    no sentence."""
    block = blocks[i]
    alone = _a_title(blocks, i) or (without_blank_lines(blocks) and i + 1 < len(blocks))
    if not alone or block.word_count > 3 or vocabulary().cover(block.text, ("popular",)) is None:
        return False
    told = 0
    for below in blocks[i + 1:i + 1 + PICKS_MIN_PARAGRAPHS]:
        if not (reads_as_prose(below.text) and ends_a_sentence(below.text)):
            break
        told += 1
    return told >= PICKS_MIN_PARAGRAPHS


def _heads_a_channels_section(blocks: list[Block], k: int) -> bool:
    """_heads_a_section, or a title alone in its paragraph over a paragraph of lines none of
    them furniture (an app's facts: "Mindestalter: 13 Jahre.", "Kosten: kostenlos"), or
    furniture's words only as a report's statistics, each with its change ("Followers: 12,480
    (+3%)", "Likes: 18,902 (+11%)"): a widget shows its counts, never how they changed."""
    if _heads_a_section(blocks, k):
        return True
    if without_blank_lines(blocks) or not _a_title(blocks, k) or blocks[k].word_count > SECTION_TITLE_MAX_WORDS:
        return False
    below = paragraphs_of(blocks)[blocks[k + 1].paragraph]
    return len(below) > 1 and not any(
        furniture_families(blocks[n].text) and not _A_STATISTIC.search(blocks[n].text) for n in below
    )


# A figure and its change in percent: "12,480 (+3%)", "9.212 (+13 %)", "614 (−4%)"
_A_STATISTIC = regex.compile(r"\d\s*\(\s*[+\-−±]\s*\d+(?:[.,]\d+)?\s*%\s*\)")


@once_per_document
def _channel_or_plain_heads(blocks: list[Block]) -> frozenset[int]:
    """The lines that head a section (_heads_a_channels_section), once in the text, that are no
    furniture or a channel's name."""
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if _heads_a_channels_section(blocks, k) and not _said_again(blocks, k)
        and (k in _plain_section_heads(blocks) or v.cover(blocks[k].text, ("share",)) is not None)
    )
