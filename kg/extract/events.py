"""Events of one article: triggers typed by the lexicon, participants, modality, date, evidence.

``extract_events`` walks the sentences of a parsed article once. For each trigger
(kg.extract.triggers) it reads participants (kg.extract.participants), modality and speaker
(kg.extract.modality) and date (kg.extract.dating), then:

- plain speech ("said", "told") becomes a Statement only when the speaker is a named entity
  (not a place), and not when its clause reports the speaker's own act ("X said it rejected
  ...", "Twitter said it removed ...");
- an event needs at least one named participant besides places;
- a generic event noun that points back ("the campaign", "the agency's latest drive") is another
  mention of the latest event of its family; "a similar effort" is a new event of that type;
- one happening mentioned twice (same type, overlapping actors or targets, compatible dates,
  same polarity; two verbs also need the same targets) is one event whose ``mentions`` keep
  the further trigger spans; the best date wins.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.alleged_acts import alleged_act
from kg.extract.borrowed_dates import (
    borrow_dates,
    date_from_statements,
    date_from_tied_acts,
    tied_actors,
)
from kg.extract.charge_retellings import charges_told_again
from kg.extract.criticised_acts import doers_criticised
from kg.extract.dating import (
    SentenceTimes,
)
from kg.extract.definite_nouns import unowned_definite
from kg.extract.denied_acts import denied_acts_folded
from kg.extract.folding import (
    folded_participles,
    merged_mentions,
    statements_as_vehicles,
    without_redundant_statements,
)
from kg.extract.generic_mentions import typed
from kg.extract.labels import Wording, label, short_name, wording_of
from kg.extract.modality import modality_of
from kg.extract.named_retellings import counted_role, joined_named_retellings
from kg.extract.participants import find_roles, to_participants
from kg.extract.placed_acts import decided_in_a_body, measured_by_the_state, served_only
from kg.extract.placed_acts import placed as placed_act
from kg.extract.pronouns import main_doers, main_subject_tokens, main_subjects, titled_subjects
from kg.extract.reference import (
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    np_entities,
    spoken_for,
)
from kg.extract.shapes import sentences
from kg.extract.speakers import denied_clause, speaker_token
from kg.extract.told_acts import tellings_as_accusations
from kg.extract.told_claims import claims_as_accusations
from kg.extract.told_content import content_mentions
from kg.extract.told_types import told_type, vehicle_nouns
from kg.extract.trigger_dates import date_time_sharers, merged_lenders, trigger_date
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.triggers import (
    TriggerMatch,
    find_triggers,
    trigger_candidates,
)
from kg.extract.unnamed_bodies import with_unnamed_body
from kg.linebreaks import doc_text
from kg.types import Article, Entity, Event, EventDate, Span, Timex

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

# Who can make a Statement: any named entity but a place.
SPEAKER_TYPES = frozenset({"Agency", "Official", "Person", "Country", "Organization", "Platform"})
_NAMED_ROLES = frozenset({"actor", "target", "recipient", "platform"})


@dataclass
class _Draft:
    """An event being built; frozen into an ``Event`` at the end."""

    type: str
    match: TriggerMatch
    trigger: Span
    sentence: Span
    roles: dict[str, list[Hit]]
    date: EventDate
    negated: bool
    hedged: bool
    attributed_to: str | None
    date_from_text: bool
    wording: Wording  # what happened, in words, for the label
    inherited_actor: bool = False
    distinct_from: int | None = None  # index of a draft this one must not merge into
    refers_back: bool = False  # "the sanctions", "the arrest": the latest such event
    stated: bool = False  # made in a statement it absorbed ("a statement calling out X")
    tied_to: frozenset[str] = frozenset()  # whose act "after/when" dates it ("after X voted")
    sentence_no: int = 0  # the article's sentences, counted from 0
    news_of_the_day: bool = False  # a telling as the news reports it: "X said", not "had said"
    mentions: list[Span] = field(default_factory=list)
    mention_only: bool = False  # "the breach, which began in May": naming no one, only a mention
    counted: str | None = None  # the role of counted, unnamed people: "three nationals were ..."
    placed: bool = False  # known by where it was done: "two men were arrested in Warsaw"
    claim: bool = False  # a telling made an accusation by the aim it tells (told_claims)

    def ids(self, role: str) -> set[str]:
        return {h.entity.id for h in self.roles.get(role, ())}


def extract_events(
    doc,
    article: Article,
    entities: tuple[Entity, ...],
    timexes: tuple[Timex, ...] | list[Timex],
    lexicon: Lexicon,
    taxonomy: dict,
    called: Mapping[str, frozenset[str]] | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[Event, ...]:
    """Events of ``article`` from its parsed ``doc`` (one spaCy Doc of ``article.text``);
    ``called`` gives the common nouns known entities may be called by (``called_by``), and
    ``gazetteer`` the one they were read with (else the bundled one, read when needed)."""
    index = EntityIndex(
        doc,
        tuple(entities),
        dict(lexicon.anaphoric_nouns),
        lexicon.speech_lemmas | lexicon.hedge_governors,
        called,
        lexicon.not_group_heads,
        dict(lexicon.doer_nouns),
        lexicon.tool_verbs,
        lexicon.service_facets | lexicon.access_nouns,
        gazetteer,
    )
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    drafts: list[_Draft] = []
    context = RoleContext([], [])
    recent_actors: list[tuple[int, Hit]] = []
    doers: dict[str, tuple[int, list[Hit]]] = {}
    candidates = trigger_candidates(doc, lexicon)
    text = doc_text(doc)
    for sentence_no, sent in enumerate(sentences(doc)):
        # the sentence's words sliced from the text: Span.text joins its tokens again
        sentence = Span(text[sent.start_char : sent.end_char], sent.start_char, sent.end_char)
        question = sentence.text.rstrip().endswith("?")
        matches = [] if question else find_triggers(sent, lexicon, candidates)
        anchors = {a for m in matches for a in m.anchors}
        times = SentenceTimes(doc, sent, _within(ordered, starts, sent), anchors, article.text)
        sentence_drafts = []
        for match in matches:
            draft = _draft(doc, match, index, context, times, sentence, lexicon, article, drafts)
            if draft is not None:
                draft.sentence_no = sentence_no
                sentence_drafts.append(draft)
        date_from_statements(doc, sentence_drafts, taxonomy)
        date_from_tied_acts(sentence_drafts, drafts)
        sentence_drafts = without_redundant_statements(doc, sentence_drafts)
        sentence_drafts = denied_acts_folded(doc, sentence_drafts, lexicon)
        sentence_drafts = _threats_as_warnings(doc, sentence_drafts, taxonomy)
        claims_as_accusations(doc, sentence_drafts, lexicon, index, context)
        sentence_drafts = folded_participles(doc, statements_as_vehicles(doc, sentence_drafts))
        tellings_as_accusations(doc, sentence_drafts, lexicon)
        content_mentions(doc, sentence_drafts)
        drafts.extend(sentence_drafts)
        actors = [h for d in sentence_drafts for h in d.roles["actor"]]
        recent_actors.extend((d.match.head, h) for d in sentence_drafts for h in d.roles["actor"])
        doers.update(
            {d.type: (d.match.head, d.roles["actor"]) for d in sentence_drafts if d.roles["actor"]}
        )
        subjects = main_subject_tokens(sent)
        context = RoleContext(
            actors,
            index.in_range(sent.start, sent.end),
            recent_actors,
            main_subjects(subjects, index),
            titled_subjects(subjects, index),
            dict(doers),
            main_doers(subjects, index),
        )
    borrow_dates(doc, drafts, article.published, taxonomy, lexicon.charge_nouns, ordered)
    drafts = charges_told_again(doc, drafts)
    merged = merged_mentions(doc, joined_named_retellings(doc, drafts), lexicon.series_nouns)
    date_time_sharers(doc, merged, merged_lenders(drafts, merged))  # the lede's act dated later
    return tuple(_freeze(d, article, taxonomy) for d in merged)


def _threats_as_warnings(doc, drafts: list[_Draft], taxonomy: dict) -> list[_Draft]:
    """ "Zakharova warned that Moscow would take further measures": the threat a warning
    reports is what the warning says, one event whose further mention it is (targets join)."""
    by_verb = {d.match.verb: d for d in drafts}
    kept = []
    for draft in drafts:
        verb = doc[draft.match.verb]
        host = by_verb.get(verb.head.i) if draft.match.future and verb.dep_ == "ccomp" else None
        if host is None or host is draft or _plover(host, taxonomy) != _plover(draft, taxonomy):
            kept.append(draft)
            continue
        host.mentions.append(draft.trigger)
        known = host.ids("target")
        host.roles["target"] += [h for h in draft.roles["target"] if h.entity.id not in known]
    return kept


def _plover(draft: _Draft, taxonomy: dict) -> str | None:
    event_type = taxonomy.get(draft.type)
    return event_type.plover if event_type is not None else None


def _within(ordered: list[Timex], starts: list[int], sent) -> list[Timex]:
    """The time expressions starting inside ``sent`` (binary search: linear in the article)."""
    return ordered[bisect_left(starts, sent.start_char) : bisect_right(starts, sent.end_char)]


def _draft(doc, match, index, context, times, sentence, lexicon, article, drafts) -> _Draft | None:
    mood = modality_of(doc, match, lexicon)
    if mood.skip or (mood.negated and match.statement):
        # "has not commented", "did not say when": speech that did not happen is no event.
        return None
    roles = find_roles(match, doc, index, context, lexicon.relational_nouns)
    event_type, roles, distinct_from, inherited = typed(doc, match, roles, drafts, lexicon)
    told = told_type(doc[match.head], lexicon) if event_type == "Statement" else None
    event_type = told[0] if told else event_type  # "said X should ...": an Appeal
    refers_back = match.nominal and not roles["target"] and unowned_definite(doc[match.head])
    placed = placed_act(doc, match, roles, lexicon)
    roles = measured_by_the_state(doc, match, event_type, roles)
    roles = decided_in_a_body(doc, match, roles, index)  # "was blocked in the Senate"
    roles = with_unnamed_body(doc, match, roles, index)  # "Police arrested two men"
    roles["target"] += doers_criticised(doc, match, roles, drafts, lexicon)  # "criticised the ban"
    named = any(roles[r] for r in _NAMED_ROLES) or placed
    # "the breach, which began in January": a bare definite noun retells an earlier such act
    mention_only = not named and refers_back and any(d.type == event_type for d in drafts)
    # "Three nationals were convicted": kept while the next sentences may name them
    counted = None if match.nominal else counted_role(doc, doc[match.verb], roles)
    if event_type is None or not (named or mention_only or counted):
        return None
    if served_only(roles) and not match.nominal and alleged_act(doc[match.verb]):
        return None  # "charged two men with spying for Beijing": only the charge is news
    if match.statement and not any(h.entity.type in SPEAKER_TYPES for h in roles["actor"]):
        return None
    if match.statement and _qualifies_a_noun(doc[match.verb]):
        return None
    speaker = speaker_token(doc, match, lexicon.speech_lemmas)
    speaker_hits = []
    if speaker is not None:  # "the company said", "a company spokesperson told Reuters"
        speaker_hits = (
            np_entities(speaker, index)
            or definite_description(speaker, index, context)
            or spoken_for(speaker, index, context)
        )
    date = trigger_date(doc, match, mood, speaker, times, article.published, lexicon.sending_verbs)
    start, end = doc[match.start].idx, doc[match.end - 1].idx + len(doc[match.end - 1])
    denied = denied_clause(doc[match.head], lexicon) if match.statement else None
    # "said the firm had never handed ...": the denied verb tells the denial too, and "in a
    # statement" the statement
    told_in = vehicle_nouns(doc[match.verb], lexicon) if match.statement else []
    further = [t for t in (denied, told and told[1], *told_in) if t is not None]
    return _Draft(
        type=event_type,
        match=match,
        trigger=Span(article.text[start:end], start, end),
        sentence=sentence,
        roles=roles,
        date=date,
        negated=mood.negated,
        hedged=mood.hedged,
        attributed_to=speaker_hits[0].entity.id if speaker_hits else None,
        date_from_text=date.source != "published",
        wording=wording_of(doc, match, dict(lexicon.participles)),
        inherited_actor=inherited,
        distinct_from=distinct_from,
        refers_back=refers_back,
        mention_only=mention_only,
        tied_to=tied_actors(doc, match, index, context),
        news_of_the_day=_a_telling(doc[match.verb], match) and _told_as_news(doc[match.verb]),
        mentions=[Span(t.text, t.idx, t.idx + len(t)) for t in further],
        counted=counted,
        placed=placed,
    )


def _qualifies_a_noun(verb) -> bool:
    """ "removed 400 accounts it said were run by a troll farm": speech in a relative clause
    whose reported clause is about the noun (its subject is the gap) says what the noun is;
    the speaker's claim is part of the act it qualifies, no telling of its own."""
    if verb.dep_ != "relcl":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        for clause in clauses
    )


# Acts done by saying something, whatever the verb's complement.
_SPOKEN_ACTS = frozenset({"Accusation", "Appeal"})
_FIRST_PERSON = frozenset({"i", "we"})


def _a_telling(verb, match: TriggerMatch) -> bool:
    """Speech, a verb reporting a clause ("He warned that Warsaw would take further steps"), or
    an accusation or appeal told with its verb ("The ministry accused X of failing to comply",
    "The agencies urged companies to patch"): what someone said, told as news."""
    if match.statement or (match.type == "Statement" and match.light_verb is not None):
        return True  # "said", "made the announcement", "issued a statement"
    if match.type in _SPOKEN_ACTS and not match.nominal:
        # "We urge Russia to ...": first-person words are a quotation, not the article's news
        return not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)
    return not match.nominal and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _told_as_news(verb) -> bool:
    """ "X said", "X says": a telling the article reports, not one it recalls ("had said") or
    describes ("anything X says")."""
    if verb.dep_ in ("relcl", "acl", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _freeze(d: _Draft, article: Article, taxonomy: dict) -> Event:
    event_type = taxonomy.get(d.type)
    plover = event_type.plover if event_type is not None else "STATEMENT"
    participants = to_participants(d.roles)
    return Event(
        id=f"{article.id}-{d.trigger.start}",
        type=d.type,
        plover=plover,
        label=label(participants, _names(d), d.wording, d.trigger.text),
        trigger=d.trigger,
        date=d.date,
        participants=participants,
        evidence=d.sentence,
        confidence=_confidence(d),
        negated=d.negated,
        hedged=d.hedged,
        attributed_to=d.attributed_to,
        mentions=tuple(sorted(set(d.mentions), key=lambda s: (s.start, s.end))),
    )


def _names(d: _Draft) -> dict[str, str]:
    return {h.entity.id: short_name(h.entity) for hits in d.roles.values() for h in hits}


def _confidence(d: _Draft) -> float:
    """Lexicon strength, raised by a named actor, a target and a date read from the text,
    lowered by hedging, an inherited actor and corroborated by further mentions."""
    score = d.match.strength
    score += 0.1 if d.roles["actor"] and not d.inherited_actor else -0.1
    score += 0.05 if d.roles["target"] or d.roles["recipient"] else 0.0
    score += 0.05 if d.date_from_text else 0.0
    score += 0.05 if d.mentions else 0.0
    score -= 0.2 if d.hedged else 0.0
    return round(min(0.95, max(0.05, score)), 2)
