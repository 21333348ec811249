"""Whether a match may carry a quote: the voice the source gives its unit, and the negation both sides hold.

A span placed by meaning is a claim that its words are the quote's. The article says whose the quote is and the
source whose the span is: a span the source gives to another person by name is no rendering of the quote however
close (:func:`other_person`), and one the source gives to the article's speaker may lack a little margin
(:func:`voice_bonus`). A span that leaves out the negation the quote turns on, or has one it lacks, renders
another statement (:func:`negation_apart`): a few words of a long sentence, or a span the first encoder almost
chose, are lenient evidence, and "did not change the position" is no rendering of "for the death of". A quote
that runs on past the end of a source cut short is no rewording of the words before the cut (:func:`past_cut`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline import meaning as M
from provenance.pipeline import speaker_phrases
from provenance.pipeline.attribution import _alias_group, arabic_name_shared, same_speaker
from provenance.pipeline.names import body_noun, not_place
from provenance.pipeline.quote_homes import _personal_name
from provenance.pipeline.source_voices import _turn, source_speaker, source_voice
from provenance.pipeline.speaker_edges import cyrillic_oblique
from provenance.pipeline.speaker_phrases import BODY_STEMS, _role_only
from provenance.pipeline.speaker_relays import listed_outlet
from provenance.pipeline.speaker_roles import is_role
from provenance.semantic.matcher import MODEL_MARGIN_KEYS, same_language
from provenance.semantic.voices import _person
from provenance.text import HEADING_LINE_MAX_WORDS, word_trie

if TYPE_CHECKING:
    from provenance.semantic.matcher import Match, Query
    from provenance.settings import Settings


def same_voice(speaker: str | None, m: Match, s: Settings) -> bool:
    """The source gives the matched unit to the speaker the article names (a transcript's label, an attribution)."""
    if not speaker:
        return False
    who = source_voice(m.source, m.unit.start, m.unit.end) or m.source.extra.get("signed")
    return who is not None and same_speaker(speaker, who, s) is True


def voice_bonus(speaker: str | None, m: Match | None, s: Settings, cross: bool) -> float:
    """The margin a quote's match may lack when the source gives its unit to the speaker the article names; or the
    margin it needs more where the article names a person and the source is a body's statement (:func:`body_voiced`);
    with the extra a quote multilingual-e5-small places across languages needs, and its smaller bonus (settings)."""
    if m is None:
        return 0.0
    narrow = cross and MODEL_MARGIN_KEYS.get(m.model) == "e5"
    extra = s.semantic_quote_extra_e5 if narrow else 0.0
    if same_voice(speaker, m, s):
        return extra - (s.semantic_speaker_bonus_e5 if narrow else s.semantic_speaker_bonus)
    return extra + (s.semantic_body_voice_extra if body_voiced(speaker, m, s) else 0.0)


def body_voiced(speaker: str | None, m: Match, s: Settings) -> bool:
    """The article credits the quote to a person by name, and the source gives the unit to a body: its author is a
    ministry's or a council's name, no person's, and no quotation or transcript turn reaches into the unit."""
    u = m.unit
    if (
        not speaker
        or not _person(speaker)
        or any(a < u.end and u.start < b for a, b, _ in m.source.extra.get("speakers", []))
    ):
        return False  # (a quotation or a transcript's turn in the unit: someone's words, not the body's text)
    author = m.source.extra.get("author") or m.source.extra.get("title_body")
    if not isinstance(author, str) or _person(author) or same_speaker(speaker, author, s) is True:
        return False
    # the page's title names the person ("White House: Remarks by President X …"): a publisher, X's words
    head, end = first_line(m.source.text)
    title = m.source.text[head : end if end >= 0 else len(m.source.text)].casefold()
    return not any(
        len(w) >= SURNAME_MIN_LETTERS and re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", title)
        for w in speaker.split()[-1:]
    )  # (a word of the title: "Lee" is not in "Leeds")


# A speaker's last word the source's title line holds names that person there, this many letters at least.
SURNAME_MIN_LETTERS = 3


def negation_apart(query: Query, m: Match) -> bool:
    """One side negates a clause and the other does not."""
    return M.has_negation(query.text) != M.has_negation(m.unit.text)


def carries(m: Match | None, cross: bool, bonus: float) -> bool:
    return m is not None and (m.accepted(cross, bonus) or m.drifted(cross, bonus))


def crosses(query: Query, m: Match) -> bool:
    """The matched unit is in another language than the query."""
    return not same_language(query.lang, m.source.language)


def other_voice(speaker: str | None, m: Match, s: Settings) -> bool:
    """The source gives the matched unit to someone the article's speaker is not known to be (across scripts a
    name often cannot be told: only a confirmed speaker lets a few words of a statement stand for a quote)."""
    if not speaker:
        return False
    who = source_voice(m.source, m.unit.start, m.unit.end)
    if who is None:  # a page title's issuer ("Remarks by X at …"): only a person clearly not X is another voice
        titled = source_speaker(m.source, m.unit.start, m.unit.end)
        return titled is not None and _person(speaker) and same_speaker(speaker, titled, s) is False
    return same_speaker(speaker, who, s) is not True and not arabic_name_shared(speaker, who)


def other_person(speaker: str | None, m: Match | None, s: Settings) -> bool:
    """The article names a person by name, and the source gives the unit to someone else by name: no rendering of
    this quote, however close in meaning (a role, a body or an unnamed speaker may be anyone of the source's)."""
    if m is None or not speaker or not _person(speaker):
        return False
    who = source_speaker(m.source, m.unit.start, m.unit.end)
    return who is not None and same_speaker(speaker, who, s) is False


def negated_elsewhere(speaker: str | None, query: Query, m: Match | None, s: Settings) -> bool:
    """A span without the negation the quote turns on (or with one it lacks) that the source gives to a voice the
    article's speaker is not known to be: another statement, not the quote's drift (a resident's "the town did not
    hand out water until day three" against the minister's "we began handing out water this morning"). Where the
    voices agree, the flipped negation is the quote's drift and stays an alarm. In one language only: across
    languages a negation word may render none ("لا تزال", "remains"), so it tells no statements apart there."""
    return m is not None and not crosses(query, m) and negation_apart(query, m) and other_voice(speaker, m, s)


def named_other_voice(speaker: str | None, m: Match, s: Settings) -> bool:
    """The article names a person (not a role: "the mayor" may be anyone) whom the source's speaker of the unit
    is not known to be."""
    return bool(speaker) and not _role_only(str(speaker)) and other_voice(speaker, m, s)


__all__ = [
    "body_voiced",
    "carries",
    "crosses",
    "first_line",
    "named_other_voice",
    "negated_elsewhere",
    "negation_apart",
    "other_person",
    "other_voice",
    "past_cut",
    "rendered_apart",
    "same_voice",
    "signed_apart",
    "title_line",
    "voice_bonus",
    "voiced_apart",
]


# A stored source that ends without a stop ends where a store cut it ("… the crews for their patience and for bein").
_STOPS = frozenset(".!?…。؟\"”»’')]")


# A heading's topic line of at most this many words ("Earthquakes in X and Y"): a set phrase a writer's own words
# take up ("the devastating earthquakes in X and Y"), no statement a quote in the same language rewords.
HEADING_MAX_WORDS = 8


def topic_heading(query: Query, m: Match | None) -> bool:
    """In one language, the unit is a short line of the source with no sentence stop, its whole line: a heading."""
    if m is None or not same_language(query.lang, m.source.language):
        return False
    text, u = m.source.text, m.unit
    start, end = text.rfind("\n", 0, u.start) + 1, text.find("\n", u.end)
    line = text[start : len(text) if end < 0 else end].strip()
    return line == u.text.strip() and len(line.split()) <= HEADING_MAX_WORDS and line[-1:] not in _STOPS


# A source's first line of at most this many words (a heading line: text.heading_end), with no stop at its end and
# text below it: the page's title ("Statement by the Foreign Ministry spokesman on the ceasefire in X", "Remarks by
# President X on Y").
TITLE_MAX_WORDS = HEADING_LINE_MAX_WORDS


def title_line(m: Match | None) -> bool:
    """In any language, the unit lies in the source's title line (its first line, short, with no sentence stop,
    text below it): a title says what the document is and whose, in the words of the page that keeps it, and a
    quote renders what someone said, never that ("a new start for Borea" is no rendering of "statement
    welcoming the halt of the fighting in Borea")."""
    if m is None:
        return False
    text = m.source.text
    head, end = first_line(text)
    if end < 0 or m.unit.start >= end or not text[end:].strip():
        return False
    line = text[head:end].strip()
    return bool(line) and len(line.split()) <= TITLE_MAX_WORDS and line[-1:] not in _STOPS


# A title line that names a post ("post on X", "допис у Telegram", "message sur X", "Tweet"; lexicon post_titles): the
# whole text is the one person's, not a page cut short.
_POST_TITLE = re.compile(rf"(?<!\w)(?:{word_trie(lexicon.words_all('post_titles'))})(?!\w)", re.I)


def first_line_text(text: str) -> str:
    head, end = first_line(text)
    return text[head : len(text) if end < 0 else end]


def first_line(text: str) -> tuple[int, int]:
    """Where a source's first line (its title, where text follows) starts and ends: past the leading whitespace,
    up to its line break (-1 where there is none); read without copying the source."""
    head = _LEADING_SPACE.match(text).end()  # type: ignore[union-attr]  # (\s* always matches)
    return head, text.find("\n", head)


_LEADING_SPACE = re.compile(r"\s*")


def past_cut(query: Query, m: Match | None) -> bool:
    """In one language, the quote runs on past the end of a source cut short: the unit ends the source, which ends
    without a stop, and the quote holds the source's last two words with more after them ("for being the best
    crews a port could wish for" where the stored text stops at "for bein"). What follows the cut is not stored: the
    quote is no rewording of the words before it."""
    if m is None or not same_language(query.lang, m.source.language):
        return False
    text = m.source.text.rstrip()
    if not text or text[-1] in _STOPS or m.unit.end < len(text) - 1:
        return False
    last = text.split()[-2:]
    if len(last) < 2:
        return False
    pattern = rf"(?<!\w){re.escape(last[0])}\s+{re.escape(last[1])}(?:\w+|\s+\w)"
    return re.search(pattern, query.text, re.I) is not None


def rendered_apart(speaker: str | None, query: Query, m: Match | None, s: Settings) -> bool:
    """The match renders something else than the quote: a negation sets them apart (:func:`negated_elsewhere`), the
    quote runs past the end of the source (:func:`past_cut`), or the unit is a heading's topic
    (:func:`topic_heading`). (A unit in the source's title line files no quote at all: :func:`title_line`.)"""
    if negated_elsewhere(speaker, query, m, s) or past_cut(query, m):
        return True
    return topic_heading(query, m)


def signed_apart(speaker: str | None, query: Query, m: Match | None, s: Settings) -> bool:
    """Across languages, a unit of a post another person signed ("— Jane Doe (@janedoe)"), no quotation in it, for
    a quote the article credits to a person by name: leaders' posts on one event say the same things ("paid for his
    courage with his life"), and a rendering in other words tells no two of them apart. In one language the words
    themselves tell, and the attribution check reads them after."""
    signed = m.source.extra.get("signed") if m is not None else None
    if m is None or not signed or not speaker or not crosses(query, m) or not _person(speaker):
        return False
    if not (_person(signed) and speaker_phrases._FULL_NAME.fullmatch(signed)):
        return False  # an account's name ("MFA Russia", "Prime Minister of Greece") may post for several people
    quoted = _turn(m.source, m.unit.start, m.unit.end) is not None  # a quotation's words in the post: its speaker's
    return not quoted and same_speaker(speaker, signed, s) is False


def voiced_apart(speaker: str | None, query: Query, m: Match | None, s: Settings) -> bool:
    """Across languages, a unit the source gives to another person by name (:func:`other_person`: a statement's
    issuer, a transcript's turn, an attribution) for a quote the article credits to a person by name, both named as
    :func:`_named_voice` says ("la Casa Blanca" speaks for its president; "The message reads" and "the Office of the
    Spokesperson" may carry anyone's words). Leaders' statements on one event say the same things ("shocked and
    saddened", "a tragedy for the country and all who knew him"), and a rendering in other words tells no two of
    them apart: such a match had made a president's words a translation of a minister's press conference. In one
    language the words themselves tell, and the attribution check reads them after; so it does across languages
    where only a page title names the issuer (``source_voice``: the title tells whose document it is, and the
    article that credits its sentence rendered whole to someone else is told so)."""
    if m is None or not crosses(query, m) or not other_person(speaker, m, s):
        return False
    voice = source_voice(m.source, m.unit.start, m.unit.end)
    if voice is None and m.source.extra.get("author_titled") and _POST_TITLE.search(first_line_text(m.source.text)):
        voice = m.source.extra.get("author")  # "X (@x), post on X, 28 February 2025": a post is whole, and X's
    return _named_voice(str(speaker), alone=True) and _named_voice(voice or "")


LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ'’-]+")
# Words at most of a transcript's speaker label in capitals ("SECRETARY ROE", "MS. ROE", "PRIME MINISTER ROE").
TRANSCRIPT_LABEL_WORDS = 3


def _named_voice(who: str, alone: bool = False) -> bool:
    """A person named in full ("Jane Roe, Secretary of State"), by a title and a surname ("Prime Minister
    Roe", a transcript's "SECRETARY ROE": the title's last word, then the surname closing the phrase) or by a surname
    alone where ``alone`` allows it (the article's speaker: an excerpt that never gives the first name; a Latin
    script's word, whose case endings do not hide it from the source's name, as a Cyrillic genitive may; a source's
    label of one word, "Vance:", may stand for anyone its transcript has named); not a document
    ("The message"), an office ("the Office of the Spokesperson") nor a role of a body ("представитель Кремля")."""
    capitals = who.isupper()
    if capitals:  # a transcript's label of a title and a surname, no letterhead ("MINISTRY OF DEFENCE OF …")
        if len(who.split()) > TRANSCRIPT_LABEL_WORDS:
            return False
        who = who.title()
    words = who.replace(",", " ").split()
    if any(body_noun(w) or w.lower().startswith(BODY_STEMS) for w in words):
        return False  # a body's name or its staff ("компании Veltrane Chemicals", "Ministry spokesperson X")
    surname = words[-1] if len(words) >= 2 and is_role(words[-2]) and not is_role(words[-1]) else ""
    titled = surname[:1].isupper() and not cyrillic_oblique(surname)
    # a surname alone: no place ("Novák", not "Kyiv" or "Ukraine": a country speaks through any official), no
    # outlet ("Reuters" relays anyone's words) and no initials ("NATO")
    single = (
        alone and len(words) == 1 and words[0][:1].isupper() and not capitals and bool(LATIN_WORD.fullmatch(words[0]))
        and not_place(who) is not None and not listed_outlet(who)
        and not is_role(re.split(r"['’]", who)[-1])  # "L’arcivescovo": a role after its elided article
    )  # fmt: skip
    return _personal_name(who) or ((titled or single) and _alias_group(surname or who) is None and _person(who))
