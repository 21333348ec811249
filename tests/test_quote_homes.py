"""A quote found with unmarked changes in a source that is not its speaker's: leaders' statements on one event
share their phrases, and the nearest words are often another voice's. The quote is left unsupported, never
"altered" (which would accuse the article of changing the other person's words); in its speaker's own source the
change stays an alarm. Invented snippets."""

from __future__ import annotations

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)

POST = (
    "I am deeply shocked by the attack on Prime Minister Ivo Marek. My thoughts are with him and his family.\n"
    "— Jane Roe (@janeroe) May 15, 2027\n"
)


def _match(article: str, *sources: tuple[str, str]) -> list[tuple[str, str | None, str | None]]:
    report = check(article, [text_from_string(text, id=sid) for sid, text in sources], LEXICAL)
    return [(q.match.kind, q.match.source, q.match.reason) for q in report.quotes]


def test_a_named_persons_quote_near_another_persons_post_is_not_their_words_altered() -> None:
    article = 'President Karl Lind said: "I am deeply shocked by the cowardly attack on Prime Minister Ivo Marek."'
    ((kind, source, reason),) = _match(article, ("roe-post.en", POST))
    assert (kind, source) == ("unsupported", None)
    assert reason is not None and "Jane Roe" in reason and "roe-post.en" in reason
    # credited to the post's author, the same change is hers: an alarm
    own = 'Jane Roe wrote: "I am deeply shocked by the cowardly attack on Prime Minister Ivo Marek."'
    assert _match(own, ("roe-post.en", POST))[0][:2] == ("altered", "roe-post.en")
    # the post's author named in the paragraph before: the article may give her words to her, whoever was read
    near = (
        "Jane Roe wrote on Monday that she was shocked.\n\n"
        'In the words of Karl Lind, who read it out: "I am deeply shocked by the cowardly attack on Prime Minister '
        'Ivo Marek."'
    )
    assert _match(near, ("roe-post.en", POST))[0][:2] == ("altered", "roe-post.en")
    # a role may be anyone of the source's voice: the change stays
    role = 'The president said: "I am deeply shocked by the cowardly attack on Prime Minister Ivo Marek."'
    assert _match(role, ("roe-post.en", POST))[0][:2] == ("altered", "roe-post.en")


def test_a_speakers_quote_near_another_source_while_their_other_quotes_stand_at_home() -> None:
    lind = "Statement by President Karl Lind\n\nWe stand with the people of Borea in this dark hour.\n"
    article = (
        'President Karl Lind said: "We stand with the people of Borea in this dark hour."\n\n'
        'Lind added: "I am deeply shocked by the cowardly attack on Prime Minister Ivo Marek."'
    )
    (first, second) = _match(article, ("lind.en", lind), ("roe-post.en", POST))
    assert first[:2] == ("verbatim", "lind.en")
    assert second[:2] == ("unsupported", None)
