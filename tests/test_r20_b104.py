"""Batch 104 misses (twentieth round, r20-b104). Sentences verbatim from the development corpus; each
names its case; the must-not-fire sentences are real or close wordings of the same shape that mean
something else.

- a run of the candidate's own words cut off its name by a dash ('named Kingston University London –
  Town House … as the winner') is the candidate, not a rival (own_names.candidate_part);
- 'concluded' beside a pact noun ('a first ceasefire concluded but never respected') makes the pact,
  it does not end a state (endings.json senses 'conclude' 'made_with');
- 'last year's final' for a season's edition ('the 2022-23 CAF Champions League'), told in the
  season's last year, is the edition before (past_editions._earlier);
- a verdict verb of ruling or pronouncing before 'guilty' ('has ruled former prime minister Najib
  Razak guilty') is a guilty finding (verdicts.json 'guilty_finding'), and a court is no other party
  for a court's own act (roles._court_subject);
- a state told to go on only to the deadline's own day, days ahead ('will continue through Sunday'),
  is a note, not a likely-yes (rules/state_continues.py);
- an exclusion whose noun the question numbers is not met by a sentence naming the question's own
  numbered label ('Unit 4' when 'Unit 3's commercial operation does not count', dating_clauses.py)."""

from __future__ import annotations

from datetime import datetime, timezone

from resolver.engine import past_editions
from resolver.engine.text import article_sentences
from tests.conftest import decided, fired, run_case

# --- a candidate's name cut by a dash ------------------------------------------------------------
# b104-kingston-town-house-stirling-prize-2021-yes
RIBA_Q = "Will Kingston University London – Town House win the 2021 RIBA Stirling Prize?"
RIBA_C = ("This market will resolve to \"Yes\" if the Royal Institute of British Architects names Kingston University "
          "London – Town House (Grafton Architects) as the winner of the 2021 RIBA Stirling Prize. If another "
          "shortlisted building wins, this market will resolve to \"No\".")
RIBA_S = ("Thursday 14 October 2021 – The Royal Institute of British Architects (RIBA) has named Kingston University "
          "London – Town House designed by Grafton Architects, as the winner of the 25th RIBA Stirling Prize.")


def _riba(text):
    return run_case(RIBA_Q, "2021-10-31T23:59:59+00:00", RIBA_C,
                    [("https://example.com/riba", "2021-10-14T00:00:00+01:00", "", text)], "2021-10-15T00:00:00+01:00")


def test_candidate_name_cut_by_a_dash_is_no_rival():
    v = _riba(RIBA_S)
    assert not fired(v, "rival_outcome")
    assert decided(v) != "likely-no"


def test_another_building_named_winner_is_a_rival():
    # must fire: another shortlisted building in the same words
    v = _riba("Thursday 14 October 2021 – The Royal Institute of British Architects (RIBA) has named Cambridge Central "
              "Mosque designed by Marks Barfield Architects, as the winner of the 25th RIBA Stirling Prize.")
    assert fired(v, "rival_outcome")


# --- a pact concluded is a pact made ----------------------------------------------------------------
# b104-karabakh-oct10-2020-truce-holds-through-oct17-multi-stays-no
KARABAKH_Q = ("Will the humanitarian ceasefire in Nagorno-Karabakh that took effect on October 10, 2020 remain in "
              "effect through October 17, 2020?")
KARABAKH_S = ("Azerbaijan and Armenia accused each other on Sunday (October 18) of violating a news \u201chumanitarian "
              "truce\u201centered into force at midnight local time in Nagorno-Karabakh, a week after a first ceasefire "
              "concluded but never respected.")


def _karabakh(text, q=KARABAKH_Q):
    return run_case(q, "2020-10-17T23:59:59+04:00", "",
                    [("https://example.com/karabakh", "2020-10-18T00:00:00+03:00", "", text)], "2020-10-19T12:00:00+04:00")


def test_ceasefire_concluded_is_no_ending():
    v = _karabakh(KARABAKH_S)
    assert not fired(v, "state_continues", "state_ended")
    assert decided(v) != "likely-yes" or not fired(v, "state_continues")


def test_concluded_still_ends_a_strike():
    # must fire: 'concluded' of a state that is no pact keeps its ending sense
    v = run_case("Will the Boeing machinists' strike continue through October 20, 2024?", "2024-10-20T23:59:59-07:00", "",
                 [("https://example.com/strike", "2024-10-15T00:00:00-07:00", "",
                   "The Boeing machinists' strike concluded on Monday after workers voted to accept the offer.")],
                 "2024-10-16T00:00:00-07:00")
    assert fired(v, "state_ended")


# --- last year's final of a season edition -----------------------------------------------------------
# b104-al-ahly-wins-caf-cl-2023-asof-first-leg-undet
AHLY_Q = "Will Al Ahly win the 2022-23 CAF Champions League?"
AHLY_S = ("Wydad is very strong at home and beat Al Ahly 2-0 in last year\u2019s one-off final at Wydad\u2019s Stade "
          "Mohammed V.")


def _beat_at(sent):
    return next(i for i, t in enumerate(sent.tokens) if t.lower == "beat")


def test_last_years_final_of_a_season_is_the_edition_before():
    s = article_sentences("", AHLY_S)[0]
    deadline = datetime(2023, 6, 30, 23, 59, tzinfo=timezone.utc)
    told = past_editions.other_edition(s, _beat_at(s), AHLY_Q, deadline, ["caf", "champion", "league"], True,
                                       datetime(2023, 6, 4, tzinfo=timezone.utc))
    assert told and "last year" in told
    # must not fire: told in 2024, last year's final is the 2022-23 season's own
    assert past_editions.other_edition(s, _beat_at(s), AHLY_Q, deadline, ["caf", "champion", "league"], True,
                                       datetime(2024, 1, 10, tzinfo=timezone.utc)) is None
    # must not fire: a one-year edition told the next year ('the 2022 … final', as before)
    assert past_editions.other_edition(s, _beat_at(s), "Will Al Ahly win the 2022 CAF Super Cup?", deadline,
                                       ["caf", "super", "cup"], True, datetime(2023, 1, 10, tzinfo=timezone.utc)) is None


def test_defeat_in_last_years_final_is_no_rival_outcome():
    v = run_case(AHLY_Q, "2023-06-30T23:59:59+02:00", "",
                 [("https://example.com/ahly", "2023-06-04T00:00:00-05:00", "", AHLY_S)], "2023-06-05T12:00:00+02:00")
    assert not fired(v, "rival_outcome")


# --- ruled guilty -----------------------------------------------------------------------------------
# b104-najib-src-guilty-by-jul31-2020-multi-yes
NAJIB_Q = ("Will Najib Razak be found guilty on at least one charge in his SRC International trial by July 31, 2020?")
NAJIB_S = ("A Malaysia court has ruled former prime minister Najib Razak guilty in the first verdict to come in the "
           "series of trials linked to 1MDB.")


def _najib(text):
    return run_case(NAJIB_Q, "2020-07-31T23:59:59+08:00", "",
                    [("https://example.com/najib", "2020-07-27T00:00:00-04:00", "", text)], "2020-07-29T00:00:00+08:00")


def test_ruled_guilty_is_a_conviction():
    v = _najib(NAJIB_S)
    assert fired(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_ruled_not_guilty_or_a_guilty_plea_is_none():
    # must not fire: the finding the other way, and a plea ruled on
    assert not fired(_najib("A Malaysia court has ruled former prime minister Najib Razak not guilty in the first "
                            "verdict to come in the series of trials linked to 1MDB."), "confirmation")
    assert not fired(_najib("A Malaysia court has ruled former prime minister Najib Razak's guilty plea valid in the "
                            "series of trials linked to 1MDB."), "confirmation")


# --- a set end only on the deadline's day ---------------------------------------------------------------
# b104-nyc-curfew-through-jun7-2020-multi-stays-undet
CURFEW_Q = "Will New York City's nightly curfew remain in effect through June 7, 2020?"
CURFEW_S = "New York City\u2019s curfew will continue through Sunday, Mayor de Blasio announced Tuesday."


def _curfew(text, published="2020-06-02T11:07:00-04:00", as_of="2020-06-03T12:00:00-04:00"):
    return run_case(CURFEW_Q, "2020-06-07T23:59:59-04:00", "",
                    [("https://example.com/curfew", published, "", text)], as_of)


def test_going_on_to_the_deadlines_day_told_days_ahead_is_a_note():
    v = _curfew(CURFEW_S)
    assert not fired(v, "state_continues")
    assert decided(v) == "undetermined"


def test_going_on_past_the_deadline_or_told_the_day_before_counts():
    # must fire: a set end after the deadline's day, or told on the eve
    assert fired(_curfew("New York City\u2019s curfew will continue through June 9, Mayor de Blasio announced "
                         "Tuesday."), "state_continues")
    assert fired(_curfew("New York City\u2019s curfew will continue through Sunday, Mayor de Blasio announced "
                         "Saturday.", "2020-06-06T11:07:00-04:00", "2020-06-06T18:00:00-04:00"), "state_continues")


# --- an exclusion of another numbered unit ------------------------------------------------------------
# b104-vogtle-unit4-commercial-operation-by-apr30-2024-multi-yes
VOGTLE_Q = "Will Georgia Power's Plant Vogtle Unit 4 enter commercial operation by April 30, 2024?"
VOGTLE_C = ("This market will resolve to \"Yes\" if Georgia Power or Southern Company declares that Plant Vogtle Unit 4 "
            "has entered commercial operation by April 30, 2024. Unit 3's commercial operation does not count. "
            "Otherwise, \"No\".")
VOGTLE_S = ("\"Georgia Power declared today that Plant Vogtle Unit 4 has entered commercial operation and is now "
            "serving customers and the state of Georgia,\" the release said.")


def _vogtle(text):
    return run_case(VOGTLE_Q, "2024-04-30T23:59:59-04:00", VOGTLE_C,
                    [("https://example.com/vogtle", "2024-04-30T00:00:00-04:00", "", text)], "2024-05-01T00:00:00-04:00")


def test_the_markets_own_unit_is_not_the_excluded_one():
    v = _vogtle(VOGTLE_S)
    assert fired(v, "confirmation")


def test_the_excluded_unit_stays_excluded():
    # must not fire: Unit 3 is the one the criteria exclude
    v = _vogtle("\"Georgia Power declared today that Plant Vogtle Unit 3 has entered commercial operation and is now "
                "serving customers and the state of Georgia,\" the release said.")
    assert not fired(v, "confirmation")


# --- a count noun in the singular before a bar noun ----------------------------------------------------
# b104-jio-100m-customers-by-feb28-2017-multi-yes
JIO_Q = "Will Reliance Jio reach 100 million customers by February 28, 2017?"
JIO_S = ("Reliance Industries (RIL) Chairman and Managing Director Mukesh Ambani on Tuesday said Reliance Jio has "
         "crossed the 100 million customer mark since its launch on September 5.")


def _jio(text, q=JIO_Q):
    return run_case(q, "2017-02-28T23:59:59+05:30", "",
                    [("https://example.com/jio", "2017-02-21T14:30:00+05:30", "", text)], "2017-02-22T00:00:00+05:30")


def test_customer_mark_counts_customers():
    v = _jio(JIO_S)
    assert fired(v, "threshold_crossed")
    assert decided(v) == "likely-yes"


def test_singular_unit_needs_a_bar_noun_and_the_bar():
    from resolver.engine import unit_names
    assert unit_names.before_bar(["customers"], ["million", "customer", "mark", "since"])
    assert not unit_names.before_bar(["customers"], ["million", "customer", "accounts"])  # must not: no bar noun
    assert not unit_names.before_bar(["customers"], ["million", "subscriber", "mark"])  # must not: another noun
    # must not fire: a mark below the market's bar ('150 million user mark' for 500 million users)
    v = _jio("Reliance Jio has crossed the 50 million customer mark since its launch on September 5.")
    assert not fired(v, "threshold_crossed")
