"""The noun a market's bar counts, where the plain reading (quantities.count_noun_after: the
first lowercase plural within three words) finds none. News and market questions also write:
- the counted noun itself capitalised, as part of a name or an acronym: '150 or more Conservative
  MPs', 'more than 11 Academy Awards' (what is counted is the last word: MPs, awards);
- a name with a number in it before the noun: 'at least 5,000 Model 3 vehicles', 'more than 6
  million iPhone 5 units' (the number belongs to the name, the count is of vehicles, units);
- points a player, a team or an entry scores: 'score 50 or more points', 'finish … with at least
  525 points'. Points are otherwise an index's level ('close above 20,000 points'), a rate's move
  ('50 basis points', 'percentage points') or a margin ('win by more than 2 points'), none of which
  is a count of something scored, so points count only after a scoring verb or 'with', never
  after 'by'.

Read only after the bar (the text right after its number) and the question before it."""

from __future__ import annotations

import re

from .text import all_lemmas


def _plain_noun(text: str) -> str | None:
    from .quantities import count_noun_after  # (quantities reads this module at import)
    return count_noun_after(text)

# a capitalised word or a name's number, then the counted noun: 'Conservative MPs', 'Academy Awards',
# 'Model 3 vehicles', 'iPhone 5 units' (a name is at most three words; a lowercase word ends it)
_NAMED = re.compile(r"\s*(?P<name>(?:(?:[A-Z][\w'’-]*|[a-z]+[A-Z][\w-]*|\d+[A-Za-z]?)\s+){0,3}?)"
                    r"(?P<noun>[A-Za-z][a-z]+s|[A-Z]{2,}s)\b(?![’']s\b)")
# after the counted noun: a verb, a preposition or the end, not more of a name ('Awards Show')
_AFTER = re.compile(r"\s*(?:$|[,.?;:)]|[a-z])")
# scoring before the bar: 'score 50 or more points', 'scores at least 30', 'finish … with 525 points'
_SCORING = re.compile(r"\b(?:scor(?:e|es|ed|ing)|earn(?:s|ed)?|tall(?:y|ies|ied)|amass(?:es|ed)?|with)\s+"
                      r"(?:(?:at\s+least|more\s+than|over|fewer\s+than|less\s+than|a\s+total\s+of)\s+)?$", re.I)
_POINTS = re.compile(r"\s*(?:or\s+(?:more|higher|greater|fewer|less)\s+)?points\b", re.I)


def _plural(word: str) -> bool:
    """'Awards', 'MPs', 'vehicles': a plural noun (an acronym's plural is its letters and an 's')."""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    w = word.lower()
    nouns = all_lemmas(w).get("NOUN", ())
    return w.endswith("s") and bool(nouns) and (w not in nouns or listed_plural(w, nouns))


def named_count(after: str) -> str | None:
    """The counted noun of a bar whose noun is written capitalised or after a name with a number
    ('Conservative MPs' → mps, 'Academy Awards' → awards, 'Model 3 vehicles' → vehicles); None
    when the words after the number are not such a phrase."""
    m = _NAMED.match(after)
    if not m or not _AFTER.match(after[m.end():]):
        return None
    name, noun = m.group("name").split(), m.group("noun")
    if not name and noun[:1].islower():
        return None  # a plain lowercase noun is the plain reading's to find
    if not any(w[:1].isupper() or w[:1].isdigit() or re.match(r"[a-z]+[A-Z]", w) for w in name) \
            and noun[:1].islower():
        return None
    if name and name[-1][:1].isdigit() and not (len(name) >= 2 and (name[-2][:1].isupper() or re.match(r"[a-z]+[A-Z]", name[-2]))):
        return None  # a number in a name follows the name's word ('Model 3'), not another number
    if not _plural(noun):
        return None
    # 'one or more New England Patriots regular-season games': the name qualifies the noun that follows
    return _plain_noun(after[m.end():]) or noun.lower()


def scored_points(before: str, after: str) -> bool:
    """The bar counts points scored: 'points' right after it (past an 'or more') and a scoring verb
    or 'with' right before it ('score 50 or more points', 'with at least 525 points'); not after
    'by' (a margin) and never basis or percentage points."""
    return bool(_POINTS.match(after)) and bool(_SCORING.search(before))


# units of a clock: a time or a margin (durations.py, margins.py), measured, not counted
_CLOCK = frozenset({"seconds", "minutes", "hours"})


def listed_plural(word: str, nouns: tuple[str, ...]) -> bool:
    """'games': a plural the lemma list gives beside its singular ('game', 'games'), which the
    plain test (the word is not its own lemma) misses; not a unit of a clock."""
    return word[:-1] in nouns and word not in _CLOCK
