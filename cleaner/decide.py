"""Stage 6: settle one verdict per block from the rules' and the heuristics' findings.

Rules win over heuristics (a person wrote them). Two context steps widen a removal where the
structure of the page says so: a comment-section marker takes everything after it when a comment
thread follows it, and a poll's consent line takes the poll's question and answer options above it.
"""

from __future__ import annotations

import bisect
import collections
import enum
import functools
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleaner.inline import comment_signal
from cleaner.inline.common import a_posts_byline
from cleaner.lines import (
    ARTICLE_FURNITURE,
    PROSE_LEAD_IN_WORDS,
    QUOTATION,
    QUOTED_WHOLE,
    RULE_LINE,
    SENTENCE_BREAK,
    a_widgets_lead_in,
    count_words,
    ends_a_sentence,
    introduces_a_list,
    names_furniture,
    once_per_document,
    reads_as_prose,
)
from cleaner.model import Block, Category, Verdict
from cleaner.own import (
    heads_an_indented_section,
    in_a_programme,
    names_its_own_topic,
    the_texts_own_by_its_place,
    verses_of_a_poem,
)
from cleaner.own.common import BULLET
from cleaner.segment import preformatted, sentences
from cleaner.vocabulary import vocabulary, word_tuple

if TYPE_CHECKING:
    from cleaner.rules import Rule

# A comment-section marker only takes the rest of the document when at least this share of the
# document's words lies before it; earlier, it is a navigation link that goes alone in page mode
# and stays in article mode (_extend_rest). (0.5 before the thread check existed; with it, 0.3
# lets a short post's long thread go: on the tuning pages 0.3 and 0.15 gave the same figures,
# 0.5 kept a few threads.)
REST_MIN_SHARE_BEFORE = 0.3
# ...or when at least this many words of prose (blocks of PROSE_MIN_WORDS words or more) lie
# before it: a short story can carry a thread many times its length.
REST_MIN_PROSE_BEFORE = 150
# In page mode, PAGE_REST_MIN_PROSE_BEFORE words of prose are enough: a flattened page's menus
# and widgets hold no prose, so prose above a marker is the story's (or a teaser's, and then no
# thread follows the marker). On gold-bodies' tuning pages 60 words let 7 pages' threads go
# (dragnet F1 0.895 -> 0.896, precision of the lines taken 0.98; the other datasets unchanged);
# 30 let a marker over a story's first paragraphs take the rest, and the page came back whole.
PAGE_REST_MIN_PROSE_BEFORE = 60
PROSE_MIN_WORDS = 20
# ...and when a comment thread follows it: among the THREAD_WINDOW blocks after the marker, at
# least THREAD_MIN_SIGNALS read as comment furniture (a name before "says:", a timestamp, a row of
# reply and report buttons, a comment form's fields), one of them among the first
# THREAD_FIRST_BLOCKS (some sites print a comment's text above its byline). Article prose after
# a "Comments" subheading has none of these.
THREAD_WINDOW = 10
THREAD_MIN_SIGNALS = 2
THREAD_FIRST_BLOCKS = 6
# One of the signals must be the thread's furniture (a reply or report button, a counter, a
# comment form), not only names and timestamps: people who cut an article out of a blog keep
# its comments as text, bylines and times included, but leave the buttons (3 CleanEval golds
# of the tuning pages hold whole threads; with names and times alone they would have gone).
THREAD_MIN_FURNITURE = 1
FURNITURE_SIGNALS = ("reply", "action", "form", "rule")
# Rules that name a comment counter: a post's footer on a blog's front page, not a thread's.
COUNTER_RULES = frozenset({"comments-counter", "comments-counter-call"})
# Rules that name a comment system's widget, there with or without a comment ("RSS feed for
# comments on this post", "No comments yet", "comments powered by Disqus", "Post new comment"):
# no sign of a thread.
# Counted as one, they let a header take the comments that some golds keep (on gold-bodies'
# article regions, 8 such lines in the gold for 40 comment lines more).
WIDGET_RULES = frozenset(
    {"comments-feed-link", "comments-status-message", "comments-widget-text", "comments-form-call"}
)
# ...and in article mode not when the text above it is posts under their authors' names and
# times (at least this many), with no paragraph of prose among them: a chat's or a forum's
# export is a thread of its own, and a reply counter in it ("3 replies") opens no comment
# section (on gold-bodies' article regions, trafilatura outputs and gold bodies this kept no
# marker that was taking a thread).
OWN_THREAD_MIN_POSTS = 2
# A poll question is a short question at most this many blocks above the poll's consent line,
# with only short answer options (at most POLL_OPTION_MAX_WORDS words) between them.
POLL_LOOKBACK_BLOCKS = 8
POLL_QUESTION_MAX_WORDS = 30
POLL_OPTION_MAX_WORDS = 6
# A document names its topic in its title or in sentences of at least this many words (in_context).
TOPIC_PROSE_WORDS = 8
# A list's item or a verse: a line of at most this many words (article prose runs longer) that
# ends no sentence.
LIST_ITEM_MAX_WORDS = 12
# A run of short lines of which at least this many, and at least as many as its other items,
# are removed on their wording is a menu or a widget's list, not a list of the text's own
MENU_MIN_FURNITURE = 3
# What removes one line at a time on its wording; the run finders (comment threads, count
# lists), the price line (read beside its shopping button) and the context steps below judge
# their neighbours already and are not second-guessed.
SINGLE_LINE_HEURISTICS = frozenset({"heuristic:furniture-line", "heuristic:metadata-line"})


class Action(enum.Enum):
    KEEP = "keep"
    REMOVE_BLOCK = "remove block"
    REMOVE_SPANS = "remove spans"


@dataclass(frozen=True)
class Decision:
    """What becomes of one block: decide() makes it from the rules' and heuristics' verdicts,
    render() carries it out. A verdict without a span removes the whole block (the first such
    verdict is the removal's record); verdicts with spans cut those sentences out."""

    verdicts: tuple[Verdict, ...] = ()

    @property
    def action(self) -> Action:
        if not self.verdicts:
            return Action.KEEP
        if any(v.span is None for v in self.verdicts):
            return Action.REMOVE_BLOCK
        return Action.REMOVE_SPANS

    @property
    def block_verdict(self) -> Verdict:
        """The verdict a whole-block removal is recorded under."""
        return next(v for v in self.verdicts if v.span is None)

    def without(self, dropped: Callable[[Verdict], bool]) -> Decision:
        return Decision(tuple(v for v in self.verdicts if not dropped(v)))


KEEP = Decision()


def decide(
    blocks: list[Block],
    rule_verdicts: dict[int, list[Verdict]],
    heuristic_verdicts: dict[int, Verdict],
    rest_rules: set[str],
    article: bool = False,
    context_rules: dict[str, Rule] | None = None,
) -> list[Decision]:
    """`article` (article mode): a list's items, a stanza's verses, headings marked as such and
    indented text stay (_keep_list_items, _keep_marked_headings, _keep_preformatted), and the
    rules (`context_rules`, by id) remove only in their context (in_context). In both modes,
    code between Markdown fences stays (_keep_fenced_code)."""
    if article and context_rules:
        rule_verdicts = in_context(blocks, rule_verdicts, heuristic_verdicts, context_rules)
    decisions = [Decision(tuple(rule_verdicts[b.index])) if b.index in rule_verdicts else KEEP for b in blocks]
    for index, verdict in heuristic_verdicts.items():
        if decisions[index].action is Action.KEEP:
            decisions[index] = Decision((verdict,))
    if article:
        _keep_list_items(blocks, decisions, rest_rules)
        _keep_marked_headings(blocks, decisions, rest_rules)
        _keep_introduced_lines(blocks, decisions, rest_rules)
        _keep_lead_ins_of_quotes(blocks, decisions)
        _keep_titles_of_their_topic(blocks, decisions, rest_rules)
        _keep_the_texts_own_by_their_place(blocks, decisions, rest_rules)
        _keep_transcribed(blocks, decisions)
        _keep_rendered_examples(blocks, decisions)
    if any(v.category is Category.SIGNOFF for verdicts in rule_verdicts.values() for v in verdicts):
        _keep_signoff_last(blocks, decisions)
    # Most documents have no marker and no poll: the context steps would then change nothing, and
    # every verdict they could start from is among the rules' and the heuristics' findings.
    found = [v for verdicts in rule_verdicts.values() for v in verdicts]
    if any(v.source in rest_rules for v in found) or any(v.source in rest_rules for v in heuristic_verdicts.values()):
        _extend_rest(blocks, decisions, rest_rules, heuristic_verdicts, article)
    if any(v.category is Category.POLL for v in found) or any(
        v.category is Category.POLL for v in heuristic_verdicts.values()
    ):
        _extend_poll(blocks, decisions)
    _keep_fenced_code(blocks, decisions)
    if article:
        _keep_preformatted(blocks, decisions)
    return decisions


def _keep_preformatted(blocks: list[Block], decisions: list[Decision]) -> None:
    """Indented text (segment.preformatted) is an example, a log or a changelog's entries, never
    a widget's label: "\tDelete." in a ChangeLog, "    reply: ...200..." in a doctest, shell
    sessions printing dates. (Page mode's flattened pages indent their menus: there the scorer
    judges.)"""
    for index in preformatted(blocks):
        decisions[index] = KEEP


def _keep_rendered_examples(blocks: list[Block], decisions: list[Decision]) -> None:
    """What a tutorial shows its code to render, under a sentence of its own that ends in a
    colon after the code ("The result looks like this:" over "3 Comments", a thread of bylines
    and replies, "Leave a Reply"), to the next code or the next line of prose no rule flags,
    where the tutorial goes on: a page's own comment section stands under no such
    sentence of a text that shows code, and runs to the page's end. Its header takes nothing
    after it either."""
    fences = [block.index for block in blocks if block.text.startswith(_FENCES)]
    if len(fences) < 2:
        return  # no code shown (most texts)
    for lead_in in blocks[fences[1] + 1:-1]:
        first = blocks[lead_in.index + 1]
        if not introduces_a_list(lead_in) or first.text.startswith(_FENCES) or comment_signal(lead_in.text):
            continue
        if a_widgets_lead_in(lead_in.text, first.text, _BOXES):
            continue  # ("Leave a comment:" over the rendered thread's header)
        end = next((block.index for block in blocks[first.index:] if block.text.startswith(_FENCES)
                    or _the_texts_prose_again(blocks, block, decisions)), None)
        if end is None:
            continue
        for index in range(first.index, end):
            decisions[index] = KEEP
        for block in blocks[end:]:  # (the thread heuristic reads the tutorial's next lines as replies)
            if comment_signal(block.text) is not None or not all(
                v.source.startswith("heuristic:") and v.category is Category.COMMENTS
                for v in decisions[block.index].verdicts
            ):
                break
            decisions[block.index] = KEEP


def _the_texts_prose_again(blocks: list[Block], block: Block, decisions: list[Decision]) -> bool:
    """A line of prose that no rule flags, beside no comment's byline, time or reply button (a
    reply's text sits between them): the tutorial's text goes on. (The thread heuristic takes
    what follows a thread's last reply with it.)"""
    if not reads_as_prose(block.text) or any(
        not v.source.startswith("heuristic:") for v in decisions[block.index].verdicts
    ):
        return False
    around = blocks[max(block.index - 1, 0):block.index + 2]
    return all(comment_signal(b.text) is None for b in around)


def _keep_fenced_code(blocks: list[Block], decisions: list[Decision]) -> None:
    """Code between Markdown fences (``` or ~~~ lines) is never boilerplate: a README's example
    of a rule file or of a report names ads and polls. A fence that never closes protects
    nothing (a stray ``` in scraped text)."""
    opened: int | None = None
    for block in blocks:
        if not block.text.startswith(_FENCES):
            continue
        if opened is None:
            opened = block.index
            continue
        for index in range(opened, block.index + 1):
            decisions[index] = KEEP
        opened = None


_FENCES = ("```", "~~~")


def in_context(
    blocks: list[Block],
    rule_verdicts: dict[int, list[Verdict]],
    heuristic_verdicts: dict[int, Verdict],
    context_rules: dict[str, Rule],
) -> dict[int, list[Verdict]]:
    """The rule verdicts without those out of their context (cleaner/rules.py, "Context"): a rule
    finds nothing in a quotation (_without_quotations), nor past the first sentences of a
    paragraph of prose (_without_mentions_in_prose), a term over its indented definition
    (_without_indented_terms) nor an item of a list of sentences
    (_without_items_of_a_described_list); a rule with a topic removes nothing from a document
    whose text it leaves mentions that topic (a cookie policy, a guide to affiliate links); a
    rule with `near` removes a block only within NEAR_BLOCKS of a removal of that category (a
    comment section's house rules among its form and thread, not a forum's rules page); a rule
    with `once` removes nothing from a document where it finds two blocks or more (a course's
    reading times, one a lesson)."""
    from cleaner.rules import NEAR_BLOCKS

    rule_verdicts = _without_quotations(blocks, rule_verdicts, context_rules)
    rule_verdicts = _without_mentions_in_prose(blocks, rule_verdicts, context_rules)
    rule_verdicts = _without_indented_terms(blocks, rule_verdicts)
    rule_verdicts = _without_items_of_a_described_list(blocks, rule_verdicts)
    found = {v.source for verdicts in rule_verdicts.values() for v in verdicts} & {
        rule_id for rule_id, rule in context_rules.items()
        if rule.topic_pattern is not None or rule.near is not None or rule.once
    }
    dropped: set[tuple[int, str]] = set()
    for rule_id in found:
        rule = context_rules[rule_id]
        hits = {i: [v for v in verdicts if v.source == rule_id] for i, verdicts in rule_verdicts.items()}
        hits = {i: verdicts for i, verdicts in hits.items() if verdicts}
        if rule.once and len(hits) > 1:
            dropped.update((i, rule_id) for i in hits)
            continue
        if rule.topic_pattern is not None and _mentions(blocks, hits, rule.topic_pattern):
            dropped.update((i, rule_id) for i in hits)
            continue
        if rule.near is not None:
            company = sorted([
                i for i, verdicts in rule_verdicts.items()
                if any(v.category is rule.near and v.source != rule_id for v in verdicts)
            ] + [i for i, v in heuristic_verdicts.items() if v.category is rule.near])
            dropped.update((i, rule_id) for i in hits if not _near(i, company, NEAR_BLOCKS))
    if not dropped:
        return rule_verdicts
    kept = {i: [v for v in verdicts if (i, v.source) not in dropped] for i, verdicts in rule_verdicts.items()}
    return {i: verdicts for i, verdicts in kept.items() if verdicts}


def _without_items_of_a_described_list(
    blocks: list[Block], rule_verdicts: dict[int, list[Verdict]]
) -> dict[int, list[Verdict]]:
    """The rule verdicts without those of a list's item beside an item of the same list that is
    prose and that no rule finds: a handover's or a manual's list of a site's parts ("- Cookie
    banner: managed by the consent plugin." under "- Footer: opening hours, address and the
    newsletter sign-up."). A banner or a button is no item of a list of sentences (on
    gold-bodies this changed no removal)."""
    positions = {block.index: k for k, block in enumerate(blocks)}
    items = {
        i for i in rule_verdicts
        if i in positions and any(_a_described_item_beside(blocks, positions[i], k, rule_verdicts)
                                  for k in (positions[i] - 1, positions[i] + 1))
    }
    if not items:
        return rule_verdicts
    return {i: verdicts for i, verdicts in rule_verdicts.items() if i not in items}


def _a_described_item_beside(blocks: list[Block], i: int, k: int, rule_verdicts: dict[int, list[Verdict]]) -> bool:
    """Whether line k, beside line i in its paragraph, is an item of i's list (the same bullet)
    that reads as prose and that no rule finds."""
    if not 0 <= k < len(blocks) or blocks[k].paragraph != blocks[i].paragraph or blocks[k].index in rule_verdicts:
        return False
    bullet, beside = BULLET.match(blocks[i].text), BULLET.match(blocks[k].text)
    return (
        bullet is not None and beside is not None and bullet.group().strip() == beside.group().strip()
        and reads_as_prose(blocks[k].text)
    )


# A term is a few words ("Cookie settings = Paramètres des cookies"), not a sentence of a thread's
# indented widget
TERM_MAX_WORDS = 6


def _without_indented_terms(blocks: list[Block], rule_verdicts: dict[int, list[Verdict]]) -> dict[int, list[Verdict]]:
    """The rule verdicts without those of a term whose definition is indented under it
    ("Back to top" over "    An upward arrow that appears once you have scrolled..."): a
    glossary's or a style guide's entry, as text files and manuals set them. A page's text
    sets no button over an indented paragraph (on gold-bodies this changed no removal)."""
    by_index = {block.index: block for block in blocks}
    positions = {block.index: k for k, block in enumerate(blocks)}
    terms = {
        i for i in rule_verdicts
        if i in by_index and by_index[i].word_count <= TERM_MAX_WORDS
        and heads_an_indented_section(blocks, positions[i])
    }
    if not terms:
        return rule_verdicts
    return {i: verdicts for i, verdicts in rule_verdicts.items() if i not in terms}


# A line that quotes (lines.QUOTATION) holds at least QUOTING_MIN_WORDS words outside its
# quotations (a sentence, not a quoted label).
QUOTING_MIN_WORDS = 8


def _without_quotations(
    blocks: list[Block], rule_verdicts: dict[int, list[Verdict]], rules: dict[str, Rule]
) -> dict[int, list[Verdict]]:
    """The rule verdicts without those whose rule finds its words only inside the quotations of
    a sentence: the text quotes the boilerplate ('Must always sit next to "Reject all cookies"
    with identical size'; a style guide's, a moderation policy's), where a banner prints its
    own words bare (on gold-bodies this changed no removal)."""
    by_index = {block.index: block for block in blocks}
    quoting = [i for i in rule_verdicts if QUOTATION.search(by_index[i].text)]
    if not quoting:
        return rule_verdicts
    kept = dict(rule_verdicts)
    for i in quoting:
        text = by_index[i].text
        verdicts = [v for v in kept[i] if not _quotes_it(rules[v.source], text[slice(*v.span)] if v.span else text)]
        if verdicts:
            kept[i] = verdicts
        else:
            del kept[i]
    return kept


# A banner, a widget's line or a comment header says what a rule finds in its first sentences:
# where it comes after this many sentences of a block of more, the block is prose that mentions it
LEAD_SENTENCES = 2
_SENTENCE_MARK = re.compile(r"[.!?。！？]")


def _without_mentions_in_prose(
    blocks: list[Block], rule_verdicts: dict[int, list[Verdict]], rules: dict[str, Rule]
) -> dict[int, list[Verdict]]:
    """The rule verdicts without those of a block rule that finds its words only after the first
    LEAD_SENTENCES sentences of a paragraph of more: a blogger's paragraph on why the comments
    closed that ends on what "had to be mentioned in the cookie notice" ("im Cookie-Hinweis").
    On gold-bodies, of the 13,890 lines block rules removed in every regime and page mode,
    13,781 held the rule's words in their first sentence, 106 in their second and 3 later (two
    pages' footers of several sentences, "Follow any comments here with the RSS feed")."""
    by_index = {block.index: block for block in blocks}
    kept = dict(rule_verdicts)
    for i, verdicts in rule_verdicts.items():
        text = by_index[i].text
        if not any(v.span is None for v in verdicts) or len(_SENTENCE_MARK.findall(text)) < LEAD_SENTENCES:
            continue  # (a line of fewer sentences: most of those a rule finds)
        spans = sentences(text)
        if len(spans) <= LEAD_SENTENCES:
            continue
        lead = spans[LEAD_SENTENCES - 1][1]
        late = [v for v in verdicts if v.span is None and _found_only_after(rules[v.source], text, lead)]
        left = [v for v in verdicts if v not in late]
        if left:
            kept[i] = left
        else:
            del kept[i]
    return kept


def _found_only_after(rule: Rule, text: str, end: int) -> bool:
    """The rule's first match in the text starts at or after `end`."""
    found = rule.compiled.search(text)
    return found is not None and found.start() >= end


def _quotes_it(rule: Rule, text: str) -> bool:
    """The line quotes what the rule finds: in a sentence of its own words, or as a whole line in
    quotation marks, however short ('"Use the code SPRING20 at checkout for 20% off."', a
    textbook's example of a call; «1 comentario», a story's character reading a blog's count
    of comments), or pairing quoted strings in a sentence of a few words of its own ('"Back to
    top" için "Başa dön", "Cookie settings" için "Çerez ayarları" kullanıyoruz.', a translator's
    rule): a banner, an ad or a comment header prints its words bare (on gold-bodies no line a
    rule removes is quoted whole, of one word or more, nor pairs quotations so)."""
    if QUOTATION.fullmatch(text.strip()):
        return True
    unquoted = QUOTATION.sub(lambda found: " " * len(found.group()), text)
    own_words = len(unquoted.split())
    sentence = own_words >= QUOTING_MIN_WORDS or (own_words >= PAIRING_MIN_WORDS and _pairs_quotations(text))
    return sentence and not rule.finds(unquoted)


# A sentence that pairs quoted strings holds PAIRINGS_MIN pairs or more and at least
# PAIRING_MIN_WORDS words of its own
PAIRINGS_MIN = 2
PAIRING_MIN_WORDS = 2


def _pairs_quotations(text: str) -> bool:
    """A sentence that quotes PAIRINGS_MIN pairs of strings or more."""
    return len(QUOTATION.findall(text)) >= 2 * PAIRINGS_MIN and ends_a_sentence(text)


def _near(i: int, ordered: list[int], distance: int) -> bool:
    """Whether a number of the sorted list `ordered` lies within `distance` of i."""
    k = bisect.bisect_left(ordered, i - distance)
    return k < len(ordered) and ordered[k] <= i + distance


def _mentions(blocks: list[Block], hits: dict[int, list[Verdict]], topic: regex.Pattern) -> bool:
    """Whether the text a rule leaves (outside the blocks and sentences of `hits`) names the topic
    in the document's title (its first block), in the title right over a block it finds
    ("Cookies and tracking" over a disclosure's paragraph on them, "Privacy e cookie" over a legal
    notice's; a footer's last link is no title) or in its prose (blocks of TOPIC_PROSE_WORDS words
    or more): a footer's "Privacy" link does not make a story about privacy."""
    for k, block in enumerate(blocks):
        verdicts = hits.get(block.index, [])
        titles_a_hit = block.index + 1 in hits and not _in_a_list_of_short_lines(blocks, k)
        if any(v.span is None for v in verdicts) or (
            block.index > 0 and block.word_count < TOPIC_PROSE_WORDS and not titles_a_hit
        ):
            continue
        text, start = [], 0
        for v in sorted(verdicts, key=lambda v: v.span or (0, 0)):
            assert v.span is not None
            text.append(block.text[start:v.span[0]])
            start = v.span[1]
        text.append(block.text[start:])
        if topic.search(" ".join(text)):
            return True
    return False


def _in_a_list_of_short_lines(blocks: list[Block], k: int) -> bool:
    """Line k goes on a short line of its paragraph: a list's item (a footer's "Privacy" under
    "Contact"), no title."""
    return k > 0 and blocks[k - 1].paragraph == blocks[k].paragraph and not reads_as_prose(blocks[k - 1].text)


def _keep_list_items(blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str]) -> None:
    """A short line removed on its wording stays when a neighbour, with no blank line between,
    is a list's item or a verse that stays (_list_item_like: "Print" in a packing list, "Go!"
    in a poem). Scraped buttons stand alone between paragraphs, next to
    prose, among other buttons (a share row), which go too, or under the post's byline ("By
    Ann Lee | May 3, 2012" over "Tweet"; a_posts_byline), which is no item."""
    before = list(decisions)  # the neighbours are read as they were before this step

    def item(k: int) -> bool:
        text = blocks[k].text
        if before[k].action is not Action.KEEP or a_posts_byline(text):
            return False
        return _list_item_like(text, blocks[k].word_count)

    menus = _menus(blocks, before, rest_rules, item)
    kept = []
    for index in _judged(before):  # (a block with no verdict is kept already)
        block = blocks[index]
        if block.paragraph in menus:
            continue
        if _removes_one_line(block, before[index], rest_rules) and any(
            0 <= k < len(blocks) and blocks[k].paragraph == block.paragraph and item(k)
            for k in (index - 1, index + 1)
        ):
            decisions[index] = KEEP
            kept.append(index)
    for index in kept:
        _keep_the_rest_of_its_list(blocks, decisions, before, rest_rules, index)


def _keep_the_rest_of_its_list(
    blocks: list[Block], decisions: list[Decision], before: list[Decision], rest_rules: AbstractSet[str], index: int
) -> None:
    """An item kept as a list's (_keep_list_items) keeps the removed items of its list (its
    bulleted list, bullet for bullet, or its run of hashtags), each a name alone, where more of
    the list's items stay than go: a "See also" list that opens with networks ("- Snapchat",
    "- Instagram", "- Reels", "- Efemära medier"), where only the second stands beside an item
    that stays; a lesson's hashtags that do not mark an ad enough ("#ad" / "#sponsored" /
    "#collab"). A post's buttons listed under its byline ("- Print »", "- Email »") are no
    names."""
    run = _its_list(blocks, index)
    removed = [
        k for k in run if decisions[k].action is not Action.KEEP and _removes_one_line(blocks[k], before[k], rest_rules)
    ]
    stays = sum(decisions[k].action is Action.KEEP for k in run)
    names = all(_A_NAMED_ITEM.match(blocks[k].text) or _A_HASHTAG.match(blocks[k].text) for k in removed)
    if stays > len(removed) and names:
        for k in removed:
            decisions[k] = KEEP


def _its_list(blocks: list[Block], index: int) -> list[int]:
    """The items of block index's paragraph next to it of its kind: opening with the same
    bullet, or hashtags alone; none if it is neither."""
    def kind(k: int) -> str | None:
        text = blocks[k].text
        if bullet := BULLET.match(text):
            return bullet.group()
        return "#" if _A_HASHTAG.match(text) else None

    own = kind(index)
    if own is None:
        return []

    def same(k: int) -> bool:
        return blocks[k].paragraph == blocks[index].paragraph and kind(k) == own

    first = index
    while first > 0 and same(first - 1):
        first -= 1
    last = index
    while last + 1 < len(blocks) and same(last + 1):
        last += 1
    return list(range(first, last + 1))


# A list's item that is a name alone, a word or two in capitals ("- Snapchat", "- Google+"): not
# a button's call ("- Login or register to post comments"), an archive's year ("- 2000 Archives")
_A_NAMED_ITEM = regex.compile(r"^[-*•·]\s+\p{Lu}[\p{L}+.&]*(?:\s+\p{Lu}[\p{L}+.&]*)?\s*$")
# a hashtag alone on its line ("#collab"), an item of a list of hashtags
_A_HASHTAG = regex.compile(r"^\s*#[\p{L}\p{N}_]+\s*$")


def _menus(
    blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str], item: Callable[[int], bool]
) -> set[int]:
    """The paragraphs that are a menu or a widget's list: more of their short lines than not, and
    at least MENU_MIN_FURNITURE, are removed on their wording ("About us", "Contact", "Advertise"
    among "Careers" and "Help"), or are removed or a news site's desks ("Home", "News",
    "Business", "Sport", "Contact"; the `desk` family), the paragraph unbulleted and introduced
    by no sentence (_a_desks_menu). A packing list has a button's word or two among its items,
    and a poem's verses go on in lower case ("Zurück" / "ins Laub," / "zurück" / "ins Warme,"),
    where a menu's items each start anew."""
    # only a paragraph with a line removed could be a menu: the others' lines are not read (most
    # documents have none)
    could_be = {
        blocks[index].paragraph for index in _judged(decisions)
        if _removes_one_line(blocks[index], decisions[index], rest_rules)
    }
    if not could_be:
        return set()
    removed: collections.Counter[int] = collections.Counter()
    desks: collections.Counter[int] = collections.Counter()
    items: collections.Counter[int] = collections.Counter()
    verses: set[int] = set()
    bulleted: set[int] = set()
    v = vocabulary()
    for index, block in enumerate(blocks):
        if block.paragraph not in could_be:
            continue
        if _removes_one_line(block, decisions[index], rest_rules):
            removed[block.paragraph] += 1
        elif item(index):
            found = v.cover(block.text, ("desk",)) is not None
            (desks if found else items)[block.paragraph] += 1
        else:
            continue
        if block.text.lstrip()[:1].islower():
            verses.add(block.paragraph)
        if BULLET.match(block.text):
            bulleted.add(block.paragraph)
    return {
        p for p, count in removed.items()
        if p not in verses and (
            (count >= MENU_MIN_FURNITURE and count > items[p] + desks[p])
            or (desks[p] and p not in bulleted and _a_desks_menu(blocks, p, count + desks[p], items[p]))
        )
    }


def _a_desks_menu(blocks: list[Block], paragraph: int, menu_lines: int, other_items: int) -> bool:
    """A paragraph of at least MENU_MIN_FURNITURE lines that are furniture or a news site's
    desks, more than its other items, introduced by no sentence ending in a colon ("The menu
    has six entries:" over "Home" / "News" / "Contact", a lesson's): a site's menu between the
    article's paragraphs. On gold-bodies' tuning part this took 42 more lines of the article
    regime's menus ("Home", "About us", "Archives"), none of them in a gold body."""
    if menu_lines < MENU_MIN_FURNITURE or menu_lines <= other_items:
        return False
    first = next(block for block in blocks if block.paragraph == paragraph)
    above = blocks[first.index - 1] if first.index else None
    return not (first.text.rstrip().endswith(":") or (above is not None and above.text.rstrip().endswith(":")))


def _keep_marked_headings(blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str]) -> None:
    """A Markdown heading ("## Share", "# Print", or a line in bold, "**Print**") is one its
    author marked: it stays, whatever its words."""
    for index in _judged(decisions):
        block = blocks[index]
        if marked_heading(blocks, index) and _removes_one_line(block, decisions[index], rest_rules):
            decisions[index] = KEEP


def _keep_titles_of_their_topic(blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str]) -> None:
    """A button's word removed on its wording stays when it titles the statement right under
    it, in its paragraph, and that statement names its topic ("Répondre" over "Répondez aux
    questions 1 à 4", an exercise's step): a comment's reply button stands over the next
    comment's byline or text, which do not say "reply"."""
    for index in _judged(decisions):
        block = blocks[index]
        below = index + 1
        if (
            below < len(blocks) and blocks[below].paragraph == block.paragraph
            and _removes_one_line(block, decisions[index], rest_rules)
            and (names_its_own_topic(block, blocks[below]) or _labels_an_answer(blocks, index))
        ):
            decisions[index] = KEEP


def _keep_the_texts_own_by_their_place(
    blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str]
) -> None:
    """A line a rule removes stays when its place shows it the text's own
    (the_texts_own_by_its_place): a design system's component "Back to top" among the strings
    its prose names, a glossary's "Cookie settings – Configuración de cookies" over its
    definition. The heuristics ask every sign of their own."""
    for index in _judged(decisions):
        decision = decisions[index]
        if decision.action is not Action.REMOVE_BLOCK or decision.block_verdict.source.startswith("heuristic:"):
            continue
        if (_removes_one_line(blocks[index], decision, rest_rules) and the_texts_own_by_its_place(blocks, index)) or (
            _removes_short_lines(blocks[index], decision, rest_rules) and verses_of_a_poem(blocks, index)
        ):
            decisions[index] = KEEP


def _glued(text: str) -> bool:
    """Buttons glued into one word by the scrape: "ReplyDelete"."""
    return any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _labels_an_answer(blocks: list[Block], index: int) -> bool:
    """A plain title between a question and a statement, all in one paragraph ("When will the
    repairs begin?" / "Reply" / "The contract has been signed..."): the label of an answer in
    minutes or an interview, where a comment's reply button stands over the next comment's
    byline."""
    block = blocks[index]
    if index == 0 or index + 1 >= len(blocks) or not _PLAIN_TITLE.match(block.text) or _glued(block.text):
        return False
    question, answer = blocks[index - 1], blocks[index + 1]
    return (
        question.paragraph == block.paragraph == answer.paragraph
        and question.text.rstrip().endswith(("?", "？", "¿", "؟")) and _ends_a_statement(answer)
    )


def _judged(decisions: list[Decision]) -> list[int]:
    """The numbers of the blocks with a verdict (most blocks have none)."""
    return [index for index, decision in enumerate(decisions) if decision.verdicts]


# "## Share", or a line its author set in bold as a heading ("**Print**", "__Share__")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s|(\*\*|__)[^*_\s].*\1\s*$")
# A Markdown setext or reStructuredText underline: "Kontakt" over "-------"
_UNDERLINE = re.compile(r"\s*([=\-~^*+#])\1{2,}\s*$")


def marked_heading(blocks: list[Block], index: int) -> bool:
    """A heading its author marked: "## Share", a line in bold, or a line right over its
    underline ("Share" over "-----", as Markdown and reStructuredText write a title)."""
    if _MARKDOWN_HEADING.match(blocks[index].text):
        return True
    below = index + 1
    return (
        below < len(blocks) and blocks[below].blank_lines_before == 0
        and _UNDERLINE.match(blocks[below].text) is not None and blocks[index].word_count <= HEADING_MAX_WORDS
    )


HEADING_MAX_WORDS = 12


def _keep_introduced_lines(blocks: list[Block], decisions: list[Decision], rest_rules: AbstractSet[str]) -> None:
    """The short lines right under a sentence that ends in a colon, to the end of their run of
    list items, are what the sentence quotes or lists ("The link's text is usually:" over "Skip
    to main content"; "The networks the pupils used most were:" over "YouTube", "Instagram"):
    the text's examples, not a widget's labels. Not under a widget's own lead-in, which names
    its furniture ("Follow us on social media:") other than the lines it quotes ("... with the
    continue command:" over "continue")."""
    for index in _judged(decisions):
        if _removes_one_line(blocks[index], decisions[index], rest_rules) and _introduced(blocks, index):
            decisions[index] = KEEP


def _introduced(blocks: list[Block], index: int) -> bool:
    """Whether block `index` is in the run of list items that opens right under a lead-in, or is
    a message right under it ("... replaced with the message:" over "\"Comments are closed for
    this article.\""), the lead-in naming no furniture of its own: a widget prints its message
    under no sentence of the text's."""
    if index > 0 and introduces_a_list(blocks[index - 1]) and _a_message(blocks[index]):
        sentence = SENTENCE_BREAK.split(blocks[index - 1].text)[-1]
        return not names_furniture(sentence, blocks[index].text, families=_BOXES)
    return _list_item_like(blocks[index].text, blocks[index].word_count) and _quoted_under_lead_ins(blocks)[index]


@once_per_document
def _quoted_under_lead_ins(blocks: list[Block]) -> list[bool]:
    """For each line, whether its run of list items is one its lead-in quotes (each run judged once)."""
    runs = _runs_under_lead_ins(blocks)
    quoted = {run: _quoted_by_its_lead_in(blocks, run) for run in set(runs) if run is not None}
    return [run is not None and quoted[run] for run in runs]


def _runs_under_lead_ins(blocks: list[Block]) -> list[range | None]:
    """Each line's run of list items: from the first item under the lead-in above it (a line
    that introduces a list) down to the last item in a row in its paragraph; None where a line
    that is no item stands between the line and the lead-in, or where no lead-in is above. Found
    for the whole text at once: a walk from each line of a long list takes time quadratic in its
    length."""

    def an_item(k: int) -> bool:
        return _list_item_like(blocks[k].text, blocks[k].word_count)

    def in_the_paragraph_above(k: int) -> bool:
        return blocks[k - 1].paragraph == blocks[k].paragraph

    firsts: list[int | None] = []
    for k in range(len(blocks)):
        if k > 0 and in_the_paragraph_above(k) and not introduces_a_list(blocks[k - 1]):
            firsts.append(firsts[k - 1] if an_item(k - 1) else None)
        else:
            firsts.append(k)
    lasts = list(range(len(blocks)))
    for k in reversed(range(len(blocks) - 1)):
        if in_the_paragraph_above(k + 1) and an_item(k + 1):
            lasts[k] = lasts[k + 1]
    return [
        range(first, last + 1) if first and introduces_a_list(blocks[first - 1]) else None
        for first, last in zip(firsts, lasts, strict=True)
    ]


def _quoted_by_its_lead_in(blocks: list[Block], run: range) -> bool:
    """The lead-in over the run names no furniture of the run's (it may name a word of any line
    of its run: "a small link under each entry:")."""
    quoted = "\n".join(block.text for block in blocks[run.start:run.stop])
    sentence = SENTENCE_BREAK.split(blocks[run.start - 1].text)[-1]
    # a sentence of prose may name the menu it quotes ("A vet's website has this main menu:"),
    # where a page's own lead-in to its links is a label ("Main menu:", "You are here:")
    boxes = _BOXES if count_words(sentence) >= PROSE_LEAD_IN_WORDS else ()
    return not names_furniture(sentence, quoted, families=boxes)


# A widget's lead-in names its box ("Follow us on social media:"); the text's own may name a
# pager's word ("le message suivant :", the following message).
_BOXES = tuple(family for family in ARTICLE_FURNITURE if family != "nav")
# A message a lead-in quotes is one short sentence ("Votre commentaire est en attente de
# modération.")
MESSAGE_MAX_WORDS = 15


def _a_message(block: Block) -> bool:
    """A quotation, or one short sentence: what a lead-in ("... le lecteur voit s'afficher le
    message suivant :") introduces, where a list's items end no sentence (on gold-bodies the
    sentences this added kept none of the lines removed before)."""
    if QUOTED_WHOLE.match(block.text):
        return True
    return block.word_count <= MESSAGE_MAX_WORDS and ends_a_sentence(block.text) and len(sentences(block.text)) == 1


def _keep_lead_ins_of_quotes(blocks: list[Block], decisions: list[Decision]) -> None:
    """A lead-in to an embedded post ("She posted on X:") stays when the post follows it as a
    quotation: the text still has what the lead-in introduces. A lead-in that is its block's one
    sentence ("On the morning of the reopening, the director posted on Instagram:") was removed
    whole, and stays as well."""
    for index in _judged(decisions):
        if index + 1 < len(blocks) and blocks[index + 1].text.startswith(_QUOTE_MARKS):
            whole = blocks[index].text.rstrip().endswith(":")
            decisions[index] = decisions[index].without(functools.partial(_a_lead_in, whole=whole))


def _a_lead_in(verdict: Verdict, whole: bool) -> bool:
    """An embed's verdict on a lead-in: its sentence, or its whole block when `whole`."""
    return verdict.category is Category.EMBED and (verdict.span is not None or whole)


def _keep_transcribed(blocks: list[Block], decisions: list[Decision]) -> None:
    """What a text transcribes between its markers ("[begin transcription]" ... "[end
    transcription]", "[inizio trascrizione]" ... "[fine trascrizione]", "--- Beginn des Zitats
    ---"): a page or a post it quotes as it was, menus and buttons and all. Its comment-section
    header takes nothing after it either."""
    for index in _transcribed(blocks):
        decisions[index] = KEEP


# A marker: a few words in square brackets, or between rules ("--- end ---")
_MARKER = re.compile(r"^\s*(?:\[([^\[\]]+)\]|[-=]{2,}\s*([^-=]+?)\s*[-=]{2,})\s*$")
MARKER_MAX_WORDS = 5
# The word the two markers share is the transcription's name ("transcription", "Zitat"): of
# at least this many letters, not a connector ("de la")
MARKER_NAME_MIN_LETTERS = 5


def _transcribed(blocks: list[Block]) -> set[int]:
    """The blocks between an opening marker (a word of vocabulary's `begins`) and the closing
    marker (a word of `ends`) that names the same thing."""
    begins, ends = vocabulary().members["begins"], vocabulary().members["ends"]
    inside: set[int] = set()
    opened: tuple[int, set[str]] | None = None
    for block in blocks:
        found = _MARKER.match(block.text)
        if found is None or block.word_count > MARKER_MAX_WORDS:
            continue
        named = set(word_tuple(found.group(1) or found.group(2)))
        if opened is None and named & begins:
            opened = (block.index, {w for w in named - begins if len(w) >= MARKER_NAME_MIN_LETTERS})
        elif opened is not None and named & ends and (named - ends) & opened[1]:
            inside.update(range(opened[0] + 1, block.index))
            opened = None
    return inside


# Quotation marks, and Markdown's (or an e-mail's) quoted block: "> Our doors are open again!"
_QUOTE_MARKS = ('"', "“", "„", "«", "»", "‘", "'", "‚", "「", "『", ">")


def _list_item_like(text: str, words: int) -> bool:
    """Short, and either it ends no sentence (an item, a verse) or it starts in lower case (a
    verse that goes on from the line above: scraped paragraphs start with a capital)."""
    if words > LIST_ITEM_MAX_WORDS:
        return False
    return text[:1].islower() or not text.rstrip("\"'”’)»]").endswith((".", "!", "?", "…", ":"))


def _removes_one_line(block: Block, decision: Decision, rest_rules: AbstractSet[str]) -> bool:
    """A short block removed whole by a rule or a single-line heuristic (not a run finder, not
    a comment-section marker, whose thread _extend_rest judges)."""
    if decision.action is not Action.REMOVE_BLOCK or block.word_count > LIST_ITEM_MAX_WORDS:
        return False
    source = decision.block_verdict.source
    if source in rest_rules:
        return False
    return not source.startswith("heuristic:") or source in SINGLE_LINE_HEURISTICS


def _removes_short_lines(block: Block, decision: Decision, rest_rules: AbstractSet[str]) -> bool:
    """A block of several lines, as short on average as a line _removes_one_line judges,
    removed whole by a rule: verses the segmenter joined into one sentence."""
    lines = block.last_line - block.first_line + 1
    return (
        lines > 1 and block.word_count <= LIST_ITEM_MAX_WORDS * lines
        and decision.action is Action.REMOVE_BLOCK and decision.block_verdict.source not in rest_rules
    )


def removes_block(decision: Decision) -> bool:
    return decision.action is Action.REMOVE_BLOCK


def _keep_signoff_last(blocks: list[Block], decisions: list[Decision]) -> None:
    """A sign-off closes a document: "Stay tuned" anywhere else is the article's own sentence
    (a quote, a promise in the middle of the story), so only the last block that nothing else
    removes keeps its sign-off verdicts."""
    last = next(
        (b.index for b in reversed(blocks)
         if not any(v.span is None and v.category is not Category.SIGNOFF for v in decisions[b.index].verdicts)),
        None,
    )
    for block in blocks:
        if block.index != last and any(v.category is Category.SIGNOFF for v in decisions[block.index].verdicts):
            decisions[block.index] = decisions[block.index].without(lambda v: v.category is Category.SIGNOFF)


def _extend_rest(
    blocks: list[Block], decisions: list[Decision], rest_rules: set[str],
    heuristic_verdicts: dict[int, Verdict] | None = None, article: bool = False,
) -> None:
    """A comment-section marker takes the rest of the document when a thread follows it.

    A later one without a thread after it is a subheading or a counter: its `rest` verdict is
    dropped (a block rule may still remove it, as comments-counter does "42 Comments", and so
    may a heuristic, as the furniture line does "Add a comment"). A marker in the document's
    first part (before REST_MIN_SHARE_BEFORE of its words and before REST_MIN_PROSE_BEFORE
    words of prose, PAGE_REST_MIN_PROSE_BEFORE in page mode) is a link and goes alone in page
    mode; in article mode it is dropped as well:
    there it was a section's title or a counter the annotators kept as often as not (on
    gold-bodies' article regions 18 of 136 such lines were in the gold, "Responses" titles a
    README's section), and the furniture heuristic still takes a bare "Post a comment". So is
    one under posts with no prose above it (OWN_THREAD_MIN_POSTS): a chat's own reply counter.
    """
    heuristic_verdicts = heuristic_verdicts or {}

    def drop_marker(block: Block) -> None:
        kept = decisions[block.index].without(lambda v: v.source in rest_rules)
        # (a heuristic's verdict stands in for it, unless the line is the text's quoted example)
        fallback = None if _introduced(blocks, block.index) else heuristic_verdicts.get(block.index)
        decisions[block.index] = Decision((fallback,)) if not kept.verdicts and fallback else kept

    if not any(v.source in rest_rules for decision in decisions for v in decision.verdicts):
        return  # no marker in this document (the common case): nothing to count
    total = sum(b.word_count for b in blocks) or 1
    prose_before = REST_MIN_PROSE_BEFORE if article else PAGE_REST_MIN_PROSE_BEFORE
    quoted = _quoted_examples(blocks)
    before = prose = posts = 0
    for block in blocks:
        decision = decisions[block.index]
        marker = next((v for v in decision.verdicts if v.source in rest_rules), None)
        late = before / total >= REST_MIN_SHARE_BEFORE or prose >= prose_before
        own_thread = posts >= OWN_THREAD_MIN_POSTS and prose < PROSE_MIN_WORDS
        if marker is not None and article and (not late or own_thread):
            drop_marker(block)
        elif marker is not None and late:
            # the window only: a long document has many markers (a copy of its rest each was quadratic)
            evidence = thread_evidence(
                blocks[block.index + 1:block.index + 1 + THREAD_WINDOW], decisions, rest_rules, quoted
            ) or (_counts_its_thread(blocks, block) if prose >= prose_before and block.index not in quoted else None)
            if evidence is None:
                drop_marker(block)
            else:
                reason = f"after the marker {block.text[:60]!r} ({marker.source}), before {evidence}"
                for later in blocks[block.index + 1:_threads_end(blocks, block.index + 1, decisions)]:
                    if not removes_block(decisions[later.index]):
                        decisions[later.index] = Decision((Verdict(marker.category, marker.source, reason),))
                return
        before += block.word_count
        prose += block.word_count if block.word_count >= PROSE_MIN_WORDS else 0
        posts += comment_signal(block.text) in ("said", "time")


def _threads_end(blocks: list[Block], start: int, decisions: list[Decision]) -> int:
    """Where the thread that starts at block `start` ends: at a rule drawn across the text
    (lines.RULE_LINE: "---", "* * *") after its last comment signal, the break of a story
    that quotes a thread and goes on ("142 reacties." over the comments, then "---" and the
    next scene); else at the document's end. (On gold-bodies no thread ended so.)"""
    last = max(
        (block.index for block in blocks[start:] if not RULE_LINE.match(block.text) and (
            comment_signal(block.text) is not None
            or any(v.category is Category.COMMENTS for v in decisions[block.index].verdicts))),
        default=None,
    )
    if last is not None:
        for block in blocks[last + 1:]:
            if RULE_LINE.match(block.text):
                return block.index
    return len(blocks)


def thread_evidence(
    after: list[Block], decisions: list[Decision], markers: AbstractSet[str] = frozenset(),
    quoted: AbstractSet[int] = frozenset(),
) -> str | None:
    """What shows that `after` (the blocks after a marker) is a comment thread, or None.

    A block counts when it reads as comment furniture (inline.comment_signal) or a rule removed
    it as comment furniture (a comment form's notice, "Reply"). Another marker or a counter
    ("Comments (2)") does not: on a blog's front page each post ends with one.
    """
    signals = []
    for position, block in enumerate(after[:THREAD_WINDOW]):
        if block.index in quoted:
            continue  # the text's example of a thread's furniture ("... beside each comment:" over "Reply | Report")
        kind = comment_signal(block.text)
        if in_a_programme(after, position):
            continue  # "11:15 First response: Tom Hale", "14:00 Report from the working groups"
        # (in a text with no blank line, one paragraph a line, a title follows a sentence)
        opens = position == 0 or after[position - 1].paragraph != block.paragraph or (
            after[-1].paragraph == block.paragraph and _ends_a_statement(after[position - 1])
        )
        if kind in FURNITURE_SIGNALS and (
            marked_heading(after, position) or _titles_its_section(block, after[position + 1:], opens)
        ):
            continue  # a section's title ("Report" over "The officers' report sums up...", "## Rating")
        if kind is None and any(
            v.category is Category.COMMENTS and v.source not in markers
            and v.source not in COUNTER_RULES | WIDGET_RULES
            and not v.source.startswith("heuristic:")
            for v in decisions[block.index].verdicts
        ):
            kind = "rule"
        if kind is not None:
            signals.append((position, kind, block.text))
    furniture = [signal for signal in signals if signal[1] in FURNITURE_SIGNALS]
    if (
        len(signals) < min(THREAD_MIN_SIGNALS, len(after))
        or len(furniture) < THREAD_MIN_FURNITURE
        or signals[0][0] >= THREAD_FIRST_BLOCKS
        or _a_printed_form(after, signals)
    ):
        return None
    shown = signals[:THREAD_MIN_SIGNALS] + [s for s in furniture[:1] if s not in signals[:THREAD_MIN_SIGNALS]]
    return "; ".join(f"{kind} {text[:40]!r}" for _, kind, text in shown)


def _quoted_examples(blocks: list[Block]) -> set[int]:
    """The blocks a sentence of the text quotes as its examples: the run of short lines right
    under a lead-in that ends in a colon ("There were the small controls beside each comment:"
    over "Reply | Report | Permalink"), the lead-in being no comment's byline ("Anna says:")
    and no widget's call ("Please log in to post your comment:", which names its furniture).
    In a text without blank lines the run is its first line: there the paragraph is the text."""
    quoted: set[int] = set()
    flat = blocks[0].paragraph == blocks[-1].paragraph
    for lead_in, first in zip(blocks, blocks[1:]):
        if not introduces_a_list(lead_in) or comment_signal(lead_in.text) is not None:
            continue
        if not (_a_message(first) or _list_item_like(first.text, first.word_count)):
            continue
        if names_furniture(SENTENCE_BREAK.split(lead_in.text)[-1], first.text):
            continue
        quoted.add(first.index)
        for block in [] if flat else blocks[first.index + 1:]:
            if block.paragraph != first.paragraph or not _list_item_like(block.text, block.word_count):
                break
            quoted.add(block.index)
    return quoted


def _counts_its_thread(blocks: list[Block], marker: Block) -> str | None:
    """A marker that counts the comments under it ("12 Comments", "3 Responses to “Shuteye”",
    "Kommentare (4)") as the only count of comments in the text, with a block under it and the
    story's prose above it (_extend_rest asks; a count beside the byline stands over the story):
    its own evidence of a thread, when its comments have no bylines either. Trafilatura keeps a
    thread's comments and drops the bylines and buttons that thread_evidence reads; a thread
    whose bylines stand and buttons do not is one a person kept as text (THREAD_MIN_FURNITURE).
    A blog's front page counts each post's comments, a consultation's report those on each
    question, and "0 Comments" counts none."""
    if marker.index + 1 >= len(blocks) or not _counted_thread().match(marker.text):
        return None
    if sum(1 for block in blocks if _counted_thread().match(block.text)) > 1:
        return None
    if _among_a_posts_counts(blocks, marker):
        return None
    below = blocks[marker.index + 1:marker.index + 1 + THREAD_WINDOW]
    if any(comment_signal(block.text) in ("said", "time") for block in below):
        return None
    return f"its count of the comments under it {marker.text.strip()[:40]!r}"


def _among_a_posts_counts(blocks: list[Block], marker: Block) -> bool:
    """A count of comments between two other counts, on the lines above and below it, short
    lines each with a number and no byline ("12.400 Mi piace" / "860 commenti" / "Condiviso
    2.100 volte", "2,4 k" / "312 commentaires" / "1,1 k partages"): a post's likes, comments
    and shares, which a story quotes. A thread's header stands over its first comment's byline
    or its commenter's name ("NFreak007"), under the story or a page's counter ("Hits: 2854")."""
    k = marker.index
    if not 0 < k < len(blocks) - 1:
        return False
    return all(
        block.word_count <= POST_COUNT_MAX_WORDS and _A_COUNT.search(block.text) is not None
        and comment_signal(block.text) not in ("said", "time", "date")
        for block in (blocks[k - 1], blocks[k + 1])
    )


# A post's count of likes or shares: a number, maybe in thousands, and a word or two ("1,1 k
# partages", "Condiviso 2.100 volte")
POST_COUNT_MAX_WORDS = 4
_A_COUNT = regex.compile(r"(?<!\w)\d[\d.,]*(?:\s?[kKmM])?(?!\w)")


@functools.cache
def _counted_thread() -> regex.Pattern[str]:
    """A count of one or more, then a thread's header ("comments", "Kommentare"): alone, over
    the post's quoted title ("on “Shuteye”") or before a mark and the theme's call ("12
    comments… read them below or add one"); or the header, then its count in brackets."""
    import regex  # (imported by the rules already; here only when a document has a marker)

    header = vocabulary().alternation("thread")
    count = r"(?:[1-9]\d*|one)"
    return regex.compile(
        rf"(?i)^[\W_]*(?:{count}\s+(?:{header})(?:\s+(?:to|on)\s+[\"“«„].*|[^\w\s].*)?|(?:{header})\s*[(\[]{count}[)\]])[\W_]*$"
    )


def _a_printed_form(after: list[Block], signals: list[tuple[int, str, str]]) -> bool:
    """Signals that are all a form's fields waiting after a colon ("Name:", "Email:"), with
    prose after them in the window: a printed form's fields under its "Comments" box, and the
    form's next section (a booking form's "Please tell us about any allergies..."). A web
    page's comment form marks its fields "Name (required)" or "Email *", or has the page's
    widgets under it (on gold-bodies' article regions, the one comment form with colons had a
    blog's list of posts under it; the forms with prose under them had no colons)."""
    if any(kind != "form" or not text.rstrip().endswith(":") for _, kind, text in signals):
        return False
    return any(_a_sentence(block) for block in after[signals[-1][0] + 1:THREAD_WINDOW])


def _ends_a_statement(block: Block) -> bool:
    return block.word_count >= STATEMENT_MIN_WORDS and block.text.rstrip().endswith((".", "!", "?"))


# A statement: a sentence of at least this many words ("Prosi o wcześniejsze informowanie.")
STATEMENT_MIN_WORDS = 3


def _a_sentence(block: Block) -> bool:
    return block.word_count >= PROSE_MIN_WORDS or (
        block.word_count >= TOPIC_PROSE_WORDS and block.text.rstrip().endswith((".", "!", "?"))
    )


def _titles_its_section(block: Block, below: list[Block], opens: bool) -> bool:
    """A button's word over the statement that names its topic ("Report" over "The officers'
    report sums up..."), or a plain title opening its paragraph over the paragraph's prose
    ("Discussione" over "I rappresentanti dei genitori chiedono...") or over its table of values
    ("Bewertung" over "Inhalt: 12 Punkte", "Form: 10 Punkte"). A comment's button stands among
    its byline and its fellow buttons (on gold-bodies' article regions the one reply button
    over prose was the fourth line of its paragraph)."""
    if not below:
        return False
    if names_its_own_topic(block, below[0]):
        return True
    if not opens or below[0].paragraph != block.paragraph or not _PLAIN_TITLE.match(block.text):
        return False
    if _a_sentence(below[0]) and vocabulary().members["connector"].isdisjoint(word_tuple(block.text)):
        return True  # (not a call: "Leave a Comment" over its form's notice)
    rows = [b for b in below[:TABLE_MIN_ROWS] if b.paragraph == block.paragraph]
    return len(rows) == TABLE_MIN_ROWS and all(_LABEL_AND_VALUE.match(b.text) for b in rows)


# A table of values: at least this many lines of a label, a colon and its value ("Form: 10 Punkte")
TABLE_MIN_ROWS = 2
_LABEL_AND_VALUE = re.compile(r"^\s*\w[\w .'-]{0,30}:\s+\S")
# (a section's number before it, "3.", "2.1", and a colon after it, may go with it)
_PLAIN_TITLE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[^\W\d_][^\W\d_' -]*:?$")


def _extend_poll(blocks: list[Block], decisions: list[Decision]) -> None:
    for block in blocks:
        decision = decisions[block.index]
        if not (removes_block(decision) and any(v.category is Category.POLL for v in decision.verdicts)):
            continue
        options: list[int] = []
        for back in range(block.index - 1, max(-1, block.index - 1 - POLL_LOOKBACK_BLOCKS), -1):
            candidate = blocks[back]
            if removes_block(decisions[back]):
                break
            words = candidate.word_count
            if candidate.text.endswith("?") and words <= POLL_QUESTION_MAX_WORDS:
                reason = f"poll question above {decision.verdicts[0].source}"
                for index in [back, *options]:
                    decisions[index] = Decision((Verdict(Category.POLL, "heuristic:poll-question", reason),))
                break
            if words > POLL_OPTION_MAX_WORDS:
                break
            options.append(back)
