"""``kg import``: load RDF (Turtle, TriG, N-Quads, N-Triples, JSON-LD) into the store."""

from __future__ import annotations

import argparse
from pathlib import Path

SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".rdf": "rdfxml",
    ".owl": "rdfxml",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="load an RDF file into the store",
        description="Load RDF into the store in one transaction: a malformed file changes nothing.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--format",
        choices=sorted(set(SUFFIX_FORMATS.values())),
        help="RDF format (default: from the file name)",
    )
    parser.add_argument("--graph", help="named graph for triple formats (default graph if absent)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    import logging

    from kg.errors import InputError
    from kg.store import open_store

    fmt = args.format or SUFFIX_FORMATS.get(args.file.suffix.lower())
    if fmt is None:
        raise InputError(
            "cannot tell the RDF format from the file name",
            path=str(args.file),
            hint="pass --format",
        )
    try:
        data = args.file.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(args.file)) from None
    with data, open_store(settings.store, settings) as store:
        try:
            added = store.load(data, fmt, args.graph)
        except InputError as exc:
            exc.path = str(args.file)
            raise
    logging.getLogger(__name__).info("imported %d triples from %s", added, args.file)
    print(f"imported {added} triples into {store.url}")
    return 0
