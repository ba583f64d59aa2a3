"""Readings of the twenty-fourth round's second pass over development batches 136 and 135 (helper e13y:
technology and infrastructure; diplomacy and treaties). Each reading is stated on grammar and word lists:

- owner_names.owner_before: a letter glued after a digit ('the 5G spectrum auction', '4K', '3G') is a number's
  mark, not a proper name owning the figure after it; 'Germany's 5G spectrum auction …, raising a total of
  EUR6.5 billion' is Germany's figure, read against the market's bar.
- quantities._CUR: 'Rs' before a number is a currency mark in a question's bar ('raise more than Rs 70,000
  crore'), as it already was in a report's figure: the bar is read (in INR), and an auction is one occasion.
- full_levels: for a bar of 100% of a rated level ('reach 100% of its rated power'), 'has been running at its
  full rated capacity', 'reached full power', 'hits full 1.4GW capacity' report the bar itself.
- announced_deals (mentions._clause_done, performatives.carried_note): announcing an agreement as the verb's
  own object is reporting it reached ('formally announced an agreement to normalize diplomatic relations
  today'): the infinitive of its content ('to normalize') does not make it a plan.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, realnews_case, run_case
from conftest import fired_yes as _yes, fired_no as _no
from cpu_budget import assert_cpu_within, assert_each_within, word_soup


_runner = case_runner  # conftest: the engine on a development case's market over one article






# --- a digit's letter is no owner ---------------------------------------------------------------------------------
# b136-germany-5g-auction-over-7bn-eur-2019-multi-no
_de = _runner("b136-germany-5g-auction-over-7bn-eur-2019-multi-no",
              "https://www.commsupdate.com/articles/2019/06/13/x", "2019-06-13T00:00:00+02:00",
              "2019-07-01T12:00:00+02:00")
DE_HEAD = "German 5G spectrum auction ends, raising EUR6.5bn"
DE_S = ("After 52 days and 497 rounds of bidding, Germany’s Federal Network Agency (FNA, known locally as the "
        "Bundesnetzagentur or BNetzA) has announced the conclusion of its multi-band 5G spectrum auction, raising a "
        "total of EUR6.5 billion (USD7.3 billion).")
_BANDS = ("5G", "4G", "3G", "2G")
_SHORT_SUMS = ("€6.5 billion", "EUR6.5 billion", "€6.6bn", "€5.9 billion", "6.5 billion euros")
_RAISED = ("raised {s} in total", "ended, raising a total of {s}", "has closed, raising {s}", "raised a total of {s}")
DE_SHORT = [(DE_S, DE_HEAD)] + [(f"Germany's {b} spectrum auction {r.format(s=s)}.", "")
                                for b in _BANDS for s in _SHORT_SUMS for r in _RAISED[:2]] + [
    (f"Germany's 5G spectrum auction {r.format(s='€6.5 billion')}.", "") for r in _RAISED[2:]]
# not a short total: over the bar, another country's auction, a forecast
DE_NOT_SHORT = [(f"Italy's {b} spectrum auction raised a total of €6.5 billion.", "") for b in _BANDS] + [
    (f"Germany's {b} spectrum auction is expected to raise €6.5 billion.", "") for b in _BANDS]
DE_OVER = [(f"Germany's {b} spectrum auction ended, raising a total of €7.5 billion.", "") for b in _BANDS]

OWNER_TEXTS = {  # text before a figure → the owner name owner_before must not give
    "Germany's 5G spectrum auction raised ": "G",
    "The new 4K television sold ": "K",
    "India's 3G auction fetched ": "G",
}


# --- 'Rs' in a question's bar -----------------------------------------------------------------------------------
# b136-india-3g-auction-over-70000-crore-2010-multi-no
_in = _runner("b136-india-3g-auction-over-70000-crore-2010-multi-no",
              "https://business-standard.com/amp/article/x", "2010-05-19T20:38:00+05:30", "2010-06-01T12:00:00+05:30",
              "Raja happy with 3G auction result")
IN_S = ("The 3G auction, which got over on the 34th day today, assures the government of Rs 67,710 crore in revenue "
        "with the pan-India licence (sum of all circles) price touching Rs 16,750.58 crore.")
_IN_SUMS = ("Rs 67,710 crore", "Rs 67,718.95 crore", "Rs 65,000 crore", "Rs. 67,710 crore")
IN_SHORT = [IN_S] + [f"The 3G auction, which got over on the 34th day today, assures the government of {s} in revenue."
                     for s in _IN_SUMS] + [f"The 3G auction ended today, raising {s}." for s in _IN_SUMS]
IN_NOT_SHORT = [f"The 3G auction ended today, raising {s}." for s in ("Rs 71,000 crore", "Rs 72,500 crore")] + [
    f"The 3G auction is expected to raise {s}." for s in _IN_SUMS]
RS_QUESTIONS = {  # question → (value, unit) of its bar
    "Will India's 2010 3G spectrum auction raise more than Rs 70,000 crore?": (70000.0, "inr"),
    "Will the 2012 2G auction raise at least Rs 40,000 crore?": (40000.0, "inr"),
    "Will the IPO raise more than Rs. 15,000 crore?": (15000.0, "inr"),
    "Will India's 3G auction fetch over Rs 50,000 crore in 2010?": (50000.0, "inr"),
}


# --- full power is 100 percent ----------------------------------------------------------------------------------
# b136-barakah1-full-power-by-dec31-2020-multi-yes
_bk = _runner("b136-barakah1-full-power-by-dec31-2020-multi-yes",
              "https://www.mees.com/2020/12/11/x", "2020-12-11T00:00:00+04:00", "2020-12-14T12:00:00+04:00")
BK_S = ("UAE nuclear energy firm Enec announced on 7 December that the 1.4GW Unit 1 of the four-reactor plant under "
        "construction at Barakah in Abu Dhabi has been running at its full rated capacity and is on track for "
        "commercial operation “in early 2021.”")
BK_HEAD = "UAE nuclear power plant hits full 1.4GW capacity on test"
_FULL_VERBS = ("has been running at its full rated capacity", "reached full power", "has reached its full power",
               "hit full capacity", "is now operating at full power", "has achieved full rated power",
               "reached its full 1,400MW capacity", "ran at full power for the first time")
BK_FULL = [BK_S] + [f"Enec said Unit 1 of the Barakah plant {v}." for v in _FULL_VERBS] + [
    f"Enec announced on 7 December that Barakah Unit 1 {v}." for v in _FULL_VERBS]
_NOT_FULL = ("is expected to reach full power in early 2021", "will continue to rise until reaching full power",
             "has increased to around 15 percent of full power", "is running at nearly full capacity",
             "came close to full power", "did not reach full power", "plans to run at full power next year",
             "could reach full capacity by March", "has not yet reached full power")
BK_NOT_FULL = [f"Enec said Unit 1 of the Barakah plant {v}." for v in _NOT_FULL]
WHOLE_BARS = ("Will Unit 1 of the UAE's Barakah nuclear power plant reach 100% of its rated power by December 31, 2020?",
              "Will Flamanville 3 operate at 100 percent of capacity by June 30, 2025?",
              "Will Vogtle Unit 3 reach 100% power by May 31, 2023?")
NOT_WHOLE_BARS = ("Will Unit 1 reach 50% of its rated power by December 31, 2020?",
                  "Will the index rise 100% by December 31, 2020?",
                  "Will the reservoir reach 100% by June 30, 2021?")


# --- an announced agreement -------------------------------------------------------------------------------------
# b135-turkey-israel-restore-ties-deal-by-jul31-2016-multi-yes
_tk = _runner("b135-turkey-israel-restore-ties-deal-by-jul31-2016-multi-yes",
              "http://genocidewatch.net/2016/06/27/x", "2016-06-27T00:00:00-04:00", "2016-06-28T12:00:00+03:00")
TK_S = "Israel and Turkey formally announced an agreement to normalize diplomatic relations today."
_PAIRS = ("Israel and Turkey", "Turkey and Israel")
_ANNOUNCED = ("formally announced an agreement", "announced an agreement", "have announced an agreement",
              "announced a landmark agreement", "announced a formal agreement", "announced today an agreement",
              "jointly announced a new agreement")
_CONTENT = ("to normalize diplomatic relations today", "to restore full diplomatic relations",
            "to normalise ties")
TK_DONE = [TK_S] + [f"{p} {a} {c}." for p in _PAIRS for a in _ANNOUNCED for c in _CONTENT]
_NOT_ANNOUNCED = ("will announce an agreement", "are expected to announce an agreement", "announced plans for an agreement",
                  "announced a proposed agreement", "did not announce an agreement", "announced talks on an agreement",
                  "hope to announce an agreement", "could announce a deal")
TK_NOT_DONE = [f"{p} {a} to restore full diplomatic relations." for p in _PAIRS for a in _NOT_ANNOUNCED]


def wrong_fires() -> dict[str, int]:
    from resolver.engine import quantities
    from resolver.engine.analysis import MarketContext  # noqa: F401 (the engine loaded)
    full_levels = _module("full_levels")
    return {
        "digit_letter_owner": sum(quantities.owner_before(t, len(t), lambda w: False) == bad
                                  for t, bad in OWNER_TEXTS.items()),
        "auction_short_missed": sum(not _no(_de(s, h), "threshold_missed") for s, h in DE_SHORT),
        "not_short_read_short": sum(_no(_de(s, h), "threshold_missed") for s, h in DE_NOT_SHORT + DE_OVER),
        "rs_bar_missed": sum((quantities.required(q) is None or (quantities.required(q).value, quantities.required(q).unit)
                              != want) for q, want in RS_QUESTIONS.items()),
        "rs_short_missed": sum(not _no(_in(s), "threshold_missed") for s in IN_SHORT),
        "rs_not_short_read_short": sum(_no(_in(s), "threshold_missed") for s in IN_NOT_SHORT),
        "full_missed": sum(not _yes(_bk(s), "threshold_crossed") for s in BK_FULL) + (not _yes(_bk("", BK_HEAD), "threshold_crossed")),
        "not_full_read_full": sum(_yes(_bk(s), "threshold_crossed") for s in BK_NOT_FULL),
        "whole_bar_missed": 0 if full_levels is None else sum(not full_levels._WHOLE_BAR.search(q) for q in WHOLE_BARS),
        "announced_missed": sum(_tk(s).verdict != "likely-yes" for s in TK_DONE),
        "not_announced_confirmed": sum(_tk(s).verdict == "likely-yes" for s in TK_NOT_DONE),
    }


def _module(name: str):
    import importlib
    try:
        return importlib.import_module(f"resolver.engine.{name}")
    except ImportError:
        return None


def test_a_digits_letter_owns_no_figure():
    from resolver.engine import quantities
    assert [t for t, bad in OWNER_TEXTS.items() if quantities.owner_before(t, len(t), lambda w: False) == bad] == []


def test_an_auction_total_short_of_the_bar_says_no():
    assert [s for s, h in DE_SHORT if not _no(_de(s, h), "threshold_missed")] == []


def test_another_auction_or_a_forecast_or_a_total_over_is_not_short():
    assert [s for s, h in DE_NOT_SHORT + DE_OVER if _no(_de(s, h), "threshold_missed")] == []
    assert [s for s, h in DE_OVER if not _yes(_de(s, h), "threshold_crossed")] == []


def test_rs_before_a_number_is_a_bar_in_rupees():
    from resolver.engine import quantities
    got = {q: (quantities.required(q).value, quantities.required(q).unit) for q in RS_QUESTIONS}
    assert got == RS_QUESTIONS
    assert quantities.occasion("Will India's 2010 3G spectrum auction raise more than Rs 70,000 crore?") == "one"


def test_a_rupee_total_short_of_the_bar_says_no():
    assert [s for s in IN_SHORT if not _no(_in(s), "threshold_missed")] == []


def test_a_rupee_total_over_the_bar_or_a_forecast_is_not_short():
    assert [s for s in IN_NOT_SHORT if _no(_in(s), "threshold_missed")] == []


def test_full_power_meets_a_bar_of_100_percent():
    assert [s for s in BK_FULL if not _yes(_bk(s), "threshold_crossed")] == []
    assert _yes(_bk("", BK_HEAD), "threshold_crossed")


def test_full_power_to_come_neared_or_a_share_of_it_is_not_reached():
    assert [s for s in BK_NOT_FULL if _yes(_bk(s), "threshold_crossed")] == []


def test_only_a_bar_of_the_whole_rated_level_is_full():
    from resolver.engine import full_levels
    assert [q for q in WHOLE_BARS if not full_levels._WHOLE_BAR.search(q)] == []
    assert [q for q in NOT_WHOLE_BARS if full_levels._WHOLE_BAR.search(q)] == []


def test_an_announced_agreement_is_reached():
    assert [s for s in TK_DONE if _tk(s).verdict != "likely-yes"] == []


def test_an_agreement_to_come_planned_or_negated_is_not():
    assert [s for s in TK_NOT_DONE if _tk(s).verdict == "likely-yes"] == []


def test_the_real_cases_decide():
    for cid, want in (("b136-germany-5g-auction-over-7bn-eur-2019-multi-no", "likely-no"),
                      ("b136-india-3g-auction-over-70000-crore-2010-multi-no", "likely-no"),
                      ("b136-barakah1-full-power-by-dec31-2020-multi-yes", "likely-yes"),
                      ("b135-turkey-israel-restore-ties-deal-by-jul31-2016-multi-yes", "likely-yes")):
        c = realnews_case(cid)
        v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                     [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])
        assert v.verdict == want, cid


def test_hostile_sentence_soup_stays_cheap():
    from resolver.engine import announced_deals, full_levels, quantities
    from resolver.engine.text import make_sentence
    words = ("Germany's 5G 4K 3G auction raising a total of EUR6.5bn Rs 67,710 crore assures running at its full rated "
             "capacity reached full power hits full 1.4GW capacity formally announced an agreement deal accord to "
             "normalize announced plans for more than Rs 70,000 100% of its rated power ").split()
    soup = word_soup(words)
    runs = (_de, _in, _bk, _tk)
    assert_each_within(runs, soup, 2.0)  # each run warmed first (cpu_budget)
    start = time.process_time()  # the readings' patterns on the whole 30 KB, past any sentence bound
    quantities.required(soup)
    quantities.owner_before(soup, len(soup), lambda w: False)
    list(full_levels._FULL.finditer(soup))
    full_levels._WHOLE_BAR.search(soup)
    sent = make_sentence(soup[:5000], 0)
    for i in range(len(sent.tokens)):
        announced_deals.announced_agreement(sent, i)
    assert_cpu_within(start, 2.0)
