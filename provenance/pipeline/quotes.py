"""The quotes stage: every quotation in a text, joined across split attributions and paragraphs, with its speaker.

Quotation styles: "…", “…”, «…», „…“, ‘…’, ‹…›, ‚…‘, 「…」. Nested quotes belong to the outer one. A quote
split by an attribution (``"X," he said, "Y."``) is one quote whose parts are joined by a space; a quote
that runs over paragraphs (an unclosed quote whose next paragraph opens with the same mark) is one quote.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

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
# A split quote's attribution gap is short (a speaker and a verb) and ends with a comma or colon.
MAX_JOIN_GAP_CHARS = 90
# Quotes nest this deep at most («…„…‘…’…“…»); deeper marks are stray characters, not quotes.
MAX_NESTING = 4
# Context looked at around a quote for its speaker: one sentence or so on either side.
SPEAKER_WINDOW_CHARS = 160

SPEECH_VERBS = (
    # English
    "said|says|added|adds|stressed|noted|notes|told|stated|explained|announced|wrote|writes|declared|asked|"
    "replied|insisted|warned|argued|continued|concluded|emphasized|emphasised|commented|tweeted|posted|remarked|"
    "acknowledged|admitted|claimed|recalled|observed|pointed out|underlined|clarified|confirmed|reported|"
    "reports|according to|quoted|urged|suggested|promised|vowed|responded|pledged|assured|"
    # Ukrainian
    "заявив|заявила|заявили|заявляє|сказав|сказала|сказали|каже|зазначив|зазначила|зазначили|зазначає|"
    "додав|додала|додали|наголосив|наголосила|наголосили|наголошує|повідомив|повідомила|повідомили|"
    "повідомляє|підкреслив|підкреслила|пояснив|пояснила|написав|написала|розповів|розповіла|відзначив|"
    "за словами|цитує|"
    # Russian
    "заявил|заявила|заявили|заявляет|сказал|сказала|сказали|говорит|сообщил|сообщила|сообщили|сообщает|"
    "отметил|отметила|отметили|добавил|добавила|добавили|подчеркнул|подчеркнула|пояснил|пояснила|"
    "написал|написала|рассказал|рассказала|по словам|цитирует"
)
_VERB = rf"(?:{SPEECH_VERBS})"
# Words that end a speaker's noun phrase ("said the Pentagon | in a statement on Thursday").
_NP_STOP = {
    "in", "on", "at", "during", "to", "after", "before", "when", "while", "as", "adding", "noting", "who",
    "which", "that", "with", "for", "and", "but", "later", "also", "earlier", "then", "today", "yesterday",
    "last", "this", "via", "because", "if", "saying", "stressing", "explaining",
    "в", "у", "на", "під", "після", "під час", "і", "й", "та", "що", "який", "яка", "коли", "додавши", "також",
    "во", "после", "и", "который", "которая", "когда", "добавив", "также", "сегодня", "вчера", "сьогодні",
}  # fmt: skip
_PRONOUNS = {"he", "she", "they", "it", "we", "він", "вона", "вони", "воно", "он", "она", "они", "оно"}
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
    text: str, start: int, end: int, seed: tuple[int, str] | None = None
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
        elif ch in PAIRS and _can_open(text, i) and len(stack) < MAX_NESTING and not _closes_top(stack, ch):
            stack.append((i, ch))
        i += 1
    return found, (stack[0] if stack else None)


def _raw_spans(text: str) -> list[list[tuple[int, int]]]:
    """Quote spans, a list of parts each; multi-paragraph quotes already joined."""
    out: list[list[tuple[int, int]]] = []
    pending: list[tuple[int, int]] | None = None
    pending_mark = ""
    for p_start, p_end in paragraphs(text):
        if pending is not None and text[p_start] == pending_mark:
            found, still_open = _scan_paragraph(text, p_start, p_end, seed=(p_start, pending_mark))
            if found and found[0][0] == p_start + 1:
                out.append([*pending, found.pop(0)])
            elif still_open is not None and still_open[0] == p_start:
                pending.append((p_start + 1, p_end))
                continue
        else:  # a quote left open is never closed: not a quote we can trust
            found, still_open = _scan_paragraph(text, p_start, p_end)
        pending = None
        out.extend([[f] for f in found])
        if still_open is not None:
            pending, pending_mark = [(still_open[0] + 1, p_end)], still_open[1]
    return [parts for parts in out if any(a < b for a, b in parts)]


_JOIN_GAP = re.compile(
    rf"^\s*[^.!?\"“”«»„\n]{{0,{MAX_JOIN_GAP_CHARS}}}\b{_VERB}\b[^.!?\"“”«»„\n]{{0,40}}[,:]\s*$", re.I
)


def _join_split(text: str, spans: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Join ``"X," he said, "Y."``: the first part ends with a comma and the gap is an attribution ending in one."""
    out: list[list[tuple[int, int]]] = []
    for parts in spans:
        if out:
            prev = out[-1]
            a, b = prev[-1][1] + 1, parts[0][0] - 1
            first_text = text[prev[-1][0] : prev[-1][1]].rstrip()
            if 0 <= b - a <= MAX_JOIN_GAP_CHARS + 40 and first_text.endswith(",") and _JOIN_GAP.match(text[a:b]):
                out[-1] = prev + parts
                continue
        out.append(list(parts))
    return out


def extract(text: str) -> list[RawQuote]:
    """Every quotation of ``text`` in order, with the speaker the text gives it (pronouns resolved)."""
    quotes: list[RawQuote] = []
    last_speaker: str | None = None
    for parts in _join_split(text, _raw_spans(text)):
        joined = " ".join(text[a:b].strip() for a, b in parts) if len(parts) > 1 else text[parts[0][0] : parts[0][1]]
        speaker, span = find_speaker(text, parts)
        if speaker is not None and speaker.split()[0].lower() in _PRONOUNS and len(speaker.split()) == 1:
            speaker = last_speaker
        elif speaker is None and quotes and "\n\n" not in text[quotes[-1].end : parts[0][0]]:
            speaker = quotes[-1].speaker  # the same paragraph goes on quoting the same speaker
        if speaker is not None:
            last_speaker = speaker
        quotes.append(RawQuote(tuple(parts), joined, speaker, span))
    return quotes


# --- speakers ------------------------------------------------------------------------------------


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
    phrase = " ".join(out).strip(" .")
    return phrase or None


_AFTER_VERB_FIRST = re.compile(rf"^[\s,.:;–—-]*(?P<verb>{_VERB})\s+(?P<rest>[^,;!?\n\"“”«»]{{1,120}})", re.I)
_AFTER_VERB_LAST = re.compile(
    rf"^[\s,:;–—-]*(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b", re.I
)
_BEFORE = re.compile(
    rf"(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b(?P<tail>[^.!?\n\"“”«»]{{0,120}})$",
    re.I,
)
_ACCORDING = re.compile(r"(?:according to|за словами|по словам|as quoted by)\s+(?P<np>[^,.;:\n\"“”«»]{1,80})", re.I)


def _words(s: str) -> list[str]:
    return _WORDS.findall(_TEMPORAL.sub(" ", s))


def find_speaker(text: str, parts: Sequence[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    """Who the text credits a quote to, and where that phrase stands; (None, None) when nobody is named."""
    start, end = parts[0][0], parts[-1][1]
    for a, b in itertools.pairwise(parts):  # "X," he said, "Y."
        gap = text[a[1] + 1 : b[0] - 1]
        found = _speaker_after(gap, a[1] + 1)
        if found[0]:
            return found
    after_end = min(len(text), end + 1 + SPEAKER_WINDOW_CHARS)
    after = text[end + 1 : after_end].split("\n\n")[0]
    # "X," she said / «X», – заявив: an attribution after the quote follows the quote's own punctuation.
    punctuated = text[start:end].rstrip()[-1:] in ",.!?…" or after.lstrip()[:1] in (",", "–", "—", "-")
    found = _speaker_after(after, end + 1, verb_last=punctuated)
    if found[0]:
        return found
    before_start = max(0, start - 1 - SPEAKER_WINDOW_CHARS)
    before = text[before_start : max(0, start - 1)].split("\n\n")[-1]
    return _speaker_before(before, max(0, start - 1) - len(before))


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
    m = _BEFORE.search(sentence)
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("verb"))
    return None, None
