"""A small averaged-perceptron part-of-speech tagger (pure Python), the model the syntax study
trains on Universal Dependencies English EWT. Each tag is the pair UPOS|XPOS (a UD tag and a
Penn Treebank tag), so one model answers both "is it a VERB" and "is it a finite past form (VBD)".

Features follow Honnibal's tagger ("A good part-of-speech tagger in about 200 lines of Python",
2013, the design textblob-aptagger and NLTK's PerceptronTagger use), plus word-shape features
so that Title Case Headlines can be told from proper names.

The model file is gzip'd JSON: {"tags": [...], "tagdict": {word: tag index},
"weights": {feature: {tag index: weight}}}."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import defaultdict
from pathlib import Path

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
_DIGITS = re.compile(r"^[\d,.:/-]+%?$")


def normalize(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit() or word[:1] == "$" and len(word) > 1:
        return "!DIGITS" if _DIGITS.match(word.lstrip("$")) else word.lower()
    return word.lower()


def shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UP"
    if word[:1].isupper():
        return "Cap"
    if word[:1].isdigit():
        return "9"
    if word.isalpha():
        return "low"
    return "other"


def features(i: int, word: str, context: list[str], raw: list[str], prev: str, prev2: str,
             title_case: bool) -> list[str]:
    """Feature strings of token i (context is the normalised sentence padded with START/END)."""
    j = i + 2
    w = context[j]
    sh = shape(raw[i])
    if title_case and sh == "Cap":
        sh = "Cap?"  # every word is capitalised: capitals say little
    return [
        "bias",
        "s3 " + w[-3:], "s2 " + w[-2:], "s1 " + w[-1:], "p1 " + w[:1],
        "t-1 " + prev, "t-2 " + prev2, "t-1t-2 " + prev + " " + prev2,
        "w " + w, "t-1w " + prev + " " + w,
        "w-1 " + context[j - 1], "s3-1 " + context[j - 1][-3:], "w-2 " + context[j - 2],
        "w+1 " + context[j + 1], "s3+1 " + context[j + 1][-3:], "w+2 " + context[j + 2],
        "sh " + sh, "shw " + sh + " " + w, "first " + str(i == 0) + " " + sh,
    ]


def is_title_case(words: list[str]) -> bool:
    """A headline in Title Case: most alphabetic words of 4+ letters start with a capital."""
    long = [w for w in words if w.isalpha() and len(w) > 3]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


class PerceptronTagger:
    """Greedy left-to-right tagging with an averaged perceptron."""

    def __init__(self, tags: list[str], tagdict: dict[str, int], weights: dict[str, dict[int, float]]):
        self.tags = tags
        self.tagdict = tagdict
        self.weights = weights

    @classmethod
    def load(cls, path: str | Path) -> PerceptronTagger:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        weights = {f: {int(k): v for k, v in ws.items()} for f, ws in data["weights"].items()}
        return cls(data["tags"], data["tagdict"], weights)

    def save(self, path: str | Path, min_weight: float = 0.0, digits: int = 3) -> None:
        weights = {}
        for feat, ws in self.weights.items():
            kept = {str(k): round(v, digits) for k, v in ws.items() if abs(v) >= max(min_weight, 10 ** -digits)}
            if kept:
                weights[feat] = kept
        data = {"tags": self.tags, "tagdict": self.tagdict, "weights": weights}
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(data, fh, separators=(",", ":"))

    def _predict(self, feats: list[str]) -> int:
        scores: dict[int, float] = defaultdict(float)
        weights = self.weights
        for f in feats:
            ws = weights.get(f)
            if ws:
                for k, v in ws.items():
                    scores[k] += v
        if not scores:
            return 0
        return max(scores, key=lambda k: (scores[k], -k))

    def tag(self, words: list[str]) -> list[str]:
        """UPOS|XPOS tag of each word."""
        if not words:
            return []
        title = is_title_case(words)
        context = list(START) + [normalize(w) for w in words] + list(END)
        prev, prev2 = START
        out = []
        for i, word in enumerate(words):
            k = self.tagdict.get(word) if not title else None
            if k is None:
                k = self._predict(features(i, word, context, words, prev, prev2, title))
            tag = self.tags[k]
            out.append(tag)
            prev2, prev = prev, tag
        return out


def train(sentences: list[list[tuple[str, str]]], iterations: int = 5, seed: int = 1,
          log=print) -> PerceptronTagger:
    """Train on [(word, tag), ...] sentences (tag = 'UPOS|XPOS')."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tagset: set[str] = set()
    for sent in sentences:
        for w, t in sent:
            counts[w][t] += 1
            tagset.add(t)
    tags = sorted(tagset)
    index = {t: k for k, t in enumerate(tags)}
    tagdict = {}
    for w, tc in counts.items():  # frequent, unambiguous words skip the model
        t, n = max(tc.items(), key=lambda x: x[1])
        total = sum(tc.values())
        if total >= 20 and n / total >= 0.97:
            tagdict[w] = index[t]
    model = PerceptronTagger(tags, tagdict, {})
    weights = model.weights
    totals: dict[tuple[str, int], float] = defaultdict(float)
    stamps: dict[tuple[str, int], int] = defaultdict(int)
    instances = 0
    rng = random.Random(seed)
    order = list(sentences)
    for it in range(iterations):
        right = total = 0
        for sent in order:
            words = [w for w, _ in sent]
            title = is_title_case(words)
            context = list(START) + [normalize(w) for w in words] + list(END)
            prev, prev2 = START
            for i, (word, gold) in enumerate(sent):
                g = index[gold]
                k = tagdict.get(word) if not title else None
                if k is None:
                    feats = features(i, word, context, words, prev, prev2, title)
                    k = model._predict(feats)
                    instances += 1
                    if k != g:
                        for f in feats:
                            ws = weights.setdefault(f, {})
                            for c, delta in ((g, 1.0), (k, -1.0)):
                                key = (f, c)
                                v = ws.get(c, 0.0)
                                totals[key] += (instances - stamps[key]) * v
                                stamps[key] = instances
                                ws[c] = v + delta
                right += k == g
                total += 1
                prev2, prev = prev, tags[k]
        log(f"  iteration {it + 1}: {right / total:.4f} on training data")
        rng.shuffle(order)
    for f, ws in weights.items():  # average
        for c, v in list(ws.items()):
            key = (f, c)
            t = totals[key] + (instances - stamps[key]) * v
            ws[c] = t / max(instances, 1)
    return model
