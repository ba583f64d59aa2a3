"""Acts that cannot come, or did not come as asked, read before the market closes (twelfth round,
cannot): an entrant withdrawn from the market's event ('withdrew from Wimbledon on Friday'), a
party's own comeback given up ('scraps F1 comeback plans'), a regulator's prohibition near the
deadline (the European Commission is a regulator), a count told after the object's modifier ('won
365 electoral votes') and a floor under the bar that is no count ('won more than 270 electoral
votes'), a whole count ('With all jurisdictions reporting'), and a statistic's quarter told by its
months ('April–June 2015'). Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine import indicators, partial_counts
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b62-nadal-plays-wimbledon-2009-no
NADAL_Q = "Will Rafael Nadal play a singles match at the 2009 Wimbledon Championships?"
NADAL_C = ("This market will resolve to \"Yes\" if Rafael Nadal takes the court for at least one gentlemen's singles match "
           "at the 2009 Wimbledon Championships. Otherwise, \"No\".")
NADAL = ("WIMBLEDON, England -- Defending champion Rafael Nadal withdrew from Wimbledon on Friday because of tendinitis "
         "in his knees.")


def _nadal(text=NADAL, title="Nadal news"):
    m = market(NADAL_Q, "2009-07-05T23:59:59+01:00", NADAL_C)
    a = article("http://www.semissourian.com/story/1549099.html", "2009-06-20T00:00:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2009-06-21T12:00:00+00:00"))


def test_an_entrant_withdrawn_from_the_event_is_the_act_called_off():
    v = _nadal()
    assert v.verdict == "likely-no"
    assert _fired(v, "ruled_out")


def test_a_withdrawal_with_a_part_of_the_event_is_not_read():
    # must not fire: he may have played before withdrawing
    v = _nadal("Rafael Nadal withdrew from Wimbledon on Friday before his third-round match.")
    assert not _fired(v, "ruled_out")


def test_a_hedged_or_reported_withdrawal_does_not_decide():
    # must not fire: a withdrawal that may come, or one unnamed sources tell, is no report of it
    for text in ("Rafael Nadal may withdraw from Wimbledon because of tendinitis in his knees.",
                 "Rafael Nadal could pull out of Wimbledon because of tendinitis in his knees.",
                 "Rafael Nadal did not withdraw from Wimbledon on Friday despite tendinitis in his knees.",
                 "If the pain persists, Rafael Nadal will withdraw from Wimbledon."):
        assert _nadal(text).verdict != "likely-no", text


def test_another_player_withdrawn_is_not_the_partys():
    # must not fire: another entrant's withdrawal, told beside the market's party
    v = _nadal("Rafael Nadal said Roger Federer withdrew from Wimbledon on Friday because of a back injury.")
    assert not _fired(v, "ruled_out")


# b62-schumacher-races-valencia-2009-no
SCHU_Q = "Will Michael Schumacher start the 2009 European Grand Prix in Valencia?"
SCHU_C = ("This market will resolve to \"Yes\" if Michael Schumacher takes the start of the Formula One European Grand Prix "
          "in Valencia, scheduled for August 23, 2009, as a driver for Ferrari or any other team. Otherwise, \"No\".")


def _schu(title, text="Michael Schumacher"):
    m = market(SCHU_Q, "2009-08-23T23:59:59+02:00", SCHU_C)
    a = article("http://www.cnn.com/2009/SPORT/08/11/motorsport.schumacher.comeback.scrapped/index.html",
                "2009-08-11T00:00:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2009-08-12T12:00:00+00:00"))


def test_a_comeback_given_up_by_its_party_is_the_act_called_off():
    v = _schu("Schumacher scraps F1 comeback plans")
    assert v.verdict == "likely-no" and _fired(v, "ruled_out")


def test_a_comeback_revived_or_weighed_is_not_given_up():
    # must not fire: a plan revived, or one only considered
    assert not _fired(_schu("Schumacher revives F1 comeback plans after scrapping them"), "ruled_out")
    assert not _fired(_schu("Schumacher may scrap F1 comeback plans"), "ruled_out")


# b61-ec-approves-siemens-alstom-feb2019-no
EC_Q = "Will the European Commission approve the Siemens–Alstom rail merger by February 28, 2019?"
EC_C = ("This market will resolve to \"Yes\" if the European Commission clears (with or without remedies) the proposed "
        "merger of Siemens' mobility business and Alstom on or before February 28, 2019. A prohibition decision resolves "
        "\"No\". Otherwise, \"No\".")
EC = "The European Union blocked the rail deal between Alstom and Siemens on Wednesday, citing competition concerns."


def _ec(deadline="2019-02-28T23:59:59+01:00", q=EC_Q):
    m = market(q, deadline, EC_C)
    a = article("https://www.cnbc.com/2019/02/06/eu-blocks-plan-for-alstom-siemens-rail-merger.html",
                "2019-02-06T12:00:00-05:00", "Rail merger", EC)
    return evaluate_market(m, [a], ts("2019-02-07T00:00:00+00:00"))


def test_the_commissions_prohibition_near_the_deadline_settles_the_approval():
    assert _ec().verdict == "likely-no"


def test_a_prohibition_long_before_the_deadline_stays_a_setback():
    # must not decide: a new filing could still be decided before a deadline months away
    q = EC_Q.replace("February 28, 2019", "December 31, 2019")
    assert _ec("2019-12-31T23:59:59+01:00", q).verdict != "likely-no"


# b62-obama-375-electoral-votes-2008-no
EV_Q = "Will Barack Obama win 375 or more electoral votes in the 2008 U.S. presidential election?"
EV_C = ("This market will resolve to \"Yes\" if Barack Obama is credited with 375 or more electoral votes in the 2008 U.S. "
        "presidential election based on state results. Otherwise, \"No\".")
EV_FLOOR = ("Democrat Barack Obama on Tuesday won more than 270 electoral votes out of a possible 538 to defeat Republican "
            "John McCain in the 2008 US presidential election.")
EV_TEXT = ("With all jurisdictions reporting complete but unofficial results, McCain led Obama by 3,632 votes Wednesday out "
           "of more than 2.9 million cast -- a margin of 0.12 percentage points. Obama won 365 electoral votes.")


def _ev(text):
    m = market(EV_Q, "2008-12-15T23:59:59-05:00", EV_C)
    a = article("http://www.washingtonmonthly.com/archives/individual/2008_11/015732.php", "2008-11-19T12:00:00-05:00",
                "MCCAIN WINS MISSOURI", text)
    return evaluate_market(m, [a], ts("2008-11-20T12:00:00+00:00"))


def test_a_count_after_the_objects_modifier_is_the_count():
    v = _ev(EV_TEXT)
    assert v.verdict == "likely-no"
    assert any("365 electoral votes" in c.reason for c in _fired(v, "magnitude_short"))


def test_a_floor_under_the_bar_is_no_count():
    # must not fire: 'more than 270' says not where the count ends
    v = _ev(EV_FLOOR)
    assert not _fired(v, "magnitude_short")


def test_a_floor_over_the_bar_still_meets_it():
    v = _ev("Barack Obama won more than 380 electoral votes.")
    assert not _fired(v, "magnitude_short")


def test_every_unit_reporting_is_a_whole_count():
    done = partial_counts.completeness(["With all jurisdictions reporting complete but unofficial results, McCain led."])
    assert done.final
    # must not read: a share of units, or units with no word of counting
    assert not partial_counts.completeness(["With 90% of precincts reporting, unofficial results show him ahead."]).final
    assert not partial_counts.completeness(["With all states watching, unofficial results show him ahead."]).final


# b61-japan-gdp-q2-2015-2pct-no
JP_Q = "Will Japan's preliminary April–June 2015 GDP data show an annualised contraction of 2.0% or more?"
JP_C = ("This market will resolve to \"Yes\" if the Cabinet Office's preliminary estimate of Japan's real GDP for "
        "April–June 2015 shows an annualised contraction of 2.0% or larger. Otherwise, \"No\".")
JP = ("TOKYO, Aug 17 (Reuters) - Japan’s economy shrank at an annualised pace of 1.6 percent in the April-June period, "
      "contracting for the first time in three quarters on weak exports and consumer spending, government data showed "
      "on Monday.")


def test_a_quarter_told_by_its_months_is_the_statistics_period():
    assert indicators.statistic_period(JP_Q) == (2015, 4)
    assert indicators.statistic_period("Will Japan's Jan-Mar 2024 GDP shrink?") == (2024, 1)
    # must not read: months that are no quarter
    assert indicators.statistic_period("Will Japan's February–May 2015 exports rise?") != (2015, 2)
    m = market(JP_Q, "2015-08-17T23:59:59+09:00", JP_C)
    a = article("http://www.reuters.com/article/japan-economy-gdp-idUST9N0ZN02120150816", "2015-08-16T23:55:00+00:00",
                "RPT-Japan's Q2 GDP shrinks annualised 1.6 pct, first slump since recession in 2014", JP)
    v = evaluate_market(m, [a], ts("2015-08-17T06:00:00+00:00"))
    assert v.verdict == "likely-no" and _fired(v, "threshold_missed")
