"""The fast paths of normalize.py give exactly what the slow paths give.

`needs_ftfy(x) is False` must imply `ftfy.fix_text(x, ftfy_config()) == x`, and the whole-text
whitespace pass must equal the line-by-line one. Checked on generated text built from the
characters that trip ftfy (mojibake, C0/C1 controls, lone surrogates, decomposed accents) and
on real texts: the samples and, when the shared data is there, the dev pages.
"""

from __future__ import annotations

import unicodedata

import ftfy
import pytest
from conftest import SAMPLES
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.normalize import (
    _is_bad,
    ftfy_config,
    names_an_encoding,
    needs_ftfy,
    normalize_line,
    normalize_lines,
)

WORDS = ["café", "naïve", "Ärger", "Straße", "€5", "“quoted”", "日本語", "Ελλάδα", "привет", "ﬁne", "ｗｉｄｅ"]
# Mojibake of those words, as a wrong decoder makes it.
MOJIBAKE = [w.encode("utf-8").decode(codec, errors="replace") for w in WORDS for codec in ("cp1252", "latin-1", "cp1251", "mac_roman")]
SPECIAL = (
    [chr(c) for c in range(0x00, 0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
    + ["\ud800", "\udfff", "\ufeff", "\u200b", "\u2060", "\u2028", "\u00a0", "\u202f", "\u0301", "\u0308", "e\u0301", "\x1b[31m"]
    + list("ÃÂÎÐØÙœŒ©®°±²³µ»«–—´…€£¥§¶·×÷ßäöüÄÖÜéèêñ√≈‚ГВРСўЂ")
)
pieces = st.one_of(
    st.sampled_from(WORDS + MOJIBAKE + SPECIAL),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFF), max_size=6),
    st.text(alphabet="abc XYZ.,!?\t", max_size=8),
)
texts = st.lists(pieces, max_size=30).map("".join)
# lines as the cleaner gets them: text split at "\n", so no line holds one
lines_lists = st.lists(st.lists(pieces, max_size=8).map("".join).map(lambda line: line.replace("\n", " ")), max_size=8)


def _fix(text: str) -> str:
    return ftfy.fix_text(text, ftfy_config())


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
def test_no_ftfy_needed_means_ftfy_changes_nothing(text):
    if not needs_ftfy(text):
        assert _fix(text) == text


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_windowed_mojibake_check_equals_ftfy_is_bad(text):
    assert _is_bad(text) == is_bad(text)


@settings(max_examples=1000, deadline=None)
@given(lines_lists)
def test_whole_text_normalization_equals_line_by_line(lines):
    repair = needs_ftfy("\n".join(lines)) and not names_an_encoding("\n".join(lines))
    assert normalize_lines(lines) == [_settle(line, repair) for line in lines]


def _settle(line: str, repair: bool) -> str:
    """normalize_line until the line stops changing (a repair can reveal more to repair)."""
    for _ in range(10):
        again = normalize_line(line, repair)
        if again == line:
            return line
        line = again
    raise AssertionError(f"{line!r} does not settle")


def test_a_zero_width_space_at_a_lines_end_is_trailing_white_space():
    assert normalize_lines(["Comments\u200b", "Wort\u2060 \u200b", "zero\u200bwidth inside"]) == [
        "Comments", "Wort", "zero\u200bwidth inside"]


def test_a_title_with_a_zero_width_space_after_it_stays_as_its_plain_twin():
    """A page's invisible space after a section's title ("Kommentare&#8203;") hides nothing:
    the title over dated remarks and a graded table stays, as it does without it."""
    prose = " ".join(["The regional parliament passed the water law on Thursday after a long debate."] * 6)
    section = ("Kommentare{z}\n\nFrau Roth, 12. März 2026\nDie Gliederung ist klar.{z}\n\n"
               "Bewertung{z}\nInhalt: 12 Punkte\nForm: 10 Punkte\n")
    plain = f"{prose}\n\n{section.format(z='')}"
    assert Cleaner().clean(plain).text == plain
    assert Cleaner().clean(f"{prose}\n\n{section.format(z=chr(0x200B))}").text == plain


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "tab\tand\x0bvertical", "caf\u00c3\u00a9", "e\u0301", "\x85", "\ud83d", "\x1b[1m", "\u2029", "Ã©"],
)
def test_needs_ftfy_table(text):
    if not needs_ftfy(text):
        assert _fix(text) == text


def _real_texts() -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*/*.txt"))]
    try:
        from benchmarks.corpus import DATA, flat_texts

        if (DATA / "index.jsonl").exists():
            found += flat_texts()[:100]
    except Exception:  # the shared data (or html-text) is not on this machine
        pass
    return found


def test_real_texts_fast_paths_change_nothing():
    checked = 0
    for text in _real_texts():
        lines = text.split("\n")
        assert normalize_lines(lines) == [normalize_line(line, needs_ftfy(text)) for line in lines]
        assert _is_bad(text) == is_bad(text)
        for line in lines:
            if not needs_ftfy(line):
                assert _fix(line) == line, line
                checked += 1
    assert checked > 0


@pytest.mark.parametrize("text", [
    "Tiếng Việt là ngôn ngữ chính thức.\nHà Nội là thủ đô.",
    "한국어는 아름다운 언어입니다.",
    "Le café de la gare ouvre à 6 h.",
])
def test_decomposed_text_comes_out_as_it_went_in(text):
    """Decomposed accents and Hangul (as macOS file systems write them) are correct text: no
    normalization form is imposed on them."""
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert Cleaner().clean(decomposed).text.rstrip("\n") == decomposed


@pytest.mark.parametrize("text, clean", [
    ("CỘNG HÒA XÃ\u00a0HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("A IRMÃ\u00a0DULCE fundou o hospital em 1959.", "A IRMÃ DULCE fundou o hospital em 1959."),
    ("MAÇÃ\u00a0", "MAÇÃ"),
    ("SỐ THUẾ ĐÃ\u00a0NỘP TRONG NĂM", "SỐ THUẾ ĐÃ NỘP TRONG NĂM"),
    ("SUNDLAUGIN ER OPIÐ\u00a0FRÁ KL. 7", "SUNDLAUGIN ER OPIÐ FRÁ KL. 7"),
    ("A COBORÎ\u00a0ÎN VALE", "A COBORÎ ÎN VALE"),
    # mojibake of a lower-case "à" is still repaired
    ("Il est allÃ© Ã\u00a0 Paris.", "Il est allé à Paris."),
    ("LÃ\u00a0, il dort.", "Là, il dort."),
    # and misdecoded capitals in Cyrillic and Greek, where a byte's sign stands before the pair
    ("ÐŸÐ\u00a0Ð˜Ð’Ð•Ð¢ ÐœÐ˜Ð\u00a0, Î\u00a0Î‘Î¡ÎŸÎ”ÎŸÎ£", "ПРИВЕТ МИР, ΠΑΡΟΔΟΣ"),
])
def test_a_capital_before_a_no_break_space_is_no_mojibake(text, clean):
    """A word in capitals ending in "Ã", "Î" or "Ð", then a no-break space (&nbsp; in Vietnamese,
    Portuguese, Romanian and Icelandic headings): ftfy alone reads "Ã\xa0" as a misdecoded "à"
    ("XàHỘI"), "Ð\xa0" as a misdecoded "Р"."""
    assert ftfy.fix_text("XÃ\u00a0HỘI", ftfy_config()) == "XàHỘI"  # what the guard is for
    assert Cleaner().clean(text).text.rstrip("\n") == clean


@pytest.mark.parametrize("text", [
    "If a file saved as UTF-8 is opened as Windows-1252, “It’s” shows up as “Itâ€™s”.\n",
    "Mojibake\n\nThe word café becomes cafÃ© when its bytes are read the wrong way.\n",
    "Wenn die Kodierung nicht stimmt, steht „Ã¼ber“ statt „über“ im Text.\n",
    "Si l'encodage est mal déclaré, « Ã©té » s'affiche à la place de « été ».\n",
    "Con la codificación equivocada, «aÃ±o» aparece en lugar de «año».\n",
    "Przy złym kodowaniu słowo „zażółć” wygląda jak „zaÅ¼Ã³Å‚Ä‡”.\n",
    "Если кодировка выбрана неверно, видно ÐŸÑ€Ð¸Ð²ÐµÑ‚ вместо слова.\n",
    "Excel で開くと「cafÃ©」のように文字化けします。\n",
])
def test_a_text_about_encodings_keeps_its_mojibake(text):
    """A text that names an encoding or mojibake quotes its broken bytes on purpose: repairing
    them would say "é instead of é". Each example is one ftfy would repair."""
    assert ftfy.fix_text(text, ftfy_config()) != text  # what the guard is for
    assert Cleaner().clean(text).text == text


def test_mojibake_in_a_text_about_nothing_of_the_kind_is_repaired():
    text = "Itâ€™s the cafÃ© where weâ€™ll meet.\n"
    assert not names_an_encoding(text)
    assert Cleaner().clean(text).text == "It’s the café where we’ll meet.\n"


def test_mojibake_pattern_reads_nothing_outside_its_match():
    """_is_bad searches windows around the non-ASCII runs, merged where they overlap: sound only
    while ftfy's BADNESS_RE has a bounded width, no lookaround, no backreference and no anchor
    but `^` (not MULTILINE, so only the text's real start satisfies it)."""
    import re
    import re._constants as c
    import re._parser as parser

    from ftfy.badness import BADNESS_RE

    def ops(items):
        for op, av in items:
            yield op, av
            if op is c.SUBPATTERN:
                yield from ops(av[-1])
            elif op is c.BRANCH:
                for branch in av[1]:
                    yield from ops(branch)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                yield from ops(av[2])
            elif op is c.ATOMIC_GROUP:
                yield from ops(av)

    parsed = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    found = list(ops(parsed))
    assert not [op for op, _ in found if op in (c.ASSERT, c.ASSERT_NOT, c.GROUPREF, c.GROUPREF_EXISTS)]
    assert {av for op, av in found if op is c.AT} <= {c.AT_BEGINNING}
    assert not BADNESS_RE.flags & re.MULTILINE
    assert parsed.getwidth()[1] < 100


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MOJIBAKE + SPECIAL + ["a", "ab ", "x" * 5, "x" * 13, " "]), max_size=40).map("".join))
def test_merged_windows_equal_ftfy_is_bad_on_close_runs(text):
    assert _is_bad(text) == is_bad(text)


# every non-ASCII character ftfy's mojibake pattern names, alone or side by side, among ASCII
_BADNESS_CHARS = sorted({c for c in BADNESS_RE.pattern if ord(c) > 0x7F})


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_BADNESS_CHARS), st.sampled_from(["a", "Z", " ", "x" * 4, "\n"])),
                max_size=25).map("".join))
def test_seeded_windows_equal_ftfy_is_bad_on_the_patterns_own_characters(text):
    """_is_bad searches only around non-ASCII pairs and a few single characters (_badness_seeds)."""
    assert _is_bad(text) == is_bad(text)


def test_ordinary_text_in_any_script_has_no_seeds_but_mojibake_has():
    from cleaner.normalize import _damage_scan

    seed = _damage_scan().seed
    for text in ("Der Bürgermeister sagte, die Straße sei für alle da. Café naïve, Größe",
                 "Привет, как дела? Это обычный русский текст.", "Ελληνικά κείμενα εδώ", "日本語のテキスト"):
        assert not seed.search(text), text
    for mojibake in MOJIBAKE:
        if is_bad(mojibake):  # every text the pattern calls bad has a seed
            assert seed.search(mojibake), mojibake
    assert seed.search("cafÃ©") and seed.search("Ã ")


def test_every_ascii_character_ftfy_touches_is_one_that_loads_it():
    """An ASCII text without _ASCII_CONTROL's characters is judged without loading ftfy: sound
    only if every ASCII character one of ftfy's fixes acts on is among them."""
    from ftfy.chardata import CONTROL_CHARS

    from cleaner.normalize import _ASCII_CONTROL

    touched = [chr(c) for c in range(128) if c in CONTROL_CHARS or c == 0x1B]
    assert touched and all(_ASCII_CONTROL.match(c) for c in touched)
    for c in map(chr, range(128)):
        if not _ASCII_CONTROL.match(c):
            assert ftfy.fix_text(f"a{c}b", ftfy_config()) == f"a{c}b"
