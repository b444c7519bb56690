"""Other pipelines: datatrove's LocalPipelineExecutor with CleanerStep, and the README's pandas recipe."""

from __future__ import annotations

import json
import pickle

import pytest

PROSE = "The council approved the budget on Tuesday evening after a long debate about the bridges."
DIRTY = f"{PROSE}\n\nAdvertisement\n"
CLEAN = f"{PROSE}\n"


def test_datatrove_step_under_the_local_executor(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.executor import LocalPipelineExecutor

    from cleaner.integrations.datatrove import REMOVALS_KEY, CleanerStep

    documents = [Document(text=DIRTY, id="1"), Document(text=CLEAN, id="2"), Document(text="Stay tuned for more updates!\n" + CLEAN, id="3")]
    seen: list[Document] = []

    def collect(data, rank: int = 0, world_size: int = 1):
        for doc in data:
            seen.append(doc)
            yield doc

    executor = LocalPipelineExecutor(
        pipeline=[documents, CleanerStep(disable=["signoff"]), collect], tasks=1, workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    by_id = {doc.id: doc for doc in seen}
    assert by_id["1"].text == CLEAN and by_id["2"].text == CLEAN
    assert by_id["3"].text.startswith("Stay tuned")  # signoff disabled
    [removal] = by_id["1"].metadata[REMOVALS_KEY]
    assert (removal["source"], removal["category"], removal["text"]) == ("heuristic:furniture-line", "ad", "Advertisement")
    assert by_id["2"].metadata[REMOVALS_KEY] == []
    json.dumps([doc.metadata for doc in seen])  # JSON-ready, for datatrove's writers
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    assert "changed" in json.dumps(stats)


def test_datatrove_step_pickles_and_cleans_html():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.integrations.datatrove import REMOVALS_KEY, CleanerStep

    step = pickle.loads(pickle.dumps(CleanerStep(html=True)))
    paragraph = "<p>" + "The river rose by two metres overnight and the town closed its bridges to traffic. " * 3 + "</p>"
    page = (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>River floods</h1>"
            f"{paragraph}{paragraph}</article></body></html>")
    [doc] = list(step.run(iter([Document(text=page, id="p")])))
    assert "The river rose" in doc.text and "<p>" not in doc.text
    assert doc.metadata[REMOVALS_KEY][0]["source"] == "extractor:html"


def test_pandas_recipe_from_the_readme_keeps_missing_values():
    pd = pytest.importorskip("pandas")
    import cleaner

    df = pd.DataFrame({"text": [DIRTY, None, CLEAN, float("nan")]})
    # README, "pandas"
    c = cleaner.Cleaner()
    df["clean"] = df["text"].map(lambda t: c.clean(t).text, na_action="ignore")
    df["removals"] = df["text"].map(lambda t: [r.to_dict() for r in c.clean(t).removals], na_action="ignore")
    assert df["clean"].tolist()[:1] + df["clean"].tolist()[2:3] == [CLEAN, CLEAN]
    assert df["clean"].isna().tolist() == [False, True, False, True]
    assert df["removals"][0][0]["source"] == "heuristic:furniture-line" and df["removals"][2] == []


def test_the_readme_shows_the_pandas_recipe():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'df["clean"] = df["text"].map(lambda t: c.clean(t).text, na_action="ignore")' in readme
