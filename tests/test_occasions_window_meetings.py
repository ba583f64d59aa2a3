"""A window open to several occasions, and a means gerund told as done (issue 10, r9-occasions).

- A market that counts 'any meeting held between May 8 and June 30' is not settled by a hold at
  its first meeting: the hold is a setback (opposite_outcome, 'could be revisited'), superseded by a
  later report of the cut. A hold at the window's last meeting, or at the one decision a market
  names, still settles it.
- 'responded to calls for … by cutting a half-point off rates': a gerund after 'by' is the means
  of a past main verb, so its act is done (participial_clauses.means_gerund); the words between the
  main verb and 'by' ('calls for') do not govern it.
Sentences are quoted verbatim from the corpus cases named above each one."""

from resolver.engine import evaluate_market
from resolver.engine.evaluate import _setback
from resolver.engine.mentions import read
from resolver.engine.participial_clauses import means_gerund
from resolver.engine.rules import opposite_outcome
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _sentence(text: str):
    return next(s for s in article_sentences("", text) if not s.headline)


def _at(sent, word: str) -> int:
    return next(k for k, t in enumerate(sent.tokens) if t.lower == word)


def _holds(v) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == opposite_outcome.NAME and c.direction == "no"]


# b46-ecb-cuts-rates-by-jun30-2003-multi-yes
ECB_CRITERIA = ("This market will resolve to \"Yes\" if the European Central Bank announces a reduction of its main "
                "refinancing rate (from 2.5%) at any meeting held between May 8, 2003 and June 30, 2003. Otherwise, "
                "this market will resolve to \"No\".")
ECB = market("Will the European Central Bank lower its main interest rate by June 30, 2003?",
             "2003-06-30T23:59:59+02:00", ECB_CRITERIA)
MAY_HOLD = article("http://news.bbc.co.uk/1/hi/business/3010671.stm", "2003-05-08T13:18:00+00:00",
                   "European rates on hold",
                   "The European Central Bank has left interest rates on hold in the eurozone at 2.5%, as predicted by "
                   "most analysts.\n\nRates were left on hold despite deteriorating economic conditions in Germany, "
                   "Europe's largest economy, and other countries.\n\nEconomists expect the ECB may lower rates when "
                   "it meets in June.")
CUT_TOLD = ("A month ago, the ECB responded to calls for a dose of economic stimulation by cutting a half-point off "
            "rates, a decrease that many saw as sufficient at the time.")
JULY = article("http://news.bbc.co.uk/2/hi/business/3055763.stm", "2003-07-10T14:10:00+00:00",
               "Eurozone rates left on hold",
               "Eurozone interest rates have been left on hold, but most analysts still expect a cut later in the "
               "year.\n\nThe European Central Bank's (ECB) main interest rate remains at 2%.\n\n" + CUT_TOLD)


def test_a_hold_at_the_first_meeting_of_an_any_meeting_window_is_a_setback():
    v = evaluate_market(ECB, [MAY_HOLD], ts("2003-05-20T12:00:00+00:00"))
    holds = _holds(v)
    assert holds and all(_setback(c) for c in holds)
    assert all(opposite_outcome.MEETINGS_LEFT in (c.temporal or "") for c in holds)
    assert v.verdict != "likely-no"


def test_the_cut_told_later_settles_the_window_yes():
    v = evaluate_market(ECB, [MAY_HOLD, JULY], ts("2003-07-10T18:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any(c.rule == "confirmation" and c.counted and "'cutting'" in c.reason for c in v.contributions)
    assert not any(c.counted for c in _holds(v))


def test_a_hold_at_the_last_meeting_of_the_window_still_settles_it():
    # must not fire: the same market with its window closing the day after the May 8 meeting (no
    # later meeting left in it): the hold is the decision due by the deadline
    last = market("Will the European Central Bank lower its main interest rate by May 9, 2003?",
                  "2003-05-09T23:59:59+02:00", ECB_CRITERIA.replace("June 30, 2003", "May 9, 2003"))
    v = evaluate_market(last, [MAY_HOLD], ts("2003-05-10T12:00:00+00:00"))
    holds = [c for c in _holds(v) if c.counted]
    assert holds and not any(_setback(c) for c in holds)
    assert v.verdict == "likely-no"


def test_a_hold_at_the_one_decision_a_month_window_names_still_settles_it():
    # must not fire: b40-poland-nbp-hike-oct2022-no ('at its October 2022 decision': one decision)
    poland = market("Will the National Bank of Poland raise its reference rate in October 2022?",
                    "2022-10-31T23:59:59+01:00",
                    "This market will resolve to \"Yes\" if the Monetary Policy Council of the National Bank of "
                    "Poland announces an increase in the reference rate at its October 2022 decision. Otherwise, "
                    "this market will resolve to \"No\".")
    a = article("https://www.bloomberg.com/news/articles/2022-10-05/poland-unexpectedly-keeps-rates-on-hold-despite-inflation-surge",
                "2022-10-05T00:00:00+02:00", "Poland Unexpectedly Keeps Rates on Hold Despite Inflation Surge",
                "Policy makers left the benchmark rate at 6.75%, defying forecasts from 27 of 30 economists surveyed "
                "by Bloomberg.")
    v = evaluate_market(poland, [a], ts("2022-10-06T00:00:00+00:00"))
    holds = [c for c in _holds(v) if c.counted]
    assert holds and not any(_setback(c) for c in holds)
    assert v.verdict == "likely-no"


def test_a_means_gerund_after_a_past_verb_is_done_and_not_demanded():
    s = _sentence(CUT_TOLD)
    i = _at(s, "cutting")
    assert means_gerund(s, i) == _at(s, "responded")
    m = next(m for m in read(s) if m.index == i)
    assert m.affirmed and m.aspect == "done" and m.modality == "asserted"


def test_a_means_gerund_of_an_act_to_come_or_of_an_infinitive_is_not_done():
    # must not fire: b07-polaris-dawn-spacewalk-by-sep30-2024-multi-yes
    s = _sentence("Embarking on a new chapter of private space exploration, the Polaris Dawn mission is poised to "
                  "make history this week by launching four private citizens into ultrahigh orbit and attempting "
                  "the first civilian spacewalk.")
    assert means_gerund(s, _at(s, "launching")) is None
    # must not fire: b46-putin-signs-kyoto-ratification-by-nov15-2004-multi-yes
    s = _sentence("Both houses of parliament last month ratified the protocol, which aims to stem global warming by "
                  "reducing greenhouse-gas emissions.")
    assert means_gerund(s, _at(s, "reducing")) is None
    # a past main verb negated: the means was not taken
    s = _sentence("The ECB did not respond to calls for a dose of economic stimulation by cutting a half-point off "
                  "rates.")
    assert means_gerund(s, _at(s, "cutting")) is None


def test_a_means_gerund_whose_object_is_another_does_not_confirm_the_act():
    # must not fire: b37-orthodox-christmas-truce-kyiv-agrees-jan2023-multi-no ('striking' is done,
    # but what was struck is a town, not a ceasefire agreed)
    truce = market("Will Ukraine agree to a ceasefire with Russia for Orthodox Christmas by January 7, 2023?",
                   "2023-01-07T23:59:59+02:00",
                   "This market will resolve to \"Yes\" if the government of Ukraine publicly agrees to observe a "
                   "ceasefire with Russia covering any part of the Orthodox Christmas period (January 6–7, 2023), as "
                   "reported by credible media, by January 7, 2023, 11:59 PM Kyiv time. A ceasefire declared "
                   "unilaterally by Russia alone does not count. Otherwise, this market will resolve to \"No\".")
    said = "Furthermore, Ukraine claimed that Russia had violated its own ceasefire by striking the town of Kramatorsk."
    s = _sentence(said)
    assert means_gerund(s, _at(s, "striking")) is not None
    a = article("https://www.republicworld.com/world-news/russia-ukraine-crisis/as-russian-ceasefire-comes-into-effect-"
                "reports-of-shelling-emerge-from-east-ukraine-articleshow.html", "2023-01-06T00:00:00+05:30",
                "As Russian ceasefire comes into effect, reports of shelling emerge from east Ukraine", said)
    v = evaluate_market(truce, [a], ts("2023-01-06T20:00:00+00:00"))
    assert not any(c.rule == "confirmation" and c.counted for c in v.contributions)
    assert v.verdict != "likely-yes"
