"""Claims: what the article says or credits to a source that a source denies, or that no source carries.

Two checks, on the article's headline and unquoted sentences:

* **contradicted** — a sentence shares its topic with a source span that negates it: the span carries a
  negation whose scope holds words of the sentence, the sentence does not (or the other way round), and the
  two share enough distinctive words (or, across languages, meaning) to be about one thing. Seed 003's
  headline and lead ("negotiations on the withdrawal of its troops from Iraq, reports the Pentagon") against
  the Pentagon official in seed 000 ("the HMC meetings are not about a negotiation about the withdrawal of US
  forces from Iraq") is the model case. When an NLI cross-encoder is installed (``models/``, kind ``nli``),
  it decides instead of the negation rule, for the pairs the topic test lets through.
* **added** — a sentence credits a claim to someone who speaks in the sources ("..., reports the ministry",
  "the Pentagon said") while no source span carries it: it is neither a passage nor close in meaning to
  any span. (Claims credited to someone no source speaks for are the attribution stage's
  ``UNSOURCED_ATTRIBUTION``.)

A sentence that is already a passage gets the finding as drift (``added_claim``) on the passage; any other
gets a ``CONTRADICTED_CLAIM`` or ``ADDED_CLAIM`` finding, a warning, whose span covers the words at issue.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from provenance.pipeline import anchors as A
from provenance.pipeline.align import STOPWORDS, PreparedSource
from provenance.report import Drift, Finding, Passage
from provenance.text import lines

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.semantic.stage import Matcher, Unit

# A claim and a source span are about one thing when they share this many distinctive word stems (not stop
# words, not numbers): "withdrawal" and "Iraq" in the seed's case. One shared word is a coincidence.
TOPIC_MIN_STEMS = 2
# ... or, for a span in another language, when their calibrated similarity reaches this: well above the
# level of sentences that merely share a topic (0.3-0.45 on the semantic cases).
TOPIC_MIN_SIMILARITY_CROSS = 0.55
# Words of the claim that fall in the source's negation scope: at least this many, and at least one of them
# distinctive (found in few of the source's sentences: "withdrawal", not "Iraq" in an article about Iraq).
AT_ISSUE_MIN = 2
# A stem is distinctive when at most this share of the source's sentences (and at least DISTINCTIVE_MIN
# of them) use it.
DISTINCTIVE_SHARE = 0.15
DISTINCTIVE_MIN = 2
# Same-language spans looked at per claim: the closest in meaning, plus any that share stems.
NEAREST_SPANS = 5
# Words after a negation that it governs ("not about a negotiation about the withdrawal of US forces"):
# the rest of the clause, at most this many words.
NEGATION_SCOPE_WORDS = 12
# Stem length: enough to join "negotiation"/"negotiations" and "withdraw"/"withdrawal", short enough for
# Slavic endings ("переговори"/"переговорів").
STEM_CHARS = 6
STEM_CHARS_CYRILLIC = 5
# A claim credited to a source voice counts as carried when its best span's calibrated similarity reaches this
# (a loose paraphrase); below it, and with no passage, it is an added claim.
CARRIED_MIN_SIMILARITY = 0.5
# Probability of "contradiction" at which an NLI cross-encoder's verdict stands.
NLI_CONTRADICTION_MIN = 0.5
# Headlines longer than this are paragraphs (as pipeline.MAX_TITLE_CHARS).
MAX_TITLE_CHARS = 200

_FURNITURE = frozenset({"language_switcher", "byline", "dateline", "photo_credit", "updated", "boilerplate"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE)
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:but|while|whereas|although|а|але|но|однак|однако)\b", re.I)


@dataclass(frozen=True)
class Claim:
    """A sentence (or headline) of the article and whom it credits."""

    start: int
    end: int
    text: str
    credited: str | None  # the source an attribution in it names ("the Pentagon"), or None
    headline: bool = False


@dataclass(frozen=True)
class Tok:
    stem: str
    start: int
    end: int
    negation: bool


def _stem(word: str) -> str:
    w = word.casefold().replace("’", "'")
    n = STEM_CHARS_CYRILLIC if any("\u0400" <= c <= "\u04ff" for c in w) else STEM_CHARS
    return w[:n]


def toks(text: str, offset: int = 0) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group().casefold().replace("’", "'")
        out.append(Tok(_stem(w), m.start() + offset, m.end() + offset, w in A.NEGATIONS or w.endswith("n't")))
    return out


def _content(t: Tok, word: str) -> bool:
    return len(word) >= 3 and not word.isdigit() and word not in STOPWORDS and word not in A.NEGATIONS


@lru_cache(maxsize=8192)
def content_stems(text: str) -> frozenset[str]:
    return frozenset(t.stem for t, w in _with_words(text) if _content(t, w))


def _with_words(text: str, offset: int = 0) -> list[tuple[Tok, str]]:
    ts = toks(text, offset)
    return [(t, text[t.start - offset : t.end - offset].casefold()) for t in ts]


def negation_scopes(text: str) -> list[set[str]]:
    """For each negation in ``text``, the content stems it governs (to the clause end, NEGATION_SCOPE_WORDS at most)."""
    scopes = []
    for m in _TOKEN.finditer(text):
        w = m.group().casefold().replace("’", "'")
        if not (w in A.NEGATIONS or w.endswith("n't")):
            continue
        end = _CLAUSE_END.search(text, m.end())
        tail = text[m.end() : end.start() if end else len(text)]
        words = [(t, x) for t, x in _with_words(tail)][:NEGATION_SCOPE_WORDS]
        scopes.append({t.stem for t, x in words if _content(t, x)})
    return scopes


# --- finding the claims --------------------------------------------------------------------------


def claims_of(ctx: Context) -> list[Claim]:
    """The headline and the unquoted sentences, each with the source an attribution inside it credits."""
    attributions = [m for m in ctx.markers if m.kind == "attribution" and m.value.get("source")]
    furniture = [(m.start, m.end) for m in ctx.markers if m.kind in _FURNITURE]
    out: list[Claim] = []
    head = _headline(ctx)
    if head is not None:
        out.append(Claim(head[0], head[1], ctx.text[head[0] : head[1]], None, headline=True))
    quoted = [(q.start, q.end) for q in ctx.quotes]
    for (s0, s1), _ in ctx.unquoted:
        if head is not None and s0 < head[1] and head[0] < s1:
            continue
        if any(a <= s0 and s1 <= b for a, b in quoted):
            continue
        if any(a < s1 and s0 < b for a, b in furniture):  # a repeated headline, a caption: said once already
            continue
        credited = next((str(m.value["source"]) for m in attributions if s0 <= m.start < s1), None)
        out.append(Claim(s0, s1, ctx.text[s0:s1], credited))
    return out


def _headline(ctx: Context) -> tuple[int, int] | None:
    furniture = [(m.start, m.end) for m in ctx.markers if m.kind in _FURNITURE]
    for a, b in lines(ctx.text):
        if b - a > MAX_TITLE_CHARS:
            return None
        if not any(x < b and a < y for x, y in furniture):
            return (a, b)
    return None


# --- contradiction -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contradiction:
    claim: Claim
    source: PreparedSource
    unit: Unit
    span: tuple[int, int]  # the claim's words at issue


def contradiction(claim: Claim, candidates: Sequence[tuple[PreparedSource, Unit, float]], lang: str | None,
                  nli: Any = None) -> Contradiction | None:  # fmt: skip
    """The first candidate span that negates the claim (or that the claim negates), if any."""
    c_stems = content_stems(claim.text)
    c_scopes = negation_scopes(claim.text)
    for src, unit, sim in candidates:
        same = lang is None or src.language is None or lang == src.language
        u_stems = content_stems(unit.text)
        shared = c_stems & u_stems
        if same and len(shared) < TOPIC_MIN_STEMS:
            continue
        if not same and sim < TOPIC_MIN_SIMILARITY_CROSS:
            continue
        if nli is not None:
            if nli.contradiction(unit.text, claim.text) < NLI_CONTRADICTION_MIN:
                continue
            return Contradiction(claim, src, unit, _span(claim, shared or c_stems))
        u_scopes = negation_scopes(unit.text)
        if bool(u_scopes) == bool(c_scopes):
            continue
        if _negative_meaning(claim.text if u_scopes else unit.text):
            continue
        if not same:
            return Contradiction(claim, src, unit, (claim.start, claim.end))
        scope = set().union(*(u_scopes or c_scopes))
        at_issue = scope & shared
        rare = distinctive_stems(src)
        if len(at_issue) < AT_ISSUE_MIN or not (at_issue & rare):
            continue
        return Contradiction(claim, src, unit, _span(claim, at_issue))
    return None


def distinctive_stems(src: PreparedSource) -> frozenset[str]:
    """Stems that few of the source's sentences use (cached on the source)."""
    from provenance.semantic.stage import source_units

    key = "claims.distinctive"
    hit = src.extra.get(key)
    if hit is None:
        sents = [u for u in source_units(src) if u.kind == "sentence"]
        df: dict[str, int] = {}
        for u in sents:
            for st in content_stems(u.text):
                df[st] = df.get(st, 0) + 1
        limit = max(DISTINCTIVE_MIN, int(DISTINCTIVE_SHARE * len(sents)))
        hit = frozenset(st for st, n in df.items() if n <= limit)
        src.extra[key] = hit
    return hit


def _negative_meaning(text: str) -> bool:
    low = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(p)}", low) for p in A.NEGATIVE_MEANING)


def _span(claim: Claim, stems: AbstractSet[str]) -> tuple[int, int]:
    hits = [t for t in toks(claim.text, claim.start) if t.stem in stems]
    if not hits:
        return claim.start, claim.end
    return hits[0].start, hits[-1].end


# --- the check -----------------------------------------------------------------------------------


def check(ctx: Context, matcher: Matcher) -> None:
    """Add contradicted and added claims to the report (as passage drift or as findings)."""
    from provenance.pipeline.attribution import same_speaker
    from provenance.semantic.stage import language_at

    voices = _voices(ctx.sources)
    nli = _nli(matcher)
    passages = {(p.start, p.end): i for i, p in enumerate(ctx.passages)}
    for claim in claims_of(ctx):
        voiced = claim.credited is not None and any(same_speaker(claim.credited, v) for v in voices)
        if claim.credited is not None and not voiced:
            continue  # credited to someone the sources do not speak for: theirs to answer, not the sources'
        lang = language_at(ctx, claim.start, claim.end)
        near = matcher.nearest(claim.text, lang, ctx.sources, top=NEAREST_SPANS)
        near += _sharing_units(claim, ctx.sources, lang, near)
        found = contradiction(claim, near, lang, nli)
        p_index = _passage_at(passages, ctx.passages, claim)
        if found is not None:
            _report_contradiction(ctx, found, p_index)
            continue
        if not voiced or p_index is not None or claim.headline:
            continue
        best = near[0][2] if near else 0.0
        if best >= CARRIED_MIN_SIMILARITY:
            continue
        msg = (f"“{_short(claim.text)}” is credited to {claim.credited}, who speaks in the sources, but no source "
               "span carries it")  # fmt: skip
        ctx.findings.append(Finding("warning", "ADDED_CLAIM", msg, claim.start, claim.end))


def _passage_at(index: dict[tuple[int, int], int], passages: Sequence[Passage], claim: Claim) -> int | None:
    hit = index.get((claim.start, claim.end))
    if hit is not None:
        return hit
    for i, p in enumerate(passages):
        if p.start <= claim.start and claim.end <= p.end:
            return i
    return None


def _report_contradiction(ctx: Context, found: Contradiction, p_index: int | None) -> None:
    claim, unit = found.claim, found.unit
    a, b = found.span
    words = ctx.text[a:b]
    who = f"credited to {claim.credited}" if claim.credited else ("in the headline" if claim.headline else "")
    if p_index is not None:
        p = ctx.passages[p_index]
        if any(d.type == "negation" and d.source_side and d.source_side in unit.text for d in p.drift):
            return  # the passage's own drift already says it
        drift = (*p.drift, Drift("added_claim", words, _short(unit.text, 160)))
        ctx.passages[p_index] = dataclasses.replace(p, drift=drift)
        return
    msg = (
        f"“{_short(words)}”{' ' + who if who else ''} is contradicted by {found.source.id}: “{_short(unit.text, 120)}”"
    )
    ctx.findings.append(Finding("warning", "CONTRADICTED_CLAIM", msg, a, b))


def _sharing_units(
    claim: Claim,
    sources: Sequence[PreparedSource],
    lang: str | None,
    have: Sequence[tuple[PreparedSource, Unit, float]],
) -> list[tuple[PreparedSource, Unit, float]]:
    """Same-language units that share TOPIC_MIN_STEMS stems with the claim and carry a negation (cheap: no model)."""
    seen = {(s.id, u.start, u.end) for s, u, _ in have}
    stems = content_stems(claim.text)
    out = []
    for src in sources:
        if lang is not None and src.language is not None and lang != src.language:
            continue
        for u, u_stems in _negated_units(src):
            if (src.id, u.start, u.end) not in seen and len(stems & u_stems) >= TOPIC_MIN_STEMS:
                out.append((src, u, 0.0))
    return out


def _negated_units(src: PreparedSource) -> list[tuple[Unit, frozenset[str]]]:
    """The source's sentence, quote and clause units that carry a negation, with their stems (cached)."""
    from provenance.semantic.stage import source_units

    key = "claims.negated"
    hit = src.extra.get(key)
    if hit is None:
        hit = [(u, frozenset(content_stems(u.text))) for u in source_units(src)
               if u.kind != "window" and negation_scopes(u.text)]  # fmt: skip
        src.extra[key] = hit
    return hit


def _voices(sources: Sequence[PreparedSource]) -> list[str]:
    out = [str(s.extra.get("author")) for s in sources if s.extra.get("author")]
    out += [str(who) for s in sources for _, _, who in s.extra.get("speakers", []) if who]
    return out


def _nli(matcher: Matcher) -> Any:
    spec = matcher.plan.nli
    if spec is None:
        return None
    return matcher.encoder(spec)


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --- an NLI cross-encoder ------------------------------------------------------------------------


class NliModel:
    """A local NLI cross-encoder (transformers ``AutoModelForSequenceClassification``), offline."""

    def __init__(self, name: str, path: str) -> None:
        import os

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
            batch = self._tok(premise, hypothesis, truncation=True, max_length=256, return_tensors="pt")
            probs = torch.softmax(self._model(**batch).logits[0], dim=-1)
        return float(probs[self._contra])
