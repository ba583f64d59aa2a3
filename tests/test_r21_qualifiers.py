"""The market's qualifiers (twenty-first round, r21-qualifiers; census r20 class L and the qualifier part of M).

A figure told with a bound or a rounding word is a range, read against the market's bar as one
(resolver/engine/told_ranges.py over figure_bounds and figure_words): 'sentenced to nearly 25 years' misses
'at least 25 years', 'up to 27 years', 'as many as 452 MEPs', 'about 287 votes' leave the bar open. Read by the
least-count reader (rules/least_count.py), the result counts and vote splits of the confirmation rule, vote
tallies (rules/vote_tally.py), medal tallies, sides' shares (side_shares.py: 'up to', 'as many as') and the
level readings of threshold_crossed. A market on all of a set: a word for all ('both', 'remaining', 'last')
says all only of the noun it stands before (parts.partial_mention), so 'a pause on some U.S. shipments …
(both ambulatory and non-ambulatory)' is a part.

Sentences verbatim from development articles (the case named); the must-not-fire variants are the same
sentences with the deciding figure told with a bound word at or across the market's bar, generated for every
sentence and every bound word (tools/variants_r21/qualifiers.py does the same over the whole development set)."""

from __future__ import annotations

import time

import pytest

from conftest import decided, realnews_case as _case, run_case

from resolver.engine import told_ranges
from cpu_budget import assert_cpu_within

def _verdict(case_id: str, text: str, title: bool = False) -> str:
    c = _case(case_id)
    m, ev = c["market"], c["evidence"][0]
    as_of = min(c["as_of"], m["deadline"]) if c["as_of"][:10] > m["deadline"][:10] else c["as_of"]
    v = run_case(m["question"], m["deadline"], m.get("criteria", ""),
                 [(ev["url"], ev["published"], text if title else "", "" if title else text)], as_of)
    return decided(v)


# (case, verbatim deciding sentence, the figure as written, the bar, the verdict)
SENTENCES = [
    ("b03-bolsonaro-sentence-25-years-yes",
     "Guwahati: A panel of Brazilian Supreme Court justices on Thursday (September 11, 2025) sentenced former president Jair "
     "Bolsonaro to 27 years and three months in prison after convicting him of attempting a coup to remain in power "
     "despite losing the 2022 election.", "27 years and three months", 25, "likely-yes"),
    ("b29-tory-lanez-13-years-or-more-no",
     "Today (Aug. 8), Tory Lanez was sentenced to 10 years in prison for the 2020 shooting of Megan Thee Stallion.",
     "10 years", 13, "likely-no"),
    ("b64-fujimori-sentence-25-years-apr2009-yes",
     "RIO DE JANEIRO - Former Peruvian president Alberto Fujimori was convicted yesterday of human rights violations "
     "and sentenced to 25 years in prison for his role in killings and kidnappings by security forces during his "
     "government's battle against leftist guerrillas in the 1990s.",
     "25 years", 25, "likely-yes"),
    ("b77-tymoshenko-7-years-2011-yes",
     "Ex-Prime Minister of Ukraine Yulia Tymoshenko was sentenced to seven years in prison by the Pechersky District "
     "Court of Kiev on Tuesday.", "seven years", 7, "likely-yes"),
    ("b03-merz-320-votes-any-round-multi-yes",
     "A total of 325 members of Germany's Bundestag, the country's lower house of parliament, voted for Merz, "
     "surpassing the 316 seats needed.", "325 members", 320, "likely-yes"),
    ("b76-juncker-450-votes-2014-no",
     "A total of 422 MEPs voted in favour of Juncker, 250 voted against, there were 47 abstentions and 10 invalid "
     "ballots.", "422 MEPs", 450, "likely-no"),
    ("b59-borne-first-censure-motion-287-votes-no",
     "The 577-seat National Assembly lower house rejected the motion by just nine votes, with 278 votes in favour of "
     "ousting the government, speaker Yael Braun-Pivet announced", "278 votes", 287, "likely-no"),
    ("b56-canada-liberals-170-seats-2015-multi-yes",
     "Justin Trudeau's Liberals won a decisive majority government, capturing 184 seats.", "184 seats", 170,
     "likely-yes"),
    ("b71-conservatives-170-seats-canada-2011-no",
     "The Conservative Party won 167 seats in Canada's House of Commons.", "167 seats", 170, "likely-no"),
]


@pytest.mark.parametrize("case_id,text,figure,bar,expected", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_verbatim_reads_its_way(case_id, text, figure, bar, expected):
    assert _verdict(case_id, text) == expected


def _number(bar: float) -> str:
    return f"{bar:g}"


def _variants(text: str, figure: str, bar: float):
    """The deciding figure told with a bound word at or across the bar, with the verdicts its range allows
    against an 'at least' bar: 'nearly 25' is short (no only), 'up to 27', 'as many as 27', 'about 25',
    'roughly 25' straddle it (neither)."""
    unit = figure.split()[1] if " " in figure else ""
    if unit in ("years", "year") or figure.endswith("months"):
        unit = "years"
    past = bar + 2
    at = text.index(figure)
    pre, post = text[:at], text[at + len(figure):]
    out = []
    for word, value, allowed in (("nearly", bar, {"likely-no"}), ("almost", bar, {"likely-no"}),
                                 ("just under", bar, {"likely-no"}), ("up to", past, set()),
                                 ("as many as", past, set()), ("about", bar, set()), ("roughly", bar, set())):
        out.append((f"{pre}{word} {_number(value)} {unit}{post}", allowed | {"undetermined"}))
    return out


VARIANTS = [(c, v, ok) for c, t, fig, bar, _ in SENTENCES for v, ok in _variants(t, fig, bar)]


@pytest.mark.parametrize("case_id,text,allowed", VARIANTS, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(VARIANTS)])
def test_bound_variants_do_not_fire_wrongly(case_id, text, allowed):
    assert _verdict(case_id, text) in allowed, text


# the wordsense round's qualifier variants (b03 Bolsonaro, 'at least 25 years'): a term told as a bound
BOLSONARO = ("A panel of Brazilian Supreme Court justices on Thursday (September 11, 2025) sentenced former president "
             "Jair Bolsonaro to {} in prison.")


@pytest.mark.parametrize("term,allowed", [
    ("nearly 25 years", {"likely-no", "undetermined"}),
    ("up to 27 years", {"undetermined"}),
    ("about 25 years", {"undetermined"}),
    ("as many as 27 years and three months", {"undetermined"}),
    ("more than 25 years", {"likely-yes", "undetermined"}),
    ("nearly 30 years", {"likely-yes", "undetermined"}),
])
def test_term_told_as_a_bound(term, allowed):
    assert _verdict("b03-bolsonaro-sentence-25-years-yes", BOLSONARO.format(term)) in allowed


# --- a market on all of a set: a word for all far from the noun -------------------------------------------------
# b14-elevidys-us-shipments-paused-by-jul31-2025-multi-yes
ELEVIDYS = ("Yesterday, Sarepta Therapeutics announced a temporary, voluntary pause on all U.S. shipments of ELEVIDYS "
            "for the Duchenne population (both ambulatory and non-ambulatory), effective at the close of business today.")


def test_all_of_the_set_verbatim():
    assert _verdict("b14-elevidys-us-shipments-paused-by-jul31-2025-multi-yes", ELEVIDYS) == "likely-yes"


@pytest.mark.parametrize("part", ["some", "most", "two of the"])
def test_part_of_the_set_with_both_elsewhere(part):
    text = ELEVIDYS.replace("on all U.S.", f"on {part} U.S.")
    assert _verdict("b14-elevidys-us-shipments-paused-by-jul31-2025-multi-yes", text) != "likely-yes"


# --- the range reading itself -----------------------------------------------------------------------------------
@pytest.mark.parametrize("before,value,written,bar,inclusive,meets", [
    ("sentenced to nearly ", 25, "25", 25, True, False),
    ("sentenced to up to ", 27, "27", 25, True, None),
    ("sentenced to about ", 25, "25", 25, True, None),
    ("sentenced to nearly ", 30, "30", 25, True, True),
    ("rose to as many as ", 102, "102", 100, True, None),
    ("a wage of at least R", 12500, "12,500", 12500, True, True),
    ("more than $", 5, "5", 5, False, True),
    ("at least ", 6, "6", 6, False, None),
])
def test_against_bar(before, value, written, bar, inclusive, meets):
    told = told_ranges.against_bar(before, value, written, bar, "above", inclusive)
    assert told is not None and told.meets is meets


def test_bare_figure_is_no_range():
    assert told_ranges.against_bar("was sentenced to ", 25, "25", 25, "above", True) is None
    assert told_ranges.against_bar("the first ", 25, "25", 25, "above", True) is None


def test_hostile_input_is_cheap():
    words = ("Jair Bolsonaro was sentenced to nearly 25 years in prison. Bolsonaro got up to 27 years and as many as 30 "
             "years. The court sentenced Bolsonaro to about 25 years, more than 6 years. ")
    text = (words * (30_000 // len(words) + 1))[:30_000]
    start = time.process_time()
    _verdict("b03-bolsonaro-sentence-25-years-yes", text)
    took = assert_cpu_within(start, 10.0)
    print(f"30 KB of bound words: {took:.2f} s CPU")


@pytest.mark.parametrize("before", [
    "Additionally, the unemployment rate went up to ",  # b05-us-unemployment-jul2024-4.2-or-higher-yes
    "Containment of the Bootleg Fire in remote southern Oregon was up to ",  # b47-bootleg-fire-containment-80pct
    "The quake brought the death toll up to ",
])
def test_up_to_after_a_verb_is_the_level_reached(before):
    assert told_ranges.against_bar(before, 84, "84", 80, "above", True) is None


@pytest.mark.parametrize("before", ["He faces up to ", "Bolsonaro was sentenced to up to ", "The court could impose up to "])
def test_up_to_as_a_bound(before):
    told = told_ranges.against_bar(before, 27, "27", 25, "above", True)
    assert told is not None and told.meets is None


def test_peak_told_with_up_to():
    # b41-doksuri-landfall-50ms-multi-yes (verbatim): the winds' peak, not a bound
    text = ("FUZHOU, July 28 (Xinhua) -- Typhoon Doksuri, the fifth typhoon of this year, made landfall in east China's "
            "Fujian Province on Friday morning, bringing with it powerful winds and heavy rain.\n\n"
            "The typhoon landed in coastal areas of Jinjiang City at around 9:55 a.m., bringing gales of up to 50 meters "
            "per second near its center, according to the Fujian provincial meteorological bureau.")
    assert _verdict("b41-doksuri-landfall-50ms-multi-yes", text) == "likely-yes"
    assert _verdict("b41-doksuri-landfall-50ms-multi-yes", text.replace("gales of up to 50", "gales of nearly 50")) \
        != "likely-yes"
