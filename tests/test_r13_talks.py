"""An agreement to talk, and a figure dated past the deadline (thirteenth round, r13-talks): an
agreement whose complement is talking, negotiating or meeting ('agreed to begin talks on forming a
government', 'agreed to hold talks', 'agreed to negotiate', 'agreed to resume negotiations', 'agreed
on a framework for talks') is not the market's agreement or act, unless the market asks for talks
(talk_agreements.py, read by rules/confirmation_gates.py); a figure across the bar dated by a period
that runs past the deadline, in a report published after it, is read but not placed, and holds the
deadline's silence back as a done report so dated does (rules/threshold_crossed.STRADDLES,
evaluate._hold_for_unread). Market built like b70-belgium-govt-agreement-by-sep30-2020-yes; the
wordings are synthetic."""

from resolver.engine import evaluate_market
from resolver.engine.talk_agreements import agreed_to_talk
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


BEL_Q = "Will Belgian parties reach agreement to form a new federal government by September 30, 2020?"
BEL_C = ("This market will resolve to \"Yes\" if, on or before September 30, 2020, Belgian political parties announce an "
         "agreement forming a new federal government with a named prime minister to replace the caretaker "
         "administration. Otherwise, this market will resolve to \"No\".")


def _bel(text):
    m = market(BEL_Q, "2020-09-30T23:59:59+02:00", BEL_C)
    a = article("https://www.independent.ie/x", "2020-10-01T00:00:00+01:00", "Belgium news", text)
    return evaluate_market(m, [a], ts("2020-10-01T12:00:00+00:00"))


TALKS = ("Belgian parties agreed yesterday to begin talks on forming a government.",
         "Belgian parties agreed on Wednesday to hold talks on forming a government.",
         "Belgian parties agreed yesterday to negotiate a new government.",
         "Belgian parties agreed yesterday to resume negotiations on a new government.",
         "Belgian parties agreed yesterday on a framework for talks on a new government.",
         "Belgian parties yesterday reached an agreement to begin talks on forming a government.",
         "Belgian parties agreed yesterday to start formal negotiations on forming a government.",
         "Belgian parties agreed yesterday to meet to discuss forming a government.",
         "Belgian parties agreed yesterday to return to the negotiating table on a government.")


def test_an_agreement_to_talk_is_not_the_agreement_to_form():
    for text in TALKS:
        v = _bel(text)
        assert not _fired(v, "confirmation"), text
        assert v.verdict != "likely-yes", text
        assert any("an agreement to talk" in c.reason for c in v.contributions), text


def test_the_agreement_to_form_itself_still_counts():
    # must not fire: the complement is the forming, talks only its history
    for text in ("Belgian parties agreed yesterday to form a coalition.",
                 "Belgian parties agreed yesterday to form a new government.",
                 "Belgian parties yesterday reached an agreement to form a government.",
                 "Belgian parties agreed yesterday to form a government after weeks of talks.",
                 "Belgian parties agreed yesterday to meet the king's demands and form a government."):
        v = _bel(text)
        assert v.verdict == "likely-yes", text
        assert _fired(v, "confirmation"), text


def _first(text):
    return make_sentence(text, 0)


def test_the_reading_keeps_to_the_first_complement_and_to_agreeing_words():
    s = _first("The parties agreed to form a coalition and to begin talks on a programme.")
    assert agreed_to_talk(s, 2) is None  # the first complement is the forming
    s = _first("The minister flew to Brussels to begin talks on the budget.")
    assert agreed_to_talk(s, 2) is None  # no agreeing word
    s = _first("The two sides struck a deal with mediators to hold talks.")
    assert agreed_to_talk(s, 3) == "struck a deal with mediators to hold talks"
    s = _first("The union agreed to a new round of talks.")
    assert agreed_to_talk(s, 2) == "agreed to a new round of talks"
    s = _first("The union agreed to a deal after talks.")
    assert agreed_to_talk(s, 2) is None  # the deal agreed, talks only before it


def _deal(question, text):
    m = market(question, "2024-09-30T23:59:59+00:00", "Resolves Yes if it happens by the deadline.")
    a = article("https://x.com/a", "2024-09-20T00:00:00+00:00", "News", text)
    return evaluate_market(m, [a], ts("2024-09-21T12:00:00+00:00"))


def test_a_market_on_a_deal_is_not_met_by_talks_on_it_but_a_market_on_talks_is():
    q = "Will Israel and Hamas agree to a ceasefire deal by September 30, 2024?"
    assert not _fired(_deal(q, "Israel and Hamas agreed on Thursday to resume talks on a ceasefire deal."), "confirmation")
    assert _fired(_deal(q, "Israel and Hamas agreed on Thursday to a ceasefire deal."), "confirmation")
    # the market itself asks for talks: the agreement to hold them is its act
    q = "Will the US and Iran agree to hold talks by September 30, 2024?"
    assert _fired(_deal(q, "The US and Iran agreed on Thursday to hold talks in Oman."), "confirmation")


BTC_Q = "Will Bitcoin reach $100,000 by October 2, 2024?"


def _btc(text):
    m = market(BTC_Q, "2024-10-02T23:59:59+00:00", "Resolves Yes if Bitcoin trades at or above $100,000 by the deadline.")
    a = article("https://x.com/a", "2024-11-05T00:00:00+00:00", "News", text)
    return evaluate_market(m, [a], ts("2024-11-06T12:00:00+00:00"))


def test_a_figure_dated_by_a_period_past_the_deadline_holds_its_silence():
    v = _btc("Bitcoin rose above $100,000 in October.")
    assert v.verdict == "undetermined"
    assert any(c.rule == "unread_evidence" and "runs past the deadline" in c.reason for c in v.contributions)


def test_a_figure_dated_after_or_within_the_deadline_is_still_read():
    # must not hold: dated wholly after the deadline, the silence still says no; dated within, the figure says yes
    v = _btc("Bitcoin rose above $100,000 on Nov. 1.")
    assert v.verdict == "likely-no"
    assert not [c for c in v.contributions if c.rule == "unread_evidence"]
    assert _btc("Bitcoin rose above $100,000 on Oct. 1.").verdict == "likely-yes"
