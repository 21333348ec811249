"""The load stage: paths, folders and stdin in; decoded, NFC-normalised texts out.

Every offset in a report indexes ``Text.text`` (REPORT.md), so this package is the one place that decides
what the text *is*: which files and records (:mod:`.inputs`), which encoding (:mod:`.decode`), which part of an
HTML page (:mod:`.html`). Bad input raises ``InputError`` with a stable ``code`` and a one-line message that
says what to do.

Importing this package is cheap: trafilatura (HTML) and charset-normalizer (legacy encodings) are imported
inside the functions that need them.
"""

from provenance.pipeline.load.decode import decode
from provenance.pipeline.load.html import _extract_html as _extract_html  # the fuzz tests' entry point
from provenance.pipeline.load.inputs import (
    HTML_EXTENSIONS,
    JSON_EXTENSIONS,
    KNOWN_EXTENSIONS,
    MAX_BYTES_DEFAULT,
    TEXT_EXTENSIONS,
    Text,
    iter_inputs,
    load_many,
    load_path,
    text_from_string,
)

__all__ = [
    "HTML_EXTENSIONS", "JSON_EXTENSIONS", "KNOWN_EXTENSIONS", "MAX_BYTES_DEFAULT", "TEXT_EXTENSIONS", "Text",
    "decode", "iter_inputs", "load_many", "load_path", "text_from_string",
]  # fmt: skip
