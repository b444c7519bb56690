"""Signs of verse and scripts: a stanza's title, a song's verse, a screenplay's direction, a line
of dialogue.
"""

from __future__ import annotations

import collections
import itertools

import regex

from cleaner.lines import TRAILING_MARKS, ends_a_sentence, names_furniture, once_per_document
from cleaner.model import Block
from cleaner.own.common import (
    FURNITURE_FAMILIES,
    _a_title,
    furniture_families,
    paragraphs_of,
    rest_of_paragraph,
    without_blank_lines,
)
from cleaner.vocabulary import vocabulary

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



# A text of verse set in lower case: at least this many of its lines open in a lower-case
# letter, at least this share of those that open in a letter, most of them no furniture, and
# its lines short as verse's.
LOWER_CASE_VERSE_MIN_LINES = 12
LOWER_CASE_VERSE_SHARE = 0.8
LOWER_CASE_PLAIN_SHARE = 0.6
VERSE_LINE_MAX_WORDS = 8


def _a_line_of_verse_set_in_lower_case(blocks: list[Block], i: int) -> bool:
    """A line in lower case of a text of verse set in lower case, its lines short and nearly all
    opening in a small letter, most of them more than furniture: a poem's "home" / "back" / "back" and
    "suivant" over "au guichet de la poste", where a page's links in lower case stand among
    sentences that open in capitals."""
    return blocks[i].text[:1].islower() and _set_in_lower_case(blocks)


@once_per_document
def _set_in_lower_case(blocks: list[Block]) -> bool:
    lettered = [block for block in blocks if block.text[:1].isalpha()]
    lower = [block for block in lettered if block.text[:1].islower()]
    if len(lower) < LOWER_CASE_VERSE_MIN_LINES or len(lower) < LOWER_CASE_VERSE_SHARE * len(lettered):
        return False
    if sorted(block.word_count for block in lower)[len(lower) // 2] > VERSE_LINE_MAX_WORDS:
        return False  # prose in lower case (a chat's messages), not verse
    v = vocabulary()
    plain = sum(v.cover(block.text, FURNITURE_FAMILIES) is None for block in lower)
    return plain >= LOWER_CASE_PLAIN_SHARE * len(lower)

# A screenplay's scene heading: "INT. FERRY CABIN - NIGHT", "EXT. HARBOUR - DAWN", "INT./EXT. CAR"
_SCENE_HEADING = regex.compile(r"^(?:INT|EXT|I/E|INT\./EXT|EXT\./INT)\.\s+\S")


def _a_scripts_direction(blocks: list[Block], i: int) -> bool:
    return blocks[i].text.isupper() and _a_screenplay(blocks)


@once_per_document
def _a_screenplay(blocks: list[Block]) -> bool:
    return any(_SCENE_HEADING.match(block.text) for block in blocks)


# A play's speech: the speaker's name in capitals, then a full stop or a colon ("DORIS. (sipping)
# It says tea.", "ALAN: Board says..."); a play's speakers speak more than once, where a paper's
# "METHODS:" and "CONCLUSION:" each open one paragraph.
_SPEECH = regex.compile(r"^(\p{Lu}{2,}[\p{Lu} '’-]*)[.:]\s+\S")
PLAY_MIN_SPEAKERS = 2


def _a_plays_direction(blocks: list[Block], i: int) -> bool:
    """A short line between two speeches of a play or a transcript ("Pause" between "DORIS. ..."
    and "ALAN. ...", "(Pubblicità)" between a presenter's speech and the name of the next one),
    its speakers each speaking more than once: a stage direction, where a comment thread's
    button stands between comments with no speaker (on gold-bodies this kept none of the lines
    removed before). The transcript's last line may be one too, set in brackets as directions
    are ("(PUBLICIDAD)" under the presenter's "Volvemos en tres minutos.")."""
    if blocks[i].word_count > 4 or i == 0:
        return False
    speeches = _speeches(blocks)
    if i == len(blocks) - 1:
        return i - 1 in speeches and _IN_BRACKETS.match(blocks[i].text) is not None
    return i - 1 in speeches and i + 1 in speeches


# A stage direction in brackets: "(Pause)", "[APPLAUSE]"
_IN_BRACKETS = regex.compile(r"^\s*(?:\([^()]+\)|\[[^\[\]]+\])\s*$")
# A monologue's or a script's directions: at least this many other lines in brackets, each
# different, none of them furniture (an essay's "[ed. - ...]" said twice and a page number are
# two: on gold-bodies its "[return to top]" stays a link).
STAGE_DIRECTIONS_MIN = 3


def _among_stage_directions(blocks: list[Block], i: int) -> bool:
    """A line in brackets among STAGE_DIRECTIONS_MIN or more other lines in brackets that are no
    furniture: a monologue's "(Pause.)" among "(Han vender sig om.)", "(Han bladrer.)". A
    page's buttons in brackets ("[Reply]", "(Edit)") are furniture, each of them."""
    if _IN_BRACKETS.match(blocks[i].text) is None:
        return False
    others = {blocks[k].text.strip() for k in _directions(blocks) - {i}}
    return len(others) >= STAGE_DIRECTIONS_MIN


@once_per_document
def _directions(blocks: list[Block]) -> frozenset[int]:
    """The lines in brackets of the text that name no furniture."""
    return frozenset(
        k for k, block in enumerate(blocks)
        if _IN_BRACKETS.match(block.text) is not None and not furniture_families(block.text)
    )


def _in_a_speech(blocks: list[Block], i: int) -> bool:
    """A line of a speech under its speaker's name, the play's speakers each speaking more than
    once ("Suivant !" closing GÉRARD's speech under a stage direction): a line the character
    says, where a thread's button stands under no name in capitals that speaks again."""
    return i in _speeches(blocks)


@once_per_document
def _speeches(blocks: list[Block]) -> frozenset[int]:
    """The blocks that are speeches of speakers who speak more than once, if there are
    PLAY_MIN_SPEAKERS of them: a line "NAME. speech", or a name alone on its line and the lines
    under it in its paragraph, to the next name; where these are over SPEECH_MAX_LINES (a comment
    thread's "LOL" over the rest of the page) or the text has no blank line, the line under it."""
    speaker: dict[int, str] = {}
    counts: collections.Counter[str] = collections.Counter()  # speeches by speaker
    for k, block in enumerate(blocks):
        if found := _SPEECH.match(block.text):
            speaker[k] = found.group(1).strip()
            counts[speaker[k]] += 1
    names = _speakers_over_their_speeches(blocks)
    flat = without_blank_lines(blocks)  # (where a paragraph may run to the text's end)
    for k, name in names.items():
        speech = list(itertools.takewhile(lambda line: line.index not in names, rest_of_paragraph(blocks, k + 1)))
        lines = [k, *(line.index for line in speech)] if len(speech) <= SPEECH_MAX_LINES and not flat else [k, k + 1]
        speaker.update(dict.fromkeys(lines, name))
        counts[name] += 1
    repeated = {name for name, count in counts.items() if count > 1}
    if len(repeated) < PLAY_MIN_SPEAKERS:
        return frozenset()
    return frozenset(k for k, name in speaker.items() if name in repeated)


# A speaker's name in capitals alone on its line, over the speech ("CONDUTTRICE" over "Adesso
# una piccola pausa, ...")
_SPEAKER = regex.compile(r"^\s*(\p{Lu}{2,}[\p{Lu} '’-]*?):?\s*$")
SPEAKER_MAX_WORDS = 3
# tests/genres' plays and transcripts: 98% of the speeches under a name alone on its line are
# at most this many lines
SPEECH_MAX_LINES = 20


def _speakers_over_their_speeches(blocks: list[Block]) -> dict[int, str]:
    """The names alone on their line over a speech in the same paragraph, by line."""
    return {
        k: found.group(1) for k, block in enumerate(blocks[:-1])
        if block.word_count <= SPEAKER_MAX_WORDS and (found := _SPEAKER.match(block.text))
        and blocks[k + 1].paragraph == block.paragraph and not _SPEAKER.match(blocks[k + 1].text)
    }


def _echoes_the_title(blocks: list[Block], i: int) -> bool:
    """The text's last line saying its first again ("Teilen" over a poem that ends "Teilen"): a
    poem's title said as its last word, where a share button ends a story titled otherwise."""
    return i == len(blocks) - 1 and i > 2 and blocks[i].text.strip() == blocks[0].text.strip()


# A stanza: at least two lines of verse, each of VERSE_MIN_WORDS to VERSE_MAX_WORDS words with no
# digit and none of a menu's separators, at least half of them running on from the line above
# (starting in lower case, or after a comma or a semicolon). A list of links or of a form's
# fields is short lines that each start anew.
VERSE_MIN_WORDS = 3
VERSE_MAX_WORDS = 12
_NOT_VERSE = regex.compile(r"[\d|@:]")
# a stanza's label: "Verse 1", "Chorus:", "Refrain", "[Chorus]", "(x2)", "2."
_STANZA_LABEL = regex.compile(r"^\s*(?:\p{L}+(?: \d{1,2})?:?|\[[^\]]{1,30}\]|\([^)]{1,30}\)|\d{1,3}[.)]?)\s*$")
_LINE_END = regex.compile(r"[.!?…,;»”\"']\s*$")


def _titles_a_stanza(blocks: list[Block], i: int) -> bool:
    if not _a_title(blocks, i):
        return False
    return _a_stanza(rest_of_paragraph(blocks, i + 1))  # the stanza: the paragraph below the title


# A poem whose stanzas vouch for a line a rule finds: at least this many stanzas.
POEM_MIN_STANZAS = 3


def _in_a_poem_of_stanzas(blocks: list[Block], i: int) -> bool:
    """A line of a stanza in a text of POEM_MIN_STANZAS stanzas or more, or of a paragraph of
    flowing verse beside one, or a title right over one: a poem made of a page's phrases ("Skip
    to content." / "Skip to the part where it's fine.", "Cookie settings — she'd have laughed at
    that,"), titled with one ("Back to Top"). A banner or a skip link stands apart from a poem's
    stanzas, at the page's top or foot."""
    stanzas = _poem_paragraphs(blocks)
    if len(stanzas) < POEM_MIN_STANZAS:
        return False
    here = blocks[i].paragraph
    if here in stanzas:
        return True
    if _a_title(blocks, i):
        return blocks[i + 1].paragraph in stanzas
    beside = {here - 1, here + 1} & stanzas
    return bool(beside) and _a_poem([blocks[k] for k in paragraphs_of(blocks)[here]], min_lines=2)


@once_per_document
def _poem_paragraphs(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that are stanzas or poems of their own (_a_poem)."""
    paragraphs = paragraphs_of(blocks)
    return _stanzas(blocks) | {n for n, paragraph in enumerate(paragraphs) if _a_poem([blocks[k] for k in paragraph])}


def _a_stanza(stanza: list[Block]) -> bool:
    """At least two verses, running on, and no other line but a refrain's shorter ones, fewer
    than the verses and each ending in a mark ("Вперёд!" / "Назад!" / "Ещё!" closing each
    stanza of a children's rhyme), under the stanza's label if it has one ("Verse 1",
    "Chorus:")."""
    if stanza and _STANZA_LABEL.match(stanza[0].text):
        stanza = stanza[1:]  # (its label: "Verse 1", "Chorus:", "[Refrain]")
    verses = [block for block in stanza if block.word_count >= VERSE_MIN_WORDS]
    refrain = [block for block in stanza if block.word_count < VERSE_MIN_WORDS]
    if len(verses) < 2 or len(verses) <= len(refrain) or not all(map(_a_verse, verses)):
        return False
    if not all(_LINE_END.search(block.text) for block in refrain):
        return False  # (a menu's short links end in no mark)
    running_on = sum(1 for a, b in itertools.pairwise(verses) if b.text[:1].islower() or a.text.endswith((",", ";")))
    return running_on >= (len(verses) - 1) / 2


# A cycle of poems: a poem's title stands beside at least this many others, none furniture,
# each over a poem of at least POEM_MIN_LINES lines.
POEM_CYCLE_MIN_OTHERS = 2
POEM_MIN_LINES = 4


def _titles_a_poem_of_a_cycle(blocks: list[Block], i: int) -> bool:
    """The title of a poem in a cycle of titled poems: "Реклама" (an ad's label) over a poem
    about a poster, beside "Продається" and "Дрібним шрифтом" over theirs. A free verse's
    short lines ("Справжнє сонце") are too loose for _a_stanza, but the cycle's other titled
    poems vouch for it. An ad's label stands over a story's paragraph of prose."""
    titles = _poem_titles(blocks)
    here = blocks[i].paragraph
    if here not in titles:
        return False
    return sum(1 for p, furniture in titles.items() if p != here and not furniture) >= POEM_CYCLE_MIN_OTHERS


@once_per_document
def _poem_titles(blocks: list[Block]) -> dict[int, bool]:
    """The paragraphs that are a title over a poem, each with whether its title names furniture."""
    paragraphs = paragraphs_of(blocks)
    return {
        p: bool(furniture_families(blocks[paragraphs[p][0]].text))
        for p in range(len(paragraphs) - 1)
        if len(paragraphs[p]) == 1 and _a_title(blocks, paragraphs[p][0])
        and _a_poem([blocks[k] for k in paragraphs[p + 1]])
    }


# Verses the segmenter joined into one sentence ("Cookie settings — she'd have laughed at that," /
# "with flour on the windowsill.") run to at most this many words a line: a paragraph's lines
# wrapped at 72 columns run to 11 or 12
JOINED_VERSE_MAX_WORDS = 8


def _verse_long(block: Block) -> bool:
    """A verse's length: VERSE_MAX_WORDS words at most, or JOINED_VERSE_MAX_WORDS a line for
    verses joined into one block."""
    lines = block.last_line - block.first_line + 1
    return block.word_count <= (VERSE_MAX_WORDS if lines == 1 else JOINED_VERSE_MAX_WORDS * lines)


def _a_poem(lines: list[Block], min_lines: int = POEM_MIN_LINES) -> bool:
    """`min_lines` lines or more of at most VERSE_MAX_WORDS words, at least POEM_MIN_FLOWING of
    them flowing: ending in a mark, or going on in lower case on the next line (a list of
    headlines does neither)."""
    if len(lines) < min_lines or not all(map(_verse_long, lines)):
        return False
    flowing = sum(
        1 for k, line in enumerate(lines)
        if _LINE_END.search(line.text) or (k + 1 < len(lines) and lines[k + 1].text[:1].islower())
    )
    return flowing >= POEM_MIN_FLOWING * len(lines)


# a chorus's label, marked as one: "[Chorus]", "(Refrain)", "Chorus:", "Припев 2:"
# a chant's line ends in a mark, its echo's too: "Выше! (выше!)"
_CHANT_END = regex.compile(r"[.!?…,;»”\"'][)\]]?\s*$")
_EXCLAMATION_END = regex.compile(r"[!¡][)\]]?\s*$")
_CHORUS_LABEL = regex.compile(r"^\s*(?:\p{L}+(?: \d{1,2})?:|\[[^\]]{1,30}\]|\([^)]{1,30}\))\s*$")


def _in_a_labelled_chorus(blocks: list[Block], i: int) -> bool:
    """A line of a chant under its label, in a song whose other labelled parts hold verses:
    "[Припев]" over "Выше! (выше!)" / "Дальше!" / "Дальше!" / "Ещё раз!", every line under the
    label ending in a mark (too short for _a_stanza's verses), or under a label that names no
    furniture ("Кода:" over "выйти" / "выйти" / "не выйти"), beside "[Куплет 1]" over its
    lines. A menu stands under no such label, a lyrics page's share buttons under a label of
    furniture ("Share:")."""
    here = blocks[i].paragraph
    if blocks[-1].paragraph == 0 or here not in _labelled_parts(blocks):
        return False
    parts = paragraphs_of(blocks)
    label, *lines = parts[here]
    chanted = all(_CHANT_END.search(blocks[k].text) for k in lines) or not furniture_families(blocks[label].text)
    return (
        len(lines) >= 2 and i != label and chanted
        and any(_a_verse(blocks[k]) for n in _labelled_parts(blocks) - {here} for k in parts[n])
    )


@once_per_document
def _labelled_parts(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs opened by a chorus's or a verse's label."""
    return frozenset(
        n for n, paragraph in enumerate(paragraphs_of(blocks)) if _CHORUS_LABEL.match(blocks[paragraph[0]].text)
    )


# A text of verse read as one paragraph: at least POEM_MIN_VERSES verses, POEM_MIN_SHARE of its
# lines but its shouts and labels, POEM_MIN_FLOWING of them ending in a mark or running on
POEM_MIN_VERSES = 8
POEM_MIN_SHARE = 0.6
POEM_MIN_FLOWING = 0.75


def _a_shout_of_a_poem_read_as_one_paragraph(blocks: list[Block], i: int) -> bool:
    """A shout beside a verse ("Home!", "Go!", "Назад!") in a text of verse whose blank lines
    tell no stanzas (none, or one after every line): a refrain or a chant's last word, where
    a page's button between lines ends in no mark."""
    if not _a_shout(blocks[i]) or not _verse_read_as_one_paragraph(blocks):
        return False
    start, end = i, i + 1  # the run of shouts it stands in: "Вперёд!" / "Назад!" / "Ещё!"
    while start > 0 and _a_shout(blocks[start - 1]):
        start -= 1
    while end < len(blocks) and _a_shout(blocks[end]):
        end += 1
    return any(_a_verse(blocks[k]) for k in (start - 1, end) if 0 <= k < len(blocks))


def _among_shouts(blocks: list[Block], i: int) -> bool:
    """A shout or a short exclamation between two lines of its paragraph that end in a mark, one
    of them a shout too, or an exclamation of no furniture words: a picture book's "Back!" /
    "Back!" / "Back!" under "A cat.", a gamebook's "Zurück!" under "Klopf! Klopf!", a cheer's
    "Go, go, go!" under "Move that ball!". A search box's "Go!" stands beside its field's
    label, a call ("Sign up now!") beside a paragraph of prose."""
    if not (_a_shout(blocks[i]) or _an_exclamation(blocks[i])) or i == 0 or i + 1 >= len(blocks):
        return False
    above, below = blocks[i - 1], blocks[i + 1]
    return (
        above.paragraph == blocks[i].paragraph == below.paragraph
        and all(_CHANT_END.search(block.text) for block in (above, below))
        and any(
            _a_shout(block) or (_an_exclamation(block) and not furniture_families(block.text))
            for block in (above, below)
        )
    )


# An exclamation: a line of at most this many words ending in "!" ("Move that ball!")
EXCLAMATION_MAX_WORDS = 4


def _an_exclamation(block: Block) -> bool:
    return block.word_count <= EXCLAMATION_MAX_WORDS and _EXCLAMATION_END.search(block.text) is not None


def _a_shout(block: Block) -> bool:
    return block.word_count < VERSE_MIN_WORDS and _CHANT_END.search(block.text) is not None


@once_per_document
def _verse_read_as_one_paragraph(blocks: list[Block]) -> bool:
    """Whether the text is verse, one line a paragraph or all one paragraph: most of its lines
    verses but its shouts and its parts' labels, nearly all of them ending in a mark or running
    on into the next in lower case (a list of headlines does neither)."""
    if not (without_blank_lines(blocks) or all(len(paragraph) == 1 for paragraph in paragraphs_of(blocks))):
        return False
    lines = [block for block in blocks if not _a_shout(block) and not _STANZA_LABEL.match(block.text)]
    verses = [block for block in lines if _a_verse(block)]
    if len(verses) < POEM_MIN_VERSES or len(verses) < POEM_MIN_SHARE * len(lines):
        return False
    flowing = sum(
        1 for k, verse in enumerate(verses)
        if _LINE_END.search(verse.text) or (k + 1 < len(verses) and verses[k + 1].text[:1].islower())
    )
    return flowing >= POEM_MIN_FLOWING * len(verses)


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
    return frozenset(b.paragraph for b in blocks if _a_verse(b) and not furniture_families(b.text))


@once_per_document
def _stanzas(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the paragraphs that are stanzas."""
    paragraphs = enumerate(paragraphs_of(blocks))
    return frozenset(n for n, paragraph in paragraphs if _a_stanza([blocks[k] for k in paragraph]))
