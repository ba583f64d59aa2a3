"""Event markets whose act cannot come, read on corpus sentences verbatim (each test names its
case): the market's craft told lost, destroyed or crashed ('The 2,268 kg EOS-03 communication
satellite carried by the rocket was lost', 'Israeli spacecraft crashes during moon landing') rules out
an act that needs it whole. Guards: a link lost is not the craft lost ('communication with Luna-25 was
lost', 'contact was lost on June 20'), a guess is not a loss ('Assumed To Be Lost', 'appeared to have
crashed'), another craft's crash is not the market's, and a launch market does not read a loss (a lost
craft may have flown)."""

from resolver.engine import evaluate_market, lost_craft
from resolver.engine.deal_agreement import deal_agreement
from resolver.engine.analysis import analyse
from resolver.engine.evaluate import market_context
from resolver.engine.spec import default_rule_set
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b47-isro-eos03-reaches-orbit-by-aug31-2021-no
ISRO_Q = "Will ISRO's EOS-03 Earth observation satellite be successfully placed in orbit by August 31, 2021?"
ISRO_C = ("This market will resolve to \"Yes\" if ISRO's EOS-03 (GISAT-1) satellite is launched and successfully placed "
          "into its intended orbit between August 1, 2021 and August 31, 2021, 11:59 PM IST. A launch that lifts off but "
          "fails to deliver the satellite to orbit does not count. Otherwise, this market will resolve to \"No\".")
ISRO_TEXT = ("In a setback for India’s space programme, the GSLV-F10 rocket failed midway in its mission to put into orbit "
             "the Earth Observation Satellite (EOS-03). The 2,268 kg EOS-03 communication satellite carried by the rocket "
             "was lost.\n\nThe launch took place at 0543 hr from the second launch pad at the Satish Dhawan Space Centre "
             "SHAR, Sriharikota, on Thursday. The performance of the first and second stages of the launch was normal. "
             "However, the cryogenic upper stage ignition failed due to a technical anomaly.\n\nThe mission could not be "
             "accomplished as intended, the Indian Space Research Organisation (ISRO) said in a tweet.")


def _isro(text=ISRO_TEXT, question=ISRO_Q):
    m = market(question, "2021-08-31T23:59:59+05:30", ISRO_C)
    a = article("https://www.thehindubusinessline.com/news/gslv-f10-rocket-fails-midway-in-its-mission/article35869113.ece",
                "2021-08-12T00:00:00+05:30", "GSLV-F10 rocket fails midway in its mission", text)
    return evaluate_market(m, [a], ts("2021-08-13T12:00:00+05:30"))


def test_the_market_craft_told_lost_rules_the_act_out():
    v = _isro()
    assert v.verdict == "likely-no"
    assert any("'was lost'" in c.reason for c in _fired(v, "ruled_out"))


def test_a_launch_market_does_not_read_the_loss():
    # guard (question edited to ask for the launch): a lost craft may have flown
    v = _isro(question="Will ISRO's EOS-03 Earth observation satellite launch by August 31, 2021?")
    assert not any("craft" in c.reason for c in _fired(v, "ruled_out"))


# b37-beresheet-soft-landing-apr2019-no
BERESHEET_Q = "Will SpaceIL's Beresheet lander successfully land on the Moon by April 30, 2019?"
BERESHEET_C = ("This market will resolve to \"Yes\" if the Israeli Beresheet spacecraft built by SpaceIL and Israel "
               "Aerospace Industries achieves a successful (soft) landing on the lunar surface by April 30, 2019, as "
               "confirmed by SpaceIL. A crash or hard impact does not count. Otherwise, this market will resolve to \"No\".")


def _beresheet(title, text):
    m = market(BERESHEET_Q, "2019-04-30T23:59:59+03:00", BERESHEET_C)
    a = article("https://phys.org/news/2019-04-israeli-spacecraft-moon-mission.html", "2019-04-11T00:00:00-04:00",
                title, text)
    return evaluate_market(m, [a], ts("2019-04-12T12:00:00+00:00"))


BERESHEET_TEXT = ("\"The spacecraft Beresheet did not successfully complete its landing on the moon,\" an onscreen message "
                  "said.")


def test_a_headline_crash_of_the_craft_by_its_noun_rules_the_landing_out():
    v = _beresheet("Israeli spacecraft crashes during moon landing: mission control", BERESHEET_TEXT)
    assert v.verdict == "likely-no"
    assert any("'crashes'" in c.reason for c in _fired(v, "ruled_out"))


def test_another_named_craft_crashing_is_not_the_market_craft():
    # guard: b10-luna25-soft-landing-by-aug31-2023-no's headline, under the Beresheet market
    v = _beresheet("Russian spacecraft Luna-25 crashed into the Moon's surface", BERESHEET_TEXT)
    assert not any("craft" in c.reason for c in _fired(v, "ruled_out"))


def _found(question, criteria, deadline, title, text, published):
    m = market(question, deadline, criteria)
    ctx = market_context(m, default_rule_set(m))
    a = article("https://example.org/x", published, title, text)
    return [lost_craft.find(ctx, f) for f in analyse(ctx, a)]


# b10-luna25-soft-landing-by-aug31-2023-no
LUNA_Q = "Will Russia's Luna-25 soft-land on the Moon by August 31, 2023?"
LUNA_C = ("This market will resolve to \"Yes\" if Roscosmos' Luna-25 spacecraft makes a successful soft landing on the "
          "lunar surface by August 31, 2023, 11:59 PM Moscow time. A crash does not count. Otherwise, this market will "
          "resolve to \"No\".")


def test_the_craft_named_in_the_criteria_crashed_and_a_link_lost_is_not_the_craft():
    found = _found(LUNA_Q, LUNA_C, "2023-08-31T23:59:59+03:00", "",
                   "The Russian Federal Space Agency (Roscosmos) announced that the Russian spacecraft Luna-25 crashed "
                   "into the surface of the Moon and broke apart. In a written statement, Roscosmos said that "
                   "communication with Luna-25 was lost yesterday.", "2023-08-21T00:00:00+03:00")
    assert found[0] is not None and found[0][1] == "crashed"
    assert not any(x and x[1] == "was lost" for x in found)  # 'communication with Luna-25 was lost': the link


# b20-hakuto-r-m1-soft-landing-by-apr30-2023-no
HAKUTO_Q = ("Will ispace's HAKUTO-R Mission 1 lander achieve a successful soft landing on the Moon by April 30, 2023?")
HAKUTO_C = ("This market will resolve to \"Yes\" if ispace's HAKUTO-R Mission 1 lander makes a successful soft landing on "
            "the lunar surface, as confirmed by ispace, by April 30, 2023 (JST). A crash or hard landing does not count. "
            "Otherwise, this market will resolve to \"No\".")


def test_a_guessed_loss_is_not_read():
    found = _found(HAKUTO_Q, HAKUTO_C, "2023-04-30T23:59:59+09:00",
                   "iSpace: Japan’s Moon Lander Assumed To Be Lost After Attempted Landing",
                   "Tokyo-based iSpace’s mission control lost contact with its lander Hakuto -R, on Tuesday. The lander "
                   "appeared to have crashed on the moon surface following a landing attempt.\nCommunication was lost "
                   "with Hakuto-R moments before it was due to touch down at approximately 16:40 GMT on Tuesday.",
                   "2023-04-26T00:00:00+05:30")
    assert found and all(x is None for x in found)


# b32-methanesat-contact-restored-by-aug31-2025-no
def test_contact_lost_is_no_craft_lost():
    found = _found("Will MethaneSAT's operators restore communication with the satellite by August 31, 2025?",
                   "This market will resolve to \"Yes\" if MethaneSAT LLC or the Environmental Defense Fund announces that "
                   "communication with the MethaneSAT satellite has been re-established, following its loss of contact "
                   "on June 20, 2025, by August 31, 2025. Otherwise, this market will resolve to \"No\".",
                   "2025-08-31T23:59:59-04:00", "",
                   "It's unclear what happened to the satellite, and engineers continue to investigate. However, contact "
                   "was lost on June 20.", "2025-07-02T00:00:00+00:00")
    assert all(x is None for x in found)


# b48-staples-office-depot-deal-closes-2016-multi-no
STAPLES_Q = "Will Staples complete its acquisition of Office Depot by December 31, 2016?"
STAPLES_C = ("This market will resolve to \"Yes\" if Staples, Inc. completes (closes) its proposed acquisition of Office "
             "Depot, Inc. by December 31, 2016, 11:59 PM ET. Announcements, approvals or court wins without closing do not "
             "count. Otherwise, this market will resolve to \"No\".")
STAPLES_TEXT = ("That was the case with the end of Staples Inc.'s attempt to buy Office Depot Inc. for $6.3 billion. The FTC "
                "had argued that uniting the office suppliers would harm buyers, and a federal judge agreed in a filing "
                "Tuesday. The companies said they would terminate their agreement.")


def _staples(text):
    m = market(STAPLES_Q, "2016-12-31T23:59:59-05:00", STAPLES_C)
    a = article("https://treasuryandrisk.com/2016/05/12/dealmaking-goes-from-boom-to-bust", "2016-05-12T00:00:00-04:00",
                "Dealmaking Goes From Boom to Bust", text)
    return evaluate_market(m, [a], ts("2016-05-13T12:00:00-04:00"))


def test_the_parties_saying_they_would_terminate_their_agreement_call_the_deal_off():
    v = _staples(STAPLES_TEXT)
    assert v.verdict == "likely-no"
    assert any("'terminate'" in c.reason for c in _fired(v, "ruled_out"))


def test_a_termination_they_would_not_make_calls_nothing_off():
    # guard (edited: negated)
    v = _staples(STAPLES_TEXT.replace("said they would terminate", "said they would not terminate"))
    assert not any("'terminate'" in c.reason for c in _fired(v, "ruled_out"))


def test_an_agreement_is_the_deal_only_as_the_parties_own():
    m = market(STAPLES_Q, "2016-12-31T23:59:59-05:00", STAPLES_C)
    ctx = market_context(m, default_rule_set(m))
    sent = lambda text: [f.sent for f in analyse(ctx, article("https://example.org/x", "2016-05-12T00:00:00-04:00",
                                                                 "Staples", text))][-1]
    assert deal_agreement(ctx, sent("The companies said they would terminate their agreement.")) == [7]
    # guard: b20-amazon-irobot-close-by-jun30-2024-no — 'a mutual agreement to terminate' is no deal agreement
    assert deal_agreement(ctx, sent("The companies said in joint statement Monday that they “entered into a mutual "
                                    "agreement to terminate their announced acquisition agreement”")) == []
