"""What a verb of showing reports: for a market whose act is a verb of showing with a content
('Will the Cabinet Office's revised estimate show Japan's GDP contracting quarter on quarter …?'),
a report of the showing ('… expanded by 1% in the third quarter, the figures showed') is done only
with the market's content. When the sentence names no word of the content's family ('contracting':
contract, shrink, decline, fall, recession …), it tells that something was shown, not what the
market asks: no confirmation, and its other family ('expanded') is the other content.

The verbs and the content families are data (`resolver/data/shown_content.json`). Read only when the
market's object carries a gerund of a known family; otherwise nothing is said."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence, lemmas_of

_DATA = load_json("shown_content.json")
SHOWING = frozenset(_DATA["showing_verbs"])
_FAMILIES = tuple(frozenset(f) for f in _DATA["content_families"])


def _family(word: str) -> int | None:
    """The index of the content family of a word (by its lemmas), else None."""
    lemmas = lemmas_of(word)
    return next((k for k, fam in enumerate(_FAMILIES) if lemmas & fam), None)


def asked_content(act: str, obj: str | None) -> tuple[str, int] | None:
    """For a market on a verb of showing, the gerund of its object that names the content shown
    ('contracting' in "Japan's GDP contracting quarter") and its family, else None."""
    if act not in SHOWING or not obj:
        return None
    for word in obj.split():
        w = word.lower().strip(".,;:'’\"")
        if w.endswith("ing") and len(w) > 5:
            k = _family(w)
            if k is not None:
                return w, k
    return None


def untold(act: str, obj: str | None, sent: Sentence, i: int) -> str | None:
    """The showing at token i is reported without the market's content: why, else None. A sentence
    naming a word of the content's family is left to the other gates."""
    asked = asked_content(act, obj)
    if asked is None:
        return None
    word, fam = asked
    said = [t for t in sent.tokens if lemmas_of(t.lower) & _FAMILIES[fam]]
    if said:
        return None
    other = next((t.text for t in sent.tokens if (k := _family(t.lower)) is not None and k != fam), None)
    shown = f"; it tells '{other}', the other content" if other else ""
    return (f"'{sent.tokens[i].text}' reports a showing without its content: the market asks it to show "
            f"'{word}'{shown}")
