"""Stage 1 for HTML, second half: which of the page's paragraphs are the article.

Two extractors look at every page: trafilatura (its main text) and jusText (a class for each
paragraph). Neither is right everywhere, and ensembles of extractors beat every single one
(Bevendorff et al., "An Empirical Comparison of Web Content Extraction Algorithms", SIGIR 2023).
Here the ensemble is learned, paragraph by paragraph: each of jusText's paragraphs
(cleaner.paragraphs) is described by

- what the extractors say of it: how much of it trafilatura's text holds, and where it sits
  relative to trafilatura's text; jusText's classes, for it and its neighbours;
- its markup: link density, heading, the tags on its path;
- its text, with the features the plain-text scorer reads (cleaner.features, prefixed "text_");

and boosted trees trained on the dev pages (scripts/train_scorer.py --target blocks, shipped as
cleaner/data/block_scorer.json) keep the paragraphs likely to be article text, in page order.
"""

from __future__ import annotations

import bisect
import functools
import math
from pathlib import Path
from typing import Iterator

import ahocorasick
import numpy as np
from justext.core import define_stoplist

from cleaner import features
from cleaner.normalize import normalize_lines
from cleaner.paragraphs import Block
from cleaner.scorer import Scorer
from cleaner.model import Block as TextBlock
from cleaner.model import made_fast

# trafilatura lines shorter than this are not looked for inside a paragraph: "Home" or "Share"
# would be found in many.
MIN_MATCHED_LINE_CHARS = 15
# Paragraphs times main-text characters up to which each paragraph is looked for in the main text
# on its own (C-speed substring search, a few ms at most); beyond, an Aho-Corasick scan keeps
# it linear on pages of thousands of paragraphs.
SUBSTRING_SEARCH_MAX_WORK = 20_000_000
# Aho-Corasick keys are cut to this many characters, and a hit of a cut key is checked in full:
# pyahocorasick frees its trie recursively, one C stack frame per character of the longest key,
# and a key of ~500,000 characters (one huge paragraph, or a page of 100,000 spans) overflows
# the stack and kills the process. Paragraphs and main-text lines longer than this are rare.
MAX_KEY_CHARS = 1_000
# Distances (in paragraphs) to trafilatura's nearest paragraph are capped: farther is "far".
DISTANCE_CAP = 50
# jusText's classes as numbers (-1: none), ordered from boilerplate to article text.
JUSTEXT_CLASS = {"bad": 0, "short": 1, "neargood": 2, "good": 3}
# Tags whose presence on a paragraph's path tells where it sits (lists, tables, page furniture).
PATH_TAGS = ("li", "a", "td", "footer", "header", "nav", "aside", "form", "article", "main", "p", "h1", "h2", "h3",
             "span", "div", "section", "ul", "table")
# Tags that may close a paragraph's path (its own element).
OWN_TAGS = ("a", "li", "p", "td", "span", "div")

PAGE_FEATURE_NAMES = (
    "trafilatura_share", "justext_class", "justext_first_class", "link_density", "stopword_density", "heading",
    "log_chars", "dom_depth", "in_trafilatura_span", "trafilatura_distance", "page_position",
    "prev_trafilatura_share", "next_trafilatura_share", "prev_justext_class", "next_justext_class",
    "trafilatura_empty", "log_trafilatura_chars",
    *(f"path_{tag}" for tag in PATH_TAGS), *(f"own_{tag}" for tag in OWN_TAGS),
)
FEATURE_NAMES = PAGE_FEATURE_NAMES + tuple(f"text_{name}" for name in features.FEATURE_NAMES)
_COLUMN = {name: i for i, name in enumerate(FEATURE_NAMES)}
_TEXT_COLUMNS = slice(len(PAGE_FEATURE_NAMES), len(FEATURE_NAMES))


def squash(text: str) -> str:
    return " ".join(text.split())


def trafilatura_shares(texts: list[str], main_text: str) -> np.ndarray:
    """For each paragraph, the share of its characters that trafilatura's `main_text` holds.

    1 when the whole paragraph is in the main text (trafilatura may join paragraphs into one
    line); otherwise the share covered by main-text lines found inside it (it may split one),
    found with one Aho-Corasick scan of the paragraphs (_found_in says how whole paragraphs are
    looked for).
    """
    shares = np.zeros(len(texts))
    if not main_text or not texts:
        return shares
    flat = squash(main_text)
    inside = _found_in(texts, flat)
    lines = {squash(line) for line in main_text.split("\n")}
    lines = [line for line in lines if len(line) >= MIN_MATCHED_LINE_CHARS]
    if lines:
        joined = "\n".join(texts)
        starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
        covered = np.zeros(len(texts))
        for start, k in occurrences(lines, joined):
            covered[bisect.bisect_right(starts, start) - 1] += len(lines[k])
        lengths = np.array([max(len(t), 1) for t in texts])
        shares = np.minimum(covered / lengths, 1.0)
    shares[inside] = 1.0
    return shares


def _found_in(texts: list[str], flat: str) -> np.ndarray:
    """Which of `texts` occur in `flat`: one substring search each while that is cheap (on most
    pages it is, and it beats building an automaton), else one scan of `flat` for all of them."""
    if len(texts) * len(flat) <= SUBSTRING_SEARCH_MAX_WORK:
        return np.array([bool(text) and text in flat for text in texts], dtype=bool)
    distinct = list(dict.fromkeys(text for text in texts if text))
    seen = set()
    for _, k in occurrences(distinct, flat):
        seen.add(distinct[k])
    return np.array([text in seen for text in texts], dtype=bool)


def occurrences(needles: list[str], haystack: str) -> Iterator[tuple[int, int]]:
    """(start, k) for every occurrence of needles[k] in `haystack`, from one Aho-Corasick scan
    (`needles` distinct and not empty). Keys are cut to MAX_KEY_CHARS; a longer needle is
    confirmed where its key is found."""
    by_key: dict[str, list[int]] = {}
    for k, needle in enumerate(needles):
        by_key.setdefault(needle[:MAX_KEY_CHARS], []).append(k)
    if not by_key:
        return
    automaton = ahocorasick.Automaton()
    for key, ks in by_key.items():
        automaton.add_word(key, (len(key), ks))
    automaton.make_automaton()
    for end, (length, ks) in automaton.iter(haystack):
        start = end - length + 1
        for k in ks:
            if len(needles[k]) == length or haystack.startswith(needles[k], start):
                yield start, k


def feature_matrix(blocks: list[Block], main_text: str, stopwords: frozenset[str]) -> np.ndarray:
    """One row of FEATURE_NAMES per paragraph; `blocks` carry jusText's classes already."""
    n = len(blocks)
    x = np.zeros((n, len(FEATURE_NAMES)))
    if not n:
        return x
    texts = [squash(b.text) for b in blocks]
    share = trafilatura_shares(texts, main_text)
    klass = np.array([JUSTEXT_CLASS.get(b.class_type, -1) for b in blocks], dtype=float)

    def put(name: str, values) -> None:
        x[:, _COLUMN[name]] = values

    put("trafilatura_share", share)
    put("justext_class", klass)
    put("justext_first_class", [JUSTEXT_CLASS.get(b.cf_class, -1) for b in blocks])
    put("link_density", [b.links_density() for b in blocks])
    # jusText's classifier measured the density against its own copy of the stoplist (the same
    # words): asked with that copy, each paragraph answers from its cache
    stoplist = define_stoplist(stopwords)
    put("stopword_density", [b.stopwords_density(stoplist) for b in blocks])
    put("heading", [b.heading for b in blocks])
    put("log_chars", np.log1p([len(t) for t in texts]))
    position = np.arange(n)
    taken = np.flatnonzero(share >= 0.5)
    if len(taken):
        put("in_trafilatura_span", (position >= taken[0]) & (position <= taken[-1]))
        put("trafilatura_distance", np.minimum(_nearest_distance(position, taken), DISTANCE_CAP))
    else:
        put("trafilatura_distance", DISTANCE_CAP)
    put("page_position", position / max(n - 1, 1))
    for prefix, shift in (("prev", 1), ("next", -1)):
        # -1 before the first and after the last paragraph: "no neighbour", unlike a share of 0
        put(f"{prefix}_trafilatura_share", features.shifted(share, shift, fill=-1.0))
        put(f"{prefix}_justext_class", features.shifted(klass, shift, fill=-1.0))
    put("trafilatura_empty", float(not main_text.strip()))
    put("log_trafilatura_chars", math.log1p(len(main_text)))
    # many paragraphs share a path: its columns are made once per distinct path
    numbers: dict[str, int] = {}
    path_number = [numbers.setdefault(b.dom_path, len(numbers)) for b in blocks]
    x[:, _PATH_COLUMNS] = np.array([_path_columns(path) for path in numbers])[path_number]
    x[:, _TEXT_COLUMNS] = _text_features(texts)
    return x


# dom_depth, then path_<tag> and own_<tag> in FEATURE_NAMES' order
_PATH_COLUMNS = [_COLUMN["dom_depth"]] + [_COLUMN[f"path_{tag}"] for tag in PATH_TAGS] + [
    _COLUMN[f"own_{tag}"] for tag in OWN_TAGS
]


def _path_columns(dom_path: str) -> list[float]:
    """What a paragraph's dotted tag path says: its depth, the tags on it, the tag it ends with."""
    tags = dom_path.split(".")
    return [len(tags), *(tag in tags for tag in PATH_TAGS), *(tags[-1] == tag for tag in OWN_TAGS)]


def _text_features(texts: list[str]) -> np.ndarray:
    """The plain-text scorer's features of the paragraphs, read as a document of one paragraph
    per line (blank lines between, so that each stays a block of its own)."""
    lines = normalize_lines([line for text in texts for line in (text, "")])
    blocks = _line_blocks(lines)
    x = features.feature_matrix(features.describe_document(blocks, lines))
    if len(blocks) == len(texts):
        return x
    # a paragraph that normalizing emptied (only invisible characters) has no block: zeros
    out = np.zeros((len(texts), x.shape[1]))
    out[[b.first_line // 2 for b in blocks]] = x
    return out


def _line_blocks(lines: list[str]) -> list[TextBlock]:
    """segment(lines) for paragraphs on the even lines with blank lines between, built directly:
    a blank line ends every block there, so each non-blank line is a block and a paragraph."""
    blocks: list[TextBlock] = []
    start = 0
    previous = -1  # line number of the last block
    for number in range(0, len(lines), 2):
        line = lines[number]
        stripped = line.strip()
        if stripped:
            blank = number - previous - 1
            blocks.append(made_fast(
                TextBlock, index=len(blocks), text=stripped, start=start, end=start + len(line), first_line=number,
                last_line=number, paragraph=len(blocks), blank_lines_before=blank,
            ))
            previous = number
        start += len(line) + 2  # the line, its "\n", the blank line's "\n"
    return blocks


def _nearest_distance(position: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """For each position, the distance to the nearest of the sorted `taken` positions."""
    right = np.searchsorted(taken, position).clip(0, len(taken) - 1)
    left = (right - 1).clip(0, len(taken) - 1)
    return np.minimum(np.abs(taken[right] - position), np.abs(position - taken[left]))


def article_text(blocks: list[Block], main_text: str, stopwords: frozenset[str], scorer: Scorer) -> str:
    """The paragraphs the scorer keeps, one a line, in page order ("" when none)."""
    if not blocks:
        return ""
    keep = scorer.probabilities(feature_matrix(blocks, main_text, stopwords)) >= scorer.threshold
    return "".join(squash(block.text) + "\n" for block, kept in zip(blocks, keep) if kept)


@functools.lru_cache(maxsize=1)
def default_block_scorer() -> Scorer | None:
    path = Path(__file__).parent / "data" / "block_scorer.json"
    return Scorer.from_file(path, FEATURE_NAMES) if path.exists() else None
