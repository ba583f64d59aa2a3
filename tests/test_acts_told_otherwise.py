"""Acts told in words the question does not use: a result participle after a past main clause
('…, officially ending the … shutdown'), hiring someone as the officer a market asks to be named,
a deal struck or concluded for a market on announcing it, and a date that belongs to the object
('agree to February 15 ceasefire', 'Ceasefire agreed for February 15'), not to the agreeing.
Sentences are verbatim from published reports (tests/data/realnews batches 39-40; source URL
above each)."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.object_dates import dates_the_object
from resolver.engine.analysis import SentenceFacts
from resolver.engine.mentions import result_participle
from resolver.engine.text import article_sentences
from tests.conftest import news_article, news_market, ts


def _sentence(text: str, headline: bool = False):
    sents = article_sentences(text if headline else "", "" if headline else text)
    return next(s for s in sents if s.headline == headline)


# -- a result participle reports its act done -------------------------------------------------------

SHUTDOWN = news_market(
    "Will the U.S. government shutdown that began January 20, 2018 end by January 23, 2018?",
    "2018-01-23T23:59:59-05:00",
    "This market will resolve to \"Yes\" if legislation restoring appropriations for the federal government is "
    "signed into law, ending the shutdown that began on January 20, 2018, by January 23, 2018, 11:59 PM ET. "
    "Passage by one chamber of Congress alone does not count. Otherwise, this market will resolve to \"No\".")


def test_a_result_participle_after_a_past_clause_is_done():
    # http://ahnlawgrp.com/alerts/2018/1/23/congress-votes-to-reopen-and-temporarily-fund-government
    a = news_article("http://ahnlawgrp.com/alerts/2018/1/23/congress-votes-to-reopen-and-temporarily-fund-government",
                     "2018-01-23T00:00:00-05:00", "Congress Votes to Reopen and Temporarily Fund Government",
                     "Trump signed a short-term funding bill Congress passed on Monday, officially ending the "
                     "three-day federal government shutdown.")
    v = evaluate_market(SHUTDOWN, [a], ts("2018-01-24T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any(c.rule == "confirmation" and "'ending'" in c.reason for c in v.contributions)


def test_a_result_participle_of_an_act_to_come_is_not_done():
    s = _sentence("Trump will sign the short-term funding bill on Tuesday, officially ending the federal government "
                  "shutdown.")
    i = next(k for k, t in enumerate(s.tokens) if t.lower == "ending")
    assert not result_participle(s, i)
    s = _sentence("Trump did not sign the funding bill, ending hopes of a quick deal.")
    i = next(k for k, t in enumerate(s.tokens) if t.lower == "ending")
    assert not result_participle(s, i)
    a = news_article("https://example.org/shutdown", "2018-01-22T00:00:00-05:00", "Shutdown",
                     "Trump will sign the short-term funding bill on Tuesday, officially ending the federal "
                     "government shutdown.")
    v = evaluate_market(SHUTDOWN, [a], ts("2018-01-22T12:00:00+00:00"))
    assert v.verdict != "likely-yes"


# -- hiring someone as the officer is naming them ---------------------------------------------------

TARGET_CEO = news_market(
    "Will Target name a permanent CEO by August 31, 2014?", "2014-08-31T23:59:59-05:00",
    "This market will resolve to \"Yes\" if Target Corporation announces the appointment of a permanent "
    "(non-interim) chief executive officer by August 31, 2014, 11:59 PM CT, even if the appointee's start date is "
    "later. Appointment of an interim CEO does not count. Otherwise, this market will resolve to \"No\".")


def test_the_active_subject_of_naming_is_no_candidate():
    t = derive_target(TARGET_CEO)
    assert t.act == "name" and t.candidate is None and "Target" in t.actors
    t = derive_target(news_market("Will Pietro Parolin be elected pope?", "2025-05-31T23:59:59+02:00"))
    assert t.candidate == "Pietro Parolin"


def test_hired_as_its_next_ceo_names_the_ceo():
    # https://www.digitalcommerce360.com/2014/07/31/target-gets-new-ceo/
    a = news_article("https://www.digitalcommerce360.com/2014/07/31/target-gets-new-ceo/", "2014-07-31T00:00:00-05:00",
                     "Target gets a new CEO",
                     "Target Corp. has hired Brian Cornell as its next CEO and chairman of the board of directors. "
                     "Cornell starts Aug. 12 and is the first Target CEO to be hired from outside the company.")
    v = evaluate_market(TARGET_CEO, [a], ts("2014-08-01T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_hired_as_interim_ceo_does_not_count():
    a = news_article("https://example.org/target-interim", "2014-05-05T00:00:00-05:00", "Target CEO",
                     "Target Corp. has hired John Mulligan as its interim CEO.")
    v = evaluate_market(TARGET_CEO, [a], ts("2014-05-06T12:00:00+00:00"))
    assert v.verdict != "likely-yes"


# -- a deal struck or concluded is the deal announced -----------------------------------------------

IRAN = news_market(
    "Will Iran and the P5+1 announce a final nuclear agreement by July 15, 2015?", "2015-07-15T23:59:59+02:00",
    "This market will resolve to \"Yes\" if Iran and the P5+1 (the United States, the United Kingdom, France, "
    "Russia, China and Germany) conclude and announce a final comprehensive agreement on Iran's nuclear program by "
    "July 15, 2015, 11:59 PM Vienna time. Otherwise, this market will resolve to \"No\".")


def test_a_deal_struck_is_announced():
    # https://www.newshub.co.nz/home/world/2015/07/iran-nuclear-deal-reached--diplomat.html
    a = news_article("https://www.newshub.co.nz/home/world/2015/07/iran-nuclear-deal-reached--diplomat.html",
                     "2015-07-14T00:00:00+12:00", "Iran nuclear deal reached – diplomat",
                     "Major powers and Iran have struck a historic deal aimed at ensuring Tehran does not acquire a "
                     "nuclear bomb, in return for sanctions relief, a diplomat says.\n\n\"The agreement is concluded,\" "
                     "the diplomat said on Tuesday in the Austrian capital, where a final ministerial meeting between "
                     "Iran and the world powers was called for 0830 GMT (8:30pm NZT).")
    v = evaluate_market(IRAN, [a], ts("2015-07-15T00:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_a_deal_still_to_strike_is_not_announced():
    a = news_article("https://example.org/iran", "2015-07-13T00:00:00-04:00", "Iran talks",
                     "Major powers and Iran are expected to strike a historic deal on Iran's nuclear program next week.")
    v = evaluate_market(IRAN, [a], ts("2015-07-14T00:00:00+00:00"))
    assert v.verdict != "likely-yes"


# -- a date of the object does not date the act -----------------------------------------------------

MINSK = news_market(
    "Will the parties to the war in eastern Ukraine agree a new ceasefire by February 13, 2015?",
    "2015-02-13T23:59:59+03:00",
    "This market will resolve to \"Yes\" if a new ceasefire for eastern Ukraine is agreed between Ukraine and the "
    "Russian-backed separatists (including through a deal announced by the leaders of Ukraine, Russia, France and "
    "Germany) by February 13, 2015, 11:59 PM Minsk time. The ceasefire itself may take effect later. Otherwise, "
    "this market will resolve to \"No\".")


def test_a_ceasefire_agreed_for_a_later_day_is_agreed_now():
    # https://mobile.abc.net.au/news/2015-02-12/ceasefire-agreed-for-eastern-ukraine-after-minsk-summit/6089770
    # https://www.france24.com/en/20150212-deal-ceasefire-agreed-ukraine-crisis-minsk-putin-hollande
    a = news_article("https://mobile.abc.net.au/news/2015-02-12/ceasefire-agreed-for-eastern-ukraine-after-minsk-summit/6089770",
                     "2015-02-12T00:00:00+11:00", "Ukraine crisis: Ceasefire agreed for February 15 after Minsk summit",
                     "Ukrainian president Petro Poroshenko said a general ceasefire would come into force from "
                     "February 15 in Ukraine's east, where Kiev was fighting pro-Russian separatists.")
    b = news_article("https://www.france24.com/en/20150212-deal-ceasefire-agreed-ukraine-crisis-minsk-putin-hollande",
                     "2015-02-12T00:00:00+01:00", "Ukraine's warring parties agree to February 15 ceasefire",
                     "The warring parties in Ukraine agreed Thursday to a February 15 ceasefire and the withdrawal of "
                     "heavy weapons from the front lines in a deal French President François Hollande called a "
                     "\"comprehensive political solution\" after marathon talks in Minsk.")
    v = evaluate_market(MINSK, [a, b], ts("2015-02-13T06:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def _facts(text: str, published: str, headline: bool = False) -> SentenceFacts:
    a = news_article("https://example.org/a", published, text if headline else "T", "" if headline else text)
    from resolver.engine.sentence_tense import resolved_spans
    s = _sentence(text, headline)
    return SentenceFacts(sent=s, article=a, spans=resolved_spans(s, a.published))


def test_an_event_the_act_performs_keeps_its_date():
    f = _facts("Thailand will hold the March 5 election after a court ruling.", "2015-02-12T00:00:00+07:00")
    hold = next(k for k, t in enumerate(f.sent.tokens) if t.lower == "hold")
    assert f.spans and not dates_the_object(f.sent, f.article.published.date(), hold, f.spans[0])
    f = _facts("Ukraine's warring parties agree to February 15 ceasefire", "2015-02-12T00:00:00+01:00", headline=True)
    agree = next(k for k, t in enumerate(f.sent.tokens) if t.lower == "agree")
    assert f.spans and dates_the_object(f.sent, f.article.published.date(), agree, f.spans[0])


def test_a_result_participle_does_not_tell_whose_win_it_is():
    # https://fansided.com/2017/07/15/garbine-muguruza-beats-venus-williams-claim-wimbledon-title/
    m = news_market("Will Venus Williams win the 2017 Wimbledon ladies' singles title?", "2017-07-16T23:59:59+01:00")
    a = news_article("https://fansided.com/2017/07/15/garbine-muguruza-beats-venus-williams-claim-wimbledon-title/",
                     "2017-07-15T00:00:00-04:00", "Wimbledon final",
                     "Garbine Muguruza dominated Venus Williams in the Wimbledon final Saturday, winning in straight "
                     "sets, 7-5, 6-0, to claim her second Grand Slam title.")
    v = evaluate_market(m, [a], ts("2017-07-16T12:00:00+00:00"))
    assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)
