"""A count a party reports for a period ('Will Tesla report at least 1.8 million vehicle deliveries
for calendar year 2023?', 'more than 420,000 vehicle deliveries for the fourth quarter of 2022').

The reporting verb is only the release: what settles such a market is the count the party gives
for the period the question names (after 'for': a calendar year or a quarter), told in whatever
words a report uses:
- the number before the unit's head noun: 'had logged 405,278 deliveries in the October-December
  period';
- the head noun's own verb before the number ('Tesla said it delivered 405,000 electric cars from
  October through December', 'signed up 13.1 million customers', data `reported_counts.json`
  `count_verbs`), or its participle right after it ('1,808,581 delivered');
- the head noun moved to the number or given it ('vehicle deliveries grew 38% year over year to
  1.81 million').

A careful reader checks, and so does this reader:
- the count is the party's (the name that owns it is the market's, or the sentence names the
  market's party and no one else owns it), reported done (not after 'to', 'of', a modal) and not a
  forecast, an estimate, a target or a goal in its clause ('analysts had predicted that Tesla
  would sell about 420,000 vehicles', 'beats target of 1.8 million vehicles');
- it is the whole count, not a part: nothing capitalised right after the number ('1,739,707 Model
  3 and Model Y vehicles'), no place after it ('more than 5 million customers in Europe … alone'),
  not an addition ('another'), not a prior level ('up from 343,000');
- its date lies inside the market's period (a figure of another year or a wider period is another
  count); a count short of the bar must also cover the whole period (a month's deliveries say
  nothing of the quarter's), while one beyond it may cover part of it (a count only grows);
- rounding and bounds: '1.81 million' is 1,805,000–1,815,000, '405,000' 404,500–405,500, 'more than
  5 million' at least 5 million; a figure whose range holds the bar settles nothing.

Fiscal periods (which need not match the calendar) and running totals are not read here."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .. import figure_bounds, quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..lexicon import MONTHS
from ..packaged import load_json
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged
from .base import cite
from .figure_owners import _common

_DATA = load_json("reported_counts.json")
_COUNT_VERBS: dict[str, list[str]] = _DATA["count_verbs"]
_PAST: dict[str, list[str]] = _DATA["past_forms"]
_NOT_REPORTED = frozenset(_DATA["not_reported"])
_NOT_DONE = frozenset(_DATA["not_done_before"])
_NARROWING = frozenset(_DATA["narrowing"])
_CHANGE = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _DATA["change_verbs"]), key=len, reverse=True))

REPORTING_ACTS = frozenset({"report"})
MET = "reported count"  # the mark of a count read against the market's bar (understood.py keeps it)

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<mult>million|billion|thousand))?"
_MULTS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\b)", re.I)
_LEAD = (r"(?P<lead>(?:(?:a\s+|an\s+)?(?:record|total\s+of)\s+|some\s+|about\s+|around\s+|roughly\s+|approximately\s+|"
         r"nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|at\s+least\s+|fewer\s+than\s+|"
         r"less\s+than\s+|close\s+to\s+)*)")
_APPROX = re.compile(r"\b(?:about|around|roughly|approximately|some|close\s+to|an\s+estimated)\s+$", re.I)
_ADDED = re.compile(r"\b(?:another|additional|further|extra|more)\s+$", re.I)
_PRIOR = re.compile(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:a\s+|an\s+)?$", re.I)
_LATER_PRIOR = re.compile(r"^[^.;]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|same)\s+"
                          r"(?:year|quarter|period)|last\s+year)\b", re.I)
_RUNNING = re.compile(r"\b(?:since|to\s+date|so\s+far|ever|all[\s-]time|cumulative\w*|in\s+total\s+since)\b", re.I)
_PLACE_AFTER = re.compile(r"^(?:\s+[a-z-]+){0,3}?\s+in\s+(?:the\s+)?(?P<name>[A-Z][a-z]*)", re.UNICODE)
# a year the sentence gives the count ('All told for 2023, …', 'in 2022'): timex reads no bare year
_YEAR_SAID = re.compile(r"\b(?:for|in|during|throughout|of)\s+(?:(?:the\s+)?(?:full\s+|calendar\s+)?year\s+)?"
                        r"(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I)
# a quarter told by its months and year ('in the final three months of 2023'), which timex leaves undated
_QUARTER_SAID = re.compile(r"\b(?P<edge>first|final|last|closing|opening)\s+three\s+months\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# a span's end told apart: 'from October through December'
_SPAN_JOIN = re.compile(r"^\s*(?:through|thru|to|until|till|-|–)\s*$", re.I)

_YEAR = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:full|calendar)\s+)?(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", re.I)
_QUARTER = re.compile(r"\bfor\s+(?:the\s+)?(?:Q(?P<n>[1-4])\s*(?P<y>(?:19|20)\d\d)|(?P<w>first|second|third|fourth)[\s-]+"
                      r"quarter\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d))\b", re.I)
_ORDINALS = ("first", "second", "third", "fourth")


def period(question: str, deadline: datetime) -> tuple[datetime, datetime] | None:
    """The calendar period the count is asked for ('for calendar year 2023', 'for Q4 2023', 'for the
    fourth quarter of 2022'): its first and last days; None for a fiscal period or none named."""
    if re.search(r"\bfiscal\b", question, re.I):
        return None
    tz = deadline.tzinfo
    q = _QUARTER.search(question)
    if q:
        n = int(q.group("n")) if q.group("n") else _ORDINALS.index(q.group("w").lower()) + 1
        year = int(q.group("y") or q.group("y2"))
        start = datetime(year, 3 * n - 2, 1, tzinfo=tz)
        end = (datetime(year + 1, 1, 1, tzinfo=tz) if n == 4 else datetime(year, 3 * n + 1, 1, tzinfo=tz)) - timedelta(days=1)
        return start, end
    y = _YEAR.search(question)
    if y:
        year = int(y.group("y"))
        return datetime(year, 1, 1, tzinfo=tz), datetime(year, 12, 31, tzinfo=tz)
    return None


def bar(ctx: MarketContext) -> tuple[float, str, bool] | None:
    """The least count, its unit and whether the bar is strict: the target's, or read here when the
    unit is a head noun after more modifiers than the target reads ('at least 10 million paid net
    subscriber additions')."""
    t = ctx.target
    if t.kind != "event" or t.act not in REPORTING_ACTS or period(ctx.market.question, ctx.market.deadline) is None:
        return None
    if t.quantity is not None and t.quantity_unit and t.quantity != float("inf"):
        return float(t.quantity), t.quantity_unit, t.threshold_inclusive is False
    req = quantities.required(ctx.market.question)
    if req is None or req.unit or req.direction != "above" or not req.text:
        return None
    at = ctx.market.question.find(req.text)
    words = re.match(r"\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", ctx.market.question[at + len(req.text):])
    heads = [w for w in words.group(1).split() if quantities._plural_noun(w)] if words else []
    return (req.value, heads[-1], not req.inclusive) if heads else None


def _head(unit: str) -> tuple[str, str]:
    """The unit's head noun, singular and as a pattern of both numbers ('vehicle deliveries' →
    'delivery', 'deliver(?:y|ies)')."""
    head = unit.split()[-1].lower()
    if head.endswith("ies"):
        single = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        single = head[:-1]
    else:
        single = head
    stem = single[:-1] if single.endswith("y") else single
    return single, (rf"{re.escape(stem)}(?:y|ies)" if single.endswith("y") else rf"{re.escape(single)}s?")


def _verb_forms(verb: str) -> tuple[str, str]:
    """Done forms of a count verb ('deliver' → delivered|delivers; 'lay off' → laid|lays + 'off'),
    as a pattern, and its particle."""
    base, _, particle = verb.partition(" ")
    past = _PAST.get(base) or [base + ("d" if base.endswith("e") else base[-1] + "ed" if re.search(r"[^aeiou][aeiou][bdgpt]$", base)
                                       and len(base) <= 4 else "ed")]
    forms = sorted({*past, base + "s"}, key=len, reverse=True)
    return "|".join(map(re.escape, forms)), particle


def _figures(text: str, unit: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """(start of the anchor word, start of the number, wording, match) of each count of `unit`."""
    single, head = _head(unit)
    out: list[tuple[int, int, str, re.Match[str]]] = []
    for m in re.finditer(rf"(?<![\w.,$€£]){_NUM}\s+(?:[a-z-]+\s+){{0,2}}?{head}\b", text):
        out.append((m.start(), m.start("num"), m.group(0), m))
    for verb in _COUNT_VERBS.get(single, []):
        forms, particle = _verb_forms(verb)
        gap = rf"\s+{particle}" if particle else ""
        for m in re.finditer(rf"\b(?P<verb>{forms}){gap}\s+{_LEAD}{_NUM}\b", text, re.I):
            out.append((m.start("verb"), m.start("num"), m.group(0), m))
        for m in re.finditer(rf"(?:\band\s+|,\s*){_NUM}\s+(?P<verb>{forms}){gap}\b", text, re.I):
            out.append((m.start("verb"), m.start("num"), m.group(0), m))
    for m in re.finditer(rf"\b(?P<head>{head})\s+(?:[^.;,]{{0,40}}?\s)?(?P<verb>{_CHANGE})\s+(?:[^.;,]{{0,40}}?\bto\s+)?{_NUM}",
                         text, re.I):
        out.append((m.start("verb"), m.start("num"), m.group(0), m))
    return sorted(out, key=lambda x: x[1])


def _range(m: re.Match[str], lead: str) -> tuple[float, float]:
    """The values a written count allows: its rounding ('1.81 million'), its bound ('more than')."""
    raw = m.group("num").replace(",", "")
    mult = _MULTS.get((m.group("mult") or "").lower(), 1.0)
    value = float(raw) * mult
    if "." in raw:
        half = 0.5 * 10 ** -len(raw.split(".")[1]) * mult
    elif mult > 1:
        half = 0.5 * mult
    else:
        zeros = len(raw) - len(raw.rstrip("0")) if raw.strip("0") else 0
        half = 0.5 * 10 ** zeros if zeros >= 3 else 0.0
    lo, hi = value - half, value + half
    bound = figure_bounds.bound_before(lead.lower())
    if bound is not None:
        lo, hi = (value, float("inf")) if bound.side == "lower" else (0.0, value)
    elif _APPROX.search(lead):
        lo, hi = value * 0.97, value * 1.03
    return lo, hi


def _place_after(after: str) -> bool:
    """'customers in Europe …', 'in the U.S.': a place after the count narrows it (a month does not)."""
    m = _PLACE_AFTER.match(after)
    return bool(m) and m.group("name").lower() not in MONTHS


def _dated(f: SentenceFacts, num_at: int) -> tuple[datetime, datetime, str, str] | None:
    """The period the count at `num_at` is dated by: the time expression dating it, joined to the one
    right after it when a range is told in two ('from October through December'), else a year the
    sentence names; (start, end, wording, explanation), or None when undated."""
    span = event_time(f, f.sent.token_at(num_at))
    text = f.sent.text
    # 'the company announced Saturday, having shipped a record 499,550 … in 2020': the day dates the
    # release; the period the sentence names dates the count
    told = span.pos >= 0 and f.dates_the_statement(span, -1) and (_QUARTER_SAID.search(text) or _YEAR_SAID.search(text))
    if span.pos >= 0 and not told:
        start, end, said = span.start, span.end, span.text
        for other in sorted(f.spans, key=lambda s: s.pos):
            between = text[span.pos + len(span.text):other.pos]
            if other.pos > span.pos and (_SPAN_JOIN.match(between) or not between.strip() and
                                         _SPAN_JOIN.match(other.text.split()[0] if other.text.split() else "")):
                end, said = other.end, text[span.pos:other.pos + len(other.text)]
        why = span.explanation if said == span.text else \
            f"{span.explanation}; joined to '{said}': {start:%d %b %Y} to {end:%d %b %Y}"
        return start, end, said, why
    tz = f.article.published.tzinfo
    quarter = _QUARTER_SAID.search(text)
    if quarter:
        year, first = int(quarter.group("y")), quarter.group("edge").lower() in ("first", "opening")
        start, end = (datetime(year, 1, 1, tzinfo=tz), datetime(year, 3, 31, tzinfo=tz)) if first else \
            (datetime(year, 10, 1, tzinfo=tz), datetime(year, 12, 31, tzinfo=tz))
        return start, end, quarter.group(0), f"'{quarter.group(0)}': {start:%d %b %Y} to {end:%d %b %Y}"
    years = {m.group("y") for m in _YEAR_SAID.finditer(text)}
    if len(years) == 1:
        year = int(years.pop())
        return (datetime(year, 1, 1, tzinfo=tz), datetime(year, 12, 31, tzinfo=tz), str(year),
                f"'{year}' named in the sentence: the year {year}")
    return None


# ', having shipped a record 499,550': a perfect participle opens a clause of its own, the count told done
_HAVING = re.compile(r",\s+having\s+(?=[a-z]+ed\b|sold\b|laid\b)", re.I)


def _clause_before(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".;:")
    having = [m.end() for m in _HAVING.finditer(text, start + 1) if m.end() <= pos]
    return text[(having[-1] if having else start + 1):pos]


def _why_not(ctx: MarketContext, f: SentenceFacts, anchor: int, num_at: int, m: re.Match[str]) -> str | None:
    """Why the count at `num_at` is not the party's reported count, or None when it is."""
    text = f.sent.text
    words = re.findall(r"[a-z']+", _clause_before(text, anchor).lower())
    if set(words) & _NOT_REPORTED:
        return "a forecast, an estimate or a goal"
    if set(words[-3:]) & _NOT_DONE:
        return "not reported as done"
    lead = text[max(0, num_at - 20):num_at]
    if _ADDED.search(lead) or _PRIOR.search(lead):
        return "an addition or an earlier level"
    after = text[m.end():]
    if _PERCENT_AFTER.match(after):
        return "a percentage"
    if re.match(r"^\s+[A-Z0-9]", after) or re.match(r"^(?:\s+[a-z-]+){0,3}\s+(?:" + "|".join(_NARROWING) + r")\b", after) \
            or _place_after(after) or _LATER_PRIOR.match(after):
        return "a part of the count or another period's"
    close = re.search(r"[,;.]", text[m.end():])
    if _RUNNING.search(_clause_before(text, anchor) + text[anchor:m.end() + (close.start() if close else len(text))]):
        return "a running total"
    owner = quantities.owner_before(text, num_at, _common)
    ours = bool(owner) and (any(p.search(owner) for p in ctx.actor_patterns.values())
                            or quantities.names_overlap(owner, ctx.target.actors))
    if (owner and not ours) or not (ours or f.actors):
        return "another party's count"
    return None


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    asked = bar(ctx)
    if asked is None:
        return []
    need, unit, strict = asked
    start, end = period(ctx.market.question, ctx.market.deadline)
    met = (lambda x: x > need) if strict else (lambda x: x >= need)
    text = f.sent.text
    notes: list[Contribution] = []
    for anchor, num_at, wording, m in _figures(text, unit):
        if _why_not(ctx, f, anchor, num_at, m) is not None:
            continue
        i = f.sent.token_at(anchor)
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        dated = _dated(f, num_at)
        if dated is None or dated[0].date() < (start - timedelta(days=3)).date() or \
                dated[1].date() > (end + timedelta(days=3)).date():
            continue  # undated, or dated outside the market's period: another count
        lo, hi = _range(m, m.groupdict().get("lead") or text[max(0, num_at - 20):num_at])
        whole = dated[0].date() <= (start + timedelta(days=7)).date() and dated[1].date() >= (end - timedelta(days=7)).date()
        said = f"'{wording.strip()}' for '{dated[2]}'"
        explanation = dated[3]
        wanted = f"{'more than' if strict else 'at least'} {need:,.0f} {unit}"
        if met(lo):
            return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation,
                                  f"{MET} {said}: meets {wanted}", settings, explanation)]
        if not met(hi) and whole:
            return [hedged.weaken(f, i, "magnitude_short", "no", -settings.weights.confirmation,
                                  f"{MET} {said}: short of {wanted}, for the whole period", settings,
                                  explanation)]
        notes.append(cite(f, "confirmation", "none", 0.0, f"{MET} {said} does not settle {wanted}"
                          + ("" if whole else ": it covers part of the period"), explanation))
    return notes[:1]
