"""A rival's concession in a two-sided contest (who-wins markets): a question that sets the
candidate against one named side ('Will First Union, rather than SunTrust, win Wachovia
shareholders' backing …?') is settled for the candidate when that side concedes ('A SunTrust
Banks official conceded defeat for that bank's rival $15.1 billion offer'). A concession of
anything else ('conceded two goals'), to a third side, or by another than the one rival, is not
read. The cue and object words are data (`resolver/data/contests.json` 'sole_rival')."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .contests import NEAR, WIN_NOUNS, _names, nearest_name
from .defeats import RIVAL_HEADS
from .electoral import ELECTION_KINDS, other_election
from .packaged import load_json
from .text import article_sentences
from .round_win import earlier_round

_DATA = load_json("contests.json")["sole_rival"]
_CUES = tuple(_DATA["cues"])
_OBJECTS = frozenset(_DATA["objects"])
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def sole_rival(ctx: MarketContext) -> re.Pattern[str] | None:
    """The pattern of the one side the question sets against the candidate: an actor of the
    market, not the candidate, named right after a cue ('rather than SunTrust')."""
    if not (ctx.target.candidate and ctx.candidate_pattern):
        return None
    q = ctx.market.question
    for cue in _CUES:
        for m in re.finditer(rf"\b{re.escape(cue)}\s+", q, re.I):
            rest = q[m.end():]
            for actor, pat in ctx.actor_patterns.items():
                hit = pat.match(rest)
                if hit and not ctx.candidate_pattern.search(actor):
                    return pat
    return None


def rival_conceded(ctx: MarketContext, f: SentenceFacts, read: dict) -> int | None:
    """Index of a concession reported as done ('conceded defeat', 'conceded the race', a bare
    'conceded' ending its clause) whose doer (the name nearest before it, in its clause) is the
    question's one rival, not conceding 'to' a third side; in an article that names the
    candidate."""
    rival = sole_rival(ctx)
    whole = f"{f.article.title}\n{f.article.text}"
    if rival is None or not ctx.candidate_pattern.search(whole):
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z-]+", ctx.market.question)}
    if any(w.lower() in ELECTION_KINDS and w.lower() not in asked for w in re.findall(r"[A-Za-z-]+", whole)):
        return None  # 'Cuomo publicly conceded …' in a report on a primary: another election's concession
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "concede" not in t.lemmas or i not in read or not read[i].affirmed or negation(f, i):
            continue
        a, b = f.sent.clause_of(i)
        doer = nearest_name(f, a, i)
        if not doer or not rival.search(doer) or ctx.candidate_pattern.search(doer):
            continue
        k = i + 1
        while k < b and toks[k].lower in _ARTICLES:
            k += 1
        if other_election(f.sent, b, ctx.market.question, anywhere=True):
            continue  # 'conceded New York City's Democratic mayoral primary election': another election
        if k < b and toks[k].lower == "to" and not ctx.candidate_pattern.search(f.sent.text[toks[k].start:]):
            continue  # conceded to another side
        if k >= b or toks[k].lower in _OBJECTS or toks[k].lower in (".", "to", "on", "after", "late"):
            return i
    return None


def conceded_to_candidate(ctx: MarketContext, f: SentenceFacts, read: dict) -> int | None:
    """'Delgado conceded the presidency to center-left rival Yamandu Orsi': a rival's concession
    to the candidate, reported as done, is the candidate's win."""
    if not (ctx.target.candidate and ctx.candidate_pattern):
        return None
    for i, t in enumerate(f.sent.tokens):
        if "concede" in t.lemmas and i in read and read[i].affirmed:
            _, b = f.sent.clause_of(i)
            end = f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)
            after = f.sent.text[t.start:end]
            m = re.search(r"\bto\b", after)
            if m and ctx.candidate_pattern.search(after[m.end():m.end() + 60]) \
                    and not ctx.candidate_pattern.search(f.sent.text[f.sent.tokens[0].start:t.start]):
                return i
    own = candidates_rivals_conceded(ctx, f, read)
    if own is not None:
        return own
    # 'A SunTrust Banks official conceded defeat …' for 'First Union, rather than SunTrust': the one rival conceded
    return rival_conceded(ctx, f, read)


_PLURAL_RIVALS = frozenset({"rivals", "opponents", "challengers", "contenders"})


def candidates_rivals_conceded(ctx: MarketContext, f: SentenceFacts, read: dict) -> int | None:
    """'Rodrigo Duterte, has declared victory as his main rivals in the presidential race conceded
    defeat': the candidate, named first, and then the candidate's rivals (a possessive, then a
    plural rival noun: all the other sides that count) conceding defeat or the race, reported as
    done: the candidate won. Not one rival ('his rival conceded' may leave others in the race),
    not a concession to another, not another election's."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "concede" not in t.lemmas or i not in read or not read[i].affirmed or negation(f, i):
            continue
        if not rivals_concede(f, i):
            continue
        k = next(k for k in range(i - 1, -1, -1) if toks[k].lower in RIVAL_HEADS)
        own = next((j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].lower in ("his", "her", "their")), None)
        if toks[k].lower not in _PLURAL_RIVALS or own is None:
            continue
        if not ctx.candidate_pattern.search(f.sent.text[:toks[own].start]):
            continue  # the possessive must take up the candidate, named before it
        a, b = f.sent.clause_of(i)
        nxt = toks[i + 1].lower if i + 1 < len(toks) else "."
        if nxt not in _OBJECTS and nxt not in (".", ",", ";", "and") and not (
                nxt in _ARTICLES and i + 2 < len(toks) and toks[i + 2].lower in _OBJECTS):
            continue  # 'conceded two goals', 'conceded to …': not the contest conceded
        if other_election(f.sent, len(toks), ctx.market.question, anywhere=True):
            continue
        return i
    return None


CONGRATULATED = "(the candidate congratulated on the win)"


def congratulated_candidate(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Sefcovic congratulated Caputova on her victory': the candidate of an exclusive contest,
    congratulated (reported as done) on a victory or win named in the same clause, won it; not a
    round's win ('on her first-round victory'), nor another election's."""
    t = ctx.target
    if not (t.candidate and ctx.candidate_pattern and t.role_exclusive):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if "congratulate" not in tok.lemmas or aspect(f.sent, i, "congratulate") != "past" or negation(f, i):
            continue
        _, b = f.sent.clause_of(i)
        win = next((k for k in range(i + 1, b) if toks[k].lower in WIN_NOUNS), None)
        if win is None or earlier_round(f.sent, win, None) or other_election(f.sent, b, ctx.market.question, anywhere=True):
            continue
        if re.search(r"\b(?:first|1st)[\s-]+round|\bprimar(?:y|ies)\b|\bsemi-?final",
                     f.sent.text[tok.start:toks[b - 1].start + len(toks[b - 1].text)], re.I):
            continue  # 'congratulated X on her first-round victory': a stage's win
        won = _names(f, i + 1, min(b, i + 1 + NEAR))
        if won and ctx.candidate_pattern.search(" ".join(won)):
            return i
    return None


def names_contest(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The article names the market's contest by its head noun ('the official final election
    result' for 'the 2019 Slovak presidential election')."""
    heads = ctx.object_head
    return bool(heads) and any(tok.lemmas & heads for s in article_sentences(f.article.title, f.article.text)
                               for tok in s.tokens)


# Words that open the clause of a concession told beside another side's act ('… declared victory
# as his main rivals conceded defeat'): the subject of the concession comes after them.
_CLAUSE_OPENERS = frozenset({"as", "while", "after", "when", "and", "but", "since", "whereas", "with"})
_SUBJECT_SPAN = 8


def rivals_concede(f: SentenceFacts, i: int) -> bool:
    """'Rodrigo Duterte, has declared victory as his main rivals in the presidential race conceded
    defeat': the subject right before the conceding verb at i is the other side, named by a rival
    noun (contests.json 'rival_heads'), not the name earlier in the sentence. The words back from
    the verb to a clause opener, a proper name or punctuation are read; a rival noun among them
    makes the rivals the ones who conceded."""
    toks = f.sent.tokens
    for k in range(i - 1, max(-1, i - 1 - _SUBJECT_SPAN), -1):
        t = toks[k]
        if t.lower in RIVAL_HEADS:
            return True
        if t.lower in _CLAUSE_OPENERS or not t.text[:1].isalpha() or (t.text[:1].isupper() and k > 0):
            return False
    return False
