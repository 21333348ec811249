"""Who a quote goes to once its own attribution is read: pronouns and roles resolved back to the person the
text named, and a quote with no attribution of its own carried on from the quote or the sentence before it.

``provenance.pipeline.speakers`` reads the words around each quote; this module decides between what they
say and what the paragraph said before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import (
    speaker_apart,
    speaker_owners,
    speaker_roles,
    speakers_ar,
    speakers_ar_bodies,
    speakers_hi,
)
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.markers.attribution import about_this_after
from provenance.pipeline.names import not_place
from provenance.pipeline.speaker_above import (
    DATELINE,
    SENTENCES_AND_LINES,
    named_above,
    newly_named,
    opening_person,
    opening_role,
    opening_subject,
    subject_above,
)
from provenance.pipeline.speaker_antecedents import last_full_name, possessive_lead
from provenance.pipeline.speaker_bodies import BODY_ARTICLE, bodies, body_named, paragraph_start, possessor
from provenance.pipeline.speaker_continues import CONTINUED_TAIL_CHARS, continued, paragraph_break, reported_on
from provenance.pipeline.speaker_credits import credited_after
from provenance.pipeline.speaker_epithets import aged
from provenance.pipeline.speaker_fullnames import aged_person, in_full, without_complement
from provenance.pipeline.speaker_holders import named_after_role, named_in_role
from provenance.pipeline.speaker_issuers import issuer_of, statement_by
from provenance.pipeline.speaker_labels import without_source_lines
from provenance.pipeline.speaker_orders import COMPLEMENTISERS as _COMPLEMENTISERS
from provenance.pipeline.speaker_orders import SPEECH_GERUNDS, TIME_AFTER_VERB, in_reported_clause
from provenance.pipeline.speaker_phrases import (
    _ACCORDING,
    _ACCORDING_FRAMES,
    _CAP,
    _DOCUMENT_WORD,
    _LEADER,
    _OPENERS,
    _PRONOUNS,
    ARABIC_ANY,
    BODY_STEMS,
    COMPLEMENT_WORDS,
    NAME_WORD,
    PLACE_ADVERBS,
    VERB,
    _alternation,
    _clean_np,
    _full_name,
    _has_name,
    _mask,
    _role_only,
    _without_opener,
    _words,
)
from provenance.pipeline.speaker_relays import (
    credited_outlet,
    listed_outlet,
    passive_agent,
    perfect_clause_subject,
    perfect_subject,
    relayed,
)
from provenance.pipeline.speaker_roles import is_role
from provenance.pipeline.speaker_segments import NON_SPEAKERS, without_predicative
from provenance.pipeline.speaker_subjects import apposed_head, subject_follows
from provenance.pipeline.speakers import (
    _CLOSING_NAME,
    _VERB_TAIL_CHARS,
    VERB_ANY,
    _subject_of_last_verb,
    find_speaker,
)
from provenance.text import TATWEEL, lazy_pattern, sentences


def attribute(
    text: str, parts: Sequence[tuple[int, int]], window: int, last_speaker: str | None,
    previous: tuple[int, str | None] | None,
) -> tuple[str | None, tuple[int, int] | None]:  # fmt: skip
    """Who the text credits the quote of ``parts`` to, pronouns and roles resolved: ``last_speaker`` is the last
    quote's speaker found, ``previous`` the end and speaker of the quote before this one."""
    text = without_source_lines(text, parts[0][0])  # "Source: Orlin Novosti\nQuote: “…”": no outlet speaks
    speaker, span = find_speaker(text, parts, window)
    if speaker is not None and (inverted := _INVERTED_PRONOUN.fullmatch(speaker)):
        speaker = inverted.group("pro")  # "a-t-il", "dit-elle": the pronoun, resolved below
    if speaker is not None and possessive_lead(speaker.split(), text[span[1] :] if span else ""):
        speaker = "he"  # "Sein Fazit zum Koalitionsende: „…“": his, the one named before (resolved below)
    if speaker is not None and (
        speaker.lower() in _FUNCTION_WORDS or speaker.split()[0].lower() in PLACE_ADVERBS | SPEECH_GERUNDS
        or speaker.split()[-1].lower() in COMPLEMENT_WORDS  # "En el marco de lo que calificó": a phrase cut short
        or len(speaker.replace(TATWEEL, "").strip()) <= 1  # "طالب بـ"…"": the preposition on the mark
    ):  # fmt: skip
        speaker, span = None, None  # "From the court's news release: “…”", "Там ему заявили": nobody by name
    floor = previous[0] if previous else 0
    going_on = bool(previous) and paragraph_break(text) not in text[floor : parts[0][0]]  # a quote before, here
    if speaker is not None and speaker[:1].islower():
        speaker = " ".join(_without_opener(speaker.split()))  # "a noté de son côté X": X
        speaker = without_predicative(speaker) if speaker else None  # "señaló emocionada": no one named there
        span = span if speaker else None
    speaker, span = (None, None) if speaker and speaker.lower() in _EXPLETIVE else (speaker, span)  # "il a été"
    if speaker is None:  # "X hat … als „…“ bezeichnet."
        speaker, span = perfect_subject(text, parts[0][0], parts[-1][1]) or (None, None)
    if span is not None:  # "CNN reports", "the agency quoted X as saying": who spoke, not who relays
        speaker, span = relayed(text, speaker, span, previous, parts[0][0])
    if speaker is not None and len(speaker.split()) == 1 and "\n" not in speaker:
        # "Bakanlığı’ndan yapılan açıklamada şu ifadeler yer aldı: “…”": a document's issuer, its first word nobody
        issuer = _lead_in_name(text, parts[0][0]) or _issuer(text, parts[0][0], lead_in=True, after=parts[-1][1])
        person = in_full(text, parts[0][0], speaker) != speaker  # "… yer vermeyen Biden": a person named before
        speaker = issuer if issuer and not person and (len(issuer.split()) > 1 or issuer != speaker) else speaker
    # "a Pentagon official", "un responsable": someone new and unnamed, not the one named before
    described = (
        speaker is not None and (_role_only(speaker) or speaker_roles.described(speaker))
        and not speakers_ar_bodies.indefinite_ar(speaker) and not speaker_roles.indefinite(speaker)
    )  # fmt: skip
    if speaker is not None and not described and speaker_roles.relation_led(speaker):
        # "заявила жена Алексея X": the name is the relative's; the speaker, the person the story named before
        near = _recent_subject(text, parts[0][0], floor, paragraphs=2) or subject_above(text, parts[0][0])
        speaker = near or last_full_name(text, parts[0][0], person=True, skip=OUTLETS) or speaker
    named = None
    if speaker is not None and described and aged(speaker) and not _has_name(speaker):
        named = aged_person(text, parts[0][0], speaker)  # "der 72-Jährige": whom the story is about
    if speaker is not None and described and named is None:
        named = named_in_role(text, parts[0][0], speaker, last_speaker)
        named = named or speaker_roles.named_near(text, parts[0][0], speaker)
        if (
            named is None
            and not (last_speaker and _has_name(last_speaker))
            and (
                speaker_roles.described(speaker) or aged(speaker)  # "der 72-Jährige": whom the story is about
            )
        ):
            # "según apunta X, director de …. «…», señala el analista": who last spoke here or a paragraph before
            named = not_place(_recent_subject(text, parts[0][0], floor, paragraphs=2))  # no "Lisbona" for a role
            named = named or speaker_roles.named_near(text, parts[0][0], speaker, shared=False)
        if named is None and not (last_speaker and _has_name(last_speaker)):
            named = named_after_role(text, parts[-1][1], speaker)  # "El presidente … «…»\nEl presidente Jan Roe habla"
    stands = bool(last_speaker and _has_name(last_speaker) and speaker_roles.may_stand_for(speaker or "", last_speaker))
    if speaker is not None and described and (named or stands):
        # "the minister", "Речниця": the person named before in that role ("Borean President Ivo Marek"), else the
        # named subject of a speech verb since the last quote ("But X warned …"), else the last named speaker
        recent = None if named else not_place(_recent_subject(text, parts[0][0], floor, paragraphs=2))
        speaker = named or (recent if speaker_roles.newer(speaker, recent, last_speaker) else last_speaker)
    elif speaker is not None and (_pronoun(speaker) or _same_source(speaker)):
        # "he said", "сообщила она": who this paragraph last had speak ("Doe said the crew were safe."), else the
        # name opening the sentence before in this paragraph, else the last named speaker, else the last full name
        # in this paragraph and the one before ("Kirby said …\n\n“…,” he added.": since the last quote)
        trailing = span is not None and span[0] >= parts[-1][1]  # "… a “…,” and he pledged": the sentence's subject
        stale = previous is not None and (previous[1] != last_speaker or not _has_name(last_speaker or ""))
        at = (speaker_apart.before_antecedent(text, span[0]) if span else None) or parts[0][0]  # "Roe, who he"
        speaker = (
            (_own_subject(text, at, floor) if trailing else None)
            or _recent_subject(text, at, floor) or opening_subject(text, at, floor)
            or opening_role(text, at, last_speaker)  # "Le pape se souvient …. «…», se remémore-t-il."
            or _recent_subject(text, at, floor, paragraphs=2)
            # a person the paragraph above names, where the last speaker was quoted before another quote or is no
            # person ("he" for "the coalition")
            or (newly_named(text, at, floor) if stale and speaker.lower() in _PERSON_PRONOUNS else None)
            or last_speaker
            or named_above(text, at)  # "Le général X a lu …\n\nLe nouvel homme fort … Il a justifié …"
            or last_full_name(text, at, person=speaker.lower() in _PERSON_PRONOUNS, skip=OUTLETS)
            or speakers_ar_bodies.feminine_subject_before(text, at)  # "وقالت فيه إن": the body named before
        )  # fmt: skip
    elif speaker is not None and (owner := _DOCUMENT_OWNER.match(speaker)):
        speaker = owner.group("owner")  # "“…,” reads the Court’s statement": the Court
    elif speaker is not None and (body := speakers_ar_bodies.issuer_before_ar(text, parts[0][0], speaker)):
        speaker = body  # "وجاء في البيان", "وشددت الوزارة": the body a sentence before had speak
    elif speaker is not None and _document(speaker):
        # "«…», martèle le communiqué": the body the text names as the statement's issuer ("Dans un communiqué,
        # le Conseil de sécurité …", "Kurulu’ndan yapılan açıklamada"), else the last body it named ("The
        # Foreign Ministry called it … “…,” the statement said"), else the document as it stands
        stop = _STOP.search(text, parts[-1][1])  # "La CEDEAO a demandé « … », selon les résolutions.": its sentence
        speaker = (
            _issuer(text, parts[0][0])
            or (_issuer(text, stop.end() + 1) if stop and "\n" not in text[parts[-1][1] : stop.end()] else None)
            or body_named(text, parts[0][0], None)
            or speaker_roles.body_last_spoke(None, last_speaker)
            or speaker
        )
    elif speaker is not None and (by := _statement_by_after(text, parts[-1][1])):
        speaker, span = by  # "Norvania expressed “…” in a statement by Spokeswoman X": X's words, in Norvania's name
    elif speaker is None and (
        issuer := _issuer(text, parts[0][0], lead_in=True, after=parts[-1][1], unnamed=True, alone=not going_on)
    ):
        # "Kurulu’ndan yapılan açıklamada, “…”", "«…», – отмечается в заявлении": the quote's own sentence
        # names the document
        speaker = issuer
    elif speaker is None and (about := about_this_after(text, parts[-1][1])) and about[0] not in OUTLETS:
        speaker, span = about  # "«…». Об этом заявил министр X.", "“…”\n\nThis was stated by X.": the credit after
    elif speaker is None and (credit := credited_after(text, parts[-1][1])):
        speaker, span = credit  # "«…». Lo ha detto il ministro X.", "„…“ Das sagte Ministerin X.": the credit after
    elif speaker is None and previous and going_on:
        # the speaker goes on, unless the quote opens a sentence after one that opens on another's name ("„…” zei X. JD
        # Vance viel hem bij. „…”") or, past the quote before's credit, has a named subject speak ("Y dijo …", no role)
        if _opens_sentence(text, at := parts[0][0]):
            told = sentences(text, floor, at)[:2]
            past = _recent_subject(text, at, told[0][1], 1) if len(told) > 1 else None
            speaker = opening_person(text, at, floor) or (past if past and not is_role(past.split()[-1]) else None)
        speaker = speaker or previous[1]
    elif speaker is None and previous and continued(text, previous[0], parts[0][0]):
        speaker = previous[1]  # a quote opening the next paragraph, with no attribution, goes on with it
    elif speaker is None and previous and reported_on(text, previous[0], parts[0][0]):
        speaker = previous[1]  # "Die Angriffe hätten „…“": reported speech goes on in the next paragraph
    elif speaker is None and text[: max(0, parts[0][0] - 1)].rstrip().endswith(":"):
        # "Sobre el regreso fue prudente: «…»": a lead-in without a subject of its own goes on with the one the
        # sentence before named
        speaker = _recent_subject(text, parts[0][0], floor, sentences=1)
    elif speaker is None and not text[paragraph_start(text, parts[0][0]) : parts[0][0]].strip(' \t"“”«»„-–—'):
        # "Премьер-министр … Иван Петров осудил решение …\n\n«…»": a quote opening its paragraph, with no
        # attribution, under the sentence that named who spoke (or that had "he" speak: the last speaker)
        at = parts[0][0]
        speaker = _recent_subject(text, at, floor, sentences=1, paragraphs=2) or _role_spoke_above(text, at, floor)
        speaker = speaker or subject_above(text, at)  # "Иван Петров планирует …\n\n«…»": whom the news is about
        above = max(0, paragraph_start(text, at) - 2)  # "Про це він написав …": who "he" is, above
        if speaker is None and (_pronoun_spoke(text, at) or _bare_verb_apart(text, parts)):
            speaker = last_speaker or last_full_name(text, above, person=True, skip=OUTLETS)
    elif speaker is None and _BARE_VERB_AFTER.match(text, parts[-1][1]) and _opens_sentence(text, parts[0][0]):
        # "“…”, contó a El Eco entre lágrimas.": a verb whose subject the language drops, after the sentence
        # that named who speaks (or after one that goes on speaking with no subject: "Le risorse, ha spiegato,
        # saranno inviate …. “…”, ha detto")
        speaker = _recent_subject(text, parts[0][0], floor, sentences=1) or opening_subject(text, parts[0][0], floor)
        speaker = speaker or opening_role(text, parts[0][0], last_speaker)  # "Le président revient …. «…», a-t-il dit"
        if speaker is None and _spoke_unnamed(text, parts[0][0], floor):
            speaker = _recent_subject(text, parts[0][0], floor, sentences=2)
    elif speaker is None and _opens_sentence(text, parts[0][0]):
        # "Asked about it, Biden said the US did not know. “The answer is …”": the quote goes on from the
        # sentence before it, which named who speaks (or, with no speech verb, opened on their name: "Ivo Marek
        # hat sich zurückgezogen. „…“"; or with a role: "Le président revient sur l’incendie. «…»")
        speaker = _recent_subject(text, parts[0][0], floor, sentences=1) or opening_subject(text, parts[0][0], floor)
        speaker = speaker or opening_role(text, parts[0][0], last_speaker)
    if speaker is not None and (after := speaker_roles.inverted_name(text, speaker)):
        speaker = after  # "Indirekt bestätigte Putin …": the adverb opened a verb-second sentence
    if speaker is not None and "\n" in speaker:
        speaker = None  # a phrase across a line break is a byline, a dateline and a sentence, not a speaker
    if speaker is not None and speaker.split()[0].endswith(","):
        speaker = " ".join(_without_opener(speaker.split()))  # "Так, Борея": the opener linked the sentence
    if speaker is not None and speaker_owners.possessor(speaker, text):
        speaker, span = None, None  # "Biden calls Assad's fall …", "… Supports Israel's Right to …": no one speaks
    if speaker is not None:
        speaker = without_complement(in_full(text, min(parts[0][0], span[0] if span else parts[0][0]), speaker))
    noun = BODY_ARTICLE.sub("", speaker) if speaker is not None else ""
    if noun and " " not in noun and noun.lower().startswith(BODY_STEMS):
        # "говорится в заявлении компании", "the ministry said": the body named before with that noun
        # ("компания Derinsu Sondaj", "The Borean foreign ministry")
        generic = noun.lower().startswith(_GENERIC_BODIES)  # "відомства": the body named before, any noun
        found = body_named(text, parts[0][0], None if generic else noun) or speaker_roles.body_last_spoke(
            noun, last_speaker
        )
        speaker = re.sub(r"^(?:[УуВв]|Во|во)\s+", "", found) if found else speaker  # "У Міністерстві": the body
    return speaker, span


_PERSON_PRONOUNS = frozenset(lexicon.words("person_pronouns"))  # "he", "він": a person's name, no body's
_GENERIC_BODIES = tuple(lexicon.words_all("speaker_bodies_generic"))
# A phrase a preposition opens is its object, no one's name (lexicon prepositions).
_PREPOSITIONS = frozenset(lexicon.words_all("prepositions"))
_NO_SUBJECT_FIRST = _PRONOUNS | _PREPOSITIONS | NON_SPEAKERS  # "he" (resolved), "In …", "Ce, alors que …": no name
_EXPLETIVE = frozenset(lexicon.words("expletive_subjects"))  # "il a été déclaré": no one
# "la même source": as "he", the one before; read without its article ("selon la même source" cuts it)
_SAME_SOURCE = frozenset(BODY_ARTICLE.sub("", p) for p in lexicon.words("same_source_phrases"))


def _same_source(speaker: str) -> bool:
    return BODY_ARTICLE.sub("", speaker.lower()) in _SAME_SOURCE


# A speech verb right after the quote's closing mark and its comma or dash ("”, contó a …", "», — рассказал …").
_BARE_VERB_AFTER = lazy_pattern(rf"[\s\"“”«»„']*[,،]?\s*[-–—]*\s*(?i:{VERB})(?![\w-])")
# A name opening the quote's sentence, set off by a comma before a document word ("Biden, açıklamada, “…”").
_LEAD_IN_NAME = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*)(?P<name>(?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})\s*,\s*(?P<rest>[^.!?\n]*)$"
)


def _bare_verb_apart(text: str, parts: Sequence[tuple[int, int]]) -> bool:
    return any(_BARE_VERB_AFTER.match(text, a[1]) for a in parts[:-1])


def _pronoun(speaker: str) -> bool:
    ws = speaker.split()  # "he", "сообщила она"; not "il Pontefice" nor "il premier", an article and a title
    return ws[0].lower() in _PRONOUNS and len(ws) <= 2 and not (len(ws) == 2 and is_role(ws[1]))


def _lead_in_name(text: str, before: int) -> str | None:
    m = _LEAD_IN_NAME.search(text, max(0, before - 200), max(0, before - 1))
    if not m or not _DOCUMENT_WORD.search(m.group("rest")) or m.group("name").lower() in _OPENERS | _FUNCTION_WORDS:
        return None
    return m.group("name") if _has_name(m.group("name")) else None


_INVERTED_PRONOUN = re.compile(r"\w+(?:-t)?-(?P<pro>il|elle|ils|elles)", re.I)
# Never a speaker alone: the stopwords but pronouns (resolved), and speaker_non_words ("se", "Ce").
_FUNCTION_WORDS = frozenset(w.lower() for w in lexicon.words("stopwords")) - _PRONOUNS | NON_SPEAKERS


def _pronoun_spoke(text: str, before: int) -> bool:
    """The sentence before the quote's paragraph opens with a pronoun and a speech verb ("He stressed that …")."""
    prev = text[: paragraph_start(text, before)].rstrip()
    last = re.split(r"(?<=[.!?।])\s+|\n", prev)[-1] if prev else ""
    words = last.split()
    # the pronoun among the first words ("He stressed", "Про це він написав"), a speech verb right after it
    at = next((k for k, w in enumerate(words[:3]) if w.lower() in _PRONOUNS), None)
    return at is not None and bool(VERB_ANY.search(" ".join(words[at + 1 : at + 4])))


def _recent_subject(text: str, before: int, floor: int, sentences: int = 10**6, paragraphs: int = 1) -> str | None:
    """The named subject of the last speech verb in this paragraph before ``before`` (and after ``floor``, the
    previous quote), at most ``sentences`` sentences back: "Doe said all crew members were safe. “We …,” she
    said." gives Doe."""
    lo = paragraph_start(text, before)
    for _ in range(paragraphs - 1):
        lo = paragraph_start(text, max(0, lo - 2))
    window = _mask(text[max(floor, lo) : before])
    for sentence in list(reversed(SENTENCES_AND_LINES.split(window)[:-1]))[:sentences]:  # not the quote's own
        np_ = _named_speaker_of(sentence)
        if np_ and not listed_outlet(np_) and not credited_outlet(sentence, np_):  # "…, передает Укринформ": an
            # outlet relays ("…, Trend reports."); the one named before spoke
            return np_.replace(_LEADER, ".")
    return None


def _own_subject(text: str, before: int, floor: int) -> str | None:
    """The named subject of a speech verb in the quote's own sentence before it ("President X on Sunday called
    the fall a “…”"), a dateline opening the paragraph left out."""
    head = SENTENCES_AND_LINES.split(_mask(text[max(floor, paragraph_start(text, before)) : before]))[-1]
    np_ = _named_speaker_of(DATELINE.sub("", head, count=1))
    return np_.replace(_LEADER, ".") if np_ and not listed_outlet(np_) else None


def _spoke_unnamed(text: str, before: int, floor: int) -> bool:
    """The last sentence of this paragraph before ``before`` has a verb of saying and names no speaker."""
    window = _mask(text[max(floor, paragraph_start(text, before)) : before])
    last = SENTENCES_AND_LINES.split(window)[:-1][-1:]
    return bool(last) and VERB_ANY.search(last[0]) is not None and _named_speaker_of(last[0]) is None


# A name right after a speech verb, closing its clause: the subject of an inverted order ("…, sagte Biden, die
# Lage sei …", "a déclaré Jane Doe.").
_INVERTED_NAME = re.compile(rf"\s+(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{0,2}}{_CAP}[\w'’\u2024-]+)\s*(?:[,.;:]|$)")
# ... or before a lower-case word ("…, sagte Roe am Sonntag.").
_INVERTED_HEAD = re.compile(
    rf"\s+(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{0,2}}{_CAP}[\w'’\u2024-]+)(?=\s*(?:[,.;:]|$)|\s+[^\W\d_A-ZÀ-ÞА-ЯІЇЄҐ])"
)
# A name of two or three words after a verb that an adverb opened ("Así ha calificado Jane Roe …").
_OPENED_NAME = re.compile(rf"\s+(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{1,2}}{_CAP}[\w'’\u2024-]+)(?![\w'’-])")


# Verbs said only of a medium ("передает", "передає"): a name right after one closing the clause is the outlet
# relaying the sentence, listed or not (lexicon marker_media_verbs, the rows whose object is "any").
_MEDIA_ANY = frozenset(v.casefold() for v, kind in lexicon.table("marker_media_verbs").items() if kind == "any")
# "Как передает X, …", "As Reuters reports": a relaying outlet, opened by "as X said" (lexicon as_said_openers).
_RELAY_FRAME = re.compile(rf"(?i:(?<!\w)(?:{_alternation(frozenset(lexicon.words_all('as_said_openers')))}))\s+$")


# Sentences back from a role that spoke ("Президент обещал …") to the one who was named ("Владимир Путин заявил …").
ROLE_BACK_SENTENCES = 3


def _role_spoke_above(text: str, before: int, floor: int) -> str | None:
    """Where the sentence above a quote's paragraph has a role speak ("Президент обещал наказать …"), the named
    subject of a speech verb a few sentences before it: the person the role stands for."""
    here = paragraph_start(text, before)
    prev = _mask(text[max(floor, paragraph_start(text, max(0, here - 2))) : here])
    last = [x for x in re.split(r"(?<=[.!?।])\s+", prev.strip()) if x][-1:] or [""]
    np_, _ = _subject_of_last_verb(last[0], 0)
    if not np_ or not (_role_only(np_) or speaker_roles.described(np_)):
        return None
    return _recent_subject(text, before, floor, sentences=ROLE_BACK_SENTENCES, paragraphs=2)


_DAY_OR_MONTH = frozenset(w.casefold() for w in (*lexicon.words("marker_weekdays"), *lexicon.table("months")))


def _named_after_verb(name: str) -> bool:
    """A name after a verb is its subject, not a day ("said Monday"), an agency relaying it or a pronoun."""
    first = name.split()[0].casefold()
    return _has_name(name) and first not in _PRONOUNS and name not in OUTLETS and first not in _DAY_OR_MONTH


# A clause closing a sentence in which a medium relays it: "…, передает Вестник.", "…, передает РИА Новости.", "…,
# Orlin.Az reports, citing Borea Daily." (lexicon relay_citing)
_CITING = frozenset(lexicon.words_all("relay_citing"))
_RELAY_CLAUSE = lazy_pattern(
    rf",\s*(?:(?i:{_alternation(_MEDIA_ANY)})\s+(?:{_CAP}[\w'’-]*[ \t]*){{1,3}}|(?i:{VERB})\s+(?P<outlet>[^,.!?]+?)"
    rf"|(?:{_CAP}[\w.'’-]*\s+){{1,3}}(?i:{VERB}),?\s+(?i:{_alternation(_CITING)})\s[^.!?]+?)\s*[.!?]*\s*$"
)


def _without_relay(sentence: str) -> str:
    """``sentence`` without its closing clause where a medium relays it (any name, or a listed outlet's)."""
    m = _RELAY_CLAUSE.search(sentence)
    if m is None or (m.group("outlet") is not None and not listed_outlet(m.group("outlet"))):
        return sentence
    return sentence[: m.start()]


def _named_speaker_of(sentence: str) -> str | None:
    """Who a sentence has speak, by name: the subject of its speech verbs from the last back (a pronoun or a
    role alone is passed over for an earlier verb's subject), or a name right after a verb (inversion)."""
    if ARABIC_ANY.search(sentence):  # "قال المتحدث باسم الرئاسة X، إن …": the verb-first order's subject
        np_, _ = speakers_ar._arabic_speaker(sentence, 0)
        if np_ and _has_name(np_) and not _role_only(np_):
            return np_
    if (ergative := speakers_hi.ergative_subject(sentence)) and _has_name(ergative) and not _role_only(ergative):
        return ergative  # "पीएम मोदी ने … देखा": Hindi writes no capitals to read a name by
    sentence = _without_relay(sentence)  # "…, передает Вестник.": a medium relays; a verb before it speaks
    verbs = list(VERB_ANY.finditer(sentence))
    for m in reversed(verbs):  # (a verb in the clause another reports is the news: "X revealed that Y had continued")
        relay = _RELAY_FRAME.search(sentence, 0, m.start())
        as_said = _INVERTED_NAME.match(sentence, m.end()) if relay else None
        who = as_said["name"] if as_said else ""
        if who and _has_name(who) and not listed_outlet(who) and not _role_only(who):
            return who  # "Як зазначив Василь Малюк, дрони …": a person, no outlet, says it
        if relay or in_reported_clause(sentence, verbs, m.start()):
            continue  # "Как передает Vesti.az, …", "As Reuters reports": the outlet relays, it does not speak
        closing = _CLOSING_NAME.search(sentence[m.end() :].rstrip(" .!?"))
        if closing and closing.group() in OUTLETS:
            if not sentence[m.end() :][: closing.start()].strip():
                continue  # "…, передает РИА Новости": the agency relays; the verb before it has the speaker
            closing = None  # "заявил в интервью ТАСС": the outlet heard it; the subject is before the verb
        # ("…, selon les résolutions lues à la fin du sommet présidé par le chef d’Etat X": a document the frame
        # names is the source; the name after it is no speaker)
        cited = m.group().lower() in _ACCORDING_FRAMES and _DOCUMENT_HEAD.match(sentence, m.end())
        if closing and speaker_apart.past_another_role(sentence[m.end() :], closing.group()):
            closing = None  # "dijo el secretario general … con el ministro de Exteriores, X": the minister's name
        if (
            sentence[: m.start()].rstrip().endswith((",", "—", "–"))
            and not cited
            and not apposed_head(sentence[: m.start()])  # "The coordinator, Jane Roe, called …": Roe, before it
            and (named := speaker_roles.name_past_role(sentence[m.end() :], closing.group() if closing else None))
        ):
            return named  # "…, пригрозил глава ведомства Джон Доу.", "…, заявил премьер-министр X после …"
        at = TIME_AFTER_VERB.match(sentence, m.end())  # "…, a annoncé dimanche Ivo Marek": past the time
        inv = _INVERTED_HEAD.match(sentence, at.end() if at else m.end())
        inv = inv if sentence[: m.start()].rstrip().endswith(",") else None
        if inv and _named_after_verb(inv.group("name")):
            return inv.group("name")  # "Die Lage sei ernst, sagte Baerbock.": not the clause before the comma
        if inv and inv.group("name") in OUTLETS:
            continue  # "…, сообщает ТАСС со ссылкой на …": the agency relays; the clause before it is the news
        if subject_follows(sentence, m.start(), at.end() if at else m.end()):
            continue  # "…, a annoncé l'armée américaine": the subject is the body after the verb (speaker_phrases)
        np_ = perfect_clause_subject(sentence, m.span()) or _subject_of_last_verb(sentence[: m.end()], 0)[0]
        if np_ and listed_outlet(np_):
            continue  # "Roe vowed to punish them, AFP reported.": the agency relays the sentence's speaker
        if np_ and _DOCUMENT_WORD.search(np_):
            np_ = None  # "In einer Erklärung sagte Biden", "Beszédében mondta X": the subject follows the verb
        # ("Late on Thursday, …": an adverb opening the sentence is nobody)
        opener = np_ is not None and (np_.lower() in _OPENERS or speaker_roles.fragment(np_))  # ("Отмечается")
        first = np_.split()[0].lower() if np_ else ""
        elided = speaker_roles.elided_clitic(first)  # "C’est … ce qu’a affirmé X": a pronoun's elision, no name
        if np_ and _has_name(np_) and not _role_only(np_) and first not in _NO_SUBJECT_FIRST and not opener | elided:
            return np_
        # the name closing the clause after the verb; after an opening adverb, whatever follows it ("Así ha
        # calificado Jane Roe la rebelión": the verb's subject can only come after it)
        between = sentence[m.end() : m.end() + closing.start()] if closing else ""
        if closing and _full_name(closing.group()) and speaker_roles.role_between(between):
            return closing.group()  # "… прокоментував перший заступник міністра Матвій Ковильський."
        inv = (_OPENED_NAME if opener else _INVERTED_NAME).match(sentence, m.end())
        inv = None if np_ and _role_only(np_) else inv  # "a spokesperson told Orlin News": the one told, no subject
        inv = None if np_ and np_.lower() in _PRONOUNS else inv  # "He said X, which …, was weaker": X is the news
        if inv and _has_name(inv.group("name")) and inv.group("name").split()[0].lower() not in _PRONOUNS:
            return inv.group("name")
    for a in _ACCORDING.finditer(sentence):  # "… nach Angaben von Kommandeur Rhys Abernethy …"
        np_ = _clean_np(_words(a.group("np")), leading=True)
        if np_ and _has_name(np_) and not _role_only(np_):
            return np_
    return passive_agent(sentence)  # "Das wurde vom Leiter, Kapitän X, mitgeteilt.", "… was read by X"


# A document right after an "according to" frame ("selon les résolutions", "according to the statement").
_DOCUMENT_HEAD = re.compile(rf"\s+(?:{BODY_ARTICLE.pattern[1:]})?(?:[^\W\d_]+\s+)?{_DOCUMENT_WORD.pattern}", re.I)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quote opening at ``start`` (after its mark) opens a sentence of a paragraph that has text
    before it."""
    before = text[max(0, start - 2 - _VERB_TAIL_CHARS) : max(0, start - 1)].rstrip()
    return bool(before) and before[-1] in ".!?"


# A body's name this many words at most before or after a document word names its issuer; more before a participle
# that makes it the body's (lexicon document_participles: "X'ten … ilişkin yapılan açıklamada").
ISSUER_GAP_WORDS, ISSUED_GAP_WORDS = 3, 6
_STOP = re.compile(r"[.!?](?=\s|$)")
_ISSUING = frozenset(lexicon.words_all("document_participles"))
_GENITIVE_TR = re.compile(r"(?<=\w{5}[ıiuü])(?:n[ıiuü]n|[’']?nd[ae]n)$")  # the owner's genitive or ablative ending
_ISSUERS = sorted((r for r in lexicon.rows("according_documents") if " " in r), key=len, reverse=True)  # "issued by"
_ISSUED_BY = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(r) for r in _ISSUERS)})\s+(?P<np>[^,،.;:\n\"“”«»]{{1,80}})", re.I
)


def _statement_by_after(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The person a "statement by X" right after a quote (in its sentence) names by role and name, or None."""
    np_ = statement_by(re.split(r"(?<=[.!?।])\s|\n", text[end : end + CONTINUED_TAIL_CHARS])[0])
    at = text.find(np_, end) if np_ else -1
    return (np_.replace(_LEADER, "."), (at, at + len(np_))) if np_ and at >= 0 else None


# A document with its issuer in the possessive ("the Court’s statement", "the council's news release").
_DOCUMENT_OWNER = re.compile(
    rf"^(?P<owner>(?:(?i:the)\s+)?(?:{_CAP}[\w.-]*\s+){{0,3}}{_CAP}[\w.-]*?)['’]s?\s+(?:[^\W\d_]+\s+)?"
    rf"(?:{_DOCUMENT_WORD.pattern})$"
)


def _document(speaker: str) -> bool:
    """A speaker phrase that names a document only ("le communiqué", "the statement", "seiner Erklärung"), or
    one with lower-case words after it ("les résolutions lues", "el comunicado oficial")."""
    words = speaker.split()
    head = BODY_ARTICLE.sub("", " ".join(words[:-1]))  # "The statement": a capital that opens a sentence
    if 1 <= len(words) <= 3 and bool(_DOCUMENT_WORD.fullmatch(words[-1])) and not _has_name(head):
        return True
    rest = BODY_ARTICLE.sub("", speaker).split()
    lower = all(w.isalpha() and w.islower() for w in rest[1:])
    return 2 <= len(rest) <= 3 and bool(_DOCUMENT_WORD.fullmatch(rest[0])) and lower


def _issuer(
    text: str, before: int, lead_in: bool = False, after: int | None = None, unnamed: bool = False, alone: bool = True
) -> str | None:
    """Who the text names as the issuer of a statement, in this paragraph and the one before, from the last
    sentence that names a document back (with ``lead_in``, only the words of the quote's own sentence before
    it, or, where they name a document alone, "Açıklamada, “…”", the sentences before): a body's name right before
    or after the document word ("Dans un communiqué, le Conseil …"), else the named subject of the sentence's
    speech verb ("X said in a statement"); ``unnamed`` (no speaker found): first the issuer the words after the
    quote name ("expressed “…” in a statement by X"; where a speaker was found, "X said in a statement released by
    the ministry", they name who published it)."""
    lo = paragraph_start(text, max(0, paragraph_start(text, before) - 2))
    # a line that ends without a stop before a capital is a headline of its own ("… Leaving Port Board (Lead)")
    sentences = re.split(r"(?<=[.!?।])\s+|\n\n|\n(?=[A-ZÀ-ÞА-ЯІЇЄҐЁ\"“«„])", _mask(text[lo : max(lo, before - 1)]))
    tail = re.split(r"(?<=[.!?।])\s|\n", text[after : after + CONTINUED_TAIL_CHARS])[0] if after is not None else ""
    if lead_in and not _DOCUMENT_WORD.search(sentences[-1]) and not _DOCUMENT_WORD.search(tail):
        return None
    if lead_in and VERB_ANY.search(sentences[-1]):
        return None  # "وأضافت "لينا"، في بيان صادر عن الوزارة، أن": the verb has its own subject
    issued = _ISSUED_BY.search(tail) if unnamed else None  # "expressed “…” in a statement by X"
    np_ = issuer_of(tail, issued)
    if np_ and not _DOCUMENT_WORD.search(np_):
        return np_.replace(_LEADER, ".")
    opens = lead_in and not sentences[-1].strip()
    if opens and not (unnamed and alone and _DOCUMENT_WORD.search(tail)):
        return None  # '\n"I welcome …," Biden said in a statement': the quote opens its sentence, named after it
    for sentence in reversed(sentences):
        named = _named_speaker_of(sentence) if opens else None  # "«…», - говорится в заявлении": who spoke before
        if named and _has_name(named) and not _DOCUMENT_WORD.search(named):  # it, else the document's issuer
            return named.replace(_LEADER, ".")
        issued = _ISSUED_BY.search(sentence)  # "بيان صادر عن مجلس أمن الإقليم", "a statement from the Council"
        np_ = issuer_of(sentence, issued)  # a list of them whole: "a statement by Iran, Saudi Arabia and China"
        if np_ and not _DOCUMENT_WORD.search(np_):
            return np_.replace(_LEADER, ".")
        docs = list(_DOCUMENT_WORD.finditer(sentence))
        for d in reversed(docs):
            found = bodies(speaker_roles.blank_quotations(sentence))  # (a name inside quotation marks issues nothing)
            near = sorted(found, key=lambda r: d.start() - r[1] if r[1] <= d.start() else r[0] - d.end())
            for a, b, name in near:  # the nearest body first ("Türkiye'den …\nDışişleri Bakanlığı'ndan yapılan")
                gap = sentence[b : d.start()] if b <= d.start() else sentence[d.end() : a]
                if (b > d.start() and {w.lower() for w in gap.split()} & _COMPLEMENTISERS) or possessor(sentence, b):
                    continue  # "said in a statement late Tuesday that Prime Minister X …": the news, not its issuer
                    # (nor "the ruling X party’s decision": what the statement is about)
                made = b <= d.start() and bool(gap.split()) and gap.split()[-1].casefold() in _ISSUING
                reach = ISSUED_GAP_WORDS if made else ISSUER_GAP_WORDS
                one = speaker_roles.names_one(name) or name.isupper()  # (acronyms name a body: "заявление МИД РФ")
                if len(gap.split()) <= reach and len(name.split()) >= 2 and one:
                    name = _GENITIVE_TR.sub("", name)  # "Başkanlığının … hesabından", "Bakanlığından yapılan"
                    return name.replace(_LEADER, ".")
        # "X said in a statement", else the sentence's own speaker ("In einer Erklärung sagte X")
        named = (_named_speaker_of(sentence[: docs[-1].end()]) or _named_speaker_of(sentence)) if docs else None
        single = named is not None and named.lower() not in _OPENERS | _FUNCTION_WORDS | _PRONOUNS
        clause = named is not None and speaker_roles.clause_like(named)  # "Azerbaycan'ın … operasyonla ilgili"
        if named and (len(named.split()) >= 2 or single) and not _DOCUMENT_WORD.search(named) and not clause:
            return named.replace(_LEADER, ".")  # "Roe said in a statement …", "Jane Roe said in a statement …"
        # "La CEDEAO a demandé « … », selon les résolutions": a body's acronym, the subject of the verb before the
        # document ("according to" frames passed over), issued it
        ahead = VERB_ANY.finditer(sentence, 0, docs[-1].start() if docs else 0)
        verbs = [v for v in ahead if v.group().lower() not in _ACCORDING_FRAMES]
        head = _subject_of_last_verb(sentence[: verbs[-1].end()], 0)[0] if verbs else None
        if head and (acronym := BODY_ARTICLE.sub("", head)).isupper() and len(acronym) >= 3 and acronym.isalpha():
            return head
    return None
