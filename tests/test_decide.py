"""Stage 6's record: one Decision a block, keep / remove the block / cut sentence spans."""

from __future__ import annotations

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
