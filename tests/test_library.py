"""The library as users meet it: docstrings whose examples run, type hints and py.typed,
JSON-ready results, clear errors for the wrong input type, clean_html with your own rules, and
the distribution's name."""

from __future__ import annotations

import doctest
import inspect
import json
import re
import tomllib

import pytest
from conftest import ROOT

import cleaner
import cleaner.model
import cleaner.pipeline
from cleaner import Cleaner, CleanResult, Options, Removal

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"


@pytest.mark.parametrize("module", [cleaner, cleaner.model, cleaner.pipeline], ids=lambda m: m.__name__)
def test_docstring_examples_run(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("obj", [Cleaner, Cleaner.clean, Options, CleanResult, Removal], ids=lambda o: o.__qualname__)
def test_public_classes_have_docstrings_with_examples(obj):
    assert ">>>" in (obj.__doc__ or "")


PUBLIC_CALLABLES = [
    cleaner.clean, cleaner.clean_html, cleaner.load_rules, Cleaner.__init__, Cleaner.clean, Cleaner.clean_html,
    Cleaner.with_options, CleanResult.to_dict, CleanResult.removed_chars, Removal.to_dict, cleaner.RuleSet.without,
]


@pytest.mark.parametrize("function", PUBLIC_CALLABLES, ids=lambda f: f.__qualname__)
def test_public_api_is_fully_typed(function):
    signature = inspect.signature(function)
    assert signature.return_annotation is not inspect.Signature.empty
    for name, parameter in signature.parameters.items():
        assert name == "self" or parameter.annotation is not inspect.Parameter.empty, name


def test_py_typed_ships_with_the_package():
    assert (ROOT / "cleaner" / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in project["tool"]["setuptools"]["package-data"]["cleaner"]


def test_results_are_json_ready():
    result = Cleaner().clean(DIRTY)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["text"] == result.text and data["suspicious"] is False and data["withheld"] == []
    assert data["removals"] == [r.to_dict() for r in result.removals]
    assert data["removals"][0] == {
        "start": DIRTY.index("Advertisement"), "end": len(DIRTY) - 1, "first_line": 3, "last_line": 3,
        "category": "ad", "source": "heuristic:furniture-line",
        "reason": result.removals[0].reason, "features": {"words": 1, "phrases": 1}, "text": "Advertisement",
    }


def test_withheld_removals_are_in_the_dict_too():
    text = "One line.\nAdvertisement\nShare this article with your friends!\nShare this article\n"
    result = Cleaner().clean(text)
    assert result.suspicious and result.withheld
    assert result.to_dict()["withheld"] == [r.to_dict() for r in result.withheld]


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["a list"]], ids=["None", "bytes", "int", "list"])
@pytest.mark.parametrize(
    ("call", "where"),
    [
        pytest.param(lambda v: Cleaner().clean(v), "Cleaner.clean", id="Cleaner.clean"),
        pytest.param(lambda v: cleaner.clean(v), "cleaner.clean", id="cleaner.clean"),
        pytest.param(lambda v: cleaner.clean_html(v), "cleaner.clean_html", id="cleaner.clean_html"),
        pytest.param(lambda v: Cleaner().clean_html(v), "Cleaner.clean_html", id="Cleaner.clean_html"),
    ],
)
def test_wrong_input_types_raise_a_clear_type_error(call, where, value):
    with pytest.raises(TypeError, match=rf"^{re.escape(where)} takes the text as a str, not {type(value).__name__}"):
        call(value)


def test_bytes_get_a_hint_to_decode():
    with pytest.raises(TypeError, match=r"decode it first"):
        cleaner.clean(b"text")


PAGE_PARAGRAPH = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 3 + "</p>"
PAGE = (
    "<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    f"<article><h1>River floods the old town</h1>{PAGE_PARAGRAPH}<p>Listen to Valley Radio every morning</p>"
    f"{PAGE_PARAGRAPH}</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>"
)
HOUSE_RULE = (
    '[[rule]]\nid = "house-radio"\ncategory = "cta"\nscope = "block"\ndescription = "Station plug."\n'
    "pattern = '''^listen to valley radio'''\n"
    '[rule.examples]\nremove = ["Listen to Valley Radio every morning"]\nkeep = ["We listen to the radio."]\n'
)


def test_clean_html_uses_the_cleaners_own_rules_and_says_what_the_extractor_dropped(tmp_path):
    rules = tmp_path / "house.toml"
    rules.write_text(HOUSE_RULE, encoding="utf-8")
    shipped = Cleaner().clean_html(PAGE)
    assert shipped.text == cleaner.clean_html(PAGE)
    assert "Valley Radio" in shipped.text
    own = Cleaner(rules=[rules]).clean_html(PAGE)
    assert "Valley Radio" not in own.text and "The river rose" in own.text
    extractor, *rest = own.removals
    assert extractor.source == "extractor:html" and extractor.category.value == "boilerplate"
    assert "Home" in extractor.text and "All rights reserved" in extractor.text
    assert "The river rose" not in extractor.text
    assert (extractor.start, extractor.end, extractor.first_line) == (0, 0, 0)
    assert [r.source for r in rest] == ["house-radio"]
    assert json.loads(json.dumps(own.to_dict()))["removals"][0]["source"] == "extractor:html"


def test_clean_html_keeps_the_cleaners_options_but_cleans_in_article_mode():
    result = Cleaner(options=Options(mode="page", explain=False)).clean_html(PAGE)
    assert result.text == Cleaner().clean_html(PAGE).text


def test_distribution_name_is_free_of_the_unrelated_cleaner_on_pypi():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "article-cleaner"
    assert project["scripts"] == {"cleaner": "cleaner.cli:main"}  # the command keeps its name
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "cleaner").rglob("*.py")]
    for line in "\n".join(texts).splitlines():
        if "something else" in line:  # the README's warning about the name
            continue
        assert not re.search(r"pip install '?cleaner\b", line)
        assert "'cleaner[" not in line and '"cleaner[' not in line


def test_version_is_one_number():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "cleaner.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", cleaner.__version__)
