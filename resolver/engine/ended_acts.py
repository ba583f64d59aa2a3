"""A lasting act told by its ending: 'NJ Transit strike ends as engineers approve tentative deal',
'reached a deal to end the rail strike Sunday', 'ended their 16-day walkout', 'the end of the
shutdown', 'the blockade was over'. A strike, a walkout, a shutdown or a blockade can end only once
it has begun, so for an event market on such an act (data/ended_acts.json 'nouns') a sentence
that tells the act's noun ended, or an agreement to end it, tells that it took place — by the time
of the ending, which rules/confirmation.py dates as it dates any act (the sentence's own time
expression, else the article's day).

Read: the market's act word as a noun (a determiner, a possessive, a number or a noun modifier
before it, not 'to' or a pronoun subject), either the object of an ending verb or noun ('to end the
rail strike', 'ended their 16-day strike', 'the end of the strike', at most four modifiers between)
or the subject of one right after it, or after a short phrase of capitalised names ('the strike ends', 'the
strike at Ryanair ended', 'has ended', 'is over', 'came to an end').
Not read: a noun made another instance or only a threat by its modifiers ('the planned strike',
'the last strike', 'any strike': 'not_this_one'), a noun that modifies another head ('the strike
threat', 'the strike vote': 'not_head'), an indefinite noun under an ending not told as done
('could end a strike'). Negation, conditionals and dating are left to the confirmation rule."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence
from .word_class import MODALS, PRONOUNS

_DATA = load_json("ended_acts.json")
NOUNS = frozenset(_DATA["nouns"])
_ENDING = frozenset(_DATA["ending_forms"])
_NOT_THIS = frozenset(_DATA["not_this_one"])
_NOT_HEAD = frozenset(_DATA["not_head"])
MARK = "(ended: an act that ends has taken place)"
# verbs that keep an act from happening ('reach agreement, avert strike'): the word right after one is its
# object, a noun, never the act's verb (rules/confirmation_gates.py)
AVERTING = frozenset({"avert", "avoid", "dodge", "forestall", "stave"})
_PP_LEADS = frozenset({"at", "by", "of", "on", "in", "across", "against"})
_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_BE = frozenset({"is", "was", "are", "were", "'s", "\u2019s"})
_AUX = frozenset({"has", "have", "had", "finally", "officially", "formally", "now", "effectively"})


def _head(toks, i: int) -> bool:
    """The act's noun at i heads its phrase: the next word is no noun it modifies ('the strike threat')."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return nxt not in _NOT_HEAD


def _modifiers_ok(toks, a: int, i: int) -> bool:
    """The words between a and i may stand inside the act's noun phrase, none making it another instance."""
    for k in range(a, i):
        w = toks[k].lower
        if w in _NOT_THIS or w.isdigit() and len(w) == 4 or w in (",", ";", "and", "or", "to", "that", "which"):
            return False
    return True


def _object_of_ending(toks, i: int) -> str | None:
    """'to end the rail strike', 'ended their 16-day walkout', 'the end of the shutdown'."""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = toks[k].lower
        if w == "of" and k >= 1 and toks[k - 1].lower in ("end", "ending"):
            return toks[k - 1].text if _modifiers_ok(toks, k + 1, i) else None
        if w in _ENDING:
            if not _modifiers_ok(toks, k + 1, i):
                return None
            if toks[k + 1].lower in ("a", "an") and (w in ("end", "ends") and k >= 1 and toks[k - 1].lower in MODALS):
                return None  # 'could end a strike': an instance still to come
            return toks[k].text
        if w in PRONOUNS - {"its"} or w in ("to", "not", "no"):
            return None
    return None


def _subject_of_ending(toks, i: int) -> str | None:
    """'the strike ends', 'the shutdown has ended', 'the blockade was over', 'came to an end'."""
    if i >= 1 and (toks[i - 1].lower in ("to", "not") or toks[i - 1].lower in PRONOUNS or toks[i - 1].lower in MODALS):
        return None  # 'to strike', 'they strike': the verb
    a = i - 1
    while a >= 0 and i - a <= 4 and toks[a].lower not in _DETS and toks[a].lower not in (",", ";", ":"):
        a -= 1
    if not _modifiers_ok(toks, max(0, a), i):
        return None
    k = i + 1
    if k < len(toks) and toks[k].lower in _PP_LEADS:  # 'the strike at Ryanair ended': a short place or party
        k = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].lower in _ENDING | _BE | _AUX
                  or not (toks[m].text[:1].isupper() or toks[m].lower in ("the", "its", "their"))), k)
    while k < len(toks) and toks[k].lower in _AUX:
        k += 1
    if k >= len(toks):
        return None
    w = toks[k].lower
    if w in ("ends", "ended"):
        return toks[k].text
    if w in _BE and k + 1 < len(toks) and toks[k + 1].lower == "over":
        return f"{toks[k].text} over"
    if w in ("came", "comes", "come") and [t.lower for t in toks[k + 1:k + 4]] == ["to", "an", "end"]:
        return f"{toks[k].text} to an end"
    return None


def ended(sent: Sentence, act_idx: list[int]) -> tuple[int, str] | None:
    """The act noun (one of act_idx) told as ended, with the ending's words, or None."""
    if "end" not in sent.lower_text and "over" not in sent.lower_text:
        return None
    toks = sent.tokens
    for i in act_idx:
        if toks[i].lower not in NOUNS or not _head(toks, i):
            continue
        said = _object_of_ending(toks, i) or _subject_of_ending(toks, i)
        if said:
            return i, said
    return None
