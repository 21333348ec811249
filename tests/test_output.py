"""Every format for people, as strings: the verdict first, findings by severity with paragraph numbers,
sources by title, scores in words, and article text that cannot reach the terminal or the markup.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from provenance import policy
from provenance.api import check_one
from provenance.pipeline import check
from provenance.pipeline.load import load_path, text_from_string
from provenance.render import FORMATS, render
from provenance.render.common import judged, translation_words, visible
from provenance.render.html import numbered
from provenance.render.markdown import md
from provenance.report import Finding, Report
from provenance.settings import Settings
from tests.conftest import DEVSET, ROOT, assert_valid

LEX = Settings(lexical_only=True)
EXAMPLES = ROOT / "examples"


def _report(article: str, *sources: str, settings: Settings = LEX) -> Report:
    srcs = [t for s in sources for t in load_path(s)]
    return check_one(load_path(article)[0], srcs, settings, None)


@pytest.fixture(scope="module")
def fail() -> Report:
    return _report(str(EXAMPLES / "draft-fail.txt"), str(EXAMPLES / "statement.txt"))


@pytest.fixture(scope="module")
def passing() -> Report:
    return _report(str(EXAMPLES / "draft-pass.txt"), str(EXAMPLES / "statement.txt"))


# ---------------------------------------------------------------------------------------------- the verdict


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_carries_the_verdict(fail: Report, fmt: str, validator: Any) -> None:
    out = render([fail], fmt)
    summary = policy.verdict(fail, LEX).summary
    assert summary.startswith("FAIL: 2 errors, 1 warning")
    if fmt in ("json", "jsonl"):
        rep = json.loads(out)
        assert_valid(validator, rep)
        assert rep["verdict"] == {"pass": False, "summary": summary, "reasons": ["DRIFT_NUMBER", "QUOTE_ALTERED"],
                                  "counts": {"error": 2, "warning": 1, "info": 0}}  # fmt: skip
    elif fmt == "text":
        assert out.splitlines()[0] == summary
    elif fmt == "markdown":
        assert out.splitlines()[0] == f"**{md(summary)}**"
    else:
        assert f'<div class="verdict fail" role="status">{summary}</div>' in out


def test_pass_verdict(passing: Report) -> None:
    v = policy.verdict(passing, LEX)
    assert (
        v.passed and v.reasons == () and v.summary == "PASS: 0 errors, 0 warnings · fidelity 1.00 · 1 quote: 1 verbatim"
    )


def test_a_report_straight_from_the_pipeline_is_judged_when_rendered() -> None:
    raw = check(load_path(str(EXAMPLES / "draft-fail.txt"))[0], load_path(str(EXAMPLES / "statement.txt")), LEX)
    assert raw.verdict is None
    assert render([raw], "text").splitlines()[0] == policy.verdict(judged(raw), LEX).summary


@pytest.mark.parametrize(
    ("settings", "passed", "reasons"),
    [
        (LEX, False, ("DRIFT_NUMBER", "QUOTE_ALTERED")),
        (LEX.replace(fail_on="never"), True, ()),
        (LEX.replace(fail_on="never", fail_under=0.9), False, ("fidelity 0.47 < 0.90",)),
        (LEX.replace(fail_on="QUOTE_UNSUPPORTED_NAMED"), False, ("QUOTE_UNSUPPORTED_NAMED",)),
        (LEX.replace(fail_on="info"), False, ("DRIFT_NUMBER", "QUOTE_ALTERED", "QUOTE_UNSUPPORTED_NAMED")),
    ],
)
def test_verdict_reasons(fail: Report, settings: Settings, passed: bool, reasons: tuple[str, ...]) -> None:
    v = policy.verdict(fail, settings)
    assert (v.passed, v.reasons) == (passed, reasons)
    assert v.summary.startswith("PASS: " if passed else "FAIL: ")
    assert v.summary.endswith("failed on " + ", ".join(reasons) if reasons else "1 unsupported")


# ---------------------------------------------------------------------------------------------- the policy


def test_default_severities_are_what_the_pipeline_emits() -> None:
    """policy.DEFAULT_SEVERITY documents each code's severity; the pipeline must emit the same."""
    articles = sorted((DEVSET / "articles").glob("*.txt"))
    sources = [t for s in sorted((DEVSET / "sources").glob("*.txt")) for t in load_path(str(s))]
    seen = set()
    for a in articles:
        for f in check(load_path(str(a))[0], sources, LEX).findings:
            assert f.code in policy.DEFAULT_SEVERITY, f.code
            if f.code == "ATTRIBUTION_MISMATCH" and f.severity == "info":
                assert "; " in f.message, f.message  # downgraded on purpose, and the message says why
                continue
            assert f.severity == policy.DEFAULT_SEVERITY[f.code], (a.name, f.code)
            seen.add(f.code)
    assert {"QUOTE_ALTERED", "QUOTE_UNSUPPORTED", "DRIFT_NUMBER"} <= seen


@pytest.mark.parametrize(
    ("speaker", "named"),
    [("Ines Carvalho", True), ("the Pentagon", True), ("Carvalho", True), ("a spokesman", False), ("He", False),
     (None, False), ("officials", False), ("Міністр оборони", True)],
)  # fmt: skip
def test_named_speakers(speaker: str | None, named: bool) -> None:
    assert policy.named(speaker) is named


def test_severity_table_and_floor() -> None:
    f = Finding("warning", "QUOTE_UNSUPPORTED_NAMED", "m", 0, 1)
    low = policy.Policy({"QUOTE_UNSUPPORTED_NAMED": "info"}, 0, frozenset(), None)  # built by hand: no check
    assert low.severity_of(f.code, f.severity) == "warning"
    assert policy.severity_problem(["QUOTE_UNSUPPORTED=error", "DRIFT_MODALITY=info"]) is None
    assert "cannot be lower" in (policy.severity_problem(["QUOTE_UNSUPPORTED_NAMED=info"]) or "")
    assert policy.fail_on_problem("error,QUOTE_UNSUPPORTED") is None
    assert "did you mean QUOTE_ALTERED" in (policy.fail_on_problem("QUOTE_ALTERD") or "")


def test_judging_twice_changes_nothing(fail: Report) -> None:
    again = policy.judge(fail, LEX)
    assert again.findings == fail.findings and again.verdict == fail.verdict


# ---------------------------------------------------------------------------------------------- the text report


def test_text_report_reads_top_down(fail: Report) -> None:
    out = render([fail], "text")
    lines = out.splitlines()
    assert lines[0].startswith("FAIL: ")
    assert lines[1].startswith("examples/draft-fail.txt") or "draft-fail.txt" in lines[1]
    assert "“Velmora's north pier to reopen this summer”" in lines[1]
    assert lines[2] == "sources: statement — “Harbour Authority of Velmora: statement on the north pier repairs”"
    assert lines[3].endswith("likely an original edition (0.11)")
    order = [out.index(h) for h in ("Errors (2)", "Warnings (1)", "Quotes (2)", "Passages (3)", "Markers")]
    assert order == sorted(order)
    assert re.search(r"^  ¶2 +DRIFT_NUMBER ", out, re.M) and re.search(r"^  ¶3 +QUOTE_ALTERED ", out, re.M)
    assert re.search(r"^  ¶4 +QUOTE_UNSUPPORTED_NAMED ", out, re.M)
    assert lines[-2] == "signature:" and lines[-1] == fail.signature  # on its own last line


def test_several_reports_end_with_one_signature(fail: Report, passing: Report) -> None:
    out = render([fail, passing], "text")
    assert out.count("signature:") == 1 and out.rstrip("\n").endswith(fail.signature)
    assert [line for line in out.splitlines() if line.startswith(("PASS: ", "FAIL: "))][1].startswith("PASS: ")


@pytest.mark.parametrize(
    ("x", "words"),
    [(0.75, "likely a translated edition (0.75)"), (0.5, "likely a translated edition (0.50)"),
     (0.35, "possibly a translated edition (0.35)"), (0.1, "likely an original edition (0.10)"), (None, None)],
)  # fmt: skip
def test_translation_likelihood_in_words(x: float | None, words: str | None) -> None:
    assert translation_words(x) == words


def test_repeated_marker_values_once() -> None:
    rep = check(text_from_string("By Reuters\n\nThe minister spoke on Monday about the budget and the war.\n", id="a"),
                [], LEX)  # fmt: skip
    out = render([rep], "text")
    assert "Reuters, Reuters" not in out


# ---------------------------------------------------------------------------------------------- safe output

HOSTILE = (
    "Title \x1b[2J\x1b]0;pwned\x07 here\n\n"
    'The mayor said "we will \x1b[31mnot\x1b[0m build the line [click](https://evil.example) '
    '<script>alert(1)</script> ![img](http://x/y.png) this year," on Friday.\x9b\x85\r\n'
)


@pytest.fixture(scope="module")
def hostile() -> Report:
    article = text_from_string(HOSTILE, id="[x](http://evil.example)<b>")
    source = text_from_string("The mayor said we will build the line this year.", id="src](javascript:alert(1))")
    return check(article, [source], LEX)


def test_text_shows_control_characters_instead_of_sending_them(hostile: Report) -> None:
    out = render([hostile], "text")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out)
    assert "␛[31mnot␛[0m" in out or "␛[31m" in out
    assert "\x1b" in render([hostile], "text", color=True)  # our own colours still work


def test_visible_keeps_offsets() -> None:
    s = "a\x1bb\tc\nd\x9be\x7f"
    assert len(visible(s)) == len(s) and visible(s) == "a␛b\tc\nd\ufffde␡"


def test_markdown_escapes_html_and_links(hostile: Report) -> None:
    out = render([hostile], "markdown")
    assert "`[x](http://evil.example)<b>`" in out  # ids and paths are code spans: shown as written, never markup
    out = re.sub(r"`[^`\n]*`", "", out)  # what is left is read as markdown
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    assert not re.search(r"(?<!\\)\]\(", out), "a link or image from the article survived"
    assert "https://" not in out and "http://" not in out and "javascript:" not in out
    assert "\x1b" not in out


@pytest.mark.parametrize(
    ("raw", "safe"),
    [("<img src=x>", "&lt;img src=x&gt;"), ("[a](b)", "\\[a\\](b)"), ("*bold* _it_", "\\*bold\\* \\_it\\_"),
     ("a | b", "a \\| b"), ("`code`", "\\`code\\`"), ("see https://x.org", "see https&#58;//x.org")],
)  # fmt: skip
def test_md_escape_table(raw: str, safe: str) -> None:
    assert md(raw) == safe


# Issue 17, item 6: what a hostile or careless article and source id may carry.
HOSTILE_17 = (
    "Mayor <img src=x onerror=alert(1)> speaks\x1b]8;;http://evil.example\x07here\x1b]8;;\x07\n\n"
    'The mayor said "we will \x1b[31mnot\x1b[0m build the line <script>alert(1)</script> [click](https://evil.example)'
    ' this year," on Friday.\x08\x08\x07\r\x00\n'
)
HOSTILE_SOURCE_ID = "src`<img src=x onerror=alert(2)>`[a](http:x)"


@pytest.fixture(scope="module")
def hostile_17() -> Report:
    article = text_from_string(HOSTILE_17, id="art.en")
    source = text_from_string("The mayor said we will build the line this year.", id=HOSTILE_SOURCE_ID)
    return check(article, [source], LEX)


def test_markdown_escapes_raw_html_links_and_source_ids(hostile_17: Report) -> None:
    out = render([hostile_17], "markdown")
    assert "`srcˋ<img src=x onerror=alert(2)>ˋ[a](http:x)`" in out  # the id stays inside its code span
    prose = re.sub(r"`[^`\n]*`", "", out)  # what is left is read as markdown
    for raw in ("<img", "<script", "</script"):
        assert raw not in prose
    assert "&lt;img src=x onerror=alert(1)&gt;" in prose and "&lt;script&gt;" in prose
    assert not re.search(r"(?<!\\)\]\(", prose), "a link or image from the article survived"
    assert "https://" not in prose and "http://" not in prose
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_text_format_sends_no_escape_or_control_character(hostile_17: Report) -> None:
    out = render([hostile_17], "text")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out)  # ESC, OSC, BS, BEL, CR, NUL
    assert "␛[31mnot␛[0m" in out and "␛]8;;" in out  # shown, not obeyed
    assert HOSTILE_SOURCE_ID in out  # ids are plain text in a terminal: nothing to escape but controls


# ---------------------------------------------------------------------------------------------- HTML links


def test_every_finding_links_to_its_span_and_back(fail: Report) -> None:
    page = render([fail], "html")
    for fid, f in numbered(fail):
        row = f'<tr id="r1-{fid}">'
        assert row in page, fid
        if f.start is not None:
            assert f'href="#r1-at-{fid}"' in page  # the finding -> its highlighted span
            assert f'id="r1-at-{fid}" href="#r1-{fid}"' in page  # the span's label -> the finding
    for q in fail.quotes:  # each card links back to its place in the article, which links to the card
        assert f'href="#r1-at-{q.id}"' in page and f'id="r1-at-{q.id}" href="#r1-{q.id}"' in page
    for i, _ in enumerate(fail.passages, 1):
        assert f'href="#r1-at-p{i}"' in page and f'<a id="r1-at-p{i}"></a>' in page
    assert 'class="hit hit-error"' in page or "hit hit-error" in page


def test_html_findings_grouped_by_severity(fail: Report) -> None:
    page = render([fail], "html")
    errors, warnings = page.index(">Errors (2)</h3>"), page.index(">Warnings (1)</h3>")
    assert errors < warnings < page.index("<h2>Article</h2>")
    ids = [fid for fid, _ in numbered(fail)]
    assert ids == ["f1", "f2", "f3"]
    assert [f.severity for _, f in numbered(fail)] == ["error", "error", "warning"]


# ---------------------------------------------------------------------------------------------- the docs

DOCS = ROOT / "docs"


def test_the_schema_in_docs_is_the_contract() -> None:
    assert (DOCS / "report.schema.json").read_bytes() == (
        ROOT / "tests" / "contract" / "report.schema.json"
    ).read_bytes()


def _doc_lines(name: str) -> list[str]:
    return (DOCS / name).read_text(encoding="utf-8").splitlines()


def _check_example(draft: str, *extra: str) -> tuple[int, list[str]]:
    from tests.conftest import run_cli

    p = run_cli("check", f"examples/{draft}", "--source", "examples/statement.txt", "--lexical-only", *extra)
    return p.returncode, p.stdout.decode().splitlines()


def test_quick_start_output_is_what_the_docs_show() -> None:
    """Every report line docs/quickstart.md shows is one the examples give, and the exit statuses it names."""
    (ok, passed), (bad, failed) = _check_example("draft-pass.txt"), _check_example("draft-fail.txt")
    assert (ok, bad) == (0, 1)
    shown = [
        ln for ln in _doc_lines("quickstart.md") if ln.startswith(("PASS: ", "FAIL: ", "  ¶", "examples/", "sources: "))
    ]
    assert len(shown) >= 7
    for line in shown:
        assert line in passed + failed, line


def test_newsroom_example_in_the_ci_recipe() -> None:
    code, lines = _check_example("draft-fail.txt", "--preset", "newsroom")
    assert code == 1 and lines[0] in _doc_lines("ci-recipe.md")


def test_every_finding_code_is_documented_with_its_severity() -> None:
    editors = (DOCS / "editors.md").read_text(encoding="utf-8")
    for code, sev in policy.DEFAULT_SEVERITY.items():
        row = next((line for line in editors.splitlines() if f"`{code}`" in line and line.startswith("|")), None)
        assert row is not None, code
        assert f"| {sev}" in row, (code, sev, row)


def test_weak_drift_is_listed_apart_and_never_an_alarm() -> None:
    from provenance.report import Drift, Passage, PassageMatch

    weak = Drift("modality", "could", None, confidence="low")
    strong = Drift("number", "12", "21")
    p = Passage("Repairs could cost 12 million.", 0, 30, PassageMatch("translated", "s", 0, 10, 0.9), (weak, strong))
    assert p.drift == (strong,) and p.weak_drift == (weak,)
    d = p.to_dict()
    assert [x["type"] for x in d["drift"]] == ["number"]
    assert d["weak_drift"] == [{"type": "modality", "quote_side": "could", "source_side": None, "confidence": "low"}]
    assert "weak_drift" not in Passage("x", 0, 1, PassageMatch("copy", "s", 0, 1, 1.0), (strong,)).to_dict()
