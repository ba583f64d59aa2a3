"""Package pb (precision): is the confirmed act done by the market's actor, to the market's
object? On sentences published verbatim (each names its source page; cases of
tests/data/realnews batch-12..17): names after the act verb belong to the object, not the doer;
a subject counting several parties does not name the principal; a numbered label must match; a
nomination is not a win; a win of another thing is not the win of the object; a bid is an
earlier stage than a completed acquisition; an act noun governed by another event noun reports
that event; another country's official telling the act is that country's claim."""

from resolver.engine import evaluate_market
from resolver.engine import complement, contests, roles
from resolver.engine.analysis import MarketContext, analyse
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _notes(v, words):
    return [c for c in v.contributions if words in c.reason]


INDIA = market("Will India sign the joint communiqué of the June 2024 Summit on Peace in Ukraine by June 30, 2024?",
               "2024-06-30T23:59:59+02:00",
               "This market will resolve to \"Yes\" if, by June 30, 2024, 11:59 PM CEST, India is listed as a signatory "
               "of, or otherwise formally endorses, the Joint Communiqué on a Peace Framework issued at the Summit on "
               "Peace in Ukraine held at Bürgenstock, Switzerland on June 15-16, 2024. Otherwise, this market will "
               "resolve to \"No\".")
# https://kyivindependent.com/80-countries-4-european-institutions-sign-peace-summits-joint-communique/
EIGHTY = article("https://kyivindependent.com/80-countries-4-european-institutions-sign-peace-summits-joint-communique/",
                 "2024-06-16T15:39:00+03:00", "80 countries, 4 European institutions sign peace summit’s joint communique",
                 "Eighty countries, including Ukraine, and four European institutions signed the final joint communique "
                 "of the Switzerland peace summit on June 16, according to a Kyiv Independent reporter on the ground.")


def test_a_subject_counting_several_parties_does_not_name_the_principal():
    v = evaluate_market(INDIA, [EIGHTY], ts("2024-06-18T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert len(_notes(v, "counts several parties without naming India")) == 2  # headline and sentence
    assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


IXCHIQ = market("Will the European Commission authorize Valneva's chikungunya vaccine IXCHIQ by September 30, 2024?",
                "2024-09-30T23:59:59+02:00",
                "This market will resolve to \"Yes\" if, by September 30, 2024, 11:59 PM CEST, the European Commission "
                "grants marketing authorization in the European Union for Valneva's chikungunya vaccine IXCHIQ. "
                "Recommendations by EMA committees and approvals in other countries do not count. Otherwise, this "
                "market will resolve to \"No\".")
# https://markets.businessinsider.com/news/stocks/valneva-health-canada-approves-chikungunya-vaccine-quick-facts-1033499046
CANADA = article("https://markets.businessinsider.com/news/stocks/valneva-health-canada-approves-chikungunya-vaccine-"
                 "quick-facts-1033499046", "2024-06-24T04:11:00-04:00",
                 "Valneva: Health Canada Approves Chikungunya Vaccine - Quick Facts",
                 "(RTTNews) - Valneva SE (VALN) announced that Health Canada has approved IXCHIQ, the company's "
                 "single-dose vaccine for the prevention of disease caused by the chikungunya virus in individuals 18 "
                 "years of age and older.")


def test_the_owner_of_the_object_is_not_the_doer_of_the_act():
    v = evaluate_market(IXCHIQ, [CANADA], ts("2024-06-25T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert len(_notes(v, "reported of Health Canada")) == 2  # 'Valneva' before the verb no longer makes it ours


HKO = market("Will the Hong Kong Observatory issue Hurricane Signal No. 10 for Typhoon Ragasa by September 25, 2025?",
             "2025-09-25T23:59:59+08:00",
             "This market will resolve to \"Yes\" if, by September 25, 2025, 11:59 PM Hong Kong time, the Hong Kong "
             "Observatory issues the Hurricane Signal No. 10 (T10) in connection with Typhoon Ragasa. Lower signals "
             "(No. 8 or No. 9) do not count. Otherwise, this market will resolve to \"No\".")
# https://www.nationalworld.com/travel/travel-news/typhoon-hong-kong-destination-issues-no-8-warning-signal-hurricane-force-wind-thunderstorms-5329813
NO8 = article("https://www.nationalworld.com/travel/travel-news/typhoon-hong-kong-destination-issues-no-8-warning-signal-"
              "hurricane-force-wind-thunderstorms-5329813", "2025-09-23T00:00:00+01:00",
              "Typhoon Hong Kong Destination Issues No 8 Warning Signal Hurricane Force Wind Thunderstorms",
              "The Hong Kong Observatory has issued the No 8 warning signal as Super Typhoon Ragasa nears.")


def test_a_numbered_label_must_match():
    v = evaluate_market(HKO, [NO8], ts("2025-09-23T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert len(_notes(v, "is another one than the market's")) == 2


def test_a_bar_on_a_scale_is_no_numbered_label():
    assert complement.numbered(HKO.question) == {"no": "10"}
    assert complement.numbered("Will Hurricane Idalia make U.S. landfall as a Category 4 or stronger hurricane?") == {}
    assert complement.numbered("Will First Brands Group file for Chapter 11 bankruptcy by September 30, 2025?") == \
        {"chapter": "11"}


CONCLAVE = market("Will 'Conclave' win Best Film at the 2025 BAFTA Film Awards?", "2025-02-16T23:59:59+00:00",
                  "This market will resolve to \"Yes\" if Edward Berger's 'Conclave' is announced as the winner of the "
                  "Best Film award at the 2025 EE BAFTA Film Awards ceremony. Other BAFTA awards (including "
                  "Outstanding British Film) do not count. Otherwise, this market will resolve to \"No\".")
# https://www.hindustantimes.com/entertainment/papal-thriller-conclave-leads-bafta-nominations-emilia-perez-follows-101736945755145.html
NODS = article("https://www.hindustantimes.com/entertainment/papal-thriller-conclave-leads-bafta-nominations-emilia-"
               "perez-follows-101736945755145.html", "2025-01-15T00:00:00+05:30",
               "Papal thriller 'Conclave' leads BAFTA nominations, 'Emilia Perez' follows",
               "“Conclave”, about scheming cardinals deciding who to elect as the next pope, secured 12 nods including "
               "for best film, director and leading actor for Ralph Fiennes, whose character, the dean of the College "
               "of Cardinals, has to oversee proceedings.")


def test_a_nomination_is_not_a_win():
    v = evaluate_market(CONCLAVE, [NODS], ts("2025-01-16T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert _notes(v, "a nomination or a place in the field is not a win")


PORTUGAL = market("Will the Democratic Alliance win an absolute majority in Portugal's March 2024 legislative election?",
                  "2024-03-31T23:59:59+01:00",
                  "This market will resolve to \"Yes\" if the Democratic Alliance (AD) wins 116 or more of the 230 seats "
                  "in the Assembly of the Republic in Portugal's March 10, 2024 legislative election, according to "
                  "official results available by March 31, 2024, 11:59 PM WEST. Otherwise, this market will resolve "
                  "to \"No\".")
# https://www.politico.eu/article/portugal-luis-montenegro-invited-marcelo-rebelo-sousa-form-government/
ELECTIONS = article("https://www.politico.eu/article/portugal-luis-montenegro-invited-marcelo-rebelo-sousa-form-"
                    "government/", "2024-03-21T00:00:00+01:00",
                    "Portugal Luis Montenegro Invited Marcelo Rebelo Sousa Form Government",
                    "Montenegro’s Democratic Alliance narrowly won national elections earlier this month, securing 80 "
                    "seats in the 230-seat parliament but failing to secure a governing majority.")


def test_a_win_of_another_thing_is_not_the_win_of_the_object():
    v = evaluate_market(PORTUGAL, [ELECTIONS], ts("2024-03-22T12:00:00+00:00"))
    assert v.verdict != "likely-yes"
    assert _notes(v, "'won national elections': the win reported is of another thing")
    # 'failing to secure a governing majority' is a failed attempt, a setback in an open window
    assert any(c.rule == "failed_attempt" and "'failing to'" in c.reason for c in v.contributions)


def test_an_object_in_apposition_is_the_verbs_own():
    # https://arynews.tv/father-mother-sister-brother-venice-film-festival-top-prize
    text = ("Filmmaker Jim Jarmusch's dramedy 'Father Mother Sister Brother', about the relationships between adult "
            "children and their parents, won the top prize, i.e. Golden Lion, at the Venice Film Festival.")
    sent = article_sentences("", text)[0]
    won = next(k for k, t in enumerate(sent.tokens) if t.lower == "won")
    lion = [k for k, t in enumerate(sent.tokens) if t.lower == "lion"]
    assert contests.other_prize(sent, won, lion) is None


NORRIS = market("Will Lando Norris win the 2025 Formula 1 Drivers' Championship?", "2025-12-31T23:59:59+00:00",
                "This market will resolve to \"Yes\" if Lando Norris is the 2025 FIA Formula One World Drivers' "
                "Champion. Otherwise, this market will resolve to \"No\".")
# https://www.sentinelassam.com/sports-news/lando-norris-wins-maiden-title-in-abu-dhabi-grand-prix
TITLE = article("https://www.sentinelassam.com/sports-news/lando-norris-wins-maiden-title-in-abu-dhabi-grand-prix",
                "2025-12-08T00:00:00+05:30", "Lando Norris wins maiden title in Abu Dhabi Grand Prix",
                "Abu Dhabi: McLaren driver Lando Norris won the Formula 1 2025 Drivers' Championship after finishing "
                "third behind Max Verstappen and teammate Oscar Piastri in the title decider Abu Dhabi Grand Prix at "
                "the Yas Marina Circuit here on Sunday.")


def test_a_long_name_of_the_prize_is_still_the_verbs_object():
    v = evaluate_market(NORRIS, [TITLE], ts("2025-12-08T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


REGENERON = market("Will Regeneron complete its acquisition of 23andMe by September 30, 2025?",
                   "2025-09-30T23:59:59-04:00",
                   "This market will resolve to \"Yes\" if, by September 30, 2025, 11:59 PM ET, Regeneron "
                   "Pharmaceuticals completes (closes) the acquisition of 23andMe or of substantially all of its "
                   "assets, as confirmed by Regeneron, 23andMe or the bankruptcy court. Being named winning or backup "
                   "bidder, or signing an agreement, does not count. Otherwise, this market will resolve to \"No\".")
# https://www.itiger.com/hant/news/2541709249
SELECTED = article("https://www.itiger.com/hant/news/2541709249", "2025-06-05T00:00:00+08:00",
                   "23andMe seeks new bids after $305 million offer from its co-founder",
                   "23andMe had previously selected a $256 million bid from Regeneron Pharmaceuticals REGN.O as the lead "
                   "offer after a bankruptcy auction concluded in May.")


def test_a_selected_bid_is_an_earlier_stage_than_a_completed_acquisition():
    v = evaluate_market(REGENERON, [SELECTED], ts("2025-06-18T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert _notes(v, "'bid' names a stage of its own")


GRAIN = market("Will Russia agree to extend the Black Sea Grain Initiative beyond its July 17, 2023 expiry?",
               "2023-07-18T23:59:59+03:00",
               "This market will resolve to \"Yes\" if, by July 18, 2023, 11:59 PM Moscow time, Russia agrees to extend "
               "the Black Sea Grain Initiative beyond its July 17, 2023 expiry date, as confirmed by the Kremlin, the "
               "United Nations or Turkey. Otherwise, this market will resolve to \"No\".")
_GRAIN_URL = "https://euromaidanpress.com/2023/07/17/russia-suspends-black-sea-grain-deal-kremlin-spox-peskov"
# https://euromaidanpress.com/2023/07/17/russia-suspends-black-sea-grain-deal-kremlin-spox-peskov
SUSPENSION = article(_GRAIN_URL, "2023-07-17T00:00:00+03:00", "",
                     "On 17 July, Kremlin spokesman Dmitry Peskov announced Russia’s suspension of the Black Sea grain "
                     "agreement, signed in the summer of 2022 to unblock the export of Ukrainian grain.")
ERDOGAN = article(_GRAIN_URL, "2023-07-17T00:00:00+03:00", "",
                  "On 14 July, the President of Türkiye, Recep Tayyip Erdoğan, said Russian President Vladimir Putin "
                  "agreed to extend the Black Sea grain deal.")


def test_an_act_noun_governed_by_another_event_noun_is_not_reported_done():
    v = evaluate_market(GRAIN, [SUSPENSION], ts("2023-07-18T06:00:00+00:00"))
    assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


def test_another_countrys_official_telling_the_act_is_a_claim():
    v = evaluate_market(GRAIN, [ERDOGAN], ts("2023-07-18T06:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert _notes(v, "told in the words of Recep Tayyip Erdoğan")


PANAMA = market("Will Panama formally notify China of its withdrawal from the Belt and Road Initiative by February 28, "
                "2025?", "2025-02-28T23:59:59-05:00",
                "This market will resolve to \"Yes\" if by February 28, 2025, the government of Panama formally notifies "
                "China (e.g. through a diplomatic note delivered by its embassy) that it is leaving or will not renew "
                "its Belt and Road Initiative memorandum. Statements of intent alone do not count. Otherwise, this "
                "market will resolve to \"No\".")
# https://www.channelnewsasia.com/world/panama-formally-pulls-out-chinas-belt-and-road-initiative-4922581
MULINO = article("https://www.channelnewsasia.com/world/panama-formally-pulls-out-chinas-belt-and-road-initiative-4922581",
                 "2025-02-07T00:00:00+08:00", "",
                 "Mulino said that the Panamanian Embassy in Beijing had given China the required 90-day notice of its "
                 "decision not to renew its involvement in the programme, which it joined in 2017.")


def test_an_unplaced_speaker_may_be_the_actors_own_official():
    v = evaluate_market(PANAMA, [MULINO], ts("2025-02-07T12:00:00+00:00"))
    assert not _notes(v, "told in the words of")
    assert any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


BROADCOM = market("Will China's market regulator approve Broadcom's acquisition of VMware by November 26, 2023?",
                  "2023-11-26T23:59:59+08:00",
                  "This market will resolve to \"Yes\" if China's State Administration for Market Regulation approves "
                  "Broadcom's acquisition of VMware, with or without conditions, on or before November 26, 2023. "
                  "Otherwise, this market will resolve to \"No\".")
# https://www.scmp.com/tech/tech-war/article/3242401/tech-war-china-approves-broadcom-vmware-merger-conditions-sign-thaw-us
WON_APPROVAL = article("https://www.scmp.com/tech/tech-war/article/3242401/tech-war-china-approves-broadcom-vmware-merger-"
                       "conditions-sign-thaw-us", "2023-11-22T00:00:00+08:00", "",
                       "Broadcom’s US$61 billion takeover of software maker VMware won approval from Chinese regulators, "
                       "albeit with a list of conditions it must fulfil.")


def _governing(mkt, art, noun):
    ctx = MarketContext(market=mkt, target=derive_target(mkt))
    f = next(f for f in analyse(ctx, art) if not f.sent.headline)
    i = next(k for k, t in enumerate(f.sent.tokens) if t.lower == noun)
    return roles.governing_event(ctx, f, i)


def test_an_act_noun_after_a_verb_is_not_governed_by_the_subjects_noun():
    assert _governing(GRAIN, SUSPENSION, "agreement") == "suspension"
    assert _governing(BROADCOM, WON_APPROVAL, "approval") is None  # 'won' stands between: no modifier
