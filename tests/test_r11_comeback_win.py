"""A comeback told done, then 'to win' the market's contest (eleventh round, r11-wins3): 'Oracle Team
USA finishes historic comeback to win America's Cup' names Oracle the winner — settles a market on the
rival no (rival_outcome, as 'beat X to win') and one on Oracle yes (candidate_wins). Guards: a comeback
still to come ('could complete a comeback to win'), a comeback that wins one race ('to win race 12')."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b49-etnz-wins-americas-cup-2013-multi-no
TITLE = "Oracle Team USA finishes historic comeback to win America’s Cup"
TEXT = ("Oracle’s win in a do-or-die finale on San Francisco Bay made the final score 9-8 in the longest and arguably "
        "most exciting series in America’s Cup history.")


def _v(side, other, title, text=TEXT):
    m = market(f"Will {side} win the 34th America's Cup?", "2013-09-30T23:59:59-07:00",
               f"This market will resolve to \"Yes\" if {side} wins the 34th America's Cup match against {other}, with "
               "the result decided by September 30, 2013. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.latimes.com/sports/la-xpm-2013-sep-25-la-sp-sn-americas-cup-final-20130925-story.html",
                "2013-09-25T00:00:00-07:00", title, text)
    return evaluate_market(m, [a], ts("2013-09-26T12:00:00+00:00"))


def test_a_comeback_finished_to_win_the_cup_names_the_winner():
    v = _v("Emirates Team New Zealand", "Oracle Team USA", TITLE)
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and "finishes … to win" in c.reason for c in v.contributions)
    v = _v("Oracle Team USA", "Emirates Team New Zealand", TITLE)
    assert v.verdict == "likely-yes"
    assert any(c.rule == "confirmation" and "comeback" in c.reason for c in v.contributions)


def test_must_not_fire_on_a_comeback_to_come_or_one_race_won():
    for title in ("Oracle Team USA could complete historic comeback to win America's Cup",
                  "Oracle Team USA completed a comeback to win race 12"):
        for side, other in (("Emirates Team New Zealand", "Oracle Team USA"), ("Oracle Team USA", "Emirates Team New Zealand")):
            v = _v(side, other, title, "The series went on.")
            assert not any(c.rule in ("rival_outcome", "confirmation") and c.weight != 0 for c in v.contributions), title
