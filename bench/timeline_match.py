"""Matching a project timeline against SemEval-2015 Task 4 gold rows, and the figures of
bench/score_timeline.py (its docstring defines them). Pure functions over plain data: no kg
imports, so they are unit-tested on made-up rows (tests/test_score_timeline.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from timeline_gold import Document, GoldRow, Target, mention_spans

Spans = list[tuple[str, int, int]]  # (docid, start, end) in the plain text of bench/timeline_gold


@dataclass(frozen=True)
class Predicted:
    """One timeline event, reduced to what scoring needs."""

    id: str
    label: str
    date_value: str | None
    sort_date: str | None
    published: str | None
    merged: bool
    triggers: tuple[tuple[str, int, int, str], ...]  # (docid, start, end, text)
    date_text: str | None = None

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(t[0] for t in self.triggers)


@dataclass
class Score:
    rows: int = 0
    found: int = 0
    any_entity: int = 0
    entity_in_sentence: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    dated_found: int = 0
    text_dated: int = 0  # of the found dated rows, events with a date from their text
    date_right: int = 0
    date_right_dct: int = 0
    undated_found: int = 0
    pairs: int = 0
    pairs_agree: int = 0
    pairs_tied: int = 0  # same date on our side
    pairs_listed: int = 0  # agreeing by position in the timeline as listed (ties broken there)
    clusters: int = 0
    clusters_merged: int = 0
    groups: int = 0
    groups_merged: int = 0
    misses: Counter = field(default_factory=Counter)
    unknown_lemmas: Counter = field(default_factory=Counter)  # of rows missed for lack of them
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.misses.update(other.misses)
        self.unknown_lemmas.update(other.unknown_lemmas)


def row_spans(row: GoldRow, docs: dict[str, Document]) -> list[tuple[str, int, int]]:
    return [
        (m.docid, start, end)
        for m in row.mentions
        if m.docid in docs
        for start, end in mention_spans(docs[m.docid], m)
    ]


def matches(event: Predicted, spans: list[tuple[str, int, int]]) -> bool:
    return any(
        doc == d and start < e and s < end
        for doc, start, end, _ in event.triggers
        for d, s, e in spans
    )


def date_agrees(gold: str, predicted: str | None) -> bool:
    """The predicted TIMEX3 value, cut to the gold precision, equals the gold date; a coarser
    prediction does not."""
    if not predicted or not gold or gold.startswith("X"):
        return False
    known = gold.split("-X")[0].rstrip("-")  # "2008-03-XX" is month precision
    return len(predicted) >= len(known) and predicted[: len(known)] == known


def placed_on(event: Predicted) -> str | None:
    """The date the timeline draws the event on: its own date, else its publication date."""
    return event.date_value or event.published


def sort_key(event: Predicted) -> str:
    return event.sort_date or event.published or ""


def score_target(
    target: Target,
    docs: dict[str, Document],
    mine: list[Predicted],
    everything: list[Predicted],
    *,
    linked: bool = True,
    lemmas_of: Callable[[list[tuple[str, int, int]]], set[str]] = lambda spans: set(),
    lexicon: dict[str, str] | None = None,
    pronoun_subject: Callable[[Spans], bool] = lambda spans: False,
    entity_sentences: frozenset[tuple[str, int]] = frozenset(),
) -> Score:
    score = Score(rows=len(target.rows), predicted=len(mine))
    score.entity_in_sentence = sum(
        any((m.docid, m.sentence) in entity_sentences for m in row.mentions) for row in target.rows
    )
    spans = [row_spans(row, docs) for row in target.rows]
    hits: dict[int, Predicted] = {}
    for i, (row, row_span) in enumerate(zip(target.rows, spans, strict=True)):
        mine_hit = next((e for e in mine if matches(e, row_span)), None)
        any_hit = mine_hit or next((e for e in everything if matches(e, row_span)), None)
        score.any_entity += any_hit is not None
        if mine_hit is None:
            if any_hit is not None:
                reason = "event not linked to entity" if linked else "entity not recognised"
            else:
                reason = _why_no_event(lemmas_of(row_span), lexicon or {})
                if reason == "no event, lemma in lexicon" and pronoun_subject(row_span):
                    reason += ", pronoun subject"
                if reason.endswith("not in lexicon"):
                    score.unknown_lemmas.update(lemmas_of(row_span))
            score.misses[reason] += 1
            lemmas = "/".join(sorted(lemmas_of(row_span)))
            score.errors.append(
                f"  miss [{reason}] {row.order} {row.date} {_mentions(row)} (lemma {lemmas})"
            )
            continue
        hits[i] = mine_hit
        score.found += 1
        _score_date(score, row, mine_hit)
    all_spans = [s for row_span in spans for s in row_span]
    for event in mine:
        if matches(event, all_spans):
            score.predicted_matched += 1
        else:
            score.errors.append(f"  extra {event.sort_date} {event.label!r} {_triggers(event)}")
    _score_order(score, target, hits, mine)
    _score_clusters(score, target, spans, mine)
    return score


def _why_no_event(lemmas: set[str], lexicon: dict[str, str]) -> str:
    kinds = {lexicon[lemma] for lemma in lemmas if lemma in lexicon}
    if "plain" in kinds:
        return "no event, lemma in lexicon"
    if kinds:
        return "no event, lemma in lexicon only with an object/particle/prep"
    return "no event, lemma not in lexicon"


def _score_date(score: Score, row: GoldRow, event: Predicted) -> None:
    if not row.dated:
        score.undated_found += 1
        return
    score.dated_found += 1
    score.text_dated += event.date_value is not None
    score.date_right += date_agrees(row.date, event.date_value)
    right = date_agrees(row.date, placed_on(event))
    score.date_right_dct += right
    if not right:
        score.misses["found, date wrong"] += 1
        score.errors.append(
            f"  date {row.date} != {event.date_value or 'none'} from {event.date_text!r}"
            f" (published {event.published})"
            f" {_mentions(row)}"
        )


def _score_order(
    score: Score, target: Target, hits: dict[int, Predicted], mine: list[Predicted]
) -> None:
    position = {id(event): n for n, event in enumerate(mine)}
    dated = [i for i in sorted(hits) if target.rows[i].dated]
    for i, j in combinations(dated, 2):
        gold = target.rows[i].order - target.rows[j].order
        if gold == 0:
            continue
        ours_i, ours_j = sort_key(hits[i]), sort_key(hits[j])
        agree = (ours_i < ours_j) if gold < 0 else (ours_i > ours_j)
        listed_i, listed_j = position[id(hits[i])], position[id(hits[j])]
        score.pairs += 1
        score.pairs_agree += agree
        score.pairs_tied += ours_i == ours_j
        score.pairs_listed += (listed_i < listed_j) if gold < 0 else (listed_i > listed_j)
        if not agree:
            first, second = target.rows[i], target.rows[j]
            score.errors.append(
                f"  order: gold #{first.order} {first.date} vs #{second.order} {second.date},"
                f" ours {ours_i} vs {ours_j} ({_mentions(first)} / {_mentions(second)})"
            )


def _score_clusters(
    score: Score, target: Target, spans: list[list[tuple[str, int, int]]], mine: list[Predicted]
) -> None:
    """Gold rows (coreference) and ORDER groups (simultaneity) spanning several documents."""
    for row, row_span in zip(target.rows, spans, strict=True):
        if len(row.docs) > 1:
            score.clusters += 1
            merged = _merged_across(row_span, mine)
            score.clusters_merged += merged
            score.errors.append(f"  cross-doc row {_docs_found(row_span, mine)}: {_mentions(row)}")
    groups: dict[int, list[tuple[str, int, int]]] = {}
    for row, row_span in zip(target.rows, spans, strict=True):
        groups.setdefault(row.order, []).extend(row_span)
    for order, group in sorted(groups.items()):
        if len({doc for doc, _, _ in group}) > 1:
            score.groups += 1
            score.groups_merged += _merged_across(group, mine)
            score.errors.append(f"  cross-doc ORDER {order} {_docs_found(group, mine)}")


def _docs_found(spans: list[tuple[str, int, int]], mine: list[Predicted]) -> str:
    """Which of the documents have an event of ours, and whether one event spans several."""
    docs = sorted({d for d, _, _ in spans})
    found = sorted({d for d, s, e in spans if any(matches(ev, [(d, s, e)]) for ev in mine)})
    merged = "merged" if _merged_across(spans, mine) else "not merged"
    return f"docs {','.join(docs)}: events in {','.join(found) or 'none'}, {merged}"


def _merged_across(spans: list[tuple[str, int, int]], mine: list[Predicted]) -> bool:
    """One event of ours whose triggers cover gold mentions in two or more documents."""
    for event in mine:
        covered = {d for d, s, e in spans if matches(event, [(d, s, e)])}
        if len(covered) > 1:
            return True
    return False


def _mentions(row: GoldRow) -> str:
    return " ".join(str(m) for m in row.mentions)


def _triggers(event: Predicted) -> str:
    return " ".join(f"{d}:{t}@{s}" for d, s, _, t in event.triggers)


def merged_audit(everything: list[Predicted], targets: list[Target], docs) -> list[str]:
    """Each merged event of ours with the gold rows (any target) its member triggers fall on."""
    rows = [(t.name, row, row_spans(row, docs)) for t in targets for row in t.rows]
    lines = []
    for event in (e for e in everything if e.merged):
        gold = sorted(
            {
                f"{name} #{row.order} {row.date}"
                for name, row, spans in rows
                if matches(event, spans)
            }
        )
        lines.append(f"  merged {event.label!r} {_triggers(event)} -> gold {gold or 'none'}")
    return lines


def timeml_coverage(
    docs: dict[str, Document], everything: list[Predicted]
) -> tuple[int, int, int, int]:
    """TimeML EVENT tags any event of ours has a trigger on, of all tags; and our triggers on
    an EVENT tag, of all our triggers."""
    tags = [(d.docid, e.start, e.end) for d in docs.values() for e in d.events]
    covered = sum(any(matches(ev, [tag]) for ev in everything) for tag in tags)
    triggers = [(d, s, e, t) for ev in everything for d, s, e, t in ev.triggers]
    on_tags = sum(
        any(d == td and s < te and ts < e for td, ts, te in tags) for d, s, e, _ in triggers
    )
    return covered, len(tags), on_tags, len(triggers)
