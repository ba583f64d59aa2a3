"""A stays market ended in other words (nineteenth round, branch 'stays'; census r19 section 3).
Sentences verbatim from the development corpus; each names its case; the must-not-fire sentences are
real or close wordings of the same shape that mean something else.

- the holder's unbeaten or winning run told ended, as the subject of a done ending ('Braves' 14-game
  winning streak snapped by Cubs', a headline's 'Sydney's unbeaten streak ends') or, with the holder's
  possessive, as its object (unbeaten_endings.streak_ended); a market on a winning streak staying
  'active' or 'alive' is such a market (unbeaten_endings._RUN_ASKED);
- a measure the holder keeps dropped as the verb's direct object ('Kuwait drops dollar peg', 'dropping a
  peg to the tumbling US dollar', 'ditching a trading band') (dropped_measures.py)."""

from __future__ import annotations

import time

from resolver.engine import dropped_measures, unbeaten_endings
from resolver.engine.analysis import analyse
from resolver.engine.match import matching_context
from tests.conftest import decided, fired, news_article, news_market, run_case
from cpu_budget import assert_cpu_within

# b01-braves-streak-alive-jun18-2022-no
BRAVES_Q = "Will the Atlanta Braves' winning streak still be active at the end of June 18, 2022?"
BRAVES_C = ("This market will resolve to \"Yes\" if the Atlanta Braves have not lost a game since their winning streak "
            "began in early June 2022, i.e. the streak remains unbroken through the end of June 18, 2022. If the Braves "
            "lose any game before then, this market will resolve to \"No\".")
BRAVES_T = "Braves' 14-game winning streak snapped by Cubs, who also break 10-game losing streak"
BRAVES_S = ("The reigning-champion Atlanta Braves on Friday saw their 14-game winning streak come to an end at Wrigley "
            "Field, as the Chicago Cubs edged them, 1-0.")


def _braves(title, text=BRAVES_S):
    return run_case(BRAVES_Q, "2022-06-18T23:59:59-04:00", BRAVES_C,
                    [("https://example.com/braves", "2022-06-17T00:00:00-04:00", title, text)], "2022-06-18T12:00:00+00:00")


def _wording(v):
    return " ".join(c.reason for c in fired(v, "state_ended"))


def test_headline_run_snapped_is_the_run_ended():
    v = _braves(BRAVES_T)
    assert "14-game winning streak … snapped" in _wording(v)
    assert len(fired(v, "state_ended")) == 2 and v.verdict == "likely-no"  # two sentences: past the weak-reading gate


def test_another_sides_run_or_a_losing_run_ends_nothing():
    v = _braves("Cubs' 10-game losing streak snapped by Braves", "The Chicago Cubs won 1-0 at Wrigley Field.")
    assert not fired(v, "state_ended")
    v = _braves("Cubs snap 10-game losing streak against Atlanta Braves", "The Chicago Cubs won 1-0 at Wrigley Field.")
    assert not fired(v, "state_ended")


def test_a_run_that_could_end_ends_nothing():
    v = _braves("Braves' 14-game winning streak could be snapped by Cubs", "The Atlanta Braves play the Cubs on Friday.")
    assert not fired(v, "state_ended")
    v = _braves("Braves' 14-game winning streak not snapped by Cubs", "The Atlanta Braves play the Cubs on Friday.")
    assert not fired(v, "state_ended")


# b90-sydney-fc-unbeaten-through-feb28-2017-stays-no
SYD_Q = "Will Sydney FC remain unbeaten in the 2016-17 A-League regular season through February 28, 2017?"
SYD_C = ("This market will resolve to \"Yes\" if Sydney FC does not lose any A-League regular-season match from the start "
         "of the 2016-17 season through February 28, 2017. Otherwise, this market will resolve to \"No\".")
SYD_T = "Sydney's unbeaten streak ends against city rival in A-League"
SYD_S = ("SYDNEY (AP) — Sydney FC's 19-match unbeaten streak to start the A-League season ended Saturday night in a 1-0 "
         "loss to city rivals Western Sydney Wanderers.")


def _sydney(title, text):
    return run_case(SYD_Q, "2017-02-28T23:59:59+11:00", SYD_C,
                    [("https://example.com/sydney", "2017-02-18T06:26:00-05:00", title, text)], "2017-02-19T00:00:00+00:00")


def test_unbeaten_streak_ended_in_body_and_headline():
    v = _sydney(SYD_T, SYD_S)
    assert "19-match unbeaten streak … ended" in _wording(v) and "unbeaten streak … ends" in _wording(v)
    assert v.verdict == "likely-no"


def test_a_body_present_is_no_report_and_an_extended_run_ends_nothing():
    assert not fired(_sydney("", "Sydney FC's 19-match unbeaten streak ends if they lose to Western Sydney Wanderers."),
                     "state_ended")
    assert not fired(_sydney("", "Sydney FC extended their unbeaten streak to 19 matches with a 1-0 win on Saturday night."),
                     "state_ended")
    assert not fired(_sydney("", "Sydney FC ended Melbourne Victory's 10-match unbeaten run on Saturday night."),
                     "state_ended")


def test_run_ended_after_the_deadline_is_not_the_state_over_before_it():
    v = run_case(SYD_Q, "2017-02-28T23:59:59+11:00", SYD_C,
                 [("https://example.com/sydney", "2017-03-05T06:26:00-05:00", SYD_T, "Sydney FC lost 1-0 on Saturday night.")],
                 "2017-03-06T00:00:00+00:00")
    assert not [c for c in fired(v, "state_ended") if c.direction == "no"]


def test_possessive_object_form():
    # a made-up past form of b83-djokovic's headline 'Federer Ends Djokovic's 41-Match Winning Streak …'
    v = _sydney("", "Western Sydney Wanderers ended Sydney FC's 19-match unbeaten streak on Saturday night.")
    assert "ended Sydney FC's 19-match unbeaten streak" in _wording(v)


# b01-athletics-streak-alive-apr25-2021-no: a headline's present 'Ends'
def test_title_case_headline_run_ends():
    v = run_case("Will the Oakland Athletics keep their winning streak alive through April 25, 2021?",
                 "2021-04-25T23:59:59-07:00", "",
                 [("https://example.com/as", "2021-04-25T00:00:00-07:00",
                   "Athletics' Winning Streak Ends at 13 in 8–1 Loss to Orioles",
                   "The third-longest winning streak in Athletics' history came to an end Sunday afternoon in Oakland's "
                   "8–1 loss to the Orioles.")], "2021-04-26T00:00:00+00:00")
    assert "Winning Streak … Ends" in _wording(v) and v.verdict == "likely-no"


# b83-heat-streak-intact-through-mar31-2013-multi-undet: a run extended
def test_heat_run_extended_ends_nothing():
    v = run_case("Will the Miami Heat's winning streak remain intact through March 31, 2013?", "2013-03-31T23:59:59-04:00", "",
                 [("https://example.com/heat", "2013-03-21T00:00:00+08:00", "Heat run streak to 24 with comeback win vs Cavs",
                   "CLEVELAND — LeBron James scored 25 points as the Miami Heat overcame a 27-point deficit to win their 24th "
                   "straight game, beating the Cleveland Cavaliers 98-95 on Wednesday and extending the second-longest "
                   "winning streak in NBA history.")], "2013-03-27T00:00:00+00:00")
    assert not fired(v, "state_ended")


# b105-kuwait-dinar-dollar-peg-through-jun30-2007-no
KUW_Q = "Will Kuwait keep the dinar pegged to the U.S. dollar through June 30, 2007?"
KUW_C = ("This market will resolve to \"Yes\" if the Central Bank of Kuwait maintains the dinar's exchange rate peg to the "
         "U.S. dollar (adopted in January 2003) continuously through June 30, 2007. If Kuwait switches the dinar to a basket "
         "of currencies or otherwise abandons the dollar peg before then, this market will resolve to \"No\".")
KUW_T = "Kuwait drops dollar peg, adopts currency basket"
KUW_S = ("KUWAIT - Kuwait switched the dinar’s exchange rate mechanism to a basket of currencies on Sunday, dropping a peg "
         "to the tumbling US dollar that was adopted in 2003 and throwing into disarray plans for a single currency in the "
         "Gulf Arab region.")


def _kuwait(title, text):
    return run_case(KUW_Q, "2007-06-30T23:59:59+03:00", KUW_C,
                    [("https://example.com/kuwait", "2007-05-20T18:41:00+04:00", title, text)], "2007-05-21T00:00:00+03:00")


def test_peg_dropped_in_headline_and_body():
    v = _kuwait(KUW_T, KUW_S)
    assert "'drops … peg'" in _wording(v) and "'dropping … peg'" in _wording(v)
    assert v.verdict == "likely-no"


def test_a_drop_to_come_or_denied_or_by_another_holder_ends_nothing():
    assert not fired(_kuwait("", "Kuwait will drop its dollar peg next year, the central bank said."), "state_ended")
    assert not fired(_kuwait("", "Kuwait did not drop its dollar peg on Sunday, the central bank said."), "state_ended")
    assert not fired(_kuwait("", "Kuwait could drop its dollar peg if the dollar keeps falling."), "state_ended")
    assert not fired(_kuwait("", "The dinar dropped against the dollar on Sunday in Kuwait."), "state_ended")


# b105-oman-rial-dollar-peg-through-dec31-2007-asof-may-undet: another holder dropped its peg
def test_another_holders_peg_dropped_is_not_the_markets():
    v = run_case("Will Oman keep its rial pegged to the U.S. dollar through December 31, 2007?", "2007-12-31T23:59:59+04:00",
                 "", [("https://example.com/oman", "2007-05-20T15:15:00+04:00", "Kuwait drops the dollar peg",
                       "Hamood Sangour Al-Zadjali, Oman's Central Bank governor, echoed this.")], "2007-05-21T00:00:00+04:00")
    assert not fired(v, "state_ended")


# b83-kazakhstan-tenge-band-through-sep30-2015-multi-no: the reading itself ('ditching a trading band')
def test_band_ditched_is_read():
    m = news_market("Will Kazakhstan keep a trading band for the tenge against the US dollar through September 30, 2015?",
                    "2015-09-30T23:59:59+06:00")
    ctx = matching_context(m)
    art = news_article("https://example.com/kz", "2015-08-21T00:00:00+05:00", "",
                       "The tenge lost more than a quarter of its value on Thursday as Kazakhstan fired the latest salvo in "
                       "an emerging market currency war, ditching a trading band stretched to breaking point by sharp falls "
                       "in crude and commodities prices.")
    found = [dropped_measures.ending(ctx, f) for f in analyse(ctx, art)]
    assert any(x and x[1] == "'ditching … band'" for x in found)


def test_hostile_long_sentence_is_fast():
    words = ("Sydney FC's 19-match unbeaten streak to start the season ended and Kuwait drops dollar peg dropping a peg "
             "ditching a band ")
    text = (words * (30_000 // len(words)))[:30_000]
    t0 = time.process_time()
    _sydney("", text)
    _kuwait("", text)
    assert_cpu_within(t0, 8.0)
    ctx = matching_context(news_market(SYD_Q, "2017-02-28T23:59:59+11:00"))
    assert unbeaten_endings.asked(ctx)
