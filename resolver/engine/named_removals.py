"""The holder removed from the market's own post, named with it (read by rules/state_ended.py).

For a 'stays true until' market on an office ("Will Claudio Ranieri remain head coach of Juventus
through …?"), a body sentence in which a dismissal or resignation verb is told done, the market's
holder is named as the one removed, and the market's post or its employer is named too —
"Claudio Ranieri has been sacked as the coach of Juventus after a poor run of results",
"Manchester United sacked David Moyes on Tuesday", "Carol Bartz was ousted as Yahoo's CEO",
"The Penn State board of trustees voted unanimously to fire football coach Joe Paterno" — reports
the tenure over in words that leave no other reading: the one removed, the post and the removal
are all in the sentence. The weak-reading gate, which holds back a single sentence reporting a
state over (right about half the time on unseen text), lets this kind stand alone
(`weak_readings.json` 'unless_reading': 'named_removal'). On the development corpus before it was
written, every held-back reading of this kind was right.

Not this kind: a headline (its present tense also tells a departure to come: 'jerry yang steps down
as Yahoo CEO'), a claim, a demand or a report at second hand ('claimed to have toppled', 'sources'),
a removal still to come or hedged ('will step down', 'set to be replaced', 'decided to axe'), a
participle used as a modifier ('Sudan's deposed prime minister'), a pronoun for the one removed
('the board who ousted him'), another person removed ('sacking his prime minister'), a holder named
without his post or employer ('McHale was fired'), and endings told by other words (a resignation
announced, a successor named, a term expired). Word lists: `resolver/data/named_removals.json`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .analysis import MarketContext, SentenceFacts, aspect
from .lexicon import OFFICES
from . import qualified_posts
from .official_endings import _SECOND_HAND
from .packaged import load_json
from .status_endings import decided_dismissal, future_in, passive

MARK = "the holder and the post named"
_DATA = load_json("named_removals.json")
VERBS = frozenset(_DATA["verbs"])
DISMISSAL = VERBS - frozenset(_DATA["self_ending"])  # a doer removes the holder ('sacked David Moyes')
_VOTED = frozenset(_DATA["voted"])
_CLAIMS = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, _DATA["claims"])), re.I)
_ATTRIBUTIVE = frozenset(_DATA["attributive_before"])
_OWN_POST = re.compile(r"\bfrom\s+(?:his|her|their)\s+(?:\w+\s+)?(?:%s)\b" % "|".join(_DATA["own_post"]), re.I)
# a rank that makes the subject another person than the holder ('The deputy mayor of …')
_OTHER_RANK = re.compile(r"\b(?:%s)\b" % "|".join(_DATA["other_ranks"]), re.I)
_CAPITALISED_OFFICE_WORDS = frozenset(w for o in OFFICES for w in o.split()) | {"chief", "executive", "officer", "the",
                                                                              "his", "her", "head", "party"}
_SPELLED = {"ceo": "chief executive", "pm": "prime minister"}
# how far after an active dismissal verb the one removed is named ('deposed President Mohamed Morsi',
# 'to fire football coach Joe Paterno')
_REACH = 6
_RECENT_DAYS = 31


def _offices(ctx: MarketContext) -> list[str]:
    """The market's own post, spelled out ('chief executive' for 'CEO'): the offices its state names."""
    state = " ".join(ctx.target.object_terms) + " " + (ctx.target.object or "") + " " + ctx.market.question
    state = " " + re.sub(r"[^\w\s-]", " ", state.lower()) + " "
    for short, long in _SPELLED.items():
        state = state.replace(f" {short} ", f" {long} ")
    return [o for o in OFFICES if f" {_SPELLED.get(o, o)} " in state]


def _names_post(text: str, offices: list[str], bodies: list[re.Pattern[str]]) -> bool:
    low = " " + re.sub(r"[^\w\s-]", " ", text.lower()) + " "
    for short, long in _SPELLED.items():
        low = low.replace(f" {short} ", f" {long} ")
    return any(f" {_SPELLED.get(o, o)} " in low for o in offices) or bool(_OWN_POST.search(text)) \
        or any(p.search(text) for p in bodies)


def _done(f: SentenceFacts, i: int, lemma: str) -> bool:
    """The verb at token i told done: a past form read as past, or a dismissal infinitive after a past
    vote ('voted unanimously to fire')."""
    tok = f.sent.tokens[i]
    if tok.lower.endswith("ed") or tok.lower == "quit":
        return aspect(f.sent, i, lemma) == "past"
    return (decided_dismissal(f, i) or "").lower() in _VOTED


def _parties(ctx: MarketContext, offices: list[str]) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """The holder (the actor the question names first, before its post: 'Will Claudio Ranieri remain
    head coach of Juventus') and the bodies (the other actors: 'Juventus', and the employer named in
    the post: 'Communist Party')."""
    q = ctx.market.question
    low = q.lower()
    post = min((low.find(o) for o in offices if o in low), default=-1)
    # the first name in the question; of two actors named at the same place, the longer name (an actor 'Bank'
    # within another's 'Bank of Japan'), then the market's order of actors
    found = sorted(((m.start(), m.start() - m.end(), n), p)
                   for n, p in enumerate(ctx.actor_patterns.values()) if (m := p.search(q)))
    if not found or post >= 0 and found[0][0][0] > post:
        return [], []
    holder = found[0][1]
    return [holder], [p for p in ctx.actor_patterns.values() if p is not holder]


def _unnamed_holder(f: SentenceFacts, i: int, before: str, bodies: list[re.Pattern[str]]) -> bool:
    """'The Communist Party boss of … Chongqing has been removed from his post': a passive whose subject
    names the post's body, no other person's rank, and the holder's own post right after the verb."""
    toks = f.sent.tokens
    rest = f.sent.text[toks[i].start + len(toks[i].text):]
    return passive(f, i) and bool(re.match(r"\s+" + _OWN_POST.pattern[2:], rest, re.I)) \
        and any(p.search(before) for p in bodies) and not _OTHER_RANK.search(before)


def removed(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """MARK when the ending at token i is the market's holder removed from (or resigning) the market's
    post, told done, with the holder and the post (or its employer) named in the sentence; else None."""
    toks = f.sent.tokens
    verbs = toks[i].lemmas & VERBS
    if not verbs or ctx.target.kind != "state" or f.sent.headline:
        return None
    offices = _offices(ctx)
    if not offices and not ctx.target.object_terms or _SECOND_HAND.search(f.sent.text) or _CLAIMS.search(f.sent.text):
        return None
    holders, bodies = _parties(ctx, offices)
    lemma = sorted(verbs)[0]
    if not holders or not _done(f, i, lemma):
        return None
    a, b = f.sent.clause_of(i)
    aux = next((t.lower for t in reversed(toks[max(0, i - 3):i]) if not t.lower.endswith("ly")), "")
    if future_in(f, a, i + 1) or aux in ("be", "being"):
        return None  # 'will step down', 'is expected to be replaced', 'resisting being ousted'
    before = f.sent.text[toks[a].start:toks[i].start]
    end = toks[min(b, i + _REACH) - 1]
    after = f.sent.text[toks[i].start + len(toks[i].text):end.start + len(end.text)]
    named_before, named_after = _named(before, holders), _named(after, holders)
    if not named_before and not named_after and not any(p.search(f.sent.text) for p in holders):
        return MARK if _unnamed_holder(f, i, before, bodies) else None
    if passive(f, i) or not verbs & DISMISSAL:
        # 'Carol Bartz was ousted as …', 'Roberto Mancini surprisingly resigned': the holder is the subject
        if not named_before or named_after:
            return None
    else:
        # 'Manchester United sacked David Moyes': a doer before the verb, the holder right after it
        if i == a or toks[i - 1].lower in _ATTRIBUTIVE or toks[i - 1].lower.endswith(("'s", "’s", "s'")) \
                or not named_after or named_before:
            return None
    if not _names_post(f.sent.text, offices, bodies) or _elsewhere(ctx, f, i, offices, bodies):
        return None
    return MARK


def recent(span, published: datetime) -> bool:
    """The removal is dated within a month before its report (not 'was sacked as Chelsea coach in 2004'
    told in passing): an older removal may be of another tenure."""
    return span.start.date() >= (published - timedelta(days=_RECENT_DAYS)).date()


def _named(text: str, pats: list[re.Pattern[str]]) -> bool:
    """One of `pats` named in `text`, not as the owner of what follows ('David Moyes's assistant')."""
    return any(not re.match(r"['’]s?\b", text[m.end():m.end() + 2]) for p in pats for m in p.finditer(text))


def _elsewhere(ctx: MarketContext, f: SentenceFacts, i: int, offices: list[str],
               bodies: list[re.Pattern[str]]) -> bool:
    """The removal is from something the market does not ask about: 'resigned from the board of the
    church', 'was sacked as Everton manager' for a market on Manchester United's: after 'from', 'as' or
    'of' right after the verb (or after the one removed), the words name neither the market's post, nor
    the holder's own post, or they name another body (a capitalised name that is none of the market's)."""
    toks = f.sent.tokens
    n = len(toks)
    k = next((k for k in range(i + 1, min(n, i + _REACH + 1)) if toks[k].lower in ("from", "as", "of")), None)
    if k is None:
        return False
    words = toks[k + 1:min(n, k + 7)]
    text = " ".join(t.text for t in words)
    posts = [p for a, p in ctx.actor_patterns.items() if a.lower() == (ctx.target.object or "").lower()]
    if qualified_posts.only_qualified(text, offices, posts):
        return True  # 'resigned as deputy national security advisor', 'as trade advisor': another post
    if not _names_post(text, offices, bodies) and not any(t.lower in ctx.target.object_terms for t in words):
        return True
    names = [t for t in words if t.text[:1].isupper() and t.text.isalpha() and t.lower not in _CAPITALISED_OFFICE_WORDS]
    return any(not any(p.search(t.text) for p in bodies) for t in names) and not any(p.search(text) for p in bodies)
