"""Where the benchmarks find the shared annotated data (seeds, TBAQ, geo-dev, the WikiNews
timelines): ``$KG_SHARED`` if set, else the ``shared/`` folder beside the checkout (the
project's layout: ``/work/main`` and ``/work/shared``), else ``/work/shared``, so a clone made
elsewhere (``/tmp/ci``) still finds it."""

from __future__ import annotations

import os
from pathlib import Path

_BESIDE_CHECKOUT = Path(__file__).resolve().parents[2] / "shared"


def shared_root() -> Path:
    configured = os.environ.get("KG_SHARED")
    if configured:
        return Path(configured)
    return _BESIDE_CHECKOUT if _BESIDE_CHECKOUT.is_dir() else Path("/work/shared")


SHARED = shared_root()
