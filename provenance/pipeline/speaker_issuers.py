"""Speakers that issue a document, alone or listed: "The statement released by the cabinet said" (the cabinet),
"Britain, France and Germany said", "a statement issued by Egypt, Jordan and Qatar".

A speaker phrase is read up to a comma, so a list of names keeps only the members after its last comma ("France
and Germany"). Where the phrase found is itself two names joined by "and" (lexicon ``name_conjunctions``) and the
words before it are more names, each closed by a comma, the list is the speaker: a joint statement's issuers. A
phrase that opens with a document and its issuer ("the statement released by", lexicon ``according_documents``)
is the issuer's. A source's own first lines may name its issuer too: a release's lead-in ("The following statement
was issued today by X:"), a line announcing its text ("The full text of X’s statement is as follows:"), a lead
paragraph's teller before "Transcript follows", a letterhead.
"""

from __future__ import annotations

import itertools
import re

from provenance import lexicon
from provenance.pipeline.aliases import alias_group
from provenance.pipeline.speaker_fullnames import HONORIFICS, in_full
from provenance.pipeline.speaker_phrases import (
    _ACCORDING_FRAMES,
    _APOSTROPHES,
    _DOCUMENT_LEAD,
    _DOCUMENT_WORD,
    _FUNCTION_WORDS,
    _NP_STOP,
    BODY_STEMS,
    OPENERS,
    VERB_ANY,
    _alternation,
    _clean_np,
    _date_word,
    _has_name,
    _role_prefixed,
    _words,
)
from provenance.pipeline.speaker_possessors import possessed as _possessed
from provenance.pipeline.speaker_roles import is_role

# A capitalised word of a name, in the scripts that write case (Arabic lists join their members with "و", no comma).
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*"
# One listed name: one to three capitalised words, an article before them ("the United States") allowed.
_ARTICLES = _alternation(lexicon.words("definite_articles"))
_MEMBER = rf"(?:(?:{_ARTICLES})\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}"
MAX_MEMBERS = 4  # a joint statement of more issuers names them in a sentence of their own
SKIPPED_CHARS = 40  # room for "a statement issued by" between a verb and the phrase found after it
# One member before the phrase found, closed by a comma, right before the given end.
_LAST_MEMBER = re.compile(rf"(?:(?<=^)|(?<=[\s(:—–-]))(?P<m>{_MEMBER})\s*,\s*$")
_AND = frozenset(lexicon.words("name_conjunctions"))
# ... and members after a name, the last joined by "and" (with or without a comma before it), up to the sentence's
# end: "said Iran, Saudi Arabia, and China."
_AND_WORDS = _alternation(_AND)
_TRAILING_MEMBERS = re.compile(
    rf"(?P<list>(?:\s*,\s*{_MEMBER}){{0,{MAX_MEMBERS}}}\s*,?\s+(?:{_AND_WORDS})\s+{_MEMBER})(?=\s*(?:[.;:!?\"“”«»]|$))"
)
# Words before a member that make it no issuer: a time or place adverbial ("On Monday, France and Germany said",
# "In Paris, …") ends at its comma (lexicon adverbial_prepositions).
_ADVERBIAL_PREPOSITIONS = frozenset(w.lower() for w in lexicon.words_all("adverbial_prepositions"))
_NOT_NAMES = _FUNCTION_WORDS | _NP_STOP  # a capitalised word of these opens a sentence, it names no one


def _two_names(np_: str) -> bool:
    """The phrase is names joined by "and": "France and Germany", "Jordan and Qatar"."""
    words = np_.split()
    at = [k for k, w in enumerate(words) if w.lower() in _AND]
    return len(at) == 1 and 0 < at[0] < len(words) - 1 and words[0][:1].isupper() and words[at[0] + 1][:1].isupper()


def _members(listed_: str) -> list[str]:
    return [m.strip() for m in re.split(rf"\s*,\s*|\s+(?:{_AND_WORDS})\s+", listed_) if m.strip(" ,")]


def _member_ok(member: str, before: str) -> bool:
    words = member.strip(" ,").split()
    if any(w.lower() in _NOT_NAMES or _date_word(w) for w in words if w[:1].isupper()):
        return False  # "Monday, …", "March, …": no name
    if tuple(w.lower() for w in words) in OPENERS:
        return False  # "However, …", "Meanwhile, …": a sentence's link to the one before
    return (before.split() or [""])[-1].lower() not in _ADVERBIAL_PREPOSITIONS


def issuer(text: str, np_: str | None, span: tuple[int, int] | None) -> tuple[str | None, tuple[int, int] | None]:
    """``np_`` and ``span`` as :func:`listed` reads them, past a document that opens the phrase ("The statement
    released by the cabinet": the cabinet), and before a frame or a Turkish document clause that follows the
    name (:func:`_before_document`)."""
    lead = _DOCUMENT_LEAD.match(np_) if np_ and span else None
    if lead and np_ and span and np_[lead.end() :].strip():
        np_, span = np_[lead.end() :], (span[0] + lead.end(), span[1])
    if np_ and span and (bare := _before_document(np_)) != np_:
        at = span[0] + max(0, np_.find(bare))  # the name opens the phrase, or closes it
        np_, span = bare, (at, at + len(bare))
    return listed(text, np_, span)


# An according-to frame inside a phrase found after a verb ("a indiqué Vladimir Poutine selon des déclarations
# publiées sur le site du Kremlin"): the name before it spoke, the frame names where his words were published.
_FRAME_INSIDE = re.compile(rf"\s(?:{_alternation(_ACCORDING_FRAMES).replace(chr(39), _APOSTROPHES)})\s", re.I)
_AGENT_AFTER_TR = frozenset(lexicon.words("agent_postpositions", "tr"))
_RELATIVES_TR = frozenset(lexicon.words("issuer_relatives", "tr"))
_DOCUMENT_CLAUSE_TR = _AGENT_AFTER_TR | _RELATIVES_TR


def _before_document(np_: str) -> str:
    """A name without what follows it: an according-to frame ("X selon des déclarations publiées …"), a Turkish
    agent's postposition ("Alman hükümeti tarafından yapılan açıklamaya": the government), or a Turkish relative
    participle and the lower-case words before it ("Cumhurbaşkanı X saldırı sonrası yaptığı açıklamada": X); where
    the Turkish clause opens the phrase, the name that closes it ("X hesabından yaptığı paylaşımda Zelenski")."""
    frame = _FRAME_INSIDE.search(np_)
    if frame and np_[:1].isupper():
        return np_[: frame.start()].rstrip(" ,")
    words = np_.split()
    for k, w in enumerate(words):
        if not k or w.lower() not in _DOCUMENT_CLAUSE_TR:
            continue
        tail = list(itertools.takewhile(lambda x: x[:1].isupper(), reversed(words[k + 1 :])))
        if tail:  # "X hesabından yaptığı paylaşımda Zelenski": the clause opens the phrase, the name closes it
            return " ".join(reversed(tail))
        head = words[:k]
        while w.lower() in _RELATIVES_TR and head and not head[-1][:1].isupper():
            head.pop()
        return " ".join(head) or np_
    return np_


_AGENTS = frozenset(w.lower() for w in lexicon.words("passive_agents"))
_OF = frozenset(lexicon.words("issuer_prepositions"))
_MEDIA = frozenset(lexicon.words("reporting_media"))
_LEAD_ARTICLES = frozenset(w.lower() for w in lexicon.words("definite_articles") | lexicon.words("indefinite_articles"))
AGENT_REACH_WORDS = 5  # "lu à la télévision d'État par": a participle, and where or when the document was read
_PHRASE_END = re.compile(r"[,،.;:\n\"“”«»]")  # the phrase ends at a comma or a full stop, however long it is
MEDIA_PHRASE_WORDS = 4  # "plusieurs médias", "local media", "medios oficiales iraníes": no outlet named


def according_source(raw: str) -> tuple[bool, str | None]:
    """What an according-to frame's phrase (``raw``: the text after the frame, read up to a comma) says of who
    spoke: ``(True, issuer)`` for a document and who read or issued it ("un communiqué lu à la télévision par les
    militaires du comité", "une déclaration faite ce mercredi par son porte-parole X", "un comunicado del
    Ministerio de …"), ``(True, None)`` for the media as the reporter's source ("selon plusieurs médias": the
    sentence's subject spoke), and ``(False, None)`` where it decides nothing."""
    words = _PHRASE_END.split(raw, maxsplit=1)[0].split()
    media = any(w.lower() in _MEDIA for w in words) and not any(_role_prefixed(w) for w in words)
    if media and len(words) <= MEDIA_PHRASE_WORDS:  # (not "the media minister": a role speaks)
        return True, None
    k = 1 if words and words[0].lower() in _LEAD_ARTICLES else 0
    if k >= len(words) or not _DOCUMENT_WORD.fullmatch(words[k]):
        return False, None
    for j in range(k + 1, min(len(words), k + 2 + AGENT_REACH_WORDS)):
        w = words[j].lower()
        if w in _AGENTS or (j == k + 1 and w in _OF):
            rest = words[j + 1 :]
            named = next((x for x in rest if x.lower() not in _LEAD_ARTICLES), "")
            who = _clean_np(rest, leading=True) if named[:1].isupper() or w in _AGENTS else None
            if who:
                return True, who
            break
    return False, None


def listed(text: str, np_: str | None, span: tuple[int, int] | None) -> tuple[str | None, tuple[int, int] | None]:
    """``np_`` and ``span`` with the names listed before the phrase added to it, when it is the end of such a list,
    or after it, when it opens one."""
    if not np_ or span is None or not np_[:1].isupper():
        return np_, span
    # the phrase where the span has it, or just past it (a document and its issuer passed over after the verb)
    at = text.find(np_, max(0, span[0] - len(np_) - 2), span[1] + len(np_) + SKIPPED_CHARS)
    if at < 0:
        return np_, span
    if not _two_names(np_):
        after = _TRAILING_MEMBERS.match(text, at + len(np_))
        if after is None or len(np_.split()) > 3 or not all(_member_ok(x, "") for x in _members(after.group("list"))):
            return np_, span
        end = after.end() - (text[after.end() - 1] == "." and "." not in text[at : after.end() - 1].split()[-1])
        return text[at:end], (min(at, span[0]), max(span[1], end))  # "… and China.": the name, not the full stop
    start = at
    for _ in range(MAX_MEMBERS):
        m = _LAST_MEMBER.search(text, max(0, start - 80), start)
        if m is None or not _member_ok(m.group("m"), text[max(0, m.start() - 40) : m.start()]):
            break
        start = m.start()
    if start == at:
        return np_, span
    return text[start : at + len(np_)], (min(start, span[0]), max(span[1], at + len(np_)))


def issuer_of(text: str, issued: re.Match[str] | None) -> str | None:
    """The issuer a document's "issued by" phrase names (its ``np`` group, in ``text``), a list of them whole."""
    if issued is None:
        return None
    raw = issued.group("np")
    verb = VERB_ANY.search(raw)  # "The statement released by the office said, “…”": the office, not its verb
    raw = raw[: verb.start()] if verb and verb.start() > 0 else raw
    return listed(text, _clean_np(_words(raw), leading=True), issued.span("np"))[0]


# A release's lead-in line, ending in a colon: a document word and a "following" word among its first words, then
# the agent of the passive ("The following statement was issued today by the Secretary-General, Jane Roe:", "La
# déclaration suivante a été faite, aujourd'hui, par le Secrétaire général de l'ONU, M. Ivo Marek :"). Lexicons
# following_words, heading_documents, passive_agents.
_FOLLOWING = _alternation(lexicon.words_all("following_words"))
_DOCUMENTS = _alternation(lexicon.words_all("heading_documents"))
_RELEASE_LEAD = re.compile(
    rf"^(?:\w+\s+){{0,3}}?(?:(?:{_FOLLOWING})\s+(?:{_DOCUMENTS})|(?:{_DOCUMENTS})\s+(?:{_FOLLOWING}))\b[^:\n]*?"
    rf"\s(?:{_alternation(lexicon.words_all('passive_agents'))})\s+(?P<who>[^:\n]{{3,120}}?)\s*:\s*$",
    re.I,
)
# The words that join a role to whom it serves ("the Spokesman for the Secretary-General", "le Porte-parole du …").
_OF_WORDS = frozenset(("for", "of", "to", "de", "du", "des", "del", "della", "di", "von", "der"))


# ... or a line announcing the document's text: its author before the document word, possessive ("The full text of
# X’s statement is as follows:"), or after it and "by"/"of" ("the text of the statement by X:", "le texte de la
# déclaration de X :"). Lexicons text_words, heading_documents.
_TEXT_WORDS = _alternation(lexicon.words_all("text_words"))
_TEXT_LEAD = re.compile(
    rf"^(?:\w+\s+){{0,4}}?(?:{_TEXT_WORDS})(?:\s+\w+)?\s+(?:of|de|del|du|di|des)\s+"
    rf"(?:(?P<own>(?-i:[A-ZÀ-Þ])[^:\n]{{1,60}}?)['’]s?\s+(?:{_DOCUMENTS})"
    rf"|(?:\w+\s+){{0,2}}?(?:{_DOCUMENTS})\s+(?:by|of|de|del|du|di|von)\s+(?P<who>[^:\n]{{3,80}}?))"
    rf"(?:\s+(?:is|follows|reads)\b[^:\n]{{0,20}})?\s*:\s*$",
    re.I,
)


# ... or a lead paragraph that says the text follows ("Transcript follows the video.", "The full text is below."),
# opened by a name (a title before it) and a verb of saying: the name.
_TEXT_FOLLOWS = re.compile(rf"\b(?:{_TEXT_WORDS})\s+(?:follows|is\s+below)\b", re.I)
_TELLER = re.compile(r"^\s*(?P<who>(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,5}[A-ZÀ-Þ][\w'’-]+)\s+(?=\w)")


def release_issuer(line: str) -> str | None:
    """Who a release's lead-in line says issued the text below it: the person named after its last comma ("…, M. Ivo
    Marek": Ivo Marek, the courtesy word dropped), else the agent ("UN Secretary-General Jane Roe"); a role led by
    an article up to whom it serves ("the Spokesman for Secretary-General Jane Roe": the spokesman, no name); or
    the author a line announcing the document's text names ("The full text of X’s statement is as follows:")."""
    m = _RELEASE_LEAD.match(" ".join(line.split()))
    if m is None:
        text = _TEXT_LEAD.match(" ".join(line.split()))
        return (text.group("own") or text.group("who")).strip() if text else None
    who = m.group("who").strip()
    last = [w for w in who.split(",")[-1].split() if w.lower().rstrip(".") not in HONORIFICS]  # no "M.", "Mr"
    if "," in who and len(last) >= 2 and all(w[:1].isupper() for w in last):
        return " ".join(last)
    return served_role(who)


def served_role(who: str) -> str:
    """A role led by an article up to whom it serves ("the Spokesman for Secretary-General Jane Roe": the spokesman,
    no name: the holder speaks, not the one served); any other issuer as it is."""
    head = re.split(rf"\s(?:{_alternation(_OF_WORDS)})\s", who, maxsplit=1)
    last = head[0].split()[-1] if len(head) > 1 else ""  # a person's role ("Spokesman"), no body ("Ministry")
    served = head[1].split() if len(head) > 1 else []  # a person served, no body ("the Spokesman for the Ministry")
    role = bool(last) and who[:1].islower() and _role_prefixed(last) and not _body_word(last)
    return head[0] if role and not any(map(_body_word, served)) else who


# The lines at a source's top a release's lead-in may stand on (a headline and a dateline before it).
RELEASE_LEAD_LINES = 4


def release_author(text: str) -> str | None:
    """The issuer a release's lead-in line among a source's first lines names (:func:`release_issuer`), a surname
    with the given names written before it."""
    lines = [ln for ln in text.lstrip().split("\n", RELEASE_LEAD_LINES)[:RELEASE_LEAD_LINES] if ln.strip()]
    who, line = next(((who, ln) for ln in lines if (who := release_issuer(ln))), (None, ""))
    if who is None:  # "Prime Minister X told reporters … Transcript follows the video.": the named teller
        who = next((m.group("who") for ln in lines if _TEXT_FOLLOWS.search(ln) and (m := _TELLER.match(ln))
                    and VERB_ANY.match(ln, m.end())), None)  # fmt: skip
    # a surname alone ("The full text of Marek’s statement"): with the given names the lines above write it with
    return in_full(text, text.find(line), who) if who and len(who.split()) == 1 else who


# A source's letterhead: its first line, a body's name and nothing else ("Central Bank of the Republic of X",
# "Ministry of Health of Dornia"), of at most this many words.
LETTERHEAD_MAX_WORDS = 8
_CONNECTORS = frozenset(("of", "the", "and", "for", "de", "des", "du", "la", "le", "del", "y", "et", "und", "der"))


def letterhead(line: str) -> str | None:
    """The body a source's first line names, when the line is that name alone: capitalised words (connectors
    between) holding a body noun. (A line opened by a body noun may be a headline: "Council approves budget".)"""
    words = line.strip().split()
    if not words or len(words) > LETTERHEAD_MAX_WORDS or re.search(r"[.!?:;,\"“”«»|]", line):
        return None
    body = [w for w in words if w.casefold().startswith(BODY_STEMS)]
    capitalised = all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words)
    return line.strip() if body and capitalised else None


def titled_person(line: str) -> str | None:
    """The person a source's title line opens with, by name and role, before what the text is ("Jane Roe, minister
    for Europe, answer in the Senate, 26 March", "Justice Minister Jane Roe, statement on …", "Foreign Office,
    spokesman Ivo Marek, press conference …"): a full name after role words in one of its first two comma segments,
    or one the next segment gives a role; none where no segment is set off by a comma."""
    segments = [s.strip() for s in re.split(r"[,:]", _ASIDE.sub("", line))][:3]  # (a handle in brackets left out)
    found = []
    # (the second segment only under a body's name of capitals: "Foreign Office, spokesman X"; after a person's
    # segment it says what the text is about: "X, statement on the death of Pope Y")
    office = len(segments) > 1 and len(segments[0].split()) <= 4 and all(w[:1].isupper() for w in segments[0].split())
    for k, seg in enumerate(segments[: 2 if office else 1] if len(segments) > 1 else []):
        words = seg.split()
        run = list(itertools.takewhile(lambda w: w[:1].isupper() and not _role_prefixed(w), words[::-1]))
        name = " ".join(run[::-1])
        head = words[: len(words) - len(run)]
        # right before the name, only capitals and roles before it ("Minister of the X Y", "announcement of the
        # death of Pope X": no holder)
        roled = bool(head) and _role_prefixed(head[-1]) and all(w[:1].isupper() or _role_prefixed(w) for w in head)
        after = segments[k + 1].split() if k + 1 < len(segments) else []
        apposed = not head and _apposed_role(after)
        body = any(w.casefold().startswith(BODY_STEMS) for w in run)
        if 2 <= len(run) <= 4 and (roled or apposed) and not body and _has_name(name):
            found.append((not roled, k, name))  # (a role before the name first: "Foreign Office, spokesman X")
    return min(found)[2] if found else None


# Capitalised words a role in apposition may open with before its role word ("EU High Representative", "US
# Secretary of State"): an adjective of a place or a body's initials.
APPOSED_ROLE_QUALIFIERS = 2


def _apposed_role(words: list[str]) -> bool:
    """Words in apposition after a name that are a role: a role word first, or after a few capitalised qualifiers."""
    lead = list(itertools.takewhile(lambda w: w[:1].isupper() and not _role_prefixed(w), words))
    return len(lead) <= APPOSED_ROLE_QUALIFIERS and len(lead) < len(words) and _role_prefixed(words[len(lead)])


# A source's title line that opens with a person and then says what the text is ("Jane Roe (@janeroe), post on X,
# 3 May", "Jane Roe — video message after the ruling", "Minister Jane Roe, letter to the council"): the person, up
# to a comma, a colon or a dash, when one of the first words after it is a document word (lexicon title_documents;
# "congratulatory telegram", "first address"). Only a person: a body's text ("Foreign Office, statement on …") may
# hold any of its officials' words.
DOCUMENT_REACH = 3
_ASIDE = re.compile(r"\s*\([^()\n]{1,64}\)")  # "(@janeroe)", "(the party's initials)", "(Prime Minister of X, party Y)"
_NAME_THEN_TEXT = re.compile(r"^(?P<who>[^,:;—–()\n]{3,80}?)\s*(?:[,:]|\s[—–])\s*(?P<what>\S.*)$")
_TITLE_DOCUMENTS = frozenset(w.casefold() for w in lexicon.words_all("title_documents"))
_TITLE_STEMS = tuple(w for w in _TITLE_DOCUMENTS if len(w) >= 5)


def title_parts(line: str) -> tuple[str, str] | None:
    """A title line's opening phrase and what follows its comma, colon or dash (asides in brackets left out)."""
    m = _NAME_THEN_TEXT.match(_ASIDE.sub("", line.strip()))
    return (m.group("who"), m.group("what")) if m else None


def _document_word(word: str) -> bool:
    w = word.strip("\"'«»“”„").casefold()
    return w in _TITLE_DOCUMENTS or w.startswith(_TITLE_STEMS)


def documented_person(line: str) -> str | None:
    """The person a source's title line opens with, when the words after the name say what text this is (see
    DOCUMENT_REACH); none for a body ("White House", "European Commission"), a lone word or a line that names no
    document."""
    who = _documented(line)
    if who is None:
        return None
    words = who.split()
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and not _role_prefixed(w), words[::-1]))[::-1]
    head = words[: len(words) - len(run)]
    roled = all(w[:1].isupper() or _role_prefixed(w) for w in head)  # "Minister Jane Roe", "Premierul X Y"

    def part(w: str) -> bool:
        return not _body_word(w)

    personal = all(map(part, run)) and any(part(a) and part(b) for a, b in itertools.pairwise(run))
    name = " ".join(run)
    return name if 2 <= len(run) <= 4 and roled and personal and _has_name(name) and alias_group(name) is None else None


# Document nouns in the possessed form a title puts after its issuer, who stands before them with no comma
# (Hungarian "X köztársasági elnök lemondó nyilatkozata": "X's resignation statement"); a compound's last part is
# read ("Facebook-bejegyzése"). Lower-case words between the name and the noun, this many at most.
POSSESSED_REACH = 4
_TITLE_ARTICLES = frozenset(
    w.casefold() for w in lexicon.words_all("articles") | lexicon.words_all("definite_articles")
)


def possessed_person(line: str) -> str | None:
    """The full name a title line opens with when a possessed document word follows it within its first phrase,
    after lower-case words only (a role, a qualifier): "X Y köztársasági elnök lemondó nyilatkozata, 2024. …"."""
    words = re.split(r"[,:;(—–]", line, maxsplit=1)[0].split()
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and not _role_prefixed(w) and not _possessed(w), words))
    rest = words[len(run) : len(run) + POSSESSED_REACH + 1]
    k = next((i for i, w in enumerate(rest) if _possessed(w)), None)
    if k is None or not 2 <= len(run) <= 4 or not all(w[:1].islower() for w in rest[:k]):
        return None
    if run[0].casefold() in _TITLE_ARTICLES:
        return None  # "A Sándor-palota közleménye": a body under its article
    name = " ".join(run)
    bodied = any(map(_body_word, run))
    return name if not bodied and _has_name(name) and alias_group(name) is None else None


def documented_body(line: str) -> str | None:
    """The body a source's title line opens with, when the words after it say what text this is ("Borean Harbour
    Authority (…), statement of 3 May 2031"): the statement is the body's, not one person's."""
    who = _documented(line)
    words = who.split() if who else []
    bodied = any(map(_body_word, words))
    return who if bodied and len(words) <= BODY_TITLE_MAX_WORDS and words[0][:1].isupper() else None


def _documented(line: str) -> str | None:
    """The phrase a title line opens with, where one of the first words after it is a document word."""
    parts = title_parts(line)
    if parts is None or not any(map(_document_word, parts[1].split()[:DOCUMENT_REACH])):
        return None
    return parts[0]


def _body_word(word: str) -> bool:
    """A body's noun, or a word built on one ("Ministry", "Organization")."""
    from provenance.pipeline.names import body_noun  # (names reads rapidfuzz: only a source's first line pays)

    return body_noun(word) or word.casefold().startswith(BODY_STEMS)


# A body's name at the head of a title line: this many words at most ("Atomic Energy Organization of Borea").
BODY_TITLE_MAX_WORDS = 8


_BY_ROWS = lexicon.rows("according_documents")
# "a statement by X" with nothing between the document and "by" (not "issued by", "released by": who published it).
_STATEMENT_BY = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(r) for r in _BY_ROWS if r.endswith(' by') and len(r.split()) == 3)})"
    rf"\s+(?P<np>[^,،.;:\n\"“”«»]{{1,80}})",
    re.I,
)


def statement_by(tail: str) -> str | None:
    """The person a "statement by X" in ``tail`` (the words after a quote, in its sentence) names by role and name;
    None for a body ("a statement by the ministry", "by the White House": it publishes the subject's words)."""
    np_ = issuer_of(tail, _STATEMENT_BY.search(tail))
    if not np_ or not _has_name(np_) or _DOCUMENT_WORD.search(np_) or not any(map(is_role, np_.split())):
        return None
    return np_
