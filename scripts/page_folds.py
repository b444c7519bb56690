"""Out-of-fold figures of the whole page-mode cleaner on gold-bodies' tuning part.

    python scripts/page_folds.py --out /tmp/folds [--cache /tmp/html-cache/gold]
        [--snippets ../shared/data/trafilatura-eval]

Five scorers (scripts/train_page_scorer.py's fit, both stages), each trained on four fifths of
the tuning part (folds by sha1(id) // 25 % 5: independent of the held-back fifth's sha1 % 5) and
the snippet pages; each fifth is then cleaned by the whole cleaner in page mode with the scorer
that never saw it, and scored with the dataset README's metric. train_page_scorer's figures on
the tuning part are in-sample (its scorer was trained there); these are what a change is judged
by before the held-back fifth is looked at. Fold scorers already in --out are reused (delete them
after changing the features or the training). Takes about 25 minutes on one core; never reads the
held-back fifth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_page_scorer as training  # noqa: E402

import cleaner  # noqa: E402
from benchmarks import gold  # noqa: E402
from cleaner.scorer import Scorer  # noqa: E402

FOLDS = 5


def fold_of(page_id: str) -> int:
    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) // 25 % FOLDS


def fold_scorers(args: argparse.Namespace) -> list[Scorer]:
    """The fold scorers in args.out, trained where missing."""
    paths = [args.out / f"fold{k}.json" for k in range(FOLDS)]
    if not all(path.exists() for path in paths):
        docs = training.load(args.data, args.cache, 1)
        extra = training.load_snippets(args.snippets, args.snippets_cache, 1) if args.snippets else []
        args.out.mkdir(parents=True, exist_ok=True)
        for k, path in enumerate(paths):
            scorer, facts = training.fit([d for d in docs if fold_of(d.page_id) != k] + extra)
            data = training.scorer_data(scorer, facts, len(docs), len(extra))
            path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
            print(f"fold {k}: wrote {path}", flush=True)
    return [Scorer.from_file(path) for path in paths]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=gold.DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=None, help="benchmarks/gold.py's --cache")
    parser.add_argument("--out", type=Path, required=True, help="folder of the fold scorers")
    parser.add_argument("--snippets", type=Path, default=None, help="trafilatura-eval, as train_page_scorer takes it")
    parser.add_argument("--snippets-cache", type=Path, default=None)
    args = parser.parse_args(argv)
    options = cleaner.Options(mode="page", explain=False)
    cleaners = [cleaner.Cleaner(options=options, scorer=scorer) for scorer in fold_scorers(args)]
    scores = defaultdict(list)
    for page in gold.load_pages(args.data):
        if page.heldout:
            continue
        text = gold.PageInputs(page, gold.Cache(args.cache)).full_text
        score = gold.score_page(cleaners[fold_of(page.id)].clean(text).text, page.gold)
        scores[page.dataset].append(score)
        scores["all"].append(score)
    print("out-of-fold, tuning part, whole cleaner in page mode: F1 / precision / recall")
    for dataset in ("all", *gold.DATASETS):
        if scores[dataset]:
            print(f"{dataset} ({len(scores[dataset])})".ljust(24) + gold.aggregate(scores[dataset]).cell())


if __name__ == "__main__":
    main()
