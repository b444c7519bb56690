"""Stage 5: heuristics that find boilerplate no rule names.

Each block is described by language-neutral features: length, stopword density (jusText's
stoplists, language guessed per document), terminal punctuation, capitalization, digits,
symbols, list markers, promo vocabulary, position, where the article's main run of prose
begins and ends, and the same cues for its neighbours (context). A small logistic scorer,
trained from the dev pages by scripts/train_scorer.py and shipped as data
(cleaner/data/scorer.json), turns them into a probability that the block is article text.
Every verdict names the features that tipped it.

Two structural heuristics sit beside the scorer: reader comments rendered as a numbered list
after the story, and (in decide.py) a poll's question above its consent line.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner import language
from cleaner.model import Block, Category, Verdict

# A block with at least this many words and this stopword density is prose on its own; the
# first and last such block bound the article's main run.
PROSE_MIN_WORDS = 12
PROSE_MIN_STOPWORD_DENSITY = 0.2
# Blocks of at most this many words are "short"; runs of them are menus and link lists.
SHORT_MAX_WORDS = 4
# A list item after the article's last prose, set off by a wider gap than the document's
# paragraphs, with at least this many words, reads as a reader comment.
COMMENT_MIN_WORDS = 12
# A title opens the document at most this many blocks above the first prose block, and has
# this many words.
TITLE_LOOKBACK_BLOCKS = 3
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
# A document with at least this share of its words in prose blocks and no run of this many
# short blocks reads as already extracted; the scorer then needs a probability below
# EXTRACTED_THRESHOLD to remove a block. Swept on the dev pages (share 0.5-0.8, run 2-6,
# threshold 0-0.2): this kept full-page F1 and gained the most on trafilatura's output.
EXTRACTED_MIN_PROSE_SHARE = 0.6
MENU_RUN_BLOCKS = 3
EXTRACTED_THRESHOLD = 0.2
# Context window (blocks on each side) for the local share of prose words.
WINDOW = 3
# Distances to the nearest prose block are capped here: farther is simply "far".
DISTANCE_CAP = 50
# How many features a verdict's reason names (those that pushed the score down the most).
REASON_FEATURES = 3

_TERMINAL = (".", "!", "?", "…", "。", "！", "？", '"', "”", "’", "»", ")", "“")
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·▪►◦»›])\s+")
_INDENTED_NUMBERED = regex.compile(r"^\s+\d{1,3}\.\s+\S")
_SEPARATOR = regex.compile(r"\s[|•·»›/–]\s|\s[|•·»›]|[|•·»›]\s")
_URL_OR_EMAIL = regex.compile(r"https?://|www\.|\S@\S+\.\w")
_DATE = regex.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b")
# Words of page furniture in the languages of our users; a cue, not a verdict.
_FURNITURE = regex.compile(
    r"\b(?:login|log\s?in|sign\s?in|sign\s?up|register|subscribe|newsletter|share|tweet|follow|"
    r"cookies?|privacy|terms|imprint|impressum|datenschutz|anmelden|registrieren|abonnieren|teilen|"
    r"kontakt|contact|menu|menü|search|suche|home|startseite|copyright|advertis\w*|werbung|anzeige|"
    r"related|weitere|mehr|more|comments?|kommentare?|iniciar|suscr\w+|compartir|publicidad|"
    r"connexion|partager|zaloguj|udostępnij|reklama)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Document:
    """What the heuristics know of the whole document."""

    blocks: list[Block]
    lines: list[str]
    stopwords: frozenset[str]
    paragraph_gap: int  # blank lines a typical paragraph break has in this document
    tokens: list[list[str]]  # lower-cased words of each block


def describe_document(blocks: list[Block], lines: list[str], language_hint: str | None = None) -> Document:
    tokens = [language.words(b.text) for b in blocks]  # once per block, for every use below
    if language_hint:
        stopwords = language.stopwords_for(language_hint)
    else:
        stopwords = language.stopwords_for(language.guess_language(_sample_tokens(blocks, tokens)))
    # The commonest gap between blocks, ties to the smaller: with one gap there is nothing to
    # compare, and a single blank line is the usual paragraph break.
    gaps = [b.blank_lines_before for b in blocks[1:]]
    typical_gap = min(set(gaps), key=lambda g: (-gaps.count(g), g)) if len(gaps) > 1 else 1
    return Document(blocks, lines, stopwords, typical_gap, tokens)


def _sample_tokens(blocks: list[Block], tokens: list[list[str]], limit: int = 3000) -> list[str]:
    """Tokens of the longest blocks: the prose, where the language shows best."""
    sample: list[str] = []
    for index in sorted(range(len(blocks)), key=lambda i: len(blocks[i].text), reverse=True):
        sample.extend(tokens[index])
        if len(sample) >= limit:
            break
    return sample


@dataclass(frozen=True)
class Basics:
    """Per-block measurements the features are made of."""

    words: int
    density: float
    terminal: bool
    terminal_period: bool  # ends with "." or ":" (a sentence or a lead-in, not a headline)


FEATURE_NAMES = (
    "log_words", "stopword_density", "no_stoplist", "terminal", "colon_end", "title_case",
    "digit_share", "symbol_share", "caps_share", "avg_word_length", "list_marker", "separators",
    "furniture_words", "url_or_email", "date_like", "duplicate", "prose", "blank_before",
    "relative_position", "prose_before", "prose_after", "in_main_run", "short_run",
    "prev_log_words", "prev_density", "prev_terminal", "next_log_words", "next_density",
    "next_terminal", "first_block", "window_prose", "prev_prose_distance", "next_prose_distance",
    "paragraph_blocks", "heading_like",
)


def basics(doc: Document) -> list[Basics]:
    out = []
    is_stopword = doc.stopwords.__contains__
    for block, tokens in zip(doc.blocks, doc.tokens):
        density = sum(map(is_stopword, tokens)) / len(tokens) if tokens else 0.0
        text = block.text
        out.append(Basics(len(text.split()), density, text.endswith(_TERMINAL), text.endswith((".", ":", "。"))))
    return out


def _is_prose(b: Basics, has_stoplist: bool) -> bool:
    return b.words >= PROSE_MIN_WORDS and (b.density >= PROSE_MIN_STOPWORD_DENSITY or not has_stoplist)


def feature_vectors(doc: Document, base: list[Basics]) -> list[list[float]]:
    has_stoplist = bool(doc.stopwords)
    n = len(doc.blocks)
    prose = [_is_prose(b, has_stoplist) for b in base]
    prose_words = [b.words if p else 0 for b, p in zip(base, prose)]
    total_prose = sum(prose_words) or 1
    first_prose = prose.index(True) if any(prose) else n
    last_prose = n - 1 - prose[::-1].index(True) if any(prose) else -1
    short_run = _short_runs(base)
    counts: dict[str, int] = {}
    paragraph_size: dict[int, int] = {}
    for block in doc.blocks:
        counts[block.text] = counts.get(block.text, 0) + 1
        paragraph_size[block.paragraph] = paragraph_size.get(block.paragraph, 0) + 1
    prev_prose = _distances(prose)
    next_prose = _distances(prose[::-1])[::-1]
    word_counts = [b.words for b in base]
    vectors = []
    before = 0
    for i, (block, b) in enumerate(zip(doc.blocks, base)):
        text = block.text
        letters = sum(map(str.isalpha, text))
        word_list = text.split()
        alpha_words = [w for w in word_list if w[0].isalpha()]
        prev = base[i - 1] if i > 0 else None
        nxt = base[i + 1] if i + 1 < n else None
        vectors.append([
            math.log1p(b.words),
            b.density,
            0.0 if has_stoplist else 1.0,
            float(b.terminal),
            float(text.endswith(":")),
            sum(1 for w in alpha_words if w[0].isupper()) / len(alpha_words) if len(alpha_words) > 1 else 0.5,
            sum(map(str.isdigit, text)) / len(text),
            (len(text) - sum(map(str.isalnum, text)) - sum(map(str.isspace, text))) / len(text),
            sum(map(str.isupper, text)) / letters if letters else 0.0,
            min(len(text) / max(b.words, 1), 20.0) / 10.0,
            float(bool(_LIST_MARKER.match(doc.lines[block.first_line]))),
            math.log1p(len(_SEPARATOR.findall(text))),
            min(len(_FURNITURE.findall(text)), 3) / 3,
            float(bool(_URL_OR_EMAIL.search(text))),
            float(bool(_DATE.search(text))),
            math.log(counts[text]),
            float(prose[i]),
            float(block.blank_lines_before > 0),
            i / n,
            before / total_prose,
            (total_prose - before - prose_words[i]) / total_prose,
            float(first_prose <= i <= last_prose),
            math.log1p(short_run[i]),
            math.log1p(prev.words) if prev else 0.0,
            prev.density if prev else 0.0,
            float(prev.terminal) if prev else 0.0,
            math.log1p(nxt.words) if nxt else 0.0,
            nxt.density if nxt else 0.0,
            float(nxt.terminal) if nxt else 0.0,
            float(i == 0),
            sum(prose_words[max(0, i - WINDOW):i + WINDOW + 1]) / (sum(word_counts[max(0, i - WINDOW):i + WINDOW + 1]) or 1),
            math.log1p(prev_prose[i]),
            math.log1p(next_prose[i]),
            math.log1p(paragraph_size[block.paragraph]),
            float(b.words <= 15 and not b.terminal and nxt is not None and nxt.words >= PROSE_MIN_WORDS),
        ])
        before += prose_words[i]
    return vectors


def _distances(flags: list[bool]) -> list[int]:
    """For each position, how many blocks back the nearest flagged one is (capped)."""
    out, last = [], None
    for i, flag in enumerate(flags):
        out.append(min(i - last, DISTANCE_CAP) if last is not None else DISTANCE_CAP)
        if flag:
            last = i
    return out


def _short_runs(base: list[Basics]) -> list[int]:
    """For each short block, the length of the run of short blocks it belongs to (else 0)."""
    runs = [0] * len(base)
    i = 0
    while i < len(base):
        if base[i].words > SHORT_MAX_WORDS:
            i += 1
            continue
        j = i
        while j < len(base) and base[j].words <= SHORT_MAX_WORDS:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j
    return runs


# One tree node: (feature index, threshold, left, right, value); a leaf has feature index -1.
Node = tuple[int, float, int, int, float]


@dataclass(frozen=True)
class Scorer:
    """Boosted decision trees: P(article text) from the features. Pure Python at inference.

    Trained by scripts/train_scorer.py (scikit-learn's HistGradientBoostingClassifier) and
    exported node by node; inference walks each tree and needs no library.
    """

    baseline: float
    trees: tuple[tuple[Node, ...], ...]
    threshold: float

    @classmethod
    def from_file(cls, path: Path) -> "Scorer":
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError(f"{path}: trained on other features; retrain with scripts/train_scorer.py")
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(data["baseline"], trees, data["threshold"])

    def raw(self, vector: list[float]) -> float:
        return self._compiled(vector)

    @functools.cached_property
    def _compiled(self):
        """The trees as one Python function of nested ifs: ~3x faster than walking tuples."""
        lines = ["def raw(v):", f"    t = {float(self.baseline)!r}"]
        for tree in self.trees:
            _emit(tree, 0, 1, lines, attribute=False)
        return _define("raw", lines + ["    return t"])

    @functools.cached_property
    def _compiled_pushes(self):
        lines = ["def pushes(v, p):"]
        for tree in self.trees:
            _emit(tree, 0, 1, lines, attribute=True)
        return _define("pushes", lines + ["    return p"])

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for generated in ("_compiled", "_compiled_pushes"):
            state.pop(generated, None)  # generated functions do not pickle; they are rebuilt
        return state

    def probability(self, vector: list[float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(min(self.raw(vector), 30.0), -30.0)))

    def pushes(self, vector: list[float]) -> list[float]:
        """How much each feature's splits moved the score (path attribution over all trees)."""
        pushes = [0.0] * len(FEATURE_NAMES)
        self._compiled_pushes(vector, pushes)
        return pushes

    def explain(self, vector: list[float]) -> str:
        """The features whose splits pushed the score down the most."""
        pushes = self.pushes(vector)
        worst = sorted(range(len(pushes)), key=pushes.__getitem__)[:REASON_FEATURES]
        return ", ".join(f"{FEATURE_NAMES[i]}={vector[i]:.2f} ({pushes[i]:+.2f})" for i in worst)


def _emit(tree: tuple[Node, ...], index: int, depth: int, lines: list[str], attribute: bool) -> None:
    """Source for one tree: add the leaf value to t, or (attribute) each split's move to p[feature]."""
    feature, threshold, left, right, value = tree[index]
    pad = "    " * depth
    if feature < 0:
        lines.append(f"{pad}{'pass' if attribute else f't += {float(value)!r}'}")
        return
    feature = int(feature)
    for branch, child in (("if", int(left)), ("else", int(right))):
        head = f"if v[{feature}] <= {float(threshold)!r}:" if branch == "if" else "else:"
        lines.append(pad + head)
        if attribute:
            lines.append(f"{pad}    p[{feature}] += {float(tree[child][4] - value)!r}")
        _emit(tree, child, depth + 1, lines, attribute)


def _define(name: str, lines: list[str]):
    namespace: dict = {}
    exec("\n".join(lines), namespace)  # only numbers from the scorer file go into the source
    return namespace[name]


@functools.lru_cache(maxsize=1)
def default_scorer() -> Scorer | None:
    path = Path(__file__).parent / "data" / "scorer.json"
    return Scorer.from_file(path) if path.exists() else None


def judge(doc: Document, scorer: Scorer | None = None, extracted: bool = False) -> dict[int, Verdict]:
    """Heuristic verdicts by block index."""
    if not doc.blocks:
        return {}
    base = basics(doc)
    verdicts: dict[int, Verdict] = {}
    scorer = scorer or default_scorer()
    if scorer is not None:
        threshold = scorer.threshold
        if extracted or looks_extracted(base, bool(doc.stopwords)):
            threshold = min(threshold, EXTRACTED_THRESHOLD)
        for i, vector in enumerate(feature_vectors(doc, base)):
            p = scorer.probability(vector)
            if p < threshold:
                verdicts[i] = Verdict(
                    Category.BOILERPLATE,
                    "heuristic:scorer",
                    f"article-text score {p:.2f} < {threshold:.2f}; {scorer.explain(vector)}",
                )
        title = title_block(base, bool(doc.stopwords))
        if title is not None:
            verdicts.pop(title, None)
    verdicts.update(trailing_comment_list(doc, base))
    return verdicts


def looks_extracted(base: list[Basics], has_stoplist: bool) -> bool:
    """Text an extractor already cleaned: mostly prose, and no menu-like run of short blocks.

    There the scorer only removes what it is sure of: on trafilatura's output its default
    threshold cost recall for little precision (measured on the dev pages).
    """
    words = sum(b.words for b in base) or 1
    prose = sum(b.words for b in base if _is_prose(b, has_stoplist))
    return prose / words >= EXTRACTED_MIN_PROSE_SHARE and max(_short_runs(base), default=0) < MENU_RUN_BLOCKS


def title_block(base: list[Basics], has_stoplist: bool) -> int | None:
    """The article's title: a title-like first block, at most a few blocks above the first prose.

    A scraped article starts with its headline; the scorer, which sees a short line without a
    full stop, could drop it. Only the document's first block is protected: on flattened whole
    pages the line just above the story is as often a menu, a date or a teaser as the headline
    (measured on the dev pages), and there the scorer judges better.
    """
    first_prose = next((i for i, b in enumerate(base) if b.terminal and _is_prose(b, has_stoplist)), None)
    if first_prose is None or first_prose > TITLE_LOOKBACK_BLOCKS or not _title_like(base[0]):
        return None
    return 0


def _title_like(b: Basics) -> bool:
    return TITLE_MIN_WORDS <= b.words <= TITLE_MAX_WORDS and not b.terminal_period


def trailing_comment_list(doc: Document, base: list[Basics]) -> dict[int, Verdict]:
    """Reader comments rendered as a numbered list after the story, set off by a wider gap.

    Comment threads are ordered lists (`<ol class="commentlist">`); flattened to text they
    become indented "1. ..." items at the very end, after more blank lines than the
    document's own paragraph breaks.
    """
    blocks = doc.blocks
    for start in range(1, len(blocks)):
        block = blocks[start]
        if block.blank_lines_before <= doc.paragraph_gap:
            continue
        tail = range(start, len(blocks))
        if all(
            _INDENTED_NUMBERED.match(doc.lines[blocks[i].first_line]) and base[i].words >= COMMENT_MIN_WORDS
            for i in tail
        ):
            return {
                i: Verdict(
                    Category.COMMENTS,
                    "heuristic:trailing-comment-list",
                    f"numbered item after the article, set off by {block.blank_lines_before} blank lines "
                    f"(paragraphs here use {doc.paragraph_gap}); {base[i].words} words",
                )
                for i in tail
            }
    return {}
