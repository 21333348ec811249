"""A source clause that denies the verb and all else a claim states, in the claim's language
(semantic/predicates.py), and the claims check that reports it."""

from __future__ import annotations

import pytest

from provenance.pipeline.align import prepare_source
from provenance.semantic import claims, predicates
from provenance.semantic.stage import source_units
from provenance.settings import defaults


@pytest.mark.parametrize(
    ("claim", "unit"),
    [
        (
            "Через пожежу на підстанції в селищі довелося відключити водопостачання.",
            "Пожежа не зачепила насосну станцію: водопостачання в селищі не відключали.",
        ),
        ("В поселке из-за пожара отключили водоснабжение.", "Водоснабжение в поселке не отключали."),
        (
            "Water supply in the village had to be cut off after the fire.",
            "The fire did not reach the pumping station: water supply in the village was not cut off.",
        ),
        ("L'eau a été coupée dans le village après l'incendie.", "L'eau n'a pas été coupée dans le village."),
    ],
)
def test_a_clause_denying_the_claims_verb_and_its_subject_is_found(claim: str, unit: str) -> None:
    at_issue = predicates.denied_predicate(claim, unit, defaults())
    assert at_issue is not None and len(at_issue) >= predicates.PREDICATE_MIN_ARGUMENTS + 1


@pytest.mark.parametrize(
    ("claim", "unit"),
    [
        # a plan denied is no denial of a past fact, and a possibility is no fact
        ("Dastra had extended the fishing accord three times.", "Dastra will not extend the fishing accord."),
        ("Water supply in the village may be cut off.", "Water supply in the village was not cut off."),
        # a figure of its own places the claim at another occasion
        ("Water supply in the village was cut off in 2019.", "Water supply in the village was not cut off."),
        # the claim negates too, even inside a relative clause
        ("Crews worked on the pipe, which was not cut off in the village.", "The pipe was not cut off in the village."),
        # a negation inside a relative clause describes, it denies nothing
        ("Villages cut off the supply.", "Villages that did not cut off the supply were praised."),
        # one word besides the verb: the same thing at another time or place
        ("The bridge was damaged by the flood.", "The bridge was not damaged."),
        # another verb
        ("Water supply in the village was restored.", "Water supply in the village was not cut off."),
    ],
)
def test_no_denied_predicate_where_the_claim_or_the_denial_says_something_else(claim: str, unit: str) -> None:
    assert predicates.denied_predicate(claim, unit, defaults()) is None


def test_the_claims_check_reports_a_denied_predicate_as_an_explicit_contradiction() -> None:
    text = "The fire did not reach the pumping station: water supply in the village was not cut off."
    src = prepare_source("council.en", text, language="en")
    units = [(src, u, 0.5) for u in source_units(src) if u.kind in ("sentence", "clause")]
    sentence = "Water supply in the village had to be cut off after the fire."
    claim = claims.Claim(100, 100 + len(sentence), sentence, None)
    found = claims.contradiction(claim, units, "en", None, defaults())
    assert found is not None and found.explicit and "not cut off" in found.unit.text
    a, b = found.span
    assert sentence[a - 100 : b - 100].startswith("Water supply")
    assert claims.contradiction(claim, units, "fr", None, defaults()) is None  # the rule reads one language
