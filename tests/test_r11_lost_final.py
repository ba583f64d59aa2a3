"""The other finalist told losing the market's final to the candidate (eleventh round, r11-wins3):
'Spain Lose Euro 2025 Final England' (a headline that drops its 'to'), 'Spain lost the Euro 2025 final
to England' — the candidate won the final. Guards: another contest's final ('the World Cup final'),
another winner named, a loss still to come, a group-stage loss."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b18-england-wins-womens-euro-2025-yes
Q = "Will England win UEFA Women's Euro 2025?"
C = ("This market will resolve to \"Yes\" if England wins the final of UEFA Women's Euro 2025 in Basel on July 27, 2025, "
     "including by penalty shootout. Otherwise, this market will resolve to \"No\".")
TITLE = "Penalty Heartbreak Spain Lose Euro 2025 Final England"
TEXT = ("Spain’s push for a first-ever UEFA Women’s European Championship title has ended in penalty shootout heartbreak "
        "in Basel.")


def _v(title, text=TEXT):
    m = market(Q, "2025-07-27T23:59:59+02:00", C)
    a = article("https://www.football-espana.net/2025/07/27/penalty-heartbreak-spain-lose-euro-2025-final-england",
                "2025-07-27T00:00:00+02:00", title, text)
    return evaluate_market(m, [a], ts("2025-07-28T12:00:00+00:00"))


def test_the_other_finalist_losing_the_final_to_the_candidate():
    for title in (TITLE, "Spain lost the Euro 2025 final to England on Sunday"):
        v = _v(title)
        assert v.verdict == "likely-yes", title
        assert any(c.rule == "confirmation" and "lost the market's final" in c.reason for c in v.contributions)


def test_must_not_fire_on_another_final_another_winner_or_a_loss_to_come():
    for title in ("Spain lost the World Cup final to England", "Spain lost the Euro 2025 final to Germany",
                  "Spain could lose the Euro 2025 final to England", "Spain lost to England in the Euro 2025 group stage",
                  "England lost the Euro 2025 final to Spain"):
        v = _v(title, "The match was played in Basel.")
        assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions), title
