"""The attribution stage: is each matched quote credited to the one the source credits it to?

Inside a source, a span belongs to the speaker of the source quotation that holds it, or else to the
source's author (given in metadata, or read off its heading: "Orlin City Council: statement on ...").
Two names refer to the same one when they share a surname (across scripts, through transliteration), when a
role word of one stands in the other ("the mayor" / "Mayor Jane Doe"), or when both are aliases of one
body (``data/aliases.txt``: the Pentagon, DoD, Міноборони США, ...).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from provenance import lexicon
from provenance.pipeline import quotes, resolve, speaker_bodies, speaker_phrases, speaker_roles, speakers
from provenance.pipeline.markers.byline import NAME_PARTICLES  # "al-Sabbagh": a name
from provenance.pipeline.names import body_noun, skeleton
from provenance.pipeline.speaker_issuers import letterhead, release_author, titled_person
from provenance.report import Evidence, Finding
from provenance.settings import Settings, defaults
from provenance.text import norm_word, word_trie

if TYPE_CHECKING:
    from collections.abc import Mapping

    from provenance.pipeline.align import PreparedSource
    from provenance.pipeline.context import Context

# When two surnames are one is a Settings matter (surname_min_ratio, surname_min_fuzzy_len): a Cyrillic surname
# transliterated against its Latin spelling scores about 78, unrelated ones of similar length under 60.
# A heading names its author when it reads "Author: statement ..." or "Statement by Author".
_HEADING_AUTHOR = re.compile(
    r"^(?P<a>[^:\n]{3,80}):\s|^(?:statement|press release|заява|заявление)\s+(?:by|of|from|від|от)\s+"
    r"(?P<b>[^\n]{3,80}?)(?:\s+(?:on|about|regarding|concerning|щодо|про|по|о)\s[^\n]*)?$",
    re.I,
)
_POSSESSIVES = lexicon.words("possessive_determiners")
_PHOTO_KEYS = tuple(w.casefold() for w in lexicon.words("marker_photo_keys"))  # a credit line's label is no author
# The signature line of an embedded post: "— Jane Doe (@janedoe) August 28, 2025", or run on after the post's
# words where a page's text flattens it ("… civil society. — Jane Doe (@janedoe) …": a dash after a space).
_SIGNATURE = re.compile(r"(?:^[ \t]*[—–-]|(?<=\s)[—–])[ \t]*(?P<name>[^\n(@—–]{3,60}?)[^\w\n(]*\(@\w{1,30}\)", re.M)
# Capitalised at a sentence start, but never a name.
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "for", "in", "on", "at", "this", "that", "its", "his", "her"}
)
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
# A speaker phrase that opens with an article and a lower-case word describes someone ("the head of the UN").
# (The article is a word of its own: "al-Sabbagh" opens with no article "a".)
_DESCRIBED = re.compile(r"^(?:(?:the|a|an|le|la|les|el|los|las|un|una|der|die|das|il|lo)\s+|l['’]\s*)[a-zà-ÿ\d]")
_PRONOUN_OR_DOC = {
    "statement", "it", "he", "she", "they", "we", "i", "заява", "заявление", "report", "він", "вона", "вони",
    "он", "она", "они", "source", "sources", "джерело", "источник",
}  # fmt: skip
# Role words, each with its role: one role's words in every language ("mayor", "мер", "maire") are one role.
_ROLE_OF = {w.casefold(): g[0] for g in lexicon.groups("role_words") for w in g}
ROLE_WORDS = frozenset(_ROLE_OF)
_ARABIC_ROLES = frozenset(lexicon.words("person_roles", "ar"))


@lru_cache(maxsize=1)
def alias_groups() -> tuple[frozenset[str], ...]:
    raw = "\n".join(lexicon.rows("aliases"))
    groups = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            groups.append(frozenset(_key(x) for x in line.split("|") if x.strip()))
    return tuple(groups)


def _key(name: str) -> str:
    return " ".join(_LEADING.sub("", name.strip()).replace("’", "'").casefold().split())


@lru_cache(maxsize=4096)
def _latin(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word).casefold()


def _names(phrase: str) -> list[str]:
    """Capitalised words that are not role words: the proper names of a speaker phrase (the name after a
    lower-case particle too: "al-Sabbagh", "ас-Саббаг")."""
    out = []
    for w in re.findall(r"[\w'’-]+", phrase):
        w = w.rsplit("-", 1)[-1] if "-" in w and w[:1].islower() else w
        if w[:1].isupper() and w.casefold() not in ROLE_WORDS | _FUNCTION_WORDS and len(w) > 1:
            out.append(_latin(w.strip("'’")))
    return out


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{3,}")


# A German article and the noun after it (lexicon articles.de): German capitalises nouns.
_AFTER_ARTICLE = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, sorted(speaker_phrases.ARTICLES_DE)))}))\s+[\w'’-]+")


def _across_scripts(a: str, b: str) -> bool | None:
    """One phrase in Arabic script, the other not: True when a name of the other (three consonants or more)
    is a word of the Arabic one by its consonant skeleton ("Rami al-Sabbagh", "السيد رامي الصباغ"); None when
    neither can tell (Arabic writes no capitals, so its names are not told from its other words)."""
    ar, other = (a, b) if _ARABIC_WORD.search(a) else (b, a)
    if not _ARABIC_WORD.search(ar) or _ARABIC_WORD.search(other):
        return None
    words = {skeleton(w.removeprefix("ال")) for w in _ARABIC_WORD.findall(ar) if w not in _ARABIC_ROLES}
    # a capital after an article is a noun of a description ("Ministerium des Innern": German capitalises nouns),
    # no name a transliteration would carry
    keys = [k for k in (skeleton(n) for n in _names(_AFTER_ARTICLE.sub(" ", other))) if len(k) >= 3]
    return True if any(k in words for k in keys) else None


def arabic_name_shared(a: str, b: str) -> bool:
    """Both phrases in Arabic script, sharing a word that may be a name ("المفوضة الدرديري", "الدرديري"): one voice
    where a quote is placed on a source's span (:mod:`provenance.semantic.carriers`). :func:`same_speaker` stays
    None for them (no capitals: a shared word is too little to raise a claim's alarm on, and no word shared tells
    nothing, a name not being told from a description: "جارته", "وزيرة الصحة")."""
    if not (_ARABIC_WORD.search(a) and _ARABIC_WORD.search(b)):
        return False
    names = {norm_word(w) for w in speaker_phrases.arabic_names(a)}
    return any(norm_word(w) in names for w in speaker_phrases.arabic_names(b))


def _roles(phrase: str) -> set[str]:
    return {_ROLE_OF[w.casefold()] for w in re.findall(r"[\w'’-]+", phrase) if w.casefold() in _ROLE_OF}


@lru_cache(maxsize=4096)  # asked for every quote's speaker against every source's: a regex per alias each time
def _alias_group(phrase: str) -> frozenset[str] | None:
    key = _key(phrase)
    for g in alias_groups():
        if key in g or any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", key) for a in g if len(a) > 3):
            return g
    return None


# A quote of fewer words is no evidence whose words they are: a word or two ("antisemitic") is said by many, and a
# source that gives it to one of them does not make the article's speaker wrong (real coverage: two of two such
# alarms false).
ATTRIBUTION_MIN_WORDS = 3


def same_speaker(a: str, b: str, settings: Settings | None = None) -> bool | None:
    """True: the same one; False: different ones; None: cannot tell (a pronoun, a document)."""
    s = settings or defaults()
    if not a or not b:
        return None  # a quote the text credits to nobody tells nothing
    if _key(a) in _PRONOUN_OR_DOC or _key(b) in _PRONOUN_OR_DOC:
        return None
    if _key(a) == _key(b):
        return True  # the same words (an Arabic name has no capitals for the tests below to read)
    ga, gb = _alias_group(a), _alias_group(b)
    if ga is not None and ga is gb:
        return True
    if any(_DESCRIBED.match(x) and _names(x) for x in (a, b)):
        # "le chef des Nations unies", "el político portugués": a description, whose capitals name what the
        # person leads, not the person; it tells who only by a role both share
        return True if _roles(a) & _roles(b) else None
    da, db = (speaker_roles.described(x) and bool(_names(x)) for x in (a, b))
    if da != db and _roles(a) & _roles(b):
        return None  # "Prime Minister of Borea" and "Prime Minister Jane Roe": the role's country is no name of hers
    na, nb = _names(a), _names(b)
    if _across_scripts(a, b):
        return True
    if bool(_ARABIC_WORD.search(a)) != bool(_ARABIC_WORD.search(b)):
        return None  # the Arabic side's names are not capitalised: no name against them tells them apart
    if na and nb:
        # a body's noun ("Ministerio", "Bank") tells two bodies apart by the words it does not share
        pa, pb = [x for x in na if not body_noun(x)], [y for y in nb if not body_noun(y)]
        na, nb = (pa, pb) if pa and pb else (na, nb)
        if any(_same_word(x, y, s) for x in na for y in nb):
            return True
        # one role, and one side opens as a description whose capitals may name the country the person leads
        # ("чинний президент Борейської Федерації" and "President Ivo Marek"): no name tells them apart
        return None if _roles(a) & _roles(b) and any(_opens_described(x) for x in (a, b)) else False
    if _roles(a) & _roles(b):
        return True
    if ga is not None or gb is not None:
        return False
    return None if not (na or nb) else False


def _opens_described(phrase: str) -> bool:
    """A phrase that opens with a lower-case word (or an age) that is no name particle: in a language without
    articles, a description ("чинний президент Борейської Федерації", "62-летний президент") or a role before
    a name ("речник МЗС Рамі ас-Саббаг"); not a name particle ("al-Sabbagh")."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    head = re.split(r"[-'’]", first, maxsplit=1)[0].casefold()
    opens = first[:1].islower() or first[:1].isdigit()
    return opens and head not in NAME_PARTICLES and first.casefold() not in NAME_PARTICLES


def _same_word(x: str, y: str, s: Settings) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) < s.surname_min_fuzzy_len:
        return False
    return max(fuzz.ratio(x, y), fuzz.ratio(_fold(x), _fold(y))) >= s.surname_min_ratio


def _fold(word: str) -> str:
    """A romanised name with the letters that transliteration systems disagree on made one: Cyrillic г is
    "h" in Ukrainian and "g" in Russian romanisation, и/і/ы are "y" or "i", "kh"/"h"/"ch" spell х."""
    w = word.replace("kh", "h").replace("ch", "h").replace("g", "h")
    return w.replace("yu", "iu").replace("ya", "ia").replace("y", "i")


def _issuer(said: str, heading: str) -> bool:
    """The article credits the body whose name heads the source ("Department of Defence of the Republic of
    Estova", "Ministry of Health"): each of its capitalised words stands in the heading."""
    names = [w for w in re.findall(r"[\w'’-]+", said) if w[:1].isupper()]
    low = heading.casefold()
    keys = [re.sub(r"['’]s$", "", w.casefold()) for w in names]  # "Estova's" is Estova
    return bool(keys) and all(re.search(rf"(?<!\w){re.escape(k)}", low) for k in keys)


def is_named(phrase: str) -> bool:
    """A phrase that names a person or body: a proper name, not a role its capitals only qualify ("Borean
    official", "Kremlin spokesman": the capital word describes the role, which ends the phrase)."""
    words = re.findall(r"[\w'’-]+", phrase)
    if (words and words[-1][:1].islower() and words[-1].casefold() in ROLE_WORDS) or speaker_roles.indefinite(phrase):
        return False  # (and "ein Sprecher des Auswärtigen Amts": someone unnamed, German capitals notwithstanding)
    if (
        words
        and words[0][:1].islower()
        and words[0].casefold() in ROLE_WORDS
        and sum(w[:1].isupper() for w in words) < 2
    ):
        return False  # the role first, then what it is of: "представитель Кремля", "porte-parole du Kremlin"
    return bool(_names(phrase)) and _alias_group(phrase) is None


# --- sources -------------------------------------------------------------------------------------


# A transcript's speaker label at the start of a line: "MS. TARROW:", "MODERATOR:", "Q:", "SPOKESPERSON NAME:",
# "SENIOR STATE DEPARTMENT OFFICIAL:", "А.А. Сивцова:", "Вопрос:". Capitals (or initials and a surname) and a
# colon; the turn runs to the next label.
_LABEL = re.compile(
    r"^(?P<label>(?:(?:MR|MS|MRS|DR|GEN|ADM|COL|AMB|SEC|ГН|Г-Н|Г-ЖА)\.?\s+)?[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’-]{0,48}"
    r"|[A-ZА-ЯІЇЄҐ]\.\s?[A-ZА-ЯІЇЄҐ]\.\s?[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё'’-]+|Вопрос|Питання|Question|Soru"
    # Arabic has no capitals: one to three words opening the line, an asker's outlet in brackets ("سؤال (صحيفة
    # الساحل):", "الوزير القصاب:")
    r"|[\u0621-\u064a\u0640]+(?:[ \t]+[\u0621-\u064a\u0640]+){0,2}(?:[ \t]*\([^()\n]{1,40}\))?):[ \t]",
    re.M,
)
_OUTLET = re.compile(r"\s*\([^()]*\)\s*$")
# Labels that are not a speaker's name: the one asking or chairing.
_ASKERS = frozenset(w.lower() for w in lexicon.words_all("question_labels"))
_TITLES = re.compile(r"^(?:MR|MS|MRS|DR|GEN|ADM|COL|AMB|SEC|ГН|Г-Н|Г-ЖА)\.?\s+", re.I)


def transcript_turns(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, speaker)`` for each labelled turn of a transcript; empty for other texts. A question's
    label ("Q:") gives "a reporter"."""
    found = [m for m in _LABEL.finditer(text) if not speakers.VERB_ANY.search(m.group("label"))]
    labels = [_OUTLET.sub("", m.group("label")).strip().casefold() for m in found]
    # A transcript has a question or a speaker who speaks twice; "NOTE:" and a "CITY:" heading are none.
    if len(found) < 2 or not (set(labels) & _ASKERS or len(set(labels)) < len(labels)):
        return []
    out = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        label = _OUTLET.sub("", m.group("label")).strip()
        end = nxt.start() if nxt is not None else len(text)
        if label.casefold() in _ASKERS:
            who = "a reporter" if label.casefold() not in ("moderator", "модератор", "operator") else "the moderator"
        else:
            who = _role_holder(text, label) or " ".join(
                w.capitalize() if w.isupper() and w.isalpha() else w for w in _TITLES.sub("", label).split()
            )
        out.append((m.end(), end, who))
    return out


# Where a transcript names who holds the role its labels abbreviate ("Ana Lopez, Secretary-General" above the
# "SG:" turns; "Secretary-General Ana Lopez"): its heading, this many characters.
ROLE_HEADING_CHARS = 800
_PERSON = r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]+){1,3}"
_NAME_THEN_ROLE = re.compile(rf"(?m)^(?P<name>{_PERSON}),[ \t]*(?P<role>[^,\n]{{3,60}})$")
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’.-]*)+")
_ARTICLE = re.compile(r"^(?:the|le|la|el|der|die)\s+", re.I)


def _role_holder(text: str, label: str) -> str | None:
    """The person a role label stands for ("SG", "THE SECRETARY-GENERAL", "PM"), named with that role in the
    transcript's heading; None for a label that is a name, or a role the heading does not name."""
    bare = _ARTICLE.sub("", label.strip().rstrip(".")).casefold()
    initials = bare.replace(".", "").upper() if re.fullmatch(r"(?:[a-zа-яіїєґ]\.?){2,4}", bare) else None
    head = text[:ROLE_HEADING_CHARS]

    def fits(role: str) -> bool:
        role = role.strip()
        if initials is not None:
            return "".join(w[0] for w in re.split(r"[\s-]+", role) if w[:1].isupper()).upper() == initials
        return role.casefold() == bare

    for m in _NAME_THEN_ROLE.finditer(head):
        if fits(m.group("role")):
            return m.group("name")
    for m in _CAPITALISED_RUN.finditer(head):  # "Secretary-General Ana Lopez": a role, then two or three names
        words = m.group().split()
        for k in range(1, len(words) - 1):
            if fits(" ".join(words[:k])):
                return " ".join(words[k : k + 3])
    return None


def annotate_source(src: PreparedSource, meta: Mapping[str, str] | None = None) -> None:
    """Record, once per source, its quotations' speakers (a transcript's labels too) and its author."""
    spans = [(q.start, q.end, q.speaker) for q in src.extra.get("quotes") or quotes.extract(src.text, posts=False)]
    src.extra["speakers"] = spans + transcript_turns(src.text)
    author = (meta or {}).get("author") or (meta or {}).get("sitename")
    if not author:
        first = src.text.strip().split("\n", 1)[0]
        m = _HEADING_AUTHOR.match(first)
        head = (m.group("a") or "").split()[:1] if m else []
        credit = m is not None and (m.group("a") or "").casefold().rstrip().endswith(_PHOTO_KEYS)  # "Photo Credit: X"
        if m and not (head and head[0].casefold() in _POSSESSIVES) and not credit:  # "My take: …" names no one
            a = (m.group("a") or "").strip()  # "X: headline": X may be the topic unless a name or a label
            author = a or (m.group("b") or "").strip()
            src.extra["author_topic"] = bool(a) and not (a.isupper() or speaker_phrases._FULL_NAME.fullmatch(a))
        author = author or letterhead(first) or _issued_heading(first) or _lead_in_speaker(first)
        author = author or release_author(src.text)  # "The following statement was issued today by X:"
        top = [line for line in src.text.strip().split("\n")[:HEAD_LINES] if line.strip()]  # under a letterhead too
        if not author and (author := next(filter(None, map(heading_issuer, top)), None) or titled_person(first)):
            src.extra["author_titled"] = True  # a page title's issuer: see source_voice
    # posts on X, all signed by one account: evidence that a quote credited to it renders them, never grounds
    # for an alarm (a ministry relays its minister's posts; a paraphrase of one needs no span of its own)
    signed = {m.group("name").strip() for m in _SIGNATURE.finditer(src.text)}
    src.extra["signed"] = signed.pop() if len(signed) == 1 else None
    src.extra["author"] = author or None


# Words at most of the issuer a source's lead-in line names ("Statement by the Ministry of Defence of X"), and of
# the lead-in line itself (a longer first line is the text's first sentence, which may talk about a document).
ISSUER_MAX_WORDS = 6
# Lines of a source's top read for a heading that names its issuer ("12 Harbour Street\nPM statement on …\nWords
# from the Prime Minister X, on …"): a site's letterhead and the page's title may stand above it.
HEAD_LINES = 3
LEAD_IN_MAX_WORDS = 16


# "Doorstep statement by X at …", "Remarks by X ahead of …", "Discours de X lors de …": a document word (up to three
# words qualifying it before), its preposition, and the issuer up to a word that ends it or a mark.
_HEADING_BY = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{word_trie(lexicon.words_all('heading_documents'))})\s+"
    rf"(?:{word_trie(lexicon.words_all('heading_issuer_links'))})\s+(?P<who>[^\n(),:;—–]{{3,120}}?)"
    rf"(?=\s+(?:{word_trie(lexicon.words_all('heading_issuer_ends'))})\s|\s*[(),:;—–]|\s*$)",
    re.I,
)
# A joint text ("Remarks by X with Y", "Statement by X and Y") has no one author.
_JOINT = frozenset(w.casefold() for w in lexicon.words_all("heading_joint_words") | lexicon.words("name_conjunctions"))
# Words an issuer a heading names may hold (a role, a body and a name: "President of the Republic of X Jane Roe").
HEADING_ISSUER_MAX_WORDS = 10


# A release's lead-in that gives the issuer in the possessive ("Following are UN Secretary-General Jane Roe's
# remarks on …:", "Following is the Secretary-General's message for …"): the issuer, then the document word.
_FOLLOWING_POSSESSIVE = re.compile(
    rf"^(?:the\s+)?following\s+(?:is|are)\s+(?:the\s+)?(?P<who>[^\n(),:;—–]{{3,120}}?)['’]s?\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{word_trie(lexicon.words_all('heading_documents'))})\b",
    re.I,
)


def heading_issuer(line: str) -> str | None:
    """The issuer a heading names after its document word ("Remarks by Borean Secretary General Jane Roe at the
    ceremony …": "Borean Secretary General Jane Roe"), or before it in the possessive ("Following are … Jane Roe's
    remarks"), however long the heading; none for a joint text ("… by X with Y"), or where the words after the
    preposition name no one (neither a capitalised word nor a role opens them, after an article: "Discours de
    politique générale du …" names no one)."""
    one_spaced = " ".join(line.split())  # (the lexicons' phrases hold one space between words)
    m = _HEADING_BY.match(one_spaced) or _FOLLOWING_POSSESSIVE.match(one_spaced)
    if m is None or any(w in _JOINT for w in line.casefold().split()):
        return None
    who = m.group("who").strip()
    words = who.split()
    head = words[1] if len(words) > 1 and words[0].casefold() in speaker_roles.DEFINITE_WORDS else words[0]
    named = head[:1].isupper() or head.casefold().startswith(speaker_phrases._roles())
    if len(words) > HEADING_ISSUER_MAX_WORDS or not named:
        return None
    return who


def _issued_heading(line: str) -> str | None:
    """The body a source's lead-in line names as its document's issuer ("19 SEPTEMBER 2027. Statement by X",
    "X'ndan yapılan açıklamada şu ifadelere yer verildi:"); none where the line is a headline about a document
    ("Release of … Prisoners")."""
    if len(line.split()) > LEAD_IN_MAX_WORDS:  # the text's own first sentence: "X welcomes a statement by Y …"
        return None
    who = resolve._issuer(line + "\n\n", len(line) + 2)
    if who is None or len(who.split()) > ISSUER_MAX_WORDS or speaker_phrases._DOCUMENT_WORD.search(who):
        return None
    return titled_person(line) or who  # "X, Presidente del Consiglio, dichiarazione …": X, not the role in apposition


# A lead-in line that names who speaks below it, a role and a name before the time and place ("Prime Minister
# Jane Roe, this morning (Saturday), from the ministry in Orlin:"): words of the line at most.
LEAD_IN_LINE_MAX_WORDS = 30


def _lead_in_speaker(line: str) -> str | None:
    """The titled name that opens a source's lead-in line ending in a colon, its first phrase up to a comma."""
    line = line.strip()
    if not line.endswith(":") or len(line.split()) > LEAD_IN_LINE_MAX_WORDS:
        return None
    ws = re.split(r"[,(]", line[:-1], maxsplit=1)[0].split()
    return " ".join(ws) if speaker_roles.titled_name(ws) and any(map(speaker_roles.is_role, ws[:-2])) else None


def source_speaker(src: PreparedSource, start: int, end: int) -> str | None:
    turn = _turn(src, start, end)
    return turn[0] if turn is not None else src.extra.get("author")


def _turn(src: PreparedSource, start: int, end: int) -> tuple[str | None] | None:
    """The speaker of the quotation or transcript turn that holds ``start:end`` (None inside: a quote of nobody), or
    None where none holds it."""
    return next(((who,) for a, b, who in src.extra.get("speakers", []) if a <= start and end <= b + 1), None)


def source_voice(src: PreparedSource, start: int, end: int) -> str | None:
    """:func:`source_speaker`, but not the issuer a long page title names ("Remarks by X at …", :func:`heading_issuer`):
    a title says whose document it is, which tells another named person's quote from it, but a stored page is often
    cut short, and a quote of X from the part not stored is no rendering of X's sentence on the same subject; so it
    gives no quote the margin a speaker's own span does, nor refuses one credited to a body or a role."""
    titled = src.extra.get("author_titled") and _turn(src, start, end) is None
    return None if titled else source_speaker(src, start, end)


@lru_cache(maxsize=16)
def _labels(text: str) -> frozenset[str]:
    """The speakers a text's transcript labels name, read once per text (every quote of it may ask)."""
    return frozenset(w for _, _, w in transcript_turns(text))


def _confident(text: str, who: str) -> bool:
    """A speaker sure enough to accuse an article of crediting someone else (either side): a transcript's label, a
    phrase of two or more words (no dateline, no noun in a case ending), or one capitalised word the text also writes
    after a capitalised given name; a lone word it never writes so opens a sentence ("Sobre el regreso …")."""
    words = who.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return not _UNSURE.search(who)  # ("ROMA – Il", "… Yerleşkesi’nde": a dateline, a noun in a case ending)
    if who in _labels(text):
        return True
    return any(m.group(1)[:1].isupper() for m in re.finditer(rf"([^\W\d_]+)[ \t]+{re.escape(who)}(?!\w)", text))


_UNSURE = re.compile(r"\s[-–—]\s|[’'][^\W\d_A-ZÀ-ÞА-ЯİÇĞÖŞÜ]{1,4}$")


# --- quotes --------------------------------------------------------------------------------------


# A quotation of capitalised words only, this many at most, is a name in quote marks ("«Орлин Сити Холле»", a
# venue), which anyone may write: no words someone said.
NAME_QUOTE_MAX_WORDS = 5


def _named_only(text: str) -> bool:
    ws = re.findall(r"[^\W\d_][\w'’-]*", text)
    return 0 < len(ws) <= NAME_QUOTE_MAX_WORDS and all(w[:1].isupper() for w in ws)


def check_quotes(ctx: Context) -> None:
    """Give each matched quote its source speaker, and a finding where the article credits someone else."""
    by_id = {s.id: s for s in ctx.sources}
    for i, q in enumerate(ctx.quotes):
        m = q.match
        src = by_id.get(m.source or "")
        if src is None or m.source_start is None or m.source_end is None:
            continue
        who = source_speaker(src, m.source_start, m.source_end)
        if who is None:
            continue
        ctx.quotes[i] = dataclasses.replace(q, match=dataclasses.replace(m, source_speaker=who))
        if q.speaker is None or len(q.text.split()) < ATTRIBUTION_MIN_WORDS or _named_only(q.text):
            continue
        if not _confident(src.text, who) or not _confident(ctx.text, q.speaker):
            continue  # "Kurtarma ekibine liderlik edecek … Yavuz Tekeli ise:": a word the reading took for a name
        heading = src.text.lstrip().split("\n", 1)[0][: ctx.settings.issuer_heading_chars]
        finding = _compare(q.id, q.speaker, who, (q.start, q.end), src.id, ctx.settings, heading)
        if finding is not None:  # the quote and the source span that gives its words to someone else
            ev = Evidence.of_span(q.text, src.id, src.text, m.source_start, m.source_end, m.similarity)
            finding = dataclasses.replace(finding, evidence=ev)
        if finding is not None and finding.code == "ATTRIBUTION_MISMATCH" and q.id not in ctx.stated:
            # the article's speaker was inferred (a pronoun, a role, a document, the quote before): worth a look,
            # not an accusation (on real coverage such inferences were wrong where the alarms were)
            why = "; the article's speaker is inferred, not named at the quote"
            finding = dataclasses.replace(finding, severity="info", message=finding.message + why)
        elif (
            finding is not None
            and finding.code == "ATTRIBUTION_MISMATCH"
            and _topic_author(src, m.source_start, m.source_end)
        ):
            # "Earthquake in X: 2,000 dead" heads a statement: the words before the colon may be its topic
            why = f"; {src.id}'s “{who}” is read from its heading “{who}: …”, which may name a topic"
            finding = dataclasses.replace(finding, severity="info", message=finding.message + why)
        elif finding is not None and finding.code == "ATTRIBUTION_MISMATCH" and _on_record(ctx, q.speaker, m.kind):
            # a translation placed on one voice's words while the credited person says much the same in another
            # source (a briefing repeating a company's statement): the encoder chose between two renderings
            why = f"; {q.speaker} speaks in the sources too, and a translation may render either"
            finding = dataclasses.replace(finding, severity="info", message=finding.message + why)
        elif finding is not None and finding.code == "ATTRIBUTION_MISMATCH" and m.kind in _PLACED_BY_MEANING:
            # an encoder placed the words on another voice's span: either the article's credit or the placement is
            # wrong (a topical sentence naming the same places), and nothing tells which; an error needs the words
            why = f"; the quote was placed on {src.id} by meaning ({m.kind}), not found there word for word"
            finding = dataclasses.replace(finding, severity="warning", message=finding.message + why)
        if finding is not None:
            ctx.findings.append(finding)


# Kinds whose source span an encoder chose (semantic stage), not the words themselves.
_PLACED_BY_MEANING = frozenset({"translated", "reworded"})


def _topic_author(src: PreparedSource, a: int, b: int) -> bool:
    """The words ``a:b`` are the source's own (no quotation or transcript turn of it holds them), and its author
    was read from a heading "X: …", whose X may be the topic ("Earthquake in Orlin: 2,000 dead")."""
    turns = any(s <= a and b <= e + 1 for s, e, _ in src.extra.get("speakers", []))
    return bool(src.extra.get("author_topic")) and not turns


def _on_record(ctx: Context, said: str, kind: str) -> bool:
    """A translated quote whose credited speaker is a voice of some source (a transcript turn, a statement's
    author, a "said" of its text)."""
    if kind != "translated":
        return False
    voices = {w for src in ctx.sources for *_, w in src.extra.get("speakers", []) if w}  # a quote of nobody: none
    voices |= {src.extra["author"] for src in ctx.sources if src.extra.get("author")}
    return any(same_speaker(said, v, ctx.settings) for v in voices)


def _compare(
    qid: str, said: str, who: str, span: tuple[int, int], sid: str, s: Settings, heading: str = ""
) -> Finding | None:
    start, end = span
    if _issuer(said, heading) or said.split()[0].lower().startswith(speaker_phrases.BODY_STEMS):
        # "…, Estova says", "У Міністерстві … повідомили": a body, whoever speaks for it in the source
        return None
    same = same_speaker(said, who, s)
    if same is None or same:
        return None
    if is_named(said) != is_named(who):
        named, unnamed = (said, who) if is_named(said) else (who, said)
        msg = (
            f"Quote {qid} is credited to “{said}”, but {sid} gives it to “{who}”: "
            f"a named speaker ({named}) and an unnamed one ({unnamed}) swapped"
        )
        # Naming an official the source leaves unnamed (or the reverse) is a house choice, worth a look only.
        return Finding("info", "ATTRIBUTION_ANONYMITY", msg, start, end)
    if not (is_named(said) and is_named(who)) or _article_led(who) or _article_led(said):
        # a role ("the minister of health") may be the person the article names, a body ("la Sala Stampa della
        # Curia") the one that speaks for them: no evidence
        return None
    msg = f"Quote {qid} is credited to “{said}”, but {sid} gives these words to “{who}”"
    return Finding("error", "ATTRIBUTION_MISMATCH", msg, start, end)


def check_claims(ctx: Context) -> None:
    """Warn where the article credits a claim to a body or person that none of the sources speaks for."""
    if not ctx.sources:
        return
    voices = [s.extra.get("author") for s in ctx.sources]
    voices += [who for s in ctx.sources for _, _, who in s.extra.get("speakers", [])]
    # The article's own speakers of quotes that a source carries: that source speaks for them.
    matched = {q.speaker for q in ctx.quotes if q.speaker and q.match.source is not None}
    known = list(dict.fromkeys([v for v in voices if v] + sorted(matched)))  # each voice once
    warned: set[str] = set()
    speakers = {q.speaker for q in ctx.quotes if q.speaker}  # their quotes carry their own findings
    for m in ctx.markers:
        who = str(m.value.get("source") or "")
        who = (
            (speaker_bodies.body_named_before(ctx.text, m.start, who) or who)
            if m.kind == "attribution" and who
            else who
        )
        if m.kind != "attribution" or not who or who in speakers or _key(who) in warned:
            continue
        if m.value.get("document") or m.value.get("pronoun"):
            continue  # "in a statement" credits no one by name; "he said" names a guess
        if _key(who) in _PRONOUN_OR_DOC:
            continue
        if any(same_speaker(who, v, ctx.settings) for v in known):
            continue
        warned.add(_key(who))
        msg = f"“{m.text}” credits a claim to {who}, but none of the sources speaks for {who}"
        # Info, not a warning: a source's voice is often named only in the source's header or not at all.
        ctx.findings.append(Finding("info", "UNSOURCED_ATTRIBUTION", msg, m.start, m.end))


def _article_led(speaker: str) -> bool:
    """A phrase a definite article opens ("the minister", "la Sala Stampa", "l'ambassadeur"): a description."""
    first = speaker.split()[0].casefold()
    return first in speaker_roles.DEFINITE_WORDS or first[:2] in ("l'", "l’")
