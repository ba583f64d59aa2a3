"""A holder given a new term of the office (endings.json 'renewed_terms'): 'Ben Bernanke secured
confirmation to a second term as chairman of the Federal Reserve on Thursday', 'The U.S. Senate
confirmed Ben Bernanke's second term as head of the Federal Reserve Bank Thursday', 'Senate
confirms Bernanke for second term'. For a stays-true market on an office, a renewal told as done
(the holder named next to the verb, a new term within a few words after it) says the office goes
on past the deadline: read by rules/state_continues.py when it is dated by the deadline. A
nomination is no renewal ('renominate' is, for a body whose nominee is appointed); a sentence that
also tells an ending of the holder ('stepped down … days after getting re-elected for a fifth term')
is not read, nor one hedged, negated or in a condition."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from .lexicon import ENDING_VERBS
from .packaged import load_json
from .status_endings import holder_in, passive
from .text import conditional_clause

_DATA = load_json("endings.json")["renewed_terms"]
_VERBS = frozenset(_DATA["verbs"])
_NOUNS = frozenset(_DATA["nouns"])
_NOUN_VERBS = frozenset(_DATA["noun_verbs"])
_TERM = re.compile(r"^\W*(?:(?:for|to)\s+)?(?:(?:a|an|his|her|their|the)\s+)?(?:(?:" + "|".join(_DATA["ordinals"])
                   + r")\s+)(?:(?:\w+-year|full|consecutive)\s+)*(?:" + "|".join(_DATA["terms"]) + r")\b", re.I)
_REACH = 6  # words after the verb (or noun) within which the holder's name may come before the term


def _term_after(f: SentenceFacts, k: int, b: int) -> str | None:
    """A new term named within a few words after token k in its clause ('for second term', "Ben
    Bernanke's second term"), the words from k's end to the term's end, or None."""
    toks = f.sent.tokens
    start = toks[k].start + len(toks[k].text)
    for j in range(k + 1, min(b, k + 1 + _REACH)):
        m = _TERM.match(f.sent.text[toks[j].start - (1 if toks[j].start else 0):])
        if m:
            return f.sent.text[start:toks[j].start + m.end()].strip()
    return None


def _ended(f: SentenceFacts) -> bool:
    return any(t.lemmas & ENDING_VERBS for t in f.sent.tokens)


def renewed(ctx: MarketContext, f: SentenceFacts):
    """(token, wording, span) of the holder's new term told as done, or None."""
    if _ended(f):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verb = tok.lemmas & _VERBS
        noun = tok.lower in _NOUNS and i > 0 and bool(
            next((t for t in reversed(toks[max(0, i - 3):i]) if t.lemmas & _NOUN_VERBS), None))
        if not (verb or noun):
            continue
        k = i if verb else next(j for j in range(i - 1, max(-1, i - 4), -1) if toks[j].lemmas & _NOUN_VERBS)
        lemma = sorted(toks[k].lemmas & (_VERBS if verb else _NOUN_VERBS))[0]
        if aspect(f.sent, k, lemma) != "past" and not f.sent.headline:
            continue
        if negation(f, k) or conditional_clause(f.sent, k):
            continue
        a, b = f.sent.clause_of(i)
        term = _term_after(f, i, b)
        if term is None:
            continue
        before = f.sent.text[toks[a].start:toks[k].start]
        after = term.split(" term")[0]
        # the holder: the subject of 'secured confirmation' or of a passive ('was re-elected'), or the
        # object right after an active verb ('confirmed Ben Bernanke's second term')
        if not (holder_in(ctx, before) and (noun or passive(f, k)) or verb and not passive(f, k) and holder_in(ctx, after)):
            continue
        head = f.sent.text[toks[k].start:tok.start + len(tok.text)]
        return k, f"'{head} {term}'", event_time(f, k)
    return None
