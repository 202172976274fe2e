"""Hostile filter values and the filters they are tried on: shared by the robustness tests
(tests/test_robustness_cli.py) and the robustness report (bench/robustness.py)."""

HOSTILE = (
    'x" } ; DROP ALL ; #',
    "<http://evil.example/x>",
    "?s",
    "') } UNION { ?s ?p ?o } #",
    "\u202eTeheran\u202c \U0001f575 \u0645\u0631\u062d\u0628\u0627",
    "a" * 20_000,
)
# Filters that name something that must exist (an entity, a type) may refuse a value they do
# not know with one line; the others must treat any value as data and simply match nothing.
TIMELINE_FILTERS = (
    "--actor",
    "--entity-type",
    "--type",
    "--plover",
    "--country",
    "--platform",
    "--source",
    "--since",
    "--until",
    "--min-confidence",
    "--limit",
    "--offset",
)
# kg export filters the same way, without paging and the entity-type filter.
EXPORT_FILTERS = tuple(
    f for f in TIMELINE_FILTERS if f not in ("--entity-type", "--limit", "--offset")
)
