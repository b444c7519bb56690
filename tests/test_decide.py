"""Stage 6's record: one Decision a block, keep / remove the block / cut sentence spans."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.decide import KEEP, Action, Decision, decide
from cleaner.model import Category, Verdict
from cleaner.segment import segment

AD = Verdict(Category.AD, "ad-test", "an ad")
SPAN = Verdict(Category.SIGNOFF, "signoff-test", "a sign-off", span=(10, 20))
GUESS = Verdict(Category.NAVIGATION, "heuristic:test", "a menu")


def test_a_decision_says_what_becomes_of_its_block():
    assert KEEP.action is Action.KEEP
    assert Decision((SPAN,)).action is Action.REMOVE_SPANS
    assert Decision((SPAN, AD)).action is Action.REMOVE_BLOCK
    assert Decision((SPAN, AD)).block_verdict is AD
    assert Decision((SPAN, AD)).without(lambda v: v.span is None) == Decision((SPAN,))


def test_rules_win_and_heuristics_speak_only_for_blocks_no_rule_named():
    blocks = segment(["The council met on Monday.", "", "Advertisement", "", "Home"])
    decisions = decide(blocks, {1: [AD]}, {1: GUESS, 2: GUESS}, set())
    assert [d.action for d in decisions] == [Action.KEEP, Action.REMOVE_BLOCK, Action.REMOVE_BLOCK]
    assert decisions[1].verdicts == (AD,) and decisions[2].verdicts == (GUESS,)


def test_in_article_mode_a_list_item_stays_and_a_button_beside_prose_goes():
    prose = "The council met on Monday and approved the budget for the new bridge across the river."
    blocks = segment(["Passport", "Print", "Camera", "", prose, "Print", "Facebook"])
    verdicts = {1: [AD], 4: [AD], 5: [AD]}  # blocks: the three items, the prose, "Print", "Facebook"
    kept = decide(blocks, verdicts, {}, set(), article=True)
    assert [d.action for d in kept] == [Action.KEEP] * 4 + [Action.REMOVE_BLOCK] * 2
    page = decide(blocks, verdicts, {}, set())
    assert page[1].action is Action.REMOVE_BLOCK  # page mode: menus are runs of short lines


MENU = Verdict(Category.NAVIGATION, "heuristic:furniture-line", "a menu's link")


def test_in_article_mode_a_run_of_mostly_furniture_lines_is_a_menu_and_goes():
    """Its few other items ("Careers", "Help") keep none of them; a packing list's button word
    and a poem's verses that go on in lower case stay."""
    prose = "The council met on Monday and approved the budget for the new bridge across the river."
    menu = segment([prose, "", "About us", "Help", "Advertise", "Careers", "Contact", "Privacy policy"])
    decided = decide(menu, {1: [MENU], 3: [MENU], 5: [MENU], 6: [MENU]}, {}, set(), article=True)
    assert [d.action is Action.KEEP for d in decided] == [True, False, True, False, True, False, False]
    packing = segment([prose, "", "Passport", "Print", "Camera", "Tickets", "Share", "Charger"])
    decided = decide(packing, {2: [MENU], 5: [MENU]}, {}, set(), article=True)
    assert all(d.action is Action.KEEP for d in decided)
    poem = segment([prose, "", "Zurück", "ins Laub,", "zurück", "ins Warme,", "zurück", "ins Nest."])
    decided = decide(poem, {1: [MENU], 3: [MENU], 5: [MENU]}, {}, set(), article=True)
    assert all(d.action is Action.KEEP for d in decided)


@pytest.mark.parametrize("byline", [
    "By Ann Lee | May 3, 2012",
    "November 12th, 2012 by Linda Bustos",
    "Posted by Sam Ortiz at 9:14 PM",
    "Par Marie Dubois · 12 mars 2021",
])
def test_in_article_mode_a_button_under_the_posts_byline_goes(byline):
    """A post's byline (a date or a time, with its author's "by" or a byline's separator) is no
    list's item: the share button glued under it goes. A programme's date over its entry keeps
    the entry's word (a trip's "Zurück" over its day)."""
    prose = "The council met on Monday and approved the budget for the new bridge across the river."
    blocks = segment(["Bridge approved", "", byline, "Tweet", "", prose])
    decided = decide(blocks, {}, {2: MENU}, set(), article=True)
    assert decided[2].action is Action.REMOVE_BLOCK
    trip = segment([prose, "", "Hinfahrt", "Samstag, 5. Oktober", "", "Zurück", "Sonntag, 6. Oktober"])
    decided = decide(trip, {}, {4: MENU}, set(), article=True)
    assert decided[4].action is Action.KEEP


def test_in_article_mode_a_run_of_a_sites_desks_and_its_buttons_is_a_menu_and_goes():
    """A news site's desks ("News", "Business", "Sport") count with its buttons: the run is its
    menu, and "Home" and "Contact us" go. The same run under a sentence that introduces it, a
    lesson's quoted menu, and a packing list with no desk among its items, stay."""
    prose = "The council met on Monday and approved the budget for the new bridge across the river."
    lines = ["Home", "News", "Business", "Sport", "Contact us"]
    menu = segment([prose, "", *lines, "", prose])
    decided = decide(menu, {}, {1: MENU, 5: MENU}, set(), article=True)
    assert [d.action is Action.KEEP for d in decided] == [True, False, True, True, True, False, True]
    lesson = segment([prose, "The site's menu has five entries, from left to right:", "", *lines, "", prose])
    decided = decide(lesson, {}, {2: MENU, 6: MENU}, set(), article=True)
    assert all(d.action is Action.KEEP for d in decided)
    packing = segment([prose, "", "Passport", "Print", "Camera", "Tickets", "Home keys"])
    decided = decide(packing, {}, {2: MENU}, set(), article=True)
    assert all(d.action is Action.KEEP for d in decided)


def test_in_article_mode_a_markdown_heading_stays_whatever_its_words():
    blocks = segment(["## Share", "", "Members share one camera bag per outing.", "", "Share"])
    decided = decide(blocks, {0: [AD], 2: [AD]}, {}, set(), article=True)
    assert [d.action for d in decided] == [Action.KEEP, Action.KEEP, Action.REMOVE_BLOCK]


def test_in_article_mode_a_line_inside_a_stanza_of_full_stops_stays():
    verse = ["me saluda cuando paso.", "Compartir", "el pan y la noche."]
    decided = decide(segment(verse), {1: [AD]}, {}, set(), article=True)
    assert decided[1].action is Action.KEEP  # its neighbours go on in lower case: verses
    prose = ["The council met on Monday.", "Share", "The work starts in May."]
    decided = decide(segment(prose), {1: [AD]}, {}, set(), article=True)
    assert decided[1].action is Action.REMOVE_BLOCK


def test_in_article_mode_a_lead_in_to_a_quoted_post_stays():
    lead_in = "The mayor replied within the hour. She posted on X:"
    embed = Verdict(Category.EMBED, "embed-test", "a lead-in", span=(35, len(lead_in)))
    quoted = segment([lead_in, "", '"The bridge will open in June, as promised."'])
    assert decide(quoted, {0: [embed]}, {}, set(), article=True)[0].action is Action.KEEP
    # the post itself is gone: its lead-in goes
    gone = segment([lead_in, "", "Her critics were not convinced."])
    assert decide(gone, {0: [embed]}, {}, set(), article=True)[0].action is Action.REMOVE_SPANS


def test_fenced_code_is_never_boilerplate():
    """A README's example of a rule file names a poll's consent line; the same line outside the
    fences goes, and a fence that never closes protects nothing."""
    consent = "By completing the poll, you agree to receive emails from us."
    story = "The council met on Tuesday and approved the budget for the new harbour wall."
    fenced = f"{story}\n\n```toml\nremove = [\"x\"]\n{consent}\n```\n\n{story}\n"
    assert Cleaner().clean(fenced).text == fenced
    loose = f"{story}\n\n{consent}\n\n{story}\n"
    assert consent not in Cleaner().clean(loose).text
    stray = f"{story}\n{story}\n\n```\n\n{consent}\n\n{story}\n"
    assert consent not in Cleaner().clean(stray).text


def test_a_comment_marker_in_a_thread_of_its_own_takes_nothing():
    """A chat's export is messages under their authors and times from its first line: a reply
    counter among them ("3 replies") is no comment section after a story, and the messages
    under it stay. After a story's prose the same marker takes the thread under it."""
    messages = [
        "Ruth Evans 11:45 AM\nCan someone share the planting plan?",
        "Anna Lee 11:47 AM\nHere you go\nReply",
        "Tom Hale 4:30 PM\nWork day on Saturday, bring gloves.\nReply",
    ]
    thread = "3 replies\nLast reply 10:02 AM\n\n" + "\n\n".join(messages) + "\n"
    chat = "Anna Lee 9:14 AM\nThe compost comes on Thursday.\n\nDev Patel 9:20 AM\nI can be there from ten.\n\n"
    kept = Cleaner().clean(chat + thread).text
    assert all(message.split("\n")[1] in kept for message in messages)
    story = " ".join(["The allotment society met on Monday and agreed to buy a shared shredder for the site."] * 12)
    assert "Work day" not in Cleaner().clean(f"{story}\n\n{thread}").text


# A short story in three languages, its comment section's header, and bylines with reply buttons
SHORT_STORIES = {
    "en": (
        ["The harbour board met on Monday evening and agreed to dredge the old basin before the sailing season opens in May.",
         "Fishermen had asked for the work for years, as boats with a deeper keel could only enter the basin at high tide.",
         "The board will pay for the dredging from its own reserves, and the town council will cover the new lights."],
        "Comments", "Anna Berg | 9 May 2012 9:14 pm | Reply", "About time, the basin was silted up when I was young.",
    ),
    "de": (
        ["Der Gemeinderat hat am Montagabend nach langer Debatte beschlossen, die alte Schule am Marktplatz bis zum Jahr 2014 zu einer Bibliothek mit Lesecafé umzubauen.",
         "Die Arbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern, weil das Dach und die Fenster erneuert werden müssen.",
         "Die Kosten teilen sich die Gemeinde und das Land, und ein Förderverein aus dem Ort sammelt seit dem Frühjahr Spenden für die neue Einrichtung."],
        "Kommentare", "Max Huber | 9. Mai 2012 21:14 | Antworten", "Endlich passiert dort etwas, das Haus steht seit Jahren leer.",
    ),
    "es": (
        ["El ayuntamiento aprobó el lunes por la noche la reforma del antiguo mercado, que volverá a abrir sus puertas en primavera.",
         "Los comerciantes llevaban años pidiendo la obra, porque el techo deja pasar el agua cada vez que llueve con fuerza.",
         "La reforma costará dos millones de euros y la pagarán a medias el ayuntamiento y el gobierno de la región."],
        "Comentarios", "Lucía Gómez | 9 de mayo de 2012 21:14 | Responder", "Ya era hora, el mercado estaba muy descuidado.",
    ),
}


def test_in_page_mode_a_comment_marker_takes_the_thread_under_a_short_story():
    """A flattened page's menus hold no prose: page mode lets a comment section's header take the
    thread under a story of PAGE_REST_MIN_PROSE_BEFORE words of prose, where article mode asks
    for REST_MIN_PROSE_BEFORE (a marker over less goes alone there, as it does in page mode over
    a story's first paragraph: a link to the comments)."""
    marker = Verdict(Category.COMMENTS, "comments-section-header", "a comment section's header")
    for language, (story, header, byline, comment) in SHORT_STORIES.items():
        for paragraphs, taken in ((story, True), (story[:1], False)):
            lines = "\n\n".join([*paragraphs, header, *[f"{byline}\n\n{comment}"] * 12]).split("\n")
            blocks = segment(lines)
            at = next(b.index for b in blocks if b.text == header)
            rest = {"comments-section-header"}
            page = decide(blocks, {at: [marker]}, {}, rest)
            article = decide(blocks, {at: [marker]}, {}, rest, article=True)
            assert all(d.action is Action.KEEP for d in page[:at]), language
            assert page[at].action is Action.REMOVE_BLOCK, language
            after = {d.action for d in page[at + 1:]}
            assert after == ({Action.REMOVE_BLOCK} if taken else {Action.KEEP}), (language, len(paragraphs))
            assert all(d.action is Action.KEEP for d in article), language

def test_a_count_of_the_comments_under_a_story_takes_the_thread_without_bylines():
    """An extractor's output keeps a thread's comments and drops their bylines and buttons: a
    count of the comments under the story ("12 Comments", "3 Responses to “Harbour plans”", a
    theme's "{ 5 comments… read them below or add one }") takes the comments under it. A bare
    "Comments" title, "0 Comments", a count beside the byline over the story, one of several
    counts (a blog's front page), and a thread whose bylines stand (a person kept it as text)
    stay."""
    story, _, _, _ = SHORT_STORIES["en"]
    prose = "\n\n".join(story * 3)
    comments = ["About time, the basin was silted up when I was young.", "Will the boats pay more for the berths now?"]
    thread = "\n\n".join(comments)
    for count in ("12 Comments", "3 Responses to “Harbour plans”", "Comments (2)", "{ 5 comments… read them below or add one }"):
        kept = Cleaner().clean(f"{prose}\n\n{count}\n\n{thread}\n").text
        assert kept == f"{prose}\n", count
    for header in ("Comments", "0 Comments"):
        text = f"{prose}\n\n{header}\n\n{thread}\n"
        assert all(comment in Cleaner().clean(text).text for comment in comments), header
    byline = f"Harbour plans\n\nPosted by Anna Berg\n\n12 Comments\n\n{prose}\n"
    assert Cleaner().clean(byline).text == byline
    front_page = f"{prose}\n\n12 Comments\n\n{thread}\n\nMore harbour news\n\n{prose}\n\n3 Comments\n"
    assert all(comment in Cleaner().clean(front_page).text for comment in comments)
    signed = "\n\n".join(f"Anna Berg said...\n\n{comment}" for comment in comments)
    assert all(comment in Cleaner().clean(f"{prose}\n\n12 Comments\n\n{signed}\n").text for comment in comments)


def test_a_thread_ends_at_a_break_drawn_after_its_last_comment():
    """A story that quotes a thread under its counter, then a break drawn across the text ("---",
    "* * *") and its next scene: the marker takes the thread, not the rest of the story. A
    thread that runs to the page's end still takes it all."""
    story, _, _, _ = SHORT_STORIES["en"]
    prose = "\n\n".join(story * 3)
    thread = "\n\n".join(
        f"Anna Berg said...\n\n{comment}\n\nReply" for comment in
        ("About time, the basin was silted up when I was young.", "Will the boats pay more for the berths now?")
    )
    scene = "\n\n".join(story * 3)
    for rule in ("---", "* * *", "________"):
        kept = Cleaner().clean(f"{prose}\n\n12 Comments\n\n{thread}\n\n{rule}\n\n{scene}\n").text
        assert "Will the boats" not in kept and kept.endswith(f"{rule}\n\n{scene}\n"), rule
    kept = Cleaner().clean(f"{prose}\n\n12 Comments\n\n{thread}\n\n{scene}\n").text
    assert kept == f"{prose}\n"


def test_a_comment_sections_parts_quoted_by_the_text_take_nothing():
    """A text about the web that quotes a comment section's parts on lines of their own, each
    under the sentence that introduces it ("... a small counter under each post:" over
    "Comments (4)"), goes on after them: the quoted header and buttons take nothing, and a
    button's word the text quotes stays. A real thread, its bylines ending in a colon like a
    lead-in ("Anna Berg says:"), still goes."""
    story, _, _, _ = SHORT_STORIES["en"]
    prose = "\n\n".join(story * 3)
    quoted = {
        "en": ("Every post on the old forum carried a small counter under its title:", "Comments (4)",
               "And beside every reply sat the same two links:", "Reply | Report"),
        "de": ("Unter jedem Beitrag stand damals ein kleiner Zähler:", "Kommentare (4)",
               "Und neben jeder Antwort standen dieselben zwei Verweise:", "Antworten | Melden"),
        "fr": ("Sous chaque billet du vieux forum figurait un petit compteur :", "Commentaires (4)",
               "Et à côté de chaque réponse, les deux mêmes liens :", "Répondre | Signaler"),
    }
    for language, (lead_in, header, second_lead_in, buttons) in quoted.items():
        text = f"{prose}\n\n{lead_in}\n\n{header}\n\n{second_lead_in}\n\n{buttons}\n\n{prose}\n"
        assert Cleaner().clean(text).text == text, language
    thread = "\n\n".join(
        f"Anna Berg says:\n\n{comment}\n\nReply | Report" for comment in
        ("About time, the basin was silted up when I was young.", "Will the boats pay more for the berths now?")
    )
    kept = Cleaner().clean(f"{prose}\n\nComments (2)\n\n{thread}\n").text
    assert kept == f"{prose}\n"


@pytest.mark.parametrize("opening, closing", [
    ("[begin transcription]", "[end transcription]"),
    ("[inizio trascrizione]", "[fine trascrizione]"),
    ("--- Beginn der Abschrift ---", "--- Ende der Abschrift ---"),
])
def test_what_a_text_transcribes_between_its_markers_stays(opening, closing):
    """A notary's record or an archivist's description transcribes a page as it was, its menu,
    its ad label and its comment header, between markers that open and close the
    transcription: all of it stays, and the header takes nothing after it. The same lines
    without the markers go."""
    story, _, _, _ = SHORT_STORIES["en"]
    prose = "\n\n".join(story * 2)
    page = f"Home | About us | Shop | Contact\n\n{story[0]}\n\nAdvertisement\n\n{story[1]}\n\nComments (3)"
    after = "The page was captured at 10:22 and printed on two sheets, attached to this record as annex A."
    text = f"{prose}\n\n{opening}\n\n{page}\n\n{closing}\n\n{after}\n"
    assert Cleaner().clean(text).text == text
    kept = Cleaner().clean(f"{prose}\n\n{page}\n\n{after}\n").text
    assert "Advertisement" not in kept


def test_a_lead_in_of_one_sentence_to_a_quoted_post_stays():
    """A lead-in that is its paragraph's one sentence, over the post as a quotation or as
    Markdown's quoted block; over the next paragraph of the story (the post gone) it goes."""
    story = "The museum reopened on Saturday after two years of repairs to its roof and its gallery."
    lead_in = "On the morning of the reopening, the director posted on Instagram:"
    for post in ('"Our doors are open again! Come and see the whale."', "> Our doors are open again!"):
        text = f"{story}\n\n{lead_in}\n\n{post}\n"
        assert Cleaner().clean(text).text == text
    assert Cleaner().clean(f"{story}\n\n{lead_in}\n\n{story}\n").text == f"{story}\n\n{story}\n"


def test_a_line_in_bold_is_a_heading_its_author_marked():
    """Markdown's bold line over a paragraph ("**Print**") is a heading as "## Print" is; a
    button's word in italics ("*Advertisement*") is not."""
    story = "The printed copy leaves out comments and images unless you ask for them in the dialog."
    for heading in ("**Print**", "__Print__"):
        text = f"{story}\n\n{heading}\n\n{story}\n"
        assert Cleaner().clean(text).text == text
    assert Cleaner().clean(f"{story}\n\n*Advertisement*\n\n{story}\n").text == f"{story}\n\n{story}\n"


def test_a_sites_menu_between_paragraphs_goes_but_for_its_unknown_items():
    text = ("Der Rat tagte am Montag und beschloss den Haushalt für die neue Brücke über den Fluss.\n"
            "Die Arbeiten beginnen im Mai.\n\nStartseite\nÜber uns\nKarriere\nKontakt\nImpressum\n\n"
            "Der Bürgermeister sagte, der Plan sei bis zum Frühjahr fertig.\n")
    kept = Cleaner().clean(text).text
    assert "Über uns" not in kept and "Impressum" not in kept and "Karriere" in kept


def test_a_rule_finds_nothing_in_a_term_over_its_indented_definition():
    """A glossary's or a style guide's term over its indented definition ("Back to top" over
    "    An upward arrow..."), as text files set them, is the text's own; the same words between
    two paragraphs of a story are a page's button."""
    story = "The harbour board met on Monday evening and agreed to dredge the old basin before May."
    glossary = (
        "Back to top\n    An upward arrow that appears once you have scrolled down a long article.\n\n"
        "Cookie settings\n    The third button in the consent banner, beside Accept all and Reject all.\n"
    )
    assert Cleaner().clean(f"{story}\n\n{glossary}").text == f"{story}\n\n{glossary}"
    assert "Back to top" not in Cleaner().clean(f"{story}\n\nBack to top\n\n{story}\n").text


def test_a_line_a_rule_finds_stays_where_its_place_shows_it_the_texts():
    """A design system's components, each titled with its name over its description, one of
    them "Back to top"; a glossary of interface strings, each term and its translation over
    its definition, one of them "Cookie settings": a rule's words, on a line that stands where
    the text's others of its kind stand. Between an article's paragraphs they go."""
    components = {
        "Botón": "El botón principal lanza la acción más importante de la pantalla. Úsalo una sola vez por vista.",
        "Paginación": "La paginación divide listas largas en páginas de veinte elementos. Muestra siempre la página actual.",
        "Migas de pan": "Las migas de pan indican dónde está el usuario dentro del sitio. No las uses en la portada.",
        "Back to top": "Este botón aparece después de dos pantallas de desplazamiento. Lleva al inicio de la página.",
        "Cargar más": "Este botón añade veinte resultados al final de la lista. Anuncia cuántos se han añadido.",
    }
    design_system = "Componentes de navegación\n\n" + "\n\n".join(
        f"{name}\n{description}" for name, description in components.items()
    ) + "\n"
    assert Cleaner().clean(design_system).text == design_system
    entries = {
        "Sign in – Iniciar sesión": "Abre el formulario de acceso con el correo y la contraseña.",
        "Cookie settings – Configuración de cookies": "Enlace del pie de página que abre el panel de consentimiento.",
        "Search – Buscar": "Campo de la cabecera que busca en todo el catálogo.",
        "Cart – Carrito": "Icono que muestra los productos elegidos y su precio total.",
    }
    glossary = (
        "Glosario de la interfaz\n\nEste glosario fija cómo traducimos cada botón, enlace y menú de la tienda.\n\n"
        "Usa exactamente estas cadenas en la aplicación y en la web, también en los textos de ayuda.\n\n"
        + "\n\n".join(f"{term}\n{definition}" for term, definition in entries.items())
        + "\n\nSi un botón o un enlace nuevo no está en la lista, pregunta al equipo antes de traducirlo.\n"
    )
    assert Cleaner().clean(glossary).text == glossary
    story, _, _, _ = SHORT_STORIES["es"]
    for line in ("Back to top", "Cookie settings"):
        article = f"{story[0]}\n\n{line}\n\n{story[1]}\n"
        assert Cleaner().clean(article).text == f"{story[0]}\n\n{story[1]}\n", line


TUTORIAL_CODE = "```js\nlist.innerHTML = comments.map(render).join(\"\");\n```"
RENDERED_THREAD = (
    "3 Comments\n\nMaria Ortiz\nMarch 4, 2024 at 9:12 am\nThe part about event delegation helped a lot.\nReply\n\n"
    "Tom Weber\nMarch 4, 2024 at 11:40 am\nWould a template element do the same?\nReply\n\n"
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
)


def test_what_a_tutorials_code_renders_stays():
    """A tutorial that shows the comment section its code builds, under a sentence of its own
    ending in a colon, then goes on: the rendered thread, its header and its form stay, and so
    does the text after them (which the thread's header would otherwise take)."""
    text = (
        "The render function turns each comment object into a list item with its author, date and text.\n\n"
        f"{TUTORIAL_CODE}\n\nOn a post with two comments the result looks like this:\n\n{RENDERED_THREAD}\n\n"
        "Next we handle the form's submit event and push the new comment onto the array before rendering.\n\n"
        f"{TUTORIAL_CODE}\n"
    )
    assert Cleaner().clean(text).text == text


def test_a_comment_section_under_a_tutorials_last_sentence_goes():
    """The page's own thread under a tutorial that ends in a colon runs to the page's end: no
    text of the tutorial's goes on after it."""
    text = (
        "The render function turns each comment object into a list item with its author, date and text.\n\n"
        f"{TUTORIAL_CODE}\n\nThat is all for today, tell me what you built with it in the comments:\n\n"
        f"{RENDERED_THREAD}\n"
    )
    kept = Cleaner().clean(text).text
    assert "Tom Weber" not in kept and "Would a template" not in kept
