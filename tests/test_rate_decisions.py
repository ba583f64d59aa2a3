"""Policy-rate decisions read against a bar: a range a move left, which rate a figure belongs to in a
coordinated sentence, a negative rate, and a move's size told by its two levels. Verbatim sentences
from tests/data/realnews batch-43 and batch-44, with guards where the reading must not fire."""

import json
import re
from pathlib import Path

import pytest

from resolver.backtest import run_case
from resolver.config import Settings
from resolver.engine import figures, rate_series
from resolver.engine.thresholds import move_from_levels

DATA = Path(__file__).parent / "data" / "realnews"

# https://www.fox13now.com/2015/12/16/federal-reserve-raises-interest-rates-for-first-time-since-2006
FED = ("The Federal Reserve raised its key interest rate on Wednesday from a range of 0% to 0.25% to a range of "
       "0.25% to 0.5%.")
# https://fortune.com/2014/06/05/ecb-plunges-into-uncharted-waters-cutting-deposit-rate-below-zero
ECB = ("The ECB cut the main rate at which banks borrow from it by 0.10 percentage points to 0.15% and, in a more "
       "radical move, cut the rate on its overnight deposit facility to -0.10% from zero.")
# https://thewest.com.au/business/economy/new-zealand-unexpectedly-lifts-key-rate-by-half-percentage-point-c-10259583
RBNZ = ("The Reserve Bank’s Monetary Policy Committee increased the Official Cash Rate to 5.25 per cent from 4.75 per "
        "cent Wednesday in Wellington, wrong-footing most economists who expected a 25-point hike.")


class _Ctx:
    """The few market fields the readings look at."""

    def __init__(self, question: str, criteria: str = "", object_terms=()):
        self.market = type("M", (), {"question": question, "criteria": criteria})()
        self.target = type("T", (), {"object_terms": list(object_terms)})()


def _at(text: str, figure: str, nth: int = 0) -> re.Match[str]:
    return list(re.finditer(re.escape(figure), text))[nth]


def test_old_range_of_a_move_is_skipped_both_bounds():
    ctx = _Ctx("Will the upper bound of the Fed's federal funds target range be 0.50% or higher?")
    old_low, old_high = _at(FED, "0%"), _at(FED, "0.25%", 0)
    new_low, new_high = _at(FED, "0.25%", 1), _at(FED, "0.5%")
    assert figures.range_bound(ctx, FED, old_low) == "skip"
    assert figures.range_bound(ctx, FED, old_high) == "skip"
    assert figures.range_bound(ctx, FED, new_low) == "skip"  # the lower bound: the market asks the upper
    assert figures.range_bound(ctx, FED, new_high) == "upper"


def test_plain_range_keeps_its_upper_bound():
    s = "The Fed kept its benchmark rate in a range of 4.25% to 4.5%."  # guard: no move, no old range
    ctx = _Ctx("Will the upper bound of the Fed's target range be 4.5% or higher?")
    assert figures.range_bound(ctx, s, _at(s, "4.5%")) == "upper"


def test_figure_belongs_to_the_rate_of_its_conjunct():
    ctx = _Ctx("Will the ECB cut its deposit facility rate below 0%?", object_terms=("deposit", "facility", "rate"))
    assert rate_series.other_rate(ctx, ECB, ECB.index("0.15%")) == "the main rate"
    assert rate_series.other_rate(ctx, ECB, ECB.index("0.10%")) is None
    # guard: a market on a generic rate names no series of its own
    generic = _Ctx("Will the ECB cut its key interest rate?", object_terms=("key", "interest", "rate"))
    assert rate_series.other_rate(generic, ECB, ECB.index("0.15%")) is None


def test_minus_sign_makes_a_rate_negative():
    assert rate_series.signed(ECB, ECB.index("0.10%"), 0.10) == -0.10
    s = "The target range is 0.25-0.5%."  # guard: a range's dash is no minus sign
    assert rate_series.signed(s, s.index("0.5%"), 0.5) == 0.5


def test_move_size_from_its_two_levels():
    assert move_from_levels(RBNZ, RBNZ.index("increased") + len("increased")) == 50.0
    # guard: levels of another clause tell no size of the decision
    s = "The central bank raised rates on Wednesday as inflation fell from 3.2% to 3.0% in March."
    assert move_from_levels(s, s.index("raised") + len("raised")) is None


CASES = {
    "b44-fed-upper-bound-0.50-dec2015-yes": "likely-yes",
    "b44-ecb-deposit-rate-below-zero-jun2014-yes": "likely-yes",
    "b43-rbnz-apr2023-hike-50bp-multi-yes": "likely-yes",
}


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_cases(case_id):
    batch = "batch-44.json" if case_id.startswith("b44") else "batch-43.json"
    case = next(c for c in json.loads((DATA / batch).read_text()) if c["id"] == case_id)
    assert run_case(case, 1, Settings()).verdict == CASES[case_id]


def test_acronym_object_spelled_out():
    from resolver.engine.spellings import spelled_out
    from resolver.engine.text import article_sentences
    sent = article_sentences("", RBNZ)[0]
    found = spelled_out(sent, "OCR")
    assert [sent.tokens[i].text for i in found] == ["Rate"]
    assert spelled_out(sent, "MPC") == [] or all(sent.tokens[i].text == "Committee" for i in spelled_out(sent, "MPC"))
    assert spelled_out(sent, "ECB") == []  # guard: no run of capitalised words spells it


# https://cy.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/december2022
CPIH = ("The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 9.2% in the 12 months to "
        "December 2022, down from 9.3% in November.")
CPI = "The Consumer Prices Index (CPI) rose by 10.5% in the 12 months to December 2022, down from 10.7% in November."
Q_CPI = "Will UK CPI annual inflation for December 2022 come in below 10.5%?"


def test_twelve_month_change_is_the_annual_rate_and_cpih_is_another_index():
    from resolver.engine.rules.statistic_period import annual_change, other_index
    ctx = _Ctx(Q_CPI)
    assert annual_change(ctx, CPI, _at(CPI, "10.5%"))
    assert not annual_change(ctx, CPI, _at(CPI, "10.7%"))  # guard: 'in November' follows the earlier figure
    assert not annual_change(_Ctx("Will UK CPI rise by 0.5% month on month?"), CPI, _at(CPI, "10.5%"))
    assert other_index(ctx, CPIH, _at(CPIH, "9.2%")) == "CPIH"
    assert other_index(ctx, CPI, _at(CPI, "10.5%")) is None  # guard: the market's own index


def test_sum_sought_is_no_award():
    from resolver.engine import figure_words
    q = "Will Johnny Depp's total damages award in Depp v. Heard be $15 million or more?"
    s = "He had sought $50 million."  # https://consequence.net/2022/06/johnny-depp-amber-heard-verdict/
    assert figure_words.sought(q, s[:s.index("$")])
    s = "The jury awarded Depp $10 million in compensatory damages and an additional $5 million in punitive damages."
    assert not figure_words.sought(q, s[:s.index("$")])  # guard: an award
    assert not figure_words.sought("Will the plaintiffs seek $1 billion or more?", "He had sought ")  # the sum sought asked


CASES["b43-uk-cpi-dec2022-below-10.5-no"] = "likely-no"
CASES["b40-us-cpi-dec2019-2pt3-yes"] = "likely-yes"  # guard: a month's change carried to the year's


@pytest.mark.parametrize("case_id", ["b43-uk-cpi-dec2022-below-10.5-no", "b40-us-cpi-dec2019-2pt3-yes"])
def test_cpi_cases(case_id):
    batch = f"batch-{case_id[1:3]}.json"
    case = next(c for c in json.loads((DATA / batch).read_text()) if c["id"] == case_id)
    assert run_case(case, 1, Settings()).verdict == CASES[case_id]


def test_upper_bound_question_derives_the_range_not_an_act():
    from datetime import datetime, timezone
    from resolver.engine.derive import derive_target
    from resolver.engine.types import Market
    deadline = datetime(2015, 12, 16, tzinfo=timezone.utc)
    q = "Will the upper bound of the Fed's federal funds target range be 0.50% or higher after the December 2015 FOMC meeting?"
    t = derive_target(Market(id="x", question=q, criteria="", deadline=deadline))
    assert t.kind == "threshold" and t.act is None and t.threshold == 0.5
    assert t.object_terms == ["federal", "fund", "target", "range"] and "upper" not in t.actors
    # guard: a question with an act before its figure keeps it
    t = derive_target(Market(id="y", question="Will the ECB cut its deposit facility rate below 0% at its June 5, 2014 meeting?",
                             criteria="", deadline=deadline))
    assert t.act == "cut"
