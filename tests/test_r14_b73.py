"""Readings from development batch 73 (fourteenth round, branch r14-b73): a preposition that is
also a verb ('over her private email server') and a partitive noun ('serve any part of his
suspension') are not the question's act; a suspension served is no act of suspending; a result
participle is its subject's when a negation before it belongs to another coordinated clause
('never trailed as they held …, capturing …'); a holder who retires ends the state; a halted
place that opened its doors again ended the halt (after the deadline: it lasted to it).
Sentences verbatim from the development corpus; each names its case; near paraphrases where a
reading must not fire follow."""

from datetime import datetime, timezone

from resolver.engine import evaluate_market
from resolver.engine.derive import _derived
from tests.conftest import news_article as article, news_market as market, ts, fired as _fired

_D = datetime(2016, 7, 31, tzinfo=timezone.utc)


# b73-fbi-recommend-charges-clinton-2016-no
FBI_Q = "Will the FBI recommend criminal charges against Hillary Clinton over her private email server by July 31, 2016?"


def test_a_preposition_is_not_the_act():
    t = _derived(FBI_Q, "", _D, ())
    assert t.act == "recommend"
    assert t.object == "criminal charges"


def test_fbi_will_not_recommend_is_ruled_out():
    m = market(FBI_Q, "2016-07-31T23:59:59-04:00", "")
    a = article("https://freebeacon.com/politics/fbi", "2016-07-05T00:00:00-04:00",
                "FBI Will Not Recommend Charges in Clinton Email Case",
                "The FBI will not recommend charges be brought against Hillary Clinton or any of her aides in connection "
                "with the former secretary of state's use of personal email to conduct government business, FBI Director "
                "James Comey said at a news conference Tuesday morning.")
    assert evaluate_market(m, [a], ts("2016-07-06T00:00:00+00:00")).verdict == "likely-no"


def test_a_verb_before_over_a_figure_keeps_its_act():
    # must not change: 'over' as the act's direction, and known verbs before a preposition
    t = _derived("Will the FBI recommend charges against Hillary Clinton by July 31, 2016?", "", _D, ())
    assert t.act == "recommend"
    t = _derived("Will Bitcoin trade over $100,000 by July 31, 2016?", "", _D, ())
    assert t.act == "trade"


# b73-brady-serves-suspension-2015-no
BRADY_Q = "Will Tom Brady serve any part of his four-game Deflategate suspension during the 2015 NFL regular season?"


def test_a_partitive_is_not_the_act():
    t = _derived(BRADY_Q, "", _D, ())
    assert t.act == "serve"
    assert t.object == "four-game Deflategate suspension"
    assert "suspend" not in t.act_forms  # serving a suspension is not suspending
    assert _derived("Will X sell part of its stake in Y by June 30?", "", _D, ()).act == "sell"


def test_a_vacated_suspension_is_not_served():
    m = market(BRADY_Q, "2016-01-03T23:59:59-05:00", "")
    a = article("https://torontosun.com/2015/09/03/brady", "2015-09-03T00:00:00-04:00",
                "Tom Brady's 4-game suspension nullifed",
                "Judge Richard Berman on Thursday morning vacated Tom Brady's four-game Deflate-gate suspension.")
    v = evaluate_market(m, [a], ts("2015-09-04T00:00:00+00:00"))
    assert v.verdict != "likely-yes"
    assert not _fired(v, "confirmation")


def test_imposing_a_suspension_still_reads_suspending():
    # must not fire: the pause family is still added for an act that imposes a suspension
    t = _derived("Will the NFL impose a suspension on Tom Brady by July 31, 2016?", "", _D, ())
    assert "suspend" in t.act_forms


# b73-broncos-win-super-bowl-50-2016-yes
BRONCOS_Q = "Will the Denver Broncos win Super Bowl 50?"
BRONCOS_S1 = ("The Denver Broncos sealed a shock 24-10 victory over the top-seeded Carolina Panthers at the Super Bowl 50 "
              "to win their third National Football League (NFL) championship.")
BRONCOS_S2 = ("The Broncos scored early in Sunday's final and never trailed as they held the league's highest-scoring "
              "offence in check, capturing their first Super Bowl title in 17 years.")


def _broncos(text):
    m = market(BRONCOS_Q, "2016-02-08T23:59:59-08:00",
               "This market will resolve to \"Yes\" if the Denver Broncos defeat the Carolina Panthers in Super Bowl 50, "
               "played on February 7, 2016. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.aljazeera.com/news/2016/02/broncos", "2016-02-08T00:00:00+03:00",
                "Super Bowl 50: Broncos stun Panthers", text)
    return evaluate_market(m, [a], ts("2016-02-08T12:00:00+00:00"))


def test_the_subjects_result_participle_is_its_win():
    v = _broncos(f"{BRONCOS_S1}\n\n    {BRONCOS_S2}")
    assert v.verdict == "likely-yes"
    assert any("capturing" in c.reason for c in _fired(v, "confirmation"))


def test_another_subjects_result_participle_is_not_the_candidates_win():
    # must not fire: the subject is not the candidate; a negation of the clause that has the result
    for text in ("The Carolina Panthers scored early in Sunday's final and never trailed as they held the league's "
                 "offence in check, capturing their first Super Bowl title in 17 years.",
                 "The Broncos scored early in Sunday's final but never held the league's highest-scoring offence in "
                 "check, capturing nothing."):
        v = _broncos(text)
        assert not any("capturing" in c.reason for c in _fired(v, "confirmation")), text


# b73-stumpf-remains-wells-ceo-2016-no
STUMPF_Q = "Will John Stumpf remain CEO of Wells Fargo through October 31, 2016?"


def _stumpf(title, text):
    m = market(STUMPF_Q, "2016-10-31T23:59:59-07:00", "")
    a = article("https://www.theguardian.com/business/2016/oct/12/wells-fargo", "2016-10-12T00:00:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2016-10-13T00:00:00+00:00"))


def test_a_holder_who_retires_ends_the_state():
    v = _stumpf("Wells Fargo chief John Stumpf retires in wake of fake account scandal",
                "Wells Fargo's chief executive and chairman, John Stumpf, is retiring effective immediately from both "
                "the bank and the board in the wake of the scandal over its sales practices.")
    assert v.verdict == "likely-no"
    assert any("retires" in c.reason for c in _fired(v, "state_ended"))


def test_a_retirement_to_come_or_of_another_does_not_end_it():
    # must not fire: a plan to retire, another person retiring
    for title in ("Wells Fargo chief John Stumpf will retire next year",
                  "Wells Fargo director Jane Doe retires, John Stumpf stays"):
        v = _stumpf(title, "The bank announced the news on Wednesday.")
        assert not any("retire" in c.reason for c in _fired(v, "state_ended")), title


# b73-greek-banks-closed-through-jul19-2015-yes
GREEK_Q = "Will Greece's bank branches stay closed through July 19, 2015?"
GREEK = ("BANK branches in Greece have opened their doors on Monday (July 20) for the first time in three weeks, but the "
         "amount of money clients can withdraw remains limited.")


def _greek(text, published="2015-07-20T00:00:00+02:00", as_of="2015-07-20T18:00:00+00:00"):
    m = market(GREEK_Q, "2015-07-19T23:59:59+03:00", "")
    a = article("https://www.euroweeklynews.com/2015/07/20/greek-banks", published, "Greek banks", text)
    return evaluate_market(m, [a], ts(as_of))


def test_a_halted_place_opened_after_the_deadline_lasted_to_it():
    v = _greek(GREEK)
    assert v.verdict == "likely-yes"
    assert any("opened" in c.reason for c in _fired(v, "state_continues"))


def test_a_halted_place_opened_before_the_deadline_ended_it():
    v = _greek("BANK branches in Greece have opened their doors on Thursday (July 16) for the first time in three weeks.",
               published="2015-07-16T12:00:00+02:00", as_of="2015-07-17T00:00:00+00:00")
    assert any("opened" in c.reason for c in _fired(v, "state_ended"))


def test_opening_something_else_is_no_reopening():
    # must not fire: an inquiry opened, not the branches
    v = _greek("Greek prosecutors have opened an inquiry on Thursday (July 16) into capital flight.",
               published="2015-07-16T12:00:00+02:00", as_of="2015-07-17T00:00:00+00:00")
    assert not _fired(v, "state_ended")
