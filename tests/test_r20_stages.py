"""Stages and editions (twentieth round, r20-stages): a win, a passage or a result settles a market only
when its sentence ties it to the final stage the market asks (the final, the title, the run-off, the
final count, the chamber the market names) and to the market's edition. The census of first-sight
verdicts (tools/census_r20/README.md §6, classes A and E) found 27 wrong decisive verdicts of this
kind; the cases were fixed one by one, so the tests here hold the general readings with new wordings
of those sentences (another competition, another stage word, another order) that must not fire, beside
verbatim corpus sentences that must. Each case's own market (question, deadline, criteria) is taken
from its JSON, with one article of one sentence as its only evidence.

- a title word taken as a goal, not as the win's object ('wins semi-final, will face Azarenka for the
  title', 'one win from the title'), or a stage's own prize ('won the Western Conference finals'):
  decided_titles.decides_title; a win that takes its side on to the decider ('Mavericks win West, reach
  NBA Finals'): round_win;
- a part of a contest named by an ordinal in figures ('the 18th stage'), a numbered round ('round
  nine'), a part bare as a winning verb's object ('wins stage to Sestriere', 'wins Japanese GP sprint'),
  'semis' / 'semi', a national or Eurovision selection: parts.contest_part, contests.json 'stages';
- a result told on provisional results when the criteria exclude preliminary ones ('- initial
  results'): dating_clauses.exclusion_hit; a count still partial ('With about a third of votes
  counted', 'Early returns gave', 'as count nears completion'): partial_counts.completeness; a win told
  on a quick count: poll_sourced;
- a chamber's committee for the chamber ('The House Judiciary Committee voted 23-17 to impeach',
  'House panel impeaches Trump'): other_bodies;
- a final of another edition ('beat Al Ahly in the final last year', 'in the 2022 final' for the
  2022-23 season, 'The 2018 prize was awarded to …'): past_editions;
- a first round's failure for a run-off market ('failed to win a majority, forcing a runoff'):
  rules/failed_attempt.py with first_rounds.runoff_ahead;
- an act done for part of what must be done for all ('Power Restored to Most of New York City'):
  share_done."""

from __future__ import annotations

import time

import pytest

from resolver.engine import contests, evaluate_market, parts, partial_counts
from resolver.engine.text import make_sentence
from tests.conftest import realnews_case as _case, news_article, news_market, ts
from cpu_budget import assert_cpu_within

def _run(case_id: str, text: str = "", title: str = ""):
    """The case's market and as-of, with one article (the case's first) holding only `text` (and
    `title` as its headline)."""
    c = _case(case_id)
    m = c["market"]
    market = news_market(m["question"], m["deadline"], m.get("criteria", ""))
    ev = c["evidence"][0]
    return evaluate_market(market, [news_article(ev["url"], ev["published"], title, text)], ts(c["as_of"]))


def _fired(v, rule: str) -> bool:
    return any(c.rule == rule and c.weight for c in v.contributions)


OSAKA_2020 = "b39-osaka-us-open-2020-title-und"
HEAT = "b101-heat-win-nba-finals-2011-asof-game5-undet"
HINDLEY = "b47-hindley-wins-giro-2020-undet"
VERSTAPPEN = "b66-verstappen-japanese-gp-2023-asof-pole-undet"
SHARKS = "b85-sharks-win-super-rugby-2012-asof-preview-undet"
GHANI = "b102-ghani-declared-winner-afghanistan-2014-asof-prelim-multi-undet"
ICELAND = "b100-iceland-2024-sda-22pct-asof-partial-undet"
ABINADER = "b17-abinader-60pct-dominican-2024-partial-undet"
EFF = "b102-eff-6pct-south-africa-2014-asof-partial-undet"
IMPEACH = "b53-house-impeaches-trump-by-dec31-2019-asof-committee-multi-undet"
AL_AHLY = "b104-al-ahly-wins-caf-cl-2023-asof-first-leg-undet"
TOKARCZUK = "b63-tokarczuk-nobel-lit-2019-no"
PINERA = "b89-pinera-wins-chile-runoff-jan2010-asof-dec-multi-undet"
NYC_POWER = "b101-nyc-power-fully-restored-by-aug15-2003-undet"
ENTERGY = "b80-entergy-new-orleans-power-by-sep8-2021-asof-sep7-multi-undet"
MULINO = "b27-mulino-wins-panama-2024-yes"


# --- a title word the win does not take --------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "Osaka wins semi-final, will face Azarenka for the title",
    "Osaka wins quarterfinal; one step closer to the title",
])
def test_a_title_still_ahead_is_not_the_title_won(title):
    v = _run(OSAKA_2020, title=title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_the_verbatim_joined_semi_final_win_stays_unread():
    # b39 (verbatim): both sides win earlier rounds, a final still to come
    v = _run(OSAKA_2020, title="2020 US Open: Naomi Osaka and Victoria Azarenka win, will face off in women's final")
    assert v.verdict == "undetermined"


@pytest.mark.parametrize("text,title", [
    ("", "Mavericks beat Heat in Game 5, one win from the title"),
    ("The Mavericks beat the Heat in Game 5 and are one win away from the championship.", ""),
])
def test_a_game_won_one_win_from_the_title_is_not_the_series(text, title):
    v = _run(HEAT, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), v.contributions


def test_a_title_won_in_a_list_or_after_a_game_still_fires():
    # b01 (verbatim): 'win Abu Dhabi GP, World Championship' — a comma joins what one verb wins
    v = _run("b01-f1-2021-hamilton-title-no",
             title="Max Verstappen beats Lewis Hamilton in last lap to win Abu Dhabi GP, World Championship")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")
    # b07 (verbatim): Game 5 won 'to win a record 18th title'
    v = _run("b07-mavericks-win-2024-nba-finals-no",
             "The Boston Celtics have defeated the Dallas Mavericks 106-88 in Game 5 of the NBA Finals to win a "
             "record 18th title.")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


def test_decides_title_reads_the_verbs_own_object():
    def reads(text):
        return contests.decides_title(make_sentence(text, 0, headline=True))
    assert reads("Chelsea beat PSG 3-0 in final to win Club World Cup")
    assert reads("Max Verstappen beats Lewis Hamilton in last lap to win Abu Dhabi GP, World Championship")
    assert not reads("Osaka wins semi-final, will face Azarenka for the title")
    assert not reads("Al Ahly won the first leg of the final 2-1")
    assert not reads("The Mavericks won the Western Conference finals.")
    assert reads("The Heat won the NBA title.")


@pytest.mark.parametrize("text,title", [
    ("The Mavericks won the Western Conference finals.", ""),
    ("", "Mavericks win West, reach NBA Finals"),
])
def test_a_conference_won_is_a_stage_before_the_finals(text, title):
    v = _run(HEAT, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), v.contributions


def test_a_national_selection_won_is_not_the_contest():
    v = _run("b61-kalush-wins-eurovision-2022-und", title="Kalush Orchestra wins Ukraine's Eurovision selection")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


# --- parts of a contest ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,title", [
    ("Jai Hindley won the 18th stage of the Giro d'Italia on Thursday.", ""),
    ("", "Giro d'Italia: Hindley wins stage to Sestriere"),
])
def test_a_stage_won_is_not_the_stage_race(text, title):
    v = _run(HINDLEY, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_a_race_weekends_sprint_is_not_the_grand_prix():
    v = _run(VERSTAPPEN, title="Verstappen wins Japanese GP sprint")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


@pytest.mark.parametrize("title", ["US Open semis: Osaka wins, Azarenka next", "Osaka triumphs in US Open semi"])
def test_semis_and_semi_are_stages(title):
    v = _run(OSAKA_2020, title=title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_the_final_won_still_fires():
    # b76 (verbatim opening): the final the market's contest names
    v = _run("b76-osaka-us-open-title-2018-yes", "Naomi Osaka defeated Serena Williams in the U.S. Open final on Saturday.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    # b91 (verbatim): '92nd race' numbers the edition, not a stage
    v = _run("b91-di-luca-wins-giro-2009-no",
             "ROME, 31 May 2009 – Denise Menchov has won the Centenary Giro d'Italia (92nd race): the 31-year old from "
             "Rabobank is the third Russian in history to win the Giro, after Berzin (1994) and Tonkov (1996).")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


def test_contest_part_readings():
    q = "Will Jai Hindley win the 2020 Giro d'Italia?"

    def part(text, question=q):
        return parts.contest_part(make_sentence(text, 0), question)
    assert part("Jai Hindley won the 18th stage of the Giro d'Italia on Thursday.") == "18 th stage"
    assert part("Hindley won Thursday's mountain stage.")
    # b96 (verbatim): a hole's ordinal places a moment inside a match, it names no part of the Ryder Cup
    assert part("Phil Mickelson knocked one in the water at the 16th hole and conceded his match to Francesco "
                "Molinari standing next to the tee to give Europe an unmatchable 14.5-9.5 lead at Le Golf National.",
                "Will Europe win the 2018 Ryder Cup?") is None
    # b80 (verbatim): the final stage is the deciding one
    assert part("Tom Dumoulin (Team Sunweb) is the 2017 Giro d'Italia champion – the first Dutchman ever to win the "
                "maglia rosa – after overhauling Nairo Quintana's lead in the final stage time trial.") is None
    # b30 (verbatim): a MotoGP weekend's sprint is one race of it
    assert part("Martin came into Sunday's 24-lap grand prix at Barcelona 19 points in front of double world champion "
                "Bagnaia, after the latter won the sprint to cut down the Pramac rider's 24-point advantage.",
                "Will Francesco Bagnaia win the 2024 MotoGP World Championship?")
    assert part("Bagnaia won the sprint", "Will X win the Breeders' Cup Sprint?") is None  # the market's own race
    assert part("Menchov has won the Centenary Giro (92nd race).") is None
    assert part("They stage a strike.") is None and part("Hindley won the final stage.") is None
    # a numbered round: a league's is one of many, an election's second is its deciding one
    assert part("The Chiefs beat the Sharks in round nine.", "Will the Sharks win the 2012 Super Rugby final?")
    assert part("Arevalo won round two of the presidential election.", "Will Sandra Torres win Guatemala's 2023 "
                "presidential runoff?") is None
    assert part("Arevalo won round one of the vote.", "Will Sandra Torres win Guatemala's 2023 presidential election?")


def test_a_numbered_league_round_is_not_the_final():
    v = _run(SHARKS, "The Chiefs beat the Sharks in round nine.")
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), v.contributions
    # b85 (verbatim): stays unread
    v = _run(SHARKS, "2012 meeting: Round 9, April 21, 2012: Chiefs beat Sharks 18-12 at Kings Park, Durban")
    assert v.verdict == "undetermined"


def test_the_second_round_won_still_fires():
    # b19 (verbatim): an election's second round is its run-off
    v = _run("b19-sandra-torres-wins-guatemala-runoff-2023-no",
             "Bernardo Arévalo has won the second round of the presidential election in Guatemala.")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


# --- provisional results and partial counts ------------------------------------------------------------
@pytest.mark.parametrize("text,title", [
    ("", "Afghanistan's Ghani wins presidential election - prelim results"),  # b102 (verbatim)
    ("", "Ghani wins Afghan presidential election - initial results"),
    ("", "Ghani wins Afghan presidential election, early results show"),
])
def test_a_win_on_provisional_results_is_not_the_final_result_the_criteria_ask(text, title):
    v = _run(GHANI, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_preliminary_results_still_fire_where_the_criteria_do_not_exclude_them():
    # b78 (verbatim, headline and body)
    case = "b78-giammattei-wins-guatemala-runoff-2019-multi-yes"
    v = _run(case, "Conservative candidate Alejandro Giammattei won Guatemala's presidential runoff on Sunday with a "
                   "decisive lead over his rival, according to preliminary results from the Supreme Electoral Court (STE).")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    v = _run(case, title="Giammattei wins Guatemala's presidential runoff: preliminary results")
    assert v.verdict == "likely-yes"


@pytest.mark.parametrize("case,text,title", [
    (ICELAND, "With about a third of votes counted, the Social Democratic Alliance had 22.6 percent.", ""),
    (ABINADER, "Early returns gave Abinader 61 percent.", ""),
    (EFF, "", "EFF on 6.1% as count nears completion"),
])
def test_a_share_of_a_count_still_partial_is_not_the_final_share(case, text, title):
    v = _run(case, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "threshold_crossed"), v.contributions


def test_complete_counts_still_fire():
    # b101 (verbatim): a count all but complete
    v = _run("b101-sharon-60pct-israel-pm-2001-yes",
             "With 99.9% of the votes counted, Sharon had 62.5% of the vote and Ehud Barak 37.5%.")
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")
    # b64 (verbatim): 'Early referendum results' names no count still under way
    v = _run("b64-icesave-no-vote-90pct-2010-yes",
             "Early referendum results showed that 98 percent of Iceland's 230,000 voters had voted \"No\" against the "
             "deal to repay the UK and Dutch governments who compensated Icesave 340,000 customers in 2008 - the outcome "
             "came as no surprise to the Reykjavik government.")
    assert v.verdict == "likely-yes"


def test_completeness_reads_fractions_and_counts_under_way():
    def done(text):
        return partial_counts.completeness([text])
    assert done("With about a third of votes counted, the Social Democratic Alliance had 22.6 percent.").share == 33.3
    assert done("with half the precincts reporting, X led").share == 50.0
    assert done("Early returns gave Abinader 61 percent.").cue == "Early returns"
    assert done("EFF on 6.1% as count nears completion").share is None
    assert done("X won half of the votes").final  # a share won, not a share counted
    assert done("Initial figures indicate clearly that the amendment will be repealed").final


def test_a_win_on_a_quick_count_is_a_forecast():
    v = _run(MULINO, "José Raúl Mulino won the presidential election, according to quick counts.")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions
    v = _run(MULINO, "José Raúl Mulino won the presidential election, according to the electoral tribunal.")
    assert v.verdict == "likely-yes"


# --- a chamber's committee -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,title", [
    ("The House Judiciary Committee voted 23-17 to impeach President Trump on Friday.", ""),
    ("", "House panel impeaches Trump"),
    ("", "House committee votes to impeach Trump"),
    # b53 (verbatim)
    ("By votes of 23-17, the House Judiciary Committee approved two articles of impeachment against President "
     "Donald Trump.", ""),
    ("", "BREAKING: House Judiciary Committee Approves Articles of Impeachment Against Trump"),
])
def test_a_committee_vote_is_not_the_chambers_act(text, title):
    v = _run(IMPEACH, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_the_chamber_itself_still_fires():
    v = _run(IMPEACH, "The House voted to impeach President Donald Trump on Wednesday.")
    assert v.verdict == "likely-yes"
    # b25 (verbatim): the Senate the question names
    v = _run("b25-mexico-senate-passes-judicial-reform-by-sep15-2024-yes",
             "In the early hours of Wednesday, after about 12 hours of intense debate, the Mexican Senate approved the "
             "reform of the Judicial Branch, which starting in 2025 will allow judges to be elected by popular vote.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


# --- another edition -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # b104 (verbatim)
    "Wydad is very strong at home and beat Al Ahly 2-0 in last year's one-off final at Wydad's Stade Mohammed V.",
    "Wydad beat Al Ahly 2-0 in the final last year.",
    "Wydad beat Al Ahly in the final a year ago.",
    "Wydad beat Al Ahly in the 2022 final in Casablanca.",
    "Wydad won the title last year, beating Al Ahly in the final.",
])
def test_last_seasons_final_is_not_this_seasons(text):
    v = _run(AL_AHLY, text)
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), v.contributions


def test_this_seasons_final_still_fires():
    # b38 (verbatim): the 2016 final of the 2015-16 season
    v = _run("b38-atletico-wins-2016-champions-league-no",
             "A rollercoaster 2016 Champions League final culminated in Real Madrid lifting their 11th trophy on the 11th "
             "occasion the final had been decided by a penalty shootout.")
    assert _fired(v, "rival_outcome")
    # b36 (verbatim)
    v = _run("b36-man-city-win-fa-cup-2025-no",
             "Eberechi Eze fired Crystal Palace to their first ever trophy with a dramatic 1-0 victory over Manchester "
             "City in the FA Cup final.")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


@pytest.mark.parametrize("text,title", [
    ("", "Breaking: The Nobel Prize in Literature for 2018 is awarded to the Polish author Olga Tokarczuk."),  # b63
    ("The 2018 prize was awarded to Olga Tokarczuk.", ""),
])
def test_another_years_prize_is_not_the_markets(text, title):
    v = _run(TOKARCZUK, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_this_years_prize_still_fires():
    # b54 (verbatim)
    v = _run("b54-liu-xiaobo-nobel-peace-2010-yes",
             "This year's Nobel Peace Prize has been formally awarded in Oslo to the jailed Chinese democracy activist "
             "Liu Xiaobo.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


# --- a first round's failure for a run-off market -------------------------------------------------------
def test_a_first_round_failure_forcing_the_runoff_is_not_the_runoff_lost():
    v = _run(PINERA, "Pinera won Sunday's election but failed to win a majority, forcing a runoff against Frei.")
    assert v.verdict == "undetermined" and not _fired(v, "failed_attempt"), v.contributions


def test_a_first_round_failure_still_settles_a_first_round_market():
    # b95 (verbatim)
    v = _run("b95-mujica-first-round-majority-uruguay-2009-multi-no",
             "Uruguay's presidential elections headed for a runoff after former guerrilla leader Jose Mujica fell short "
             "of the 50 percent needed for an outright victory over ex-president Luis Lacalle, media exit polls showed.")
    assert v.verdict == "likely-no" and _fired(v, "failed_attempt")


# --- done for a part of what must be done for all --------------------------------------------------------
@pytest.mark.parametrize("case,text,title", [
    (NYC_POWER, "", "Power Restored to Most of New York City"),
    (NYC_POWER, "Con Edison said power had been restored to about half of its customers.", ""),
    (ENTERGY, "Power has been restored to parts of New Orleans.", ""),
    (ENTERGY, "Electricity was restored to much of New Orleans on Tuesday.", ""),
    (NYC_POWER, "", "Power to New York City 85 Percent Restored"),  # b101 (verbatim)
])
def test_an_act_done_for_part_is_not_done_for_all(case, text, title):
    v = _run(case, text, title)
    assert v.verdict == "undetermined" and not _fired(v, "confirmation"), v.contributions


def test_an_act_done_for_all_still_fires():
    v = _run(NYC_POWER, "Power was restored to all of New York City on Friday.")
    assert v.verdict == "likely-yes"


# --- cost ----------------------------------------------------------------------------------------------
def test_a_long_one_sentence_article_stays_fast():
    text = ("Wydad beat Al Ahly in the final last year and won the 18th stage, with about a third of votes counted, "
            "as the House Judiciary Committee voted to impeach, power restored to most of the city; ") * 150
    start = time.process_time()
    _run(AL_AHLY, text)
    assert_cpu_within(start, 10.0)
