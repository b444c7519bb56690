"""Stage 6: settle one verdict per block from the rules' and the heuristics' findings.

Rules win over heuristics (a person wrote them). Two context steps widen a removal where the
structure of the page says so: a comment-section marker takes everything after it, and a poll's
consent line takes the poll's question and answer options above it.
"""

from __future__ import annotations

from cleaner.model import Block, Category, Verdict

# A comment-section marker only takes the rest of the document when at least this share of the
# document's words lies before it; earlier, it is a navigation link and goes alone.
REST_MIN_SHARE_BEFORE = 0.5
# A poll question is a short question at most this many blocks above the poll's consent line,
# with only short answer options (at most POLL_OPTION_MAX_WORDS words) between them.
POLL_LOOKBACK_BLOCKS = 8
POLL_QUESTION_MAX_WORDS = 30
POLL_OPTION_MAX_WORDS = 6

Decision = list[Verdict]  # empty: keep; one verdict without span: whole block; else spans


def decide(
    blocks: list[Block],
    rule_verdicts: dict[int, list[Verdict]],
    heuristic_verdicts: dict[int, Verdict],
    rest_rules: set[str],
) -> list[Decision]:
    decisions: list[Decision] = [list(rule_verdicts[b.index]) if b.index in rule_verdicts else [] for b in blocks]
    for index, verdict in heuristic_verdicts.items():
        if not decisions[index]:
            decisions[index] = [verdict]
    # Most documents have no marker and no poll: the context steps would then change nothing, and
    # every verdict they could start from is among the rules' and the heuristics' findings.
    found = [v for verdicts in rule_verdicts.values() for v in verdicts]
    if any(v.source in rest_rules for v in found) or any(v.source in rest_rules for v in heuristic_verdicts.values()):
        _extend_rest(blocks, decisions, rest_rules)
    if any(v.category is Category.POLL for v in found) or any(
        v.category is Category.POLL for v in heuristic_verdicts.values()
    ):
        _extend_poll(blocks, decisions)
    return decisions


def removes_block(decision: Decision) -> bool:
    return any(v.span is None for v in decision)


def _extend_rest(blocks: list[Block], decisions: list[Decision], rest_rules: set[str]) -> None:
    if not any(v.source in rest_rules for decision in decisions for v in decision):
        return  # no marker in this document (the common case): nothing to count
    total = sum(len(b.words) for b in blocks) or 1
    before = 0
    for block in blocks:
        decision = decisions[block.index]
        marker = next((v for v in decision if v.source in rest_rules), None)
        if marker is not None and before / total >= REST_MIN_SHARE_BEFORE:
            reason = f"after the marker {block.text[:60]!r} ({marker.source})"
            for later in blocks[block.index + 1:]:
                if not removes_block(decisions[later.index]):
                    decisions[later.index] = [Verdict(marker.category, marker.source, reason)]
            return
        before += len(block.words)


def _extend_poll(blocks: list[Block], decisions: list[Decision]) -> None:
    for block in blocks:
        decision = decisions[block.index]
        if not decision or not (removes_block(decision) and any(v.category is Category.POLL for v in decision)):
            continue
        options = []
        for back in range(block.index - 1, max(-1, block.index - 1 - POLL_LOOKBACK_BLOCKS), -1):
            candidate = blocks[back]
            if removes_block(decisions[back]):
                break
            words = len(candidate.words)
            if candidate.text.endswith("?") and words <= POLL_QUESTION_MAX_WORDS:
                reason = f"poll question above {decision[0].source}"
                for index in [back, *options]:
                    decisions[index] = [Verdict(Category.POLL, "heuristic:poll-question", reason)]
                break
            if words > POLL_OPTION_MAX_WORDS:
                break
            options.append(back)
