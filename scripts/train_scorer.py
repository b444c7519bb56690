"""Train the block scorer (cleaner/data/scorer.json) from the trafilatura-eval dev pages.

    python scripts/train_scorer.py [--data ../shared/data/trafilatura-eval] [--cache /tmp/cleaner-cache]

Training documents: each dev page flattened to full-page text with html-text (navigation,
ads and all), and the same page as trafilatura extracts it (already mostly clean: the scorer
must learn to leave such text alone). Labels: a block holding a must-keep snippet is article
text, one holding a must-drop snippet is boilerplate; other blocks are not used. The held-out
fifth of the pages (index % 5 == 4, as in benchmarks/quality.py) is never read here.

Needs scikit-learn (`pip install '.[train]'`); inference needs numpy only.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import features  # noqa: E402
from cleaner.normalize import normalize_lines  # noqa: E402
from cleaner.scorer import Scorer  # noqa: E402
from cleaner.segment import segment  # noqa: E402

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([-\w]+)", re.IGNORECASE)
_WS = re.compile(r"\s+")
HELD_OUT_EVERY = 5  # page i is held out when i % 5 == 4
TREES = 120
DEPTH = 4
LEARNING_RATE = 0.1


def decode_page(data: bytes) -> str:
    """As the dataset's README says: UTF-8 unless a <meta charset> names another codec."""
    match = _META_CHARSET.search(data[:16384])
    codec = "utf-8"
    if match:
        named = match.group(1).decode("ascii", "replace").lower()
        codec = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "gb2312": "gbk"}.get(named, named)
    try:
        return data.decode(codec, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def load_pages(data_dir: Path, cache: Path) -> list[dict]:
    cache_file = cache / "train-pages.pkl"
    if cache_file.exists():
        return pickle.loads(cache_file.read_bytes())
    import html_text
    import trafilatura

    rows = sorted((json.loads(line) for line in (data_dir / "index.jsonl").open()), key=lambda r: r["id"])
    pages = []
    for index, row in enumerate(rows):
        if index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1:
            continue
        html = decode_page(gzip.decompress((data_dir / row["file"]).read_bytes()))
        full = html_text.extract_text(html, guess_layout=True)
        extracted = trafilatura.extract(html, deduplicate=False) or ""
        pages.append({**row, "index": index, "texts": [full, extracted]})
    cache.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(pickle.dumps(pages))
    return pages


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def labelled_blocks(text: str, keep: list[str], drop: list[str]):
    """(feature vectors, labels, block texts) of one document; label None = unknown."""
    lines = normalize_lines(text.split("\n"))
    blocks = segment(lines)
    vectors = features.feature_matrix(features.describe_document(blocks, lines)).tolist()
    starts, joined, offset = [], [], 0
    for block in blocks:
        piece = norm(block.text)
        starts.append(offset)
        joined.append(piece)
        offset += len(piece) + 1
    whole = " ".join(joined)
    labels: list[int | None] = [None] * len(blocks)
    for snippets, value in ((drop, 0), (keep, 1)):
        for snippet in snippets:
            snippet = norm(snippet)
            at = whole.find(snippet) if snippet else -1
            while at >= 0:
                for i, start in enumerate(starts):
                    if start < at + len(snippet) and at < start + len(joined[i]):
                        labels[i] = value if labels[i] in (None, value) else -1
                at = whole.find(snippet, at + 1)
    labels = [None if label == -1 else label for label in labels]
    return vectors, labels, joined


def export(model) -> Scorer:
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
    return Scorer(float(model._baseline_prediction.ravel()[0]), tuple(trees), 0.5)


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


def main() -> None:
    import numpy as np
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "trafilatura-eval")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/cleaner-train-cache"))
    parser.add_argument("--out", type=Path, default=ROOT / "cleaner" / "data" / "scorer.json")
    parser.add_argument("--drop", default="", help="Comma-separated features to leave out (weight 0).")
    args = parser.parse_args()
    dropped = {name for name in args.drop.split(",") if name}

    pages = load_pages(args.data, args.cache)
    rows, targets, docs, doc_vectors = [], [], [], []
    for page in pages:
        for text in page["texts"]:
            vectors, labels, joined = labelled_blocks(text, page["with"], page["without"])
            docs.append((joined, page["with"], page["without"]))
            doc_vectors.append(vectors)
            for vector, label in zip(vectors, labels):
                if label is not None:
                    rows.append(vector)
                    targets.append(label)
    x = np.array(rows)
    y = np.array(targets)
    x[:, [i for i, name in enumerate(features.FEATURE_NAMES) if name in dropped]] = 0.0
    # Small trees, few rounds: the scorer must stay fast at inference and general across sites
    # (depth 4 x 120 rounds held up on unseen dev pages; deeper trees learned site quirks).
    model = HistGradientBoostingClassifier(
        max_iter=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE, class_weight="balanced", random_state=0
    )
    model.fit(x, y)
    scorer = export(model)

    def probabilities(vectors):
        return scorer.probabilities(np.array(vectors).reshape(len(vectors), len(features.FEATURE_NAMES))).tolist()

    check = x[:200]
    assert np.allclose(scorer.probabilities(check), model.predict_proba(check)[:, 1], atol=1e-6)
    probs = [probabilities(v) for v in doc_vectors]

    # The threshold that maximizes snippet F1 on the training pages (swept 0.05 to 0.95).
    sweep = {round(float(t), 2): snippet_f1(docs, probs, t) for t in np.arange(0.05, 0.96, 0.05)}
    threshold = max(sweep, key=sweep.get)
    print(f"{len(pages)} pages, {len(y)} labelled blocks ({int(y.sum())} article text)")
    print("snippet F1 by threshold:", {k: round(v, 3) for k, v in sweep.items()})
    print(f"chosen threshold {threshold}: F1 {sweep[threshold]:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "features": list(features.FEATURE_NAMES),
        "baseline": scorer.baseline,
        "threshold": float(threshold),
        "trained": {
            "date": datetime.date.today().isoformat(),
            "pages": len(pages),
            "labelled_blocks": int(len(y)),
            "training_snippet_f1": round(sweep[threshold], 4),
            "model": f"HistGradientBoostingClassifier(max_iter={TREES}, max_depth={DEPTH}, learning_rate={LEARNING_RATE})",
            "scikit_learn": sklearn.__version__,
            "dropped_features": sorted(dropped),
        },
        "trees": [[list(node) for node in tree] for tree in scorer.trees],
    }, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
