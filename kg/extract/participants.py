"""Who did what to whom: participants of a trigger read from the dependency parse.

Roles (DESIGN 5.1): the subject, or the "by" agent of a passive, is the ``actor``; the object, the
passive subject and "against X" are ``target``; "to X" is the ``recipient``; a Platform reached by
"on/via/through/over/using" is the ``platform``; a Place or Country reached by "in/at" is the
``place``. Words are mapped to entities through the entity mentions' character offsets, so only
named entities become participants.

A pronoun or definite description that the entity stage left unresolved is resolved by
``kg.extract.reference`` (coreference-lite), never to the verb's own subject.
"""

from __future__ import annotations

from kg.extract.misparse import (
    adverb_name,
    attribution_subject,
    declared_as,
    headline_passive_verb,
    inverted_speaker,
    renamed_noun,
    stranded_subject,
    tied_subject,
)
from kg.extract.modified_nouns import names_platform_of, related_only
from kg.extract.phrase_roles import (
    accused_by_link,
    charged_with,
    indirect_targets,
    meeting_partners,
    noun_roles,
    occasion_partners,
    owners_named_by,
    prep_roles,
    renamed_subjects,
    served_bodies,
    served_not_targets,
)
from kg.extract.place_roles import places_not_targets
from kg.extract.reference import (
    MEMBER_PREPS,
    MODIFIER_DEPS,
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    np_entities,
    unique,
)
from kg.extract.sourced_measures import reporting_body
from kg.extract.subjects import SUBJECT_DEPS, inherited_subject, subject_hits
from kg.extract.verb_objects import (
    object_hits,
    passive_owner,
    prepositional_target,
    shared_object,
)
from kg.types import Participant

ROLE_ORDER = ("actor", "target", "recipient", "platform", "place")
# Hostile acts whose noun a victim may modify: "the SolarWinds hack", "the Acme breach".
_VICTIM_TYPES = frozenset({"Attack", "CyberOperation"})
# Acts whose indirect object suffers what is given: "handed him a ten-year sentence".
_SUFFERED_GIFTS = frozenset({"Conviction"})


def find_roles(
    match, doc, index: EntityIndex, context: RoleContext, relatives: frozenset[str] = frozenset()
) -> dict[str, list[Hit]]:
    """Participants of a trigger, by role, each list in text order without duplicates;
    ``relatives`` are nouns of people related to a possessor ("Smith's rival"), who is then no
    participant."""
    roles: dict[str, list[Hit]] = {r: [] for r in ROLE_ORDER}
    head = doc[match.head]
    verb = doc[match.verb]
    actor_hits, target_hits = _clause_roles(verb, index, context)
    inverted = inverted_speaker(verb) if match.statement else None
    speaker = np_entities(inverted, index) if inverted is not None else []
    if speaker:
        ids = {h.entity.id for h in speaker}
        actor_hits, target_hits = speaker, [h for h in target_hits if h.entity.id not in ids]
    roles["actor"].extend(actor_hits)
    # "told Reuters", "Parliament was told": who is spoken to receives, nothing is done to it
    roles["recipient" if match.addressee else "target"].extend(target_hits)
    # "gave Ukraine 10 million euros", "sent Kyiv equipment": the indirect object receives;
    # a sentence given is suffered ("gave him a five-year sentence")
    given = "target" if match.type in _SUFFERED_GIFTS else "recipient"
    for child in verb.children if verb.pos_ != "NOUN" else ():
        if child.dep_ == "dative":
            roles[given].extend(object_hits(child, verb, index, context))
    if match.nominal:
        noun_roles(head, index, roles, match.possessor, match.type in _VICTIM_TYPES)
        if match.type == "Meeting":
            roles["target"].extend(meeting_partners(head, index))
    host = _host_verb(head) if match.nominal else _host_verb_of_participle(verb)
    accused = charged_with(head, index) if match.nominal else None
    if accused is not None and not roles["actor"]:
        roles["actor"].extend(accused)  # "charged X with a cyberattack": X's, not the FBI's
    elif host is not None and not roles["actor"]:
        host_actors, host_subjects = _clause_roles(host, index, context)
        # "officers of the GRU were involved in the explosions": who took part did it
        taking_part = host.lemma_.lower() in _TAKING_PART
        roles["actor"].extend(host_actors or (host_subjects if taking_part else []))
    for anchor in (verb,) if verb == head else (verb, head):  # an ordered pair: deterministic
        prep_roles(anchor, index, roles)
    if match.nominal and match.type in _VICTIM_TYPES and not roles["target"]:
        roles["target"].extend(_struck_at(head, index))
    if not roles["target"]:
        roles["target"].extend(prepositional_target(verb, head, index, context))
    if match.type in ("Accusation", "Attribution") and not match.nominal:
        accused_by_link(verb, index, roles)
    if match.type not in _VICTIM_TYPES:  # "struck a depot in Ukraine" still hits Ukraine
        places_not_targets(roles, head.doc)  # "dismantled routers in the United States"
    if match.type == "Espionage":
        served_not_targets(roles, head.doc)  # "carried out surveillance for Russia"
        served = {h.entity.id for h in roles["recipient"]}
        roles["recipient"] += [h for h in served_bodies(verb, index) if h.entity.id not in served]
    # A city or region does not act, suffer or receive: it is where things happen.
    for role in ("actor", "target", "recipient"):
        roles["place"].extend(h for h in roles[role] if h.entity.type == "Place")
        roles[role] = [h for h in roles[role] if h.entity.type != "Place"]
    sent = head.sent
    for role in ("actor", "target", "recipient"):
        roles[role] = [h for h in roles[role] if not related_only(h, sent, index, relatives)]
    # "removed 37 Facebook accounts": the platform the accounts are on, not what is acted on
    on_platform = [h for h in roles["target"] if names_platform_of(h, sent, index)]
    roles["platform"].extend(on_platform)
    roles["target"] = [h for h in roles["target"] if h not in on_platform]
    indirect_targets(match, verb, index, roles)  # "accounts linked to China", "to block X"
    if match.type != "Meeting":  # "denounced the plan at a meeting with X": X is no target
        partners = {h.entity.id for h in occasion_partners(verb, index)}
        roles["target"] = [h for h in roles["target"] if h.entity.id not in partners]
    # "A woman was held, according to the police service": the state body telling its measure
    roles["actor"] += reporting_body(match, doc, index, context, roles)
    return {role: unique(hits) for role, hits in roles.items()}


def _struck_at(noun, index: EntityIndex) -> list[Hit]:
    """ "the intrusion at Acme", "a bombing at the embassy of France": who or what an attack or
    hack noun was at is what it struck (a town there is only where: dropped by the caller)."""
    host = _host_verb(noun)
    # "X was behind the break-in at Acme": the parser may hang "at Acme" on "was"
    owners = (noun, host) if host is not None and host.lemma_ == "be" else (noun,)
    return [
        hit
        for owner in owners
        for prep in owner.children
        if prep.dep_ == "prep" and prep.lower_ == "at"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for hit in np_entities(pobj, index)
    ]


# Passive hosts whose subject took part in the act noun: "were involved in the explosions"
_TAKING_PART = frozenset({"involve", "implicate"})
# "said in a statement", "during talks", "denounced it at a meeting with X"
_HOST_PREPS = frozenset({"in", "during", "with", "at"})


def _host_verb(noun):
    """ "said in a statement", "accused X in an interview", "was behind the hack": the verb
    whose prepositional phrase holds the event noun; its subject is the noun's actor."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    verb = prep.head
    if prep.dep_ == "prep" and prep.lower_ in _HOST_PREPS and verb.pos_ == "VERB":
        return verb
    # "Russia was behind the hack": who was behind it did it (the parser may call it advmod)
    if prep.lower_ == "behind" and verb.lemma_ == "be":
        return verb
    return None


def _host_verb_of_participle(verb):
    """ "In videos posted on YouTube, the CIA outlined ...": an agentless participle on a noun
    inside the prepositional phrase of a clause; that clause's subject is its actor."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    # A clause of its own ("a statement that Acme was hacked") is no bare participle.
    if any(c.dep_ in ("agent", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a series of videos posted"
        noun = noun.head.head
    return _host_verb(noun)


def _clause_roles(verb, index: EntityIndex, context: RoleContext) -> tuple[list[Hit], list[Hit]]:
    actors: list[Hit] = []
    targets: list[Hit] = []
    headline_passive = headline_passive_verb(verb)
    renamed = renamed_subjects(verb, index)
    declared = declared_as(verb)
    for child in verb.children:
        if child.i in renamed:
            continue
        if child.dep_ == "nsubj" and headline_passive:
            targets.extend(subject_hits(child, verb, index, context))
        elif child.dep_ == "nsubj":
            actors.extend(subject_hits(child, verb, index, context))
        elif child.dep_ == "nsubjpass":
            targets.extend(
                subject_hits(child, verb, index, context)
                or passive_owner(child, verb, index, context)
            )
        elif child.dep_ == "agent":
            for pobj in child.children:  # "by the agency": the one named before, as a subject
                actors.extend(
                    np_entities(pobj, index) or definite_description(pobj, index, context)
                )
        elif child.dep_ == "dobj" and verb.pos_ != "NOUN":
            targets.extend(object_hits(child, verb, index, context))
        elif child in declared and verb.pos_ != "NOUN":  # "declared Meta an extremist group"
            targets.extend(
                h for s in child.children if s.dep_ == "nsubj" for h in np_entities(s, index)
            )
        elif verb.pos_ != "NOUN" and _names_members(child):
            # "sanctioned ten people, among them Acme": the parse hangs the member on the verb
            targets.extend(np_entities(child, index))
        elif child.dep_ == "prep" and child.lower_ in MEMBER_PREPS and verb.pos_ != "NOUN":
            targets.extend(h for p in child.children for h in np_entities(p, index))
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    renamed = renamed_noun(verb)
    if renamed is not None:
        # "a website backed by a donor, the Daily Lantern, hired": the name is the website's
        named = np_entities(renamed, index)
        inside = {h.entity.id for h in named}
        actors = [h for h in actors if h.entity.id not in inside]
        targets = [h for h in targets if h.entity.id not in inside]
        (targets if verb.tag_ == "VBN" else actors).extend(named)
    if verb.dep_ in ("acl", "relcl") and not has_subject:
        # A participle on a noun: passive "an official contacted by agents" makes the noun the
        # target, active "accounts spreading lies" makes it the actor.
        if verb.tag_ == "VBN" and not targets:
            targets.extend(_head_noun(verb, index))
        elif verb.tag_ != "VBN" and not actors:
            actors.extend(_head_noun(verb, index))
    if not actors and not has_subject and (name := adverb_name(verb)) is not None:
        actors.extend(np_entities(name, index))  # "Cleverly linked": a name read as an adverb
    if not actors and not has_subject and verb.lemma_.lower() in index.report_verbs:
        attribution = attribution_subject(verb)
        actors.extend(subject_hits(attribution, verb, index, context) if attribution else [])
    if not actors and (tied := tied_subject(verb)) is not None:
        noun, tie = tied  # "hackers linked to Iran had breached": the parse split the subject
        actors.extend(np_entities(noun, index) or owners_named_by(tie, index))
    own_subject, stranded_passive = stranded_subject(verb)
    stranded = subject_hits(own_subject, verb, index, context) if own_subject is not None else []
    if stranded:
        (targets if stranded_passive else actors).extend(stranded)
    elif not actors and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        inherited, passive = inherited_subject(verb, index, context)
        # "Smith was arrested and charged": a bare participle shares the passive subject,
        # which it acts on (the tagger often calls it a past tense: "and extradited to");
        # so does a passive of its own ("after being arrested, Smith ...").
        own_passive = any(c.dep_ == "auxpass" for c in verb.children)
        participle = verb.tag_ == "VBN" or (passive and verb.tag_ == "VBD")
        passive = (passive or own_passive) and participle
        passive = passive and not any(c.dep_ == "dobj" for c in verb.children)
        (targets if passive else actors).extend(inherited)
    if not targets and verb.pos_ == "VERB":
        targets.extend(shared_object(verb, index, context))
    return actors, targets


def _names_members(tok) -> bool:
    # "charged nine nationals, among them five employees of Acme": the parser hangs the
    # members on the verb as a bare noun phrase (npadvmod, or an unlabelled dep)
    return tok.dep_ in ("npadvmod", "dep") and any(
        c.dep_ == "prep" and c.lower_ in MEMBER_PREPS for c in tok.children
    )


def _head_noun(verb, index: EntityIndex) -> list[Hit]:
    noun = verb.head
    if noun.dep_ == "appos" and (hits := np_entities(noun.head, index)):
        return hits  # "Smith, a missionary who was held": Smith
    if noun.dep_ == "attr":
        # "Smith is the first American to be detained": who the noun says Smith is
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subjects and (hits := np_entities(subjects[0], index)):
            return hits
    own = index.at(noun)
    if own is not None:
        return [own]
    inside = set(t.i for t in verb.subtree)
    modifiers = [
        index.at(c)
        for c in noun.children
        if c.dep_ in MODIFIER_DEPS and c.i not in inside and index.at(c)
    ]
    return unique([h for h in modifiers if h is not None])


def to_participants(roles: dict[str, list[Hit]]) -> tuple[Participant, ...]:
    """One participant per (role, entity); an entity already an actor is not also a target."""
    out: list[Participant] = []
    taken: set[str] = set()
    for role in ROLE_ORDER:
        for hit in roles.get(role, ()):
            if hit.entity.id in taken and role != "platform":
                continue
            taken.add(hit.entity.id)
            m = hit.mention
            out.append(Participant(role, hit.entity.id, m.text, m.start, m.end))
    return tuple(out)
