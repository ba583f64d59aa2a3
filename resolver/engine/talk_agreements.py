"""An agreement to talk: an agreement whose own complement is talking, negotiating or meeting
('agreed to begin talks on forming a government', 'agreed to hold talks', 'agreed to negotiate',
'agreed to resume negotiations', 'reached an agreement to start negotiations', 'agreed on a
framework for talks') reports the parties agreeing to talk, not the deal, the agreement or the act
the talks are about. Read by the confirmation gates (rules/confirmation_gates.py) on the act token
told done; not when the market itself asks for talks, a meeting or a negotiation.

The complement is the first infinitive ('to …') or prepositional object ('on …', 'to …') after the
agreeing word, a time ('on Monday') skipped: 'agreed to form a coalition after weeks of talks' is the
coalition agreed. Pure."""

from __future__ import annotations

from .lexicon import MONTHS, WEEKDAYS
from .text import Sentence

# words of agreeing or deciding: the complement they take is what was agreed
_AGREEING = frozenset({"agree", "consent", "accept", "commit", "pledge", "promise", "decide", "vote", "resolve",
                       "opt", "settle", "agreement", "deal", "accord", "pact", "consensus", "understanding",
                       "compromise", "decision", "commitment"})
# verbs that carry an agreement noun ('reached an agreement to …', 'struck a deal to …')
_CARRYING = frozenset({"reach", "strike", "seal", "sign", "conclude", "clinch", "broker", "secure", "hammer", "announce"})
_DEAL_NOUNS = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty",
                         "settlement", "consensus", "understanding", "compromise", "contract", "truce", "ceasefire"})
# verbs of talking: 'agreed to negotiate', 'agreed to discuss', 'agreed to meet'
TALK_VERBS = frozenset({"negotiate", "discuss", "talk", "confer", "consult", "meet", "parley"})
# verbs that begin, hold or carry on talks: 'agreed to begin talks', 'agreed to resume negotiations'
_OPENING = frozenset({"begin", "start", "hold", "open", "resume", "continue", "launch", "restart", "reopen", "enter",
                      "pursue", "keep", "return", "conduct", "convene", "kick", "initiate", "commence",
                      "undertake", "sit", "engage", "schedule", "set"})
TALK_NOUNS = frozenset({"talks", "talk", "negotiations", "negotiation", "negotiating", "discussions", "discussion",
                        "dialogue", "dialog", "consultations", "consultation", "meeting", "meetings", "talking",
                        "parley", "parleys", "summit"})
# what 'meet' takes when it means meeting, not satisfying ('agreed to meet the union's demands')
_MEETING_NEXT = frozenset({"with", "again", "on", "in", "at", "next", "later", "to", "for", "this", "face", "soon",
                           "regularly", "weekly", "monthly", "daily", "and", "before", "after", "within", "tomorrow",
                           "today", "privately", "informally", "formally", "directly", ",", ".", ";"})
# words that end the complement's noun phrase before its head
_BREAKS = frozenset({"after", "before", "during", "following", "in", "at", "with", "by", "through", "despite", "over",
                     "under", "and", "or", "but", "that", "which", "who", "while", "as", "if", "when", "until", "than",
                     "to", "on", "upon", "from", "into", "amid", "without", ",", ";", ":", "."})
_LEAD = 7  # words between the agreeing word and its complement ('agreed late on Tuesday with the Greens to …')
_REACH = 4  # words of the complement read for its head


def _time_after(toks, k: int) -> bool:
    """'on Monday', 'on Sept. 30', 'on the 30th': a time, not what was agreed on."""
    if k >= len(toks):
        return False
    w = toks[k].lower.strip(".")
    return w in WEEKDAYS or w in MONTHS or w[:1].isdigit() or \
        (w == "the" and k + 1 < len(toks) and toks[k + 1].lower[:1].isdigit())


def _head_is_talk(toks, p: int, end: int) -> int | None:
    """The talk noun heading the noun phrase from token p ('formal talks', 'a framework for talks',
    'a new round of negotiations'), or None at a break, a verb form or a deal noun first."""
    for q in range(p, min(end, p + _REACH + 1)):
        w = toks[q].lower
        if w in TALK_NOUNS:
            return q
        if w in _BREAKS and w not in ("for", "of") or w in _DEAL_NOUNS:
            return None
        if w.endswith(("ing", "ed")) and w not in ("proposed", "planned", "renewed", "expanded", "detailed"):
            return None  # 'agreed to start implementing the deal': another act
    return None


def _complement(toks, p: int, anchor: str, end: int) -> int | None:
    """The last token of the talking the complement from token p (after 'to' or 'on') names, or None."""
    if p >= end:
        return None
    w, lem = toks[p].lower, toks[p].lemmas
    if anchor == "to" and lem & TALK_VERBS and w not in TALK_NOUNS - {"talk"}:
        if "meet" in lem and not (p + 1 >= len(toks) or toks[p + 1].lower in _MEETING_NEXT):
            return None  # 'agreed to meet the demands': satisfying them
        return p
    if anchor == "to" and lem & _OPENING:  # 'return to the negotiating table', 'sit down for talks'
        return _head_is_talk(toks, p + (2 if w in ("return", "sit") else 1), end)
    return _head_is_talk(toks, p, end)


def agreed_to_talk(sent: Sentence, i: int) -> str | None:
    """The words from an agreeing word at token i to the talking it takes as its complement
    ('agreed to begin talks', 'reached an agreement to negotiate', 'agreed on a framework for
    talks'); None when the complement is another act
    or i is no agreeing word."""
    toks = sent.tokens
    lems = toks[i].lemmas | {toks[i].lower}
    carrying = bool(lems & _CARRYING) and not lems & _AGREEING
    if not (lems & _AGREEING or carrying):
        return None
    end = len(toks)
    for k in range(i + 1, len(toks)):
        if toks[k].lower in (",", ";", ":", ".", "—", "(") or toks[k].text in ("-", "–", "—"):
            end = k
            break
    deal_seen = not carrying
    for k in range(i + 1, min(end, i + 2 + _LEAD)):
        w = toks[k].lower
        if w in _DEAL_NOUNS:
            deal_seen = True
        if w == "that":
            return None
        if w not in ("to", "on", "upon"):
            continue
        if w != "to" and _time_after(toks, k + 1):
            continue  # 'agreed on Monday to begin talks'
        if not deal_seen:
            return None  # 'reached Brussels to begin talks': no agreement carried
        last = _complement(toks, k + 1, "to" if w == "to" else "on", end)
        return None if last is None else sent.text[toks[i].start:toks[last].start + len(toks[last].text)]
    return None


def asks_for_talks(question: str, object_terms: list[str] | tuple[str, ...]) -> bool:
    """The market itself asks for talks, a negotiation or a meeting ('agree to hold talks?')."""
    words = {w.strip("?.,'\"()").lower() for w in question.split()} | {t.lower() for t in object_terms}
    return bool(words & (TALK_NOUNS | TALK_VERBS | {"negotiated", "met", "discussed", "talked", "negotiates",
                                                   "meets", "discusses", "talks", "negotiators"}))
