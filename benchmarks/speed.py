"""Corpus-scale speed of the cleaner, side by side with baselines measured in the same run.

    PYTHONPATH=. python benchmarks/speed.py [--repeat 3]
        [--only text,startup,precommit,rules,html,jobs,memory,large,profile]

Corpus: the trafilatura-eval dev pages (benchmarks/corpus.py), flattened to full-page text with
html_text. Every figure is the median of --repeat runs, the cleaner's caches of line texts
emptied before each (cold_caches); ratios compare runs made in the same process, so a busy
machine slows both sides alike. This is a benchmark, not a test: the tests
check that the fast paths change no output.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import flat_texts, html_pages  # noqa: E402
from cleaner import Cleaner, Options  # noqa: E402
from cleaner.prefilter import necessary_literals  # noqa: E402
from cleaner.rules import Rule, RuleSet, load_rules  # noqa: E402
from cleaner.segment import segment  # noqa: E402

C4_END = (".", "!", "?", '"', "'", "”", "’", "»", ")")
ROOT = Path(__file__).resolve().parent.parent


def c4_filter(text: str) -> str:
    """The C4 line filter: lines of >= 5 words ending in terminal punctuation."""
    return "\n".join(line for line in text.split("\n") if len(line.split()) >= 5 and line.strip().endswith(C4_END))


def timed(function, items, repeat: int, before_each=None) -> float:
    runs = []
    for _ in range(repeat):
        if before_each is not None:
            before_each()
        start = time.perf_counter()
        for item in items:
            function(item)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def timed_pair(first, second, items, repeat: int) -> tuple[float, float]:
    """Seconds of two functions over the same items, interleaved page by page and in alternating
    order: timing one system's whole run after the other's measured the order (caches, memory
    growth) as much as the systems (+11% to +31% for the same code)."""
    runs: list[tuple[float, float]] = []
    for _ in range(repeat):
        spent = [0.0, 0.0]
        for index, item in enumerate(items):
            order = ((0, first), (1, second)) if index % 2 == 0 else ((1, second), (0, first))
            for slot, function in order:
                start = time.perf_counter()
                function(item)
                spent[slot] += time.perf_counter() - start
        runs.append((spent[0], spent[1]))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def row(name: str, seconds: float, mb: float, docs: int, base: float | None = None) -> str:
    ratio = f"{base / seconds:6.3f}" if base else "      "
    return f"| {name:<44} | {mb / seconds:8.2f} | {docs / seconds:9.1f} | {seconds:8.3f} | {ratio} |"


def header(title: str, base: str) -> None:
    print(f"\n### {title}\n")
    print(f"| {'system':<44} | {'MB/s':>8} | {'docs/s':>9} | {'seconds':>8} | speed vs {base} |")
    print(f"|{'-' * 46}|{'-' * 10}:|{'-' * 11}:|{'-' * 10}:|{'-' * 8}:|")


def variants(rules: tuple[Rule, ...], copies: int) -> RuleSet:
    """`copies` synthetic versions of every rule: the same pattern with other literal words."""
    out = []
    for k in range(copies):
        for rule in rules:
            pattern = rule.pattern
            if k:
                for literal in sorted(necessary_literals(rule.pattern) or (), key=len, reverse=True):
                    if len(literal) >= 3 and literal.isalpha():
                        pattern = pattern.replace(literal, f"{literal}{'xq'[k % 2]}{k}")
            out.append(Rule(f"{rule.id}-v{k}", rule.category, rule.scope, rule.description, pattern,
                            rule.max_words, rule.min_words, rule.ignore_case, rule.position))
    return RuleSet.of(out)


def gold_texts(pages: int) -> tuple[list[str], list[str]]:
    """The first `pages` gold-bodies pages (benchmarks/gold.py, its cache): their article regions
    with the seeds, and their full-page texts."""
    from benchmarks import gold

    cache = gold.Cache(Path(tempfile.gettempdir()) / "gold-cache")
    articles, fulls = [], []
    for page in gold.load_pages(gold.DEFAULT_DATA)[:pages]:
        inputs = gold.PageInputs(page, cache)
        fulls.append(inputs.full_text)
        articles.append(gold.article_region(inputs.full_text, page.gold))
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "input").glob("*.txt"))]
    return articles + seeds, fulls


def justext_over_text(text: str) -> None:
    """jusText over plain text: each line a paragraph of a minimal page."""
    import html

    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    justext.justext(page + "</body></html>", justext.get_stoplist("English"))


def cold_caches() -> None:
    """Empty the caches the cleaner keeps by line text (a line's words, its furniture cover, its
    comment signal): a repeat over the same pages would otherwise find every line cached, which a
    corpus of new documents does not (lines that recur across its documents do hit them)."""
    from cleaner import inline, vocabulary

    inline.comment_signal.cache_clear()
    vocabulary.word_tuple.cache_clear()
    vocabulary.Vocabulary._cover.cache_clear()


def bench_text(pages: int, repeat: int) -> None:
    articles, fulls = gold_texts(pages)
    mb, n = megabytes(articles), len(articles)
    c4 = timed(c4_filter, articles, repeat)
    header(f"Article mode: the article regions of {pages} gold-bodies pages and the seeds, {mb:.1f} MB", "C4 filter")
    print(row("C4 line filter (Python, baseline)", c4, mb, n, c4))
    article = Cleaner()
    for rule in article.rules.rules:  # compiling the patterns is start-up (bench_startup), not cleaning
        _ = rule.compiled
    spent = timed(article.clean, articles, repeat, before_each=cold_caches)
    print(row("cleaner, article mode (Cleaner().clean)", spent, mb, n, c4))
    print("\nTarget: article mode >= 1/3 of the C4 filter's speed (ratio >= 0.333).")

    mb, n = megabytes(fulls), len(fulls)
    c4 = timed(c4_filter, fulls, repeat)
    header(f"Page mode: the full-page text of the same {pages} pages, {mb:.1f} MB", "C4 filter")
    print(row("C4 line filter (Python, baseline)", c4, mb, n, c4))
    jt = timed(justext_over_text, fulls, 1)
    print(row("jusText over the same text (English stoplist)", jt, mb, n, c4))
    page = Cleaner(options=Options(mode="page", explain=False))
    page_time = timed(page.clean, fulls, repeat, before_each=cold_caches)
    print(row("cleaner, page mode (explain=False, as cleaner run)", page_time, mb, n, c4))
    print(f"\nTargets: page mode >= 1/15 of the C4 filter's speed (ratio >= 0.067); >= 3x jusText: "
          f"{jt / page_time:.2f}x.")
    passes = [page.clean(text).passes for text in fulls]
    print(f"Passes over the text per page (CleanResult.passes; the last one confirms): mean "
          f"{sum(passes) / len(passes):.2f}, at most {max(passes)}.")


def bench_startup(runs: int = 10) -> None:
    """`cleaner run ONE_SMALL_FILE --check` against importing typer, ftfy and regex: what every
    pre-commit run pays before it cleans anything.

    Both sides run from bytecode, as installed packages do (pip compiles it): an untimed first
    run writes cleaner's to a temporary folder, even where PYTHONDONTWRITEBYTECODE is set, which
    would otherwise compile its 6,000 lines from source on every run (~40 ms) while the
    baseline's libraries load their compiled files."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(Path(tmp) / "bytecode"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        small = Path(tmp) / "one.txt"
        small.write_text("A short article.\n\nIts second paragraph.\n", encoding="utf-8")
        commands = {
            "imports": [sys.executable, "-c", "import typer, ftfy, regex"],
            "cleaner": [sys.executable, "-m", "cleaner", "run", str(small), "--check"],
        }
        for command in commands.values():  # writes the bytecode
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        spent: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so the machine's drift hits both alike
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                spent[name].append(time.perf_counter() - start)
    imports, run = statistics.median(spent["imports"]), statistics.median(spent["cleaner"])
    print("\n### Start-up: one small file\n")
    print(f"python -c 'import typer, ftfy, regex': {imports:.2f} s; cleaner run ONE_FILE --check: {run:.2f} s "
          f"(median of {runs}): ratio {run / imports:.2f} (target <= 3)")


GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.org",
}


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, **GIT_IDENTITY}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def snapshot(target: Path) -> str:
    """A git repository holding this checkout's files as they are now; returns its head sha, for a
    pre-commit config's `rev:` (tests/test_precommit.py makes its project with it too)."""
    listed = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "project")
    return git(target, "rev-parse", "HEAD").strip()


def bench_precommit(runs: int = 10) -> None:
    """The pre-commit hook on one staged file: `pre-commit run` in a corpus repository whose
    config points at a snapshot of this checkout, as a user's points at a release. The staged
    article is a sample's expected output, which the hook leaves as it is, so every run does
    the same work. The first run, which builds the hook's environment, is not timed. Timed
    alongside, interleaved: the hook's own command (`cleaner run FILE` in that environment),
    and pre-commit running a hook that does nothing (`true`), the framework's own share."""
    with tempfile.TemporaryDirectory() as tmp:
        project, corpus, home = Path(tmp) / "project", Path(tmp) / "corpus", Path(tmp) / "home"
        project.mkdir()
        sha = snapshot(project)
        corpus.mkdir()
        article = sorted((ROOT / "samples" / "expected").glob("*.txt"))[0]
        shutil.copy2(article, corpus / article.name)
        (corpus / ".pre-commit-config.yaml").write_text(
            f"repos:\n- repo: {project}\n  rev: {sha}\n  hooks:\n  - id: cleaner\n", encoding="utf-8"
        )
        (corpus / "noop.yaml").write_text(
            "repos:\n- repo: local\n  hooks:\n  - id: noop\n    name: noop\n    entry: 'true'\n"
            "    language: system\n    files: \\.txt$\n",
            encoding="utf-8",
        )
        git(corpus, "init", "-q")
        git(corpus, "add", "-A")
        env = {**os.environ, **GIT_IDENTITY, "PRE_COMMIT_HOME": str(home)}
        pre_commit = [sys.executable, "-m", "pre_commit", "run", "--color", "never"]
        subprocess.run(pre_commit, cwd=corpus, env=env, check=True, capture_output=True)  # builds the environment
        commands = {
            "pre-commit": pre_commit,
            "hook": [str(next(home.glob("repo*/py_env-*/bin/cleaner"))), "run", article.name],
            "noop": [*pre_commit, "--config", "noop.yaml"],
        }
        spent: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, cwd=corpus, env=env, check=True, capture_output=True)
                spent[name].append(time.perf_counter() - start)
    median = {name: statistics.median(times) for name, times in spent.items()}
    print("\n### The pre-commit hook on one staged file\n")
    print(f"pre-commit run, one staged article of {article.stat().st_size:,} bytes: {median['pre-commit']:.2f} s "
          f"(median of {runs}; target < 0.5 s). The hook's command alone: {median['hook']:.2f} s; "
          f"pre-commit running a hook that does nothing: {median['noop']:.2f} s")


def bench_rules(texts: list[str], repeat: int) -> None:
    documents = [segment(t.split("\n")) for t in texts]
    mb, n = megabytes(texts), len(texts)
    shipped = load_rules()
    ten = variants(shipped.rules, 10)
    header("Rule engine alone, on the segmented blocks of the same pages", "shipped rules")
    # the two prefiltered engines interleaved document by document: their ratio is the figure
    base, tenfold = timed_pair(shipped.verdicts_for, ten.verdicts_for, documents, repeat)
    for label, ruleset, seconds in (("shipped", shipped, base), ("10x synthetic variants", ten, tenfold)):
        print(row(f"prefiltered engine, {len(ruleset.rules)} rules ({label})", seconds, mb, n, base))
        seconds = timed(lambda blocks, rs=ruleset: [rs.verdicts_without_prefilter(b) for b in blocks], documents, 1)
        print(row(f"no prefilter, {len(ruleset.rules)} rules ({label})", seconds, mb, n, base))


def bench_html(pages: list[str], repeat: int) -> None:
    import trafilatura

    import cleaner

    mb, n = megabytes(pages), len(pages)
    baseline = functools.partial(trafilatura.extract, deduplicate=False)
    # start-up (imports, stoplists, trees, rules), paid once per process, is shown apart: over a
    # corpus it vanishes, and on 300 pages it would count as several per cent
    start_up = [time.perf_counter()]
    for function in (baseline, cleaner.clean_html):
        function(pages[0])
        start_up.append(time.perf_counter())
    print(f"first page, start-up included: trafilatura {start_up[1] - start_up[0]:.2f} s, "
          f"clean_html {start_up[2] - start_up[1]:.2f} s")
    header(f"HTML: {n} dev pages, {mb:.1f} MB of HTML", "trafilatura")
    alone, both = timed_pair(baseline, cleaner.clean_html, pages, repeat)
    print(row("trafilatura.extract alone", alone, mb, n, alone))
    print(row("cleaner.clean_html (whatever html.py does)", both, mb, n, alone))
    print(f"\nclean_html costs {100 * (both / alone - 1):+.1f}% time over trafilatura alone (target <= +15%).")


def _corpus_dir(texts: list[str], count: int, size: int | None, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = texts[i % len(texts)]
        (folder / f"{i:05d}.txt").write_text(text[:size] if size else text, encoding="utf-8", errors="surrogatepass")
    return folder


def _run_cli(folder: Path, jobs: int) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB, largest process) and CPU seconds (all processes) of
    `cleaner run --check` on a folder."""
    code = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        f"subprocess.run([sys.executable, '-m', 'cleaner', 'run', {str(folder)!r}, '--check', '--jobs', '{jobs}'],"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(time.perf_counter() - t, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    out = run.stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def bench_jobs(texts: list[str], pairs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = _corpus_dir(texts, 3000, 4000, Path(tmp) / "corpus")
        # one run of each, one after the other, pair by pair: the machine's speed drifts by
        # a third within the hour, and a ratio of runs minutes apart would measure the drift
        runs = [(_run_cli(folder, 1), _run_cli(folder, 2)) for _ in range(pairs)]
    ratios = [one[0] / two[0] for one, two in runs]
    print("\n### cleaner run --check: 3,000 files (pages cut to 4,000 characters)\n")
    print("| pair | --jobs 1 wall | --jobs 2 wall | speed-up | --jobs 1 CPU | --jobs 2 CPU (all processes) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for number, ((wall_one, _, cpu_one), (wall_two, _, cpu_two)) in enumerate(runs, 1):
        print(f"| {number} | {wall_one:.1f} s | {wall_two:.1f} s | {wall_one / wall_two:.2f}x "
              f"| {cpu_one:.1f} s | {cpu_two:.1f} s |")
    # the same CPU time in both runs means the pool adds no work; the wall clock then shows how
    # much of the second core the machine gave
    print(f"\nspeed-up, median of {pairs} pairs: {statistics.median(ratios):.2f}x (target >= 1.7x on 2 cores)")


def bench_memory(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        small = _corpus_dir(texts, 100, 2000, Path(tmp) / "small")
        large = _corpus_dir(texts, 10000, 2000, Path(tmp) / "large")
        print("\n### Peak RSS of cleaner run --check (largest process, MB)\n")
        for jobs in (1, 2):
            a, b = _run_cli(small, jobs)[1], _run_cli(large, jobs)[1]
            print(f"--jobs {jobs}: 100 files {a:.0f} MB, 10,000 files {b:.0f} MB: ratio {b / a:.2f} (target <= 1.5)")


def bench_large(texts: list[str]) -> None:
    """One 50 MB text against its ten 5 MB parts, each cleaned as a text of its own: the same
    words both ways, so the ratio shows what the length costs (the pages differ in how much work
    they give: the first 5 MB alone would be no fair measure of the other 45)."""
    cleaner = Cleaner()
    joined = "\n\n".join(texts)
    size, parts = 50_000_000, 10
    text = (joined * (size // len(joined) + 1))[:size]
    part = size // parts
    parts_seconds = []
    for start in range(0, size, part):
        began = time.perf_counter()
        cleaner.clean(text[start:start + part])
        parts_seconds.append(time.perf_counter() - began)
    began = time.perf_counter()
    cleaner.clean(text)
    whole = time.perf_counter() - began
    mean_part = sum(parts_seconds) / parts
    print("\n### One large text file\n")
    print(f"50 MB as one text: {whole:.1f} s; its ten 5 MB parts: {mean_part:.1f} s each on average "
          f"({min(parts_seconds):.1f} to {max(parts_seconds):.1f} s); ratio {whole / mean_part:.1f}"
          " (target <= 12, linear = 10)")


def bench_long_list() -> None:
    """One paragraph of short lines (a tag dump, a sitemap flattened without blank lines) of
    2,000 and 20,000 lines: a sign that walks its paragraph or its list from each line would
    take time quadratic in its length."""
    cleaner = Cleaner()
    words = ("Share", "home", "back", "next", "more", "search", "login", "contact", "Tags", "archive")
    seconds = {}
    for lines in (2_000, 20_000):
        text = "A sentence that opens the text and reads as prose.\n" + "\n".join(
            f"{words[k % len(words)]} {k // len(words)}" if k % 3 else words[k % len(words)] for k in range(lines)
        )
        began = time.perf_counter()
        cleaner.clean(text)
        seconds[lines] = time.perf_counter() - began
    print("\n### One long list\n")
    print(f"2,000 short lines in one paragraph: {seconds[2_000]:.2f} s; 20,000: {seconds[20_000]:.2f} s; "
          f"ratio {seconds[20_000] / seconds[2_000]:.1f} (target <= 12, linear = 10)")


# The stages of Cleaner.clean, timed where the pipeline calls them: (label, module, attribute).
# Both modes read and write the text alike; the rows marked "of which" are parts of the stage
# above them (the whole-text scans that find where the rules and the inline heuristics could
# speak). The scorer's settling rounds in page mode call decide too: their time is in "decide".
_READ = (
    ("normalize", "cleaner.pipeline", "normalize_lines"),
    ("segment", "cleaner.pipeline", "segment"),
    ("rules (prefilter and regexes)", "cleaner.rules", "RuleSet.verdicts_for"),
)
_WRITE = (
    ("decide", "cleaner.pipeline", "decide"),
    ("render", "cleaner.pipeline", "render"),
    ("removal records", "cleaner.pipeline", "_removals"),
)
STAGES = (
    *_READ,
    ("- of which the literal scan", "cleaner.rules", "LiteralPrefilter.candidates_by_text"),
    ("structural heuristics", "cleaner.pipeline", "judge_structure"),
    ("inline heuristics", "cleaner.inline", "judge"),
    ("- of which the candidate scans", "cleaner.inline", "candidates"),
    *_WRITE,
    ("large-removal guard (word counts)", "cleaner.pipeline", "loses_most_words"),
)
PAGE_STAGES = (
    *_READ,
    ("inline heuristics", "cleaner.inline", "judge"),
    ("measure blocks (features.describe_document)", "cleaner.features", "describe_document"),
    ("score blocks (features, trees; every settling round)", "cleaner.heuristics", "scored_once"),
    ("- of which the trees", "cleaner.scorer", "Scorer.score"),
    ("- of which the feature matrices", "cleaner.heuristics", "feature_matrix"),
    ("- of which the feature matrices", "cleaner.heuristics", "context_matrix"),
    ("the blocks left after each round (Document.without)", "cleaner.features", "Document.without"),
    *_WRITE,
)


def bench_page_profile(texts: list[str]) -> None:
    """Where page mode's time goes (as bench_profile, over full-page texts)."""
    page = Cleaner(options=Options(mode="page", explain=False))
    _profile_stages(page, texts, PAGE_STAGES, "page mode", "full-page texts")
    rounds = _calls_per_text(page, texts, "cleaner.heuristics", "scored_once")
    print(f"\nThe scorer's rounds per page (heuristics.scored_once calls, all passes): mean "
          f"{sum(rounds) / len(rounds):.2f}, at most {max(rounds)}.")


def _calls_per_text(cleaner: Cleaner, texts: list[str], module_name: str, name: str) -> list[int]:
    """How many times cleaning each text calls module_name.name."""
    import importlib

    owner = importlib.import_module(module_name)
    original = getattr(owner, name)
    calls = [0]

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    found = []
    setattr(owner, name, counted)
    try:
        for text in texts:
            calls[0] = 0
            cleaner.clean(text)
            found.append(calls[0])
    finally:
        setattr(owner, name, original)
    return found


def bench_profile(texts: list[str]) -> None:
    """Where Cleaner().clean's time goes in article mode: every stage timed where it is called (a wrapper round
    each; cProfile's per-call overhead would inflate the stages made of many small calls), and
    the speed the cleaner could reach if that stage were all it did."""
    _profile_stages(Cleaner(), texts, STAGES, "article mode", "article regions")


def _profile_stages(cleaner: Cleaner, texts: list[str], stages: tuple, mode: str, what: str) -> None:
    import importlib

    cleaner.clean(texts[0])
    spent: dict[str, float] = dict.fromkeys((label for label, _, _ in stages), 0.0)
    originals = []
    for label, module_name, attribute in stages:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name)
        originals.append((owner, name, original))
        setattr(owner, name, _timed_stage(original, spent, label))
    try:
        cold_caches()
        start = time.perf_counter()
        for text in texts:
            cleaner.clean(text)
        total = time.perf_counter() - start
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
    mb = megabytes(texts)
    print(f"\n### Where {mode}'s time goes ({len(texts)} {what}, {mb:.1f} MB, {mb / total:.2f} MB/s)\n")
    print("| stage | seconds | share | MB/s if it were the only stage |")
    print("|---|---:|---:|---:|")
    for label, seconds in spent.items():
        print(f"| {label} | {seconds:.2f} | {100 * seconds / total:.1f}% | {mb / seconds if seconds else 0:.1f} |")
    print(f"| all | {total:.2f} | 100% | {mb / total:.2f} |")


def _timed_stage(function, spent: dict[str, float], label: str):
    @functools.wraps(function)
    def timed_call(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start

    return timed_call


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--only", default="text,startup,precommit,rules,html,jobs,memory,large,list,profile,page-profile"
    )
    parser.add_argument("--gold-pages", type=int, default=400, help="gold-bodies pages for the text part")
    parser.add_argument("--pages", type=int, default=990, help="use the first N pages")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    texts = flat_texts()[: args.pages]
    if "text" in parts:
        bench_text(args.gold_pages, args.repeat)
    if "startup" in parts:
        bench_startup()
    if "precommit" in parts:
        bench_precommit()
    if "rules" in parts:
        bench_rules(texts, args.repeat)
    if "html" in parts:
        bench_html(html_pages()[: min(args.pages, 300)], args.repeat)
    if "jobs" in parts:
        bench_jobs(texts, max(2, args.repeat - 1))
    if "memory" in parts:
        bench_memory(texts)
    if "large" in parts:
        bench_large(texts)
    if "list" in parts:
        bench_long_list()
    if "profile" in parts:
        bench_profile(gold_texts(min(args.gold_pages, 300))[0])
    if "page-profile" in parts:
        bench_page_profile(gold_texts(min(args.gold_pages, 300))[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
