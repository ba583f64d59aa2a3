"""A referendum side's share: a market asking that one side of a vote reach a share ('Will "Leave"
receive 52.0% or more …?', "Will the 'In favor' option receive at least 45% …?", 'Will the
pro-independence side receive at least 55% …?', 'Will the … initiative receive at least 58.5% of the
popular vote …?'). Reporters give a side's share in a few sentence shapes, none of which names the
side as a capitalised owner before the figure:

- a result line: 'Leave: 17,410,742 (51.9%)';
- the voters' choice after the figure: '44.24% voted in favor of it', 'over 56.3 percent of voters
  chose independence';
- the measure decided with its share: 'The trade union initiative was approved with around 58.2
  percent of the vote';
- the side named by its voters' choice in the question ('Will the vote to remain part of France
  receive at least 60% …?') and the voters' choice after the figure ('56.4 per cent of voters
  choosing to remain part of France');
- the side with a getting verb or past a named threshold: 'the pro-independence camp won Sunday's
  referendum by slightly more than the 55 percent threshold'.

A figure is read with its precision: 'around 58.2' lies within a unit of its last digit, 'more
than the 55 percent threshold' above 55, a whole '52%' for a bar written '52.0%' within half a
unit. Read by the threshold_crossed rule, which dates it and weighs what is left to count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import MarketContext, SentenceFacts

_PCT = r"(?P<num>\d{1,3}(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
# the side the question names
_QUOTED = re.compile(r"^\s*Will\s+(?:the\s+)?[\"'“‘](?P<label>[^\"'”’]{1,25})[\"'”’]\s*(?:option\s+|side\s+|camp\s+|vote\s+)?"
                     r"(?:receive|get|win|obtain|take|reach|secure|garner|be\s+backed\s+by)\b", re.I)
# the side named bare: 'Will the Yes side win at least 60% of the vote …?'
_BARE = re.compile(r"^\s*Will\s+the\s+(?P<label>yes|no)\s+(?:side|camp|vote|option|campaign)\s+(?:receive|get|win|obtain|take|"
                   r"reach|secure|garner)\b", re.I)
_PRO = re.compile(r"^\s*Will\s+the\s+pro-(?P<what>[a-z]+)\s+(?:side|camp|option|vote)\s+(?:receive|get|win|obtain|take|reach|secure|"
                  r"garner)\b", re.I)
# the share asked of the ballots themselves: 'Will at least 95% of ballots cast in … be for independence?'
_SHARE_FOR = re.compile(r"^\s*Will\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b)\s+"
                        r"of\s+(?:the\s+|all\s+)?(?:valid\s+)?(?:ballots|votes)\b[^?]{0,80}?\bbe\s+(?:cast\s+)?(?:for|in\s+favou?r\s+of)\s+"
                        r"(?P<what>[a-z]+)\s*\?", re.I)
# the side named by its voters' choice: 'Will the vote to remain part of France receive at least 60% …?', 'Will the
# vote for independence get …?'
_VOTE_TO = re.compile(r"^\s*Will\s+the\s+(?:vote|votes|option|side|camp|ballots?)\s+(?P<prep>to|for)\s+(?P<what>[a-z]+)\b"
                      r"[^?]{0,60}?\s+(?:receive|get|win|obtain|take|reach|secure|garner)\b", re.I)
_MEASURE_HEADS = r"initiative|proposal|measure|amendment|proposition|constitution|referendum\s+question"
_MEASURE = re.compile(rf"^\s*Will\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,6}}?(?P<head>{_MEASURE_HEADS})\s+(?:receive|get|win|obtain|"
                      r"be\s+(?:approved|backed|accepted)\s+by)\b", re.I)
_YES_WORDS = {"yes", "in favor", "in favour", "a favor", "for", "approve", "approval", "si", "sí", "oui", "ja"}
_NO_WORDS = {"no", "against", "reject", "rejection", "en contra", "non", "nein"}
# words a side's figure is told with
_YES_CHOICE = r"in\s+favou?r\b|for\b|yes\b|to\s+(?:approve|accept|adopt)\b"
_NO_CHOICE = r"against\b|no\b|to\s+reject\b"
_APPROX = r"(?P<approx>(?:just\s+|slightly\s+)?(?:around|about|roughly|approximately|some|nearly|almost|over|more\s+than|above|" \
          r"under|less\s+than|below|up\s+to|as\s+(?:many|much)\s+as|at\s+most|no\s+more\s+than)\s+(?:the\s+)?)?"


@dataclass(frozen=True)
class Side:
    kind: str  # 'yes', 'no', 'label' (a named option: Leave), 'pro' (pro-independence), 'measure' (the measure's yes share)
    word: str  # the label, the cause, or the measure's head noun

    def choice(self) -> str:
        """The words after a voting verb that tell this side's voters' choice."""
        if self.kind in ("yes", "measure"):
            return _YES_CHOICE
        if self.kind == "no":
            return _NO_CHOICE
        w = re.escape(self.word)
        return rf"(?:to\s+|for\s+|in\s+favou?r\s+of\s+)?{w}"

    def owner(self) -> str:
        """How a sentence names this side as the subject of its share."""
        if self.kind == "pro":
            return rf"\bpro-{re.escape(self.word)}\s+(?:side|camp|bloc|vote|option|forces)"
        if self.kind == "measure":
            return rf"\b{self.word}"
        names = {"yes": r"yes|in\s+favou?r", "no": r"no|against"}.get(self.kind, re.escape(self.word))
        return rf"(?:^|\bthe\s+)[\"'“‘]?(?:{names})[\"'”’]?\s+(?:side|camp|vote|option|campaign)\b"


def side(ctx: MarketContext) -> Side | None:
    """The side of a vote whose share the market asks about; None for other markets."""
    t = ctx.target
    q = ctx.market.question
    if t.kind != "threshold" or t.threshold_unit != "percent" or not re.search(r"\bvotes?\b|\bballots?\b", q, re.I):
        return None
    m = _QUOTED.search(q)
    if m:
        label = m.group("label").strip().lower()
        if label in _YES_WORDS:
            return Side("yes", label)
        if label in _NO_WORDS:
            return Side("no", label)
        return Side("label", label) if re.fullmatch(r"[a-z]+", label) else None
    m = _BARE.search(q)
    if m:
        return Side(m.group("label").lower(), m.group("label").lower())
    m = _PRO.search(q)
    if m:
        return Side("pro", m.group("what").lower())
    m = _MEASURE.search(q)
    if m:
        return Side("measure", m.group("head").lower())
    m = _VOTE_TO.search(q)
    if m and m.group("what").lower() not in _YES_WORDS | _NO_WORDS:
        return Side("label" if m.group("prep").lower() == "to" else "pro", m.group("what").lower())
    m = _SHARE_FOR.search(q)
    if m:
        return Side("pro", m.group("what").lower())
    return None


# a result line: 'Leave: 17,410,742 (51.9%)', 'Yes – 55.5%'
def _line(s: Side) -> re.Pattern[str]:
    names = {"yes": r"yes|in\s+favou?r|approve", "no": r"no|against|reject"}.get(s.kind, re.escape(s.word))
    return re.compile(rf"^\W*(?:{names})\s*[:–—-]\s*(?:\d[\d,.]*\s+(?:votes?\s*)?)?[(\[]?\s*{_PCT}\s*[)\]]?\s*$", re.I)


# the voters' choice after the figure: '44.24% voted in favor of it', '56.3 percent of voters chose independence'
def _choice(s: Side) -> re.Pattern[str]:
    # the voters named by their nation ('69 percent of Kenyans had backed the charter')
    voters = r"(?:of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:voters|votes|ballots|electorate|valid\s+votes|participants)\s+|[A-Z][a-z]+\s+" \
        r"|of\s+[A-Z][a-z]+(?:ans|ese|ers|is|s)\s+)?"
    verbs = r"(?:were\s+|had\s+|have\s+)?(?:voted|vote|voting|chose|choosing|opted|opting|cast\s+(?:their\s+)?(?:votes?|ballots?))\s+"
    # the choice told with no verb: '67.1 per cent of Irish voters in favour of the Lisbon Treaty, with 32.9 per cent opposed'
    extra = r"|(?:were\s+)?in\s+favou?r\b" if s.kind in ("yes", "measure") else \
        r"|(?:were\s+)?(?:opposed|against)\b" if s.kind == "no" else \
        rf"|(?:were\s+)?in\s+favou?r\s+of\s+{re.escape(s.word)}\b" if s.kind == "pro" else ""
    verb_only = {"yes": r"approved|backed|supported|endorsed", "no": r"rejected|opposed"}.get(s.kind)
    alts = rf"{verbs}(?:{s.choice()}){extra}" + (rf"|(?:had\s+|have\s+)?(?:{verb_only})\b" if verb_only else "")
    return re.compile(rf"{_APPROX}{_PCT}\s+{voters}(?:{alts})", re.I)


# the measure decided with its share: 'The … initiative was approved with around 58.2 percent of the vote'
def _decided(s: Side) -> re.Pattern[str] | None:
    if s.kind != "measure":
        return None
    return re.compile(rf"{s.owner()}\b[^.;,]{{0,25}}?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:approved|accepted|adopted|"
                      rf"passed|backed|endorsed)\s+(?:by|with)\s+{_APPROX}{_PCT}\s+of\s+(?:the\s+)?(?:popular\s+|valid\s+)?"
                      r"(?:votes?|voters|ballots)\b", re.I)


# the side with a getting verb ('the Leave side won 51.9%') or past a named threshold ('won … by slightly more than
# the 55 percent threshold', 'cleared the 55% threshold')
def _owned(s: Side) -> re.Pattern[str]:
    return re.compile(rf"{s.owner()}\s+(?:(?:won|received|got|took|secured|garnered|polled|obtained)\s+(?:with\s+)?{_APPROX}{_PCT}"
                      rf"|(?:won|passed|carried)\b[^.;]{{0,40}}?\bby\s+(?P<approx2>(?:just\s+|slightly\s+)?(?:more\s+than|over))\s+"
                      rf"the\s+{_PCT.replace('num', 'bar')}\s+(?:threshold|mark|bar|hurdle)"
                      rf"|(?:cleared|crossed|passed|surpassed|exceeded|topped)\s+the\s+{_PCT.replace('num', 'bar2')}\s+"
                      r"(?:threshold|mark|bar|hurdle))", re.I)


# a two-way split told as a pair ('by a majority of 706,349, or 66.4% to 33.6%', 'will be 68 per cent to 32 per cent'):
# the first figure is the winner's, and whose it is the words before tell
_PAIR = re.compile(r"(?P<num>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)?\s*(?:to|-|–|vs\.?|versus)\s*"
                   r"(?P<other>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
# the measure carried: 'has voted decisively to change the constitution … by', 'voted yes by'
_CARRIED = re.compile(r"\bvot(?:ed|es)\s+(?:\w+ly\s+)?(?:yes\b|in\s+favou?r\b|for\b|to\s+(?:approve|adopt|accept|repeal|change|"
                      r"amend|ratify|endorse|back|legali[sz]e|allow|introduce)\b)", re.I)
_REFUSED = re.compile(r"\bvot(?:ed|es)\s+(?:\w+ly\s+)?(?:no\b|against\b|to\s+reject\b)|\brejected\b", re.I)
_WIN = r"(?:victory|win|won|wins|lead|leads|led|carried|landslide)"


def _pair(s: Side, text: str) -> tuple[re.Match[str], str] | None:
    """The side's share in a pair ('66.4% to 33.6%') whose first figure the words before give to the
    side: the measure carried ('voted … to repeal … by'), or the side named with a win ('the victory
    for the Yes side … will be 68 per cent to 32 per cent'). The pair must split the whole (its two
    figures sum to about 100) with the larger first; a clause with both sides' win words is left.
    Returns the pair and the group holding the side's figure ('other' when the other side won)."""
    if s.kind not in ("yes", "no", "measure"):
        return None
    for m in _PAIR.finditer(text):
        a, b = float(m.group("num")), float(m.group("other"))
        if a < b or abs(a + b - 100.0) > 1.5:
            continue
        before = re.split(r"[.;!?]", text[:m.start()])[-1][-160:]
        carried, refused = _CARRIED.search(before), _REFUSED.search(before)
        named = re.search(rf"{_WIN}\b[^,;]{{0,40}}?{s.owner()}|{s.owner()}[^,;]{{0,40}}?{_WIN}\b", before, re.I)
        other = Side("no" if s.kind in ("yes", "measure") else "yes", "")
        rival = re.search(rf"{_WIN}\b[^,;]{{0,40}}?{other.owner()}|{other.owner()}[^,;]{{0,40}}?{_WIN}\b", before, re.I)
        yes_first = bool(carried) and not refused
        no_first = bool(refused) and not carried
        if (named and not rival) or (s.kind == "no" and no_first) or (s.kind != "no" and yes_first):
            return m, "num"
        if (rival and not named) or (s.kind == "no" and yes_first) or (s.kind != "no" and no_first):
            return m, "other"  # 'voted to reject … by 70.2% to 29.8%': the yes side's is the second
    return None


@dataclass(frozen=True)
class Reading:
    start: int  # where the figure stands in the sentence
    text: str  # the words read
    lo: float  # the range the share lies in
    hi: float
    strict_lo: bool  # 'more than 55': above it, not at it


def _decimals(number: str) -> int:
    return len(re.split(r"[.,]", number)[1]) if re.search(r"[.,]", number) else 0


def _range(number: str, approx: str | None, bar_decimals: int) -> tuple[float, float, bool]:
    value = float(number.replace(",", "."))
    unit = 10.0 ** -_decimals(number)
    a = (approx or "").lower()
    if re.search(r"\b(?:over|more\s+than|above)\b", a):
        return value, float("inf"), True
    if re.search(r"\b(?:under|less\s+than|below|up\s+to|as\s+(?:many|much)\s+as|at\s+most|no\s+more\s+than)\b", a):
        return float("-inf"), value, False  # 'up to 72 percent': at most it
    if a:  # 'around 58.2': within a unit of its last digit
        return value - unit, value + unit, False
    if bar_decimals > _decimals(number):  # a whole '52%' for a bar of '52.0%': a rounding, within half a unit
        return value - unit / 2, value + unit / 2, False
    return value, value, False


def read(ctx: MarketContext, f: SentenceFacts, s: Side) -> Reading | None:
    """The market's side's share told in the sentence, with the range it lies in; None when the
    sentence gives none in these shapes."""
    text = f.sent.text
    bar_decimals = _decimals(re.search(r"\d+(?:\.\d+)?", f"{ctx.target.threshold:g}").group(0))
    bar_text = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s*cent)", ctx.market.question)
    if bar_text:
        bar_decimals = _decimals(bar_text.group(1))
    for rx in filter(None, (_line(s), _choice(s), _decided(s))):
        m = rx.search(text)
        if m:
            lo, hi, strict = _range(m.group("num"), m.groupdict().get("approx"), bar_decimals)
            return Reading(m.start("num"), m.group(0).strip(), lo, hi, strict)
    paired = _pair(s, text)
    if paired:
        m, g = paired
        lo, hi, strict = _range(m.group(g), None, bar_decimals)
        return Reading(m.start(g), m.group(0).strip(), lo, hi, strict)
    m = _owned(s).search(text)
    if m:
        for g, approx in (("num", "approx"), ("bar", "approx2"), ("bar2", None)):
            if m.group(g):
                lo, hi, strict = _range(m.group(g), m.group(approx) if approx else "over", bar_decimals)
                if g == "bar2":
                    strict = False  # 'cleared the 55% threshold': at it or above
                return Reading(m.start(g), m.group(0).strip(), lo, hi, strict)
    return None
