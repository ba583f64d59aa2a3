"""A holder named by a former title: 'when it claimed former CEO Vikram Pandit "resigned" on Oct. 16',
'ex-Citigroup chief executive Vikram Pandit', 'Vikram Pandit, the former CEO of Citigroup'. For a stays-true
market on holding an office ('Will X remain CEO of Y through …?'), an article published inside the market's
window (on or after its stated start, by the deadline) that gives the market's holder the office with 'former'
or 'ex-' before it tells the state over by that article's day, whatever the sentence's verb or its clause's mood
(a title is the narrator's, not part of what is reported or supposed).

Read only when:
- the office word is the market's own office (its last object term, abbreviations spelled out alike: 'CEO' is
  'chief executive'), with no qualifier before it ('former deputy CEO', 'former acting CEO' is another post);
- the words between 'former' and the office are capitalised names of a market actor only ('former Citigroup
  CEO'), never of another body ('former Merrill Lynch CEO John Thain' for a market on Bank of America);
- the name right after the office (or right before ', the former …') is the market's holder, the actor the
  question names first;
- when the market names a body besides the holder, the sentence names it too (the former title is that body's).
The market's window must have a stated start: an article from before it may call a holder who later came back
to the post 'former'."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts

MARK = "named by a former title"  # the reason's words, read by weak_readings.py (reading 'former_title')
_TRIGGERS = ("former", "ex-")
_QUALIFIERS = frozenset({"deputy", "vice", "shadow", "assistant", "acting", "interim", "co", "associate", "honorary",
                         "caretaker", "executive", "senior", "junior", "regional", "area"})
_SPELLED = {"ceo": ("ceo", "chief executive", "chief executive officer"), "pm": ("pm", "prime minister")}
_FOLD = {"chief executive officer": "ceo", "chief executive": "ceo", "prime minister": "pm"}


def _office_alternatives(ctx: MarketContext) -> tuple[str, ...]:
    """The market's office spelled every way it is written ('CEO', 'chief executive (officer)'); () when the
    market names none."""
    obj = (ctx.target.object or "").lower()
    for long, short in _FOLD.items():
        if re.search(rf"\b{long}\b", obj):
            return _SPELLED[short]
    terms = [t.lower() for t in ctx.target.object_terms]
    if not terms:
        return ()
    head = terms[-1]
    return _SPELLED.get(head, (head,))


def _holder(ctx: MarketContext) -> str | None:
    """The actor the question names first: the holder of a 'Will X remain …' market."""
    q = ctx.market.question
    found = [(m.start(), a) for a, p in ctx.actor_patterns.items() if (m := p.search(q))]
    return min(found)[1] if found else None


def former_holder(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of 'former', wording) when the sentence names the market's holder by the market's office with
    'former' before it (see the module's doc); None otherwise. The caller checks the kind and the dates."""
    low = f.sent.lower_text
    if not any(t in low for t in _TRIGGERS):
        return None
    offices = _office_alternatives(ctx)
    holder = _holder(ctx)
    if not offices or holder is None:
        return None
    pats = ctx.actor_patterns
    others = [p for a, p in pats.items() if a != holder]
    if others and not any(p.search(f.sent.text) for p in others):
        return None
    office = "|".join(re.escape(o) for o in sorted(offices, key=len, reverse=True))
    gap = r"(?P<gap>(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}?)"
    before = re.compile(rf"\b(?:former\s+|ex-){gap}(?:{office})\s+", re.I)
    after = re.compile(rf",\s+(?:the\s+)?(?:former\s+|ex-)(?:{office})\b(?:\s+of\s+(?P<of>[^,;.]{{1,60}}))?", re.I)
    text = f.sent.text
    for m in before.finditer(text):
        gap_words = m.group("gap").split()
        if any(w.lower().strip("-") in _QUALIFIERS for w in gap_words) or (low[max(0, m.start() - 4):m.start()].endswith("co-")):
            continue
        if gap_words and not any(p.fullmatch(" ".join(gap_words).rstrip("'’s")) or p.fullmatch(" ".join(gap_words))
                                 for p in others):
            continue  # 'former Merrill Lynch CEO': another body's post
        if pats[holder].match(text, m.end()):
            return f.sent.token_at(m.start()), f"'{text[m.start():m.end()].strip()} {holder}'"
    for m in after.finditer(text):
        lead = text[max(0, m.start() - 60):m.start()]
        if not re.search(rf"(?:{pats[holder].pattern})\s*$", lead, pats[holder].flags):
            continue
        if m.group("of") and not any(p.match(m.group("of")) for p in others):
            continue  # 'Pandit, the former CEO of another bank'
        return f.sent.token_at(m.start() + 1), f"'{holder}{text[m.start():m.end()]}'"
    return None


def over_by_publication(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(token, wording, the date arithmetic) when a stays-true market's holder is named by his former title in an
    article published inside the market's window; None otherwise (no window start, published after the
    deadline, or no such title)."""
    ws, deadline, published = ctx.target.window_start, ctx.market.deadline, f.article.published
    if ctx.target.kind != "state" or ws is None or f.article.published_estimated \
            or not ws <= published <= deadline:
        return None
    found = former_holder(ctx, f)
    if found is None:
        return None
    return found[0], found[1], (f"the title holds on the article's day {published:%a %d %b %Y}, inside the window "
                                f"{ws:%d %b %Y} – {deadline:%d %b %Y %H:%M %z}")
