"""Age epithets: "the 72-year-old", "der 72-Jährige", "le maire de 72 ans", "72-летний политик". News
writing uses them as a definite description of someone the story has named already, never to bring in a new
speaker with an article of its own ("a 35-year-old man" is someone new: the caller tells the two apart)."""

from __future__ import annotations

import re
from functools import cache

from provenance import lexicon

# An age word's inflected endings ("-Jährigen", "-летнего"): this many letters at most ("anniversary" is none).
INFLECTION_MAX = 4


@cache
def _epithet() -> re.Pattern[str]:
    words = sorted(lexicon.words_all("age_words"), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in words)
    # a number of years, then the age word: joined ("81enne"), hyphenated ("72-Jährige") or spaced ("81 ans")
    return re.compile(rf"(?<!\d)\d{{1,3}}(?:\s*-\s*|\s+)?(?i:{alternation})\w{{0,{INFLECTION_MAX}}}(?!\w)")


def aged(phrase: str) -> bool:
    """Whether ``phrase`` holds an age epithet ("the 72-year-old", "la responsable de 64 ans")."""
    return bool(_epithet().search(phrase))
