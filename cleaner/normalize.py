"""Stage 2: repair broken Unicode (ftfy) and normalize whitespace, one line at a time.

Normalizing never adds or removes a line, so line numbers stay those of the input and every
later stage can report positions in the document the user gave us.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import regex

if TYPE_CHECKING:
    import ftfy

try:
    import re._constants as _sre_constants
    import re._parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse


@functools.cache
def ftfy_config() -> ftfy.TextFixerConfig:
    """Conservative ftfy: repair encoding damage only. Uncurling quotes, width folding, ligature
    folding and NFKC all rewrite correct CJK and typographic text, so they stay off (as in
    datatrove's ftfy step). HTML unescaping is off because it is not idempotent ("&amp;amp;").
    Line breaks are ours to handle (fix_line_breaks would change the line count). Unicode
    normalization is off too: a decomposed "é" (as macOS writes it) is correct text, and clean
    text must come out as it went in."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        normalization=None,
        explain=False,
    )


# ftfy is loaded only for a text it could change: an ASCII text with none of these characters
# (the controls below space but tab, line feed and carriage return, and DEL: a superset of the
# ASCII characters any of ftfy's fixes touches) is one it leaves alone. Loading ftfy (and the
# wcwidth tables it imports) was a tenth of the start-up of `cleaner run` on one small file.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@functools.cache
def _all_but_ascii_triggers() -> bytes:
    """The bytes that are not an ASCII character making one of ftfy's non-encoding fixes do
    something (a control character it removes, the terminal escape): what is left of a text's
    UTF-8 bytes after deleting these is empty exactly when the text has none of them."""
    import ftfy.chardata

    triggers = {c for c in range(128) if c in ftfy.chardata.CONTROL_CHARS or c == 0x1B}
    return bytes(c for c in range(256) if c not in triggers)


class _DamageScan(NamedTuple):
    """What needs_ftfy searches a text with non-ASCII characters for; built when the first such
    text comes (_damage_scan): an ASCII text needs none of it, and building it (reading ftfy's
    mojibake pattern, compiling the classes) was a tenth of the import of the cleaner."""

    # Characters that make one of ftfy's non-encoding fixes do something: control characters it
    # removes, C1 controls, lone surrogates, terminal escapes (ESC is among the controls).
    # (the standard library's engine: it scans a character class several times faster than regex's)
    trigger: re.Pattern
    # ftfy's mojibake detector (is_bad) only ever matches a few characters, at least one of them
    # non-ASCII, with no anchors but a `^` that `pos` never satisfies: so searching a window of
    # this many characters on each side of every non-ASCII run finds a match exactly when a
    # search of the whole text does, at a fraction of the cost (whole-text is_bad runs at ~1 MB/s).
    badness_width: int
    # what every match of BADNESS_RE holds, and where such seeds can be (_badness_seeds)
    seed: re.Pattern
    seed_candidate: re.Pattern


@functools.cache
def _damage_scan() -> _DamageScan:
    import ftfy.chardata
    from ftfy.badness import BADNESS_RE

    trigger = re.compile(
        "["
        + "".join(re.escape(chr(c)) for c in sorted(ftfy.chardata.CONTROL_CHARS))
        + "\x1b\x80-\x9f\ud800-\udfff]"
    )
    width = _sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    return _DamageScan(trigger, width, *_badness_seeds())


def _badness_seeds() -> tuple[re.Pattern, re.Pattern]:
    """What every match of BADNESS_RE holds: one of a few pairs of adjacent non-ASCII characters
    (a Latin-1 letter before a symbol or a capital, say), or one of a few characters that match
    alone (C1 controls, "Â", "Ã", "œ"...). Ordinary text in any script holds few of them (lone
    accented letters, Cyrillic or Greek words), so the windows around these seeds are far fewer
    than around every non-ASCII run; where the pattern cannot be read so, every non-ASCII run is a
    seed. Returned with where seeds can be: a run of non-ASCII characters or a lone character
    (the seed pattern scans at ~3 MB/s, so it is tried only there).

    Read off the pattern: in each alternative, the classes of the first two required positions
    side by side that hold only non-ASCII characters, or else the characters of one such position.
    """
    from ftfy.badness import BADNESS_RE

    parsed = _sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    every_run = (_NON_ASCII_RUN, _NON_ASCII_RUN)
    if BADNESS_RE.flags & re.IGNORECASE:  # a non-ASCII class could then match ASCII ("K" and "k")
        return every_run
    alternatives = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is _sre_constants.BRANCH else [parsed]
    pairs: list[str] = []
    singles: set[tuple[int, int]] = set()
    for alternative in alternatives:
        positions = [_non_ascii_class(op, av) for op, av in alternative if op is not _sre_constants.AT]
        pair = next(((a, b) for a, b in zip(positions, positions[1:]) if a and b), None)
        if pair:  # every match holds a character of each class, side by side
            pairs.append(_character_class(pair[0]) + _character_class(pair[1]))
            continue
        required = [p for p in positions if p]
        if not required:
            return every_run
        shortest = min(required, key=len)
        singles.update(shortest)
    lone = [_character_class(sorted(singles))] if singles else []
    return re.compile("|".join(pairs + lone)), re.compile("|".join([r"[^\x00-\x7f]{2,}"] + lone))


def _character_class(spans: list[tuple[int, int]]) -> str:
    ranges = (re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "") for low, high in spans)
    return "[" + "".join(ranges) + "]"


def _non_ascii_class(op, av) -> list[tuple[int, int]] | None:
    """The code point ranges of a required one-character item holding only non-ASCII
    characters; None for anything else (an ASCII or open class, an optional or longer item)."""
    if op is _sre_constants.LITERAL:
        return [(av, av)] if av > 0x7F else None
    if op is not _sre_constants.IN:
        return None
    spans = []
    for kind, value in av:
        if kind is _sre_constants.LITERAL:
            spans.append((value, value))
        elif kind is _sre_constants.RANGE:
            spans.append(value)
        else:  # a negation or a category (\s, \w) holds ASCII characters
            return None
    return spans if all(low > 0x7F for low, _ in spans) else None


# Runs of spaces and no-break spaces inside a line (after its indentation).
_SPACE_RUN = regex.compile(r"(?<=\S)[ \u00a0\u202f\u2007]{2,}(?=\S)")


def needs_ftfy(text: str) -> bool:
    """True when ftfy could change `text`; False means fix_text would return it unchanged.

    ftfy's fix_text costs ~3 MB/s; this check is a few scans in C over the UTF-8 bytes, plus
    ftfy's own mojibake tests restricted to the text's non-ASCII parts. Its soundness is
    tested against fix_text itself on generated and real texts (tests/test_normalize.py).
    """
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return False
    raw = text.encode("utf-8", "surrogatepass")
    if raw.translate(None, _all_but_ascii_triggers()):
        return True
    if text.isascii():
        return False
    # no ASCII trigger is left, so the scans below need only the lines with non-ASCII characters
    lines = _non_ascii_lines(text)
    trigger = _damage_scan().trigger
    return (
        any(trigger.search(text, start, end) for start, end in lines)
        or _is_bad(text, lines)
    )


def _non_ascii_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lines that hold a non-ASCII character. (str.isascii is a fast
    scan in C; a regex stepping through the ASCII lines was most of needs_ftfy's time.)"""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if not line.isascii():
            spans.append((start, end))
        start = end + 1
    return spans


def _is_bad(text: str, lines: list[tuple[int, int]] | None = None) -> bool:
    """ftfy.badness.is_bad(text), searching only around the characters a match must hold
    (_badness_seeds).

    Windows that overlap or touch are searched as one: BADNESS_RE reads nothing outside its
    match (no lookaround, no backreference, no anchor but a `^` that `pos` never satisfies), so a
    match inside a merged window is a match of the whole text (tests/test_normalize.py).

    `lines`: the spans of the lines with non-ASCII characters (_non_ascii_lines), where the
    seeds are (a run of non-ASCII characters never crosses a line break).
    """
    from ftfy.badness import BADNESS_RE

    scan = _damage_scan()
    size, width = len(text), scan.badness_width
    low = high = -1
    # the seed pattern scans slowly (~3 MB/s): it is tried only inside the non-ASCII runs (where
    # its pairs lie) and on the single characters, which a fast scan finds first
    spans = lines or _non_ascii_lines(text)
    runs = (run for start, end in spans for run in scan.seed_candidate.finditer(text, start, end))
    for run in runs:
        if not scan.seed.search(text, run.start(), run.end()):
            continue
        start = max(0, run.start() - width + 1)
        if start > high:
            if high > low and BADNESS_RE.search(text, low, high):
                return True
            low = start
        high = min(size, run.end() + width - 1)
    return high > low and BADNESS_RE.search(text, low, high) is not None


# Invisible spaces a page leaves at the end of a line ("Comments&#8203;"): trailing white space
# like any other, which a title's or a sentence's end would otherwise hide.
_ZERO_WIDTH_SPACES = ("\u200b", "\u2060")
_TRAILING_SPACE = regex.compile(r"[\s\u200b\u2060]+$")


def strip_end(line: str) -> str:
    """The line without its trailing white space, zero-width spaces included."""
    line = line.rstrip()
    return _TRAILING_SPACE.sub("", line) if line.endswith(_ZERO_WIDTH_SPACES) else line


# A capital "Ã", "Î" or "Ð" ending a word in capitals, then a no-break space ("CỘNG HÒA
# XÃ&nbsp;HỘI", "IRMÃ&nbsp;DULCE", Icelandic "MEÐ&nbsp;"): ftfy reads the pair as the UTF-8 of "à",
# "Π" or "Р" misdecoded and writes "XàHỘI". A misdecoded "à" is lower case, and in misdecoded
# Greek or Cyrillic the letter before "Î" or "Ð" is a byte's sign ("¾", or one of the four
# capitals "Š", "Œ", "Ž", "Ÿ" among them): after another Latin capital, that space is a space.
_CAPITAL_THEN_NBSP = regex.compile(r"(?<=(?![ŠŒŽŸ])(?=\p{Lu})\p{Latin}[ÃÎÐ])\u00a0(?=\p{Lu}|\s*$)")
_MISREAD_BEFORE_NBSP = ("Ã\u00a0", "Î\u00a0", "Ð\u00a0")


def normalize_line(line: str, repair_unicode: bool = True) -> str:
    """Repair one line's Unicode, drop trailing whitespace, collapse inner space runs."""
    if repair_unicode and needs_ftfy(line):
        import ftfy

        if any(pair in line for pair in _MISREAD_BEFORE_NBSP):
            line = _CAPITAL_THEN_NBSP.sub(" ", line)
        line = ftfy.fix_text(line, ftfy_config())
    line = strip_end(line)
    if "  " in line or "\u00a0" in line or "\u202f" in line or "\u2007" in line:
        line = _SPACE_RUN.sub(" ", line)
    return line


def normalize_lines(lines: list[str]) -> list[str]:
    """normalize_line() of every line; one scan of the whole text decides whether any needs ftfy.

    When none does (nearly always), the lines lose their trailing whitespace and the space runs
    collapse in one pass over the whole text, which gives the same lines as running it line by
    line (tests/test_normalize.py).
    """
    if not lines:
        return []
    whole = "\n".join(lines)
    if needs_ftfy(whole) and not names_an_encoding(whole):
        return [_settled(line) for line in lines]
    text = "\n".join([line.rstrip() for line in lines])
    if "\u200b" in text or "\u2060" in text:
        text = "\n".join([strip_end(line) for line in text.split("\n")])
    if "  " in text or "\u00a0" in text or "\u202f" in text or "\u2007" in text:
        text = _SPACE_RUN.sub(" ", text)
    return text.split("\n")


# A text that names a character encoding or mojibake (a developer's post on "Ã©" for "é", a
# support answer on a CSV that Excel misreads) quotes its mojibake on purpose: repairing it would
# turn "Ã© instead of é" into "é instead of é". A scraped article's broken bytes come without
# such words, so these texts keep every character as written.
_ENCODING_NAMES = regex.compile(
    r"(?i)\b(?:utf-?(?:8|16|32)|latin-?[19]|iso[- _]?8859|windows-?125\d|cp-?125\d|code ?page|charset"
    r"|mojibake|encoding|encodage|kodierung|zeichensatz|codificaci[oó]n|codifica[çc][aã]o|codifica"
    r"|codering|kodowani\w*|kódování|teckenkodning|kodlama|merkistö|karakterkódolás|кодировк\w*"
    r"|кодуванн\w*)\b|文字化け|文字コード|乱码|亂碼|编码|인코딩"
)


def names_an_encoding(text: str) -> bool:
    """Whether the text names a character encoding or mojibake, as a text about them does."""
    return _ENCODING_NAMES.search(text) is not None


# ftfy then rstrip is not a fixed point on its own: "\x91\x86\xa0" becomes "‘†\xa0", whose
# stripped form "‘†" ftfy then reads as the mojibake of "Ԡ". Normalizing again until the line
# stops changing makes cleaning idempotent; real mojibake settles in two rounds, the cap bounds
# hostile text.
MAX_REPAIR_ROUNDS = 4


def _settled(line: str) -> str:
    for _ in range(MAX_REPAIR_ROUNDS):
        again = normalize_line(line)
        if again == line:
            break
        line = again
    return line
