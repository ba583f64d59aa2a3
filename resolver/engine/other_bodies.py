"""Another body: a decision goes through several bodies of one institution (experts' committees,
a council, a commission, a parliament), so a market on one body's act ('Will the European
Commission formally adopt the lifting of the export ban …?') is not confirmed by another body doing
the same act ('The EU vets' committee unanimously adopted a resolution to lift the ban'): the
committee's vote is a step the Commission's adoption still waits for.

The market's body is its principal actor (named before the act verb, principal.py) whose last word
is a body noun (Commission, Committee, Council, Parliament …). The report's body is the head of the
act verb's subject: the word right before the verb in its clause, past adverbs ('unanimously',
'on Wednesday'), or the agent after 'by' right after a passive verb. It is another body when its
head is a body noun of another kind than the market's (a panel is a committee), and the subject
does not name a body of the market's kind before it ('the Commission's standing committee'); a name
before the head ('EU', 'Senate') names the institution both belong to, not the doer. A chamber the market
names as its doer ('Will the U.S. House of Representatives impeach …?') is of the parliament kind, and
its committees are not it, even named with it ('The House Judiciary Committee voted 23-17 to impeach',
'House panel impeaches Trump'). A country or a person as the market's doer is not read here
(its officials and agencies act for it: roles.py). Pure; word lists only."""

from __future__ import annotations

from .analysis import MarketContext
from .principal import principal_actors
from .text import Sentence

# kinds of body: nouns of one kind name the same kind of body ('the panel' of a committee)
_KINDS = {"commission": "commission", "commissioners": "commission",
          "committee": "committee", "panel": "committee", "subcommittee": "committee",
          "council": "council",
          "parliament": "parliament", "assembly": "parliament", "legislature": "parliament", "congress": "parliament",
          "board": "board",
          "cabinet": "government", "government": "government", "ministry": "government"}
# A chamber of a legislature named as the market's doer ('Will the U.S. House of Representatives impeach …?',
# 'Will the Senate pass …?') is a body of the parliament kind; its committees are not it ('Approval of articles
# by a House committee does not count'). Read for the market's doer only: a chamber told as the doer in a
# report is other_chambers.py's.
_CHAMBERS = frozenset({"house", "senate", "representatives", "commons", "lords", "chamber", "bundestag", "bundesrat",
                       "duma", "knesset", "sabha", "sejm", "seimas", "storting", "riksdag", "folketing", "althing"})
# words between a subject's head and its verb that leave the head the subject ('The House Judiciary Committee
# voted 23-17 to impeach')
_BETWEEN = frozenset({"has", "have", "had", "was", "were", "is", "are", "also", "then", "now", "already", "finally",
                      "on", "in", "at", "last", "this", "late", "early", "earlier", "yesterday", "today", "formally",
                      "officially", "unanimously", "voted", "votes", "vote", "to"})
_PASSIVE = frozenset({"was", "were", "been", "is", "are", "be", "being"})
_REACH = 6  # tokens between the verb and a body after 'by', or between the subject's head and the verb


def _kind(word: str) -> str | None:
    return _KINDS.get(word.lower().rstrip(".,'’").removesuffix("'s").removesuffix("’s"))


def asked_kind(ctx: MarketContext) -> str | None:
    """The kind of body the market's doer is, when its principal actor is one ('European Commission')."""
    kinds = {_kind(a.split()[-1]) or ("parliament" if a.split()[-1].lower() in _CHAMBERS and
                                      a.lower() != "white house" else None) for a in principal_actors(ctx)} - {None}
    return kinds.pop() if len(kinds) == 1 else None


def other_body(ctx: MarketContext, sent: Sentence, i: int) -> str | None:
    """The words naming another body the sentence tells doing the act at token i, else None."""
    low = sent.lower_text  # (cached per sentence)
    if not any(f" {w}" in low for w in _KINDS):
        return None  # the cheap test first: no body noun in the sentence
    wanted = asked_kind(ctx)
    if wanted is None:
        return None
    toks = sent.tokens
    a, b = sent.clause_of(i)
    head = None
    passive = i > 0 and toks[i - 1].lower in _PASSIVE or i > 1 and toks[i - 2].lower in _PASSIVE
    if passive:
        by = next((k for k in range(i + 1, min(b, i + 3)) if toks[k].lower == "by"), None)
        head = next((k for k in range(by + 1, min(b, by + 1 + _REACH)) if _kind(toks[k].text)), None) \
            if by is not None else None
        start = by + 1 if by is not None else i
    else:
        k = i - 1
        while k >= a and k > i - _REACH and (toks[k].lower in _BETWEEN or toks[k].lower.endswith("ly")
                                              or toks[k].text[:1].isdigit() or toks[k].lower.endswith("day")
                                              or toks[k].text in ("-", "–")):  # a vote's tally ('23', '-', '17')
            k -= 1
        head = k if k >= a and _kind(toks[k].text) else None
        start = a
    if head is None or _kind(toks[head].text) == wanted:
        return None
    if wanted != "parliament" and any(_kind(t.text) == wanted for t in toks[start:head]):
        return None  # 'the Commission's standing committee': the principal's own body (a parliament's committee is not it)
    lo = max(start, head - 3)
    return " ".join(t.text for t in toks[lo:head + 1])


__all__ = ["asked_kind", "other_body"]
