"""The accent-blind names pattern searched in its plain form where the text has no accented letter
(name_guard.AccentBlind): the same matches as the accent-blind pattern on any text."""

import re

from resolver.engine.name_guard import AccentBlind, compiled_names
from resolver.engine.transliteration import accent_blind

TEXTS = [
    "Herta Mueller wins the Nobel Prize in Literature",
    "Herta Müller, the Romanian-born German writer, won the prize",
    "Gabriel Garcia Marquez and Gabriel García Márquez are the same man",
    "HERTA MULLER was named the winner on Thursday",
    "Nobody named here — not even “Muller” — won",
    "No name at all in this sentence.",
]


def test_same_matches_as_the_accent_blind_pattern():
    alt = "|".join(accent_blind(n) + r"(?![\w-])" for n in ("herta müller", "müller", "garcía márquez", "marquez"))
    pattern = rf"(?<![\w-])(?:{alt})"
    fast, blind = compiled_names(pattern), re.compile(pattern, re.I)
    assert isinstance(fast, AccentBlind)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in blind.finditer(text)], text
        assert (fast.search(text) or None) and fast.search(text).group(0) == blind.search(text).group(0) \
            or fast.search(text) is blind.search(text) is None
        assert fast.sub("X", text) == blind.sub("X", text)
    assert fast.search("Herta Muller") and fast.search("Herta Müller") and fast.search("García Marquez")
    assert fast.pattern == pattern and fast.flags == blind.flags


def test_a_pattern_with_no_accent_class_is_a_plain_pattern():
    assert isinstance(compiled_names(r"(?<![\w-])(?:boeing)"), re.Pattern)
