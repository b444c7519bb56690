"""The Dask engine on a real LocalCluster (two worker processes): the same bytes as the serial run."""

from __future__ import annotations

import subprocess
import sys

import corpusgen
import pytest

pytest.importorskip("distributed")

FILES = 1000  # short articles (1-2 paragraphs): the test is about the engine, not the cleaning


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    for number, article in enumerate(corpusgen.corpus(FILES, seed=11, quote_share=0.2, paragraphs=(1, 2))):
        (folder / f"{number // 100:02d}" / f"{number:04d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{number // 100:02d}" / f"{number:04d}.txt").write_text(article.text(), encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done


def _tree(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_dask_output_equals_serial_output_byte_for_byte(big_corpus, tmp_path):
    # --corpus-repeats makes both passes run on the engine: the Dask count reduction, then the cleaning
    common = ["run", str(big_corpus), "--corpus-repeats", "--min-docs", "20", "--allow-large-removals"]
    serial = _run(*common, "--jobs", "1", "--out", str(tmp_path / "serial"), "--report", str(tmp_path / "serial.jsonl"))
    dask = _run(*common, "--engine", "dask", "--jobs", "2", "--out", str(tmp_path / "dask"),
                "--report", str(tmp_path / "dask.jsonl"))
    assert f"{FILES} files scanned" in serial.stderr
    assert "0 changed" not in serial.stderr  # the planted lines went: the comparison is not of copies
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "serial")
    assert len(_tree(tmp_path / "dask")) == FILES
    # same removals, in the same (input) order
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "serial.jsonl").read_bytes()
    assert dask.stderr == serial.stderr


def test_learn_counts_with_dask_as_serially(big_corpus):
    serial = _run("learn", str(big_corpus), "--jobs", "1", "--min-docs", "20")
    dask = _run("learn", str(big_corpus), "--engine", "dask", "--jobs", "2", "--min-docs", "20")
    assert dask.stdout == serial.stdout
    assert dask.stdout.count("[[rule]]") == 3


def test_missing_dask_gives_a_clear_error(tmp_path):
    # a stub that makes `import distributed` fail, as on an install without the [dask] extra
    (tmp_path / "distributed.py").write_text("raise ImportError('no distributed here')\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from cleaner.cli import main; "
         "sys.argv = ['cleaner', 'run', sys.argv[2], '--engine', 'dask']; main()", str(tmp_path), str(tmp_path / "a.txt")],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "pip install 'article-cleaner[dask]'" in done.stderr
