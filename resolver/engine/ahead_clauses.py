"""An act told in a clause of time still ahead: 'There are two more additional votes, or readings,
before the bill becomes enacted', 'talks will continue until the deal is signed', 'once the law is
passed, …'. A clause opened by one of these conjunctions whose finite verb is in the present tense
('is', 'are', 'becomes', 'gets' before the act's participle, or the act's own present form: 'until the
court rules') tells of a time after the one spoken of: the act is still to come, not reported. A past
verb in the clause ('before the bill was passed', 'after it had been signed') is a report and is not
read here; neither is a headline, whose present tense reports.

Read by rules/confirmation_gates.py: such an act is no confirmation. Pure and deterministic."""

from __future__ import annotations

from .text import Sentence

# conjunctions that open a clause of a later time (a present tense after them speaks of the future)
_OPENERS = frozenset({"before", "until", "till", "once", "unless"})
# a present finite auxiliary or copula before the act's participle ('becomes enacted', 'is passed')
_PRESENT_AUX = frozenset({"is", "are", "becomes", "become", "gets", "get"})
# a clause ends at these: the act after them is not in the conjunction's clause
_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "while", "which", "who", "that"})
_REACH = 6  # words from the conjunction to the act


def ahead(sent: Sentence, i: int) -> str | None:
    """The conjunction whose present-tense clause holds the act at token i ('before'), else None."""
    if sent.headline:
        return None
    toks = sent.tokens
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        word = toks[k].lower
        if word in _BREAKS:
            return None
        if word in _OPENERS:
            between = [t.lower for t in toks[k + 1:i]]
            if any(w in _PRESENT_AUX for w in between[1:]) and not any(w in ("was", "were", "had", "been") for w in between):
                return toks[k].text
            own = toks[i].lower
            if between and own.endswith("s") and not own.endswith("ss") and {own[:-1], own[:-2]} & toks[i].lemmas:
                return toks[k].text  # 'until the court rules': the act's own present form
            return None
    return None
