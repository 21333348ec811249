"""Lineage: clusters of identical alterations, groups of articles sharing them, and the audit's --lineage."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from provenance.audit.lineage import alteration_key, lineage, read_rows
from tests.conftest import COUNCIL, DEVSET, run_cli

SOURCE_SPAN = (295, 367)


def quote(text: str, changes: list[tuple[str, str, str]], kind: str = "altered") -> dict[str, Any]:
    return {
        "text": text,
        "match": {
            "kind": kind, "source": "orlin-council.en", "source_start": SOURCE_SPAN[0], "source_end": SOURCE_SPAN[1],
            "changes": [{"op": op, "quote": q, "source": s} for op, q, s in changes],
        },
    }  # fmt: skip


FIVE = quote("This line will bring Riverside within five minutes of the city centre,", [("replace", "five", "fifteen")])
FIVE_TOWN = quote(
    "This line will bring Riverside within five minutes of the town centre,",
    [("replace", "five", "fifteen"), ("replace", "town", "city")],
)
FAITHFUL = quote("This line will bring Riverside within fifteen minutes of the city centre,", [], kind="verbatim")


def row(path: str, *quotes: dict[str, Any]) -> dict[str, Any]:
    return {"schema": "provenance.report/1", "document": {"path": path}, "quotes": list(quotes)}


ROWS = [
    row("wire.txt", FIVE),
    row("daily.txt", FIVE),
    row("post.txt", FIVE_TOWN),
    row("ledger.txt", FIVE_TOWN),
    row("faithful.txt", FAITHFUL),
    {"schema": "provenance.error/1", "document": {"path": "bad.txt"}, "error": {"code": "empty", "message": "x"}},
]


def test_clusters_of_identical_alterations_with_their_members() -> None:
    got = lineage(ROWS)
    assert (got["articles"], got["altered_articles"]) == (5, 4)
    assert [(c["id"], c["members"]) for c in got["clusters"]] == [
        ("a1", ["daily.txt", "wire.txt"]),
        ("a2", ["ledger.txt", "post.txt"]),
    ]
    assert got["clusters"][0]["changes"] == [{"op": "replace", "quote": "five", "source": "fifteen"}]


def test_groups_point_to_the_alterations_they_inherit() -> None:
    extra = row("gazette.txt", FIVE, quote("It is the largest public transport investment in Orlin for ever.",
                                            [("replace", "ever", "a generation")]))  # fmt: skip
    got = lineage([*ROWS, extra])
    groups = {tuple(g["members"]): g for g in got["groups"]}
    five, gazette = groups[("daily.txt", "wire.txt")], groups[("gazette.txt",)]
    assert gazette["parents"] == [five["id"]]  # gazette repeats the wire's alteration and adds one
    assert five["parents"] == []


def test_case_quote_marks_and_row_order_do_not_matter() -> None:
    variant = json.loads(json.dumps(FIVE).replace("This line", "this  line"))
    assert alteration_key(variant) == alteration_key(FIVE)
    assert alteration_key(FAITHFUL) is None
    shuffled = list(ROWS)
    random.Random(3).shuffle(shuffled)
    assert lineage(shuffled) == lineage(ROWS)


def test_audit_writes_the_lineage_of_reprints(tmp_path: Path) -> None:
    folder = tmp_path / "reprints"
    folder.mkdir()
    d3 = (DEVSET / "articles" / "d3_altered.en.txt").read_text(encoding="utf-8")
    variants = {"a": d3, "b": d3, "c": d3.replace("the city centre", "the town centre")}
    for name, text in variants.items():
        (folder / f"{name}.txt").write_text(text + f"\nReprinted by outlet {name}.\n", encoding="utf-8")
    (folder / "d1.txt").write_bytes((DEVSET / "articles" / "d1_verbatim.en.txt").read_bytes())
    out, lin = tmp_path / "audit.jsonl", tmp_path / "lineage.json"
    args = ["audit", str(folder), "--source", str(COUNCIL), "--out", str(out), "--lexical-only", "--lineage", str(lin)]
    assert run_cli(*args).returncode == 0
    got = json.loads(lin.read_text(encoding="utf-8"))
    assert got == lineage(read_rows([str(out)]))  # the audit's lineage is the function's, on its own rows
    members = [c["members"] for c in got["clusters"]]
    assert [str(folder / f"{n}.txt") for n in "ab"] in members
    (child,) = [g for g in got["groups"] if g["members"] == [str(folder / "c.txt")]]
    (parent,) = [g for g in got["groups"] if g["members"] == [str(folder / f"{n}.txt") for n in "ab"]]
    assert child["parents"] == [parent["id"]]  # c repeats a and b's edit of the quote and adds one
