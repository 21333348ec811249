"""A small deterministic stand-in for a sentence encoder, for fast tests of the semantic stage's decisions.

Each word is mapped through a tiny bilingual dictionary (so Ukrainian and Russian words land on their English
counterparts), cut to a stem, and hashed to a fixed pseudo-random vector; a sentence is the normalised sum of
its words' vectors. Texts that share words are close, texts that share none are near-orthogonal: enough to
exercise margins, neighbourhoods, anchors and the kinds, without a model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from provenance.semantic.encoders import Encoder
from provenance.semantic.models import ModelSpec, Plan

DIM = 256
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "is",
        "are",
        "was",
        "be",
        "it",
        "this",
        "that",
        "will",
    ]
)
DICTIONARY = {
    # Ukrainian
    "ця": "this", "лінія": "line", "дозволить": "bring", "дістатися": "reach", "з": "from", "до": "to",
    "центру": "centre", "міста": "city", "за": "within", "п'ятнадцять": "fifteen", "хвилин": "minutes",
    "ріверсайду": "riverside", "рада": "council", "не": "not", "підвищить": "raise", "місцеві": "local",
    "податки": "taxes", "найбільша": "largest", "інвестиція": "investment", "транспорт": "transport",
    # Russian
    "эта": "this", "линия": "line", "позволит": "bring", "добраться": "reach", "центра": "centre",
    "города": "city", "пятнадцать": "fifteen", "минут": "minutes", "риверсайда": "riverside",
    "крупнейшая": "largest", "инвестиция": "investment", "транспорт_": "transport",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _vector(token: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(token.encode("utf-8")).digest()[:8], "little")
    return np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)


def embed(text: str) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for w in _WORD.findall(text.casefold().replace("’", "'")):
        w = DICTIONARY.get(w, w)
        if w in STOP:
            continue
        v += _vector(w[:6])
    n = float(np.linalg.norm(v))
    return v / n if n else _vector("<empty>") / float(np.linalg.norm(_vector("<empty>")))


class FakeEncoder(Encoder):
    def __init__(self, name: str = "fake") -> None:
        super().__init__(name)
        self.calls = 0

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return np.stack([embed(t) for t in texts])


LANGUAGES = ("en", "uk", "ru", "ar")


def fake_spec(name: str = "fake", languages: Sequence[str] = LANGUAGES, source: str = "package") -> ModelSpec:
    return ModelSpec(name, "fake", f"/nowhere/{name}", source, tuple(languages), extra={"margins": (0.3, 0.3)})


def fake_plan(*specs: ModelSpec) -> Plan:
    specs = specs or (fake_spec(),)
    stages: dict[str, ModelSpec | None] = {"quotes": specs[0], "passages": specs[0], "translation": specs[0],
                                           "claims": None}  # fmt: skip
    return Plan(stages, tuple(specs), tuple(specs), None)


class FakeLoader:
    """Loads a FakeEncoder per spec name (once), or fails for the names in ``broken``."""

    def __init__(self, broken: Sequence[str] = ()) -> None:
        self.broken = set(broken)
        self.loaded: dict[str, FakeEncoder] = {}

    def __call__(self, spec: ModelSpec) -> Any:
        from provenance.errors import ModelUnavailable

        if spec.name in self.broken:
            raise ModelUnavailable(f"model {spec.name!r} could not be loaded")
        if spec.name not in self.loaded:
            self.loaded[spec.name] = FakeEncoder(spec.name)
        return self.loaded[spec.name]
