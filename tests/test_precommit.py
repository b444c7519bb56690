"""The pre-commit hook, run by the real pre-commit against a copy of this project.

The corpus repository points at the project the way any user's would (`repo:` a git URL, here
a local path, `rev:` a commit sha), so pre-commit clones it, reads `.pre-commit-hooks.yaml`
and pip-installs the project into its own virtualenv. That install is most of the ~25 s this
test takes (warm pip cache); there is no cheaper way to test the hook file as users get it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES

from benchmarks.speed import GIT_IDENTITY, git, snapshot

pytest.importorskip("pre_commit")


def _pre_commit(corpus: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_IDENTITY, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=corpus, env=env, capture_output=True, text=True, timeout=600,
    )


def test_hook_fixes_seed_corpus_then_passes(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    sha = snapshot(project)

    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "input", corpus)
    # the repository's own documents are no articles: the hook leaves them alone
    readme = "# Our corpus\n\nGet 25% off your first order with code SUMMER25\n"
    (corpus / "README.md").write_text(readme, encoding="utf-8")
    (corpus / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {project}\n  rev: {sha}\n  hooks:\n  - id: cleaner\n", encoding="utf-8"
    )
    git(corpus, "init", "-q")
    git(corpus, "add", "-A")

    first = _pre_commit(corpus, tmp_path / "pre-commit-home")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert "5 files scanned, 5 changed" in first.stdout

    second = _pre_commit(corpus, tmp_path / "pre-commit-home")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout

    for expected in sorted((SAMPLES / "expected").glob("*.txt")):
        assert (corpus / expected.name).read_bytes() == expected.read_bytes(), expected.name
    assert (corpus / "README.md").read_text(encoding="utf-8") == readme
    # the config file is YAML, not an article: the hook's file filter leaves it alone
    assert (corpus / ".pre-commit-config.yaml").read_text(encoding="utf-8").startswith("repos:")
