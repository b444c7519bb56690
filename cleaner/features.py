"""Stage 5a: describe every block by language-neutral features, for the scorer.

A block's own features (length, stopword density with jusText's stoplists for the language
guessed per document, terminal punctuation, capitalization, digits, symbols, list markers, promo
vocabulary) depend on its text alone: they are computed once per document and reused by every
pass of the cleaner. Context features (position, where the article's main run of prose begins
and ends, the neighbours' cues, duplicates) are recomputed each pass, as whole-document array
operations: per-block Python loops were two thirds of the cleaner's time.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np
import regex

from cleaner import language
from cleaner.inline import comment_signal
from cleaner.model import Block
from cleaner.segment import double_spaced, paragraph_gap, rejoined, written_width

# A block with at least this many words and this stopword density is prose on its own; the
# first and last such block bound the article's main run.
PROSE_MIN_WORDS = 12
PROSE_MIN_STOPWORD_DENSITY = 0.2
# Blocks of at most this many words are "short"; runs of them are menus and link lists.
SHORT_MAX_WORDS = 4
# Context window (blocks on each side) for the local share of prose words.
WINDOW = 3
# Distances to the nearest prose block are capped here: farther is simply "far".
DISTANCE_CAP = 50
# Prose blocks at most this many blocks apart belong to one cluster; the cluster holding the most
# prose words is the article's main cluster. A picture's caption or a subheading leaves a gap
# of one or two blocks; a comment's name, date and "Reply" lines leave three or more, so a comment
# thread forms clusters of its own after the article.
CLUSTER_GAP = 2
# A short unpunctuated block right above a prose block reads as a heading.
HEADING_MAX_WORDS = 15
# Blocks are measured together in runs of about this many characters: one scan each, and
# memory bounded whatever the document's size.
MEASURE_CHUNK_CHARS = 1_000_000
# The language is guessed from the longest blocks' words, up to this many.
LANGUAGE_SAMPLE_WORDS = 3000

# A block is terminal if it ends with one of these.
_TERMINAL = (".", "!", "?", "…", "。", "！", "？", '"', "”", "’", "»", ")", "“")
_TERMINAL_PERIOD = (".", ":", "。")
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·▪►◦»›])\s+")
_SEPARATOR = regex.compile(r"[^\S\n][|•·»›/–][^\S\n]|[^\S\n][|•·»›]|[|•·»›][^\S\n]")
_URL_OR_EMAIL = regex.compile(r"https?://|www\.|(?<=\S)@\S+\.\w")  # lookbehind: the scan jumps to "@"
_DATE = regex.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b")
# Words of page furniture in the languages of our users; a cue, not a verdict.
_FURNITURE = regex.compile(
    r"\b(?:login|log[^\S\n]?in|sign[^\S\n]?in|sign[^\S\n]?up|register|subscribe|newsletter|share|tweet|follow|"
    r"cookies?|privacy|terms|imprint|impressum|datenschutz|anmelden|registrieren|abonnieren|teilen|"
    r"kontakt|contact|menu|menü|search|suche|home|startseite|copyright|advertis\w*|werbung|anzeige|"
    r"related|weitere|mehr|more|comments?|kommentare?|iniciar|suscr\w+|compartir|publicidad|"
    r"connexion|partager|zaloguj|udostępnij|reklama)\b",
    regex.IGNORECASE,
)

FEATURE_NAMES = (
    "log_words", "stopword_density", "no_stoplist", "terminal", "colon_end", "title_case",
    "digit_share", "symbol_share", "caps_share", "avg_word_length", "list_marker", "separators",
    "furniture_words", "url_or_email", "date_like", "duplicate", "prose", "blank_before",
    "relative_position", "prose_before", "prose_after", "in_main_run", "short_run",
    "prev_log_words", "prev_density", "prev_terminal", "next_log_words", "next_density",
    "next_terminal", "first_block", "window_prose", "prev_prose_distance", "next_prose_distance",
    "paragraph_blocks", "heading_like",
    "in_main_cluster", "before_main_cluster", "after_main_cluster", "cluster_share", "window_short",
    "window_date", "comment_time", "comment_reply", "window_comments", "comments_before", "comments_after",
)
FEATURE = {name: i for i, name in enumerate(FEATURE_NAMES)}


@dataclass(frozen=True)
class TextStats:
    """What a block's text alone tells, whatever its document and language (one row of the
    measurement table, as an object)."""

    tokens: int  # lower-cased words (language.words): the base of stopword density
    language_hits: np.ndarray  # of those, how many each language's stoplist holds
    words: int  # whitespace-separated words
    shares: tuple[float, float, float]  # of the characters: digits, symbols; of the letters: capitals
    terminal: bool
    terminal_period: bool  # ends with "." or ":" (a sentence or a lead-in, not a headline)
    colon_end: bool
    title_case: float
    avg_word_length: float
    list_marker: bool
    separators: float
    furniture: float
    url_or_email: bool
    date_like: bool

    @classmethod
    def from_row(cls, row: np.ndarray, hits: np.ndarray) -> TextStats:
        """The stats held in one row of _COLUMNS and the block's stoplist hits."""
        v = dict(zip(_COLUMNS, row.tolist()))
        flag = {name: bool(v[name]) for name in ("terminal", "terminal_period", "colon_end", "list_marker",
                                                 "url_or_email", "date_like")}
        return cls(
            tokens=int(v["tokens"]), language_hits=hits, words=int(v["words"]),
            shares=(v["digit_share"], v["symbol_share"], v["caps_share"]), title_case=v["title_case"],
            avg_word_length=v["avg_word_length"], separators=v["separators"], furniture=v["furniture"], **flag,
        )


@dataclass(frozen=True)
class Document:
    """What the heuristics know of the whole document: its blocks and their own measurements."""

    blocks: list[Block]
    lines: list[str]
    stopwords: frozenset[str]
    paragraph_gap: int  # blank lines a typical paragraph break has in this document
    table: np.ndarray  # per block, its measurements as a row of _COLUMNS
    hits: np.ndarray  # per block, its tokens on each language's stoplist (language.languages())
    # per block: words, stopword density, terminal, terminal period (the columns below)
    words: np.ndarray
    density: np.ndarray
    terminal: np.ndarray
    terminal_period: np.ndarray
    char_shares: np.ndarray  # (blocks, 3): digit, symbol and capital-letter shares
    own: np.ndarray  # (blocks, 8): colon_end, title_case, ... date_like of the stats, as floats
    # per block: whether a blank line comes before it, and its paragraph's number
    blank_before: np.ndarray
    paragraph: np.ndarray
    text_id: np.ndarray  # per block, a number its text alone has in the document (duplicates)
    language_hint: str | None = None  # the caller's language, else each document's is guessed

    @property
    def has_stoplist(self) -> bool:
        return bool(self.stopwords)

    def key(self) -> tuple:
        """All that the scorer reads of the document (its blocks' texts and raw first lines,
        which give their measurements, the blank lines and paragraphs, the language hint): two
        documents with the same key get the same features."""
        texts = tuple((b.text, self.lines[b.first_line]) for b in self.blocks)
        return texts, self.blank_before.tobytes(), self.paragraph.tobytes(), self.language_hint

    def joins(self, removed: np.ndarray) -> bool:
        """Whether removing the blocks flagged in `removed` changes how segment() would cut the
        blocks left (segment.rejoined: two blocks brought together into one paragraph, or a
        hard-wrapped text's width changed)."""
        return rejoined(self.blocks, self.lines, removed.tolist(), self.blank_before.tolist(), self.wrap_width)

    @functools.cached_property
    def wrap_width(self) -> int | None:
        """The width the document's text is wrapped at, if it is (segment.wrap_width)."""
        return written_width(self.blocks, self.lines, self.blank_before.tolist())

    def without(self, removed: np.ndarray) -> Document:
        """The document as it reads once the blocks flagged in `removed` are gone: what
        cleaning the text that render() writes would measure (cleaner/render.py: blank lines
        collapse to one where any lay between two kept blocks, none at the start), with the
        language guessed again from the blocks left. Blocks keep their own measurements.

        Not what segment() gives where a removal lets two blocks join into one (joins()).
        """
        rows = np.flatnonzero(~removed)
        seen = np.cumsum(self.blank_before)  # blank lines met so far, before each block
        blank = np.zeros(len(rows), dtype=bool)
        blank[1:] = seen[rows[1:]] - seen[rows[:-1]] > 0
        table = self.table[rows]
        paragraph = np.zeros(len(rows), dtype=np.int64) if double_spaced(blank.tolist()) else np.cumsum(blank)
        return _document(
            [self.blocks[i] for i in rows.tolist()], self.lines, self.language_hint, table, self.hits[rows], blank,
            paragraph, self.text_id[rows], self.paragraph_gap,
        )

    @functools.cached_property
    def stats(self) -> list[TextStats]:
        """The blocks' measurements as objects (the passes read the arrays instead)."""
        return [TextStats.from_row(row, hits) for row, hits in zip(self.table, self.hits)]

    @functools.cached_property
    def prose(self) -> np.ndarray:
        """Blocks that are prose on their own: long, and dense in stopwords when we know them."""
        dense = self.density >= PROSE_MIN_STOPWORD_DENSITY if self.has_stoplist else True
        return (self.words >= PROSE_MIN_WORDS) & dense

    @functools.cached_property
    def chars(self) -> np.ndarray:
        """The blocks' lengths in characters: a measure of text in every script (a paragraph of
        Chinese is one whitespace-separated word)."""
        return self.table[:, _COLUMN["length"]]

    @functools.cached_property
    def comment_signals(self) -> np.ndarray:
        """(blocks, 2): whether each block reads as a post's time or date, or as a comment's
        buttons (_COMMENT_KINDS)."""
        return self.table[:, _COLUMN["comment_time"]:_COLUMN["comment_reply"] + 1]

    @functools.cached_property
    def figures(self) -> np.ndarray:
        """Blocks with a digit in them: a table's row, a timetable's, a result's."""
        return self.table[:, _COLUMN["digit_share"]] > 0

    @functools.cached_property
    def short_runs(self) -> np.ndarray:
        """short_runs() of the blocks' word counts (the scorer's features and looks_extracted)."""
        return short_runs(self.words)


@dataclass
class Measurements:
    """The blocks of one document measured so far, carried from pass to pass (a block keeps its
    measurements while its text and its raw first line stay): each key's row in `table` (the
    block's _COLUMNS) and in `hits` (its stoplist hits per language)."""

    rows: dict[tuple[str, str], int] = field(default_factory=dict)
    table: np.ndarray | None = None
    hits: np.ndarray | None = None


def describe_document(
    blocks: list[Block], lines: list[str], language_hint: str | None = None, memo: Measurements | None = None
) -> Document:
    """The document's blocks measured; `memo` carries measurements from pass to pass."""
    table, hits = _text_stats(blocks, lines, Measurements() if memo is None else memo)
    blank = np.fromiter((b.blank_lines_before > 0 for b in blocks), dtype=bool, count=len(blocks))
    paragraph = np.fromiter((b.paragraph for b in blocks), dtype=np.int64, count=len(blocks))
    numbers: dict[str, int] = {}
    text_id = np.fromiter((numbers.setdefault(b.text, len(numbers)) for b in blocks), dtype=np.intp, count=len(blocks))
    return _document(blocks, lines, language_hint, table, hits, blank, paragraph, text_id, paragraph_gap(blocks))


def _document(
    blocks: list[Block], lines: list[str], language_hint: str | None, table: np.ndarray, hits: np.ndarray,
    blank_before: np.ndarray, paragraph: np.ndarray, text_id: np.ndarray, gap: int,
) -> Document:
    """The Document of blocks measured in `table` and `hits`, its language guessed unless hinted."""
    tokens = table[:, _COLUMN["tokens"]]
    language_name = language_hint or _guess_language(table[:, _COLUMN["length"]], tokens, hits)
    c = _COLUMN
    return Document(
        blocks,
        lines,
        language.stopwords_for(language_name),
        gap,
        table,
        hits,
        words=table[:, c["words"]].astype(np.int64),
        density=_densities(tokens, hits, language_name),
        terminal=table[:, c["terminal"]].astype(bool),
        terminal_period=table[:, c["terminal_period"]].astype(bool),
        char_shares=table[:, c["digit_share"]:c["caps_share"] + 1],
        own=table[:, c["colon_end"]:c["date_like"] + 1],
        blank_before=blank_before,
        paragraph=paragraph,
        text_id=text_id,
        language_hint=language_hint,
    )


# A block's measurements as one row of floats (exact: counts are far below 2**53), so a pass
# gathers the rows of its blocks with one index instead of reading every block's attributes.
# The columns from colon_end to date_like are feature_matrix's OWN_FEATURES, in order.
_COLUMNS = (
    "words", "terminal", "terminal_period", "digit_share", "symbol_share", "caps_share",
    "colon_end", "title_case", "avg_word_length", "list_marker", "separators", "furniture", "url_or_email",
    "date_like", "tokens", "length", "comment_time", "comment_reply",
)
_COLUMN = {name: i for i, name in enumerate(_COLUMNS)}


def _text_stats(blocks: list[Block], lines: list[str], memo: Measurements) -> tuple[np.ndarray, np.ndarray]:
    """The blocks' measurements as rows of _COLUMNS, and their stoplist hits."""
    keys = [(block.text, lines[block.first_line]) for block in blocks]  # list markers are read off the raw line
    missing = list(dict.fromkeys(key for key in keys if key not in memo.rows))
    if missing or memo.table is None or memo.hits is None:
        parts = [] if memo.table is None or memo.hits is None else [(memo.table, memo.hits)]
        for chunk in _chunks(missing):
            parts.append(_measure([text for text, _ in chunk], [line for _, line in chunk]))
            memo.rows.update(zip(chunk, range(len(memo.rows), len(memo.rows) + len(chunk))))
        if not parts:
            parts.append((np.zeros((0, len(_COLUMNS))), np.zeros((0, len(language.languages())), dtype=np.int64)))
        memo.table, memo.hits = np.concatenate([t for t, _ in parts]), np.concatenate([h for _, h in parts])
    rows = np.fromiter((memo.rows[key] for key in keys), dtype=np.intp, count=len(keys))
    return memo.table[rows], memo.hits[rows]


def _chunks(keys: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Keys in runs of about MEASURE_CHUNK_CHARS characters: big scans, bounded memory."""
    chunks: list[list[tuple[str, str]]] = []
    size = MEASURE_CHUNK_CHARS
    for key in keys:
        if size >= MEASURE_CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(key)
        size += len(key[0])
    return chunks


def _measure(texts: list[str], first_lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """measure_plain() of many blocks, a column at a time. Characters and words are counted
    for all blocks at once (_character_counts, language.count_words): counted block by block,
    each made page mode about a tenth slower (measured on gold-bodies' page texts, issue 19)."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    counts = _character_counts(texts)
    tokens, hits = language.count_words(texts)
    columns = {
        "words": counts.words,
        "terminal": [text.endswith(_TERMINAL) for text in texts],
        "terminal_period": [text.endswith(_TERMINAL_PERIOD) for text in texts],
        "digit_share": counts.digits / lengths,
        "symbol_share": counts.symbols / lengths,
        "caps_share": np.divide(counts.upper, counts.letters, out=np.zeros(len(texts)), where=counts.letters > 0),
        "colon_end": [text.endswith(":") for text in texts],
        "title_case": np.divide(
            counts.title_words, counts.alpha_words, out=np.full(len(texts), 0.5), where=counts.alpha_words > 1
        ),
        "avg_word_length": np.minimum(lengths / np.maximum(counts.words, 1), 20.0) / 10.0,
        "list_marker": [_LIST_MARKER.match(line) is not None for line in first_lines],
        # the regexes run only on the blocks holding what every match holds (most hold none)
        "separators": np.log1p([
            len(_SEPARATOR.findall(text)) if may else 0 for text, may in zip(texts, (counts.separators > 0).tolist())
        ]),
        "furniture": np.minimum(_furniture_counts(texts), 3) / 3,
        "url_or_email": [
            ("://" in text or "www." in text or "@" in text) and _URL_OR_EMAIL.search(text) is not None
            for text in texts
        ],
        "date_like": [
            many and _DATE.search(text) is not None for text, many in zip(texts, (counts.digits >= 3).tolist())
        ],
        "tokens": tokens,
        "length": lengths,
        **_comment_columns(texts),
    }
    table = np.empty((len(texts), len(_COLUMNS)))
    for name, column in columns.items():
        table[:, _COLUMN[name]] = column
    return table, hits


# _FURNITURE's words, for looking them up rather than scanning for them (_furniture_counts): a
# whole word of the list, a word starting with one of the stems (and at least so many letters
# more), or two words of a pair with one space between ("log in", "sign up").
_FURNITURE_WORDS = frozenset({
    "login", "signin", "signup", "register", "subscribe", "newsletter", "share", "tweet", "follow", "cookie",
    "cookies", "privacy", "terms", "imprint", "impressum", "datenschutz", "anmelden", "registrieren", "abonnieren",
    "teilen", "kontakt", "contact", "menu", "menü", "search", "suche", "home", "startseite", "copyright", "werbung",
    "anzeige", "related", "weitere", "mehr", "more", "comment", "comments", "kommentar", "kommentare", "iniciar",
    "compartir", "publicidad", "connexion", "partager", "zaloguj", "udostępnij", "reklama",
})
_FURNITURE_STEMS = {"advertis": 0, "suscr": 1}
_FURNITURE_PAIRS = frozenset({("log", "in"), ("sign", "in"), ("sign", "up")})
# What regex's IGNORECASE matches to a letter of those words but str.lower() does not give
# (tests/test_speed_paths.py checks every code point): folded first, the lower-cased text keeps
# the offsets of the text.
_CASE_FOLDS = {"İ": "i", "ſ": "s"}


def _furniture_counts(texts: list[str]) -> np.ndarray:
    """len(_FURNITURE.findall(text)) of each text (without "\n"), looked up rather than scanned.

    _FURNITURE matches whole words (between \\b), so its matches are among the text's runs of
    word characters: the runs (or pairs of runs) that spell a word of _FURNITURE_WORDS,
    _FURNITURE_STEMS or _FURNITURE_PAIRS once lower-cased are candidates, and _FURNITURE itself
    confirms each. The runs are sifted as arrays first, by their first and last letters and
    length. Scanning every block with the regex made page mode about a tenth slower
    (gold-bodies' page texts, issue 19).
    """
    joined = "\n".join(texts)
    lowered = joined
    for char, fold in _CASE_FOLDS.items():
        if char in lowered:
            lowered = lowered.replace(char, fold)
    lowered = lowered.lower()
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    low = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    word = language.word_characters(codes, joined)
    edges = np.diff(word.view(np.int8), prepend=0, append=0)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    signatures = _furniture_signatures()
    signature = _signature(low[starts], low[ends - 1], ends - starts)
    sifted = signatures[np.searchsorted(signatures, signature).clip(0, len(signatures) - 1)] == signature
    for stem, more in _FURNITURE_STEMS.items():
        long_enough = np.flatnonzero(ends - starts >= len(stem) + more)
        spelled = (low[starts[long_enough, None] + np.arange(len(stem))] == [ord(c) for c in stem]).all(axis=1)
        sifted[long_enough[spelled]] = True
    found: list[int] = []  # where each match starts
    runs = len(starts)
    for k in np.flatnonzero(sifted).tolist():
        start, end = int(starts[k]), int(ends[k])
        run = lowered[start:end]
        if run in _FURNITURE_WORDS or run.startswith(_STEM_PREFIXES):
            if _FURNITURE.fullmatch(joined, start, end):
                found.append(start)
        elif run in _PAIR_OPENERS and k + 1 < runs and starts[k + 1] == end + 1:
            second_end = int(ends[k + 1])
            pair = (run, lowered[end + 1:second_end])
            if pair in _FURNITURE_PAIRS and _FURNITURE.fullmatch(joined, start, second_end):
                found.append(start)
    owner = np.searchsorted(np.flatnonzero(codes == 10), found)
    return np.bincount(owner, minlength=len(texts))


def _signature(first: np.ndarray, last: np.ndarray, length: np.ndarray) -> np.ndarray:
    return (first * 0x110000 + last) * 64 + np.minimum(length, 63)


@functools.lru_cache(maxsize=1)
def _furniture_signatures() -> np.ndarray:
    words = sorted(_FURNITURE_WORDS | _PAIR_OPENERS)
    first, last = (np.array([ord(w[k]) for w in words], dtype=np.int64) for k in (0, -1))
    return np.unique(_signature(first, last, np.array([len(w) for w in words])))


_STEM_PREFIXES = tuple(_FURNITURE_STEMS)
_PAIR_OPENERS = frozenset(first for first, _ in _FURNITURE_PAIRS)


def measure_plain(texts: list[str], first_lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rows of _COLUMNS for many blocks, and their stoplist hits: each block measured alone.

    The specification of _measure(), which must agree with it (tests/test_speed_paths.py).
    """
    tokens, hits = language.count_words_plain(texts)
    rows = [_measure_block(text, line) | {"tokens": n} for text, line, n in zip(texts, first_lines, tokens.tolist())]
    table = np.array([[row[name] for name in _COLUMNS] for row in rows], dtype=float)
    return table.reshape(len(texts), len(_COLUMNS)), hits


def _measure_block(text: str, first_line: str) -> dict[str, float]:
    """One block's measurements but its tokens (language.count_words_plain counts those)."""
    words = text.split()
    alpha_words = [word for word in words if word[0].isalpha()]
    title_words = sum(word[0].isupper() for word in alpha_words)
    letters = sum(map(str.isalpha, text))
    return {
        "words": len(words),
        "length": len(text),
        "terminal": text.endswith(_TERMINAL),
        "terminal_period": text.endswith(_TERMINAL_PERIOD),
        "digit_share": sum(map(str.isdigit, text)) / len(text),
        "symbol_share": sum(not (char.isalnum() or char.isspace()) for char in text) / len(text),
        # capitals over letters: "Ⅰ" is upper case but no letter, as the feature was trained
        "caps_share": sum(map(str.isupper, text)) / letters if letters else 0.0,
        "colon_end": text.endswith(":"),
        "title_case": title_words / len(alpha_words) if len(alpha_words) > 1 else 0.5,
        "avg_word_length": min(len(text) / max(len(words), 1), 20.0) / 10.0,
        "list_marker": _LIST_MARKER.match(first_line) is not None,
        "separators": math.log1p(len(_SEPARATOR.findall(text))),
        "furniture": min(len(_FURNITURE.findall(text)), 3) / 3,
        "url_or_email": _URL_OR_EMAIL.search(text) is not None,
        "date_like": _DATE.search(text) is not None,
        **{name: column[0] for name, column in _comment_columns([text]).items()},
    }


# What inline.comment_signal finds a block to be, in two columns: a post's time or date, a
# comment's buttons or its form's fields. (A commenter's name before a verb of saying, "Anna
# says:", is left out: it reads an article's own byline as a comment's too. Leave-one-dataset-out,
# the page's cut, with it: dragnet 0.815, cleaneval-dev 0.904, cleaneval-final 0.899,
# readability 0.895; without it: 0.816, 0.909, 0.898, 0.904.)
_COMMENT_KINDS = {"comment_time": ("time", "date"), "comment_reply": ("reply", "action", "form")}


def _comment_columns(texts: list[str]) -> dict[str, list[bool]]:
    """Each block's comment-thread signal (inline.comment_signal) as _COMMENT_KINDS' columns."""
    signals = [comment_signal(text) for text in texts]
    return {name: [signal in kinds for signal in signals] for name, kinds in _COMMENT_KINDS.items()}


def _guess_language(lengths: np.ndarray, tokens: np.ndarray, hits: np.ndarray) -> str | None:
    """The language of the longest blocks (their characters: `lengths`), where it shows best."""
    order = np.argsort(-lengths, kind="stable")  # longest first, ties in document order
    # blocks are taken until they hold LANGUAGE_SAMPLE_WORDS tokens (the block reaching it too)
    enough = np.flatnonzero(np.cumsum(tokens[order]) >= LANGUAGE_SAMPLE_WORDS)
    sample = order[: enough[0] + 1] if len(enough) else order
    counts = hits[sample].sum(axis=0, dtype=np.int64).reshape(len(language.languages()))
    return language.best_language(counts, int(tokens[sample].sum()))


def _densities(tokens: np.ndarray, hits: np.ndarray, language_name: str | None) -> np.ndarray:
    """Each block's share of tokens in the language's stoplist (0 without a stoplist)."""
    names = language.languages()
    if language_name not in names:
        return np.zeros(len(tokens))
    column = hits[:, names.index(language_name)].astype(float)
    return np.divide(column, tokens, out=np.zeros(len(tokens)), where=tokens > 0)


# Character classes, as bit flags per code point (str methods, so Unicode's own categories).
# _SEPARATOR_CHARACTER: a character of _SEPARATOR's matches next to a space ("|", "•", "/", ...).
_ALPHA, _DIGIT, _UPPER, _SPACE, _ALNUM, _SEPARATOR_CHARACTER = 1, 2, 4, 8, 16, 32
_SEPARATOR_CHARACTERS = "|•·»›/–"


def _class_bits(char: str) -> int:
    return (
        char.isalpha() * _ALPHA | char.isdigit() * _DIGIT | char.isupper() * _UPPER
        | char.isspace() * _SPACE | char.isalnum() * _ALNUM | (char in _SEPARATOR_CHARACTERS) * _SEPARATOR_CHARACTER
    )


@functools.lru_cache(maxsize=1)
def _bmp_classes() -> np.ndarray:
    """Class bits of the Basic Multilingual Plane, built once per process (~30 ms)."""
    return np.fromiter((_class_bits(chr(c)) for c in range(0x10000)), dtype=np.uint8, count=0x10000)


@dataclass(frozen=True)
class CharacterCounts:
    """Per text: characters by class, and words (as str.split() sees them) by initial."""

    digits: np.ndarray
    symbols: np.ndarray  # neither letter, digit nor space
    letters: np.ndarray
    upper: np.ndarray
    words: np.ndarray
    alpha_words: np.ndarray  # words starting with a letter
    title_words: np.ndarray  # ... with a capital letter
    separators: np.ndarray  # characters a _SEPARATOR match holds besides spaces


def _character_counts(texts: list[str]) -> CharacterCounts:
    """The character and word counts of _measure_block for many texts (without "\n"), at once:
    each code point's classes are looked up in a table, then summed per text."""
    joined = "\n".join(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.cumsum(lengths + 1) - (lengths + 1)
    ends = starts + lengths
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    astral = codes >= 0x10000
    bits = _bmp_classes()[np.where(astral, 0, codes)]
    for at in np.flatnonzero(astral):  # emoji and rare scripts: few, ask Python
        bits[at] = _class_bits(joined[at])
    space = (bits & _SPACE) != 0
    # a word starts where a non-space follows a space; the "\n" between texts is one
    word_start = ~space & np.concatenate(([True], space[:-1]))
    alpha_start = word_start & ((bits & _ALPHA) != 0)

    def per_text(flags: np.ndarray) -> np.ndarray:
        running = np.concatenate(([0], np.cumsum(flags)))
        return running[ends] - running[starts]

    return CharacterCounts(
        digits=per_text((bits & _DIGIT) != 0),
        symbols=lengths - per_text((bits & _ALNUM) != 0) - per_text(space),
        letters=per_text((bits & _ALPHA) != 0),
        upper=per_text((bits & _UPPER) != 0),
        words=per_text(word_start),
        alpha_words=per_text(alpha_start),
        title_words=per_text(alpha_start & ((bits & _UPPER) != 0)),
        separators=per_text((bits & _SEPARATOR_CHARACTER) != 0),
    )


# Document.own's columns, and the features they fill.
_OWN_NAMES = ("colon_end", "title_case", "avg_word_length", "list_marker", "separators", "furniture_words",
              "url_or_email", "date_like")
_OWN_FEATURES = np.array([FEATURE[name] for name in _OWN_NAMES])
_SHARE_FEATURES = np.array([FEATURE[name] for name in ("digit_share", "symbol_share", "caps_share")])
# A block's own cues that its neighbours' features repeat (prev_..., next_...).
_NEIGHBOUR_CUES = np.array([FEATURE[name] for name in ("log_words", "stopword_density", "terminal")])
_PREV_FEATURES = np.array([FEATURE[name] for name in ("prev_log_words", "prev_density", "prev_terminal")])
_NEXT_FEATURES = np.array([FEATURE[name] for name in ("next_log_words", "next_density", "next_terminal")])


def feature_matrix(doc: Document) -> np.ndarray:
    """One row of FEATURE_NAMES per block."""
    n = len(doc.blocks)
    x = np.zeros((n, len(FEATURE_NAMES)))
    words, terminal, prose = doc.words, doc.terminal, doc.prose
    f = FEATURE
    x[:, f["log_words"]] = np.log1p(words)
    x[:, f["stopword_density"]] = doc.density
    x[:, f["no_stoplist"]] = 0.0 if doc.has_stoplist else 1.0
    x[:, f["terminal"]] = terminal
    x[:, _OWN_FEATURES] = doc.own
    x[:, _SHARE_FEATURES] = doc.char_shares
    x[:, f["duplicate"]] = np.log(np.bincount(doc.text_id)[doc.text_id])
    x[:, f["prose"]] = prose
    x[:, f["blank_before"]] = doc.blank_before
    position = np.arange(n)
    x[:, f["relative_position"]] = position / n
    _prose_context(x, prose, words, position)
    x[:, f["short_run"]] = np.log1p(doc.short_runs)
    # the blocks before and after: their cues, 0 beyond either end of the document
    x[1:, _PREV_FEATURES] = x[:-1, _NEIGHBOUR_CUES]
    x[:-1, _NEXT_FEATURES] = x[1:, _NEIGHBOUR_CUES]
    x[0, f["first_block"]] = 1.0
    paragraphs = doc.paragraph
    x[:, f["paragraph_blocks"]] = np.log1p(np.bincount(paragraphs)[paragraphs])
    # a short block without a full stop over a prose block (the last block has none below it)
    x[:-1, f["heading_like"]] = (words[:-1] <= HEADING_MAX_WORDS) & ~terminal[:-1] & (words[1:] >= PROSE_MIN_WORDS)
    _clusters(x, prose, words, position)
    # the blocks within WINDOW of each: the share of their words in prose blocks, of them short or dated
    counted = np.column_stack([
        np.where(prose, words, 0), words, words <= SHORT_MAX_WORDS, doc.own[:, _OWN_NAMES.index("date_like")] != 0,
    ])
    in_window, blocks = window_sums(counted, WINDOW)
    prose_words, all_words = in_window[:, 0], in_window[:, 1]
    x[:, f["window_prose"]] = prose_words / np.where(all_words == 0, 1, all_words)
    x[:, [f["window_short"], f["window_date"]]] = in_window[:, 2:] / blocks[:, None]
    _comment_context(x, doc.comment_signals)
    return x


def _comment_context(x: np.ndarray, signals: np.ndarray) -> None:
    """A comment thread's lines around each block: a thread's dates and buttons recur below its
    article (Dragnet's golds cut reader comments, CleanEval's keep some: the scorer weighs it).
    The block's own signals, the share of the blocks within WINDOW that carry one, and how many
    blocks carry one before it and after it."""
    f = FEATURE
    x[:, [f["comment_time"], f["comment_reply"]]] = signals
    signalled = signals.max(axis=1, initial=0)
    in_window, blocks = window_sums(signalled[:, None], WINDOW)
    x[:, f["window_comments"]] = in_window[:, 0] / blocks
    up_to = np.cumsum(signalled)
    x[:, f["comments_before"]] = np.log1p(up_to - signalled)
    x[:, f["comments_after"]] = np.log1p(up_to[-1] - up_to) if len(up_to) else 0.0


def window_sums(values: np.ndarray, half_width: int) -> tuple[np.ndarray, np.ndarray]:
    """The sums of each column of `values` (rows, columns) over each row's window (the rows at
    most `half_width` away), and how many rows each window holds."""
    n = len(values)
    position = np.arange(n)
    lo, hi = np.maximum(position - half_width, 0), np.minimum(position + half_width + 1, n)
    sums = np.zeros((n + 1, values.shape[1]), dtype=values.dtype)
    np.cumsum(values, axis=0, out=sums[1:])
    return sums[hi] - sums[lo], hi - lo


def _clusters(x: np.ndarray, prose: np.ndarray, words: np.ndarray, position: np.ndarray) -> None:
    """Where the block sits relative to the clusters of prose (see CLUSTER_GAP): inside the main
    one, how far before or after it, and the share of the document's prose words in the cluster
    that spans the block (0 outside every cluster)."""
    f = FEATURE
    flagged = np.flatnonzero(prose)
    if not len(flagged):
        x[:, f["before_main_cluster"]] = x[:, f["after_main_cluster"]] = math.log1p(DISTANCE_CAP)
        return
    cluster = np.concatenate(([0], np.cumsum(np.diff(flagged) - 1 > CLUSTER_GAP)))
    cluster_words = np.bincount(cluster, words[flagged].astype(float))
    main = int(np.argmax(cluster_words))  # the first of equal clusters
    first, last = flagged[cluster == main][0], flagged[cluster == main][-1]
    x[:, f["in_main_cluster"]] = (position >= first) & (position <= last)
    x[:, f["before_main_cluster"]] = np.log1p(_capped(first - position))
    x[:, f["after_main_cluster"]] = np.log1p(_capped(position - last))
    # the prose blocks at or before and at or after each block: the same cluster spans it
    before = np.searchsorted(flagged, position, side="right") - 1
    after = np.searchsorted(flagged, position, side="left")
    inside = (before >= 0) & (after < len(flagged))
    spanned = np.where(inside, cluster[np.maximum(before, 0)], -1)
    spanned = np.where(inside & (spanned == cluster[np.minimum(after, len(flagged) - 1)]), spanned, -1)
    share = cluster_words / cluster_words.sum()
    x[:, f["cluster_share"]] = np.where(spanned >= 0, share[np.maximum(spanned, 0)], 0.0)


def _prose_context(x: np.ndarray, prose: np.ndarray, words: np.ndarray, position: np.ndarray) -> None:
    """Where the block sits relative to the document's prose."""
    f = FEATURE
    prose_words = np.where(prose, words, 0)
    total = int(prose_words.sum()) or 1
    before = np.cumsum(prose_words) - prose_words
    x[:, f["prose_before"]] = before / total
    x[:, f["prose_after"]] = (total - before - prose_words) / total
    flagged = np.flatnonzero(prose)
    if len(flagged):
        x[:, f["in_main_run"]] = (position >= flagged[0]) & (position <= flagged[-1])
    x[:, f["prev_prose_distance"]] = np.log1p(_distances(prose))
    x[:, f["next_prose_distance"]] = np.log1p(_distances(prose[::-1])[::-1])


def _capped(distances: np.ndarray) -> np.ndarray:
    """Distances clipped to [0, DISTANCE_CAP] (np.clip's own checks cost more than the sums)."""
    return np.minimum(np.maximum(distances, 0), DISTANCE_CAP)


def _distances(flags: np.ndarray) -> np.ndarray:
    """For each position, how many blocks back the nearest flagged one is (capped)."""
    position = np.arange(len(flags))
    last = np.maximum.accumulate(np.where(flags, position, -1))
    last_before = np.concatenate(([-1], last[:-1]))
    return np.where(last_before >= 0, np.minimum(position - last_before, DISTANCE_CAP), DISTANCE_CAP)


def short_runs(words: np.ndarray) -> np.ndarray:
    """For each short block, the length of the run of short blocks it belongs to (else 0)."""
    short = words <= SHORT_MAX_WORDS
    edges = np.diff(np.concatenate(([0], short.astype(np.int8), [0])))
    lengths = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    runs = np.zeros(len(words), dtype=np.int64)
    runs[short] = np.repeat(lengths, lengths)
    return runs



# The second stage's view of the first stage's scores (context_matrix). Boilerplate comes in
# runs and the article in one main run: a block between two blocks the first stage trusts is
# likely article text, a lone block that looks like prose amid a menu or a comment thread less so.
# Blocks scoring at least HIGH_SCORE are "trusted"; SCORE_WINDOWS are the half-widths (blocks on
# each side) of the windows the scores are averaged over.
HIGH_SCORE = 0.5
SCORE_WINDOWS = (2, 5, 10)
CONTEXT_NAMES = (
    "first_score", "prev_score", "prev2_score", "next_score", "next2_score",
    *(f"window{w}_score{kind}" for w in SCORE_WINDOWS for kind in ("", "_by_words")),
    "trusted_words_before", "trusted_words_after",
    "in_trusted_run", "before_trusted_run", "after_trusted_run", "trusted_run_share",
    "document_score", "document_trusted_share", "prev_trusted_distance", "next_trusted_distance",
)


def context_matrix(p: np.ndarray, words: np.ndarray) -> np.ndarray:
    """One row of CONTEXT_NAMES per block: the first stage's scores `p` of the block, of its
    neighbours, and of the runs of trusted blocks around it. `words`: the blocks' word counts."""
    n = len(p)
    position = np.arange(n)
    log_words = np.log1p(words)
    x = np.zeros((n, len(CONTEXT_NAMES)))
    c = CONTEXT
    x[:, c["first_score"]] = p
    # the neighbours' scores, 0 beyond either end of the document
    x[1:, c["prev_score"]], x[2:, c["prev2_score"]] = p[:-1], p[:-2]
    x[:-1, c["next_score"]], x[:-2, c["next2_score"]] = p[1:], p[2:]
    weighed = np.column_stack([p, p * log_words, log_words])
    for w in SCORE_WINDOWS:  # the mean score of the window, and its mean weighed by the blocks' log_words
        sums, blocks = window_sums(weighed, w)
        x[:, c[f"window{w}_score"]] = sums[:, 0] / blocks
        x[:, c[f"window{w}_score_by_words"]] = np.divide(sums[:, 1], sums[:, 2], out=np.zeros(n), where=sums[:, 2] > 0)
    trusted = p >= HIGH_SCORE
    trusted_words = np.where(trusted, words, 0).astype(float)
    total = trusted_words.sum() or 1.0
    before = np.cumsum(trusted_words) - trusted_words
    x[:, c["trusted_words_before"]] = before / total
    x[:, c["trusted_words_after"]] = (total - before - trusted_words) / total
    x[:, _TRUSTED_RUN_FEATURES] = np.column_stack(_trusted_run(trusted, words, position))
    x[:, c["document_score"]] = np.average(p, weights=log_words) if log_words.sum() > 0 else 0.0
    x[:, c["document_trusted_share"]] = trusted_words.sum() / max(int(words.sum()), 1)
    x[:, c["prev_trusted_distance"]] = np.log1p(_distances(trusted))
    x[:, c["next_trusted_distance"]] = np.log1p(_distances(trusted[::-1])[::-1])
    return x


CONTEXT = {name: i for i, name in enumerate(CONTEXT_NAMES)}
_TRUSTED_RUN_FEATURES = np.array([
    CONTEXT[name] for name in ("in_trusted_run", "before_trusted_run", "after_trusted_run", "trusted_run_share")
])


def _trusted_run(trusted: np.ndarray, words: np.ndarray, position: np.ndarray) -> list[np.ndarray]:
    """The main run of trusted blocks (gaps of at most CLUSTER_GAP blocks, the run with the most
    words): inside it, how far before or after it, and its share of the trusted runs' words."""
    n = len(trusted)
    flagged = np.flatnonzero(trusted)
    if not len(flagged):
        far = np.full(n, math.log1p(DISTANCE_CAP))
        return [np.zeros(n), far, far.copy(), np.zeros(n)]
    run = np.concatenate(([0], np.cumsum(np.diff(flagged) - 1 > CLUSTER_GAP)))
    run_words = np.bincount(run, words[flagged].astype(float) + 1)
    main = int(np.argmax(run_words))
    first, last = flagged[run == main][0], flagged[run == main][-1]
    return [
        ((position >= first) & (position <= last)).astype(float),
        np.log1p(_capped(first - position)),
        np.log1p(_capped(position - last)),
        np.full(n, run_words[main] / run_words.sum()),
    ]
