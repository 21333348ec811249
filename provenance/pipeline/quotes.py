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
_WORDS = re.compile(r"[\w'’.\u2024-]+", re.UNICODE)
_ARABIC_LETTER = re.compile(r"^[\u0600-\u06ff]")
# A title's dot ("Dr. Jane Doe") is masked with a one-dot leader while a speaker is looked for, so that it
# ends no sentence and no noun phrase; the leader is a dot again in the speaker found.
_TITLES = "|".join(sorted(map(re.escape, lexicon.words_all("title_abbreviations")), key=len, reverse=True))
_TITLE_DOT = re.compile(rf"(?<![\w.])(?P<t>{_TITLES})\.(?=\s+\w)")
_LEADER = "\u2024"
# French and German put the pronoun after the verb ("a-t-elle affirmé", "dit-il", "widersprach sie:").
_INVERTED_AFTER = re.compile(r"^[\s,–—-]*(?:\w+-t-|\w+-)(?P<pro>il|elle|ils|elles)\b", re.I)


@dataclass(frozen=True)
class RawQuote:
    """A quotation found in text: ``parts`` are the (start, end) spans between its marks."""

    parts: tuple[tuple[int, int], ...]
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None = None
    unclosed: bool = False  # no closing mark: read to the end of its paragraph

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


def _raw_spans(text: str, nesting: int) -> tuple[list[list[tuple[int, int]]], set[int]]:
    """Quote spans, a list of parts each (multi-paragraph quotes already joined), and the starts of those that
    no mark closes: a quote opened with a double mark and never closed runs to the end of its paragraph."""
    out: list[list[tuple[int, int]]] = []
    unclosed: set[int] = set()
    pending: list[tuple[int, int]] | None = None
    pending_mark = ""
    for p_start, p_end in [*paragraphs(text), (len(text), len(text))]:
        if pending is not None and p_start < len(text) and text[p_start] == pending_mark:
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting, seed=(p_start, pending_mark))
            if found and found[0][0] == p_start + 1:
                out.append([*pending, found.pop(0)])
            elif still_open is not None and still_open[0] == p_start:
                pending.append((p_start + 1, p_end))
                continue
        else:
            if pending is not None and pending_mark in _UNCLOSED_OK and _long_enough(text, pending[:1]):
                out.append(pending[:1])  # it ends at its paragraph's end, not at the end of a run of openers
                unclosed.add(pending[0][0])
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting) if p_start < p_end else ([], None)
        pending = None
        out.extend([[f] for f in found])
        if still_open is not None:
            pending, pending_mark = [(still_open[0] + 1, p_end)], still_open[1]
    return [parts for parts in out if any(a < b for a, b in parts)], unclosed


# Marks whose unclosed quote is still read (to its paragraph's end); single marks are as often apostrophes.
_UNCLOSED_OK = frozenset({"“", "«", "„", '"'})
# An unclosed quote needs this many words: a lone mark before a word or two is a typo or an inch sign.
_UNCLOSED_MIN_WORDS = 3


def _long_enough(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    return sum(len(text[a:b].split()) for a, b in parts) >= _UNCLOSED_MIN_WORDS


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
    spans, unclosed = _raw_spans(text, s.max_quote_nesting)
    for parts in _join_split(text, spans, s.max_join_gap_chars):
        joined = " ".join(text[a:b].strip() for a, b in parts) if len(parts) > 1 else text[parts[0][0] : parts[0][1]]
        speaker, span = find_speaker(text, parts, s.speaker_window_chars)
        if speaker is not None and last_speaker is not None and _role_only(speaker) and _has_name(last_speaker):
            speaker = last_speaker  # "the minister", "Речниця": the person named before in that role
        elif speaker is not None and speaker.split()[0].lower() in _PRONOUNS and len(speaker.split()) <= 2:
            # "he said", "сообщила она": who this paragraph last had speak ("Doe said the crew were safe."),
            # else the last named speaker, else the last full name in this paragraph and the one before
            floor = quotes[-1].end if quotes else 0
            speaker = _recent_subject(text, parts[0][0], floor) or last_speaker or _last_full_name(text, parts[0][0])
        elif speaker is None and quotes and "\n\n" not in text[quotes[-1].end : parts[0][0]]:
            speaker = quotes[-1].speaker  # the same paragraph goes on quoting the same speaker
        if speaker is not None:
            last_speaker = speaker
        quotes.append(RawQuote(tuple(parts), joined, speaker, span, any(a in unclosed for a, _ in parts)))
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
    role ("Minister Jane Doe", "Петренко" alone counts, one capitalised word being the whole phrase). Arabic
    script has no capitals: there a word that is no role and no definite noun counts, or a nisba surname
    ("الخرساني": the article, and the -ي ending of a family name)."""
    words = speaker.split()
    if words and all(_ARABIC_LETTER.match(w) for w in words):
        return any(
            not w.startswith(_roles()) and w not in _NP_STOP and len(w) >= 3
            and (not w.startswith("ال") or (w.endswith("ي") and len(w) >= 6))
            for w in words
        )  # fmt: skip
    if len(words) == 1:
        return words[0][:1].isupper() and not words[0].lower().startswith(_roles())
    return any(w[:1].isupper() and not w.lower().startswith(_roles()) for w in words[1:])


def _recent_subject(text: str, before: int, floor: int) -> str | None:
    """The named subject of the last speech verb in this paragraph before ``before`` (and after ``floor``, the
    previous quote): "Doe said all crew members were safe. “We …,” she said." gives Doe."""
    lo = max(floor, text.rfind("\n\n", 0, before) + 2)
    window = _mask(text[lo:before])
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", window)[:-1]):  # not the quote's own sentence
        np_, _ = _subject_of_last_verb(sentence, 0)
        if np_ and _has_name(np_) and not _role_only(np_) and np_.split()[0].lower() not in _PRONOUNS:
            return np_.replace(_LEADER, ".")
    return None


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


# The phrase after the verb ends at a comma or at a sentence's end ("— сказала Петренко. За її словами, …").
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,.:;–—-]*(?P<verb>{_VERB})\s+(?P<rest>(?:(?!\.\s+(?-i:[^\W\d_a-zа-яіїєґё]))[^,;!?\n\"“”«»]){{1,120}})", re.I
)
_AFTER_VERB_LAST = re.compile(
    rf"^[\s,:;–—-]*(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b", re.I
)
_BEFORE = re.compile(
    rf"(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b(?P<tail>[^.!?\n\"“”«»]{{0,120}})$",
    re.I,
)
# Any speech verb, and how far after the last one the quote may start for that verb to introduce it.
_VERB_ANY = re.compile(rf"(?<![\w-])(?:{_VERB})(?![\w-])", re.I)
_VERB_TAIL_CHARS = 120
# A name in apposition after a role ("…, Jane Doe, …"): two to four capitalised words, then a comma or the end.
_CAP = "[^\\W\\d_a-zа-яіїєґё]"
_APPOSITION = re.compile(rf"\s*,\s*(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{1,3}}{_CAP}[\w'’-]+)\s*(?:[,.;]|$)")
# A speech verb and its pronoun at the end of the sentence before the quote ("widersprach sie:").
_INVERTED_BEFORE = re.compile(rf"(?<![\w-])(?:{_VERB})\s+(?P<pro>\w+)\s*[:,]?\s*$", re.I)
# Frames that put the speaker after them ("according to X", "selon X", "بحسب X").
_ACCORDING_FRAMES = frozenset(lexicon.rows("according"))
_ACCORDING = re.compile(rf"(?:{_alternation(_ACCORDING_FRAMES)})\s+(?P<np>[^,،.;:\n\"“”«»]{{1,80}})", re.I)
# A sentence that opens with its speech verb, after at most a short adverbial ("في المقابل، قالت X، خلال …، إن"):
# the speaker is the phrase right after the verb, up to the first comma or the complementiser.
_VERB_FIRST_HEAD = re.compile(
    rf"^\s*(?:[^,،\"“”«»]{{1,60}}(?:[,،]|\s[-–—])\s*)?(?P<verb>{_VERB})\s+(?P<np>[^.!?\n\"“”«»:،,]{{1,90}}?)\s*(?:[,،:]|\s(?:إن|أن)(?!\w))",
    re.I,
)
_AUX_TAIL = re.compile(
    rf"(?:\s+(?:{_alternation(frozenset(lexicon.words_all('speaker_auxiliaries')))}))+\s*$", re.I
)
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
    np_, span = _find_speaker(text, parts, window)
    return (np_.replace(_LEADER, ".") if np_ else None), span


def _mask(s: str) -> str:
    """``s`` with each title's dot masked (same length: offsets hold)."""
    return _TITLE_DOT.sub(lambda m: m.group("t") + _LEADER, s)


def _find_speaker(
    text: str, parts: Sequence[tuple[int, int]], window: int
) -> tuple[str | None, tuple[int, int] | None]:
    start, end = parts[0][0], parts[-1][1]
    for a, b in itertools.pairwise(parts):  # "X," he said, "Y."
        gap = _mask(text[a[1] + 1 : b[0] - 1])
        found = _speaker_after(gap, a[1] + 1)
        if found[0]:
            return found
    after_end = min(len(text), end + 1 + window)
    after = _mask(text[end + 1 : after_end].split("\n\n")[0])
    # "X," she said / «X», – заявив: an attribution after the quote follows the quote's own punctuation.
    punctuated = text[start:end].rstrip()[-1:] in ",.!?…" or after.lstrip()[:1] in (",", "–", "—", "-")
    found = _speaker_after(after, end + 1, verb_last=punctuated)
    if found[0]:
        return found
    before_start = max(0, start - 1 - window)
    before = _mask(text[before_start : max(0, start - 1)].split("\n\n")[-1])
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
    if not words or not any(w[:1].isupper() for w in words):
        return None, None
    if len(words) > 7:  # a participle clause before the subject ("… belirten Kaya,") or after it
        words = _long_head_subject(words)
        if not words:
            return None, None
    np_ = " ".join(w.strip(",;:!?()[]") for w in words).strip(" .")
    return (np_ or None), (s_off, s_off + len(head))


def _long_head_subject(words: Sequence[str]) -> list[str]:
    """In a long sentence head, the subject: the capitalised words that end it ("… soruya Kaya"), else the
    first run of two or more capitalised words ("Vali Yardımcısı Mete Kaya de … öncesinde")."""
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    if k < len(words) and k > 0:
        return list(words[k:])
    run: list[str] = []
    for w in words:
        if w[:1].isupper():
            run.append(w)
        elif len(run) >= 2:
            return run
        else:
            run = []
    return run if len(run) >= 2 else []


def _speaker_after(after: str, offset: int, *, verb_last: bool = True) -> tuple[str | None, tuple[int, int] | None]:
    stop = re.search(r"[\"“”«»„]", after)
    if stop:
        after = after[: stop.start()]
    m = _INVERTED_AFTER.match(after)
    if m:
        return m.group("pro"), (offset + m.start("pro"), offset + m.end("pro"))
    m = _ACCORDING.match(after.lstrip(" ,–—-"))
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (offset, offset + len(after))
    m = _AFTER_VERB_FIRST.match(after)
    if m:
        np_ = _clean_np(_words(m.group("rest")), leading=True)
        if np_ and np_.lower() not in ("that",):
            described = _role_only(np_) or np_[:1].islower()  # "la ministre des Affaires étrangères"
            named = _APPOSITION.match(after, m.end("rest")) if described else None
            if named:  # "a déclaré la porte-parole du ministère, Jane Doe, lors de …": the name
                return named.group("name"), (offset + named.start("name"), offset + named.end("name"))
            return np_, (offset + m.start("verb"), offset + m.end("verb") + 1 + len(np_))
    m = _AFTER_VERB_LAST.match(after) if verb_last else None
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_:
            return np_, (offset + m.start("np"), offset + m.end("verb"))
    return None, None


def _speaker_before(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    m = _INVERTED_BEFORE.search(sentence)
    if m and m.group("pro").lower() in _PRONOUNS:  # "widersprach sie:"
        return m.group("pro"), (s_off + m.start("pro"), s_off + m.end("pro"))
    found = _subject_of_last_verb(sentence, s_off)  # "X said, according to a statement, that “…”": X
    if found[0]:
        return found
    m = _ACCORDING.search(before)
    if m and len(before) - m.end() < 10:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (offset + m.start(), offset + m.end())
    m = _VERB_FIRST_BEFORE.search(sentence)
    if m:
        np_ = _named_after_title(m.group("np")) or _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (s_off + m.start("verb"), s_off + m.end("np"))
        if sentence[: m.start("verb")].strip() == "":  # "وأضاف:" — the verb alone: the last speaker goes on
            return "he", (s_off + m.start("verb"), s_off + m.end("verb"))
    m = _VERB_FIRST_HEAD.search(sentence)
    if m:
        np_ = _named_after_title(m.group("np")) or _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("np"))
    m = _BEFORE.search(sentence)
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("verb"))
    m = _ACCORDING.search(sentence)  # "По словам министра, судно «…»": the frame opens the sentence
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_:
            return np_, (s_off + m.start(), s_off + m.end())
    return None, None


def _named_after_title(raw: str) -> str | None:
    """In an Arabic role phrase that runs on ("وزير الموارد المائية في جمهورية … الدكتور محمد جواد الخرساني"),
    the name after its honorific (lexicon ``name_titles``): up to four words."""
    words = _words(raw)
    at = [k for k, w in enumerate(words) if w in _NAME_TITLES]
    if not at or at[-1] == len(words) - 1:
        return None
    name = [w for w in words[at[-1] + 1 : at[-1] + 5] if w.lower() not in _NP_STOP]
    return " ".join(name) or None


_NAME_TITLES = frozenset(lexicon.words_all("name_titles"))


def _subject_of_last_verb(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the sentence's last speech verb before the quote, read across commas: "Jane Doe, head of
    the programme, said coverage had fallen “…”", "La ministra de Salud, Ana Ruiz, afirmó que …",
    "Asked about the reports, Doe said: …". A verb that opens the sentence is the verb-first rule's."""
    verbs = list(_VERB_ANY.finditer(sentence))
    m = verbs[-1] if verbs else None
    if m is None or len(sentence) - m.end() > _VERB_TAIL_CHARS:
        return None, None
    head = sentence[: m.start()]
    head = head[max(head.rfind(c) for c in "\"“”«»„") + 1 :]  # not into another quotation
    if head.rstrip().endswith(("-", "–", "—")):
        return None, None  # "PLACE (AGENCY) - announced X that …": a dateline, then a verb-first sentence
    aux = _AUX_TAIL.search(head)  # "Doe would not say": Doe
    return _subject_in(head[: aux.start()] if aux else head, s_off)


def _subject_in(head: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """Walk the comma segments of a subject back from the verb: a name wins; a role ("the minister") stands
    when no name is its apposition; a parenthetical ("в свою очередь", "por su parte") or an adverbial that
    opens the sentence ("In Kyiv") is passed over."""
    role: tuple[str | None, tuple[int, int] | None] = (None, None)
    for seg in reversed(list(re.finditer(r"[^,،]+", head))):
        raw = seg.group().strip()
        np_ = _clean_np(_words(raw), leading=False) if raw else None
        if np_ and _VERB_ANY.fullmatch(np_.split()[0]) and len(np_.split()) > 1:
            np_ = np_.split(maxsplit=1)[1]  # "وقال وزير …": the verb that opens a verb-first sentence
        if np_ and _VERB_ANY.fullmatch(np_.split()[-1]) and len(np_.split()) > 1:
            np_ = np_.rsplit(maxsplit=1)[0]  # "the mayor said, adding that …": the earlier verb's subject
        if not np_:
            continue
        span = (off + seg.start(), off + seg.end())
        if _role_only(np_):
            role = role if role[0] else (np_, span)
            continue
        first = raw.split()[0]
        if first[:1].islower() or first.lower() in _NP_STOP:
            continue
        if _has_name(np_):
            return np_, span
        break
    return role
