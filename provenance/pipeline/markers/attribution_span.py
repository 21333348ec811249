"""How far an attribution phrase reaches: the channel, venue and time it names after its verb and source,
"told reporters at a news conference in Borea", "wrote on Telegram", "a-t-il estimé devant la presse",
"написав міністр у Telegram", "sagte Roe am Dienstag in Orlin", "وقال مارك للصحفيين في بوريا".

An attribution phrase grows over such a tail only where the whole tail, to the clause's end (punctuation, a
line's end, or a complementiser such as "that"), is made of them: prepositions that open a channel, venue or
time (lexicon ``attribution_tail_openers``), the channels and documents (``attribution_channels``,
``speech_documents``: "reporters", "social media", "briefing", "statement") and the small words around them
(``attribution_tail_words``), capitalised words, numbers, months and weekdays. A tail that runs into
any other word ("said on Tuesday the dam was …") is the reported statement itself, and the phrase stays as it
was. Turkish puts its channel before the verb ("sosyal medyadan paylaştığı videoda"); it has no tail here.

A frame that opens the sentence and names the occasion ("In a televised address on Saturday morning, Marek
said", "In a statement carried on state-run media, the ministry said") is part of the phrase as well: a clause
of the same words, opened by one of the prepositions and closed by a comma right before the attribution, with a
channel or document among its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from provenance.pipeline.markers._base import ARABIC, LANGS, MONTHS, is_cap, is_outlet_name, mk, rows_of, words_of
from provenance.pipeline.markers.byline import NAME_PARTICLES  # "Ayman al Safadi", "Osama bin Laden"
from provenance.pipeline.speaker_phrases import _sent_to
from provenance.report import Marker

# Longest tail taken, in words: "at the UN headquarters in New York on Tuesday" is nine.
TAIL_MAX_WORDS = 10

_OPENERS = frozenset(w.casefold() for w in rows_of("attribution_tail_openers", LANGS))
_CHANNELS = tuple(
    w.casefold().rstrip("*")
    for concept in ("attribution_channels", "speech_documents")
    for w in rows_of(concept, LANGS)
)
_ENTRIES = [
    w.casefold() for concept in ("attribution_tail_words", "attribution_channels", "speech_documents")
    for w in rows_of(concept, LANGS)
]  # fmt: skip
_WORDS = frozenset(w for w in _ENTRIES if not w.endswith("*"))
_STEMS = tuple(w[:-1] for w in _ENTRIES if w.endswith("*"))
_COMPLEMENTISERS = words_of("complementisers") | words_of("tail_complementisers")
# A tail word: letters, digits and the joins inside a name ("Facebook-Seite", "U.N.", "@borea_gov").
_WORD = re.compile(r"[@#]?[\w'’\-]+(?:\.(?=\w)[\w'’\-]*)*\.?")
_SPACE = re.compile(r"[ \t]+")
# What closes a clause: punctuation, a quotation mark, a dash, a line's end.
_CLAUSE_END = frozenset('.,;:!?…"“”«»„()[]—–\n')
# Arabic has no capitals: a place after "في" ("in") counts where it closes the clause ("في نيويورك"); after
# "على" it is an object as often ("ردت على الانتقادات").
_PLACE_PREPOSITIONS_AR = frozenset(("في", "فى"))


# The stop that closes an attribution phrase and is printed as part of it ("Biden said.", "Scholz:").
_CLOSING_STOPS = frozenset(".,:;،")
# Longest frame before an attribution, in words: "In a five-minute televised address on Saturday morning" is nine.
HEAD_MAX_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…\n][\"”»’)]*[ \t]+|\n")


def with_tails(text: str, markers: Iterable[Marker]) -> list[Marker]:
    """Each attribution phrase grown over the channel, venue and time that close its clause (and the stop after
    them), and over the frame that opens its sentence; the rest as given."""
    out = []
    for m in markers:
        if m.kind != "attribution":
            out.append(m)
            continue
        end = _apposed_end(text, m.end) or m.end
        end = _tail_end(text, end) or end
        end = _renamed(text, end) or end
        if (k := _TR_LEAD_IN.match(text, end)) is not None:
            end = k.end()  # "açıklamada, şu ifadelere yer verildi:": the words that announce the quote
        elif ARABIC.match(m.text) and (k := _AR_COMPLEMENTISER.match(text, end)):
            end = k.end()  # "وقال الوزير إن": the particle that opens what was said is the frame's last word
        elif (k := _COMPLEMENTISER.match(text, end)) is not None:
            end = k.end()  # "The ministry added that", "заявил, что": the word that opens what was said
        if text[end : end + 1] in _CLOSING_STOPS and not text[end + 1 : end + 2].isalnum():
            end += 1  # "Biden said.", "Peskov said:": the phrase with the stop that closes it
        start = _head_start(text, m.start)
        dash = _DASH_BEFORE.search(text, max(0, m.start - 6), m.start)
        if start is None and dash is not None:
            start = dash.start("dash")  # "», — сказал Путин": the dash that opens the attribution after the quote
        if end == m.end and start is None:
            out.append(m)
        else:
            out.append(mk(text, m.kind, start if start is not None else m.start, end, dict(m.value)))
    return out


# A closing quotation mark or the comma of a dash-led speech, and a dash right before the phrase (Russian and
# Ukrainian typography: "», — сказал", "– Те, що сталося …, – зазначив").
_DASH_BEFORE = re.compile(r"(?:[»”\"][ \t]*,?|,)[ \t]*(?P<dash>[-–—])[ \t]*$")


# A role set off by commas after the source's name, before its channel or the clause's end ("said Jane Roe, the
# country's foreign minister, on X."): at most this many words, one of them a role (lexicon person_roles).
APPOSITION_MAX_WORDS = 10
_ROLES = frozenset(w.casefold() for w in rows_of("person_roles", LANGS))
_APPOSITION = re.compile(r",[ \t]+(?P<app>[^,.;:!?\n\"“”«»()]{3,120}?)(?=[ \t]*[,.;!?\n]|$)")


def _apposed_end(text: str, pos: int) -> int | None:
    """The end of a role in commas right after ``pos`` when a channel or the clause's end follows it, or None."""
    m = _APPOSITION.match(text, pos)
    if m is None or text[pos - 1 : pos].isspace():
        return None
    words = [w.group().rstrip(".").casefold() for w in _WORD.finditer(m.group("app"))]
    if not words or len(words) > APPOSITION_MAX_WORDS or not any(w in _ROLES for w in words):
        return None
    if any(w in _COMPLEMENTISERS for w in words):
        return None  # "…, adding that the minister …": a clause, not a description
    after = m.end()
    if text[after : after + 1] == ",":
        tail = _tail_end(text, after + 1)
        return after + 1 if tail is not None and _closes(text, tail) else None  # ", …, on X." (the tail is read next)
    return after if _closes(text, after) else None


# Turkish announces a quote after its statement's frame: "şu ifadelere yer verildi:", "şu ifadeler kullanıldı:",
# "şunları söyledi:", "şöyle dedi:".
_TR_LEAD_IN = re.compile(
    r",?[ \t]+(?:şu[ \t]+ifadeler(?:e|i)?[ \t]+(?:yer[ \t]+ver|kullan)\w*"
    r"|şunları[ \t]+(?:söyle|kaydet|belirt|ifade[ \t]+et)\w*"
    r"|şöyle[ \t]+(?:de|konuş)\w*)[ \t]*:"
)
_AR_COMPLEMENTISER = re.compile(r"[ \t]*(?:إن|أن|إنّ|أنّ)(?![\w\u064b-\u065f])")
# ... and in the other languages (lexicon complementisers: "that", "что", "que"), after a comma where the language
# sets one; French "qu'" glued to the next word.
_COMPLEMENTISER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?i:{'|'.join(sorted(rows_of('complementisers'), key=len, reverse=True))})(?![\w'’])|[Qq]u['’])"
)


def _head_start(text: str, pos: int) -> int | None:
    """Where a frame naming the occasion opens the sentence before ``pos`` ("In a video published on Saturday,
    "), or None."""
    lo = max(0, pos - 200)
    window = text[lo:pos]
    if not window.rstrip(" \t").endswith(","):
        return None
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    clause = window[cut:].rstrip(" \t")[:-1]
    words = [w.group().rstrip(".") for w in _WORD.finditer(clause)]
    if not words or len(words) > HEAD_MAX_WORDS or words[0].casefold() not in _OPENERS or not is_cap(words[0]):
        return None
    if re.search(r"[,;:!?\"“”«»()]", clause) or not any(w.casefold().startswith(_CHANNELS) for w in words):
        return None
    if not all(w.casefold() in _OPENERS or _known(w, w.casefold()) for w in words[1:]):
        return None
    return lo + cut + (len(clause) - len(clause.lstrip()))


def _tail_end(text: str, pos: int) -> int | None:
    """Where the tail after ``pos`` ends, or None when there is none that closes the clause."""
    end, words, pending, i, opener = pos, 0, False, pos, ""
    if text[pos : pos + 1].isalnum():
        return None  # the phrase ends inside a word
    while words <= TAIL_MAX_WORDS:
        gap = _SPACE.match(text, i)
        j = gap.end() if gap else i
        if pending and (named := _QUOTED_CHANNEL.match(text, j)) is not None:
            end, words, i, pending = named.end(), words + 1, named.end(), False  # 'على "إكس"', 'on «X»'
            continue
        if j >= len(text) or text[j] in _CLAUSE_END:
            break
        w = _WORD.match(text, j)
        if w is None:
            return None
        word = w.group().rstrip(".")
        low = word.casefold()
        if low in _COMPLEMENTISERS:
            break  # "said on Telegram that …": the reported clause begins
        stop = j + len(word)
        if low in _OPENERS and not pending:
            pending, opener = True, low  # an opener needs a word of its own after it
        elif words == 0 and not opener and _named_only(word, low):
            return None  # "said Borea “…”": a name right after the verb is its object, not a venue
        elif _known(word, low):
            pending = False
        elif opener in _PLACE_PREPOSITIONS_AR and (place := _arabic_place(text, j)) is not None:
            stop, pending = place, False  # "في البيت الأبيض": the place, to the clause's end
        else:
            return None
        end, words, i = stop, words + 1, stop
    return end if pos < end and not pending and words <= TAIL_MAX_WORDS else None


# A channel's name in quote marks after its opener ('في تغريدة على "إكس"', "sur «X»"): one or two words.
_QUOTED_CHANNEL = re.compile(r"[\"“«„](?P<name>[^\W\d_][\w.\-]*(?:[ \t][^\W\d_][\w.\-]*)?)[\"”»“]")
# A platform's former name after its channel: "(former Twitter)", ", formerly Twitter", ", anteriormente conocida
# como Twitter" (lexicon former_name_cues), closed by a bracket or the clause's end.
_CUES = "|".join(re.escape(c) for c in sorted(words_of("former_name_cues"), key=len, reverse=True))
_RENAMED = re.compile(rf"[ \t]*(?P<open>\(|,)[ \t]*(?i:{_CUES})[ \t]+(?P<name>[^\W\d_][\w.-]*)(?P<close>\))?")


def _renamed(text: str, pos: int) -> int | None:
    """The end of a platform's former name right after ``pos``, or None."""
    m = _RENAMED.match(text, pos)
    if m is None or (m.group("open") == "(") != bool(m.group("close")):
        return None
    if not (is_cap(m.group("name")) or ARABIC.match(m.group("name"))) or not _closes(text, m.end()):
        return None
    return m.end()


# An elided French article before a name: "de l'ONU", "d'Ukraine".
_ELIDED = re.compile(r"^[ldLD]['’](?=\w)")


def _named_only(word: str, low: str) -> bool:
    """A tail word known only by its capital: a name, which needs an opener before it ("in Orlin")."""
    return _known(word, low) and not (
        low in _WORDS or low.startswith(_STEMS) or low in MONTHS or low.isdigit() or is_outlet_name(word)
    )  # ("told Reuters": an outlet is a channel)


def _known(word: str, low: str) -> bool:
    bare = _ELIDED.sub("", word)
    return (
        low in _WORDS
        or low.startswith(_STEMS)
        or low in MONTHS
        or low.isdigit()
        or (is_cap(bare) and not ARABIC.match(bare))
    )


# An Arabic place after "في" is at most this many words ("في البيت الأبيض", "في مؤتمر ميونيخ للأمن").
AR_PLACE_WORDS = 3


def _arabic_place(text: str, pos: int) -> int | None:
    """The end of the Arabic words from ``pos`` to the clause's end, when they are that close to it."""
    i = pos
    for _ in range(AR_PLACE_WORDS):
        w = _WORD.match(text, i)
        if w is None or not ARABIC.match(w.group()) or w.group() in _COMPLEMENTISERS:
            return None
        i = w.end()
        if _closes(text, i):
            return i
        gap = _SPACE.match(text, i)
        i = gap.end() if gap else i
    return None


def _closes(text: str, pos: int) -> bool:
    """Nothing but the clause's end (or a complementiser) follows ``pos``."""
    gap = _SPACE.match(text, pos)
    j = gap.end() if gap else pos
    if j >= len(text) or text[j] in _CLAUSE_END:
        return True
    w = _WORD.match(text, j)
    return w is not None and w.group().casefold() in _COMPLEMENTISERS


def without_tail(phrase: str) -> str:
    """A speaker phrase without the channel, venue or time a rule read into it ("Jane Roe sur Telegram" -> "Jane
    Roe"): cut before the first lower-case opener from which the rest of the phrase is a whole tail."""
    for m in re.finditer(r"[ \t]+(?=(\S+))", phrase):
        word = m.group(1)
        if word in ("to", "at") and _sent_to(phrase[: m.start()].rsplit(None, 1)[-1]):
            continue  # "Borea's mission to the United Nations", "the envoy to Orlin": the role's complement
        if _surname_particle(phrase, m.start(), m.end() + len(word)):
            continue  # "Ayman al Safadi": the particle of a name's last word, not a tail "al Gobierno"
        if word.casefold() in _OPENERS and word[:1].islower() and m.start() > 0:
            end = _tail_end(phrase, m.start())
            if end is not None and end >= len(phrase.rstrip(" .,;:")):
                return phrase[: m.start()]
    return phrase


_BODY_NOUNS = words_of("speaker_bodies")  # "al Gobierno": a body's noun, read without transliteration here


def _surname_particle(phrase: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is a name's particle between a capitalised word and the phrase's one last
    capitalised word, which is no body's noun ("Ayman al Safadi"; "Sánchez al Gobierno" is a tail)."""
    before, rest = phrase[:start].split(), phrase[end:].split()
    return (
        phrase[start:end].strip() in NAME_PARTICLES
        and bool(before) and is_cap(before[-1])
        and len(rest) == 1 and is_cap(rest[0]) and rest[0].strip(" .,;:").casefold() not in _BODY_NOUNS
    )  # fmt: skip


__all__ = ["TAIL_MAX_WORDS", "with_tails", "without_tail"]
