"""Signs of a term over its definition: a term defined below, a definition list's item, a
glossary's entry, a key's name in a table of shortcuts, a string of a text about an interface.
"""

from __future__ import annotations

import functools

import regex

from cleaner.lines import ARTICLE_FURNITURE, once_per_document, reads_as_prose
from cleaner.model import Block
from cleaner.own.common import (
    BULLET,
    DEFINITION_END,
    DEFINITION_MIN_WORDS,
    ENTRIES_MIN,
    FURNITURE_FAMILIES,
    a_plain_term,
    a_term,
    glossary_terms,
    names_its_topic,
    no_call,
    unbulleted,
)
from cleaner.vocabulary import vocabulary, word_tuple

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
    states = DEFINITION_END.search(below.text.rstrip()) is not None or names_its_topic(blocks[i], below)
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
        if not a_term(blocks, k - 2):
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
    if len({_term_name(blocks[k]) for k in in_paragraph}) >= ENTRIES_MIN and no_call(unbulleted(blocks[i])):
        return True
    # a call or a comment's button's word ("- Delete", "- Anzeigen als") among terms that are no furniture
    return any(k != i and a_plain_term(unbulleted(blocks[k])) for k in in_paragraph)


def _term_name(block: Block) -> str:
    return unbulleted(block).text.casefold()


@once_per_document
def _bulleted_terms(blocks: list[Block]) -> frozenset[int]:
    return frozenset(k for k in range(len(blocks) - 1) if BULLET.match(blocks[k].text) and _a_bulleted_term(blocks, k))


def _a_bulleted_term(blocks: list[Block], k: int) -> bool:
    """Item k is a term (a few words ending no sentence) and the next line, an item of the same
    list (same marker, same indent), is its description: a statement that is no furniture, or
    one that introduces more ("- Edit" / "- This button opens the dialog:")."""
    bullet = BULLET.match(blocks[k].text)
    if bullet is None or k + 1 >= len(blocks):
        return False
    term, below = unbulleted(blocks[k]), blocks[k + 1]
    if not below.text.startswith(bullet.group().rstrip()) or below.indent != blocks[k].indent:
        return False
    description = unbulleted(below)
    return (
        below.paragraph == blocks[k].paragraph and 0 < term.word_count <= ITEM_TERM_MAX_WORDS
        and not term.text.endswith((".", "!", "?", ":", "…")) and description.word_count >= DEFINITION_MIN_WORDS
        and (DEFINITION_END.search(description.text) is not None or description.text.endswith(":")
             or names_its_topic(term, description))
        and vocabulary().cover(description.text, (*ARTICLE_FURNITURE, "form")) is None
    )


# A text with no blank line is a glossary when at least this many other terms, no furniture,
# stand over their definitions.
GLOSSARY_MIN_TERMS = 2


def _in_a_glossary(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a term after the definition of the term before, in a text
    where other terms, no furniture, stand over their definitions ("Follow" / "To see someone's
    posts in your feed."): a glossary's or a manual's entries, one line each. Not a call
    ("Leave a Reply") nor a comment's button ("Delete"), as _opens_a_section, but between two
    plain terms' entries: a glossary of a shop's buttons ("Abandoned cart" / its definition /
    "Add to cart" / "The main button on a product page." / "Backorder"). A page's "Leave a
    Reply" stands under its story's last paragraph, and a text cut into sections of a sentence
    each has no entry after it."""
    if blocks[-1].paragraph != 0 or i == 0 or not DEFINITION_END.search(blocks[i - 1].text.rstrip()):
        return False
    terms = glossary_terms(blocks)
    return (
        a_term(blocks, i) and (no_call(blocks[i]) or _between_plain_entries(blocks, i))
        and len(terms - {i}) >= GLOSSARY_MIN_TERMS
    )


def _between_plain_entries(blocks: list[Block], i: int) -> bool:
    """A plain term's entry above the line's, and another term's under it (a glossary's may run
    to a few more words: "Average order value (AOV)")."""
    k = i + 2
    plain = k < len(blocks) and vocabulary().cover(blocks[k].text, FURNITURE_FAMILIES) is None
    return i - 2 in glossary_terms(blocks) and plain and a_term(blocks, k, ITEM_TERM_MAX_WORDS)


# A label over a string names the interface's part it is ("Button:", "Schaltfläche:"): a few words
# and a colon.
INTERFACE_LABEL_MAX_WORDS = 3


def _labelled_as_a_part_of_the_interface(blocks: list[Block], i: int) -> bool:
    """A string right under the label that names which part of an interface it is ("Button:"
    over "Subscribe", "Texto del botón:" over "Suscribirme"): a copy deck's or a spec's entry. A
    page never labels its buttons so."""
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    label = blocks[i - 1]
    return (
        label.word_count <= INTERFACE_LABEL_MAX_WORDS and label.text.rstrip().endswith(":")
        and not vocabulary().members["interface"].isdisjoint(word_tuple(label.text))
    )


# A text is about an interface when at least this many of its paragraphs of prose name an
# interface's parts ("button", "label", "Schaltfläche"): a style guide, a spec, a glossary.
INTERFACE_PROSE_MIN = 3


def _a_string_of_a_text_about_its_interface(blocks: list[Block], i: int) -> bool:
    """A line between the paragraphs of prose that name an interface's parts, INTERFACE_PROSE_MIN
    or more ("Buttons stehen im Infinitiv.", "Use exactly these strings."): a style guide's, a
    spec's or a glossary's strings, listed as the widget prints them ("Compartir en WhatsApp" /
    "Compartir en Facebook"). A page's share box stands after the prose of a story that names
    buttons, or among its comments (on gold-bodies this kept a technical article's "Click to
    enlarge" under its figures and a review's "On Amazon", which the guard below keeps out)."""
    prose = _prose_naming_the_interface(blocks)
    if len(prose) < INTERFACE_PROSE_MIN or not prose[0] < i < prose[-1]:
        return False
    return vocabulary().cover(blocks[i].text, _NO_STRING_FAMILIES) is None


# A picture's or a shop's button is no string a text about an interface lists: a technical
# article's "Click to enlarge" under its figures, a review's "On Amazon".
_NO_STRING_FAMILIES = ("media", "shop")


@once_per_document
def _prose_naming_the_interface(blocks: list[Block]) -> list[int]:
    parts, within = vocabulary().members["interface"], _interface_words_within()
    return [k for k, block in enumerate(blocks)
            if (not parts.isdisjoint(word_tuple(block.text)) or any(word in block.text for word in within))
            and reads_as_prose(block.text)]


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


@functools.cache
def _interface_words_within() -> tuple[str, ...]:
    """The interface's words in scripts that write no space between words or join a particle to
    the word ("ボタンを押す", "버튼을"): found inside a longer word."""
    return tuple(word for word in vocabulary().members["interface"] if _UNSPACED.search(word))
