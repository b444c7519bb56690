"""Signs of a run of entries, each a term over its definition: in one paragraph, under a sentence
that introduces them, or one a paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.lines import ends_a_sentence, introduces_a_list, once_per_document
from cleaner.model import Block
from cleaner.own.common import (
    ENTRIES_MIN,
    SECTION_TITLE_MAX_WORDS,
    a_plain_term,
    a_term,
    furniture_families,
    names_its_topic,
    no_call,
    paragraphs_of,
    without_blank_lines,
)
from cleaner.vocabulary import words


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
    if not a_term(blocks, i):
        return False
    paragraph = blocks[i].paragraph

    def an_entry_of_the_paragraph(k: int) -> bool:
        return a_term(blocks, k) and blocks[k].paragraph == blocks[k + 1].paragraph == paragraph

    if an_entry_of_the_paragraph(i):
        run = _run_of_entries(blocks, i, an_entry_of_the_paragraph)
        # (in a text with blank lines, a gallery's buttons over its caption, said again,
        # "View Photos" / "Housed in a palace, ..." / "Caption" / "Housed in a palace, ...",
        # are no glossary)
        kinds = without_blank_lines(blocks) or (
            any(k != i and a_plain_term(blocks[k]) for k in run)
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
    if no_call(blocks[i]):
        return True
    # a call or an ad's label only as a section's title that names its topic, among terms that
    # are no furniture ("Subscribing to the newsletter" over "The newsletter is sent..."): a
    # thread's "Post a comment" follows its "Comments" / "No comments yet.", and an ad's label
    # between a story's sections names nothing of the paragraph under it
    others = [k for k in run if k != i]
    return all(a_plain_term(blocks[k]) for k in others) and names_its_topic(blocks[i], blocks[i + 1])


def _in_an_introduced_run(blocks: list[Block], i: int) -> bool:
    """A term of a run of ENTRIES_MIN entries or more, each a term over its one-line
    definition, however the blank lines fall, the terms all different and another of them no
    furniture, right under a sentence that ends in a colon ("There are three buttons at the
    bottom of the dialog:" over "Zoom Out" / "Clicking this button shrinks the display." /
    "Zoom In" / "Clicking this button expands it."): a manual's list of a dialog's buttons,
    whatever their words. A share box's lead-in ("Share this story with your friends:") stands
    over buttons that no sentence describes."""
    run = _run_of_entries(blocks, i, lambda k: a_term(blocks, k))
    terms = [blocks[k].text.strip().casefold() for k in run]
    return (
        run[0] > 0 and introduces_a_list(blocks[run[0] - 1]) and len(terms) >= ENTRIES_MIN
        and len(set(terms)) == len(terms) and any(k != i and a_plain_term(blocks[k]) for k in run)
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
        return 0 <= k < len(blocks) - 1 and _alone(blocks, k) and _alone(blocks, k + 1) and a_term(blocks, k)

    if not an_entry(i) or not no_call(blocks[i]):
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
        and any(k != i and a_plain_term(blocks[k]) for k in entries)
    )


def _alone(blocks: list[Block], k: int) -> bool:
    """Block k is a paragraph of its own (between blank lines)."""
    paragraph = blocks[k].paragraph
    return (k == 0 or blocks[k - 1].paragraph != paragraph) and (
        k + 1 == len(blocks) or blocks[k + 1].paragraph != paragraph
    )


# A glossary's entries one a short paragraph: at least ENTRY_PARAGRAPHS_MIN of them one after
# another, each of ENTRY_PARAGRAPH_LINES lines, at most ENTRY_FURNITURE_SHARE of the run's lines
# furniture.
ENTRY_PARAGRAPHS_MIN = 6
ENTRY_PARAGRAPH_LINES = range(2, 5)
ENTRY_FURNITURE_SHARE = 0.5


def _in_a_run_of_entry_paragraphs(blocks: list[Block], i: int) -> bool:
    """A line of a run of ENTRY_PARAGRAPHS_MIN short paragraphs or more, each a term over its
    translation or value, both short lines with no full stop or both ending in the same mark,
    and maybe a note under them, the terms all different and at most ENTRY_FURNITURE_SHARE of
    the run's lines furniture: an interface glossary's or a phrasebook's entries ("Sign in" /
    "Se connecter" / "Ne pas utiliser « S'identifier »." then "Book" / "Réserver"). A footer's
    groups of links ("Follow us" / "Facebook" / "Twitter") are furniture nearly all, and a
    share box stands alone."""
    return i in _entry_paragraph_runs(blocks)


@once_per_document
def _entry_paragraph_runs(blocks: list[Block]) -> frozenset[int]:
    """The blocks of the text's runs of entry paragraphs (_in_a_run_of_entry_paragraphs)."""
    if not blocks or without_blank_lines(blocks):
        return frozenset()
    found: set[int] = set()
    run: list[list[int]] = []
    for paragraph in [*paragraphs_of(blocks), []]:  # the empty one ends the last run
        if paragraph and _an_entry_paragraph(blocks, paragraph):
            run.append(paragraph)
            continue
        if _entries_of_a_glossary(blocks, run):
            found.update(k for entry in run for k in entry)
        run = []
    return frozenset(found)


def _an_entry_paragraph(blocks: list[Block], paragraph: list[int]) -> bool:
    """A term over its translation or value, both short, neither ending a sentence, or both
    ending in the same mark: a phrasebook's "Hilfe!" / "Help!", "Ich habe mich verlaufen." /
    "I'm lost." (a translation keeps its sentence's mark)."""
    if len(paragraph) not in ENTRY_PARAGRAPH_LINES:
        return False
    term, value = (blocks[k].text for k in paragraph[:2])
    if any(blocks[k].word_count > SECTION_TITLE_MAX_WORDS for k in paragraph[:2]):
        return False
    ends = (ends_a_sentence(term), ends_a_sentence(value))
    return ends == (False, False) or (all(ends) and _last_mark(term) == _last_mark(value))


def _last_mark(text: str) -> str:
    """A sentence's last mark, past closing quotes and brackets ('„Cheers!“' ends in "!")."""
    return text.rstrip().rstrip("\"'”“»)]’")[-1:]


def _entries_of_a_glossary(blocks: list[Block], run: list[list[int]]) -> bool:
    terms = [blocks[entry[0]].text.strip().casefold() for entry in run]
    if len(terms) < ENTRY_PARAGRAPHS_MIN or len(set(terms)) != len(terms):
        return False
    lines = [k for entry in run for k in entry]
    furniture = sum(1 for k in lines if furniture_families(blocks[k].text))
    return furniture <= ENTRY_FURNITURE_SHARE * len(lines)


# A list of verdicts: at least VERDICTS_MIN entries one after another, each a name (at most
# SECTION_TITLE_MAX_WORDS words, no full stop, no colon) over a verdict of at most
# VERDICT_MAX_WORDS words; two verdicts are alike when they open with the same word or share
# one of VERDICT_WORD_MIN_LETTERS letters or more (_alike).
VERDICTS_MIN = 3
VERDICT_MAX_WORDS = 12
VERDICT_WORD_MIN_LETTERS = 5


def _in_a_list_of_verdicts(blocks: list[Block], i: int) -> bool:
    """A name of a list of VERDICTS_MIN entries or more, each a name over its verdict, maybe a
    title between two of them, two of the verdicts alike, the names all different, another of
    them no furniture and no verdict furniture ("WhatsApp" / "Non approvato." / "Moodle" /
    "Approvato."): a school's approved apps, an audit of plugins, a council's channels, however
    short the verdicts. A share box's names stand over its buttons and counts ("Facebook" /
    "Like" / "Twitter" / "Follow"), and a glossary's definitions say something different each
    time."""

    def an_entry(k: int) -> bool:
        return 0 <= k < len(blocks) - 1 and _a_name(blocks[k]) and _a_verdict(blocks[k + 1])

    if not an_entry(i):
        return False
    entries = [i]
    while before := [k for k in (entries[0] - 2, entries[0] - 3) if _next_entries(blocks, k, entries[0], an_entry)]:
        entries.insert(0, before[0])
    while after := [k for k in (entries[-1] + 2, entries[-1] + 3) if _next_entries(blocks, entries[-1], k, an_entry)]:
        entries.append(after[0])
    names = [blocks[k].text.strip().casefold() for k in entries]
    # two verdicts alike, one of them a word or two: the judgement the longer ones give reasons for
    verdicts = [(_verdicts_words(blocks[k + 1]), blocks[k + 1].word_count <= VERDICT_MAX_WORDS) for k in entries]
    alike = any(
        (short or other_short) and _alike(a, b)
        for n, (a, short) in enumerate(verdicts) for b, other_short in verdicts[n + 1:]
    )
    return (
        len(names) >= VERDICTS_MIN and len(set(names)) == len(names) and alike
        and any(k != i and a_plain_term(blocks[k]) for k in entries)
    )


def _next_entries(blocks: list[Block], k: int, later: int, an_entry: Callable[[int], bool]) -> bool:
    """Entries k and `later` follow one another, or with a title between them."""
    return an_entry(k) and an_entry(later) and (later - k == 2 or _a_name(blocks[k + 2]))


def _a_name(block: Block) -> bool:
    """A few words that end no sentence, a brand's "!" aside ("Kahoot!"), a label's colon after
    them or not ("TikTok:" over "Neschváleno.")."""
    return 0 < block.word_count <= SECTION_TITLE_MAX_WORDS and not block.text.rstrip().endswith((".", "?", "…"))


def _a_verdict(block: Block) -> bool:
    """A statement of a few words, no furniture ("Approvato.", "Retired in 2023."): a menu's
    links end in no full stop, a follow box's counts neither ("12,345 followers")."""
    return (
        block.word_count > 0 and block.text.rstrip().endswith((".", "。"))
        and bool(words(block.text)) and not furniture_families(block.text)
    )


# A verdict longer than VERDICT_MAX_WORDS gives its judgement in a long word among its first ones
# ("Non approvato per le comunicazioni tra docenti e studenti. ..."), the word a short verdict of
# the list says alone ("Non approvato."), where a story's paragraph opens with any words ("The
# next time you're ...")
VERDICT_OPENING_WORDS = 2


def _verdicts_words(block: Block) -> list[str]:
    found = words(block.text)
    if block.word_count <= VERDICT_MAX_WORDS:
        return found
    return [word for word in found[:VERDICT_OPENING_WORDS] if len(word) >= VERDICT_WORD_MIN_LETTERS]


def _alike(one: list[str], other: list[str]) -> bool:
    """Two verdicts that open with the same word ("Retired." / "Retired in 2023.") or share a long
    one ("Approvato." / "Non approvato.")."""
    if not one or not other:
        return False
    long_words = {word for word in one if len(word) >= VERDICT_WORD_MIN_LETTERS}
    return one[0] == other[0] or not long_words.isdisjoint(other)
