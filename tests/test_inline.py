"""Inline junk (cleaner/inline/): each family removed between real paragraphs, in several
languages, and the look-alikes that are content kept. Every line here is written for this test."""

from __future__ import annotations

import pytest
import regex

import cleaner
from cleaner import Category, Cleaner, Options
from cleaner.inline import comment_signal
from cleaner.inline.lists import menu_under_the_title
from cleaner.segment import segment
from cleaner.vocabulary import vocabulary

CLEANER = Cleaner()
WITH_CREDITS = Cleaner(options=Options(picture_credits=True))
# page mode with the learned scorer off: the inline heuristics alone, related-content lists too
PAGE_INLINE = Cleaner(options=Options(mode="page", scorer_threshold=0))

BEFORE = "The regional parliament passed the water law on Thursday after three days of debate and a long night session."
AFTER = "Farmers will pay a new fee for every cubic metre they pump, and the money will go to the repair of old canals."

# (category, a line of junk, language); each goes when it stands alone between two paragraphs
JUNK = [
    (Category.AD, "Advertisement", "en"),
    (Category.AD, "ANZEIGE", "de"),
    (Category.AD, "Publicité", "fr"),
    (Category.AD, "Publicidad", "es"),
    (Category.AD, "Publicidade", "pt"),
    (Category.AD, "Pubblicità", "it"),
    (Category.AD, "Advertentie", "nl"),
    (Category.AD, "Reklama", "pl"),
    (Category.AD, "Реклама", "ru"),
    (Category.AD, "Paid content", "en"),
    (Category.SOCIAL, "Share this on WhatsApp", "en"),
    (Category.SOCIAL, "Teilen | Drucken | E-Mail", "de"),
    (Category.SOCIAL, "Partager sur Facebook", "fr"),
    (Category.SOCIAL, "Compartir en Twitter", "es"),
    (Category.SOCIAL, "Condividi su Facebook", "it"),
    (Category.SOCIAL, "Deel dit artikel", "nl"),
    (Category.SOCIAL, "Udostępnij", "pl"),
    (Category.SOCIAL, "Поделиться", "ru"),
    (Category.CTA, "SUBSCRIBE", "en"),
    (Category.CTA, "Jetzt abonnieren", "de"),
    (Category.CTA, "Abonnez-vous", "fr"),
    (Category.CTA, "Suscríbete", "es"),
    (Category.CTA, "Assine", "pt"),
    (Category.NAVIGATION, "Next Post", "en"),
    (Category.NAVIGATION, "Nächster Artikel", "de"),
    (Category.NAVIGATION, "Article suivant", "fr"),
    (Category.NAVIGATION, "Volver arriba", "es"),
    (Category.NAVIGATION, "Próximo artigo", "pt"),
    (Category.NAVIGATION, "Articolo successivo", "it"),
    (Category.NAVIGATION, "Następny artykuł", "pl"),
    (Category.NAVIGATION, "View all (23)", "en"),
    (Category.COMMENTS, "Report abuse", "en"),
    (Category.COMMENTS, "Répondre", "fr"),
    (Category.COMMENTS, "Ответить", "ru"),
    (Category.AD, "Buy now at Amazon", "en"),
    (Category.AD, "Jetzt kaufen bei Amazon", "de"),
    (Category.SOCIAL, "Email This BlogThis! Share to Twitter Share to Facebook", "en"),
    (Category.CAPTION, "Image 1 of 4", "en"),
    (Category.CAPTION, "Foto 3 von 12", "de"),
    (Category.CAPTION, "Photo 2 de 9", "fr"),
    (Category.METADATA, "2024-03-12T09:15:00Z", "-"),
    (Category.METADATA, "IMG_2041.jpg", "-"),
]


@pytest.mark.parametrize("category, junk, language", JUNK, ids=[f"{lang}-{junk}" for _, junk, lang in JUNK])
def test_inline_junk_between_paragraphs_goes(category, junk, language):
    result = CLEANER.clean(f"{BEFORE}\n\n{junk}\n\n{AFTER}\n")
    assert result.text == f"{BEFORE}\n\n{AFTER}\n"
    (removal,) = result.removals
    assert removal.category is category
    assert removal.source.startswith(("heuristic:", "ad-", "cta-", "nav-", "comments-"))
    assert removal.reason  # every verdict says why


# related-content headers: page mode removes them; article mode keeps them, as its measured
# precision on them was too low (cleaner/inline/, ARTICLE_FURNITURE)
RELATED_JUNK = [("You might also like", "en"), ("Ähnliche Artikel", "de"), ("Leia também", "pt"), ("Читайте также", "ru")]


@pytest.mark.parametrize("junk, language", RELATED_JUNK, ids=[f"{lang}-{junk}" for junk, lang in RELATED_JUNK])
def test_related_headers_go_in_page_mode_and_stay_in_article_mode(junk, language):
    text = f"{BEFORE}\n\n{junk}\n\n{AFTER}\n"
    (removal,) = PAGE_INLINE.clean(text).removals
    assert removal.category is Category.RELATED and removal.text == junk
    assert CLEANER.clean(text).text == text


# the label of a site's list of its popular stories goes in both modes: it has no tie to the
# article, and its measured precision was 1 (cleaner/inline/, ARTICLE_FURNITURE)
POPULAR_JUNK = [("Most Popular", "en"), ("Top Stories »", "en"), ("Meistgelesen", "de"), ("Les plus lus", "fr"),
                ("Lo más leído", "es"), ("Mais lidas", "pt"), ("I più letti", "it"), ("Meest gelezen", "nl"),
                ("Najczęściej czytane", "pl"), ("Самое читаемое", "ru")]


@pytest.mark.parametrize("junk, language", POPULAR_JUNK, ids=[f"{lang}-{junk}" for junk, lang in POPULAR_JUNK])
def test_a_popular_stories_label_goes_in_both_modes(junk, language):
    text = f"{BEFORE}\n\n{junk}\n\n{AFTER}\n"
    for mode_cleaner in (CLEANER, PAGE_INLINE):
        (removal,) = mode_cleaner.clean(text).removals
        assert removal.category is Category.RELATED and removal.text == junk


@pytest.mark.parametrize("text", [
    "Fashion week ended on Sunday.\n\nTrending\nThe trending colours this spring are sand and sea green, the designers said.\n",
    "Fashion week ended on Sunday.\n\nTrending\n\nThe trending colours this spring are sand and sea green, the designers said.\n",
    "Die Bibliothek zieht Bilanz.\n\nMeistgelesen\nDas meistgelesene Buch des Jahres war eine Geschichte des Hafens.\n",
])
def test_a_popular_stories_label_that_titles_its_paragraph_stays(text):
    assert CLEANER.clean(text).text == text


# look-alikes that are the article's own: they stay
CONTENT = [
    "9DE1",  # a hexadecimal code in a table, not "9 de 1"
    "Share prices fell by a third in the first hour of trading.",
    "Video games",
    "Readers who subscribe now get the archive too, the publisher said.",
    'The paper ran the headline "Read more books" on Monday.',
    "1. Reply to the letter within a week.",
    "Price | Quantity | Total",
    "Photo: the harbour at dawn, seen from the old lighthouse, is the book's most famous picture.",
    "Source: Harbour Review, vol. 12, no. 3, pp. 45-67, 2019",
    "Related work",
    "Apple",
    # furniture words and connectors, but of two languages ("we" is a Polish connector)
    "Here we go",
    # a section's title in German, Polish and the Nordic languages (a project's partners)
    "Partner",
    "Partnerzy",
    # the answer under a riddle's question (the reply button is a verb)
    "Antwort",
    "Ответ",
    # a restaurant's menu, a walk's map: section titles of clean text, never furniture words
    "La carte",
    "Unsere Karte",
    "Mapa",
    "Unsere Empfehlungen",  # a guide's recommendations
    "Annonces",  # a parish's notices
    "Unsere Angebote",  # a school's courses
    "Nos offres",
]


@pytest.mark.parametrize("line", CONTENT)
def test_look_alikes_that_are_content_stay(line):
    text = f"{BEFORE}\n\n{line}\n\n{AFTER}\n"
    assert WITH_CREDITS.clean(text).text == text


TOPIC_TITLES = [  # a title that names its paragraph's topic
    ("Search", "Every spring the club searches the river banks for the boats that went missing in winter."),
    ("Archiv", "Das Archiv des Vereins umfasst Notenblätter aus drei Jahrhunderten und alle Protokollbücher."),
    ("Accueil", "L'accueil des visiteurs se fait le samedi après-midi, de mai à septembre, au moulin."),
    ("Newsletter", "The newsletter comes out four times a year on paper, and members read it at breakfast."),
    # a title in quotation marks; a Latin title between right-to-left text's direction marks,
    # over a paragraph that ends in one
    ('"Home"', "People who call the old market home, the traders said, will lose a year's income."),
    ("\u200fYouTube", "هل يشاهد أطفالكم YouTube لساعات طويلة كل يوم بعد المدرسة؟\u200f"),
    # a title named with or without its hyphen
    ("E-mail", "Residents can send their questions by email to the council office, which answers within two days."),
    # a short title named in an inflected form
    ("Карта", "На карте отмечены все остановки нового маршрута и пересадки на трамвай."),
    ("Galeria", "W galerii pokazujemy zdjęcia z budowy nowej linii i przesiadek na tramwaj."),
    # Chinese and Japanese prose, its words run together, names the title inside a sentence
    ("Instagram", "写真に制服や家の近所が写っていると学校が分かってしまうので、Instagramのアカウントは非公開にしてください。"),
    ("Email", "有些单位还用Email发通知，学会收信和看附件就够了，这节课我们一起练习。"),
    # a sentence ends in the script's own mark: the danda, the Armenian full stop, the Arabic
    # question mark, the Greek one (a semicolon)
    ("YouTube", "बच्चे रोज़ घंटों YouTube पर वीडियो देखते हैं, इसलिए समय तय करें।"),
    ("YouTube", "Աշակերտները ամեն օր ժամերով YouTube են դիտում, ուստի որոշեք ժամանակը։"),
    ("YouTube", "هل يشاهد أطفالكم YouTube لساعات طويلة كل يوم بعد المدرسة؟"),
    ("YouTube", "Πόσες ώρες την ημέρα βλέπουν τα παιδιά σας YouTube μετά το σχολείο;"),
    ("Facebook", "ผู้สูงอายุหลายคนใช้Facebookเพื่อติดต่อกับลูกหลานที่ทำงานในกรุงเทพฯ แต่ควรระวังข้อความจากคนแปลกหน้าที่ขอเงินหรือขอรหัสผ่าน"),
]
SECTION_TITLES = [  # the name of a site's section over that section's prose
    ("About us", "We are a family bakery that has baked bread in the same oven on Mill Lane since 1952."),
    ("Contact us", "Write to the secretary at the clubhouse, or leave a note in the box by the boat shed."),
    ("Über uns", "Seit 1987 pflegt der Verein die Ufer des Kanals und führt Gäste durch die alten Schleusen."),
    ("Quiénes somos", "Somos una cooperativa de pescadores que vende cada mañana lo que sale del puerto."),
]


@pytest.mark.parametrize("title, paragraph", TOPIC_TITLES + SECTION_TITLES)
def test_a_title_over_its_section_stays(title, paragraph):
    text = f"{BEFORE}\n\n{title}\n\n{paragraph}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, paragraph", [
    ("Über uns", "Der Ruderverein Elbflorenz trainiert seit 1921 an der alten Fähre unterhalb der\n"
                 "Augustusbrücke. Heute rudern bei uns mehr als 180 Mitglieder aus allen Altersgruppen."),
    ("About us", "We are a small family bakery that has baked sourdough on Mill Lane since\n"
                 "March 1952, when Grandma Edith bought the old oven from the closing mill."),
    ("Quiénes somos", "Somos una cooperativa de pescadores que vende cada mañana en la lonja de\n"
                      "Santa Pola lo que sale del puerto, sin intermediarios."),
])
def test_a_title_over_its_section_wrapped_by_hand_stays(title, paragraph):
    """The section's prose wrapped by hand, its next line opening with a name or a noun in
    capitals and its first line too short to read as prose alone: the paragraph, not its first
    line, is what the title stands over."""
    text = f"{BEFORE}\n\n{title}\n\n{paragraph}\n"
    assert CLEANER.clean(text).text == text


def test_a_button_word_in_quotation_marks_stays_over_any_paragraph():
    """A line that is one quotation is the text's: a button prints its label bare."""
    text = f'{BEFORE}\n\n"Home"\n\n{AFTER}\n'
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title", [title for title, _ in TOPIC_TITLES if not title.startswith('"')])
def test_a_button_word_over_a_paragraph_about_something_else_goes(title):
    assert CLEANER.clean(f"{BEFORE}\n\n{title}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("title, paragraph", SECTION_TITLES)
def test_a_section_name_under_the_text_over_nothing_goes(title, paragraph):
    assert CLEANER.clean(f"{paragraph}\n\n{title}\n").text == f"{paragraph}\n"


@pytest.mark.parametrize("details", [
    "Freedom Books, 444 East Sahara, Las Vegas, Nevada 89104",
    "Kaistraße 4, 20457 Hamburg",
    "Tel. +44 1632 960123",
    "info@harbour-books.example",
    # four-digit, six-digit and "111 29" postcodes before their place's name
    "Nørregade 14, 8000 Aarhus C",
    "190000 Санкт-Петербург, Невский пр., 28",
    "Västerlånggatan 14, 111 29 Stockholm",
])
def test_a_contact_label_beside_contact_details_stays(details):
    text = f"{BEFORE}\n\n{details}\n\nE-Mail\n"
    assert CLEANER.clean(text).text == text
    # the same label under prose is a share button
    button = f"{BEFORE}\n\nE-Mail\n"
    assert CLEANER.clean(button).text == f"{BEFORE}\n"


@pytest.mark.parametrize("title, below, button, under_it", [
    # a poem's title over its first stanza; over a list of links, whose lines each start anew,
    # the same word is a menu's
    ("Home", "The door is blue, the kettle sings,\nthe cat is sleeping on the stair;\nand all the things are there.\n",
     "Home", "Sports news and results\nWeather for the week ahead\nLetters to the editor\n"),
    # the title of a numbered list that starts under it; over the list's later items, a link
    # back to the top between two sections
    ("Print", "1. Open the file.\n2. Choose the printer.\n", "Back to top", "3. Close the file.\n4. Take the pages.\n"),
    # numbered in Persian digits, or in Chinese style
    ("Telegram", "۱. برنامه را از فروشگاه نصب کنید\n۲. شمارهٔ تلفن خود را وارد کنید\n", "Back to top",
     "۳. کد تأیید را وارد کنید\n۴. نام خود را بنویسید\n"),
    ("YouTube", "1、打开手机里的应用\n2、在上面的框里输入想看的节目\n", "Back to top", "3、点一下播放\n4、看完按返回\n"),
])
def test_a_title_over_a_stanza_or_a_numbered_list_stays(title, below, button, under_it):
    text = f"{BEFORE}\n\n{title}\n\n{below}"
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\n{button}\n\n{under_it}").text == f"{BEFORE}\n\n{under_it}"


@pytest.mark.parametrize("term, definition", [
    ("Retweet", "To share someone else's tweet."),
    ("Back", "Returns to the previous screen."),
    ("Abonnieren", "Neue Beiträge eines Kanals automatisch erhalten."),
    ("Atrás", "Vuelve a la pantalla anterior."),
    ("Anmelden", "Die Anmeldung ist bis zum 3. Mai im Sekretariat möglich"),  # names its topic, no full stop
])
def test_a_term_over_its_definition_stays(term, definition):
    text = f"{BEFORE}\n\n{term}\n{definition}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("button, below", [
    ("Home", "Make a donation today!"),  # a teaser, not a definition
    ("Next post", "Ten bridges worth the walk..."),  # a cut-off headline
    ("Log in", "Click here to cancel reply."),  # more furniture
])
def test_a_button_over_a_teaser_or_more_furniture_goes(button, below):
    assert CLEANER.clean(f"{BEFORE}\n\n{button}\n{below}\n").text == f"{BEFORE}\n\n{below}\n"


@pytest.mark.parametrize("above, line", [
    ("* Support the URL-encoded form of the token response (e.g.", "  Facebook)"),
    ("- Die Fotos der Wanderung stehen im Album [siehe", "  Galerie]"),
    ("Los resultados se publican en la red social del club (por ejemplo", "Instagram)"),
])
def test_a_line_that_closes_the_bracket_above_stays(above, line):
    text = f"{BEFORE}\n\n{above}\n{line}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    # the same word in a paragraph of its own is a button
    alone = line.strip().rstrip(")]")
    assert CLEANER.clean(f"{BEFORE}\n\n{alone}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("lead_in, post, counters, buttons, closing", [
    ("Voici le message tel qu'il circulait sur les réseaux mardi soir :", "« Partagez avant qu'ils effacent tout !!!",
     "Vous et 4,3 k autres personnes · 1,1 k commentaires · 7,9 k partages", "J'aime · Commenter · Partager", "»"),
    ("This is how the post read when we saw it on Wednesday morning:", "“Share this before they delete it!!!",
     "You and 4.3K others · 1.1K comments · 7.9K shares", "Reply · Share", "”"),
    ("So sah der Beitrag aus, als wir ihn am Freitag fanden:", "„Teilt das, bevor sie es löschen!!!",
     "Du und 4.300 weitere Personen · 1.100 Kommentare · 7.900 Mal geteilt", "Gefällt mir · Kommentieren · Teilen", "“"),
])
def test_a_posts_buttons_inside_a_quotation_the_text_introduces_stay(lead_in, post, counters, buttons, closing):
    """A fact-check quotes a post word for word, its counters and buttons inside the quotation
    marks that open under the text's lead-in and close after the buttons: the quoted post is
    the text's evidence. The same buttons closing no quotation go."""
    text = f"{BEFORE}\n\n{lead_in}\n\n{post}\n\n{counters}\n{buttons} {closing}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    bare = f"{BEFORE}\n\n{buttons}\n\n{AFTER}\n"
    assert CLEANER.clean(bare).text == f"{BEFORE}\n\n{AFTER}\n"


# (content, its look-alike junk, what of the junk stays): the content stays whole between two
# paragraphs; the look-alike loses all but what is named
LOOK_ALIKES = [
    # a form's fields, waiting for their values; share buttons beside each other
    ("Name:\nPhone:\nE-mail:\nDate of birth:", "Share:\nE-mail:", ""),
    # a line a sentence introduces; the same line under a paragraph that introduces nothing
    *[(f"The label printed over every paid box reads:\n\n{line}", line, "")
      for line in ("Skip to main content", "Subscribe", "Advertisement")],
    # a story's sentence of one button word; the word without its full stop
    *[(sentence, sentence[:-1], "") for sentence in ("Home.", "Zurück.", "Retour.", "Inicio.")],
    # a list a sentence introduces, in the same paragraph or under it; a widget's lead-in names
    # its furniture, and its buttons go
    *[(f"The networks most used by the pupils we asked were:{gap}YouTube\nInstagram\nTikTok",
       f"Follow us on all the social networks:{gap}Facebook\nInstagram\nTikTok", "Follow us on all the social networks:")
      for gap in ("\n", "\n\n")],
    # a Japanese lead-in, counted in characters; a one-word label with a colon introduces nothing
    ("調査で最も多く使われていたのは次のサービスです：\nYouTube\nInstagram\nTikTok", "Companies:\n\nInstagram", "Companies:"),
    # an Arabic lead-in that ends in a direction mark after its colon
    ("الشبكات التي يستخدمها الطلاب أكثر من غيرها هي:\u200f\nYouTube\nInstagram\nTikTok", "Companies:\n\nTikTok", "Companies:"),
    # a Thai lead-in, its words run together too
    ("เครือข่ายที่นักเรียนใช้มากที่สุดคือ:\nYouTube\nFacebook\nTikTok", "Companies:\n\nFacebook", "Companies:"),
    # the title of a bulleted list; a share box's title and bullets
    ("Jump to:\n\n- Getting started\n- Getting help", "Share:\n\n- Facebook\n- Twitter", ""),
    # the title of an address block, its postcode under the firm and the street; a footer's
    # "Contact us" over its desks' e-mail addresses
    ("Kontakt\n\nBrunnerhof GbR\nDorfstraße 12\n82041 Oberhaching",
     "Contact us\n\nContact the news desk\nnews@harbour.example", "Contact the news desk\nnews@harbour.example"),
    # a serial story's parts, each titled with a button's word and its number; a share
    # button with its count
    ("Deel 1\n\nHet was een koude nacht toen Jan voor het eerst de trap van de vuurtoren opliep.\n\nDeel 2",
     "Deel 12", ""),
    # verses numbered in order in brackets; a widget's posts per category
    ("The river rose before the dawn (4)\nthe fields lay under water (5)\nand the village watched (6)",
     "Fields (2)\nRivers (14)\nValleys (5)\nVillages (3)", ""),
    # a review's rating with its stars; the label alone
    ("Bewertung: ★★★★☆", "Bewertung", ""),
    # a screenplay's camera direction; the same words in capitals where no scene is headed
    ("EXT. HARBOUR - NIGHT\n\nRain on the slipway.\n\nCLOSE ON\n\nHer torch finds a cap.", "CLOSE ON", ""),
    # a programme's entry at its time; the button alone
    ("15:00 Close", "Close", ""),
    # a catalogue's section titles over its numbered entries; a link back to the top between
    # a numbered list's sections
    ("Paintings\n\n1. Brett, The Channel, 1871\n\nPhotographs\n\n2. Godwin, Rock and sea, 1983",
     "1. Open the file.\n\nBack to top\n\n2. Close the file.", "1. Open the file.\n\n2. Close the file."),
    # a dialogue's lines, opened by dashes and ending their sentences; buttons opened by dashes,
    # beside no line of speech
    *[(dialogue, "-- Share this!\n\n-- Subscribe now!", "") for dialogue in (
        "No céu, os anjos separavam os recém-chegados conforme as profissões:\n\n-- O próximo!\n\n"
        "-- Marceneiro.\n\n-- Por aqui.\n\n-- Próximo!\n\n-- Advogado.",
        "— Siguiente!\n— Yo, señor.\n— ¿Nombre?",
        "– Weiter!\n– Wohin denn?\n– Nach Hause.",
    )],
    # a label over the sentence it introduces; a share box's label over its buttons
    ("Ogłoszenie:\n\n- Sprzedam rower w dobrym stanie, mało używany, z nowym siodełkiem i dzwonkiem.",
     "Share this:\n\nFacebook\nTwitter", ""),
]


@pytest.mark.parametrize("content, junk, left", LOOK_ALIKES)
def test_content_stays_where_its_look_alike_junk_goes(content, junk, left):
    text = f"{BEFORE}\n\n{content}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    kept = f"{BEFORE}\n\n{left}\n\n{AFTER}\n" if left else f"{BEFORE}\n\n{AFTER}\n"
    assert CLEANER.clean(f"{BEFORE}\n\n{junk}\n\n{AFTER}\n").text == kept


def test_subheading_over_its_paragraph_stays():
    text = f"{BEFORE}\n\nWhat the new fee means\n\n{AFTER}\n\nThe next steps\n\n{BEFORE}\n"
    assert CLEANER.clean(text).text == text


CREDITS = [
    "Photo: Jane Doe/Reuters",
    "(Image credit: NASA)",
    "Foto: dpa",
    "Bild: Max Muster",
    "Фото: РИА Новости",
    "AFP/Getty Images",
    "Image copyright Getty Images",
    "Quelle: dpa",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_picture_credits_go_only_when_asked(credit):
    text = f"{BEFORE}\n\n{credit}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text, "off by default: the gold keeps credits as often as not"
    result = WITH_CREDITS.clean(text)
    assert result.text == f"{BEFORE}\n\n{AFTER}\n"
    assert [r.category for r in result.removals] == [Category.CAPTION]


@pytest.mark.parametrize(
    "header, headlines",
    [
        ("Related stories", ["Storm closes the coastal road", "Ferry timetable changes in May", "Harbour master retires after 30 years"]),
        ("Das könnte Sie auch interessieren", ["Neue Radwege für die Innenstadt", "Der Hafen wird erweitert"]),
        ("À lire aussi", ["Le musée rouvre ses portes", "La ville plante mille arbres"]),
    ],
    ids=["en", "de", "fr"],
)
def test_related_list_between_paragraphs_goes(header, headlines):
    text = f"{BEFORE}\n\n{header}\n" + "\n".join(headlines) + f"\n\n{AFTER}\n"
    result = PAGE_INLINE.clean(text)
    assert result.text == f"{BEFORE}\n\n{AFTER}\n"
    assert {r.category for r in result.removals} == {Category.RELATED}
    assert CLEANER.clean(text).text == text  # article mode: related lists are left to page mode


def test_related_list_keeps_the_title_of_the_article_under_it():
    """A list of teasers runs into the article's own title and byline: they stay."""
    title = "Farmers protest against the water fee"
    text = (
        "Most popular\nStorm closes the coastal road\nFerry timetable changes in May\n\n"
        f"{title}\nAna Ruiz\n12 March 2024\n\n{AFTER}\n\n{BEFORE}\n"
    )
    kept = PAGE_INLINE.clean(text).text
    assert title in kept and "Ana Ruiz" in kept and "Storm closes" not in kept


def test_category_counts_go_and_a_bibliography_stays():
    counts = "Breads (12)\nCakes (3)\nPies (8)\nRecipes (56)"
    assert CLEANER.clean(f"{BEFORE}\n\n{counts}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"
    books = "Beginnings (1975)\nOrientalism (1978)\nCulture and Imperialism (1993)"
    text = f"{BEFORE}\n\n{books}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("counts", [
    "Poesía (236)\nTeatro (74)\nEnsayo y pensamiento (611)\nCiencia y divulgación (288)",  # a bookshop's stock
    "Publikationen (41)\nMonographien (2)\nHerausgeberschaften (3)\nAufsätze (22)\nSammelbände (14)",  # a CV's
    "Kastetut (262)\nKonfirmoidut (318)\nVihityt parit (71)\nHaudatut (214)",  # a parish's year
    "Schede valide (126)\nSchede bianche (3)\nSchede nulle (2)",  # a ballot's count
])
def test_counts_in_the_texts_own_order_stay(counts):
    """A text lists its counts in its own order; a site's widget orders its links by name, by
    date or by count. The same links in alphabetical order go."""
    text = f"{BEFORE}\n\n{counts}\n"
    assert CLEANER.clean(text).text == text
    ordered = "\n".join(sorted(counts.split("\n"), key=str.casefold))
    ordered += "\nZeitschriften (5)" if len(counts.split("\n")) < 4 else ""  # (four links at least)
    assert CLEANER.clean(f"{BEFORE}\n\n{ordered}\n").text == f"{BEFORE}\n"


def test_a_widgets_links_ranked_by_count_or_by_month_go():
    """A tag cloud's tags from the most used, an archive's months with their year."""
    names = ("Travel", "Food", "Music", "Books", "Garden", "Weddings", "Cars", "Photos", "Kids", "Art")
    tags = "\n".join(f"{name} ({n})" for name, n in zip(names, range(90, 30, -6)))
    months = "October 2012 (33)\nSeptember 2012 (37)\nAugust 2012 (37)"
    for widget in (tags, months):
        assert CLEANER.clean(f"{BEFORE}\n\n{AFTER}\n\n{widget}\n").text == f"{BEFORE}\n\n{AFTER}\n"
    # a survey's answers from the most chosen, fewer than a tag cloud's tags, stay
    answers = "\n".join(f"{name} ({n})" for name, n in zip(names[:6], range(90, 30, -10)))
    text = f"{BEFORE}\n\n{AFTER}\n\n{answers}\n"
    assert CLEANER.clean(text).text == text


def test_a_tables_rows_with_a_number_in_brackets_stay():
    gap = "\t\t"
    rows = "\n".join(f"{name}{gap}{kind}{gap}{digits}{gap}({largest})" for name, kind, digits, largest in (
        ("o or O", "octal", 3, 255), ("x or X", "hexadecimal", 2, 255), ("u", "hexadecimal", 4, 65535)))
    text = f"{BEFORE}\n\nfirst char{gap}mode{gap}max nr\n{rows}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("rows", [
    "Ankit Jain       41 (29)\nFaisal Ahmed     27 (22)\nManoj Tiwari     18 (14)\nRohit Gupta      14 (9)",  # runs (balls)
    "Ajax    21 (9)\nFeyenoord    19 (9)\nPSV    18 (9)\nTwente    15 (9)",  # points (games), by name
    "Anna Berg 3 [1]\nBo Lind 2 [0]\nCarl Ek 2 [1]\nDan Holm 1 [0]",  # goals [assists]
])
def test_a_scorecards_rows_of_a_figure_and_its_count_stay(rows):
    """A scorecard's or a table's row gives a figure and a count ("41 (29)", a batter's runs
    and balls), whatever the order of its names; a widget's link names a thing and counts its
    posts, a number in its name being a year or a version."""
    text = f"{BEFORE}\n\n{rows}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text.split() == text.split()  # (the columns' spaces are squeezed)
    links = "WWDC 2009 (21)\nWWDC 2010 (13)\nWWDC 2011 (16)\nWWDC 2012 (17)"
    assert CLEANER.clean(f"{BEFORE}\n\n{links}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"

def test_a_comments_link_near_the_top_never_takes_the_story():
    """A marker above the story, followed by a byline with a time and a share row, is not a
    thread: the story stays. In page mode the marker goes alone, as a link; in article mode it
    stays (annotators kept such counters about one time in four)."""
    text = (
        "Harbour reopens to ferries\n\nby Ana Ruiz on Aug 8, 2012 5:13 PM\n\n52 comments\n\nTweet | Email | Print\n\n"
        f"{BEFORE}\n\n{AFTER}\n\n{BEFORE}\n"
    )
    kept = CLEANER.clean(text).text
    assert BEFORE in kept and AFTER in kept and "52 comments" in kept and "Tweet | Email" not in kept
    page = PAGE_INLINE.clean(text).text
    assert BEFORE in page and AFTER in page and "52 comments" not in page


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Anna says:", "said"),
        ("Max schrieb:", "said"),
        ("12:42 PM", "time"),
        ("vor 3 Stunden", "time"),
        ("il y a 2 jours", "time"),
        ("hace 5 minutos", "time"),
        ("3 godziny temu", "time"),
        ("Bart | November 9, 2012 12:20 AM | Reply", "reply"),
        ("November 23, 2004 | Permalink", "action"),
        ("Report abuse", "reply"),
        ("Name *", "form"),
        ("Mail (will not be published) (required)", "form"),
        ("The meeting ended in the small hours with no agreement on the fee.", None),
        ("Steve Nash", None),
        # a sentence of the text that holds a clock time is no post's timestamp; a byline is
        ("The parish council meeting is open to the public and begins at 7pm at the village hall.", None),
        ("Posted by: Lisa | 09/30/2012 at 07:08 AM", "time"),
        # an app's short time between its byline's dots or at its end; a count of likes is none
        ("u/harbourlight · 5h", "time"),
        ("Anna · Old Town · 2 d", "time"),
        ("Répondre · Signaler · 48 J'aime", "reply"),
        # a button's count with its magnitude's word
        ("👍 2,3 mil  Responder", "reply"),
        ("👍 1.2K  Reply", "reply"),
    ],
)
def test_comment_signals(line, kind):
    assert comment_signal(line) == kind


def test_vocabulary_covers_nine_languages_per_family():
    """The furniture words are data: every family the heuristics read has words for each of
    en, de, fr, es, pt, it, nl, pl and ru."""
    import tomllib
    from importlib import resources

    data = tomllib.loads((resources.files("cleaner") / "data" / "furniture.toml").read_text(encoding="utf-8"))
    for language in ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru"):
        for family in ("ad", "share", "subscribe", "comment", "nav", "related", "media", "shop", "caption", "form", "said", "month"):
            assert data[language].get(family), f"[{language}] has no {family} words"
    assert vocabulary().cover("Teilen Sie diesen Artikel", ("share",))


@pytest.mark.parametrize("line, cover", [
    ("Share this on WhatsApp", ("share this", "whatsapp")),
    ("Teilen auf Facebook", ("teilen", "facebook")),  # a language's words with the names all use
    ("Partager sur Twitter", ("partager sur", "twitter")),
    ("Here we go", None),  # English "here", Polish "we", English "go"
    ("Share dla Facebook", None),  # English "share", Polish "dla"
])
def test_a_furniture_line_is_one_languages_words(line, cover):
    assert vocabulary().cover(line, ("share", "nav")) == cover


STORY = " ".join([BEFORE, AFTER, BEFORE, AFTER])  # one long paragraph of the article
HEADERLESS_THREAD = """Marta K. | 12 March 2024 9:14 am | Reply

Great article, thanks! The canal repairs are long overdue.

Tom B. | 12 March 2024 11:02 am | Reply

I disagree with every word of this.

Ana R. | 13 March 2024 8:40 am | Reply

Our village has waited twenty years for this law.

Jo | 13 March 2024 9:05 am | Reply

Finally.
"""


def test_a_thread_without_a_header_goes_after_the_story():
    result = CLEANER.clean(f"{STORY}\n\n{STORY}\n\n{HEADERLESS_THREAD}")
    assert result.text == f"{STORY}\n\n{STORY}\n"
    assert {r.source for r in result.removals} == {"heuristic:comment-thread"}


def test_every_chain_of_a_thread_goes_in_one_pass_and_the_text_between_stays():
    # eight paragraphs part the thread's bylines by more than THREAD_GAP blocks: a long comment,
    # or the article's own text between two threads; either way it stays
    between = "\n\n".join(f"Paragraph {n} of a long letter about the canals and the fee." for n in range(1, 9))
    result = CLEANER.clean(f"{STORY}\n\n{STORY}\n\n{HEADERLESS_THREAD}\n{between}\n\n{HEADERLESS_THREAD}")
    assert result.text == f"{STORY}\n\n{STORY}\n\n{between}\n"
    assert result.passes == 1  # the removals, confirmed on the blocks kept


def test_in_a_flattened_page_the_text_between_two_chains_goes_with_the_thread():
    """Below a page's prose its chains are one thread, parted by a long comment: the comment goes
    too (in article mode it stays, above: it may be the article's own text)."""
    between = "\n\n".join(f"Paragraph {n} of a long letter about the canals and the fee." for n in range(1, 9))
    result = PAGE_INLINE.clean(f"{STORY}\n\n{STORY}\n\n{HEADERLESS_THREAD}\n{between}\n\n{HEADERLESS_THREAD}")
    assert result.text == f"{STORY}\n\n{STORY}\n"
    assert {r.source for r in result.removals} == {"heuristic:comment-thread"}


def test_a_forum_thread_is_the_page_and_stays():
    """Forum posts quote each other; their "Quote" button is not a comment's reply button."""
    forum = (
        f"Ferry timetable question\n\nPosted: Jun 19, 2003 - 11:14 PM\n\n{STORY}\n\n{STORY}\n\n"
        + "\n\n".join(f"Posted: Jun {20 + k}, 2003 - 0{k}:17 AM\n\nQuote:\n\n{AFTER}" for k in range(4))
        + "\n"
    )
    assert CLEANER.clean(forum).text == forum


def test_a_forum_thread_that_opens_the_text_stays_with_its_reply_buttons():
    """A thread exported as the text itself: its first post's byline opens it, and every reply's
    byline is a reply button's row; a thread under a story opens after the story's prose."""
    answer = "I fed mine twice a day with rye flour for three days, and it came back to life in a warm kitchen."
    posts = "\n\n".join(f"Reply #{k} by member{k} on {10 + k} January 2024, {k % 10 + 10}:14\n\n{answer}" for k in range(1, 13))
    question = "My starter was fed every three days since Christmas; now it smells of acetone. Is it dead?"
    forum = f"Topic: a starter that smells of acetone\n\nPosted by member0 on 9 January 2024, 21:14\n\n{question}\n\n{posts}\n"
    assert CLEANER.clean(forum).text == forum
    under_a_story = f"{STORY}\n\n{STORY}\n\n{posts}\n"
    assert CLEANER.clean(under_a_story).text == f"{STORY}\n\n{STORY}\n"


def test_a_forum_thread_copied_under_a_short_preface_stays_with_its_likes():
    """Notes that copy a forum's thread under a sentence or two of their own: a preface, not an
    article's prose, stands above the thread's first post, so the thread is the text's, its
    last post's like count too; under a story's prose the same thread goes."""
    preface = (
        "Copied from the growers' forum on 26 November to keep it at hand. "
        "Names and dates are left as they were, and my summary is at the end."
    )
    answer = "I fed mine twice a day with rye flour for three days, and it came back to life in a warm kitchen."
    posts = "\n\n".join(f"[{10 + k}/11/2023 21:{10 + k}] member{k}\n{answer}" for k in range(1, 13))
    notes = f"Notes: the forum thread on starters\n\n{preface}\n\n{posts}\n👍 27 Like\n"
    assert CLEANER.clean(notes).text == notes
    under_a_story = f"{STORY}\n\n{STORY}\n\n{posts}\n👍 27 Like\n"
    assert CLEANER.clean(under_a_story).text == f"{STORY}\n\n{STORY}\n"


def test_a_thread_the_text_shows_under_its_lead_in_stays():
    """A report that shows the comments it learned from, right under the sentence that
    introduces them, and goes on after them: the thread is its evidence. Under a page's share
    widget after the article's last sentence, the same thread goes."""
    lead_in = "The first warning came from our own page, where these comments appeared under Saturday's post:"
    comments = "\n\n".join(
        f"{name}\n{text}\nLike · Reply · 1d · {likes}" for name, text, likes in (
            ("Joan Harper", "It is 7.40pm and the shopping was due between six and seven. No message, no answer.", 14),
            ("Rob Castle", "Same here in Hillside. Order confirmed, paid for, gone.", 31),
            ("Anne Sale", "My mother is 87 and lives alone. Tonight there is nothing in her fridge.", 56),
            ("Rob Castle", "Write to us in private, so nobody sees how many of us there are?", 48),
        )
    )
    after = (
        "By a quarter past eight there were over a hundred and twenty comments, and the staff who run the "
        "page told the logistics team.\n\nWe rolled the update back at half past two on Sunday morning and "
        "refunded every order that did not arrive, with a voucher on top.\n\nFrom January no update goes "
        "out between Thursday afternoon and Sunday, and an alarm rings when planned deliveries fall short."
    )
    before = f"{STORY}\n\n{STORY}\n\n{STORY}"
    report = f"{before}\n\n{lead_in}\n\n{comments}\n\n{after}\n"
    assert CLEANER.clean(report).text == report
    page = f"{before}\n\n{lead_in}\n\nShare this:\n\n{comments}\n\n{after}\n"
    assert "Rob Castle" not in CLEANER.clean(page).text


NARRATION = (
    "I read that one three times before I put the phone down, and then I picked it up again, "
    "because the next name on the screen was my sister's and she had never once commented on anything I wrote."
)


def _thread_of(comments: list[tuple[str, str]]) -> list[str]:
    return [f"{name} · {hours} hours ago\n{text}\n♥ {len(text) % 40} · Reply" for name, (hours, text) in
            zip(("harbour_walker", "Lena M.", "old_fisherman", "Sam"), comments)]


def test_labels_the_texts_prose_quotes_together_stay():
    """A thesis transcribes a front page and says in its prose which labels it kept ('The
    labels "Advertisement" and "Sponsored" were kept where they appear'): the labels on
    lines of their own stay. A page that quotes its own button alone ('click "Show more" to
    see the rest') keeps no button."""
    note = ('The labels "Advertisement" and "Sponsored" were kept where they appear on the page, '
            'since the chapter on the layout of the front page discusses them.')
    text = f"{note}\n\n{BEFORE}\n\nAdvertisement\n\n{AFTER}\n\nSponsored\n\n{BEFORE}\n"
    assert CLEANER.clean(text).text == text
    call = 'The twenty most recent jobs are listed below. Please refine your search or click "Show more" to see the rest.'
    kept = CLEANER.clean(f"{call}\n\n{BEFORE}\n\nShow more\n\n{AFTER}\n").text
    assert "\nShow more\n" not in kept


def test_a_thread_a_story_tells_between_its_comments_stays():
    """A story quotes the comments under the narrator's post, each a byline, its text and its
    buttons, and goes on telling between them: the thread is the story's own, every line of
    it. A page's thread, byline after byline with nothing told between, still goes."""
    comments = _thread_of([
        ("5", "Lovely piece. My grandmother had the same blue tin."),
        ("4", "Nobody asked for your family history."),
        ("2", "I remember that bakery on the corner, it closed in 1994."),
        ("1", "Write more like this please."),
    ])
    story = f"{STORY}\n\n" + f"\n\n{NARRATION}\n\n".join(comments) + f"\n\n{NARRATION}\n"
    assert CLEANER.clean(story).text == story
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(comments) + "\n"
    assert CLEANER.clean(page).text == f"{STORY}\n\n{STORY}\n"


@pytest.mark.parametrize("byline, buttons", [
    ("u/{name} · {n}h", "▲ {n}31 ▼ · Reply · Share"),
    ("@{name} há {n} anos", "👍 {n},3 mil · Responder"),
    ("{name} — 12 février 2024 à 0{n} h 12", "Répondre · Signaler · {n}8 J'aime"),
])
def test_a_thread_a_story_quotes_from_a_screen_stays(byline, buttons):
    """A feature quotes a thread as the screen shows it, each comment's byline ("u/harbourlight ·
    5h", "@rosadamouraria há 4 anos"), its text and its buttons, the first comments before the
    prose a thread stands under, and tells between them: every line is the feature's. A page's
    thread, byline after byline, still goes."""
    names = ("harbourlight", "tidetableterry", "nets_and_knots", "quietly", "old_keeper")
    texts = ("My grandad kept that light for twenty-seven years, and he said it was never dark.",
             "Who is supposed to pay for the upkeep if it stays in the hands of the town?",
             "They could lease it to the rowing club for a peppercorn rent and keep the lamp lit.",
             "The rowing club can barely afford new oars, I just do not see who would pay for it.",
             "Leave the light on and you will get a pint off me at the harbour bar, I promise.")
    more = "That is what the harbour looked like every winter night, and nobody who lived here forgets it."
    comments = [f"{byline.format(name=name, n=n + 1)}\n{text} {more}\n{buttons.format(n=n + 1)}"
                for n, (name, text) in enumerate(zip(names, texts))]
    story = (f"{STORY}\n\n" + "\n\n".join(comments[:3]) + f"\n\n{NARRATION}\n\n"
             + "\n\n".join(comments[3:]) + f"\n\n{NARRATION}\n")
    assert CLEANER.clean(story).text == story
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(comments) + "\n"
    assert CLEANER.clean(page).text == f"{STORY}\n\n{STORY}\n"


def test_a_thread_quoted_with_two_line_bylines_stays():
    """A news story quotes a forum's comments under its lead-ins, each a byline of two lines
    (the votes and the time, then the handle), the comment and its buttons, tells between
    them and ends on a sentence with a clock time: every line is the story's. A page's thread
    of the same comments still goes."""
    names = ("OrchardCloseMum", "plot27_brian", "kettleby_lurker", "Allotments_Sec", "quiet_neighbour")
    texts = ("I have asked nicely twice and been told it is an allotment, so what do I expect.",
             "We burn diseased material because you are not supposed to compost it at all.",
             "Being here first is not an argument, and asthma is not a matter of opinion.",
             "Our rules say bonfires only before ten on weekdays and only with dry material.",
             "He came round yesterday with a bag of rhubarb and we had a cup of tea together.")
    more = "Nobody on the committee has answered a single letter about it since the spring."
    quoted = [f"{412 - 50 * n} points · {5 - n} days ago\nu/{name}\n{text} {more}\nReply · Share"
              for n, (name, text) in enumerate(zip(names, texts))]
    lead_in = "The early exchanges, which the paper reproduces here as they appeared, set the tone:"
    told = f"{NARRATION}\n\n{NARRATION}\n\n{lead_in}"
    story = (f"{STORY}\n\n{lead_in}\n\n" + "\n\n".join(quoted[:3]) + f"\n\n{told}\n\n{quoted[3]}\n\n"
             f"{told}\n\n{quoted[4]}\n\n"
             "The parish council meeting is open to the public and begins at 7pm at the village hall.\n")
    assert CLEANER.clean(story).text == story
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(quoted) + "\n"
    assert texts[3] not in CLEANER.clean(page).text


def test_a_thread_an_essay_narrates_from_its_first_comment_stays():
    """An essay quotes a newspaper's comments, each a name, its time, its text and its buttons,
    telling between them from the first comment on, the first of them above the prose a thread
    stands under: every line is the essay's. A page's thread of the same comments, name after
    name, still loses them."""
    comments = [("Gerd W.", "vor 3 Stunden", "Zwei Jahre Verzögerung und niemand ist schuld. Wie immer, seit Jahrzehnten."),
                ("Sabine_Frbg", "vor 2 Stunden", "Ganz so einfach ist es nicht, die Leitungen unter der Straße sind alt."),
                ("Gerd W.", "vor 2 Stunden", "Und das wusste man vorher nicht? Dafür gibt es doch Probebohrungen."),
                ("radler_79", "vor 58 Minuten", "Einfach Busse fahren lassen und das Geld in Radwege stecken, sage ich."),
                ("H. Kienzler", "vor 41 Minuten", "Sie wohnen offensichtlich nicht hier. Versuchen Sie es mal mit Rollator.")]
    quoted = [f"{name}\n{time}\n{text}\nAntworten · Melden · Gefällt mir ({n + 9})"
              for n, (name, time, text) in enumerate(comments)]
    story = (f"{BEFORE}\n\n{quoted[0]}\n\n{NARRATION}\n\n{quoted[1]}\n\n{quoted[2]}\n\n{NARRATION}\n\n"
             f"{STORY}\n\n{quoted[3]}\n\n{quoted[4]}\n\n{NARRATION}\n")
    assert CLEANER.clean(story).text == story
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(quoted) + "\n"
    assert comments[3][2] not in CLEANER.clean(page).text


def test_a_quoted_threads_buttons_with_a_word_no_button_list_has_stay():
    """A column without blank lines quotes a neighbourhood group's comments, each a byline, its
    text and its buttons, one row with a word no list of buttons has ("Reply · Like · 27 ·
    Edited"), the first comment's byline among the prose a thread stands under, and tells
    between them: every line is the column's."""
    comments = [("Janet Pryor · 3 h", "Third week running nobody has taken the green bins on our avenue, and mine "
                 "is now full of grass cuttings and whatever the foxes have left of the rest of it."),
                ("Dev Sharma · 2 h", "We had ours done on Thursday instead of Tuesday, with no letter and no text."),
                ("Council Watch · 2 h", "The new calendar is on the website, but you have to put your postcode in first."),
                ("Maureen Clifton · 1 h", "I am eighty-one and I do not do the internet, my granddaughter is typing this."),
                ("Tom Ashworth · 45 min", "Just rang the number and was on hold for twenty-two minutes, then cut off.")]
    rows = ["Reply · Like · 48", "Reply · Like · 31", "Reply · Like · 27 · Edited", "Reply · Like · 112", "Reply · Like · 19"]
    quoted = [f"{byline}\n{text}\n{row}" for (byline, text), row in zip(comments, rows)]
    column = f"{STORY}\n{NARRATION}\n" + f"\n{NARRATION}\n".join(quoted) + f"\n{NARRATION}\n"
    assert CLEANER.clean(column).text == column


def test_a_count_of_votes_under_an_answer_a_report_quotes_stays():
    """A report quotes a Q&A site's answer with its time over it and its votes under it, then
    tells on, in prose or in a sentence that leads in to the next quotation: the count is the
    report's. A page's count of votes under an answer, the next answer's byline under it, still
    goes."""
    answer = ("risposta 3 mar alle 11:40\nConfermo quanto sopra, ma attenzione ai tempi: il Comune ha un mese e "
              "mezzo per gli accertamenti.\n7 voti")
    for after in ("E poi, sotto, un commento che ha scatenato un piccolo dibattito:", NARRATION):
        text = f"{STORY}\n\n{answer}\n\n{after}\n\n{STORY}\n"
        assert CLEANER.clean(text).text == text
    page = f"{STORY}\n\n{answer}\n\nrisposta 3 mar alle 12:02\nIl silenzio-assenso in pratica non esiste.\n"
    assert "7 voti" not in CLEANER.clean(page).text


@pytest.mark.parametrize("buttons", ["Like · Reply · 3w", "Lubię to! · Odpowiedz · 3 d"])
def test_a_groups_replies_a_history_blog_quotes_stay(buttons):
    """A local-history blog quotes a group's replies as the screen shows them, each a name, the
    reply (a count of likes under it, or none) and its buttons, and tells between them above
    the next name: every line is the blog's. A page's thread of the same replies, name after
    name, still loses them."""
    replies = [("Margaret Harland", "That will be Isaac Ward's workshop, my great-aunt used to talk about it."),
               ("Peter Storm", "It was in Arguments Yard, I am fairly sure, my dad had an old trade directory."),
               ("Margaret Harland", "Thank you both, do you know roughly what year the directory was printed?"),
               ("Susan Ward-Lowther", "The boy in the corner is almost certainly my grandfather, born in 1889."),
               ("Peter Storm", "Oh that is wonderful, maybe your great-aunt knew him after all.")]
    quoted = [f"{name}\n{reply}\n{buttons}" for name, reply in replies]
    quoted[3] = quoted[3].replace(f"\n{buttons}", f"\n👍 176\n{buttons}")
    story = (f"{STORY}\n\n" + "\n\n".join(quoted[:3]) + f"\n\n{NARRATION}\n\n"
             + "\n\n".join(quoted[3:]) + f"\n\n{NARRATION}\n")
    assert CLEANER.clean(story).text == story
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(quoted) + "\n"
    assert replies[2][1] not in CLEANER.clean(page).text


@pytest.mark.parametrize("quote, signed", [
    ('"{}"', "— {name}, reply, {hour}.12am, 5 June"),
    ("«{}»", "— {name}, répondre, {hour} h 12, 5 juin"),
    ("„{}“", "– {name}, Antworten, {hour}:12 Uhr, 5. Juni"),
])
def test_posts_a_story_quotes_each_signed_under_it_stay(quote, signed):
    """A column quotes its neighbours' posts, each in quotation marks with its name, a reply
    button and its time under it, and tells between them: every line is the column's. A page
    whose comments are bare, one of them quoting a line of the article, still loses its
    thread."""
    posts = ["Relief boat full again. Booked six weeks ago and told at the pier my space went.",
             "Priority is medical supplies. You would complain louder if there was no milk.",
             "Anyone got a spare room in Oban for Friday? Stuck with two kids and a dog.",
             "We have a caravan in the garden, dog welcome. Message me."]
    names = ("Catriona M.", "Donnie", "Jamie R.", "Fiona")
    quoted = [f"{quote.format(post)}\n{signed.format(name=name, hour=n + 6)}"
              for n, (post, name) in enumerate(zip(posts, names))]
    story = f"{STORY}\n\n{STORY}\n\n" + f"\n\n{NARRATION}\n\n".join(quoted) + f"\n\n{NARRATION}\n"
    assert CLEANER.clean(story).text == story
    bare = [f"{post}\n{signed.format(name=name, hour=n + 6)}" for n, (post, name) in enumerate(zip(posts, names))]
    bare[1] = f"{quote.format(posts[1])}\n{NARRATION}\n{bare[1]}"  # a comment quoting a line, then its own
    page = f"{STORY}\n\n{STORY}\n\n" + "\n\n".join(bare) + "\n"
    kept = CLEANER.clean(page).text
    assert not any(signed.format(name=name, hour=n + 6) in kept for n, name in enumerate(names))


@pytest.mark.parametrize("lead_in, posts", [
    ("Under the same post, several readers answered, and the most shared answer came from a baker:",
     ("Davide Sala (@dsala)", "The best reply to a review I have read. Real numbers and no sarcasm.",
      "23 Apr 2024 · 12:44", "Like · Reply")),
    ("Sotto lo stesso post risponde anche una consulente che lavora negli alberghi:",
     ("Francesca Gatti", "Rispetto per il tono, ma il punto del cliente resta valido.",
      "23 apr 2024 · 14:02", "Mi piace 4.106 · Rispondi")),
    ("Kolejny fragment wątku dotyczył reakcji dewelopera:",
     ("Ewa.M", "Dostałam dziś pismo od firmy. Piszą, że zgłoszenie nie kwalifikuje się do naprawy.",
      "02.02.2024, 17:48", "Odpowiedz · Lubię to (18)")),
])
def test_posts_a_story_introduces_each_stay(lead_in, posts):
    """A story introduces each post it quotes with a sentence ending in a colon, the post's
    name, text, time and buttons under it: every line is the story's. A page's comments, each
    opening with its name, still go, a comment ending in a colon among them."""
    name, text, time, buttons = posts
    post = f"{name}\n{text}\n{time}\n{buttons}"
    story = f"{STORY}\n\n{STORY}\n\n{lead_in}\n\n{post}\n\n{lead_in}\n\n{post}\n\n{NARRATION}\n"
    assert CLEANER.clean(story).text == story
    told_between = f"{STORY}\n\n{STORY}\n\n{lead_in}\n\n{post}\n\n{NARRATION}\n\n{lead_in}\n\n{post}\n"
    assert CLEANER.clean(told_between).text == told_between
    page = f"{STORY}\n\n{STORY}\n\n{post}\n\n{name}\n{lead_in}\n{NARRATION}\n{time}\n{buttons}\n\n{post}\n"
    kept = CLEANER.clean(page).text
    assert buttons not in kept and lead_in not in kept


@pytest.mark.parametrize("post", [
    "Lena M. · 3 hours ago\nSo the council finally noticed the canal. Only took them forty years.\n♥ 12 · Reply",
    # a French clock, "22 h 31", is a byline's time as "10:31 pm" is
    "Rivière_Noire — 02/09/2021, 22 h 31\nLe conseil a enfin vu le canal. Il lui a fallu quarante ans.\nJ'aime 3 · Répondre · Citer",
])
def test_the_buttons_of_one_post_a_story_quotes_stay(post):
    """One post quoted with its byline and buttons, the narration going on under it: its
    buttons stay. Buttons under a post with the next comment's byline under them go."""
    story = f"{STORY}\n\n{post}\n\n{NARRATION}\n"
    assert CLEANER.clean(story).text == story
    next_comment = "Sam · 2 hours ago\nForty-one, if you count the survey."
    kept = CLEANER.clean(f"{STORY}\n\n{STORY}\n\n{post}\n\n{next_comment}\n").text
    assert post.splitlines()[-1] not in kept


# Threads quoted whole by a lesson or a report: a title, then posts (the poster, the post, its
# buttons), then the text's own section under the last post
QUOTED_THREADS = [
    ("Seminar notes: tone in neighbourhood groups",
     "Below is an exchange from a residents' group, copied with the writers' permission.",
     "The exchange", [
         ("Priya S. · 2 March", "Does anyone know why the bins were not collected on Tuesday?", "Like 4 · Reply"),
         ("Tom Baxter · 2 March", "Bank holiday. They come on Wednesday this week.", "Like 19 · Reply"),
         ("Priya S. · 2 March", "Thanks, I had no idea, sorry for the fuss.", "Like 2 · Reply"),
     ], "Questions", "1. Why does Tom's answer get the most likes? Give two reasons.\n"
        "2. Rewrite Priya's last post so it sounds less apologetic."),
    ("Bericht zur Bürgerbeteiligung: Spielplatz am Mühlbach",
     "Die folgenden Beiträge stehen stellvertretend für die häufigsten Meinungen.",
     "Ausgewählte Beiträge", [
         ("Sabine Hartl · 11. April", "Bitte mehr Schatten! Im Sommer ist die Rutsche mittags glühend heiß.",
          "Gefällt mir (58) · Antworten"),
         ("Antwort von Jonas W. · 12. April", "Ein Sonnensegel würde schon reichen, Bäume brauchen zu lange.",
          "Gefällt mir (31) · Antworten"),
     ], "Bewertung der Verwaltung",
     "Die Verwaltung prüft ein Sonnensegel über der Rutsche und pflanzt im Herbst zwei Linden am Rand des Platzes. "
     "Die Kosten trägt der Bezirk."),
    ("Fiche pédagogique : lire un fil de commentaires",
     "Lisez les commentaires publiés sous l'article du journal local, puis répondez aux questions.",
     "Le fil", [
         ("Marc_D · 5 mai", "Encore un parking de supprimé. Bravo la mairie.", "👍 87 · Répondre"),
         ("Léa Fontaine · 5 mai", "Il en reste deux cents à trois minutes à pied, il suffit de lire l'article.",
          "👍 142 · Répondre"),
     ], "À vous",
     "1. Quel commentaire s'appuie sur un fait vérifiable ?\n2. Relevez l'ironie dans le premier commentaire."),
]


@pytest.mark.parametrize("title, lead_in, thread_title, posts, after_title, after", QUOTED_THREADS)
def test_the_buttons_of_each_post_of_a_thread_a_text_quotes_stay(title, lead_in, thread_title, posts, after_title,
                                                                  after):
    """A lesson or a report quoting a thread whole, each post under its poster's line with its
    buttons under it, the text's own section under the last post: every line is the text's,
    with or without blank lines. The same posts ending the text, as a page's comments do, or
    followed by the page's comment form, lose their buttons."""
    thread = "\n\n".join("\n".join(post) for post in posts)
    text = f"{title}\n\n{lead_in}\n\n{thread_title}\n\n{thread}\n\n{after_title}\n{after}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat
    buttons = [post[-1] for post in posts]
    for page in (f"{STORY}\n\n{STORY}\n\n{thread}\n",
                 f"{STORY}\n\n{STORY}\n\n{thread}\n\nLeave a Reply\nComment\nName *\nEmail *\n"):
        kept = CLEANER.clean(page).text
        assert not any(line in kept for line in buttons)


@pytest.mark.parametrize("title, items", [
    ("See also", ("- Snapchat", "- Instagram", "- Reels", "- Ephemeral media")),
    ("Zobacz też", ("* TikTok", "* YouTube", "* Shorts", "* Wideo pionowe")),
    ("Voir aussi", ("- Facebook", "- Google+", "- Skyblog", "- Réseaux sociaux en France")),
])
def test_a_see_also_list_that_opens_with_networks_stays(title, items):
    """An article's "See also" list whose first items are networks' names, the others its
    topics: every item is the list's, with or without blank lines. A share box listed as items
    of networks' names alone, or a post's buttons listed under its byline, still go."""
    text = f"{BEFORE}\n\n{title}\n\n" + "\n".join(items) + f"\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat
    share = f"{BEFORE}\n\n- Facebook\n- Twitter\n- WhatsApp\n- E-mail\n\n{AFTER}\n"
    assert CLEANER.clean(share).text == f"{BEFORE}\n\n{AFTER}\n"
    byline = f"{BEFORE}\n\n- Posted on August 9, 2012 by Anna Berg\n- Print »\n- Email »\n\n{AFTER}\n"
    assert "Email »" not in CLEANER.clean(byline).text


def test_a_product_box_goes_and_a_price_list_stays():
    box = "Cordless drill, 18 V\n$89.99 at Harbour Tools\nBuy now"
    result = CLEANER.clean(f"{BEFORE}\n\n{box}\n\n{AFTER}\n")
    assert "$89.99" not in result.text and "Buy now" not in result.text
    assert "Cordless drill, 18 V" in result.text, "the product's name may be the article's"
    listing = "Lakeside cottage, two bedrooms\n$219,900\nFarmhouse with 98 acres\n$98,000"
    text = f"{BEFORE}\n\n{listing}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, section", [
    ("Add to cart", 'Choose a size first, then press "Add to cart". The little number on the basket goes up by one.'),
    ("In den Warenkorb", 'Wählen Sie zuerst die Größe und klicken Sie dann auf „In den Warenkorb“. Die Zahl am Korb steigt um eins.'),
    ("Ajouter au panier", "Choisissez d'abord la taille, puis cliquez sur « Ajouter au panier ». Le chiffre du panier augmente de un."),
])
def test_a_button_title_its_section_quotes_stays(title, section):
    """A help page's section titled with the button it explains, its text quoting the title word
    for word: the section's own title, with or without blank lines. The same button over a
    product's description that does not quote it still goes."""
    text = f"{BEFORE}\n\n{title}\n\n{section}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat
    shop = f"{BEFORE}\n\n{title}\n\nHand-thrown stoneware mug in a speckled glaze, about 300 ml.\n\n{AFTER}\n"
    assert f"\n{title}\n" not in CLEANER.clean(shop).text


def test_a_button_title_with_a_colon_its_wrapped_section_quotes_stays():
    """The title's colon is no part of the button's name: "Drucken:" over its section, wrapped
    at 72 columns, that quotes „Drucken“."""
    text = (
        "Exportieren:\nÖffne die Notiz, tippe auf ⋯ und wähle „Exportieren“. Du kannst zwischen\nPDF und Textdatei "
        "wählen.\nDrucken:\nTippe auf ⋯ > „Drucken“. Es öffnet sich der Druckdialog deines Geräts,\nin dem du Drucker "
        "und Seitenbereich festlegst.\nTeilen:\nTippe in der Notiz auf das Teilen-Symbol und wähle „Als Kopie senden“.\n"
    )
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("lead_in", [
    "The bakery's website has this main menu at the top of every page:",
    "Die Startseite des Vereins zeigt oben dieses Hauptmenü:",
    "Una clínica veterinaria tiene en su sitio web el siguiente menú principal:",
])
def test_a_menu_a_sentence_of_the_text_quotes_stays(lead_in):
    """A lesson or an exam quotes a site's menu under a sentence of its prose that names it: the
    menu's items are the text's example. A page's own label over its links ("Main menu:") still
    loses them."""
    menu = "Home\nAbout us\nNews\nShop\nContact"
    text = f"{BEFORE}\n\n{lead_in}\n\n{menu}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    label = f"{BEFORE}\n\nMain menu:\n\n{menu}\n\n{AFTER}\n"
    assert "\nHome\n" not in CLEANER.clean(label).text


def test_a_contact_title_opening_its_paragraph_over_a_phone_number_stays():
    """A visitor guide laid out "Title" / "its lines", a blank line between the sections: the
    contact section's title opens its paragraph, the phone number written out in words under it
    and in digits below."""
    text = (
        "Museo della civiltà contadina\n\nOrari\nIl museo è aperto dal martedì alla domenica, dalle dieci alle "
        "diciotto; è chiuso a Natale e a Capodanno.\n\nBiglietti\nL'ingresso costa sei euro, quattro per gli studenti "
        "e i gruppi di almeno dieci persone.\n\n"
        "Come arrivare\nIl museo si trova a due chilometri dal centro, lungo la strada arginale verso il fiume. "
        "Il parcheggio nella corte è gratuito.\n\n"
        "Contattaci\nTelefono: zero tre sette cinque – quattro due uno – sei otto zero\n(0375 421 680)\n"
        "La biglietteria risponde negli orari di apertura; negli altri giorni c'è la segreteria telefonica.\n"
    )
    assert CLEANER.clean(text).text == text


FRIENDS_FAQ = (
    "Friends of the Mill Lane Library\n\nWe raise money for the library and run its Saturday book sale. This page "
    "answers what we are asked most often.\n\n{title}\n{sep}Who are the Friends?\nA group of about ninety residents "
    "who first met in 1991, when the county wanted to close the library on Mondays.\n\nMembership\n{sep}How do I "
    "join?\nFill in the form at the issue desk; the yearly fee is five pounds.\n"
)


@pytest.mark.parametrize("sep", ["\n", ""], ids=["alone", "opening-its-paragraph"])
@pytest.mark.parametrize("title", ["About us", "Über uns", "Chi siamo"])
def test_an_faqs_section_title_over_its_first_question_stays(title, sep):
    """An FAQ's sections, each titled over its first question and the answer, the title alone
    in its paragraph or opening it, with or without blank lines in the text: a site's "About
    us" as an FAQ's section."""
    text = FRIENDS_FAQ.format(title=title, sep=sep)
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat


@pytest.mark.parametrize("line", ["---------- Reply ----------", "----- Répondre -----", "__________ Antwort __________"])
def test_a_reply_between_rules_the_text_draws_stays(line):
    """An e-mail thread's separator, the word between two rules a mail program draws: a page's
    reply button is bare. An ad's label between rules still goes (a newsletter's ad)."""
    text = f"{BEFORE}\n\n{line}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    ad = f"{BEFORE}\n\n----- ADVERTISEMENT -----\n\n{AFTER}\n"
    assert CLEANER.clean(ad).text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("line", ["=back", "@menu", "prev = -1;", "_close", "/* -- search page -- */", "login(1):", "continue()", "* Menu:", "--watch", "free/delete/delete[]:"])
def test_a_line_of_code_or_markup_is_no_button(line):
    text = f"{BEFORE}\n\n{line}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("log", [
    "\n".join(f"PASS: Convert object with zlib to x32 ({n})" for n in (1, 2, 3)),
    "PASS: Build pr26590 (1)\nPASS: Build libpr26590b.so (2)\nPASS: Build pr26590 (2)",
])
def test_a_test_logs_numbered_runs_are_no_list_of_categories(log):
    text = f"{BEFORE}\n\n{log}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    # a widget's categories, each named once, go
    widget = "Desserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)"
    assert CLEANER.clean(f"{BEFORE}\n\n{widget}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_indented_text_is_an_example_and_stays():
    changelog = "2024-05-02 Anna Berg\n\n\t* parse.c (read_line): Delete.\n\tAdd comment.\n\tMore register.\n"
    assert CLEANER.clean(changelog).text == changelog
    session = (
        f"{BEFORE}\n\nHere is what the command prints:\n\n"
        "     $ date\n     Mon Mar 1 00:21:42 UTC 2004\n     $ date +%s\n     1078100502\n"
        "     Reply\n     2004-02-29 16:21:42 -0800\n\n"
        f"{AFTER}\n"
    )
    assert CLEANER.clean(session).text == session
    # the same label not indented goes
    assert CLEANER.clean(f"{BEFORE}\n\nAdd comment\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"
    # and so does a label deep in a page's HTML indentation, which an extractor left in its text
    deep = " " * 28 + "Anzeige"
    assert CLEANER.clean(f"{BEFORE}\n\n{deep}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


# A text with no blank line (an extractor's, one paragraph a line) cut into sections by titles
# over their prose: a title that is a button's word stays; a call or a comment's button between
# the same prose lines goes.
SECTIONS = [
    "Methods\nThe hedgehogs were caught, weighed and fitted with small radio tags in May.",
    "Results\nThe animals walked one and a half kilometres a night on average.",
]
NO_BLANK_LINES = [
    ("Feed", "Hay and a handful of fresh vegetables every day kept the animals fit.", True),
    ("Subscriptions", "Annual subscriptions were due on the first of April, as every year.", True),
    ("Leave a Reply", "Fences without gaps cut the gardens apart, so the walks grew longer.", False),
    ("Delete", "Fences without gaps cut the gardens apart, so the walks grew longer.", False),
]


@pytest.mark.parametrize("title, prose, stays", NO_BLANK_LINES)
def test_a_sections_title_stays_in_a_text_without_blank_lines(title, prose, stays):
    text = "\n".join([BEFORE, *SECTIONS, title, prose]) + "\n"
    kept = CLEANER.clean(text).text
    assert (kept == text) is stays
    if not stays:
        assert kept == text.replace(f"{title}\n", "")


def test_an_ads_word_titles_a_section_only_in_a_text_of_short_sections():
    """An ad's word over a section like the text's other titles stays where the sections are
    short (a leaflet's, a club report's: "Реклама" over the income from banners); between the
    paragraphs of a story's long sections it is an ad slot's label and goes."""
    fences = "Fences without gaps cut the gardens apart, so the walks grew longer."
    leaflet = "\n".join([BEFORE, *SECTIONS, "Advertisement", fences]) + "\n"
    assert CLEANER.clean(leaflet).text == leaflet
    report = (
        "Отчёт шахматного клуба за 2023 год\n\nТурниры\n\nКлуб провёл двенадцать турниров, в которых сыграли "
        "сто сорок шахматистов из города и района.\n\nРеклама\n\nДоход от баннеров местных организаций в "
        "турнирном зале составил сорок шесть тысяч рублей.\n\nФинансы\n\nВзносы членов клуба покрыли аренду "
        "зала и покупку новых часов.\n\nПланы\n\nВ следующем году клуб откроет детскую секцию по субботам.\n"
    )
    assert CLEANER.clean(report).text == report
    story = "\n".join([
        "Methods", BEFORE, AFTER, fences, "Results", BEFORE, AFTER, "Advertisement", fences, BEFORE,
        "Discussion", AFTER, fences, BEFORE,
    ]) + "\n"
    assert "Advertisement" not in CLEANER.clean(story).text


def test_a_glossarys_term_stays_in_a_text_without_blank_lines():
    """One line a term, one its definition, no blank line: where other terms, no furniture,
    stand over their definitions, a button's word is one more term; between two paragraphs of
    a story it is a button."""
    glossary = "Follow\nTo see someone's posts in your feed.\nLike\nA quick way to show approval.\n"
    text = f"{BEFORE}\n{glossary}Share\nTo pass a post on to your own followers.\n"
    assert CLEANER.clean(text).text == text
    story = f"{BEFORE}\nShare\n{AFTER}\n"
    assert CLEANER.clean(story).text == f"{BEFORE}\n{AFTER}\n"


def test_a_call_among_a_glossarys_terms_stays_in_a_text_without_blank_lines():
    """A glossary of a shop's buttons, one line a term, one its definition, no blank line: a
    call ("Add to cart", "Buy now") between the entries of plain terms is one more term; under
    a story's last paragraph it is the page's."""
    glossary = (
        "Abandoned cart\nA cart that a visitor filled but did not check out.\n"
        "Add to cart\nThe main button on a product page, in British shops often \"Add to basket\".\n"
        "Backorder\nAn item you have sold but do not yet have in stock.\n"
        "Buy now\nA button that skips the cart and takes the customer straight to payment.\n"
        "Checkout\nThe pages where the customer enters shipping details and pays.\n"
    )
    text = f"{BEFORE}\n{glossary}"
    assert CLEANER.clean(text).text == text
    story = f"{BEFORE}\n{AFTER}\nBuy now\nA button that skips the cart and takes the customer straight to payment.\n"
    assert "Buy now" not in CLEANER.clean(story).text


def test_an_faqs_questions_cut_a_text_without_blank_lines_into_sections():
    """An FAQ's questions over their answers are its sections' titles: a button's word that
    titles one more section stays; under a story's paragraph alone it goes."""
    faq = (
        "How do I follow a show?\nOpen the show's page and tap the plus sign at the top right.\n"
        "How do I download an episode?\nTap the arrow beside the episode's title to keep it on the phone.\n"
    )
    section = "Feed\nNew episodes appear at the top of your library within an hour of release.\n"
    assert CLEANER.clean(faq + section).text == faq + section
    story = f"{BEFORE}\n{AFTER}\n"
    assert CLEANER.clean(story + section).text == story + section.split("\n", 1)[1]


@pytest.mark.parametrize("title, table", [
    ("Wednesday's relay teams", "Lena Hart (3)\nMaya Brook (1)\nIda Sol (4)\nNora Vale (2)"),
    ("Club ladder after round five", "Northfield (9)\nEastbank (7)\nHillcrest (4)"),
    ("Board seats after the vote", "Harbour Alliance (5)\nGreen List (3)\nIndependents (1)"),
])
def test_a_titled_table_of_names_and_numbers_stays(title, table):
    """A list of names with numbers in brackets, set as a paragraph under its own title, with
    the text going on below it: the text's table (a team, standings, seats), not a widget."""
    text = f"{BEFORE}\n\n{title}\n{table}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    alone = f"{title}\n\n{table}\n\n{AFTER}\n"
    assert CLEANER.clean(alone).text == alone


@pytest.mark.parametrize("widget", [
    "Categories\nDesserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)",  # a widget's title
    "Browse Recipe Categories\nDesserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)",
    "Other Discussion\nDesserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)",  # a forum's threads and replies
    "Archives\n\nMarch 2023 (4)\nFebruary 2023 (9)\nJanuary 2023 (2)",
    "Desserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)",  # no title
    "Cooking\n\nDesserts (12)\n\nDrinks (7)\n\nRecipes (56)\n\nSalads (9)",  # one link a paragraph, as scraped
])
def test_a_widgets_counts_go_under_its_title_or_none(widget):
    kept = CLEANER.clean(f"{BEFORE}\n{AFTER}\n\n{widget}\n\n{AFTER}\n").text
    assert "Desserts" not in kept and "Drinks" not in kept and BEFORE in kept and AFTER in kept


def test_a_titled_list_of_counts_at_the_end_goes():
    """With no sentence of the text below it, a titled list of counts is a page's sidebar."""
    text = f"{BEFORE}\n\n{AFTER}\n\nCooking\nDesserts (12)\nDrinks (7)\nRecipes (56)\nSalads (9)\n"
    assert "Desserts" not in CLEANER.clean(text).text


@pytest.mark.parametrize("question, counter", [
    ("How do I stop my bread from going stale so fast?", "4 replies"),
    ("Wie bekomme ich Rost von meinem Fahrrad?", "2 Antworten"),
])
def test_a_count_of_replies_under_a_short_question_stays(question, counter):
    """On a page that is a thread (a question, a chat message), its count of replies heads the
    answers; under an article's prose the same counter heads the blog's comments."""
    answer = "Keep it in a cloth bag, not in the fridge.\nPosted by Mara, 2 May 2024"
    text = f"{question}\n\n{counter}\n\n{answer}\n"
    assert CLEANER.clean(text).text == text
    article = " ".join([BEFORE, AFTER] * 4)
    kept = CLEANER.clean(f"{article}\n\n{article}\n\n{counter}\n\n{answer}\n").text
    assert counter not in kept and article in kept


LEAFLET = (
    "Opening hours\n\nMonday to Friday, 9 to 17.\nSaturday, 10 to 14.\n\n{title}\n\n{body}\n\n"
    "Getting here\n\nTake the tram to Market Square and walk two minutes towards the river.\n"
)


@pytest.mark.parametrize("title", [
    "Menu", "Podcast", "Home", "Accueil",
    # a site's page a brief names, joined by a noun or the Romance "de" as a call's words are
    "Home page", "Página de inicio", "Plan du site", "Política de privacidad",
    # two names joined as two buttons' words are
    "Suche und Archiv", "Print and share",
    # an ad's word after a possessive: a report's section, where an ad's label is bare
    "Nos partenaires",
])
def test_a_button_word_between_titled_sections_over_prose_stays(title):
    """A text made of titled sections (a leaflet, a manual, a redesign brief): a section's
    title over its prose stays, however like a button its word."""
    body = "Every month the volunteers record a talk with an older neighbour about how the street used to look."
    text = LEAFLET.format(title=title, body=body)
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("question", ["Und bei Instagram und Pinterest?", "And on Facebook?", "¿Y en Instagram?"])
def test_a_question_of_furniture_words_stays(question):
    """A question the text asks over its answer, made of networks' names and connectors: a
    page's buttons ask nothing."""
    text = f"{BEFORE}\n\n{question}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


def test_an_acronym_titles_the_section_that_names_it():
    """A subscribe page's section "RSS" over a paragraph that opens by naming RSS: an acronym of
    three capitals names its topic as a longer word does. Between a story's paragraphs that do
    not name it, "RSS" still goes."""
    text = (
        "Subscribe\n\nWould you like to hear when something new appears here? There are two ways, and neither "
        "needs an account anywhere.\n\nRSS\n\nIf RSS means nothing to you, here is the short version: a feed is a "
        "table of contents of a site that programs fetch for you.\n\nThe address of this feed is /feed.xml, and "
        "most readers find it on their own.\n\n- Only articles: /articles/feed.xml\n- Only notes: /notes/feed.xml"
        "\n\nNewsletter\n\nIf you prefer e-mail, the newsletter comes about once a month with the new articles.\n"
    )
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\nRSS\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_a_name_between_titled_sections_over_a_list_of_fields_stays():
    """A review's section of scores, titled with a vote's word after an article and a possessive
    ("I nostri voti", our scores), each line a label and its value: the title stays."""
    body = "Posizione: 10/10\nCamera: 8/10\nServizio: 7/10"
    text = LEAFLET.format(title="I nostri voti", body=body)
    assert CLEANER.clean(text).text == text


def test_a_box_word_titles_a_list_of_fields_in_a_text_of_titled_sections():
    """A library's yearly review cut into sections, some titled with networks' names: its
    "Newsletter" section's figures, each a label and its value, stay under their title."""
    text = (
        "The library in 2023\n\nVisits\n\nThe reading rooms counted 212,000 visits, eight per cent more than in "
        "2022.\n\nMastodon\n\nThe account was opened in February at the request of several readers.\n\n"
        "Newsletter\n\nSubscribers on 31 December: 3,240 (+298)\nAverage open rate: 49 %\n\nFindings\n\n"
        "Readers come for the events and stay for the quiet rooms upstairs.\n\nOutlook\n\n"
        "The children's corner will move to the ground floor in the spring.\n"
    )
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, body", [
    # a post's share button over its taxonomy, labelled with furniture
    ("Tweet", "Categories: Blogging Sense\nTags: article marketing, backlinks, search engines"),
    # an ad's label is no title, even between titled sections, nor is it after its preposition
    ("Advertisement", "Every month the volunteers record a talk with an older neighbour about how the street used to look."),
    ("De nos partenaires", "Every month the volunteers record a talk with an older neighbour about how the street used to look."),
    # a sidebar's title over a list of links
    ("Archives", "May 2024\nApril 2024\nMarch 2024"),
])
def test_furniture_between_titled_sections_still_goes(title, body):
    kept = CLEANER.clean(LEAFLET.format(title=title, body=body)).text
    assert f"\n{title}\n" not in kept and "Getting here" in kept


# A letter cut into titled sections of several paragraphs each
LETTER = (
    "Dear members,\n\nThe society is moving its meetings from the old school hall to the library, where the "
    "rooms are warmer and the chairs kinder to our backs.\n\nWhat changes\n\nMeetings will start at seven, not "
    "half past, because the library closes at nine.\n\nThe first meeting there will be on the second Tuesday of "
    "March, with a talk on the mills of the valley.\n\n{title}\n\nEvery photograph the society has collected since "
    "1962 will go to the county record office, which has promised to scan them all.\n\nWhat stays the same\n\n"
    "The subscription, the newsletter and the summer outing stay as they are.\n\nWith best wishes,\nJoan Pike\n"
)


@pytest.mark.parametrize("title", ["The archive", "Das Archiv", "Les archives", "Archives"])
def test_a_button_word_after_its_article_titles_a_section_of_several_paragraphs(title):
    """In a letter cut into titled sections, each of several paragraphs, a title that is a
    sidebar's word stays as a section's title, after its article too ("The archive"): an article
    opens a name, where a call's connectors join its words ("Read the archive")."""
    text = LETTER.format(title=title)
    assert CLEANER.clean(text).text == text
    flat = regex.sub(r"\n\n+", "\n", text)
    assert CLEANER.clean(flat).text == flat


@pytest.mark.parametrize("title", ["From the archive", "Aus dem Archiv", "Do arquivo", "Dall'archivio", "Z archiwum"])
def test_a_title_opened_by_a_preposition_titles_a_section(title):
    """A newsletter's section titled with a preposition before a sidebar's word ("From the
    archive") stays as the letter's others do: a preposition or a possessive opens a title,
    where a call opens with its verb ("Leave a Reply", "Share this story")."""
    text = LETTER.format(title=title)
    assert CLEANER.clean(text).text == text
    flat = regex.sub(r"\n\n+", "\n", text)
    assert CLEANER.clean(flat).text == flat


@pytest.mark.parametrize("title", ["Share this story", "On Amazon", "Your Ad Here"])
def test_a_call_opened_by_its_verb_or_a_shops_preposition_still_goes(title):
    kept = CLEANER.clean(LETTER.format(title=title)).text
    assert f"\n{title}\n" not in kept and "What stays the same" in kept


@pytest.mark.parametrize("call, accounts", [
    ("FOLLOW US", "Instagram: @harbourbrassband\nYouTube: Harbour Brass Band Official"),
    ("Síguenos", "- Instagram: @banda.del.puerto\n- Bandcamp: bandadelpuerto.bandcamp.com"),
    ("Słuchaj nas", "Spotify: https://open.spotify.com/show/7xQ2\nApple Podcasts: https://podcasts.apple.com/pl/podcast/id15"),
    # French sets a space before the colon
    ("Écouter", "Spotify : open.spotify.com/artist/4kQm\nBandcamp : fanfare-du-port.bandcamp.com"),
    # a sentence among the accounts
    ("Volg ons", "Instagram: @museumaandewaal\nFacebook: Museum aan de Waal\nDe agenda staat ook elke maand in onze nieuwsbrief."),
])
def test_a_call_to_follow_over_the_texts_own_accounts_stays(call, accounts):
    """A press kit's or show notes' call to follow over its own accounts, each a network, a
    colon and a handle or an address: a follow box prints the networks' names alone."""
    text = f"{BEFORE}\n\n{call}\n\n{accounts}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


SEWING_CIRCLE = (
    "Taller de costura del barrio\n\nDesde hace cinco años, cada martes por la tarde, abrimos el local de la "
    "asociación para quien quiera aprender a coser.\nNo hace falta traer nada: tenemos máquinas, telas e hilos "
    "para todas.\n\n¿Quiénes somos?\n\nSomos tres vecinas del barrio de Gràcia que desde 2019 organizamos talleres "
    "de costura gratuitos para quien quiera aprender.\n\n¿Cómo participar?\n\nBasta con escribirnos o pasar por "
    "el local un martes; las plazas son limitadas a doce personas.\n"
)


@pytest.mark.parametrize("text", [
    SEWING_CIRCLE, SEWING_CIRCLE.replace("\n\n", "\n"), "\n\n".join(SEWING_CIRCLE.replace("\n\n", "\n").splitlines()) + "\n",
], ids=["paragraphs", "no-blank-lines", "double-spaced"])
def test_a_section_title_opened_by_spanish_question_mark_stays(text):
    """"¿Quiénes somos?" (who are we: a site's "About us") over the paragraph that answers it
    titles its section, as "Quiénes somos" does: Spanish opens a question with its mark. The
    same words among a menu's links still go."""
    assert CLEANER.clean(text).text == text
    menu = f"{BEFORE}\n\nInicio\n¿Quiénes somos?\nContacto\n\n{AFTER}\n"
    assert CLEANER.clean(menu).text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("call, box", [
    ("Follow us", "Facebook\nTwitter\nInstagram"),
    ("Follow us", "@harbourbrass on Twitter\nFind the band on Facebook"),
    ("Follow us", "Facebook\nTwitter\nNever miss a story again."),
])
def test_a_follow_or_share_box_over_its_networks_still_goes(call, box):
    kept = CLEANER.clean(f"{BEFORE}\n\n{call}\n\n{box}\n\n{AFTER}\n").text
    assert f"\n{call}\n" not in kept and AFTER in kept


# A walk's report cut into titled sections; its last section's title is the variable
WALK = (
    "Three days on the coast path\n\nWe set off from the harbour on a grey Tuesday with two rucksacks and far too "
    "much cheese.\n\nWhere I stayed\n\nI booked everything about six weeks ahead, which was just about enough for "
    "a September weekend.\n\n- Marloes: a room above the village shop.\n- Newgale: the youth hostel.\n\n"
    "Kit list\n\n- Trail shoes, not boots\n- Two litres of water\n- Far too many ginger nuts\n\n{title}\n\n"
    "{body}\n\nThanks for reading, and tell me how you split up the northern stretch.\n\nRosie x\n"
)
WALK_END = "On the train back I made a list of the sections I want to walk next spring, and it is a long one."


@pytest.mark.parametrize("title", ["Home", "Downloaden", "Télécharger", "Архив"])
def test_a_button_word_over_the_last_section_of_a_sectioned_text_stays(title):
    """The last section of a text cut into titled sections, its title a button's word ("Home",
    "Downloaden") over a sentence: the sections' last heading."""
    text = WALK.format(title=title, body=WALK_END)
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, body", [
    # a share button over a post's closing line is no title
    ("Tweet", "This entry was posted in Astronomy, Planets. Bookmark the permalink."),
    ("Share", WALK_END),
    # a pager's link, over a headline cut short or over prose
    ("Previous", "The new city tram line: what the first month of service taught the planners about th..."),
    ("Previous", WALK_END),
    ("Zurück", WALK_END),
    # an ad's label, a call to subscribe or to comment titles nothing
    ("Advertisement", WALK_END),
    ("Newsletter", WALK_END),
    ("Leave a Reply", WALK_END),
])
def test_furniture_over_the_last_section_still_goes(title, body):
    kept = CLEANER.clean(WALK.format(title=title, body=body)).text
    assert f"\n{title}\n" not in kept and "Kit list" in kept and body in kept


def test_a_button_word_over_the_last_paragraphs_of_an_untitled_post_still_goes():
    """After a post that no titles cut into sections, a menu's "Home" over the last paragraph
    is the page's, not a title."""
    post = ("We set off from the harbour on a grey Tuesday with two rucksacks and far too much cheese.\n\n"
            "The first stretch climbs straight out of the town and never quite comes down again.\n\n"
            "Fog all morning, then a long descent into a cove where we ate lunch on the slipway.\n\nHome\n\n"
            f"{WALK_END}\n")
    assert "\nHome\n" not in CLEANER.clean(post).text


def test_a_sections_title_over_a_lead_in_to_its_list_stays():
    """A help page's section titled "Login" over the sentence that leads in to a list ("You will
    need:"), between titled sections: the lead-in is the section's prose."""
    text = ("Using the online catalogue\n\nThe catalogue lets you search the whole collection, place holds and "
            "renew items from home.\n\nLogin\n\nSelect My Account at the top of any page. You will need:\n\n"
            "- your library card number\n- your four-digit PIN\n\nForgotten your PIN? Ask at any branch and we will "
            "reset it for you.\n\nPlacing a hold\n\nSearch for the title, open its record and choose your branch.\n")
    assert CLEANER.clean(text).text == text


def test_an_faqs_section_titled_with_a_button_word_over_its_first_question_stays():
    """In an FAQ with no blank line, a section's title over its first question and answer
    ("Archive" over "Can I read old local newspapers?") is a section's title, as it is over prose."""
    faq = ("Frequently asked questions\nOur answers to what readers ask most often at the desk of the library.\n"
           "Loans\nHow many books can I borrow at once?\nYou may borrow up to twenty books at a time, for three "
           "weeks each.\nWhat happens if I return a book late?\nWe charge no fines, but your card is paused for a day "
           "per late day.\nArchive\nCan I read old local newspapers?\nYes. The archive of local papers from 1898 to "
           "1995 is in the central library.\nRooms\nCan I book a study room?\nYes, study rooms can be booked for two "
           "hours at a time at the front desk.\n")
    assert CLEANER.clean(faq).text == faq


def test_a_call_between_titled_sections_still_goes():
    kept = CLEANER.clean(LETTER.format(title="Leave a Reply")).text
    assert "Leave a Reply" not in kept and "What stays the same" in kept


def test_a_config_files_sections_named_with_button_words_stay():
    """A program's manual names its configuration file's sections in brackets ("[share]",
    "[print]") among other sections and settings; a button in brackets between a story's
    paragraphs still goes."""
    manual = ("Configuration\n\n[sync]\n\ninterval = 5m\nretries = 3\n\n[share]\n\nControls how a workspace is "
              "shared with other users of the server.\n\n[print]\n\nSettings of the print command, which writes a "
              "summary to standard output.\n")
    assert CLEANER.clean(manual).text == manual
    for button in ("[share]", "[Print]"):
        assert button not in CLEANER.clean(f"{BEFORE}\n\n{button}\n\n{AFTER}\n").text


def test_a_list_of_words_of_many_kinds_of_button_stays():
    """A paragraph of words that are buttons of many kinds (sharing, moving about, pictures,
    signing in): a vocabulary to learn, a style guide's labels. A widget's buttons are of one
    kind or two."""
    words = "Teilen\nDrucken\nSchließen\nWeiter\nZurück\nGalerie\nAnmelden"
    text = f"Lernt diese Wörter bis Montag.\n\n{words}\n\nSchreibt mit jedem Wort einen Satz.\n"
    assert CLEANER.clean(text).text == text
    # its other lists of words stay with it, though of one kind
    others = "Not these\nSubmit\nOkay\nLog in\nLog out"
    guide = f"Our labels\nSave\nShare\nPrint\nHome\nSign in\n\n{others}\n\n{AFTER}\n"
    assert CLEANER.clean(guide).text == guide


@pytest.mark.parametrize("row", [
    "Share\nFacebook\nTwitter\nEmail\nPrint",  # one kind
    "Home\nNext\nShare\nPrint",  # too few to be a list of words
])
def test_a_widgets_buttons_between_paragraphs_still_go(row):
    kept = CLEANER.clean(f"{BEFORE}\n\n{row}\n\n{AFTER}\n").text
    assert "Print" not in kept and BEFORE in kept and AFTER in kept


def test_the_title_of_a_list_the_text_goes_on_to_explain_stays():
    """A manual's list of a screen's items under its title, the prose below naming them."""
    screen = "Main menu\nContinue\nNew Race\nGarage\nQuit"
    prose = "Continue takes you back to your last race. New Race lets you choose a track and a car for it."
    text = f"{BEFORE}\n\n{screen}\n\n{prose}\n"
    assert CLEANER.clean(text).text == text
    # a site's menu, the story below about something else, loses its title
    menu = "Main menu\nHome\nNews\nSport"
    kept = CLEANER.clean(f"{BEFORE}\n\n{menu}\n\n{AFTER}\n").text
    assert "Main menu" not in kept and "Sport" in kept


def test_a_refrain_of_a_button_word_in_a_song_stays():
    """A song's refrain ("Back" / "Back" / "Take me back"), in a text with a stanza: verse."""
    stanza = "Row me, row me\nover the water\nRow me, row me\nback to the quay"
    refrain = "Back\nBack\nTake me back again"
    song = f"The Ferryman's Song\n\n{stanza}\n\n{refrain}\n"
    assert CLEANER.clean(song).text == song
    # with no stanza in the text, the first button goes
    kept = CLEANER.clean(f"{BEFORE}\n\n{refrain}\n\n{AFTER}\n").text
    assert kept.startswith(f"{BEFORE}\n\nBack\nTake me back again")


def test_a_primers_new_words_that_the_story_uses_stay():
    story = "Pip can run.\nRun, Pip, run!\n\nPip runs up the hill.\nPip runs back home."
    new_words = "New words\npip\nrun\nhill\nup\nback\nhome"
    text = f"{story}\n\n{new_words}\n"
    assert CLEANER.clean(text).text == text
    # a menu in lower case whose pages the text does not talk of loses its buttons
    menu = "Menu\nnews\nshop\ncontact\nsearch\nback"
    assert "\nback\n" not in CLEANER.clean(f"{BEFORE}\n\n{menu}\n\n{AFTER}\n").text


def test_a_list_that_answers_the_question_above_it_stays():
    answer = "Which networks do the club's members use?\n\nFacebook\nWhatsApp\nInstagram\n\nMost members use two of them every day.\n"
    assert CLEANER.clean(answer).text == answer
    # under a call to follow, the same row goes
    call = "Want to follow us?\n\nFacebook\nWhatsApp\nInstagram\n\nMost members use two of them every day.\n"
    assert "WhatsApp" not in CLEANER.clean(call).text


def test_a_steps_title_among_other_titled_steps_stays():
    """A guide's steps, each a title over a line of text that lacks its full stop: the title
    stays however like a button its word ("Share", "Print")."""
    steps = (
        "Plum jam\n\nShare\nPour the jam into warm jars and give one to each of your neighbours\n\n"
        "Print\nStick a label on every jar with the date of the day you made it\n"
    )
    assert CLEANER.clean(steps).text == steps
    # an ad's label over such a line goes
    ad = steps.replace("Print\n", "Advertisement\n")
    assert "Advertisement" not in CLEANER.clean(ad).text


def test_a_gallerys_title_over_its_captions_between_titled_sections_stays():
    body = "The bell tower was rebuilt after the fire of 1811 and has stood unchanged since then."
    captions = "The bell tower from the river\nThe west door in winter\nA mosaic of the patron saint"
    page = f"History\n\n{body}\n\nGallery\n\n{captions}\n\nSee also\n\nThe old town hall\n"
    assert CLEANER.clean(page).text == page
    # over a menu's links, a word or two each, the title goes
    menu = "Home\nNews\nEvents"
    kept = CLEANER.clean(f"History\n\n{body}\n\nGallery\n\n{menu}\n\nSee also\n\nThe old town hall\n").text
    assert "Gallery" not in kept


@pytest.mark.parametrize("lead_in, line", [
    ("We can now let the debugger run to the breakpoint, with the continue command:", "continue"),
    ("Zum Schluss drucken Sie die Seite mit dem Befehl Drucken:", "Drucken"),
])
def test_a_lead_in_that_names_the_line_it_introduces_keeps_it(lead_in, line):
    text = f"{BEFORE}\n\n{lead_in}\n\n{line}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    # a widget's lead-in names furniture of its own ("follow us"), and its button goes
    widget = f"{BEFORE}\n\nFollow us on all our channels and {line} reading:\n\n{line}\n\n{AFTER}\n"
    assert line not in CLEANER.clean(widget).text.replace(f"and {line} reading", "")


@pytest.mark.parametrize("title, opening, prose", [
    ("Threads", "Using Threads to Run Code Simultaneously",
     "Most operating systems run a program's code in a process, and the threads of a program run at once."),
    ("Login", "- Endpoint: /me",
     "The login endpoint is not an actual request. It exists so that the command can show the address to visit."),
    ("Abonnement", "Tarifs 2025",
     "L'abonnement annuel donne accès au bassin tous les jours, et il se règle à l'accueil en une seule fois."),
])
def test_a_title_over_a_section_that_opens_with_short_lines_stays(title, opening, prose):
    text = f"{BEFORE}\n\n{title}\n\n{opening}\n\n{prose}\n"
    assert CLEANER.clean(text).text == text
    # over more buttons, the same word is one of them
    buttons = f"{BEFORE}\n\n{title}\n\nShare on Facebook\n\n{prose}\n"
    assert f"\n{title}\n" not in CLEANER.clean(buttons).text


def test_a_tables_rows_laid_out_with_spaces_stay():
    """Runs of spaces collapse before the heuristics read the line (normalize.py), but the rows
    are a paragraph under the table's title, with a sentence below: a titled table."""
    gap = "     "
    rows = "\n".join(f"{name}{gap}{kind}{gap}{digits}{gap}({largest})" for name, kind, digits, largest in (
        ("o or O", "octal", 3, 255), ("x or X", "hexadecimal", 2, 255), ("u", "hexadecimal", 4, 65535)))
    text = f"{BEFORE}\n\nfirst char{gap}mode{gap}max nr\n{rows}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text.split() == text.split()


def test_an_author_widgets_counts_go():
    """Names with numbers in brackets under "Authors" are a blog's posts per author."""
    widget = "Authors\nIda Sol (4)\nJane Hart (12)\nMaya Brook (31)\nTom Vale (7)"
    kept = CLEANER.clean(f"{BEFORE}\n\n{widget}\n\n{AFTER}\n").text
    assert "Maya Brook" not in kept


def test_a_count_of_replies_in_a_posts_byline_goes():
    """Over the article, in its byline, under no prose: a blog's counter, not a thread's."""
    article = " ".join([BEFORE, AFTER] * 2)
    kept = CLEANER.clean(f"Harbour news\n\nPosted by Mara\n\n4 replies\n\n{article}\n\n{article}\n").text
    assert "4 replies" not in kept


def test_a_counter_that_introduces_a_question_stays():
    text = f"{BEFORE}\n\n1 z 10:\nFamiliada: co robią koty?\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\nZdjęcie 1 z 10\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_a_heading_over_its_indented_section_stays():
    page = ("DESCRIPTION\n       dpkg installe, construit, supprime et gère les paquets Debian.\n\n"
            "ACTIONS\n       -i, --install fichier-paquet...\n           Installe le paquet.\n")
    assert CLEANER.clean(page).text == page
    # the same word at the margin over a line at the margin is a button
    assert "ACTIONS" not in CLEANER.clean(f"{BEFORE}\n\nACTIONS\n\n{AFTER}\n").text


@pytest.mark.parametrize("session", [
    ">>> try:\n...     print(1 / 0)\n... except Exception as exc:\n...     raise RuntimeError('bad') from exc",
    "In the loop, each page ends with\n\nprint(total * 2)\n\nand the sum is shown.",
])
def test_an_interpreters_lines_and_a_call_stay(session):
    text = f"{BEFORE}\n\n{session}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text.split() == text.split()


def test_a_markdown_tables_rows_with_a_number_in_brackets_stay():
    table = ("| Format | C Type | Python type | Standard size | Notes |\n|---|---|---|---|---|\n"
             "| h | short | integer | 2 | (2) |\n| H | unsigned short | integer | 2 | (2) |\n"
             "| i | int | integer | 4 | (2) |\n| q | long long | integer | 8 | (2) |")
    text = f"{BEFORE}\n\n{table}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("heading", ["Subscriptions¶", "email¶", "Sharing¶", "6.3.2. Subscriptions", "12.8. DELETE"])
def test_a_headings_permalink_mark_or_section_number_keeps_it(heading):
    text = f"{BEFORE}\n\n{heading}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    # without them, the same word between two paragraphs is a button
    word = heading.rstrip("¶").split()[-1]
    assert CLEANER.clean(f"{BEFORE}\n\n{word}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_the_rest_of_a_wrapped_sentence_stays():
    text = (f"{BEFORE}\n\nVous pouvez monter la première partition de l'image disque de la manière\n"
            f"suivante :\n\n{AFTER}\n")
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("steps", [
    "1. Open the report in your browser.\n2. Open the file menu and click on\n\nPrint\n\n"
    "or press Ctrl and P together.\n3. Pick the printer from the list.",
    "5. Choose the paper size.\n6. When you are ready, click on\n\nPrint\n\nDone.",
    "1. Öffnen Sie die Datei.\n2. Klicken Sie oben rechts auf\n\nSpeichern\n\n"
    "oder drücken Sie Strg und S.\n3. Schließen Sie das Fenster.",
])
def test_a_button_that_ends_the_sentence_above_stays(steps):
    text = f"{BEFORE}\n\n{steps}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("above, button", [
    ("By Jane Doe\nPosted: October 27, 2012 at 12:54 AM", "Print"),  # a byline ends on a time
    ("Follow us on", "Facebook"),  # furniture opens no sentence of the text's
])
def test_a_button_under_a_line_that_opens_no_sentence_goes(above, button):
    text = f"{BEFORE}\n\n{above}\n\n{button}\n\n{AFTER}\n"
    assert button not in CLEANER.clean(text).text


@pytest.mark.parametrize("line, signal", [
    ("pci/0000:01:00.0/nvm-flash: size 10485760 snapshot [] max 1", None),  # a device's address
    ("$ devlink region new pci/0000:01:00.0/device-caps snapshot 1", None),
    ("Anna, 9:37 pm", "time"),
    ("May 3, 2012 at 12:04:05", "time"),
])
def test_a_clock_time_is_not_a_piece_of_an_address(line, signal):
    assert comment_signal(line) == signal


def test_a_label_between_two_lines_of_code_stays():
    text = (f"{BEFORE}\n\n[w1_netlink_cmd cmd = W1_CMD_SEARCH]\n\nreply:\n\n"
            f"[cn_msg, ack = 1, seq is equal to the request seq]\n\n{AFTER}\n")
    assert CLEANER.clean(text).text == text


def test_a_documents_own_timestamp_under_its_title_stays():
    text = f"# The harbour reference\n\n2022-09-28T06:49+00:00\n\nAnna Berg\n\n{BEFORE}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    # between two paragraphs, the same timestamp leaked from the page's markup
    assert CLEANER.clean(f"{BEFORE}\n\n2022-09-28T06:49+00:00\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_reStructuredTexts_literal_block_marks_and_a_trees_branches_stay():
    text = (f"{BEFORE}\n\nmenu::\n\n    menu \"Network device support\"\n\n{AFTER}\n\n"
            "Inode block (4)\n   `- indirect node (1018)\n      `- direct node (1018)\n         `- data (1018)\n")
    assert CLEANER.clean(text).text.split() == text.split()


@pytest.mark.parametrize("example", [
    # a regular expression's compiled program, its deep lines under the example's shallow ones
    "    >|bar)$<         31              tail~ OPEN1 (26)\n" + " " * 36 + "~ BRANCH (28)\n" + " " * 36
    + "~ BRANCH (31)\n" + " " * 36 + "~ CLOSE1 (34)\n                      38      tsdy~ EXACT <x> (EXACT) (1)",
    # a directory listing's nested folders
    "    Projekte/\n" + " " * 24 + "Entwürfe (12)\n" + " " * 24 + "Rechnungen (40)\n" + " " * 24
    + "Fotos (311)\n    Privat/",
])
def test_an_examples_lines_deeper_than_a_page_source_stay(example):
    """Lines indented deeper than an extractor's leftover page source (PREFORMATTED_MAX_INDENT)
    that go on an indented example without a blank line are the example's own (the spaces
    inside a line are collapsed, as everywhere)."""
    text = f"{BEFORE}\n\n{example}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text.split() == text.split()


@pytest.mark.parametrize("screen", [
    "aptitude 0.8.13\n--- Installed Packages (1632)\n--- Not Installed Packages (34446)\n"
    "--- Obsolete and Locally Created Packages (20)\n--- Virtual Packages (4447)\n+----------------------+",
    "aptitude 0.8.13\n--\\ Pacchetti installati (1774)\n  --\\ Va in conflitto (1)\n  --- Sostituisce (1)\n"
    "  --- Pacchetti virtuali (4545)\ni A 0.8.15.10",
])
def test_a_terminal_programs_tree_of_groups_with_counts_stays(screen):
    """A terminal program's screen copied as text: its groups, folded ("---") and unfolded
    ("--\\"), with their counts, are no category widget."""
    text = f"{BEFORE}\n\n{screen}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


def test_a_glossarys_terms_over_their_indented_definitions_stay():
    text = (f"{BEFORE}\n\nGlossary\n========\n\n  Migration\n\t       Movement of a block from one device to the other.\n"
            "  Promotion\n\t       Migration from slow device to fast device.\n\n"
            "  *  Search\n\n     This permits keyrings to be searched and keys to be found.\n")
    assert CLEANER.clean(text).text.split() == text.split()


def test_counts_that_the_text_goes_on_under_are_its_own():
    """A vote's tally or a census's figures with prose right under them: a widget's links end
    at the next widget's title or at the page's end."""
    tally = "Votes\nFor (41)\nAgainst (0)\nAbstained (3)"
    after = "The car park should open in 2028, and the council has put its cost at twelve million pounds."
    text = f"{BEFORE}\n\n{tally}\n\n{after}\n"
    assert CLEANER.clean(text).text == text
    # the minutes' next numbered point under the tally
    text = f"{BEFORE}\n\n{tally}\n\n3. Any other business\n{after}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("field", [
    "Podpis\n..............................", "Email\n____________________",
    # a signature's caption under its line
    "..............................\npodpis", "          ____________________\n          Signature",
])
def test_a_printed_forms_field_beside_its_blank_stays(field):
    text = f"{BEFORE}\n\n{field}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


def test_a_list_of_ad_labels_stays_and_one_label_goes():
    """A lesson lists the labels that mark paid content; an ad slot prints one."""
    labels = "Anzeige\nWerbung\nGesponsert\nPromotion"
    text = f"{BEFORE}\n\n{labels}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\nAnzeige\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_an_ad_label_over_prose_on_advertising_stays_in_a_text_without_blank_lines():
    """One paragraph a line: "Реклама" titles a section on the paper's advertising, which the
    prose under it names; a call ("Post a comment") stays a call whatever follows it."""
    text = (
        "Выпуск 48. Как устроена редакция районной газеты.\n"
        "Реклама\n"
        "Ольга рассказала, что реклама даёт газете около трети дохода, а главный рекламодатель — "
        "местный строительный рынок.\n"
    )
    assert CLEANER.clean(text).text == text


def test_counters_that_number_the_texts_parts_stay_and_a_galleries_go():
    """Every counter from 1 to N with a sentence under each, the last too: a course's lessons.
    A gallery's counters end on its buttons ("Share this gallery")."""
    lessons = "\n\n".join(f"Video {k} of 3\nWe paint a wash of {colour} over the sky." for k, colour in
                          ((1, "blue"), (2, "grey"), (3, "rose")))
    text = f"{BEFORE}\n\n{lessons}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    gallery = "A boat at dawn on the harbour wall.\n\n1 of 2\nNets drying on the quay in the sun.\n\n2 of 2\nShare this gallery"
    kept = CLEANER.clean(f"{BEFORE}\n\n{gallery}\n\n{AFTER}\n").text
    assert "1 of 2" not in kept and "2 of 2" not in kept and "Nets drying" in kept


@pytest.mark.parametrize("label, word, captions", [
    ("Bild", "von", ("Die Fähre legt im Nebel an, 1961.", "Netze trocknen am Kai.", "Der Leuchtturm im Winter, 1979.")),
    ("Фото", "из", ("Трамвай на мосту, 1930-е годы.", "Очередь у кинотеатра, 1958 год.", "Рынок перед Пасхой.")),
])
def test_the_first_parts_of_a_count_a_text_shows_stay(label, word, captions):
    """An exhibition's labels for the first three of its twelve pictures, a caption under each,
    the text saying where the others hang: the counters number its parts. Two counters of a
    gallery's twelve, its buttons under the last, still go."""
    labels = "\n\n".join(f"{label} {k} {word} 12\n{caption}" for k, caption in enumerate(captions, 1))
    text = f"{BEFORE}\n\n{labels}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    two = f"{label} 1 {word} 12\n{captions[0]}\n\n{label} 2 {word} 12\n{captions[1]}"
    kept = CLEANER.clean(f"{BEFORE}\n\n{two}\n\n{AFTER}\n").text
    assert f"{label} 1 {word} 12" not in kept


def test_counters_that_head_entries_of_a_title_and_a_credit_stay():
    """A photo book's entries, each a counter over the picture's title and its credit in one
    paragraph, no sentence among them: the counters head the entries. A scraped gallery's
    counters, each over its one caption, its buttons under the last, still go."""
    titles = ("Harbour Wall", "Nets, Morning", "The Last Ferry", "Winter Quay")
    entries = "\n\n".join(f"Image {k} of 4\n{title}\nPhoto: Ana Ruiz, 1987" for k, title in enumerate(titles, 1))
    text = f"{BEFORE}\n\n{entries}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    scraped = "\n\n".join(f"Image {k} of 4\n{title} at dawn, seen from the lighthouse." for k, title in
                            enumerate(titles[:3], 1))
    kept = CLEANER.clean(f"{BEFORE}\n\n{scraped}\n\nImage 4 of 4\nShare this gallery\n\n{AFTER}\n").text
    assert "Image 1 of 4" not in kept and "Harbour Wall at dawn" in kept


def test_a_paragraph_of_terms_over_their_definitions_keeps_its_button_words():
    """A worksheet's steps, each a verb over what to do, in one paragraph: the entries under
    the first are no buttons either."""
    steps = ("Leer\nLee el poema dos veces, la segunda en voz alta.\nResponder\nResponde a las preguntas de la ficha."
             "\nComentar\nEscribe el comentario en unas trescientas palabras.")
    text = f"{BEFORE}\n\n{steps}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


DEFINITION_LISTS = [
    # a dialog's buttons, each item over the item that describes it (HTML's <dl> as trafilatura
    # writes it: the term and its description both items of one list)
    "- Spin\n- Turns the planet around the line of sight.\n- Zoom\n- Zoom level. Zooms the planet in or out."
    "\n- Delete\n- Deletes the selected preset. Only your own presets can be deleted.",
    # commands in lower case
    "- symlink\n- creates a symbolic link.\n- archive\n- takes a file or directory offline.\n- rmsymlink"
    "\n- removes a symbolic link.",
    "- Verweis\n- legt einen Verweis auf die Datei an.\n- Archiv\n- nimmt die Datei vom Netz.\n- Teilen"
    "\n- gibt die Datei für andere Benutzer frei.",
    "- Reducir\n- Reduce la escala vertical de las muestras.\n- Ampliar\n- Aumenta la escala vertical de las "
    "muestras.\n- Ampliar todo\n- Ajusta las muestras al tamaño del diálogo.",
    # an entry whose description introduces more, then buttons in Italian, nested
    "- Modifica\n- Questo pulsante apre la finestra di modifica:\nLa finestra mostra nove varianti del motivo.\n"
    "  - Apri\n  - Questo pulsante apre un file di parametri salvato prima.\n  - Salva\n"
    "  - Questo pulsante salva i parametri attuali del filtro.",
]


@pytest.mark.parametrize("items", DEFINITION_LISTS)
def test_a_definition_lists_terms_over_their_descriptions_stay(items):
    """A manual's definition list written as one bulleted list, term and description each an
    item: the terms are the dialog's buttons ("Zoom", "Delete", "Archiv", "Salva"), and stay,
    in a text with blank lines and in one without."""
    text = f"{BEFORE}\n\n{items}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = f"{BEFORE}\n{items}\n{AFTER}\n"
    assert CLEANER.clean(flat).text == flat


def test_a_definition_list_in_html_keeps_its_button_words():
    html = (
        "<html><body><article><h1>Little Planet</h1><p>The filter maps the picture onto a small planet seen "
        "from above; its dialog has these options.</p><dl><dt>Spin</dt><dd><p>Spin angle around the camera "
        "axis.</p></dd><dt>Zoom</dt><dd><p>Zoom level. Zooms the planet in or out.</p></dd><dt>Share</dt><dd>"
        "<p>Shares the settings with the other filters of the same family.</p></dd></dl><p>The preview shows "
        "the result as you move the sliders, before the filter is applied.</p></article></body></html>"
    )
    kept = cleaner.clean_html(html)
    assert "- Zoom\n" in kept and "- Share\n" in kept


@pytest.mark.parametrize("items, gone", [
    # a share box's bullets: no item describes the one above it
    ("- Share\n- Tweet\n- Email", ["- Share", "- Tweet", "- Email"]),
    # a lone button over a teaser, no other term described in the list
    ("- Subscribe\n- Get our best stories every week.\n- Share\n- Tweet", ["- Share", "- Tweet"]),
])
def test_a_bulleted_rows_buttons_still_go(items, gone):
    kept = CLEANER.clean(f"{BEFORE}\n\n{items}\n\n{AFTER}\n").text
    assert not any(f"{line}\n" in kept for line in gone)


SHORTCUT_TABLES = [
    "Capturing the screen\n\nPrint\n\nLaunch the screenshot tool.\n\nAlt+Print\n\nTake a screenshot of a window."
    "\n\nShift+Print\n\nTake a screenshot of an area of the screen.",
    "Super+F10\n\nÖffnen Sie das Anwendungsmenü im oberen Panel.\n\nUmschalttaste+F10 oder\n\nMenü\n\n"
    "Das Kontextmenü für die aktuelle Auswahl einblenden.",
    "Ctrl+Inicio\n\nLleva el cursor al principio del documento.\n\nInicio\n\nLleva el cursor al principio de "
    "la línea.\n\nCtrl+Fin\n\nLleva el cursor al final del documento.",
    "ALT + PAGE UP\n\nПерейти на предыдущий слайд без эффектов.\n\nHOME\n\nПереход к первому слайду.\n\n"
    "ALT + PAGE DOWN\n\nПерейти на следующий слайд без эффектов.",
    # a menu's commands beside their keys, whatever their words
    "Ctrl + P\n\nAfdrukken...\n\nCtrl + W\n\nAfbeelding sluiten\n\nShift + Ctrl + W\n\nAlles sluiten (alle afbeeldingen)",
]


@pytest.mark.parametrize("table", SHORTCUT_TABLES)
def test_a_keys_name_in_a_table_of_shortcuts_stays(table):
    """"Print", "Menü", "Inicio" (Home): keys' names beside key combinations, one cell a line."""
    text = f"{BEFORE}\n\n{table}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat


def test_a_button_far_from_any_key_combination_still_goes():
    shortcuts = "Alt+Print\n\nTake a screenshot of a window.\n\nShift+Print\n\nTake a screenshot of an area."
    text = f"{shortcuts}\n\n{BEFORE}\n{AFTER}\n\nPrint\n\n{BEFORE}\n"
    assert "\nPrint\n" not in CLEANER.clean(text).text
    # and a lead-in with its colon is no key's name (beside no line that is a combination alone)
    text = f"{BEFORE}\n\nAlt+Print\n\nShift+Print\n\nTake a screenshot.\n\nPrint:\n\n{AFTER}\n"
    assert "Print:" not in CLEANER.clean(text).text


@pytest.mark.parametrize("lead_in, items", [
    ("The fields in the general stanza of the file are:",
     ["* Source (mandatory)", "* Maintainer (mandatory)", "* Homepage", "* Testsuite", "* Standards-Version"]),
    ("Die Felder des ersten Abschnitts der Datei sind:", ["- Quelle (Pflicht)", "- Betreuer", "- Archiv", "- Version"]),
    ("Les champs de la section générale du fichier sont :", ["- Source (obligatoire)", "- Responsable",
                                                             "- Page d'accueil", "- Architecture"]),
])
def test_a_named_item_of_a_list_a_sentence_introduces_stays(lead_in, items):
    """A format's fields under the sentence that introduces them, "Homepage" and "Archiv"
    among them, one a line or one a paragraph."""
    for joint in ("\n", "\n\n"):
        text = f"{BEFORE}\n\n{lead_in}\n\n{joint.join(items)}\n\n{AFTER}\n"
        assert CLEANER.clean(text).text == text


def test_a_share_boxs_bullets_under_a_lead_in_still_go():
    text = f"{BEFORE}\n\nShare this story with your friends:\n\n* Facebook\n* Twitter\n* Email\n\n{AFTER}\n"
    kept = CLEANER.clean(text).text
    assert "* Facebook" not in kept and "* Email" not in kept


@pytest.mark.parametrize("options", [
    "Mirrors\n\nThe number of mirrored copies of the image.\n\nTrim X\n\nRatio for trimming the mirrors.\n\nExpand"
    "\n\nIt is unclear what the exact effect of this is. It also seems to be relating to scaling.\n\nWrap input"
    "\n\nIf enabled, fills the entire output area.",
    "Spiegel\n\nDie Zahl der gespiegelten Kopien.\n\nGröße\n\nDer Faktor für die Größe der Ausgabe.\n\nTeilen\n\n"
    "Verteilt die Kopien gleichmäßig auf die Fläche, so dass keine Lücken zwischen ihnen bleiben.\n\nRand\n\n"
    "Legt fest, wie der Rand gefüllt wird.",
    "Espejos\n\nEl número de copias reflejadas.\n\nEscala\n\nFactor de escala del resultado.\n\nCompartir\n\n"
    "Reparte los ajustes con los otros filtros de la misma familia, para que todos usen los mismos valores.\n\n"
    "Borde\n\nIndica cómo se rellena el borde.",
])
def test_a_manuals_option_between_options_described_in_one_sentence_stays(options):
    """A manual's options, each a title over the sentence that describes it, as a page's text
    writes a definition list: the short sentence above the button's word is a section's body."""
    text = f"{BEFORE}\n\n{options}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("command, description", [
    ("Close", "Closes the dialog and saves all changes."),
    ("Löschen", "Löscht die gewählte Zeile."),
    ("Открыть", "Открывает выбранные документы."),
    ("Eliminar", "Elimina el elemento seleccionado."),
])
def test_a_command_over_the_sentence_that_says_what_it_does_stays(command, description):
    """A manual's command over a sentence too short for prose that opens with the command's verb."""
    text = f"{BEFORE}\n\n{command}\n\n{description}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, below", [
    ("Newsletter", "Newsletter sign-up is free."),  # the box's title repeated as it is
    ("Subscribe", "Subscribe to our newsletter."),  # a call
    ("Share", "Share this article."),
])
def test_a_boxs_title_over_its_call_still_goes(title, below):
    assert CLEANER.clean(f"{BEFORE}\n{AFTER}\n\n{title}\n\n{below}\n\n{AFTER}\n").text.count(f"\n{title}\n") == 0


@pytest.mark.parametrize("entries", [
    "Rotate\n\nTurns the image by 90 degrees.\n\nPrint\n\nSends the image to the printer.\n\nShare\n\n"
    "Sends the image to a friend by e-mail.",
    "Odśwież\n\nAktualizuje tabelę przestawną.\n\nUsuń\n\nKasuje zaznaczoną tabelę przestawną.\n\nWłaściwości"
    "\n\nOtwiera okno dialogowe tabeli.",
    "Inicio\n\nSeleccione un color para el punto de partida.\n\nFinal\n\nElija un color para el punto de llegada."
    "\n\nPasos\n\nIndique el número de pasos entre los dos colores.",
])
def test_a_run_of_entries_one_a_paragraph_keeps_its_button_words(entries):
    """A manual's buttons or options, each term alone in its paragraph over its one-line
    description: "Zoom In", "Usuń" (Delete), "Inicio" (Home) are its terms."""
    text = f"{BEFORE}\n\n{entries}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("labels", [
    ["Advertisement", "Advertisement", "Advertisement"],  # repeated
    ["Share", "Print", "Email"],  # buttons, no plain term among them
])
def test_labels_between_a_storys_paragraphs_still_go(labels):
    paragraphs = [f"{BEFORE}\n{AFTER}", AFTER, "The minister said the law would be reviewed in two years.", "The end."]
    text = "\n\n".join(part for pair in zip(paragraphs, [*labels, ""]) for part in pair if part) + "\n"
    kept = CLEANER.clean(text).text
    assert not any(f"\n{label}\n" in kept for label in labels)


def test_a_printed_forms_comments_box_and_fields_take_nothing_after_them():
    """A booking form: its "Comments" box, then fields waiting after a colon, then its next
    section in prose. A web page's comment form marks its fields "Name (required)"."""
    form = (
        "Comments\n\nName:\nEmail:\nDate of birth:\nVoice part:\n\nDietary needs\n"
        "Please tell us about any allergies or dietary needs so that the kitchen can plan."
    )
    text = f"{' '.join([BEFORE, AFTER] * 4)}\n\n{form}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("section", [
    # a report's section under the consultation's responses
    "Responses\n\nReceived by 31 July 2026\n214 questionnaires and 38 letters.\n\nReport\n"
    "The officers' report sums up what people said: most preferred stone to concrete for the wall.",
    # an exercise's steps under a text commentary's title
    "Commentaires\n\nLire\nLisez le poème à voix haute.\nRépondre\nRépondez aux questions 1 à 4, "
    "le 12 décembre 2026 au plus tard.\nSignaler\nSignalez dans le texte les verbes au futur.",
    # a grade's table under teachers' dated remarks
    "Kommentare\n\nFrau Roth, 12. März 2026\nDie Gliederung ist klar, die Einleitung könnte "
    "deutlicher sein.\n\nBewertung\nInhalt: 12 Punkte\nForm: 10 Punkte",
    # a section titled with a vote button's word over its own paragraph
    "Reacties\n\nMevrouw De Vries, 3 november 2026\nGraag meer bankjes in de schaduw.\n\nStem\n"
    "Na afloop kon iedereen een sticker plakken bij zijn favoriete ontwerp van het plein.",
    # a programme's session titled "Responses", its entries opening with their times
    "Responses\n\n11:15 First response: Tom Hale, editor\n11:35 Second response: Dr Priya Nair\n"
    "12:30 Lunch\n14:00 Report from the working groups",
])
def test_a_button_word_titling_its_own_topic_is_no_threads_button(section):
    """"Report" over a paragraph on the report, "Répondre" over "Répondez...": a section's or a
    step's title, not a reply button, so no comment section starts at the header above (late
    in the text, under prose enough for a thread)."""
    prose = " ".join([BEFORE, AFTER] * 4)
    text = f"{prose}\n\n{section}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("section", [
    "## Kommentare\n\nFrau Roth, 12. März 2026\nDie Gliederung ist klar, die Einleitung könnte "
    "deutlicher sein.\n\n## Bewertung\nInhalt: 12 Punkte\nForm: 10 Punkte",
    "## Comentarios\n\nLaura Gómez, 18 de noviembre de 2026\nPropone que el taller empiece antes.\n\n"
    "## Votar\nSí: 40 familias\nNo: 3 familias",
    "### Reacties\n\nMevrouw De Vries, 3 november 2026\nGraag meer bankjes in de schaduw.\n\n**Stem**\n"
    "Voor: 12\nTegen: 3",
    # Markdown's and reStructuredText's underlined titles
    "Kommentare\n----------\n\nFrau Roth, 12. März 2026\nDie Gliederung ist klar, die Einleitung könnte "
    "deutlicher sein.\n\nBewertung\n---------\n\nInhalt: 12 Punkte\nForm: 10 Punkte",
    "Komentarze\n==========\n\nPani Nowak, 20 listopada 2026\nProsi o wcześniejsze informacje.\n\nGłosuj\n"
    "======\n\nZa: 14\nPrzeciw: 2",
    # numbered sections, as minutes number them
    "Kommentare\n\nFrau Roth, 12. März 2026\nDie Gliederung ist klar, die Einleitung könnte deutlicher "
    "sein.\n\n4. Bewertung\nInhalt: 12 Punkte\nForm: 10 Punkte",
    # a plain title with its colon over its table
    "Commenti:\n\nProf.ssa Rossi, 10 novembre 2026\nLa classe partecipa volentieri.\n\nVota:\n"
    "Sì: 12 genitori\nNo: 3 genitori",
])
def test_a_markdown_heading_under_dated_remarks_is_no_threads_button(section):
    """A section its author marked as a heading ("## Bewertung", "**Stem**", an underline) under dated
    remarks: the document's next section, not a comment's button, so the remarks' header
    starts no comment section that would take the rest."""
    prose = " ".join([BEFORE, AFTER] * 4)
    text = f"{prose}\n\n{section}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


def test_minutes_with_dated_remarks_keep_their_next_section_in_a_text_without_blank_lines():
    """One paragraph a line: the remarks under "Reacties", then a section titled "Stem" after a
    remark's last sentence. A reply button follows a byline or more buttons."""
    prose = " ".join([BEFORE, AFTER] * 4)
    text = (
        f"{prose}\nReacties\nMevrouw De Vries, 3 november 2026\nGraag meer bankjes in de schaduw.\n"
        "Meneer Bakker, 3 november 2026\nZonder parkeerplaatsen gaan de winkels dicht.\nStem\n"
        "Na afloop kon iedereen een sticker plakken bij zijn favoriete ontwerp van het plein.\n"
        f"Vervolg\n{AFTER}\n"
    )
    kept = CLEANER.clean(text).text
    assert "Graag meer bankjes" in kept and "Na afloop" in kept and kept.endswith(f"Vervolg\n{AFTER}\n")


def test_the_label_of_an_answer_between_its_question_and_the_answer_stays():
    """Minutes' public questions: "Reply" between the question and the council's answer."""
    qa = (
        "Question from Mrs Ann Jones, 7 November 2026\nWhen will the repairs to the harbour wall begin?\n"
        "Reply\nThe contract has been signed and work will start in February."
    )
    text = f"{BEFORE}\n\n{qa}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


# --- a text with no blank line (one paragraph a line: trafilatura's, Common Crawl's WET) --------

FLAT_KEPT_AND_TWIN = [
    # a glossary's run of entries, every term a button's word; one button between two paragraphs
    (
        f"{BEFORE}\nPrint\nSends the open page to the printer.\nSearch\nFinds a word anywhere on the page.\n",
        f"{BEFORE}\nPrint\n{AFTER}\n",
        "Print",
    ),
    # a call that names its section's topic among plain titles; under a thread's header a call
    (
        f"{BEFORE}\nOpening hours\nThe library opens at nine on weekdays.\nJoin the newsletter\n"
        "The newsletter comes out on the first Monday of each month.\n",
        f"{BEFORE}\nComments\nNo comments yet.\nJoin the newsletter\n"
        "The newsletter comes out on the first Monday of each month.\n",
        "Join the newsletter",
    ),
    # a title between two numbered lists; over one list under a story's paragraph, a button
    (
        "Quick guide\nSave\n1. Open the File menu.\n2. Choose a folder.\nPrint\n1. Open the document.\n"
        "2. Press the printer button.\n",
        f"{BEFORE}\nPrint\n1. Open the document.\n2. Press the printer button.\n",
        "Print",
    ),
    # names that answer the question above them; under a call, a row of follow buttons
    (
        f"{BEFORE}\nWhich apps do the pupils use most?\nWhatsApp\nSnapchat\nTwitch\n"
        "These three were named by nine pupils in ten.\n",
        f"{BEFORE}\nWant to follow us?\nWhatsApp\nSnapchat\nTwitch\nThese three were named by nine pupils in ten.\n",
        "WhatsApp",
    ),
    # a list of words of many furniture kinds between two sentences; a pager repeats its words
    (
        f"{BEFORE}\nLearn these words before Friday.\nShare\nPrint\nSubscribe\nNext\nPrevious\nHome\n"
        "Write a sentence with each of them.\n",
        f"{BEFORE}\nShare\nPrint\nSubscribe\nNext\nPrevious\nNext\nPrevious\n{AFTER}\n",
        "Share",
    ),
    # a titled table of names and numbers over the text's next sentence; under a widget's title
    (
        f"{BEFORE}\nClub results after round five\nEastbank (7)\nHillcrest (4)\nNorthfield (9)\nWestgate (2)\nThe final is in June.\n",
        f"{BEFORE}\nCategories\nEastbank (7)\nHillcrest (4)\nNorthfield (9)\nWestgate (2)\nThe final is in June.\n",
        "Eastbank (7)",
    ),
]


def test_a_storys_numbered_parts_stay_in_a_text_without_blank_lines():
    """"Deel 1" and "Deel 2" ("Part", and a share button's word) over prose: the story's parts;
    "Deel 2" alone between two paragraphs is a button with its count."""
    one = "De veerboot vertrok die ochtend te laat, want de kapitein wachtte op een laatste passagier."
    two = "Op het eiland regende het drie dagen lang, en niemand ging verder dan de haven of de bakker."
    text = f"Deel 1\n{one}\nDeel 2\n{two}\n"
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{one}\nDeel 2\n{two}\n").text == f"{one}\n{two}\n"


@pytest.mark.parametrize("layout", ["blank lines", "no blank line"])
def test_a_numbered_section_titled_with_a_button_word_stays(layout):
    """A policy's or a club's rules cut into numbered sections, one titled with a share or an ad
    label's word ("5. Sharing", "4. Реклама"): beside "4." and "6.", a section's title. The same
    word alone between two paragraphs is a button."""
    intro = "When you join the club we ask for:\n- your name and address;\n- an emergency contact."
    sections = [
        ("4. Who we are", "The club is run by volunteers who are elected at the annual meeting in March."),
        ("5. Sharing", "We pass members' names to our insurer and to nobody else, unless the law requires it."),
        ("6. Keeping records", "Records of former members are deleted two years after their membership ends."),
    ]
    joiner = "\n\n" if layout == "blank lines" else "\n"
    text = intro + joiner + joiner.join(f"{title}{joiner}{body}" for title, body in sections) + "\n"
    assert CLEANER.clean(text).text == text
    one, two = sections[0][1], sections[2][1]
    assert CLEANER.clean(f"{intro}{joiner}{one}{joiner}Sharing{joiner}{two}\n").text == f"{intro}{joiner}{one}{joiner}{two}\n"


def test_a_numbered_title_beside_one_over_a_short_task_stays():
    """A lab report template's numbered titles, one over a task too short for prose ("9.
    CONCLUSIE" over "Beantwoord de vraag."), the next over a sentence ("10. DISCUSSIE", a
    comment box's word): with no blank line, the title beside it is a title all the same."""
    text = ("8. BEREKENING\nSchrijf elke stap van de berekening op en geef de eenheden.\n"
            "9. CONCLUSIE\nBeantwoord de vraag. Klopte je voorspelling?\n" + "." * 60 + "\n"
            "10. DISCUSSIE\nNoem de fouten die je bij het meten kon maken en hoe de proef beter kan.\n"
            + "." * 60 + "\n")
    assert CLEANER.clean(text).text == text


def test_a_numbered_title_is_a_section_only_beside_the_next_or_last_number():
    from cleaner.own.titles import _a_numbered_section
    from cleaner.segment import segment

    def blocks(text: str) -> list:
        return segment(text.split("\n"))

    first = "The club is run by volunteers, who are elected at the annual meeting every March."
    below = "We pass the names of our members to our insurer and to nobody else, unless the law asks."
    lone = f"{first}\n\n5. Sharing\n\n{below}\n"
    assert not _a_numbered_section(blocks(lone), 1)
    assert _a_numbered_section(blocks(f"4. Who we are\n\n{lone}"), 2)
    in_a_menu = f"{first}\nAnd more.\n\n4. Who we are\n5. Sharing\n\n{below}\nAnd more.\n"
    assert not _a_numbered_section(blocks(in_a_menu), 3)  # two numbered lines of one paragraph


@pytest.mark.parametrize("title, contact", [
    ("8. Contact", "Passo Certo Ltd.\nEmail: support@passocerto.example\nPhone: +351 220 145 870"),
    ("8. Kontakt", "Bäckerei Lindner GmbH\nHauptstraße 4, 79098 Freiburg\nE-Mail: info@lindner.example"),
])
def test_the_last_numbered_section_over_an_address_stays_without_blank_lines(title, contact):
    """A policy's last numbered section, "8. Contact", over an address in a text without blank
    lines: the section under "7." over its sentence goes on. A menu's numbered links, none over
    prose, still go."""
    text = (f"{BEFORE}\n6. Your rights\nYou may ask us at any time which of your data we keep and why.\n"
            f"7. Minors\nThe app is not meant for children under thirteen years of age.\n{title}\n{contact}\n")
    assert CLEANER.clean(text).text == text
    from cleaner.own.titles import _a_numbered_section
    from cleaner.segment import segment
    menu = f"{BEFORE}\n1. Home\n2. News\n{title}\n{contact}\n"
    assert not _a_numbered_section(segment(menu.split("\n")), 3)


@pytest.mark.parametrize("title, section", [
    ("Log out:", "When you have finished, click Log out at the bottom of the menu."),
    ("• Início", "A página Início mostra os comunicados da administração e as ementas do refeitório."),
    ("Strona główna", "Menu główne zawiera: Strona główna, Katalog, Moje konto i Kontakt."),
])
def test_a_button_title_its_section_names_with_its_capitals_stays(title, section):
    """A help page's section titled with the button it explains, its text naming the button
    with its capitals inside a sentence: the section's title, with blank lines, without, and as
    a line of a paragraph under a sentence. The button over a product's description, or over a
    sentence that names it in lower case, still goes."""
    text = f"{BEFORE}\n\n{title}\n\n{section}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat
    in_its_paragraph = f"{BEFORE}\n{title}\n{section}\n\n{AFTER}\n"
    assert CLEANER.clean(in_its_paragraph).text == in_its_paragraph
    button = title.rstrip(":")
    for below in ("Hand-thrown stoneware mug in a speckled glaze, about 300 ml.", section.replace(button.lstrip("• "), button.lstrip("• ").lower())):
        assert f"\n{button}\n" not in CLEANER.clean(f"{BEFORE}\n\n{button}\n\n{below}\n\n{AFTER}\n").text


INTERFACE_GLOSSARY = """Schnittstellen-Glossar für die App „Mitfahren“

Die folgenden Begriffe werden in der ganzen Oberfläche einheitlich übersetzt.

Sign in
Anmelden
Nicht „Einloggen“ verwenden.

Log out
Abmelden

Share
Teilen

Ride
Fahrt

Search
Suchen
Im Suchfeld als Platzhalter „Ort suchen“.

Booking
Buchung

Driver
Fahrer
"""


def test_an_interface_glossary_one_entry_a_paragraph_stays():
    """Entries of a term over its translation, one a short paragraph, many of them button
    words: a run of six or more such paragraphs, at most half of their lines furniture."""
    assert CLEANER.clean(INTERFACE_GLOSSARY).text == INTERFACE_GLOSSARY


def test_a_footer_of_link_groups_is_no_glossary():
    """Short paragraphs of links under a story, nearly all furniture: they still go."""
    groups = ("Share this:\nFacebook\nTwitter\n\nFollow us\nInstagram\nYouTube\n\nNewsletter\nSubscribe\n\n"
              "Account\nSign in\nRegister\n\nFollow our reporters\nTwitter\n\nShare\nEmail\nPrint\n")
    result = CLEANER.clean(f"{STORY}\n\n{STORY}\n\n{groups}")
    for line in ("Facebook", "Instagram", "Subscribe", "Sign in", "Print"):
        assert line not in result.text


CLUB_RULES = """Hausordnung des Schachvereins Springer

Training

Wir trainieren jeden Dienstag ab 19 Uhr im Gemeindesaal, Jugendliche ab 17 Uhr.

Turniere

Die Vereinsmeisterschaft beginnt im Oktober und wird mit sieben Runden im Schweizer System gespielt.

Beiträge

Der Jahresbeitrag beträgt 60 Euro, für Schüler und Studenten 30 Euro, fällig im Januar.

Kontakt

Vorsitzende: Anna Berger
vorstand@schach-springer.example
"""


def test_a_contact_section_over_a_name_and_an_e_mail_address_stays_in_a_sectioned_text():
    """The last section of a club's rules, "Kontakt" over its chair and her address; a footer's
    "Contact us" (a call) over a desk's address still goes."""
    assert CLEANER.clean(CLUB_RULES).text == CLUB_RULES
    footer = f"{STORY}\n\n{STORY}\n\nContact us\n\nContact the business editor\nbusiness@paper.example\n"
    assert "Contact us" not in CLEANER.clean(footer).text


GUIDE = """Apply for a parking permit

Who can apply

You can apply if you live in a permit zone and your car is registered at your address.

Fees

A permit costs 85 pounds a year, or 45 pounds for an electric car.

After you apply

We will post the permit to you within ten working days of receiving your payment.

{contact}

Parking Services
Phone: 020 7946 0588 (Monday to Friday, 9am to 5pm)
Email: parking@council.example.gov.uk
"""


def test_a_guides_contact_section_titled_with_a_call_under_its_prose_stays():
    """A guide cut into titled sections whose last one, "Contact us", stands under the text's
    prose over its team, phone and e-mail: the section's title, though a call. Under a share
    box's buttons (a page's footer) it still goes."""
    text = GUIDE.format(contact="Contact us")
    assert CLEANER.clean(text).text == text
    footer = GUIDE.format(contact="Share\nTwitter\nFacebook\n\nContact us")
    assert "Contact us" not in CLEANER.clean(footer).text


def test_a_networks_section_of_statistics_with_their_changes_stays():
    """A museum's monthly report on its accounts, each network's name over its figures and how
    they changed ("Followers: 12,480 (+3%)"): the names title its sections. A follow box's counts
    carry no change, and its name over them between a story's paragraphs still goes."""
    summary = "March was our strongest month since the reopening of the East Gallery last autumn, thanks to the reels."
    outlook = "In April we will test a weekly question box and report whether it moves the comment figures."
    report = (
        f"Summary\n\n{summary}\n\nInstagram\n\nFollowers: 12,480 (+3%)\nLikes: 18,902 (+11%)\nComments: 614 (-4%)\n\n"
        "Facebook\n\nFollowers: 9,815 (+0.4%)\nLikes: 4,127 (-6%)\nShares: 388 (+2%)\n\n"
        f"Outlook\n\n{outlook}\n"
    )
    assert CLEANER.clean(report).text == report
    box = f"{BEFORE}\n\nInstagram\n\nFollowers: 12,480\nLikes: 18,902\n\n{AFTER}\n"
    assert "Instagram" not in CLEANER.clean(box).text


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_contact_section_over_a_street_and_its_town_stays_in_a_sectioned_text(joiner):
    """A campsite's practical information cut into sections titled with a colon ("Säsong:",
    "Bokning:"), its last "Kontakt:" over a street and its town with no postcode, its opening
    hours and its manager: the section's title, with or without blank lines. A footer's
    "Contact us" over a desk's address, under no titled sections, still goes."""
    sections = [
        ("Säsong:", "Vi har öppet från midsommar till slutet av augusti, resten av året är grinden stängd."),
        ("Bokning:", "Stugorna bokas per vecka, lördag till lördag, och tältplatser bokas inte i förväg."),
        ("Husdjur:", "Hundar är välkomna men ska vara kopplade inne på området och får inte bada vid stranden."),
    ]
    contact = "Kontakt:\nBjörkuddsvägen 4, Rättvik.\nReceptionen är bemannad kl. 8–11 och 16–20.\nFöreståndare: Gunilla Persson."
    text = joiner.join(f"{title}\n{body}" for title, body in sections) + f"{joiner}{contact}\n"
    assert CLEANER.clean(text).text == text
    footer = f"{STORY}\n\n{STORY}\n\nContact us\n\nHarbour Street 4, Portree.\n"
    assert "Contact us" not in CLEANER.clean(footer).text


@pytest.mark.parametrize("title, endpoint", [("Login", "POST /login"), ("Search", "GET /search?q=...")])
def test_an_api_references_endpoint_and_its_title_stay(title, endpoint):
    """An API reference's section on an endpoint named with a button's word ("Login" over "POST
    /login" over its parameters): the title and the request are the reference's."""
    text = (f"{BEFORE}\n\n{title}\n{endpoint}\nParameters: email, password and the site's id.\n"
            f"Response 200: a token, its expiry time and the user.\n\n{AFTER}\n")
    assert CLEANER.clean(text).text == text


def test_sections_numbered_with_a_paragraph_sign_stay():
    rules = """Regulamin klubu biegowego

§ 1. O nas

Klub zrzesza biegaczy amatorów z osiedla i spotyka się trzy razy w tygodniu przy stadionie.

§ 2. Członkostwo

Członkiem klubu może zostać każda osoba pełnoletnia, która opłaci roczną składkę członkowską.

§ 3. Galeria

Zdjęcia z biegów publikujemy w albumie klubu tylko za zgodą osób, które na nich widać.
"""
    assert CLEANER.clean(rules).text == rules


def test_a_message_the_text_quotes_stays():
    """A comment system's message in quotation marks, under the sentence that introduces it, or
    as a line of a manual's list of messages: the text quotes it, where a widget prints it bare."""
    introduced = (f"{STORY}\n\nA new visitor's first comment is held, and the visitor sees a notice:\n\n"
                  "\"Your comment is awaiting moderation.\"\n\nOther readers do not see the comment until then.\n")
    assert CLEANER.clean(introduced).text == introduced
    listed = f"{STORY}\n\"Sign in to your account\"\nYour session has expired, so sign in again to sync your library.\n"
    assert CLEANER.clean(listed).text == listed
    bare = f"{STORY}\n\nYour comment is awaiting moderation.\n"
    assert "awaiting" not in CLEANER.clean(bare).text


def test_a_blogs_section_on_how_to_subscribe_stays():
    """"Subscribe" over the author's paragraph naming the e-mail and the feed the posts come by;
    a subscribe button over the story's next paragraph still goes."""
    how = ("Readers ask how to keep up without checking the site: every new post comes by email if you "
           "sign up at the foot of the home page, and the RSS feed is at the usual address.")
    text = f"{STORY}\n\nSubscribe\n\n{how}\n"
    assert CLEANER.clean(text).text == text
    assert "Subscribe" not in CLEANER.clean(f"{STORY}\n\nSubscribe\n\n{STORY}\n").text


def test_a_title_over_the_sentence_that_introduces_its_list_stays():
    """"Archivio" over "Per chi volesse recuperare le puntate precedenti:" and its list: a
    section's title; a share box's title over "Share this story with your friends:" still goes."""
    archive = ("Archivio\n\nPer chi volesse recuperare le puntate precedenti di questa rubrica:\n\n"
               "Cosa ho letto a luglio\nCosa ho letto a giugno\nI libri dell'estate\n")
    assert CLEANER.clean(f"{STORY}\n\n{archive}").text == f"{STORY}\n\n{archive}"
    share = "Share\n\nShare this story with your friends:\n\nFacebook\nTwitter\n"
    assert "Facebook" not in CLEANER.clean(f"{STORY}\n\n{share}\n\n{STORY}\n").text


def test_a_networks_name_over_a_call_that_names_it_is_no_guides_title():
    """A sidebar's "Google+" over "And, you can find me on Google+": a network's name has its
    capital wherever it stands, so its section naming it is no sign of a guide's button; a
    button's word ("Print", "Imprimir") so named is."""
    from cleaner.own.marks import _quoted_by_its_section
    from cleaner.segment import segment

    network = segment(f"{BEFORE}\n\nGoogle+\n\nAnd, you can find me on Google+\n\n{AFTER}".split("\n"))
    assert not _quoted_by_its_section(network, 1)
    for title, section in (("Print:", "Select Print to print your receipt."),
                           ("Imprimir:", "Vaya a «Calificaciones > Boletines», elija la evaluación y pulse Imprimir.")):
        button = segment(f"{BEFORE}\n\n{title}\n\n{section}\n\n{AFTER}".split("\n"))
        assert _quoted_by_its_section(button, 1)


@pytest.mark.parametrize("title, lead_in, items", [
    ("Het menu", "Bovenaan elke pagina vind je:", ("– Home", "– Routes", "– Uitrusting", "– Over mij")),
    ("Menü", "Az oldal tetején ezeket a menüpontokat látod:", ("– Kezdőlap", "– Kerti naptár", "– Zöldségek")),
])
def test_a_menus_title_over_the_sentence_that_introduces_it_stays(title, lead_in, items):
    """A blog's "Start here" page titles its section on the menu with the menu's word, a name
    after its article or bare, over the sentence that introduces the menu's items: the
    section's title, alone in its paragraph or as a line of a paragraph under a sentence. A
    menu's label over a call naming furniture ("Follow us on social media:") still goes."""
    listed = "\n".join(items)
    text = f"{STORY}\n\n{title}\n\n{lead_in}\n{listed}\n\n{STORY}\n"
    assert CLEANER.clean(text).text == text
    in_a_paragraph = f"{STORY}\n\n{NARRATION}\n{title}\n{lead_in}\n{listed}\n\n{STORY}\n"
    assert CLEANER.clean(in_a_paragraph).text == in_a_paragraph
    call = f"{STORY}\n\n{title}\n\nFollow us on social media:\n\n{STORY}\n"
    assert f"\n{title}\n" not in CLEANER.clean(call).text


def test_a_transcripts_last_line_a_direction_in_brackets_stays():
    """A radio show's transcript ends on its break, "(PUBLICIDAD)" under the presenter's last
    speech: a direction, set in brackets as directions are. An ad's bare label under the last
    speech still goes."""
    speeches = ("MARISA: Buenos días, Tudela, seguimos con vuestros mensajes de las fiestas.\n\n"
                "JAVI: El primero es de Lucía, que escribe desde la plaza de los Fueros.\n\n"
                "MARISA: Uno más antes de la pausa, el de Fermín, desde Murchante.\n\n"
                "JAVI: Volvemos en tres minutos. No os mováis.")
    text = f"{speeches}\n\n(PUBLICIDAD)\n"
    assert CLEANER.clean(text).text == text
    assert "Publicidad" not in CLEANER.clean(f"{speeches}\n\nPublicidad\n").text


def test_a_title_its_lead_in_says_again_stays():
    """A newsletter's anniversary issue titles its list of most-read pieces "Meest gelezen"
    (most read) over the sentence that introduces them and says the title's words again, in a
    text without blank lines: the section's title. The same title over a call to another box
    ("Volg ons op:") still goes."""
    items = "De brug die niemand wilde\nTien jaar fietsen door de polder\nHet laatste veer van Kampen"
    text = (f"{STORY}\nMeest gelezen\nVoor wie net is ingestapt, hier de drie meest gelezen stukken uit tien jaar:\n"
            f"{items}\n{STORY}\n")
    assert CLEANER.clean(text).text == text
    call = f"{STORY}\nMeest gelezen\nVolg ons op:\nFacebook\nInstagram\n{STORY}\n"
    assert "Meest gelezen" not in CLEANER.clean(call).text


def test_a_plays_stage_direction_between_speeches_stays():
    """"Pause" between two speeches of speakers who speak again: a stage direction. A paper's
    "METHODS:" and "RESULTS:" open one paragraph each: an ad's label between them still goes."""
    play = ("DORIS. It says tea on the button, and it gives you something brown and hot.\n\n"
            "ALAN. Board says the eleven fifty is delayed again, by another twenty minutes.\n\nPause\n\n"
            "DORIS. She would have hated this, a funeral in November with everyone standing in the wet.\n\n"
            "ALAN. I have had work in the morning for thirty-eight years, and it will keep for one day.\n")
    assert CLEANER.clean(play).text == play
    paper = ("METHODS: Forty patients were treated with the new dressing and forty with the standard one.\n\n"
             "Advertisement\n\nRESULTS: Wounds treated with the new dressing closed eleven days sooner.\n")
    assert "Advertisement" not in CLEANER.clean(paper).text


def test_the_last_line_of_a_speech_under_its_speakers_name_stays():
    """A play that sets each speaker's name in capitals on its own line over the speech: a
    speech's last word after a stage direction ("Next!", "Suivant !") is the character's, while
    a thread's "LOL" over a comment, said once, makes no play."""
    play = ("HAROLD\n(to the queue)\nOne at a time, please.\n\nMARGARET\nHe says that every morning.\n\n"
            "HAROLD\n(stamping the form)\nThere you are, madam.\nNext!\n\nMARGARET\nAnd every evening.\n")
    assert CLEANER.clean(play).text == play
    piece = ("GÉRARD\nJ'ai cliqué sur le bouton vert !\n\nMADELEINE\nMontez-le, c'est la chambre au fond.\n\n"
             "GÉRARD\n(seul, lisant la tablette)\nMerci pour votre commande.\nSuivant !\n\n"
             "MADELEINE\nIl ne reste que le couloir.\n")
    assert CLEANER.clean(piece).text == piece
    thread = (f"{STORY}\n\nLOL\nI thought everyone did this with their dues.\nReply\n\n"
              f"OMG\nSame here, every single month of the season.\nReply\n")
    assert "Reply" not in CLEANER.clean(thread).text


def test_the_next_item_of_a_numbered_list_stays():
    """"4. Podcast!" after "3. ..." is the list's last step, whatever its word; a numbered line
    whose item above is a button too is a menu's."""
    steps = ("Here is how it works:\n\n1. I post the text on my blog, where people can comment.\n"
             "2. I point to it from the newsletter, and the word spreads.\n"
             "3. We find someone who can turn the recording into a feed.\n4. Podcast!\n")
    assert CLEANER.clean(steps).text == steps
    german = ("So geht es:\n\n1. Öffnen Sie die Datei mit dem Rezept.\n2. Wählen Sie oben rechts das Menü.\n"
              "3. Drucken\n")
    assert CLEANER.clean(german).text == german


@pytest.mark.parametrize("posting", [
    "JOB: reporter at the Valley Gazette\nThe Valley Gazette, Riverton\nApplications close on 14 February 2025.\n"
    "About us\nThe Valley Gazette has covered the valley since 1991: weekly in print, daily online. Five people work "
    "in its newsroom.\nDuties\n- three or four stories a week\n- trips around the district\nRequirements\n"
    "- good written English\n- a driving licence\n",
    "STELLE: Redakteurin beim Talboten\nDer Talbote, Lindau\nBewerbungen bitte bis zum 14. Februar 2025.\nÜber uns\n"
    "Der Talbote berichtet seit 1991 über das Tal: wöchentlich gedruckt, täglich im Netz. In der Redaktion arbeiten "
    "fünf Leute.\nAufgaben\n- drei bis vier Artikel pro Woche\n- Termine im Landkreis\nAnforderungen\n"
    "- sicheres Deutsch\n- ein Führerschein\n",
])
def test_a_section_title_over_prose_stays_where_others_title_lists(posting):
    """In a text without blank lines, a job posting's "About us" over its paragraph is a title
    like "Duties" and "Requirements" over their bulleted lists: sections may be lists. A
    sidebar's title over links that are furniture cuts no text into sections."""
    assert CLEANER.clean(posting).text == posting
    sidebar = f"{STORY}\nAbout us\n{STORY}\nFollow\n- Twitter\n- Facebook\nArchives\n- Share\n- RSS\n"
    assert "About us" not in CLEANER.clean(sidebar).text


def test_a_list_one_a_line_under_the_sentence_that_introduces_it_stays():
    """Minutes that quote the menu a board approves, in a text without blank lines: its
    "Home" and "Contact" are items of the list the sentence introduces, most of them no
    furniture. A call's lead-in over a feed's links ("Don't be chicken, subscribe:") is a
    widget's."""
    minutes = ('Anna De Luca osserva che le voci "Dove dormire" e "Dove mangiare" rischiano di essere quasi vuote, e '
               'propone di unirle sotto la voce "Ospitalità".\nDopo breve discussione il Consiglio approva, con 6 voti '
               "favorevoli e 1 astenuto (Gallo), la seguente struttura definitiva:\nHome\nChi siamo\nEventi\nTerritorio\n"
               "Ospitalità\nDiventa socio\nContatti\nPer il piè di pagina il segretario ricorda che devono comparire la "
               "denominazione completa e il codice fiscale.\n")
    assert CLEANER.clean(minutes).text == minutes
    widget = f"{STORY}\n\nDon't be chicken, subscribe:\n\nPosts\nAtom\nPosts\nComments\nAtom\nComments\n\n{STORY}\n"
    assert "Atom" in [removal.text for removal in CLEANER.clean(widget).removals]


def test_a_refrain_of_short_lines_closing_each_stanza_stays():
    """A children's rhyme whose stanzas each end on the same three exclamations ("Up!" /
    "Back!" / "More!"): stanzas with a refrain. A menu's short links end in no mark."""
    stanza = "Up!\nBack!\nMore!\n"
    rhyme = (f"Under the lime tree in the yard\nthe old swing creaks and sings,\nmy sister and I ran out at dawn\n"
             f"and sat like queens and kings.\n{stanza}\nDaddy, daddy, push us higher,\nright up to the sky,\n"
             f"so from the very topmost point\nthe whole town passes by!\n{stanza}")
    assert CLEANER.clean(rhyme).text == rhyme


@pytest.mark.parametrize("log", [
    "## Monday 10 June\n\nShore day. Gareth and Priya walked out to the head; Tom and I did the shopping.\nBack\n"
    "19:10 — All crew aboard. Water tanks filled, 60 litres. — by Gareth\n\n## Tuesday 11 June\n\n"
    "06:30 — Weighed anchor in a light breeze from the west.\n",
    "14.03.2024, godz. 10:05 — wpis: Katarzyna Wójcik\nPlik obudowa_C_v3.3mf, warstwa 0,2 mm, wypełnienie 25 %.\n"
    "Drukuj\nStart 10:07, szacowany czas 5 h 40 min.\n\n14.03.2024, godz. 15:55 — wpis: Michał Zieliński\n"
    "Wydruk zakończony. Odklejanie od stołu bez problemów.\n",
])
def test_a_word_between_the_lines_of_a_logs_stamped_entry_stays(log):
    """A ship's log's "Back" and a lab's "Drukuj" (print) between the lines of an entry that a
    date or a clock time opens: the log's own words. A button between a story's sentences,
    under no stamp, still goes."""
    assert CLEANER.clean(log).text == log
    story = ("The council met on Monday and approved the budget.\nTweet\nThe bridge will open next spring, the "
             "mayor said.\n")
    assert "Tweet" not in CLEANER.clean(story).text


def test_a_shout_closing_the_last_chorus_of_a_song_with_labelled_stanzas_stays():
    """A campfire song whose stanzas stand under their labels ("Verse 1", "Chorus:") and whose
    last chorus ends on the shout "Home!": a stanza's refrain."""
    song = ("Verse 1\nWe packed our bread and packed our beans,\nWe packed the map we'd never read,\n"
            "We climbed until the pines were black\nAnd the moon was hanging overhead.\n\n"
            "Chorus:\nHold the lantern, hold it high,\nLet it swing against the sky,\nSomeone's walking home "
            "tonight,\nHold the lantern, give them light.\n\nVerse 2\nThe embers go from red to grey,\n"
            "The owl calls from the wood,\nAnd if we never climb again\nWe'll say the climb was good.\n\n"
            "Hold the lantern, hold it high,\nLet it swing against the sky,\nEverybody's walking home tonight,\n"
            "Hold the lantern, give them light.\nHome!\n")
    assert CLEANER.clean(song).text == song


@pytest.mark.parametrize("footer", ["Advertise | AdChoices", "About us\nAdvertise\nCareers\nContact us"])
def test_a_sites_advertise_link_between_paragraphs_goes(footer):
    """"Advertise" names a site's own page, as "Contact us" does: its link in a footer between
    a story's paragraphs goes; a media kit's section of that name over its prose stays."""
    assert "Advertise" not in CLEANER.clean(f"{STORY}\n\n{footer}\n\n{STORY}\n").text
    kit = ("Advertise with us\n\nThe Valley Gazette reaches 12,000 readers a week in print and online. "
           "A quarter-page advertisement costs £120, and we offer discounts to local charities.\n")
    assert CLEANER.clean(kit).text == kit


@pytest.mark.parametrize("paragraph", [
    "In den letzten zwei Jahren sah es anders aus. Auf einen echten Kommentar kamen vierzig Spam-Kommentare. "
    "Der Filter hat die meisten erwischt, aber nicht alle. Dazu kam ein Plugin, das im Cookie-Hinweis erwähnt "
    "werden musste.",
    "Last winter the comments got out of hand. Every real comment came with forty spam ones. The filter caught "
    "most of them. Worse, the plugin had to be listed in our cookie settings page.",
])
def test_a_paragraph_that_names_a_banner_after_its_first_sentences_stays(paragraph):
    """A paragraph of prose that names the cookie notice in its fourth sentence is the writer's;
    a banner says it uses cookies first."""
    text = f"{STORY}\n\n{paragraph}\n\n{STORY}\n"
    assert CLEANER.clean(text).text == text
    banner = ("We use cookies to give you the best experience. Some are needed for the site to work. "
              "You can change your cookie settings at any time.")
    assert banner not in CLEANER.clean(f"{STORY}\n\n{banner}\n\n{STORY}\n").text


def test_a_poems_title_said_again_as_its_last_line_stays():
    poem = ("Teilen\n\nMeine Großmutter teilte das Brot\nmit dem Messer zur Brust hin,\n"
            "wie man es nicht soll.\n\nDann saß ich in der Küche\nund machte kein Foto.\n\nTeilen\n")
    assert CLEANER.clean(poem).text == poem


# --- a manual's commands: the signs found on LibreOffice's and GIMP's help pages ----------------

MANUAL_KEPT_AND_TWIN = [
    # a wizard's buttons, each over what it does, one a line in a paragraph that opens with
    # another kind of line, in a text with blank lines; a gallery's buttons over its caption
    # said again are no glossary
    (
        f"{BEFORE}\n\nМастер создаёт файл базы данных за два шага.\nОтмена\nЗакрывает диалог без сохранения "
        "изменений.\nНазад\nВозвращает к выбору, сделанному на предыдущем шаге.\nДалее\nПереходит к следующему "
        f"шагу мастера.\n\n{AFTER}\n",
        f"{BEFORE}\n\nInside the old palace museum\nView Photos\nThe palace houses the finest mosaics of the coast.\n"
        f"Caption\nThe palace houses the finest mosaics of the coast.\n\n{AFTER}\n",
        "Caption",
    ),
    (
        f"{BEFORE}\n\nDer Assistent führt in drei Schritten durch die Einrichtung.\nAbbrechen\nSchließt den Dialog, "
        "ohne die Änderungen zu speichern.\nZurück\nZeigt die Auswahl des vorigen Schritts an.\nWeiter\nÜbernimmt "
        f"die Einstellungen und geht zum nächsten Schritt.\n\n{AFTER}\n",
        f"{BEFORE}\n\nZurück\n\n{AFTER}\n",
        "Zurück",
    ),
    # a dialog's buttons under the sentence that introduces them, each a paragraph over its
    # description; a lead-in over buttons that are all furniture, between a story's paragraphs
    (
        "There are three buttons at the bottom of the dialog:\n\nZoom Out\n\nClicking this button shrinks the "
        "gradient display.\n\nZoom In\n\nClicking this button expands the gradient display.\n\nZoom All\n\n"
        "Clicking this button fits the display into the window.\n",
        f"{BEFORE}\n{AFTER}\n\nYou can follow this story on the sites below:\n\nTwitter\n\n{AFTER}\n\nFacebook\n\n{BEFORE}\n",
        "Facebook",
    ),
    (
        "Unten im Dialog gibt es zwei Knöpfe für die Ansicht:\n\nVerkleinern\n\nMit diesem Knopf wird die Anzeige "
        "schmaler.\n\nVergrößern\n\nMit diesem Knopf wird die Anzeige breiter.\n",
        f"{BEFORE}\nVergrößern\n{AFTER}\n",
        "Vergrößern",
    ),
    # a command's icon, its label said again under the command's description; a thread's
    # button under each of three comments
    (
        "Schriftarten ersetzen\n\nÜbernehmen\n\nWendet die Ersetzung an.\n\nLöschen\n\nEin Klick löscht das gewählte "
        "Schriftpaar aus der Liste.\n\nLöschen\n\nSchriften für HTML-Quelltexte\n\nWählen Sie die Schrift für "
        "die Anzeige der Quelltexte.\n",
        f"{BEFORE}\n\nReply\n\nThanks for the clear write-up of the vote.\n\nReply\n\nI was at the session and agree "
        f"with every word.\n\nReply\n\n{AFTER}\n",
        "Reply",
    ),
    (
        "Opciones del degradado\n\nAñadir\n\nAgrega un degradado a la tabla.\n\nEliminar\n\nElimina el degradado "
        "seleccionado tras la confirmación.\n\nEliminar\n\nVista previa\n\nMuestra la selección actual.\n",
        f"{BEFORE}\nPage suivante\n{AFTER}\nPage suivante\n{BEFORE}\n",
        "Page suivante",
    ),
]


# An index of my own making: a term, then the pages or subterms it points to
INDEX_DE = [
    "Abwedeln, Werkzeug Abwedeln", "Airbrush, Werkzeug Airbrush", "Alphakanal, Kanäle", "Ansicht, Menü Ansicht",
    "Auswahl, Auswahlwerkzeuge", "Bildgröße, Bild skalieren", "Drehen, Werkzeug Drehen", "Ebene, Ebenendialog",
    "Ebenenmaske, Maske anwenden", "Farbkurven, Kurven", "Farbverlauf, Werkzeug Farbverlauf", "Filter, Filtermenü",
    "Füllen, Werkzeug Füllen", "Gitter, Gitter anzeigen", "Glätten, Kantenglättung", "Hilfslinien, Hilfslinien",
    "Kanal, Kanaldialog", "Kopieren, Kopieren", "Sichtbares kopieren, Sichtbares kopieren", "Drucken",
    "Bild drucken, Drucken", "Pinsel, Pinseldialog", "Radierer, Werkzeug Radierer", "Schärfen, Unscharf maskieren",
]
INDEX_FR = [
    "Aérographe, Outil aérographe", "Alignement, Outil d'alignement", "Aperçu, Navigation", "Calque, Glossaire",
    "Canal alpha, Canaux", "Cisaille, Outil cisaille", "Copier, Copier", "Copier visible, Copier visible",
    "Couleur, Sélecteur de couleur", "Dégradé, Outil dégradé", "Dessin, Outils de dessin", "Enregistrer, Enregistrer",
    "Enregistrer sous, Enregistrer sous", "Filtres, Menu des filtres", "Flou, Filtres de flou", "Gomme, Outil gomme",
    "Grille, Afficher la grille", "Imprimer", "Imprimer vos photos, Imprimer", "Loupe, Outil loupe",
    "Masque, Masque de calque", "Pinceau, Outil pinceau", "Pipette, Outil pipette", "Rotation, Outil rotation",
]

MANUAL_PARTS_KEPT_AND_TWIN = [
    # a chapter's numbered title among its sections' numbers in a table of contents; a menu's
    # numbered link between a story's paragraphs
    (
        "5.10. Диалог символов\n5.11. Диалог сочетаний клавиш\n\n6. Меню\n\n6.1. Обзор\n6.2. Создать копию\n",
        f"{BEFORE}\n\n1. Home\n\n{AFTER}\n",
        "1. Home",
    ),
    (
        "Inhalt\n\n4.2. Der Dialog Bilder\n4.3. Der Dialog Dokumentindex\n\n5. Menü\n\n5.1. Einführung\n5.2. Das "
        "Bildmenü\n",
        f"{BEFORE}\n\n5. Menü\n\n{AFTER}\n",
        "5. Menü",
    ),
    # an index's entries, buttons' words among them; a share row's commas in a story
    (
        "Stichwortverzeichnis\n\n" + "\n\n".join(INDEX_DE) + "\n",
        f"{BEFORE}\n\nDrucken, Teilen\n\n{AFTER}\n",
        "Drucken, Teilen",
    ),
    (
        "Index\n\n" + "\n\n".join(INDEX_FR) + "\n",
        f"{BEFORE}\n\nImprimer\n\n{AFTER}\n",
        "Imprimer",
    ),
    # the same index as a page's text, a no-break space after each comma (HTML's "&nbsp;")
    (
        "Index\n\n" + "\n\n".join(entry.replace(", ", ",\u00a0") for entry in INDEX_FR) + "\n",
        f"{BEFORE}\n\nImprimer\n\n{AFTER}\n",
        "Imprimer",
    ),
    # a table of buttons, each row the button's picture (its text), its name and what it does;
    # the button's name alone between a story's paragraphs
    (
        "Zoom Buttons\n\nZoom Out button.\n\nZoom Out button\n\nClick on this button to reduce the size of the "
        "items.\n\nZoom In button.\n\nZoom In button\n\nClick on this button to enlarge the size of the items.\n",
        f"{BEFORE}\n\nZoom In button\n\n{AFTER}\n",
        "Zoom In button",
    ),
    (
        "Knöpfe der Ansicht\nVerkleinern.\nVerkleinern\nEin Klick auf diesen Knopf macht die Objekte kleiner.\n"
        "Vergrößern.\nVergrößern\nEin Klick auf diesen Knopf macht die Objekte größer.\n",
        f"{BEFORE}\nVergrößern\n{AFTER}\n",
        "Vergrößern",
    ),
]


# Each case: content one sign keeps whole, and its junk twin that still loses `line`.
KEPT_AND_TWIN = [
    *(pytest.param(*case, id=f"without-blank-lines-{n}") for n, case in enumerate(FLAT_KEPT_AND_TWIN)),
    *(pytest.param(*case, id=f"manuals-commands-{n}") for n, case in enumerate(MANUAL_KEPT_AND_TWIN)),
    *(pytest.param(*case, id=f"manuals-contents-index-tables-{n}") for n, case in enumerate(MANUAL_PARTS_KEPT_AND_TWIN)),
]


@pytest.mark.parametrize("content, junk, line", KEPT_AND_TWIN)
def test_the_texts_own_lines_stay_and_their_junk_twins_go(content, junk, line):
    """Each sign keeps its content (the structure of a text without blank lines, a manual's
    commands, a table of contents', an index's and a table of buttons' lines), however like a
    button its words; the same words where junk stands still go."""
    assert CLEANER.clean(content).text == content
    assert line not in CLEANER.clean(junk).text


MANUAL_COMMANDS = [
    "Gradients\nSelect a gradient or save a new one.\nAdd\nAdds a custom gradient to the current table.\nModify\n"
    "Applies the current settings to the selected gradient.\nType\nSelect the type of gradient to apply.\nAngle\n"
    "Enter the angle of rotation for the gradient.\nBorder\nEnter the amount by which to widen the end color.\n"
    "The end color is the color selected in the To Color box.\nDelete\nRemoves the selected entries after a "
    "confirmation.\nPreview\nShows a preview of the current selection.\n",
    "Degradados\nSeleccione un degradado o guarde uno nuevo.\nAñadir\nAgrega un degradado a la tabla actual.\n"
    "Modificar\nAplica las propiedades actuales al degradado seleccionado.\nTipo\nSeleccione el tipo de degradado."
    "\nÁngulo\nIndique un ángulo de giro para el degradado.\nBorde\nIndique cuánto se ensancha el color final.\n"
    "El color final es el que se elige en el cuadro Color final.\nEliminar\nSuprime los elementos seleccionados "
    "tras la confirmación.\n\nVista previa\nMuestra una vista previa de la selección actual.\n",
]


@pytest.mark.parametrize("manual", MANUAL_COMMANDS)
def test_a_comment_buttons_word_among_a_manuals_options_stays(manual):
    """"Delete" / "Eliminar" over a description that does not open with its verb, among the
    options of a manual, each a term over its definition: a dialog's command, said once."""
    assert CLEANER.clean(manual).text == manual


def test_a_threads_buttons_under_a_titled_story_still_go():
    """Under a story cut into titled sections, a comment's "Delete" under each comment is the
    thread's furniture."""
    story = f"Early start\n{BEFORE}\nThe vote\n{AFTER}\nThe fee\n{BEFORE}\nThe canals\n{AFTER}\n"
    thread = "Great summary of a long night.\nDelete\nI was there and it was exactly like this.\nDelete\n"
    kept = CLEANER.clean(story + thread).text
    assert "Delete" not in kept and kept.startswith(story)


def test_markdowns_escaped_section_numbers_are_section_numbers():
    """trafilatura's Markdown escapes a number opening a line ("3\\. Subscriptions"), so that it
    reads as no list: the section's title stays as "3. Subscriptions" does."""
    terms = ("Terms of sale\n\n1. Prices\n\nAll prices include VAT and are shown in euros.\n\n2. Delivery\n\n"
             "We deliver within three working days.\n\n3. Subscriptions\n\nA subscription renews every month until "
             "you cancel it.\n\n4. Returns\n\nYou may return any item within thirty days.\n")
    escaped = regex.sub(r"(?m)^(\d)\. ", r"\1\\. ", terms)
    assert "\n3\\. Subscriptions\n" in escaped
    assert CLEANER.clean(terms).text == terms
    assert CLEANER.clean(escaped).text == escaped


def test_a_double_spaced_field_list_keeps_its_fields():
    """A file format's fields one a paragraph, no colon before them ("* Homepage" among them):
    in a double-spaced text the blank lines part nothing, and the fields are a list as they
    are one a line."""
    fields = ("Source package fields\n\nThis file holds a single stanza. The fields of that stanza are listed "
              "below.\n\n* Format (mandatory)\n\n* Source (mandatory)\n\n* Binary\n\n* Maintainer (mandatory)\n\n"
              "* Uploaders\n\n* Homepage\n\n* Testsuite\n\n* Checksums (mandatory)\n")
    assert CLEANER.clean(fields).text == fields
    assert CLEANER.clean(fields.replace("\n\n* ", "\n* ")).text == fields.replace("\n\n* ", "\n* ")


# Known misses (strict: a fix is noticed): junk that a double-spaced text keeps, since there its
# blank lines part nothing and it reads as a text with none (segment.one_paragraph_if_double_spaced):
# next to a short line, a label reads as a list's item or a title over its paragraph.
DOUBLE_SPACED_JUNK = [
    pytest.param(f"{BEFORE}\n\nNewsletter\n\nNewsletter sign-up is free.\n\n{AFTER}\n", "\nNewsletter\n", id="box-title"),
    pytest.param(f"{BEFORE}\n\nShare\n\n{AFTER}\n\nPrint\n\nThe minister said the law would be reviewed in two "
                 "years.\n\nEmail\n\nThe end.\n", "\nPrint\n", id="buttons-between-paragraphs"),
    pytest.param(f"{BEFORE}\n\nCooking\n\nDesserts (12)\n\nDrinks (7)\n\nRecipes (56)\n\nSalads (9)\n\n{AFTER}\n", "Desserts",
                 id="widget-one-link-a-paragraph"),
]


@pytest.mark.xfail(strict=True, reason="a double-spaced text reads as one paragraph: a label beside a short line "
                                      "reads as a list's item or a title")
@pytest.mark.parametrize("text, junk", DOUBLE_SPACED_JUNK)
def test_junk_in_a_double_spaced_text(text, junk):
    assert junk not in CLEANER.clean(text).text


# Known misses (strict: a fix is noticed): a manual's words that no sign reads as its own yet.
MANUAL_MISSES = [
    pytest.param(
        "Buttons\n\nThree buttons at the bottom of the dialog act on the selected image.\n\nRaise this image "
        "displays\n\nThe selected image comes to the front of your screen.\n\nCreate a new display for this image\n\n"
        "Opens a second window on the selected image.\n\nDelete\n\nThis command works only on an image that has no "
        "window open.\n",
        marks=pytest.mark.xfail(strict=True, reason="a comment button's word among terms too long for a glossary's"),
        id="delete-among-long-terms",
    ),
]


@pytest.mark.parametrize("manual", MANUAL_MISSES)
def test_a_manuals_words_no_sign_reads_yet(manual):
    assert CLEANER.clean(manual).text == manual


# A short story, then reader comments with no header: bylines with a reply button over short posts
STORIES_WITH_THREADS = {
    "en": (
        ["The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room.",
         "The council had cut the Sunday hours three years ago, and the petition to bring them back gathered two thousand names.",
         "The reading room will be open from ten to four, and the children's corner will host a story hour at eleven every week."],
        "Tom Hale | 9 May 2012 9:14 pm | Reply", "Great news for students who work during the week.",
    ),
    "fr": (
        ["La médiathèque de la rue du Moulin ouvrira le dimanche dès le mois prochain, grâce aux bénévoles qui tiendront la salle de lecture.",
         "La commune avait supprimé ces horaires il y a trois ans, et la pétition pour les rétablir a réuni deux mille signatures en un mois.",
         "La salle de lecture sera ouverte de dix heures à seize heures, et le coin des enfants proposera une heure du conte chaque semaine."],
        "Claire Martin | 9 mai 2012 21:14 | Répondre", "Enfin une bonne nouvelle pour les étudiants.",
    ),
    "pl": (
        ["Biblioteka przy ulicy Młyńskiej od przyszłego miesiąca będzie otwarta w niedziele, bo miejscowi wolontariusze zgłosili się do pracy w czytelni.",
         "Gmina zlikwidowała niedzielne godziny trzy lata temu, a petycja o ich przywrócenie zebrała w ciągu miesiąca dwa tysiące podpisów i poparcie radnych.",
         "Czytelnia będzie czynna od dziesiątej do szesnastej, a w kąciku dla dzieci co tydzień o jedenastej odbędzie się głośne czytanie bajek dla najmłodszych."],
        "Jan Kowalski | 9 maja 2012 21:14 | Odpowiedz", "Świetna wiadomość dla studentów.",
    ),
}


@pytest.mark.parametrize("language", sorted(STORIES_WITH_THREADS))
def test_in_a_flattened_page_a_thread_under_a_short_story_goes(language):
    """A flattened page's menus hold no prose, so the prose above a thread is its story's: in page
    mode a thread of bylines and reply buttons goes under PAGE_THREAD_PROSE_BEFORE words of it,
    where text an extractor left (article mode) needs THREAD_PROSE_BEFORE (a forum's first
    posts or a chat are their own thread)."""
    from cleaner.inline import comment_thread
    from cleaner.lines import PAGE_THREAD_PROSE_BEFORE, THREAD_PROSE_BEFORE
    from cleaner.segment import segment

    story, byline, post = STORIES_WITH_THREADS[language]
    assert PAGE_THREAD_PROSE_BEFORE <= sum(len(p.split()) for p in story) < THREAD_PROSE_BEFORE
    lines = "\n\n".join([*story, *[f"{byline}\n\n{post}"] * 5]).split("\n")
    blocks = segment(lines)
    assert [blocks[k].text for k in comment_thread(blocks, page=True)] == [byline, post] * 5
    assert comment_thread(blocks) == []
    assert comment_thread(segment("\n\n".join([story[0], *[f"{byline}\n\n{post}"] * 5]).split("\n")), page=True) == []


def test_a_heading_in_capitals_alone_over_a_section_of_short_lines_stays():
    """A liturgy's sections titled in capitals, each alone over a paragraph of short lines, one
    of them a sentence ("HOME" over "Leader: ..." / "All: Amen.", a litany's first section): a
    button's word among titles like it. A sidebar's titles in capitals stand over links
    that end no sentence, and its buttons' title still goes."""
    liturgy = (
        "EVENING PRAYER\nFor the first Friday of the month\n\n"
        "HOME\n\nLeader: In the name of the Father, and of the Son, and of the Holy Spirit.\nAll: Amen.\n\n"
        "CONFESSION\n\nLeader: For the times we did not listen,\nAll: forgive us, Lord.\n"
        "Leader: For the words we should not have said,\nAll: forgive us, Lord.\n\n"
        "BLESSING\n\nLeader: Go in peace to love and serve the Lord.\nAll: Thanks be to God.\n"
    )
    assert CLEANER.clean(liturgy).text == liturgy
    sidebar = ("PRETTY THINGS\n\nDesigner Glasses\nThe Moon and Mars\n\nOLD FAVOURITES\n\nRed Shoes\nA Summer Hat\n\n"
               "FACEBOOK\nMySpace\nTwitter\n")
    assert "FACEBOOK" not in CLEANER.clean(f"{BEFORE}\n\n{AFTER}\n\n{sidebar}").text


CHOIR_SITE_IN_CAPITALS = [
    "HOME", "Riverside Community Choir – Leeds",
    "We have sung together since 2004. Everyone is welcome, and nobody has to read music.",
    "ABOUT US", "We are a registered charity run by volunteers. Today we have 62 singers and two conductors.",
    "TIMETABLE 2025", "Day | Time | Group", "Monday | 19:00 | Full choir", "Thursday | 18:30 | Youth choir",
    "Membership costs 40 pounds a term.",
    "CONCERTS", "Saturday 10 May, 19:30 – Spring concert, St Mary's Church",
    "Sunday 6 July, 15:00 – Songs in the park", "Tickets cost 8 pounds at the door.",
    "GALLERY", "The photos of the Christmas concert were taken by Ann Lee, one of our altos.",
    "CONTACT", "12 Mill Street, Leeds LS2 7AB", "Tel. 0113 496 0321",
]


@pytest.mark.parametrize("layout", ["flat", "double"])
def test_a_heading_in_capitals_of_a_text_without_blank_lines_stays(layout):
    """In a text with no blank line (or one after every line), a line in capitals over lines
    that are not, one of them a sentence, down to the next line in capitals, heads a section
    as it would over its own paragraph: a choir's "ABOUT US" and "GALLERY" among its
    "TIMETABLE 2025" and "CONCERTS". Over lines that end no sentence (a sidebar's title over
    its links), a line in capitals heads nothing: with no sentence under "CONCERTS", "ABOUT US"
    has one title like it left, and goes."""
    joint = "\n" if layout == "flat" else "\n\n"
    text = joint.join(CHOIR_SITE_IN_CAPITALS) + "\n"
    assert CLEANER.clean(text).text == text
    fewer = joint.join(line for line in CHOIR_SITE_IN_CAPITALS if not line.startswith("Tickets")) + "\n"
    assert "ABOUT US" not in CLEANER.clean(fewer).text


CLUB_SITE_FRAMED = (
    "-- Home --\nWelcome to the Riverside Rowing Club, rowing on the Ouse since 1921.\n"
    "-- About us --\nWe are a club of about 120 members, from juniors to veterans.\n"
    "Our boathouse stands below the old mill.\n"
    "-- Sessions --\nTuesday 18:00, learn to row (six weeks)\nSaturday 08:00, crews and sculls\n"
    "-- Gallery --\nThe photos of the regatta were taken by our cox, Priya Shah.\n"
    "-- Contact --\nRiverside Rowing Club, Mill Lane 3, York\nVisitors are welcome on Saturday mornings.\n"
)


def test_a_title_marked_like_the_texts_other_titles_stays():
    """A title marked as three other lines of the text or more are, each over its section, its
    own holding a sentence: in a frame of marks ("-- Gallery --", "-- Contact --" among "--
    Sessions --"), after two marks or more ("/// Gallery", ">> Contact"), in brackets ("【Gallery】",
    "«Gallery»"), after a glyph ("■ Gallery"), after a label and its number ("Page 4: Gallery"):
    the author's way of setting titles, whatever their words. An ad's label in a frame between a
    story's paragraphs stands alone in it."""
    assert CLEANER.clean(CLUB_SITE_FRAMED).text == CLUB_SITE_FRAMED
    titles = ("Home", "About us", "Sessions", "Gallery", "Contact")
    for mark in ("== {} ==", "*** {} ***", "/// {}", ">> {}", "【{}】", "«{}»", "[{}]", "■ {}", "▶ {}", "Page {n}: {}"):
        text = CLUB_SITE_FRAMED
        for n, title in enumerate(titles, 1):
            text = text.replace(f"-- {title} --", mark.format(title, n=n))
        assert CLEANER.clean(text).text == text, mark
    ad = f"{BEFORE}\n\n-- Advertisement --\n\n{AFTER}\n"
    assert CLEANER.clean(ad).text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("entry", ["Contact – /contact", "Kontakt — /kontakt", "Search: /search", "Login /login"])
def test_a_page_named_with_its_address_in_a_sites_inventory_stays(entry):
    """A site's inventory names each page with its address path, however like a link its name:
    a scraped link shows its words, not its address."""
    text = (f"{BEFORE}\n\nHome – /\nShort welcome and the latest news. Keep.\n\n"
            f"Opening hours – /hours\nOut of date since the spring. Update.\n\n{entry}\nKeep.\n")
    assert CLEANER.clean(text).text == text
    for row in ("Tweet | Email | Print", "Privacy Policy · Terms of Use · Contact Us"):
        assert CLEANER.clean(f"{BEFORE}\n\n{row}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("stanza", [
    "Back\nback\nback\nto\nthe\npage\nthat\nis\ngone.",
    "Zurück\nzurück\nzurück\nbis\nzur\nSeite,\ndie\nes\nnicht\nmehr\ngibt.",  # a noun in capitals
    "Avanti\navanti,\ndice\nil\ntelefono.",
])
def test_a_sentence_set_word_by_word_keeps_its_button_words(stanza):
    """A poem's sentence set a word a line, the button's word said over and over as it begins:
    the lines run on in lower case down to the sentence's end. A share box's buttons each open
    in a capital and end no sentence: they still go."""
    text = f"{BEFORE}\n\n{stanza}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    box = "Share\nFacebook\nTwitter\nEmail\nPrint"
    assert CLEANER.clean(f"{BEFORE}\n\n{box}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


def test_a_tables_rows_of_figures_set_with_spaces_stay():
    """A report's table set with spaces: each row a label and its figures, as the rows around
    it end. A share bar's buttons each show one count."""
    table = ("Issues by page\nPage         High  Medium  Low\nHome         0     2       1\n"
             "Login        1     0       0\nMy account   0     1       1\nContact      0     0       1\n")
    text = f"{BEFORE}\n\n{table}\n{AFTER}\n"
    assert CLEANER.clean(text).text.split() == text.split()
    shares = "Share\nFacebook 12\nTwitter 3"
    assert "Facebook" not in CLEANER.clean(f"{BEFORE}\n\n{shares}\n\n{AFTER}\n").text


LOWER_CASE_POEM = (
    "Platform Four\n\n"
    "next\n\n"
    "the train that is always late\nthe woman with the yellow umbrella\nthe pigeons on the clock\n\n"
    "back\n\n"
    "back to the kiosk\nback to the ticket in my pocket\nback to your voice on the phone\n\n"
    "share\n\n"
    "we shared a bench\na sandwich cut in two\nthe last ten minutes\n\n"
    "next\n"
)


def test_a_line_of_verse_set_in_lower_case_stays():
    """A poem set all in lower case, its short lines opening in small letters, some of them a
    button's word ("next", "back", "share") among lines that are more than furniture. A page's
    links in lower case stand among sentences that open in capitals."""
    assert CLEANER.clean(LOWER_CASE_POEM).text == LOWER_CASE_POEM
    page = f"{BEFORE}\n\nshare\n\n{AFTER}\n\n{BEFORE}\n"
    assert "share" not in CLEANER.clean(page).text


SHARE_BAR_SPEC = (
    "Share bar: specification\n\n"
    "The share bar sits under the headline and holds four buttons, each with an icon and a label.\n\n"
    "{strings}\n\n"
    "Every button opens the network's own dialog in a new window; the label never changes.\n\n"
    "The last button copies the link and shows a tooltip for two seconds, then closes it.\n"
)


def test_the_strings_of_a_text_about_an_interface_stay():
    """A spec whose prose names the interface's parts (buttons, labels, a tooltip) lists the
    share bar's strings between its paragraphs as the widget prints them: the spec's own lines."""
    text = SHARE_BAR_SPEC.format(strings="Share on Facebook\nShare on WhatsApp\nShare by email\nCopy link")
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("spec", [
    # Japanese joins its particles to the word ("ボタンを"), Hebrew its article ("הכפתור")
    ("共有バー：仕様\n\n共有バーは見出しの下に置き、四つのボタンを横に並べます。各ボタンにはアイコンと英語のラベルを付けます。\n\n"
     "{strings}\n\nどのボタンも新しいウィンドウで各サービスの画面を開きます。ラベルの文言は変えないでください。\n\n"
     "最後のボタンはリンクをコピーし、二秒間だけ小さな案内を表示します。その後、自動で閉じます。\n"),
    ("סרגל השיתוף: מפרט\n\nסרגל השיתוף נמצא מתחת לכותרת ובו ארבעה כפתורים, לכל כפתור סמל ותווית באנגלית.\n\n"
     "{strings}\n\nכל כפתור פותח את חלון השיתוף של הרשת בחלון חדש, ואת הטקסט על הכפתור לא משנים לעולם.\n\n"
     "הכפתור האחרון מעתיק את הקישור ומציג הודעה קצרה למשך שתי שניות, ואז היא נסגרת מעצמה.\n"),
])
def test_the_english_strings_of_a_text_about_an_interface_in_another_language_stay(spec):
    """The same spec in Japanese and in Hebrew, the share bar's strings in English between its
    paragraphs: the words for a button are found where the script writes them ("ボタンを",
    "הכפתור")."""
    text = spec.format(strings="Share on Facebook\nShare on WhatsApp\nShare by email\nCopy link")
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("title, questions, answers", [
    ("Ответы", ("1. Как зовут ёжика?", "2. Что он ест?"), ("1. Фыр-ка.", "2. Гри-бы.")),
    ("Answers", ("1. Who lost the hat?", "2. Who found it?"), ("1. Tom.", "2. Rex.")),
    ("Antworten", ("1. Wie heißt der Hund?", "2. Was frisst er gern?"), ("1. Bello.", "2. Knochen.")),
])
def test_the_title_of_the_answers_to_the_numbered_questions_above_stays(title, questions, answers):
    """A reader's exercise: numbered questions, then its answers under their title, numbered as
    the questions are, each a word: the title is the exercise's."""
    exercise = "\n".join(questions) + f"\n\n{title}\n" + "\n".join(answers)
    text = f"{BEFORE}\n\n{exercise}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("label, string", [("Button:", "Subscribe"), ("Texto del botón:", "Suscribirme"),
                                           ("Beschriftung:", "Teilen")])
def test_a_string_under_the_label_that_names_its_part_of_the_interface_stays(label, string):
    """A copy deck's entry: the label names the interface's part ("Button:") over its string."""
    text = f"{BEFORE}\n\n{label}\n{string}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text


def test_a_share_box_after_the_prose_of_a_post_about_buttons_still_goes():
    post = SHARE_BAR_SPEC.format(strings="It names Facebook, X and e-mail in its labels, as the brand guide asks.")
    kept = CLEANER.clean(f"{post}\nShare this:\nFacebook\nTwitter\n").text
    assert kept == post


def test_a_title_shaped_like_the_texts_other_titles_stays():
    """"Konto:" among a guide's other titles ending in a colon, each over its paragraph, in a
    text with no blank line, over a paragraph that names the login it is about; "ACCUEIL" among
    a handbook's other titles in capitals, and "INSCRIPTION" under it."""
    guide = (
        "Przewodnik dla nowych członków klubu\n"
        "Zapisy:\nNowi członkowie zapisują się w sekretariacie w każdy wtorek po południu, z dowodem osobistym.\n"
        "Konto:\nKażdy członek dostaje własny login i hasło do systemu rezerwacji kortów i sam zmienia terminy.\n"
        "Treningi:\nGrupy początkujących ćwiczą w środy i piątki od osiemnastej do dwudziestej na korcie trzecim.\n"
        "Składki:\nSkładkę roczną wpłaca się do końca marca przelewem albo gotówką w sekretariacie klubu.\n"
    )
    assert CLEANER.clean(guide).text == guide
    handbook = (
        "GUIDE DE L'ANIMATEUR\nCentre de loisirs des Tilleuls – été\n\n"
        "Bienvenue dans l'équipe d'animation ! Ce petit guide rassemble l'essentiel avant votre première journée.\n\n"
        "ACCUEIL\n\nLes enfants arrivent entre huit heures et neuf heures par le portail du jardin, jamais par la cour.\n\n"
        "INSCRIPTION\n\nChaque animateur choisit ses semaines sur le planning affiché en salle des maîtres avant le 15 "
        "juin.\n\nLES ACTIVITÉS\n\nJeux de piste\nAtelier cuisine\nPiscine le jeudi\n\n"
        "AIDE\n\nEn cas de souci, adressez-vous d'abord à la directrice, puis au responsable de la cantine.\n\n"
        "CONFIDENTIALITÉ\n\nLes fiches sanitaires des enfants restent dans le bureau et ne sortent jamais du centre.\n"
    )
    assert CLEANER.clean(handbook).text == handbook
    # among such titles, a pager's or a share box's title over its own line still goes
    for box, under in (("Search:", "Previous Post: Did the storm blow the campaign off its course last week?"),
                       ("Newsletter:", "Share this story with your friends and colleagues on Facebook today.")):
        titled = f"Membership:\n{STORY}\n{box}\n{under}\nTraining:\n{STORY}\nFees:\n{STORY}\n"
        assert box not in CLEANER.clean(titled).text


def test_a_title_like_the_others_over_sentences_that_name_a_page_stays():
    """"Offerte:" among a parish note's other titles ending in a colon, in a text with no blank
    line, over two sentences, one naming the page that gives the bank details ("... in fondo
    alla pagina «Chi siamo»."): the section's title. A pager's or a share box's title over its
    own one line still goes (test_a_title_shaped_like_the_texts_other_titles_stays)."""
    note = (
        "Diretta streaming:\nLa messa delle undici viene trasmessa ogni domenica sul canale della parrocchia.\n"
        "Gruppo WhatsApp:\nGli avvisi importanti arrivano una volta alla settimana a chi lascia il numero in sacrestia.\n"
        "Offerte:\nChi lo desidera può sostenere la parrocchia anche con un bonifico; le coordinate sono riportate "
        "in fondo alla pagina «Chi siamo». Grazie a tutti coloro che hanno aiutato a coprire le spese.\n"
        "Orari:\nLe messe feriali sono alle otto e trenta, quelle festive alle nove, alle undici e alle diciotto.\n"
    )
    assert CLEANER.clean(note).text == note


def test_a_contact_section_over_long_lines_with_an_e_mail_address_stays():
    """A club report's last section, "Kontakt" over its board's names on a long line and their
    e-mail address: the report's own contact section."""
    report = (
        "Jahresbericht des Schachvereins\n\nRückblick\n\nDas Vereinsjahr begann mit einem gut besuchten Turnier "
        "und endete mit dem Aufstieg der zweiten Mannschaft.\n\nFinanzen\n\nDie Einnahmen deckten die Ausgaben, "
        "und die Rücklage für neue Bretter wuchs um zweihundert Euro.\n\nKontakt\n\n"
        "Vorstand: Renate Wolff (1. Vorsitzende) und Jürgen Pohl (Kassierer)\n"
        "E-Mail: vorstand@schachverein.example\n"
    )
    assert CLEANER.clean(report).text == report


def test_a_transcripts_ad_break_between_speeches_stays():
    """"(Pubblicità)" between a presenter's speech and her name over the next: a transcript's
    direction, the speakers' names alone on their lines over what they say."""
    show = (
        "CONDUTTRICE\nBenvenuti a Pranzo da noi, oggi prepariamo un risotto alla zucca con lo chef Davide.\n\n"
        "CHEF\nBuongiorno a tutti, la zucca va tagliata a cubetti piccoli e rosolata con lo scalogno.\n\n"
        "CONDUTTRICE\nAdesso una piccola pausa, e quando torniamo vediamo la mantecatura.\n\n(Pubblicità)\n\n"
        "CONDUTTRICE\nEccoci di nuovo, Davide, il riso è a metà cottura e il profumo arriva fino a qui.\n\n"
        "CHEF\nOra aggiungiamo il brodo un mestolo alla volta, senza mai smettere di mescolare.\n"
    )
    assert CLEANER.clean(show).text == show


@pytest.mark.parametrize("line", [
    "Instagram: 2 105 → 2 990 (+885)",
    "Facebook 5840 → 6412",
    "TikTok: +727",
    "Newsletter −3 %",
])
def test_a_networks_figure_and_its_change_stays(line):
    """A report's followers per network with their change, an arrow or a signed number: a share
    button's counter shows a count alone, and goes."""
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    assert CLEANER.clean(text).text == text
    assert "Facebook" not in CLEANER.clean(f"{STORY}\n\nFacebook 1.2k\n\n{STORY}\n").text


def test_a_sentence_that_quotes_a_banners_words_stays():
    """A style guide's sentence that quotes a cookie banner's button ('Must sit next to "Reject
    all cookies" ...'), in any quotation marks: the text quotes the boilerplate, and then is about
    it, so the label it explains stays too. The banner's own sentence, unquoted, still goes."""
    for quoted in ('"Reject all cookies"', "“Reject all cookies”", "«Reject all cookies»", "„Reject all cookies“"):
        guide = (f"{STORY}\n\nAccept all cookies\nMust always sit next to {quoted} with the same size, colour "
                 "and weight, as legal has signed off on this pair only.\n\nSave changes\nUsed on every form "
                 "that edits a profile.\n")
        assert CLEANER.clean(guide).text == guide
    banner = f"{STORY}\n\nWe use cookies to give you the best experience. Accept all cookies to continue.\n\n{STORY}\n"
    assert "cookies" not in CLEANER.clean(banner).text


@pytest.mark.parametrize("line", [
    "Use the code SPRING20 at checkout for 20% off.",
    "Use code SAVE10 for 10% off your first order.",
    "Stay tuned for more!",
])
def test_a_line_quoted_whole_stays(line):
    """A textbook's or a style guide's example of a call, quoted whole on a line of its own (here
    the text's last): the text quotes it, as an ad or a sign-off never quotes itself. The same
    line bare still goes."""
    for quoted in (f'"{line}"', f"“{line}”", f"«{line}»"):
        text = f"{STORY}\n\n{STORY}\n\n  {quoted}\n"
        assert CLEANER.clean(text).text == text
    assert line not in CLEANER.clean(f"{STORY}\n\n{STORY}\n\n{line}\n").text


@pytest.mark.parametrize("line", [
    '"Back to top" için "Başa dön", "Cookie settings" için "Çerez ayarları" kullanıyoruz.',
    'For "Cookie settings" we write "Cookie-Einstellungen", for "Read more" "Weiterlesen".',
])
def test_a_sentence_pairing_quoted_strings_stays(line):
    """A localisation guide's rule pairs a site's strings with their translations, two pairs or
    more in one sentence, few words of its own: the text quotes what a rule would find."""
    text = f"{STORY}\n\n{line}\n\n{STORY}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("header", ["«1 comentario»", "“1 comentario”", '"2 comentarios"'])
def test_a_comment_count_quoted_whole_takes_nothing(header):
    """A story that quotes a blog's count of comments as its character reads it on the screen
    ("Al tercer día, debajo del texto, había algo nuevo." / "«1 comentario»"): a label quoted
    whole, however short, is the text's quotation, where a page prints its header bare, so the
    story under it stays. The bare header still takes the thread under it."""
    before = " ".join([
        "Durante dos días no pasó nada.",
        "Don Aurelio entraba por la mañana, miraba la página y veía su texto allí, con la fecha encima.",
        "Debajo había una línea que no le decía nada a nadie más que a él, y aun así la leía.",
    ] * 4)
    story = (
        f"{before}\n\nAl tercer día, debajo del texto, había algo nuevo.\n\n{header}\n\n"
        "Se puso las gafas de cerca. Pinchó con cuidado, como si el comentario pudiera romperse.\n\n"
        "«Soy de Zamora y aquí también ha vuelto. La mía se pone en el tejado del lavadero. Merche»\n\n"
        "Se quedó mucho rato mirando la pantalla. Luego llamó a su mujer, que vino secándose las manos.\n"
    )
    assert CLEANER.clean(story).text == story
    thread = "Merche dice:\n\nSoy de Zamora y aquí también ha vuelto.\n\nResponder"
    bare = header.strip("«»“”\"")
    assert CLEANER.clean(f"{before}\n\n{bare}\n\n{thread}\n").text == f"{before}\n"

@pytest.mark.parametrize("label, quoted", [
    ("Pour Instagram ou Pinterest :", "« Publicité – lien affilié : je touche une commission sur les ventes réalisées via ce lien. »"),
    ("On Instagram:", "“Ad – affiliate link: I earn a commission if you buy through this link.”"),
])
def test_a_label_over_the_sentence_it_quotes_stays(label, quoted):
    """A blogger's guide gives its sample disclosures, each under a label that says where it
    goes: the label introduces the text's quotation, whatever the quotation names. A share
    row's label over its networks still goes."""
    guide = f"{STORY}\n\n{label}\n\n{quoted}\n\n{AFTER}\n"
    assert CLEANER.clean(guide).text == guide
    page = f"{STORY}\n\nFollow us on:\n\nFacebook | Instagram | Pinterest\n\n{AFTER}\n"
    assert CLEANER.clean(page).text == f"{STORY}\n\n{AFTER}\n"

def test_a_message_under_the_sentence_that_introduces_it_stays():
    """A moderation policy's "the reader sees the following message:" over the message, one
    short sentence: what the text quotes. A comment form's notice under a widget's lead-in
    that names its box still goes."""
    policy = (
        f"{STORY}\n\nAprès l'envoi d'un commentaire, le lecteur voit s'afficher le message suivant :\n"
        "Votre commentaire est en attente de modération.\nCe message reste visible pour lui seul jusqu'à la "
        "décision du modérateur, qui intervient en général dans l'heure.\n"
    )
    assert CLEANER.clean(policy).text == policy
    form = (f"{STORY}\n\nLeave a comment below and share your own story with the other readers of the blog:\n"
            "Your comment is awaiting moderation.\n")
    assert "awaiting" not in CLEANER.clean(form).text


def test_networks_names_over_their_own_sections_stay():
    """A guide whose sections are titled with the networks it is about ("WhatsApp", "Instagram",
    "SMS", an acronym among titles not in capitals), each over its sentences or its facts. A
    share box, network names with no sentence under each, still goes."""
    guide = (
        "Wie die Stadtbücherei Sie erreicht\n\nWir informieren auf mehreren Wegen über Lesungen und "
        "geänderte Öffnungszeiten.\n\nWhatsApp\n\nÜber unseren Kanal schicken wir jeden Montag die Termine "
        "der Woche, ohne dass andere Ihre Nummer sehen.\n\nInstagram\n\nHier zeigen wir neue Bücher und "
        "Bilder von den Lesungen, etwa dreimal in der Woche.\n\nSMS\n\nWer kein Smartphone hat, bekommt eine "
        "kurze Nachricht, wenn ein vorgemerktes Buch bereitliegt.\n"
    )
    assert CLEANER.clean(guide).text == guide
    facts = (
        "Apps im Überblick\n\nEin Handout für den Elternabend der Klasse 6.\n\nWhatsApp\n\nMindestalter: 13 Jahre\n"
        "Kosten: kostenlos\n\nInstagram\n\nMindestalter: 13 Jahre\nKosten: kostenlos, mit Werbung\n\n"
        "Snapchat\n\nMindestalter: 13 Jahre\nKosten: kostenlos\n"
    )
    assert CLEANER.clean(facts).text == facts
    share = f"{STORY}\n\nFacebook\n\nTwitter\n\nWhatsApp\n\n{STORY}\n"
    assert "WhatsApp" not in CLEANER.clean(share).text


def test_a_networks_name_over_its_verdict_stays_in_a_list_of_verdicts():
    """Names over verdicts that repeat ("Approvato." / "Non approvato."), another name no
    button's: a school's approved apps keep "WhatsApp" and "TikTok", a council's closed
    channels "Snapchat". A follow box's names over their buttons ("Facebook" / "Like us") go,
    and so does a lone name between a story's paragraphs."""
    apps = (
        "Moodle\nApprovato.\n\nRegistro elettronico Argo\nApprovato.\n\nWhatsApp\nNon approvato.\n\n"
        "TikTok\nNon approvato. L'età minima è di tredici anni.\n\nPadlet\nApprovato con riserva.\n"
    )
    text = f"{BEFORE}\n\n{apps}"
    assert CLEANER.clean(text).text == text
    channels = "Nextdoor council page\nRetired in 2023.\nFlickr photo archive\nRetired, photos moved.\nSnapchat\nClosed.\n"
    assert CLEANER.clean(f"{BEFORE}\n{channels}").text == f"{BEFORE}\n{channels}"
    box = "Facebook\nLike us\nTwitter\nFollow us\nInstagram\nFollow us\n"
    assert "Facebook" not in CLEANER.clean(f"{BEFORE}\n\n{box}\n{AFTER}\n").text
    story = f"{BEFORE}\n\nWhatsApp\n\n{AFTER}\n"
    assert "WhatsApp" not in CLEANER.clean(story).text


def test_counts_that_add_up_to_a_stated_total_are_a_tally():
    """Counts that add up to the total under them ("Yhteensä 146") or to a number the text's
    prose states (the questionnaires returned) are a tally, the text's own, even at its end. A
    widget's counts add up to nothing the page says, and a time in the text ("67:43") is no
    total."""
    books = "Tietokirjat\nFilosofia ja psykologia (9)\nHistoria (19)\nTietotekniikka (4)\nUskonto (3)\nYhteensä 35\n"
    assert CLEANER.clean(f"{BEFORE}\n\n{books}").text == f"{BEFORE}\n\n{books}"
    survey = (
        "The council sent the questionnaire to every household, and 121 households returned it by the end of March.\n\n"
        "Should the square be closed to cars?\nMaybe (9)\nNo (21)\nNot sure (4)\nYes (87)\n"
    )
    assert CLEANER.clean(survey).text == survey
    race = "She ran the second half in 67:43, the fastest of the year, and won by a minute."
    widget = "Archives\nMarch 2023 (40)\nFebruary 2023 (20)\nJanuary 2023 (7)\n"
    assert "February" not in CLEANER.clean(f"{race}\n\n{widget}").text


def test_counts_under_a_numbered_question_are_a_questionnaires_answers():
    """A numbered question over its answers with their counts is a survey's report; a poll in
    a sidebar numbers no question."""
    answers = "Más arbolado (169)\nMás bancos y sombra (187)\nMejor iluminación (132)\nOtras (41)\n"
    survey = f"{BEFORE}\n\n5. ¿Qué mejoras considera prioritarias? (máximo dos respuestas)\n{answers}"
    assert CLEANER.clean(survey).text == survey
    poll = f"{BEFORE}\n\n¿Qué mejoras considera prioritarias?\n{answers}"
    assert "Más arbolado" not in CLEANER.clean(poll).text


@pytest.mark.parametrize("title, statement, call", [
    ("Follow us", "We post pictures from the archive every Friday on Facebook and Instagram.",
     "Stay up to date with the latest news from the council on Twitter!"),
    ("Folgen Sie uns", "Ergebnisse der Mannschaftskämpfe und Termine veröffentlichen wir zeitnah auf Instagram.",
     "Abonnieren Sie unseren Newsletter, dann verpassen Sie keinen Termin des Vereins."),
    ("Obserwuj nas", "Na Facebooku i Instagramie co tydzień pokazujemy jeden obiekt z magazynów muzeum.",
     "Zapisz się do naszego newslettera, a co tydzień otrzymasz informacje o wystawach."),
])
def test_a_follow_title_over_where_the_news_is_posted_stays(title, statement, call):
    """A leaflet's section on where its news is posted keeps its title; a follow box's title
    over its call, or over a newsletter's, goes."""
    text = f"{BEFORE}\n\n{title}\n\n{statement}\n"
    assert CLEANER.clean(text).text == text
    assert title not in CLEANER.clean(f"{BEFORE}\n\n{title}\n\n{call}\n").text


@pytest.mark.parametrize("title", ['"Sponsorizzato" o "Annuncio"', '„Teilen“ und „Folgen“', '"Sponsored" or "Promoted"'])
def test_a_title_that_quotes_the_labels_it_explains_stays(title):
    """A guide's title naming the labels it explains, each in quotation marks: a banner prints its
    label bare."""
    text = f"{BEFORE}\n\n{title}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    assert "Promoted" not in CLEANER.clean(f"{BEFORE}\n\nSponsored or Promoted\n\n{AFTER}\n").text


def test_an_account_help_pages_buttons_title_their_sections():
    """A help page on accounts titles its sections with the buttons it explains ("Log in",
    "Delete account", "Sign out"), each once, over sentences; a log-in box's buttons stand
    together, and a lone "Log in" over a story's paragraph is a button."""
    help_page = (
        f"{BEFORE}\n\nCreate an account\n\nChoose the link on the catalogue page and enter the number on your card.\n\n"
        "Log in\n\nUse your card number or your e-mail address, together with your password.\n\n"
        "Delete account\n\nYou can close your online account once every item has been returned.\n\n"
        "Sign out\n\nAlways sign out when you have finished, especially on a shared computer.\n"
    )
    assert CLEANER.clean(help_page).text == help_page
    story = f"{BEFORE}\n\nLog in\n\n{AFTER}\n"
    assert "Log in" not in CLEANER.clean(story).text
    box = f"{BEFORE}\n\nLog in\nSign up\n\n{AFTER}\n"
    assert "Sign up" not in CLEANER.clean(box).text


def test_a_popular_lists_title_over_picks_told_in_sentences_stays():
    """A trend report's "Trending" over its picks, each told in sentences, is its own section; a
    site's "Trending" between a story's paragraphs is its box's title."""
    picks = (
        "Tinned fish. Sales of sardines, mackerel and mussels in tins rose by about sixty percent this winter.\n\n"
        "Fermented drinks. Water kefir and drinking vinegars now fill an entire cooler door in each store.\n"
    )
    report = f"{BEFORE}\n\nTrending\n\n{picks}"
    assert CLEANER.clean(report).text == report
    assert "Trending" not in CLEANER.clean(f"{BEFORE}\n\nTrending\n\n{AFTER}\n").text


def test_a_label_in_guillemets_stays_and_a_pagers_goes():
    """A worksheet quotes the label it explains in guillemets, as French writes it; a pager's
    "« Précédent »" is a button all the same."""
    text = f"{BEFORE}\n« Sponsorisé »\nUne marque a payé pour que ce message soit affiché à plus de personnes.\n"
    assert CLEANER.clean(text).text == text
    assert "Précédent" not in CLEANER.clean(f"{BEFORE}\n\n« Précédent »\n\n{AFTER}\n").text


@pytest.mark.parametrize("opening, closing", [("«", "»"), ('"', '"'), ("„", "“")])
def test_quoted_strings_in_a_bulleted_list_stay(opening, closing):
    """A style guide lists the strings it allows, each quoted after a list's bullet
    ("Правильно:" over "- «О нас»"): a footer's menu prints its links bare, and the first of
    them bare goes."""
    items = ["О нас", "Контакты", "Конфиденциальность", "Cookie"]
    quoted = "\n".join(f"- {opening}{item}{closing}" for item in items)
    text = f"{BEFORE}\n\nПравильно:\n{quoted}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    bare = "\n".join(f"- {item}" for item in items)
    assert "- О нас" not in CLEANER.clean(f"{BEFORE}\n\nПравильно:\n{bare}\n\n{AFTER}\n").text


@pytest.mark.parametrize("menu", [
    (
        'ENTRÉES\n'
        '\n'
        'Salade lyonnaise (frisée, lardons, croûtons,\n'
        'œuf poché) .......................................... 11,00\n'
        'Œufs en meurette, sauce au vin rouge ................ 12,50\n'
        'Terrine de campagne maison, pickles ................. 9,50\n'
        'Cervelle de canut, pommes de terre tièdes ........... 8,50\n'
        "Soupe à l'oignon gratinée ........................... 9,00\n"
        'Assiette de charcuterie du Beaujolais\n'
        '(à partager) ........................................ 16,00\n'
    ),
])
def test_an_entry_with_dot_leaders_stays(menu):
    """A menu's, a price list's or a contents' entry runs its leaders to a price or a page: a
    share button or a pager prints no row of dots."""
    text = f"{'-' * 60}\n\n{menu}\n{'-' * 60}\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("rule", ["=" * 40, "-" * 12, "* * *", "____________"])
def test_a_title_under_a_rule_drawn_across_the_text_stays(rule):
    """A programme's or a newsletter's section title right under a rule drawn across the text
    ("=====" / "NOS PARTENAIRES" over the partners' names): its author's layout."""
    partners = "Ville de Saint-Brieuc\nRégion Bretagne\nCrédit Mutuel de Bretagne\n"
    for title in ("NOS PARTENAIRES", "Unsere Partner", "Newsletter"):
        text = f"{STORY}\n\n{rule}\n\n{title}\n\n{partners}"
        assert CLEANER.clean(text).text == text


def test_a_tables_row_of_a_network_and_its_figures_stays():
    """A report's table drawn in text, a network's name in its first cell and figures in the
    others ("Instagram | 298 | 18 %"): a share bar's counters stand in no table of rows alike."""
    table = (
        "Zdroj                    | Vstupenky | Podíl\n"
        "-------------------------+-----------+------\n"
        "Facebook                 | 512       | 31 %\n"
        "Instagram                | 298       | 18 %\n"
        "TikTok                   | 61        | 4 %\n"
        "LinkedIn                 | 4         | 0 %\n"
        "Newsletter               | 187       | 11 %\n"
        "Celkem                   | 1 634     | 100 %\n"
    )
    text = f"{STORY}\n\n{table}\n{STORY}\n"
    assert CLEANER.clean(text).text.split() == text.split()  # (runs of spaces inside a line collapse)


@pytest.mark.parametrize("titles, questions", [
    (("Inloggen en account", "Lenen en verlengen", "Zoeken en reserveren", "Meldingen en instellingen"),
     ("Hoe log ik in?", "Hoe verleng ik een boek?", "Kan ik een titel reserveren?", "Waarom krijg ik geen meldingen?")),
    (("Login and account", "Borrowing and renewing", "Search and reservations", "Notifications and settings"),
     ("How do I log in?", "How do I renew a book?", "Can I reserve a title?", "Why do I get no notifications?")),
    (("Anmelden und Konto", "Ausleihen und Verlängern", "Suchen und Vormerken", "Mitteilungen und Einstellungen"),
     ("Wie melde ich mich an?", "Wie verlängere ich ein Buch?", "Kann ich einen Titel vormerken?",
      "Warum bekomme ich keine Mitteilungen?")),
])
def test_an_faqs_section_titles_over_their_questions_stay(titles, questions):
    """An FAQ's sections, each title two words joined as the text joins all its titles
    ("Inloggen en account" among "Lenen en verlengen"), over a question and its answer: the
    log-in title is the FAQ's, not a log-in box's."""
    answer = "Open the app and tap the button at the top of the\nscreen, then follow the steps. The library desk\ncan help you too."
    sections = [f"{title}\n\n{question}\n{answer}" for title, question in zip(titles, questions)]
    text = "\n\n\n".join([f"FAQ\n\n{STORY}", *sections]) + "\n"
    for layout in (text, regex.sub(r"\n\n+", "\n", text)):
        assert CLEANER.clean(layout).text.split() == layout.split()


@pytest.mark.parametrize("legend", [
    "  ≡      menu (drie streepjes)\n  ⚙      instellingen\n  ✕      sluiten\n  ←      terug\n  ⬇      downloaden\n"
    "  🔒     beveiligde verbinding (slotje naast het webadres)\n  ♡      vind ik leuk / opslaan als favoriet\n",
    "≡ menu (three lines)\n⚙ settings\n✕ close\n← back\n⬇ download\n🔒 secure connection (the padlock by the address)\n",
    "≡ Menü (drei Striche)\n⚙ Einstellungen\n← zurück\n⬇ herunterladen\n🔒 sichere Verbindung (Schloss neben der Adresse)\n",
])
def test_a_legends_symbols_and_their_meanings_stay(legend):
    """A guide's key to a screen's icons, each symbol over its meaning ("← terug" among "⚙
    instellingen" and "🔒 beveiligde verbinding"): a pager's "← Previous" stands beside one other
    arrow at most, and still goes."""
    text = f"{STORY}\n\n{legend}\n{STORY}\n"
    assert CLEANER.clean(text).text.split() == text.split()
    pager = f"{STORY}\n\n← Previous\n\n{STORY}\n"
    assert "Previous" not in CLEANER.clean(pager).text


@pytest.mark.parametrize("guide", [
    (
        'This guide explains the main parts of your account. If you get stuck, see "Need help?" at the end.\n'
        '1. REGISTER\n'
        'You only need to do this once.\n'
        '  1. Go to mycouncil.westvale.gov.uk\n'
        '  2. Select "Create an account".\n'
        '  3. Enter your name, email address and a password.\n'
        '     Your password must have at least 10 characters, including a number.\n'
        '  4. We will send you an email. Click the link in the email within 24 hours to confirm your address.\n'
        '  5. Enter your postcode and choose your address from the list.\n'
        'Tip: If you had an e-Services account, you still need to register again. Your old requests will be moved to your new account within 2 weeks.\n'
        '2. LOG IN\n'
        '  - Select "Log in" at the top right of any page.\n'
        '  - Enter your email address and password.\n'
        '  - The first time you log in, we will ask you to set up two-step verification. You can choose a text message or an authenticator app.\n'
        'Forgotten your password?\n'
        'Select "Forgotten password" on the log in page. We will email you a link to reset it. The link works for 1 hour.\n'
    ),
])
def test_a_numbered_title_over_a_short_statement_stays_without_blank_lines(guide):
    """A guide's numbered section title over a short statement ("1. REGISTER" / "You only need
    to do this once."), beside the title numbered after it, in a text with no blank line."""
    assert CLEANER.clean(guide).text.split() == guide.split()


@pytest.mark.parametrize("title, files", [
    ("Scarica", "Modulo di prenotazione gruppi (PDF)\nProgramma dei laboratori didattici 2024/2025 (PDF)\n"),
    ("Pobierz wszystko", "nadodrze-2024-press-kit-pelny.zip\nWszystkie powyższe pliki oraz informacja prasowa (PDF)\n"
                         "ZIP, 96,4 MB\n"),
    ("Downloads", "Group booking form (PDF, 240 KB)\nWorkshop programme 2024/25 (PDF, 1.2 MB)\n"),
])
def test_a_title_over_the_files_the_text_offers_stays(title, files):
    """A leaflet's or a press kit's downloads under their title ("Scarica" over "Modulo di
    prenotazione gruppi (PDF)"): the files the text offers, by type, extension or size."""
    text = f"{STORY}\n\n{title}\n\n{files}"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("items", [
    "- Header: logo, main menu (Home, About us, Products, Contact) and the phone number.\n"
    "- Cookie banner: managed by the consent plugin under Settings > Cookie consent. Do not remove it.\n"
    "- Announcement bar: an optional strip at the very top, for example for holiday closures.\n",
    "- Die Hauptnavigation und die Links in der Fußzeile werden vom Onlineteam verwaltet.\n"
    "- Der Cookie-Hinweis wird über das Consent-Tool gesteuert und darf nicht verändert werden.\n"
    "- Das Kontaktformular und der Tarifrechner sind technische Module; Änderungen bitte per Ticket melden.\n",
])
def test_an_item_of_a_list_of_sentences_is_no_banner(items):
    """A handover's or a manual's list of a site's parts names the cookie banner among them: an
    item of a list whose other items are sentences no rule finds. A banner stands alone."""
    text = f"{STORY}\n\n{items}\n{STORY}\n"
    assert CLEANER.clean(text).text == text
    banner = f"{STORY}\n\nWe use cookies to give you the best experience on our website.\n\n{STORY}\n"
    assert "cookies" not in CLEANER.clean(banner).text


def test_names_over_verdicts_of_any_length_stay():
    """A school's approved apps, each name over its verdict, a word or two ("Non approvato.") or
    a sentence that opens with it ("Approvato per ... ", "Non approvato per ..."): the verdict's
    long word among its first words ties the entries, where a story's paragraph under a share
    button opens with any words (on gold-bodies, "Tweet" over "The next time you're ...")."""
    text = (
        "Elenco delle applicazioni approvate\n"
        "Il presente elenco indica quali applicazioni possono essere utilizzate da docenti e studenti a scuola.\n"
        "Teams\nApprovato. È la piattaforma ufficiale per la didattica digitale integrata e le riunioni.\n"
        "YouTube\nApprovato per la visione in classe di video selezionati dal docente, tramite la LIM.\n"
        "WhatsApp\nNon approvato per le comunicazioni tra docenti e studenti; i gruppi tra genitori sono privati.\n"
        "Telegram\nNon approvato.\n"
        "Instagram\nNon approvato per l'attività didattica. L'account ufficiale è gestito dalla segreteria.\n"
        "TikTok\nNon approvato.\n"
    )
    assert CLEANER.clean(text).text == text
    labelled = regex.sub(r"(?m)^(Teams|YouTube|WhatsApp|Telegram|Instagram|TikTok)$", r"\1:", text)
    assert labelled != text and CLEANER.clean(labelled).text == labelled


@pytest.mark.parametrize("title, paragraph", [
    ("Cookies and tracking", "Affiliate links use cookies so the store knows the sale came from us. You can read more in"
                             " our Privacy Policy and Cookie Policy, and you can block these cookies in your browser."),
    ("Privacy e cookie", "Il trattamento dei dati personali degli utenti avviene nel rispetto del GDPR. Per maggiori"
                         " informazioni consultare l'Informativa privacy e la Cookie policy."),
])
def test_a_paragraph_under_a_title_on_its_topic_stays(title, paragraph):
    """A legal notice's or a disclosure's section on cookies under its title ("Privacy e
    cookie"): the text is about the rule's topic there. A banner's line between a story's
    paragraphs has no such title over it, and goes."""
    text = f"{STORY}\n\n{title}\n\n{paragraph}\n\n{STORY}\n"
    assert CLEANER.clean(text).text == text
    banner = f"{STORY}\n\n{paragraph}\n\n{STORY}\n"
    assert paragraph not in CLEANER.clean(banner).text


def test_a_footers_link_over_a_banner_is_no_title():
    """A footer's last link ("Privacy" under "Contact") right over a cookie banner's line is a
    list's item, no title on the banner's topic: the banner goes."""
    text = f"{STORY}\n\nAbout\nContact\nPrivacy\n\nThis website uses cookies to improve your experience.\n"
    assert "cookies" not in CLEANER.clean(text).text


@pytest.mark.parametrize("record", [
    (
        'Технические средства: служебный персональный компьютер (инв. № 01380245), браузер Google Chrome, версия 122, подключение к сети Интернет через служебный канал. Ход осмотра фиксировался путём создания снимков экрана (скриншотов), которые распечатаны на 9 листах формата А4 и прилагаются к протоколу.\n'
        '1. При открытии указанного адреса отображается страница пользователя с именем «Артём Ковалёв». Статус под именем: «кто не с нами тот под нами». Город: Екатеринбург. Указан день рождения: 3 августа. Количество друзей: 214, подписчиков: 96. На аватаре изображён мужчина в чёрной куртке на фоне автомобиля. Справа от имени расположены кнопки «Добавить в друзья» и «Написать сообщение». Потерпевшая Сафонова Е.И. пояснила, что на фото изображён её бывший сожитель Ковалёв Артём Сергеевич, 1993 г.р.\n'
        '2. В разделе «Записи» (стена) отображаются публикации. Осмотру подлежат записи за период с 20.02.2024 по 13.03.2024. Текст записей приводится дословно, с сохранением орфографии и пунктуации.\n'
        '2.1. Запись от «20 фев в 23:14». Текст: «Некоторые думают что если сменили номер то все. Нет. Я терпеливый». Под записью: «Нравится» — 17, комментарии — 4, «Поделиться» — 0, просмотры — 1,1К.\n'
        '— «Денис Мальцев»: «ты про ленку чтоли? забей брат» — 20 фев в 23:20, 3 отметки «Нравится»;\n'
        '— «Артём Ковалёв»: «не забью. она мне должна» — 20 фев в 23:31, 5 отметок «Нравится»;\n'
        '— «Ирина Смолина»: «Тём, успокойся пожалуйста» — 21 фев в 8:02;\n'
        '— «Артём Ковалёв»: «иди лесом» — 21 фев в 9:15.\n'
        '— «Денис Мальцев»: «жестко» — 2 мар в 9:40;\n'
        '— «Артём Ковалёв»: «это ещё мягко» — 2 мар в 10:02, 2 отметки «Нравится».\n'
    ),
    "Post of 20 February, 23:14. The full text of the post is attached to this statement as exhibit 3.\n"
    "Comments under it:\n"
    '- "Dennis M.": "leave it mate" - 20 Feb, 23:20, 3 "Like"\n'
    '- "Artie K.": "not leaving it. she owes me" - 20 Feb, 23:31, 5 "Like"\n'
    '- "Irene S.": "calm down please" - 21 Feb, 8:02, "Reply"\n'
    '- "Artie K.": "get lost" - 21 Feb, 9:15, 1 "Like"\n',
])
def test_a_record_that_quotes_a_thread_keeps_it(record):
    """A police record or a statement quotes a thread's comments with their likes in quotation
    marks ('3 отметки «Нравится»'): quoted words are no page's buttons, which print bare."""
    text = f"{STORY}\n\n{record}\n{STORY}\n"
    assert CLEANER.clean(text).text == text


def test_a_page_a_worksheet_sets_in_two_columns_stays():
    """A media-literacy worksheet reprints a web page set in by two columns, its share row, its
    ad's label and its comments among them: the author's quotation, as an indented example is."""
    worksheet = (
        "Instructions: Read the web page printed below carefully. Then answer the questions that follow.\n\n"
        "  Doctors STUNNED: Common Kitchen Spice Cures Diabetes in 14 Days\n\n"
        "  [ Share on Facebook ]  [ Tweet ]  [ WhatsApp ]  [ Email ]  [ Copy link ]\n"
        "  48.2K shares\n\n"
        "  A new study has sent shockwaves through the medical community after researchers found a spice.\n\n"
        "  >> ADVERTISEMENT <<\n"
        "  GlucoBalance Pure Cinnamon Extract - Doctor Recommended!\n\n"
        "  Sandra K.  -  2 days ago\n"
        "  My mum has been doing this for years and she's never been ill.\n"
        "  Like (312)  Reply\n\n"
        "  Jay_Thompson88  -  2 days ago\n"
        "  Can anyone link the actual study? I've looked and can't find it.\n"
        "  Like (41)  Reply\n\n"
        "1. Who wrote the article, and what do you know about them?\n"
    )
    assert CLEANER.clean(worksheet).text.split() == worksheet.split()


@pytest.mark.parametrize("text", [
    "Les fichiers haute définition sont mis à disposition dans l'espace client. Le bouton\nTélécharger\n"
    "n'est actif qu'après validation du bon de commande. Les fichiers basse définition portent un filigrane.\n",
    "Los archivos en alta resolución se ponen a disposición en el área de cliente. El botón\nDescargar\n"
    "solo se activa después de confirmar el pedido. Los archivos de vista previa llevan una marca de agua.\n",
])
def test_a_button_word_inside_a_sentence_stays(text):
    """A licence names a button in the middle of its sentence, set on a line of its own: the line
    above leaves the sentence open, the line below carries it on in lower case. A gallery's
    repeated "click to enlarge" opens no sentence and still goes."""
    assert CLEANER.clean(text).text == text
    gallery = f"{STORY}\nclick to enlarge\nclick to enlarge\nclick to enlarge\nUnfortunately it rained.\n"
    assert "click to enlarge" not in CLEANER.clean(gallery).text


@pytest.mark.parametrize("chorus", ["Выше! (выше!)\nПятый этаж!\nДальше!\nДальше!\nЕщё раз!",
                                    "Higher! (higher!)\nFifth floor!\nNext!\nNext!\nAgain!"])
def test_a_chant_under_its_chorus_label_stays(chorus):
    """A song's chorus of shouts ("Дальше!" twice, "Ещё раз!") under its label "[Chorus]",
    beside a labelled verse: too short for verses. Share buttons under a label end in no mark
    and go."""
    verse = ("[Verse 1]\nThe lift is broken on the fifth again,\nI take the stairs like it is the final lap,\n"
             "my mother works the night shift in the ward,\nthe kettle argues with me until dawn.\n")
    song = f"{verse}\n[Chorus]\n{chorus}\n\n[Verse 2]\nThe swings still creak the way a record does,\n" \
           "some of us left and some of us stayed.\n"
    assert CLEANER.clean(song).text == song
    buttons = f"{verse}\n{STORY}\n\nShare:\nTweet\nShare\n"
    assert "Tweet" not in CLEANER.clean(buttons).text


@pytest.mark.parametrize("question, answer", [
    ("Instagram?", "Nesleduju."), ("Esta conta?", "Não."), ("¿Compartir o guardar?", "Compartir."),
])
def test_a_quick_fire_question_of_a_button_word_stays(question, answer):
    """An interview's quick-fire round: short questions, each over its short answer, one a
    button's word ("Instagram?"). Over a follow box's links the same question goes."""
    text = (f"Quick-fire round with the chef\nCoffee or tea?\nTea.\nSea or mountains?\nMountains.\n"
            f"{question}\n{answer}\nFast food?\nNever!\n")
    assert CLEANER.clean(text).text == text
    box = text.replace(f"{question}\n{answer}\n", f"{question}\nFollow us\nFacebook\n")
    assert question not in CLEANER.clean(f"{STORY}\n\n{box}\n{STORY}\n").text


@pytest.mark.parametrize("contact, extension", [
    ("Контакты", "доб. 2231"), ("Kontakt", "Durchwahl 14"),
])
def test_a_reports_contact_section_over_a_name_and_an_extension_stays(contact, extension):
    """A status report's last section, its contact over the project lead's name, role and
    internal extension ("доб. 2231", "Durchwahl 14"): an office's phone number. Over a name and
    a role alone the same word goes."""
    report = (f"Weekly status report\n\nSummary\n\n{BEFORE}\n\nBudget\n\n{AFTER}\n\n"
              f"{contact}\n\nOlga Smirnova\nproject lead\n{extension}\n")
    assert CLEANER.clean(report).text == report
    assert contact not in CLEANER.clean(report.replace(f"\n{extension}", "")).text


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_poems_shouts_stay_with_no_blank_line_between_its_stanzas(joiner):
    """A rhyme whose stanzas each close on the same shouts ("Up!" / "Back!" / "More!"), set with
    no blank line, or with one after every line: the text is verse (its lines run on or end in
    a mark), and the shouts beside its verses are its refrain. Between a story's sentences the
    same word with no mark goes."""
    stanzas = [
        ["Under the lime tree in the yard", "the old swing creaks and sings,", "my sister and I ran out at dawn",
         "and sat like queens and kings."],
        ["Daddy, daddy, push us higher,", "right up to the sky,", "so from the very topmost point",
         "the whole town passes by!"],
        ["Then Granny calls us in for tea,", "the kettle on the hob,", "but one more go, just one more go,",
         "before the evening's job."],
    ]
    lines = [line for stanza in stanzas for line in (*stanza, "Up!", "Back!", "More!")]
    rhyme = joiner.join(lines) + "\n"
    assert CLEANER.clean(rhyme).text == rhyme
    story = f"{BEFORE}\nBack\n{AFTER}\n"
    assert "Back\n" not in CLEANER.clean(story).text


def test_a_site_maps_last_page_stays_when_its_notes_quote_many_labels():
    """A designer's site map for a client, its menu one page a line (subpages indented) and its
    notes quoting the pages one a sentence ('„Zaloguj się” proponuję na razie zostawić.'): a
    text about the menu it lists. With only one label quoted, the last page goes: a page's
    "click 'Log in'" names its own button."""
    notes = ("1. „Zapisz się” będzie też dużym przyciskiem na stronie głównej.\n"
             "2. „Koszyk” i „Zamówienie” nie pojawią się w menu głównym.\n"
             "3. „Zaloguj się” proponuję na razie zostawić, bo sklep może mieć konta klientów.\n"
             "4. Pod każdym wpisem na blogu będą przyciski „Udostępnij” i „Czytaj dalej”.\n")
    site_map = ("Mapa strony pracowni ceramiki, wersja 2\n\nPoniżej przesyłam poprawioną mapę strony.\n\n"
                "Strona główna\nO pracowni\n    Historia\n    Zespół\nWarsztaty\n    Zapisz się\nSklep\n"
                "    Kubki\n    Koszyk\nBlog\nKontakt\nZaloguj się\n\nKilka uwag do poszczególnych elementów:\n\n")
    assert CLEANER.clean(site_map + notes).text == site_map + notes
    one_label = site_map + "3. „Zaloguj się” proponuję na razie zostawić, bo sklep może mieć konta klientów.\n"
    assert "Zaloguj się\n\n" not in CLEANER.clean(one_label).text


@pytest.mark.parametrize("menu", [
    "Home\nBio\nCauses\nMedia Samples\nContact",
    "Startseite\nÜber uns\nProjekte\nTermine\nKontakt",
    "Главная\nО проекте\nМастерские\nКалендарь\nКонтакты",
])
def test_a_sites_menu_under_the_pages_title_is_page_modes_to_take(menu):
    """A page's title, then its site's menu as a paragraph of short links, the front page's
    first ("Home" / "Bio" / "Causes"), another a site's page ("Contact"), then the story: in
    page mode the menu goes. The same links quoted under a sentence that introduces them, in a
    text with no blank lines, as a glossary's pairs, a budget's list that opens with "Home" or
    a handover note's menu whose pages its prose names again are no title menu; and article
    mode takes none (a board game's spaces, a support group's agenda look the same)."""
    title = "The council that closed the shelter | The Harbour Blog"
    text = f"{title}\n\n{menu}\n\n{STORY}\n"
    blocks = segment(text.split("\n"))
    assert menu_under_the_title(blocks, 1) == [1, 2, 3, 4, 5][:len(menu.split("\n"))]
    page = PAGE_INLINE.clean(text)
    assert page.text == f"{title}\n\n{STORY}\n"
    assert {removal.source for removal in page.removals} == {"heuristic:title-menu"}
    assert "heuristic:title-menu" not in {removal.source for removal in CLEANER.clean(text).removals}
    for kept in (f"{title}\n\nThe site's main menu is:\n{menu}\n\n{STORY}\n", f"{title}\n{menu}\n{STORY}\n",
                 f"Interface glossary\n\nHome\nAccueil\nSearch\nRechercher\nLog in\nSe connecter\n\n{STORY}\n",
                 f"Monthly budget\n\nHome\nFood\nTransport\nSavings\n\n{STORY}\n",
                 "Overdracht website buurtvereniging\n\nStartpagina\nOver ons\nNieuws\nContact\n\n"
                 "Op Nieuws komen de verslagen van de vergaderingen, en de pagina Over ons blijft zoals hij is. "
                 "Berichten via Contact gaan naar de secretaris, die ze binnen een week beantwoordt.\n"):
        blocks = segment(kept.split("\n"))
        assert not any(menu_under_the_title(blocks, i) for i in range(len(blocks)))


@pytest.mark.parametrize("story", [
    "Stop!\nA cat.\nBack!\nBack!\nBack!\nThe cat yawned.\nGo!\nSplash!\nSplash!\n",
    "Und unten im Keller sitzt jemand und wartet.\nKlopf! Klopf!\nZurück!\nGeh zu Seite 2 und versuch es noch einmal.\n",
    "First down!\nMove that ball!\nGo, go, go!\nPunch on the ball and jump on the last go.\n",
])
def test_a_picture_books_shout_among_shouts_stays(story):
    """A picture book's, a gamebook's or a cheer's shouts, one a line between lines that end in a
    mark, one of them a shout or an exclamation too ("Back!" under "A cat.", "Zurück!" under
    "Klopf! Klopf!", "Go, go, go!" under "Move that ball!"). A call
    between a story's sentences, or over a button, still goes."""
    text = f"Duck and the pond\n{story}"
    assert CLEANER.clean(text).text == text
    for call in ("Read the rest.\nSign up Now!\nShare",
                 "The council met on Monday.\nSign up Now!\nThe bridge will open next spring, the mayor said."):
        assert "Sign up Now!" not in CLEANER.clean(f"{STORY}\n\n{call}\n\n{STORY}\n").text


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_sites_pages_the_text_writes_about_stay(joiner):
    """A handover note that lists a site's menu, one page a line, then writes about the pages
    by their names as written ("La page Accueil affiche...", "Dans Archives, ..."): the text's
    own list, with or without blank lines. A page's lower-case menu whose words a story uses
    ("book", "search") still goes."""
    menu = "Menu principal actuel :\nAccueil\nQui sommes-nous\nActualités\nConcerts\nArchives\nContact\nConnexion"
    notes = ["La page Accueil affiche automatiquement les trois dernières actualités de la chorale.",
             "La page Concerts est la plus consultée, et je la mets à jour six semaines avant chaque date.",
             "Dans Archives, les programmes sont classés par saison, de la plus récente à la plus ancienne.",
             "La page Contact renvoie vers l'adresse de la secrétaire, qui répond dans la semaine."]
    text = f"Note de passation du site de la chorale{joiner}{menu}{joiner}" + joiner.join(notes) + "\n"
    assert CLEANER.clean(text).text == text
    story = ("The bookshop opened a second branch. You can book a signing and search the schedule "
             "online, the owner said, and the reading room opens in May.")
    page = f"{story}\n\nhome\nabout\nadvertise\nbook\nschedule\ncontact\narchives\nsearch\n\n{story}\n"
    assert "search\n" not in CLEANER.clean(page).text


def test_a_phrasebooks_pairs_that_keep_their_marks_stay():
    """A phrasebook's entries, each a phrase over its translation in a paragraph of its own,
    both ending in the same mark or in none ("Hilfe!" / "Help!", "Danke." / "Thank you.",
    "Zurück" / "Back"): the button words among them are entries too. A footer's groups of
    links are no such pairs."""
    pairs = [("Hallo!", "Hello!"), ("Danke.", "Thank you."), ("Wo ist der Bahnhof?", "Where is the station?"),
             ("Hilfe!", "Help!"), ("Ich habe mich verlaufen.", "I'm lost."), ("Zurück", "Back"),
             ("Weiter", "Next"), ("Ausgang", "Exit"), ("Auf Wiedersehen!", "Goodbye!")]
    text = "Kleiner Sprachführer: am Bahnhof\n\n" + "\n\n".join(f"{a}\n{b}" for a, b in pairs) + "\n"
    assert CLEANER.clean(text).text == text
    footer = f"{STORY}\n\nFollow us\nFacebook\n\nShare\nTwitter\n\n{STORY}\n"
    assert "Facebook" not in CLEANER.clean(footer).text


@pytest.mark.parametrize("title, dishes", [
    ("Menu", ["Polenta con funghi porcini", "Tagliatelle di farina di castagne al ragù di cinghiale",
              "Salsiccia alla brace con patate", "Vin brulé e vino novello"]),
    ("Para compartir", ["Croquetas caseras de jamón ibérico (6 uds.) ........ 9,50 €",
                        "Pimientos de Padrón ........ 7,00 €", "Patatas bravas con alioli de la casa ........ 6,50 €"]),
    ("Menu", ["Grilled mackerel with pickled beetroot", "Roast lamb with rosemary potatoes",
              "Sticky toffee pudding and custard"]),
])
def test_a_menus_title_over_its_dishes_stays(title, dishes):
    """A festival programme's or a restaurant's menu: a title that is a button's word ("Menu",
    "Para compartir") over dishes, each a phrase of several words. Over a site's pages, named
    in a word or two, and over a popular-posts box's headlines, the same titles go."""
    text = f"Sagra della castagna\n\n{BEFORE}\n\n{title}\n\n" + "\n".join(dishes) + f"\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    for box in (f"{title}\n\nHome\nAbout us\nEvents\nContact",
                "Popular Posts\n\nMan rescued from the river by two fishermen\nCouncil votes to close the old library\n"
                "Storm brings down trees across the valley"):
        box_title = box.split("\n")[0]
        assert f"{box_title}\n" not in CLEANER.clean(f"{STORY}\n\n{box}\n\n{STORY}\n").text


@pytest.mark.parametrize("title, body", [
    ("Kontakt", "Koordynator programu: Marta Wróblewska\n"
                "Zgłoszenia można też przekazywać w punkcie informacji przyrodniczej w Miliczu."),
    ("Impressum", "Herausgeber: Redaktion „Der Pausenhof“\nChefredaktion: Lina Becker\nDruck: Schuldruckerei"),
])
def test_a_button_word_over_a_last_section_of_fields_or_a_name_stays(title, body):
    """The last section of a text cut into titled sections, its title a button's word over a
    name before a sentence ("Kontakt" over the coordinator and where reports go) or over a
    masthead's fields ("Impressum" over "Herausgeber: ..."). A share button or a call to
    subscribe over the same lines still goes."""
    text = WALK.format(title=title, body=body)
    assert CLEANER.clean(text).text == text
    for button in ("Share", "Newsletter"):
        kept = CLEANER.clean(WALK.format(title=button, body=body)).text
        assert f"\n{button}\n" not in kept and body in kept


def test_an_archives_title_over_a_list_between_prose_stays():
    """A family's inventory of a box of letters: "Archives" over its bundles, each a phrase,
    between paragraphs of prose. A sidebar's "From the Archives" over headlines, among the
    sidebar's other boxes, still goes."""
    bundles = ("Liasse 1 – Lettres de Marcel à Odette pendant son service militaire\n"
               "Liasse 2 – Cartes postales de vacances, surtout de Royan\n"
               "Liasse 3 – Faire-part de naissance, de mariage et de décès")
    intro = ("En vidant la maison au printemps, nous avons trouvé dans l'armoire une boîte à biscuits remplie "
             "de lettres. Voici ce que j'ai trouvé.")
    after = "Les lettres sont en bon état, sauf celles du grenier, que l'humidité a tachées."
    text = "\n\n".join([intro, "Archives", bundles, "État de conservation", after]) + "\n"
    assert CLEANER.clean(text).text == text
    sidebar = ("China Slideshow\n\nFrom the Archives\n\nChinese Intellectuals Contemplate the Earthquake\n"
               "In Beijing, Their Pre-winter of Discontent\nThe New Epicenter of China's Discontent\n\n"
               "China on the Web\n\nCaixin online\nThe China Beat\nChina Dialogue")
    assert "From the Archives" not in CLEANER.clean(f"{STORY}\n\n{sidebar}\n").text


@pytest.mark.parametrize("title, items", [
    ("Abonnement", ["Abonnement annuel (4 numéros) : 32 €", "Abonnement annuel, autres pays : 46 €",
                    "Tarif réduit (étudiants, sur justificatif) : 22 €", "Abonnement de soutien : 50 € et plus",
                    "Numéro à l'unité : 9 €, plus 2,50 € de port"]),
    ("Suche", ["Matschhose Gr. 104, gern mit Trägern", "Gummistiefel Gr. 27 (Lina, Mäusegruppe)",
               "Laufrad ab ca. 3 Jahren (Familie Yilmaz)"]),
    ("Partager", ["Le frigo, sauf l'étagère du haut de chacun", "La machine à laver et l'étendoir",
                  "Les casseroles, poêles et la vaisselle", "Le salon, la télé et la console",
                  "La connexion internet"]),
])
def test_a_button_word_over_a_list_of_phrases_stays(title, items):
    """A magazine's subscription rates under "Abonnement" (each naming the subscription), a swap
    board's wanted things under "Suche" (German nouns in capitals, but sizes and brackets), a
    flat-share's shared things under "Partager" (one of them, "La connexion internet", naming a
    login): lists of phrases. A share box's form under "Send to a friend" still goes."""
    text = f"Bulletin\n\n{BEFORE}\n\n{title}\n\n" + "\n".join(items) + f"\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    form = "Send to a friend\n\nRecipient's email address\nYour first name\nYour surname\nAdd a note (optional)"
    assert "Send to a friend" not in CLEANER.clean(f"{STORY}\n\n{form}\n\n{STORY}\n").text


def test_a_menus_title_over_its_first_sections_title_stays():
    """A tavern's menu: "МЕНЮ" over "Салати" over the salads, each priced in leva ("... 8,50
    лв.", a currency's full stop that ends no sentence). A recipe's print button over the
    recipe's name, over "Ingredients" and its list, still goes."""
    menu = ("МЕХАНА „СТАРАТА ЛОЗА“\nБългарска домашна кухня\n\nМЕНЮ\n\nСалати\nШопска салата ... 8,50 лв.\n"
            "Овчарска салата ... 10,50 лв.\nСнежанка ... 6,90 лв.\n\nСупи\nТаратор ... 4,50 лв.\n"
            "Шкембе чорба ... 6,20 лв.\nБоб чорба по монастирски ... 5,80 лв.\n")
    assert CLEANER.clean(menu).text == menu
    recipe = (f"{STORY}\n\nPrint This\n\nPasta Fazool for Cavemen\n\nIngredients\n\n2 tablespoons olive oil\n"
              "1 pound Italian sausage meat, removed from the casings\n1 large sweet onion, chopped\n")
    assert "Print This" not in CLEANER.clean(recipe).text


def test_a_sections_title_over_a_days_date_and_its_times_stays():
    """A class trip's plan in titled sections, "Hin", "Vor Ort", "Zurück" (back): under "Zurück"
    the day's date over its times, the times in sentences. A pager's "Zurück" between a story's
    paragraphs still goes."""
    plan = ("Klassenfahrt der 9b nach Berlin\n\nHin\n\nMontag, 17. Juni\n07:15 Treffpunkt am Bahnhof, "
            "bitte pünktlich sein, wir verteilen dort die Fahrkarten.\n\nVor Ort\n\nDienstag bis Donnerstag: "
            "Reichstag, Gedenkstätte Berliner Mauer und Technikmuseum, abends Essen in der Herberge.\n\n"
            "Zurück\n\nFreitag, 21. Juni\n10:00 Abfahrt zum Hauptbahnhof.\n14:40 voraussichtliche Ankunft in "
            "Kassel, bitte holen Sie Ihr Kind am Haupteingang ab.\n\nWas mitkommen muss\n\n"
            "Bitte packen Sie nur einen Koffer und einen kleinen Rucksack für die Fahrt.\n")
    assert CLEANER.clean(plan).text == plan
    assert "Zurück" not in CLEANER.clean(f"{BEFORE}\n\nZurück\n\n{AFTER}\n").text


@pytest.mark.parametrize("sections", [
    # a cooking class's courses, one dish a course
    ["Para começar\nPão alentejano, azeitonas retalhadas e queijo de Serpa",
     "Entrada\nSopa de tomate à alentejana com ovo escalfado", "Sobremesa\nSericaia com ameixa de Elvas"],
    # a room-service card's dishes, each over its description
    ["Kahvaltı\n07:00 – 11:00", "Serpme Kahvaltı (2 kişilik) ..... 850 TL\n"
     "Beyaz peynir, kaşar, zeytin çeşitleri, domates, salatalık, bal ve kaymak"],
    # a phone's settings, each over its sentence
    ["Wi-Fi\nTu łączysz telefon z internetem w domu, hasło jest na kartce przy routerze.",
     "Bluetooth\nWłączasz go tylko wtedy, gdy chcesz połączyć telefon ze słuchawkami."],
])
def test_a_menus_title_over_its_sections_stays(sections):
    """"Menu" over a text cut into sections of several lines, their lines phrases or sentences:
    a cooking class's courses, a room-service card, a phone's settings explained. A site's menu
    over its pages, in one paragraph or in groups, still goes."""
    text = "Casa Emília\nRua do Sol, 12\n\nMenu\n\n" + "\n\n".join(sections) + "\n"
    assert CLEANER.clean(text).text == text
    for links in ("Home\nNews\nSport\nContact", "About the paper\nOur team\n\nContact us\nAdvertise"):
        assert "Menu" not in CLEANER.clean(f"{STORY}\n\nMenu\n\n{links}\n\n{STORY}\n").text


# A monologue's directions between its speeches (tests/genres/fyret-ejnars-monolog-da.txt)
MONOLOGUE = [
    '(Fyrets vagtstue. Nat. Et lille bord, en termokande, en logbog. Gennem vinduet fejer lyset fra fyret hen over scenen med jævne mellemrum. EJNAR, omkring halvfjerds, i strikket trøje, står ved vinduet med ryggen til publikum.)',
    'EJNAR: Syvogtredive år. Syvogtredive år, og i morgen kommer der en ung mand fra Søfartsstyrelsen med en kasse på størrelse med en brødrister, og så passer den kasse fyret. Den blinker til tiden. Den fryser ikke. Den drikker ikke kaffe.',
    '(Han vender sig om.)',
    'De siger, det er fremskridt. Det er det vel også. Jeg har ikke noget imod fremskridt. Jeg fik fjernsyn i niogtres, som den første på øen.',
    '(Han går hen til bordet og åbner logbogen.)',
    'Men kassen skriver ikke i logbogen. »Vind sydvest, frisk. God sigt. Kl. 02.40 coaster forbi mod nord, lanterner i orden.« Hvem skal vide det nu? Hvem skal vide, at der den fjortende januar niogfirs kom en flok svaner ind mod ruden, tolv styk, og at den ene blev liggende på galleriet til om morgenen, og at jeg gav den havregryn? Det står her. Side hundrede og otte.',
    '(Han bladrer.)',
    'Og her. Marts femoghalvfems. »Ingen skibe. Karen er død.« Det var alt, jeg kunne skrive den nat. Jeg tændte fyret alligevel. Hvad skulle jeg ellers have gjort. Man slukker ikke et fyr, fordi man er i sorg. Det er ligesom hele meningen.',
    '(Lyset fejer forbi. Han følger det med øjnene.)',
    'Ved I, hvad folk ikke forstår? De tror, at fyret er for skibene. Det er det også. Men det er også for den, der står herude. Hvert niende sekund siger det: Du er her stadig. Du er her stadig. Du er her stadig. I syvogtredive år har det sagt det til mig.',
    '(Pause.)',
    'Og i morgen skal det sige det til en kasse.',
    '(Han lukker logbogen og skriver noget på forsiden med en blyant, langsomt.)',
    '»Til den næste.« Der kommer ikke nogen næste. Men man ved aldrig. Måske går strømmen en dag. Måske står der en dag en herude i mørket, som er bange og ikke ved, hvor tændstikkerne ligger.',
    '(Han lægger en æske tændstikker oven på bogen.)',
]


def test_a_monologues_pause_among_its_stage_directions_stays():
    """A monologue's "(Pause.)" (and a player's pause button) among the play's other directions
    in brackets, each different and no furniture. An essay's two editor's notes and a page
    number in brackets make no play: its "[return to top]" still goes."""
    play = "FYRET\nSkuespil i én akt\n\n" + "\n\n".join(MONOLOGUE) + "\n"
    assert CLEANER.clean(play).text == play
    essay = (f"{BEFORE}\n\n[ed. - answering those six questions is often a good place to begin]\n\n{AFTER}\n\n"
             f"(page 210 of the Free Press edition)\n\n{BEFORE}\n\n[return to top]\n\n{AFTER}\n")
    assert "[return to top]" not in CLEANER.clean(essay).text


def test_a_menu_cards_title_over_its_first_sections_title_stays():
    """A bilingual trattoria menu: "MENU / MENU" over "ANTIPASTI / STARTERS" alone in its
    paragraph, then the dishes, each over its translation. A sidebar's "Search" over "User Tools"
    and a paragraph of follow calls still goes."""
    menu = ("Trattoria da Gino\nVia dei Serragli 41r – Firenze\n\nMENU / MENU\n\nANTIPASTI / STARTERS\n\n"
            "Crostini toscani ai fegatini di pollo .......... 7,00\nTuscan crostini with chicken liver pâté\n\n"
            "Fettunta con olio nuovo .......... 4,50\nGrilled bread rubbed with garlic and new olive oil\n\n"
            "PRIMI / FIRST COURSES\n\nPappa al pomodoro .......... 9,00\nBread and tomato soup\n")
    assert CLEANER.clean(menu).text == menu
    sidebar = (f"{STORY}\n\nSearch\n\nUser Tools\n\nin association with\nMLB Daily Dish: a clearinghouse for trade "
               "rumors from credible sources, covering every signing and trade.\n\nStart posting on MLB Daily Dish\n"
               "Follow @mlbdailydish\nSubscribe to MLB Daily Dish\n")
    assert "\nSearch\n" not in CLEANER.clean(sidebar).text


@pytest.mark.parametrize("title", ["Zum Anhören", "À écouter", "Para ouvir", "Watch", "Escuchar", "Posłuchaj"])
def test_a_last_sections_title_over_a_list_of_references_stays(title):
    """A talk's sources cut into titled sections, the last titled like a player's button over the
    recordings it names, each a short line ending in a full stop ('Louis Armstrong, "West End
    Blues", 1928.'): the section's title. Over a related box's headlines, which end in no full
    stop, the button's word still goes."""
    sources = ("Jazz in the port city\n\nThe old records of the city's dance halls tell a story that no archive kept, "
               "and this talk follows three of them from the docks to the radio.\n\nBooks\n\n"
               "Smith, John. The City Sound. London: Faber, 1999.\n\nOnline\n\nThe archive of 78 rpm records:\n"
               "https://records.example.org\n\n{title}\n\n{items}\n\n"
               "Bring other sources to the next meeting, please, if you have any at home.\n")
    references = 'Louis Armstrong, "West End Blues", 1928.\nBessie Smith, "St. Louis Blues", 1925.'
    text = sources.format(title=title, items=references)
    assert CLEANER.clean(text).text == text
    headlines = "The Harbour Band Plays Its Last Night\nWhy The Old Club Closed Its Doors"
    assert f"\n{title}\n" not in CLEANER.clean(sources.format(title=title, items=headlines)).text


POEM_CYCLES = [
    ("Three poems from the bus shelter",
     ("Advertisement", "A woman on the poster\nis always twenty-five,\nher coffee never cooling,\n"
                       "her smile the size of a door.\nNobody waits\nas long as she does."),
     ("Morning Train", "The seven-fifteen is late again,\nwe stand in our own breath\nand read the same\n"
                       "four lines of the timetable."),
     ("Lost and Found", "One glove, left hand,\npinned to the railing\nlike a small flag\nof somebody's winter.")),
    ("Drei Gedichte vom Bahnsteig",
     ("Anzeige", "Im Schaukasten der Zeitung\nsucht jemand ein Zimmer,\nruhig gelegen, mit Balkon,\n"
                 "und einen Menschen dazu.\nChiffre\nunbekannt."),
     ("Gleis vier", "Der Zug nach Hause\nhat wieder Verspätung,\nwir zählen die Tauben\nauf dem Dach des Kiosks."),
     ("Fundsache", "Ein Schal, blau gestreift,\nhängt am Geländer\nwie eine kleine Fahne\nfür jemanden, der fror.")),
    ("Trois poèmes de l'arrêt de bus",
     ("Publicité", "Sur l'affiche du boulevard\nune femme boit son café\ndepuis le mois de mars,\n"
                   "et il ne refroidit jamais.\nPersonne\nn'attend aussi longtemps."),
     ("Le premier bus", "Le bus de sept heures\npasse sans s'arrêter,\nnous restons là\navec nos tickets pliés."),
     ("Objets trouvés", "Un gant, main gauche,\naccroché à la grille\ncomme un petit drapeau\nde l'hiver de quelqu'un.")),
]


@pytest.mark.parametrize("cycle, poems", [(cycle, poems) for cycle, *poems in POEM_CYCLES])
def test_a_poems_title_like_an_ads_label_stays_in_a_cycle_of_titled_poems(cycle, poems):
    """A cycle of free-verse poems, each titled, the first titled like an ad's label ("Anzeige")
    over short lines too loose for a stanza ("Chiffre" / "unbekannt."): the poem's title. The
    label between a story's paragraphs still goes."""
    text = f"{cycle}\n\n" + "\n\n".join(f"{title}\n\n{poem}" for title, poem in poems) + "\n"
    assert CLEANER.clean(text).text == text
    label = poems[0][0]
    assert CLEANER.clean(f"{BEFORE}\n\n{label}\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


@pytest.mark.parametrize("tags", [
    ("#ad", "#sponsored", "#collab", "#spon", "#thanks", "#gifted"),
    ("#Anzeige", "#Werbung", "#danke", "#kooperation", "#partner"),
    ("#sponsored", "#ad", "#sp", "#collab", "#gifted"),
])
def test_an_ads_hashtag_in_a_list_of_hashtags_stays(tags):
    """A guide's list of hashtags that do not mark an ad clearly enough, one a line under its
    title: every tag is the list's, the ad's own ("#ad", "#Anzeige") too, with or without blank
    lines. The same tags alone between a story's paragraphs still go."""
    text = f"{BEFORE}\n\nNot clear enough\n\n" + "\n".join(tags) + f"\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    flat = text.replace("\n\n", "\n")
    assert CLEANER.clean(flat).text == flat
    assert CLEANER.clean(f"{BEFORE}\n\n#ad\n#sponsored\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


RUNS_OF_ENTRIES = {
    "en": ("Film club at the Eastside library\nSpring programme\n\nOn the first Tuesday of each month we watch a film "
           "together and talk about it over coffee afterwards.\n\n{title}\n\n"
           "4 March — Whisky Galore!, Alexander Mackendrick, 1949\nAn island runs out of whisky and a ship runs "
           "aground. We will look at how the islanders are filmed.\n\n"
           "1 April — Local Hero, Bill Forsyth, 1983\nAn oil man comes to buy a village. We will talk about who is "
           "really buying whom.\n\n"
           "6 May — Gregory's Girl, Bill Forsyth, 1980\nA school football team gets a new striker. Who is the film "
           "really about?\n\n"
           "After the films\n\nAnyone who wants to can stay on after the talk to choose next season's films from the "
           "list at the desk.\n"),
    "de": ("Fotokurs für Anfänger, Volkshochschule Kassel\nAbend 4: Bilder der Teilnehmenden\n\nDiese Woche haben wir "
           "die Abzüge der ersten Aufgabe an die Wand gehängt. Hier stehen unsere Bemerkungen für alle, die nicht dabei "
           "waren.\n\n{title}\n\n"
           "1. Jana Roth – Am Bahnhof\nDer Zug als Linie durch das Bild ist gut gewählt. Der Himmel ist aber "
           "ausgebrannt, belichte nächstes Mal auf die Lichter.\n\n"
           "2. Tom Berger – Markthalle\nDie Perspektive der Bögen führt das Auge in die Tiefe. Bei einer "
           "Fünfzehntelsekunde hätte ein Stativ geholfen.\n\n"
           "3. Ilse Kraus – Küchenfenster\nDas persönlichste Bild des Abends. Ein engerer Ausschnitt links würde den "
           "Mülleimer verschwinden lassen.\n\n"
           "Für nächste Woche\n\nMacht dieselbe Aufgabe noch einmal in derselben Straße, aber um sieben Uhr morgens, "
           "und bringt beide Abzüge mit.\n"),
}


@pytest.mark.parametrize("lang, title", [("en", "Watch"), ("en", "Gallery"), ("de", "Galerie"), ("de", "Ansehen")])
def test_a_media_words_title_over_a_run_of_entries_stays(lang, title):
    """A film club's screenings, each a heading line over what the club will talk about, or a
    photo course's pictures, each over its critique, under a media word's title ("Watch",
    "Galerie"), the text going on in titled sections after them: the section's title. Between a
    story's paragraphs the word still goes."""
    text = RUNS_OF_ENTRIES[lang].format(title=title)
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\nGallery\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


MINUTES = {
    "en": ("Minutes of the residents' meeting of Harbour Court, 12 March 2024\n\nPresent: 19 of the 32 flats, in person "
           "or by proxy. The chair, Ms Linda Shaw, opened the meeting at seven.\n\n{title}\n\n"
           "The minutes of the November meeting were read and approved. The chair recalled that the new garage gate "
           "was fitted in February, within budget.\n\n"
           "Matters discussed\n\n1. Damp in the north wall. The survey will be repeated in April.\n2. Extra charge. "
           "Approved by 15 votes to 4, payable in June.\n3. Visitor parking. Several residents asked for a second "
           "space.\n\n"
           "Next steps\n\n- The chair will ask two more firms for quotes.\n- The secretary will send the survey to "
           "every flat.\n"),
    "es": ("Acta de la reunión de vecinos del edificio Los Olmos, 12 de marzo de 2024\n\nAsistentes: 19 de los 32 pisos, "
           "en persona o por representación. Presidió la reunión la presidenta, doña Marta Gil.\n\n{title}\n\n"
           "Se leyó y aprobó sin cambios el acta de la reunión de noviembre. La presidenta recordó que la nueva puerta "
           "del garaje ya está instalada.\n\n"
           "Asuntos tratados\n\n1. Humedad en la fachada norte. Se repetirá la inspección en abril.\n2. Derrama. "
           "Aprobada por 15 votos a 4, se pagará en junio.\n3. Plaza de visitas. Varios vecinos pidieron una segunda "
           "plaza.\n\n"
           "Próximos pasos\n\n- La presidenta pedirá dos presupuestos más.\n- El secretario enviará el informe a todos "
           "los vecinos.\n"),
}


@pytest.mark.parametrize("lang, title", [("en", "Previous"), ("en", "Back"), ("es", "Anterior")])
def test_the_first_sections_title_like_a_pagers_word_stays_in_a_sectioned_text(lang, title):
    """Minutes whose first section, under their title and who came, is the meeting before's
    ("Anterior" over its minutes approved), beside two more titled sections: the section's
    title, however like a pager's word. An ad's label in its place still goes."""
    text = MINUTES[lang].format(title=title)
    assert CLEANER.clean(text).text == text
    assert "Publicidad" not in CLEANER.clean(MINUTES["es"].format(title="Publicidad")).text


COUNTING = ("Counting\nfor my brother, who stopped writing\n\nYour last post is still up:\nthe pier at Whitby, your yellow "
            "coat.\nUnder it, in small grey letters,\n31 likes.\n\n12 replies,\nmostly hearts,\none \"where is "
            "this??\",\none from Mum that just says \"x\".\n\nViews: 806.\nI never knew what a view was.\n\n"
            "Last night I pressed the heart by mistake\nand it went down to 30,\nand I pressed it back.\n")


def test_a_counters_words_that_a_poems_next_line_carries_on_stay():
    """A poem's line "12 replies," whose sentence the next line carries on in lower case
    ("mostly hearts,"): the poem's. A share button with a comma over the networks still goes."""
    assert CLEANER.clean(COUNTING).text == COUNTING
    assert CLEANER.clean(f"{BEFORE}\n\nShare,\nFacebook, Twitter, E-mail\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


PRIMER = ("Tom and the Big Dog\nReader 3, Book 2\n\nNew words\nTom\ndog\nbig\nrun\nsit\nback\n\n"
          "Tom has a big dog.\nThe dog can run.\n\"Sit, dog, sit!\" said Tom.\n\"No,\" said the dog.\n\"Yes,\" said "
          "Tom.\nThe dog ran back home.\n\nRead these words again\nrun\nsit\nyes\nno\nback\nhome\n")


@pytest.mark.parametrize("joiner", ["\n", "\n\n"])
def test_a_primers_words_alone_in_lower_case_stay_to_the_last(joiner):
    """A reader's list of words to read again, each of which its story uses, ending "back" /
    "home": every word is the list's, with or without blank lines (without, the list is its run
    of words in lower case), though its last two are buttons' words. Buttons alone between a
    story's lines still go."""
    text = PRIMER.replace("\n\n", joiner)
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\nshare\ntweet\nemail\n{AFTER}\n").text == f"{BEFORE}\n{AFTER}\n"


AGENDA_ITEMS = ("Vereniging Plan Zuid\nNotulen van de ledenvergadering van 12 maart 2025\nAanwezig: 24 leden, 3 met een "
                "volmacht.\nAd 1\nDe voorzitter opent de vergadering om acht uur en heet iedereen welkom.\n"
                "Ad 2\nHet verslag van vorig jaar wordt zonder wijzigingen goedgekeurd.\n"
                "Ad 3\nAnneke de Vries wordt herkozen als penningmeester.\n"
                "Ad 4\nDe contributie blijft voor 2025 gelijk.\n")


def test_minutes_numbered_items_over_short_sentences_stay_without_blank_lines():
    """Minutes with no blank line, each agenda item "Ad 3" (re: item 3) over a short sentence:
    the items' titles, however like an ad's label. An ad's label between a story's lines still
    goes."""
    assert CLEANER.clean(AGENDA_ITEMS).text == AGENDA_ITEMS
    assert CLEANER.clean(f"{BEFORE}\nAdvertisement\n{AFTER}\n").text == f"{BEFORE}\n{AFTER}\n"


AGENDAS = {
    "en": ("Minutes of the residents' committee, 16 April 2024\n\nPresent: 9 of the 15 members and 23 residents.\n\n"
           "Agenda:\n1. Archive\n2. Subscribe\n3. Comments\n4. Any other business\n\n"
           "Item 1. The committee agreed to scan the paper archive of the estate's first twenty years and keep it in "
           "the library.\n"),
    "de": ("Protokoll der Sitzung des Mieterbeirats vom 16. April 2024\n\nAnwesend: 9 von 15 Mitgliedern und 23 "
           "Mieter.\n\nTagesordnung:\n1. Archiv\n2. Anmelden\n3. Kommentare\n4. Verschiedenes\n\n"
           "Zu 1. Der Beirat beschließt, das Papierarchiv der ersten zwanzig Jahre der Siedlung zu scannen und in der "
           "Bücherei aufzubewahren.\n"),
}


@pytest.mark.parametrize("lang", AGENDAS)
def test_the_first_item_of_a_numbered_agenda_stays(lang):
    """An agenda numbered 1 to 4 whose first items are a box's words ("1. Archive", "2.
    Subscribe"), its last no furniture: the agenda's. A share box numbered item by item, all of
    them buttons, still goes."""
    text = AGENDAS[lang]
    assert CLEANER.clean(text).text == text
    assert CLEANER.clean(f"{BEFORE}\n\n1. Share\n2. Tweet\n3. Email\n\n{AFTER}\n").text == f"{BEFORE}\n\n{AFTER}\n"


TOLD_IN_BUTTONS = {
    "en": ("Inbox\nfor R., who stopped answering\n\n"
           "Reply\n\nI typed 14 answers in March,\nall of them too long,\nall of them kind,\nnone of them sent.\n\n"
           "Delete\n\nNothing.\n\n"
           "Forward\n\nYour voice note from 3 May,\none minute twelve,\nin which you only laugh at first\nand then say "
           "my name.\n\n"
           "Archive\n\nI keep it under 2019,\nwith the ferry tickets,\nthe photo of the dog\nand the key to your flat.\n\n"
           "Send\n\n\"Yes. Home safe. Sorry.\"\n"),
    "es": ("Bandeja de entrada\npara R., que dejó de contestar\n\n"
           "Guardar\n\nEn marzo escribí 14 respuestas,\ntodas demasiado largas,\ntodas amables,\nninguna enviada.\n\n"
           "Borrar\n\nNada.\n\n"
           "Reenviar\n\nTu audio del 3 de mayo,\nun minuto doce,\nen el que al principio solo te ríes\ny después dices "
           "mi nombre.\n\n"
           "Archivar\n\nLo guardo en 2019,\ncon los billetes del ferry,\nla foto del perro\ny la llave de tu piso.\n\n"
           "Enviar\n\nSí. Llegué bien. Perdona.\n"),
}


@pytest.mark.parametrize("lang", TOLD_IN_BUTTONS)
def test_the_section_titles_of_a_poem_told_in_buttons_stay(lang):
    """A poem cut, from its first lines to its end, into sections each titled with the button the
    speaker presses ("Reply", "Delete", "Archive"; "Borrar", "Enviar") over its lines or a
    sentence ("Nothing."): the sections' titles. A page's boxes over their links and buttons
    still go."""
    text = TOLD_IN_BUTTONS[lang]
    assert CLEANER.clean(text).text == text
    page = (f"Water law passed\n\n{BEFORE}\n\n{AFTER}\n\nShare\n\nFacebook\nTwitter\nE-mail\n\nComments\n\nNo comments "
            "yet.\n\nRelated\n\nCanal repairs to start in May\nFarmers protest the new fee\n\nSubscribe\n\nGet our "
            "newsletter every morning.\n")
    kept = CLEANER.clean(page).text
    assert "\nShare\n" not in kept and "\nSubscribe\n" not in kept


@pytest.mark.parametrize("lang", TOLD_IN_BUTTONS)
def test_a_poem_told_in_buttons_may_end_on_its_place_and_date(lang):
    """The same poems signed under their last section with a place and a year ("Sète, 2019"):
    the sign-off is no section, and the titles are still the poem's."""
    text = TOLD_IN_BUTTONS[lang] + "\nSète, 2019\n"
    assert CLEANER.clean(text).text == text


@pytest.mark.parametrize("counts", [
    ("2,4 k", "312 commentaires", "1,1 k partages"),
    ("12.400 Mi piace", "860 commenti", "Condiviso 2.100 volte"),
    ("3.1K likes", "204 comments", "88 shares"),
])
def test_a_posts_counts_a_story_quotes_keep_the_story_after_them(counts):
    """A story without blank lines quotes a post's likes, comments and shares, one a line, and
    goes on: the count of comments between the two other counts is no thread's header, and
    nothing after it goes."""
    story = "\n".join([STORY, STORY, "Three days later, under my mother's photo of the tart, you could read:", *counts,
                       "She called me that evening.", "— What does the k mean?", "— It means a thousand, Mum.",
                       AFTER]) + "\n"
    assert CLEANER.clean(story).text == story


@pytest.mark.parametrize("call, button, after", [
    ("Appuyez sur :", "Rechercher", "Une liste de médecins s'affiche sous la case."),
    ("Klicken Sie auf:", "Suchen", "Eine Liste der Praxen erscheint unter dem Feld."),
    ("Pulse en:", "Buscar", "Aparece una lista de médicos debajo de la casilla."),
])
def test_a_button_a_step_calls_to_press_on_the_line_below_stays(call, button, after):
    """A guide for beginners sets the button to press on a line of its own under the call that
    names it, the call ending on its preposition and a colon ("Appuyez sur :" / "Rechercher"):
    the sentence's last word. A share box's "Follow us on:" over a network's name still goes."""
    text = f"{BEFORE}\n\nÉtape 2\nTapez le nom de votre médecin.\n{call}\n{button}\n{after}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    follow = CLEANER.clean(f"{BEFORE}\n\nFollow us on:\nFacebook\n\n{AFTER}\n").text
    assert "Facebook" not in follow


@pytest.mark.parametrize("line, ends", [
    ("„Ja. Gut angekommen.“", True),  # German quotation marks close on U+201C
    ("»Nein, danke.«", True),
    ("Elle a écrit : « Voilà. »", True),
    ("He only said ‘fine.’", True),
    ("«Война и мир»", False),  # a title in guillemets ends no sentence
    ("Spirit of '76 (Thank you St. Jude.)", False),  # nor does a byline's signature in brackets
    ("Krieg und Frieden«", False),
])
def test_a_sentence_ends_inside_its_closing_quotation_mark(line, ends):
    from cleaner.lines import ends_a_sentence

    assert ends_a_sentence(line) is ends


SONG_WITH_A_CODA = (
    "Wstecz\nsłowa i muzyka: Ola Nowak\n\n"
    "Zwrotka 1:\nDałaś mi serce pod zdjęciem\no drugiej w nocy,\npod rzeką z tamtego lata,\npamiętasz?\n\n"
    "Refren:\nWstecz, wstecz,\nprzewijam wstecz,\ndo tamtego lipca,\ndo tamtego mostu.\n\n"
    "Zwrotka 2:\nNacisnąłem „odpowiedz”,\nskasowałem i znowu,\nnapisałem ci „cześć”\ni też skasowałem.\n\n"
    "Koda:\nwyloguj\nwyloguj\nwyloguj\nnie wylogowuj\n"
)


def test_a_songs_coda_of_button_words_under_its_label_stays():
    """A song whose parts stand under their labels ("Zwrotka 1:", "Refren:") ends on a coda of
    a button's word said again ("Koda:" over "wyloguj" / "wyloguj" / "nie wylogowuj"): lines
    under a label that names no furniture, in a song whose other labelled parts hold verses. A
    lyrics page's share buttons under their label ("Udostępnij:") still go."""
    assert CLEANER.clean(SONG_WITH_A_CODA).text == SONG_WITH_A_CODA
    shared = CLEANER.clean(SONG_WITH_A_CODA + "\nUdostępnij:\nFacebook\nTwitter\n").text
    assert "Twitter" not in shared


PARISH_REPORT_WITHOUT_BLANK_LINES = (
    "Parafia św. Andrzeja w Dębnie\nSprawozdanie za rok 2023\n"
    "Chrzty\nW minionym roku ochrzczono 41 dzieci i 3 dorosłych.\nRok wcześniej chrztów było 38.\n"
    "Śluby\nW naszym kościele zawarto 12 małżeństw.\n"
    "Pogrzeby\nPożegnaliśmy 57 parafian, najstarszy z nich miał 99 lat.\n"
    "Remonty\nNaprawiono dach zakrystii dzięki dotacji powiatu.\n"
    "Ogłoszenia\nKancelaria parafialna jest czynna we wtorki i czwartki od 16 do 18.\n"
    "Zapisy na katechezę przyjmujemy we wrześniu.\n"
)


def test_a_parishs_notices_title_stays_without_blank_lines():
    """A parish's yearly report without blank lines whose last section is "Ogłoszenia"
    (notices; the classifieds too): the plural titles a parish's notices as "Annonces" and
    "Anuncios" do, where an ad slot's label is the singular ("Ogłoszenie"), which still goes
    between a story's paragraphs."""
    text = PARISH_REPORT_WITHOUT_BLANK_LINES
    assert CLEANER.clean(text).text == text
    story = f"{STORY}\n\nOgłoszenie\n\n{STORY}\n"
    assert "Ogłoszenie" not in CLEANER.clean(story).text
@pytest.mark.parametrize("label, shown", [
    ("Example:", ("« Previous post", "Next post »")),
    ("Beispiele", ("Teilen auf Facebook", "Per E-Mail teilen")),
    ("Exemple (mobile) :", ("‹ Précédent Page 2 sur 9 Suivant ›",)),
    ("Przykładowe teksty", ("Podziel się", "Drukuj")),
    ("Пример:", ("Поделиться в Telegram",)),
])
def test_what_a_guide_shows_under_an_example_label_stays(label, shown):
    """A style guide's or a manual's example under its label, in the label's paragraph
    ("Example:" over a pager as it appears, "Przykładowe teksty" over share buttons' texts): what
    the text shows. The same lines between a story's paragraphs, under no such label, still go."""
    text = f"{BEFORE}\n\n{label}\n" + "\n".join(shown) + f"\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    page = f"{BEFORE}\n\n" + "\n".join(shown) + f"\n\n{AFTER}\n"
    assert all(line not in CLEANER.clean(page).text for line in shown)


@pytest.mark.parametrize("title, office, extension, after", [
    ("Contato", "Recursos Humanos: Sra. Lúcia Ramos, de segunda a sexta, das 8h às 17h",
     "Ramal 204 — sala ao lado do escritório", "Declaro que recebi e li este manual."),
    ("Contacto", "Recursos Humanos: Sra. Marta Rojas, de lunes a viernes, de 8 a 17 horas",
     "Anexo 312 — oficina junto a la caja", "Declaro que recibí y leí este manual."),
    ("Contacto", "Recursos Humanos: Lic. Ana Torres, de lunes a viernes, de 9 a 18 horas",
     "Extensión 245 — segundo piso", "Confirmo que recibí y leí este manual."),
])
def test_a_handbooks_contact_section_over_an_extension_stays_without_blank_lines(title, office, extension, after):
    """A staff handbook without blank lines whose contact section, titled with a contact word,
    gives an office, its hours and its extension ("Ramal 204", "Anexo 312", "Extensión 245"), over
    the form the employee signs: an office's extension is a contact detail as a phone number is."""
    handbook = "\n".join([
        "Manual do colaborador", "Horários", "A loja abre às 6h e fecha às 20h, de segunda a sábado.",
        "Uniforme", "O avental e a touca são entregues no primeiro dia e lavados pela empresa.",
        "Segurança", "Acidentes, por menores que sejam, devem ser comunicados ao encarregado.",
        title, office, extension, after, "Nome: ____________", "Assinatura: ____________",
    ]) + "\n"
    assert CLEANER.clean(handbook).text == handbook


POEM_OF_A_PAGES_PHRASES = (
    "Nach oben\n\n"
    "Ich scrolle durch die Jahre,\ndurch Bilder, die nicht bleiben,\nund suche deine Hände\nin Zeilen, die wir schreiben.\n\n"
    "Zum Inhalt springen.\nZum Sommer, zu dem Steg,\nzum Wasser, das noch warm war,\nbevor du gingst, hinweg.\n\n"
    "Alle akzeptieren.\nIch hab es nie gelesen.\nCookie-Einstellungen.\nSo ist es stets gewesen.\n\n"
    "Nach oben, sagt der Pfeil,\nich folge ihm nach Haus,\ndie Treppe, deine Stimme,\ndann geht das Licht aus.\n"
)


def test_a_poem_of_a_pages_phrases_keeps_them_in_its_stanzas_and_title():
    """A poem of stanzas made of a page's phrases, titled with one ("Nach oben"), with "Zum Inhalt
    springen." and "Cookie-Einstellungen." among its verses: lines of its stanzas, which the
    rules' words do not outweigh. A page's skip link over a poem's title and its cookie line
    under the poem still go."""
    assert CLEANER.clean(POEM_OF_A_PAGES_PHRASES).text == POEM_OF_A_PAGES_PHRASES
    stanzas = POEM_OF_A_PAGES_PHRASES.split("\n\n", 1)[1]
    page = f"Skip to main content\n\nDer Steg\n\n{stanzas}\nCookie-Einstellungen\n"
    kept = CLEANER.clean(page).text
    assert "Skip to main content" not in kept and not kept.rstrip().endswith("Cookie-Einstellungen")


@pytest.mark.parametrize("open_line, count", [
    ("Лучшая стрельба: Белов Даниил — 10 из 10; Кузнецов Артём, Панов Матвей —", "9 из 10."),
    ("Meilleurs tireurs : Léa Martin, 10 sur 10 ; Hugo Petit et Jules Roux,", "9 sur 10."),
    ("Beste Schützen: Anna Vogel mit 10 von 10, Paul Brandt und Lena Wolf —", "9 von 10."),
])
def test_a_count_that_ends_the_sentence_above_stays(open_line, count):
    """A results sentence wrapped so that its last words, a count and its full stop, stand alone
    on a line under the line it ends ("... Панов Матвей —" / "9 из 10."): the end of the
    sentence, not a gallery's counter. A counter under a caption still goes."""
    text = f"{BEFORE}\n\n{open_line}\n{count}\n\n{AFTER}\n"
    assert CLEANER.clean(text).text == text
    gallery = f"{BEFORE}\n\nThe new canal gate at dawn.\n{count}\n\n{AFTER}\n"
    assert count not in CLEANER.clean(gallery).text


JOINED_VERSE_POEM = (
    "Der Bildschirm\n\n"
    "Ich wische durch die Nächte,\ndurch Fotos ohne Ton,\nund jede Seite fragt mich,\nund ich antworte schon.\n\n"
    "Mehr laden, sagt der Abend.\nMehr laden, sagt das Licht.\nIch lade und ich lade,\ndoch dich, dich lädt es nicht.\n\n"
    "Alle Cookies akzeptieren, schrieb sie damals,\nund lachte leise über mich und meine Angst.\n"
    "Ich hab sie nie gelesen,\ndie Regeln, so wie ich.\n\n"
    "Nach oben, sagt der Pfeil,\nich folge ihm nach Haus,\ndie Treppe, deine Stimme,\ndann geht das Licht aus.\n"
)


def test_verses_joined_into_one_sentence_stay_in_a_poem_of_stanzas():
    """Two verses the segmenter reads as one sentence ("Alle Cookies akzeptieren, schrieb sie
    damals," / "und lachte leise über mich und meine Angst."), in a poem of stanzas: the
    poem's, though a cookie rule's words stand in them and the two run past a single line's
    length. A banner's sentence on two lines between paragraphs of prose still goes."""
    assert CLEANER.clean(JOINED_VERSE_POEM).text == JOINED_VERSE_POEM
    banner = f"{BEFORE}\n\nWe use cookies to give you the best experience,\nand by continuing you accept them.\n\n{AFTER}\n"
    assert "We use cookies" not in CLEANER.clean(banner).text


# A club's forum thread printed for its minutes: the posts' like and reply rows are the record's
SAVED_THREAD = (
    "Tuinvereniging De Linde — forum, onderwerp: de nieuwe composthoop\n"
    "Afgedrukt voor de ledenvergadering van 4 maart\n\n"
    "Kees Vermeulen · 2 februari, 19:12\n"
    "Waar komt de nieuwe composthoop? Bij de poort of achter de kas?\n"
    "Vind ik leuk (3) · Reageren\n\n"
    "Ria de Boer · 2 februari, 19:40\n"
    "Achter de kas, dan ruiken de bezoekers er niets van.\n"
    "Vind ik leuk (5) · Reageren\n\n"
    "Jan Smit · 2 februari, 20:05\n"
    "Eens met Ria. Ik kan zaterdag de pallets brengen.\n"
    "Vind ik leuk (4) · Reageren\n\n"
    "Kees Vermeulen · 3 februari, 08:30\n"
    "Dan doen we het zo. Zaterdag om tien uur bij de kas.\n"
    "Vind ik leuk (2) · Reageren\n"
)

# A class's forum thread, its replies indented under the post they answer
INDENTED_THREAD = (
    "Leseforum der Klasse 9b — Diskussion: Ist Woyzeck ein Täter oder ein Opfer?\n"
    "Gespeichert von Frau Albers, Schuljahr 2023/24\n\n"
    "Frau Albers · 8. Januar, 8:05\n"
    "Antwortet bitte jeder mit einem Argument und einem Zitat aus dem Text. Ihr dürft auf eure Mitschüler antworten, aber bleibt sachlich und höflich.\n\n"
    "Mia Krüger · 8. Januar, 16:20\n"
    "Für mich ist er ein Opfer. Der Hauptmann und der Doktor benutzen ihn die ganze Zeit, und er hat nie Geld für Marie und das Kind.\n"
    "Gefällt mir 5 · Antworten\n\n"
    "Jonas Beck · 8. Januar, 17:02\n"
    "Aber er tötet Marie. Das macht er selbst, niemand zwingt ihn dazu, und das darf man nicht vergessen.\n"
    "Gefällt mir 3 · Antworten\n\n"
    "    Mia Krüger · 8. Januar, 17:10\n"
    "    Antwort an Jonas: Ja, aber er hört Stimmen und isst seit Monaten nur Erbsen.\n"
    "    Gefällt mir 6 · Antworten\n\n"
    "    Jonas Beck · 8. Januar, 17:15\n"
    "    Stimmt. Dann ist er beides.\n"
    "    Gefällt mir 2 · Antworten\n\n"
    "Lena Vogt · 8. Januar, 19:40\n"
    "Ich glaube, Büchner will, dass wir die Gesellschaft anklagen. Woyzeck ist am Ende der, der alles verliert.\n"
    "Gefällt mir 8 · Antworten\n\n"
    "Frau Albers · 9. Januar, 12:00\n"
    "Sehr gute Beiträge. Achtet auf die Szene beim Doktor: Was sagt sie über die Wissenschaft der Zeit?\n\n"
    "Tim Roth · 9. Januar, 21:15\n"
    "Dass der Mensch nur ein Versuchsobjekt ist. Der Doktor interessiert sich nicht für Woyzeck.\n"
    "Gefällt mir 9 · Antworten\n\n"
    "Frau Albers · 10. Januar, 9:10\n"
    "Genau. Ich schließe die Diskussion. Am Montag besprechen wir das im Unterricht.\n"
)


def test_a_thread_saved_as_the_text_keeps_its_posts_buttons():
    """A thread of short posts that is the text itself, its first post's byline under a title
    of a line or two ("Kees Vermeulen · 2 februari, 19:12" ... "Vind ik leuk (3) · Reageren"):
    told, its like and reply rows too. Under a story's prose the same thread is a page's
    comments, and its rows still go."""
    assert CLEANER.clean(SAVED_THREAD).text == SAVED_THREAD
    posts = SAVED_THREAD.split("\n\n", 1)[1]
    story = " ".join([BEFORE, AFTER] * 4)
    page = f"{story}\n\n{story}\n\n{posts}"
    assert "Reageren" not in CLEANER.clean(page).text


def test_a_saved_thread_reads_on_across_replies_indented_under_a_post():
    """Replies indented under the post they answer ("    Mia Krüger · 8. Januar, 17:10") read
    as indented text, which carries no signal; read across them, the thread opens the text, and
    all of it is the text's own: its posts and their rows."""
    assert CLEANER.clean(INDENTED_THREAD).text == INDENTED_THREAD


# Minutes whose members' discussion stands under its own title, between two other sections
DISCUSSION_MINUTES = (
    "Protokoll der Sitzung des Bauausschusses vom 12. März 2024\n\n"
    "Anwesend: Frau Keller (Vorsitz), Herr Brandt, Frau Yilmaz, Herr Otto.\n"
    "Entschuldigt: Herr Lang.\nProtokoll: Frau Roth.\n\n"
    "TOP 3: Beschwerde über die Baustelle in der Lindenstraße\n\n"
    "Herr Brandt verliest den Beitrag einer Anwohnerin aus dem Bürgerportal, der dem Ausschuss seit Montag vorliegt und von vielen Nachbarn unterstützt wird.\n\n"
    "Diskussion\n\n"
    "Frau Yilmaz weist darauf hin, dass die Arbeiten laut Genehmigung erst um sieben Uhr beginnen dürfen und die Anwohner seit Wochen um sechs Uhr geweckt werden.\n\n"
    "Herr Otto schlägt vor, die Baufirma schriftlich zu ermahnen und bei einem weiteren Verstoß ein Bußgeld zu verhängen.\n\n"
    "Beschluss\n\n"
    "Der Ausschuss beauftragt die Verwaltung einstimmig, die Baufirma bis Ende März schriftlich zu ermahnen.\n"
)

# A story's comments under a title of the same word, each under its commenter's byline
COMMENTS_UNDER_A_STORY = (
    "Die Stadt sperrt die Lindenstraße ab Montag für sechs Wochen.\nDie Baufirma erneuert dort die Wasserleitungen.\n\n"
    "Anwohner können ihre Garagen über den Hof der Schule erreichen, teilte die Verwaltung mit.\n\n"
    "Diskussion\n\n"
    "Anna K. · 12. März 2024, 09:14\nEndlich passiert dort etwas, die Leitungen sind uralt.\n\n"
    "Peter M. · 12. März 2024, 10:02\nSechs Wochen sind lang, aber es muss wohl sein.\n"
)


def test_a_discussion_titled_over_paragraphs_of_sentences_stays():
    """A comment section's word as a title ("Diskussion") over paragraphs whose every line is a
    sentence, in minutes with other titled sections ("Beschluss"): the members' discussion.
    Over a story's comments, each under its byline, the title still goes."""
    assert CLEANER.clean(DISCUSSION_MINUTES).text == DISCUSSION_MINUTES
    assert "Diskussion" not in CLEANER.clean(COMMENTS_UNDER_A_STORY).text


@pytest.mark.parametrize("title, statement", [
    ("Follow us", "The club's results are posted on Facebook first, and anyone without the internet can still reach us "
     "by phone on Thursdays."),
    ("Folgen Sie uns", "Die Termine des Chors stehen zuerst auf Instagram; wer kein Smartphone hat, erreicht uns "
     "weiterhin im Pfarrbüro."),
])
def test_a_follow_title_over_where_the_news_is_posted_stays_though_a_word_of_it_comes_back(title, statement):
    """A follow box's title over a statement of where the news is posted that uses a word of
    the title in a clause of its own ("... can still reach us by phone"): the title's words
    are not said again in their order, as a call says them ("Follow us on Twitter ..."). A
    title over its own call under a story still goes."""
    text = f"Newsletter of the month\nIssue 12\n\n{title}\n\n{statement}\n\nNext rehearsal: Tuesday, 7 pm, in the hall.\n"
    assert CLEANER.clean(text).text == text
    call = f"{BEFORE}\n\n{AFTER}\n\nFollow us\n\nFollow us on Twitter for the latest news from the parliament!\n"
    assert not CLEANER.clean(call).text.startswith(f"{BEFORE}\n\n{AFTER}\n\nFollow us\n")


WORKSHEET_OF_WEB_WORDS = (
    "Arbeitsblatt Englisch, Klasse 6\nWörter aus dem Internet\n\n"
    "Schreibe die deutsche Bedeutung hinter jedes Wort. Du darfst das Wörterbuch benutzen.\n\n"
    "Sign up ....................\nBack to top ....................\nAccept all cookies : ______\n"
    "Share this article ....................\n\n"
    "Bringe das Blatt am Montag ausgefüllt mit in den Unterricht.\n"
)


def test_a_line_that_ends_in_a_blank_to_fill_in_stays():
    """A worksheet's items, each a web page's words before a blank to fill in ("Back to top
    ....................", "Accept all cookies : ______"): the text's own, though a rule's or a
    button's words stand in them. A page's "Back to top" alone between paragraphs still goes."""
    assert CLEANER.clean(WORKSHEET_OF_WEB_WORDS).text == WORKSHEET_OF_WEB_WORDS
    page = f"{BEFORE}\n\nBack to top\n\n{AFTER}\n"
    assert "Back to top" not in CLEANER.clean(page).text
