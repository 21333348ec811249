"""Inputs: paths, folders, stdin and JSON records in; ``Text`` objects (or one InputError each) out.

Every offset in a report indexes ``Text.text`` (REPORT.md), so this package is the one place that decides what
the text *is*: which bytes (here), which encoding (:mod:`.decode`), which part of an HTML page (:mod:`.html`),
which JSON record (here). Bad input raises ``InputError`` with a stable ``code`` and a one-line message that
says what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from provenance.errors import InputError
from provenance.pipeline.load.decode import Decoding, _checked, _fail, _normalise, _reject_magic, decode_detail
from provenance.pipeline.load.html import _decode_html, _extract_html

# 8 MiB: a long article with inline markup runs to about 5 MB of HTML; this admits it with room to spare
# while a stray log dump or video file is stopped before it is read into memory. `--max-bytes` raises it.
MAX_BYTES_DEFAULT = 8 * 1024 * 1024

TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
JSON_EXTENSIONS = (".json", ".jsonl")
KNOWN_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS
_FORMATS_HINT = "give a .txt, .md, .html, .htm, .json or .jsonl file, a folder of them, or - for stdin"

_TOO_DEEP = 'JSON nested too deeply; give records as {"text": ...}'
_JSON_META_KEYS = ("url", "title", "author", "date", "sitename")


@dataclass(frozen=True)
class Text:
    """One loaded document (or JSON record). Offsets in reports index ``text``."""

    id: str
    path: str
    text: str = field(repr=False)
    sha256: str
    encoding: str | None
    meta: Mapping[str, str] = field(default_factory=dict, hash=False)
    # How the bytes were decoded (confidence, replaced bytes); None for text given as a string.
    decoding: Decoding | None = field(default=None, compare=False)


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


def text_from_string(text: str, *, id: str, path: str | None = None) -> Text:
    """A Text for inline text (the HTTP service, the library API); ``path`` defaults to ``id``."""
    where = path if path is not None else id
    try:
        digest = _sha(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise _fail("undecodable", where, "the text holds an unpaired surrogate; send valid Unicode") from exc
    return Text(id=id, path=where, text=_checked(_normalise(text), where), sha256=digest, encoding=None)


# ---------------------------------------------------------------------------------------------- paths


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
        text, _ = decode_detail(raw, name="stdin")
    except InputError as exc:
        yield "-", exc
        return
    yield from _parse(raw, _sniff(text), path="-", stem="stdin")


def _kind_of(path: str) -> str:
    if not os.path.exists(path):
        raise _fail("missing", path, "no such file or folder; check the path")
    regular_file(path)  # before anything opens it: opening a named pipe waits for a writer, for ever
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXTENSIONS:
        return "text"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSON_EXTENSIONS:
        return ext[1:]
    _reject_magic(_head(path), path)
    raise _fail("unknown_format", path, f"unknown format '{ext or 'no extension'}'; {_FORMATS_HINT}")


def regular_file(path: str) -> None:
    """Raise InputError unless ``path`` is a regular file (or a link to one): a named pipe, a socket or a
    device is never read (a FIFO would block the check for ever, a device could be read without end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise _fail("unreadable", path, f"cannot be read ({exc.strerror or exc}); check its permissions") from exc
    if stat.S_ISREG(mode):
        return
    what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")  # fmt: skip
    raise _fail("not_a_file", path, f"is {what}, not a file; give a regular file, or - to read standard input")


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
    text, how = decode_detail(raw, name=path)
    return Text(id=_id_of(path), path=path, text=text, sha256=_sha(raw), encoding=how.encoding, decoding=how)


def _html_text(raw: bytes, path: str) -> Text:
    markup, how = _decode_html(raw, path)
    body, meta = _extract_html(markup)
    body = _normalise(body).strip()
    if not body:
        raise _fail("empty", path, "no article text found in the HTML; give the article as .txt")
    return Text(id=_id_of(path), path=path, text=body, sha256=_sha(raw), encoding=how.encoding, meta=meta, decoding=how)


def _id_of(path: str) -> str:
    return "stdin" if path == "-" else _stem(path)


def _stem(path: str) -> str:
    """The file name without its last extension: ``pentagon.en.txt`` -> ``pentagon.en``."""
    return os.path.splitext(os.path.basename(path))[0]


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


# ---------------------------------------------------------------------------------------------- JSON records


def _record_items(raw: bytes, kind: str, *, path: str, stem: str) -> Iterator[tuple[str, Text | InputError]]:
    try:
        text, how = decode_detail(raw, name=path)
    except InputError as exc:
        yield path, exc
        return
    encoding = how.encoding
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
