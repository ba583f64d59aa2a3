"""The candidate's win told by its result (who-wins markets), read by rules/confirmation.py: the
title '<office>-elect' before the candidate's name ('Kiribati's president-elect Taneti Maamau'); a
defeat done by the candidate of another named side in the market's contest ('resulted in Christian
Menefee defeating Amanda Edwards'); the other finalist told losing the market's final to the
candidate ('Spain Lose Euro 2025 Final England'); a comeback the candidate completed to win the
market's contest ('Oracle Team USA finishes historic comeback to win America's Cup')."""

from __future__ import annotations

import re

from .. import categories, contests, defeats, electoral, parts
from ..analysis import MarketContext, SentenceFacts
from .rival_outcome import _in_time, _market_names, _names_role, _roles, partial_win, role_object


def candidate_won(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The candidate's win told by its result: (index, how) of the title '<office>-elect' before
    the candidate's name ('Kiribati's president-elect Taneti Maamau'), or of a defeat verb whose
    doer is the candidate and whose object is another named side ('resulted in Christian Menefee
    defeating Amanda Edwards'), in a sentence that names the market's contest and reports it
    whole (not a stage, a game or another category's)."""
    t = ctx.target
    if not (t.act == "win" and t.candidate and t.role and t.role_exclusive and ctx.candidate_pattern):
        return None
    titled = next((i for i, name in electoral.office_elect(f, ctx.elected_office)
                   if ctx.candidate_pattern.search(name)), None)
    if titled is not None:
        return titled, "titled the office's '-elect'"
    beat = _beat_rival(ctx, f)
    if beat is not None:
        return beat, "beat a named rival in the market's contest"
    lost = _final_lost_to_candidate(ctx, f)
    if lost is not None:
        return lost, "another finalist lost the market's final to it"
    came_back = _comeback_won(ctx, f)
    return (came_back, "completed a comeback to win the market's contest") if came_back is not None else None


def _comeback_won(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Oracle Team USA finishes historic comeback to win America's Cup' for Oracle: the title
    verb's own object names the market's role, in time, not another contest."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if not tok.lemmas & contests.TITLE_VERBS:
            continue
        found = defeats.comeback_to_win(f, i)
        if found is None or not ctx.candidate_pattern.search(found.others[0]) or role_object(ctx, f, i) is None:
            continue
        if contests.other_contest(f, i, ctx.target.object_terms, ctx.target.role, _market_names(ctx)):
            continue
        return found.index if _in_time(ctx, f, found.index)[0] else None
    return None


def _final_lost_to_candidate(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Spain lost the Euro 2025 final to England' for 'Will England win UEFA Women's Euro 2025?'."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", ctx.market.question)}
    found = defeats.final_lost_to(f, ctx.candidate_pattern, asked)
    if found is None or not _names_role(ctx, f):
        return None
    if categories.other(categories.of_market(ctx.market.question), f.sent, found.index, ctx.target.object_terms):
        return None
    return found.index if _in_time(ctx, f, found.index)[0] else None



def _beat_rival(ctx: MarketContext, f: SentenceFacts) -> int | None:
    t = ctx.target
    if not _names_role(ctx, f) or partial_win(ctx, f):
        return None
    found = defeats.defeats(f, ctx.candidate_pattern)
    category = categories.of_market(ctx.market.question)
    if found is None or categories.other(category, f.sent, found.index, t.object_terms):
        return None
    if "election" not in _roles(ctx) and not contests.decides_title(f.sent):
        return None  # 'to defeat the Florida Panthers 5-2, taking a 1-0 lead in the Stanley Cup Final': one game
    if electoral.other_election(f.sent, len(f.sent.tokens), ctx.market.question, anywhere=True):
        return None  # 'defeated Y in the Democratic primary' for the general election: another election
    if parts.multi_part(t.object_terms, t.role) and not parts.whole_decided(f.sent, t.object_terms,
                                                                            contests.decides_title(f.sent)):
        return None  # one stage or match of a contest made of many
    if not _in_time(ctx, f, found.index)[0]:
        return None  # 'the election six years ago when Weah easily beat Boakai': an earlier edition
    return found.index
