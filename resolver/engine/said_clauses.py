"""A verb of saying that a market's act family lists beside an act of showing: for a market on
presenting a thing (unveil, introduce, debut, present), the family counts 'announce' and 'reveal'
too ('Tesla announced its robotaxi'). Followed by a clause ('Musk announced on Monday that the
unveiling of the company's robotaxi will be postponed', 'Tesla revealed it would hold the event in
October') the verb tells a statement made, not the thing shown: no report of the act. The act told
done inside the clause ('announced that it has unveiled …') is read at its own verb.

Not read: a market whose own act is a verb of saying ('Will X announce …?': what is announced in a
clause is the announcement itself), a saying verb with a noun object ('announced its robotaxi')."""

from __future__ import annotations

from .text import Sentence

# the verbs of saying the presenting families list ('announce', 'reveal'), as lemmas
SAYING = frozenset({"announce", "reveal", "disclose"})
# a market's act that is itself a verb of saying: a clause after the verb is what it announces
_SAYING_ACTS = SAYING | frozenset({"declare", "confirm", "say", "state", "tell", "report", "publish", "admit"})
# words between the verb and its clause: a time ('on Monday', 'late Tuesday'), a manner, a channel
_BETWEEN = frozenset({"on", "in", "late", "early", "earlier", "today", "yesterday", "tonight", "this", "last", "week",
                      "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday",
                      "friday", "saturday", "sunday", "publicly", "officially", "formally", "also", "then", "a",
                      "statement", "post", "video", ","})
# a pronoun subject with a finite verb after it opens a clause with no 'that' ('revealed it would hold …')
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
_FINITE = frozenset({"will", "would", "is", "was", "are", "were", "has", "had", "have", "could", "may", "might",
                     "can", "should", "plans", "planned", "intends", "intended", "expects", "expected", "hopes"})
_REACH = 6  # tokens after the verb where its clause may start, at most


def clause_after(act: str | None, sent: Sentence, i: int) -> str | None:
    """The words ('announced … that') when the saying verb at token i takes a clause, for a market
    whose act is not itself a verb of saying; else None."""
    toks = sent.tokens
    if not (toks[i].lemmas & SAYING) or (act or "") in _SAYING_ACTS or toks[i].lower.endswith("ing"):
        return None
    for j in range(i + 1, min(len(toks), i + 1 + _REACH)):
        w = toks[j].lower
        if w == "that" and j + 1 < len(toks) and toks[j + 1].text not in (".", ",", ";", ":"):
            return f"{toks[i].text} … that" if j > i + 1 else f"{toks[i].text} that"
        if w in _PRONOUNS and j + 1 < len(toks) and toks[j + 1].lower in _FINITE:
            return f"{toks[i].text} {toks[j].text} {toks[j + 1].text}"
        if w not in _BETWEEN:
            return None
    return None


def statement(ctx, f) -> str | None:
    """Why a sentence whose only act word is a saying verb with a clause after it reports no act
    (a note that reads the sentence: its silence is then no unread evidence), else None."""
    if ctx.target.announcement_counts:
        return None
    for i in f.act_idx:
        said = clause_after(ctx.target.act, f.sent, i)
        if said:
            return (f"'{said}' tells a statement made, not the act: a verb of saying with a clause after it "
                    f"does not {ctx.target.act} the market's thing")
    return None
