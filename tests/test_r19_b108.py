"""Readings from batch 108's wrong decisive verdicts (nineteenth round, r19-b108). Sentences verbatim from
the development corpus (the case named in a comment), with near wordings where the reading must stay
silent.

- a trial's verdict words ('not guilty') told as a plea ('pleaded not guilty'), as what someone asked
  or advised the court to find ('advised court to find Kananura not guilty'), or as an expectation
  ("I'm expecting a not guilty verdict") are no verdict given (engine/unrendered_verdicts.py, read by
  rules/opposite_outcome.py);
- for a candidate that is no nation, a country the question names is the place of the contest, never a
  rival that won it ('The parliamentary elections in Lithuania won the "Union of farmers and greens"':
  own_names.question_places, read by rules/rival_outcome._rivals)."""

from __future__ import annotations

import time

from conftest import decided, fired, run_case

from resolver.engine import unrendered_verdicts
from resolver.engine.text import article_sentences
from cpu_budget import assert_cpu_within

# --- verdict words that tell no verdict given --------------------------------------------------------
# b108-kananura-convicted-by-apr30-2017-asof-verdict-day-undet
KANANURA_Q = ("Will Uganda's High Court convict businessman Andrew Kananura of murdering Badru Kateregga by "
              "April 30, 2017?")
KANANURA_C = ("This market will resolve to \"Yes\" if the High Court in Kampala convicts Andrew Kananura of the murder "
              "of his employee Badru Kateregga on or before April 30, 2017. A conviction only on a lesser charge such as "
              "manslaughter, an acquittal, or no verdict by that date resolves \"No\".")
KANANURA_ADVISED = ("In the build-up of to this verdict, two court assessors Mr Robert Kabureta and Ms Rehema Babirye , in "
                    "their joint lay man's opinion, advised court to find Kananura not guilty of murdering his employee.")


def _kananura(text: str):
    return run_case(KANANURA_Q, "2017-04-30T23:59:59+03:00", KANANURA_C,
                    [("http://example.com/201704280289.html", "2017-04-28T00:00:00+03:00", "", text)],
                    "2017-04-28T12:00:00+03:00")


def test_advice_to_find_not_guilty_is_no_verdict():
    v = _kananura(KANANURA_ADVISED)
    assert not fired(v, "opposite_outcome")
    assert decided(v) == "undetermined"


def test_a_plea_of_not_guilty_is_no_verdict():
    # the shape of b13-jimmy-lai (verbatim: 'He pleaded not guilty to all charges.'), read against the convict market
    v = _kananura("Kananura pleaded not guilty to all charges.")
    assert not fired(v, "opposite_outcome")
    v = _kananura("Kananura entered a plea of not guilty to the murder charge.")
    assert not fired(v, "opposite_outcome")


def test_the_court_finding_not_guilty_is_the_verdict():
    # must fire: the finding itself ('The jury found him not guilty …', b59 Rittenhouse's shape)
    v = _kananura("The High Court in Kampala found Kananura not guilty of murdering his employee.")
    assert fired(v, "opposite_outcome")
    assert decided(v) == "likely-no"


def test_why_not_names_plea_request_and_expectation():
    def why(text: str) -> str | None:
        s = article_sentences("", text)[0]
        k = next(i for i, t in enumerate(s.tokens) if t.lower == "not" and s.tokens[i + 1].lower == "guilty")
        return unrendered_verdicts.why_not(s, k)

    # verbatim corpus sentences
    assert why("He pleaded not guilty to all charges.") == "a plea"  # b13-jimmy-lai
    assert why("Masterson, 47, who pleaded not guilty to all charges of rape against him, was led out of the "
               "courtroom in handcuffs.") == "a plea"  # b43-masterson
    assert why(KANANURA_ADVISED).startswith("asked")
    assert why("\"I believe we have the majority of them, and I'm expecting a not guilty verdict,\" Scrushy said "
               "outside the courthouse.") == "expected"  # b91-scrushy
    # must not fire: verdicts given (verbatim)
    assert why("The jury found him not guilty on all five counts: 1st-Degree Intentional Homicide, 1st-Degree "
               "Reckless Homicide, Attempt 1st-Degree Intentional Homicide and two counts of 1st-Degree Recklessly "
               "Endangering Safety.") is None  # b59-rittenhouse
    assert why("Hollywood actor Kevin Spacey has been found not guilty of sexually assaulting four different men "
               "following a high-profile trial in London.") is None  # b29-spacey
    assert why("Jurors Find George Zimmerman Not Guilty") is None  # b42-zimmerman (headline)


def test_a_later_verdict_in_the_sentence_is_still_read():
    # the first 'not guilty' is a plea, the second the verdict given
    s = article_sentences("", "Kananura, who pleaded not guilty, was found not guilty of murder on Friday.")[0]
    k = unrendered_verdicts.given(s, "not guilty")
    assert k is not None and s.tokens[k - 1].lower == "found"


# --- the question's country is no rival -----------------------------------------------------------------
# b108-lvzs-most-seats-lithuania-2016-multi-yes
LVZS_Q = "Will the Lithuanian Farmers and Greens Union win the most seats in Lithuania's 2016 Seimas election?"
LVZS_C = ("This market will resolve to \"Yes\" if the Lithuanian Farmers and Greens Union (LVŽS, also called the Peasant "
          "and Greens Union) wins more seats in the 141-seat Seimas than any other party in the parliamentary election "
          "held on October 9 and 23, 2016, according to the Central Electoral Commission's results. Otherwise, \"No\".")
LVZS_T = "The parliamentary elections in Lithuania won the “Union of farmers and greens”"
LVZS_S = ("VILNIUS, October 24 — RIA Novosti. The parliamentary elections in Lithuania, according to preliminary estimates "
          "of votes won by the party “Union of farmers and green Lithuania”, which won 54 seats, said Monday on the "
          "official website of election Commission of Lithuania.")


def _lvzs(title: str, text: str):
    return run_case(LVZS_Q, "2016-10-31T23:59:59+02:00", LVZS_C,
                    [("https://example.com/2016/10/24/lithuania", "2016-10-24T00:00:00+03:00", title, text)],
                    "2016-10-25T00:00:00+03:00")


def test_the_questions_country_is_no_rival_winner():
    v = _lvzs(LVZS_T, LVZS_S)
    assert not fired(v, "rival_outcome")
    assert decided(v) != "likely-no"


def test_another_party_winning_is_still_a_rival():
    # must fire: a party named as the winner
    v = _lvzs("Homeland Union wins Lithuania's parliamentary elections",
              "The Homeland Union won the parliamentary elections in Lithuania, the election commission said Monday.")
    assert fired(v, "rival_outcome")


def test_a_nations_market_keeps_the_other_nation_it_names():
    # must fire: for a nation's market, the other nation the question names is its rival
    v = run_case("Will Argentina beat France in the 2022 FIFA World Cup final?", "2022-12-18T23:59:59+03:00", "",
                 [("https://example.com/final", "2022-12-18T20:00:00+03:00", "France win the World Cup",
                   "France won the 2022 FIFA World Cup final on Sunday.")], "2022-12-19T00:00:00+03:00")
    assert decided(v) != "likely-yes"


# --- hostile input ------------------------------------------------------------------------------------

def test_a_long_run_on_sentence_of_the_readings_words_is_fast():
    unit = ("advised court to find Kananura not guilty, pleaded not guilty, expecting a not guilty verdict, "
            "the elections in Lithuania won the Union, ")
    body = (unit * (30_000 // len(unit))).strip() + "."
    start = time.process_time()
    _kananura(body)
    _lvzs(LVZS_T, body)
    assert_cpu_within(start, 5.0)
