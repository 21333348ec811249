"""Chinese and Japanese sources cut into sentences and clauses though they write no space after a stop or a comma
(text.sentences, semantic/units.py): a quote that renders one clause of a long sentence can be placed on it."""

from __future__ import annotations

from provenance.semantic.units import units_of, word_count
from provenance.text import sentences

NOTICE = (
    "为防范核污染水排海对食品安全造成的风险,保护消费者健康,海关决定自8月24日起暂停进口相关水产品。"
    "特此公告。海关总署发言人表示,将根据情况动态调整监管措施。"
)


def test_a_chinese_full_stop_ends_a_sentence_without_a_space() -> None:
    spans = sentences(NOTICE)
    assert [NOTICE[a:b][-1] for a, b in spans] == ["。", "。", "。"]
    assert sentences("Il a dit «non». Puis il est parti.") == [(0, 15), (16, 34)]  # as before in other scripts


def test_a_long_chinese_sentence_has_clause_units() -> None:
    clauses = [u.text for u in units_of(NOTICE) if u.kind == "clause"]
    assert clauses[0] == "为防范核污染水排海对食品安全造成的风险"
    assert any(c.startswith("保护消费者健康") for c in clauses)
    assert "特此公告。" not in [u.text for u in units_of(NOTICE)]  # too short to render anything on its own


def test_two_chinese_characters_count_as_a_word_and_other_scripts_as_before() -> None:
    assert word_count("保护消费者健康") == 3
    assert word_count("The mission, planned for 12 months") == 6
    assert word_count("Місія триватиме шість місяців") == 4
