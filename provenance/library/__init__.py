"""The source library: primary sources in one SQLite file (:mod:`.store`), and the search that finds the ones
an article draws on (:mod:`.search`). Checking against the library is :func:`provenance.check`'s ``library``."""

from provenance.library.search import (
    FINDING_CODE,
    NONE_FOUND_CODE,
    SEARCH_LIMIT,
    VECTORS_OFF_CODE,
    Candidate,
    Pair,
    Picks,
    SourceRecord,
    none_found_message,
)
from provenance.library.store import DEFAULT_DB, MAX_SHINGLE_SOURCES, SCHEMA_VERSION, AddResult, Library
from provenance.pipeline.shingles import SHINGLE_WORDS, shingles  # the library's runs of words

__all__ = [
    "DEFAULT_DB", "FINDING_CODE", "MAX_SHINGLE_SOURCES", "NONE_FOUND_CODE", "SCHEMA_VERSION", "SEARCH_LIMIT",
    "SHINGLE_WORDS", "VECTORS_OFF_CODE", "AddResult", "Candidate", "Library", "Pair", "Picks", "SourceRecord",
    "none_found_message", "shingles",
]  # fmt: skip
