"""Denied reports: a sentence that tells the act as another party's report and then its denial —
'Earlier this month, the New York Times reported that the warrant had been issued, leading court
official to quickly issue a denial', 'Reports claimed the deal had been signed, which the ministry
denied' — does not report the act done: it reports a claim the sentence itself tells was denied.
So too a report the sentence calls false after the act ('The court said reports that it had issued
the warrant were untrue') and a report noun that a denying verb governs before it ('Court officials
rejected a newspaper report that the warrant had been issued', 'dismissed reports that …').

The act must stand after a report verb or noun ('reported', 'claims', 'reports that') and the
denial after the act, in the same sentence, or the denying verb right before the report noun (at
most two words between: 'rejected a newspaper report that'): 'The court issued the warrant and
denied bail' has no report; 'The court, which denied the rumours, said it had issued the warrant'
tells the denial first, of something else. 'Rejected' and 'dismissed' deny only a report noun they
govern (after the act they are as often a court's other ruling: 'issued the warrant and dismissed
the appeal')."""

from __future__ import annotations

from .text import Sentence

# a report by another party: the verb or the noun
_REPORT = frozenset({"reported", "reports", "report", "reporting", "claimed", "claims", "claim", "claiming", "alleged",
                     "alleges", "alleging", "rumoured", "rumored", "rumours", "rumors"})
_REPORT_NOUNS = frozenset({"report", "reports", "claim", "claims", "rumours", "rumors", "rumour", "rumor", "allegation",
                           "allegations", "speculation"})
# its denial
_DENIAL = frozenset({"denial", "denials", "deny", "denies", "denied", "denying", "refuted", "refutes", "refute",
                     "refuting", "rebutted", "rebuts", "rebut", "rebuttal"})
# the report called false after the act ('reports that it had issued the warrant were untrue')
_FALSE = frozenset({"untrue", "false", "baseless", "unfounded", "groundless", "inaccurate", "incorrect", "fabricated",
                    "erroneous"})
# a denying verb governing the report noun after it ('rejected a newspaper report that …')
_DENYING = _DENIAL | frozenset({"rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing",
                                "disputed", "disputes", "disputing", "downplayed"})
_GAP = 2  # words between a denying verb and the report noun it governs


def denied(sent: Sentence, i: int) -> str | None:
    """Why the act at token i is a report the sentence tells denied, else None."""
    toks = sent.tokens
    rep = next((k for k in range(i - 1, -1, -1) if toks[k].lower in _REPORT | _REPORT_NOUNS), None)
    if rep is None:
        return None
    if toks[rep].lower in _REPORT_NOUNS:
        gov = next((k for k in range(rep - 1, max(-1, rep - 2 - _GAP), -1) if toks[k].lower in _DENYING), None)
        if gov is not None:
            return (f"'{toks[gov].text} … {toks[rep].text} … {toks[i].text}': a report the sentence tells was denied, "
                    "not a report of the act")
    den = next((k for k in range(i + 1, len(toks)) if toks[k].lower in _DENIAL | _FALSE), None)
    if den is None or (toks[den].lower in _FALSE and toks[rep].lower not in _REPORT_NOUNS):
        return None
    return (f"'{toks[rep].text} … {toks[i].text}' is another party's report, which the sentence tells met with "
            f"'{toks[den].text}': a denied claim, not a report of the act")
