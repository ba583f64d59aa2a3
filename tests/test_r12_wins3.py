"""Twelfth round, wrong decisive verdicts of batches 61-62 (wins told in sports style, previews
read as results), each read as a class on the corpus sentences verbatim (each test names its case),
with must-not-fire sentences beside it:

- an announcing verb still to come ('The … winner will be announced later this month') is no
  announcement of the act, even when the criteria count announcements (rules/confirmation_gates.py);
- a court named by its own name after 'court' ('Edinburgh's Court of Session ruled …', 'the Court
  of Appeal ruled …') is another court than the market's Supreme Court (courts.py, roles.py,
  data/courts.json);
- 'claim' with a title for its own object ('claimed the Formula One title') is the candidate's win,
  like the prize-taking verbs ('earned his second Oscar') (prize_taken.mark, data/contests.json)."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _confirmations(v):
    return [c for c in v.contributions if c.rule == "confirmation" and c.weight > 0]


# --- an announcement still to come
# b61-messi-ballon-dor-2021-und
MESSI_Q = "Will Lionel Messi win the 2021 Ballon d'Or?"
MESSI_C = ("This market will resolve to \"Yes\" if Lionel Messi is announced as the winner of the 2021 men's Ballon d'Or "
           "at the ceremony in Paris on November 29, 2021. Otherwise, \"No\".")
MESSI = ("The 2021 men's Ballon d'Or winner will be announced later this month with Lionel Messi, Robert Lewandowski and "
         "Jorginho the front-runners to win the award.")


def _messi(body):
    m = market(MESSI_Q, "2021-11-29T23:59:59+01:00", MESSI_C)
    a = article("https://www.eurosport.co.uk/football/when-is-the-2021-ballon-dor-and-who-is-nominated-this-year",
                "2021-11-15T00:00:00+00:00", "When is the 2021 Ballon dor and who is nominated this year", body)
    return evaluate_market(m, [a], ts("2021-11-29T12:00:00+00:00"))


def test_winner_to_be_announced_is_no_announcement():
    v = _messi(MESSI)
    assert not _confirmations(v)
    assert v.verdict == "undetermined"
    assert not _confirmations(_messi("The 2021 men's Ballon d'Or winner is to be announced later this month with Lionel "
                                     "Messi the front-runner to win the award."))


def test_announcement_told_as_done_still_counts():
    # must still fire: the announcement made
    v = _messi("The 2021 men's Ballon d'Or winner was announced on Monday, with Lionel Messi beating Robert Lewandowski "
               "to win the award.")
    assert any("announced" in c.reason for c in _confirmations(v))


# --- a court named by its own name
# b61-uk-supreme-court-prorogation-unlawful-sep2019-und
COURT_Q = "Will the UK Supreme Court rule that Boris Johnson's prorogation of Parliament was unlawful by September 30, 2019?"
COURT_C = ("This market will resolve to \"Yes\" if the Supreme Court of the United Kingdom issues a judgment on or before "
           "September 30, 2019 holding that the Prime Minister's advice to prorogue Parliament in September 2019 was "
           "unlawful. Otherwise, \"No\".")
SESSION = ("Last week, Edinburgh's Court of Session ruled the Prime Minister's action was unlawful because it was "
           "\"motivated by the improper purpose of stymying parliament\".")


def _court(body):
    m = market(COURT_Q, "2019-09-30T23:59:59+01:00", COURT_C)
    a = article("https://stv.tv/news/politics/1440907-boris-johnson-awaits-historic-ruling-on-parliament-shutdown",
                "2019-09-19T00:00:00+01:00", "Boris Johnson awaits ruling on parliament shutdown", body)
    return evaluate_market(m, [a], ts("2019-09-19T20:00:00+00:00"))


def test_court_of_session_is_another_court():
    v = _court(SESSION)
    assert not _confirmations(v)
    assert any("Court of Session" in c.reason for c in v.contributions if c.rule == "does_not_count")
    assert not _confirmations(_court("Last week, the Court of Appeal ruled the Prime Minister's action was unlawful."))


def test_the_supreme_court_itself_still_rules():
    # must still fire: the market's court, named by its level alone or with its country after it
    for text in ("Last week, the Supreme Court ruled the Prime Minister's action was unlawful.",
                 "Last week, the Supreme Court of the United Kingdom ruled the Prime Minister's action was unlawful."):
        assert _confirmations(_court(text)), text


# --- 'claimed the title'
# b62-hamilton-2008-f1-title-yes
F1_Q = "Will Lewis Hamilton win the 2008 Formula One World Drivers' Championship?"
F1_C = ("This market will resolve to \"Yes\" if Lewis Hamilton is the 2008 FIA Formula One World Drivers' Champion after "
        "the season-ending Brazilian Grand Prix on November 2, 2008. Otherwise, \"No\".")
F1 = ("Lewis Hamilton claimed the Formula One title on the last lap on Sunday, making a pass on the final turn to take "
      "fifth place in the Brazilian Grand Prix and beat race-winner Felipe Massa by a point in the season standings.")


def _f1(body):
    m = market(F1_Q, "2008-11-02T23:59:59-02:00", F1_C)
    a = article("https://www.taipeitimes.com/News/sport/archives/2008/11/04/2003427711", "2008-11-04T00:00:00+08:00",
                "Hamilton takes title", body)
    return evaluate_market(m, [a], ts("2008-11-04T12:00:00+00:00"))


def test_claimed_the_title_is_the_win():
    v = _f1(F1)
    assert v.verdict == "likely-yes"
    assert any("'claimed'" in c.reason for c in _confirmations(v))


def test_claims_that_are_no_title_taken():
    # must not fire: a claim said, a pole position, a title still to claim
    for text in ("Lewis Hamilton claimed the title race was over on Sunday.",
                 "Lewis Hamilton claimed pole position for the Brazilian Grand Prix on Saturday.",
                 "Lewis Hamilton will claim the Formula One title if he finishes fifth on Sunday."):
        assert not _confirmations(_f1(text)), text


# --- a box-office total told with 'scored'
# b62-avatar-opening-weekend-over-75m-yes
AVATAR_Q = ("Will Avatar gross more than $75 million in its domestic (U.S. and Canada) opening weekend, December 18-20, "
            "2009?")
AVATAR_C = ("This market will resolve to \"Yes\" if James Cameron's \"Avatar\" grosses more than $75 million at the U.S. and "
            "Canadian box office over its opening Friday-to-Sunday weekend of December 18-20, 2009, according to final "
            "studio figures. Otherwise, \"No\".")
AVATAR = ("Avatar finished out its opening weekend with much bigger numbers than expected. According to Variety the James "
          "Cameron flick scored $77.3 million, securing the best December debut at the domestic box office.")


def _avatar(body):
    m = market(AVATAR_Q, "2009-12-21T23:59:59-05:00", AVATAR_C)
    a = article("http://www.hollyscoop.com/avatar/avatar-is-biggest-december-opening-with-77-million.html",
                "2009-12-21T00:00:00-08:00", "Avatar opening weekend", body)
    return evaluate_market(m, [a], ts("2009-12-22T12:00:00+00:00"))


def test_scored_a_gross_is_the_total_taken_in():
    v = _avatar(AVATAR)
    assert v.verdict == "likely-yes"
    assert any("scored $77.3 million" in c.reason for c in v.contributions if c.rule == "threshold_crossed")


def test_scored_short_of_the_bar_or_made_earlier_crosses_nothing():
    # must not fire: a figure short of the bar, and an early count told with another verb
    for text in ("According to Variety the James Cameron flick scored $73 million at the domestic box office.",
                 "The first set of numbers that came in stated that the movie had only made $73 million from Friday "
                 "to Sunday."):
        v = _avatar(text)
        assert not [c for c in v.contributions if c.rule == "threshold_crossed" and c.weight > 0], text
