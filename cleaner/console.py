"""What `cleaner run` prints on stderr, as formatters do: a line per file that changes or is
skipped (`would clean X`, `cleaned X`, `skipped X: reason`), a line per removal with -v, then
the totals; with -q only errors. A progress bar (files per second, time left) shows on a
terminal only. Colours follow --color/--no-color, else NO_COLOR, else whether stderr is a terminal.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING

import typer

from cleaner.runner import Outcome, Status
from cleaner.summary import RunTotals

if TYPE_CHECKING:
    from rich.progress import Progress

# The excerpt of a removed text on a -v line: enough to recognise it, one terminal line.
EXCERPT_CHARS = 72
# Below this many files a progress bar only flickers.
PROGRESS_MIN_FILES = 2


class Verbosity(enum.IntEnum):
    QUIET = 0  # errors only
    NORMAL = 1  # a line per changed or skipped file, then the totals
    VERBOSE = 2  # and a line per removal, and the files left unchanged


def use_color(flag: bool | None, stream: IO[str]) -> bool:
    """--color / --no-color when given; else off when NO_COLOR is set (no-color.org); else
    on when `stream` is a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return _isatty(stream)


class Console:
    def __init__(
        self, verbosity: Verbosity = Verbosity.NORMAL, color: bool = False, color_stdout: bool | None = None
    ) -> None:
        self.verbosity = verbosity
        self.color = color  # of the lines on stderr
        # of the diff on stdout, which may go to a file while stderr is a terminal
        self.color_stdout = color if color_stdout is None else color_stdout
        self._progress: Progress | None = None  # a rich Progress while one is shown

    # --- lines -------------------------------------------------------------------------

    def error(self, message: str, fg: str | None = "red") -> None:
        """Shown even with -q."""
        self._echo(self._style(message, fg))

    def info(self, message: str, fg: str | None = None) -> None:
        if self.verbosity >= Verbosity.NORMAL:
            self._echo(self._style(message, fg))

    def detail(self, message: str, fg: str | None = None) -> None:
        if self.verbosity >= Verbosity.VERBOSE:
            self._echo(self._style(message, fg))

    def outcome(self, outcome: Outcome, check: bool) -> None:
        """The line naming a file (and, with -v, one per removal)."""
        if outcome.status is Status.SKIPPED:
            self.error(f"skipped {outcome.path}: {outcome.reason}")
        elif outcome.status is Status.FLAGGED:
            self.error(f"flagged {outcome.path}: {outcome.reason}")
        elif outcome.status is Status.CHANGED:
            if check:
                self.info(f"would clean {outcome.path}", "yellow")
            else:
                self.info(f"cleaned {outcome.path}", "green")
        else:
            self.detail(f"unchanged {outcome.path}")
        for problem in outcome.problems:
            self.info(f"{outcome.path}: {problem}", "yellow")
        if self.verbosity >= Verbosity.VERBOSE:
            for removal in outcome.removals:
                self.detail(removal_line(outcome.path, removal))

    def diff(self, text: str) -> None:
        """A unified diff on stdout, coloured like git's when colours are on."""
        if not self.color_stdout:
            sys.stdout.write(text)
            return
        for line in text.splitlines(keepends=True):
            fg = (
                "green" if line.startswith("+") else "red" if line.startswith("-")
                else "cyan" if line.startswith("@@") else None
            )
            bold = line.startswith(("+++", "---"))
            sys.stdout.write(typer.style(line, fg=None if bold else fg, bold=bold) if (fg or bold) else line)

    def totals(self, totals: RunTotals, check: bool) -> None:
        verb = "would change" if check else "changed"
        self.info(
            f"{totals.scanned} files scanned, {totals.changed} {verb}, {totals.unchanged} unchanged, "
            f"{totals.skipped} skipped" + (f", {totals.flagged} left as they were" if totals.flagged else "")
        )
        for category, count in totals.blocks.most_common():
            self.info(f"  {category:<12} {count:>7} removals {totals.chars[category]:>10} chars")
        for path in totals.flagged_paths:
            self.info(f"  left unchanged: {path}: would lose most of its words (--allow-large-removals to clean it)")
        for path in totals.suspicious:
            self.info(f"  warning: {path}: lost most of its words (--allow-large-removals)", "yellow")

    # --- progress ----------------------------------------------------------------------

    @contextlib.contextmanager
    def progress(self, total: int) -> Iterator[Callable[[], None]]:
        """A bar with files per second and the time left, on a terminal only; yields the
        function to call per file done."""
        if self.verbosity < Verbosity.NORMAL or total < PROGRESS_MIN_FILES or not _isatty(sys.stderr):
            yield lambda: None
            return
        from rich.console import Console as RichConsole
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Speed(ProgressColumn):
            def render(self, task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.1f} files/s," if speed else "- files/s,")

        bar = Progress(
            TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(), TextColumn("files,"), Speed(),
            TextColumn("time left"), TimeRemainingColumn(),
            console=RichConsole(stderr=True, highlight=False, no_color=not self.color),
            redirect_stdout=False, redirect_stderr=False,
        )
        task = bar.add_task("cleaning", total=total)
        self._progress = bar
        try:
            with bar:
                yield lambda: bar.advance(task)
        finally:
            self._progress = None

    # --- plumbing ----------------------------------------------------------------------

    def _style(self, message: str, fg: str | None) -> str:
        return typer.style(message, fg=fg) if fg and self.color else message

    def _echo(self, message: str) -> None:
        if self._progress is not None:  # above the bar, which rich redraws below
            from rich.text import Text

            self._progress.console.print(Text.from_ansi(message), soft_wrap=True)
        else:
            typer.echo(message, err=True, color=self.color)


def removal_line(path: str, removal: dict) -> str:
    """`path:line: source [category] excerpt`: the line is the file's (for JSONL, the record's)."""
    line = removal.get("record") or removal["first_line"]
    text = " ".join(removal["text"].split()) or removal["text"]  # blank lines: shown as "\n\n"
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS - 1] + "…"
    return f"{path}:{line}: {removal['source']} [{removal['category']}] {text!r}"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
