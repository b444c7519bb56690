"""Snippet-level quality benchmark on the trafilatura evaluation corpus.

    python benchmarks/quality.py [--data PATH] [--limit N] [--tracks text,html,extracted]
                                 [--split dev,heldout] [--cache DIR] [--jobs N] [--markdown]

Every system of a track is measured on the same pages in the same run and printed in one table:
precision, recall, F1, accuracy, TP/FN/FP/TN and docs/s, for all pages, English pages and the
others, on the dev pages and on the held-out fifth. Scoring and decoding follow the dataset's
README exactly (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import codecs
import functools
import gzip
import hashlib
import json
import multiprocessing
import re
import sys
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gold import choices  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/trafilatura-eval")
TRACKS = ("text", "html", "extracted")
SPLITS = ("all", "dev", "heldout")
# Page i (in sorted id order) is held out when i % HELDOUT_EVERY == HELDOUT_EVERY - 1: one in five.
HELDOUT_EVERY = 5
# The dataset README: a <meta charset> in the first 16 KB overrides UTF-8; browsers' aliases.
CHARSET_SNIFF_BYTES = 16 * 1024
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BROWSER_ALIASES = {"iso8859-1": "cp1252", "gb2312": "gbk"}
# C4 keeps lines of at least 5 words ending in terminal punctuation (Raffel et al. 2020, §2.2).
C4_MIN_WORDS = 5
C4_ENDINGS = tuple(".!?\"'”’»)")
# The page's `lang` (ISO 639-1) to jusText's stoplist name; anything else falls back to English.
JUSTEXT_STOPLISTS = {
    "ar": "Arabic", "bn": "Bengali", "de": "German", "en": "English", "es": "Spanish",
    "fi": "Finnish", "fr": "French", "hu": "Hungarian", "it": "Italian",
    "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ru": "Russian",
}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    id: str
    index: int  # position in sorted id order; decides the split
    url: str
    lang: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]
    path: Path

    @property
    def heldout(self) -> bool:
        return self.index % HELDOUT_EVERY == HELDOUT_EVERY - 1


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    seconds: float = 0.0
    docs: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn
        self.seconds += other.seconds
        self.docs += other.docs

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


@dataclass
class PageResult:
    page_id: str
    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)  # (track, system) -> counts
    non_idempotent: bool = False


# --- data -----------------------------------------------------------------------------------


def load_pages(data: Path, limit: int | None = None) -> list[Page]:
    with open(data / "index.jsonl", encoding="utf-8") as handle:
        entries = sorted((json.loads(line) for line in handle if line.strip()), key=lambda e: e["id"])
    pages = [
        Page(e["id"], i, e["url"], e.get("lang"), tuple(e["with"]), tuple(e["without"]), data / e["file"])
        for i, e in enumerate(entries)
    ]
    return pages[:limit] if limit else pages


def decode_html(data: bytes) -> tuple[str, str]:
    """The page as text and the codec used, as the dataset README prescribes."""
    codec = "utf-8"
    found = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if found:
        try:
            codec = codecs.lookup(found.group(1).decode("ascii")).name
        except LookupError:
            codec = "utf-8"
        codec = _BROWSER_ALIASES.get(codec, codec)
    return data.decode(codec, errors="replace"), codec


def read_page(page: Page) -> tuple[str, str]:
    return decode_html(gzip.decompress(page.path.read_bytes()))


# --- scoring --------------------------------------------------------------------------------


def squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def score(output: str, page: Page, seconds: float) -> Counts:
    flat = squash(output)
    found_with = sum(squash(s) in flat for s in page.with_)
    found_without = sum(squash(s) in flat for s in page.without)
    return Counts(
        tp=found_with,
        fn=len(page.with_) - found_with,
        fp=found_without,
        tn=len(page.without) - found_without,
        seconds=seconds,
        docs=1,
    )


# --- systems --------------------------------------------------------------------------------


def c4_lines(text: str) -> str:
    kept = [
        line for line in text.splitlines()
        if len(line.split()) >= C4_MIN_WORDS and line.strip().endswith(C4_ENDINGS)
    ]
    return "\n".join(kept)


def justext_text(html: str, lang: str | None) -> str:
    import justext

    stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS.get(lang or "", "English"))
    paragraphs = justext.justext(html, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _html_text(html: str) -> str:
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _trafilatura_precision(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True) or ""


@functools.lru_cache(maxsize=1)
def _html_cleaner():
    """The cleaner as cleaner.clean_html configures it for its extraction."""
    import cleaner
    from cleaner.html import HTML_OPTIONS

    return cleaner.Cleaner(options=HTML_OPTIONS)


@functools.lru_cache(maxsize=1)
def _page_cleaner():
    """The cleaner told that its input is a whole page flattened to text."""
    import cleaner

    return cleaner.Cleaner(options=cleaner.Options(mode="page"))


def _cleaner_extract(html: str, url: str | None) -> str:
    from cleaner.html import extract_text

    return extract_text(html, url)


@functools.lru_cache(maxsize=1)
def _cache_keys() -> dict[str, str]:
    """One folder per extractor and library version; cleaner's extractor also by a hash of its
    source, data and rules (its fallback cleans in page mode), read once per process as it is
    imported, so a stale entry can never be reused."""
    import cleaner.html
    from cleaner.rules import default_rules_dir

    digest = hashlib.sha256()
    for folder in (Path(cleaner.html.__file__).parent, default_rules_dir()):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".toml"):
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return {
        "html_text": f"html_text-{version('html-text')}",
        "trafilatura": f"trafilatura-{version('trafilatura')}",
        "trafilatura_precision": f"trafilatura-precision-{version('trafilatura')}",
        "cleaner_extract": f"cleaner_extract-{version('trafilatura')}-{version('justext')}-{digest.hexdigest()[:12]}",
    }


class Cache:
    """Extractions on disk, keyed by page id, extractor and library version; None = no cache."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.keys = _cache_keys()

    def get(self, name: str, page_id: str, compute) -> tuple[str, float]:
        path = self.folder / self.keys[name] / f"{page_id}.json" if self.folder else None
        if path is not None and path.exists():
            entry = json.loads(path.read_text(encoding="utf-8"))
            return entry["text"], entry["seconds"]
        start = time.perf_counter()
        text = compute()
        seconds = time.perf_counter() - start
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"text": text, "seconds": seconds}), encoding="utf-8")
        return text, seconds


def _timed(function, *args) -> tuple[str, float]:
    start = time.perf_counter()
    text = function(*args)
    return text, time.perf_counter() - start


def run_page(page: Page, tracks: tuple[str, ...], cache: Cache) -> PageResult:
    """Every system of every track on one page. Seconds run from decoded HTML to text; a cached
    extraction counts the seconds it took when it was computed."""
    import cleaner

    html, _ = read_page(page)
    url = page.url if page.url.startswith(("http://", "https://")) else None
    result = PageResult(page.id)

    def record(track: str, system: str, text: str, seconds: float) -> None:
        result.counts[(track, system)] = score(text, page, seconds)

    if "text" in tracks:
        full, t_full = cache.get("html_text", page.id, lambda: _html_text(html))
        cleaned, t_clean = _timed(_page_cleaner().clean, full)
        cleaned = cleaned.text
        record("text", "cleaner", cleaned, t_full + t_clean)
        record("text", "noop_fulltext", full, t_full)
        c4, t_c4 = _timed(c4_lines, full)
        record("text", "c4_lines", c4, t_full + t_c4)
        result.non_idempotent = _page_cleaner().clean(cleaned).text != cleaned
    if "html" in tracks or "extracted" in tracks:
        traf, t_traf = cache.get("trafilatura", page.id, lambda: _trafilatura(html))
    if "html" in tracks:
        extracted, t_extract = cache.get("cleaner_extract", page.id, lambda: _cleaner_extract(html, url))
        cleaned, t_clean = _timed(_html_cleaner().clean, extracted)  # clean_html, with a cached extraction
        cleaned = cleaned.text
        record("html", "cleaner_html", cleaned, t_extract + t_clean)
        record("html", "trafilatura", traf, t_traf)
        precise, t_precise = cache.get("trafilatura_precision", page.id, lambda: _trafilatura_precision(html))
        record("html", "trafilatura(favor_precision)", precise, t_precise)
        jt, t_jt = _timed(justext_text, html, page.lang)
        record("html", "justext", jt, t_jt)
    if "extracted" in tracks:
        cleaned, t_clean = _timed(cleaner.clean, traf)
        record("extracted", "cleaner(trafilatura)", cleaned, t_traf + t_clean)
        # the same text cleaned as if it were a whole page
        told, t_told = _timed(_page_cleaner().clean, traf)
        record("extracted", "cleaner(trafilatura, mode=page)", told.text, t_traf + t_told)
        record("extracted", "trafilatura", traf, t_traf)
    return result


# --- report ---------------------------------------------------------------------------------

COLUMNS = ("track", "system", "split", "pages", "precision", "recall", "F1", "accuracy",
           "TP", "FN", "FP", "TN", "docs/s")


def table_rows(pages: list[Page], results: list[PageResult], splits: tuple[str, ...]) -> list[tuple]:
    by_id = {r.page_id: r for r in results}
    systems = list(dict.fromkeys(key for r in results for key in r.counts))
    groups = {
        "": lambda p: True,
        "en": lambda p: p.lang == "en",
        "non-en": lambda p: p.lang != "en",
    }
    in_split = {"all": lambda p: True, "dev": lambda p: not p.heldout, "heldout": lambda p: p.heldout}
    rows = []
    for track, system in systems:
        for split in splits:
            for group, keep in groups.items():
                chosen = [p for p in pages if in_split[split](p) and keep(p)]
                total = Counts()
                for p in chosen:
                    total.add(by_id[p.id].counts[(track, system)])
                label = f"{split} {group}".strip()
                speed = total.docs / total.seconds if total.seconds else float("inf")
                rows.append((
                    track, system, label, len(chosen), f"{total.precision:.3f}", f"{total.recall:.3f}",
                    f"{total.f1:.3f}", f"{total.accuracy:.3f}", total.tp, total.fn, total.fp, total.tn,
                    f"{speed:.1f}",
                ))
    return rows


def format_table(rows: list[tuple], markdown: bool) -> str:
    cells = [COLUMNS, *[tuple(str(c) for c in row) for row in rows]]
    if markdown:
        lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
        for row in cells
    )


# --- command line ---------------------------------------------------------------------------


def _worker(args: tuple[Page, tuple[str, ...], Path | None]) -> PageResult:
    page, tracks, cache_dir = args
    return run_page(page, tracks, Cache(cache_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="dataset folder (index.jsonl, pages/)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (in id order)")
    parser.add_argument("--tracks", type=lambda v: choices(v, TRACKS, "track"), default=TRACKS)
    parser.add_argument("--split", type=lambda v: choices(v, SPLITS, "split"), default=("dev", "heldout"),
                        help="comma list of all, dev, heldout (default: dev,heldout)")
    parser.add_argument("--cache", type=Path, default=None, help="cache html-text and extractor outputs here")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timings stay per page)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)

    if not (args.data / "index.jsonl").is_file():
        print(f"error: no index.jsonl in {args.data}\n  pass --data PATH to the dataset folder", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.limit)
    work = [(p, args.tracks, args.cache) for p in pages]
    start = time.perf_counter()
    if args.jobs > 1:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.map(_worker, work, chunksize=4)
    else:
        results = [_worker(w) for w in work]
    elapsed = time.perf_counter() - start

    print(format_table(table_rows(pages, results, args.split), args.markdown))
    print()
    if "text" in args.tracks:
        bad = [r.page_id for r in results if r.non_idempotent]
        print(f"non-idempotent pages (clean(clean(x)) != clean(x), text track): {len(bad)}"
              + (f" {bad[:20]}" if bad else ""))
    print(f"{len(pages)} pages, {elapsed:.1f} s wall; docs/s = pages / summed per-page seconds"
          " (one core; cached extractions count the seconds they took)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
