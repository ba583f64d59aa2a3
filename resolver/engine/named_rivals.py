"""Who a rival's name names (rules/rival_outcome.py): the words a win is told of ('X wins …') are a rival only
when they name another party than the candidate. Three readings take words that look like a winner's name
out of the rivals:

- a pronoun ('He wins …', 'She has won …') names no one by itself: 'He' or 'She' takes up the name that
  opens the body sentence right before (taken_up.py's reading for confirmations); another party's name
  there is the rival, the candidate's, or none, names no rival. 'We', 'I', 'They', 'You', 'It' are a speaker
  or a group, no rival ('We have won …'), unless they know or say what follows ('We now know that … secured
  the most seats': left as it was, one right verdict of the development corpus rests on it; as does the
  possessive 'Their names were announced');
- a dateline's words ('DAKAR (Reuters) -', 'LONDON -', 'Accra, Dec. 9, GNA -') are where the story was
  filed, not who won;
- the candidate's own name in another spelling: accents, umlauts written out ('Mueller' for 'Müller'), a
  transliterated ending ('Zelenskiy' for 'Zelensky'), a given name of the same family or written as
  initials, with or without stops ('JM Coetzee', 'J. M. Coetzee' for 'J.M. Coetzee'), the surname alone
  under a title ('Mr Coetzee'), or the same given names with a surname a letter or two apart ('Heather
  Humphrys' for 'Heather Humphreys').

Pure and cheap: plain string tests on the few names a reading gives."""

from __future__ import annotations

import difflib
import re

from . import transliteration
from .analysis import MarketContext, SentenceFacts
from .datelines import opening_end
from .name_guard import lead_initials
from .text import article_sentences

_SPEAKERS = frozenset({"we", "i", "they", "you", "it"})
# 'We now know that … secured the most seats': the pronoun knows or says; the rival is left to what it knows
# (one right verdict of the development corpus rests on it)
_KNOWING = "know|knew|say|said|think|believe|hear|heard|see|saw|understand|expect|hope|learn|learned|learnt|report"
_TAKEN_UP = frozenset({"he", "she", "his", "her", "him"})
# the name that opens a body sentence: up to five capitalised words before a comma or a lowercase word
_NAME_OPENING = re.compile(r"\s*((?:[A-ZÀ-Þ][\w'’.-]*\s+){0,4}[A-ZÀ-Þ][\w.-]*)(?=,|\s+[a-z])(?![\w'’])")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "president", "senator", "sen", "rep", "gov", "governor",
                     "prime", "minister", "chancellor", "premier", "general", "gen", "judge", "justice", "pope", "king",
                     "queen", "prince", "princess", "lord", "lady"})


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\u2013\u2014]+", name.strip()) if w and w not in "-"]


def _same_surname(a: str, b: str) -> bool:
    """Two spellings of one surname: accents, umlauts written out, or a transliterated ending."""
    la, lb = a.lower().strip(".,'’"), b.lower().strip(".,'’")
    if transliteration.same_word(la, lb):
        return True
    fa, fb = transliteration.fold(la), transliteration.fold(lb)
    return fb in transliteration.spellings(fa) or fa in transliteration.spellings(fb)


def _lead_fits(lead: list[str], own: list[str]) -> bool:
    """The name's words before its surname fit the candidate's: none, titles only, the same given names (or
    their family's spellings), or their initials, closed up or one by one ('JM', 'J. M.' for 'J.M.')."""
    rest = [w for w in lead if w.lower().strip(".") not in _TITLES]
    if not rest:
        return True
    if not own:
        return False
    letters = "".join(c for w in rest for c in w.lower() if c.isalpha())
    own_initials = lead_initials(" ".join(own + ["x"])) or "".join(w[0].lower() for w in own if w[:1].isalpha())
    if all(len(w.strip(".")) <= 3 and w.strip(".").isupper() or re.fullmatch(r"(?:[A-Z]\.)+", w) for w in rest):
        return letters == own_initials or letters == own_initials[:len(letters)]
    folded = [transliteration.fold(w.lower().strip(".")) for w in rest]
    own_folded = [transliteration.fold(w.lower().strip(".")) for w in own]
    if folded == own_folded[len(own) - len(rest):]:
        return True  # 'Lopez Obrador' for 'Andrés Manuel López Obrador': the surname's first part
    if lead_initials(" ".join(own + ["x"])) and len(rest) == len(own_initials):
        return "".join(w[0] for w in folded) == own_initials  # 'John Maxwell Coetzee' for 'J.M. Coetzee'
    if len(rest) != len(own):
        return False
    for w, o in zip(rest, own):
        lw, lo = transliteration.fold(w.lower().strip(".")), transliteration.fold(o.lower().strip("."))
        if not (lw == lo or lw in transliteration.given_forms(lo) or _same_surname(lw, lo)
                or (len(lw) == 1 and lo.startswith(lw))):
            return False
    return True


def candidate_spelling(candidate: str, name: str) -> bool:
    """`name` is the candidate's own name written another way (see the module's text)."""
    own, got = _words(candidate), _words(name.removesuffix("'s").removesuffix("’s"))
    if not own or not got or len(own) == 1 or len(got) > len(own) + 2:
        return False
    if _same_surname(got[-1], own[-1]):
        return _lead_fits(got[:-1], own[:-1])
    # 'Heather Humphrys' for 'Heather Humphreys': the same given names in full and a surname a letter or two
    # apart (a reporter's or a transliteration's spelling) are one person
    lead = [w for w in got[:-1] if w.lower().strip(".") not in _TITLES]
    return len(lead) == len(own) - 1 and all(transliteration.same_word(a, b) for a, b in zip(lead, own[:-1])) and \
        all(len(w.strip(".")) > 1 for w in lead) and _near(got[-1], own[-1])


def _near(a: str, b: str) -> bool:
    """Two surnames of five letters or more, the same first letter, at most two letters apart."""
    fa, fb = transliteration.fold(a.lower()), transliteration.fold(b.lower())
    if min(len(fa), len(fb)) < 5 or fa[0] != fb[0]:
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.8 and abs(len(fa) - len(fb)) <= 2


def _taken_up(f: SentenceFacts) -> str | None:
    """The name opening the body sentence right before this one (None for a headline or the first)."""
    if f.sent.headline:
        return None
    sents = [s for s in article_sentences(f.article.title, f.article.text) if not s.headline]
    k = next((j for j, s in enumerate(sents) if s.index == f.sent.index), 0)
    m = _NAME_OPENING.match(sents[k - 1].text) if k > 0 else None
    return m.group(1) if m else None


def named(ctx: MarketContext, f: SentenceFacts | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """The rivals `names` name, read as the module's text says: pronouns taken up or dropped, a dateline's
    words dropped, the candidate's other spellings dropped."""
    out: list[str] = []
    cand = ctx.target.candidate or ""
    opening = f.sent.text[:opening_end(f.sent.text)] if f is not None else ""
    for n in names:
        low = n.lower().strip()
        if low in _SPEAKERS and f is not None and not re.search(
                rf"\b{re.escape(n)}\s+(?:\w+ly\s+|now\s+|all\s+)?(?:{_KNOWING})\b", f.sent.text):
            continue  # 'We have won …', 'They win …': a speaker or a group, named by no one
        if low in _TAKEN_UP:
            n = _taken_up(f) if f is not None else None
            if not n or (ctx.candidate_pattern is not None and ctx.candidate_pattern.search(n)):
                continue
        elif opening and n in opening and n not in f.sent.text[len(opening):]:
            continue  # 'DAKAR (Reuters) -': where the story was filed
        if cand and candidate_spelling(cand, n):
            continue
        out.append(n)
    return tuple(out)
