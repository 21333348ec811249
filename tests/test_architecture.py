"""The shape of the package: no import cycle, no module over 600 lines, no vocabulary in code, no test names.

* **Import graph.** Every ``import`` of a ``provenance`` module is an edge, at module level and inside
  functions alike (an import inside a function only defers the cycle to run time); ``from X import name``
  points at ``X.name`` when that is a module, else at ``X``. Imports under ``if TYPE_CHECKING:`` are left
  out: they never run. The graph must have no cycle.
* **Size.** A module of more than ``MAX_LINES`` lines does several jobs; split it.
* **Vocabularies.** A list, tuple, set or dict literal (or a string cut with ``.split()``) of
  ``MAX_WORDS`` or more word entries is a vocabulary, and vocabularies live in ``provenance/lexicon/data/``.
* **Labelled names.** No proper name from the labelled sets (the people, places and outlets of the dev set,
  the seed set, the extra set and the semantic cases) in product code: its examples are invented.
"""

from __future__ import annotations

import ast
import calendar
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.conftest import ROOT, TESTS

PACKAGE = ROOT / "provenance"
MAX_LINES = 600
MAX_WORDS = 20
LABELLED = [TESTS / "devset", TESTS / "seedset", TESTS / "moreset", TESTS / "semantic_cases"]


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# --- the import graph ----------------------------------------------------------------------------------


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run (module level and in functions), not those under TYPE_CHECKING."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _package_of(module: str) -> str:
    """The package a module's relative imports start from."""
    return module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The provenance modules one import statement loads (by name; parents' ``__init__`` are not counted)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in MODULES}
    base = node.module or ""
    if node.level:
        pkg = _package_of(module).split(".")
        up = pkg[: len(pkg) - (node.level - 1)]
        base = ".".join(up + ([base] if base else []))
    if base != "provenance" and not base.startswith("provenance."):
        return set()
    out = set()
    for alias in node.names:
        full = f"{base}.{alias.name}"
        out.add(full if full in MODULES else base)
    return {m for m in out if m in MODULES}


@cache
def import_graph() -> dict[str, frozenset[str]]:
    graph = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in _imports(tree):
            edges |= _targets(name, node)
        graph[name] = frozenset(edges - {name})
    return graph


def cycles(graph: dict[str, frozenset[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def _example_edges(comp: list[str], graph: dict[str, frozenset[str]]) -> list[str]:
    members = set(comp)
    return [f"{a} -> {b}" for a in comp for b in sorted(graph[a] & members)]


def test_the_graph_sees_relative_and_function_level_imports() -> None:
    tree = ast.parse(
        "from . import run\nfrom .context import Context\nimport provenance.text\n"
        "def f():\n    from provenance.pipeline import align\n"
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from provenance import api\n"
    )
    found = set().union(*(_targets("provenance.pipeline", n) for n in _imports(tree)))
    assert found == {
        "provenance.pipeline.run", "provenance.pipeline.context", "provenance.text", "provenance.pipeline.align",
        "typing",
    } - {"typing"}  # fmt: skip
    assert cycles({"a": frozenset({"b"}), "b": frozenset({"a"}), "c": frozenset({"a"})}) == [["a", "b"]]


def test_no_import_cycle() -> None:
    graph = import_graph()
    found = cycles(graph)
    assert not found, "import cycles (edges inside each):\n" + "\n".join(
        "  " + " | ".join(_example_edges(c, graph)) for c in found
    )


# --- size ----------------------------------------------------------------------------------------------


def test_no_module_over_the_line_limit() -> None:
    long = {_rel(p): n for p in MODULES.values() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines, split them: {long}"


# --- vocabularies --------------------------------------------------------------------------------------

# An entry that reads as words: letters (any script, two or more), with spaces, apostrophes, hyphens or dots
# inside, and the two sides of a mapping row ("це:это", "key=value"). Identifiers (QUOTE_ALTERED), numbers,
# markup, regular expressions and single characters (a table of look-alike letters) are not words.
_WORD = r"[^\W\d_]{2,}(?:[ '’.\-][^\W\d_]+)*\.?|[^\W\d_](?:[ '’.\-][^\W\d_]+)+\.?"
_WORD_ENTRY = re.compile(rf"(?:{_WORD})(?:[:=\t|](?:{_WORD}))?")


def _word_entries(values: list[ast.expr | None]) -> int:
    return len(
        {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
         and _WORD_ENTRY.fullmatch(v.value.strip())}
    )  # fmt: skip


def word_lists(tree: ast.AST) -> list[tuple[int, int]]:
    """``(line, entries)`` for each literal of ``MAX_WORDS`` or more word entries."""
    out = []
    for node in ast.walk(tree):
        n = 0
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            n = _word_entries(list(node.elts))
        elif isinstance(node, ast.Dict):
            n = max(_word_entries(list(node.keys)), _word_entries(list(node.values)))
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
        ):  # fmt: skip
            parts = node.func.value.value.split(*(a.value for a in node.args if isinstance(a, ast.Constant)))
            n = len({p for p in parts if _WORD_ENTRY.fullmatch(p.strip())})
        if n >= MAX_WORDS:
            out.append((getattr(node, "lineno", 0), n))
    return sorted(out)


def test_the_word_list_check_finds_lists() -> None:
    words = ", ".join(f'"w{"a" * (i + 1)}"' for i in range(MAX_WORDS))
    assert word_lists(ast.parse(f"X = ({words})")) == [(1, MAX_WORDS)]
    assert word_lists(ast.parse(f"X = {{{', '.join(f'{i}: {w}' for i, w in enumerate(words.split(', ')))}}}"))
    assert word_lists(ast.parse(f"X = '{' '.join(f'w{chr(97 + i)}' for i in range(MAX_WORDS))}'.split()"))
    assert word_lists(ast.parse(f"X = ({', '.join(f'{chr(39)}CODE_{i}{chr(39)}' for i in range(30))})")) == []
    assert word_lists(ast.parse(f"X = ({', '.join(repr(f'це:это{chr(1072 + i)}') for i in range(25))})"))


def test_no_vocabulary_in_code() -> None:
    found = {}
    for path in MODULES.values():
        hits = word_lists(ast.parse(path.read_text(encoding="utf-8")))
        if hits:
            found[_rel(path)] = hits
    assert not found, f"literals of {MAX_WORDS} or more words, move them to provenance/lexicon/data/: {found}"


# --- labelled names ------------------------------------------------------------------------------------

_CAPITALISED = re.compile(r"(?<![\w'’-])([A-ZА-ЯІЇЄҐ][^\W\d_]{3,})(?![\w'’-])")
_LOWER = re.compile(r"(?<![\w'’-])([^\W\d_]{4,})(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«“\"„(]\s*|\n\s*)$")


def _labelled_texts() -> Iterator[str]:
    for base in LABELLED:
        for path in sorted(base.rglob("*")):
            if path.suffix == ".txt":
                yield path.read_text(encoding="utf-8")
            elif path.suffix == ".json":
                yield from _strings(json.loads(path.read_text(encoding="utf-8")))


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            if k != "about":  # the set's description, not its material
                yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _general_words() -> set[str]:
    """Stems (first ``STEM`` letters, case folded) of the words that prose writes in lower case: the labelled
    material and the project's documents, and any word of the product's vocabularies (outlets, agencies and
    months are general knowledge, not test material). A capitalised word sharing its stem
    with one ("Terminal" and "terminal", "Адміністрація" and "адміністрації") is a word, not a name."""
    texts = list(_labelled_texts())
    texts += [p.read_text(encoding="utf-8") for p in sorted([*ROOT.glob("*.md"), *(ROOT / "docs").glob("*.md")])]
    out = {w.casefold()[:STEM] for text in texts for w in _LOWER.findall(text) if w.islower()}
    for path in sorted((PACKAGE / "lexicon" / "data").iterdir()):  # outlets, agencies, months: in any case
        out |= {w.casefold()[:STEM] for w in _LOWER.findall(path.read_text(encoding="utf-8"))}
    return out


STEM = 6
# Day and month names are capitalised in English but are no one's name.
_CALENDAR = {*calendar.day_name, *calendar.month_name} - {""}


@cache
def labelled_names() -> frozenset[str]:
    """Proper names of the labelled sets: capitalised words, not at a sentence's start, that prose never
    writes in lower case (so "Council" and "Terminal" are words, "Verhoeven" and "Korvania" names)."""
    capitalised: set[str] = set()
    for text in _labelled_texts():
        for m in _CAPITALISED.finditer(text):
            if not _SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()]):
                capitalised.add(m.group(1))
    general = _general_words()
    return frozenset(
        w for w in capitalised
        if not w.isupper() and w.casefold()[:STEM] not in general and w.rstrip("s") not in _CALENDAR
    )  # fmt: skip


def names_in(source: str, names: frozenset[str]) -> list[str]:
    return sorted({w for w in _CAPITALISED.findall(source) if w in names})


def test_labelled_names_are_found() -> None:
    names = labelled_names()
    assert len(names) > 20
    assert names_in("x = 'Minister of the Council'", names) == []


def test_no_labelled_name_in_product_code() -> None:
    names = labelled_names()
    found = {}
    for path in MODULES.values():
        hits = names_in(path.read_text(encoding="utf-8"), names)
        if hits:
            found[_rel(path)] = hits
    assert not found, f"names from the labelled sets in product code (use invented placeholders): {found}"
