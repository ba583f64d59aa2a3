"""Figure owners: whose figure a sentence gives — the market's subject's (its name owns the figure,
or it is the payee of a sum), another's, or no one's — and the capitalised words that name no one
(a month, a weekday, a dictionary word, a country). Read by the threshold_crossed and vote_share rules."""

from __future__ import annotations

import re
from functools import lru_cache


from .. import figures, payees, quantities
from ..analysis import MarketContext, SentenceFacts
from ..entities import country_of
from ..lexicon import WEEKDAYS
from ..packaged import load_json
from ..quantities import owner_before
from .threshold_figures import _MONTH_NAMES
from ..text import all_lemmas

_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "us"})
# abbreviations of common nouns ('the IPO price of $72'): no one's name (data figures.json 'common_acronyms')
_ACRONYMS = frozenset(load_json("figures.json")["common_acronyms"])
# what a figure is of, with no name: capitalised in a title-case headline ('Shares End Day Flat at 24.5 Euros')
_HOLDERS = frozenset({"share", "shares", "stock", "stocks", "price", "prices", "index", "market", "markets", "rate", "rates",
                      "toll", "value", "valuation", "futures", "yield", "yields"})


def _common(word: str) -> bool:
    """A capitalised word that is no name: a month, a weekday, or a dictionary word (a
    sentence's first word: 'Voter turnout …')."""
    w = word.lower()
    return w in _MONTH_NAMES or w in WEEKDAYS or w.rstrip(".") in _MONTH_ABBREVIATIONS or w in _CURRENCY_CODES or w in _ACRONYMS or (word == w and bool(all_lemmas(w))) \
        or country_of(w) is not None


def _owner(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> tuple[bool | None, str | None]:
    """Whether the figure is the market's subject's: True (its name is the figure's owner),
    False (another name is), None (no name owns it)."""
    payee = payees.payee(f.sent.text, m.start(), m.end())
    if payee and (any(p.search(payee) for p in ctx.actor_patterns.values()) or quantities.names_overlap(payee, ctx.target.actors)):
        return True, payee  # 'was ordered to pay $1.05 billion … in damages to Apple': the sum Apple is awarded
    lead_at = figures.sides_first_owner_at(f.sent.text, m)  # 'X was leading Y by 52,4 percent to 43,8 percent'
    name = owner_before(f.sent.text, m.start() if lead_at is None else lead_at, _common)
    if name is None:
        return None, None
    ours = any(p.search(name) for p in ctx.actor_patterns.values()) or quantities.names_overlap(name, ctx.target.actors)
    other = _other_designation(ctx.market.question, f.sent.text[:m.start()], name)
    if other:
        return False, other  # 'Niño-3 was +1.1°C' for a market on Niño-3.4: another of the name's numbered series
    if not ours and _winner_named(ctx, f, name):
        return True, f"{name}, reported the winner"
    if not ours and re.search(rf"\b(?:ticker|symbol)(?:\s+symbol)?\s+[\"'“‘]?{re.escape(name)}\b", f.sent.text[:m.start()], re.I):
        return None, None  # 'the shares listed under the ticker "BIRK"': a label of the shares, not another owner
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not ours and f.sent.headline and words and words[0] in _HOLDERS and all(_common(w) for w in words):
        return None, None  # a title-case headline's words ('Shares End Day Flat at 24.5 Euros') name no one
    return ours, name


# a market whose subject is a role, not a name: 'the declared winner of Kenya's 2022 presidential election'
_WINNER_ROLE = re.compile(r"\b(?:the|its)\s+(?:declared\s+|eventual\s+|official\s+)?winner\s+of\b", re.I)


def _winner_named(ctx: MarketContext, f: SentenceFacts, name: str) -> bool:
    """For a market on the winner's figure ('Will the declared winner … receive more than 50% of
    the vote?'), the name owning the figure is the market's subject when its article reports that
    name the winner: declared the winner (or the office's holder), or said to have won."""
    if not _WINNER_ROLE.search(ctx.market.question) or len(name) < 3:
        return False
    said = _winner_said(name)
    return bool(said.search(f.article.title) or said.search(f.article.text))


@lru_cache(maxsize=4096)
def _winner_said(name: str) -> re.Pattern[str]:
    n = re.escape(name)
    return re.compile(rf"\b{n}\b(?:[^.;]{{0,40}}?)\s+(?:has\s+been\s+|was\s+|is\s+)?declared\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                      rf"(?:winner|victor|president|president-elect)\b|\b{n}\s+(?:has\s+)?won\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                      rf"(?:election|presidency|vote|race)\b|\bdeclared\s+{n}\s+(?:as\s+)?(?:the\s+)?winner\b", re.I)


def _contest(ctx: MarketContext) -> bool:
    """Several contestants share the occasion (vote shares, seats): a figure counts only
    when the subject's name owns it."""
    return bool(re.search(r"\b(?:votes?|ballots?|seats?|first[\s-]preferences?)\b", ctx.market.question, re.I))


# a number written on a name that tells one of a numbered series ('Niño-3.4', 'Niño1+2', 'Brent-2')
_DESIGNATION = r"[-‐–\s]?(?P<d>\d+(?:[.+]\d+)*)(?![\d,%])"


@lru_cache(maxsize=4096)
def _designated(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}{_DESIGNATION}")


def _other_designation(question: str, before: str, name: str) -> str | None:
    """The owner's name written with a number that tells one of a series ('Niño-3 was +1.1°C'), for
    a market whose question writes the name with another number ('the Niño-3.4 index'): the
    figure is another series' (the name and its number); None otherwise."""
    glued = re.match(rf"(?P<base>.*?[^\W\d]){_DESIGNATION}$", name)  # the name as given may carry its number
    base = glued.group("base") if glued else name
    asked = {m.group("d") for m in _designated(base).finditer(question)}
    told = list(_designated(base).finditer(before))
    if not asked or not told or told[-1].group("d") in asked:
        return None
    return told[-1].group(0).strip()
