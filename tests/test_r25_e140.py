"""Readings of the twenty-fifth round's pass over development batch 140 (helper e140):

- said_clauses (confirmation, its trigger scan): for a market on presenting a thing ('Will Tesla unveil its
  Robotaxi by August 8, 2024?'), whose act family counts 'announce' and 'reveal', a saying verb followed by a
  clause ('announced on Monday that the unveiling of the company's robotaxi will be postponed', 'revealed it would
  hold the event in October') tells a statement made, not the act; the act told done inside the clause is read
  at its own verb. A market whose own act is a saying verb ('announce that it is leaving OPEC') is not touched.
- 'sub-' before a figure (rules/threshold_figures.py: a figure's direction): 'a stellar climb to the
  sub-$100,000 threshold' is below $100,000, never at it; 'fell to sub-$40 levels' is below $40.
- sentence_holders (confirmation, the object of the act): for 'pardon or commute the sentence of Ross Ulbricht',
  a pardon told of the holder ('pardoned Ross Ulbricht', 'granted Ross Ulbricht … a full pardon', 'granted a
  full pardon to Ross Ulbricht') is the act on his sentence.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, verbs, adverbials and clause frames, with must-not-fire near-misses. `wrong_fires()` counts the variants
read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations


from conftest import case_runner, decided, fired_yes
from cpu_budget import assert_each_within, word_soup

# --- a saying verb with a clause, for a market on presenting a thing --------------------------------------------
# b140-tesla-robotaxi-unveil-by-aug8-2024-multi-no
_tr = case_runner("b140-tesla-robotaxi-unveil-by-aug8-2024-multi-no",
                  "https://www.businesstoday.in/technology/news/story/x", "2024-07-16T00:00:00+05:30")
TR_S = ("Tesla CEO Elon Musk announced on Monday that the unveiling of the company's robotaxi will be postponed to "
        "allow for a significant design change to the vehicle's front and to showcase additional features.")
_WHO = ("Tesla CEO Elon Musk", "Tesla", "Musk", "The company")
_SAID = ("announced on Monday that", "announced that", "revealed on Monday that", "announced late Monday that",
         "announced in a statement that", "disclosed on Monday that", "revealed it would say that")
_CLAUSES = ("the unveiling of the company's robotaxi will be postponed",
            "the robotaxi event would be delayed to October",
            "the robotaxi unveiling had been pushed back")
STATED = [TR_S] + [f"{w} {s} {c}." for w in _WHO for s in _SAID for c in _CLAUSES] + [
    f"{w} {v} it would hold the robotaxi unveiling in October." for w in _WHO for v in ("announced", "revealed")] + [
    f"{w} announced on Monday he will show the robotaxi in October." for w in ("Musk", "Elon Musk")]
# the act itself: a noun object after the verb, or the act told done inside the clause
SHOWN = [f"{w} {v} on Thursday." for w in ("Tesla", "Musk") for v in (
    "unveiled its Robotaxi", "announced its Robotaxi", "revealed the Robotaxi", "debuted its Robotaxi")] + [
    "Tesla announced on Thursday that it has unveiled its Robotaxi.",
    "Tesla said on Thursday that it unveiled its Robotaxi at a Hollywood studio."]
# b116-angola-announces-opec-exit-by-dec31-2023-yes: the market's own act is a saying verb
_ao = case_runner("b116-angola-announces-opec-exit-by-dec31-2023-yes", "https://www.reuters.com/x",
                  "2023-12-21T00:00:00+00:00")
ANNOUNCED = [f"Angola {v} that it is leaving OPEC." for v in ("announced on Thursday", "announced")]


# --- 'sub-' before a figure -------------------------------------------------------------------------------------
# b140-bitcoin-100k-in-november-2024-asof-nov25-multi-undet
_bt = case_runner("b140-bitcoin-100k-in-november-2024-asof-nov25-multi-undet",
                  "https://www.techtimes.com/articles/x", "2024-11-23T00:00:00-05:00")
BT_S = ("For the entire day today, Bitcoin stayed at the $99,000 valuation where it showed a strong promise of making a "
        "stellar climb to the sub-$100,000 threshold, staying true to the predictions of reaching a new high.")
_CLIMB = ("climbed to the", "made a stellar climb to the", "rallied to the", "jumped to the", "surged to the",
          "broke into the")
_SUB = ("sub-$100,000", "sub-$100K", "sub- $100,000")
SUB_UP = [BT_S] + [f"Bitcoin {c} {s} {n} on Friday." for c in _CLIMB for s in _SUB for n in ("threshold", "mark", "zone")]
CROSSED_UP = [f"Bitcoin {c} $100,000 {n} on Friday." for c in ("climbed to the", "surged past the", "topped the")
              for n in ("threshold", "mark")] + ["Bitcoin hit $100,000 on Friday."]
# b102-iron-ore-below-40-by-dec31-2015-multi-yes: a market on falling below a figure
_io = case_runner("b102-iron-ore-below-40-by-dec31-2015-multi-yes", "https://www.mining.com/x",
                  "2015-12-07T00:00:00+00:00")
SUB_DOWN = [f"The benchmark iron ore spot price {v} {s} levels on Monday." for v in ("fell to", "slid to", "dropped to",
                                                                                   "sank to a")
            for s in ("sub-$40", "sub-US$40 a tonne", "sub-$39")]
NOT_SUB_DOWN = [f"The benchmark iron ore spot price {v} {s} levels on Monday." for v in ("fell to", "slid to")
                for s in ("sub-$45", "sub-$50")] + ["The benchmark iron ore spot price rose to $40 a tonne on Monday."]


# --- a pardon told of the sentence's holder ---------------------------------------------------------------------
# b140-trump-pardons-ross-ulbricht-by-jan31-2025-multi-yes
_ru = case_runner("b140-trump-pardons-ross-ulbricht-by-jan31-2025-multi-yes", "https://www.benzinga.com/x",
                  "2025-01-21T00:00:00-05:00")
RU_S = ("Fulfilling his campaign promise, President Donald Trump granted Ross Ulbricht, the creator of the illegal drug "
        "marketplace Silk Road, a full pardon on Tuesday.")
RU_S2 = ("In a surprising move, US President Donald Trump announced on Tuesday that he has pardoned Ross Ulbricht, the "
         "founder of Silk Road, an infamous online platform for drug trafficking.")
_PARDONS = ("pardoned Ross Ulbricht", "pardoned Ulbricht", "has pardoned Ross Ulbricht",
            "granted Ross Ulbricht a full pardon", "granted Ulbricht a presidential pardon",
            "granted a full pardon to Ross Ulbricht", "issued a pardon to Ulbricht",
            "gave Ross Ulbricht, the Silk Road founder, a full and unconditional pardon")
PARDONED = [RU_S, RU_S2] + [f"{w} {p} on Tuesday." for w in ("Trump", "President Donald Trump", "The president")
                            for p in _PARDONS]
NOT_PARDONED = [f"{w} on Tuesday." for w in (
    "Trump pardoned Ulbricht's co-defendant", "Trump did not pardon Ross Ulbricht", "Trump will pardon Ross Ulbricht",
    "Trump granted his ally a full pardon after meeting Ross Ulbricht's mother",
    "Trump pardoned two police officers, and Ross Ulbricht's mother thanked him",
    "Trump may grant Ross Ulbricht a full pardon", "Trump refused to pardon Ross Ulbricht",
    "Trump granted Ross Ulbricht a meeting and pardoned his aide")]


def test_verbatim_statement_is_no_unveiling():
    v = _tr(TR_S)
    assert not fired_yes(v, "confirmation")
    assert decided(v) == "likely-no"  # the deadline passed with no unveiling told


def test_statement_variants():
    for s in STATED:
        assert not fired_yes(_tr(s), "confirmation"), s


def test_the_act_itself_still_confirms():
    for s in SHOWN:
        assert fired_yes(_tr(s), "confirmation"), s
    for s in ANNOUNCED:
        assert fired_yes(_ao(s), "confirmation"), s


def test_verbatim_sub_figure_is_not_crossed():
    v = _bt(BT_S)
    assert not fired_yes(v, "threshold_crossed")
    assert v.verdict == "undetermined"


def test_sub_figure_variants():
    for s in SUB_UP:
        assert not fired_yes(_bt(s), "threshold_crossed"), s
    for s in CROSSED_UP:
        assert fired_yes(_bt(s), "threshold_crossed"), s


def test_sub_figure_below_a_falling_bar():
    for s in SUB_DOWN:
        assert fired_yes(_io(s), "threshold_crossed"), s
    for s in NOT_SUB_DOWN:
        assert not fired_yes(_io(s), "threshold_crossed"), s


def test_verbatim_pardon_of_the_holder():
    assert _ru(RU_S).verdict == "likely-yes"
    assert _ru(RU_S2).verdict == "likely-yes"


def test_pardon_variants():
    for s in PARDONED:
        assert fired_yes(_ru(s), "confirmation"), s


def test_not_a_pardon_of_the_holder():
    for s in NOT_PARDONED:
        assert not fired_yes(_ru(s), "confirmation"), s


def wrong_fires() -> dict[str, int]:
    return {
        "statement_read_as_act": sum(fired_yes(_tr(s), "confirmation") for s in STATED),
        "act_itself_missed": sum(not fired_yes(_tr(s), "confirmation") for s in SHOWN)
        + sum(not fired_yes(_ao(s), "confirmation") for s in ANNOUNCED),
        "sub_figure_read_as_crossed": sum(fired_yes(_bt(s), "threshold_crossed") for s in SUB_UP),
        "crossed_missed": sum(not fired_yes(_bt(s), "threshold_crossed") for s in CROSSED_UP),
        "sub_figure_below_missed": sum(not fired_yes(_io(s), "threshold_crossed") for s in SUB_DOWN),
        "sub_figure_below_misread": sum(fired_yes(_io(s), "threshold_crossed") for s in NOT_SUB_DOWN),
        "pardon_missed": sum(not fired_yes(_ru(s), "confirmation") for s in PARDONED),
        "pardon_misread": sum(fired_yes(_ru(s), "confirmation") for s in NOT_PARDONED),
    }


def test_hostile_input_bounded():
    from resolver.engine import said_clauses, sentence_holders  # noqa: F401  (the readings under test)
    words = ("Tesla Musk announced revealed disclosed on Monday that it would the unveiling robotaxi postponed "
             "sub- sub-$100,000 $100,000 climb to the threshold Trump granted pardoned Ross Ulbricht a full pardon to "
             "sentence of , ; — Ulbricht's").split()
    assert_each_within((_tr, _bt, _ru), word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
