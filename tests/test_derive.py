"""What the engine derives from a market's question and criteria alone."""

from resolver.engine import Market
from resolver.engine.derive import derive_target
from tests.conftest import PEACE_MARKET, ts


def market(question: str, criteria: str = "", deadline: str = "2025-12-31T23:59:59+00:00") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def test_peace_deal_target():
    t = derive_target(PEACE_MARKET)
    assert t.kind == "event"
    assert t.act == "sign"
    assert t.object_terms[-1] == "deal"
    assert t.actors == ["Russia", "Ukraine"]
    assert "talks" in t.exclusions and "frameworks" in t.exclusions


def test_passive_question_takes_the_subject_as_object():
    t = derive_target(market("Will the US-Ukraine minerals deal be signed by April 27, 2025?"))
    assert t.act == "sign" and t.object_terms[-1] == "deal"


def test_candidate_and_exclusive_role():
    t = derive_target(market("Will Cardinal Pietro Parolin be elected pope in the 2025 conclave?"))
    assert t.candidate == "Pietro Parolin" and t.role == "pope"
    t = derive_target(market("Will Pierre Poilievre become Prime Minister of Canada?"))
    assert t.candidate == "Pierre Poilievre" and t.role == "prime minister"


def test_numeric_threshold():
    t = derive_target(market("Will Bitcoin trade above $100,000 before January 1, 2025?"))
    assert (t.kind, t.threshold, t.threshold_direction, t.threshold_unit) == ("threshold", 100000.0, "above", "usd")
    t = derive_target(market("Will Bitcoin trade below $90k at any time during October 2025?",
                             deadline="2025-10-31T23:59:59+00:00"))
    assert (t.threshold, t.threshold_direction) == (90000.0, "below")
    assert t.window_start is not None and t.window_start.date().isoformat() == "2025-10-01"


def test_a_count_is_not_a_price_threshold():
    t = derive_target(market("Will Russia and Ukraine complete a prisoner exchange of at least 1,000 prisoners per side by May 31, 2025?"))
    assert t.kind == "event" and t.act == "complete"


def test_not_merely_becomes_an_exclusion():
    t = derive_target(market("Will X and Y complete the exchange by May 31, 2025?",
                             "Resolves YES if X and Y complete (not merely agree to) the exchange."))
    assert "agree" in t.exclusions


def test_demonyms_map_to_countries():
    t = derive_target(market("Will official Russian and Ukrainian delegations hold direct peace talks in Istanbul by May 20, 2025?"))
    assert "Russia" in t.actors and "Ukraine" in t.actors


def test_unparseable_question_is_reported_not_guessed():
    t = derive_target(market("Bitcoin?"))
    assert t.kind == "unknown"
    assert t.notes and "could not find" in t.notes[0]
