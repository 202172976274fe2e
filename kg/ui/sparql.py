"""SPARQL page: a read-only editor over the store, preloaded with the project's named queries."""

from __future__ import annotations

from importlib import resources

import streamlit as st

from kg.errors import QueryError
from kg.ui import state

TEXT_KEY = "sparql_text"
PICK_KEY = "sparql_pick"
RESULT_KEY = "_sparql_result"
MAX_ROWS_SHOWN = 5_000
STARTER = """PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?label WHERE {
  GRAPH ?g { ?event a sem:Event ; rdfs:label ?label }
}
ORDER BY ?label
LIMIT 50
"""
UPDATE_REFUSED = (
    "This page is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP…) are refused. "
    "Change the store with `kg ingest`, `kg import` or `kg query --update` on the command line."
)


def named_queries() -> dict[str, str]:
    """Every .rq file of kg/queries (the project's named queries) and kg/ui/queries, by name."""
    found: dict[str, str] = {}
    for package, prefix in (("kg", ""), ("kg.ui", "ui: ")):
        folder = resources.files(package).joinpath("queries")
        if not folder.is_dir():
            continue
        for item in sorted(folder.iterdir(), key=lambda i: i.name):
            if item.name.endswith(".rq"):
                found[prefix + item.name.removesuffix(".rq")] = item.read_text(encoding="utf-8")
    return found


def page() -> None:
    st.title("SPARQL", anchor=False)
    st.caption(
        "Read-only queries over every article graph and the merged graph. Article graphs are "
        "named: wrap patterns in `GRAPH ?g { … }`."
    )
    queries = named_queries()
    if TEXT_KEY not in st.session_state:
        st.session_state[TEXT_KEY] = STARTER
    st.selectbox(
        "Start from a named query", list(queries), index=None, key=PICK_KEY,
        placeholder="a query of kg/queries…", on_change=_load_named, args=(queries,),
    )  # fmt: skip
    text = st.text_area("Query", key=TEXT_KEY, height=260, label_visibility="collapsed")
    if st.button("Run query", type="primary", icon=":material/play_arrow:"):
        st.session_state[RESULT_KEY] = _run(text)
    result = st.session_state.get(RESULT_KEY)
    if result is not None:
        _show(result)  # kept across reruns (a download click reruns the page)


def _load_named(queries: dict[str, str]) -> None:
    name = st.session_state.get(PICK_KEY)
    if name in queries:
        st.session_state[TEXT_KEY] = queries[name]


def _run(text: str):
    """The query's result, or None after showing why it was not run."""
    from kg.store.sparqltext import query_form

    if query_form(text) == "update":
        st.error(UPDATE_REFUSED, icon=":material/block:")
        return None
    store, _ = state.current_store()
    try:
        return store.query(text)
    except QueryError as exc:
        message = str(exc)
        if "update" in message.lower() and "--update" in message:
            message = UPDATE_REFUSED
        st.error(message.splitlines()[0] if message else "invalid query", icon=":material/error:")
        return None


def _show(result) -> None:
    import pandas as pd

    from kg.store.results import to_csv, to_json, to_rdf

    if result.kind == "ask":
        st.success(f"ASK → {str(bool(result.boolean)).lower()}")
        return
    if result.kind == "graph":
        turtle = to_rdf(result, "turtle")
        st.code(turtle[:20_000], language="turtle")
        st.download_button(
            "Download Turtle", turtle, "result.ttl", "text/turtle", on_click="ignore"
        )
        return
    table = pd.DataFrame(
        [["" if t is None else str(t) for t in row] for row in result.rows[:MAX_ROWS_SHOWN]],
        columns=result.vars,
    )
    shown = f" (showing the first {MAX_ROWS_SHOWN:,})" if len(result.rows) > MAX_ROWS_SHOWN else ""
    st.markdown(f"**{len(result.rows):,} rows**{shown}")
    st.dataframe(table, hide_index=True, width="stretch")
    left, right, _ = st.columns([1, 1, 4])
    left.download_button("Download CSV", to_csv(result), "result.csv", "text/csv",
                         icon=":material/download:", on_click="ignore")  # fmt: skip
    right.download_button(
        "Download JSON", to_json(result), "result.json", "application/sparql-results+json",
        icon=":material/download:", on_click="ignore",
    )  # fmt: skip
