"""Acts told in words that entail the market's act without being its synonym (frames.json
'entailments'), on sentences published verbatim (each test names its batch): a court that sentenced
a defendant convicted him, a bill signed into law is enacted, a crew launched into space flew to
space, a state that became a bloc's member was admitted. The relation goes one way (a conviction
does not say a sentence was passed), and an entailing word passes every gate a direct mention
passes: a sentencing planned, hedged or dated after the deadline confirms nothing, and says
nothing against the entailed act either."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _yes(v) -> list:
    return [c for c in v.contributions if c.rule == "confirmation" and c.direction == "yes" and c.weight > 0]


def _no(v) -> list:
    return [c for c in v.contributions if c.direction == "no" and c.weight < 0]


def _run(m, published: str, title: str, text: str, as_of: str, url: str = "https://example.org/news/story"):
    return evaluate_market(m, [article(url, published, title, text)], ts(as_of))


KABILA = market("Will a Congolese court convict former president Joseph Kabila by October 31, 2025?",
                "2025-10-31T23:59:59+01:00",
                "This market will resolve to \"Yes\" if a court in the Democratic Republic of the Congo, including a "
                "military court, convicts former President Joseph Kabila of any criminal charge, including in "
                "absentia, by October 31, 2025, 11:59 PM Kinshasa time. Otherwise, this market will resolve to \"No\".")
# batch-31, African Portal dateline
_KABILA_TEXT = ("KINSHASA, Sept 30 (The African Portal) \u2013 A military court in Democratic Republic of Congo on "
                "Tuesday sentenced former president Joseph Kabila to death in absentia on charges of treason and war "
                "crimes, including murder, sexual assault, torture and insurrection.")


def test_a_sentence_passed_entails_the_conviction():
    v = _run(KABILA, "2025-09-30T00:00:00+01:00", "", _KABILA_TEXT, "2025-10-01T00:00:00+00:00")
    assert _yes(v) and v.verdict == "likely-yes"


def test_a_sentencing_to_come_confirms_nothing_and_rules_nothing_out():
    # the same court's sentencing, told as planned and dated after the deadline: neither way
    text = ("A military court in Democratic Republic of Congo is expected to sentence former president Joseph Kabila "
            "on November 20.")
    v = _run(KABILA, "2025-09-30T00:00:00+01:00", "", text, "2025-10-01T00:00:00+00:00")
    assert not _yes(v) and not _no(v) and v.verdict == "undetermined"


def test_a_sentencing_after_the_deadline_does_not_date_the_conviction():
    text = ("A military court in Democratic Republic of Congo on Monday sentenced former president Joseph Kabila to "
            "death in absentia on charges of treason.")
    v = _run(KABILA, "2025-11-04T00:00:00+01:00", "", text, "2025-11-05T00:00:00+00:00")
    assert not _yes(v)


def test_a_conviction_does_not_entail_a_sentence():
    m = market("Will former president Joseph Kabila be sentenced by October 31, 2025?", "2025-10-31T23:59:59+01:00")
    text = ("A military court in Democratic Republic of Congo on Tuesday convicted former president Joseph Kabila "
            "of treason.")
    v = _run(m, "2025-09-30T00:00:00+01:00", "", text, "2025-10-01T00:00:00+00:00")
    assert not _yes(v)


UTAH = market("Will Utah enact a law banning fluoride in public water systems by March 31, 2025?",
              "2025-03-31T23:59:59-06:00",
              "This market will resolve to \"Yes\" if a bill prohibiting the addition of fluoride to public water "
              "systems in Utah is signed into law (or becomes law without signature) by March 31, 2025, regardless of "
              "its effective date. Otherwise, this market will resolve to \"No\".")


def test_a_bill_signed_into_law_is_enacted():
    # batch-36, UPI dateline
    text = ("SALT LAKE CITY, Utah, March 28, 2025 (UPI) \u2014 Utah became the first U.S. state to ban fluoride in "
            "its public water systems under bill signed into law by Gov. Spencer Cox.")
    v = _run(UTAH, "2025-03-29T00:00:00-06:00", "", text, "2025-03-29T12:00:00+00:00")
    assert _yes(v) and v.verdict == "likely-yes"


def test_a_bill_awaiting_signature_is_not_enacted():
    # batch-36, the February report; and a signing still to come
    text = ("Utah is set to become the first state to ban fluoride in public water systems, with a bill on the "
            "matter awaiting the governor\u2019s approval. Gov. Spencer Cox has yet to sign the bill into law.")
    v = _run(UTAH, "2025-02-27T00:00:00-07:00", "", text, "2025-02-28T00:00:00+00:00")
    assert not _yes(v)


PERRY = market("Will Katy Perry fly to space on Blue Origin's New Shepard by April 30, 2025?",
               "2025-04-30T23:59:59-04:00",
               "This market will resolve to \"Yes\" if Katy Perry is aboard a Blue Origin New Shepard flight that "
               "launches and crosses the K\u00e1rm\u00e1n line (100 km) by April 30, 2025, 11:59 PM ET. Otherwise, "
               "this market will resolve to \"No\".")


def test_launched_into_space_is_flying_to_space():
    # batch-32
    text = ("Today, six high-profile women made headlines as they launched into space aboard Blue Origin\u2019s New "
            "Shepard rocket. Among them was pop star Katy Perry, joined by Gayle King, CBS Mornings co-host.")
    v = _run(PERRY, "2025-04-14T00:00:00-07:00", "", text, "2025-04-15T00:00:00+00:00")
    assert _yes(v) and v.verdict == "likely-yes"


def test_a_launch_alone_is_not_a_flight_to_space():
    # a launch does not say the craft reached space
    text = "Blue Origin\u2019s New Shepard rocket launched on Monday with pop star Katy Perry aboard."
    v = _run(PERRY, "2025-04-14T00:00:00-07:00", "", text, "2025-04-15T00:00:00+00:00")
    assert not _yes(v)


def test_taking_off_to_come_is_not_a_flight():
    # batch-32, the February announcement
    text = ("This spring, a historic crew of six women will take off aboard Blue Origin\u2019s New Shepard rocket. "
            "The mission features pop star Katy Perry.")
    v = _run(PERRY, "2025-02-27T00:00:00-05:00", "", text, "2025-02-28T00:00:00+00:00")
    assert not _yes(v)


UNESCO = market("Will the United States formally rejoin UNESCO by July 31, 2023?", "2023-07-31T23:59:59+02:00",
                "This market will resolve to \"Yes\" if the United States' return to UNESCO as a member state becomes "
                "effective, as confirmed by UNESCO, by July 31, 2023. Otherwise, this market will resolve to \"No\".")


def test_a_member_again_has_rejoined():
    # batch-19
    text = ("The United Nations Educational, Scientific and Cultural Organization (UNESCO) announced on Tuesday, from "
            "its headquarters in Paris, that the United States has officially become a full member again, after the "
            "majority of member states supported its return.")
    v = _run(UNESCO, "2023-07-11T00:00:00+03:00", "", text, "2023-07-12T12:00:00+00:00")
    assert _yes(v) and v.verdict == "likely-yes"


def test_becoming_a_member_to_come_is_not_rejoining():
    text = "UNESCO said on Monday that the United States will become a full member again in July."
    v = _run(UNESCO, "2023-06-12T00:00:00+02:00", "", text, "2023-06-13T00:00:00+00:00")
    assert not _yes(v)


TIMOR = market("Will Timor-Leste be formally admitted as a member state of ASEAN by October 31, 2025?",
               "2025-10-31T23:59:59+08:00",
               "This market will resolve to \"Yes\" if Timor-Leste is formally admitted as a full member state of the "
               "Association of Southeast Asian Nations (ASEAN), for example by the signing of a declaration of "
               "admission by ASEAN leaders, by October 31, 2025, 11:59 PM Malaysia time. Agreement in principle, "
               "observer status or announced plans do not count. Otherwise, this market will resolve to \"No\".")


def test_becoming_a_member_is_being_admitted():
    # batch-23, IANS headline
    v = _run(TIMOR, "2025-10-26T00:00:00+05:30", "Timor-Leste becomes 11th member of ASEAN", "",
             "2025-10-27T12:00:00+00:00")
    assert _yes(v)


def test_observer_status_granted_is_no_admission():
    # batch-23: observer status is not membership (no 'member' in the grant)
    text = ("In 2022, the group's leaders agreed in principle to include Timor-Leste as a member state, granting it "
            "Observer Status in ASEAN meetings.")
    v = _run(TIMOR, "2025-10-26T00:00:00+05:30", "", text, "2025-10-27T12:00:00+00:00")
    assert not _yes(v)



VULCAN = market("Will United Launch Alliance's Vulcan rocket launch Astrobotic's Peregrine lander by January 31, 2024?",
                "2024-01-31T23:59:59-05:00")


def test_lifted_off_is_launched():
    # batch-07 (UPI, 'Astrobotic gives up on moon landing')
    text = ("Astrobotic\u2019s Peregrine lunar lander lifted off from Cape Canaveral, Florida, at 2:18 a.m. on Tuesday "
            "aboard United Launch Alliance\u2019s new Vulcan rocket, according to WPXI and Astrobotic.")
    v = _run(VULCAN, "2024-01-10T00:00:00-05:00", "", text, "2024-01-11T00:00:00+00:00")
    # the act is read in the words that tell it, not in its object told with a past verb
    assert any("'lifted off'" in c.reason for c in _yes(v)) and v.verdict == "likely-yes"


def test_a_lift_off_to_come_is_no_launch():
    # constructed guard after batch-14's 'which will lift off from Launch Complex 39A'
    text = ("Astrobotic\u2019s Peregrine lunar lander will lift off from Cape Canaveral, Florida, aboard United Launch "
            "Alliance\u2019s new Vulcan rocket on February 8.")
    v = _run(VULCAN, "2024-01-10T00:00:00-05:00", "", text, "2024-01-11T00:00:00+00:00")
    assert not _yes(v)


def test_entailment_data_goes_one_way():
    # no act entails itself, and no two acts entail each other through the same word
    from resolver.engine.frames import ENTAILMENTS, entailing
    for act, e in ENTAILMENTS.items():
        assert act not in e.verbs and not any(p.split()[0] == act for p in e.phrases)
        for other in e.verbs:
            assert act not in entailing(other).verbs


KIRIBATI = market("Will Taneti Maamau win the 2024 Kiribati presidential election?", "2024-10-31T23:59:59+12:00",
                  "This market will resolve to \"Yes\" if incumbent President Taneti Maamau is declared the winner of "
                  "Kiribati's October 25, 2024 presidential election by October 31, 2024, 11:59 PM Tarawa time. "
                  "Otherwise, this market will resolve to \"No\".")
# batch-31 (RNZ, 'Taneti Maamau back to Tarawa for victory celebrations')
_KIRIBATI_TEXT = ("Kiribati's president-elect Taneti Maamau arrived back in the capital Tarawa from his home island of "
                  "Onotoa on Monday morning, ahead of his party's planned victory celebrations tonight.")


def test_the_office_elect_title_names_the_winner():
    v = _run(KIRIBATI, "2024-10-28T17:24:00+13:00", "", _KIRIBATI_TEXT, "2024-10-29T00:00:00+00:00")
    assert _yes(v) and v.verdict == "likely-yes"


def test_another_candidate_elect_or_another_office_elect_is_not_the_win():
    for text in (_KIRIBATI_TEXT.replace("president-elect Taneti Maamau", "president-elect Kaotitaake Kokoria"),
                 _KIRIBATI_TEXT.replace("president-elect", "vice president-elect"),
                 _KIRIBATI_TEXT.replace("president-elect", "speaker-elect")):
        v = _run(KIRIBATI, "2024-10-28T17:24:00+13:00", "", text, "2024-10-29T00:00:00+00:00")
        assert not _yes(v), text


def test_launching_others_into_space_is_not_flying():
    # 'launch into space' entails the flight of its subject only with no word between: a transitive
    # launch ('launched six tourists into space') tells that the tourists flew
    m = market("Will Jeff Bezos fly to space by July 31, 2021?", "2021-07-31T23:59:59-04:00")
    for text, flew in (("Jeff Bezos launched six tourists into space on Tuesday.", False),
                       ("Jeff Bezos launched into space on Tuesday aboard New Shepard.", True)):
        v = _run(m, "2021-07-21T00:00:00-04:00", "", text, "2021-07-22T00:00:00+00:00")
        assert bool(_yes(v)) is flew, text
