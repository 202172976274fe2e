"""Reading SPARQL text just enough to route it: query or update, which query form, and where to put
pre-bound values. A small scanner skips comments, strings and IRIs so that keywords or braces inside
them never count."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Literal

from kg.errors import QueryError

QueryForm = Literal["select", "ask", "construct", "describe", "update"]

_TOKEN = re.compile(
    r'(?P<skip>#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<brace>[{}])|(?P<word>[A-Za-z_][A-Za-z_0-9]*)|(?P<other>\S)",
    re.DOTALL,
)
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}
_PROLOGUE = {"PREFIX", "BASE"}
UPDATE_REFUSED = "this is an update; pass --update to change the store"


def _tokens(sparql: str) -> Iterator[tuple[str, str, int]]:
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup or "other"
        if kind != "skip":
            yield kind, m.group(), m.start()


def query_form(sparql: str) -> QueryForm:
    """The form of ``sparql``: a query form in lower case, or ``"update"``."""
    in_prologue_decl = False  # between PREFIX/BASE and its IRI
    for kind, text, _ in _tokens(sparql):
        if kind == "iri":
            in_prologue_decl = False
        if kind != "word" or in_prologue_decl:
            continue
        word = text.upper()
        if word in _QUERY_FORMS:
            return word.lower()  # type: ignore[return-value]
        if word in _UPDATE_WORDS:
            return "update"
        if word not in _PROLOGUE:
            break
        in_prologue_decl = True
    raise QueryError(
        "not a SPARQL query: expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update",
        hint="check the query text",
    )


def values_block(bindings: Mapping[str, object]) -> str:
    """A VALUES block pre-binding variables, each term written in N-Triples syntax by rdflib.

    Terms are serialised by rdflib (quotes escaped, IRIs validated), so a value can never close the
    block and inject SPARQL: it is always data.
    """
    from rdflib.term import BNode, Literal, URIRef

    names, cells = [], []
    for name, term in sorted(bindings.items()):
        var = name.lstrip("?$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", var):
            raise QueryError(f"invalid variable name {name!r} in bindings")
        if isinstance(term, BNode) or not isinstance(term, (URIRef, Literal)):
            raise QueryError(
                f"binding ?{var} must be an IRI or a literal, not {type(term).__name__}"
            )
        try:
            cells.append(term.n3())
        except Exception as exc:  # rdflib refuses IRIs it cannot write safely
            raise QueryError(f"binding ?{var} is not a valid IRI: {exc}") from None
        names.append(f"?{var}")
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """``sparql`` with ``bindings`` as a VALUES block at the start of its WHERE group.

    At the start of the group the values constrain the pattern like pre-bound variables do
    (before aggregation and LIMIT). A query without a WHERE group gets a trailing VALUES clause.
    """
    if not bindings:
        return sparql
    block = values_block(bindings)
    position = _where_group_start(sparql)
    if position is None:
        return f"{sparql}\n{block}"
    return f"{sparql[: position + 1]} {block} {sparql[position + 1 :]}"


def _where_group_start(sparql: str) -> int | None:
    """Index of the ``{`` opening the outermost WHERE group, or None."""
    form = query_form(sparql)
    depth, groups_seen, after_form, short_construct = 0, 0, False, False
    for kind, text, start in _tokens(sparql):
        if kind == "word":
            word = text.upper()
            if word == form.upper():
                after_form = True
            elif after_form and form == "construct" and word == "WHERE" and groups_seen == 0:
                short_construct = True
            continue
        if kind != "brace" or not after_form:
            continue
        if text == "{":
            if depth == 0:
                skip_template = form == "construct" and not short_construct and groups_seen == 0
                if not skip_template:
                    return start
                groups_seen += 1
            depth += 1
        else:
            depth -= 1
    return None


def one_line(error: object, limit: int = 240) -> str:
    """A parser's message on one line, cut to ``limit`` characters (token lists are long)."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
