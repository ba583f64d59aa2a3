"""Readings two branches of the twenty-sixth round each got right alone and wrong together, found by the full test run
after the merges, fixed in the shared mechanism:

- 'seal' as a verb entailing a win (e145, for 'seals the 2019 British Superbike title') read 'Tadej Pogačar sealed his
  status with a devastating solo attack to win the men's road race' as the win itself: an entailing verb can now
  need its object (frames.json 'verb_objects', entailed_owner.object_fits): a title, a crown, a victory sealed.
- entailed_owner.modifies_noun (e147, 'took control of government buildings' is no seizure of the government) read
  'slipped into orbit around Mars' as 'orbit' modifying 'around': a preposition or particle after the phrase's noun
  opens what follows."""

from __future__ import annotations

import pytest

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
