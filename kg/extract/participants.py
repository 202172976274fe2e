"""Who did what to whom: participants of a trigger read from the dependency parse.

Roles (DESIGN 5.1): the subject, or the "by" agent of a passive, is the ``actor``; the object, the
passive subject and "against X" are ``target``; "to X" is the ``recipient``; a Platform reached by
"on/via/through/over/using" is the ``platform``; a Place or Country reached by "in/at" is the
``place``. Words are mapped to entities through the entity mentions' character offsets, so only
named entities become participants.

Coreference-lite: a pronoun subject that the entity stage did not resolve takes, in order, the
subject of the speech verb it is reported by ("China said it ..."), else the nearest entity of a
fitting type earlier in the same sentence, else the most recent actor in the previous sentence,
else the most recent entity mention of a fitting type in the previous sentence, else in the
preceding ~150 tokens ("he"/"she" ->
Official/Person; "it" -> Agency/Country/Organization/Platform). An object pronoun ("charged
him") is resolved the same way, never to the verb's own subject. A definite description the
entity stage left unlinked ("the company", "the suspect"; nouns listed in triggers.yaml
``anaphoric_nouns``) takes the latest entity of a fitting type in the preceding ~150 tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.types import Entity, Participant, Span

ROLE_ORDER = ("actor", "target", "recipient", "platform", "place")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_PERSONAL = {
    "he": ("Official", "Person"),
    "she": ("Official", "Person"),
    "him": ("Official", "Person"),
    "her": ("Official", "Person"),
    "it": ("Agency", "Country", "Organization", "Platform"),
    "they": ("Agency", "Country", "Organization", "Platform", "Official", "Person"),
    "them": ("Agency", "Country", "Organization", "Platform", "Official", "Person"),
}
_PLATFORM_PREPS = frozenset({"on", "via", "through", "over", "across", "using", "from"})
_PLACE_PREPS = frozenset({"in", "at", "inside"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_ANAPHOR_WINDOW = 150  # tokens: about the previous paragraph
# "agencies in the US", "a spokesman for the embassy", "platforms like YouTube"
_HEAD_PREPS = frozenset({"in", "of", "for", "from", "like", "including"})


@dataclass(frozen=True)
class Hit:
    """An entity reached through one of its mentions."""

    entity: Entity
    mention: Span


class EntityIndex:
    """Token index -> the entity mention covering that token."""

    def __init__(
        self,
        doc,
        entities: tuple[Entity, ...],
        anaphors: dict[str, tuple[str, ...]] | None = None,
        report_verbs: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.anaphors = anaphors or {}  # "company" -> ("Organization", "Platform")
        self.report_verbs = report_verbs  # "it was reported/said/believed": "it" is no entity
        self._by_token: dict[int, Hit] = {}
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for tok in span or ():
                    self._by_token.setdefault(tok.i, Hit(entity, mention))

    def at(self, tok) -> Hit | None:
        return self._by_token.get(tok.i)

    def in_range(self, start: int, end: int) -> list[Hit]:
        """Hits in doc tokens [start, end), in text order, one per mention."""
        hits: list[Hit] = []
        for i in range(start, end):
            hit = self._by_token.get(i)
            if hit is not None and hit not in hits:
                hits.append(hit)
        return hits

    def latest_before(self, i: int, types: tuple[str, ...], window: int) -> Hit | None:
        """The closest mention of one of ``types`` in the ``window`` tokens before token i."""
        for j in range(i - 1, max(-1, i - 1 - window), -1):
            hit = self._by_token.get(j)
            if hit is not None and hit.entity.type in types:
                return hit
        return None


def np_entities(tok, index: EntityIndex, depth: int = 0) -> list[Hit]:
    """Entities a noun phrase headed by ``tok`` stands for.

    "the CIA" -> CIA; "a CIA spokesperson", "Chinese agents" -> the modifier's entity; "agencies
    in the US and Britain" -> both countries; conjuncts and appositions add theirs.
    """
    hits: list[Hit] = []
    own = index.at(tok)
    if own is not None:
        hits.append(own)
    elif depth < 2:
        for child in tok.children:
            if child.dep_ in _MODIFIER_DEPS and (hit := index.at(child)):
                hits.append(hit)
        if not hits:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in _HEAD_PREPS:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            hits.extend(np_entities(pobj, index, depth + 1))
    for child in tok.children:
        if child.dep_ in ("conj", "appos") and depth < 3:
            hits.extend(np_entities(child, index, depth + 1))
    return _unique(hits)


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.entity.id not in seen:
            seen.add(hit.entity.id)
            out.append(hit)
    return out


@dataclass
class RoleContext:
    """What pronoun resolution may look back at."""

    previous_actors: list[Hit]  # actors of events in the previous sentence, latest last
    previous_hits: list[Hit]  # entity mentions of the previous sentence, in text order
    # every earlier actor with the token index of its event's trigger, latest last
    recent_actors: list[tuple[int, Hit]] = field(default_factory=list)


def find_roles(match, doc, index: EntityIndex, context: RoleContext) -> dict[str, list[Hit]]:
    """Participants of a trigger, by role, each list in text order without duplicates."""
    roles: dict[str, list[Hit]] = {r: [] for r in ROLE_ORDER}
    head = doc[match.head]
    verb = doc[match.light_verb] if match.light_verb is not None else head
    actor_hits, target_hits = _clause_roles(verb, index, context)
    roles["actor"].extend(actor_hits)
    roles["target"].extend(target_hits)
    if match.nominal:
        _noun_roles(head, index, roles)
    host = _host_verb(head) if match.nominal else _host_verb_of_participle(verb)
    if host is not None and not roles["actor"]:
        roles["actor"].extend(_clause_roles(host, index, context)[0])
    for anchor in (verb,) if verb is head else (verb, head):  # an ordered pair: deterministic
        _prep_roles(anchor, index, roles)
    # A city or region does not act or suffer: it is where things happen.
    for role in ("actor", "target"):
        roles["place"].extend(h for h in roles[role] if h.entity.type == "Place")
        roles[role] = [h for h in roles[role] if h.entity.type != "Place"]
    return {role: _unique(hits) for role, hits in roles.items()}


def _host_verb(noun):
    """ "said in a statement", "accused X in an interview": the verb whose prepositional
    phrase holds the event noun; its subject is the noun's actor."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "during", "with"):
        verb = prep.head
        if verb.pos_ == "VERB":
            return verb
    return None


def _host_verb_of_participle(verb):
    """ "In videos posted on YouTube, the CIA outlined ...": an agentless participle on a noun
    inside the prepositional phrase of a clause; that clause's subject is its actor."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a series of videos posted"
        noun = noun.head.head
    return _host_verb(noun)


def _clause_roles(verb, index: EntityIndex, context: RoleContext) -> tuple[list[Hit], list[Hit]]:
    actors: list[Hit] = []
    targets: list[Hit] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            actors.extend(_subject(child, verb, index, context))
        elif child.dep_ == "nsubjpass":
            targets.extend(_subject(child, verb, index, context))
        elif child.dep_ == "agent":
            for pobj in child.children:
                actors.extend(np_entities(pobj, index))
        elif child.dep_ in ("dobj", "dative") and verb.pos_ != "NOUN":
            targets.extend(
                _through_quantifier(child, index)
                or _object_pronoun(child, verb, index, context)
                or definite_description(child, index, context)
            )
    has_subject = any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    if verb.dep_ in ("acl", "relcl") and not has_subject:
        # A participle on a noun: passive "an official contacted by agents" makes the noun the
        # target, active "accounts spreading lies" makes it the actor.
        if verb.tag_ == "VBN" and not targets:
            targets.extend(_head_noun(verb, index))
        elif verb.tag_ != "VBN" and not actors:
            actors.extend(_head_noun(verb, index))
    if not actors and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        inherited, passive = _inherited_subject(verb, index, context)
        # "Smith was arrested and charged": a bare participle shares the passive subject,
        # which it acts on.
        passive = (
            passive and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
        )
        (targets if passive else actors).extend(inherited)
    if not targets and verb.pos_ == "VERB":
        targets.extend(_shared_object(verb, index, context))
    return actors, targets


def _shared_object(verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "The FBI arrested and charged Smith": a verb with nothing after it but "and" and a
    second verb shares that verb's object."""
    after = [c for c in verb.children if c.i > verb.i]
    if not after or any(c.dep_ not in ("cc", "conj", "punct") for c in after):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    for conj in after:
        if conj.dep_ == "conj" and conj.pos_ == "VERB":
            if any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
                return []
            for obj in conj.children:
                if obj.dep_ == "dobj":
                    return _through_quantifier(obj, index) or definite_description(
                        obj, index, context
                    )
    return []


def _object_pronoun(tok, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "charged him with ...": an object pronoun the entity stage left unresolved."""
    if tok.pos_ != "PRON" or tok.lower_ not in _PERSONAL:
        return []
    return _resolve_pronoun(verb, _PERSONAL[tok.lower_], index, context, exclude=verb)


def _through_quantifier(tok, index: EntityIndex) -> list[Hit]:
    hits = np_entities(tok, index)
    if hits:
        return hits
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    hits.extend(np_entities(pobj, index))
    return hits


def _head_noun(verb, index: EntityIndex) -> list[Hit]:
    noun = verb.head
    own = index.at(noun)
    if own is not None:
        return [own]
    inside = set(t.i for t in verb.subtree)
    hits = [
        index.at(c)
        for c in noun.children
        if c.dep_ in _MODIFIER_DEPS and c.i not in inside and index.at(c)
    ]
    return _unique([h for h in hits if h is not None])


def _subject(tok, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    hits = np_entities(tok, index)
    if hits and index.at(tok) is None and all(h.entity.type == "Country" for h in hits):
        # "the U.S. firm said": the country only says where the firm is from; unresolved, a
        # firm is nobody we know, while "the German agency" stands for its state
        types = set(index.anaphors.get(tok.lemma_.lower(), ()))
        found = definite_description(tok, index, context)
        hits = found if found or (types and not types & {"Country", "Agency"}) else hits
    if hits:
        return hits
    word = tok.lower_
    if word in _RELATIVE and verb.dep_ == "relcl":
        return np_entities(verb.head, index)
    if word == "it" and (
        any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        or (tok.dep_ == "nsubjpass" and verb.lemma_.lower() in index.report_verbs)
    ):
        return []  # "it was reported that ...": "it" stands for the clause, not an entity
    if tok.pos_ == "PRON" and word in _PERSONAL:
        return _resolve_pronoun(verb, _PERSONAL[word], index, context)
    return definite_description(tok, index, context)


def definite_description(tok, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "the company", "the group", "the suspect": the latest actor of a fitting type, else the
    latest mention of one in the preceding text (about a paragraph), when the entity stage left
    the phrase unlinked. Actors first: "the group" is the hacking group the story is about,
    not an organisation it merely named."""
    types = index.anaphors.get(tok.lemma_.lower())
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if not types or not definite:
        return []
    for position, hit in reversed(context.recent_actors):
        if tok.i - position > _ANAPHOR_WINDOW:
            break
        if hit.entity.type in types:
            return [hit]
    hit = index.latest_before(tok.i, types, _ANAPHOR_WINDOW)
    return [hit] if hit is not None else []


def _inherited_subject(verb, index: EntityIndex, context: RoleContext) -> tuple[list[Hit], bool]:
    """Subjects shared through coordination, raising and control: "X arrested and charged Y",
    "X is said to have issued", "Speaking to Bloomberg, X said", "arrested X for spying";
    with True when the shared subject is a passive one ("X was arrested and charged")."""
    current = verb
    for _ in range(3):
        dep, head = current.dep_, current.head
        if head is current:
            return [], False
        if dep in ("conj", "xcomp", "advcl"):
            for child in head.children:
                if child.dep_ in _SUBJECT_DEPS:
                    passive = dep == "conj" and child.dep_ == "nsubjpass"
                    return _subject(child, head, index, context), passive
            current = head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "for":
            governor = head.head
            for child in governor.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    return np_entities(child, index), False
        return [], False
    return [], False


def _resolve_pronoun(
    verb, types, index: EntityIndex, context: RoleContext, exclude=None
) -> list[Hit]:
    speech = verb
    while speech.dep_ in ("ccomp", "conj") and speech.head is not speech:
        speech = speech.head
        for child in speech.children:
            if child.dep_ == "nsubj" and (hits := np_entities(child, index)):
                fitting = [h for h in hits if h.entity.type in types]
                if fitting:
                    return fitting[:1]
    # The object of a verb is not its own subject: "the FBI arrested him" is not the FBI.
    own_subject = set()
    if exclude is not None:
        for child in exclude.children:
            if child.dep_ == "nsubj":
                own_subject = {h.entity.id for h in np_entities(child, index)}
    before = [h for h in index.in_range(verb.sent.start, verb.i) if h.mention.end <= verb.idx]
    for pool in (before, context.previous_actors, context.previous_hits):
        for hit in reversed(pool):
            if hit.entity.type in types and hit.entity.id not in own_subject:
                return [hit]
    # "Jobs opened the show. He demoed a widget. He said ...": the story's subject is still
    # the one meant when the sentences between name nobody of a fitting type.
    start = verb.sent.start
    earlier = index.latest_before(start, types, _ANAPHOR_WINDOW)
    if earlier is not None and earlier.entity.id not in own_subject:
        return [earlier]
    return []


def _noun_roles(noun, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """ "Russia's invasion of Ukraine", "the arrest of X by Y", "CIA's campaign", "talks
    between X and Y" (the first named is the actor, the others the targets)."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and index.at(child)):
            roles["actor"].extend(np_entities(child, index))
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "between", "among"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                hits = np_entities(pobj, index)
                if child.lower_ in ("between", "among"):
                    roles["actor"].extend(hits[:1])
                    roles["target"].extend(hits[1:])
                else:
                    roles["target" if child.lower_ == "of" else "actor"].extend(hits)


def _prep_roles(anchor, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    for child in anchor.children:
        word = child.lower_
        if child.dep_ in ("advcl", "xcomp", "acl") and child.lemma_ == "use":
            objects = [c for c in child.children if c.dep_ == "dobj"]
            _assign(objects, index, roles, "platform", only_platforms=True)
        if child.dep_ != "prep":
            continue
        pobjs = [c for c in child.children if c.dep_ == "pobj"]
        if word in ("against", "into"):  # "hacked into X", "a probe into X"
            _assign(pobjs, index, roles, "target")
        elif word == "to":
            _assign(pobjs, index, roles, "recipient")
        elif word == "with":
            _assign(pobjs, index, roles, "target")
        elif word in _PLATFORM_PREPS:
            _assign(pobjs, index, roles, "platform", only_platforms=True)
            if word == "on":
                _assign(pobjs, index, roles, "target", skip_platforms=True)
        if word in _PLACE_PREPS:
            for pobj in pobjs:
                roles["place"].extend(
                    h for h in np_entities(pobj, index) if h.entity.type in ("Place", "Country")
                )


def _assign(toks, index, roles, role, only_platforms=False, skip_platforms=False) -> None:
    for tok in toks:
        for hit in np_entities(tok, index):
            is_platform = hit.entity.type == "Platform"
            if (only_platforms and not is_platform) or (skip_platforms and is_platform):
                continue
            roles[role].append(hit)


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
