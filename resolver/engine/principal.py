"""The principal actor of a market: the party the question names as the doer of its act ("Will
India sign the joint communiqué of the Summit on Peace in Ukraine?" → India). Names that stand
after the act verb belong to its object and the object's modifiers (the summit, Ukraine; the
owner of "Valneva's vaccine"): they are what the act is done to, not who does it. Pure."""

from __future__ import annotations

import re

from .act_families import family_key
from .analysis import MarketContext
from .text import tokenize

# a question whose subject undergoes the act ('Will X be confirmed by the Senate?'), or is
# described by it ('Will X be the nominee?'): its subject is no doer
_COPULA = frozenset({"be", "is", "are", "was", "were", "been", "being", "become", "remain", "stay"})


def act_position(ctx: MarketContext) -> int | None:
    """Character offset of the act verb in the question, None when the act is not written as a
    verb form there (or the question is passive or a copula)."""
    forms = set(ctx.target.act_forms) | ({ctx.target.act} if ctx.target.act else set())
    if not forms:
        return None
    toks = tokenize(ctx.market.question)
    for k, t in enumerate(toks):
        if t.lemmas & forms and not t.text[:1].isupper():
            if any(w.lower in _COPULA for w in toks[max(0, k - 2):k]):
                return None
            return t.start
    return None


def principal_actors(ctx: MarketContext) -> list[str]:
    """Actors of the market named before its act verb: the doers. [] when the market names no
    doer (a passive or copular question, a candidate market, or no actor before the verb)."""
    cached = ctx.__dict__.get("_principal_actors")
    if cached is not None:
        return cached
    found: list[str] = []
    pos = act_position(ctx) if ctx.target.kind == "event" and not ctx.target.candidate else None
    if pos is not None:
        head = ctx.market.question[:pos]
        found = [actor for actor, pat in ctx.actor_patterns.items() if pat.search(head)]
    ctx.__dict__["_principal_actors"] = found  # read once per market
    return found


def object_side_actors(ctx: MarketContext) -> list[str]:
    """Actors the question names only after its act verb, when it names a doer before it: parts
    of the object, never its doer ('Valneva' of "authorize Valneva's vaccine")."""
    doers = principal_actors(ctx)
    return [a for a in ctx.target.actors if doers and a not in doers]


def names_principal(ctx: MarketContext, text: str) -> bool:
    """The text names a principal actor (by any of its names)."""
    return any(ctx.actor_patterns[a].search(text) for a in principal_actors(ctx))


# a subject that counts several parties ('80 countries', 'Eighty countries', 'dozens of nations')
_COUNTED = re.compile(r"^\W*(?:(?:and|or|but|while)\s+)?(?:(?:about|some|more\s+than|over|nearly|almost|at\s+least)\s+)?"
                      r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\w*|"
                      r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many|most)\s+(?:of\s+(?:the\s+)?)?"
                      r"(?:[A-Za-z-]+\s+)?[a-z]+s\b", re.I)


def _of_principal(rest: str, doers: list[str]) -> bool:
    """The counted group is the principal's own: 'of', 'from' or 'representing' the principal
    named by its head noun ('delegates representing the union' for the Chicago Teachers Union)."""
    m = re.match(r"\s*(?:representing|of|from)\s+(?:the|its|their)\s+([A-Za-z]+)\b", rest, re.I)
    return bool(m) and any(m.group(1).lower() == d.split()[-1].lower() for d in doers if len(d.split()) > 1)


def other_subject(ctx: MarketContext, f, i: int) -> str | None:
    """Why the active act verb at token i is not reported of the market's principal actor, whom
    the sentence does not name: its subject counts several parties without naming the principal
    among them ('80 countries, 4 European institutions sign …'; 'Eighty countries, including
    Ukraine, and four European institutions signed the final joint communique' for India's
    signature). None when the principal is named, or the verb is a passive (its subject
    undergoes the act)."""
    doers = principal_actors(ctx)
    if not doers or names_principal(ctx, f.sent.text):
        return None
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(i)
    if any(t.lower in _COPULA for t in toks[max(a, i - 2):i]) and toks[i].lower.endswith(("ed", "en")):
        return None  # 'has been approved': the subject is what the act was done to
    subject = f.sent.text[toks[a].start:toks[i].start]
    counted = _COUNTED.match(subject)
    if counted and _of_principal(subject[counted.end():], doers):
        return None  # 'Some 800 delegates representing the union rank-and-file': the union's own, acting for it
    if counted and not re.match(r"\W*(?:both|the\s+two)\b", subject, re.I):
        group = re.sub(r"^\W*(?:(?:and|or|but|while)\s+)?", "", counted.group(0)).strip()
        return (f"'{group}' counts several parties without naming {', '.join(doers)}, "
                "who the market asks to do the act")
    return None


# a preposition between a motion verb and the principal: the principal is no object of it ('arrived
# at the zoo with the pandas')
_PREPOSITIONS = frozenset({"at", "in", "on", "to", "from", "with", "by", "for", "of", "into", "onto", "near", "after",
                           "before", "without", "alongside", "beside", "behind", "under", "over", "via", "through"})
_OBJECT_REACH = 6  # words after the verb in which its object is looked for


def visited_principal(ctx: MarketContext, f, i: int) -> str | None:
    """For a market on the principal's own travel ('Will giant pandas from China arrive at the San
    Diego Zoo …?': arrive, visit, travel, land), why the active motion verb at token i is told of
    someone else going to the principal: the principal stands as the verb's object, not its subject
    ('announcing that they had visited and met the two pandas … back in April': the zoo's staff
    visited the pandas; the pandas went nowhere). None when the clause's subject names the
    principal, or a preposition stands between the verb and it."""
    if family_key(ctx.target.act or "") != family_key("visit"):
        return None
    doers = principal_actors(ctx)
    if not doers:
        return None
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    if any(t.lower in _COPULA for t in toks[max(a, i - 2):i]) and toks[i].lower.endswith(("ed", "en")):
        return None  # 'the pandas were visited by': a passive, its subject undergoes it
    if any(ctx.actor_patterns[d].search(f.sent.text[toks[a].start:toks[i].start]) for d in doers):
        return None
    for k in range(i + 1, min(b, i + 1 + _OBJECT_REACH)):
        if toks[k].lower in _PREPOSITIONS or toks[k].text in (",", ";", ":"):
            return None
        end = toks[k].start + len(toks[k].text)
        hit = next((d for d in doers if ctx.actor_patterns[d].search(f.sent.text[toks[i + 1].start:end])), None)
        if hit:
            return (f"'{toks[i].text} … {f.sent.text[toks[i + 1].start:end]}': {hit} is what the verb is done to, "
                    "not who travels: someone else went to them")
    return None


__all__ = ["act_position", "principal_actors", "object_side_actors", "names_principal", "other_subject",
           "visited_principal"]
