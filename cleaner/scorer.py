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

    @classmethod
    def from_file(cls, path: Path) -> Scorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError(f"{path}: trained on other features; retrain with scripts/train_scorer.py")
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        return cls(data["baseline"], trees, data["threshold"])

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

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The trees' summed log-odds for each row of `x`."""
        return self.baseline + self.forest.value[self._leaves(x)].sum(axis=1)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.raw(x), -30.0, 30.0)))

    def pushes(self, x: np.ndarray) -> np.ndarray:
        """How much each feature's splits moved each row's score (path attribution), (rows, features)."""
        steps: list = []
        self._leaves(x, steps)
        width = len(FEATURE_NAMES)
        flat = np.zeros(len(x) * width)
        rows = np.arange(len(x))[:, None] * width
        value = self.forest.value
        for feature, node, child in steps:
            flat += np.bincount((rows + feature).ravel(), (value[child] - value[node]).ravel(), len(flat))
        return flat.reshape(len(x), width)

    def explain(self, x: np.ndarray) -> list[str]:
        """For each row, the features whose splits pushed its score down the most."""
        pushes = self.pushes(x)
        worst = np.argsort(pushes, axis=1, kind="stable")[:, :REASON_FEATURES]
        return [
            ", ".join(f"{FEATURE_NAMES[i]}={vector[i]:.2f} ({push[i]:+.2f})" for i in indices)
            for vector, push, indices in zip(x.tolist(), pushes.tolist(), worst.tolist())
        ]


@functools.lru_cache(maxsize=1)
def default_scorer() -> Scorer | None:
    path = Path(__file__).parent / "data" / "scorer.json"
    return Scorer.from_file(path) if path.exists() else None
