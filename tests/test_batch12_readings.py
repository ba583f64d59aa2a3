"""General readings from batch 12's misses (issue 10, precision first), on real published text
(tests/data/realnews/batch-12.json; each test names its source case): an act located in another
place than the market's; a naming verb ('as the festival is popularly known'); a noun compound
after a determiner ('scrubbed the night launch'); a season's prize won is not the race won."""

from resolver.engine import evaluate_market
from resolver.engine.types import Article, Market
from tests.conftest import decided, ts


def _market(mid: str, question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id=mid, question=question, deadline=ts(deadline), criteria=criteria)


def _article(title: str, text: str, published: str) -> Article:
    return Article(url=f"https://example.org/{abs(hash(title))}", title=title, published=ts(published), text=text)


def _confirmed(v) -> bool:
    return any(c.rule == "confirmation" and c.direction == "yes" and c.counted for c in v.contributions)


HONSHU = _market("honshu", "Will Typhoon Shanshan make landfall on Honshu by August 31, 2024?",
                 "2024-08-31T23:59:59+09:00")
# batch 12, b12-shanshan-landfall-honshu-by-aug31-2024-undet
SOUTHERN_JAPAN = _article(
    "Japan hit by Typhoon Shanshan's powerful winds and heavy rainfall",
    "A typhoon named Shanshan made landfall in southern Japan, bringing heavy rain and strong winds that caused at "
    "least three deaths and raised concerns about flooding and landslides.", "2024-08-29T00:00:00+09:00")


def test_a_landfall_located_in_another_place_does_not_confirm_the_markets_place():
    v = evaluate_market(HONSHU, [SOUTHERN_JAPAN], ts("2024-08-29T18:00:00+00:00"))
    assert not _confirmed(v) and decided(v) == "undetermined"
    assert any("not in Honshu" in (c.reason or "") for c in v.contributions)


def test_a_landfall_on_the_markets_place_still_confirms():
    on_honshu = _article("Shanshan reaches Honshu", "Typhoon Shanshan made landfall on Honshu on Thursday.",
                         "2024-08-30T00:00:00+09:00")
    v = evaluate_market(HONSHU, [on_honshu], ts("2024-08-30T18:00:00+00:00"))
    assert _confirmed(v)


GLASTO = _market("glasto", "Will Glastonbury Festival take place in 2026?", "2026-12-31T23:59:59+00:00",
                 "This market will resolve to \"Yes\" if the Glastonbury Festival of Contemporary Performing Arts is "
                 "held at Worthy Farm at any time in calendar year 2026.")
# batch 12, b12-glastonbury-held-in-2026-no
KNOWN_AS = _article(
    "Glastonbury 2025 tickets sell out in 35 minutes",
    "Glasto, as the festival is popularly known, was inspired by Britain's 1960s counterculture and hippie "
    "movements, with its first iteration as the Pilton Festival in 1970.", "2024-11-19T00:00:00+03:00")


def test_a_verb_naming_the_event_does_not_report_it_held():
    v = evaluate_market(GLASTO, [KNOWN_AS], ts("2024-11-20T12:00:00+00:00"))
    assert not _confirmed(v) and decided(v) != "likely-yes"


KUIPER = _market("kuiper", "Will Amazon's first Project Kuiper production satellites launch by April 30, 2025?",
                 "2025-04-30T23:59:59-04:00")
# batch 12, b12-kuiper-first-production-launch-by-apr30-2025-asof-apr11-undet
SCRUBBED = _article(
    "ULA's launch of Amazon's satellites scrubbed because of bad weather in Florida",
    "April 9 (UPI) -- United Launch Alliance on Wednesday night scrubbed the night launch of the first 27 "
    "satellites owned by Amazon because of inclement weather in Florida.", "2025-04-11T00:00:00-04:00")


def test_a_noun_compound_after_a_determiner_is_no_present_tense_launch():
    v = evaluate_market(KUIPER, [SCRUBBED], ts("2025-04-11T18:00:00+00:00"))
    assert not _confirmed(v) and decided(v) == "undetermined"


NORRIS_GP = _market("norris-gp", "Will Lando Norris win the 2025 Abu Dhabi Grand Prix?", "2025-12-07T23:59:59+04:00",
                    "This market will resolve to \"Yes\" if Lando Norris is classified first in the 2025 Formula 1 "
                    "Abu Dhabi Grand Prix race. Championship standings do not count.")
# batch 12, b12-norris-wins-abu-dhabi-gp-2025-no
CLINCHES_TITLE = _article(
    "F1 Abu Dhabi Grand Prix: Lando Norris clinches maiden Formula 1 title as Verstappen takes race win",
    "McLaren driver Lando Norris bagged his first Formula 1 title at the season-ending Abu Dhabi Grand Prix on "
    "Sunday.", "2025-12-07T00:00:00+05:30")


def test_a_season_title_clinched_is_not_the_race_won():
    v = evaluate_market(NORRIS_GP, [CLINCHES_TITLE], ts("2025-12-08T00:00:00+00:00"))
    assert not _confirmed(v) and decided(v) != "likely-yes"


def test_a_title_market_still_reads_the_championship_won():
    title = _market("norris-title", "Will Lando Norris win the 2025 Formula 1 Drivers' Championship?",
                    "2025-12-31T23:59:59+00:00", "This market will resolve to \"Yes\" if Lando Norris is the 2025 FIA "
                    "Formula One World Drivers' Champion.")
    # batch 12, b12-norris-2025-f1-drivers-title-yes
    won = _article("Lando Norris wins maiden title in Abu Dhabi Grand Prix",
                   "Abu Dhabi: McLaren driver Lando Norris won the Formula 1 2025 Drivers' Championship after finishing "
                   "third behind Max Verstappen and teammate Oscar Piastri in the title decider Abu Dhabi Grand Prix at "
                   "the Yas Marina Circuit here on Sunday.", "2025-12-08T00:00:00+05:30")
    assert _confirmed(evaluate_market(title, [won], ts("2025-12-08T12:00:00+00:00")))


SIRI = _market("siri", "Will Apple release its personalized Siri features by December 31, 2025?",
               "2025-12-31T23:59:59-05:00")
# batch 12, b12-apple-personalized-siri-release-by-dec31-2025-no
SPRING = _article(
    "Apple Plans to Release Delayed Siri Apple Intelligence Features in Spring 2026",
    "Apple is aiming to debut its delayed personalized Siri features in the spring of 2026, reports Bloomberg's "
    "Mark Gurman.", "2025-06-12T00:00:00-07:00")


def test_a_season_of_a_year_is_a_time_span_either_hemisphere():
    from datetime import datetime, timezone
    from resolver.engine.timex import find_time_expressions
    span = find_time_expressions("in the spring of 2026", datetime(2025, 6, 12, tzinfo=timezone.utc))[0]
    assert (span.start.month, span.start.year, span.end.month) == (3, 2026, 11)


def test_a_delay_to_a_date_after_the_deadline_is_a_plan_after_it():
    v = evaluate_market(SIRI, [SPRING], ts("2025-06-13T12:00:00+00:00"))
    assert any(c.rule == "scheduled_after_deadline" and c.counted for c in v.contributions)
    assert decided(v) == "likely-no"


RYDER = _market("ryder", "Will Europe win the 2025 Ryder Cup by more than 2 points?", "2025-09-28T23:59:59-04:00")
# batch 12, b12-europe-ryder-cup-2025-margin-over-2-no (headline; the score sentence is the article's)
WINS = _article("Europe wins Ryder Cup and reasserts dominance over Americans",
                "The final score - Europe 15, United States 13 - was the only real surprise.",
                "2025-09-29T00:00:00+03:00")


def test_a_win_without_the_margin_the_market_sets_confirms_nothing():
    plain = _article("Europe wins Ryder Cup and reasserts dominance over Americans",
                     "Europe won the Ryder Cup on Sunday at Bethpage Black.", "2025-09-29T00:00:00+03:00")
    v = evaluate_market(RYDER, [plain], ts("2025-09-29T12:00:00+00:00"))
    assert not _confirmed(v) and decided(v) == "undetermined"  # nor may the deadline's silence decide it


def test_a_margin_is_read_from_a_score_and_from_words():
    from resolver.engine import margins
    assert margins.of_market(RYDER.question) == (2.0, True)
    assert margins.stated("The final score - Europe 15, United States 13 - was the only real surprise.")[0] == 2.0
    assert margins.check(RYDER.question, "Europe won the Ryder Cup 16½-11½ on Sunday.")[0] == "enough"
    assert margins.check(RYDER.question, "Europe won the Ryder Cup 15-13 on Sunday.")[0] == "short"
    assert margins.stated("It won on 2025-09-28.") is None


def test_a_province_of_the_markets_country_is_inside_it():
    japan = _market("japan", "Will Typhoon Shanshan make landfall in Japan by August 31, 2024?",
                    "2024-08-31T23:59:59+09:00")
    in_province = _article("Shanshan makes landfall", "Typhoon Shanshan made landfall in Kagoshima on Thursday.",
                           "2024-08-30T00:00:00+09:00")
    assert _confirmed(evaluate_market(japan, [in_province], ts("2024-08-30T18:00:00+00:00")))


def test_a_failure_told_against_the_markets_subject_is_not_its_failure():
    paul = _market("paul", "Will Jake Paul beat Mike Tyson?", "2024-11-16T23:59:59-06:00")
    # batch 12, b12-jake-paul-beats-mike-tyson-2024-yes
    fell_short = _article(
        "Jake Paul defeats Mike Tyson in historic eight-round match",
        "Despite his age, Tyson displayed glimpses of the skill that made him a boxing icon, though he ultimately "
        "fell short against Paul, 27, the YouTuber-turned-boxer.", "2024-11-16T00:00:00+03:00")
    v = evaluate_market(paul, [fell_short], ts("2024-11-16T18:00:00+00:00"))
    assert not any(c.rule == "failed_attempt" for c in v.contributions)


def test_a_body_deciding_to_end_something_ends_it():
    talks = _market("talks", "Will Honda and Nissan formally end their merger talks by February 28, 2025?",
                    "2025-02-28T23:59:59+09:00")
    # batch 12, b12-honda-nissan-formally-end-merger-talks-by-feb28-2025-yes
    decided = _article(
        "Honda, Nissan Merger Talks Fall Apart",
        "Tokyo, Feb. 13 (Jiji Press)--Honda Motor Co. and Nissan Motor Co. formally decided at their respective "
        "board meetings Thursday to end their management integration talks, as Nissan rejected Honda's proposal to "
        "make it a wholly owned subsidiary.", "2025-02-13T00:00:00+09:00")
    assert _confirmed(evaluate_market(talks, [decided], ts("2025-02-14T00:00:00+00:00")))


def test_a_hedge_in_a_trailing_with_phrase_is_that_phrases_and_a_sub_place_under_a_country_headline_is_in_it():
    japan = _market("japan", "Will Typhoon Shanshan make landfall in Japan by August 31, 2024?",
                    "2024-08-31T23:59:59+09:00")
    # batch 12, b12-shanshan-landfall-japan-by-aug31-2024-yes
    kyushu = _article("Japan hit by Typhoon Shanshan's powerful winds and heavy rainfall",
                      "The typhoon made landfall near Satsumasendai in southern Kyushu, with up to 23.6 inches of rain "
                      "expected in 24 hours.", "2024-08-29T00:00:00+09:00")
    v = evaluate_market(japan, [kyushu], ts("2024-08-29T18:00:00+00:00"))
    assert _confirmed(v) and not any(c.rule == "hedged" for c in v.contributions)
    other_headline = kyushu.model_copy(update={"title": "Typhoon Shanshan brings heavy rain", "url": "https://e.org/2"})
    assert not _confirmed(evaluate_market(japan, [other_headline], ts("2024-08-29T18:00:00+00:00")))


def test_a_final_score_naming_the_candidate_settles_a_margin_market():
    # batch 12, b12-europe-ryder-cup-2025-margin-over-2-no (its score sentence)
    v = evaluate_market(RYDER, [WINS], ts("2025-09-29T12:00:00+00:00"))
    assert any(c.rule == "magnitude_short" and c.direction == "no" for c in v.contributions)
    wide = _article("Europe wins Ryder Cup", "The final score - Europe 16, United States 12 - was a surprise.",
                    "2025-09-29T00:00:00+03:00")
    assert _confirmed(evaluate_market(RYDER, [wide], ts("2025-09-29T12:00:00+00:00")))


def test_a_possessive_place_names_whose_event_not_where_the_act_is():
    # tests/data/dev_cases_4.json (d4-election-held-winner-yes): 'in Canada's April 28, 2025
    # election' names whose election it is; a place check must not turn it into 'Canada's April'
    from resolver.engine import places
    assert places.of_market("Will Mark Carney's Liberals win the most seats in Canada's April 28, 2025 election?") is None
    assert places.of_market("Will Typhoon Shanshan make landfall on Honshu by August 31, 2024?") == "Honshu"
    assert places._places("made landfall near Satsumasendai in Kyushu on Thursday") == ["Satsumasendai", "Kyushu"]
