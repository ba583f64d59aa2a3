"""Held since: for a market on a set value that must last ('Will the federal funds target range stay
at 5.25%-5.50% through August 31, 2024?', 'Will the policy rate stay at or above 6.00% through April
30?'), a report, in an article published after the deadline, that the value held from a time at or
before the window's start through the deadline, told in words that are no hold verb:

- a change told as the first since a time at or before the window's start, itself dated after the
  deadline: 'its first reduction this year' (announced on Tuesday, three weeks after an April 30
  deadline), 'The Fed's first interest rate cut since March 2020', 'lowered its key interest rate for
  the first time in more than four years'. No change of that kind came inside the window. Only a
  change that would break the market counts: a cut for a bar the rate must stay at or above, a hike
  for one it must stay at or below, and only a change of either way ('first change since 2009') for
  a market on one value (a 'first cut since' says nothing of a hike);
- the value told as held since such a time: 'has been at 6.25 percent since October', ', where it's
  been since October' (after 'at 6.25 percent'), 'have been unchanged since the July hike': in the
  present perfect the hold reaches the article's day; in the past perfect ('Interest rates had been
  at a range of 5.25% to 5.50% since July 2023') it reaches the change the article reports, so it
  counts only beside a first-change reading of the same article dated after the deadline. The value
  must be the market's (or meet its bar); a hold at another value never counts.

The window's start must be named by the market ('from January 1, 2024 through August 31, 2024'):
with none, 'since October' cannot be set against it. A hedge ('would be the first cut since'),
a condition or a negation drops the reading. The reading is a note (rules/state_held.py): it
weighs nothing, but a passed deadline resting on it is no longer the deadline's silence
(weak_readings.json 'unless_note')."""

from __future__ import annotations

import re
from datetime import date

from . import level_change
from .analysis import MarketContext, SentenceFacts, negation
from .hedges import hedge_cue
from .lexicon import NUMBER_WORDS
from .text import conditional_clause
from .timex import find_time_expressions

MARK = "held through the window"

# a change noun or verb, by the way it moves the value
_NOUNS = {"down": ("cut", "reduction", "decrease", "easing", "lowering"),
          "up": ("hike", "increase", "rise", "raise", "tightening"),
          "any": ("change", "move", "adjustment")}
_VERBS = {"down": ("cut", "cuts", "lowered", "lowers", "reduced", "reduces", "eased", "eases"),
          "up": ("raised", "raises", "hiked", "hikes", "increased", "increases", "tightened", "tightens"),
          "any": ("changed", "changes", "adjusted", "adjusts", "moved", "moves")}
_WAY = {w: way for way, words in (*_NOUNS.items(), *_VERBS.items()) for w in words}
_ALT = lambda words: "|".join(sorted({w for ws in words.values() for w in ws}, key=len, reverse=True))
# 'since March 2020', 'this year', 'in more than four years', 'in 17 years'
_SINCE = (r"(?P<since>since\b|this\s+year\b|in\s+(?P<approx>more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?"
          r"(?P<n>\d+|[a-z]+)\s+(?P<unit>years?|months?)\b)")
# 'its first reduction this year', 'The Fed's first interest rate cut since March 2020'
_FIRST_NOUN = re.compile(rf"\bfirst\s+(?:[\w'’.%-]+\s+){{0,4}}?(?P<w>{_ALT(_NOUNS)})s?\s+{_SINCE}", re.I)
# 'lowered its key interest rate for the first time in more than four years' (the object between)
_FIRST_TIME = re.compile(rf"\b(?P<w>{_ALT(_VERBS)})\b(?P<gap>(?:\s+[\w'’.%-]+){{0,5}}?)\s+for\s+the\s+first\s+time\s+{_SINCE}",
                         re.I)
_VALUE = r"(?P<v>\d+(?:\.\d+)?)"
# 'has been at 6.25 percent since', 'had been at a range of 5.25% to 5.50% since', 'have been unchanged
# since', 'has been on hold for 10 consecutive months since'
_BEEN = re.compile(rf"\b(?P<aux>has|have|had|(?<=\w)['’]s)\s+(?:\w+\s+)?been\s+(?:(?:held|kept|maintained)\s+)?"
                   rf"(?:at\s+(?:a\s+(?:range|level)\s+of\s+)?{_VALUE}|(?P<steady>unchanged|on\s+hold|steady))"
                   r"(?P<mid>(?:[^.;:]|\.(?=\d)){0,60}?)\bsince\b", re.I)
# ', where it's been since October', after the value it names ('at 6.25 percent')
_WHERE = re.compile(r"\bat\s+(?P<v>\d+(?:\.\d+)?)(?:[^.;:]|\.(?=\d)){0,40}?,?\s+where\s+(?:it|they)\s*(?P<aux>['’]s|has|have|had)\s+"
                    r"(?:\w+\s+)?been\s+since\b", re.I)
_APPROX = ("almost", "nearly", "about", "some")
_YEAR = re.compile(r"\b\d{4}\b")
_SINCE_YEAR = re.compile(r"since\s+((?:19|20)\d\d)\b(?![\d,.%])", re.I)


def _token_at(f: SentenceFacts, pos: int) -> int | None:
    return next((k for k, t in enumerate(f.sent.tokens) if t.start <= pos < t.start + max(len(t.text), 1)), None)


def _since_day(f: SentenceFacts, m: re.Match[str]) -> date | None:
    """The earliest day the 'since …' of match m reaches back to, else None."""
    published = f.article.published
    if m.group("n") is not None:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if not count or count == 1 and n in ("a", "an"):
            return None
        approx = (m.group("approx") or "").strip().lower()
        if approx in _APPROX:
            count = max(count - 1, 0)  # 'in nearly three years': two at least
        months = count * 12 if m.group("unit").lower().startswith("year") else count
        y, mo = divmod(published.year * 12 + published.month - 1 - months, 12)
        return date(y, mo + 1, min(published.day, 28))
    if m.group("since").lower().startswith("this"):
        return date(published.year, 1, 1)
    return since_date(f, f.sent.text[m.start("since"):m.start("since") + 48])


def since_date(f: SentenceFacts, text: str) -> date | None:
    """The day a 'since …' opening `text` reaches back to ('since March 2020', 'since July 2023', 'since
    2008', 'since October' in an article of April: the October before), else None ('since the Great
    Recession')."""
    published = f.article.published
    spans = find_time_expressions(text, published, "past")
    if spans and spans[0].pos == 0:
        day = spans[0].start.date()
        if day <= published.date():
            return day
        return day.replace(year=day.year - 1) if not _YEAR.search(spans[0].text) else None
    m = _SINCE_YEAR.match(text)
    return date(int(m.group(1)), 1, 1) if m and int(m.group(1)) <= published.year else None


def _way_breaks(ctx: MarketContext, way: str) -> bool:
    """A change of this way would break the market's state."""
    if level_change.held_value(ctx) is not None:
        return way == "any"
    bar = level_change.held_bar(ctx)
    if bar is None:
        return False
    return way == "any" or way == ("down" if bar.direction == "above" else "up")


def _change_day(ctx: MarketContext, f: SentenceFacts, i: int, m: re.Match[str]) -> date | None:
    """The day the change at token i is told on: the sentence's own date of it (not the 'since …'),
    or, undated in the headline or the lead (its first three sentences), the article's day."""
    spans = [s for s in f.spans if not m.start() <= s.pos < m.end() and not f.dates_the_statement(s, i)
             and f.lead_word(s) not in ("until", "till", "through", "since", "by", "before")]
    if spans:
        pos = f.char_pos(i)
        return min(spans, key=lambda s: abs(s.pos - pos)).start.date()
    if f.sent.headline or f.sent.index <= 3:
        return f.article.published.date()
    return None


def _first_changes(ctx: MarketContext, f: SentenceFacts):
    """(token, way, match, day since, day of the change) of each change told as the first since a
    time, naming the state's object, with no hedge, condition or negation on it."""
    if not f.object_idx:
        return
    for pattern in (_FIRST_NOUN, _FIRST_TIME):
        for m in pattern.finditer(f.sent.text):
            i = _token_at(f, m.start("w"))
            if i is None:
                continue
            if pattern is _FIRST_TIME:
                lo, hi = m.start("w"), m.end("gap")
                if not any(lo < f.sent.tokens[k].start < hi for k in f.object_idx):
                    continue  # 'inflation turned negative for the first time': the object is not the one moved
            if hedge_cue(f, i) or conditional_clause(f.sent, i) or negation(f, i):
                continue
            since, day = _since_day(f, m), _change_day(ctx, f, i, m)
            if since is not None and day is not None:
                yield i, _WAY[m.group("w").lower()], m, since, day


def _in_time(ctx: MarketContext, f: SentenceFacts, since: date, day: date) -> bool:
    """The change, first since `since`, came after the deadline (and by the article's day), and
    `since` is at or before the window's start: none came inside the window."""
    start = ctx.target.window_start
    return start is not None and since <= start.date() and ctx.market.deadline.date() < day <= f.article.published.date()


def first_change(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(token, wording, dating) of a change that would break the market told as its first since a
    time at or before the window's start, dated after the deadline."""
    for i, way, m, since, day in _first_changes(ctx, f):
        if _way_breaks(ctx, way) and _in_time(ctx, f, since, day):
            return i, f"'{m.group(0)}'", _dating(ctx, since, day)
    return None


def _changed_after(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The article reports a change of the object, told as the first since a time at or before the
    window's start, dated after the deadline (either way): the end a past perfect hold reaches."""
    return any(_in_time(ctx, g, since, day) for g in (f.article_facts or [f]) for _, _, _, since, day in _first_changes(ctx, g))


def held_since(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(token, wording, dating) of the value told as held since a time at or before the window's
    start, up to the article's day (present perfect) or up to a change the article dates after the
    deadline (past perfect)."""
    if not f.object_idx or f.article.published.date() < ctx.market.deadline.date():
        return None
    value, bar = level_change.held_value(ctx), level_change.held_bar(ctx)
    if value is None and bar is None:
        return None
    for m in (*_BEEN.finditer(f.sent.text), *_WHERE.finditer(f.sent.text)):
        v = m.group("v")
        if v is not None and (float(v) != value if value is not None else not bar.met_by(float(v))):
            continue  # held at another value: not the market's state
        if v is None and value is None:
            continue  # 'unchanged since' with a bar to keep: on which side is not told
        i = _token_at(f, m.start())
        if i is None or hedge_cue(f, i) or conditional_clause(f.sent, i) or negation(f, i):
            continue
        at = m.end() - len("since")
        since = since_date(f, f.sent.text[at:at + 48])
        start = ctx.target.window_start
        if since is None or start is None or since > start.date():
            continue
        past_perfect = m.group("aux").lower() == "had"
        if past_perfect and (f.article.published.date() <= ctx.market.deadline.date() or not _changed_after(ctx, f)):
            continue
        return i, f"'{m.group(0)} …'", _dating(ctx, since, f.article.published.date(), past_perfect)
    return None


def _dating(ctx: MarketContext, since: date, day: date, past_perfect: bool = False) -> str:
    start = ctx.target.window_start
    what = "up to the change the article dates after the deadline" if past_perfect else f"up to {day:%a %d %b %Y}"
    return (f"held since {since:%d %b %Y}, at or before the window's start {start:%d %b %Y}, {what}; "
            f"deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}")
