"""``check(article, sources, settings) -> Report``: the pipeline, one stage after another.

1. markers      site markers (switcher, byline, dateline, credits, outlets, attributions, boilerplate)
2. language     per paragraph and for the document, narrowed by the site's switcher
3. quotes       every quotation and its speaker
4. align        each quote against each source: verbatim, near_verbatim, altered, unsupported
5. passages     unquoted sentences that copy or paraphrase a source
6. semantic     (unless --lexical-only) reworded and translated quotes, paraphrases across languages
7. drift        numbers, dates, names, negation, modality, dropped qualifiers
8. attribution  whether each matched quote is credited to the one the source credits
9. score        fidelity and its parts, translation likelihood, findings

Each stage is a module of this package; ``context`` holds the state handed from one to the next and ``run``
calls them in order. Importing the package is cheap: ``check`` loads the stages on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.pipeline.run import check as check

__all__ = ["check"]


def __getattr__(name: str) -> Any:
    if name == "check":
        from provenance.pipeline.run import check

        return check
    raise AttributeError(name)
