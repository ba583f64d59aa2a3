"""The syntax study (bench/syntax.py) without the treebank: its CoNLL-U reader, the perceptron
tagger it trains (on a small treebank written here), the model file round trip, and the engine
baseline it measures against."""

import json
import random

import pytest

from bench import syntax
from bench.postagger import PerceptronTagger, train

SUBJECTS = ["the bank", "the court", "officials", "the president", "investors"]
VERBS = {"cut": "VBD", "signed": "VBD", "delays": "VBZ", "approves": "VBZ"}
OBJECTS = ["rates", "the deal", "the bill", "a ceasefire"]


def _word_tags(phrase: str):
    out = []
    for w in phrase.split():
        if w in ("the", "a"):
            out.append((w, "DET", "DT"))
        elif w == "officials" or w == "investors" or w == "rates":
            out.append((w, "NOUN", "NNS"))
        else:
            out.append((w, "NOUN", "NN"))
    return out


def _treebank(n: int, seed: int) -> str:
    """CoNLL-U sentences 'SUBJECT VERB OBJECT .' plus a multiword token line to skip."""
    rng = random.Random(seed)
    lines = []
    for k in range(n):
        verb = rng.choice(list(VERBS))
        words = _word_tags(rng.choice(SUBJECTS)) + [(verb, "VERB", VERBS[verb])] + _word_tags(rng.choice(OBJECTS))
        words.append((".", "PUNCT", "."))
        lines.append(f"# sent_id = s{k}")
        if k == 0:
            lines.append("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_")
        for i, (w, u, x) in enumerate(words, start=1):
            lines.append(f"{i}\t{w}\t{w}\t{u}\t{x}\t_\t0\tdep\t_\t_")
        lines.append("")
    return "\n".join(lines) + "\n"


def test_reader_and_tagger_learn_and_round_trip(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(_treebank(300, seed=1), encoding="utf-8")
    sents = syntax.read_conllu(path)
    assert len(sents) == 300 and all(w != "don't" for s in sents for w, _, _ in s)
    model = train([[(w, f"{u}|{x}") for w, u, x in s] for s in sents], iterations=3, log=lambda _: None)
    out = tmp_path / "model.json.gz"
    model.save(out)
    loaded = PerceptronTagger.load(out)
    unseen = [("the", "DET|DT"), ("court", "NOUN|NN"), ("approves", "VERB|VBZ"), ("rates", "NOUN|NNS"), (".", "PUNCT|.")]
    assert loaded.tag([w for w, _ in unseen]) == [t for _, t in unseen]
    # the scorer counts verb/noun decisions and finite verbs on gold sentences
    cand = syntax.Perceptron(str(out))
    cand.load()
    res = syntax.score(cand, syntax.read_conllu(path)[:50])
    assert res["upos_acc"] == 1.0 and res["finite_f1"] == 1.0


def test_title_case_is_headline_style():
    assert syntax.title_case("the bank of england cuts rates to 4 %".split()) == \
        "The Bank of England Cuts Rates to 4 %".split()


def test_engine_baseline_reads_headline_verbs():
    from resolver.engine import analysis

    if not all(hasattr(analysis, f) for f in ("aspect", "_finite_verb")):
        pytest.skip("the engine no longer has the hand rules this baseline measures")
    cand = syntax.EngineRules()
    cand.load()
    tags = cand.tag("Bank of England cuts interest rates".split(), headline=True)
    assert tags[3][0] == "VERB" and tags[3][1] == "VBZ"


def test_headline_labels_are_consistent():
    data = json.loads((syntax.HERE / "syntax_headlines.json").read_text())["headlines"]
    assert len(data) >= 50
    assert all(set(h["verbs"]) <= set(h["ambiguous"]) for h in data)
