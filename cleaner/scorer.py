"""Stage 5b: the learned scorer, P(article text) of each block from its features.

Boosted decision trees, trained by scripts/train_scorer.py (scikit-learn's
HistGradientBoostingClassifier) and shipped as data (cleaner/data/scorer.json). Inference needs
numpy only: all trees step down one level at a time for all blocks of a document together,
which is ~50x faster than walking them block by block in Python.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cleaner.features import CONTEXT_NAMES, FEATURE_NAMES

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

    `path_feature[node, step]` and `path_moved[node, step]` describe the path that reaches
    `node`: the feature split at each step and how much the step moved the value (0 for the
    steps a block stays at a leaf), so a leaf alone explains its tree's score.
    """

    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    first_child: np.ndarray
    value: np.ndarray
    depth: int
    path_feature: np.ndarray
    path_moved: np.ndarray


def flatten(trees: tuple[tuple[Node, ...], ...]) -> Forest:
    roots: list[int] = []
    feature: list[int] = []
    threshold: list[float] = []
    first_child: list[int] = []
    value: list[float] = []
    parent: list[int] = []
    level: list[int] = []

    def add_slot(above: int, at_level: int) -> None:
        for whole in (feature, first_child):
            whole.append(0)
        for real in (threshold, value):
            real.append(0.0)
        parent.append(above)
        level.append(at_level)

    def place(tree: tuple[Node, ...], index: int, at: int) -> None:
        """Write node `index` of `tree` at slot `at`; its children go to the next free pair."""
        f, t, left, right, v = tree[index]
        value[at] = v
        if f < 0:
            feature[at], threshold[at], first_child[at] = 0, np.inf, at
            return
        pair = len(value)
        for _ in range(2):
            add_slot(at, level[at] + 1)
        feature[at], threshold[at], first_child[at] = int(f), t, pair
        place(tree, int(left), pair)
        place(tree, int(right), pair + 1)

    for tree in trees:
        roots.append(len(value))
        add_slot(roots[-1], 0)
        place(tree, 0, roots[-1])
    depth = max((_depth(tree, 0) for tree in trees), default=0)
    feature_of, value_of = np.array(feature, dtype=np.intp), np.array(value)
    ancestor = _ancestors(np.array(parent, dtype=np.intp), np.array(level, dtype=np.intp), depth)
    # (nodes, steps): a node's steps side by side, so one take() gathers whole paths
    path_feature = feature_of[ancestor[:-1]].T
    path_moved = (value_of[ancestor[1:]] - value_of[ancestor[:-1]]).T
    return Forest(
        np.array(roots, dtype=np.intp), feature_of, np.array(threshold), np.array(first_child, dtype=np.intp),
        value_of, depth, np.ascontiguousarray(path_feature), np.ascontiguousarray(path_moved),
    )


def _ancestors(parent: np.ndarray, level: np.ndarray, depth: int) -> np.ndarray:
    """The node on the way to each node after each step, (depth + 1, nodes): from the node
    itself (at the last level) up one parent per level to its root."""
    ancestor = np.empty((depth + 1, len(parent)), dtype=np.intp)
    ancestor[depth] = np.arange(len(parent))
    for at in reversed(range(depth)):
        below = ancestor[at + 1]
        ancestor[at] = np.where(level[below] > at, parent[below], below)
    return ancestor


def _depth(tree: tuple[Node, ...], index: int) -> int:
    feature, _, left, right, _ = tree[index]
    return 0 if feature < 0 else 1 + max(_depth(tree, int(left)), _depth(tree, int(right)))


@dataclass(frozen=True)
class Scorer:
    baseline: float
    trees: tuple[tuple[Node, ...], ...]
    threshold: float
    # the columns of the matrices it scores (cleaner.features' names)
    names: tuple[str, ...] = FEATURE_NAMES
    # A second stage, or None: it scores the block's features and cleaner.features.context_matrix
    # of this stage's scores (its neighbours' scores, the runs of trusted blocks), and its score is
    # the one `threshold` applies to (heuristics.scorer_verdicts).
    context: Scorer | None = None

    @classmethod
    def from_file(cls, path: Path, names: tuple[str, ...] = FEATURE_NAMES) -> Scorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls.from_data(data, names, str(path))

    @classmethod
    def from_data(cls, data: dict, names: tuple[str, ...], where: str) -> Scorer:
        if tuple(data["features"]) != names:
            raise ValueError(f"{where}: trained on other features; retrain with scripts/train_page_scorer.py")
        trees = tuple(tuple(tuple(node) for node in tree) for tree in data["trees"])
        context = data.get("context")
        second = cls.from_data(context, names + CONTEXT_NAMES, f"{where} (context)") if context else None
        return cls(data["baseline"], trees, data["threshold"], names, second)

    @functools.cached_property
    def forest(self) -> Forest:
        return flatten(self.trees)

    def _leaves(self, x: np.ndarray) -> np.ndarray:
        """The leaf each block reaches in each tree, (blocks, trees): all trees step down one
        level at a time for all blocks together.

        Each step gathers into arrays made once (np.take with mode="clip", which checks no
        index: every node number is one of the forest's): a quarter faster than indexing,
        which allocates and checks at every step (gold-bodies' page texts).
        """
        forest = self.forest
        cells = np.ascontiguousarray(x, dtype=float).ravel()
        row_start = (np.arange(len(x)) * x.shape[1])[:, None]
        node = np.repeat(forest.roots[None, :], len(x), axis=0)
        child, cell = np.empty_like(node), np.empty_like(node)
        value, threshold, right = np.empty(node.shape), np.empty(node.shape), np.empty(node.shape, dtype=bool)
        for _ in range(forest.depth):
            np.take(forest.feature, node, out=cell, mode="clip")
            cell += row_start
            np.take(cells, cell, out=value, mode="clip")
            np.take(forest.threshold, node, out=threshold, mode="clip")
            np.greater(value, threshold, out=right)
            np.take(forest.first_child, node, out=child, mode="clip")
            np.add(child, right, out=node)
        return node

    def _raw(self, leaves: np.ndarray) -> np.ndarray:
        return self.baseline + self.forest.value[leaves].sum(axis=1)

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The trees' summed log-odds for each row of `x` (raw_plain(), for all rows at once)."""
        return self._raw(self._leaves(x))

    def raw_plain(self, x: np.ndarray) -> np.ndarray:
        """The trees' summed log-odds for each row of `x`, each tree walked row by row.

        The specification of raw(), which must agree with it (tests/test_speed_paths.py);
        walking in Python made page mode about four times slower (gold-bodies' page texts).
        """
        return np.array([self.baseline + sum(_path(tree, row)[-1][4] for tree in self.trees) for row in x.tolist()])

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return _sigmoid(self.raw(x))

    def score(self, x: np.ndarray) -> Scored:
        """probabilities() of the rows of `x`, keeping the leaves reached to explain any of them."""
        leaves = self._leaves(x)
        return Scored(self, x, _sigmoid(self._raw(leaves)), leaves)

    def pushes(self, x: np.ndarray) -> np.ndarray:
        """How much each feature's splits moved each row's score (path attribution), (rows, features):
        pushes_plain(), for all rows at once."""
        return self._pushes(self._leaves(x))

    def pushes_plain(self, x: np.ndarray) -> np.ndarray:
        """How much each feature's splits moved each row's score, each tree walked row by row:
        every split on a row's path adds the change of value it makes to the feature it splits.

        The specification of pushes(), which must agree with it (tests/test_speed_paths.py);
        walking in Python made explained page mode about five times slower.
        """
        pushes = np.zeros((len(x), len(self.names)))
        for row_number, row in enumerate(x.tolist()):
            for tree in self.trees:
                path = _path(tree, row)
                for node, child in zip(path, path[1:]):
                    pushes[row_number, node[0]] += child[4] - node[4]
        return pushes

    def _pushes(self, leaves: np.ndarray) -> np.ndarray:
        """pushes() of the rows that reached `leaves`, from the paths that lead to them."""
        forest = self.forest
        rows, width = len(leaves), len(self.names)
        feature = np.take(forest.path_feature, leaves, axis=0)  # (rows, trees, steps)
        moved = np.take(forest.path_moved, leaves, axis=0)
        cell = feature + (np.arange(rows) * width)[:, None, None]  # each row adds into its own features
        return np.bincount(cell.ravel(), moved.ravel(), rows * width).reshape(rows, width)

    def explain(self, x: np.ndarray) -> list[str]:
        """For each row, the features whose splits pushed its score down the most."""
        return _reasons(x, self.pushes(x), self.names)


@dataclass(frozen=True)
class Scored:
    """A matrix scored, with the leaf every row reached in every tree, which gives back its
    path (Scorer.score)."""

    scorer: Scorer
    x: np.ndarray
    probabilities: np.ndarray
    leaves: np.ndarray

    def explain(self, rows: np.ndarray) -> list[str]:
        """Scorer.explain(x[rows]), from the leaves already reached rather than a second walk."""
        return _reasons(self.x[rows], self.scorer._pushes(self.leaves[rows]), self.scorer.names)


def _path(tree: tuple[Node, ...], row: list[float]) -> list[Node]:
    """The nodes from the root of `tree` to the leaf `row` reaches: right where the row's value
    is above the split."""
    path = [tree[0]]
    while path[-1][0] >= 0:
        feature, threshold, left, right, _ = path[-1]
        path.append(tree[int(right)] if row[feature] > threshold else tree[int(left)])
    return path


def _sigmoid(raw: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))


# One feature of a reason, "name=value (push)": "%" writes the digits format() writes, faster.
_REASON_PART = "%s=%.2f (%+.2f)"


def _reasons(x: np.ndarray, pushes: np.ndarray, names: tuple[str, ...]) -> list[str]:
    """The REASON_FEATURES most negative pushes of each row (ties to the lower column), with the
    row's value of each: "name=value (push), ..."."""
    worst = np.argsort(pushes, axis=1, kind="stable")[:, :REASON_FEATURES]
    rows = np.arange(len(x))[:, None]
    values, moved = x[rows, worst].tolist(), pushes[rows, worst].tolist()
    return [
        ", ".join(_REASON_PART % (names[column], value, push) for column, value, push in zip(*row))
        for row in zip(worst.tolist(), values, moved)
    ]


@functools.lru_cache(maxsize=1)
def default_scorer() -> Scorer | None:
    path = Path(__file__).parent / "data" / "scorer.json"
    return Scorer.from_file(path) if path.exists() else None
