"""Readings of the twenty-third round's development batch 132 (helper e132): its two wrong decisive verdicts and
six of its undetermined misses, each given a general reading.

- other_kinds.own_named (an exclusion over-read): 'Approval of other vaccines alone does not count' is met by a
  sentence that tells other vaccines only; one naming the market's own vaccine by the question's name for it
  ('unanimously approved the emergency use of the CoronaVac vaccine, …, as well as the AstraZeneca-University of
  Oxford vaccine') tells the market's own approval.
- quantities._FALL_BY (a bar's sign): 'Will Malaysia's second-quarter 2020 GDP contraction be larger than 17.0%?'
  is a bar below -17 (a fall noun as the copula's subject), not above +17.
- aggregate._same_unknown_day: two reports stamped with their day only (midnight) on the same calendar day are
  not one later than the other: a conflict between them is a conflict, not a supersession.
- told_levels ('left N people dead'): a toll told by what the disaster left is the count so far, for a market on
  deaths; figure_words.clock_time: the hour of '15:00 p.m.' is no figure.
- level_change (a level move in words, a level held at the end of its scale): 'lowered Mayon Volcano's alert
  level from four to three' moves the level off the market's 4; 'has lowered the alert status of Mount Agung
  from the highest level' ends a market holding it at the highest level.
- told_periods / statistic_period.own_span: 'plunged 5.32% in the three months ended in June' is the second
  quarter's figure.
- shapes.among_chosen: 'Will SpaceX be among the companies NASA selects for …' asks 'NASA select SpaceX for …'.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants vary the
names, numbers, verbs and periods, with must-not-fire near-misses. `wrong_fires()` counts the variants read the
wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import fired, news_market, realnews_case, run_case
from cpu_budget import assert_cpu_within

# --- another vaccine beside the market's ----------------------------------------------------------------------
# b132-anvisa-coronavac-emergency-use-by-jan17-2021-yes
AN = realnews_case("b132-anvisa-coronavac-emergency-use-by-jan17-2021-yes")
AN_S = AN["evidence"][0]["text"].split("\n")[0]
_OTHERS = ("as well as the AstraZeneca-University of Oxford vaccine against COVID-19",
           "along with the Pfizer-BioNTech vaccine", "and the Sputnik V vaccine", "together with the Oxford-AstraZeneca shot")
_WAYS = ("unanimously approved", "approved", "authorized", "granted approval for")
OWN_WITH_OTHERS = [AN_S] + [f"Brazil's Health Regulatory Agency (Anvisa) on Sunday {w} the emergency use of the CoronaVac "
                            f"vaccine, from the Chinese company Sinovac, {o}." for w in _WAYS for o in _OTHERS]
# only other vaccines approved: still excluded
OTHERS_ONLY = [f"Brazil's Health Regulatory Agency (Anvisa) on Sunday {w} the emergency use of the {v} vaccine against "
               "COVID-19." for w in _WAYS for v in ("AstraZeneca-University of Oxford", "Pfizer-BioNTech", "Sputnik V")]


def _an(text: str):
    return run_case(AN["market"]["question"], AN["market"]["deadline"], AN["market"]["criteria"],
                    [(AN["evidence"][0]["url"], AN["evidence"][0]["published"], "", text)], AN["as_of"])


# --- a contraction larger than a bar --------------------------------------------------------------------------
# b132-malaysia-q2-2020-gdp-contraction-over-17pct-multi-yes
MY = realnews_case("b132-malaysia-q2-2020-gdp-contraction-over-17pct-multi-yes")
FALL_BARS = [MY["market"]["question"]] + [
    f"Will {c}'s {q} {y} GDP {n} be {cmp} {v}% year-on-year?"
    for c, q, y in (("Thailand", "second-quarter", 2020), ("Philippines", "first-quarter", 2021))
    for n in ("contraction", "decline", "drop") for cmp in ("larger than", "greater than", "more than")
    for v in ("12.0", "5")]
RISE_BARS = [f"Will {c}'s second-quarter 2020 GDP {n} be larger than 5%?" for c in ("Malaysia", "Thailand")
             for n in ("growth", "expansion", "increase")]


def _bar(question: str):
    from resolver.engine import quantities
    return quantities.required(question)


# --- a toll told by what the disaster left ------------------------------------------------------------------
# b132-tohoku-quake-toll-10500-by-mar31-2011-multi-yes
TO = realnews_case("b132-tohoku-quake-toll-10500-by-mar31-2011-multi-yes")
TO_S = TO["evidence"][1]["text"]
_LEFT = ("have left", "has left", "left")
LEFT_DEAD = [TO_S] + [f"The National Police Agency said on Sunday that the catastrophic earthquake and ensuing tsunami "
                      f"{v} {n} people dead and 16,574 others unaccounted for in Japan by 15:00 p.m. local time (0600 GMT)."
                      for v in _LEFT for n in ("10,668", "10,872", "11,004")]
LEFT_OTHER = [f"The National Police Agency said on Sunday that the catastrophic earthquake and ensuing tsunami {v} "
              f"{n} people {w} in Japan." for v in _LEFT for n in ("10,668", "16,574") for w in ("homeless", "injured", "missing")]


def _to(text: str):
    return run_case(TO["market"]["question"], TO["market"]["deadline"], TO["market"]["criteria"],
                    [(TO["evidence"][1]["url"], TO["evidence"][1]["published"], "", text)], TO["as_of"])


# --- a level moved in words; a level held at the top of its scale ---------------------------------------------
# b132-mayon-alert4-through-mar15-2018-multi-stays-no
MA = realnews_case("b132-mayon-alert4-through-mar15-2018-multi-stays-no")
MA_S = MA["evidence"][1]["text"].split("\n")[0]
LOWERED_WORDS = [MA_S] + [f"State volcanologists on {d} {v} Mayon Volcano's alert level from four to {to} after nearly "
                          "six weeks." for d in ("Tuesday", "Monday") for v in ("lowered", "downgraded", "cut")
                          for to in ("three", "two")]
NOT_ENDED = ["State volcanologists on Tuesday raised Mayon Volcano's alert level from three to four.",
             "State volcanologists on Tuesday kept Mayon Volcano's alert level at four.",
             "State volcanologists on Tuesday reduced the danger zone around Mayon Volcano from eight to six kilometres.",
             "State volcanologists may lower Mayon Volcano's alert level from four to three next week."]


def _ma(text: str):
    return run_case(MA["market"]["question"], MA["market"]["deadline"], MA["market"]["criteria"],
                    [(MA["evidence"][1]["url"], MA["evidence"][1]["published"], "", text)], MA["as_of"])


# b132-mount-agung-highest-alert-through-feb28-2018-stays-no
AG = realnews_case("b132-mount-agung-highest-alert-through-feb28-2018-stays-no")
AG_S = ("The Volcanology and Geological Disaster Mitigation Center (PVMBG) has lowered the alert status of Mount Agung "
        "from the highest level, while reducing the exclusion zone from 6 kilometers to 4 km from the crater.")
LOWERED_TOP = [AG_S] + [f"The PVMBG {v} the {n} of Mount Agung from the highest level on Saturday."
                        for v in ("has lowered", "lowered", "downgraded", "has reduced")
                        for n in ("alert status", "alert level", "status")]
TOP_KEPT = ["The PVMBG has raised the alert status of Mount Agung to the highest level.",
            "The PVMBG has kept the alert status of Mount Agung at the highest level.",
            "The PVMBG has lowered the exclusion zone around Mount Agung from 6 kilometers to 4 km.",
            "The PVMBG is considering lowering the alert status of Mount Agung from the highest level.",
            "The PVMBG recommend downgrading Mount Agung's alert status from the highest level."]


def _ag(text: str):
    return run_case(AG["market"]["question"], AG["market"]["deadline"], AG["market"]["criteria"],
                    [(AG["evidence"][0]["url"], AG["evidence"][0]["published"], "", text)], AG["as_of"])


def _ended(v) -> bool:
    return bool(fired(v, "state_ended")) and v.verdict == "likely-no"


# --- the quarter told as three months ending in its last month ------------------------------------------------
# b132-indonesia-q2-2020-gdp-contraction-over-5pct-yes
ID = realnews_case("b132-indonesia-q2-2020-gdp-contraction-over-5pct-yes")
ID_S = ID["evidence"][0]["text"].split("\n\n")[1].split(". ")[0] + "."
QUARTER_SPAN = [ID_S] + [f"The country's real gross domestic product {v} {n}% in the three months {e} June from a year "
                         "earlier, according to data released on Wednesday by the country's statistics agency."
                         for v in ("plunged", "contracted", "shrank") for n in ("5.32", "6.1")
                         for e in ("ended in", "ending in", "to", "through")]
OTHER_SPAN = [f"The country's real gross domestic product {v} 5.32% in the {s} from a year earlier, according to data "
              "released on Wednesday by the country's statistics agency."
              for v in ("plunged", "shrank") for s in ("three months ended in March", "six months ended in June",
                                                       "twelve months ended in June")]


def _id(text: str):
    return run_case(ID["market"]["question"], ID["market"]["deadline"], ID["market"]["criteria"],
                    [(ID["evidence"][0]["url"], ID["evidence"][0]["published"], "", text)], ID["as_of"])


# --- among those a body chooses ---------------------------------------------------------------------------------
# b132-nasa-cctcap-spacex-selected-sep2014-multi-yes
CC = realnews_case("b132-nasa-cctcap-spacex-selected-sep2014-multi-yes")
AMONG = [CC["market"]["question"]] + [
    f"Will {who} be among the {n} {body} {v} for {what} in 2014?"
    for who in ("SpaceX", "Boeing", "Blue Origin") for n in ("companies", "firms")
    for body in ("NASA", "the European Space Agency") for v in ("selects", "picks", "chooses")
    for what in ("Commercial Crew Transportation Capability contracts", "its lunar lander program")]
NOT_AMONG = [f"Will SpaceX be among the {n} {body} {v} in 2014?" for n in ("companies", "firms")
             for body in ("that bid for NASA contracts", "NASA funds", "Boeing outbids") for v in ("",)]


def _derived(question: str):
    from resolver.engine.derive import derive_target
    return derive_target(news_market(question, "2014-12-31T23:59:59-05:00"))


def wrong_fires() -> dict[str, int]:
    return {
        "own_vaccine_beside_others_excluded": sum(not fired(_an(s), "confirmation") for s in OWN_WITH_OTHERS),
        "others_only_confirmed": sum(bool(fired(_an(s), "confirmation")) for s in OTHERS_ONLY),
        "fall_bar_read_as_rise": sum(not (_bar(q) and _bar(q).direction == "below" and _bar(q).value < 0) for q in FALL_BARS),
        "rise_bar_read_as_fall": sum(not (_bar(q) and _bar(q).direction == "above" and _bar(q).value > 0) for q in RISE_BARS),
        "left_dead_unread": sum(not fired(_to(s), "threshold_crossed") for s in LEFT_DEAD),
        "left_other_read": sum(bool(fired(_to(s), "threshold_crossed")) for s in LEFT_OTHER),
        "level_words_move_unread": sum(not _ended(_ma(s)) for s in LOWERED_WORDS),
        "level_kept_read_as_ended": sum(bool(fired(_ma(s), "state_ended")) for s in NOT_ENDED),
        "top_level_lowering_unread": sum(not _ended(_ag(s)) for s in LOWERED_TOP),
        "top_level_kept_read_as_ended": sum(bool(fired(_ag(s), "state_ended")) for s in TOP_KEPT),
        "quarter_span_unread": sum(not fired(_id(s), "threshold_crossed") for s in QUARTER_SPAN),
        "other_span_read": sum(bool(fired(_id(s), "threshold_crossed")) for s in OTHER_SPAN),
        "among_chosen_not_select": sum(_derived(q).act not in ("select", "pick", "choose") for q in AMONG),
        "not_chosen_read_as_select": sum(_derived(q).act in ("select", "pick", "choose") for q in NOT_AMONG),
    }


# --- the verbatim cases -----------------------------------------------------------------------------------------
def _case(c):
    return run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                    [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])


def test_anvisa_case_is_confirmed():
    v = _case(AN)
    assert v.verdict == "likely-yes" and fired(v, "confirmation")


def test_malaysia_case_is_no_longer_a_wrong_no():
    assert _bar(MY["market"]["question"]).value == -17.0
    assert _case(MY).verdict != "likely-no"


def test_tohoku_case_crosses():
    v = _case(TO)
    assert v.verdict == "likely-yes" and fired(v, "threshold_crossed")
    assert not any("'15'" in (c.reason or "") for c in v.contributions)  # '15:00 p.m.' is a time of day


def test_mayon_and_agung_cases_end():
    assert _ended(_case(MA)) and _ended(_case(AG))


def test_indonesia_case_crosses():
    v = _case(ID)
    assert v.verdict == "likely-yes" and fired(v, "threshold_crossed")


def test_cctcap_case_is_confirmed():
    t = _derived(CC["market"]["question"])
    assert t.act == "select"
    assert _case(CC).verdict == "likely-yes"


# --- the variants -------------------------------------------------------------------------------------------------
def test_own_vaccine_beside_others_confirms():
    assert all(fired(_an(s), "confirmation") for s in OWN_WITH_OTHERS)


def test_other_vaccines_only_stay_excluded():
    assert not any(fired(_an(s), "confirmation") for s in OTHERS_ONLY)


def test_fall_noun_bars_are_below_zero_and_rises_are_not():
    assert all(_bar(q).direction == "below" and _bar(q).value < 0 for q in FALL_BARS)
    assert all(_bar(q).direction == "above" and _bar(q).value > 0 for q in RISE_BARS)


def test_left_dead_is_a_toll_and_other_counts_are_not():
    assert all(fired(_to(s), "threshold_crossed") for s in LEFT_DEAD)
    assert not any(fired(_to(s), "threshold_crossed") for s in LEFT_OTHER)


def test_level_moved_in_words_ends_the_state():
    assert all(_ended(_ma(s)) for s in LOWERED_WORDS)
    assert not any(fired(_ma(s), "state_ended") for s in NOT_ENDED)


def test_top_level_lowered_ends_the_state():
    assert all(_ended(_ag(s)) for s in LOWERED_TOP)
    assert not any(fired(_ag(s), "state_ended") for s in TOP_KEPT)


def test_quarter_told_as_three_months():
    assert all(fired(_id(s), "threshold_crossed") for s in QUARTER_SPAN)
    assert not any(fired(_id(s), "threshold_crossed") for s in OTHER_SPAN)


def test_among_those_chosen():
    assert all(_derived(q).act in ("select", "pick", "choose") for q in AMONG)
    assert not any(_derived(q).act in ("select", "pick", "choose") for q in NOT_AMONG)


def test_same_unknown_day_is_no_supersession():
    from datetime import datetime, timedelta, timezone
    from resolver.engine.aggregate import _same_unknown_day
    kl, to = timezone(timedelta(hours=8)), timezone(timedelta(hours=-4))
    assert _same_unknown_day(datetime(2020, 8, 14, tzinfo=kl), datetime(2020, 8, 14, tzinfo=to))
    assert not _same_unknown_day(datetime(2020, 8, 14, tzinfo=kl), datetime(2020, 8, 15, tzinfo=to))
    assert not _same_unknown_day(datetime(2020, 8, 14, 9, 30, tzinfo=kl), datetime(2020, 8, 14, tzinfo=to))


def test_clock_time_is_no_figure():
    from resolver.engine.figure_words import clock_time
    t = "by 15:00 p.m. local time, 10,668 people dead, 3.5 percent"
    assert clock_time(t, 3, 5) and clock_time(t, 6, 8)
    assert not clock_time(t, t.index("10,668"), t.index("10,668") + 6) and not clock_time(t, t.index("3.5"), t.index("3.5") + 3)


def test_hostile_sentence_soup_is_fast():
    from resolver.engine import figure_words, told_levels, told_periods
    from resolver.engine.level_change import _END_HELD, _FROM_TO_WORDS, _SCALE_AFTER
    from resolver.engine.other_kinds import own_named
    from resolver.engine.shapes import among_chosen
    soup = ("left 10,668 people the alert level from four to three 15:00 p.m. be among the companies NASA selects "
            "in the three months ended in June other vaccines CoronaVac remain at the highest alert ") * 220
    assert len(soup) > 30000
    t0 = time.process_time()
    own_named(["approval", "other", "vaccines"], "Will Anvisa authorize the CoronaVac COVID-19 vaccine?", soup)
    told_levels.level_told("Will the death toll exceed 10,500?", soup, len(soup) // 2, len(soup) // 2 + 6)
    figure_words.clock_time(soup, 100, 102)
    told_periods.span_words(soup, 10)
    among_chosen("SpaceX " + soup)
    _FROM_TO_WORDS.match(" " + soup)
    _SCALE_AFTER.match(" " + soup)
    _END_HELD.search("Will it stay at " + soup)
    assert_cpu_within(t0, 2.0)
