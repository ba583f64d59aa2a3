"""Wrong decisive verdicts of the development corpus (fifteenth round, r15-wrongdev), each made right
or undetermined by a general reading: a side's share of the voters is not a vote's turnout, nor is a
turnout told while the polls are open (engine/turnouts.py); a unanimity the market asks of its act
is settled by the tally the report gives (engine/unanimity.py); an act told on a claimant's word in
an article that tells the claim refuted is not reported done (engine/disputed_claims.py); an
agreement called off with a counterparty none of the market's parties is another deal
(other_fixtures.other_counterparty); a cut-off set to a clock time in a named zone is not placed by
a day that runs past it in the report's own offset (engine/clock_cut_offs.py). Sentences verbatim
from the development corpus; each names its case, and must-not-fire neighbours sit beside them."""

from resolver.engine import clock_cut_offs, disputed_claims, turnouts, unanimity
from resolver.engine.text import article_sentences
from tests.conftest import article, decided, fired, run_case

# b57-macedonia-referendum-turnout-50pct-sep2018-no
MACEDONIA_Q = "Will turnout in Macedonia's September 30, 2018 name-change referendum reach 50%?"
MACEDONIA_C = ('This market will resolve to "Yes" if official results from Macedonia\'s State Electoral Commission show '
               'voter turnout of 50% or more of registered voters in the September 30, 2018 referendum on the agreement '
               'with Greece. Otherwise, this market will resolve to "No".')
SIDE = ("Early on October 1, with ballots from more than 97 percent of polling stations counted, the official results "
        "showed 91.3 percent of voters approving the deal to change the country's name to the Republic of North Macedonia.")
TURNOUT = ("But in the face of a boycott called by opponents of the name change, turnout stood at just 36.8 percent of "
           "Macedonia's 1.8 million eligible voters -- far from the massive support that Prime Minister Zoran Zaev's "
           "government had hoped for.")
INTERIM = ("Half an hour before polls were to close, voter turnout stood at 34 percent, according to the Associated Press.")


def _macedonia(*sentences):
    return run_case(MACEDONIA_Q, "2018-10-01T23:59:59+02:00", MACEDONIA_C,
                    [("https://example.org/mk", "2018-10-01T00:00:00+02:00", "Macedonian referendum name change turnout",
                      "\n\n".join(sentences))], "2018-10-01T18:00:00+00:00")


def test_side_share_is_not_the_turnout():
    v = _macedonia(SIDE)
    assert not fired(v, "threshold_crossed")
    assert decided(v) == "undetermined"


def test_turnout_told_with_just_is_read():
    v = _macedonia(SIDE, TURNOUT)
    assert decided(v) == "likely-no"
    assert any("36.8" in c.reason for c in fired(v, "threshold_crossed", "threshold_missed"))


def test_turnout_told_while_polls_open_is_not_read():
    v = _macedonia(INTERIM)
    assert not fired(v, "threshold_crossed", "threshold_missed")


def test_side_share_words_must_not_fire():
    class Ctx:  # the words alone: a turnout market
        class market:
            question = MACEDONIA_Q
    text = "the turnout was 91.3 percent of voters, the highest since 1991"
    assert turnouts.told_as_side_share(Ctx, text, text.index("percent") + 7) is None
    text = "91.3 percent of voters approving the deal"
    Ctx.market.question = "Will at least 60% of voters approve the deal?"
    assert turnouts.told_as_side_share(Ctx, text, text.index("percent") + 7) is None  # not a turnout market


# b52-fed-jan22-2008-cut-unanimous-no
FED_Q = "Will the Federal Reserve's January 22, 2008 emergency rate cut be approved unanimously by the FOMC?"
FED_C = ('This market will resolve to "Yes" if the Federal Open Market Committee\'s intermeeting decision announced '
         'January 22, 2008 to lower the federal funds rate is approved with no dissenting votes, as reported in the '
         'Fed\'s statement. If any voting member dissents, this market will resolve to "No".')
SPLIT = ("The action was approved on an 8-1 vote, with William Poole, president of the Fed's regional bank, objecting "
         "because he didn't feel conditions merited a rate move before the scheduled meeting next week.")


def _fed(text):
    return run_case(FED_Q, "2008-01-31T23:59:59-05:00", FED_C,
                    [("https://example.org/fed", "2008-01-22T00:00:00-05:00",
                      "Fed Slashes Rates 75 Basis Points in Emergency Move", text)], "2008-01-23T12:00:00+00:00")


def test_split_tally_is_not_unanimous():
    v = _fed(SPLIT)
    assert decided(v) == "likely-no"
    assert fired(v, "magnitude_short")


def test_untold_manner_does_not_confirm():
    v = _fed("The action was approved by the committee on Tuesday.")
    assert not fired(v, "confirmation")


def test_unanimity_readings():
    assert unanimity.manner("The action was approved on an 8-1 vote")[0] == "split"
    assert unanimity.manner("approved by a vote of 7 to 2")[0] == "split"
    assert unanimity.manner("The committee voted unanimously to cut")[0] == "whole"
    assert unanimity.manner("approved on a 9-0 vote")[0] == "whole"
    assert unanimity.manner("approved with no dissenting votes")[0] == "whole"
    # must not fire: a score or a rate figure is no tally
    assert unanimity.manner("The action was approved after stocks fell 3-4 percent")[0] == "untold"
    assert not unanimity.asked("Will the Fed cut rates by 50 bps in March?", "")


# b51-russia-captures-bakhmut-by-may31-2023-multi-undet
BAKHMUT_TITLE = "Ukraine refutes Russian claim of taking Bakhmut"
BAKHMUT = ("Russia's defense ministry says its forces, together with the Russian private military firm the Wagner Group, "
           "have taken full control of the Ukrainian city of Bakhmut in the eastern region of Donetsk.\n\n"
           "But Ukraine refutes that claim, saying that the fighting there is ongoing.")


def _first(title, text):
    a = article(text, title=title)
    s = article_sentences(a.title, a.text)
    return a, s


def test_claim_told_refuted_is_not_a_report():
    a, sents = _first(BAKHMUT_TITLE, BAKHMUT)
    body = next(s for s in sents if "defense ministry" in s.text)
    i = next(k for k, t in enumerate(body.tokens) if t.lower == "taken")
    assert disputed_claims.disputed(a.title, a.text, body, i)


def test_undisputed_or_own_voice_must_not_fire():
    text = ("Russia's defense ministry says its forces have taken full control of the city.\n\n"
            "The court denied bail to the suspect.")
    a, sents = _first("Russia says it has taken the city", text)
    body = next(s for s in sents if "defense ministry" in s.text)
    i = next(k for k, t in enumerate(body.tokens) if t.lower == "taken")
    assert disputed_claims.disputed(a.title, a.text, body, i) is None  # no claim told disputed
    a, sents = _first(BAKHMUT_TITLE, "Russian forces took full control of the city on Sunday.\n\nUkraine refutes that claim.")
    body = next(s for s in sents if "Russian forces" in s.text)
    i = next(k for k, t in enumerate(body.tokens) if t.lower == "took")
    assert disputed_claims.disputed(a.title, a.text, body, i) is None  # told in the article's own voice


# b51-jetblue-spirit-agreement-by-aug15-2022-asof-frontier-exit-undet
JETBLUE_Q = "Will JetBlue sign a definitive merger agreement to acquire Spirit Airlines by August 15, 2022?"
JETBLUE_C = ('This market will resolve to "Yes" if, by August 15, 2022, JetBlue Airways and Spirit Airlines announce that '
             'they have entered into a definitive merger agreement under which JetBlue would acquire Spirit. Ongoing '
             'talks, offers or letters of intent do not count. Otherwise, this market will resolve to "No".')


def _jetblue(title, text):
    return run_case(JETBLUE_Q, "2022-08-15T23:59:59-04:00", JETBLUE_C,
                    [("https://example.org/b6", "2022-07-28T00:00:00+00:00", title, text)], "2022-07-28T12:00:00+00:00")


def test_agreement_with_another_party_called_off_is_another_deal():
    v = _jetblue("Spirit Airlines terminates merger agreement with Frontier",
                 "Spirit Airlines announced the termination of its merger agreement with Frontier Group Holdings.")
    assert not fired(v, "ruled_out")
    assert decided(v) == "undetermined"


def test_agreement_with_a_market_party_called_off_still_fires():
    v = _jetblue("Spirit Airlines terminates merger agreement with JetBlue",
                 "Spirit Airlines said it had terminated talks.")
    assert fired(v, "ruled_out")


# b75-messenger-mercury-orbit-by-mar17-utc-2011-multi-no
MESSENGER_Q = "Will NASA's MESSENGER spacecraft enter orbit around Mercury by March 17, 2011, 23:59 UTC?"
MESSENGER_C = ('This market will resolve to "Yes" if NASA\'s MESSENGER spacecraft completes its Mercury orbit-insertion '
               'maneuver and is in orbit around Mercury at or before 23:59:59 UTC on March 17, 2011. Times are judged in '
               'UTC regardless of how they are reported locally. Otherwise, this market will resolve to "No".')
ORBIT = ("With a 30-minute blast from its main rocket engine, NASA's Messenger spacecraft slipped into orbit around Mercury "
         "on Thursday evening, becoming the first Earth vehicle to circle the closest planet to the sun.")


def _messenger(published):
    return run_case(MESSENGER_Q, "2011-03-17T23:59:59+00:00", MESSENGER_C,
                    [("https://example.org/msgr", published, "Messenger spacecraft enters orbit around Mercury", ORBIT)],
                    "2011-03-18T12:00:00+00:00")


def test_day_past_the_instant_in_report_offset_does_not_place():
    v = _messenger("2011-03-17T00:00:00-07:00")
    assert not fired(v, "confirmation")


def test_day_in_the_deadline_offset_still_confirms():
    v = _messenger("2011-03-17T00:00:00+00:00")
    assert fired(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_clock_cut_off_asked_must_not_fire_on_a_date_only_market():
    assert clock_cut_offs.asked(MESSENGER_Q, "")
    assert not clock_cut_offs.asked("Will MESSENGER enter orbit around Mercury by March 17, 2011?", "")


def test_time_of_day_in_the_sentence_keeps_the_reading():
    # b46-phoenix-lands-by-may25-2008-utc-multi-yes: the sentence dates the act finer than its day
    v = run_case("Will NASA confirm a successful Phoenix landing on Mars by May 25, 2008, 23:59 UTC?",
                 "2008-05-25T23:59:59+00:00", "",
                 [("https://example.org/phx", "2008-05-25T00:00:00-07:00", "Phoenix Lander Touches Down",
                   "Radio signals received at 4:53:44 p.m. Pacific Time (7:53:44 p.m. Eastern Time) confirmed the Phoenix "
                   "Mars Lander had survived its difficult final descent and touchdown 15 minutes earlier.")],
                 "2008-05-26T06:00:00+00:00")
    assert fired(v, "confirmation")


def test_day_in_the_deadline_zone_is_its_calendar_date():
    # b03-us-china-truce-extended-aug12-yes: the report's offset is the deadline's own
    v = run_case("Will the US extend its tariff truce with China before it expires on August 12, 2025?",
                 "2025-08-12T00:01:00-04:00",
                 'This market will resolve to "Yes" if, before the U.S.-China tariff truce agreed in May 2025 expires at '
                 '12:01 a.m. ET on August 12, 2025, the U.S. President formally extends the suspension of the higher '
                 'tariffs on Chinese goods. Otherwise, this market will resolve to "No".',
                 [("https://example.org/truce", "2025-08-12T00:00:00-04:00", "Trump extends China truce", "")],
                 "2025-08-12T16:00:00+00:00")
    assert not any("cut-off is an instant" in c.reason for c in v.contributions)
