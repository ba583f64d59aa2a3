"""Readings two branches of the twenty-sixth round each got right alone and wrong together, found by the full test run
after the merges, fixed in the shared mechanism:

- 'seal' as a verb entailing a win (e145, for 'seals the 2019 British Superbike title') read 'Tadej Pogačar sealed his
  status with a devastating solo attack to win the men's road race' as the win itself: an entailing verb can now
  need its object (frames.json 'verb_objects', entailed_owner.object_fits): a title, a crown, a victory sealed.
- entailed_owner.modifies_noun (e147, 'took control of government buildings' is no seizure of the government) read
  'slipped into orbit around Mars' as 'orbit' modifying 'around': a preposition or particle after the phrase's noun
  opens what follows.
- excluded_figures (e142: 'The expanded definition does not count' names the expanded rate; 'definition', 'measure'
  became words of no kind) dropped 'Twelve-month average measures do not count' altogether, a four-word exclusion
  now of three kind words, and the twelve-month average's 10.7% was read as the May rate missing 15%: a long
  exclusion is a run of kind words counted without its generic ones."""

from __future__ import annotations

import pytest

from conftest import case_runner, fired_no
from resolver.engine.entailed_owner import modifies_noun, object_fits
from resolver.engine.text import make_sentence

TITLE = frozenset({"title", "crown", "championship", "victory", "win", "trophy", "cup"})


def _at(text: str, word: str):
    s = make_sentence(text, 0)
    return s, next(k for k, t in enumerate(s.tokens) if t.lower == word)


@pytest.mark.parametrize("text", [
    "Scott Redding seals 2019 Bennetts British Superbike title at Brands Hatch",
    "Verstappen sealed the drivers' crown in Japan.",
    "Real Madrid sealed victory with a late goal.",
    "The Lions sealed a third straight AFL premiership trophy on Saturday.",
])
def test_a_title_sealed(text):
    s, i = _at(text, next(w for w in ("seals", "sealed") if w in text))
    assert object_fits(s, i, TITLE)


@pytest.mark.parametrize("text", [
    "Tadej Pogačar sealed his status with a devastating solo attack to win the men's road race.",
    "Redding sealed a place in the final round of the Showdown.",
    "The government sealed the border with Belarus on Sunday.",
    "Police sealed off the stadium after the title match.",
])
def test_something_else_sealed(text):
    s, i = _at(text, "sealed")
    assert not object_fits(s, i, TITLE)


def test_no_object_needed_without_a_list():
    s, i = _at("Police sealed off the stadium.", "sealed")
    assert object_fits(s, i, frozenset())


@pytest.mark.parametrize("text,end_word", [
    ("Mars Odyssey slipped into orbit around Mars on Tuesday night.", "orbit"),
    ("The probe went into orbit above the Red Planet.", "orbit"),
    ("The army took control of the government amid protests.", "government"),
])
def test_a_preposition_after_the_phrase_opens_what_follows(text, end_word):
    s, k = _at(text, end_word)
    assert not modifies_noun(s, k + 1)


@pytest.mark.parametrize("text,end_word", [
    ("The rebels took control of government buildings in the capital.", "government"),
    ("The army took control of state television headquarters.", "television"),
])
def test_a_noun_modifying_the_next_word_still_tells_another_thing(text, end_word):
    s, k = _at(text, end_word)
    assert modifies_noun(s, k + 1)


NIGERIA = "b147-nigeria-may2016-inflation-above-15pct-yes"


@pytest.mark.parametrize("figure", ["10.7%", "12.1%", "9.8%"])
@pytest.mark.parametrize("frame", [
    "The percentage change in the average composite CPI for the twelve month period ending in May 2016 over the average "
    "of the CPI for the previous twelve-month period was {f}, higher from 10.2% recorded in April.",
    "The twelve-month average rate of inflation for the period ending May 2016 stood at {f}, the bureau said.",
])
def test_an_excluded_long_kind_is_still_excluded(frame, figure):
    v = case_runner(NIGERIA, "https://unicpress.com/x", "2016-06-15T00:00:00+01:00")(frame.format(f=figure))
    assert not fired_no(v, "threshold_crossed", "threshold_missed") and v.verdict != "likely-no"
