"""Arabic speakers: verb-first sentences and their subjects, the subject before the verb ("X اعتبر أن"), the
pluperfect ("وكان X قد قال"), objects after the subject ("وحذر الوزير المواطنين"), names after honorifics and
closing role phrases. Arabic has no capitals: names are told from roles and nouns by the article, the nisba
ending and the lexicon (``speech_verbs.ar``, ``speech_verbs_object.ar``, ``speaker_adjectives.ar``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.speaker_phrases import (
    _ADJECTIVES_AR,
    _ARABIC_LETTER,
    _DEFINITE_AR,
    _DOCUMENT_LEAD,
    _DOCUMENT_WORD,
    _NAME_TITLES,
    _NON_NAMES_AR,
    _NP_STOP,
    NAME_LINKS_AR,
    _alternation,
    _apposed,
    _clean_np,
    _has_name,
    _role_only,
    _roles,
    _titled,
    _words,
)
from provenance.pipeline.speaker_roles import not_said
from provenance.pipeline.speaker_times import time_tail
from provenance.text import lazy_pattern

# Subject pronouns ("هو", "هي"; lexicon pronouns.ar): one right after a verb of saying, with its "و", opens a
# clause of how the speaker said it ("وقال وهو يبتسم:"), no speaker of its own.
_PRONOUNS_AR = lexicon.words("pronouns", "ar")

# Arabic speech verbs (the lexicon's Arabic rows): an Arabic sentence puts its subject after the verb.
_BARE_ALEF = str.maketrans("أإآ", "ااا")
# The speech verbs as written, and without the hamza on their alef, as many sites type them ("واضاف", "اكد").
_VERBS_AR = lexicon.words("speech_verbs", "ar")
_ARABIC_VERB = lazy_pattern(
    rf"(?<![\w\u064b-\u065f])ف?(?:{_alternation(_VERBS_AR | {w.translate(_BARE_ALEF) for w in _VERBS_AR})})"
    r"(?![\w\u064b-\u065f])"
)  # ف joined: "أما قائد البعثة، اللواء X، فأكد أن"
_WHILE = re.compile(r"(?<!\w)(?:فيما|بينما|في حين)(?!\w)")
# "وكانت X قد …" opening the clause (any verb after قد; not "ما إذا كان X قد").
_HAD_ANY = re.compile(r"^\s*[وف]?كان(?:ت)?\s+(?P<np>[^.!?\n\"“”«»:]{2,140}?)[\s،,]+قد\s")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذان|اللتان)\s+$")
# Participles of speech ("، مؤكدة أن"): the sentence's subject goes on; what follows one is never a speaker.
PARTICIPLES_AR = frozenset(lexicon.words("speech_participles", "ar"))
PRONOMINAL_AR = frozenset(lexicon.words("speaker_pronominal_nouns", "ar"))
# Document nouns an "according to" frame may name ("وبحسب البيان، أدان X"): a speaker only if no person is.
_DOCUMENTS_AR = frozenset(lexicon.words("speech_documents", "ar"))
# "ونقل عن الوزير قوله:", "نقل بيان الاتحاد عن X، مدير …، قوله خلال زيارته … إن", "عن X تأكيده أن": the words
# of the one "عن" names (an apposition after it, and words on the occasion before the quote, allowed; the verbal
# nouns: lexicon ``speech_nouns``).
_QUOTING_AN = re.compile(
    rf"عن\s+(?P<np>[^.!?\n\"“”«»:]{{2,140}}?)\s*[،,]?\s+(?:{_alternation(lexicon.words('speech_nouns', 'ar'))})"
    r"(?:ه|ها|هما|هم)(?![\w\u064b-\u065f])[^.!?\n\"“”«»]{0,120}$"
)


# A particle carrying its subject as a pronoun right before the verb ("لكنه أوضح", "إنها أكدت"): named before.
_PARTICLE_PRONOUN = re.compile(r"(?:^|[\s،,])و?(?:لكن|لكنّ|إن|إنّ|أن|أنّ|لأن|لأنّ)(?:ه|ها|هم|هما)\s*[،,]?\s*$")
_JOINED_CLAUSE = re.compile(r"[،,]\s*$")  # a comma right before a verb joined by "و"


def _arabic_speaker(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """Who an Arabic sentence has speak: the phrase after its first speech verb (an adverbial before the verb,
    "بدوره،", "وفي رده على سؤال …،", is passed over), its name in apposition when the phrase is a role; "عن X
    قوله:"; a verb alone ("وأضاف:", "، مضيفة:" after an earlier quote) goes on with the last speaker."""
    sentence = _MARKED_NAME.sub(_unmarked, sentence)  # 'وشددت "حماس" قائلة': the name in marks is the subject
    m = _QUOTING_AN.search(sentence)
    if m:
        found = _quoted_of(m.group("np"), s_off + m.start("np"))
        if found[0]:
            return found
    tail_from = max(sentence.rfind(c) for c in '"“”«»') + 1  # after an earlier quote in the sentence
    if not _ARABIC_VERB.search(sentence, tail_from):
        tail_from = 0  # the marks were a name's ("لـ"الضفاف""), not an earlier quote's
    while_ = list(_WHILE.finditer(sentence, tail_from))
    if while_ and _ARABIC_VERB.search(sentence, while_[-1].end()):
        tail_from = while_[-1].end()  # "…، فيما تؤكد جارته X أن": the clause after "while" has its own speaker
    verbs = list(_ARABIC_VERB.finditer(sentence, tail_from))
    if (
        len(verbs) > 1
        and verbs[-1].group().startswith("و")
        and _JOINED_CLAUSE.search(sentence, tail_from, verbs[-1].start())
        and not _VERB_ALONE.match(sentence, verbs[-1].end())
    ):  # "أفادت الوكالة، وأعلن الكاردينال X عبر …": the clause joined last, nearest the quote, has its own speaker
        tail_from = verbs[-1].start()
    document: tuple[str, tuple[int, int]] | None = None
    for v in _ARABIC_VERB.finditer(sentence, tail_from):
        if _PARTICLE_PRONOUN.search(sentence, tail_from, v.start()):
            return "he", (s_off + v.start(), s_off + v.end())  # "…، لكنه أوضح أن": "but he explained": the last speaker
        had = _HAD_SAID.search(sentence, tail_from, v.start())
        if had:  # "وكان المتحدث … فراس الدباغ قد قال صباح الثلاثاء إن": the subject between كان and قد
            found = _arabic_subject_before(had.group("np"), s_off + had.start("np"), opens=True)
            if found[0]:
                return found
        rest = sentence[v.end() :]
        if _RELATIVE_BEFORE.search(sentence, tail_from, v.start()):
            continue  # "X، التي أعلنت …، شددت": a verb of the relative clause is not the sentence's
        if not_said(v.group(), rest):
            continue  # "بين الشوطين": between, not "showed"
        if _VERB_ALONE.match(rest):  # the verb alone before the quote ("قال فيها:", "، مضيفاً أنه")
            head = sentence[tail_from : v.start()]
            # "… المعموري اعتبر:", "… X، فأكد أن": the subject first; "…، مضيفاً:" goes on with the subject
            participle = v.group().removeprefix("و") in PARTICIPLES_AR
            if not participle and _ARABIC_WORD_END.search(head.rstrip(" ،,")):
                found = _arabic_subject_before(head, s_off + tail_from)
                if found[0]:
                    return found
            if participle:  # "وكانت النيابة قد التمست …، معتبرة أن": the subject the sentence opened with
                had = _HAD_ANY.search(head)
                found = (
                    _arabic_subject_before(had.group("np"), s_off + tail_from + had.start("np"), opens=True)
                    if had else _opening_subject_ar(head, s_off + tail_from)
                )  # fmt: skip
                if found[0]:
                    return found
            return "he", (s_off + v.start(), s_off + v.end())
        if _SUBJECT_BEFORE_VERB.match(rest) and v.group().removeprefix("و") in PARTICIPLES_AR:
            # "رحب X بتوقيع الاتفاق مع الجارة، معتبرا أن": a participle goes on with the subject of the sentence's
            # opening verb, never with the noun right before it
            found = _opening_subject_ar(sentence[tail_from : v.start()], s_off + tail_from)
            return found if found[0] else ("he", (s_off + v.start(), s_off + v.end()))
        if _SUBJECT_BEFORE_VERB.match(rest):  # "النائب X اعتبر، في حديث …، أن": subject, verb, then a clause
            found = _arabic_subject_before(sentence[tail_from : v.start()], s_off + tail_from)
            if found[0]:
                return found
            if not sentence[tail_from : v.start()].strip(" ،,"):  # "وأضاف أن …": the last speaker goes on
                return "he", (s_off + v.start(), s_off + v.end())
            continue
        np_m = _ARABIC_NP_AFTER_VERB.match(rest)
        if not np_m:
            continue
        raw = _before_complement(_DOCUMENT_LEAD.sub("", np_m.group("np")))  # "وبحسب بيان صادر عن X": X
        if v.group().removeprefix("ف").removeprefix("و").removeprefix("ف") in _OBJECT_VERBS_AR:
            raw = _before_object(raw)
        np_ = _named_after_title(raw) or _clean_np(_words(raw), leading=True)
        if np_ and any(w in PARTICIPLES_AR for w in np_.split()):  # "بيّنت المفوضة | قائلة:"
            np_ = " ".join(itertools.takewhile(lambda w: w not in PARTICIPLES_AR, np_.split()))
            raw = np_
        if not np_ and np_m.group("np").split()[:1] and np_m.group("np").split()[0] in PARTICIPLES_AR:
            # "وتابعت قائلة:", "وقال متحدثا عن …،": the speaker goes on
            return "he", (s_off + v.start(), s_off + v.end())
        if raw.split() and raw.split()[0].removeprefix("و") in _PRONOUNS_AR:
            return "he", (s_off + v.start(), s_off + v.end())  # "وقال وهو يبتسم:": a clause of how he said it
        head = sentence[tail_from : v.start()]
        if not np_ and (v.group().startswith("و") or v.group() in PARTICIPLES_AR) and head.strip():
            # "وأرجع المدرب X الفوز إلى …، وقال في المؤتمر:", "رحب X بنجاح …، مشيراً إلى أن": the subject of the
            # sentence's opening verb
            found = _opening_subject_ar(head, s_off + tail_from)
            if found[0]:
                return found
        if not np_ and _ARABIC_WORD_END.search(head.rstrip(" ،,")):  # "X، كتب عبر حسابه … أن": subject first
            found = _arabic_subject_before(head, s_off + tail_from)
            if found[0]:
                return found
        if not np_:
            continue
        if np_.split()[0] in _DOCUMENTS_AR and len(np_.split()) <= 2:
            document = document or (np_, (s_off + v.end() + np_m.start("np"), s_off + v.end() + np_m.end("np")))
            continue  # "وبحسب البيان، أدان العزاوي …": a person named by a later verb speaks
        end = v.end() + np_m.end("np")
        named = _apposed(sentence, end)
        role_led = np_.split()[0].startswith(_roles())  # "السفير … لدى تلمار، توبياس رين،"
        named = named if named and (_role_only(np_) or role_led or _titled(named.group("name"))) else None
        # "…، عاداً أن" is a verb; "المحامي X، عضو هيئة الدفاع،": a role after a name is no name
        if named and (
            _ARABIC_VERB.match(named.group("name"))
            or (role_led and not _role_only(np_) and named.group("name").split()[0].startswith(_roles()))
        ):
            named = None
        if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
            return named.group("name"), (s_off + named.start("name"), s_off + named.end("name"))
        role_head = np_.split()[0].startswith(_roles()) and not _role_only(np_)  # a long role phrase, cut short
        stop_at = next((i for i, w in enumerate(raw.split()) if w in _NP_STOP), None)
        within = " ".join(raw.split()[:stop_at])
        trailing = _trailing_name_ar(raw) if _role_only(np_) else (_trailing_name_ar(within) if role_head else None)
        # "وقال الوزير خلال | زيارة تفقدية طويلة": a name closes a role's words, never a preposition
        if trailing and set(raw[: raw.rfind(trailing)].split()[-1:]) & _NP_STOP:
            trailing = None
        if trailing:  # "ويرى المحلل المتخصص في شؤون الطاقة سامر يوسف النقيب أن": the name closing the phrase
            at = sentence.rfind(trailing, 0, end)
            return trailing, (s_off + at, s_off + at + len(trailing))
        return np_, (s_off + v.end() + np_m.start("np"), s_off + end)
    return document or (None, None)


def _named_after_title(raw: str) -> str | None:
    """In an Arabic role phrase that runs on ("وزير الموارد المائية في جمهورية … الدكتور محمد جواد الخرساني"),
    the name after its honorific (lexicon ``name_titles``): up to four words."""
    words = _words(raw)  # (a title between a role and a definite word is the role's complement: "مدرب الفريق الضيف")
    at = [k for k, w in enumerate(words) if w in _NAME_TITLES and not _complement_at(words, k)]
    if not at or at[-1] == len(words) - 1:
        return None
    name: list[str] = []
    for w in words[at[-1] + 1 : at[-1] + 5]:
        if w.lower() in _NP_STOP:
            break
        name.append(w)
        if len(name) >= 2 and w.startswith(_DEFINITE_AR) and name[-2] not in NAME_LINKS_AR:
            break  # a family name with the article closes the name ("فارس نوري الكعبري | بداية ليلة …"), not
            # the article after "عبد" ("عبد الصمد")
    return " ".join(name) or None


def _complement_at(words: Sequence[str], k: int) -> bool:
    """Whether the title word at ``k`` stands between a role word and a definite word: the role's complement."""
    return 0 < k < len(words) - 1 and words[k - 1].startswith(_roles()) and words[k + 1].startswith(_DEFINITE_AR)


def _quoted_of(np: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The one "عن X قوله" names: X, the name closing X, or the name in apposition after a role ("عن المتحدث
    باسم الوزارة، فلان الفلاني، قوله")."""
    head = re.split(r"\s*[،,]", np, maxsplit=1)[0]
    np_ = _clean_np(_words(head), leading=True)
    if not np_:
        return None, None
    role_led = np_.split()[0].startswith(_roles())  # "عن الناطق باسم ما تسمى قوات X، مصطفى الحسوني، قوله"
    named = _apposed(np + "،", len(head)) if len(head) < len(np) and (_role_only(np_) or role_led) else None
    if named and named.group("name").split()[0].startswith(_roles()):
        named = None  # a role after a name ("عن X، مدير …،") is no name
    if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
        return named.group("name"), (off + named.start("name"), off + named.end("name"))
    # the name after an honorific, or closing the phrase, whether or not its first words hold a name already
    trailing = _named_after_title(head) or _trailing_name_ar(head)
    if trailing:
        at = head.rfind(trailing)
        return trailing, (off + at, off + at + len(trailing))
    return np_, (off, off + len(head))


# A name of one to three words in marks after a space ('أعلنت حركة "حماس"'), not glued to a preposition ('لـ"الصحيفة"'
# is an addressee): its marks are no earlier quote's, and it may be the subject.
_MARKED_NAME = re.compile(r'(?:(?<=\s)|^)["“”«»](?P<name>[^"“”«»\n.،,:!?]{1,40})["“”«»]')
MARKED_NAME_WORDS = 3
_CLAUSE_WORDS_AR = frozenset(lexicon.words("marked_name_stops", "ar"))


def _unmarked(m: re.Match[str]) -> str:
    name = m.group("name")
    clause = any(w in _NP_STOP or w in _CLAUSE_WORDS_AR for w in name.split())  # "«ما زالت مفتوحة»": words, no name
    return f" {name} " if len(name.split()) <= MARKED_NAME_WORDS and not clause else m.group()


# After a quote: "«…»، وفق ما نقل بيان الاتحاد، الصادر أمس، عن مديرته الدكتورة X." (the one relayed).
RELAYED_AFTER = re.compile(
    r"[\s،,]*(?:و?(?:وفق|بحسب|حسب|كما)\s+)?(?:ما\s+)?[وف]?نقل(?:ت|ه|ته|ها)?\s[^.!?\n]{0,80}?(?<!\w)عن\s+"
    r"(?P<np>[^.!?\n:]{2,140}?)\s*(?:[.!?]|$)"
)


# The subject phrase after an Arabic speech verb: up to a comma, a colon, the complementiser, the sentence's end,
# or the addressee ("قالت X لـ"الصحيفة":": X told the paper).
_ARABIC_NP_AFTER_VERB = re.compile(
    r"\s+(?P<np>[^.!?\n\"“”«»:،,]{1,160}?)\s*"
    r"(?:[,،:]|\s(?:من\s+)?(?:إن|أن|بأن|إلى أن|ان|بان|الى ان)(?!\w)|\sلـ|\sل(?=[\"“«])|$)"
)
# A verb with nothing after it but "فيها" (in it) or a complementiser with its pronoun ("مضيفاً أنه").
_VERB_ALONE = re.compile(r"\s*(?:في(?:ها|ه)|[بل]?[أإا]ن(?:ه|ها|هم)?)?\s*:?\s*$")
# A verb followed at once by a comma, the complementiser or its addressee ("X قال لـ"الصحيفة" إن") has its
# subject before it (subject-verb order).
_SUBJECT_BEFORE_VERB = re.compile(r"\s*(?:[,،]|(?:إن|أن|بأن|ان|بان)(?!\w)|لـ|ل(?=[\"“«])|لل)")  # "قال للصحفيين"
_ARABIC_WORD_END = re.compile(r"[\u0621-\u064a]\s*$")


# "وكان X قد قال" ("وكانت المتحدثة، فلانة، قد قالت"): the pluperfect puts the subject between the auxiliary
# and قد, before the verb.
_HAD_SAID = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s+(?P<np>[^.!?\n\"“”«»:]{2,140}?)[\s،,]+قد\s*$")
_LEADING_AUX = re.compile(r"\s*[وف]?كان(?:ت|وا)?\s+(?=\S)")
_PLUPERFECT_TAIL = re.compile(r"(?:\s+[وف]?كان(?:ت|وا)?)?\s+قد$")
_OBJECT_VERBS_AR = frozenset(lexicon.words("speech_verbs_object", "ar"))


def _before_object(raw: str) -> str:
    """An Arabic verb's subject phrase without the object that follows it ("المتحدث | المواطنين بأن", "وستهيفن |
    التأخير إلى"): the object is a definite word after a definite word or after a name, unless it is an
    adjective (the nisba ending, or ``speaker_adjectives``: "الأمين العام") or a role; a word after an
    indefinite role or body noun is its complement ("وزير الخارجية", "دائرة الصحة"), and one after a joined
    preposition too ("باسم الدفاع")."""
    words = raw.split()
    person = False  # a role so far: a name may follow it ("المتحدث الرسمي أحمد …")
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        person = person or (prev.startswith(_roles()) and not prev.endswith("ية")) or prev in _NAME_TITLES
        if w.startswith(("ب", "ل", "ك")) or w in _ADJECTIVES_AR or w.startswith(_roles()):
            continue
        if not w.startswith("ال"):  # a body, then an indefinite noun: "الوزارة | سكان الأحياء"
            if prev.startswith("ال") and not person:
                return " ".join(words[:i])
            continue
        if w.endswith(("ي", "ية")):
            continue
        if not prev.startswith("ال") and not prev.startswith(_roles()) and not _object_like(w):
            continue  # a family name after a given name ("نزار القصاب"), not the object
        construct = prev.startswith(_roles()) or prev.startswith(("ب", "ل", "ك")) or prev.endswith("ة")
        if prev.startswith("ال") or not construct:  # a body noun in -ة takes a genitive: "دائرة الصحة"
            return " ".join(words[:i])
    return raw


def _object_like(word: str) -> bool:
    """A definite word that reads as an object rather than a family name: a plural ("المواطنين", "الصيادين",
    "الشاحنات") or a verbal noun ("التأخير", "الاستعداد", "الإغلاق")."""
    bare = word[2:]
    return word.endswith(("ين", "ون", "ات")) or (len(word) >= 6 and bare.startswith(("ت", "است", "ان", "إ", "ا")))


_ISSUING_AR = re.compile(rf"\s*[وف]?(?:{_alternation(lexicon.words('issuing_verbs', 'ar'))})\s+")


def _arabic_subject_before(head: str, off: int, opens: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """The subject right before an Arabic verb (subject-verb order: "غير أن النائب حيدر جاسم المعموري اعتبر"):
    the name after an honorific, the name closing a role phrase, else the phrase from the last stop word (from
    the first word when the subject ``opens`` the head and is a body: "وكانت | وزارة الزراعة في حكومة الولاية |
    قد دعت")."""
    head = _PLUPERFECT_TAIL.sub("", head.rstrip(" ،,"))  # "X كان قد أكد": the auxiliary is no part of X
    issued = _ISSUING_AR.match(head)
    doc = _DOCUMENT_WORD.search(head, issued.end()) if issued else None
    if issued and doc:  # "أصدر مكتب X بيانا رسميا أكد فيه": who issued the statement, not the statement
        head, off, opens = head[issued.end() : doc.start()].rstrip(), off + issued.end(), True
    if (aux := _LEADING_AUX.match(head)) is not None:  # "كانت وزارة الخارجية أعلنت": nor the one opening it
        head, off, opens = head[aux.end() :], off + aux.end(), True
    head = _RELATIVE_TAIL.sub("", head)  # "الوزيرة X، التي جالت …،": the relative clause is no part of X
    lead = _clean_np(_words(head), leading=True) if opens else None
    person = _named_after_title(head) or _trailing_name_ar(head) if opens else None
    if lead and not _role_only(lead) and not person:  # a body: "وزارة الصحة | في حكومة …"
        return lead, (off, off + len(lead))
    first = re.split(r"\s*[،,]\s*", head)[0]
    opening = (_named_after_title(first) or _trailing_name_ar(first)) if opens and first != head else None
    if opening and _has_name(opening) and not _role_only(opening):  # "وكان X، صاحب الهدف، قد قال"
        return opening, (off + first.rfind(opening), off + first.rfind(opening) + len(opening))
    appos = re.split(r"\s*[،,]\s*", head)[-1]  # "رئيس حكومة الولاية، X، كتب": the name in apposition
    plain = not any(w in _NP_STOP or w in _NON_NAMES_AR for w in appos.split())  # not "في حديث لـX"
    if appos != head and 2 <= len(appos.split()) <= 4 and plain and _has_name(appos) and not _role_only(appos):
        name = _named_after_title(appos) or appos
        return name, (off + len(head) - len(name), off + len(head))
    name = _named_after_title(head) or _trailing_name_ar(head)
    words = head.split()
    plain_pair = len(words) >= 3 and not any(w.strip("،,") in _NP_STOP or w[-1:] in "،," for w in words[-2:])
    # "الأمين العام | لاتحاد الغرف": a word with "ل" joined after a definite word is its genitive, no given name
    complement = len(words) >= 3 and words[-2].startswith("ل") and words[-3].startswith(_DEFINITE_AR)
    if not name and plain_pair and not complement and not words[-2].startswith(_DEFINITE_AR) and _has_name(words[-2]):
        name = " ".join(words[-2:])  # a given name and a family name right before the verb ("فراس الدباغ")
    if name and head.endswith(name):
        return name, (off + len(head) - len(name), off + len(head))
    np_ = _clean_np(_words(head), leading=False)
    # a lone word left after a stop word ("المؤتمر | بكلمة") is a noun of the clause, not its subject
    if np_ and _has_name(np_) and 2 <= len(np_.split()) <= 4:
        return np_, (off + len(head) - len(np_), off + len(head))
    return None, None


# A relative clause closing the subject before its verb ("، التي أعلنت نية الطعن"), to the verb.
_RELATIVE_TAIL = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذان|اللتان)\s[^،,]*[،,]?\s*$")
# "According to" opening a clause ("ووفقا لوكالة …", "بحسب …"; lexicon according, its Arabic entries).
_ACCORDING_AR = re.compile(
    rf"^(?:{_alternation(frozenset(w for w in lexicon.words_all('according') if _ARABIC_LETTER.match(w)))})"
)
# A sentence's opening verb and the subject after it, to the first comma ("وأرجع المدرب X، مدرب …، الفوز").
_OPENING_VERB = re.compile(r"^\s*[وف]?[\u0621-\u064a]{2,}\s+(?P<np>[^،,.:\"“”«»]{2,80})")


def _opening_subject_ar(clause: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The named subject of the verb opening ``clause``: a coordinated speech verb with no subject of its own
    ("…، وقال في المؤتمر:") shares it. Only a phrase holding a personal name counts. A phrase before the first
    comma that a preposition opens ("وفي كلمة أمام الصحفيين، رحب X …") is an adverbial: the verb comes after it."""
    first, comma, rest = clause.partition("،")
    opener = first.split()[:1]
    # (or "according to": "ووفقا لوكالة …، أقال X …": the relay's phrase, then the verb and its subject)
    if (
        comma
        and opener
        and (opener[0].removeprefix("و") in _NP_STOP or _ACCORDING_AR.match(first.strip().removeprefix("و")))
    ):
        found = _opening_subject_at(rest, off + len(first) + 1)
        if found[0]:
            return found
    return _opening_subject_at(clause, off)


def _opening_subject_at(clause: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    m = _OPENING_VERB.match(clause)
    if not m:
        return None, None
    np_words = _words(m.group("np"))
    raw = _clean_np(np_words, leading=True) or ""  # to the first stop word: "الوزير | عن الخوض"
    whole_np = raw.split() == np_words  # the role phrase runs to the comma: an apposition may follow
    # (not after a role and a surname: "أقال المستشار X مساء الأربعاء، وزير المالية Y،": Y is the object)
    timed = raw.split()[: time_tail(raw.split())]
    surnamed = len(timed) == 2 and timed[0].startswith(_roles()) and _has_name(timed[1])
    roled = whole_np and raw.split()[0].startswith(_roles()) and not surnamed
    named = _apposed(clause, m.end("np")) if roled else None
    if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
        return named.group("name"), (off + named.start("name"), off + named.end("name"))  # "رحب الأمين العام لـ…، X،"
    whole, raw = raw, _before_complement(raw)
    name = _named_after_title(raw) or _trailing_name_ar(raw)
    words = raw.split()
    if not name and len(words) >= 2 and not words[-2].startswith(_DEFINITE_AR) and _has_name(" ".join(words[-2:])):
        name = " ".join(words[-2:])
    if not name and len(words) == 1 and raw != whole:  # "رحب X بانضمام …": one word, then the verb's complement
        name = raw
    if surnamed and (not name or not set(name.split()) <= set(timed)):
        name = timed[1]  # "أقال المستشار X مساء الأربعاء": a role and a surname, the time cut off
    if not name or not _has_name(name) or _role_only(name):
        return None, None
    at = clause.find(name, m.start("np"))
    return name, (off + at, off + at + len(name))


def _before_complement(raw: str) -> str:
    """A subject phrase without what its verb takes with a joined preposition: "ب" with the article ("رحب X |
    بالاتفاق"), with a verbal noun ("رحب X | بتوقيع اتفاق …"; "وصف X بوران القرار" keeps the name) or with an
    elative before a definite word, or "لل" after a name ("قال X | للصحفيين"; after a definite word it is a role's
    complement: "المبعوث الخاص للأمم المتحدة"). Never the first word."""
    words = raw.split()
    for i in range(1, len(words)):
        w, after = words[i], words[i + 1 : i + 2]
        bare = w[1:] if w.startswith("ب") else ""
        definite_after = bool(after) and after[0].startswith(_DEFINITE_AR)
        joined_b = _verbal_noun(bare) or (_elative(bare) and definite_after)
        addressee = w.startswith("لل") and not words[i - 1].startswith(_DEFINITE_AR) and not _role_only(words[i - 1])
        if w.startswith("بال") or joined_b or addressee:
            return " ".join(words[:i])
    return raw


def _verbal_noun(word: str) -> bool:
    """A verbal noun of the derived forms by its prefix ("انضمام", "استقبال", "توقيع", "إطلاق"), of five letters or
    more: what a preposition joins ahead of its object, where a name ("باسل", "بوران") has no such prefix."""
    return len(word) >= 5 and word.startswith(("ان", "است", "ت", "إ"))


def _elative(word: str) -> bool:
    """An elative ("أشد" in "بأشد العبارات": in the strongest terms; a definite word follows it)."""
    return 3 <= len(word) <= 4 and word[0] == "أ"


# Letters Persian writes and Arabic does not (پ چ ژ گ, and its own kāf and yā: ک ی).
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def _colon_subject_ar(sentence: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The name opening an Arabic line that ends in a colon without a speech verb (a live blog's "القاضي X عند
    النطق بالحكم:", "عامل الإقليم X، في تصريح …:"): after an honorific, or closing the first comma segment."""
    seg = re.split(r"[،,]", sentence, maxsplit=1)[0]
    if _PERSIAN.search(seg):
        return None, None  # Persian ("… گفته:"): its verbs and word order are not these rules'
    name = _named_after_title(seg) or _trailing_name_ar(seg.strip())
    if not name or not _has_name(name) or _role_only(name):
        return None, None
    at = sentence.find(name)
    return name, (off + at, off + at + len(name))


def _trailing_name_ar(raw: str) -> str | None:
    """The personal name that closes an Arabic role phrase: words without the article back from its end (the
    last may have it: a family name, "النقيب", "الفتلاوي"), three or more, or two ending in a nisba (-ي) or
    without the article ("ليلى حداد"); a weekday or a time after it is none of it ("ليلى حداد الجمعة")."""
    words = raw.split()
    words = words[: time_tail(words)]
    run: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.startswith(_roles()) or w in _NP_STOP or w in _NON_NAMES_AR or len(w) < 3:
            break
        linked = k > 0 and words[k - 1] in NAME_LINKS_AR  # "عبد | الإله": the article belongs to the name
        prev_linked = k > 1 and words[k - 2] in NAME_LINKS_AR
        prev_definite = k > 0 and words[k - 1].startswith(_DEFINITE_AR) and not prev_linked
        if w.startswith(_DEFINITE_AR) and not linked and (run or k == 0 or prev_definite):
            break
        run.insert(0, w)
    if len(run) >= 3 or (len(run) == 2 and (run[-1].endswith("ي") or not run[-1].startswith(_DEFINITE_AR))):
        return " ".join(run)
    return None


def named_in_role_ar(window: str, role: str) -> str | None:
    """The last name an Arabic text gave right after a word holding the role ("وزير الكهرباء النهراني الدكتور
    عادل منصور الريحاني" for "الوزير"): the name after an honorific, or the name closing the role phrase (Arabic
    has no capitals: the role's own words and a stop word end no name by case)."""
    bare = role[2:] if role.startswith("ال") else role
    found = []
    # every word holding the role, each with the words after it (looked ahead: a run may hold the role again)
    role_at = rf"(?<![\w])\w*{re.escape(bare)}\w*(?=(?P<run>(?:[\s،]+[^\s.,،:;!?\"“”«»()]+){{1,12}}))"
    for m in re.finditer(role_at, window):
        run = m.group("run").replace("،", " ")
        first = m.group("run").split("،")[0] if "،" in m.group("run") else ""
        first = "" if set(first.split()) & _NP_STOP else first  # "الوزير أن الوزارة …": no name after a stop word
        # "وزير الري X Y، بحضور مدير الصندوق": a name closing the role's words before a comma
        name = _named_after_title(run) or (first and _trailing_name_ar(first)) or _nisba_name(run.split())
        if name and _has_name(name) and not _role_only(name):
            found.append(name)
    return found[-1] if found else None


def _nisba_name(words: Sequence[str]) -> str | None:
    """A personal name inside an Arabic role phrase: one to three words without the article right after a
    definite word (the role's complement, "الكهرباء"), closed by a family name with the article, the nisba
    ending or a stop word after it ("عادل منصور الريحاني"); stop words end the search ("الوزير أن الوزارة …"
    names nobody)."""
    for i, w in enumerate(words):
        if w in _NP_STOP:
            return None
        # the family name: the nisba ending, or any definite word that a stop word or the run's end closes
        # ("وزيرة النقل رنا الزيدي | عن الخطة")
        closed = i + 1 == len(words) or words[i + 1] in _NP_STOP
        if i < 2 or not (w.startswith(_DEFINITE_AR) and (w.endswith("ي") or closed) and len(w) >= 5):
            continue
        k = i
        while k > 0 and i - k < 3 and not words[k - 1].startswith(_DEFINITE_AR) and len(words[k - 1]) >= 3:
            k -= 1
        if (
            k < i
            and k > 0
            and words[k - 1].startswith(_DEFINITE_AR)
            and not any(x.startswith(_roles()) or x in _NON_NAMES_AR for x in words[k:i])
        ):
            return " ".join(words[k : i + 1])
    return None
