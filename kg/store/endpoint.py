"""A read-only SPARQL 1.1 Protocol endpoint over any Store, on the standard library's threading
HTTP server: GET/POST queries, results as JSON, XML, CSV or TSV (graphs as Turtle or N-Triples),
CORS so browser clients such as YASGUI can call it. Updates are refused with 403.

The store is opened read-only once and shared by the request threads; a read-only on-disk Oxigraph
store reopens its snapshot by itself when ``kg ingest`` has written since.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, QueryError
from kg.store import Store
from kg.store import results as rs
from kg.store.sparqltext import query_form

log = logging.getLogger(__name__)
PATHS = ("/sparql", "/query")
MAX_BODY = 10 * 1024 * 1024
# Accept media type -> result format, in our order of preference.
SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}
FORMAT_PARAM.update({"turtle": "turtle", "ntriples": "ntriples"})
HOME = (
    "<!doctype html><title>newskg SPARQL endpoint</title><h1>newskg SPARQL endpoint</h1>"
    "<p>Read-only SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST <code>query</code>).</p>"
)


def make_server(store: Store, host: str, port: int) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries over ``store`` (not started yet)."""

    class Handler(SparqlHandler):
        pass

    Handler.store = store

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


class SparqlHandler(BaseHTTPRequestHandler):
    store: Store
    server_version = "newskg-sparql/1"

    def do_OPTIONS(self) -> None:
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, HOME.encode(), "text/html; charset=utf-8")
            return
        self._answer(url.path, parse_qs(url.query))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            params["update"] = [body]
        else:
            params.update(parse_qs(body))
        self._answer(url.path, params)

    def _answer(self, path: str, params: dict[str, list[str]]) -> None:
        if path not in PATHS:
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint; use {PATHS[0]}")
            return
        query = (params.get("query") or [""])[0]
        if "update" in params or _is_update(query):
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only; updates are refused")
            return
        if not query.strip():
            self._error(HTTPStatus.BAD_REQUEST, "missing the query parameter")
            return
        try:
            result = self.store.query(query)
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except KGError as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        fmt = self._result_format(result.kind, (params.get("format") or [""])[0])
        text = rs.to_rdf(result, fmt) if result.kind == "graph" else rs.WRITERS[fmt](result)
        self._send(HTTPStatus.OK, text.encode("utf-8"), f"{rs.MEDIA_TYPES[fmt]}; charset=utf-8")

    def _result_format(self, kind: str, requested: str) -> str:
        choices = GRAPH_TYPES if kind == "graph" else SELECT_TYPES
        if FORMAT_PARAM.get(requested) in choices.values():
            return FORMAT_PARAM[requested]
        for media in _accepted(self.headers.get("Accept", "")):
            if media in choices:
                return choices[media]
        return "turtle" if kind == "graph" else "json"

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


def _accepted(header: str) -> list[str]:
    """Media types of an Accept header, by quality (stable for equal q)."""
    ranked = []
    for position, part in enumerate(header.split(",")):
        media, *options = (p.strip() for p in part.split(";"))
        quality = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _is_update(query: str) -> bool:
    try:
        return query_form(query) == "update"
    except QueryError:
        return False  # not recognisable: let the store report the syntax error
