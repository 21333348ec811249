"""Bylines: "By NAME", "Reporting by NAME", "Author:" and its translations ("Автор:", "Par", "Von", "Por",
"Yazan:", "كتب:", "بقلم"); ``value.author`` is the name only. An outlet after the name ("| Orlin Daily",
AP's "By JOHN SMITH Associated Press") is an ``outlet`` marker of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance.pipeline.markers._base import (
    ARABIC,
    CAP_SEQ,
    MAX_NAME_WORDS,
    MONTHS,
    OUTLET_RE,
    OUTLET_WORDS,
    OUTLETS,
    SHORT_LINE_WORDS,
    is_cap,
    is_datey,
    is_outlet_name,
    mk,
    outlet_value,
    phrase_regex,
    rows_of,
    trim_phrase,
    words_of,
)
from provenance.report import Marker
from provenance.settings import Settings
from provenance.text import lazy_pattern

NAME_PARTICLES = words_of("marker_name_particles")
NAME_JOINERS = frozenset(["and", "&", "і", "й", "та", "и", "et", "und", "y", "ve", "و"])
_KEYS = rows_of("marker_byline_keys")
# Labels that take a name without ":" after them: phrases ("Reporting by"), verbs ("Підготувала", "كتب") and
# "Автор", which Ukrainian and Russian sites print bare.
_BARE_OK = [k for k in _KEYS if " " in k or k.startswith(("Підготува", "Подготови", "Автор", "كتب", "بقلم", "إعداد"))]
_BYLINE_KEY_RE = re.compile(
    rf"\(?[ \t]*(?:(?:{phrase_regex(_BARE_OK)})[ \t]*[:\-–—]?|(?:{phrase_regex(_KEYS)})[ \t]*[:\-–—])[ \t]*"
)
# A wire story's closing credit in brackets, anywhere after a sentence's end ("... the company said. (Reporting
# by NAME; Editing by NAME)").
_WIRE_CREDIT_RE = re.compile(
    rf"(?:^|(?<=[.!?»”\"'’][ \t])|(?<=[.!?»”\"'’]))\((?:{phrase_regex(rows_of('marker_wire_credits'))})[ \t:]+", re.M
)
# ... and one that opens with the names, a wire credit's phrase after them (lexicon marker_wire_credit_tails).
_NAMES_CREDIT_RE = re.compile(
    rf"[ \t]*\((?P<names>[^\W\d_][^();\n]{{2,120}});[ \t]*(?:{phrase_regex(rows_of('marker_wire_credit_tails'))})"
    rf"[^()\n]*\)[ \t]*"
)
# A byline key alone on its line ("Yazan", "Author:", "Автор"), the author's name alone on the next.
_KEY_LINE_RE = re.compile(rf"[ \t]*(?:{phrase_regex(_KEYS)})[ \t]*:?[ \t]*")
_BY_RE = re.compile(rf"\(?(?:{phrase_regex(rows_of('marker_byline_prepositions'))})[ \t]+")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?\.?")
_ARABIC_NAME = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+(?:[ \t]+[\u0621-\u064a\u0671-\u06d3]+){0,3}")
# Words that may join a byline's tail to the name: "for the Orlin Daily", "in Kyiv", "pour", "für", "para".
_TAIL_WORDS = frozenset(["for", "in", "and", "of", "the", "pour", "à", "für", "aus", "para", "en", "desde", "için"])
_BYLINE_OUTLET_RE = lazy_pattern(rf"[ \t]*(?:[|•·/–—\-,]|for|for the)[ \t]+(?P<name>{CAP_SEQ})[ \t]*$")


def _folded(line: str) -> str:
    """A line compared without case, its Turkish dotted capital I folded to i ("MERKEZİ" = "Merkezi")."""
    return " ".join(line.casefold().replace("\u0307", "").split())


_DESKS = frozenset(_folded(r) for r in rows_of("marker_desk_bylines"))


def leading_name(text: str, pos: int, end: int) -> tuple[int, int, int]:
    """(start, end, capitalised words) of the personal name starting at ``pos``; end == start when none."""
    i, last_end, caps, words = pos, pos, 0, 0
    while i < end and words < MAX_NAME_WORDS + 2:
        m = _NAME_TOKEN.match(text, i, end)
        if not m:
            break
        w = m.group()
        if caps and w.rstrip(".").casefold() in MONTHS:
            break  # "By Jane Roe March 3, 2027": the stamp after the name
        if is_cap(w):
            caps, last_end = caps + 1, m.end()
        elif not caps or (w.casefold() not in NAME_PARTICLES and w.casefold() not in NAME_JOINERS):
            break
        words += 1
        i = m.end()
        if i < end and text[i] == "," and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isupper():
            nxt = _NAME_TOKEN.match(text, i + 2, end)  # "A, B and C": keep going only into a name list
            if not nxt or not any(f" {j} " in text[i:end] for j in ("and", "і", "и", "та")):
                break
            i += 1
        if i < end and text[i] in " \t":
            i += 1
        else:
            break
    if text[pos:last_end].endswith("."):
        last_end -= 1
    return pos, last_end, caps


def bylines(text: str, spans: Sequence[tuple[int, int]], s: Settings) -> list[Marker]:
    out: list[Marker] = []
    for n, (a, b) in enumerate(spans):
        if _KEY_LINE_RE.fullmatch(text, a, b) and n + 1 < len(spans):
            out.extend(_name_line(text, *spans[n + 1]))
            continue
        if _folded(text[a:b]) in _DESKS:  # "HABER MERKEZİ" on its own line: the newsroom is the author
            out.append(mk(text, "byline", a, b, {"author": text[a:b].strip()}))
            continue
        credit = _NAMES_CREDIT_RE.search(text, a, b) if not _WIRE_CREDIT_RE.search(text, a, b) else None
        if credit is not None and credit.end() == b and (credit.start() == a or text[credit.start() - 1] in '.!?»”" '):
            # "(X et Y; version française Z)", on its line or after the last sentence
            c0 = text.index("(", credit.start())
            out.append(mk(text, "byline", c0, text.rindex(")", c0, b) + 1, {"author": credit.group("names").strip()}))
            if credit.start() == a:
                continue
        m = _BYLINE_KEY_RE.match(text, a, b)
        for w in _WIRE_CREDIT_RE.finditer(text, a, b):
            if w.start() > a or not m:  # at a line's start the key rules below read it, if they know the key
                out.extend(_byline_at(text, w.start(), w.end(), b, False, s.byline_max_tail_words)[:1])
        if m:
            if ARABIC.match(text, m.end()):
                out.extend(_arabic_byline(text, a, m.end(), b))
            else:
                bare = not text[a : m.end()].rstrip().endswith((":", "-", "–", "—"))
                strict = bare and " " not in text[a : m.end()].strip()
                out.extend(_byline_at(text, a, m.end(), b, strict, s.byline_max_tail_words))
            continue
        m = _BY_RE.match(text, a, b)
        if m and b - a <= s.byline_max_line:
            found = _byline_at(text, a, m.end(), b, True, s.byline_max_tail_words)
            out.extend(found)
            if found and n + 1 < len(spans) and len(found) == 1:
                out.extend(_outlet_line(text, *spans[n + 1]))
            continue
        m = _ROLE_BYLINE_RE.match(text, a, b)
        if (
            m and n < STAMP_LINES and b - a <= s.byline_max_line and len(text[a:b].split()) <= ROLE_BYLINE_WORDS
            and m.group("name").split()[0].casefold() not in _NAME_ARTICLES and text[b - 1] not in ".!?"
        ):  # fmt: skip  # "- Jane Roe, журналист «Orlin Daily»"
            out.append(mk(text, "byline", m.start("name"), b, {"author": m.group("name")}))
            continue
        m = _HANDLE_BYLINE_RE.match(text, a, b)
        if m and b - a <= s.byline_max_line:  # "Jane Doe (@janedoe) Published July 17, 2023"
            out.append(mk(text, "byline", a, m.end("name"), {"author": m.group("name")}))
    return out


# A name and a journalist's role after a comma, on one of a page's first lines (lexicon marker_byline_roles), a
# short line that is no sentence ("The Minister, journalist by training, said." is one).
STAMP_LINES = 8
ROLE_BYLINE_WORDS = 10
_NAME_ARTICLES = words_of("definite_articles") | words_of("indefinite_articles")
_ROLE_BYLINE_RE = lazy_pattern(
    r"[ \t]*(?:[-–—•*][ \t]*)?(?P<name>[^\W\d_a-z][\w'’\-]+(?:[ \t]+[^\W\d_a-z][\w'’\-]+){1,2})[ \t]*,[ \t]*"
    rf"(?i:{phrase_regex(rows_of('marker_byline_roles'))})(?![\w])"
)
# A name line with the author's social-media handle right after it: two to four capitalised words.
_HANDLE_BYLINE_RE = re.compile(r"(?P<name>(?:[^\W\d_a-z][\w'’\-]+[ \t]+){1,3}[^\W\d_a-z][\w'’\-]+)[ \t]*\(@\w{2,30}\)")


def _outlet_line(text: str, a: int, b: int) -> list[Marker]:
    """The line under a "By" line when it names the author's outlet ("By JANE DOE" / "Union Wire Service"): a
    few capitalised words, no date, no sentence."""
    line = text[a:b].strip()
    words = line.split()
    if not 1 <= len(words) <= SHORT_LINE_WORDS or line[-1:] in ".:!?" or is_datey(line):
        return []
    if not all(is_cap(w) for w in words) or (
        not is_outlet_name(line) and not any(w.casefold() in OUTLET_WORDS for w in words)
    ):
        return []
    start = a + text[a:b].index(line)
    return [mk(text, "outlet", start, start + len(line), outlet_value(line))]


def _date_like(name: str) -> bool:
    """A month opening the "name" with a day or nothing after it ("By Jan. 5"); "Jan Weller" is a name."""
    words = name.split()
    return words[0].casefold().rstrip(".") in MONTHS and (len(words) == 1 or words[1][:1].isdigit())


def _name_line(text: str, a: int, b: int) -> list[Marker]:
    """The line under a bare key, when it is a name and nothing else: two to four capitalised words."""
    n_start, n_end, caps = leading_name(text, a, b)
    if caps < 2 or text[n_end:b].strip() or _date_like(text[n_start:n_end]):
        return []
    return [mk(text, "byline", a, n_end, {"author": text[n_start:n_end]})]


def _arabic_byline(text: str, a: int, pos: int, b: int) -> list[Marker]:
    """Arabic names after "كتب:" / "بقلم": up to four words each, joined by commas, to a separator, the line's end
    or the weekday of a stamp that closes the line ("كتب: … , … الأحد 25-06-2023 04:06")."""
    m = _ARABIC_NAME.match(text, pos, b)
    if not m:
        return []
    cut = re.search(r"\s(?:لل|بال|في\s)\S", m.group())  # "سلمى ناصيف للنشرة العربية": the name, not its desk
    if cut:
        name = m.group()[: cut.start()]
        return [mk(text, "byline", a, m.start() + len(name), {"author": name})] if name.strip() else []
    end, stamp = _arabic_name_end(m)
    while not stamp:
        sep = re.match(r"[ \t]*[,،][ \t]*(?:و[ \t]*)?", text[end:b])
        other = _ARABIC_NAME.match(text, end + sep.end(), b) if sep else None
        if other is None:
            break
        end, stamp = _arabic_name_end(other)
    rest = text[end:b].strip()
    if end == m.start() or (rest and rest[0] not in "-–—|,،/(" and not stamp):
        return []
    return [mk(text, "byline", a, end, {"author": text[pos:end]})]


def _arabic_name_end(m: re.Match[str]) -> tuple[int, bool]:
    """Where a matched Arabic name ends, and whether a weekday or month (a stamp's) followed it in the match."""
    words = list(re.finditer(r"\S+", m.group()))
    kept = list(words)
    while kept and kept[-1].group() in MONTHS:
        kept.pop()
    end = m.start() + kept[-1].end() if kept else m.start()
    return end, len(kept) < len(words)


def _byline_at(text: str, a: int, pos: int, b: int, strict: bool, max_tail: int) -> list[Marker]:
    """A byline whose name starts at ``pos``; ``strict`` ("By ...") wants the line to hold little else."""
    n_start, n_end, caps = leading_name(text, pos, b)
    n_end, listed = _split_trailing_outlet(text, n_start, n_end)
    name = text[n_start:n_end]
    if caps == 0 or _date_like(name):
        return []
    outlet = listed or _byline_outlet(text, n_end, b)
    if strict and not (caps >= 2 or name in OUTLETS):
        return []
    if strict and not _byline_rest_ok(text[listed[1] if listed else n_end : b], max_tail):
        return []
    found = [mk(text, "byline", a, n_end, {"author": name})]
    if outlet is not None:
        found.append(mk(text, "outlet", outlet[0], outlet[1], outlet_value(text[outlet[0] : outlet[1]])))
    if name in OUTLETS:
        found.append(mk(text, "outlet", n_start, n_end, outlet_value(name)))
    return found


def _split_trailing_outlet(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """AP style "By JOHN SMITH Associated Press": a listed outlet closing the name is not part of it, nor are
    capitalised words after an ALL-CAPS name that name an outlet ("By JANE DOE Transcontinental News")."""
    for m in OUTLET_RE.finditer(text, start, end):
        before = re.sub(r"\s+(?:The|THE)$", "", text[start : m.start()].rstrip())
        if m.end() == end and " " in before.strip():
            return start + len(before), (m.start(), m.end())
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(2, len(words)):
        head, tail = words[:k], words[k:]
        if all(w.group().isupper() for w in head) and not any(w.group().isupper() for w in tail):
            rest = text[start + tail[0].start() : end]
            if is_outlet_name(rest):
                return start + head[-1].end(), (start + tail[0].start(), end)
            break
    return end, None


def _byline_rest_ok(rest: str, max_tail: int) -> bool:
    """What may follow the name on a "By" line: nothing, a date, or a short tail after a separator
    ("| Orlin Daily", ", Staff Writer", "in Kyiv"), but not a clause ("By Friday, the council had ...")."""
    rest = rest.strip().rstrip(")")
    if not rest or is_datey(rest):
        return True
    words = rest.split()
    lower = sum(1 for w in words if w[:1].islower() and w not in _TAIL_WORDS)
    return (rest[0] in "|•·/–—-,;" or words[0] in _TAIL_WORDS) and len(words) <= max_tail and lower < 2


def _byline_outlet(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The outlet after a byline's name: "By Iris Quan | Orlin Daily"."""
    m = _BYLINE_OUTLET_RE.match(text, pos, end)
    if not m:
        return None
    name = trim_phrase(m.group("name"))
    words = name.casefold().split()
    if not name or is_datey(name) or words[0] in ("updated", "staff", "published") or len(words) > SHORT_LINE_WORDS:
        return None
    return m.start("name"), m.start("name") + len(name)
