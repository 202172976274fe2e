"""Hacking groups typed by what the story says of them (geo-dev's conventions): a group the
text places inside a state service is an Agency ("a group working for China's Ministry of
State Security", "operated under the FSB", "the SVR hackers", "a GRU hacking unit"); one the
text only links to a state ("linked to the SVR", "affiliated with the IRGC", "a North Korean
group") is an Organization, even where the gazetteer lists it as the state's unit, as
governments placed it there.

A placement is a phrase of ``inside_state_phrases`` (ontologies/entity-patterns.yaml) right
before a mention of a state's Agency, or ``state_unit_words`` right after one ("the SVR
hackers"). A group keeps or takes the Agency type when a placement stands in a sentence that
names it; a group the gazetteer lists as a state's Agency also keeps it when the story places
some group or unit inside a service of that same state ("a hacking group run by Russia's
military intelligence service ... The group, known as APT28,")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.shapes import sentence_bounds, sentence_start

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry
    from kg.types import Entity

_GROUP_NOUNS = frozenset({"group", "hackers"})  # the ``nouns`` of a hacking group's entry
_Placement = tuple[int, int, str | None, bool]  # sentence, token, state, speaks of groups
_PHRASE_REACH = 5  # words from the end of an inside phrase to the service it names


def retype_hacking_groups(reader: CandidateReader, entities: tuple[Entity, ...]) -> tuple:
    """``entities`` with each hacking group of the gazetteer typed by the story's placement."""
    groups = {e.id: entry for e in entities if (entry := _hacking_group(reader, e.id))}
    if not groups:
        return entities
    placements = _placements(reader, [e for e in entities if e.id not in groups])
    at = {
        e.id: [_token_at(reader, m.start) for m in e.mentions] for e in entities if e.id in groups
    }
    placed = _placed_groups(reader, placements, at)
    return tuple(
        _retyped(e, groups[e.id], placements, placed.get(e.id, [])) if e.id in groups else e
        for e in entities
    )


def _hacking_group(reader: CandidateReader, entity_id: str) -> GazetteerEntry | None:
    entry = reader.gazetteer.get(entity_id)
    if entry is None or entry.type not in ("Agency", "Organization"):
        return None
    return entry if _GROUP_NOUNS & set(entry.nouns) else None


def _placed_groups(
    reader: CandidateReader, placements: list[_Placement], at: dict[str, list[int]]
) -> dict[str, list[str | None]]:
    """The states each group is placed in: a placement is the group's whose mention in its
    sentence is nearest to it ("CARR and Sandworm, a hacking unit of Russia's GRU" places
    Sandworm, not CARR)."""
    placed: dict[str, list[str | None]] = {}
    for sentence, position, state, _ in placements:
        near = [
            (abs(i - position), group)
            for group, tokens in at.items()
            for i in tokens
            if sentence_start(reader.doc, i) == sentence
        ]
        if near:
            placed.setdefault(min(near)[1], []).append(state)
    return placed


def _retyped(
    group: Entity, entry: GazetteerEntry, placements: list[_Placement], direct: list[str | None]
) -> Entity:
    if entry.type == "Organization":
        if not direct:
            return group
        return replace(group, type="Agency", country=group.country or direct[0])
    kept = direct or any(
        state == entry.country and about_groups for _, _, state, about_groups in placements
    )
    return group if kept else replace(group, type="Organization")


def _placements(reader: CandidateReader, others: list[Entity]) -> list[_Placement]:
    """(sentence start, token, state, whether the sentence speaks of a group or unit) of each
    phrase placing something inside a state's Agency."""
    found = []
    lex = reader.lex
    for agency in (e for e in others if e.type == "Agency"):
        for mention in agency.mentions:
            start = _token_at(reader, mention.start)
            end = _token_at(reader, mention.end - 1) + 1
            unit_after = end < len(reader.lowers) and reader.lowers[end] in lex.state_unit_words
            if unit_after or _placed_before(reader, start):
                sentence = sentence_start(reader.doc, start)
                about = _about_groups(reader, sentence)
                found.append((sentence, start, agency.country, about))
    return found


def _placed_before(reader: CandidateReader, start: int) -> bool:
    """An inside phrase ends at most ``_PHRASE_REACH`` words before token ``start``, in its
    sentence: "working for China's Ministry of State Security", "operated under the FSB"."""
    first = max(sentence_start(reader.doc, start), start - _PHRASE_REACH)
    text = " " + " ".join(reader.lowers[first:start]) + " "
    return any(
        f" {phrase} " in text and f" of {phrase} " not in text  # "accused of working for"
        for phrase in reader.lex.inside_state_phrases
    )


def _about_groups(reader: CandidateReader, sentence: int) -> bool:
    """The sentence starting at token ``sentence`` speaks of a group, hackers or a unit."""
    words = reader.lex.state_unit_words | _GROUP_NOUNS
    end = next((e for s, e in sentence_bounds(reader.doc) if s == sentence), len(reader.lowers))
    return any(word in words for word in reader.lowers[sentence:end])


def _token_at(reader: CandidateReader, char: int) -> int:
    """Index of the token holding character offset ``char``."""
    span = reader.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
