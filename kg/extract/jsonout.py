"""An ``Extraction`` as the JSON object of DESIGN 5.1 (``kg extract``), reused by the UI and tests.

Keys and their order follow the contract; entities also carry ``roles`` (the posts an official
holds, read from the text or the gazetteer: an analyst running ``kg extract`` needs "CIA Deputy
Director" as much as the name), events ``negated``, ``hedged``, ``attributed_to`` and
``mentions`` (further trigger spans of the same happening).
"""

from __future__ import annotations

from kg.types import Entity, Event, Extraction, Role, Span


def extraction_to_json(ex: Extraction) -> dict:
    a = ex.article
    return {
        "article": {
            "id": a.id,
            "title": a.title,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "path": a.path,
        },
        "entities": [_entity(e) for e in ex.entities],
        "events": [_event(e) for e in ex.events],
    }


def _span(span: Span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def _entity(e: Entity) -> dict:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "wikidata": e.wikidata,
        "mentions": [_span(m) for m in e.mentions],
        "roles": [_role(r) for r in e.roles],
    }


def _role(r: Role) -> dict:
    return {
        "title": r.title,
        "organization": r.organization,
        "start": r.start,
        "end": r.end,
        "source": r.source,
    }


def _event(e: Event) -> dict:
    d = e.date
    return {
        "id": e.id,
        "type": e.type,
        "plover": e.plover,
        "label": e.label,
        "trigger": _span(e.trigger),
        "date": {
            "value": d.value,
            "text": d.text,
            "start": d.start,
            "end": d.end,
            "precision": d.precision,
            "earliest": d.earliest,
            "latest": d.latest,
            "source": d.source,
        },
        "participants": [
            {"role": p.role, "entity": p.entity, "text": p.text, "start": p.start, "end": p.end}
            for p in e.participants
        ],
        "evidence": {"sentence": e.evidence.text, "start": e.evidence.start, "end": e.evidence.end},
        "confidence": e.confidence,
        "negated": e.negated,
        "hedged": e.hedged,
        "attributed_to": e.attributed_to,
        "mentions": [_span(m) for m in e.mentions],
    }
