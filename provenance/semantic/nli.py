"""A local NLI cross-encoder: how likely a hypothesis contradicts a premise (for :mod:`.claims`).

Any transformers ``AutoModelForSequenceClassification`` checkpoint whose labels include "contradiction",
offline; torch and transformers are imported when the model is built, never at ``import provenance``.
"""

from __future__ import annotations

import os

# Tokens of a premise and hypothesis together: news sentences are far shorter.
MAX_TOKENS = 256


class NliModel:
    """A local NLI cross-encoder (transformers ``AutoModelForSequenceClassification``), offline."""

    def __init__(self, name: str, path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.name = name
        self._torch = torch
        self._tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self._model = AutoModelForSequenceClassification.from_pretrained(path, local_files_only=True).eval()
        labels = {int(k): str(v).casefold() for k, v in self._model.config.id2label.items()}
        self._contra = next(k for k, v in labels.items() if v.startswith("contradiction"))

    def contradiction(self, premise: str, hypothesis: str) -> float:
        """P(contradiction) of the hypothesis given the premise."""
        torch = self._torch
        with torch.inference_mode():
            batch = self._tok(premise, hypothesis, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            probs = torch.softmax(self._model(**batch).logits[0], dim=-1)
        return float(probs[self._contra])
