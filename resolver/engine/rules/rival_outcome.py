"""Rival outcome: for a market on whether a named candidate wins an exclusive role or contest
(pope, prime minister, an election, a final, a cup, an award), a sentence reporting the
candidate beaten in it, or someone else as its winner → toward no. The reading itself is in
contests.py: a completed result of the same contest (not one game or round of it, not a poll
or a projection), dated inside the market's time."""

from __future__ import annotations

import re

from .. import (acknowledged_wins, announced_results, categories, decided_titles, champions, claimed_wins, contest_day, contests, defeats,
               electoral, first_rounds, given_title, held_at, mentions, named_rivals, occasions, other_meetings, own_names, parts,
               party_names, past_editions, poll_sourced, provisional_results, prize_taken, units_won, win_idioms)
from ..analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from ..entities import country_of
from ..packaged import load_json
from ..lexicon import OUTCOME_VERBS
from ..settings import EngineSettings
from ..types import Contribution
from ..round_win import earlier_round
from .. import won_parts, contest_results, contest_silence, coordinated_subjects, country_rivals, named_competitions, placed_elsewhere, \
    other_terms, standings
from ..headline_wins import headline_win
from . import hedged

NAME = "rival_outcome"
_OUTCOME = frozenset(OUTCOME_VERBS) | contests.TITLE_VERBS | contests.DECIDER_VERBS | contests.DEFENCE_VERBS
# ('the first qualifier to win a major': an entrant who came through qualifying, told with what it did, not a stage)
_RUNOFF = re.compile(r"\b(advance\w*|head\w*|go\w*|move\w*)\s+(in)?to\s+(a\s+|the\s+)?run-?off\b"
                     r"|\bmost\s+votes\b|\bqualif(?!iers?\s+(?:ever\s+)?to\s)\w+", re.I)
# an election told by a phrase of 'vote' (the frame lexicon's 'elect' phrases): 'parliament voted X in as president'
_VOTED_IN = ("vote * in as", "vote * into office")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_OFFICE_NOUNS = load_json("contests.json")["elected_to_win"]["office_nouns"]
# A question whose candidate is a class ('Will a Norwegian author win …', 'Will an Italian
# player win …'): a named winner may belong to it, so naming one is no rival outcome.
_CLASS = re.compile(r"\s*will\s+(?:a|an|any)\s", re.I)
def edition_tally(f: SentenceFacts, i: int) -> bool:
    """The win verb at i is followed by a count of editions won (past_editions.tally)."""
    return past_editions.tally(f.sent, i)


def candidate_beaten(ctx: MarketContext, f: SentenceFacts, surprise: bool = False) -> int | None:
    """Index of a defeat verb ('beating', 'defeated'; with `surprise`, 'stuns') whose object is the candidate."""
    if not ctx.candidate_pattern:
        return None
    found = defeats.beaten(f, ctx.candidate_pattern, surprise)
    return found.index if found else None


def _other_elect(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Kiribati's president-elect X' for another than the candidate: the title's owner (the word
    right before it) is one of the market's other actors, the place the election is held ('US
    President-elect …' in a report on another country's vote is another election's)."""
    places = [p for a, p in ctx.actor_patterns.items() if not ctx.candidate_pattern.search(a)]
    for i, name in electoral.office_elect(f, ctx.elected_office):
        owner = f.sent.tokens[i - 1].text if i > 0 else ""
        if not ctx.candidate_pattern.search(name) and any(p.fullmatch(owner.removesuffix("'s").removesuffix("’s"))
                                                           for p in places):
            return i, name
    return None


def _roles(ctx: MarketContext) -> list[str]:
    """The words that name the market's contest: its role, 'election' when the question names
    one, and 'second round' for a runoff (the same ballot)."""
    role = ctx.target.role or ""
    return [role] + (["election"] if re.search(r"\belection\b", ctx.market.question, re.I) else []) + (
        ["second round"] if role.lower() in ("runoff", "run-off") else []) + _office_of_place(ctx)


def _office_of_place(ctx: MarketContext) -> list[str]:
    """'president of Chile', 'presidency of Chile' for a market on Chile's presidential election
    or runoff: the office the election fills (or its noun), of a place the market names; and 'leader
    of the United Conservative Party' for a market on the party's leadership election (a party actor)."""
    if not ctx.elected_office or not ctx.candidate_pattern:
        return []
    nouns = {n for o in ctx.elected_office for n in (o, *_OFFICE_NOUNS.get(o, ()))}
    places = [a for a in ctx.target.actors if country_of(a) and not ctx.candidate_pattern.search(a)]
    parties = [a for a in ctx.target.actors if {w.lower() for w in a.split()} & electoral.PARTY_WORDS
               and not ctx.candidate_pattern.search(a)]
    return [f"{n} of {p.lower()}" for n in sorted(nouns) for p in places] + [
        f"{n} of the {p.lower()}" for n in sorted(nouns) for p in parties]


def _names_role(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The sentence names the market's role or, for an election, the election; or the contest
    by a name the market's actors give it ('GBBO' for 'The Great British Bake Off')."""
    return any(re.search(rf"\b{re.escape(r)}s?\b", f.sent.text, re.I) for r in _roles(ctx)) or any(
        ctx.actor_patterns[a].search(f.sent.text) for a in _contest_actors(ctx))


def _titled_name(ctx: MarketContext, f: SentenceFacts) -> list[int]:
    """'Willett wins Masters title' for the 'Masters Tournament': a capitalised word of the
    market's object (not its role word) right before a title word names the contest's prize.
    The indices of those words (a win verb counts it only in its own clause)."""
    named = set(ctx.target.object_terms) - set((ctx.target.role or "").lower().split())
    toks = f.sent.tokens
    # 'his Boston Marathon title' for 'the men's race at the 2023 Boston Marathon' (held_at.py)
    side = categories.of_market(ctx.market.question).axes[0]
    held = held_at.titled(f.sent, [a for a in held_at.events(ctx.market.question, ctx.target.role, ctx.target.actors)
                                   if not ctx.candidate_pattern.search(a)], contests.TITLE_WORDS, side)
    return [k for k in range(len(toks) - 1) if toks[k].text[:1].isupper()
            and (toks[k].lemmas | {toks[k].lower}) & named and toks[k + 1].lower in contests.TITLE_WORDS] + held


def _contest_actors(ctx: MarketContext) -> list[str]:
    """The market's actors that name the contest, not the candidate: those carrying the role
    word ('The Great British Bake Off' for role 'off', 'League of Legends World Championship')."""
    role = (ctx.target.role or "").lower()
    return [a for a in ctx.target.actors if role and role in a.lower().split()
            and ctx.candidate_pattern and not ctx.candidate_pattern.search(a)]


def partial_win(ctx: MarketContext, f: SentenceFacts) -> bool:
    """'won the first round', 'Game 4', 'semi-final': a stage of the contest, not the contest
    (unless the market asks about that stage, or the sentence says the stage decided the title,
    or the stage is Game 7 of the series the market names)."""
    text = f.sent.text
    if _RUNOFF.search(text) and not _RUNOFF.search(ctx.market.question) or \
            first_rounds.first_place_before_runoff(f.sent, ctx.market.question) or \
            first_rounds.win_before_runoff(f.sent, ctx.market.question):  # 'wins first presidential round, faces … in run-off'
        return True
    part = parts.contest_part(f.sent, ctx.market.question)
    # 'Earlier this season the Chiefs beat the Sharks', '… to level the series at 1-1': another meeting, one game
    meeting = None if other_meetings.other_meeting(ctx.market.question) else other_meetings.other_meeting(text) or \
        standings.within(text, ctx.market.question)  # 'now lead the NBA Finals 3-2', 'won the third round to lead by one'
    if meeting:
        return True  # (a title word there is the series' own: 'to take a 1-0 lead in the series')
    found = contests.stages_in(text, ctx.market.question) + ([part] if part else [])
    if contests.deciding_game(found) and _names_contest(ctx, f):
        return False  # 'topped the Indiana Pacers 103-91 in Game 7 of the NBA Finals': the series' last game
    # 'gave Real Madrid their 15th UEFA Champions League title, even though … in the first half': the title told given
    return bool(found) and not contests.decides_title(f.sent) and \
        given_title.title_given(f, ctx.candidate_pattern, ctx.target.object_terms) is None


def _names_contest(ctx: MarketContext, f: SentenceFacts) -> bool:
    """Every word of the market's object ('NBA Finals') is in the sentence."""
    low = {w for tok in f.sent.tokens for w in tok.lemmas | {tok.lower}}
    return bool(ctx.target.object_terms) and all(term in low for term in ctx.target.object_terms)


def _in_time(ctx: MarketContext, f: SentenceFacts, i: int) -> tuple[bool, str]:
    """The result is dated no later than the deadline and not in an earlier edition (a year
    before the one the question names, or before the market's window)."""
    span = event_time(f, i)
    undated = f.nearest_span(i, dating_only=True) is None
    if span.starts_after(ctx.market.deadline) and undated and \
            (span.start.date() - ctx.market.deadline.date()).days <= occasions.REPORT_DAYS:
        # 'Daniil Medvedev won his first major title at the US Open, defeating Novak Djokovic'
        # in an article of the day after the final: an undated result of the one contest the
        # market names, reported this soon, is that contest's (and an outcome gone to another
        # after the deadline leaves the candidate without it by then all the same)
        return True, f"{span.explanation}; an undated report of the named contest's result, published within " \
                     f"{occasions.REPORT_DAYS} days of the deadline"
    if span.starts_after(ctx.market.deadline) and not (undated and f.article.published <= ctx.market.deadline):
        return False, span.explanation  # (an undated report published before the deadline, in another offset, is before it)
    ws = ctx.target.window_start
    if ws is not None and span.ends_before(ws):
        return False, span.explanation
    earlier = None if undated else contest_day.before_the_day(ctx.market.question, ctx.market.criteria,
                                                              ctx.market.deadline, span)
    if earlier:
        return False, earlier  # '2012 meeting: Round 9, April 21, 2012: Chiefs beat Sharks' for the August 4 final
    past = _past_edition(ctx, f, i)
    if past:
        return False, past  # 'Salman Rushdie won the Booker Prize in 1981': a past edition's winner
    # a year after the deadline's names the edition decided ahead ('host the 2012 Summer Olympic Games',
    # chosen in 2005), not the time of the result: the result's own edition is then the one to check
    named = [int(y.group(0)) for y in _YEAR.finditer(ctx.market.question)]
    years = [y for y in named if y <= ctx.market.deadline.year]
    other = _edition_year(ctx, f, i) if named and not years else None
    if other is not None and other not in named:
        return False, f"'{other}' names another edition than the market's ({', '.join(map(str, named))})"
    if years and span.end.year < min(years):
        return False, span.explanation
    return True, span.explanation


def _past_edition(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The result at token i is told of another edition than the market's (past_editions.py)."""
    return past_editions.other_edition(f.sent, i, ctx.market.question, ctx.market.deadline, ctx.target.object_terms,
                                       ctx.target.role_exclusive, f.article.published)


def _edition_year(ctx: MarketContext, f: SentenceFacts, i: int) -> int | None:
    """The year written right before a word of the market's object ('the 2012 Olympic Games')
    nearest to token i in its clause: the edition the reading there is of."""
    terms = {w.rstrip("s") for w in ctx.target.object_terms}
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    found = [k for k in range(a, b - 1) if _YEAR.fullmatch(toks[k].text)
             and {w.rstrip("s") for w in toks[k + 1].lemmas | {toks[k + 1].lower}} & terms]
    return int(toks[min(found, key=lambda k: abs(k - i))].text) if found else None


def _surprised_to_title(ctx: MarketContext, f: SentenceFacts) -> contests.Reading | None:
    """'Wawrinka stuns Djokovic to win French Open title': a surprise told done against the
    candidate, then 'to' and a title verb taking a title word — the surprise was the win of the
    title, so the candidate was beaten in it."""
    found = defeats.beaten(f, ctx.candidate_pattern, surprise=True)
    if found is None:
        return None
    toks = f.sent.tokens
    _, b = f.sent.clause_of(found.index)
    for k in range(found.index + 2, min(b, len(toks)) - 1):
        if toks[k].lower == "to" and toks[k + 1].lemmas & contests.TITLE_VERBS:
            return found if any(w.lower in contests.TITLE_WORDS for w in toks[k + 2:k + 6]) else None
    return None


_OBJECT_STOP = frozenset({",", ";", ":", "in", "on", "at", "of", "for", "with", "after", "before", "by", "and",
                          "over", "against", "from", "to", "while", "as", "when"})


def role_object(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The noun phrase right after the title verb at i, when it names the market's role ('the PGA
    Championship', not 'stage 5 of the Tour', 'the title' for one race, 'the semi-final')."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    obj = []
    for k in range(i + 1, min(b, i + 1 + 8)):
        if toks[k].lower in _OBJECT_STOP:
            break
        obj.append(toks[k])
    role = set(ctx.target.role.lower().split())
    return " ".join(t.text for t in obj) if any((t.lemmas | {t.lower}) & role for t in obj) else None


def _beat_to_win(ctx: MarketContext, f: SentenceFacts, i: int, settings: EngineSettings) -> list[Contribution] | None:
    """'Justin Thomas beat Will Zalatoris in a three-hole playoff to win the PGA Championship':
    the title verb at i ('to win') tells what a defeat done by another side won; when its own
    object (the noun phrase right after it) names the market's role ('the PGA Championship',
    not 'stage 5 of the Tour', 'the title' for one race, 'the semi-final'), that side won the
    market's contest. [] when the candidate is the doer (confirmation's business), None when
    not read."""
    if not ctx.target.role or not (f.sent.tokens[i].lemmas & contests.TITLE_VERBS):
        return None
    found = defeats.beat_to_win(f, i) or defeats.comeback_to_win(f, i)
    if found is None:
        return None
    toks = f.sent.tokens
    if ctx.candidate_pattern.search(f.sent.text[:toks[i].start]) and not defeats.won_back(f, i, ctx.candidate_pattern):
        return []  # the candidate is named before the win: the doer or the beaten (read above; not a rival's comeback)
    obj = role_object(ctx, f, i)
    if obj is None:
        return None
    if contests.other_contest(f, i, ctx.target.object_terms, ctx.target.role, own_names.contest_names(ctx)):
        return None  # 'to win the Western Conference championship': another contest
    if not _rivals(ctx, found.others[:1], f):
        return None  # 'Former beat …': no party named
    named = obj
    return _no(ctx, f, i, f"reports {found.wording} '{named}' won by {found.others[0]}, not "
                          f"{ctx.target.candidate}", settings)


def _victory_then_beaten(ctx: MarketContext, f: SentenceFacts) -> contests.Reading | None:
    """'The edgy ensemble drama … pulled off a major upset victory in the Best Picture race,
    knocking the gay cowboys of Brokeback Mountain from their frontrunner saddles': a victory
    noun taken by a past verb, 'in' the market's role, the candidate not named before it, then a
    participle of defeat or displacement whose object is the candidate: another side won the
    contest and the candidate lost it."""
    toks = f.sent.tokens
    role = set((ctx.target.role or "").lower().split())
    for j, t in enumerate(toks[:-2]):
        if t.lower not in contests.WIN_NOUNS or toks[j + 1].lower != "in" or negation(f, j):
            continue
        end = next((k for k in range(j + 2, min(len(toks), j + 7)) if (toks[k].lemmas | {toks[k].lower}) & role), None)
        if end is None or ctx.candidate_pattern.search(f.sent.text[:t.start]):
            continue
        if not any(tok.lemmas and aspect(f.sent, k, sorted(tok.lemmas)[0]) == "past"
                   for k, tok in enumerate(toks[max(0, j - 6):j], start=max(0, j - 6))):
            continue  # 'a victory in the Best Picture race would …': not told done
        found = defeats.beaten_after(f, end + 1, ctx.candidate_pattern)
        if found is not None:
            named = " ".join(w.text for w in toks[j:end + 1])
            return contests.Reading(found.index, f"'{named}' by another side, then {found.wording}")
    return None


def _crowned_other(ctx: MarketContext, f: SentenceFacts) -> contests.Reading | None:
    """'Luke Humphries is the new PDC World Champion': another side named the champion of the
    market's contest (champions.py)."""
    found = champions.crowned(f, ctx.market.question, ctx.target.object_terms, ctx.market.criteria)
    if found is None or ctx.candidate_pattern.search(found.name):
        return None
    return contests.Reading(found.index, found.wording, (found.name,))


def _acknowledged_other(ctx: MarketContext, f: SentenceFacts) -> contests.Reading | None:
    """'X acknowledged his defeat and the triumph of Y', 'recognize the victory of Y' for another
    side Y; or the candidate acknowledging (admitting, accepting) its own defeat
    (acknowledged_wins.py; its bare 'conceded' is opposite_outcome's)."""
    q, c = ctx.market.question, ctx.market.criteria
    if acknowledged_wins.other_election(q, c, f.sent.text):
        return None
    found = acknowledged_wins.winner_acknowledged(f)
    if found is not None and not ctx.candidate_pattern.search(found.others[0]) and _rivals(ctx, found.others, f):
        return contests.Reading(found.index, f"a concession naming another the winner ({found.wording})", found.others)
    own = acknowledged_wins.conceded_by(f, (ctx.candidate_pattern,), ctx.candidate_pattern,
                                        acknowledged_wins.OWN_DEFEAT_VERBS)
    return None if own is None else contests.Reading(own.index, f"the candidate's own concession ({own.wording})")


def _no(ctx: MarketContext, f: SentenceFacts, i: int, reason: str, settings: EngineSettings,
        factor: float = 1.0) -> list[Contribution]:
    cue = contests.predicted(f.sent, i, contests.projections_count(ctx.market.criteria))
    if cue:
        return []  # 'polls point to a Labour victory': a forecast, not a result
    if claimed_wins.claimed_win(f.sent, i):
        return []  # 'claimed a "resounding" first-round victory over …': a claim, not the result
    if not poll_sourced.asked(ctx.market.question, ctx.market.criteria) and poll_sourced.source(f.sent, i):
        return []  # 'X wins second round … – exit poll': a poll's forecast, not the result
    if not poll_sourced.asked(ctx.market.question, ctx.market.criteria) and \
            provisional_results.cue(f.sent.text, ctx.market.criteria):
        return []  # 'X won the election, according to early returns': a count still under way, not the result
    ok, when = _in_time(ctx, f, i)
    if not ok:
        return []
    # a media projection, when the criteria accept one, is the result they count, not a hedge
    ignore = contests.PROJECTION if contests.projections_count(ctx.market.criteria) else frozenset()
    return [hedged.weaken(f, i, NAME, "no", -settings.weights.rival_outcome * factor, reason, settings, when,
                          ignore=ignore)]


# Who wins, named by the role, not by a name ('Turner Prize Winner 2023 Announced').
_ROLE_NOUNS = frozenset({"winner", "winners", "laureate", "laureates", "recipient", "recipients"})


def _rivals(ctx: MarketContext, names: tuple[str, ...], f: SentenceFacts | None = None) -> tuple[str, ...]:
    """The names that are other parties, not the contest or prize itself ('Booker Prize'), its
    category ('Nobel Prize in Literature': 'Literature') or its winner named by the role, nor
    words that only describe a party: a nationality or language, a title, a function word
    ('South African', 'English', 'Former': party_names.py)."""
    contest = {w.lower() for w in ctx.target.object_terms} | set((ctx.target.role or "").lower().split()) \
        | categories.of_market(ctx.market.question).named | _ROLE_NOUNS \
        | {w.lower() for a in _contest_actors(ctx) for w in a.split()} | own_names.office_places(ctx) \
        | own_names.question_places(ctx) \
        | own_names.spelled_out(ctx)  # 'Socialist triumph' for the 'Spanish Socialist Workers' Party (PSOE)'
    names = named_rivals.named(ctx, f, names)  # 'He wins …', 'DAKAR (Reuters) -', 'Zelenskiy' for 'Zelensky'
    named = tuple(n for n in names if not {own_names.bare(w) for w in n.split()} <= contest | {"the", "of"})
    own = [ctx.target.candidate or ""] + [a for a in ctx.target.actors if ctx.candidate_pattern.search(a)]
    named = tuple(n for n in named if not party_names.initials_of(n, own))  # 'The ABC' for the All Basotho Convention
    named = tuple(n for n in named if not own_names.candidate_part(ctx, n))  # 'Kingston University London – Town House'
    named = tuple(n for n in named if not country_rivals.may_hold(n, ctx.target.candidate or "", ctx.market.question,
                                                                 ctx.market.criteria, ctx.target.role))  # 'chose France' for Cadarache
    # ('Acting Zambia president wins election': a title and the market's own place describe the holder, name no rival)
    return party_names.parties(named, ctx.target.candidate or "", frozenset(own_names.bare(w) for w in contest))


def _candidate_leaders(ctx: MarketContext, f: SentenceFacts, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the article gives as the candidate party's leader ('Tobgay, head of the …
    People's Democratic Party'): their win is the party's."""
    if not {w.lower() for w in (ctx.target.candidate or "").split()} & electoral.PARTY_WORDS:
        return ()
    text = f"{f.article.title}\n{f.article.text}"
    return tuple(n for n in names if electoral.leads_candidate(text, n, ctx.candidate_pattern))


def _asks_nominee(ctx: MarketContext) -> bool:
    """The market asks who is nominated or picked ('Will X be Trump's nominee for Fed chair?'),
    not who is elected or confirmed."""
    return ctx.target.act == "name" and bool(re.search(r"\bnomin(?:ee|ate|ated|ation)\b|\bpick\b", ctx.market.question, re.I))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings, concessions: bool = True) -> list[Contribution]:
    found = _read(ctx, f, settings, concessions)
    if found or not contest_silence.who_wins(ctx) or (lost := contest_results.read(ctx, f)) is None:
        return found
    if lost[2] and not _rivals(ctx, lost[2], f):
        return found  # the award gone to the candidate by another name, or to no party ('the award went to Israel')
    return _no(ctx, f, lost[0], f"reports {ctx.target.candidate} {lost[1]}", settings)


def _read(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings, concessions: bool = True) -> list[Contribution]:
    t = ctx.target
    if not (t.candidate and t.role and ctx.candidate_pattern and t.role_exclusive):
        return []  # "X beat Y to a seat" does not stop Y winning another seat
    category = categories.of_market(ctx.market.question)  # 'the Pulitzer Prize for Drama': one category's winner
    game = None
    if partial_win(ctx, f):
        # a sweep: a game of the series lost is the occasion, when the sentence names the series
        game = occasions.every_game(ctx.market.question, contests.stages_in(f.sent.text, ctx.market.question))
        if game is None or not _names_contest(ctx, f):
            return []
    beaten = defeats.beaten(f, ctx.candidate_pattern) or (None if game else _surprised_to_title(ctx, f)) or (
        None if game else defeats.denied_chance(f, ctx.candidate_pattern, set(t.act_forms) | set(t.object_terms))) or (
        None if game else _victory_then_beaten(ctx, f)) or (
        None if game or first_rounds.runoff_ahead(f.sent) or first_rounds.no_majority_place(
            f.sent, ctx.market.question, ctx.market.criteria) else placed_elsewhere.kept(f.sent, contests.runner_up(
        f, ctx.candidate_pattern, *(p for a, p in ctx.actor_patterns.items() if ctx.candidate_pattern.search(a))),
        f"{ctx.market.question} {ctx.market.criteria}"))  # 'finished fifth at the Kentucky Derby': another contest
    if beaten is not None and not game and parts.multi_part(t.object_terms, t.role) and not parts.whole_decided(
            f.sent, t.object_terms, contests.decides_title(f.sent) or decided_titles.contest_won(f.sent, t.object_terms)):
        beaten = None  # 'Vingegaard edges Pogacar in battle': one stage or match of a contest made of many
    if beaten is not None and named_competitions.other(f.sent, beaten.index, ctx.market.question):
        beaten = None  # 'defeated Arsenal 4-1 to win the FA Cup' for the Europa League final: another competition
    if beaten is not None and categories.other(category, f.sent, beaten.index, t.object_terms):
        beaten = None  # 'beat X in the men's doubles final' for the singles title: another category's contest
    if beaten is not None:
        where = f" in {game}, and the market asks for a sweep" if game else ""
        return _no(ctx, f, beaten.index, f"reports {t.candidate} beaten ({beaten.wording}){where}", settings)
    if game:
        return []
    titled = _other_elect(ctx, f)
    if titled is not None and not _CLASS.match(ctx.market.question):
        return _no(ctx, f, titled[0], f"reports another titled the office's '-elect' ({titled[1]}), not {t.candidate}",
                   settings)
    projected = electoral.projected_holder(f, ctx.elected_office, ctx.market.criteria, ctx.market.question)
    if projected is not None and not ctx.candidate_pattern.search(projected[1]) and not _CLASS.match(ctx.market.question):
        i, name, source = projected
        ok, when = _in_time(ctx, f, i)
        if ok:
            return [hedged.weaken(f, i, NAME, "no", -settings.weights.rival_outcome,
                                  f"reports {name} projected the next {f.sent.tokens[i + 1].text} by {source}, "
                                  f"a source whose call the criteria accept, not {t.candidate}", settings, when,
                                  ignore=contests.PROJECTION)]
    crowned = None if _CLASS.match(ctx.market.question) else _crowned_other(ctx, f)
    if crowned is not None and _rivals(ctx, crowned.others, f) and not categories.other(category, f.sent, crowned.index,
                                                                                     t.object_terms):
        return _no(ctx, f, crowned.index, f"reports {crowned.wording} for someone other than {t.candidate} "
                                          f"({_rivals(ctx, crowned.others, f)[0]})", settings)
    conceded = None if _CLASS.match(ctx.market.question) or not concessions else _acknowledged_other(ctx, f)
    if conceded is not None:
        weak = acknowledged_wins.official_required(ctx.market.criteria)
        told = apply(ctx, f, settings, concessions=False) if weak else []
        if any(c.direction == "no" for c in told):  # 'Boris Tadic, has won a … run-off against … Tomislav Nikolic,
            return told  # who admitted defeat': the rival's win is told outright, the concession only beside it
        note = f"; the criteria ask for the official result, which a concession only foretells (×{settings.hedge_factor:g})"
        return _no(ctx, f, conceded.index, f"reports {conceded.wording}, not a win of {t.candidate}{note if weak else ''}",
                   settings, settings.hedge_factor if weak else 1.0)
    roles = _roles(ctx)
    names_role = _names_role(ctx, f)
    titled_at = [] if names_role else _titled_name(ctx, f)
    if not (titled_at or names_role) or _CLASS.match(ctx.market.question):
        return []  # 'Will a Norwegian author win …': a winner named is not surely outside the class
    read = {m.index: m for m in mentions.read(f.sent)}
    toks = f.sent.tokens
    outcome = _OUTCOME | prize_taken.PRIZE_TAKING | (contests.NOMINATING if _asks_nominee(ctx) else frozenset())
    idioms = win_idioms.heads(f.sent)  # 'emerged victorious', 'came out on top': a win (its verb's own tense)
    voted_in = {i for i, _, _ in mentions.phrase_positions(f.sent, _VOTED_IN)} if "vot" in f.sent.text else set()
    for i, tok in enumerate(toks):
        lemmas = ({"win"} if i in idioms else set()) or ({"elect"} if i in voted_in else set()) or tok.lemmas & outcome
        # ('taking the victory': a win; 'voted Gen Prayut in as Prime Minister': an election)
        if not lemmas or negation(f, i):
            continue
        lemma = sorted(lemmas)[0]
        if lemmas <= prize_taken.PRIZE_TAKING and not prize_taken.takes_prize(f.sent, i):
            continue  # 'earned a nomination', 'received a standing ovation': no prize taken
        # 'culminated in Real Madrid lifting their 11th trophy': the participle tells what the past final came to
        resulting = tok.lower.endswith("ing") and defeats.result_of(f, i)
        if aspect(f.sent, i, idioms.get(i, "vote" if i in voted_in else lemma)) != "past" and not resulting:
            by_defeat = _beat_to_win(ctx, f, i, settings)
            if by_defeat is not None:
                return by_defeat
            continue
        if i in read and not read[i].affirmed and not resulting or first_rounds.share_won(f.sent, i) or \
                units_won.counted(f.sent, i, ctx.market.question):
            continue  # 'no candidate garnered the majority required …', 'won 34.8 percent', 'won in 30 of 45 departments'
        if titled_at and not any(f.sent.clause_of(i)[0] <= k < f.sent.clause_of(i)[1] for k in titled_at):
            continue  # the contest named as a title ('NBA title') in another clause than this win
        if earlier_round(f.sent, i, None):
            continue  # 'X and Y win, will face off in women's final': a semifinal's win, the final to come
        if edition_tally(f, i) or _past_edition(ctx, f, i):
            continue  # 'writers in English have won eight of the last twenty times', 'who won the Booker in 1981':
            # past editions (a later win in the sentence may be the market's)
        following = " ".join(w.lower for w in toks[i + 1:i + 1 + 8])
        role_near = any(w.lower in contests.TITLE_WORDS for w in toks[i + 1:i + 9]) or any(
            re.search(rf"\b{re.escape(r.lower())}s?\b", following) for r in roles)
        found = defeats.rival_won(f, i, lemma, ctx.candidate_pattern, role_near)  # (not a part: 'won a race in the … Championship')
        found = found if found is True or not won_parts.part_won(f.sent, i, ctx.market.question) else None
        if found is True or coordinated_subjects.respective_member(f.sent, i, ctx.candidate_pattern):
            return []  # the candidate is the one who won (see confirmation), or one of those 'respectively' elected
        if found is None or announced_results.field_named(f, i) or not _rivals(ctx, found.others, f):
            continue  # 'the shortlist for Booker Prize 2024 was announced': no winner yet
        if announced_results.count_named(f, i):
            continue  # 'has announced the final National Assembly seats tally': the count, no winner named
        if own_names.new_name(ctx, f, _rivals(ctx, found.others, f)):
            return []  # 'Pope Francis elected …' where the article says 'Bergoglio … chose the papal name Francis'
        if set(_rivals(ctx, found.others, f)) <= set(_candidate_leaders(ctx, f, found.others)):
            return []  # 'voters have elected Tshering Tobgay …' for his party: the party's win
        if parts.other_member(f.sent, t.role, t.object_terms, own_names.market_names(ctx), ctx.market.question):
            return []  # 'the WP retained … Hougang SMC' for 'win Jalan Kayu SMC': another seat
        if categories.other(category, f.sent, i, t.object_terms) or named_competitions.other(f.sent, i, ctx.market.question) \
                or other_terms.other_contest(f.sent, i, t.role, ctx.market.question):  # '… who just won a second term'
            continue  # 'has won the Pulitzer Prize for fiction' for the Prize for Drama, 'won the League Cup': another
        if not f.sent.headline and headline_win(ctx, f):
            return []  # 'the Fogão won …' under 'Botafogo wins Copa Libertadores': the winner by another name
        return _no(ctx, f, i, f"reports {found.wording} for someone other than {t.candidate} "
                              f"({', '.join(_rivals(ctx, found.others, f)[:3])})", settings)
    won = contests.congratulated(f, ctx.candidate_pattern) or contests.nominal_win(f, ctx.candidate_pattern) or \
        contests.winner_is(f, ctx.candidate_pattern) or given_title.title_given(f, ctx.candidate_pattern, t.object_terms)
    if won is not None and _rivals(ctx, won.others, f) and \
            not categories.other(category, f.sent, won.index, t.object_terms):
        # ('Faker's T1 on the brink of snatching third consecutive League of Legends World
        # Championship win': the word before the win noun names the contest, not a winner)
        return _no(ctx, f, won.index, f"reports {won.wording} for someone other than {t.candidate} "
                                      f"({', '.join(_rivals(ctx, won.others, f)[:3])})", settings)
    return []
