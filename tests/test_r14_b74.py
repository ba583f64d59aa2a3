"""Readings of batch 74's misses (fourteenth round, r14-b74): a whole broken down into parts, one named
with the market's count ('have reached 2,636, of which 1,061 are deaths and 1,575 injuries'), is not
the count; a vote's turnout is not the share a market asks ('The voter turnout was 59.4 percent'); a
challenge to the outcome rejected ('two appeals from Mercedes were rejected') is no failed attempt at
the act; 'claimed a famous victory in the … Cup' on a field of play is the win; a verb of a measure's
fate after 'referendum to ban …' is the act ('… referendum to ban imports … pass?'). Sentences
verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.whole_counts import whole_of_parts
from tests.conftest import decided, news_article as article, news_market as market, ts, fired as _fired


# b74-pakistan-flood-toll-1500-by-sep30-2022-asof-aug29-multi-undet
FLOOD_Q = "Will the NDMA-reported death toll from Pakistan's 2022 monsoon floods exceed 1,500 by September 30, 2022?"
FLOOD_C = ("This market will resolve to \"Yes\" if Pakistan's National Disaster Management Authority (NDMA) reports a "
           "cumulative death toll of more than 1,500 from the 2022 monsoon rains and floods (counted from June 14, 2022) "
           "in any situation report issued on or before September 30, 2022. Injuries are not counted. Otherwise, this "
           "market will resolve to \"No\".")
FLOOD = ("Overall, the cumulative casualties from 14 June till 28 August have reached 2,636, of which 1,061 are deaths "
         "and 1,575 injuries.")


def _flood(text):
    m = market(FLOOD_Q, "2022-09-30T23:59:59+05:00", FLOOD_C)
    a = article("https://propakistani.pk/2022/08/29/x", "2022-08-29T11:42:00+05:00",
                "Pakistan's Casualties Rise to 2,600 Due to Devastating Monsoon Floods", text)
    return evaluate_market(m, [a], ts("2022-08-30T00:00:00+00:00"))


def test_a_whole_broken_down_with_the_count_as_a_part_is_not_the_count():
    v = _flood(FLOOD)
    assert v.verdict == "undetermined"
    assert not _fired(v, "threshold_crossed")
    assert whole_of_parts(FLOOD_Q, FLOOD, FLOOD.index("2,636"), FLOOD.index("2,636") + 5) == "of which 1,061 are deaths"


def test_the_count_itself_or_a_subgroup_breakdown_still_crosses():
    # must not fire: the whole named as the market's count, a part naming a subgroup, a total with no breakdown
    for text in ("Overall, the death toll from 14 June till 28 August has reached 2,636, of which 1,061 were in Sindh.",
                 "Overall, the death toll since 14 June has reached 2,636 deaths, of which 400 are children.",
                 "Overall, the death toll from 14 June till 28 August has reached 2,636."):
        assert decided(_flood(text)) == "likely-yes", text


# b74-swiss-jets-referendum-50-5pct-2020-no
JETS_Q = ("Will at least 50.5% of voters back the fighter-jet purchase in Switzerland's September 27, 2020 referendum?")
JETS_C = ("This market will resolve to \"Yes\" if the official result of the Swiss federal vote of September 27, 2020 on the "
          "federal decree on the procurement of new fighter aircraft shows at least 50.5% of valid votes in favour. "
          "Otherwise, this market will resolve to \"No\".")
JETS_LEAD = ("COLOGNE, Germany – The Swiss population on Sunday approved a government plan to spend $6.5 billion on new "
             "fighter aircraft by a margin of 8,670 votes, with the two U.S. vendors in the race feeling the backlash of "
             "anti-Trump sentiments.")
JETS = ("The vote translates into a razor-thin majority of 50.1 percent, or 1,605,700 votes, in favor of the acquisition, "
        "with 49.9 percent, or 1,597,030 votes, against. The voter turnout was 59.4 percent, according to figures "
        "published online Sunday evening by the Federal Chancellery.")


def _jets(text):
    m = market(JETS_Q, "2020-09-30T23:59:59+02:00", JETS_C)
    a = article("https://www.defensenews.com/x", "2020-09-28T00:00:00+02:00", "", JETS_LEAD + "\n\n" + text)
    return evaluate_market(m, [a], ts("2020-09-29T00:00:00+00:00"))


def test_a_turnout_is_not_the_share_in_favour():
    v = _jets(JETS)
    assert v.verdict == "likely-no"
    assert any("turnout" in c.reason and not c.weight for c in v.contributions)


def test_a_share_in_favour_beyond_the_bar_still_settles_yes():
    # must not fire: the share itself told beyond the bar; a turnout market reads its turnout (turnouts.py)
    text = "The vote translates into a majority of 56.1 percent in favor of the acquisition, with 43.9 percent against."
    assert decided(_jets(text)) == "likely-yes"


# b74-verstappen-2021-f1-title-protest-multi-yes
F1_Q = "Will Max Verstappen win the 2021 Formula One World Drivers' Championship?"
F1_C = ("This market will resolve to \"Yes\" if Max Verstappen is the 2021 FIA Formula One World Drivers' Champion according "
        "to the official classification following the season-ending Abu Dhabi Grand Prix on December 12, 2021, after any "
        "stewards' decisions on protests. Otherwise, this market will resolve to \"No\".")
F1 = ("Max Verstappen was eventually able to celebrate his maiden Formula One world championship after two appeals from "
      "Mercedes were rejected by race stewards following the Dutchman’s thrilling last-lap victory at the Abu Dhabi "
      "Grand Prix.")


def _f1(text, question=F1_Q):
    m = market(question, "2021-12-31T23:59:59+04:00", F1_C)
    a = article("https://www.expressandstar.com/x", "2021-12-12T00:00:00+00:00", "", text)
    return evaluate_market(m, [a], ts("2021-12-13T06:00:00+00:00"))


def test_a_rejected_challenge_of_another_party_is_no_failed_attempt():
    assert not _fired(_f1(F1), "failed_attempt")


def test_a_rejected_attempt_or_a_challenge_the_market_asks_still_fails():
    # must not fire: the market's own bid rejected; a market on the appeal itself
    assert _fired(_f1("Max Verstappen's bid for the world championship was rejected by race stewards on Sunday."),
                  "failed_attempt")
    q = "Will Mercedes win its appeal against the 2021 Abu Dhabi Grand Prix result?"
    assert _fired(_f1("Two appeals from Mercedes were rejected by race stewards on Sunday.", q), "failed_attempt")


# b74-gold-trip-melbourne-cup-2022-yes
CUP_Q = "Will Gold Trip win the 2022 Melbourne Cup?"
CUP = "Top-weight Gold Trip has claimed a famous victory in the 2022 Melbourne Cup."


def _cup(text, question=CUP_Q, deadline="2022-11-01T23:59:59+11:00", as_of="2022-11-01T12:00:00+00:00"):
    m = market(question, deadline)
    a = article("https://www.canberratimes.com.au/x", deadline[:10] + "T00:00:00+11:00", "", text)
    return evaluate_market(m, [a], ts(as_of))


def test_a_victory_claimed_on_a_field_of_play_is_the_win():
    v = _cup(CUP)
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_a_victory_claimed_in_a_vote_a_stage_or_by_a_rival_is_not_the_candidates_win():
    # must not fire: a rival's victory, a claim of victory in a vote, a stage of a tour
    assert decided(_cup("Emissary has claimed a famous victory in the 2022 Melbourne Cup.")) != "likely-yes"
    assert _cup("Nelson Chamisa claimed victory in the presidential election on Tuesday.",
                "Will Nelson Chamisa win the 2018 Zimbabwe presidential election?", "2018-08-30T23:59:59+02:00",
                "2018-08-01T12:00:00+00:00").verdict == "undetermined"
    assert _cup("Tadej Pogacar claimed victory in stage 4 of the Tour de France on Tuesday.",
                "Will Tadej Pogacar win the 2024 Tour de France?", "2024-07-30T23:59:59+02:00",
                "2024-07-10T12:00:00+00:00").verdict == "undetermined"


# b74-taiwan-ractopamine-ban-referendum-2021-no
def test_a_measures_fate_verb_after_its_content_infinitive_is_the_act():
    m = market("Will Taiwan's December 18, 2021 referendum to ban imports of pork containing ractopamine pass?",
               "2021-12-31T23:59:59+08:00")
    assert derive_target(m).act == "pass"
    a = article("https://focustaiwan.tw/politics/202112190003", "2021-12-19T00:45:00+08:00",
                "Four referendum questions fail to pass on low turnout (update)",
                "Taipei, Dec. 19 (CNA) Taiwanese voters on Saturday narrowly rejected the four referendum questions put "
                "to them in a national vote characterized by a relatively low turnout and nearly identical vote margins "
                "on almost all four issues.")
    assert evaluate_market(m, [a], ts("2021-12-21T00:00:00+00:00")).verdict == "likely-no"


def test_an_infinitive_act_with_no_fate_verb_keeps_its_act():
    # must not fire: the infinitive is the act when no verb of the measure's fate closes the question
    for q, act in (("Will Congress vote to ban imports of Russian oil by March 31, 2022?", "ban"),
                   ("Will the Swiss popular initiative to ban the construction of minarets be approved by more than 57% "
                    "of voters on November 29, 2009?", "approve")):
        assert derive_target(market(q, "2022-03-31T23:59:59+00:00")).act != "pass", q
