"""Mends from the round-19 review (findings 3, 4, 6, 8 and 9):

- an acquittal told after an earlier request in its clause is the verdict given: a request covers the
  phrase only through its infinitive ('advised court to find Kananura not guilty'), not through another
  verb's 'to' ('after being asked to keep deliberating …, found … not guilty') (unrendered_verdicts.py);
- a sum told as a change ('a R1,000 increase', 'by $5 a share') is not the sum agreed, and a clock time
  ('4 p.m.') is no sum in pence; the bar is written as the question writes it ('550 pence') (agreed_sums.py);
- one reader of a level to come (prospective_levels.prospect, with 'will'/'due to'), one run-off word list
  (first_rounds), one list of plan modifiers (act_predicates.PLAN_MODIFIERS, data/cancellations.json);
- trace wording: a failed launch names the payload and quotes its subject; a foreign article's function
  words are counted in lower case only (a name such as 'São Paulo' tells no language) and the article is
  listed once; a calling-off is quoted with its object ('suspended its planned teacher strikes');
- small risks: a day and a count are not one space-grouped number ('March 3 200'); 'BREAKING:' or 'IMF:'
  is no dateline; '… and 3 months later' is no part of a term.
Sentences verbatim from the corpus (the case named in a comment), with the nearest wordings where a
reading must stay silent."""

from __future__ import annotations

import time

from conftest import decided, fired, run_case

from resolver.engine import act_predicates, agreed_sums, datelines, first_rounds, languages, unrendered_verdicts
from resolver.engine.compound_terms import whole
from resolver.engine.prospective_levels import prospect
from resolver.engine.rules import called_off
from resolver.engine.rules.threshold_figures import _VALUE
from resolver.engine.text import article_sentences, tokenize
from cpu_budget import assert_cpu_within


def _why(text: str) -> str | None:
    s = article_sentences("", text)[0]
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "not" and s.tokens[i + 1].lower == "guilty")
    return unrendered_verdicts.why_not(s, k)


# --- 3. an acquittal after a request in its clause -------------------------------------------------------
CHAUVIN_Q = "Will Derek Chauvin be convicted of murder by June 30, 2021?"


def _chauvin(text: str):
    return run_case(CHAUVIN_Q, "2021-06-30T23:59:59-05:00", "",
                    [("https://x.example/c", "2021-04-20T18:00:00-05:00", "", text)], "2021-04-21T00:00:00-05:00")


def test_request_governs_the_phrase_only_through_its_infinitive():
    # b108-kananura-convicted-by-apr30-2017-asof-verdict-day-undet (verbatim): still a request
    assert _why("In the build-up of to this verdict, two court assessors Mr Robert Kabureta and Ms Rehema Babirye , in "
                "their joint lay man's opinion, advised court to find Kananura not guilty of murdering his employee.") \
        == "asked ('advised')"
    assert _why("The defence urged the jury to return a not guilty verdict.") == "asked ('urged')"


def test_acquittal_after_another_request_is_the_verdict():
    # must fire: the 'to' belongs to 'keep deliberating'; 'found' decides
    s = "The jury, after being asked to keep deliberating on Monday, found Derek Chauvin not guilty of murder on Tuesday."
    assert _why(s) is None
    v = _chauvin(s)
    assert fired(v, "opposite_outcome") and decided(v) == "likely-no"
    # must not fire: the request itself, with the deciding verb its infinitive
    v = _chauvin("The defence, after the judge's instructions on Monday, asked the jury to find Derek Chauvin not guilty of murder.")
    assert not fired(v, "opposite_outcome")


# --- 4. a change or a clock time is not the sum agreed -------------------------------------------------------
LONMIN_Q = "Will Lonmin agree to pay rock drill operators a monthly wage of at least R12,500 by September 30, 2012?"
GLENCORE_Q = "Will Glencore price its London initial public offering at 550 pence per share or higher?"
INBEV_Q = "Will InBev agree to pay more than $70 per share for Anheuser-Busch?"


def _lonmin(text: str):
    return run_case(LONMIN_Q, "2012-09-30T23:59:59+02:00", "",
                    [("https://x.example/lon", "2012-09-18T12:00:00+02:00", "", text)], "2012-09-19T00:00:00+02:00")


def test_agreed_sum_below_the_bar_still_short_and_written_as_the_question_writes_it():
    # b97-lonmin-r12500-rock-drill-wage-no (verbatim)
    v = _lonmin("Lonmin agreed to a gross pay of 11,078 rand ($1,385) to rock drill operators who had been demanding a "
                "monthly take-home wage of 12,500 rand ($1,560).")
    short = fired(v, "magnitude_short")
    assert short and "at least R12,500" in short[0].reason and "ZAR" not in short[0].reason
    # b97-glencore-ipo-priced-550p-no (verbatim)
    text = "As expected, Glencore yesterday set the final price for its IPO at 530 pence per share, according to a person familiar with the matter."
    told = agreed_sums.check(GLENCORE_Q, text, text.index("set"), "price")
    assert told[0] == "short" and "at least 550 pence" in told[1] and "GBX" not in told[1]


def test_a_change_is_not_the_sum_agreed():
    # b52-inbev-price-above-70-per-share-2008 (verbatim): '$5 a share' is the offer's rise, not its level
    text = "Louis rival into friendly discussions by increasing its offer by $5 a share."
    assert agreed_sums.check(INBEV_Q, text, 0, "offer")[0] == "untold"
    # the review's wording: the increase is skipped, the level it lifts to is read
    v = _lonmin("Lonmin agreed to a R1,000 increase, lifting the monthly wage of rock drill operators to R12,500.")
    assert not fired(v, "magnitude_short") and fired(v, "confirmation")
    # must still be short: a level below the bar told with no change word
    v = _lonmin("Lonmin agreed to a monthly wage of R11,000 for rock drill operators.")
    assert fired(v, "magnitude_short")


def test_a_clock_time_is_no_sum_in_pence():
    text = "Glencore priced its London IPO on Tuesday at 4 p.m. London time, at 560 pence a share."
    assert agreed_sums.check(GLENCORE_Q, text, text.index("priced"), "price")[0] == "met"
    text = "Glencore priced its London IPO on Tuesday at 4 p.m. London time, at 530p a share."
    assert agreed_sums.check(GLENCORE_Q, text, text.index("priced"), "price")[0] == "short"  # '530p' is pence


# --- 6. one reader for each fact -----------------------------------------------------------------------------------
def test_one_reader_of_a_level_to_come():
    # b107/b74/b84/b67 wordings (verbatim, each up to its figure)
    assert prospect("Average gas price poised to hit ") == "poised to hit"
    assert prospect("is on track to cross ") == "on track to cross"
    assert prospect("Bangladesh’s GDP growth in the current fiscal year is set to exceed ") == "set to exceed"
    assert prospect("prices will likely top ", future=True) == "will likely top"
    assert prospect("prices will likely top ") is None  # the future is read only where a crossing is reported
    # must not fire: a level told, a prospect before another verb, 'due to' as a cause
    # (b62-new-horizons-launch-by-jan31-2006, verbatim up to its figure)
    assert prospect("Controllers postponed the launch of the probe to Pluto and beyond seven times due to wind gusts "
                    "exceeding ", future=True) is None
    assert prospect("prices that were set to rise have hit ") is None
    assert prospect("the national average was set at ") is None


def test_one_runoff_word_list():
    def sent(text):
        return article_sentences("", text)[0]
    # b89 headline (verbatim) and the Wade sentence (b45's shape)
    assert first_rounds.win_before_runoff(sent("Pinera wins first presidential round, faces Frei in run-off"),
                                          "Will Sebastián Piñera win Chile's January 17, 2010 presidential runoff?")
    assert first_rounds.runoff_ahead(sent("Abdoulaye Wade won 34.8 percent of the vote, falling short of the absolute "
                                          "majority needed to avoid a run-off."))
    # must not: the run-off itself won; a run-off told past
    assert not first_rounds.win_before_runoff(
        sent("Sebastian Pinera won Sunday's presidential run-off, defeating Eduardo Frei, and now faces a second round "
             "of talks with Congress."), "Will Sebastián Piñera win Chile's January 17, 2010 presidential runoff?")
    assert not first_rounds.runoff_ahead(sent("Macky Sall came second in the run-off held on Sunday."))


def test_one_list_of_plan_modifiers():
    assert called_off._PLAN_MODIFIERS is act_predicates.PLAN_MODIFIERS
    assert {"planned", "upcoming", "scheduled"} <= act_predicates.PLAN_MODIFIERS


# --- 8. trace wording --------------------------------------------------------------------------------------------------
def test_failed_launch_names_the_payload_and_quotes_the_subject():
    from tests.test_r19_launchfail import VEGA_PAYLOAD, VEGA_TITLE, _vega
    v = _vega(VEGA_TITLE, VEGA_PAYLOAD)  # b98-vega-falcon-eye-1 (verbatim headline)
    reasons = [c.reason for c in fired(v, "ruled_out")]
    assert any("the launch carrying Falcon Eye 1: '" in r and "Vega rocket launch with United Arab Emirates satellite fails" in r
               for r in reasons), reasons
    assert not any("market's unit" in r for r in reasons)


IOM_Q = "Will NASUWT teachers on the Isle of Man go on strike on February 15, 2023?"


def test_strike_suspension_quotes_the_verb_with_its_object():
    # b100-iom-nasuwt-strike-feb15-2023-multi-no (verbatim)
    v = run_case(IOM_Q, "2023-02-15T23:59:59+00:00", "",
                 [("https://x.example/a", "2023-02-10T00:00:00+00:00", "",
                   "NASUWT, one of the island's teaching unions, has suspended its planned teacher strikes which were due "
                   "February 15 and 16.")], "2023-02-16T00:00:00+00:00")
    assert any("'suspended its planned teacher strikes'" in c.reason for c in fired(v, "ruled_out"))


PT = ("Ricardo Nunes (MDB) foi reeleito prefeito de São Paulo. Ele recebeu 59,35% dos votos válidos no segundo turno, "
      "enquanto Guilherme Boulos (PSOL) contabilizou 40,65%.")  # b100-boulos-wins-sao-paulo-mayor-2024-multi-no (verbatim)


def test_a_name_tells_no_language_and_a_foreign_article_is_listed_once():
    why = languages.article_language("", PT + " São Paulo tem a maior população do país.")
    assert why is not None and "são" not in why
    # an English sentence naming São Paulo twice stays English
    assert languages.article_language("", "São Paulo's mayor Ricardo Nunes won a second term in São Paulo on Sunday, "
                                          "beating Guilherme Boulos in the runoff.") is None
    v = run_case("Will Ricardo Nunes resign as mayor of São Paulo by December 31, 2024?", "2024-12-31T23:59:59-03:00", "",
                 [("https://x.example/sp", "2024-10-27T20:00:00-03:00", "", PT)], "2025-01-02T00:00:00+00:00")
    unread = [c for c in v.contributions if c.rule == "unread_evidence"]
    assert len(unread) == 1 and "not in English" in unread[0].reason


# --- 9. small risks ------------------------------------------------------------------------------------------------
def test_a_day_and_a_count_are_not_one_number():
    assert [m.group().strip() for m in _VALUE.finditer("By March 3 200 people had died in the floods, officials said.")] \
        == ["3", "200"]
    # b108-madagascar-plague (verbatim): thousands set off by a space are still one number
    assert "2 384" in [m.group().strip() for m in _VALUE.finditer(
        "From 1 August to 24 November 2017, a cumulative total of 2 384 confirmed, probable and suspected cases of plague, "
        "including 207 deaths (case fatality rate 9%), have been reported from 57 of 114 (50%) districts in Madagascar.")]


def test_a_heading_or_a_speaker_is_no_dateline():
    # b98 (verbatim openings): a city set off by a colon, an agency dateline
    text = "SYDNEY: Australian Prime Minister Scott Morrison said he had conceded defeat"
    assert text[datelines.opening_end(text):].startswith("Australian")
    assert datelines.opening_end("KARACHI: Pakistan's central bank raised its key rate") == len("KARACHI: ")
    # must not: a heading (b46-calgary-transit-strike, verbatim), an acronym, a rubric, a speaker
    for text in ("UPDATE: The membership accepted the deal.", "IMF: Greece must cut spending further",
                 "BREAKING: Greece defaults on its loan", "US-CHINA TRADE: talks resume", "BERNIE SANDERS: I think so."):
        assert datelines.opening_end(text) == 0, text


def test_a_later_length_is_no_part_of_the_term():
    # b21-toledo (verbatim): still one term
    toks = tokenize("This Monday, October 21, the Peruvian justice convicted former president Alejandro Toledo to 20 years "
                    "and six months in prison, after he was found guilty of accepting bribes from the Brazilian "
                    "construction company Odebrecht.")
    k = next(j for j, t in enumerate(toks) if t.lower == "six")
    assert whole(toks, k) is not None
    # must not: the second length dates another event (b54-gillard, verbatim; the review's wording)
    for s in ("The ballot took place three years and two days after Gillard ousted Rudd in a similar internal "
              "government showdown to become the country's first female prime minister.",
              "He was sentenced to 10 years and 3 months later appealed."):
        toks = tokenize(s)
        assert all(whole(toks, j) is None for j in range(len(toks))), s


# --- cost ---------------------------------------------------------------------------------------------------------------
def test_hostile_run_on_sentences_are_fast():
    cases = [
        (_chauvin, "The jury, after being asked to keep deliberating, found Derek Chauvin not guilty, " * 400),
        (_lonmin, "Lonmin agreed to a R1,000 increase at 4 p.m., lifting it by R500 to R12,500 and " * 400),
        (lambda t: run_case("Will the death toll from the 2023 Libya floods exceed 3,000 by March 31, 2023?",
                            "2023-03-31T23:59:59+00:00", "", [("https://x.example/l", "2023-03-05T00:00:00+00:00", "", t)],
                            "2023-03-06T00:00:00+00:00"),
         "IMF: by March 3 200 people will likely top 3 000 and are due to pass the 3 100 mark, " * 400),
    ]
    for run, text in cases:
        assert len(text) > 30000
        start = time.process_time()
        run(text)
        assert_cpu_within(start, 5.0)
