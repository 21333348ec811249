"""The gate policy: each finding code's severity, what fails a check, and the verdict that says so.

One place decides whether a report passes (:func:`verdict`); the CLI's exit status, the service's
``Provenance-Gate`` header, audit rows and every output format read the same :class:`Verdict`.

How a report is judged (:func:`judge`, run once per report by ``provenance.api``):

1. Each finding gets its code's severity: the defaults below, then a preset's table, then the ``severity``
   setting (``QUOTE_UNSUPPORTED = "error"`` in a ``[severity]`` table, ``--severity CODE=LEVEL``).
2. A quote that no source carries, credited to a named speaker, is ``QUOTE_UNSUPPORTED_NAMED``: never below
   a warning, whatever the tables say, and its message names the speaker.
3. One finding per change: a drift inside an altered quote (``DRIFT_NUMBER`` on the quote's span) is folded
   into that quote's ``QUOTE_ALTERED`` finding, which takes the worse of the two severities.
4. The verdict: FAIL when a finding is at or above the ``fail_on`` severity, carries a code ``fail_on`` names
   (``--fail-on error,QUOTE_UNSUPPORTED``), or fidelity is below ``fail_under``.

Nothing here imports the settings module at import time: settings validation calls back into this one.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.report import Finding, Quote, Report
    from provenance.settings import Settings

SEVERITIES = ("error", "warning", "info")
RANK = {"error": 0, "warning": 1, "info": 2}

# Every finding code with its default severity. The pipeline emits the same severities; a test keeps the two
# in step. Errors are changes an editor must correct before publishing; warnings need a look; infos inform.
DEFAULT_SEVERITY: dict[str, str] = {
    # quotes against their sources
    "QUOTE_ALTERED": "error",  # the speaker's words changed without a mark
    "QUOTE_UNSUPPORTED": "warning",  # no source carries it: a scare quote, or a source not given
    "QUOTE_UNSUPPORTED_NAMED": "warning",  # the same, credited to a named speaker (never below a warning)
    "QUOTE_REWORDED": "warning",  # the meaning kept, the words not the speaker's
    "QUOTE_EDITED": "info",  # marked edits ([ ], …, [sic]) that style guides allow
    "QUOTE_TRANSLATED": "info",  # a translation cannot be checked word for word
    "QUOTE_NOT_CHECKED": "warning",  # sources given, yet the quote could not be judged
    "QUOTE_UNCONFIRMED": "info",  # a short quote no source in other languages was found to carry: too short to tell
    "TERM_IN_QUOTES": "info",  # one or two words in quote marks: a term or a name, not someone's words
    "QUOTE_UNCLOSED": "info",  # no closing mark: the quote is read to the end of its paragraph
    "QUOTE_PART_UNCHECKED": "info",  # part of a quote stands where the source has no words of it: not judged
    # drift: a change of meaning (pipeline/drift.py SEVERITY)
    "DRIFT_NUMBER": "error",
    "DRIFT_DATE": "error",
    "DRIFT_NAME": "error",
    "DRIFT_NEGATION": "error",
    "DRIFT_MODALITY": "warning",  # "will" for "may": certainty changed
    "DRIFT_DROPPED_QUALIFIER": "warning",  # a hedge dropped
    "ADDED_CLAIM": "warning",
    "CONTRADICTED_CLAIM": "error",  # the source denies it explicitly; read across languages or by a model: warning
    # attribution
    "ATTRIBUTION_MISMATCH": "error",  # the source gives the words to someone else
    "ATTRIBUTION_ANONYMITY": "info",  # an official named where the source leaves them unnamed: a house choice
    "UNSOURCED_ATTRIBUTION": "info",  # a source's voice is often named only in its header, or not at all
    # the text itself
    "LOOKALIKE_CHARS": "warning",
    # context: what was checked and how
    "NO_SOURCES": "info",
    "TRANSLATED_EDITION": "info",
    "CALQUE": "info",
    "EDITION": "info",
    "EDITION_EXTRA": "info",
    "EDITION_MISSING": "info",
    "LIBRARY_SOURCE": "info",
    "LIBRARY_NO_SOURCE": "info",
    "LIBRARY_NO_VECTORS": "info",
    "SEMANTIC_UNAVAILABLE": "info",
    # bounded work (pipeline/bounds.py): what the limits left out of the check
    "BOUND_TEXT_CUT": "warning",  # the text was checked up to a limit; the rest was not
    "BOUND_RUN_BLANKED": "info",  # a run without spaces (a blob, a line of punctuation) was left out
    "BOUND_SOURCES": "warning",  # more sources than max_sources: the first were read
    "BOUND_SEMANTIC_SKIPPED": "warning",  # too much for the semantic stage: lexical checks only
    "DECODE_REPLACED": "warning",  # bytes that are not UTF-8 in an otherwise UTF-8 file, replaced
}
# Codes no table may lower below this severity.
FLOOR = {"QUOTE_UNSUPPORTED_NAMED": "warning"}
# Codes of drift that an altered quote's own finding absorbs when both sit on the quote's span.
FOLDED_DRIFT = re.compile(r"DRIFT_[A-Z_]+")
FAIL_ON_WORDS = (*SEVERITIES, "never")


@dataclass(frozen=True)
class Preset:
    """A named gate: its severity table and fail_on/fail_under, under what a user's own settings say."""

    description: str
    severity: Mapping[str, str]
    fail_on: tuple[str, ...] = ("error",)
    fail_under: float | None = None


PRESETS: dict[str, Preset] = {
    # A newsroom's pre-publication gate: block everything that misrepresents a source or a speaker. A scare
    # quote with no speaker ("specific and clear") stays a warning; an unsupported quote credited to a name
    # does not. No fidelity floor: a scare quote scores 0 and would drag a faithful draft under any floor.
    "newsroom": Preset(
        "block altered, invented or reworded quotes, any drift of meaning, misattribution and look-alike letters",
        {
            "QUOTE_UNSUPPORTED_NAMED": "error",
            "QUOTE_REWORDED": "error",
            "QUOTE_NOT_CHECKED": "error",
            "DRIFT_MODALITY": "error",
            "DRIFT_DROPPED_QUALIFIER": "error",
            "ADDED_CLAIM": "error",
            "CONTRADICTED_CLAIM": "error",
            "ATTRIBUTION_ANONYMITY": "error",
            "LOOKALIKE_CHARS": "error",
        },
        fail_on=("error",),
    ),
}


# --- what settings may say (settings.py validates with these) -----------------------------------------


def _split(spec: str) -> list[str]:
    return [t.strip() for t in spec.split(",") if t.strip()]


def _code_hint(code: str) -> str:
    close = difflib.get_close_matches(code.upper(), DEFAULT_SEVERITY, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def fail_on_problem(spec: str) -> str | None:
    """Why ``spec`` cannot be a fail_on value (``error``, ``never``, ``warning,ADDED_CLAIM``), or None."""
    tokens = _split(spec)
    if not tokens:
        return "is empty"
    for t in tokens:
        if t not in FAIL_ON_WORDS and t not in DEFAULT_SEVERITY:
            return f"{t!r} is neither a severity nor a finding code{_code_hint(t)}"
    if "never" in tokens and len(tokens) > 1:
        return "'never' cannot be combined with other values"
    return None


def severity_problem(entries: Iterable[str]) -> str | None:
    """Why ``CODE=LEVEL`` entries cannot be a severity table, or None."""
    for entry in entries:
        code, eq, level = (x.strip() for x in entry.partition("="))
        if not eq:
            return f"{entry!r} is not CODE=LEVEL"
        if code not in DEFAULT_SEVERITY:
            return f"{code!r} is not a finding code{_code_hint(code)}"
        if level not in SEVERITIES:
            return f"{code}: {level!r} is not one of {', '.join(SEVERITIES)}"
        floor = FLOOR.get(code)
        if floor and RANK[level] > RANK[floor]:
            return f"{code} cannot be lower than {floor}"
    return None


# --- the policy of one settings object ----------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    severity: Mapping[str, str]  # code -> severity, for every code a table names
    fail_rank: int | None  # fail on a finding at or above RANK[...]; None: on no severity
    fail_codes: frozenset[str]  # fail on a finding with one of these codes, whatever its severity
    fail_under: float | None

    def severity_of(self, code: str, given: str) -> str:
        sev = self.severity.get(code, given)  # the pipeline emits DEFAULT_SEVERITY (a test keeps them in step)
        floor = FLOOR.get(code)
        return floor if floor and RANK[sev] > RANK[floor] else sev

    def trips(self, f: Finding) -> bool:
        return f.code in self.fail_codes or (self.fail_rank is not None and RANK[f.severity] <= self.fail_rank)


def policy_for(settings: Settings) -> Policy:
    """The preset (when one is named) under the user's own settings: the user's table wins per code, and the
    gate fails on what either names. ``fail_on = "never"`` switches the findings gate off, preset included."""
    preset = PRESETS.get(getattr(settings, "preset", None) or "")
    table: dict[str, str] = dict(preset.severity) if preset else {}
    for entry in getattr(settings, "severity", ()) or ():
        code, _, level = (x.strip() for x in entry.partition("="))
        table[code] = level
    tokens = _split(settings.fail_on)
    if tokens == ["never"]:
        tokens = []
    elif preset:
        tokens += list(preset.fail_on)
    ranks = [RANK[t] for t in tokens if t in RANK]
    fail_under = settings.fail_under if settings.fail_under is not None else (preset.fail_under if preset else None)
    return Policy(table, max(ranks) if ranks else None, frozenset(t for t in tokens if t not in RANK), fail_under)


# --- judging a report ---------------------------------------------------------------------------------

_UNNAMED = frozenset(
    ("a", "an", "the", "he", "she", "they", "it", "we", "i", "you", "one", "someone", "somebody", "officials",
     "official", "spokesman", "spokeswoman", "spokesperson", "source", "sources")
)  # fmt: skip


def named(speaker: str | None) -> bool:
    """A speaker with a name ("Ines Carvalho", "the Pentagon"), not "he" or "a spokesman"."""
    if not speaker:
        return False
    return any(w[:1].isupper() and w.lower() not in _UNNAMED for w in speaker.split())


def judge(report: Report, settings: Settings) -> Report:
    """The report with the policy's severities, one finding per change, and its verdict attached."""
    pol = policy_for(settings)
    findings = _fold(_recode(report.findings, report.quotes), pol)
    judged = dataclasses.replace(report, findings=tuple(findings))
    return dataclasses.replace(judged, verdict=verdict(judged, settings).to_dict())


def _recode(findings: Sequence[Finding], quotes: Sequence[Quote]) -> list[Finding]:
    speakers: dict[tuple[int | None, int | None], str | None] = {(q.start, q.end): q.speaker for q in quotes}
    out = []
    for f in findings:
        who = speakers.get((f.start, f.end))
        if f.code == "QUOTE_UNSUPPORTED" and named(who):
            f = dataclasses.replace(f, code="QUOTE_UNSUPPORTED_NAMED")
        out.append(f)
    return out


def _fold(findings: Sequence[Finding], pol: Policy) -> list[Finding]:
    altered = {(f.start, f.end) for f in findings if f.code == "QUOTE_ALTERED"}
    folded: dict[tuple[int | None, int | None], list[Finding]] = {}
    kept = []
    for f in findings:
        if (f.start, f.end) in altered and FOLDED_DRIFT.fullmatch(f.code):
            folded.setdefault((f.start, f.end), []).append(f)
        else:
            kept.append(f)
    out = []
    for f in kept:
        sev = pol.severity_of(f.code, f.severity)
        extra = folded.get((f.start, f.end), []) if f.code == "QUOTE_ALTERED" else []
        if extra:
            sevs = [sev] + [pol.severity_of(d.code, d.severity) for d in extra]
            sev = min(sevs, key=RANK.__getitem__)
            kinds = ", ".join(d.code.removeprefix("DRIFT_").lower().replace("_", " ") for d in extra)
            f = dataclasses.replace(f, message=f"{f.message} (changes the {kinds})")
        out.append(dataclasses.replace(f, severity=sev) if sev != f.severity else f)
    return out


# --- the verdict ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    passed: bool
    summary: str  # "FAIL: 2 errors, 3 warnings · fidelity 0.69 · 4 quotes: 2 verbatim, 1 altered, ..."
    reasons: tuple[str, ...] = ()  # what failed the gate: codes, "fidelity 0.62 < 0.80"
    counts: Mapping[str, int] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pass": self.passed,
            "summary": self.summary,
            "reasons": list(self.reasons),
            "counts": dict(self.counts),
        }


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def verdict(report: Report, settings: Settings) -> Verdict:
    """PASS or FAIL, and one line saying why, for a report under these settings."""
    pol = policy_for(settings)
    counts = {s: sum(f.severity == s for f in report.findings) for s in SEVERITIES}
    reasons = list(dict.fromkeys(f.code for f in report.findings if pol.trips(f)))
    fid = report.scores.fidelity
    if pol.fail_under is not None and fid is not None and fid < pol.fail_under:
        reasons.append(f"fidelity {fid:.2f} < {pol.fail_under:.2f}")
    passed = not reasons
    parts = [f"{_n(counts['error'], 'error')}, {_n(counts['warning'], 'warning')}"]
    if not report.sources:
        parts.insert(0, "no sources checked")
    if fid is not None:
        parts.append(f"fidelity {fid:.2f}")
    kinds: dict[str, int] = {}
    for q in report.quotes:
        kinds[q.match.kind] = kinds.get(q.match.kind, 0) + 1
    tally = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in kinds.items())
    parts.append(f"{_n(len(report.quotes), 'quote')}: {tally}" if kinds else "no quotes")
    if reasons:
        parts.append("failed on " + ", ".join(reasons))
    summary = ("PASS: " if passed else "FAIL: ") + " · ".join(parts)
    return Verdict(passed, summary, tuple(reasons), counts)


def verdict_of(report: Report) -> Verdict:
    """The verdict a judged report carries (:func:`judge` attaches it)."""
    v = report.verdict
    if v is None:
        raise ValueError("the report has not been judged: provenance.policy.judge(report, settings) first")
    return Verdict(bool(v["pass"]), str(v["summary"]), tuple(v.get("reasons", ())), dict(v.get("counts", {})))
