"""Remote store: any SPARQL 1.1 Query + Update endpoint over HTTP (Virtuoso, Fuseki, GraphDB,
Oxigraph server).

Every request is a POST (long queries break GET limits) with a timeout and bounded retries with
exponential backoff on connection errors and 5xx answers. replace_graphs sends one update request
``DROP SILENT GRAPH <g>; INSERT DATA {...}`` when the data fits one request, which the SPARQL 1.1
protocol runs as one operation. Bigger writes (replacements, ``kg import``) go chunk by chunk into
staging graphs and then into their targets with one update request, so they too are all or
nothing (kg/store/staging.py, docs/stores.md).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO
from urllib.parse import urlsplit, urlunsplit

import requests
from rdflib import Graph, URIRef

from kg.errors import InputError, KGError, QueryError, StoreError
from kg.store import QueryResult
from kg.store.answers import ask_answer, graph_answer, json_answer, select_rows, was_cut
from kg.store.sparqltext import UPDATE_REFUSED, bind_values, one_line, query_form
from kg.store.staging import (
    DEFAULT_GRAPH,
    STAGING_BASE,
    data_body,
    drop_operations,
    graphs_statements,
    has_blank_nodes,
    merge_update,
    quad_statements,
    staged_chunks,
    staging_names,
    statement_count,
)
from kg.store.terms import insert_data_body, ntriples

log = logging.getLogger(__name__)
BACKOFF_SECONDS = 0.25
# Triples per INSERT DATA request: Virtuoso refuses ~1,200 without `define sql:big-data-const`
# and ~4,900 with it (RECIPES.md); other servers take far more.
CHUNK_TRIPLES = {"virtuoso": 4000, "generic": 50000}
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
RESULTS_ACCEPT = "application/sparql-results+json"
DUMP_PAGE = 10000
# The Oxigraph server ADDs about 20,000 triples/s on a busy 2-core machine; Virtuoso 80,000/s.
MERGE_SECONDS_PER_TRIPLE = 1 / 5000


class SparqlStore:
    def __init__(self, endpoint: str, settings: Any, *, read_only: bool = False) -> None:
        self.query_url, self.url = _split_credentials(endpoint)
        update = settings.store_update_url or endpoint
        self.update_url, _ = _split_credentials(update.removeprefix("sparql+"))
        self.read_only = read_only
        self._timeout = settings.store_timeout
        self._tries = max(1, settings.store_retries)
        self._session = requests.Session()
        self._user, self._password = settings.store_user, settings.store_password
        if self._user:
            self._session.auth = requests.auth.HTTPBasicAuth(self._user, self._password or "")
        self._flavour: str | None = None  # "virtuoso" once a response says so

    # -- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        form = query_form(sparql)
        if form == "update":
            raise QueryError(UPDATE_REFUSED)
        text = bind_values(sparql, bindings or {})
        accept = GRAPH_ACCEPT if form in ("construct", "describe") else RESULTS_ACCEPT
        response = self._post(self.query_url, {"query": text}, accept)
        if form in ("construct", "describe"):
            return QueryResult(kind="graph", graph=graph_answer(response))
        data = json_answer(response)
        if form == "ask":
            return QueryResult(kind="ask", boolean=ask_answer(data))
        names, rows = select_rows(data)
        if was_cut(response, len(rows)):
            log.warning("the server cut the results at %d rows; page with LIMIT/OFFSET", len(rows))
        return QueryResult(kind="select", vars=names, rows=rows)

    def _select(self, sparql: str) -> tuple[list[tuple[Any, ...]], bool]:
        """Rows of a SELECT and whether the server cut them at its row limit."""
        response = self._post(self.query_url, {"query": sparql}, RESULTS_ACCEPT)
        _, rows = select_rows(json_answer(response))
        return rows, was_cut(response, len(rows))

    def graph_iris(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(str(row[0]) for row in result.rows if isinstance(row[0], URIRef))

    def triple_count(self) -> int:
        """Triples in named graphs (Virtuoso's default graph is the union of all of them)."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(result.rows[0][0]) if result.rows else 0

    def dump(self, out: BinaryIO, fmt: str = "nquads", graph: str | None = None) -> int:
        """Write N-Quads or N-Triples, graph by graph, each read in pages.

        Pages are not sorted (Virtuoso refuses ORDER BY with OFFSET beyond 10,000 rows), so they
        rely on the server answering the same query in the same order, which Virtuoso, Fuseki and
        Oxigraph do. A page shorter than asked ends a graph unless the server said it cut it.
        """
        if fmt not in ("nquads", "ntriples"):
            raise QueryError(f"a remote store dumps nquads or ntriples, not {fmt}")
        if graph is None and fmt == "ntriples":
            raise QueryError("ntriples holds a single graph; name one, or use nquads")
        written = 0
        for name in [graph] if graph else self.graph_iris():
            iri = URIRef(name).n3()
            tail = " ." if fmt == "ntriples" else f" {iri} ."
            offset = 0
            while True:
                sparql = (
                    f"SELECT ?s ?p ?o WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }} "
                    f"LIMIT {DUMP_PAGE} OFFSET {offset}"
                )
                rows, cut = self._select(sparql)
                out.write(
                    "".join(f"{s.n3()} {p.n3()} {o.n3()}{tail}\n" for s, p, o in rows).encode()
                )
                offset += len(rows)
                if not rows or (len(rows) < DUMP_PAGE and not cut):
                    break
            written += offset
        return written

    # -- writing -------------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._refuse_if_read_only()
        self._post(self.update_url, {"update": sparql}, "*/*")

    def delete_graphs(self, graph_iris: Iterable[str]) -> None:
        drops = " ;\n".join(drop_operations(graph_iris))
        if drops:
            self.update(drops)

    def replace_graphs(self, graphs: Mapping[str, Graph]) -> None:
        self._refuse_if_read_only()
        if not graphs:
            return
        drops = "".join(f"DROP SILENT GRAPH {URIRef(g).n3()} ;\n" for g in graphs)
        limit = CHUNK_TRIPLES[self._detect_flavour()]
        if sum(len(g) for g in graphs.values()) <= limit:
            body = insert_data_body({str(g): graph for g, graph in graphs.items()})
            if body:
                self.update(f"{self._prefix()}{drops}INSERT DATA {{\n{body}\n}}")
            else:
                self.update(drops.rstrip(" ;\n"))
            return
        gsp = self._graph_store_url()
        if gsp:
            self._put_graphs(gsp, graphs)
            return
        full = {iri: graph for iri, graph in graphs.items() if len(graph)}
        emptied = [str(iri) for iri, graph in graphs.items() if not len(graph)]
        self._write_staged(graphs_statements(full), "MOVE", limit, also_drop=emptied)

    def _graph_store_url(self) -> str | None:
        """Virtuoso's Graph Store Protocol endpoint beside its SPARQL endpoint, if it has one."""
        if self._flavour != "virtuoso":
            return None
        for path, gsp in (
            ("/sparql-auth", "/sparql-graph-crud-auth"),
            ("/sparql", "/sparql-graph-crud"),
        ):
            if self.update_url.rstrip("/").endswith(path):
                return self.update_url.rstrip("/")[: -len(path)] + gsp
        return None

    def _put_graphs(self, url: str, graphs: Mapping[str, Graph]) -> None:
        """Graph Store Protocol PUT: each graph replaced whole in one request (atomic per graph,
        about 25 times faster than INSERT DATA on Virtuoso)."""
        for iri, graph in graphs.items():
            if not len(graph):
                self.delete_graphs([iri])
                continue
            body = ntriples(str(iri), graph)
            self._send(
                "PUT",
                url,
                params={"graph-uri": str(iri)},
                data=body.encode("utf-8"),
                headers={"Content-Type": "application/n-triples"},
            )

    def load(self, data: BinaryIO, fmt: str, graph: str | None = None) -> int:
        """Parse the whole input first (a malformed file sends nothing), then insert it."""
        import pyoxigraph as ox

        from kg.store.terms import OX_FORMATS

        self._refuse_if_read_only()
        if fmt not in OX_FORMATS:
            raise QueryError(f"unknown RDF format {fmt!r}; use one of {', '.join(OX_FORMATS)}")
        try:
            quads = list(ox.parse(data, format=OX_FORMATS[fmt]))
        except SyntaxError as exc:
            raise InputError(f"malformed {fmt}: {one_line(exc)}; nothing was imported") from None
        if not quads:
            return 0
        statements = quad_statements(quads, graph)
        limit = CHUNK_TRIPLES[self._detect_flavour()]
        self._refuse_default_graph_on_virtuoso(statements)
        lines = (line for chunk in statements.values() for line in chunk)
        if len(quads) <= limit and not (self._graph_store_url() and has_blank_nodes(lines)):
            self.update(f"{self._prefix()}INSERT DATA {{\n{data_body(statements)}\n}}")
        else:
            self._write_staged(statements, "ADD", limit)
        return len(quads)

    def _write_staged(
        self,
        statements: dict[str, list[str]],
        operation: str,
        limit: int,
        also_drop: list[str] | None = None,
    ) -> None:
        """Chunks into fresh staging graphs, then one update moving them into the targets (and
        dropping ``also_drop``): the targets change all at once or not at all
        (kg/store/staging.py)."""
        names = staging_names(statements)
        merging = False
        try:
            for target, chunk in staged_chunks(statements, limit):
                self._insert_chunk(names[target], chunk)
            merging = True
            # Moving N triples takes the server time in proportion: allow it beyond the timeout.
            timeout = max(self._timeout, statement_count(statements) * MERGE_SECONDS_PER_TRIPLE)
            merge = merge_update(names, operation, also_drop or [])
            # One try: a lost answer may hide a committed merge, and a repeat would then fail.
            self._send("POST", self.update_url, data={"update": merge}, timeout=timeout, tries=1)
        except BaseException as exc:
            dropped = self._drop_staging(list(names.values()))
            if isinstance(exc, KGError):
                exc.message += _outcome(merging, exc, dropped)
            raise

    def _insert_chunk(self, graph: str, lines: list[str]) -> None:
        gsp = self._graph_store_url()
        if gsp and has_blank_nodes(lines):
            # Virtuoso refuses blank nodes in INSERT DATA; its Graph Store Protocol takes them.
            body = "\n".join(lines).encode("utf-8")
            headers = {"Content-Type": "application/n-triples"}
            self._send("POST", gsp, params={"graph-uri": graph}, data=body, headers=headers)
        else:
            self.update(f"{self._prefix()}INSERT DATA {{\n{data_body({graph: lines})}\n}}")

    def _drop_staging(self, staging: list[str]) -> bool:
        """Drop the staging graphs of a failed write; False (and a warning naming them) if the
        server cannot be asked."""
        try:
            self.update(" ;\n".join(drop_operations(staging)))
        except KGError as exc:
            log.warning(
                "could not drop the staging graphs %s (%s); drop them with kg query --update",
                " ".join(staging),
                exc,
            )
            return False
        return True

    def _refuse_default_graph_on_virtuoso(self, statements: dict[str, list[str]]) -> None:
        if self._flavour == "virtuoso" and DEFAULT_GRAPH in statements:
            raise InputError(
                "Virtuoso has no writable default graph for the file's triples; nothing was "
                "imported",
                hint="pass --graph IRI to load them into a named graph",
            )

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- HTTP ----------------------------------------------------------------------------------
    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.url} is open read-only; nothing was changed")

    def _detect_flavour(self) -> str:
        if self._flavour is None:
            self.query("ASK { ?s ?p ?o }")  # any answer tells us the server
        return self._flavour or "generic"

    def _prefix(self) -> str:
        return "define sql:big-data-const 1\n" if self._flavour == "virtuoso" else ""

    def _post(self, url: str, form: dict[str, str], accept: str) -> requests.Response:
        return self._send("POST", url, data=form, headers={"Accept": accept})

    def _send(self, method: str, url: str, **request: Any) -> requests.Response:
        """One HTTP request with bounded retries on connection errors, timeouts and 5xx."""
        problem = ""
        request.setdefault("timeout", self._timeout)
        tries = request.pop("tries", self._tries)
        for attempt in range(tries):
            if attempt:
                time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
            try:
                response = self._session.request(method, url, **request)
            except requests.Timeout:
                problem = f"no answer within {request['timeout']:g} s"
                continue
            except requests.ConnectionError as exc:
                problem = _connection_problem(exc)
                continue
            self._note_server(response)
            if response.status_code == 401 and self._use_digest(response):
                return self._send(method, url, tries=tries, **request)
            if response.status_code < 500:
                return _check(response, self._redacted(url))
            problem = f"HTTP {response.status_code}: {_body_line(response)}"
            log.warning(
                "SPARQL endpoint %s: %s (try %d)", self._redacted(url), problem, attempt + 1
            )
        raise StoreError(
            f"SPARQL endpoint {self._redacted(url)} is not reachable ({problem}) after "
            f"{tries} {'try' if tries == 1 else 'tries'}",
            hint="is the server running? check --store and the server's log",
        )

    def _use_digest(self, response: requests.Response) -> bool:
        # Virtuoso answers refused Basic credentials with no challenge at all: try Digest then.
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        if not self._user or (challenge and "digest" not in challenge):
            return False
        if isinstance(self._session.auth, requests.auth.HTTPDigestAuth):
            return False
        self._session.auth = requests.auth.HTTPDigestAuth(self._user, self._password or "")
        return True

    def _note_server(self, response: requests.Response) -> None:
        if self._flavour is None:
            server = response.headers.get("Server", "").lower()
            self._flavour = "virtuoso" if "virtuoso" in server else "generic"

    def _redacted(self, url: str) -> str:
        return _split_credentials(url)[1].removeprefix("sparql+")


def _split_credentials(url: str) -> tuple[str, str]:
    """(URL to call, URL to show): credentials in the URL are never shown."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise StoreError(
            f"invalid SPARQL endpoint URL {url!r}", hint="use sparql+http://HOST:PORT/PATH"
        )
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return url, "sparql+" + urlunsplit(parts._replace(netloc=netloc))


def _connection_problem(exc: Exception) -> str:
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    if "Name or service not known" in text or "getaddrinfo" in text:
        return "unknown host"
    return "connection failed"


def _body_line(response: requests.Response) -> str:
    return one_line(response.text or response.reason, limit=200)


def _check(response: requests.Response, url: str) -> requests.Response:
    if response.status_code in (401, 403):
        raise StoreError(
            f"SPARQL endpoint {url} refused access (HTTP {response.status_code})",
            hint="set KG_STORE_USER and KG_STORE_PASSWORD, and grant SPARQL update rights",
        )
    if response.status_code >= 400:
        raise QueryError(f"SPARQL endpoint {url} rejected the request: {_body_line(response)}")
    return response


def _outcome(merging: bool, exc: KGError, dropped: bool) -> str:
    """What a failed staged write left in the store, for the user."""
    if merging and not isinstance(exc, QueryError):  # no answer to the merge: unknown outcome
        return "; the server may or may not have applied the write: check with `kg stats`"
    if dropped:
        return "; nothing was written"
    return f"; nothing was written, but staging graphs under {STAGING_BASE} remain (logged)"
