"""Rival outcome: for a market on whether a named candidate wins an exclusive role (pope,
prime minister, an election), a sentence reporting that someone else won it, or that the
candidate was beaten → toward no."""

from __future__ import annotations

import re

from .. import mentions
from ..analysis import MarketContext, SentenceFacts, aspect, negation
from ..lexicon import DEFEAT_VERBS, OUTCOME_VERBS
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged

NAME = "rival_outcome"
_OUTCOME = frozenset(OUTCOME_VERBS)
_NOT_NAMES = frozenset({"the", "a", "pope", "prime", "minister", "president", "democrat", "republican",
                        "independent", "conservative", "liberal", "american", "cardinal"})


def candidate_beaten(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """Index of a defeat verb ('beating', 'defeated') whose object is the candidate."""
    if not ctx.candidate_pattern:
        return None
    for i, tok in enumerate(f.sent.tokens):
        if tok.lemmas & DEFEAT_VERBS and not negation(f, i):
            after = f.sent.text[tok.start:tok.start + 80]
            m = ctx.candidate_pattern.search(after)
            if m and m.start() < 60 and not re.search(r"\bby\b", after[:m.start()]):
                return i
    return None


def _names_before(f: SentenceFacts, i: int) -> list[str]:
    a, _ = f.sent.clause_of(i)
    return [w.text for w in f.sent.tokens[a:i] if w.text[:1].isupper() and w.lower not in _NOT_NAMES
            and (w is not f.sent.tokens[0] or len(w.text) > 1)]


_STAGE_RE = re.compile(r"\b(first|1st|opening|initial)\s+(round|ballot|leg|stage|vote)\b"
                       r"|\b(advance\w*|head\w*|go\w*|move\w*)\s+(in)?to\s+(a\s+|the\s+)?run-?off\b"
                       r"|\bmost\s+votes\b|\bqualif\w+", re.I)


def partial_win(ctx: MarketContext, f: SentenceFacts) -> bool:
    """'won the first round', 'advance to a runoff', 'most votes' in a first ballot: a stage of
    the contest, not the role (unless the market asks about that stage)."""
    m = _STAGE_RE.search(f.sent.text)
    return bool(m) and not _STAGE_RE.search(ctx.market.question)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if not (t.candidate and t.role and ctx.candidate_pattern):
        return []
    beaten = candidate_beaten(ctx, f)
    if not t.role_exclusive:
        beaten = None  # "X beat Y to a seat" does not stop Y winning another seat
    if beaten is not None:
        return [hedged.weaken(f, beaten, NAME, "no", -settings.weights.rival_outcome,
                              f"reports {t.candidate} beaten ('{f.sent.tokens[beaten].text}')", settings)]
    if not t.role_exclusive:
        return []
    roles = [t.role] + (["election"] if re.search(r"\belection\b", ctx.market.question, re.I) else [])
    if not any(re.search(rf"\b{re.escape(r)}s?\b", f.sent.text, re.I) for r in roles):
        return []
    if partial_win(ctx, f):
        return []
    read = {m.index: m for m in mentions.read(f.sent)}
    for i, tok in enumerate(f.sent.tokens):
        lemmas = tok.lemmas & _OUTCOME
        if not lemmas or aspect(f.sent, i, sorted(lemmas)[0]) != "past" or negation(f, i):
            continue
        if i in read and not read[i].affirmed:
            continue  # 'no candidate garnered the majority required to be elected': not a win
        before = " ".join(_names_before(f, i))
        if ctx.candidate_pattern.search(before):
            return []  # the candidate is the one who won: see confirmation
        right_after = f.sent.text[tok.start + len(tok.text):tok.start + len(tok.text) + 40]
        if ctx.candidate_pattern.search(right_after.split(",")[0]):
            return []  # "declared Luis Vidal the winner", "named X as …": the candidate won
        others = _names_before(f, i) or [w.text for k, w in enumerate(f.sent.tokens) if k > i and w.text[:1].isupper()
                                         and w.lower not in _NOT_NAMES][:3]
        if not others or ctx.candidate_pattern.search(f.sent.text):
            if not others:
                continue
        return [hedged.weaken(f, i, NAME, "no", -settings.weights.rival_outcome,
                              f"reports '{tok.text}' for someone other than {t.candidate} ({', '.join(others[:3])})",
                              settings)]
    return []
