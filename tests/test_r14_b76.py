"""Batch 76's readings (fourteenth round, r14-b76): a comeback told with 'from a deficit' or 'with a
… comeback' before 'to beat' / 'to win' (defeats.comeback_to_win, rival_won, won_back); a move told
with the close it ended at ('tumbled 19 percent on Thursday to close at …', moves_to_close.py) for a
market on a session's fall ('close down 15% or more': a bar below zero, quantities._FALL_BY); a
defeat in the market's final ('defeated Serena Williams in the U.S. Open final', final_defeats.py).
Sentences verbatim from the development corpus; each names its case; must-not-fire wordings keep
their verdicts."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts, fired as _fired


# b76-super-bowl-li-falcons-2017-no
SB_Q = "Will the Atlanta Falcons win Super Bowl LI?"
SB_DEADLINE = "2017-02-05T23:59:59-06:00"
SB_TITLE = "Patriots stun Falcons with 25-point comeback to win Super Bowl LI 34-28 in overtime"
SB_BODY = ("The New England Patriots rallied from a 25-point deficit to beat the Atlanta Falcons 34-28 in overtime "
           "in Super Bowl LI.")


def _sb(title="", text="", q=SB_Q):
    a = article("https://example.com/r14-b76-sb", "2017-02-05T00:00:00-08:00", title, text)
    return evaluate_market(market(q, SB_DEADLINE), [a], ts("2017-02-06T12:00:00+00:00"))


def test_a_rival_stunning_the_candidate_with_a_comeback_to_win_is_the_rivals_title():
    v = _sb(title=SB_TITLE)
    assert decided(v) == "likely-no"
    assert _fired(v, "rival_outcome")


def test_a_rally_from_a_deficit_to_beat_the_candidate_is_a_defeat_told_done():
    v = _sb(text=SB_BODY)
    assert decided(v) == "likely-no"
    assert _fired(v, "rival_outcome")


def test_the_comeback_side_asked_about_is_confirmed():
    v = _sb(title=SB_TITLE, q="Will the New England Patriots win Super Bowl LI?")
    assert decided(v) == "likely-yes"


def test_must_not_fire_a_comeback_hoped_for_or_in_another_game():
    # a comeback still to come, a rally in another game of the season
    for text in ("The Falcons hope to rally from a 10-point deficit to beat the Patriots in Super Bowl LI.",
                 "The Patriots rallied to beat the Saints in Week 12."):
        assert not _fired(_sb(text=text), "rival_outcome"), text
    v = _sb(title="Patriots could stun Falcons with a comeback to win Super Bowl LI")
    assert not _fired(v, "rival_outcome")


# b76-facebook-15pct-drop-jul-2018-yes
FB_Q = "Will Facebook (FB) shares close down 15% or more on July 26, 2018?"
FB_LEAD = "(Bloomberg) -- It's official. Facebook Inc. just had the biggest stock-market wipeout in American history. "
FB = "Shares tumbled 19 percent on Thursday to close at $176.26 after sales and user growth disappointed investors."


def _fb(sentence):
    a = article("https://example.com/r14-b76-fb", "2018-07-26T00:00:00-04:00", "", FB_LEAD + sentence)
    return evaluate_market(market(FB_Q, "2018-07-26T23:59:59-04:00"), [a], ts("2018-07-27T00:00:00+00:00"))


def test_a_fall_told_with_the_close_it_ended_at_crosses_a_close_down_bar():
    v = _fb(FB)
    assert decided(v) == "likely-yes"
    assert _fired(v, "threshold_crossed")


def test_must_not_fire_a_rise_a_smaller_fall_or_a_level_before_the_close():
    for sentence in ("Shares rose 19 percent on Thursday to close at $176.26.",
                     "Shares tumbled 12 percent on Thursday to close at $176.26.",
                     "Shares tumbled 19 percent on Thursday before closing at $176.26."):
        assert not _fired(_fb(sentence), "threshold_crossed"), sentence


# b76-osaka-us-open-title-2018-yes
OSAKA_Q = "Will Naomi Osaka win the 2018 US Open women's singles title?"
OSAKA = "Naomi Osaka defeated Serena Williams in the U.S. Open final on Saturday, winning 6-2, 6-4."


def _osaka(text):
    a = article("https://example.com/r14-b76-osaka", "2018-09-08T00:00:00-04:00", "", text)
    return evaluate_market(market(OSAKA_Q, "2018-09-08T23:59:59-04:00"), [a], ts("2018-09-09T12:00:00+00:00"))


def test_beating_a_named_rival_in_the_markets_final_is_the_title():
    v = _osaka(OSAKA)
    assert decided(v) == "likely-yes"
    assert _fired(v, "confirmation")


def test_must_not_fire_a_semi_final_another_contests_final_or_a_final_set():
    for text in ("Naomi Osaka defeated Serena Williams in the U.S. Open semi final on Saturday.",
                 "Naomi Osaka defeated Serena Williams in the U.S. Open quarter-final on Saturday.",
                 "Naomi Osaka defeated Serena Williams in the Wimbledon final on Saturday.",
                 "Naomi Osaka defeated Serena Williams at the Pan Pacific Open final on Saturday.",
                 "Naomi Osaka defeated Serena Williams in the final set on Saturday."):
        assert not _fired(_osaka(text), "confirmation"), text
