"""An ending told by the body that ends it (rules/state_ended.py, README 'Weak readings').

For a 'stays true until' market on a post ("Will Thomas Tuchel remain Chelsea head coach through
…?"), a sentence in which the employer named in the post is the doer of a dismissal or of a
parting, told as done, and is also the speaker of the sentence — "Chelsea have parted ways with
manager Thomas Tuchel, the Premier League club announced on Wednesday", "Barcelona have sacked
manager Xavi Hernández, the LaLiga club said on Friday", "the club … announced that they have
parted ways with Mourinho" — is the deciding body's own statement that the holder is gone. It is a
stronger kind of reading than a state told over in other words (a resignation tendered, a successor
tipped by sources, an ending to come), so the weak-reading gate lets it stand alone
(`weak_readings.json` 'unless_reading': 'official_ending').

Not such a statement: a passive ('was sacked'), a report at second hand ('according to', 'sources',
'reportedly', 'reports'), a statement by a speaker that is no organisation of the list (a
newspaper, a player, an agent), an ending still to come ('will part ways'), or a doer that is not the
employer named in the post. Word lists: `resolver/data/official_endings.json`."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .packaged import load_json
from .status_endings import passive

MARK = "told by the body that ends it"
_DATA = load_json("official_endings.json")
_VERBS = frozenset(_DATA["dismissal_verbs"])
_PARTING = tuple(_DATA["parting_phrases"])
_SAY = "|".join(_DATA["statement_verbs"])
_BODIES = "|".join(_DATA["bodies"])
_SECOND_HAND = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, _DATA["second_hand"])), re.I)
# ', the Premier League club announced', ', the company said on Friday'
_SPEAKER_AFTER = re.compile(rf",\s+the\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{_BODIES})\s+(?:(?:has|had|have)\s+)?(?:{_SAY})\b", re.I)
# 'the club announced that they have', 'Chelsea said on Wednesday it had'
_SPEAKER_BEFORE = re.compile(rf"\b(?:{_SAY})\b[^,;]{{0,40}}?\b(?:that\s+)?(?:it|they)\s+(?:has|had|have)\s*$", re.I)


def _employers(ctx: MarketContext) -> list[re.Pattern[str]]:
    """The market's actors that are part of the post ('Chelsea' of 'Chelsea head coach')."""
    terms = [t for t in ctx.target.object_terms if len(t) >= 3]  # stems: 'chelse'
    return [p for actor, p in ctx.actor_patterns.items()
            if any(word == t or len(t) >= 4 and word.startswith(t) for word in actor.lower().split() for t in terms)]


def _holders(ctx: MarketContext) -> list[re.Pattern[str]]:
    employers = _employers(ctx)
    return [p for p in ctx.actor_patterns.values() if p not in employers]


def _verb_at(f: SentenceFacts, i: int) -> bool:
    """Token i is a dismissal verb told done in the active ('have sacked', 'fired'), or the first
    word of a parting phrase told done ('have parted ways with')."""
    toks = f.sent.tokens
    tok = toks[i]
    rest = " ".join(t.lower for t in toks[i:i + 3])
    parting = any(rest.startswith(p) for p in _PARTING)
    if not parting and not (tok.lemmas & _VERBS and tok.lower.endswith("ed")):
        return False
    if passive(f, i):
        return False
    return tok.lower.endswith("ed") or (parting and tok.lower == "parted")


def told_by_body(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The statement's words (', the Premier League club announced') when the ending at token i is
    the employer's own statement of a done dismissal or parting; else None."""
    if ctx.target.kind != "state" or f.sent.headline or _SECOND_HAND.search(f.sent.text):
        return None
    if not _verb_at(f, i):
        return None
    toks = f.sent.tokens
    before = f.sent.text[:toks[i].start]
    after = f.sent.text[toks[i].start:]
    employers, holders = _employers(ctx), _holders(ctx)
    if not employers or not holders:
        return None
    # the holder named right after the ending ('parted ways with manager Thomas Tuchel')
    near = f.sent.text[toks[i].start:toks[min(len(toks), i + 8) - 1].start + len(toks[min(len(toks), i + 8) - 1].text)]
    if not any(p.search(near) for p in holders) or any(p.search(before) for p in holders):
        return None
    m = _SPEAKER_BEFORE.search(before)
    if m and (any(p.search(before[:m.start()]) for p in employers)
              or re.search(rf"\bthe\s+(?:{_BODIES})\s*$", before[:m.start()].rstrip(), re.I)):
        return m.group(0).strip()
    # the employer is the doer, named at the clause's start, and the speaker after the clause
    if not any(p.search(before) for p in employers):
        return None
    m = _SPEAKER_AFTER.search(after)
    return m.group(0).lstrip(", ").strip() if m else None
