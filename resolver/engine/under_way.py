"""An act told as under way on the day of the report: a present progressive dated by the publication day itself
('Trump is hosting … al Sharaa at the White House on Monday' in an article of that Monday), and a visit told from
the host's side. Read by the confirmation's done-trigger (rules/confirmation_gates.py)."""

from __future__ import annotations

from . import roles
from .act_families import family_key
from .analysis import MarketContext, SentenceFacts, aspect, negation
from .planned_report import planned_report

UNDER_WAY = "under way on the day of the report"


_HOSTING = frozenset({"host", "receive", "welcome"})


def hosted_visit(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Trump is hosting Syrian counterpart Ahmed al Sharaa at the White House on Monday': for a
    market on a visit to a place, the host's verb with the visitor (a market actor that is not
    the place) after it and the place named after it tells the visit, the other way round."""
    if family_key(ctx.target.act or "") != "visit" or not f.object_idx:
        return None
    toks = f.sent.tokens
    visitors = roles.actors_besides_object(ctx)
    for j, t in enumerate(toks):
        if not t.lemmas & _HOSTING or negation(f, j) or not any(o > j for o in f.object_idx) or planned_report(f.sent, j):
            continue
        after = f.sent.text[t.start + len(t.text):toks[min(len(toks) - 1, j + 8)].start]
        if not any(p.search(after) for p in visitors):
            continue
        lemma = next(iter(t.lemmas & _HOSTING))
        asp = aspect(f.sent, j, lemma)
        if asp == "past":
            return j, f"'{t.text}' (past; the visitor hosted)"
        if asp == "ongoing" and under_way_today(f, j):
            return j, f"'{t.text}' ({UNDER_WAY}; the visitor hosted)"
    return None


def under_way_today(f: SentenceFacts, i: int) -> bool:
    """'Trump is hosting … al Sharaa at the White House on Monday' in an article of that Monday:
    a present progressive dated by the publication day itself reports the act as happening."""
    span = f.nearest_span(i, dating_only=True)
    day = f.article.published.date()
    return span is not None and span.start.date() == span.end.date() == day and not negation(f, i) \
        and not f.dates_the_statement(span, i)
