"""Names (twenty-first round, r21-names): the census of first-sight verdicts (tools/census_r20/README.md, §6
classes G and C) found rival outcomes read from the candidate's own name written another way (class G) and acts
or figures of another entity read as the market's (class C). Two readings, each general:

- named_rivals.py (read by rules/rival_outcome._rivals): a winner's name that is the candidate's own in another
  spelling (accents, umlauts written out, a transliterated ending, initials with or without stops, a given name
  of the same family, the surname's first part, a surname a letter or two apart under the same given names), a
  dateline's words, or 'He'/'She' taken up from the sentence before, is no rival;
- other_countries.py (read by evaluate._article_contributions): a reading of the market's act, state or figure
  in a sentence that names another country by name, tied to the act ('Portugal has banned …', 'death toll in
  Portugal', "Portugal's prime minister resigns"), and none of the market's countries nor its actors, is that
  country's report: set aside as a note with no weight.

Sentences verbatim from development articles (the case named in a comment); the must-not-fire variants are the
same sentences with the market's country swapped for another (a fixed list), or the rival's name swapped for the
candidate's own name written another way (generated from the candidate by the rules a wire would spell it by).
tools/name_variants.py runs the same edits over every reading of the development corpus (counts in
/work/out/names.md and the commit message)."""

from __future__ import annotations

import re
import time

import pytest

from conftest import fired, run_case

from resolver.engine import named_rivals, other_countries
from cpu_budget import assert_cpu_within

ACT_RULES = ("confirmation", "ruled_out", "state_ended", "threshold_crossed", "threshold_missed")
OTHERS = ("Portugal", "Kenya", "Peru", "Norway")


def _one(question: str, deadline: str, as_of: str, published: str, title: str, text: str = ""):
    return run_case(question, deadline, "", [("https://example.com/a", published, title, text)], as_of)


# --- another country's act ---------------------------------------------------------------------------------------
# (question, deadline, as_of, published, headline, the country as the headline writes it, rule)
COUNTRY = [
    # b112-india-wheat-export-ban-by-may31-2022-yes
    ("Will India ban wheat exports by May 31, 2022?", "2022-05-31T23:59:59+05:30", "2022-05-15T12:00:00+05:30",
     "2022-05-14T00:00:00+05:30", "India Bans Wheat Exports With Immediate Effect", "India", "confirmation"),
    # b05-turkey-quake-toll-40000-by-feb28-yes
    ("Will Turkey's official death toll from the February 6, 2023 earthquakes exceed 40,000 by February 28, 2023?",
     "2023-02-28T23:59:59+03:00", "2023-02-23T12:00:00+00:00", "2023-02-20T00:00:00-05:00",
     "Earthquake death toll in Turkey rises to 43,556, says minister", "Turkey", "threshold_crossed"),
    # b109-iceland-rate-18pct-by-oct31-2008-yes
    ("Will Iceland's central bank raise its key policy interest rate to 18% or higher by October 31, 2008?",
     "2008-10-31T23:59:59+00:00", "2008-10-29T00:00:00+00:00", "2008-10-28T12:14:00+00:00",
     "Iceland's central bank has raised its key interest rate to 18% from 12% as it battles against financial "
     "collapse.", "Iceland", "threshold_crossed"),
    # b57-iceland-pm-gunnlaugsson-apr2016-no
    ("Will Sigmundur David Gunnlaugsson remain Prime Minister of Iceland through April 30, 2016?",
     "2016-04-30T23:59:59+00:00", "2016-04-06T12:00:00+00:00", "2016-04-05T00:00:00-04:00",
     "Iceland prime minister quits after release of Panama Papers", "Iceland", "state_ended"),
    # b99-iceland-takes-control-kaupthing-by-oct31-2008-yes
    ("Will Iceland's government or financial regulator take control of Kaupthing Bank by October 31, 2008?",
     "2008-10-31T23:59:59+00:00", "2008-10-10T00:00:00+00:00", "2008-10-09T00:00:00+03:00",
     "Iceland took control on Thursday of its biggest bank, Kaupthing, to try to shore up a teetering banking "
     "system.", "Iceland", "confirmation"),
    # b88-argentina-2019-inflation-54pct-no
    ("Will Argentina's official consumer price inflation for 2019 be 54% or higher?", "2020-01-31T23:59:59-03:00",
     "2020-01-17T00:00:00+00:00", "2020-01-16T00:00:00+06:00",
     "Argentina inflation ends 2019 at 54 percent, highest since 1991", "Argentina", "threshold_crossed"),
    # b43-taiwan-cbc-hike-mar2023-yes
    ("Will Taiwan's central bank raise its benchmark discount rate at its March 2023 quarterly meeting?",
     "2023-03-23T23:59:59+08:00", "2023-03-23T12:00:00+00:00", "2023-03-23T00:00:00+08:00",
     "Taiwan c.bank unexpectedly raises benchmark interest rate", "Taiwan", "confirmation"),
]


@pytest.mark.parametrize("q,dl,as_of,pub,title,country,rule", COUNTRY)
def test_the_markets_country_fires(q, dl, as_of, pub, title, country, rule):
    v = _one(q, dl, as_of, pub, title)
    assert fired(v, rule)


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("q,dl,as_of,pub,title,country,rule", COUNTRY)
def test_another_country_does_not_fire(q, dl, as_of, pub, title, country, rule, other):
    v = _one(q, dl, as_of, pub, title.replace(country, other))
    assert not fired(v, *ACT_RULES)


def test_the_country_as_a_destination_or_in_a_dateline_is_no_other_countrys_act():
    q, dl, as_of, pub = COUNTRY[0][:4]
    assert fired(_one(q, dl, as_of, pub, "India Bans Wheat Exports to Bangladesh With Immediate Effect"), "confirmation")
    t = "NEW DELHI, May 14 (Reuters) - The government has banned wheat exports with immediate effect"
    assert fired(_one(q, dl, as_of, pub, "Wheat export ban", t), "confirmation")
    t = "SEOUL, South Korea (AP) — The government has banned wheat exports with immediate effect"
    assert other_countries.other_country is not None  # the dateline's country is where the story was filed
    assert not any(c.rule == other_countries.NAME for c in _one(q, dl, as_of, pub, "Wheat export ban", t).contributions)


def test_country_mentions():
    m = other_countries.mentions
    assert [c for *_, c, _ in [(0, 0, x[2], x[3]) for x in m("Earthquake death toll in Portugal rises")]] == ["portugal"]
    assert m("support for Latin America's longest-serving president") == []  # a region, not the United States
    assert m("Air France cancels flights") == [] and m("New Mexico governor") == []
    assert m("Michael Jordan won in Atlanta, Georgia") == []  # a person's and a state's name
    assert m("let us go") == [] and [x[2] for x in m("US inflation")] == ["united states"]
    assert [x[3] for x in m("Chinese officials in Beijing")] == [False, False]  # demonym and capital: not by name


def test_a_ranked_market_keeps_other_countries():
    # b49-greece-lowest-eu-inflation-dec2014-yes: the question ranks countries, every country's figure is its business
    assert other_countries._RANKED.search(
        "Will Greece record the lowest annual inflation rate of any EU member state for December 2014?")


# --- the candidate's own name is no rival ---------------------------------------------------------------------
RIVAL = [
    # b64-herta-muller-nobel-literature-2009-yes: 'Herta Mueller' for 'Herta Müller'
    ("Will Herta Müller win the 2009 Nobel Prize in Literature?", "2009-10-31T23:59:59+00:00",
     "2009-10-09T00:00:00+00:00", "2009-10-08T00:00:00+00:00", "German author Herta Mueller wins Nobel literary prize"),
    # b58-coetzee-nobel-literature-2003-yes: 'JM Coetzee' for 'J.M. Coetzee'
    ("Will J.M. Coetzee win the 2003 Nobel Prize in Literature?", "2003-10-31T23:59:59+00:00",
     "2003-10-03T00:00:00+00:00", "2003-10-03T00:00:00+00:00",
     "The South African writer JM Coetzee won the Nobel prize for literature yesterday for dark meditations on "
     "post-apartheid South Africa which have been acclaimed for reflecting the human condition."),
    # b04-ireland-humphreys-wins-no (the rival's name swapped for the candidate's, as a wire spells it)
    ("Will Heather Humphreys win the 2025 Irish presidential election?", "2025-10-31T23:59:59+00:00",
     "2025-10-26T00:00:00+00:00", "2025-10-25T00:00:00+00:00", "Catherine Connolly wins presidential election in Ireland"),
]


def _spellings(candidate: str) -> list[str]:
    """The candidate's name as wires write it (the generator of tools/name_variants.py, in small)."""
    words = candidate.split()
    out = {candidate.replace("ü", "ue"), candidate.replace("ü", "u"), words[-1]}
    lead = words[:-1]
    if all(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in lead):
        letters = "".join(c for w in lead for c in w if c.isalpha())
        out |= {f"{letters} {words[-1]}", " ".join(f"{c}." for c in letters) + f" {words[-1]}"}
    if words[-1].endswith("s") and len(words[-1]) > 6:
        out.add(" ".join(lead + [words[-1][:-3] + "ys"]))  # 'Humphrys'
    return sorted(out - {candidate})


@pytest.mark.parametrize("q,dl,as_of,pub,text", RIVAL)
def test_the_candidates_other_spellings_are_no_rival(q, dl, as_of, pub, text):
    cand = re.match(r"Will (.+?) win", q).group(1)
    rival = re.match(r"(?:The South African writer |German author )?((?:[A-Z][\w.]*\s?)+?)\s(?:wins|won)", text).group(1)
    for spelling in _spellings(cand):
        v = _one(q, dl, as_of, pub, text.replace(rival, spelling))
        assert not fired(v, "rival_outcome"), spelling


def test_a_real_rival_still_fires():
    q, dl, as_of, pub, text = RIVAL[2]
    assert fired(_one(q, dl, as_of, pub, text), "rival_outcome")
    assert fired(_one(q, dl, as_of, pub, text.replace("Catherine Connolly", "Heather Jones")), "rival_outcome")


def test_he_takes_up_the_name_before():
    q, dl, as_of, pub, _ = RIVAL[2]
    body = "Heather Humphreys thanked her supporters in Dublin. He won the presidential election with 63 percent."
    assert not fired(_one(q, dl, as_of, pub, "Count ends", body), "rival_outcome")
    body = "Catherine Connolly thanked her supporters in Dublin. She won the presidential election with 63 percent."
    assert fired(_one(q, dl, as_of, pub, "Count ends", body), "rival_outcome")


def test_a_speakers_pronoun_is_no_rival():
    q, dl, as_of, pub, text = RIVAL[2]
    for who in ("We", "They"):
        assert not fired(_one(q, dl, as_of, pub, text.replace("Catherine Connolly wins", f"{who} win")), "rival_outcome")
    v = _one(q, dl, as_of, pub, "We have won the Irish presidential election, says Heather Humphreys")
    assert not fired(v, "rival_outcome")


def test_a_dateline_is_no_rival():
    q, dl, as_of, pub, _ = RIVAL[2]
    v = _one(q, dl, as_of, pub, "Count ends", "DAKAR (Reuters) - Heather Humphreys won the presidential election.")
    assert not fired(v, "rival_outcome")


def test_candidate_spelling():
    c = named_rivals.candidate_spelling
    assert c("J.M. Coetzee", "JM Coetzee") and c("J.M. Coetzee", "J. M. Coetzee") and c("J.M. Coetzee", "John Maxwell Coetzee")
    assert c("Herta Müller", "Herta Mueller") and c("Volodymyr Zelensky", "Zelenskiy") and c("Volodymyr Zelensky",
                                                                                               "Vladimir Zelenskyy")
    assert c("Andrés Manuel López Obrador", "Lopez Obrador") and c("Heather Humphreys", "Heather Humphrys")
    assert not c("J.M. Coetzee", "Peter Coetzee") and not c("Ralf Schumacher", "Michael Schumacher")
    assert not c("Donald Trump", "Eric Trump") and not c("Kamala Harris", "Harrison") and not c("Heather Humphreys",
                                                                                                "Heather Jones")


def test_hostile_input_stays_cheap():
    q, dl, as_of, pub = COUNTRY[0][:4]
    words = " ".join(["Portugal Kenya Peru India Latin America's ban wheat exports in Norway, He won"] * 500)[:30_000]
    start = time.process_time()
    _one(q, dl, as_of, pub, "Portugal bans wheat exports", words)
    assert_cpu_within(start, 60)  # CPU seconds; a few on an idle machine
