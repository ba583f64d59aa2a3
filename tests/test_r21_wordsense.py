"""Word senses, roles and zoned clocks (twenty-first round, r21-wordsense): the census of first-sight
decisive verdicts (tools/census_r20/README.md, §6 classes H and F) found act words misread — a noun
read as the act's verb, a passive or a 'defeat to' read with its roles inverted — and acts put on
the wrong side of a deadline by a clock told in another zone. Readings:

- noun_senses.headline_noun: a headline's base form that is no verb ('Tesla launch plan …'), a word
  ending a bare noun phrase a preposition governs ('Calls grow for policy rate cut'), a word before
  'of' ('eyes cut of policy rate');
- noun_senses.schedule_object / passive_of_plan: an act verb whose object, or a participle whose
  subject, is a schedule or a plan ('released its launch schedule', '… release plan … unveiled');
- noun_senses.embedded_in_other_head: the market's object inside a phrase of another head noun
  ('held a launch rehearsal for the robotaxi service', 'the debate over the opening of the pre-orders');
- defeats._defeat_noun and the phrasal passive ('Mayweather's defeat to Pacquiao', 'swept aside by');
- zoned_clocks.told_after: 'at 10:31 p.m. PDT on Aug. 5' for a cut-off at 11:59 p.m. ET on Aug. 5.

Sentences quoted verbatim from development articles must read as before; the must-not-fire variants
are generated from the markets of development cases: the act word in its noun sense with the market's
own subject and object, the sides of a contest inverted, the clock moved across the deadline."""

from __future__ import annotations

import time

import pytest

from conftest import decided, fired, run_case

from resolver.engine import noun_senses
from resolver.engine.text import make_sentence
from resolver.engine.verb_aspect import aspect
from cpu_budget import assert_cpu_within


def _at(text: str, word: str, headline: bool = True):
    s = make_sentence(text, 0, headline=headline)
    return s, next(k for k, t in enumerate(s.tokens) if t.lower == word)


# --- noun senses in headlines -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,word", [
    ("Tesla launch plan for robotaxi service unveiled", "launch"),
    ("Calls grow for policy rate cut", "cut"),
    ("Talks on policy rate cut continue", "cut"),
    ("Calls grow for Gemini release", "release"),
    ("Boeing end plan for machinists strike unveiled", "end"),
    ("Gershkovich release schedule thrown into disarray", "release"),
    ("Norges Bank eyes cut of policy rate", "cut"),
])
def test_headline_nouns(text, word):
    s, i = _at(text, word)
    assert noun_senses.headline_noun(s, i)
    assert aspect(s, i, word) == "noun"


@pytest.mark.parametrize("text,word", [
    # verbatim development headlines whose verb must stay a verb
    ("Norges Bank cuts key rate by 25 basis points", "cuts"),
    ("Iran, Israel sign truce", "sign"),
    ("Unions end strike", "end"),
    ("Atalanta end Leverkusen's dream run", "end"),
    ("Fed cut rates", "cut"),
])
def test_headline_verbs_stay(text, word):
    s, i = _at(text, word)
    assert not noun_senses.headline_noun(s, i)


def test_schedule_and_plan_heads():
    s, i = _at("Google released its launch schedule for Gemini.", "released", headline=False)
    assert noun_senses.schedule_object(s, i, ["Gemini"]) == "schedule"
    assert noun_senses.schedule_object(s, i, ["schedule"]) is None  # the market's own object
    s, i = _at("Google released Gemini 3 on Tuesday.", "released", headline=False)
    assert noun_senses.schedule_object(s, i, ["Gemini"]) is None
    s, i = _at("Tesla launch plan for robotaxi service unveiled", "unveiled")
    assert noun_senses.passive_of_plan(s, i) == "plan"
    s, i = _at("Tesla robotaxi service unveiled in Austin", "unveiled")
    assert noun_senses.passive_of_plan(s, i) is None


def test_object_inside_another_head():
    s, i = _at("Tesla held a launch rehearsal for the robotaxi service.", "service", headline=False)
    assert noun_senses.embedded_in_other_head(s, i, 1) == "rehearsal"
    s, i = _at("The debate over the opening of the pre-orders dominated the week.", "pre-orders", headline=False)
    j = next(k for k, t in enumerate(s.tokens) if t.lower == "dominated")
    assert noun_senses.embedded_in_other_head(s, i, j) == "debate"
    s, i = _at("Nintendo held the opening of the pre-orders on Friday.", "pre-orders", headline=False)
    assert noun_senses.embedded_in_other_head(s, i, 1) is None  # the act's own noun governs it


# --- the markets: must-fire sentences and generated must-not-fire variants ----------------------------------------
TESLA = ("Will Tesla launch its robotaxi service in Austin by June 30, 2025?", "2025-06-30T23:59:59-05:00",
         "This market will resolve to \"Yes\" if Tesla launches a robotaxi service to the public in Austin, Texas by "
         "June 30, 2025. Otherwise, \"No\".")
NORGES = ("Will Norges Bank cut its policy rate at its June 2025 meeting?", "2025-06-19T23:59:59+02:00",
          "This market will resolve to \"Yes\" if Norges Bank announces a cut to its policy rate at its June 19, "
          "2025 monetary policy meeting. Otherwise, \"No\".")
GEMINI = ("Will Google release Gemini 3 by November 30, 2025?", "2025-11-30T23:59:59-08:00",
          "This market will resolve to \"Yes\" if Google publicly releases a model named Gemini 3 by November 30, "
          "2025. Otherwise, \"No\".")


def _one(market, title: str, text: str, published: str, as_of: str):
    q, dl, crit = market
    return run_case(q, dl, crit, [("https://news.example.org/a", published, title, text)], as_of)


NOUN_VARIANTS = [
    (TESLA, "Tesla launch plan for robotaxi service unveiled"),
    (TESLA, "Calls grow for robotaxi service launch"),
    (TESLA, "Tesla launch schedule for robotaxi service thrown into disarray"),
    (NORGES, "Calls grow for policy rate cut"),
    (NORGES, "Talks on policy rate cut continue"),
    (NORGES, "Norges Bank eyes cut of policy rate"),
    (GEMINI, "Google release plan for Gemini unveiled"),
    (GEMINI, "Calls grow for Gemini release"),
]
NOUN_BODIES = [
    (TESLA, "Tesla released its launch schedule for the robotaxi service."),
    (TESLA, "Tesla held a launch rehearsal for the robotaxi service."),
    (GEMINI, "Google released its release schedule for Gemini."),
]


@pytest.mark.parametrize("market,title", NOUN_VARIANTS)
def test_noun_sense_headlines_must_not_fire(market, title):
    dl = market[1]
    v = _one(market, title, "Officials spoke on Monday.", dl[:10] + "T00:00:00" + dl[19:], dl[:10] + "T12:00:00" + dl[19:])
    assert decided(v) != "likely-yes"


@pytest.mark.parametrize("market,text", NOUN_BODIES)
def test_noun_sense_bodies_must_not_fire(market, text):
    dl = market[1]
    v = _one(market, "", text, dl[:10] + "T00:00:00" + dl[19:], dl[:10] + "T12:00:00" + dl[19:])
    assert decided(v) != "likely-yes"


def test_verb_senses_still_fire():
    # the same markets with the act told done (headline shapes of the development cases)
    v = _one(NORGES, "Norges Bank cuts policy rate to 4.25%", "Officials spoke on Thursday.",
             "2025-06-19T14:00:00+02:00", "2025-06-19T20:00:00+02:00")
    assert decided(v) == "likely-yes"
    v = _one(TESLA, "Tesla launches robotaxi service in Austin", "Officials spoke on Sunday.",
             "2025-06-22T20:00:00-05:00", "2025-06-23T12:00:00-05:00")
    assert decided(v) == "likely-yes"


# --- roles: a defeat noun and a phrasal passive ----------------------------------------------------------------------
PAC = ("Will Manny Pacquiao beat Floyd Mayweather Jr. in their May 2, 2015 fight?", "2015-05-03T23:59:59-04:00",
       "This market will resolve to \"Yes\" if Manny Pacquiao is declared the winner of his May 2, 2015 fight against "
       "Floyd Mayweather Jr. Otherwise, \"No\".")
CARLSEN = ("Will Magnus Carlsen win the 2016 World Chess Championship match against Sergey Karjakin?",
           "2016-11-30T23:59:59-05:00",
           "This market will resolve to \"Yes\" if Magnus Carlsen wins the 2016 World Chess Championship match against "
           "Sergey Karjakin. Otherwise, \"No\".")


def test_defeat_to_names_the_winner():
    v = _one(PAC, "Floyd Mayweather Jr.'s defeat to Manny Pacquiao", "The result was announced.",
             "2015-05-03T10:00:00-04:00", "2015-05-03T22:00:00-04:00")
    assert decided(v) != "likely-no"
    v = _one(PAC, "Manny Pacquiao's defeat to Floyd Mayweather Jr.", "The result was announced.",
             "2015-05-03T10:00:00-04:00", "2015-05-03T22:00:00-04:00")
    assert decided(v) != "likely-yes"


def test_phrasal_passive_names_the_loser():
    v = _one(CARLSEN, "", "Magnus Carlsen was swept aside by Sergey Karjakin in the world championship match.",
             "2016-11-30T10:00:00-05:00", "2016-11-30T22:00:00-05:00")
    assert decided(v) != "likely-yes"


ROLE_TEMPLATES = ["{L} was beaten by {W} in the {C}.", "{L} lost to {W} in the {C}.", "{L} fell to {W} in the {C}.",
                  "{L} was swept aside by {W} in the {C}.", "{L} was knocked out by {W} in the {C}.",
                  "{L}'s defeat to {W} in the {C} surprised many."]


@pytest.mark.parametrize("template", ROLE_TEMPLATES)
def test_role_inversions_must_not_fire(template):
    v = _one(CARLSEN, "", template.format(L="Magnus Carlsen", W="Sergey Karjakin", C="world championship match"),
             "2016-11-30T10:00:00-05:00", "2016-11-30T22:00:00-05:00")
    assert decided(v) != "likely-yes"


# --- a clock told in a named zone ------------------------------------------------------------------------------------
CURIOSITY = ("Will NASA's Curiosity rover land on Mars by August 5, 2012, 11:59 PM ET?", "2012-08-05T23:59:59-04:00",
             "This market will resolve to \"Yes\" if NASA's Curiosity rover touches down on the surface of Mars by "
             "11:59 PM Eastern Time on August 5, 2012. Otherwise, \"No\".")
MESSENGER = ("Will NASA's MESSENGER spacecraft enter orbit around Mercury by March 17, 2011, 23:59 UTC?",
             "2011-03-17T23:59:59+00:00",
             "This market will resolve to \"Yes\" if NASA's MESSENGER spacecraft is confirmed to have entered orbit "
             "around Mercury by 23:59 UTC on March 17, 2011. Otherwise, \"No\".")


@pytest.mark.parametrize("market,text,published,after", [
    (CURIOSITY, "The rover touched down on Mars at 10:31 p.m. PDT on Aug. 5.", "2012-08-06T12:00:00+00:00", True),
    (CURIOSITY, "The rover touched down on Mars at 8:31 p.m. PDT on Aug. 5.", "2012-08-06T12:00:00+00:00", False),
    (CURIOSITY, "The rover touched down on Mars at 11:31 p.m. EDT on Aug. 5.", "2012-08-06T12:00:00+00:00", False),
    (MESSENGER, "NASA's Messenger spacecraft slipped into orbit around Mercury at 8:45 p.m. EDT Thursday.",
     "2011-03-18T12:00:00+00:00", True),
    (MESSENGER, "NASA's Messenger spacecraft slipped into orbit around Mercury at 9:45 p.m. EDT on March 17.",
     "2011-03-18T12:00:00+00:00", True),
    (MESSENGER, "NASA's Messenger spacecraft slipped into orbit around Mercury at 6:45 p.m. EDT Thursday.",
     "2011-03-18T12:00:00+00:00", False),
    (MESSENGER, "NASA's Messenger spacecraft slipped into orbit around Mercury at 22:45 UTC on March 17.",
     "2011-03-18T12:00:00+00:00", False),
])
def test_zoned_clock_across_the_deadline(market, text, published, after):
    v = _one(market, "", text, published, published)
    assert (not fired(v, "confirmation")) if after else fired(v, "confirmation")


def test_hostile_input_is_cheap():
    words = ("launch plan for the cut of the release schedule, defeat to Pacquiao, swept aside by Karjakin, "
             "held a rehearsal for the service at 10:31 p.m. PDT on Aug. 5 and ")
    text = (words * (30000 // len(words)))[:30000]
    t0 = time.process_time()
    _one(TESLA, "Tesla launch plan for robotaxi service unveiled", text, "2025-06-20T00:00:00-05:00",
         "2025-06-20T12:00:00-05:00")
    assert_cpu_within(t0, 10)
