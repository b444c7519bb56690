"""The benchmark corpus: the trafilatura-eval dev pages, decoded as their README says.

Flattening 990 pages with html-text takes a few seconds, so the flattened texts are cached in
a temporary folder (one file per page) and reused by later runs.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path

from benchmarks.quality import decode_html

DATA = Path(os.environ.get("CLEANER_EVAL_DATA", "/work/shared/data/trafilatura-eval"))
CACHE = Path(os.environ.get("CLEANER_BENCH_CACHE", Path(tempfile.gettempdir()) / "cleaner-bench-cache"))


def decode_page(data: bytes) -> str:
    """The page as the dataset README prescribes (quality.decode_html, the one decoder)."""
    return decode_html(data)[0]


def page_ids() -> list[str]:
    with open(DATA / "index.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["id"] for line in handle]


def html_pages() -> list[str]:
    return [decode_page(gzip.decompress((DATA / "pages" / f"{i}.html.gz").read_bytes())) for i in page_ids()]


def flat_texts() -> list[str]:
    """Every page flattened with html_text.extract_text(html, guess_layout=True), cached."""
    folder = CACHE / "flat"
    ids = page_ids()
    if not (folder / "done").exists():
        import html_text

        folder.mkdir(parents=True, exist_ok=True)
        for page_id, html in zip(ids, html_pages()):
            text = html_text.extract_text(html, guess_layout=True)
            (folder / f"{page_id}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        (folder / "done").write_text("")
    return [(folder / f"{i}.txt").read_text(encoding="utf-8", errors="surrogatepass") for i in ids]
