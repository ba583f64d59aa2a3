"""Denied reports: a sentence that tells the act as another party's report and then its denial —
'Earlier this month, the New York Times reported that the warrant had been issued, leading court
official to quickly issue a denial', 'Reports claimed the deal had been signed, which the ministry
denied' — does not report the act done: it reports a claim the sentence itself tells was denied.

The act must stand after a report verb or noun ('reported', 'claims', 'reports that') and the
denial after the act, in the same sentence: 'The court issued the warrant and denied bail' has no
report; 'The court, which denied the rumours, said it had issued the warrant' tells the denial first,
of something else."""

from __future__ import annotations

from .text import Sentence

# a report by another party: the verb or the noun
_REPORT = frozenset({"reported", "reports", "report", "reporting", "claimed", "claims", "claim", "claiming", "alleged",
                     "alleges", "alleging", "rumoured", "rumored", "rumours", "rumors"})
# its denial
_DENIAL = frozenset({"denial", "denials", "deny", "denies", "denied", "denying", "refuted", "refutes", "refute",
                     "refuting", "rebutted", "rebuts", "rebut", "rebuttal"})


def denied(sent: Sentence, i: int) -> str | None:
    """Why the act at token i is a report the sentence tells denied, else None."""
    toks = sent.tokens
    rep = next((k for k in range(i - 1, -1, -1) if toks[k].lower in _REPORT), None)
    if rep is None:
        return None
    den = next((k for k in range(i + 1, len(toks)) if toks[k].lower in _DENIAL), None)
    if den is None:
        return None
    return (f"'{toks[rep].text} … {toks[i].text}' is another party's report, which the sentence tells met with "
            f"'{toks[den].text}': a denied claim, not a report of the act")
