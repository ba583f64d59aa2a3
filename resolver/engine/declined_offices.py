"""An office declined by the one the market asks to take it (a candidate for an exclusive office):
'Sonia Gandhi Declines Post of Prime Minister', 'has declined to take the post of the country's next
prime minister', 'Sonia Gandhi declines Indian prime ministership'. A refusing verb whose subject is
the candidate (the name nearest before it), told in the past or a headline's present, whose object is
the office: a post noun then 'of' and the office's words (a place's or 'next' between allowed), or the
office's noun in '-ship' ('prime ministership', 'chancellorship'), after 'to take / accept / assume' or
right after the verb. Read by rules/ruled_out.py as a refusal of the act (a statement with no time
limit, which decides only when two sources make it). Not a negated refusal, not another's."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .contests import nearest_name

_REFUSING = frozenset({"decline", "refuse", "reject"})
_TAKING = frozenset({"take", "accept", "assume"})
_POSTS = frozenset({"post", "office", "job", "position", "role", "mantle"})
_OFFICE_NOUNS = {"president": ("presidency",), "premier": ("premiership",)}
_BETWEEN = 4  # words between 'of' and the office ('the country's next')


def _office_nouns(role: str) -> tuple[str, ...]:
    """The office's own nouns: 'prime minister' → 'prime ministership'; 'president' → 'presidency'."""
    words = role.split()
    return (f"{role}ship", *(" ".join(words[:-1] + [n]) for n in _OFFICE_NOUNS.get(words[-1], ())))


def declined(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(index of the refusing verb, wording) when the candidate declines the office, else None."""
    t = ctx.target
    if not (t.candidate and t.role and t.role_exclusive and ctx.candidate_pattern):
        return None
    role = t.role.lower()
    nouns = "|".join(re.escape(x) for x in _office_nouns(role))
    office = re.compile(rf"(?:(?:{'|'.join(sorted(_POSTS))})\s+of\s+(?:[\w'’]+\s+){{0,{_BETWEEN}}}?{re.escape(role)}\b"
                        rf"|(?:[\w'’]+\s+){{0,2}}?(?:{nouns})\b)")
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & _REFUSING
        if not verbs or negation(f, i):
            continue
        if aspect(f.sent, i, sorted(verbs)[0]) != "past":
            continue  # 'may decline the post': not told done
        a, b = f.sent.clause_of(i)
        doer = nearest_name(f, a, i)
        if not doer or not ctx.candidate_pattern.search(doer):
            continue
        k = i + 1
        if k + 1 < b and toks[k].lower == "to" and toks[k + 1].lemmas & _TAKING:
            k += 2
        k += k < b and toks[k].lower in ("the", "a")
        if k >= b:
            continue
        end = toks[b - 1].start + len(toks[b - 1].text)
        m = office.match(f.sent.text[toks[k].start:end].lower())
        if m:
            return i, f"'{f.sent.text[tok.start:toks[k].start + m.end()]}'"
    return None
