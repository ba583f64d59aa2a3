"""A preliminary instrument for a definitive one: a market on signing or reaching a definitive, binding,
final, formal or main agreement ('Will Hanwha sign a definitive agreement to take a controlling stake in
Daewoo Shipbuilding …?') is not confirmed by a sentence telling an instrument of the step before it signed
or reached: 'had signed a conditional MoU to take a managerial controlling stake', 'signed a preliminary
agreement', 'a non-binding letter of intent was signed', 'reached an agreement in principle'.

The instrument is read next to the act's word (in the 80 characters after it, or the 50 before it for a
passive 'a memorandum of understanding was signed'): a noun of agreement (agreement, deal, contract, accord,
pact) with a qualifier of the step before (preliminary, tentative, conditional, non-binding, provisional,
initial, interim, outline, framework, draft) within two words before it, or 'in principle' after it, or
an instrument that is one by its name (MoU, memorandum of understanding, letter of intent, term sheet,
heads of terms). A sentence that also calls an agreement definitive, binding (not non-binding), final,
formal or main tells the definitive step too and is left to the other readings. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

# the market asks the definitive instrument ('sign a definitive agreement', 'main investment agreement')
_DEFINITIVE = r"(?<![\w-])(?:definitive|binding|final|formal|main|definite|legally\s+binding)"
_NOUN = r"(?:agreements?|deals?|contracts?|accords?|pacts?)"
_ASKS = re.compile(rf"{_DEFINITIVE}\s+(?:[a-z-]+\s+){{0,2}}?{_NOUN}\b", re.I)
_PRELIM_WORD = r"(?:preliminary|tentative|conditional|non-?binding|provisional|initial|interim|outline|framework|draft)"
_PRELIM = re.compile(
    rf"\b{_PRELIM_WORD}\s+(?:[a-z-]+\s+){{0,2}}?{_NOUN}\b"
    rf"|\b{_NOUN}\s+in[\s-]+principle\b|\bin-principle\s+{_NOUN}\b"
    r"|\b(?:MoUs?|memorand(?:um|a)\s+of\s+understanding|letters?\s+of\s+intent|LOIs?|term\s+sheets?"
    r"|heads\s+of\s+terms)\b",
    re.I)
_CUES = ("prelim", "tentative", "conditional", "binding", "provisional", "initial", "interim", "outline", "framework",
         "draft", "principle", "mou", "memorand", "intent", "loi", "term sheet", "heads of terms")
_AFTER, _BEFORE = 80, 50


@lru_cache(maxsize=1024)
def asks_definitive(question: str, criteria: str) -> bool:
    """The market asks a definitive, binding, final, formal or main agreement."""
    return bool(_ASKS.search(question) or any(_ASKS.search(c) and not _WAIVED.search(c) for c in re.split(r"(?<=[.;])\s+", criteria)))


# a criteria sentence that waives the instrument ('Ratification of a final contract is not required', 'need not be
# signed'): the market does not ask it
_WAIVED = re.compile(r"\b(?:(?:is|are)\s+not\s+(?:required|needed|necessary)|need\s+not|(?:does|do)\s+not\s+(?:need|have)\s+to)", re.I)


def earlier_instrument(question: str, criteria: str, sentence: str, at: int) -> str | None:
    """For a market asking a definitive agreement, why the act told at character `at` of the sentence
    concerns an instrument of the step before ('signed a conditional MoU'), else None."""
    low = sentence.lower()
    if not any(c in low for c in _CUES) or not asks_definitive(question, criteria):
        return None
    if _ASKS.search(sentence):
        return None  # 'signed a definitive agreement after a preliminary MoU': the definitive step told too
    after = _PRELIM.search(sentence, at, min(len(sentence), at + _AFTER))
    before = None
    if after is None:
        for m in _PRELIM.finditer(sentence, max(0, at - _BEFORE), at):
            before = m
    m = after or before
    if m is None:
        return None
    return (f"'{m.group(0).strip()}': an instrument of the step before the definitive agreement the market asks, "
            "not that agreement")
