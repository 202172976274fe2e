"""``kg timex --dct YYYY-MM-DD [FILE|-]``: print the temporal expressions of a text (DESIGN 5.2).

The output is a JSON array of ``{"start", "end", "text", "type", "value"}`` objects; offsets are
Python string indices into the text as read (UTF-8), end exclusive.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timex",
        help="print the temporal expressions of a text, resolved against a date (JSON)",
        description="Find dates, times, durations and sets in a plain text and print them as a "
        "JSON array with TIMEX3 values resolved against the publication date (DESIGN 5.2).",
    )
    parser.add_argument(
        "path", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for stdin"
    )
    parser.add_argument(
        "--dct",
        metavar="YYYY-MM-DD",
        help="publication (document creation) date that relative expressions resolve to",
    )
    parser.add_argument(
        "--details",
        action="store_true",
        help="also print precision, earliest and latest for dates",
    )
    parser.set_defaults(func=run)


def _read_text(path: str) -> str:
    from kg.errors import InputError

    name = "stdin" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=name) from None
    if b"\x00" in data:
        raise InputError(
            "this looks like a binary file, not text",
            path=name,
            hint="give a plain UTF-8 text file",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte {exc.start})", path=name, hint="convert it to UTF-8 first"
        ) from None
    if not text.strip():
        raise InputError("the text is empty", path=name, hint="give a file with some text")
    return text


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import InputError
    from kg.extract import time_lexicon_path
    from kg.extract.timexes import parse_dct, tag_timexes

    if not args.dct:
        raise InputError("give --dct YYYY-MM-DD", hint="the publication date of the text")
    dct = parse_dct(args.dct)
    text = _read_text(args.path)
    keys: tuple[str, ...] = ("start", "end", "text", "type", "value")
    if args.details:
        keys += ("precision", "earliest", "latest")
    found = tag_timexes(text, dct, time_lexicon_path(settings))
    rows = [{key: getattr(t, key) for key in keys} for t in found]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
