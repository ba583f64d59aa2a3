"""Outcomes the criteria settle: a market whose criteria name the decision going the other way as
resolving it No ('If Congress instead rejects the resignation or removes him by another procedure,
this market will resolve to "No"', 'If the Lords reject the bill at Second Reading … this market
will resolve to "No"') does not wait for the decision to be taken again: a rejection reported done
in its window settles it, where a rejection with no occasion named could otherwise be revisited
(read by rules/opposite_outcome.py). Only a condition of the sentence that resolves it No is read,
before its 'resolve', in the affirmative ('If Congress does not reject …' names no rejection)."""

from __future__ import annotations

import re

# a sentence of the criteria that resolves the market No, and the condition before it
_RESOLVES_NO = re.compile(r"\bresolves?\s+(?:(?:this|the)\s+market\s+)?(?:to\s+)?[\"“'‘]?No\b")
_SENTENCES = re.compile(r"(?<=[.;])\s+")
# words of any decision, which name no outcome by themselves ('If the vote …')
_GENERIC = frozenset({"vote", "voted", "decide", "decided", "rule", "ruled", "hold", "held", "make", "made", "take", "taken"})
# a regulator's or a body's refusal of a proposal, by any of its words: blocking a merger is prohibiting it
_REFUSALS = frozenset({"reject", "block", "prohibit", "veto", "refuse", "quash", "bar"})
_NEGATED = re.compile(r"\b(?:not|never|no|fails?\s+to|n['’]t)\s+(?:\w+\s+){0,2}$", re.I)


def names_no(criteria: str | None, lemmas: frozenset[str] | set[str]) -> str | None:
    """The criteria's condition (its words) under which the market resolves No, when it names the
    decision word whose lemmas are given ('reject'); None otherwise."""
    if not criteria or not lemmas:
        return None
    if set(lemmas) & _REFUSALS:
        lemmas = set(lemmas) | _REFUSALS  # 'blocked' for 'If the Commission prohibits the merger, …': one refusal
    for sentence in _SENTENCES.split(criteria):
        m = _RESOLVES_NO.search(sentence)
        if m is None:
            continue
        condition = sentence[:m.start()]
        if not re.match(r"\s*(?:If|Should|In\s+case)\b", condition, re.I):
            continue  # 'Otherwise, …': no outcome named
        for lemma in sorted(lemmas):
            if len(lemma) < 4 or not lemma.isalpha() or lemma in _GENERIC:
                continue
            for w in re.finditer(rf"\b{re.escape(lemma)}\w*", condition, re.I):
                if not _NEGATED.search(condition[:w.start()]):
                    return re.sub(r",?\s*(?:this|the)\s+market\s+(?:will\s+)?$", "", condition.strip()).rstrip(",")
    return None
