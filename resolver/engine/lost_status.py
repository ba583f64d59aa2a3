"""A status lost: for a market on a party keeping a status through a date ('Will Wigan Athletic
retain their Premier League status through the end of the 2012-13 season?', 'Will the United
States keep its measles elimination status …?'), the party told as having lost it ('have lost
their Premier League status', 'was stripped of its elimination status') did not keep it; for a
league status, a club relegated from the league ('Wigan relegated after 4-1 defeat', 'became the
first team to be relegated from England's top flight') lost it. Read as the decision gone the
other way (rules/opposite_outcome.py): once lost, the status is not held through the date.

The losing verb is told done (not 'could be relegated', 'face relegation'), unnegated, with the
market's party named before it in its sentence and no relative word between ('beat Reading, who
were relegated' tells another club's loss); 'lost' counts only with 'status' a few words after it
('lost 4-1 at Arsenal' is a match lost)."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect, negation

_KEEP = frozenset({"retain", "keep", "maintain", "preserve", "hold"})
_LEAGUE = frozenset({"league", "division", "flight", "tier", "liga", "bundesliga", "serie", "ligue", "championship"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose", "while", "whereas", "but"})
_REACH = 5  # words after 'lost' within which 'status' must stand


def asks_kept(ctx: MarketContext) -> bool:
    """The market asks a party to keep a status ('retain their Premier League status')."""
    words = (ctx.target.object or "").lower().split()
    return (ctx.target.act or "") in _KEEP and "status" in words


def _league(ctx: MarketContext) -> bool:
    return bool(set((ctx.target.object or "").lower().split()) & _LEAGUE)


def _party_before(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The market's party named before token i, with no relative word between its name and i."""
    before = f.sent.text[:f.sent.tokens[i].start]
    last = None
    for p in ctx.actor_patterns.values():
        for m in p.finditer(before):
            last = max(last or 0, m.end())
    if last is None:
        return False
    return not any(t.lower in _RELATIVE for t in f.sent.tokens[:i] if t.start >= last)


def lost(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of the party's status told lost; else None."""
    if not asks_kept(ctx) or not f.actors:
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if "relegate" in tok.lemmas and _league(ctx):
            verb, wording = "relegate", f"'{tok.text}' (relegated from the league: the status lost)"
        elif tok.lemmas & {"lose", "strip", "revoke"} and any(t.lower == "status" for t in toks[i + 1:i + 1 + _REACH]):
            verb, wording = sorted(tok.lemmas & {"lose", "strip", "revoke"})[0], f"'{tok.text} … status' (the status lost)"
        else:
            continue
        if aspect(f.sent, i, verb) != "past" or negation(f, i) or not _party_before(ctx, f, i):
            continue
        return i, wording
    return None


NOTE = "the status lost"
