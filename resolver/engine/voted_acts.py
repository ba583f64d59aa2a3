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
