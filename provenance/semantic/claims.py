"""Claims: what the article says or credits to a source that a source denies, or that no source carries.

Two checks, on the article's headline and unquoted sentences:

* **contradicted** — a sentence shares its topic with a source span that negates it: the span carries a
  negation whose scope holds words of the sentence, the sentence does not (or the other way round), and the
  two share enough distinctive words (or, across languages, meaning) to be about one thing. A headline
  saying "the ministry opens talks on closing the base, reports the agency" against a source in which an
  official says "the meetings are not about closing the base" is the model case. When an NLI cross-encoder
  is installed (``models/``, kind ``nli``), it decides instead of the negation rule, for the pairs the topic
  test lets through.
* **added** — a sentence credits a claim to someone who speaks in the sources ("..., reports the ministry",
  "the agency said") while no source span carries it: it is neither a passage nor close in meaning to any
  span. (Claims credited to someone no source speaks for are the attribution stage's
  ``UNSOURCED_ATTRIBUTION``.)

A sentence that is already a passage gets the finding as drift (``added_claim``) on the passage; any other
gets a ``CONTRADICTED_CLAIM`` or ``ADDED_CLAIM`` finding, a warning, whose span covers the words at issue.
Every threshold is a ``claim_*`` field of :class:`~provenance.settings.Settings`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance import lexicon
from provenance.pipeline import anchors as A
from provenance.pipeline import meaning as M
from provenance.pipeline.align import PreparedSource
from provenance.pipeline.attribution import same_speaker
from provenance.pipeline.speaker_bodies import body_named_before
from provenance.report import Finding, Marker, Passage
from provenance.semantic import frames
from provenance.semantic import predicates as P
from provenance.semantic.claim_subjects import someone_else, voices, words_held
from provenance.semantic.claim_words import common_start, content_stems, toks
from provenance.semantic.claim_words import content_word as _content
from provenance.semantic.claim_words import stem as _stem
from provenance.semantic.claim_words import words as _words
from provenance.semantic.excerpts import cut_off, quotation_part, reported
from provenance.semantic.relatives import in_infinitive, in_relative_clause
from provenance.semantic.units import Unit, evidence_of, language_at, source_units
from provenance.settings import Settings, defaults
from provenance.text import lines, sentences, word_trie

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.semantic.matcher import Matcher

_TOKEN = frames.TOKEN
_HEAD_END = re.compile(r",|\s(?:and|but|or|и|і|та|а|или|et|ou|und|oder|y|o|ve|veya)\s", re.I)


@dataclass(frozen=True)
class Claim:
    """A sentence (or headline) of the article and whom it credits."""

    start: int
    end: int
    text: str
    credited: str | None  # the source an attribution in it names ("the ministry"), or None
    headline: bool = False
    content: str = ""  # its words without the attribution phrases ("… sprach von einer schwierigen Entscheidung")


def negation_scopes(text: str, settings: Settings | None = None) -> list[set[str]]:
    """For each negation in ``text``, the content stems it governs (to the clause end, at most
    ``negation_scope_words`` words)."""
    return [scope for scope, _ in negation_heads(text, settings)]


def negation_heads(
    text: str, settings: Settings | None = None, *, stated: bool = False, language: str | None = None
) -> list[tuple[set[str], set[str]]]:
    """For each negation in ``text``, its scope (as :func:`negation_scopes`) and its head: the first
    ``negation_head_words`` content stems, the predicate it denies ("not surprised and outraged by the news"
    denies being surprised, not the news). With ``stated``, only the negations the sentence states: not one inside a
    relative clause ("countries that had not reported cases" describes the countries)."""
    s = settings or defaults()
    scopes: list[tuple[set[str], set[str]]] = []
    for a, b in _clause_negations(text, language):  # "no doubt that Putin is responsible" asserts: left out there
        if stated and (in_relative_clause(text, a) or in_infinitive(text, a)):
            continue
        tail = text[a:b]
        stem = functools.partial(_stem, n=s.claim_stem_chars, n_cyrillic=s.claim_stem_chars_cyrillic)
        scope = {stem(x) for x in _words(tail)[: s.negation_scope_words] if _content(x, s.claim_min_word_chars)}
        cut = _HEAD_END.search(tail)  # the phrase it negates ends at a comma or a conjunction
        head = [stem(x) for x in _words(tail[: cut.start()] if cut else tail) if _content(x, s.claim_min_word_chars)]
        scopes.append((scope, set(head[: s.negation_head_words])))
    return scopes


# Prepositions that negate their noun, not a clause (lexicon negation_prepositions): "without drinking water" denies
# nothing a sentence about the water says.
_PREPOSITIONS = frozenset(w.casefold() for w in lexicon.words("negation_prepositions"))
_LAST_WORD = re.compile(r"(\w+)\W*$")


# Words that bound a negation in time or by a condition (lexicon negation_until): "will not end until all its goals
# are met" says when the war ends, and denies no claim that it will end.
_UNTIL = re.compile(rf"(?<!\w)(?:{word_trie(lexicon.words('negation_until'))})(?!\w)", re.I)


# Words that make a negation deny a reason (lexicon negation_reasons): "not because of a military coup, but
# because …" says why, and denies no claim that a coup took place.
_REASON = re.compile(rf"\s*(?:{word_trie(lexicon.words('negation_reasons'))})(?!\w)", re.I)


def _clause_negations(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """The spans of the negations of ``text`` (:func:`frames.negation_tails`) that a clause negation opens, and
    that no "until" or "unless" bounds and no reason opens."""
    out = []
    for a, b in frames.negation_tails(text, language):
        m = _LAST_WORD.search(text, max(0, a - 30), a)
        if m is not None and m.group(1).casefold() in _PREPOSITIONS:
            continue
        if not _UNTIL.search(text, a, b) and not _REASON.match(text, a, b):
            out.append((a, b))
    return out


def _first_head(text: str, s: Settings) -> set[str]:
    """The first content stem after each negation: the predicate it denies ("not about pulling …": pulling)."""
    stem = functools.partial(_stem, n=s.claim_stem_chars, n_cyrillic=s.claim_stem_chars_cyrillic)
    out = set()
    for a, b in _clause_negations(text):
        first = next((x for x in _words(text[a:b]) if _content(x, s.claim_min_word_chars)), None)
        if first is not None:
            out.add(stem(first))
    return out


# --- finding the claims --------------------------------------------------------------------------


# Names (exactly as written) a source the article does not draw on must share with one it draws on for its
# denials to be about the same story: a statement and the briefing on it share five and more; two stories in
# one region share a country's name or two.
STORY_MIN_NAMES = 4
# A sentence with an attribution and fewer content words than this besides it states nothing of its own.
ATTRIBUTION_ONLY_STEMS = 3


def _body_or(text: str, m: Marker) -> str:
    """Who an attribution credits: the body a bare "the bank" stands for, named before it, else its source."""
    who = str(m.value["source"])
    return body_named_before(text, m.start, who) or who


def claims_of(ctx: Context) -> list[Claim]:
    """The headline and the unquoted sentences, each with the source an attribution inside it credits."""
    # an attribution to "he" names a guess at who he is: it credits no claim (the claim stays the article's)
    attributions = [
        m for m in ctx.markers if m.kind == "attribution" and m.value.get("source") and not m.value.get("pronoun")
    ]
    furniture = ctx.furniture
    out: list[Claim] = []
    head = _headline(ctx)
    if head is not None:
        out.append(Claim(head[0], head[1], ctx.text[head[0] : head[1]], None, headline=True))
    quoted = [(q.start, q.end) for q in ctx.quotes]
    for (s0, s1), _ in ctx.unquoted:
        if head is not None and s0 < head[1] and head[0] < s1:
            continue
        if any(a < s1 and s0 < b for a, b in quoted):
            continue  # a sentence around a quote: the quote is checked as a quote, its frame is no claim
        if any(a < s1 and s0 < b for a, b in furniture):  # a repeated headline, a caption: said once already
            continue
        if len(ctx.text[s0:s1].split()) < ctx.settings.claim_min_words:
            continue  # "Maersk points out": a fragment left between quotes states nothing to check
        if quotation_part(ctx.text[s0:s1]):
            continue  # '… Safer together," X wrote.': the end of a quotation opened paragraphs above
        # a document alone ("in a statement") names no one: the claim is credited to the body or person named
        credited = next(
            (_body_or(ctx.text, m) for m in attributions if s0 <= m.start < s1 and not m.value.get("document")), None
        )
        said = sorted((m.start, m.end) for m in attributions if s0 <= m.start < s1)
        gaps = zip([s0] + [e for _, e in said], [b for b, _ in said] + [s1], strict=True)
        rest = "".join(ctx.text[a:b] for a, b in gaps)
        if said and len(content_stems(rest, ctx.settings)) < ATTRIBUTION_ONLY_STEMS:
            continue  # "Про це повідомили в ОВА", "The ministry said so on Friday": an attribution alone
        out.append(Claim(s0, s1, ctx.text[s0:s1], credited, content=" ".join(rest.split()) if said else ""))
    return out


def _headline(ctx: Context) -> tuple[int, int] | None:
    furniture = ctx.furniture
    for a, b in lines(ctx.text):
        if b - a > ctx.settings.max_title_chars:
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
    explicit: bool = False  # the source's own negation governs those words (same language, no model)
    similarity: float | None = None  # the claim's and the unit's calibrated similarity, where it was measured


def contradiction(claim: Claim, candidates: Sequence[tuple[PreparedSource, Unit, float]], lang: str | None,
                  nli: Any = None, settings: Settings | None = None) -> Contradiction | None:  # fmt: skip
    """The first candidate span that negates the claim (or that the claim negates), if any."""
    s = settings or defaults()
    c_stems = content_stems(claim.text, s)
    c_heads = negation_heads(claim.text, s, stated=True, language=lang)
    c_scopes = [scope for scope, _ in c_heads]
    for src, unit, sim in candidates:
        answered_no = _answered_no(src, unit)
        if (
            (frames.is_question(unit.text) and not answered_no)
            or unit.kind == "window"
            or len(sentences(unit.text)) > 1
        ):
            # a question asserts nothing ("Q: Will any of them go to the border areas?") unless its answer
            # opens "No."; two sentences (a window, a quoted post) are judged one by one: one may affirm what
            # the other's negation is next to
            continue
        same = lang is None or src.language is None or lang == src.language
        u_stems = content_stems(unit.text, s)
        shared = c_stems & u_stems
        if same and len(shared) < s.claim_topic_min_stems:
            continue
        if not same and sim < s.claim_topic_min_similarity:
            continue
        if nli is not None:
            if nli.contradiction(unit.text, claim.text) < s.nli_contradiction_min:
                continue
            return Contradiction(claim, src, unit, _span(claim, shared or c_stems, s), similarity=sim)
        # a question answered "No." denies all it asks: its stems are the scope and the head of that denial
        u_heads = (
            [(set(u_stems), set(u_stems))] if answered_no
            else negation_heads(unit.text, s, stated=True, language=src.language)
        )  # fmt: skip
        u_scopes = [scope for scope, _ in u_heads]
        if bool(u_scopes) == bool(c_scopes):
            continue
        if _negative_meaning(claim.text if u_scopes else unit.text):
            continue
        if M.ceased(unit.text, claim.text) if u_scopes else M.ceased(claim.text, unit.text):
            continue  # "no longer a national emergency" against "over as a national emergency"
        if not same:
            # Without a model, negation read across languages is a guess (each language's negation words and scopes
            # differ: on faithful translations it fired on one sentence in three); a cross-encoder (above) judges it.
            continue
        scope = set().union(*(u_scopes or c_scopes))
        head = set().union(*(h for _, h in (u_heads or c_heads)))
        at_issue = {t for t in scope & shared if one_lexeme(t, claim.text, unit.text, s)}
        if not at_issue & head & _common_noun_stems(claim.text, s):
            continue  # the other side states the words near the negation, not the thing it denies
        if u_scopes and any(at_issue & scope for scope, _ in negation_heads(claim.text, s, language=lang)):
            continue  # the claim denies it too, in a clause the stated reading set aside ("state clearly that no …")
        # "not about pulling our troops out" denies the pulling out, not that troops are there; a framing term the
        # source denies and the claim asserts ("withdrawal") is the thing at issue itself
        framed = frames.denied_terms(unit.text, src.language) & {c for c, *_ in frames.asserted_terms(claim.text, lang)}
        # the negated predicate is what the claim states ("просим не возвращаться …": the return, not the evacuation),
        # or a verb the denial passes through ("that does not mean"); no topic word most sentences use ("no dam …")
        rare, firsts = distinctive_stems(src, s), [_first_head(t, s) for t in (unit.text, claim.text)]
        acted = answered_no or any(f & (shared & rare | _transparent(s)) for f in firsts)
        acted = acted or (any(f & shared for f in firsts) and bool(head & shared & rare))
        if not framed and not acted:
            continue
        if len(at_issue) < s.claim_at_issue_min or not (at_issue & rare):
            continue
        if len(at_issue & _common_noun_stems(claim.text, s)) < (1 if framed else s.claim_at_issue_min):
            # names at issue ("Port X", "H5N1") and one common word ("national"): the topic both speak of,
            # not a thing one of them denies
            continue
        return Contradiction(claim, src, unit, _span(claim, at_issue, s), explicit=bool(u_scopes), similarity=sim)
    if nli is not None or c_heads or negation_heads(claim.text, s, language=lang):
        return None  # (a claim with a negation of its own, "… state clearly that no such thing will happen": no verb
    return _denied_predicate(claim, candidates, lang, s)  # it asserts for a source's denial to contradict)


def _denied_predicate(claim: Claim, candidates: Sequence[tuple[PreparedSource, Unit, float]], lang: str | None,
                      s: Settings) -> Contradiction | None:  # fmt: skip
    """The first same-language candidate whose negated clause denies the verb and all else the claim states
    (:mod:`provenance.semantic.predicates`), where the scope rule above found nothing. The verb is one on both
    sides, so a verb of negative meaning ("cut off") is no negation of its own here."""
    for src, unit, sim in candidates:
        if lang is None or src.language != lang or unit.kind == "window" or len(sentences(unit.text)) > 1:
            continue
        if frames.is_question(unit.text) or M.ceased(unit.text, claim.text):
            continue
        denied = P.denied_predicate(claim.text, unit.text, s)
        if denied:
            return Contradiction(claim, src, unit, _span(claim, denied, s), explicit=True, similarity=sim)
    return None


# Two words that share a stem are one word, inflected, when the shorter is the longer's start but for its last
# letter or none ("hostage"/"hostages", "return"/"returned", "negotiate"/"negotiations", "заложники"/"заложников");
# "continue" and "contingent" share "contin" and are two words (a denial of the one is no denial of the other).
LEXEME_LAST_LETTERS = 1


def one_lexeme(stem: str, a: str, b: str, settings: Settings | None = None) -> bool:
    """Whether a word of ``a`` and one of ``b`` with this stem are one word in two forms (LEXEME_LAST_LETTERS);
    true where either side lacks the stem (nothing to tell apart)."""
    s = settings or defaults()
    xs = [w for w in _words(a) if _stem(w, s.claim_stem_chars, s.claim_stem_chars_cyrillic) == stem]
    ys = [w for w in _words(b) if _stem(w, s.claim_stem_chars, s.claim_stem_chars_cyrillic) == stem]
    return not (xs and ys) or any(
        common_start(x, y) >= min(len(x), len(y)) - LEXEME_LAST_LETTERS for x in xs for y in ys
    )


def _answered_no(src: PreparedSource, unit: Unit) -> bool:
    """A question of the source whose answer opens with a bare "No." (:func:`frames.answered_no`)."""
    return frames.is_question(unit.text) and frames.answered_no(src.text, unit.end)


def _transparent(s: Settings) -> frozenset[str]:
    """Stems of the verbs a negation passes through to the clause they introduce (lexicon ``negation_transparent``)."""
    return _transparent_stems(s.claim_stem_chars, s.claim_stem_chars_cyrillic)


@functools.lru_cache(maxsize=8)  # asked for every candidate span of every claim
def _transparent_stems(n: int, n_cyrillic: int) -> frozenset[str]:
    return frozenset(_stem(w.casefold(), n, n_cyrillic) for w in lexicon.words_all("negation_transparent"))


def _common_noun_stems(text: str, s: Settings) -> frozenset[str]:
    """Stems of the content words written in lower case (not names): what a denial can be about."""
    words = [m.group() for m in _TOKEN.finditer(text) if m.group()[:1].islower()]
    return frozenset(_stem(w.casefold(), s.claim_stem_chars, s.claim_stem_chars_cyrillic)
                     for w in words if _content(w.casefold(), s.claim_min_word_chars))  # fmt: skip


def distinctive_stems(src: PreparedSource, settings: Settings | None = None) -> frozenset[str]:
    """Stems that few of the source's sentences use (cached on the source)."""
    s = settings or defaults()
    key = _cache_key("claims.distinctive", s, s.claim_distinctive_share, s.claim_distinctive_min)
    hit = src.extra.get(key)
    if hit is None:
        sents = [u for u in source_units(src, s) if u.kind == "sentence"]
        df: dict[str, int] = {}
        for u in sents:
            for st in content_stems(u.text, s):
                df[st] = df.get(st, 0) + 1
        limit = max(s.claim_distinctive_min, int(s.claim_distinctive_share * len(sents)))
        hit = frozenset(st for st, n in df.items() if n <= limit)
        src.extra[key] = hit
    return hit


def _cache_key(name: str, s: Settings, *more: object) -> str:
    """Where a source keeps what these settings derive from it: the stems and units depend on them."""
    parts = (s.claim_stem_chars, s.claim_stem_chars_cyrillic, s.claim_min_word_chars, s.semantic_min_words,
             s.semantic_min_unit_words, *more)  # fmt: skip
    return name + ":" + ":".join(map(str, parts))


def _negative_meaning(text: str) -> bool:
    low = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(p)}", low) for p in M.NEGATIVE_MEANING)


def _span(claim: Claim, stems: AbstractSet[str], settings: Settings) -> tuple[int, int]:
    hits = [t for t in toks(claim.text, claim.start, settings) if t.stem in stems]
    if not hits:
        return claim.start, claim.end
    return hits[0].start, hits[-1].end


# --- the check -----------------------------------------------------------------------------------


def check(ctx: Context, matcher: Matcher) -> None:
    """Add contradicted and added claims to the report (as passage drift or as findings)."""
    s = ctx.settings
    heard = voices(ctx.sources)
    nli = _nli(matcher)
    passages = {(p.start, p.end): i for i, p in enumerate(ctx.passages)}
    drawn_on = _drawn_on(ctx)
    body = 0  # body sentences seen: the first ones are the lede
    for claim in claims_of(ctx):
        voiced = claim.credited is not None and any(same_speaker(claim.credited, v, s) for v in heard)
        if claim.credited is not None and not voiced:
            continue  # credited to someone the sources do not speak for: theirs to answer, not the sources'
        lang = language_at(ctx, claim.start, claim.end)
        near = matcher.nearest(claim.text, lang, drawn_on, s.claim_nearest_spans, s)
        near += _sharing_units(claim, drawn_on, lang, near, s)
        found = contradiction(claim, near, lang, nli, s)
        if found is not None and claim.credited is None and not claim.headline and reported(claim.text):
            found = None  # "Yerevan … reiterated that it had no troops there": one side's word, not the article's
        if found is not None and (
            (found.explicit and _affirmed(claim, found, drawn_on, lang, s))
            or someone_else(claim.text, claim.start, found.span, found.unit.text)  # "endorsed Deputy Mayor X to run"
        ):
            found = None
        if found is None and (claim.headline or body < s.claim_lede_sentences):
            found = _framed(claim, drawn_on, lang, s)
        body += not claim.headline
        p_index = _passage_at(passages, ctx.passages, claim)
        if found is not None:
            _report_contradiction(ctx, found, p_index)
            continue
        if not voiced or p_index is not None or claim.headline:
            continue
        best = near[0][2] if near else 0.0
        if claim.content and best < s.claim_carried_similarity:  # what is said, without who says it
            alone = matcher.nearest(claim.content, lang, drawn_on, s.claim_nearest_spans, s)
            best, near = max(best, alone[0][2] if alone else 0.0), near + alone
        if best >= s.claim_carried_similarity or any(_same_facts(claim.text, u.text) for _, u, _ in near):
            continue
        if any(_same_words(claim.text, src, u, s) for src, u, _ in near if src.language in (None, lang)):
            continue
        own = [src for src in drawn_on if any(same_speaker(str(claim.credited), v, s) for v in voices([src]))]
        if all(cut_off(src) for src in own):
            continue  # an excerpt cut off mid-sentence: what it does not carry its speaker may say past the cut
        if words_held(own, str(claim.credited), s) < s.claim_voice_min_words:
            continue  # a post or a few quoted lines: too little of what they said to call a claim of theirs added
        if not any(src.language in (None, lang) for src in own):
            # the speaker's sources are in another language (a weak cosine is no evidence none says it), or the
            # speaker is a voice only of sources the article does not draw on (another story's deputy minister)
            continue
        msg = (f"“{_short(claim.text)}” is credited to {claim.credited}, who speaks in the sources, but no source "
               "span carries it")  # fmt: skip
        best_at = max(near, key=lambda t: t[2], default=None)  # the nearest span, shown to the editor
        ev = evidence_of(claim.text, *best_at) if best_at else None
        ctx.findings.append(Finding("warning", "ADDED_CLAIM", msg, claim.start, claim.end, ev))


def _framed(claim: Claim, sources: Sequence[PreparedSource], lang: str | None, s: Settings) -> Contradiction | None:
    """A headline or lede asserting a framing term that a source denies
    (:mod:`provenance.semantic.frames`), unless a source asserts the term itself or the claim is credited to
    someone the denying source does not speak for."""
    units = [(src, u) for src in sources for u in source_units(src, s) if u.kind in ("sentence", "quote")]
    found = frames.frame_denial(claim.text, claim.start, lang, units)
    if found is None:
        return None
    said = [
        (src, u)
        for src, u in units
        if not frames.is_question(u.text) and not frames.in_question_turn(src.text, u.start)
    ]  # a reporter's question gives the frame no voice
    if any(c == found.concept for src, u in said for c, _, _ in frames.asserted_terms(u.text, src.language)):
        return None  # one source says it: the frame has a voice (the other side of the talks)
    if claim.credited is not None and not any(same_speaker(claim.credited, v, s) for v in voices([found.source])):
        return None
    return Contradiction(claim, found.source, found.unit, found.span)


# A near unit that shares this many content words with a claim, this many of them rare in its source, carries
# it, however low the encoder puts the pair: reported speech rewords the rest ("says he plans to speak to the
# American people Thursday" for "Tomorrow, I will … speak to the American people"; encoders: 0.29).
CLAIM_CARRIED_STEMS = 3
CLAIM_CARRIED_RARE = 2


def _same_words(claim: str, src: PreparedSource, unit: Unit, s: Settings) -> bool:
    shared = content_stems(claim, s) & content_stems(unit.text, s)
    return len(shared) >= CLAIM_CARRIED_STEMS and len(shared & distinctive_stems(src, s)) >= CLAIM_CARRIED_RARE


def _same_facts(claim: str, unit: str) -> bool:
    """A near unit states the claim's telling number or date with none in conflict ("about 30 ships a day in the
    first month"): the claim is carried, though its wording in another language scores low."""
    v = A.compare(A.anchors_of(claim), A.anchors_of(unit))
    return v.facts > 0 and not v.conflicts


def _drawn_on(ctx: Context) -> list[PreparedSource]:
    """The sources the article draws on (a quote or a passage matched): claims are held against those. A
    source on another story shares words with any sentence and its denials are not about this one. When
    nothing matched, every source is a candidate."""
    used = {q.match.source for q in ctx.quotes} | {p.match.source for p in ctx.passages}
    drawn = [s for s in ctx.sources if s.id in used]
    if not drawn:
        return list(ctx.sources)
    # ... and a source on the same story, though the article quotes none of it: the briefing beside the
    # statement, which names the same places and people, written the same way (STORY_MIN_NAMES of them)
    known = {n for src in drawn for n in A.anchors_of(src.text, language=src.language).names}
    return drawn + [
        s for s in ctx.sources
        if s.id not in used and len(known & set(A.anchors_of(s.text, language=s.language).names)) >= STORY_MIN_NAMES
    ]  # fmt: skip


def _passage_at(index: dict[tuple[int, int], int], passages: Sequence[Passage], claim: Claim) -> int | None:
    hit = index.get((claim.start, claim.end))
    if hit is not None:
        return hit
    for i, p in enumerate(passages):
        # the passage holds the claim, or is the claim's sentence without the dateline that opens it
        if (p.start <= claim.start and claim.end <= p.end) or (claim.start <= p.start < claim.end == p.end):
            return i
    return None


def _report_contradiction(ctx: Context, found: Contradiction, p_index: int | None) -> None:
    """A claim a source denies is a ``CONTRADICTED_CLAIM`` finding: an error where the denial is explicit (the
    source's own negation governs the words at issue, ``found.explicit``), else a warning (read across languages
    or by a model). A passage already showing the flipped negation as drift is not reported twice."""
    claim, unit = found.claim, found.unit
    a, b = found.span
    words = ctx.text[a:b]
    who = f"credited to {claim.credited}" if claim.credited else ("in the headline" if claim.headline else "")
    if p_index is not None:
        p = ctx.passages[p_index]
        if any(d.type == "negation" and d.source_side and d.source_side in unit.text for d in p.drift):
            return  # the passage's own drift already says it
    msg = (
        f"“{_short(words)}”{' ' + who if who else ''} is contradicted by {found.source.id}: “{_short(unit.text, 120)}”"
    )
    ev = evidence_of(words, found.source, unit, found.similarity)
    ctx.findings.append(Finding("error" if found.explicit else "warning", "CONTRADICTED_CLAIM", msg, a, b, ev))


def _sharing_units(
    claim: Claim,
    sources: Sequence[PreparedSource],
    lang: str | None,
    have: Sequence[tuple[PreparedSource, Unit, float]],
    settings: Settings,
) -> list[tuple[PreparedSource, Unit, float]]:
    """Same-language units that share ``claim_topic_min_stems`` stems with the claim and carry a negation
    (cheap: no model)."""
    seen = {(s.id, u.start, u.end) for s, u, _ in have}
    stems = content_stems(claim.text, settings)
    out = []
    for src in sources:
        if lang is not None and src.language is not None and lang != src.language:
            continue
        for u, u_stems in _negated_units(src, settings):
            if (src.id, u.start, u.end) not in seen and len(stems & u_stems) >= settings.claim_topic_min_stems:
                out.append((src, u, 0.0))
    return out


def _negated_units(src: PreparedSource, s: Settings) -> list[tuple[Unit, frozenset[str]]]:
    """The source's sentence, quote and clause units that carry a negation, with their stems."""
    return [(u, stems) for u, stems, negated in _stemmed_units(src, s) if negated]


def _stemmed_units(src: PreparedSource, s: Settings) -> list[tuple[Unit, frozenset[str], bool]]:
    """The source's units but windows, each with its stems and whether it carries a negation (cached)."""
    key = _cache_key("claims.stemmed", s, s.negation_scope_words)
    hit = src.extra.get(key)
    if hit is None:
        hit = [(u, content_stems(u.text, s), bool(negation_scopes(u.text, s)) or _answered_no(src, u))
               for u in source_units(src, s) if u.kind != "window"]  # fmt: skip
        src.extra[key] = hit
    return hit


def _affirmed(claim: Claim, found: Contradiction, sources: Sequence[PreparedSource], lang: str | None,
              s: Settings) -> bool:  # fmt: skip
    """Another sentence of the sources states, with no negation, the claim's words the denial shares and a word
    of the claim the denial lacks ("I declare the spill over as a threat to the bay" beside "that does not mean
    the spill is over as a threat to the fishermen"): the denial is of something next to what the claim says."""
    common = _common_noun_stems(claim.text, s)
    denied = content_stems(found.unit.text, s)
    need, extra = common & denied, common - denied
    if not need or not extra:
        return False
    for src in sources:
        if lang is not None and src.language is not None and lang != src.language:
            continue
        for u, stems in _plain_units(src, s):
            if need <= stems and stems & extra and not frames.is_question(u.text):
                return True
    return False


def _plain_units(src: PreparedSource, s: Settings) -> list[tuple[Unit, frozenset[str]]]:
    """The source's sentence and quote units that carry no negation, with their stems."""
    return [
        (u, stems) for u, stems, negated in _stemmed_units(src, s) if not negated and u.kind in ("sentence", "quote")
    ]


def _nli(matcher: Matcher) -> Any:
    spec = matcher.plan.nli
    if spec is None:
        return None
    return matcher.encoder(spec)


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
