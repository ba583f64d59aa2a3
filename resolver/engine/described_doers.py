"""A doer described, not named: 'SPRINGFIELD, Ill - Illinois Gov. Pat Quinn has abolished the state's death
penalty. The Democrat signed legislation today abandoning capital punishment …'. 'The Democrat' is no
other party than Quinn: a party's member named by the party after 'the' ('The Democrat', 'the Texas
Republican', 'The Chicago Democrat', 'the 56-year-old Conservative') describes the person the sentence
before names; it never names one. The doer check (roles.other_agent) reads such a subject as the market's
actor when the sentence right before it in the article (not the headline) names one of the market's actors,
and as no one otherwise — never as another named party. A plural ('The Democrats') is the party, read as
before. Word list: `members` in data/party_names.json."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import article_sentences

_MEMBERS = tuple(load_json("party_names.json")["members"])
_PREFILTER = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in _MEMBERS), re.I)
_DETERMINER = frozenset({"the"})
_REACH = 6  # tokens between 'the' and the member word ('the Chicago Democrat', 'the 56-year-old Texas Republican')


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    return frozenset(w for m in _MEMBERS for w in [m.split()[-1]])


def described(toks, s: int, e: int) -> bool:
    """The subject run toks[s:e] ends on a party member's word in the singular after 'the' ('The Democrat',
    'the Texas Republican', 'the 56-year-old Republican'): a description of a person, not a name."""
    words = [t.lower for t in toks[s:e]]
    if not words or words[-1] not in _member_words():
        return False
    if words[0] in _DETERMINER:  # a sentence's first 'The' read into the run
        return len(words) - 1 <= _REACH
    for k in range(s - 1, max(-1, s - 1 - _REACH), -1):
        if toks[k].lower in _DETERMINER:
            return True
        if toks[k].text[:1].isupper() or not (toks[k].text[:1].isalnum() or toks[k].text == "-"):
            return False  # another name or punctuation before it: not one description
    return False


def refers_to_actor(ctx, f, s: int, e: int) -> bool:
    """The subject run toks[s:e] of a body sentence describes a party member and the sentence right
    before it in the article names one of the market's actors: the member is that actor."""
    sent = f.sent
    if sent.headline or not _PREFILTER.search(sent.text) or not described(sent.tokens, s, e):
        return False
    sents = article_sentences(f.article.title or "", f.article.text or "")
    k = sent.index - 1
    if k < 0 or k >= len(sents) or sents[k].headline or sents[k + 1].text != sent.text:
        return False
    before = sents[k].text
    return any(p.search(before) for p in ctx.actor_patterns.values())
