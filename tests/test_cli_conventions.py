"""The command line behaves as ruff and black do: the version, a line per file, -v and -q,
colours, exit codes 0/1/2, readable --help, `rules list` for people and programs."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner.cli import app

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"
CLEAN = f"{PROSE}\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return folder


def test_version_prints_the_package_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"cleaner {cleaner.__version__}\n"


@pytest.mark.parametrize(
    ("flags", "line", "code"),
    [
        pytest.param(["--check"], "would clean {dirty}", 1, id="check"),
        pytest.param(["--diff"], "would clean {dirty}", 1, id="diff"),
        pytest.param([], "cleaned {dirty}", 0, id="in-place"),
    ],
)
def test_each_changed_file_is_named_before_the_totals(corpus, flags, line, code):
    result = invoke("run", str(corpus), "--jobs", "1", *flags)
    assert result.exit_code == code, result.stderr
    lines = result.stderr.splitlines()
    named = line.format(dirty=corpus / "dirty.txt")
    assert named in lines
    assert lines.index(named) < next(i for i, text in enumerate(lines) if "files scanned" in text)
    assert not any(str(corpus / "clean.txt") in text for text in lines)  # unchanged: named only with -v


def test_a_skipped_file_is_named_with_its_reason_and_exits_1(corpus):
    (corpus / "binary.txt").write_bytes(b"abc\x00def")
    result = invoke("run", str(corpus), "--jobs", "1")
    assert result.exit_code == 1
    assert f"skipped {corpus / 'binary.txt'}: binary file (contains NUL bytes)" in result.stderr.splitlines()


def test_verbose_names_each_removal_and_unchanged_file(corpus):
    result = invoke("run", str(corpus), "--jobs", "1", "--check", "-v")
    lines = result.stderr.splitlines()
    assert f"{corpus / 'dirty.txt'}:3: heuristic:furniture-line [ad] 'Advertisement'" in lines
    assert f"unchanged {corpus / 'clean.txt'}" in lines


def test_quiet_prints_nothing_but_errors(corpus):
    result = invoke("run", str(corpus), "--jobs", "1", "--check", "-q")
    assert result.exit_code == 1 and result.stderr == "" and result.stdout == ""
    (corpus / "binary.txt").write_bytes(b"\x00")
    result = invoke("run", str(corpus), "--jobs", "1", "--check", "-q")
    assert result.stderr.splitlines() == [f"skipped {corpus / 'binary.txt'}: binary file (contains NUL bytes)"]


def test_verbose_and_quiet_together_is_a_usage_error(corpus):
    assert invoke("run", str(corpus), "-v", "-q").exit_code == 2


@pytest.mark.parametrize(
    ("flags", "env", "coloured"),
    [
        pytest.param([], {}, False, id="not-a-terminal"),
        pytest.param(["--color"], {}, True, id="color"),
        pytest.param(["--color"], {"NO_COLOR": "1"}, True, id="color-beats-NO_COLOR"),
        pytest.param(["--no-color"], {}, False, id="no-color"),
    ],
)
def test_colour_follows_the_flags(corpus, flags, env, coloured):
    result = invoke("run", str(corpus), "--jobs", "1", "--diff", *flags, env=env)
    assert bool(ANSI.search(result.stderr)) is coloured
    assert bool(ANSI.search(result.stdout)) is coloured  # the diff: + green, - red
    assert ANSI.sub("", result.stdout).startswith(f"--- a/{corpus / 'dirty.txt'}")


def test_a_diff_piped_to_a_file_is_not_coloured_when_stderr_is_a_terminal(capsys):
    from cleaner.console import Console

    Console(color=True, color_stdout=False).diff("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n")
    assert capsys.readouterr().out == "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n"
    Console(color=False, color_stdout=True).diff("-old\n+new\n")
    assert ANSI.search(capsys.readouterr().out)


def test_no_color_is_honoured_on_a_terminal(monkeypatch):
    from cleaner.console import use_color

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(None, Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(None, Terminal()) is False
    assert use_color(True, Terminal()) is True


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param(["run", "{clean}"], 0, id="nothing-to-do"),
        pytest.param(["run", "{clean}", "--check"], 0, id="check-clean"),
        pytest.param(["run", "{dirty}", "--check"], 1, id="check-would-change"),
        pytest.param(["run", "{dirty}"], 0, id="cleaned"),
        pytest.param(["run", "{dirty}", "--bogus"], 2, id="unknown-option"),
        pytest.param(["run"], 2, id="missing-path"),
        pytest.param(["run", "{dirty}", "--mode", "pages"], 2, id="bad-choice"),
        pytest.param(["run", "{dirty}", "--rules", "{missing}"], 2, id="missing-rule-file"),
        pytest.param(["run", "{dirty}", "--config", "{missing}"], 2, id="missing-config"),
        pytest.param(["run", "{missing}"], 2, id="missing-path-on-disk"),
        pytest.param(["nonsense"], 2, id="unknown-command"),
    ],
)
def test_exit_codes(corpus, args, code):
    paths = {"clean": corpus / "clean.txt", "dirty": corpus / "dirty.txt", "missing": corpus / "missing.toml"}
    result = invoke(*(a.format(**paths) for a in args), *(["--jobs", "1"] if args[0] == "run" and len(args) > 1 else []))
    assert result.exit_code == code, result.output


def test_usage_errors_exit_2_from_the_installed_command(corpus):
    done = subprocess.run([sys.executable, "-m", "cleaner", "run", "--no-such-flag", str(corpus)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "No such option" in done.stderr


def test_exit_codes_are_documented_in_help_and_readme():
    from conftest import ROOT

    for args in (["--help"], ["run", "--help"]):
        text = " ".join(invoke(*args).stdout.split())
        assert "Exit status: 0" in text and "1 when files would change" in text and "2 on usage" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| 0 |" in readme and "| 1 |" in readme and "| 2 |" in readme


@pytest.mark.parametrize("command", [["run"], ["learn"], ["explain"], ["rules", "list"], ["rules", "test"], []])
def test_help_renders_without_python_types(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    for leak in ("<bool>", "<list", "<path>", "<str>", "<int>", "{paths}", "{path"):
        assert leak not in result.stdout, (leak, result.stdout)
    if command == ["run"]:
        assert re.search(r"^Usage: \S+ run \[OPTIONS\] PATH\.\.\.$", result.stdout, re.M)
        assert "--out DIR" in result.stdout and "--jobs N" in result.stdout and "--mode [article|page]" in result.stdout
        assert "[tool.cleaner]" in result.stdout  # not eaten as markup


def test_unknown_disable_is_an_error_with_close_matches(corpus):
    result = invoke("run", str(corpus), "--disable", "ad-promo-cod")
    assert result.exit_code == 2
    assert "no rule or category 'ad-promo-cod'" in result.stderr and "'ad-promo-code'" in result.stderr
    category = invoke("run", str(corpus), "--disable", "ads")
    assert category.exit_code == 2 and "did you mean 'ad'" in category.stderr
    nothing = invoke("run", str(corpus), "--disable", "zzzzzzzz")
    assert nothing.exit_code == 2 and "cleaner rules list" in nothing.stderr
    assert invoke("run", str(corpus), "--disable", "ad", "--disable", "signoff", "--jobs", "1").exit_code == 0


def test_unknown_disable_in_the_config_names_the_file(corpus):
    config = corpus.parent / "pyproject.toml"
    config.write_text('[tool.cleaner]\ndisable = ["sigoff"]\n', encoding="utf-8")
    result = invoke("run", str(corpus))
    assert result.exit_code == 2 and str(config) in result.stderr and "'signoff'" in result.stderr


def test_rules_list_shows_file_category_scope_and_description():
    lines = invoke("rules", "list").stdout.splitlines()
    ad = next(line for line in lines if line.startswith("ad-promo-code "))
    assert ad.split()[:4] == ["ad-promo-code", "ad", "block", "rules/ads.toml"]
    assert "promo or coupon code" in ad


def test_rules_list_as_json(tmp_path):
    own = tmp_path / "house.toml"
    own.write_text(
        '[[rule]]\nid = "house-radio"\ncategory = "cta"\nscope = "block"\ndescription = "Station plug."\n'
        "pattern = '''^listen to valley radio'''\n"
        '[rule.examples]\nremove = ["Listen to Valley Radio"]\nkeep = ["We listen to the radio."]\n',
        encoding="utf-8",
    )
    listing = json.loads(invoke("rules", "list", "--format", "json", "--rules", str(own), "--disable", "ad").stdout)
    by_id = {entry["id"]: entry for entry in listing}
    assert set(listing[0]) == {"id", "category", "scope", "file", "description"}
    assert by_id["house-radio"]["category"] == "cta" and by_id["house-radio"]["file"].endswith("house.toml")
    assert by_id["poll-consent"]["file"] == "rules/polls.toml" or by_id["poll-consent"]["file"].startswith("rules/")
    assert not any(entry["category"] == "ad" for entry in listing)


def test_the_readme_usage_names_every_flag_of_run():
    import typer.main
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = readme[readme.index("## Usage"):readme.index("## Library")]
    command = typer.main.get_command(app).commands["run"]
    for param in command.params:
        for flag in [*param.opts, *param.secondary_opts]:
            if flag.startswith("-") and flag not in ("-h", "--help"):
                assert re.search(rf"`{re.escape(flag)}[ `]", usage), flag
