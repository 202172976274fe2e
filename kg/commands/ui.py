"""``kg ui``: serve the Streamlit timeline UI (kg/ui) on localhost."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

# The script Streamlit runs; it lives inside the package so an installed wheel can serve it too.
APP_SCRIPT = Path(__file__).resolve().parent.parent / "ui" / "streamlit_app.py"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ui",
        help="open the timeline UI in the browser (Streamlit)",
        description="Serve the timeline, entity, graph, SPARQL, ingest and export pages. "
        "The UI opens the store read-only, so `kg ingest` can run while it is open.",
    )
    parser.add_argument("--port", type=int, default=8501, help="port to serve on (default 8501)")
    parser.add_argument(
        "--address",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: only this machine; the UI has no login)",
    )
    parser.add_argument("--headless", action="store_true", help="do not open a browser window")
    parser.set_defaults(func=run)


def streamlit_command(args: argparse.Namespace) -> list[str]:
    """The ``streamlit run`` command line for these options."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_SCRIPT),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--server.headless",
        "true" if args.headless else "false",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]


def run(args: argparse.Namespace, settings) -> int:
    # The UI process loads Settings itself; pass the store chosen on this command line along.
    env = dict(os.environ, KG_STORE=settings.store)
    try:
        return subprocess.call(streamlit_command(args), env=env)
    except KeyboardInterrupt:
        return 0
