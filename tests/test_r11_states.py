"""Stays-true readings of the eleventh round (states), on corpus sentences verbatim (each test names its
case): a set figure reported moved to a value against the market's is read as a number against a
number, so the weak-reading gate (one sentence reporting the state over) does not hold it back;
an ending told in words alone in one sentence still is held back."""

from resolver.engine import evaluate_market, weak_readings
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight and c.rule != "weak_reading"]


# --- a level moved against the market's value is not a weak reading --------------------------------

RIKSBANK_Q = "Will the Riksbank's policy rate remain at or below 2.00% through December 31, 2022?"
RIKSBANK_C = ("This market will resolve to \"Yes\" if Sveriges Riksbank's policy rate stays at or below 2.00% at all times "
              "from market creation through December 31, 2022. If the Riksbank raises the policy rate above 2.00% at any "
              "point in that period, this market will resolve to \"No\".")
RIKSBANK = ("Economics. The Riksbank has decided to raise the key interest rate by 0.75 percentage points to 2.5 percent – "
            "the highest figure since 2008.")


def test_a_rate_raised_past_a_ceiling_that_must_hold_is_decisive():
    # b51-riksbank-rate-at-or-below-2pct-through-dec2022-multi-stays-no
    m = market(RIKSBANK_Q, "2022-12-31T23:59:59+01:00", RIKSBANK_C)
    a = article("https://allinfo.space/2022/11/24/the-policy-rate-is-raised-by-75-basis-points/",
                "2022-11-24T09:41:00+01:00", "The policy rate is raised by 75 basis points", RIKSBANK)
    v = evaluate_market(m, [a], ts("2022-11-25T00:00:00+00:00"))
    assert v.verdict == "likely-no" and v.status != weak_readings.STATUS
    assert _fired(v, "state_ended")


def test_a_rate_raised_but_still_under_the_ceiling_ends_nothing():
    # must not fire: the same wording, a level on the bar's side
    m = market(RIKSBANK_Q, "2022-12-31T23:59:59+01:00", RIKSBANK_C)
    a = article("https://allinfo.space/2022/11/24/the-policy-rate-is-raised-by-75-basis-points/",
                "2022-11-24T09:41:00+01:00", "The policy rate is raised by 75 basis points",
                RIKSBANK.replace("to 2.5 percent", "to 1.75 percent"))
    v = evaluate_market(m, [a], ts("2022-11-25T00:00:00+00:00"))
    assert not _fired(v, "state_ended")
    assert v.verdict != "likely-no"


BOI_Q = "Will the Bank of Israel keep its policy rate at 4.75% through January 31, 2024?"
BOI_C = ("This market will resolve to \"Yes\" if the Bank of Israel's benchmark interest rate remains at 4.75% continuously "
         "from December 26, 2023 through January 31, 2024. Any change to the rate announced and taking effect in that "
         "period resolves this market to \"No\".")


def test_a_headline_cut_to_another_level_is_decisive():
    # b51-boi-rate-stays-4p75-through-jan31-2024-stays-no
    m = market(BOI_Q, "2024-01-31T23:59:59+02:00", BOI_C)
    a = article("https://www.forexlive.com/centralbank/bank-of-israel-cuts-benchmark-rate-to-450-from-475-20240101/",
                "2024-01-01T00:00:00+02:00", "bank of israel cuts benchmark rate to 450 from 475",
                "It's the first day of 2024 and the quietest non-weekend day of the year in the FX market but it's not "
                "technically closed.\n\nFirst rate cut since April 2020")
    v = evaluate_market(m, [a], ts("2024-01-02T00:00:00+00:00"))
    assert v.verdict == "likely-no" and v.status != weak_readings.STATUS


def test_a_move_to_the_markets_own_level_ends_nothing():
    # must not fire: the rate set to the level the market holds it at
    m = market(BOI_Q, "2024-01-31T23:59:59+02:00", BOI_C)
    a = article("https://example.com/boi", "2024-01-01T00:00:00+02:00", "Bank of Israel",
                "The Bank of Israel raised its benchmark rate to 4.75 percent.")
    v = evaluate_market(m, [a], ts("2024-01-02T00:00:00+00:00"))
    assert not _fired(v, "state_ended")


WGA_Q = "Will the Writers Guild of America strike still be in effect on February 29, 2008?"
WGA_C = ("This market will resolve to \"Yes\" if the Writers Guild of America's strike against the studios, which began in "
         "November 2007, remains in effect without interruption through February 29, 2008. If the strike is called off "
         "or lifted before then, this market will resolve to \"No\".")


def test_an_ending_in_words_in_one_sentence_is_still_held_back():
    # must not lift the gate: 'voted to lift the strike order' is an ending told in words, one sentence
    m = market(WGA_Q, "2008-02-29T23:59:59-08:00", WGA_C)
    a = article("https://example.com/wga", "2008-02-13T00:00:00-08:00", "Guild vote",
                "The Writers Guild of America announced just before 7 p.m. that members voted to lift the strike order "
                "with a 92.5% endorsement.")
    v = evaluate_market(m, [a], ts("2008-02-14T12:00:00+00:00"))
    assert v.status == weak_readings.STATUS and decided(v) == "likely-no"


# --- a name with 'of' inside it before the state's head noun ---------------------------------------

WGA_TEXT = ("The writers strike has officially ended.\n\nThe Writers Guild of America announced just before 7 p.m. that "
            "members voted to lift the strike order with a 92.5% endorsement. WGA West president Patric Verrone - the "
            "most visible figure during the 14-week strike - made the announcement.")


def test_the_state_named_after_a_name_with_of_is_the_head_noun():
    # b52-wga-strike-continues-through-feb29-2008-no
    from resolver.engine.derive import derive_target
    t = derive_target(market(WGA_Q, "2008-02-29T23:59:59-08:00", WGA_C))
    assert t.kind == "state" and "strike" in t.object_terms
    m = market(WGA_Q, "2008-02-29T23:59:59-08:00", WGA_C)
    a = article("https://mindy-tv.blogspot.com/2008/02/strike-is-officially-over.html", "2008-02-13T00:00:00-08:00",
                "strike is officially over", WGA_TEXT)
    v = evaluate_market(m, [a], ts("2008-02-14T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert len({c.sentence for c in _fired(v, "state_ended")}) >= 2


def test_a_name_with_of_before_the_verb_keeps_its_object():
    # must not fire: no lowercase head noun between the name and the verb
    from resolver.engine.derive import derive_target
    t = derive_target(market("Will the Bank of England keep Bank Rate at 5.25% through November 2, 2023?",
                             "2023-11-02T23:59:59+00:00"))
    assert t.object_terms == ["bank", "rate"]
    t = derive_target(market("Will Masayoshi Amamiya be the Japanese government's nominee to succeed Haruhiko Kuroda "
                             "as Bank of Japan governor?", "2023-02-28T23:59:59+09:00"))
    assert "governor" not in t.object_terms
