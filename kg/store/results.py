"""Writing a QueryResult in the W3C SPARQL result formats (JSON, XML, CSV, TSV) and as RDF."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef

from kg.store import QueryResult

SPARQL_NS = "http://www.w3.org/2005/sparql-results#"
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}


def to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}})


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    cell = {"type": "literal", "value": str(term)}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype is not None:
        cell["datatype"] = str(term.datatype)
    return cell


def to_xml(result: QueryResult) -> str:
    head = f'<?xml version="1.0"?>\n<sparql xmlns="{SPARQL_NS}">\n<head>'
    if result.kind == "ask":
        return f"{head}</head>\n<boolean>{str(bool(result.boolean)).lower()}</boolean>\n</sparql>\n"
    lines = [head + "".join(f"<variable name={quoteattr(v)}/>" for v in result.vars) + "</head>"]
    lines.append("<results>")
    for row in result.rows:
        cells = "".join(
            f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
            for v, t in zip(result.vars, row, strict=True)
            if t is not None
        )
        lines.append(f"<result>{cells}</result>")
    lines.append("</results>\n</sparql>\n")
    return "\n".join(lines)


def _xml_term(term: Any) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = ""
    if isinstance(term, Literal) and term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif isinstance(term, Literal) and term.datatype is not None:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: plain values, empty cells for unbound (ASK gives one ``boolean`` cell)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["boolean"], [str(bool(result.boolean)).lower()]])
        return out.getvalue()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if t is None else _csv_value(t) for t in row])
    return out.getvalue()


def _csv_value(term: Any) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: terms in Turtle syntax, ``?var`` header."""
    if result.kind == "ask":
        return f"?boolean\n{str(bool(result.boolean)).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join("" if t is None else t.n3() for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def to_rdf(result: QueryResult, fmt: str = "turtle") -> str:
    if result.graph is None:
        raise ValueError("only CONSTRUCT and DESCRIBE results are graphs")
    return result.graph.serialize(format="nt" if fmt == "ntriples" else fmt)


WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
