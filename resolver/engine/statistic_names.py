"""Statistics named by more than one word ('retail sales', 'industrial production'): published
figures a market may ask about whose name is a phrase, not one word of quantities.STATISTICS
('sales' alone is a company's or a product's: 'Tesco like-for-like sales', 'first-day iPad sales').
Each is reported as a change from the period before ('Retail sales rose 0.2% in June'), so its
figure in percent is the change itself; and a question may ask only its sign ('show US retail
sales declining month-over-month')."""

from __future__ import annotations

import re

# the names a statistic goes by in a question and in a report ('retail and food services sales' is
# the Census Bureau's own name for retail sales)
FAMILIES = (
    ("retail sales", "retail and food services sales"),
    ("industrial production", "industrial output"),
    # 'US consumer prices up 5.5% from a year earlier': the consumer price index, told as inflation too
    ("consumer prices", "consumer price index", "consumer price", "inflation", "cpi"),
)

_NAME = r"(?:retail\s+(?:and\s+food\s+services\s+)?sales|industrial\s+(?:production|output)|consumer\s+price(?:s|\s+index))"
_PHRASE = re.compile(rf"\b{_NAME}\b", re.I)

# the sign asked right after the name: 'retail sales declining month-over-month', 'retail sales
# to fall in March', 'industrial production increased'; not when a number follows ('rising 0.5% or
# more': that is the bar) — the caller reads a stated bar first
_SIGN = re.compile(rf"\b{_NAME}\s+(?:(?:to|have|has)\s+)?(?P<v>declin(?:e|es|ed|ing)|f(?:all|alls|alling|ell)|"
                   r"drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|r(?:ise|ises|ising|ose|isen)|increas(?:e|es|ed|ing))\b"
                   r"(?!\s+(?:by\s+)?(?:more\s+than\s+|at\s+least\s+)?[-−]?\d)", re.I)


def phrase(question: str) -> bool:
    """The question names a statistic told by a phrase ('retail sales')."""
    low = question.lower()
    return ("retail" in low or "industrial" in low or "consumer" in low) and bool(_PHRASE.search(question))


def names(question: str) -> tuple[str, ...]:
    """The names of the phrase-named statistic the question asks about; empty when none."""
    if not _PHRASE.search(question):
        return ()
    low = " ".join(question.lower().split())
    return tuple(n for family in FAMILIES if any(name in low for name in family) for n in family)


def sign_bar(question: str) -> str | None:
    """'below' or 'above' when the question asks only the sign of a phrase-named statistic's change
    ('show US retail and food services sales declining month-over-month': a change below zero)."""
    if not any(w in question.lower() for w in ("retail", "industrial", "consumer")):
        return None  # a cheap prefilter
    m = _SIGN.search(question)
    if not m:
        return None
    return "below" if m.group("v").lower().startswith(("decl", "f", "drop", "decr")) else "above"
