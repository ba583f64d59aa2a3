"""What a verb of giving up takes, for a contest or a bid (guards read by rules/opposite_outcome.py and
dropped_plans.py):

- `other_object`: 'withdrew' in a who-wins market tells the contender leaving the contest only when it has no
  object ('withdrew on Friday', 'withdrew from the race') or its object is the contender's own entry or bid
  ('withdrew its bid', 'withdrew his candidacy'). 'Alcoa withdrew its objection to the Alcan deal', 'withdrew
  its support', 'withdrew troops' take away another thing; 'withdrew its offer for Reynolds Metals' gives up a
  bid for another target than the market's. Such a 'withdrew' is not the contest left.
- `replaced`: a bid given up and another put in its place in the same sentence ('withdrew its offer and tabled
  a higher one', 'replaced it with a sweetened bid') tells the bid raised, not dropped.

Word lists are data (`resolver/data/bid_objects.json`). Pure and cheap: a few token looks after the verb and
one regular expression over the rest of the sentence."""

from __future__ import annotations

import re
from typing import Iterable

from .packaged import load_json
from .text import Sentence

_DATA = load_json("bid_objects.json")
CONTEST_NOUNS = frozenset(_DATA["contest_nouns"])
_DETS = frozenset(_DATA["determiners"])
_NP_ENDS = frozenset(_DATA["np_ends"])
REACH = 6  # words after the determiner within which the object's head stands


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_REPLACING = re.compile(r"\b(?:(?:%s)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:%s)\b|(?:%s)\b)"
                        % (_alt(_DATA["replacing_adjectives"]), _alt(_DATA["replacing_heads"]),
                           _alt(_DATA["replacing_phrases"])), re.I)
_FOR = re.compile(r"\s+(?:for|of|to\s+(?:buy|acquire|take\s+over))\s+(?:the\s+)?"
                  r"(?P<who>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3})")


def _object_head(sent: Sentence, k: int) -> int | None:
    """The index of the head noun of the object noun phrase of the verb at k ('withdrew its $28 billion hostile
    offer' → 'offer'), or None when the verb takes no determiner-led object right after it."""
    toks = sent.tokens
    j = k + 1
    if j >= len(toks) or toks[j].lower not in _DETS and not toks[j].lower.endswith(("'s", "’s")):
        return None
    head = None
    for m in range(j + 1, min(len(toks), j + 1 + REACH)):
        if toks[m].lower in _NP_ENDS:
            break
        head = m
    return head


def other_object(sent: Sentence, k: int, own: Iterable[re.Pattern[str]]) -> str | None:
    """The thing the verb at k takes away when it is not the contender's entry in the market's contest: another
    noun ('its objection'), or a bid for another party than the market's (`own`: its actors' patterns); else
    None."""
    head = _object_head(sent, k)
    if head is None:
        return None
    tok = sent.tokens[head]
    if tok.lower not in CONTEST_NOUNS:
        return f"'{sent.tokens[k].text} … {tok.text}'"
    return other_target(sent, head, own)


def other_target(sent: Sentence, j: int, own: Iterable[re.Pattern[str]]) -> str | None:
    """'its offer for Reynolds Metals': the bid noun at j told for a party none of `own` (the market's actors'
    patterns) names; else None."""
    tok = sent.tokens[j]
    target = _FOR.match(sent.text, tok.start + len(tok.text))
    if target is not None and not any(p.search(target.group("who")) for p in own):
        return f"'{tok.text} for {target.group('who')}'"
    return None


def replaced(sent: Sentence, k: int) -> str | None:
    """The replacing bid told after the giving-up at k ('and tabled a higher one'), or None."""
    head = _object_head(sent, k)
    tok = sent.tokens[head if head is not None else k]  # (after the bid given up: 'withdrew its new offer' is no other)
    m = _REPLACING.search(sent.text, tok.start + len(tok.text))
    return m.group(0) if m else None


def taken(verbs: frozenset[str], sent: Sentence, k: int, own: Iterable[re.Pattern[str]]) -> frozenset[str]:
    """`verbs` (the opposite verbs found at k) without 'withdraw' when what it takes away is not the contender's
    entry in the market's contest (`other_object`) or the bid is replaced (`replaced`)."""
    if "withdraw" not in verbs or not (other_object(sent, k, own) or replaced(sent, k)):
        return verbs
    return verbs - {"withdraw"}
