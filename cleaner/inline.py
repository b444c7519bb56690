"""Stage 5: heuristics for the junk that real articles carry between their paragraphs.

Picture captions and credits, ad labels, share and follow buttons, related-content teasers,
comment-thread furniture and stray metadata lines: each family has a small function here that
reads one block (and, for captions, its neighbours) and returns a verdict whose reason names
the family and the evidence. The words they look for are data, per language, in
cleaner/data/furniture.toml (see cleaner/vocabulary.py); the patterns here hold only what no
language owns (numbers, dates, URLs, punctuation).
"""

from __future__ import annotations

import functools

import regex

from cleaner.vocabulary import vocabulary

# A comment's byline or action row is short; a post is not.
SIGNAL_MAX_WORDS = 20


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    v = vocabulary()
    month = v.alternation("month")
    unit = v.alternation("time")
    date = (
        rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{month})\b\.?(?:\s+\d{{2,4}})?|\b(?:{month})\b\.?\s+\d{{1,2}}"
        rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)"
    )
    return {
        "date": regex.compile(date, regex.IGNORECASE),
        # 9:37, 12:04:05, 9:37pm, 9 p.m., 14h30
        "clock": regex.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d{1,2}h\d{2}\b",
                               regex.IGNORECASE),
        "relative": regex.compile(
            rf"\b\d+\s+(?:{unit})\s+(?:{v.alternation('ago')})\b|\b(?:{v.alternation('ago_before')})\s+\d+\s+(?:{unit})\b",
            regex.IGNORECASE,
        ),
        "said": regex.compile(rf"\b(?:{v.alternation('said')})\s*(?::|\.{{2,}}|…|$)", regex.IGNORECASE),
    }


def comment_signal(text: str) -> str | None:
    """What marks `text` as a line of a comment thread, or None.

    "said": a commenter's name before a verb of saying ("Anna says:", "Max schrieb:");
    "time": a short line with a clock time or a relative time (a post's timestamp);
    "date": a short line that is little more than a date;
    "action": a row of comment actions and counters ("Reply", "Report abuse", "12 likes");
    "form": the fields of a comment form ("Name *", "E-mail (will not be published)").
    """
    count = len(text.split())
    if count > SIGNAL_MAX_WORDS:
        return None
    p = _patterns()
    if count <= 12 and p["said"].search(text):
        return "said"
    if p["clock"].search(text) or p["relative"].search(text):
        return "time"
    v = vocabulary()
    if count <= 8:
        date = p["date"].search(text)
        if date and len(text) - len(date.group()) <= 20:
            return "date"
        covered = v.cover(text, ("comment", "share", "nav"))
        if covered and any(v.family_of(phrase, ("comment",)) for phrase in covered):
            return "action"
        covered = v.cover(text, ("form", "comment"))
        if covered and any(v.family_of(phrase, ("form",)) for phrase in covered):
            return "form"
    return None
