"""A title given to a side (who-wins markets): 'Two second-half goals from Dani Carvajal and
Vinicius Junior gave Real Madrid their 15th UEFA Champions League title' names the winner as the
one the title was given to. Read only when the title phrase is the market's own contest: between
the possessive and the lowercase title word stand only ordinals and words of the market's object
('their first Premier League title' for a Champions League market is another contest's; 'gave
Real Madrid the lead' hands no title). The verbs are data (`resolver/data/contests.json`)."""

from __future__ import annotations

import re

from .analysis import SentenceFacts, aspect, negation
from .contests import NOT_NAMES, TITLE_WORDS, Reading, names_in
from .packaged import load_json

GIVING = frozenset(load_json("contests.json")["title_giving_verbs"])
_POSSESSIVES = frozenset({"their", "his", "her", "its"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?|st|nd|rd|th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                      r"|record|maiden", re.I)
_NEAR = 8  # tokens between the possessive and the title word, at most


def title_given(f: SentenceFacts, pattern: re.Pattern[str], object_terms: list[str]) -> Reading | None:
    """A giving verb, told done, whose first object is a proper name and whose second is that
    side's title of the market's contest: a Reading naming that side (None when it is the
    candidate: another rule's business)."""
    toks = f.sent.tokens
    terms = set(object_terms)
    for i, t in enumerate(toks):
        verbs = t.lemmas & GIVING
        if not verbs or aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i):
            continue
        _, b = f.sent.clause_of(i)
        k = i + 1
        while k < b and toks[k].text[:1].isupper() and toks[k].lower not in NOT_NAMES:
            k += 1
        if k == i + 1 or k >= b or toks[k].lower not in _POSSESSIVES:
            continue
        m = next((j for j in range(k + 1, min(b, k + 1 + _NEAR))
                  if toks[j].lower in TITLE_WORDS and toks[j].text.islower()), None)
        if m is None:
            continue
        between = toks[k + 1:m]
        named = [w for w in between if (w.lemmas | {w.lower}) & terms]
        if not named or any(w not in named and not _ORDINAL.fullmatch(w.text) for w in between):
            continue  # 'their first Premier League title': another contest's; 'their best chance of a title'
        winner = names_in(f, i + 1, k)
        if not winner or pattern.search(" ".join(winner)):
            return None
        return Reading(i, f"'{f.sent.text[t.start:toks[m].start + len(toks[m].text)]}'", (winner[0],))
    return None
