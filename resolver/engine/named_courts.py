"""A court named by its own name as the market's doer ('Will the International Court of Justice rule against
Japan's Antarctic whaling program …?'), and the court the news tells doing the act. A court is the market's when
the words that tell it (before 'court': 'The UN's top court', 'The World Court'; its own name after it: 'Court of
Justice'; its seat after 'in': 'the court in The Hague') are all words of the market's court: its own name, its
initials, or what courts.json 'named_courts' lists for it (other names, the body it belongs to, its seat), or
when no word tells it ('the Court'). A court told by a capitalised word of no such kind ('A Tokyo court', 'The EU
court', 'The Supreme Court', 'a Japanese court') or by a level word ('a federal court', 'an appeals court') is
another court, and its ruling is not the market's doer's. Read by roles.other_agent. Pure; word lists only."""

from __future__ import annotations

from .courts import COURT_WORDS, market_levels, of_name_end
from .packaged import load_json
from .text import Sentence

_DATA = load_json("courts.json")
_LEVEL_WORDS = frozenset(w for group in _DATA["levels"] for w in group)
_KNOWN = {c["name"]: frozenset(c["words"]) for c in _DATA["named_courts"]}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_LINKS = frozenset({"of", "for", "the", "on", "and"})
_QUALIFIER_REACH = 4  # words before 'court' read as what tells it
_GAP = frozenset({"on", "in", "at", "last", "this", "late", "early", "earlier", "also", "has", "have", "had", "was",
                  "were", "is", "first", "then", "now", "finally", "unanimously", "today", "yesterday", ",", "which",
                  "who", "that"})


def _plain(word: str) -> str:
    """The word lowercased, without a possessive, a closing stop or a '-based' ('Hague-based')."""
    return word.lower().removesuffix("'s").removesuffix("’s").removesuffix("-based").rstrip(".")


def market_court(actors: list[str]) -> frozenset[str] | None:
    """The words that tell the market's court when one of its actors is a court named by its own name (a court
    word with other words: 'International Court of Justice'; not by a level: 'Argentina's Supreme Court'): its
    name's words, their initials and what courts.json lists for it; None when no actor is such a court."""
    if market_levels(actors):
        return None  # a court named by its level ('Argentina's Supreme Court'): courts.other_level reads it
    for actor in actors:
        words = actor.split()
        if len(words) < 2 or not any(w.lower() in COURT_WORDS for w in words):
            continue
        low = [_plain(w) for w in words]
        told = set(low) | {"".join(w[:1] for w in low if w not in _LINKS)}
        told |= _KNOWN.get(" ".join(low), frozenset())
        return frozenset(told)
    return None


def _between_ok(sent: Sentence, end: int, i: int) -> bool:
    """Only adverbs, auxiliaries, a date or a seat ('in The Hague') between the court's name and its verb."""
    return all(t.lower in _GAP or t.text[:1].isupper() or t.text[:1].isdigit() for t in sent.tokens[end:i])


def court_subject(actors: list[str], sent: Sentence, a: int, i: int) -> tuple[str, bool] | None:
    """(the court's wording, whether it is another court than the market's) for the court that is the subject of
    the verb at token i in the clause starting at a, when the market's doer is a court named by its own name;
    None when the market's doer is no such court or no court is the verb's subject."""
    told = market_court(actors)
    if told is None:
        return None
    toks = sent.tokens
    head = next((k for k in range(i - 1, max(a, i - 10) - 1, -1) if toks[k].lower in COURT_WORDS), None)
    if head is None:
        return None
    end = of_name_end(sent, head, i)
    if not _between_ok(sent, end, i):
        return None
    lo = head
    while lo > a and head - lo < _QUALIFIER_REACH and toks[lo - 1].lower not in _DETERMINERS \
            and (toks[lo - 1].text[:1].isupper() or toks[lo - 1].text.isalpha() or toks[lo - 1].lower in ("'s", "’s")):
        lo -= 1
    words = [t.text for t in toks[lo:head]] + [t.text for t in toks[head + 1:end]]
    seat: list[str] = []  # the capitalised name right after 'in' ('in The Hague on March 31')
    if end < i and toks[end].lower == "in":
        for t in toks[end + 1:i]:
            if not t.text[:1].isupper():
                break
            seat.append(t.text)
    other = [w for w in words + seat if w.lower() not in _LINKS and _plain(w) and _plain(w) not in told and (
        w[:1].isupper() or _plain(w) in _LEVEL_WORDS)]
    wording = " ".join(t.text for t in toks[lo:end]) + (f" in {' '.join(seat)}" if seat else "")
    return wording, bool(other)
