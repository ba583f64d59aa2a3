"""Box-office readings of the development batches, on the sentences verbatim (each test names its
corpus case): a release's opening gross short of the market's bar ('propelled it to a $55.6 million
domestic debut') says the bar was missed, the opening being one period reported once
(rules/opening_grosses.py); a question on beating another's stated sum ('beat Avengers: Endgame's
$330.5 million') sets that sum as a strict bar, like 'surpass'. Must-not-fire: a forecast gross,
another title's gross, another period's (a three-day weekend for a five-day opening, opening day),
another territory's (the domestic figure for a worldwide market)."""

from resolver.engine import evaluate_market
from resolver.engine import quantities
from resolver.engine.thresholds import _threshold
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


def _missed(v):
    return [c for c in _fired(v, "threshold_missed") if "opening's gross" in c.reason]


# b18-f1-movie-domestic-opening-60m-no
F1_Q = 'Will "F1" gross more than $60 million at the domestic box office in its opening weekend?'
F1_C = ("This market will resolve to \"Yes\" if the Apple Original Films movie \"F1\" (2025) grosses more than $60 million at "
        "the domestic (U.S. and Canada) box office over its opening weekend of June 27-29, 2025, according to Comscore or "
        "Box Office Mojo. International grosses do not count. Otherwise, this market will resolve to \"No\".")
F1_1 = ("Yet, the movie’s quality and star power, boosted by excellent word-of-mouth (it earned a terrific A CinemaScore), "
        "propelled it to a $55.6 million domestic debut (according to Comscore), making it the second-biggest opening of "
        "Brad Pitt’s career after World War Z. That’s about $5 million more than we predicted earlier this week.")
F1_2 = ("While that’s a very respectable number, F1 was an even bigger hit overseas, grossing another $88.4 million and "
        "bringing its international opening to over $144 million.")


def _f1(body, question=F1_Q, criteria=F1_C):
    m = market(question, "2025-06-30T23:59:59-04:00", criteria)
    a = article("https://www.joblo.com/weekend-box-office-report-f1-break-through-m3gan-2-0-tanks/", "2025-06-29T00:00:00-04:00",
                "Weekend Box Office Report F1 Break Through M3GAN 2 0 Tanks", body)
    return evaluate_market(m, [a], ts("2025-06-30T12:00:00+00:00"))


def test_an_opening_gross_short_of_the_bar_misses_it():
    v = _f1(F1_1 + "\n\n" + F1_2)
    assert v.verdict == "likely-no"
    assert any("$55.6 million" in c.reason for c in _missed(v))


def test_a_forecast_opening_is_no_gross():
    # must not fire: a debut the film is on track for is not reported
    assert not _missed(_f1("F1 is on track for a $55.6 million domestic debut, according to early estimates."))
    assert not _missed(_f1("Analysts expect F1 to open with $55.6 million domestically."))


def test_another_films_opening_is_not_the_markets():
    # must not fire: World War Z's debut is another title's gross
    assert not _missed(_f1("F1 looks set to trail World War Z's $54 million domestic debut."))
    assert not _missed(_f1("M3GAN 2.0 opened with $10.2 million, well below expectations."))


def test_opening_day_is_not_the_opening_weekend():
    # must not fire: a day's gross is not the weekend's
    assert not _missed(_f1("F1 earned $25.2 million on opening day Friday, including previews."))


def test_an_overseas_opening_is_not_the_domestic_one():
    # must not fire: the market reads the domestic gross only
    assert not _missed(_f1("F1 opened with $40 million overseas this weekend."))


# b22-eras-tour-film-100m-domestic-opening-no
ERAS_Q = 'Will "Taylor Swift: The Eras Tour" gross at least $100 million in North America in its opening weekend?'
ERAS_C = ("This market will resolve to \"Yes\" if the concert film \"Taylor Swift: The Eras Tour\" grosses at least $100 million "
          "at the domestic (U.S. and Canada) box office over its opening Friday-to-Sunday weekend of October 13–15, 2023, per "
          "reported estimates or actuals. Otherwise, this market will resolve to \"No\".")
ERAS_H = "Taylor Swift's Eras Tour Concert Film Opens Around $97 Million"
ERAS_1 = ("Taylor Swift's Eras Tour concert film debuted this weekend with an estimated $95 to $97 million in North America "
          "and $126 million globally. It's already the biggest concert film of all time, domestically, beating Justin "
          "Bieber’s Never Say Never ($73 million) and Michael Jackson's This Is It ($72 million).")


def _eras(title, body, question=ERAS_Q, criteria=ERAS_C):
    m = market(question, "2023-10-15T23:59:59-04:00", criteria)
    a = article("https://mix106wnno.com/2023/10/15/taylor-swifts-eras-tour-concert-film-opens-around-97-million",
                "2023-10-15T00:00:00-05:00", title, body)
    return evaluate_market(m, [a], ts("2023-10-16T12:00:00+00:00"))


def test_an_estimated_opening_range_short_of_the_bar_misses_it():
    v = _eras(ERAS_H, ERAS_1)
    assert v.verdict == "likely-no"
    assert any("$95 to $97 million" in c.reason for c in _missed(v))


def test_the_domestic_opening_is_not_the_worldwide_one():
    # must not fire: for a market on the worldwide gross, the North American figure is another territory's
    q = 'Will "Taylor Swift: The Eras Tour" gross at least $150 million worldwide in its opening weekend?'
    v = _eras("Eras Tour concert film box office", ERAS_1, q, "")
    assert not _missed(v)


def test_the_cited_films_grosses_are_not_the_markets():
    # must not fire: figures in parentheses beside other titles
    v = _eras("Concert films", "It's already the biggest concert film of all time, domestically, beating Justin Bieber’s "
              "Never Say Never ($73 million) and Michael Jackson's This Is It ($72 million).")
    assert not _missed(v)


# b34-zootopia-2-china-5day-beat-endgame-no
ZOO_Q = "Will Zootopia 2's five-day opening in China beat Avengers: Endgame's $330.5 million?"
ZOO_C = ("This market will resolve to \"Yes\" if Zootopia 2's box office gross over its five-day opening period in China "
         "(November 26-30, 2025) exceeds $330.5 million, the five-day opening of Avengers: Endgame in China, per industry "
         "trackers. Otherwise, this market will resolve to \"No\".")
ZOO_1 = ("According to Luiz Fernando’s report, Zootopia 2 collected a magnificent $217.6 million on its three-day opening "
         "weekend and $271.8 million over 5-day debut at the Chinese box office.")
ZOO_5 = ("2. 2nd biggest 5-day opening weekend ever for a Hollywood film in China as it failed to beat Avengers: Endgame’s "
         "$330.5 million.")


def _zoo(body):
    m = market(ZOO_Q, "2025-12-01T23:59:59+08:00", ZOO_C)
    a = article("https://www.koimoi.com/box-office/zootopia-2-china-box-office-day-5-emerges-as-highest-post-covid-grosser-"
                "registers-7-big-records-for-hollywood/", "2025-12-01T00:00:00+05:30",
                "Zootopia 2 China box office day 5 emerges as highest post Covid grosser registers 7 big records for Hollywood",
                body)
    return evaluate_market(m, [a], ts("2025-12-01T12:00:00+00:00"))


def test_beating_anothers_sum_is_a_strict_bar():
    assert _threshold(ZOO_Q) == (330.5e6, "above", "usd")
    bar = quantities.required(ZOO_Q, ZOO_C)
    assert (bar.value, bar.direction, bar.inclusive) == (330.5e6, "above", False)
    assert quantities.required("Will Barbie pass $1 billion worldwide by August 6?").value == 1e9
    # must not fire: beating a team, or passing a bill, sets no bar on a sum
    assert _threshold("Will the Chiefs beat the 49ers by 3 points?") is None
    assert quantities.required("Will the Chiefs beat the 49ers by 3 points?") is None
    assert _threshold("Will the Senate pass the 2025 budget by March 14?") is None


def test_the_five_day_opening_short_of_the_bar_misses_it():
    v = _zoo(ZOO_1 + "\n\n" + ZOO_5)
    assert v.verdict == "likely-no"
    assert any("$271.8 million" in c.reason for c in _missed(v))


def test_a_three_day_weekend_is_not_the_five_day_opening():
    # must not fire: another period's gross
    assert not _missed(_zoo("Zootopia 2 collected a magnificent $217.6 million on its three-day opening weekend."))


def test_the_record_to_beat_is_not_the_films_own_gross():
    # must not fire: Endgame's $330.5 million is the bar, another title's sum
    assert not _missed(_zoo(ZOO_5))


# b53-tesla-2020-deliveries-500k-no (the question's parse)
def _act(q, criteria=""):
    from resolver.engine.derive import derive_target
    return derive_target(market(q, "2021-01-05T23:59:59-05:00", criteria)).act


def test_a_noun_closing_the_question_is_not_its_act():
    # 'release' heads 'in its Q4 2020 production and deliveries release': where the count is told, not the act
    assert _act("Will Tesla report at least 500,000 vehicle deliveries for 2020 in its Q4 2020 production and deliveries "
                "release?") == "report"
    assert _act("Will Novo Nordisk's CagriSema show average weight loss of at least 25% in the REDEFINE 1 Phase 3 "
                "trial?") == "show"


def test_an_act_closing_the_question_is_still_the_act():
    # must not fire: a verb at the end with no preposition opening a noun phrase before it stays the act
    assert _act("Will Apple release the iPhone 17 by September 30?") == "release"
    assert _act("Will the Federal Reserve cut interest rates at its July 29-30, 2025 FOMC meeting?") == "cut"
    assert _act("Will GTA 6 release?") == "release"
