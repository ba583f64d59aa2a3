"""Wrong decisive readings of batches 45-46, fixed at their cause, on the sentences verbatim (each
test names its corpus case): a count equal to a strict bar ('sentenced to six years' for 'more than
6 years'); a figure that is a goal ('its 2% target') or one part of a breakdown ('0.2% in services');
a state that ends something else ('Cease-fire Ends 5-day Conflict'); a stretch counted from the
publication day ('over the next month'); a body's rate moved, named only in generic words ('Fed
raises interest rate to 1.25%'); and a date written in another zone than a clock time told in the
deadline's ('8:47:35 p.m. EST (0147:35 Dec. 10 GMT)')."""

from datetime import date

from resolver.engine import evaluate_market, figure_words, zoned_dates
from resolver.engine.analysis import _spans
from resolver.engine.text import make_sentence
from resolver.engine.timex import find_time_expressions
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b46-nacchio-sentence-over-six-years-2007-no
NACCHIO = ("DENVER — Former Qwest Communications International Inc. Chief Executive Joseph Nacchio was sentenced to six "
           "years in prison Friday for making $52 million in illegal stock sales while a multibillion-dollar accounting "
           "scandal wracked the telecommunications company.")


def _nacchio(question):
    m = market(question, "2007-08-31T23:59:59-06:00",
               "This market will resolve to \"Yes\" if, by August 31, 2007, a federal judge sentences Joseph Nacchio to "
               "a prison term longer than 6 years (72 months) for his insider-trading conviction. A sentence of exactly "
               "6 years or less resolves \"No\". Otherwise, this market will resolve to \"No\".")
    a = article("http://articles.chicagotribune.com/2007-07-28/business/0707270593_1_qwest-ceo", "2007-07-28T00:00:00-05:00",
                "Former Qwest CEO get 6 years", NACCHIO)
    return evaluate_market(m, [a], ts("2007-07-29T12:00:00+00:00"))


def test_a_count_equal_to_a_strict_bar_is_short():
    v = _nacchio("Will former Qwest CEO Joseph Nacchio be sentenced to more than 6 years in prison?")
    assert v.verdict != "likely-yes"
    assert any("more than 6 years" in c.reason for c in _fired(v, "magnitude_short"))


def test_a_count_equal_to_an_inclusive_bar_still_meets_it():
    # guard: 'at least 6 years' is met by six years
    v = _nacchio("Will former Qwest CEO Joseph Nacchio be sentenced to at least 6 years in prison?")
    assert not _fired(v, "magnitude_short")
    assert v.verdict == "likely-yes"


# b45-boe-raises-to-4-5pct-may-2023-forecast-threshold-undet
BOE = "BoE is unlikely to bring inflation back to its 2% target until late 2025, NIESR predicts"
# b45-uk-q4-2023-gdp-falls-more-than-0-2pct-threshold-yes
ONS = ("The 0.3% fall in Q4 was fuelled by decreases in all three main sectors: 0.2% in services, 1% in production and "
       "1.3% in construction output, the agency said.")
BOE_Q = "Will the Bank of England's Bank Rate be 4.50% or higher after its May 11, 2023 decision?"
ONS_Q = "Will the ONS first estimate show UK GDP shrinking by more than 0.2% in Q4 2023?"


def test_a_goal_figure_is_no_level_reported():
    assert "a goal set" in figure_words.aside(BOE_Q, BOE, BOE.index("2%") + 2)
    # guard: a question that names the goal itself reads the figure
    assert figure_words.aside("Will the Fed keep its 2% target?", BOE, BOE.index("2%") + 2) is None


def test_a_part_of_a_breakdown_is_not_the_whole():
    assert "one part of a breakdown" in figure_words.aside(ONS_Q, ONS, ONS.index("0.2%") + 4)
    assert "one part of a breakdown" in figure_words.aside(ONS_Q, ONS, ONS.index("1% in") + 2)
    # guard: the whole's figure, named with its period, is no part
    assert figure_words.aside(ONS_Q, ONS, ONS.index("0.3%") + 4) is None


def test_the_breakdown_part_no_longer_rules_the_gdp_market_out():
    m = market(ONS_Q, "2024-02-29T23:59:59+00:00",
               "This market will resolve to \"Yes\" if the first quarterly estimate of UK real GDP for October-December "
               "2023 published by the Office for National Statistics shows a quarter-on-quarter decline greater than "
               "0.2% (i.e., -0.3% or lower). Otherwise, this market will resolve to \"No\".")
    a = article("https://www.investmentweek.co.uk/news/4174448/uk-enters-technical-recession-economy-shrinks-q4-2023",
                "2024-02-15T00:00:00+00:00", "UK enters technical recession as economy shrinks in Q4 2023", ONS)
    v = evaluate_market(m, [a], ts("2024-02-15T18:00:00+00:00"))
    assert not _fired(v, "threshold_missed")
    assert v.verdict != "likely-no"


# b45-israel-pij-ceasefire-holds-through-may31-2023-stays-undet
PIJ_Q = ("Will the Egypt-brokered ceasefire between Israel and Palestinian Islamic Jihad that took effect on May 13, 2023 "
         "hold through May 31, 2023?")
PIJ_TITLE = "Cease-fire Ends 5-day Conflict Between Israel, Islamic Jihad in Gaza"
PIJ_BODY = ("A cease-fire brokered by Egypt between Israel and the Islamic Jihad armed group in the Gaza Strip came into "
            "effect late Saturday, ending five days of fighting that resulted in the deaths of 39 people.")


def _pij(title, body):
    m = market(PIJ_Q, "2023-05-31T23:59:59+03:00",
               "This market will resolve to \"Yes\" if the ceasefire between Israel and Palestinian Islamic Jihad that "
               "took effect on the night of May 13, 2023 remains in effect through May 31, 2023, 11:59 PM Israel time. "
               "Otherwise, this market will resolve to \"No\".")
    a = article("https://themedialine.org/headlines/cease-fire-ends-5-day-conflict-between-israel-islamic-jihad-in-gaza/",
                "2023-05-13T00:00:00+03:00", title, body)
    return evaluate_market(m, [a], ts("2023-05-14T12:00:00+03:00"))


def test_a_state_that_ends_something_else_has_not_ended():
    v = _pij(PIJ_TITLE, PIJ_BODY)
    assert not _fired(v, "state_ended")
    assert v.verdict != "likely-no"


def test_the_state_ending_itself_still_ends_it():
    # guard (b-corpus sentence): nothing after 'ended' but a clause: the ceasefire is what ended
    v = _pij("Gaza truce", "The 48-hour ceasefire ended and both sides say the government offensive resumed on "
                           "Wednesday, May 13.")
    assert _fired(v, "state_ended")


# b45-air-canada-pilots-ratify-by-sep30-2024-multi-undet
AC = ("In a statement on Sunday, Air Canada said that a new tentative, four-year agreement reached with the Air Line "
      "Pilots Association (ALPA) will be put to a ratification vote and that is expected to be completed over the next "
      "month.")


def test_over_the_next_month_runs_from_the_publication_day():
    spans = [s for s in find_time_expressions(AC, ts("2024-09-15T00:00:00-04:00"), "future") if "month" in s.text]
    assert [(s.start.date(), s.end.date()) for s in spans] == [(date(2024, 9, 15), date(2024, 10, 15))]
    # guard: 'next month' alone is the calendar month after
    cal = find_time_expressions("The vote is set for next month.", ts("2024-09-15T00:00:00-04:00"), "future")
    assert [(s.start.date(), s.end.date()) for s in cal] == [(date(2024, 10, 1), date(2024, 10, 31))]


# b46-fed-holds-1pct-through-jun30-2004-no
FED_Q = "Will the Federal Reserve keep its federal funds rate target at 1% through June 30, 2004?"


def _fed(title, body):
    m = market(FED_Q, "2004-06-30T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the Federal Open Market Committee's target for the federal funds "
               "rate remains at 1.00% without any change from June 1, 2004 through June 30, 2004, 11:59 PM ET.")
    a = article("http://news.bbc.co.uk/2/hi/business/3854605.stm", "2004-06-30T19:07:00+00:00", title, body)
    return evaluate_market(m, [a], ts("2004-07-01T12:00:00+00:00"))


def test_the_bodys_rate_moved_in_generic_words_ends_a_held_value():
    v = _fed("Fed raises interest rate to 1.25%", "The rise is the first in nearly four years.")
    assert _fired(v, "state_ended")
    assert v.verdict != "likely-yes"


def test_a_hint_of_a_rise_ends_nothing():
    # guard: no move told, no value reached
    v = _fed("Fed officials hint", "Fed officials, including chairman Alan Greenspan, have hinted in previous months "
                                   "that a rise was imminent.")
    assert not _fired(v, "state_ended")


# b46-discovery-sts116-launch-by-dec9-2006-et-multi-yes
STS = "Discovery lifted off at 8:47:35 p.m. EST (0147:35 Dec. 10 GMT) from Pad 39B here, arcing skyward like a brilliant flare."


def test_a_date_in_another_zone_than_the_clock_time_is_dropped():
    spans = _spans(make_sentence(STS, 0), ts("2006-12-09T21:19:00-05:00"))
    assert [s.start.date() for s in spans] == [date(2006, 12, 10)]
    assert zoned_dates.in_deadline_zone(STS, spans, ts("2006-12-09T23:59:59-05:00")) == []
    # guard: for a deadline in GMT, the GMT date is the one to read
    assert zoned_dates.in_deadline_zone(STS, spans, ts("2006-12-09T23:59:59+00:00")) == spans
