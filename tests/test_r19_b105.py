"""Batch 105 misses (nineteenth round, r19-b105). Sentences verbatim from the development corpus; each
names its case; the must-not-fire sentences are real or close wordings of the same shape that mean
something else.

- a winning verb made an idiom by the noun right after it ('takes aim at becoming …', 'took control of
  the 69th Masters') is no win (engine/verb_idioms.py, contests.json verb_idioms);
- for a market on all of something, a headline with no word for all over a text that tells the act of
  some of them is that part (engine/partial_headlines.py);
- 'debut' names the opening of the open/begin family (frames.json);
- a verb of judging before 'as' ('a move seen as a further step') is no unread event (engine/appraisals.py);
- a guilty verdict delivered ('read the verdict of guilty on all counts') is the conviction
  (guilty_verdicts._delivered);
- 'remain in police detention' is a custody market (status_endings._CUSTODY)."""

from __future__ import annotations

import time

from resolver.engine import appraisals, verb_idioms
from resolver.engine.text import article_sentences
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# --- a winning verb made an idiom -----------------------------------------------------------------
# b105-watson-wins-open-2009-asof-54-holes-multi-undet
WATSON_Q = "Will Tom Watson win the 2009 Open Championship at Turnberry?"
WATSON_C = ("This market will resolve to \"Yes\" if Tom Watson wins the 2009 Open Championship (British Open) at "
            "Turnberry, including via a playoff. If any other player wins, this market will resolve to \"No\".")
WATSON_T = "Tied for the British Open lead, Tom Watson takes aim at becoming oldest major champion"
WATSON_S = ("The 59-year-old Watson was hanging on Saturday in his bid to become the oldest major champion in golf "
            "history.")


def _watson(title, text=WATSON_S):
    return run_case(WATSON_Q, "2009-07-20T23:59:59+01:00", WATSON_C,
                    [("https://example.com/watson", "2009-07-18T00:00:00+01:00", title, text)], "2009-07-19T00:00:00+01:00")


def test_takes_aim_is_no_win():
    v = _watson(WATSON_T)
    assert not fired(v, "confirmation")
    assert decided(v) == "undetermined"


def test_took_control_of_the_masters_is_a_lead_not_a_win():
    # b46-dimarco-wins-masters-2005-undet (verbatim sentence), read against the Watson-shaped market
    text = ("AUGUSTA, Ga., April 10 -- Tiger Woods took control of the 69th Masters early this morning in the "
            "resumption of the rain-delayed third round.")
    v = run_case("Will Tiger Woods win the 2005 Masters Tournament?", "2005-04-11T23:59:59-04:00", "",
                 [("https://example.com/masters", "2005-04-10T12:00:00-04:00", "", text)], "2005-04-10T18:00:00-04:00")
    assert not fired(v, "confirmation")


def test_idiom_words_are_read_only_right_after_the_verb():
    s = article_sentences(WATSON_T, "")[0]
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "takes")
    assert verb_idioms.idiom(s, k, WATSON_Q)
    s2 = article_sentences("Tom Watson takes the title at Turnberry", "")[0]
    assert verb_idioms.idiom(s2, 2, WATSON_Q) is None  # must not fire: 'takes the title' is a win


def test_idiom_asked_by_the_question_is_the_act():
    # b99 Kaupthing (verbatim): the question asks 'take control', so 'took control' is the act
    q = "Will Iceland's government or financial regulator take control of Kaupthing Bank by October 31, 2008?"
    s = article_sentences("", "Iceland took control on Thursday of its biggest bank, Kaupthing, to try to shore up "
                              "a teetering banking system.")[0]
    assert verb_idioms.idiom(s, 1, q) is None
    assert verb_idioms.idiom(s, 1, WATSON_Q)  # the same words for a win market are an idiom


# --- a headline summing up a partial act ------------------------------------------------------------
# b105-alitalia-all-unions-sign-cai-plan-by-sep30-2008-asof-sep25-multi-undet
ALITALIA_Q = ("Will all of Alitalia's unions, including the pilots' and flight attendants' unions, sign on to the CAI "
              "rescue plan by September 30, 2008?")
ALITALIA_C = ("This market will resolve to \"Yes\" if, on or before September 30, 2008, every union representing "
              "Alitalia staff in the negotiations with the Compagnia Aerea Italiana (CAI) investor group, including the "
              "pilots' and flight attendants' unions, signs or formally approves the CAI rescue agreement. Otherwise, "
              "this market will resolve to \"No\".")
ALITALIA_T = "Major unions sign off on Alitalia deal"
ALITALIA_S = ("ROME–Alitalia's four major union confederations signed off on a resurrected rescue plan Thursday to keep "
              "the bankrupt Alitalia airline aloft, signaling a possible breakthrough just as civil aviation authorities "
              "were considering whether to ground Italy's flagship carrier.")


def _alitalia(title, text):
    return run_case(ALITALIA_Q, "2008-09-30T23:59:59+02:00", ALITALIA_C,
                    [("https://example.com/alitalia", "2008-09-25T00:00:00-04:00", title, text)], "2008-09-26T00:00:00+02:00")


def test_headline_over_a_partial_text_is_partial():
    v = _alitalia(ALITALIA_T, ALITALIA_S)
    assert not fired(v, "confirmation")
    assert decided(v) == "undetermined"


def test_headline_over_a_text_telling_all_is_read():
    # must not fire: the text tells the act of all of them
    v = _alitalia(ALITALIA_T, "ROME–All of Alitalia's unions signed off on a resurrected rescue plan Thursday.")
    assert fired(v, "confirmation")


def test_headline_with_a_word_for_all_is_read():
    # must not fire: the headline itself says all
    v = _alitalia("All unions sign off on Alitalia deal", "The deal was welcomed in Rome.")
    assert fired(v, "confirmation")


# --- 'debut' of the open/begin family ---------------------------------------------------------------
# b105-beijing-shanghai-hsr-passenger-service-by-jun30-2011-multi-yes
HSR_Q = "Will the Beijing-Shanghai high-speed railway begin carrying passengers by June 30, 2011?"
HSR_C = ("This market will resolve to \"Yes\" if scheduled passenger trains begin operating on the Beijing-Shanghai "
         "high-speed railway on or before June 30, 2011 (Beijing time). Trial runs without passengers do not count. "
         "Otherwise, this market will resolve to \"No\".")
HSR_S = ("BEIJING – High-speed trains linking Beijing and Shanghai made their passenger debut on Thursday, extending "
         "China’s high-speed rail network to nearly 10,000 km.")


def _hsr(text, published="2011-07-01T00:00:00+08:00"):
    return run_case(HSR_Q, "2011-06-30T23:59:59+08:00", HSR_C,
                    [("https://example.com/hsr", published, "", text)], "2011-07-02T00:00:00+08:00")


def test_passenger_debut_holds_the_passed_deadline():
    v = _hsr(HSR_S)
    assert decided(v) != "likely-no"


def test_debut_still_to_come_lets_the_deadline_decide():
    # must not fire: a debut told as still to come, in an article of May
    v = _hsr("BEIJING – High-speed trains linking Beijing and Shanghai will make their passenger debut in July.",
             "2011-05-11T00:00:00+08:00")
    assert decided(v) == "likely-no"


# --- a verb of judging before 'as' --------------------------------------------------------------------
# b105-vinasat1-launch-by-apr15-2008-multi-no
VINA_Q = "Will Vietnam's first satellite, Vinasat-1, be launched by April 15, 2008?"
VINA_C = ("This market will resolve to \"Yes\" if the Vinasat-1 communications satellite lifts off from Kourou, "
          "French Guiana on or before April 15, 2008 (Vietnam time). Otherwise, this market will resolve to \"No\".")
VINA_S = ("Vietnam will launch its first satellite in April in a move seen as a further step in the communist "
          "country's increasing integration with the international community, an official said Wednesday.")


def _vina(text):
    return run_case(VINA_Q, "2008-04-15T23:59:59+07:00", VINA_C,
                    [("https://example.com/vina", "2008-03-12T00:00:00+07:00", "Vietnam to launch first satellite", text)],
                    "2008-04-19T00:00:00+07:00")


def test_seen_as_is_no_unread_event():
    v = _vina(VINA_S)
    assert not fired(v, "unread_evidence") and decided(v) == "likely-no"


def test_a_launch_told_done_beside_seen_as_still_holds():
    # must not fire: the act itself told done in the same sentence
    v = _vina(VINA_S.replace("Vietnam will launch", "Vietnam launched"))
    assert decided(v) != "likely-no"


def test_appraisal_needs_as_right_after():
    s = article_sentences("", VINA_S)[0]
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "seen")
    assert appraisals.appraisal(s, k)
    s2 = article_sentences("", "The satellite was seen streaking across the sky on Friday.")[0]
    assert not appraisals.appraisal(s2, 3)  # must not fire: 'seen streaking' is no judging


# --- a guilty verdict delivered ------------------------------------------------------------------------
# b105-jensen-convicted-by-mar31-2006-multi-yes
JENSEN_Q = ("Will former Wisconsin Assembly Speaker Scott Jensen be found guilty on at least one count in his "
            "misconduct trial by March 31, 2006?")
JENSEN_C = ("This market will resolve to \"Yes\" if a jury in Scott Jensen's Dane County political misconduct trial "
            "returns a guilty verdict on at least one count on or before March 31, 2006. Otherwise, this market will "
            "resolve to \"No\".")
JENSEN_S = ("Rep. Scott Jensen sat stoically today as Judge Steven Ebert read the verdict of guilty on all counts in "
            "his political misconduct trial.")


def _jensen(text):
    return run_case(JENSEN_Q, "2006-03-31T23:59:59-06:00", JENSEN_C,
                    [("https://example.com/jensen", "2006-03-11T00:00:00-06:00",
                      "Verdict Announcement Brings No Visible Reaction from Jensen", text)], "2006-03-12T00:00:00-06:00")


def test_verdict_of_guilty_read_is_the_conviction():
    v = _jensen(JENSEN_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_returned_guilty_verdicts_is_the_conviction():
    v = _jensen("The jury returned guilty verdicts against Scott Jensen on all counts today.")
    assert decided(v) == "likely-yes"


def test_not_guilty_verdict_is_no_conviction():
    # must not fire: the verdict the other way
    v = _jensen("The jury returned a not guilty verdict for Scott Jensen on all counts today.")
    assert decided(v) != "likely-yes"


def test_verdict_expected_is_no_conviction():
    # must not fire: a verdict still to come
    v = _jensen("The jury is expected to return a guilty verdict against Scott Jensen.")
    assert not fired(v, "confirmation")


# --- custody told with a lowercase modifier -------------------------------------------------------
# b105-ai-weiwei-stays-detained-through-jun30-2011-multi-no
AI_Q = "Will Chinese artist Ai Weiwei remain in police detention through June 30, 2011?"
AI_S = "Detained Chinese artist and activist Ai Weiwei has been freed, state media report."


def _ai(text):
    return run_case(AI_Q, "2011-06-30T23:59:59+08:00", "",
                    [("https://example.com/ai", "2011-06-22T00:00:00+08:00", "", text)], "2011-06-23T12:00:00+08:00")


def test_freed_ends_police_detention():
    v = _ai(AI_S)
    assert fired(v, "state_ended") and decided(v) == "likely-no"


def test_release_still_to_come_does_not_end_it():
    # must not fire: a release planned
    v = _ai("Detained Chinese artist and activist Ai Weiwei is expected to be freed next week, state media report.")
    assert not fired(v, "state_ended")


def test_another_person_freed_does_not_end_it():
    # must not fire: another detainee
    v = _ai("Detained Chinese activist Hu Jia has been freed, state media report.")
    assert not fired(v, "state_ended")


# --- hostile input --------------------------------------------------------------------------------

def test_long_run_on_sentence_of_the_readings_words_is_fast():
    words = ("Major unions sign off, four major unions signed off, takes aim at taking part, a move seen as debut, "
             "read the verdict of guilty and returned guilty verdicts, freed from police detention ")
    text = (words * (30000 // len(words)))[:30000]
    start = time.process_time()
    _watson(text[:200], text)
    _alitalia(ALITALIA_T, text)
    _jensen(text)
    _vina(text)
    _hsr(text)
    assert_cpu_within(start, 10.0)
