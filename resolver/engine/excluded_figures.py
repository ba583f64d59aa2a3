"""Excluded figures: a figure of a kind the criteria exclude ('Futures prices do not count',
'Candidate claims or unofficial counts do not count') settles nothing, whatever side of the bar
it lies on. A figure is of the kind its sentence names nearest to it: 'On the COMEX, gold
futures … hit a high of $3,003.80' is a futures price; 'spot gold rose to $3,004 while futures
…' is not. A sentence that names no kind continues the one before it ('Throughout March 13,
prices traded … a high of $3,003.80' after a sentence on futures). A market on a statistic's final
reading does not read its flash, preliminary or advance estimate, which the final one revises. An
estimate excluded, whoever makes it ('Sunday studio estimates do not count'), excludes a figure told
as estimated ('earned an estimated $155 million'): the actual figure is the one the market reads. A
headline's figure is of the kind the article's text names it with."""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect

from . import quantities, release_vintage
from .analysis import MarketContext, SentenceFacts
from .indicators import VARIANTS
from .text import all_lemmas

# the measure an exclusion qualifies, not the kind it excludes ('futures prices' → futures)
_GENERIC = frozenset({"price", "prices", "count", "counts", "figure", "figures", "result", "results", "data", "number",
                      "numbers", "report", "reports", "value", "values", "level", "levels", "total", "totals", "vote",
                      "votes", "candidate", "candidates", "party", "parties", "tally", "tallies", "rate", "rates",
                      "estimate", "estimates", "source", "sources", "statement", "statements", "media", "cases", "case",
                      "people", "grosses", "moves", "declines", "gains",
                      # how a statistic is measured ('The expanded definition does not count': the expanded rate is the kind)
                      "definition", "definitions", "measure", "measures", "version", "versions"})
# the words of the notes an excluded figure gets (threshold_crossed), read back by excluded_amounts
EXCLUDED_KIND = "a kind of figure the criteria exclude"
NOT_READ = "is not a figure the market reads"
# words that carry no kind ('deaths under investigation' → investigation)
_STOP = frozenset({"under", "over", "from", "before", "after", "reached", "reaching", "made", "such", "including", "those",
                   "these", "only", "may", "will", "not", "who", "which", "that", "reported", "announced", "confirmed",
                   "any", "all", "above", "below"})
# an exclusion told against the asked kind ('other agencies', 'other policy rates') or a whole clause
# names no kind a figure's sentence could show
_NO_KIND = frozenset({"other", "another", "if", "market", "resolve", "yes"})
# the venues of a kind, or its members: a futures price is quoted on a futures exchange
_KIND_VENUES = {"futures": ("comex", "nymex", "cbot", "cme"),
                # 'Rates for subgroups (e.g. by sex or age) do not count': 'the unemployment rate for men rose to 6.1 percent'
                "sex": ("men", "women", "male", "female", "males", "females")}
# the reach of a figure ('worldwide gross figures do not count'): a figure told with it alone ('crossed the
# Rs 500 crore mark worldwide') is of that reach, whatever measure it is
_SCOPE = frozenset({"worldwide", "global", "overseas", "international", "domestic", "foreign"})
# a statistic's early releases, which its final reading revises
_EARLY_RELEASES = ("flash", "preliminary", "advance")
# the kind a market asks for, set against the excluded one ('spot gold', 'official results', 'closed at')
_ASKED = frozenset({"spot", "official", "final", "certified", "close", "closing", "closed", "settle", "settled"})
# an asked session end in all its forms: 'close' in the question asks for 'closing up 8.7 percent to $78.29' too
# (and a session's end told by 'end' or 'finish': 'ending up 8.7 percent to $80.29')
_SESSION_END = r"(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?)\b"
_ASKED_FORMS = {"close": _SESSION_END, "closi": _SESSION_END, "settl": r"settl(?:e|es|ed|ing)\b"}
# the core cut of a statistic told in words ('a sub-category of inflation that excludes food and fuel')
_CORE_WORDS = r"(?:exclud\w*|strip\w*\s+out|less|minus|without)\s+(?:the\s+)?(?:volatile\s+)?(?:food|energy|fuel)"
# a sentence that takes up the figure of the sentence before ('Throughout March 13, prices traded …')
_TAKES_UP = re.compile(r"^\s*(?:[^,.;]{1,40},\s*)?(?:this|that|it|they|these|those|prices?|the\s+(?:price|figure|rate|level|"
                       r"measure|gauge|index|reading|contracts?))\b", re.I)


@lru_cache(maxsize=1024)
def _stem(w: str) -> str:
    """The word in any of its forms: a verb's participle stands for the verb's other forms too
    ('the closing price does not count' excludes 'closed at ₹404.55')."""
    verbs = sorted(all_lemmas(w).get("VERB", ())) if w.endswith(("ing", "ed")) else []
    if verbs and len(verbs[0]) >= 4:
        forms = sorted({f for tag_forms in lemminflect.getAllInflections(verbs[0], upos="VERB").values() for f in tag_forms}
                       | {verbs[0]}, key=len, reverse=True)
        return r"(?:" + "|".join(re.escape(f) for f in forms) + r")\b"
    return re.escape(w) + r"\b" if len(w) < 5 else re.escape(w[:max(5, len(w) - 2)]) + r"\w*"


# an estimate excluded, of whatever source ('Sunday studio estimates', 'estimates'): a figure told as
# estimated ('earned an estimated $155 million', 'estimates put it at …') is one, not the actual figure
_ESTIMATES = frozenset({"estimate", "estimates"})
# words that set an exclusion in time rather than name a kind ('intensity before landfall')
_TIMING = frozenset({"before", "after", "prior"})


def _timed_by_the_act(words: list[str], question: set[str]) -> bool:
    """An exclusion that names a time against the question's own act ('intensity before
    landfall' for a market on a landfall's category) excludes figures of another moment, not a
    kind of figure: the word before it ('intensity') is the measure asked. The moment of a
    figure is read where the act is (the level in the act's clause)."""
    return any(w in _TIMING and k + 1 < len(words) and words[k + 1][:5] in question for k, w in enumerate(words))


def _kind_pattern(ctx: MarketContext) -> re.Pattern[str] | None:
    """The excluded kinds, each one or two words the figure's sentence must show in a row
    ('futures', 'exit polls', 'home confinement'); words the question itself uses are the
    measure asked, not a kind."""
    question = {w[:5] for w in re.findall(r"[a-z]+", ctx.market.question.lower())}
    alts: list[str] = []
    for phrase in ctx.target.exclusions:
        words = phrase.lower().split()
        if set(words) & _NO_KIND or _timed_by_the_act(words, question):
            continue
        kind = [w for w in words if w not in _GENERIC and w not in _STOP and len(w) > 2 and w[:5] not in question]
        if _ESTIMATES & set(words) and "estim" not in question:
            alts.append(_stem("estimated"))  # 'Sunday studio estimates do not count': 'an estimated $155 million' is one
        if len(kind) > 2 and len(kind) == len([w for w in words if w not in _GENERIC]):  # ('… average measures')
            # 'Participation obtained by activating collective action clauses does not count': a long
            # exclusion names its kind by a run of words ('collective-action clauses'), any two in a row
            alts += [rf"{_stem(a)}[\s-]+{_stem(b)}" for a, b in zip(kind, kind[1:])]
            continue
        if not kind or len(kind) > 2:
            continue
        alts.append(r"\s+".join(_stem(w) for w in kind))
        if len(kind) == 2 and kind[0] in _SCOPE:
            alts.append(_stem(kind[0]))  # 'worldwide gross' excluded: a figure 'worldwide' is one
        if len(kind) == 1:
            alts += [re.escape(v) + r"\b" for v in _KIND_VENUES.get(kind[0], ())]
    if ctx.target.single_value and re.search(r"\bfinal\s+(?:reading|figure|estimate|print|data|release)\b",
                                             ctx.market.question, re.I):
        alts += [re.escape(w) + r"\b" for w in _EARLY_RELEASES]  # the final reading revises the flash one
    return re.compile(rf"\b(?:{'|'.join(alts)})", re.I) if alts else None


def _nearest(text: str, pos: int, end: int, excluded: re.Pattern[str], asked: re.Pattern[str] | None) -> str | None:
    """The kind named nearest the figure at pos..end: the last one before it, else the first
    after it up to the next figure. Returns the excluded word, or None (the asked kind, or none)."""
    before = [(m.start(), m.group(0), True) for m in excluded.finditer(text, 0, pos)]
    if asked:
        before += [(m.start(), m.group(0), False) for m in asked.finditer(text, 0, pos)]
    if before:
        _, word, bad = max(before)
        return word if bad else None
    nxt = re.search(r"\d", text[end:])
    stop = end + nxt.start() if nxt else len(text)
    after = excluded.search(text, end, stop)
    if after and after.start() - end <= 30 and not re.search(r",|;|\b(?:and|but|while|whereas)\b", text[end:after.start()]) \
            and not (asked and asked.search(text, end, after.start())):
        return after.group(0)  # '$3,017 on COMEX': not the next clause's ('…at 42.5% and … the borrowing rate at 41%')
    if after and _SOURCE_AFTER.match(text[end:after.start()]):
        return after.group(0)  # '1.7%, according to the preliminary estimate': the source the figure is told from
    return None


# the source a figure is told from, set off after it: ', according to the flash estimate', ', based on preliminary data'
_SOURCE_AFTER = re.compile(r"^\s*,?\s*(?:according\s+to|based\s+on|in|per)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}$",
                           re.I)


def excluded_kind(ctx: MarketContext, f: SentenceFacts, start: int, end: int) -> tuple[str, str] | None:
    """The word that makes the figure at start..end one the market does not read, and why; or None."""
    later = release_vintage.later_release(ctx.market.question, ctx.market.criteria or "", f.sent.text, start, end,
                                          "" if f.sent.headline else f.article.title)
    if later:  # 'increased … 1.4 percent …, according to the "third" estimate' for the advance estimate
        asked = release_vintage.asks_early(ctx.market.question, ctx.market.criteria or "")
        return later, f"'{later}': a later release than the {asked} the market reads, which it revises"
    number = re.search(r"\d+(?:\.\d+)?", f.sent.text[start:end])
    later = release_vintage.later_by_value(ctx.market.question, ctx.market.criteria or "", f.article.title, f.article.text,
                                           float(number.group(0)), f.sent.text) if number else None
    if later:  # 'Economy Expands 3.9 Percent in Second Quarter' over '… the third estimate of 3.9 percent'
        asked = release_vintage.asks_early(ctx.market.question, ctx.market.criteria or "")
        return later, (f"'{later}', in the article: the same figure is a later release than the {asked} the market "
                       "reads, which it revises")
    later = release_vintage.unnamed_for_later(ctx.market.question, f.sent.text, "" if f.sent.headline else f.article.title,
                                              ctx.market.criteria or "")
    if later and ctx.target.single_value:  # a figure with no release named, for a market on 'the second estimate'
        return later, f"no later release than the first (the market reads the {later} only)"
    excluded = _kind_pattern(ctx)
    if excluded is None:
        return None
    asked_words = [w for w in re.findall(r"[a-z]+", ctx.market.question.lower()) if w in _ASKED or w in VARIANTS]
    alts = [_ASKED_FORMS.get(w[:5]) or _stem(w) for w in asked_words] + ([_CORE_WORDS] if "core" in asked_words else [])
    asked = re.compile(rf"\b(?:{'|'.join(alts)})", re.I) if alts else None
    text = f.sent.text
    if excluded.search(text) or (asked and asked.search(text)):
        return _why(ctx, _nearest(text, start, end, excluded, asked))
    if f.sent.headline:
        word = _told_in_body(f.article.text, text[start:end], excluded, asked)
        return _why(ctx, word, " (the article's text tells the headline's figure so)") if word else None
    if f.sent.index == 0 or not _TAKES_UP.search(text):
        return None
    texts = quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline)
    prev = texts[1] if len(texts) > 1 else ""
    if asked and asked.search(prev):
        return None
    hit = excluded.search(prev)
    return _why(ctx, hit.group(0), " (in the sentence before, which this one takes up)") if hit else None


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _told_in_body(body: str, figure: str, excluded: re.Pattern[str], asked: re.Pattern[str] | None) -> str | None:
    """A headline's figure ('Hits $155 Million') that the article's text names with an excluded
    kind ('earned an estimated $155 million this weekend'): the headline sums up that figure, so it
    is of that kind. The excluded word, else None (the text names no kind, or the asked one)."""
    num = _NUMBER.search(figure)
    if num is None:
        return None
    found = None
    for m in re.finditer(rf"(?<![\d.,]){re.escape(num.group(0))}(?![\d]|[.,]\d)", body):
        lo = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        hi = len(body) if (stop := re.search(r"\.\s|\n", body[m.end():])) is None else m.end() + stop.start()
        sentence = body[lo:hi]
        if asked and asked.search(sentence):
            return None  # the text tells it as the figure asked ('final', 'official')
        found = found or _nearest(sentence, m.start() - lo, m.end() - lo, excluded, asked)
    return found


def _why(ctx: MarketContext, word: str | None, where: str = "") -> tuple[str, str] | None:
    if word is None:
        return None
    if word.lower() in _EARLY_RELEASES and not any(word.lower() in x for x in ctx.target.exclusions):
        return word, f"'{word}'{where}: an early release, which the final reading the market asks about revises"
    return word, f"'{word}'{where}: {EXCLUDED_KIND} ({'; '.join(ctx.target.exclusions)})"
