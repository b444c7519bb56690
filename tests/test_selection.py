"""Which files a run cleans (excludes, .gitignore, never our own output) and which
configuration applies (the nearest pyproject.toml above the files, or --config)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.selection import looks_like_report

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"
CLEAN = f"{PROSE}\n"


def run(*args: str):
    return CliRunner().invoke(app, ["run", *args, "--jobs", "1"])


def make(root, *names: str, text: str = DIRTY):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def cleaned(root) -> set[str]:
    """The .txt/.md files under `root` that were cleaned (relative names)."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()
            and p.suffix in (".txt", ".md") and p.read_text(encoding="utf-8") == CLEAN}


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "corpus"
    make(root, "a.txt", "drafts/b.txt", "deep/drafts/c.txt", "node_modules/pkg/notes.md", "keep/d.raw.txt", "e.md")
    return root


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        pytest.param([], {"a.txt", "drafts/b.txt", "deep/drafts/c.txt", "keep/d.raw.txt", "e.md"}, id="defaults"),
        pytest.param(["--extend-exclude", "drafts"], {"a.txt", "keep/d.raw.txt", "e.md"}, id="extend-any-depth"),
        pytest.param(["--extend-exclude", "*.raw.txt,*.md"], {"a.txt", "drafts/b.txt", "deep/drafts/c.txt"},
                     id="extend-comma-separated"),
        pytest.param(["--exclude", "e.md"], {"a.txt", "drafts/b.txt", "deep/drafts/c.txt", "keep/d.raw.txt",
                                             "node_modules/pkg/notes.md"}, id="exclude-replaces-defaults"),
    ],
)
def test_exclude_globs(tree, flags, expected, monkeypatch):
    monkeypatch.chdir(tree)
    result = run(".", *flags)
    assert result.exit_code == 0, result.output
    assert cleaned(tree) == expected


def test_an_anchored_glob_is_relative_to_the_configuration(tree):
    (tree / "pyproject.toml").write_text('[tool.cleaner]\nextend-exclude = ["deep/drafts/"]\n', encoding="utf-8")
    assert run(str(tree)).exit_code == 0
    assert cleaned(tree) == {"a.txt", "drafts/b.txt", "keep/d.raw.txt", "e.md"}


def test_exclude_in_the_configuration_replaces_the_defaults(tree):
    (tree / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["*.md"]\n', encoding="utf-8")
    assert run(str(tree)).exit_code == 0
    assert cleaned(tree) == {"a.txt", "drafts/b.txt", "deep/drafts/c.txt", "keep/d.raw.txt"}


def test_a_named_file_is_cleaned_unless_force_exclude(tree):
    assert run(str(tree / "drafts" / "b.txt"), "--extend-exclude", "drafts").exit_code == 0
    assert cleaned(tree) == {"drafts/b.txt"}
    make(tree, "drafts/b.txt")
    result = run(str(tree / "drafts" / "b.txt"), "--extend-exclude", "drafts", "--force-exclude")
    assert result.exit_code == 0 and cleaned(tree) == set()
    assert "0 files scanned" in result.stderr


def test_gitignore_is_respected_by_default(tmp_path):
    repo = tmp_path / "repo"
    make(repo, "a.txt", "build/out.txt", "sub/b.txt", "sub/tmp.txt", "notes.txt")
    (repo / ".git").mkdir()
    (repo / ".gitignore").write_text("build/\nnotes.txt\n", encoding="utf-8")
    (repo / "sub" / ".gitignore").write_text("tmp.txt\n", encoding="utf-8")
    # from a folder below the repository's top, the top's .gitignore still applies
    assert run(str(repo / "sub")).exit_code == 0
    assert cleaned(repo) == {"sub/b.txt"}
    assert run(str(repo)).exit_code == 0
    assert cleaned(repo) == {"a.txt", "sub/b.txt"}
    assert run(str(repo), "--no-respect-gitignore").exit_code == 0
    assert cleaned(repo) == {"a.txt", "build/out.txt", "sub/b.txt", "sub/tmp.txt", "notes.txt"}


def test_gitignore_negation_and_outside_a_repository(tmp_path):
    root = tmp_path / "corpus"
    make(root, "a.txt", "b.txt", "keep.txt")
    (root / ".gitignore").write_text("*.txt\n!keep.txt\n", encoding="utf-8")
    assert run(str(root)).exit_code == 0
    assert cleaned(root) == {"keep.txt"}


def test_respect_gitignore_false_in_the_configuration(tmp_path):
    root = tmp_path / "corpus"
    make(root, "a.txt")
    (root / ".gitignore").write_text("a.txt\n", encoding="utf-8")
    (root / "pyproject.toml").write_text("[tool.cleaner]\nrespect-gitignore = false\n", encoding="utf-8")
    assert run(str(root)).exit_code == 0
    assert cleaned(root) == {"a.txt"}


def test_a_report_in_the_corpus_is_not_cleaned_by_the_next_run(tmp_path):
    """The bug: a --report JSONL inside the corpus was cleaned as a corpus on the next run, and
    the texts it recorded became ""."""
    root = tmp_path / "corpus"
    make(root, "a.txt")
    report = root / "removals.jsonl"
    assert run(str(root), "--report", str(report), "--summary", str(root / "summary.md")).exit_code == 0
    before = report.read_bytes(), (root / "summary.md").read_bytes()
    assert json.loads(report.read_text(encoding="utf-8").splitlines()[0])["text"] == "Advertisement"
    make(root, "b.txt")
    again = CliRunner().invoke(app, ["run", str(root), "--jobs", "1", "-v"])
    assert again.exit_code == 0
    assert (report.read_bytes(), (root / "summary.md").read_bytes()) == before
    assert f"excluded {report}: a cleaner report" in again.stderr
    assert "summary.md: a cleaner summary" in again.stderr
    # named explicitly (as pre-commit names every staged file), it is still left alone
    assert run(str(report)).exit_code == 0 and report.read_bytes() == before[0]


def test_the_report_and_out_folder_of_this_run_are_not_read(tmp_path):
    root = tmp_path / "corpus"
    make(root, "a.txt")
    out = root / "cleaned"
    make(out, "old.txt")  # a copy from an earlier run
    result = run(str(root), "--out", str(out), "--report", str(root / "r.jsonl"))
    assert result.exit_code == 0, result.output
    assert "1 files scanned" in result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == ["a.txt", "old.txt"]


@pytest.mark.parametrize(
    ("first", "is_report"),
    [
        pytest.param({"file": "a.txt", "start": 0, "end": 3, "first_line": 1, "last_line": 1, "category": "ad",
                      "source": "ad-x", "reason": "r", "text": "Ad"}, True, id="removal"),
        pytest.param({"file": "a.txt", "event": "skipped", "reason": "binary file"}, True, id="event"),
        pytest.param({"id": 1, "text": "An article.", "source": "rss"}, False, id="corpus-record"),
    ],
)
def test_looks_like_report(tmp_path, first, is_report):
    path = tmp_path / "x.jsonl"
    path.write_text("\n" + json.dumps(first) + "\n", encoding="utf-8")
    assert looks_like_report(path) is is_report


def test_configuration_is_found_above_the_files_not_in_the_working_folder(tmp_path, monkeypatch):
    project = tmp_path / "project"
    make(project, "corpus/a.txt")
    (project / "pyproject.toml").write_text('[tool.cleaner]\ndisable = ["ad"]\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "pyproject.toml").write_text('[tool.cleaner]\ndisable = ["signoff"]\n', encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    assert run(str(project / "corpus")).exit_code == 0
    assert (project / "corpus" / "a.txt").read_text(encoding="utf-8") == DIRTY  # "ad" was disabled there


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    outer = tmp_path / "outer"
    make(outer, "inner/corpus/a.txt")
    (outer / "pyproject.toml").write_text('[tool.cleaner]\ndisable = ["ad"]\n', encoding="utf-8")
    (outer / "inner" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert run(str(outer / "inner" / "corpus")).exit_code == 0
    assert (outer / "inner" / "corpus" / "a.txt").read_text(encoding="utf-8") == DIRTY


def test_several_paths_use_their_common_folder(tmp_path):
    make(tmp_path, "one/a.txt", "two/b.txt")
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\ndisable = ["ad"]\n', encoding="utf-8")
    (tmp_path / "one" / "pyproject.toml").write_text('[tool.cleaner]\n', encoding="utf-8")
    assert run(str(tmp_path / "one" / "a.txt"), str(tmp_path / "two" / "b.txt")).exit_code == 0
    assert cleaned(tmp_path) == set()  # tmp_path's config applied to both


@pytest.mark.parametrize("name", ["pyproject.toml", "cleaner.toml"])
def test_config_names_the_file(tmp_path, name):
    make(tmp_path, "corpus/a.txt")
    config = tmp_path / "ci" / name
    config.parent.mkdir()
    body = 'disable = ["ad"]\n'
    config.write_text(("[tool.cleaner]\n" if name == "pyproject.toml" else "") + body, encoding="utf-8")
    assert run(str(tmp_path / "corpus"), "--config", str(config)).exit_code == 0
    assert cleaned(tmp_path) == set()
    assert run(str(tmp_path / "corpus")).exit_code == 0
    assert cleaned(tmp_path) == {"corpus/a.txt"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param("[tool.cleaner]\nexclude = \"drafts\"\n", "exclude must be a list of glob strings", id="glob-type"),
        pytest.param("[tool.cleaner]\nforce-exclude = 1\n", "force-exclude must be true or false", id="flag-type"),
        pytest.param("[tool.cleaner\n", "not a valid TOML file", id="toml"),
    ],
)
def test_a_bad_configuration_is_exit_2(tmp_path, body, message):
    make(tmp_path, "a.txt")
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"))
    assert result.exit_code == 2 and message in result.stderr
