"""Rule files: loading, checking, scopes, user rules and config; one case per shipped family."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from cleaner import Category, Cleaner, Options, RuleError, load_rules
from cleaner.rules import parse_rule_file

RULES_ONLY = Options(heuristics=False)
PARA_1 = "The regional parliament passed the water law on Thursday after three days of debate and a long night session."
PARA_3 = "Officials expect the first repairs to start in the north of the region next spring, once the contracts are signed."
PARA_2 = "Farmers will pay a new fee for every cubic metre they pump, and the money will go to the repair of old canals."

# (category, a junk block written for this test) — each must be removed by a rule of that family;
# the families whose rules run in page mode only (their `modes`) are kept in article mode
FAMILY_CASES = [
    (Category.AD, "Summer sale at Harbor Outfitters: take 30% off with code SAIL30", "article"),
    (Category.AD, "Story continues below advertisement", "page"),
    (Category.POLL, "By answering this poll, you consent to receive marketing e-mails from our partners.", "article"),
    (Category.CTA, "Sign up for the Morning Briefing newsletter to get these stories first.", "page"),
    (Category.SOCIAL, "Follow us on Facebook and Instagram for more local news.", "page"),
    (Category.EMBED, "This video is not available in your region", "page"),
    (Category.COOKIE, "This website uses cookies to improve your experience.", "article"),
    (Category.RELATED, "Das könnte Sie auch interessieren", "page"),
    (Category.NAVIGATION, "Skip to content", "article"),
    (Category.LEGAL, "Copyright 2025 Riverside Gazette. All rights reserved.", "page"),
]


@pytest.mark.parametrize(
    "category, junk, mode", FAMILY_CASES, ids=[f"{c.value}-{i}" for i, (c, _, _) in enumerate(FAMILY_CASES)]
)
def test_each_family_removes_its_junk_between_real_paragraphs(category, junk, mode):
    text = f"{PARA_1}\n\n{junk}\n\n{PARA_2}\n"
    result = Cleaner(options=Options(mode=mode, heuristics=False)).clean(text)
    assert result.text == f"{PARA_1}\n\n{PARA_2}\n"
    assert [r.category for r in result.removals] == [category]
    if mode == "page":  # article mode keeps what its rules do not name with enough precision
        assert Cleaner(options=RULES_ONLY).clean(text).text == text


def test_rule_modes_are_checked_and_limit_where_a_rule_runs(tmp_path):
    rule = tmp_path / "page.toml"
    rule.write_text(textwrap.dedent('''
        [[rule]]
        id = "house-banner"
        category = "ad"
        scope = "block"
        modes = ["page"]
        description = "The house banner."
        pattern = '^Harbour Deals Weekly$'
        [rule.examples]
        remove = ["Harbour Deals Weekly"]
        keep = ["Harbour deals rose weekly in May, the port said."]
    '''))
    text = f"{PARA_1}\n\nHarbour Deals Weekly\n\n{PARA_2}\n"
    assert Cleaner([rule], options=RULES_ONLY).clean(text).text == text
    page = Cleaner([rule], options=Options(mode="page", heuristics=False)).clean(text)
    assert [r.source for r in page.removals] == ["house-banner"]
    rule.write_text(rule.read_text().replace('modes = ["page"]', 'modes = ["print"]'))
    with pytest.raises(RuleError, match="modes"):
        load_rules([rule], include_default=False)


CONTEXT_RULES = textwrap.dedent('''
    [[rule]]
    id = "cookie-banner"
    category = "cookie"
    scope = "block"
    topic = ["cookie"]
    description = "A cookie banner."
    pattern = '^We use cookies'
    [rule.examples]
    remove = ["We use cookies to improve the site."]
    keep = ["Grandmother bakes cookies."]

    [[rule]]
    id = "comments-house-rules"
    category = "comments"
    scope = "block"
    near = "comments"
    description = "A comment section's house rules."
    pattern = '^Comments are moderated'
    [rule.examples]
    remove = ["Comments are moderated."]
    keep = ["The comments were moderate."]

    [[rule]]
    id = "comments-form"
    category = "comments"
    scope = "block"
    description = "A comment form's button."
    pattern = '^Post a comment$'
    [rule.examples]
    remove = ["Post a comment"]
    keep = ["Post a comment to the council before Friday."]

    [[rule]]
    id = "meta-reading-time"
    category = "metadata"
    scope = "block"
    once = true
    description = "A reading time over the article."
    pattern = '^Reading time: \\d+ minutes$'
    [rule.examples]
    remove = ["Reading time: 4 minutes"]
    keep = ["Reading time: what the site guesses a story takes."]
''')


def test_a_rule_spares_a_document_about_its_topic(tmp_path):
    rules = tmp_path / "context.toml"
    rules.write_text(CONTEXT_RULES)
    cleaner = Cleaner([rules], include_default_rules=False, options=RULES_ONLY)
    banner = "We use cookies to improve the site."
    story = f"{PARA_1}\n\n{banner}\n\n{PARA_2}\n"
    assert cleaner.clean(story).text == f"{PARA_1}\n\n{PARA_2}\n"
    policy = f"Our cookie policy\n\n{banner}\n\nYou can refuse cookies in your browser.\n"
    assert cleaner.clean(policy).text == policy
    # page mode: the text around a banner is a whole page, which names cookies in its footer
    page = Cleaner([rules], include_default_rules=False, options=Options(mode="page", heuristics=False))
    assert banner not in page.clean(policy).text


def test_a_near_rule_removes_only_near_its_company(tmp_path):
    rules = tmp_path / "context.toml"
    rules.write_text(CONTEXT_RULES)
    cleaner = Cleaner([rules], include_default_rules=False, options=RULES_ONLY)
    alone = f"{PARA_1}\n\nComments are moderated.\n\n{PARA_2}\n"
    assert cleaner.clean(alone).text == alone
    together = f"{PARA_1}\n\n{PARA_2}\n\nComments are moderated.\n\nPost a comment\n"
    assert cleaner.clean(together).text == f"{PARA_1}\n\n{PARA_2}\n"


def test_a_once_rule_removes_only_the_one_line_a_document_prints(tmp_path):
    """A page prints one reading time over its article; a course's outline prints one a lesson,
    its own."""
    rules = tmp_path / "context.toml"
    rules.write_text(CONTEXT_RULES)
    cleaner = Cleaner([rules], include_default_rules=False, options=RULES_ONLY)
    story = f"Reading time: 4 minutes\n\n{PARA_1}\n\n{PARA_2}\n"
    assert cleaner.clean(story).text == f"{PARA_1}\n\n{PARA_2}\n"
    course = f"Lesson 1\nReading time: 4 minutes\n\n{PARA_1}\n\nLesson 2\nReading time: 6 minutes\n\n{PARA_2}\n"
    assert cleaner.clean(course).text == course


@pytest.mark.parametrize(("field", "value"), [
    ("topic", '"cookie"'), ("topic", "[1]"), ("near", '"comment"'), ("once", '"yes"'),
])
def test_context_fields_are_checked(tmp_path, field, value):
    rules = tmp_path / "bad.toml"
    rules.write_text(CONTEXT_RULES.replace('topic = ["cookie"]', f"{field} = {value}", 1))
    with pytest.raises(RuleError, match=field):
        load_rules([rules], include_default=False)


def test_sentence_scope_takes_only_the_sentence():
    text = f"{PARA_1} The minister took to X to respond:\n\n{PARA_2}\n"
    result = Cleaner(options=RULES_ONLY).clean(text)
    assert result.text == f"{PARA_1}\n\n{PARA_2}\n"
    (removal,) = result.removals
    assert removal.source == "embed-media-lead-in" and removal.text == "The minister took to X to respond:"
    assert text[removal.start:removal.end] == removal.text


def test_a_sentence_rule_spares_a_tables_cells():
    """A table's row with words in two cells holds no sentence: a guide's table of the labels to
    print keeps its disclosure wording, which the same words on a line of their own lose."""
    disclosure = "We may earn a commission if you buy through links on this page"
    table = (f"{PARA_1}\n\n| Content | Label | Where |\n|---|---|---|\n| Display ads | Advertisement | Above the ad |\n"
             f"| Shop links in reviews | **{disclosure}** | Under the title |\n\n{PARA_2}\n")
    assert Cleaner().clean(table).text == table
    prose = f"{PARA_1}\n\n{disclosure}.\n\n{PARA_2}\n"
    (removal,) = Cleaner(options=RULES_ONLY).clean(prose).removals
    assert removal.source == "ad-affiliate-disclosure"
    # a row of one filled cell is no table's content to read: a layout table's junk
    boxed = prose.replace(f"{disclosure}.", f"| {disclosure}. |")
    assert disclosure not in Cleaner(options=RULES_ONLY).clean(boxed).text


THREAD = """42 Comments

Marta Kowalczyk says:
12 March 2024 at 9:14 am

Great article, thanks! The canal repairs are long overdue in our village.

Reply

Tom B. says:
12 March 2024 at 11:02 am

I disagree with every word of this.

Reply
"""


def test_comment_header_takes_a_thread_after_the_story():
    late = Cleaner(options=RULES_ONLY).clean(f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{THREAD}")
    assert late.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    assert {r.source for r in late.removals} >= {"comments-section-header"}
    # a header before the story: in a page, a link to the comments, which goes alone; in an
    # article's text as often a title (a README's "Responses"), which stays
    early = f"Comments\n\n{PARA_1}\n\n{PARA_2}\n"
    page = Cleaner(options=Options(mode="page", heuristics=False)).clean(early)
    assert page.text == f"{PARA_1}\n\n{PARA_2}\n", "a link before the page's story goes alone"
    assert Cleaner(options=RULES_ONLY).clean(early).text == early


PROSE_AFTER_HEADING = (
    "The council also asked residents what they thought of the plan, and published their answers in full.",
    "Most of the letters supported the new fee, although several farmers argued that the money should stay in their own districts.",
    "A second round of consultation will open in the spring, the council said, before the law takes effect in July.",
)


@pytest.mark.parametrize("heading", ["Comments", "Kommentare", "Commentaires", "Comentarios"])
def test_comments_subheading_over_article_prose_keeps_the_prose(heading):
    """A 'Comments' subheading late in an article, over prose with no names, timestamps or reply
    buttons, is the article's own: nothing after it goes, nor the heading."""
    text = f"{PARA_1}\n\n{PARA_2}\n\n" + f"{PARA_1}\n\n{heading}\n\n" + "\n\n".join(PROSE_AFTER_HEADING) + "\n"
    result = Cleaner(options=RULES_ONLY).clean(text)
    assert result.text == text
    assert result.removals == []


@pytest.mark.parametrize(
    "thread",
    [
        "Comments\n\nAnna said...\n\nWhat a lovely piece on the canals.\n\n10:42 PM\n\nReply Delete\n\nJoe said...\n\nAgreed.\n\n11:03 PM\n",
        "Kommentare\n\nMax schrieb:\n\nEndlich wird etwas getan.\n\nAntworten\n\nEva schrieb:\n\nZu spät.\n\nAntworten\n",
        "Leave a Reply\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n",
    ],
    ids=["blogger-en", "wordpress-de", "form-only"],
)
def test_comment_thread_after_the_story_goes(thread):
    result = Cleaner(options=RULES_ONLY).clean(f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{thread}")
    assert result.text == f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"


def test_signoff_goes_only_at_the_end():
    signoff = "Keep checking back for the latest updates."
    end = Cleaner(options=RULES_ONLY).clean(f"{PARA_1}\n\n{PARA_2}\n\n{signoff}\n")
    assert end.text == f"{PARA_1}\n\n{PARA_2}\n"
    assert [r.category for r in end.removals] == [Category.SIGNOFF]
    middle = f"{PARA_1}\n\n{signoff}\n\n{PARA_2}\n"
    assert Cleaner(options=RULES_ONLY).clean(middle).text == middle, "in the middle it is the article's own promise"


def test_long_paragraph_mentioning_a_promo_phrase_is_not_an_ad():
    text = (PARA_1 + " Shops that save 10% with code-based discounts, the report said, are rare. " + PARA_2) + "\n"
    assert Cleaner(options=RULES_ONLY).clean(text).text == text


def write(path, body):
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


USER_RULE = """
    [[rule]]
    id = "house-radio"
    category = "cta"
    scope = "block"
    description = "The paper's own plug for its radio station."
    pattern = '''^hear (?:this|the) story on valley radio\\b'''
    [rule.examples]
    remove = ["Hear this story on Valley Radio at 7 pm"]
    keep = ["Farmers hear this story on Valley Radio every spring, she said."]
"""


def test_user_rule_file_extends_the_shipped_rules(tmp_path):
    rules = write(tmp_path / "house.toml", USER_RULE)
    text = f"{PARA_1}\n\nHear this story on Valley Radio at 7 pm\n\n{PARA_2}\n"
    assert "Valley Radio" in Cleaner(options=RULES_ONLY).clean(text).text
    assert "Valley Radio" not in Cleaner([rules], options=RULES_ONLY).clean(text).text
    assert "house-radio" in {r.id for r in load_rules([tmp_path]).rules}


def test_failing_example_is_rejected_at_load_with_file_and_rule(tmp_path):
    bad = write(tmp_path / "bad.toml", USER_RULE.replace("Farmers hear this story", "Hear this story"))
    with pytest.raises(RuleError) as error:
        load_rules([bad])
    assert "bad.toml" in str(error.value) and "house-radio" in str(error.value)


def test_rule_without_keep_example_is_rejected(tmp_path):
    bad = write(tmp_path / "bad.toml", USER_RULE.replace('keep = ["Farmers hear this story on Valley Radio every spring, she said."]', ""))
    with pytest.raises(RuleError, match="one example to remove and one to keep"):
        parse_rule_file(bad)


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_rules_test_passes_on_shipped_rules_and_fails_loudly_on_a_bad_one(tmp_path):
    ok = run_cli("rules", "test")
    assert ok.returncode == 0 and "all pass" in ok.stdout
    write(tmp_path / "bad.toml", USER_RULE.replace("Farmers hear this story", "Hear this story"))
    bad = run_cli("rules", "test", "--rules", str(tmp_path / "bad.toml"))
    assert bad.returncode != 0
    assert "house-radio" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_rules_list_shows_ids_and_categories():
    listing = run_cli("rules", "list").stdout
    assert "poll-consent" in listing and "comments-section-header" in listing


def test_pyproject_config_adds_rules_and_disables_others(tmp_path):
    write(tmp_path / "house.toml", USER_RULE)
    write(tmp_path / "pyproject.toml", """
        [tool.cleaner]
        rules = ["house.toml"]
        disable = ["signoff"]
    """)
    (tmp_path / "sub").mkdir()
    doc = tmp_path / "a.txt"
    doc.write_text(f"{PARA_1}\n\nHear this story on Valley Radio at 7 pm\n\n{PARA_2} Stay tuned!\n", encoding="utf-8")
    piped = subprocess.run(  # config found from a subfolder upward
        [sys.executable, "-m", "cleaner", "run", "-"], input=doc.read_text(), capture_output=True, text=True,
        cwd=tmp_path / "sub",
    )
    assert piped.returncode == 0, piped.stderr
    assert "Valley Radio" not in piped.stdout
    assert "Stay tuned!" in piped.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vet, Dr. Ana Ruiz, came. Then she left.", ["The vet, Dr. Ana Ruiz, came.", "Then she left."]),
        ("Am 1. Mai kam er. Er ging.", ["Am 1. Mai kam er.", "Er ging."]),
        ("J. R. R. Tolkien wrote it. Yes!", ["J. R. R. Tolkien wrote it.", "Yes!"]),
        ("Das kostet ca. 5 Mio. Euro, z. B. hier. Ja.", ["Das kostet ca. 5 Mio. Euro, z. B. hier.", "Ja."]),
        ("He won in 1999. Next year he lost.", ["He won in 1999.", "Next year he lost."]),
        ("Wait... what happened? „Nichts“, sagte sie.", ["Wait... what happened?", "„Nichts“, sagte sie."]),
    ],
)
def test_sentences_do_not_break_after_titles_initials_and_ordinals(text, expected):
    """A sentence rule removes whole sentences: a break after "Dr." would cut a sentence in two."""
    from cleaner.segment import sentences

    assert [text[a:b] for a, b in sentences(text)] == expected


def test_sentence_rule_leaves_the_rest_of_a_sentence_with_a_title():
    block = "On hand was the town vet Dr. Ana Ruiz, who was glad to donate the supplies to our shelter."
    result = Cleaner(options=Options(heuristics=False)).clean(f"Shelter gets new supplies\n\n{block}\n")
    assert block in result.text and not result.removals


@pytest.mark.parametrize(
    "pattern, branches",
    [
        (r"a|b(c|d)", ["a", "b(c|d)"]),
        (r"[|]|x", ["[|]", "x"]),  # a bar in a class is a character
        (r"[]|]|y", ["[]|]", "y"]),  # so is a "]" first in a class
        (r"[^]|]|z", ["[^]|]", "z"]),
        (r"\||w", [r"\|", "w"]),
        (r"(?<=x)a|b", ["(?<=x)a", "b"]),
        (r"(?:a|b)", ["(?:a|b)"]),
        (r"(?i)a|b", ["(?i)a|b"]),  # a flag for the whole pattern: not split
        (r"(a)\1|b", [r"(a)\1|b"]),  # a backreference: not split
        (r"(?P<n>a)|b", ["(?P<n>a)|b"]),
        (r"[[:alpha:]|]+|v", ["[[:alpha:]|]+", "v"]),  # a POSIX class inside a class
    ],
)
def test_top_level_branches(pattern, branches):
    from cleaner.rules import top_level_branches

    assert top_level_branches(pattern) == branches


def test_shipped_rules_split_into_branches_that_make_up_their_pattern():
    from cleaner.rules import top_level_branches

    rules = load_rules().rules
    for rule in rules:
        assert "|".join(top_level_branches(rule.pattern)) == rule.pattern
        assert len(rule.branches) == len(rule.branch_literals)
    # most rules are alternations: the engine searches only the alternatives a text could match
    assert sum(len(rule.branches) > 1 for rule in rules) > len(rules) / 2


def test_shipped_rules_compile_and_keep_their_examples():
    """load_rules leaves the package's own rule files unchecked (their patterns compile when
    first searched): this is where they are checked, pattern and examples, as a user's are."""
    from cleaner.rules import default_rules_dir, rule_files

    rules = load_rules().rules
    assert rules and all(rule.shipped for rule in rules)
    for rule in rules:
        assert rule.compiled.pattern == rule.pattern
        assert all(rule.branches[k] is not None for k in range(len(rule.branches)))
    assert load_rules().example_failures() == []
    for path in rule_files(default_rules_dir()):  # as a user's file, every check is made at once
        assert all(not rule.shipped for rule in parse_rule_file(path))
