"""Train the scorers (cleaner/data/*.json) from the trafilatura-eval dev pages.

    python scripts/train_scorer.py [--data ../shared/data/trafilatura-eval] [--cache /tmp/cleaner-train-cache]
    python scripts/train_scorer.py --folds 5      # out-of-fold quality; writes nothing

Training documents: each dev page flattened to full-page text with html-text (navigation,
ads and all), and the same page as trafilatura extracts it (already mostly clean: the scorer
must learn to leave such text alone). Labels: a block holding a must-keep snippet is article
text, one holding a must-drop snippet is boilerplate; other blocks are not used. The held-out
fifth of the pages (index % 5 == 4, as in benchmarks/quality.py) is never read here.

The scorer is trained on the dev pages, so the cleaner's figures on those pages flatter it.
`--folds K` tells how it does on pages it has not seen without touching the held-out fifth:
the dev pages are split into K folds, a scorer is trained on all folds but one, and the whole
cleaner with that scorer cleans the remaining fold on every track of benchmarks/quality.py.
Tune settings on these out-of-fold figures, not on the held-out fifth.

Needs scikit-learn (`pip install '.[train]'`); inference needs numpy only.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import quality  # noqa: E402
from cleaner import features  # noqa: E402
from cleaner.html import HTML_OPTIONS  # noqa: E402
from cleaner.normalize import normalize_lines  # noqa: E402
from cleaner.pipeline import Cleaner, Options  # noqa: E402
from cleaner.scorer import Scorer  # noqa: E402
from cleaner.segment import segment  # noqa: E402

_WS = re.compile(r"\s+")
TREES = 120
DEPTH = 4
LEARNING_RATE = 0.1
MIN_SAMPLES_LEAF = 20
# The texts a page is trained on, by the benchmark cache's name for their extractor.
TRAIN_TEXTS = ("html_text", "trafilatura")
# Each benchmark track: the text it cleans and the options it cleans it with.
TRACK_INPUTS = {
    "text": ("html_text", Options(mode="page")),
    "html": ("cleaner_extract", HTML_OPTIONS),
    "extracted": ("trafilatura", Options()),
}
_EXTRACTORS = {
    "html_text": lambda html, url: quality._html_text(html),
    "trafilatura": lambda html, url: quality._trafilatura(html),
    "cleaner_extract": lambda html, url: quality._cleaner_extract(html, url),
}


@dataclass(frozen=True)
class Settings:
    """What the trainer may vary; the defaults made the shipped scorer."""

    trees: int = TREES
    depth: int = DEPTH
    learning_rate: float = LEARNING_RATE
    min_samples_leaf: int = MIN_SAMPLES_LEAF
    l2: float = 0.0
    texts: tuple[str, ...] = TRAIN_TEXTS
    dropped: frozenset[str] = frozenset()
    threshold: float | None = None  # None: the one that maximizes the training pages' snippet F1


def load_pages(data_dir: Path, cache_dir: Path, extractors: tuple[str, ...]) -> list[dict]:
    """The dev pages with their texts by extractor, decoded and extracted as the benchmark does
    (and through its cache, so `--cache` can share the benchmark's extractions)."""
    cache = quality.Cache(cache_dir)
    pages = []
    for page in quality.load_pages(data_dir):
        if page.heldout:
            continue
        html, _ = quality.read_page(page)
        url = page.url if page.url.startswith(("http://", "https://")) else None
        texts = {
            name: cache.get(name, page.id, lambda name=name, html=html, url=url: _EXTRACTORS[name](html, url))[0] or ""
            for name in extractors
        }
        pages.append({"page": page, "with": list(page.with_), "without": list(page.without), "texts": texts})
    return pages

def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def labelled_blocks(text: str, keep: list[str], drop: list[str]):
    """(feature vectors, labels, block texts) of one document; label None = unknown."""
    lines = normalize_lines(text.split("\n"))
    blocks = segment(lines)
    vectors = features.feature_matrix(features.describe_document(blocks, lines)).tolist()
    joined = [norm(block.text) for block in blocks]
    return vectors, labels_of(joined, keep, drop), joined


def labels_of(joined: list[str], keep: list[str], drop: list[str]) -> list[int | None]:
    """1 for a block holding (part of) a must-keep snippet, 0 for a must-drop one, None for
    neither or both."""
    starts, offset = [], 0
    for piece in joined:
        starts.append(offset)
        offset += len(piece) + 1
    whole = " ".join(joined)
    labels: list[int | None] = [None] * len(joined)
    for snippets, value in ((drop, 0), (keep, 1)):
        for snippet in snippets:
            snippet = norm(snippet)
            at = whole.find(snippet) if snippet else -1
            while at >= 0:
                for i, start in enumerate(starts):
                    if start < at + len(snippet) and at < start + len(joined[i]):
                        labels[i] = value if labels[i] in (None, value) else -1
                at = whole.find(snippet, at + 1)
    return [None if label == -1 else label for label in labels]


def export(model, names: tuple[str, ...]) -> Scorer:
    """scikit-learn's trees as (feature, threshold, left, right, value) tuples.

    Leaf values already include the learning rate; internal values do not, so they are scaled
    here to make path attribution (Scorer.explain) add up.
    """
    trees = []
    for (predictor,) in model._predictors:
        nodes = []
        for node in predictor.nodes:
            if node["is_leaf"]:
                nodes.append((-1, 0.0, 0, 0, float(node["value"])))
            else:
                nodes.append((int(node["feature_idx"]), float(node["num_threshold"]), int(node["left"]),
                              int(node["right"]), float(node["value"]) * model.learning_rate))
        trees.append(tuple(nodes))
    return Scorer(float(model._baseline_prediction.ravel()[0]), tuple(trees), 0.5, names)


def snippet_f1(docs, probabilities, threshold: float) -> float:
    tp = fn = fp = 0
    for (joined, keep, drop), probs in zip(docs, probabilities):
        output = " ".join(t for t, p in zip(joined, probs) if p >= threshold)
        for snippet in keep:
            if norm(snippet) in output:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for s in drop if norm(s) in output)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Document:
    """One training text of one page: its blocks' vectors and labels, and what the snippet
    F1 of a threshold needs."""

    vectors: list
    labels: list
    joined: list[str]
    keep: list[str]
    drop: list[str]


def documents(page: dict, texts: tuple[str, ...]) -> list[Document]:
    out = []
    for name in texts:
        vectors, labels, joined = labelled_blocks(page["texts"][name], page["with"], page["without"])
        out.append(Document(vectors, labels, joined, page["with"], page["without"]))
    return out


def fit(docs: list[Document], settings: Settings, names: tuple[str, ...] = features.FEATURE_NAMES
        ) -> tuple[Scorer, dict]:
    """A scorer trained on `docs` (rows of `names`), its threshold the one that maximizes their
    snippet F1."""
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = [v for d in docs for v, label in zip(d.vectors, d.labels) if label is not None]
    x = np.array(rows).reshape(len(rows), len(names))
    y = np.array([label for d in docs for label in d.labels if label is not None])
    x[:, [i for i, name in enumerate(names) if name in settings.dropped]] = 0.0
    # Small trees, few rounds: the scorer must stay fast at inference and general across sites
    # (depth 4 x 120 rounds held up on unseen dev pages; deeper trees learned site quirks).
    model = HistGradientBoostingClassifier(
        max_iter=settings.trees, max_depth=settings.depth, learning_rate=settings.learning_rate,
        min_samples_leaf=settings.min_samples_leaf, l2_regularization=settings.l2,
        class_weight="balanced", random_state=0,
    )
    model.fit(x, y)
    scorer = export(model, names)
    check = x[:200]
    assert np.allclose(scorer.probabilities(check), model.predict_proba(check)[:, 1], atol=1e-6)

    pairs = [((d.joined, d.keep, d.drop), scorer.probabilities(
        np.array(d.vectors).reshape(len(d.vectors), len(names))).tolist()) for d in docs]
    # The threshold that maximizes snippet F1 on the training pages (swept 0.05 to 0.95).
    sweep = {round(float(t), 2): snippet_f1([p[0] for p in pairs], [p[1] for p in pairs], t)
             for t in np.arange(0.05, 0.96, 0.05)}
    threshold = max(sweep, key=sweep.get) if settings.threshold is None else settings.threshold
    scorer = Scorer(scorer.baseline, scorer.trees, float(threshold), names)
    facts = {
        "labelled_blocks": int(len(y)),
        "article_blocks": int(y.sum()),
        "sweep": sweep,
        "training_snippet_f1": round(sweep[threshold], 4),
        "model": f"HistGradientBoostingClassifier(max_iter={settings.trees}, max_depth={settings.depth}, "
                 f"learning_rate={settings.learning_rate}, min_samples_leaf={settings.min_samples_leaf}, "
                 f"l2_regularization={settings.l2})",
        "scikit_learn": sklearn.__version__,
    }
    return scorer, facts


def clean_fold(job) -> dict[str, quality.Counts]:
    """Train on every page outside the fold, then clean the fold's pages on every track."""
    fold, folds, pages, docs, settings = job
    train = [d for i, page_docs in enumerate(docs) if i % folds != fold for d in page_docs]
    scorer, _ = fit(train, settings)
    counts = {track: quality.Counts() for track in TRACK_INPUTS}
    cleaners = {track: Cleaner(options=options, scorer=scorer) for track, (_, options) in TRACK_INPUTS.items()}
    for i, page in enumerate(pages):
        if i % folds != fold:
            continue
        for track, (text_name, _) in TRACK_INPUTS.items():
            counts[track].add(quality.score(cleaners[track].clean(page["texts"][text_name]).text, page["page"], 0.0))
    return counts


def cross_validate(pages: list[dict], folds: int, settings: Settings, jobs: int) -> dict[str, quality.Counts]:
    docs = [documents(page, settings.texts) for page in pages]
    work = [(fold, folds, pages, docs, settings) for fold in range(folds)]
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = pool.map(clean_fold, work)
    else:
        results = [clean_fold(job) for job in work]
    total = {track: quality.Counts() for track in TRACK_INPUTS}
    for counts in results:
        for track, c in counts.items():
            total[track].add(c)
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=quality.DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cleaner-train-cache"),
                        help="extraction cache, shared with benchmarks/quality.py --cache")
    parser.add_argument("--out", type=Path, default=None, help="default: cleaner/data/scorer.json")
    parser.add_argument("--drop", default="", help="Comma-separated features to leave out (weight 0).")
    parser.add_argument("--folds", type=int, default=0, help="report out-of-fold quality instead of training")
    parser.add_argument("--jobs", type=int, default=1, help="folds cleaned in parallel (with --folds)")
    parser.add_argument("--trees", type=int, default=TREES)
    parser.add_argument("--depth", type=int, default=DEPTH)
    parser.add_argument("--learning-rate", type=float, default=LEARNING_RATE)
    parser.add_argument("--min-leaf", type=int, default=MIN_SAMPLES_LEAF)
    parser.add_argument("--l2", type=float, default=0.0)
    parser.add_argument("--threshold", type=float, default=None,
                        help="the scorer's threshold (default: the best on the training pages)")
    parser.add_argument("--texts", default=",".join(TRAIN_TEXTS), help="texts to train on: " + ",".join(_EXTRACTORS))
    args = parser.parse_args(argv)
    settings = Settings(args.trees, args.depth, args.learning_rate, args.min_leaf, args.l2,
                        tuple(args.texts.split(",")), frozenset(name for name in args.drop.split(",") if name),
                        args.threshold)
    needed = set(settings.texts) | ({name for name, _ in TRACK_INPUTS.values()} if args.folds else set())
    pages = load_pages(args.data, args.cache, tuple(sorted(needed)))

    if args.folds:
        total = cross_validate(pages, args.folds, settings, args.jobs)
        print(f"{len(pages)} dev pages, {args.folds} folds, {settings}")
        for track, c in total.items():
            print(f"out-of-fold {track:9s} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.4f} "
                  f"(TP {c.tp} FN {c.fn} FP {c.fp})")
        return

    scorer, facts = fit([d for page in pages for d in documents(page, settings.texts)], settings)
    write_scorer(args.out or ROOT / "cleaner" / "data" / "scorer.json", scorer, facts, settings, len(pages))


def write_scorer(path: Path, scorer: Scorer, facts: dict, settings: Settings, pages: int) -> None:
    print(f"{pages} pages, {facts['labelled_blocks']} labelled blocks ({facts['article_blocks']} article text)")
    print("snippet F1 by threshold:", {k: round(v, 3) for k, v in facts["sweep"].items()})
    print(f"chosen threshold {scorer.threshold}: F1 {facts['training_snippet_f1']:.3f}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "features": list(scorer.names),
        "baseline": scorer.baseline,
        "threshold": scorer.threshold,
        "trained": {
            "date": datetime.date.today().isoformat(),
            "pages": pages,
            "labelled_blocks": facts["labelled_blocks"],
            "training_snippet_f1": facts["training_snippet_f1"],
            "model": facts["model"],
            "scikit_learn": facts["scikit_learn"],
            "texts": list(settings.texts),
            "dropped_features": sorted(settings.dropped),
        },
        "trees": [[list(node) for node in tree] for tree in scorer.trees],
    }, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}")

if __name__ == "__main__":
    main()
