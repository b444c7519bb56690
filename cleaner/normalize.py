"""Stage 2: repair broken Unicode (ftfy) and normalize whitespace, one line at a time.

Normalizing never adds or removes a line, so line numbers stay those of the input and every
later stage can report positions in the document the user gave us.
"""

from __future__ import annotations

import unicodedata

import ftfy
import ftfy.chardata
import regex
from ftfy.badness import is_bad

# Conservative ftfy: repair encoding damage only. Uncurling quotes, width folding, ligature
# folding and NFKC all rewrite correct CJK and typographic text, so they stay off (as in
# datatrove's ftfy step). HTML unescaping is off because it is not idempotent ("&amp;amp;").
# Line breaks are ours to handle (fix_line_breaks would change the line count).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# Characters that make one of ftfy's non-encoding fixes do something: control characters it
# removes, C1 controls, lone surrogates, terminal escapes (ESC is among the controls).
_FTFY_TRIGGER = regex.compile(
    "["
    + "".join(regex.escape(chr(c)) for c in sorted(ftfy.chardata.CONTROL_CHARS))
    + "\x80-\x9f\ud800-\udfff]"
)

# Runs of spaces and no-break spaces inside a line (after its indentation).
_SPACE_RUN = regex.compile(r"(?<=\S)[ \u00a0\u202f\u2007]{2,}(?=\S)")


def needs_ftfy(text: str) -> bool:
    """True when ftfy could change `text`; False means fix_text would return it unchanged.

    ftfy's fix_text costs ~3 MB/s; this check costs a few regex scans. Its soundness is
    tested against fix_text itself on generated and real texts (tests/test_normalize.py).
    """
    if text.isascii():
        return _FTFY_TRIGGER.search(text) is not None
    return (
        _FTFY_TRIGGER.search(text) is not None
        or is_bad(text)
        or not unicodedata.is_normalized("NFC", text)
    )


def normalize_line(line: str, repair_unicode: bool = True) -> str:
    """Repair one line's Unicode, drop trailing whitespace, collapse inner space runs."""
    if repair_unicode and needs_ftfy(line):
        line = ftfy.fix_text(line, FTFY_CONFIG)
    line = line.rstrip()
    if "  " in line or "\u00a0" in line or "\u202f" in line or "\u2007" in line:
        line = _SPACE_RUN.sub(" ", line)
    return line


def normalize_lines(lines: list[str]) -> list[str]:
    # One scan of the whole document decides whether any line needs ftfy at all.
    repair = needs_ftfy("\n".join(lines))
    if not repair:
        return [normalize_line(line, False) for line in lines]
    return [_settled(line) for line in lines]


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
