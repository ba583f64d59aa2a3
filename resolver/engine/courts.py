"""Which court: a court is told from another by the level words before 'court' ('Supreme
Court', 'appeals court', 'federal district court'; data/courts.json). When the market's doer
is a court named by its level, a court of another level doing the act is another doer ('An
Argentine appeals court on Wednesday upheld …' for Argentina's Supreme Court), and a headline's
court named by no level ('Argentina Court Upholds …') is the court its own article names doing
the act. Pure."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence, article_sentences

_DATA = load_json("courts.json")
_LEVEL = {w: group[0] for group in _DATA["levels"] for w in group}
COURT_WORDS = frozenset({"court", "courts", "tribunal", "tribunals"})
_REACH = 3  # words before 'court' read for its level ('federal appeals court')


def levels(words: list[str]) -> frozenset[str]:
    """The levels named by the words right before a court word (lowercase, nearest last)."""
    out = set()
    for w in reversed(words[-_REACH:]):
        w = w.lower().removesuffix("'s").removesuffix("\u2019s")
        if w in _LEVEL:
            out.add(_LEVEL[w])
        elif not w.isalpha() or w in ("the", "a", "an", "of"):
            break
    return frozenset(out)


def market_levels(actors: list[str]) -> frozenset[str]:
    """The levels of the courts among the market's actors ('Argentina's Supreme Court' → supreme)."""
    out: set[str] = set()
    for actor in actors:
        words = actor.split()
        for k, w in enumerate(words):
            if w.lower() in COURT_WORDS:
                out |= levels(words[:k])
    return frozenset(out)


def of_name_end(sent: Sentence, head: int, stop: int) -> int:
    """The token after a court's own name told after it ('Court of Session', 'Court of Appeal',
    'Court of Arbitration for Sport'): 'of' and capitalised words before `stop`; head + 1 when none."""
    toks = sent.tokens
    if head + 2 >= stop or toks[head + 1].lower != "of" or not toks[head + 2].text[:1].isupper():
        return head + 1
    k = head + 2
    while k < stop and (toks[k].text[:1].isupper() or (toks[k].lower == "for" and k + 1 < stop
                                                        and toks[k + 1].text[:1].isupper())):
        k += 1
    return k


def _name_levels(sent: Sentence, head: int, end: int) -> frozenset[str]:
    """The levels named by a court's own name after it ('Court of Appeal' → appeals)."""
    return frozenset(_LEVEL[w] for w in (t.lower for t in sent.tokens[head + 2:end]) if w in _LEVEL)


def other_level(wanted: frozenset[str], sent: Sentence, head: int, end: int | None = None) -> str | None:
    """The court phrase at token `head` when it names a level and none of the market's (the level
    told before the court word, or in its own name after it up to `end`: 'Court of Session')."""
    got = levels([t.text for t in sent.tokens[max(0, head - _REACH):head]])
    named = _name_levels(sent, head, end) if end and end > head + 2 else frozenset()
    if not wanted or not (got or named) or (got | named) & wanted:
        return None
    lo = max(0, head - _REACH)
    while lo < head and not any(t.lower in _LEVEL for t in sent.tokens[lo:lo + 1]):
        lo += 1
    return " ".join(t.text for t in sent.tokens[lo:max(head + 1, end or 0)])


def headline_court(wanted: frozenset[str], sent: Sentence, head: int, title: str, text: str,
                   act_lemmas: frozenset[str]) -> str | None:
    """For a headline's court named by no level: the court of another level that its article's
    body names doing the act ('An Argentine appeals court on Wednesday upheld …'), if any."""
    if not wanted or not sent.headline or levels([t.text for t in sent.tokens[max(0, head - _REACH):head]]):
        return None
    for body in article_sentences(title, text):
        if body.headline:
            continue
        toks = body.tokens
        for k, t in enumerate(toks):
            if t.lower not in COURT_WORDS:
                continue
            _, b = body.clause_of(k)
            if not any(toks[j].lemmas & act_lemmas for j in range(k + 1, min(b, k + 6))):
                continue
            other = other_level(wanted, body, k)
            if other:
                return f"{other} (the court its article names doing the act)"
    return None
