"""Documents in the possessed form after their issuer, as Hungarian writes them ("X nyilatkozata szerint",
"according to X's statement"; a source title "X elnök lemondó nyilatkozata"): the possessor speaks. Part of the
speaker stage (:mod:`provenance.pipeline.speaker_phrases`, :mod:`provenance.pipeline.speaker_issuers`)."""

from __future__ import annotations

from provenance import lexicon

# Document nouns in the possessed form (lexicon title_documents_possessed), and the articles that open a modifier
# between the possessor and its document.
POSSESSED_DOCUMENTS = frozenset(w.casefold() for w in lexicon.words_all("title_documents_possessed"))
ARTICLES_HU = frozenset(lexicon.words("articles", "hu"))


def possessed(word: str) -> bool:
    """A possessed document noun, a compound's last part read ("Facebook-bejegyzése")."""
    return word.strip(".,;:").rsplit("-", 1)[-1].casefold() in POSSESSED_DOCUMENTS


def possessor(seq: list[str]) -> list[str]:
    """The words before a possessed document, read backwards: its possessor, without the modifiers an article
    opens between them ("A lemondott elnök | az MTI-hez is eljuttatott | nyilatkozata": the resigned president)."""
    cut = next((k for k, w in enumerate(seq) if w.lower() in ARTICLES_HU and k + 1 < len(seq)), None)
    return seq[cut + 1 :] if cut is not None else seq
