"""``kg query``: run any SPARQL query (or, with --update, an update) against the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib.term import Identifier

IRI_FORBIDDEN = set(' <>"{}|^`\\') | {chr(c) for c in range(0x21)}
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query over the store",
        description="Run a SPARQL 1.1 query over the store (read-only unless --update). "
        "Example: kg query 'SELECT ?g WHERE { GRAPH ?g {} }'",
    )
    parser.add_argument("sparql", nargs="?", metavar="QUERY", help="query text (or use --file)")
    parser.add_argument("--file", "-f", type=Path, help="read the query from a .rq file")
    parser.add_argument("--update", action="store_true", help="allow SPARQL updates")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="pre-bind ?NAME: VALUE is <IRI> for an IRI, anything else is a string literal",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import InputError
    from kg.store import open_store

    sparql = _query_text(args)
    bindings = parse_bindings(args.bind)
    with open_store(settings.store, settings, read_only=not args.update) as store:
        from kg.store.sparqltext import query_form

        if args.update and query_form(sparql) == "update":
            if bindings:
                raise InputError("--bind applies to queries, not updates")
            store.update(sparql)
            print("update applied", file=sys.stderr)
            return 0
        result = store.query(sparql, bindings)
    _print_result(result, args.format)
    return 0


def _query_text(args: argparse.Namespace) -> str:
    from kg.errors import InputError

    if args.file and args.sparql:
        raise InputError("give the query as text or with --file, not both")
    if args.file:
        try:
            return args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                f"cannot read query file: {exc.strerror}", path=str(args.file)
            ) from None
    if args.sparql == "-" or (args.sparql is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    if not args.sparql:
        raise InputError("no query given", hint="pass QUERY, --file Q.rq, or pipe it on stdin")
    return args.sparql


def parse_bindings(pairs: list[str]) -> dict[str, Identifier]:
    """``name=<iri>`` -> URIRef, ``name=text`` -> plain literal."""
    from rdflib import Literal, URIRef

    from kg.errors import InputError

    bindings: dict[str, Identifier] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InputError(f"--bind {pair!r} is not NAME=VALUE")
        is_iri = value.startswith("<") and value.endswith(">")
        if is_iri and set(value[1:-1]) & IRI_FORBIDDEN:
            # Checked here: rdflib would log a warning of its own before our one-line error.
            raise InputError(
                f"--bind {name}: {value!r} is not a valid IRI "
                '(no spaces, control characters or any of <>"{}|^`\\)'
            )
        bindings[name.lstrip("?$")] = URIRef(value[1:-1]) if is_iri else Literal(value)
    return bindings


def _print_result(result, fmt: str) -> None:
    from kg.errors import InputError
    from kg.store import results

    if result.kind == "graph":
        if fmt not in ("turtle", "ntriples", "table"):
            raise InputError(f"a graph result cannot be printed as {fmt}; use turtle or ntriples")
        sys.stdout.write(results.to_rdf(result, "ntriples" if fmt == "ntriples" else "turtle"))
        return
    if fmt in ("turtle", "ntriples"):
        raise InputError(f"{fmt} is for CONSTRUCT/DESCRIBE results; use table, csv, tsv or json")
    if fmt == "table":
        _print_table(result)
        return
    sys.stdout.write(results.WRITERS[fmt](result))
    if fmt in ("json", "xml"):
        sys.stdout.write("\n")


def _print_table(result) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if result.kind == "ask":
        console.print("true" if result.boolean else "false")
        return
    table = Table(*result.vars, show_lines=False)
    for row in result.rows:
        table.add_row(*("" if t is None else str(t) for t in row))
    console.print(table)
    console.print(f"{len(result.rows)} row(s)", style="dim")
