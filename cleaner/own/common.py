"""Helpers and constants that the signs of several families share: a text's paragraphs, a
title's and a term's shape, a call, the words a title names its topic with.
"""

from __future__ import annotations

import collections
import dataclasses

import regex

from cleaner.lines import (
    ARTICLE_FURNITURE,
    FURNITURE,
    HAN_OR_KANA,
    SENTENCE_MIN_WORDS,
    UNSPACED_LETTERS,
    a_widgets_title,
    ends_a_sentence,
    has_phrase,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.segment import runs_on
from cleaner.vocabulary import vocabulary, word_tuple, words


@once_per_document
def paragraphs_of(blocks: list[Block]) -> list[list[int]]:
    """The blocks of each paragraph, by its number."""
    found: list[list[int]] = [[] for _ in range(blocks[-1].paragraph + 1)] if blocks else []
    for k, block in enumerate(blocks):
        found[block.paragraph].append(k)
    return found


def furniture_families(text: str) -> set[str]:
    """The article mode families of the phrases that make up the line, if it is furniture."""
    v = vocabulary()
    covered = v.cover(text, ARTICLE_FURNITURE) or ()
    return {family for phrase in covered if (family := v.family_of(phrase, ARTICLE_FURNITURE))}


def names_other_families(title: str, text: str, families: tuple[str, ...] = ARTICLE_FURNITURE) -> bool:
    """Whether the text names furniture of one of `families` that the title's words are not of
    ("Follow us on:" under "Archives"; "... meest gelezen stukken:" under "Meest gelezen" names
    its own)."""
    named = {family for family in families if has_phrase(text, family)}
    return bool(named - furniture_families(title))


# A section's number of two levels or more: "6.3.2. Subscriptions", "12.8 DELETE" ("4. RSS 2.0"
# may be a list's item)
SECTION_NUMBER = regex.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+\S")

# A definition: a statement of at least this many words, ending in a full stop (a teaser's "!"
# or "?", or a cut-off "...", is no definition), that is not itself furniture.
DEFINITION_MIN_WORDS = 3
DEFINITION_END = regex.compile(r"(?<![.…])\.$")


def unbulleted(block: Block) -> Block:
    """The block with its list marker ("- ", "* ", "• ") cut off its text."""
    bullet = BULLET.match(block.text)
    if bullet is None:
        return block
    text = block.text[bullet.end():].rstrip()
    return dataclasses.replace(block, text=text, word_count=len(text.split()))


# A term: a word or a few, starting with a capital, ending no sentence.
TERM_MAX_WORDS = 3

# A text with no blank line is a glossary's run when at least this many entries, each a term
# over its definition, follow one another and name different terms.
ENTRIES_MIN = 2


def a_plain_term(block: Block) -> bool:
    """No furniture, nor a widget's title ("Comments")."""
    return vocabulary().cover(block.text, FURNITURE_FAMILIES) is None and not a_widgets_title(block.text)


def without_blank_lines(blocks: list[Block]) -> bool:
    """A text with no blank line (trafilatura's, one paragraph a line): all of it one paragraph."""
    return bool(blocks) and blocks[-1].paragraph == 0


def a_term(blocks: list[Block], k: int, max_words: int = TERM_MAX_WORDS) -> bool:
    text, below = blocks[k].text, blocks[k + 1] if k + 1 < len(blocks) else None
    return (
        below is not None and blocks[k].word_count <= max_words and text[:1].isupper()
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and below.word_count >= DEFINITION_MIN_WORDS
        and DEFINITION_END.search(below.text.rstrip()) is not None
    )


@once_per_document
def glossary_terms(blocks: list[Block]) -> frozenset[int]:
    v = vocabulary()
    return frozenset(
        k for k in range(len(blocks) - 1) if a_term(blocks, k) and v.cover(blocks[k].text, FURNITURE_FAMILIES) is None
    )


# A section's title: a capital, after its number if it has one ("5. Subscriptions", "Article 2 –
# Inscription", Markdown's escaped "5\\. Subscriptions") and Spanish's opening mark ("¿Cómo
# participar?"); a few words that end no sentence.
TITLE_START = regex.compile(r"^(?:(?:\d+(?:\.\d+)*\\?[.)]?|\p{Lu}\p{Ll}+\s+\d+\s*[–—:-])\s+)?[¿¡]?\p{Lu}")
SECTION_TITLE_MAX_WORDS = 6
# A text with no blank line is cut into sections when at least this many other lines title the
# prose under them and are no furniture.
SECTIONED_MIN_TITLES = 2

# An FAQ's question: a short line ending in a question mark.
QUESTION_MAX_WORDS = 12


@once_per_document
def line_counts(blocks: list[Block]) -> collections.Counter[str]:
    """How often each line stands in the text, case left aside."""
    return collections.Counter(block.text.strip().casefold() for block in blocks)


def a_name_or_no_call(block: Block) -> bool:
    """no_call, or a name after its article ("The archive", "Les archives"): an article opens a
    name, where a call's connectors join its words ("Leave a Reply", "Read the story"). A
    possessive opens one too, of an ad's word as well ("Nos partenaires": a report's section),
    where an ad's label is the word alone or after its preposition ("Publicité", "De nos
    partenaires")."""
    v = vocabulary()
    if not a_name(block):
        return False
    tokens = word_tuple(block.text)
    if len(tokens) > 1 and tokens[0] in v.members["possessive"]:
        return v.cover(block.text, ("reply",)) is None
    return v.cover(block.text, ("reply", "ad")) is None


def a_name(block: Block) -> bool:
    """No connector among the line's words but what opens a title: a preposition or a
    possessive ("From the archive", "Para ouvir", "À supprimer"; after an article, "I nostri
    voti"), then an article ("The archive"), and what joins a name's words as well as a call's:
    a noun, the Romance "de" or a conjunction ("Home page", "Página de inicio", "Suche und
    Archiv"). A call's verb comes first and its connectors join the words after it ("Leave a
    Reply", "Read the story"); a shop's call opens with a preposition too ("On Amazon")."""
    v = vocabulary()
    tokens = word_tuple(block.text)
    openers = v.members["opener"] | v.members["possessive"]
    if len(tokens) > 1 and tokens[0] in v.members["article"] and tokens[1] in v.members["possessive"]:
        tokens = tokens[1:]  # an article before a possessive ("I nostri voti", "Os nossos parceiros")
    if len(tokens) > 1 and tokens[0] in openers:
        if v.cover(block.text, ("shop",)) is not None:
            return False
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] in v.members["article"]:
        tokens = tokens[1:]
    return (v.members["connector"] - v.members["naming"]).isdisjoint(tokens)


def no_call(block: Block) -> bool:
    """No connector among the line's words ("Leave a Reply", "On Amazon" are calls), no button
    of a comment ("Delete" between two comments) and no ad's label ("Advertisement" between two
    paragraphs titles nothing)."""
    v = vocabulary()
    return v.members["connector"].isdisjoint(word_tuple(block.text)) and v.cover(block.text, ("reply", "ad")) is None


def prose_below(blocks: list[Block], i: int) -> bool:
    """The line under line i reads as prose, or opens a paragraph of prose hard-wrapped by hand
    (each line but its last runs on, at whatever width), whose first line alone is too short
    to tell ("Die Nordlicht Logistik GmbH plant und steuert Warenströme für mehr als 400")."""
    if i + 1 >= len(blocks):
        return False
    if reads_as_prose(blocks[i + 1].text):
        return True
    # the paragraph's lines while they run on (a walk to its end from each line would take time
    # quadratic in a long list of short lines)
    paragraph, end = [blocks[i + 1].text], i + 2
    while end < len(blocks) and blocks[end].paragraph == blocks[i + 1].paragraph and runs_on(paragraph[-1]):
        paragraph.append(blocks[end].text)
        end += 1
    whole = end == len(blocks) or blocks[end].paragraph != blocks[i + 1].paragraph
    if len(paragraph) < 2 or not whole:
        return False
    joined = " ".join(line.strip() for line in paragraph)
    return reads_as_prose(joined) and ends_a_sentence(joined)


def rest_of_paragraph(blocks: list[Block], k: int) -> list[Block]:
    """Block k and the blocks after it in its paragraph."""
    end = k
    while end < len(blocks) and blocks[end].paragraph == blocks[k].paragraph:
        end += 1
    return blocks[k:end]


def starts_a_paragraph(blocks: list[Block], i: int) -> bool:
    """Line i is its paragraph's first (the text's first line, or a blank line above it)."""
    return i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph


def _a_sentence(block: Block) -> bool:
    """Prose, or a short sentence ("Poul Erik Dam blev genvalgt som revisor.")."""
    return reads_as_prose(block.text) or (block.word_count >= SENTENCE_MIN_WORDS and ends_a_sentence(block.text))


def _a_title(blocks: list[Block], i: int) -> bool:
    """A line alone in its paragraph, starting with a capital, with a paragraph below it."""
    if i + 1 >= len(blocks) or not CAPITAL_FIRST.match(blocks[i].text):
        return False
    return starts_a_paragraph(blocks, i) and blocks[i + 1].paragraph != blocks[i].paragraph


# An item of a numbered list and its number: "1. ", "12) ", "a) ", "b. ", in any script's digits
# ("۱. ", "१. "), or Chinese and Japanese style ("1、"), after a direction mark if any; Markdown
# escapes the full stop ("1\\. "), as trafilatura's Markdown output does
_NUMBERED_ITEM = regex.compile(r"^\p{Cf}*(?:(?P<digit>\d{1,3})(?:\\?[.)]\s|、)|(?P<letter>[ab])[.)]\s)")


def item_number(text: str) -> int | None:
    found = _NUMBERED_ITEM.match(text)
    if found is None:
        return None
    return int(found.group("digit")) if found.group("digit") else "ab".index(found.group("letter")) + 1


def without_item_number(text: str) -> str:
    """A numbered item's text without its number ("1. Archiwum": "Archiwum")."""
    found = _NUMBERED_ITEM.match(text)
    return text if found is None else text[found.end():]


# A question's last mark, in Latin, full-width and Arabic script
QUESTION_MARKS = ("?", "？", "؟")


# A bulleted list's marker, and the furniture its items must not be made of.
BULLET = regex.compile(r"[-*•·]\s+")
FURNITURE_FAMILIES = (*FURNITURE, "retailer")
# A capital opens the line, after its quotation marks and its direction marks (right-to-left
# text sets a Latin word between invisible marks: "\u200fYouTube"), Spanish's opening marks: a
# title, "„Heimat“", "¿Quiénes somos?".
CAPITAL_FIRST = regex.compile(r"[\p{Cf}\p{Pi}\p{Pf}\p{Ps}\"'¿¡]*[\p{Lu}\p{Lt}]")

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
    opening = " ".join(paragraph.text.split()[:TOPIC_WINDOW_WORDS])
    if _an_acronym_said_again(title.text, opening):
        return True
    if not named:
        return False
    # (a name inside Chinese, Japanese or Thai text is a word of its own: "Instagramのアカウント")
    start = _stems(UNSPACED_LETTERS.sub(" ", HAN_OR_KANA.sub(" ", opening)))
    stems = {w[:TOPIC_STEM_LETTERS] for w in named}
    if any(w[:TOPIC_STEM_LETTERS] in stems for w in start):
        return True
    short = [w for w in named if len(w) <= TOPIC_STEM_LETTERS]
    return any(
        word[:len(w) - 1] == w[:-1] and len(word) <= len(w) + INFLECTION_LETTERS for w in short for word in start
    )


# An acronym of three capitals names a topic as a longer word does ("RSS" over "Wenn du mit RSS
# nichts anfangen kannst", "FAQ", "PDF"), said again as it is written
_ACRONYM = regex.compile(r"\b\p{Lu}{3}\b")


def _an_acronym_said_again(title: str, opening: str) -> bool:
    return any(regex.search(rf"\b{acronym}\b", opening) for acronym in _ACRONYM.findall(title))


def _stems(text: str) -> list[str]:
    """The text's words of TOPIC_MIN_LETTERS letters or more, elisions split off ("l'accueil"),
    hyphens left out ("E-mail" and "Email")."""
    return [
        part.replace("-", "") for word in words(text) for part in word.split("'")
        if len(part.replace("-", "")) >= TOPIC_MIN_LETTERS
    ]
