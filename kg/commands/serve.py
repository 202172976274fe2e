"""``kg serve``: a read-only SPARQL endpoint over the store (for YASGUI, rdflib, curl...)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the store as a read-only SPARQL endpoint",
        description="Serve the store read-only at http://HOST:PORT/sparql (SPARQL 1.1 protocol, "
        "GET or POST, JSON/XML/CSV/TSV results, CORS enabled). Updates are refused.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    import logging

    from kg.errors import StoreError
    from kg.store import open_store
    from kg.store.endpoint import make_server

    store = open_store(settings.store, settings, read_only=True)
    try:
        server = make_server(store, args.host, args.port)
    except OSError as exc:
        store.close()
        raise StoreError(
            f"cannot listen on {args.host}:{args.port}: {exc.strerror}", hint="pick another --port"
        ) from None
    logging.getLogger(__name__).info("serving %s", settings.store)
    print(f"SPARQL endpoint: http://{args.host}:{server.server_port}/sparql (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()
    return 0
