"""Read the store into the UI's Catalog.

The first view reads every event, participant, article and entity at once with the lean queries
of kg/ui/queries/ (required patterns, typed values as plain strings: the catalog of 10,000 events
loads in about a second, bench/bench_ui.py). Everything else uses the project's named queries in
kg/queries/, the same ones ``kg query`` and kg.query run: merged events (timeline_parents), an
event's evidence (timeline_evidence, timeline_participants) and an entity's profile.

Events reported by several articles (``nkg:mergedFrom`` in the merged graph) are folded into one
row carrying every member's source and evidence: the same event from five outlets is shown once,
with five sources.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from kg.ui.data import Catalog, catalog_from_records

if TYPE_CHECKING:
    from kg.store import Store

EVENT_BASE = "https://w3id.org/newskg/event/"
ENTITY_BASE = "https://w3id.org/newskg/id/"
ARTICLE_BASE = "https://w3id.org/newskg/article/"
EVENT_TYPE_BASE = "https://w3id.org/newskg/event-type/"
WIKIDATA_BASE = "http://www.wikidata.org/entity/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
NIF_SENTENCE, NIF_PHRASE = f"{NIF}Sentence", f"{NIF}Phrase"


def query_text(name: str) -> str:
    """The text of kg/ui/queries/<name>.rq."""
    return (
        resources.files("kg.ui")
        .joinpath("queries")
        .joinpath(f"{name}.rq")
        .read_text(encoding="utf-8")
    )


def select(store: Store, name: str) -> list[dict[str, str]]:
    """Rows of kg/ui/queries/<name>.rq as plain strings (unbound variables left out)."""
    return _strings(store.query(query_text(name)))


def select_named(
    store: Store,
    name: str,
    params: dict[str, object] | None = None,
    values: dict[str, list[Any]] | None = None,
    bindings: dict[str, Any] | None = None,
) -> list[dict[str, str]]:
    """Rows of the named query kg/queries/<name>.rq as plain strings; ``params`` and ``values``
    as kg.namedquery takes them, ``bindings`` pre-bind other variables (the article graph)."""
    from kg.namedquery import named_query

    return _strings(store.query(named_query(name).prepare(params, values), bindings))


def _strings(result: Any) -> list[dict[str, str]]:
    columns = result.vars
    return [
        {c: str(v) for c, v in zip(columns, row, strict=True) if v is not None}
        for row in result.rows
    ]


def local(iri: str, base: str) -> str:
    """The id an IRI was minted from (kg.vocab.local_id, inlined: called 100,000s of times)."""
    return unquote(iri[len(base) :]) if iri.startswith(base) else iri


def load_catalog(store: Store) -> Catalog:
    members = _members(store)
    articles = {r["article"]: r for r in map(_article_row, select(store, "ui_articles"))}
    events = [_event_row(r, articles) for r in select(store, "ui_events")]
    displayed = _fold(events, members)
    shown_as = {e["member"]: e["shown"] for e in events}
    participants = [
        {"event": shown_as[member], "role": r["roleType"].rsplit("#", 1)[-1],
         "entity": local(r["entity"], ENTITY_BASE)}
        for r in select(store, "ui_participants")
        if (member := local(r["event"], EVENT_BASE)) in shown_as
    ]  # fmt: skip
    entities = [_entity_row(r) for r in select(store, "ui_entities")]
    sources = [{**e, "event": e["shown"]} for e in events]  # one per reporting article
    return catalog_from_records(displayed, participants, entities, sources)


def _members(store: Store) -> dict[str, str]:
    """Per-article event id -> merged event id (timeline_parents lists every pair when no
    event is given)."""
    return {
        local(r["e"], EVENT_BASE): local(r["event"], EVENT_BASE)
        for r in select_named(store, "timeline_parents")
    }


def _article_row(r: dict[str, str]) -> dict[str, Any]:
    return {
        "article": local(r["article"], ARTICLE_BASE),
        "published": r.get("published"),
        "title": r.get("title"),
        "outlet": r.get("outlet"),
        "url": r.get("url"),
    }


def _event_row(r: dict[str, str], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    article = local(r["article"], ARTICLE_BASE)
    return {
        **articles.get(article, {"article": article}),
        "member": local(r["event"], EVENT_BASE),
        "type": local(r["type"], EVENT_TYPE_BASE),
        "plover": r.get("plover", ""),
        "label": r.get("label", ""),
        "confidence": float(r.get("confidence", 0) or 0),
        "negated": r.get("negated") == "true",
        "hedged": r.get("hedged") == "true",
        "date_value": r.get("dateValue"),
        "date_text": r.get("dateText"),
        "date_source": r.get("dateSource", "text"),
        "precision": r.get("precision"),
        "earliest": r.get("earliest"),
        "latest": r.get("latest"),
    }


def _fold(events: list[dict[str, Any]], members: dict[str, str]) -> list[dict[str, Any]]:
    """One displayed event per happening: merged clusters become one row, the rest stay."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        event["shown"] = members.get(event["member"], event["member"])
        groups[event["shown"]].append(event)
    return [_representative(shown, group) for shown, group in sorted(groups.items())]


def _representative(shown: str, group: list[dict[str, Any]]) -> dict[str, Any]:
    """Label and type from the most confident report, the date from the most precise one."""
    best = max(group, key=lambda e: (e["confidence"], e["member"]))
    dated = [e for e in group if e["earliest"] and e["latest"]]
    when = min(dated, key=lambda e: (e["latest"] > e["earliest"], e["latest"], e["member"]),
               default=best)  # fmt: skip
    published = min((e["published"] for e in group if e.get("published")), default=None)
    return {
        **{k: best[k] for k in ("type", "plover", "label", "confidence", "negated", "hedged")},
        **{
            k: when[k]
            for k in ("date_value", "date_text", "date_source", "precision", "earliest", "latest")
        },
        "id": shown,
        "published": published,
    }


@dataclass(frozen=True)
class Evidence:
    """One report's sentence and the spans to highlight in it (offsets into the sentence)."""

    sentence: str
    spans: tuple[tuple[int, int, str, str], ...]  # start, end, kind, entity id ("" if none)


def evidence(store: Store, member_id: str, article_id: str) -> Evidence:
    """The evidence of one per-article event, read from its article's graph only (fast)."""
    from rdflib import URIRef

    from kg.vocab import event_iri, graph_iri

    event = {"e": [URIRef(event_iri(member_id))]}
    graph = {"g": URIRef(graph_iri(article_id))}
    spans = select_named(store, "timeline_evidence", values=event, bindings=graph)
    sentence = next((r for r in spans if r["kind"] == NIF_SENTENCE), None)
    if sentence is None:
        return Evidence("", ())
    roles = select_named(store, "timeline_participants", values=event, bindings=graph)
    offset = int(sentence["begin"])
    words = [
        (r["begin"], r["end"], "time" if r["date"] == "true" else "trigger", "")
        for r in spans
        if r["kind"] == NIF_PHRASE
    ]
    words += [
        (r["begin"], r["end"], r["role"].rsplit("#", 1)[-1], local(r["entity"], ENTITY_BASE))
        for r in roles
    ]
    highlights = sorted((int(b) - offset, int(e) - offset, k, who) for b, e, k, who in words)
    return Evidence(sentence.get("text", ""), tuple(highlights))


def _entity_row(r: dict[str, str]) -> dict[str, Any]:
    same = r.get("sameAs", "")
    return {
        "id": local(r["entity"], ENTITY_BASE),
        "name": r.get("name", ""),
        "type": r.get("type", ""),
        "wikidata": same[len(WIKIDATA_BASE) :] if same.startswith(WIKIDATA_BASE) else None,
        "country": local(r["country"], ENTITY_BASE) if "country" in r else None,
    }


def entity_profile(store: Store, entity_id: str) -> tuple[list[str], list[dict[str, Any]]]:
    """An entity's aliases and posts (title, organization id, start, end)."""
    from rdflib import URIRef

    from kg.vocab import entity_iri

    rows = select_named(store, "entity_profile", {"entity": URIRef(entity_iri(entity_id))})
    aliases = sorted({r["value"] for r in rows if r["field"] == "alias"})
    posts = [
        {
            "title": r["value"],
            "organization": local(r["organization"], ENTITY_BASE) if "organization" in r else None,
            "start": r.get("start"),
            "end": r.get("end"),
        }
        for r in rows
        if r["field"] == "post"
    ]
    return aliases, posts
