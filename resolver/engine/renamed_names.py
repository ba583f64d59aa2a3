"""A name that must last, told changed: for a 'stays true until' market on a name ("Will Kazakhstan's capital still
officially be named Astana on March 31?", read as 'remain named Astana' by shapes.holding_office), a sentence
telling the named thing renamed ('Kazakhstan's capital city Astana has been renamed Nur-sultan', 'Astana was
officially renamed', 'Tokayev renamed Astana Nur-Sultan', 'Astana changed its name to Nur-Sultan') reports the
state over (rules/state_ended.py dates it against the deadline).

The name (or the question's subject noun, 'capital') must be the renamed thing: the subject of a passive
'renamed' ('Astana has been renamed'), or the object right after an active one ('renamed Astana'); a name inside
a prepositional phrase ('a street in Astana was renamed') is another thing. The renaming must be told done, in
the past or present perfect: a plan or a decision to rename ('voted to rename', 'will be renamed', 'plans to
rename'), a negation or a condition is no ending."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

_NAME_STATE = re.compile(r"^(?:named|called|known(?:\s+as)?)\s+(?P<name>.+)$", re.I)
_RENAMED = frozenset({"renamed", "rebranded", "re-named", "re-branded"})
_ADV = r"(?:(?:officially|formally|now|finally|legally|already)\s+)?"
_DONE_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+" + _ADV + r"(?:been\s+)?" + _ADV + "$", re.I)
_CHANGED_NAME = re.compile(r"\b(?:changed|has\s+changed|have\s+changed)\s+(?:its|their|the\s+city['’]s|the\s+capital['’]s)"
                           r"\s+name\s+(?:to|from)\b", re.I)
_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "outside", "to", "for", "with", "by"})


def _name(ctx: MarketContext) -> str | None:
    m = _NAME_STATE.match((ctx.target.object or "").strip())
    return m.group("name").strip() if m else None


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, wording) of the market's name told changed, else None."""
    if ctx.target.kind != "state":
        return None
    name = _name(ctx)
    if not name:
        return None
    text, toks = f.sent.text, f.sent.tokens
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.I)
    for i, t in enumerate(toks):
        changed = _CHANGED_NAME.match(text, t.start) if t.lower in ("changed", "has", "have") else None
        if t.lower not in _RENAMED and changed is None:
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, _ = f.sent.clause_of(i)
        lead = text[toks[a].start:t.start]
        passive = t.lower in _RENAMED and _DONE_BEFORE.search(lead)
        if passive or changed is not None:  # 'Astana has been renamed', 'Astana changed its name to'
            m = next(iter(reversed(list(pattern.finditer(lead)))), None)
            if m is None:
                continue
            k = f.sent.token_at(toks[a].start + m.start())
            if k and toks[k - 1].lower in _PREPOSITIONS:
                continue  # 'a street in Astana was renamed'
            return i, f"'{name} … {changed.group(0) if changed else t.text}'"
        # active, told done: 'Tokayev renamed Astana Nur-Sultan' (not 'to rename', 'will rename')
        if t.lower in _RENAMED and i and toks[i - 1].lower not in ("to", "be", "being", "will", "would") \
                and pattern.match(text, toks[i + 1].start if i + 1 < len(toks) else len(text)):
            return i, f"'{t.text} {name}'"
    return None
