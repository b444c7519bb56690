"""Signs of technical texts and forms: code, a configuration file's section, a manual's command
and its buttons, an index, contact labels and a form's fields.
"""

from __future__ import annotations

import itertools

import regex

from cleaner.lines import (
    BUTTONS_MAX_WORDS,
    CODE,
    DIGIT,
    FURNITURE,
    QUOTATION,
    a_widgets_title,
    ends_a_sentence,
    has_phrase,
    line_patterns,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own.common import (
    DEFINITION_END,
    DEFINITION_MIN_WORDS,
    _a_title,
    a_term,
    glossary_terms,
    line_counts,
    no_call,
    starts_a_paragraph,
    without_blank_lines,
)
from cleaner.own.titles import _sectioned
from cleaner.vocabulary import vocabulary

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


# An HTTP request as an API's reference writes it: a method and a path ("POST /login",
# "GET /search?q=...")
_AN_ENDPOINT = regex.compile(r"^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*")


def _an_endpoint_or_its_title(blocks: list[Block], i: int) -> bool:
    """An API's endpoint ("POST /login"), or its title on the line above ("Login" / "POST
    /login", "Search" / "GET /search?q=..."): a reference's section on that request. A page's
    button stands over no request."""
    return _AN_ENDPOINT.match(blocks[i].text) is not None or (
        i + 1 < len(blocks) and _AN_ENDPOINT.match(blocks[i + 1].text) is not None
    )


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
    return a_term(blocks, i) or (
        i + 1 < len(blocks) and blocks[i + 1].word_count >= DEFINITION_MIN_WORDS
        and DEFINITION_END.search(blocks[i + 1].text.rstrip()) is not None
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
    if i == 0 or not a_term(blocks, i) or not DEFINITION_END.search(blocks[i - 1].text.rstrip()):
        return False
    v = vocabulary()
    if v.cover(text, ("comment", "reply"), connectors=False) is None or a_widgets_title(text):
        return False
    return (
        not names_furniture(blocks[i + 1].text) and line_counts(blocks)[text.casefold()] == 1
        and len(glossary_terms(blocks) - {i}) >= MANUAL_MIN_TERMS
    )


def _between_code(blocks: list[Block], i: int) -> bool:
    return 0 < i < len(blocks) - 1 and all(CODE.search(blocks[k].text) for k in (i - 1, i + 1))


def _introduces_a_sentence(blocks: list[Block], i: int) -> bool:
    """A label over the sentence it introduces: prose that names no furniture, or a sentence the
    text quotes whole in quotation marks, whatever it names ("Pour Instagram ou Pinterest :"
    over «Publicité – lien affilié : je touche une commission ...», a guide's sample
    disclosure). A page's label stands over its links or its box, quoting nothing."""
    if not a_field(blocks[i].text) or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    if QUOTATION.fullmatch(below.text.strip()) and below.word_count >= QUOTED_SENTENCE_MIN_WORDS:
        return True
    return reads_as_prose(below.text) and ends_a_sentence(below.text) and not names_furniture(below.text)


# A quoted sentence has a few words at least (a quoted label, "« Précédent »", has one or two)
QUOTED_SENTENCE_MIN_WORDS = 5


# A blank to fill in on a printed form: a row of dots or underscores ("..........", "______")
_BLANK = regex.compile(r"^\s*(?:[._…]\s*){5,}$")


def _beside_a_blank(blocks: list[Block], i: int) -> bool:
    """The label of a printed form's field over the blank to fill in ("Signature" over
    "__________"), or under it ("podpis" under ".........", a signature's caption): a web form's
    field prints no such line."""
    return any(
        0 <= k < len(blocks) and blocks[k].paragraph == blocks[i].paragraph and _BLANK.match(blocks[k].text) is not None
        for k in (i + 1, i - 1)
    )


def _labels_contact_details(blocks: list[Block], i: int) -> bool:
    """A line of contact labels ("E-Mail", "Kontakt", "Phone / Fax") next to contact details
    (an office's extension, "доб. 2231", among them),
    or a form's field ("E-mail:") next to another ("Phone:"), or next to a printed form's field
    that no web form asks for ("Date of birth:"; on gold-bodies' article regions the web forms'
    "Your Email:" stood between "Your Name:" and "Comments:"), or a bare title over a name and an
    e-mail address in a text cut into titled sections (on gold-bodies this kept none of the
    lines removed before; the Guardian's "Contact us" over its desks' addresses is a call)."""
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
    # a section's bare title ("Kontakt", "Контакты") over a name and an e-mail address, or a
    # street and its town ("Fjellstuvegen 30, Gol."), in a text that other titles cut into
    # sections: a handbook's, a club's report's or a campsite's contact section. A call
    # ("Contact us") titles one under the text's prose (a guide's last section); a footer's
    # stands under its share buttons or under no titled sections.
    if _titles_its_lines(blocks, i) and (no_call(blocks[i]) or _under_a_sentence(blocks, i)) and _sectioned(
        blocks, i
    ) and any(
        details.search(text) or _EMAIL.search(text) or _A_STREET.search(text) for text in _lines_below(blocks, i)
    ):
        return True
    # a web form's fields name what its forms ask ("Name:", "Your Comments/Questions:"); a printed
    # form asks for more ("Date of birth:" beside "Email:")
    return a_field(blocks[i].text) and any(
        a_field(text) and (v.cover(text, ("contact",)) or not any(has_phrase(text, f) for f in _WEB_FORM_WORDS))
        for text in neighbours
    )


_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A street, its number and its town after a comma, as an address writes them with no postcode
# ("Björkuddsvägen 4, Rättvik", "Glavni trg 4, Kamnik")
_A_STREET = regex.compile(r"\b\p{L}{2,}\.?\s\d{1,4}[a-zA-Z]?,\s*\p{Lu}\p{Ll}+")
_WEB_FORM_WORDS = ("form", "thread", "comment", "retailer", *FURNITURE)
# An address block names its firm or person and street before its postcode or phone number.
ADDRESS_LINES = 4


def _titles_its_lines(blocks: list[Block], i: int) -> bool:
    """A title alone in its paragraph, or opening it over the rest (a text laid out "Title" /
    "its lines" with blank lines between the sections); in a text without blank lines, a line
    under one that ends a sentence."""
    if _a_title(blocks, i):
        return True
    goes_on = i + 1 < len(blocks) and blocks[i + 1].paragraph == blocks[i].paragraph
    if without_blank_lines(blocks):
        return goes_on and i > 0 and ends_a_sentence(blocks[i - 1].text)
    return starts_a_paragraph(blocks, i) and goes_on


def _under_a_sentence(blocks: list[Block], i: int) -> bool:
    return i > 0 and reads_as_prose(blocks[i - 1].text) and ends_a_sentence(blocks[i - 1].text)


def _lines_below(blocks: list[Block], i: int) -> list[str]:
    """The first ADDRESS_LINES lines of the paragraph under block i, short or not ("Vorstand:
    Renate Wolff (1. Vorsitzende) und Jürgen Pohl (Kassierer)" over the board's e-mail)."""
    paragraph = blocks[i + 1].paragraph
    return [b.text for b in blocks[i + 1:i + 1 + ADDRESS_LINES] if b.paragraph == paragraph]


def _address_below(blocks: list[Block], i: int) -> list[str]:
    """The short lines that open the paragraph under block i, at most ADDRESS_LINES of them (a
    sentence under the address, "During the fair the office is by the main entrance.", ends it)."""
    paragraph = blocks[i + 1].paragraph
    lines = [b for b in blocks[i + 1:i + 1 + ADDRESS_LINES] if b.paragraph == paragraph]
    short = list(itertools.takewhile(lambda b: b.word_count <= BUTTONS_MAX_WORDS, lines))
    return [b.text for b in short] if len(short) > 1 or len(short) == len(lines) else []


def a_field(text: str) -> bool:
    """A form's field waiting for its value: "Phone:" (a comment form's "Email *" is furniture)."""
    return text.rstrip().endswith(":")
