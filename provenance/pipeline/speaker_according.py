"""An according-to frame a few words after a quote, inside its clause ("« … » au port est selon le maire X, …"):
its source speaks (read by :func:`provenance.pipeline.speakers._speaker_after` where no frame follows the quote
at once)."""

from __future__ import annotations

import re

from provenance.pipeline.speaker_phrases import _ACCORDING, VERB_ANY

# This many words at most between the quote and the frame, and no stop; the frame read in this many characters.
ACCORDING_NEAR_WORDS = 3
ACCORDING_NEAR_CHARS = 120


def according_near(after: str) -> re.Match[str] | None:
    """The "according to" phrase (:data:`_ACCORDING`) a few words into ``after``, the text after a quote."""
    m = _ACCORDING.search(after, 0, ACCORDING_NEAR_CHARS)
    lead = after[: m.start()] if m else ""
    near = m is not None and (not lead or lead[-1].isspace()) and len(lead.split()) <= ACCORDING_NEAR_WORDS
    # no stop between, and no verb of saying: "“…,” X said as quoted by Interfax" has its speaker before the frame
    return m if near and not re.search(r"[.!?;:\n]", lead) and VERB_ANY.search(lead) is None else None
