"""Stage 5b: the learned scorer, P(article text) of each block from its features.

Boosted decision trees, trained by scripts/train_scorer.py (scikit-learn's
HistGradientBoostingClassifier) and shipped as data (cleaner/data/scorer.json). Inference needs
numpy only: all trees step down one level at a time for all blocks of a document together,
which is ~100x faster than walking them block by block in Python.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cleaner.features import FEATURE_NAMES

# How many features a verdict's reason names (those that pushed the score down the most).
REASON_FEATURES = 3

# One tree node: (feature index, threshold, left, right, value); a leaf has feature index -1.
Node = tuple[int, float, int, int, float]


@dataclass(frozen=True)
class Forest:
    """All trees' nodes in flat arrays, laid out for stepping down all trees at once.

    A node's children sit side by side, so a step is `first_child + (value > threshold)`; a
    leaf is its own first child with an infinite threshold, so blocks that reached a leaf stay
    there while the others take the remaining steps.
    """

    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    first_child: np.ndarray
    value: np.ndarray
    depth: int


def flatten(trees: tuple[tuple[Node, ...], ...]) -> Forest:
    roots: list[int] = []
    feature: list[int] = []
    threshold: list[float] = []
    first_child: list[int] = []
    value: list[float] = []

    def place(tree: tuple[Node, ...], index: int, at: int) -> None:
        """Write node `index` of `tree` at slot `at`; its children go to the next free pair."""
        f, t, left, right, v = tree[index]
        value[at] = v
        if f < 0:
            feature[at], threshold[at], first_child[at] = 0, np.inf, at
            return
        pair = len(value)
        for _ in range(2):
            for column, blank in ((feature, 0), (threshold, 0.0), (first_child, 0), (value, 0.0)):
                column.append(blank)
        feature[at], threshold[at], first_child[at] = int(f), t, pair
        place(tree, int(left), pair)
        place(tree, int(right), pair + 1)

    for tree in trees:
        roots.append(len(value))
        for column, blank in ((feature, 0), (threshold, 0.0), (first_child, 0), (value, 0.0)):
            column.append(blank)
        place(tree, 0, roots[-1])
    depth = max((_depth(tree, 0) for tree in trees), default=0)
    return Forest(
        np.array(roots, dtype=np.intp), np.array(feature, dtype=np.intp), np.array(threshold),
        np.array(first_child, dtype=np.intp), np.array(value), depth,
    )


def _depth(tree: tuple[Node, ...], index: int) -> int:
    feature, _, left, right, _ = tree[index]
    return 0 if feature < 0 else 1 + max(_depth(tree, int(left)), _depth(tree, int(right)))


@dataclass(frozen=True)
class Scorer:
    baseline: float
    trees: tuple[tuple[Node, ...], ...]
    threshold: float
    # the columns of the matrices it scores: the plain-text scorer's, or cleaner.ensemble's
    names: tuple[str, ...] = FEATURE_NAMES

    @classmethod
    def from_file(cls, path: Path, names: tuple[str, ...] = FEATURE_NAMES) -> Scorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != names:
            raise ValueError(f"{path}: trained on other features; retrain with scripts/train_scorer.py")
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(data["baseline"], trees, data["threshold"], names)

    @functools.cached_property
    def forest(self) -> Forest:
        return flatten(self.trees)

    def _leaves(self, x: np.ndarray, steps: list | None = None) -> np.ndarray:
        """The leaf each block reaches in each tree, (blocks, trees); `steps` collects the path."""
        forest = self.forest
        width = x.shape[1]
        cells = np.ascontiguousarray(x).ravel()
        row_start = (np.arange(len(x)) * width)[:, None]
        node = np.tile(forest.roots, (len(x), 1))
        for _ in range(forest.depth):
            feature = forest.feature[node]
            child = forest.first_child[node] + (cells[row_start + feature] > forest.threshold[node])
            if steps is not None:
                steps.append((feature, node, child))
            node = child
        return node

    def _raw(self, leaves: np.ndarray) -> np.ndarray:
        return self.baseline + self.forest.value[leaves].sum(axis=1)

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The trees' summed log-odds for each row of `x`."""
        return self._raw(self._leaves(x))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return _sigmoid(self.raw(x))

    def score(self, x: np.ndarray) -> Scored:
        """probabilities() of the rows of `x`, keeping the trees' paths to explain any of them."""
        steps: list = []
        leaves = self._leaves(x, steps)
        return Scored(self, x, _sigmoid(self._raw(leaves)), steps)

    def pushes(self, x: np.ndarray) -> np.ndarray:
        """How much each feature's splits moved each row's score (path attribution), (rows, features)."""
        steps: list = []
        self._leaves(x, steps)
        return self._pushes(steps, len(x))

    def _pushes(self, steps: list, rows: int) -> np.ndarray:
        width = len(self.names)
        flat = np.zeros(rows * width)
        starts = np.arange(rows)[:, None] * width
        value = self.forest.value
        for feature, node, child in steps:
            flat += np.bincount((starts + feature).ravel(), (value[child] - value[node]).ravel(), len(flat))
        return flat.reshape(rows, width)

    def explain(self, x: np.ndarray) -> list[str]:
        """For each row, the features whose splits pushed its score down the most."""
        return _reasons(x, self.pushes(x), self.names)


@dataclass(frozen=True)
class Scored:
    """A matrix scored, with the path of every row through every tree (Scorer.score)."""

    scorer: Scorer
    x: np.ndarray
    probabilities: np.ndarray
    steps: list

    def explain(self, rows: np.ndarray) -> list[str]:
        """Scorer.explain(x[rows]), from the paths already taken rather than a second walk."""
        steps = [(feature[rows], node[rows], child[rows]) for feature, node, child in self.steps]
        return _reasons(self.x[rows], self.scorer._pushes(steps, len(rows)), self.scorer.names)


def _sigmoid(raw: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))


# One reason: "name=value (push)" for each of the REASON_FEATURES features, as "%" formats them
# (the same digits as format(value, ".2f")).
_REASON_FORMAT = ", ".join(["%s=%.2f (%+.2f)"] * REASON_FEATURES)


def _reasons(x: np.ndarray, pushes: np.ndarray, names: tuple[str, ...]) -> list[str]:
    """The REASON_FEATURES most negative pushes of each row, with the row's value of each."""
    worst = np.argsort(pushes, axis=1, kind="stable")[:, :REASON_FEATURES]
    names = np.array(names, dtype=object)[worst]
    columns = np.stack([names, np.take_along_axis(x, worst, 1), np.take_along_axis(pushes, worst, 1)], axis=2)
    return [_REASON_FORMAT % tuple(row) for row in columns.reshape(len(x), 3 * REASON_FEATURES).tolist()]


@functools.lru_cache(maxsize=1)
def default_scorer() -> Scorer | None:
    path = Path(__file__).parent / "data" / "scorer.json"
    return Scorer.from_file(path) if path.exists() else None
