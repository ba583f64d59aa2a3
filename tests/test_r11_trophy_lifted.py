"""The candidate, or its captain named after it, lifting the trophy of the market's contest
(eleventh round, r11-wins3): 'South Africa skipper Siya Kolisi lifted the Webb Ellis trophy after a
pulsating final' — the trophy's own name ties to the market's contest because the article names the
2023 Rugby World Cup; 'lifted the Rugby World Cup trophy' names it itself. Guards: a lift still to come,
'lifted the lid on …', a trophy in an article that never names the market's contest, another side's
player lifting it."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b20-south-africa-win-rugby-world-cup-2023-yes
Q = "Will South Africa win the 2023 Rugby World Cup?"
C = ("This market will resolve to \"Yes\" if South Africa wins the final of the 2023 Rugby World Cup, played on October 28, "
     "2023 at the Stade de France. If another team wins, this market will resolve to \"No\".")
LEAD = ("For the third game in a row South Africa claimed a rugby match by a single point. After the 29-28 win over France "
        "in the quarter-finals and the 16-15 success against England in the semis, Saturday night's 12-11 nail-biter "
        "against New Zealand brought them the 2023 World Cup.\n\n")
LIFT = ("South Africa skipper Siya Kolisi lifted the Webb Ellis trophy after a pulsating final at the Stade de France in "
        "which his New Zealand counterpart Same Cane was sent off in the first-half and he was sent to the sin bin for 10 "
        "minutes at the start of the second period.")


def _v(text, title="South Africa Beat Zealand Retain"):
    m = market(Q, "2023-10-28T23:59:59+02:00", C)
    a = article("https://sports.yahoo.com/south-africa-beat-zealand-retain-233341867.html", "2023-10-28T00:00:00+02:00",
                title, text)
    return evaluate_market(m, [a], ts("2023-10-29T12:00:00+00:00"))


def test_the_candidates_captain_lifted_the_trophy_the_article_ties_to_the_contest():
    for text in (LEAD + LIFT, "South Africa lifted the Rugby World Cup trophy after a pulsating final at the Stade de France."):
        v = _v(text)
        assert v.verdict == "likely-yes", text
        assert any(c.rule == "confirmation" and "lifted the trophy" in c.reason for c in v.contributions)


def test_must_not_fire_on_a_lift_to_come_a_lid_an_unnamed_contest_or_another_sides_player():
    for text in ("South Africa could lift the Rugby World Cup trophy on Saturday.",
                 "South Africa lifted the lid on their Rugby World Cup preparations.",
                 LIFT,  # the article never names the Rugby World Cup
                 LEAD + "New Zealand skipper Sam Cane lifted the Webb Ellis trophy after a pulsating final."):
        v = _v(text)
        assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions), text
