"""Winning verbs made idioms by the noun right after them ('Tied for the British Open lead, Tom
Watson takes aim at becoming oldest major champion': aiming; 'taking part in the walkout': entering;
'Tiger Woods took control of the 69th Masters early this morning': leading; 'took advantage of ideal
weather conditions', 'take steps', 'take action': acting; 'they will not take ownership of the results', 'take
full responsibility': owning). A win-family verb such as 'take' followed at once (or past one modifier: 'full',
'personal') by one of these nouns (data: contests.json `verb_idioms`, `verb_idiom_modifiers`) reports no win of
anything, so a confirmation does not read it, nor does its negation ('will not take ownership') rule out a win
(but not entering or leading does). Not read when the question asks the idiom itself ('Will Iceland's
government … take control of Kaupthing Bank …?'): there it is the act."""

from __future__ import annotations

import re
from functools import lru_cache

from .act_families import family_key
from .packaged import load_json
from .text import Sentence

_IDIOMS: dict[str, frozenset[str]] = {verb: frozenset(nouns)
                                      for verb, nouns in load_json("contests.json")["verb_idioms"].items()}
_MODIFIERS = frozenset(load_json("contests.json")["verb_idiom_modifiers"])
_RULING_OUT = frozenset(load_json("contests.json")["verb_idioms_ruling_out"])


@lru_cache(maxsize=512)
def _asked(question: str, verb: str, noun: str) -> bool:
    """The question uses the idiom itself ('take control of …')."""
    forms = {"take": "take|takes|took|taking|taken"}.get(verb, re.escape(verb) + r"\w*")
    return re.search(rf"\b(?:{forms})\s+{re.escape(noun)}\b", question, re.I) is not None


def idiom(sent: Sentence, i: int, question: str) -> str | None:
    """The verb at token i and the noun after it, when together they are an idiom of another
    sense than winning ('takes aim'); else None."""
    toks = sent.tokens
    if i + 1 >= len(toks) or not toks[i].lemmas & _IDIOMS.keys():
        return None
    j = i + 2 if toks[i + 1].lower in _MODIFIERS and i + 2 < len(toks) else i + 1
    nxt = toks[j].lower
    for verb in sorted(toks[i].lemmas & _IDIOMS.keys()):
        if nxt in _IDIOMS[verb] and not _asked(question, verb, nxt):
            return f"'{' '.join(t.text for t in toks[i:j + 1])}' is an idiom of another sense, not a win"
    return None


def negated_idiom(act: str | None, sent: Sentence, j: int, question: str) -> str | None:
    """For a market on a win (its `act` of the win family), the verb at token j that a negated modal governs
    makes an idiom whose negation says nothing of the win ('they will not take ownership of the results',
    'will not take responsibility for …'): why, else None. Not entering or leading ('will not take part',
    'will not take control of the Senate': data `verb_idioms_ruling_out`), which do rule a win out."""
    if not act or family_key(act) != "win" or j + 1 >= len(sent.tokens):
        return None
    toks = sent.tokens
    k = j + 2 if toks[j + 1].lower in _MODIFIERS and j + 2 < len(toks) else j + 1
    if toks[k].lower in _RULING_OUT:
        return None
    told = idiom(sent, j, question)
    return told and f"the negated verb {told}: its negation rules out no win"


_DEAL_VERBS = frozenset({"strike", "seal", "clinch"})
_DEAL_NOUNS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "pact", "bargain", "contract",
                         "compromise", "settlement"})


def deal_idiom(sent: Sentence, i: int) -> bool:
    """'UPS and the Teamsters struck a tentative agreement': a verb of striking or sealing with a deal noun
    among the three words after it makes a deal, whatever noun of the same stem the market asks ('strike')."""
    toks = sent.tokens
    return bool(toks[i].lemmas & _DEAL_VERBS) and toks[i].lower not in ("strike", "strikes") \
        and any(t.lower in _DEAL_NOUNS for t in toks[i + 1:i + 4])  # ('strike' itself may be the noun: 'strike deal')
