"""Figure owners: whose figure a sentence gives — the market's subject's (its name owns the figure,
or it is the payee of a sum), another's, or no one's — and the capitalised words that name no one
(a month, a weekday, a dictionary word, a country). Read by the threshold_crossed and vote_share rules."""

from __future__ import annotations

import re


from .. import payees, quantities
from ..analysis import MarketContext, SentenceFacts
from ..entities import country_of
from ..lexicon import WEEKDAYS
from ..quantities import owner_before
from .threshold_figures import _MONTH_NAMES
from ..text import all_lemmas

_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "us"})
# what a figure is of, with no name: capitalised in a title-case headline ('Shares End Day Flat at 24.5 Euros')
_HOLDERS = frozenset({"share", "shares", "stock", "stocks", "price", "prices", "index", "market", "markets", "rate", "rates",
                      "toll", "value", "valuation", "futures", "yield", "yields"})


def _common(word: str) -> bool:
    """A capitalised word that is no name: a month, a weekday, or a dictionary word (a
    sentence's first word: 'Voter turnout …')."""
    w = word.lower()
    return w in _MONTH_NAMES or w in WEEKDAYS or w.rstrip(".") in _MONTH_ABBREVIATIONS or w in _CURRENCY_CODES or (word == w and bool(all_lemmas(w))) \
        or country_of(w) is not None


def _owner(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> tuple[bool | None, str | None]:
    """Whether the figure is the market's subject's: True (its name is the figure's owner),
    False (another name is), None (no name owns it)."""
    payee = payees.payee(f.sent.text, m.start(), m.end())
    if payee and (any(p.search(payee) for p in ctx.actor_patterns.values()) or quantities.names_overlap(payee, ctx.target.actors)):
        return True, payee  # 'was ordered to pay $1.05 billion … in damages to Apple': the sum Apple is awarded
    name = owner_before(f.sent.text, m.start(), _common)
    if name is None:
        return None, None
    ours = any(p.search(name) for p in ctx.actor_patterns.values()) or quantities.names_overlap(name, ctx.target.actors)
    if not ours and re.search(rf"\b(?:ticker|symbol)(?:\s+symbol)?\s+[\"'“‘]?{re.escape(name)}\b", f.sent.text[:m.start()], re.I):
        return None, None  # 'the shares listed under the ticker "BIRK"': a label of the shares, not another owner
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not ours and f.sent.headline and words and words[0] in _HOLDERS and all(_common(w) for w in words):
        return None, None  # a title-case headline's words ('Shares End Day Flat at 24.5 Euros') name no one
    return ours, name


def _contest(ctx: MarketContext) -> bool:
    """Several contestants share the occasion (vote shares, seats): a figure counts only
    when the subject's name owns it."""
    return bool(re.search(r"\b(?:votes?|ballots?|seats?|first[\s-]preferences?)\b", ctx.market.question, re.I))
