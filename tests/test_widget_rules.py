"""The messages that blog software, media players and newsletter boxes print between an
article's paragraphs (comment feeds, a comment system's status and credit, a plugin's "enable
JavaScript", a sign-up form's "Please enter a valid email address"): each
goes, in every language the rule knows, and what only looks like them stays."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

# Two paragraphs per language, written for these tests
PROSE = {
    "en": ("The ferry to the island will run twice a day from May, the harbour office said on Monday.",
           "Tickets go on sale next week, and children under twelve travel for half the fare."),
    "de": ("Die Fähre zur Insel fährt ab Mai zweimal am Tag, teilte das Hafenamt am Montag mit.",
           "Der Vorverkauf beginnt nächste Woche, Kinder unter zwölf Jahren zahlen den halben Preis."),
    "fr": ("Le bac vers l'île circulera deux fois par jour à partir de mai, a indiqué lundi la capitainerie.",
           "Les billets seront en vente la semaine prochaine, et les enfants paieront demi-tarif."),
    "es": ("El ferri a la isla hará dos viajes al día desde mayo, informó el lunes la capitanía del puerto.",
           "Los billetes salen a la venta la próxima semana y los niños pagarán la mitad."),
    "pt": ("A balsa para a ilha fará duas viagens por dia a partir de maio, informou a capitania na segunda.",
           "Os bilhetes começam a ser vendidos na próxima semana, e as crianças pagam metade."),
    "it": ("Il traghetto per l'isola farà due corse al giorno da maggio, ha detto lunedì la capitaneria.",
           "I biglietti saranno in vendita la prossima settimana e i bambini pagheranno metà prezzo."),
    "nl": ("De veerboot naar het eiland vaart vanaf mei twee keer per dag, meldde de havendienst maandag.",
           "De kaartverkoop begint volgende week en kinderen onder de twaalf betalen de helft."),
    "pl": ("Prom na wyspę będzie kursował od maja dwa razy dziennie, poinformował w poniedziałek kapitanat.",
           "Bilety trafią do sprzedaży w przyszłym tygodniu, a dzieci zapłacą połowę ceny."),
    "ru": ("С мая паром на остров будет ходить два раза в день, сообщила в понедельник администрация порта.",
           "Билеты поступят в продажу на следующей неделе, дети до двенадцати лет платят половину."),
}

# (language, junk line, the rule that names it)
JUNK = [
    ("en", "RSS feed for comments on this post. TrackBack URI", "comments-feed-link"),
    ("en", "You can follow any responses to this entry through the RSS 2.0 feed.", "comments-feed-link"),
    ("en", "Subscribe to: Post Comments (Atom)", "comments-feed-link"),
    ("de", "Abonnieren Kommentare zum Post (Atom)", "comments-feed-link"),
    ("fr", "Flux RSS des commentaires de cet article", "comments-feed-link"),
    ("es", "Suscribirse a: Enviar comentarios (Atom)", "comments-feed-link"),
    ("pt", "Assinar: Postar comentários (Atom)", "comments-feed-link"),
    ("it", "Feed dei commenti", "comments-feed-link"),
    ("nl", "Reacties posten (Atom)", "comments-feed-link"),
    ("pl", "Subskrybuj: Komentarze do posta (Atom)", "comments-feed-link"),
    ("ru", "RSS-лента комментариев к записи", "comments-feed-link"),
    ("en", "Your comment is awaiting moderation.", "comments-status-message"),
    ("en", "This is only a preview. Your comment has not yet been posted.", "comments-status-message"),
    ("en", "No comments yet.", "comments-status-message"),
    ("de", "Es gibt noch keine Kommentare.", "comments-status-message"),
    ("fr", "Votre commentaire est en attente de modération.", "comments-status-message"),
    ("es", "Sé el primero en comentar", "comments-status-message"),
    ("pt", "Seja o primeiro a comentar!", "comments-status-message"),
    ("it", "Il tuo commento è in attesa di moderazione.", "comments-status-message"),
    ("nl", "Er zijn nog geen reacties.", "comments-status-message"),
    ("pl", "Twój komentarz czeka na moderację.", "comments-status-message"),
    ("en", "Please enable JavaScript to view the comments powered by Disqus.", "comments-widget-text"),
    ("en", "blog comments powered by Disqus", "comments-widget-text"),
    ("de", "Sie können folgende HTML-Tags und -Attribute verwenden: <a href=\"\"> <b> <i>", "comments-widget-text"),
    ("fr", "Vous pouvez utiliser ces balises et attributs HTML : <a href=\"\"> <b>", "comments-widget-text"),
    ("es", "Puedes usar las siguientes etiquetas y atributos HTML: <a href=\"\"> <b>", "comments-widget-text"),
    ("pt", "Você pode usar estas tags e atributos de HTML: <a href=\"\"> <b>", "comments-widget-text"),
    ("it", "Puoi usare questi tag ed attributi HTML: <a href=\"\"> <b>", "comments-widget-text"),
    ("nl", "Je kunt deze HTML tags en attributen gebruiken: <a href=\"\"> <b>", "comments-widget-text"),
    ("pl", "Możesz użyć następujących tagów oraz atrybutów HTML: <a href=\"\"> <b>", "comments-widget-text"),
    ("ru", "Можно использовать следующие HTML-теги и атрибуты: <a href=\"\"> <b>", "comments-widget-text"),
    ("en", "This video requires Adobe Flash and JavaScript to play.", "embed-needs-plugin"),
    ("en", "Get the Flash Player to see this slideshow.", "embed-needs-plugin"),
    ("de", "Bitte aktivieren Sie JavaScript, um die Karte zu sehen.", "embed-needs-plugin"),
    ("fr", "Veuillez activer JavaScript pour voir la carte.", "embed-needs-plugin"),
    ("es", "Activa JavaScript para ver el mapa.", "embed-needs-plugin"),
    ("pt", "Por favor, habilite o JavaScript para ver o mapa.", "embed-needs-plugin"),
    ("it", "Attiva JavaScript per vedere la mappa.", "embed-needs-plugin"),
    ("nl", "Schakel JavaScript in om de kaart te zien.", "embed-needs-plugin"),
    ("pl", "Włącz JavaScript, aby zobaczyć mapę.", "embed-needs-plugin"),
    ("ru", "Включите JavaScript, чтобы увидеть карту.", "embed-needs-plugin"),
    ("en", "{ 7 comments… read them below or add one }", "comments-counter-call"),
    ("en", "{ 1 trackback }", "comments-counter-call"),
    ("de", "12 Kommentare - Schreiben Sie einen Kommentar", "comments-counter-call"),
    ("fr", "3 commentaires — Laissez un commentaire", "comments-counter-call"),
    ("es", "8 comentarios - Añade el tuyo", "comments-counter-call"),
    ("pt", "2 comentários. Adicione o seu", "comments-counter-call"),
    ("it", "5 commenti | Aggiungi il tuo", "comments-counter-call"),
    ("nl", "4 reacties - Reageer", "comments-counter-call"),
    ("pl", "9 komentarzy - Skomentuj", "comments-counter-call"),
    ("en", "Login or register to post comments", "comments-form-call"),
    ("de", "Neuen Kommentar schreiben", "comments-form-call"),
    ("fr", "Identifiez-vous ou enregistrez-vous pour poster des commentaires", "comments-form-call"),
    ("es", "Publicar nuevo comentario", "comments-form-call"),
    ("pt", "Faça login ou cadastre-se para postar comentários", "comments-form-call"),
    ("it", "Accedi o registrati per inviare commenti", "comments-form-call"),
    ("nl", "Nieuwe reactie plaatsen", "comments-form-call"),
    ("pl", "Zaloguj się lub zarejestruj, aby dodawać komentarze", "comments-form-call"),
    ("en", "Please enter a valid e-mail address", "cta-form-message"),
    ("en", "Thanks! Please check your inbox to confirm your subscription.", "cta-form-message"),
    ("de", "Bitte geben Sie eine gültige E-Mail-Adresse ein.", "cta-form-message"),
    ("fr", "Veuillez entrer une adresse e-mail valide.", "cta-form-message"),
    ("es", "Ingresa un correo electrónico válido.", "cta-form-message"),
    ("pt", "Informe um e-mail válido.", "cta-form-message"),
    ("it", "Per favore, inserisci un indirizzo email valido.", "cta-form-message"),
    ("nl", "Voer een geldig e-mailadres in", "cta-form-message"),
    ("pl", "Wpisz prawidłowy adres e-mail.", "cta-form-message"),
    ("ru", "Введите правильный адрес e-mail.", "cta-form-message"),
]


@pytest.mark.parametrize(("language", "junk", "rule"), JUNK, ids=[f"{r}-{lang}-{i}" for i, (lang, _, r) in enumerate(JUNK)])
def test_a_widgets_message_between_paragraphs_goes(language, junk, rule):
    first, second = PROSE[language]
    result = Cleaner().clean(f"{first}\n\n{junk}\n\n{second}\n")
    assert result.text == f"{first}\n\n{second}\n"
    assert [removal.source for removal in result.removals] == [rule]


# Lines that share the messages' words but are the text's own
KEPT = [
    # dialogue and minutes: "no comment" said, nothing said on an item
    "“No comment,” she said, and closed the door.\n\nNo comment.\n\nThe reporters waited outside.",
    "Item 4: the footpath.\n\nNo comments.\n\nItem 5: any other business.",
    "Sin comentarios.\n\nEl portavoz se negó a responder a más preguntas de los periodistas.",
    # a help page about a browser says how to switch its features on
    "If the map stays blank, your browser may block scripts.\n\nPlease enable JavaScript in your browser's settings.\n\n"
    "Then reload the page and the map will appear.",
    # a guide to feeds and blog software names them in its prose
    "Most blogs publish an RSS feed of their posts and another of their comments, so a reader can follow both.\n\n"
    "RSS feed for comments on this post\n\nThat is the link to look for under a post.",
    "Our site moved its comments to Disqus last year, and readers can now sign in with their accounts.\n\n"
    "comments powered by Disqus\n\nThis line under each story shows where the comments come from.",
    # a guide's steps, and a list of a form's error messages
    "To join the club online:\n\n- Open the sign-up page.\n- Enter your email address.\n- Choose a password.\n\n"
    "A confirmation arrives within minutes.",
    "The form shows one of these error messages when a field is wrong.\n\nPlease enter a valid email address.\n\n"
    "Please choose a password of at least eight characters.",
    # the words in a sentence of the story
    "The comments feed was broken for days, readers said.\n\nThe editor apologised on Friday.",
]


@pytest.mark.parametrize("text", KEPT)
def test_what_only_looks_like_a_widgets_message_stays(text):
    text = f"{text}\n"
    assert Cleaner().clean(text).text == text


def test_a_comment_widgets_messages_are_no_sign_of_a_thread():
    """A comment section's feed link, "No comments yet" and its widget's credit go, but they
    show no comment: the header over them does not take the text after them."""
    story = (f"{PROSE['en'][0]}\n\n{PROSE['en'][1]}\n\nComments\n\nRSS feed for comments on this post\n\n"
             "No comments yet.\n\nYou may use these HTML tags and attributes: <a href=\"\"> <b> <i>\n\n"
             "blog comments powered by Disqus\n\n")
    correction = "A correction: an earlier version of this story gave the wrong date for the first crossing.\n"
    result = Cleaner().clean(story + correction)
    assert result.text.endswith(f"\n\n{correction}")
    assert "comments-section-header" not in {removal.source for removal in result.removals}
