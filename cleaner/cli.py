"""The command line: a thin shell around the runner, the rules and the cleaner."""

from __future__ import annotations

import contextlib
import enum
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from cleaner import learn as learning
from cleaner.config import load_project_config
from cleaner.files import Unreadable, decode, discover, unsupported
from cleaner.pipeline import Cleaner
from cleaner.rules import RuleError, load_rules
from cleaner.runner import (
    Mode, Outcome, Settings, Status, Stop, default_jobs, out_root, output_conflicts, run_parallel,
)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Strip boilerplate from scraped articles.")
rules_app = typer.Typer(no_args_is_help=True, help="Show and test rule files.")
app.add_typer(rules_app, name="rules")

RulesOption = typer.Option(None, "--rules", help="Extra rule file or folder (repeatable).")
DisableOption = typer.Option(None, "--disable", help="Switch off a rule id or a category (repeatable).")
TextFieldOption = typer.Option(None, "--text-field", help="JSONL field with the text (default: text).")
EncodingOption = typer.Option("utf-8", "--encoding", help="Input encoding, or 'auto' to detect.")
NoDefaultOption = typer.Option(False, "--no-default-rules", help="Use only the rules given with --rules.")


class CleanMode(str, enum.Enum):
    ARTICLE = "article"  # article text as a scraper or an extractor left it
    PAGE = "page"  # whole pages flattened to text: the learned scorer runs too


ModeOption = typer.Option(
    None, "--mode", help="article: article text (the default); page: whole pages flattened to text."
)


class EngineName(str, enum.Enum):
    LOCAL = "local"  # this machine's cores (a process pool)
    DASK = "dask"  # a Dask cluster: a LocalCluster, or the one at --scheduler


EngineOption = typer.Option(EngineName.LOCAL, "--engine", help="Where the work runs: local processes or Dask.")
SchedulerOption = typer.Option(None, "--scheduler", help="Address of a Dask scheduler (default: a new LocalCluster).")
JobsOption = typer.Option(0, "--jobs", "-j", help="Worker processes (default: all cores).")
MinDocsOption = typer.Option(learning.DEFAULT_MIN_DOCS, "--min-docs", help="A block must recur in this many documents.")
MinShareOption = typer.Option(
    learning.DEFAULT_MIN_SHARE, "--min-share", help="... and in at least this share of the documents."
)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"cleaner: {message}", err=True)
    raise typer.Exit(code)


def _settings(rules: Optional[List[Path]], disable: Optional[List[str]], no_default: bool, **extra) -> Settings:
    try:
        project = load_project_config()
    except RuleError as error:
        _fail(str(error))
    text_field = extra.pop("text_field", None) or project.text_field or "text"
    mode = extra.pop("clean_mode", None)
    extra["clean_mode"] = mode.value if mode else project.mode or "article"
    settings = Settings(
        rule_paths=project.rule_paths + tuple(str(p) for p in rules or ()),
        include_default_rules=not no_default,
        disable=project.disable + tuple(disable or ()),
        text_field=text_field,
        **extra,
    )
    try:
        settings.make_cleaner()  # fail now, with the file and rule named, not in a worker
    except RuleError as error:
        _fail(str(error))
    return settings


@app.command()
def run(
    paths: List[Path] = typer.Argument(..., help="Files or folders (.txt .md .html .jsonl); '-' for stdin."),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if any file would change."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff instead of writing."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write cleaned copies under this folder."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write every removal to this JSONL file."),
    rules: Optional[List[Path]] = RulesOption,
    disable: Optional[List[str]] = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    text_field: Optional[str] = TextFieldOption,
    encoding: str = EncodingOption,
    jobs: int = JobsOption,
    clean_mode: Optional[CleanMode] = ModeOption,
    allow_large_removals: bool = typer.Option(
        False, "--allow-large-removals", help="Clean documents even when they would lose most of their words."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    engine: EngineName = EngineOption,
    scheduler: Optional[str] = SchedulerOption,
    corpus_repeats: bool = typer.Option(
        False, "--corpus-repeats", help="Also remove boilerplate-like blocks that recur across the given files."
    ),
    min_docs: int = MinDocsOption,
    min_share: float = MinShareOption,
) -> None:
    """Clean files in place like a formatter (or check, diff, or write copies elsewhere)."""
    if [str(p) for p in paths] == ["-"]:
        _run_stdin(_settings(
            rules, disable, no_default_rules, text_field=text_field, clean_mode=clean_mode,
            allow_large_removals=allow_large_removals,
        ))
        return
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(map(str, missing))}")
    mode = Mode.CHECK if (check or diff) else Mode.WRITE
    refused = unsupported(paths, html=bool(out) or mode is Mode.CHECK)
    if refused:
        _fail(f"not a file cleaner reads (.txt .md .jsonl; .html only with --out): {', '.join(map(str, refused))}")
    settings = _settings(
        rules, disable, no_default_rules, text_field=text_field, mode=mode, encoding=encoding,
        allow_large_removals=allow_large_removals, clean_mode=clean_mode, out_dir=str(out) if out else None,
        root=out_root(paths) if out else None, want_diff=diff,
        explain=report is not None,  # without a report nothing reads the reasons
    )
    files = discover(paths)
    conflicts = output_conflicts(files, settings)
    if conflicts:
        _fail("--out: nothing written:\n  " + "\n  ".join(conflicts))
    jobs = jobs or default_jobs()
    with _engine(engine, scheduler, jobs) as client:  # one Dask client for both passes; None = local
        if corpus_repeats:
            settings = _with_corpus_repeats(files, settings, client, jobs, min_docs, min_share, quiet)
        stop = Stop()
        outcomes = _dask().run_dask(files, settings, client, stop) if client else run_parallel(files, settings, jobs, stop)
        summary = _consume(outcomes, len(files), report, diff, quiet, stop)
    if not quiet:
        _print_summary(summary, mode)
    if summary["report_error"]:
        _fail(summary["report_error"])
    failed = summary["skipped"] > 0 or summary["flagged"] > 0
    would_change = mode is Mode.CHECK and summary["changed"] > 0
    raise typer.Exit(1 if failed or would_change else 0)


def _dask():
    from cleaner import distributed

    try:
        distributed.require_dask()
    except distributed.DaskMissing as error:
        _fail(str(error))
    return distributed


def _engine(engine: EngineName, scheduler: Optional[str], jobs: int):
    if engine is EngineName.DASK:
        return _dask().connect(scheduler, jobs)
    return contextlib.nullcontext(None)


def _count(files: list[Path], settings: Settings, client, jobs: int) -> learning.Counts:
    if client is not None:
        return _dask().count_dask(files, settings.text_field, settings.encoding, client)
    return learning.count_corpus(files, settings.text_field, settings.encoding, jobs)


def _with_corpus_repeats(
    files: list[Path], settings: Settings, client, jobs: int, min_docs: int, min_share: float, quiet: bool
) -> Settings:
    """The first pass of --corpus-repeats: count blocks over the files, and remove the recurring
    boilerplate-like ones with extra rules (so the Cleaner stays a pure function of its rules)."""
    counts = _count(files, settings, client, jobs)
    found = learning.select(counts, min_docs, min_share, known=settings.make_cleaner().rules)
    repeats = learning.to_rules(found, counts.documents, source=learning.CORPUS_REPEAT_ID)
    if not quiet:
        needed = learning.threshold(counts.documents, min_docs, min_share)
        typer.echo(f"{len(repeats)} boilerplate-like blocks recur in >= {needed} of {counts.documents} documents: "
                   f"removed as {learning.CORPUS_REPEAT_ID}", err=True)
    return replace(settings, extra_rules=tuple(repeats))


@app.command()
def learn(
    paths: List[Path] = typer.Argument(..., help="The corpus: files or folders (.txt .md .html .jsonl)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Rule file to write (default: stdout)."),
    min_docs: int = MinDocsOption,
    min_share: float = MinShareOption,
    rules: Optional[List[Path]] = RulesOption,
    disable: Optional[List[str]] = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    text_field: Optional[str] = TextFieldOption,
    encoding: str = EncodingOption,
    jobs: int = JobsOption,
    engine: EngineName = EngineOption,
    scheduler: Optional[str] = SchedulerOption,
) -> None:
    """Find blocks that recur across many documents and write them as a rule file to review.

    Lines the rules in force (--rules, --disable, --no-default-rules) remove already are left out.
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(map(str, missing))}")
    settings = _settings(rules, disable, no_default_rules, text_field=text_field, encoding=encoding)
    jobs = jobs or default_jobs()
    with _engine(engine, scheduler, jobs) as client:
        counts = _count(discover(paths), settings, client, jobs)
    known = settings.make_cleaner().rules
    found = learning.select(counts, min_docs, min_share, known)
    left_out = learning.rejected(counts, min_docs, min_share, known)
    text = learning.render_toml(found, counts.documents, " ".join(map(str, paths)), left_out)
    if output is None:
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        try:
            load_rules([output], include_default=False)
        except RuleError as error:  # a bug in learn, not in the corpus: say so loudly
            _fail(f"the learned rule file does not load: {error}", code=1)
    typer.echo(
        f"{counts.documents} documents; {len(found) + len(left_out)} blocks recur in >= "
        f"{learning.threshold(counts.documents, min_docs, min_share)} documents: {len(found)} rules"
        + (f" written to {output}" if output else "") + f", {len(left_out)} left out (listed at the end)",
        err=True,
    )


def _run_stdin(settings: Settings) -> None:
    result = settings.make_cleaner().clean(_read_text("-"))
    sys.stdout.write(result.text)


def _read_text(name: str) -> str:
    """A file's (or stdin's) text; binary or undecodable input is refused with the reason."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return decode(data).text
    except Unreadable as error:
        _fail(f"{'stdin' if name == '-' else name}: {error}", code=1)
    except OSError as error:
        _fail(f"{name}: cannot read: {error.strerror or error}", code=1)


def _open_report(report: Path):
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace: a lone surrogate (from a JSONL "\\ud800" escape) is written as that escape
        return report.open("w", encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        _fail(f"cannot write the report {report}: {error.strerror or error}")


def _consume(
    outcomes: Iterator[Outcome], total: int, report: Optional[Path], diff: bool, quiet: bool, stop: Stop
) -> dict:
    summary: dict = {"scanned": 0, "changed": 0, "unchanged": 0, "skipped": 0, "flagged": 0,
                     "blocks": Counter(), "chars": Counter(), "suspicious": [], "flagged_paths": [],
                     "report_error": ""}
    report_file = _open_report(report) if report else None
    progress = _progress(total, quiet)
    try:
        for outcome in outcomes:
            _tally(summary, outcome)
            if diff and outcome.diff:
                sys.stdout.write(outcome.diff)
            if outcome.status in (Status.SKIPPED, Status.FLAGGED):
                typer.echo(f"{outcome.path}: {outcome.status.value}: {outcome.reason}", err=True)
            for problem in outcome.problems:
                typer.echo(f"{outcome.path}: {problem}", err=True)
            if report_file and not summary["report_error"]:
                summary["report_error"] = _record(report_file, outcome, report)
                if summary["report_error"]:
                    stop.set()  # the work in flight still comes back, and is named below
            elif summary["report_error"] and outcome.status is Status.CHANGED:
                typer.echo(f"{outcome.path}: changed, not in the report", err=True)
            if progress:
                progress.update(1)
    finally:
        if progress:
            progress.close()
        if report_file:
            with contextlib.suppress(OSError):  # its error was reported already
                report_file.close()
    return summary


def _record(report_file, outcome: Outcome, report: Path) -> str:
    """Write the outcome's report lines; "" when written, else what to tell the user.

    Flushed file by file: a full disk is noticed at once, not pages of outcomes later."""
    try:
        for record in outcome.report_records():
            report_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        report_file.flush()
    except OSError as error:
        typer.echo(f"{outcome.path}: {outcome.status.value}, not in the report", err=True)
        return (f"cannot write the report {report}: {error.strerror or error}; the run stopped, and "
                "the files named above are not in it")
    return ""


def _progress(total: int, quiet: bool):
    if quiet or not sys.stderr.isatty() or total < 2:
        return None
    return _Bar(total)


class _Bar:
    """A one-line progress counter on stderr (shown only on a terminal)."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    def update(self, step: int) -> None:
        self.done += step
        if self.done == self.total or self.done % 50 == 0:
            sys.stderr.write(f"\rcleaning: {self.done}/{self.total} files")
            sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")


def _tally(summary: dict, outcome: Outcome) -> None:
    summary["scanned"] += 1
    summary[outcome.status.value] += 1
    if outcome.status is Status.FLAGGED:
        summary["flagged_paths"].append(outcome.path)
    elif outcome.suspicious:
        summary["suspicious"].append(outcome.path)
    for removal in outcome.removals:
        summary["blocks"][removal["category"]] += 1
        summary["chars"][removal["category"]] += len(removal["text"])


def _print_summary(summary: dict, mode: Mode) -> None:
    verb = "would change" if mode is Mode.CHECK else "changed"
    typer.echo(
        f"{summary['scanned']} files scanned, {summary['changed']} {verb}, {summary['unchanged']} unchanged, "
        f"{summary['skipped']} skipped" + (f", {summary['flagged']} left as they were" if summary["flagged"] else ""),
        err=True,
    )
    for category, count in summary["blocks"].most_common():
        typer.echo(f"  {category:<12} {count:>7} removals {summary['chars'][category]:>10} chars", err=True)
    for path in summary["flagged_paths"]:
        typer.echo(
            f"  left unchanged: {path}: would lose most of its words (--allow-large-removals to clean it)", err=True
        )
    for path in summary["suspicious"]:
        typer.echo(f"  warning: {path}: lost most of its words (--allow-large-removals)", err=True)


@app.command()
def explain(
    path: Path = typer.Argument(..., help="A text file, or '-' for stdin."),
    rules: Optional[List[Path]] = RulesOption,
    disable: Optional[List[str]] = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    clean_mode: Optional[CleanMode] = ModeOption,
) -> None:
    """Show each removed block with its rule or heuristic and the reason."""
    settings = _settings(rules, disable, no_default_rules, clean_mode=clean_mode)
    result = settings.make_cleaner().clean(_read_text(str(path)))
    for removal in result.removals:
        where = f"line {removal.first_line}" + (f"-{removal.last_line}" if removal.last_line != removal.first_line else "")
        typer.echo(f"{where}  [{removal.category.value}] {removal.source}: {removal.reason}")
        shown = removal.text.strip() or repr(removal.text)
        for line in shown.splitlines()[:6]:
            typer.echo(f"    - {line[:160]}")
    if result.suspicious and result.withheld:
        typer.echo(f"{len(result.withheld)} removals held back: they would take most of the words (--allow-large-removals)")
    typer.echo(f"{len(result.removals)} removals")


@rules_app.command("list")
def rules_list(
    rules: Optional[List[Path]] = RulesOption,
    disable: Optional[List[str]] = DisableOption,
    no_default_rules: bool = NoDefaultOption,
) -> None:
    """List the rules in force: id, category, scope, description."""
    settings = _settings(rules, disable, no_default_rules)
    for rule in Cleaner(
        [Path(p) for p in settings.rule_paths], include_default_rules=settings.include_default_rules,
        disable=settings.disable,
    ).rules.rules:
        typer.echo(f"{rule.id:<28} {rule.category.value:<11} {rule.scope.value:<9} {rule.description}")


@rules_app.command("test")
def rules_test(
    rules: Optional[List[Path]] = RulesOption,
    no_default_rules: bool = NoDefaultOption,
) -> None:
    """Check every example of every rule file; exit 1 on the first rule that fails."""
    try:
        ruleset = load_rules([Path(p) for p in (rules or ())], include_default=not no_default_rules)
    except RuleError as error:
        _fail(str(error), code=1)
    examples = sum(len(r.remove_examples) + len(r.keep_examples) for r in ruleset.rules)
    typer.echo(f"{len(ruleset.rules)} rules, {examples} examples: all pass")


def main() -> None:
    app()
