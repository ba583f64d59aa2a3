"""A rate named by an acronym and its head noun ('BI-Rate', batch 11): for a value that must last,
the named rate is a rate, so a done move of the bank's benchmark rate to another value ends the
state; an event market on the named rate does not widen its object. Sentences are verbatim from
the cited dev cases."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import article, ts

_STAYS = Market(id="m", question="Will Bank Indonesia's BI-Rate remain at 5.00% through September 30, 2025?",
                deadline=ts("2025-09-30T23:59:59+07:00"),
                criteria="This market will resolve to \"Yes\" if Bank Indonesia's benchmark BI-Rate remains at 5.00% "
                         "continuously from market creation through September 30, 2025, 11:59 PM WIB. Any change to the "
                         "BI-Rate announced in this period will resolve this market to \"No\".")
_LOWERED = ("Bank Indonesia lowered the benchmark seven-day reverse repurchase rate by 25 basis points to 4.75 percent, "
            "while its two other key rates were cut by 50 and 25 basis points, respectively.")


def test_a_move_of_the_named_rate_to_another_value_ends_the_state():
    # b11-bank-indonesia-bi-rate-stays-5pct-through-sep30-2025-no
    assert "rate" in derive_target(_STAYS).object_terms
    a = article(_LOWERED, title="Indonesia central bank announces surprise rate cut after protests",
                published="2025-09-17T00:00:00+07:00")
    v = evaluate_market(_STAYS, [a], ts("2025-09-18T12:00:00+00:00"))
    assert v.verdict == "likely-no" or (v.verdict == "undetermined" and v.status == "weak-reading")  # or gated: one weak reading alone (weak_readings.py)
    # guard: a move to the value the market holds is no end
    b = article(_LOWERED.replace("to 4.75 percent", "to 5.00 percent"), title="Indonesia central bank",
                published="2025-09-17T00:00:00+07:00")
    assert evaluate_market(_STAYS, [b], ts("2025-09-18T12:00:00+00:00")).verdict == "undetermined"


def test_an_event_market_on_the_named_rate_keeps_its_object():
    # b11-bank-indonesia-50bp-cut-sep-2025-no: 'the sixth rate cut … 150 basis points over the past year' is no
    # cut of the BI-Rate at the meeting
    t = derive_target(Market(id="m", question="Will Bank Indonesia cut its BI-Rate by 50 basis points or more at its "
                             "September 2025 meeting?", deadline=ts("2025-09-30T23:59:59+07:00")))
    assert "rate" not in t.object_terms
