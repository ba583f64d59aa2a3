"""A party's hope or chance of the act told ended (data/cancellations.json 'dashed_hopes'):
'Novak Djokovic's hopes of playing at the Australian Open were dashed Sunday', 'the ruling ended
his dream of playing in Melbourne', 'Djokovic has lost his chance to play': the act will not come,
a report of what happened (not a forecast). Read by rules/ruled_out.py as the act called off.

The hope noun takes the act's own word ('of' + its gerund, or 'to' + its verb after a chance noun);
the ending verb is told as done (not 'could dash his hopes of playing'), unnegated, unconditional,
after the phrase in its clause or right before the phrase's owner; and the hope is a market actor's:
its possessive owner names one, or a pronoun owner stands for one named before it. 'His hopes of playing
were boosted' ends nothing."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("cancellations.json")["dashed_hopes"]
HOPES = frozenset(_DATA["hopes"])
CHANCES = frozenset(_DATA["chances"])
DASHING = frozenset(_DATA["dashing"])
LOSING = frozenset(_DATA["losing"])
AFTER = 12  # words after the act's word within which the ending verb must stand
_OWNERS = frozenset({"his", "her", "their", "its", "the", "'s", "’s", "s"})


def _hope_at(f: SentenceFacts, i: int) -> int | None:
    """The hope or chance noun taking the act's word at i ('hopes of playing', 'chance to play')."""
    toks = f.sent.tokens
    if i < 2:
        return None
    lead, noun = toks[i - 1].lower, toks[i - 2].lower
    if lead == "of" and toks[i].lower.endswith("ing") and noun in HOPES:
        return i - 2
    if lead == "to" and noun in CHANCES:
        return i - 2
    return None


def _ender(f: SentenceFacts, h: int, i: int) -> int | None:
    """The verb ending the hope at h (its act's word at i): after the phrase in its clause ('were
    dashed'), or before the phrase's owner ('ended his dream of', 'lost his chance to')."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    for k in range(i + 1, min(b, i + 1 + AFTER)):
        if toks[k].lemmas & DASHING and toks[k].lower.endswith("ed"):
            return k
    k = h - 1
    while k >= 0 and h - k <= 4 and (toks[k].lower in _OWNERS or toks[k].text[:1].isupper()):
        k -= 1  # the owner: 'his', 'Djokovic's', 'the Serb's'
    if k >= 0 and k < h and (toks[k].lemmas & DASHING or (toks[k].lemmas & LOSING and toks[h].lower in CHANCES)):
        return k
    return None


_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _owned_by_actor(ctx: MarketContext, f: SentenceFacts, h: int) -> bool:
    """The hope noun at h is a market actor's: its possessive owner right before it names one
    ('Novak Djokovic's hopes'), or a pronoun owner ('his chance') stands for one named before it.
    'the hopes of playing' has no owner."""
    toks = f.sent.tokens
    if h == 0:
        return False
    prev = toks[h - 1]
    if prev.lower in _PRONOUNS:
        return any(p.search(f.sent.text[:prev.start]) for p in ctx.actor_patterns.values())
    if not prev.lower.endswith(("'s", "’s")):
        return False
    k = h - 1
    while k > 0 and toks[k - 1].text[:1].isupper() and h - k < 4:
        k -= 1  # 'Novak Djokovic's'
    owner = f.sent.text[toks[k].start:prev.start + len(prev.text)]
    return any(p.search(owner) for p in ctx.actor_patterns.values())


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the ending verb's index, the words) when the sentence tells a market actor's hope or
    chance of the act ended, else None."""
    if not f.actors:
        return None
    toks = f.sent.tokens
    for i in f.act_idx:
        h = _hope_at(f, i)
        if h is None:
            continue
        k = _ender(f, h, i)
        if k is None or negation(f, k) or conditional_clause(f.sent, k):
            continue
        lemma = sorted(toks[k].lemmas & (DASHING | LOSING))[0]
        if aspect(f.sent, k, lemma) != "past":
            continue
        if not _owned_by_actor(ctx, f, h):
            continue  # the hope is a market actor's
        lo, hi = min(h, k), max(i, k)
        return k, " ".join(t.text for t in toks[lo:hi + 1]) if hi - lo <= 8 else \
            f"{toks[h].text} {toks[h + 1].text} {toks[i].text} … {toks[k].text}"
    return None
