"""The fast paths of the rule engine and the pipeline give what their plain versions give.

No timing here (benchmarks/speed.py measures speed); only agreement: exact for counts, texts
and verdicts, to a tolerance for floats (summation order is not part of any specification).
"""

from __future__ import annotations

import sys

import pytest
import regex
from conftest import SAMPLES

from cleaner import Cleaner
from cleaner.model import Category
from cleaner.prefilter import fold, necessary_literals
from cleaner.rules import RuleSet, example_block, load_rules
from cleaner.segment import columns, last_sentence, segment, sentences, wrap_width


def _real_texts(limit: int = 150) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*/*.txt"))]
    try:
        from benchmarks.corpus import DATA, flat_texts

        if (DATA / "index.jsonl").exists():
            found += flat_texts()[:limit]
    except Exception:  # the shared data (or html-text) is not on this machine
        pass
    return found


@pytest.fixture(scope="module")
def real_blocks():
    return [b for text in _real_texts() for b in segment(text.split("\n"))]


def _brute_force(ruleset: RuleSet, block) -> list:
    """The engine without its prefilters: every rule tried on the block (and on each sentence)."""
    found = [v for rule in ruleset.rules for v in rule.verdicts(block)]
    whole = [v for v in found if v.span is None]
    if whole:
        return sorted(whole, key=lambda v: list(Category).index(v.category))
    return sorted(found, key=lambda v: v.span)


def test_prefilter_changes_no_verdict_on_real_blocks(real_blocks):
    ruleset = load_rules()
    batched = ruleset.verdicts_for(real_blocks)
    for block in real_blocks:
        expected = _brute_force(ruleset, block)
        assert ruleset.verdicts(block) == expected, block.text
        assert batched.get(block.index, []) == expected or block.index in batched, block.text
    # the batch API keys by index within one document; check it per document too
    for text in _real_texts(40):
        blocks = segment(text.split("\n"))
        batched = ruleset.verdicts_for(blocks)
        assert {b.index: v for b in blocks if (v := _brute_force(ruleset, b))} == batched


def test_prefilter_keeps_every_rule_example():
    ruleset = load_rules()
    for rule in ruleset.rules:
        for text in rule.remove_examples + rule.keep_examples:
            block = example_block(text)
            assert ruleset.verdicts(block) == _brute_force(ruleset, block), (rule.id, text)


def test_sentence_prefilter_changes_no_verdict_on_generated_blocks():
    """Blocks mixing every rule's examples with prose, several sentences each: the rules tried
    only on the sentences holding their literals remove what trying every sentence removes."""
    import random

    ruleset = load_rules()
    examples = [e for rule in ruleset.rules for e in rule.remove_examples + rule.keep_examples]
    prose = [
        "The council met on Tuesday to discuss the budget.",
        "Share prices rose after the report, analysts said.",
        "She would like to follow the story as it develops.",
        "Readers can print the results at home!",
        "Is this the end?",
    ]
    rng = random.Random(7)
    for _ in range(1500):
        parts = rng.sample(examples, rng.randint(1, 3)) + rng.sample(prose, rng.randint(0, 3))
        rng.shuffle(parts)
        block = example_block(" ".join(parts))
        assert ruleset.verdicts(block) == _brute_force(ruleset, block), block.text
        assert ruleset.verdicts_for([block]).get(0, []) == _brute_force(ruleset, block), block.text


def test_last_sentence_equals_the_last_of_sentences(real_blocks):
    """last_sentence (a search from the end) finds what splitting the whole text finds last: on
    real blocks, and on generated runs of words, sentence marks, quotes, abbreviations and spaces."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    for block in real_blocks:
        assert last_sentence(block.text) == sentences(block.text)[-1], block.text
    piece = st.sampled_from(list("aBé1. !?…\"')»]。\t\u00a0") + ["Dr.", "bzw.", "St.", "12.", " x", "Mr. "])

    @given(st.lists(piece, max_size=30).map("".join))
    @settings(max_examples=3000, deadline=None, derandomize=True)
    def check(text):
        assert last_sentence(text) == sentences(text)[-1]

    check()


def test_candidates_by_text_equals_scanning_each(real_blocks):
    """candidates_by_text gives per text what candidates() gives, on real blocks and on
    generated mixes of ASCII and not."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    prefilter = load_rules().prefilter

    def alone(texts):
        return {i: found for i, t in enumerate(texts) if (found := prefilter.candidates(fold(t)))}

    texts = [b.text for b in real_blocks]
    assert prefilter.candidates_by_text(texts) == alone(texts)
    word = st.sampled_from(
        ["share", "Follow us on", "STRASSE", "straße", "İnstagram", "ı", "ΣΟΦΟΣ", "cookie", "Ⅰ", "a\nb", "", "x"]
    )
    text = st.lists(word, max_size=6).map(" ".join)

    @given(st.lists(text, max_size=8))
    @settings(max_examples=300, deadline=None)
    def check(texts):
        assert prefilter.candidates_by_text(texts) == alone(texts)

    check()


def test_holds_agrees_with_the_scan(real_blocks):
    """LiteralPrefilter.holds (substring checks, used per sentence) says of each rule what a
    scan says; a prefilter `among` some rules answers for those alone."""
    ruleset = load_rules()
    prefilter, sentence_rules = ruleset.prefilter, ruleset.sentence_prefilter
    for block in real_blocks[:3000]:
        folded = fold(block.text)
        found = prefilter.candidates(folded)
        assert {n for n in range(len(ruleset.branch_owner)) if prefilter.holds(n, folded)} == found, block.text
        sentence_branches = {
            n for n, (i, _) in enumerate(ruleset.branch_owner) if ruleset.rules[i].scope.value == "sentence"
        }
        assert sentence_rules.candidates(folded) == found & sentence_branches, block.text


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (r"\bvote\s+now\b", {"vote"}),
        (r"^(?:read|see)\s+more$", {"more"}),  # one literal beats two
        (r"^(?:read|see)\s+\d+$", {"read", "see"}),
        (r"(?:©|\(c\))\s*\S", {"©", "(c)"}),
        (r"\bmenü\b", {"men"}),
        (r"^\W*$", None),
        (r"\p{L}+ foo", None),  # regex-only syntax: no prefilter, the rule always runs
        (r"a?b*", None),
    ],
)
def test_necessary_literals(pattern, literals):
    found = necessary_literals(pattern)
    assert (set(found) if found else None) == literals


@pytest.mark.parametrize(
    "pattern, required",
    [
        (r"\bthe\s+comments?\b", [{"comment"}, {"the"}]),
        (r"^(?:quelle|source)\s*:\s*\S+$", [{"quelle", "source"}, {":"}]),
        (r"\bvote\s+now\b", [{"vote"}, {"now"}]),
        (r"\bis\s+on\s+x\b", [{"is"}]),  # short words are not worth requiring as well
        (r"^(?:read|see)\s+\d+$", [{"read", "see"}]),
        (r"a\s+bcd\s+efgh\s+ijklm\s+nopqrs", [{"nopqrs"}, {"ijklm"}, {"efgh"}]),  # at most three
        (r"^\W*$", None),
    ],
)
def test_required_literals(pattern, required):
    from cleaner.prefilter import required_literals

    found = required_literals(pattern)
    assert ([set(s) for s in found] if found else None) == required


def test_a_rule_is_a_candidate_only_where_every_required_set_has_a_hit():
    from cleaner.prefilter import LiteralPrefilter, required_literals

    prefilter = LiteralPrefilter([required_literals(r"\bthe\s+comments?\b"), required_literals(r"\bshare\b")])
    texts = ["The comments", "comments", "the end", "share the comments", "nothing"]
    assert prefilter.candidates_by_text(texts) == {0: {0}, 3: {0, 1}}
    assert [prefilter.candidates(fold(t)) for t in texts] == [{0}, set(), set(), {0, 1}, set()]


def test_a_literal_that_runs_into_the_line_break_between_two_texts_is_in_neither():
    """candidates_by_text scans the texts joined by line breaks: a literal holding a line break
    is found in a text that holds it, never across the joint."""
    from cleaner.prefilter import LiteralPrefilter, required_literals

    prefilter = LiteralPrefilter([required_literals(r"foo\n"), required_literals(r"\nbar")])
    texts = ["foo", "bar", "foo\nbar", "x"]
    assert prefilter.candidates_by_text(texts) == {2: {0, 1}}
    assert [prefilter.candidates(fold(t)) for t in texts] == [set(), set(), {0, 1}, set()]


def test_case_folding_is_sound_for_every_code_point():
    """Whatever `regex` matches case-insensitively to an ASCII letter folds to contain it."""
    ascii_class = regex.compile(r"[A-Za-z0-9]", regex.IGNORECASE | regex.V0)
    matched = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000 and ascii_class.fullmatch(chr(c))]
    for char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
        letter = regex.compile(regex.escape(char), regex.IGNORECASE | regex.V0)
        for text_char in matched:
            if letter.fullmatch(text_char):
                assert char.lower() in fold(text_char), (char, hex(ord(text_char)))


def test_memo_across_passes_changes_nothing():
    """A pass over text with memos warmed by the pass before (as in Cleaner.clean) decides as
    a pass with cold memos: what is memoized depends on a block's text alone."""
    from cleaner import Options
    from cleaner.pipeline import Carried

    cleaner = Cleaner(options=Options(mode="page"))
    for text in _real_texts(60):
        lines = text.split("\n")
        carried = Carried()
        after_first = cleaner._pass(lines, carried)
        assert carried.rule_verdicts and carried.measurements is not None  # the second pass starts warm
        warm = cleaner._pass(after_first.lines, carried)
        cold = cleaner._pass(after_first.lines, Carried())
        assert warm.lines == cold.lines
        assert [c.verdict for c in warm.cuts] == [c.verdict for c in cold.cuts]


@pytest.mark.parametrize("mode", ["article", "page"])
def test_clean_is_idempotent_on_samples_and_real_texts(mode):
    from cleaner import Options

    cleaner = Cleaner(options=Options(mode=mode))
    for text in _real_texts(300):
        once = cleaner.clean(text).text
        assert cleaner.clean(once).text == once


def test_scored_explanations_equal_explaining_the_rows_alone():
    """Scorer.score keeps the trees' paths; explaining some rows from them equals a fresh walk."""
    import numpy as np
    from test_heuristics import _probe_vectors

    from cleaner.scorer import default_scorer

    scorer = default_scorer()
    x = _probe_vectors(scorer, 300, seed=5)
    scored = scorer.score(x)
    assert np.array_equal(scored.probabilities, scorer.probabilities(x))
    for rows in (np.arange(len(x)), np.flatnonzero(scored.probabilities < scorer.threshold), np.array([], dtype=int)):
        assert scored.explain(rows) == scorer.explain(x[rows])
    # the reasons are written as format(value, ".2f") writes them, -0.00 and rounding included
    edge = np.zeros((1, x.shape[1]))
    edge[0, :] = [-0.0, 0.005, 0.015, 0.125, -0.125, 2.675, 1e-9, -1e-9] + [0.0] * (x.shape[1] - 8)
    pushes = scorer.pushes(edge)
    worst = np.argsort(pushes, axis=1, kind="stable")[0, :3]
    from cleaner.features import FEATURE_NAMES

    assert scorer.explain(edge) == [
        ", ".join(f"{FEATURE_NAMES[i]}={edge[0, i]:.2f} ({pushes[0, i]:+.2f})" for i in worst)
    ]


def _document_arrays(doc):
    from cleaner.features import feature_matrix

    return [doc.words, doc.density, doc.terminal, doc.terminal_period, doc.char_shares, doc.own, feature_matrix(doc)]


def test_document_from_warm_measurements_equals_a_cold_one():
    """describe_document with measurements memoized by an earlier pass (on other blocks of the
    same document, as in Cleaner.clean) gives the arrays of a cold one, language guess included."""
    import numpy as np

    from cleaner.features import Measurements, describe_document
    from cleaner.normalize import normalize_lines

    cleaner = Cleaner()
    for text in _real_texts(60):
        lines = normalize_lines(text.split("\n"))
        measurements = Measurements()
        first = describe_document(segment(lines), lines, None, measurements)
        cold_first = describe_document(segment(lines), lines)
        after = cleaner._pass(lines).lines
        warm = describe_document(segment(after), after, None, measurements)
        cold = describe_document(segment(after), after)
        for a, b in ((first, cold_first), (warm, cold)):
            assert a.stopwords == b.stopwords
            for left, right in zip(_document_arrays(a), _document_arrays(b)):
                assert left.dtype == right.dtype and np.allclose(left, right, rtol=1e-12, atol=0)


def _segment_by_groups(lines: list[str]) -> list[tuple]:
    """The specification of segment(): group the lines first, then make blocks of the groups."""
    groups: list[tuple[list[int], int]] = []  # (line numbers, blank lines before)
    blanks = 0
    width = wrap_width(lines)

    wide = columns  # columns in a fixed-width font (tests/test_segment.py)

    def goes_on(previous: str, line: str) -> bool:
        if wide(previous) < 40:
            return False
        if width is None:  # a lower-case line under one that does not end a sentence
            return line[0].islower() and not previous.rstrip().endswith((".", "!", "?", ":", ";"))
        # a wrapped text: the line's first word did not fit on the previous line
        return not regex.match(r"(?:[-*•+–]|\d{1,3}[.)]|\p{L}[.)])\s", line) and (
            wide(previous.rstrip()) + 1 + wide(line.split()[0]) > width)

    for number, line in enumerate(lines):
        stripped = line.lstrip()
        if not line.strip():
            blanks += 1
        elif groups and not blanks and goes_on(lines[groups[-1][0][-1]], stripped):
            groups[-1][0].append(number)
        else:
            groups.append(([number], blanks))
            blanks = 0
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    # every group but the first set off by a blank line, four or more: one paragraph
    double_spaced = len(groups) >= 4 and all(before for _, before in groups[1:])
    paragraph, out = -1, []
    for numbers, before in groups:
        paragraph += 1 if (before and not double_spaced) or paragraph < 0 else 0
        first, last = numbers[0], numbers[-1]
        text = " ".join(lines[i].strip() for i in numbers)
        indent = len(lines[first].expandtabs(4)) - len(lines[first].expandtabs(4).lstrip())
        out.append((len(out), text, starts[first], starts[last] + len(lines[last]), first, last, paragraph, before,
                    len(text.split()), indent))
    return out


def test_segment_equals_its_specification():
    from dataclasses import astuple

    from hypothesis import given, settings
    from hypothesis import strategies as st

    line = st.one_of(
        st.sampled_from(["", " ", " \t", "x" * 45, "x" * 45 + ".", "x" * 44 + "; ", "and so on", "  lower", "Upper", "ß", "x" * 39]),
        st.text(max_size=50).map(lambda s: s.replace("\n", " ")),
    )

    @given(st.lists(line, max_size=12))
    @settings(max_examples=500, deadline=None)
    def check(lines):
        assert [astuple(b) for b in segment(lines)] == _segment_by_groups(lines)

    check()
    for text in _real_texts(40):
        lines = text.split("\n")
        assert [astuple(b) for b in segment(lines)] == _segment_by_groups(lines)


def test_other_white_space_is_every_kind_str_split_splits_at():
    from cleaner.segment import OTHER_WHITE_SPACE

    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(OTHER_WHITE_SPACE) == every - {" ", "\n"}


@pytest.mark.parametrize("lines", [
    ["Two  spaces inside", "and one"],  # counted from its spaces only where no run of them is
    ["  indented words", "x"],
    ["a\tb c", "d e"],  # a tab: the whole document's blocks are split
    ["no-break\u00a0space here"],
    ["plain words here", "", "More words", "continued here"],
])
def test_word_counts_from_spaces_equal_splitting(lines):
    assert [b.word_count for b in segment(lines)] == [len(b.text.split()) for b in segment(lines)]


def test_records_made_fast_equal_constructed_ones():
    """made_fast skips the dataclass __init__: it is only sound while that __init__ does
    nothing else (no __post_init__, no field converted) and every field is given."""
    import dataclasses

    from cleaner.model import Block, Removal, made_fast

    values = {
        Block: (3, "text", 10, 14, 2, 2, 1, 1, 1, 4),
        Removal: (0, 4, 1, 1, "text", Category.AD, "ad-x", "why", (("words", 1),)),
    }
    for cls, args in values.items():
        assert not hasattr(cls, "__post_init__")
        names = [f.name for f in dataclasses.fields(cls)]
        fast, slow = made_fast(cls, **dict(zip(names, args))), cls(*args)
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        assert vars(fast) == vars(slow)
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.text = "other"
    for text in _real_texts(20):
        removals = Cleaner().clean(text).removals
        assert removals == [Removal(*dataclasses.astuple(r)) for r in removals]


def _whitespace_runs_line_by_line(lines: list[str], kept: dict[int, str]) -> list[tuple[int, int, str]]:
    """The specification of render's blank-line cuts: walk the lines, ending runs as they end."""
    cuts, run_start = [], None
    for i in range(len(lines) + 1):
        blank = i < len(lines) and not lines[i].strip() and i not in kept
        if blank and run_start is None:
            run_start = i
        elif not blank and run_start is not None:
            if i - run_start >= 2 or run_start == 0 or i == len(lines):
                cuts.append((run_start, i - 1, "\n" * (i - run_start)))
            run_start = None
    return cuts


def test_blank_line_cuts_equal_their_specification():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.render import _whitespace_cuts

    @given(st.lists(st.sampled_from(["", " ", "text", "more text"]), max_size=14), st.data())
    @settings(max_examples=500, deadline=None)
    def check(lines, data):
        kept = {i: line for i, line in enumerate(lines) if line.strip() and data.draw(st.booleans())}
        found = [(c.first_line, c.last_line, c.text) for c in _whitespace_cuts(lines, kept)]
        assert found == _whitespace_runs_line_by_line(lines, kept)

    check()


def _assert_measured_as_plain(texts: list[str], first_lines: list[str]) -> None:
    import numpy as np

    from cleaner import features

    table, hits = features._measure(texts, first_lines)
    expected, expected_hits = features.measure_plain(texts, first_lines)
    assert np.array_equal(hits, expected_hits)
    for text, row, plain, row_hits in zip(texts, table, expected, hits):
        assert np.allclose(row, plain, rtol=1e-12, atol=0), text
        stats, plain_stats = features.TextStats.from_row(row, row_hits), features.TextStats.from_row(plain, row_hits)
        assert (stats.words, stats.tokens, stats.terminal, stats.list_marker, stats.date_like) == (
            plain_stats.words, plain_stats.tokens, plain_stats.terminal, plain_stats.list_marker, plain_stats.date_like)


def test_measurement_columns_equal_measuring_each_block_alone_on_real_blocks(real_blocks):
    texts = [b.text for b in real_blocks]
    _assert_measured_as_plain(texts, [b.text for b in real_blocks])


def test_measurement_columns_equal_measuring_each_block_alone():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    text = st.text(st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)), min_size=1, max_size=50)
    cue = st.sampled_from([
        "Login | Register", "1. Item", "• x", "Ende.", "Wait:", "«Quote»", "“Hi”", "ok!", "日本。", "12.03.2024",
        "a@b.co", "x / y", "ALL CAPS", "𝐀lpha 😀", "ǅx", "\u00a0 a", "tl;dr…", "a’b don't",
    ])
    block = st.lists(st.one_of(text, cue), min_size=1, max_size=3).map(" ".join)

    @given(st.lists(st.tuples(block, block), min_size=1, max_size=6))
    @settings(max_examples=300, deadline=None)
    def check(pairs):
        _assert_measured_as_plain([t for t, _ in pairs], [line for _, line in pairs])

    check()


@pytest.mark.parametrize(
    "hits, expected",
    [
        ({}, None),
        ({"English": 4, "German": 3}, None),  # too few stopwords to tell
        ({"English": 5}, "English"),
        ({"English": 10, "Norwegian_Bokmal": 10}, "Norwegian_Bokmal"),  # a tie: the greatest name
        ({"English": 10, "Finnish": 12}, "English"),  # Finnish's long list: 12 / 1.42 < 10
        ({"English": 10, "Finnish": 15}, "Finnish"),
    ],
    ids=["none", "too-few", "one", "tie", "long-list-weighed", "long-list-wins"],
)
def test_best_language_is_the_list_with_most_weighed_hits_then_greatest_name(hits, expected):
    import numpy as np

    from cleaner import language

    counts = np.zeros(len(language.languages()), dtype=np.int64)
    for name, count in hits.items():
        counts[language.languages().index(name)] = count
    assert language.best_language(counts) == expected


def test_best_language_needs_its_list_to_cover_enough_of_the_words():
    import numpy as np

    from cleaner import language

    counts = np.zeros(len(language.languages()), dtype=np.int64)
    counts[language.languages().index("Portuguese")] = 10
    assert language.best_language(counts, tokens=40) == "Portuguese"
    assert language.best_language(counts, tokens=int(10 / language.MIN_COVERAGE) + 1) is None


def test_every_shipped_rule_has_prefilter_literals():
    """A rule without necessary literals is tried on every block: with ten such rules the engine
    slows down in proportion (regex-only syntax like \\p{L} hides a pattern's literals)."""
    from cleaner.rules import top_level_branches

    # A branch whose only words are in a cased non-ASCII script ("комментарии") has none: the
    # prefilter keeps only literals whose case-insensitive matches it can tell (_literal_char).
    missing = [
        (r.id, branch) for r in load_rules([], include_default=True).rules
        for branch in top_level_branches(r.pattern)
        if not necessary_literals(branch, r.ignore_case) and branch.isascii()
    ]
    assert missing == []


def test_the_shipped_literal_table_is_what_parsing_the_shipped_rules_gives():
    """cleaner/data/literals.json stands in for parsing the shipped rules' patterns: it must hold
    every branch of them, with what required_literals finds (else: python scripts/literal_table.py)."""
    import json
    from importlib import resources

    from cleaner.prefilter import TABLE_FILE, table_rows

    branches = [(part, rule.ignore_case) for rule in load_rules([], include_default=True).rules
                for part in rule.branches.parts]
    shipped = json.loads((resources.files("cleaner") / "data" / TABLE_FILE).read_text(encoding="utf-8"))
    assert shipped == table_rows(branches), "the literal table is stale: run python scripts/literal_table.py"


def test_a_pattern_outside_the_literal_table_is_parsed():
    from cleaner.prefilter import _shipped_table, literals_of

    pattern = r"\bplease\s+rate\s+this\s+recipe\b"
    assert (pattern, True) not in _shipped_table()
    assert literals_of(pattern) == (frozenset({"please"}), frozenset({"recipe"}), frozenset({"rate"}))


def test_the_literal_table_answers_for_a_shipped_pattern(monkeypatch):
    """A shipped branch's literals come from the table: parsing is not called."""
    from cleaner import prefilter

    pattern, ignore_case = next(iter(prefilter._shipped_table()))
    monkeypatch.setattr(prefilter, "required_literals", lambda *args: pytest.fail("parsed a shipped pattern"))
    assert prefilter.literals_of(pattern, ignore_case) == prefilter._shipped_table()[(pattern, ignore_case)]


def test_word_counts_and_stopword_hits_equal_counting_each_text_alone():
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner import language

    word = st.sampled_from([
        "the", "and", "der", "und", "d'", "l'homme", "don't", "a'b'c'd", "x''y", "it’s", "rock'n'roll", "İstanbul",
        "ΣΟΦΊΑ", "naïve", "cafe\u0301", "日本語", "𝐀lpha", "😀", "_", "a_b", "9", "—", "'", "’", "''", "e'", "'e",
    ])
    text = st.lists(st.one_of(word, st.text(st.characters(blacklist_characters="\n"), max_size=8)), max_size=8).map(
        lambda parts: "".join(parts))

    @given(st.lists(text, min_size=1, max_size=6), st.lists(st.sampled_from([" ", "", "'", "’", "."]), max_size=6))
    @settings(max_examples=400, deadline=None)
    def check(texts, glue):
        texts = [t + g for t, g in zip(texts, glue + [""] * len(texts))]
        words, hits = language.count_words(texts)
        expected_words, expected_hits = language.count_words_plain(texts)
        assert words.tolist() == expected_words.tolist()
        assert np.array_equal(hits, expected_hits)

    check()


def test_word_counts_and_stopword_hits_equal_counting_each_text_alone_on_real_blocks(real_blocks):
    import numpy as np

    from cleaner import language

    texts = [b.text for b in real_blocks]
    words, hits = language.count_words(texts)
    expected_words, expected_hits = language.count_words_plain(texts)
    assert words.tolist() == expected_words.tolist()
    assert np.array_equal(hits, expected_hits)


def test_a_hash_hit_counts_only_if_the_code_points_are_the_stopword_s():
    import numpy as np

    from cleaner import language

    table = language._stopword_table()
    number = language._stopword_index()[0]
    codes = np.frombuffer("und und".encode("utf-32-le"), dtype="<u4")
    starts, lengths = np.array([0, 4]), np.array([3, 3])
    # as if both words' hashes had found "und", then as if they had found "der" (a collision)
    right = language._same_code_points(codes, starts, lengths, table, np.array([number["und"]] * 2))
    wrong = language._same_code_points(codes, starts, lengths, table, np.array([number["der"], number["an"]]))
    assert right.tolist() == [True, True] and wrong.tolist() == [False, False]


def _scorers():
    from cleaner.scorer import default_scorer

    return [s for s in (default_scorer(),) if s is not None]


def _edge_rows(scorer, count: int, seed: int):
    """Rows whose values sit on split thresholds, just above them, or anywhere, with repeated
    rows and -0.0: the ties and edges where a faster walk could step the other way."""
    import random

    import numpy as np

    rng = random.Random(seed)
    thresholds = [node[1] for tree in scorer.trees for node in tree if node[0] >= 0]

    def value():
        choice = rng.random()
        if choice < 0.4:
            return rng.choice(thresholds)
        if choice < 0.6:
            return float(np.nextafter(rng.choice(thresholds), np.inf))
        return rng.choice([-0.0, 0.0, 1.0, rng.uniform(-1, 5)])

    rows = [[value() for _ in scorer.names] for _ in range(count)]
    return np.array(rows + rows[: count // 4])


def test_forest_walk_finds_the_leaves_of_walking_each_tree():
    import numpy as np

    from cleaner.scorer import _path

    for scorer in _scorers():
        x = _edge_rows(scorer, 300, seed=3)
        leaf_values = [[_path(tree, row)[-1][4] for tree in scorer.trees] for row in x.tolist()]
        assert np.array_equal(scorer.forest.value[scorer._leaves(x)], leaf_values)  # the same leaves
        raw = scorer.raw_plain(x)
        assert scorer.raw(x) == pytest.approx(raw, rel=1e-12, abs=1e-12)
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))
        assert scorer.probabilities(x) == pytest.approx(probabilities, rel=1e-12, abs=1e-15)
        assert scorer.score(x).probabilities == pytest.approx(probabilities, rel=1e-12, abs=1e-15)
        assert scorer.raw(x[:0]).shape == (0,)


def test_pushes_and_reasons_equal_attributing_each_row_alone():
    import numpy as np

    from cleaner.scorer import _reasons

    for scorer in _scorers():
        x = _edge_rows(scorer, 200, seed=9)
        expected = scorer.pushes_plain(x)
        assert np.allclose(scorer.pushes(x), expected, rtol=1e-9, atol=1e-12)
        reasons = _reasons(x, expected, scorer.names)
        assert scorer.explain(x) == reasons
        scored = scorer.score(x)
        some = np.flatnonzero(scored.probabilities < scorer.threshold)[::-1]
        for rows in (np.arange(len(x)), some, np.array([], dtype=int)):
            assert scored.explain(rows) == [reasons[i] for i in rows]


def test_reasons_name_the_most_negative_pushes_ties_to_the_lower_column():
    """Equal pushes (0.0 and -0.0 among them) go to the lower column; values and pushes are
    written as format(value, ".2f") writes them."""
    import numpy as np

    from cleaner.scorer import _reasons

    names = ("a", "b", "c", "d", "e")
    x = np.array([[0.005, 2.675, -1e-9, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0, 1.0]])
    pushes = np.array([[0.5, -0.25, -1.5, -0.25, -0.0], [0.0, -0.0, 0.0, 0.125, -0.0]])
    assert _reasons(x, pushes, names) == [
        "c=-0.00 (-1.50), b=2.67 (-0.25), d=1.00 (-0.25)",
        "a=1.00 (+0.00), b=1.00 (-0.00), c=1.00 (+0.00)",
    ]


def test_stopword_index_lists_each_word_s_languages_in_order():
    from cleaner import language

    number, first, languages_of = language._stopword_index()
    lists = list(language.stoplists().values())
    words = list(number)
    assert len(set(words)) == len(words) == len(first) - 1
    for word in words[::97] + ["the", "und", "de", "a"]:
        n = number[word]
        assert languages_of[first[n]:first[n + 1]].tolist() == [i for i, s in enumerate(lists) if word in s], word


MENU_THEN_STORY = (
    "Home\nNews\nSport\nWeather\nSign in\n\n"
    "Library reopens after two years of repairs\n\n"
    "The town library reopened on Saturday after two years of repairs to its roof and heating, and more "
    "than four hundred people came to the opening.\n\n"
    "Follow us on Facebook for more local news.\n"
)


def test_cleaning_without_explanations_changes_only_the_scorer_reasons():
    """Options(explain=False), what `cleaner run` uses when it writes no report: the same text
    and removals, each scorer reason cut to its score and threshold."""
    from cleaner import Options

    explained = Cleaner(options=Options(mode="page"))
    unexplained = Cleaner(options=Options(mode="page", explain=False))
    scorer_removals = 0
    for text in [MENU_THEN_STORY] + _real_texts(60):
        full, short = explained.clean(text), unexplained.clean(text)
        assert (short.text, short.suspicious) == (full.text, full.suspicious)
        assert len(short.removals) == len(full.removals)
        for a, b in zip(full.removals, short.removals):
            assert (a.start, a.end, a.first_line, a.last_line, a.text, a.category, a.source) == (
                b.start, b.end, b.first_line, b.last_line, b.text, b.category, b.source
            )
            if a.source != "heuristic:scorer":
                assert a.reason == b.reason
                continue
            scorer_removals += 1
            assert regex.fullmatch(r"article-text score \d\.\d\d < \d\.\d\d", b.reason), b.reason
            # the full reason goes on with the features that pushed the score down
            assert regex.fullmatch(regex.escape(b.reason) + r"; \w+=-?\d+\.\d\d \([+-]\d+\.\d\d\)(, .+)?", a.reason), a.reason
    assert scorer_removals > 5


def test_rendering_a_pass_that_keeps_everything_equals_rendering_its_decisions():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.decide import KEEP
    from cleaner.render import render, render_kept

    pieces = ["", " ", "\t", "\x1c", "\u2028", "\x85", "\u3000", "text", "more text", " x"]

    @given(st.lists(st.sampled_from(pieces), max_size=10))
    @settings(max_examples=1000, deadline=None)
    def check(lines):
        blocks = segment(lines)
        fast, plain = render_kept(lines), render(lines, blocks, [KEEP] * len(blocks))
        assert (fast.lines, fast.origin, fast.cuts) == (plain.lines, plain.origin, plain.cuts)

    check()


def _comment_thread_by_reading_every_block(blocks) -> list[int]:
    """inline.comment_thread's specification: every block's signal read (an indented block has
    none), then each signal below the prose tried as the start of a run; none when the run's
    signals, read on upward, reach above the first prose."""
    from cleaner import inline, lines
    from cleaner.segment import preformatted

    examples = preformatted(blocks)
    signals = [None if b.index in examples else inline.comment_signal(b.text) for b in blocks]
    prose = 0
    for start, block in enumerate(blocks):
        if signals[start] and prose >= lines.THREAD_PROSE_BEFORE:
            run = [start]
            for k in range(start + 1, len(blocks)):
                if signals[k]:
                    if k - run[-1] > inline.THREAD_GAP:
                        break
                    run.append(k)
            if len(run) >= inline.THREAD_MIN_SIGNALS and "reply" in [signals[k] for k in run]:
                if _chain_top(signals, start) < _first_prose(blocks):
                    return []  # the chain opens the text: a forum's thread, the text's own
                end = len(blocks) if len(blocks) - run[-1] <= inline.THREAD_GAP else run[-1] + 2
                return list(range(start, end))
        prose += block.word_count if block.word_count >= lines.PROSE_MIN_WORDS else 0
    return []


def _chain_top(signals, start) -> int:
    """The highest signal reached from block `start` upward, signals at most THREAD_GAP apart."""
    from cleaner import inline

    top = start
    for k in range(start - 1, -1, -1):
        if top - k > inline.THREAD_GAP:
            break
        if signals[k]:
            top = k
    return top


def _first_prose(blocks) -> int:
    from cleaner import lines

    return next((k for k, b in enumerate(blocks) if b.word_count >= lines.PROSE_MIN_WORDS), len(blocks))


THREAD_LINES = [
    "Reply", "Report abuse", "Like", "Anna says:", "12:42 PM", "vor 3 Stunden", "Name *", "Comments (2)",
    "Bart | November 9, 2012 12:20 AM | Reply", "November 23, 2004 | Permalink", "Me gusta", "ОТВЕТИТЬ",
    "Great article, thanks!", "Finally.", "Replying to the council, the mayor said nothing new.",
    "    12:42 PM", "\tReply", "     Anna says:",
    " ".join(["The council met on Tuesday and approved the budget for the bridge repairs."] * 3),
]


def test_comment_thread_equals_reading_every_block():
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from cleaner.inline import comment_thread

    prose = THREAD_LINES[-1]

    @given(st.lists(st.sampled_from(THREAD_LINES), max_size=40))
    @example(["Reply", prose, prose, prose, prose, "Reply", "Reply", "Reply", "Reply"])  # opens the text
    @settings(max_examples=400, deadline=None)
    def check(lines):
        blocks = segment(lines)
        assert comment_thread(blocks) == _comment_thread_by_reading_every_block(blocks)

    check()
    for text in _real_texts():
        blocks = segment(text.split("\n"))
        assert comment_thread(blocks) == _comment_thread_by_reading_every_block(blocks)


def test_every_reply_signal_is_a_reply_candidate(real_blocks):
    from cleaner.inline import comment_signal, reply_candidates

    lines = THREAD_LINES + [b.text for b in real_blocks] + ["Reply’s", "x-reply", "REPLY!", "İ reply", "Lubię to"]
    blocks = segment(lines)
    replies = [b.index for b in blocks if comment_signal(b.text) == "reply"]
    assert replies and set(replies) <= set(reply_candidates(blocks))


def test_a_document_without_some_blocks_reads_as_its_text_rendered_without_them():
    """Document.without (the scorer's settling rounds) gives what cleaning the text that render()
    writes without those blocks would measure: the same blocks, blank lines, paragraphs and
    features, whenever no two blocks join (Document.joins)."""
    import random

    import numpy as np

    from cleaner.decide import KEEP, Decision
    from cleaner.features import Measurements, describe_document, feature_matrix
    from cleaner.model import Category, Verdict
    from cleaner.normalize import normalize_lines
    from cleaner.pipeline import blocks_left
    from cleaner.render import render

    gone = Decision((Verdict(Category.BOILERPLATE, "heuristic:scorer", "test"),))
    rng = random.Random(3)
    compared = 0
    for text in _real_texts(80):
        lines = normalize_lines(text.split("\n"))
        blocks = segment(lines)
        if len(blocks) < 3:
            continue
        memo = Measurements()
        doc = describe_document(blocks, lines, memo=memo)
        for share in (0.1, 0.5, 0.9):
            removed = np.array([rng.random() < share for _ in blocks])
            if removed.all() or doc.joins(removed):
                continue
            rendered = render(lines, blocks, [gone if r else KEEP for r in removed.tolist()])
            again = describe_document(segment(rendered.lines), rendered.lines, memo=memo)
            settled = doc.without(removed)
            assert settled.key() == again.key()
            assert np.allclose(feature_matrix(settled), feature_matrix(again))
            fields = ("index", "text", "paragraph", "blank_lines_before", "word_count", "indent")
            assert [(*(getattr(b, f) for f in fields), lines[b.first_line]) for b in blocks_left(settled)] == [
                (*(getattr(b, f) for f in fields), rendered.lines[b.first_line]) for b in again.blocks
            ]
            compared += 1
    assert compared > 50


def test_settling_rounds_decide_what_a_pass_per_round_decides(monkeypatch):
    """The scorer settling within a pass (heuristics.SETTLE_ROUNDS), and the output confirmed on
    the blocks left (Cleaner._confirmed), clean page text as one pass per round, each confirmed
    by the next, did: the same text and removals, in fewer passes.

    But for two texts: a pass per round also applies the rules again between rounds, and a rule
    that fires once a neighbour is gone (a count list, a comment section's header) changes the
    blocks the next round scores, and with them the page-wide features (the comment signals
    before and after each block): such a text settles on another fixed point (the settled
    output is still one: cleaning it changes nothing). And the page-wide checks (heuristics.
    ANCHOR_MIN_CHARS) read what a pass's rounds take together, where a pass a round reads each
    round alone: a post of two sentences, each round taking under half of what is left, loses
    more than half by rounds.
    """
    from cleaner import Options, heuristics

    texts = _real_texts(120)
    for options in (Options(mode="page", scorer_threshold=0.4), Options(mode="page")):
        cleaner = Cleaner(options=options)
        with monkeypatch.context() as patch:
            settled = [cleaner.clean(text) for text in texts]
            assert sum(r.passes for r in settled) <= 1.5 * len(texts)
            patch.setattr(heuristics, "SETTLE_ROUNDS", 1)
            patch.setattr(Cleaner, "_confirmed", lambda *args: False)
            per_pass = [cleaner.clean(text) for text in texts]
        same = [a.text == b.text and a.removals == b.removals for a, b in zip(settled, per_pass)]
        assert sum(same) >= len(texts) - 2
        for a, b, alike in zip(settled, per_pass, same):
            assert a.passes <= b.passes or not alike
            assert cleaner.clean(a.text).text == a.text
        assert sum(r.passes for r in settled) < sum(r.passes for r in per_pass)


def test_the_blocks_kept_are_what_segment_reads_in_the_text_rendered_without_the_others():
    """segment.blocks_kept (article mode's confirmation on its blocks) gives the blocks that
    segment() reads in the text render() writes without the removed ones, whenever it does not
    say that two blocks would join (None)."""
    import random

    from cleaner.decide import KEEP, Decision
    from cleaner.model import Verdict
    from cleaner.normalize import normalize_lines
    from cleaner.render import render
    from cleaner.segment import blocks_kept

    gone = Decision((Verdict(Category.BOILERPLATE, "heuristic:test", "test"),))
    rng = random.Random(5)
    fields = ("index", "text", "paragraph", "blank_lines_before", "word_count", "indent")
    compared = 0
    for text in _real_texts(80):
        lines = normalize_lines(text.split("\n"))
        blocks = segment(lines)
        for share in (0.1, 0.5, 0.9):
            removed = [rng.random() < share for _ in blocks]
            kept = blocks_kept(blocks, lines, removed)
            if kept is None or all(removed):
                continue
            rendered = render(lines, blocks, [gone if r else KEEP for r in removed])
            again = segment(rendered.lines)
            assert [(*(getattr(b, f) for f in fields), lines[b.first_line]) for b in kept] == [
                (*(getattr(b, f) for f in fields), rendered.lines[b.first_line]) for b in again
            ]
            compared += 1
    assert compared > 10


def test_article_mode_confirmed_on_its_blocks_cleans_as_a_second_pass_did(monkeypatch):
    """Cleaner._confirmed_article (the next pass's question asked of the blocks kept) gives the
    text and removals that a second pass over the text gave, in fewer passes."""
    texts = _real_texts(120)
    cleaner = Cleaner()
    confirmed = [cleaner.clean(text) for text in texts]
    monkeypatch.setattr(Cleaner, "_confirmed_article", lambda *args: False)
    per_pass = [cleaner.clean(text) for text in texts]
    for a, b in zip(confirmed, per_pass):
        assert (a.text, a.removals) == (b.text, b.removals)
        assert a.passes <= b.passes
    assert sum(r.passes for r in confirmed) < sum(r.passes for r in per_pass)


def test_counting_word_runs_counts_what_the_regex_finds():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner.language import count_word_runs

    word = regex.compile(r"\w+")
    for text in _real_texts(100):
        assert count_word_runs(text) == len(word.findall(text))

    @given(st.text(alphabet=st.sampled_from(["a", "Z", "9", "_", " ", "\n", "-", "é", "\u0301", "😀", "𝐀", "ß", "'"])))
    @settings(max_examples=300, deadline=None)
    def check(text):
        assert count_word_runs(text) == len(word.findall(text))

    check()


def test_furniture_words_looked_up_are_those_the_regex_finds():
    """features._furniture_counts (word runs sifted as arrays, each confirmed by the regex)
    counts what _FURNITURE.findall counts, on real blocks and on text made of the furniture
    words' pieces, cases, stems, spaces and the letters regex folds differently from lower()."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cleaner import features

    texts = [b.text for text in _real_texts(150) for b in segment(text.split("\n"))]
    expected = [len(features._FURNITURE.findall(t)) for t in texts]
    assert features._furniture_counts(texts).tolist() == expected
    assert sum(expected) > 100
    piece = st.sampled_from([
        "log", "in", "sign", "up", "LOG", "Sign", "login", "share", "SHARE", "ſhare", "İmprint", "İ", "menü", "MENÜ",
        "advertis", "Advertisement", "suscr", "suscribe", "comments", "commentsx", "udostępnij", "x", "_", "9",
        "\u0301", " ", "  ", "\t", "\u00a0", "-", "é", "😀", "'",
    ])

    @given(st.lists(st.lists(piece, max_size=8).map("".join), min_size=1, max_size=5))
    @settings(max_examples=500, deadline=None)
    def check(texts):
        assert features._furniture_counts(texts).tolist() == [len(features._FURNITURE.findall(t)) for t in texts]

    check()


def test_case_folds_of_the_furniture_letters():
    """features._CASE_FOLDS holds every code point that regex's IGNORECASE matches to a letter
    of the furniture words while str.lower() gives something else."""
    from cleaner import features

    letters = set("".join(features._FURNITURE_WORDS | set(features._FURNITURE_STEMS)))
    any_letter = regex.compile("[" + "".join(sorted(letters)) + "]", regex.IGNORECASE)
    found = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or char.lower() in letters or not any_letter.fullmatch(char):
            continue
        found[char] = next(x for x in letters if regex.fullmatch(regex.escape(x), char, regex.IGNORECASE))
    assert found == features._CASE_FOLDS
