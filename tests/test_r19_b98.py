"""Batch 98 misses (nineteenth round, r19-b98). Sentences verbatim from the development corpus; each
names its case; the must-not-fire sentences are real corpus sentences of the same surface shape or
close rewordings that mean something else.

- 'Consumer prices in Turkey rose by 25.24 percent': the noun 'prices' before 'in', not a figure priced
  in by traders (market_bets._BET);
- a dateline the sentence opens with ('SAN JOSE, Costa Rica (AP) —') is not the subject a reported
  clause's pronoun takes up (datelines.opening_end, rules/opposite_outcome._past_possessor);
- the demonym of the country the market names ('wins Portuguese presidential poll' for Portugal's
  election) names no other contest (market_places.own_word, contests.other_contest);
- a phrasal calling-off that is the market's own act ('call off their strike'): 'called off' is the
  act, not the act ruled out (asked_phrasals.asked, rules/ruled_out.py)."""

from resolver.engine import asked_phrasals, datelines, market_places
from resolver.engine.market_bets import bet_on
from tests.conftest import decided, fired, run_case

# b98-turkey-oct2018-inflation-25pct-or-higher-multi-yes
TR_Q = "Will TurkStat report Turkey's annual CPI inflation for October 2018 at 25% or above?"
TR_C = ("This market will resolve to \"Yes\" if the Turkish Statistical Institute reports annual consumer price "
        "inflation for October 2018 at 25.00% or higher. Otherwise, this market will resolve to \"No\".")
TR_TEXT = ("Consumer prices in Turkey rose by 25.24 percent year-on-year in October, the Turkish Statistical "
           "Institute (TurkStat) announced Monday.\n\nThe annual inflation increased by 0.72 percentage points from "
           "24.52 percent in September.")


def _turkey(text: str = TR_TEXT):
    return run_case(TR_Q, "2018-11-30T23:59:59+03:00", TR_C,
                    [("https://www.dailysabah.com/economy/2018/11/05/turkeys-annual-inflation-at-2524-percent-in-october",
                      "2018-11-05T00:00:00+03:00", "", text)], "2018-11-06T00:00:00+00:00")


def test_consumer_prices_in_a_country_is_a_reported_figure():
    v = _turkey()
    assert decided(v) == "likely-yes" and fired(v, "threshold_crossed")


def test_a_figure_short_of_the_bar_is_no_yes():
    v = _turkey(TR_TEXT.replace("25.24 percent", "24.96 percent"))
    assert decided(v) != "likely-yes"


def test_prices_in_the_noun_is_no_bet():
    for text in ("Consumer prices in Turkey rose by 25.24 percent", "US consumer prices in March up 2.4 percent",
                 "Consumer prices in the eurozone fell 0.2 percent", "The price in the first minutes was 4.5 percent"):
        assert bet_on(text, text.index(next(c for c in text if c.isdigit()))) is None, text


def test_priced_in_by_markets_is_still_a_bet():
    text = "Traders have priced in a rise to 4.5 per cent"
    assert bet_on(text, text.index("4.5")) == "priced in"
    text = "Markets are currently pricing in a 25-basis-point reduction"
    assert bet_on(text, text.index("25")) == "pricing in"
    text = "the market prices in a 4.5 per cent rate"
    assert bet_on(text, text.index("4.5")) == "market prices in"
    text = "investors began to price in a 2.5 percent rise"
    assert bet_on(text, text.index("2.5")) == "to price in"


# b98-araya-wins-costa-rica-2014-runoff-multi-no
AR_Q = "Will Johnny Araya win Costa Rica's April 6, 2014 presidential runoff?"
AR_C = ("This market will resolve to \"Yes\" if Johnny Araya of the National Liberation Party is declared the winner of "
        "Costa Rica's presidential runoff held on April 6, 2014. If any other candidate is declared the winner, this "
        "market will resolve to \"No\".")
AR_SENT = ("SAN JOSE, Costa Rica (AP) — Costa Rica’s governing party candidate Johnny Araya said Wednesday that he is "
           "dropping out of a presidential runoff election and will stop campaigning because polls show his rival with "
           "an overwhelming lead.")


def _araya(text: str = AR_SENT):
    return run_case(AR_Q, "2014-04-30T23:59:59-06:00", AR_C,
                    [("https://www.apnews.com/b74a671862a249e0afe13ab62ecb3fc1", "2014-03-06T00:00:00-06:00", "", text)],
                    "2014-03-07T00:00:00+00:00")


def test_datelined_withdrawal_of_the_candidate_is_a_no():
    v = _araya()
    assert decided(v) == "likely-no" and fired(v, "opposite_outcome")


def test_datelined_withdrawal_of_the_rival_is_no_no():
    v = _araya(AR_SENT.replace("governing party candidate Johnny Araya", "opposition candidate Luis Solis"))
    assert not fired(v, "opposite_outcome")


def test_dateline_opening():
    assert AR_SENT[datelines.opening_end(AR_SENT):].startswith("Costa Rica’s governing")
    text = "SYDNEY: Australian Prime Minister Scott Morrison said he had conceded defeat"
    assert text[datelines.opening_end(text):].startswith("Australian")
    text = "ANKARA, Oct. 3 (Xinhua) -- Turkey's annual inflation rate soared"
    assert text[datelines.opening_end(text):].startswith("Turkey's")
    # no dateline: a name, or a capitalised aside closed by a dash
    assert datelines.opening_end("Costa Rica’s governing party candidate Johnny Araya said Wednesday") == 0
    assert datelines.opening_end("Joey Chestnut — arguably the most dominant competitive eater — has been banned") == 0


# b98-rebelo-de-sousa-wins-portugal-2016-presidency-yes
PT_Q = "Will Marcelo Rebelo de Sousa win Portugal's 2016 presidential election?"
PT_C = ("This market will resolve to \"Yes\" if Marcelo Rebelo de Sousa wins Portugal's 2016 presidential election, "
        "either outright in the January 24, 2016 first round or in any runoff. Otherwise, this market will resolve to \"No\".")
PT_TITLE = "TV pundit Rebelo de Sousa wins Portuguese presidential poll"


def _portugal(title: str = PT_TITLE, question: str = PT_Q):
    return run_case(question, "2016-02-29T23:59:59+00:00", PT_C,
                    [("http://www.politicit.com/tv-pundit-rebelo-de-sousa-wins-portuguese-presidential-poll/",
                      "2016-01-24T00:00:00+00:00", title, "The count went on into the night.")],
                    "2016-01-26T00:00:00+00:00")


def test_demonym_of_the_markets_country_names_its_contest():
    v = _portugal()
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_another_countrys_demonym_is_another_contest():
    v = _portugal(PT_TITLE.replace("Portuguese", "Brazilian"))
    assert decided(v) != "likely-yes"


def test_own_word():
    assert market_places.own_word("Portuguese", {"portugal", "marcelo"})
    assert not market_places.own_word("Spanish", {"portugal"})
    # a city the market names is not its country ('Paris Saint-Germain', 'a French league and cup double')
    assert not market_places.own_word("French", {"paris", "saint-germain"})
    # a capital in the report is another contest ('Lisbon's mayoral election')
    assert not market_places.own_word("Lisbon", {"portugal"})


# b98-air-france-pilots-end-transavia-strike-by-sep30-2014-yes
AF_Q = "Will Air France pilots call off their strike over the Transavia expansion by September 30, 2014?"
AF_C = ("This market will resolve to \"Yes\" if Air France's main pilots' union SNPL officially calls off or ends the "
        "pilots' strike that began on September 15, 2014, on or before September 30, 2014 (Paris time), whether or not "
        "an agreement with management is reached. Otherwise, this market will resolve to \"No\".")
AF_TEXT = ("PARIS, Sept 28 Air France pilots called off on\nSunday a two-week strike that had cost the airline more than "
           "280\nmillion euros ($355 million), despite continued deadlock with\nmanagers over the development of the "
           "firm's low-cost operations.")


def _air_france(question: str = AF_Q):
    return run_case(question, "2014-09-30T23:59:59+02:00", AF_C,
                    [("http://in.reuters.com/article/aifrance-strike-idINL6N0RT0GW20140928", "2014-09-28T00:00:00+02:00",
                      "", AF_TEXT)], "2014-09-29T00:00:00+00:00")


def test_called_off_is_the_asked_calling_off():
    v = _air_france()
    assert decided(v) == "likely-yes" and not fired(v, "ruled_out")


def test_called_off_still_rules_out_another_act():
    v = _air_france("Will Air France pilots stage a strike over the Transavia expansion by September 30, 2014?")
    assert decided(v) != "likely-yes"


def test_asked_phrasal():
    assert asked_phrasals.asked(AF_Q, "called off", ("call",))
    assert asked_phrasals.asked("Will the union call its strike off by May 1?", "called off", ("call",)) is False
    assert not asked_phrasals.asked("Will the union call a strike by May 1?", "called off", ("call",))
    assert not asked_phrasals.asked("Will the union begin its strike by May 1?", "called off", ("begin",))
    assert not asked_phrasals.asked(AF_Q, "postponed", ("call",))
