"""Readings of the twenty-third round's development batch 131 (helper e131: courts, crime and legislation in US
states, Canada, Australia and the EU). Each reading is stated on grammar and word lists:

- other_chambers._coordinated: 'Arkansas' Republican-controlled House and Senate on Tuesday overrode …' is both
  chambers acting, not 'Senate alone', for a market that needs both chambers.
- described_doers (roles.other_agent): 'The Democrat signed legislation today' right after a sentence naming
  'Illinois Gov. Pat Quinn' describes Quinn, not another party (party members: party_names.json 'members').
- SentenceFacts._dates_a_relative_clause: '… a sweeping new law … that took effect earlier this month' dates the
  relative clause's verb, not the 'have opened investigations' before it.
- blocked_measures (state_ended, weak-reading exception 'court_block'): for a measure that must 'remain free of any
  court order blocking it', 'A federal judge has blocked Montana's … law banning … TikTok' and 'issued an order
  suspending the Texas law' end the state.
- upheld_judgments._the_market_decision: 'Poland's top court upholds refusal to extradite filmmaker Roman Polanski'
  decides a market on overturning 'the refusal to extradite Roman Polanski' the other way.
- unread_evidence._object_of_inquiry: 'who headed the inquiry into Folbigg's convictions' is no unread mention of
  quashing the convictions (the object is the inquiry's subject matter).
- quantities._ONE_CASE: 'fine Qualcomm more than €1 billion over its Apple chip payments' is one case's fine: the
  reported €997m settles it.
- tally_splits (result_counts.vote_split): 'failed with a vote of 65-30' for 'at least 66 members vote to expel':
  neither side reaches the bar.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import fired, realnews_case, run_case
from cpu_budget import assert_cpu_within


def _runner(case_id: str, url: str, published: str, as_of: str, title: str = ""):
    c = realnews_case(case_id)

    def run(text: str, head: str = title):
        return run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                        [(url, published, head, text)], as_of)
    return run


# --- both chambers, coordinated ---------------------------------------------------------------------------------
# b131-arkansas-override-hutchinson-veto-trans-care-apr2021-multi-yes
_ar = _runner("b131-arkansas-override-hutchinson-veto-trans-care-apr2021-multi-yes",
              "https://www.axios.com/2021/04/06/x", "2021-04-06T00:00:00-04:00", "2021-04-09T12:00:00-05:00")
AR_S = ("Arkansas' Republican-controlled House and Senate on Tuesday overrode GOP Gov. Asa Hutchinson's veto of a bill "
        "that criminalizes gender-affirming care for transgender children.")
_BOTH = ("House and Senate", "Senate and House", "House and the Senate", "Senate and the House",
         "House & Senate", "House of Representatives and Senate")
_OVERRODE = ("overrode", "have overridden", "on Tuesday overrode")
BOTH_OVERRODE = [AR_S] + [f"Arkansas' Republican-controlled {b} {v} GOP Gov. Asa Hutchinson's veto of the bill."
                          for b in _BOTH for v in _OVERRODE]
ONE_OVERRODE = [f"The Arkansas {c} {v} GOP Gov. Asa Hutchinson's veto of the bill."
                for c in ("Senate", "House", "House of Representatives") for v in _OVERRODE]


# --- a party member described -----------------------------------------------------------------------------------
# b131-quinn-signs-illinois-death-penalty-ban-mar2011-yes
_il = _runner("b131-quinn-signs-illinois-death-penalty-ban-mar2011-yes",
              "https://www.capecodtimes.com/story/news/2011/03/09/x", "2011-03-09T00:00:00-05:00",
              "2011-03-10T12:00:00-06:00", "Illinois governor abolishes death penalty")
IL_PREV = "SPRINGFIELD, Ill - Illinois Gov. Pat Quinn has abolished the state's death penalty."
IL_S = ("The Democrat signed legislation today abandoning capital punishment, two months after Illinois lawmakers "
        "voted to do the same and more than a decade after former Gov. George Ryan imposed a moratorium because of "
        "concern that innocent people could be put to death.")
_PREVS = (IL_PREV, "Illinois Gov. Pat Quinn has ended the death penalty in the state.",
          "Gov. Pat Quinn on Wednesday made Illinois the 16th state to end capital punishment.")
_DESCRIBED = ("The Democrat", "The Chicago Democrat", "The 62-year-old Democrat")
_SIGNED = ("signed legislation today abandoning capital punishment", "signed the bill today",
           "signed the measure into law today")
DESCRIBED = [f"{IL_PREV} {IL_S}"] + [f"{p} {d} {s}." for p in _PREVS for d in _DESCRIBED for s in _SIGNED]
# not the market's signer: no market actor named right before, a plural party, another party's member
NOT_DESCRIBED = [f"Lawmakers debated the measure for months. {d} {s}." for d in _DESCRIBED for s in _SIGNED] + [
    f"{IL_PREV} The Democrats signed the bill today.", f"{IL_PREV} Lawmakers cheered. The Republican signed the bill today."]


# --- a date in a relative clause --------------------------------------------------------------------------------
# b131-eu-opens-dma-noncompliance-probes-mar2024-yes
_dma = _runner("b131-eu-opens-dma-noncompliance-probes-mar2024-yes",
               "https://kvia.com/news/ap-national/2024/03/25/x", "2024-03-25T00:00:00-06:00", "2024-03-26T12:00:00+01:00")
DMA_S = ("LONDON (AP) — European Union regulators have opened investigations into Apple, Google and Meta, in the first "
         "cases under a sweeping new law designed to stop Big Tech companies from cornering digital markets that took "
         "effect earlier this month.")
_REL = ("that took effect earlier this month", "which came into force earlier this month",
        "that took effect on March 7", "which took effect last month", "that entered into force earlier this month")
_OPENED = ("have opened investigations into Apple", "opened investigations into Apple, Google and Meta",
           "have opened formal non-compliance investigations into Apple")
RELATIVE_DATED = [DMA_S] + [f"European Union regulators {o} under the Digital Markets Act, a sweeping new law {r}."
                            for o in _OPENED for r in _REL]
# the date is the opening's own: before the window (March 7), nothing confirms
OWN_DATE = [f"European Union regulators {o} under the Digital Markets Act {d}."
            for o in _OPENED for d in ("earlier this month", "on March 1", "last month")]


# --- a court's block of a measure that must stay free of one -----------------------------------------------------
# b131-montana-tiktok-ban-unblocked-through-2023-no
_mt = _runner("b131-montana-tiktok-ban-unblocked-through-2023-no",
              "https://ktvz.com/news/ap-national-news/2023/11/30/x", "2023-11-30T00:00:00-07:00",
              "2023-12-02T12:00:00-07:00")
MT_S = ("HELENA, Mont. (AP) — A federal judge has blocked Montana’s first-in-the-nation law banning the "
        "video-sharing app TikTok in the state while a legal challenge to the law moves through the courts.")
_COURT = ("A federal judge", "U.S. District Judge Donald Molloy", "A federal court", "A judge in Missoula")
_BLOCK = ("has blocked", "blocked", "temporarily blocked", "halted", "has suspended", "enjoined")
_MEASURE = ("Montana's first-in-the-nation law banning TikTok", "Montana's TikTok ban", "the Montana law banning TikTok")
BLOCKED = [MT_S] + [f"{c} {b} {m} on Thursday." for c in _COURT for b in _BLOCK for m in _MEASURE] + [
    f"{c} issued an order {p} {m}." for c in _COURT[:2] for p in ("blocking", "suspending") for m in _MEASURE] + [
    f"{c} granted a preliminary injunction blocking {m}." for c in _COURT[:2] for m in _MEASURE]
# not a block: asked for, to come, refused, by no court, of another measure
NOT_BLOCKED = [f"TikTok asked {c.lower() if c.startswith('A ') else c} to block {m}." for c in _COURT for m in _MEASURE] + [
    f"{c} could block {m}." for c in _COURT for m in _MEASURE] + [
    f"{c} declined to block {m}." for c in _COURT for m in _MEASURE] + [
    f"{c} has not blocked {m}." for c in _COURT for m in _MEASURE] + [
    f"{c} blocked a Texas law banning drag shows on Thursday." for c in _COURT] + [
    "Montana lawmakers blocked an amendment to the TikTok ban on Thursday."]
# b131-texas-sb8-unblocked-through-oct2021-no
_tx = _runner("b131-texas-sb8-unblocked-through-oct2021-no",
              "https://www.fox2detroit.com/news/x", "2021-10-08T00:00:00-05:00", "2021-10-10T12:00:00-05:00")
TX_S = ("On Wednesday, U.S. District Judge Robert Pitman, an appointee of President Barack Obama, issued an order "
        "suspending the Texas law that he called an \"offensive deprivation\" of the constitutional right to an abortion.")


# --- the market's own decision upheld ------------------------------------------------------------------------------
# b131-poland-supreme-court-polanski-extradition-dec2016-no
_pl = _runner("b131-poland-supreme-court-polanski-extradition-dec2016-no",
              "https://www.aol.co.uk/entertainment/2016/12/06/x", "2016-12-06T00:00:00+00:00", "2016-12-08T12:00:00+01:00")
PL_S = "Poland's top court upholds refusal to extradite filmmaker Roman Polanski to US"
_UPHELD = ("upheld", "has upheld", "affirmed", "on Tuesday upheld")
_WHO = ("filmmaker Roman Polanski", "Roman Polanski", "director Roman Polanski")
UPHELD = [f"Poland's Supreme Court {u} the refusal to extradite {w} to the United States."
                   for u in _UPHELD for w in _WHO]
NOT_UPHELD = [f"Poland's justice minister asked the Supreme Court to uphold the refusal to extradite {w}." for w in _WHO] + [
    f"Poland's Supreme Court {u} the refusal to extradite a Polish businessman to the United States." for u in _UPHELD] + [
    f"Poland's Supreme Court {u} the decision to extradite {w} to the United States." for u in _UPHELD for w in _WHO]


# --- the object as an inquiry's subject matter -------------------------------------------------------------------
# b131-folbigg-convictions-quashed-by-jun2023-no
_fb = _runner("b131-folbigg-convictions-quashed-by-jun2023-no",
              "https://www.newcastleherald.com.au/story/8222023/x", "2023-06-05T00:00:00+10:00", "2023-07-01T12:00:00+10:00")
FB_S = ("Mr Daley said he had received a memorandum from former NSW chief justice Tom Bathurst, who headed the "
        "inquiry into Folbigg's convictions, ahead of a final report.")
_LED = ("headed", "led", "chaired", "ran", "conducted")
_INQUIRY = ("the inquiry into Folbigg's convictions", "the review into Kathleen Folbigg's convictions",
            "an investigation into Folbigg's convictions", "the probe into Folbigg's convictions")
INQUIRY = [FB_S] + [f"Mr Daley said he had received a memorandum from former chief justice Tom Bathurst, who {v} {q}, "
                    "ahead of a final report." for v in _LED for q in _INQUIRY]
# still read as about the convictions (unread or a rule): the convictions the verb's own object
DIRECT = ["The court reviewed Kathleen Folbigg's convictions in May.",
          "Kathleen Folbigg's convictions were referred to the Court of Criminal Appeal on June 5.",
          "The NSW Court of Criminal Appeal heard Folbigg's appeal against her convictions.",
          "The inquiry reviewed Folbigg's convictions, Mr Daley said."]


# --- one case's fine ---------------------------------------------------------------------------------------------
# b131-eu-qualcomm-fine-over-1bn-euros-jan2018-no
_qc = _runner("b131-eu-qualcomm-fine-over-1bn-euros-jan2018-no",
              "http://www.londonlovesbusiness.com/x", "2018-01-24T00:00:00+00:00", "2018-01-26T12:00:00+01:00")
QC_S = ("EU antitrust regulators have hit Qualcomm with a €997m ($1.23bn) fine today for paying Apple to only use "
        "Qualcomm chips, rather than those made by rivals such as Intel.")
_SUMS = ("€997m", "€997 million", "€0.9bn", "€800 million", "€997m ($1.23bn)")
_HIT = ("have hit Qualcomm with a {} fine today", "fined Qualcomm {} today", "imposed a {} fine on Qualcomm today")
FINE_SHORT = [QC_S] + [f"EU antitrust regulators {h.format(s)}." for h in _HIT for s in _SUMS]
ONE_CASE_QUESTIONS = [
    "Will the European Commission fine Qualcomm more than €1 billion over its Apple chip payments by January 31, 2018?",
    "Will the European Commission fine Google more than €4 billion over Android by July 31, 2018?",
    "Will the European Commission fine Microsoft €500 million or more in its Windows antitrust case by March 31, 2004?",
    "Will the European Commission fine Google more than €1 billion in the shopping antitrust case by June 30, 2017?",
    "Will the EU fine Meta over its data transfers more than €1 billion by May 31, 2023?"]
OPEN_QUESTIONS = [
    "Will the European Commission fine Google over €1 billion by June 30, 2017?",
    "Will the European Commission fine Qualcomm more than €1 billion by January 31, 2018?",
    "Will any EU regulator fine Meta more than €500 million by December 31, 2023?"]


# --- a whole tally short of the bar ------------------------------------------------------------------------------
# b131-tennessee-house-expel-gloria-johnson-66-votes-apr2023-multi-no
_tn = _runner("b131-tennessee-house-expel-gloria-johnson-66-votes-apr2023-multi-no",
              "https://www.actionnews5.com/2023/04/06/x", "2023-04-06T22:53:00-05:00", "2023-04-07T12:00:00-05:00")
TN_S = ("The vote to expel Rep. Gloria Johnson (D-Knoxville) failed with a vote of 65-30, meaning Johnson will stay "
        "in office.")
_TALLIES = ("65-30", "30-65", "64-33", "65 to 30", "62-35")
TALLY_SHORT = [TN_S] + [f"The vote to expel Rep. Gloria Johnson failed with a vote of {t}." for t in _TALLIES] + [
    f"The House vote to expel Rep. Gloria Johnson failed {t}." for t in _TALLIES] + [
    f"Rep. Gloria Johnson survived a {t} vote to expel her." for t in ("65-30", "64-33", "60-35")]
TALLY_NOT_SHORT = [f"The vote to expel Rep. Gloria Johnson failed with a vote of {t}." for t in ("69-26", "66-31", "30-70")] + [
    f"Rep. Justin Pearson was expelled after a {t} vote." for t in ("60-30", "65-30")] + [
    "If the vote to expel Rep. Gloria Johnson fails 65-30, she will stay."]


def _no(v, rule: str) -> bool:
    return any(c.direction == "no" for c in fired(v, rule))


def wrong_fires() -> dict[str, int]:
    from resolver.engine import quantities
    return {
        "both_chambers_missed": sum(not fired(_ar(s), "confirmation") for s in BOTH_OVERRODE),
        "one_chamber_confirmed": sum(bool(fired(_ar(s), "confirmation")) for s in ONE_OVERRODE),
        "described_signer_missed": sum(not fired(_il(s), "confirmation") for s in DESCRIBED),
        "undescribed_signer_confirmed": sum(bool(fired(_il(s), "confirmation")) for s in NOT_DESCRIBED),
        "relative_dated_missed": sum(not fired(_dma(s), "confirmation") for s in RELATIVE_DATED),
        "own_early_date_confirmed": sum(bool(fired(_dma(s), "confirmation")) for s in OWN_DATE),
        "court_block_missed": sum(not _no(_mt(s), "state_ended") for s in BLOCKED + []) + (not _no(_tx(TX_S), "state_ended")),
        "no_block_read": sum(bool(fired(_mt(s), "state_ended")) for s in NOT_BLOCKED),
        "upheld_missed": sum(not _no(_pl(s), "opposite_outcome") for s in UPHELD),
        "not_upheld_read": sum(bool(fired(_pl(s), "opposite_outcome")) for s in NOT_UPHELD),
        "inquiry_held_deadline": sum(_fb(s).verdict != "likely-no" for s in INQUIRY),
        "direct_object_let_pass": sum(_fb(s).verdict == "likely-no" for s in DIRECT),
        "fine_short_unread": sum(not _no(_qc(s), "threshold_missed") for s in FINE_SHORT),
        "one_case_missed": sum(quantities.occasion(q) != "one" for q in ONE_CASE_QUESTIONS),
        "open_question_made_one": sum(quantities.occasion(q) == "one" for q in OPEN_QUESTIONS),
        "tally_short_missed": sum(not _no(_tn(s), "magnitude_short") for s in TALLY_SHORT),
        "tally_not_short_read": sum(bool(fired(_tn(s), "magnitude_short")) for s in TALLY_NOT_SHORT),
    }


def test_both_chambers_together_confirm():
    assert [s for s in BOTH_OVERRODE if not fired(_ar(s), "confirmation")] == []


def test_one_chamber_alone_confirms_nothing():
    assert [s for s in ONE_OVERRODE if fired(_ar(s), "confirmation")] == []


def test_a_described_party_member_is_the_actor_named_before():
    assert [s for s in DESCRIBED if not fired(_il(s), "confirmation")] == []


def test_a_party_member_with_no_actor_before_is_not_ours():
    assert [s for s in NOT_DESCRIBED if fired(_il(s), "confirmation")] == []


def test_a_relative_clause_date_does_not_date_the_act():
    assert [s for s in RELATIVE_DATED if not fired(_dma(s), "confirmation")] == []


def test_a_nouns_relative_clause_keeps_its_old_reading():
    # b125-wakashio-breaks-apart-by-aug15-2020-yes: the relative clause modifies the subject noun, not a done verb
    c = realnews_case("b125-wakashio-breaks-apart-by-aug15-2020-yes")
    e = c["evidence"][0]
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"])], c["as_of"])
    assert v.verdict == "likely-yes"


def test_the_acts_own_early_date_still_holds_it_back():
    assert [s for s in OWN_DATE if fired(_dma(s), "confirmation")] == []


def test_a_court_block_ends_a_measure_free_of_blocks():
    assert [s for s in BLOCKED if not _no(_mt(s), "state_ended")] == []
    assert _mt(MT_S).verdict == "likely-no"  # decisive: the court's block is the ending itself (weak-reading exception)
    assert _no(_tx(TX_S), "state_ended")


def test_no_block_told_ends_nothing():
    assert [s for s in NOT_BLOCKED if fired(_mt(s), "state_ended")] == []


def test_the_markets_decision_upheld_is_the_opposite():
    assert [s for s in UPHELD if not _no(_pl(s), "opposite_outcome")] == []
    assert _pl("", PL_S).verdict == "likely-no"


def test_another_decision_upheld_says_nothing():
    assert [s for s in NOT_UPHELD if fired(_pl(s), "opposite_outcome")] == []


def test_an_inquiry_into_the_object_is_no_unread_mention():
    assert [s for s in INQUIRY if _fb(s).verdict != "likely-no"] == []


def test_the_object_as_the_verbs_own_theme_still_holds_the_deadline():
    assert [s for s in DIRECT if _fb(s).verdict == "likely-no"] == []


def test_one_cases_fine_short_of_the_bar_says_no():
    assert [s for s in FINE_SHORT if not _no(_qc(s), "threshold_missed")] == []


def test_a_fine_in_a_named_case_is_one_occasion():
    from resolver.engine import quantities
    assert [q for q in ONE_CASE_QUESTIONS if quantities.occasion(q) != "one"] == []
    assert [q for q in OPEN_QUESTIONS if quantities.occasion(q) == "one"] == []


def test_a_tally_short_on_both_sides_is_short():
    assert [s for s in TALLY_SHORT if not _no(_tn(s), "magnitude_short")] == []


def test_a_tally_reaching_the_bar_or_of_another_vote_is_not_read():
    assert [s for s in TALLY_NOT_SHORT if fired(_tn(s), "magnitude_short")] == []


def test_hostile_sentence_soup_stays_cheap():
    import re
    from resolver.engine import blocked_measures, other_chambers, quantities, tally_splits
    words = ("The Democrat House and Senate overrode that took effect earlier this month a federal judge has blocked "
             "issued an order suspending upholds refusal to extradite who headed the inquiry into convictions failed "
             "with a vote of 65-30 fine over its case Republican law ban 12-7 free of any court order blocking ").split()
    soup = " ".join(words[k % len(words)] for k in range(5000))[:30000] + "."
    runs = (_ar, _il, _dma, _mt, _pl, _fb, _tn, _qc)
    for run in runs:
        run("Warm-up sentence.")  # lexicons and caches loaded before the clock starts
    for run in runs:
        start = time.process_time()
        run(soup)
        assert_cpu_within(start, 2.0)
    start = time.process_time()  # the readings' patterns on the whole 30 KB, past any sentence bound
    quantities.occasion(soup)
    blocked_measures.asked(soup)
    list(tally_splits._TALLY.finditer(soup))
    for m in other_chambers._CHAMBER.finditer(soup):
        other_chambers._coordinated(soup, m)
    assert_cpu_within(start, 2.0)
