"""The measure a level question names before the occasion it is measured at: "Will official
turnout in Croatia's … EU membership referendum be 50% or higher?", "Will the national Yes vote
in Australia's … Indigenous Voice referendum be 40% or higher?". The figure is the turnout's (the
vote's), not the referendum's: the noun phrase before 'in' / 'at' / 'during' is what the figure
measures, and the possessed phrase after the owner names the occasion. Where the owner comes
first ("the Bank of Canada's policy rate be 4.75% or lower") or the measure is 'of' the owner's
noun ("the final BBS estimate of Bangladesh's GDP growth be 8.0% or higher": the growth is
measured), derive.py keeps the possessed phrase."""

from __future__ import annotations

from .noun_phrases import _content, noun_phrase
from .text import Token

# prepositions that place a measure at an occasion (not 'of', which names what is measured)
_OCCASION = frozenset({"in", "at", "during"})


def measure_before_occasion(toks: list[Token], words: list[str], level_subject: int) -> list[str] | None:
    """The content words of the measure a level question's subject names before an occasion held
    by a named owner (tokens before `level_subject`, the copula): a noun phrase of words (no owner, no figure)
    from the question's start, then 'in' / 'at' / 'during', then a phrase with a possessive owner.
    None for any other subject."""
    at = next((k for k in range(level_subject) if words[k] in _OCCASION), None)
    if at is None or at == 0:
        return None
    if not any(toks[k].text.endswith(("'s", "’s")) for k in range(at + 1, level_subject)):
        return None  # 'the winning time in the men's 100m final': no owner's occasion (kept as it is)
    lead = toks[:at]
    if "of" in words[:at]:
        return None  # 'the … share of votes for joining Russia in Crimea's referendum': what it is a share of is named first
    if any(t.text.endswith(("'s", "’s")) or not t.text.replace("-", "").replace("'", "").isalpha() for t in lead):
        return None  # 'the Fed's … rate in …', 'the 2024 …': an owner or a figure in the measure's own phrase
    measure = _content(noun_phrase(toks, words, 0, stop_at_verb=True, end=at))
    return measure or None
