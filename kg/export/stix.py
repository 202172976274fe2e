"""STIX 2.1 bundle of timeline events, for OpenCTI and other threat-intelligence tools.

Mapping (STIX has no "event" object):
- every participant entity except places -> ``identity`` (Official/Person: individual; Agency,
  Country: organization with sector government-national; Platform: system; others: organization);
- an Agency or Country acting in a hostile operation (cyber, influence, espionage, attack,
  recruitment of sources) -> also a ``threat-actor`` (nation-state) ``attributed-to`` its identity;
- every event -> a ``report`` (report_types threat-report) published at its first source's date,
  referring to its participants, with the evidence as description, the articles as external
  references, confidence 0-100, and ``x_newskg_*`` properties for type, PLOVER, date and roles.
Ids are UUIDv5 of newskg ids and timestamps come from the articles, so the same store always
gives the same bundle. Events without any date (not even a publication date) are left out.
"""

from __future__ import annotations

import uuid
from typing import Any

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/newskg/")
HOSTILE_TYPES = {
    "CyberOperation",
    "InfluenceOperation",
    "Espionage",
    "Attack",
    "RecruitmentCampaign",
    "RecruitmentApproach",
}
STATE_TYPES = {"Agency", "Country"}
IDENTITY_CLASSES = {
    "Official": "individual",
    "Person": "individual",
    "Agency": "organization",
    "Country": "organization",
    "Platform": "system",
}
TOOL_ID = f"identity--{uuid.uuid5(NAMESPACE, 'tool:newskg')}"
EPOCH = "1970-01-01T00:00:00.000Z"


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def _timestamp(day: str | None) -> str | None:
    return f"{day[:10]}T00:00:00.000Z" if day and len(day) >= 10 else None


def to_stix_bundle(events: list[Any]) -> str:
    """The bundle as JSON text (validated by the stix2 library while it is built)."""
    import stix2

    tool = stix2.Identity(
        id=TOOL_ID,
        name="newskg",
        identity_class="system",
        description="Events extracted from news articles by newskg",
        created=EPOCH,
        modified=EPOCH,
    )
    first_seen: dict[str, str] = {}  # entity id -> earliest timestamp it appears at
    entities: dict[str, Any] = {}
    hostile: set[str] = set()
    reports = []
    for event in events:
        when = _timestamp(event.published) or _timestamp(event.sort_date)
        if when is None:
            continue
        for p in event.participants:
            if p.role == "place":
                continue
            entities.setdefault(p.entity_id, p)
            first_seen[p.entity_id] = min(first_seen.get(p.entity_id, when), when)
            if p.role == "actor" and p.entity_type in STATE_TYPES and event.type in HOSTILE_TYPES:
                hostile.add(p.entity_id)
        reports.append((event, when))
    objects: list[Any] = [tool]
    for entity_id in sorted(entities):
        objects.append(_identity(stix2, entities[entity_id], first_seen[entity_id]))
    for entity_id in sorted(hostile):
        objects.extend(_threat_actor(stix2, entities[entity_id], first_seen[entity_id]))
    for event, when in reports:
        objects.append(_report(stix2, event, when, hostile))
    bundle_id = f"bundle--{uuid.uuid5(NAMESPACE, ' '.join(o.id for o in objects))}"
    bundle = stix2.Bundle(objects=objects, id=bundle_id, allow_custom=True)
    return bundle.serialize(pretty=True) + "\n"


def _identity(stix2: Any, p: Any, when: str) -> Any:
    kind = IDENTITY_CLASSES.get(p.entity_type, "organization")
    extra = {"sectors": ["government-national"]} if p.entity_type in STATE_TYPES else {}
    return stix2.Identity(
        id=stix_id("identity", p.entity_id),
        name=p.name,
        identity_class=kind,
        created=when,
        modified=when,
        created_by_ref=TOOL_ID,
        labels=[p.entity_type.lower()] if p.entity_type else None,
        x_newskg_entity_id=p.entity_id,
        allow_custom=True,
        **extra,
    )


def _threat_actor(stix2: Any, p: Any, when: str) -> list[Any]:
    actor = stix2.ThreatActor(
        id=stix_id("threat-actor", p.entity_id),
        name=p.name,
        threat_actor_types=["nation-state"],
        created=when,
        modified=when,
        created_by_ref=TOOL_ID,
    )
    link = stix2.Relationship(
        id=stix_id("relationship", f"{p.entity_id}:attributed-to"),
        relationship_type="attributed-to",
        source_ref=actor.id,
        target_ref=stix_id("identity", p.entity_id),
        created=when,
        modified=when,
        created_by_ref=TOOL_ID,
    )
    return [actor, link]


def _report(stix2: Any, event: Any, when: str, hostile: set[str]) -> Any:
    refs = []
    roles: dict[str, list[str]] = {}
    for p in event.participants:
        if p.role == "place":
            continue
        refs.append(stix_id("identity", p.entity_id))
        roles.setdefault(p.role, []).append(stix_id("identity", p.entity_id))
        if p.role == "actor" and p.entity_id in hostile:
            refs.append(stix_id("threat-actor", p.entity_id))
    references = [_reference(s) for s in event.sources]
    evidence = " … ".join(ev.sentence for ev in event.evidence if ev.sentence)
    confidence = None if event.confidence is None else round(event.confidence * 100)
    return stix2.Report(
        id=stix_id("report", event.id),
        name=event.label,
        description=evidence or None,
        published=when,
        created=when,
        modified=when,
        created_by_ref=TOOL_ID,
        report_types=["threat-report"],
        object_refs=sorted(set(refs)) or [TOOL_ID],
        labels=sorted({event.type, *(x for x in [event.plover] if x)}),
        confidence=confidence,
        external_references=[r for r in references if r] or None,
        x_newskg_event_id=event.id,
        x_newskg_event_type=event.type,
        x_newskg_plover=event.plover,
        x_newskg_date=event.date_value,
        x_newskg_date_precision=event.precision,
        x_newskg_earliest=event.earliest,
        x_newskg_latest=event.latest,
        x_newskg_roles={role: sorted(set(ids)) for role, ids in sorted(roles.items())},
        allow_custom=True,
    )


def _reference(source: Any) -> dict[str, str]:
    reference = {"source_name": source.source or "news article", "external_id": source.article_id}
    if source.url:
        reference["url"] = source.url
    if source.title:
        reference["description"] = source.title
    return reference
