"""Stage 3: blocks. A hard-wrapped paragraph is one block, whatever its next line starts with."""

from __future__ import annotations

import textwrap

import pytest

from cleaner import Cleaner
from cleaner.segment import columns, segment, wrap_width

CLEANER = Cleaner()


def wrapped(paragraphs: list[str], width: int = 72) -> str:
    """Paragraphs as e-mail and plain-text books write them: wrapped at `width`, a blank line
    between them."""
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs) + "\n"


GERMAN = [
    "Der Heimatverein sammelt seit vierzig Jahren alles, was die Geschichte des Dorfes erzählt: "
    "Fotos von Hochzeiten, Rechnungen der alten Mühle und Briefe von Auswanderern nach Amerika.",
    "Archiv",
    "Das Archiv liegt im Keller des Rathauses und ist jeden ersten Samstag im Monat geöffnet. "
    "Besucher können dort Kirchenbücher, Landkarten und Zeitungen aus zwei Jahrhunderten einsehen.",
    "Teilen",
    "Wer Fotos oder Dokumente mit dem Dorf teilen möchte, kann sie dem Verein leihen oder schenken. "
    "Die Mitglieder scannen jedes Stück und geben die Originale innerhalb einer Woche zurück.",
]


def test_a_wrapped_paragraph_is_one_block_though_its_lines_start_with_capitals():
    text = wrapped(GERMAN)
    lines = text.split("\n")
    assert wrap_width(lines) is not None
    blocks = segment(lines)
    assert [b.text for b in blocks] == GERMAN
    assert all(b.last_line > b.first_line for b in blocks if len(b.text) > 72)


def test_a_wrapped_texts_section_titles_stay():
    # "Archiv" over the paragraph about the archive; "Teilen" (share) over the one on sharing
    assert CLEANER.clean("\n\n".join(GERMAN) + "\n").text == "\n\n".join(GERMAN) + "\n"
    text = wrapped(GERMAN)
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(wrapped(GERMAN, 60)).text == wrapped(GERMAN, 60)


def test_junk_between_wrapped_paragraphs_still_goes():
    paragraphs = [GERMAN[0], "Anzeige", GERMAN[2]]
    text = wrapped(paragraphs)
    assert CLEANER.clean(text).text == wrapped([GERMAN[0], GERMAN[2]])


@pytest.mark.parametrize("lines", [
    # one paragraph a line, as scrapers write text: paragraphs are longer than any wrap
    ["Short title", "", "A" * 60 + " " + "b" * 80, "", "C" * 50 + " " + "d" * 70, "", "Share"],
    # a page's menus and teasers: few long lines, their lengths spread out
    ["Home", "News", "Sport", "Weather", "Council approves the new harbour plan tonight",
     "Storm warning for the coast", "Local team wins the cup after a penalty shoot-out in extra time",
     "Contact", "About us", "Jobs", "Privacy"],
    # a list under a wrapped line: the items are no continuation
    ["Bring the following things to the first meeting of the season please", "- boots",
     "- a water bottle and a towel for after the training session", "- the form"],
])
def test_text_that_is_not_wrapped_has_no_width(lines):
    assert wrap_width(lines) is None


def test_a_list_item_under_a_full_line_of_a_wrapped_text_is_its_own_block():
    intro = ("The volunteers asked every household in the valley to bring three things to the "
             "village hall before the end of the month, and most of them did:")
    lines = [*textwrap.wrap(intro, 60), "- warm blankets", "- tins of food", "", *textwrap.wrap(intro, 60)]
    blocks = segment(lines)
    assert [b.text for b in blocks] == [intro, "- warm blankets", "- tins of food", intro]


def test_a_row_of_dots_in_a_wrapped_text_goes_on_no_paragraph():
    """A form's blank under a wrapped declaration, its caption under it ("podpis"): a row of
    dots or underscores holds no sentence for the next line to go on."""
    declaration = textwrap.wrap(" ".join([GERMAN[0], GERMAN[2]]), 72)
    blank = " " * 40 + "." * 34
    lines = [*declaration, "", blank, " " * 40 + "Unterschrift"]
    assert wrap_width(lines) is not None
    assert [b.text.strip() for b in segment(lines)][-2:] == ["." * 34, "Unterschrift"]


def test_wide_characters_take_two_columns():
    assert columns("wrapped text") == 12
    assert columns("物业服务中心") == 12
    assert columns("Café") == 4
    # a Chinese line of 25 characters runs on like an English one of 50
    line = "如有疑问可以发邮件到物业服务中心的电子邮箱地址也可以打电"
    assert [b.text for b in segment([line, "wuye@example.cn。"])] == [f"{line} wuye@example.cn。"]


def test_cleaning_a_wrapped_text_twice_changes_nothing():
    text = wrapped([GERMAN[0], "Anzeige", "Teilen", GERMAN[2], "Anzeige", GERMAN[4]])
    once = CLEANER.clean(text).text
    assert CLEANER.clean(once).text == once


def test_a_double_spaced_text_is_one_paragraph():
    """A blank line after every line, titles and list items too: the blank lines say nothing
    of what goes together, so the text reads as one paragraph, as with no blank line at all."""
    double = ["Archiv", "", GERMAN[2], "", "Teilen", "", GERMAN[4], ""]
    assert {b.paragraph for b in segment(double)} == {0}
    # a text whose paragraphs hold several lines, or of fewer than four blocks, keeps its own
    assert [b.paragraph for b in segment(["Archiv", GERMAN[2], "", "Teilen", GERMAN[4]])] == [0, 0, 1, 1]
    assert [b.paragraph for b in segment(["Archiv", "", GERMAN[2], "", "Teilen"])] == [0, 1, 2]


def test_a_double_spaced_texts_titles_stay_and_its_junk_goes():
    """A dated list, then a section titled with a button's word ("Drucken") over prose: with
    a blank line after every line, as with none, the title stays by the list above it."""
    news = "Die Vereinszeitung erscheint viermal im Jahr und liegt im Rathaus und in der Bäckerei aus."
    paragraphs = [GERMAN[0], "Termine", "22.03. Frühjahrsputz am Sportplatz", "05.04. Saisonauftakt Tennis",
                  "Drucken", news, GERMAN[2]]
    text = "\n\n".join(paragraphs) + "\n"
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(text.replace("\n\n", "\n")).text == text.replace("\n\n", "\n")
    # an ad's label between two paragraphs of prose
    with_ad = "\n\n".join([*paragraphs, "Anzeige", GERMAN[4]]) + "\n"
    assert CLEANER.clean(with_ad).text == "\n\n".join([*paragraphs, GERMAN[4]]) + "\n"


STORY = [
    "The city's plan to rebuild the lakewalk drew hundreds of comments under the paper's "
    "report, most of them angry, a few of them useful, and one of them right about everything.",
    "The first exchange set the tone for the rest of the thread, and it is worth quoting whole.",
]
# a quoted comment wrapped at 72 columns, its last line full to the width
COMMENT = [
    "Karen Lindahl • 3 years ago",
    "Fair enough, the repairs were on the other end, near the canal. My point",
    "stands, though: the lake is not going to get any calmer, whatever we do.",
]


def test_a_short_line_under_a_full_last_line_of_a_wrapped_paragraph_is_its_own_block():
    """A quoted comment's buttons under its text: the comment's last line, full to the width,
    leaves no room for their first word, but a paragraph's last line ends its sentence and the
    buttons end none ("... whatever we do." / "19 Upvote • Reply • Share ›")."""
    lines = [*wrapped(STORY).splitlines(), "", *COMMENT, "19 Upvote • Reply • Share ›", ""]
    width = wrap_width(lines)
    assert width is not None and columns(COMMENT[-1]) + 1 + columns("19") > width
    assert [b.text for b in segment(lines)][-2:] == [" ".join(COMMENT[1:]), "19 Upvote • Reply • Share ›"]


@pytest.mark.parametrize(("ending", "last"), [
    ("do.", "Thanks."),  # a short sentence of the paragraph ends it
    ("do,", "and nobody at the council listened"),  # a clause goes on from the line above
])
def test_a_short_last_line_of_a_wrapped_paragraph_still_goes_on_it(ending, last):
    comment = [COMMENT[1], COMMENT[2].replace("do.", ending)]
    lines = [*wrapped(STORY).splitlines(), "", *comment, last, ""]
    assert segment(lines)[-1].text == " ".join([*comment, last])
