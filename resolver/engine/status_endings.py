"""Endings of a status held by a person or set by a decision, for 'stays true until' markets
(read by rules/state_ended.py): custody ended by a release or a swap ('have exchanged jailed US
basketball star Brittney Griner for …'), a conviction or another decision annulled ('has overturned
Bill Cosby's sexual assault conviction'), and the helpers shared with that rule: the holder named
in a span, a word putting the end after the report, a passive participle. Word lists are data
(`resolver/data/endings.json` `release_verbs`, `annulment_verbs`, `future`)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .lexicon import OFFICES, WEEKDAYS
from .packaged import load_json
from .text import conditional_clause, the_month
from .word_class import PREPOSITIONS

_DATA = load_json("endings.json")
ANNULMENT = frozenset(_DATA["annulment_verbs"]["verbs"])
WIN_NOUNS = frozenset(_DATA["annulment_verbs"]["win_nouns"])
RELEASE = frozenset(_DATA["release_verbs"]["verbs"])
FUTURE = frozenset(w for w in _DATA["future"] if w != "end")


def holder_in(ctx: MarketContext, text: str) -> bool:
    """The holder (an actor of the market that is not part of the state it holds: 'Erik ten Hag',
    not 'Manchester United' of 'Manchester United manager') is named in `text`."""
    terms = set(ctx.target.object_terms)
    return any(p.search(text) for actor, p in ctx.actor_patterns.items()
               if not any(w in terms for word in actor.lower().split() for w in (word, word.rstrip("d"))))


def future_in(f: SentenceFacts, a: int, b: int) -> str | None:
    """A word putting the end after the report ('effective', 'will', 'at the end of the year')."""
    words = [t.lower for t in f.sent.tokens[a:b]]
    text = " " + " ".join(words) + " "
    if " the end of " in text:
        return "the end of"
    return next((w for k, w in enumerate(words, start=a) if w in FUTURE and not the_month(f.sent, k)), None)


_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"})


def passive(f: SentenceFacts, i: int) -> bool:
    """The verb at token i is a passive participle ('was forced out', 'has been ousted'): an
    auxiliary of the passive right before it (an adverb between)."""
    toks = f.sent.tokens
    k = i - 1
    while k >= 0 and toks[k].lower.endswith("ly"):
        k -= 1
    return k >= 0 and toks[k].lower in _PASSIVE_AUX


_CUSTODY = re.compile(r"\b(?:remain|stay)s?\s+(?:\w+\s+){0,2}?(?:detained|jailed|imprisoned|held|"
                      r"in\s+(?:[\w-]+\s+)?(?:custody|detention|jail|prison))\b", re.I)


def _asserted_past(f: SentenceFacts, verbs: frozenset[str]):
    """Token index and clause end of each verb of `verbs` the sentence asserts in the active past:
    not negated, not in a condition, no future marker before it in its clause."""
    for i, tok in enumerate(f.sent.tokens):
        found = tok.lemmas & verbs
        if not found or aspect(f.sent, i, sorted(found)[0]) != "past" or passive(f, i):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        if not future_in(f, a, i + 1):
            yield i, b


def released(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'The US and Russia have exchanged jailed US basketball star Brittney Griner for …', for a
    market on her remaining in Russian custody: a release verb (data `release_verbs`) in the past,
    the holder named in its object a few words after it."""
    if not _CUSTODY.search(ctx.market.question):
        return None
    toks = f.sent.tokens
    for i, b in _asserted_past(f, RELEASE):
        tok = toks[i]
        end = toks[min(b, i + 8) - 1]
        if holder_in(ctx, f.sent.text[tok.start + len(tok.text):end.start + len(end.text)]):
            return i, f"'{tok.text}' (the holder let out of custody)"
    return _released_holder(ctx, f)


def _released_holder(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Amanda Knox freed after appeal in Italian Court', 'Griner was released from custody': the
    holder as the subject of a passive release verb (a headline's bare participle, or after 'was',
    'has been'), named right before it in its clause, told in the past: not negated, conditional, or
    after a future or planning word ('is to be freed', 'will be released', 'expected to be freed')."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        found = tok.lemmas & RELEASE
        if not found or tok.lower == sorted(found)[0] or not tok.lower.endswith("ed"):
            continue  # a participle ('freed', 'released'), not the base form or a noun ('release')
        a, _ = f.sent.clause_of(i)
        k = i - 1
        while k > a and toks[k].lower.endswith("ly"):
            k -= 1
        aux = toks[k].lower in ("was", "were", "been", "got")
        if not (aux or f.sent.headline) or aux and k > 0 and toks[k - 1].lower == "being":
            continue
        subject_end = k if aux else i
        if aux and toks[k].lower == "been":
            subject_end = k - 1 if k - 1 > a and toks[k - 1].lower in ("has", "have", "had") else k
        if subject_end <= a or negation(f, i) or conditional_clause(f.sent, i) or future_in(f, a, i + 1):
            continue
        last = toks[subject_end - 1]
        before = f.sent.text[toks[max(a, subject_end - 4)].start:last.start + len(last.text)]
        if holder_in(ctx, before) and any(p.search(last.text) for p in ctx.actor_patterns.values()):
            if f.sent.headline and not aux and aspect(f.sent, i, sorted(found)[0]) not in ("past", "noun"):
                continue
            return i, f"'{tok.text}' (the holder let out of custody)"
    return None


def annulled(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Pennsylvania's highest court has overturned Bill Cosby's sexual assault conviction', for a
    market on the conviction remaining in place: an annulling verb (data `annulment_verbs`) in the
    past whose direct object, up to the first comma or relative word, holds the head noun of the
    market's object."""
    head = (ctx.target.object or "").split()[-1:]  # the object's head noun ('conviction'), not its modifiers
    if not head:
        return None
    terms = {head[0].lower()}
    if terms & WIN_NOUNS:
        terms = set(WIN_NOUNS)  # a declared win is the election's result: annulling the result annuls it
    toks = f.sent.tokens
    for i, b in _asserted_past(f, ANNULMENT):
        tok = toks[i]
        for k in range(i + 1, min(b, i + 7)):
            if toks[k].text in (",", ";", ":") or toks[k].lower in ("that", "which", "who", "and", "but"):
                break
            if toks[k].lower in terms:
                return i, f"'{tok.text} … {toks[k].text}'"
    return None


# a body's past decision that is itself the act ('The Penn State board of trustees voted unanimously
# to fire football coach Joe Paterno'): a dismissal voted or decided is done
# a court's ruling is such a decision ('The Constitutional Court has unanimously ruled to remove Prime
# Minister Yingluck Shinawatra from her office')
_VOTED = frozenset({"voted", "decided", "resolved", "moved", "opted", "votes", "decides", "ruled", "rules"})


def decided_dismissal(f: SentenceFacts, i: int) -> str | None:
    """The dismissal infinitive at token i ('to' right before it) governed by a past decision verb
    within a few words before, in its clause, with no negation or modal before that verb: the
    decision verb's word, else None."""
    toks = f.sent.tokens
    if i < 2 or toks[i - 1].lower != "to":
        return None
    a, _ = f.sent.clause_of(i)
    for k in range(i - 2, max(a, i - 5) - 1, -1):
        if toks[k].lower in _VOTED:
            before = {t.lower for t in toks[max(a, k - 3):k]}
            if before & {"not", "n't", "never", "will", "would", "could", "may", "might", "to", "if", "unless"}:
                return None
            return toks[k].text
        if not (toks[k].lower.endswith("ly") or toks[k].text[:1].isdigit() or toks[k].text == "-"
                or toks[k].lower in WEEKDAYS or toks[k].lower in ("today", "yesterday", "tonight")):
            return None  # 'voted unanimously to fire', 'voted 7-2 to fire', 'voted Wednesday to oust'
    return None


_AUX_ADVERBS = frozenset({"was", "were", "has", "have", "had", "been", "is", "also", "then", "too", "later", "himself"})


def other_holder(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """'Chief Executive Officer Satoshi Tsunakawa resigned' for a market on whether Taro Shimada
    remains CEO: the doer, a person's name of two or more capitalised words right before the
    verb, is none of the market's actors, and one of them is not named before it in its clause: the
    office's other holder left it (the market's holder may be the one who succeeds him)."""
    toks = f.sent.tokens
    if f.sent.headline:
        return False  # a title-case headline capitalises every word
    while i > a + 1 and (toks[i - 1].lower in _AUX_ADVERBS or toks[i - 1].lower.endswith("ly")):
        i -= 1  # 'Penn State president Graham Spanier also was ousted'
    k = i
    while k > a and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha() \
            and not any(toks[k - 1].lower == w for o in OFFICES for w in o.split()):
        k -= 1
    if i - k < 2 or k > a and (toks[k - 1].text in ("'s", "'") or toks[k - 1].lower in PREPOSITIONS):
        return False  # 'spell at Old Trafford ended': a name after a preposition is not the doer
    name = f.sent.text[toks[k].start:toks[i - 1].start + len(toks[i - 1].text)]
    before = f.sent.text[toks[a].start:toks[i].start]
    return not any(p.search(name) for p in ctx.actor_patterns.values()) \
        and not all(p.search(before) for p in ctx.actor_patterns.values())
