"""A state of freedom ended by custody. For a market on a person staying free ('Will Sam
Bankman-Fried remain free on bail through …?', 'stay out of jail', 'remain at large'), a report
that the holder was taken into custody ends the state:

- the holder's bail (or bond) revoked: 'Sam Bankman-Fried's bail was revoked on Friday',
  'Judge Lewis Kaplan rescinded Bankman-Fried's bail';
- the holder sent to jail by another: 'Judge sends Bankman-Fried to jail';
- the holder as the subject of a passive of custody: 'X was taken into custody', 'X was jailed',
  'X was remanded in custody'.

Told in the past (a headline's present for the active forms), not negated, not in a condition,
no future or planning word before it in its clause ('moved to revoke his bail', 'a hearing on
revoking his bail', 'asked that his bail be revoked' are not read: base forms and gerunds never
match), and the holder (an actor of the market) named where the pattern says. The counterpart of
status_endings.released (a custody state ended by a release). Pure and deterministic."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .status_endings import future_in
from .text import conditional_clause

# the market's state: free, at large, out of jail, on bail
_FREE_STATE = re.compile(r"\b(?:remain|stay)s?\s+(?:\w+\s+)?(?:free|at\s+large|out\s+of\s+(?:jail|prison|custody)|"
                         r"(?:out\s+)?on\s+(?:bail|bond))\b", re.I)

_REVOKED = r"(?:revoked|rescinded|cancell?ed|terminated|revokes|rescinds|cancels|terminates)"
# 'rescinded Bankman-Fried's bail': the holder's possessive between the verb and the noun
_REVOKED_ACTIVE = re.compile(rf"\b(?P<v>{_REVOKED})\s+(?P<who>(?:[\w.'’-]+\s+){{0,4}}?[\w.-]+['’]s?)\s+(?:bail|bond)\b", re.I)
# "Sam Bankman-Fried's bail was revoked"
_REVOKED_PASSIVE = re.compile(r"(?P<who>(?:[\w.'’-]+\s+){0,4}?[\w.-]+['’]s?)\s+(?:bail|bond)\s+(?:was|has\s+been|had\s+been)\s+"
                              r"(?:\w+ly\s+)?(?P<v>revoked|rescinded|cancell?ed|terminated)\b", re.I)
# 'Judge sends Bankman-Fried to jail', 'ordered X back to jail'
_SENT = re.compile(r"\b(?P<v>sent|sends|ordered|orders)\s+(?P<who>[^,.;:]{1,40}?)\s+(?:back\s+)?(?:to\s+(?:jail|prison)|"
                   r"into\s+custody|jailed|detained)\b", re.I)
# 'X was taken into custody', 'X was jailed', 'X has been remanded in custody'
_TAKEN = re.compile(r"(?P<who>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                    r"(?P<v>(?:placed|taken|put|sent|remanded)\s+(?:back\s+)?(?:in|into|to)\s+(?:federal\s+)?"
                    r"(?:custody|jail|prison|detention)|jailed|remanded)\b", re.I)


def asks_free(question: str) -> bool:
    """The market asks that a person stay free ('remain free on bail through …')."""
    return bool(_FREE_STATE.search(question))


def taken(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of the verb, wording) when the sentence tells the holder taken into custody, else None."""
    if not asks_free(ctx.market.question):
        return None
    text = f.sent.text
    for rx, present_ok in ((_REVOKED_ACTIVE, True), (_REVOKED_PASSIVE, False), (_SENT, True), (_TAKEN, False)):
        for m in rx.finditer(text):
            verb = m.group("v").split()[0].lower()
            if verb.endswith("s") and not verb.endswith("ss") and not (present_ok and f.sent.headline):
                continue  # a present told outside a headline is no report of a done act
            if not any(p.search(m.group("who")) for p in ctx.actor_patterns.values()):
                continue
            i = f.sent.token_at(m.start("v"))
            a, _ = f.sent.clause_of(i)
            if negation(f, i) or conditional_clause(f.sent, i) or future_in(f, a, i + 1):
                continue
            return i, f"'{' '.join(m.group(0).split())}' (the holder taken into custody)"
    return None
