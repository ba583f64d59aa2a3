"""A reading later declared wrong: 'The maximum temperature reported by the automatic weather station
Mungeshpur is not correct due to malfunctioning of the sensor', 'the instrument at Mungeshpur was a
faulty one'. Those who keep the figure saying a reading was an error, faulty, invalid or under
review take back a crossing reported before (or with) it at the same place: the crossing is voided
whatever figure each report gives (52.3 °C in one, 52.9 °C in the other).

note(): a weightless note for a threshold market's sentence naming a reading (the market's measure
or a reading noun) with a retraction cue not negated (data: figures.json 'retraction_cues',
'retraction_nouns'). void(): a crossing (rule threshold_crossed) published no later than such a
note, whose sentence or article title shares a name with the note's sentence (a capitalised word
other than the market's own actors, a month or a weekday: the station, the town), is no longer
counted."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .lexicon import MONTHS, WEEKDAYS
from .packaged import load_json
from .text import all_lemmas
from .rules.base import cite
from .types import Contribution

NAME = "retracted_figure"
CROSSING = "threshold_crossed"
_DATA = load_json("figures.json")
_CUES = tuple(sorted(_DATA["retraction_cues"], key=len, reverse=True))
_NOUNS = frozenset(_DATA["retraction_nouns"])
_NEGATORS = frozenset({"not", "no", "n't", "never", "without", "nothing"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MARK = "a reading declared wrong"


def _cue(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """The retraction cue of f, when it also names a reading and no negator stands right before the cue."""
    low = [t.lower for t in f.sent.tokens]
    measure = {w.lower() for w in ctx.target.object_terms} | _NOUNS
    if not any(w in measure or w.rstrip("s") in measure for w in low):
        return None
    for cue in _CUES:
        words = cue.split()
        for k in range(len(low) - len(words) + 1):
            if low[k:k + len(words)] == words and not _NEGATORS & set(low[max(0, k - 3):k]):
                return cue
    return None


def note(ctx: MarketContext, f: SentenceFacts) -> list[Contribution]:
    """A weightless retraction note for f (threshold markets only), or nothing."""
    if ctx.target.kind != "threshold" or ctx.target.threshold is None:
        return []
    cue = _cue(ctx, f)
    if cue is None:
        return []
    return [cite(f, NAME, "none", 0.0, f"{_MARK}: '{cue}'")]


def _names(text: str, actors: list[re.Pattern[str]]) -> set[str]:
    """Capitalised words of text other than the market's actors, months, weekdays,
    acronyms ('IMD': the body, not the place) and words of the language."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group(0).rstrip("'’s") if m.group(0).endswith(("'s", "’s")) else m.group(0)
        if not w[:1].isupper() or w.isupper() or w.lower() in MONTHS or w.lower() in WEEKDAYS \
                or all_lemmas(w.lower()):
            continue  # a word of the language ('Reading', 'Sensor' in a title) names no place
        if any(p.match(text, m.start()) for p in actors):
            continue
        out.add(w)
    return out


def void(ctx: MarketContext, contribs: list[Contribution]) -> list[Contribution]:
    """Crossings taken back by a retraction note published no earlier, at a shared place name."""
    notes = [c for c in contribs if c.rule == NAME and c.published and c.sentence]
    if not notes:
        return contribs
    actors = list(ctx.actor_patterns.values())
    named = [(c, _names(c.sentence, actors)) for c in notes]
    out = []
    for c in contribs:
        if c.counted and c.direction == "yes" and (c.base_rule or c.rule) == CROSSING and c.published:
            mine = _names(c.sentence or "", actors) | _names(c.article_title or "", actors)
            by = next((n for n, words in named if n.published >= c.published and words & mine), None)
            if by is not None:
                place = sorted(_names(by.sentence, actors) & mine)[0]
                c = c.model_copy(update={"counted": False, "reason": (
                    f"{c.reason} [voided: a report of {by.published:%d %b %Y %H:%M %z} says the reading at "
                    f"{place} was wrong: \"{by.sentence}\"]")})
        out.append(c)
    return out
