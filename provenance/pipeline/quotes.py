"""The quotes stage: every quotation in a text, joined across split attributions and paragraphs, with its speaker.

Quotation styles: "…", “…”, «…», „…“, ‘…’, ‹…›, ‚…‘, 「…」. Nested quotes belong to the outer one. A quote
split by an attribution (``"X," he said, "Y."``) is one quote whose parts are joined by a space; a quote
that runs over paragraphs (an unclosed quote whose next paragraph opens with the same mark) is one quote.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from provenance import lexicon
from provenance.pipeline import variants
from provenance.settings import Settings, defaults
from provenance.text import paragraphs

# Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    "“": '”"',  # English “…”, and the mixed “…" that hand-edited copy often has; „…“ is handled by „
    "«": "»",
    "„": "“”",
    "‘": "’",
    "‹": "›",
    "‚": "‘’",
    '"': '"',
    "「": "」",
    "『": "』",
}
# Marks that are also apostrophes or closers of other styles: they open only at the start of a word.
_WORD_START_ONLY = {"‘", '"', "‚"}
# The split-quote gap, the nesting depth and the speaker window are Settings fields (max_join_gap_chars,
# max_quote_nesting, speaker_window_chars), with their reasons there.


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of the words, longest first (a frame before the verb it starts with)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Speech verbs and attribution frames in every language the lexicon holds (``speech_verbs.LANG.txt``).
SPEECH_VERBS = _alternation(lexicon.words_all("speech_verbs"))
_VERB = rf"(?:{SPEECH_VERBS})"
# Words that end a speaker's noun phrase ("said the Pentagon | in a statement on Thursday").
_NP_STOP = frozenset(w.lower() for w in lexicon.words_all("speaker_stops"))
_PRONOUNS = frozenset(w.lower() for w in lexicon.words_all("pronouns"))
_ADVERBS = {"later", "also", "earlier", "then", "further", "again", "previously", "recently", "once", "had", "has",
            "потім", "також", "раніше", "позже", "также", "ранее"}  # fmt: skip
_WORDS = re.compile(r"[\w'’.-]+", re.UNICODE)


@dataclass(frozen=True)
class RawQuote:
    """A quotation found in text: ``parts`` are the (start, end) spans between its marks."""

    parts: tuple[tuple[int, int], ...]
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _WORD_START_ONLY:
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if _is_letter(prev) or nxt.isspace():
            return False
    return ch in PAIRS


def _can_close(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in PAIRS[opener]:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i else " "
    if ch == "’" and _is_letter(nxt):  # an apostrophe inside a word: "coalition’s"
        return False
    # a straight quote after a space and before a letter opens a nested quote instead
    return not (ch == '"' and prev.isspace() and _is_letter(nxt))


def _closes_top(stack: list[tuple[int, str]], ch: str) -> bool:
    return bool(stack) and ch in PAIRS[stack[-1][1]]


def _scan_paragraph(
    text: str, start: int, end: int, nesting: int, seed: tuple[int, str] | None = None
) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Closed top-level quotes inside one paragraph, and the still-open one at its end (position, mark).

    ``seed`` is a quote left open by the previous paragraph and re-opened by this one's first character.
    """
    found: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = [seed] if seed else []
    i = start + 1 if seed else start
    while i < end:
        ch = text[i]
        if stack and _can_close(text, i, stack[-1][1]):
            pos, _ = stack.pop()
            if not stack:
                found.append((pos + 1, i))
        elif ch in PAIRS and _can_open(text, i) and len(stack) < nesting and not _closes_top(stack, ch):
            stack.append((i, ch))
        i += 1
    return found, (stack[0] if stack else None)


def _raw_spans(text: str, nesting: int) -> list[list[tuple[int, int]]]:
    """Quote spans, a list of parts each; multi-paragraph quotes already joined."""
    out: list[list[tuple[int, int]]] = []
    pending: list[tuple[int, int]] | None = None
    pending_mark = ""
    for p_start, p_end in paragraphs(text):
        if pending is not None and text[p_start] == pending_mark:
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting, seed=(p_start, pending_mark))
            if found and found[0][0] == p_start + 1:
                out.append([*pending, found.pop(0)])
            elif still_open is not None and still_open[0] == p_start:
                pending.append((p_start + 1, p_end))
                continue
        else:  # a quote left open is never closed: not a quote we can trust
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting)
        pending = None
        out.extend([[f] for f in found])
        if still_open is not None:
            pending, pending_mark = [(still_open[0] + 1, p_end)], still_open[1]
    return [parts for parts in out if any(a < b for a, b in parts)]


@functools.cache
def _join_gap(gap: int) -> re.Pattern[str]:
    """An attribution between the parts of a split quote: up to ``gap`` characters, a speech verb, a comma."""
    return re.compile(rf"^\s*[^.!?\"“”«»„\n]{{0,{gap}}}\b{_VERB}\b[^.!?\"“”«»„\n]{{0,40}}[,:]\s*$", re.I)


def _join_split(text: str, spans: list[list[tuple[int, int]]], gap: int) -> list[list[tuple[int, int]]]:
    """Join ``"X," he said, "Y."``: the first part ends with a comma and the gap is an attribution ending in one."""
    out: list[list[tuple[int, int]]] = []
    for parts in spans:
        if out:
            prev = out[-1]
            a, b = prev[-1][1] + 1, parts[0][0] - 1
            first_text = text[prev[-1][0] : prev[-1][1]].rstrip()
            if 0 <= b - a <= gap + 40 and first_text.endswith(",") and _join_gap(gap).match(text[a:b]):
                out[-1] = prev + parts
                continue
        out.append(list(parts))
    return out


def extract(text: str, settings: Settings | None = None) -> list[RawQuote]:
    """Every quotation of ``text`` in order, with the speaker the text gives it (pronouns resolved)."""
    s = settings or defaults()
    quotes: list[RawQuote] = []
    last_speaker: str | None = None
    for parts in _join_split(text, _raw_spans(text, s.max_quote_nesting), s.max_join_gap_chars):
        joined = " ".join(text[a:b].strip() for a, b in parts) if len(parts) > 1 else text[parts[0][0] : parts[0][1]]
        speaker, span = find_speaker(text, parts, s.speaker_window_chars)
        if speaker is not None and last_speaker is not None and _role_only(speaker) and _has_name(last_speaker):
            speaker = last_speaker  # "the minister", "Речниця": the person named before in that role
        elif speaker is not None and speaker.split()[0].lower() in _PRONOUNS and len(speaker.split()) <= 2:
            # "he said", "сообщила она": the last named speaker, or the last full name in this paragraph
            # and the one before
            speaker = last_speaker or _last_full_name(text, parts[0][0])
        elif speaker is None and quotes and "\n\n" not in text[quotes[-1].end : parts[0][0]]:
            speaker = quotes[-1].speaker  # the same paragraph goes on quoting the same speaker
        if speaker is not None:
            last_speaker = speaker
        quotes.append(RawQuote(tuple(parts), joined, speaker, span))
    return quotes


# --- speakers ------------------------------------------------------------------------------------

# A full name: two to four capitalised words ("Jane Doe", "Олена Петренко"), the kind a pronoun points back to.
_FULL_NAME = re.compile(r"(?<![\w.])(?:[^\W\d_a-zа-яіїєґё][\w'’-]+\s+){1,3}[^\W\d_a-zа-яіїєґё][\w'’-]+")
# How far back a pronoun looks for its name: this paragraph and the one before.
PRONOUN_WINDOW_PARAGRAPHS = 2


@functools.cache
def _roles() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in lexicon.words_all("person_roles")}, key=len, reverse=True))


def _role_only(speaker: str) -> bool:
    """A speaker named by role alone ("the official", "la porte-parole du ministère", "Речниця")."""
    words = speaker.split()
    if not any(w.lower().startswith(_roles()) for w in words):
        return False
    return not _has_name(speaker)


def _has_name(speaker: str) -> bool:
    """Whether a speaker phrase holds a personal name: a capitalised word that is neither its first word nor a
    role ("Minister Jane Doe", "Петренко" alone counts, one capitalised word being the whole phrase)."""
    words = speaker.split()
    if len(words) == 1:
        return words[0][:1].isupper() and not words[0].lower().startswith(_roles())
    return any(w[:1].isupper() and not w.lower().startswith(_roles()) for w in words[1:])


def _last_full_name(text: str, before: int) -> str | None:
    window = "\n\n".join(text[:before].split("\n\n")[-PRONOUN_WINDOW_PARAGRAPHS:])
    for m in reversed(list(_FULL_NAME.finditer(window))):
        words = m.group().split()
        at_start = m.start() == 0 or window[: m.start()].rstrip()[-1:] in '.!?\n"“”«»'
        if at_start:
            words = words[1:]  # a capital that opens a sentence is no sign of a name
        if len(words) >= 2:
            return " ".join(words)
    return None


_TEMPORAL = re.compile(
    r"\b(?:(?:earlier|later|last|this|next)\s+(?:week|month|year|day|time)|on\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|today|yesterday|earlier|later|also|then|recently|on\s+\w+day)\b",
    re.I,
)


def _clean_np(words: Sequence[str], *, leading: bool) -> str | None:
    """Trim a speaker phrase: stop words end it (verb-first) or start it (verb-last)."""
    out: list[str] = []
    seq = list(words) if leading else list(reversed(words))
    for w in seq:
        bare = w.strip(".,;:!?()[]").lower()
        if not bare or bare in _NP_STOP or (not leading and bare in _ADVERBS):
            if out or leading:
                break
            continue
        out.append(w.strip(",;:!?()[]"))
        if len(out) >= 7:
            break
    if not leading:
        out.reverse()
        while out and out[0].lower() in _ADVERBS | {"later", "also"}:
            out.pop(0)
    while out and _date_word(out[0]):  # "17 липня Генеральний секретар …": a date opens the sentence
        out.pop(0)
    phrase = " ".join(out).strip(" .")
    return phrase or None


def _date_word(word: str) -> bool:
    w = word.strip(",.").casefold()
    return w[:1].isdigit() or variants.month_number(w) is not None


_AFTER_VERB_FIRST = re.compile(rf"^[\s,.:;–—-]*(?P<verb>{_VERB})\s+(?P<rest>[^,;!?\n\"“”«»]{{1,120}})", re.I)
_AFTER_VERB_LAST = re.compile(
    rf"^[\s,:;–—-]*(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b", re.I
)
_BEFORE = re.compile(
    rf"(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b(?P<tail>[^.!?\n\"“”«»]{{0,120}})$",
    re.I,
)
# Frames that put the speaker after them ("according to X", "selon X", "بحسب X").
_ACCORDING_FRAMES = frozenset(lexicon.rows("according"))
_ACCORDING = re.compile(rf"(?:{_alternation(_ACCORDING_FRAMES)})\s+(?P<np>[^,.;:\n\"“”«»]{{1,80}})", re.I)
# A speech verb that ends the sentence right after the quote ("…", dedi. / «…», – заявив.): the speaker opens
# the sentence before the quote (Turkish and other verb-final orders).
_VERB_ONLY_AFTER = re.compile(rf"^[\s,–—-]*(?:diye\s+)?(?:{_VERB})\s*[.!]", re.I)
# A sentence that opens with its speech verb, the speaker after it ("وقال الوزير X إن …"); a verb later in the
# sentence has its subject before it ("X told journalists": the journalists are no speaker).
_VERB_FIRST_BEFORE = re.compile(
    rf"^\s*(?P<verb>{_VERB})\s+(?P<np>[^.!?\n\"“”«»:،,]{{1,90}}?)\s*(?:إن|أن|:|،|,)?\s*$", re.I
)


def _words(s: str) -> list[str]:
    return _WORDS.findall(_TEMPORAL.sub(" ", s))


def find_speaker(text: str, parts: Sequence[tuple[int, int]], window: int) -> tuple[str | None, tuple[int, int] | None]:
    """Who the text credits a quote to, and where that phrase stands; (None, None) when nobody is named."""
    start, end = parts[0][0], parts[-1][1]
    for a, b in itertools.pairwise(parts):  # "X," he said, "Y."
        gap = text[a[1] + 1 : b[0] - 1]
        found = _speaker_after(gap, a[1] + 1)
        if found[0]:
            return found
    after_end = min(len(text), end + 1 + window)
    after = text[end + 1 : after_end].split("\n\n")[0]
    # "X," she said / «X», – заявив: an attribution after the quote follows the quote's own punctuation.
    punctuated = text[start:end].rstrip()[-1:] in ",.!?…" or after.lstrip()[:1] in (",", "–", "—", "-")
    found = _speaker_after(after, end + 1, verb_last=punctuated)
    if found[0]:
        return found
    before_start = max(0, start - 1 - window)
    before = text[before_start : max(0, start - 1)].split("\n\n")[-1]
    if _VERB_ONLY_AFTER.match(after):
        found = _sentence_subject(before, max(0, start - 1) - len(before))
        if found[0]:
            return found
    return _speaker_before(before, max(0, start - 1) - len(before))


def _sentence_subject(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The phrase that opens the sentence a quote stands in, up to its first comma ("Bakan X, … "…" dedi")."""
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    head = sentence.split(",")[0]
    words = _words(head)
    if not words or len(words) > 7 or not any(w[:1].isupper() for w in words):
        return None, None
    np_ = " ".join(w.strip(",;:!?()[]") for w in words).strip(" .")
    return (np_ or None), (s_off, s_off + len(head))


def _speaker_after(after: str, offset: int, *, verb_last: bool = True) -> tuple[str | None, tuple[int, int] | None]:
    stop = re.search(r"[\"“”«»„]", after)
    if stop:
        after = after[: stop.start()]
    m = _ACCORDING.match(after.lstrip(" ,–—-"))
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (offset, offset + len(after))
    m = _AFTER_VERB_FIRST.match(after)
    if m:
        np_ = _clean_np(_words(m.group("rest")), leading=True)
        if np_ and np_.lower() not in ("that",):
            return np_, (offset + m.start("verb"), offset + m.end("verb") + 1 + len(np_))
    m = _AFTER_VERB_LAST.match(after) if verb_last else None
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_:
            return np_, (offset + m.start("np"), offset + m.end("verb"))
    return None, None


def _speaker_before(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    m = _ACCORDING.search(before)
    if m and len(before) - m.end() < 10:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (offset + m.start(), offset + m.end())
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    m = _VERB_FIRST_BEFORE.search(sentence)
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (s_off + m.start("verb"), s_off + m.end("np"))
        if sentence[: m.start("verb")].strip() == "":  # "وأضاف:" — the verb alone: the last speaker goes on
            return "he", (s_off + m.start("verb"), s_off + m.end("verb"))
    m = _BEFORE.search(sentence)
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("verb"))
    return None, None
