"""A former plan moved sooner, not given up: 'The bridge was scheduled to open to traffic by 5 a.m.
on Tuesday, but officials at the ceremony said the bridge would open some time tonight'. After the
'but' that turns away from the plan, the act's own verb is told again, not negated, with a date of
its own from the article's day on and by the market's deadline: the act is still coming inside the
window (sooner than planned), so the 'had been scheduled to … but' reading of ruled_out
(_abandoned_plan) does not rule it out. A date that only dates the statement ('but on Monday
officials said …') is not the act's: the act's verb must come before the date, in its clause."""

from __future__ import annotations

from datetime import datetime

from .analysis import SentenceFacts, negation


def moved_sooner(f: SentenceFacts, i: int, but: int, deadline: datetime) -> bool:
    """The act verb at token i, planned, is told again after the 'but' at token `but` with a date
    in its own clause from the article's day to the deadline."""
    toks = f.sent.tokens
    for k in range(but + 1, len(toks)):
        if not toks[k].lemmas & toks[i].lemmas or negation(f, k):
            continue
        _, b = f.sent.clause_of(k)
        end = toks[b].start if b < len(toks) else len(f.sent.text)
        if any(toks[k].start < sp.pos < end and sp.start.date() >= f.article.published.date()
               and sp.ends_by(deadline) for sp in f.spans):
            return True
    return False
