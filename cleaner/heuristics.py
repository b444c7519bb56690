"""Stage 5: heuristics that find boilerplate no rule names.

The learned scorer (cleaner/scorer.py) judges every block from its features
(cleaner/features.py) and removes those unlikely to be article text; every verdict names the
features that tipped it. Two structural heuristics sit beside it: reader comments rendered as a
numbered list after the story, and (in decide.py) a poll's question above its consent line.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import numpy as np
import regex

from cleaner import language
from cleaner.features import (
    CONTEXT,
    FEATURE,
    FEATURE_NAMES,
    HEADING_MAX_WORDS,
    Document,
    context_matrix,
    feature_matrix,
)
from cleaner.model import Category, Verdict
from cleaner.scorer import Scorer, default_scorer
from cleaner.structure import judge_structure, trailing_comment_list  # noqa: F401 (part of this stage)

# A title opens the document at most this many blocks above the first prose block, and has
# this many words.
TITLE_LOOKBACK_BLOCKS = 3
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
# A document with at least this share of its words in prose blocks and no run of this many
# short blocks reads as already extracted; the scorer then needs a probability below
# EXTRACTED_THRESHOLD to remove a block. Chosen on out-of-fold figures of the dev pages
# (scripts/train_scorer.py --folds 5: each fold cleaned by a scorer that never saw it): 0.1 beat
# 0.2 and 0.05 on the extracted track and kept full-page F1.
EXTRACTED_MIN_PROSE_SHARE = 0.6
MENU_RUN_BLOCKS = 3
EXTRACTED_THRESHOLD = 0.1
# Page mode's threshold is chosen per page (page_threshold): the cut that maximizes the page's
# expected PAGE_PRECISION_WEIGHT x precision + (1 - it) x recall, each block's score read as the
# chance it is article text and its words as its weight. gold-bodies' F1 is the harmonic mean of
# the pages' mean precision and mean recall, whose derivatives weigh precision R^2 / (P^2 + R^2):
# 0.54-0.55 where the cleaner stands (P 0.85, R 0.92). The cut sits near 0.5 on a page the scorer
# trusts and falls where its best blocks are doubtful (a list or table page CleanEval keeps
# whole). A block under PAGE_MIN_THRESHOLD goes whatever the page, and one scoring at least
# PAGE_PRECISION_WEIGHT stays: the cut is worth that much where all kept is article text, and
# above it only where much junk, each line doubtful, adds up to a large expected share of the
# article (a page of thousands of menu lines), which should not cost a likely paragraph.
# Out-of-fold block filter on the tuning part (scripts/train_page_scorer.py's scorer trained on
# the other fifths): the fixed threshold 0.4 gave 0.879 (dragnet 0.864, cleaneval-dev 0.862,
# cleaneval-final 0.901, readability 0.902); the page's cut with weight 0.55 between 0.2 and 0.55
# 0.884 (0.867, 0.884, 0.913, 0.902); uncapped 0.885, without the floor 0.886, weight 0.5 0.882,
# 0.6 0.887 (cleaneval-dev 0.862). The gain is in both directions: never above 0.4 (never
# stricter than before) it was 0.880. A block that reads as a heading over prose (the
# heading_like feature), or a short unpunctuated one at most HEADLINE_REACH blocks above the main
# run of trusted blocks, goes only under the scorer's own threshold (0.4) too: a page's cut near
# 0.5 took article headlines the fixed threshold had kept, and sparing them cost nothing (0.884;
# the first rule alone: readability 0.902 -> 0.901; the second: recall 0.922 -> 0.924,
# precision 0.849 -> 0.849, cleaneval-dev 0.884 -> 0.883).
# The whole cleaner out of fold (scripts/page_folds.py's scorers, 2026-12-04): 0.55 and 0.2 give
# 0.900; weight 0.6 0.901 (cleaneval-dev 0.915 -> 0.907, readability 0.905 -> 0.910), 0.5
# 0.899; floor 0.15 or 0.25 0.899: no setting gains on every dataset.
HEADLINE_REACH = 2
PAGE_PRECISION_WEIGHT = 0.55
PAGE_MIN_THRESHOLD = 0.2
# The scorer judges a block by its neighbours too, so a removal changes how the blocks around it
# score (the block after a menu now follows the headline; the last block of a story is now the
# page's last). Cleaning the output again would judge them in that context, so the scorer judges
# the blocks left again, as that second cleaning would, until it removes no more: its verdicts
# are then a fixed point, and cleaning is idempotent. Rounds are array operations over the
# blocks' measurements (Document.without), not passes over the text. On gold-bodies' 2,225
# full pages the scorer settles in 2.43 rounds on average, the last of which removes nothing; at
# most 24 (a list that loses its last item each round: the block that ends a page scores low).
# The cap bounds hostile input; cleaner/pipeline.py's passes take over beyond it.
SETTLE_ROUNDS = 32
# The scorer removes a page's furniture around its article. Where it would take most of the
# text and leave no block of ANCHOR_MIN_CHARS (no paragraph of an article to anchor on; counted
# in characters, which measure text in scripts without spaces between words too), it has
# found no article, and what it took is as likely a list, a poem, a script or a timetable that is
# the page's own text (tests/genres' 1,131 clean documents in page mode lost 16% of their words,
# 202 of them over half): it then removes nothing, and the rules and inline heuristics clean the
# text as in article mode. An anchor is a block of ANCHOR_MIN_CHARS, or sentences of as many
# characters together (a children's news story of one-sentence paragraphs). With the verse
# check below: tests/genres in page mode lose 11.4% of their words, 89 documents over half
# (11.3% and 88 with the glossary check); gold-bodies' page F1 stays 0.905 on the tuning part
# (0.904 with an anchor of 200 characters, 0.902 of 300) and goes from 0.887 to 0.890 on the
# held-back fifth.
ANCHOR_REMOVAL_SHARE = 0.5
ANCHOR_MIN_CHARS = 150
# ...nor where what it would take, over half of the text, is mostly lines with figures: the rows
# of a timetable, a programme, a league table or a results list, a scorecard's, a rota's (the
# scorer reads their short lines as a menu's, and a few sentences of notes under them as the
# article). A site's menus are mostly words ("News", "Sport", "Contact"); where a page's
# archive links ("October 2012 (25)") or dates are many, its menus are there too. With
# TABLE_FIGURES_SHARE 0.75: tests/genres in page mode lose 10.3% of their words, 81 documents
# over half (11.7% and 99 without; 0.8: 10.7%, 88; 0.7: 10.0%, 76 but dragnet's F1 -0.0004);
# gold-bodies' tuning part the same to four places (three pages change), the held-back fifth
# 0.8902 -> 0.8900 (one page).
TABLE_FIGURES_SHARE = 0.75
# Verse: a run of at least VERSE_MIN_LINES short lines (at most VERSE_MAX_WORDS words each), of
# VERSE_MIN_WORDS in all, each a sentence's end or a sentence going on into the next line of its
# stanza (a comma or semicolon at its end, or the next line in lower case), at least
# VERSE_MIN_FLOWING of them going on, VERSE_MIN_LANGUAGE of them holding a stopword and at most
# VERSE_MAX_REPEATS the same line again (a song's chorus comes back; a thread's "lucky said,"
# and an archive's "november" fail the other tests). A stanza segment reads as one block (its
# lines carried on in lower case) counts when most of its lines end in punctuation, where a
# paragraph wrapped at a width ends them mid-sentence; a stanza's number or label between
# stanzas ("2", "[Chorus]", "Estribillo:") goes with the run. A menu's items, an archive's
# "October (25)", a list of headlines or teasers cut short ("For How...") end no sentence and
# run into none. The scorer, trained on prose articles, scores every line of a poem, a hymn or
# a song as a menu's; it removes no block of such a run, and the run anchors the page as a
# paragraph would (_no_article_anchor). On gold-bodies' tuning part it keeps 120 gold lines
# again and 204 others (mostly a poetry blog's other poems beside the one the gold keeps).
VERSE_MIN_LINES = 6
VERSE_MIN_WORDS = 30
VERSE_MAX_WORDS = 16
VERSE_MIN_FLOWING = 0.4
VERSE_MIN_LANGUAGE = 0.6
VERSE_MAX_REPEATS = 0.5
VERSE_MIN_PUNCTUATED = 0.5
_OPENERS = "\"'“‘(«¿¡-–—"  # what may come before a line's first letter
_LINE_END_MARK = regex.compile(r"[,;:.!?]$")
# a stanza's number or label: "2", "IV.", "[Chorus]", "(Refrain)", "Estribillo:"
_STANZA_MARKER = regex.compile(r"^(?:\d{1,3}[.)]?|[IVX]{1,5}\.?|\[[^\]]{1,30}\]|\([^)]{1,30}\)|\p{L}+(?: \d{1,2})?:)$")


# A glossary: GLOSSARY_MIN_PAIRS terms or more in a row, each a block of at most
# GLOSSARY_TERM_WORDS words over a definition of one sentence in the same paragraph, stays at the
# page's own cut. A list of related stories has headlines of more words over blurbs, a menu no
# sentences. On gold-bodies' tuning part it keeps 67 gold lines again and no other line
# (tests/genres in page mode: words lost 25,422 -> 25,205; tests/pagetexts' glossary).
GLOSSARY_MIN_PAIRS = 4
GLOSSARY_TERM_WORDS = 3
GLOSSARY_DEFINITION_WORDS = (4, 40)
_ENDS = (".", ":", "!", "?", ",", ";")
_SENTENCE_ENDS = (".", "!", "?")
_CUT_SHORT = ("...", "…")  # a teaser's line ("Facebook is indeed an...")

# A headline says again part of the page's title: a block of ECHO_MIN_WORDS to ECHO_MAX_WORDS
# words (no sentence), its words a run of the first line's, the first block of its text, at most
# ECHO_REACH blocks above a prose block, stays at the page's own cut (title_echoes). On
# gold-bodies' tuning part the scorer took 531 such lines the gold holds and 261 others; with
# the prose below and the first of its text asked for, it keeps 196 gold lines again and 68
# others (F1 0.905 as before, recall 0.930 -> 0.931; held-back fifth 0.890, recall 0.922 -> 0.925).
ECHO_MIN_WORDS = 3
ECHO_MAX_WORDS = 25
ECHO_REACH = 3


# What a pass removes, given the scorer's verdicts: the blocks removed whole, and whether any
# block that stays has part of its text cut (cleaner/pipeline.py, cleaner/decide.py).
Removals = Callable[[dict[int, Verdict]], tuple[np.ndarray, bool]]


def judge(
    doc: Document, scorer: Scorer | None = None, threshold: float | None = None, explain: bool = True,
    removals: Removals | None = None, settled: set[Hashable] | None = None,
) -> dict[int, Verdict]:
    """Heuristic verdicts by block index. `threshold` overrides the scorer's; `explain`: see
    Options; `removals` and `settled`: see scorer_verdicts."""
    if not doc.blocks:
        return {}
    verdicts: dict[int, Verdict] = {}
    scorer = scorer or default_scorer()
    if scorer is not None and threshold != 0:
        verdicts.update(scorer_verdicts(doc, scorer, threshold, explain, removals, settled))
    verdicts.update(trailing_comment_list(doc.blocks, doc.lines, doc.paragraph_gap))
    return verdicts


def scorer_verdicts(
    doc: Document, scorer: Scorer, threshold: float | None = None, explain: bool = True,
    removals: Removals | None = None, settled: set[Hashable] | None = None,
) -> dict[int, Verdict]:
    """The scorer's verdicts, settled (SETTLE_ROUNDS): the blocks it removes from the document
    as it is, then those it removes from what is left, until it removes no more. Each verdict
    gives the score of the round that removed its block.

    `removals(verdicts)`: what the cleaner removes given these scorer verdicts (the rules' and
    the other heuristics' removals too); by default, the blocks the verdicts name. Settling
    stops early where the blocks left are not what the next pass would read (a block that
    stays loses a sentence, or two blocks join): the pipeline's next pass goes on from the text.

    `settled`: the Document.key() of documents the scorer removes nothing from, carried from
    pass to pass: the pass that confirms the output (cleaner/pipeline.py) finds the document the
    last round settled on, and does not score it again (the scorer reads nothing but what the
    key holds, so the same key gets the same verdicts).
    """
    settled = set() if settled is None else settled
    verdicts: dict[int, Verdict] = {}
    kept = np.ones(len(doc.blocks), dtype=bool)  # the blocks of the document as it now reads
    current = doc
    for _ in range(SETTLE_ROUNDS):
        key = current.key()
        # verse stays at the page's own cut (a caller's threshold is theirs to apply), judged on
        # the blocks as they now read, as cleaning the output again would judge them
        spared = (verse(current) | glossary(current) | title_echoes(current)
                  if threshold is None and key not in settled else None)
        found = {} if key in settled else scored_once(current, scorer, threshold, explain, spared)
        if not found:
            settled.add(key)
            if current is not doc:  # the same verdicts as the round before: nothing else goes
                break
        rows = np.flatnonzero(kept)
        verdicts.update({int(rows[i]): verdict for i, verdict in found.items()})
        removed, cut = _named(verdicts, len(doc.blocks)) if removals is None else removals(verdicts)
        if np.array_equal(~removed, kept) or removed.all() or cut or doc.joins(removed):
            break
        kept = ~removed
        current = doc.without(removed)
    if threshold is None and (_no_article_anchor(doc, verdicts) or _takes_a_table(doc, verdicts)):
        return {}
    return verdicts


def _no_article_anchor(doc: Document, verdicts: dict[int, Verdict]) -> bool:
    """Whether the verdicts take over ANCHOR_REMOVAL_SHARE of the text and leave no block of
    ANCHOR_MIN_CHARS."""
    removed, _ = _named(verdicts, len(doc.blocks))
    left = doc.chars[~removed]
    if float(left.sum()) >= (1 - ANCHOR_REMOVAL_SHARE) * float(doc.chars.sum()):
        return False
    # an anchor: a paragraph of that length, or sentences or verses of that length together
    sentences = doc.chars[~removed & (doc.terminal | verse(doc))]
    return left.max(initial=0) < ANCHOR_MIN_CHARS and sentences.sum() < ANCHOR_MIN_CHARS


def _takes_a_table(doc: Document, verdicts: dict[int, Verdict]) -> bool:
    """Whether the verdicts take over ANCHOR_REMOVAL_SHARE of the text, TABLE_FIGURES_SHARE of
    the blocks they take carrying figures."""
    removed, _ = _named(verdicts, len(doc.blocks))
    if not removed.any() or float(doc.chars[removed].sum()) <= ANCHOR_REMOVAL_SHARE * float(doc.chars.sum()):
        return False
    return float(doc.figures[removed].mean()) >= TABLE_FIGURES_SHARE


def _named(verdicts: dict[int, Verdict], blocks: int) -> tuple[np.ndarray, bool]:
    removed = np.zeros(blocks, dtype=bool)
    removed[list(verdicts)] = True
    return removed, False


def scored_once(
    doc: Document, scorer: Scorer, threshold: float | None = None, explain: bool = True,
    spared: np.ndarray | None = None,
) -> dict[int, Verdict]:
    """The scorer's verdicts on the document as it is: a block scoring below the threshold goes,
    but for the `spared` ones (verse)."""
    x = feature_matrix(doc)
    scored = scorer.score(x)
    if scorer.context is not None:  # the second stage reads the first's scores around each block
        x = np.hstack([x, context_matrix(scored.probabilities, doc.words)])
        scored = scorer.context.score(x)
    p = scored.probabilities
    cut = np.full(len(p), threshold if threshold is not None else 0.0)
    if threshold is None and looks_extracted(doc):
        cut[:] = min(scorer.threshold, EXTRACTED_THRESHOLD)
    elif threshold is None:
        cut[:] = page_threshold(p, doc.words)
        # a heading stays at a score the scorer's own threshold keeps (PAGE_PRECISION_WEIGHT)
        heading = headings(doc, x)
        cut[heading] = np.minimum(cut[heading], scorer.threshold)
    removed = np.flatnonzero(p < cut)
    if spared is not None:
        removed = removed[~spared[removed]]
    title = title_block(doc)
    if title is not None and threshold is None and said_again(doc):
        title = None  # the headline stays in its echo: the scorer judges the <title> line
    removed = removed[removed != title] if title is not None else removed
    whys = [f"; {why}" for why in scored.explain(removed)] if explain else [""] * len(removed)
    return {
        i: Verdict(
            Category.BOILERPLATE, "heuristic:scorer", f"article-text score {score:.2f} < {below:.2f}{why}",
            features=(("score", score), ("threshold", below)),
        )
        for i, score, below, why in zip(removed.tolist(), p[removed].tolist(), cut[removed].tolist(), whys)
    }


def verse(doc: Document) -> np.ndarray:
    """The blocks in runs of verse (VERSE_MIN_LINES): lines that end sentences or carry one on
    into the next line of their stanza, whole stanzas (segment joins a line to the next when that
    one starts in lower case), and the stanzas' numbers and labels between them ("2", "[Chorus]",
    "Refrain:")."""
    texts = [block.text for block in doc.blocks]
    line, flowing = _verse_lines(doc, texts)
    stanza = _stanzas(doc)
    line |= stanza
    flowing |= stanza
    if line.sum() < VERSE_MIN_LINES and not stanza.any():
        return np.zeros(len(texts), dtype=bool)
    marker = np.array([words <= 3 and bool(_STANZA_MARKER.match(text)) for text, words in zip(texts, doc.words)],
                      dtype=bool) & ~line
    language = doc.density > 0 if doc.has_stoplist else np.ones(len(texts), dtype=bool)
    found = np.zeros(len(texts), dtype=bool)
    for start, end in _runs(line | marker):
        if end - start < VERSE_MIN_LINES and not stanza[start:end].any():
            continue  # too few lines (the most of the runs on a page: one line each)
        run = np.arange(start, end)[line[start:end]]  # its verses, without the markers
        lines = sum(doc.blocks[i].last_line - doc.blocks[i].first_line + 1 for i in run)
        repeats = 1 - len({texts[i] for i in run}) / max(len(run), 1)
        if (lines >= VERSE_MIN_LINES and doc.words[run].sum() >= VERSE_MIN_WORDS
                and flowing[run].mean() >= VERSE_MIN_FLOWING and language[run].mean() >= VERSE_MIN_LANGUAGE
                and repeats <= VERSE_MAX_REPEATS):
            found[start:end] = True
    return found


def glossary(doc: Document) -> np.ndarray:
    """The blocks in runs of GLOSSARY_MIN_PAIRS terms or more, each over its definition: a term
    of at most GLOSSARY_TERM_WORDS words without punctuation at its end, then in the same
    paragraph a sentence of GLOSSARY_DEFINITION_WORDS words."""
    texts = [block.text for block in doc.blocks]
    low, high = GLOSSARY_DEFINITION_WORDS
    term = (doc.words <= GLOSSARY_TERM_WORDS) & ~_ending(texts, _ENDS)
    definition = _ending(texts, _SENTENCE_ENDS) & ~_ending(texts, _CUT_SHORT) & (doc.words >= low) & (doc.words <= high)
    pair = np.zeros(len(texts), dtype=bool)  # a term whose next block is its definition
    pair[:-1] = term[:-1] & definition[1:] & (doc.paragraph[1:] == doc.paragraph[:-1])
    found = np.zeros(len(texts), dtype=bool)
    start = 0
    while start < len(texts) - 1:
        end = start
        while end < len(texts) - 1 and pair[end]:
            end += 2  # the next pair starts after this one's definition
        if (end - start) // 2 >= GLOSSARY_MIN_PAIRS:
            found[start:end] = True
        start = max(end, start + 1)
    return found


def title_echoes(doc: Document) -> np.ndarray:
    """Blocks that repeat part of the page's first line (its <title>, in html-text's and lynx's
    text: "Headline - Site"), as a headline does, and stand right over the article's prose."""
    found = np.zeros(len(doc.blocks), dtype=bool)
    if len(doc.blocks) < 2:
        return found
    title = " " + " ".join(language.words(doc.blocks[0].text)) + " "
    first = np.zeros(len(doc.blocks), dtype=bool)
    first[np.unique(doc.text_id, return_index=True)[1]] = True  # a text's first block
    prose = np.flatnonzero(doc.prose)
    for i in range(1, len(doc.blocks)):
        text = doc.blocks[i].text
        if not (ECHO_MIN_WORDS <= doc.words[i] <= ECHO_MAX_WORDS) or text.endswith(".") or not first[i]:
            continue
        following = prose[np.searchsorted(prose, i + 1):][:1]
        if len(following) and following[0] - i <= ECHO_REACH and f" {' '.join(language.words(text))} " in title:
            found[i] = True
    return found


def said_again(doc: Document) -> bool:
    """Whether the page's first line (its <title>) is said again below it: a block repeats its
    headline (title_echoes, which keeps that block), and each of its words is in the page's
    other blocks (the site's name in a footer). Dropping the line then loses no word of it."""
    if not title_echoes(doc).any():
        return False
    rest = {word for block in doc.blocks[1:] for word in language.words(block.text)}
    return set(language.words(doc.blocks[0].text)) <= rest


def _verse_lines(doc: Document, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per block: whether it is a line of verse (short, ending a sentence or carrying one on, no
    teaser cut short), and whether a sentence runs through it from or into a neighbour."""
    lower = np.array([text.lstrip(_OPENERS)[:1].islower() for text in texts], dtype=bool)
    comma = _ending(texts, (",", ";"))
    ends = _ending(texts, _SENTENCE_ENDS)
    # a sentence goes on from a line into the next one of its stanza (no blank line between)
    goes_on = np.zeros(len(texts), dtype=bool)
    goes_on[:-1] = (doc.paragraph[1:] == doc.paragraph[:-1]) & (comma[:-1] | (~ends[:-1] & lower[1:]))
    flowing = goes_on.copy()
    flowing[1:] |= goes_on[:-1]
    return (flowing | ends) & ~_ending(texts, _CUT_SHORT) & (doc.words <= VERSE_MAX_WORDS), flowing


def _ending(texts: list[str], endings: tuple[str, ...]) -> np.ndarray:
    """Per text, whether it ends with one of `endings`."""
    return np.array([text.endswith(endings) for text in texts], dtype=bool)


def _stanzas(doc: Document) -> np.ndarray:
    """Blocks of several short lines, most of which end in punctuation: a stanza, where a
    paragraph wrapped at a width ends its lines mid-sentence."""
    found = np.zeros(len(doc.blocks), dtype=bool)
    for i, block in enumerate(doc.blocks):
        if block.last_line == block.first_line:
            continue
        lines = [line.strip() for line in doc.lines[block.first_line:block.last_line + 1]]
        short = all(len(line.split()) <= VERSE_MAX_WORDS for line in lines)
        found[i] = short and np.mean([bool(_LINE_END_MARK.search(line)) for line in lines]) >= VERSE_MIN_PUNCTUATED
    return found


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in `flags`, end exclusive."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def headings(doc: Document, x: np.ndarray) -> np.ndarray:
    """Blocks that read as a heading: short and unpunctuated, right above a prose block (the
    heading_like feature) or at most HEADLINE_REACH blocks above the main run of blocks the
    first stage trusts (a headline over its byline and date). `x`: the rows the scorer read."""
    heading = x[:, FEATURE["heading_like"]] != 0
    if x.shape[1] == len(FEATURE_NAMES):  # no second stage: no trusted run
        return heading
    above = np.rint(np.expm1(x[:, len(FEATURE_NAMES) + CONTEXT["before_trusted_run"]]))
    short = (doc.words <= HEADING_MAX_WORDS) & ~doc.terminal
    return heading | (short & (above >= 1) & (above <= HEADLINE_REACH))


def page_threshold(p: np.ndarray, words: np.ndarray) -> float:
    """The score under which a block of this page goes (PAGE_PRECISION_WEIGHT): keeping the
    blocks from the best score down, the cut where the page's expected precision and recall weigh
    most, between PAGE_MIN_THRESHOLD and PAGE_PRECISION_WEIGHT. `p`: the blocks' scores; `words`:
    their word counts.

        >>> float(page_threshold(np.array([0.9, 0.8, 0.5, 0.1]), np.array([50, 40, 10, 5])))
        0.5
        >>> float(page_threshold(np.array([0.3, 0.25, 0.1]), np.array([20, 20, 5])))  # nothing sure
        0.2
    """
    weight = np.maximum(words, 1).astype(float)  # a line without words still shows
    order = np.argsort(-p, kind="stable")
    expected = np.cumsum(p[order] * weight[order])  # article words expected among the best blocks
    total = float(expected[-1]) if len(expected) else 0.0
    if total <= 0:
        return PAGE_MIN_THRESHOLD
    value = PAGE_PRECISION_WEIGHT * expected / np.cumsum(weight[order]) + (1 - PAGE_PRECISION_WEIGHT) * expected / total
    cut = float(p[order][int(np.argmax(value))])
    return min(max(cut, PAGE_MIN_THRESHOLD), PAGE_PRECISION_WEIGHT)


def looks_extracted(doc: Document) -> bool:
    """Text an extractor already cleaned: mostly prose, and no menu-like run of short blocks.

    There the scorer only removes what it is sure of: on trafilatura's output its default
    threshold cost recall for little precision (measured on the dev pages).
    """
    words = int(doc.words.sum()) or 1
    prose = int(doc.words[doc.prose].sum())
    return prose / words >= EXTRACTED_MIN_PROSE_SHARE and int(doc.short_runs.max(initial=0)) < MENU_RUN_BLOCKS


def title_block(doc: Document) -> int | None:
    """The article's title: a title-like first block, at most a few blocks above the first prose.

    A scraped article starts with its headline; the scorer, which sees a short line without a
    full stop, could drop it. Only the document's first block is protected: on flattened whole
    pages the line just above the story is as often a menu, a date or a teaser as the headline
    (measured on the dev pages), and there the scorer judges better. At the page's own cut, a
    first line said again below (said_again) is the scorer's to judge too.
    """
    sentences = np.flatnonzero(doc.terminal & doc.prose)
    if not len(sentences) or sentences[0] > TITLE_LOOKBACK_BLOCKS:
        return None
    words = int(doc.words[0])
    return 0 if TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not doc.terminal_period[0] else None
