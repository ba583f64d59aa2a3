"""Policy rates read against a market's bar (twelfth round, rates): a move whose size is written in
words ('by a quarter-point to 6.50 percent') reaches the level named after it; a year after 'since'
('the first time since 2011 that …') is the past a level is compared with, not the level's
occasion. Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


# b61-banxico-650-mar2017-yes
MX_Q = "Will the Bank of Mexico raise its benchmark interest rate to 6.50% or higher by March 31, 2017?"
MX_C = ("This market will resolve to \"Yes\" if the Bank of Mexico (Banxico) announces a target for its overnight "
        "interbank interest rate of 6.50% or higher on or before March 31, 2017. Otherwise, \"No\".")
MX = ("The Central Bank of Mexico (Banxico) says it has raised its benchmark interest rate by a quarter-point to 6.50 "
      "percent, in a bid to contain rising inflation.")


def _mx(body):
    a = article("https://example.com/news/story", "2017-03-31T00:00:00-06:00", "Mexico raises benchmark interest rate",
                body)
    return evaluate_market(market(MX_Q, "2017-03-31T23:59:59-06:00", MX_C), [a], ts("2017-03-31T18:00:00+00:00"))


def test_a_move_sized_in_words_reaches_the_level_after_it():
    v = _mx(MX)
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")
    for size in ("by half a percentage point", "by three quarters of a percentage point", "by a quarter point"):
        v = _mx(f"The Bank of Mexico raised its benchmark interest rate {size} to 6.50 percent on Thursday.")
        assert _fired(v, "threshold_crossed"), size


def test_a_move_sized_in_words_short_of_the_bar_or_not_a_move_does_not_cross():
    # must not fire: the level reached is below the bar; a fall to it; no move at all
    assert not _fired(_mx("The Bank of Mexico raised its benchmark interest rate by a quarter-point to 6.25 percent "
                          "on Thursday."), "threshold_crossed")
    assert not _fired(_mx("The Bank of Mexico cut its benchmark interest rate by a quarter-point to 6.50 percent "
                          "on Thursday."), "threshold_crossed")
    assert not _fired(_mx("Analysts said a quarter-point would be enough and that 6.50 percent is too high for the "
                          "Bank of Mexico's benchmark interest rate."), "threshold_crossed")


# b61-ecb-deposit-above-zero-jul2022-no
ECB_Q = "Will the ECB raise its deposit facility rate above 0% at its July 21, 2022 meeting?"
ECB_C = ("This market will resolve to \"Yes\" if the European Central Bank's Governing Council, at its July 21, 2022 "
         "monetary policy meeting, sets the deposit facility rate strictly above 0.00%. A rate of exactly 0.00% "
         "resolves \"No\". Otherwise, \"No\".")
ECB = ("That marks the first time since 2011 that the ECB has raised rates, and takes Europe's main rate back to "
       "zero.")


def _ecb(body):
    a = article("https://example.com/news/story", "2022-07-21T00:00:00-04:00",
                "The European Central Bank raises rates for the first time in 11 years", body)
    return evaluate_market(market(ECB_Q, "2022-07-21T23:59:59+02:00", ECB_C), [a], ts("2022-07-22T00:00:00+00:00"))


def test_a_year_after_since_is_not_the_figures_occasion():
    v = _ecb(ECB)
    assert v.verdict == "likely-no" and _fired(v, "threshold_missed")


def test_a_year_named_as_the_figures_own_occasion_still_holds_it_back():
    # must not fire: a level told for another year ('In 2011 …') is another occasion's
    v = _ecb("In 2011 the ECB raised its deposit rate to 0.25%.")
    assert not _fired(v, "threshold_crossed", "threshold_missed")
    v = _ecb("In 2011, for the first time since 2008, the ECB raised its deposit rate to 0.25%.")
    assert not _fired(v, "threshold_crossed", "threshold_missed")
