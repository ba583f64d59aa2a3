"""Readings of the twenty-first round's b119 helper, worked from the wrong decisive verdicts of development
batches 119-120 (census r20 classes H, F, E; tools/census_r20/README.md §6):

- attributive_cues: a cue word of calling-off or failure used as an adjective before another noun ('pulled nine
  miners from the collapsed, flooded shaft') is no report that the act was called off (rules/ruled_out.py);
- sentence_tense.past_adjunct: a month or day dating a verb told in the simple past across its object ('Tesla,
  which recalled 362,758 vehicles in February, …' in December) is the last such month, however far back;
- lexicon.COMPLETION_VERBS 'undergo', confirmation_gates.EVENT_OBJECT_ACTS 'occur'/'happen' and
  word_class._gerund_noun: 'Bitcoin underwent its fourth halving' reports the event noun as having happened;
- zoned_clocks.placed_before: 'at 12:09 am UTC on April 20, 2024' for a cut-off at 11:59 p.m. ET on April 19 is
  on or before it;
- reversed_sides: a doer named with a qualifier the market also lists as an actor ("China's Bilibili Gaming" and
  'china') is one side; occasions: 'the … final' is one occasion.

Sentences quoted verbatim from development articles read one way; the must-not-fire variants are the same
sentences minimally edited (another noun after the cue, a verb that plans, a clock after the cut-off, the sides
swapped). Counts over the generated sets, before -> after, are in /work/out/b119.md."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from conftest import decided, fired, run_case

from resolver.engine import attributive_cues
from resolver.engine.sentence_tense import past_adjunct, resolved_spans
from resolver.engine.text import make_sentence
from resolver.engine.word_class import verb_at
from cpu_budget import assert_cpu_within

# --- attributive cues ---------------------------------------------------------------------------------------------
QQ = "Will all nine miners trapped in the Quecreek Mine be brought to the surface alive by July 31, 2002?"
QC = ("This market will resolve to \"Yes\" if all nine coal miners trapped in the flooded Quecreek Mine in Somerset County, "
      "Pennsylvania since July 24, 2002 are brought to the surface alive by July 31, 2002, 11:59 PM EDT, according to "
      "state officials or credible media reports. Otherwise, \"No\".")
QUECREEK = ("SOMERSET, Pa. — Rescue workers early Sunday pulled nine miners from the collapsed, flooded shaft 240 feet "
            "below the surface where they had been trapped for three days.")


def _quecreek(body: str):
    return run_case(QQ, "2002-07-31T23:59:59-04:00", QC,
                    [("http://articles.chicagotribune.com/2002-07-28/news/0207280450_1_miners-quecreek-mine-trapped",
                      "2002-07-28T00:00:00-05:00", "In miraculous turn, all 9 miners rescued", body)],
                    "2002-07-28T12:00:00-04:00")


def test_verbatim_attributive_collapse_rules_nothing_out():
    v = _quecreek(QUECREEK)
    assert not fired(v, "ruled_out")
    assert decided(v) != "likely-no"


@pytest.mark.parametrize("cue", ["collapsed", "cancelled", "canceled", "postponed", "delayed"])
@pytest.mark.parametrize("shape", [
    "Rescue workers early Sunday pulled nine miners from the {c}, flooded {n} where they had been trapped for three days.",
    "Rescue workers on Sunday pulled nine miners past the {c} {n} 240 feet below the surface.",
    "The nine miners were trapped behind a {c} {n} in the Quecreek Mine, officials said Sunday.",
])
@pytest.mark.parametrize("noun", ["shaft", "tunnel", "drilling plan"])
def test_cue_of_another_noun_rules_nothing_out(cue, shape, noun):
    assert decided(_quecreek(shape.format(c=cue, n=noun))) != "likely-no"


def test_cue_qualifying_the_object_or_as_predicate_is_not_attributive_of_another():
    s = make_sentence("Officials said the cancelled rescue of the nine miners left families angry.", 0)
    k = next(k for k, t in enumerate(s.tokens) if t.lower == "cancelled")
    rescue = k + 1
    assert attributive_cues.qualifies_other(s, k, "cancelled", set(), 6)
    assert not attributive_cues.qualifies_other(s, k, "cancelled", {rescue}, 6)  # the act's own noun
    s = make_sentence("The talks collapsed on Sunday.", 0)
    assert not attributive_cues.qualifies_other(s, 2, "collapsed", set(), 6)  # a predicate, no article before


# --- a past act's date across its object --------------------------------------------------------------------------
PUB = datetime.fromisoformat("2023-12-13T00:00:00-05:00")


def _dates(text: str) -> list[str]:
    return [str(s.start.date()) for s in resolved_spans(make_sentence(text, 0), PUB)]


def test_verbatim_recall_in_february_is_this_years():
    text = ("It's the second recall of the year for Tesla, which recalled 362,758 vehicles in February, saying its "
            "\"full self-driving\" software may allow the vehicles to act unsafe around intersections, according to a "
            "notice by the NHTSA.")
    assert _dates(text) == ["2023-02-01"]


@pytest.mark.parametrize("month", ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November"])
@pytest.mark.parametrize("shape", ["Tesla, which recalled 362,758 vehicles in {m}, said the update is free.",
                                   "The company recalled 362,758 vehicles in {m}, according to a notice.",
                                   "Regulators fined the bank $10 million in {m}."])
def test_past_act_month_is_never_ahead(month, shape):
    assert all(d <= "2023-12-13" for d in _dates(shape.format(m=month)))


@pytest.mark.parametrize("text", [
    "Tesla will recall 362,758 vehicles in February.",
    "Tesla plans to recall 362,758 vehicles in February.",
    "Tesla said it would recall 362,758 vehicles in February.",
    "Tesla recalled vehicles and will update them in February.",
    "A huge shipment has now arrived in Europe ahead of launch on February 8th.",
    "He said the previous deadline of February 10 has been changed to March 10.",
])
def test_month_ahead_is_not_read_back(text):
    s = make_sentence(text, 0)
    assert not any(past_adjunct(s, sp.pos) for sp in resolved_spans(s, PUB))
    assert "2024-02-01" in _dates(text) or "2024-02-08" in _dates(text) or "2024-02-10" in _dates(text)


# --- an event noun undergone, and a zoned clock on or before the cut-off ------------------------------------------
BQ = "Will the fourth Bitcoin halving occur by April 19, 2024 (Eastern Time)?"
BC = ("This market will resolve to \"Yes\" if Bitcoin block 840,000 (the fourth halving block) is mined by 11:59:59 PM ET "
      "on April 19, 2024, according to public block explorers. Otherwise, \"No\".")
HALVING = ("Bitcoin underwent its fourth halving at 12:09 am UTC on April 20, 2024, a pre-programmed adjustment that "
           "occurs every four years to manage the cryptocurrency's supply.")


def _halving(body: str, published: str = "2024-04-22T00:00:00+05:30", as_of: str = "2024-04-23T12:00:00+05:30"):
    return run_case(BQ, "2024-04-19T23:59:59-04:00", BC,
                    [("https://www.forbesindia.com/article/cryptocurrency/bitcoins-fourth-halving-completed/92685/1",
                      published, "", body)], as_of)


def _confirms(v) -> bool:
    return any(c.weight > 0 for c in fired(v, "confirmation"))


def test_verbatim_halving_confirms_inside_the_cut_off():
    v = _halving(HALVING)
    assert _confirms(v)
    assert decided(v) != "likely-no"


def test_gerund_after_determiner_is_no_verb():
    s = make_sentence(HALVING, 0)
    k = next(k for k, t in enumerate(s.tokens) if t.lower == "halving")
    assert verb_at(s, k) is None
    s = make_sentence("The miners were halving their output.", 0)
    assert verb_at(s, 3) is not None


@pytest.mark.parametrize("clock", ["4:09 am UTC", "9:00 am UTC", "5:30 am GMT"])
def test_clock_after_the_cut_off_does_not_confirm(clock):
    assert not _confirms(_halving(HALVING.replace("12:09 am UTC", clock)))


@pytest.mark.parametrize("verb", ["will undergo", "is expected to undergo"])
def test_halving_still_to_come_does_not_confirm(verb):
    text = HALVING.replace("underwent", verb)
    assert not _confirms(_halving(text, "2024-04-18T00:00:00+05:30", "2024-04-18T12:00:00+05:30"))


# --- sides of a final with a qualified name -----------------------------------------------------------------------
LQ = "Will China's Bilibili Gaming beat T1 in the 2024 League of Legends Worlds final?"
LC = ("This market will resolve to \"Yes\" if Bilibili Gaming (BLG) wins the grand final of the 2024 League of Legends "
      "World Championship against T1 at the O2 Arena in London. Otherwise, \"No\".")
T1_WINS = ("South Korean giants T1, led by \"Faker,\" won their fifth League of Legends world championship crown in London "
           "on Saturday, beating China's Bilibili Gaming in a thrilling final.")


def _final(body: str):
    return run_case(LQ, "2024-11-03T23:59:59+00:00", LC,
                    [("https://tribune.net.ph/2024/11/03/fakers-t1-retain-league-of-legends-world-title",
                      "2024-11-03T00:00:00+08:00", "", body)], "2024-11-04T12:00:00+08:00")


def test_verbatim_doer_beaten_in_the_final():
    assert decided(_final(T1_WINS)) == "likely-no"


@pytest.mark.parametrize("loser", ["China's Bilibili Gaming", "Bilibili Gaming"])
def test_sides_swapped_still_reads_the_win(loser):
    text = T1_WINS.replace("South Korean giants T1", loser).replace("beating China's Bilibili Gaming", "beating T1")
    assert decided(_final(text)) != "likely-no"


def test_hostile_input_is_cheap():
    words = ("the collapsed, flooded shaft recalled in February underwent its fourth halving at 12:09 am UTC on April 20, "
             "beating China's Bilibili Gaming in the final, the cancelled postponed delayed tunnel. ")
    body = (words * (30_000 // len(words)))[:30_000]
    start = time.process_time()
    _halving(body)
    _quecreek(body)
    assert_cpu_within(start, 60)  # measured, not a wall-clock bound: see /work/out/b119.md
