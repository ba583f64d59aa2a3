"""A measure that must stay free of a court's block ('Will Montana's statewide TikTok ban remain free of any
court order blocking it through December 31, 2023?', 'Will Texas's SB 8 abortion law remain free of any court
order blocking its enforcement …?'): the state ends when a court or a judge is told blocking the measure —
'A federal judge has blocked Montana's first-in-the-nation law banning the video-sharing app TikTok', 'U.S.
District Judge Robert Pitman … issued an order suspending the Texas law'. Read for rules/state_ended.py:

- the question's state: 'free of' + a court's order, injunction or ruling + a blocking word (data
  `court_blocks` in endings.json);
- a blocking verb told as done (past or perfect; a headline's present), not negated, not in a condition, with
  a court word (judge, court, justice, panel) before it in its clause, and the measure after it: a term of the
  market's object, or a measure noun (law, ban, statute, measure, order, act) owned by one of the market's
  actors ('the Texas law', 'Montana's … law');
- or an order issued, granted or handed down (past) by such a court and named by the blocking word's
  participle right after it ('issued an order suspending the Texas law', 'granted a preliminary injunction
  blocking the ban').

Not read: a court letting the measure take effect or resume ('allowed Texas to temporarily resume banning'),
a block asked for or expected ('asked a judge to block', 'could block'), a block of something else ('blocked
the state from enforcing a different law' names the other law, no term of the market's)."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")["court_blocks"]
_VERBS = frozenset(_DATA["verbs"])
_COURTS = frozenset(_DATA["courts"])
_ORDERS = frozenset(_DATA["orders"])
_ISSUE = frozenset(_DATA["issue_verbs"])
_ISSUE_LEMMAS = {"issued": "issue", "granted": "grant", "handed": "hand", "entered": "enter", "signed": "sign"}
_MEASURES = frozenset(_DATA["measures"])
_ASKED = re.compile(r"\bfree\s+of\s+(?:any\s+|a\s+)?(?:(?:state\s+or\s+federal|federal|state|court)\s+)?(?:court\s+)?"
                    r"(?:" + "|".join(sorted(_ORDERS)) + r")s?\s+(?:" + "|".join(_DATA["participles"]) + r")\b", re.I)
_PREFILTER = re.compile(r"\b(?:" + "|".join(_DATA["stems"]) + r")", re.I)
MARK = "a court's block of the measure"  # read by weak_readings: a court told blocking it is the ending itself
_THEME_REACH = 10  # tokens after the verb for the measure


@lru_cache(maxsize=512)
def asked(question: str) -> bool:
    """The market's state is a measure free of a court's block."""
    return "free of" in question.lower() and _ASKED.search(question) is not None


def _court_before(toks, a: int, i: int) -> bool:
    return any(t.lower in _COURTS or t.lower.rstrip("s") in _COURTS for t in toks[a:i])


def _names_measure(ctx: MarketContext, f: SentenceFacts, lo: int, hi: int) -> bool:
    """The measure is named in toks[lo:hi]: a capitalised term of the market's object ('TikTok'), or a measure
    noun with one of the market's actors before it in the stretch ('the Texas law', "Montana's … law")."""
    toks = f.sent.tokens
    terms = {t.lower() for t in ctx.target.object_terms if len(t) > 2}
    if any((k in f.object_idx or toks[k].lower in terms) and toks[k].text[:1].isupper() for k in range(lo, hi)):
        return True  # a name of the object's ('TikTok'), not a common word of it ('banning' for 'ban')
    for k in range(lo, hi):
        if toks[k].lower in _MEASURES:
            stretch = f.sent.text[toks[lo].start:toks[k].start]
            if any(p.search(stretch) for p in ctx.actor_patterns.values()):
                return True
    return False


def _done(f: SentenceFacts, i: int, lemma: str) -> bool:
    asp = aspect(f.sent, i, lemma)
    return asp == "past" and not negation(f, i) and not conditional_clause(f.sent, i)


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a court told blocking the market's measure, for a market asking it stay free of
    such a block; else None."""
    if ctx.target.kind != "state" or not asked(ctx.market.question) or not _PREFILTER.search(f.sent.text):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if not tok.lemmas & _VERBS:
            continue
        a, b = f.sent.clause_of(i)
        hi = min(b, i + 1 + _THEME_REACH)
        if _done(f, i, sorted(tok.lemmas & _VERBS)[0]) and _court_before(toks, a, i) and _names_measure(ctx, f, i + 1, hi):
            return i, f"'{tok.text}' ({MARK})"
        # 'issued an order suspending the Texas law': the participle after an order a court issued
        if tok.lower.endswith("ing") and i >= 2:
            k = next((k for k in range(i - 1, max(a, i - 4) - 1, -1) if toks[k].lower in _ISSUE), None)
            if k is not None and any(t.lower.rstrip("s") in _ORDERS for t in toks[k + 1:i]) and _done(f, k, _ISSUE_LEMMAS.get(toks[k].lower, toks[k].lower)) \
                    and _court_before(toks, a, k) and _names_measure(ctx, f, i + 1, hi):
                return i, f"'{toks[k].text} … {tok.text}' ({MARK}: an order)"
    return None
