"""A result confirmed after a challenge: a market asking that an outcome be confirmed after it is
contested ('Will Chen Shui-bian be confirmed as the winner of Taiwan's March 20, 2004 presidential
election after the opposition's legal challenges?') is settled by the result standing through the
recount, appeal or court case, not by the first declaration of it, which is what is challenged.
The act's looser synonyms then tell that first declaration — 'George S. C. Huang announced
Saturday evening that Chen had won', 'the opposition acknowledged the count' — so only a verb of
upholding confirms it: confirmed, upheld, certified, validated, affirmed."""

from __future__ import annotations

import re

from .text import Sentence

# 'be confirmed … after the opposition's legal challenges', '… once the recount is complete'
_ASKS = re.compile(r"\bconfirm(?:ed)?\b.{0,160}?\b(?:after|following|once|when)\b.{0,80}?\b(?:challenges?|recounts?|"
                   r"appeals?|disputes?|petitions?|lawsuits?|court\s+cases?|protests?|reviews?)\b", re.I | re.S)
_UPHOLD = frozenset({"confirm", "uphold", "certify", "validate", "affirm", "reaffirm", "ratify"})


def after_challenge(question: str) -> bool:
    """The question asks the outcome confirmed after it is contested."""
    return _ASKS.search(question) is not None


def first_declaration(question: str, sent: Sentence, i: int) -> str | None:
    """For such a market, why the act word at token i (a synonym, not a verb of upholding) tells
    the first declaration of the result, else None."""
    if not after_challenge(question) or sent.tokens[i].lemmas & _UPHOLD or sent.tokens[i].lower in _UPHOLD:
        return None
    return (f"'{sent.tokens[i].text}': the market asks the result confirmed after it is contested; a declaration "
            "of it is what is challenged, not its confirmation")
