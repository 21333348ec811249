"""The score stage: per-item statistics first, then the fidelity score and its parts, then findings.

Formula (also in the README):

* each checked quote scores ``Settings.credit_<kind>`` (altered and reworded quotes scaled by their word
  similarity); ``quote_fidelity`` is their mean;
* each passage scores 1, less ``Settings.drift_penalty_<severity>`` for each drift it carries (never below 0);
  ``paraphrase_fidelity`` is their mean;
* ``fidelity`` is the weighted mean of both, a quote weighing ``Settings.quote_weight`` passages;
* ``coverage`` is the share of the article's body words that a matched quote or passage covers;
* ``translation_likelihood`` combines the evidence listed in :func:`translation_likelihood`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.pipeline.drift import SEVERITY
from provenance.pipeline.quote_tails import UNCHECKED
from provenance.report import Evidence, Finding, LanguageResult, Marker, Passage, Quote, Scores
from provenance.settings import Settings

# The credits, penalties and translation evidence are Settings fields (credit_*, drift_penalty_*, tl_*), with
# their reasons there, so that every number that moves a score is in the signature.


@dataclass(frozen=True)
class QuoteStat:
    kind: str
    credit: float


def quote_stats(quotes: Sequence[Quote], settings: Settings | None = None) -> list[QuoteStat]:
    s = settings or Settings()
    out = []
    for q in quotes:
        kind = q.match.kind
        if kind == "unchecked":
            continue
        credit = float(getattr(s, f"credit_{kind}"))
        if kind in ("altered", "reworded") and q.match.similarity is not None:
            credit *= q.match.similarity
        out.append(QuoteStat(kind, credit))
    return out


def passage_credit(p: Passage, settings: Settings | None = None) -> float:
    s = settings or Settings()
    drifts = (*p.drift, *p.weak_drift)
    return max(0.0, 1.0 - sum(float(getattr(s, f"drift_penalty_{drift_severity(d)}")) for d in drifts))


def _mean(xs: Sequence[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def scores(
    quotes: Sequence[Quote],
    passages: Sequence[Passage],
    coverage: float | None,
    translation: float | None,
    settings: Settings,
    findings: Sequence[Finding] = (),
) -> Scores:
    """Fidelity: the weighted mean of the quotes' and passages' credits, then lowered for what editors count
    beyond wording: each contradicted claim multiplies it by ``1 - claim_penalty`` and each quote credited
    to the wrong person by ``1 - attribution_penalty`` (a verbatim quote in the wrong mouth is no faithful
    copy)."""
    qs = [s.credit for s in quote_stats(quotes, settings)]
    ps = [passage_credit(p, settings) for p in passages]
    qf, pf = _mean(qs), _mean(ps)
    weight = settings.quote_weight
    total = weight * len(qs) + len(ps)
    fidelity = (weight * sum(qs) + sum(ps)) / total if total else None
    if fidelity is not None:
        contradicted = sum(f.code == "CONTRADICTED_CLAIM" for f in findings)
        # an inferred speaker's mismatch is an info finding, a look and no accusation: it costs nothing
        misattributed = sum(f.code == "ATTRIBUTION_MISMATCH" and f.severity != "info" for f in findings)
        fidelity *= (1 - settings.claim_penalty) ** contradicted * (1 - settings.attribution_penalty) ** misattributed
    return Scores(fidelity, qf, pf, coverage, translation)


# The evidence a translated edition leaves, each a number in 0..1; the likelihood is a logistic model of them
# whose weights (Settings ``tl_*``) were fitted on labelled editions (bench/tl_calibration.py --fit).
TL_FEATURES = (
    "switcher_other_first", "switcher_home", "translated_quotes", "translated_passages", "reworded_quotes",
    "calques",
)  # fmt: skip


def tl_features(
    language: LanguageResult, markers: Sequence[Marker], quotes: Sequence[Quote],
    passages: Sequence[Passage] = (), calques: int = 0,
) -> dict[str, float]:  # fmt: skip
    """The evidence for a translated edition, each in 0..1: a switcher that puts another language first (or
    this one), the share of checked quotes and of passages that match a source in another language, reworded
    quotes (translated and back, two at most) and calques (two at most)."""
    other = home = 0.0
    for m in markers:
        if m.kind == "language_switcher":
            langs = list(m.value.get("languages", []))
            if language.code and langs and langs[0] != language.code:
                other = 1.0
            else:
                home = 1.0
            break
    checked = [q for q in quotes if q.match.kind != "unchecked"]
    translated = sum(q.match.kind == "translated" for q in checked) / len(checked) if checked else 0.0
    by_meaning = sum(p.match.kind == "translated" for p in passages) / len(passages) if passages else 0.0
    reworded = min(2, sum(q.match.kind == "reworded" for q in quotes)) / 2
    return {
        "switcher_other_first": other, "switcher_home": home, "translated_quotes": translated,
        "translated_passages": by_meaning, "reworded_quotes": reworded, "calques": min(2, calques) / 2,
    }  # fmt: skip


def translation_likelihood(
    language: LanguageResult,
    markers: Sequence[Marker],
    quotes: Sequence[Quote],
    calques: int = 0,
    settings: Settings | None = None,
    passages: Sequence[Passage] = (),
) -> tuple[float, list[str]]:
    """0..1 that the article is a translated edition (a logistic model of :func:`tl_features`), with the
    reasons that moved it."""
    st = settings or Settings()
    f = tl_features(language, markers, quotes, passages, calques)
    z = st.tl_bias + sum(float(getattr(st, f"tl_{k}")) * v for k, v in f.items())
    why: list[str] = []
    if f["switcher_other_first"]:
        why.append(f"the site's switcher puts another language first, this edition is {language.code}")
    if f["translated_quotes"]:
        why.append(f"{f['translated_quotes']:.0%} of the checked quotes match a source in another language")
    if f["translated_passages"]:
        why.append(f"{f['translated_passages']:.0%} of the passages render a source in another language")
    if f["reworded_quotes"]:
        why.append("quotes reworded against a same-language source, as quotes translated back")
    if f["calques"]:
        why.append(f"{calques} phrasing(s) typical of translated text")
    return 1.0 / (1.0 + math.exp(-z)), why


def coverage(body_words: int, covered_words: int, have_sources: bool) -> float | None:
    if not have_sources or body_words <= 0:
        return None
    return min(1.0, covered_words / body_words)


# --- findings ------------------------------------------------------------------------------------

QUOTE_FINDING = {
    "altered": ("error", "QUOTE_ALTERED"),
    "unsupported": ("warning", "QUOTE_UNSUPPORTED"),
    "reworded": ("warning", "QUOTE_REWORDED"),
    "near_verbatim": ("info", "QUOTE_EDITED"),
    "translated": ("info", "QUOTE_TRANSLATED"),
}


def _short(s: str | None, n: int = 60) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


# Quote marks around this many words or fewer hold a term, a name or a nickname (scare quotes), not a speaker's
# words: on real coverage, one- and two-word quotes were terms in every case we judged.
TERM_MAX_WORDS = 2


def quote_findings(q: Quote, evidence: Evidence | None = None) -> list[Finding]:
    """The quote's verdict as a finding, its notes and its drift; ``evidence``: the quote and its source span."""
    kind = q.match.kind
    who = f" (credited to {q.speaker})" if q.speaker else ""
    unchecked = [  # words no source carries at that place (a cut-off source, a sentence it leaves out): not judged
        Finding("info", "QUOTE_PART_UNCHECKED", f"Quote {q.id}{who}: {note}", q.start, q.end)
        for note in q.match.notes
        if UNCHECKED in note
    ]
    if kind not in QUOTE_FINDING:
        return unchecked
    sev, code = QUOTE_FINDING[kind]
    if kind == "altered":
        diffs = "; ".join(
            f"“{c.quote or ''}” where the source has “{c.source or ''}”" if c.op == "replace"
            else (f"adds “{c.quote}”" if c.op == "insert" else f"drops “{c.source}”")
            for c in q.match.changes[:4]
        )  # fmt: skip
        msg = f"Quote {q.id}{who} differs from {q.match.source} without a mark: {diffs}"
    elif kind == "unsupported":
        if len(q.text.split()) <= TERM_MAX_WORDS:
            # A name, a nickname or a term in quote marks ("the «grain corridor»"): a scare quote, not
            # someone's words to check. Listed with its verdict, no warning.
            msg = f"“{_short(q.text)}” in quote marks is a term, not a quote to check"
            return [Finding("info", "TERM_IN_QUOTES", msg,
                            q.start, q.end)]  # fmt: skip
        msg = f"Quote {q.id}{who} “{_short(q.text)}” is carried by no source"
    elif kind == "reworded":
        msg = f"Quote {q.id}{who} rewords {q.match.source}: same meaning, not the speaker's words"
    elif kind == "translated":
        msg = f"Quote {q.id}{who} translates {q.match.source}"
    else:
        msg = f"Quote {q.id}{who} carries marked edits ({', '.join(q.marks) or 'brackets or ellipses'})"
    out = [Finding(sev, code, msg, q.start, q.end, evidence if kind != "unsupported" else None)]
    out += unchecked
    out += drift_findings((*q.drift, *q.weak_drift), q.start, q.end, f"quote {q.id}", evidence)
    return out


def sides(article_side: str | None, source_side: str | None, kind: str = "") -> str:
    """A drift's two sides in words; a side a rule read as absent (a hedge the rendering drops) is said so,
    not shown as empty quotation marks."""
    if article_side and source_side:
        return f"“{_short(article_side)}” where the source has “{_short(source_side)}”"
    if source_side and kind == "dropped_qualifier":  # the source side is the qualified phrase, rendered bare
        return f"the source's “{_short(source_side)}” is rendered without its qualifier"
    if source_side:
        return f"the source's “{_short(source_side)}” is not rendered"
    return f"“{_short(article_side)}” where the source has nothing of the kind"


def drift_findings(
    drift: Sequence[object], start: int, end: int, where: str, evidence: Evidence | None = None
) -> list[Finding]:
    """A finding per drift; ``evidence``: the article span and the source span it was read against."""
    out = []
    for d in drift:
        t = getattr(d, "type", "")
        qs, ss = getattr(d, "quote_side", None), getattr(d, "source_side", None)
        if t == "added_claim":
            code, msg = "ADDED_CLAIM", f"In {where}, “{_short(qs)}” is credited to a source that does not say it"
            if ss:
                msg += f"; the source says “{_short(ss)}”"
        else:
            code = f"DRIFT_{t.upper()}"
            label = t.replace("_", " ").capitalize()
            msg = f"{label} drift in {where}: {sides(qs, ss, t)}"
        if getattr(d, "confidence", None) == "low":
            msg = f"Possibly: {msg[0].lower()}{msg[1:]} (weak evidence, read across languages)"
        out.append(Finding(drift_severity(d), code, msg, start, end, evidence))
    return out


def drift_severity(d: object) -> str:
    """A drift's severity: its rule's, or info where the drift says its evidence is weak."""
    if getattr(d, "confidence", None) == "low":
        return "info"
    return SEVERITY.get(getattr(d, "type", ""), "warning")
