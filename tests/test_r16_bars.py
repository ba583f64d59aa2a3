"""Bars whose counted noun the plain reading missed (r16-bars, counted_nouns.py): a noun written
capitalised or after a name with a number ('150 or more Conservative MPs', 'more than 11 Academy
Awards', 'at least 5,000 Model 3 vehicles'), points scored ('score 50 or more points', 'with at least
525 points'), a plural the lemma list gives beside its singular ('regular-season games'), and a
'total' verb's sum read as a growing total. Questions verbatim from the development corpus; each
with near wordings that must not be read the same way (index points, basis points, margins, times)."""

from resolver.engine import quantities
from resolver.engine.derive import derive_target
from tests.conftest import news_market, run_case

DEADLINE = "2025-12-31T23:59:59+00:00"


def _target(question):
    return derive_target(news_market(question, DEADLINE))


def _bar(question):
    bar = quantities.required(question)
    return (bar.value, bar.direction, bar.inclusive, bar.unit) if bar else None


def test_capitalised_voter_noun_is_counted():
    # b47-johnson-150-no-confidence-votes-june2022-no
    t = _target("Will 150 or more Conservative MPs vote against Boris Johnson in the June 2022 confidence vote?")
    assert (t.kind, t.quantity, t.quantity_unit) == ("event", 150.0, "mps")


def test_capitalised_award_noun_is_counted():
    # b77-return-of-king-more-than-11-oscars-2004-no
    t = _target("Will 'The Lord of the Rings: The Return of the King' win more than 11 Academy Awards at the 76th Oscars?")
    assert (t.quantity, t.quantity_unit, t.threshold_inclusive) == (11.0, "awards", False)


def test_number_inside_a_name_before_the_noun():
    # b57-tesla-model3-5000-week-jun2018-und
    assert _bar("Will Tesla produce at least 5,000 Model 3 vehicles in a single week by June 30, 2018?") == \
        (5000.0, "above", True, "vehicles")
    # b77-iphone5-launch-weekend-6m-2012-undet
    assert _bar("Will Apple report more than 6 million iPhone 5 units sold in its launch weekend?") == \
        (6e6, "above", False, "units")


def test_points_scored_are_counted():
    # b10-clark-50-points-vs-michigan-no
    assert _bar("Will Caitlin Clark score 50 or more points against Michigan on February 15, 2024?")[3] == "points"
    # b24-eurovision-2024-winner-600-points-no
    assert _bar("Will the winner of the Eurovision Song Contest 2024 score 600 points or more?")[:2] == (600.0, "above")
    # b60-maneskin-525-points-eurovision-2021-und
    assert _bar("Will Italy's Måneskin finish Eurovision 2021 with at least 525 points?")[3] == "points"


def test_points_that_are_not_scored_are_not_counted():
    # an index level, a rate move, a margin: not points scored (b13 DAX, b01 BoE, b12 Ryder Cup wordings)
    assert _bar("Will Germany's DAX index close above 20,000 points on or before December 6, 2024?")[3] == ""
    assert _bar("Will the Bank of England cut Bank Rate by 50 basis points or more at its August 2025 meeting?")[3] == "bps"
    assert _bar("Will Europe win the 2025 Ryder Cup by more than 2 points?")[3] == ""
    assert _bar("Will the United States beat Europe by four or more points at the 2008 Ryder Cup at Valhalla?") is None \
        or _bar("Will the United States beat Europe by four or more points at the 2008 Ryder Cup at Valhalla?")[3] == ""


def test_plural_listed_beside_its_singular():
    # b57-warriors-73-wins-2016-yes: a season's running total, so a threshold on games
    t = _target("Will the Golden State Warriors win at least 73 regular-season games in the 2015-16 NBA season?")
    assert (t.kind, t.threshold, t.threshold_unit) == ("threshold", 73.0, "games")


def test_clock_units_stay_measures():
    # margins and times are read by margins.py and durations.py, not as counts
    # (b24-pogacar-wins-tour-2024-by-5-minutes…, b32-west-tokamak-plasma-over-20min…)
    assert _target("Will Tadej Pogačar win the 2024 Tour de France by a margin of five minutes or more?").quantity is None
    assert _target("Will a tokamak sustain a plasma for more than 20 minutes by March 31, 2025?").quantity is None


def test_total_verb_is_a_growing_sum():
    # b62-isner-mahut-fifth-set-over-130-games-und: stays a threshold, now on games
    t = _target("Will the fifth set of John Isner vs. Nicolas Mahut at Wimbledon 2010 total more than 130 games?")
    assert (t.kind, t.threshold, t.threshold_unit, t.occasion) == ("threshold", 130.0, "games", "path")


def test_plain_lowercase_nouns_unchanged():
    # b03-dutch-2025-d66-27-seats…: the plain reading still reads it; a capitalised name after a plain noun is no unit
    assert _bar("Will D66 win at least 27 seats in the October 29, 2025 Dutch general election?")[3] == "seats"
    assert _bar("Will the FDA authorize the Pfizer-BioNTech COVID-19 vaccine for children under 5 by February 28, 2022?") is None \
        or _bar("Will the FDA authorize the Pfizer-BioNTech COVID-19 vaccine for children under 5 by February 28, 2022?")[3] == ""


# -- a run within the count, and a unit of several words (the lead's review of this branch) ---------------
def test_a_count_told_as_a_run_within_it_is_no_count():
    # 'first eight points' would have been read as a game's count of 8, short of 50: a wrong no
    from tests.test_understood_gates import CLARK, EIGHT, ts
    from resolver.engine import evaluate_market
    v = evaluate_market(CLARK, [EIGHT], ts('2024-02-18T12:00:00+00:00'))
    assert v.verdict == "undetermined"
    assert any(c.rule == "unread_evidence" and "a run within the count" in c.reason for c in v.contributions)


def test_a_count_in_a_unit_of_several_words_is_read():
    # b24-fda-cder-55-novel-drugs-2024-no, verbatim
    v = run_case("Will the FDA's Center for Drug Evaluation and Research approve 55 or more novel drugs in calendar year 2024?",
                 "2024-12-31T23:59:59-05:00",
                 'This market will resolve to "Yes" if the number of novel drug approvals by the FDA\'s Center for Drug '
                 'Evaluation and Research (CDER) in calendar year 2024, as reported by the FDA, is 55 or more. Otherwise, '
                 'this market will resolve to "No".',
                 [("https://soci.org/news/2025/1/the-fda-approved-these-50-new-drugs-in-2024", "2025-01-10T00:00:00+00:00",
                   "The FDA approved these 50 new drugs in 2024",
                   "The US Food and Drug Administration’s (FDA) Center for Drug Evaluation and Research (CDER) approved "
                   "50 novel drugs across 2024.")],
                 "2025-01-11T12:00:00+00:00")
    assert v.verdict == "likely-no"
    assert any(c.rule == "magnitude_short" and "50 novel drugs" in c.reason for c in v.contributions)
