"""Opening grosses: a market on a release's gross over its opening ('gross more than $60 million at
the domestic box office in its opening weekend', 'Will Zootopia 2's five-day opening in China beat
Avengers: Endgame's $330.5 million?') and a sentence telling the release's own opening gross
('propelled it to a $55.6 million domestic debut', 'debuted this weekend with an estimated $95 to
$97 million in North America', 'collected … $271.8 million over 5-day debut'): the opening is one
period, reported once, so its figure short of the bar says the bar was missed. Read by the
threshold_crossed rule when no figure of the sentence crossed the bar. A figure told as the opening's
('grossing a record-breaking $169.2 million in its first weekend') in an article after the deadline is
of the opening the question dates ('in its domestic opening weekend (July 15-17, 2011)'): opening_dated.

Not read: a figure another title owns ('Avengers: Endgame's $330.5 million', 'the $6.43 million
start by Warner Bros.' Smallfoot', 'Oppenheimer opened with $82.5M') or cites in parentheses or a
comparison ('beating Justin Bieber's Never Say Never ($73 million)'), or a pronoun owns right after a
sentence on another title ('its first weekend's $77 million opening', _pronoun_owner); a year's total
told of an opening market's figure ('gross $2 billion in a year', yearly); a forecast ('on track for a
$143.6 million opening', 'projected', 'could'); a floor ('an estimated $20 million+ debut', 'more
than'); another period (another day count than the market's: 'its three-day opening weekend'
against a five-day opening; 'on opening day Friday', previews, a second weekend); another territory
(worldwide for a domestic market, and the reverse); a per-theatre average; a figure the sentence takes
back ('much-touted $155 million opening weekend was not quite that', denied_figures.py) or one of a
kind the criteria exclude ('an estimated $155 million' when studio estimates do not count)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..denied_figures import denied
from ..excluded_figures import excluded_kind
from ..lexicon import NUMBER_WORDS
from ..settings import EngineSettings
from ..text import article_sentences, conditional_clause
from ..timex import TimeSpan, find_time_expressions
from ..types import Contribution
from . import hedged
from .figure_owners import _common
from .threshold_figures import other_scope

MISSED = "threshold_missed"

# the market's opening: 'in its opening weekend', 'its five-day opening', 'on opening day'
_ASKED = re.compile(r"\b(?:(?P<n>[a-z]+|\d+)-day\s+)?(?:opening|debut)(?:\s+(?P<p>weekend|day|frame|week|period))?\b", re.I)
_GROSS_Q = re.compile(r"\b(?:gross\w*|box[\s-]office|earn\w*|opening|debut)\b", re.I)

_MULTS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_AMOUNT = r"(?P<{c}>\$|US\$|€|£)\s?(?P<{n}>\d[\d,]*(?:\.\d+)?)\s*(?P<{m}>million|billion|thousand|bn|[MBk])?\b"
_FIGURE = re.compile(_AMOUNT.format(c="cur", n="num", m="mult") + r"(?P<plus>\+)?"
                     r"(?:\s*(?:to|-|–)\s*" + _AMOUNT.format(c="cur2", n="num2", m="mult2") + r")?", re.I)
_OPENING = r"(?:opening|debut|bow|launch|start)"
# 'a $55.6 million domestic debut', '$122M opening': the figure modifies the opening
_MODIFIES = re.compile(rf"\s*(?P<phrase>(?:[\w-]+\s+){{0,3}}?{_OPENING}\b(?:\s+(?:[\w-]+\s+)?(?:weekend|frame|week))?)", re.I)
# '$271.8 million over 5-day debut', 'on its three-day opening weekend', 'in its first weekend'
_OVER = re.compile(rf"(?P<phrase>[^.;$()]{{0,40}}?\b(?:on|over|in|during|for|across|from)\s+(?:its|the|their|a|an)?\s*"
                   rf"(?:[\w-]+\s+){{0,3}}?(?:opening|debut|first(?=\s+weekend))\b(?:\s+(?:weekend|frame|day|week|period))?)", re.I)
# 'debuted this weekend with an estimated $95 to $97 million', 'Opens Around $97 Million'
_VERB = re.compile(r"\b(?P<phrase>(?:open|opens|opened|debut|debuts|debuted|bow|bows|bowed|premiered|launched)\b"
                   r"(?:\s+(?:this|last|its|the|over|in|on|at|domestically|stateside|[A-Z][\w.-]*|weekend|[\w-]+-day))*?)"
                   r"(?:\s+(?:with|to|at|for))?(?:\s+an?)?(?:\s+(?:estimated|about|around|roughly|approximately|some))*\s+$",
                   re.I)
_AVERAGE = re.compile(r"^\s*(?:weekend\s+)?(?:average|per[\s-]|record|day\b|gross(?:es)?\s+of\b)", re.I)
_BY_ANOTHER = re.compile(r"^[^.;]{0,12}?\bby\s+(?-i:[A-Z])")
_POSSESSED = re.compile(r"(?-i:[A-Z][\w.:&-]*)(?:\s+(?-i:[A-Z][\w.:&-]*)){0,4}['’]s?\s+(?:own\s+|record\s+|[\w-]+\s+)?$")
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:to|with)|comparable\s+to|versus|vs\.?|beat\w*|surpass\w*|topp\w*|behind|"
                       r"below|above|after|like|eclips\w*|pass\w*|outpac\w*|similar\s+to|record\s+of|besting|overtak\w*)\b"
                       r"[^;.]{0,50}$", re.I)
_AHEAD = re.compile(r"\b(?:on\s+(?:track|pace|course)|track(?:ing|s|ed)?|pac(?:e|es|ing)|project\w*|expect\w*|forecast\w*|"
                    r"predict\w*|could|would|should|will|may|might|likely|poised|eye\w*|aim\w*|head(?:ing|ed)\s+for|"
                    r"looks?\s+(?:like|to|for)|looking\s+at|seen|hop\w*|target\w*|anticipat\w*|if|whether)\b", re.I)
_FLOOR = re.compile(r"\b(?:more\s+than|over|at\s+least|north\s+of|upwards\s+of|in\s+excess\s+of|above|beyond|topp\w*|"
                    r"crossed|passed|surpass\w*)\s+(?:the\s+|an?\s+)?(?:estimated\s+)?$", re.I)
_OTHER_SPAN = re.compile(r"\b(?:opening\s+day|first\s+day|single[\s-]day|(?:Fri|Satur|Sun|Mon|Thurs)days?|previews?|"
                         r"midnight|(?:second|third|fourth|sophomore|2nd|3rd|4th)\s+(?:weekend|frame|week))\b", re.I)
_DAYS = re.compile(r"\b(?P<n>[a-z]+|\d+)-day\b", re.I)
_CLAUSE = re.compile(r"[;:]|\s[—–-]\s|\b(?:while|whereas|but)\b", re.I)


def _count(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def asked(ctx: MarketContext) -> tuple[str, int | None] | None:
    """('day' or 'run', the opening's day count when named) for a market on a gross over an opening."""
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or t.threshold_unit not in quantities.CURRENCY_UNITS:
        return None
    q = ctx.market.question
    m = _ASKED.search(q)
    if not m or not (m.group("n") or m.group("p")) or not _GROSS_Q.search(q):
        return None
    n = _count(m.group("n")) if m.group("n") else None
    if m.group("n") and n is None:
        return None
    period = "day" if (m.group("p") or "").lower() == "day" and not n else "run"
    return period, (1 if period == "day" else n)


def _value(m: re.Match[str]) -> float:
    num, mult = (m.group("num2"), m.group("mult2") or m.group("mult")) if m.group("num2") else (m.group("num"), m.group("mult"))
    return float(num.replace(",", "")) * _MULTS.get((mult or "").lower(), 1)


def _link(text: str, m: re.Match[str]) -> str | None:
    """The words tying the figure to an opening, or None."""
    tail, head = text[m.end():m.end() + 70], text[max(0, m.start() - 80):m.start()]
    for rx in (_MODIFIES, _OVER):
        found = rx.match(tail)
        if found and not _AVERAGE.match(tail[found.end():]) and not _BY_ANOTHER.match(tail[found.end():]):
            return found.group("phrase")
    verb = _VERB.search(head)
    if verb:
        return verb.group("phrase") + " … " + tail[:40]
    return None


def _period_ok(wanted: tuple[str, int | None], link: str, around: str) -> bool:
    """The figure's period is the market's: the same day count when one is named (a weekend is three
    days), no weekday, previews or later weekend named with it."""
    period, days = wanted
    told = [_count(d.group("n")) for d in _DAYS.finditer(link)]
    if any(d != (days or 3) for d in told):
        return False
    return period == "day" or not _OTHER_SPAN.search(around)


def _ours(ctx: MarketContext, name: str) -> bool:
    return any(p.search(name) for p in ctx.actor_patterns.values()) or quantities.names_overlap(name, ctx.target.actors)


def _owned_by_another(ctx: MarketContext, text: str, m: re.Match[str]) -> bool:
    """Another title's figure: a possessive name right before it, or another name as the clause's
    nearest name (asides in parentheses left out)."""
    head = text[:m.start()]
    owned = _POSSESSED.search(head[-60:])
    if owned:
        return not _ours(ctx, re.sub(r"['’]s?\s.*$", "", owned.group(0)).strip())
    plain = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group(0)), head)
    name = quantities.owner_before(plain, len(plain), _common)
    return bool(name) and not _ours(ctx, name)


# 'its first weekend's $77 million opening', 'their $60 million debut': a figure a pronoun owns
_PRONOUN_OWNS = re.compile(r"\b(?:its|their)\s+(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s?\s+)?$", re.I)


def _pronoun_owner(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> str | None:
    """'What makes Avatar's weekend … special is that it had the best second weekend ever … with $75.6
    million …' then 'That's a drop of only 2% from its first weekend's $77 million opening': a figure a
    pronoun owns, in a sentence that names not the market's title, right after a sentence that names not
    it either and gives a figure of another title, is that title's. The other title's name, or None."""
    text = f.sent.text
    if f.sent.headline or not _PRONOUN_OWNS.search(text[max(0, m.start() - 60):m.start()]) or _ours(ctx, text):
        return None
    sents = article_sentences(f.article.title, f.article.text)
    k = f.sent.index - 1
    if k < 0 or k >= len(sents) or sents[k].headline or _ours(ctx, sents[k].text):
        return None
    prev = sents[k].text
    for n in _FIGURE.finditer(prev):
        if quantities.currency_unit(n.group("cur")) != ctx.target.threshold_unit:
            continue
        plain = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group(0)), prev[:n.start()])
        name = quantities.owner_before(plain, len(plain), _common)
        if name and not _ours(ctx, name):
            return name
    return None


# 'to ever gross $2 billion in a year', '$1.2 billion for the year', '$500 million annually': a year's total
_YEARLY = re.compile(r"\s+(?P<y>in\s+(?:a|one|a\s+single|a\s+calendar)\s+year|for\s+the\s+(?:calendar\s+)?year"
                     r"|(?:a|per)\s+year|annually|year[\s-]to[\s-]date)\b(?!\s+(?:after|before|earlier|later|ago|since)\b)", re.I)


def yearly(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on an opening's gross: the words telling the figure at `m` as a year's total
    ('helped Warner Bros. become the first studio to ever gross $2 billion in a year'), else None."""
    if asked(ctx) is None:
        return None
    told = _YEARLY.match(text, m.end())
    return " ".join(told.group("y").split()) if told else None


def missed(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    return _opening_figure(ctx, f, settings, met=False)


def crossed(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'with a colossal $155M opening weekend in North America': the release's own opening figure, told
    by the noun it modifies with no gross verb, on the bar's side: the opening met the bar (the same
    checks as a figure short of it; a floor at or above the bar meets it too)."""
    return _opening_figure(ctx, f, settings, met=True)


def _opening_figure(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings, met: bool) -> list[Contribution]:
    wanted = asked(ctx)
    if wanted is None:
        return []
    t, text = ctx.target, f.sent.text
    bar = quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False,
                              t.threshold_unit or "")
    years = set(re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question))
    for m in _FIGURE.finditer(text):
        if quantities.currency_unit(m.group("cur")) != t.threshold_unit:
            continue
        value = _value(m)
        if bar.met_by(value) != met or (m.group("plus") and not met):
            continue  # a figure on the other side is the other reading's; '$20 million+' is a floor
        link = _link(text, m)
        if link is None:
            continue
        clause = _CLAUSE.split(text[:m.start()])[-1]
        around = f"{text[max(0, m.start() - 30):m.start()]} {link} {text[m.end():m.end() + 30]}"
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()) or _COMPARED.search(clause) \
                or _AHEAD.search(clause) or (_FLOOR.search(clause[-40:]) and not met) or not _period_ok(wanted, link, around):
            continue  # cited beside another, a forecast, a floor, another period
        named = set(re.findall(r"\b(?:19|20)\d\d\b", clause))
        if (named and years and not named & years) or _owned_by_another(ctx, text, m) or other_scope(ctx, text, m) \
                or _pronoun_owner(ctx, f, m) \
                or excluded_kind(ctx, f, m.start(), m.end()):
            continue  # another year's, another title's or another territory's figure, or a kind excluded
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or denied(text, m.end()):
            continue  # '… $155 million opening weekend was not quite that': told to be taken back
        span = event_time(f, i)
        published = f.article.published
        if (t.window_start and (span.ends_before(t.window_start) or published < t.window_start)) \
                or span.starts_after(ctx.market.deadline):
            continue  # a figure of another occasion, or one published before the opening (a forecast)
        told = text[m.start():m.end()].strip()
        reason = (f"the opening's gross reported: '{told}' ({' '.join(link.split())}) {'meets' if met else 'does not meet'} "
                  f"{bar.describe()}; the opening is one period, reported once")
        temporal = f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it"
        if met:
            return [hedged.weaken(f, i, "threshold_crossed", "yes", settings.weights.threshold_crossed, reason, settings,
                                  temporal)]
        return [hedged.weaken(f, i, MISSED, "no", -settings.weights.threshold_crossed, reason, settings, temporal)]
    return []


def told_later(ctx: MarketContext, f: SentenceFacts, start: int) -> str | None:
    """The figure at `start` is the release's own opening gross for the market's opening, told as
    such ('grossing a record-breaking $169.2 million in its first weekend'): a figure of that past
    period, whenever the article reporting it was published. The words tying it to the opening, or None.
    Read by threshold_crossed for a figure it has read as the market's own."""
    wanted = asked(ctx)
    if wanted is None:
        return None
    text = f.sent.text
    m = next((m for m in _FIGURE.finditer(text) if m.start() <= start < m.end()), None)
    if m is None or quantities.currency_unit(m.group("cur")) != ctx.target.threshold_unit:
        return None
    link = _link(text, m)
    if link is None:
        return None
    clause = _CLAUSE.split(text[:m.start()])[-1]
    around = f"{text[max(0, m.start() - 30):m.start()]} {link} {text[m.end():m.end() + 30]}"
    if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()) or _COMPARED.search(clause) \
            or _AHEAD.search(clause) or _FLOOR.search(clause[-40:]) or not _period_ok(wanted, link, around):
        return None
    return " ".join(link.split())  # whose figure it is, and its territory, the threshold rule has read


def period(ctx: MarketContext) -> TimeSpan | None:
    """The opening the question dates ('in its domestic opening weekend (July 15-17, 2011)'), when it
    names one span that ends by the deadline."""
    deadline = ctx.market.deadline
    spans = [s for s in find_time_expressions(ctx.market.question, deadline) if not s.starts_after(deadline)]
    return spans[0] if len(spans) == 1 and asked(ctx) is not None else None


def opening_dated(ctx: MarketContext, f: SentenceFacts, start: int) -> TimeSpan | None:
    """'grossing a record-breaking $169.2 million in its first weekend', published after the
    deadline: the opening's own figure, dated to the opening the question dates; None otherwise."""
    opening = told_later(ctx, f, start)
    dated = period(ctx) if opening else None
    if dated is None:
        return None
    return replace(dated, explanation=f"the figure is the opening's ('{opening}'), reported later: the opening the "
                                      f"question dates, {dated.explanation}")
