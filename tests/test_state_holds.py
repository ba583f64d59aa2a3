"""Stays-true markets on a state held at a level or in force (round 8): a hold reported as the
state going on ('kept its repo rate unchanged at 6.25 percent'), a measure 'in effect' read as
the state, a truce that 'holds' ended by fighting told as resumed, a headline's ending dated by its
body, and what is not an end (a part of the state, a hold at another value, an earlier truce).
Sentences are copied verbatim from the pages named above each."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import decided, news_article as article, news_market as market, ts


def rules_of(v, rule: str) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule]


RBI = market("Will the Reserve Bank of India's policy repo rate remain at 6.25% through March 31, 2017?",
             "2017-03-31T23:59:59+05:30",
             "This market will resolve to \"Yes\" if the Reserve Bank of India's policy repo rate stays at 6.25% "
             "continuously from the market's creation through March 31, 2017, 11:59 PM IST. Any change to the repo "
             "rate in that period resolves the market to \"No\". Changes to other rates, such as the reverse repo "
             "rate, do not count.")
# http://www.cnbc.com/2017/04/06/india-central-bank-keeps-rate-on-hold-keen-to-drain-excess-cash.html
RBI_HOLD = article("http://www.cnbc.com/2017/04/06/india-central-bank-keeps-rate-on-hold-keen-to-drain-excess-cash.html",
                   "2017-04-06T00:00:00+05:30", "India central bank keeps rate on hold, keen to drain excess cash",
                   "The Reserve Bank of India kept its repo rate unchanged at 6.25 percent for a third consecutive "
                   "policy meeting on Thursday as it continues to guard against any potential flare-up in inflation "
                   "and an uncertain global economic environment.")


def test_a_hold_at_the_level_reported_after_the_deadline_lets_it_decide_yes():
    v = evaluate_market(RBI, [RBI_HOLD], ts("2017-04-07T12:00:00+00:00"))
    assert decided(v) == "likely-yes"
    assert any("kept … unchanged at 6.25" in c.reason for c in rules_of(v, "state_held"))
    assert not rules_of(v, "unread_evidence")


def test_a_hold_at_another_level_is_not_read_as_the_state_going_on():
    other = article("https://example.org/rbi-other-level", "2017-04-06T00:00:00+05:30", "",
                    "The Reserve Bank of India kept its repo rate unchanged at 6.50 percent for a third consecutive "
                    "policy meeting on Thursday as it continues to guard against any potential flare-up in inflation "
                    "and an uncertain global economic environment.")
    v = evaluate_market(RBI, [other], ts("2017-04-07T12:00:00+00:00"))
    assert not rules_of(v, "state_held") and decided(v) != "likely-yes"


BOE = market("Will the Bank of England's Bank Rate remain at 5.25% through its December 14, 2023 decision?",
             "2023-12-14T23:59:59+00:00",
             "This market will resolve to \"Yes\" if the Bank of England's Bank Rate remains at 5.25% through "
             "December 14, 2023, 11:59 PM GMT, including after the Monetary Policy Committee decision announced that "
             "day. Otherwise, this market will resolve to \"No\".")
# https://www.finanzen.at/nachrichten/zinsen/bank-of-england-keeps-rate-unchanged-for-third-time-1032900725
BOE_HOLD = article("https://www.finanzen.at/nachrichten/zinsen/bank-of-england-keeps-rate-unchanged-for-third-time-"
                   "1032900725", "2023-12-14T00:00:00+01:00", "Bank Of England Keeps Rate Unchanged For Third Time",
                   "(RTTNews) - The Bank of England left its benchmark rate unchanged for the third consecutive meeting "
                   "on Thursday.\n\nThe Monetary Policy Committee governed by Andrew Bailey, voted 6-3 to maintain the "
                   "Bank Rate at 5.25 percent.")


def test_left_unchanged_and_a_headline_keeps_unchanged_are_holds():
    v = evaluate_market(BOE, [BOE_HOLD], ts("2023-12-15T12:00:00+00:00"))
    assert decided(v) == "likely-yes"
    held = [c.reason for c in rules_of(v, "state_held")]
    assert any("left … unchanged" in r for r in held) and any("(headline)" in r for r in held)


ALMATY = market("Will the state of emergency in Almaty remain in effect through January 18, 2022?",
                "2022-01-18T23:59:59+06:00",
                "This market will resolve to \"Yes\" if the state of emergency declared in Almaty, Kazakhstan on "
                "January 5, 2022 is not lifted in Almaty before January 18, 2022, 11:59 PM Almaty time. Lifting in "
                "other regions does not count. Otherwise, this market will resolve to \"No\".")
# https://www.republicworld.com/world-news/rest-of-the-world-news/kazakhstan-state-of-emergency-ends-in-almaty-but-terrorist-threat-remains-in-effect-articleshow.html
ALMATY_ENDS = article("https://www.republicworld.com/world-news/rest-of-the-world-news/kazakhstan-state-of-emergency-"
                      "ends-in-almaty-but-terrorist-threat-remains-in-effect-articleshow.html",
                      "2022-01-19T00:00:00+05:30",
                      "Kazakhstan: State of emergency ends in Almaty but terrorist threat remains in effect",
                      "The state of emergency as well as curfew which was implemented on January 5, in Almaty, "
                      "Kazakhstan, has come to an end on January 19 as planned, the city commandant's office announced. "
                      "However, the office further added that a high-level terrorist threat will remain in effect "
                      "indefinitely.")


def test_remain_in_effect_makes_the_subject_the_state():
    t = derive_target(ALMATY)
    assert t.kind == "state" and t.object_terms == ["state", "emergency"]


def test_a_headline_ending_takes_its_bodys_date():
    v = evaluate_market(ALMATY, [ALMATY_ENDS], ts("2022-01-19T12:00:00+00:00"))
    assert decided(v) == "likely-yes"
    head = [c for c in rules_of(v, "state_ended") + rules_of(v, "state_continues") if "(headline)" in c.reason]
    assert head and "after the deadline" in head[0].reason and "dated by its article's body" in head[0].temporal


TRINIDAD = market("Will Trinidad and Tobago's state of emergency remain in effect through November 30, 2021?",
                  "2021-11-30T23:59:59-04:00",
                  "This market will resolve to \"Yes\" if the state of emergency in Trinidad and Tobago that began on "
                  "May 15, 2021 remains in effect continuously through November 30, 2021, 11:59 PM local time. "
                  "Otherwise, this market will resolve to \"No\".")
# https://www.tv6tnt.com/news/7pmnews/parliament-approves-lifting-of-soe-on-wednesday/article_667cf58e-4817-11ec-b40b-8319b3337bc0.html
SOE_ENDS = article("https://www.tv6tnt.com/news/7pmnews/parliament-approves-lifting-of-soe-on-wednesday/"
                   "article_667cf58e-4817-11ec-b40b-8319b3337bc0.html", "2021-11-17T00:00:00-04:00",
                   "Parliament approves lifting of SoE on Wednesday",
                   "From midnight, the State of Emergency, inclusive of the 10pm to 5 am curfew shall come to an end.")


def test_the_state_of_emergency_coming_to_an_end_before_the_deadline_is_no():
    v = evaluate_market(TRINIDAD, [SOE_ENDS], ts("2021-11-18T12:00:00+00:00"))
    assert decided(v) == "likely-no"


KHARTOUM = market("Will the June 10 Sudan ceasefire hold in Khartoum through June 11, 2023?",
                  "2023-06-11T23:59:59+02:00",
                  "This market will resolve to \"Yes\" if no resumption of fighting between the Sudanese army and the "
                  "Rapid Support Forces in Khartoum is reported from the start of the US-Saudi brokered ceasefire on "
                  "June 10, 2023 through June 11, 2023, 11:59 PM Khartoum time. Otherwise, this market will resolve "
                  "to \"No\".")
# https://www.trtworld.com/article/13575119
SHELLING = article("https://www.trtworld.com/article/13575119", "2023-06-11T00:00:00+02:00", "TRT World",
                   "Shelling and gunfire have resumed in the Sudanese capital, witnesses said, after the end of a "
                   "24-hour ceasefire that had given civilians rare respite from nearly two months of war.")


def test_a_truce_that_holds_is_a_state_not_a_meeting():
    t = derive_target(KHARTOUM)
    assert t.kind == "state" and t.object_terms[-1] == "ceasefire" and "convene" not in t.act_forms


def test_fighting_resumed_ends_the_truce():
    v = evaluate_market(KHARTOUM, [SHELLING], ts("2023-06-11T20:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert "fighting resumed" in [c for c in rules_of(v, "state_ended") if c.direction == "no"][0].reason


GAZA = market("Will Israel's extended Gaza ceasefire hold until midnight on July 27, 2014?",
              "2014-07-27T23:59:59+03:00",
              "This market will resolve to \"Yes\" if Israel's announced 24-hour extension of the humanitarian "
              "ceasefire in Gaza remains in effect, with no resumption of Israeli offensive operations, until "
              "midnight local time on July 27, 2014. Otherwise, this market will resolve to \"No\".")
# https://amp.dw.com/en/hamas-announces-24-hour-humanitarian-ceasefire/a-17811290
RESUMING = article("https://amp.dw.com/en/hamas-announces-24-hour-humanitarian-ceasefire/a-17811290",
                   "2014-07-27T00:00:00+02:00", "Hamas declares 24-hour truce",
                   "The statement came just hours after the Israel Defense Forces said they were resuming their "
                   "offensive in the Gaza Strip.")


def test_resuming_an_offensive_ends_the_truce():
    v = evaluate_market(GAZA, [RESUMING], ts("2014-07-27T18:00:00+00:00"))
    assert decided(v) == "likely-no"


def test_fighting_after_an_earlier_truce_ends_nothing():
    earlier = article("https://example.org/earlier-truce", "2014-07-27T00:00:00+02:00", "",
                      "Fighting resumed in the Gaza Strip after a previous truce collapsed last week.")
    v = evaluate_market(GAZA, [earlier], ts("2014-07-27T18:00:00+00:00"))
    assert not [c for c in rules_of(v, "state_ended") if c.direction == "no"] and decided(v) != "likely-no"


def test_fighting_that_may_resume_ends_nothing():
    may = article("https://example.org/may-resume", "2014-07-27T00:00:00+02:00", "",
                  "Israeli officials warned that attacks on targets in Gaza could resume within hours.")
    v = evaluate_market(GAZA, [may], ts("2014-07-27T18:00:00+00:00"))
    assert not [c for c in rules_of(v, "state_ended") if c.direction == "no"]


CEASEFIRE = market("Will the Israel–Hamas ceasefire that took effect on January 19, 2025 remain in effect through "
                   "March 31, 2025?", "2025-03-31T23:59:59+02:00",
                   "This market will resolve to \"Yes\" if the ceasefire between Israel and Hamas in Gaza that took "
                   "effect on January 19, 2025 (including any agreed extension) remains in effect through March 31, "
                   "2025. Otherwise, this market will resolve to \"No\".")
# https://jang.com.pk/en/32744-israel-implements-ceasefire-extension-proposal-for-gaza-news
PHASE = article("https://jang.com.pk/en/32744-israel-implements-ceasefire-extension-proposal-for-gaza-news",
                "2025-03-02T00:00:00+05:00", "Israel implements ceasefire extension proposal for Gaza",
                "The announcement came shortly after the first phase of the ceasefire ended on Saturday.")


def test_a_phase_of_the_ceasefire_ending_is_not_the_ceasefire_ending():
    v = evaluate_market(CEASEFIRE, [PHASE], ts("2025-03-02T12:00:00+00:00"))
    assert not [c for c in rules_of(v, "state_ended") if c.direction == "no"] and decided(v) != "likely-no"
