"""Which of a body's rates a figure belongs to, and its sign. A central bank sets several rates and
one sentence often moves two of them, each in its own conjunct ('The ECB cut the main rate … to
0.15% and, in a more radical move, cut the rate on its overnight deposit facility to -0.10% from
zero'): a figure belongs to the rate named in its own conjunct. For a market on one rate named
with words of its own ('the deposit facility rate'), a figure whose conjunct names a rate without
those words, in a sentence that names them elsewhere, is another rate's. A percent figure written
with a minus sign ('to -0.10%', 'minus 0.1 percent') is negative. The words that name no series
('key', 'policy', 'interest') are data: resolver/data/figures.json 'rate_generic'."""

from __future__ import annotations

import re

from .analysis import MarketContext
from .packaged import load_json

_GENERIC = GENERIC_RATE_WORDS = frozenset(load_json("figures.json")["rate_generic"])
# where a conjunct starts: a clause break or a coordinating word after a comma or before a verb
_CONJUNCT = re.compile(r";|,?\s+(?:and|while|whereas|but)\b\s*,?|\.\s")
_RATE = re.compile(r"\brates?\b", re.I)
_MINUS = re.compile(r"(?:(?:^|(?<=\s))[-−–]|\b(?:minus|negative)\s+)$", re.I)


def signed(text: str, start: int, value: float) -> float:
    """The figure starting at `start` with its sign: '-0.10%' or 'minus 0.1 percent' is negative
    (a dash glued to the number after a space; not a range's dash, '0.25-0.5%')."""
    return -value if _MINUS.search(text[max(0, start - 10):start]) else value


def _series_words(ctx: MarketContext) -> list[str]:
    """The market's own words for its rate: its object's words that are no generic rate word
    ('deposit', 'facility' of 'the deposit facility rate')."""
    t = ctx.target
    if "rate" not in t.object_terms:
        return []
    return [w for w in t.object_terms if w not in _GENERIC and len(w) > 2]


def other_rate(ctx: MarketContext, text: str, start: int) -> str | None:
    """The rate the figure at `start` belongs to when it is not the market's: its conjunct names a
    rate without the market's own words for it, and the sentence names them elsewhere. Returns the
    conjunct's wording of that rate."""
    words = _series_words(ctx)
    if not words:
        return None
    cut = max((m.end() for m in _CONJUNCT.finditer(text, 0, start)), default=0)
    own = text[cut:start]
    rate = list(_RATE.finditer(own))
    if not rate:
        return None
    has = [bool(re.search(rf"\b{re.escape(w)}", own, re.I)) for w in words]
    rest = text[:cut] + " " + text[start:]
    if any(has) or not all(re.search(rf"\b{re.escape(w)}", rest, re.I) for w in words):
        return None
    last = rate[-1]
    lead = re.findall(r"[\w-]+", own[:last.start()])[-2:]
    return " ".join(lead + [last.group(0)])


_OTHER = frozenset(load_json("figures.json")["rate_other"])
_OTHER_HEADS = frozenset(load_json("figures.json")["rate_other_heads"])
# the noun a figure's measure is named by, nearest before it in its conjunct: a rate, a yield, inflation
_HEAD = re.compile(r"(?<![\w-])(?:rates?|yields?|inflation|CPI)(?![\w-])", re.I)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


def named_other(ctx: MarketContext, text: str, start: int) -> str | None:
    """For a market on a body's set rate ('Bank Rate', 'its policy rate'), the figure at `start` whose
    conjunct names its measure, nearest before it, as another one: a rate with a word of another
    series the market does not use ('cuts its average mortgage rate to 4%', 'the prime lending rate',
    'the inflation rate'), or a noun of another measure by itself ('the 10-year bond yield fell to
    4%', 'inflation eased to 2%'). Returns that naming (data: figures.json 'rate_other',
    'rate_other_heads')."""
    asked = f"{ctx.market.question} {ctx.market.criteria}"
    if ctx.target.single_value or not _RATE.search(ctx.market.question):
        return None
    cut = max((m.end() for m in _CONJUNCT.finditer(text, 0, start)), default=0)
    heads = list(_HEAD.finditer(text, cut, start))
    if not heads:
        return None
    head = heads[-1]
    own = {w.lower() for w in _WORD.findall(asked)}
    word = head.group(0).lower()
    if word in _OTHER_HEADS:
        return None if word in own else head.group(0)
    lead = _WORD.findall(text[max(cut, head.start() - 40):head.start()])[-3:]
    for k, w in enumerate(lead):
        if w.lower() in _OTHER and w.lower() not in own:
            return " ".join(lead[k:] + [head.group(0)])
    return None
