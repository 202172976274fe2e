"""A parliament addressed by name alone ("Prime Minister Theresa May told parliament that ..."):
the parliament of the speaker's state, where an official reports to it. The speaker is the
verb's subject, or the person named last before a pronoun subject, and one the gazetteer knows
with a state; the body is that state's gazetteer parliament, listed after the state's demonym
or name ("British Parliament"). A step of ``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import body_of_state
from kg.extract.person_descriptions import last_person_before
from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader

# verbs of reporting to a body: "told parliament", "addressed parliament", "briefed parliament"
_ADDRESSING = frozenset({"tell", "address", "brief", "inform", "warn"})
_PARLIAMENT = "parliament"


def parliaments_addressed(reader: CandidateReader) -> None:
    """ "May told parliament on Wednesday": "parliament" with no article or modifier, the
    object of a verb of reporting, is the known parliament of the speaker's state; none when
    the speaker or the state's parliament is unknown."""
    doc = reader.doc
    for i in tokens_lowered(doc, (_PARLIAMENT,)):
        if not _addressed(doc[i]) or not reader.free(i, i + 1):
            continue
        state = _speaker_state(reader, doc[i].head)
        body = body_of_state(reader, state, "Parliament") if state is not None else None
        if body is not None:
            reader.add(i, i + 1, "Agency", gazetteer_id=body.id)


def _speaker_state(reader: CandidateReader, verb: Token):
    """The gazetteer state of the known person who is the verb's subject ("May told"), or who
    was named last before a pronoun subject ("She told")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        speaker = last_person_before(reader, subject.i)
    else:
        speaker = next(
            (
                c
                for c in reader.candidates
                if c.mention.type in ("Official", "Person")
                and c.mention.start <= subject.idx < c.mention.end
            ),
            None,
        )
    entry = reader.gazetteer.get(speaker.mention.gazetteer_id or "") if speaker else None
    return reader.gazetteer.get(entry.country) if entry and entry.country else None


def _addressed(token: Token) -> bool:
    """The bare noun is the object of a verb of reporting ("told parliament")."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in _ADDRESSING
        and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in token.children)
    )
