"""sacrebleu's chrF of a quote against its source span, the sacrebleu metric built once, on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _chrf_metric() -> Any:
    from sacrebleu.metrics import CHRF

    return CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu's chrF (character n-gram F-score, 0..100) of the quote against its source span."""
    return float(_chrf_metric().sentence_score(hypothesis, [reference]).score)


def chrf_signature() -> str:
    return str(_chrf_metric().get_signature())
