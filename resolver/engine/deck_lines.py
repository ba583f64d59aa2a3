"""A deck line: a body sentence written like a headline, in the present tense with a bare noun for
its subject ('Court shortens former prime minister's prison sentence … from six years to 18 months',
'Judge cuts ex-mayor's jail term'). Running text gives a singular count noun a determiner ('The court
shortened …'); a sentence that opens with the noun bare and its verb in the present is a standfirst
under the title, and its present tense reports a past act as a headline's does. A plural subject
('Officials cut …', 'Police say …'), a name ('Olmert serves …'), a determiner, or a verb other than
the second word is not read here. Read by the confirmation rule's gates. Pure and deterministic."""

from __future__ import annotations

from .text import Sentence, all_lemmas

# words that stand bare before a verb in running text: pronouns, determiners, quantifiers
_NOT_BARE = frozenset({"he", "she", "it", "this", "that", "one", "each", "everyone", "everybody", "someone", "somebody",
                       "nobody", "nothing", "something", "everything", "anyone", "who", "what", "which", "there", "here",
                       "now", "then", "today", "tonight", "yesterday", "tomorrow"})


def deck_line(sent: Sentence, i: int) -> bool:
    """Token i is the present-tense verb of a deck line: the sentence's second word, with -s,
    after a capitalised bare singular common noun ('Court shortens …', 'Panel reduces …')."""
    toks = sent.tokens
    if sent.headline or i != 1 or len(toks) < 4:
        return False
    subj, verb = toks[0].text, toks[1].text
    if not (subj[:1].isupper() and subj[1:].islower() and subj.isalpha()) or subj.lower().endswith("s"):
        return False
    if subj.lower() in _NOT_BARE:
        return False
    noun = all_lemmas(subj.lower())
    if "NOUN" not in noun or set(noun) & {"ADJ", "ADV", "PROPN"}:
        return False  # 'Court' as written; not 'Former', 'Today', 'Police' (no singular noun alone)
    return verb.islower() and verb.endswith("s") and not verb.endswith("ss") and "VERB" in all_lemmas(verb)
