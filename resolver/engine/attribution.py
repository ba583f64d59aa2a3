"""Whose figure: the source a market names ('Will the USGS rate …', 'as published by the Bureau
of Labor Statistics', 'according to the results announced by the Independent Electoral
Commission') and who gives a figure in a sentence ('…, while the U.S. Geological Survey recorded
7.4'; '…, according to a Bureau of Labor Statistics report'). Acronyms match their expansion."""

from __future__ import annotations

import re

from . import quantities
from .analysis import MarketContext


_BODY = re.compile(r"\b(?:by|from|of)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w'-]+\s+)*[A-Z][\w'-]+)")


def named_body(ctx: MarketContext, text: str) -> str | None:
    """The body the criteria name as the source of the result ('according to the results
    announced by the Independent Electoral Commission'), when the figure's sentence names it
    too: its figure, provisional or not, is the one the market resolves on."""
    for m in _BODY.finditer(ctx.market.criteria):
        name = m.group(1).strip()
        if quantities.names_overlap(name, ctx.target.actors) or len(name.split()) < 2:
            continue
        if re.search(rf"\b{re.escape(name)}\b", text, re.I):
            return name
    return None


_RATING_VERBS = (r"rate|rates|report|reports|record|records|measure|measures|list|lists|estimate|estimates|put|puts|"
                 r"register|registers|classify|classifies|publish|publishes")
_SOURCE_Q = re.compile(rf"^\s*Will\s+(?:the\s+)?((?:[A-Z][\w.&'-]*\s+){{1,5}}?)(?:{_RATING_VERBS})\s+(?:that|the|an?|its|\d)")
_NAME = r"[A-Z][\w.&'-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w.&'-]*){0,4}"
_SOURCE_C = re.compile(rf"\b(?:according\s+to|as\s+(?:first\s+)?(?:reported|measured|published|rated|recorded|announced)\s+by)"
                       rf"\s+(?:the\s+)?({_NAME})")
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?({_NAME})|,\s+(?:the\s+)?({_NAME})\s+"
                        r"(?:said|says|reported|reports|announced)\b")
_SAID = re.compile(r"(?P<who>(?:[A-Z][\w.&'-]*\s+){1,5}|[A-Z][a-z]+\s+(?:officials|seismologists|authorities|experts|"
                   r"agency|agencies|scientists|government|media)\s+)(?:\w+\s+)?(?i:said|says|recorded|records|reported|"
                   r"reports|measured|measures|put|puts|rated|rates|estimated|estimates|registered|gave|listed)\b")


def named_sources(ctx: MarketContext) -> tuple[list[str], bool]:
    """The source whose figure the market reads, when it names one, and whether the question
    names it: the subject of a rating verb in the question ('Will the USGS rate …': strict, an
    unattributed figure settles nothing), or 'as published by the Bureau of Labor Statistics'
    in the criteria (a figure another names settles nothing; an unattributed one is read)."""
    m = _SOURCE_Q.search(ctx.market.question)
    if m and m.group(1).strip():
        return _with_alias(ctx, m.group(1).strip()), True
    m = _SOURCE_C.search(ctx.market.criteria)
    # 'according to the French Interior Ministry's count': the source is the ministry, not its possessive
    return (_with_alias(ctx, re.sub(r"['’]s$", "", m.group(1).strip())) if m else []), False


def _with_alias(ctx: MarketContext, source: str) -> list[str]:
    """The source and the short name the market gives it in parentheses ('the Central Statistical Office
    (GUS)': a figure 'GUS reported' is the office's, though GUS is no acronym of its English name)."""
    m = re.search(rf"{re.escape(source)}\s*\(\s*([A-Z][\w.&-]{{1,11}})\s*\)", f"{ctx.market.question} {ctx.market.criteria}")
    return [source, m.group(1)] if m and m.group(1) != source else [source]


def names_source(text: str, source: str) -> bool:
    """The text names the source, by name or by its acronym's expansion ('U.S. Geological Survey'
    for 'USGS')."""
    if re.search(rf"\b{re.escape(source)}\b", text):
        return True
    runs = re.findall(r"[A-Z][\w.&'-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w.&'-]*)*", text)
    return any(quantities.names_overlap(r, [source]) for r in runs)


def article_names(title: str, text: str, source: str) -> bool:
    """The article names the source somewhere (its headline or any sentence of its body)."""
    return names_source(f"{title}\n{text}", source)


def giver(text: str, pos: int) -> str | None:
    """Who gives the figure at `pos`: the name before a reporting verb in the stretch since the
    previous figure ('…, while the U.S. Geological Survey recorded 7.4' → 'U.S. Geological
    Survey'; 'Japanese seismologists reported … 7.7' → 'Japanese seismologists')."""
    prev = [m.end() for m in re.finditer(r"\d(?:[\d.,]*\d)?", text[:pos])]
    stretch = text[prev[-1] if prev else 0:pos]
    found = list(_SAID.finditer(stretch))
    if not found:
        after = _ACCORDING.search(text[pos:])  # '… rose to 4.3%, according to a Bureau of Labor Statistics report'
        return (after.group(1) or after.group(2)).strip() if after else None
    who = found[-1].group("who").strip()
    if who.lower() == "the" and _GOVERNMENT.match(stretch, found[-1].start("who") + len(found[-1].group("who"))):
        return "the government"  # 'The government reports the nation's jobless rate fell to 7.8 percent'
    head = _HEAD.match(stretch, found[-1].start("who") + len(found[-1].group("who"))) if who.lower() == "the" else None
    if head:
        return f"the {head.group(1)}"  # 'The ministry said …': the source taken up by its head noun
    return re.sub(r"^(?:while|and|but|the|as)\s+", "", who, flags=re.I).strip() or None


_GOVERNMENT = re.compile(r"government\b", re.I)
_HEAD = re.compile(r"([a-z]{3,})\s")


def government(who: str | None) -> bool:
    """The giver is the government itself ('The government reports …'): for an official statistic,
    the agency that publishes it speaks for it."""
    return who == "the government"


_FIRST_PERSON = re.compile(r"\b(?:we|our)\b", re.I)


def own_release(text: str, pos: int, url: str, sources: list[str]) -> str | None:
    """The named source speaking in its own release: a figure told in the first person ('We have
    revised the initial magnitude … from M7.5 to M7.8') in an article published on the source's own
    site (a label of the address is its name run together: 'GeoNet' on info.geonet.org.nz). The
    source, or None."""
    if not _FIRST_PERSON.search(text[:pos]):
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
    labels = set(host.split("."))
    return next((src for src in sources if re.sub(r"[^a-z0-9]", "", src.lower()) in labels), None)
