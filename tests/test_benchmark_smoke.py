"""The quality benchmark runs end to end on a tiny corpus built here, in the real corpus's format."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["quality"] = module  # dataclasses and multiprocessing look the module up by name
    spec.loader.exec_module(module)
    return module


NAV = "Home News Sport Weather Contact us"
FOOTER = "Copyright 2024 Example Media Group. All rights reserved."
TOPICS = ["river", "bridge", "library", "orchard", "harbour"]


def _page(topic: str) -> tuple[str, list[str], list[str]]:
    body = [
        f"The town council met on Tuesday evening to discuss the future of the old {topic}, which has "
        "served the community for more than a century and needs repairs before next winter.",
        f"Residents who spoke at the meeting said the {topic} was part of the town's identity, and several "
        "of them offered to help raise money for the work through a local appeal.",
        "The council will publish a detailed plan in the spring, after engineers have finished their survey "
        "and the costs of the different options are known.",
    ]
    html = (
        f"<html><head><title>The future of the {topic}</title></head><body>"
        f"<nav><ul>{''.join(f'<li><a href=/{w}>{w}</a></li>' for w in NAV.split())}</ul></nav>"
        f"<article><h1>The future of the {topic}</h1>{''.join(f'<p>{p}</p>' for p in body)}</article>"
        f"<footer><p>{FOOTER}</p></footer></body></html>"
    )
    return html, [body[0], body[2]], [NAV, FOOTER]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("eval")
    (folder / "pages").mkdir()
    lines = []
    for i, topic in enumerate(TOPICS):
        html, keep, drop = _page(topic)
        page_id = f"{i:04d}"
        (folder / "pages" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        lines.append(json.dumps({
            "id": page_id, "url": f"https://example.org/{topic}", "file": f"pages/{page_id}.html.gz",
            "with": keep, "without": drop, "lang": "en" if i % 2 == 0 else "de",
        }))
    (folder / "index.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _rows(output: str) -> dict[tuple[str, str, str], dict[str, str]]:
    lines = [line for line in output.splitlines() if line.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    rows = {}
    for line in lines[2:]:
        cells = dict(zip(header, (c.strip() for c in line.strip("|").split("|"))))
        rows[(cells["track"], cells["system"], cells["split"])] = cells
    return rows


def test_table_has_every_system_split_and_group(quality, corpus, capsys):
    assert quality.main(["--data", str(corpus), "--split", "all,dev,heldout", "--markdown"]) == 0
    output = capsys.readouterr().out
    rows = _rows(output)
    systems = {
        "text": ["cleaner", "noop_fulltext", "c4_lines"],
        "html": ["cleaner_html", "trafilatura", "trafilatura(favor_precision)", "justext"],
        "extracted": ["cleaner(trafilatura)", "cleaner(trafilatura, mode=page)", "trafilatura"],
    }
    for track, names in systems.items():
        for name in names:
            for split in ["all", "dev", "heldout"]:
                for group in ["", " en", " non-en"]:
                    assert (track, name, split + group) in rows
    assert rows[("text", "noop_fulltext", "dev")]["pages"] == "4"
    assert rows[("text", "noop_fulltext", "heldout")]["pages"] == "1"  # page 4 is the held-out fifth
    assert "non-idempotent pages" in output


def test_scores_are_plausible(quality, corpus, capsys):
    quality.main(["--data", str(corpus), "--split", "all", "--tracks", "text,html", "--markdown"])
    rows = _rows(capsys.readouterr().out)
    noop = rows[("text", "noop_fulltext", "all")]
    # the whole page keeps every snippet, the navigation and the footer included
    assert (noop["TP"], noop["FN"], noop["FP"], noop["TN"]) == ("10", "0", "10", "0")
    assert noop["recall"] == "1.000"
    # the C4 filter drops the navigation line (no final punctuation) but keeps the footer sentence
    c4 = rows[("text", "c4_lines", "all")]
    assert int(c4["TP"]) == 10 and int(c4["FP"]) <= 5
    html = rows[("html", "cleaner_html", "all")]
    assert int(html["TP"]) >= 8 and float(html["precision"]) > float(noop["precision"])


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        pytest.param("<p>caf\u00e9</p>".encode("utf-8"), "utf-8", id="utf-8-default"),
        pytest.param(b'<meta charset="ISO-8859-1"><p>caf\xe9 \x93q\x94</p>', "cp1252", id="latin-1-read-as-cp1252"),
        pytest.param(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gbk", id="gb2312-as-gbk"),
        pytest.param(b'<meta charset="no-such-codec"><p>x</p>', "utf-8", id="unknown-codec"),
    ],
)
def test_decoding_follows_the_dataset_readme(quality, data, codec):
    text, used = quality.decode_html(data)
    assert used == codec
    assert "\ufffd" not in text


def test_split_and_scoring_rules(quality):
    page = quality.Page("0004", 4, "u", "en", ("main  text\u00a0here",), ("nav",), Path("x"))
    assert page.heldout
    counts = quality.score("main text\nhere and more", page, 0.0)
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 0, 0, 1)
    assert quality.c4_lines("One two three four five.\nOne two three four five\nToo short.") == "One two three four five."


def test_speed_pairs_are_timed_interleaved_in_alternating_order():
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)
    calls: list[tuple[str, int]] = []
    first_seconds, second_seconds = speed.timed_pair(
        lambda item: calls.append(("a", item)), lambda item: calls.append(("b", item)), [0, 1, 2], repeat=1
    )
    # page by page, each system first on every other page, so neither always runs second
    assert calls == [("a", 0), ("b", 0), ("b", 1), ("a", 1), ("a", 2), ("b", 2)]
    assert first_seconds >= 0 and second_seconds >= 0


def test_train_scorer_writes_a_scorer_the_cleaner_loads(corpus, tmp_path, monkeypatch):
    """scripts/train_scorer.py end to end on the tiny corpus: it must keep the held-out page out
    and write weights that cleaner.scorer loads and that tell the story from the page furniture."""
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_scorer", ROOT / "scripts" / "train_scorer.py")
    train = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_scorer", train)  # dataclasses look the module up by name
    spec.loader.exec_module(train)
    out = tmp_path / "scorer.json"
    monkeypatch.setattr(sys, "argv", ["train_scorer.py", "--data", str(corpus), "--cache", str(tmp_path / "cache"),
                                      "--out", str(out)])
    train.main()

    from cleaner.features import describe_document, feature_matrix
    from cleaner.normalize import normalize_lines
    from cleaner.scorer import Scorer
    from cleaner.segment import segment

    scorer = Scorer.from_file(out)
    assert json.loads(out.read_text())["trained"]["pages"] == 4  # page 4 is the held-out fifth
    assert len(scorer.trees) == train.TREES and 0.0 < scorer.threshold < 1.0
    html, keep, drop = _page(TOPICS[0])
    text = f"{NAV}\n\n{keep[0]}\n\n{keep[1]}\n\n{FOOTER}\n"
    lines = normalize_lines(text.split("\n"))
    blocks = segment(lines)
    p = scorer.probabilities(feature_matrix(describe_document(blocks, lines)))
    story = [i for i, b in enumerate(blocks) if b.text in keep]
    furniture = [i for i, b in enumerate(blocks) if b.text in drop]
    assert min(p[story]) > max(p[furniture])


def test_train_scorer_folds_clean_every_dev_page_once_and_write_nothing(corpus, tmp_path, monkeypatch, capsys):
    """--folds: each dev page is cleaned once, by a scorer trained on the other folds, on every
    track; the held-out page stays out and no scorer file is written."""
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_scorer", ROOT / "scripts" / "train_scorer.py")
    train = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_scorer", train)
    spec.loader.exec_module(train)
    out = tmp_path / "scorer.json"
    train.main(["--data", str(corpus), "--cache", str(tmp_path / "cache"), "--out", str(out), "--folds", "2"])

    assert not out.exists()
    report = [line for line in capsys.readouterr().out.splitlines() if line.startswith("out-of-fold")]
    assert [line.split()[1] for line in report] == ["text", "html", "extracted"]
    dev_keep_snippets = 4 * 2  # pages 0-3, two must-keep snippets each; page 4 is held out
    for line in report:
        counts = dict(zip(line.split()[-6::2], line.split()[-5::2]))
        assert int(counts["(TP"]) + int(counts["FN"]) == dev_keep_snippets


def test_every_stage_the_speed_benchmark_times_exists():
    """benchmarks/speed.py --only profile wraps these functions: a rename must not leave a
    stage silently at zero."""
    import importlib

    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(speed)
    for label, module_name, attribute in speed.STAGES:
        owner = importlib.import_module(module_name)
        for part in attribute.split("."):
            owner = getattr(owner, part)
        assert callable(owner), label


def _gold_corpus(folder: Path) -> Path:
    """A gold-bodies folder of one page per dataset (all in the tuning part), written for the test."""
    import gzip

    from benchmarks.gold import DATASETS, is_heldout

    truth = {}
    (folder / "html").mkdir(parents=True)
    for number, dataset in enumerate(DATASETS):
        page_id = next(f"{dataset}-{n}" for n in range(number * 10, number * 10 + 10) if not is_heldout(f"{dataset}-{n}"))
        html, keep, drop = _page(TOPICS[number % len(TOPICS)])
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode("utf-8"), mtime=0))
        truth[page_id] = {"articleBody": "\n\n".join(keep), "url": None, "dataset": dataset, "lang": "en"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def _page_trainer(monkeypatch):
    spec = importlib.util.spec_from_file_location("train_page_scorer", ROOT / "scripts" / "train_page_scorer.py")
    train = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_page_scorer", train)  # dataclasses look the module up by name
    spec.loader.exec_module(train)
    return train


def test_train_page_scorer_writes_a_scorer_the_cleaner_loads(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    train = _page_trainer(monkeypatch)
    out = tmp_path / "scorer.json"
    train.main(["--data", str(_gold_corpus(tmp_path / "gold")), "--out", str(out), "--trees", "5"])

    from cleaner.scorer import Scorer

    scorer = Scorer.from_file(out)
    assert json.loads(out.read_text())["trained"]["pages"] == 4
    assert len(scorer.trees) == 5 and scorer.threshold == train.THRESHOLD


def test_train_page_scorer_lodo_scores_every_dataset_and_writes_nothing(tmp_path, monkeypatch, capsys):
    pytest.importorskip("sklearn")
    train = _page_trainer(monkeypatch)
    out = tmp_path / "scorer.json"
    train.main(["--data", str(_gold_corpus(tmp_path / "gold")), "--out", str(out), "--trees", "5", "--lodo"])
    assert not out.exists()
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == ["dragnet", "cleaneval-dev", "cleaneval-final", "readability"]


def test_the_sweep_lists_what_the_cleaner_removes_from_clean_documents(tmp_path):
    spec = importlib.util.spec_from_file_location("sweep", ROOT / "benchmarks" / "sweep.py")
    sweep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sweep)
    story = "The harbour wall was finished on Friday after four years of work and a long winter of storms.\n"
    (tmp_path / "clean.txt").write_text(story * 3, encoding="utf-8")
    (tmp_path / "junk.txt.gz").write_bytes(gzip.compress((story + "\nAdvertisement\n\n" + story * 2).encode()))
    (tmp_path / "binary.bin").write_bytes(b"\0" * 400)
    report = sweep.sweep([tmp_path], examples=1)
    assert report.splitlines()[0] == "2 documents cleaned in article mode, 1 removals"
    assert "heuristic:furniture-line" in report and "junk.txt.gz:3: 'Advertisement'" in report
