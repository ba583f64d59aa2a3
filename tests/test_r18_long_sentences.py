"""Long sentences of many figures are read once, not once per figure (the eighteenth round's review
of hostile input: a 30 KB sentence of repeated figures took 4.9 s of CPU before, 0.7 s after). The
readings keep their answers: each bisection over the sentence's figures and cut wordings gives what
a scan of the sentence up to the figure gave, on real corpus sentences and on built ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

from resolver.engine import component_cuts
from resolver.engine.rules.threshold_figures import _VALUE, stretch_bounds, value_spans

DATA = Path(__file__).parent / "data" / "realnews"


def _old_last_cut(text: str, start: int):
    before = [c for c in component_cuts._CUT.finditer(text, 0, start) if component_cuts._cut(c)]
    return before[-1] if before else None


def _old_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    spans = value_spans(text)
    return (max((e for s, e in spans if e <= start), default=0),
            min((s for s, e in spans if s >= end), default=len(text)))


def _sentences() -> list[str]:
    built = [
        "CPI excluding food and energy rose 3.2% in May, while the index less shelter rose 2.1% and "
        "sales excluding autos fell 0.4%; prices ex-food 5.5%, 6.1% and 7%.",
        "Excluding gasoline, the country's inflation rate was 6.5 per cent, excluding data from 2020 3.1%.",
        "Sales excluding food and three percent of the rest rose 4%, 5%, 6%.",
    ]
    real = []
    for f in sorted(DATA.glob("batch-*.json"))[:40]:
        for case in json.loads(f.read_text(encoding="utf-8")):
            for ev in case["evidence"]:
                real += [s for s in re.split(r"(?<=[.!?])\s+", ev["text"]) if _VALUE.search(s)]
    return built + real


def test_the_last_cut_before_a_figure_is_the_one_a_scan_up_to_it_finds():
    checked = 0
    for text in _sentences():
        for start in {m.start() for m in _VALUE.finditer(text)} | {0, len(text) // 2, len(text)}:
            old, new = _old_last_cut(text, start), component_cuts._last_cut(text, start)
            assert (old and (old.span(), old.group(0))) == (new and (new.span(), new.group(0))), (text, start)
            checked += 1
    assert checked > 500


def test_a_figures_stretch_is_bounded_by_its_neighbours_as_before():
    checked = 0
    for text in _sentences():
        for m in _VALUE.finditer(text):
            assert stretch_bounds(text, m.start(), m.end()) == _old_bounds(text, m.start(), m.end())
            checked += 1
    assert checked > 500


def test_a_run_on_stretch_is_read_as_bounded_pieces_and_no_word_is_lost():
    from resolver.engine.text import MAX_SENTENCE_CHARS, article_sentences, split_sentences
    unit = "the signing of the agreement, the deployment of troops, the halt of strikes, the launch of "
    body = (unit * 400).strip() + "."
    pieces = split_sentences(body)
    assert len(pieces) > 10 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == body.split()
    assert all(p.endswith(",") for p in pieces[:-1])  # cut at a clause break, not inside a word
    nospace = "x" * 4000
    assert "".join(split_sentences(nospace)) == nospace
    head = article_sentences("y" * 5000, "Body.")[0]
    assert head.headline and len(head.text) <= MAX_SENTENCE_CHARS


def test_no_sentence_of_the_development_corpus_is_cut(monkeypatch):
    from resolver.engine import text as text_mod
    bodies = [ev["text"] for f in sorted(DATA.glob("batch-*.json"))
              for case in json.loads(f.read_text(encoding="utf-8")) for ev in case["evidence"]]
    bounded = [text_mod.split_sentences(b) for b in bodies]
    monkeypatch.setattr(text_mod, "MAX_SENTENCE_CHARS", 10**9)
    assert [text_mod.split_sentences(b) for b in bodies] == bounded
    assert max(len(s) for ss in bounded for s in ss) > 500
