"""Calibration of ``scores.translation_likelihood`` on labelled editions.

For every article of the labelled sets named on the command line (folders in the ``evaluate.py`` format), the
truth is whether the article is a translated edition: its label's ``translation_likely`` where it has one, else
whether most of its labelled quotes come from sources in another language than the article's (an English
edition of a Ukrainian statement, a Russian reprint of an Arabic one). The checker's likelihood is read off a
full check (semantic stage on), and the table gives, per bin of predicted likelihood, how many articles fell
in it and how many of them were translated; with the Brier score and the accuracy of the 0.5 cut.

    python3 bench/tl_calibration.py tests/devset tests/realistic            # tuning part
    python3 bench/tl_calibration.py tests/realistic/heldout                  # held out
    python3 bench/tl_calibration.py --fit tests/devset tests/realistic      # fit the Settings tl_* weights

``--fit`` fits the logistic model of :func:`provenance.pipeline.score.tl_features` (L2-regularised, Newton's
method) on the articles given and prints the weights to put in ``Settings``; fit on the tuning part only.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from provenance.api import check_paths, settings_from
from provenance.pipeline.score import TL_FEATURES, tl_features
from provenance.report import Report

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def source_languages(folder: Path) -> dict[str, str]:
    """Source id (file name less its language and extension) -> language code from the file name."""
    out = {}
    for p in (folder / "sources").glob("*.txt"):
        m = re.match(r"(?P<id>.+)\.(?P<lang>[a-z]{2})\.txt$", p.name)
        if m:
            out[m.group("id")] = m.group("lang")
            out[p.name[: -len(".txt")]] = m.group("lang")
    return out


def truth(label: dict, langs: dict[str, str]) -> bool | None:
    if "translation_likely" in label:
        return bool(label["translation_likely"])
    own = label.get("language")
    src = [langs.get(q[2]) for q in label.get("quotes", []) if len(q) > 2 and q[2]]
    src = [s for s in src if s]
    if not own or not src:
        return None
    return Counter(s != own for s in src).most_common(1)[0][0]


# L2 penalty of the fit: with a few dozen editions, weights stay of the size a single piece of evidence earns.
RIDGE = 0.3
# Evidence that too few labelled editions show to fit a weight (a switcher, back-translated quotes, calques: a
# handful of articles each): its weight is set by hand, as the log-odds an editor would give it, and the fit
# takes it as given.
FIXED = {"switcher_other_first": 2.3, "switcher_home": -0.5, "reworded_quotes": 2.5, "calques": 1.5}


def features(rep: Report) -> list[float]:
    calques = sum(f.code == "CALQUE" for f in rep.findings)
    f = tl_features(rep.language, rep.markers, rep.quotes, rep.passages, calques)
    return [f[k] for k in TL_FEATURES]


def fit(xs: list[list[float]], ys: list[bool], ridge_weight: float = RIDGE) -> list[float]:
    """Bias and weights of a logistic regression (the bias not penalised); the weights in FIXED stay as set."""
    import numpy as np

    free = [k for k, name in enumerate(TL_FEATURES) if name not in FIXED]
    fixed = np.array([FIXED.get(name, 0.0) for name in TL_FEATURES])
    full = np.array(xs)
    offset = full @ fixed
    x = np.hstack([np.ones((len(xs), 1)), full[:, free]])
    y = np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * ridge_weight
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w + offset)))
        grad = x.T @ (p - y) + ridge @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        w -= np.linalg.solve(hess, grad)
    out = [float(w[0]), *(float(v) for v in fixed)]
    for k, v in zip(free, w[1:], strict=True):
        out[1 + k] = float(v)
    return out


def main(folders: list[str]) -> None:
    do_fit = "--fit" in folders
    folders = [f for f in folders if f != "--fit"]
    settings = settings_from()
    rows: list[tuple[float, bool]] = []
    xs: list[list[float]] = []
    for name in folders:
        folder = Path(name)
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]
        langs = source_languages(folder)
        todo = [(a, t) for a, lab in labels.items() if (t := truth(lab, langs)) is not None]
        sources = sorted(str(p) for p in (folder / "sources").glob("*.txt"))
        reports = check_paths([str(folder / "articles" / a) for a, _ in todo], sources, settings)
        for (_, t), rep in zip(todo, reports, strict=True):
            rows.append((rep.scores.translation_likelihood or 0.0, t))
            xs.append(features(rep))
    if do_fit:
        for ridge in (0.1, 0.3, RIDGE):
            w = fit(xs, [t for _, t in rows], ridge)
            print(f"fitted (ridge {ridge}): tl_bias = {w[0]:.2f}")
            for k, v in zip(TL_FEATURES, w[1:], strict=True):
                print(f"fitted (ridge {ridge}): tl_{k} = {v:.2f}")
            print("features by article (truth, " + ", ".join(TL_FEATURES) + "):")
        for (_, t), x in zip(rows, xs, strict=True):
            print(f"  {int(t)} " + " ".join(f"{v:.2f}" for v in x))
    print(f"{len(rows)} articles, {sum(t for _, t in rows)} translated editions")
    print("| predicted | articles | translated | observed rate | mean predicted |")
    print("| --- | --- | --- | --- | --- |")
    for lo, hi in itertools.pairwise(BINS):
        inside = [(p, t) for p, t in rows if lo <= p < hi]
        if not inside:
            print(f"| {lo:.1f}–{min(hi, 1):.1f} | 0 | 0 | – | – |")
            continue
        k = sum(t for _, t in inside)
        mean = sum(p for p, _ in inside) / len(inside)
        print(f"| {lo:.1f}–{min(hi, 1):.1f} | {len(inside)} | {k} | {k / len(inside):.2f} | {mean:.2f} |")
    brier = sum((p - t) ** 2 for p, t in rows) / len(rows)
    right = sum((p >= 0.5) == t for p, t in rows)
    print(f"Brier {brier:.3f} · right at the 0.5 cut {right}/{len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
