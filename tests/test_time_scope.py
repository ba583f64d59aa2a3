"""Which act a date dates, and which way it is read (issue 10), on sentences published verbatim
(each test names its source page): a month modifying a noun whose relative clause is told in the
past ('the July election result which saw …') names a past occasion even in a sentence about what
comes; a clause told in the past keeps its own tense; a date after 'postponed in' / 'postponed on'
is when the delay was made, not its new date; and a market's act written one way ('recognize') is
found when the press writes it the other way ('will recognise … from 28 May')."""

from datetime import date

from resolver.engine import evaluate_market
from resolver.engine.analysis import _spans
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts


def _days(text: str, published: str) -> dict[str, tuple[date, date]]:
    return {s.text: (s.start.date(), s.end.date()) for s in _spans(make_sentence(text, 0), ts(published))}


# https://shropshirestar.com/uk-news/2024/11/02/new-conservative-party-leader-to-be-crowned
WINNER = ("The winner will be at the helm as the party looks to recover from the July election result which saw it "
          "return just 121 MPs.")


def test_a_month_before_a_past_relative_clause_is_read_back():
    assert _days(WINNER, "2024-11-02T00:00:00+00:00")["the July"] == (date(2024, 7, 1), date(2024, 7, 31))


def test_the_past_election_does_not_schedule_the_leadership_win():
    m = market("Will Kemi Badenoch win the 2024 Conservative Party leadership election?", "2024-11-02T23:59:59+00:00",
               "This market will resolve to \"Yes\" if Kemi Badenoch is announced as the winner of the 2024 UK "
               "Conservative Party leadership election by November 2, 2024.")
    text = ("Kemi Badenoch or Robert Jenrick will be crowned as the new Conservative Party leader on Saturday, as the "
            "four-month-long race to replace Rishi Sunak reaches the finish line.\n\n" + WINNER)
    v = evaluate_market(m, [article("https://shropshirestar.com/uk-news/2024/11/02/new-conservative-party-leader-"
                                    "to-be-crowned", "2024-11-02T00:00:00+00:00",
                                    "New Conservative Party leader to be crowned", text)],
                        ts("2024-11-03T00:00:00+00:00"))
    assert not [c for c in v.contributions if c.rule == "scheduled_after_deadline"]
    assert v.verdict != "likely-no"


# https://www.globalbankingandfinance.com/UK-NORWAY-ECONOMY-RATES-12a7f282-be6d-4b05-9164-32777d5c9dad
NORGES = ("Norges Bank had held its interest rate last month at 4.50%, the highest level since 2008, after it "
          "postponed in March a long-planned monetary easing due to an unexpected rise in consumer prices.")


def test_postponed_in_a_month_dates_the_postponement():
    assert _days(NORGES, "2025-06-19T00:00:00+02:00")["in March"] == (date(2025, 3, 1), date(2025, 3, 31))


# https://www.thenews.com.pk/print/1060436-weather-delays-launch-of-europe-s-jupiter-mission-by-24-hours
JUICE = ("KOUROU: The launch of the European Space Agency´s JUICE mission, which aims to discover whether Jupiter´s "
         "icy moons are capable of hosting extraterrestrial life, was postponed on Thursday for 24 hours due to bad "
         "weather.")


def test_postponed_on_a_weekday_dates_the_postponement():
    assert _days(JUICE, "2023-04-14T00:00:00+05:00")["on Thursday"] == (date(2023, 4, 13), date(2023, 4, 13))


def test_postponed_until_a_month_is_still_its_new_date():
    got = _days("The launch was postponed until March.", "2024-11-02T00:00:00+00:00")
    assert got["until March"][0] == date(2025, 3, 1)


# https://www.ilna.ir/Section-world-8/1484623-ireland-norway-and-spain-recognize-palestine-as-independent-state
PALESTINE_TITLE = "Ireland, Norway and Spain recognize Palestine as independent state"
PALESTINE = ("Shortly after Mr Harris's statement in Dublin, Spain's Prime Minister Pedro Sanchez and Norway's "
             "foreign minister, Espen Barth Eide, said both countries will recognise a Palestinian state from 28 May.")


def test_a_headline_present_with_the_act_spelt_otherwise_in_the_body_is_a_schedule():
    m = market("Will Spain formally recognize the State of Palestine by May 25, 2024?", "2024-05-25T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Spain's recognition of the State of Palestine formally takes "
               "effect by May 25, 2024. An announcement of intent alone does not count.")
    v = evaluate_market(m, [article("https://www.ilna.ir/Section-world-8/1484623-ireland-norway-and-spain-recognize-"
                                    "palestine-as-independent-state", "2024-05-22T00:00:00+03:30", PALESTINE_TITLE,
                                    PALESTINE)], ts("2024-05-23T12:00:00+00:00"))
    assert not [c for c in v.contributions if c.rule == "confirmation" and c.direction == "yes"]
    assert v.verdict != "likely-yes"


def _plans(m, url: str, published: str, title: str, text: str, as_of: str) -> list:
    v = evaluate_market(m, [article(url, published, title, text)], ts(as_of))
    return [c for c in v.contributions if c.rule in ("plan_before_deadline", "scheduled_after_deadline")
            or "planned for" in c.reason or "scheduled for" in c.reason]


# https://www.newsdrum.in/national/agnikul-cosmos-postpones-maiden-rocket-launch-due-to-technical-issue-4398443
AGNIBAAN = ("Chennai, Mar 21 (PTI) Agnikul Cosmos, the IIT-Madras incubated startup, has postponed its maiden rocket "
            "launch due to a 'technical issue', the company said on Thursday.")


def test_a_dateline_dates_the_report_not_a_plan():
    m = market("Will Agnikul Cosmos launch its Agnibaan SOrTeD rocket by May 28, 2024?", "2024-05-28T23:59:59+05:30")
    assert not _plans(m, "https://www.newsdrum.in/national/agnikul-cosmos-postpones-maiden-rocket-launch-due-to-"
                         "technical-issue-4398443", "2024-03-21T00:00:00+05:30",
                      "Agnikul Cosmos postpones maiden rocket launch due to 'technical issue'", AGNIBAAN,
                      "2024-03-22T00:00:00+05:30")


# https://bernama.com/lite/news.php?id=2442190
BNM = ("KUALA LUMPUR, July 7 (Bernama) -- Maybank Investment Bank Bhd (Maybank IB) expects Bank Negara Malaysia (BNM) "
       "to lower its overnight policy rate (OPR) by 25 basis points (bps) at the Monetary Policy Committee (MPC) "
       "meeting to be held on July 9, 2025.")


def test_past_a_dateline_the_meeting_date_dates_the_plan():
    m = market("Will Bank Negara Malaysia cut its Overnight Policy Rate at its July 9, 2025 meeting?",
               "2025-07-09T23:59:59+08:00")
    found = _plans(m, "https://bernama.com/lite/news.php?id=2442190", "2025-07-07T00:00:00+08:00",
                   "Maybank IB Expects BNM To Cut OPR By 25 Bps", BNM, "2025-07-08T06:00:00+00:00")
    assert found and all("July 7" not in c.reason for c in found)


# https://www.wduv.com/news/trending/no-chance-peregrine-lunar-lander-will-touch-down-moon-after-fuel-leak-company-says/YPN5Y5DXT5HKFMYCINNFEACSJU/
PEREGRINE = ("Pittsburgh-based aerospace company Astrobotic Technology on Tuesday confirmed it has given up on its "
             "planned soft moon landing following a propellant leak in space.")


def test_a_date_before_a_reporting_verb_dates_the_report():
    m = market("Will Astrobotic's Peregrine lander make a soft landing on the Moon by February 29, 2024?",
               "2024-02-29T23:59:59-05:00")
    assert not [c for c in _plans(m, "https://www.wduv.com/news/trending/no-chance-peregrine-lunar-lander-will-touch-"
                                     "down-moon-after-fuel-leak-company-says/YPN5Y5DXT5HKFMYCINNFEACSJU/",
                                  "2024-01-09T00:00:00-05:00", "Peregrine lunar lander", PEREGRINE,
                                  "2024-01-10T12:00:00+00:00") if c.direction == "yes"]


# https://pledgetimes.com/mercosur-and-the-european-union-close-a-free-trade-agreement-in-montevideo/
MERCOSUR = ("Mercosur and the European Union closed this Friday in Montevideo (Uruguay) the text of a free trade "
            "agreement after almost 25 years of negotiations and that will now have to go through a ratification "
            "process in both blocs.")


def test_a_date_of_a_past_verb_is_not_the_plan_for_the_act():
    m = market("Will the European Union ratify the EU–Mercosur trade agreement by December 31, 2024?",
               "2024-12-31T23:59:59+01:00")
    assert not _plans(m, "https://pledgetimes.com/mercosur-and-the-european-union-close-a-free-trade-agreement-in-"
                         "montevideo/", "2024-12-06T00:00:00-03:00",
                      "Mercosur and the European Union Close a Free Trade Agreement in Montevideo", MERCOSUR,
                      "2024-12-07T12:00:00+00:00")


# https://www.dawn.com/news/1869051/monetary-policy-on-4th-nov
SBP = "KARACHI: The Monetary Policy Committee (MPC) of the State Bank of Pakistan (SBP) will meet on Monday, said a statement issued by the central bank on Thursday."


def test_a_date_before_an_inverted_attribution_still_dates_the_act():
    s = make_sentence(SBP, 0)
    from resolver.engine.analysis import SentenceFacts
    from resolver.engine.types import Article
    pub = ts("2024-11-01T00:00:00+05:00")
    f = SentenceFacts(sent=s, article=Article(url="https://www.dawn.com/news/1869051/monetary-policy-on-4th-nov",
                                              title="Monetary Policy on 4th Nov", published=pub, text=SBP,
                                              source="www.dawn.com"))
    f.spans = _spans(s, pub)
    meet = next(k for k, t in enumerate(s.tokens) if t.text == "meet")
    assert f.nearest_span(meet).text == "on Monday"


# http://m.livejournal.com/read/user/lordmuck/82289 (a guard: no relative clause told in the past)
OCTOBER = ("Interestingly, there is already talk of an October election - for which both the Tories and Labour have "
           "financial reserves to do.")


def test_a_month_modifying_an_occasion_without_a_past_relative_clause_keeps_the_sentence_tense():
    s = make_sentence(OCTOBER, 0)
    from resolver.engine.verb_aspect import dated_past_verb
    span = next(x for x in _spans(s, ts("2010-05-08T11:49:00+01:00")) if "October" in x.text)
    assert not dated_past_verb(s, span.pos, span.pos + len(span.text))


def test_a_postponement_before_the_window_is_an_earlier_occasions():
    m = market("Will Norges Bank cut its policy rate at its June 2025 meeting?", "2025-06-19T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Norges Bank announces a cut to its policy rate at its monetary "
               "policy meeting between June 1, 2025 and June 19, 2025.")
    v = evaluate_market(m, [article("https://www.globalbankingandfinance.com/UK-NORWAY-ECONOMY-RATES-12a7f282-be6d-"
                                    "4b05-9164-32777d5c9dad", "2025-06-19T00:00:00+02:00",
                                    "Norway's central bank cuts rates", NORGES)], ts("2025-06-20T00:00:00+02:00"))
    assert not [c for c in v.contributions if c.rule == "ruled_out" and c.direction == "no"]


# https://bntnews.bg/news/the-decision-on-bulgaria-and-romania-39s-full-schengen-membership-was-published-in-the-eu-official-journal-1319653news.html
SCHENGEN = ("The decision to abolish checks at internal land borders with and between Bulgaria and Romania as of 1 "
            "January 2025 was published today in the Official Journal of the European Union.")


def test_the_date_a_decided_measure_takes_effect_does_not_schedule_the_decision():
    m = market("Will the EU Council adopt a decision admitting Bulgaria and Romania fully to Schengen (lifting internal "
               "land border checks) by December 31, 2024?", "2024-12-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if the Council of the European Union adopts, by December 31, 2024, "
               "a decision to lift checks at internal land borders with and between Bulgaria and Romania.")
    v = evaluate_market(m, [article("https://bntnews.bg/news/the-decision-on-bulgaria-and-romania-39s-full-schengen-"
                                    "membership-was-published-in-the-eu-official-journal-1319653news.html",
                                    "2024-12-23T00:00:00+02:00", "The Decision on Bulgaria and Romania's Full "
                                    "Schengen Membership Was Published in the EU Official Journal", SCHENGEN)],
                        ts("2024-12-24T00:00:00+02:00"))
    assert not [c for c in v.contributions if c.rule == "scheduled_after_deadline"]


# https://english.aawsat.com/varieties/4850726-japan-delays-h3-rockets-2nd-launch-due-bad-weather?page=7
H3 = ("The Japan Aerospace Exploration Agency (JAXA) said on Tuesday it would delay the launch date of the second "
      "model of its new H3 flagship rocket from the initially planned Feb. 15 because of forecasts of poor weather.")
# https://www.jalopnik.com/2018307/china-delays-spacecraft-return-indefinitely-debris-damage/
SHENZHOU = ("China's space agency initially planned for Shenzhou-20 to return on November 5 with a parachute landing in "
            "Inner Mongolia, concluding their six-month stay in low Earth orbit.")


def test_a_former_plans_date_is_not_a_plan_for_the_act():
    h3 = market("Will JAXA launch the second H3 rocket (H3 Test Flight 2) by February 15, 2024?",
                "2024-02-15T23:59:59+09:00")
    assert not _plans(h3, "https://english.aawsat.com/varieties/4850726-japan-delays-h3-rockets-2nd-launch-due-bad-"
                          "weather?page=7", "2024-02-13T00:00:00+09:00",
                      "Japan Delays H3 Rocket's 2nd Launch Due to Bad Weather", H3, "2024-02-14T12:00:00+09:00")
    crew = market("Will the Shenzhou-20 astronauts return to Earth by November 10, 2025?", "2025-11-10T23:59:59+08:00")
    assert not _plans(crew, "https://www.jalopnik.com/2018307/china-delays-spacecraft-return-indefinitely-debris-"
                            "damage/", "2025-11-05T00:00:00-05:00", "China Delays Spacecraft Return Indefinitely "
                            "Debris Damage", SHENZHOU, "2025-11-06T00:00:00+00:00")


def test_a_possessive_day_names_the_occasion_called_off():
    # tests/data/dev_cases_6.json: "Valoria's rail unions called off Wednesday's national strike after
    # accepting an improved pay offer, the union federation said on Monday." — 'Wednesday's' names the
    # strike called off (the market's June 10), not a day before the market's window
    import json
    from pathlib import Path

    from resolver.backtest import run_case
    from resolver.config import Settings
    cases = json.loads((Path(__file__).parent / "data" / "dev_cases_6.json").read_text(encoding="utf-8"))
    case = next(c for c in cases if c["id"] == "d6-strike-called-off-no")
    assert run_case(case, 1, Settings()).verdict == "likely-no"
