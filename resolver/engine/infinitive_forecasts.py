"""An infinitive told as the act's own predicate is an act still to come, not one done.

Two shapes of English:

- A split infinitive: 'State of emergency and curfew to officially end on Thursday', 'Fed to formally
  cut rates', 'Bob Smith to formally resign as CEO'. An adverb in '-ly' between 'to' and the verb
  leaves the verb an infinitive; without this reading the bare verb after the adverb was taken for a
  headline's present ('X ends curfew', a report of the act done). `after_to` finds the 'to' past at
  most two such adverbs, so verb_aspect.aspect reads the verb as it reads 'to end'.
- A headline whose predicate is the infinitive ('Gold to top $1,500', 'Bitcoin to hit $105,000 next
  week', 'Palladium to break $2,000: report'): the headline's 'X to VERB' is the news shorthand of 'X
  is to VERB', a plan or a forecast, so a level after that verb is one still to come and crosses no
  bar (`headline_level`, read by rules/threshold_crossed.py beside prospective_levels). Only when no
  finite verb stands before the 'to' in the headline's clause: 'Gold jumps 2% to top $1,500' tells a
  rise whose result is the level (a report of it reached), and so does 'Gold rallies to top $1,500'.
  A present headline ('Gold tops $1,500') is left to the readings of a headline's present.

The converse holds for a decision: a headline's infinitive of calling off ('Pfizer, Allergan to mutually
terminate merger') summarises a decision its body tells as taken ('Pfizer has agreed to terminate its …
agreement'); deciding to do it is doing it, so rules/called_off.py reads it as done then
(`decided_in_body`), as it would the body's own sentence.

Pure and deterministic; a substring test on 'to' first."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence, all_lemmas

MOVES = frozenset(load_json("infinitive_forecasts.json")["moves"])

_MAX_ADVERBS = 2
# words between the infinitive and the figure: a preposition of crossing, an article, a currency sign
_BETWEEN = frozenset({"above", "past", "over", "beyond", "through", "the", "a", "an", "new", "record", "$", "€", "£",
                      "₹", "'", "‘", "’", '"', "“", "”"})
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
# words that govern an infinitive without a finite verb of their own in a headline: 'set to', 'poised
# to' are prospective_levels'; here only the bare 'X to VERB' and its quoted form
_OPENERS = frozenset({",", ";", ":", "—", "–", "|", "(", ")"})


def _adverb(word: str) -> bool:
    """An '-ly' adverb ('formally', 'officially', 'finally'), not a noun or verb in '-ly' ('rally', 'ally',
    'family', 'supply') nor a name ('Italy', 'July')."""
    if not word.endswith("ly") or not word.isalpha() or not word.islower():
        return False
    pos = all_lemmas(word)
    return bool(pos.get("ADV")) and not pos.get("NOUN") and not pos.get("VERB")


def after_to(sent: Sentence, i: int) -> int | None:
    """The index of the infinitive marker 'to' before the verb at token i past one or two '-ly'
    adverbs ('to officially end'), else None (a plain 'to end' is read where it always was)."""
    toks = sent.tokens
    k = i - 1
    n = 0
    while k >= 0 and n < _MAX_ADVERBS and _adverb(toks[k].text):
        k -= 1
        n += 1
    if n == 0 or k < 0 or toks[k].lower != "to":
        return None
    return k


def _finite_before(sent: Sentence, a: int, to: int) -> bool:
    """A finite verb (a past or '-s' present form) between the clause start and the 'to'."""
    from .verb_aspect import _finite_verb  # (imported late: verb_aspect reads after_to)
    toks = sent.tokens
    for j in range(a, to):
        w = toks[j].lower
        if w in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
            return True
        if j > a and _finite_verb(w):
            nouns = all_lemmas(w).get("NOUN")
            if not nouns or toks[j].lemmas & MOVES:
                return True  # ('Gold prices to top …': a plural noun; 'Gold jumps to top …': the rise told)
    return False


def headline_level(sent: Sentence, k: int) -> str | None:
    """'to top' when the figure at token k is the object of the headline's own infinitive predicate
    ('Gold to top $1,500', 'Bitcoin to hit $105,000 next week', "Gold 'to top $1,500'"), else None."""
    if not sent.headline or "to" not in sent.text.lower():
        return None
    toks = sent.tokens
    j = k - 1
    while j > 0 and k - j <= 4 and toks[j].lower in _BETWEEN:
        j -= 1
    if j < 1 or not toks[j].lower.isalpha():
        return None
    to = j - 1 if toks[j - 1].lower == "to" else after_to(sent, j)
    if to is None or to == 0:
        return None
    a, _ = sent.clause_of(to)
    start = a
    for p in range(to - 1, a - 1, -1):  # the headline's last stretch: 'Markets: gold to top …'
        if toks[p].text in _OPENERS:
            start = p + 1
            break
    prev = toks[to - 1]
    if prev.text in _QUOTES:
        prev = toks[to - 2] if to >= 2 else prev
    if to - start < 1 or not (prev.text[:1].isalnum() or prev.text in _QUOTES):
        return None
    if _finite_before(sent, start, to):
        return None  # 'Gold jumps 2% to top $1,500': the rise is told, the level its result
    return f"to {toks[j].text}"


def decided_in_body(title: str, text: str, lemmas: frozenset[str]) -> str | None:
    """A headline's infinitive ('Pfizer, Allergan to mutually terminate merger') is the summary of a
    decision its article's body tells as taken: the same verb as an infinitive the body reads as done
    ('Pfizer has agreed to terminate its … agreement': deciding to do it is doing it, the mention affirmed
    in mentions.py).
    Returns the body's words, or None."""
    from . import mentions  # (imported late: mentions reads after_to)
    from .text import article_sentences
    if not lemmas or not text:
        return None
    for sent in article_sentences(title, text):
        if sent.headline or "to" not in sent.text.lower():
            continue
        hits = [k for k, t in enumerate(sent.tokens) if k > 0 and t.lemmas & lemmas]
        if not hits:
            continue
        done = {m.index for m in mentions.read(sent) if m.affirmed}
        for k in hits:
            to = k - 1 if sent.tokens[k - 1].lower == "to" else after_to(sent, k)
            if to is not None and k in done:
                return " ".join(w.text for w in sent.tokens[max(0, to - 2):k + 1])
    return None
