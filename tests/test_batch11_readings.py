"""General readings from batch-11's per-case output (issue 10): a close reported with its day
between the verb and the level, a participle 'coming' that is no future, a month used as an
event's attributive date ('a November auction'), a negated qualifier in the question that is no
act form ('not suspended'), and a possessive modifier that does not make a party the loser.
Sentences are quoted verbatim from batch-11 pages named above each article."""

from resolver.engine import evaluate_market
from resolver.engine.analysis import tense_of
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from resolver.engine.timex import find_time_expressions
from tests.conftest import news_article as article, news_market as market, ts


def _dir(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.counted and c.direction != "none"]


# batch-11: https://tradeinnews.com/2025/06/08/the-sp-500-closes-at-6000-as-bulls-aim-for-return-to-record-territory
SPX = market("Will the S&P 500 close above 6,000 on any trading day from June 2 to June 6, 2025?",
             "2025-06-06T16:00:00-04:00",
             "This market will resolve to \"Yes\" if the S&P 500 index's official closing value on any trading day "
             "from June 2, 2025 through June 6, 2025 is above 6,000.00. Intraday levels do not count. Otherwise, "
             "this market will resolve to \"No\".")
SPX_CLOSE = "The S&P 500 SPX ended Friday at 6,000.36, after a gain of 1%."
SPX_SESSION = ("That bounce has seen stocks take back all of their tariff-induced April losses and then some, with the "
               "S&P 500 coming within a whisker of 6,000 and hitting an intraday high of 5,999.70 in Thursday's "
               "session before turning back.")


def _spx(text):
    return evaluate_market(SPX, [article("https://tradeinnews.com/2025/06/08/x", "2025-06-08T00:00:00-04:00", "", text)],
                           ts("2025-06-08T12:00:00+00:00"))


def test_a_close_with_its_day_before_the_level_is_a_close():
    v = _spx(SPX_CLOSE)
    assert v.verdict == "likely-yes" and _dir(v, "threshold_crossed")


def test_coming_within_a_whisker_is_not_a_future_and_thursdays_session_is_past():
    sent = article_sentences("", SPX_SESSION)[-1]
    assert tense_of(sent) == "past"
    v = _spx(SPX_SESSION)
    assert not _dir(v, "scheduled_after_deadline")
    assert tense_of(article_sentences("", "Talks resume in the coming days.")[-1]) == "future"


# batch-11: https://www.aljazeera.com/news/2024/12/11/us-judge-rejects-the-onions-purchase-of-alex-joness-infowars
ONION = market("Will The Onion be named the winning bidder in the November 2024 Infowars bankruptcy auction?",
               "2024-11-30T23:59:59-06:00",
               "This market will resolve to \"Yes\" if The Onion (Global Tetrahedron) is named the winning bidder for "
               "Infowars in the bankruptcy auction held in November 2024, regardless of any later court approval. "
               "Otherwise, this market will resolve to \"No\".")


def test_a_month_as_an_events_attribute_dates_it():
    text = "The Onion was named the winning bidder for Infowars in a November auction."
    spans = find_time_expressions(text, ts("2024-12-11T00:00:00-06:00"), "past")
    assert spans and spans[0].start.month == 11 and spans[0].start.year == 2024
    assert not find_time_expressions("Protesters joined a march on the capital.", ts("2024-12-11T00:00:00-06:00"), "past")
    v = evaluate_market(ONION, [article("https://www.aljazeera.com/news/2024/12/11/x", "2024-12-11T00:00:00-06:00",
                                        "US judge rejects The Onion’s purchase of Alex Jones’s Infowars", text)],
                        ts("2024-12-12T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and _dir(v, "confirmation")


# batch-11: hindustantimes.com, Depardieu verdict (2025-05-15)
DEPARDIEU = market("Will Gérard Depardieu receive a prison sentence that is not suspended in his 2025 Paris sexual "
                   "assault trial?", "2025-05-31T23:59:59+02:00",
                   "This market will resolve to \"Yes\" if, at the verdict of his 2025 trial in Paris for sexual "
                   "assault on the set of \"Les Volets Verts\", Gérard Depardieu is sentenced to a term of imprisonment "
                   "any part of which is not suspended. A fully suspended sentence resolves this market to \"No\". "
                   "Otherwise, this market will resolve to \"No\".")


def test_a_negated_qualifier_is_not_the_act():
    assert "suspend" not in derive_target(DEPARDIEU).act_forms
    v = evaluate_market(DEPARDIEU, [article(
        "https://www.hindustantimes.com/htcity/x", "2025-05-15T00:00:00+05:30",
        "Veteran French actor Gérard Depardieu sentenced to prison after Paris court convicts him for sexual assault",
        "The court sentenced him to an 18-month suspended term and ordered his inclusion in France’s national sex "
        "offender registry.")], ts("2025-05-16T12:00:00+00:00"))
    assert v.verdict != "likely-yes"


# batch-11: https://www.dev.heraldtimes.org/2025/07/21/japans-pm-vows-to-stay-on-despite-bruising-election-loss
LOSS = ("Japan’s ruling coalition lost its upper house majority after securing only 47 seats in Sunday’s election, "
        "falling short of the 50 needed for control.")


def _japan(question):
    m = market(question, "2025-07-31T23:59:59+09:00", "")
    return evaluate_market(m, [article("https://www.dev.heraldtimes.org/2025/07/21/x", "2025-07-21T00:00:00+09:00",
                                       "Japan's PM vows to stay on despite bruising election loss", LOSS)],
                           ts("2025-07-21T12:00:00+00:00"))


def test_a_possessive_modifier_is_not_the_party_that_lost():
    v = _japan("Will Sanseito win at least 10 seats in Japan's July 20, 2025 House of Councillors election?")
    assert not _dir(v, "opposite_outcome") and v.verdict != "likely-no"
    v = _japan("Will the LDP–Komeito coalition win at least 50 seats in Japan's July 20, 2025 House of Councillors "
               "election?")
    assert _dir(v, "opposite_outcome")


# batch-11: https://www.theolivepress.es/spain-news/2025/02/14/rubiales-kiss-trial-ends-in-spain-with-verdict-on-jenni-hermoso-incident-expected-within-weeks
RUBIALES = market("Will Luis Rubiales be found guilty of sexual assault over the Jenni Hermoso kiss by February 28, 2025?",
                  "2025-02-28T23:59:59+01:00")


def test_a_defendants_denial_of_wrongdoing_is_a_plea_not_a_ruling_out():
    v = evaluate_market(RUBIALES, [article(
        "https://www.theolivepress.es/x", "2025-02-14T18:30:00+01:00", "Rubiales kiss trial ends",
        "Hermoso, 34, says she did not consent to the kiss while Rubiales, 47, denies wrongdoing and argues it was "
        "consensual.")], ts("2025-02-15T12:00:00+00:00"))
    assert not _dir(v, "ruled_out")


# batch-11: https://mypeoplesreview.com/2025/06/26/trump-natos-new-5-defense-spending-pledge-a-big-win
NATO = market("Will NATO's 2025 Hague summit declaration condemn Russia's invasion of Ukraine?", "2025-06-30T23:59:59+02:00")
NATO_NOT = "However, the statement did not include a condemnation of Russia's invasion of Ukraine, as it had a year ago."


def _nato(text):
    return evaluate_market(NATO, [article("https://mypeoplesreview.com/2025/06/26/x", "2025-06-26T00:00:00+02:00",
                                          "Trump: NATO's new 5% defense spending pledge a 'big win'", text)],
                           ts("2025-06-27T12:00:00+00:00"))


def test_one_occasion_told_as_over_without_the_act_is_a_no():
    v = _nato(NATO_NOT)
    assert v.verdict == "likely-no" and _dir(v, "failed_attempt")


def test_a_negation_left_open_stays_a_status_note():
    v = _nato("The statement has not yet included a condemnation of Russia's invasion of Ukraine.")
    assert v.verdict == "undetermined" and not _dir(v, "failed_attempt")


# batch-11: Indonesia central bank announces surprise rate cut after protests (2025-09-17)
BI = market("Will Bank Indonesia's BI-Rate be 4.75% or lower by September 30, 2025?", "2025-09-30T23:59:59+07:00")


def test_the_level_a_move_reached_takes_the_moves_verb_from_further_back():
    v = evaluate_market(BI, [article(
        "https://x.com/bi", "2025-09-17T00:00:00+07:00", "Indonesia central bank announces surprise rate cut after protests",
        "Bank Indonesia lowered the benchmark seven-day reverse repurchase rate by 25 basis points to 4.75 percent, "
        "while its two other key rates were cut by 50 and 25 basis points, respectively.")],
        ts("2025-09-18T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and _dir(v, "threshold_crossed")
    v = evaluate_market(BI, [article(
        "https://x.com/bi2", "2025-08-20T00:00:00+07:00", "",
        "Bank Indonesia lowered the benchmark seven-day reverse repurchase rate by 25 basis points to 5 per cent, "
        "citing a need to bolster stability and growth.")], ts("2025-08-21T12:00:00+00:00"))
    assert not _dir(v, "threshold_crossed")
