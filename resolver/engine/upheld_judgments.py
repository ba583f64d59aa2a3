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
                        "judgment", "judgement", "decision", "term", "terms"})  # 'upheld his 2 1/2-year prison term'
_APPEALS = frozenset({"appeal", "appeals"})
_REACH = 6  # words after the verb its object may take ('rejected fallen politician Bo Xilai's appeal')


def _object_noun(f: SentenceFacts, i: int, nouns: frozenset[str]) -> int | None:
    """The judgment's or appeal's noun that is the verb's object: within a few words after it in its
    clause, before any clause break or coordination."""
    _, b = f.sent.clause_of(i)
    words = 0
    for k in range(i + 1, b):
        t = f.sent.tokens[k]
        if t.text in (",", ";", ":") or t.lower in _BREAKS:
            return None
        if t.lower in nouns:
            return k
        words += t.text[:1].isalpha()  # a figure's pieces ('2 1/2-year') and a stop ('Co.') are no words
        if words >= _REACH:
            return None
    return None


_BREAKS = frozenset({"and", "but", "while", "after", "because", "which", "that"})


def _owned_by_party(ctx: MarketContext, f: SentenceFacts, i: int, n: int) -> bool:
    """The noun at n is the party's own: '<party>'s appeal', 'his appeal' (the party named before
    the verb at i), or 'the appeal of/by <party>' — not 'the appeal of <party>'s former aide'."""
    text, toks = f.sent.text, f.sent.tokens
    before = text[toks[i].start + len(toks[i].text):toks[n].start]
    after = text[toks[n].start + len(toks[n].text):]
    of = re.match(r"\s+(?:of|by)\s+", after)
    for p in ctx.actor_patterns.values():
        m = p.search(before)
        while m:  # '<party>'s appeal', one word between at most ('Bo Xilai's latest appeal')
            if re.fullmatch(r"['’]s\s+(?:[\w/⁄.-]+\s+){0,4}", before[m.end():]):  # "Horie's 2 1/2-year prison term"
                return True
            m = p.search(before, m.end())
        m = p.match(after, of.end()) if of else None
        if m and not re.match(r"['’]s\b", after[m.end():]):
            return True  # 'the appeal of <party>', not 'the appeal of <party>'s former aide'
    if re.search(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?$", before, re.I):
        return any(p.search(text[:toks[i].start]) for p in ctx.actor_patterns.values())
    return False


def upheld(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of an appeal decided against an overturn the market asks for; else None."""
    if not f.actors or family_key(ctx.target.act or "") != "overturn" and not cut_judgment(ctx):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verb = tok.lemmas & (_UPHOLD | _REFUSE | {"lose"})
        if not verb or aspect(f.sent, i, sorted(verb)[0]) != "past" or negation(f, i):
            continue
        if i > 0 and toks[i - 1].lower == "to":
            continue  # 'asked the court to uphold …': a request
        own = _own_decision_noun(ctx) if verb & _UPHOLD else None
        nouns = (_JUDGMENTS | {own} if own else _JUDGMENTS) if verb & _UPHOLD else _APPEALS
        n = _object_noun(f, i, nouns)
        if n is None:
            continue
        if "lose" in verb and not any(p.search(f.sent.text[:tok.start]) for p in ctx.actor_patterns.values()):
            continue  # the party itself lost the appeal
        if not _owned_by_party(ctx, f, i, n) and not (own and _the_market_decision(ctx, f, n, own)):
            continue
        words = f.sent.text[tok.start:toks[n].start + len(toks[n].text)]
        return i, f"'{' '.join(words.split())}' ({NOTE})"
    return None


# a judgment's length a court may cut ('reduce or suspend Takafumi Horie's prison sentence', 'cut his jail term'):
# upholding it keeps the length, as it keeps a conviction an overturn market asks about
_CUT_FAMILIES = frozenset({"cut", "pause"})
_CUT_JUDGMENTS = frozenset({"sentence", "term", "ban", "suspension", "penalty"})


def cut_judgment(ctx: MarketContext) -> bool:
    """The market asks a judgment's length cut (or suspended): 'reduce … prison sentence'."""
    return family_key(ctx.target.act or "") in _CUT_FAMILIES and bool(set(ctx.target.object_terms) & _CUT_JUDGMENTS)


# a decision the question itself asks overturned, named by its noun and the act it decided ('overturn the refusal
# to extradite Roman Polanski'): upholding that very decision ('upholds refusal to extradite filmmaker Roman
# Polanski') decides the other way
_DECISION_NOUNS = frozenset({"refusal", "denial", "rejection", "decision", "order", "ruling", "ban", "acquittal"})
_TO_ACT = re.compile(r"\s+to\s+([a-z]+)\b", re.I)


def _own_decision_noun(ctx: MarketContext) -> str | None:
    """The market object's noun when it is a decision followed by 'to' + its act ('the refusal to extradite …')."""
    terms = ctx.target.object_terms
    if len(terms) < 2 or terms[0] not in _DECISION_NOUNS:
        return None
    return terms[0] if re.search(rf"\b{terms[0]}\s+to\s+{re.escape(terms[1])}", ctx.market.question, re.I) else None


def _the_market_decision(ctx: MarketContext, f: SentenceFacts, n: int, noun: str) -> bool:
    """The noun at n is the market's decision: 'to' + the same act right after it and a market party named
    within a few words after that ('refusal to extradite filmmaker Roman Polanski')."""
    toks, text = f.sent.tokens, f.sent.text
    m = _TO_ACT.match(text, toks[n].start + len(toks[n].text))
    if m is None or toks[n].lower != noun:
        return False
    k = next((k for k in range(n + 1, len(toks)) if toks[k].start >= m.start(1)), None)
    if k is None or ctx.target.object_terms[1] not in toks[k].lemmas | {toks[k].lower}:
        return False
    stretch = text[m.end():toks[min(len(toks) - 1, k + _REACH)].start + len(toks[min(len(toks) - 1, k + _REACH)].text)]
    return any(p.search(stretch) for p in ctx.actor_patterns.values())


NOTE = "the appeal decided against the overturn asked"
_ON_APPEAL = re.compile(r"\bappeals?\b", re.I)


def appeal_asked(question: str, criteria: str = "") -> bool:
    """The question names the appeal as the occasion of the overturn ('… reduced on appeal by …'), or the
    criteria name the party's appeal the court rules on ('rules on … Horie's appeal'; not 'later appeals')."""
    return bool(_ON_APPEAL.search(question) or _RULED_APPEAL.search(criteria))


_RULED_APPEAL = re.compile(r"\b(?:rules?|ruling|decides?|hears?)\s+on\s+(?:[\w'’.-]+\s+){0,5}?appeal\b", re.I)

