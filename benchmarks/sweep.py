"""Clean documents that are all content and list what the cleaner removes from them.

    python benchmarks/sweep.py /usr/share/doc /usr/share/common-licenses    # folders, recursively
    python benchmarks/sweep.py --mode article --examples 3 notes/*.txt

Clean documents (READMEs, changelogs, licences, docstrings, a corpus of your own) should come
out as they went in: every removal listed here is a candidate harm to read, found on text
nobody tuned the rules to. Files that are not UTF-8 text, or over 200 KB, are passed over;
gzip files are read decompressed (Debian's changelogs). Removals of blank lines are not listed.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.model import Category  # noqa: E402

MAX_BYTES = 200_000
MIN_CHARS = 200  # a shorter file says too little to be a document


def documents(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """The UTF-8 text files under `paths`, decompressed when gzipped, in sorted order."""
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.stat().st_size > MAX_BYTES:
                continue
            data = file.read_bytes()
            if file.suffix == ".gz":
                try:
                    data = gzip.decompress(data)
                except (OSError, EOFError):
                    continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(text) >= MIN_CHARS and "\0" not in text:
                yield file, text


def sweep(paths: list[Path], mode: str = "article", examples: int = 5) -> str:
    """A report: how many documents were cleaned, and the removals by source with examples."""
    cleaner = Cleaner(options=Options(mode=mode, allow_large_removals=True))
    found: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    count = 0
    for path, text in documents(paths):
        count += 1
        for removal in cleaner.clean(text).removals:
            if removal.category is Category.WHITESPACE:
                continue
            found[removal.source] += 1
            if len(shown[removal.source]) < examples:
                shown[removal.source].append(f"{path}:{removal.first_line}: {removal.text[:100]!r}")
    lines = [f"{count} documents cleaned in {mode} mode, {sum(found.values())} removals"]
    for source, n in found.most_common():
        lines.append(f"{n:6d} {source}")
        lines.extend(f"         {example}" for example in shown[source])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--mode", default="article", choices=("article", "page"))
    parser.add_argument("--examples", type=int, default=5, help="examples shown per source")
    args = parser.parse_args(argv)
    print(sweep(args.paths, args.mode, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
