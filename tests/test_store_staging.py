"""The SPARQL text of staged writes (kg/store/staging.py), run on an embedded Oxigraph store: the
chunks only touch staging graphs, and one merge update moves them into the targets."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.store.staging import (
    DEFAULT_GRAPH,
    STAGING_BASE,
    chunked,
    data_body,
    merge_update,
    quad_statements,
    staged_chunks,
    staging_names,
)

EX = "http://example.org/"
TARGET = f"{EX}graph/target"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_PREFIX = f"PREFIX rdf: <{RDF}>"


def statements(count: int, prefix: str = "s") -> list[str]:
    return [f'<{EX}{prefix}/{i}> <{EX}n> "{i}" .' for i in range(count)]


def graph_sizes(store: ox.Store) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for quad in store:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        sizes[name] = sizes.get(name, 0) + 1
    return sizes


def stage(store: ox.Store, data: dict[str, list[str]], names: dict[str, str], limit: int) -> int:
    """Send the chunks into the staging graphs, one request each; how many requests."""
    requests = 0
    for target, chunk in staged_chunks(data, limit):
        store.update(f"INSERT DATA {{\n{data_body({names[target]: chunk})}\n}}")
        requests += 1
    return requests


def test_staging_names_are_fresh_for_every_write():
    first, second = staging_names([TARGET, DEFAULT_GRAPH]), staging_names([TARGET])
    assert first[TARGET] != second[TARGET]
    assert first[TARGET] != first[DEFAULT_GRAPH]
    assert all(name.startswith(STAGING_BASE) for name in [*first.values(), *second.values()])


def test_chunks_go_to_staging_graphs_only_and_respect_the_limit():
    store = ox.Store()
    data = {TARGET: statements(11), DEFAULT_GRAPH: statements(3, "d")}
    names = staging_names(data)
    assert stage(store, data, names, limit=5) == 4  # 5 + 5 + 1 for the target, 3 for default
    assert graph_sizes(store) == {names[TARGET]: 11, names[DEFAULT_GRAPH]: 3}


def test_add_merge_keeps_what_the_targets_held_and_drops_the_staging_graphs():
    store = ox.Store()
    store.update(f"INSERT DATA {{ {data_body({TARGET: statements(2, 'old')})} }}")
    data = {TARGET: statements(7), DEFAULT_GRAPH: statements(3, "d")}
    names = staging_names(data)
    stage(store, data, names, limit=4)
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
    stage(store, data, names, limit=2)
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


def rdf_list(items: int, head: str) -> list[str]:
    """An RDF list of ``items`` literals hanging off ``head``: 2 statements per node + 1."""
    first, rest = (
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>",
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>",
    )
    nil = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>"
    lines = [f"<{EX}{head}> <{EX}members> _:{head}0 ."]
    for i in range(items):
        after = f"_:{head}{i + 1}" if i + 1 < items else nil
        lines += [f'_:{head}{i} {first} "{i}" .', f"_:{head}{i} {rest} {after} ."]
    return lines


def test_statements_linked_by_blank_nodes_arrive_in_one_request():
    """Blank node labels are scoped to a request: a list cut between two requests would become
    two broken lists. Chunks of 10: a 9-statement list must not straddle the plain triples."""
    lines = statements(4) + rdf_list(4, "list") + statements(4, "t")
    chunks = list(chunked(lines, limit=10))
    assert all(len(chunk) <= 10 for chunk in chunks)
    assert sorted(line for chunk in chunks for line in chunk) == sorted(lines)
    store = ox.Store()
    for chunk in chunks:  # one request each, as the remote store sends them
        store.update(f"INSERT DATA {{\n{chr(10).join(chunk)}\n}}")
    path = f"<{EX}members>/rdf:rest*/rdf:first"
    result = store.query(f"{RDF_PREFIX} SELECT ?item WHERE {{ <{EX}list> {path} ?item }}")
    assert sorted(row["item"].value for row in result) == ["0", "1", "2", "3"]


def test_a_blank_node_structure_bigger_than_a_request_is_cut_with_a_warning(caplog):
    lines = rdf_list(6, "long")  # 13 statements
    chunks = list(chunked(lines, limit=5))
    assert [len(chunk) for chunk in chunks] == [5, 5, 3]
    assert "13 statements linked by blank nodes exceed one request of 5" in caplog.text


def test_a_literal_that_looks_like_a_blank_node_links_nothing():
    said = [f'<{EX}{who}> <{EX}says> "see _:x" .' for who in ("a", "b")]
    lines = [said[0], *statements(1), said[1], *statements(2, "t")]
    assert list(chunked(lines, limit=2)) == [lines[0:2], lines[2:4], lines[4:]]


def test_a_graph_named_by_a_blank_node_is_refused_before_anything_is_sent():
    trig = f'_:g {{ <{EX}a> <{EX}p> "x" }}'.encode()
    with pytest.raises(InputError, match="pass --graph IRI"):
        quad_statements(ox.parse(trig, ox.RdfFormat.TRIG), None)
    assert list(quad_statements(ox.parse(trig, ox.RdfFormat.TRIG), TARGET)) == [TARGET]
