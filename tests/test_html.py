"""``--format html``: one self-contained page; input never becomes markup; the editor sees the change.

The last tests open the page in Debian's headless chromium (skipped where it is not installed): the page
renders, has no script in its DOM, and makes no network request (a local proxy would see any).
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provenance.pipeline import check
from provenance.pipeline.load import load_path, text_from_string
from provenance.render import render
from provenance.render.common import judged
from provenance.render.html import to_html
from provenance.report import Report
from provenance.settings import Settings
from tests.conftest import COUNCIL, DEVSET, PENTAGON, SEED_003

LEX = Settings(lexical_only=True)
ARTICLES = DEVSET / "articles"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

XSS_SOURCE = (
    'The mayor said: "We will not build <script>alert(1)</script> the new line this year, whatever the council '
    'decides." <img src=x onerror=alert(2)>'
)
XSS_ARTICLE = (
    "<b>Mayor</b> <script>alert('title')</script>\n\n"
    '"We will not build <script>alert(1)</script> the new tram this year, whatever the council decides," '
    'the mayor said. <img src=x onerror=alert(2)> <a href="https://evil.example/">link</a>\n'
)


def report_of(article: Path, *sources: Path) -> Report:
    srcs = [t for s in sources for t in load_path(str(s))]
    return check(load_path(str(article))[0], srcs, LEX)


@pytest.fixture(scope="module")
def d3() -> Report:
    return report_of(ARTICLES / "d3_altered.en.txt", COUNCIL)


@pytest.fixture(scope="module")
def xss() -> Report:
    article = text_from_string(XSS_ARTICLE, id='<script>alert("id")</script>')
    source = text_from_string(XSS_SOURCE, id="src<img src=x onerror=alert(3)>")
    return check(article, [source], LEX)


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def tags_of(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


ACTIVE_TAGS = {"script", "img", "iframe", "object", "embed", "link", "video", "audio", "source", "form", "base"}
NETWORK_REF = re.compile(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:|//)""", re.I)


# --- content ---------------------------------------------------------------------------------------


def test_d3_shows_five_beside_fifteen(d3: Report) -> None:
    page = to_html([d3])
    q1 = page[page.index('id="r1-q1"') :]
    q1 = q1[: q1.index("</article>")]
    assert "altered" in q1
    assert "<ins>five</ins> minutes" in q1  # the article's word, marked
    assert "<del>fifteen</del> minutes" in q1  # the source's word beside it
    assert q1.index("<ins>five</ins>") < q1.index("<del>fifteen</del>")  # article side, then source side


def test_article_quotes_marked_by_kind_with_a_legend(d3: Report) -> None:
    page = to_html([d3])
    article = page[page.index('<div class="article"') :]
    article = article[: article.index("</div>")]
    assert '<span class="q k-altered' in article
    assert '<span class="q k-unsupported' in article
    assert 'href="#r1-q1"' in article
    for kind in ("verbatim", "near verbatim", "altered", "reworded", "translated", "unsupported", "unchecked"):
        assert f">{kind}</span>" in page


def test_page_has_score_parts_findings_signature_and_speakers(d3: Report) -> None:
    page = to_html([d3])
    assert f">{d3.scores.fidelity:.2f}<small>fidelity</small>" in page
    for part in ("quotes", "passages", "coverage", "translated"):
        assert f">{part}</span>" in page
    for f in judged(d3).findings:  # as the gate sees them: a drift inside an altered quote is folded into it
        assert f"<code>{f.code}</code>" in page
    assert d3.signature and d3.signature in page
    assert "in the source to <b>Mayor Tomas Verhoeven</b>" in page
    assert "Passages from sources" in page


def test_article_text_survives_marking(d3: Report) -> None:
    """Stripped of tags and labels, the article block is the article's text."""
    page = to_html([d3])
    block = page[page.index('<div class="article"') :]
    block = block[: block.index("</div>")]
    block = re.sub(r'<a class="(?:qlabel|flabel)[^>]*>[^<]*</a>', "", block)
    import html

    assert html.unescape(re.sub(r"<[^>]+>", "", block)) == d3.text


def test_several_reports_one_page() -> None:
    reports = [
        report_of(ARTICLES / "d1_verbatim.en.txt", COUNCIL),
        report_of(ARTICLES / "d3_altered.en.txt", COUNCIL),
        report_of(SEED_003, PENTAGON),
    ]
    page = render(reports, "html")
    assert page.count("<html") == 1 and page.count("</html>") == 1
    assert page.count('<section class="report"') == 3
    assert 'id="r1"' in page and 'id="r3-q1"' in page
    assert "3 articles" in page
    for r in reports:
        assert f'">{r.document.path}</a>' in page
    assert page.count('<div class="legend">') == 2  # once for the page, not once a report


def test_report_without_quotes_or_sources() -> None:
    page = to_html([check(text_from_string("A plain sentence with no quotes at all in it.", id="plain"), [], LEX)])
    assert "No quotations found." in page
    assert "NO_SOURCES" in page


# --- safety ----------------------------------------------------------------------------------------


def test_script_and_markup_in_input_show_as_text(xss: Report) -> None:
    page = to_html([xss])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    tags = tags_of(page)
    assert not [t for t, _ in tags if t in ACTIVE_TAGS]
    assert not [(t, k) for t, attrs in tags for k, _ in attrs if k.startswith("on")]
    assert {t for t, _ in tags} <= {
        "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "div", "span",
        "code", "b", "a", "small", "article", "header", "blockquote", "ins", "del", "ul", "li", "table", "tr",
        "th", "td", "p", "br", "nav", "sup", "details", "summary",
    }  # fmt: skip


def test_quote_matched_through_markup_is_escaped_on_both_sides(xss: Report) -> None:
    q = xss.quotes[0]
    assert q.match.kind in ("altered", "verbatim", "near_verbatim")
    page = to_html([xss])
    card = page[page.index('id="r1-q1"') :]
    card = card[: card.index("</article>")]
    assert card.count("alert(1)") == 2  # the article's side and the source's side, both as text
    assert "&lt;/script&gt;" in card


def test_links_are_only_fragments(xss: Report, d3: Report) -> None:
    page = to_html([xss, d3])
    hrefs = [v for _, attrs in tags_of(page) for k, v in attrs if k in ("href", "src", "action")]
    assert hrefs and all(v and v.startswith("#") for v in hrefs)
    assert not NETWORK_REF.search(page)
    assert "@import" not in page and "url(" not in page


def test_content_security_policy_forbids_everything_but_inline_style(d3: Report) -> None:
    page = to_html([d3])
    assert (
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'" in page
    )


# --- a real browser ----------------------------------------------------------------------------------


def chromium(page: Path, *extra: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        args = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", *extra, page.as_uri(),
        ]  # fmt: skip
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


# Chromium's own background requests (update checks, clock, accounts) reach the proxy whatever the page is;
# anything else that knocks was asked for by the page.
BROWSER_OWN = re.compile(rb"^\S+ (?:https?://)?[\w.-]*\b(?:google|googleapis|gstatic|gvt1)\.com[:/ ]")


class Trap:
    """A local TCP listener standing in for chromium's proxy: it records the request line of each fetch."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.done.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.requests.append(conn.recv(4096).split(b"\r\n", 1)[0])
                except OSError:
                    self.requests.append(b"?")

    def from_page(self) -> list[bytes]:
        return [r for r in self.requests if not BROWSER_OWN.match(r)]

    def close(self) -> None:
        self.done.set()
        self.thread.join(2)
        self.sock.close()


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_chromium_renders_without_script_or_network(xss: Report, d3: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html([xss, d3]), encoding="utf-8")
    control = tmp_path / "control.html"  # proves the trap works: a plain page that does fetch
    control.write_text('<html><body><img src="http://provenance.invalid/x.png">x</body></html>', encoding="utf-8")
    trap = Trap()
    try:
        proxy = (f"--proxy-server=http://127.0.0.1:{trap.port}", "--proxy-bypass-list=<-loopback>")
        dom = chromium(page, *proxy, "--dump-dom")
        time.sleep(0.3)
        from_report = trap.from_page()
        chromium(control, *proxy, "--dump-dom")
        time.sleep(0.3)
        from_control = trap.from_page()[len(from_report) :]
    finally:
        trap.close()
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "<main>" in dom.stdout and "fifteen" in dom.stdout
    assert "<script" not in dom.stdout.lower() and "<img" not in dom.stdout.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom.stdout
    assert from_report == []
    assert any(b"provenance.invalid" in r for r in from_control), trap.requests


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_chromium_screenshot(d3: Report, tmp_path: Path) -> None:
    page = tmp_path / "d3.html"
    page.write_text(to_html([d3]), encoding="utf-8")
    shot = tmp_path / "d3.png"
    p = chromium(page, f"--screenshot={shot}", "--window-size=1280,1600")
    assert p.returncode == 0, p.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one
