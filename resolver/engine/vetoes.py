"""A partial veto. Governors with a line-item veto sign a bill and strike parts of it in one act
('Governor Gregoire vetoed sections 9, 10, 11 and 13 of the bill'): the veto's own object is a part
of the bill (sections, provisions, items, lines, clauses, portions), or the veto is told partial
('a partial veto', 'line-item vetoes', 'vetoed in part'). Such a veto is no veto of the bill: the bill
was signed, less those parts, and the opposite-outcome rule does not read it as the bill turned down.
Pure, read from the words after the veto verb up to its 'of'."""

from __future__ import annotations

from .text import Sentence

_PARTS = frozenset({"section", "sections", "provision", "provisions", "item", "items", "line", "lines", "clause",
                    "clauses", "portion", "portions", "part", "parts", "paragraph", "paragraphs", "subsection",
                    "subsections", "article", "articles", "language", "appropriation", "appropriations", "amendment",
                    "amendments", "measure's", "bill's"})
_PARTIAL = frozenset({"partial", "partially", "line-item", "selective", "selectively"})
_MAX_OBJECT = 12  # words of the veto's object read for a part noun, up to its 'of'


def partial(sent: Sentence, i: int) -> str | None:
    """Why the veto at token i struck only parts of the bill ('vetoed sections 9, 10 … of the bill'), else None."""
    toks = sent.tokens
    if "veto" not in toks[i].lemmas:
        return None
    before = {t.lower for t in toks[max(0, i - 3):i]}
    if before & _PARTIAL:
        return f"'{' '.join(t.text for t in toks[max(0, i - 3):i + 1])}': a veto of parts, the bill signed"
    for k in range(i + 1, min(len(toks), i + 1 + _MAX_OBJECT)):
        w = toks[k].lower
        if w in _PARTIAL or (w == "in" and k + 1 < len(toks) and toks[k + 1].lower == "part"):
            return f"'{toks[i].text} … {toks[k].text}': a veto of parts, the bill signed"
        if w in _PARTS and w not in ("measure's", "bill's") or (w in ("measure's", "bill's") and k + 1 < len(toks)
                                                                  and toks[k + 1].lower in _PARTS):
            return f"'{toks[i].text} {' '.join(t.text for t in toks[i + 1:k + 1])}': a veto of parts of the bill, the bill signed"
        if w in ("of", ".", ";", "and", "but", "because", "after"):
            break
    return None
