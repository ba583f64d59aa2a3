"""A measure its decider will not renew, with its lapse dated inside the window (rules/state_ended.py).

For a 'stays true until' market on a measure in force ("Will Sri Lanka still be under a state of emergency on
August 31, 2022?"), the one who decides it telling that he will not renew it, and when it runs out — "President
Ranil Wickremesinghe has decided not to extend the State of Emergency when it lapses later this week", "The
government will not renew the curfew, which expires on Saturday", "The state of emergency will not be extended when
it ends on Friday, the cabinet said" — is a decided ending dated inside the window: the measure ends on its own
when it lapses, and the decider said it will not be kept. It is a reading of the same strong kind as a body's stated
halt of its own measure (decided_endings.py): the weak-reading gate lets it stand alone.

Read only: a refusal to renew ('decided / chose / opted / resolved / agreed not to', 'will not', 'won't', 'would
not', 'is not going to' + 'extend' / 'renew' / 'prolong', or the passive 'will not be extended'), told of the
market's object (named in the refusal's clause), by a decider (a market actor, or a head of state or government,
a cabinet, a government or a parliament as the refusal's subject), then its lapse ('when / once / after it lapses /
expires / ends / runs out', ', which expires …') with a time expression whose start lies after the article and by
the deadline. Not with a hedge or a report at second hand ('could', 'considering', 'expected', 'reportedly'), a
condition ('if', 'unless'), a question ('whether'), or a lapse after the deadline."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .official_endings import MARK
from .packaged import load_json
from .timex import find_time_expressions

_DATA = load_json("official_endings.json")
_HEDGES = re.compile(r"\b(?:%s|whether|would\s+consider)\b" % "|".join(map(re.escape, _DATA["second_hand"] + _DATA["hedges"])), re.I)
_RENEW = r"(?:extend|renew|prolong)"
_REFUSED = re.compile(
    rf"\b(?:(?:has\s+|had\s+|have\s+)?(?:decided|decides|chose|chooses|opted|opts|resolved|agreed)\s+not\s+to\s+{_RENEW}"
    rf"|(?:will|would)\s+not\s+(?:be\s+)?{_RENEW}(?:ing)?|won['’]t\s+(?:be\s+)?{_RENEW}(?:ing)?|is\s+not\s+going\s+to\s+{_RENEW}"
    rf"|(?:will|would)\s+not\s+be\s+{_RENEW}ed|won['’]t\s+be\s+{_RENEW}ed)\b", re.I)
_LAPSE = re.compile(r"(?:,?\s+(?:when|once|after|as)\s+it\s+|,\s+which\s+(?:is\s+due\s+to\s+|was\s+due\s+to\s+)?)"
                    r"(?:lapses|expires|ends|runs\s+out|lapse|expire|end|run\s+out)\s+", re.I)
# who decides a measure: an office of state or a governing body, as the subject of the refusal
_DECIDERS = re.compile(r"\b(?:president|prime\s+minister|premier|chancellor|governor|king|government|cabinet|parliament|"
                       r"administration|ministry|minister|authorities)\b", re.I)


def lapsing(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, words) of a decider's refusal to renew the market's measure, its lapse dated inside the window."""
    if ctx.target.kind != "state" or f.sent.headline or not f.object_idx:
        return None
    text, toks = f.sent.text, f.sent.tokens
    m = _REFUSED.search(text)
    if m is None or _HEDGES.search(text) or re.search(r"\b(?:if|unless)\b", text[:m.start()], re.I):
        return None
    passive = m.group(0).lower().endswith("ed")
    lapse = _LAPSE.search(text, m.end())
    if lapse is None:
        return None
    # the object told in the refusal: after an active verb, before a passive one
    lo, hi = (max(0, m.start() - 60), m.start()) if passive else (m.end(), min(lapse.start(), m.end() + 25))
    if not any(lo <= toks[k].start < hi for k in f.object_idx):
        return None
    subject = text[:m.start()] if not passive else text[lapse.end():]
    if not (_DECIDERS.search(subject) or any(p.search(subject) for p in ctx.actor_patterns.values())):
        return None
    day = next((s for s in find_time_expressions(text, f.article.published, "future")
                if s.pos == lapse.end() or s.pos > lapse.end() and re.fullmatch(r"(?:on|at|in)\s+", text[lapse.end():s.pos])), None)
    if day is None or day.start.date() < f.article.published.date() or not day.ends_by(ctx.market.deadline):
        return None
    i = next(k for k, t in enumerate(toks) if t.start >= m.start())
    return i, f"'{text[m.start():day.pos + len(day.text)]}' ({MARK}: a refusal to renew it, its lapse dated)"
