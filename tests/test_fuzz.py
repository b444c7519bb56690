"""Properties of `Cleaner.clean` on generated text: it never raises, and its output is a fixed point.

Bounded for CI: each property runs a fixed number of examples with a generous deadline, and
the whole file takes well under a minute on two cores.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SAMPLES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Options

# The output properties hold for what the cleaner writes; the guard that leaves a document as it
# came when it would lose most of its words is checked apart (check_guarded), in both modes.
CLEANER = Cleaner(options=Options(allow_large_removals=True))
PAGE_CLEANER = Cleaner(options=Options(mode="page", allow_large_removals=True))
GUARDED = Cleaner()
LINE_BREAK = re.compile("\r\n|\r|\n")
FUZZ = settings(
    max_examples=150,
    deadline=5000,  # ms per example; a slow CI core must not turn a pass into a flake
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: a failure is reproducible
)

# --- building blocks of scraped pages ---------------------------------------------------------

PROSE = st.sampled_from(
    [
        "The council approved the budget on Tuesday after a long debate that ended with a narrow vote.",
        "Le maire a déclaré que l’argent irait aux écoles et à la réparation de deux ponts.",
        "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte knapp beschlossen.",
        "Городской совет утвердил бюджет во вторник после долгих дебатов.",
        "市议会在周二经过长时间辩论后批准了预算。",
        "قال رئيس البلدية إن الأموال ستذهب إلى المدارس.",
        "She said: “we will see” — and left.",
    ]
)
BOILERPLATE = st.sampled_from(
    [
        "Share this article with your friends!",
        "Get 25% off your first order with code SUMMER25",
        "Advertisement",
        "42 Comments",
        "Leave a Reply",
        "We use cookies to give you the best experience on our website.",
        "Share this:",
        "Read more: The ten best beaches",
        "By completing the poll, you agree to receive emails from us.",
        "Stay tuned for more updates!",
        "Home | News | Sport | Contact",
        "  1. I have read this article twice and I still do not understand the point it is making.",
    ]
)
NOISE = st.sampled_from(["", " ", "\u00a0", "  ", "\t", "\u00a0\u00a0", " \u202f", "\x0c", "\x1b[1m", "\u200b"])
LINE = st.tuples(NOISE, st.one_of(PROSE, BOILERPLATE, st.text(max_size=40)), NOISE).map("".join)
BLANKS = st.integers(min_value=0, max_value=4).map(lambda n: "\n" * n)
DOCUMENT = st.lists(st.tuples(LINE, BLANKS), max_size=25).map(
    lambda parts: "".join(line + "\n" + blanks for line, blanks in parts)
)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def check(text: str) -> None:
    check_output(CLEANER, text)
    check_output(PAGE_CLEANER, text)
    check_guarded(text)


def check_guarded(text: str) -> None:
    """By default a document is either cleaned as above, or left exactly as it came."""
    guarded = GUARDED.clean(text)
    if guarded.suspicious:
        assert guarded.text == text and guarded.removals == [] and guarded.withheld
    else:
        assert guarded.text == CLEANER.clean(text).text
    assert GUARDED.clean(guarded.text).text == guarded.text


def check_output(cleaner: Cleaner, text: str) -> None:
    result = cleaner.clean(text)
    for removal in result.removals:  # every removal points at exactly the text it names
        assert text[removal.start:removal.end] == removal.text, removal
        breaks = LINE_BREAK if "\r" in text else "\n"  # where the cleaner breaks lines
        assert removal.first_line == len(re.findall(breaks, text[:removal.start])) + 1
    once = result.text
    twice = cleaner.clean(once)
    assert twice.text == once, "cleaning twice differs from cleaning once"
    assert twice.removals == [], "the second pass still removes something"
    if once:
        # each line keeps its own ending (LF, CRLF or a lone CR): the text ends with one of them
        *lines, after_last = re.split(r"\r\n|\r|\n", once)
        assert after_last == "" and lines, "no final line ending"
        assert all(line == line.rstrip() for line in lines), "a line keeps trailing whitespace"
        assert lines[0].strip() and lines[-1].strip(), "blank line at the start or the end"


@FUZZ
@given(st.text())
@example("\ud800 lone surrogate\n")
@example("\x00\x01\x02\x7f\x85\u2028\u2029\x1c\x1d\x1e\n")
@example("a\rb\rc\r")
@example("\r\n\n\r\n")
@example("\n\u00a0\n \n\t\n")
def test_arbitrary_unicode(text):
    check(text)


@FUZZ
@given(DOCUMENT, st.booleans())
def test_scraped_page_mixtures(text, windows):
    check(crlf(text) if windows else text)


@pytest.mark.parametrize("name", sorted(p.name for p in (SAMPLES / "input").glob("*.txt")))
def test_samples_are_idempotent(name):
    data = (SAMPLES / "input" / name).read_text(encoding="utf-8")
    check(data)
    check(crlf(data))


def test_the_fuzz_examples_cover_rule_removals():
    # the generators must reach the rules, or the properties prove little
    assert CLEANER.clean("Share this article with your friends!\n").text == ""
    assert Path(__file__).name == "test_fuzz.py"
