"""Engine-level behaviour: the peace-deal example, determinism, aggregation and known_at."""

import json

from datetime import datetime, timedelta, timezone

from resolver.engine import Article, EngineSettings, Market, evaluate_market
from tests.conftest import PEACE_ARTICLE, PEACE_MARKET, article, ts

AS_OF = ts("2025-11-26T18:00:00+00:00")


def test_peace_deal_example_is_likely_no_with_both_sentences_and_the_arithmetic():
    v = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    assert v.verdict == "likely-no"
    negative = sorted((c for c in v.contributions if c.weight < 0), key=lambda c: c.weight)
    next_week = next(c for c in negative if "next week" in c.sentence)
    window = next(c for c in negative if "24-hour window" in c.sentence)
    assert next_week.rule == "scheduled_after_deadline"
    assert "'next week' in an article of Wed 26 Nov 2025 → 1–7 Dec 2025" in next_week.temporal
    assert "after the deadline Thu 27 Nov 2025 23:59 -0500" in next_week.temporal
    assert window.rule == "ruled_out"
    for c in (next_week, window):
        assert c.article_url == PEACE_ARTICLE.url and c.published == PEACE_ARTICLE.published
        assert c.sentence in PEACE_ARTICLE.text or c.sentence == PEACE_ARTICLE.title
    assert v.known_at == PEACE_ARTICLE.published


def test_same_inputs_same_bytes():
    a = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    b = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    assert a.model_dump_json() == b.model_dump_json()
    # order of evidence does not matter either
    other = article("Kremlin aides said no date for a signing has been set.")
    c = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE, other], AS_OF)
    d = evaluate_market(PEACE_MARKET, [other, PEACE_ARTICLE], AS_OF)
    assert c.model_dump_json() == d.model_dump_json()


def test_evidence_published_after_as_of_is_ignored():
    v = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], ts("2025-11-26T14:00:00+00:00"))
    assert v.verdict == "undetermined" and v.status == "no-evidence"


def test_syndicated_copy_counts_once():
    copy = PEACE_ARTICLE.model_copy(update={"url": "https://mirror.example.net/copy", "source": "mirror.example.net"})
    single = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    double = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE, copy], AS_OF)
    assert double.score == single.score
    assert any(c.rule == "duplicate" for c in double.contributions)


def test_independent_sources_count_more_than_one_source_repeating_itself():
    s1 = "Russia and Ukraine signed the peace deal in Geneva on Wednesday."
    s2 = "Ukraine and Russia signed a peace agreement on Wednesday, officials confirmed."
    same = evaluate_market(PEACE_MARKET, [article(s1, source="a.example"), article(s2, source="a.example")], AS_OF)
    indep = evaluate_market(PEACE_MARKET, [article(s1, source="a.example"), article(s2, source="b.example")], AS_OF)
    assert indep.score > same.score > 0


def test_untrusted_sources_weigh_less_when_a_trusted_list_is_set():
    s = "Russia and Ukraine signed the peace deal in Geneva on Wednesday."
    settings = EngineSettings(trusted_sources=["reuters.com"], untrusted_factor=0.5)
    v = evaluate_market(PEACE_MARKET, [article(s, source="blog.example")], AS_OF, settings)
    assert v.verdict == "undetermined" and "not in the trusted list" in v.contributions[0].reason


def test_reasoning_is_json_serialisable_and_cites_articles():
    v = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    data = json.loads(v.model_dump_json())
    decisive = [c for c in data["contributions"] if c["weight"] and c["counted"]]
    assert decisive and all(c["sentence"] and c["article_url"] for c in decisive if c["rule"] != "deadline_passed")


def test_no_relevant_evidence_says_so():
    v = evaluate_market(PEACE_MARKET, [article("Forecasters expect snow on Saturday.")], AS_OF)
    assert (v.verdict, v.status) == ("undetermined", "no-evidence")


def test_too_early_when_only_weak_signals():
    a = article("Russia and Ukraine could sign a peace deal within weeks, a European diplomat said.")
    v = evaluate_market(PEACE_MARKET, [a], AS_OF)
    assert (v.verdict, v.status) == ("undetermined", "too-early")


def test_source_weights_from_the_config():
    s = "Russia and Ukraine signed the peace deal in Geneva on Wednesday."
    settings = EngineSettings(source_weights={"blog.example": 0.5})
    v = evaluate_market(PEACE_MARKET, [article(s, source="blog.example")], AS_OF, settings)
    assert v.contributions[0].weight == 1.0 and "weighted ×0.5" in v.contributions[0].reason


def test_near_identical_syndicated_copy_counts_once():
    edited = PEACE_ARTICLE.model_copy(update={
        "url": "https://syndication.example.net/x", "source": "syndication.example.net",
        "text": PEACE_ARTICLE.text.replace("MOSCOW —", "MOSCOW (Wire) —") + " Reporting by staff.",
    })
    single = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], AS_OF)
    both = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE, edited], AS_OF)
    assert both.score == single.score
    assert [c.rule for c in both.contributions if c.article_url == edited.url] == ["duplicate"]


def test_unknown_publication_hour_weighs_less_and_says_so():
    midnight = article("Russia and Ukraine signed the peace deal in Geneva, officials said.",
                       published="2025-11-26T00:00:00+00:00")
    v = evaluate_market(PEACE_MARKET, [midnight], AS_OF)
    c = next(c for c in v.contributions if c.rule == "confirmation")
    assert c.weight == 1.8 and "time of day unknown" in c.reason


def test_a_verb_of_saying_reports_no_event_as_done():
    """'officials maintained that …' reports a statement, not the mission as done."""
    # https://www.indiatoday.in/science/gaganyaan-mission/story/is-isros-gaganyaan-mission-launch-delayed-heres-the-latest-update-2813296-2025-11-04
    m = Market(id="g1", question="Will ISRO launch the Gaganyaan G1 uncrewed mission by December 31, 2025?",
               deadline=datetime(2025, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=5, minutes=30))),
               criteria="This market will resolve to \"Yes\" if ISRO launches the first uncrewed orbital test flight "
                        "of the Gaganyaan programme (G1) by December 31, 2025, 11:59 PM IST.")
    a = Article(url="https://www.indiatoday.in/science/gaganyaan-mission/story/is-isros-gaganyaan-mission-launch-delayed-heres-the-latest-update-2813296-2025-11-04",
                title="Is ISRO's Gaganyaan mission launch delayed? Here's the latest update",
                text="These officials maintained that the timeline for the G1 mission \u201cat the moment still remains "
                     "December 2025.\u201d", published=datetime(2025, 11, 4, tzinfo=timezone(timedelta(hours=5, minutes=30))),
                source="indiatoday.in")
    v = evaluate_market(m, [a], datetime(2026, 1, 20, 12, tzinfo=timezone.utc))
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions), v.contributions


def test_undetermined_after_the_deadline_is_inconclusive_not_too_early():
    """Past the deadline, an undetermined verdict with evidence says so, not 'the deadline is ahead'."""
    # https://vcpost.com/articles/124343/20240110/sec-x-account-displays-fake-approval-bitcoin-etfs.htm
    m = Market(id="etf", question="Will the SEC approve spot bitcoin ETFs by January 9, 2024?",
               deadline=datetime(2024, 1, 9, 23, 59, 59, tzinfo=timezone(timedelta(hours=-5))),
               criteria="This market will resolve to \"Yes\" if the U.S. Securities and Exchange Commission approves "
                        "the listing and trading of at least one spot bitcoin exchange-traded product on or before "
                        "January 9, 2024 (ET). Unauthorized or false announcements do not count.")
    a = Article(url="https://vcpost.com/articles/124343/20240110/sec-x-account-displays-fake-approval-bitcoin-etfs.htm",
                title="SEC X Account Displays Fake Approval of Bitcoin ETFs \u2014 What to Know",
                text="\"The SEC has not approved the listing and trading of spot bitcoin exchange-traded products,\" said "
                     "Gensler, who called the post unauthorized without giving further explanation.",
                published=datetime(2024, 1, 10, tzinfo=timezone(timedelta(hours=-5))), source="vcpost.com")
    after = evaluate_market(m, [a], datetime(2024, 1, 10, 6, tzinfo=timezone.utc))
    assert (after.verdict, after.status) == ("undetermined", "inconclusive"), after.summary
    assert "the deadline has passed" in after.summary and "ahead" not in after.summary
    before = evaluate_market(m, [a.model_copy(update={"published": datetime(2024, 1, 8, tzinfo=timezone.utc)})],
                             datetime(2024, 1, 8, 12, tzinfo=timezone.utc))
    assert before.status == "too-early" and "the deadline is ahead" in before.summary
