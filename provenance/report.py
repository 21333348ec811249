"""The report: frozen dataclasses that mirror ``report.schema.json`` (schema ``provenance.report/1``).

Every stage returns pieces of this model; :func:`Report.to_dict` is the one place that turns it into the
JSON shape of the contract. Fields beyond the contract (``Quote.drift``, ``Report.signature``) are additions
the contract allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "provenance.report/1"
ERROR_SCHEMA = "provenance.error/1"

QUOTE_KINDS = ("verbatim", "near_verbatim", "altered", "reworded", "translated", "unsupported", "unchecked")
PASSAGE_KINDS = ("copied", "paraphrase", "translated")
DRIFT_TYPES = ("number", "date", "name", "negation", "modality", "added_claim", "dropped_qualifier")
MARKER_KINDS = (
    "language_switcher",
    "byline",
    "dateline",
    "photo_credit",
    "updated",
    "outlet",
    "attribution",
    "boilerplate",
)
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    sha256: str
    chars: int
    title: str | None
    # How the file's bytes were decoded: {"name", "confidence", and "replaced" / "replaced_bytes" when bytes
    # that were not valid were replaced}; left out for text given as a string (an addition to the contract).
    encoding: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"path": self.path, "sha256": self.sha256, "chars": self.chars, "title": self.title}
        if self.encoding is not None:
            d["encoding"] = dict(self.encoding)
        return d


@dataclass(frozen=True)
class Segment:
    """A paragraph's language: ``text[start:end]`` is the paragraph."""

    start: int
    end: int
    code: str | None
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "code": self.code, "confidence": round(self.confidence, 4)}


@dataclass(frozen=True)
class LanguageResult:
    code: str | None
    confidence: float
    segments: tuple[Segment, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "confidence": round(self.confidence, 4),
            "segments": [s.to_dict() for s in self.segments],
        }


@dataclass(frozen=True)
class Marker:
    kind: str
    text: str
    start: int
    end: int
    value: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "value": dict(self.value)}


@dataclass(frozen=True)
class Change:
    """A word-level edit from the source to the quote: ``insert`` = words only the quote has."""

    op: str
    quote: str | None
    source: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "quote": self.quote, "source": self.source}


@dataclass(frozen=True)
class Drift:
    type: str
    quote_side: str | None
    source_side: str | None
    # "low" where the reading is weak evidence (a hedge or qualifier read across two languages): reported as
    # info, worth a look, never a gate failure. None: the drift rule's own severity.
    confidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "quote_side": self.quote_side, "source_side": self.source_side}
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out


def _split_weak(item: Quote | Passage) -> None:
    """Keep only confident drift in ``drift`` (the alarms); weak readings go to ``weak_drift``. On real news,
    cross-language readings of hedges, qualifiers and names were wrong four times in five: an alarm an editor
    cannot trust is worse than none."""
    weak = tuple(d for d in item.drift if d.confidence == "low")
    if weak:
        object.__setattr__(item, "drift", tuple(d for d in item.drift if d.confidence != "low"))
        object.__setattr__(item, "weak_drift", (*item.weak_drift, *(d for d in weak if d not in item.weak_drift)))


@dataclass(frozen=True)
class QuoteMatch:
    kind: str
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    similarity: float | None = None
    chrf: float | None = None
    changes: tuple[Change, ...] = ()
    source_speaker: str | None = None
    reason: str | None = None
    # Differences that change no word of what was said (spelling variants, a transcript's fillers, a tail
    # past a cut-off source's end): listed for the reader, never counted as changes.
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "chrf": None if self.chrf is None else round(self.chrf, 2),
            "changes": [c.to_dict() for c in self.changes],
        }
        if self.source_speaker is not None:
            d["source_speaker"] = self.source_speaker
        if self.reason is not None:
            d["reason"] = self.reason
        if self.notes:
            d["notes"] = list(self.notes)
        return d


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None
    match: QuoteMatch
    drift: tuple[Drift, ...] = ()
    marks: tuple[str, ...] = ()  # editorial marks found in the quote: "bracket", "ellipsis", "sic"
    # Changes read on weak evidence (``confidence="low"``: a hedge, a qualifier or a name read across two
    # languages): listed for a reader, never an alarm. Moved here from ``drift`` on construction.
    weak_drift: tuple[Drift, ...] = ()

    def __post_init__(self) -> None:
        _split_weak(self)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "match": self.match.to_dict(),
            "drift": [d.to_dict() for d in self.drift],
        }
        if self.weak_drift:
            out["weak_drift"] = [d.to_dict() for d in self.weak_drift]
        return out


@dataclass(frozen=True)
class PassageMatch:
    kind: str
    source: str
    source_start: int
    source_end: int
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "similarity": round(self.similarity, 4),
        }


@dataclass(frozen=True)
class Passage:
    text: str
    start: int
    end: int
    match: PassageMatch
    drift: tuple[Drift, ...] = ()
    weak_drift: tuple[Drift, ...] = ()  # as ``Quote.weak_drift``

    def __post_init__(self) -> None:
        _split_weak(self)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "match": self.match.to_dict(),
            "drift": [d.to_dict() for d in self.drift],
        }
        if self.weak_drift:
            out["weak_drift"] = [d.to_dict() for d in self.weak_drift]
        return out


@dataclass(frozen=True)
class Scores:
    fidelity: float | None = None
    quote_fidelity: float | None = None
    paraphrase_fidelity: float | None = None
    coverage: float | None = None
    translation_likelihood: float | None = None

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(min(1.0, max(0.0, x)), 4)

        return {
            "fidelity": r(self.fidelity),
            "quote_fidelity": r(self.quote_fidelity),
            "paraphrase_fidelity": r(self.paraphrase_fidelity),
            "coverage": r(self.coverage),
            "translation_likelihood": r(self.translation_likelihood),
        }


@dataclass(frozen=True)
class Evidence:
    """What an alarm rests on, for an editor to judge it in seconds: the article's words, the source span they
    were set against, and how alike the two are (the match's similarity, 0..1)."""

    article: str
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    similarity: float | None = None

    @classmethod
    def of_span(
        cls, article: str, source: str, source_text: str | None, start: int, end: int, similarity: float | None
    ) -> Evidence:
        """The evidence of a match to ``source_text[start:end]`` (None: the source's text is not at hand)."""
        return cls(article, source, start, end, source_text[start:end] if source_text is not None else None, similarity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "source_text": self.source_text,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
        }


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    start: int | None = None
    end: int | None = None
    evidence: Evidence | None = None  # an alarm's article span, source span and similarity (optional field)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "start": self.start,
            "end": self.end,
        }
        if self.evidence is not None:
            d["evidence"] = self.evidence.to_dict()
        return d


@dataclass(frozen=True)
class SourceInfo:
    id: str
    path: str | None
    language: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "language": self.language}


@dataclass(frozen=True)
class Report:
    document: DocumentInfo
    language: LanguageResult
    markers: tuple[Marker, ...]
    quotes: tuple[Quote, ...]
    passages: tuple[Passage, ...]
    scores: Scores
    findings: tuple[Finding, ...]
    sources: tuple[SourceInfo, ...]
    version: str
    models: dict[str, Any] = field(default_factory=dict)
    signature: str = ""
    text: str = field(default="", repr=False, compare=False)  # the checked text, for renderers
    source_texts: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # id -> text
    verdict: dict[str, Any] | None = None  # {pass, summary, reasons, counts}: set by provenance.policy.judge

    def to_dict(self) -> dict[str, Any]:
        verdict = {} if self.verdict is None else {"verdict": dict(self.verdict)}
        return {
            "schema": SCHEMA,
            **verdict,
            "document": self.document.to_dict(),
            "language": self.language.to_dict(),
            "markers": [m.to_dict() for m in self.markers],
            "quotes": [q.to_dict() for q in self.quotes],
            "passages": [p.to_dict() for p in self.passages],
            "scores": self.scores.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "sources": [s.to_dict() for s in self.sources],
            "tool": {"version": self.version, "models": dict(self.models), "signature": self.signature},
        }

    def worst_severity(self) -> str | None:
        for sev in SEVERITIES:
            if any(f.severity == sev for f in self.findings):
                return sev
        return None


def error_row(path: str, code: str, message: str) -> dict[str, Any]:
    """The audit row for an article that could not be checked (REPORT.md, 'Audit rows')."""
    return {"schema": ERROR_SCHEMA, "document": {"path": path}, "error": {"code": code, "message": message}}
