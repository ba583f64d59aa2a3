"""Readings of the twenty-seventh round's branch e154 (misses of development batch 154):

- stage ordinals in exclusions (criteria_terms._STAGE_ORDINAL): 'Approval in the first round, in committee, or by the
  Chamber of Deputies does not count' keeps its ordinal ('approval first round'), so a first-round approval is excluded
  and a second-round one is not (on main the exclusion was 'approval round': 'approved a landmark pension reform bill
  in a first round of voting' confirmed; b154-brazil-senate-final-pension-vote-by-oct15-2019-asof-oct3-multi-undet,
  likely-yes, a wrong decisive verdict).
- a chamber named with its legislature (other_chambers._BETWEEN): "Brazil's lower house of Congress early on
  Wednesday approved" is the lower house's act, not the Senate's (same case).
- a 'non-' part of a statistic (indicators._negated_part): 'non-food inflation declined … to 20.3 percent' is a
  sub-series as 'food inflation' is, not the headline rate (b154-ghana-dec2024-inflation-above-23-5pct-multi-yes:
  conflicting on main).
- ended processes (ended_processes, cancellations.json): a deal 'abrogated' or 'lapsed', a 'transaction' as a deal,
  a long subject closed by a comma before its auxiliary ('The proposed takeover of X by Y, has been abrogated')
  (b154-firstrand-completes-merchant-bank-ghana-by-dec31-2013-no).
- dropped plans (dropped_plans, cancellations.json): 'has dumped a … bid to acquire' gives the plan up
  (b154-acacia-endeavour-merger-agreed-by-jun30-2017-no); a bill or legislation withdrawn or dropped rules its
  adoption out, and a giving-up decided, said to be coming or said to be under way counts ('said on Thursday it was
  dropping a bill', 'said they would withdraw the bill') (b154-georgia-foreign-agents-bill-final-reading-by-mar31-2023-
  multi-no).
- a race's noun after its contest's edition (contest_editions.RACE_HEADS): 'win the 2023 Comrades Marathon down run'
  is one edition with one winner (b154-wiersma-wins-comrades-2023-multi-no).
- a vote survived for a market on a holder put out by that vote (survived_votes.ousted_by_vote): 'Will Viorica
  Dancila's cabinet be dismissed by a censure motion in December 2018?' is a motion's passing, as a 'pass' market is,
  so 'survived the no-confidence motion vote on December 20' tells it went the other way
  (b154-dancila-cabinet-dismissed-censure-dec2018-no).
- an exchange-rate bar with a verb of no side (exchange_rates.criteria_bar): 'breach the 80-per-dollar level' takes
  its side from the criteria's 'weaker than 80.00 rupees per US dollar' (b154-rupee-breaches-80-aug2022-yes).

Verbatim sentences come from the development cases (conftest.case_runner); generated variants swap names, verbs,
nouns and frames, and near-misses must not change. `wrong_fires()` counts the variants read the wrong way on any
engine (the report gives the count before the change and after)."""

from __future__ import annotations

from datetime import datetime, timezone

from conftest import case_runner, decided, fired_no, fired_yes, news_market, realnews_case
from cpu_budget import assert_each_within, word_soup

BRAZIL = "b154-brazil-senate-final-pension-vote-by-oct15-2019-asof-oct3-multi-undet"
GHANA = "b154-ghana-dec2024-inflation-above-23-5pct-multi-yes"
FIRSTRAND = "b154-firstrand-completes-merchant-bank-ghana-by-dec31-2013-no"
ACACIA = "b154-acacia-endeavour-merger-agreed-by-jun30-2017-no"
GEORGIA = "b154-georgia-foreign-agents-bill-final-reading-by-mar31-2023-multi-no"
WIERSMA = "b154-wiersma-wins-comrades-2023-multi-no"
RUPEE = "b154-rupee-breaches-80-aug2022-yes"
DANCILA = "b154-dancila-cabinet-dismissed-censure-dec2018-no"

_brazil = case_runner(BRAZIL, "https://brazilenergyinsight.com/x", "2019-10-03T00:00:00-03:00")
_brazil_aug = case_runner(BRAZIL, "https://www.nasdaq.com/x", "2019-08-07T00:00:00-03:00")
_ghana = case_runner(GHANA, "https://newsghana.com.gh/x", "2025-01-08T00:00:00+00:00")
_firstrand = case_runner(FIRSTRAND, "http://business.myjoyonline.com/x", "2013-07-12T11:16:00+00:00")
_acacia = case_runner(ACACIA, "http://allafrica.com/x", "2017-03-23T00:00:00+03:00")
_georgia = case_runner(GEORGIA, "https://www.devdiscourse.com/x", "2023-03-09T00:00:00+05:30")
_wiersma = case_runner(WIERSMA, "https://sundayworld.co.za/x", "2023-06-11T00:00:00+02:00")
_dancila = case_runner(DANCILA, "https://www.romania-insider.com/x", "2018-12-20T00:00:00+02:00")
_dancila_resign = case_runner(DANCILA, "https://www.romania-insider.com/x", "2018-12-20T00:00:00+02:00",
                              question="Will Viorica Dancila resign as prime minister in December 2018?")
_rupee = case_runner(RUPEE, "https://www.eastcoastdaily.in/x", "2022-08-29T00:00:00+05:30")

BRAZIL_HEAD = "Brazil senate approves pension reform in first-round vote after savings hit"
BRAZIL_S = ("Brazil's Senate on Wednesday approved a landmark pension reform bill in a first round of voting, in a relief "
            "for far-right President Jair Bolsonaro, although senators voted down an amendment in a move that dilutes the "
            "reform's projected savings.")
BRAZIL_LOWER = ("RIO DE JANEIRO, Aug 7 (Reuters) - Brazil's lower house of Congress early on Wednesday approved the text of "
                "a far-reaching pension reform bill in a second round of voting, 370-124, as the central economic reform "
                "of President Jair Bolsonaro's administration wends its way toward final passage.")
GHANA_S = ("Compared to the previous month, food inflation climbed 1.9 percentage points to 27.8 percent in December, while "
           "non-food inflation declined by 0.4 percentage points to 20.3 percent, the statistician explained.")
FIRSTRAND_S = "The proposed takeover of Merchant Bank Ghana by South Africa's FirstRand Bank, has been abrogated."
ACACIA_S = "ACACIA Mining, the largest mining firm in the country, has dumped a 3.0billion pound bid to acquire Canada's Endeavour Mining."
GEORGIA_S = ("Georgia's ruling party said on Thursday it was dropping a bill on \"foreign agents\" after two nights of "
             "violent protests against it amid criticism the draft was inspired by a Russian law and represented an "
             "authoritarian shift.")
GEORGIA_S2 = ("Previously, however, the ruling Georgian Dream party and the People's Force movement said they would "
              "withdraw the bill.")
WIERSMA_S = ("The race was decided by seven seconds as Dutchman Piet Wiersma finished as the second runner-up with a time "
             "of 5:14.08.")
RUPEE_S = ("Mumbai: The Indian rupee opened at a record low against the US currency. The local currency crossed 80 mark "
           "against the US dollar.")

# --- a stage's ordinal in an exclusion --------------------------------------------------------------------------------
SENATES = ["Brazil's Senate", "The Brazilian Senate", "Brazil's Senate on Wednesday", "The Senate"]
FIRSTS = ["in a first round of voting", "in the first round of voting", "in a first-round vote", "in its first round",
          "in the first-round floor vote"]
SECONDS = ["in a second round of voting", "in its second and final round of voting", "in the second-round vote",
           "in a second and final vote"]
BRAZIL_FIRST = [f"{s} approved the pension reform {r}." for s in SENATES for r in FIRSTS]
BRAZIL_SECOND = [f"{s} approved the pension reform {r}." for s in SENATES for r in SECONDS]

# the criteria's wordings of an excluded first stage, and what the exclusion must hold
EXCLUDED_FIRST = ["Approval in the first round does not count.", "Passage in the first reading does not count.",
                  "A vote in the first round will not count.", "Approval at first reading does not count.",
                  "Adoption in the first-round vote does not count."]

# --- a chamber named with its legislature -----------------------------------------------------------------------------
LOWERS = ["Brazil's lower house of Congress", "The lower house of Congress", "Brazil's lower house of parliament",
          "The Chamber of Deputies of the National Congress", "Brazil's lower chamber of Congress"]
WHENS = ["early on Wednesday", "on Wednesday", "late on Tuesday"]
BRAZIL_LOWERS = [f"{c} {w} approved the pension reform in a second round of voting." for c in LOWERS for w in WHENS]
BRAZIL_UPPER = [f"Brazil's Senate {w} approved the pension reform in a second round of voting." for w in WHENS]
BRAZIL_UPPER += [f"The upper house of Congress {w} approved the pension reform in a second round of voting." for w in WHENS]

# --- a 'non-' part of a statistic -------------------------------------------------------------------------------------
NONS = ["non-food inflation", "nonfood inflation", "non-energy inflation", "non-food prices inflation"]
MOVES = ["declined by 0.4 percentage points to {n} percent", "eased to {n} percent", "fell to {n}%"]
GHANA_NON = [f"In December, {p} {m.format(n=n)}, the statistician explained." for p in NONS for m in MOVES
             for n in ("20.3", "19.8")]
GHANA_HEADLINE = [f"In December, annual inflation {m.format(n=n)}, the statistician explained." for m in MOVES
                  for n in ("20.3", "19.8")]

# --- a deal lapsed, abrogated; a transaction; a comma before the auxiliary ---------------------------------------------
DEALS = ["The proposed takeover of Merchant Bank Ghana by FirstRand", "FirstRand's offer for Merchant Bank Ghana",
         "The deal between FirstRand and Merchant Bank Ghana", "The FirstRand-Merchant Bank Ghana transaction"]
ENDS = ["has been abrogated", "has lapsed", "had lapsed", "was abrogated", "has officially lapsed"]
FIRSTRAND_ENDED = [f"{d} {e}." for d in DEALS for e in ENDS] + [f"{d}, {e}." for d in DEALS[:1] for e in ENDS[:2]]
# near-misses: a time frame lapsed, not the deal; an exclusivity window; a comma opening an aside
FIRSTRAND_NEAR = ["The exclusivity period agreed for FirstRand's offer to acquire Merchant Bank Ghana has lapsed.",
                  "The offer period for FirstRand and Merchant Bank Ghana has lapsed, and talks continue.",
                  "The proposed takeover of Merchant Bank Ghana, FirstRand said, has been delayed.",
                  "FirstRand said its offer for Merchant Bank Ghana had not lapsed.",
                  "FirstRand said the offer period for Merchant Bank Ghana has lapsed."]

# --- a bid dumped -----------------------------------------------------------------------------------------------------
DUMPS = ["has dumped", "dumped", "had dumped"]
BIDS = ["a 3.0 billion pound bid to acquire Endeavour Mining", "its bid for Endeavour Mining",
        "its offer for Endeavour Mining", "its takeover proposal for Endeavour Mining"]
ACACIA_DUMPED = [f"Acacia Mining {v} {b}." for v in DUMPS for b in BIDS]
ACACIA_NEAR = ["Acacia Mining has dumped its stake in Endeavour Mining.", "Acacia Mining dumped shares of Endeavour Mining.",
               "Acacia Mining has not dumped its bid for Endeavour Mining.",
               "Acacia Mining could dump its bid for Endeavour Mining."]

# --- a bill withdrawn; a giving-up announced --------------------------------------------------------------------------
PARTIES = ["Georgia's ruling party", "Georgia's government", "Georgia's parliament"]
GIVE_UPS = ["withdrew the foreign agents bill", "dropped the foreign agents bill", "has withdrawn the foreign agents bill",
            "shelved the foreign agents legislation", "said on Thursday it was dropping the foreign agents bill",
            "said it would withdraw the foreign agents bill", "said it had decided to withdraw the foreign agents bill",
            "said it had decided to unconditionally withdraw the foreign agents bill"]
GEORGIA_DROPPED = [f"{p} {g}." for p in PARTIES for g in GIVE_UPS]
GEORGIA_NEAR = [f"{p} {g}." for p in PARTIES for g in (
    "withdrew its support for the foreign agents bill", "dropped a clause from the foreign agents bill",
    "said it would consider whether to withdraw the foreign agents bill", "said it could withdraw the foreign agents bill",
    "said it was not dropping the foreign agents bill", "said it was considering dropping the foreign agents bill")]

# --- a race's noun after its contest's edition ------------------------------------------------------------------------
RACES = ["the 2023 Comrades Marathon down run", "the 2023 Comrades Marathon up run", "the 2024 Boston Marathon elite race",
         "the 2023 Two Oceans Marathon race", "the 2025 London Marathon elite race", "the 2023 Comrades Marathon race"]
RACE_QUESTIONS = [f"Will {n} win {r}?" for n in ("Piet Wiersma", "Tete Dijana") for r in RACES]
# near-misses: no named edition ('a race', 'the down run'), or one of many ('win a race at the 2023 …')
RACE_NEAR = ["Will Piet Wiersma win the down run?", "Will Piet Wiersma win a 2023 Comrades Marathon training run?",
             "Will Piet Wiersma win the Comrades Marathon down run?", "Will Piet Wiersma win an event in 2023?",
             "Will Piet Wiersma win the 2023 down run?"]

# --- a vote survived, for a market on a holder put out by it ----------------------------------------------------------
DANCILA_S = ("Romania's PSD-ALDE Government, led by prime minister Viorica Dancila, survived the no-confidence motion vote on "
             "December 20, the second one this year, as the opposition only gathered 161 votes to support their motion.")
HOLDERS = ["Viorica Dancila's government", "The cabinet of Viorica Dancila", "Prime Minister Viorica Dancila"]
VOTES = ["the no-confidence motion", "a censure motion", "a motion of censure", "a no-confidence vote",
         "the censure vote"]
DANCILA_SURVIVED = [f"{h} survived {v} on December 20." for h in HOLDERS for v in VOTES]
DANCILA_SURVIVED += [f"{h} narrowly survived {v} in parliament on Thursday." for h in HOLDERS[:1] for v in VOTES]
# near-misses: a survival ahead or hedged, or not told of the holder; the same survival for a market on a resignation
DANCILA_NEAR = [f"{h} {w} {v} on December 20." for h in HOLDERS[:2] for v in VOTES[:2]
                for w in ("is expected to survive", "could survive", "did not survive")]
DANCILA_NEAR += [f"The opposition survived {v} on December 20." for v in VOTES[:2]]
OUSTED_QUESTIONS = [f"Will {h} be {p} by {v} in December 2018?" for h in ("Viorica Dancila's cabinet", "the Dancila government")
                    for p in ("dismissed", "removed from office", "ousted", "toppled", "brought down")
                    for v in ("a censure motion", "a no-confidence vote", "a vote of no confidence")]
OUSTED_NEAR = ["Will Viorica Dancila's cabinet be dismissed in December 2018?",
               "Will Viorica Dancila resign before the censure motion in December 2018?",
               "Will Viorica Dancila be dismissed by the president in December 2018?"]

# --- an exchange-rate bar by the criteria's side ----------------------------------------------------------------------
RATE_VERBS = ["breach", "cross", "break", "pierce", "go through"]
RATE_NAMES = ["the 80-per-dollar level", "80 per dollar", "the 80 per US dollar mark", "the 80-per-dollar mark"]
RATE_QUESTIONS = [f"Will the Indian rupee {v} {n} during August 2022?" for v in RATE_VERBS for n in RATE_NAMES]
WEAKER = ("This market will resolve to \"Yes\" if the Indian rupee trades weaker than 80.00 rupees per US dollar at any "
          "time between August 1, 2022 and August 31, 2022. Otherwise, \"No\".")
STRONGER = WEAKER.replace("weaker", "stronger")
OTHER_BAR = WEAKER.replace("80.00", "79.50")
NO_BAR = "This market will resolve to \"Yes\" if the rupee breaches the level in August 2022. Otherwise, \"No\"."
DEADLINE = datetime(2022, 8, 31, 23, 59, 59, tzinfo=timezone.utc)


def _target(question: str, criteria: str):
    from resolver.engine.derive import derive_target
    return derive_target(news_market(question, DEADLINE.isoformat(), criteria))


PLAIN = "This market will resolve to \"Yes\" if he crosses the finish line first. Otherwise, \"No\"."


def _role_exclusive(question: str, criteria: str = PLAIN) -> bool:
    from resolver.engine.derive import derive_target
    m = realnews_case(WIERSMA)["market"]
    return derive_target(news_market(question, m["deadline"], criteria)).role_exclusive


def _exclusions(criteria: str) -> list[str]:
    from resolver.engine.criteria_terms import exclusions
    from resolver.engine.noun_phrases import _STOP
    return exclusions(criteria, _STOP)


# --- verbatim ---------------------------------------------------------------------------------------------------------
def test_verbatim_brazil_first_round_excluded():
    v = _brazil(BRAZIL_S, head=BRAZIL_HEAD)
    assert not fired_yes(v, "confirmation")
    assert v.verdict != "likely-yes"


def test_verbatim_brazil_lower_house_not_senate():
    v = _brazil_aug(BRAZIL_LOWER)
    assert not fired_yes(v, "confirmation")
    assert v.verdict != "likely-yes"


def test_verbatim_ghana_non_food_not_headline():
    assert not fired_no(_ghana(GHANA_S), "threshold_crossed", "threshold_missed")


def test_verbatim_firstrand_abrogated():
    assert decided(_firstrand(FIRSTRAND_S)) == "likely-no"


def test_verbatim_acacia_bid_dumped():
    assert decided(_acacia(ACACIA_S)) == "likely-no"


def test_verbatim_georgia_bill_dropped():
    assert decided(_georgia(GEORGIA_S)) == "likely-no"
    assert fired_no(_georgia(GEORGIA_S2), "ruled_out")


def test_verbatim_wiersma_edition_exclusive():
    assert _role_exclusive(realnews_case(WIERSMA)["market"]["question"])
    assert fired_no(_wiersma(WIERSMA_S), "rival_outcome")


def test_verbatim_dancila_survived():
    v = _dancila(DANCILA_S)
    assert fired_no(v, "opposite_outcome")
    assert decided(v) == "likely-no"


def test_verbatim_rupee_bar():
    t = _target(realnews_case(RUPEE)["market"]["question"], realnews_case(RUPEE)["market"]["criteria"])
    assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", 80.0, "above")
    assert decided(_rupee(RUPEE_S)) == "likely-yes"


# --- variants and near-misses ------------------------------------------------------------------------------------------
def test_first_round_variants_excluded():
    for s in BRAZIL_FIRST:
        assert not fired_yes(_brazil(s), "confirmation"), s


def test_second_round_still_confirms():
    for s in BRAZIL_SECOND:
        assert fired_yes(_brazil(s), "confirmation"), s


def test_exclusion_keeps_stage_ordinal():
    for c in EXCLUDED_FIRST:
        assert any("first" in x.split() for x in _exclusions(c)), c
    assert not any("first" in x.split() for x in _exclusions("Approval by the first chamber does not count."))


def test_lower_house_variants_not_senate():
    for s in BRAZIL_LOWERS:
        assert not fired_yes(_brazil_aug(s), "confirmation"), s


def test_upper_house_still_confirms():
    for s in BRAZIL_UPPER:
        assert fired_yes(_brazil_aug(s), "confirmation"), s


def test_non_part_variants_not_headline():
    for s in GHANA_NON:
        assert not fired_no(_ghana(s), "threshold_crossed", "threshold_missed"), s


def test_headline_rate_still_read():
    for s in GHANA_HEADLINE:
        assert fired_no(_ghana(s), "threshold_crossed", "threshold_missed"), s


def test_ended_deal_variants():
    for s in FIRSTRAND_ENDED:
        assert fired_no(_firstrand(s), "ruled_out"), s


def test_ended_deal_near_misses():
    for s in FIRSTRAND_NEAR:
        assert not fired_no(_firstrand(s), "ruled_out"), s


def test_dumped_bid_variants():
    for s in ACACIA_DUMPED:
        assert fired_no(_acacia(s), "ruled_out"), s


def test_dumped_near_misses():
    for s in ACACIA_NEAR:
        assert not fired_no(_acacia(s), "ruled_out"), s


def test_bill_given_up_variants():
    for s in GEORGIA_DROPPED:
        assert fired_no(_georgia(s), "ruled_out"), s


def test_bill_near_misses():
    for s in GEORGIA_NEAR:
        assert not fired_no(_georgia(s), "ruled_out"), s


def test_race_edition_variants():
    for q in RACE_QUESTIONS:
        assert _role_exclusive(q), q


def test_race_near_misses():
    for q in RACE_NEAR:
        assert not _role_exclusive(q), q


def test_rate_bar_variants():
    for q in RATE_QUESTIONS:
        t = _target(q, WEAKER)
        assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", 80.0, "above"), q
        assert not t.threshold_inclusive, q
        t = _target(q, STRONGER)
        assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", 80.0, "below"), q


def test_rate_bar_near_misses():
    for q in RATE_QUESTIONS:
        for c in (OTHER_BAR, NO_BAR):
            assert _target(q, c).threshold is None, (q, c)


def test_survived_vote_variants():
    for s_ in DANCILA_SURVIVED:
        assert fired_no(_dancila(s_), "opposite_outcome"), s_


def test_survived_vote_near_misses():
    for s_ in DANCILA_NEAR:
        assert not fired_no(_dancila(s_), "opposite_outcome"), s_
    for s_ in DANCILA_SURVIVED[:5]:
        assert not fired_no(_dancila_resign(s_), "opposite_outcome"), s_


def _ousted(q: str) -> bool:
    try:
        from resolver.engine.survived_votes import ousted_by_vote
    except ImportError:
        return False
    return ousted_by_vote(q)


def test_ousted_by_vote_questions():
    for q in OUSTED_QUESTIONS:
        assert _ousted(q), q
    for q in OUSTED_NEAR:
        assert not _ousted(q), q


def _safe(f, *a) -> bool:
    try:
        return bool(f(*a))
    except Exception:  # an engine without the reading's module
        return False


def wrong_fires() -> dict[str, int]:
    def rate_wrong(q):
        t = _target(q, WEAKER)
        return (t.kind, t.threshold, t.threshold_direction) != ("threshold", 80.0, "above")
    out = {
        "first_round_confirmed": sum(fired_yes(_brazil(s), "confirmation") for s in BRAZIL_FIRST),
        "second_round_lost": sum(not fired_yes(_brazil(s), "confirmation") for s in BRAZIL_SECOND),
        "lower_house_confirmed": sum(fired_yes(_brazil_aug(s), "confirmation") for s in BRAZIL_LOWERS),
        "upper_house_lost": sum(not fired_yes(_brazil_aug(s), "confirmation") for s in BRAZIL_UPPER),
        "non_part_read": sum(fired_no(_ghana(s), "threshold_crossed", "threshold_missed") for s in GHANA_NON),
        "headline_lost": sum(not fired_no(_ghana(s), "threshold_crossed", "threshold_missed") for s in GHANA_HEADLINE),
        "ended_deal_unread": sum(not fired_no(_firstrand(s), "ruled_out") for s in FIRSTRAND_ENDED),
        "ended_near_read": sum(fired_no(_firstrand(s), "ruled_out") for s in FIRSTRAND_NEAR),
        "dumped_unread": sum(not fired_no(_acacia(s), "ruled_out") for s in ACACIA_DUMPED),
        "dumped_near_read": sum(fired_no(_acacia(s), "ruled_out") for s in ACACIA_NEAR),
        "bill_unread": sum(not fired_no(_georgia(s), "ruled_out") for s in GEORGIA_DROPPED),
        "bill_near_read": sum(fired_no(_georgia(s), "ruled_out") for s in GEORGIA_NEAR),
        "race_not_exclusive": sum(not _role_exclusive(q) for q in RACE_QUESTIONS),
        "race_near_exclusive": sum(bool(_role_exclusive(q)) for q in RACE_NEAR),
        "rate_unread": sum(rate_wrong(q) for q in RATE_QUESTIONS),
        "survived_unread": sum(not fired_no(_dancila(s_), "opposite_outcome") for s_ in DANCILA_SURVIVED),
        "survived_near_read": sum(fired_no(_dancila(s_), "opposite_outcome") for s_ in DANCILA_NEAR)
        + sum(fired_no(_dancila_resign(s_), "opposite_outcome") for s_ in DANCILA_SURVIVED[:5]),
        "ousted_question_unread": sum(not _ousted(q) for q in OUSTED_QUESTIONS),
        "ousted_near_read": sum(_ousted(q) for q in OUSTED_NEAR),
        "rate_near_read": sum(_target(q, c).threshold is not None for q in RATE_QUESTIONS for c in (OTHER_BAR, NO_BAR)),
    }
    out["total"] = sum(out.values())
    out["of"] = (len(BRAZIL_FIRST) + len(BRAZIL_SECOND) + len(BRAZIL_LOWERS) + len(BRAZIL_UPPER) + len(GHANA_NON)
                 + len(GHANA_HEADLINE) + len(FIRSTRAND_ENDED) + len(FIRSTRAND_NEAR) + len(ACACIA_DUMPED) + len(ACACIA_NEAR)
                 + len(GEORGIA_DROPPED) + len(GEORGIA_NEAR) + len(RACE_QUESTIONS) + len(RACE_NEAR) + 3 * len(RATE_QUESTIONS)
                 + len(DANCILA_SURVIVED) + len(DANCILA_NEAR) + 5 + len(OUSTED_QUESTIONS) + len(OUSTED_NEAR))
    return out


def test_hostile_input_bounded():
    words = ("approved in a first round of voting lower house of Congress early on non-food inflation 20.3 percent "
             "takeover , has been abrogated lapsed transaction dumped bid said it was dropping withdraw the bill would "
             "unconditionally decided to crossed 80 mark per dollar Comrades Marathon down run survived the no-confidence "
             "motion vote censure").split()
    assert_each_within([_brazil, _ghana, _firstrand, _georgia, _rupee, _dancila], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
