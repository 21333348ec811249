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
from provenance.pipeline import speaker_bodies, speaker_phrases, speaker_roles
from provenance.pipeline.aliases import alias_group as _alias_group  # (re-exported: callers find it here)
from provenance.pipeline.aliases import alias_key as _key
from provenance.pipeline.markers.byline import NAME_PARTICLES  # "al-Sabbagh": a name
from provenance.pipeline.names import body_noun, skeleton
from provenance.pipeline.source_voices import (  # (re-exported: where callers have always found them)
    annotate_source as annotate_source,
)
from provenance.pipeline.source_voices import (
    heading_issuer as heading_issuer,
)
from provenance.pipeline.source_voices import (
    source_speaker as source_speaker,
)
from provenance.pipeline.source_voices import (
    source_voice as source_voice,
)
from provenance.pipeline.source_voices import (
    transcript_turns as transcript_turns,
)
from provenance.report import Evidence, Finding
from provenance.settings import Settings, defaults
from provenance.text import norm_word

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource
    from provenance.pipeline.context import Context

# When two surnames are one is a Settings matter (surname_min_ratio, surname_min_fuzzy_len): a Cyrillic surname
# transliterated against its Latin spelling scores about 78, unrelated ones of similar length under 60.
# Capitalised at a sentence start, but never a name.
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "for", "in", "on", "at", "this", "that", "its", "his", "her"}
)
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


# The word after a role that names whom its holder speaks for ("Spokesman for the Secretary-General"): the phrase
# names the principal, not the speaker. (Romance "de" also opens what a minister is of: not listed.)
_ON_BEHALF = frozenset({"for"})


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
    if len(words) > 2 and words[0].casefold() in ROLE_WORDS and words[1] in _ON_BEHALF:
        return False  # "Spokesman for António Guterres": someone speaking for the person named, unnamed
    return bool(_names(phrase)) and _alias_group(phrase) is None


# --- sources -------------------------------------------------------------------------------------


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
