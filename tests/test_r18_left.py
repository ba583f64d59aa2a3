"""Misses other helpers of the eighteenth round left with a general reading unwritten (r18-left).
Sentences verbatim from the development corpus, each naming its case; the must-not-fire sentences are
real corpus sentences or close wordings of the same shape that mean something else.

- a calendar quarter named without a year is the latest begun, unless a present prospect governs it
  ('on track to close in the second quarter': the quarter not yet ended) or a year word follows it
  ('the third quarter this year', 'the second quarter of next year') (quarters.py);
- an inserted set-for modifier closed by a date's comma ('…, initially scheduled for September 30, has
  been delayed') is passed over to the subject's predicate, and the object in the subject is read with it
  (act_predicates._closes, rules/called_off._cancellation): a delay from the deadline's own day is past it;
- a walkout is a strike (lexicon.NOUN_FAMILIES['strike']); 'after voting to end' is a vote taken
  (voted_acts._after_voting);
- a mistrial declared ends a market on a jury's verdict (rules/failed_attempt._verdict_asked)."""

from datetime import datetime, timezone

from resolver.engine.sentence_tense import resolved_spans
from resolver.engine.text import make_sentence
from tests.conftest import decided, fired, run_case


def _quarter(text: str, y: int, m: int, d: int) -> str:
    spans = [s for s in resolved_spans(make_sentence(text, 0), datetime(y, m, d, tzinfo=timezone.utc))
             if "quarter" in s.text.lower()]
    return spans[-1].explanation.rsplit("→", 1)[1].strip()


# b99-lenovo-closes-ibm-pc-by-apr30-2005-multi-undet
LENOVO_S = ("An IBM executive said the high-level US committee had given the deal its unanimous consent the final "
            "external approval needed putting the US$1.25 billion PC sale on track to close in the second quarter as "
            "originally planned.")


def test_prospect_dates_the_coming_quarter():
    assert _quarter(LENOVO_S, 2005, 3, 10) == "1 Apr – 30 Jun 2005"
    # b41-amgen-horizon-close-by-oct15-2023-asof-sep…, b39-pfizer-wyeth-close-by-oct31-2009
    assert _quarter("The companies expect to close the deal early in the fourth quarter.", 2023, 9, 1) == "1 Oct – 31 Dec 2023"
    assert _quarter("The transaction remains subject to necessary regulatory approvals but it is expected to close at the "
                    "end of the third quarter or during the fourth quarter.", 2009, 7, 20) == "1 Oct – 31 Dec 2009"


def test_year_word_after_the_quarter():
    # b82-bms-celgene-close-by-sep30-2019-multi-no, b83-geely-volvo…, b82-south-africa-unemployment-q3-2020…
    assert _quarter("The deal is expected to be completed in the third quarter this year.", 2019, 4, 12) == "1 Jul – 30 Sep 2019"
    assert _quarter("the deal is expected to be fully finalized by the second quarter of next year.", 2009, 12, 23) \
        == "1 Apr – 30 Jun 2010"
    assert _quarter("compared to 29.1% in the third quarter of last year.", 2020, 11, 12) == "1 Jul – 30 Sep 2019"


def test_quarter_not_a_prospect_keeps_the_latest_begun():
    # a figure's quarter gone, a past prospect, a perfect infinitive, a count of quarters, a figure's period
    assert _quarter("Profit rose 5 percent in the fourth quarter.", 2005, 3, 10) == "1 Oct – 31 Dec 2004"
    assert _quarter("The deal was expected to close in the second quarter.", 2005, 3, 10) == "1 Apr – 30 Jun 2004"
    assert _quarter("Gross domestic product (GDP) is expected to have contracted 0.1% in the third quarter as it did in "
                    "the second.", 2019, 11, 13) == "1 Jul – 30 Sep 2019"
    assert _quarter("- GDP expected to show the second quarter of economic contraction.", 2019, 11, 13) == "1 Apr – 30 Jun 2019"
    assert _quarter("OTTAWA — Statistics Canada is set to release its gross domestic product reading for the third quarter "
                    "this morning.", 2023, 11, 30) == "1 Jul – 30 Sep 2023"


# b100-navi-mumbai-airport-inaugurated-by-sep30-2025-no
NAVI_Q = "Will Navi Mumbai International Airport be formally inaugurated by September 30, 2025?"
NAVI_C = ("This market will resolve to \"Yes\" if Navi Mumbai International Airport (NMIA) is formally inaugurated (for "
          "example by Prime Minister Narendra Modi) on or before September 30, 2025 (India Standard Time). Otherwise, this "
          "market will resolve to \"No\".")
NAVI_S = ("The inauguration of Navi Mumbai International Airport, initially scheduled for September 30, has been delayed "
          "due to heavy rainfall impacting the Mumbai Metropolitan Region, as confirmed by Maharashtra Forest Minister "
          "Ganesh Naik amid speculation about the event.")


def _navi(text):
    return run_case(NAVI_Q, "2025-09-30T23:59:59+05:30", NAVI_C,
                    [("https://example.com/navi", "2025-09-24T10:04:00+05:30", "", text)], "2025-09-25T00:00:00+00:00")


def test_delay_from_the_deadline_day_is_past_it():
    v = _navi(NAVI_S)
    assert fired(v, "ruled_out") and decided(v) == "likely-no"


def test_delay_from_an_earlier_day_or_to_a_day_inside_stays_open():
    v = _navi("The inauguration of Navi Mumbai International Airport, initially scheduled for September 26, has been delayed.")
    assert decided(v) != "likely-no"
    assert not fired(_navi("The inauguration of Navi Mumbai International Airport, initially scheduled for September 30, "
                           "has been delayed to September 28."), "ruled_out")
    assert not fired(_navi("The inauguration of Navi Mumbai International Airport, initially scheduled for September 30, "
                           "has been completed."), "ruled_out")


# b100-korea-cargo-truckers-end-strike-by-dec10-2022-yes
KOREA_Q = "Will South Korea's Cargo Truckers Solidarity union end its November 2022 strike by December 10, 2022?"
KOREA_C = ("This market will resolve to \"Yes\" if, on or before December 10, 2022 (Korea time), the Cargo Truckers "
           "Solidarity union ends or calls off the nationwide truckers' strike that began on November 24, 2022 (including "
           "by a members' vote to end it). Otherwise, this market will resolve to \"No\".")
KOREA_S = ("Thousands of South Korean truckers are returning to work after voting to end their 16-day walkout that "
           "disrupted construction and other domestic industries.")


def _korea(text):
    return run_case(KOREA_Q, "2022-12-10T23:59:59+09:00", KOREA_C,
                    [("https://example.com/korea", "2022-12-08T00:00:00-08:00", "", text)], "2022-12-10T00:00:00+00:00")


def test_after_voting_to_end_the_walkout_is_the_strike_ended():
    v = _korea(KOREA_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_vote_not_taken_or_not_to_end_reads_nothing():
    assert not fired(_korea("The truckers may return to work after voting on whether to end their walkout."), "confirmation")
    assert not fired(_korea("Thousands of South Korean truckers are returning to work before voting to end their 16-day "
                            "walkout."), "confirmation")


# b100-menendez-jury-verdict-by-nov20-2017-multi-no
MEN_Q = "Will the jury in Bob Menendez's 2017 corruption trial reach a unanimous verdict on any count by November 20, 2017?"
MEN_C = ("This market will resolve to \"Yes\" if, on or before November 20, 2017, the jury in the federal corruption trial "
         "of U.S. Sen. Robert Menendez and Salomon Melgen returns a unanimous verdict (guilty or not guilty) on at least one "
         "count against Menendez. If the judge declares a mistrial on all counts, this market will resolve to \"No\".")


def _men(title, text, published="2017-11-16T00:00:00-06:00"):
    return run_case(MEN_Q, "2017-11-20T23:59:59-05:00", MEN_C,
                    [("https://example.com/men", published, title, text)], "2017-11-17T00:00:00+00:00")


def test_mistrial_declared_ends_the_verdict_market():
    v = _men("Judge declares mistrial in Menendez trial",
             "NEWARK, N.J. — Sen. Bob Menendez's bribery trial has ended in a mistrial after the jury said it was "
             "hopelessly deadlocked on the charges against the Democrat and his co-defendant.")
    assert fired(v, "failed_attempt") and decided(v) == "likely-no"


def test_mistrial_not_declared_reads_nothing():
    v = _men("Menendez judge not ready to declare mistrial",
             "The federal judge overseeing Democratic Sen. Bob Menendez's federal corruption trial is in no hurry to "
             "declare a mistrial.", "2017-11-14T10:50:00-05:00")
    assert not fired(v, "failed_attempt")
    v = _men("", "Should the jury not be able to reach a unanimous verdict in the days ahead, U.S. District Court Judge "
                 "William H. Walls could be compelled to declare a mistrial.", "2017-11-14T18:36:00-05:00")
    assert not fired(v, "failed_attempt")


# b42-ba-cabin-crew-strike-by-mar20-2010-asof-talks-multi-undet (a walkout now read as the strike)
BA_Q = "Will British Airways cabin crew begin a strike by March 20, 2010?"
BA_C = ("This market will resolve to \"Yes\" if British Airways cabin crew represented by the Unite union begin a strike "
        "(walkout) by March 20, 2010, 11:59 PM GMT. Otherwise, this market will resolve to \"No\".")


def test_beginning_with_names_a_series_first_not_a_result():
    v = run_case(BA_Q, "2010-03-20T23:59:59+00:00", BA_C,
                 [("https://example.com/ba", "2010-03-12T00:00:00+00:00", "British Airways Unnon announces strike",
                   "Unite trade union has called a series of strikes over two consecutive weekends this month, beginning "
                   "with a three-day walkout on 20 March and followed by a four-day action from 27 March.")],
                 "2010-03-18T23:00:00+00:00")
    assert not fired(v, "confirmation") and decided(v) != "likely-yes"
