"""Words that make a reported result a forecast ('polls', 'projected', 'would', 'favourite'), read in
the result verb's clause by rules/rival_outcome.py (data contests.json 'prediction', 'projection').

A favourite named as the doer of a verb told in the past ('The hometown favorite won big time at the
Festival de Cannes on Sunday night as France's "Blue Is the Warmest Color" walked off with the Palme
d'Or', 'pre-election favourite Rafsanjani had won 20.8 percent') tells the standing of one who did
something, not a forecast; 'the favourite to win' still is one."""

from __future__ import annotations

import re

from .packaged import load_json
from .text import Sentence, the_month
from .verb_aspect import past_tense_verb, verb_form

_DATA = load_json("contests.json")
PREDICTION = frozenset(_DATA["prediction"])
PROJECTION = frozenset(_DATA["projection"])
_FAVOURITES = frozenset({"favourite", "favorite", "favourites", "favorites"})
_SUBJECT_GAP = frozenset({"has", "have", "had", "easily", "duly", "comfortably", "eventually", "finally", "again"})
_SUBJECT_REACH = 4  # capitalised words or gap words between the favourite and its verb


def predicted(sent: Sentence, i: int, projections_count: bool = False) -> str | None:
    """A word in token i's clause that makes the result a forecast ('polls', 'projected', 'would');
    with `projections_count` (the criteria accept media projections), a projection is a result."""
    a, b = sent.clause_of(i)
    words = PREDICTION - PROJECTION if projections_count else PREDICTION
    # a capitalised word inside the sentence is a name, not a modal: 'the 6 May presidential elections'
    return next((t.text for k, t in enumerate(sent.tokens[a:b], start=a) if t.lower in words
                 and not (k > 0 and t.text[:1].isupper()) and not the_month(sent, k)
                 and not favourite_subject(sent, k) and not offer_bid(sent, k) and not titled_favourite(sent, k)
                 and not odds_defied(sent, k)
                 and not lost_bid(sent, k, a)), None)


# a bid that is an offer for a company, not an attempt still under way: 'beating a hostile bid by tech firm Prosus',
# 'rejected the rival bid from …', 'a £8.1bn takeover bid'
_OFFER_KINDS = frozenset({"hostile", "rival", "takeover", "competing", "counter", "sweetened", "higher", "cash", "all-cash",
                          "all-share", "unsolicited", "improved", "buyout", "acquisition", "bn", "billion", "million",
                          "pence", "cents"})
_GIVEN_UP = frozenset({"withdrew", "withdrawn", "withdrawing", "withdraws", "dropped", "dropping", "abandoned", "abandoning",
                       "scrapped", "pulled", "ditched", "retracted", "terminated"})
_SUM = re.compile(r"[$£€]?\d[\d.,]*(?:bn|m|b)$")  # '£5.5bn bid', '$3 billion bid' (its 'billion' above)


def offer_bid(sent: Sentence, k: int) -> bool:
    """Token k is 'bid' told as an offer for a company (a takeover's kind or a sum right before it: 'a hostile bid
    by tech firm Prosus', 'a £5bn bid'), not a forecast's 'bid to win'."""
    toks = sent.tokens
    if toks[k].lower not in ("bid", "bids"):
        return False
    return any(t.lower in _OFFER_KINDS or _SUM.match(t.lower) for t in toks[max(0, k - 2):k]) or any(
        t.lower in _GIVEN_UP for t in toks[max(0, k - 4):k])  # 'was withdrawing its bid for Alcan': the offer given up


_LOST = frozenset({"lost", "defeated", "beaten", "failed"})


def lost_bid(sent: Sentence, k: int, start: int = 0) -> bool:
    """Token k is 'bid' in 'in his/her/their/its bid' after a loss told earlier in its clause ('Wikler lost to Ken
    Martin … in his bid to lead the Democratic National Committee'): the bid ended in a result, no forecast."""
    toks = sent.tokens
    if toks[k].lower != "bid" or k < 2 or toks[k - 2].lower != "in" or toks[k - 1].lower not in ("his", "her", "their", "its"):
        return False
    return any(t.lower in _LOST for t in toks[start:k - 2])


def favourite_subject(sent: Sentence, k: int) -> bool:
    """Token k is a favourite word that is the subject of a verb told in the past ('The hometown
    favorite won', 'the conservative favorite has easily won'), past a name or a few gap words."""
    toks = sent.tokens
    if toks[k].lower not in _FAVOURITES:
        return False
    j = k + 1
    while j < len(toks) and j - k <= _SUBJECT_REACH and (toks[j].text[:1].isupper() or toks[j].lower in _SUBJECT_GAP):
        j += 1
    if j >= len(toks):
        return False
    return past_tense_verb(toks[j].text) or toks[j - 1].lower in ("has", "have", "had") and verb_form(toks[j].lower)


_ODDS_DEFIED = frozenset({"defied", "defying", "defies", "beat", "beating", "overcame", "overcoming", "bucked", "bucking",
                          "against"})


def odds_defied(sent: Sentence, k: int) -> bool:
    """Token k is 'odds' in a phrase that tells a result came about unforeseen ('defied the odds to sink hot favourites
    Egypt', 'won against all odds', 'beat the odds'): the odds were beaten, no forecast made."""
    toks = sent.tokens
    if toks[k].lower != "odds" or k < 2 or toks[k - 1].lower not in ("the", "all"):
        return False
    return toks[k - 2].lower in _ODDS_DEFIED


def titled_favourite(sent: Sentence, k: int) -> bool:
    """Token k is a favourite word written as a title right before a side's name, after a lowercase word ('to sink hot
    favourites Egypt', 'beat pre-tournament favourites Spain'): the side's standing before the result, as 'holders
    Egypt' is; 'the favourites to win', 'Favourites Egypt' opening the sentence are not read so."""
    toks = sent.tokens
    if toks[k].lower not in _FAVOURITES or k < 1 or k + 1 >= len(toks) or not toks[k - 1].text.islower():
        return False
    nxt = toks[k + 1].text
    return nxt[:1].isupper() and nxt.isalpha() and not (k + 2 < len(toks) and toks[k + 2].lower == "to")
