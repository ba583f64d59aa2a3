"""Dismissals told in a lower-case headline (read by rules/state_ended.py): 'New york jets fire coach
robert saleh after a 2 3 start', 'Breaking jets fire hc robert saleh'. A headline written from an
address's words has no capitals to tell a name from a verb, so a dismissal verb with a base form that
is also a noun ('fire', 'sack', 'axe') is read as the head of a compound ('jets fire'). It is the
headline's verb, in the present that reports a past event, when the holder is named right after it
(a person's name cannot be the object of a noun) and a market actor before it in its clause, with no
modal, infinitive marker or question in the clause ('Should the Jets fire Saleh?', 'Jets to fire
Saleh', 'Jets could fire Saleh' are not read)."""

from __future__ import annotations

from .analysis import SentenceFacts

# words that make the verb a possibility, a plan or a question, not a report
_NOT_REPORTED = frozenset({"should", "could", "would", "may", "might", "must", "can", "will", "to", "shall",
                           "if", "whether", "why", "how", "set", "poised", "likely", "expected", "considering",
                           "consider", "mull", "mulls", "eye", "eyes", "weigh", "weighs", "urged", "urge"})


def lower_case_headline_verb(f: SentenceFacts, i: int) -> bool:
    """Token i of a headline with no capitalised word after its first is its main verb (see the
    module's doc); the caller checks the holder after it and the actor before it."""
    sent = f.sent
    if not sent.headline or sent.text.rstrip().endswith("?"):
        return False
    if any(t.text[:1].isupper() for t in sent.tokens[1:]):
        return False  # a headline with capitals: its verb is told apart by the aspect reader
    a, b = sent.clause_of(i)
    return i > a and not any(t.lower in _NOT_REPORTED for t in sent.tokens[a:b])
