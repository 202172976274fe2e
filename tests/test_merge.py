"""Cross-document merging: the same happening from several outlets becomes one event."""

from __future__ import annotations

import pytest

from kg.merge import EventRecord, cluster_events

SANCTION = "https://w3id.org/newskg/event-type/Sanction"
ARREST = "https://w3id.org/newskg/event-type/Arrest"
US, RU, FBI = "id/country/us", "id/country/ru", "id/org/fbi"


def event(iri, article, *, type=SANCTION, actors=(US,), targets=(), day=None, span=None, pub=None):
    earliest, latest = span if span else (day, day)
    return EventRecord(
        iri=iri,
        type=type,
        article=article,
        actors=frozenset(actors),
        targets=frozenset(targets),
        earliest=earliest,
        latest=latest,
        published=pub,
    )


def members(clusters):
    return sorted(sorted(m.iri for m in c.members) for c in clusters)


def test_same_happening_in_three_outlets_is_one_cluster():
    clusters = cluster_events(
        [
            event("e1", "a1", day="2021-04-15"),
            event("e2", "a2", day="2021-04-15"),
            event("e3", "a3", span=("2021-04-01", "2021-04-30")),  # "in April"
        ]
    )
    assert members(clusters) == [["e1", "e2", "e3"]]


def test_different_days_are_not_chained_by_a_coarse_report():
    clusters = cluster_events(
        [
            event("e1", "a1", day="2021-03-02"),
            event("e2", "a2", day="2021-04-15"),
            event("e3", "a3", span=("2021-01-01", "2021-12-31")),  # "in 2021"
        ]
    )
    # The year-precision report joins one of the day events, never both.
    assert len(clusters) == 1 and len(clusters[0].members) == 2


def test_needs_a_shared_participant_and_same_type():
    clusters = cluster_events(
        [
            event("e1", "a1", day="2021-04-15"),
            event("e2", "a2", day="2021-04-15", actors=(RU,)),
            event("e3", "a3", day="2021-04-15", type=ARREST),
        ]
    )
    assert clusters == []


def test_events_of_one_article_are_never_merged_together():
    assert (
        cluster_events([event("e1", "a1", day="2021-04-15"), event("e2", "a1", day="2021-04-15")])
        == []
    )


def test_undated_event_counts_as_shortly_before_publication():
    clusters = cluster_events(
        [
            event("e1", "a1", actors=(), targets=(FBI,), day="2023-04-13", type=ARREST),
            event("e2", "a2", actors=(), targets=(FBI,), day=None, pub="2023-04-14", type=ARREST),
            event("e3", "a3", actors=(), targets=(FBI,), day=None, pub="2023-06-30", type=ARREST),
        ]
    )
    assert members(clusters) == [["e1", "e2"]]


def test_cluster_identity_is_deterministic():
    records = [event("e1", "a1", day="2021-04-15"), event("e2", "a2", day="2021-04-15")]
    first = cluster_events(records)[0].iri_suffix()
    again = cluster_events(list(reversed(records)))[0].iri_suffix()
    assert first == again


@pytest.mark.parametrize(("first", "second"), [(US, RU), (RU, US)])
def test_a_report_two_clusters_accept_joins_the_one_formed_first(first, second):
    # e1 and e2 (same day, no shared actor) form two clusters; the month-precision report e3
    # names both actors. Whichever actor's name sorts or hashes first, e3 joins e1's cluster,
    # so the merged graph is the same on every run.
    clusters = cluster_events(
        [
            event("e1", "a1", actors=(first,), day="2021-04-15"),
            event("e2", "a2", actors=(second,), day="2021-04-15"),
            event("e3", "a3", actors=(US, RU), span=("2021-04-01", "2021-04-30")),
            event("e4", "a4", actors=(second,), day="2021-04-15"),
        ]
    )
    assert members(clusters) == [["e1", "e3"], ["e2", "e4"]]
