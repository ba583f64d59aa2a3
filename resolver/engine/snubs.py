"""A candidate for an award or an exclusive title told snubbed: passed over by those who choose
('Real Madrid … is convinced that its striker Vinicius, the favourite to win the men's award, has
been snubbed'; 'Scorsese snubbed by the Academy'). The verb 'snub' in the passive (or a headline's
bare participle right after the name), its subject the candidate (the name nearest before it),
in a sentence naming the prize (an award, prize, trophy or title word, or a word of the market's
object). Not negated ('was not snubbed'), not in the active ('Trump snubbed the ceremony': the
candidate snubbing). Read by rules/ruled_out.py as a statement with no time limit: it decides only
when two sources make it, as a 'will not' does."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, negation
from .contests import TITLE_WORDS, nearest_name
from .status_endings import passive

_PRIZE_WORDS = frozenset({"award", "awards", "prize", "prizes", "trophy", "honour", "honor", "accolade"}) | TITLE_WORDS


def snubbed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(index of 'snubbed', wording) when the candidate is told passed over, else None."""
    t = ctx.target
    if not (t.candidate and t.role_exclusive and ctx.candidate_pattern):
        return None
    toks = f.sent.tokens
    prize = _PRIZE_WORDS | set(t.object_terms)
    if not any((w.lemmas | {w.lower}) & prize for w in toks):
        return None
    for i, tok in enumerate(toks):
        if "snub" not in tok.lemmas or not tok.lower.endswith("ed") or negation(f, i):
            continue
        a, _ = f.sent.clause_of(i)
        doer = nearest_name(f, 0, i)
        bare = f.sent.headline and i > 0 and toks[i - 1].text[:1].isupper()
        if doer and ctx.candidate_pattern.search(doer) and (passive(f, i) or bare):
            return i, f"'{doer} … {tok.text}'"
    return None
