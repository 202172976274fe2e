"""``kg timeline``: the dated events of the store, filtered, as a table, CSV or JSON."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="list dated events, filtered by actor, type, country, platform, source, dates",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import ConfigError

    raise ConfigError("kg timeline is not available yet", hint="named queries are being written")
