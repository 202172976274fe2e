"""Argument types shared by several commands (argparse only: imported by `kg --help`)."""

from __future__ import annotations

import argparse
from datetime import date


def iso_day(value: str) -> str:
    """A real calendar date written YYYY-MM-DD (2024-02-30 is refused, not guessed)."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-10-03")
