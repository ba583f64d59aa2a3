"""A headline sums up its article: for a market that needs the act of all of something ('Will all of
Alitalia's unions … sign on to the CAI rescue plan …?'), a headline that names no word for all
('Major unions sign off on Alitalia deal') over a text that tells the same act done by one or some of
them ('Alitalia's four major union confederations signed off on a resurrected rescue plan Thursday')
reports that part, not the whole. Read: a sentence of the article's text (not its title) whose act
word (a verb of the market's act) stands in the clause of a partial mention of the counted noun
(parts.partial_mention: a count, 'some', 'first', 'the one'), with no word for all in that sentence."""

from __future__ import annotations

from . import parts
from .analysis import SentenceFacts
from .text import article_sentences


def body_part(f: SentenceFacts, noun: str | None, act_verbs: frozenset[str]) -> str | None:
    """Why the headline f does not report the act for all, or None."""
    if not f.sent.headline or not noun or not act_verbs:
        return None
    for sent in article_sentences("", f.article.text):
        if not any(t.lemmas & act_verbs for t in sent.tokens):
            continue  # the cheap test first: the text's sentence tells the act
        for k, t in enumerate(sent.tokens):
            if not t.lemmas & act_verbs:
                continue
            a, b = sent.clause_of(k)
            one = parts.partial_mention(sent, noun, a, b)
            if one:
                return (f"the article's text tells the act of one or some of them ('{one}' … '{t.text}'); "
                        "its headline need not be of all, and the market needs all")
    return None
