"""What a short line of text is, for the inline heuristics (cleaner/inline/) and the signs
that a line is the text's own (cleaner/own/): its words counted in every script, a
sentence's end, prose, a widget's title, code, the furniture families and their patterns, and
facts found once per document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import regex

from cleaner.model import Block, Category
from cleaner.vocabulary import vocabulary, word_tuple, words

# A comment's date alone, or its row of buttons: a few words.
BUTTONS_MAX_WORDS = 8


# The furniture families a line may be made of, and what its removal reports. "shop" lines may
# also name retailers ("Buy now at Amazon"), which alone are not furniture.
FURNITURE: dict[str, Category] = {
    "ad": Category.AD,
    "share": Category.SOCIAL,
    "subscribe": Category.CTA,
    "comment": Category.COMMENTS,
    "nav": Category.NAVIGATION,
    "section": Category.NAVIGATION,
    "related": Category.RELATED,
    "popular": Category.RELATED,
    "media": Category.EMBED,
    "shop": Category.AD,
}


DIGIT = regex.compile(r"\d")


# Code and markup, which no widget prints: an assignment or a statement's end ("prev = -1;",
# "INSERT INTO A VALUES (10);"), braces, a comment ("/* search page */"), an identifier
# ("_close", "file_close"), or a directive at the start of a line ("=back" in POD, "@menu" in
# Texinfo, ".BR" in roff, "\\section" in TeX, "* Menu:" in Info), a manual page's name
# ("login(1)"), a call ("continue()", "print(1 / 0)"), an array type ("delete[]"), a command's
# long option ("--watch"), an interpreter's prompt (">>> ", "... ") or reStructuredText's mark of
# a literal block ("menu::"). None of gold-bodies' article regions' or trafilatura outputs'
# furniture lines or count lists holds one.
CODE = regex.compile(
    r"[=;{}]|/\*|\w_|_\w|^[=@.\\][A-Za-z]|^\* Menu:$|\w\((?:\d[a-z]?)?\)|\w\([^()]*[-+*/%<>][^()]*\)|\w\[\]|^--\w"
    r"|^(?:>>>|\.\.\.)\s|\w::$"
)


@functools.cache
def line_patterns() -> _Compiled:
    """The patterns by name, each compiled when first asked for."""
    v = vocabulary()
    month = v.alternation("month")
    unit = v.alternation("time")
    date = (
        rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{month})\b\.?(?:\s+\d{{2,4}})?|\b(?:{month})\b\.?\s+\d{{1,2}}"
        rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)"
    )
    caption = v.alternation("caption")
    # "Photo credit:", "Foto von", "Image courtesy of": a label's second word, or a "by"
    credit_joint = r"(?:\s+(?:credits?|copyright|courtesy(?:\s+of)?|source))?"
    by = rf"\s+(?:{v.alternation('by')})\s+"
    return _Compiled({
        "date": (date, regex.IGNORECASE),
        # 9:37, 12:04:05, 9:37pm, 9 p.m., 14h30, 23 h 48 (French); not a piece of an address ("pci/0000:01:00.0")
        "clock": (
            r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|\.\d)(?:\s*[ap]\.?\s?m\b\.?)?"
            r"|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d{1,2}\s?h\s?\d{2}\b",
            regex.IGNORECASE,
        ),
        # a programme's entry: "15:00 Close", "9.30am Break", "14h30 Clôture"
        "timed": (
            r"^[\W_]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|\d{1,2}\s?h\s?\d{2})(?!\d)",
            regex.IGNORECASE,
        ),
        # "3 hours ago", "hace 6 h"; an app's short form between its byline's dots or at its end
        # ("u/anna · 5h", "Anna · Old Town · 2 d"; not "· 22 J'aime", a count of likes)
        "relative": (
            rf"\b\d+\s+(?:{unit})\s+(?:{v.alternation('ago')})\b"
            rf"|\b(?:{v.alternation('ago_before')})\s+\d+\s+(?:{unit})\b"
            r"|·\s*\d{1,3}\s?(?:h|d|w|m|min|mo|y|j|g|t|ч|д|н|мин)\.?(?=\s*(?:·|$))",
            regex.IGNORECASE,
        ),
        "said": (rf"\b(?:{v.alternation('said')})\s*(?::|\.{{2,}}|…|$)", regex.IGNORECASE),
        # "Photo: Jane Doe/Reuters", "(Image credit: NASA)", "Foto von Max Muster", "Bild: dpa"
        "credit": (
            rf"^[\W_]*?(?P<open>\()?\s*(?:(?P<source>{v.alternation('source')})"
            rf"|(?:{caption}){credit_joint})(?:\s*(?::|\||/|©)|\.\s|\s+[-–—]|{by})\s*(?P<credit>[^\s:].*?)"
            rf"\s*(?(open)\)|)[\s.]*$",
            regex.IGNORECASE,
        ),
        # "Image copyright Getty Images", "Image caption The harbour at dawn", "Media caption ..."
        "bbc_caption": (r"^[\W_]*(?:image|picture|media|photo|video)\s+(?:copyright|caption)\b", regex.IGNORECASE),
        # "Image 1 of 4", "Foto 3 von 12", "1 of 12", "Photo 2/9"
        "gallery": (
            # the counter's word stands apart ("1 of 4"): "9DE1" is a hexadecimal number
            rf"^[\W_]*(?:(?P<media>{v.alternation('media')}|{caption})\s*)?\d{{1,3}}"
            rf"(?:\s+(?P<word>of|von|de|di|van|z|из|sur|av)\s+|\s*/\s*)\d{{1,3}}[\W_]*$",
            regex.IGNORECASE,
        ),
        "price": (
            rf"^[\W_]*(?:(?:{v.alternation('shop')})\s*:?\s*)?"
            rf"(?:[$€£¥₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur|usd|gbp|zł|pln|руб\.?|₽))"
            rf"(?:\s+(?:at|from|bei|chez|en|na|на|da|bij|w|@|-|–)\s*[\w .&'’-]{{1,30}})?[\W_]*$",
            regex.IGNORECASE,
        ),
        # "More from Harbour Times", "Around the Web": a label and a site's name
        "related_site": (
            r"^[\W_]*(?:around|elsewhere\s+on|also\s+on|more\s+from|latest\s+from|mehr\s+von|plus\s+de|más\s+de"
            r"|mais\s+de|altro\s+da|meer\s+van|więcej\s+z|ещё\s+от|еще\s+от)"
            r"\s+(?P<site>[^\W\d][^:]{0,40}?)\s*:?[\W_]*$",
            regex.IGNORECASE,
        ),
        "teaser_meta": (
            rf"(?:\d+|\bno)\s+(?:comments?|responses?|replies|{v.alternation('comment')})\b.*$"
            rf"|^[\W_]*(?:{date})\b.{{0,40}}\b(?:{v.alternation('by')}|from)\b",
            regex.IGNORECASE,
        ),
        # "Recipes (56)"; not "Orientalism (1978)", a book and its year
        "count_item": (
            r"^[\W_]*[^\W\d][^()\[\]]{0,50}?\s+[(\[]\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,5}\s*[)\]][\W_]*$"
            r"|^[\W_]*[▼►▶▸›»]\s*\d{4}\s*[(\[]\d+[)\]]\s*$",
            0,
        ),
        # contact details an address block gives: a postcode (US, DE, FR, IT, ES, NL, PL, UK; the
        # six digits of RU, IN, CN, RO; the four of DK, NO, AT, CH, HU and the "111 29" of SE, CZ,
        # SK, GR before their place's name, opening the line or after a comma: not a year's
        # "Copyright 2006 Dr. ..."), a phone number of 7 digits or more, or a line that is an
        # e-mail address alone, or an office's extension ("ext. 2231", "доб. 2231", "Durchwahl 14",
        # "Ramal 204")
        "contact_details": (
            r"\b\d{5}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
            r"|\b\d{6}\b|(?:^|,\s*)(?:[A-Z]{1,2}-)?(?:\d{4}|\d{3}\s\d{2})\s+\p{Lu}\p{Ll}"
            r"|(?:\+|\b)\d(?:[\s()./-]*\d){6,}\b|^[\W_]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\W_]*$"
            r"|(?i:\b(?:ext|extensi[oó]n|доб|вн|durchwahl|poste|interno|ramal|anexo|wewn|toestel|anknytning|dahili"
            r"|内線|내선)\.?\s*\d{2,5}\b)",
            0,
        ),
        # a machine's timestamp (a person's dateline, "2012-11-07", is the article's)
        "iso_time": (r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$", 0),
        # a picture's address, or a file name alone; not a path in a listing of files
        "image_file": (
            r"^(?:(?:https?:)?//\S+|[^\s/]+)\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?$", regex.IGNORECASE,
        ),
    })


class _Compiled(dict):
    """Regexes compiled on first use from {name: (pattern, flags)}: a short document needs few
    of them, and compiling the vocabulary's long alternations was a large part of the start-up
    of `cleaner run` on one small file."""

    def __init__(self, sources: dict[str, tuple[str, int]]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> regex.Pattern:
        pattern, flags = self._sources[name]
        compiled = self[name] = regex.compile(pattern, flags)
        return compiled


# A line's checks ask some things of the whole document (its section titles, its glossary's
# terms, whether it is a screenplay): each is found once per document, not once per line (a long
# text has thousands of candidate lines). The last document's facts are kept, its blocks compared
# by identity; the pair is read and written whole, so threads at worst find a fact again.
_FACTS: tuple[list[Block] | None, dict[Callable, object]] = (None, {})


T = TypeVar("T")


def once_per_document(fact: Callable[[list[Block]], T]) -> Callable[[list[Block]], T]:
    @functools.wraps(fact)
    def cached(blocks: list[Block]) -> T:
        global _FACTS
        seen, facts = _FACTS
        if seen is not blocks:
            facts = {}
            _FACTS = (blocks, facts)
        if fact not in facts:
            facts[fact] = fact(blocks)
        return facts[fact]  # type: ignore[return-value]

    return cached


def has_phrase(text: str, family: str) -> bool:
    """Whether some run of the text's words is a phrase of the family."""
    tokens, phrases = word_tuple(text), vocabulary().phrases[family]
    return any(tuple(tokens[k:k + n]) in phrases for n in (1, 2, 3) for k in range(len(tokens) - n + 1))


def is_date_line(text: str) -> bool:
    date = line_patterns()["date"].search(text)
    return date is not None and len(text) - len(date.group()) <= 20


# A comment thread starts below this many words of the article's prose, counted in blocks of
# PROSE_MIN_WORDS words or more.
THREAD_PROSE_BEFORE = 150
PROSE_MIN_WORDS = 20
# ...and in a flattened page (page mode) below PAGE_THREAD_PROSE_BEFORE: its menus and widgets
# hold no prose, so the prose above a thread is the story's. On gold-bodies' tuning pages 60
# words took 6 more pages' threads, no line of their golds among them (dragnet precision 0.861
# -> 0.862, the other datasets unchanged); 30 took a headline the gold holds.
PAGE_THREAD_PROSE_BEFORE = 60


def below_the_prose(blocks: list[Block], prose_before: int = THREAD_PROSE_BEFORE) -> int:
    """The first block with `prose_before` words of prose above it (len(blocks) if none)."""
    prose = 0
    for k, block in enumerate(blocks):
        if prose >= prose_before:
            return k
        prose += block.word_count if block.word_count >= PROSE_MIN_WORDS else 0
    return len(blocks)


# A lead-in of this many words or more is a sentence of the text's prose, not a widget's label
PROSE_LEAD_IN_WORDS = 8
# A headline in a list of teasers: short, no full stop at its end.
HEADLINE_MAX_WORDS = 20


# A quotation inside a line, in the quotation marks of any script
QUOTATION = regex.compile(r'"[^"\n]+"|“[^“”\n]+”|„[^„“”\n]+[“”]|«[^«»\n]+»|‘[^‘’\n]+’|「[^「」\n]+」|『[^『』\n]+』')
# A rule drawn across the text: three or more of one mark, spaced or not ("=====", "-----",
# "* * *", "____"): a section's or a scene's break its author drew
RULE_LINE = regex.compile(r"^\s*([=\-*_~#•·—–])(?:\s?\1){2,}\s*$")
# A line that is one quotation, in the quotation marks of English, German and other languages
# (not in guillemets, which a pager's "« Previous | Next »" wears too): a message or a label the
# text quotes, where a widget prints its own bare.
QUOTED_WHOLE = regex.compile(r'^\s*(?:"[^"]+"|“[^“”]+”|„[^„“”]+[“”]|‘[^‘’]+’)\s*$')


def reads_as_prose(text: str) -> bool:
    count = len(text.split())
    if count <= HEADLINE_MAX_WORDS:  # (most prose is told by its spaces alone)
        count = count_words(text)
    return count > HEADLINE_MAX_WORDS or (count >= 8 and ends_a_sentence(text))


# A sentence's last mark, in the scripts that have their own too: the Chinese and Japanese full
# stop, the Devanagari danda, the Arabic question mark and the Urdu full stop, the Armenian and
# the Ethiopic full stop; and the Greek question mark, a semicolon (in a Greek sentence).
_SENTENCE_MARKS = frozenset('.!?…"”。！？」』।॥؟۔։።')
_GREEK = regex.compile(r"\p{Greek}")
# white space and the invisible direction marks that right-to-left text may end a line with
TRAILING_MARKS = regex.compile(r"[\s\p{Cf}]+$")


# the quotation marks that may close a sentence after its full stop: German „Ja.“ and »Ja.«,
# French « Oui. », a quoted single ‘yes.’ (not a bracket: a post's byline ends on its signature,
# "by Judith (Thank you St. Jude.)")
_CLOSING_MARKS = "“»«’‘'"


def ends_a_sentence(text: str) -> bool:
    line = TRAILING_MARKS.sub("", text)
    end = line[-1:]
    if end in _CLOSING_MARKS:
        end = line.rstrip(_CLOSING_MARKS + " \u00a0\u202f")[-1:]
    return end in _SENTENCE_MARKS or (end == ";" and _GREEK.search(text) is not None)


# Chinese and Japanese write no spaces between words, nor do Thai, Lao, Khmer and Burmese (their
# spaces part phrases): there a word is counted for every this many characters (a Chinese word
# is about one and a half characters long, a Japanese one about two; a Thai word about five
# letters and marks), so that a paragraph in those scripts is prose as it would be in English.
CHARACTERS_PER_WORD = 2
LETTERS_PER_WORD = 5
HAN_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
UNSPACED_LETTERS = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def count_words(text: str) -> int:
    """The text's words: its runs between spaces, and a word for every CHARACTERS_PER_WORD
    Chinese or Japanese characters and every LETTERS_PER_WORD Thai, Lao, Khmer or Burmese ones."""
    return (
        len(text.split()) + len(HAN_OR_KANA.findall(text)) // CHARACTERS_PER_WORD
        + len(UNSPACED_LETTERS.findall(text)) // LETTERS_PER_WORD
    )


# A sentence of the text has at least this many words.
SENTENCE_MIN_WORDS = 4


def a_widgets_title(text: str) -> bool:
    """A widget's title: "Categories", "Video Recipe Categories", "Related posts", "Other
    Discussion"."""
    return any(has_phrase(text, family) for family in ("widget", "related", "popular", "thread"))


# A sentence that introduces a list has at least this many words before its colon (Chinese or
# Japanese characters, in those scripts written without spaces).
LEAD_IN_MIN_WORDS = 4
LEAD_IN_MIN_CHARACTERS = 8


def names_furniture(text: str, quoted: str = "", families: tuple[str, ...] = ()) -> bool:
    """Whether some run of the text's words is a phrase of article mode's furniture ("follow
    us", "newsletter", "comments"), the words of `quoted` left out: a lead-in that names the line
    it introduces ("... with the continue command:" over "continue") names no furniture.
    `families`: only those (none: all of article mode's)."""
    if quoted:
        left_out = set(words(quoted))
        text = " ".join(word for word in words(text) if word not in left_out)
    return any(has_phrase(text, family) for family in families or ARTICLE_FURNITURE)


# Where a lead-in's sentences part: its last sentence introduces what follows it
SENTENCE_BREAK = regex.compile(r"[.!?]\s+")


def a_widgets_lead_in(text: str, quoted: str = "", families: tuple[str, ...] = ()) -> bool:
    """A lead-in whose last sentence is too short for prose (PROSE_LEAD_IN_WORDS) and names
    furniture, the words of `quoted` left out (names_furniture): a widget's ("Leave a comment:",
    "Don't be chicken, subscribe:"), where a sentence of prose may name what it shows."""
    sentence = SENTENCE_BREAK.split(text)[-1]
    return count_words(sentence) < PROSE_LEAD_IN_WORDS and names_furniture(sentence, quoted, families)


def introduces_a_list(block: Block) -> bool:
    """A sentence that ends in a colon: the list under it is the text's own. (Chinese and
    Japanese write no spaces between words: there the sentence is counted in characters; Thai,
    Lao, Khmer and Burmese neither: there in words of LETTERS_PER_WORD letters.)"""
    text = TRAILING_MARKS.sub("", block.text)  # (right-to-left text may end in a direction mark)
    if not text.endswith((":", "：")):
        return False
    return (
        block.word_count >= LEAD_IN_MIN_WORDS or len(HAN_OR_KANA.findall(text)) >= LEAD_IN_MIN_CHARACTERS
        or len(UNSPACED_LETTERS.findall(text)) // LETTERS_PER_WORD >= LEAD_IN_MIN_WORDS
    )



# Related-content headers and lists run in page mode only: in gold-bodies' article text the
# annotators kept a quarter of the "Related posts" headers (precision 0.76) and 7% of the lines
# of the lists under them (0.93), against 0.98 asked of article mode.
# A related-content label stays in article text ("Related:", "Read more", "You might also
# like": annotators kept them too often); the label of a site's list of its popular stories
# ("Most popular", "Top stories", "Trending") goes: on gold-bodies' tuning part, 95 such labels
# of article regions went, none in the gold, and no line of a gold body.
ARTICLE_FURNITURE = tuple(family for family in FURNITURE if family != "related")
