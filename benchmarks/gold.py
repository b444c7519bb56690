"""Quality benchmark on gold-bodies: 2,225 web pages with the main text a person kept.

    python benchmarks/gold.py [--data PATH] [--regimes gold,article,page,extracted,html,rules]
                              [--split tuning,heldout] [--datasets dragnet,...] [--limit N]
                              [--jobs N] [--cache DIR] [--inspect-split tuning] [--markdown]

Every system is measured in the same run, on every page of the chosen datasets, and scored with
the dataset README's metric: 4-token shingles of `\\w+` tokens, precision and recall per page,
averaged over pages, F1 the harmonic mean of the two averages. Pages are decoded exactly as that
README prescribes, so the baselines reproduce its reference table (see benchmarks/README.md).

Training scripts can import the pieces: `load_pages`, `read_html`, `decode_html`, `full_text`,
`article_region`, `oracle_lines`, `c4_lines`, `shingles`, `score_page`, `aggregate`.
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import datetime
import difflib
import functools
import gzip
import hashlib
import json
import multiprocessing
import os
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared/data/gold-bodies"
DATASETS = ("dragnet", "cleaneval-dev", "cleaneval-final", "readability")
SPLITS = ("tuning", "heldout", "all")
REGIMES = ("gold", "article", "page", "extracted", "html", "rules", "reference")
DEFAULT_REGIMES = REGIMES[:-1]  # "reference": only the README's five systems, no cleaner

# ---------------------------------------------------------------------------------------------
# Pages and their decoding (dataset README, "Encoding" > "Pages")
# ---------------------------------------------------------------------------------------------

# Bump when decode_html changes: it is part of every cache key.
DECODER_VERSION = "1"
CHARSET_SNIFF_BYTES = 16 * 1024
BOMS = ((codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16LE"), (codecs.BOM_UTF16_BE, "UTF-16BE"))

# WHATWG Encoding Standard: encoding name -> (Python codec, labels). Only the encodings a page
# could plausibly declare; a label missing here is tried through Python's aliases (below).
_WHATWG: dict[str, tuple[str, tuple[str, ...]]] = {
    "UTF-8": ("utf-8", ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
                        "x-unicode20utf8")),
    # a utf-16 label in a <meta> means UTF-8: the meta could not have been read otherwise
    "UTF-16 in meta": ("utf-8", ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
                                 "utf-16", "utf-16le", "unicodefffe", "utf-16be")),
    "windows-1252": ("cp1252", ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
                                "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
                                "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252")),
    "windows-1250": ("cp1250", ("cp1250", "windows-1250", "x-cp1250")),
    "windows-1251": ("cp1251", ("cp1251", "windows-1251", "x-cp1251")),
    "windows-1253": ("cp1253", ("cp1253", "windows-1253", "x-cp1253")),
    "windows-1254": ("cp1254", ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                                "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254")),
    "windows-1255": ("cp1255", ("cp1255", "windows-1255", "x-cp1255")),
    "windows-1256": ("cp1256", ("cp1256", "windows-1256", "x-cp1256")),
    "windows-1257": ("cp1257", ("cp1257", "windows-1257", "x-cp1257")),
    "windows-1258": ("cp1258", ("cp1258", "windows-1258", "x-cp1258")),
    "windows-874": ("cp874", ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874")),
    "iso-8859-2": ("iso8859-2", ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
                                 "iso_8859-2", "iso_8859-2:1987", "l2", "latin2")),
    "iso-8859-3": ("iso8859-3", ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                                 "iso_8859-3", "iso_8859-3:1988", "l3", "latin3")),
    "iso-8859-4": ("iso8859-4", ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                                 "iso_8859-4", "iso_8859-4:1988", "l4", "latin4")),
    "iso-8859-5": ("iso8859-5", ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                                 "iso88595", "iso_8859-5", "iso_8859-5:1988")),
    "iso-8859-7": ("iso8859-7", ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                                 "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987",
                                 "sun_eu_greek")),
    "iso-8859-13": ("iso8859-13", ("iso-8859-13", "iso8859-13", "iso885913")),
    "iso-8859-15": ("iso8859-15", ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15",
                                   "l9")),
    "koi8-r": ("koi8_r", ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r")),
    "koi8-u": ("koi8_u", ("koi8-ru", "koi8-u")),
    "gb18030": ("gb18030", ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                            "iso-ir-58", "x-gbk", "gb18030")),
    "big5-hkscs": ("big5hkscs", ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5")),
    "Shift_JIS": ("cp932", ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
                            "x-sjis")),
    "EUC-JP": ("euc_jp", ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp")),
    "windows-949": ("cp949", ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949")),
}
_LABELS = {label: name for name, (_, labels) in _WHATWG.items() for label in labels}
_CODECS = {name: codec for name, (codec, _) in _WHATWG.items()} | {"UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be"}
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([^\s=/>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_CONTENT_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([^\s"';]+)""", re.IGNORECASE)


def _c1_passthrough(error: UnicodeDecodeError) -> tuple[str, int]:
    # Browsers read windows-1252's five undefined bytes (0x81, 0x8D, ...) as U+0081 and so on.
    return "".join(chr(b) for b in error.object[error.start:error.end]), error.end


codecs.register_error("gold-c1-passthrough", _c1_passthrough)


@dataclass(frozen=True)
class Page:
    id: str
    dataset: str
    url: str | None
    lang: str | None
    gold: str  # articleBody: one paragraph per line, a blank line between paragraphs
    path: Path  # html/<id>.html.gz

    @property
    def heldout(self) -> bool:
        return is_heldout(self.id)

    @property
    def split(self) -> str:
        return "heldout" if self.heldout else "tuning"


def is_heldout(page_id: str) -> bool:
    """The README's held-back fifth."""
    return int(hashlib.sha1(page_id.encode("ascii")).hexdigest(), 16) % 5 == 0


def load_pages(data: Path, datasets: Iterable[str] = DATASETS, limit: int | None = None) -> list[Page]:
    """The pages of the chosen datasets in id order; with `limit`, the first N of each dataset."""
    with open(data / "ground-truth.json", encoding="utf-8") as handle:
        truth = json.load(handle)
    chosen = set(datasets)
    pages: list[Page] = []
    taken: Counter[str] = Counter()
    for page_id in sorted(truth):
        entry = truth[page_id]
        if entry["dataset"] not in chosen or (limit and taken[entry["dataset"]] >= limit):
            continue
        taken[entry["dataset"]] += 1
        pages.append(Page(page_id, entry["dataset"], entry.get("url"), entry.get("lang"), entry["articleBody"],
                          data / "html" / f"{page_id}.html.gz"))
    return pages


def read_html(page: Page) -> tuple[str, str]:
    """The page decoded as the README prescribes, and the encoding used."""
    return decode_html(gzip.decompress(page.path.read_bytes()))


def encoding_of_label(label: bytes) -> str | None:
    """The WHATWG encoding a charset label names, or None for a label browsers ignore."""
    text = label.decode("ascii", "replace").strip().lower()
    if text in _LABELS:
        return _LABELS[text]
    # Labels browsers do not list but Python knows ("euc_kr") are read through Python's name
    # for them; that is how the reference decoded cleaneval-final-621 (as windows-949).
    try:
        python_name = codecs.lookup(text).name
    except LookupError:
        return None
    return _LABELS.get(python_name) or _LABELS.get(python_name.replace("_", "-"))


def declared_encoding(head: bytes) -> str | None:
    """The first <meta charset> or <meta http-equiv=Content-Type content="...charset=..."> that
    names a known encoding."""
    for meta in _META.finditer(head):
        attributes = {}
        for name, value in _ATTRIBUTE.findall(meta.group(0)[5:]):
            attributes.setdefault(name.lower(), value.strip(b"\"'"))
        label = attributes.get(b"charset")
        if label is None and attributes.get(b"http-equiv", b"").strip().lower() == b"content-type":
            found = _CONTENT_CHARSET.search(attributes.get(b"content", b""))
            label = found.group(1) if found else None
        encoding = encoding_of_label(label) if label else None
        if encoding is not None:
            return "UTF-8" if encoding == "UTF-16 in meta" else encoding
    return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Bytes to text: a BOM, else the first meta naming a known encoding, else UTF-8, with the
    README's two exceptions (valid non-ASCII UTF-8 beats a legacy meta; undeclared bytes that are
    not UTF-8 are windows-1252, a browser's Western fallback)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(_CODECS[name], errors="replace"), name
    declared = declared_encoding(data[:CHARSET_SNIFF_BYTES])
    try:
        data.decode("utf-8")
        valid_utf8 = True
    except UnicodeDecodeError:
        valid_utf8 = False
    if declared is None:
        name = "UTF-8" if valid_utf8 else "windows-1252"
    elif declared != "UTF-8" and valid_utf8 and not data.isascii():
        name = "UTF-8"
    else:
        name = declared
    errors = "gold-c1-passthrough" if name.startswith("windows-125") else "replace"
    return data.decode(_CODECS[name], errors=errors), name


# Characters lxml cannot hold in a tree; html-text raises on them (cleaneval-final-161 only).
_LXML_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def full_text(html: str) -> str:
    """The whole page as text: html_text.extract_text(html, guess_layout=True)."""
    import html_text

    try:
        return html_text.extract_text(html, guess_layout=True)
    except ValueError:
        # stripped only where html-text fails, as the reference did: elsewhere these characters
        # are part of the page html-text saw
        return html_text.extract_text(_LXML_UNSTORABLE.sub("", html), guess_layout=True)


def trafilatura_text(html: str, favor_precision: bool = False) -> str:
    """trafilatura.extract with its defaults (or favor_precision); None counts as ""."""
    import trafilatura

    return trafilatura.extract(html, favor_precision=favor_precision) or ""


# ---------------------------------------------------------------------------------------------
# Systems that read the gold, and the C4 filter (README, "Reference figures")
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
HIT_MIN_CHARS = 20  # a hit line's joined tokens are longer than this
SHORT_LINE_TOKENS = 3  # shorter lines are "in the gold" for per-rule precision only as whole lines
C4_MIN_WORDS = 5
C4_ENDINGS = (".", "!", "?", '"', "'", "”", "’", ")")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def joined(text: str) -> str:
    """The text's tokens joined by one space: what the README's line tests compare."""
    return " ".join(_TOKEN.findall(text))


class GoldText:
    """The gold's tokens joined by one space, padded so a whole-token test is a substring test."""

    def __init__(self, gold: str) -> None:
        self.joined = joined(gold)
        self._padded = f" {self.joined} "
        self._lines = {joined(line) for line in gold.split("\n")}

    def has_tokens_of(self, line: str) -> bool:
        """The oracle-line test: the line has tokens and they occur in the gold as whole tokens."""
        line_joined = joined(line)
        return bool(line_joined) and f" {line_joined} " in self._padded

    def holds_line(self, line: str) -> bool:
        """Per-rule precision's test: the oracle-line test, and a line of fewer than
        SHORT_LINE_TOKENS tokens must be a whole line of the gold ("Comments" or "Share" occur
        in the prose of many golds without being lines of them)."""
        line_joined = joined(line)
        if not self.has_tokens_of(line):
            return False
        return line_joined.count(" ") + 1 >= SHORT_LINE_TOKENS or line_joined in self._lines

    def is_hit(self, line: str) -> bool:
        """The article-region test: over 20 characters of tokens found in the gold (a plain
        substring, not whole tokens)."""
        line_joined = joined(line)
        return len(line_joined) > HIT_MIN_CHARS and line_joined in self.joined


def article_region(text: str, gold: str | GoldText) -> str:
    """The text cropped to its first to last hit line, inclusive (all of it without a hit)."""
    gold = gold if isinstance(gold, GoldText) else GoldText(gold)
    lines = text.split("\n")
    hits = [i for i, line in enumerate(lines) if gold.is_hit(line)]
    if not hits:
        return text
    return "\n".join(lines[hits[0]:hits[-1] + 1])


def oracle_lines(text: str, gold: str | GoldText) -> str:
    """The lines whose tokens occur in the gold as whole tokens: the best a line filter can do."""
    gold = gold if isinstance(gold, GoldText) else GoldText(gold)
    return "\n".join(line for line in text.split("\n") if gold.has_tokens_of(line))


def c4_lines(text: str) -> str:
    """C4's line filter: ends in terminal punctuation, >= 5 words, no "javascript"."""
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if (stripped.endswith(C4_ENDINGS) and len(stripped.split()) >= C4_MIN_WORDS
                and "javascript" not in stripped.lower()):
            kept.append(line)
    return "\n".join(kept)


# ---------------------------------------------------------------------------------------------
# The metric (README, "Scoring")
# ---------------------------------------------------------------------------------------------

SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of the text's `size`-token windows; 1 to size-1 tokens make one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(zip(*(words[i:] for i in range(size))))


@dataclass(frozen=True)
class PageScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """None when the output has no shingle: such a page is left out of the precision average."""
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:  # gold and output both empty (never in the data)
            return 1.0
        return self.tp / (self.tp + self.fn)


def score_shingles(output: Counter, gold: Counter) -> PageScore:
    tp = sum((output & gold).values())  # multiset intersection
    return PageScore(tp=tp, fp=sum(output.values()) - tp, fn=sum(gold.values()) - tp)


def score_page(output: str, gold: str) -> PageScore:
    return score_shingles(shingles(output), shingles(gold))


@dataclass(frozen=True)
class Aggregate:
    pages: int
    precision: float  # mean over the pages whose output has a shingle
    recall: float  # mean over all pages
    f1: float  # harmonic mean of the two means, not a mean of per-page F1s
    without_output: int  # pages whose output has no shingle

    def cell(self) -> str:
        return f"{self.f1:.3f} / {self.precision:.3f} / {self.recall:.3f}"


def aggregate(scores: Iterable[PageScore]) -> Aggregate:
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Aggregate(len(scores), precision, recall, f1, len(scores) - len(precisions))


# How often the pages are drawn again for a difference's interval, and the draws' seed: the same
# every run, so a table does not change when nothing else did.
RESAMPLES = 1000
RESAMPLE_SEED = 20261203


def f1_difference(ours: list[PageScore], theirs: list[PageScore]) -> tuple[float, float, float]:
    """F1(ours) - F1(theirs) on the same pages, with its 95% interval from a paired bootstrap:
    the pages drawn again with replacement RESAMPLES times, both systems scored on each draw.
    An interval that holds 0 is a difference the pages cannot tell from noise."""
    import numpy as np

    def columns(scores: list[PageScore]) -> tuple[np.ndarray, np.ndarray]:
        precision = np.array([np.nan if s.precision is None else s.precision for s in scores])
        return precision, np.array([s.recall for s in scores])

    def f1(precision: np.ndarray, recall: np.ndarray) -> np.ndarray:
        p, r = np.nanmean(precision, axis=-1), recall.mean(axis=-1)
        return np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)

    draws = np.random.default_rng(RESAMPLE_SEED).integers(0, len(ours), size=(RESAMPLES, len(ours)))
    (p_ours, r_ours), (p_theirs, r_theirs) = columns(ours), columns(theirs)
    with np.errstate(all="ignore"):  # a draw of pages that all have no output has no precision
        differences = np.nan_to_num(f1(p_ours[draws], r_ours[draws]) - f1(p_theirs[draws], r_theirs[draws]))
    low, high = np.percentile(differences, [2.5, 97.5])
    return aggregate(ours).f1 - aggregate(theirs).f1, float(low), float(high)


# ---------------------------------------------------------------------------------------------
# The cleaner, in article or page mode, before and after Options(mode=...) exists
# ---------------------------------------------------------------------------------------------


def cleaner_options(mode: str):
    """Options(mode=...) where the cleaner has it; before that, Options(extracted=True) was
    article mode and the default was page mode."""
    import cleaner

    fields = {f.name for f in dataclasses.fields(cleaner.Options)}
    # the benchmark reads no removal reasons; explain=False gives the same text and removals, faster
    extra = {"explain": False} if "explain" in fields else {}
    if "mode" in fields:
        return cleaner.Options(mode=mode, **extra)
    return cleaner.Options(extracted=(mode == "article"), **extra)


@functools.cache
def make_cleaner(mode: str):
    import cleaner

    return cleaner.Cleaner(options=cleaner_options(mode))


@functools.lru_cache(maxsize=1)
def cleaner_source_hash() -> str:
    """A digest of the cleaner's code, data and rule files: cached clean_html outputs are only
    reused for the very same cleaner."""
    import cleaner
    from cleaner.rules import default_rules_dir

    digest = hashlib.sha256()
    folders = [Path(cleaner.__file__).parent, default_rules_dir()]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".toml"):
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------------------------------------
# Disk cache of the expensive per-page inputs
# ---------------------------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


@functools.lru_cache(maxsize=1)
def cache_keys() -> dict[str, str]:
    """One folder per input and library versions, so an upgrade never reuses a stale entry."""
    lxml, traf = _version("lxml"), _version("trafilatura")
    decoder = f"decoder{DECODER_VERSION}"
    return {
        "html": f"html-{decoder}",
        "encoding": f"encoding-{decoder}",
        "full_text": f"html_text-{_version('html-text')}-lxml-{lxml}-{decoder}",
        "trafilatura": f"trafilatura-{traf}-lxml-{lxml}-{decoder}",
        "trafilatura_precision": f"trafilatura-precision-{traf}-lxml-{lxml}-{decoder}",
        "clean_html": f"clean_html-{cleaner_source_hash()}-trafilatura-{traf}-justext-{_version('justext')}"
                      f"-lxml-{lxml}-{decoder}",
    }


class Cache:
    """Text files under folder/<key>/<page id>.txt; folder None = no cache."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, kind: str, page_id: str, compute: Callable[[], str]) -> str:
        if self.folder is None:
            return compute()
        path = self.folder / cache_keys()[kind] / f"{page_id}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8", errors="surrogatepass")
        text = compute()
        path.parent.mkdir(parents=True, exist_ok=True)
        # written aside and renamed: an interrupted run never leaves half a file behind
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8", errors="surrogatepass")
        partial.replace(path)
        return text


class PageInputs:
    """One page's inputs, each computed (or read from the cache) on first use."""

    def __init__(self, page: Page, cache: Cache) -> None:
        self.page = page
        self.cache = cache

    @functools.cached_property
    def _decoded(self) -> tuple[str, str]:
        return read_html(self.page)

    @functools.cached_property
    def html(self) -> str:
        return self.cache.get("html", self.page.id, lambda: self._decoded[0])

    @functools.cached_property
    def encoding(self) -> str:
        return self.cache.get("encoding", self.page.id, lambda: self._decoded[1])

    @functools.cached_property
    def full_text(self) -> str:
        return self.cache.get("full_text", self.page.id, lambda: full_text(self.html))

    @functools.cached_property
    def trafilatura(self) -> str:
        return self.cache.get("trafilatura", self.page.id, lambda: trafilatura_text(self.html))

    @functools.cached_property
    def trafilatura_precision(self) -> str:
        return self.cache.get("trafilatura_precision", self.page.id,
                              lambda: trafilatura_text(self.html, favor_precision=True))

    @functools.cached_property
    def clean_html(self) -> str:
        import cleaner

        url = self.page.url if self.page.url and self.page.url.startswith(("http://", "https://")) else None
        return self.cache.get("clean_html", self.page.id, lambda: cleaner.clean_html(self.html, url))


# ---------------------------------------------------------------------------------------------
# One page: every system of every regime
# ---------------------------------------------------------------------------------------------

DIFF_LINES = 12  # lines of diff kept per document for the worst-documents list
DIFF_WIDTH = 160


@dataclass
class GoldLoss:
    """What cleaning the gold itself (article mode) took out of it."""

    words: int
    words_lost: int  # gold tokens missing from the output (multiset difference)
    lines_lost: int  # non-blank gold lines whose tokens no longer occur in the output
    emptied: bool  # the output has no token left
    diff: list[str]  # a short diff of the lines that changed


@dataclass
class SourceTally:
    """Lines one rule or heuristic removed from article-region texts, and how many were gold."""

    category: str = ""
    removals: int = 0
    lines: int = 0
    in_gold: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (page id, removed gold line)

    def add(self, other: SourceTally) -> None:
        self.category = self.category or other.category
        self.removals += other.removals
        self.lines += other.lines
        self.in_gold += other.in_gold
        self.examples.extend(other.examples)

    def shown_examples(self, keep: int) -> list[tuple[str, str]]:
        """Up to `keep` examples: lines of 3 tokens or more before shorter ones (a lone "2" or
        "Comments" is found in many golds), and one per page before a second from any page (a
        section removed whole would otherwise fill the list)."""
        seen: Counter[tuple[str, bool]] = Counter()
        ranked = []
        for order, (page_id, line) in enumerate(self.examples):
            short = len(tokens(line)) < 3
            ranked.append(((short, seen[(page_id, short)], order), (page_id, line)))
            seen[(page_id, short)] += 1
        return [example for _, example in sorted(ranked)][:keep]


@dataclass
class PageResult:
    page_id: str
    dataset: str
    split: str
    encoding: str
    scores: dict[tuple[str, str], PageScore] = field(default_factory=dict)  # (regime, system) -> score
    gold_loss: GoldLoss | None = None
    sources: dict[str, SourceTally] = field(default_factory=dict)
    unstable: list[str] = field(default_factory=list)  # regimes where cleaning the output changes it


def gold_loss(gold: str, cleaned: str) -> GoldLoss:
    before = Counter(tokens(gold))
    after_text = GoldText(cleaned)
    lost_lines = [line for line in gold.split("\n") if joined(line) and not after_text.has_tokens_of(line)]
    diff = [
        line[:DIFF_WIDTH] for line in difflib.unified_diff(gold.split("\n"), cleaned.split("\n"), lineterm="", n=0)
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++")) and line.strip("-+ ")
    ]
    return GoldLoss(
        words=sum(before.values()),
        words_lost=sum((before - Counter(tokens(cleaned))).values()),
        lines_lost=len(lost_lines),
        emptied=not tokens(cleaned),
        diff=diff[:DIFF_LINES],
    )


def tally_removals(page_id: str, removals: Iterable, gold: GoldText, keep: int) -> dict[str, SourceTally]:
    """Per source: removals, their non-blank lines, and those lines the gold holds (holds_line)."""
    tallies: dict[str, SourceTally] = {}
    for removal in removals:
        category = getattr(removal.category, "value", str(removal.category))
        tally = tallies.setdefault(removal.source, SourceTally(category))
        tally.removals += 1
        for line in removal.text.split("\n"):
            if not line.strip():
                continue
            tally.lines += 1
            if gold.holds_line(line):
                tally.in_gold += 1
                if len(tally.examples) < keep:
                    tally.examples.append((page_id, line.strip()[:DIFF_WIDTH]))
    return tallies


EXAMPLES_PER_SOURCE = 5  # shown per source in the report
EXAMPLES_PER_PAGE = 20  # kept per source and page, to choose the shown ones from


@dataclass(frozen=True)
class Job:
    page: Page
    regimes: tuple[str, ...]
    cache_dir: Path | None
    inspect: bool  # the page is in the split whose removals and losses are listed


def run_page(job: Job) -> PageResult:
    page, regimes = job.page, job.regimes
    inputs = PageInputs(page, Cache(job.cache_dir))
    gold = GoldText(page.gold)
    gold_shingles = shingles(page.gold)
    result = PageResult(page.id, page.dataset, page.split, encoding="")

    def score(regime: str, system: str, output: str) -> None:
        result.scores[(regime, system)] = score_shingles(shingles(output), gold_shingles)

    def cleaned(regime: str, mode: str, text: str):
        """Clean in `mode`, and note whether cleaning the output again changes it."""
        outcome = make_cleaner(mode).clean(text)
        if make_cleaner(mode).clean(outcome.text).text != outcome.text:
            result.unstable.append(regime)
        return outcome

    if "gold" in regimes:
        outcome = cleaned("gold", "article", page.gold + "\n")
        result.gold_loss = gold_loss(page.gold, outcome.text)
    if "article" in regimes or "rules" in regimes:
        region = article_region(inputs.full_text, gold)
        outcome = cleaned("article", "article", region)
        score("article", "as is", region)
        score("article", "C4 lines", c4_lines(region))
        score("article", "cleaner (article)", outcome.text)
        score("article", "oracle lines", oracle_lines(region, gold))
        if "rules" in regimes and job.inspect:
            result.sources = tally_removals(page.id, outcome.removals, gold, EXAMPLES_PER_PAGE)
    if "page" in regimes:
        text = inputs.full_text
        score("page", "as is", text)
        score("page", "C4 lines", c4_lines(text))
        score("page", "cleaner (page)", cleaned("page", "page", text).text)
        # the README's oracle reads the whole page's lines (the reference table's last column)
        score("page", "oracle lines", oracle_lines(text, gold))
    if "extracted" in regimes:
        text = inputs.trafilatura
        score("extracted", "trafilatura", text)
        score("extracted", "cleaner (article)", cleaned("extracted", "article", text).text)
    if "html" in regimes:
        output = inputs.clean_html
        score("html", "cleaner.clean_html", output)
        score("html", "trafilatura", inputs.trafilatura)
        score("html", "trafilatura precision", inputs.trafilatura_precision)
        if make_cleaner("article").clean(output).text != output:
            result.unstable.append("html")
    if "reference" in regimes:
        # the README's five systems alone: checks decoding and metric without running the cleaner
        score("page", "as is", inputs.full_text)
        score("page", "C4 lines", c4_lines(inputs.full_text))
        score("page", "oracle lines", oracle_lines(inputs.full_text, gold))
        score("article", "as is", article_region(inputs.full_text, gold))
        score("extracted", "trafilatura", inputs.trafilatura)
    result.encoding = inputs.encoding
    return result


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

# README reference table: F1 / precision / recall per row and system.
REFERENCE_SYSTEMS = {
    "full text": ("page", "as is"),
    "C4 lines": ("page", "C4 lines"),
    "trafilatura": ("extracted", "trafilatura"),
    "article region": ("article", "as is"),
    "oracle lines": ("page", "oracle lines"),
}
REFERENCE = {
    ("all", "all"): ("0.690 0.532 0.981", "0.757 0.702 0.822", "0.854 0.819 0.892", "0.895 0.833 0.967",
                     "0.956 0.963 0.949"),
    ("all", "dragnet"): ("0.537 0.368 0.989", "0.688 0.588 0.829", "0.839 0.776 0.913", "0.869 0.783 0.978",
                         "0.971 0.957 0.985"),
    ("all", "cleaneval-dev"): ("0.863 0.785 0.958", "0.845 0.899 0.796", "0.826 0.879 0.779",
                               "0.920 0.902 0.939", "0.913 0.972 0.860"),
    ("all", "cleaneval-final"): ("0.888 0.820 0.968", "0.853 0.897 0.814", "0.868 0.884 0.852",
                                 "0.932 0.917 0.947", "0.922 0.972 0.877"),
    ("all", "readability"): ("0.800 0.678 0.976", "0.808 0.825 0.791", "0.934 0.937 0.932", "0.939 0.914 0.965",
                             "0.975 0.980 0.970"),
    ("tuning", "all"): ("0.692 0.534 0.981", "0.760 0.706 0.822", "0.855 0.818 0.894", "0.895 0.833 0.967",
                        "0.957 0.963 0.950"),
    ("heldout", "all"): ("0.682 0.523 0.981", "0.747 0.686 0.819", "0.851 0.820 0.885", "0.896 0.836 0.966",
                         "0.952 0.963 0.942"),
}
REFERENCE_TOLERANCE = 0.002
REFERENCE_PAGES = 2225
SPLIT_LABELS = {"tuning": "tuning part", "heldout": "held-back fifth", "all": "all pages"}


class Report:
    """Results grouped by split and dataset, printed as plain or Markdown tables."""

    def __init__(self, results: list[PageResult], markdown: bool) -> None:
        self.results = results
        self.markdown = markdown
        self.datasets = [d for d in DATASETS if any(r.dataset == d for r in results)]

    def pages(self, split: str, dataset: str) -> list[PageResult]:
        return [r for r in self.results
                if (split == "all" or r.split == split) and (dataset == "all" or r.dataset == dataset)]

    def groups(self, split: str) -> list[tuple[str, list[PageResult]]]:
        return [(d, self.pages(split, d)) for d in ["all", *self.datasets]]

    def table(self, header: list[str], rows: list[list[str]]) -> str:
        if self.markdown:
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
                         for row in [header, *rows])

    def block(self, lines: list[str]) -> str:
        """Free text (diffs, examples): fenced in Markdown, so it is shown as written."""
        return "\n".join(["```", *lines, "```"] if self.markdown and lines else lines)

    def heading(self, text: str) -> str:
        return f"\n## {text}\n" if self.markdown else f"\n=== {text} ===\n"

    def regime(self, regime: str, title: str, splits: tuple[str, ...]) -> str:
        systems = list(dict.fromkeys(system for r in self.results for (g, system) in r.scores if g == regime))
        out = [self.heading(f"{title}: F1 / precision / recall")]
        for split in splits:
            rows = []
            for dataset, chosen in self.groups(split):
                if chosen:
                    rows.append([f"{dataset} ({len(chosen)})",
                                 *(aggregate(r.scores[(regime, s)] for r in chosen).cell() for s in systems)])
            out.append(self.table([SPLIT_LABELS[split], *systems], rows))
            out.append("")
        return "\n".join(out + self.differences(regime, systems, splits))

    def differences(self, regime: str, systems: list[str], splits: tuple[str, ...]) -> list[str]:
        """The cleaner's F1 minus each other system's, with its 95% interval over pages."""
        ours = next((s for s in systems if s.startswith("cleaner")), None)
        if ours is None:
            return []
        others = [s for s in systems if s != ours and not s.startswith("oracle")]
        out = [f"{ours} minus each system, F1 [95% interval, paired bootstrap over pages]:"]
        for split in splits:
            rows = []
            for dataset, chosen in self.groups(split):
                if chosen:
                    cells = [f1_difference([r.scores[(regime, ours)] for r in chosen],
                                           [r.scores[(regime, s)] for r in chosen]) for s in others]
                    rows.append([f"{dataset} ({len(chosen)})",
                                 *(f"{d:+.3f} [{low:+.3f}, {high:+.3f}]" for d, low, high in cells)])
            out.append(self.table([SPLIT_LABELS[split], *others], rows))
            out.append("")
        return out

    def gold(self, splits: tuple[str, ...], inspect_split: str) -> str:
        out = [self.heading("clean text: the gold bodies cleaned in article mode (all of it should stay)")]
        header = ["pages", "words", "words lost", "docs losing words", "docs emptied", "max lines lost"]
        for split in splits:
            rows = []
            for dataset, chosen in self.groups(split):
                losses = [r.gold_loss for r in chosen if r.gold_loss]
                if not losses:
                    continue
                words = sum(x.words for x in losses)
                lost = sum(x.words_lost for x in losses)
                rows.append([
                    f"{dataset} ({len(losses)})", str(words), f"{lost / words:.4%} ({lost})",
                    str(sum(x.words_lost > 0 for x in losses)), str(sum(x.emptied for x in losses)),
                    str(max(x.lines_lost for x in losses)),
                ])
            out.append(self.table([SPLIT_LABELS[split], *header[1:]], rows))
            out.append("")
        worst = sorted((r for r in self.pages(inspect_split, "all") if r.gold_loss and r.gold_loss.words_lost),
                       key=lambda r: -r.gold_loss.words_lost)[:10]
        out.append(f"worst documents ({SPLIT_LABELS[inspect_split]}), by words lost:")
        listing = []
        for r in worst:
            loss = r.gold_loss
            listing.append(f"  {r.page_id}: {loss.words_lost} of {loss.words} words, {loss.lines_lost} lines lost")
            listing.extend(f"      {line}" for line in loss.diff)
        out.append(self.block(listing))
        return "\n".join(out)

    def rules(self, inspect_split: str) -> str:
        totals: dict[str, SourceTally] = {}
        chosen = self.pages(inspect_split, "all")
        for r in chosen:
            for source, tally in r.sources.items():
                totals.setdefault(source, SourceTally()).add(tally)
        out = [self.heading(f"per-rule precision, article regime, {SPLIT_LABELS[inspect_split]} "
                            f"({len(chosen)} pages): removed lines that the gold holds")]
        order = sorted(totals.items(), key=lambda item: (-item[1].in_gold, -item[1].lines, item[0]))
        rows = [[source, t.category, str(t.removals), str(t.lines), str(t.in_gold),
                 f"{1 - t.in_gold / t.lines:.3f}" if t.lines else "-"] for source, t in order]
        all_lines = sum(t.lines for t in totals.values())
        all_gold = sum(t.in_gold for t in totals.values())
        rows.append(["all sources", "", str(sum(t.removals for t in totals.values())), str(all_lines), str(all_gold),
                     f"{1 - all_gold / all_lines:.3f}" if all_lines else "-"])
        out.append(self.table(["source", "category", "removals", "lines removed", "lines in gold", "precision"], rows))
        out.append("")
        listing = []
        for source, tally in order:
            if tally.examples:
                listing.append(f"{source}: removed lines the gold holds")
                listing.extend(f"    {page_id}: {line}" for page_id, line in tally.shown_examples(EXAMPLES_PER_SOURCE))
        out.append(self.block(listing))
        return "\n".join(out)

    def idempotence(self, regimes: tuple[str, ...]) -> str:
        cleaned = [g for g in ("gold", "article", "page", "extracted", "html") if g in regimes
                   or (g == "article" and "rules" in regimes)]
        if not cleaned:
            return ""
        out = [self.heading("idempotence: documents where cleaning the output again changes it")]
        for regime in cleaned:
            bad = [r.page_id for r in self.results if regime in r.unstable]
            note = "  (clean_html's output, cleaned again in article mode)" if regime == "html" else ""
            out.append(f"  {regime}: {len(bad)} of {len(self.results)}{note}" + (f"  e.g. {bad[:10]}" if bad else ""))
        total = sum(len(r.unstable) for r in self.results)
        out.append(f"  total: {total} documents")
        return "\n".join(out)

    def reference(self) -> str:
        needed = {key for key in REFERENCE_SYSTEMS.values()}
        if not self.results or not all(key in self.results[0].scores for key in needed):
            return ""
        if len(self.results) != REFERENCE_PAGES:
            return (f"\n(the check against the README's reference table needs all {REFERENCE_PAGES} pages: "
                    "run without --limit and --datasets)")
        out = [self.heading("check against the README's reference table (all 2,225 pages; "
                            "|difference| <= 0.002 expected)")]
        rows = []
        worst = 0.0
        for (split, dataset), expected in REFERENCE.items():
            chosen = self.pages(split, dataset)
            if not chosen:
                continue
            cells = []
            for (_name, key), reference in zip(REFERENCE_SYSTEMS.items(), expected):
                got = aggregate(r.scores[key] for r in chosen)
                ref = [float(x) for x in reference.split()]
                diff = max(abs(a - b) for a, b in zip((got.f1, got.precision, got.recall), ref))
                worst = max(worst, diff)
                cells.append(got.cell() + ("" if diff <= REFERENCE_TOLERANCE else f" (README {reference})"))
            label = dataset if split == "all" else SPLIT_LABELS[split]
            rows.append([f"{label} ({len(chosen)})", *cells])
        out.append(self.table(["pages", *REFERENCE_SYSTEMS], rows))
        verdict = "matches" if worst <= REFERENCE_TOLERANCE else "DOES NOT match"
        out.append(f"\nlargest difference from the README: {worst:.4f} ({verdict} within {REFERENCE_TOLERANCE})")
        encodings = Counter(r.encoding for r in self.results if r.encoding)
        if encodings:
            out.append("encodings: " + ", ".join(f"{name} {n}" for name, n in encodings.most_common()))
        return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------------

TITLES = {
    "article": "article regime: the page's text cropped to the article region",
    "page": "page regime: the whole page's text",
    "extracted": "extracted regime: trafilatura.extract(html) (defaults)",
    "html": "html regime: from the HTML",
}


def header_line() -> str:
    import cleaner

    libraries = ", ".join(f"{name} {_version(name)}" for name in ("trafilatura", "html-text", "lxml"))
    return (f"gold-bodies benchmark, {datetime.datetime.now().isoformat(timespec='seconds')}: "
            f"Python {platform.python_version()}, cleaner {cleaner.__version__} ({Path(cleaner.__file__).parent}, "
            f"source {cleaner_source_hash()}), {libraries}")


def choices(value: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    """A comma-separated command-line value, each item one of `allowed` (the benchmarks' flags)."""
    chosen = tuple(v.strip() for v in value.split(",") if v.strip())
    bad = [v for v in chosen if v not in allowed]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"unknown {what} {bad}; choose from {', '.join(allowed)}")
    return chosen


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the gold-bodies folder")
    parser.add_argument("--regimes", type=lambda v: choices(v, REGIMES, "regime"), default=DEFAULT_REGIMES,
                        help=f"comma list of {', '.join(REGIMES)} (default: all but reference, which the "
                             "others include)")
    parser.add_argument("--split", type=lambda v: choices(v, SPLITS, "split"), default=("tuning", "heldout"),
                        help="comma list of tuning, heldout, all (default: tuning,heldout)")
    parser.add_argument("--datasets", type=lambda v: choices(v, DATASETS, "dataset"), default=DATASETS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each dataset")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep decoded pages, html-text, trafilatura and clean_html outputs here")
    parser.add_argument("--inspect-split", choices=SPLITS, default="tuning",
                        help="split whose per-rule table and worst documents are listed (default: tuning)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    return parser.parse_args(argv)


def run(jobs: list[Job], processes: int) -> list[PageResult]:
    if processes <= 1:
        return [run_page(job) for job in jobs]
    # the heaviest pages first, so no worker is left with a long one at the end
    order = sorted(range(len(jobs)), key=lambda i: -jobs[i].page.path.stat().st_size)
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        done = pool.map(run_page, [jobs[i] for i in order], chunksize=1)
    results: list[PageResult | None] = [None] * len(jobs)
    for i, result in zip(order, done):
        results[i] = result
    return results  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"error: no ground-truth.json in {args.data}\n  pass --data PATH to the gold-bodies folder",
              file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.datasets, args.limit)
    inspect = {"tuning": lambda p: not p.heldout, "heldout": lambda p: p.heldout, "all": lambda p: True}
    jobs = [Job(p, args.regimes, args.cache, inspect[args.inspect_split](p)) for p in pages]
    print(header_line())
    start = time.perf_counter()
    results = run(jobs, args.jobs)
    elapsed = time.perf_counter() - start

    report = Report(results, args.markdown)
    sections = []
    if "gold" in args.regimes:
        sections.append(report.gold(args.split, args.inspect_split))
    for regime in ("article", "page", "extracted", "html"):
        if regime in args.regimes:
            sections.append(report.regime(regime, TITLES[regime], args.split))
    if "rules" in args.regimes:
        sections.append(report.rules(args.inspect_split))
    sections.append(report.idempotence(args.regimes))
    sections.append(report.reference())
    print("\n".join(s for s in sections if s))
    print(f"\n{len(pages)} pages, {elapsed:.1f} s wall with {args.jobs} job(s)"
          + (f", cache {args.cache}" if args.cache else ", no cache"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
