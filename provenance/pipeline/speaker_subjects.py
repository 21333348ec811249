"""The subject of a quote's lead-in where no speech verb stands next to the quote: the sentence's subject when a
verb closes the quote's sentence after it ("Vali Mete Kaya, soruya “…” dedi.": the name opening the sentence),
and the subject of a colon lead-in ("Aust verwies auf die Löhne: „…“", "Then he returned to the attack: “…”")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from provenance import lexicon
from provenance.pipeline.markers.byline import NAME_PARTICLES
from provenance.pipeline.speaker_issuers import _ADVERBIAL_PREPOSITIONS
from provenance.pipeline.speaker_phrases import (
    _ADVERBS,
    _COPULAS,
    _DEFINITE,
    _DOCUMENT_AFTER_VERB,
    _DOCUMENT_WORD,
    _NP_STOP,
    _OPENERS,
    _PARTICLE_NAME,
    _PRONOUNS,
    _TAIL_PREPOSITIONS,
    INVERTED_ARTICLE,
    NAME_WORD,
    VERB,
    _alternation,
    _clean_np,
    _date_word,
    _has_name,
    _role_only,
    _role_prefixed,
    _roles,
    _without_opener,
    _words,
)
from provenance.pipeline.speaker_phrases import (
    ARABIC_ANY as _ARABIC_ANY,
)
from provenance.pipeline.speaker_phrases import (
    VERB_ANY as _VERB_ANY,
)
from provenance.pipeline.speaker_roles import blank_quotations, is_role
from provenance.pipeline.speaker_times import adverbial, after_time_clause, opens_time_clause, time_tail
from provenance.pipeline.speakers_ar import _colon_subject_ar
from provenance.text import lazy_pattern

T = TypeVar("T")


# A sentence ends at a stop and a space, or at a stop glued between a lower-case word and a capitalised one, as pages
# scraped without their spacing run them ("… bulunuyor.Ayrıca Katar yönetimi").
LOWER = "a-zß-ÿа-яёіїєґçğıöşü"  # lower-case letters of the languages that write case, as a character class's body
SENTENCE_BREAK = re.compile(rf"(?<=[.!?।])\s+|(?<=[{LOWER}][.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐÇĞİÖŞÜ][{LOWER}])")


def sentence_subject(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The phrase that opens the sentence a quote stands in, up to its first comma ("Bakan X, … "…" dedi")."""
    sentence = SENTENCE_BREAK.split(before)[-1]
    if "\n" in sentence and not sentence.rsplit("\n", 1)[1].strip():
        return None, None  # the quote opens its own line: the line above is a heading ("Puerto\n«…», dijo.")
    if "\n" in sentence and (line := sentence.rsplit("\n", 1)[1]).split()[0][:1].isupper():
        found = sentence_subject(line, offset + len(before) - len(line))  # ("SON SÖZLER\nTrump, … “…” dedi")
        if found[0]:
            return found  # the quote's line alone first: a heading above is no part of its subject
    s_off = offset + len(before) - len(sentence)
    # "… hatırlatılan Kaya, "…" dedi": the name that closes the participle clause right before the quote
    segs = [m for m in re.finditer(r"[^,]+", sentence) if m.group().strip()]
    if segs:
        words = _words(segs[-1].group())
        k = len(words)
        while k > 1 and _capitalised(words[k - 1]):
            k -= 1
        if 0 < k < len(words) and not _capitalised(words[k - 1]) and len(words) - k <= 5:
            at = s_off + segs[-1].start() + segs[-1].group().rfind(words[k])
            return " ".join(words[k:]).strip(" ."), (at, s_off + segs[-1].end())
    head = sentence.split(",")[0]
    words = _without_opener(_words(head))  # "Ayrıca Katar yönetimi '…' açıkladı": the linking word is no subject
    if not words or not any(w[:1].isupper() for w in words) or adverbial(" ".join(words)) or opens_time_clause(head):
        return None, None  # (no capital; "Anteriormente,", "Finché X fosse stato in vita,": when, not who)
    if len(words) > 7:  # a participle clause before the subject ("… belirten Kaya,") or after it
        words = _long_head_subject(words)
        if not words:
            return None, None
    np_ = " ".join(w.strip(",;:!?()[]") for w in words).strip(" .")
    if any(w.islower() and w in _COPULAS for w in np_.split()):  # (in lower case: "SON SÖZLERİ" is a heading's)
        return None, None  # "Questo è «…», ha proseguito": a clause with its own verb, no subject to speak it
    return (np_ or None), (s_off, s_off + len(head))


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised, or a lower-case particle joined to a capitalised one ("ed-Dabbağ")."""
    return word[:1].isupper() or bool(_PARTICLE_NAME.match(word))


# A label naming whose quote follows, in the house style of Ukrainian outlets' English and Ukrainian editions.
QUOTE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:(?i:the|la|le|el|die|a)[ \t]+)?(?i:{_alternation(lexicon.words_all('label_nouns'))})"
    rf"(?:[ \t]+(?i:{_alternation(lexicon.words_all('label_links'))}))?[ \t]+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})[ \t]*:[ \t]*$"
)  # (lexicons label_nouns, label_links: "Quote from X:", "Reaction of X:", "Reacția lui X:")


# A quotation inside the clause before a colon, or the end of one the clause opens inside ("“… of the harbour at
# Green Cove”, he added:"): its words are what someone said, never the clause's subject.
_CLOSERS = "”»"


def _outside_quotations(s: str) -> str:
    """``s`` with its quotations blanked (same length: offsets hold), and all before a closing mark it never
    opened."""
    s = blank_quotations(s)
    closer = max(s.rfind(c) for c in _CLOSERS)
    return " " * (closer + 1) + s[closer + 1 :] if closer >= 0 else s


def article_before_role(words: Sequence[str], articles: frozenset[str] | set[str]) -> bool:
    """The first word is an article before a role ("La alcaldesa", "Il presidente": Italian "il" is no French
    "il" there, which a verb follows, never a role)."""
    return len(words) > 1 and words[0].lower() in articles and _role_prefixed(words[1])


def is_pronominal(named: str) -> bool:
    """A label's words hold a pronoun ("What he's saying:"), not an article before a role ("Il presidente X:")."""
    words = named.split()
    return any(
        re.sub(r"['’]\w+$", "", w.lower()) in _PRONOUNS and not (k == 0 and article_before_role(words, _PRONOUNS))
        for k, w in enumerate(words)
    )


QUOTE_LABELS = frozenset(w.lower() for w in lexicon.words_all("quote_labels"))  # "Details:", "Update:"
# A dateline with its source in brackets opening the sentence ("Orlin (AFP) – "): no subject of it.
_DATELINE_HEAD = re.compile(r"^[^\n()]{2,40}\([^()\n]{2,40}\)\s*[–—-]\s+")


def colon_subject(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the clause that ends in a colon before a quote, whatever its verb: a pronoun (resolved
    later), or a name opening the clause's last comma segment ("Interrogé par l'ACP, M. Kallan a toutefois
    précisé :"): two or more capitalised words, or one followed by a lower-case verb."""
    sentence = _outside_quotations(re.split(r"(?<=[.!?।])(?<![A-Z]\.[A-Z]\.)\s+", before)[-1])  # not at "U.S."
    s_off = offset + len(before) - len(sentence)
    if dateline := _DATELINE_HEAD.match(sentence):  # "Orlin (da Agenzia Borea) – Il primo ministro …:"
        sentence, s_off = sentence[dateline.end() :], s_off + dateline.end()
    if _ARABIC_ANY.search(sentence):  # "القاضي X عند النطق بالحكم:", "عامل الإقليم X، في تصريح …:"
        return _colon_subject_ar(sentence, s_off)
    segments = list(re.finditer(r"[^,،]+", sentence))
    if (labelled := _name_then_role(sentence, segments, s_off)) is not None:
        return labelled  # "Jane Roe, U.S. Secretary of State:": a soundbite's or caption's label
    for at, seg in reversed(list(enumerate(segments))):
        words = list(re.finditer(r"[\w'’.\u2024-]+", seg.group()))
        while words and (words[0].group().lower() in _ADVERBS | _OPENERS or words[0].group().isdigit()):
            words.pop(0)  # "13:10 Директор комбінату X:": a live blog's time opens the line
        if len(words) > 2 and article_before_role([w.group() for w in words[:2]], _NP_STOP | _PRONOUNS):
            words.pop(0)  # "La alcaldesa Irene Soto habló …:", "Il presidente X:": the article before the role
        last = at == len(segments) - 1 and not sentence[seg.end() :].strip(" \t:")  # the segment ends at the colon
        lone = words[0].group() if len(words) == 1 and last else ""
        lone = "" if lone.lower() in QUOTE_LABELS | _OPENERS or (not at and len(sentence.split()) > 1) else lone
        if lone and _capitalised(lone) and _has_name(lone):
            return lone, (s_off + seg.start() + words[0].start(), s_off + seg.start() + words[0].end())  # "…, X:"
        if len(words) < 2:
            continue
        first, base = _ELIDED.sub("", words[0].group()), s_off + seg.start()  # "L'assessore": the role
        if first.lower() in _TAIL_PREPOSITIONS or first[:1].islower():
            # "Dalla Loggia centrale … il cardinale protodiacono Jane Roe ha pronunciato …:": a phrase a preposition
            # (or a lower-case word) opens names no one; a role's name inside the segment is its subject
            if (inner := _role_led_run(words)) is not None:
                return seg.group()[inner[0] : inner[1]], (base + inner[0], base + inner[1])
            if first.lower() in _TAIL_PREPOSITIONS:
                continue
        if (
            at > 0
            and all(w.group()[:1].isupper() for w in words)
            and len(words) <= 4
            and _role_led(segments[at - 1].group())
        ):
            # "El jefe de bomberos, Julián Sastre, fue tajante …:": the name in apposition to the role
            return seg.group()[words[0].start() : words[-1].end()], (base + words[0].start(), base + words[-1].end())
        if first.lower() in _PRONOUNS and not any(w.group().lower().startswith(_roles()) for w in words[1:3]):
            return first, (base + words[0].start(), base + words[0].end())  # not Italian "Il primo ministro"
        closing = list(itertools.takewhile(lambda w: _capitalised(w.group()), reversed(words)))[::-1]
        lead = words[len(words) - len(closing) - 1].group().lower() if len(closing) < len(words) else ""
        # ... or a role earlier in the clause that ends at the colon ("С ним не согласна депутат … района Инна X:")
        roled = last and any(w.group().lower().startswith(_roles()) for w in words[: len(words) - len(closing)])
        if 2 <= len(closing) <= 4 and (lead.startswith(_roles()) or roled) and lead not in _TAIL_PREPOSITIONS:
            # "Kararı okuyan kurulun başkanı Selim Aydın, …:": the name closing a role phrase
            name = seg.group()[closing[0].start() : closing[-1].end()]
            if _has_name(name):
                return name, (base + closing[0].start(), base + closing[-1].end())
        run = list(itertools.takewhile(lambda w: _capitalised(w.group()), words))
        if run and all(_date_word(w.group()) for w in run):
            continue  # "Mart ayında …": a month opens the clause, no name
        whole = len(run) == len(words) >= 2 and not sentence[seg.end() :].strip(" \t:")
        whole = whole and not any(_VERB_ANY.fullmatch(w.group()) for w in run)  # not a headline ("Minister Says:")
        if _role_prefixed(first) and len(run) < 2:
            # "Директор комбінату Олег Сударєв:", "alcaldesa Irene Soto habló …": the role's body, the name
            later = _later_run(words, 1)
            name = seg.group()[later[0].start() : later[-1].end()] if len(later) >= 2 else ""
            if name and _has_name(name):
                return name, (base + later[0].start(), base + later[-1].end())
            if last and len(words) <= 3 and len(closing) == 1 and _has_name(closing[0].group()):
                # "Il ministro tunisino Hadded:": a role, at most one word of its own, the surname closing
                return closing[0].group(), (base + closing[0].start(), base + closing[0].end())
            continue
        if _participle_named(segments, at, words, closing):
            # "Konuşmasının devamında ifadelerini sertleştiren Putin, şöyle devam etti:": a participle clause
            # closed by the name, then the verb's own segment
            name = seg.group()[closing[0].start() : closing[-1].end()]
            return name, (base + closing[0].start(), base + closing[-1].end())
        if not run or (len(run) == len(words) and not whole) or first.lower() in _NP_STOP:
            continue  # a name alone before the colon ("Landesbetriebschef Jan Korn: „…“") is the speaker
        if _role_prefixed(first):  # "Голова Кам'янобрідської громади Олег Пасічник подякував:"
            later = _later_run(words, len(run)) if len(run) < 3 else []  # the role and its body, then the name
            run = later or (run[1:] if len(run) >= 3 else run)  # (or in the run: "Bundespräsident Ivo Marek …")
        name = seg.group()[run[0].start() : run[-1].end()]
        if len(run) == 1 and len(words) > LONE_WORD_CLAUSE_WORDS and not _VERB_ANY.fullmatch(words[1].group()):
            continue  # "Drawing similarities with the past he went on to say …:": a sentence's first word
        if _has_name(name) and (len(run) >= 2 or len(first) >= 3):
            return name, (base + run[0].start(), base + run[-1].end())
    return None, None


# Words at most of the role in apposition after a name that closes a colon's clause ("Jane Roe, the mayor of Orlin:").
APPOSED_ROLE_MAX_WORDS = 8


def _name_then_role(sentence: str, segments: list[re.Match[str]], s_off: int) -> tuple[str, tuple[int, int]] | None:
    """A name, then its role after a comma, closing the clause at the colon ("Jane Roe, U.S. Secretary of State:",
    "Jane Roe, the mayor of Orlin:"): the name; none where the role's segment holds a verb ("…, the mayor said:")."""
    if len(segments) < 2 or sentence[segments[-1].end() :].strip(" \t:") or not sentence.rstrip().endswith(":"):
        return None
    role = segments[-1].group().strip(" \t:").split()
    if not role or len(role) > APPOSED_ROLE_MAX_WORDS or any(_VERB_ANY.fullmatch(w) for w in role):
        return None
    if not any(_role_prefixed(w) for w in role):
        return None
    prev = segments[-2]
    words = list(re.finditer(r"\S+", prev.group()))
    closing = list(itertools.takewhile(lambda w: _capitalised(w.group()), reversed(words)))[::-1]
    if not 2 <= len(closing) <= 4:
        return None
    name = prev.group()[closing[0].start() : closing[-1].end()]
    base = s_off + prev.start()
    return (name, (base + closing[0].start(), base + closing[-1].end())) if _has_name(name) else None


# The elided article glued to the first word ("L'assessore alla Mobilità X ha difeso …:", "L’adjoint au maire X").
_ELIDED = re.compile(r"^[Ll][’']")
# A single capitalised word opening a colon clause longer than this is the sentence's first word, not a name,
# unless a speech verb follows it ("Kirby added:", "Marchetti dankte den Arbeitern:").
LONE_WORD_CLAUSE_WORDS = 6
# The verb's own segment after a participle clause is this short ("şöyle devam etti", "ekledi").
PARTICIPLE_VERB_WORDS = 4


def _participle_named(
    segments: Sequence[re.Match[str]], at: int, words: Sequence[re.Match[str]], closing: Sequence[re.Match[str]]
) -> bool:
    """Whether comma segment ``at`` is a participle clause that its subject's name closes, the verb following
    in the last segment, a few lower-case words ("şöyle devam etti"): no speech verb in the clause, one to three
    capitalised words at its end after a lower-case word that is no function word or role, and no capitalised
    word but its first before them."""
    later = segments[at + 1].group().strip() if at + 2 == len(segments) else ""
    lead = words[len(words) - len(closing) - 1].group() if len(closing) < len(words) else ""
    return (
        0 < len(later.split()) <= PARTICIPLE_VERB_WORDS and later == later.lower()
        and 1 <= len(closing) <= 3 and len(words) - len(closing) >= 3
        and lead[:1].islower() and lead not in _NP_STOP and not lead.startswith(_roles())
        and not any(_VERB_ANY.fullmatch(w.group()) for w in words)
        and not any(w.group()[:1].isupper() for w in words[1 : len(words) - len(closing)])
    )  # fmt: skip


def _role_led(segment: str) -> bool:
    """A comma segment that opens with a role, after a time and an article ("18:30 | El jefe de bomberos")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", segment)]
    words = list(itertools.dropwhile(lambda w: w in _NP_STOP | _OPENERS, words))
    return bool(words) and words[0].startswith(_roles())


# Lower-case words inside a personal name ("Ayman al Safadi", "Ursula von der Leyen"; lexicon
# marker_name_particles), less the words of "and" that join two names (lexicon name_conjunctions).
_INNER_PARTICLES = lexicon.words_all("marker_name_particles") - lexicon.words_all("name_conjunctions")


def _role_led_run(words: Sequence[re.Match[str]]) -> tuple[int, int] | None:
    """The span of a name of two to four capitalised words right after a lower-case role word (and one lower-case
    word of its own), a lower-case word after it (the verb): "il cardinale protodiacono Jane Roe ha pronunciato"."""
    for k in range(1, len(words) - 2):
        if not (words[k].group()[:1].islower() and is_role(words[k].group())):
            continue
        at = k + 1  # (a lower-case word of the role's own may follow it: "il cardinale protodiacono Jane Roe")
        at += bool(
            at < len(words) - 2 and words[at].group()[:1].islower() and not _VERB_ANY.fullmatch(words[at].group())
        )
        name = list(itertools.takewhile(lambda w: _capitalised(w.group()), words[at:]))
        after = words[at + len(name)] if at + len(name) < len(words) else None
        if (
            2 <= len(name) <= 4
            and after is not None
            and after.group()[:1].islower()
            and _has_name(" ".join(w.group() for w in name))
        ):
            return name[0].start(), name[-1].end()
    return None


def _later_run(words: Sequence[re.Match[str]], start: int) -> list[re.Match[str]]:
    """The first run of two or more capitalised words opening within two words of ``start`` (the name follows
    the role's body at once: "Голова Кам'янобрідської громади Олег …"), with a name's lower-case particles
    inside it ("El ministro Ayman al Safadi afirmó:")."""
    return _first_run(
        words[start : start + 6], lambda w: _capitalised(w.group()), within=2,
        inner=lambda w: w.group() in _INNER_PARTICLES,
    )  # fmt: skip


def _long_head_subject(words: Sequence[str]) -> list[str]:
    """In a long sentence head, the subject: the capitalised words that end it ("… soruya Kaya"), else the
    first run of two or more capitalised words ("Vali Yardımcısı Mete Kaya de … öncesinde")."""
    k = len(words)
    while k > 1 and _capitalised(words[k - 1]):  # "… yer verilen Bakan Yardımcısı Adil Mansur ed-Dabbağ"
        k -= 1
    if k < len(words) and k > 0:
        return list(words[k:])
    # "Liman Müdürü Deniz Arslan ise …": the name after a role, in the first run that has one
    runs = [list(g) for cap, g in itertools.groupby(words, key=_capitalised) if cap]
    for run in runs:
        at = [i for i, w in enumerate(run) if _role_prefixed(w)]
        if at and len(run) - at[-1] - 1 >= 2:
            return run[at[-1] + 1 :]
    return _first_run(words, _capitalised)


def _first_run(
    items: Sequence[T], capital: Callable[[T], bool], within: int | None = None,
    inner: Callable[[T], bool] | None = None,
) -> list[T]:  # fmt: skip
    """The first run of two or more items that ``capital`` accepts; with ``within``, one that opens at most
    that many items in; with ``inner``, items it accepts may stand inside a run, between two capitals."""
    run: list[T] = []
    for k, w in enumerate(items):
        if not run and within is not None and k > within:
            break
        if capital(w) or (run and inner is not None and inner(w) and k + 1 < len(items) and capital(items[k + 1])):
            run.append(w)
        elif len(run) >= 2:
            return run
        else:
            run = []
    return run if len(run) >= 2 else []


# A headline that names whose words the story carries, in the house style of Russian and Ukrainian outlets:
# "Зеленский: Это ничтожество …" (one to three capitalised words, a colon, the words).
_HEADLINE_NAME = re.compile(r"\A\s*(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*:[ \t]+\S")


def headline_speaker(text: str) -> str | None:
    """The person a "Name: words" headline names, where the story names them in full too ("Владимир
    Зеленский"): a country or a topic ("Ukraine: …", "Live:") is named so nowhere."""
    first, _, body = text.partition("\n")
    m = _HEADLINE_NAME.match(first)
    if m is None or not all(w[:1].isupper() for w in m.group("name").split()) or not _has_name(m.group("name")):
        return None
    surname = m.group("name").split()[-1]
    full = re.search(rf"(?<!\w)[^\W\d_][\w'’-]+[ \t]+{re.escape(surname)}(?!\w)", body)
    return m.group("name") if full and full.group()[:1].isupper() else None


def leading_name(head: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The name that opens ``head``, the words before a coordinated verb of saying whose first verb is no verb of
    saying ("Jane Doe visited the plant and said …": Jane Doe): a run of two or more capitalised words at its
    start (a title may lead it: "US President Jane Doe"), or none (no clause is taken for a subject)."""
    words = list(re.finditer(r"[^\s,]+", head))
    run = _first_run(words, lambda m: _capitalised(m.group()), within=0)
    if not run or run[-1].end() == len(head.rstrip()):
        return None, None
    k = words.index(run[-1]) + 1  # "Former Borean president Jane Roe": a lower-case role, then the name
    if k + 2 < len(words) and is_role(words[k].group()) and words[k].group()[:1].islower():
        name = list(itertools.takewhile(lambda m: _capitalised(m.group()), words[k + 1 :]))
        if len(name) >= 2 and name[-1].end() < len(head.rstrip()):
            run = [*run, words[k], *name]
    return head[run[0].start() : run[-1].end()], (offset + run[0].start(), offset + run[-1].end())


# "Как говорится в заявлении министерства обороны, решение принято в целях «…»": a sentence opened by an "as X
# said" frame (lexicon as_said_openers) whose comma the rest of the sentence follows, the quote inside it. The verb is
# matched with the one compiled ``VERB_ANY`` (a pattern holding the verbs again costs its compile at start-up).
_AS_SAID_OPENER = re.compile(rf"^\s*(?:{_alternation(frozenset(lexicon.words_all('as_said_openers')))})\s+", re.I)
_NP_TO_COMMA = re.compile(r"\s+(?P<np>[^,.;:!?\"“”«»„]{2,90}?)\s*,")


# "As X said, …" in its two orders: "Як зазначив X,", "Comme l'a dit X,"; "As X put it,", "Wie X sagte,".
AS_SAID = lazy_pattern(
    rf"^\s*(?:{_alternation(frozenset(lexicon.words_all('as_said_openers')))})\s+(?:(?:l['’]\s*)?(?:{VERB})\s+"
    rf"(?P<np>[^,.;:!?\"“”«»„]{{2,90}}?)|(?P<np2>[^,.;:!?\"“”«»„]{{2,60}}?)\s+(?:{VERB})(?:\s+it)?)\s*,\s*$",
    re.I,
)


def as_said_head(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The one an "as X said" frame opening the quote's sentence names, its document passed over ("в заявлении
    министерства обороны" → "министерства обороны")."""
    opener = _AS_SAID_OPENER.match(sentence)
    verb = _VERB_ANY.match(sentence, opener.end()) if opener else None
    m = _NP_TO_COMMA.match(sentence, verb.end()) if verb else None
    if not m:
        return None, None
    np_, at = m.group("np"), m.start("np")
    doc = _DOCUMENT_AFTER_VERB.match(np_)
    np_, at = (np_[doc.end() :], at + doc.end()) if doc else (np_, at)
    who = _clean_np(_words(np_), leading=True)
    return (who, (s_off + at, s_off + m.end("np"))) if who else (None, None)


def signs(np_: str) -> bool:
    """A phrase closing a headline's line names its speaker: a name, or a role ("Borean official")."""
    last = np_.split()[-1]
    return (_has_name(np_) and last[:1].isupper()) or (not last[:1].isupper() and _role_only(np_))


def relative_subject(raw: str) -> str | None:
    """The subject of a relative clause whose pronoun is its object ("which the mayor", "que le ministre"; lexicons
    relative_pronouns, object_relatives): the name, role or body after the pronoun; none where a verb follows it
    ("who has condemned …": the pronoun is the subject)."""
    pronoun, *rest = raw.split(maxsplit=1) or [""]
    if pronoun.lower() not in _RELATIVE_WORDS or not rest:
        return None
    np_ = _clean_np(_words(rest[0]), leading=False)
    if not np_ or len(np_.split()) != len(rest[0].split()):
        return None  # the phrase is not all of what follows the pronoun: a clause, not a subject
    named = np_[:1].isupper() or _has_name(np_) or _role_prefixed(np_) or _role_only(np_)
    return np_ if named or np_.lower() in _PRONOUNS else None  # "Syrsky, who he said had “…”": he


_RELATIVE_WORDS = frozenset(
    w.lower() for name in ("relative_pronouns", "object_relatives") for w in lexicon.words_all(name)
)


Found = tuple[str | None, tuple[int, int] | None]
# A document word with Arabic's conjunction glued before it ("والقرار"): the conjunction is no part of the speaker.
_GLUED_AND = re.compile(r"^و(?=ال)")


def verb_opened(quote: str, before: str, offset: int, subject: Callable[[str, int], Found]) -> Found:
    """The subject of a sentence whose quote opens with its verb of saying ("La résolution, adoptée lundi, « exige
    … »", "Резолюция «требует …»", "والقرار … «يطالب …»"): the verb is the sentence's, so its subject speaks. Only
    where the sentence before the quote is that subject and parentheticals set off by commas ("The board
    denied “reports that …”" has a verb of its own before the quote); ``subject`` reads the subject of a head."""
    q = quote.strip()
    arabic = bool(_ARABIC_ANY.match(q))  # an Arabic verb opening a quote drops the "و" it takes in a sentence
    if len(q.split()) < 3 or not (q[:1].islower() or arabic) or not _VERB_ANY.match("و" + q if arabic else q):
        return None, None
    sentence = SENTENCE_BREAK.split(before)[-1]
    s_off = offset + len(before) - len(sentence)
    if not sentence.strip() or _VERB_ANY.search(sentence):
        return None, None
    head = re.split(r"[,،]", sentence)[0]
    while head.split() and head.split()[-1].lower() in _ADVERBS:  # "La ONU también «exige …»": the adverb's
        head = head.rstrip()[: -len(head.split()[-1])]
    words = _without_opener(head.split())
    lead = int(bool(words) and words[0].lower() in _DETERMINERS)
    noun = _GLUED_AND.sub("", words[lead]) if len(words) > lead else ""
    if noun and (_DOCUMENT_WORD.fullmatch(noun) or noun.lower().startswith(_ADOPTED)):  # "The resolution …" speaks
        at = s_off + head.find(words[lead]) + len(words[lead]) - len(noun)
        found: Found = " ".join([*words[:lead], noun]), (s_off + head.find(words[0]) if lead else at, at + len(noun))
    else:
        found = subject(head, s_off)
    np_ = found[0]
    if not np_:
        return None, None
    closed = sentence.rstrip()[-1:] in (",", "،")  # "La résolution, adoptée lundi, « exige »": a parenthetical
    rest = [w for w in sentence.split() if w.lower().strip(",") not in _ADVERBS]  # "La ONU también «exige …»"
    if not closed and len(rest) > len(np_.split()):
        return None, None  # words beyond the subject and no comma closing them: a clause, not a subject
    return found


# Determiners that may open a document's subject ("The resolution", "Cette résolution").
_DETERMINERS = frozenset(lexicon.words("definite_articles") | lexicon.words("demonstratives"))
_ADOPTED = tuple(lexicon.words("adopted_texts"))


def subject_follows(sentence: str, verb: int, after: int) -> bool:
    """Whether the subject of the verb of saying at ``verb`` follows it, opened by an article after a comma ("…, a
    annoncé l'armée américaine"): not where a subject and an adverbial set off by commas stand before the verb ("BHA
    chief Jane Roe, in a media briefing, said the announcement …"), which is the inverted order's look-alike."""
    head = sentence[:verb]
    return head.rstrip().endswith(",") and bool(INVERTED_ARTICLE.match(sentence, after)) and not _aside(head)


def _aside(head: str) -> bool:
    """``head`` ends in a subject and an adverbial set off by commas ("Jane Roe, in a media briefing,"), or is a
    subject in apposition (:func:`apposed_head`)."""
    segs = [x.strip() for x in head.rstrip().rstrip(",").split(",")]
    if len(segs) < 2 or not segs[-1] or not segs[-2]:
        return False
    return apposed_head(head) or (segs[-1].split()[0].lower() in _ADVERBIAL_PREPOSITIONS and _has_name(segs[-2]))


def role_opened(raw: str, words: list[str]) -> bool:
    """A subject phrase (``words``) that opens on a role ("the minister"), or the tail of a segment that does
    ("director of the Central Commission on Foreign Affairs", cut to "Foreign Affairs"): no name of its own."""
    lead = [w for w in raw.split() if w.lower() not in _ARTICLES][:1]
    return any(_role_prefixed(w) for w in words[:1] + [w for w in lead if w not in words])


# The articles before a role in apposition (lexicons definite_articles, indefinite_articles).
_ARTICLES = _DEFINITE | frozenset(w.casefold() for w in lexicon.words_all("indefinite_articles"))


def apposed_head(head: str) -> bool:
    """``head``, all of a sentence before its verb, is a name and its role in apposition ("Jane Roe, President of
    the Borean Council, which …,") or a role and the name ("El presidente de Borea, Ivo Marek,"): the verb's
    subject, not the statement an inverted "…, said X" closes."""
    segs = [x.strip() for x in head.rstrip().rstrip(",").split(",")]
    if len(segs) > 2 and segs[0].lower() in _OPENERS:
        segs = segs[1:]  # "Separately, the coordinator for X, Jane Roe,": the linking word opens no subject
    if len(segs) < 2 or not segs[0] or not segs[1]:
        return False
    role = [w for w in segs[1].split() if w.lower() not in _ARTICLES][:1]  # "the spokeswoman", "a spokeswoman"
    if _NAME_ONLY.fullmatch(segs[0]) and _has_name(segs[0]) and role and is_role(role[0]):
        return True
    lead = [w for w in segs[0].split() if w.lower() not in _DEFINITE][:3]  # ("the UN Special Coordinator for X")
    return len(segs) == 2 and any(map(is_role, lead)) and bool(_NAME_ONLY.fullmatch(segs[1]))


# A sentence's opening that is a name and nothing else: capitalised words, particles between them ("von der").
_NAME_ONLY = re.compile(rf"{NAME_WORD}(?:\s+(?:(?:{_alternation(NAME_PARTICLES)})\s+)*{NAME_WORD}){{1,3}}")


# Object pronouns before a verb of saying, its subject after it (lexicon ``object_clitics``: "Lo conferma la Sala
# Stampa", "Lo confirmó el Arzobispado", "L'a annoncé le ministère").
OBJECT_CLITICS = frozenset(w.casefold() for w in lexicon.words_all("object_clitics"))
_CLAUSE_AFTER = re.compile(r"[^,.;:!?\"“”«»„\n]+")


def clitic_subject(sentence: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject after the verb of saying that an object pronoun opening ``sentence`` stands before ("L'a
    annoncé" its auxiliary too), or a prepositional phrase with no comma after it (German puts the verb second:
    "Mit Blick auf den Krieg erklärte Marek, dass …"); (None, None) where the sentence opens otherwise, (None,
    span) where no subject follows the verb."""
    fronted = _FRONTED_PHRASE.match(sentence)
    if fronted and fronted.group("pre").casefold() in _TAIL_PREPOSITIONS and _has_name(fronted.group("name")):
        return fronted.group("name"), (off + fronted.start("name"), off + fronted.end("name"))
    clitic = _CLITIC.match(sentence)
    verb = next(
        (v for v in (_ONE_WORD.match(sentence, clitic.end()), _TWO_WORDS.match(sentence, clitic.end())) if v
         and _VERB_ANY.fullmatch(v.group().strip())),
        None,
    ) if clitic else None  # fmt: skip
    if verb is None:
        return None, None
    after = _CLAUSE_AFTER.match(sentence, verb.end())
    np_ = _clean_np(_words(after.group()), leading=True) if after else None
    if not after or not np_ or np_.casefold() in OBJECT_CLITICS:
        return None, (off, off + verb.end())
    role = any(is_role(w) for w in np_.split())  # "la presidente della Banca", its name in apposition after it
    named = _NAME_AFTER_COMMA.match(sentence, after.end()) if role else None
    if named:  # "Lo ha affermato la presidente della Banca, Jana Roe nella …": the name in apposition
        return named.group("name"), (off + named.start("name"), off + named.end("name"))
    return np_, (off + after.start(), off + after.end())


# A prepositional phrase opening the sentence, no comma in it, the verb of saying, and the name right after it
# that a comma, "dass" or the colon closes.
_FRONTED_PHRASE = lazy_pattern(
    rf"\s*(?P<pre>\w+)\s[^,;:\"“”«»„]{{3,120}}?\s(?i:{VERB})\s+(?P<name>(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})"
    r"(?=\s*[,:])"
)
_CLITIC = re.compile(rf"\s*(?i:{_alternation(OBJECT_CLITICS)})(?:\s+|(?<=['’]))")
_NAME_AFTER_COMMA = re.compile(rf"\s*,\s*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})")
_ONE_WORD = re.compile(r"\w+")
_TWO_WORDS = re.compile(r"\w+\s+\w+")


def time_clause_subject(
    sentence: str, verb: re.Match[str], s_off: int
) -> tuple[str | None, tuple[int, int] | None] | None:
    """Where ``verb`` (the last speech verb before the quote) stands in a time clause that opens the sentence, and a
    main clause follows it after a comma ("Hours after the palace announced the death of the queen, Prime Minister
    Jane Roe remembered her as “…”"): the main clause's subject, a name opening its last comma segment, or no
    speaker at all ("Hours" had been read). None where the verb is not in such a clause."""
    cut = after_time_clause(sentence, len(sentence), verb.start())
    if cut is None:
        return None
    name, span = leading_name(sentence[cut:], s_off + cut)
    if name is None or span is None:
        return None, None
    words = name.split()
    kept = " ".join(words[: time_tail(words)])  # "Jane Roe Thursday remembered": no weekday in the name
    return kept, (span[0], span[0] + len(kept))
