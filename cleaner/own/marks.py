"""Signs in a line's own marks and in how it joins the line above: a rating's stars, a permalink
mark, a sentence wrapped or a bracket closed onto the line, a count of a thread's replies.
"""

from __future__ import annotations

import functools

import regex

from cleaner.lines import (
    BUTTONS_MAX_WORDS,
    QUOTATION,
    QUOTED_WHOLE,
    RULE_LINE,
    SENTENCE_MIN_WORDS,
    below_the_prose,
    ends_a_sentence,
    introduces_a_list,
    line_patterns,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own.common import (
    DEFINITION_END,
    FURNITURE_FAMILIES,
    QUESTION_MARKS,
    SECTION_NUMBER,
    without_blank_lines,
)
from cleaner.vocabulary import vocabulary, word_tuple, words

# A blank to fill in at the line's end: a run of dots or underscores, or empty brackets (a
# worksheet's "Back to top ....................", "Accept all cookies : ......", "Log in →（　　）")
_A_BLANK = regex.compile(r"(?:\.{8,}|…{3,}|_{5,}|[(（][\s\u3000]{3,}[)）])[\s)）]*$")


def _a_blank_to_fill_in(blocks: list[Block], i: int) -> bool:
    """A line that ends in a blank to fill in (_A_BLANK): an exercise's or a form's item, the
    text's own whatever its words; a page's buttons and banners leave no room to write."""
    return _A_BLANK.search(blocks[i].text) is not None


def _marked_as_content(blocks: list[Block], i: int) -> bool:
    """A rating's stars, a programme's clock time, a heading's permalink mark (Sphinx:
    "Subscriptions¶") or section number ("12.8. DELETE"), a sentence's full stop, quotation
    marks around the whole line, after a list's bullet or not (a manual's '"Sign in to your
    account"', a style guide's '- «О нас»': a button prints its label bare; no furniture line
    on gold-bodies was so quoted), in guillemets too ("« Sponsorisé »"), or around each of its
    labels ('"Sponsorizzato" o "Annuncio"', a guide's title naming the labels it explains), or a
    blank to fill in at its end (_a_blank_to_fill_in)."""
    text = blocks[i].text
    stripped = text.rstrip()
    unbulleted = _BULLET.sub("", text)
    return (
        _RATING.search(text) is not None or line_patterns()["timed"].match(text) is not None
        or stripped.endswith("¶") or SECTION_NUMBER.match(text) is not None
        or DEFINITION_END.search(stripped) is not None or QUOTED_WHOLE.match(unbulleted) is not None
        or _quotes_each_label(text) or _in_guillemets(unbulleted) or _between_drawn_rules(text)
        or _a_blank_to_fill_in(blocks, i)
    )


def _asks_what_the_prose_below_answers(blocks: list[Block], i: int) -> bool:
    """A question over the prose that answers it (a blogger's "Und bei Instagram und
    Pinterest?" over a paragraph): a page's buttons ask nothing, and a menu's "¿Quiénes
    somos?" (about us) stands among its links (on gold-bodies no furniture line ended in a
    question mark)."""
    if not blocks[i].text.rstrip().endswith(QUESTION_MARKS) or i + 1 >= len(blocks):
        return False
    return reads_as_prose(blocks[i + 1].text)


# Questions over their answers in a quick-fire interview ("Tea or coffee?" / "Tea.")
QUICKFIRE_MIN_QUESTIONS = 3


def _a_question_among_answered_ones(blocks: list[Block], i: int) -> bool:
    """A question over its short answer, among QUICKFIRE_MIN_QUESTIONS such pairs or more: a
    quick-fire interview's "Instagram?" over "Nesleduju." The answer is no furniture, or ends
    its sentence ("¿Compartir o guardar?" / "Compartir."): a menu's "¿Quiénes somos?" stands
    over its next link."""
    return i in _answered_questions(blocks)


@once_per_document
def _answered_questions(blocks: list[Block]) -> frozenset[int]:
    """The blocks that ask a question answered by the block below, if there are enough of them."""
    asked = [
        k for k, (block, below) in enumerate(zip(blocks, blocks[1:]))
        if block.text.rstrip().endswith(QUESTION_MARKS) and not below.text.rstrip().endswith(QUESTION_MARKS)
        and (below.text.rstrip().endswith((".", "!")) or vocabulary().cover(below.text, FURNITURE_FAMILIES) is None)
    ]
    return frozenset(asked) if len(asked) >= QUICKFIRE_MIN_QUESTIONS else frozenset()


# Words between two rules the text draws ("---------- Reply ----------", "----- Forwarded message
# -----"): an e-mail's separator as a mail program writes it, where a page's button is bare.
_BETWEEN_RULES = regex.compile(r"^\s*([-=_~*])\1{4,}\s*\S.*?\s*\1{5,}\s*$")


def _between_drawn_rules(text: str) -> bool:
    """A label between rules, not an ad's ("----- ADVERTISEMENT -----" sets a newsletter's ad apart)."""
    return _BETWEEN_RULES.match(text) is not None and vocabulary().cover(text, ("ad",)) is None


# A list's bullet before a quotation: a style guide's list of the strings it allows ('- "About us"')
_BULLET = regex.compile(r"^\s*[-*•]\s+")
# A line that is one quotation in guillemets, as French writes it ("« Sponsorisé »")
_IN_GUILLEMETS = regex.compile(r"^\s*«\s*([^«»|]+?)\s*»\s*$")


def _in_guillemets(text: str) -> bool:
    """A label the text quotes in guillemets; not a pager's "« Précédent »" (lines.QUOTED_WHOLE
    leaves guillemets out for a pager's "« Previous | Next »")."""
    found = _IN_GUILLEMETS.match(text)
    return found is not None and vocabulary().cover(found.group(1), ("nav", "pager")) is None



def _quotes_each_label(text: str) -> bool:
    """Two quotations or more, and only connectors between them ("o", "or", "und")."""
    if len(QUOTATION.findall(text)) < 2:
        return False
    return set(words(QUOTATION.sub(" ", text))) <= vocabulary().members["connector"]


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


def _continues_the_line_above(blocks: list[Block], i: int) -> bool:
    """The rest of a sentence wrapped onto this line: it starts in lower case under a line of
    the same paragraph that ends in a letter ("... de la manière" / "suivante :")."""
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph or not blocks[i].text[:1].islower():
        return False
    above = blocks[i - 1].text.rstrip()
    return above[-1:].isalpha() and blocks[i - 1].word_count > BUTTONS_MAX_WORDS


def _goes_on_in_the_line_below(blocks: list[Block], i: int) -> bool:
    """A line that ends in a comma, its sentence carried on in lower case by the next line of
    its paragraph, which names no furniture: a poem's "12 replies," over "mostly hearts,". A
    counter or a button ends in no comma."""
    if i + 1 >= len(blocks) or not blocks[i].text.rstrip().endswith(","):
        return False
    below = blocks[i + 1]
    return (
        below.paragraph == blocks[i].paragraph and below.text[:1].islower()
        and vocabulary().cover(below.text, FURNITURE_FAMILIES) is None
    )


def _inside_a_sentence(blocks: list[Block], i: int) -> bool:
    """A word set apart in the middle of a sentence of the text, the button it names ("Le bouton"
    / "Télécharger" / "n'est actif qu'après validation"): the line above, of the same paragraph,
    leaves its sentence open on a word, and the line below carries it on in lower case. Neither
    is furniture itself: a gallery's "click to enlarge" three times over opens no sentence."""
    if i == 0 or i + 1 >= len(blocks):
        return False
    above, below = blocks[i - 1], blocks[i + 1]
    return (
        above.paragraph == blocks[i].paragraph == below.paragraph
        and above.word_count >= OPEN_SENTENCE_MIN_WORDS
        and above.text.rstrip()[-1:].isalpha()
        and below.text[:1].islower()
        and not any(vocabulary().cover(line.text, FURNITURE_FAMILIES) for line in (above, below))
    )



# A sentence set a word or two a line (a poem's "Zurück" / "zurück" / "zurück" / "bis" / "zur" /
# "Seite," / ... / "gibt."): at least this many lines of at most WORD_LINE_MAX_WORDS words, and
# at most WORD_BY_WORD_MAX_LINES (the walk from a line to its sentence's ends stops there, so a
# long list of single words costs no more than a bounded look around each of its lines).
WORD_BY_WORD_MIN_LINES = 5
WORD_BY_WORD_MAX_LINES = 40
WORD_LINE_MAX_WORDS = 2


def _in_a_sentence_set_word_by_word(blocks: list[Block], i: int) -> bool:
    """A line of a sentence set a word or two a line, from the line that opens it in a capital
    down to the line that ends it, at least WORD_BY_WORD_MIN_LINES lines, half of those after
    the first opening in lower case and half of all no furniture: a poem's "Zurück" / "zurück"
    / "zurück" / "bis" / "zur" / "Seite," ... "gibt.", the button's word said over and over as
    the sentence begins. A menu's links each open in a capital, and a pager's "zurück" /
    "weiter" ends no sentence."""
    if blocks[i].word_count > WORD_LINE_MAX_WORDS:
        return False

    def a_word_line(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].paragraph == blocks[i].paragraph and (
            blocks[k].word_count <= WORD_LINE_MAX_WORDS
        )

    start = i
    while a_word_line(start - 1) and not ends_a_sentence(blocks[start - 1].text):
        if i - start >= WORD_BY_WORD_MAX_LINES:
            return False
        start -= 1
    end = i
    while not ends_a_sentence(blocks[end].text):
        if not a_word_line(end + 1) or end - start >= WORD_BY_WORD_MAX_LINES:
            return False
        end += 1
    lines = blocks[start:end + 1]
    if len(lines) < WORD_BY_WORD_MIN_LINES or not lines[0].text[:1].isupper():
        return False
    lower = sum(line.text[:1].islower() for line in lines[1:])
    plain = sum(vocabulary().cover(line.text, FURNITURE_FAMILIES) is None for line in lines)
    return 2 * lower >= len(lines) - 1 and 2 * plain >= len(lines)


def _completes_the_sentence_above(blocks: list[Block], i: int) -> bool:
    """The end of a sentence the line above leaves open on a preposition or a possessive, set
    apart as the button it names ("Clique em Arquivo e depois em" / "Imprimir" / "ou use o
    atalho Ctrl + P"): no sentence ends on "em", "on" or "auf". The word is in lower case and
    after a word, not a number: a byline's "at 12:54 AM" ends on a time. A line above made of
    furniture words ("Follow us on") opens no sentence of the text's, nor does a name ("linked in")."""
    if i == 0:
        return False
    above = blocks[i - 1].text.rstrip()
    # (or on the preposition and a colon, the button set on the next line: "Appuyez sur :")
    colon = above.endswith((":", "：")) and blocks[i - 1].paragraph == blocks[i].paragraph
    above = above.rstrip(":： \u00a0\u202f") if colon else above
    tokens = word_tuple(above)
    return (
        len(tokens) >= (OPEN_CALL_MIN_WORDS if colon else OPEN_SENTENCE_MIN_WORDS)
        and above[-1:].islower()
        and tokens[-1] in vocabulary().members["opener"] | vocabulary().members["possessive"]
        and not any(char.isdigit() for char in tokens[-2])
        and vocabulary().cover(above, FURNITURE_FAMILIES) is None
    )


# A sentence left open above a line: at least this many words, a list item's number counting
# as one ("6. Clique em")
OPEN_SENTENCE_MIN_WORDS = 3
# a call to press what the next line names, its verb and its preposition ("Appuyez sur :")
OPEN_CALL_MIN_WORDS = 2


_BRACKETS = (("(", ")"), ("[", "]"))


def _closes_a_bracket_above(blocks: list[Block], i: int) -> bool:
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    text, above = blocks[i].text, blocks[i - 1].text
    return any(
        text.count(close) > text.count(opening) and above.count(opening) > above.count(close)
        for opening, close in _BRACKETS
    )


# The quotation marks of a quotation that runs over several lines: opening, closing
_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ('"', '"'), ("「", "」"))
# ...over at most this many blocks (a post or a page a text quotes as its evidence)
QUOTATION_MAX_BLOCKS = 12


def _in_a_quotation_introduced_above(blocks: list[Block], i: int) -> bool:
    """The line is inside a quotation of several lines that opens right under the text's lead-in
    ("... telle qu'elle apparaissait sur Facebook :" over "« 🚨 C'EST OFFICIEL", its post's
    buttons "J'aime · Commenter · Partager »" closing it): a post or a page the text quotes as
    its evidence. A pager's "Next »" closes nothing a lead-in opened."""
    for opening, closing in _QUOTE_PAIRS:
        start = _quotation_opening(blocks, i, opening, closing)
        if start is not None and _quotation_closing(blocks, i, opening, closing, start) is not None:
            return True
    return False


def _unbalanced(text: str, opening: str, closing: str) -> int:
    """How many more openings than closings the text holds (the same mark both ways: 1 when odd)."""
    if opening == closing:
        return text.count(opening) % 2
    return text.count(opening) - text.count(closing)


def _quotation_opening(blocks: list[Block], i: int, opening: str, closing: str) -> int | None:
    """The block at or above i that opens the quotation under a lead-in, no mark between."""
    for k in range(i, max(i - QUOTATION_MAX_BLOCKS, 0), -1):
        text = blocks[k].text.lstrip()
        if text.startswith(opening) and _unbalanced(text, opening, closing) > 0:
            return k if introduces_a_list(blocks[k - 1]) else None
        if k != i and _unbalanced(blocks[k].text, opening, closing) != 0:
            return None
    return None


def _quotation_closing(blocks: list[Block], i: int, opening: str, closing: str, start: int) -> int | None:
    """The block at or below i that closes the quotation opened at `start`, no mark between."""
    for k in range(max(i, start + 1), min(start + QUOTATION_MAX_BLOCKS, len(blocks))):
        text = blocks[k].text.rstrip()
        if _unbalanced(text, opening, closing) != 0:
            closes = opening == closing or _unbalanced(text, opening, closing) < 0
            return k if closes and text.endswith(closing) else None
    return None


# A text whose prose quotes this many labels or more, one a sentence or more, writes about them
# (a site map's notes: '„Zaloguj się” proponuję na razie zostawić.')
QUOTED_LABELS_MIN = 4


def _quoted_by_the_texts_prose(blocks: list[Block], i: int) -> bool:
    """The line is one of the labels a paragraph of the text's prose quotes together ('The
    labels "Publicidade" and "Informe publicitário" were kept where they appear'): a
    transcription of a page, or a guide to its labels. A page that quotes one of its own
    buttons tells the reader to click it ('click "Show more" to see the rest': on gold-bodies
    the one line this sign would have kept with a single quotation), and names no other label;
    a text whose prose quotes QUOTED_LABELS_MIN labels or more, one a sentence, writes about
    them (a site map's notes on the menu it lists: '„Zaloguj się” proponuję na razie zostawić.')."""
    return blocks[i].text.strip().casefold() in _labels_quoted_in_prose(blocks)


@once_per_document
def _labels_quoted_in_prose(blocks: list[Block]) -> frozenset[str]:
    """What the text's paragraphs of prose that quote two labels or more quote, folded to
    lower case."""
    quoted = [
        {found[1:-1].strip().casefold() for found in QUOTATION.findall(block.text)}
        for block in blocks if QUOTATION.search(block.text) and reads_as_prose(block.text)
    ]
    if len(frozenset().union(*quoted)) >= QUOTED_LABELS_MIN:  # a text about an interface's labels
        return frozenset().union(*quoted)
    return frozenset().union(*(labels for labels in quoted if len(labels) >= 2))


def _quoted_by_its_section(blocks: list[Block], i: int) -> bool:
    """A title that its section quotes word for word ("Add to cart" over 'Then press "Add to
    cart".', "Drucken:" over 'Tippe auf ⋯ > „Drucken“'), or names bare with its capitals
    ("Log out:" over "click Log out at the bottom of the menu", "• Início" over "A página
    Início mostra ..."): a help page's or an FAQ's section on that button. A page's button
    stands over the next widget, or over text that names it in lower case, or at a sentence's
    start; a sidebar's network over its call ("Google+" / "You can find me on Google+") is no
    button of a guide (on gold-bodies three such were kept without that guard, no other line)."""
    section = _its_section(blocks, i)
    if not section:
        return False
    title = _BULLET.sub("", blocks[i].text).strip().rstrip(":：").rstrip()  # "Drucken:" over 'auf „Drucken“'
    folded = title.casefold()
    if any(found[1:-1].strip().casefold() == folded for block in section for found in QUOTATION.findall(block.text)):
        return True
    if word_tuple(title) in _networks():
        return False  # a network's name has its capital wherever it stands ("Twitter" over "follow me on Twitter")
    naming = [block.text for block in section if title in block.text]  # (a pattern per title only where it stands)
    if not naming:
        return False
    named = regex.compile(r"(?<=\w[^\w.!?…]*\s)" + regex.escape(title) + r"(?!\w)")
    return any(named.search(text) for text in naming)


@functools.cache
def _networks() -> frozenset[tuple[str, ...]]:
    """The networks' names: the share buttons' words that every language has ("Twitter",
    "Google+"), where "Print" and "Imprimir" are one language's."""
    languages = vocabulary().languages.values()
    return frozenset.intersection(*(phrases["share"] for phrases in languages))


def _its_section(blocks: list[Block], i: int) -> list[Block]:
    """The section under a title: its paragraph below; or in a text without blank lines, or
    in a paragraph under a line that ends a sentence, the SECTION_QUOTES_WITHIN lines under it."""
    if i + 1 >= len(blocks):
        return []
    paragraph = blocks[i].paragraph
    if without_blank_lines(blocks):
        return blocks[i + 1:i + 1 + SECTION_QUOTES_WITHIN]
    if blocks[i + 1].paragraph == paragraph:
        if i > 0 and blocks[i - 1].paragraph == paragraph and not ends_a_sentence(blocks[i - 1].text):
            return []  # a line of its paragraph's sentence, no title
        return [block for block in blocks[i + 1:i + 1 + SECTION_QUOTES_WITHIN] if block.paragraph == paragraph]
    if i > 0 and blocks[i - 1].paragraph == paragraph:
        return []  # the last line of its paragraph: no title
    return [block for block in blocks[i + 1:] if block.paragraph == blocks[i + 1].paragraph]


# How many lines under a title, in a text without blank lines, its section may quote it in
SECTION_QUOTES_WITHIN = 2


def _under_a_rule(blocks: list[Block], i: int) -> bool:
    """The line stands right under a rule drawn across the text, with or without blank lines
    between ("=====" / "NOS PARTENAIRES"): a section's title in a text its author laid out (a
    programme, a newsletter, a report sent as plain text), over the section it titles. No
    furniture line of gold-bodies stood under one."""
    return i > 0 and i + 1 < len(blocks) and RULE_LINE.match(blocks[i - 1].text) is not None


# The stars of a rating: "★★★★☆", "⭐⭐⭐"
_RATING = regex.compile(r"[★☆✩✪✫✬✭✮✯⭐]")


# A log's word: a line of at most this many words between the lines of an entry
LOG_WORD_MAX_WORDS = 2


def _a_word_of_a_logs_entry(blocks: list[Block], i: int) -> bool:
    """A word or two between the lines of a log's entry that a line opening with its date or
    clock time stamps ("Shore day. ... topped up the gas." / "Back" / "19:10 — All crew
    aboard."; a lab's "14.03.2024, godz. 10:05 — wpis: ..." / "Drukuj" / "Start 10:07."): the
    log's own word, in its paragraph, the lines above and under it each a sentence or a stamp.
    A scraped button between a story's sentences stands under no stamp; on gold-bodies this
    kept none of the lines removed before."""
    if blocks[i].word_count > LOG_WORD_MAX_WORDS or i == 0 or i + 1 >= len(blocks):
        return False
    here = blocks[i].paragraph
    above, below = blocks[i - 1], blocks[i + 1]
    if above.paragraph != here or below.paragraph != here:
        return False
    near = [k for k in range(max(0, i - 2), i + 2) if k != i and blocks[k].paragraph == here]
    stamps = [k for k in near if _stamped(blocks[k].text)]
    return bool(stamps) and all(ends_a_sentence(blocks[k].text) or k in stamps for k in (i - 1, i + 1))


def _stamped(text: str) -> bool:
    """The line opens with a clock time or a date ("19:10 — All crew aboard.", "14.03.2024,
    godz. 10:05")."""
    patterns = line_patterns()
    if patterns["timed"].match(text) is not None:
        return True
    date = patterns["date"].search(text)
    return date is not None and not text[:date.start()].strip(" \t-—–*#([")
