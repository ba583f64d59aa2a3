"""Other spellings of the market's words a report may use: the British or American spelling
('recognise' for 'recognize'), a verb made with 're' written with a hyphen ('re-sentenced'), and
initials spelled out ('Official Cash Rate', or in plain words after a determiner 'the official cash
rate', for the object 'OCR'), for analysis.py."""

from __future__ import annotations

import re

from .quantities import acronym as quantities_acronym
from .text import Sentence, all_lemmas, inflections_of

_IZE = re.compile(r"(?<=[a-z]{2})i([zs])(e|ation|ing|ed)$")


def spellings(words: frozenset[str]) -> frozenset[str]:
    """The words with their British or American spelling too ('recognize' and 'recognise',
    'authorization' and 'authorisation'): a report in the other spelling tells the same act."""
    other = {_IZE.sub(lambda m: "i" + ("s" if m.group(1) == "z" else "z") + m.group(2), w) for w in words}
    return words | frozenset(other) | _hyphenated_re(words)


def _hyphenated_re(words: frozenset[str]) -> frozenset[str]:
    """'re-sentenced' for 'resentence': a verb made with 're' written with a hyphen, in all its
    inflections (a hyphenated word is not lemmatised)."""
    out: set[str] = set()
    for w in words:
        if len(w) > 5 and w.startswith("re") and w[2] != "-" and "VERB" in all_lemmas(w[2:]):
            out |= {f"re-{x}" for xs in inflections_of(w[2:]).values() for x in xs} | {f"re-{w[2:]}"}
    return frozenset(out)


def spelled_out(sent: Sentence, initials: str) -> list[int]:
    """The last word of each run of capitalised words ('of', 'and' inside) whose initials spell
    the object's ('Official Cash Rate' for 'OCR')."""
    toks, out = sent.tokens, []
    for a in range(len(toks)):
        if not toks[a].text[:1].isupper():
            continue
        for b in range(a + 1, min(len(toks), a + 2 * len(initials)) + 1):
            words = [t.text for t in toks[a:b]]
            if not words[-1][:1].isupper() or any(not (w[:1].isupper() or w in ("of", "and")) for w in words):
                continue
            if quantities_acronym(" ".join(words)) == initials:
                out.append(b - 1)
    return out + _lower_run(toks, initials)


_LEADS = frozenset({"the", "its", "their", "his", "her", "a", "an"})


def _lower_run(toks, initials: str) -> list[int]:
    """'cut the official cash rate by 75 basis points' for 'OCR': a run of lower-case words, one for
    each of three or more initials, right after a determiner, its last word a noun (a central bank's
    rate, an agency's programme written out in plain words)."""
    n = len(initials)
    if n < 3 or not initials.isalpha():
        return []
    return [a + n - 1 for a in range(1, len(toks) - n + 1)
            if toks[a - 1].lower in _LEADS and all(t.text.isalpha() and t.text.islower() for t in toks[a:a + n])
            and "".join(t.text[0] for t in toks[a:a + n]).upper() == initials and "NOUN" in all_lemmas(toks[a + n - 1].text)]


def initials_written(sent: Sentence, name: str) -> list[int]:
    """Tokens writing a titled object as its initials ('PM' for the object 'Prime Minister', in
    'Constitutional Court: PM removed from office'): the object two to four capitalised words, the
    token those initials in capitals, not a clock time's ('3 PM')."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    initials = quantities_acronym(name)
    toks = sent.tokens
    return [k for k, t in enumerate(toks) if t.text == initials and not (k and toks[k - 1].text[:1].isdigit())]
