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
The caller checks the date (inside the window), the negation and the condition."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts

APPROVING_ACTS = frozenset({"approve", "pass", "adopt", "ratify", "endorse", "accept"})
STAGED_WORDS = frozenset({"bill", "bills", "legislation", "amendment", "amendments", "reading", "stage", "clause",
                          "clauses", "procedural", "draft"})
_VOTERS = re.compile(r"\b(?:MPs|MEPs|lawmakers|legislators|members|senators|deputies|representatives|councillors|"
                     r"councilors|parliamentarians|peers|delegates)\b", re.I)
_CHAMBERS = re.compile(r"\b(?:Senate|House|Chamber|Assembly|Council|Congress|Parliament|Lords|Commons|Bundestag|"
                       r"Knesset|Duma|Diet|Sejm)\b")
_FAVOUR = re.compile(r"\bvoted\s+(?:\w+ly\s+)?(?:in\s+favou?r\s+of|for)\s+(?P<obj>[^;:()]{1,80}?)\s+by\s+"
                     r"(?:a\s+(?:vote|margin|tally)\s+of\s+)?(?P<a>\d{1,3}(?:,\d{3})*|\d+)\s*(?:votes?\s+)?"
                     r"(?:to|-|–)\s*(?P<b>\d{1,3}(?:,\d{3})*|\d+)\b", re.I)


def carried(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of 'voted', wording) when the sentence tells the market's object carried by a vote in favour (see
    the module's doc); None otherwise."""
    if "voted" not in f.sent.lower_text or (ctx.target.act or "") not in APPROVING_ACTS or not f.object_idx:
        return None
    text = f.sent.text
    asked = {b.lower() for b in _CHAMBERS.findall(f"{ctx.market.question} {ctx.market.criteria}")}
    if any(b.lower() not in asked for b in _CHAMBERS.findall(text)):
        return None
    for m in _FAVOUR.finditer(text):
        a, b = (int(m.group(g).replace(",", "")) for g in ("a", "b"))
        if a <= b:
            continue
        obj_words = {w.lower().strip(".,'’") for w in m.group("obj").split()}
        if obj_words & STAGED_WORDS:
            continue
        i = f.sent.token_at(m.start())
        j = f.sent.token_at(m.start("obj"))
        k = f.sent.token_at(m.end("obj") - 1)
        if not any(j <= o <= k for o in f.object_idx):
            continue
        start, _ = f.sent.clause_of(i)
        before = text[f.sent.tokens[start].start:m.start()]
        if not (_VOTERS.search(before) or any(p.search(before) for p in ctx.actor_patterns.values())):
            continue
        return i, f"'{m.group(0)}'"
    return None


def confirm(ctx: MarketContext, f: SentenceFacts, settings) -> list:
    """The confirmation a carried vote gives (read by rules/confirmation.py after the act's own verbs): dated as
    any done act, inside the window, not negated, not in a condition, weakened by the writer's hedges."""
    from .rules import hedged
    from .rules.base import reported_in_window
    found = carried(ctx, f)
    span = reported_in_window(ctx, f, found[0]) if found else None
    if span is None:
        return []
    return [hedged.weaken(f, found[0], "confirmation", "yes", settings.weights.confirmation,
                          f"act reported as done: a vote in favour carried it, {found[1]}", settings, span.explanation)]
