"""The load stage: paths, folders and stdin in; decoded, NFC-normalised texts out.

Every offset in a report indexes ``Text.text`` (REPORT.md), so this module is the one place that decides
what the text *is*: which bytes, which encoding, which part of an HTML page, which JSON record. Bad input
raises ``InputError`` with a stable ``code`` and a one-line message that says what to do.

Importing this module is cheap: trafilatura (HTML) and charset-normalizer (legacy encodings) are imported
inside the functions that need them.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from provenance.errors import InputError

# 8 MiB: a long article with inline markup runs to about 5 MB of HTML; this admits it with room to spare
# while a stray log dump or video file is stopped before it is read into memory. `--max-bytes` raises it.
MAX_BYTES_DEFAULT = 8 * 1024 * 1024

TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
JSON_EXTENSIONS = (".json", ".jsonl")
KNOWN_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS
_FORMATS_HINT = "give a .txt, .md, .html, .htm, .json or .jsonl file, a folder of them, or - for stdin"

# Encoding sniffing looks at this much of the input; decisions hold for the whole file.
_SNIFF_BYTES = 64 * 1024
# Above this share of control characters a "text" is a binary file that happened to decode.
_MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image", "a PNG image"),
    (b"\xff\xd8\xff", "image", "a JPEG image"),
    (b"GIF87a", "image", "a GIF image"),
    (b"GIF89a", "image", "a GIF image"),
    (b"%PDF-", "image", "a PDF document"),
    (b"PK\x03\x04", "binary", "a ZIP archive (a .docx or .odt?)"),
    (b"\x1f\x8b", "binary", "a gzip archive"),
)

_TOO_DEEP = 'JSON nested too deeply; give records as {"text": ...}'
_JSON_META_KEYS = ("url", "title", "author", "date", "sitename")
_HTML_META_KEYS = ("title", "author", "date", "sitename", "url")


@dataclass(frozen=True)
class Text:
    """One loaded document (or JSON record). Offsets in reports index ``text``."""

    id: str
    path: str
    text: str = field(repr=False)
    sha256: str
    encoding: str | None
    meta: Mapping[str, str] = field(default_factory=dict, hash=False)


# ---------------------------------------------------------------------------------------------- public API


def load_path(path: str, *, max_bytes: int = MAX_BYTES_DEFAULT, stdin: BinaryIO | None = None) -> list[Text]:
    """The texts of one path (a file, a folder, or ``-``); the first bad file or record raises."""
    return [_or_raise(item) for _, item in _items(path, max_bytes, stdin)]


def load_many(paths: Sequence[str], *, max_bytes: int = MAX_BYTES_DEFAULT, stdin: BinaryIO | None = None) -> list[Text]:
    """The texts of several paths, in the order given; the first bad file or record raises."""
    return [text for path in paths for text in load_path(path, max_bytes=max_bytes, stdin=stdin)]


def iter_inputs(paths: Sequence[str], *, max_bytes: int = MAX_BYTES_DEFAULT) -> Iterator[tuple[str, Text | InputError]]:
    """``(path, Text)`` or ``(path, InputError)`` for every file and record, in a stable order; never raises
    for one bad input (a JSONL file with one bad line yields one error, for that line)."""
    for path in paths:
        yield from _items(path, max_bytes, None)


def decode(raw: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """``(text, encoding)`` for raw bytes: NFC, ``\\n`` line ends. Raises InputError when it is not text."""
    _reject_magic(raw[:16], name)
    text, encoding = _decode_bytes(raw, name)
    return _checked(_normalise(text), name), encoding


def text_from_string(text: str, *, id: str, path: str | None = None) -> Text:
    """A Text for inline text (the HTTP service, the library API); ``path`` defaults to ``id``."""
    where = path if path is not None else id
    try:
        digest = _sha(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise _fail("undecodable", where, "the text holds an unpaired surrogate; send valid Unicode") from exc
    return Text(id=id, path=where, text=_checked(_normalise(text), where), sha256=digest, encoding=None)


# ---------------------------------------------------------------------------------------------- paths


def _fail(code: str, where: str, what: str) -> InputError:
    """An InputError whose one-line message names the input first."""
    return InputError(f"{_show(where)}: {what}", code=code)


def _or_raise(item: Text | InputError) -> Text:
    if isinstance(item, InputError):
        raise item
    return item


def _items(path: str, max_bytes: int, stdin: BinaryIO | None) -> Iterator[tuple[str, Text | InputError]]:
    if path == "-":
        yield from _stdin_items(max_bytes, stdin)
    elif os.path.isdir(path):
        yield from _folder_items(path, max_bytes)
    else:
        yield from _file_items(path, max_bytes)


def _folder_items(folder: str, max_bytes: int) -> Iterator[tuple[str, Text | InputError]]:
    files = _walk(folder)
    if not files:
        yield folder, _fail("empty", folder, f"the folder holds no usable files; {_FORMATS_HINT}")
    for file in files:
        yield from _file_items(file, max_bytes)


def _walk(folder: str) -> list[str]:
    """Files with known extensions under ``folder``, hidden files and folders skipped, in sorted order."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(KNOWN_EXTENSIONS):
                found.append(os.path.join(root, name))
    return found


def _file_items(path: str, max_bytes: int) -> Iterator[tuple[str, Text | InputError]]:
    try:
        kind = _kind_of(path)
        raw = _read_file(path, max_bytes)
    except InputError as exc:
        yield path, exc
        return
    yield from _parse(raw, kind, path=path, stem=_stem(path))


def _stdin_items(max_bytes: int, stdin: BinaryIO | None) -> Iterator[tuple[str, Text | InputError]]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        yield "-", _too_large("stdin", None, max_bytes)
        return
    try:
        text, _ = decode(raw, name="stdin")
    except InputError as exc:
        yield "-", exc
        return
    yield from _parse(raw, _sniff(text), path="-", stem="stdin")


def _kind_of(path: str) -> str:
    if not os.path.exists(path):
        raise _fail("missing", path, "no such file or folder; check the path")
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXTENSIONS:
        return "text"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSON_EXTENSIONS:
        return ext[1:]
    _reject_magic(_head(path), path)
    raise _fail("unknown_format", path, f"unknown format '{ext or 'no extension'}'; {_FORMATS_HINT}")


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _fail("unreadable", path, f"cannot be read ({exc.strerror or exc}); check its permissions") from exc
    if len(raw) > max_bytes:
        raise _too_large(path, len(raw), max_bytes)
    if not raw:
        raise _fail("empty", path, "the file is empty; give a file with the article's text")
    return raw


def _too_large(name: str, size: int | None, max_bytes: int) -> InputError:
    have = f"{size:,} bytes" if size is not None else "more than that"
    return _fail("too_large", name, f"too large ({have}; the limit is {max_bytes:,} bytes); raise it with --max-bytes")


def _sniff(text: str) -> str:
    """The format of stdin: records when it parses as JSON (or its first line does), HTML, else text."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype", "<html")):
        return "html"
    if head.startswith(("{", "[")):
        try:
            return "json" if isinstance(json.loads(text), (dict, list)) else "text"
        except (ValueError, RecursionError):
            pass
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "text"
        except (ValueError, RecursionError):
            return "text"
    return "text"


def _show(path: str) -> str:
    """A path for a one-line message."""
    return path.replace("\r", "\\r").replace("\n", "\\n")


# ---------------------------------------------------------------------------------------------- formats


def _parse(raw: bytes, kind: str, *, path: str, stem: str) -> Iterator[tuple[str, Text | InputError]]:
    if kind in ("json", "jsonl"):
        yield from _record_items(raw, kind, path=path, stem=stem)
        return
    try:
        text = _html_text(raw, path) if kind == "html" else _plain_text(raw, path)
    except InputError as exc:
        yield path, exc
        return
    yield path, text


def _plain_text(raw: bytes, path: str) -> Text:
    text, encoding = decode(raw, name=path)
    return Text(id=_id_of(path), path=path, text=text, sha256=_sha(raw), encoding=encoding)


def _html_text(raw: bytes, path: str) -> Text:
    markup, encoding = _decode_html(raw, path)
    body, meta = _extract_html(markup)
    body = _normalise(body).strip()
    if not body:
        raise _fail("empty", path, "no article text found in the HTML; give the article as .txt")
    return Text(id=_id_of(path), path=path, text=body, sha256=_sha(raw), encoding=encoding, meta=meta)


def _id_of(path: str) -> str:
    return "stdin" if path == "-" else _stem(path)


def _stem(path: str) -> str:
    """The file name without its last extension: ``pentagon.en.txt`` -> ``pentagon.en``."""
    return os.path.splitext(os.path.basename(path))[0]


def _sha(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


# ---------------------------------------------------------------------------------------------- JSON records


def _record_items(raw: bytes, kind: str, *, path: str, stem: str) -> Iterator[tuple[str, Text | InputError]]:
    try:
        text, encoding = decode(raw, name=path)
    except InputError as exc:
        yield path, exc
        return
    if kind == "jsonl":
        yield from _jsonl_items(text, encoding, path=path, stem=stem)
    else:
        yield from _json_items(text, encoding, path=path, stem=stem)


def _json_items(text: str, encoding: str, *, path: str, stem: str) -> Iterator[tuple[str, Text | InputError]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield path, _malformed(path, exc)
        return
    except RecursionError:
        yield path, _fail("bad_record", path, _TOO_DEEP)
        return
    if isinstance(data, dict):  # one record: the file is the document, its id the file's stem
        yield _guarded(path, _record, data, n=None, where=path, path=path, stem=stem, encoding=encoding)
        return
    if not isinstance(data, list) or not data:
        what = "an empty list" if isinstance(data, list) else f"a JSON {type(data).__name__}"
        yield path, _fail("bad_record", path, f'holds {what}; give an object with a "text" field or a list of them')
        return
    for n, obj in enumerate(data, 1):
        where = f"{path} record {n}"
        yield _guarded(f"{path}#{n}", _record, obj, n=n, where=where, path=path, stem=stem, encoding=encoding)


def _jsonl_items(text: str, encoding: str, *, path: str, stem: str) -> Iterator[tuple[str, Text | InputError]]:
    n = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        n += 1
        where = f"{path} line {lineno}"
        yield _guarded(f"{path}#{n}", _line_record, line, n=n, where=where, path=path, stem=stem, encoding=encoding)


def _line_record(line: str, *, where: str, **kwargs: Any) -> Text:
    return _record(_parse_line(line, where), where=where, **kwargs)


def _parse_line(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except ValueError as exc:
        raise _malformed(where, exc) from exc
    except RecursionError as exc:
        raise _fail("bad_record", where, _TOO_DEEP) from exc


def _malformed(where: str, exc: ValueError) -> InputError:
    if isinstance(exc, json.JSONDecodeError):
        place = f"line {exc.lineno} column {exc.colno}" if " line " not in where else f"column {exc.colno}"
        return _fail("bad_record", f"{where} {place}", f"malformed JSON ({exc.msg}); fix it or drop it")
    return _fail("bad_record", where, f"malformed JSON ({exc}); fix it or drop it")


def _guarded(key: str, make: Callable[..., Text], /, *args: Any, **kwargs: Any) -> tuple[str, Text | InputError]:
    """``(text.path, text)``, or ``(key, error)`` when ``make`` raises InputError."""
    try:
        text = make(*args, **kwargs)
    except InputError as exc:
        return key, exc
    return text.path, text


def _record(obj: Any, *, n: int | None, where: str, path: str, stem: str, encoding: str) -> Text:
    """A JSON record as a Text: id from its "id" field, else ``<stem>#<n>`` (``<stem>`` for a lone object)."""
    if not isinstance(obj, dict):
        raise _fail("bad_record", where, 'not a JSON object; give {"text": ...}')
    body = obj.get("text")
    if not isinstance(body, str):
        raise _fail("bad_record", where, 'the record has no string "text" field; give {"text": ...}')
    rid = _record_id(obj.get("id"))
    record_id = rid or (stem if n is None else f"{stem}#{n}")
    record_path = path if n is None and rid is None else f"{path}#{rid or n}"
    try:
        digest = _sha(body.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise _fail("bad_record", where, "the text holds an unpaired surrogate escape; fix the record") from exc
    meta = {k: v for k in _JSON_META_KEYS if isinstance(v := obj.get(k), str) and v.strip()}
    text = _checked(_normalise(body), where)
    return Text(id=record_id, path=record_path, text=text, sha256=digest, encoding=encoding, meta=meta)


def _record_id(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value) if str(value).strip() else None


# ---------------------------------------------------------------------------------------------- HTML


def _decode_html(raw: bytes, path: str) -> tuple[str, str]:
    """Like ``decode``, but a page's own ``<meta charset>`` wins over guessing when the bytes are not UTF-8."""
    declared = _declared_charset(raw[:4096])
    if declared and not declared.startswith("utf") and not _is_utf8(raw):  # a "utf-16" in ASCII bytes is wrong
        try:
            return _checked(_normalise(raw.decode(declared)), path), _label(declared, raw)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(raw, name=path)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _extract_html(markup: str) -> tuple[str, dict[str, str]]:
    """Main text (blocks separated by blank lines) and metadata. trafilatura's main text with the marker
    lines it drops put back (CLI.md: "main text extracted, markers kept"); the plain extractor's blocks when
    trafilatura is missing, fails, finds nothing, or falls back to a flat dump of the page's text."""
    markup = _drop_unrendered(markup)
    plain, plain_meta = _plain_extract(markup)
    try:
        blocks, meta, structured = _trafilatura_extract(markup)
    except Exception as exc:  # a third-party parser on untrusted pages: fall back rather than fail the file
        _warn_once(f"trafilatura unavailable or failed ({exc}); using the plain HTML extractor")
        blocks, meta, structured = [], {}, False
    meta = {**plain_meta, **meta}
    if blocks and structured:
        return "\n\n".join(_with_markers(blocks, plain)), meta
    return "\n\n".join(plain or blocks), meta


# Elements whose content a reader never sees: an iframe's fallback text, noscript (scripts run), templates.
# trafilatura's fallback for short pages reads their text (and an iframe's raw markup) into the article, so
# they go before either extractor parses the page. Scripts, styles and comments are kept (the parsers skip
# them, and read JSON-LD metadata from scripts) but stepped over whole, so that a "<noscript>" written inside
# a script's string or a comment never starts an element here.
_UNRENDERED = ("iframe", "noscript", "template", "noembed", "noframes")
_RAW_KEPT = ("script", "style")
_HIDDEN_OPEN = re.compile(rf"<!--|<({'|'.join(_UNRENDERED + _RAW_KEPT)})\b[^<>]{{0,4000}}>", re.IGNORECASE)
_HIDDEN_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _UNRENDERED + _RAW_KEPT}
_HIDDEN_CLOSE["--"] = re.compile("-->")


def _drop_unrendered(markup: str) -> str:
    """``markup`` without the unrendered elements and their content. An element never closed loses its
    opening tag and the text up to the next tag (a browser would hide the rest of the page; an extractor
    should not lose the article to one stray tag). Linear: a closing tag is searched for at most once past
    the point where it was last missing."""
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while (m := _HIDDEN_OPEN.search(markup, pos)) is not None:
        tag = (m.group(1) or "--").lower()
        close = None if tag in unclosed or m.group().endswith("/>") else _HIDDEN_CLOSE[tag].search(markup, m.end())
        if close is None and not m.group().endswith("/>"):
            unclosed.add(tag)
        if tag not in _UNRENDERED:  # a script, style or comment: kept as it is, to its end
            end = close.end() if close is not None else len(markup)
            out.append(markup[pos:end])
            pos = end
            continue
        out.append(markup[pos : m.start()])
        if close is not None:
            pos = close.end()
        elif m.group().endswith("/>"):
            pos = m.end()
        else:
            nxt = markup.find("<", m.end())
            pos = len(markup) if nxt < 0 else nxt
    out.append(markup[pos:])
    return "".join(out)


def _trafilatura_extract(markup: str) -> tuple[list[str], dict[str, str], bool]:
    """``(blocks, meta, structured)``; not structured when trafilatura's last resort put the page's text
    nodes, one a line, into a single block (short pages): paragraph boundaries are lost there."""
    _quiet_loggers()
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    doc: Any = bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True)
    if doc is None or getattr(doc, "body", None) is None:
        return [], {}, False
    blocks = [b for b in (xmltotxt(child, False).strip() for child in doc.body) if b]
    flat = len(blocks) == 1 and "\n" in blocks[0] and doc.body.find(".//lb") is None
    meta = {k: v.strip() for k in _HTML_META_KEYS if isinstance(v := getattr(doc, k, None), str) and v.strip()}
    return blocks, meta, not flat


# A marker line (byline, "Updated 12:30", photo credit, language switcher) is short.
_MARKER_MAX_CHARS = 160
_MARKERS_BEFORE = 3


def _with_markers(blocks: list[str], plain: list[str]) -> list[str]:
    """trafilatura's blocks, plus the short blocks of the page that it dropped between its first and last
    block and just before its first (up to three: a language switcher above the headline). When its blocks
    cannot all be found, in order, among the plain extractor's, its blocks alone."""
    first: dict[str, int] = {}
    for i, block in enumerate(plain):
        first.setdefault(" ".join(block.split()), i)
    found = [first.get(" ".join(block.split())) for block in blocks]
    where = [i for i in found if i is not None]
    if len(where) != len(blocks) or where != sorted(set(where)):
        return blocks
    short = [len(b) <= _MARKER_MAX_CHARS for b in plain]
    start = where[0]
    while start > 0 and where[0] - start < _MARKERS_BEFORE and short[start - 1]:
        start -= 1
    mine = dict(zip(where, blocks, strict=True))
    return [mine.get(i, plain[i]) for i in range(start, where[-1] + 1) if i in mine or short[i]]


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    import logging

    if message not in _warned:
        _warned.add(message)
        logging.getLogger(__name__).warning(message)


def _quiet_loggers() -> None:
    """trafilatura logs "discarding data" warnings that Python would print on stderr; the CLI prints one line."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


# The plain extractor, for when trafilatura is missing, broken, or finds nothing: every block's text, less
# the elements that never hold the article (scripts, styles, navigation, headers, footers, forms).
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "button",
    "select", "iframe",
})  # fmt: skip
_SITE_CHROME = frozenset({"header", "footer"})  # skipped as site chrome outside an <article>/<main>, kept inside
_ARTICLE_TAGS = frozenset({"article", "main"})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section", "article", "main",
    "header", "footer", "tr", "dd", "dt", "figcaption", "figure", "table", "ul", "ol", "dl",
})  # fmt: skip
_WHITESPACE = re.compile(r"\s+")
_META_FIELDS = {
    "author": "author", "article:author": "author", "og:title": "title", "twitter:title": "title",
    "og:site_name": "sitename", "application-name": "sitename", "article:published_time": "date",
    "date": "date", "pubdate": "date", "dc.date": "date", "og:url": "url",
}  # fmt: skip


def _plain_extract(markup: str) -> tuple[list[str], dict[str, str]]:
    parser = _block_parser()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:  # html.parser gives up on some malformed declarations ("<![ bogus"): keep what it read
        pass
    return parser.result()


def _block_parser() -> Any:
    from html.parser import HTMLParser

    class BlockParser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.blocks: list[str] = []
            self.current: list[str] = []
            self.title: list[str] = []
            self.meta: dict[str, str] = {}
            self.skipping: list[str] = []  # the open elements whose text is skipped
            self.articles = 0  # how many <article>/<main> elements are open
            self.in_title = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "meta":
                self._meta(dict(attrs))
            elif tag == "title":
                self.in_title = True
            elif tag in _SKIP_TAGS and not (tag in _SITE_CHROME and self.articles):
                self.skipping.append(tag)
            elif tag == "br":
                self.current.append("\n")
            elif tag in ("td", "th"):
                self.current.append(" ")
            elif tag in _BLOCK_TAGS:
                self._flush()
                if tag in _ARTICLE_TAGS:
                    self.articles += 1

        def handle_endtag(self, tag: str) -> None:
            if tag == "title":
                self.in_title = False
            elif self.skipping and tag == self.skipping[-1]:
                self.skipping.pop()
            elif tag in _BLOCK_TAGS:
                self._flush()
                if tag in _ARTICLE_TAGS and self.articles:
                    self.articles -= 1

        def handle_data(self, data: str) -> None:
            if self.in_title:
                self.title.append(data)
            elif not self.skipping:
                self.current.append(_WHITESPACE.sub(" ", data))

        def _meta(self, attrs: dict[str, str | None]) -> None:
            key = _META_FIELDS.get((attrs.get("name") or attrs.get("property") or "").lower())
            value = (attrs.get("content") or "").strip()
            if key and value:
                self.meta.setdefault(key, value)

        def _flush(self) -> None:
            lines = (" ".join(line.split()) for line in "".join(self.current).split("\n"))
            block = "\n".join(line for line in lines if line)
            if block:
                self.blocks.append(block)
            self.current = []

        def result(self) -> tuple[list[str], dict[str, str]]:
            self._flush()
            title = " ".join("".join(self.title).split())
            meta = {"title": title, **self.meta} if title else dict(self.meta)
            return self.blocks, meta

    return BlockParser()


# ---------------------------------------------------------------------------------------------- encodings


def _reject_magic(head: bytes, name: str) -> None:
    for magic, code, what in _MAGIC:
        if head.startswith(magic):
            raise _fail(code, name, f"is {what}, not text; give the article as .txt, .html or .json")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        raise _fail("image", name, "is a WebP image, not text; give the article as .txt, .html or .json")


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)


def _decode_bytes(raw: bytes, name: str) -> tuple[str, str]:
    marked = [(codec, label) for bom, codec, label in _BOMS if raw.startswith(bom)]
    for k, (codec, label) in enumerate(marked):  # FF FE 00 00 opens UTF-32-LE, or UTF-16-LE text that opens with NUL
        try:
            return _strict(raw, codec, name), label
        except InputError:
            if k == len(marked) - 1:
                raise
    if b"\x00" in raw:
        codec16 = _utf16_without_bom(raw)
        if codec16 is None:
            raise _fail("binary", name, "binary data (NUL bytes), not text; give the article as .txt or .html")
        return _strict(raw, codec16, name), codec16
    try:
        return raw.decode("utf-8"), "utf-8"  # most files: strict UTF-8 first, no guessing
    except UnicodeDecodeError as exc:
        cut = _cut_utf8(raw, exc)
        if cut is not None:
            return cut, "utf-8"
        _refuse_damaged_utf8(raw, exc, name)
        return _decode_legacy(raw, name)


def _cut_utf8(raw: bytes, exc: UnicodeDecodeError) -> str | None:
    """The text of a UTF-8 file cut short inside its last character (an export or download stopped at a byte
    limit), without that partial character. Only when the rest is valid UTF-8 that holds other non-ASCII
    characters, so that a code-page file ending in one high byte is not taken for it."""
    if exc.reason != "unexpected end of data" or len(raw) - exc.start > 3:
        return None
    head = raw[: exc.start]
    if head.isascii():
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        return None


# A file is damaged UTF-8, not a code page, when at least this many of its non-ASCII characters read as valid
# UTF-8 and there is at most one broken character for four of them (text in a single-byte code page has almost
# no valid multi-byte sequences): read as cp1252 it would come out as mojibake.
_DAMAGED_UTF8_MIN_CHARS = 10
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _refuse_damaged_utf8(raw: bytes, exc: UnicodeDecodeError, name: str) -> None:
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text))
    if good >= _DAMAGED_UTF8_MIN_CHARS and 4 * bad <= good:
        what = f"not valid UTF-8 at byte {exc.start:,} though the rest is (a damaged file?); re-save it as UTF-8"
        raise _fail("undecodable", name, what)


def _strict(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise _fail("undecodable", name, f"not valid {codec} at byte {exc.start}; re-save it as UTF-8") from exc


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows in its NULs: the high byte of every ASCII character (spaces, digits,
    punctuation) is NUL, so NULs fill one byte position of each pair and (almost) never the other."""
    if len(raw) % 2:
        return None
    sample = raw[:_SNIFF_BYTES]
    even, odd = sample[0::2], sample[1::2]
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) >= 0.05 * len(high) and low.count(0) <= 0.005 * len(low):
            return codec
    return None


def _decode_legacy(raw: bytes, name: str) -> tuple[str, str]:
    guess = _charset_normalizer_guess(raw)
    for codec in _legacy_candidates(_legacy_sample(raw), guess):
        try:
            return raw.decode(codec), _label(codec, raw)
        except UnicodeDecodeError:
            continue
    raise _fail("undecodable", name, "undecodable bytes (not UTF-8, UTF-16 or a known code page); re-save it as UTF-8")


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _legacy_sample(raw: bytes) -> bytes:
    """The bytes to judge a code page by: from a little before the first non-ASCII byte (an English
    preamble must not hide the Cyrillic further down)."""
    first = _HIGH_BYTE.search(raw)
    start = max(0, first.start() - 1024) if first else 0
    return raw[start : start + _SNIFF_BYTES]


def _charset_normalizer_guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return _canonical(best.encoding) if best is not None else None


# Single-byte code pages of other non-Latin scripts: when charset-normalizer names one, trust it, because a
# Greek or Hebrew page read as cp1251/KOI8 also comes out as plausible-looking Cyrillic letters.
_OTHER_SCRIPT_CODECS = frozenset(
    {"cp1253", "iso8859-7", "mac-greek", "cp737", "cp869", "cp1255", "iso8859-8", "cp862", "cp424",
     "cp1256", "iso8859-6", "cp720", "cp864", "mac-arabic", "cp874", "tis-620", "iso8859-11"}
)  # fmt: skip


def _legacy_candidates(sample: bytes, guess: str | None) -> list[str]:
    """Code pages to try, best first. Words made of high bytes mean a non-Latin script (Cyrillic unless
    charset-normalizer names another); lone high bytes inside ASCII words mean accented Latin."""
    if _high_bytes_in_words(sample):
        cyrillic = _rank_cyrillic(sample) if guess not in _OTHER_SCRIPT_CODECS else []
        return cyrillic or ([guess] if guess else [])
    return _rank_latin(sample, guess)


_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")


def _high_bytes_in_words(sample: bytes) -> bool:
    high = sum(1 for b in sample if b >= 0x80)
    in_runs = sum(len(m) for m in _HIGH_RUN.findall(sample))
    return high > 0 and in_runs >= 0.5 * high


_CYR_LOWER = "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюяё"
_CYR_UPPER = _CYR_LOWER.upper()
_CYR_LETTER = re.compile(f"[{_CYR_LOWER}{_CYR_UPPER}]")
_MID_WORD_CAPITAL = re.compile(f"(?<=[{_CYR_LOWER}])[{_CYR_UPPER}]")
_COMMON_CYRILLIC = "оаеинтсрвлкмдпуяі"  # the most frequent letters of Russian and Ukrainian prose
_TEXT_SYMBOLS = "«»—–…№’‘“”„\u00a0·•°§©®€"
_ODD_SYMBOL = re.compile(f"[^\x00-\x7f\\w{_TEXT_SYMBOLS}]")


def _rank_cyrillic(sample: bytes) -> list[str]:
    """cp1251, KOI8-R or KOI8-U, best first; [] when no reading of the bytes is mostly Cyrillic letters.

    charset-normalizer mixes these up on short texts, and each reads the other's bytes as valid Cyrillic:
    cp1251 puts lower-case а-я at 0xE0-0xFF and capitals at 0xC0-0xDF, KOI8 the other way round (and in
    another letter order). So the wrong reading is mostly capitals in the middle of words and rare
    letters, while the right one is lower-case words of common letters (о, а, е, и, н, т, ...). A reading
    that turns bytes into box-drawing or other symbols (KOI8's 0x80-0xBF, cp1251's ‚ ѓ ‡) loses more.
    KOI8-U differs from KOI8-R only where it has і, ї, є, ґ; on a tie KOI8-R is named.
    """
    scored = []
    for codec in ("cp1251", "koi8-r", "koi8-u"):
        text = sample.decode(codec, errors="replace")
        high = sum(1 for c in text if ord(c) >= 0x80)
        letters = len(_CYR_LETTER.findall(text))
        if high and letters >= 0.8 * high:
            scored.append((_cyrillic_score(text), codec))
    return [codec for _, codec in sorted(scored, key=lambda s: -s[0])]


def _cyrillic_score(text: str) -> int:
    lower = text.lower()
    common = sum(lower.count(c) for c in _COMMON_CYRILLIC)
    mid_caps = len(_MID_WORD_CAPITAL.findall(text))
    odd = len(_ODD_SYMBOL.findall(text))
    return common - 2 * mid_caps - 4 * odd


def _rank_latin(sample: bytes, guess: str | None) -> list[str]:
    """Accented Latin: cp1252 (named latin-1 when it has no 0x80-0x9F bytes) unless charset-normalizer's
    guess reads the bytes with fewer stray symbols (¹ ³ ¿ where a Polish or Czech letter belongs)."""
    candidates = ["cp1252"] + ([guess] if guess and guess != "cp1252" else [])
    readable = [(c, _stray_symbols(sample, c)) for c in candidates]
    ranked = sorted((r for r in readable if r[1] is not None), key=lambda r: r[1] or 0)
    return [c for c, _ in ranked] + (["latin-1"] if not ranked else [])


def _stray_symbols(sample: bytes, codec: str) -> int | None:
    """Symbols that are neither letters nor usual punctuation; None unless ``codec`` reads the sample one
    byte a character (a multi-byte guess for a Latin text is charset-normalizer's noise on short input)."""
    try:
        text = sample.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return len(_ODD_SYMBOL.findall(text)) if len(text) == len(sample) else None


def _canonical(codec: str) -> str:
    import codecs

    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    return "latin-1" if name == "iso8859-1" else name


def _label(codec: str, raw: bytes) -> str:
    """The encoding's usual name; cp1252 bytes with nothing in 0x80-0x9F are plain latin-1."""
    name = _canonical(codec)
    if name == "cp1252" and not re.search(rb"[\x80-\x9f]", raw):
        return "latin-1"
    return name


# ---------------------------------------------------------------------------------------------- text


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _checked(text: str, name: str) -> str:
    """``text`` unless it is empty or mostly control characters (a binary file that happened to decode)."""
    if not text.strip():
        raise _fail("empty", name, "empty (nothing but whitespace); give a file with the article's text")
    controls = len(_CONTROL.findall(text))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        raise _fail("binary", name, "binary data (control characters), not text; give the article as .txt or .html")
    return text
