"""Language-independent anchors and cross-lingual drift checks for the semantic stage.

Sentence encoders notice neither a changed number nor a dropped negation. What survives translation is evidence:

* numbers in digits or words, with multipliers ("68 тисяч") and durations in minutes ("a quarter of an hour");
* dates: months, weekdays and years, mapped to numbers so that "1 липня" and "1 July" agree;
* names, compared through transliteration (:mod:`anyascii`): "Гофман" and "Hoffman" are one name, and in Arabic,
  which has no capital letters, a source's names are looked for by their consonant skeletons; acronyms ("НАТО").

:func:`anchors_of` collects them, :func:`compare` says what two texts share and where they disagree."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from provenance import lexicon
from provenance.pipeline import number_units as units
from provenance.pipeline.clocks import MACHINE_TIME, read_clock
from provenance.pipeline.dating import case_stem, day_at, named_day, range_end, said_when
from provenance.pipeline.figure_bounds import BOUND_WORDS, bound_keeps, rounding_before
from provenance.pipeline.figure_bounds import rounds as _rounds
from provenance.pipeline.names import NameRule, body_noun, latin, name_key, name_skeletons, same_name, skeleton
from provenance.pipeline.names import place_codes as _place_codes
from provenance.pipeline.names import same_place as _same_place
from provenance.pipeline.number_units import Number, log_distance
from provenance.report import Drift
from provenance.text import ARABIC_INDIC_DIGITS, INDIC_MARKS, TASHKEEL, blank_urls, main_script, western_digits

ARABIC_INDIC = ARABIC_INDIC_DIGITS  # (its name here before text.py held it)

# --- numbers -------------------------------------------------------------------------------------

# Number words with their common case forms ("one" is left out: as often an article or a pronoun; it counts only
# in a compound, :mod:`.number_units`), the second list from tools/lexicon_numbers.py, the third "both" (no drift).
_NUMBER_LISTS = ("anchor_number_words", "anchor_number_words_more", "anchor_pair_words")
NUMBER_WORDS: dict[str, float] = {w: float(v) for name in _NUMBER_LISTS for w, v in lexicon.table(name).items()}
_PAIR_WORDS = frozenset(lexicon.table("anchor_pair_words"))
# A run of digits this long without a group separator is a reference ("see 2308220022"), not a figure.
IDENTIFIER_MIN_DIGITS = 7
# Read only after a number word: French "deux cent(s)" (alone, "cent" is the coin or "per cent").
AFTER_NUMBER = {"cent": 100.0, "cents": 100.0}
# A word that joins a round number and a smaller one: "two hundred and fifty", "treinta y siete", "vingt et un".
_NUMBER_LINKS = frozenset({"y", "and", "et"})
ORDINAL_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_ordinal_units").items()}
MULTIPLIERS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_multipliers").items()}
TIME_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_time_units").items()}  # minutes
FRACTIONS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_fractions").items()}
_HALF_HOUR = {"півгодини": 30.0, "полчаса": 30.0}

# --- dates ---------------------------------------------------------------------------------------

_DATE_ROWS = [row.split("\t") for row in lexicon.rows("anchor_dates", ext="tsv")]
# ... and CLDR's wide names in every other language the checker reads (French, German, Spanish, Turkish, …)
_CALENDAR_ROWS = [row.split("\t") for row in lexicon.rows("anchor_calendar", ext="tsv")]
_WIDE = frozenset(f for f, _, _ in _CALENDAR_ROWS)
MONTHS = {f: int(n) for f, kind, n in _CALENDAR_ROWS + _DATE_ROWS if kind == "month"}
WEEKDAYS = {f: int(n) for f, kind, n in _CALENDAR_ROWS + _DATE_ROWS if kind == "weekday"}
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)  # no names, with a Turkish case ending too ("Kasım'da")
# The first form of each month and weekday (English), shown in a finding.
_SHOWN = {(kind, int(n)): f for f, kind, n in reversed(_DATE_ROWS)}
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")

_ELISIONS = frozenset(("d", "l", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "dell", "all"))
_ARABIC_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")

_WORD = re.compile(r"\d{1,2}:\d{2}(?!\d)|\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+)?%?|(?:[A-ZА-ЯЁІЇЄҐ]\.){2,4}"
                   r"|[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670" + INDIC_MARKS + r"])*(?:['’ʼ][^\W\d_]+)*")  # fmt: skip


@dataclass(frozen=True)
class Word:
    text: str
    low: str
    start: int
    end: int
    joined: bool = False  # a hyphen joins it to the next word ("non-membership": a prefix, no word of its own)


def words(text: str) -> list[Word]:
    """Words and numbers of ``text``: a digit group keeps its thousands separators ("68,000", "68 000")."""
    out = []
    for m in _WORD.finditer(western_digits(blank_urls(text))):  # a web address holds no words
        if m.start() >= 2 and text[m.start() - 1] in "'’ʼ" and text[m.start() - 2].isdigit():
            continue  # a case ending on a number (Turkish "6,75'ten", "17'si"), not a word of its own
        w = m.group().strip()
        low = w.casefold().replace("’", "'").replace("ʼ", "'").translate(TASHKEEL)
        end = m.start() + len(w)
        out.append(Word(w, low, m.start(), end, text[end : end + 1] in "-‐" and text[end + 1 : end + 2].isalpha()))
    return out


def _word_forms(low: str) -> list[str]:
    """An Arabic word and the word without one leading clitic (و, ف, ب, ل, ال...); a French or Italian word
    and the word without its elided article or preposition ("d'environ" is "environ")."""
    if "'" in low:
        head, _, rest = low.partition("'")
        return [low, rest] if head in _ELISIONS and rest else [low]
    if not low or not ("\u0600" <= low[0] <= "\u06ff"):
        return [low]
    forms = [low]
    for c in _ARABIC_CLITICS:
        if low.startswith(c) and len(low) - len(c) >= 2:
            forms.append(low[len(c) :])
    return forms


def _digits_value(w: str) -> float | None:
    w = w.rstrip("%")
    if len(w) >= IDENTIFIER_MIN_DIGITS and w.isdigit():
        return None  # (figures that large are grouped, "1,250,000", or written with a word, "1.25 million")
    m = re.fullmatch(r"\d{1,3}((?:[,.\u00a0\u202f ]\d{3})+)", w)
    if m:
        seps = set(re.sub(r"\d", "", m.group(1)))
        # "68,000", "1.200.000", "12.000" (nobody writes twelve so) group thousands; a lone "3.200" is a decimal
        thousands = seps == {"."} and (m.group(1).count(".") > 1 or m.group(1).endswith("000"))
        if seps <= {",", " ", "\u00a0", "\u202f"} or thousands:
            return float(re.sub(r"\D", "", w))
    try:
        return float(w.replace(",", "."))
    except ValueError:
        return None


_ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")


def _clock(ws: Sequence[Word], i: int) -> Number | None:
    """A time of day ("21:00", "9 pm", "à 22h00": :mod:`.clocks`), valued as the hour and as minutes since midnight."""
    if (c := read_clock(ws, i)) is None:
        return None
    values = {float(c.hour * 60 + c.minute)} | ({float(c.hour), float(c.written)} if c.minute == 0 else set())
    return Number(" ".join(w.text for w in ws[i : i + c.width]), frozenset(values), clock=True, zoned=c.zoned)


# A date in digits with its year: "2024-11-26", "26.11.2024", "26/11/2024" (the same separator twice).
NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?:19|20)\d\d(?P<a>[-./])\d{1,2}(?P=a)\d{1,2}|\d{1,2}(?P<b>[-./])\d{1,2}(?P=b)(?:19|20)\d\d)(?![\d])"
)


def numbers(ws: Sequence[Word], text: str | None = None) -> list[Number]:
    """Numbers in digits or words, with multipliers and durations folded in; years are dates, not numbers. With
    ``text`` (the words' text), number words are read together only where a space or a hyphen alone is between."""
    out: list[Number] = []
    dated = [(m.start(), m.end()) for rx in (NUMERIC_DATE, MACHINE_TIME) for m in rx.finditer(text)] if text else []
    i = 0
    while i < len(ws):
        w = ws[i]
        if any(a <= w.start and w.end <= b for a, b in dated):
            i += 1  # "2024-11-26", "26.11.2024": a page's date stamp, no count of anything
            continue
        clock = _clock(ws, i)
        if clock is not None:
            out += [] if clock.zoned else [clock]  # "21h00 GMT": converted from the source's local time, not compared
            i += len(clock.text.split())
            continue
        if w.low in _HALF_HOUR:
            out.append(Number(w.text, frozenset({_HALF_HOUR[w.low]})))
            i += 1
            continue
        value = _word_value(w)
        if value is None and i + 1 < len(ws) and _joined(text, w, ws[i + 1]) and _arabic_compound_next(ws[i + 1]):
            value = ORDINAL_UNITS.get(w.low)  # "الثاني والعشرين", "أحد عشر": a unit read only in its compound
        if value is None or (w.low[:1].isdigit() and _YEAR.match(w.low) and not _is_multiplied(ws, i)):
            frac = _fraction_duration(ws, i)
            if frac is not None:
                out.append(frac)
            i += 1
            continue
        j = i + 1
        # "twenty five", "сто двадцять": add up consecutive number words, each smaller than the last ("two two"
        # is two numbers), written together (not across a comma or semicolon: "five to two; two members").
        last = value
        while j < len(ws) and _joined(text, ws[j - 1], ws[j]) and not ws[j].low[:1].isdigit():
            v = NUMBER_WORDS.get(ws[j].low, AFTER_NUMBER.get(ws[j].low, units.unit_after_tens(ws[j].low, value, last)))
            link = j + 1 < len(ws) and ws[j].low in _NUMBER_LINKS  # "two hundred and fifty", "trente et un"
            unit = NUMBER_WORDS.get(ws[j + 1].low, units.unit_after_tens(ws[j + 1].low, value, last)) if link else None
            if unit is not None and unit < last and ((value % 100 == 0 < value and unit < 100)
                                                     or (value % 10 == 0 and value >= 20 and unit < 10)):  # fmt: skip
                value, last, j = value + unit, unit, j + 2
                continue
            if value < 10 and ws[j].low.startswith("و") and (tens := _arabic_tens(ws[j])) is not None:
                value, last = value + tens, 1.0  # Arabic puts the unit first: "خمسة وعشرون"
            elif last < 10 and value % 100 < 10 and ws[j].low in ARABIC_TEEN_TENS:
                value, last = value + 10, 1.0  # "ثمانية عشر" is eighteen, not eight and ten
            elif last >= 100 and ws[j].low.startswith("و") and (more := _word_value(ws[j])) is not None and more < last:
                value, last = value + more, more  # "ثلاثمئة وأربعون", "مئة وخمسة وعشرون": hundreds, then "and" …
            elif last < 10 and value >= 100 and ws[j].low.startswith("و") and (tens := _arabic_tens(ws[j])) is not None:
                value, last = value + tens, 1.0  # … a unit, then its tens
            elif v == 100 and value < 10:
                value, last = value * 100, 100.0  # "three hundred"
            elif v is not None and v < last:
                value, last = value + v, v
            else:
                break
            j += 1
        half, noun_unit = _half_after(ws, j, text)
        value, j = (value + 0.5, j + half) if half else (value, j)  # "дві з половиною тисячі", "tres años y medio"
        multiplier = 1.0
        while j < len(ws) and ws[j].low in MULTIPLIERS:
            multiplier = MULTIPLIERS[ws[j].low]
            value *= multiplier
            j += 1
        if multiplier > 1 and not half and j < len(ws) and (after := _half_after(ws, j, text)[0]):
            # "trois millions et demi", "tres millones y medio", "ثلاثة ملايين ونصف (المليون)": half the multiplier
            value, j = value + multiplier / 2, j + after
            if j < len(ws) and any(MULTIPLIERS.get(f) == multiplier for f in _word_forms(ws[j].low)):
                j += 1
        # "2 bin 350", "11 bin 800": the hundreds written after the thousands (Turkish house style)
        rest = _digits_value(ws[j].low) if j < len(ws) and j > i + 1 and ws[j].low.isdigit() else None
        if rest is not None and 1 < multiplier <= 1000 and rest < multiplier and _joined(text, ws[j - 1], ws[j]):
            value += rest
            j += 1
        values = {value}
        if j == i + 1 and _ONE_GROUP.fullmatch(w.low):
            # "1.250", "1,250": a decimal in one house style, thousands in another; with trailing zeros
            # ("1.200", "180,000") thousands in both, as nobody writes 1.2 with two trailing zeros
            thousands = float(re.sub(r"\D", "", w.low))
            values = {thousands} if w.low.endswith("0") else {thousands, float(w.low.replace(",", "."))}
        unit = noun_unit or (time_unit(ws[j].low) if j < len(ws) else None)
        values |= units.unit_values(value, unit, [x.low for x in ws[j : j + units.UNIT_WORDS]])  # "three days", "50 bp"
        pair = j == i + 1 and any(f in _PAIR_WORDS for f in _word_forms(w.low))
        rank = units.rank_of(text, w.start, w.end) if w.low[:1].isdigit() else None  # "G-20", "21st"
        out.append(
            Number(" ".join(x.text for x in ws[i:j]), frozenset(values), pair, timed=unit is not None, rank=rank)
        )
        i = j
    return out


# "and a half" after a number, as word tuples (lexicon anchor_half_phrases).
_HALF_PHRASES = tuple(tuple(p.casefold().split()) for p in lexicon.rows("anchor_half_phrases"))


def _half_after(ws: Sequence[Word], j: int, text: str | None) -> tuple[int, float | None]:
    """The number of words of an "and a half" phrase at ``ws[j]``, written on from the number, or after a time
    unit's noun there, with that unit ("tres años y medio", "trois ans et demi", "ثلاث سنوات ونصف"); 0 if none."""
    noun = time_unit(ws[j].low) if j + 1 < len(ws) and j > 0 and _joined(text, ws[j - 1], ws[j]) else None
    for at, unit in ((j, None), (j + 1, noun)) if noun is not None else ((j, None),):
        for phrase in _HALF_PHRASES:
            k = at + len(phrase)
            if tuple(w.low for w in ws[at:k]) == phrase and at > 0 and _joined(text, ws[at - 1], ws[at]):
                return k - j, unit
    return 0, None


# The "ten" of the Arabic numbers 11-19, written after the unit ("ثمانية عشر", "الثامن عشر").
ARABIC_TEEN_TENS = frozenset({"عشر", "عشرة"})


def _arabic_compound_next(w: Word) -> bool:
    """The word after a unit makes a compound number with it: "و" + tens, or the "ten" of 11-19."""
    return _arabic_tens(w) is not None or w.low in ARABIC_TEEN_TENS


def _arabic_tens(w: Word) -> float | None:
    """The tens of an Arabic compound number ("وعشرون", "والعشرين"): 20..90 after the conjunction."""
    if not w.low.startswith("و"):
        return None
    v = _word_value(w)
    return v if v is not None and 20 <= v < 100 and v % 10 == 0 else None


def _joined(text: str | None, a: Word, b: Word) -> bool:
    return text is None or text[a.end : b.start].strip(" -\u00a0") == ""


def time_unit(low: str) -> float | None:
    """The minutes a time unit stands for ("year", "тиждень", "ساعة"), in any of its forms; None for other words."""
    for form in _word_forms(low):
        if form in TIME_UNITS:
            return TIME_UNITS[form]
    return None


def _is_multiplied(ws: Sequence[Word], i: int) -> bool:
    return i + 1 < len(ws) and ws[i + 1].low in MULTIPLIERS


def _word_value(w: Word) -> float | None:
    if w.low[:1].isdigit():
        return _digits_value(w.low)
    if w.low in WEEKDAYS:
        return None  # Arabic "الاثنين" is Monday before it is "the two"
    for form in _word_forms(w.low):
        if form in NUMBER_WORDS:
            return float(NUMBER_WORDS[form])
    return None


def _fraction_duration(ws: Sequence[Word], i: int) -> Number | None:
    """ "a quarter of an hour", "чверть години", "half an hour": a fraction followed closely by a time unit."""
    frac = FRACTIONS.get(ws[i].low)
    if frac is None:
        return None
    for k in range(i + 1, min(len(ws), i + 4)):
        unit = time_unit(ws[k].low)
        if unit is not None:
            return Number(" ".join(x.text for x in ws[i : k + 1]), frozenset({frac * unit}))
    return None


def dates(ws: Sequence[Word], text: str = "") -> dict[str, frozenset[int]]:
    """Months, weekdays and years named in the words (of ``text``, where a range's dash is read), by kind."""
    months, days, years, monthdays, dated = set(), set(), set(), set[int](), set[int]()
    for k, w in enumerate(ws):
        if w.low == "may" and (k == 0 or not w.text[:1].isupper()):
            continue  # the modal verb, not the month
        pair = f"{w.low} {ws[k + 1].low}" if k + 1 < len(ws) else ""  # "كانون الأول": December, not January
        for form in ([pair] if pair in MONTHS else []) + _word_forms(w.low) + case_stem(w.low):
            if form in _ABBREVIATED and not _dated_beside(ws, k):
                break  # "sept pays" (seven countries), "el mar Negro": an abbreviation is a month beside its day
            if form in MONTHS:
                months.add(MONTHS[form])
                # its day ("16 марта", "June 21"), a range's other end ("6-10 March"), a day in words; 100 × month + day
                near = [day_at(ws, j) for j in (k - 1, k + 1)]
                ranged = [range_end(ws, j, step, text) for j, step in ((k - 1, -1), (k + 1, 1))]
                found = {d for d in (*near, *ranged, _worded_day(ws, k)) if d is not None}
                monthdays, dated = monthdays | found, dated | {100 * MONTHS[form] + d for d in found}
                break
            if form in WEEKDAYS:
                if not said_when(ws, k, MONTHS) and not named_day(ws, k):
                    days.add(WEEKDAYS[form])
                break
        if _YEAR.match(w.low) and not _is_multiplied(ws, k):
            years.add(int(w.low))
    return {"month": frozenset(months), "weekday": frozenset(days), "year": frozenset(years),
            "monthday": frozenset(monthdays), "dated": frozenset(dated)}  # fmt: skip


_ABBREVIATED = frozenset(f for f in MONTHS if len(f) <= 4 and f not in _WIDE)  # "sept", "mar": no locale's wide name
_DAY_OR_YEAR = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:1[89]|20)\d\d")


def _dated_beside(ws: Sequence[Word], k: int) -> bool:
    return any(_DAY_OR_YEAR.fullmatch(ws[j].low) for j in (k - 1, k + 1) if 0 <= j < len(ws))  # "Sept 5", "5 Sept"


# Words between a day written out and its month ("السابع عشر من شباط", "the 17th of February").
_DAY_OF = frozenset({"من", "of", "de"})


def _worded_day(ws: Sequence[Word], k: int) -> int | None:
    """A day written out before the month at ``k``: an ordinal or number word, alone or compound, with "من"
    ("of") between ("الثامن من كانون الثاني", "السابع عشر من شباط"): the day of that month."""
    end = k - 1 if k >= 1 and ws[k - 1].low in _DAY_OF else k
    for j in range(max(0, end - 3), end):
        span = ws[j:end]
        found = numbers(span)
        value: float | None
        if len(found) == 1 and found[0].text == " ".join(w.text for w in span):
            value = next(iter(found[0].values))
        elif len(span) == 1 and end < k:  # an ordinal alone is a day only before "من" and a month
            value = ORDINAL_UNITS.get(span[0].low)
        else:
            continue
        if value is not None and value == int(value) and 1 <= value <= 31:
            return int(value)
    return None


# --- names and acronyms --------------------------------------------------------------------------

_STOP_CAPS = lexicon.words("capitalised_non_names")
_ACRONYM = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,6}$")
_NOUN_CAPITALISING = lexicon.words("noun_capitalising_languages")


@dataclass(frozen=True)
class Anchors:
    """What a text says that survives translation: numbers, dates, names and acronyms."""

    numbers: tuple[Number, ...]
    dates: dict[str, frozenset[int]]
    names: tuple[str, ...]  # name keys of capitalised words that do not start the sentence
    lead_names: tuple[str, ...]  # capitalised first words: names only if the other side has them
    acronyms: frozenset[str]
    skeletons: frozenset[str]  # consonant skeletons of every word (Arabic script texts)
    arabic: bool
    script: str  # the script most of its letters are in: latin, cyrillic, arabic, ...
    rounded: frozenset[str] = frozenset()  # numbers written after "about", "almost", "more than" (first word)
    bounded: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each of them with the two words before it

    @property
    def empty(self) -> bool:
        return not (self.numbers or self.names or self.acronyms or any(self.dates.values()))


def capitals_are_names(language: str | None) -> bool:
    """Whether a capitalised word in ``language`` may be read as a name: not in German, where every noun has one
    (lexicon: noun_capitalising_languages)."""
    return language not in _NOUN_CAPITALISING


@lru_cache(maxsize=8192)
def anchors_of(text: str, skeleton_min_len: int = 3, language: str | None = None) -> Anchors:
    """The anchors of ``text``; Arabic-script names by consonant skeletons of ``skeleton_min_len`` letters. In a
    ``language`` whose capitals are no names (:func:`capitals_are_names`) only acronyms stand for names."""
    ws = words(text)
    names: list[str] = []
    lead: list[str] = []
    acronyms = set()
    read_names = capitals_are_names(language)
    for k, w in enumerate(ws):
        if not w.text[:1].isupper() or w.low in _STOP_CAPS or not _CALENDAR.isdisjoint((w.low, *case_stem(w.low))):
            continue
        if _ACRONYM.match(w.text.replace(".", "")):
            acronyms.add(latin(w.text.replace(".", "")).upper())
            continue
        if not read_names:
            continue
        before = text[max(0, w.start - 3) : w.start].rstrip(" \"“«„'‘(")
        first = k == 0 or not before or before[-1:] in ".!?:\n•-–—"
        (lead if first else names).append(name_key(w.text))
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff") > len(text) // 4
    skels = name_skeletons([w.text for w in ws], skeleton_min_len) if arabic else frozenset()
    rounded = frozenset(
        ws[k].text for k in range(1, len(ws)) if rounding_before([x.low for x in ws[max(0, k - BOUND_WORDS) : k]])
    )
    bounded = tuple(
        (w.text, tuple(x.low for x in ws[max(0, k - BOUND_WORDS) : k])) for k, w in enumerate(ws) if w.text in rounded
    )
    return Anchors(tuple(numbers(ws, text)), dates(ws, text), tuple(names), tuple(lead), frozenset(acronyms), skels,
                   arabic, main_script(text), rounded, bounded)  # fmt: skip


def _name_in(key: str, other: Anchors, rule: NameRule) -> bool:
    if _among(key, other.names + other.lead_names, rule) or _placed(key, other.names):
        return True
    if key.upper() in other.acronyms:  # a name the other side writes in capitals ("thanks to 'TRUMP'", "NATO")
        return True
    if other.arabic:
        sk = skeleton(key)
        return len(sk) >= rule.skeleton_min_len and sk in other.skeletons
    return False


@lru_cache(maxsize=16384)
def _placed(key: str, names: tuple[str, ...]) -> bool:
    """The name is a word of a place the other side names in its own language ("oriente" of "Medio Oriente" for
    "Middle East", "Turquía" for "Turkey"): lexicons countries, capitals and regions."""
    codes = _place_codes([key])
    return bool(codes) and any(codes & _place_codes([n]) for n in names)


@lru_cache(maxsize=16384)
def _among(key: str, names: tuple[str, ...], rule: NameRule) -> bool:
    return key in names or any(same_name(key, n, rule) for n in names)


def _telling(n: Number, small_count: int, others: Iterable[Number]) -> bool:
    """A number two texts are unlikely to share by chance: not a small count ("two firefighters", "two helicopters"),
    by the values the other side shares. A duration both count alike is as telling as its count ("12 months", "12
    місяців", "12"); one converted ("three days" for "72 hours") by its minutes."""
    shared = n.values & {v for o in others for v in o.values}
    count = min(n.values)
    return any(v > small_count or v != int(v) for v in ({count} if n.timed and count in shared else shared))


def _number_in(n: Number, others: Iterable[Number], a: Anchors | None = None, b: Anchors | None = None) -> bool:
    # (with the sides' anchors: a count is not the day of a date on the other side: "28 injured", "On Jan. 28")
    return any(n.values & o.values and (a is None or b is None or _monthday(o, b) <= _monthday(n, a)) for o in others)


@dataclass(frozen=True)
class AnchorVerdict:
    """How two texts' anchors relate: shared ones confirm a match, conflicting ones refute it (or are drift)."""

    facts: int  # numbers, dates and acronyms both texts have
    names: int  # names both texts have
    conflicts: tuple[Drift, ...]
    foreign_names: int  # names of the first text that the second lacks
    framed: int = 0  # conflicts whose frame agrees (pipeline/conflict_frames.py), counted by the semantic matcher

    @property
    def shared(self) -> int:
        return self.facts + self.names


def compare(x: Anchors, y: Anchors, rule: NameRule | None = None) -> AnchorVerdict:
    """Anchors of ``x`` (article side) against ``y`` (source side)."""
    rule = rule or NameRule.of(None)
    facts = 0
    conflicts: list[Drift] = []
    xn, yn = list(x.numbers), list(y.numbers)
    facts += sum(1 for n in xn if _number_in(n, yn, x, y) and _telling(n, rule.small_count, yn))
    # a day of a month one side writes in words is that side's date, not a number ("الثامن من كانون الثاني")
    lone_x = [n for n in xn if not _number_in(n, yn, x, y) and not (_monthday(n, x) and _monthday(n, y))]
    lone_y = [n for n in yn if not _number_in(n, xn, y, x) and not (_monthday(n, y) and _monthday(n, x))]
    # a figure rounded from the other side's ("almost 39 million" for 38.6 million) is the same figure
    own = dict(x.bounded)  # the article's own bounds: "up to 80" is no figure inside "up to 90"
    rounds = [(a, b) for a in lone_x for b in lone_y if _rounds(a, b, x.rounded) or _rounds(b, a, y.rounded)
              or any(t == b.text.split()[0] and bound_keeps(w, a.values, b.values, own.get(a.text.split()[0], ()))
                     for t, w in y.bounded)]  # fmt: skip
    lone_x = [n for n in lone_x if all(n is not a for a, _ in rounds)]
    lone_y = [n for n in lone_y if all(n is not b for _, b in rounds)]
    facts += (len(xn) - len(lone_x)) - sum(1 for n in xn if _number_in(n, yn, x, y))
    dated = [kind for kind in ("month", "weekday", "year") if x.dates[kind] and y.dates[kind]]
    moved = [kind for kind in dated if not (x.dates[kind] & y.dates[kind])]
    dx, dy = [n for n in lone_x if _monthday(n, x)], [n for n in lone_y if _monthday(n, y)]
    # day and year both moved: another date; so is a day of another month ("11 July" for "in July … on 5 August")
    other = bool(dx and dy) and ("year" in moved or not _one_month(dx[0], x, dy[0], y)) and "month" not in moved
    if dx and dy and "month" not in moved:  # "16 марта" for "9 березня": the day of a date moved
        month = _date_text("month", x.dates["month"])
        conflicts += [] if other else [Drift("date", f"{dx[0].text} {month}", f"{dy[0].text} {month}")]
        lone_x, lone_y = [n for n in lone_x if n is not dx[0]], [n for n in lone_y if n is not dy[0]]
    # a day moved with its month: one date drift, not a number drift beside it
    # (each side's day written beside its month: "5 km … in May 2020" gives May no day)
    with_month = "month" in moved and bool(dx and dy) and _day(dx[0]) and _day(dy[0])
    pair = _counterpart(lone_x, lone_y, x, y) if not with_month else None
    if pair is not None:
        conflicts.append(Drift("number", pair[0].text, pair[1].text))
    for kind in dated:
        facts += len(x.dates[kind] & y.dates[kind])
    # a month of a year against a day of a month with no year ("in May 2020" beside "on 6 June"): each side
    # dates something else, at another grain, not one date moved
    grains = (
        bool(x.dates["year"]) != bool(y.dates["year"]) and bool(dx) != bool(dy) and bool(dx) == bool(y.dates["year"])
    )
    for kind in [k for k in moved if not (other and k == "year") and not (grains and k == "month")]:
        a, b = _date_text(kind, x.dates[kind]), _date_text(kind, y.dates[kind])
        if kind == "month" and with_month:
            a, b = f"{a} {dx[0].text}", f"{b} {dy[0].text}"
        conflicts.append(Drift("date", a, b))
    facts += len(x.acronyms & y.acronyms)
    names_x = [n for n in x.names if len(n) > 1]
    found = [n for n in names_x if _name_in(n, y, rule)]
    names = len(found) + sum(1 for n in x.lead_names if _name_in(n, y, rule))
    if x.arabic:  # Arabic has no capitals: look for the source's names in it by their skeletons
        names += sum(1 for n in y.names if _name_in(n, x, rule))
    # Across scripts names are as often translated ("Eastern Terminal", "Східний термінал") as transliterated: a
    # name without a counterpart there says nothing. A capital stands for its country ("Beijing" for "China").
    foreign = len(names_x) - len(found) if x.script == y.script else 0
    lone_names_y = [n for n in y.names if not _name_in(n, x, rule)] if x.script == y.script else []
    # a body's capitalised noun ("según el Ministerio") names no one a source could have named otherwise
    missing = [n for n in names_x if n not in found and not body_noun(n)]
    # (a place of two words is one name: "Orta Doğu" is "Middle East", whose words alone name nothing)
    place = _same_place(missing[:1], lone_names_y) or _same_place(missing[:2], lone_names_y[:2])
    if missing and lone_names_y and not found and not place:
        conflicts.append(Drift("name", missing[0], lone_names_y[0]))
    return AnchorVerdict(facts, names, tuple(conflicts), foreign)


def _counterpart(
    lone_x: Sequence[Number], lone_y: Sequence[Number], x: Anchors, y: Anchors
) -> tuple[Number, Number] | None:
    """The article's unmatched number and the source's it most likely stands for, nearest in magnitude ("7,5%" for
    7.25 percent, not the 50 basis points beside it): a count for a count, a duration for a duration ("siete años"
    for no "two months", a unit left unread), a time of day for one, a day of a month for one ("до 30 листопада"
    is no count of the other side's "ثلاث")."""
    best: tuple[float, Number, Number] | None = None
    for a in lone_x:
        other = [n for n in lone_y if _monthday(n, y) == _monthday(a, x)]
        for b in other:
            if (
                b.clock != a.clock
                or a.pair
                or b.pair
                or a.timed != b.timed
                or "name" in (a.rank, b.rank)
                or a.rank != b.rank
            ):
                continue
            d = log_distance(a.values, b.values)
            apart = a.timed and log_distance([max(a.values)], [max(b.values)]) > units.DURATION_SPAN  # in minutes
            if (best is None or d < best[0]) and not apart:
                best = (d, a, b)
    return (best[1], best[2]) if best is not None else None


def _one_month(n: Number, a: Anchors, o: Number, b: Anchors) -> bool:
    """Each side writes its day beside a month both sides name."""
    pairs = [(m, int(v), int(w)) for m in a.dates["month"] & b.dates["month"] for v in n.values for w in o.values]
    return any(100 * m + v in a.dates["dated"] and 100 * m + w in b.dates["dated"] for m, v, w in pairs)


def _monthday(n: Number, a: Anchors) -> bool:
    """A number the text writes beside a month name: a day of that month."""
    return bool(n.values & {float(d) for d in a.dates.get("monthday", frozenset())})


def rounded_from(article: str, source: str) -> bool:
    """Each number of ``article`` (with the words before it: "майже 39 млн") is one of ``source`` rounded."""
    x, y = anchors_of(article), anchors_of(source)
    return bool(x.numbers) and all(any(_rounds(a, b, x.rounded) for b in y.numbers) for a in x.numbers)


def _day(n: Number) -> bool:
    """A number that may be a day of the month."""
    return any(v == int(v) and 1 <= v <= 31 for v in n.values)


def _date_text(kind: str, values: frozenset[int]) -> str:
    if kind in ("month", "weekday"):
        return ", ".join(_SHOWN[kind, v].capitalize() for v in sorted(values))
    return ", ".join(str(v) for v in sorted(values))
