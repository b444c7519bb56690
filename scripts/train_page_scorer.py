"""Train the page-mode scorer (cleaner/data/scorer.json) on gold-bodies' page text.

    python scripts/train_page_scorer.py [--data ../shared/data/gold-bodies] [--cache /tmp/html-cache/gold]
    python scripts/train_page_scorer.py --lodo     # leave-one-dataset-out figures; writes nothing
    python scripts/train_page_scorer.py --snippets ../shared/data/trafilatura-eval   # and its dev pages

The shipped scorer was trained with --snippets (trafilatura-eval's dev pages). It has two stages:
the first scores each block from its own features (cleaner.features.FEATURE_NAMES); the second
reads those and the first stage's scores around the block (features.context_matrix: the
neighbours' scores, window averages, the main run of trusted blocks), trained on out-of-fold
first-stage scores so that it learns from scores like those of unseen pages. Blocks weigh by the
square root of their tokens within their page. gold-bodies page mode (benchmarks/gold.py, the whole
cleaner), F1 before (one stage, blocks alike, threshold 0.6) -> now: tuning part 0.877 -> 0.895
(dragnet 0.864 -> 0.885, cleaneval-dev 0.860 -> 0.876, cleaneval-final 0.897 -> 0.910, readability
0.895 -> 0.917); held-back fifth 0.862 -> 0.880 (dragnet 0.849 -> 0.867, cleaneval-dev 0.847 ->
0.875, cleaneval-final 0.889 -> 0.903, readability 0.848 -> 0.895; C4 lines 0.747, and below the
cleaner on every dataset). A cleaner whose scorer was trained on four fifths of the tuning part
scores 0.880 on the fifth it never saw (0.881 at threshold 0.5).

--lodo, block filter, F1 at the shipped threshold (before: 0.6, now: 0.4): dragnet 0.779 -> 0.790,
cleaneval-dev 0.853 -> 0.861, cleaneval-final 0.871 -> 0.893, readability 0.882 -> 0.888. (At 0.5
the new scorer's cleaneval-dev falls to 0.845: its annotators kept most of a page, and 0.4 is
what keeps every left-out dataset above the previous scorer.)

Training documents: every page of the tuning part of all four datasets (dragnet, cleaneval-dev,
cleaneval-final, readability), flattened to full-page text as benchmarks/gold.py does
(html_text.extract_text(html, guess_layout=True)), cut into the cleaner's blocks and described by
cleaner.features. Label: a block is article text when most of its tokens are on lines that pass
the dataset README's oracle-line test (the line's tokens occur in the gold as whole tokens). The
held-back fifth is never read here.

`--snippets DIR` adds the dev pages of trafilatura-eval (mostly not in English, where gold-bodies
is 97% English), flattened the same way: a block holding a must-keep snippet is article text, one
holding a must-drop snippet is not, the others are not used (scripts/train_scorer.py's labels);
its held-out fifth is never read.

Each page weighs the same, whatever its number of blocks (Dragnet's pages have hundreds of menu
lines), its blocks by the square root of their tokens (TOKEN_WEIGHT), and the two classes weigh
the same.

`--lodo`: a scorer trained on three datasets' tuning parts keeps the blocks of the fourth's at
each threshold, and the kept blocks are scored with the README's metric. This filters blocks in
one pass, without the rules and the cleaner's repeated passes (benchmarks/gold.py measures the
cleaner itself).

Needs scikit-learn (`pip install '.[train]'`); inference needs numpy only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import multiprocessing
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_scorer import export  # noqa: E402

from benchmarks import gold  # noqa: E402
from cleaner import features, heuristics  # noqa: E402
from cleaner.normalize import normalize_lines  # noqa: E402
from cleaner.scorer import Scorer  # noqa: E402
from cleaner.segment import segment  # noqa: E402

# Chosen on 2-fold cross-validation within the tuning part (block filter, F1 at threshold 0.7):
# depth 4 x 120 trees 0.843, depth 6 x 200 0.850; with the prose-cluster and window features
# (cleaner.features) 0.860. Depth 6 x 200 costs page mode about a third more scoring time.
TREES = 200
DEPTH = 6
LEARNING_RATE = 0.1
MIN_SAMPLES_LEAF = 20
# 5-fold cross-validation within the tuning part (block filter, both stages, blocks by
# sqrt(tokens)), F1 by threshold: 0.4 0.876, 0.5 0.877 (dragnet 0.866, cleaneval-dev 0.886,
# cleaneval-final 0.894, readability 0.884), 0.6 0.874 (cleaneval-dev 0.871), 0.7 0.864. The whole
# cleaner on a fifth it was not trained on: 0.4 0.880, 0.5 0.881, 0.6 0.875. 0.4 is as good and
# best left out (--lodo above): it keeps the recall CleanEval's golds want. The cleaner itself
# now chooses a threshold per page (cleaner.heuristics.page_threshold, which says how it was
# measured); this one is the scorer's own, for --lodo and for text that looks extracted.
THRESHOLD = 0.4
LODO_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
# Blocks weigh by their tokens to this power within their page: the metric counts shingles, so a
# one-word menu item matters less than a paragraph. First stage alone, 5-fold block filter: 0
# (blocks alike) 0.858 at its best threshold, 0.5 0.865, 1 0.868 (cleaneval-dev 0.863); with the
# second stage, 0.5 0.877 and 1 0.880 (cleaneval-dev 0.877, at 0.4): 0.5 keeps the datasets closer.
TOKEN_WEIGHT = 0.5
# The second stage: trees over the block's features and the first stage's scores around it
# (features.context_matrix), trained on out-of-fold scores of STACK_FOLDS folds. 5-fold block
# filter: depth 4 x 100 trees 0.877, depth 6 x 200 0.879 (not worth the scoring time); smoothing
# the first stage's scores instead (a window average of 3 blocks) gave 0.861 against 0.858, and a
# two-state Viterbi over the second's scores 0.880 against 0.877.
CONTEXT_TREES = 100
CONTEXT_DEPTH = 4
STACK_FOLDS = 5
# Tried on 2026-12-03 and not kept (none gained on every dataset). The whole cleaner with scorers
# trained on four fifths of the tuning part (folds by sha1(id) // 25 % 5, trafilatura-eval's dev
# pages in every training set), on the fifth each never saw: F1 0.883 (dragnet 0.871,
# cleaneval-dev 0.862, cleaneval-final 0.900, readability 0.905); the block filter on the same
# scores 0.876. On those out-of-fold first-stage scores, second stages trained on the tuning
# part alone: the shipped context 0.878; plus the share, mean score, rank and trusted words
# before of the trusted run nearest each block 0.879 (no dataset moved by more than 0.002); plus
# document-wide score quantiles and short-block share 0.878 (cleaneval-final +0.003, readability
# -0.010). A threshold per page (min(0.4, 0.6 x the page's best score) 0.877, a fallback to 0.25
# when under 50 or 150 words are kept 0.876 and 0.875) and thresholds 0.3-0.45 (0.873-0.876) did
# not pay either. Where pages fail (recall under 0.2: 34 of 1,749), the CleanEval gold holds
# nearly every block of a list- or table-like page the scorer reads as a menu (cleaneval-final
# 104, 219, 224, 250), or a Dragnet article of 10-90 words sits beside longer comments or an
# author's bio, which are then the page's main run of prose (dragnet-R233, R951, R723).


@dataclass
class PageBlocks:
    page_id: str
    dataset: str
    x: np.ndarray  # (blocks, features)
    y: np.ndarray  # article text or not
    texts: list[str]  # the blocks' lines, as they were
    known: np.ndarray | None = None  # blocks with a label (None: all)

    @property
    def words(self) -> np.ndarray:
        """The blocks' word counts, as features.Document.words holds them."""
        return np.rint(np.expm1(self.x[:, features.FEATURE["log_words"]]))

    @property
    def tokens(self) -> np.ndarray:
        """The blocks' tokens as the benchmark counts them (at least 1): what a block weighs."""
        return np.array([max(len(gold.tokens(text)), 1) for text in self.texts], dtype=float)

    def labelled(self, x: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        x = self.x if x is None else x
        return (x, self.y) if self.known is None else (x[self.known], self.y[self.known])

    def labelled_tokens(self) -> np.ndarray:
        tokens = self.tokens
        return tokens if self.known is None else tokens[self.known]


def described(text: str):
    """The text's normalized lines, blocks and feature rows, as page mode's first pass sees them."""
    lines = normalize_lines(text[:-1].split("\n") if text.endswith("\n") else text.split("\n"))
    blocks = segment(lines)
    x = features.feature_matrix(features.describe_document(blocks, lines)) if blocks else None
    return lines, blocks, x


def page_blocks(job: tuple[gold.Page, Path | None]) -> PageBlocks | None:
    page, cache = job
    lines, blocks, x = described(gold.PageInputs(page, gold.Cache(cache)).full_text)
    if not blocks:
        return None
    truth = gold.GoldText(page.gold)
    texts, labels = [], []
    for block in blocks:
        block_lines = lines[block.first_line:block.last_line + 1]
        sizes = [len(gold.tokens(line)) for line in block_lines]
        held = sum(n for line, n in zip(block_lines, sizes) if n and truth.has_tokens_of(line))
        labels.append(sum(sizes) > 0 and 2 * held >= sum(sizes))
        texts.append("\n".join(block_lines))
    return PageBlocks(page.id, page.dataset, x, np.array(labels, dtype=bool), texts)


def snippet_blocks(job: tuple) -> PageBlocks | None:
    """One trafilatura-eval dev page: blocks labelled by its must-keep and must-drop snippets."""
    from train_scorer import labels_of, norm

    from benchmarks import quality

    page, cache = job
    html, _ = quality.read_page(page)
    text = quality.Cache(cache).get("html_text", page.id, lambda: quality._html_text(html))[0] or ""
    lines, blocks, x = described(text)
    if not blocks:
        return None
    labels = labels_of([norm(b.text) for b in blocks], list(page.with_), list(page.without))
    known = np.array([label is not None for label in labels])
    y = np.array([bool(label) for label in labels])
    texts = ["\n".join(lines[b.first_line:b.last_line + 1]) for b in blocks]
    return PageBlocks(page.id, "trafilatura-eval", x, y, texts, known) if known.any() else None


def load_snippets(data: Path, cache: Path | None, jobs: int) -> list[PageBlocks]:
    from benchmarks import quality

    work = [(page, cache) for page in quality.load_pages(data) if not page.heldout]
    with multiprocessing.get_context("fork").Pool(max(jobs, 1)) as pool:
        done = pool.map(snippet_blocks, work, chunksize=8)
    return [d for d in done if d is not None]


def load(data: Path, cache: Path | None, jobs: int) -> list[PageBlocks]:
    return map_tuning_pages(page_blocks, data, cache, jobs)


def map_tuning_pages(function, data: Path, cache: Path | None, jobs: int) -> list:
    """function((page, cache)) over the tuning part's pages (the held-back fifth is never read),
    in `jobs` forked processes; the pages it returns None for are left out."""
    work = [(page, cache) for page in gold.load_pages(data) if not page.heldout]
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.map(function, work, chunksize=8)
    else:
        done = [function(job) for job in work]
    return [d for d in done if d is not None]


def fit(docs: list[PageBlocks], trees: int = TREES, depth: int = DEPTH, threshold: float = THRESHOLD,
        context_trees: int = CONTEXT_TREES, context_depth: int = CONTEXT_DEPTH, token_weight: float = TOKEN_WEIGHT):
    """The two stages (see CONTEXT_TREES) on the docs' blocks; context_trees=0: the first alone."""
    first, facts = fit_stage(docs, None, features.FEATURE_NAMES, trees, depth, threshold, token_weight)
    if not context_trees:
        return first, facts
    scores = out_of_fold_scores(docs, trees, depth, token_weight)
    xs = [np.hstack([d.x, features.context_matrix(p, d.words)]) for d, p in zip(docs, scores)]
    second, second_facts = fit_stage(docs, xs, features.FEATURE_NAMES + features.CONTEXT_NAMES, context_trees,
                                     context_depth, threshold, token_weight)
    facts["model"] += f"; a second stage on the first's out-of-fold scores around each block: {second_facts['model']}"
    return dataclasses.replace(first, context=second), facts


def out_of_fold_scores(docs: list[PageBlocks], trees: int, depth: int, token_weight: float) -> list[np.ndarray]:
    """Each doc's first-stage scores from a first stage trained on the other folds (by page id),
    so the second stage learns from scores like those of pages the first never saw."""
    fold = [int(hashlib.sha1(d.page_id.encode("utf-8")).hexdigest(), 16) // 5 % STACK_FOLDS for d in docs]
    scores: list[np.ndarray] = [np.zeros(0)] * len(docs)
    for k in range(STACK_FOLDS):
        scorer, _ = fit_stage([d for d, f in zip(docs, fold) if f != k], None, features.FEATURE_NAMES, trees, depth,
                              THRESHOLD, token_weight)
        for i in (i for i, f in enumerate(fold) if f == k):
            scores[i] = scorer.probabilities(docs[i].x)
    return scores


def fit_stage(docs: list[PageBlocks], xs: list[np.ndarray] | None, names: tuple[str, ...], trees: int, depth: int,
              threshold: float, token_weight: float = TOKEN_WEIGHT):
    """Boosted trees on the docs' blocks (rows `xs`, else their features): each page weighs the
    same, its blocks by their tokens, and both classes alike."""
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier

    rows = [d.labelled(None if xs is None else x) for d, x in zip(docs, xs or [None] * len(docs))]
    x = np.concatenate([r[0] for r in rows])
    y = np.concatenate([r[1] for r in rows])
    tokens = [d.labelled_tokens() ** token_weight for d in docs]
    weight = np.concatenate([t / t.sum() for t in tokens])
    weight *= len(weight) / weight.sum()
    positive = float(np.average(y, weights=weight))
    weight *= np.where(y, 0.5 / positive, 0.5 / (1 - positive))
    model = HistGradientBoostingClassifier(max_iter=trees, max_depth=depth, learning_rate=LEARNING_RATE,
                                           min_samples_leaf=MIN_SAMPLES_LEAF, random_state=0)
    model.fit(x, y, sample_weight=weight)
    scorer = export(model, names)
    check = x[:200]
    assert np.allclose(scorer.probabilities(check), model.predict_proba(check)[:, 1], atol=1e-6)
    facts = {
        "labelled_blocks": int(len(y)), "article_blocks": int(y.sum()),
        "model": f"HistGradientBoostingClassifier(max_iter={trees}, max_depth={depth}, "
                 f"learning_rate={LEARNING_RATE}, min_samples_leaf={MIN_SAMPLES_LEAF}), pages weighted alike, "
                 f"blocks by tokens**{token_weight}, classes balanced",
        "scikit_learn": sklearn.__version__,
    }
    return Scorer(scorer.baseline, scorer.trees, threshold, names), facts


def probabilities(scorer: Scorer, x: np.ndarray, words: np.ndarray) -> np.ndarray:
    """The blocks' final scores, as heuristics.scorer_verdicts computes them."""
    p = scorer.probabilities(x)
    if scorer.context is None:
        return p
    return scorer.context.probabilities(np.hstack([x, features.context_matrix(p, words)]))


def kept_text(scorer: Scorer, doc: PageBlocks, threshold: float | None) -> str:
    """The blocks scoring at least `threshold`; None: the page's own cut (heuristics.page_threshold,
    without the cleaner's care for headings)."""
    p = probabilities(scorer, doc.x, doc.words)
    keep = p >= (heuristics.page_threshold(p, doc.words) if threshold is None else threshold)
    return "\n".join(text for text, kept in zip(doc.texts, keep) if kept)


def lodo(docs: list[PageBlocks], extra: list[PageBlocks], pages: dict[str, gold.Page], trees: int, depth: int,
         context_trees: int = CONTEXT_TREES, context_depth: int = CONTEXT_DEPTH, token_weight: float = TOKEN_WEIGHT
         ) -> None:
    second = f", then depth {context_depth} x {context_trees} trees on context" if context_trees else ""
    print(f"leave-one-dataset-out, tuning parts, block filter (depth {depth} x {trees} trees{second}, "
          f"blocks weighed by tokens**{token_weight}): "
          "F1 / precision / recall")
    print("dataset".ljust(24) + "".join(f"t={t}".ljust(24) for t in LODO_THRESHOLDS) + "page's cut")
    for held in gold.DATASETS:
        scorer, _ = fit([d for d in docs if d.dataset != held] + extra, trees, depth, THRESHOLD, context_trees,
                        context_depth, token_weight)
        test = [d for d in docs if d.dataset == held]
        cells = []
        for threshold in (*LODO_THRESHOLDS, None):
            scores = [gold.score_page(kept_text(scorer, d, threshold), pages[d.page_id].gold) for d in test]
            cells.append(gold.aggregate(scores).cell())
        print(f"{held} ({len(test)})".ljust(24) + "".join(c.ljust(24) for c in cells))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=gold.DEFAULT_DATA)
    parser.add_argument("--cache", type=Path, default=None, help="benchmarks/gold.py's --cache, to reuse its page text")
    parser.add_argument("--out", type=Path, default=ROOT / "cleaner" / "data" / "scorer.json")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--trees", type=int, default=TREES)
    parser.add_argument("--depth", type=int, default=DEPTH)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--context-trees", type=int, default=CONTEXT_TREES, help="the second stage's (0: none)")
    parser.add_argument("--context-depth", type=int, default=CONTEXT_DEPTH)
    parser.add_argument("--token-weight", type=float, default=TOKEN_WEIGHT, help="0: every block of a page alike")
    parser.add_argument("--lodo", action="store_true", help="leave-one-dataset-out figures; writes nothing")
    parser.add_argument("--snippets", type=Path, default=None,
                        help="also train on this trafilatura-eval folder's dev pages (snippet labels)")
    parser.add_argument("--snippets-cache", type=Path, default=None,
                        help="benchmarks/quality.py's --cache, to reuse its page text")
    args = parser.parse_args(argv)
    docs = load(args.data, args.cache, args.jobs)
    extra = load_snippets(args.snippets, args.snippets_cache, args.jobs) if args.snippets else []
    if args.lodo:
        lodo(docs, extra, {p.id: p for p in gold.load_pages(args.data)}, args.trees, args.depth, args.context_trees,
             args.context_depth, args.token_weight)
        return
    scorer, facts = fit(docs + extra, args.trees, args.depth, args.threshold, args.context_trees, args.context_depth,
                        args.token_weight)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(scorer_data(scorer, facts, len(docs), len(extra)), separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{len(docs)} pages, {facts['labelled_blocks']} blocks ({facts['article_blocks']} article text); "
          f"threshold {scorer.threshold}; wrote {args.out}")


def scorer_data(scorer: Scorer, facts: dict, pages: int, snippet_pages: int) -> dict:
    """What cleaner/data/scorer.json holds: both stages' trees and how they were trained."""
    return {
        "features": list(scorer.names),
        "baseline": scorer.baseline,
        "threshold": scorer.threshold,
        "trained": {
            "date": datetime.date.today().isoformat(),
            "corpus": "gold-bodies, tuning part of all four datasets, full-page text (html-text)"
                      + (", and trafilatura-eval's dev pages (snippet labels)" if snippet_pages else ""),
            "pages": pages,
            "snippet_pages": snippet_pages,
            "labelled_blocks": facts["labelled_blocks"],
            "article_blocks": facts["article_blocks"],
            "model": facts["model"],
            "scikit_learn": facts["scikit_learn"],
        },
        "trees": trees_data(scorer),
        **({"context": {
            "features": list(scorer.context.names),
            "baseline": scorer.context.baseline,
            "threshold": scorer.context.threshold,
            "trees": trees_data(scorer.context),
        }} if scorer.context is not None else {}),
    }


def trees_data(scorer: Scorer) -> list:
    return [[list(node) for node in tree] for tree in scorer.trees]


if __name__ == "__main__":
    main()
