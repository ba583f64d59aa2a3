"""What may decide a market (issue 10, precision first), on real published text (batches of
tests/data/realnews; each test names its source page): one outlet saying the act 'will not'
happen is a forecast, not a decision; a rival 'to be elected' is not a rival elected; a
policy that 'came into force' took effect; an exit poll is excluded however it is inflected."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.evaluate import _affirmative
from resolver.engine.rules import ruled_out
from resolver.engine.types import Article, Contribution, Market
from tests.conftest import ts

ARMENIA = Market(
    id="armenia", question="Will Armenia and Azerbaijan sign a peace treaty by August 31, 2025?",
    deadline=ts("2025-08-31T23:59:59+04:00"),
    criteria="This market will resolve to \"Yes\" if the leaders or authorized representatives of Armenia and "
             "Azerbaijan sign a bilateral peace treaty or peace agreement between the two countries on or before "
             "August 31, 2025. Memoranda of intent, joint declarations or initialling of a text without signature "
             "will not count.")
# https://armenia.news-pravda.com/en/world/2025/08/05/16337.html
WILL_NOT = Article(
    url="https://armenia.news-pravda.com/en/world/2025/08/05/16337.html",
    title="The leaders of Armenia and Azerbaijan will not sign a peace treaty in Washington, but a memorandum on "
          "striving for peace, Middle East Eye reports", published=ts("2025-08-05T00:00:00+04:00"),
    text="The leaders of Armenia and Azerbaijan will not sign a peace treaty in Washington, but a memorandum on "
         "striving for peace, Middle East Eye reports, citing its sources.")


def test_one_outlet_saying_it_will_not_happen_is_a_forecast_not_a_verdict():
    v = evaluate_market(ARMENIA, [WILL_NOT], ts("2025-08-08T06:00:00+00:00"))
    assert any(c.rule == "ruled_out" and c.counted for c in v.contributions) and v.score <= -1.5
    assert v.verdict == "undetermined"
    copy = WILL_NOT.model_copy(update={"url": "https://example.org/syndicated-copy", "source": "example.org"})
    assert evaluate_market(ARMENIA, [WILL_NOT, copy], ts("2025-08-08T06:00:00+00:00")).verdict == "undetermined"


DAN = Market(
    id="dan", question="Will Nicu\u0219or Dan win the 2025 Romanian presidential election?",
    deadline=ts("2025-05-31T23:59:59+03:00"),
    criteria="This market will resolve to \"Yes\" if Nicu\u0219or Dan is declared the winner of the 2025 Romanian "
             "presidential election (first round May 4, 2025, runoff May 18, 2025) according to official results "
             "from Romania's electoral authorities.")
# https://www.urdupoint.com/en/world/romanian-far-right-candidate-wins-1st-round-o-1974458.html
ROUND_ONE = Article(
    url="https://www.urdupoint.com/en/world/romanian-far-right-candidate-wins-1st-round-o-1974458.html",
    title="Romanian far-right candidate wins 1st round of presidential election re-run",
    published=ts("2025-05-05T00:00:00+05:00"),
    text="As no candidate garnered the 50%+1 required majority to be elected, the country will hold a second round "
         "of elections on May 18.")


def test_no_candidate_to_be_elected_is_no_rival_elected():
    v = evaluate_market(DAN, [ROUND_ONE], ts("2025-05-06T00:00:00+00:00"))
    assert not any(c.rule == "rival_outcome" for c in v.contributions) and v.verdict == "undetermined"


INDIA = Market(
    id="india", question="Will the additional 25% US tariff on Indian goods take effect by August 31, 2025?",
    deadline=ts("2025-08-31T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if the additional 25% ad valorem duty on products of India imposed "
             "under Executive Order 14329 actually takes effect (begins to apply to entries) on or before August 31, "
             "2025. Announcements of a future effective date do not suffice.")
# https://www.business-standard.com/amp/india-news/
#   live-news-updates-india-us-trump-tariff-russian-oil-2025-125082700171_1.html
IN_FORCE = Article(
    url="https://www.business-standard.com/amp/india-news/live-news-updates-india-us-trump-tariff-russian-oil-2025"
        "-125082700171_1.html",
    title="US tariff on India live updates", published=ts("2025-08-27T00:00:00+05:30"),
    text="The additional 25 per cent tariff imposed by US President Donald Trump on India for its purchases of "
         "Russian oil came into force on Wednesday, raising the overall levy on Indian goods to 50 per cent.")


def test_take_effect_is_the_act_and_came_into_force_confirms_it():
    t = derive_target(INDIA)
    assert t.kind == "event" and "tariff" in t.object_terms and "effect" not in t.object_terms
    v = evaluate_market(INDIA, [IN_FORCE], ts("2025-08-28T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("came into force" in c.reason for c in v.contributions)


D66 = Market(
    id="d66", question="Will D66 win the most seats in the October 29, 2025 Dutch general election?",
    deadline=ts("2025-11-30T23:59:59+01:00"),
    criteria="This market will resolve to \"Yes\" if D66 wins more seats in the House of Representatives than any "
             "other party in the October 29, 2025 Dutch general election, according to the official results "
             "certified by the Dutch Electoral Council. Exit polls and projections do not count.")
# https://www.chinadailyasia.com/article/622611
EXIT_POLL = Article(
    url="https://www.chinadailyasia.com/article/622611",
    title="Exit poll shows D66 narrowly leading Dutch parliamentary elections",
    published=ts("2025-10-30T11:24:00+08:00"),
    text="THE HAGUE - The Democrats 66 (D66), led by Rob Jetten, has taken a narrow lead with 27 seats in the Dutch "
         "parliamentary elections, according to the first exit poll published by Dutch public broadcaster NOS on "
         "Wednesday.")


def test_an_exit_poll_is_excluded_in_the_singular_too():
    v = evaluate_market(D66, [EXIT_POLL], ts("2025-10-30T06:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert any(c.rule == "does_not_count" and "exit polls" in c.reason for c in v.contributions)


def test_forecasts_need_two_sources_other_no_readings_one():
    def no(rule: str, source: str, temporal: str = ruled_out.NO_LIMIT) -> Contribution:
        return Contribution(rule=rule, direction="no", weight=-2.0, reason="r", source=source, temporal=temporal)
    assert not _affirmative([no("ruled_out", "a.example"), no("ruled_out", "a.example")], "no")
    assert _affirmative([no("ruled_out", "a.example"), no("ruled_out", "b.example")], "no")
    assert _affirmative([no("opposite_outcome", "a.example")], "no")
    # a reported cancellation or a date after the deadline is not a forecast
    assert _affirmative([no("ruled_out", "a.example", "'postponed' with no new date before the deadline")], "no")
