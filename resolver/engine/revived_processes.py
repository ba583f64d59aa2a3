"""A process told ended, then told revived in a later report: 'GM to close Saab as talks with Spyker
collapse' (December), then 'General Motors and Spyker Cars today confirmed that they have reached a
binding agreement on the purchase of Saab Automobile AB' (January). The collapse ruled the act out
(ended_processes.py, read under rules/ruled_out.py) because nothing was left to bring it about; a
later report that the parties reached the deal after all, or that the talks resumed, takes that
ground away. The later report need not be the act itself (a deal reached is not a deal signed): it
only voids the ruling-out, and the verdict rests on what else is read.

note(): a weightless note for an event market's sentence that names a market party and tells, as
done, unnegated and unconditional, either a deal noun (data cancellations.json ended_processes
'reached_nouns': 'agreement', 'deal' …) as the object of a verb of reaching it ('reached_verbs':
'reach', 'strike', 'agree', 'sign' …, at most four words before the noun), or one of the
market's process nouns ('talks', 'negotiations' …) with a verb of reviving ('resumed', 'restarted';
dropped_plans 'revived'), for a market whose act a deal or talks bring about. void(): a ruling-out
read from an ended process, published at least `supersede_hours` before a note of another article,
no longer counts."""

from __future__ import annotations

from datetime import timedelta

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .ended_processes import NOUNS, REVIVED, _DEAL, _asked
from .packaged import load_json
from .rules.base import cite
from .settings import EngineSettings
from .text import conditional_clause
from .types import Contribution

NAME = "process_revived"
ENDED = "the process toward it ended: "  # the wording of rules/ended_prospects.py's finding
_DATA = load_json("cancellations.json")["ended_processes"]
_VERBS = frozenset(_DATA["reached_verbs"])
_NOUNS = frozenset(_DATA["reached_nouns"])
_STALE_DAYS = 7  # a reaching dated this long before its article is background, not news
_GAP = 4  # words a reaching verb may stand before its deal noun ('reached a binding agreement')
_STOPS = frozenset({",", ";", ":", ".", "and", "but", "or", "which", "that", "who", "to", "after", "before", "if"})


def _told(f: SentenceFacts, k: int, lemma: str) -> bool:
    """The verb at k told as done: past (a headline's present too), not negated, not conditional, not
    told before another past ('had initially signed a nondisclosure agreement') nor dated weeks before
    its article ('in June 2023 inked its agreement'): a step of the past, not news of the process."""
    told = aspect(f.sent, k, lemma)
    if f.sent.headline and told == "present":
        told = "past"
    if told != "past" or negation(f, k) or conditional_clause(f.sent, k):
        return False
    if any(t.lower == "had" for t in f.sent.tokens[max(0, k - 3):k]):
        return False
    dated = f.nearest_span(k, dating_only=True)
    return dated is None or not dated.ends_before(f.article.published - timedelta(days=_STALE_DAYS))


def _reached(f: SentenceFacts) -> str | None:
    """'reached a binding agreement': the verb and its deal noun, as the sentence writes them."""
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        lemma = next(iter(sorted(t.lemmas & _VERBS)), None)
        if lemma is None:
            continue
        for j in range(k + 1, min(len(toks), k + _GAP + 2)):
            if toks[j].lower in _STOPS:
                break
            if toks[j].lower in _NOUNS and _told(f, k, lemma):
                return " ".join(x.text for x in toks[k:j + 1])
    return None


def _resumed(f: SentenceFacts, asked: frozenset[str]) -> str | None:
    """'talks with Spyker over Saab resumed', 'resumed negotiations': a process noun of the market, then
    a verb of reviving within eight words with no clause break between, or the verb at most three words
    before the noun."""
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        lemma = next(iter(sorted(t.lemmas & REVIVED)), None)
        if lemma is None:
            continue
        before = next((j for j in range(k - 1, max(-1, k - 9), -1) if toks[j].lower in asked or toks[j].lower in _STOPS),
                      None)
        after = next((j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].lower in asked), None)
        j = before if before is not None and toks[before].lower in asked else after
        if j is not None and _told(f, k, lemma):
            a, b = min(j, k), max(j, k)
            return " ".join(x.text for x in toks[a:b + 1]) if b - a <= 3 else f"{toks[a].text} … {toks[b].text}"
    return None


def note(ctx: MarketContext, f: SentenceFacts) -> list[Contribution]:
    """A weightless note for a sentence telling the deal reached or the talks resumed, or nothing."""
    if ctx.target.kind != "event" or not f.actors:
        return []
    low = f.sent.text.lower()
    if not any(n in low for n in _NOUNS) and not any(n in low for n in NOUNS):
        return []  # no deal or process noun: the cheap test before any reading
    asked = _asked(tuple(ctx.target.object_terms) + tuple(ctx.target.act_forms) +
                   ((ctx.target.act,) if ctx.target.act else ()))
    if not asked:
        return []
    words = _reached(f) if any(NOUNS[n] is _DEAL for n in asked) else None
    words = words or _resumed(f, asked)
    if words is None:
        return []
    return [cite(f, NAME, "none", 0.0, f"the process toward the act told going on again: '{words}'")]


def void(contribs: list[Contribution], settings: EngineSettings) -> list[Contribution]:
    """Rulings-out read from an ended process, voided by a later article's note that it goes on."""
    notes = [c for c in contribs if c.rule == NAME and c.published]
    if not notes:
        return contribs
    gap = timedelta(hours=settings.supersede_hours)
    out = []
    for c in contribs:
        if c.counted and c.direction == "no" and (c.base_rule or c.rule) == "ruled_out" and ENDED in c.reason \
                and c.published:
            by = next((n for n in sorted(notes, key=lambda n: n.published)
                       if n.article_url != c.article_url and n.published - c.published >= gap), None)
            if by is not None:
                c = c.model_copy(update={"counted": False, "reason": (
                    f"{c.reason} [voided: a report of {by.published:%d %b %Y %H:%M %z} tells the process going on "
                    f"again: \"{by.sentence}\"]")})
        out.append(c)
    return out
