"""The library API other pipelines call: small, pure, picklable, thread-safe."""

from __future__ import annotations

import doctest
import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import cleaner
from cleaner import Category, Cleaner, Options
from cleaner.html import extract_text

ARTICLE = (
    "City council approves new budget\n\n"
    "The city council approved a budget of 4.2 million euros on Tuesday, after a debate that lasted "
    "most of the evening and ended with a narrow vote.\n\n"
    "Get 25% off your first order with code SUMMER25\n\n"
    "The mayor said the money would go to schools and to the repair of two bridges in the old town.\n\n"
    "Share this article with your friends!\n"
)


def test_clean_removes_ad_and_share_prompt_and_keeps_title_and_prose():
    out = cleaner.clean(ARTICLE)
    assert "SUMMER25" not in out
    assert "Share this article" not in out
    assert out.startswith("City council approves new budget\n\nThe city council approved")
    assert "two bridges in the old town.\n" in out
    assert out.endswith(".\n") and not out.endswith("\n\n")


def test_result_records_each_removal_with_rule_category_and_lines():
    result = Cleaner().clean(ARTICLE)
    by_source = {r.source: r for r in result.removals}
    ad = by_source["ad-promo-code"]
    assert ad.category is Category.AD
    assert ad.first_line == ad.last_line == 5
    assert ARTICLE[ad.start:ad.end] == "Get 25% off your first order with code SUMMER25"
    assert by_source["heuristic:furniture-line"].category is Category.SOCIAL


def test_cleaner_pickles_and_gives_the_same_result():
    original = Cleaner()
    copy = pickle.loads(pickle.dumps(original))
    assert copy.clean(ARTICLE).text == original.clean(ARTICLE).text


def test_cleaner_is_thread_safe():
    shared = Cleaner()
    texts = [ARTICLE.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday")] * 20
    expected = [Cleaner().clean(t).text for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(lambda t: shared.clean(t).text, texts)) == expected


def test_disable_by_id_and_by_category_keeps_those_lines():
    rules_only = Options(heuristics=False)  # the scorer would take these lines on its own
    assert "SUMMER25" in Cleaner(disable=["ad-promo-code"], options=rules_only).clean(ARTICLE).text
    assert "SUMMER25" in Cleaner(disable=["ad"], options=rules_only).clean(ARTICLE).text
    assert "Share this article" in Cleaner(disable=["social"], options=rules_only).clean(ARTICLE).text
    assert "SUMMER25" not in Cleaner(disable=["social"], options=rules_only).clean(ARTICLE).text


def test_disable_of_an_unknown_rule_or_category_is_a_value_error_with_close_matches():
    """The library refuses what the CLI refuses (one check, cleaner.disable): a typo in
    `disable` would otherwise switch nothing off, silently."""
    with pytest.raises(ValueError, match=r"no rule or category 'signof'; did you mean 'signoff'"):
        Cleaner(disable=["signof"])
    with pytest.raises(ValueError, match=r"'ad-promo-cod'.*did you mean 'ad-promo-code'"):
        Cleaner(disable=(name for name in ["ad", "ad-promo-cod"]))
    with pytest.raises(ValueError, match="see `cleaner rules list`"):
        Cleaner(disable=["zzzzzzzz"])
    # rule ids, categories and heuristic ids stay accepted, a generator of them too
    kept = Cleaner(disable=(name for name in ["ad-promo-code", "cta", "heuristic:furniture-line"]))
    assert "SUMMER25" in kept.with_options(Options(heuristics=False)).clean(ARTICLE).text


def test_clean_html_extracts_main_text_then_cleans_it():
    paragraph = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 3 + "</p>"
    html = (
        "<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        # a sign-off closes the story (in the middle it would be the story's own sentence)
        f"<article><h1>River floods the old town</h1>{paragraph}{paragraph}<p>Stay tuned for more updates!</p></article>"
        "<footer>© 2024 Example Media. All rights reserved.</footer></body></html>"
    )
    out = cleaner.clean_html(html)
    assert "The river rose by two metres" in out
    assert "Stay tuned" not in out
    assert "All rights reserved" not in out
    # deterministic: the same page twice gives the same text (no process-wide dedup cache)
    assert cleaner.clean_html(html) == out


def test_empty_and_blank_input():
    assert cleaner.clean("") == ""
    assert cleaner.clean("\n\n \n") == ""


def test_cleaner_uses_the_scorer_it_is_given():
    """A caller's own scorer (scripts/train_scorer.py trains them) replaces the shipped one: one
    that calls every block boilerplate removes the prose, one that calls everything article text
    removes nothing the rules do not name."""
    from cleaner.scorer import Scorer

    def constant(log_odds: float) -> Scorer:
        return Scorer(log_odds, ((( -1, 0.0, 0, 0, 0.0),),), 0.5)

    text = ARTICLE.replace("Get 25% off your first order with code SUMMER25\n\n", "")
    page = Options(mode="page")
    # at a threshold of the caller's: the page's own cut keeps a page that would lose every paragraph
    doubting = Cleaner(scorer=constant(-5.0), options=Options(mode="page", allow_large_removals=True,
                                                              scorer_threshold=0.5)).clean(text)
    trusting = Cleaner(scorer=constant(5.0), options=page).clean(text)
    assert "budget of 4.2 million" not in doubting.text
    assert any(r.source == "heuristic:scorer" for r in doubting.removals)
    assert "budget of 4.2 million" in trusting.text and "two bridges" in trusting.text
    assert not any(r.source == "heuristic:scorer" for r in trusting.removals)


MENU_THEN_STORY = (
    "Gardens\nPuzzles\nCrosswords\nSign in\n\n"
    "Library reopens after two years of repairs\n\n"
    "The town library reopened on Saturday after two years of repairs to its roof and heating, and more "
    "than four hundred people came to the opening.\n\n"
    "The building, which dates from 1904, now has a reading room for children and a small cafe run by "
    "volunteers from the neighbourhood.\n\n"
    "This website uses cookies to improve your experience.\n"
)


def _cli(*args: str, text: str = "", cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=text, capture_output=True, text=True, cwd=cwd)


def _clean_stdin(flags: list[str], text: str, cwd) -> str:
    done = _cli("run", *flags, "-", text=text, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_article_mode_is_the_default_and_keeps_what_no_rule_names():
    article = cleaner.clean(MENU_THEN_STORY)
    assert article == cleaner.clean(MENU_THEN_STORY, mode="article")
    assert article == Cleaner(options=Options(mode="article")).clean(MENU_THEN_STORY).text
    assert "Puzzles\n" in article and "uses cookies" not in article
    assert "Puzzles" not in cleaner.clean(MENU_THEN_STORY, mode="page")


def test_an_unknown_mode_is_an_error():
    with pytest.raises(ValueError, match="article, page"):
        Options(mode="pages")


def test_cli_mode_flag_and_config_choose_page_mode(tmp_path):
    article = _clean_stdin([], MENU_THEN_STORY, tmp_path)
    assert "Puzzles\n" in article and "uses cookies" not in article
    page = _clean_stdin(["--mode", "page"], MENU_THEN_STORY, tmp_path)
    assert "Puzzles" not in page
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nmode = "page"\n', encoding="utf-8")
    assert _clean_stdin([], MENU_THEN_STORY, tmp_path) == page
    assert _clean_stdin(["--mode", "article"], MENU_THEN_STORY, tmp_path) == article


CREDITED = (
    "The harbour wall was finished on Friday after four years of work and a long winter of storms.\n\n"
    "Foto: dpa\n\n"
    "The mayor cut the ribbon in front of two hundred people and a brass band from the next town.\n"
)


def test_every_option_is_set_from_the_config_and_the_command_line_wins(tmp_path):
    """One configuration: each Options field a run can set comes from [tool.cleaner] or a flag."""
    assert "Foto: dpa" in _clean_stdin([], CREDITED, tmp_path)
    assert "Foto: dpa" not in _clean_stdin(["--picture-credits"], CREDITED, tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\npicture-credits = true\n", encoding="utf-8")
    assert "Foto: dpa" not in _clean_stdin([], CREDITED, tmp_path)
    assert "Foto: dpa" in _clean_stdin(["--no-picture-credits"], CREDITED, tmp_path)
    # page mode's scorer off by its threshold: the menu stays, from the config or from the flag
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleaner]\nmode = "page"\nscorer-threshold = 0\n', encoding="utf-8"
    )
    assert "Puzzles" in _clean_stdin([], MENU_THEN_STORY, tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nmode = "page"\n', encoding="utf-8")
    assert "Puzzles" not in _clean_stdin([], MENU_THEN_STORY, tmp_path)
    assert "Puzzles" in _clean_stdin(["--scorer-threshold", "0"], MENU_THEN_STORY, tmp_path)


@pytest.mark.parametrize(("line", "message"), [
    ("picture-credits = 1", "picture-credits must be true or false"),
    ('scorer-threshold = "high"', "scorer-threshold must be a number"),
    ("language = 3", "language must be"),
    ("scorer-threshold = 1.5", "scorer_threshold must be between 0 and 1"),
])
def test_cli_rejects_an_option_of_the_wrong_type_in_the_config(tmp_path, line, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.cleaner]\n{line}\n", encoding="utf-8")
    done = _cli("run", "-", text="Text.\n", cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr and "pyproject.toml" in done.stderr


def test_cli_rejects_an_unknown_mode_in_the_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nmode = "pages"\n', encoding="utf-8")
    done = _cli("run", "-", text="Text.\n", cwd=tmp_path)
    assert done.returncode == 2 and "mode must be one of" in done.stderr


def test_cleaning_an_html_file_gives_what_clean_html_gives(tmp_path):
    # a run of short items makes the text look unextracted: plain `clean` would judge it harder
    paragraph = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 2 + "</p>"
    html = (
        "<html><body><article><h1>River floods the old town</h1>"
        f"{paragraph}<ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li></ul>{paragraph}"
        "<p>Stay tuned for more updates!</p></article></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(html, encoding="utf-8")
    done = _cli("run", "--out", str(tmp_path / "out"), "-q", str(tmp_path / "in"))
    assert done.returncode == 0, done.stderr
    written = next((tmp_path / "out").rglob("page*")).read_text(encoding="utf-8")
    assert written == cleaner.clean_html(html) == cleaner.clean(extract_text(html))
    assert "Stay tuned" not in written and "The river rose" in written


def test_cli_explain_follows_the_mode_flag(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(MENU_THEN_STORY, encoding="utf-8")

    def explain(*flags):
        done = _cli("explain", *flags, str(page), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "heuristic:scorer" in explain("--mode", "page")
    article = explain()
    assert "heuristic:scorer" not in article and "cookie-notice" in article


def test_the_package_docstring_example_runs():
    assert doctest.testmod(cleaner).failed == 0


def test_disable_switches_off_heuristics_of_that_category_or_id_too():
    text = "The council met on Tuesday evening.\n\nAdvertisement\n\nThe vote was close, and the budget passed.\n"
    assert "Advertisement" not in Cleaner().clean(text).text
    assert Cleaner(disable=["ad"]).clean(text).text == text
    # the rule alone off, the heuristic still takes it; both off, it stays
    assert "Advertisement" not in Cleaner(disable=["ad-sponsored-label"]).clean(text).text
    assert Cleaner(disable=["ad-sponsored-label", "heuristic:furniture-line"]).clean(text).text == text


def test_a_rule_over_a_text_s_first_section_is_no_front_matter():
    """Front matter opens with a key ("title: ..."); a rule (---) over a section, as a page's
    text is left when its header was cut, is text to clean up to the next rule, and cleaning the
    output again changes nothing."""
    from cleaner.pipeline import front_matter

    assert front_matter("---\ntitle: Notes\ntags: [a, b]\n---\n\nText\n") == "---\ntitle: Notes\ntags: [a, b]\n---\n"
    assert front_matter("+++\ntitle = \"Notes\"\n+++\nText\n") == "+++\ntitle = \"Notes\"\n+++\n"
    text = ("---\n\n### Anna — 2 April\n\nThe export writes the file without a byte order mark.\n\n"
            "Advertisement\n\nExcel then reads it in the system's code page.\n\n---\n\n### Ben — 3 April\n\nFixed.\n")
    assert front_matter(text) == ""
    cleaned = cleaner.clean(text)
    assert "Advertisement" not in cleaned and "code page" in cleaned
    assert cleaner.clean(cleaned) == cleaned
