"""Signs of a list's items and titles: lists of words of many kinds or of the text's words, the
answers to a question, steps, numbered and introduced lists, a programme, a list of ad labels.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable

import regex

from cleaner.lines import (
    ARTICLE_FURNITURE,
    DIGIT,
    SENTENCE_MIN_WORDS,
    a_widgets_lead_in,
    ends_a_sentence,
    introduces_a_list,
    line_patterns,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own.common import (
    BULLET,
    CAPITAL_FIRST,
    FURNITURE_FAMILIES,
    QUESTION_MARKS,
    QUESTION_MAX_WORDS,
    SECTION_TITLE_MAX_WORDS,
    _a_title,
    furniture_families,
    item_number,
    no_call,
    paragraphs_of,
    unbulleted,
    without_blank_lines,
    without_item_number,
)
from cleaner.vocabulary import vocabulary, word_tuple

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
    kinds = [furniture_families(blocks[k].text) for k in paragraph]
    furniture = sum(map(bool, kinds))
    enough = furniture >= WORD_LIST_MIN_LINES if without_blank_lines(blocks) else furniture * 2 >= len(paragraph)
    return enough and len(set().union(*kinds)) >= WORD_LIST_MIN_FAMILIES


def _a_word_of_a_list(block: Block) -> bool:
    return block.word_count <= SECTION_TITLE_MAX_WORDS and not ends_a_sentence(block.text)


# A step's text under its title: a line of at least this many words.
STEP_MIN_WORDS = 8


def _heads_a_step_like_the_others(blocks: list[Block], i: int) -> bool:
    """The title of a paragraph of two lines, its title and a step's text (a line of
    STEP_MIN_WORDS words or more, without its full stop maybe), in a text with another such
    paragraph: a recipe's or a guide's steps ("Compartir" over how it is served, "Guardar" over
    how it keeps). Not an ad's label or a call. (Over a sentence with its full stop, any
    furniture line is a heading already: _heads_its_paragraph.)"""
    titles = _step_titles(blocks)
    return i in titles and len(titles) > 1 and no_call(blocks[i])


@once_per_document
def _step_titles(blocks: list[Block]) -> frozenset[int]:
    """The titles of the text's two-line paragraphs of a title and a step."""
    return frozenset(
        title for title, step in (p for p in paragraphs_of(blocks) if len(p) == 2)
        if blocks[title].word_count <= SECTION_TITLE_MAX_WORDS and CAPITAL_FIRST.match(blocks[title].text)
        and not ends_a_sentence(blocks[title].text)
        and blocks[step].word_count >= STEP_MIN_WORDS and CAPITAL_FIRST.match(blocks[step].text)
    )


# A list that answers the question above it has at least this many items.
ANSWER_MIN_ITEMS = 3


def _titles_the_answers_above(blocks: list[Block], i: int) -> bool:
    """A title over a numbered list that answers, number for number, the numbered questions
    right above it ("Ответы" over "1. Му-ра." / "2. В нор-ке.", under "1. Как зовут кошку?" /
    "2. Где мышка?"): an exercise's answers. A thread's "Replies" heads comments, under no
    numbered questions."""
    questions = _numbered_run(blocks, i - 1, -1)
    if len(questions) < ANSWERS_MIN or not all(blocks[k].text.rstrip().endswith(QUESTION_MARKS) for k in questions):
        return False
    return len(_numbered_run(blocks, i + 1, 1)) == len(questions)


# An exercise numbers at least this many questions and answers
ANSWERS_MIN = 2


def _numbered_run(blocks: list[Block], start: int, step: int) -> list[int]:
    """The blocks of a list numbered from 1, from block `start` on in the direction of `step`
    (-1: up to its first item, which is 1)."""
    run: list[int] = []
    k = start
    while 0 <= k < len(blocks) and item_number(blocks[k].text) is not None:
        run.append(k)
        k += step
    numbers = [item_number(blocks[k].text) for k in sorted(run)]
    return sorted(run) if numbers == list(range(1, len(numbers) + 1)) else []


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
    return _a_word_of_a_list(block) and no_call(block) and not DIGIT.search(block.text)


def _in_a_list_of_the_texts_words(blocks: list[Block], i: int) -> bool:
    return i in _lists_of_the_texts_words(blocks)


@once_per_document
def _lists_of_the_texts_words(blocks: list[Block]) -> frozenset[int]:
    """The runs of WORD_LIST_MIN_LINES words or more in lower case, one a line, in a paragraph
    (a text without blank lines is one), each of which the rest of the text uses: a primer's or
    a lesson's new words ("look", "up", "kite", "go", "back"). A menu's links start with a
    capital, or name pages the text does not talk of."""
    lists = [run for run in _runs_of_lower_case_words(blocks) if len(run) >= WORD_LIST_MIN_LINES]
    if not lists:
        return frozenset()
    # the lists' words counted in the whole text in one scan: a word the rest of the text uses
    # is one the whole text has more often than the list
    wanted = {blocks[k].text.strip().casefold() for run in lists for k in run}
    wanted = {word for word in wanted if _WHOLE_WORD.fullmatch(word)}
    if not wanted:
        return frozenset()
    scan = regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, sorted(wanted))) + r")(?!\w)")
    everywhere = collections.Counter(scan.findall("\n".join(block.text for block in blocks).casefold()))
    found: set[int] = set()
    for run in lists:
        own = collections.Counter(scan.findall("\n".join(blocks[k].text for k in run).casefold()))
        if all(everywhere[word] > own[word] for word in (blocks[k].text.strip().casefold() for k in run)):
            found.update(run)
    return frozenset(found)


def _runs_of_lower_case_words(blocks: list[Block]) -> list[list[int]]:
    """The runs of consecutive lines of one word in lower case each, within a paragraph."""
    runs: list[list[int]] = []
    for k, block in enumerate(blocks):
        item = block.text.strip()
        if not item or " " in item or not item.islower():
            continue
        if runs and runs[-1][-1] == k - 1 and blocks[k - 1].paragraph == block.paragraph:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


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


# An example stands at most this many lines under its label, which has at most this many words
# ("Beispiel (Desktop):", "Voorbeeldteksten").
EXAMPLE_MAX_LINES = 8
EXAMPLE_LABEL_MAX_WORDS = 4


def _shown_under_an_example_label(blocks: list[Block], i: int) -> bool:
    """A line under a label that names an example, in the label's paragraph with no prose
    between ("Beispiel (Desktop):" over "« Vorherige   1   2   3   …   14   Nächste »",
    "Voorbeeldteksten" over "Delen via WhatsApp" / "Delen via LinkedIn"): what a style guide, a
    manual or a lesson shows as it appears. A page's widgets stand under no such label."""
    paragraph = blocks[i].paragraph
    for k in range(i - 1, max(-1, i - 1 - EXAMPLE_MAX_LINES), -1):
        if blocks[k].paragraph != paragraph or reads_as_prose(blocks[k].text):
            return False
        if _an_example_label(blocks[k].text):
            return True
    return False


def _an_example_label(text: str) -> bool:
    """A short line that opens with a word for an example, or a compound of it ("Beispieltexte")."""
    if not 0 < len(word_tuple(text)) <= EXAMPLE_LABEL_MAX_WORDS:
        return False
    return text.strip().casefold().startswith(_example_words())


@functools.cache
def _example_words() -> tuple[str, ...]:
    """The words for an example, each as it opens a line."""
    return tuple(" ".join(phrase) for phrase in vocabulary().phrases["example"])


# A list of names (a format's fields, a program's options): its items are short, and at least
# this many follow the sentence that introduces them.
NAMED_ITEM_MAX_WORDS = 6
NAMED_ITEMS_MIN = 3


def _named_in_an_introduced_list(blocks: list[Block], i: int) -> bool:
    """An item of a list of short names that a sentence ending in a colon introduces, bulleted
    or one a line in one paragraph, more of the list's other items no furniture than furniture
    ("The fields in the general stanza are:" over "* Source (mandatory)", "* Maintainer", "*
    Homepage", "* Testsuite"; "the board approves the following menu:" over "Home", "Chi
    siamo", "Eventi", "Territorio", "Contatti"): the text's own list, where a share box's items,
    even under a lead-in ("Share this story with your friends:"), all name networks and buttons,
    and a widget's lead-in is a call (lines.a_widgets_lead_in)."""
    bullet = BULLET.match(blocks[i].text)
    marker = "" if bullet is None else bullet.group().rstrip()
    run = _runs_of_named_items(blocks)[marker][i]
    if run is None:
        return False
    lead_in = blocks[run.start - 1] if run.start else None
    if lead_in is None or not introduces_a_list(lead_in) or (not marker and a_widgets_lead_in(lead_in.text)):
        return False
    others = [k for k in run if k != i]
    v = vocabulary()
    plain = sum(1 for k in others if v.cover(unbulleted(blocks[k]).text, FURNITURE_FAMILIES) is None)
    return len(others) + 1 >= NAMED_ITEMS_MIN and plain > len(others) - plain


@once_per_document
def _runs_of_named_items(blocks: list[Block]) -> dict[str, list[range | None]]:
    """For each list marker ("" for lines one a line), the run of consecutive items so marked
    around each line, None where the line is none: short lines in one paragraph that end no
    sentence and introduce nothing, or short lines opening with the marker at one indent. Found
    once for the text: a walk from each line would take time quadratic in a long list."""

    def a_plain_item(block: Block) -> bool:
        return (
            BULLET.match(block.text) is None and block.word_count <= NAMED_ITEM_MAX_WORDS
            and not ends_a_sentence(block.text) and not block.text.rstrip().endswith(":")
        )

    def a_marked_item(marker: str) -> Callable[[Block], bool]:
        return lambda block: block.text.startswith(marker) and unbulleted(block).word_count <= NAMED_ITEM_MAX_WORDS

    runs = {"": _runs(blocks, a_plain_item, lambda above, below: above.paragraph == below.paragraph)}
    for marker in {bullet.group().rstrip() for block in blocks if (bullet := BULLET.match(block.text))}:
        runs[marker] = _runs(blocks, a_marked_item(marker), lambda above, below: above.indent == below.indent)
    return runs


def _runs(
    blocks: list[Block], an_item: Callable[[Block], bool], together: Callable[[Block, Block], bool]
) -> list[range | None]:
    """The maximal runs of consecutive items, each pair of neighbours together, as each line's run."""
    runs: list[range | None] = [None] * len(blocks)
    k = 0
    while k < len(blocks):
        if not an_item(blocks[k]):
            k += 1
            continue
        end = k + 1
        while end < len(blocks) and an_item(blocks[end]) and together(blocks[end - 1], blocks[end]):
            end += 1
        for j in range(k, end):
            runs[j] = range(k, end)
        k = end
    return runs


def _next_in_a_numbered_list(blocks: list[Block], i: int) -> bool:
    """The item numbered one after the line above it, in its paragraph, that line no furniture
    ("3. We find someone who can make the feed." / "4. Podcast!"): the next step of a list. On
    gold-bodies no furniture line stood so."""
    number = item_number(blocks[i].text)
    if number is None or i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    above = unbulleted(blocks[i - 1]).text
    return item_number(blocks[i - 1].text) == number - 1 and vocabulary().cover(above, FURNITURE_FAMILIES) is None


# A numbered list the text opens: at least this many items, numbered on from 1.
NUMBERED_LIST_MIN = 3


# In a numbered list the text counts through, at least this share of the items but the line's
# own are no furniture.
COUNTED_LIST_PLAIN_SHARE = 1 / 3


def _in_a_list_counted_from_one(blocks: list[Block], i: int) -> bool:
    """An item of a numbered list counted in order from 1, NUMBERED_LIST_MIN items or more, the
    count going on past a title between two of its items ("6. thuis" / "Categorie: leenwoorden"
    / "7. menu"), a third of the other items or more no furniture: a spelling list's "2. zoeken"
    and "3. volgende" among "7. lucht", "8. nacht". A pager numbers pages, not items, and a
    box's links are not numbered."""
    run = _counted_run(blocks, i)
    if len(run) < NUMBERED_LIST_MIN or item_number(blocks[run[0]].text) != 1:
        return False
    v = vocabulary()
    others = [k for k in run if k != i]
    plain = sum(v.cover(without_item_number(blocks[k].text), FURNITURE_FAMILIES) is None for k in others)
    return plain >= COUNTED_LIST_PLAIN_SHARE * len(others)


def _counted_run(blocks: list[Block], i: int) -> list[int]:
    """The numbered items counted on from item i's neighbours, one a line, at most one line
    between two of them; [] if line i is no numbered item."""
    number = item_number(blocks[i].text)
    if number is None:
        return []

    def step(k: int, count: int, direction: int) -> int | None:
        for gap in (1, 2):
            j = k + direction * gap
            if not 0 <= j < len(blocks):
                return None
            if item_number(blocks[j].text) == count:
                return j
            if item_number(blocks[j].text) is not None:
                return None
        return None

    run, k, count = [i], i, number
    while (j := step(k, count - 1, -1)) is not None:
        run.insert(0, j)
        k, count = j, count - 1
    k, count = i, number
    while (j := step(k, count + 1, +1)) is not None:
        run.append(j)
        k, count = j, count + 1
    return run


def _opens_a_numbered_list(blocks: list[Block], i: int) -> bool:
    """The first item of a numbered list of NUMBERED_LIST_MIN items or more in its paragraph,
    numbered on in order, another of them no furniture ("1. Archiwum" over "2. Zapisz się", "3.
    Komentarze", "4. Sprawy różne": an agenda's items, however like a box's words). A pager
    numbers pages, not items, and a box's links are not numbered."""
    if item_number(blocks[i].text) != 1:
        return False
    items = [i]
    for k in range(i + 1, len(blocks)):
        if blocks[k].paragraph != blocks[i].paragraph or item_number(blocks[k].text) != len(items) + 1:
            break
        items.append(k)
    v = vocabulary()
    plain = any(v.cover(without_item_number(blocks[k].text), FURNITURE_FAMILIES) is None for k in items[1:])
    return len(items) >= NUMBERED_LIST_MIN and plain


def _between_numbered_lists(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a title between the last item of a numbered list and the
    first two of the next ("2. Choose a folder." / "Print" / "1. Open the file." / "2. ..."): a
    manual's steps under their titles."""
    if not without_blank_lines(blocks) or i == 0 or i + 2 >= len(blocks) or item_number(blocks[i - 1].text) is None:
        return False
    return item_number(blocks[i + 1].text) == 1 and item_number(blocks[i + 2].text) == 2


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
    bullet = BULLET.match(first)
    return (
        bullet is not None and second.startswith(bullet.group())
        and not any(vocabulary().cover(item[bullet.end():], FURNITURE_FAMILIES) for item in (first, second))
    )


# A list of things named in phrases ("Polenta con funghi porcini", "Croquetas caseras de jamón
# ibérico (6 uds.) ........ 9,50 €"): at least this many items, each of at least this many words,
# at least this share of them phrases (a flat-share's "La connexion internet" names a login;
# with three in four, a share box's form under "Send to a friend": "Your first name", "Your
# surname", "Add a note (optional)", on gold-bodies).
PHRASE_LIST_MIN_ITEMS = 3
PHRASE_MIN_WORDS = 3
PHRASE_LIST_MIN_SHARE = 0.8
# A figure and an abbreviation's full stop at a line's end: a price ("8,50 лв.", "120 Kč.")
_ENDS_IN_A_PRICE = regex.compile(r"\d\s*\p{L}{1,4}\.\s*$")
# Boxes whose titles stand over headlines, which are phrases too: a related-content box, a
# popular-posts box, a comment thread, a pager, a gallery; a sidebar's archive's or category's
# stands among the sidebar's other boxes.
_HEADLINE_BOXES = ("related", "popular", "comment", "reply", "thread", "pager", "media")
_SIDEBAR_BOXES = ("widget",)


def _titles_a_list_of_phrases(blocks: list[Block], i: int, over_a_title: bool = True) -> bool:
    """A title alone in its paragraph over a list of PHRASE_LIST_MIN_ITEMS or more lines, most of
    them phrases (_a_phrase) and none furniture alone: a menu's dishes under "Menu" or "Para
    compartir", a magazine's rates under "Abonnement" (a phrase may name the title's kind of
    furniture: "Abonnement annuel : 32 €"), a swap board's wanted things under "Suche".
    A site's menu names its pages in a word or two, or its desks, a share box its networks; a
    related or popular box's headlines are phrases too, so the title of such a box is none. An
    archive's title ("Archives" over a family's bundles of letters) is the text's own between its
    prose: a sidebar's stands among its other boxes (on gold-bodies, "From the Archives" under
    "China Slideshow" and over "China on the Web"). So is a menu's title (`over_a_title`) over
    the short title of such a list, no furniture: "МЕНЮ" over "Салати" over the salads. Not over
    a title over a title: on gold-bodies a recipe's "Print This" over its name over
    "Ingredients"."""
    v = vocabulary()
    title = blocks[i].text
    if not _a_title(blocks, i) or v.cover(title, _HEADLINE_BOXES) is not None:
        return False
    paragraphs = paragraphs_of(blocks)
    if len(paragraphs[blocks[i + 1].paragraph]) == 1 and i + 1 < len(blocks) - 1:
        # a menu's title over its first section's ("МЕНЮ" over "Салати" over the salads), no
        # furniture; an ad's label is none ("Advertise | AdChoices" over a related box's topic)
        return (
            over_a_title and furniture_families(title) <= {"nav"} and _a_short_title(blocks[i + 1])
            and _titles_a_list_of_phrases(blocks, i + 1, over_a_title=False)
        )
    items = [blocks[k].text for k in paragraphs[blocks[i + 1].paragraph]]
    if _a_sections_title(items[0]) and len(items) > PHRASE_LIST_MIN_ITEMS:
        items = items[1:]  # the list's own title on its first line ("Салати" over the salads)
    if len(items) < PHRASE_LIST_MIN_ITEMS or any(v.cover(item, FURNITURE_FAMILIES) for item in items):
        return False
    others = tuple(family for family in ARTICLE_FURNITURE if family not in furniture_families(title))
    if sum(_a_phrase(item, others) for item in items) < PHRASE_LIST_MIN_SHARE * len(items):
        return False
    return v.cover(title, _SIDEBAR_BOXES) is None or _between_prose(blocks, i, i + len(items))


def _a_short_title(block: Block) -> bool:
    """A line of a few words not ending in a colon, no furniture: a section's title."""
    return (
        block.word_count <= SECTION_TITLE_MAX_WORDS and not block.text.rstrip().endswith((":", "："))
        and vocabulary().cover(block.text, FURNITURE_FAMILIES) is None
    )


# A menu card: under its title, at least this many paragraphs of several lines each.
MENU_CARD_MIN_SECTIONS = 2


def _titles_a_menu_card(blocks: list[Block], i: int) -> bool:
    """A title of the navigation's words alone ("Menu", "Menü", "Меню") over a text cut into
    sections of several lines, MENU_CARD_MIN_SECTIONS or more (the first section's title may
    stand alone over them: "ANTIPASTI / STARTERS"), none of their lines naming furniture and
    half of them or more phrases or prose: a menu's courses ("Para começar" over its dish), a
    room-service card's dishes each over its description, a phone's settings each over its
    sentence. A site's menu over its pages is one paragraph of a word or two a line, and a menu
    button over a story stands over its headline alone."""
    if not _a_title(blocks, i) or furniture_families(blocks[i].text) != {"nav"}:
        return False
    paragraphs = paragraphs_of(blocks)
    first = blocks[i].paragraph + 1
    if first < len(paragraphs) and len(paragraphs[first]) == 1 and _a_short_title(blocks[paragraphs[first][0]]):
        first += 1  # the first section's title alone in its paragraph ("ANTIPASTI / STARTERS")
    below = paragraphs[first:first + MENU_CARD_MIN_SECTIONS]
    if len(below) < MENU_CARD_MIN_SECTIONS or any(len(paragraph) < 2 for paragraph in below):
        return False
    lines = [blocks[k].text for paragraph in below for k in paragraph]
    others = tuple(family for family in ARTICLE_FURNITURE if family != "nav")
    if any(names_furniture(line, families=others) for line in lines):
        return False  # a sidebar's "Follow @mlbdailydish" under "Search" and "User Tools"
    return 2 * sum(_a_phrase(line, others) or reads_as_prose(line) for line in lines) >= len(lines)


def _a_sections_title(text: str) -> bool:
    """A word or two opening with a capital, no furniture and ending no sentence: "Салати"."""
    return (
        len(text.split()) < PHRASE_MIN_WORDS and CAPITAL_FIRST.match(text) is not None
        and not ends_a_sentence(text) and vocabulary().cover(text, FURNITURE_FAMILIES) is None
    )


def _a_phrase(text: str, furniture: tuple[str, ...]) -> bool:
    """A phrase of several words, not all capitalized after its first (a site's menu writes "Our
    Team"), ending no sentence (a price may end in its currency's full stop: "Шопска салата ...
    8,50 лв."), naming no `furniture` and no desk of a news site ("Sports news and results",
    "Weather for the week ahead": a site's menu)."""
    words = text.split()
    return (
        len(words) >= PHRASE_MIN_WORDS and any(not word[:1].isupper() for word in words[1:])
        and (not ends_a_sentence(text) or _ENDS_IN_A_PRICE.search(text) is not None)
        and not names_furniture(text, families=furniture) and not names_furniture(text, families=("desk",))
    )


def _between_prose(blocks: list[Block], title: int, last: int) -> bool:
    """The line above the title reads as prose, and so does the first line under the list, or
    the line under it (a section's title)."""
    below = [blocks[k].text for k in range(last + 1, min(last + 3, len(blocks)))]
    return title > 0 and reads_as_prose(blocks[title - 1].text) and any(reads_as_prose(text) for text in below)


# A line of a text's list of its own accounts: a network's or a service's name of a few words, a
# colon (a space before it, as French writes it, or not), and its handle, address or name, after
# a bullet if any ("Instagram: @losvientosdelsur", "Spotify : open.spotify.com/artist/...",
# "Spotify: https://open.spotify.com/show/...", "YouTube: Los Vientos del Sur Oficial").
_AN_ACCOUNT = regex.compile(r"^\s*(?:[-*•]\s+)?\p{L}[^:\s]*(?:\s+[^:\s]+){0,3}\s?:\s+(?P<value>\S.*)$")
_AN_ACCOUNTS_NAME = regex.compile(r"^\s*(?:[-*•]\s+)?\p{L}[^:\s]*(?:\s+[^:\s]+){0,3}\s?:(?P<value>)\s*$")
# A value that is a handle, a web address or a domain (not a date's "28.01.2005"), whole
_AN_ADDRESS = regex.compile(r"(?:@\w[\w.]*|https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?:/\S*)?)\s*")


def _titles_its_own_accounts(blocks: list[Block], i: int) -> bool:
    """A call to follow or to listen ("SÍGUENOS", "Obserwuj nas", "SŁUCHAJ NAS") alone in its
    paragraph over a paragraph of the text's accounts, each a name, a colon and its value, one
    value at least a handle or a web address: a press kit's, a brochure's or show notes' own. A
    follow box prints its networks' names, or "Follow @handle", its links' addresses out of
    sight; a share box's "Short link for this page: http://..." is no account (on gold-bodies
    this kept none of the lines removed before). A sentence among the accounts ("Our events are
    in the newsletter too.") is the text's own as they are."""
    paragraphs = paragraphs_of(blocks)
    p = blocks[i].paragraph
    if len(paragraphs[p]) != 1 or p + 1 >= len(paragraphs):
        return False
    lines = [blocks[k].text for k in paragraphs[p + 1]]
    values = [_an_accounts_value(line) for line in lines]
    return (
        all(value is not None or ends_a_sentence(line) for value, line in zip(values, lines))
        and any(_AN_ADDRESS.fullmatch(value or "") for value in values)
    )


def _an_accounts_value(line: str) -> str | None:
    """The value of an account's line ("@band" of "Instagram: @band"), or a line that is a value
    or a name alone, as a line wrapped at a long address leaves them ("Apple Podcasts:" over
    "https://podcasts.apple.com/..."); None for any other line."""
    found = _AN_ACCOUNT.match(line) or _AN_ACCOUNTS_NAME.match(line)
    if found is not None:
        return found.group("value")
    return line.strip() if _AN_ADDRESS.fullmatch(line.strip()) else None


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


# A legend: at least LEGEND_MIN_ENTRIES lines of a paragraph each open with a different symbol
# ("≡", "⚙", "←", "🔒") and say what it means, most of them in words that are no furniture
LEGEND_MIN_ENTRIES = 4
_SYMBOL_FIRST = regex.compile(r"^\s*([^\w\s]+)\s+\w")


def _in_a_legend(blocks: list[Block], i: int) -> bool:
    """A symbol and its meaning among a legend's entries ("← terug" under "⚙ instellingen" and
    "✕ sluiten", over "🔒 beveiligde verbinding (slotje naast het webadres)"): a guide's key to
    the icons of a screen. A pager's "← Previous" stands beside one other arrow at most."""
    found = _SYMBOL_FIRST.match(blocks[i].text)
    if found is None:
        return False
    lines = (blocks[k].text for k in paragraphs_of(blocks)[blocks[i].paragraph])
    entries = [entry for entry in map(_SYMBOL_FIRST.match, lines) if entry is not None]
    if len(entries) < LEGEND_MIN_ENTRIES or len({entry.group(1) for entry in entries}) != len(entries):
        return False
    plain = sum(1 for entry in entries if not furniture_families(entry.string))
    return 2 * plain > len(entries)


# A file the text offers: its type in brackets, its name's extension, or its size ("Modulo di
# prenotazione (PDF)", "press-kit.zip", "ZIP, 96,4 MB", "1,2 МБ")
_A_FILE = regex.compile(
    r"(?i)\((?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub|mp3|mp4)\b[^)]*\)"
    r"|\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub|mp3|mp4)\b|\b\d+(?:[.,]\d+)?\s?(?:[kmg]b|[кмг]б)\b"
)


def _titles_its_files(blocks: list[Block], i: int) -> bool:
    """A title over the files the text offers ("Scarica" over "Modulo di prenotazione gruppi
    (PDF)", "Pobierz wszystko" over "press-kit.zip"): a leaflet's or a press kit's downloads.
    On gold-bodies no furniture line stood over a file's name."""
    return i + 1 < len(blocks) and _A_FILE.search(blocks[i + 1].text) is not None


# A run of short lines whose prose names this many of them again is the text's list of the
# things it writes about (a site's pages in a brief, an audit, a handover note)
NAMED_AGAIN_MIN = 3
NAMED_ITEM_MAX_WORDS = 4


def _a_page_the_text_writes_about(blocks: list[Block], i: int) -> bool:
    """A line of a run of short lines of which NAMED_AGAIN_MIN or more are named again, as
    written, by the text's prose: a site's menu in a brief, an SEO audit or a handover note
    ("Accueil" / "Actualités" / "Archives", then "La page Accueil affiche...", "Dans Archives,
    les programmes..."). A page's menu is not what its story is about."""
    return i in _runs_named_again(blocks)


@once_per_document
def _runs_named_again(blocks: list[Block]) -> frozenset[int]:
    """The blocks of the runs of short lines (one paragraph, or consecutive lines in a text
    without blank lines) that the prose names again."""
    prose = [block.text for block in blocks if reads_as_prose(block.text)]
    if not prose:
        return frozenset()
    found: set[int] = set()
    for run in _short_runs(blocks):
        if len(named_again([blocks[k] for k in run], prose)) >= NAMED_AGAIN_MIN:
            found.update(run)
    return frozenset(found)


def named_again(items: list[Block], prose: list[str]) -> set[str]:
    """The items' texts (bullets cut off) that a line of `prose` holds as written, whole, each
    opening in a capital or a letter of no case (in lower case, "book" or "search" is any
    sentence's word)."""
    names = {unbulleted(item).text.strip() for item in items}
    # An item is one line, so it is held by one line of prose exactly when the lines joined hold it.
    joined = "\n".join(prose)
    return {name for name in names if name and not name[:1].islower() and _holds_whole(joined, name)}


def _holds_whole(text: str, name: str) -> bool:
    # The plain substring test first: most items are named nowhere, and it costs no pattern.
    return name in text and regex.search(rf"(?<!\w){regex.escape(name)}(?!\w)", text) is not None


def _short_runs(blocks: list[Block]) -> list[list[int]]:
    """Runs of two or more consecutive blocks of at most NAMED_ITEM_MAX_WORDS words, within a
    paragraph (a text without blank lines is one)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, block in enumerate(blocks):
        if block.word_count <= NAMED_ITEM_MAX_WORDS and (not run or blocks[run[-1]].paragraph == block.paragraph):
            run.append(k)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [k] if block.word_count <= NAMED_ITEM_MAX_WORDS else []
    if len(run) >= 2:
        runs.append(run)
    return runs
