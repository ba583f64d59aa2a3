"""Winners and offices (twelfth round, r12-winners): who won, who lost, who took an office or declined
it, the way news tells it. A gerund after 'on his way to' told after a past act ('hit a nine-dart finish
on his way to beating … and winning his first … title'); the champion of a named edition ('is the champion
of the 2023 Iditarod'); rivals conceding beside the candidate's victory ('declared victory as his main
rivals … conceded defeat'); a candidate declining the office ('Declines Post of Prime Minister').
Sentences verbatim from the development corpus; each names its case. Must-not-fire wordings beside them."""

from resolver.engine import evaluate_market
from resolver.engine.participial_clauses import way_gerund
from resolver.engine.text import make_sentence
from resolver.engine.weak_readings import gate
from resolver.engine.types import Contribution
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _at(sent, word):
    return next(k for k, t in enumerate(sent.tokens) if t.text == word)


# b55-michael-smith-wins-pdc-worlds-2023-yes
DARTS_Q = "Will Michael Smith win the 2023 PDC World Darts Championship?"
DARTS_C = ("This market will resolve to \"Yes\" if Michael Smith wins the final of the 2023 PDC World Darts Championship "
           "at Alexandra Palace. If any other player wins the title, this market will resolve to \"No\". Otherwise, "
           "this market will resolve to \"No\".")
DARTS = ("England's Michael Smith hit a nine-dart finish on his way to beating three-time champion Michael van Gerwen "
         "and winning his first PDC World Championship title.")


def _darts(body):
    m = market(DARTS_Q, "2023-01-03T23:59:59+00:00", DARTS_C)
    a = article("https://www.bbc.co.uk/sport/darts/64154716", "2023-01-03T00:00:00+00:00",
                "PDC World Championship: the 2023 final", body)
    return evaluate_market(m, [a], ts("2023-01-04T12:00:00+00:00"))


def test_a_gerund_on_the_way_from_a_past_act_is_done():
    v = _darts(DARTS)
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    s = make_sentence(DARTS, 0)
    assert way_gerund(s, _at(s, "winning")) is not None and way_gerund(s, _at(s, "beating")) is not None


def test_on_the_way_with_no_past_act_is_not_done():
    # must not fire: b20-deadpool-wolverine-passes-joker-gross-by-aug31-2024 ('is well on its way to shattering')
    s = make_sentence("\"Deadpool & Wolverine\" is well on its way to shattering box office records worldwide.", 0)
    assert way_gerund(s, _at(s, "shattering")) is None
    for text in ("Michael Smith was on his way to winning his first PDC World Championship title.",
                 "Michael Smith could hit a nine-dart finish on his way to winning his first PDC World Championship title.",
                 "Michael Smith did not hit a nine-dart finish on his way to winning his first PDC World Championship title."):
        s = make_sentence(text, 0)
        assert way_gerund(s, _at(s, "winning")) is None, text
    assert not _fired(_darts("Michael Smith was on his way to winning his first PDC World Championship title."),
                      "confirmation")


# b55-redington-wins-iditarod-2023-yes
SLED_Q = "Will Ryan Redington win the 2023 Iditarod Trail Sled Dog Race?"
SLED_C = ("This market will resolve to \"Yes\" if Ryan Redington is the first musher to finish the 2023 Iditarod Trail Sled "
          "Dog Race in Nome and is recognised as its champion. Otherwise, this market will resolve to \"No\".")
SLED = ("NOME — Ryan Redington is the champion of the 2023 Iditarod, a sled dog race his grandfather founded 50 years "
        "ago.")


def _sled(body):
    m = market(SLED_Q, "2023-03-31T23:59:59-08:00", SLED_C)
    a = article("https://alaskapublic.org/2023/03/14/redington", "2023-03-14T00:00:00-08:00", "Iditarod", body)
    return evaluate_market(m, [a], ts("2023-03-15T00:00:00+00:00"))


def test_the_champion_of_the_named_edition_won_it():
    v = _sled(SLED)
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    assert _sled("Ryan Redington is the new Iditarod champion.").verdict == "likely-yes"  # 'Iditarod' in any form


def test_a_champion_of_no_edition_or_another_is_not_read():
    # must not fire: a reigning champion (no year), another year's, another contest's, one to come or denied
    for body in ("Ryan Redington is the champion of the Iditarod.",
                 "Ryan Redington is the champion of the 2022 Iditarod.",
                 "Ryan Redington is the champion of the 2023 Yukon Quest.",
                 "Ryan Redington will be the champion of the 2023 Iditarod.",
                 "Ryan Redington is not the champion of the 2023 Iditarod."):
        assert not _fired(_sled(body), "confirmation"), body


# b56-duterte-wins-philippines-2016-multi-yes
PH_Q = "Will Rodrigo Duterte win the May 9, 2016 Philippine presidential election?"
PH_C = ("This market will resolve to \"Yes\" if Rodrigo Duterte receives the most votes in the Philippine presidential "
        "election held on May 9, 2016, as shown by the count and declared by the Commission on Elections / Congress. If "
        "any other candidate wins, this market will resolve to \"No\".")
PH = ("The Philippine anti-crime candidate, Rodrigo Duterte, has declared victory as his main rivals in the presidential "
      "race conceded defeat.")


def _ph(body, title="Philippine Elections: Rodrigo Duterte Declares Victory, Rivals Concede"):
    m = market(PH_Q, "2016-06-30T23:59:59+08:00", PH_C)
    a = article("https://newsblaze.com/world/asia-pacific/philippines-rodrigo-duterte-declares-victory_57762",
                "2016-05-10T00:00:00+08:00", title, body)
    return evaluate_market(m, [a], ts("2016-05-11T00:00:00+00:00"))


def test_rivals_conceding_beside_the_candidate_are_not_the_candidate_conceding():
    v = _ph(PH)
    assert not _fired(v, "opposite_outcome")
    assert any("conceded" in (c.reason or "") for c in _fired(v, "confirmation"))
    assert v.verdict == "likely-yes"


def test_the_candidate_conceding_is_still_read():
    # must not fire as a rivals' concession: the candidate conceded, one rival, another's rivals
    v = _ph("Rodrigo Duterte conceded defeat in the presidential race.", title="Philippine Elections")
    assert _fired(v, "opposite_outcome")
    v = _ph("Rodrigo Duterte has declared victory as his main rival in the presidential race conceded defeat.",
            title="Philippine Elections")
    assert not any("conceded" in (c.reason or "") for c in _fired(v, "confirmation"))
    v = _ph("Mar Roxas said his rivals conceded defeat.", title="Philippine Elections")
    assert not any("conceded" in (c.reason or "") for c in _fired(v, "confirmation"))


def test_a_weak_top_reading_with_another_kind_beside_it_is_not_held():
    noun = Contribution(rule="confirmation", direction="yes", weight=1.8,
                        reason="act reported as done: 'Victory'' reported as done ('Declares')")
    other = Contribution(rule="confirmation", direction="yes", weight=0.9,
                         reason="act reported as done: 'conceded' (the rival conceded) to Rodrigo Duterte")
    assert gate([noun], "yes") is not None  # the noun carried by another verb alone: held
    assert gate([noun, other], "yes") is None


# b56-sonia-gandhi-sworn-in-pm-by-may31-2004-no
PM_Q = "Will Sonia Gandhi be sworn in as Prime Minister of India by May 31, 2004?"
PM_C = ("This market will resolve to \"Yes\" if Sonia Gandhi takes the oath of office as Prime Minister of India on or "
        "before May 31, 2004. Being elected leader of the Congress parliamentary party or being invited to form a "
        "government does not count. Otherwise, this market will resolve to \"No\".")
PM_VOA = ("India's Congress Party leader, Sonia Gandhi, has declined to take the post of the country's next prime "
          "minister.")


def _pm(*arts):
    m = market(PM_Q, "2004-05-31T23:59:59+05:30", PM_C)
    return evaluate_market(m, [article(u, p, t, b) for u, p, t, b in arts], ts("2004-05-19T12:00:00+00:00"))


VOA = ("https://www.voanews.com/a/a-13-a-2004-05-18-12-1-66886222/261472.html", "2004-05-18T00:00:00+05:30",
       "Sonia Gandhi Declines Post of Prime Minister - 2004-05-18", PM_VOA)
GUARDIAN = ("https://www.theguardian.com/world/2004/may/18/india.georgewright", "2004-05-18T00:00:00+01:00",
            "Sonia Gandhi declines Indian prime ministership",
            "\"I request that you accept my decision,\" she said, adding that she would not reconsider.")


def test_the_candidate_declining_the_office_rules_it_out():
    v = _pm(VOA, GUARDIAN)
    assert v.verdict == "likely-no"
    assert len({c.article_url for c in _fired(v, "ruled_out")}) == 2
    assert _pm(VOA).verdict == "undetermined"  # one source's refusal is a statement: two decide


def test_a_refusal_not_the_candidates_or_not_of_the_office_is_not_read():
    # must not fire: negated, another's, another office, a modal, a comment declined
    for body in ("Sonia Gandhi has not declined the post of prime minister.",
                 "Manmohan Singh declined the post of prime minister.",
                 "Sonia Gandhi declined the post of party president.",
                 "Sonia Gandhi may decline the post of prime minister.",
                 "Sonia Gandhi declined to comment on the post of prime minister."):
        v = _pm(("https://example.com/a", "2004-05-18T00:00:00+05:30", "India", body))
        assert not any("declined the office" in (c.reason or "") for c in v.contributions), body
