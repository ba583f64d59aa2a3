"""A prize taken: verbs that report winning a prize only when their own object is the prize ('Sean
Penn earned his second Oscar for best actor', 'received the award for best film'), not a
nomination or a place in the field ('earned a best actor nomination', 'received two nods') nor
anything else earned or received ('earned $5 million', 'received a standing ovation').
Data: contests.json 'prize_taking_verbs'; the prize heads are categories.json's and the title
words contests.json's."""

from __future__ import annotations

from . import claimed_wins
from .categories import PRIZE_HEADS
from .contests import NOMINATION_NOUNS, TITLE_WORDS, WIN_NOUNS
from .packaged import load_json
from .text import Sentence
from .word_class import verb_at

PRIZE_TAKING = frozenset(load_json("contests.json")["prize_taking_verbs"])
# verbs that take a title as the candidate's own win ('claimed the Formula One title'): mark() only
_TAKING_AS_ACT = PRIZE_TAKING | frozenset(load_json("contests.json")["title_claiming_verbs"])
# verbs that take a win noun as the candidate's own win on a field of play ('claimed a famous victory in …')
_CLAIMING = frozenset(load_json("contests.json")["title_claiming_verbs"])
# the words that end the verb's own object ('his second Oscar | for best actor')
_OBJECT_END = frozenset({",", ";", ":", "for", "of", "in", "at", "on", "to", "with", "after", "by", "and", "as", "from"})


def takes_prize(sent: Sentence, i: int, verbs: frozenset[str] = PRIZE_TAKING, heads: frozenset[str] = frozenset()) -> bool:
    """The verb at i is a prize-taking verb whose own object (the words after it, to the first
    preposition or comma, at most five) is headed by a prize or title word (or one of `heads`)
    and names no nomination."""
    toks = sent.tokens
    if not toks[i].lemmas & verbs:
        return False
    _, b = sent.clause_of(i)
    obj = []
    for k in range(i + 1, min(b, i + 6)):
        if toks[k].lower in _OBJECT_END:
            break
        obj.append(toks[k].lower)
    if not obj or any(w in NOMINATION_NOUNS for w in obj):
        return False
    return obj[-1] in PRIZE_HEADS or obj[-1] in TITLE_WORDS or obj[-1] in heads


def _claimed_victory(sent: Sentence, i: int) -> bool:
    """'Top-weight Gold Trip has claimed a famous victory in the 2022 Melbourne Cup': a claiming
    verb whose own object is a win noun, on a field of play (not a side's claim of victory in a
    vote, claimed_wins.py), reports the win itself; the confirmation's own gates check that the
    contest is the market's (a stage, a match of a series is not the whole)."""
    return takes_prize(sent, i, _CLAIMING, WIN_NOUNS) and claimed_wins.claimed_win(sent, i) is None


def mark(f) -> None:
    """Record the sentence's prize-taking verbs whose own object is the prize or a title ('Lewis
    Hamilton claimed the Formula One title', 'earned his second Oscar') as the act of a market
    asking a win (analysis.SentenceFacts `f`): the verb is the win, read by the win's own gates."""
    for i, tok in enumerate(f.sent.tokens):
        if i in f.act_idx or not tok.lemmas & _TAKING_AS_ACT or not (
                takes_prize(f.sent, i, _TAKING_AS_ACT) or _claimed_victory(f.sent, i)):
            continue
        f.act_idx.append(i)
        f.phrase_heads[i] = sorted(tok.lemmas & _TAKING_AS_ACT)[0]
        f.phrase_ends[i] = i + 1
    f.act_idx.sort()


# words of a prize's name that name no prize of their own ('the Prize', 'Best Actor': 'actor' does)
_GENERIC = frozenset({"best", "the", "of", "for", "in", "a", "an", "and", "top", "grand"})
_BE_DONE = frozenset({"was", "were", "is", "are", "been"})
_NOT_DONE = frozenset({"be", "will", "would", "could", "may", "might", "to", "should", "must", "being"})


def recipient_awarded(sent: Sentence, pattern, prize: set[str] | frozenset[str]) -> int | None:
    """'Margaret Atwood and Bernardine Evaristo jointly awarded Booker prize' (a headline drops the
    passive's auxiliary), 'X was awarded the Booker Prize': the recipient, named before 'awarded'
    in its clause, is the passive's subject, and the verb's own object (the words after it, no
    'to' among them: 'awarded the prize to Y' is the giver's act) names the prize. The verb's
    index, else None. Not 'will be awarded', 'is to be awarded', nor a body sentence's bare
    'awarded' (an active verb: its subject gave the prize)."""
    toks = sent.tokens
    prize = {w for w in prize if w not in PRIZE_HEADS and w not in _GENERIC}  # the market's own prize words
    if not prize:
        return None
    for j, tok in enumerate(toks):
        if tok.lower != "awarded":
            continue
        prev = {w.lower for w in toks[max(0, j - 3):j]}
        absolute = toks[j - 1].lower == "being" and _absolute_with(sent, j - 1) if j else False
        if not absolute and (prev & _NOT_DONE or not (prev & _BE_DONE or sent.headline)):
            continue
        a, b = sent.clause_of(j)
        obj = []
        for k in range(j + 1, min(b, j + 9)):
            if toks[k].lower in (",", ";", ":", "after", "by", "in", "on", "at", "with"):
                break
            obj.append(toks[k])
        if not obj or any(t.lower == "to" for t in obj):
            continue
        if not any(t.lower in prize or t.lemmas & prize for t in obj):
            continue
        work = next((n for n, t in enumerate(obj) if t.lower == "for"), None)
        titled = " ".join(t.text for t in obj[work + 1:work + 5]) if work is not None and work + 1 < len(obj) \
            and obj[work + 1].text[:1].isupper() else ""
        if titled and pattern.search(titled):
            return j  # 'the director Michael Haneke being awarded the Palme d'Or for Amour': the work named after 'for'
        if not titled and pattern.search(sent.text[toks[a].start:tok.start]):
            return j  # (a titled work after 'for' that is not the candidate is another work of the one awarded)
    return None


def _absolute_with(sent: Sentence, k: int) -> bool:
    """'being' at token k opens the participle of an absolute 'with' phrase after a past verb ('the festival
    drew to a close with the director … being awarded …'): told as done, as the past verb is."""
    toks = sent.tokens
    w = next((n for n in range(k - 1, max(-1, k - 8), -1) if toks[n].lower == "with"), None)
    if w is None or any(t.lower in (",", ";") for t in toks[w:k]):
        return False
    return any(verb_at(sent, n) is not None and verb_at(sent, n)[1] == "VBD" for n in range(w))
