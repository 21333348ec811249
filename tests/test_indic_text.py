"""Hindi and the other Indic scripts: a word keeps its vowel signs ("करोड़", not "कर" and "ड"), the danda ends a
sentence, and a quote's changed word is shown whole (text.tokens, text.sentences)."""

from __future__ import annotations

from provenance import check
from provenance.settings import Settings
from provenance.text import sentences, tokens

SOURCE = "जब हम ऐसा इतिहास बनते हुए देखते हैं, तो जीवन धन्य हो जाता है। ये क्षण 140 करोड़ धड़कनों का है।"


def test_a_hindi_word_keeps_its_vowel_signs() -> None:
    assert [t.norm for t in tokens("देखते हैं, 140 करोड़")] == ["देखते", "हैं", "140", "करोड़"]


def test_the_danda_ends_a_sentence() -> None:
    assert [SOURCE[a:b][-1] for a, b in sentences(SOURCE)] == ["।", "।"]


def test_a_changed_hindi_word_is_shown_whole() -> None:
    article = "प्रधानमंत्री ने कहा, “जब हम ऐसा इतिहास बनते हुए देखते हैं, तो जीवन गर्व से भर जाता है।”"
    (quote,) = check(article, [SOURCE], Settings(lexical_only=True)).quotes
    assert quote.match.kind == "altered"
    assert [(c.quote, c.source) for c in quote.match.changes] == [("गर्व से", "धन्य हो"), ("भर", None)]
