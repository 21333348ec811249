"""HTML: the article's main text and metadata from a page, with the marker lines extractors drop put back.

trafilatura (imported on first use) finds the main text; a plain block extractor stands in when it is
missing, fails or finds nothing, and supplies the short lines (bylines, datelines, credits, switchers) that
trafilatura drops, so the marker stage still sees them (CLI.md: "main text extracted, markers kept").
"""

from __future__ import annotations

import logging
import re
from typing import Any

from provenance.pipeline.load.decode import Decoding, _checked, _label, _normalise, decode_detail

_HTML_META_KEYS = ("title", "author", "date", "sitename", "url")


def _decode_html(raw: bytes, path: str) -> tuple[str, Decoding]:
    """Like ``decode_detail``, but a page's own ``<meta charset>`` wins over guessing when the bytes are not UTF-8."""
    declared = _declared_charset(raw[:4096])
    if declared and not declared.startswith("utf") and not _is_utf8(raw):  # a "utf-16" in ASCII bytes is wrong
        try:
            return _checked(_normalise(raw.decode(declared)), path), Decoding(_label(declared, raw), 0.9)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_detail(raw, name=path)


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
    if message not in _warned:
        _warned.add(message)
        logging.getLogger(__name__).warning(message)


def _quiet_loggers() -> None:
    """trafilatura logs "discarding data" warnings that Python would print on stderr; the CLI prints one line."""
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
    from html.parser import HTMLParser  # stdlib, but not paid for at import (tests/test_load.py)

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
