"""The HTML stage (cleaner.html): the extractor's text, what it left out, and the fallback.

Pages here are written for the tests, not taken from the benchmark.
"""

from __future__ import annotations

import lxml.html
import pytest

import cleaner
import cleaner.html
from cleaner import Category
from cleaner.html import Extraction, extract, extract_text, held_shares, squash
from cleaner.paragraphs import page_blocks

STORY = [
    "The council said on Tuesday that the work on the bridge would start in the spring, and that the road "
    "would stay open for most of the time while the engineers replaced the old beams of the crossing.",
    "Residents of the old town have asked for a second crossing for years, and the mayor said that the "
    "plans for it would be shown to them at a public meeting in the town hall before the summer. Until "
    "then, she said, the council would answer their letters one by one.",
    "The engineers expect the beams to arrive by train in March, when the river is still too high for "
    "the barges that brought the steel for the first bridge a hundred years ago. Each of them weighs as "
    "much as forty cars, and they will be lifted into place at night.",
    "Shops near the bridge fear that fewer people will come while the work goes on, but the council has "
    "promised to keep the footpath open and to put up signs that show the way to the market. The owners "
    "of the bakery on the corner said that they were not convinced.",
]
NAVIGATION = ["Home", "News", "Sport", "Weather"]
COOKIES = "We use cookies to improve your experience. By continuing to browse you accept our cookie policy."
RELATED = ["Ten things to see in the old town this summer", "Why the market moved to the river bank"]
COMMENTS = [
    "Great article, thanks! I have been waiting for this bridge to be fixed for ages and ages now.",
    "What about the cyclists? Nobody ever thinks about the people who ride to work every single day.",
]
PAGE = (
    "<html><head><title>Bridge works start in spring | Town News</title></head><body>"
    "<div id='cookie-banner' class='cookie-notice'><p>" + COOKIES + "</p><button>Accept</button></div>"
    "<header><nav><ul>" + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in NAVIGATION)
    + "</ul></nav></header>"
    "<main><article><h1>Bridge works start in spring</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
    + "</article>"
    "<aside class='related'><h3>Related stories</h3><ul>"
    + "".join(f"<li><a href='/story/{i}'>{title}</a></li>" for i, title in enumerate(RELATED))
    + "</ul></aside>"
    "<section id='comments' class='comments'><h3>2 comments</h3><ol class='commentlist'>"
    + "".join(f"<li class='comment'><p>{comment}</p></li>" for comment in COMMENTS)
    + "</ol></section></main>"
    "<footer><p>Copyright 2024 Town News. All rights reserved.</p></footer>"
    "</body></html>"
)


def lines(text: str) -> list[str]:
    return [squash(line) for line in text.split("\n") if line.strip()]


# --- a page with navigation, a cookie banner, related links and comments ---------------------------


def test_clean_html_keeps_the_article_and_nothing_around_it():
    out = cleaner.clean_html(PAGE, "https://example.org/bridge")
    kept = squash(out)
    assert all(paragraph in kept for paragraph in STORY)
    for boilerplate in [COOKIES, *RELATED, *COMMENTS, "Copyright 2024"]:
        assert boilerplate not in kept
    assert not set(NAVIGATION) & set(lines(out))


def test_the_extraction_records_every_paragraph_it_left_out():
    extraction = extract(PAGE)
    dropped = [d.text for d in extraction.dropped]
    for boilerplate in [COOKIES, *NAVIGATION, *RELATED, *COMMENTS]:
        assert boilerplate in dropped
    assert not set(STORY) & set(dropped)
    assert extraction.extractor == "trafilatura" and extraction.text == extract_text(PAGE)


def test_a_paragraph_the_extractor_misses_is_recorded_as_its_removal(monkeypatch):
    # the extractor's text lacks the story's third paragraph: it is a removal of the extractor's
    missing = STORY[2]
    text = "\n".join(["Bridge works start in spring", *(p for p in STORY if p != missing)]) + "\n"
    monkeypatch.setattr(cleaner.html, "main_text", lambda *args, **kwargs: text)
    extraction = extract(PAGE)
    assert missing not in extraction.text
    removal = next(r for r in extraction.removals() if r.text == missing)
    assert removal.source == "extractor:trafilatura" and removal.category is Category.BOILERPLATE
    assert "left out by trafilatura" in removal.reason
    assert cleaner.clean_html(PAGE) == cleaner.clean(text)


def test_removal_offsets_point_into_the_pages_paragraphs_one_a_line():
    extraction = extract(PAGE)
    paragraphs = "\n".join(squash(b.text) for b in page_blocks(lxml.html.fromstring(PAGE)))
    assert extraction.paragraphs == len(paragraphs.split("\n"))
    for removal in extraction.removals():
        assert paragraphs[removal.start:removal.end] == removal.text
        assert paragraphs.split("\n")[removal.first_line - 1] == removal.text


# --- the page's paragraphs ----------------------------------------------------------------------

GLOSSARY = [
    ("Share", "To pass a post on to your own followers."),
    ("Retweet", "To share someone else's tweet."),
    ("Bookmark", "To save a post for later, privately."),
]
GLOSSARY_PAGE = (
    "<html><head><title>Words for new volunteers</title></head><body><article>"
    "<h1>A glossary of social media terms</h1>"
    "<p>Our volunteers often ask what the buttons on each platform do. Here is a short list.</p>"
    + "".join(f"<p>{term}<br>{meaning}</p>" for term, meaning in GLOSSARY)
    + "<p>If a term is missing, ask Priya at the Tuesday meeting, or leave a note in the office.</p>"
    "</article></body></html>"
)


def test_the_extracted_text_keeps_the_pages_paragraphs():
    # a line break inside a paragraph stays one; paragraphs are parted by a blank line
    text = extract_text(GLOSSARY_PAGE)
    for term, meaning in GLOSSARY:
        assert f"\n\n{term}\n{meaning}\n\n" in text


# --- pages laid out in tables -------------------------------------------------------------------

LAYOUT_PARAGRAPHS = [
    "The Harwick Valley Railway reopened its northern section on Saturday after two years of work on the viaduct.",
    "Volunteers replaced 1,400 sleepers and relaid the track between Elm Cross and the old quarry sidings.",
    "Trains run every hour from ten until four, and the tea room at Elm Cross is open again on weekends.",
]
LAYOUT_PAGE = (
    "<html><head><title>Harwick Valley Railway</title></head><body>"
    "<table width='100%'><tr><td colspan='2'><b>Harwick Valley Railway</b></td></tr>"
    "<tr><td width='160'><a href='/'>Home</a><br><a href='/times'>Timetable</a><br><a href='/shop'>Shop</a></td>"
    "<td><h2>The northern section is open again</h2>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in LAYOUT_PARAGRAPHS)
    + "<ul><li>Adults: 12 pounds</li><li>Children: 6 pounds</li></ul>"
    "<p>Tickets are sold at <b>Elm Cross</b> station and on <a href='/trains'>the train itself</a>, cash or card.</p>"
    "<table><tr><th>Train</th><th>Departs</th></tr><tr><td>First</td><td>10:00</td></tr>"
    "<tr><td>Last</td><td>16:00</td></tr></table>"
    "</td></tr></table></body></html>"
)


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_and_headings():
    # trafilatura writes a table a Markdown row a line: the layout's main column would be one
    # line holding the menu, the heading and every paragraph
    text = extract_text(LAYOUT_PAGE)
    paragraphs = text.split("\n\n")
    assert "The northern section is open again" in paragraphs
    for paragraph in LAYOUT_PARAGRAPHS:
        assert paragraph in paragraphs
    assert "- Adults: 12 pounds\n- Children: 6 pounds" in paragraphs
    # a sentence with emphasis and a link in it stays one paragraph
    assert any(p.startswith("Tickets are sold at") and p.endswith("cash or card.") for p in paragraphs)
    # a table of values inside the layout stays a table
    assert "| First | 10:00 |" in text
    assert not any(p.startswith("| ") and "viaduct" in p for p in paragraphs)


def test_a_layout_tables_words_are_the_extractors_words():
    # the same words as trafilatura's own text of the page, only parted into paragraphs
    page = ("<html><body><table><tr><td><p>Services</p><p>Provides repairs of valve radios and tape "
            "decks for collectors in the county, with parts from our own stock.</p></td></tr></table></body></html>")
    text = extract_text(page)
    assert text.split("\n\n") == [
        "Services",
        "Provides repairs of valve radios and tape decks for collectors in the county, with parts from our own stock.",
    ]


def test_a_table_of_values_stays_a_table():
    rows = "".join(f"<tr><td>{day}</td><td>{hours}</td></tr>" for day, hours in
                   [("Monday", "9-17"), ("Tuesday", "9-17"), ("Saturday", "10-13")])
    page = ("<html><body><article><h1>Opening hours of the Elm Cross library</h1>"
            "<p>The library opens on these days; on public holidays it stays closed all day.</p>"
            f"<table>{rows}</table></article></body></html>")
    text = extract_text(page)
    assert "| Monday | 9-17 |" in text and "| Saturday | 10-13 |" in text


def test_a_glossarys_button_words_stay_over_their_definitions():
    kept = lines(cleaner.clean_html(GLOSSARY_PAGE))
    for term, meaning in GLOSSARY:
        assert kept[kept.index(term) + 1] == meaning



# --- headings the extractor drops over sections it keeps ------------------------------------------

# A charter written for the tests as an HTML5 page: a title, a preamble, then one <article> per
# section, each with its own heading. trafilatura keeps every section's text but the headings of
# all <article> elements but the first.
CHARTERS = {
    "en": ("Charter of the Allotment Society", "Preamble", [
        ("Section 1", ["Every member may rent one plot and keeps it for as long as the rent is paid on time."]),
        ("Section 2", ["The committee meets in the spring and in the autumn, and its minutes are open to all."]),
        ("Section 3", ["Water from the common tanks is shared, and no member may fill more than two cans a day."]),
        ("Section 4", ["A member who leaves the society hands the key of the shed back to the treasurer."]),
    ]),
    "de": ("Satzung des Kleingartenvereins", "Präambel", [
        ("Paragraph 1", ["Jedes Mitglied darf eine Parzelle pachten, solange die Pacht pünktlich bezahlt wird."]),
        ("Paragraph 2", ["Der Vorstand tagt im Frühjahr und im Herbst, und seine Protokolle sind allen zugänglich."]),
        ("Paragraph 3", ["Das Wasser der gemeinsamen Tanks wird geteilt, niemand füllt mehr als zwei Kannen am Tag."]),
        ("Paragraph 4", ["Wer den Verein verlässt, gibt den Schlüssel des Schuppens dem Kassenwart zurück."]),
    ]),
}


def charter_page(title: str, preamble: str, sections: list[tuple[str, list[str]]]) -> str:
    opening = "We, the gardeners of the lane, give ourselves these rules so that the gardens stay open to all."
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<header><h2>{preamble}</h2><p>{opening}</p></header>"
        + "".join(
            f"<article><h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
            for heading, paragraphs in sections
        )
        + "</body></html>"
    )


@pytest.mark.parametrize("language", sorted(CHARTERS))
def test_every_sections_heading_stays_above_its_section(language):
    title, preamble, sections = CHARTERS[language]
    out = lines(cleaner.clean_html(charter_page(title, preamble, sections)))
    for heading, paragraphs in sections:
        assert heading in out
        assert out[out.index(heading) + 1] == paragraphs[0]
    # the page's title over the preamble's heading
    assert out[out.index(title) + 1] == preamble


@pytest.mark.parametrize("language", sorted(CHARTERS))
def test_a_restored_heading_is_no_paragraph_the_extractor_left_out(language):
    extraction = extract(charter_page(*CHARTERS[language]))
    dropped = {d.text for d in extraction.dropped}
    assert not dropped & {heading for heading, _ in CHARTERS[language][2]}


def paragraphs_of(html: str) -> list:
    return page_blocks(lxml.html.fromstring(html))


@pytest.mark.parametrize(
    ("html", "text", "restored"),
    [
        # a section's heading over its kept paragraph goes back, above it
        ("<div><h2>Opening hours</h2><p>The hall opens at nine on weekdays and at ten on Sundays.</p></div>",
         "The hall opens at nine on weekdays and at ten on Sundays.",
         "Opening hours\n\nThe hall opens at nine on weekdays and at ten on Sundays."),
        # in the words the page shows: jusText's paragraph leaves out the space between two spans
        ("<div><h2><span>Article</span> <span>2</span></h2><p>Everyone may join the society.</p></div>",
         "Everyone may join the society.", "Article 2\n\nEveryone may join the society."),
        # a defined term (an API's signature) over its description goes back too
        ("<dl><dt><em>class</em> <code>Executor</code></dt><dd><p>An abstract class that runs calls "
         "<code>asynchronously</code>.</p></dd></dl>",
         "An abstract class that runs calls asynchronously.",
         "class Executor\n\nAn abstract class that runs calls asynchronously."),
        # a list's item is written "- item"
        ("<div><h2>Rules</h2><ul><li>Close the gate behind you when you leave.</li></ul></div>",
         "- Close the gate behind you when you leave.", "Rules\n\n- Close the gate behind you when you leave."),
        # a widget's title over its links stays out
        ("<div><h3>Recent Posts</h3><p><a href='/a'>Ten walks along the river in the autumn</a></p></div>",
         "Ten walks along the river in the autumn", None),
        # a heading of furniture words or one a rule takes stays out: the cleaner's to judge
        ("<div><h3>Mehr zum Thema</h3><p>Warum die Stadt den Markt an den Fluss verlegt hat.</p></div>",
         "Warum die Stadt den Markt an den Fluss verlegt hat.", None),
        ("<div><h3>Kommentare</h3><p>Danke für den Bericht, wir waren auch dort.</p></div>",
         "Danke für den Bericht, wir waren auch dort.", None),
        # a heading over a paragraph the extractor dropped stays out
        ("<div><h3>Comments</h3><p>Great read, thanks for writing it all down for us.</p></div>", "", None),
        # a page's title over a section's heading the text holds goes back above both
        ("<div><h1>Town News</h1><h2>Opening hours</h2><p>The hall opens at nine on weekdays.</p></div>",
         "Opening hours\n\nThe hall opens at nine on weekdays.",
         "Town News\n\nOpening hours\n\nThe hall opens at nine on weekdays."),
        # ... and above the first paragraph when neither is in the text
        ("<div><h1>Town News</h1><h2>Opening hours</h2><p>The hall opens at nine on weekdays.</p></div>",
         "The hall opens at nine on weekdays.",
         "Town News\n\nOpening hours\n\nThe hall opens at nine on weekdays."),
        # but not over a widget's title over its links
        ("<div><h2>Elsewhere</h2><h3>Recent Posts</h3><p><a href='/a'>Ten walks along the river</a></p></div>",
         "Ten walks along the river", None),
        # a heading two headings above the paragraph stays out (the site's name over a section's)
        ("<div><h1>Town News</h1><h2>Sport</h2><h3>Football</h3><p>The club won on Sunday.</p></div>",
         "Football\n\nThe club won on Sunday.", "Sport\n\nFootball\n\nThe club won on Sunday."),
        # a heading the text holds, even joined to its paragraph, is not written twice
        ("<div><h2>Opening hours of the town hall</h2><p>The hall opens at nine on weekdays.</p></div>",
         "Opening hours of the town hall The hall opens at nine on weekdays.", None),
    ],
    ids=["section", "shown-words", "term", "list", "widget-links", "furniture-words", "comments-rule", "dropped-below", "title-over-held-heading", "title-over-heading",
         "title-over-widget", "title-over-two-headings", "held-heading"],
)
def test_which_dropped_headings_go_back(html, text, restored):
    blocks = paragraphs_of(html)
    texts = [squash(block.text) for block in blocks]
    shown = cleaner.html.shown_titles(lxml.html.fromstring(html))
    assert cleaner.html.with_section_headings(text, blocks, texts, shown) == (text if restored is None else restored)


# --- a section titled with a button's word ---------------------------------------------------------

# (a plain title over its section, a button's or a menu's word titling the next section over its
# prose, a widget's title with its links, a box's title with its blurb)
BUTTON_WORD_SECTIONS = {
    "en": ("Opening hours",
           "The reading room opens at nine on weekdays and at ten on Saturdays, and it closes an hour before the "
           "building does.",
           "Print",
           "Every reading room has a printer that takes jobs from the public computers and from your own laptop; a "
           "black-and-white page costs ten cents.",
           ("Related posts", ["Ten walks along the river", "The new bus timetable"]),
           ("Newsletter", "Sign up for our monthly newsletter.")),
    "de": ("Vereinsgeschichte",
           "Der Verein wurde 1952 von sechs Gärtnern gegründet, die hinter dem Bahnhof ein Stück Brachland pachteten "
           "und dort die ersten Beete anlegten.",
           "Archiv",
           "Das Archiv des Vereins mit allen Protokollen seit der Gründung liegt im Keller des Rathauses und kann nach "
           "Absprache mit dem Schriftführer eingesehen werden.",
           ("Teilen", ["Facebook", "WhatsApp", "E-Mail"]),
           ("Newsletter", "Melden Sie sich für unseren Newsletter an.")),
    "fr": ("Le parcours",
           "Le sentier part de l'église, longe le ruisseau pendant trois kilomètres puis monte à travers les "
           "châtaigniers jusqu'au col de la Croix.",
           "Télécharger",
           "La trace GPX du parcours, mise à jour après les travaux de l'été, se trouve sur le site de l'office de "
           "tourisme, avec la carte en PDF à imprimer.",
           ("Articles similaires", ["Le tour du lac en famille", "Trois cabanes pour la nuit"]),
           ("Lettre d'information", "Inscrivez-vous à notre lettre d'information.")),
}


def sections_page(language: str, box: str = "") -> tuple[str, list[str]]:
    """A page of two titled sections, the second titled with a button's word, and a box after
    them; and the texts of its title, paragraph, button-word title and paragraph."""
    title, paragraph, button_word, section = BUTTON_WORD_SECTIONS[language][:4]
    html = f"<div><h2>{title}</h2><p>{paragraph}</p><h2>{button_word}</h2><p>{section}</p>{box}</div>"
    return html, [title, paragraph, button_word, section]


def restored_headings(html: str, text: str) -> str:
    blocks = paragraphs_of(html)
    shown = cleaner.html.shown_titles(lxml.html.fromstring(html))
    return cleaner.html.with_section_headings(text, blocks, [squash(block.text) for block in blocks], shown)


@pytest.mark.parametrize("language", sorted(BUTTON_WORD_SECTIONS))
def test_a_button_words_heading_over_a_section_of_prose_goes_back(language):
    """A section's title that is a button's or a menu's word ("Print", "Archiv", "Télécharger")
    goes back over its prose when the extractor kept the sections around it, whether it dropped
    only that title or the others too."""
    html, (title, paragraph, button_word, section) = sections_page(language)
    whole = f"{title}\n\n{paragraph}\n\n{button_word}\n\n{section}"
    assert restored_headings(html, f"{title}\n\n{paragraph}\n\n{section}") == whole
    assert restored_headings(html, f"{paragraph}\n\n{section}") == whole


@pytest.mark.parametrize("language", sorted(BUTTON_WORD_SECTIONS))
def test_a_widgets_or_a_boxs_title_stays_out(language):
    """A widget's title over its links ("Related posts", "Teilen"), a box's title over a blurb of
    a sentence ("Newsletter"), and a button-word heading over prose at the text's edge (the
    paragraph above it left out) stay out, even in a text cut into sections."""
    (widget, links), (box, blurb) = BUTTON_WORD_SECTIONS[language][4:]
    items = "".join(f"<li><a href='/{n}'>{link}</a></li>" for n, link in enumerate(links))
    html, parts = sections_page(language, f"<h3>{widget}</h3><ul>{items}</ul><h3>{box}</h3><p>{blurb}</p>")
    text = "\n\n".join([*parts, *(f"- {link}" for link in links), blurb])
    assert restored_headings(html, text) == text
    html, (title, paragraph, button_word, section) = sections_page(language)
    assert restored_headings(html, section) == section


def test_an_faqs_questions_in_summary_elements_go_back_over_their_answers():
    """An FAQ's questions in <details>/<summary>, which trafilatura's favor_recall leaves out,
    go back over their answers; its answers stay as they were."""
    questions = ["How do I get a library card?", "Can I renew a book online?", "Do you accept donated books?"]
    answers = [
        "Library cards are free for anyone who lives, works or goes to school in the county. Bring a photo ID.",
        "Yes. Sign in to your account, select the books and choose Renew. A book someone has reserved cannot be renewed.",
        "We accept books in good condition at the front desk on weekday mornings, up to one box at a time.",
    ]
    faq = "".join(f"<details><summary>{q}</summary><div>{a}</div></details>" for q, a in zip(questions, answers))
    html = (f"<html><body><nav><a href='/'>Home</a> <a href='/events'>Events</a></nav><div class='content-area'>"
            f"<div class='faq-wrapper'><h1>Frequently asked questions</h1><p>{STORY[0]}</p>{faq}</div></div>"
            "<footer><p>Copyright 2024 Maple Falls Library.</p></footer></body></html>")
    text = extract_text(html)
    for question, answer in zip(questions, answers):
        assert f"{question}\n\n{answer}" in text


# --- invisible characters that carry meaning ------------------------------------------------------

# (the sentence, its invisible characters): a Persian zero-width non-joiner inside words, a
# Hindi zero-width joiner, a family emoji's joiners, Hebrew direction marks around a Latin name,
# and a stand-in symbol the page uses itself
INVISIBLE = [
    ("بیشتر دانش\u200cآموزان روزانه بیش از سه ساعت با گوشی کار می\u200cکنند و نیمی از آن\u200cها دیر می\u200cخوابند.", "\u200c"),
    ("विद्यालय की पुस्तकालय समिति ने बताया कि क्\u200dष नाम की नई पुस्तक अगले सप्ताह से पढ़ने के लिए मिलेगी।", "\u200d"),
    ("The whole family came to the opening of the bridge on Sunday \U0001f468\u200d\U0001f469\u200d\U0001f467 and stayed.", "\u200d"),
    ("בקבוצת ה\u200fWhatsApp\u200f של הכיתה נשלחות הודעות גם אחרי חצות, ולעתים גם עלבונות קשים מאוד.", "\u200f"),
    ("The oracle drew the tetragram \U0001d306 for the harvest, and the farmers read it as a sign of rain.", None),
]


@pytest.mark.parametrize("sentence, invisible", INVISIBLE)
def test_invisible_characters_that_carry_meaning_come_out_of_the_extractor(sentence, invisible):
    page = (f"<html><body><article><h1>Notes</h1><p>{sentence}</p><p>{STORY[0]}</p><p>{STORY[1]}</p>"
            "</article></body></html>")
    assert sentence in extract_text(page)
    assert sentence in cleaner.clean_html(page)
    if invisible is not None:  # trafilatura alone drops them
        import trafilatura

        assert invisible not in (trafilatura.extract(page) or "")


@pytest.mark.parametrize("sentence, date", [
    ("Updated on {}. The library's card is free for everyone who lives or works in the county.", "8 January 2024"),
    ("Mise à jour le {}. La carte de bibliothèque est gratuite pour tous les habitants du canton.", "8 janvier 2024"),
])
def test_a_date_in_a_time_element_stays_in_its_sentence(sentence, date):
    """trafilatura deletes <time> elements with their text; a date inside a sentence is the
    sentence's words, so the element's text stays where it was."""
    body = sentence.format(f'<time datetime="2024-01-08">{date}</time>')
    html = f"<html><body><article><h1>Library cards</h1><p>{body}</p><p>{' '.join(STORY)}</p></article></body></html>"
    assert sentence.format(date) in cleaner.clean_html(html)


def test_a_soft_hyphen_goes_and_its_word_is_whole():
    sentence = "The Donau\u00addampf\u00adschiff\u00adfahrt company runs its boats from the old harbour every day."
    page = f"<html><body><article><p>{sentence}</p><p>{STORY[0]}</p><p>{STORY[1]}</p></article></body></html>"
    assert "The Donaudampfschifffahrt company runs its boats" in extract_text(page)


def test_a_dropped_paragraph_keeps_its_invisible_characters():
    note = "Follow the school on Telegram: t.me/madrese\u200cما"
    page = PAGE.replace("<footer><p>", f"<footer><p>{note}</p><p>")
    assert any(note in d.text for d in extract(page).dropped)


# --- the extractor finds nothing ------------------------------------------------------------------


def test_when_the_extractor_finds_nothing_the_pages_judged_text_stands_in(monkeypatch):
    monkeypatch.setattr(cleaner.html.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    extraction = extract(PAGE)
    assert extraction.extractor == "html-text" and extraction.source == "extractor:html-text"
    kept = squash(cleaner.clean_html(PAGE))
    assert all(paragraph in kept for paragraph in STORY)


def test_where_favor_recall_keeps_a_small_part_of_the_page_the_default_settings_text_stands(monkeypatch):
    """favor_recall settles now and then on a small box of the page (a front page's top teaser):
    where its text holds less than a tenth of the page's words and of what trafilatura's default
    settings extract, the default's text stands. Where it holds more, the default is not asked."""
    teaser = "Bridge works to start in spring, council says."
    asked: list[bool] = []

    def main_text(html, url=None, settings=None):
        asked.append(settings is not None)
        if settings is not None and not settings["favor_recall"]:
            return "\n\n".join(STORY)
        return teaser

    monkeypatch.setattr(cleaner.html, "main_text", main_text)
    text = extract_text(PAGE)
    assert all(paragraph in text for paragraph in STORY) and teaser not in text
    assert asked == [False, True]
    asked.clear()
    monkeypatch.setattr(cleaner.html, "LATCHED_SHARE", 0.001)
    assert extract_text(PAGE) == teaser
    assert asked == [False]


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
     "not html at all", "<p>", "\x00\x01<html>\ufffe</html>"],
    # (a page nested deeper than the parser reads raises cleaner.html.PageError: tests/test_safety_runs.py)
    ids=["empty", "blank", "empty-body", "only-a-link", "plain-words", "lone-tag", "control-characters"],
)
def test_a_page_without_an_article_gives_empty_or_fallback_text_never_an_error(html):
    out = cleaner.clean_html(html)
    assert isinstance(out, str)
    assert isinstance(extract(html), Extraction)


def test_an_empty_page_gives_empty_text():
    assert cleaner.clean_html("<html><body></body></html>") == ""
    assert extract("").text == "" and extract("").dropped == ()


# --- determinism ----------------------------------------------------------------------------------


def test_the_output_depends_on_the_page_alone():
    # trafilatura's deduplication would empty the second extraction of the same page
    first = cleaner.clean_html(PAGE)
    assert cleaner.clean_html(PAGE) == first != ""
    assert extract(PAGE) == extract(PAGE)


# --- how much of a paragraph the extractor's text holds -------------------------------------------


@pytest.mark.parametrize(
    ("texts", "main", "expected"),
    [
        (["First paragraph of the story.", "Menu", "Second paragraph of the story."],
         "First paragraph of the story.\nSecond paragraph of the story.\n", [1.0, 0.0, 1.0]),
        # a short extracted line is not looked for inside paragraphs ("Share" is in many)
        (["Share this article with your friends and family today"], "Share\n", [0.0]),
        (["Read the whole story here.", "A line only the menu has.", "Read the whole story here."],
         "Read the whole story here.", [1.0, 0.0, 1.0]),
        (["Anything at all."], "", [0.0]),
        # a short paragraph is held as a line of its own, not as a word of a sentence
        (["Instagram", "Who sees the photos your children post on Instagram?"],
         "Who sees the photos your children post on Instagram?", [0.0, 1.0]),
        (["Instagram", "Who sees the photos your children post there?"],
         "Instagram\nWho sees the photos your children post there?", [1.0, 1.0]),
        # white space aside: jusText's paragraph loses the space before an inline element's text
        (["Source code:Lib/fileinput.py"], "Source code: Lib/fileinput.py\n", [1.0]),
        # a short item of a list, written "- item"
        (["人人有权享有国籍。", "Bread", "Milk"], "- 人人有权享有国籍。\n- Bread\n", [1.0, 1.0, 0.0]),
    ],
    ids=["whole-paragraphs", "short-line", "equal-paragraphs", "no-text", "short-paragraph-in-a-sentence",
         "short-paragraph-as-a-line", "inline-element", "short-list-item"],
)
def test_held_shares(texts, main, expected):
    assert held_shares(texts, main).tolist() == expected


@pytest.mark.parametrize("repeated, text, dropped", [
    # a refrain said twice on the page, once in the text: the second is the extractor's removal
    ("Row, row, row your boat, gently down the stream.", "Row, row, row your boat, gently down the stream.", 1),
    ("Row, row, row your boat, gently down the stream.",
     "Row, row, row your boat, gently down the stream.\n\nRow, row, row your boat, gently down the stream.", 0),
    # a form's blank line, beside a longer blank in the text
    ("_" * 40, "_" * 40 + "\n\n" + "_" * 50, 1),
])
def test_a_paragraph_the_page_repeats_and_the_text_holds_fewer_times_is_left_out(repeated, text, dropped):
    from cleaner.html import _repeats_left_out

    texts = ["Week 12", repeated, repeated]
    assert _repeats_left_out(texts, f"Week 12\n\n{text}") == ([2] if dropped else [])


def test_a_paragraph_the_extractor_split_in_two_lines_is_held_in_full():
    texts = ["The first half of a long paragraph. The second half of the same paragraph."]
    main = "The first half of a long paragraph.\nThe second half of the same paragraph.\n"
    assert held_shares(texts, main)[0] == pytest.approx(1.0, abs=0.03)


@pytest.mark.parametrize("work", [cleaner.html.SUBSTRING_SEARCH_MAX_WORK, 0], ids=["substring-search", "automaton"])
def test_both_ways_of_finding_paragraphs_in_the_text_agree(monkeypatch, work):
    monkeypatch.setattr(cleaner.html, "SUBSTRING_SEARCH_MAX_WORK", work)
    texts = ["Read the whole story here.", "", "whole story", "A line only the menu has.", "Read the whole story here."]
    flat = "Intro. Read the whole story here. Outro."
    assert cleaner.html._found_in(texts, flat).tolist() == [True, False, True, False, True]
