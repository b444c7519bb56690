"""The command line: a thin shell around the runner, the rules and the cleaner."""

from __future__ import annotations

import contextlib
import enum
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import typer

import cleaner
from cleaner import learn as learning
from cleaner.clihelp import Command, Group
from cleaner.config import ProjectConfig, load_project_config, options_from
from cleaner.console import Console, Verbosity, use_color
from cleaner.disable import UnknownDisable, check_disabled
from cleaner.files import Unreadable, decode, discover, unsupported
from cleaner.model import CleanResult
from cleaner.pipeline import Cleaner
from cleaner.rules import RuleError, default_rules_dir, load_rules
from cleaner.runner import (
    Mode,
    Outcome,
    Settings,
    Status,
    Stop,
    default_jobs,
    out_root,
    output_conflicts,
    run_parallel,
)
from cleaner.selection import DEFAULT_EXCLUDE, Globs, Selection
from cleaner.stdin import Format, clean_stdin, guess_format
from cleaner.summary import RunTotals

# Exit status, as ruff and black use it.
EXIT_OK = 0  # nothing to do, or all done
EXIT_CHANGES = 1  # --check/--diff: files would change; or files were skipped or left as they were
EXIT_USAGE = 2  # a wrong option, a bad configuration or rule file
EXIT_STATUS = (
    "Exit status: 0 when there was nothing to do or all was done; 1 when files would change "
    "(--check, --diff) or some were skipped or left as they were; 2 on usage or configuration errors."
)

# Plain help, as click, ruff and black print it: rich markup would eat "[tool.cleaner]"
app = typer.Typer(
    cls=Group, add_completion=False, no_args_is_help=True, epilog=EXIT_STATUS, rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(cls=Group, no_args_is_help=True, help="Show and test rule files.", rich_markup_mode=None)
app.add_typer(rules_app, name="rules")

RulesOption = typer.Option(None, "--rules", metavar="PATH", help="Extra rule file or folder (repeatable).")
DisableOption = typer.Option(None, "--disable", metavar="ID", help="Switch off a rule id or a category (repeatable).")
TextFieldOption = typer.Option(None, "--text-field", metavar="NAME", help="JSONL field with the text (default: text).")
EncodingOption = typer.Option("utf-8", "--encoding", metavar="CODEC", help="Input encoding, or 'auto' to detect.")
NoDefaultOption = typer.Option(False, "--no-default-rules", help="Use only the rules given with --rules.")
ConfigOption = typer.Option(
    None, "--config", metavar="FILE",
    help="Read [tool.cleaner] from this file (default: the nearest pyproject.toml above the files).",
)
StdinFilenameOption = typer.Option(
    None, "--stdin-filename", metavar="NAME",
    help="Name of the text read from '-': its suffix picks the format, its folder the configuration.",
)


class CleanMode(str, enum.Enum):
    ARTICLE = "article"  # article text as a scraper or an extractor left it
    PAGE = "page"  # whole pages flattened to text: the learned scorer runs too


ModeOption = typer.Option(
    None, "--mode", help="article: article text (the default); page: whole pages flattened to text."
)
LanguageOption = typer.Option(
    None, "--language", metavar="NAME", help="Page mode: the texts' jusText stoplist (default: guessed per text)."
)
ScorerThresholdOption = typer.Option(
    None, "--scorer-threshold", metavar="P", min=0.0, max=1.0,
    help="Page mode: remove a block below this article-text probability (0: the scorer removes nothing).",
)
PictureCreditsOption = typer.Option(
    None, "--picture-credits/--no-picture-credits", help="Also remove picture credits (default: off).",
    show_default=False,
)


class EngineName(str, enum.Enum):
    LOCAL = "local"  # this machine's cores (a process pool)
    DASK = "dask"  # a Dask cluster: a LocalCluster, or the one at --scheduler


class OutputFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


EngineOption = typer.Option(EngineName.LOCAL, "--engine", help="Where the work runs: local processes or Dask.")
SchedulerOption = typer.Option(
    None, "--scheduler", metavar="ADDRESS", help="Address of a Dask scheduler (default: a new LocalCluster)."
)
JobsOption = typer.Option(
    0, "--jobs", "-j", metavar="N", help="Worker processes (default: all cores).", show_default=False
)
MinDocsOption = typer.Option(
    learning.DEFAULT_MIN_DOCS, "--min-docs", metavar="N", help="A block must recur in this many documents."
)
MinShareOption = typer.Option(
    learning.DEFAULT_MIN_SHARE, "--min-share", metavar="SHARE", help="... and in at least this share of the documents."
)
FormatOption = typer.Option(OutputFormat.TEXT, "--format", help="Text for people, or JSON for programs.")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"cleaner: {message}", err=True)
    raise typer.Exit(code)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"cleaner {cleaner.__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Strip boilerplate from scraped articles, like a formatter: in place, or --check, or --diff."""


# --- configuration -------------------------------------------------------------------------


def _config_start(paths: list[Path], stdin_filename: str | None) -> Path:
    """Where the search for pyproject.toml starts: the folder holding all the inputs (for
    stdin, the folder of --stdin-filename, else the working folder), as ruff and black do."""
    folders = []
    for path in paths:
        if str(path) == "-":
            folders.append(Path(stdin_filename).parent if stdin_filename else Path.cwd())
        else:
            folders.append(path if path.is_dir() else path.parent)
    if not folders:
        return Path.cwd()
    return Path(os.path.commonpath([os.path.abspath(f) for f in folders]))


def _project(start: Path, config: Path | None) -> ProjectConfig:
    try:
        return load_project_config(start, config)
    except RuleError as error:
        _fail(str(error))


def _settings(
    project: ProjectConfig, rules: list[Path] | None, disable: list[str] | None, no_default: bool,
    options: dict[str, object], **extra
) -> Settings:
    """The run's Settings, from [tool.cleaner] and the command line (which wins) in one place:
    `options` are the flags that set Options fields (None: not given)."""
    text_field = extra.pop("text_field", None) or project.text_field or "text"
    mode = options.pop("mode", None)
    try:
        cleaning = options_from(project, mode=mode.value if isinstance(mode, CleanMode) else mode, **options)
    except RuleError as error:
        _fail(str(error))
    settings = Settings(
        rule_paths=project.rule_paths + tuple(str(p) for p in rules or ()),
        include_default_rules=not no_default,
        disable=project.disable + tuple(disable or ()),
        text_field=text_field,
        options=cleaning,
        **extra,
    )
    try:
        # fail now, with the file and rule named, not in a worker
        every_rule = replace(settings, disable=()).make_cleaner()
    except RuleError as error:
        _fail(str(error))
    _check_disabled(settings.disable, every_rule, project)
    return settings


def _check_disabled(disabled: tuple[str, ...], every_rule: Cleaner, project: ProjectConfig) -> None:
    """An unknown rule id or category in --disable (or [tool.cleaner] disable) is a usage error
    that names the closest known ones: a typo would otherwise switch nothing off, silently."""
    try:
        check_disabled(disabled, (rule.id for rule in every_rule.rules.rules))
    except UnknownDisable as error:
        where = f" (in {project.source})" if project.source and error.name in project.disable else ""
        _fail(f"--disable: no rule or category {error.name!r}{where}{error.hint}")


def _selection(
    project: ProjectConfig, exclude: list[str] | None, extend_exclude: list[str] | None,
    force_exclude: bool, respect_gitignore: bool | None, written: list[Path | None], out: Path | None,
) -> Selection:
    here = Path.cwd()
    base = project.source.parent if project.source else here
    # --exclude replaces `exclude`, which replaces the defaults; the extends add to any of them
    if exclude:
        excludes = Globs(tuple(_globs(exclude)), here)
    elif project.exclude is not None:
        excludes = Globs(project.exclude, base)
    else:
        excludes = Globs(DEFAULT_EXCLUDE, None)  # folder names, wherever the walk meets them
    globs = [excludes, Globs(project.extend_exclude, base), Globs(tuple(_globs(extend_exclude)), here)]
    return Selection(
        globs=globs,
        respect_gitignore=(
            respect_gitignore if respect_gitignore is not None else project.respect_gitignore is not False
        ),
        force_exclude=force_exclude or bool(project.force_exclude),
        out_dir=out,
        written=tuple(p for p in written if p is not None),
    )


def _globs(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated lists, as ruff takes them."""
    return [glob.strip() for value in values or () for glob in value.split(",") if glob.strip()]


# --- run -----------------------------------------------------------------------------------


@app.command(cls=Command, epilog=EXIT_STATUS)
def run(
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH...", help="Files or folders (.txt .md .html .jsonl); '-' reads stdin.", show_default=False
    ),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 if any file would change."),
    diff: bool = typer.Option(False, "--diff", help="Write nothing; print a unified diff; exit 1 if any would change."),
    out: Path | None = typer.Option(None, "--out", metavar="DIR", help="Write cleaned copies under this folder."),
    report: Path | None = typer.Option(
        None, "--report", metavar="FILE", help="Write every removal to this JSONL file."
    ),
    summary: Path | None = typer.Option(
        None, "--summary", metavar="FILE",
        help="Write a Markdown summary: removals per category and rule, the documents that lost the most.",
    ),
    config: Path | None = ConfigOption,
    exclude: list[str] | None = typer.Option(
        None, "--exclude", metavar="GLOB",
        help="Leave out files and folders matching these globs, instead of the defaults "
        f"({', '.join(DEFAULT_EXCLUDE)}).",
    ),
    extend_exclude: list[str] | None = typer.Option(
        None, "--extend-exclude", metavar="GLOB", help="Leave out these globs as well as the excludes (repeatable)."
    ),
    force_exclude: bool = typer.Option(
        False, "--force-exclude", help="Apply excludes and .gitignore to files named on the command line too."
    ),
    respect_gitignore: bool | None = typer.Option(
        None, "--respect-gitignore/--no-respect-gitignore", help="Leave out what .gitignore files name (default: on).",
        show_default=False,
    ),
    stdin_filename: str | None = StdinFilenameOption,
    rules: list[Path] | None = RulesOption,
    disable: list[str] | None = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    text_field: str | None = TextFieldOption,
    encoding: str = EncodingOption,
    clean_mode: CleanMode | None = ModeOption,
    allow_large_removals: bool = typer.Option(
        False, "--allow-large-removals", help="Clean documents even when they would lose most of their words."
    ),
    language: str | None = LanguageOption,
    scorer_threshold: float | None = ScorerThresholdOption,
    picture_credits: bool | None = PictureCreditsOption,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also print each removal and each unchanged file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    color: bool | None = typer.Option(
        None, "--color/--no-color", help="Colour the output (default: on a terminal, unless NO_COLOR is set).",
        show_default=False,
    ),
    jobs: int = JobsOption,
    engine: EngineName = EngineOption,
    scheduler: str | None = SchedulerOption,
    corpus_repeats: bool = typer.Option(
        False, "--corpus-repeats", help="Also remove boilerplate-like blocks that recur across the given files."
    ),
    min_docs: int = MinDocsOption,
    min_share: float = MinShareOption,
) -> None:
    """Clean files in place like a formatter (or check, diff, or write copies elsewhere).

    Folders are searched for .txt, .md, .html and .jsonl files, leaving out hidden ones, the
    excludes and what .gitignore names; a report or summary cleaner wrote is never cleaned.
    """
    if verbose and quiet:
        _fail("--verbose and --quiet exclude each other")
    console = Console(
        Verbosity.VERBOSE if verbose else Verbosity.QUIET if quiet else Verbosity.NORMAL,
        color=use_color(color, sys.stderr), color_stdout=use_color(color, sys.stdout),
    )
    names = [str(p) for p in paths]
    if "-" in names and len(names) > 1:
        _fail("'-' (stdin) cannot be given with other paths")
    project = _project(_config_start(paths, stdin_filename), config)
    flags: dict[str, object] = {
        "mode": clean_mode, "allow_large_removals": allow_large_removals or None, "language": language,
        "scorer_threshold": scorer_threshold, "picture_credits": picture_credits,
        "explain": report is not None,  # without a report nothing reads the reasons
    }
    if names == ["-"]:
        settings = _settings(
            project, rules, disable, no_default_rules, dict(flags), text_field=text_field, encoding=encoding,
            mode=Mode.CHECK if (check or diff) else Mode.WRITE, want_diff=diff,
        )
        code = _run_stdin(settings, console, stdin_filename, text_field is not None, check, diff, report, summary)
        raise typer.Exit(code)
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(map(str, missing))}")
    mode = Mode.CHECK if (check or diff) else Mode.WRITE
    refused = unsupported(paths, html=bool(out) or mode is Mode.CHECK)
    if refused:
        _fail(f"not a file cleaner reads (.txt .md .jsonl; .html only with --out): {', '.join(map(str, refused))}")
    settings = _settings(
        project, rules, disable, no_default_rules, dict(flags), text_field=text_field, mode=mode, encoding=encoding,
        out_dir=str(out) if out else None, root=out_root(paths) if out else None, want_diff=diff,
    )
    found = discover(paths)
    # before the --out folder is left out of the selection: an --out that holds the inputs
    # would have its copies overwrite them
    conflicts = output_conflicts(found, settings)
    selection = _selection(project, exclude, extend_exclude, force_exclude, respect_gitignore, [report, summary], out)
    files, left_out = selection.select(found, paths)
    for path, why in left_out:
        console.detail(f"excluded {path}: {why}")
    conflicts = conflicts or output_conflicts(files, settings)
    if conflicts:
        _fail("--out: nothing written:\n  " + "\n  ".join(conflicts))
    jobs = jobs or default_jobs()
    with _engine(engine, scheduler, jobs) as client:  # one Dask client for both passes; None = local
        if corpus_repeats:
            settings = _with_corpus_repeats(files, settings, client, jobs, min_docs, min_share, console)
        stop = Stop()
        if client:
            outcomes = _dask().run_dask(files, settings, client, stop)
        else:
            outcomes = run_parallel(files, settings, jobs, stop)
        totals, report_error = _consume(outcomes, len(files), report, diff, console, mode is Mode.CHECK, stop)
    console.totals(totals, check=mode is Mode.CHECK)
    if report_error:
        _fail(report_error)
    _write_summary(summary, totals, console)
    failed = totals.skipped > 0 or totals.flagged > 0
    would_change = mode is Mode.CHECK and totals.changed > 0
    raise typer.Exit(EXIT_CHANGES if failed or would_change else EXIT_OK)


def _dask():
    from cleaner import distributed

    try:
        distributed.require_dask()
    except distributed.DaskMissing as error:
        _fail(str(error))
    return distributed


def _engine(engine: EngineName, scheduler: str | None, jobs: int):
    if engine is EngineName.DASK:
        return _dask().connect(scheduler, jobs)
    return contextlib.nullcontext(None)


def _count(files: list[Path], settings: Settings, client, jobs: int) -> learning.Counts:
    if client is not None:
        return _dask().count_dask(files, settings.text_field, settings.encoding, client)
    return learning.count_corpus(files, settings.text_field, settings.encoding, jobs)


def _with_corpus_repeats(
    files: list[Path], settings: Settings, client, jobs: int, min_docs: int, min_share: float, console: Console
) -> Settings:
    """The first pass of --corpus-repeats: count blocks over the files, and remove the recurring
    boilerplate-like ones with extra rules (so the Cleaner stays a pure function of its rules)."""
    counts = _count(files, settings, client, jobs)
    found = learning.select(counts, min_docs, min_share, known=settings.make_cleaner().rules)
    repeats = learning.to_rules(found, counts.documents, source=learning.CORPUS_REPEAT_ID)
    needed = learning.threshold(counts.documents, min_docs, min_share)
    console.info(f"{len(repeats)} boilerplate-like blocks recur in >= {needed} of {counts.documents} documents: "
                 f"removed as {learning.CORPUS_REPEAT_ID}")
    return replace(settings, extra_rules=tuple(repeats))


def _open_report(report: Path):
    try:
        report.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace: a lone surrogate (from a JSONL "\\ud800" escape) is written as that escape
        return report.open("w", encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        _fail(f"cannot write the report {report}: {error.strerror or error}")


def _consume(
    outcomes: Iterator[Outcome], total: int, report: Path | None, diff: bool, console: Console, check: bool,
    stop: Stop,
) -> tuple[RunTotals, str]:
    """Tally, print and report each outcome; the second value says why the report stopped ("")."""
    totals = RunTotals()
    report_error = ""
    report_file = _open_report(report) if report else None
    try:
        with console.progress(total) as advance:
            for outcome in outcomes:
                totals.add(outcome)
                advance()
                if diff and outcome.diff:
                    console.diff(outcome.diff)
                console.outcome(outcome, check)
                if report and report_file and not report_error:
                    report_error = _record(report_file, outcome, report, console)
                    if report_error:
                        stop.set()  # the work in flight still comes back, and is named below
                elif report_error and outcome.status is Status.CHANGED:
                    console.error(f"{outcome.path}: changed, not in the report")
    finally:
        if report_file:
            with contextlib.suppress(OSError):  # its error was reported already
                report_file.close()
    return totals, report_error


def _record(report_file, outcome: Outcome, report: Path, console: Console) -> str:
    """Write the outcome's report lines; "" when written, else what to tell the user.

    Flushed file by file: a full disk is noticed at once, not pages of outcomes later."""
    try:
        for record in outcome.report_records():
            report_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        report_file.flush()
    except OSError as error:
        console.error(f"{outcome.path}: {outcome.status.value}, not in the report")
        return (f"cannot write the report {report}: {error.strerror or error}; the run stopped, and "
                "the files named above are not in it")
    return ""


def _write_summary(path: Path | None, totals: RunTotals, console: Console) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(totals.markdown(), encoding="utf-8")
    except OSError as error:
        console.error(f"cannot write the summary {path}: {error.strerror or error}")
        raise typer.Exit(EXIT_CHANGES) from error


def _run_stdin(
    settings: Settings, console: Console, filename: str | None, jsonl_asked: bool, check: bool, diff: bool,
    report: Path | None, summary: Path | None,
) -> int:
    """`-`: the cleaned text on stdout; with --check nothing, with --diff the diff."""
    try:
        _, new_text, outcome = clean_stdin(
            sys.stdin.buffer.read(), settings, settings.make_cleaner(), filename, jsonl_asked
        )
    except Unreadable as error:
        _fail(f"stdin: {error}", code=EXIT_CHANGES)
    if diff:
        console.diff(outcome.diff)
    elif not check:
        sys.stdout.write(new_text)
    if check or diff or outcome.status in (Status.SKIPPED, Status.FLAGGED):
        console.outcome(outcome, check=True)
    if report:
        with _open_report(report) as report_file:
            for record in outcome.report_records():
                report_file.write(json.dumps(record, ensure_ascii=False) + "\n")
    totals = RunTotals()
    totals.add(outcome)
    _write_summary(summary, totals, console)
    if outcome.status is Status.FLAGGED or ((check or diff) and outcome.status is Status.CHANGED):
        return EXIT_CHANGES
    return EXIT_OK


# --- learn ---------------------------------------------------------------------------------


@app.command(cls=Command, epilog=EXIT_STATUS)
def learn(
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH...", help="The corpus: files or folders (.txt .md .html .jsonl).", show_default=False
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Rule file to write (default: stdout)."
    ),
    min_docs: int = MinDocsOption,
    min_share: float = MinShareOption,
    config: Path | None = ConfigOption,
    rules: list[Path] | None = RulesOption,
    disable: list[str] | None = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    text_field: str | None = TextFieldOption,
    encoding: str = EncodingOption,
    jobs: int = JobsOption,
    engine: EngineName = EngineOption,
    scheduler: str | None = SchedulerOption,
) -> None:
    """Find blocks that recur across many documents and write them as a rule file to review.

    Lines the rules in force (--rules, --disable, --no-default-rules) remove already are left out.
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(map(str, missing))}")
    project = _project(_config_start(paths, None), config)
    settings = _settings(project, rules, disable, no_default_rules, {}, text_field=text_field, encoding=encoding)
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


# --- explain -------------------------------------------------------------------------------


def _read_bytes(name: str) -> bytes:
    return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()


def _explained(path: str, settings: Settings, cleaner_: Cleaner, stdin_filename: str | None, jsonl_asked: bool):
    """[(record line or None, result)] of one file: its documents, cleaned. A file's format is its
    suffix's; stdin's is guessed as `cleaner run -` guesses it."""
    text = decode(_read_bytes(path), settings.encoding).text
    kind = guess_format(stdin_filename if path == "-" else path, text, jsonl_asked and path == "-")
    if kind is Format.HTML:
        return [(None, cleaner_.clean_html(text))]
    if kind is Format.TEXT:
        return [(None, cleaner_.clean(text))]
    documents = []
    for number, line in enumerate(text.split("\n"), start=1):
        try:
            record = json.loads(line) if line.strip() else None
        except ValueError:
            continue  # `cleaner run` reports malformed lines; explain shows what is cleaned
        value = record.get(settings.text_field) if isinstance(record, dict) else None
        if isinstance(value, str):
            documents.append((number, cleaner_.clean(value)))
    return documents


@app.command(cls=Command, epilog=EXIT_STATUS)
def explain(
    paths: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Text, Markdown, HTML or JSONL files, or '-' for stdin.", show_default=False
    ),
    output_format: OutputFormat = FormatOption,
    config: Path | None = ConfigOption,
    stdin_filename: str | None = StdinFilenameOption,
    rules: list[Path] | None = RulesOption,
    disable: list[str] | None = DisableOption,
    no_default_rules: bool = NoDefaultOption,
    text_field: str | None = TextFieldOption,
    encoding: str = EncodingOption,
    clean_mode: CleanMode | None = ModeOption,
    language: str | None = LanguageOption,
    scorer_threshold: float | None = ScorerThresholdOption,
    picture_credits: bool | None = PictureCreditsOption,
) -> None:
    """Show each removed block with its rule or heuristic and the reason.

    HTML pages are extracted first: the first removal lists the paragraphs the extractor dropped.
    JSONL files are explained record by record.
    """
    project = _project(_config_start(paths, stdin_filename), config)
    flags: dict[str, object] = {
        "mode": clean_mode, "language": language, "scorer_threshold": scorer_threshold,
        "picture_credits": picture_credits,
    }
    settings = _settings(project, rules, disable, no_default_rules, flags, text_field=text_field, encoding=encoding)
    cleaner_ = settings.make_cleaner()
    documents: list[tuple[str, int | None, CleanResult]] = []
    failed = False
    for path in map(str, paths):
        try:
            documents += [(path, record, result) for record, result in
                          _explained(path, settings, cleaner_, stdin_filename, text_field is not None)]
        except Unreadable as error:
            typer.echo(f"cleaner: {'stdin' if path == '-' else path}: {error}", err=True)
            failed = True
        except OSError as error:
            typer.echo(f"cleaner: {path}: cannot read: {error.strerror or error}", err=True)
            failed = True
    if output_format is OutputFormat.JSON:
        listing = [{"file": path, "record": record, **result.to_dict()} for path, record, result in documents]
        typer.echo(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for path, record, result in documents:
            _explain_text(path, record, result, titled=len(documents) > 1)
    raise typer.Exit(EXIT_CHANGES if failed else EXIT_OK)


def _explain_text(path: str, record: int | None, result: CleanResult, titled: bool) -> None:
    if titled:
        typer.echo(f"==> {path}" + (f" (record on line {record})" if record else "") + " <==")
    for removal in result.removals:
        if removal.first_line == 0:
            where = "page"
        else:
            where = f"line {removal.first_line}" + (
                f"-{removal.last_line}" if removal.last_line != removal.first_line else "")
        typer.echo(f"{where}  [{removal.category.value}] {removal.source}: {removal.reason}")
        shown = removal.text.strip() or repr(removal.text)
        for line in shown.splitlines()[:6]:
            typer.echo(f"    - {line[:160]}")
    if result.suspicious and result.withheld:
        typer.echo(
            f"{len(result.withheld)} removals held back: they would take most of the words (--allow-large-removals)"
        )
    typer.echo(f"{len(result.removals)} removals")


# --- rules ---------------------------------------------------------------------------------


@rules_app.command("list", cls=Command, epilog=EXIT_STATUS)
def rules_list(
    output_format: OutputFormat = FormatOption,
    config: Path | None = ConfigOption,
    rules: list[Path] | None = RulesOption,
    disable: list[str] | None = DisableOption,
    no_default_rules: bool = NoDefaultOption,
) -> None:
    """List the rules in force: id, category, scope, file and description."""
    settings = _settings(_project(Path.cwd(), config), rules, disable, no_default_rules, {})
    ruleset = settings.make_cleaner().rules
    shipped = default_rules_dir().resolve()
    listing = [
        {"id": rule.id, "category": rule.category.value, "scope": rule.scope.value,
         "file": _rule_file(rule.origin, shipped), "description": rule.description}
        for rule in ruleset.rules
    ]
    if output_format is OutputFormat.JSON:
        typer.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for entry in listing:
        columns = f"{entry['id']:<28} {entry['category']:<11} {entry['scope']:<9} {entry['file']:<24}"
        typer.echo(f"{columns} {entry['description']}")


def _rule_file(origin: str, shipped: Path) -> str:
    """A rule's file: `rules/NAME.toml` for a shipped one, else as given (relative if it can be)."""
    if not origin:
        return ""
    path = Path(origin).resolve()
    if path.is_relative_to(shipped):
        return f"rules/{path.relative_to(shipped).as_posix()}"
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


@rules_app.command("test", cls=Command, epilog=EXIT_STATUS)
def rules_test(
    rules: list[Path] | None = RulesOption,
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
