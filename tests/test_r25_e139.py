"""Readings of the twenty-fifth round's development batch 139 (helper e139: economy and business). Each reading is
stated on grammar and word lists:

- preliminary_instruments: for a market on a definitive, binding, final, formal or main agreement ('Will Hanwha sign
  a definitive agreement to take a controlling stake in Daewoo Shipbuilding …?'), 'had signed a conditional MoU to
  take a managerial controlling stake' tells an instrument of the step before it (a qualifier of that step before
  an agreement's noun, 'in principle' after it, or an instrument one by its name: MoU, letter of intent, term
  sheet): no confirmation.
- threshold_figures._DOWN: 'shrank', 'shrink', 'shrunk', 'contracted', 'contracting' tell a fall, so 'Thailand's
  economy shrank 6.1 percent in 2020' crosses a bar of a contraction of more than 6% (below -6%).
- lexicon.EXCLUSIVE_ROLES 'battle', 'bidding war' and forecast_cues.offer_bid: a takeover battle has one winner
  ('Will Prosus win the takeover battle for Just Eat?'), and a 'bid' with a takeover's kind or a sum right before
  it ('beating a hostile bid by tech firm Prosus') is an offer, not a forecast's 'bid to win': 'Takeaway.com said
  Friday it had won a battle for Britain's Just Eat, beating a hostile bid by tech firm Prosus' is a rival's win.
- noun_phrases.second_act: 'enter administration or file for insolvency': 'or' and a verb opening a phrase of its
  own ('file for') end the first act's object, so the object is 'administration' (and 'appointed as joint
  administrators of Greensill Capital' confirms it, frames.json entailments).

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and clause frames, with must-not-fire near-misses. `wrong_fires()` counts the variants read
the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired, fired_no, fired_yes, news_market
from cpu_budget import assert_each_within, word_soup


def _target(question: str, deadline: str = "2021-03-31T23:59:59+01:00"):
    from resolver.engine.derive import derive_target
    return derive_target(news_market(question, deadline, ""))


# --- a preliminary instrument for a definitive one ---------------------------------------------------------------
# b139-hanwha-definitive-dsme-deal-by-dec31-2022-asof-oct5-multi-undet
_hw = case_runner("b139-hanwha-definitive-dsme-deal-by-dec31-2022-asof-oct5-multi-undet",
                  "https://www.shephardmedia.com/news/defence-notes/x", "2022-10-05T00:00:00+01:00")
HW_S = ("Hanwha Group of South Korea announced on 26 September that it had signed a conditional MoU to take a "
        "managerial controlling stake in Daewoo Shipbuilding & Marine Engineering (DSME).")
_PRELIM = ("a conditional MoU", "a preliminary agreement", "a tentative deal", "a non-binding memorandum of understanding",
           "a letter of intent", "a provisional share purchase agreement", "an interim agreement", "a term sheet",
           "an agreement in principle", "an initial agreement", "a framework agreement")
_SIGNERS = ("Hanwha Group", "Hanwha Aerospace", "Hanwha")
_SIGN = ("signed", "has signed", "inked")
PRELIM = [HW_S] + [f"{who} {verb} {what} to take a controlling stake in Daewoo Shipbuilding on Monday."
                   for who in _SIGNERS for verb in _SIGN for what in _PRELIM] + [
    f"A non-binding {n} was signed by Hanwha to take a controlling stake in Daewoo Shipbuilding." for n in
    ("MoU", "memorandum of understanding", "letter of intent")]
# the definitive step told: each confirms
DEFINITIVE = [f"{who} {verb} {what} to take a controlling stake in Daewoo Shipbuilding on Monday."
              for who in _SIGNERS for verb in _SIGN for what in (
                  "a definitive agreement", "the main investment agreement", "a binding agreement",
                  "a definitive agreement, replacing the non-binding MoU of September,")]


def test_verbatim_preliminary_instrument_does_not_confirm():
    v = _hw(HW_S)
    assert not fired_yes(v, "confirmation") and v.verdict == "undetermined"


def test_preliminary_instrument_variants():
    for s in PRELIM:
        assert not fired_yes(_hw(s), "confirmation"), s


def test_definitive_instrument_confirms():
    for s in DEFINITIVE:
        assert fired_yes(_hw(s), "confirmation"), s


def test_no_definitive_instrument_asked():
    from resolver.engine.preliminary_instruments import earlier_instrument
    q = "Will Hanwha sign an agreement to take a controlling stake in Daewoo Shipbuilding by December 31, 2022?"
    assert earlier_instrument(q, "", HW_S, HW_S.index("signed")) is None
    assert earlier_instrument("Will Hanwha sign a non-binding MoU with DSME?", "", HW_S, HW_S.index("signed")) is None


# --- a contraction told by its verb ------------------------------------------------------------------------------
# b139-thailand-2020-gdp-shrinks-over-6pct-multi-yes
_th = case_runner("b139-thailand-2020-gdp-shrinks-over-6pct-multi-yes", "https://www.nippon.com/en/news/x",
                  "2021-02-15T00:00:00+09:00")
TH_S = ("Thailand's economy shrank 6.1 percent in 2020, the worst contraction in over two decades, as the coronavirus "
        "pandemic hit the country's tourism sector, official data showed Monday.")
_SUBJ = ("Thailand's economy", "The Thai economy", "Thailand's economy")
_SHRANK = ("shrank", "contracted", "has shrunk", "shrank by", "contracted by")
SHRANK = [TH_S] + [f"{s} {v} {n} in 2020, official data showed Monday." for s in _SUBJ[:2] for v in _SHRANK
                   for n in ("6.1 percent", "6.1%", "7.2 per cent")]
NOT_SHRANK = [f"Thailand's economy {v} {n} in 2020, official data showed Monday." for v, n in (
    ("shrank", "5.9 percent"), ("shrank", "6 percent"), ("grew", "6.1 percent"), ("expanded", "6.4%"),
    ("contracted", "2.5 percent"))] + [
    "Thailand's economy will shrink 6.1 percent in 2020, the council forecast on Monday.",
    "Economists expected Thailand's economy to shrink 6.5 percent in 2020.",
    "Thailand's economy did not shrink 6.1 percent in 2020, official data showed Monday."]


def test_verbatim_contraction_decides_yes():
    assert _th(TH_S).verdict == "likely-yes"


def test_contraction_variants():
    for s in SHRANK:
        assert fired_yes(_th(s), "threshold_crossed"), s


def test_not_a_contraction_beyond_the_bar():
    for s in NOT_SHRANK:
        assert not fired_yes(_th(s), "threshold_crossed"), s


# --- a takeover battle won by a rival ----------------------------------------------------------------------------
# b139-prosus-wins-just-eat-2020-multi-no
_pj = case_runner("b139-prosus-wins-just-eat-2020-multi-no", "http://www.rfi.fr/en/wires/x", "2020-01-10T00:00:00+01:00")
PJ_S = ("Dutch online service Takeaway.com said Friday it had won a battle for Britain's Just Eat, beating a hostile "
        "bid by tech firm Prosus to create one of the world's largest food delivery platforms.")
_RIVAL = ("Takeaway.com", "Dutch online service Takeaway.com")
_WON = ("had won a battle for Britain's Just Eat", "had won the takeover battle for Just Eat",
        "won the battle for Just Eat")
_BEAT = ("beating a hostile bid by tech firm Prosus", "beating a rival bid from Prosus",
         "seeing off a £5.5bn bid by Prosus", "defeating a competing bid by Prosus")
RIVAL_WON = [PJ_S] + [f"{r} said Friday it {w}, {b}." for r in _RIVAL for w in _WON for b in _BEAT]
NOT_RIVAL_WON = [
    "Takeaway.com said Friday it hoped to win the battle for Just Eat, beating a hostile bid by Prosus.",
    "Takeaway.com said Friday it could win a battle for Just Eat if shareholders reject a hostile bid by Prosus.",
    "Prosus said Friday it had won the takeover battle for Just Eat, beating a rival bid by Takeaway.com.",
    "Takeaway.com has not won the battle for Just Eat, analysts said, with a hostile bid by Prosus still open.",
    "Polls of shareholders suggest Takeaway.com would win the battle for Just Eat."]


def test_takeover_battle_is_exclusive():
    t = _target("Will Prosus win the takeover battle for Just Eat?", "2020-01-31T23:59:59+00:00")
    assert t.candidate == "Prosus" and t.role_exclusive


def test_verbatim_rival_win_decides_no():
    assert _pj(PJ_S).verdict == "likely-no"


def test_rival_win_variants():
    for s in RIVAL_WON:
        assert fired_no(_pj(s), "rival_outcome"), s


def test_not_a_rival_win():
    for s in NOT_RIVAL_WON:
        assert not fired_no(_pj(s), "rival_outcome"), s


def test_bid_to_win_is_still_a_forecast():
    from resolver.engine.forecast_cues import offer_bid
    from resolver.engine.text import make_sentence
    for s, want in (("Takeaway.com beat a hostile bid by Prosus.", True), ("a £5bn bid", True),
                    ("Labour's bid to win the seat", False), ("in a final bid to save the deal", False)):
        sent = make_sentence(s, 0)
        k = next(k for k, t in enumerate(sent.tokens) if t.lower == "bid")
        assert offer_bid(sent, k) is want, s


# --- a second verb phrase after 'or' -----------------------------------------------------------------------------
# b139-greensill-administration-by-mar31-2021-multi-yes
_gs = case_runner("b139-greensill-administration-by-mar31-2021-multi-yes", "https://nationalpost.com/pmn/x",
                  "2021-03-08T00:00:00-05:00")
GS_S = ("Grant Thornton said in a statement that three members of its restructuring team had been appointed as joint "
        "administrators of Greensill Capital (UK) Limited and Greensill Capital Management Company.")
SECOND_ACTS = [("Will Greensill Capital enter administration or file for insolvency by March 31, 2021?", "administration"),
               ("Will Carillion enter administration or file for bankruptcy by January 31, 2018?", "administration"),
               ("Will Evergrande miss a payment or file for bankruptcy by March 31, 2021?", "payment"),
               ("Will Boeing suspend production or cut the output of the 737 MAX by March 31, 2021?", "production"),
               ("Will Toshiba sell its memory unit or spin off the business by March 31, 2021?", "memory unit")]
# 'or' with no verb phrase of its own after it: one object
ONE_OBJECT = [("Will the Fed cut rates or hold them by March 31, 2021?", "rates"),
              ("Will Tesla deliver 500,000 cars or trucks by March 31, 2021?", "cars trucks"),
              ("Will Greensill Capital enter administration or liquidation by March 31, 2021?", "administration liquidation")]


def test_verbatim_entailed_administration_confirms():
    assert _gs(GS_S).verdict == "likely-yes"


def test_second_act_ends_the_object():
    for q, obj in SECOND_ACTS:
        assert _target(q).object == obj, q


def test_one_object_across_or():
    for q, obj in ONE_OBJECT:
        assert all(w in (_target(q).object or "") for w in obj.split()), q


def wrong_fires() -> dict[str, int]:
    return {
        "prelim_confirmed": sum(fired_yes(_hw(s), "confirmation") for s in PRELIM),
        "definitive_missed": sum(not fired_yes(_hw(s), "confirmation") for s in DEFINITIVE),
        "shrank_missed": sum(not fired_yes(_th(s), "threshold_crossed") for s in SHRANK),
        "not_shrank_read": sum(fired_yes(_th(s), "threshold_crossed") for s in NOT_SHRANK),
        "rival_win_missed": sum(not fired_no(_pj(s), "rival_outcome") for s in RIVAL_WON),
        "not_rival_win_read": sum(fired_no(_pj(s), "rival_outcome") for s in NOT_RIVAL_WON),
        "second_act_missed": sum(_target(q).object != obj for q, obj in SECOND_ACTS),
        "one_object_broken": sum(not all(w in (_target(q).object or "") for w in obj.split()) for q, obj in ONE_OBJECT),
    }


def test_hostile_input_bounded():
    words = ("signed a conditional MoU non-binding letter of intent definitive agreement in principle shrank 6.1 percent "
             "contracted economy Thailand won battle for Just Eat beating hostile bid by Prosus or file for "
             "administrators appointed Greensill Hanwha Daewoo").split()
    assert_each_within((_hw, _th, _pj, _gs), word_soup(words), 2.0)
    assert fired is not None  # (conftest's fired, re-exported for the readers of this file)


if __name__ == "__main__":
    print(wrong_fires())
