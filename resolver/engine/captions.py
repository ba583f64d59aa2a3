"""A photo caption's present tense ('New York Gov. … announces his resignation as his wife
stands by his side, Wednesday, March 12, 2008, in his offices in New York City.').

Wire-service captions tell what the picture shows in the present tense and date it with a full
date set off by commas: a weekday, then month, day and year, with no 'on' before it. That form
(a weekday and a year, the date as an appositive rather than a preposition's object) is how a
caption dates the moment shown, not how a schedule names a coming day ('will testify on
Wednesday, March 12'), so a present-tense verb in such a sentence reports the act as done. The
rules still check the date itself: a caption date after the article's publication is not read
as a report (confirmation's misdated check)."""

from __future__ import annotations

import re

from .text import Sentence

CAPTION = ", in a caption dated by its comma-set date"  # the trace's words for the reading

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|"
          r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
# ', Wednesday, March 12, 2008' followed by a comma, a full stop or the sentence's end: set off by
# commas, not a preposition's object ('on Wednesday, March 12': a schedule's or a narrative's date)
_CAPTION_DATE = re.compile(rf",\s*{_WEEKDAY},\s*{_MONTH}\s+\d{{1,2}},\s*(?:19|20)\d\d\s*(?:[,.]|$)")


def caption_dated(sent: Sentence) -> bool:
    """The sentence is dated as a photo caption: a full weekday-month-day-year date set off by
    commas after the clause it dates. Cached on the sentence."""
    cached = sent.__dict__.get("_caption_dated")
    if cached is None:
        text = sent.text
        cached = not sent.headline and "day," in text and _CAPTION_DATE.search(text) is not None
        sent.__dict__["_caption_dated"] = cached
    return cached
