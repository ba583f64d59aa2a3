"""Each rule on realistic news sentences, through the public evaluate_market entry point."""

from resolver.engine import Market, evaluate_market
from tests.conftest import decided, PEACE_MARKET, article, ts

AS_OF_BEFORE = ts("2025-11-26T18:00:00+00:00")


def fired(verdict, rule):
    return [c for c in verdict.contributions if c.rule == rule]


def evaluate(market, *articles, as_of=AS_OF_BEFORE):
    return evaluate_market(market, list(articles), as_of)


# 1. confirmation ------------------------------------------------------------------------
def test_confirmation_on_a_signed_deal():
    a = article("Russia and Ukraine signed a peace agreement in Geneva on Wednesday, officials from both sides said.")
    v = evaluate(PEACE_MARKET, a)
    assert decided(v) == "likely-yes"
    c = fired(v, "confirmation")[0]
    assert c.sentence.startswith("Russia and Ukraine signed") and c.weight > 0
    assert "Wed 26 Nov 2025" in c.temporal


def test_negated_signing_does_not_confirm():
    a = article("Russia and Ukraine did not sign the peace deal on Wednesday, and talks will continue.")
    v = evaluate(PEACE_MARKET, a)
    assert not fired(v, "confirmation")
    assert decided(v) != "likely-yes"


def test_conditional_does_not_confirm():
    a = article("If Russia and Ukraine sign the peace deal, sanctions would be eased within weeks.")
    assert not fired(evaluate(PEACE_MARKET, a), "confirmation")


def test_future_plan_is_not_a_confirmation():
    a = article("Russia and Ukraine will sign the peace deal on Thursday, the mediators said.")
    v = evaluate(PEACE_MARKET, a)
    assert not fired(v, "confirmation")
    assert decided(v) == "undetermined"


def test_confirmation_dated_after_the_deadline_does_not_count():
    a = article("Russia and Ukraine signed the peace deal on Tuesday in Geneva.", published="2025-12-03T10:00:00+00:00")
    v = evaluate(PEACE_MARKET, a, as_of=ts("2025-12-04T00:00:00+00:00"))
    c = fired(v, "confirmation")[0]
    assert c.weight == 0 and "after the deadline" in c.reason
    assert decided(v) == "likely-no"  # deadline passed, nothing confirms in time


# 2. ruled out -------------------------------------------------------------------------------
def test_not_imminent_rules_out():
    a = article("The schedule signals that a final signature from Kyiv on the U.S.-backed peace deal is not imminent.")
    v = evaluate(PEACE_MARKET, a)
    c = fired(v, "ruled_out")[0]
    assert c.weight <= -1.5 and "not imminent" in c.reason


def test_window_ending_before_deadline_counts_partially():
    a = article("A final peace deal will not materialize within the current 24-hour window.")
    c = fired(evaluate(PEACE_MARKET, a), "ruled_out")[0]
    assert -2.0 < c.weight < 0
    assert "of the time left" in c.temporal


# 3. scheduled after deadline -------------------------------------------------------------
def test_prerequisite_dated_after_deadline():
    a = article("A U.S. delegation will arrive in Moscow next week for talks on the peace plan with Russia.")
    v = evaluate(PEACE_MARKET, a)
    c = fired(v, "scheduled_after_deadline")[0]
    assert c.weight < 0
    assert "1–7 Dec 2025" in c.temporal and "after the deadline Thu 27 Nov 2025 23:59 -0500" in c.temporal


def test_meeting_announced_for_after_the_deadline():
    m = Market(id="meet", question="Will Donald Trump and Vladimir Putin meet in person by August 10, 2025?",
               deadline=ts("2025-08-10T23:59:59-04:00"),
               criteria="Phone calls, envoy meetings, or announced future meetings do not count.")
    a = article("President Donald Trump said he will meet with Russian President Vladimir Putin on Aug. 15 in Alaska.",
                published="2025-08-08T00:00:00-08:00")
    v = evaluate(m, a, as_of=ts("2025-08-09T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert "Fri 15 Aug 2025" in fired(v, "scheduled_after_deadline")[0].temporal


# 4. deadline passed -------------------------------------------------------------------------
def test_deadline_passed_without_confirmation():
    v = evaluate(PEACE_MARKET, as_of=ts("2025-11-28T12:00:00+00:00"))
    assert decided(v) == "likely-no" and v.status == "deadline-passed"
    assert fired(v, "deadline_passed")


def test_grace_period_delays_deadline_passed():
    v = evaluate(PEACE_MARKET, as_of=ts("2025-11-28T06:00:00+00:00"))  # 1 h after the deadline
    assert decided(v) == "undetermined" and not fired(v, "deadline_passed")


# 5. does not count ---------------------------------------------------------------------------
def test_framework_does_not_count():
    a = article("Russia and Ukraine agreed on a framework for the peace deal on Wednesday, Russian officials said.")
    v = evaluate(PEACE_MARKET, a)
    assert decided(v) == "undetermined"


def test_excluded_item_is_explained():
    m = Market(id="swap", question="Will Russia and Ukraine complete a prisoner exchange by May 31, 2025?",
               deadline=ts("2025-05-31T23:59:59+03:00"),
               criteria="Resolves YES if Russia and Ukraine complete (not merely agree to) the exchange.")
    a = article("Russia and Ukraine agreed on a prisoner exchange of 1,000 each, Russian negotiators confirmed.",
                published="2025-05-16T00:00:00+03:00")
    v = evaluate(m, a, as_of=ts("2025-05-17T00:00:00+00:00"))
    assert decided(v) == "undetermined"


# 6. hedged ------------------------------------------------------------------------------------
def test_hedge_weakens_instead_of_flipping():
    a = article("Russia and Ukraine reportedly signed a peace deal in Geneva on Wednesday, unnamed sources said.")
    v = evaluate(PEACE_MARKET, a)
    c = fired(v, "hedged")[0]
    assert 0 < c.weight < 1.5 and "reportedly" in c.reason
    assert decided(v) == "undetermined"


# 7. conflict ---------------------------------------------------------------------------------
def test_strong_signals_both_ways_are_a_conflict():
    yes = article("Russia and Ukraine signed the peace deal on Wednesday in Geneva.", source="a.example")
    no = article("Russia and Ukraine will not sign a peace deal by Thursday, Russian officials said.", source="b.example")
    v = evaluate(PEACE_MARKET, yes, no)
    assert decided(v) == "undetermined" and v.status == "conflicting"
    assert {c.direction for c in v.contributions if c.weight} == {"yes", "no"}


def test_later_report_supersedes_an_earlier_one():
    no = article("Russia and Ukraine will not sign a peace deal this week, Russian officials said.",
                 published="2025-11-24T09:00:00+00:00", source="a.example")
    yes = article("Russia and Ukraine signed the peace deal on Wednesday in Geneva.",
                  published="2025-11-26T15:00:00+00:00", source="b.example")
    v = evaluate(PEACE_MARKET, no, yes)
    assert decided(v) == "likely-yes"
    assert any("superseded" in c.reason for c in v.contributions if not c.counted)


# rival outcome and thresholds ------------------------------------------------------------------
def test_someone_else_elected():
    m = Market(id="parolin", question="Will Cardinal Pietro Parolin be elected pope in the 2025 conclave?",
               deadline=ts("2025-06-30T23:59:00+02:00"), criteria="Resolves NO if any other person is elected.")
    a = article("American Robert Prevost was later announced as the new pope, and will be known as Pope Leo XIV.",
                published="2025-05-09T00:00:00+00:00")
    v = evaluate(m, a, as_of=ts("2025-05-09T12:00:00+02:00"))
    assert decided(v) == "likely-no" and fired(v, "rival_outcome")


def test_threshold_crossed_in_window_and_outside():
    m = Market(id="btc", question="Will Bitcoin trade above $125,000 by October 31, 2025?",
               deadline=ts("2025-10-31T23:59:59+00:00"), criteria="")
    a = article("Bitcoin fell 2.8 per cent on Tuesday, extending its decline from a record of more than $126,000 set in early October.",
                published="2025-11-18T00:00:00+00:00")
    v = evaluate(m, a, as_of=ts("2025-11-18T18:00:00+00:00"))
    assert decided(v) == "likely-yes"
    assert "1–10 Oct 2025" in fired(v, "threshold_crossed")[0].temporal
    below = Market(id="btc-low", question="Will Bitcoin trade below $90,000 at any time during October 2025?",
                   deadline=ts("2025-10-31T23:59:59+00:00"), criteria="")
    b = article("Bitcoin dropped below $90,000 on Tuesday. It last traded that low in April, at $74,400.",
                published="2025-11-18T00:00:00+00:00")
    v = evaluate(below, b, as_of=ts("2025-11-18T18:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert all(c.weight == 0 for c in fired(v, "threshold_crossed"))


def test_unnamed_sources_are_weak():
    a = article("Russia and Ukraine signed a peace deal in Geneva on Wednesday, people familiar with the matter said.")
    v = evaluate(PEACE_MARKET, a)
    c = fired(v, "hedged")[0]
    assert "people familiar with" in c.reason and decided(v) == "undetermined"


def test_a_partys_denial_is_evidence_but_a_pundits_is_not():
    party = article("The Kremlin denied that a peace deal with Ukraine would be signed this week.")
    pundit = article("A Geneva analyst denied that a peace deal would be signed this week.", source="b.example")
    assert fired(evaluate(PEACE_MARKET, party), "ruled_out")
    assert not fired(evaluate(PEACE_MARKET, pundit), "ruled_out")


def test_a_date_that_only_dates_the_statement_is_not_a_window():
    a = article("Russia and Ukraine will not sign a peace deal, Russia's foreign minister said on Wednesday.")
    c = fired(evaluate(PEACE_MARKET, a), "ruled_out")[0]
    assert c.weight == -2.0 and "no time limit" in c.temporal


def test_a_rate_unchanged_from_last_months_figure_is_that_figure():
    # https://www.cbsnews.com/news/inflation-cpi-federal-reserve-consumer-prices/ (verbatim)
    from resolver.engine.types import Article
    from tests.conftest import news_market
    market = news_market("Will US annual CPI inflation for September 2023 come in below 3.7%?",
                         "2023-10-12T23:59:59-04:00")
    cbs = Article(
        url="https://www.cbsnews.com/news/inflation-cpi-federal-reserve-consumer-prices/",
        title="Inflation continues to moderate in September", published=ts("2023-10-12T00:00:00-04:00"),
        text="U.S. inflation continued to moderate in September, with price increases still a bit higher than "
             "expected and raising the risk of another interest rate hike by the Federal Reserve.\n\nPrices rose 0.4% "
             "from August to September, slowing from the previous month. Annual consumer inflation last month "
             "remained unchanged from a 3.7% increase in August, the Labor Department reported on Thursday.")
    v = evaluate(market, cbs, as_of=ts("2023-10-13T00:00:00+00:00"))
    read = [c for c in v.contributions if "'3.7%'" in c.reason]
    assert read and all(c.direction == "no" for c in read) and "remained unchanged" in read[0].sentence
    # an agency reporting its own statistic is its release, not a hedge
    assert decided(v) == "likely-no" and not any(c.rule == "hedged" for c in read)
