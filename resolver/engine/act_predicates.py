"""The predicate of an act noun that stands as a sentence's subject, found past what the clause
splitter cannot see (README 'How the engine decides', rule `ruled_out`): the calling-off or push-back
of the act is told by that predicate, however far it stands from the noun.

- Past the subject's own modifiers: 'The announcement of the Monetary Policy Statement (MPS) for the
  second half of the current fiscal year (FY26), scheduled for today, has been postponed'; 'Jackson's
  sentencing, which was scheduled to follow the hearing for post-trial motions, was continued to
  Oct. 19'. The act noun opens the sentence (after a dateline at most); its prepositional phrases,
  brackets and one comma-enclosed modifier (a relative clause or a participle: 'which was …',
  'scheduled for today') are passed over, and the next word must be the predicate's auxiliary. A plan
  participle right after the noun needs no commas ('a strike scheduled to begin the same day at 3 p.m.
  has been called off'); the noun may open a reported clause instead ('… announced Friday (Jan. 21)
  that a strike …'); an adverb 'instead' may stand in the auxiliaries ('has instead been pushed back'). A
  relative clause with no commas ('the launch of the rocket that was delayed') or another verb before
  the auxiliary ends the search: the auxiliary may then be another subject's.
- Through a pronoun in the clause after a planned act: 'The deployment was due to start this week,
  but President William Ruto said it would be delayed for three weeks'. The act noun is the subject
  of the first clause and told planned there ('was due to', 'was scheduled', 'was set to'); after
  'but', 'it' (or 'they') is the subject of a passive verb, right after 'but' or after a reporting
  clause whose subject is a name or an official body ('President William Ruto said'), so nothing else
  stands between that could be what 'it' means.

A court's hearing, sentencing or trial 'continued to Oct. 19' (passive, a date right after 'to' or
'until') is a court's way of saying postponed (court_continuance): only for a court proceeding's noun
as the subject; 'the program was continued to 2026' extends a program."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .packaged import load_json
from .verb_aspect import past_tense_verb, verb_form

if TYPE_CHECKING:
    from .text import Sentence

_DATA = load_json("cancellations.json")
COURT_NOUNS = frozenset(_DATA["court_continuance"]["nouns"])
_AGENTS = frozenset(_DATA["pronoun_push_back"]["agents"])
_REPORTING = frozenset(_DATA["pronoun_push_back"]["reporting"])
_PLANNED = frozenset(_DATA["pronoun_push_back"]["planned"])

_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "being"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ADVERBS = frozenset({"now", "again", "further", "also", "since", "already", "officially", "formally", "instead"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that", "a", "an"})
_DATELINE = frozenset({"-", "—", "–", ":"})
_RELATIVE = frozenset({"which", "who", "that", "whose"})
_MODIFIER_OPENERS = _RELATIVE | frozenset({"originally", "initially", "previously", "first", "already", "once"})
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
# words opening another clause or an adjunct: the auxiliary after them is not the act noun's
_CLAUSE_OPENERS = frozenset({"but", "and", "or", "after", "before", "when", "while", "as", "because", "since",
                             "although", "though", "until", "if", "unless", "once", "where"})
# a participle (or 'upcoming') before the noun telling it planned, not a verb of the sentence: 'A planned strike
# on Tuesday by thousands of workers at Heathrow Airport has been suspended' (also read by rules/called_off.py)
PLAN_MODIFIERS = frozenset(_DATA["plan_modifiers"])
_INSERT_REACH = 25
_MODIFIER_REACH = 40


def _opens_sentence(sent: Sentence, i: int) -> bool:
    """The act noun at i stands in the sentence's first noun phrase: from the start (or a
    dateline's dash, or the 'that' of a reported clause: 'announced … that a strike …') to it no
    comma, no auxiliary, no verb form but a plan participle ('A planned strike'), at most six words."""
    toks = sent.tokens
    start = max((k + 1 for k in range(i) if toks[k].text in _DATELINE), default=0)
    # the subject of a reported clause: 'that' at most six words before the noun
    start = max([start] + [k + 1 for k in range(max(start, i - 7), i) if _reported_that(sent, k)])
    words = toks[start:i]
    return len(words) <= 6 and all(t.text not in (",", ";", "(") and t.lower not in _AUX
                                   and (not verb_form(t.lower) or t.lower in PLAN_MODIFIERS) for t in words)


def chain_verb(sent: Sentence, j: int, passive: bool = True) -> int | None:
    """The verb an auxiliary chain starting at j carries ('has been postponed', 'would be
    delayed', 'was continued'), passive when asked (a form of 'be' right before it, adverbs aside)."""
    toks = sent.tokens
    k, be = j, False
    while k < len(toks) and (toks[k].lower in _AUX or toks[k].lower in _ADVERBS):
        be = toks[k].lower in _BE or (be and toks[k].lower in _ADVERBS)
        k += 1
    if k == j or k >= len(toks) or (passive and not be) or not toks[k].lower.isalpha():
        return None
    return k


def _reported_that(sent: Sentence, k: int) -> bool:
    """'that' at k opens a reported clause: a reporting verb ('announced', 'said') stands at most
    eight words before it ('Seaspan Marine Transportation announced Friday (Jan. 21) that a strike
    … has been called off'), so the noun after it opens that clause's subject."""
    toks = sent.tokens
    return toks[k].lower == "that" and any(toks[m].lemmas & _REPORTING for m in range(max(0, k - 8), k))


def _plan_modifier_end(sent: Sentence, k: int) -> int | None:
    """A plan participle right after the act noun, with no commas ('a strike scheduled to begin the same
    day at 3 p.m. has been called off'): the auxiliary after its words (an infinitive's 'to be' aside),
    before any comma, relative or clause opener; None when there is none."""
    toks = sent.tokens
    for m in range(k + 1, min(len(toks), k + _INSERT_REACH)):
        t = toks[m]
        if t.text in (",", ";", "(", ":") or t.lower in _RELATIVE or t.lower in _CLAUSE_OPENERS:
            return None
        if t.lower in _AUX and toks[m - 1].lower != "to":
            return m
    return None


def _closes(text: str) -> bool:
    """A comma closing an inserted modifier, or one the tokenizer kept on the figure before it (a date's
    day: '…, initially scheduled for September 30, has been delayed' gives the token '30,')."""
    return text == "," or (len(text) > 1 and text.endswith(",") and text[:-1].isdigit())


def subject_predicate(sent: Sentence, i: int) -> int | None:
    """The auxiliary opening the predicate of the act noun at i, past its modifiers, when the noun
    opens the sentence's subject (see the module's doc); None otherwise."""
    toks = sent.tokens
    if not _opens_sentence(sent, i):
        return None
    k, depth, inserted = i + 1, 0, False
    while k < min(len(toks), i + _MODIFIER_REACH):
        t = toks[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif t.lower in _AUX:
            return k
        elif k == i + 1 and t.lower in _PLANNED:
            return _plan_modifier_end(sent, k)  # 'a strike scheduled to begin … at 3 p.m. has been called off'
        elif t.text == ",":
            if inserted or k + 1 >= len(toks):
                return None
            nxt = toks[k + 1].lower
            if not (nxt in _MODIFIER_OPENERS or verb_form(nxt) and nxt.endswith("ed")):
                return None  # 'The launch, the agency said, …' or a list: not a modifier of the noun
            close = next((m for m in range(k + 1, min(len(toks), k + _INSERT_REACH)) if _closes(toks[m].text)), None)
            if close is None:
                return None
            inserted, k = True, close
        elif t.lower in _RELATIVE or t.text in (";", ":") or t.lower in _CLAUSE_OPENERS or verb_form(t.lower) \
                or past_tense_verb(t.lower):
            return None
        k += 1
    return None


def _reporting_clause(sent: Sentence, a: int, b: int) -> bool:
    """The words from a to b are nothing, or a reporting clause whose subject is a name or an
    official body: 'President William Ruto said', 'officials announced that'."""
    toks = sent.tokens[a:b]
    if not toks:
        return True
    said = [n for n, t in enumerate(toks) if t.lemmas & _REPORTING]
    if not said or len(toks) > 10:
        return False
    return all(t.text[:1].isupper() or t.lower in _DETERMINERS or t.lower in _AGENTS or t.lemmas & _REPORTING
               or t.lower in ("that", "on", "later", "then") for t in toks)


def pronoun_predicate(sent: Sentence, i: int) -> int | None:
    """The auxiliary of the passive whose subject 'it' stands, after 'but', for the planned act noun
    at i (see the module's doc); None otherwise."""
    toks = sent.tokens
    if not _opens_sentence(sent, i):
        return None
    but = next((k for k in range(i + 1, len(toks)) if toks[k].lower == "but"), None)
    if but is None or not any(toks[k].lower in _PLANNED for k in range(i + 1, but)) \
            or any(toks[k].lower in _RELATIVE or toks[k].text == ";" for k in range(i + 1, but)):
        return None
    it = next((k for k in range(but + 1, min(len(toks), but + 12)) if toks[k].lower in _SUBJECT_PRONOUNS), None)
    if it is None or not _reporting_clause(sent, but + 1, it):
        return None
    return it + 1 if chain_verb(sent, it + 1) is not None else None


def court_continuance(sent: Sentence, k: int, spans) -> bool:
    """'was continued to Oct. 19': at k a passive 'continued' followed by 'to', 'until' or 'till'
    and a date (a span of `spans` starting right there)."""
    toks = sent.tokens
    if toks[k].lower != "continued" or k == 0 or k + 1 >= len(toks) or toks[k - 1].lower not in _BE \
            or toks[k + 1].lower not in ("to", "until", "till"):
        return False
    after = toks[k + 1].start + len(toks[k + 1].text)
    return any(toks[k + 1].start <= s.pos <= after + 1 for s in spans)
