"""The process that would produce the act told ended, the process as the subject
(data/cancellations.json 'ended_processes'): 'Thousands of jobs at risk as Wilko rescue deal
collapses' and 'talks with holdout creditors broke down on Wednesday' for a market on reaching or
completing a deal; 'Fairfax Financial's bid to buy BlackBerry has failed' and 'Fairfax Deal Dies' for a definitive
agreement (a bid or an offer only when no other party owns it: not 'a rival bid by Lenovo');
'last minute negotiations to save the business failed' for a rescue; 'the search
was called off' for a market on locating a wreck. An analyst reads these as the act off for the
window, as surely as 'the deal was cancelled', though the act's own words are not in them: talks and
a deal are how an agreement, a sale or a rescue comes about, a search how a wreck is found, a listing
how shares begin to trade.

The noun must be one whose words the market's question holds (a noun of talks or a deal for a
question on a deal, an agreement, a sale, a settlement, a rescue …), and the subject of the ending
verb: the verb comes after it, past its modifiers ('talks with holdout creditors', 'the underwater
search for …'), with no other verb, clause break or relative word between. The verb is told as done
(past, or a headline's present), not negated, not conditional, not in a concessive; the sentence
names a market party; nothing in it revives the process ('talks resumed'). 'End' counts only as
'ended without' ('talks ended without a deal'). A pause ('suspended', 'put on hold') ends nothing,
and talks toward forming a government are not read (a coalition is formed after many broken talks).
Read by rules/ruled_out.py as the act called off, dated in the window."""

from __future__ import annotations

from functools import lru_cache

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause, lemmas_of, tokenize
from .verb_aspect import concessive_adjunct, past_tense_verb, verb_form

_ALL = load_json("cancellations.json")
_DATA = _ALL["ended_processes"]
_DEAL = frozenset(_DATA["deal_words"])
NOUNS: dict[str, frozenset[str]] = {n: _DEAL if ws == "deal" else frozenset(ws) for n, ws in _DATA["nouns"].items()}
ENDINGS = frozenset(_DATA["endings"])
PHRASAL = tuple(tuple(p.split()) for p in _DATA["phrasal"])
_PHRASAL_FIRST = frozenset(p[0] for p in PHRASAL)
_END_NEEDS = _DATA["end_needs"]
REVIVED = frozenset(_ALL["dropped_plans"]["revived"])
# acts that end or undo their object ('Will Honda and Nissan formally end merger talks?'): an ending of
# the talks is the act itself, not the act called off
_ENDING_ACTS = ENDINGS | frozenset(_ALL["undoing"]) | frozenset(p[0] for p in PHRASAL)
REACH = 12  # words after the noun within which its predicate must stand
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "being", "got", "get", "gets"})
_ADVERBS = frozenset({"now", "again", "also", "then", "finally", "reportedly", "apparently", "officially", "formally",
                      "all", "effectively", "eventually", "ultimately", "just", "suddenly"})
# words that open another clause or a relative: what follows is not the noun's predicate
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "which", "that", "who", "whom", "whose", "and", "but", "or",
                     "while", "as", "after", "before", "when", "because", "since", "if", "though", "although",
                     "will", "would", "could", "may", "might", "must", "should", "can", "not", "n't", "never"})


@lru_cache(maxsize=256)
def _asked(terms: tuple[str, ...]) -> frozenset[str]:
    """Process nouns the market's act and object are about: those one of whose words the act's
    forms or the object's terms hold ('complete a deal to buy …', 'reach a settlement'; not
    'win the referendum on the peace deal', whose deal is what is voted on)."""
    words = {lem for w in terms for t in tokenize(w) for lem in lemmas_of(t.lower) | {t.lower}}
    return frozenset(n for n, ws in NOUNS.items() if words & ws)


def _ending_at(f: SentenceFacts, k: int) -> tuple[str, str] | None:
    """(the ending's words, its lemma) when token k starts an ending verb, else None."""
    toks = f.sent.tokens
    t = toks[k]
    lemma = next(iter(sorted(t.lemmas & ENDINGS)), None)
    if lemma == "end":
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        return (f"{t.text} {toks[k + 1].text}", lemma) if nxt == _END_NEEDS else None
    if lemma == "fail" and k + 1 < len(toks) and toks[k + 1].lower == "to":
        return None  # 'talks have failed to achieve a breakthrough': a round that failed, the talks go on
    if lemma is not None:
        return t.text, lemma
    if _PHRASAL_FIRST.isdisjoint(t.lemmas):
        return None
    for p in PHRASAL:
        if p[0] in t.lemmas and [x.lower for x in toks[k + 1:k + len(p)]] == list(p[1:]):
            return " ".join(x.text for x in toks[k:k + len(p)]), p[0]
    return None


def _predicate(f: SentenceFacts, j: int) -> tuple[int, str, str] | None:
    """The ending verb whose subject is the process noun at j: (its index, words, lemma)."""
    toks = f.sent.tokens
    between = False
    for k in range(j + 1, min(len(toks), j + REACH + 2)):  # (the comma closing a subject is no word)
        if k == j + REACH + 1 and not any(toks[n].text == "," for n in range(j + 1, k)):
            return None
        low = toks[k].lower
        if low == "between":
            between = True  # 'talks between Argentina and the holdouts': its 'and' joins the parties
        elif low == "and" and between:
            between = False
            continue
        if low == "," and _comma_before_predicate(f, k):
            continue  # 'The proposed takeover of X by Y, has been abrogated': a long subject set off by a comma
        if low in _BREAKS:
            return None
        found = _ending_at(f, k)
        if found is not None:
            return k, found[0], found[1]
        if low in _AUX or low in _ADVERBS or low.endswith("ly"):
            continue
        if verb_form(low) or past_tense_verb(low):
            return None  # another verb: 'talks led by …', 'the deal reached in May'
    return None


def _comma_before_predicate(f: SentenceFacts, k: int) -> bool:
    """The comma at k closes the subject: an auxiliary follows it, then only auxiliaries or adverbs up to an
    ending verb ('…, has been abrogated', '…, had officially collapsed'); none other opens before it."""
    toks = f.sent.tokens
    if k + 1 >= len(toks) or toks[k + 1].lower not in _AUX:
        return False
    m = k + 1
    while m < len(toks) and (toks[m].lower in _AUX or toks[m].lower in _ADVERBS):
        m += 1
    return m < len(toks) and _ending_at(f, m) is not None


# what may follow a process noun that is its phrase's head ('the offer for X has lapsed', 'the deal, has lapsed')
_HEAD_ENDS = _AUX | _ADVERBS | frozenset({",", "for", "with", "between", "by", "of", "to"})
_OWNERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "proposed", "planned", "original"})
_PREPS = frozenset({"for", "of", "on", "to", "with", "about", "over", "under", "in", "after"})


def _in_phrase(toks, j: int) -> bool:
    """The process noun at j stands in a prepositional phrase ('agreed for FirstRand's offer'): past its
    determiners and owners, a preposition before it; it is no subject."""
    k = j - 1
    while k >= 0 and j - k <= 4 and (toks[k].lower in _OWNERS or toks[k].text[:1].isupper()
                                     or toks[k].text.endswith(("'s", "’s"))):
        k -= 1
    return k >= 0 and toks[k].lower in _PREPS


_BIDS = frozenset({"bid", "bids", "offer", "offers"})
_RIVAL = frozenset({"rival", "competing", "counter", "hostile", "separate", "another", "other", "second"})


def _others_bid(ctx: MarketContext, f: SentenceFacts, j: int, k: int) -> bool:
    """A bid or offer told as another's: 'a rival bid', 'Lenovo's offer', 'a bid by Lenovo' (a name before it or
    after 'by' that is none of the market's actors); 'Fairfax Financial's bid to buy BlackBerry' is the market's."""
    toks = f.sent.tokens
    a = j
    while a > 0 and toks[a - 1].lower not in _BREAKS and j - a < 5:
        a -= 1
    before = toks[a:j]
    if any(t.lower in _RIVAL for t in before):
        return True
    by = next((n for n in range(j + 1, k) if toks[n].lower == "by"), None)
    owner = [t for t in before if t.text[:1].isupper() and t.lower not in ("the", "a", "an")] + \
        ([t for t in toks[by + 1:min(k, by + 4)] if t.text[:1].isupper()] if by is not None else [])
    if not owner:
        return False
    text = " ".join(t.text for t in owner)
    return not any(p.search(text) for p in ctx.actor_patterns.values())


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the ending verb's index, the words 'talks … broke down') when the sentence tells the process
    toward the market's act ended, else None."""
    if not f.actors or ctx.act_verbs & _ENDING_ACTS:
        return None
    target = ctx.target
    asked = _asked(tuple(target.object_terms) + tuple(target.act_forms) + ((target.act,) if target.act else ()))
    if not asked:
        return None
    toks = f.sent.tokens
    if any(t.lemmas & REVIVED for t in toks):
        return None  # 'talks that collapsed in May resumed on Monday'
    for j, t in enumerate(toks):
        if t.lower not in asked:
            continue
        pred = _predicate(f, j)
        if pred is None:
            continue
        k, words, lemma = pred
        if lemma == "lapse" and (j + 1 < k and toks[j + 1].lower not in _HEAD_ENDS or _in_phrase(toks, j)):
            continue  # 'the offer period has lapsed', 'the time frame agreed for the offer … has lapsed': a time ran out
        if t.lemmas & ctx.act_verbs or toks[k].lemmas & ctx.act_verbs:
            continue  # 'Will the merger be terminated?': the ending is the act
        if t.lower in _BIDS and _others_bid(ctx, f, j, k):
            continue  # 'a rival bid by Lenovo for BlackBerry failed': another party's bid
        told = aspect(f.sent, k, lemma)
        if f.sent.headline and told in ("noun", "present"):
            told = "past"  # 'Argentina talks with holdouts collapse': the subject's own verb, a headline's present
        if told != "past" or negation(f, k) or conditional_clause(f.sent, k) \
                or concessive_adjunct(f.sent, k):
            continue
        said = " ".join(x.text for x in toks[j:k]) if k - j <= 3 else f"{t.text} …"
        return k, f"{said} {words}"
    return None
