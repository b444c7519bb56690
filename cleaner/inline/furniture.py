"""Rows of buttons and labels in article mode: furniture_line (in inline.common), but the lines
that the text shows to be its own (cleaner/own/) stay.
"""

from __future__ import annotations

from cleaner.inline.comments import a_quoted_posts_buttons
from cleaner.inline.common import furniture_line
from cleaner.lines import ARTICLE_FURNITURE
from cleaner.model import Block, Verdict
from cleaner.own import the_texts_own


def article_furniture_line(blocks: list[Block], i: int) -> Verdict | None:
    """furniture_line, but titles and the labels of an address stay:
    - the document's first line ("Impressum", "Volver"): on gold-bodies, 2 first lines of all
      the extracted texts and gold bodies were furniture;
    - a line that titles the paragraph below it and names that paragraph's topic ("Search" over
      "Every spring we search the river banks...", "Archiv" over "Das Archiv des Vereins..."),
      where a button's word ("Tweet", "Advertisement") has nothing to do with the text under it:
      on gold-bodies' article regions such lines were 5 of the 143 furniture lines titling a
      paragraph, 3 of them in the gold;
    - the name of a site's section over the prose of that section ("About us" over "We are a
      family business..."): none of the 48 such names on gold-bodies' article regions titled prose;
    - a label of contact details beside a postcode or a phone number ("E-Mail" under a postal
      address): none of the 185 such labels on gold-bodies' article regions stood there;
    - a poem's title over its first stanza ("Home" over "The door is blue, the kettle
      sings, / the cat is sleeping on the stair;"): none of the 240 furniture lines over a
      paragraph of several lines on gold-bodies' article regions titled a stanza;
    - the title of a numbered list that starts under it ("Print" over "1. Open the file." and
      "2. Choose Print."), or of a bulleted list whose items are no furniture ("Jump to:" over
      "- Getting started"): on gold-bodies' article regions one furniture line stood there, an
      "EMAIL" the gold keeps;
    - a term over its definition, a sentence right under it in the same paragraph ("Retweet" /
      "To share someone else's tweet.", "Back" / "Returns to the previous screen."): a glossary's
      or a manual's entry, where scraped buttons stand apart or over more buttons (or the next entry
      of a paragraph of such entries, the first term no button: "Leer" / "Lee el poema." /
      "Responder" / "Responde a las preguntas.");
    - a line that ends in a full stop: a story's sentence of a word or two ("Home.", "Zurück."),
      where buttons end in nothing, "!" or "...": none of the furniture lines on gold-bodies'
      article regions, trafilatura's outputs of its pages or its gold bodies ended in one; or in
      a question mark over the prose that answers it ("Und bei Instagram und Pinterest?"), where
      a menu's "¿Quiénes somos?" stands among its links;
    - a rating with its stars ("Bewertung: ★★★★☆"): a review's verdict, where a button prints
      no value (none of the furniture lines on gold-bodies' article regions, trafilatura's
      outputs or gold bodies held a star);
    - a line in capitals in a screenplay (scenes headed "INT." or "EXT."): a camera direction
      ("CLOSE ON", "ZOOM IN"), as the script's other lines in capitals are its markup;
    - one of several different ad labels on consecutive lines ("Anzeige", "Werbung",
      "Gesponsert"): a lesson's list of them, where an ad slot prints one (on gold-bodies no
      two ad labels stood on consecutive lines);
    - a printed form's field over the blank to fill in ("Podpis" over ".........."): a web
      form's field prints no row of dots or underscores;
    - a line that opens with a clock time ("15:00 Close", "10:45 Break"): a programme's or a
      timetable's entry (none of the furniture lines on gold-bodies' article regions,
      trafilatura's outputs or gold bodies opened with one);
    - in a text with no blank line (trafilatura's, one paragraph a line), a section's title
      between two lines of prose where other titles, no furniture, cut the text into sections
      ("Diskussion" after "Methoden" and "Ergebnisse"), or over prose that names its topic
      ("Subscriptions" over "Annual subscriptions were due..."): on gold-bodies' trafilatura
      outputs, which have no blank line, this kept none of the furniture lines removed before
      (a call, "Leave a Reply", or a comment's button, "Delete", is no title);
    - a line that closes a bracket the line above it left open: the end of a sentence wrapped
      over two lines ("... exchange token response (e.g." / "Facebook)"), where a button's
      brackets hold its count ("Comments (3)");
    - a line of a dialogue, opened by a dash and ending its sentence, beside another ("-- O
      próximo!" between "-- Marceneiro." and "-- Por aqui."): a row of buttons ends no sentence;
    - a label with a colon over the sentence it introduces ("Ogłoszenie:" over "- Zaginął mały
      pudelek. Nagroda."), where a share box's "Share this:" stands over buttons;
    - a heading at the margin over its section indented under it, as a manual page's
      ("ACTIONS" over "       -i, --install"): no line of gold-bodies' article regions is
      indented;
    - in a text with no blank line, what a blank line would have shown: a term of a run of
      entries, each a term over its one-line definition or section, the terms all different
      ("Back" / "Returns to the previous screen." / "Home" / "Shows the start screen."); a
      title between two numbered lists; names answering the question above them; a list of
      words of many furniture kinds between two sentences; a part's numbered title over prose
      ("Deel 2"). On gold-bodies' trafilatura outputs, which have no blank line, these kept
      none of the furniture lines removed before;
    - a definition list's term over its description, each an item of one bulleted list, as
      trafilatura writes HTML's <dl> ("- Zoom" / "- Zoom level. Zooms the planet in or out.",
      among other such entries): a manual's buttons and options. On GIMP's manual in 11
      languages (2,670 pages) these were 95 of the 104 lines removed; no line of gold-bodies
      removed before stood there;
    - a key's name ("Print", "Menu", "Inicio") beside key combinations ("Alt+Print"): a table
      of keyboard shortcuts, one cell a line (GNOME's help in 40 languages lost 9 such; no line
      of gold-bodies removed before stood within two lines of a key combination);
    - a short item of a bulleted list that a sentence ending in a colon introduces, the list's
      other items no furniture ("The fields in the general stanza are:" over "* Source", "*
      Homepage", "* Testsuite"): a format's fields or a program's options (Debian's policy
      lost its "Homepage" field so; no line of gold-bodies removed before stood in such a list);
    - a manual's command alone over a one-sentence paragraph, too short for prose, whose first
      words hold the command's word in another form ("Открыть" / "Открывает выбранные
      документы.", "Close" / "Closes the dialog."), where a box's title is repeated as it is
      ("Newsletter" / "Newsletter sign-up is free.") or stands over a call;
    - a term of a run of three entries or more, each a term alone in its paragraph over its
      one-line definition alone in the next, the terms all different, another no furniture
      ("Rotate" / "Turns the image by 90 degrees." / "Print" / "Sends the image to the
      printer."): a manual's buttons as a page's text writes them (on gold-bodies this kept
      none of the lines removed before);
    - a line in quotation marks, whole ('"Sign in to your account"'): a message or a label the
      text quotes, where a widget prints its own bare (no furniture line on gold-bodies was so
      quoted but a pager's "« Previous | Next »", whose guillemets do not count);
    - a section's numbered title beside the title numbered one before or after it ("5. Sharing"
      after "4. Who to contact", "§ 5. Galeria" after "§ 4. Wydarzenia"): a policy's or a club's
      rules cut into numbered sections, where a menu's numbered links stand together in one
      paragraph (on gold-bodies this kept none of the lines removed before);
    - a short line between two speeches of a play whose speakers speak more than once ("Pause"
      between "DORIS. ..." and "ALAN. ..."): a stage direction;
    - the text's last line saying its first again ("Teilen" over a poem that ends "Teilen"):
      a poem's title said as its last word (on gold-bodies neither kept a line removed before);
    - a subscription's title ("Subscribe", "Abonneren") over a paragraph that names two of the
      ways the posts come (an e-mail, an RSS feed, a podcast app): a blog's own section on
      following it (on gold-bodies this kept none of the lines removed before);
    - a title over the sentence that introduces its section's list, the sentence naming no
      furniture ("Archivio" over "Per chi volesse recuperare le puntate precedenti:"), where a
      sidebar's "Archives" stands over its links (on gold-bodies this kept a "Tweet" the gold
      holds and a "Home" it does not);
    - a line of a run of six or more short paragraphs, each a term over its translation or
      value, both short lines without a full stop or both ending in the same mark (a
      phrasebook's "Hilfe!" / "Help!"), maybe a note under them, the terms all different and
      at most half of the run's lines furniture ("Sign in" / "Se connecter" / "Ne pas utiliser
      « S'identifier »." then "Book" / "Réserver"): an interface glossary's or a phrasebook's
      entries, where a footer's groups of links are furniture nearly all (with four such
      paragraphs a comment widget's blocks on one gold-bodies page would have stayed; with six,
      none of the lines removed before);
    - a word set on a line of its own in the middle of a sentence, the line above leaving it
      open on a word and the line below carrying it on in lower case, neither line furniture
      ("Le bouton" / "Télécharger" / "n'est actif qu'après validation"): a licence's or a
      manual's button (on gold-bodies this kept none of the lines removed before);
    - a line of a chant under its label ("[Припев]" over "Дальше!" / "Дальше!" / "Ещё раз!"),
      every line under the label ending in a mark, in a song whose other labelled parts hold
      verses (on gold-bodies this kept none of the lines removed before);
    - a shout of a word or two ending in a mark ("Назад!", "Home!") beside a verse, or in a run
      of shouts beside one, in a text of verse whose blank lines tell no stanzas (none, or one
      after every line): most of its lines, but its shouts and labels, verses of three to
      twelve words, nearly all ending in a mark or running on in lower case (on gold-bodies'
      trafilatura outputs, which have no blank line, this kept none of the lines removed
      before);
    - a shout or a short exclamation between two lines of its paragraph that end in a mark, one
      of them a shout too or an exclamation of no furniture words (a picture book's "Back!" /
      "Back!" under "A cat.", a gamebook's "Zurück!" under "Klopf! Klopf!", a cheer's "Go, go,
      go!" under "Move that ball!"): a search box's "Go!" stands beside its field's label (on
      gold-bodies this kept none of the lines removed before);
    - a line of a run of short lines, three or more of which the text's prose names again as
      written, each opening in a capital ("Accueil" / "Concerts" / "Archives", then "La page
      Accueil affiche...", "Dans Archives, ..."): a site's menu in a brief, an audit or a
      handover note (on gold-bodies this kept none of the lines removed before; in lower case,
      a menu's "book" and "search" are any story's words);
    - a question over its short answer among three such pairs or more ("Instagram?" over
      "Nesleduju."), the answer no furniture or ending its sentence ("¿Compartir o guardar?" /
      "Compartir."): a quick-fire interview, where a menu's "¿Quiénes somos?" stands over its
      next link (on gold-bodies no furniture line ends in a question mark)."""
    verdict = furniture_line(blocks, i, ARTICLE_FURNITURE)
    return None if verdict is None or the_texts_own(blocks, i) or a_quoted_posts_buttons(blocks, i) else verdict
