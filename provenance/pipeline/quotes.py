"""The quotes stage: every quotation in a text, joined across split attributions and paragraphs, with its speaker.

Quotation styles: "…", “…”, «…», „…“, ‘…’, ‹…›, ‚…‘, 「…」. Nested quotes belong to the outer one. A quote
split by an attribution (``"X," he said, "Y."``) is one quote whose parts are joined by a space; a quote
that runs over paragraphs (an unclosed quote whose next paragraph opens with the same mark) is one quote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.pipeline import resolve, speaker_owners, speaker_roles, speaker_subjects, speakers
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.markers.boilerplate import is_related_head
from provenance.pipeline.quote_echoes import echoes, sentence_shared
from provenance.settings import Settings, defaults
from provenance.text import DOUBLED_CLOSERS, SENTENCE_STOP, TATWEEL, lazy_pattern, paragraphs

# Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    "“": '”"»',  # English “…”, and the mixed “…" and “…» of hand-edited copy; „…“ is handled by „
    "«": "»”",  # and the mixed «…” of hand-edited copy
    "„": '“”"',  # and the mixed „…" of hand-edited copy (Hungarian and German web pages)
    "‘": "’",
    "‹": "›",
    "‚": "‘’",
    '"': '"”',  # and the mixed "…” of hand-edited copy (a ” that no “ opened closes it)
    "「": "」",
    "『": "』",
    "»": "«",  # German and Danish »…«
    "”": "”",  # Swedish and Finnish ”…”, and house styles that type the closing mark on both sides
    "'": "'’",  # British house styles' straight single marks ('wave the white flag'); an apostrophe never opens
}
# Marks that are also apostrophes or closers of other styles: they open only at the start of a word.
_WORD_START_ONLY = {"‘", '"', "‚", "»", "”", "'"}
# The split-quote gap, the nesting depth and the speaker window are Settings fields (max_join_gap_chars,
# max_quote_nesting, speaker_window_chars), with their reasons there.


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
        if nxt.isspace() and ch in '"”' and prev.isspace() and _SPACED_STRAIGHT.match(text, i):
            return True  # the house style that sets its marks apart: '" Grazie a tutti ", ha detto', '" Bu …." dedi'
        if (_is_letter(prev) and not _proclitic(text, i - 1)) or nxt.isspace() or (ch == "'" and not nxt.isalpha()):
            return False  # (a straight single mark before a digit is an elision: "'90s")
        if ch in "'\"" and _call_argument(text, i):
            return False
    return ch in PAIRS and not _LINE_END_MARK.match(text, i + 1)


# An opening mark with no word after it on its line ("…Telegram-канале.\n«\n\"Решения …\""): a stray mark a page's
# extraction left, no quote (one that ran on over the lines after it took in their quotes and attributions).
_LINE_END_MARK = re.compile(r"[ \t]*(?:\n|$)")


# A quote in straight double marks set apart by spaces, in one paragraph, closed by a mark after a space that no
# letter follows ('" Grazie a tutti ", ha detto X'): some sites' house style (and copy pasted from them).
# A typist's space after the opening mark only, the closing one after the words ('" Bu … yanlıştır." dedi'), and
# a closing curved mark typed to open ('İmamoğlu, ” Korkunun … yenileceksin” ifadesini'): a word opens the quote.
_SPACED_STRAIGHT = re.compile(
    r'(?P<m>["”])[ \t\u00a0](?:[^"”\n]{1,800}?\S[ \t\u00a0](?P=m)|(?=[^\W\d_])[^"”\n]{1,800}?[^\s"”](?P=m))(?![^\W\d_])'
)


def _call_argument(text: str, i: int) -> bool:
    """A straight mark right after a bracket glued to a word is code's string argument (``alert('x')``,
    ``f("id")``); prose sets a space before the bracket of a quote in brackets (``(the 'white flag')``)."""
    return i >= 2 and text[i - 1] in "([" and _is_letter(text[i - 2])


# Arabic conjunctions and prepositions of one letter written onto the next word, a quote mark included
# (و"…" : and "…"): the mark after them opens.
_PROCLITICS = frozenset("وفبلك")


def _proclitic(text: str, i: int) -> bool:
    if i > 0 and text[i] == TATWEEL:  # "لـ"…"": the letter drawn out before the mark
        i -= 1
    return i >= 0 and text[i] in _PROCLITICS and (i == 0 or not text[i - 1].isalnum())


_STOPS = frozenset(",.;!?…")


def _can_close(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if opener in '“"' and text[i : i + 2] in DOUBLED_CLOSERS:  # a double opener's, never a single one's
        return True
    before = text[i - 1 : i]
    if ch == opener and ch in "«“" and (before.isalnum() or before in _STOPS) and not text[i + 1 : i + 2].isalnum():
        return True  # «…« typed with the opening mark again: after a word or its stop ("Borea,“ he said")
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if opener == '"' and ch == "“" and i and not text[i - 1].isspace() and not _is_letter(nxt):
        return True  # the mixed "…“ of a page that types the low-high style's closing mark ("…“, допълни той)
    if ch not in PAIRS[opener]:
        return False
    if ch in "’'" and (_is_letter(nxt) or text[i - 1 : i].isspace()):  # an apostrophe: "coalition’s", "’90s"
        return False
    # a straight quote after a space and before a letter opens a nested quote instead
    return not _nested_straight(text, i)


def _nested_straight(text: str, i: int) -> bool:
    """A straight double mark after a space and before a letter: it does not close. It opens a quote inside the
    quote written with the same mark where a short name in marks follows ("… бійці групи "Вагнер"", - заявив
    він); a long run is a quote that went on unclosed into a new one, which closes the first."""
    prev, nxt = (text[i - 1] if i else " "), (text[i + 1] if i + 1 < len(text) else " ")
    return text[i] == '"' and prev.isspace() and _is_letter(nxt)


# A quoted name inside a quote: a closing straight mark within 40 characters and this many words, no sentence end
# between ("Вагнер", "Alpha Group"); a longer run is a new quote opened where the first was never closed.
_NESTED_NAME = re.compile(r'"[^"\n.!?,]{1,40}"')
NESTED_NAME_WORDS = 3


def _may_open(stack: list[tuple[int, str]], text: str, i: int) -> bool:
    """A mark may open unless it is the open quote's own closing mark, save a name in straight marks inside it."""
    if not _closes_top(stack, text[i]):
        return True
    name = _NESTED_NAME.match(text, i) if _nested_straight(text, i) else None
    return name is not None and len(name.group().split()) <= NESTED_NAME_WORDS


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
        elif ch in PAIRS and _can_open(text, i) and len(stack) < nesting and _may_open(stack, text, i):
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
    paras = [*_quote_paragraphs(text), (len(text), len(text))]
    for n, (p_start, p_end) in enumerate(paras):
        if pending is not None and len(pending) <= RUN_ON_PARAGRAPHS and _closed_further(text, paras, n, pending_mark):
            pending.append((p_start, p_end))  # «… hostilidades.\nEstoy alarmado …\nHe subrayado … guerra».: one quote
            continue
        if pending is not None and p_start < len(text) and text[p_start] == pending_mark:
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting, seed=(p_start, pending_mark))
            if found and found[0][0] == p_start + 1:
                out.append([*pending, found.pop(0)])
            elif still_open is not None and still_open[0] == p_start:
                pending.append((p_start + 1, p_end))
                continue
        elif pending is not None and (close := _closed_later(text, p_start, p_end, pending_mark)) is not None:
            out.append([*pending, (p_start, close)])  # “… concern.\n\nI have accepted that advice,” he said: one quote
            found, still_open = _scan_paragraph(text, close + 1, p_end, nesting)
        else:
            for part in pending or [] if pending_mark in _UNCLOSED_OK else []:
                if _long_enough(text, [part]):  # each ends at its paragraph's end, not at the end of a run of
                    shared = _SHARED_CLOSE.search(text, *part)  # openers that nothing closes (an excerpt cut off
                    out.append([(part[0], shared.start() + 1) if shared else _without_link(text, part)])  # (inside)
                    unclosed.update(() if shared else (part[0],))
            found, still_open = _scan_paragraph(text, p_start, p_end, nesting) if p_start < p_end else ([], None)
            if still_open is not None and (inner := _nested_unclosed(text, still_open, p_end)) is not None:
                # «a «b» и «c».: the first quote ends where the nested one opens; those are quotes of their own
                head = (still_open[0] + 1, still_open[0] + 1 + len(text[still_open[0] + 1 : inner].rstrip()))
                more, still_open = _scan_paragraph(text, inner, p_end, nesting)
                found = sorted([*found, head, *more])
            while still_open is not None and (cut := _reopened(text, still_open, p_end)) is not None:
                stop, again = cut  # the unclosed quote ends with its sentence; the quotes after it stand alone
                if _long_enough(text, [(still_open[0] + 1, stop)]):
                    out.append([(still_open[0] + 1, stop)])
                    unclosed.add(still_open[0] + 1)
                more, still_open = _scan_paragraph(text, again, p_end, nesting)
                found = [*found, *more]  # (nothing closed at the top after the unclosed mark)
        pending = None
        out.extend([[f] for f in found])
        if still_open is not None:
            pending, pending_mark = [(still_open[0] + 1, p_end)], still_open[1]
    return [parts for parts in out if any(a < b for a, b in parts)], unclosed


# A page's link line run on into the paragraph an unclosed quote ends with: a sentence stop, then a link symbol or
# none and a bare web address ("… per il bene dei popoli. 🔗Cdn.example.it"): the page's, not the speaker's words.
_LINK_TAIL = re.compile(
    r"(?<=[.!?…])[ \t]*(?:[\U0001F517\u2192\u27A1\u25B6][ \t]*)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}[ \t]*$", re.I
)


def _without_link(text: str, part: tuple[int, int]) -> tuple[int, int]:
    """An unclosed quote's span up to the link line its paragraph ends with, if any."""
    m = _LINK_TAIL.search(text, part[0], part[1])
    return (part[0], m.start()) if m else part


# A nested quote's closing mark that closes the quote around it too, a dash of speech after it ("«Госкорпорация
# «Роскосмос» поздравляет … аппарата «Чандраян-3», – говорится в сообщении": one "»" for two).
_SHARED_CLOSE = re.compile(r"[»”](?=[ \t]*[,.]?[ \t]*[–—][ \t])")


# Marks whose unclosed quote may close in the next paragraph without reopening there: their closer is no
# apostrophe and no opener ("”", "»"); a straight mark closes and opens alike.
_CLOSED_LATER = frozenset({"“", "«", "„"})


def _closed_later(text: str, start: int, end: int, mark: str) -> int | None:
    """Where the next paragraph closes a quote the paragraph before left open, when it opens with no mark of its
    own ("“Today, the committee met …\n\nI have accepted that advice,” Roe said."): a page's break inside the
    quote. None where the paragraph opens a quote of the mark's kind first, or closes none."""
    if mark not in _CLOSED_LATER:
        return None
    for i in range(start, end):
        if text[i] in PAIRS and text[i] == mark and _can_open(text, i):
            return None
        if _can_close(text, i, mark) and text[i] not in (mark, '"'):  # (a straight mark opens as often)
            return i
    return None


# Paragraphs with no mark of their own that a quote left open may run over before a later paragraph closes it: a
# short statement reprinted whole under one pair of marks, one paragraph a line. Further on, or past any mark, the
# quote ended unclosed and the paragraphs are the writer's.
RUN_ON_PARAGRAPHS = 3


def _closed_further(text: str, paras: Sequence[tuple[int, int]], n: int, mark: str) -> bool:
    """Paragraph ``n`` holds no double quote mark, nor do those after it, until one that closes the open quote
    (:func:`_closed_later`) within :data:`RUN_ON_PARAGRAPHS` paragraphs."""
    for k in range(n, min(n + RUN_ON_PARAGRAPHS + 1, len(paras))):
        a, b = paras[k]
        if a >= len(text):
            return False
        if any(c in _RUN_ON_MARKS for c in text[a:b]):
            return k > n and _closed_later(text, a, b, mark) is not None
    return False


_RUN_ON_MARKS = frozenset('“”«»„"‹›「」『』')  # (single marks are apostrophes as often)


def _nested_unclosed(text: str, still_open: tuple[int, str], end: int) -> int | None:
    """Where the first nested quote opens inside an open quote whose line ends with its closing mark ("в целях
    «пресечения … Армении «с наших территорий» и «восстановления … Республики»."): copy that nests with the same
    mark and closes once leaves the first quote open; it ends where the nested one opens, and the nested ones are
    quotes of their own, not a quote run on into a later paragraph that happens to open with the mark; so where a
    nested quote with the first one's own curved mark closes inside the line and the next paragraph opens with
    the mark."""
    at, mark = still_open
    line_end = text.find("\n", at, end)
    line = text[at : end if line_end == -1 else line_end].rstrip(" \t.,;!?")
    if len(line) < 2 or line.count(mark) < 2:
        return None
    inner = line.index(mark, 1)
    if line[-1] in PAIRS.get(mark, ""):
        return at + inner
    # … or a nested quote with the outer's own curved mark closed inside the line, before a paragraph that opens
    # with the mark ("called the vote “rigged, and the count “a farce” in a letter.\n\n“We …"): English nests
    # with single marks, so the first mark was left open by mistake and the quote does not run on into that
    # paragraph
    closer = PAIRS.get(mark, "")
    closed = mark != '"' and mark not in closer and any(c in closer for c in line[inner + 1 :])
    return at + inner if closed and text[end:].lstrip()[:1] == mark else None


# A line that closes a sentence, then a line that a quote mark or a capital opens: a paragraph break on a page that
# sets one paragraph per line ("“… of ISIS.\n“Eight personnel …": a quote run over paragraphs, each reopened by its
# mark; "« … familles.\nLe président … : « … »": a quote left open, which a later one's closing mark must not close).
_LINE_PARAGRAPH = re.compile(
    r"(?<=[.!?…:\"”»])[ \t]*\n(?=[ \t]*[“«„\"])|(?<=[.!?…])[ \t]*\n(?=[ \t]*[^\W\d_a-zà-ÿа-яёіїєґ])"
)


def _quote_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs quotes are read in: blocks between blank lines, cut where a line closing a sentence is
    followed by one a quote mark opens."""
    out: list[tuple[int, int]] = []
    for a, b in paragraphs(text):
        for m in _LINE_PARAGRAPH.finditer(text, a, b):
            out.append((a, m.start()))
            a = m.end()
            while a < b and text[a] in " \t":
                a += 1
        out.append((a, b))
    return [(a, b) for a, b in out if a < b]


def _reopened(text: str, still_open: tuple[int, str], end: int) -> tuple[int, int] | None:
    """Where a quote that nothing closes ends when its own mark opens another after a sentence stop ("“… near
    Russia's borders.\nAccording to him … a “real provocation”"): a writer who nests a quote uses the other
    mark, so the mark reopened is a new quote and the unclosed one ended with its sentence. (The end of its last
    sentence before that mark, the mark's position.) None when the mark does not come again after a stop."""
    at, mark = still_open
    if mark not in _UNCLOSED_OK:
        return None
    j = text.find(mark, at + 1, end)
    while j != -1 and not _can_open(text, j):
        j = text.find(mark, j + 1, end)
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, at + 1, j)] if j != -1 else []
    return (stops[-1], j) if stops else None


# Marks whose unclosed quote is still read (to its paragraph's end); single marks are as often apostrophes.
_UNCLOSED_OK = frozenset({"“", "«", "„", '"'})
# An unclosed quote needs this many words: a lone mark before a word or two is a typo or an inch sign.
_UNCLOSED_MIN_WORDS = 3


def _long_enough(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    return sum(len(text[a:b].split()) for a, b in parts) >= _UNCLOSED_MIN_WORDS


@functools.cache
def _join_gap(gap: int) -> re.Pattern[str]:
    """An attribution between the parts of a split quote: up to ``gap`` characters, a speech verb, a comma; on one
    line (a quote that ends its paragraph and one the next paragraph's sentence opens are two quotes)."""
    return re.compile(
        rf"^[^\S\n]*[^.!?\"“”«»„\n]{{0,{gap}}}\b{speakers.VERB}\b[^.!?\"“”«»„\n]{{0,40}}[,:][^\S\n]*$", re.I
    )


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


# Direct speech that a dash opens at a paragraph's start and a dash before its speech verb closes, as Ukrainian,
# Russian and Polish news print it ("– Останні сорок метрів – найнебезпечніші, – сказав він."; Polish portals
# type a hyphen: "- Nie widzę powodu - mówi X."): the words between.
_DASH_SPEECH = lazy_pattern(rf"[-–—][ \t]+(?P<q>[^\n]+?)[,!?…]?[ \t]+[-–—][ \t]+(?=(?i:{speakers.VERB})(?![\w-]))")


# Words at least of speech a hyphen opens (a dash is a typesetter's; a hyphen also opens the items of a list).
HYPHEN_SPEECH_MIN_WORDS = 3


def _dash_speech(text: str, spans: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Dash-led direct speech at a paragraph's start, or after a sentence's end in it ("… ogłosił zerwanie umowy.
    – Porozumienia … – przekazał."), that no quote marked otherwise overlaps."""
    taken = [(parts[0][0], parts[-1][1]) for parts in spans]
    out: list[list[tuple[int, int]]] = []
    for a, b in paragraphs(text):
        whole = _after_colon(text, a, b)  # "X dedi:\n\n- Şu anda …": the paragraph is the speech the colon opens
        if whole is not None and not any(x < whole[1] and whole[0] < y for x, y in taken):
            out.append([whole])
            taken.append(whole)
            continue
        inside = (*_SENTENCE_THEN_DASH.finditer(text, a, b), *_LINE_THEN_DASH.finditer(text, a, b))
        starts = [a, *sorted(m.end() for m in inside)]
        for m in (_DASH_SPEECH.match(text, at, b) for at in starts):
            if m is None or (text[m.start()] == "-" and len(m.group("q").split()) < HYPHEN_SPEECH_MIN_WORDS):
                continue  # "- Roads - said to be closed": a list's item, not speech a typed hyphen opens
            q0, q1 = m.start("q"), m.end("q")
            if not any(x < q1 and q0 < y for x, y in taken):
                out.append([(q0, q1)])
                taken.append((q0, q1))
    return out


# A paragraph a dash opens under a line that ends in a verb of saying and a colon ("X şunları söyledi:\n\n- Şu
# anda …"): the paragraph is the speech, a sentence at least, no list's item (a capital first, a stop last, this many
# words). Without the dash, no: a paragraph under "He also posted a video:" is as often the story going on.
COLON_SPEECH_MIN_WORDS = 8
_COLON_DASH = re.compile(r"[-–—][ \t]+(?=[^\W\d_])")


def _after_colon(text: str, a: int, b: int) -> tuple[int, int] | None:
    m = _COLON_DASH.match(text, a, b)
    body = text[m.end() : b].rstrip() if m else ""
    if m is None or not body[:1].isupper() or body[-1:] not in ".!?…" or len(body.split()) < COLON_SPEECH_MIN_WORDS:
        return None
    e = a
    while e and text[e - 1].isspace():  # the line above, its blanks left out (no copy of the text before it)
        e -= 1
    line = text[text.rfind("\n", 0, e) + 1 : e]
    verb = speakers.VERB_ANY.search(line)
    # a subject before the verb, and no related-links label ("Read more:", "Also read:")
    if not line.endswith(":") or verb is None or not line[: verb.start()].strip() or is_related_head(line):
        return None
    return m.end(), m.end() + len(body)


# A sentence's end, then the dash that opens direct speech in the same paragraph (a typographer's dash only).
_SENTENCE_THEN_DASH = re.compile(r"(?<=[.!?…])[ \t]+(?=[–—][ \t])")
# ... or at a line's start inside a paragraph: a page's text often keeps one line per paragraph, no blank line
# between ("… rekao je ministar.\n- Akcija je u toku - kazao je X."): a line that a dash opens is a paragraph's start.
_LINE_THEN_DASH = re.compile(r"(?<=\n)[ \t]*(?=[-–—][ \t])")


# An attribution set off by dashes inside one pair of quote marks, as Russian and Ukrainian write it
# («Он находился в зоне, — пояснила представитель МИД, — где лов разрешён»): the dashes and the words between
# them are not the speaker's; the quote is the two parts around them, like a split quote.
# The closing dash may stand right after the words ("- dice Bergoglio- conosce") or before a stop ("– prosegue -. Con").
_INTERJECTION = re.compile(
    r",?[ \t]+[-–—]{1,2}[ \t]+(?P<attr>[^«»\"“”„\n–—]{3,80}?),?[ \t]*[-–—]{1,2}(?:[ \t]+|(?=[.,;:!?…]))"
)


# ... or set off by commas, as French, Spanish, Italian and Portuguese leave the incise inside the marks
# («Le dossier, explique la procureure de Paris, Laure Roe. D'autres services …»): a speech verb first, then its
# subject (an article, a capitalised name or an inverted pronoun), then a comma before the words going on in lower
# case or a full stop before a new sentence of the quote.
_INCISE = re.compile(
    r",[ \t]+(?P<attr>[^«»\"“”„\n,.;:!?()]{3,80}?(?:,[ \t]+(?:[^\W\d_a-zà-ÿ][\w'’-]*[ \t]*){1,3})?)"
    r"(?:,[ \t]+(?=[^\W\d_A-ZÀ-ÞА-Я])|\.[ \t]+(?=[^\W\d_a-zà-ÿа-я]))"
)
_INVERTED = re.compile(r"[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles|on)(?![\w-])", re.I)  # "dit-il", "a-t-elle"


def _without_interjections(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in parts:
        m = _interjection(text, a, b) or _incise(text, a, b)
        out += [(a, m.start()), (m.end(), b)] if m else [(a, b)]
    return out


def _incise(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first incise inside ``a:b`` that a speech verb opens with its subject after it: a name, a role after
    its article ("la procureure", "l'ambassadeur"), or the verb's inverted pronoun ("dit-il")."""
    pos = a
    while (m := _INCISE.search(text, pos, b)) is not None:
        if m.end() >= b:
            return None  # words after the quote's last comma close it: no incise inside
        attr = m.group("attr")
        verb = speakers.VERB_ANY.match(attr)
        after = attr[verb.end() :].split() if verb else []
        if _INVERTED.match(attr) or (after and _subject(after)):
            return m
        pos = m.start() + 1
    return None


def _subject(words: Sequence[str]) -> bool:
    first = words[0].strip(",")
    if first[:1].isupper():
        return True
    if first[:2] in ("l'", "l’"):
        return speaker_roles.is_role(first[2:])
    return (
        first.casefold() in speaker_roles.DEFINITE_WORDS
        and len(words) > 1
        and speaker_roles.is_role(words[1].strip(","))
    )


def _interjection(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first pair of dashes inside ``a:b`` around a verb of saying; a dash of an editor's note before it
    ("(Сирийской Арабской Республики. - Прим. БЕЛТА)") opens no attribution, so the next dash is tried."""
    pos = a
    while (m := _INTERJECTION.search(text, pos, b)) is not None:
        verb = speakers.VERB_ANY.search(attr := m.group("attr"))
        # (not a passive: "– and this can now be stated publicly –" is the speaker's aside, no credit)
        passive = verb is not None and speaker_roles.passive(attr[: verb.start()], verb.group(), attr[verb.end() :])
        if verb and not passive and m.start() > a and m.end() < b:
            return m
        pos = m.start() + next(k for k, c in enumerate(m.group()) if c in "-–—") + 1
    return None


def extract(text: str, settings: Settings | None = None, *, posts: bool = True) -> list[RawQuote]:
    """Every quotation of ``text`` in order, with the speaker the text gives it (pronouns resolved). ``posts``: an
    embedded post under its signature line is its signer's quotation (an article's; a source's posts are its own
    words, and their signature is evidence only: :func:`provenance.pipeline.attribution.annotate_source`)."""
    s = settings or defaults()
    quotes: list[RawQuote] = []
    headline = speaker_subjects.headline_speaker(text)  # "Зеленский: …" over the story
    last_speaker: str | None = headline
    previous: tuple[int, str | None] | None = None  # the end and the speaker of the last quote whose voice goes on
    posts_found = _signed_posts(text) if posts else []
    found, unclosed = _found(text, s, posts_found)
    signed = dict(posts_found)
    for parts in found:
        joined = " ".join(text[a:b].strip() for a, b in parts) if len(parts) > 1 else text[parts[0][0] : parts[0][1]]
        speaker, span = resolve.attribute(text, parts, s.speaker_window_chars, last_speaker, previous)
        if parts[0] in signed:  # an embedded post: its signature names who wrote it
            speaker, span = signed[parts[0]]
        if speaker is None and headline and not quotes and _opens_paragraph(text, parts[0][0]):
            speaker = headline  # the story opens with the words of the one its headline names
        # a phrase cited from someone's statement inside another's reaction: the reaction's speaker goes on
        if _outlet_name(text, parts):  # "сообщает РИА «Новости»": an outlet's name in marks, nobody's words
            speaker, span = None, None
        elif speaker is None or not speaker_owners.cites_owner(text, parts, s.speaker_window_chars):
            previous = (parts[-1][1], speaker)
            last_speaker = speaker if speaker is not None else last_speaker
        quotes.append(RawQuote(tuple(parts), joined, speaker, span, any(a in unclosed for a, _ in parts)))
    return echoes(sentence_shared(text, quotes))


def quotation_parts(text: str, settings: Settings | None = None) -> list[tuple[int, int]]:
    """The parts of every quotation of ``text`` in order, as :func:`extract` finds them, without their speakers
    (the library's vector search reads the quoted words; the speakers are most of extract's cost)."""
    return [p for parts in _found(text, settings or defaults(), _signed_posts(text))[0] for p in parts]


def _found(
    text: str, s: Settings, posts: Sequence[tuple[tuple[int, int], object]] = ()
) -> tuple[list[list[tuple[int, int]]], set[int]]:
    """Every quotation's parts in order (marks, dashes of speech, ``posts``' spans that no marked quote overlaps,
    joins, interjections left out), and the starts of those no mark closes."""
    spans, unclosed = _raw_spans(text, s.max_quote_nesting)
    spans += _dash_speech(text, spans)
    taken = [(parts[0][0], parts[-1][1]) for parts in spans]
    spans += [[post] for post, _ in posts if not any(a < post[1] and post[0] < b for a, b in taken)]
    spans = sorted(spans, key=lambda parts: parts[0][0])
    return [_without_interjections(text, parts) for parts in _join_split(text, spans, s.max_join_gap_chars)], unclosed


# An embedded post's signature line, as a page's text keeps it under the post's words: "— Jane Doe (@janedoe) May
# 4, 2027". The fewest words of such a post read as its author's quotation.
_POST_SIGNATURE = re.compile(r"(?m)^[ \t]*[—–][ \t]*(?P<name>[^\n(@—–]{3,60}?)[ \t]*\(@\w{1,30}\)")
POST_MIN_WORDS = 5


def _signed_posts(text: str) -> list[tuple[tuple[int, int], tuple[str, tuple[int, int]]]]:
    """Embedded posts: the line just above a signature line (a blank line between allowed), the words the one who
    signed wrote, with the name and where it stands."""
    out = []
    for m in _POST_SIGNATURE.finditer(text):
        end = text.rfind("\n", 0, m.start())
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)  # past a blank line between the post and its signature
        line = text[(start := text.rfind("\n", 0, max(end, 0)) + 1) : end] if end > 0 else ""
        a, b = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        if len(line.split()) >= POST_MIN_WORDS:
            out.append(
                ((a, b), (m.group("name").strip(), (m.start("name"), m.start("name") + len(m.group("name").strip()))))
            )
    return out


def _outlet_name(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    """The quote is an outlet's name in marks, alone or after the word that opens it ("«Интерфакс»", "РИА
    «Новости»"; lexicon outlets): a name the text cites, no voice that a later quote goes on with."""
    if len(parts) > 1:
        return False
    a, b = parts[0]
    name = text[a:b].strip()
    before = text[max(0, a - 30) : a].rstrip(' \t"«“„').split()
    return name in OUTLETS or (bool(before) and f"{before[-1]} {name}" in OUTLETS)


def _opens_paragraph(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(' \t"“”«»„-–—')
