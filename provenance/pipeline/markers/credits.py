"""Photo and collage credits: ``(Photo: AFP)``, ``Photo by NAME/Agency``, ``(Army photo by NAME)``, ``Фото:``,
``Колаж:``, ``Fotoğraf:``, ``Foto:``, ``Photo :``, ``صورة:`` / ``(الصورة: …)``, ``… / Reuters`` after a caption,
and an agency's name alone on the line under a picture's caption. ``value.credit`` is who is credited."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import (
    MAX_NAME_WORDS,
    OUTLETS,
    PHOTO_AGENCIES,
    SHORT_LINE_WORDS,
    UPPER,
    has_rights_phrase,
    is_cap,
    is_lower_agency_code,
    mk,
    phrase_regex,
    rows_of,
    trim_phrase,
)
from provenance.pipeline.markers.byline import NAME_PARTICLES
from provenance.report import Marker
from provenance.text import lazy_pattern

_KEY_ROWS = rows_of("marker_photo_keys")
_PHOTO_KEY = (
    f"(?:{phrase_regex([*_KEY_ROWS, *(k[:1].upper() + k[1:] for k in _KEY_ROWS), *(k.title() for k in _KEY_ROWS)])})"
)
# Up to three words before the key inside brackets: "(U.S. Army photo by NAME)", "(Reuters photo: NAME)".
_PAREN_LEAD = r"(?:[\w.’'\-]+[ \t]+){0,3}?"
_PHOTO_PAREN_RE = re.compile(
    rf"\(\s*(?P<lead>{_PAREN_LEAD})(?P<key>{_PHOTO_KEY})\s*(?::|by\b|[-–—])\s*(?P<credit>[^()\n]{{2,80}}?)\s*\)"
)
_PHOTO_LINE_RE = lazy_pattern(
    rf"(?:^|(?<=[.!?»”\"][ \t])|(?<=[.!?»”\"])|(?<=[ \t]\|[ \t]))(?P<key>{_PHOTO_KEY})[ \t]*(?::|by\b|[-–—]|©)[ \t]*"
    r"(?P<credit>[^\n()|]{2,80}?)(?:[ \t]*(?P<note>\([^()\n]{1,20}\)))?[ \t]*(?=$|\||\n)",
    re.M,
)  # (a short note in brackets after the credit: "Фото: EPA (архів)", "Photo: Reuters (file)")
_PHOTO_BARE_RE = re.compile(
    rf"^(?P<key>Фото|ФОТО)[ \t]+(?P<credit>(?:{UPPER}|(?:з|із|из|від|от)[ \t])[^\n()|]{{1,60}}?)[ \t]*$", re.M
)  # ("Фото из открытых источников", "Фото з відкритих джерел": "from open sources", a credit of its own kind)
# "Photo: Jane Doe, the minister (Getty Images)": a caption after the key, the agency in brackets closing it.
_CAPTION_AGENCY_RE = re.compile(
    rf"(?P<key>{_PHOTO_KEY})[ \t]*:[ \t]*[^\n()]{{2,120}}?\([ \t]*(?P<credit>[^()\n]{{2,40}}?)[ \t]*\)"
)
# A caption closed by a bracketed chain of credits ("… in the capital. (Jane Roe / Sputnik / AFP / Getty Images)"): a
# listed agency among its parts makes it a credit.
_CREDIT_CHAIN_RE = re.compile(r"\((?P<credit>[^()\n/]{2,40}(?:[ \t]*/[ \t]*[^()\n/]{2,40}){1,4})\)[ \t]*$", re.M)
_SLASH_CREDIT_RE = re.compile(r"[ \t]/[ \t]*(?P<credit>[^\n/]{2,40}?)[ \t]*$", re.M)
# "© AFP/Jane Doe", "©Reuters": a copyright line under a picture names who took it; so does "© Credit" closing a
# caption after a slash ("Strike damage in Kyiv / © Facebook of the minister").
_COPYRIGHT_RE = re.compile(r"^[ \t]*(?P<mark>©)[ \t]*(?P<credit>[^\n©]{2,80}?)[ \t]*$", re.M)
_SLASH_COPYRIGHT_RE = re.compile(r"[ \t]/[ \t]*(?P<mark>©)[ \t]*(?P<credit>[^\n©/]{2,80}?)[ \t]*$", re.M)
# "© Name/Agency" closing a caption's sentence ("… at the press conference. © Jane Doe/AFP").
_CAPTION_COPYRIGHT_RE = re.compile(r"(?<=[.!?)])[ \t]+(?P<mark>©)[ \t]*(?P<credit>[^\n©]{2,60}?)[ \t]*$", re.M)
# A credit that is an address or a handle ("Photo: x.com/some_minister", "Фото: t.me/channel", "Photo: @desk"):
# written in lower case, it still names who took the picture.
_HANDLE_CREDIT_RE = re.compile(r"@\w{2,30}|(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}(?:/[\w.\-/@]*)?")
# A picture desk's three-line credit under a caption: the photographer, a slash alone, the agency
# ("Jane Doe" / "/" / "AFP via Getty Images").
_STACKED_CREDIT_RE = re.compile(
    r"^[ \t]*(?P<name>(?:[^\W\d_][\w'’.\-]*[ \t]+){0,3}[^\W\d_][\w'’.\-]*)[ \t]*\n[ \t]*/[ \t]*\n"
    r"[ \t]*(?P<agency>[^\n/]{2,40}?)[ \t]*$",
    re.M,
)
# The wire desks' order, the agency first: "REUTERS/Jane Roe", "AP Photo/Jane Roe", "REUTERS/Jane Roe/File Photo",
# alone on its line or closing a caption's sentence.
_AGENCY_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?)][ \t]))[ \t]*(?P<credit>(?P<agency>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*){0,2})[ \t]*/[ \t]*"
    r"(?P<name>(?:[^\W\d_][\w'’.\-]*[ \t]+){0,3}[^\W\d_][\w'’.\-]*)"
    r"(?:[ \t]*/[ \t]*(?:File|Archive|Pool)(?:[ \t]+Photo)?)?)"
    r"[ \t]*$",
    re.M,
)
_DESKS = frozenset(a.casefold() for a in (*PHOTO_AGENCIES, *OUTLETS))
# A line that is a photographer's name and the agency, "Jane Doe/AP", "JANE DOE / AFP", alone or closing a caption's
# sentence ("A man sits with a wounded child. Jane Doe/Reuters").
_NAME_AGENCY_RE = re.compile(
    r"(?:^|(?<=[.!?)][ \t]))[ \t]*(?P<credit>(?P<name>(?:[^\W\d_][\w'’.\-]*[ \t]+){0,3}[^\W\d_][\w'’.\-]*)[ \t]*/[ \t]*"
    r"(?P<agency>[^\n/]{2,30}?))[ \t]*$",
    re.M,
)


def _photographer(name: str) -> bool:
    """A person's name: capitalised words, with a name's particles between them ("Piroschka van de Wouw")."""
    ws = name.split()
    return is_cap(ws[0]) and is_cap(ws[-1]) and all(is_cap(w) or w.casefold() in NAME_PARTICLES for w in ws)


PHOTO_WORDS = frozenset(["images", "image", "photo", "photos", "pictures", "pix", "фото", "світлини"])
# A caption ends like a sentence and is at most this long; the credit line under it is the agency alone.
CAPTION_MAX = 300


def photo_credits(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for rx in (_PHOTO_PAREN_RE, _PHOTO_LINE_RE, _PHOTO_BARE_RE):
        for m in rx.finditer(text):
            credit = trim_phrase(m.group("credit"))
            if not credit or (rx is _PHOTO_LINE_RE and not _credit_line_ok(text, m, credit)):
                continue
            if rx is _PHOTO_PAREN_RE and m.group("lead") and not _lead_ok(m.group("lead"), m.group("key")):
                continue
            end = m.start("credit") + m.group("credit").index(credit) + len(credit)
            if rx is _PHOTO_LINE_RE and m.group("note"):
                end = m.end("note")
            start = m.start("lead") if rx is _PHOTO_PAREN_RE and m.group("lead") else m.start("key")
            out.append(mk(text, "photo_credit", start, end, {"credit": credit}))
    for m in _CAPTION_AGENCY_RE.finditer(text):
        if m.group("credit") in PHOTO_AGENCIES or m.group("credit") in OUTLETS:
            out.append(mk(text, "photo_credit", m.start("credit"), m.end("credit"), {"credit": m.group("credit")}))
    for m in _CREDIT_CHAIN_RE.finditer(text):
        if any(p.strip() in PHOTO_AGENCIES or p.strip() in OUTLETS for p in m.group("credit").split("/")):
            out.append(mk(text, "photo_credit", m.start("credit"), m.end("credit"), {"credit": m.group("credit")}))
    chained = [(k.start, k.end) for k in out if k.kind == "photo_credit"]
    for m in _SLASH_CREDIT_RE.finditer(text):
        if any(a <= m.start("credit") < b for a, b in chained):
            continue  # a part of a chain of credits found whole
        credit = trim_phrase(m.group("credit"))
        words = credit.casefold().split()
        if credit in OUTLETS or credit in PHOTO_AGENCIES or (words and is_cap(credit) and PHOTO_WORDS & set(words)):
            start = m.start("credit")
            out.append(mk(text, "photo_credit", start, start + len(credit), {"credit": credit}))
    copyrights = (_COPYRIGHT_RE, _SLASH_COPYRIGHT_RE, _CAPTION_COPYRIGHT_RE)
    for m in itertools.chain.from_iterable(rx.finditer(text) for rx in copyrights):
        credit = trim_phrase(m.group("credit"))
        if re.match(r"(?:19|20)\d\d\b", credit) or has_rights_phrase(credit):
            continue  # "© 2024 | Orlin Media", "… All rights reserved": a site's footer, its outlet (outlets.py)
        if credit and len(credit.split()) <= 2 * MAX_NAME_WORDS:
            out.append(mk(text, "photo_credit", m.start("mark"), m.end("credit"), {"credit": credit}))
    for m in _NAME_AGENCY_RE.finditer(text):
        agency, name = m.group("agency").strip(), m.group("name")
        if (agency in PHOTO_AGENCIES or agency in OUTLETS) and _photographer(name):
            out.append(mk(text, "photo_credit", m.start("credit"), m.end("credit"), {"credit": m.group("credit")}))
    for m in _AGENCY_NAME_RE.finditer(text):
        agency, name, credit = m.group("agency"), m.group("name"), m.group("credit")
        taken = any(x.start <= m.start("credit") < x.end for x in out)
        desk = agency.casefold() in _DESKS or agency.split()[-1].casefold() in PHOTO_WORDS  # "UN Photo/Jane Roe"
        if desk and _photographer(name) and not taken:
            out.append(mk(text, "photo_credit", m.start("credit"), m.end("credit"), {"credit": credit}))
    for m in _STACKED_CREDIT_RE.finditer(text):
        name, agency = m.group("name"), m.group("agency")
        if all(is_cap(w) for w in name.split()) and _is_agency_line(agency):
            out.append(mk(text, "photo_credit", m.start("name"), m.end("name"), {"credit": f"{name}/{agency}"}))
    out.extend(_lone_agency_lines(text, spans))
    for m in _CAPTION_CREDIT_RE.finditer(text):
        credit = m.group("credit").strip()
        taken = any(x.start <= m.start("credit") < x.end for x in out)
        words = m.group().casefold().split()
        if (
            (credit in PHOTO_AGENCIES or credit in OUTLETS)
            and not taken
            and len(words) <= CAPTION_WORDS
            and not (_SAID_WORDS.intersection(words))
        ):
            out.append(mk(text, "photo_credit", m.start("credit"), m.end("credit"), {"credit": credit}))
    return out


# A caption line closed by its agency in brackets, with no sentence's stop before it ("Prime Minister Jane Roe at the
# summit (Reuters)"): a dateline's agency is followed by a dash and the story, a sentence's source by its stop, and a
# line that says who said what ("… said talks would resume (Reuters)") is a story's, not a picture's.
CAPTION_WORDS = 16
_SAID_WORDS = frozenset(
    v.casefold() for v in rows_of("speech_verbs", lexicon.languages("speech_verbs")) if " " not in v
)
_CAPTION_CREDIT_RE = re.compile(r"^[^\n.!?:;]{10,200}?[^\W\d_][ \t]+\((?P<credit>[^()\n/]{2,30})\)[ \t]*$", re.M)


def _is_agency_line(line: str) -> bool:
    """A listed agency or picture desk, or one handing on another's picture ("AFP via Getty Images")."""
    return line in PHOTO_AGENCIES or line in OUTLETS or any(p in PHOTO_AGENCIES for p in line.split(" via "))


def _lead_ok(lead: str, key: str) -> bool:
    """Words before the key in brackets name who took it ("Army", "U.S. Navy", "Reuters"): capitalised."""
    return key[:1].islower() and all(is_cap(w) for w in lead.split())


def _credit_line_ok(text: str, m: re.Match[str], credit: str) -> bool:
    """A "Photo: X" outside brackets: at a line's start (any credit) or after a caption (a named credit)."""
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    if line_start and not m.group("key")[:1].isascii():  # "Фото: пресслужба ОП", "صورة: ..." are lower-case
        return len(credit.split()) <= MAX_NAME_WORDS
    if line_start:  # "Photo: Jane Doe", "Photo: example-news.net"
        named = is_cap(credit) or _HANDLE_CREDIT_RE.fullmatch(credit) is not None
        return named and len(credit.split()) <= MAX_NAME_WORDS * 2
    if _HANDLE_CREDIT_RE.fullmatch(credit):
        return is_cap(m.group("key"))
    code, slash, name = credit.partition("/")
    if slash and is_lower_agency_code(code) and is_cap(name.strip()):
        return is_cap(m.group("key"))  # "Foto: dpa/Jane Doe": the agency's code in lower case, then the name
    return is_cap(m.group("key")) and is_cap(credit) and len(credit.split()) <= MAX_NAME_WORDS


def _lone_agency_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    """A listed agency or picture desk alone on the line under a caption ("Reuters", "Getty Images")."""
    out: list[Marker] = []
    for (pa, pb), (a, b) in itertools.pairwise(spans):
        line = text[a:b]
        if len(line.split()) > SHORT_LINE_WORDS or not (line in PHOTO_AGENCIES or line in OUTLETS):
            continue
        caption = text[pa:pb]
        if pb - pa <= CAPTION_MAX and caption.rstrip()[-1:] in ".)" and text[pb:a].count("\n") <= 1:
            out.append(mk(text, "photo_credit", a, b, {"credit": line}))
    return out
