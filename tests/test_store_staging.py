"""The SPARQL text of staged writes (kg/store/staging.py), run on an embedded Oxigraph store: the
chunks only touch staging graphs, and one merge update moves them into the targets."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.staging import (
    DEFAULT_GRAPH,
    STAGING_BASE,
    data_body,
    merge_update,
    quad_statements,
    staged_bodies,
    staging_names,
)

EX = "http://example.org/"
TARGET = f"{EX}graph/target"


def statements(count: int, prefix: str = "s") -> list[str]:
    return [f'<{EX}{prefix}/{i}> <{EX}n> "{i}" .' for i in range(count)]


def graph_sizes(store: ox.Store) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for quad in store:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        sizes[name] = sizes.get(name, 0) + 1
    return sizes


def test_staging_names_are_fresh_for_every_write():
    first, second = staging_names([TARGET, DEFAULT_GRAPH]), staging_names([TARGET])
    assert first[TARGET] != second[TARGET]
    assert first[TARGET] != first[DEFAULT_GRAPH]
    assert all(name.startswith(STAGING_BASE) for name in [*first.values(), *second.values()])


def test_chunks_go_to_staging_graphs_only_and_respect_the_limit():
    store = ox.Store()
    data = {TARGET: statements(11), DEFAULT_GRAPH: statements(3, "d")}
    names = staging_names(data)
    bodies = list(staged_bodies(data, names, limit=5))
    assert len(bodies) == 4  # 5 + 5 + 1 for the target, 3 for the default graph
    for body in bodies:
        store.update(f"INSERT DATA {{\n{body}\n}}")
    assert graph_sizes(store) == {names[TARGET]: 11, names[DEFAULT_GRAPH]: 3}


def test_add_merge_keeps_what_the_targets_held_and_drops_the_staging_graphs():
    store = ox.Store()
    store.update(f"INSERT DATA {{ {data_body({TARGET: statements(2, 'old')})} }}")
    data = {TARGET: statements(7), DEFAULT_GRAPH: statements(3, "d")}
    names = staging_names(data)
    for body in staged_bodies(data, names, limit=4):
        store.update(f"INSERT DATA {{\n{body}\n}}")
    store.update(merge_update(names, "ADD"))
    assert graph_sizes(store) == {TARGET: 9, "": 3}
    assert not any(g.value.startswith(STAGING_BASE) for g in store.named_graphs())


def test_move_merge_replaces_the_targets_and_drops_emptied_graphs():
    store = ox.Store()
    emptied = f"{EX}graph/emptied"
    old = {TARGET: statements(5, "old"), emptied: statements(2, "gone")}
    store.update(f"INSERT DATA {{ {data_body(old)} }}")
    data = {TARGET: statements(3)}
    names = staging_names(data)
    for body in staged_bodies(data, names, limit=2):
        store.update(f"INSERT DATA {{\n{body}\n}}")
    store.update(merge_update(names, "MOVE", also_drop=[emptied]))
    assert graph_sizes(store) == {TARGET: 3}
    subjects = {q.subject.value for q in store.quads_for_pattern(None, None, None, None)}
    assert subjects == {f"{EX}s/{i}" for i in range(3)}


def test_quads_keep_their_graph_unless_one_is_forced():
    quads = list(
        ox.parse(
            f'<{EX}a> <{EX}p> "x" <{TARGET}> .\n<{EX}b> <{EX}p> "y\\n\\"z\\"" .\n'.encode(),
            ox.RdfFormat.N_QUADS,
        )
    )
    by_graph = quad_statements(quads, None)
    assert by_graph == {
        TARGET: [f'<{EX}a> <{EX}p> "x" .'],
        DEFAULT_GRAPH: [f'<{EX}b> <{EX}p> "y\\n\\"z\\"" .'],
    }
    forced = f"{EX}graph/forced"
    assert list(quad_statements(quads, forced)) == [forced]
