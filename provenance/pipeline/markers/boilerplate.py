"""Boilerplate: share bars, subscription prompts, navigation ("Read also:", "Читайте також:", "Lire aussi",
"Lesen Sie auch", "Lea también", "Ayrıca okuyun", "اقرأ أيضا"), the headline a site injects after a
related-articles label, "انتهى" closing agency copy, and a headline printed again (``repeated_headline``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import has_rights_phrase, mk, phrase_regex, rows_of, words_of
from provenance.report import Marker
from provenance.settings import Settings
from provenance.text import fold_lookalikes

# A desk's sign-off after a slash ("انتهى/ع.ح": the end mark and the editor's initials), or a slash before the
# end mark ("/انتهى"): not part of the phrase.
_SIGN_OFF = re.compile(r"^/\s*|/\s*[\w.]{1,6}$")


_ALEFS = str.maketrans("أإآ", "ااا")  # "إقرأ المزيد" is "اقرأ المزيد": the hamza seat varies by site


def _norm_line(s: str) -> str:
    # Turkish capitals fold as its lower case does not ("SIRADAKİ" for "Sıradaki"): both i-s are i
    norm = " ".join(
        _SIGN_OFF.sub("", s.strip()).replace("İ", "i").casefold().replace("ı", "i").translate(_ALEFS).split()
    )
    norm = norm.rstrip(" .:!…»›>→|-–—")
    return norm.lstrip(" -–—•·|")  # "- Publicité-": the dashes a page sets around a label


def _load_boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    """(phrases that must be the whole line, phrases that may start a line)."""
    exact: set[str] = set()
    prefix: list[str] = []
    for row in lexicon.rows("boilerplate"):
        if row.endswith("…"):
            prefix.append(_norm_line(row[:-1]))
        else:
            exact.add(_norm_line(row))
    return frozenset(exact), tuple(sorted(prefix, key=len, reverse=True))


BOILERPLATE_EXACT, BOILERPLATE_PREFIX = _load_boilerplate()
RELATED_HEADS = frozenset(_norm_line(r) for r in words_of("marker_related_heads"))


def is_related_head(line: str) -> bool:
    """Whether a line is a related-links label ("Read more:", "Also read:"), as a page writes it."""
    return _norm_line(line) in RELATED_HEADS


_HEADS = BOILERPLATE_EXACT | RELATED_HEADS  # a line that starts "<one of these>:" is navigation
_PREFIXES = frozenset(BOILERPLATE_PREFIX)
_BREAKS = re.compile("[ :]")
# The headline a site injects after a related-articles label is one line of at most this many characters.
INJECTED_HEADLINE_MAX = 160


def boilerplate(text: str, spans: Sequence[tuple[int, int]], s: Settings) -> list[Marker]:
    out: list[Marker] = []
    for n, (a, b) in enumerate(spans):
        head = _related_head(text, a, b, s.boilerplate_max_line)
        if head:
            out.append(mk(text, "boilerplate", a, head[0], {"reason": "navigation"}))
            out.append(mk(text, "boilerplate", head[1], b, {"reason": "injected_headline"}))
            continue
        reason = _boilerplate_reason(text[a:b], s.boilerplate_max_line)
        if reason:
            out.append(mk(text, "boilerplate", a, b, {"reason": reason}))
        if _norm_line(text[a:b]) in RELATED_HEADS and n + 1 < len(spans):
            na, nb = spans[n + 1]
            if nb - na <= INJECTED_HEADLINE_MAX and text[nb - 1] not in ".:":
                out.append(mk(text, "boilerplate", na, nb, {"reason": "injected_headline"}))
    out.extend(_repeated_lines(text, spans, s.repeated_line_min))
    out.extend(_recap_leads(text, spans))
    out.extend(_link_lines(text, spans))
    return out


# A related article's headline set off by an arrow sign at the line's start (">> Title", "► Title", "→ Title"): a
# link a site injects into the story. Never "»" or "›" alone, which open German and French quotations; the line is
# one headline (INJECTED_HEADLINE_MAX characters at most) that no full stop closes.
_LINK_LINE = re.compile(r"[ \t]*(?:>{2,3}|[►▶▸→⇒➤➔])[ \t]*(?=[^\W_])")


def _link_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out = []
    for a, b in spans:
        m = _LINK_LINE.match(text, a, b)
        line = text[a:b].rstrip()
        if m and len(line) <= INJECTED_HEADLINE_MAX and not line.endswith("."):
            out.append(mk(text, "boilerplate", a, a + len(line), {"reason": "related_link"}))
    return out


# "Нагадаємо, …", "Напомним, …", "Pour rappel, …": a paragraph of background opens with its set phrase, followed
# by a comma, a colon or the clause it introduces (lexicon marker_recap_leads).
_RECAP_RE = re.compile(rf"[ \t]*(?P<lead>{phrase_regex(rows_of('marker_recap_leads'))})(?=[ \t]*[,:]|[ \t]+\w)")


def _recap_leads(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out = []
    for a, b in spans:
        m = _RECAP_RE.match(text, a, b)
        if m:
            out.append(mk(text, "boilerplate", m.start("lead"), m.end("lead"), {"reason": "recap"}))
    return out


_HEAD_RE = re.compile(r"(?P<label>[^:\n]{2,40}?)[ \t]*:[ \t]*(?P<rest>\S[^\n]*)")


def _related_head(text: str, a: int, b: int, max_line: int) -> tuple[int, int] | None:
    """ "Read also: <headline>": (end of the label with its colon, start of the headline), or None."""
    m = _HEAD_RE.fullmatch(text, a, b)
    if not m or b - a > max_line or _norm_line(m.group("label")) not in RELATED_HEADS:
        return None
    return m.start("rest") - (m.start("rest") - m.end("label")) + 1, m.start("rest")


# A counter widget: a number (with a thousands separator or a "K") and what it counts ("3 min read", "2 Comments").
_COUNTER_WORDS = phrase_regex(rows_of("boilerplate_counters"))
# ... and the page's date beside it ("Просмотры 4958 07 августа 2024", "Views 301 | 07.08.2024 12:30")
_COUNTER_DATE = (
    r"(?:[ \t|•·,]+(?:\d{1,2}[ \t.]+[^\W\d_]{3,}\.?[ \t]+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?)?"
)
_COUNTER = re.compile(
    rf"(?:[\d.,\u00a0\u202f ]*\d[kк]?[ \t]*(?:{_COUNTER_WORDS})"
    rf"|(?:{_COUNTER_WORDS})[ \t]*:?[ \t]*[\d.,\u00a0\u202f]*\d[kк]?){_COUNTER_DATE}",
    re.IGNORECASE,
)  # ("1.2K views", and the word first: "Views: 301", "مشاهدة 301")


# A server's diagnostic printed into the page (PHP's "Warning: … in /var/www/…/index.php on line 42"): no part
# of the story, and no evidence of its language.
_SERVER_MESSAGE = re.compile(
    r"[ \t]*(?:PHP[ \t]+)?(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)[ \t]*:"
    r"[^\n]*?[ \t]on line[ \t]+\d+[ \t]*"
)


def _boilerplate_reason(line: str, max_line: int) -> str | None:
    norm = _norm_line(line)
    if not norm:
        return None
    if _SERVER_MESSAGE.fullmatch(line):
        return "server_message"
    if _COUNTER.fullmatch(norm):
        return "counter"
    folds = not norm.isascii() and any(c.isdigit() for c in norm)  # only a counter's line: a digit, other letters
    if folds and _COUNTER.fullmatch(" ".join(fold_lookalikes(w)[0] for w in norm.split())):
        return "counter"  # a Latin "i" in a Cyrillic word: "28942 переглядiв"
    if norm in BOILERPLATE_EXACT or norm in RELATED_HEADS:
        return "navigation"
    if len(line) > max_line:
        return None
    if line.lstrip()[:9].casefold().startswith(("©", "copyright")) and has_rights_phrase(line):
        return "footer"  # "© Orlin News. All rights reserved.": the site's copyright line
    if norm in _PREFIXES:
        return "navigation"
    # A phrase starts the line when the line's head before one of its spaces or colons is that phrase: a
    # look-up per space or colon instead of a test per phrase (issue 15; the same answer).
    for m in _BREAKS.finditer(norm):
        k = m.start()
        head = norm[:k]
        if head in _PREFIXES or head.rstrip(".,;") in _PREFIXES:  # "phrase ...", "phrase:...", "phrase. More"
            return "navigation"
        if m.group() == ":" and (head in _HEADS or (k > 0 and norm[k - 1] == " " and norm[: k - 1] in _HEADS)):
            return "navigation"  # "label: ..." or "label : ..."
    return None


def _repeated_lines(text: str, spans: Sequence[tuple[int, int]], min_len: int) -> list[Marker]:
    """A line that repeats an earlier one, or begins with it (a headline printed again above its caption), or
    a line that is one headline twice (a link's text and its title run together)."""
    out: list[Marker] = []
    # Each normalised line's first occurrence (order, start, end), and the lengths seen: a line repeats an
    # earlier one when it equals it or one of its prefixes that end at a word boundary does. Looked up by
    # length rather than compared with every earlier line, which made 100,000 lines quadratic.
    first: dict[str, tuple[int, int, int]] = {}
    lengths: set[int] = set()
    for n, (a, b) in enumerate(spans):
        norm = " ".join(text[a:b].casefold().split())
        if len(norm) < min_len:
            continue
        hits = [first[norm]] if norm in first else []
        hits += [
            first[head] for k in lengths
            if k < len(norm) and not norm[k].isalnum() and (head := norm[:k]) in first
        ]  # fmt: skip
        if hits:
            _, pa, pb = min(hits)
            end = _match_end(text, a, b, text[pa:pb])
            out.append(mk(text, "boilerplate", a, end, {"reason": "repeated_headline", "repeats": pa}))
        elif _doubled(norm, min_len):
            out.append(mk(text, "boilerplate", a, b, {"reason": "repeated_headline", "repeats": a}))
        first.setdefault(norm, (n, a, b))
        lengths.add(len(norm))
    return out


def _doubled(norm: str, min_len: int) -> bool:
    half = len(norm) // 2
    return len(norm) >= 2 * min_len and norm[:half] == norm[half + 1 :] and norm[half] == " "


def _match_end(text: str, a: int, b: int, earlier: str) -> int:
    """Where ``earlier`` (whitespace and case aside) ends inside ``text[a:b]``."""
    pattern = r"\s+".join(re.escape(w) for w in earlier.split())
    m = re.match(pattern, text[a:b], re.I)
    return a + m.end() if m else b
