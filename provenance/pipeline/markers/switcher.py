"""Language switchers: a line of site language labels ("ua en ru", "UA | EN | RU", "EN FR"), alone or glued to
the end of a text line; the labels become ISO 639-1 codes (the site code ``ua`` is the language ``uk``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import mk, words_of
from provenance.report import Marker
from provenance.settings import Settings


def _load_switcher_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in lexicon.rows("switcher_codes"):
        label, _, code = row.rpartition(" ")
        if label and code:
            out[label.casefold()] = code
    return out


SWITCHER_CODES = _load_switcher_codes()
# Site labels that are also everyday words: a "switcher" made only of these is a phrase ("It is", "No").
SWITCHER_WORDS = words_of("marker_switcher_words")
SWITCHER_SEPARATORS = frozenset(["|", "/", "•", "·", ","])
_SWITCHER_SPLIT = re.compile(r"[\s|/•·,]+")
_TOKEN_RE = re.compile(r"\S+")


def _switcher_codes(tokens: Sequence[str]) -> list[str] | None:
    """ISO codes for a run of switcher labels, or None when any token is not a label."""
    codes: list[str] = []
    for tok in tokens:
        code = SWITCHER_CODES.get(tok.casefold().rstrip("."))
        if code is None:
            return None
        if code not in codes:
            codes.append(code)
    if len(codes) < 2 or all(t.casefold().rstrip(".") in SWITCHER_WORDS for t in tokens):
        return None
    return codes


def switchers(text: str, spans: Sequence[tuple[int, int]], s: Settings) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans:
        codes = _switcher_codes([t for t in _SWITCHER_SPLIT.split(text[a:b]) if t])
        if codes:
            out.append(mk(text, "language_switcher", a, b, {"languages": codes}))
            continue
        tail = _switcher_tail(text, a, b, s.glued_switcher_min)
        if tail:
            out.append(tail)
    return out


def _label(token: str) -> bool:
    return token.casefold().rstrip(".") in SWITCHER_CODES


def _switcher_tail(text: str, a: int, b: int, min_labels: int) -> Marker | None:
    """A switcher at the end of a text line, glued or not: "Updated at 08:12 pmua en ru"."""
    if not _label(text[a:b].rsplit(None, 1)[-1]):
        return None
    toks = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, a, b)]
    i = len(toks)
    while i > 0 and (_label(toks[i - 1][1]) or toks[i - 1][1] in SWITCHER_SEPARATORS):
        i -= 1
    if i == 0 or i == len(toks):
        return None
    labels = [t for _, t in toks[i:] if t not in SWITCHER_SEPARATORS]
    start = toks[i][0]
    prev_start, prev = toks[i - 1]
    for k in (3, 2):  # a label glued to the previous word: its last letters ("pm" + "ua")
        cut = prev[-k:]
        if len(prev) > k and cut.isalpha() and _label(cut) and cut.islower() == labels[0].islower():
            labels.insert(0, cut)
            start = prev_start + len(prev) - k
            break
    codes = _switcher_codes(labels)
    if not codes or len(labels) < min_labels:
        return None
    return mk(text, "language_switcher", start, b, {"languages": codes})


def switcher_languages(markers: Sequence[Marker]) -> list[str] | None:
    """The languages of the first language switcher among ``markers`` (ISO codes, page order), or None."""
    for m in markers:
        if m.kind == "language_switcher":
            langs = m.value.get("languages")
            return list(langs) if langs else None
    return None
