"""Whether a bare quote opening a paragraph goes on with the previous quote's speaker: read by ``resolve``.

Wire copy quotes a speaker over several paragraphs: the first carries the attribution, the next ones open with the
quote and name no one ("“…,” the ministry said in a statement.\n\n“…”"); German reported speech goes on in the
subjunctive without a verb of saying.
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speakers import VERB_ANY

# After a paragraph's last quote, words this few leave the next bare quote a continuation ("he said.", "، أضاف.")
CONTINUED_TAIL_CHARS = 80
# ... or one clause of this many at most: the attribution alone (", declaró en un comunicado el departamento de …")
CONTINUED_CLAUSE_CHARS = 160


def paragraph_break(text: str) -> str:
    """What ends a paragraph in this text: a blank line, or a line break where the text has no blank line (a page
    extracted one paragraph a line; a line break inside blank-line paragraphs is a wrap)."""
    return "\n\n" if "\n\n" in text else "\n"


def continued(text: str, previous_end: int, start: int) -> bool:
    """The quote opens the paragraph right after the one whose last quote ended at ``previous_end``."""
    between, brk = text[previous_end:start], paragraph_break(text)
    if between.count(brk) != 1:
        return False
    tail, head = between.split(brk)
    one_clause = len(tail.strip()) <= CONTINUED_CLAUSE_CHARS and not re.search(r"[.!?]\s", tail.strip())
    return (len(tail.strip()) <= CONTINUED_TAIL_CHARS or one_clause) and not head.strip(' \t\n"“”«»„')


_REPORTIVE = frozenset(w.lower() for w in lexicon.words_all("reportive_forms"))


def reported_on(text: str, previous_end: int, start: int) -> bool:
    """The quote's paragraph follows the last quote's and leads into it in the forms of reported speech, with no
    speech verb of its own ("Die Angriffe der Miliz hätten „…“")."""
    between, brk = text[previous_end:start], paragraph_break(text)
    if between.count(brk) != 1 or len(between.split(brk)[0].strip()) > CONTINUED_TAIL_CHARS:
        return False
    head = between.split(brk)[1]
    words = {w.lower() for w in re.findall(r"\w+", head)}
    return bool(words & _REPORTIVE) and not VERB_ANY.search(head)
