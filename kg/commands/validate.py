"""``kg validate``: check the store's graph against the SHACL shapes in ontologies/shapes.ttl."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check the knowledge graph against the SHACL shapes",
        description="Validate every graph of the store against ontologies/shapes.ttl. Prints one "
        "line per violation (focus node, path, message) and exits 1 if there is any.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import ConfigError

    raise ConfigError("kg validate is not available yet", hint="SHACL shapes are being written")
