"""Signs of a title over its section: a title over the prose it names, a section's title in a
text with no blank line, a numbered part or chapter, a heading over an indented section.
"""

from __future__ import annotations

import regex

from cleaner.lines import (
    ARTICLE_FURNITURE,
    DIGIT,
    SENTENCE_MIN_WORDS,
    ends_a_sentence,
    introduces_a_list,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block
from cleaner.own.common import (
    BULLET,
    CAPITAL_FIRST,
    DEFINITION_END,
    DEFINITION_MIN_WORDS,
    FURNITURE_FAMILIES,
    QUESTION_MAX_WORDS,
    SECTION_NUMBER,
    SECTION_TITLE_MAX_WORDS,
    SECTIONED_MIN_TITLES,
    TITLE_START,
    _a_sentence,
    _a_title,
    a_name_or_no_call,
    item_number,
    names_its_topic,
    names_other_families,
    no_call,
    prose_below,
    starts_a_paragraph,
    unbulleted,
    without_blank_lines,
)
from cleaner.vocabulary import vocabulary, word_tuple, words


def _the_documents_title(blocks: list[Block], i: int) -> bool:
    return i == 0 and len(blocks) > 1  # "Impressum", "Newsletter"


def _a_chapter_among_sections(blocks: list[Block], i: int) -> bool:
    """A numbered title ("6. Меню «Изображение»", "16. Menus") beside a line numbered as a
    section of two levels or more ("6.1. Обзор", "5.11. Keyboard Shortcuts Dialog"): a
    chapter's title in a table of contents. A menu's numbered links stand among no section
    numbers."""
    if item_number(blocks[i].text) is None or not DIGIT.match(blocks[i].text.lstrip()):
        return False
    return any(0 <= k < len(blocks) and SECTION_NUMBER.match(blocks[k].text) for k in (i - 1, i + 1))


def _a_numbered_section(blocks: list[Block], i: int) -> bool:
    """A section's numbered title over its section ("5. Sharing", "4. Реклама", "§ 8. Kontakt"),
    in a text with another title numbered one before or after it: a policy's or a club's rules
    cut into numbered sections. A menu's numbered links stand together in one paragraph, over no
    prose (on gold-bodies one furniture line of all regimes was numbered, "4. RSS 2.0")."""
    number = section_number(blocks[i].text)
    if number is None:
        return False
    if not _heads_a_numbered_section(blocks, i):
        return _the_next_numbered_section(blocks, i, number)
    numbers = _numbered_title_lines(blocks)
    return number - 1 in numbers or number + 1 in numbers


def _the_next_numbered_section(blocks: list[Block], i: int, number: int) -> bool:
    """In a text without blank lines, a numbered title over lines that are no prose ("8.
    Contacto" over an address), the title numbered one before it heading prose ("7. Menores"
    over its sentence): the sections go on. A menu's numbered links head no prose."""
    if not without_blank_lines(blocks) or i + 1 >= len(blocks) or section_number(blocks[i + 1].text) is not None:
        return False
    block = blocks[i]
    if block.word_count > SECTION_TITLE_MAX_WORDS + 2 or ends_a_sentence(block.text):
        return False
    return number - 1 in _numbered_sections_over_prose(blocks)


@once_per_document
def _numbered_sections_over_prose(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the text's numbered titles over their sections (_heads_a_numbered_section)."""
    return frozenset(
        number for k, block in enumerate(blocks)
        if (number := section_number(block.text)) is not None and _heads_a_numbered_section(blocks, k)
    )


# A section's number: "5. ", "12) ", "§ 8. ", "§8 "
_SECTION_MARK = regex.compile(r"^\p{Cf}*(?:§\s*(?P<paragraph>\d{1,3})\.?|(?P<number>\d{1,3})\\?[.)])\s+\S")


def section_number(text: str) -> int | None:
    found = _SECTION_MARK.match(text.lstrip())
    return None if found is None else int(found.group("paragraph") or found.group("number"))


def _heads_a_numbered_section(blocks: list[Block], i: int) -> bool:
    """A numbered line short enough for a title, without a full stop at its end, alone in its
    paragraph over another one (in a text with no blank line: over a line of prose, or over the
    sentence that introduces a list)."""
    block = blocks[i]
    if i + 1 >= len(blocks) or block.word_count > SECTION_TITLE_MAX_WORDS + 2 or ends_a_sentence(block.text):
        return False
    if without_blank_lines(blocks):
        below = blocks[i + 1]
        return reads_as_prose(below.text) or introduces_a_list(below) or (
            below.word_count >= SENTENCE_MIN_WORDS and ends_a_sentence(below.text)
        )
    return (i == 0 or blocks[i - 1].paragraph != block.paragraph) and blocks[i + 1].paragraph != block.paragraph


@once_per_document
def _numbered_title_lines(blocks: list[Block]) -> frozenset[int]:
    """The numbers of the text's numbered lines shaped as titles, over prose or not ("9.
    CONCLUSIE" over a task too short for prose, under "10. DISCUSSIE" over its sentence): a
    section's title beside the one numbered before or after it."""
    return frozenset(
        number for block in blocks
        if (number := section_number(block.text)) is not None
        and block.word_count <= SECTION_TITLE_MAX_WORDS + 2 and not ends_a_sentence(block.text)
    )


# What a paragraph that tells how to subscribe names: the feed or the e-mail the posts come by
# ("feed" inside a word too: "feedlezer", "RSS-feed")
_SUBSCRIPTION_MEANS = regex.compile(
    r"(?i)\b(?:rss|atom|e-?mails?|newsletters?|nieuwsbrief|lettre d'information|podcast|flux)\b|feed"
)
SUBSCRIPTION_MEANS_MIN = 2


def _titles_how_to_subscribe(blocks: list[Block], i: int) -> bool:
    """A subscription's title ("Subscribe", "Abonneren", "Abonnez-vous") alone over a paragraph of
    prose that names two of the ways the posts come (an e-mail, an RSS feed, a podcast app): a
    blog's or a podcast's own section on following it, where a subscribe button stands over the
    story's next paragraph (on gold-bodies this kept none of the lines removed before)."""
    block = blocks[i]
    alone = _a_title(blocks, i) or (without_blank_lines(blocks) and i + 1 < len(blocks))
    if block.word_count > 3 or not alone or vocabulary().cover(block.text, ("subscribe",)) is None:
        return False
    below = blocks[i + 1].text
    means = {found.group().casefold() for found in _SUBSCRIPTION_MEANS.finditer(below)}
    return reads_as_prose(below) and len(means) >= SUBSCRIPTION_MEANS_MIN


def _titles_where_it_posts(blocks: list[Block], i: int) -> bool:
    """A follow box's title ("Follow us", "Folgen Sie uns", "Obserwuj nas") alone over a
    statement that names no call's furniture (a newsletter, an ad, a shop) and does not say the
    title again (_says_again: "We post pictures from the archive every Friday on Facebook and
    Instagram.", "... the quickest way to reach us"): a leaflet's or a press kit's section on
    where the news is posted. A follow box's title stands over its call ("Follow us on Twitter
    for the latest news!"), a newsletter's ("Get the newsletter...") or its buttons."""
    block = blocks[i]
    alone = _a_title(blocks, i) or (without_blank_lines(blocks) and i + 1 < len(blocks))
    if block.word_count > 3 or not alone or vocabulary().cover(block.text, ("follow",)) is None:
        return False
    below = blocks[i + 1].text
    return (
        reads_as_prose(below) and below.rstrip().endswith((".", "。"))
        and not names_furniture(below, families=_CALLS) and not _says_again(block.text, below)
    )


def _says_again(title: str, text: str) -> bool:
    """Whether the text says the title's words again, in its order ("Follow us" in "Follow us
    on Twitter"; not in "the quickest way to reach us")."""
    return f" {' '.join(words(title))} " in f" {' '.join(words(text))} "


# The furniture of a box's call to follow, subscribe or buy, which a follow box's title stands
# over ("Subscribe to the feed via RSS or email and follow us on Twitter!")
_CALLS = ("subscribe", "comment", "reply", "ad", "shop", "popular")


def _titles_a_lead_in(blocks: list[Block], i: int) -> bool:
    """A title alone in its paragraph over the sentence that introduces its section's list
    ("Archivio" over "Per chi volesse recuperare le puntate precedenti:", "Logowanie" over "Do
    pracy potrzebne są trzy systemy:"), the sentence naming no furniture: a sidebar's "Archives"
    stands over its links, a share box's title over "Share this story:" (on gold-bodies this
    kept two lines removed before: a "Tweet" the gold holds, a "Home" it does not). A name
    after its article titles too ("Het menu" over "Bovenaan elke pagina vind je:"), and so
    does a line of a paragraph under a line that ends a sentence ("Menü" over "Az oldal
    tetején ezeket a menüpontokat látod:", in a text without blank lines or in a paragraph)."""
    alone = _a_title(blocks, i) or (
        i + 1 < len(blocks) and blocks[i + 1].paragraph == blocks[i].paragraph
        and CAPITAL_FIRST.match(blocks[i].text) is not None
        and (starts_a_paragraph(blocks, i) or ends_a_sentence(blocks[i - 1].text))
    )
    if not alone or not a_name_or_no_call(blocks[i]):
        return False
    below = blocks[i + 1]  # (a footnote's "2. ... as follows:" under its "(Back)" is an item, no lead-in)
    if not introduces_a_list(below) or item_number(below.text) is not None:
        return False
    return not names_furniture(below.text) or _says_its_title_again(blocks[i], below)


def _says_its_title_again(title: Block, lead_in: Block) -> bool:
    """The lead-in says the title's words again and names furniture of their families only
    ("Meest gelezen" over "... hier de vijf meest gelezen stukken uit tien jaar:"), where a
    box's title stands over its call to another box ("Archives" over "Follow us on:")."""
    words_of_title = title.text.strip().rstrip(":：").strip().casefold()
    if not words_of_title or words_of_title not in lead_in.text.casefold():
        return False
    return not names_other_families(title.text, lead_in.text)


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
    if below >= len(blocks) or not _a_title(blocks, i) or not no_call(blocks[i]):
        return False
    block = blocks[below]
    alone = block.paragraph != blocks[i].paragraph and (
        below + 1 == len(blocks) or blocks[below + 1].paragraph != block.paragraph
    )
    return (
        alone and block.word_count >= DEFINITION_MIN_WORDS and DEFINITION_END.search(block.text.rstrip()) is not None
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


# A section indented under its heading: at least this many columns deeper
SECTION_INDENT = 2


def heads_an_indented_section(blocks: list[Block], i: int) -> bool:
    """The line's section is indented under it, in its paragraph or the next (a manual page's
    "ACTIONS", a glossary's "  Promotion" over its tab-indented definition, a list's
    "  *  Search" over "     This permits keyrings to be searched...")."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph > blocks[i].paragraph + 1:
        return False
    return blocks[i + 1].indent >= blocks[i].indent + SECTION_INDENT


def _titles_its_topic_in_one_paragraph(blocks: list[Block], i: int) -> bool:
    """In a text with no blank line, a section's title over prose that names its topic
    ("Реклама" over "Ольга рассказала, что реклама даёт газете треть дохода"), an ad's label
    or not: an ad's label has nothing to do with the paragraph under it. Not a call ("Post a
    comment" over a comment that names comments: on gold-bodies' trafilatura outputs 4 were)."""
    if blocks[-1].paragraph != 0 or not _a_sections_title(blocks, i):
        return False
    calls = not vocabulary().members["connector"].isdisjoint(word_tuple(blocks[i].text))
    return not calls and names_its_topic(blocks[i], blocks[i + 1])


def _titles_its_section(title: Block, paragraph: Block) -> bool:
    return names_its_topic(title, paragraph) or vocabulary().cover(title.text, ("section",)) is not None


# A word and a number: "Deel 2", "Part 3"
_NUMBERED_TITLE = regex.compile(r"^\s*(\D+?)\s+(\d{1,3})\s*$")


def _numbers_a_part(blocks: list[Block], i: int) -> bool:
    """A title of a word and a number, with the same word and the number before or after it
    on another line: the text's parts or chapters ("Deel 1", "Deel 2"), where a button's count
    ("Share 12") stands alone."""
    found = _NUMBERED_TITLE.match(blocks[i].text)
    # (in a text with no blank line, a title over a sentence)
    titles = _a_title(blocks, i) or (
        without_blank_lines(blocks) and i + 1 < len(blocks) and _a_sentence(blocks[i + 1])
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
    line of prose (or a question over its answer, "¿Quiénes somos?" over "Somos tres vecinas
    ..."), a title that is no call or in a text that other titles cut into sections. An FAQ's
    section title stands over its first question and the answer ("About us" / "Who are the
    Friends?" / "The Friends ... were founded in 1987"), alone in its paragraph or opening it."""
    faq = i + 1 < len(blocks) and _a_question_over_its_answer(blocks, i + 1)
    if faq and CAPITAL_FIRST.match(blocks[i].text) and not ends_a_sentence(blocks[i].text) and (
        starts_a_paragraph(blocks, i) and not without_blank_lines(blocks)
    ):
        return True
    if not (prose_below(blocks, i) or faq):
        return False
    if _a_title(blocks, i):
        return True
    titles = _a_sections_title(blocks, i) or _a_question_over_its_answer(blocks, i)
    return blocks[-1].paragraph == 0 and titles and (no_call(blocks[i]) or _sectioned(blocks, i))


def _a_sections_title(blocks: list[Block], k: int) -> bool:
    """A short line over prose, or over an FAQ's first question and its answer."""
    text = blocks[k].text
    return (
        blocks[k].word_count <= SECTION_TITLE_MAX_WORDS and TITLE_START.match(text) is not None
        and not text.rstrip().endswith((".", "!", "?", ":", "…")) and k + 1 < len(blocks)
        and (reads_as_prose(blocks[k + 1].text) or _a_question_over_its_answer(blocks, k + 1))
    )


def _a_question_over_its_answer(blocks: list[Block], k: int) -> bool:
    """An FAQ's question over the prose of its answer: a section's title too."""
    text = blocks[k].text.rstrip()
    return (
        blocks[k].word_count <= QUESTION_MAX_WORDS and text.endswith(("?", "？")) and text.lstrip("¿")[:1].isupper()
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
    return a_name_or_no_call(blocks[i]) and _sectioned(blocks, i)


def _sectioned(blocks: list[Block], i: int) -> bool:
    """Whether other lines of the text title the prose under them, furniture none of them: a
    text cut into sections (a paper's "Methods", "Results"; a leaflet's headings; an FAQ's
    questions)."""
    return len(_section_titles(blocks) - {i}) >= SECTIONED_MIN_TITLES


@once_per_document
def _section_titles(blocks: list[Block]) -> frozenset[int]:
    """The text's section titles (no furniture); titles that end in a colon ("Säsong:" over
    "Vi har öppet från midsommar ...") count where COLON_TITLES_MIN of them cut the text, as
    they do a campsite's practical information, where one "What he said:" over a quotation
    titles no section."""
    v = vocabulary()

    def plain(k: int) -> bool:
        return v.cover(blocks[k].text, FURNITURE_FAMILIES) is None

    titles = {
        k for k in range(len(blocks) - 1)
        if (_a_sections_title(blocks, k) or _a_question_over_its_answer(blocks, k)) and plain(k)
    }
    titles |= {k for k in range(len(blocks) - LIST_SECTION_MIN_ITEMS) if _titles_a_plain_list(blocks, k) and plain(k)}
    colons = {k for k in range(len(blocks) - 1) if _a_colon_sections_title(blocks, k) and plain(k)}
    return frozenset(titles | colons if len(colons) >= COLON_TITLES_MIN else titles)


# A section may be a list: a title over at least this many bulleted items
LIST_SECTION_MIN_ITEMS = 2


def _titles_a_plain_list(blocks: list[Block], k: int) -> bool:
    """A short line that opens with a capital and ends no sentence, over LIST_SECTION_MIN_ITEMS
    items of a bulleted list or more, none of them furniture: a job posting's "Обязанности"
    over its duties. A sidebar's links ("- Twitter", "- Archives") are furniture."""
    block = blocks[k]
    if block.word_count > SECTION_TITLE_MAX_WORDS or ends_a_sentence(block.text) or BULLET.match(block.text):
        return False
    if CAPITAL_FIRST.match(block.text) is None or not (without_blank_lines(blocks) or _a_title(blocks, k)):
        return False
    return all(_a_plain_item(item) for item in blocks[k + 1:k + 1 + LIST_SECTION_MIN_ITEMS])


def _a_plain_item(block: Block) -> bool:
    """An item of a bulleted list, no furniture."""
    if BULLET.match(block.text) is None:
        return False
    return vocabulary().cover(unbulleted(block).text, FURNITURE_FAMILIES) is None


# A text is cut into sections by titles ending in a colon where at least this many stand over prose
COLON_TITLES_MIN = 3


def _a_colon_sections_title(blocks: list[Block], k: int) -> bool:
    """A short line ending in a colon over prose ("Bokning:" over "Stugorna bokas per vecka ...")."""
    text = blocks[k].text.rstrip()
    title = text[:-1].rstrip()
    return (
        text.endswith((":", "：")) and blocks[k].word_count <= SECTION_TITLE_MAX_WORDS
        and TITLE_START.match(title) is not None and not title.endswith((".", "!", "?", ":", "…"))
        and k + 1 < len(blocks) and reads_as_prose(blocks[k + 1].text)
    )


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
