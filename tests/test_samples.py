"""The five seed articles: cleaned by `cleaner run`, they equal the hand-checked expected files."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import SAMPLES

SEEDS = sorted(p.name for p in (SAMPLES / "input").glob("*.txt"))


def test_there_are_five_seeds():
    assert len(SEEDS) == 5
    assert sorted(p.name for p in (SAMPLES / "expected").glob("*.txt")) == SEEDS


@pytest.mark.parametrize("name", SEEDS)
def test_library_cleans_seed_exactly(default_cleaner, name):
    text = (SAMPLES / "input" / name).read_text(encoding="utf-8")
    expected = (SAMPLES / "expected" / name).read_bytes()
    assert default_cleaner.clean(text).text.encode("utf-8") == expected


@pytest.mark.parametrize("name", SEEDS)
def test_cleaning_expected_output_changes_nothing(default_cleaner, name):
    text = (SAMPLES / "expected" / name).read_text(encoding="utf-8")
    result = default_cleaner.clean(text)
    assert result.text == text
    assert result.removals == []


def test_cli_run_rewrites_seeds_then_converges(tmp_path):
    work = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "input", work)
    for path in work.iterdir():
        path.chmod(0o644)  # a corpus the user can write (the seeds may come read-only)
    first = subprocess.run([sys.executable, "-m", "cleaner", "run", str(work), "--jobs", "2"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    for name in SEEDS:
        assert (work / name).read_bytes() == (SAMPLES / "expected" / name).read_bytes(), name
    second = subprocess.run([sys.executable, "-m", "cleaner", "run", str(work), "--check"], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert "0 would change" in second.stderr
