"""A month's name written as a date, not a person's name: 'announced on June 24 the official
results', 'since April 2019', 'in May'. Several month names are also given names ('June', 'April',
'May', 'August'), so a capitalised month word read among proper names could be taken for a winner
or a rival ('reports announced for someone other than Ekrem Imamoglu (June)'). A month's name is a
date when a day number or a year follows it ('June 24', 'June 24th', 'May 2019'), a day number stands
before it ('24 June'), or when a word
of time stands right before it ('on June', 'in May', 'since April', 'early August', 'last March'):
a person named June is not 'in June'. A month's name standing alone ('June Carter won …') stays a
name. Read by contests._names, which gathers the names around a winning verb."""

from __future__ import annotations

import re

from .lexicon import MONTHS

_DAY_OR_YEAR = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^(?:1[89]|2\d)\d\d$")
_TIME_BEFORE = frozenset({"on", "in", "since", "until", "till", "by", "from", "through", "during", "before", "after",
                          "early", "mid", "late", "last", "next", "this", "of", "to", "between"})


def month_date(tokens, k: int) -> bool:
    """The token at k is a month's name written as a date (see the module's text)."""
    word = tokens[k].lower.rstrip(".")
    if word not in MONTHS:
        return False
    if k + 1 < len(tokens) and _DAY_OR_YEAR.match(tokens[k + 1].text.rstrip(",")):
        return True
    # ('24 June', 'on the 24th of June'): a day number before it
    return k > 0 and (tokens[k - 1].lower in _TIME_BEFORE or bool(_DAY_OR_YEAR.match(tokens[k - 1].text)))
