"""Rule 2 — ruled out: a sentence says the act will not / cannot happen by the deadline, is
'not imminent', 'precluded', 'unlikely this week', postponed or called off → toward no.
A statement whose time window ends before the deadline counts for the share of the
remaining time it covers."""

from __future__ import annotations

from functools import lru_cache

from ..analysis import MarketContext, SentenceFacts
from ..lexicon import PARTY_CUES, RULED_OUT_CUES
from ..settings import EngineSettings
from ..text import conditional_clause, tokenize
from ..types import Contribution
from . import hedged

NAME = "ruled_out"
# Cues reporting that the act was pushed back or abandoned: the time expression near them
# dates the announcement, not a window, so the whole run-up to the deadline is covered.
EVENT_CUES = frozenset({"postponed", "delayed", "called off", "cancelled", "canceled", "collapsed"})


# The reading of a bare statement ('will not sign') with no date and no reported cancellation: a
# forecast, which decides only when two sources make it (evaluate._affirmative).
NO_LIMIT = "no time limit given: read as covering the deadline"
NEAR = 8  # words either side of the act or object within which a cue must stand
_EXPECTATION = frozenset({"expected", "expect", "expects", "planned", "scheduled", "imminent", "likely", "due", "set"})


@lru_cache(maxsize=256)
def _normalized(cues: tuple[tuple[str, float], ...]) -> tuple[tuple[str, str, float], ...]:
    return tuple((phrase, " " + " ".join(t.lower for t in tokenize(phrase)) + " ", strength) for phrase, strength in cues)


_KNOWING = (" to say ", " to tell ", " to know ", " to predict ", " to call ", " to determine ")


def _about_knowing(window: str, norm: str) -> bool:
    """'it is impossible to say who the winner is': the cue is about knowing, not the act."""
    at = window.find(norm) + len(norm) - 1
    return any(window.startswith(k, at) for k in _KNOWING)


def _cue(f: SentenceFacts, i: int, extra: tuple[str, ...] = ()) -> tuple[str, float] | None:
    a, b = f.sent.clause_of(i)
    a, b = max(a, i - NEAR), min(b, i + NEAR + 1)  # near the act: a long sentence holds other events
    cues = _normalized(RULED_OUT_CUES + tuple((c.lower(), 1.0) for c in extra))
    window = " " + " ".join(t.lower for t in f.sent.tokens[a:b]) + " "
    for phrase, norm, strength in cues:
        if norm in window and not _about_knowing(window, norm):
            return phrase, strength
    # a negated expectation about the act itself, in its own clause: "No signing … expected this week"
    words = [t.lower for t in f.sent.tokens[a:b]]
    neg = next((w for w in words if w in ("no", "not", "never", "n't")), None)
    exp = next((w for w in words if w in _EXPECTATION), None)
    if neg and exp:
        return f"{neg} … {exp}", 0.75
    return None


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    triggers = f.act_idx + f.act_noun_idx + f.object_idx
    if not triggers or (not f.actors and not f.object_idx and not f.act_noun_idx):
        return []
    # the cue must share a clause with the act or its object ('the opposition is not expected to
    # unite' in another clause says nothing about the act)
    i, found = next(((k, c) for k in triggers for c in (_cue(f, k, ctx.extra_ruled_out),) if c), (triggers[0], None))
    if not found or conditional_clause(f.sent, i):
        return []
    phrase, strength = found
    if phrase in PARTY_CUES:
        start = f.sent.text.lower().find(phrase.split()[0])
        speaker = f.sent.text[:max(start, 0)]
        if not any(p.search(speaker) for p in ctx.actor_patterns.values()):
            return []  # a denial counts only from a party to the market
    deadline = ctx.market.deadline
    span, limit = (None, None) if phrase in EVENT_CUES else f.limit_span(i)
    coverage, temporal = 1.0, NO_LIMIT
    if phrase in EVENT_CUES:
        temporal = f"'{phrase}' with no new date before the deadline {deadline:%a %d %b %Y %H:%M %z}"
    if span is not None:
        if limit in ("before", "until", "till") and span.starts_after(deadline):
            # "will not take place before January 6": ruled out until a day after the deadline
            temporal = f"{span.explanation}; not before then, and that is after the deadline {deadline:%a %d %b %Y %H:%M %z}"
        elif span.starts_after(deadline):
            return []  # "not next month" etc. is handled as scheduled_after_deadline
        elif span.covers(deadline):
            temporal = f"{span.explanation}; covers the deadline {deadline:%a %d %b %Y %H:%M %z}"
        else:
            pub = f.article.published
            total = (deadline - pub).total_seconds()
            left = (deadline - span.end).total_seconds()
            coverage = max(0.0, min(1.0, 1 - left / total)) if total > 0 else 0.0
            temporal = (f"{span.explanation}; ends {left / 3600:.0f} h before the deadline "
                        f"{deadline:%a %d %b %Y %H:%M %z}: counts for {coverage:.0%} of the time left")
            if coverage <= 0:
                return []
    w = settings.weights.ruled_out * strength * coverage
    return [hedged.weaken(f, i, NAME, "no", -w, f"act ruled out: '{phrase}'", settings, temporal,
                          ignore=frozenset(phrase.replace("…", " ").split()) | _EXPECTATION | {"would"})]
