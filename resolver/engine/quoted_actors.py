"""A title in quotes is one name: "Will 'Justice League' gross …", "Will 'Ocean's 8' be …", "Will 'The
Life of a Showgirl' earn …". Read word by word, such a title falls apart into pieces that name other
things ('League', 'Ocean', 'Showgirl') or loses a word to the title list or the possessive; the
actors of the question then take the whole title (without a leading article) in place of the pieces
it holds. Kept as they are: a title with a subtitle or a list in it ('Top Gun: Maverick', 'Girl,
Woman, Other'; reports name it by a part), a quoted nickname inside a name ('I. Lewis "Scooter"
Libby', 'Toys "R" Us'), a quoted phrase of lowercase words ('the 'Modi surname' case'), and a piece
the question also names outside the title ('New York's "New York on PAUSE" order')."""

from __future__ import annotations

import re

# a quoted span opening with a capital or a digit; inside single quotes a possessive ('Ocean's 8') is no
# closing quote
_QUOTED = re.compile(r"(?:^|(?<=\s))(?:'(?P<a>[A-Z0-9](?:[^'\"‘’“”]|['’]s(?=\s)){0,80}?)'"
                     r"|\"(?P<b>[A-Z0-9][^\"“”]{0,80}?)\"|‘(?P<c>[A-Z0-9](?:[^'\"‘’“”]|’s(?=\s)){0,80}?)’"
                     r"|“(?P<d>[A-Z0-9][^\"“”]{0,80}?)”)(?=[\s?.,;)]|['’]s\b|$)")
# small words a title keeps in lowercase ('The Life of a Showgirl', 'Rise Like a Phoenix')
_SMALL = frozenset({"a", "an", "the", "of", "and", "&", "in", "on", "at", "to", "for", "with", "by", "from", "or"})
_ARTICLES = ("The ", "A ", "An ")


def _title_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word in _SMALL


def _nickname(question: str, m: re.Match) -> bool:
    """A quoted piece between two words of a name: 'Joaquín 'El Chapo' Guzmán'."""
    before = question[:m.start()].split()
    after = question[m.end():].lstrip("'\"’”").split()
    return bool(before and after and before[-1][:1].isupper() and before[-1] != "Will" and after[0][:1].isupper())


def whole_titles(question: str, actors: list[str]) -> list[str]:
    """The actors with each quoted title that falls apart into pieces named as one actor, whole."""
    out = list(actors)
    for m in _QUOTED.finditer(question):
        title = next(g for g in m.groups() if g is not None).strip()
        words = title.split()
        if len(words) < 2 or any(c in title for c in ":,;()") or not all(_title_word(w) for w in words) \
                or _nickname(question, m):
            continue
        name = title
        for article in _ARTICLES:
            name = name.removeprefix(article)
        if name in out or title in out:
            continue  # already one actor ('The Wild Robot', 'The Interview' keeps its article)
        outside = question[:m.start()] + " " + question[m.end():]
        pieces = [a for a in out if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", title)
                  and not re.search(rf"(?<!\w){re.escape(a)}(?!\w)", outside)]
        if not pieces:
            continue
        at = out.index(pieces[0])
        out = [a for a in out[:at] if a not in pieces] + [name] + [a for a in out[at:] if a not in pieces]
    return out
