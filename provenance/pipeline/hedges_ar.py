"""Arabic hedges: "قد" before an imperfect verb hedges ("قد يصل": may reach), before a perfect it completes ("قد
تجاوز": has exceeded), and after "كان" it makes the past perfect (:func:`provenance.pipeline.meaning.hedged` reads
them)."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.pipeline.anchors import Word


def imperfect_ar(verb: str) -> bool:
    """An Arabic imperfect after "قد" (a hedge: "قد يصل", "قد تتوسع"), not a perfect (completion: "قد تجاوز" has
    exceeded, a Form VI perfect; "قد نجح", a root in ن; "قد أعلن", a Form IV perfect)."""
    if verb[:1] == "ت":
        return not (len(verb) == 5 and verb[2] == "ا")  # "تجاوز", "تراجع": تفاعل
    return verb[:1] == "ي" or (verb[:1] == "ن" and len(verb) > 3)


# Words "كان" may stand before its "قد": a subject between them ("وكان وزير الخارجية محمد بن سعيد الحارثي قد").
_PLUPERFECT_REACH = 10


def pluperfect_ar(ws: Sequence[Word], k: int) -> bool:
    """Arabic "كان … قد" + verb: the past perfect ("had phoned"), however the verb is spelt, not a hedge."""
    return any(w.low in ("كان", "وكان", "كانت", "وكانت") for w in ws[max(0, k - _PLUPERFECT_REACH) : k])
