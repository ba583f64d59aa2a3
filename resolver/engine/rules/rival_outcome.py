"""Rival outcome: for a market on whether a named candidate wins an exclusive role (pope,
prime minister, an election), a sentence reporting that someone else won it → toward no."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, aspect, negation
from ..lexicon import OUTCOME_VERBS
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged

NAME = "rival_outcome"
_OUTCOME = frozenset(OUTCOME_VERBS)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if not (t.candidate and t.role and ctx.candidate_pattern):
        return []
    if ctx.candidate_pattern.search(f.sent.text):
        return []
    roles = [t.role] + (["election"] if re.search(r"\belection\b", ctx.market.question, re.I) else [])
    if not any(re.search(rf"\b{re.escape(r)}s?\b", f.sent.text, re.I) for r in roles):
        return []
    for i, tok in enumerate(f.sent.tokens):
        lemmas = tok.lemmas & _OUTCOME
        if not lemmas or aspect(f.sent, i, sorted(lemmas)[0]) != "past" or negation(f, i):
            continue
        others = [w.text for k, w in enumerate(f.sent.tokens) if k > 0 and w.text[:1].isupper()
                  and not any(w.lower in r for r in roles) and w.lower not in ("the", "a", "pope", "prime", "minister")]
        if not others:
            continue
        return [hedged.weaken(f, i, NAME, "no", -settings.weights.rival_outcome,
                              f"reports '{tok.text}' for someone other than {t.candidate} ({', '.join(others[:3])})",
                              settings)]
    return []
