"""Speakers: who a text credits a quotation to, in eight languages.

The phrase around the quote is read first (a speech verb and its subject, before or after the quote, split
attributions, inversions, "according to" frames, verb-first Arabic, verb-final Turkish); then pronouns and
roles are resolved back to the person the paragraph named, and a quote with no attribution of its own goes on
from the quote or the sentence before it. Every word list lives in ``provenance/lexicon/data/``
(``speech_verbs``, ``speaker_stops``, ``person_roles``, ``pronouns``, ...).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import variants


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of the words, longest first (a frame before the verb it starts with)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# Speech verbs and attribution frames in every language the lexicon holds (``speech_verbs.LANG.txt``).
SPEECH_VERBS = _alternation(lexicon.words_all("speech_verbs"))
VERB = rf"(?:{SPEECH_VERBS})"
_VERB = VERB
# Words that end a speaker's noun phrase ("said the Pentagon | in a statement on Thursday").
_NP_STOP = frozenset(w.lower() for w in lexicon.words_all("speaker_stops"))
_PRONOUNS = frozenset(w.lower() for w in lexicon.words_all("pronouns"))
# Adverbs that may stand between a speaker and the verb, or open the phrase ("also", "також", "auch").
_ADVERBS = frozenset(w.lower() for w in lexicon.words_all("speaker_adverbs"))
_WORDS = re.compile(r"[\w'’.\u2024\u064b-\u065f\u0670-]+", re.UNICODE)
_ARABIC_LETTER = re.compile(r"^[\u0600-\u06ff]")
# A title's dot ("Dr. Jane Doe") is masked with a one-dot leader while a speaker is looked for, so that it
# ends no sentence and no noun phrase; the leader is a dot again in the speaker found.
_TITLES = "|".join(sorted(map(re.escape, lexicon.words_all("title_abbreviations")), key=len, reverse=True))
_TITLE_DOT = re.compile(rf"(?<![\w.])(?P<t>{_TITLES})\.(?=\s+\w)")
_LEADER = "\u2024"
# A capital letter, in any script with capitals.
_CAP = "[^\\W\\d_a-zа-яіїєґё]"
# French and German put the pronoun after the verb ("a-t-elle affirmé", "dit-il", "widersprach sie:").
_INVERTED_AFTER = re.compile(r"^[\s,–—-]*(?:\w+-t-|\w+-)(?P<pro>il|elle|ils|elles)\b", re.I)


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


# The article, alone or after a joined preposition or conjunction ("للدفاع", "بالعاصمة", "والأطفال").
_DEFINITE_AR = ("ال", "لل", "بال", "وال", "فال", "كال")
_NON_NAMES_AR = frozenset(lexicon.words("name_non_words", "ar"))


def _role_of_body(speaker: str) -> bool:
    """A role and the body it serves, capitalised as German writes every noun ("Direktor der Vereinigung",
    "Leiter von Orlin Port"): a role word, then a lower-case word; an apposition, not a name."""
    words = speaker.split()
    return len(words) >= 3 and words[0].lower().startswith(_roles()) and words[1][:1].islower()


def _has_name(speaker: str) -> bool:
    """Whether a speaker phrase holds a personal name: a capitalised word that is neither its first word nor a
    role ("Minister Jane Doe", "Петренко" alone counts, one capitalised word being the whole phrase). Arabic
    script has no capitals: there a word that is no role and no definite noun counts, or a nisba surname
    ("الخرساني": the article, and the -ي ending of a family name)."""
    words = speaker.split()
    if words and all(_ARABIC_LETTER.match(w) for w in words):
        # a nisba surname ("الخرساني") alone, or after a name or a role; after a definite noun it is an
        # adjective ("للدفاع المدني", "الرئاسة التركية")
        return any(
            not w.startswith(_roles()) and w not in _NP_STOP and w not in _NON_NAMES_AR and len(w) >= 3
            and (not w.startswith(_DEFINITE_AR) or (w.endswith("ي") and len(w) >= 6 and (
                k == 0 or not words[k - 1].startswith(_DEFINITE_AR) or words[k - 1].startswith(_roles()))))
            for k, w in enumerate(words)
        )  # fmt: skip
    if len(words) == 1:
        return words[0][:1].isupper() and not words[0].lower().startswith(_roles())
    # an acronym names a body, not a person ("представитель МИД", "a NATO official")
    return any(w[:1].isupper() and not w.isupper() and not w.lower().startswith(_roles()) for w in words[1:])


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
    dated = False
    while out and (out[0].strip(",.")[:1].isdigit() or (dated and _date_word(out[0]))):
        dated = True  # "17 липня Генеральний секретар …": a date opens the sentence (a month only after a day:
        out.pop(0)  # "sie", "Jan" and "May" are words and names too)
    phrase = " ".join(out).strip(" .")
    return phrase or None


def _date_word(word: str) -> bool:
    w = word.strip(",.").casefold()
    return w[:1].isdigit() or variants.month_number(w) is not None


# The phrase after the verb ends at a comma or at a sentence's end ("— сказала Петренко. За її словами, …").
_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,،.:;–—-]*(?P<verb>{_VERB})\s+"
    rf"(?P<rest>(?:(?!\.\s+(?-i:[^\W\d_a-zа-яіїєґё]))[^,،;!?\n\"“”«»]){{1,120}})",
    re.I,
)
_AFTER_VERB_LAST = re.compile(
    rf"^[\s,،:;–—-]*(?P<np>[^.;!?\n\"“”«»,،]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b", re.I
)
_BEFORE = re.compile(
    rf"(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?)\s+(?:has\s+|had\s+|later\s+|also\s+)*(?P<verb>{_VERB})\b(?P<tail>[^.!?\n\"“”«»]{{0,120}})$",
    re.I,
)
# Any speech verb, and how far after the last one the quote may start for that verb to introduce it.
_VERB_ANY = VERB_ANY = re.compile(rf"(?<![\w-])(?:{_VERB})(?![\w-])", re.I)
_VERB_TAIL_CHARS = 120
# A name in apposition after a role ("…, Jane Doe, …"): two to four capitalised words, then a comma or the end.
_APPOSITION = re.compile(rf"\s*,\s*(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{1,3}}{_CAP}[\w'’-]+)\s*(?:[,.;]|$)")
# A personal name closing a described speaker's phrase: its last two capitalised words, after a capitalised run.
_TRAILING_NAME = re.compile(rf"(?<=\s){_CAP}[\w'’-]+\s+(?P<name>{_CAP}[\w'’\u2024-]+\s+{_CAP}[\w'’-]+)[.\s]*$")
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
# A name in apposition after a verb-first sentence's role, in any script ("وأشار المتحدث باسم الرئاسة، إبراهيم
# قالن، إلى أن"): up to four words between commas, or before the complementiser.
_APPOSED = re.compile(
    r"\s*[,،]\s*(?P<name>[^,،.:!?\"“”«»\n]{2,40}?)\s*(?:[,،]|\s(?:إن|أن|إلى أن)(?!\w))"
)
_AUX_TAIL = re.compile(
    rf"(?:\s+(?:{_alternation(frozenset(lexicon.words_all('speaker_auxiliaries')))}))+\s*$", re.I
)
# Words between a quote and the verb that closes its sentence ("…" diye ekledi, "…" ifadeleriyle kınadı).
_VERB_ONLY_FRAMES = frozenset(lexicon.words_all("quote_verb_frames"))
# A speech verb that ends the sentence right after the quote ("…", dedi. / «…», – заявив.): the speaker opens
# the sentence before the quote (Turkish and other verb-final orders).
_VERB_ONLY_AFTER = re.compile(rf"^[\s,–—-]*(?:(?:{_alternation(_VERB_ONLY_FRAMES)})\s+)?(?:{_VERB})\s*[.!]", re.I)
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
    before_start = max(0, start - 1 - window)
    before = _mask(text[before_start : max(0, start - 1)].split("\n\n")[-1])
    # "X sagte in einer Sendung: „…“", "Doe said the death was “proof of it.” He said …": a quote introduced by
    # a colon, or closing its sentence after a speech verb before it, is that verb's, whatever follows it
    colon = before.rstrip().endswith(":")
    if colon or text[start:end].rstrip()[-1:] == ".":
        found = _speaker_before(before, max(0, start - 1) - len(before))
        if found[0]:
            return found
        if colon:  # "Aust verwies auf die Löhne: „…“", "Then he returned to the attack: “…”"
            found = _colon_subject(before, max(0, start - 1) - len(before))
            if found[0]:
                return found
    after_end = min(len(text), end + 1 + window)
    after = _mask(text[end + 1 : after_end].split("\n\n")[0])
    # "X," she said / «X», – заявив: an attribution after the quote follows the quote's own punctuation.
    punctuated = text[start:end].rstrip()[-1:] in ",.!?…" or after.lstrip()[:1] in (",", "–", "—", "-")
    found = _speaker_after(after, end + 1, verb_last=punctuated)
    if found[0]:
        return found
    if _VERB_ONLY_AFTER.match(after):
        found = _sentence_subject(before, max(0, start - 1) - len(before))
        if found[0]:
            return found
    return _speaker_before(before, max(0, start - 1) - len(before))


def _sentence_subject(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The phrase that opens the sentence a quote stands in, up to its first comma ("Bakan X, … "…" dedi")."""
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    # "… hatırlatılan Kaya, "…" dedi": the name that closes the participle clause right before the quote
    segs = [m for m in re.finditer(r"[^,]+", sentence) if m.group().strip()]
    if segs:
        words = _words(segs[-1].group())
        k = len(words)
        while k > 1 and words[k - 1][:1].isupper():
            k -= 1
        if 0 < k < len(words) and not words[k - 1][:1].isupper() and len(words) - k <= 4:
            at = s_off + segs[-1].start() + segs[-1].group().rfind(words[k])
            return " ".join(words[k:]).strip(" ."), (at, s_off + segs[-1].end())
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


def _colon_subject(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the clause that ends in a colon before a quote, whatever its verb: a pronoun (resolved
    later), or a name opening the clause's last comma segment ("Interrogé par l'ACP, M. Kallan a toutefois
    précisé :"): two or more capitalised words, or one followed by a lower-case verb."""
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    for seg in reversed(list(re.finditer(r"[^,،]+", sentence))):
        words = list(re.finditer(r"[\w'’.\u2024-]+", seg.group()))
        while words and words[0].group().lower() in _ADVERBS | _OPENERS:
            words.pop(0)
        if len(words) < 2:
            continue
        first, base = words[0].group(), s_off + seg.start()
        if first.lower() in _PRONOUNS:
            return first, (base + words[0].start(), base + words[0].end())
        run = list(itertools.takewhile(lambda w: w.group()[:1].isupper(), words))
        whole = len(run) == len(words) >= 2 and not sentence[seg.end() :].strip(" \t:")
        whole = whole and not any(_VERB_ANY.fullmatch(w.group()) for w in run)  # not a headline ("Minister Says:")
        if not run or (len(run) == len(words) and not whole) or first.lower() in _NP_STOP:
            continue  # a name alone before the colon ("Landesbetriebschef Jan Korn: „…“") is the speaker
        if first.lower().startswith(_roles()) and len(run) < 2:
            continue
        name = seg.group()[run[0].start() : run[-1].end()]
        if _has_name(name) and (len(run) >= 2 or len(first) >= 3):
            return name, (base + run[0].start(), base + run[-1].end())
    return None, None


_OPENERS = frozenset(lexicon.words_all("marker_openers"))


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
            tail = _TRAILING_NAME.search(m.group("rest")) if described else None
            if tail:  # "versicherte der für das Geschäft zuständige Manager Martin Oyelaran": the name closing it
                return tail.group("name"), (offset + m.start("rest") + tail.start("name"), offset + m.end("rest"))
            return np_, (offset + m.start("verb"), offset + m.end("verb") + 1 + len(np_))
    m = _AFTER_VERB_LAST.match(after) if verb_last else None
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_ and np_.lower() not in _VERB_ONLY_FRAMES:
            return np_, (offset + m.start("np"), offset + m.end("verb"))
    return None, None


# Arabic speech verbs (the lexicon's Arabic rows): an Arabic sentence puts its subject after the verb.
_ARABIC_VERB = re.compile(
    rf"(?<![\w\u064b-\u065f])(?:{_alternation(lexicon.words('speech_verbs', 'ar'))})(?![\w\u064b-\u065f])"
)
# "ونقل عن الوزير قوله:": the words of the one "عن" names.
_QUOTING_AN = re.compile(r"عن\s+(?P<np>[^.!?\n\"“”«»:،,]{2,80}?)\s+قول(?:ه|ها|هما|هم)\s*:?\s*$")


def _arabic_speaker(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """Who an Arabic sentence has speak: the phrase after its first speech verb (an adverbial before the verb,
    "بدوره،", "وفي رده على سؤال …،", is passed over), its name in apposition when the phrase is a role; "عن X
    قوله:"; a verb alone ("وأضاف:", "، مضيفة:" after an earlier quote) goes on with the last speaker."""
    m = _QUOTING_AN.search(sentence)
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        trailing = _trailing_name_ar(m.group("np")) if np_ and _role_only(np_) else None
        if trailing:
            return trailing, (s_off + m.end("np") - len(trailing), s_off + m.end("np"))
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("np"))
    tail_from = max(sentence.rfind(c) for c in "\"“”«»") + 1  # after an earlier quote in the sentence
    if not _ARABIC_VERB.search(sentence, tail_from):
        tail_from = 0  # the marks were a name's ("لـ"الضفاف""), not an earlier quote's
    for v in _ARABIC_VERB.finditer(sentence, tail_from):
        rest = sentence[v.end() :]
        if re.match(r"\s*:?\s*$", rest):  # the verb alone before the quote
            return "he", (s_off + v.start(), s_off + v.end())
        np_m = re.match(r"\s+(?P<np>[^.!?\n\"“”«»:،,]{1,90}?)\s*(?:[,،:]|\s(?:إن|أن|بأن|إلى أن)(?!\w)|$)", rest)
        if not np_m:
            continue
        np_ = _named_after_title(np_m.group("np")) or _clean_np(_words(np_m.group("np")), leading=True)
        if not np_:
            continue
        end = v.end() + np_m.end("np")
        named = _APPOSED.match(sentence, end) if _role_only(np_) else None
        if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
            return named.group("name"), (s_off + named.start("name"), s_off + named.end("name"))
        trailing = _trailing_name_ar(np_m.group("np")) if _role_only(np_) else None
        if trailing:  # "ويرى المحلل المتخصص في شؤون الطاقة سامر يوسف النقيب أن": the name closing the phrase
            return trailing, (s_off + end - len(trailing), s_off + end)
        return np_, (s_off + v.end() + np_m.start("np"), s_off + end)
    return None, None


def _trailing_name_ar(raw: str) -> str | None:
    """The personal name that closes an Arabic role phrase: words without the article back from its end (the
    last may have it: a family name, "النقيب", "الفتلاوي"), three or more, or two ending in a nisba (-ي) or
    without the article ("ليلى حداد")."""
    words = raw.split()
    run: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.startswith(_roles()) or w in _NP_STOP or w in _NON_NAMES_AR or len(w) < 3:
            break
        if w.startswith(_DEFINITE_AR) and (run or k == 0 or words[k - 1].startswith(_DEFINITE_AR)):
            break
        run.insert(0, w)
    if len(run) >= 3 or (len(run) == 2 and (run[-1].endswith("ي") or not run[-1].startswith(_DEFINITE_AR))):
        return " ".join(run)
    return None


def _speaker_before(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    s_off = offset + len(before) - len(sentence)
    m = _INVERTED_BEFORE.search(sentence)
    if m and m.group("pro").lower() in _PRONOUNS:  # "widersprach sie:"
        return m.group("pro"), (s_off + m.start("pro"), s_off + m.end("pro"))
    if _ARABIC_VERB.search(sentence) or _QUOTING_AN.search(sentence):
        found = _arabic_speaker(sentence, s_off)
        if found[0]:
            return found
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
        named = _APPOSED.match(sentence, m.end("np")) if np_ and _role_only(np_) else None
        if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
            return named.group("name"), (s_off + named.start("name"), s_off + named.end("name"))
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
    if m is None or len(sentence) - m.end() > _VERB_TAIL_CHARS or _ARABIC_VERB.fullmatch(m.group()):
        return None, None  # an Arabic verb has its subject after it
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
        if np_.lower() in _PRONOUNS:  # "Asked whether …, she said:": resolved later
            return np_, span
        if _role_only(np_) or _role_of_body(np_):
            role = role if role[0] else (np_, span)
            continue
        first = raw.split()[0]
        if first[:1].islower() or first.lower() in _NP_STOP:
            continue
        if _has_name(np_):
            return np_, span
        break
    return role
