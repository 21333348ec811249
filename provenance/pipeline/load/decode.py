"""Decoding: raw bytes to NFC text with ``\n`` line ends, or an InputError that says what the bytes are.

Strict UTF-8 first (no guessing); byte-order marks and BOM-less UTF-16; a UTF-8 file cut inside its last
character; then legacy code pages, Cyrillic and accented Latin ranked by how their readings look (charset-
normalizer, imported on first use, gives its guess). Every failure names the input and what to do.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from dataclasses import dataclass

from provenance.errors import InputError

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


@dataclass(frozen=True)
class Decoding:
    """How bytes became text: the encoding, how sure the choice is (0..1), and the byte offsets of sequences
    that were not valid in it and were replaced by U+FFFD (a UTF-8 file with a few damaged bytes)."""

    encoding: str
    confidence: float
    replaced: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"name": self.encoding, "confidence": round(self.confidence, 4)}
        if self.replaced:
            d["replaced_bytes"] = list(self.replaced[:_LISTED])
            d["replaced"] = len(self.replaced)
        return d


def decode(raw: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """``(text, encoding)`` for raw bytes: NFC, ``\\n`` line ends. Raises InputError when it is not text."""
    text, how = decode_detail(raw, name=name)
    return text, how.encoding


def decode_detail(raw: bytes, *, name: str = "<bytes>") -> tuple[str, Decoding]:
    """``(text, Decoding)``: as :func:`decode`, with the confidence and any replaced bytes."""
    _reject_magic(raw[:16], name)
    text, how = _decode_bytes(raw, name)
    return _checked(_normalise(text), name), how


def _fail(code: str, where: str, what: str) -> InputError:
    """An InputError whose one-line message names the input first."""
    return InputError(f"{_show(where)}: {what}", code=code)


def _show(path: str) -> str:
    """A path for a one-line message."""
    return path.replace("\r", "\\r").replace("\n", "\\n")


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


def _decode_bytes(raw: bytes, name: str) -> tuple[str, Decoding]:
    marked = [(codec, label) for bom, codec, label in _BOMS if raw.startswith(bom)]
    for k, (codec, label) in enumerate(marked):  # FF FE 00 00 opens UTF-32-LE, or UTF-16-LE text that opens with NUL
        try:
            return _strict(raw, codec, name), Decoding(label, 1.0)
        except InputError:
            if k == len(marked) - 1:
                raise
    if b"\x00" in raw:
        codec16 = _utf16_without_bom(raw)
        if codec16 is None:
            raise _fail("binary", name, "binary data (NUL bytes), not text; give the article as .txt or .html")
        return _strict(raw, codec16, name), Decoding(codec16, 0.9)
    try:
        return raw.decode("utf-8"), Decoding("utf-8", 1.0)  # most files: strict UTF-8 first, no guessing
    except UnicodeDecodeError as exc:
        cut = _cut_utf8(raw, exc)
        if cut is not None:
            return cut, Decoding("utf-8", 0.95)
        damaged = _damaged_utf8(raw)
        if damaged is not None:
            return damaged
        text, label = _decode_legacy(raw, name)
        return text, Decoding(label, 0.5)  # a code page is a guess among several readings


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
# UTF-8 and there are at most this many broken sequences per valid one (text in a single-byte code page has
# almost no valid multi-byte sequences): read as cp1252 it would come out as mojibake, so it stays UTF-8 with the
# broken bytes replaced (U+FFFD) and a DECODE_REPLACED warning naming them.
_DAMAGED_UTF8_MIN_CHARS = 2
_DAMAGED_UTF8_MAX_SHARE = 0.5
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
# Replaced byte offsets listed in a report at most (the count is always given).
_LISTED = 20


def _damaged_utf8(raw: bytes) -> tuple[str, Decoding] | None:
    """UTF-8 with the bytes that are not replaced, or None when the file does not read as mostly UTF-8."""
    bad: list[int] = []

    def note(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        bad.append(exc.start)
        return "\ufffd", exc.end

    _NOTED.handler = note
    text = codecs.decode(raw, "utf-8", errors="provenance.noted")  # one pass, each bad sequence noted
    good = len(_NON_ASCII.findall(text))
    if good < _DAMAGED_UTF8_MIN_CHARS or len(bad) > _DAMAGED_UTF8_MAX_SHARE * good:
        return None
    return text, Decoding("utf-8", good / (good + len(bad)), tuple(bad))


def _noted(exc: UnicodeError) -> tuple[str, int]:
    return _NOTED.handler(exc)


# codecs knows error handlers by name only: one name, and the handler of the decode running on this thread.
_NOTED = threading.local()
codecs.register_error("provenance.noted", _noted)


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


# A line of nothing but spaces (pages copied from a browser keep the indent of an empty paragraph): an empty
# line, so that "\n \n" parts paragraphs as "\n\n" does.
_BLANK_LINE = re.compile(r"^[ \t\u00a0\u2000-\u200b\u3000]+$", re.M)


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_LINE.sub("", unicodedata.normalize("NFC", text))


def _checked(text: str, name: str) -> str:
    """``text`` unless it is empty or mostly control characters (a binary file that happened to decode)."""
    if not text.strip():
        raise _fail("empty", name, "empty (nothing but whitespace); give a file with the article's text")
    controls = len(_CONTROL.findall(text))
    if controls and controls > _MAX_CONTROL_SHARE * len(text):
        raise _fail("binary", name, "binary data (control characters), not text; give the article as .txt or .html")
    return text
