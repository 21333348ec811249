"""Lineage: among reprints of one original, which articles share the same alterations.

Two outlets that change a quote in exactly the same way ("within five minutes" for "within fifteen
minutes") did not make the same mistake independently: one copied the other, or both copied a third. This
module groups altered quotes by *what* was changed, on report dicts (``Report.to_dict()`` or audit rows):

- ``clusters``: one per distinct alteration (the same source span, the same quote words, the same word-level
  changes), with the articles that carry it. A cluster of several members is a copied alteration.
- ``edits``: one per distinct word-level change (source, op, quote words, source words) of an altered
  quote, with the articles that make it. A later copy that changes one more word of the same quote makes a
  new quote cluster but keeps the earlier copy's edits.
- ``groups``: articles that make exactly the same set of edits (one copy, or one wire copy run by many),
  each with ``parents``: the groups whose edits are a largest strict subset of its own. An article that
  repeats another's edits and adds one more most likely copied from it (or from a common ancestor) and
  edited further. Direction is a hint, not a proof: reports hold no publication times.

Error rows and quotes that are not ``altered`` are ignored. Everything is sorted, so the same rows give the
same lineage in any order (the Dask engine writes rows as they complete).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from provenance.text import tokens

SCHEMA = "provenance.lineage/1"
# Quote kinds whose changes make an alteration. near_verbatim edits are the marked ones style guides allow
# ("[August]", "..."), which outlets make independently, so they do not tie articles together.
ALTERED_KINDS = ("altered",)

Key = tuple[str, int, int, str, tuple[tuple[str, str, str], ...]]
Edit = tuple[str, str, str, str]  # source, op, quote words, source words


def _words(s: str | None) -> str:
    return " ".join(t.norm for t in tokens(s or ""))


def alteration_key(quote: Mapping[str, Any]) -> Key | None:
    """What identifies one alteration of a quote: source span, quote words and changes (case, quote marks
    and spacing aside); None when the quote is not altered."""
    match = quote.get("match") or {}
    if match.get("kind") not in ALTERED_KINDS or match.get("source") is None:
        return None
    changes = tuple(
        (str(c.get("op")), _words(c.get("quote")), _words(c.get("source"))) for c in match.get("changes") or ()
    )
    return (
        str(match["source"]),
        int(match["source_start"]),
        int(match["source_end"]),
        _words(quote.get("text")),
        changes,
    )


def alterations(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The altered quotes of one report dict, reduced to what lineage needs (small enough to keep in memory
    for every article of an audit)."""
    out = []
    for q in row.get("quotes") or ():
        if alteration_key(q) is not None:
            m = q["match"]
            out.append({
                "text": q.get("text"),
                "match": {k: m.get(k) for k in ("kind", "source", "source_start", "source_end", "changes")},
            })  # fmt: skip
    return out


def lineage(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Clusters of identical alterations and groups of articles sharing the same set (see the module doc)."""
    members: dict[Key, set[str]] = defaultdict(set)
    shown: dict[Key, dict[str, Any]] = {}
    edit_members: dict[Edit, set[str]] = defaultdict(set)
    per_article: dict[str, set[Edit]] = defaultdict(set)
    articles = 0
    for row in rows:
        if row.get("schema") == "provenance.error/1":
            continue
        articles += 1
        path = str((row.get("document") or {}).get("path"))
        for q in row.get("quotes") or ():
            key = alteration_key(q)
            if key is None:
                continue
            members[key].add(path)
            shown.setdefault(key, {"quote": q.get("text"), "changes": list(q["match"].get("changes") or ())})
            for op, qw, sw in key[4] or (("quote", key[3], ""),):
                edit = (key[0], op, qw, sw)
                edit_members[edit].add(path)
                per_article[path].add(edit)
    keys = sorted(members, key=lambda k: (-len(members[k]), k))
    clusters = [
        {
            "id": f"a{i}", "source": k[0], "source_start": k[1], "source_end": k[2], **shown[k],
            "size": len(members[k]), "members": sorted(members[k]),
        }
        for i, k in enumerate(keys, 1)
    ]  # fmt: skip
    edits = sorted(edit_members, key=lambda e: (-len(edit_members[e]), e))
    eid = {e: f"e{i}" for i, e in enumerate(edits, 1)}
    return {
        "schema": SCHEMA,
        "articles": articles,
        "altered_articles": len(per_article),
        "clusters": clusters,
        "edits": [_edit(eid[e], e, edit_members[e]) for e in edits],
        "groups": _groups({p: frozenset(eid[e] for e in es) for p, es in per_article.items()}),
    }


def _edit(eid: str, e: Edit, members: set[str]) -> dict[str, Any]:
    source, op, quote, source_words = e
    return {
        "id": eid, "source": source, "op": op, "quote": quote, "source_words": source_words,
        "size": len(members), "members": sorted(members),
    }  # fmt: skip


def _groups(sets: Mapping[str, frozenset[str]]) -> list[dict[str, Any]]:
    by_set: dict[frozenset[str], list[str]] = defaultdict(list)
    for path, s in sets.items():
        by_set[s].append(path)

    def order(s: frozenset[str]) -> tuple[int, int, list[int]]:
        return (-len(by_set[s]), len(s), sorted(int(a[1:]) for a in s))

    distinct = sorted(by_set, key=order)
    gid = {s: f"g{i}" for i, s in enumerate(distinct, 1)}
    out = []
    for s in distinct:
        below = [t for t in distinct if t < s]
        parents = [t for t in below if not any(t < u for u in below)]
        out.append({
            "id": gid[s],
            "edits": sorted(s, key=lambda a: int(a[1:])),
            "size": len(by_set[s]),
            "members": sorted(by_set[s]),
            "parents": sorted((gid[t] for t in parents), key=lambda g: int(g[1:])),
        })  # fmt: skip
    return out


def read_rows(paths: Sequence[str]) -> Iterable[dict[str, Any]]:
    """Report dicts from JSONL files (``audit --out X.jsonl``); blank and torn lines are skipped."""
    for path in paths:
        with open(path, "rb") as fh:
            for line in fh:  # binary lines end at b"\n" only, never at U+2028 inside a string
                if line.endswith(b"\n") and line.strip():
                    yield json.loads(line)


def to_json(result: Mapping[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
