"""Deaths counted in their own words for a market that counts them by another act: 'Will Storm Boris
cause at least 15 deaths', 'Will at least 10 deaths in Ecuador be confirmed from the … earthquake',
'Will Brazil report a death from Oropouche fever'. The act word (cause, confirm, report, record) is
rarely the one a report uses: news tells the count with a word of dying ('at least 19 were
killed', 'At least 14 people died', 'has caused two deaths', '"Fourteen dead, 381 wounded"', 'the
death toll … stood at 12', 'killed 14 people', 'claimed 14 lives'); such a count, told done, of the
market's event, is the count the market asks for.

A careful reader checks, and so does this reader:
- the sentence names the market's cause (a word of the question's 'from …' phrase, or of the
  subject that causes: 'the earthquake', 'The powerful storm' for Storm Boris);
- the deaths are told done and for certain: not negated, not in a condition, not after a modal
  ('could kill'), not 'feared' / 'believed' / 'presumed' dead, not 'missing';
- the count is the event's: no year in the sentence other than the market's (another disaster
  recalled: 'a 2016 quake killed 670'), no other place than the market's, dated before the deadline
  and not before its window;
- only a count at or beyond the bar is read (a count short of it may grow: left to other readings).

Read by the confirmation rule before its reading of the act word."""

from __future__ import annotations

import re

from .. import death_tolls, places
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    need = death_tolls.bar(ctx.target, ctx.market.question)
    if need is None:
        return []
    text = f.sent.text
    causes = death_tolls.cause_words(ctx.market.question, ctx.target.act)
    if not causes or not death_tolls.named(causes, text):
        return []
    years = set(_YEAR.findall(ctx.market.question)) | {str(ctx.market.deadline.year)}
    if set(_YEAR.findall(text)) - years:
        return []  # another year's deaths recalled beside the event's
    for rx in death_tolls.SHAPES:
        for m in rx.finditer(text):
            got = death_tolls.value(m)
            if got is None or got < need:
                continue
            clause = re.split(r"[.;:]|,\s", text[:m.start()])[-1]
            if death_tolls.UNSURE.search(clause) or death_tolls.UNSURE.search(m.group(0)):
                continue
            i = f.sent.token_at(m.start("verb"))
            if negation(f, i) or conditional_clause(f.sent, i):
                continue
            if places.other_place(places.of_market(ctx.market.question), f.sent, i, f.article.title,
                                  f"{ctx.market.question} {ctx.market.criteria}"):
                continue
            span = event_time(f, i)
            if span.starts_after(ctx.market.deadline) or (ctx.target.window_start and span.ends_before(ctx.target.window_start)):
                continue
            note = f"deaths told done: '{m.group(0).strip()}' ({got:g}; the market needs at least {need:g})"
            return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation, note, settings,
                                  span.explanation)]
    return []
