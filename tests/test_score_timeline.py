"""The SemEval-2015 Task 4 readers and matching rules of bench/score_timeline.py, on made-up
TimeML written for these tests (no text from the shared data)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from timeline_gold import mention_spans, parse_timeline, parse_tml
from timeline_match import Predicted, date_agrees, matches, score_target

TML = (
    "<?xml version='1.0' encoding='utf-8'?>\n<TimeML><DOCID>42</DOCID>\n"
    '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2009-03-04">'
    "2009-03-04</TIMEX3></DCT>\n<EXTRAINFO>Acme opens a shop &amp; a cafe</EXTRAINFO>\n"
    '<TEXT><s id="1">March 4 , 2009</s>'
    '<s id="2">Acme <EVENT eid="e1">opened</EVENT> a shop that opened doors to R&amp;D fans .</s>'
    '<s id="3">Acme later <EVENT eid="e2">took</EVENT> the sign <EVENT eid="e3">down</EVENT> and '
    '<EVENT eid="e4">court</EVENT> case followed .</s></TEXT>\n</TimeML>'
)

TIMELINE = "Acme\n0\tXXXX-XX-XX\t42-3-took_down\n1\t2009-03\t42-2-opened\t43-5-opening\n"


@pytest.fixture
def doc():
    return parse_tml(TML)


def test_tml_text_is_sentences_without_tags_one_per_line(doc) -> None:
    assert doc.docid == "42"
    assert doc.dct == "2009-03-04"
    assert doc.title == "Acme opens a shop & a cafe"
    lines = doc.text.split("\n")
    assert lines[0] == "March 4 , 2009"
    assert lines[1] == "Acme opened a shop that opened doors to R&D fans ."
    assert [s.number for s in doc.sentences] == [1, 2, 3]
    second = doc.sentences[1]
    assert doc.text[second.start : second.end] == lines[1]


def test_event_tags_keep_their_offsets_in_the_plain_text(doc) -> None:
    assert [(e.eid, doc.text[e.start : e.end]) for e in doc.events] == [
        ("e1", "opened"),
        ("e2", "took"),
        ("e3", "down"),
        ("e4", "court"),
    ]


def test_gold_rows_with_coreferent_mentions() -> None:
    target = parse_timeline(TIMELINE, "acme.txt")
    assert target.name == "Acme"
    first, second = target.rows
    assert (first.order, first.dated) == (0, False)
    assert [str(m) for m in second.mentions] == ["42-2-opened", "43-5-opening"]
    assert second.docs == {"42", "43"}


def test_mention_prefers_the_event_tagged_occurrence(doc) -> None:
    target = parse_timeline(TIMELINE)
    spans = mention_spans(doc, target.rows[1].mentions[0])
    assert [doc.text[s:e] for s, e in spans] == ["opened"]
    assert spans[0][0] == doc.events[0].start  # the tagged one, not "that opened doors"


def test_split_multiword_mention_falls_back_to_its_words(doc) -> None:
    target = parse_timeline(TIMELINE)
    spans = mention_spans(doc, target.rows[0].mentions[0])
    assert [doc.text[s:e] for s, e in spans] == ["took", "down"]


def test_mention_in_a_missing_sentence_has_no_span(doc) -> None:
    target = parse_timeline("Acme\n0\t2009\t42-9-opened\n")
    assert mention_spans(doc, target.rows[0].mentions[0]) == []


@pytest.mark.parametrize(
    ("gold", "predicted", "agrees"),
    [
        ("2010-06-07", "2010-06-07", True),
        ("2010-06", "2010-06-07", True),  # finer prediction inside the gold month
        ("2010-06-07", "2010-06", False),  # coarser prediction
        ("2010", "2011-01-01", False),
        ("2008-03-XX", "2008-03-14", True),  # month precision written with X
        ("XXXX-XX-XX", "2008-03-14", False),  # undated gold has no date to agree with
        ("2010-06-07", None, False),
    ],
)
def test_date_agrees_at_gold_precision(gold: str, predicted: str | None, agrees: bool) -> None:
    assert date_agrees(gold, predicted) is agrees


def test_event_matches_gold_span_by_overlap_in_the_same_document() -> None:
    event = Predicted("x", "", None, None, None, False, (("42", 5, 11, "opened"),))
    assert matches(event, [("42", 5, 11)])
    assert matches(event, [("42", 10, 20)])
    assert not matches(event, [("43", 5, 11)])
    assert not matches(event, [("42", 11, 15)])


# --- kg.merge change motivated by this benchmark ---------------------------------------------

STATEMENT_TYPE = "https://w3id.org/newskg/event-type/Statement"


def _statement(iri: str, article: str, earliest: str | None, latest: str | None, pub: str):
    from kg.merge import EventRecord

    return EventRecord(
        iri=iri,
        type=STATEMENT_TYPE,
        article=article,
        actors=frozenset({"id/person/jo-smith"}),
        earliest=earliest,
        latest=latest,
        published=pub,
        plover="STATEMENT",
    )


def test_statements_dated_only_to_a_year_are_not_merged() -> None:
    from kg.merge import cluster_events

    year = ("2009-01-01", "2009-12-31")
    clusters = cluster_events(
        [_statement("s1", "a1", *year, "2011-01-17"), _statement("s2", "a2", *year, "2010-10-23")]
    )
    assert clusters == []


def test_statements_on_the_same_day_or_undated_near_publication_still_merge() -> None:
    from kg.merge import cluster_events

    clusters = cluster_events(
        [
            _statement("s1", "a1", "2010-07-16", "2010-07-16", "2010-07-17"),
            _statement("s2", "a2", None, None, "2010-07-18"),  # "said", no date in its text
        ]
    )
    assert [sorted(m.iri for m in c.members) for c in clusters] == [["s1", "s2"]]


def _ev(id_: str, date: str | None, pub: str, *triggers: tuple[str, int, int]) -> Predicted:
    return Predicted(
        id_,
        id_,
        date,
        date or pub,
        pub,
        len({t[0] for t in triggers}) > 1,
        tuple((d, s, e, "w") for d, s, e in triggers),
    )


def test_score_target_recall_precision_dates_order_and_clusters() -> None:
    first = parse_tml(TML)
    second = parse_tml(TML.replace("<DOCID>42", "<DOCID>43"))
    docs = {"42": first, "43": second}
    target = parse_timeline(
        "Acme\n0\tXXXX-XX-XX\t42-3-court\n1\t2009-03-01\t42-2-opened\t43-2-opened\n"
        "2\t2009-03-04\t42-3-took\n"
    )
    opened, took = first.events[0], first.events[1]
    merged_open = _ev(
        "m",
        "2009-03-01",
        "2009-03-04",
        ("42", opened.start, opened.end),
        ("43", opened.start, opened.end),
    )
    late_took = _ev("t", None, "2009-03-04", ("42", took.start, took.end))
    stray = _ev("x", None, "2009-03-04", ("42", 0, 5))  # on the dateline: no gold row
    score = score_target(target, docs, [merged_open, late_took, stray], [merged_open, late_took])
    assert (score.rows, score.found, score.predicted, score.predicted_matched) == (3, 2, 3, 2)
    assert (score.dated_found, score.date_right, score.date_right_dct) == (2, 1, 2)
    assert (score.pairs, score.pairs_agree, score.pairs_tied, score.pairs_listed) == (1, 1, 0, 1)
    assert (score.clusters, score.clusters_merged) == (1, 1)
    assert score.misses["no event, lemma not in lexicon"] == 1  # "court": nothing there


def test_same_day_events_in_gold_order_are_tied_by_date_and_judged_as_listed() -> None:
    doc = parse_tml(TML)
    target = parse_timeline("Acme\n1\t2009-03-04\t42-2-opened\n2\t2009-03-04\t42-3-took\n")
    opened, took = doc.events[0], doc.events[1]
    first = _ev("a", "2009-03-04", "2009-03-04", ("42", opened.start, opened.end))
    second = _ev("b", "2009-03-04", "2009-03-04", ("42", took.start, took.end))
    listed_right = score_target(target, {"42": doc}, [first, second], [first, second])
    listed_wrong = score_target(target, {"42": doc}, [second, first], [second, first])
    assert (listed_right.pairs, listed_right.pairs_agree, listed_right.pairs_tied) == (1, 0, 1)
    assert (listed_right.pairs_listed, listed_wrong.pairs_listed) == (1, 0)
