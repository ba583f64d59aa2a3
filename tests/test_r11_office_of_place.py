"""The office an election fills, of the place the market names, names the election (eleventh
round, r11-wins3): for 'Will Eduardo Frei win Chile's January 17, 2010 presidential runoff?', 'won
the presidency of Chile' and 'is elected president of Chile' report the runoff's result (a runoff is
an election object: contests.json elected_to_win). Guards: a win still to come, another office of
the place ("president of the Senate of Chile"), another country's presidency."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b54-frei-wins-chile-runoff-2010-other-winner-no
Q = "Will Eduardo Frei win Chile's January 17, 2010 presidential runoff?"
C = ("This market will resolve to \"Yes\" if Eduardo Frei Ruiz-Tagle is declared the winner of the January 17, 2010 "
     "Chilean presidential runoff election against Sebastián Piñera. Otherwise, this market will resolve to \"No\".")
TEXT = ("Sebastian Piñera, a conservative billionaire businessman, won the presidency of Chile on Sunday, ending a "
        "generation of rule by a center-left coalition that had overseen the transformation of the country of 17 million "
        "into Latin America's most politically stable and economically dynamic.")


def _v(title, text):
    m = market(Q, "2010-01-31T23:59:59-03:00", C)
    a = article("http://www.washingtonpost.com/wp-dyn/content/article/2010/01/17/AR2010011703345.html",
                "2010-01-18T00:00:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2010-01-19T00:00:00+00:00"))


def test_another_won_the_presidency_of_the_markets_country():
    v = _v("Report", TEXT)
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions)
    v = _v("Conservative billionaire businessman Piñera is elected president of Chile", "The vote was held.")
    assert v.verdict == "likely-no"


def test_must_not_fire_on_a_win_to_come_another_office_or_an_earlier_edition():
    for text in ("Sebastian Piñera could win the presidency of Chile on Sunday.",
                 "Sebastian Piñera was elected president of the Senate of Chile.",
                 "Ollanta Humala won the presidency of Peru on Sunday."):
        v = _v("Report", text)
        assert not any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions), text
