"""Property tests (hypothesis) over loading, quote extraction, alignment and rendering.

- Loading: any bytes, under any extension, give texts or an ``InputError``, never another exception; a text
  is NFC with ``\\n`` line ends; UTF-8 and UTF-16 round-trip; an HTML page's hidden elements never reach its text.
- Quotes: every part lies inside the text, parts and quotes are ordered and disjoint, a single-part quote
  slices back to its text and a joined one is its parts joined by a space; a speaker span lies inside.
- Alignment: a run of source words quoted is verbatim and points at those words; an alignment's operations
  cover the quote and stay inside its window.
- Reports: on arbitrary text against arbitrary sources every offset slices back (markers, quotes, passages,
  findings, language segments, source spans), the report matches the schema, and every format renders.
- Verdicts never change with quote style, whitespace inside the quote, line wrapping or the text around it.

The default run keeps under a minute. ``PROVENANCE_FUZZ_SCALE`` multiplies every example budget:
``bench/fuzz_long.py`` runs this file at scale and records the figures.
"""

from __future__ import annotations

import json
import os
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from provenance import check
from provenance.errors import InputError
from provenance.pipeline.align import match_quote, prepare_source
from provenance.pipeline.load import KNOWN_EXTENSIONS, _extract_html, decode, load_path, text_from_string
from provenance.pipeline.quotes import PAIRS, extract
from provenance.render import FORMATS, render
from provenance.report import Report
from provenance.settings import Settings
from provenance.text import tokens
from tests.conftest import COUNCIL, assert_valid

SCALE = max(1, int(os.environ.get("PROVENANCE_FUZZ_SCALE", "1")))
LEX = Settings(lexical_only=True)


def budget(n: int) -> Any:
    return settings(
        max_examples=n * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
    )


COUNCIL_TEXT = COUNCIL.read_text(encoding="utf-8")
SOURCE_WORDS = sorted({t.norm for t in tokens(COUNCIL_TEXT)})
QUOTE_MARKS = sorted(set("".join(PAIRS) + "".join(PAIRS.values()) + "'"))
# Words a news text is made of, and the characters that trip parsers: quote marks of every style, editorial
# marks, numbers, look-alike letters, other scripts, combining marks, zero-width and right-to-left characters.
ODD = [
    "Pеntagon", "Київ", "Москва", "Αθήνα", "U.S.", "D.C.", "5", "15", "3.2", "2028", "148", "million", "not",
    "[sic]", "[the mayor]", "...", "…", "(…)", "[…]", "said", "he", "she", "told", "according to", "ua en ru",
    "By Jane Doe", "Updated 12:30", "Photo: Getty Images", "e\u0301", "\u200b", "\u200f", "\ufeff", "ﷺ", "🙂",
    "\u00a0", "\t", "—", "–", "-", ":", ",", ".", "!", "?", "(", ")", "«", "»",
]  # fmt: skip
SEPARATORS = ["", " ", " ", " ", "\n", "\n\n", "  ", "\r\n"]
piece = st.one_of(
    st.sampled_from(SOURCE_WORDS),
    st.sampled_from(ODD),
    st.sampled_from(QUOTE_MARKS),
    st.text(max_size=3),
)
news_text = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def _text_or_skip(text: str, id: str = "a") -> Any:
    try:
        return text_from_string(text, id=id)
    except InputError:
        assume(False)


# ---------------------------------------------------------------------------------------------- loading


@budget(900)
@given(st.binary(max_size=2048))
def test_decode_any_bytes(raw: bytes) -> None:
    try:
        text, encoding = decode(raw)
    except InputError as e:
        assert e.code in ("binary", "image", "undecodable", "empty") and "\n" not in e.message
        return
    assert text.strip() and encoding
    assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text)


@budget(450)
@given(st.text(min_size=1, max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_unicode_round_trips(text: str, codec: str) -> None:
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if codec == "utf-8-sig":  # a text that opens with U+FEFF would lose it to the BOM
        assume(not text.startswith("\ufeff"))
    if codec.startswith("utf-8"):  # NUL bytes in a file mean binary data or UTF-16: not a UTF-8 text
        assume("\x00" not in text)
    if codec == "utf-16":  # its BOM and a NUL first character are the bytes of UTF-32's BOM (FF FE 00 00)
        assume(not text.startswith("\x00"))
    try:
        raw = text.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    try:
        got, _ = decode(raw)
    except InputError as e:
        # empty, control characters, or a text whose UTF-16 cannot be told from binary without a BOM
        assert e.code in ("empty", "binary") or codec in ("utf-16-le", "utf-16-be"), e
        return
    if codec in ("utf-16-le", "utf-16-be") and got != expected:
        return  # no BOM: a guess; that it is a text of the right length at most
    assert got == expected


@budget(180)
@given(st.binary(max_size=1024), st.sampled_from(KNOWN_EXTENSIONS))
def test_load_any_file(tmp_path_factory: Any, raw: bytes, ext: str) -> None:
    path = Path(tmp_path_factory.mktemp("f")) / f"input{ext}"
    path.write_bytes(raw)
    try:
        texts = load_path(str(path))
    except InputError as e:
        assert str(path) in e.message and "\n" not in e.message
        return
    for t in texts:
        assert t.text.strip() and "\r" not in t.text
        assert unicodedata.is_normalized("NFC", t.text)


HIDDEN_TAGS = ["script", "style", "iframe", "noscript", "template"]
SHOWN_TAGS = ["p", "div", "article", "section", "h1", "span", "li", "blockquote", "em", "main"]


def _html(draw: Any, depth: int = 0) -> str:
    out = []
    for _ in range(draw(st.integers(0, 4 if depth < 3 else 0))):
        kind = draw(st.sampled_from(["text", "shown", "hidden", "br"]))
        if kind == "text":
            out.append(draw(st.sampled_from(["The council met.", "Mayor said: “Yes.”", "<b>bold</b>", "a &amp; b"])))
        elif kind == "br":
            out.append("<br>")
        elif kind == "shown":
            tag = draw(st.sampled_from(SHOWN_TAGS))
            out.append(f"<{tag}>{_html(draw, depth + 1)}</{tag}>")
        else:
            tag = draw(st.sampled_from(HIDDEN_TAGS))
            inner = draw(st.sampled_from(["ZQXJ", "<p>ZQXJ words</p>", "var a = 'ZQXJ';", "ZQXJ <b>x</b>"]))
            out.append(f"<{tag}>{inner}</{tag}>")
    return "".join(out)


@budget(360)
@given(st.data())
def test_hidden_html_never_reaches_the_text(data: Any) -> None:
    markup = f"<html><head><title>T</title></head><body>{_html(data.draw)}</body></html>"
    text, _ = _extract_html(markup)
    assert "ZQXJ" not in text


# ---------------------------------------------------------------------------------------------- quotes


@budget(1200)
@given(news_text)
def test_quote_parts_are_ordered_inside_and_slice_back(text: str) -> None:
    prev_end = -1
    for q in extract(text):
        for a, b in q.parts:
            assert 0 <= a <= b <= len(text)
            assert a > prev_end or (a == prev_end == 0)
            prev_end = b
        if len(q.parts) == 1:
            assert text[q.start : q.end] == q.text
        else:
            assert q.text == " ".join(text[a:b].strip() for a, b in q.parts)
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span[0] <= q.speaker_span[1] <= len(text)


# ---------------------------------------------------------------------------------------------- alignment

SOURCE_VOCAB = [w for w in SOURCE_WORDS if w.isalpha()]


@budget(450)
@given(
    st.lists(st.sampled_from(SOURCE_VOCAB), min_size=8, max_size=120),
    st.data(),
    st.sampled_from([('"', '"'), ("“", "”"), ("«", "»"), ("„", "“")]),
)
def test_a_run_of_source_words_quoted_is_verbatim(words: list[str], data: Any, marks: tuple[str, str]) -> None:
    source = " ".join(words) + "."
    n = len(words)
    i = data.draw(st.integers(0, n - 4))
    j = data.draw(st.integers(i + 4, min(n, i + 30)))
    quoted = " ".join(words[i:j])
    article = f"The mayor said: {marks[0]}{quoted}{marks[1]} on Tuesday."
    src = prepare_source("src", source)
    q = extract(article)
    assert len(q) == 1
    qm, al, _ = match_quote(article, q[0].parts, [src], LEX)
    assert qm.kind == "verbatim", (qm, quoted)
    assert qm.source_start is not None and qm.source_end is not None
    assert [t.norm for t in tokens(source[qm.source_start : qm.source_end])] == [t.norm for t in tokens(quoted)]
    assert al is not None
    for p in al.pieces:
        q_covered = [k for o in p.ops for k in range(o.q1, o.q2)]
        assert q_covered == list(range(len(p.piece.toks)))
        assert all(p.s_start <= o.s1 <= o.s2 <= p.s_end for o in p.ops)
        assert 0 <= p.s_start <= p.s_end <= len(src.toks)


COUNCIL_WORDS = COUNCIL_TEXT.split()


@budget(300)
@given(st.data())
def test_edited_quotes_against_sources_cut_anywhere(data: Any) -> None:
    """Quotes with ellipses and brackets against a source cut at any word (the long fuzz run found a piece
    after an ellipsis looking past the source's end): the match stays inside the source."""
    n = len(COUNCIL_WORDS)
    i = data.draw(st.integers(0, n - 2))
    words = COUNCIL_WORDS[i : i + data.draw(st.integers(2, 40))]
    cut = data.draw(st.one_of(st.integers(1, n), st.integers(i + 1, min(n, i + len(words) + 2))))  # often inside
    source = " ".join(COUNCIL_WORDS[:cut])
    for _ in range(data.draw(st.integers(0, 3))):
        k = data.draw(st.integers(0, len(words)))
        words.insert(k, data.draw(st.sampled_from(["…", "...", "[…]", "[the mayor]", "[sic]", "(…)"])))
    article = f"The mayor said: “{' '.join(words)}” and left."
    src = prepare_source("src", source)
    for q in extract(article):
        qm, al, _ = match_quote(article, q.parts, [src], LEX)
        if qm.source is not None:
            assert qm.source_start is not None and qm.source_end is not None
            assert 0 <= qm.source_start <= qm.source_end <= len(source)
        if al is not None:
            assert all(0 <= p.s_start <= p.s_end <= len(src.toks) for p in al.pieces)


# ---------------------------------------------------------------------------------------------- reports


def assert_report_offsets(rep: Report, text: str, sources: dict[str, str]) -> None:
    assert rep.document.chars == len(text)
    for m in rep.markers:
        assert text[m.start : m.end] == m.text
    for q in rep.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        if text[q.start : q.end] != q.text:  # a joined quote: each part's words stand in its span
            assert all(w in text[q.start : q.end] for w in q.text.split())
        m = q.match
        if m.source is not None:
            assert m.source_start is not None and m.source_end is not None
            assert 0 <= m.source_start <= m.source_end <= len(sources[m.source])
    for p in rep.passages:
        assert text[p.start : p.end] == p.text
        assert p.match.source_start is not None and p.match.source_end is not None
        assert 0 <= p.match.source_start < p.match.source_end <= len(sources[p.match.source])
    for f in rep.findings:
        if f.start is not None:
            assert f.end is not None and 0 <= f.start <= f.end <= len(text)
    last = 0
    for s in rep.language.segments:
        assert last <= s.start < s.end <= len(text)
        last = s.end


@budget(360)
@given(news_text, st.lists(news_text, max_size=2))
def test_reports_on_arbitrary_text_slice_back_and_render(validator: Any, text: str, extra: list[str]) -> None:
    article = _text_or_skip(text)
    sources = [text_from_string(COUNCIL_TEXT, id="council")]
    for k, s in enumerate(extra):
        try:
            sources.append(text_from_string(s, id=f"s{k}"))
        except InputError:
            continue
    rep = check(article, sources, LEX)
    assert_report_offsets(rep, article.text, {s.id: s.text for s in sources})
    d = rep.to_dict()
    assert_valid(validator, d)
    for fmt in FORMATS:
        out = render([rep], fmt)
        assert isinstance(out, str) and out
        if fmt == "json":
            assert json.loads(out) == json.loads(json.dumps(d))


@budget(120)
@given(st.lists(news_text, min_size=2, max_size=3))
def test_rendering_several_reports(texts: list[str]) -> None:
    reports = [check(_text_or_skip(t, id=f"a{k}"), [], LEX) for k, t in enumerate(texts)]
    for fmt in FORMATS:
        out = render(reports, fmt)
        if fmt == "jsonl":
            assert len(out.splitlines()) == len(reports)
        if fmt == "json":
            assert len(json.loads(out)) == len(reports)


# ---------------------------------------------------------------------------------------------- verdicts

SAID = [
    "This line will bring Riverside within fifteen minutes of the city centre.",
    "It is the largest public transport investment in Orlin for a generation.",
    "The Council will not raise local taxes to pay for it.",
    "Construction will start in September and is planned to finish by the end of 2028.",
]
STYLES = [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("‹", "›"), ("“", '"'), ("「", "」")]
FILLER = [
    "Residents gathered outside the hall on Thursday.",
    "The weather was cold and wet.",
    "Opposition members left before the vote.",
    "",
]
inner_space = st.text(alphabet=" \t\n\u00a0\u2009", min_size=1, max_size=3).filter(lambda s: s.count("\n") <= 1)


def _edit(sentence: str, how: str) -> str:
    words = sentence.rstrip(".").split()
    if how == "altered":
        words[len(words) // 2] = "quickly"
    elif how == "number":
        words = [{"fifteen": "five", "2028": "2030", "not": "now", "largest": "smallest"}.get(w, w) for w in words]
    elif how == "bracket":
        words.insert(2, "[indeed]")
    elif how == "ellipsis":
        words = [*words[:3], "...", *words[5:]]
    return " ".join(words)


EXPECTED = {"verbatim": "verbatim", "altered": "altered", "number": "altered", "bracket": "near_verbatim"}


@budget(180)
@given(
    st.lists(
        st.tuples(st.sampled_from(SAID), st.sampled_from(sorted(EXPECTED)), st.sampled_from(STYLES), inner_space),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(FILLER),
    st.integers(min_value=25, max_value=90),
)
def test_verdicts_ignore_style_whitespace_wrapping_and_context(
    quotes: list[tuple[str, str, tuple[str, str], str]], filler: str, width: int
) -> None:
    source = text_from_string(COUNCIL_TEXT, id="council")
    plain, varied = [], []
    for sentence, how, (o, c), space in quotes:
        q = _edit(sentence, how)
        plain.append(f'The mayor said: "{q}" at the meeting.')
        varied.append(f"{filler} The mayor said: {o}{space.join(q.split())}{c} at the meeting.".strip())
    want = [EXPECTED[how] for _, how, _, _ in quotes]
    kinds = [q.match.kind for q in check(text_from_string("\n\n".join(plain), id="a"), [source], LEX).quotes]
    assert kinds == want
    wrapped = [textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False) for p in varied]
    for variant in ("\n\n".join(varied), "\n\n".join(wrapped)):
        rep = check(text_from_string(variant, id="a"), [source], LEX)
        assert [q.match.kind for q in rep.quotes] == want, variant
