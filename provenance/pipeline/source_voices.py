"""Who speaks in a source: its quotations' speakers, a transcript's turns, and its author (``annotate_source``).

A source's author is given in metadata or read off its top: a heading ("Orlin City Council: statement on …",
"Remarks by X at …"), a letterhead, a lead-in line ("Prime Minister Jane Roe, this morning, from …:"), a release's
"The following statement was issued by X", or a title line that names a person by name and role. A span of a source
belongs to the speaker of the quotation or transcript turn that holds it, or else to that author
(``source_speaker``); ``source_voice`` leaves out the issuer a long page title names. The attribution stage
(``attribution``) compares these with the article's speakers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline import quotes, resolve, speaker_phrases, speaker_roles, speakers
from provenance.pipeline.speaker_issuers import (
    documented_body,
    documented_person,
    letterhead,
    possessed_person,
    release_author,
    served_role,
    title_parts,
    titled_person,
)
from provenance.text import word_trie

if TYPE_CHECKING:
    from collections.abc import Mapping

    from provenance.pipeline.align import PreparedSource

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
            author = a or served_role((m.group("b") or "").strip())  # "Statement by the Spokesperson for X"
            src.extra["author_topic"] = bool(a) and not (a.isupper() or speaker_phrases._FULL_NAME.fullmatch(a))
        author = author or letterhead(first) or _issued_heading(first) or _lead_in_speaker(first)
        author = author or release_author(src.text)  # "The following statement was issued today by X:"
        top = [line for line in src.text.strip().split("\n")[:HEAD_LINES] if line.strip()]  # under a letterhead too
        if not author and (author := _title_issuer(first, top)):
            src.extra["author_titled"] = True  # a page title's issuer: see source_voice
        if not author:  # a body's statement, named in the title: no author, but no one person's words either
            src.extra["title_body"] = documented_body(first)
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


def _title_issuer(first: str, top: list[str]) -> str | None:
    """The issuer a page title names: after its document word (in one of the top lines), by name and role, as the
    person before the text's kind ("X, post on …"), or after a publisher's name ("Publisher, Statement by X …")."""
    titled = next(filter(None, map(heading_issuer, top)), None) or titled_person(first) or documented_person(first)
    titled = titled or possessed_person(first)
    parts = title_parts(first)
    return titled or (heading_issuer(parts[1]) if parts and _DOCUMENT_FIRST.match(parts[1]) else None)


# A title's part that opens with its document word ("Statement by …", not "first address from the balcony").
_DOCUMENT_FIRST = re.compile(rf"(?:{word_trie(lexicon.words_all('heading_documents'))})\s", re.I)


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
    if len(words) > HEADING_ISSUER_MAX_WORDS or not named or any(w.strip(",.;/()").isdigit() for w in words):
        return None  # (a figure: the words date the text, "statement of Sunday 22 June 2025", name no one)
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
    if turn is not None and turn[0] is None and _whole_quotation(src, start, end):
        return src.extra.get("author")  # a post stored as a news page quoted it: “…” round all of it, its author's
    return turn[0] if turn is not None else src.extra.get("author")


# A quotation of nobody that holds at least this share of a source's text (its heading aside) is the author's own
# text, stored as a news page quoted it ("EU High Representative X, post on X (as quoted by …)\n“…”").
WHOLE_QUOTATION_SHARE = 0.6


def _whole_quotation(src: PreparedSource, start: int, end: int) -> bool:
    body = len(src.text.strip().split("\n", 1)[-1])
    spans = [(a, b) for a, b, who in src.extra.get("speakers", []) if who is None and a <= start and end <= b + 1]
    return bool(spans) and body > 0 and (spans[0][1] - spans[0][0]) >= WHOLE_QUOTATION_SHARE * body


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
