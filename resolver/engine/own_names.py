"""Names that are the market's own, not a rival's: a name's word without its possessive, the office's own
country ('President of El Salvador'), the country a question holds its contest in ('Lithuania's 2016 Seimas
election'), a name the article says the candidate took, and the words of the
market's actors and candidate, and a run of the candidate's words cut off its name (rules/rival_outcome.py)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .entities import country_of
from .party_names import nation_contest
from .text import article_sentences


def bare(word: str) -> str:
    """A name's word in lower case without its possessive ending ('Salvador's' → 'salvador')."""
    return word.lower().removesuffix("'s").removesuffix("\u2019s").strip("'\u2019")


def office_places(ctx: MarketContext) -> set[str]:
    """The words of a country the market names as the office's own ('President of El Salvador'): the
    office's place, never a rival ("El Salvador's president sworn in")."""
    if not ctx.target.role or not ctx.candidate_pattern:
        return set()
    return {w.lower() for a in ctx.target.actors if country_of(a) and not ctx.candidate_pattern.search(a)
            for w in a.split()}


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def question_places(ctx: MarketContext) -> set[str]:
    """The words of the countries the question names (by name, capital or demonym), for a candidate that
    is no nation or national side: the place the contest is held in, never a rival that won it ('The
    parliamentary elections in Lithuania won the "Union of farmers and greens"' for a party of
    'Lithuania's 2016 Seimas election'). A nation's market keeps them: another nation it names
    ('Will Argentina beat France …?') is its rival."""
    candidate = ctx.target.candidate or ""
    if not ctx.candidate_pattern or nation_contest(candidate):
        return set()
    out: set[str] = set()
    for m in _CAPITALISED.finditer(ctx.market.question):
        words = [bare(w) for w in m.group(0).split()]
        for n in range(len(words)):
            for k in range(n + 1, len(words) + 1):
                canon = country_of(" ".join(words[n:k]))
                if canon:
                    out |= set(words[n:k]) | set(canon.split())
    return out


NAME_TAKEN = r"\b(?:(?:took|chose|picked|adopted|selected|taking|choosing)\s+(?:the\s+)?(?:\w+\s+)?name(?:\s+of)?|known\s+as|renamed)\s+"


def new_name(ctx: MarketContext, f: SentenceFacts, rivals: tuple[str, ...]) -> bool:
    """Every rival named is a name the article says the candidate took ('Argentine Jorge Bergoglio
    was elected pope Wednesday and chose the papal name Francis'): the same person, not a rival."""
    if not rivals:
        return False
    told = [s.text for s in article_sentences(f.article.title, f.article.text) if ctx.candidate_pattern.search(s.text)]
    return all(any(re.search(NAME_TAKEN + re.escape(r.split()[-1]) + r"\b", t) for t in told) for r in rivals)


def candidate_part(ctx: MarketContext, name: str) -> bool:
    """`name` is a run of two or more of the candidate's own words in their order, its name cut short
    where a dash splits it ('named Kingston University London – Town House … as the winner' for
    'Kingston University London – Town House'): the candidate, not a rival."""
    words = [bare(w) for w in name.split()]
    own = [bare(w) for w in re.split(r"[\s\u2013\u2014-]+", ctx.target.candidate or "") if w]
    return len(words) >= 2 and any(own[k:k + len(words)] == words for k in range(len(own) - len(words) + 1))


def market_names(ctx: MarketContext) -> set[str]:
    """The lowercase words of the market's actors and candidate."""
    return {w.lower().strip("'s") for a in ctx.target.actors + [ctx.target.candidate or ""] for w in a.split()} - {""}


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*")


def contest_names(ctx: MarketContext) -> set[str]:
    """market_names, with the words of the prize's full name as the market writes it ('the Bennetts British Superbike
    Championship' in the criteria for 'the 2019 British Superbike Championship'): a report naming the prize by those
    words ('seals 2019 Bennetts British Superbike title') names the market's contest, not another."""
    terms = {w.lower() for w in ctx.target.object_terms}
    prize = {bare(w) for m in _CAPITALISED_RUN.finditer(f"{ctx.market.question}\n{ctx.market.criteria}")
             if any(w.lower() in terms for w in m.group(0).split()) for w in m.group(0).split()}
    return market_names(ctx) | prize


# 'the Spanish Socialist Workers' Party (PSOE)': a name of capitalised words (with 'of', 'for', 'the',
# 'and' between them) written right before the candidate's initials in brackets
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and)\s+){0,2}){1,8})\(([A-Z]{2,6})\)")
_LINKS = frozenset({"of", "for", "the", "and", "party"})


def spelled_out(ctx: MarketContext) -> set[str]:
    """The lowercase words (and their plurals: 'socialists') of the full name the question or criteria
    write before the candidate's initials in brackets ('Spanish Socialist Workers' Party (PSOE)' for
    'PSOE'): a report naming the candidate by those words ('Socialist triumph') names no rival."""
    cand = (ctx.target.candidate or "").strip()
    if not re.fullmatch(r"[A-Z]{2,6}", cand):
        return set()
    words = {bare(w) for m in _SPELLED_OUT.finditer(f"{ctx.market.question}\n{ctx.market.criteria}")
             if m.group(2) == cand for w in m.group(1).split()} - _LINKS
    return words | {w + "s" for w in words if not w.endswith("s")}
