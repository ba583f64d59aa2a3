"""A post named by its title: a market on someone leaving, taking or keeping 'his post as Nigeria's Minister of Mines
and Steel Development' has the generic noun ('post') for its object, and a report names the post by its title instead
('has resigned as the Minister of Mines and Steel Development'). The title's first word after 'as' (a determiner or a
possessive between allowed), with another of the title's own words after it, stands for the object. Only for a
generic post noun (post, position, role, job, office, seat) the question qualifies with 'as' and a capitalised title.
Read by analysis.sentence_facts when no other word names the object. Pure; word shapes only."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import Sentence

_POSTS = frozenset({"post", "position", "role", "job", "office", "seat", "portfolio"})
_LINKS = frozenset({"of", "and", "for", "the", "&"})
# 'post as Nigeria's Minister of Mines and Steel Development', 'his role as Chief Executive Officer'
_TITLE = re.compile(r"\b(?P<noun>post|position|role|job|office|seat|portfolio)\s+as\s+(?:(?:the|its|his|her|their)\s+)?"
                    r"(?:[A-Z][\w.-]*['’]s\s+)?(?P<title>[A-Z][\w-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w-]*){0,6})")
_BEFORE = frozenset({"the", "its", "his", "her", "their", "a"})
_REACH = 8  # tokens after the title's first word where another of its words must stand


@lru_cache(maxsize=1024)
def title_words(question: str) -> tuple[str, ...]:
    """The title's words in lower case, first word first ('minister', 'mines', 'steel', 'development'); empty when the
    question names no post by a title."""
    m = _TITLE.search(question)
    if not m:
        return ()
    return tuple(w.lower() for w in m.group("title").split() if w.lower() not in _LINKS)


def positions(question: str, heads: frozenset[str], sent: Sentence) -> list[int]:
    """The index of the title's first word where the sentence names the post by its title after 'as' ('resigned as the
    Minister of Mines'), when the market's object is a generic post noun; else []."""
    if not heads & _POSTS:
        return []
    words = title_words(question)
    if len(words) < 2:
        return []
    toks = sent.tokens
    rest = set(words[1:])
    for i, t in enumerate(toks):
        if t.lower != words[0] or i == 0:
            continue
        k = i - 1
        while k > 0 and (toks[k].lower in _BEFORE or toks[k].lower.endswith(("'s", "’s"))):
            k -= 1
        if toks[k].lower != "as":
            continue
        if any(x.lower in rest for x in toks[i + 1:i + 1 + _REACH]):
            return [i]
    return []


# An office's own noun and its holder's title ('presidency': 'president'), from contests.json's office nouns
_HOLDERS: dict[str, tuple[str, ...]] = {}
for _holder, _nouns in load_json("contests.json")["elected_to_win"]["office_nouns"].items():
    for _noun in _nouns:
        _HOLDERS[_noun] = (*_HOLDERS.get(_noun, ()), _holder)
_HOLDERS.setdefault("premiership", ("premier", "prime minister"))
_HOLDERS.setdefault("chancellorship", ("chancellor",))
_GENERIC = frozenset({"office", "post", "power"})
_PARTICLES = frozenset({"down", "aside", "from", "his", "her", "the", "its", "their"})
_STATE_WORDS = frozenset({"republic", "federation", "country", "nation", "state"})


def office_named_generically(target, question: str, heads: frozenset[str], sent: Sentence, act_idx: list[int]) -> list[int]:
    """For a market on someone leaving an office its own noun names ('leave the presidency'), a report of the leaving
    verb names the office generically or by its holder's title: 'has stepped down from office', 'left office',
    'resigned his post', 'stepped down as president' (not 'as vice president', nor 'as president of the club': after
    'of', only a word the question holds or the state's own: 'as president of Haiti'). The index of that noun or
    title for each such act verb; else []. Only for an event market of the 'leave' family."""
    from .act_families import family_key

    if target.kind != "event" or family_key(target.act or "") != "leave":
        return []
    holders = tuple(h for n in heads for h in _HOLDERS.get(n, ()))
    if not holders:
        return []
    toks, out, q = sent.tokens, [], question.lower()
    for i in act_idx:
        k = i + 1
        while k < len(toks) and k <= i + 3 and toks[k].lower in _PARTICLES:
            k += 1
        if k >= len(toks):
            continue
        if toks[k].lower in _GENERIC:
            if not (toks[k].lower == "office" and toks[k - 1].lower == "the"):  # 'left the office' may be a room
                out.append(k)
            continue
        if toks[k].lower != "as":
            continue
        j = k + 1
        if j < len(toks) and toks[j].lower == "the":
            j += 1
        for h in holders:
            words = h.split()
            if [t.lower for t in toks[j:j + len(words)]] != words:
                continue
            after = [t.lower for t in toks[j + len(words):j + len(words) + 4]]
            if after[:1] == ["of"] and not any(w in _STATE_WORDS or (w.isalpha() and w != "the" and w in q) for w in after[1:3]):
                break
            out.append(j)
            break
    return out
