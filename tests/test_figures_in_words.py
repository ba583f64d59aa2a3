"""Released figures told in words (issue 10, fourth round, batches 13-14): a close stated as a
level passed ('ending a session above the 9,000 mark', 'closed above the psychological 9,000
level'), a number that belongs to an index's name ('FTSE 100'), and a rate move's size in words
('by a full percentage point') against a strict bar ('more than 50 basis points'). Sentences are
verbatim from the cited reports."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.thresholds import magnitude_bps
from tests.conftest import article, ts


def market(question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def test_a_close_told_as_a_level_passed_is_a_close_above_it():
    # batch-13 (FTSE 100, MoneyWeek 22 July 2025)
    a = article("The FTSE 100, the index comprising the UK's largest 100 companies, registered its all-time highest "
                "close last night (21 July), ending a session above the 9,000 mark for the first time in its history.",
                title="FTSE 100 passes 9,000. Can it stay there?", published="2025-07-22T00:00:00+01:00")
    m = market("Will the FTSE 100 close above 9,000 on or before July 25, 2025?", "2025-07-25T23:59:59+01:00",
               "Intraday levels above 9,000 do not count.")
    v = evaluate_market(m, [a], ts("2025-07-22T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert not any("'100'" in c.reason for c in v.contributions)  # 'FTSE 100' is the index's name, no level
    # batch-13 (S&P/ASX 200): an adjective between 'the' and the figure
    b = article("The pullback came just one day after Wednesday's milestone session, when the index closed above the "
                "psychological 9,000 level amid broad-based gains across sectors.",
                title="ASX 200 Pulls Back After Breaking 9000 Barrier", published="2025-08-22T00:00:00+10:00")
    asx = market("Will the S&P/ASX 200 close above 9,000 on or before August 22, 2025?", "2025-08-22T23:59:59+10:00",
                 "Intraday levels do not count.")
    assert evaluate_market(asx, [b], ts("2025-08-22T12:00:00+00:00")).verdict == "likely-yes"


def test_a_level_reached_during_the_day_is_still_no_close():
    # batch-13 (FTSE 100, 15 July 2025): traded at and peaked above the bar, no close
    a = article("Now, a strong week for a number of top stocks finally got it over the line, peaking at 9,016.98 at "
                "the start of Tuesday's session.", title="FTSE 100 finally breaches 9,000",
                published="2025-07-15T14:12:00+01:00")
    m = market("Will the FTSE 100 close above 9,000 on or before July 18, 2025?", "2025-07-18T23:59:59+01:00")
    assert evaluate_market(m, [a], ts("2025-07-15T14:30:00+00:00")).verdict == "undetermined"
    # a close word with a clause between it and the figure does not govern it (constructed)
    b = article("The FTSE 100 closed at 8,990 after reaching above the 9,000 mark in the morning.",
                published="2025-07-16T18:00:00+01:00")
    assert evaluate_market(m, [b], ts("2025-07-16T20:00:00+00:00")).verdict == "undetermined"


def test_a_rate_move_s_size_in_words_against_a_strict_bar():
    assert magnitude_bps("lowering it by a full percentage point to 20%") == 100
    assert magnitude_bps("cut rates by half a percentage point") == 50
    assert magnitude_bps("raised by one percentage point") == 100
    m = market("Will the Bank of Russia cut its key rate by more than 50 basis points at its June 2025 board meeting?",
               "2025-06-30T23:59:59+03:00",
               "This market will resolve to \"Yes\" if at its June 2025 board meeting on monetary policy, the Bank of "
               "Russia lowers its key rate by more than 50 basis points (i.e. by 0.75 percentage points or more).")
    t = derive_target(m)
    assert t.kind == "event" and t.magnitude_bps == 50 and t.threshold_inclusive is False
    # batch-13 (Bank of Russia, June 2025)
    a = article("The Russian central bank made headlines with a surprise cut to its key interest rate, lowering it by a "
                "full percentage point to 20%.", title="Russian Central Bank's Surprise Rate Cut A Strategic Move Amid "
                "Cooling Economy", published="2025-06-06T00:00:00+05:30")
    assert evaluate_market(m, [a], ts("2025-06-06T18:00:00+00:00")).verdict == "likely-yes"
    # the bar itself is not more than the bar (constructed)
    b = article("The Russian central bank cut its key interest rate by half a percentage point to 20.5%.",
                published="2025-06-06T12:00:00+03:00")
    assert evaluate_market(m, [b], ts("2025-06-06T18:00:00+00:00")).verdict != "likely-yes"
