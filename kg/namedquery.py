"""Named SPARQL queries: kg/queries/*.rq files, their parameters, and running them safely.

A .rq file is plain SPARQL plus comment conventions (docs/queries.md):

- the first comment line ``# name: description`` describes it;
- ``# @param NAME KIND description`` declares a parameter; KIND is ``entity``, ``event_type``,
  ``iri``, ``string``, ``date``, ``decimal`` or ``integer``;
- a line starting ``#?NAME`` is part of the query only when parameter NAME is given, and then
  starts with ``VALUES ?NAME { value }``, so a filter costs nothing when unused and the file stays
  valid SPARQL with every filter off;
- a line ``#values ?NAME`` becomes ``VALUES ?NAME { ... }``: a required parameter, or a list of
  terms the code passes (IRIs returned by an earlier query).

User values enter the query only as RDF terms in VALUES blocks, each written by rdflib (IRIs
checked, quotes escaped), so a value can never be read as SPARQL. The blocks sit where the
variable is used, inside the GRAPH group: Oxigraph then starts from the bound value (an index
lookup) instead of joining a whole graph pattern with a top-level VALUES (measured 0.5 ms vs
40 ms for a typical actor, see bench/bench_queries.py).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import QueryError

QUERY_DIR = Path(__file__).resolve().parent / "queries"
PARAM_KINDS = ("entity", "event_type", "iri", "string", "date", "decimal", "integer")
_PARAM_RE = re.compile(r"^#\s*@param\s+(\w+)\s+(\w+)\s*(.*)$")
_OPTIONAL_LINE_RE = re.compile(r"^(\s*)#\?(\w+)(?:\s+(.*))?$")
_VALUES_LINE_RE = re.compile(r"^(\s*)#values\s+\?(\w+)\s*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...]

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name} has no parameter {name!r}", hint=f"known: {known}")

    def prepare(
        self,
        params: Mapping[str, object] | None = None,
        values: Mapping[str, Iterable[Any]] | None = None,
    ) -> str:
        """The SPARQL text with the given parameters (None = not given) bound by VALUES blocks,
        and ``values`` (variable -> RDF terms) listed where the ``#values`` lines are."""
        listed: dict[str, list[Any]] = {k: list(v) for k, v in (values or {}).items()}
        for name, value in (params or {}).items():
            if value is not None and value != "":
                listed[name] = [to_term(self.param(name), value)]
        lines = [self._line(line, listed) for line in self.text.splitlines()]
        return "\n".join(line for line in lines if line is not None)

    def _line(self, line: str, listed: Mapping[str, list[Any]]) -> str | None:
        optional = _OPTIONAL_LINE_RE.match(line)
        if optional:
            indent, name, rest = optional.groups()
            if name not in listed:
                return None
            return f"{indent}{values_clause(name, listed[name])} {rest or ''}".rstrip()
        required = _VALUES_LINE_RE.match(line)
        if required:
            indent, name = required.groups()
            if name not in listed:
                raise QueryError(f"query {self.name} needs parameter {name}")
            return f"{indent}{values_clause(name, listed[name])}"
        return line

    def used_names(self) -> set[str]:
        """Variables that ``#?NAME`` and ``#values ?NAME`` lines bind."""
        names = set()
        for line in self.text.splitlines():
            match = _OPTIONAL_LINE_RE.match(line) or _VALUES_LINE_RE.match(line)
            if match:
                names.add(match.group(2))
        return names


def values_clause(var: str, terms: Iterable[Any]) -> str:
    """``VALUES ?var { ... }`` with each term written by rdflib (IRIs checked, quotes escaped)."""
    from rdflib.term import Literal, URIRef

    cells = []
    for term in terms:
        if not isinstance(term, (URIRef, Literal)):
            raise QueryError(f"?{var} values must be IRIs or literals, not {type(term).__name__}")
        try:
            cells.append(term.n3())
        except Exception as exc:  # rdflib refuses IRIs it cannot write safely
            raise QueryError(f"invalid IRI in ?{var} values: {exc}") from None
    return f"VALUES ?{var} {{ {' '.join(cells)} }}"


def to_term(param: Param, value: object) -> Any:
    """A parameter value as the RDF term its kind calls for; QueryError if it does not fit."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from kg.vocab import entity_iri, event_type_iri

    text = str(value).strip()
    if isinstance(value, (URIRef, Literal)):
        return value
    if param.kind in ("entity", "event_type", "iri") and text.startswith(("http://", "https://")):
        return URIRef(text)
    if param.kind == "entity":
        return entity_iri(text)
    if param.kind == "event_type":
        return event_type_iri(text)
    if param.kind == "iri":
        raise QueryError(f"{param.name} must be an http(s) IRI, not {text!r}")
    if param.kind == "date":
        if not _is_calendar_date(text):
            raise QueryError(f"{param.name} must be a date YYYY-MM-DD, not {text!r}")
        return Literal(text, datatype=XSD.date)
    if param.kind in ("decimal", "integer"):
        try:
            number = float(text) if param.kind == "decimal" else int(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise QueryError(f"{param.name} must be a number, not {text!r}")
        datatype = XSD.decimal if param.kind == "decimal" else XSD.integer
        return Literal(str(number), datatype=datatype)
    return Literal(text)


def _is_calendar_date(text: str) -> bool:
    """YYYY-MM-DD naming a real day: 2024-02-30 would match nothing and warn on every row."""
    if not _DATE_RE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def named_queries() -> dict[str, NamedQuery]:
    """Every query in kg/queries, by file name without .rq, sorted."""
    return dict(_load_all())


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}", hint=f"known: {', '.join(queries)}")
    return queries[name]


@lru_cache(maxsize=1)
def _load_all() -> tuple[tuple[str, NamedQuery], ...]:
    return tuple((path.stem, _parse(path)) for path in sorted(QUERY_DIR.glob("*.rq")))


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    first = comments[0].lstrip("# ").strip() if comments else ""
    description = first.split(":", 1)[1].strip() if first.startswith(f"{path.stem}:") else first
    params = []
    for line in comments:
        match = _PARAM_RE.match(line)
        if match:
            name, kind, doc = match.groups()
            if kind not in PARAM_KINDS:
                raise QueryError(f"{path}: parameter {name} has unknown kind {kind!r}")
            params.append(Param(name, kind, doc.strip()))
    query = NamedQuery(path.stem, description, text, tuple(params))
    unused = {p.name for p in params} - query.used_names()
    if unused:
        raise QueryError(f"{path}: parameters {sorted(unused)} have no #? or #values line")
    return query


def run_named(
    store: Any,
    name: str,
    params: Mapping[str, object] | None = None,
    values: Mapping[str, Iterable[Any]] | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Rows of a named SELECT as ``{var: rdflib term}`` dicts (unbound variables left out)."""
    sparql = named_query(name).prepare(params, values)
    if limit is not None:
        # Integers checked here, not user text: the query cannot be altered through them.
        sparql += f"\nLIMIT {int(limit)}"
    if offset:
        sparql += f"\nOFFSET {int(offset)}"
    return store.query(sparql).dicts()
