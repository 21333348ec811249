"""Text primitives shared by every stage: paragraphs, lines, sentences and normalised word tokens.

Offsets are always code-point indices into the NFC text the loader produced (REPORT.md), so
``text[start:end]`` gives back every span.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Quotation marks, apostrophes and dashes that are "the same" for a verbatim comparison (REPORT.md).
APOSTROPHES = "'’‘ʼ`´′"
DASHES = "-‐‑‒–—―−"
QUOTE_CHARS = '"“”„‟«»‹›‚‘’「」『』'
# A closing double mark typed as two single ones (“…,’’ the post said.): a wire house style (quotes, speakers).
DOUBLED_CLOSERS = ("’’", "''")
TATWEEL = "\u0640"  # the Arabic letter-stretching mark ("لـ")

# Latin look-alikes from Cyrillic and Greek: a word mostly in Latin letters that carries one of these was
# typed (or spoofed) with a foreign letter. Mapped to Latin for comparison; reported as a finding.
CYRILLIC_TO_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
LATIN_TO_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
    "X": "Х",
}  # fmt: skip

# The vowel signs and other combining marks of the Indic scripts (Devanagari to Malayalam), which Python's \w
# leaves out: inside a word they are part of it ("करोड़", "देखते"), not breaks between words.
INDIC_MARKS = (
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3\u0a01-\u0a03"
    "\u0a3c-\u0a51\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b01-\u0b03\u0b3c-\u0b57\u0b62\u0b63"
    "\u0b82\u0bbe-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c-\u0c56\u0c62\u0c63\u0c81-\u0c83\u0cbc-\u0cd6\u0ce2\u0ce3"
    "\u0d00-\u0d03\u0d3b-\u0d57\u0d62\u0d63"
)
# The letters of the Indic scripts (Devanagari to Malayalam, not the danda), as a character class's ranges: scripts
# that write no capitals.
INDIC_LETTERS = "\u0900-\u0963\u0966-\u0dff"
INDIC_LETTER = re.compile(f"[{INDIC_LETTERS}]")
# The marks a copy leaves where an encoding lost a letter ("Bor?a", "Bor\ufffda"): inside a word they stay part
# of it, so that the word meets its whole spelling as one (see ``variants``), not as two words.
LOST_LETTER = "?\ufffd"
# A dotted acronym ("U.S.", "U.N", "D.C.") is one word, so that it equals its undotted spelling ("US").
_WORD = re.compile(
    r"(?<!\w)[^\W\d_](?:\.[^\W\d_]){1,4}\.?(?![\w])|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\w[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    + INDIC_MARKS
    + r"]*"
    r"(?:['’ʼ"
    + LOST_LETTER
    + r"\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff][\w\u0300-\u036f\u064b-\u065f\u0670"
    + INDIC_MARKS
    + r"]+)*",
    re.UNICODE,
)
# Format characters that CMS exports leave inside words (soft hyphen, zero-width space/joiners, word joiner,
# bidi controls, BOM): not part of the word for any comparison.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u200c\u200d\u2060\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
# Arabic orthography that writers add or drop freely: diacritics (harakat, superscript alef), tatweel, and
# hamza/alef/taa-marbuta/alef-maqsura forms (the usual normalisation of Arabic IR, as in pyarabic).
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"}
)
# Proclitics joined to an Arabic word: the conjunctions و/ف, then the article (with ب/ك/ل before it). Both
# sides of a comparison are stripped alike, so a clitic added or dropped is no change of words.
_AR_PROCLITIC = re.compile("^(?:[وف](?=..))?(?:(?:[بكل]?ال|لل)(?=..))?")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) and whitespace, or at a
# paragraph end. Abbreviations such as "U.S." or "D.C." are not ends: the next word starts lower-case or
# the dot follows a single capital.
# A stop before a space: where a clause or a quote is cut at its sentence's end (no abbreviation list: a cut after
# "U.S." only narrows what is read).
SENTENCE_STOP = re.compile(r"[.!?…।](?=\s)")
# A full stop (the danda "।" of Hindi and Marathi too) and the closing marks after it, then a space; Chinese and
# Japanese full stops need none ("。").
_SENT_END = re.compile(r"[.!?…।]+[\"”»’')\]]*(?=\s+|$)|[。！？]+[」』”’）)]*")
_ABBREV_BEFORE = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|No|vs|etc|Jr|Sr|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|р|ст|им|т|п|пп|вул|м|г|тис|млн|млрд))\.$"
)


# Longer than any abbreviation above plus the character before it (for ``\b``).
_ABBREV_WINDOW = 16


@dataclass(frozen=True)
class Token:
    """A word of the text: ``norm`` is what comparisons use, ``start:end`` where it stands."""

    norm: str
    start: int
    end: int


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=1 << 12)  # a pure function of one character, asked for every letter of every word
def script_of(ch: str) -> str:
    """A coarse script name for a letter: 'latin', 'cyrillic', 'greek', 'arabic', or 'other'."""
    if ch.isascii():
        return "latin" if ch.isalpha() else "other"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "other"
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HANGUL", "DEVANAGARI"):
        if name.startswith(script):
            return script.lower()
    return "other"


# Arabic vowel marks and the shadda (U+064B-065F, U+0670): part of their word ("المتمرّدون"), dropped to compare
# it ("أنّ" is "أن"); a ``str.translate`` table.
TASHKEEL = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])

# A web address in running text ("pic.twitter.com/LbXNerR9nI", "https://t.co/…", "www.example.org/a"): no words
# of the sentence (its pieces read as words gave "nI", a Spanish "ni", a negation).
URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-z]{2,}/\S*")
# A character a scraper left as its escape code, an embedded post's JSON copied as it came ("the country\u2019s",
# "\u201cIt was"): no word, and its hex digits no year ("\u2019" had been read as 2019 against a post's 2022).
ESCAPE_CODE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# The decimal separator of Arabic ("٫") between digits, and Persian's slash between two Persian digit groups
# ("۳/۵ میلیون" is 3.5 million; a date has two slashes, "۱۴۰۳/۹/۷", and is left alone).
_EASTERN_DECIMAL = re.compile(
    r"(?<=[\u0660-\u0669\u06f0-\u06f9])\u066b(?=[\u0660-\u0669\u06f0-\u06f9])"
    r"|(?<![\u06f0-\u06f9/])[\u06f0-\u06f9]+/[\u06f0-\u06f9]+(?![\u06f0-\u06f9/])"
)


def western_digits(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits as ASCII digits and their decimal separators as a point
    ("۳/۵", "٣٫٥": "3.5"), one character for one (every offset kept)."""
    text = _EASTERN_DECIMAL.sub(lambda m: m.group().replace("\u066b", ".").replace("/", "."), text)
    return text.translate(ARABIC_INDIC_DIGITS)


def blank_urls(text: str) -> str:
    """``text`` with its web addresses (and escape codes, :data:`ESCAPE_CODE`) blanked out, every offset kept."""
    text = URL.sub(lambda m: " " * len(m.group()), text)
    return ESCAPE_CODE.sub(lambda m: " " * len(m.group()), text) if "\\" in text else text


@functools.lru_cache(maxsize=1 << 16)  # pure; ``lookalike_words`` asks it for every word of every report
def main_script(text: str) -> str:
    """The script most of ``text``'s letters are written in (:func:`script_of`); 'other' for no letters."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            s = script_of(c)
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "other"


def fold_lookalikes(word: str) -> tuple[str, bool]:
    """Map look-alike letters to the word's dominant script; True when the word mixed scripts."""
    if word.isascii():  # fast path: an ASCII word has no Cyrillic or Greek letter to fold
        return word, False
    latin = sum(1 for c in word if c.isalpha() and script_of(c) == "latin")
    cyr = sum(1 for c in word if c.isalpha() and script_of(c) in ("cyrillic", "greek"))
    if not latin or not cyr:
        return word, False
    if latin >= cyr:
        folded = "".join(CYRILLIC_TO_LATIN.get(c, c) for c in word)
    else:
        folded = "".join(LATIN_TO_CYRILLIC.get(c, c) for c in word)
    return folded, folded != word


# Ligatures that keyboards and house styles write as two letters.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ĳ": "ij"})


@functools.lru_cache(maxsize=1 << 16)  # a pure function called for every word of every text: cache it
def norm_word(word: str) -> str:
    """The comparison form of a word: look-alikes folded, case folded, apostrophes unified."""
    word = word.translate(_INVISIBLE)
    if "." in word and not word[0].isdigit():
        word = word.replace(".", "")  # a dotted acronym
    folded, _ = fold_lookalikes(word)
    folded = folded.casefold()
    if not folded.isascii():
        folded = folded.translate(_LIGATURES)  # "vœux" and "voeux": one word, the ligature a typist's choice
        folded = folded.replace("i\u0307", "i")  # Turkish "İ" folds to "i" and a dot: "BİRLİĞİYLE", "birliğiyle"
    for a in APOSTROPHES:
        folded = folded.replace(a, "'")
    if folded[:1].isdigit() and not folded.isascii():
        folded = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in folded)  # ٣ → 3, ۳ → 3
    elif "\u0600" <= folded[:1] <= "\u06ff":
        folded = _AR_PROCLITIC.sub("", _AR_MARKS.sub("", folded).translate(_AR_LETTERS))
    return folded


# Texts whose whole token list is kept (issue 15): a check asks for the words of its article about 150 times
# (each paragraph, sentence, quote, the coverage, the library's shingles), and those of its few sources.
_TOKENS_KEPT = 16
# Shorter texts are tokenised directly: a quote or a sentence asked for once is not worth keeping.
_TOKENS_KEEP_MIN_CHARS = 400
_WHOLE: dict[str, tuple[list[Token], list[int]]] = {}


def _scan(text: str, start: int, end: int) -> list[Token]:
    toks = [Token(norm_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if text.find("#", start, end) != -1:
        toks = [part for t in toks for part in _hashtag_words(text, t)]
    return toks


# The words of a hashtag written in capitals ("#UNHarbourFund": UN, Harbour, Fund): a word starts at a
# capital after a lower-case letter, at the last capital of a run before a lower-case letter, and where digits
# start or stop. A quote that writes the hashtag out ("UN Harbour Fund will pay") then matches the post
# word for word.
def word_spans(word: str) -> list[tuple[int, int]]:
    """The spans of the words a post's hashtag or handle writes together, by its capitals ("UNHarbourFund":
    UN, Harbour, Fund); the whole word where it is all one case."""
    if word.islower() or word.isupper() or not word.isalnum():
        return [(0, len(word))]
    starts = [0]
    for i in range(1, len(word)):
        a, b, c = word[i - 1], word[i], word[i + 1 : i + 2]
        if (b.isupper() and (a.islower() or (a.isupper() and c.islower()))) or a.isdigit() != b.isdigit():
            starts.append(i)
    return list(zip(starts, [*starts[1:], len(word)], strict=True))


def _hashtag_words(text: str, t: Token) -> list[Token]:
    """``t`` split into the words of its hashtag where a "#" opens it and its capitals mark words; else ``t``."""
    if t.start == 0 or text[t.start - 1] != "#":
        return [t]
    word = text[t.start : t.end]
    spans = word_spans(word)
    if len(spans) < 2:
        return [t]
    return [Token(norm_word(word[a:b]), t.start + a, t.start + b) for a, b in spans]


# Short texts tokenised per process: a quote, a sentence, a source span is asked for by several stages and again
# against each source (about half the scans of an audit are repeats; issue 15). Callers get a copy. A few
# thousand: at most a few MB (a long text's odd spans are scanned anew: a key would hold the whole text alive).
@functools.lru_cache(maxsize=4096)
def _scanned(text: str, start: int, end: int) -> tuple[Token, ...]:
    return tuple(_scan(text, start, end))


def _scan_kept(text: str, start: int, end: int) -> list[Token]:
    return list(_scanned(text, start, end))


def _whole(text: str) -> tuple[list[Token], list[int]]:
    """The text's tokens and their start offsets, tokenised once per process for the last few long texts."""
    hit = _WHOLE.get(text)
    if hit is None:
        toks = _scan(text, 0, len(text))
        hit = (toks, [t.start for t in toks])
        if len(_WHOLE) >= _TOKENS_KEPT:
            _WHOLE.pop(next(iter(_WHOLE), text), None)  # the oldest; threads of the service may race here
        _WHOLE[text] = hit
    return hit


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Normalised word tokens of ``text[start:end]`` with absolute offsets.

    A long text is tokenised once and a span's tokens are a slice of its list. The slice is what scanning
    the span alone gives whenever the span is bounded by whitespace (or the text's ends): no word crosses
    whitespace, and the pattern looks no further than the character after a word, which is then blank on
    both readings. Other spans are scanned.
    """
    end = len(text) if end is None else end
    if start >= end:
        return []
    if len(text) < _TOKENS_KEEP_MIN_CHARS:
        return _scan_kept(text, start, end)
    if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
        return _scan(text, start, end)
    toks, starts = _whole(text)
    return toks[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def lookalike_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Words that mix Latin with Cyrillic or Greek letters: ``(start, end, word)``."""
    end = len(text) if end is None else end
    out = []
    for m in _WORD.finditer(text, start, end):
        if fold_lookalikes(m.group())[1]:
            out.append((m.start(), m.end(), m.group()))
    return out


# A heading line of a document: at most this many words, no stop or comma at its end, text under it.
HEADING_LINE_MAX_WORDS = 30
_HEADING_STOPS = '.!?…:;,"”»'


def heading_end(text: str) -> int:
    """Where the lines that head a document end ("X, post on X, 26 June 2024"; a title, then a place and a date):
    its opening lines, blank lines between them or not, each short with no stop or comma at its end, text under
    them; 0 for none."""
    at = len(text) - len(text.lstrip())
    start = end = at
    while (nl := text.find("\n", at)) >= 0:
        line = text[at:nl].strip()
        if line and (line[-1:] in _HEADING_STOPS or len(line.split()) > HEADING_LINE_MAX_WORDS):
            break
        at = nl + 1
        end = at if line else end  # (a page sets its heading lines apart with blank lines too)
    return 0 if end == start or not text[end:].strip() else end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines, stripped: the spans a reader sees as paragraphs."""
    spans = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [s for s in (strip_span(text, a, b) for a, b in spans) if s[0] < s[1]]


def lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, stripped of surrounding whitespace."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        a, b = strip_span(text, pos, pos + len(line))
        if a < b:
            out.append((a, b))
        pos += len(line)
    return out


# A line in title case (a headline): at least this many words, more than this share of them capitalised.
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.6


def title_case(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in title case, as English headlines are ("U.S. Welcomes
    Iran-Saudi Deal, But Voices Skepticism"): its capitals say nothing of names."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = [w for w in text[a : b if b >= 0 else len(text)].split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= TITLE_CASE_MIN_WORDS and capitals > TITLE_CASE_SHARE * len(words)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.cache
def _months() -> frozenset[str]:
    from provenance import lexicon  # the month names of every language (CLDR), read once

    return frozenset(lexicon.table("months"))


def _ordinal_before(text: str, at: int) -> bool:
    """The word after "15." continues the sentence: it is lower case, or a month ("15. Januar", "3. Mai")."""
    nxt = re.match(r"\s*([^\W\d_]+)", text[at : at + 40])
    return nxt is not None and (nxt.group(1)[:1].islower() or nxt.group(1).casefold() in _months())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (which should be one paragraph or line)."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        # The abbreviation tests look at the few characters before the dot: the whole sentence so far made a
        # long paragraph of "U.S." and "Mr." quadratic (each search scans it from its start).
        before = text[max(pos, m.start() + 1 - _ABBREV_WINDOW) : m.start() + 1]
        if m.group() == "." and before[-2:-1].isdigit() and _ordinal_before(text, m.end()):
            continue  # an ordinal ("Kurul dün 15. toplantısını", "am 15. Januar"), not a sentence's end
        if m.group().startswith(".") and _ABBREV_BEFORE.search(before):
            nxt = text[m.end() : m.end() + 3].lstrip()
            if not nxt or not nxt[:1].isupper():
                continue
            if re.search(r"\b[A-Z]\.[A-Z]?\.?$", before):  # "U.S." "D.C." inside a sentence
                continue
        out.append(strip_span(text, pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append(strip_span(text, pos, end))
    return [s for s in out if s[0] < s[1]]


# A post's handle or hashtag ("@PM_ViktorOrban", "#Sweden’s"): not a word an encoder or a name reader knows.
_HANDLE = re.compile(r"(?<![\w@#])[@#]([^\W_]\w*)")


def post_words(text: str) -> str:
    """``text`` with each handle and hashtag read as its words ("Good call with @PM_ViktorOrban of #Hungary" ->
    "Good call with PM Viktor Orban of Hungary"): the wording of a statement posted on a social network."""
    if "@" not in text and "#" not in text:
        return text  # (asked for every text an encoder embeds: most have neither)
    return _HANDLE.sub(lambda m: " ".join(_post_word(w) for w in m.group(1).split("_") if w), text)


def _post_word(word: str) -> str:
    return " ".join(word[a:b] for a, b in word_spans(word))


def word_trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a character trie: one branch per next letter, so the engine never
    tries a few hundred alternatives at each position (a list of 1,400 verbs of saying matches 19x faster). Where
    several words match at one place they are prefixes of one another, and the trie's optional tails try the
    longest first, as a longest-first alternation does."""
    root: dict[str, Any] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class _LazyPattern:
    """A compiled regular expression that compiles on its first use (see :func:`lazy_pattern`)."""

    __slots__ = ("_compiled", "flags_given", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags_given = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:  # (two threads may both compile it: the same pattern, kept once)
            self._compiled = re.compile(self.pattern, self.flags_given)
        return self._compiled

    def match(self, *args: Any) -> re.Match[str] | None:
        return self._get().match(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        return self._get().search(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self._get().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self._get().finditer(*args)

    def __getattr__(self, name: str) -> Any:  # sub, findall, split, groupindex, flags …
        return getattr(self._get(), name)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use. For the rules' large patterns (those that hold the
    1,400 verbs of saying take 20-120 ms each to compile): a run pays only for the rules its text reaches, and
    importing the pipeline no longer compiles them (a check with quotes still reaches most of them). ``.pattern``
    does not compile it."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


# An excerpt's cut marks: words either side of one were not next to each other in the original.
CUT_MARKS = ("[…]", "[...]", "…")


def cut_mark_at(text: str, at: int) -> bool:
    """An excerpt's cut mark right after ``at`` (past a space or a full stop: "… 2254. [...]"), three full stops
    included ("Лукашенко ..."), which the full stop's skip would pass over."""
    return text[at : at + 8].lstrip(" ").startswith("...") or text[at : at + 8].lstrip(" .").startswith(CUT_MARKS)
