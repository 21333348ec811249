"""The alias data: names that stand for one body or person ("the Kremlin", "the Russian presidency"), lexicon aliases.

Read by attribution (two speakers the same), by the quote homes and the semantic carriers (a body's other name is
no person) and by a source's title line (speaker_issuers); a module of its own so that modules below attribution
may read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provenance import lexicon

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


@lru_cache(maxsize=1)
def alias_groups() -> tuple[frozenset[str], ...]:
    raw = "\n".join(lexicon.rows("aliases"))
    groups = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            groups.append(frozenset(alias_key(x) for x in line.split("|") if x.strip()))
    return tuple(groups)


def alias_key(name: str) -> str:
    return " ".join(_LEADING.sub("", name.strip()).replace("’", "'").casefold().split())


@lru_cache(maxsize=4096)  # asked for every quote's speaker against every source's: a regex per alias each time
def alias_group(phrase: str) -> frozenset[str] | None:
    key = alias_key(phrase)
    for g in alias_groups():
        if key in g or any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", key) for a in g if len(a) > 3):
            return g
    return None
