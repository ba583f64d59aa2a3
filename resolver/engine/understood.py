"""Whether the engine understood the question well enough for the evidence's silence to mean
anything. A passed deadline decides likely-no only because no rule read a report of the act; that
is evidence of absence only when the rules were looking for the right thing. Two signs that they
were not:

- the derived act is not an event predicate: a preposition ('be among the laureates'), a
  determiner or noun after a copula ('be the outright top scorer'), an adverb ('be formally
  admitted'): no sentence can report it, so no rule could have confirmed it;
- the question sets a quantity condition ('in under 2 hours 12 minutes', 'more than 550,000',
  '30 or more points') that the derived target carries nowhere (no threshold, count or size):
  a report that the act happened with the quantity met could not be told from one without it,
  so the rules read neither.

In both cases the deadline's silence must not decide (deadline_passed.py): the verdict stays
undetermined and the evidence must be read. With an unread quantity condition, a report that the
act happened is no confirmation either (withhold_confirmations): it is listed with no weight."""

from __future__ import annotations

import re


from . import durations, lexicon, margins, measured_with, par_scores, reduced_lengths
from .types import Contribution, Target
from .text import all_lemmas

_NUMBER_WORDS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                 r"fifty|hundred|thousand|million|billion|half|a\s+dozen")
_NUMBER = rf"(?:[$€£]?\d[\d,.:]*|(?:{_NUMBER_WORDS})\b)"
# a comparative right before a number ('in under 2:09:30', 'by more than 2 points', 'at least 15,000'),
# or a number followed by an open bound ('30 or more points', '4.0% or higher')
_QUANTITY_CONDITION = re.compile(
    rf"\b(?:under|over|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|"
    rf"above|below|exceeding|longer\s+than|shorter\s+than|faster\s+than|slower\s+than|higher\s+than|lower\s+than)\s+"
    rf"{_NUMBER}(?:\s+(?:hours?|minutes?|seconds?|and|\d+(?:\.\d+)?))*"
    rf"|{_NUMBER}\s*(?:%|percent)?\s*(?:[a-z-]+\s+)?or\s+(?:more|fewer|less|higher|lower|above|below|greater|longer)\b",
    re.I)


def _is_predicate(word: str) -> bool:
    """A word that can report an event or a state of its subject: a verb of the frame lexicon,
    a verb (also with a 're-' prefix: 'resentence'), or an adjective after a copula ('unanimous')."""
    if not word:
        return False
    if (word in lexicon.ACT_FAMILIES or any(word in f["verbs"] for f in lexicon.ACT_FAMILIES.values())
            or word in lexicon.STATE_VERBS or word in lexicon.ENDING_VERBS or word in lexicon.STATE_ADJECTIVES):
        return True
    pos = all_lemmas(word)
    if "VERB" in pos or "ADJ" in pos:  # not a noun, an adverb ('formally'), a preposition ('among'), a determiner
        return True
    return word.startswith("re") and "VERB" in all_lemmas(word[2:])


def quantity_condition(question: str) -> str | None:
    """The quantity condition a question sets ('under 2 hours', '30 or more'), if any."""
    m = _QUANTITY_CONDITION.search(question)
    return " ".join(m.group().split()) if m else None


def not_understood(target: Target, question: str) -> str | None:
    """Why the evidence's silence about this event target proves nothing, or None."""
    if target.kind != "event":
        return None
    if not _is_predicate((target.act or "").lower()):
        return f"the question's act '{target.act}' is not an event predicate"
    cond = quantity_condition(question)
    if cond and re.fullmatch(r"at\s+least\s+(?:one|1)", cond, re.I):
        cond = None  # 'convicted on at least one count': the act at all, not a quantity
    carried = (target.threshold is not None or target.quantity is not None or target.magnitude_bps is not None
               or margins.of_market(question) is not None)  # a winning margin: read by margins.py
    if cond and not carried:
        return f"the question's quantity condition '{cond}' is carried by no threshold"
    return None


def uncarried_quantity(target: Target, question: str) -> str | None:
    """The quantity condition an event question sets that its target carries nowhere, if any."""
    why = not_understood(target, question)
    return quantity_condition(question) if why and "quantity condition" in why else None


def withhold_confirmations(target: Target, question: str, contribs: list[Contribution]) -> list[Contribution]:
    """A report that the act happened ('scored Iowa's first eight points') says nothing of a
    quantity condition the rules never read ('50 or more points'): such a confirmation is kept
    as a note for the analyst, with no weight."""
    cond = uncarried_quantity(target, question)
    if cond is None:
        return contribs
    from .rules.reported_count import MET as counted  # a count read against the bar the rule reads itself
    return [c.model_copy(update={"direction": "none", "weight": 0.0, "reason": f"{c.reason}: {QUANTITY_UNREAD} "
                                 f"('{cond}'): an analyst should read it"})
            if c.direction == "yes" and c.weight and (c.base_rule or c.rule) == "confirmation"
            and durations.MET not in c.reason and measured_with.MET not in c.reason and par_scores.MET not in c.reason
            and reduced_lengths.MET not in c.reason
            and counted not in c.reason else c  # a time or measure read against the question's bar
            for c in contribs]


QUANTITY_UNREAD = "the act is reported, but not whether it met the question's quantity condition"
