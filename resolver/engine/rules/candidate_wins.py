"""The candidate's win told by its result (who-wins markets), read by rules/confirmation.py: the
title '<office>-elect' before the candidate's name ('Kiribati's president-elect Taneti Maamau'); a
defeat done by the candidate of another named side in the market's contest ('resulted in Christian
Menefee defeating Amanda Edwards'); the other finalist told losing the market's final to the
candidate ('Spain Lose Euro 2025 Final England'); a comeback the candidate completed to win the
market's contest ('Oracle Team USA finishes historic comeback to win America's Cup'); a lead told
beyond the reach of the others ('to give Europe an unmatchable 14.5-9.5 lead', 'an insurmountable
2-0 lead over Croatia')."""

from __future__ import annotations

import re

from .. import categories, contests, defeats, electoral, own_names, parts
from ..analysis import MarketContext, SentenceFacts, aspect, negation
from ..text import conditional_clause
from ..final_defeats import contest_words, in_final
from .rival_outcome import _in_time, _names_role, _roles, _titled_name, partial_win, role_object


def candidate_won(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The candidate's win told by its result: (index, how) of the title '<office>-elect' before
    the candidate's name ('Kiribati's president-elect Taneti Maamau'), or of a defeat verb whose
    doer is the candidate and whose object is another named side ('resulted in Christian Menefee
    defeating Amanda Edwards'), in a sentence that names the market's contest and reports it
    whole (not a stage, a game or another category's)."""
    t = ctx.target
    if not (t.act == "win" and t.candidate and t.role and t.role_exclusive and ctx.candidate_pattern):
        return None
    titled = next((i for i, name in electoral.office_elect(f, ctx.elected_office)
                   if ctx.candidate_pattern.search(name)), None)
    if titled is not None:
        return titled, "titled the office's '-elect'"
    beat = _beat_rival(ctx, f)
    if beat is not None:
        return beat, "beat a named rival in the market's contest"
    lost = _final_lost_to_candidate(ctx, f)
    if lost is not None:
        return lost, "another finalist lost the market's final to it"
    came_back = _comeback_won(ctx, f)
    if came_back is not None:
        return came_back, "completed a comeback to win the market's contest"
    named = _named_winner(ctx, f)
    if named is not None:
        return named, "named the winner of the market's contest"
    lifted = _trophy_lifted(ctx, f)
    if lifted is not None:
        return lifted, "lifted the trophy of the market's contest"
    clinched = _clinching_lead(ctx, f)
    return (clinched, CLINCHED) if clinched is not None else None


CLINCHED = "holds a lead the others cannot overcome in the market's contest"

# the candidate's name, a copula, 'the winner of' and the contest: 'saying the … candidate, Ekrem Imamoglu, is
# the winner of the June 23 election'
_WINNER_OF = re.compile(r"(?:,\s*)?\s(?:is|was|has\s+been|had\s+been)\s+(?:officially\s+)?(?:declared\s+|confirmed\s+as\s+)?"
                        r"the\s+(?:official\s+)?(?:winner|victor)\s+of\s+(?P<what>[^,.;:]{1,60})", re.I)


def _named_winner(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'…, Ekrem Imamoglu, is the winner of the June 23 election': the candidate's name right before a
    copula and 'the winner of' a phrase naming the market's contest (its role word, 'election' for an
    election, or a lowercase word of its object), no other stage of it ('the first round') nor another
    year's, not negated, not in a condition; the token of 'winner'."""
    text = f.sent.text
    if "winner of" not in text and "victor of" not in text:
        return None
    q = ctx.market.question
    # the contest's common nouns, not a place's name ('Istanbul' names the city's other contests too)
    words = set(_roles(ctx)) | {w for w in ctx.target.object_terms if len(w) > 3 and re.search(rf"\b{re.escape(w)}", q)}
    years = set(re.findall(r"\b(?:19|20)\d\d\b", q))
    for m in _WINNER_OF.finditer(text):
        name_end = text.rstrip()[:m.start()].rstrip(", ")
        if not ctx.candidate_pattern.search(name_end[-40:]) or not any(
                re.search(rf"\b{re.escape(w)}s?\b", m.group("what"), re.I) for w in words if w):
            continue
        named_years = set(re.findall(r"\b(?:19|20)\d\d\b", m.group("what")))
        if contests.stages_in(m.group("what"), q) or named_years and years and not named_years & years:
            continue  # 'the winner of the first round', 'of the 2018 election': another occasion
        i = f.sent.token_at(m.start("what")) - 2
        if i < 0 or negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i
    return None


# a lead no rival can make up: 'an unmatchable 14.5-9.5 lead', 'an insurmountable 2-0 lead', 'an unassailable lead'
# (the keyword prefilter is the adjective's stem)
_BEYOND_REACH = re.compile(r"\b(?:unassailable|insurmountable|unbeatable|unmatchable|uncatchable|unbridgeable)\s+"
                           r"(?:\d+(?:\.\d+)?\s?[-–]\s?\d+(?:\.\d+)?\s+|\d+[-\s]point\s+)?lead\b", re.I)
_BEYOND_STEMS = ("unassailab", "insurmountab", "unbeatab", "unmatchab", "uncatchab", "unbridgeab")
# what stands between the candidate's name and its lead: 'give Europe an …', 'Russia an …', 'Noboa held an …'
_LEAD_OWNER = re.compile(r"(?:^|[,;]\s+|\b(?:as|and|with|while|after|when|so)\s+|\b(?:give|gives|gave|giving|hand|hands|"
                         r"handed|handing)\s+)(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                         r"(?:(?:has|have|had|now|already)\s+)?(?:(?:hold|holds|held|holding|took|take|takes|taking|taken|"
                         r"built|opened|secured|established|(?:moved|moves|surged|raced|stormed|went)\s+into)\s+)?an?\s+$")
# (the owner opens the clause: the window's start, a comma, or a conjunction; the clause's verb is one of
# holding, taking, opening or moving into the lead: 'as Europe moved into an unassailable 14.5-9.5 lead')

_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may|can|will|should|must|to\s+need|needs?)\s+(?:\w+\s+)?$", re.I)


def _clinching_lead(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'… conceded his match to Francesco Molinari … to give Europe an unmatchable 14.5-9.5 lead at
    Le Golf National' for Europe's winning the Ryder Cup: a lead told beyond the others' reach, owned
    by the candidate (given to it, or held by it as the clause's subject), not negated or
    hypothetical, in a sentence or article naming the market's contest, not a stage or another
    category's, in time."""
    low = f.sent.text.lower()
    if not any(stem in low for stem in _BEYOND_STEMS):
        return None
    terms = set(ctx.target.object_terms)
    if not (terms <= _words(f.sent.text) or terms <= _words(f"{f.article.title or ''} {f.article.text}")):
        return None  # the contest named neither in the sentence nor in its article
    if contests.stages_in(f.sent.text, ctx.market.question) or parts.contest_part(f.sent, ctx.market.question):
        return None  # a stage or a part of the contest
    category = categories.of_market(ctx.market.question)
    for m in _BEYOND_REACH.finditer(f.sent.text):
        before = f.sent.text[max(0, m.start() - 80):m.start()]
        owner = _LEAD_OWNER.search(before)
        if not owner or not ctx.candidate_pattern.search(owner.group("who")) or _MODAL_BEFORE.search(before[:owner.start()]):
            continue  # ('a win would give Europe an unassailable lead': a lead still to come)
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or categories.other(category, f.sent, i, ctx.target.object_terms):
            continue
        return i if _in_time(ctx, f, i)[0] else None  # the first lead the candidate owns decides
    return None


_LIFTING = frozenset({"lift", "hoist"})
_TROPHIES = frozenset({"trophy", "cup", "title", "crown"})
_OWNERS = frozenset({"the", "their", "his", "her", "its"})
_AUX = frozenset({"has", "have", "had", "finally", "proudly", "then"})
_CAPTAINS = r"(?:captain|skipper|co-captain)"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|record|maiden", re.I)
_LIFT_REACH = 8  # tokens between the lifting verb and its trophy word


def _words(text: str) -> set[str]:
    """The lowercase words of `text`, without possessives, plurals also singular ('champions')."""
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", text)}
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


def _trophy_lifted(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'South Africa skipper Siya Kolisi lifted the Webb Ellis trophy after a pulsating final':
    the candidate (or its captain, named after it) lifting, told done, a trophy whose phrase holds
    only owners, ordinals, capitalised words and the market's object words; the contest is the
    market's when that phrase names it whole ('the Rugby World Cup trophy'), or the sentence or the
    article does ('the Webb Ellis trophy' — the trophy's own name — in an article on the 2023 Rugby
    World Cup). Not a stage, a game or another category's trophy; in time."""
    toks = f.sent.tokens
    terms = set(ctx.target.object_terms)
    for i, t in enumerate(toks):
        if not t.lemmas & _LIFTING or negation(f, i) or aspect(f.sent, i, sorted(t.lemmas & _LIFTING)[0]) != "past" \
                and not f.sent.headline:
            continue
        a, b = f.sent.clause_of(i)
        lead = i
        while lead > a and toks[lead - 1].lower in _AUX:
            lead -= 1
        subject = f.sent.text[toks[a].start:toks[lead].start].strip()
        m = ctx.candidate_pattern.match(re.sub(r"^(?:the|The)\s+", "", subject))
        if not m:
            continue
        rest = re.sub(r"^(?:the|The)\s+", "", subject)[m.end():].strip()
        if rest and not re.fullmatch(rf"(?:['’]s\s+)?{_CAPTAINS}(?:\s+[A-Z][\w'’.-]*){{1,4}}", rest):
            continue  # 'South Africa skipper Siya Kolisi', not 'South Africa's rivals'
        end = next((k for k in range(i + 1, min(b, i + 1 + _LIFT_REACH)) if toks[k].lower in _TROPHIES), None)
        if end is None:
            continue
        phrase = toks[i + 1:end]
        if not all(w.lower in _OWNERS or w.text[:1].isupper() or _ORDINAL.fullmatch(w.text) or w.text.isdigit()
                   or (w.lemmas | {w.lower}) & terms for w in phrase):
            continue  # 'lifted the lid on …', 'lifted spirits before the final'
        named = terms <= _words(" ".join(w.text for w in toks[i + 1:end + 1]))
        told = terms <= _words(f.sent.text) or terms <= _words(f"{f.article.title or ''} {f.article.text}")
        if not (named or told):
            continue
        if contests.stages_in(f.sent.text, ctx.market.question) or parts.contest_part(f.sent, ctx.market.question):
            continue
        if categories.other(categories.of_market(ctx.market.question), f.sent, i, ctx.target.object_terms):
            continue
        return i if _in_time(ctx, f, i)[0] else None
    return None


def _comeback_won(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Oracle Team USA finishes historic comeback to win America's Cup' for Oracle: the title
    verb's own object names the market's role, in time, not another contest."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if not tok.lemmas & contests.TITLE_VERBS:
            continue
        found = defeats.comeback_to_win(f, i)
        if found is None or not ctx.candidate_pattern.search(found.others[0]) or role_object(ctx, f, i) is None:
            continue
        if contests.other_contest(f, i, ctx.target.object_terms, ctx.target.role, own_names.contest_names(ctx)):
            continue
        return found.index if _in_time(ctx, f, found.index)[0] else None
    return None


def _final_lost_to_candidate(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Spain lost the Euro 2025 final to England' for 'Will England win UEFA Women's Euro 2025?'."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", ctx.market.question)}
    found = defeats.final_lost_to(f, ctx.candidate_pattern, asked)
    if found is None or not _names_role(ctx, f):
        return None
    if categories.other(categories.of_market(ctx.market.question), f.sent, found.index, ctx.target.object_terms):
        return None
    return found.index if _in_time(ctx, f, found.index)[0] else None



def _beat_rival(ctx: MarketContext, f: SentenceFacts) -> int | None:
    t = ctx.target
    if partial_win(ctx, f):
        return None
    found = defeats.defeats(f, ctx.candidate_pattern)
    category = categories.of_market(ctx.market.question)
    if found is None or categories.other(category, f.sent, found.index, t.object_terms):
        return None
    final = in_final(f, found.index, contest_words(ctx.market.question, t.object_terms, t.candidate))
    if not _names_role(ctx, f) and final != "named" and not (contests.decides_title(f.sent) and _titled_name(ctx, f)):
        return None  # ('defeated Serena Williams in the U.S. Open final': the final names the contest; 'beat the
        # Miami Heat 94-89 … to win a first NBA championship': the league's title won names the NBA Finals)
    if "election" not in _roles(ctx) and not contests.decides_title(f.sent) and not final \
            and not _won_role_after(ctx, f, found.index):
        return None  # 'to defeat the Florida Panthers 5-2, taking a 1-0 lead in the Stanley Cup Final': one game
    if electoral.other_election(f.sent, len(f.sent.tokens), ctx.market.question, anywhere=True):
        return None  # 'defeated Y in the Democratic primary' for the general election: another election
    if parts.multi_part(t.object_terms, t.role) and not parts.whole_decided(f.sent, t.object_terms,
                                                                            contests.decides_title(f.sent)):
        return None  # one stage or match of a contest made of many
    if not _in_time(ctx, f, found.index)[0]:
        return None  # 'the election six years ago when Weah easily beat Boakai': an earlier edition
    return found.index


_ROLE_REACH = 6  # words between 'to win' and the market's role word it takes


def _won_role_after(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """'Karim Benzema pipped Kevin De Bruyne, Sadio Mane and Robert Lewandowski to win his first-ever
    Ballon d'Or award': the defeat at k is followed, in its clause, by 'to' and a title verb whose own
    object names the market's role (an award, a prize): the defeat won the whole contest, not a game."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(k)
    roles = [r.lower() for r in _roles(ctx)]
    for j in range(k + 1, min(b, len(toks)) - 1):
        if toks[j].lower == "to" and toks[j + 1].lemmas & contests.TITLE_VERBS:
            after = " ".join(t.lower for t in toks[j + 2:j + 2 + _ROLE_REACH])
            return any(re.search(rf"\b{re.escape(r)}s?\b", after) for r in roles)
    return False
