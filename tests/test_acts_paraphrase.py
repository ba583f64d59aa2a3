"""ACTS: acts told in other words, and dates that put them after the deadline. Every sentence is
quoted from the real-news corpus (batch named above each test); each test reads a general form
of reporting language, not one article's wording."""

from datetime import date

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.timex import find_time_expressions
from tests.conftest import decided, article, news_market, ts


def _verdict(m, articles, as_of):
    return evaluate_market(m, articles, ts(as_of))


# -- the question's verb ---------------------------------------------------------------------------

def test_an_infinitive_be_is_not_the_question_copula():
    # batch-14: "sign a definitive agreement to be taken private": the act is signing
    t = derive_target(news_market("Will Electronic Arts sign a definitive agreement to be taken private by "
                                  "September 30, 2025?", "2025-09-30T23:59:59-04:00"))
    assert t.act == "sign" and "agreement" in t.object_terms


def test_a_verb_followed_by_a_name_is_the_act_not_the_noun_before_it():
    # batch-13: "a Thai court order Thaksin …" / "a Turkish court order Istanbul Mayor …": order, not court/time
    t = derive_target(news_market("Will a Thai court order Thaksin Shinawatra to serve time in prison by "
                                  "September 30, 2025?", "2025-09-30T23:59:59+07:00"))
    assert t.act == "order"
    t = derive_target(news_market("Will a Turkish court order Istanbul Mayor Ekrem İmamoğlu held in pre-trial "
                                  "detention by March 31, 2025?", "2025-03-31T23:59:59+03:00"))
    assert t.act == "order"


def test_fed_chair_name_still_reads_the_known_act():
    t = derive_target(news_market("Will Fed chair Jerome Powell resign by December 31, 2025?",
                                  "2025-12-31T23:59:59-05:00"))
    assert t.act == "resign"


def test_restart_is_a_question_verb_of_the_resuming_family():
    # batch-14: "restart vehicle production at its Solihull plant": restart, not 'plant'
    t = derive_target(news_market("Will Jaguar Land Rover restart vehicle production at its Solihull plant by "
                                  "October 10, 2025?", "2025-10-10T23:59:59+01:00"))
    assert t.act == "restart" and "resume" in t.act_forms and "production" in t.object_terms


# -- paraphrased acts --------------------------------------------------------------------------------

def test_has_restarted_production_lines_confirms_a_restart():
    # batch-14 (rte.ie, 9 Oct 2025)
    m = news_market("Will Jaguar Land Rover restart vehicle production at its Solihull plant by October 10, 2025?",
                    "2025-10-10T23:59:59+01:00")
    a = article("Jaguar Land Rover has restarted Range Rover production lines in Solihull, with plans for all its "
                "manufacturing sites to be back up and running by the end of next week as it recovers from a major "
                "cyber attack.", published="2025-10-09T12:00:00+01:00")
    assert decided(_verdict(m, [a], "2025-10-09T20:00:00+00:00")) == "likely-yes"


def test_entered_into_a_definitive_agreement_is_signing_it():
    # batch-14 (arabianbusiness.com, 29 Sep 2025)
    m = news_market("Will Electronic Arts sign a definitive agreement to be taken private by September 30, 2025?",
                    "2025-09-30T23:59:59-04:00")
    a = article("Electronic Arts has entered into a definitive agreement to be acquired by a consortium of investors "
                "led by Saudi Arabia's Public Investment Fund (PIF), Silver Lake, and Affinity Partners in an all-cash "
                "transaction that values the gaming company at approximately $55bn.",
                published="2025-09-29T12:00:00+04:00")
    assert decided(_verdict(m, [a], "2025-09-29T20:00:00+00:00")) == "likely-yes"


def test_entered_into_talks_is_not_signing():
    m = news_market("Will Electronic Arts sign a definitive agreement to be taken private by September 30, 2025?",
                    "2025-09-30T23:59:59-04:00")
    a = article("Electronic Arts has entered into talks with a consortium of investors about a possible agreement.",
                published="2025-09-29T12:00:00+04:00")
    assert decided(_verdict(m, [a], "2025-09-29T20:00:00+00:00")) == "undetermined"


# -- dates after the deadline ------------------------------------------------------------------------

def test_a_part_of_a_month_with_its_year_is_a_period():
    # batch-14: "plans to launch the therapy in the U.S. in early January 2026"
    pub = ts("2025-12-23T00:00:00-06:00")
    s = find_time_expressions("Novo Nordisk plans to launch the therapy in the U.S. in early January 2026.", pub)
    assert [(x.start.date(), x.end.date()) for x in s] == [(date(2026, 1, 1), date(2026, 1, 10))]
    s = find_time_expressions("in mid-January 2026", pub)
    assert (s[0].start.date(), s[0].end.date()) == (date(2026, 1, 11), date(2026, 1, 20))
    s = find_time_expressions("early January 5", pub)  # a day, not a part of the month
    assert (s[0].start.date(), s[0].end.date()) == (date(2026, 1, 5), date(2026, 1, 5))


def test_paused_until_a_day_after_the_deadline_puts_the_resumption_after_it():
    # batch-14 (JLR, 23 Sep 2025)
    m = news_market("Will Jaguar Land Rover resume vehicle production at its UK factories by September 30, 2025?",
                    "2025-09-30T23:59:59+01:00")
    a = article("Production at its factories will remain paused until Oct. 1, JLR said Tuesday. The company had "
                "previously aimed to resume operations this week.", title="Jaguar Land Rover Extends Plant Shutdown",
                published="2025-09-23T09:00:00+01:00")
    v = _verdict(m, [a], "2025-09-23T18:00:00+00:00")
    assert decided(v) == "likely-no"
    # a state told to hold until a day after the deadline rules the act out until then (r11: ruled_out, not a
    # plan that could be brought forward)
    assert any(c.rule == "ruled_out" and c.direction == "no" for c in v.contributions)


def test_paused_until_a_day_before_the_deadline_says_nothing():
    # batch-14 (JLR, 16 Sep 2025): "until at least September 24" is inside the window
    m = news_market("Will Jaguar Land Rover resume vehicle production at its UK factories by September 30, 2025?",
                    "2025-09-30T23:59:59+01:00")
    a = article("Jaguar Land Rover (JLR), the UK's largest automotive manufacturer, has extended the shutdown of its "
                "production lines until at least September 24, as it continues to deal with the aftermath of a major "
                "cyberattack.", published="2025-09-16T09:00:00-04:00")
    v = _verdict(m, [a], "2025-09-16T18:00:00+00:00")
    assert decided(v) == "undetermined"
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_notice_given_in_reported_pluperfect_is_notifying():
    # batch-13 (Panama / BRI, 7 Feb 2025): 'give notice' is notifying; 'the required' is an adjective
    m = news_market("Will Panama formally notify China of its withdrawal from the Belt and Road Initiative by "
                    "February 28, 2025?", "2025-02-28T23:59:59-05:00")
    a = article("Mulino said that the Panamanian Embassy in Beijing had given China the required 90-day notice of its "
                "decision not to renew its involvement in the programme, which it joined in 2017.",
                published="2025-02-07T10:00:00+08:00")
    assert decided(_verdict(m, [a], "2025-02-07T12:00:00+00:00")) == "likely-yes"


def test_notice_to_be_given_is_not_notifying():
    m = news_market("Will Panama formally notify China of its withdrawal from the Belt and Road Initiative by "
                    "February 28, 2025?", "2025-02-28T23:59:59-05:00")
    a = article("Mulino said that the Panamanian Embassy in Beijing will give China the required 90-day notice of its "
                "decision not to renew its involvement in the programme.", published="2025-02-07T10:00:00+08:00")
    assert decided(_verdict(m, [a], "2025-02-07T12:00:00+00:00")) != "likely-yes"


# -- a present progressive on the publication day ----------------------------------------------------

_HOSTING = ("US President Donald Trump is hosting Syrian counterpart Ahmed al Sharaa at the White House on Monday, "
            "welcoming the once-pariah state into a US-led global coalition to fight the terror group Daesh.")


def test_is_hosting_on_the_publication_day_reports_the_meeting():
    # batch-13 (10 Nov 2025, a Monday)
    m = news_market("Will Donald Trump meet Ahmed al-Sharaa by November 15, 2025?", "2025-11-15T23:59:59-05:00")
    v = _verdict(m, [article(_HOSTING, published="2025-11-10T09:00:00+03:00")], "2025-11-11T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_is_hosting_on_a_later_day_is_not_yet_the_meeting():
    m = news_market("Will Donald Trump meet Ahmed al-Sharaa by November 15, 2025?", "2025-11-15T23:59:59-05:00")
    v = _verdict(m, [article(_HOSTING, published="2025-11-08T09:00:00+03:00")], "2025-11-09T12:00:00+00:00")
    assert decided(v) == "undetermined"


def test_closed_until_a_day_after_the_deadline_puts_the_reopening_after_it():
    m = news_market("Will the Louvre reopen by October 31, 2025?", "2025-10-31T23:59:59+01:00")
    a = article("The Louvre will remain closed until November 3, the museum said on Tuesday.",
                published="2025-10-21T12:00:00+02:00")
    v = _verdict(m, [a], "2025-10-21T18:00:00+00:00")
    assert decided(v) == "likely-no"
    assert any(c.rule == "ruled_out" and c.direction == "no" for c in v.contributions)


def test_a_ban_extended_until_after_the_deadline_puts_its_lifting_after_it():
    m = news_market("Will Indonesia lift its ban on Apple iPhone 16 sales by December 31, 2024?",
                    "2024-12-31T23:59:59+07:00")
    a = article("Indonesia has extended its ban on iPhone 16 sales until March 2025, the industry ministry said.",
                published="2024-12-10T12:00:00+07:00")
    v = _verdict(m, [a], "2024-12-11T00:00:00+00:00")
    assert decided(v) == "likely-no"
    assert any(c.rule == "ruled_out" and c.direction == "no" for c in v.contributions)


def test_an_exclusion_inside_the_yes_condition_is_the_ruling_not_an_exclusion():
    # batch-13 criteria: '… resolve to "Yes" if … for example by ruling that his hospital stay does not count …'
    t = derive_target(news_market(
        "Will a Thai court order Thaksin Shinawatra to serve time in prison by September 30, 2025?",
        "2025-09-30T23:59:59+07:00",
        'This market will resolve to "Yes" if by September 30, 2025, a Thai court rules that former Prime Minister '
        'Thaksin Shinawatra must serve (or return to serve) a prison term, for example by ruling that his hospital '
        'stay does not count as time served. Otherwise, this market will resolve to "No".'))
    assert t.exclusions == ["hospital stay"]


def test_a_light_verb_after_the_event_noun_does_not_report_it_done():
    # batch-02 headline: the regulator 'gives the green light'; the acquisition itself is not done
    m = news_market("Will Microsoft complete its acquisition of Activision Blizzard by October 18, 2023?",
                    "2023-10-18T23:59:59-04:00")
    a = article("The decision paves the way for the deal to be closed.",
                title="Acquisition of Activision Blizzard, the English CMA gives the green light to Microsoft Xbox",
                published="2023-10-13T09:00:00+00:00")
    assert decided(_verdict(m, [a], "2023-10-13T18:00:00+00:00")) == "undetermined"


def test_a_universal_still_planned_is_a_partial_report():
    # batch-14 (rte.ie, 9 Oct 2025): one site restarted, 'plans for all its manufacturing sites' still to come
    m = news_market("Will Jaguar Land Rover resume production at all of its manufacturing plants by October 20, 2025?",
                    "2025-10-20T23:59:59+01:00")
    a = article("Jaguar Land Rover has restarted Range Rover production lines in Solihull, with plans for all its "
                "manufacturing sites to be back up and running by the end of next week as it recovers from a major "
                "cyber attack.", published="2025-10-09T12:00:00+01:00")
    assert decided(_verdict(m, [a], "2025-10-09T20:00:00+00:00")) == "undetermined"


def test_the_visitor_hosted_at_the_place_is_the_visit():
    # batch-13 (10 Nov 2025, a Monday): hosting, told from the host's side, is the visit
    m = news_market("Will Syrian President Ahmed al-Sharaa visit the White House by November 15, 2025?",
                    "2025-11-15T23:59:59-05:00")
    v = _verdict(m, [article(_HOSTING, published="2025-11-10T09:00:00+03:00")], "2025-11-11T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_another_visitor_hosted_at_the_place_is_not_the_visit():
    m = news_market("Will Syrian President Ahmed al-Sharaa visit the White House by November 15, 2025?",
                    "2025-11-15T23:59:59-05:00")
    a = article("US President Donald Trump hosted Saudi Crown Prince Mohammed bin Salman at the White House on Tuesday.",
                published="2025-11-11T21:00:00+00:00")
    assert decided(_verdict(m, [a], "2025-11-12T12:00:00+00:00")) == "undetermined"
