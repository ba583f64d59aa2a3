"""A first round's result read as the election's: two readings that keep a who-wins market open
while a run-off is still to come.

- A winning verb whose own object is a share of the vote of at most half ("Senegal's President
  Abdoulaye Wade won 34.8 percent of the vote in the presidential election, falling short of the
  absolute majority needed to avoid a run-off") tells how many votes a contender got, not that
  the contender won the contest: `share_won` returns the share's wording. A share above half is
  left to the other rules (a majority may settle a single-round contest).
- A place below first told in a sentence that also tells a run-off still to come ("means he will
  face former ally Macky Sall, who came second with 26.6 percent of the vote, in the run-off")
  is the first round's place, not a defeat in the contest: `runoff_ahead` is true for such a
  sentence. A place in a run-off told as past ("came second in the run-off") is still a defeat.

- Places told with two or more shares, none above half ('Wade finished first with 34.8 percent, while
  Macky Sall came second with 26.6 percent'), in a market whose terms admit a run-off, are a first
  round's: `no_majority_place`.
- A share told of the first round for a market on the run-off's share (or the reverse) is another
  occasion's figure: `other_round_figure` (read by rules/reported_figure.py).

Read by rules/rival_outcome.py. Pure and deterministic."""

from __future__ import annotations

import re

from .text import Sentence

HALF = 50.0
# the object of a winning verb: a share, optionally hedged, then 'of the vote' or nothing
_SHARE = re.compile(r"^\s*(?:(?:about|around|roughly|nearly|almost|just|only|over|under|some|a\s+mere)\s+)?"
                    r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)
_RUNOFF = re.compile(r"\b(?:run-?offs?|second\s+round|second-round)\b", re.I)
# the run-off told as still to come. One word list for both readings: a facing verb ('faces Frei in
# run-off', 'heads to a runoff'), a need ('Runoff Needed'), or, anywhere in the sentence, a future or
# a forcing ('will', 'must', 'forced', 'advances to')
_FACING = r"faces?|facing|to\s+face|will\s+(?:face|meet)|set\s+for|heads?\s+(?:to|for|into)|heading\s+(?:to|for|into)"
_NEED = r"needed|required"
_AHEAD = re.compile(rf"\b(?:{_FACING}|{_NEED}|will|shall|'ll|must|forced?|forcing|goes\s+to|go\s+to|going\s+to|"
                    r"advances?\s+to|advancing\s+to|qualif\w+\s+for)\b", re.I)


def share_won(sent: Sentence, i: int) -> str | None:
    """The winning verb at token i takes a share of the vote of at most half as its object ('won
    34.8 percent of the vote'): the share's wording, else None."""
    tok = sent.tokens[i]
    m = _SHARE.match(sent.text[tok.start + len(tok.text):])
    if not m or float(m.group("num")) > HALF:
        return None
    return m.group(0).strip()


def runoff_named(text: str) -> bool:
    """The text names a run-off or a second round (a market's occasion: 'runoff')."""
    return bool(_RUNOFF.search(text))


def runoff_ahead(sent: Sentence) -> bool:
    """The sentence names a run-off (or a second round) and tells it still to come."""
    return bool(_RUNOFF.search(sent.text)) and bool(_AHEAD.search(sent.text))


# a first place taken in a round: 'clinched top spot', 'took first place', 'the most votes'
_FIRST_PLACE = re.compile(r"\b(?:top\s+(?:spot|place|position)|first\s+(?:place|position)|the\s+most\s+votes|"
                          r"the\s+first\s+round|first-round\s+(?:vote|ballot|poll))\b", re.I)


def first_place_before_runoff(sent: Sentence, question: str) -> bool:
    """'Rafsanjani narrowly clinched top spot in Iran's nail-biting presidential election but now
    faces a run-off with his closest rival': a first place told in a sentence that tells a run-off
    still to come is the first round's, not the contest won (a market asking about a round or a
    first place itself is not read so)."""
    return runoff_ahead(sent) and bool(_FIRST_PLACE.search(sent.text)) and not _FIRST_PLACE.search(question) \
        and not _RUNOFF.search(question)


# shares of the vote in a sentence (not margins: 'percentage points' does not match 'percent\b')
_SHARES = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)


def no_majority_place(sent: Sentence, question: str, criteria: str) -> bool:
    """'Abdoulaye Wade finished first with 34.8 percent, while Macky Sall came second with 26.6
    percent', for a market whose terms admit a run-off ('including any runoff') and whose question
    is not on the run-off itself: the places are told with two or more shares, none above half, so
    no one won outright and the places are a first round's, not the election's result."""
    if not _RUNOFF.search(f"{question} {criteria}") or _RUNOFF.search(question):
        return False
    shares = [float(m.group(1)) for m in _SHARES.finditer(sent.text)]
    return len(shares) >= 2 and max(shares) <= HALF


_FIRST_ROUND = re.compile(r"\b(?:first|1st|opening|initial)[\s-]+(?:round|ballot)\b", re.I)


def other_round_figure(question: str, text: str, start: int) -> str | None:
    """The round label nearest the figure at `start` names another round than the market's
    ('Pavel won 35.4 percent of the vote in the first round' for a market on the runoff's share,
    or a run-off's share for a market on the first round): the label, else None. A sentence that
    names only the market's round, or neither, is left alone."""
    asks_runoff, asks_first = bool(_RUNOFF.search(question)), bool(_FIRST_ROUND.search(question))
    if asks_runoff == asks_first:
        return None
    labels = [(abs(m.start() - start), m.group(0), False) for m in _FIRST_ROUND.finditer(text)] + \
             [(abs(m.start() - start), m.group(0), True) for m in _RUNOFF.finditer(text)]
    if not labels:
        return None
    _, label, is_runoff = min(labels)
    return label if is_runoff != asks_runoff else None


# the same words placed: a facing verb right before the run-off, or a need right after it
_FACES_RUNOFF = re.compile(rf"\b(?:{_FACING})\s+(?:[\w.'-]+\s+){{0,3}}?(?:in\s+)?(?:an?\s+|the\s+)?"
                           r"(?:run-?offs?|second\s+round)\b"
                           rf"|\b(?:run-?offs?|second\s+round)\s+(?:is\s+|was\s+)?(?:{_NEED}|looms|ahead)\b", re.I)
# the run-off's own result told in the sentence ('won the runoff', "won Sunday's run-off", 'a runoff victory'): not one to come
_RUNOFF_WON = re.compile(r"\b(?:won|wins|winning|clinched|secured|took)\s+(?:[\w'’]+\s+){0,3}?(?:run-?off|second\s+round)\b|"
                         r"\b(?:run-?off|second[\s-]+round)\s+(?:victory|win|triumph)\b", re.I)


def win_before_runoff(sent: Sentence, question: str) -> bool:
    """'Pinera wins first presidential round, faces Frei in run-off', for a market on the run-off:
    a win told beside a run-off still to come is an earlier round's, whatever its round is called.
    Not when the sentence tells the run-off itself won."""
    return bool(_RUNOFF.search(question)) and bool(_FACES_RUNOFF.search(sent.text)) and \
        not _RUNOFF_WON.search(sent.text)
