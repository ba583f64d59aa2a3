"""Endings told by the event that ends a state, not by an ending verb: for a stays-true market
whose state has an object of its own (a stock's listing, the legality of a sale, a drug's place on
a shortage list, an envoy's post, a rank, a record), the events that end that object ('the stock
ceased trading', 'a ban on disposable vapes has come into force', 'the shortage is resolved',
'recalled its ambassador', 'Microsoft Regains Position As World's Most Valuable Company', 'ran 56
minutes and 42 seconds to eclipse … Kejelcha's previous world record'). Each reading is data (`resolver/data/endings.json`, 'object_endings'): the words of
the market's state it applies to, the event (a verb-led phrase or a verb lemma), and who must be
named (the holder, the measure with the thing it covers, or for a rank or a record someone else).
The event must be told as done (past, or a participle after a past main verb), not negated, not
conditional, not announced for later, and not dated long before its article (background)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from .analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from .packaged import load_json
from .text import conditional_clause

# an ending dated this long before its article is background to it, not the news it reports
_BACKGROUND = timedelta(days=183)
_FUTURE = frozenset(load_json("endings.json")["future"]) - {"end"}


@dataclass(frozen=True)
class Ending:
    """One state object and the events that end it."""

    name: str
    state: re.Pattern[str]           # the market's question names this state
    phrases: tuple[str, ...]         # verb-led phrases ('ceased trading'): the first word is the verb
    verbs: frozenset[str]            # verb lemmas ('recall') with one of `objects` right after
    objects: frozenset[str]          # nouns the verb must take ('ambassador')
    measures: frozenset[str]         # nouns that must come before the phrase ('ban … came into force')
    subject: frozenset[str]          # nouns that must come before the phrase ('the shortage … resolved')
    not_after: frozenset[str]        # leads that make the clause not a report ('until the shortage is resolved')
    rival: bool                      # another takes the state: the holder not named before the verb, the state named
    displaced: frozenset[str]        # verbs whose object is the holder ('overtook Nvidia')
    field: bool                      # a record: the breaker not the holder, the record's field named
    noun_phrases: tuple[str, ...]    # endings named as a noun after a past verb ('… 1,337 seconds, a new world record')


def _load() -> tuple[Ending, ...]:
    out = []
    for name, e in load_json("endings.json")["object_endings"].items():
        if name == "about":
            continue
        out.append(Ending(name, re.compile(r"\b(?:" + "|".join(map(re.escape, e["state"])) + r")\b", re.I),
                          tuple(e.get("phrases", ())), frozenset(e.get("verbs", ())), frozenset(e.get("objects", ())),
                          frozenset(e.get("measures", ())), frozenset(e.get("subject", ())),
                          frozenset(e.get("not_after", ())), bool(e.get("rival")),
                          frozenset(e.get("displaced", ())), bool(e.get("field")),
                          tuple(e.get("noun_phrases", ()))))
    return tuple(out)


ENDINGS = _load()


def _lemma(tok) -> str:
    """The verb lemma of a token: a lemma other than the word itself ('came' → 'come'); a past
    form lemminflect does not know ('delisted') → its stem."""
    other = sorted(w for w in tok.lemmas if w != tok.lower)
    if other:
        return other[0]
    return tok.lower[:-2] if tok.lower.endswith("ed") else tok.lower


def _done(f: SentenceFacts, i: int, a: int, b: int) -> bool:
    """The verb at token i is told as done: past (or a participle after a past main verb), not
    negated, not in a conditional, no word in its clause putting it later ('will', 'effective')."""
    tok = f.sent.tokens[i]
    asp = aspect(f.sent, i, _lemma(tok))
    if asp == "present" and i > 0 and f.sent.tokens[i - 1].lower in ("has", "have", "had"):
        asp = "past"  # 'has come into force': a participle spelt as its base form
    if tok.lower in ("is", "are") and i + 1 < len(f.sent.tokens) and f.sent.tokens[i + 1].lower == "now":
        asp = "past"  # 'Dell is now a private company': the new state reached, the change done
    if asp != "past":
        if not (tok.lower.endswith("ing") and asp in ("noun", "ongoing")
                and any(aspect(f.sent, k, _lemma(f.sent.tokens[k])) == "past" for k in range(i))):
            return False  # 'was finalized on August 28, with WBA's common stock ceasing to trade'
    if negation(f, i) or conditional_clause(f.sent, i):
        return False
    return not any(t.lower in _FUTURE for t in f.sent.tokens[a:b])


def _end(tok) -> int:
    return tok.start + len(tok.text)


_INTENT = frozenset({"aim", "hope", "try", "attempt", "bid", "plan", "want", "seek", "chance", "target", "go", "look",
                     "need", "push", "effort", "quest", "would", "will", "could", "fail", "miss"})


def _result_infinitive(f: SentenceFacts, i: int, a: int, b: int) -> bool:
    """'The 24-year-old ran 56 minutes and 42 seconds to eclipse … Kejelcha's previous world record':
    a past verb, then the figure achieved, then 'to' + the breaking verb tells the breaking as
    done (not 'aims to break', 'in a bid to break', where no figure was achieved)."""
    toks = f.sent.tokens
    if i < 2 or toks[i - 1].lower != "to" or negation(f, i) or conditional_clause(f.sent, i):
        return False
    past = next((k for k in range(a, i - 1) if aspect(f.sent, k, _lemma(toks[k])) == "past"), None)
    if past is None or any(t.lemmas & _INTENT for t in toks[a:i]):
        return False
    return any(any(ch.isdigit() for ch in t.text) for t in toks[past + 1:i - 1])


def _holder_named(ctx: MarketContext, text: str) -> bool:
    return any(p.search(text) for p in ctx.actor_patterns.values())


def _covered(ctx: MarketContext, f: SentenceFacts, a: int, b: int, state: re.Pattern[str]) -> bool:
    """The clause names what the state is about: an object term of the market that is not the
    state word itself ('disposable vapes' of 'legal to sell disposable vapes')."""
    own = {t for t in ctx.target.object_terms if not state.search(t)} - {"sell", "buy", "use"}
    return bool(own) and any(f.sent.tokens[k].lemmas & own or f.sent.tokens[k].lower in own for k in range(a, b))


def _phrase_at(f: SentenceFacts, phrase: str) -> list[int]:
    words = phrase.split()
    toks = f.sent.tokens
    return [i for i in range(len(toks) - len(words) + 1)
            if all(toks[i + k].lower == w for k, w in enumerate(words))]


def _reads(ctx: MarketContext, f: SentenceFacts, e: Ending) -> tuple[int, str] | None:
    toks = f.sent.tokens
    hits = [(i, p) for p in e.phrases for i in _phrase_at(f, p)]
    hits += [(i, toks[i].text) for i, t in enumerate(toks) if t.lemmas & (e.verbs | e.displaced)]
    nouns = {i: p for p in e.noun_phrases for i in _phrase_at(f, p)}
    for i, wording in sorted(hits + list(nouns.items())):
        a, b = f.sent.clause_of(i)
        if i in nouns:
            a = _sentence_clause_start(f, i)
            done = any(_done(f, k, a, b) for k in range(a, i) if f.sent.tokens[k].lemmas - {f.sent.tokens[k].lower}
                       or f.sent.tokens[k].lower.endswith("ed"))
        else:
            done = _done(f, i, a, b) or e.field and _result_infinitive(f, i, a, b)
        if not done or any(t.lower in e.not_after for t in toks[a:i]):
            continue
        before = f.sent.text[toks[a].start:toks[i].start]
        if e.field:
            if _holder_named(ctx, before) or not _record_of_market(ctx, f, i, b, i in nouns):
                continue  # 'he shattered the world record' (a half marathon); not 'broke its all-time record'
        elif toks[i].lemmas & e.displaced:
            after = f.sent.text[toks[i].start + len(toks[i].text):_end(toks[min(b, i + 5) - 1])]
            if _holder_named(ctx, before) or not _holder_named(ctx, after) or not e.state.search(f.sent.text):
                continue  # 'Microsoft overtook Nvidia as the most valuable company'
        elif e.rival:
            if not any(t.lemmas & e.objects for t in toks[i + 1:min(b, i + 5)]) or _holder_named(ctx, before) \
                    or not e.state.search(f.sent.text):
                continue  # 'Microsoft Regains Position As World's Most Valuable Company'
        elif e.objects:
            if not any(t.lemmas & e.objects for t in toks[i + 1:min(b, i + 5)]) or not _holder_named(ctx, f.sent.text):
                continue
        elif e.measures:
            if not any(t.lemmas & e.measures for t in toks[a:i]) or not _covered(ctx, f, a, b, e.state):
                continue
        elif e.subject:
            if not any(t.lemmas & e.subject for t in toks[a:i]) or not _holder_named(ctx, f.sent.text[toks[a].start:]):
                continue
        elif not _holder_named(ctx, before):
            continue
        span, ws = event_time(f, i), ctx.target.window_start
        if ws is not None and ws.date() < ctx.market.deadline.date() and span.ends_before(ws):
            continue  # an ending before the window the market asks about ('from October 1')
        if span.pos >= 0 and span.ends_before(f.article.published - _BACKGROUND):
            continue  # 'who broke the world record in 2021': a past told as background, not the news
        return i, f"'{wording}' (ends the {e.name})"
    return None


_FIELD = re.compile(r"(?:^|'s\s+|\bthe\s+)(?P<pre>(?:[\w-]+\s+){0,4}?)(?:world\s+|all-time\s+)?record\b"
                    r"(?:\s+(?:for|in|of)\s+(?:the\s+)?(?P<post>(?:[a-z][\w-]*\s*){1,4}))?", re.I)
_NOT_FIELD = frozenset({"world", "all-time", "record", "the", "a", "an", "of", "for", "in", "on", "by", "through",
                        "until", "still", "hold", "remain", "stand", "will", "longest", "fastest", "highest", "best",
                        "his", "her", "its", "their", "previous", "current", "men's", "women's", "holder"})
_OTHERS_OWN = frozenset({"its", "his", "her", "their", "own"})


def _field_words(ctx: MarketContext) -> set[str]:
    """The words naming what a record is of, from the question ('half marathon', 'tokamak plasma
    duration'), without the holder's name."""
    q = ctx.market.question
    m = _FIELD.search(re.sub(r"^\s*will\s+", "", q, flags=re.I))
    if not m:
        return set()
    holder = {w.lower() for a in ctx.target.actors for w in re.findall(r"[\w-]+", a)}
    words = re.findall(r"[a-z][\w-]*", f"{m.group('pre')} {m.group('post') or ''}".lower())
    return {w for w in words if w not in _NOT_FIELD and w not in holder}


# the scope a record is kept in: a world record is not the Olympic, national or championship record
# of the same event, and one broken says nothing of the other ('breaks Flo Jo's Olympic record' for
# a market on her world record)
_SCOPES = frozenset({"world", "olympic", "olympics", "games", "national", "continental", "area", "european", "asian",
                     "african", "american", "oceanian", "commonwealth", "championship", "championships", "meet",
                     "course", "stadium", "track", "event", "junior", "u20", "u18", "masters", "personal", "season",
                     "state", "collegiate", "ncaa", "british", "u.s.", "us", "club", "race"})


def _scope_before(words: list[str]) -> str | None:
    """The scope word among the two words right before 'record' ('Olympic record', 'world
    indoor record', "the race's course record"), or None."""
    for w in reversed(words[-2:]):
        w = w.lower().removesuffix("'s").removesuffix("’s")
        if w in _SCOPES:
            return w
    return None


def _other_scope(ctx: MarketContext, f: SentenceFacts, rec: int) -> bool:
    """The record at token `rec` is kept in another scope than the market's ('Olympic record' for a
    market on a 'world record')."""
    q = [w for w in re.findall(r"[\w.'’-]+", ctx.market.question.lower())]
    asked = next((_scope_before(q[:k]) for k, w in enumerate(q) if w == "record" and _scope_before(q[:k])), None)
    told = _scope_before([t.lower for t in f.sent.tokens[max(0, rec - 2):rec]])
    if told in ("olympics", "games"):
        told = "olympic"
    return asked is not None and told is not None and told != asked


def _record_of_market(ctx: MarketContext, f: SentenceFacts, i: int, b: int, noun: bool) -> bool:
    """The record broken at token i is the market's: the verb takes 'record' (or the ending is the
    noun 'new … record'), not a record of the breaker's own ('broke its all-time record') nor one
    kept in another scope ('Olympic record' for a world record), and the sentence names the holder's
    record or at least half of the record's field words."""
    toks = f.sent.tokens
    near = next((k for k in range(i, min(b, i + 7)) if toks[k].lower in ("record", "records")), None)
    if near is not None and _other_scope(ctx, f, near):
        return False
    if not noun:
        rec = next((k for k in range(i + 1, min(b, i + 7)) if toks[k].lemmas & {"record", "mark"}), None)
        if rec is None:
            return False
        np_text = f.sent.text[toks[i].start + len(toks[i].text):toks[rec].start]
        if _holder_named(ctx, np_text):
            return True  # 'to eclipse Ethiopian Yomif Kejelcha's previous world record'
        if any(t.lower in _OTHERS_OWN for t in toks[i + 1:rec]):
            return False
    field = _field_words(ctx)
    low = {w for t in toks for w in (t.lower, *t.lower.split("-"))}
    return bool(field) and 2 * len(field & low) >= len(field)


def _sentence_clause_start(f: SentenceFacts, i: int) -> int:
    """The start of the main clause an appositive noun at token i belongs to ('X has maintained
    plasma for 1,337 seconds, a new world record'): the clause before the comma."""
    a, _ = f.sent.clause_of(i)
    return f.sent.clause_of(a - 1)[0] if a > 0 and f.sent.tokens[a - 1].text == "," else a


def ending(ctx: MarketContext, f: SentenceFacts, unnamed: bool = False) -> tuple[int, str] | None:
    """The first event in the sentence that ends the market's state object, with its wording
    (`unnamed`: a sentence naming neither the holder nor the state: only a record's field reads)."""
    question = ctx.market.question
    for e in ENDINGS:
        if e.state.search(question) and (e.field or not unnamed):
            found = _reads(ctx, f, e)
            if found:
                return found
    return None


__all__ = ["ENDINGS", "ending"]
