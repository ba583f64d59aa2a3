"""How a venue's phrasing of the question is parsed: a light verb carrying an event noun ('put his
signature to' is signing, 'make its first flight' is launching) and a sum of money inside the object's
noun phrase ('pass the $700 billion financial rescue bill'). Questions and sentences verbatim from
the development cases named above each."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.frames import EVENT_NOUNS
from resolver.engine.quantities import attributive_amount
from tests.conftest import news_article as article, news_market as market, ts

# b45-vucic-signs-kosovo-agreement-by-mar31-2023-multi-no
VUCIC = market("Will Serbia's President Aleksandar Vučić put his signature to the EU-backed Kosovo normalisation "
               "agreement or its implementation annex by March 31, 2023?", "2023-03-31T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Aleksandar Vučić formally signs the EU-mediated Agreement on the "
               "path to normalisation between Kosovo and Serbia, or its implementation annex, by March 31, 2023, 11:59 PM "
               "CET, as reported by credible media or the EU. Verbal acceptance or agreement in principle does not count. "
               "Otherwise, this market will resolve to \"No\".")
PUT_NAME = ("After 12 hours of discussion, Kosovo's Prime Minister Albin Kurti said he was ready to put his name on the "
            "Western-backed deal but Serbian President Aleksandar Vucic refused to do the same.")

# b45-vulcan-first-launch-by-dec31-2023-multi-no
VULCAN = market("Will ULA's Vulcan Centaur rocket make its first flight in 2023?", "2023-12-31T23:59:59-05:00",
                "This market will resolve to \"Yes\" if United Launch Alliance's Vulcan Centaur rocket lifts off on its "
                "first (Cert-1) launch between January 1, 2023 and December 31, 2023, 11:59 PM ET. Tests, rehearsals or "
                "static fires do not count. Otherwise, this market will resolve to \"No\".")
DELAYED = "ULA Vulcan Centaur Rocket's Maiden Launch Delayed to January"
STEP = ("The first Vulcan Centaur took a major step toward its debut launch earlier this month after successfully "
        "igniting a critical engine at Space Force Station Cape Canaveral, Florida.")

# b42-house-passes-bailout-by-sep30-2008-no
HOUSE = market("Will the U.S. House of Representatives pass the $700 billion financial rescue bill by September 30, 2008?",
               "2008-09-30T23:59:59-04:00")
DEFEATED = ("WASHINGTON (AP) \" In a stunning vote that shocked the capital and worldwide markets, the House on Monday "
            "defeated a $700 billion emergency rescue for the nation's financial system, ignoring urgent warnings from "
            "President Bush and congressional leaders of both parties that the economy could nosedive without it.")
# b08-carroll-83m-judgment-upheld-by-sep30-2025-yes
CARROLL = market("Will the 2nd Circuit uphold the $83.3 million E. Jean Carroll defamation judgment against Trump by "
                 "September 30, 2025?", "2025-09-30T23:59:59-04:00")
UPHELD = ("NEW YORK (AP) — A federal appeals court has upheld a civil jury's finding that Donald Trump must pay $83.3 "
          "million to E. Jean Carroll for his repeated social media attacks against the longtime advice columnist after "
          "she accused him of sexual assault.")
# b06-giuliani-punitive-100m-no: a sum after a comparison is the market's figure, not a qualifier
GIULIANI = market("Will the jury award at least $100 million in punitive damages against Rudy Giuliani in the Freeman "
                  "and Moss case?", "2023-12-31T23:59:59-05:00")


def test_put_signature_to_is_signing():
    t = derive_target(VUCIC)
    assert t.act == "sign"
    assert "agreement" in (t.object or "") and "signature" not in (t.object or "")
    assert "put" not in t.act_forms  # 'put' says nothing by itself: a report must sign


def test_put_his_name_on_and_refusal_do_not_confirm_signing():
    v = evaluate_market(VUCIC, [article("https://www.euronews.com/x", "2023-03-19T00:00:00+01:00", "", PUT_NAME)],
                        ts("2023-03-21T18:00:00+00:00"))
    assert v.verdict != "likely-yes"


def test_make_its_first_flight_is_launching():
    t = derive_target(VULCAN)
    assert t.act == "launch" and t.object != "flight"
    assert "flight" not in EVENT_NOUNS  # a report's 'flight' is no launch event: the reading is the question's only


def test_delayed_maiden_launch_and_a_step_toward_it_do_not_confirm():
    arts = [article("https://www.aiaa.org/news/x", "2023-12-12T00:00:00-05:00", DELAYED, ""),
            article("https://exbulletin.com/tech/x", "2023-06-27T00:00:00-04:00", "", STEP)]
    v = evaluate_market(VULCAN, arts, ts("2023-12-13T12:00:00-05:00"))
    assert v.verdict != "likely-yes"
    assert any(c.rule == "ruled_out" for c in v.contributions)  # the delay is read for the launch


def test_amount_inside_the_object_phrase_is_skipped():
    assert derive_target(HOUSE).object == "financial rescue bill"
    assert derive_target(CARROLL).object == "E Jean Carroll defamation judgment"


def test_amount_after_a_comparison_is_no_qualifier():
    assert derive_target(GIULIANI).object is None
    w = "award at least $100 million in punitive damages".split()
    assert attributive_amount(w, w.index("$100"), ["at", "least"]) == 0  # after a comparison: a figure
    w = "pass the $700 billion financial rescue bill".split()
    assert attributive_amount(w, 2, ["the"]) == 2
    assert attributive_amount(w, 2, ["pass", "the"]) == 0


def test_defeated_rescue_does_not_confirm_passing():
    v = evaluate_market(HOUSE, [article("https://www.sfgate.com/x", "2008-09-29T00:00:00-04:00", "", DEFEATED)],
                        ts("2008-09-30T06:00:00+00:00"))
    assert v.verdict != "likely-yes"


def test_upheld_confirms_with_the_amount_skipped():
    v = evaluate_market(CARROLL, [article("https://www.springfieldnewssun.com/x", "2025-09-08T00:00:00-04:00", "",
                                          UPHELD)], ts("2025-09-09T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


# b46-mro-enters-mars-orbit-by-mar12-2006-yes: a passive phrasal predicate ('be captured into orbit') is
# entering orbit, not capturing (a win)
MRO = market("Will NASA's Mars Reconnaissance Orbiter be captured into orbit around Mars by March 12, 2006?",
             "2006-03-12T23:59:59-08:00",
             "This market will resolve to \"Yes\" if NASA confirms that the Mars Reconnaissance Orbiter completed its "
             "Mars orbit insertion and is in orbit around Mars by March 12, 2006, 11:59 PM Pacific Time. Otherwise, this "
             "market will resolve to \"No\".")
FELL = "Craft Falls Perfectly Into An Orbit Around Mars"
# b26-bepicolombo-mercury-orbit-by-dec31-2025-no: an insertion 'into orbit' that the craft cannot make
BEPI = market("Will BepiColombo enter orbit around Mercury by December 31, 2025?", "2025-12-31T23:59:59+00:00")
BELOW = ("“Following months of investigations, we have concluded that MTM’s electric thrusters will remain operating "
         "below the minimum thrust required for an insertion into orbit around Mercury in December 2025,” the European "
         "Space Agency’s (ESA) BepiColombo mission manager, Santa Martinez, said in a Sept.")


def test_captured_into_orbit_and_reach_orbit_are_entering_orbit():
    assert derive_target(MRO).act == "enter-orbit"
    assert derive_target(BEPI).act == "enter-orbit"
    assert derive_target(market("Will a methane-fueled rocket reach orbit for the first time by July 31, 2023?",
                                "2023-07-31T23:59:59+00:00")).act == "enter-orbit"


def test_fell_into_an_orbit_confirms():
    v = evaluate_market(MRO, [article("https://www.nytimes.com/x", "2006-03-11T00:00:00-05:00", FELL, "")],
                        ts("2006-03-11T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_an_insertion_into_orbit_is_not_read_as_the_event():
    v = evaluate_market(BEPI, [article("https://www.space.com/x", "2024-09-04T00:00:00+00:00", "", BELOW)],
                        ts("2024-09-10T00:00:00+00:00"))
    assert v.verdict != "likely-yes"
    assert not [c for c in v.contributions if c.direction == "yes"]
