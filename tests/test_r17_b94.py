"""Batch 94 misses (seventeenth round, r17-b94), each fixed by a general reading: a 'since' date
ending a perfect relative clause on the act's object dates that noun's state, not the act
(engine/object_dates.py); a placing told at another named contest is no defeat in the market's
(engine/placed_elsewhere.py). Sentences verbatim from the development corpus; each names its case;
the must-not-fire sentences are the nearby wordings."""

from resolver.engine.placed_elsewhere import elsewhere
from resolver.engine.text import make_sentence
from tests.conftest import decided, fired, run_case

# b94-austin-boil-notice-lifted-by-oct26-2018-no
AUSTIN_Q = "Will Austin Water lift its citywide boil-water notice by October 26, 2018?"
AUSTIN_C = ('This market will resolve to "Yes" if, on or before October 26, 2018, Austin Water lifts the citywide '
            'boil-water notice it issued on October 22, 2018. Otherwise, this market will resolve to "No".')
AUSTIN_URL = "https://abc13.com/weather/austin-lifts-widespread-boil-water-notice-after-6-days/4571063/"


def _austin(sentence: str):
    return run_case(AUSTIN_Q, "2018-10-26T23:59:59-05:00", AUSTIN_C,
                    [(AUSTIN_URL, "2018-10-28T00:00:00-05:00", "", sentence)], "2018-10-29T00:00:00+00:00")


def test_since_in_relative_clause_does_not_date_the_act():
    v = _austin("Austin Water has lifted the boil water notice that has been in place since Monday, Oct. 22, 2018.")
    assert decided(v) != "likely-yes"
    assert not fired(v, "confirmation")


def test_since_in_relative_clause_must_not_fire():
    # the act told on its own date before the deadline still confirms
    v = _austin("Austin Water lifted the boil water notice on Thursday, Oct. 25, 2018.")
    assert fired(v, "confirmation")
    # a 'since' date right after the act word's own relative clause ('the truce, which has held since
    # Monday') is not the object's: the rule is silent there (checked directly on the regex's guard)
    from resolver.engine.object_dates import _since_in_relative
    from resolver.engine.timex import find_time_expressions
    from datetime import datetime, timezone
    s = make_sentence("Austin Water lifted the notice, which has stood since Monday, Oct. 22, 2018.", 0)
    spans = find_time_expressions(s.text, datetime(2018, 10, 28, tzinfo=timezone.utc))
    lifted = next(k for k, t in enumerate(s.tokens) if t.lower == "lifted")
    notice = next(k for k, t in enumerate(s.tokens) if t.lower == "notice")
    assert any(_since_in_relative(s, lifted, sp) for sp in spans)
    assert not any(_since_in_relative(s, notice, sp) for sp in spans)
    s2 = make_sentence("Austin Water lifted the notice on Monday, Oct. 22, 2018, after tests.", 0)
    spans2 = find_time_expressions(s2.text, datetime(2018, 10, 28, tzinfo=timezone.utc))
    assert not any(_since_in_relative(s2, 2, sp) for sp in spans2)


# b94-improbable-wins-preakness-2019-asof-draw-multi-undet
PREAKNESS_Q = "Will Improbable win the 2019 Preakness Stakes?"
PREAKNESS_C = ('This market will resolve to "Yes" if Improbable is the official winner of the 144th Preakness Stakes at '
               'Pimlico Race Course on May 18, 2019. Otherwise, this market will resolve to "No".')


def test_placing_at_another_contest_is_no_defeat():
    text = ("Improbable finished in fifth at the Kentucky Derby after earning the best odds to win that race, as well, "
            "at 4-1.")
    v = run_case(PREAKNESS_Q, "2019-05-18T23:59:59-04:00", PREAKNESS_C,
                 [("https://www.sportingnews.com/us/horse-racing/news/preakness", "2019-05-18T00:00:00-04:00", "", text)],
                 "2019-05-18T16:00:00+00:00")
    assert decided(v) != "likely-no"
    assert not fired(v, "rival_outcome")
    s = make_sentence(text, 0)
    fifth = next(k for k, t in enumerate(s.tokens) if t.lower == "fifth")
    end = s.tokens[fifth].start + len(s.tokens[fifth].text)
    assert elsewhere(s, end, f"{PREAKNESS_Q} {PREAKNESS_C}") == "Kentucky Derby"


def test_placing_in_the_market_contest_must_not_fire():
    market = f"{PREAKNESS_Q} {PREAKNESS_C}"
    for text in ("Improbable finished fifth in the Preakness Stakes on Saturday.",
                 "Improbable finished fifth at Pimlico on Saturday.",
                 "Improbable finished fifth in the Final on Saturday."):
        s = make_sentence(text, 0)
        fifth = next(k for k, t in enumerate(s.tokens) if t.lower == "fifth")
        assert elsewhere(s, s.tokens[fifth].start + len(s.tokens[fifth].text), market) is None, text
    # b74-tuchel-chelsea-coach-thru-sep30-2022-stays-no: a league placing for a league market is the market's own
    s = make_sentence("Chelsea finished third in the Premier League last season.", 0)
    third = next(k for k, t in enumerate(s.tokens) if t.lower == "third")
    assert elsewhere(s, s.tokens[third].start + len(s.tokens[third].text),
                     "Will Chelsea win the Premier League?") is None


# b94-ed-ahmad-sentenced-by-nov30-2016-no: 'defer' pushes the act back like 'postpone'
AHMAD_Q = ("Will Guyanese businessman Ed Ahmad be sentenced on his U.S. fraud conspiracy charges by November 30, "
           "2016?")
AHMAD_C = ('This market will resolve to "Yes" if, on or before November 30, 2016, a U.S. federal court in New York '
           'imposes sentence on Ed Ahmad on his fraud conspiracy charges. Otherwise, this market will resolve to "No".')
AHMAD_URL = "https://stabroeknews.com/2016/10/27/news/guyana/ed-ahmad-sentencing-deferred-february-3rd"


def _ahmad(title: str, text: str):
    return run_case(AHMAD_Q, "2016-11-30T23:59:59-05:00", AHMAD_C,
                    [(AHMAD_URL, "2016-10-27T00:00:00-04:00", title, text)], "2016-10-28T00:00:00+00:00")


def test_deferred_past_the_deadline_rules_out():
    v = _ahmad("Ed Ahmad sentencing deferred to February 3rd",
               "US Chief Judge Dora Lizette Irizarry has deferred the sentencing of Guyanese businessman, Ed Ahmad on "
               "fraud conspiracy charges to February 3rd next year.")
    assert fired(v, "ruled_out")
    assert decided(v) == "likely-no"


def test_deferred_within_the_window_must_not_rule_out():
    v = _ahmad("Ed Ahmad sentencing deferred to November 15",
               "US Chief Judge Dora Lizette Irizarry has deferred the sentencing of Guyanese businessman, Ed Ahmad on "
               "fraud conspiracy charges to November 15.")
    assert decided(v) != "likely-no"
