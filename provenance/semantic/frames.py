"""Framing across languages: a headline or lede that frames a story in the very terms a source denies.

An official says "this is not a negotiation about the withdrawal of our trainers"; a Turkish, Arabic or French
edition heads its story "talks on the withdrawal of the trainers". No word of the two is shared, and without a
model that reads both languages' negations together the claims check cannot tell a denial from agreement. The
framing terms that news uses for such stories (what the troops do: withdrawal, combat) are few and are written
in every language (lexicon ``claim_frames.LANG``); a source sentence that denies one, in a source the article
draws on, against a headline or lede that asserts it in another language is a contradicted claim, with the
source's sentence as its evidence. A claim that reports the denial itself ("the ministry denies any
withdrawal"), that negates the term, or that is a question asserts nothing of the kind.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline import meaning as M
from provenance.pipeline.negation_drift import homographs

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource
    from provenance.semantic.units import Unit

FRAMES = "claim_frames"
# A claim that holds one of these reports a denial ("denies", "rules out"): it asserts nothing to contradict.
DENIAL = "denial"

# A word (letters, with inner apostrophes) or a run of digits.
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", re.UNICODE)
_CLAUSE_END = re.compile(
    r"[.;:!?—–]|\s--\s|,\s+(?:and|but|while|whereas|although|а|але|но|однак|однако|и|і|та|et|mais|und|aber|y|pero)\b",
    re.I,
)
# Arabic writes "and", "by", "to" and "the" on the word: "والانسحاب" is "and the withdrawal".
_AR_CLITICS = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")


@dataclass(frozen=True)
class FrameDenial:
    """A source unit that denies a framing term a claim asserts."""

    concept: str
    source: PreparedSource
    unit: Unit
    span: tuple[int, int]  # the claim's words that assert the term (absolute offsets)


@cache
def forms(lang: str) -> tuple[tuple[str, str], ...]:
    """``(concept, form)`` rows of a language's framing terms, casefolded (``none`` rows included: see terms)."""
    out = []
    for row in lexicon.rows(FRAMES, lang, "tsv"):
        concept, _, form = row.partition("\t")
        if form.strip():
            out.append((concept.strip(), form.strip().casefold()))
    return tuple(out)


# A row of this concept names a word that starts like a framing term and is another word: French "retraite"
# (retirement) is no "retrait" (withdrawal), Russian "выводы" (conclusions) no "вывод" (withdrawal).
NOT_A_TERM = "none"
# Elided articles and prepositions joined to a word by an apostrophe: French "l'accord", "d'un", Italian
# "dell'intesa", "sull'accordo". The word after the apostrophe is read as well.
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’](?=[^\W\d_]{3})")


def _word_forms(word: str) -> list[str]:
    w = word.casefold()
    if w and "\u0600" <= w[0] <= "\u06ff":
        return [w] + [w[len(c) :] for c in _AR_CLITICS if w.startswith(c) and len(w) - len(c) >= 3]
    elided = _ELISION.match(w)
    return [w, w[elided.end() :]] if elided else [w]


def _form_matches(form: str, word_forms: Sequence[str]) -> bool:
    """A form is the start of a word (one of its ``_word_forms``), or the whole word when it ends with "$" ("deal$":
    not "dealer")."""
    if form.endswith("$"):
        return form[:-1] in word_forms
    return any(f.startswith(form) for f in word_forms)


def terms(text: str, lang: str | None, offset: int = 0) -> list[tuple[str, int, int]]:
    """The framing terms in ``text``: ``(concept, start, end)`` of each word (or phrase) that says one. A phrase
    form's words are each the start of a word in a row ("примусов евакуац": "примусової евакуації")."""
    if not lang:
        return []
    rows = forms(lang)
    out: list[tuple[str, int, int]] = []
    words = list(TOKEN.finditer(text))
    word_forms = [_word_forms(m.group()) for m in words]  # once per word, not once per row
    others = {
        j for k in range(len(words)) for c, f in rows if c == NOT_A_TERM for j in _run_at(words, word_forms, k, f, text)
    }
    for k, m in enumerate(words):
        for concept, form in rows:
            run = _run_at(words, word_forms, k, form, text) if concept != NOT_A_TERM and k not in others else ()
            found = (concept, offset + m.start(), offset + words[run[-1]].end()) if run else None
            if found and found not in out:  # "pull out" and "pull-out" say one thing once
                out.append(found)
    return out


@cache
def _parts(form: str) -> tuple[str, ...]:
    return tuple(re.split(r"[ -]", form))


def _run_at(
    words: Sequence[re.Match[str]], word_forms: Sequence[Sequence[str]], k: int, form: str, text: str
) -> tuple[int, ...]:
    """The indices of the words from ``k`` on that say ``form`` (a phrase's words in a row), or none."""
    parts = _parts(form)
    run = words[k : k + len(parts)]
    if len(run) < len(parts) or not all(
        _form_matches(f, w) for f, w in zip(parts, word_forms[k : k + len(parts)], strict=True)
    ):
        return ()
    if any(text[a.end() : b.start()].strip(" -") for a, b in itertools.pairwise(run)):
        return ()
    return tuple(range(k, k + len(parts)))


_QUESTION_LABEL = re.compile(r"^(?:Q|QUESTION|В|Вопрос|Питання|س)\s*[:.]")


def is_question(text: str) -> bool:
    """A question, or a transcript's question turn: it neither states nor denies."""
    t = text.strip()
    return t.endswith(("?", "؟")) or bool(_QUESTION_LABEL.match(t))


def in_question_turn(text: str, pos: int) -> bool:
    """Whether ``pos`` falls in a transcript's question turn (its paragraph opens with "Q:"): a reporter's "Reports
    say the troops will leave. Is that the plan?" states nothing, sentence by sentence."""
    start = text.rfind("\n", 0, pos) + 1
    return bool(_QUESTION_LABEL.match(text[start : start + 12].lstrip()))


_ANSWER_NO = frozenset(lexicon.words("answer_no"))
_AFTER_NO = (".", ",", "!", ";", "،", "—")  # "No." is an answer; "No one knows" is not
# The answer's turn may open with its speaker's label ("COL. DOE:", "A:", "MS. LEE:") before the "No".
_TURN_LABEL = re.compile(r"\s*(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w.'’ -]{0,40}:|\w{1,12}\s*:)?\s*")


def answered_no(text: str, end: int) -> bool:
    """The next turn after a question (ending at ``end`` in ``text``) opens with a bare "No" ("No.", "No,",
    "Ні.", "لا،"): the answer denies what was asked."""
    label = _TURN_LABEL.match(text, end)
    pos = label.end() if label else end
    m = TOKEN.match(text, pos)
    return m is not None and m.group().casefold() in _ANSWER_NO and text[m.end() : m.end() + 1] in _AFTER_NO


@cache
def _negations() -> frozenset[str]:
    return frozenset(M.all_negations())


def negation_tails(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """For each negation in ``text`` (any language's negation words, French ``ne … pas`` and German ``nicht``
    among them, "n't"), the span it governs: to the end of its clause. An emphatic "no doubt that …" asserts and
    is left out; so is a word ``language`` writes with another meaning (Portuguese "no": "no país", in the country)."""
    out = []
    other = homographs(language)
    for m in TOKEN.finditer(text):
        w = m.group().casefold().replace("’", "'")
        if not is_negation(w) or w in other:
            continue
        if text[m.start() : m.start() + 40].casefold().replace("’", "'").startswith(M.EMPHATIC):
            continue
        end = _CLAUSE_END.search(text, m.end())
        out.append((m.end(), end.start() if end else len(text)))
    return out


# Arabic joins "and" or "so" to the word after it: "ولن يشاركوا" (and they will not take part), "فلا".
_AR_CONJUNCTIONS = ("و", "ف")


def _joined_negation(word: str) -> bool:
    return word[:1] in _AR_CONJUNCTIONS and len(word) > 2 and word[1:] in _negations()


def is_negation(word: str) -> bool:
    """A casefolded word that negates, in any language: "not", "n't", "не", "لن" and "ولن", "n'a", "qu'aucun"."""
    return word in _negations() or word.endswith("n't") or _joined_negation(word) or _elided_negation(word)


def _elided_negation(word: str) -> bool:
    """French elides "ne" and joins "que" to what follows: "n'a" (has not), "qu'aucun" (that no)."""
    elided = _ELISION.match(word)
    return word.startswith("n'") or (elided is not None and word[elided.end() :] in _negations())


# Predicates that deny what their clause's subject names, after it (lexicon denial_predicates).
_DENIAL_PREDICATES = tuple(lexicon.rows("denial_predicates"))


def denied_terms(text: str, lang: str | None) -> set[str]:
    """The framing concepts a text denies: a term inside a negation's clause, or before a denial predicate in its
    clause ("евакуація мешканців не планується")."""
    if not lang:
        return set()
    out = set()
    for a, b in negation_tails(text) + predicate_denials(text):
        out |= {c for c, _, _ in terms(text[a:b], lang) if c != DENIAL}
    return out


def predicate_denials(text: str) -> list[tuple[int, int]]:
    """The clauses that hold a denial predicate (their subject is denied)."""
    out, low, start = [], text.casefold(), 0
    for end in [m.start() for m in _CLAUSE_END.finditer(text)] + [len(text)]:
        if any(p in low[start:end] for p in _DENIAL_PREDICATES):
            out.append((start, end))
        start = end + 1
    return out


# Turkish says "not" in the verb: "çekmiyoruz" (we are not withdrawing), "olmadığını" (that it is not),
# "yapılmayacak", "gelmez"; and "değil" after the noun. A claim holding one of them is read as denying.
_TR_NEGATED = re.compile(r"\w*(?:m[ıiuü]yor|m[ae]d[ıi]|m[ae]z\b|m[ae]y[ae]c[ae]k|m[ae]m[ıi]ş)\w*|\bdeğil\w*", re.I)


# Phrases that report a question put to someone (lexicon question_frames): "Interrogée sur un éventuel retour
# des navires de guerre, …" asks; it asserts no return.
_QUESTION_FRAME = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(lexicon.words("question_frames"), key=len, reverse=True))
    + r")(?!\w)[^,.;:!?،]*",
    re.I,
)


def asserted_terms(text: str, lang: str | None, offset: int = 0) -> list[tuple[str, int, int]]:
    """The framing terms a claim asserts: none if it reports a denial; none inside its own negations, nor in a
    clause that reports a question put to someone ("Asked about a return of warships, …")."""
    found = terms(text, lang, offset)
    if any(c == DENIAL for c, _, _ in found) or (lang == "tr" and _TR_NEGATED.search(text)):
        return []
    asked = [(m.start(), m.end()) for m in _QUESTION_FRAME.finditer(text)]
    negated = [(offset + a, offset + b) for a, b in negation_tails(text) + predicate_denials(text) + asked]
    return [(c, a, b) for c, a, b in found if c != DENIAL and not any(x <= a < y for x, y in negated)]


def frame_denial(
    text: str, start: int, lang: str | None, units: Sequence[tuple[PreparedSource, Unit]]
) -> FrameDenial | None:
    """The first source unit, in another language than the claim, that denies a framing term the claim asserts."""
    asserted = asserted_terms(text, lang, start)
    if not asserted:
        return None
    for src, unit in units:
        if src.language is None or src.language == lang or is_question(unit.text):
            continue  # in one language the claims' own rule reads it (on faithful copies the frames misread it)
        if in_question_turn(src.text, unit.start):
            continue
        denied = denied_terms(unit.text, src.language)
        for concept, a, b in asserted:
            if concept in denied:
                return FrameDenial(concept, src, unit, _phrase(text, start, a, b))
    return None


# The words of its clause shown with a framing term, at most this many on either side: the claim an editor reads
# ("scatta il lockdown nel Marrow", "Tamerin und Ghassara einigen sich auf Seegrenze"), not the bare term, and
# not a whole lede.
FRAME_CLAUSE_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,.;:!?—–«»\"“”„()\n]|\s-\s")


def _phrase(text: str, offset: int, a: int, b: int) -> tuple[int, int]:
    """The term and the words of its clause around it (FRAME_CLAUSE_WORDS), absolute offsets."""
    words = [(m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]
    before = [w for w in words if w[1] <= a and not _CLAUSE_BREAK.search(text[w[1] - offset : a - offset])]
    after = [w for w in words if w[0] >= b and not _CLAUSE_BREAK.search(text[b - offset : w[0] - offset])]
    before, after = before[-FRAME_CLAUSE_WORDS:], after[:FRAME_CLAUSE_WORDS]
    return (before[0][0] if before else a, after[-1][1] if after else b)


__all__ = [
    "DENIAL",
    "FrameDenial",
    "asserted_terms",
    "denied_terms",
    "frame_denial",
    "is_negation",
    "is_question",
    "negation_tails",
    "terms",
]
