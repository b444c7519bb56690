"""The signs that a line of furniture words is the text's own (inline.article_furniture_line's
list): a title over its section, a term over its definition, a manual's command, a poem's
title, a list's items, a programme's entries. Each sign reads the line's neighbours; the facts
it asks of the whole document are found once per document.

The signs are grouped by family in this package's modules: own.marks (a line's marks, and how it
joins the line above), own.titles (a title over its section), own.sections (a text cut into
titled sections), own.lists (a list's items and titles), own.terms (a term over its definition),
own.entries (runs of entries), own.verse (verse and scripts) and own.technical (code, manuals,
indexes, forms); own.common holds what several families share. The one sign that asks the whole
list again, _labels_the_entry_above, stands here beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.model import Block
from cleaner.own.common import a_term, item_number, names_its_topic, paragraphs_of, without_blank_lines
from cleaner.own.entries import (
    _in_a_list_of_verdicts,
    _in_a_run_of_entries,
    _in_a_run_of_entries_one_a_paragraph,
    _in_a_run_of_entry_paragraphs,
)
from cleaner.own.lists import (
    _a_page_the_text_writes_about,
    _among_ad_labels,
    _answers_the_question_above,
    _between_numbered_lists,
    _heads_a_step_like_the_others,
    _in_a_legend,
    _in_a_list_counted_from_one,
    _in_a_list_of_many_kinds,
    _in_a_list_of_the_texts_words,
    _named_in_an_introduced_list,
    _next_in_a_numbered_list,
    _opens_a_numbered_list,
    _shown_under_an_example_label,
    _titles_a_list,
    _titles_a_list_of_phrases,
    _titles_a_list_the_text_explains,
    _titles_a_menu_card,
    _titles_its_files,
    _titles_its_own_accounts,
    _titles_the_answers_above,
    in_a_programme,
)
from cleaner.own.marks import (
    _a_blank_to_fill_in,
    _a_question_among_answered_ones,
    _a_word_of_a_logs_entry,
    _asks_what_the_prose_below_answers,
    _closes_a_bracket_above,
    _completes_the_sentence_above,
    _continues_the_line_above,
    _counts_the_pages_own_replies,
    _goes_on_in_the_line_below,
    _in_a_quotation_introduced_above,
    _in_a_sentence_set_word_by_word,
    _inside_a_sentence,
    _marked_as_content,
    _quoted_by_its_section,
    _quoted_by_the_texts_prose,
    _under_a_rule,
)
from cleaner.own.sections import (
    _a_channels_section,
    _a_heading_in_capitals_like_the_others,
    _an_account_section,
    _between_titled_sections,
    _marked_like_the_others,
    _over_the_last_section,
    _titled_like_the_others,
    _titles_a_discussion_in_prose,
    _titles_a_run_of_entries,
    _titles_a_section_told_in_buttons,
    _titles_its_own_picks,
)
from cleaner.own.technical import (
    _a_config_section,
    _a_manuals_command,
    _an_endpoint_or_its_title,
    _beside_a_blank,
    _between_code,
    _in_an_index,
    _introduces_a_sentence,
    _labels_contact_details,
    _names_the_picture_above,
    a_field,
)
from cleaner.own.terms import (
    _a_described_item,
    _a_string_of_a_text_about_its_interface,
    _defined_below,
    _labelled_as_a_part_of_the_interface,
    _names_a_key,
)
from cleaner.own.titles import (
    _a_chapter_among_sections,
    _a_numbered_section,
    _names_the_section_below,
    _numbers_a_part,
    _opens_a_section,
    _the_documents_title,
    _titles_a_lead_in,
    _titles_how_to_subscribe,
    _titles_its_section_below,
    _titles_its_topic_in_one_paragraph,
    _titles_where_it_posts,
    heads_an_indented_section,
    names_its_own_topic,
)
from cleaner.own.verse import (
    _a_line_of_dialogue,
    _a_line_of_verse_set_in_lower_case,
    _a_plays_direction,
    _a_scripts_direction,
    _a_shout_of_a_poem_read_as_one_paragraph,
    _among_shouts,
    _among_stage_directions,
    _echoes_the_title,
    _in_a_labelled_chorus,
    _in_a_poem_of_stanzas,
    _in_a_songs_verse,
    _in_a_speech,
    _titles_a_poem_of_a_cycle,
    _titles_a_stanza,
)

__all__ = [
    "a_field",
    "heads_an_indented_section",
    "in_a_programme",
    "item_number",
    "names_its_own_topic",
    "names_its_topic",
    "paragraphs_of",
    "the_texts_own",
    "the_texts_own_by_its_place",
    "verses_of_a_poem",
    "without_blank_lines",
]


def the_texts_own(blocks: list[Block], i: int) -> bool:
    """Whether a sign shows furniture line i to be the text's own (article_furniture_line's
    list), the cheapest signs first."""
    signs: tuple[Callable[[list[Block], int], bool], ...] = (
        _marked_as_content, _asks_what_the_prose_below_answers, _a_question_among_answered_ones,
        _the_documents_title, _echoes_the_title,
        _a_scripts_direction, _a_plays_direction, _among_stage_directions, _in_a_speech, _a_word_of_a_logs_entry,
        _continues_the_line_above, _goes_on_in_the_line_below, _completes_the_sentence_above, _inside_a_sentence,
        _in_a_sentence_set_word_by_word,
        _under_a_rule,
        _a_line_of_dialogue, _introduces_a_sentence, heads_an_indented_section, _between_code,
        _titles_its_section_below, _a_numbered_section, _titles_how_to_subscribe, _titles_where_it_posts,
        _titles_a_lead_in,
        _names_the_section_below,
        _titles_its_topic_in_one_paragraph,
        _labels_contact_details, _closes_a_bracket_above, _in_a_quotation_introduced_above, _numbers_a_part,
        _shown_under_an_example_label,
        _counts_the_pages_own_replies, _quoted_by_the_texts_prose, _quoted_by_its_section,
        _between_titled_sections, _over_the_last_section, _titles_a_discussion_in_prose, _titles_a_run_of_entries,
        _titles_a_section_told_in_buttons,
        _a_heading_in_capitals_like_the_others, _marked_like_the_others,
        _titled_like_the_others, _a_channels_section, _an_account_section, _titles_its_own_picks,
        _in_a_list_of_many_kinds, _titles_a_list_the_text_explains,
        _in_a_list_of_the_texts_words, _answers_the_question_above, _in_a_run_of_entries,
        _between_numbered_lists, _next_in_a_numbered_list, _opens_a_numbered_list,
        _in_a_list_counted_from_one, _heads_a_step_like_the_others,
        _opens_a_section,
        _titles_a_stanza, _titles_a_poem_of_a_cycle, _titles_a_list, _titles_a_list_of_phrases, _titles_a_menu_card,
        _titles_its_own_accounts, _titles_its_files, _titles_the_answers_above,
        _in_a_songs_verse, _in_a_labelled_chorus, _a_shout_of_a_poem_read_as_one_paragraph, _among_shouts,
        _a_line_of_verse_set_in_lower_case, _among_ad_labels, _beside_a_blank,
        _defined_below, _a_described_item, _names_a_key,
        _named_in_an_introduced_list, _a_page_the_text_writes_about, _in_a_run_of_entries_one_a_paragraph,
        _in_a_run_of_entry_paragraphs,
        _in_a_list_of_verdicts, _in_a_legend,
        _labels_the_entry_above,
        _a_chapter_among_sections, _in_an_index, _names_the_picture_above, _a_manuals_command,
        _a_config_section, _a_string_of_a_text_about_its_interface, _labelled_as_a_part_of_the_interface,
        _an_endpoint_or_its_title,
    )
    return any(sign(blocks, i) for sign in signs)


def the_texts_own_by_its_place(blocks: list[Block], i: int) -> bool:
    """Whether the line's place in the text shows a line a rule finds to be the text's own: a
    string a text about its interface lists between its prose ("Back to top" among a design
    system's components, "No comments yet" among a style guide's labels), an entry of a
    glossary's run of entries or of verdicts ("Evästeasetukset (Cookie settings)" over where the
    link sits). A rule's words outweigh the other signs: a full stop ("Media requires
    JavaScript to play."), a line under it read as its definition or its section ("Skip to main
    content" over a page's first sentence, a widget's message over a paragraph that shares a
    word with it), a blank to fill in at its end ("Back to top ...................."). On
    gold-bodies these kept no line a rule removes."""
    signs = (
        _a_string_of_a_text_about_its_interface, _in_a_run_of_entry_paragraphs, _in_a_list_of_verdicts,
        _in_a_poem_of_stanzas, _a_blank_to_fill_in,
    )
    return any(sign(blocks, i) for sign in signs)


def _labels_the_entry_above(blocks: list[Block], i: int) -> bool:
    """The term two lines above said again under its definition, the term the text's own
    ("Löschen" / "Ein Klick löscht das gewählte Paar." / "Löschen", "Page précédente" / "Passe
    à la page précédente." / "Page précédente"): a command's icon, its label under its
    description, as LibreOffice's help writes each one. A thread's "Reply" under each of its
    comments repeats more than twice, and is no term of the text's own the first time."""
    # (the text's first line is its own as its title, be it a button's word: "Full Screen")
    if i < 3 or blocks[i - 2].text.strip() != blocks[i].text.strip() or not a_term(blocks, i - 2):
        return False
    if i >= 4 and blocks[i - 4].text.strip() == blocks[i].text.strip():
        return False
    # (the term's own signs never ask for this one: the line two above it says something else)
    return the_texts_own(blocks, i - 2)


def verses_of_a_poem(blocks: list[Block], i: int) -> bool:
    """Whether block i, verses the segmenter joined into one sentence ("Cookie settings —
    she'd have laughed at that," / "with flour on the windowsill."), stands in a poem of
    stanzas (_in_a_poem_of_stanzas): a rule's words in it are the poem's, as in a verse alone."""
    return _in_a_poem_of_stanzas(blocks, i)
