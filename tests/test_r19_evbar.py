"""Event questions that carry a numeric bar (nineteenth round, r19-evbar). Sentences verbatim from the
development corpus; each names its case; the must-not-fire wordings are the nearest shapes where the
reading must not decide.

- a prison term told in several units is one term ('sentenced … to 20 years and six months', '8 years,
  4 months to 25 years', '11 years, 5 months and 15 days'): the market's least count is read against
  the whole term, never against its smaller part ('six months' read back from the act at the sentence's
  end was 0.5 years, short of a 20-year bar: a wrong 'no' beside the headline's 'yes')
  (engine/compound_terms.py, read by rules/least_count._count)."""

import time

from resolver.engine.compound_terms import whole
from resolver.engine.text import tokenize
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# b21-toledo-20-years-odebrecht-sentence-2024-yes
TOLEDO_Q = ("Will former Peruvian president Alejandro Toledo be sentenced to at least {n} years in prison in the "
            "Odebrecht bribery case by October 31, 2024?")
TOLEDO_C = ("This market will resolve to \"Yes\" if a Peruvian court sentences Alejandro Toledo to a prison term of {n} "
            "years or more in the Odebrecht (Interoceanic highway) bribery case by October 31, 2024. Otherwise, this "
            "market will resolve to \"No\".")
TOLEDO_S = ("\"This professor assumes the request by the Prosecutor's Office of 20 years and six months in prison for "
            "Mr. Alejandro Toledo Manrique,\" the Superior Court sentenced on Monday.")


def _toledo(text, n=20, title=""):
    return run_case(TOLEDO_Q.format(n=n), "2024-10-31T23:59:59-05:00", TOLEDO_C.format(n=n),
                    [("https://example.com/toledo", "2024-10-22T00:00:00-04:00", title, text)], "2024-10-23T12:00:00+00:00")


def _terms(v):
    return [c.reason for c in v.contributions if (c.base_rule or c.rule) in ("confirmation", "magnitude_short")]


def test_term_in_years_and_months_meets_the_bar():
    v = _toledo(TOLEDO_S)
    assert fired(v, "confirmation") and not fired(v, "magnitude_short")
    assert any("'20 years and six months' = 20.5 years" in r for r in _terms(v))
    assert decided(v) == "likely-yes"


def test_term_in_years_and_months_short_of_a_higher_bar():
    # must not fire: the whole term (20.5 years) is short of a 21-year bar
    v = _toledo(TOLEDO_S, n=21)
    assert fired(v, "magnitude_short") and not fired(v, "confirmation")


def test_term_in_years_and_months_meets_a_strict_bar_the_years_alone_miss():
    # 'more than 20 years': 20 years alone is short of it, 20 years and six months is not
    q = TOLEDO_Q.replace("at least {n}", "more than {n}")
    v = run_case(q.format(n=20), "2024-10-31T23:59:59-05:00", "",
                 [("https://example.com/toledo", "2024-10-22T00:00:00-04:00", "", TOLEDO_S)], "2024-10-23T12:00:00+00:00")
    assert fired(v, "confirmation") and not fired(v, "magnitude_short")
    toks = tokenize(TOLEDO_S)
    k = next(j for j, t in enumerate(toks) if t.lower == "six")
    assert whole(toks, k) == (k - 3, k + 2, 20 * 365.25 + 6 * 30.4375)  # met from its smaller part


def test_headline_term_in_years_alone_is_unchanged():
    v = _toledo("", title="Former Peruvian president Alejandro Toledo sentenced to 20 years in prison for the Odebrecht case")
    assert fired(v, "confirmation")
    assert not any("several units" in r for r in _terms(v))


# b52-skilling-sentence-25-years-2006-no
SKILLING_Q = "Will former Enron CEO Jeffrey Skilling be sentenced to 25 years or more in prison?"
SKILLING_C = ("This market will resolve to \"Yes\" if, by October 31, 2006, a federal judge sentences Jeffrey Skilling to a "
              "prison term of 25 years (300 months) or longer in the Enron fraud case. A shorter term resolves \"No\". "
              "Otherwise, this market will resolve to \"No\".")
SKILLING_S = ("HOUSTON, Oct. 23 -- Jeffrey K. Skilling, the brash former chief executive of Enron Corp., was ordered to "
              "serve 24 years and four months in prison Monday after an emotional court hearing in which he watched a "
              "series of former employees blame him for the fraud at the heart of the company's collapse.")


def test_whole_term_short_of_the_bar_stays_short():
    v = run_case(SKILLING_Q, "2006-10-31T23:59:59-06:00", SKILLING_C,
                 [("https://example.com/skilling", "2006-10-24T00:00:00-04:00", "", SKILLING_S)],
                 "2006-10-25T12:00:00+00:00")
    assert not fired(v, "confirmation") and decided(v) != "likely-yes"


# b46-kozlowski-minimum-term-8-years-2005-yes (its sentence, under a market asking the sentencing itself)
KOZ_Q = "Will Dennis Kozlowski be sentenced to at least {n} years in prison by September 30, 2005?"
KOZ_S = ("NEW YORK — Dennis Kozlowski, the chief executive whose extravagant spending and pay packages at Tyco "
         "International became notorious examples of corporate excess, was sentenced Monday to 8 years, 4 months to "
         "25 years in state prison for stealing from his company and deceiving shareholders.")


def _koz(n):
    return run_case(KOZ_Q.format(n=n), "2005-09-30T23:59:59-04:00", "",
                    [("https://example.com/koz", "2005-09-20T00:00:00-04:00", "", KOZ_S)], "2005-09-21T12:00:00+00:00")


def test_term_with_comma_between_units_is_one_term():
    v = _koz(8)
    assert fired(v, "confirmation")
    assert any("'8 years , 4 months' = 8.33 years" in r for r in _terms(v))


def test_term_with_comma_short_of_a_higher_bar():
    # must not fire: 8⅓ years is short of 9 (the range's top, 25 years, is not the term's minimum read first)
    assert not fired(_koz(9), "confirmation")


# b31-castillo-convicted-self-coup-yes: three units
def test_three_units_add_up():
    s = ("Peruvian justice on Thursday sentenced the left-wing former president Pedro Castillo to 11 years, 5 months "
         "and 15 days in prison for the crime of rebellion, almost three years after he tried to dissolve Congress.")
    toks = tokenize(s)
    k = next(j for j, t in enumerate(toks) if t.text == "11")
    a, b, days = whole(toks, k)
    assert " ".join(t.text for t in toks[a:b]) == "11 years , 5 months and 15 days"
    assert days == 11 * 365.25 + 5 * 30.4375 + 15
    assert whole(toks, k + 3) == (a, b, days) and whole(toks, k + 6) == (a, b, days)  # met from any of its parts


def test_parts_not_joined_or_out_of_order_are_not_one_term():
    # must not fire: a smaller unit before a larger one, a part after another phrase, a lone term
    for s in ("served six months, 20 years after the crime", "20 years in prison and six months of probation",
              "sentenced to 25 years in prison", "a year and a half"):
        toks = tokenize(s)
        assert all(whole(toks, k) is None for k in range(len(toks))), s


def test_long_run_of_term_words_is_fast():
    text = "sentenced to " + ", ".join(["20 years and six months"] * 1300) + " in prison."
    assert len(text) > 30000
    start = time.process_time()
    _toledo(text)
    assert_cpu_within(start, 5.0)
