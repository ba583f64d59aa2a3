"""Readings of round 25's pass over the misses of development batches 133-134 and 139-140 left for time (helper e14y):

- act_sums / rules/act_levels (threshold_crossed's name): for a threshold market on a one-off act that carries a sum
  ('Will the EU fine Apple more than €500 million …?', 'Will Juan Soto sign a contract worth $700 million or
  more …?', 'Will the Eras Tour gross more than $2 billion?'), the sum told with the act done is the level:
  'imposing a €500 million ($572 million) fine on Apple' (equal to a strict bar: read, short),
  'agreed to a 15-year, $765 million contract', 'is a gross of $2,077,618,725'.
- exchange_rates (thresholds._threshold, derive): 'the shilling weaker than 160 per US dollar' is a rate above 160;
  '2.00 or weaker per US dollar' a rate at or above 2.00; 'stronger than N per dollar' a rate below N.
- won_takeovers (confirmation): for 'Will Melrose win its hostile takeover battle for GKN?', 'has won control of the
  UK engineering giant GKN' and 'has succeeded in its hostile bid to take over GKN' are the battle won; control of a
  unit or the board, a seat, another bidder's win, a hedge or a negation are not.
- close_levels (rules/act_levels): for a closing market, 'closed at an all-time low of 88.09' is the close's level.
- spelling_variants (actors, lexicon.NOUN_FAMILIES): the question's 'National Security Advisor' is the report's
  'national security adviser'.

Sentences and questions verbatim from the development corpus (the case named in a comment); variants swap names,
verbs, numbers and clause frames, with near-misses that must not fire. `wrong_fires()` counts the variants read the
wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

# --- a one-off act's sum as the level --------------------------------------------------------------------------------
# b140-eu-dma-fine-apple-above-500m-euros-apr2025-no
EU = "b140-eu-dma-fine-apple-above-500m-euros-apr2025-no"
_eu = case_runner(EU, "https://winbuzzer.com/2025/04/23/x", "2025-04-23T00:00:00+02:00")
EU_S = ("The European Commission today delivered its first financial penalties under the new Digital Markets Act "
        "(DMA), imposing a €500 million ($572 million) fine on Apple and €200 million on Meta.")
_DOERS = ("The European Commission", "Brussels", "The EU", "EU regulators")
_FINES = ("fined Apple {s}", "fined Apple a record {s}", "has fined Apple {s}", "imposed a {s} fine on Apple",
          "imposed a {s} penalty on Apple", "handed Apple a fine of {s}", "slapped Apple with a {s} fine",
          "issued a {s} fine against Apple", "imposed a {s} ($800 million) fine on Apple")
FINE_MET = [f"{d} {f.format(s=s)} on Wednesday." for d in _DOERS for f in _FINES for s in ("€700 million", "€1.8 billion")]
FINE_SHORT = [EU_S] + [f"{d} {f.format(s=s)} on Wednesday." for d in _DOERS for f in _FINES
                       for s in ("€500 million", "€200 million")]
# not the market's act done with its sum: another party fined, a fine to come, hedged, negated, a conditional, a
# rough or a possible sum
FINE_NOT = [f"The European Commission {v}" for v in (
    "imposed a €700 million fine on Meta after a probe of Apple.",
    "fined Meta €700 million, a week after its ruling on Apple.",
    "will impose a €700 million fine on Apple next month.",
    "could impose a €700 million fine on Apple.",
    "did not impose a €700 million fine on Apple.",
    "is expected to fine Apple €700 million.",
    "may fine Apple up to €700 million.",
    "fined Apple about €700 million on Wednesday, people familiar said.")] + [
    "If the European Commission fined Apple €700 million, Apple would appeal.",
    "Apple could face a fine of up to €700 million.",
    "Apple faces a potential €700 million fine under the DMA."]

# b140-juan-soto-contract-700m-plus-dec2024-multi-yes
SOTO = "b140-juan-soto-contract-700m-plus-dec2024-multi-yes"
_so = case_runner(SOTO, "https://www.newsday.com/sports/x", "2024-12-09T00:00:00-05:00")
SO_S = ("Soto and the Mets agreed to a 15-year, $765 million contract, sources confirmed on Sunday evening, an "
        "historically large landmark deal that instantly ups expectations for the Mets in 2025 and well beyond.")
SO_S2 = ("The New York Mets got their man on Sunday night, signing prized free agent Juan Soto to a massive 15-year, "
         "$765 million deal.")
_SIGNERS = ("Juan Soto", "Soto", "Soto and the Mets", "Juan Soto and the Yankees")
_SIGNS = ("agreed to a 15-year, {s} contract", "signed a {s} contract", "agreed to a {s} deal", "signed a 15-year, {s} deal",
          "inked a {s} contract", "agreed to a record {s} contract", "signed a contract worth {s}")
SIGN_MET = [SO_S, SO_S2] + [f"{p} {v.format(s=s)} on Sunday." for p in _SIGNERS for v in _SIGNS
                            for s in ("$765 million", "$700 million")]
SIGN_SHORT = [f"{p} {v.format(s='$650 million')} on Sunday." for p in _SIGNERS for v in _SIGNS]
SIGN_NOT = [
    "Shohei Ohtani signed a $765 million contract with the Dodgers on Sunday.",
    "Juan Soto's agent noted Shohei Ohtani's 10-year, $765 million pact with the Dodgers.",
    "Juan Soto could sign a $765 million contract with the Mets.",
    "Juan Soto rejected a $765 million contract from the Yankees.",
    "Juan Soto will sign a $765 million contract next week.",
    "Juan Soto did not sign a $765 million contract.",
    "Juan Soto is seeking a contract worth up to $765 million.",
    "If Juan Soto signed a $765 million contract, it would be a record."]

# b140-eras-tour-gross-over-2-billion-dec2024-yes
ERAS = "b140-eras-tour-gross-over-2-billion-dec2024-yes"
_er = case_runner(ERAS, "https://www.wtyefm.com/2024/12/09/x", "2024-12-09T09:31:00-05:00")
ER_S = ("After completing the final night of its 149-date run Sunday night, Taylor Swift’s Eras Tour went into the "
        "record books as pop history’s first $2 billion tour, her camp confirms. The official tally for the 21-month "
        "run in stadiums is a gross of $2,077,618,725, based on a total sold-out attendance of 10,168,008.")
GROSS_MET = [ER_S] + [f"Taylor Swift's Eras Tour ended on Sunday. The official tally for the run {c} a {a}gross of {s}."
                      for c in ("is", "was") for a in ("", "total ", "final ") for s in ("$2,077,618,725", "$2.1 billion")] + [
    f"The Eras Tour's final tally was a gross of {s}." for s in ("$2.08 billion", "$2,077,618,725")]
GROSS_NOT = [
    "Taylor Swift's Eras Tour ended on Sunday. The official tally for the run is a gross of $1.9 billion.",
    "Taylor Swift's Eras Tour ended on Sunday. Beyonce's Renaissance tour total was a gross of $2.1 billion.",
    "Taylor Swift's Eras Tour ended on Sunday. The tally for the run could be a gross of $2.1 billion.",
    "Taylor Swift's Eras Tour ended on Sunday. The tally for the run is not a gross of $2.1 billion."]


# --- an exchange rate's bar told by strength --------------------------------------------------------------------------
# b139-kenya-shilling-weaker-than-160-by-jan31-2024-yes
KENYA = "b139-kenya-shilling-weaker-than-160-by-jan31-2024-yes"
_ke = case_runner(KENYA, "https://www.tuko.co.ke/business-economy/x", "2024-01-16T00:00:00+03:00")
KE_S = ("On Monday, January 15, the Central Bank of Kenya's (CBK) official rate quoted the shilling at 160.2384 "
        "against the US dollar.")
KE_HEAD = "The Kenyan shilling has crossed the KSh 160 mark against the United States (US) dollar."
RATE_QUESTIONS = [  # (question, bar, direction, inclusive)
    ("Will the Central Bank of Kenya's official rate show the shilling weaker than 160 per US dollar by January 31, "
     "2024?", 160.0, "above", False),
    ("Will the Brazilian real trade at 2.00 or weaker per US dollar by May 31, 2012?", 2.0, "above", True),
    ("Will the rupee be weaker than 90 per US dollar by March 31, 2026?", 90.0, "above", False),
    ("Will the yen be stronger than 140 per dollar by June 30, 2025?", 140.0, "below", False),
    ("Will the Nigerian naira trade at 1,500 or stronger per US dollar by June 30, 2024?", None, None, None),
    ("Will the lira trade at 40 or stronger against the dollar by June 30, 2025?", 40.0, "below", True),
    ("Will the rand trade weaker than 20 to the US dollar by December 31, 2024?", 20.0, "above", False)]
RATE_NOT = ["Will the Kenyan shilling weaken by December 31, 2024?",
            "Will the dollar be stronger than the euro by June 30, 2025?",
            "Will Kenya's economy be weaker than expected in 2024?"]
RATE_MET = [KE_HEAD, "The Central Bank of Kenya's official rate stood at 160.75 per US dollar on January 15.",
            "The Kenyan shilling crossed the KSh 161 mark against the US dollar on Monday."]
# not read yet (threshold_figures, at its size limit, has no 'quoted <the currency> at' level): the case's own
# sentence; the market is settled by its headline, 'crossed the KSh 160 mark'
RATE_UNREAD = [KE_S, "The official rate quoted the shilling at 161.5 against the US dollar on Monday, January 15."]
RATE_SHORT = ["The Central Bank of Kenya's official rate stood at 158.4 per US dollar on January 15.",
              "The Central Bank of Kenya's official rate quoted the shilling at 157.9 against the US dollar on January 15."]


# a close told with the level it set, for a closing market whose bar is an exchange rate
# b16-rupee-close-weaker-than-88-by-aug31-2025-yes (read as an event on main, by 'closed' alone; a threshold now)
RUPEE = "b16-rupee-close-weaker-than-88-by-aug31-2025-yes"
_ru = case_runner(RUPEE, "https://theshillongtimes.com/2025/08/30/x", "2025-08-30T00:00:00+05:30")
RU_S = ("Mumbai, Aug 29: The rupee breached the 88-mark for the first time and closed at an all-time low of 88.09 "
        "against the US dollar on Friday, registering a sharp decline of 51 paise amid a massive outflow of foreign "
        "funds and heightened tensions over a trade deal between India and the US.")
_CLOSES = ("closed at an all-time low of {n}", "settled at a record low of {n}", "ended the day at a fresh low of {n}",
           "finished at a new lifetime low of {n}", "closed at its weakest level of {n}")
CLOSE_MET = [RU_S] + [f"The rupee {c.format(n=n)} against the US dollar on Friday, August 29." for c in _CLOSES
                      for n in ("88.09", "88.5")]
CLOSE_NOT = [f"The rupee {c.format(n='87.9')} against the US dollar on Friday, August 29." for c in _CLOSES] + [
    "The yuan closed at an all-time low of 88.09 on Friday, August 29.",
    "The rupee could close at an all-time low of 88.09 on Friday.",
    "The rupee did not close at an all-time low of 88.09 on Friday, August 29.",
    "The rupee hit an intraday low of 88.33 on Friday, August 29."]


# --- a takeover battle won ----------------------------------------------------------------------------------------------
# b139-melrose-wins-gkn-mar2018-multi-yes
GKN = "b139-melrose-wins-gkn-mar2018-multi-yes"
_gk = case_runner(GKN, "http://www.bbc.co.uk/news/business-x", "2018-03-29T00:00:00+01:00")
GK_S = "Melrose Industries has won control of the UK engineering giant GKN"
GK_S2 = ("Melrose has succeeded in its hostile bid to take over GKN for £8.1 billion after securing the backing of the "
         "engineering giant's shareholders.")
_BIDDERS = ("Melrose", "Melrose Industries", "Melrose Industries PLC")
_WON = ("has won control of GKN", "won control of the engineering group GKN", "has gained control of GKN",
        "finally won control of the UK engineering giant GKN", "has seized control of GKN",
        "succeeded in its hostile bid to take over GKN", "has succeeded in its £8.1bn bid for GKN",
        "succeeded in its takeover of GKN", "has succeeded in its bid to buy GKN")
TAKEOVER_WON = [GK_S, GK_S2] + [f"{b} {w} on Thursday." for b in _BIDDERS for w in _WON]
TAKEOVER_NOT = [f"Melrose {w}" for w in (
    "won control of GKN's aerospace unit on Thursday.", "won control of the board of GKN on Thursday.",
    "has won a seat on the board of GKN.", "could win control of GKN next week.", "has not won control of GKN.",
    "hopes to win control of GKN.", "won control of Dana on Thursday.", "succeeded in its bid for Dana.",
    "is close to winning control of GKN.", "failed to win control of GKN.", "won a stake in GKN.")] + [
    "Dana won control of GKN on Thursday.", "Dana has succeeded in its bid to take over GKN.",
    "If Melrose wins control of GKN, it will break up the group.",
    "Melrose said it would win control of GKN by the end of the month."]


# --- an office spelled the other way ---------------------------------------------------------------------------------
# b140-waltz-remains-nsa-through-may31-2025-no
WALTZ = "b140-waltz-remains-nsa-through-may31-2025-no"
_wz = case_runner(WALTZ, "https://www.newser.com/story/x", "2025-05-01T00:00:00-04:00")
_ENDINGS = ("Mike Waltz resigned as {o} on Thursday.", "Trump removed Mike Waltz as {o} on Thursday.",
            "Mike Waltz was ousted as {o} on Thursday.", "Mike Waltz was fired as {o} on Thursday.")
SPELLED = [e.format(o=o) for e in _ENDINGS for o in ("national security adviser", "National Security Adviser")]
# ('deputy national security advisor' is read as the post on main in the question's own spelling: named_removals
# does not weigh a rank before the office; not a spelling matter, left out here)
SPELLED_NOT = [e.format(o=o) for e in _ENDINGS for o in ("homeland security adviser", "trade adviser")] + [
    "Mike Waltz will resign as national security adviser next week.",
    "Mike Waltz could be removed as national security adviser."]


def _rate_bar(q: str):
    from resolver.engine import thresholds
    from resolver.engine.derive import derive_target
    from conftest import news_market
    t = derive_target(news_market(q, "2026-03-31T23:59:59+00:00"))
    return (t.threshold, t.threshold_direction, t.threshold_inclusive) if t.kind == "threshold" else None


def _wrong_bar(q: str, value, direction, inclusive) -> bool:
    got = _rate_bar(q)
    if value is None:
        return got is not None and got[1] == "above"  # ('1,500 or stronger': no bar read is fine, a wrong side is not)
    return got != (value, direction, inclusive)


def wrong_fires() -> dict[str, int]:
    return {
        "fine_met_missed": sum(not fired_yes(_eu(s), "threshold_crossed") for s in FINE_MET),
        "fine_short_unread_or_yes": sum(decided(_eu(s)) != "likely-no" for s in FINE_SHORT),
        "fine_near_miss_yes": sum(fired_yes(_eu(s), "threshold_crossed") for s in FINE_NOT),
        "contract_met_missed": sum(not fired_yes(_so(s), "threshold_crossed") for s in SIGN_MET),
        "contract_short_yes": sum(fired_yes(_so(s), "threshold_crossed") for s in SIGN_SHORT),
        "contract_near_miss_yes": sum(fired_yes(_so(s), "threshold_crossed") for s in SIGN_NOT),
        "gross_met_missed": sum(not fired_yes(_er(s), "threshold_crossed") for s in GROSS_MET),
        "gross_near_miss_yes": sum(fired_yes(_er(s), "threshold_crossed") for s in GROSS_NOT),
        "rate_bar_wrong": sum(_wrong_bar(*r) for r in RATE_QUESTIONS),
        "rate_bar_misread": sum(_rate_bar(q) is not None and _rate_bar(q)[2] is not None for q in RATE_NOT),
        "rate_met_missed": sum(not fired_yes(_ke(s), "threshold_crossed") for s in RATE_MET),
        "rate_short_yes": sum(fired_yes(_ke(s), "threshold_crossed") for s in RATE_SHORT),
        "close_met_missed": sum(not fired_yes(_ru(s), "threshold_crossed") for s in CLOSE_MET),
        "close_near_miss_yes": sum(fired_yes(_ru(s), "threshold_crossed") for s in CLOSE_NOT),
        "takeover_missed": sum(not fired_yes(_gk(s), "confirmation") for s in TAKEOVER_WON),
        "takeover_misread": sum(fired_yes(_gk(s), "confirmation") for s in TAKEOVER_NOT),
        "spelling_missed": sum(decided(_wz(s)) != "likely-no" or _wz(s).status == "weak-reading" for s in SPELLED),
        "spelling_misread": sum(_wz(s).verdict == "likely-no" for s in SPELLED_NOT),
    }


def test_verbatim_fine_read_short_and_deadline_decides():
    v = _eu(EU_S)
    assert v.verdict == "likely-no" and v.status != "unread-evidence"
    assert not fired_yes(v, "threshold_crossed")


def test_fine_variants():
    assert [s for s in FINE_MET if not fired_yes(_eu(s), "threshold_crossed")] == []
    assert [s for s in FINE_SHORT if decided(_eu(s)) != "likely-no"] == []
    assert [s for s in FINE_NOT if fired_yes(_eu(s), "threshold_crossed")] == []


def test_verbatim_contract_and_variants():
    assert _so(SO_S).verdict == "likely-yes" and _so(SO_S2).verdict == "likely-yes"
    assert [s for s in SIGN_MET if not fired_yes(_so(s), "threshold_crossed")] == []
    assert [s for s in SIGN_SHORT + SIGN_NOT if fired_yes(_so(s), "threshold_crossed")] == []


def test_verbatim_gross_and_variants():
    assert _er(ER_S).verdict == "likely-yes"
    assert [s for s in GROSS_MET if not fired_yes(_er(s), "threshold_crossed")] == []
    assert [s for s in GROSS_NOT if fired_yes(_er(s), "threshold_crossed")] == []


def test_exchange_rate_bars():
    assert [r for r in RATE_QUESTIONS if _wrong_bar(*r)] == []
    assert [q for q in RATE_NOT if _rate_bar(q) is not None and _rate_bar(q)[2] is not None] == []


def test_verbatim_exchange_rate_and_variants():
    assert _ke(f"{KE_HEAD}\n\n{KE_S}").verdict == "likely-yes"
    assert [s for s in RATE_MET if not fired_yes(_ke(s), "threshold_crossed")] == []
    assert [s for s in RATE_SHORT if fired_yes(_ke(s), "threshold_crossed")] == []


def test_verbatim_close_level_and_variants():
    assert _ru(RU_S).verdict == "likely-yes"
    assert [s for s in CLOSE_MET if not fired_yes(_ru(s), "threshold_crossed")] == []
    assert [s for s in CLOSE_NOT if fired_yes(_ru(s), "threshold_crossed")] == []


def test_verbatim_takeover_won_and_variants():
    assert _gk(GK_S).verdict == "likely-yes" and _gk(GK_S2).verdict == "likely-yes"
    assert [s for s in TAKEOVER_WON if not fired_yes(_gk(s), "confirmation")] == []
    assert [s for s in TAKEOVER_NOT if fired_yes(_gk(s), "confirmation")] == []


def test_office_spelling_variants():
    assert [s for s in SPELLED if _wz(s).verdict != "likely-no"] == []
    assert [s for s in SPELLED_NOT if _wz(s).verdict == "likely-no"] == []


def test_actor_aliases_take_both_spellings():
    from resolver.engine.actors import actor_aliases
    assert "national security adviser" in actor_aliases("National Security Advisor")
    assert "national security advisor" in actor_aliases("National Security Adviser")
    assert "labour party" not in actor_aliases("Labor Party")  # a different party, not a spelling


def test_hostile_input_bounded():
    from resolver.engine import act_sums, exchange_rates, won_takeovers  # noqa: F401  (the readings under test)
    words = ("The European Commission fined Apple €500 million imposing a fine of $765 million contract agreed to "
             "is a gross of Melrose has won control of GKN succeeded in its hostile bid to take over weaker than 160 "
             "per US dollar adviser , ( ) Soto's deal").split()
    assert_each_within((_eu, _so, _er, _ke, _gk, _wz, _ru), word_soup(words + "The rupee closed at an all-time low of "
                                                                        "88.09".split()), 3.0)
