"""Invariants, checked with hypothesis: quote style, whitespace and line wrapping never change a verdict;
offsets always slice back to the text."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.pipeline.quotes import extract
from provenance.settings import Settings

SOURCE_SENTENCES = [
    "This line will bring Riverside within fifteen minutes of the city centre.",
    "It is the largest public transport investment in Orlin for a generation.",
    "The Council will not raise local taxes to pay for the new line.",
    "Construction will start in September and is planned to finish by the end of 2028.",
]
SOURCE = text_from_string(
    "Council statement\n\n" + " ".join(f'"{s}" said the mayor.' for s in SOURCE_SENTENCES), id="src"
)
STYLES = [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("‹", "›")]
LEX = Settings(lexical_only=True)


def _edit(sentence: str, how: str) -> str:
    words = sentence.rstrip(".").split()
    if how == "altered":
        words[len(words) // 2] = "quickly"
    elif how == "edited":
        words.insert(2, "[indeed]")
    return " ".join(words)


def _kinds(article: str) -> list[str]:
    rep = check(text_from_string(article, id="a"), [SOURCE], LEX)
    return [q.match.kind for q in rep.quotes]


# Whitespace inside a quote; two line ends would make a paragraph break, which ends a quote.
spaces = st.text(alphabet=" \t\n\u00a0", min_size=1, max_size=3).filter(lambda s: s.count("\n") <= 1)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SOURCE_SENTENCES), st.sampled_from(["verbatim", "altered", "edited"]), st.sampled_from(STYLES),
    spaces, st.integers(min_value=20, max_value=70),
)  # fmt: skip
def test_style_whitespace_and_wrapping_keep_the_verdict(
    sentence: str, how: str, style: tuple[str, str], space: str, width: int
) -> None:
    quote = _edit(sentence, how)
    plain = f'The mayor said: "{quote}" at the meeting.'
    o, c = style
    varied = f"The mayor said: {o}{space.join(quote.split())}{c} at the meeting."
    wrapped = textwrap.fill(varied, width=width, break_long_words=False, break_on_hyphens=False)
    want = _kinds(plain)
    assert want == [{"verbatim": "verbatim", "altered": "altered", "edited": "near_verbatim"}[how]]
    assert _kinds(varied) == want
    assert _kinds(wrapped) == want


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab “”«»\"'‘’„. ,\n")), max_size=80))
def test_quote_offsets_slice_back(text: str) -> None:
    for q in extract(text):
        if len(q.parts) == 1:
            assert text[q.start : q.end] == q.text
        for a, b in q.parts:
            assert 0 <= a <= b <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([*SOURCE_SENTENCES, "Elsewhere it rained all week in the hills.", "ua en ru"]),
                min_size=1, max_size=5))  # fmt: skip
def test_report_offsets_slice_back(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    rep = check(text_from_string(text, id="a"), [SOURCE], LEX)
    for m in rep.markers:
        assert text[m.start : m.end] == m.text
    for p in rep.passages:
        assert text[p.start : p.end] == p.text
    for s in rep.language.segments:
        assert 0 <= s.start < s.end <= len(text)
    src_text = SOURCE.text
    for p in rep.passages:
        assert src_text[p.match.source_start : p.match.source_end]
