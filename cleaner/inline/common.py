"""What several families of heuristics share: a verdict; a comment's signal (comment_signal), which
the comments family chains into a thread and which ends a list of teasers; a line of furniture
(furniture_line), which article mode judges in its own way, a product box stands beside and a
teaser is not; a line of names (a credit, a site's name in a related-content header); and the
patterns the candidate scans look for, a gallery counter's among them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from cleaner.lines import (
    BUTTONS_MAX_WORDS,
    CODE,
    DIGIT,
    FURNITURE,
    ends_a_sentence,
    has_phrase,
    is_date_line,
    line_patterns,
    reads_as_prose,
)
from cleaner.model import Block, Category, Verdict
from cleaner.vocabulary import vocabulary, word_tuple

# A comment's byline or action row is short; a post is not.
SIGNAL_MAX_WORDS = 20
# A row of buttons and labels: at most this many words, every one of them furniture.
FURNITURE_MAX_WORDS = 10
# A picture credit names a photographer and an agency: a few words after its label.
CREDIT_MAX_WORDS = 12

_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Ll}")
_NAME_SPLIT = regex.compile(r"[\s/|,;&()\[\]+]+")

_WORD_CHAR = regex.compile(r"\w")


def _verdict(category: Category, name: str, reason: str, **features: float) -> Verdict:
    return Verdict(category, f"heuristic:{name}", reason, features=tuple(features.items()))


@functools.lru_cache(maxsize=1 << 16)
def comment_signal(text: str) -> str | None:
    """What marks `text` as a line of a comment thread, or None.

    "said": a commenter's name before a verb of saying ("Anna says:", "Max schrieb:");
    "time": a short line with a clock time or a relative time (a post's timestamp), not a
            sentence of the text's;
    "date": a short line that is little more than a date;
    "reply": a comment's own buttons, alone or on its byline ("Reply", "Report abuse",
             "Anna | 9 May 2012 9:14 pm | Reply");
    "action": other comment furniture: a permalink, a counter ("Comments (2)", "12 likes");
    "form": the fields of a comment form ("Name *", "E-mail (will not be published)").
    """
    count = len(text.split())
    if count > SIGNAL_MAX_WORDS:
        return None
    p = line_patterns()
    v = vocabulary()
    if count <= 12 and not v.members["said"].isdisjoint(word_tuple(text)) and p["said"].search(text):
        return "said"
    timed = _timed(text) and not _a_sentence_of_prose(text, count)
    if timed or (count <= BUTTONS_MAX_WORDS and _dated(text)):
        # "Anna | 9 May 2012 9:14 pm | Reply": a byline with its own reply button
        if has_phrase(text, "reply"):
            return "reply"
        if has_phrase(text, "comment"):
            return "action"
        return "time" if timed else "date"
    if count <= BUTTONS_MAX_WORDS:
        covered = v.cover(text, ("reply", "comment", "share", "nav"))
        if covered and any(v.family_of(phrase, ("reply",)) for phrase in covered):
            return "reply"
        if covered and any(v.family_of(phrase, ("comment",)) for phrase in covered):
            return "action"
        covered = v.cover(text, ("form", "comment"))
        if covered and any(v.family_of(phrase, ("form",)) for phrase in covered):
            return "form"
    return None


# A sentence of the text that names a time runs to this many words or more
TIMED_SENTENCE_MIN_WORDS = 10
_A_BYLINES_MARK = regex.compile(r"[|·•]|:(?!\d)")
_A_BYLINES_SEPARATOR = regex.compile(r"[|·•]")


def _a_sentence_of_prose(text: str, count: int) -> bool:
    """A sentence of the text, not a post's byline, however it names a time ("The meeting
    begins at 7pm at the village hall."): TIMED_SENTENCE_MIN_WORDS words or more ending a
    sentence, with no byline's separator or label ("Posted by: Lisa | 09/30/2012 at 07:08 AM")
    and no comment's button (a byline joined to its post). On gold-bodies no removal changed."""
    if count < TIMED_SENTENCE_MIN_WORDS or not ends_a_sentence(text) or _A_BYLINES_MARK.search(text) is not None:
        return False
    return not has_phrase(text, "reply") and not has_phrase(text, "comment")


def _timed(text: str) -> bool:
    """A clock time or a relative time ("9:14 pm", "2 hours ago"). (A time or a date has
    digits; most lines have none, and their regexes are spared.)"""
    p = line_patterns()
    return DIGIT.search(text) is not None and bool(p["clock"].search(text) or p["relative"].search(text))


def _dated(text: str) -> bool:
    return DIGIT.search(text) is not None and is_date_line(text)


def a_posts_byline(text: str) -> bool:
    """A post's byline: a time or a date (a_bylines_time), and an author's "by" or a byline's
    separator ("By Ann Lee | May 3, 2012", "Posted by Sam at 9:00 PM", "12/11/2012 2:22 AM |
    Updated"). A programme's date alone ("Sonntag, 6. Oktober") is no byline."""
    if not a_bylines_time(text):
        return False
    return _A_BYLINES_SEPARATOR.search(text) is not None or has_phrase(text, "by")


def a_bylines_time(text: str) -> bool:
    """Whether a comment signal's line carries a time or a date: a byline's, be its reply
    button on it ("by Anna on Aug 9, 2012 1:29 PM | Reply")."""
    return _timed(text) or _dated(text)


# A figure's change as a report gives it: an arrow between two figures, or a signed number ("+885",
# "−3 %"); a share button's counter shows a count alone ("Facebook 1.2k", "Tweet 45").
_A_CHANGE = regex.compile(r"\d\s*[→↗↘➝]\s*\d|(?<![\w+\-−])[+−]\d")


# A page's address path, set apart ("Kontakt – /kontakt"): a text about a site names its pages
# so; a scraped link shows its words, not its address (a Markdown link's "(/kontakt)" stands in
# brackets).
_AN_ADDRESS_PATH = regex.compile(r"(?<!\S)/\w")


# Dot leaders before a price or a page number: four dots or more, spaced or not, or two ellipses
_LEADERS = regex.compile(r"(?:\.{4,}|…{2,}|·{4,}|(?:\. ){3,}\.?)\s*\S")


def _a_row_of_figures(blocks: list[Block], i: int) -> bool:
    """A row of a table drawn in text: cells parted by "|", a figure among them, and a row of as
    many cells beside it; or a label and two figures or more, as the row above or below ends
    ("Login 1 0 0" under "Home 0 2 1", columns set with spaces). A share bar's counters stand in
    no such table: one count a button (on gold-bodies no line furniture_line took had both a "|"
    and a digit)."""
    text = blocks[i].text
    cells = text.count("|")
    if cells and DIGIT.search(text) is not None:
        return any(0 <= k < len(blocks) and blocks[k].text.count("|") == cells for k in (i - 1, i + 1))
    figures = _figures_at_the_end(text)
    return figures >= 2 and any(
        0 <= k < len(blocks) and _figures_at_the_end(blocks[k].text) == figures for k in (i - 1, i + 1)
    )


# the figures that end a line, each set off by a space ("Home 0 2 1": three)
_FIGURES_AT_THE_END = regex.compile(r"(?:\s[-+]?\d[\d.,]*%?)+\s*$")


def _figures_at_the_end(text: str) -> int:
    found = _FIGURES_AT_THE_END.search(text)
    return len(found.group().split()) if found else 0


def furniture_line(blocks: list[Block], i: int, families: Iterable[str] = FURNITURE) -> Verdict | None:
    """A short line every word of which is page furniture of `families`: "Advertisement",
    "Share this on WhatsApp", "Tweet | Email | Print", "Next Post", "Buy now at Amazon"."""
    text = blocks[i].text
    count = blocks[i].word_count
    if not row_sized(blocks[i]):
        return None  # a sentence, not a row of buttons
    if CODE.search(text):
        return None  # a line of code or markup ("prev = -1;", "=back", "@menu")
    if _A_CHANGE.search(text):
        return None  # a report's figure and its change ("Instagram: 2 105 → 2 990 (+885)"), no counter
    if _LEADERS.search(text):
        return None  # an entry of a menu, a price list or a contents ("(à partager) ........ 16,00")
    if _AN_ADDRESS_PATH.search(text):
        return None  # a page named with its address in a site's inventory ("Kontakt – /kontakt")
    if _a_row_of_figures(blocks, i):
        return None  # a table's row ("Instagram | 298 | 18 %" under "Facebook | 512 | 31 %")
    if _heads_its_paragraph(blocks, i):
        return None  # a heading ("Subscriptions", "Más información") over the text it names
    v = vocabulary()
    covered = v.cover(text, (*families, "retailer"))
    if not covered:
        return None
    found = [v.family_of(phrase, (*families, "retailer")) for phrase in covered]
    if "retailer" in found and "shop" not in found:
        return None  # "Apple" or "Target" alone is a name
    family = next(f for f in found if f is not None and f != "retailer")
    reason = f"{family} furniture: every word is ({', '.join(covered)})"
    return _verdict(FURNITURE[family], "furniture-line", reason, words=count, phrases=len(covered))


def row_sized(block: Block) -> bool:
    """Short enough for a row of buttons, and not a sentence (a full stop after three words)."""
    count = block.word_count
    return count <= FURNITURE_MAX_WORDS and not (count >= 3 and block.text.endswith("."))


def _heads_its_paragraph(blocks: list[Block], i: int) -> bool:
    """The line opens a paragraph whose next line, with no blank line between, is prose: a
    heading of that text. Scraped furniture stands between paragraphs, set off by blank lines."""
    if i + 1 >= len(blocks) or blocks[i + 1].paragraph != blocks[i].paragraph:
        return False
    opens = i == 0 or blocks[i - 1].paragraph != blocks[i].paragraph
    return opens and reads_as_prose(blocks[i + 1].text)


def names_only(text: str) -> bool:
    """Whether `text` reads as a list of names and agencies, not a sentence: every word is
    capitalized, an agency or credit word, a web address, or a joint ("/", "|", "&")."""
    v = vocabulary()
    if _SENTENCE_INSIDE.search(text) or len(text.split()) > CREDIT_MAX_WORDS:
        return False
    known = v.phrases["agency"] | v.phrases["credit_word"]
    for word in _NAME_SPLIT.split(text):
        word = word.strip(".-–—:'\"“”‘’")
        if not word or not _WORD_CHAR.search(word):
            continue
        if word[0].isupper() or "." in word or "@" in word or (word.casefold(),) in known:
            continue
        return False
    return True


# What every line a heuristic takes holds, for a scan of the document's short lines to find
# (cleaner/candidates.py): a count in brackets (both forms of "count_item" have one); a counter's
# "1 of 4" or "2/9"; a machine timestamp's start or an image file's extension (metadata_line's two
# kinds, each a line of one word).
COUNT_IN_BRACKETS = regex.compile(r"[(\[]\s*\d+\s*[)\]]")
COUNTER = regex.compile(r"\d\s*(?:of|von|de|di|van|z|из|sur|av|/)\s*\d", regex.IGNORECASE)
_METADATA = regex.compile(r"\d{4}-\d{2}-\d{2}T|\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)", regex.IGNORECASE)
