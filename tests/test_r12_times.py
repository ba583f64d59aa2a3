"""Race times and golf scores as a market's bar (twelfth round, times): a record the race's best
mark sets ('broke his own World record in the 800m clocking 1:40.91', 'a stunning World women's
marathon best of 2:15:25', 'at 16-under 268, shattering a U.S. Open scoring record') is the
winner's mark, read against the bar of a market on the race's winner; a golf total against par
('to close the four days … at 16-under 268') is read against a bar in strokes under par (lower is
better), a round's score ('shot 2-under 69') is not. Sentences verbatim from the development
corpus; each names its case."""

from resolver.engine import evaluate_market, par_scores
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(q, deadline, as_of, title, body, published, criteria=""):
    m = market(q, deadline, criteria)
    a = article("https://example.org/news/story", published, title, body)
    return evaluate_market(m, [a], ts(as_of))


# b62-london-marathon-2003-women-under-2-15-no
LON_Q = "Will the women's winner of the 2003 London Marathon run faster than 2 hours 15 minutes?"
LON_T = "Radcliffe runs 2:15:25 in London!"
LON_B = ("Paula Radcliffe ran a stunning World women’s marathon best of 2:15:25 in London today, while World and Olympic "
         "men’s champion Gezahegne Abera once again triumphed after five athletes entered The Mall together to begin the "
         "final sprint to the finish.\n\nRadcliffe led every step of the way and was almost a mile clear of former world "
         "record-holder Catherine Ndereba of Kenya by the finish, as Deena Drossin broke the 18-year-old US record of "
         "Joan Benoit.")


def _london(q=LON_Q, title=LON_T, body=LON_B):
    return _run(q, "2003-04-13T23:59:59+01:00", "2003-04-14T12:00:00+00:00", title, body, "2003-04-13T00:00:00+01:00")


def test_a_world_best_in_the_race_is_the_winners_time_and_misses_the_bar():
    v = _london()
    assert v.verdict == "likely-no"
    assert _fired(v, "magnitude_short")


def test_a_womens_best_is_no_mens_winning_time():
    v = _london(q="Will the men's winner of the 2003 London Marathon run faster than 2 hours 10 minutes?")
    assert not _fired(v, "magnitude_short", "confirmation")


def test_a_national_record_is_not_the_winners_time():
    body = "Deena Drossin ran a US women’s marathon record of 2:21:16 in London today."
    v = _london(title="Drossin sets US record in London", body=body)
    assert not _fired(v, "magnitude_short", "confirmation")


# b62-olympic-800m-2012-under-1-41-yes
OLY_Q = "Will the men's 800m final at the London 2012 Olympics be won in a time under 1:41.00?"
OLY_B = ("In what may go down in history as the finest performance ever at an Olympic Games, David Rudisha broke his own "
         "World record in the 800m clocking 1:40.91* tonight before another capacity crowd at the Olympic Stadium.\n\n"
         "Running at the head of the field virtually from the outset, the 23-year-old broke his own 1:41.01 record set "
         "in Rieti, Italy, on 21 August, 2010 to become the first man to break the event's 1:41 barrier.")


def _olympic(title="Rudisha runs 1:40.91 world 800m record in London", body=OLY_B):
    return _run(OLY_Q, "2012-08-09T23:59:59+01:00", "2012-08-10T12:00:00+00:00", title, body,
                "2012-08-09T00:00:00+01:00")


def test_a_world_record_in_the_event_is_the_winning_time():
    v = _olympic()
    assert v.verdict == "likely-yes"
    assert any("1:40.91" in c.reason for c in _fired(v, "confirmation"))


def test_a_world_record_in_a_semi_final_is_not_the_finals_winning_time():
    body = "David Rudisha broke the World record in the 800m semi-final clocking 1:40.95 tonight."
    v = _olympic(title="Rudisha fastest into the final", body=body)
    assert not _fired(v, "confirmation")


# b62-us-open-golf-2011-winner-14-under-yes
GOLF_Q = "Will the winner of the 2011 U.S. Open golf championship finish at 14 under par or better?"
GOLF_S = ("McIlroy shot 2-under 69 Sunday to close the four days at Congressional at 16-under 268, shattering a U.S. "
          "Open scoring record held by four players, including Jack Nicklaus and Tiger Woods.")
GOLF_DAY = "Jason Day finished at 8 under, good for second place in his second straight major."


def _golf(body, title="Rory McIlroy wins U.S. Open with record-low score"):
    return _run(GOLF_Q, "2011-06-19T23:59:59-04:00", "2011-06-20T12:00:00+00:00", title, body,
                "2011-06-19T00:00:00-04:00")


def test_a_record_72_hole_total_meets_a_bar_under_par():
    v = _golf(GOLF_S)
    assert v.verdict == "likely-yes"
    assert any("16-under 268" in c.reason for c in _fired(v, "confirmation"))


def test_a_runner_up_total_is_not_the_winners():
    v = _golf(GOLF_DAY)
    assert not _fired(v, "confirmation", "magnitude_short")


def test_par_bars_and_totals():
    assert par_scores.bar(GOLF_Q).strokes == -14 and par_scores.bar(GOLF_Q).inclusive
    b = par_scores.bar("Will the winning score at the 2024 Masters Tournament be 12 under par or better?")
    assert b.strokes == -12 and b.met_by(-12) and not b.met_by(-11)
    assert [s.strokes for s in par_scores.totals(GOLF_S)] == [-16]  # '2-under 69' is a round, not the total
    assert [s.strokes for s in par_scores.totals(GOLF_DAY)] == [-8]
    assert par_scores.totals("Max Homa, Collin Morikawa and Tommy Fleetwood tied for third at 4 under.") == []
    assert par_scores.totals("He shot a 5-under 67 in the third round.") == []
    assert par_scores.bar("Will Scheffler finish under par at the 2024 Masters?") is None
