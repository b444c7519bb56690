"""Pictures: a picture's credit line, its picture gone, and a gallery's counter (in article mode,
not a counter that numbers the text's parts).
"""

from __future__ import annotations

import regex

from cleaner.inline.common import COUNTER, CREDIT_MAX_WORDS, _verdict, names_only
from cleaner.lines import DIGIT, ends_a_sentence, line_patterns, once_per_document, reads_as_prose
from cleaner.model import Block, Category, Verdict
from cleaner.own import a_field
from cleaner.vocabulary import vocabulary, words

# A credit without an agency or a joint is a name: "Photo: Jane Doe".
CREDIT_NAME_WORDS = 3

# "Jane Doe/Reuters", "AFP - Getty Images": a joint between two names (not a date's "/").
_NAME_JOINT = regex.compile(r"[^\W\d]\s*/\s*[^\W\d]|[^\W\d]\s+[-–—|]\s+[^\W\d]")

_AGENCY_SPLIT = regex.compile(r"[\s/|,;()©]+")

_VIA = regex.compile(r"\b(?:via|courtesy)\b", regex.IGNORECASE)
# A headline or a sentence has small words; a name does not.
_FUNCTION_WORD = regex.compile(
    r"\b(?:the|of|in|on|at|and|to|for|a|an|is|der|die|das|und|von|im|le|la|les|de|des|et|el|los|y|en"
    r"|il|di|e|o|het|van|w|i|na)\b",
    regex.IGNORECASE,
)


def _agencies(text: str) -> list[str]:
    v = vocabulary()
    parts = [w for w in _AGENCY_SPLIT.split(text.casefold()) if w]
    found = []
    for n in (3, 2, 1):
        found += [
            " ".join(parts[k:k + n]) for k in range(len(parts) - n + 1) if tuple(parts[k:k + n]) in v.phrases["agency"]
        ]
    return found


def _is_credit(text: str) -> str | None:
    """Why the text after a credit label is a credit, or None: it names an agency, joins names
    with "/" or "©" ("Jane Doe/Reuters"), says "via" or "courtesy", or is a name of at most
    CREDIT_NAME_WORDS capitalized words ("Jane Doe"), all of it names (names_only)."""
    if not names_only(text.replace("©", " ")):
        return None
    agencies = _agencies(text)
    if agencies:
        return f"agency {agencies[0]!r}"
    if _NAME_JOINT.search(text) or "©" in text:
        return "names joined by / or ©"
    if _VIA.search(text):
        return "via/courtesy"
    if len(text.split()) <= CREDIT_NAME_WORDS and not _FUNCTION_WORD.search(text):
        return "a name"
    return None


def picture_credit(blocks: list[Block], i: int) -> Verdict | None:
    """A picture's credit line, its picture gone: "Photo: Jane Doe/Reuters", "(Image credit:
    NASA)", "Foto: dpa", "Bild: Max Muster", "Image copyright Getty Images", "AFP/Getty Images".

    A label then a headline ("Photos: Halloween in Hong Kong") is a gallery's teaser, not a
    credit; a source line is a credit only when it names an agency ("Quelle: dpa"), a citation
    ("Source: Eur Heart J. 2006") is the article's.
    """
    text = blocks[i].text
    if len(text.split()) > CREDIT_MAX_WORDS + 3:
        return None
    p = line_patterns()
    if p["bbc_caption"].match(text):
        return _verdict(
            Category.CAPTION, "picture-credit", f"caption label {' '.join(text.split()[:2])!r}",
            words=blocks[i].word_count,
        )
    found = p["credit"].match(text)
    if found:
        credit = found.group("credit")
        if found.group("source"):
            agencies = _agencies(credit)
            why = f"agency {agencies[0]!r}" if agencies and names_only(credit) else None
        else:
            why = _is_credit(credit)
        if why:
            return _verdict(
                Category.CAPTION, "picture-credit", f"credit label, then {why}: {credit[:40]!r}",
                words=blocks[i].word_count,
            )
        return None
    # no label: a line of names that names an agency with a joint ("AFP/Getty Images",
    # "Saul Loeb / AFP", "© Reuters") or is one agency alone ("Reuters", "(AP)")
    bare = text.strip(" ()[]")
    agencies = _agencies(bare)
    if agencies and names_only(bare.replace("©", " ")) and (
        _NAME_JOINT.search(bare) or "©" in bare or " ".join(words(bare)) in agencies
    ):
        return _verdict(
            Category.CAPTION, "picture-credit", f"a line of names with agency {agencies[0]!r}",
            words=blocks[i].word_count,
        )
    return None


def gallery_counter(blocks: list[Block], i: int) -> Verdict | None:
    """A gallery's counter: "Image 1 of 4", "Foto 3 von 12", "1 of 12", "Photo 2/9"."""
    if not DIGIT.search(blocks[i].text) or a_field(blocks[i].text):
        return None  # (a quiz's "1 z 10:" introduces its first question)
    found = line_patterns()["gallery"].match(blocks[i].text)
    if found and (found.group("media") or found.group("word")):
        return _verdict(
            Category.CAPTION, "gallery-counter", f"picture counter {blocks[i].text.strip()!r}",
            words=blocks[i].word_count,
        )
    return None


def article_gallery_counter(blocks: list[Block], i: int) -> Verdict | None:
    """gallery_counter, but not a counter that numbers the text's parts: the text counts every
    number from 1 to N ("Video 1 of 6" to "Video 6 of 6", "1 di 4" to "4 di 4"), and a statement
    follows each counter, the last one too (a lesson's notes, a step, a letter). A gallery
    scraped with its captions ends on its last counter and the gallery's buttons ("6 of 6" over
    "Share This Gallery": so did the one such run on gold-bodies' article regions)."""
    verdict = gallery_counter(blocks, i)
    if verdict is None or i in _numbers_the_parts(blocks) or _ends_the_sentence_above(blocks, i):
        return None
    return verdict


# A line left open on these marks goes on in the next ("... Панов Матвей —" / "9 из 10.")
_OPEN_ENDS = ("—", "–", ",")


def _ends_the_sentence_above(blocks: list[Block], i: int) -> bool:
    """A count that ends, with its full stop, the sentence the line above it leaves open on a
    dash or a comma, in one paragraph: a results table's "9 из 10." under "... Панов Матвей —",
    wrapped onto a line of its own. A gallery's counter ends no sentence."""
    if i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph:
        return False
    return blocks[i - 1].text.rstrip().endswith(_OPEN_ENDS) and blocks[i].text.rstrip().endswith(".")


@once_per_document
def _numbers_the_parts(blocks: list[Block]) -> frozenset[int]:
    """The counters of runs that number a text's parts (one wording and total, in order from
    "1 of N"): every part to "N of N", or PARTS_SHOWN_MIN parts or more (a text may show some
    of its count: "Foto 1 de 12" to "Foto 7 de 12", then "Las fotografías 8 a 12 se exponen en
    la planta primera"), each with an entry under it."""
    runs: dict[tuple[str, int], dict[int, int]] = {}
    for k, block in enumerate(blocks):
        found = _PART_COUNTER.match(block.text) if COUNTER.search(block.text) else None
        if found:
            wording = f"{found.group('label') or ''} {found.group('word')}".casefold()
            key = (wording, int(found.group("total")))
            runs.setdefault(key, {})[int(found.group("number"))] = k
    parts: set[int] = set()
    for (_, total), counters in runs.items():
        numbers = sorted(counters)
        in_order = [counters[n] for n in numbers] == sorted(counters.values())
        shown = numbers == list(range(1, total + 1)) or (numbers[0] == 1 and len(numbers) >= PARTS_SHOWN_MIN)
        if total >= 2 and in_order and shown and all(_an_entry_under(blocks, k) for k in counters.values()):
            parts.update(counters.values())
    return frozenset(parts)


# A text may show some of its parts only, at least this many; an entry's heading stands over at
# least ENTRY_MIN_LINES lines of its paragraph
PARTS_SHOWN_MIN = 3
ENTRY_MIN_LINES = 2


def _an_entry_under(blocks: list[Block], k: int) -> bool:
    """A statement under counter k (_a_statement_under), or the counter heads a paragraph of
    ENTRY_MIN_LINES lines or more under it: an entry's heading over its title, caption and
    credit ("Image 5 of 12" / "Surveyors' Stake" / "Photo: Bureau of Land Management archive").
    A gallery's counter scraped stands alone between its captions."""
    paragraph = blocks[k].paragraph
    opens = k == 0 or blocks[k - 1].paragraph != paragraph
    under = [b for b in blocks[k + 1:k + 1 + ENTRY_MIN_LINES] if b.paragraph == paragraph]
    return _a_statement_under(blocks, k) or (opens and len(under) == ENTRY_MIN_LINES)


# A counter of parts: "Video 2 of 6", "(1 of 3)", "1 di 4", "Foto 3 van 5"
_PART_COUNTER = regex.compile(
    r"^[\W_]*(?P<label>[^\W\d_]+\s*)?(?P<number>\d{1,3})\s*(?P<word>of|von|de|di|van|z|из|sur|av|/)\s*(?P<total>\d{1,3})[\W_]*$",
    regex.IGNORECASE,
)


def _a_statement_under(blocks: list[Block], k: int) -> bool:
    """A sentence of a few words or prose in the paragraph under block k (the block right
    under it, or the paragraph after its own when it stands alone: a letter's "Dear Mother,")."""
    below = [b for b in blocks[k + 1:k + 4] if b.paragraph == blocks[min(k + 1, len(blocks) - 1)].paragraph]
    return any(reads_as_prose(b.text) or (b.word_count >= 3 and ends_a_sentence(b.text)) for b in below)
