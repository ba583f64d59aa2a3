"""An announcement that the act is still to come (README 'How the engine decides', rule `confirmation`): 'The apex
court announced that verdict will be declared after investigating multiple aspects of the case' for a market on the
court announcing its verdict. The verb of the market's act takes a content clause ('that …') whose subject is the
market's thing and whose verb, after a marker of the future ('will', 'would', 'is to', 'is expected to'), is the act
again or a verb of delivering it ('declared', 'delivered', 'handed down', 'pronounced', 'issued'): what was announced
is the act to come, not the act. A content clause with another verb ('announced that the verdict was reserved',
'announced that the deal will close in June' for a market on announcing the deal) is not read here."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence

_DATA = load_json("announced_ahead.json")
_DELIVERING = frozenset(_DATA["delivering"])
_FUTURE = frozenset(_DATA["future"])
_BETWEEN = frozenset(_DATA["between"])
_BREAKS = frozenset({",", ";", ":", "but", "and", "while", "although", "though", "because"})
_REACH = 14  # words of the content clause read, from 'that'
_SUBJECT_GAP = 5  # words from the subject's noun to the marker of the future ('the verdict in the case will')
_COPULAS = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_DUE = frozenset({"expected", "due", "set", "scheduled", "likely", "going"})


def act_ahead(sent: Sentence, i: int, act_verbs: frozenset[str] | set[str], object_words: frozenset[str]) -> str | None:
    """The words 'announced that verdict will be declared' when the act verb at i takes a content clause that tells the
    market's thing (one of `object_words`, lowercase) as the subject of the act to come; else None."""
    toks = sent.tokens
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].lower in _BETWEEN:
        j += 1  # 'announced on Thursday that', 'announced today that'
    if j >= len(toks) or toks[j].lower != "that" or not object_words:
        return None
    subject = future = None
    verbs = _DELIVERING | frozenset(act_verbs)
    for k in range(j + 1, min(len(toks), j + 1 + _REACH)):
        t = toks[k]
        if t.lower in _BREAKS or t.text in _BREAKS:
            return None
        if subject is None:
            if t.lower in object_words:
                subject = k
            elif k - j > _SUBJECT_GAP:
                return None  # the clause's subject is another thing
            continue
        if future is None:
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            if t.lower in _FUTURE or t.lower in _COPULAS and (nxt == "to" or nxt in _DUE):
                future = k  # 'will be declared', 'is to be announced', 'is expected to be handed down'
            elif k - subject > _SUBJECT_GAP or t.lower in _COPULAS or t.lemmas & verbs:
                return None  # 'that the verdict was reserved': another verb, nothing to come
            continue
        if t.lemmas & verbs and t.lower not in ("be", "been") and k - future <= 4:
            return " ".join(x.text for x in toks[i:k + 1])
    return None
