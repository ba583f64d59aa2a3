"""Stretches of a sentence that ask or forecast instead of asserting.

A question is not an assertion: 'Will Jonathan Glazer's film win the Palme d'Or?' reports no
win, and 'Is the launch delayed?' reports no delay, whatever tense the verb has. Nor is what a
forecast label introduces ('Cannes 2023 awards predictions: …'). A sentence is cut at its
stops ('.', '?', '!', ':', ';', '—') into stretches; a stretch is asked when it ends on '?',
when a headline stretch opens with an auxiliary or modal ('Have scientists really found a
room-temperature superconductor', but not the name in 'Do Kwon pleads guilty'), or when it
follows a forecast label and a colon. 'FTSE 100 passes 9,000. Can it stay there?' asks only
its second stretch. A wh-word opening a headline without '?' names what the article explains
('Why Switzerland's central bank made a surprise cut'): asserted."""

from __future__ import annotations

from functools import lru_cache


from .text import Sentence, the_month, all_lemmas

_STOPS = frozenset({".", "?", "!", ":", ";", "—"})
AUXILIARIES = frozenset({"will", "would", "can", "could", "should", "shall", "is", "are", "was", "were", "does", "do",
                         "did", "has", "have", "had", "may", "might", "must"})
# Labels of a forecast: what follows them and a colon is predicted, not reported
FORECAST_LABELS = frozenset({"prediction", "predictions", "forecast", "forecasts", "preview", "previews", "pick",
                             "picks", "odds", "projection", "projections", "prognosis", "bet", "bets", "tips"})


def _stretches(sent: Sentence) -> list[tuple[int, int]]:
    """Token ranges between stops; a stretch includes the stop that ends it."""
    out, start = [], 0
    for k, t in enumerate(sent.tokens):
        if t.text in _STOPS:
            out.append((start, k + 1))
            start = k + 1
    if start < len(sent.tokens):
        out.append((start, len(sent.tokens)))
    return out


@lru_cache(maxsize=4096)
def _finite_only(word: str) -> bool:
    """A third-person or past verb form that is not also a noun ('pleads', 'wins' is both)."""
    lem = all_lemmas(word)
    return bool(lem.get("VERB")) and "NOUN" not in lem and word not in lem.get("VERB", ()) and word.endswith(("s", "ed"))


def _opens_with_auxiliary(sent: Sentence, a: int, b: int) -> bool:
    toks = sent.tokens[a:b]
    if len(toks) < 3 or toks[0].lower not in AUXILIARIES or the_month(sent, a):
        return False  # ('May 2025 jobs report …': the month)
    # 'Do Kwon pleads guilty', 'Will Smith wins': a name, then a finite verb, is a statement
    return not (toks[1].text[:1].isupper() and _finite_only(toks[2].lower))


def asked_spans(sent: Sentence) -> tuple[tuple[int, int, str], ...]:
    """(start, end, cue) of each stretch that asks or forecasts (cached on the sentence)."""
    cached = sent.__dict__.get("_asked")
    if cached is not None:
        return cached
    out: list[tuple[int, int, str]] = []
    stretches = _stretches(sent)
    for n, (a, b) in enumerate(stretches):
        last = sent.tokens[b - 1].text
        if last == "?":
            out.append((a, b, "?"))
        elif sent.headline and last not in (".", "!") and _opens_with_auxiliary(sent, a, b):
            out.append((a, b, sent.tokens[a].text))
        elif n and sent.tokens[a - 1].text == ":" and a >= 2 and sent.tokens[a - 2].lower in FORECAST_LABELS:
            out.append((a, b, f"{sent.tokens[a - 2].text}:"))
    result = tuple(out)
    sent.__dict__["_asked"] = result
    return result


def asked(sent: Sentence, i: int) -> str | None:
    """The cue ('?', 'Will', 'predictions:') when token i lies in a stretch that asks or forecasts."""
    return next((cue for a, b, cue in asked_spans(sent) if a <= i < b), None)


def wholly_asked(sent: Sentence) -> str | None:
    """The cue when every stretch of the sentence asks or forecasts (a label before a forecast
    counts with it: 'Cannes 2023 awards predictions: Will … win the Palme d'Or?')."""
    spans = asked_spans(sent)
    if not spans:
        return None
    covered = {k for a, b, _ in spans for k in range(a, b)}
    rest = [k for k in range(len(sent.tokens)) if k not in covered]
    first = spans[0]
    if rest and rest == list(range(first[0])) and sent.tokens[rest[-1]].text == ":" and (
            len(rest) <= 4 or any(sent.tokens[k].lower in FORECAST_LABELS for k in rest)):
        return first[2]  # a lead-in label ('… awards predictions:') before the question
    return first[2] if not rest else None
