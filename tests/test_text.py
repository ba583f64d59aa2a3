"""Sentence splitting and clause-scoped cues on realistic news sentences."""

from resolver.engine import lexicon
from resolver.engine.text import article_sentences, cue_in_clause, make_sentence, negated_before, split_sentences


def idx(sent, word):
    return next(i for i, t in enumerate(sent.tokens) if t.lower == word)


def test_sentences_keep_abbreviations_together():
    body = "U.S. officials met in Abu Dhabi on Nov. 24. The talks ended without a deal."
    assert split_sentences(body) == ["U.S. officials met in Abu Dhabi on Nov. 24.", "The talks ended without a deal."]


def test_headline_comes_first_and_is_marked():
    sents = article_sentences("Talks collapse", "Nothing was signed.")
    assert sents[0].headline and not sents[1].headline


def test_negation_scopes_over_the_verb():
    s = make_sentence("Officials said no deal was signed on Tuesday.", 0)
    assert negated_before(s, idx(s, "signed")) == "no"
    s = make_sentence("Kyiv has yet to sign the agreement.", 0)
    assert negated_before(s, idx(s, "sign")) in ("has yet to", "yet to be")
    s = make_sentence("Putin stopped short of accepting a broader ceasefire.", 0)
    assert negated_before(s, idx(s, "accepting")) == "stopped short of"


def test_negation_does_not_cross_clauses():
    s = make_sentence("The envoy did not comment, but the two sides signed the accord on Friday.", 0)
    assert negated_before(s, idx(s, "signed")) is None


def test_hedge_is_clause_scoped():
    s = make_sentence("Tariffs appear vulnerable, after the justices heard oral arguments on Wednesday.", 0)
    assert cue_in_clause(s, idx(s, "heard"), lexicon.HEDGES) is None
    assert cue_in_clause(s, idx(s, "vulnerable"), lexicon.HEDGES) == "appear"
