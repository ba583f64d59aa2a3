"""A vote in favour told with a winning tally: 'The MPs voted in favour of the Queen's Speech by 323 votes to 309'.
For a market on a body approving a motion ('Will the House of Commons approve the Queen's Speech …?'), the body's
members (or the body) voting in favour of the market's object by a tally whose first side is larger is the motion
carried: the approval told in other words.

Read only when:
- the market's act is one of carrying a measure (APPROVING_ACTS);
- the voters before 'voted' are a market actor or a noun for a body's members ('MPs', 'lawmakers'), and the
  sentence names no chamber the question does not ('Lords' for a market on the Commons);
- the market's object is named between 'in favour of' / 'for' and the tally;
- the tally reads 'by A votes to B', 'by A to B', 'by a vote of A-B' with A > B;
- the object is no stage of a measure voted on several times (a bill, an amendment, a reading: STAGED_WORDS),
  since a vote in favour of a bill at one stage is not its passage.
A vote to do the act a gerund object names is the approval too: 'Iceland's parliament has voted to apply for
membership of the European Union' for 'Will Iceland's parliament approve applying for EU membership …?' (voted_to:
the gerund's verb after 'voted … to', one of the question's words after it, the body or its members before it, no
negation between, a tally told carried).
The caller checks the date (inside the window), the negation and the condition."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .text import all_lemmas

APPROVING_ACTS = frozenset({"approve", "pass", "adopt", "ratify", "endorse", "accept"})
STAGED_WORDS = frozenset({"bill", "bills", "legislation", "amendment", "amendments", "reading", "stage", "clause",
                          "clauses", "procedural", "draft"})
_VOTERS = re.compile(r"\b(?:MPs|MEPs|lawmakers|legislators|members|senators|deputies|representatives|councillors|"
                     r"councilors|parliamentarians|peers|delegates)\b", re.I)
_CHAMBERS = re.compile(r"\b(?:Senate|House|Chamber|Assembly|Council|Congress|Parliament|Lords|Commons|Bundestag|"
                       r"Knesset|Duma|Diet|Sejm)\b")
_FAVOUR = re.compile(r"\bvoted\s+(?:\w+ly\s+)?(?:in\s+favou?r\s+of|in\s+support\s+of|for)\s+(?P<obj>[^;:()]{1,80}?)\s+by\s+"
                     r"(?:a\s+(?:vote|margin|tally)\s+of\s+)?(?P<a>\d{1,3}(?:,\d{3})*|\d+)\s*(?:votes?\s+)?"
                     r"(?:to|-|–)\s*(?P<b>\d{1,3}(?:,\d{3})*|\d+)\b"
                     # the tally first: 'MPs yesterday voted 25 to 22 in support of a motion to oust Mr Sogavare'
                     r"|\bvoted\s+(?:by\s+)?(?:a\s+(?:vote|margin|tally)\s+of\s+)?(?P<a2>\d{1,3}(?:,\d{3})*|\d+)\s*(?:votes?\s+)?"
                     r"(?:to|-|–)\s*(?P<b2>\d{1,3}(?:,\d{3})*|\d+)\s+(?:votes?\s+)?(?:in\s+favou?r\s+of|in\s+support\s+of|for)\s+"
                     r"(?P<obj2>[^;:(),]{1,80}?)(?=\s*[,.;]|\s+(?:on|yesterday|today|last|with|after)\b|\s*$)", re.I)


def carried(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of 'voted', wording) when the sentence tells the market's object carried by a vote in favour (see
    the module's doc); None otherwise."""
    # a measure the question makes the subject ('Will a motion of no confidence … pass'): an actor in lowercase
    subjects = [p for a, p in ctx.actor_patterns.items() if a.islower()] if not ctx.target.object_terms else []
    if "voted" not in f.sent.lower_text or (ctx.target.act or "") not in APPROVING_ACTS or not (f.object_idx or subjects):
        return None
    text = f.sent.text
    asked = {b.lower() for b in _CHAMBERS.findall(f"{ctx.market.question} {ctx.market.criteria}")}
    if any(b.lower() not in asked for b in _CHAMBERS.findall(text)):
        return None
    for m in _FAVOUR.finditer(text):
        g = "" if m.group("a") else "2"  # (which order the tally was told in)
        a, b = (int(m.group(x + g).replace(",", "")) for x in ("a", "b"))
        if a <= b:
            continue
        obj_words = {w.lower().strip(".,'’") for w in m.group("obj" + g).split()}
        if obj_words & STAGED_WORDS:
            continue
        i = f.sent.token_at(m.start())
        j = f.sent.token_at(m.start("obj" + g))
        k = f.sent.token_at(m.end("obj" + g) - 1)
        if not any(j <= o <= k for o in f.object_idx) and not any(p.search(m.group("obj" + g)) for p in subjects):
            continue
        start, _ = f.sent.clause_of(i)
        before = text[f.sent.tokens[start].start:m.start()]
        if not (_VOTERS.search(before) or any(p.search(before) for p in ctx.actor_patterns.values())):
            continue
        return i, f"'{m.group(0)}'"
    return None


# 'has voted to apply for membership', 'voted 33 to 28 on Thursday to apply': the body voting to do the act a gerund
# object names ('approve applying for EU membership'); up to five words (a tally, a day) between, none a negation
_VOTED_TO = re.compile(r"\bvoted\s+(?P<mid>(?:[\w,.-]+\s+){0,5}?)to\s+(?P<verb>[a-z]+)\b", re.I)
_NOT = re.compile(r"\b(?:not|against|never)\b", re.I)
_TALLY = re.compile(r"\b(?P<a>\d{1,3})\s*(?:votes?\s+)?(?:to|-|–)\s*(?P<b>\d{1,3})\b")
_FILLER = frozenset({"for", "the", "a", "an", "of", "to", "in", "on", "its", "their", "with", "and", "or"})


def _gerund_asked(ctx: MarketContext) -> tuple[str, frozenset[str]] | None:
    """(the verb, the content words after it) of a gerund object in the question ('approve applying for EU
    membership by July 31' → ('apply', {'eu', 'membership'})), else None."""
    m = re.search(r"\b(?:approve|pass|adopt|ratify|endorse|accept)\s+(?P<g>[a-z]+ing)\s+(?P<rest>[^?,;]{1,60}?)"
                  r"(?:\s+(?:by|before|in|on|between|within|no later than)\b|\?|$)", ctx.market.question)
    if not m:
        return None
    verbs = all_lemmas(m.group("g").lower()).get("VERB", ())
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]{2,}", m.group("rest"))) - _FILLER
    return (verbs[0], words) if verbs and words else None


def voted_to(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of 'voted', wording) when the market's body (an actor, or members of a body) voted to do the act the
    question's gerund object names, with one of the words after it: 'Iceland's parliament has voted to apply for
    membership of the European Union' for 'approve applying for EU membership'; a tally told must be carried."""
    if "voted" not in f.sent.lower_text or (ctx.target.act or "") not in APPROVING_ACTS:
        return None
    asked = _gerund_asked(ctx)
    if asked is None:
        return None
    verb, words = asked
    text = f.sent.text
    for m in _VOTED_TO.finditer(text):
        if _NOT.search(m.group("mid")) or verb not in all_lemmas(m.group("verb").lower()).get("VERB", ()):
            continue
        tally = _TALLY.search(m.group("mid"))
        if tally and int(tally.group("a")) <= int(tally.group("b")):
            continue
        after = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text[m.end():m.end() + 80])}
        if not after & words:
            continue
        i = f.sent.token_at(m.start())
        start, _ = f.sent.clause_of(i)
        before = text[f.sent.tokens[start].start:m.start()]
        if not (_VOTERS.search(before) or any(p.search(before) for p in ctx.actor_patterns.values())):
            continue
        return i, f"'{' '.join(m.group(0).split())}'"
    return None


def confirm(ctx: MarketContext, f: SentenceFacts, settings) -> list:
    """The confirmation a carried vote gives (read by rules/confirmation.py after the act's own verbs): dated as
    any done act, inside the window, not negated, not in a condition, weakened by the writer's hedges."""
    from .rules import hedged
    from .rules.base import reported_in_window
    found = carried(ctx, f) or voted_to(ctx, f)
    span = reported_in_window(ctx, f, found[0]) if found else None
    if span is None:
        return []
    return [hedged.weaken(f, found[0], "confirmation", "yes", settings.weights.confirmation,
                          f"act reported as done: a vote in favour carried it, {found[1]}", settings, span.explanation)]
