"""The signs that a line of furniture words is the text's own (inline.article_furniture_line's
list): a title over its section, a term over its definition, a manual's command, a poem's
title, a list's items, a programme's entries. Each sign reads the line's neighbours; the facts
it asks of the whole document are found once per document.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
from collections.abc import Callable, Iterable

import regex

from cleaner.lines import (
    ARTICLE_FURNITURE,
    BUTTONS_MAX_WORDS,
    CODE,
    DIGIT,
    FURNITURE,
    HAN_OR_KANA,
    SENTENCE_MIN_WORDS,
    TRAILING_MARKS,
    UNSPACED_LETTERS,
    a_widgets_title,
    below_the_prose,
    ends_a_sentence,
    has_phrase,
    introduces_a_list,
    is_date_line,
    line_patterns,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.vocabulary import vocabulary, word_tuple, words


def the_texts_own(blocks: list[Block], i: int) -> bool:
    """Whether a sign shows furniture line i to be the text's own (article_furniture_line's
    list), the cheapest signs first."""
    signs: tuple[Callable[[list[Block], int], bool], ...] = (
        _marked_as_content, _the_documents_title, _a_scripts_direction, _continues_the_line_above,
        _a_line_of_dialogue, _introduces_a_sentence, _heads_an_indented_section, _between_code,
        _titles_its_section_below, _names_the_section_below, _titles_its_topic_in_one_paragraph,
        _labels_contact_details, _closes_a_bracket_above, _numbers_a_part, _counts_the_pages_own_replies,
        _between_titled_sections, _over_the_last_section, _a_heading_in_capitals_like_the_others,
        _in_a_list_of_many_kinds, _titles_a_list_the_text_explains,
        _in_a_list_of_the_texts_words, _answers_the_question_above, _in_a_run_of_entries,
        _between_numbered_lists, _heads_a_step_like_the_others, _opens_a_section, _titles_a_stanza, _titles_a_list,
        _in_a_songs_verse, _among_ad_labels, _over_a_blank, _defined_below, _a_described_item, _names_a_key,
        _named_in_an_introduced_list, _in_a_run_of_entries_one_a_paragraph, _labels_the_entry_above,
        _a_chapter_among_sections, _in_an_index, _names_the_picture_above, _a_manuals_command,
        _a_config_section,
    )
    return any(sign(blocks, i) for sign in signs)


def _marked_as_content(blocks: list[Block], i: int) -> bool:
    """A rating's stars, a programme's clock time, a heading's permalink mark (Sphinx:
    "Subscriptions¶") or section number ("12.8. DELETE"), a sentence's full stop."""
    text = blocks[i].text
    stripped = text.rstrip()
    return (
        _RATING.search(text) is not None or line_patterns()["timed"].match(text) is not None
        or stripped.endswith("¶") or _SECTION_NUMBER.match(text) is not None
        or _DEFINITION_END.search(stripped) is not None
    )


# A configuration file's section ("[share]", "[print.pdf]"): a name in lower case in brackets;
# and its settings ("mode = read-only", "color: auto").
_CONFIG_SECTION = regex.compile(r"^\s*\[[\p{Ll}_][\p{Ll}\p{N}_.-]*\]\s*$")
_CONFIG_SETTING = regex.compile(r"^\s*[\p{Ll}_][\w.-]*\s*[=:]\s*\S")


def _a_config_section(blocks: list[Block], i: int) -> bool:
    """A configuration file's section named with a button's word ("[share]", "[print]"), in a
    text that shows other sections or settings: a program's manual. A scraped button in brackets
    is capitalized ("[Reply]", "[Print this page]") and stands among no settings."""
    if not _CONFIG_SECTION.match(blocks[i].text):
        return False
    return any(
        k != i and (_CONFIG_SECTION.match(b.text) or _CONFIG_SETTING.match(b.text)) for k, b in enumerate(blocks)
    )


def _the_documents_title(blocks: list[Block], i: int) -> bool:
    return i == 0 and len(blocks) > 1  # "Impressum", "Newsletter"


def _labels_the_entry_above(blocks: list[Block], i: int) -> bool:
    """The term two lines above said again under its definition, the term the text's own
    ("Löschen" / "Ein Klick löscht das gewählte Paar." / "Löschen", "Page précédente" / "Passe
    à la page précédente." / "Page précédente"): a command's icon, its label under its
    description, as LibreOffice's help writes each one. A thread's "Reply" under each of its
    comments repeats more than twice, and is no term of the text's own the first time."""
    # (the text's first line is its own as its title, be it a button's word: "Full Screen")
    if i < 3 or blocks[i - 2].text.strip() != blocks[i].text.strip() or not _a_term(blocks, i - 2):
        return False
    if i >= 4 and blocks[i - 4].text.strip() == blocks[i].text.strip():
        return False
    # (the term's own signs never ask for this one: the line two above it says something else)
    return the_texts_own(blocks, i - 2)


def _a_chapter_among_sections(blocks: list[Block], i: int) -> bool:
    """A numbered title ("6. Меню «Изображение»", "16. Menus") beside a line numbered as a
    section of two levels or more ("6.1. Обзор", "5.11. Keyboard Shortcuts Dialog"): a
    chapter's title in a table of contents. A menu's numbered links stand among no section
    numbers."""
    if item_number(blocks[i].text) is None or not DIGIT.match(blocks[i].text.lstrip()):
        return False
    return any(0 <= k < len(blocks) and _SECTION_NUMBER.match(blocks[k].text) for k in (i - 1, i + 1))


# An index has at least this many entries: a term and, after a comma, the pages or subterms it
# points to ("Kopieren, Ebene kopieren", "Copier, Copier"), each part a few words.
INDEX_MIN_ENTRIES = 20
INDEX_PART_MAX_WORDS = 6


def _in_an_index(blocks: list[Block], i: int) -> bool:
    """An index's entry ("Kopieren, Kopieren", "Enregistrer, Enregistrer"), or a heading
    between two entries ("Löschen" over "Inhalt der Ebene löschen, Löschen"), in a text of
    INDEX_MIN_ENTRIES entries or more: a manual's index names its commands, buttons' words
    among them. A share row's or a byline's commas stand among a story's sentences."""
    entries = _index_entries(blocks)
    return len(entries) >= INDEX_MIN_ENTRIES and (i in entries or {i - 1, i + 1} <= entries)


@once_per_document
def _index_entries(blocks: list[Block]) -> frozenset[int]:
    return frozenset(block.index for block in blocks if _an_index_entry(block.text))


def _an_index_entry(text: str) -> bool:
    """Parts of a few words joined by commas, no digit, ending no sentence."""
    text = text.strip()
    parts = _COMMA.split(text)  # (a space, or the no-break space a page's "&nbsp;" leaves)
    if len(parts) < 2 or text.endswith((".", "!", "?", ":", "…")) or DIGIT.search(text):
        return False
    return all(0 < len(part.split()) <= INDEX_PART_MAX_WORDS for part in parts)


_COMMA = regex.compile(r",\s")


def _names_the_picture_above(blocks: list[Block], i: int) -> bool:
    """The line above says the same with a full stop, and a definition follows ("Zoom In
    button." / "Zoom In button" / "Click on this button to enlarge the items."): a table of a
    manual's buttons, a row of the button's picture (its text), its name and what it does."""
    if i == 0 or blocks[i - 1].text.strip() != blocks[i].text.strip() + ".":
        return False
    return _a_term(blocks, i) or (
        i + 1 < len(blocks) and blocks[i + 1].word_count >= DEFINITION_MIN_WORDS
        and _DEFINITION_END.search(blocks[i + 1].text.rstrip()) is not None
    )


# A manual names its commands and options as terms over their definitions: at least this many
# other terms that are no furniture stand so in the text.
MANUAL_MIN_TERMS = 4


def _a_manuals_command(blocks: list[Block], i: int) -> bool:
    """A comment button's word ("Delete", "Eliminar", "Удалить"), said once in the text, as a
    term over a definition that names no furniture, under the definition of the entry above
    ("... to the selected color." / "Eliminar" / "Suprime el elemento seleccionado tras la
    confirmación."), in a text where MANUAL_MIN_TERMS other terms, no furniture, stand over
    their definitions: a manual's command among its options. A thread's buttons repeat under
    each of its comments and stand over the next comment's byline, its title stands over its
    status ("Comments" / "No comments yet."), and a call is no term ("Leave a Reply"). (Other
    buttons' words stay out: on gold-bodies a share button, "Tweet", and a comment's "Expand"
    stood so between a story's paragraphs.)"""
    text = blocks[i].text.strip()
    if i == 0 or not _a_term(blocks, i) or not _DEFINITION_END.search(blocks[i - 1].text.rstrip()):
        return False
    v = vocabulary()
    if v.cover(text, ("comment", "reply"), connectors=False) is None or a_widgets_title(text):
        return False
    return (
        not names_furniture(blocks[i + 1].text) and _line_counts(blocks)[text.casefold()] == 1
        and len(_glossary_terms(blocks) - {i}) >= MANUAL_MIN_TERMS
    )


@once_per_document
def _line_counts(blocks: list[Block]) -> collections.Counter[str]:
    return collections.Counter(block.text.strip().casefold() for block in blocks)


def _titles_its_section_below(blocks: list[Block], i: int) -> bool:
    return (_titles_the_paragraph_below(blocks, i) and _titles_its_section(blocks[i], blocks[i + 1])) or (
        _describes_in_a_sentence_below(blocks, i)
    )


def _describes_in_a_sentence_below(blocks: list[Block], i: int) -> bool:
    """A title alone in its paragraph over a paragraph of one statement, too short for prose,
    that opens with the title's word ("Открыть" / "Открывает выбранные документы.", "Close" /
    "Closes the dialog."): a manual's command over what it does. A button stands over a teaser
    or more furniture, and a call is no title."""
    below = i + 1
    if below >= len(blocks) or not _a_title(blocks, i) or not _no_call(blocks[i]):
        return False
    block = blocks[below]
    alone = block.paragraph != blocks[i].paragraph and (
        below + 1 == len(blocks) or blocks[below + 1].paragraph != block.paragraph
    )
    return (
        alone and block.word_count >= DEFINITION_MIN_WORDS and _DEFINITION_END.search(block.text.rstrip()) is not None
        and _opens_with_its_word(blocks[i], block)
        and vocabulary().cover(block.text, (*ARTICLE_FURNITURE, "form")) is None
    )


# A command's description names it in its first words ("Closes the dialog.", "Ein Klick
# löscht ..."), in a form that keeps at least the word's first VERB_STEM_LETTERS letters (an
# irregular verb's: "Ouvrir" / "Ouvre").
OPENING_WORDS = 3
VERB_STEM_LETTERS = 4


def _opens_with_its_word(title: Block, paragraph: Block) -> bool:
    """The paragraph's first OPENING_WORDS words hold the title's word in another form (the
    verb of the command: "Close" / "Closes", "Löschen" / "löscht"), where a box's title is
    repeated as it is ("Newsletter" / "Newsletter sign-up is free.")."""
    titled = {w.casefold() for w in words(title.text) if len(w) >= VERB_STEM_LETTERS}
    stems = {w[:VERB_STEM_LETTERS] for w in titled}
    opening = (w.casefold() for w in paragraph.text.split()[:OPENING_WORDS])
    return any(w[:VERB_STEM_LETTERS] in stems and w.strip(".,;:") not in titled for w in opening)


# A count of replies alone: "3 replies", "12 Antworten"
_REPLY_COUNTER = regex.compile(r"^\s*\d+\s+(\w+)\s*$")


def _counts_the_pages_own_replies(blocks: list[Block], i: int) -> bool:
    """A count of replies ("3 replies", "3 Antworten") with text below it, under a post (a
    sentence, less than THREAD_PROSE_BEFORE words of prose): a question's answers or a chat
    message's replies, on a page that is the thread. A blog's "3 Replies" stands under its
    article, or over it in the post's byline, under no sentence."""
    found = _REPLY_COUNTER.match(blocks[i].text)
    if found is None or not vocabulary().has("reply", found.group(1)) or i + 1 >= len(blocks):
        return False
    above = blocks[:i]
    return below_the_prose(above) == i and any(
        ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS for block in above
    )


def _between_titled_sections(blocks: list[Block], i: int) -> bool:
    """A title of a text made of titled sections, each a title over its paragraphs, between two
    such sections, over prose ("Tarifs" over its prices, "Accueil" over the pool's rules,
    "Accès" over its buses, "The archive" in a letter): a leaflet's, a manual's or a letter's
    heading, however like a button its word ("Accueil", "Menu", "Podcast"); a section's body
    may be a statement of a few words ("Scale factor to adjust the rendering size.", a manual's
    option). The sections around it may have titles like a button's too ("Newsletter", "Share"),
    if SECTIONED_MIN_TITLES others are no furniture. A sidebar's "Archives" stands over a list
    of links, and an ad's label is no title ("Advertisement" between a story's paragraphs, under a
    subheading and above the next: 7 such on gold-bodies' article regions)."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    if not 2 <= p < len(paragraphs) - 3 or len(paragraphs[p]) != 1 or not _a_name_or_no_call(blocks[i]):
        return False
    before = _title_past_bodies(blocks, paragraphs, range(p - 1, -1, -1))
    after = _title_past_bodies(blocks, paragraphs, range(p + 1, len(paragraphs) - 1))
    if before is None or after is None or not _in_the_titles_case(blocks, i):
        return False
    if _a_plain_title(blocks, paragraphs[before]) and _a_plain_title(blocks, paragraphs[after]):
        return _prose_or_its_lead_in(blocks[i + 1].text) or _a_gallery(blocks, i, paragraphs[p + 1])
    # beside sections titled like buttons, in a text that other titles cut into sections
    return (
        _sentences_or_their_lead_in(blocks[i + 1].text)
        and len(_plain_titles_over_bodies(blocks) - {p}) >= SECTIONED_MIN_TITLES
    )


# The last section of a text ends at most this many paragraphs after its title.
LAST_SECTION_MAX_PARAGRAPHS = 3


def _over_the_last_section(blocks: list[Block], i: int) -> bool:
    """The title of a text's last section, over prose that ends a sentence, in a text that
    other titles, none furniture, cut into sections ("Home" over a walk's closing paragraphs
    after "Day one" and "Day two"; "Télécharger" over where to find the album): the sections'
    last heading, however like a button its word. A share button, a call to subscribe or a
    comment's is no title ("Tweet" over a post's "This entry was posted in ..."), and a pager's
    "Previous" stands over a headline cut short ("... Car of Th...")."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    last = len(paragraphs) - 1
    if not 2 <= p < last or last - p > LAST_SECTION_MAX_PARAGRAPHS or len(paragraphs[p]) != 1:
        return False
    block, under = blocks[i], blocks[i + 1].text
    if not _a_name_or_no_call(block) or not _in_the_titles_case(blocks, i) or _CUT_SHORT.search(under):
        return False
    if vocabulary().cover(block.text, _NO_TITLE_FAMILIES) is not None:
        return False
    return _sentences_or_their_lead_in(under) and bool(_plain_titles_over_bodies(blocks) - {p})


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


def _a_capitals_heading(blocks: list[Block], k: int) -> bool:
    """A short line in capitals that opens its paragraph, with more lines of it below."""
    block = blocks[k]
    return (
        block.text.isupper() and block.word_count <= SECTION_TITLE_MAX_WORDS and not ends_a_sentence(block.text)
        and (k == 0 or blocks[k - 1].paragraph != block.paragraph)
        and k + 1 < len(blocks) and blocks[k + 1].paragraph == block.paragraph
    )


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
    return (reads_as_prose(text) and ends_a_sentence(text)) or _a_lead_in(text)


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
        "media" in _furniture_families(blocks[i].text) and len(lines) >= 2
        and sum(b.word_count for b in lines) >= CAPTION_MEAN_WORDS * len(lines)
        and not any(_furniture_families(b.text) or _NO_CAPTION.search(b.text) or is_date_line(b.text) for b in lines)
    )


@once_per_document
def paragraphs_of(blocks: list[Block]) -> list[list[int]]:
    """The blocks of each paragraph, by its number."""
    found: list[list[int]] = [[] for _ in range(blocks[-1].paragraph + 1)] if blocks else []
    for k, block in enumerate(blocks):
        found[block.paragraph].append(k)
    return found


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
        block.word_count <= SECTION_TITLE_MAX_WORDS and _CAPITAL_FIRST.match(block.text) is not None
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
        blocks[paragraph[0]].word_count >= DEFINITION_MIN_WORDS and _DEFINITION_END.search(text.rstrip()) is not None
    )


# A paragraph of at least this many short lines, half of them or more furniture, whose furniture
# words are of at least this many families is the text's list of words (a vocabulary, a style
# guide's labels): a widget's buttons are of one kind or two (a share row, a pager); on
# gold-bodies' article regions, no run of furniture lines held more than three families, nor
# more than six lines, and a profile's buttons ("Edit", "Delete", "Follow jnovo22") are among
# lines that are no furniture.
WORD_LIST_MIN_LINES = 5
WORD_LIST_MIN_FAMILIES = 3


def _in_a_list_of_many_kinds(blocks: list[Block], i: int) -> bool:
    return i in _lists_of_many_kinds(blocks)


@once_per_document
def _lists_of_many_kinds(blocks: list[Block]) -> frozenset[int]:
    """The blocks of the text's lists of words, when one of them holds words of many furniture
    families: then its other lists are lists of words too ("Use these labels", "Not these")."""
    # (in a text with no blank line, a list is a run of short lines between sentences)
    paragraphs = _runs_of_words(blocks) if without_blank_lines(blocks) else paragraphs_of(blocks)
    lists = [p for p in paragraphs if len(p) >= WORD_LIST_MIN_LINES and all(_a_word_of_a_list(blocks[k]) for k in p)]
    if not any(_of_many_kinds(blocks, paragraph) for paragraph in lists):
        return frozenset()
    return frozenset(k for paragraph in lists for k in paragraph)


def _runs_of_words(blocks: list[Block]) -> list[list[int]]:
    """The runs of consecutive lines that are words of a list, between two sentences, none of
    them said twice: a list the text introduces and goes on after. A page's widgets follow one
    another (a blog's "Post a Comment", "Older Post", "Home" over "Subscribe to:") and a
    slide show's pager repeats its "Previous" and "Next"."""
    runs: list[list[int]] = []
    for k, block in enumerate(blocks):
        if not _a_word_of_a_list(block):
            continue
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [
        run for run in runs if run[0] > 0 and run[-1] + 1 < len(blocks)
        and all(_a_sentence(blocks[k]) for k in (run[0] - 1, run[-1] + 1))
        and len({blocks[k].text.strip().casefold() for k in run}) == len(run)
    ]


def _a_sentence(block: Block) -> bool:
    return ends_a_sentence(block.text) and block.word_count >= SENTENCE_MIN_WORDS


def _of_many_kinds(blocks: list[Block], paragraph: list[int]) -> bool:
    """Half of the lines or more are furniture, of WORD_LIST_MIN_FAMILIES families or more. (In a
    text with no blank line, a run of short lines may hold a list's title and the next list:
    WORD_LIST_MIN_LINES of them furniture will do.)"""
    kinds = [_furniture_families(blocks[k].text) for k in paragraph]
    furniture = sum(map(bool, kinds))
    enough = furniture >= WORD_LIST_MIN_LINES if without_blank_lines(blocks) else furniture * 2 >= len(paragraph)
    return enough and len(set().union(*kinds)) >= WORD_LIST_MIN_FAMILIES


def _a_word_of_a_list(block: Block) -> bool:
    return block.word_count <= SECTION_TITLE_MAX_WORDS and not ends_a_sentence(block.text)


def _furniture_families(text: str) -> set[str]:
    """The article mode families of the phrases that make up the line, if it is furniture."""
    v = vocabulary()
    covered = v.cover(text, ARTICLE_FURNITURE) or ()
    return {family for phrase in covered if (family := v.family_of(phrase, ARTICLE_FURNITURE))}


# A step's text under its title: a line of at least this many words.
STEP_MIN_WORDS = 8


def _heads_a_step_like_the_others(blocks: list[Block], i: int) -> bool:
    """The title of a paragraph of two lines, its title and a step's text (a line of
    STEP_MIN_WORDS words or more, without its full stop maybe), in a text with another such
    paragraph: a recipe's or a guide's steps ("Compartir" over how it is served, "Guardar" over
    how it keeps). Not an ad's label or a call. (Over a sentence with its full stop, any
    furniture line is a heading already: _heads_its_paragraph.)"""
    titles = _step_titles(blocks)
    return i in titles and len(titles) > 1 and _no_call(blocks[i])


@once_per_document
def _step_titles(blocks: list[Block]) -> frozenset[int]:
    """The titles of the text's two-line paragraphs of a title and a step."""
    return frozenset(
        title for title, step in (p for p in paragraphs_of(blocks) if len(p) == 2)
        if blocks[title].word_count <= SECTION_TITLE_MAX_WORDS and _CAPITAL_FIRST.match(blocks[title].text)
        and not ends_a_sentence(blocks[title].text)
        and blocks[step].word_count >= STEP_MIN_WORDS and _CAPITAL_FIRST.match(blocks[step].text)
    )


# A list that answers the question above it has at least this many items.
ANSWER_MIN_ITEMS = 3


def _answers_the_question_above(blocks: list[Block], i: int) -> bool:
    """An item of a list of ANSWER_MIN_ITEMS lines or more, a paragraph of its own, right under a
    question that names no furniture and over a sentence: the answer to the question ("Which
    apps do teenagers use?" over "YouTube", "Instagram", "TikTok", then "These are the three
    the pupils used most."). A row of follow buttons is not asked for, or under a call ("Want
    to follow us?")."""
    if without_blank_lines(blocks):
        return i in _answers_one_a_line(blocks)
    return blocks[i].paragraph in _answers(blocks)


@once_per_document
def _answers(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that answer the question above them."""
    paragraphs = paragraphs_of(blocks)
    return frozenset(p for p in range(1, len(paragraphs) - 1) if _answers_above(blocks, paragraphs, p))


def _answers_above(blocks: list[Block], paragraphs: list[list[int]], p: int) -> bool:
    if len(paragraphs[p - 1]) != 1:
        return False
    return _answers_between(blocks, paragraphs[p - 1][0], paragraphs[p], paragraphs[p + 1][0])


def _answers_between(blocks: list[Block], question: int, items: list[int], below: int) -> bool:
    """ANSWER_MIN_ITEMS names or more under a question that names no furniture, over a sentence."""
    asked, then = blocks[question], blocks[below]
    return (
        len(items) >= ANSWER_MIN_ITEMS and asked.word_count <= QUESTION_MAX_WORDS
        and asked.text.rstrip().endswith(("?", "？")) and not names_furniture(asked.text)
        and all(_a_name_in_a_list(blocks[k]) for k in items)
        and ends_a_sentence(then.text) and then.word_count >= SENTENCE_MIN_WORDS
    )


@once_per_document
def _answers_one_a_line(blocks: list[Block]) -> frozenset[int]:
    """In a text with no blank line, the names that answer the question right above them, each
    on its line: the run of names between the question and a sentence."""
    found: set[int] = set()
    for question in range(len(blocks)):
        end = question + 1
        while end < len(blocks) and _a_name_in_a_list(blocks[end]):
            end += 1
        items = list(range(question + 1, end))
        if end < len(blocks) and _answers_between(blocks, question, items, end):
            found.update(items)
    return frozenset(found)


def _a_name_in_a_list(block: Block) -> bool:
    """A short line with no digit and no call ("Leave a comment" under a byline's date)."""
    return _a_word_of_a_list(block) and _no_call(block) and not DIGIT.search(block.text)


def _in_a_list_of_the_texts_words(blocks: list[Block], i: int) -> bool:
    return i in _lists_of_the_texts_words(blocks)


@once_per_document
def _lists_of_the_texts_words(blocks: list[Block]) -> frozenset[int]:
    """The paragraphs of WORD_LIST_MIN_LINES words or more in lower case, one a line (under a
    title, if any), each of which the text's other paragraphs use: a primer's or a lesson's new
    words ("look", "up", "kite", "go", "back"). A menu's links start with a capital, or name
    pages the text does not talk of."""
    lists = [
        (paragraph, items) for paragraph in paragraphs_of(blocks)
        if len(items := [blocks[k].text.strip() for k in paragraph[1:]]) >= WORD_LIST_MIN_LINES
        and all(" " not in item and item.islower() for item in items)
    ]
    if not lists:
        return frozenset()
    # the lists' words counted in the whole text in one scan: a word the other paragraphs use is
    # one the whole text has more often than the list's paragraph
    wanted = {item.casefold() for _, items in lists for item in items if _WHOLE_WORD.fullmatch(item)}
    if not wanted:
        return frozenset()
    scan = regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, sorted(wanted))) + r")(?!\w)")
    everywhere = collections.Counter(scan.findall("\n".join(block.text for block in blocks).casefold()))
    found: set[int] = set()
    for paragraph, items in lists:
        own = collections.Counter(scan.findall("\n".join(blocks[k].text for k in paragraph).casefold()))
        if all(everywhere[item.casefold()] > own[item.casefold()] for item in items):
            found.update(paragraph[1:])
    return frozenset(found)


_WHOLE_WORD = regex.compile(r"\w+")
# A list the prose under it explains names at least this many of its items there.
EXPLAINED_MIN_ITEMS = 2


def _titles_a_list_the_text_explains(blocks: list[Block], i: int) -> bool:
    """The first line of a paragraph of list items, with prose right under the list that names
    some of its items ("Main menu" over "Continue", "New Game", "Options", then "Continue
    starts from your last save. New Game asks..."): a manual's list of a screen's items. Under
    a site's menu the text goes on about something else."""
    paragraph = paragraphs_of(blocks)[blocks[i].paragraph]
    if paragraph[0] != i or len(paragraph) < 1 + EXPLAINED_MIN_ITEMS or paragraph[-1] + 1 >= len(blocks):
        return False
    items = [blocks[k].text.strip() for k in paragraph[1:]]
    below = blocks[paragraph[-1] + 1].text
    if not all(_a_word_of_a_list(blocks[k]) for k in paragraph[1:]) or not reads_as_prose(below):
        return False
    named = sum(1 for item in items if regex.search(rf"(?<!\w){regex.escape(item)}(?!\w)", below))
    return named >= EXPLAINED_MIN_ITEMS


# A section's number of two levels or more: "6.3.2. Subscriptions", "12.8 DELETE" ("4. RSS 2.0"
# may be a list's item)
_SECTION_NUMBER = regex.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\S")


def _between_code(blocks: list[Block], i: int) -> bool:
    return 0 < i < len(blocks) - 1 and all(CODE.search(blocks[k].text) for k in (i - 1, i + 1))


def _continues_the_line_above(blocks: list[Block], i: int) -> bool:
    """The rest of a sentence wrapped onto this line: it starts in lower case under a line of
    the same paragraph that ends in a letter ("... de la manière" / "suivante :")."""
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph or not blocks[i].text[:1].islower():
        return False
    above = blocks[i - 1].text.rstrip()
    return above[-1:].isalpha() and blocks[i - 1].word_count > BUTTONS_MAX_WORDS


# A line of dialogue: a dash, then the speech ("-- Próximo!", "– Was?", "— Bien sûr.")
_DIALOGUE_DASH = regex.compile(r"^\s*(?:--|[-–—―])\s+\S")
DIALOGUE_REACH = 2


def _a_line_of_dialogue(blocks: list[Block], i: int) -> bool:
    def spoken(k: int) -> bool:
        return _DIALOGUE_DASH.match(blocks[k].text) is not None and _ends_speech(blocks[k].text)

    if not spoken(i):
        return False
    # another line of it, no button's words ("-- Subscribe now!" beside "-- Share this!")
    near = range(max(0, i - DIALOGUE_REACH), min(len(blocks), i + DIALOGUE_REACH + 1))
    return any(spoken(k) and not names_furniture(blocks[k].text) for k in near if k != i)


def _ends_speech(text: str) -> bool:
    return ends_a_sentence(text) or TRAILING_MARKS.sub("", text).endswith(("!", "?"))


def _introduces_a_sentence(blocks: list[Block], i: int) -> bool:
    if not a_field(blocks[i].text) or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1].text
    return reads_as_prose(below) and ends_a_sentence(below) and not names_furniture(below)


# A section indented under its heading: at least this many columns deeper
SECTION_INDENT = 2


def _heads_an_indented_section(blocks: list[Block], i: int) -> bool:
    """The line's section is indented under it, in its paragraph or the next (a manual page's
    "ACTIONS", a glossary's "  Promotion" over its tab-indented definition, a list's
    "  *  Search" over "     This permits keyrings to be searched...")."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph > blocks[i].paragraph + 1:
        return False
    return blocks[i + 1].indent >= blocks[i].indent + SECTION_INDENT


_BRACKETS = (("(", ")"), ("[", "]"))


def _closes_a_bracket_above(blocks: list[Block], i: int) -> bool:
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    text, above = blocks[i].text, blocks[i - 1].text
    return any(
        text.count(close) > text.count(opening) and above.count(opening) > above.count(close)
        for opening, close in _BRACKETS
    )


# A list of ad labels, one a line, has at least this many different labels.
AD_LABELS_MIN = 3


def _among_ad_labels(blocks: list[Block], i: int) -> bool:
    """One of several different ad labels on consecutive lines ("Anzeige", "Werbung",
    "Gesponsert"): a lesson's or an essay's list of the labels. An ad slot prints one label
    (on gold-bodies no two ad labels stood on consecutive lines)."""
    v = vocabulary()

    def label(k: int) -> str | None:
        text = blocks[k].text
        return text.strip().casefold() if v.cover(text, ("ad",)) else None

    if label(i) is None:
        return False
    start, end = i, i + 1
    while start > 0 and label(start - 1) is not None:
        start -= 1
    while end < len(blocks) and label(end) is not None:
        end += 1
    return len({label(k) for k in range(start, end)}) >= AD_LABELS_MIN


# A blank to fill in on a printed form: a row of dots or underscores ("..........", "______")
_BLANK = regex.compile(r"^\s*(?:[._…]\s*){5,}$")


def _over_a_blank(blocks: list[Block], i: int) -> bool:
    """The label of a printed form's field over the blank to fill in ("Signature" over
    "__________"): a web form's field prints no such line."""
    below = i + 1
    if below >= len(blocks) or blocks[below].paragraph != blocks[i].paragraph:
        return False
    return _BLANK.match(blocks[below].text) is not None


# A key combination: modifiers and a key joined by "+" ("Ctrl+V", "Alt+Print", "Umschalttaste+F10",
# "OPTION ALT +PAGE UP")
_KEY_COMBINATION = regex.compile(r"(?<![\w+])\p{L}+ ?\+ ?(?:\p{L}\w*|\d\b|F\d{1,2}\b|[^\w\s+])")
# A key's name is a word or two ("Print", "Page Up"), and a table of shortcuts names several
# combinations near it.
KEY_NAME_MAX_WORDS = 2
KEYS_REACH = 2
KEY_COMBINATIONS_MIN = 2
_KEY_NAME = regex.compile(r"[\p{L}\d]+(?: [\p{L}\d]+)?$")
# A line that is a key combination alone: "Ctrl + P", "Shift+Ctrl+W"
_KEY_COMBINATION_LINE = regex.compile(r"(?:\p{L}+ ?\+ ?)+(?:\p{L}\w*|\d|F\d{1,2}|[^\w\s+])$")


def _names_a_key(blocks: list[Block], i: int) -> bool:
    """A key's name ("Print", "Menu", "Home") beside a key combination, within KEYS_REACH
    lines, or any line right beside a line that is a key combination alone ("Ctrl + P" /
    "Print..."), in a text that names several: a table of keyboard shortcuts ("Alt+Print" /
    "Take a screenshot of a window." / "Print" / "Launch the screenshot tool."), where a page's
    buttons stand beside no "Ctrl+" or "Alt+"."""
    combinations = _key_combinations(blocks)
    if len(combinations) < KEY_COMBINATIONS_MIN:
        return False
    if any(k in combinations and _KEY_COMBINATION_LINE.match(blocks[k].text) for k in (i - 1, i + 1)):
        return True
    if blocks[i].word_count > KEY_NAME_MAX_WORDS or not _KEY_NAME.match(blocks[i].text):
        return False
    near = range(max(0, i - KEYS_REACH), min(len(blocks), i + KEYS_REACH + 1))
    return any(k in combinations for k in near if k != i)


@once_per_document
def _key_combinations(blocks: list[Block]) -> frozenset[int]:
    return frozenset(block.index for block in blocks if "+" in block.text and _KEY_COMBINATION.search(block.text))


def _titles_its_topic_in_one_paragraph(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a section's title over prose that names its topic
    ("Реклама" over "Ольга рассказала, что реклама даёт газете треть дохода"), an ad's label
    or not: an ad's label has nothing to do with the paragraph under it. Not a call ("Post a
    comment" over a comment that names comments: on gold-bodies' trafilatura outputs 4 were)."""
    if blocks[-1].paragraph != 0 or not _a_sections_title(blocks, i):
        return False
    calls = not vocabulary().members["connector"].isdisjoint(word_tuple(blocks[i].text))
    return not calls and names_its_topic(blocks[i], blocks[i + 1])


# The stars of a rating: "★★★★☆", "⭐⭐⭐"
_RATING = regex.compile(r"[★☆✩✪✫✬✭✮✯⭐]")
# A screenplay's scene heading: "INT. FERRY CABIN - NIGHT", "EXT. HARBOUR - DAWN", "INT./EXT. CAR"
_SCENE_HEADING = regex.compile(r"^(?:INT|EXT|I/E|INT\./EXT|EXT\./INT)\.\s+\S")


def _a_scripts_direction(blocks: list[Block], i: int) -> bool:
    return blocks[i].text.isupper() and _a_screenplay(blocks)


@once_per_document
def _a_screenplay(blocks: list[Block]) -> bool:
    return any(_SCENE_HEADING.match(block.text) for block in blocks)


# A definition: a statement of at least this many words, ending in a full stop (a teaser's "!"
# or "?", or a cut-off "...", is no definition), that is not itself furniture.
DEFINITION_MIN_WORDS = 3
_DEFINITION_END = regex.compile(r"(?<![.…])\.$")


def _defined_below(blocks: list[Block], i: int) -> bool:
    """The line opens its paragraph (in a text with no blank line, follows the definition of
    a glossary's term: _in_a_glossary) and the paragraph's next line is a statement, or names
    the line's topic: a term and its definition ("Retweet" / "To share someone else's tweet.").
    On gold-bodies' trafilatura outputs, which have no blank line, the glossary's reading kept
    none of the furniture lines removed before."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph != blocks[i].paragraph:
        return False
    opens = (
        i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph or _in_a_glossary(blocks, i)
        or _after_an_entry(blocks, i)
    )
    below = blocks[i + 1]
    if not opens or below.word_count < DEFINITION_MIN_WORDS:
        return False
    # "Anmelden" over "Die Anmeldung ist bis zum 3. Mai möglich", with or without its full stop
    states = _DEFINITION_END.search(below.text.rstrip()) is not None or names_its_topic(blocks[i], below)
    return states and vocabulary().cover(below.text, (*ARTICLE_FURNITURE, "form")) is None


def _after_an_entry(blocks: list[Block], i: int) -> bool:
    """The line follows, in its paragraph, entries of a term over its definition from the
    paragraph's first line on, one of the terms no furniture: the next entry of a paragraph of
    entries ("Leer" / "Lee el poema dos veces." / "Responder" / "Responde a las preguntas.").
    A comment's button under a comment has a byline or more buttons above it."""
    v = vocabulary()
    plain = False
    k = i
    while k >= 2 and blocks[k - 2].paragraph == blocks[i].paragraph:
        if not _a_term(blocks, k - 2):
            return False
        plain = plain or v.cover(blocks[k - 2].text, FURNITURE_FAMILIES) is None
        k -= 2
    opens = k == 0 or blocks[k - 1].paragraph != blocks[i].paragraph
    return plain and opens and k < i


# A definition list's term may name an option in more words than a glossary's: "- Aperçu en
# temps réel", "- Trim X, Trim Y".
ITEM_TERM_MAX_WORDS = 6


def _a_described_item(blocks: list[Block], i: int) -> bool:
    """A list's item over its description, the next item of the same list ("- Zoom" / "- Zoom
    level. Zooms the planet in or out."), in a list of such entries naming different terms,
    whatever their words, as _in_a_run_of_entries; a call or a comment button's word only among
    terms that are no furniture ("- Delete" under "- Spin" / "- Spin angle around the camera's
    axis."): a definition list (HTML's <dl>: a manual's options, buttons and commands) as
    trafilatura writes it, the term and its description both items of one bulleted list, the
    term in any case ("- archive" / "- takes a file offline."). A share box's bullets name
    networks, each over the next, and a thread's "Reply" repeats under each comment."""
    terms = _bulleted_terms(blocks)
    if i not in terms:
        return False
    start, end = i, i
    while start - 2 in terms:
        start -= 2
    while end + 2 in terms:
        end += 2
    names = [_term_name(blocks[k]) for k in range(start, end + 1, 2)]
    if len(set(names)) != len(names):
        return False
    in_paragraph = [k for k in terms if blocks[k].paragraph == blocks[i].paragraph]
    if len({_term_name(blocks[k]) for k in in_paragraph}) >= ENTRIES_MIN and _no_call(_unbulleted(blocks[i])):
        return True
    # a call or a comment's button's word ("- Delete", "- Anzeigen als") among terms that are no furniture
    return any(k != i and _a_plain_term(_unbulleted(blocks[k])) for k in in_paragraph)


def _term_name(block: Block) -> str:
    return _unbulleted(block).text.casefold()


@once_per_document
def _bulleted_terms(blocks: list[Block]) -> frozenset[int]:
    return frozenset(k for k in range(len(blocks) - 1) if _BULLET.match(blocks[k].text) and _a_bulleted_term(blocks, k))


def _a_bulleted_term(blocks: list[Block], k: int) -> bool:
    """Item k is a term (a few words ending no sentence) and the next line, an item of the same
    list (same marker, same indent), is its description: a statement that is no furniture, or
    one that introduces more ("- Edit" / "- This button opens the dialog:")."""
    bullet = _BULLET.match(blocks[k].text)
    if bullet is None or k + 1 >= len(blocks):
        return False
    term, below = _unbulleted(blocks[k]), blocks[k + 1]
    if not below.text.startswith(bullet.group().rstrip()) or below.indent != blocks[k].indent:
        return False
    description = _unbulleted(below)
    return (
        below.paragraph == blocks[k].paragraph and 0 < term.word_count <= ITEM_TERM_MAX_WORDS
        and not term.text.endswith((".", "!", "?", ":", "…")) and description.word_count >= DEFINITION_MIN_WORDS
        and (_DEFINITION_END.search(description.text) is not None or description.text.endswith(":")
             or names_its_topic(term, description))
        and vocabulary().cover(description.text, (*ARTICLE_FURNITURE, "form")) is None
    )


def _unbulleted(block: Block) -> Block:
    """The block with its list marker ("- ", "* ", "• ") cut off its text."""
    bullet = _BULLET.match(block.text)
    if bullet is None:
        return block
    text = block.text[bullet.end():].rstrip()
    return dataclasses.replace(block, text=text, word_count=len(text.split()))


# A list of names (a format's fields, a program's options): its items are short, and at least
# this many follow the sentence that introduces them.
NAMED_ITEM_MAX_WORDS = 6
NAMED_ITEMS_MIN = 3


def _named_in_an_introduced_list(blocks: list[Block], i: int) -> bool:
    """An item of a bulleted list of short names that a sentence ending in a colon introduces,
    the list's other items no furniture ("The fields in the general stanza are:" over "*
    Source (mandatory)", "* Maintainer", "* Homepage", "* Testsuite"): the text's own list,
    where a share box's bullets, even under a lead-in ("Share this story with your friends:"),
    all name networks and buttons."""
    bullet = _BULLET.match(blocks[i].text)
    if bullet is None:
        return False
    marker = bullet.group().rstrip()

    def an_item(k: int) -> bool:
        block = blocks[k]
        return block.text.startswith(marker) and block.indent == blocks[i].indent and (
            _unbulleted(block).word_count <= NAMED_ITEM_MAX_WORDS
        )

    first = i
    while first > 0 and an_item(first - 1):
        first -= 1
    if first == 0 or not introduces_a_list(blocks[first - 1]):
        return False
    last = i
    while last + 1 < len(blocks) and an_item(last + 1):
        last += 1
    others = [k for k in range(first, last + 1) if k != i]
    v = vocabulary()
    return len(others) + 1 >= NAMED_ITEMS_MIN and all(
        v.cover(_unbulleted(blocks[k]).text, FURNITURE_FAMILIES) is None for k in others
    )


# A term: a word or a few, starting with a capital, ending no sentence.
TERM_MAX_WORDS = 3
# A text with no blank line is a glossary when at least this many other terms, no furniture,
# stand over their definitions.
GLOSSARY_MIN_TERMS = 2


def _in_a_glossary(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a term after the definition of the term before, in a text
    where other terms, no furniture, stand over their definitions ("Follow" / "To see someone's
    posts in your feed."): a glossary's or a manual's entries, one line each. Not a call
    ("Leave a Reply") nor a comment's button ("Delete"), as _opens_a_section."""
    if blocks[-1].paragraph != 0 or i == 0 or not _DEFINITION_END.search(blocks[i - 1].text.rstrip()):
        return False
    return _a_term(blocks, i) and _no_call(blocks[i]) and len(_glossary_terms(blocks) - {i}) >= GLOSSARY_MIN_TERMS


# A text with no blank line is a glossary's run when at least this many entries, each a term
# over its definition, follow one another and name different terms.
ENTRIES_MIN = 2


def _in_a_run_of_entries(blocks: list[Block], i: int) -> bool:
    """A term of a run of ENTRIES_MIN entries or more, each a term over its definition, one line
    each, in one paragraph (in a text with no blank line, all of it), the terms all different
    ("Back" / "Returns to the previous screen." / "Home" / "Shows the start screen."), whatever
    their words: a glossary's or a manual's entries, under the lines of another kind that open
    their paragraph (a wizard's buttons "Отмена" / "Closes the dialog." / "Назад" / "View the
    selections..." / "Далее" / "Click the Next button..."); where blank lines cut the text into
    paragraphs, another term no furniture and the definitions all different. A thread's
    buttons repeat under each comment ("Reply" / "Great post." / "Reply" / "Thanks!"), and a
    call is no term ("Leave a Reply"). Or a term of a run a sentence introduces:
    _in_an_introduced_run."""
    if not _a_term(blocks, i):
        return False
    paragraph = blocks[i].paragraph

    def an_entry_of_the_paragraph(k: int) -> bool:
        return _a_term(blocks, k) and blocks[k].paragraph == blocks[k + 1].paragraph == paragraph

    if an_entry_of_the_paragraph(i):
        run = _run_of_entries(blocks, i, an_entry_of_the_paragraph)
        # (in a text with blank lines, a gallery's buttons over its caption, said again,
        # "View Photos" / "Housed in a palace, ..." / "Caption" / "Housed in a palace, ...",
        # are no glossary)
        kinds = without_blank_lines(blocks) or (
            any(k != i and _a_plain_term(blocks[k]) for k in run)
            and len({blocks[k + 1].text.strip() for k in run}) == len(run)
        )
        if kinds and _entries_of_a_run(blocks, run, i):
            return True
    return _in_an_introduced_run(blocks, i)


def _run_of_entries(blocks: list[Block], i: int, an_entry: Callable[[int], bool]) -> list[int]:
    """The terms of the run of entries, each a term over a line of definition, around term i."""
    start, end = i, i
    while start >= 2 and an_entry(start - 2):
        start -= 2
    while end + 2 < len(blocks) - 1 and an_entry(end + 2):
        end += 2
    return list(range(start, end + 1, 2))


def _entries_of_a_run(blocks: list[Block], run: list[int], i: int) -> bool:
    terms = [blocks[k].text.strip().casefold() for k in run]
    if len(terms) < ENTRIES_MIN or len(set(terms)) != len(terms):
        return False
    if _no_call(blocks[i]):
        return True
    # a call or an ad's label only as a section's title that names its topic, among terms that
    # are no furniture ("Subscribing to the newsletter" over "The newsletter is sent..."): a
    # thread's "Post a comment" follows its "Comments" / "No comments yet.", and an ad's label
    # between a story's sections names nothing of the paragraph under it
    others = [k for k in run if k != i]
    return all(_a_plain_term(blocks[k]) for k in others) and names_its_topic(blocks[i], blocks[i + 1])


def _in_an_introduced_run(blocks: list[Block], i: int) -> bool:
    """A term of a run of ENTRIES_MIN entries or more, each a term over its one-line
    definition, however the blank lines fall, the terms all different and another of them no
    furniture, right under a sentence that ends in a colon ("There are three buttons at the
    bottom of the dialog:" over "Zoom Out" / "Clicking this button shrinks the display." /
    "Zoom In" / "Clicking this button expands it."): a manual's list of a dialog's buttons,
    whatever their words. A share box's lead-in ("Share this story with your friends:") stands
    over buttons that no sentence describes."""
    run = _run_of_entries(blocks, i, lambda k: _a_term(blocks, k))
    terms = [blocks[k].text.strip().casefold() for k in run]
    return (
        run[0] > 0 and introduces_a_list(blocks[run[0] - 1]) and len(terms) >= ENTRIES_MIN
        and len(set(terms)) == len(terms) and any(k != i and _a_plain_term(blocks[k]) for k in run)
    )


# A run of entries one a paragraph is a manual's when at least this many follow one another.
PARAGRAPH_ENTRIES_MIN = 3


def _in_a_run_of_entries_one_a_paragraph(blocks: list[Block], i: int) -> bool:
    """A term of a run of PARAGRAPH_ENTRIES_MIN entries or more, each a term alone in its
    paragraph over its definition alone in the next, the terms all different, another of them
    no furniture ("Rotate" / "Turns the image by 90 degrees." / "Print" / "Sends the image to
    the printer." / "Share" / ...): a manual's buttons or options written one a paragraph, as a
    page's text writes a definition list. A thread's buttons repeat, a call is no term ("Log
    in"), and share buttons between a story's paragraphs have no plain term among them."""

    def an_entry(k: int) -> bool:
        return 0 <= k < len(blocks) - 1 and _alone(blocks, k) and _alone(blocks, k + 1) and _a_term(blocks, k)

    if not an_entry(i) or not _no_call(blocks[i]):
        return False
    start, end = i, i
    while an_entry(start - 2):
        start -= 2
    while an_entry(end + 2):
        end += 2
    entries = range(start, end + 1, 2)
    terms = [blocks[k].text.strip().casefold() for k in entries]
    return (
        len(terms) >= PARAGRAPH_ENTRIES_MIN and len(set(terms)) == len(terms)
        and any(k != i and _a_plain_term(blocks[k]) for k in entries)
    )


def _alone(blocks: list[Block], k: int) -> bool:
    """Block k is a paragraph of its own (between blank lines)."""
    paragraph = blocks[k].paragraph
    return (k == 0 or blocks[k - 1].paragraph != paragraph) and (
        k + 1 == len(blocks) or blocks[k + 1].paragraph != paragraph
    )


def _a_plain_term(block: Block) -> bool:
    """No furniture, nor a widget's title ("Comments")."""
    return vocabulary().cover(block.text, FURNITURE_FAMILIES) is None and not a_widgets_title(block.text)


def _between_numbered_lists(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a title between the last item of a numbered list and the
    first two of the next ("2. Choose a folder." / "Print" / "1. Open the file." / "2. ..."): a
    manual's steps under their titles."""
    if not without_blank_lines(blocks) or i == 0 or i + 2 >= len(blocks) or item_number(blocks[i - 1].text) is None:
        return False
    return item_number(blocks[i + 1].text) == 1 and item_number(blocks[i + 2].text) == 2


def without_blank_lines(blocks: list[Block]) -> bool:
    """A text with no blank line (trafilatura's, one paragraph a line): all of it one paragraph."""
    return bool(blocks) and blocks[-1].paragraph == 0


def _a_term(blocks: list[Block], k: int) -> bool:
    text, below = blocks[k].text, blocks[k + 1] if k + 1 < len(blocks) else None
    return (
        below is not None and blocks[k].word_count <= TERM_MAX_WORDS and text[:1].isupper()
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and below.word_count >= DEFINITION_MIN_WORDS
        and _DEFINITION_END.search(below.text.rstrip()) is not None
    )


@once_per_document
def _glossary_terms(blocks: list[Block]) -> frozenset[int]:
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1) if _a_term(blocks, k) and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _titles_its_section(title: Block, paragraph: Block) -> bool:
    return names_its_topic(title, paragraph) or vocabulary().cover(title.text, ("section",)) is not None


def _labels_contact_details(blocks: list[Block], i: int) -> bool:
    """A line of contact labels ("E-Mail", "Kontakt", "Phone / Fax") next to contact details,
    or a form's field ("E-mail:") next to another ("Phone:"), or next to a printed form's field
    that no web form asks for ("Date of birth:"; on gold-bodies' article regions the web forms'
    "Your Email:" stood between "Your Name:" and "Comments:")."""
    v = vocabulary()
    if v.cover(blocks[i].text, ("contact", "section")) is None:
        return False
    details = line_patterns()["contact_details"]
    neighbours = [blocks[k].text for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
    if any(details.search(text) for text in neighbours):
        return True
    # the title of an address block: "Kontakt & Impressum" over a firm's name, street and
    # postcode (a postcode or a phone number: under a footer's "Contact us" its desks' e-mails)
    if _a_title(blocks, i) and any(details.search(text) and "@" not in text for text in _address_below(blocks, i)):
        return True
    # a web form's fields name what its forms ask ("Name:", "Your Comments/Questions:"); a printed
    # form asks for more ("Date of birth:" beside "Email:")
    return a_field(blocks[i].text) and any(
        a_field(text) and (v.cover(text, ("contact",)) or not any(has_phrase(text, f) for f in _WEB_FORM_WORDS))
        for text in neighbours
    )


_WEB_FORM_WORDS = ("form", "thread", "comment", "retailer", *FURNITURE)
# An address block names its firm or person and street before its postcode or phone number.
ADDRESS_LINES = 4


def _address_below(blocks: list[Block], i: int) -> list[str]:
    """The first ADDRESS_LINES lines of the paragraph under block i, if they are all short."""
    paragraph = blocks[i + 1].paragraph
    lines = [b for b in blocks[i + 1:i + 1 + ADDRESS_LINES] if b.paragraph == paragraph]
    return [b.text for b in lines] if all(b.word_count <= BUTTONS_MAX_WORDS for b in lines) else []


# A word and a number: "Deel 2", "Part 3"
_NUMBERED_TITLE = regex.compile(r"^\s*(\D+?)\s+(\d{1,3})\s*$")


def _numbers_a_part(blocks: list[Block], i: int) -> bool:
    """A title of a word and a number, with the same word and the number before or after it
    on another line: the text's parts or chapters ("Deel 1", "Deel 2"), where a button's count
    ("Share 12") stands alone."""
    found = _NUMBERED_TITLE.match(blocks[i].text)
    # (in a text with no blank line, a title over a line of prose)
    titles = _a_title(blocks, i) or (
        without_blank_lines(blocks) and i + 1 < len(blocks) and reads_as_prose(blocks[i + 1].text)
    )
    if found is None or not titles:
        return False
    numbers = _numbered_titles(blocks).get(found.group(1).casefold(), set())
    number = int(found.group(2))
    return number - 1 in numbers or number + 1 in numbers


@once_per_document
def _numbered_titles(blocks: list[Block]) -> dict[str, set[int]]:
    """The numbers that follow each word on the text's lines of a word and a number."""
    numbers: dict[str, set[int]] = {}
    for block in blocks:
        if found := _NUMBERED_TITLE.match(block.text):
            numbers.setdefault(found.group(1).casefold(), set()).add(int(found.group(2)))
    return numbers


def a_field(text: str) -> bool:
    """A form's field waiting for its value: "Phone:" (a comment form's "Email *" is furniture)."""
    return text.rstrip().endswith(":")


# A section may open with a few short lines before its prose: a subtitle, an endpoint, a date.
# Its title is then a word or two ("Threads", "Login"); a longer row of buttons names more
# ("Enlarge This Image" over a picture's credit, "Bookmark, Share, or Email This Page").
SECTION_OPENING_LINES = 3
OPENED_SECTION_TITLE_MAX_WORDS = 2


def _names_the_section_below(blocks: list[Block], i: int) -> bool:
    """A title over a section that opens with short lines of its own, no furniture, before the
    prose whose topic it names ("Login" over "- Endpoint: /me" and "The login endpoint is...";
    "Threads" over "Using Threads to Run Code" and "... the threads of a program ...")."""
    title = blocks[i].text
    if blocks[i].word_count > OPENED_SECTION_TITLE_MAX_WORDS or not _a_title(blocks, i):
        return False
    for k in range(i + 1, min(i + 2 + SECTION_OPENING_LINES, len(blocks))):
        if reads_as_prose(blocks[k].text):
            return k > i + 1 and names_its_topic(blocks[i], blocks[k])
        if names_furniture(blocks[k].text, quoted=title):
            return False  # "Follow us on Facebook" over "Follow me on Twitter"
    return False


def _titles_the_paragraph_below(blocks: list[Block], i: int) -> bool:
    """A line alone in its paragraph, starting with a capital, over a paragraph of prose; in a
    text with no blank line (an extractor's, one paragraph a line), a section's title over a
    line of prose, a title that is no call or in a text that other titles cut into sections."""
    if i + 1 >= len(blocks) or not reads_as_prose(blocks[i + 1].text):
        return False
    if _a_title(blocks, i):
        return True
    return blocks[-1].paragraph == 0 and _a_sections_title(blocks, i) and (_no_call(blocks[i]) or _sectioned(blocks, i))


# A section's title: a capital, after its number if it has one ("5. Subscriptions", "Article 2 –
# Inscription", Markdown's escaped "5\\. Subscriptions"); a few words that end no sentence.
_TITLE_START = regex.compile(r"^(?:(?:\d+(?:\.\d+)*\\?[.)]?|\p{Lu}\p{Ll}+\s+\d+\s*[–—:-])\s+)?\p{Lu}")
SECTION_TITLE_MAX_WORDS = 6
# A text with no blank line is cut into sections when at least this many other lines title the
# prose under them and are no furniture.
SECTIONED_MIN_TITLES = 2


def _a_sections_title(blocks: list[Block], k: int) -> bool:
    """A short line over prose, or over an FAQ's first question and its answer."""
    text = blocks[k].text
    return (
        blocks[k].word_count <= SECTION_TITLE_MAX_WORDS and _TITLE_START.match(text) is not None
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and k + 1 < len(blocks)
        and (reads_as_prose(blocks[k + 1].text) or _a_question_over_its_answer(blocks, k + 1))
    )


# An FAQ's question: a short line ending in a question mark.
QUESTION_MAX_WORDS = 12


def _a_question_over_its_answer(blocks: list[Block], k: int) -> bool:
    """An FAQ's question over the prose of its answer: a section's title too."""
    text = blocks[k].text.rstrip()
    return (
        blocks[k].word_count <= QUESTION_MAX_WORDS and text.endswith(("?", "？")) and text[:1].isupper()
        and k + 1 < len(blocks) and reads_as_prose(blocks[k + 1].text)
    )


def _opens_a_section(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a section's title between the prose of the section before
    and its own, in a text that other such titles cut into sections ("Diskussion" between a
    paper's results and its discussion): no connector among its words but an article that opens
    it ("Leave a Reply", "On Amazon" are calls, "The archive" a name), and no button of a comment
    ("Delete" between two comments)."""
    if blocks[-1].paragraph != 0 or i == 0 or not _a_sections_title(blocks, i):
        return False
    if not reads_as_prose(blocks[i - 1].text):
        return False
    return _a_name_or_no_call(blocks[i]) and _sectioned(blocks, i)


def _a_name_or_no_call(block: Block) -> bool:
    """_no_call, or a name after its article ("The archive", "Les archives"): an article opens a
    name, where a call's connectors join its words ("Leave a Reply", "Read the story")."""
    v = vocabulary()
    tokens = word_tuple(block.text)
    if len(tokens) > 1 and tokens[0] in v.members["article"]:
        tokens = tokens[1:]
    return v.members["connector"].isdisjoint(tokens) and v.cover(block.text, ("reply", "ad")) is None


def _no_call(block: Block) -> bool:
    """No connector among the line's words ("Leave a Reply", "On Amazon" are calls), no button
    of a comment ("Delete" between two comments) and no ad's label ("Advertisement" between two
    paragraphs titles nothing)."""
    v = vocabulary()
    return v.members["connector"].isdisjoint(word_tuple(block.text)) and v.cover(block.text, ("reply", "ad")) is None


def _sectioned(blocks: list[Block], i: int) -> bool:
    """Whether other lines of the text title the prose under them, furniture none of them: a
    text cut into sections (a paper's "Methods", "Results"; a leaflet's headings; an FAQ's
    questions)."""
    return len(_section_titles(blocks) - {i}) >= SECTIONED_MIN_TITLES


@once_per_document
def _section_titles(blocks: list[Block]) -> frozenset[int]:
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if (_a_sections_title(blocks, k) or _a_question_over_its_answer(blocks, k))
        and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _a_title(blocks: list[Block], i: int) -> bool:
    """A line alone in its paragraph, starting with a capital, with a paragraph below it."""
    if i + 1 >= len(blocks) or not _CAPITAL_FIRST.match(blocks[i].text):
        return False
    return (i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph) and blocks[i + 1].paragraph != blocks[i].paragraph


# A stanza: at least two lines of verse, each of VERSE_MIN_WORDS to VERSE_MAX_WORDS words with no
# digit and none of a menu's separators, at least half of them running on from the line above
# (starting in lower case, or after a comma or a semicolon). A list of links or of a form's
# fields is short lines that each start anew.
VERSE_MIN_WORDS = 3
VERSE_MAX_WORDS = 12
_NOT_VERSE = regex.compile(r"[\d|@:]")
# An item of a numbered list and its number: "1. ", "12) ", "a) ", "b. ", in any script's digits
# ("۱. ", "१. "), or Chinese and Japanese style ("1、"), after a direction mark if any; Markdown
# escapes the full stop ("1\\. "), as trafilatura's Markdown output does
_NUMBERED_ITEM = regex.compile(r"^\p{Cf}*(?:(?P<digit>\d{1,3})(?:\\?[.)]\s|、)|(?P<letter>[ab])[.)]\s)")


def item_number(text: str) -> int | None:
    found = _NUMBERED_ITEM.match(text)
    if found is None:
        return None
    return int(found.group("digit")) if found.group("digit") else "ab".index(found.group("letter")) + 1


# A bulleted list's marker, and the furniture its items must not be made of.
_BULLET = regex.compile(r"[-*•·]\s+")
FURNITURE_FAMILIES = (*FURNITURE, "retailer")
# A capital opens the line, after its quotation marks and its direction marks (right-to-left
# text sets a Latin word between invisible marks: "\u200fYouTube"): a title, "„Heimat“".
_CAPITAL_FIRST = regex.compile(r"[\p{Cf}\p{Pi}\p{Pf}\p{Ps}\"']*[\p{Lu}\p{Lt}]")


def _titles_a_list(blocks: list[Block], i: int) -> bool:
    """The title of a numbered list ("1." then "2."), or of a bulleted list whose items are not
    furniture ("Jump to:" over "- Getting Started", "- Getting Help"; a share box's bullets
    name networks)."""
    if not _a_title(blocks, i) or i + 2 >= len(blocks):
        return False
    first, second = blocks[i + 1].text, blocks[i + 2].text
    if item_number(first) == 1 and item_number(second) == 2:
        return True
    if _titles_a_numbered_section(blocks, i):
        return True
    bullet = _BULLET.match(first)
    return (
        bullet is not None and second.startswith(bullet.group())
        and not any(vocabulary().cover(item[bullet.end():], FURNITURE_FAMILIES) for item in (first, second))
    )


def _titles_a_numbered_section(blocks: list[Block], i: int) -> bool:
    """A title over an item of a numbered list whose other sections have titles that are no
    furniture ("Paintings" over "1. John Brett", "Photographs" over "3. Fay Godwin"): the
    sections of a catalogue or of a report. A link back to the top between a list's sections
    is furniture each time."""
    return _over_an_item(blocks, i) and bool(_numbered_section_titles(blocks) - {i})


def _over_an_item(blocks: list[Block], k: int) -> bool:
    return _a_title(blocks, k) and item_number(blocks[k + 1].text) is not None


@once_per_document
def _numbered_section_titles(blocks: list[Block]) -> frozenset[int]:
    """The titles over an item of a numbered list that are no furniture."""
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1)
        if _over_an_item(blocks, k) and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


def _titles_a_stanza(blocks: list[Block], i: int) -> bool:
    if not _a_title(blocks, i):
        return False
    end = i + 1  # the stanza: the blocks of the paragraph below the title
    while end < len(blocks) and blocks[end].paragraph == blocks[i + 1].paragraph:
        end += 1
    return _a_stanza(blocks[i + 1:end])


def _a_stanza(stanza: list[Block]) -> bool:
    if len(stanza) < 2 or not all(map(_a_verse, stanza)):
        return False
    running_on = sum(1 for a, b in itertools.pairwise(stanza) if b.text[:1].islower() or a.text.endswith((",", ";")))
    return running_on >= (len(stanza) - 1) / 2


def _a_verse(block: Block) -> bool:
    return VERSE_MIN_WORDS <= block.word_count <= VERSE_MAX_WORDS and not _NOT_VERSE.search(block.text)


def _in_a_songs_verse(blocks: list[Block], i: int) -> bool:
    """A line of a paragraph that holds a verse, in a text with a stanza elsewhere: a song's
    refrain ("Home" / "Home" / "Take me home"). Scraped buttons stand apart from any verse (a
    byline's "From Jane Doe, / Your Guide to Funds." over "Sign Up Now!" is its own stanza)."""
    here = blocks[i].paragraph
    return here in _paragraphs_with_a_verse(blocks) and bool(_stanzas(blocks) - {here})


@once_per_document
def _paragraphs_with_a_verse(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that hold a verse that is no furniture (none in a text
    with no blank line, whose paragraphs are its lines)."""
    if blocks[-1].paragraph == 0:
        return frozenset()
    return frozenset(b.paragraph for b in blocks if _a_verse(b) and not _furniture_families(b.text))


@once_per_document
def _stanzas(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that are stanzas."""
    paragraphs = enumerate(paragraphs_of(blocks))
    return frozenset(n for n, paragraph in paragraphs if _a_stanza([blocks[k] for k in paragraph]))


# A title names its section's topic when one of its words, cut to this many letters (a crude stem:
# "Kommentare" and "Kommentar", "Archives" and "archive"), opens a word of the section's start.
TOPIC_STEM_LETTERS = 5
TOPIC_MIN_LETTERS = 4  # shorter words ("Go", "Ad") name nothing
TOPIC_WINDOW_WORDS = 80


# A word of TOPIC_STEM_LETTERS letters or fewer is all stem and ending: its inflected forms
# change its last letter and add at most this many ("Карта" and "на карте", "Mapa" and "na
# mapie", "Poll" and "polls").
INFLECTION_LETTERS = 2


def names_its_topic(title: Block, paragraph: Block) -> bool:
    connectors = vocabulary().members["connector"]
    named = {w for w in _stems(title.text) if w not in connectors}
    if not named:
        return False
    # (a name inside Chinese, Japanese or Thai text is a word of its own: "Instagramのアカウント")
    opening = " ".join(paragraph.text.split()[:TOPIC_WINDOW_WORDS])
    start = _stems(UNSPACED_LETTERS.sub(" ", HAN_OR_KANA.sub(" ", opening)))
    stems = {w[:TOPIC_STEM_LETTERS] for w in named}
    if any(w[:TOPIC_STEM_LETTERS] in stems for w in start):
        return True
    short = [w for w in named if len(w) <= TOPIC_STEM_LETTERS]
    return any(
        word[:len(w) - 1] == w[:-1] and len(word) <= len(w) + INFLECTION_LETTERS for w in short for word in start
    )


def in_a_programme(blocks: list[Block], k: int) -> bool:
    """Block k and a line beside it open with a clock time and go on with words that tell no
    time ("11:15 First response: Tom Hale", "11:35 Second response"): a programme's or a
    timetable's entries, where a comment's byline gives its time after the commenter's name or
    alone ("1:34 PM (1 minute ago)")."""
    return _programme_entry(blocks[k].text) and any(
        0 <= n < len(blocks) and _programme_entry(blocks[n].text) for n in (k - 1, k + 1)
    )


def _programme_entry(text: str) -> bool:
    found = line_patterns()["timed"].match(text)
    if found is None:
        return False
    told = vocabulary().members["time"] | vocabulary().members["ago"]
    return any(word not in told for word in word_tuple(text[found.end():]) if not word.isdigit())


# A title of plain words: a capital, then letters, spaces, hyphens and apostrophes
_PLAIN_TITLE = regex.compile(r"^\s*\p{Lu}[\p{L}\p{M}'’ -]*$")


def names_its_own_topic(title: Block, below: Block) -> bool:
    """A button's word that is no call titles the statement under it, which names its topic
    ("Report" over "The officers' report sums up what people said", "Répondre" over "Répondez
    aux questions 1 à 4"): a section's or an exercise's title, where a comment's button stands
    over the next comment's byline."""
    if not _PLAIN_TITLE.match(title.text):
        return False  # a button's marks ("[Reply]", "Subscribe!", "Email:", "Home > Recipes")
    if not vocabulary().members["connector"].isdisjoint(word_tuple(title.text)):
        return False  # a call ("Leave a Comment" over the comment form's notice)
    statement = reads_as_prose(below.text) or (below.word_count >= DEFINITION_MIN_WORDS and ends_a_sentence(below.text))
    return statement and names_its_topic(title, below)


def _stems(text: str) -> list[str]:
    """The text's words of TOPIC_MIN_LETTERS letters or more, elisions split off ("l'accueil"),
    hyphens left out ("E-mail" and "Email")."""
    return [
        part.replace("-", "") for word in words(text) for part in word.split("'")
        if len(part.replace("-", "")) >= TOPIC_MIN_LETTERS
    ]
