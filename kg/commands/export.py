"""``kg export``: placeholder until the command lands (keeps `kg` importable)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="(not available yet)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import KGError

    raise KGError("kg export is not available yet")
