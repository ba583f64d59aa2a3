"""State ended: for a 'stays true until' market ("Will the shutdown last through …?", "Will X
remain president through …?"), a sentence reporting the state as over (ended, reopened,
fled, resigned, ousted) before the deadline → toward no."""

from __future__ import annotations

from ..analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from ..lexicon import ENDING_VERBS, STATE_NOUNS
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "state_ended"


# Verbs by which the holder of a state ends it himself; with the holder as subject they need no
# state noun ("President Joe Biden on Sunday dropped out of the 2024 presidential race").
SELF_ENDING = frozenset({"resign", "quit", "withdraw", "abdicate", "die", "drop", "step", "concede", "suspend",
                         "exit", "leave"})


def _holder_is_subject(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """An actor of the market is named before token i in its clause."""
    before = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]
    return any(p.search(before) for p in ctx.actor_patterns.values())


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if ctx.target.kind != "state" or not (f.actors or f.object_idx):
        return []
    for i, tok in enumerate(f.sent.tokens):
        verbs = tok.lemmas & ENDING_VERBS
        if not verbs or tok.text[:1].isupper() and not f.sent.headline:
            continue
        asp = aspect(f.sent, i, sorted(verbs)[0])
        # "ending the shutdown" after a past main verb reads as done, too
        participle = tok.lower.endswith("ing") and any(aspect(f.sent, k, None) == "past" or f.sent.headline
                                                        for k in range(len(f.sent.tokens)))
        if asp != "past" and not participle:
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        clause = f.sent.tokens[a:b]
        names_state = any(k in f.object_idx for k in range(a, b)) or any(t.lemmas & STATE_NOUNS for t in clause)
        holder = _holder_is_subject(ctx, f, a, i) and bool(verbs & SELF_ENDING)
        names_state = names_state or holder  # "Biden dropped out", "Sunak resigns": the holder ends it
        if not names_state:
            continue  # "lawmakers left Washington" is not the state ending
        span = event_time(f, i)
        deadline = ctx.market.deadline
        if span.starts_after(deadline):
            return [cite(f, NAME, "none", 0.0, f"'{tok.text}' reports the state over, but after the deadline",
                         span.explanation)]
        return [hedged.weaken(f, i, NAME, "no", -settings.weights.state_ended,
                              f"the state is reported over: '{tok.text}'", settings,
                              f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: before it")]
    return []
