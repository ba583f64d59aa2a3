"""Judgments upheld on appeal: for a market on a court overturning a conviction, a sentence or a
ruling ('Will Bo Xilai's life sentence be overturned or reduced on appeal …?'), a court that
upheld the judgment ('upheld his conviction', 'affirmed the sentence of …') or turned down the
appeal against it ('rejected Bo Xilai's appeal against his conviction', 'dismissed her appeal',
'X lost his appeal') decided that appeal the other way. The judgment's noun or 'appeal' must be
the verb's own object, a few words after it in its clause, with the market's party named there
(or a possessive pronoun taking up the party the sentence names): 'rejected the appeal of his
aide' or 'upheld the ban on protests' say nothing of the party's own judgment. A request ('asked
the court to uphold …') or a negated verb is not a decision."""

from __future__ import annotations

import re

from .act_families import family_key
from .analysis import MarketContext, SentenceFacts, aspect, negation

# verbs of keeping a judgment, with its noun as their object
_UPHOLD = frozenset({"uphold", "affirm"})
# verbs of refusing an appeal, with 'appeal' as their object ('lost' only with the party as subject)
_REFUSE = frozenset({"reject", "dismiss", "deny", "refuse"})
_JUDGMENTS = frozenset({"conviction", "convictions", "sentence", "sentences", "verdict", "verdicts", "ruling",
                        "judgment", "judgement", "decision"})
_APPEALS = frozenset({"appeal", "appeals"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_REACH = 6  # words after the verb its object may take ('rejected fallen politician Bo Xilai's appeal')


def _object_window(f: SentenceFacts, i: int) -> list[str]:
    a, b = f.sent.clause_of(i)
    toks = f.sent.tokens[i + 1:min(b, i + 1 + _REACH)]
    out: list[str] = []
    for t in toks:
        if t.text in (",", ";", ":") or t.lower in ("and", "but", "while", "after", "because", "which", "that"):
            break
        out.append(t.text)
    return out


def _party_named(ctx: MarketContext, window: str, before: str) -> bool:
    """The market's party named in the object ('Bo Xilai's appeal'), or taken up there by a
    possessive pronoun after the party is named earlier in the sentence ('Bo … lost his appeal')."""
    if any(p.search(window) for p in ctx.actor_patterns.values()):
        return True
    return bool(set(window.lower().split()) & _POSSESSIVES) and any(p.search(before) for p in ctx.actor_patterns.values())


def upheld(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of an appeal decided against an overturn the market asks for; else None."""
    if family_key(ctx.target.act or "") != "overturn" or not f.actors:
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verb = tok.lemmas & (_UPHOLD | _REFUSE | {"lose"})
        if not verb or aspect(f.sent, i, sorted(verb)[0]) != "past" or negation(f, i):
            continue
        if i > 0 and toks[i - 1].lower == "to":
            continue  # 'asked the court to uphold …': a request
        window = _object_window(f, i)
        words = {w.lower() for w in window}
        nouns = _JUDGMENTS if verb & _UPHOLD else _APPEALS
        if not words & nouns:
            continue
        before = f.sent.text[:tok.start]
        if "lose" in verb and not any(p.search(before) for p in ctx.actor_patterns.values()):
            continue  # the party itself lost the appeal
        if not _party_named(ctx, " ".join(window), before):
            continue
        return i, f"'{tok.text} {' '.join(window)}' ({NOTE})"
    return None


NOTE = "the appeal decided against the overturn asked"
_ON_APPEAL = re.compile(r"\bappeals?\b", re.I)


def appeal_asked(question: str) -> bool:
    """The question names the appeal as the occasion of the overturn ('… reduced on appeal by …')."""
    return bool(_ON_APPEAL.search(question))

