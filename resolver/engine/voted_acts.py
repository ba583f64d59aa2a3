"""Acts a body does by voting: 'Lawmakers voted 134-104 to elect 41-year-old Kiril Petkov as prime
minister', 'The Senate voted 58-42 to confirm …', 'parliament voted unanimously to remove …',
'MPs voted on Thursday to impeach …'. For an act conferred or taken away by a chamber's vote
(electing, confirming, appointing, impeaching, removing, suspending, expelling), the vote is the
act: a done 'voted' (a headline's 'votes'), then only a tally, adverbs or a date before 'to' and
the act, reports it done. An agreement or decision to elect is not the election ('the coalition
agreed to elect X speaker' plans it), and a vote against a motion, or on a bill, to do it is not
the act done. Read by verb_aspect.aspect."""

from __future__ import annotations

import re

from .text import Sentence
from .word_class import verb_at

# Acts a body's vote or a court's ruling carries out by itself: once the members have voted to
# end the strike or to dissolve the house, or the court has ruled to annul the vote, the strike
# is over, the house dissolved, the vote annulled (read with 'voted', 'decided' or 'ruled' by mentions.py).
VOTE_EFFECTS = frozenset({"end", "accept", "approve", "ratify", "dissolve", "adopt", "pass", "reject", "impeach",
                          "expel", "remove", "oust", "unseat", "depose", "suspend", "lift", "repeal", "overturn", "annul",
                          "void", "vacate", "quash", "nullify", "invalidate", "rescind", "revoke", "cancel"})
# Offices and standings a chamber's vote confers or takes away: read after a done 'voted' only
VOTE_CONFERRED = frozenset({"elect", "re-elect", "reelect", "confirm", "appoint", "reappoint", "impeach", "remove",
                            "oust", "dismiss", "suspend", "expel", "censure"})
# what may stand between 'voted' and 'to': a tally, an adverb, a day or date ('134-104', 'unanimously', 'on Thursday')
_BETWEEN = re.compile(r"(?:\d{1,3}|[-–]|\w+ly|on|in|late|early|last|this|morning|afternoon|evening|night|"
                      r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                      r"january|february|march|april|may|june|july|august|september|october|november|december|"
                      r"\d{1,2}(?:st|nd|rd|th)?|,)", re.I)
_REACH = 8  # words from 'voted' to the act


def voted_to(sent: Sentence, i: int, lemmas: frozenset[str] | set[str]) -> bool:
    """The vote-conferred act at token i ('elect') follows 'to' after a done 'voted' (a headline's
    'votes'), with only a tally, adverbs or a date between."""
    toks = sent.tokens
    if not lemmas & VOTE_CONFERRED or i < 2 or toks[i - 1].lower != "to":
        return False
    a, _ = sent.clause_of(i)
    for k in range(i - 2, max(a, i - 2 - _REACH) - 1, -1):
        w = toks[k].lower
        if w == "voted" or (w == "votes" and sent.headline):
            return k == 0 or toks[k - 1].lower not in _NOT_DONE
        if not _BETWEEN.fullmatch(w) or w in ("only", "reportedly", "likely", "unlikely"):
            return False
    return False


# before 'voted': a modal, a negation or a condition ('would have voted', 'if parliament voted')
_NOT_DONE = frozenset({"not", "never", "n't", "if", "unless", "whether", "would", "could", "might", "may", "should",
                       "must", "have", "had"})


# 'formally decided at their board meetings Thursday to end …', 'ruled on Friday to annul …'
_DECIDED = frozenset({"voted", "decided", "ruled"})


def _after_voting(sent: Sentence, j: int, i: int) -> bool:
    """'are returning to work after voting to end their 16-day walkout', 'hours after voting to impeach
    her': a vote's gerund after 'after' (or 'having'), its infinitive right after it, is a vote already
    taken ('after voting on whether to end' is no vote to end)."""
    return (sent.tokens[j].lower in ("voting", "deciding") and j > 0 and j == i - 2
            and sent.tokens[j - 1].lower in ("after", "having"))


# between a vote and an infinitive: a vote against what the infinitive names ('voted against the effort to remove
# X', 'voted no on the bid to recall', 'voted down a motion to impeach')
_AGAINST = frozenset({"against", "down", "no"})


def turned_against(sent: Sentence, j: int, to: int, infinitive: bool = True) -> bool:
    """Between the vote (or decision) word at j and the 'to' at `to` stands a word of voting against ('voted
    against the effort to remove', 'voted down a motion to impeach') or an earlier infinitive ('voted to reject an
    attempt to impeach'): the vote decided against that effort, or decided another verb that governs it; the act
    after `to` is not what the vote decided. Without `infinitive`, only the words of voting against count."""
    toks = sent.tokens
    for k in range(j + 1, to):
        w = toks[k].lower
        if w in _AGAINST or (infinitive and w == "to" and k + 1 < to and verb_at(sent, k + 1) is not None):
            return True
    return False


def vote_decides(sent: Sentence, a: int, i: int) -> bool:
    """Token i is an act a past vote in its clause decides: 'voted to end', 'voted Monday to
    accept a contract offer and end their strike' (an infinitive coordinated with the first)."""
    if not sent.tokens[i].lemmas & VOTE_EFFECTS or i == 0:
        return False
    prev = sent.tokens[i - 1].lower
    window = range(max(a, i - 12), i - 1)
    voted = next((j for j in window if sent.tokens[j].lower in _DECIDED or _after_voting(sent, j, i)), None)
    if voted is None and prev == "to":  # 'voted shortly after 8:00pm on Wednesday (4 December) to pass': only a
        # time between the vote and its infinitive, no verb nor comma (the clause cut at 'after' or ':' is no clause)
        voted = next((j for j in range(max(0, i - 20), a) if sent.tokens[j].lower in _DECIDED and not any(
            t.text in (",", ";") or verb_at(sent, k) for k, t in enumerate(sent.tokens[j + 1:i - 1], j + 1))), None)
    if voted is None:
        return False
    if prev == "to":  # (not 'voted against the effort to remove', 'voted to reject a bid to oust': not the act decided)
        return not turned_against(sent, voted, i - 1)
    if prev not in ("and", "or"):
        return False
    to = next((j for j in range(voted + 1, i - 1) if sent.tokens[j].lower == "to"), None)
    return to is not None and not turned_against(sent, voted, to) and all(t.lower not in (",", ";") and t.text not in (",", ";")
                                  for t in sent.tokens[to:i])
