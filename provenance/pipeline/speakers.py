"""Speakers: who a text credits a quotation to, in eight languages.

The phrase around the quote is read first (a speech verb and its subject, before or after the quote, split attributions,
inversions, "according to" frames, verb-first Arabic, verb-final Turkish); then pronouns and roles are resolved back to
the person the paragraph named, and a quote with no attribution of its own goes on from the one before it. Word lists
live in ``provenance/lexicon/data/`` (``speech_verbs``, ``speaker_stops``, ``person_roles``, ``pronouns``, ...); the
phrase words and trimming shared with Arabic are in ``speaker_phrases``, Arabic's own orders in ``speakers_ar``, other
word orders in ``speaker_orders``, the subject of a lead-in without a verb beside the quote (or of a quote that opens
with its verb) in ``speaker_subjects``, issuers in ``speaker_issuers``; pronouns and roles resolve in ``resolve``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import speaker_apart, speaker_edges, speaker_roles, speakers_hi
from provenance.pipeline import speaker_inversions as inversions
from provenance.pipeline import speaker_joins as joins
from provenance.pipeline import speaker_orders as orders
from provenance.pipeline.markers.attribution_span import without_tail
from provenance.pipeline.speaker_according import according_near
from provenance.pipeline.speaker_addressees import addressed
from provenance.pipeline.speaker_apart import whole as _whole
from provenance.pipeline.speaker_issuers import according_source, issuer
from provenance.pipeline.speaker_labels import label_speaker, pronominal_label
from provenance.pipeline.speaker_owners import statement_owner
from provenance.pipeline.speaker_phrases import (
    _ACCORDING,
    _CAP,
    _CLOSING_NAME,
    _DOCUMENT_AFTER_VERB,
    _DOCUMENT_WORD,
    _IMPERSONAL_AT,
    _INVERTED_AFTER,
    _LEADER,
    _PRONOUNS,
    AND_VERB,
    ARABIC_ANY,
    AUDIENCE_AFTER_VERB,
    IMPERSONAL_VERBS,
    JOINED_VERB,
    PRONOUN_AFTER,
    VERB,
    VERB_ANY,
    VERB_AUXILIARIES,
    _alternation,
    _apposed,
    _clean_np,
    _has_name,
    _mask,
    _role_only,
    _titled,
    _words,
    according_who,
    according_word,
)
from provenance.pipeline.speaker_segments import before_comitative
from provenance.pipeline.speaker_segments import subject_in as _subject_in
from provenance.pipeline.speaker_subjects import (
    AS_SAID,
    LOWER,
    QUOTE_LABEL,
    SENTENCE_BREAK,
    apposed_head,
    as_said_head,
    clitic_subject,
    colon_subject,
    leading_name,
    sentence_subject,
    signs,
    time_clause_subject,
    verb_opened,
)
from provenance.pipeline.speaker_times import time_clause_after
from provenance.pipeline.speakers_ar import (
    _ARABIC_VERB,
    _OBJECT_VERBS_AR,
    _QUOTING_AN,
    PARTICIPLES_AR,
    PRONOMINAL_AR,
    RELAYED_AFTER,
    _arabic_speaker,
    _before_object,
    _named_after_title,
    _quoted_of,
)
from provenance.text import DOUBLED_CLOSERS, lazy_pattern

# The phrase after the verb ends at a comma or at a sentence's end ("— сказала Петренко. За її словами, …").
_CREDIT_OBJECTS = _alternation(frozenset(lexicon.words_all("credit_objects")))  # "– ezt mondta X"
_AFTER_VERB_FIRST = lazy_pattern(
    rf"^(?![^\w:]*:\s*(?-i:{_CAP}))[\s,،.:;–—-]*(?:(?:{_CREDIT_OBJECTS})\s+)?(?P<verb>{VERB})\s+"  # (": Read …")
    rf"(?P<rest>(?:(?!\.\s+(?:[–—]\s+)?(?-i:{_CAP}))[^,،;!?\n\"“”«»]){{1,120}})",
    re.I,
)
_PRONOMINAL_ACCORDING = re.compile(
    rf"\s*(?:{_alternation(frozenset(lexicon.words_all('according_pronominal')))})(?!\w)", re.I
)
_AFTER_VERB_ALONE = lazy_pattern(rf"^[\s,،–—-]*(?P<verb>{VERB})\s*(?:[.;!?]|$)", re.I)
_AFTER_VERB_LAST = lazy_pattern(
    rf"^[\s,،:;–—-]*(?P<np>[^.;!?\n\"“”«»,،]{{1,80}}?)\s+{VERB_AUXILIARIES}(?P<verb>{VERB})\b", re.I
)
_PLUPERFECT = re.compile(r"(?i)\bhad\s+$")  # the auxiliary right before the verb after a quote
_VERB_TO_END = rf"\s+{VERB_AUXILIARIES}(?P<verb>{VERB})\b(?P<tail>[^.!?\n\"“”«»]{{0,120}})$"
_BEFORE = lazy_pattern(rf"(?P<np>[^.;!?\n\"“”«»,]{{1,80}}?){_VERB_TO_END}", re.I)
_BEFORE_TAIL = lazy_pattern(_VERB_TO_END, re.I)  # _BEFORE's end alone: without it no start can match (cheap first)
# Any speech verb, and how far after the last one the quote may start for that verb to introduce it.
__all__ = ["VERB", "VERB_ANY", "find_speaker"]
_VERB_TAIL_CHARS, _REPORTED_TAIL_CHARS = 120, 240
# A lead-in closed by a speech verb and a comma ("Doe said, “…,” the outlet reported"): the quote is that verb's.
_SAID_COMMA = lazy_pattern(rf"(?<![\w-])(?:{VERB})\s*,\s*$", re.I)
# A name in apposition after a role ("…, Jane Doe, …"): two to four capitalised words, or one whose hyphens join
# capitalised parts ("Kovač-Ul-Haq"), then a comma, the end or a preposition ("…, Jane Doe dans une déclaration").
_APPOSITION = re.compile(
    rf"\s*,\s*(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{1,3}}{_CAP}[\w'’-]+|{_CAP}[\w'’]+(?:-\w+)*-{_CAP}[\w'’]+)\s*"
    rf"(?:[,.;]|$|(?=(?:{_alternation(frozenset(lexicon.words_all('prepositions')))})\s))"
)
# A speech verb and its pronoun at the end of the sentence before the quote ("widersprach sie:").
_INVERTED_BEFORE = lazy_pattern(rf"(?<![\w-])(?:{VERB})\s+(?P<pro>\w+)\s*[:,]?\s*$", re.I)
# A sentence that opens with its speech verb, after at most a short adverbial ("في المقابل، قالت X، خلال …، إن"):
# the speaker is the phrase right after the verb, up to the first comma or the complementiser.
_VERB_FIRST_HEAD = lazy_pattern(
    rf"^\s*(?:[^,،\"“”«»]{{1,60}}(?:[,،]|\s[-–—])\s*)?(?P<verb>{VERB})\s+(?P<np>[^.!?\n\"“”«»:،,]{{1,90}}?)\s*(?:[,،:]|\s(?:إن|أن)(?!\w))",
    re.I,
)
_AUX_TAIL = re.compile(rf"(?:\s+(?:{_alternation(frozenset(lexicon.words_all('speaker_auxiliaries')))}))+\s*$")
# Words between a quote and the verb that closes its sentence ("…" diye ekledi, "…" ifadeleriyle kınadı).
_VERB_ONLY_FRAMES = frozenset(lexicon.words_all("quote_verb_frames"))
# A speech verb ending the sentence right after the quote ("…", dedi.): the speaker opens the sentence before it.
_VERB_ONLY_AFTER = lazy_pattern(rf"^[\s,–—-]*(?:(?:{_alternation(_VERB_ONLY_FRAMES)})\s+)?(?:{VERB})\s*[.!]", re.I)
# A sentence that opens with its speech verb, the speaker after it ("وقال الوزير X إن …"); a verb later in the
# sentence has its subject before it ("X told journalists": the journalists are no speaker).
_VERB_FIRST_BEFORE = lazy_pattern(
    rf"^\s*(?P<se>se\s+)?(?P<verb>{VERB})\s+(?P<np>[^.!?\n\"“”«»:،,]{{1,90}}?)\s*(?:إن|أن|:|،|,)?\s*$", re.I
)


def find_speaker(text: str, parts: Sequence[tuple[int, int]], window: int) -> tuple[str | None, tuple[int, int] | None]:
    """Who the text credits a quote to, and where that phrase stands; (None, None) when nobody is named."""
    np_, span = _find_speaker(text, parts, window)
    if np_ and span and VERB_ANY.fullmatch(np_):
        return "he", span  # "Hozzátette: „…”", "Added: “…”": a verb of saying alone, its subject the last speaker
    if np_ and speaker_roles.fragment(np_):
        return None, None  # "geçen hafta yapılan toplantıda yeni bir plan için …": a clause, no one's name
    if span and not parts[0][0] <= span[0] < parts[-1][1] and _in_marks(text, span):
        return None, None  # "einen „Appell der Hoffnung“ an „alle Bürger“": words of another quote speak not
    verb = _LEADING_VERB.match(np_) if np_ and span and np_[:1].islower() else None
    if verb and span and np_ and verb.end() < len(np_):
        # "«…», a déclaré le président russe, qui a promis qu'ils « … »": the verb is no part of the speaker
        np_, span = np_[verb.end() :], (span[0] + verb.end(), span[1])
    if np_ and span and (lead := _LEADING_CHANNEL.match(np_)):
        # "a écrit sur le réseau social X le Premier ministre …": the channel between the verb and its subject
        np_, span = np_[lead.end() :], (span[0] + lead.end(), span[1])
    if np_ and span and (named := speaker_apart.undated(np_, span)):  # "2024-01-11 Jane Roe": a date glued on
        return named[0].replace(_LEADER, "."), named[1]
    if np_ and span and (bare := without_tail(np_)) != np_:  # "Jane Roe sur Telegram": the name, not its channel
        np_, span = bare, (span[0], span[0] + len(bare))
    aux = (_AUX_TAIL.search(np_) or speaker_roles.VERB_TAIL.search(np_)) if np_ and span else None
    if np_ and span and aux and aux.start() > 0:  # "il a ainsi (déclaré)": the subject, not its auxiliary
        np_, span = np_[: aux.start()], (span[0], span[0] + aux.start())
    np_, span = issuer(text, np_, span)  # "The statement released by X", "Britain, France and Germany said"
    return (np_.replace(_LEADER, ".") if np_ else None), span


# Marks that open a quotation on the line before a span, and those that close one after it.
_OPENING_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))[„«“\"](?:\S[^\"“”«»„\n]*)?$")
_CLOSING_AFTER = re.compile(r"^(?:[^\"“”«»„\n]*[^\s\"“”«»„])?[“”»\"]")


def _in_marks(text: str, span: tuple[int, int]) -> bool:
    """The span lies inside another quotation's marks: the nearest mark before it opens one (a word right after
    it, or the span's own first word: "„Laut den letzten Informationen, … sind 14 tot.“" names no speaker of the next
    quote), the nearest after it closes one."""
    before, after = text[max(0, span[0] - 200) : span[0]], text[span[1] : span[1] + 200]
    opens = _OPENING_BEFORE.search(before)
    if (
        opens is not None
        and opens.end() - opens.start() == 1
        and (not text[span[0] : span[0] + 1].strip() or after[:1] in '"“”»')
    ):
        return False  # (a mark with a space after it opens nothing; marks around the name alone: "Added "X", …")
    return opens is not None and bool(_CLOSING_AFTER.match(after))


# A speech verb (with its auxiliary: "a déclaré", "ha aseverado") opening a speaker phrase.
_LEADING_VERB = lazy_pattern(rf"(?:\w+\s+)?(?:{VERB})\s+", re.I)


_WRAPPED = re.compile(rf"(?<=[\w,;])[ \t]*\n[ \t]*(?=[{LOWER}])")  # a hand-wrapped line: the next opens in lower case


def _find_speaker(
    text: str, parts: Sequence[tuple[int, int]], window: int
) -> tuple[str | None, tuple[int, int] | None]:
    start, end = parts[0][0], parts[-1][1]
    for a, b in itertools.pairwise(parts):  # "X," he said, "Y."
        gap = _mask(text[a[1] + 1 : b[0] - 1]).rstrip(" \t-–—")  # ("- dice Bergoglio- conosce": no dash in it)
        found = _whole(_speaker_after(gap, a[1] + 1))
        if found[0]:
            return found
    before_start = max(0, start - 1 - window)
    paras = text[before_start : max(0, start - 1)].split("\n\n")
    before = _WRAPPED.sub(lambda m: " " * len(m.group()), _mask(paras[-1]))  # one line, as wrapping by hand split it
    lead = _mask(paras[-2].rstrip() + " ") if len(paras) > 1 and paras[-2].rstrip().endswith(":") else ""
    if not before.strip() and (VERB_ANY.search(lead) or QUOTE_LABEL.search(lead)):
        before = lead  # "… بكلمة قال فيها:" and the speech in the next paragraph (not a page's "Text size:")
    quoting = QUOTE_LABEL.search(before)  # "Quote from Peskov:": the label names whose words follow
    if quoting:
        base = max(0, start - 1) - len(before)
        return quoting.group("name"), (base + quoting.start("name"), base + quoting.end("name"))
    owned = statement_owner(before, max(0, start - 1) - len(before), text[start:end])
    if owned[0]:  # "responding to Pope Francis's call to show “the courage of the white flag”": the pope's words
        return owned
    labelled = label_speaker(before)  # "MS. ROE:", "ج:", "Source: …": a label opening the quote's line
    if labelled is not None:
        base, span = max(0, start - 1) - len(before), labelled[1]
        return labelled[0], (base + span[0], base + span[1]) if span else None
    # "X sagte in einer Sendung: „…“", "Doe said the death was “proof of it.” He said …": a quote introduced by
    # a colon, or closing its sentence after a speech verb before it, is that verb's, whatever follows it
    colon = before.rstrip().endswith(":") and not pronominal_label(before)  # the head names no one: read on
    after = _mask(text[end + 1 : min(len(text), end + 1 + window)].split("\n\n")[0])
    after = " " + after[1:] if text[end : end + 2] in DOUBLED_CLOSERS else after  # “…,’’ the post said: one mark
    closed = _VERB_ONLY_AFTER.match(after) or orders.closed_by_verb_tr(after)  # '«…» dedi.': the verb after
    if colon or text[start:end].rstrip()[-1:] == "." or (_SAID_COMMA.search(before) and not closed):
        found = addressed(_whole(_speaker_before(before, at := max(0, start - 1) - len(before))), before, at)
        if found[0]:
            return found
        if colon:  # "Aust verwies auf die Löhne: „…“", "Then he returned to the attack: “…”"
            found = addressed(colon_subject(before, at), before, at)
            if found[0]:
                return found
    # "After Roe announced the attack “on our forces,” Marek said the attack “did not happen.”": the verb after
    # takes a quote of its own; this one is the object of the verb before it, in its sentence
    if _NEXT_QUOTES_OWN.match(after) and _VERB_IN_SENTENCE.search(before):
        found = _whole(_speaker_before(before, max(0, start - 1) - len(before)))
        if found[0]:
            return found
    # "X," she said / «X», – заявив: an attribution after the quote follows the quote's own punctuation.
    punctuated = text[start:end].rstrip()[-1:] in ",.!?…" or after.lstrip()[:1] in (",", "–", "—", "-")
    punctuated = punctuated or orders.pronoun_said(after)  # '"…" he added, X reported.': a comma left out
    # a quote inside its sentence, no comma after it ("have “unequivocally” condemned the attack"): the verb after
    # it goes on with the sentence's subject, and the words after that verb are its object
    inside = not punctuated and bool(re.split(r"(?<=[.!?:])\s+", before)[-1].strip())
    stopped = text[start:end].rstrip()[-1:] in ".!?…"  # the quote closes its own sentence
    # a quote that opens with the sentence's verb of saying ("El consejo también «exigió …», expresó su …"): the subject
    # before it speaks, whatever the words after it
    opened = verb_opened(text[start:end], before, max(0, start - 1) - len(before), _subject_in)
    if opened[0] and not _ACCORDING.match(after.lstrip(" ,،–—-")):  # ("«…», selon une déclaration de X": X reads it)
        return opened
    # a quote that is a sentence of its own, and the next sentence's verb leading into a quote of its own ("“…
    # obliterated.” State media reported that the sites were evacuated “some time ago.”"): that one's attribution
    opens = not re.split(r"(?<=[.!?:])\s+", before)[-1].strip()  # (a quote that opens its sentence too)
    relayed_on = stopped and opens and _NEXT_QUOTES_OWN.match(after) is not None
    found = (
        (None, None)
        if relayed_on
        else _speaker_after(after, end + 1, verb_last=punctuated, verb_first=not inside, stopped=stopped)
    )
    found = _whole(found)
    if found[0]:
        return found
    signed = _NAME_CLOSING_LINE.match(after)  # "«…», – Зеленський" (a headline): the name the line closes with
    if signed and (signed.group("sep") or text[start:end].rstrip().endswith(",")) and signs(signed.group("np")):
        return signed.group("np"), (end + 1 + signed.start("np"), end + 1 + signed.end("np"))
    if closed:
        found = sentence_subject(before, max(0, start - 1) - len(before))
        if found[0]:
            return found
    found = orders.owner_tr(before, after, max(0, start - 1) - len(before))  # "Bakan Deniz Arslan'ın “…” sözleri"
    found = found if found[0] else orders.participle_owner_tr(after, end + 1)  # "“…” diyen Aliyev"
    if found[0]:
        return found
    found = _whole(_speaker_before(before, max(0, start - 1) - len(before)))
    if not found[0] and (tail := orders.tail_subject(after)):  # '"reopen the gate …" within a week, she said.'
        return tail[0], (end + 1 + tail[1], end + 1 + tail[2])
    closing = None if found[0] else orders.sentence_tail(text, end) or orders.parenthetical_attribution(text, end)
    found = _whole(_speaker_after(_mask(text[closing[0] : closing[1]]), closing[0])) if closing else found
    found = found if found[0] else opened
    alone = _AFTER_VERB_ALONE.match(after)
    if found[0] or not alone:
        return found
    # '"…", advirtió.': a verb alone after the quote, no subject before it, goes on with the one named before
    return "he", (end + 1 + alone.start("verb"), end + 1 + alone.end("verb"))


# The attribution after a quote runs on, past its verb, into a quote of its own in the same sentence.
_NEXT_QUOTES_OWN = lazy_pattern(
    rf"^[\"”»’]?[ \t]*[^.!?\n\"“”«»„]{{2,100}}?(?<![\w-])(?:{VERB})\b[^.!?\n\"“”«»„]{{1,60}}[“«„\"]", re.I
)
# A channel between an inverted verb and its subject ("a écrit sur le réseau social X le Premier ministre", "schrieb
# auf X die Kanzlerin"): an opener (lexicon attribution_tail_openers), at most two short determiners, channel words
# (lexicon attribution_channels) and the platform's capitalised name; then an article or a capital opens the subject.
_LEADING_CHANNEL = re.compile(
    rf"^(?:{_alternation(lexicon.words_all('attribution_tail_openers'))})\s+(?:[a-zà-ÿ'’]{{1,4}}\s+){{0,2}}"
    rf"(?:(?i:{_alternation(lexicon.words_all('attribution_channels'))})\w*\s+(?:[a-zà-ÿ]+\s+)?){{0,2}}"
    rf"(?:{_CAP}[\w.]*\s+){{1,2}}?(?=(?:{_alternation(speaker_roles.ARTICLES)})\s|{_CAP})"
)
# A dateline opening the sentence, a place (and an agency in brackets) and a dash before a capital ("Rom - Der
# Kanzler …", "Orlin (BNA) – Jane Roe …"): the sentence proper starts after it.
_DATELINE_OPENING = re.compile(
    rf"^\s*{_CAP}[\w'’.-]+(?:\s+{_CAP}[\w'’.-]+){{0,2}}(?:\s*\([^()\n]{{1,30}}\))?\s+[-–—]\s+(?={_CAP})"
)
# ... and one opening a line ("Orlin.- El alcalde …", "ORLIN (AFP) — The mayor …"), a dash with or without spaces.
_DATELINE_LINE = re.compile(
    rf"\s*{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+){{0,2}}(?:\s*\([^()\n]{{1,30}}\))?\s*\.?\s*[-–—]\s*(?={_CAP})"
)
# A speech verb in the quote's own sentence, before it.
_VERB_IN_SENTENCE = lazy_pattern(rf"(?:^|[.!?\n][ \t\"”»]*)[^.!?\n]*(?<![\w-])(?:{VERB})\b[^.!?\n]*$", re.I)
# A name, after a comma, a colon or a dash, that closes the quote's line: "«…», Joe Biden", "«…» – Зеленський".
_NAME_CLOSING_LINE = re.compile(
    rf"^[\"“”«»„'’]*[ \t]*(?P<sep>[,:][ \t]*[-–—]?|[-–—])?[ \t]*"
    rf"(?P<np>(?:{_CAP}[\w'’.\u2024-]+[ \t]+){{0,3}}{_CAP}[\w'’-]+(?:[ \t]+[^\W\d_][\w-]+)?)[ \t]*(?:\n|$)"
)  # (a role in lower case after it: "“…”: Borean official")


def _speaker_after(
    after: str, offset: int, *, verb_last: bool = True, verb_first: bool = True, stopped: bool = False
) -> tuple[str | None, tuple[int, int] | None]:
    stop = re.search(r"[\"“”«»„]", after)
    if stop:
        after = after[: stop.start()]
    if _NEW_SENTENCE.match(after) or time_clause_after(after) or joins.adversative_after(after):  # ", but X says"
        return None, None  # "… du Qaradan ». Selon elle, …": the next sentence's attribution, not this quote's
    m = _INVERTED_AFTER.match(after)
    if m:
        return m.group("pro"), (offset + m.start("pro"), offset + m.end("pro"))
    m = RELAYED_AFTER.match(after)
    if m:  # "«…»، وفق ما نقل بيان الاتحاد عن X.": X
        found = _quoted_of(m.group("np").rstrip(" ،,"), offset + m.start("np"))
        if found[0]:
            return found
    stripped = after.lstrip(" ,،–—-")
    m = _ACCORDING.match(stripped) or according_near(stripped)
    if (m and m.group("np").split()[0] in PRONOMINAL_AR) or _PRONOMINAL_ACCORDING.match(stripped):
        return None, None  # "«…»، بحسب تعبيره", "“…”, selon ses termes": the one named before the quote
    settled, who = according_source(stripped[m.start("np") :]) if m else (False, None)
    if settled:  # "selon un communiqué lu … par les militaires du comité", "selon plusieurs médias" (no one)
        return (who, (offset, offset + len(after))) if who else (None, None)
    if m:
        words = _words(m.group("np"))
        if len(words) > 1 and words[0].lower() in speaker_roles.ARTICLES:
            words = words[1:]  # "de acuerdo con el director de la planta, X"
        np_ = according_who(_clean_np(words, leading=True))
        named = _APPOSITION.match(stripped, m.end("np")) if np_ and _role_only(np_) else None
        if named:  # "«…», de acuerdo con el director de la planta, Oleg Sudárev, quien …": the name
            at = offset + len(after) - len(stripped)
            return named.group("name"), (at + named.start("name"), at + named.end("name"))
        if np_:
            return np_, (offset, offset + len(after))
    m = _AFTER_VERB_FIRST.match(after) if verb_first else None
    if m and m.group("verb").removeprefix("و") in PARTICIPLES_AR:
        return None, None  # "«…»، مؤكدة استمرار الدعم": the participle goes on with the subject before the quote
    if m and ARABIC_ANY.match(m.group("verb")) and m.group("rest").lstrip().startswith(("لل", "لـ")):
        return "he", (offset + m.start("verb"), offset + m.end("verb"))  # "«…»، قال للجمهور": to whom, he spoke
    if m:
        rest, base = m.group("rest"), m.start("rest")
        if "\n" in after[m.end("verb") : base] and _DATELINE_LINE.match(rest):  # "…», dice\nOrlin.- El alcalde …":
            rest = ""  # a headline's verb ends its line; the next story's dateline opens the next one
        if re.match(r"(?:a|à)\s+(?:El|La|Los|Las|Le|Les)\s", rest):
            return None, None  # "contó a El Eco entre lágrimas": the outlet told, no speaker after the verb
        if time := orders.TIME_AFTER_VERB.match(rest):  # "comentó hoy la portavoz X": past the time word
            rest, base = rest[time.end() :], base + time.end()
        to = orders.ADDRESSEE_AFTER_VERB.match(rest)  # "expresó a la población.": whom, not who
        if to and not rest[to.end() :].strip(" ,.;:"):
            return None, None
        doc = _DOCUMENT_AFTER_VERB.match(rest) or AUDIENCE_AFTER_VERB.match(rest)  # "a la prensa el ministro"
        if doc and any(w[:1].isupper() for w in doc.group().split()[:-1]):
            doc = None  # "сказав Нетаньягу у відеозверненні з …": the name before the document is the speaker
        doc = doc or orders.OCCASION_AFTER_VERB.match(rest)  # "lors d'une conférence de presse le directeur"
        channel = orders.channel_after_verb(rest)  # "ha scritto su Truth il tycoon": the channel, where the
        whole = (_clean_np(_words(rest), leading=True) or "") if channel else ""  # (or a stop ends it before a
        swallowed = channel and (whole.startswith(rest.split()[0]) or not (whole or channel["role"] is None))  # role)
        doc = doc or (channel if swallowed else None)  # would take it in ("su" is Spanish "his" too)
        if doc and (issued := according_source(rest.lstrip())[1]) and issued in rest:  # "el texto publicado por X"
            return issued, (offset + base + rest.find(issued), offset + base + rest.find(issued) + len(issued))
        if doc and doc.group().split()[0].lower() in speaker_roles.DEFINITE_WORDS:
            doc = None  # "afirmou o texto oficial": the document is the subject (its issuer, resolved later)
        if doc and not ARABIC_ANY.match(rest):  # "afirmó en un comunicado su director general, X": past it
            rest, base = rest[doc.end() :], base + doc.end()
        if m.group("verb").split()[-1].removeprefix("و") in _OBJECT_VERBS_AR:  # "هكذا وصف X الوضع"
            rest = _before_object(rest)
        if aside := re.match(r"\s*\([^()\n]{1,60}\)", rest):  # "- wezwał (pisownia oryginalna).": a note
            rest, base = rest[aside.end() :], base + aside.end()
        np_ = _named_after_title(rest) or inversions.without_object(_clean_np(_words(rest), leading=True))
        tail = _CLOSING_NAME.search(rest.rstrip(" .")) if np_ is None else None
        name = " ".join(itertools.dropwhile(str.isupper, tail.group().split())) if tail else ""  # not "ЧС"
        if len(name.split()) >= 2 and _has_name(name):
            # "— рассказал на утреннем брифинге … первый замминистра Игорь Ковыльский": the name closing it
            at = offset + base + rest.rfind(name)
            return name, (at, at + len(name))
        if np_ and np_.lower() not in ("that",):
            described = _role_only(np_) or np_[:1].islower()  # "la ministre des Affaires étrangères"
            named = _APPOSITION.match(after, m.end("rest")) if described else None
            # "a déclaré la porte-parole du ministère, Jane Doe, lors de …": the name (not another role's)
            if named and not speaker_apart.apposed_apart(rest, np_):
                return named.group("name"), (offset + named.start("name"), offset + named.end("name"))
            tail = speaker_edges.trailing_name(rest) if described else None
            own = len(np_.split()) >= 2 and all(w[:1].isupper() for w in np_.split()[-2:])  # "президент России X Y"
            tail = None if tail and own and tail.group("name") not in np_ else tail  # not "… с коллегой Z W"
            if tail:  # "versicherte der … zuständige Manager Martin Oyelaran"; an initial takes the word before it
                a = tail.start() if tail.group("name")[1:2] == _LEADER else tail.start("name")  # "Jane B. Roe"
                return rest[a : tail.end("name")], (offset + base + a, offset + m.end("rest"))
            closing = _CLOSING_NAME.search(rest.rstrip(" .")) if described and _role_only(np_) else None
            closing = None if closing and speaker_apart.closing_apart(rest, closing, np_) else closing
            if closing and len(closing.group().split()) >= 2 and _has_name(closing.group()):
                # "— заявила министр промышленности и энергетики Анна Ковальчук": past the "и" (not right after it)
                return closing.group(), (offset + base + closing.start(), offset + base + closing.end())
            return np_, (offset + m.start("verb"), offset + m.end("verb") + 1 + len(np_))
    if verb_last and (found := orders.apposed_subject(after, offset, after=True))[0]:  # "“…,” Doe, an aide, said."
        return found
    m = _AFTER_VERB_LAST.match(after) if verb_last else None
    if m and stopped and (_PLUPERFECT.search(after, 0, m.start("verb")) or orders.next_line_statement(after, m)):
        return None, None  # "“… we will win.” Doe had announced …", "“…”\nThe release said Doe welcomed …": new ones
    if m:
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_ and np_.lower() not in _VERB_ONLY_FRAMES and not joins.adverbial(np_):  # not "following reports"
            return np_, (offset + m.start("np"), offset + m.end("verb"))
    return None, None


def _speaker_before(before: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    sentence = SENTENCE_BREAK.split(before)[-1]
    if dated := _DATELINE_OPENING.match(sentence):  # "Rom - Bundeskanzler X hat …": the place is no subject
        sentence = sentence[dated.end() :]
    body = sentence.rstrip()
    lines = re.split(r"[ \t]*\n\s*", body)
    if len(lines) > 1 and not lines[-1][:1].islower():  # the quote's line alone first: no headline above is part
        line = lines[-1] + sentence[len(body) :]  # (in text wrapped by hand the whole sentence is read next)
        found = _speaker_before(line, offset + len(before) - len(line))
        if found[0]:
            return found
    s_off = offset + len(before) - len(sentence)
    m = _PRONOMINAL_ACCORDING.match(sentence)
    if m:  # "По его словам, концентрация … «…»": the one named before
        return "he", (s_off + m.start(), s_off + m.end())
    m = _INVERTED_BEFORE.search(sentence)
    if m and m.group("pro").lower() in _PRONOUNS:  # "widersprach sie:"
        return m.group("pro"), (s_off + m.start("pro"), s_off + m.end("pro"))
    m = AS_SAID.match(sentence)
    if m:  # "Як зазначила в заяві міністерка оборони Зоряна Квітчаста, «…»": the name the frame closes with
        key = "np" if m.group("np") else "np2"
        name = _CLOSING_NAME.search(m.group(key))
        who = name.group() if name else _clean_np(_words(m.group(key)), leading=False)
        if who:
            return who, (s_off + m.start(key), s_off + m.end(key))
    found = as_said_head(sentence, s_off)  # "Как говорится в заявлении министерства, решение … «…»"
    if found[0]:
        return found
    arabic = _ARABIC_VERB.search(sentence) or _QUOTING_AN.search(sentence)  # (no capitals to read in either)
    found = _arabic_speaker(sentence, s_off) if arabic else speakers_hi.hindi_speaker(sentence, s_off)
    if found[0]:
        return found
    found = orders.fronted(sentence, s_off)  # "Dazu sagte Ministerin Jane Doe: „…“", "Per Bellini, «…»"
    found = found if found[0] else orders.with_saying(sentence, s_off)  # "…, with Jane Doe saying it was “…”"
    found = found if found[0] else orders.apposed_subject(sentence, s_off, after=False)  # "Doe, a spokeswoman, said"
    if found[0]:
        return found
    found = (None, None) if orders.russian_gerund(sentence) else _subject_of_last_verb(sentence, s_off)
    found = found if found[0] else orders.gerund_subject(sentence, s_off)  # "X vowed …, saying it was a “…”"
    if found[0]:
        return found
    m = _ACCORDING.search(before)
    if m and len(before) - m.end() < 10 and before.rstrip()[-1:] not in ".!?":  # (in the quote's sentence)
        np_ = according_who(_clean_np(_words(m.group("np")), leading=True), m.group().split()[0])
        if np_:
            return np_, (offset + m.start(), offset + m.end())
    cut = inversions.opener_end(sentence)  # "Luego, afirmó que", "En el mismo sentido se manifestó X:"
    m = _VERB_FIRST_BEFORE.search(sentence[cut:])
    if m:
        np_ = _named_after_title(m.group("np")) or _clean_np(_words(m.group("np")), leading=True)
        np_ = np_ if np_ and _someone(np_) else None  # "Recordó las décadas de tensiones …:": its object
        if np_:
            return np_, (s_off + cut + m.start("verb"), s_off + cut + m.end("np"))
        if not m.group("se"):  # ("Se dijo que": impersonal, no one; "se manifestó Michel": the name after it)
            # "وأضاف:", "Así, agregó que": the verb alone, its subject dropped; the last speaker goes on
            return "he", (s_off + cut + m.start("verb"), s_off + cut + m.end("verb"))
    m = _VERB_FIRST_HEAD.search(sentence)
    if m:
        np_ = _named_after_title(m.group("np")) or _clean_np(_words(m.group("np")), leading=True)
        np_ = np_ if np_ and _someone(np_) else None  # "Advirtió de ataques «…»": no one
        named = _apposed(sentence, m.end("np")) if np_ else None
        named = named if named and np_ and (_role_only(np_) or _titled(named.group("name"))) else None
        if named and _has_name(named.group("name")) and not _role_only(named.group("name")):
            return named.group("name"), (s_off + named.start("name"), s_off + named.end("name"))
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("np"))
    m = _BEFORE.search(sentence) if _BEFORE_TAIL.search(sentence) else None
    impersonal = m and m.group("verb").lower() in IMPERSONAL_VERBS and not _DOCUMENT_WORD.search(m.group("np"))
    m = None if impersonal else m  # "Zur Begründung hieß es": no subject, nor a document's issuer
    if m and not speaker_roles.not_said(m.group("verb"), m.group("tail"), m.group("np")):  # not "a lancé des « … »"
        if (pro := inversions.inverted_after_fronted(sentence, m)) is not None:  # "Vor Reportern sprach er von „…“"
            return pro, (s_off + m.end("verb") + 1, s_off + m.end("verb") + 1 + len(pro))
        if (doc := inversions.fronted_document(sentence, m.start("verb"), m.end("verb"))) is not None:
            return doc[0], (s_off + doc[1], s_off + doc[2])
        np_ = _clean_np(_words(m.group("np")), leading=False)
        if np_ and np_.islower() and (pro := next((w for w in np_.split() if w in _PRONOUNS), None)):
            np_ = pro  # "…, wollte sie nicht sagen:": the pronoun among lower-case words is the subject
        np_ = (before_comitative(m.group("np"), np_) if np_ else None) or np_  # "В беседе с X она назвала"
        if np_:
            return np_, (s_off + m.start("np"), s_off + m.end("verb"))
    m = _ACCORDING.search(sentence)  # "По словам министра, судно «…»": the frame opens the sentence
    if m:
        np_ = according_who(_clean_np(_words(m.group("np")), leading=True), m.group().split()[0])
        if np_:
            return np_, (s_off + m.start(), s_off + m.end())
    return None, None


def _someone(np_: str) -> bool:
    """Words after a verb opening the sentence that may be its subject: where they open in lower case (a script
    with capitals), a name, a role or a body among them ("recordó el ministro"); else they are its object or an
    adverbial ("Recordó las décadas de tensiones", "Advirtió de ataques")."""
    if not np_[:1].islower():
        return True
    return _has_name(np_) or any(speaker_roles.is_role(w) or speaker_roles.is_body(w) for w in np_.split())


def _subject_of_last_verb(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the sentence's last speech verb before the quote, read across commas: "Jane Doe, head of the
    programme, said …", "Asked about the reports, Doe said: …". A verb opening the sentence is the verb-first rule's."""
    verbs = list(VERB_ANY.finditer(sentence))
    m = verbs[-1] if verbs else None
    # a verb whose that-clause holds the quote reaches further ("Doe said in a statement that …, “…”")
    reach = _REPORTED_TAIL_CHARS if m is not None and _THAT_CLAUSE.match(sentence, m.end()) else _VERB_TAIL_CHARS
    if m is None or len(sentence) - m.end() > reach or _ARABIC_VERB.fullmatch(m.group()) or according_word(m.group()):
        return None, None  # an Arabic verb has its subject after it, and "según" ("according to") its source
    if reach == _REPORTED_TAIL_CHARS and orders.ends_in_gerund(sentence):
        return None, None  # "X reported that Y was worried …, saying “…”": the clause's subject (gerund_subject)
    if speaker_roles.not_said(m.group(), sentence[m.end() :], sentence[: m.start()]):
        return None, None  # "L'Azerbaïdjan a lancé des « … »": launched, not said; "The plan was announced"
    if (main := time_clause_subject(sentence, m, s_off)) is not None:
        return main  # "Hours after the palace announced …, Jane Roe remembered her as “…”": the main clause's
    inverted = PRONOUN_AFTER.match(sentence, m.end())
    if inverted and inverted.group("pro").lower() in _PRONOUNS:  # "In seiner Rede betonte er, dass …"
        return inverted.group("pro"), (s_off + inverted.start("pro"), s_off + inverted.end("pro"))
    head = sentence[: m.start()]
    if head.rstrip().endswith(",") and not apposed_head(head):  # "Die Lage sei ernst, sagte Baerbock.": inverted
        at = len(head.rstrip()) - 1
        after = _speaker_after(sentence[at:], s_off + at, verb_last=True)
        rest = sentence[after[1][1] - s_off :] if after[1] else ""  # "described Y as", "called Y «…»": Y the object
        named = after[1] and (orders.named_as(after[0] or "", rest) or (not rest.strip() and orders.naming(m.group())))
        if after[0] and speaker_roles.inverted_subject(after[0]) and not named:
            return after
    head = head[max(head.rfind(c) for c in '"“”«»„') + 1 :]  # not into another quotation
    head = head[max(0, head.rfind(": ") + 1) :]  # nor across a colon ("Details: Biden said …")
    if m.group().lower() in IMPERSONAL_VERBS and not _IMPERSONAL_HEAD.match(head):
        return None, None  # "…, говорится в пресс-релизе банка": no subject before an impersonal verb
    if head.rstrip().endswith(("-", "–", "—")):
        return None, None  # "PLACE (AGENCY) - announced X that …": a dateline, then a verb-first sentence
    first = verbs[0] if len(verbs) > 1 and not _ARABIC_VERB.fullmatch(verbs[0].group()) else None
    relay = _RELAYED.match(sentence, first.end()) if first is not None else None
    if relay and first is not None and sentence[m.end() :].strip(" ,:") and not orders.ends_in_gerund(sentence):
        # "He added that Qaradan had told its friends that …": the one who relays the words speaks
        outer = _clean_np(_words(sentence[: first.start()]), leading=False)
        if outer and (outer.lower() in _PRONOUNS or _has_name(outer)) and len(outer.split()) <= 4:
            return outer, (s_off + sentence.find(outer), s_off + first.end())
    elif relay:  # "Reuters reported that Marek said: “…”": the last verb opens the quote, its own subject speaks
        cut = max([relay.end()] + [b.end() for b in re.finditer(r"[.!?][\"”»']?\s+", sentence[: m.start()])])
        if (inner := _subject_in(sentence[cut : m.start()], s_off + cut))[0]:  # (in its own sentence)
            return inner
    joined = JOINED_VERB.search(head) or AND_VERB.search(head)
    earlier = [v for v in verbs[:-1] if joined and v.end() <= joined.start()]
    if joined:  # "…, und fügte hinzu", "X condemned … and said": the subject of the verb before (or the name)
        return _subject_of_last_verb(sentence[: earlier[-1].end()], s_off) if earlier else leading_name(head, s_off)
    if (after := clitic_subject(sentence, s_off))[1]:  # "Lo conferma la Capitaneria": the subject after the verb
        return after
    if (doc := inversions.fronted_document(sentence, m.start(), m.end())) is not None:  # "Beszédében mondta X"
        return doc[0], (s_off + doc[1], s_off + doc[2])
    aux = _AUX_TAIL.search(head)  # "Doe would not say": Doe
    return _subject_in(head[: aux.start()] if aux else head, s_off)


# An impersonal verb's sentence opened by "в"/"у" and a body or document ("В сообщении суда отмечается").
_IMPERSONAL_HEAD = re.compile(rf"^\s*(?i:{_alternation(_IMPERSONAL_AT)})\s")
# A full stop right after the quote and a capitalised word: a new sentence starts.
_NEW_SENTENCE = re.compile(rf"^\s*[.!?]\s+{_CAP}")
# A speech verb's that-clause, maybe after "in a statement" or a time set off by commas ("a declarat, în noaptea de
# duminică, că …"), or its "that" left out before a person's pronoun ("Roe said she would remain …"): the clause, and
# a quote inside it, are its report.
_REPORT_OPENERS = lexicon.words_all("complementisers") | lexicon.words("person_pronouns")
_THAT_CLAUSE = re.compile(
    rf"(?:[^,.;:!?\"“”«»„\n]{{0,30}}?|,[^,.;:!?\"“”«»„\n]{{1,50}},)\s(?:{_alternation(_REPORT_OPENERS)})\s", re.I
)
# A speech verb followed by its complementiser: what comes after is the verb's report, whatever it quotes.
_RELAYED = re.compile(rf",?\s+(?:{_alternation(frozenset(lexicon.words_all('complementisers')))})\s", re.I)  # ", что"
