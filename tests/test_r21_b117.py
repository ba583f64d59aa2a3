"""Readings of the twenty-first round's development batches 117-118 (helper b117): the wrong decisive
verdicts of their first sight, each given a general reading where one exists.

- thresholds._moved_past (cause class K, the market misread): a question asking for a level passed by a
  move ('Will the South Korean won weaken past 1,350 per US dollar …?') sets a threshold, not an event
  of weakening; a currency quoted as so many of it per another's unit falls to a higher number, so a
  weakening there is a bar above, a strengthening one below; a date or an ordinal passed is no level.
- chosen_others.chosen_other (cause class C, another entity's act: the choice of another thing): for a
  market asking that one named thing be chosen, a choice verb whose own object is another name, or that
  names the market's thing only after 'over', 'instead of' or 'rather than', confirms nothing.

Sentences and questions verbatim from the development corpus (the case named in a comment); the
variants are the same sentences with the chosen and the passed-over name swapped, another choice verb,
another currency, another move verb, or a date or an ordinal for the level. `wrong_fires()` counts the
variants read the wrong way; it runs on any engine (the report gives the count before the change and
after it)."""

from __future__ import annotations

import re
import time

from conftest import fired, news_market, run_case

from resolver.engine.spec import default_rule_set
from cpu_budget import assert_cpu_within

# --- a level passed by a move ---------------------------------------------------------------------------
# b118-won-past-1350-by-jul31-2022-asof-jun23-undet
WON_Q = "Will the South Korean won weaken past 1,350 per US dollar by July 31, 2022?"
WON_C = ("This market will resolve to \"Yes\" if the US dollar/South Korean won onshore spot rate trades above 1,350 "
         "won per dollar at any time between June 1, 2022 and July 31, 2022 (Seoul time), as reported by Reuters or "
         "Yonhap. Otherwise, \"No\".")
WON_HEAD = "S.Korean won weakens past 1,300 per dollar first time in 13 years"
WON_S2 = ("The won weakened as much as 0.24% in onshore spot trade to touch the lowest since July 14, 2009, at 1300.4 "
          "per dollar soon after the market opened on Thursday.")

_CURRENCIES = ("South Korean won", "Indian rupee", "Japanese yen", "Philippine peso", "Indonesian rupiah")
_WEAKER = ("weaken", "fall", "slide", "depreciate", "drop")
_STRONGER = ("strengthen", "rise", "appreciate", "climb")
_QUOTES = ("per US dollar", "to the dollar", "per dollar", "against the euro")
# (question, threshold expected: (value, direction) or None)
THRESHOLD_VARIANTS: list[tuple[str, tuple[float, str] | None]] = (
    [(WON_Q, (1350.0, "above"))]
    + [(f"Will the {c} {v} past 1,350 {q} by July 31, 2022?", (1350.0, "above"))
       for c in _CURRENCIES for v in _WEAKER for q in _QUOTES]
    + [(f"Will the {c} {v} past 1,350 {q} by July 31, 2022?", (1350.0, "below"))
       for c in _CURRENCIES for v in _STRONGER for q in _QUOTES]
    + [("Will gold climb past $2,000 an ounce by July 31, 2022?", (2000.0, "above")),
       ("Will the euro fall through $1.05 by July 31, 2022?", (1.05, "below")),
       ("Will Bitcoin rise beyond $70,000 by July 31, 2022?", (70000.0, "above"))]
)
# must not set a level: no number, a date, a year, an ordinal, a share (read elsewhere), no move verb
NO_LEVEL = [
    "Will the South Korean won weaken by July 31, 2022?",
    "Will the South Korean won weaken past its 2009 low by July 31, 2022?",
    "Will the South Korean won weaken past 31 July 2022?",
    "Will the rollout slip past 2025?",
    "Will the bill's vote slide past 30 June 2022?",
    "Will the team climb past 30th place by July 31, 2022?",
    "Will the convoy get past 1,350 checkpoints by July 31, 2022?",
]


def _threshold(question: str, criteria: str = "") -> tuple[float, str] | None:
    t = default_rule_set(news_market(question, "2022-07-31T23:59:59+09:00", criteria)).target
    return (t.threshold, t.threshold_direction) if t.kind == "threshold" else None


def _level_wrong() -> int:
    wrong = sum(_threshold(q) != want for q, want in THRESHOLD_VARIANTS)
    return wrong + sum(_threshold(q) is not None for q in NO_LEVEL)


def test_the_verbatim_question_sets_a_level_above():
    assert _threshold(WON_Q, WON_C) == (1350.0, "above")


def test_every_currency_and_move_sets_its_level():
    assert [q for q, want in THRESHOLD_VARIANTS if _threshold(q) != want] == []


def test_no_level_from_a_date_an_ordinal_or_no_number():
    assert [q for q in NO_LEVEL if _threshold(q) is not None] == []


def _won(question: str, text: str):
    return run_case(question, "2022-07-31T23:59:59+09:00", WON_C,
                    [("https://www.reuters.com/markets/currencies/skorean-won-weakens-past-1300-per-dollar-first-time-13-years-2022-06-23",
                      "2022-06-23T00:00:00+09:00", WON_HEAD, text)], "2022-06-23T18:00:00+09:00")


def test_a_weakening_short_of_the_level_confirms_nothing():
    v = _won(WON_Q, WON_S2)
    assert not fired(v, "confirmation", "threshold_crossed")
    assert v.verdict == "undetermined"


def test_a_rate_past_the_level_is_crossed():
    # the market's subject named in full ('S.Korean', 'The won' are not read as it: a names matter), and the
    # rate told as a level: 'weakened … at 1,352.5' is still read as a fall (left: the quoted currency's
    # weakening is a rise of its number)
    v = _won(WON_Q, "The South Korean won traded at 1,352.5 per dollar soon after the market opened on Thursday.")
    assert fired(v, "threshold_crossed")
    v = _won(WON_Q, "The South Korean won traded at 1,300.4 per dollar soon after the market opened on Thursday.")
    assert not fired(v, "threshold_crossed")


# --- a choice of another named thing -------------------------------------------------------------------
# b117-shah-deniz-picks-nabucco-west-jun2013-multi-no
SD_Q = "Will the Shah Deniz consortium select Nabucco West to carry Shah Deniz II gas to Europe by June 30, 2013?"
SD_C = ("This market will resolve to \"Yes\" if the BP-led Shah Deniz consortium officially announces by June 30, 2013 "
        "that it has selected the Nabucco West pipeline as the route for exporting Shah Deniz Stage II gas to Europe. "
        "If the consortium selects another pipeline (such as the Trans Adriatic Pipeline) or makes no selection by "
        "then, the market resolves to \"No\".")
SD_HEAD = "Azeri gas field consortium picks TAP over Nabucco West – reports"
SD_S1 = ("The consortium developing the Shah Deniz 2 gas field on Azerbaijan's shelf in the Caspian Sea has picked the "
         "Trans-Adriatic Pipeline (TAP) over Nabucco West to deliver gas to European consumers, reports in "
         "international media said on June 26.")
SD_S3 = ("In Greece, Kathimerini daily said that Greek prime minister Antonis Samaras has been informed that TAP was "
         "chosen over Nabucco West.")
SD_R1 = ("BAKU, June 28 (Reuters) - The consortium developing Azerbaijan's Shah Deniz gas field has chosen the Trans "
         "Adriatic Pipeline (TAP) for natural gas deliveries to Europe, Gordon Birrell, BP Regional President for "
         "Azerbaijan, Georgia and Turkey said on Friday.")
OTHER_CHOSEN = [SD_S1, SD_S3, SD_R1] + [
    SD_S1.replace("has picked", f"has {v}") for v in ("chosen", "selected", "preferred")] + [
    SD_S1.replace(" over Nabucco West", f" {w} Nabucco West") for w in ("instead of", "rather than")] + [
    SD_S3.replace("was chosen", f"was {v}") for v in ("picked", "selected", "preferred")] + [
    SD_R1.replace("has chosen", f"has {v}") for v in ("picked", "selected")]
# the same sentences with the market's thing chosen: they still confirm
ITS_OWN_CHOSEN = [
    SD_S1.replace("the Trans-Adriatic Pipeline (TAP) over Nabucco West", "Nabucco West over the Trans-Adriatic Pipeline (TAP)"),
    SD_S3.replace("TAP was chosen over Nabucco West", "Nabucco West was chosen over TAP"),
    SD_R1.replace("the Trans Adriatic Pipeline (TAP)", "Nabucco West"),
    SD_R1.replace("the Trans Adriatic Pipeline (TAP)", "the Nabucco West pipeline"),
]


def _sd(text: str, title: str = "Shah Deniz consortium makes its pipeline choice"):
    return run_case(SD_Q, "2013-06-30T23:59:59+04:00", SD_C,
                    [("http://www.reuters.com/article/gas-pipeline-azerbaijan", "2013-06-28T12:00:00+04:00", title, text)],
                    "2013-06-28T18:00:00+04:00")


def _choice_wrong() -> tuple[int, int]:
    """(variants telling another's choice that confirm, variants telling the market's choice that do not)."""
    other = sum(bool(fired(_sd(s), "confirmation")) for s in OTHER_CHOSEN)
    own = sum(not fired(_sd(s), "confirmation") for s in ITS_OWN_CHOSEN)
    return other, own


def wrong_fires() -> dict[str, int]:
    other, own = _choice_wrong()
    return {"level": _level_wrong(), "other_chosen_confirmed": other, "own_choice_missed": own, "wrap_split": _wrap_wrong()}


def test_the_verbatim_headline_passes_the_market_over():
    v = _sd("The consortium has made its decision.", SD_HEAD)
    assert not fired(v, "confirmation")


def test_another_choice_confirms_nothing():
    assert [s for s in OTHER_CHOSEN if fired(_sd(s), "confirmation")] == []


def test_the_markets_own_choice_still_confirms():
    assert [s for s in ITS_OWN_CHOSEN if not fired(_sd(s), "confirmation")] == []


def test_hostile_inputs_stay_cheap():
    from resolver.engine import chosen_others, thresholds
    q = ("Will the won weaken past 1,350 per US dollar " * 700)[:30000]
    start = time.process_time()
    thresholds._threshold(q)
    assert_cpu_within(start, 5)
    text = ("picked TAP over Nabucco West instead of Nabucco rather than " * 500)[:30000]
    start = time.process_time()
    _sd(text)
    assert_cpu_within(start, 30)
    assert chosen_others.asked_name(SD_Q) == "Nabucco West"



# --- an indented page's hard wrap (text.split_sentences) -------------------------------------------------
# b117-china-q3-2014-gdp-at-least-7p5pct-no: each line of the page is indented ('third \n\t\t\tquarter'); a single
# line break with the next line's indentation is a wrap, not the run of blanks that ends a stretch
CN_S0 = ("China's gross domestic product (GDP) grew 7.3 percent in the third quarter from a year earlier, official "
         "data showed on Tuesday, the weakest rate since the first quarter of 2009.")
CN_TEXT = ("China's gross domestic product (GDP) grew 7.3 percent in the third \n\t\t\tquarter from a year earlier, "
           "official data showed on Tuesday, the \n\t\t\tweakest rate since the first quarter of 2009.\n \n That was "
           "slightly above the 7.2 percent forecast by analysts but \n\t\t\tslower than 7.5 percent in the second "
           "quarter, and even then some \n\t\t\teconomists were surprised.")
CN_Q = "Will China's GDP grow at least 7.5% year-on-year in the third quarter of 2014?"
CN_C = ("This market will resolve to \"Yes\" if China's National Bureau of Statistics reports, in its first release for "
        "the third quarter of 2014, year-on-year real GDP growth of 7.5% or more. Otherwise, \"No\".")


def _wrapped_variants() -> list[str]:
    """CN_S0 hard-wrapped after each of its words in turn, with the next line indented by a tab, spaces or both."""
    words = CN_S0.split(" ")
    return [" ".join(words[:k]) + sep + " ".join(words[k:])
            for k in range(1, len(words)) for sep in (" \n\t\t\t", "\n    ", " \n \t")]


def _wrap_wrong() -> int:
    from resolver.engine.text import split_sentences
    return sum(split_sentences(v) != [CN_S0] for v in _wrapped_variants())


def test_an_indented_wrap_ends_no_sentence():
    from resolver.engine.text import split_sentences
    assert split_sentences(CN_TEXT)[0] == CN_S0
    # each indented wrap reads as a plain line break would: one sentence, but where the next line opens with a
    # parenthesis or a figure after a line with no open end ('… domestic product' / '(GDP) grew …'), which
    # _lines takes for a headline's end either way (6 of the variants)
    for v in _wrapped_variants():
        assert split_sentences(v) == split_sentences(re.sub(r"[ \t]*\n[ \t]*", "\n", v))
    assert _wrap_wrong() <= 6


def test_a_blank_line_still_ends_a_stretch():
    from resolver.engine.text import split_sentences
    assert split_sentences("Markets closed higher\n\n\tOil prices fell") == ["Markets closed higher", "Oil prices fell"]


def _cn(text: str):
    return run_case(CN_Q, "2014-10-31T23:59:59+08:00", CN_C,
                    [("https://archives.lincolndailynews.com/2014/Oct/21/News/business_N.shtml", "2014-10-21T00:00:00-05:00",
                      "", text)], "2014-10-21T18:00:00+08:00")


def test_the_wrapped_report_is_read():
    assert fired(_cn(CN_TEXT), "threshold_missed")
    assert fired(_cn(CN_TEXT.replace("grew 7.3 percent", "grew 7.6 percent")), "threshold_crossed")
    assert not fired(_cn(CN_TEXT.replace("in the third \n\t\t\tquarter", "in the second \n\t\t\tquarter")),
                     "threshold_missed", "threshold_crossed")


# --- 'for the 12 months ending March' labels a 12-month figure (annual_figures) -------------------------
# b94-us-cpi-mar2017-2.5-or-higher-no (joined into one sentence by the wrap reading above)
CPI_Q = "Will U.S. annual CPI inflation for March 2017 be 2.5% or higher?"
CPI_C = ("This market will resolve to \"Yes\" if the U.S. Bureau of Labor Statistics reports that the all-items CPI-U "
         "rose 2.5% or more over the 12 months ending March 2017 (not seasonally adjusted), in its release scheduled "
         "for April 14, 2017. Otherwise, this market will resolve to \"No\".")
CPI_TEXT = ("The all items index rose 2.4 percent for the 12 months ending March, a smaller \n increase than the "
            "2.7-percent rise for the period ending February. The index \n for all items less food and energy rose 2.0 "
            "percent over the last 12 months, \n the smallest 12-month increase since November 2015.")


def _cpi(text: str):
    return run_case(CPI_Q, "2017-04-14T23:59:59-04:00", CPI_C,
                    [("https://www.bls.gov/news.release/cpi.nr0.htm", "2017-04-14T08:30:00-04:00",
                      "Consumer Price Index Summary", text)], "2017-04-15T00:00:00+00:00")


def test_the_12_months_ending_label_reads_the_figure():
    from resolver.engine.annual_figures import _labelled
    s = "The all items index rose 2.4 percent for the 12 months ending March, a smaller increase"
    assert _labelled(s, s.index("2.4"), s.index(" for the"))
    assert fired(_cpi(CPI_TEXT), "threshold_missed")
    assert fired(_cpi(CPI_TEXT.replace("rose 2.4 percent", "rose 2.6 percent")), "threshold_crossed")
    s = "The all items index rose 0.4 percent for the month of March, a smaller increase"
    assert not _labelled(s, s.index("0.4"), s.index(" for the"))


if __name__ == "__main__":
    print(wrong_fires())
