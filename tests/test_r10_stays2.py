"""Stays-true readings of the tenth round, second pass, on corpus sentences verbatim (each test names
its case): an ending told as done after the deadline (late_endings.py), a sentence-case headline's
names before its verb, an ending held off by the holder (held_off_endings.py), an annulled election
result ending a declared win, a company named without its legal suffix and taken private, and a
quoted first-person 'I resign' (performatives.py), each with must-not-fire guards."""

from resolver.engine import evaluate_market
from resolver.engine.actors import actor_aliases
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from resolver.engine.verb_aspect import aspect
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight and c.rule != "weak_reading"]


# --- an ending told as done after the deadline --------------------------------------------------

ABE_Q = "Will Shinzo Abe still be Prime Minister of Japan at the end of September 15, 2020 (Tokyo time)?"
ABE_C = ("This market will resolve to \"Yes\" if Shinzo Abe holds the office of Prime Minister of Japan continuously from "
         "August 28, 2020 through September 15, 2020, 11:59 PM Japan Standard Time. Otherwise, including if Abe and his "
         "cabinet formally resign, or a successor takes office, at or before that time, this market will resolve to \"No\".")
ABE = ("TOKYO (AP) — Japanese Prime Minister Shinzo Abe and his Cabinet resigned, clearing the way for his successor to "
       "take over after parliamentary confirmation later Wednesday.\n\nAbe, Japan’s longest-serving prime minister, "
       "announced last month that he was stepping down because of health problems.")


def test_an_ending_told_after_the_deadline_says_the_state_lasted_to_it():
    # b47-abe-still-pm-on-sep15-2020-multi-yes: the announced ending is the one that came late
    m = market(ABE_Q, "2020-09-15T23:59:59+09:00", ABE_C)
    a = article("https://wtop.com/asia/2020/09/japans-pm-shinzo-abe-resigns-clearing-way-for-successor/",
                "2020-09-15T20:28:00-04:00", "Japan’s PM Shinzo Abe resigns, clearing way for successor", ABE)
    v = evaluate_market(m, [a], ts("2020-09-16T12:00:00+09:00"))
    assert v.verdict == "likely-yes"
    assert _fired(v, "state_continues")
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


BOUTEFLIKA = ("The military dismissed as bogus Bouteflika’s promise to resign before his term ends on April 28 and said in a "
              "statement it was time to invoke constitutional articles that would allow for the ailing 82-year-old leader "
              "to be declared unfit for office.")


def test_an_ending_dated_after_a_report_published_before_the_deadline_is_not_late():
    # guard, b48-bouteflika-remains-president-through-apr15-2019-multi-no: a report of April 2
    m = market("Will Abdelaziz Bouteflika remain President of Algeria through April 15, 2019?", "2019-04-15T23:59:59+01:00")
    a = article("https://www.bnnbloomberg.ca/algeria-army-steps-up-demand-for-bouteflika-to-go-without-delay-1.1238531",
                "2019-04-02T00:00:00-04:00", "Algeria Army Steps Up Demand For Bouteflika to Go Without Delay", BOUTEFLIKA)
    v = evaluate_market(m, [a], ts("2019-04-03T12:00:00+01:00"))
    assert not _fired(v, "state_continues")
    assert v.verdict != "likely-yes"


BOT_Q = "Will the Bank of Thailand's policy rate remain at 2.50% through September 30, 2024?"
BOT = ("The Bank of Thailand (BOT)’s Monetary Policy Committee (MPC) voted on Wednesday to reduce the policy interest rate "
       "by 25 basis points, from 2.50% to 2.25% per annum with immediate effect.")


def test_a_level_left_from_the_markets_value_after_the_deadline_held_to_it():
    # b27-bot-rate-stays-2.50-through-sep30-2024-multi-stays-yes
    m = market(BOT_Q, "2024-09-30T23:59:59+07:00")
    a = article("https://example.com/bot", "2024-10-16T00:00:00+07:00", "", BOT)
    v = evaluate_market(m, [a], ts("2024-10-17T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert _fired(v, "state_continues")


def test_a_level_moved_with_no_starting_value_after_the_deadline_is_not_read():
    # guard, b31-bank-of-jamaica-rate-stays-6-or-above-through-apr-yes: 'to 5.75' says nothing of where it stood
    m = market("Will the Bank of Jamaica's policy rate stay at or above 6.00% through April 30, 2025?",
               "2025-04-30T23:59:59-05:00")
    a = article("https://example.com/boj", "2025-05-21T00:00:00-05:00",
                "BOJ cuts interest rate to 5.75 per cent, warns of US policy risks", "")
    v = evaluate_market(m, [a], ts("2025-05-22T00:00:00+00:00"))
    assert not _fired(v, "state_continues")


# --- a sentence-case headline's names ----------------------------------------------------------

def test_a_name_before_a_sentence_case_headline_verb_is_no_verb():
    # b49-brooks-remains-ni-ceo-through-jul31-2011-multi-no
    s = article_sentences("Phone-hacking: Rebekah Brooks resigns from News International", "")[0]
    i = next(k for k, t in enumerate(s.tokens) if t.text == "resigns")
    assert aspect(s, i, "resign") == "past"


def test_a_finite_verb_before_a_headline_verb_still_makes_it_none():
    # guard (verb_aspect._headline_verb's own case): 'Fed pauses rate cuts' keeps 'cuts' a noun
    s = article_sentences("Fed pauses rate cuts", "")[0]
    i = next(k for k, t in enumerate(s.tokens) if t.text == "cuts")
    assert aspect(s, i, "cut") != "past"


# --- an ending held off by the holder ----------------------------------------------------------

HARIRI_Q = "Will Saad Hariri remain Prime Minister of Lebanon through November 22, 2017?"
HARIRI = ("Lebanese Prime Minister Saad Hariri on Wednesday suspended his shock resignation delivered weeks earlier from "
          "Saudi Arabia, marking a stunning return to Beirut after weeks of speculation over his freedom of movement.")


def _hariri(deadline, as_of):
    m = market(HARIRI_Q, deadline)
    a = article("https://www.washingtonpost.com/world/lebanon-prime-minister-home-after-strange-resignation/2017/11/22/",
                "2017-11-22T00:00:00+02:00", "", HARIRI)
    return evaluate_market(m, [a], ts(as_of))


def test_a_suspended_resignation_is_no_ending_and_on_the_deadline_day_the_state_stood():
    # b50-hariri-remains-pm-through-nov22-2017-multi-stays-yes
    v = _hariri("2017-11-22T23:59:59+02:00", "2017-11-23T12:00:00+00:00")
    assert not _fired(v, "state_ended")
    assert _fired(v, "state_continues")
    assert v.verdict == "likely-yes"


def test_a_suspended_resignation_weeks_before_the_deadline_is_only_a_note():
    # guard: the ending may still come before a later deadline
    v = _hariri("2017-12-31T23:59:59+02:00", "2017-11-23T12:00:00+00:00")
    assert not _fired(v, "state_continues") and not _fired(v, "state_ended")
    assert v.verdict == "undetermined"


# --- an annulled result ends a declared win ----------------------------------------------------

KENYA_Q = ("Will Uhuru Kenyatta's declared victory in Kenya's August 8, 2017 presidential election remain valid through "
           "September 30, 2017?")
KENYA = ("Kenya’s Supreme Court has annulled the result of last month’s presidential election, citing irregularities, and "
         "ordered a new one within 60 days.")


def test_an_annulled_election_result_ends_a_declared_win():
    # b50-kenyatta-aug2017-win-stands-through-sep30-stays-no
    assert derive_target(market(KENYA_Q, "2017-09-30T23:59:59+03:00")).kind == "state"
    m = market(KENYA_Q, "2017-09-30T23:59:59+03:00")
    a = article("http://www.africanexaminer.com/jubilation-as-supreme-court-annuls-kenya-presidential-election-results/",
                "2017-09-01T00:00:00+01:00", "Jubilation as Supreme Court Annuls Kenya Presidential Election Results", KENYA)
    v = evaluate_market(m, [a], ts("2017-09-02T00:00:00+00:00"))
    assert v.verdict == "likely-no"


def test_valid_votes_are_no_state():
    # guard: 'the valid votes' of a vote-share question stays a threshold
    t = derive_target(market("Will Luis Abinader receive 60% or more of the valid votes in the 2024 Dominican Republic "
                             "presidential election?", "2024-05-31T23:59:59-04:00"))
    assert t.kind != "state"


def test_an_annulled_conviction_still_needs_its_own_noun():
    # guard: a conviction is not a win; 'the result' does not name it
    m = market("Will Bill Cosby's 2018 sexual assault conviction remain in place through December 31, 2021?",
               "2021-12-31T23:59:59-05:00")
    a = article("https://example.com/c", "2021-07-01T00:00:00-04:00", "",
                "The court has annulled the result of the hearing, citing irregularities.")
    v = evaluate_market(m, [a], ts("2021-07-02T00:00:00-04:00"))
    assert not _fired(v, "state_ended")


# --- a company taken private -------------------------------------------------------------------

DELL_Q = "Will Dell Inc. remain a publicly traded company through December 31, 2013?"
DELL = ("It's official: Dell is now a private company. Founder Michael Dell and Silver Lake Partners have completed their "
        "acquisition of the firm in a deal valued at around $24.9bn.")


def test_a_company_goes_by_its_name_without_its_legal_suffix():
    assert "dell" in actor_aliases("Dell Inc")
    assert "ixqua" in actor_aliases("Ixqua Corp") and "corp" not in actor_aliases("Ixqua Corp")


def test_a_company_gone_private_ends_its_listing():
    # b49-dell-remains-public-through-2013-multi-stays-no
    m = market(DELL_Q, "2013-12-31T23:59:59-05:00")
    a = article("https://www.theregister.com/2013/10/29/dell_goes_private/", "2013-10-29T00:00:00+00:00",
                "Dell goes private: Stock ceases trading, now Big Mike's baby once again", DELL)
    v = evaluate_market(m, [a], ts("2013-10-30T12:00:00+00:00"))
    assert v.verdict == "likely-no"


def test_an_adjourned_buyout_vote_ends_nothing():
    # guard, same case: the July report
    m = market(DELL_Q, "2013-12-31T23:59:59-05:00")
    a = article("https://www.pionline.com/article/20130718/ONLINE/130719885/", "2013-07-18T00:00:00-04:00",
                "dell adjourns meeting without vote result on buyout offer",
                "Dell Inc. adjourned an investor meeting to vote on CEO Michael Dell’s $24.4 billion buyout without "
                "providing any details on the outcome.")
    v = evaluate_market(m, [a], ts("2013-07-19T12:00:00+00:00"))
    assert not _fired(v, "state_ended") and v.verdict == "undetermined"


# --- a quoted first-person ending --------------------------------------------------------------

MORALES_Q = "Will Evo Morales remain President of Bolivia through November 30, 2019?"


def _morales(text):
    m = market(MORALES_Q, "2019-11-30T23:59:59-04:00")
    a = article("https://www.themalaysianinsight.com/s/196209", "2019-11-11T07:55:00+08:00", "", text)
    return evaluate_market(m, [a], ts("2019-11-11T12:00:00+00:00"))


def test_a_quoted_i_resign_said_ends_the_office():
    # b50-morales-remains-president-through-nov30-2019-stays-no
    v = _morales("“I resign (from) my post as president,” said the leftist in a televised address, capping a day of "
                 "fast-moving events in which several ministers and senior officials quit as support for Latin America’s "
                 "longest-serving president crumbled.")
    assert any("I resign" in c.reason for c in _fired(v, "state_ended"))


def test_a_quoted_refusal_or_another_post_is_no_ending():
    # guards: a negated quote, and a quote of another office
    assert not _fired(_morales("“I will not resign my post as president,” Morales said on Sunday."), "state_ended")
    assert not _fired(_morales("“I resign as party leader,” said Morales on Sunday."), "state_ended")
