"""Outcomes the criteria settle: a market whose criteria name the decision going the other way as
resolving it No ('If Congress instead rejects the resignation or removes him by another procedure,
this market will resolve to "No"', 'If the Lords reject the bill at Second Reading … this market
will resolve to "No"') does not wait for the decision to be taken again: a rejection reported done
in its window settles it, where a rejection with no occasion named could otherwise be revisited
(read by rules/opposite_outcome.py). Only a condition of the sentence that resolves it No is read,
before its 'resolve', in the affirmative ('If Congress does not reject …' names no rejection)."""

from __future__ import annotations

import re

from .text import normalize

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


# the criteria's No names another winner: 'If the contract is awarded to another company', 'If another candidate
# city is chosen', 'If another site is selected', 'If any other player wins the title' (not 'another vote', 'another
# round': a second attempt; not 'another extension is granted': an act of another kind)
_OTHER = re.compile(r"\b(?:another|any\s+other|a\s+different|some\s+other)\s+(?!(?:vote|votes|round|ballot|attempt|try|"
                    r"date|time|day|session|meeting|extension|delay)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+")
_OTHER_WINS = re.compile(r"\b(?:is|are|gets?|be)\s+(?:instead\s+)?(?:awarded|chosen|selected|picked|named|elected|declared\s+"
                         r"(?:the\s+)?winner)\b|\b(?:wins?|is\s+awarded)\b|\b(?:awarded|given|goes|go)\s+to\s+(?:another|any\s+"
                         r"other|a\s+different)\b", re.I)


def other_wins_no(criteria: str | None) -> str | None:
    """The criteria's condition resolving the market No when another than the candidate wins, is
    chosen or is awarded the thing ('If the contract is awarded to another company'): the role is one
    that only one can take. None when no such condition is named."""
    if not criteria or "other" not in criteria:
        return None
    for sentence in _SENTENCES.split(criteria):
        m = _RESOLVES_NO.search(sentence)
        if m is None:
            continue
        condition = sentence[:m.start()]
        if not re.match(r"\s*(?:If|Should|In\s+case)\b", condition, re.I) or _NEGATED.search(condition) or \
                re.search(r"\b(?:not|no|fails?|neither|nor)\b", condition, re.I):
            continue
        if _OTHER.search(condition) and _OTHER_WINS.search(condition):
            return condition.strip().rstrip(",")
    return None


def chosen_role(chosen: bool, complement: list[str], criteria: str | None) -> str | None:
    """For a market on a candidate chosen (a passive of a choosing act: 'be chosen as the site of the ITER
    fusion reactor'), the role (the complement's head, 'site') when the criteria resolve No on another's
    choice ('If another site is selected'): one only can take it. None otherwise."""
    if not chosen or not complement or not other_wins_no(normalize(criteria or "")):
        return None
    return complement[-1].lower()
