"""The rules of the trigger lexicon (``ontologies/triggers.yaml``): a verb rule and a noun rule,
each a word and what must hold around it for it to announce an event of its type, and how one
is read from its YAML entry. ``kg.extract.trigger_lexicon`` loads the whole lexicon."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VerbRule:
    lemmas: frozenset[str]
    type: str
    strength: float
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    statement: bool = False
    future: bool = False  # only an announced future act counts: "will retaliate"
    clausal: bool = False  # speech only when reporting words: "added that ...", '"...," he added'
    subjects: frozenset[str] = frozenset()  # who acts: "hackers targeted", "missiles hit"
    addressee: bool = False  # the object is who is spoken to: "told Reuters" (recipient)
    after: frozenset[str] = frozenset()  # joined to an earlier verb: "stole emails and leaked"
    naming: bool = False  # only with a subject of its own: "X called the move a farce"
    xcomps: frozenset[str] = frozenset()  # what it makes someone do: "ordered X to leave"
    whether: bool = False  # only asking whether: "examining whether Russia was behind"
    predicates: frozenset[str] = frozenset()  # what it makes its object: "made the hack public"
    # a participle describing a noun needs an agent: "a group tied to the SVR" only describes,
    # "a group tied by Microsoft to the SVR" is Microsoft's attribution
    agent_if_participle: bool = False
    never_participle: bool = False  # "hackers backed by China" only describes the hackers
    agentless: bool = False  # only a passive naming no doer: "its internal files were posted"
    alleged: bool = False  # only as what a charge names: "accused of working for Russia"
    wanted: bool = False  # not someone sought for a job: "seeking a man to lead its team"
    # its object is access to a named thing or a service, told of one actor: "restricted
    # access to Twitter" (not "limited access to its offices", "nations that restrict access")
    service_access: bool = False
    # what a naming or describing verb says its object is: "called the deal a feat of
    # diplomacy", "described the ban as illegal", "called the measures unfounded"
    complements: frozenset[str] = frozenset()
    # only on what a named body owns: "suspended Twitter's operations", "the operations of X"
    owned: bool = False
    # what it keeps its object from acting on: "barred banks from buying Russian bonds" (bond)
    barred: frozenset[str] = frozenset()
    # who receives it, the objects of its "to" phrase: "handed the files to a newspaper"
    recipients: frozenset[str] = frozenset()
    # who it is done with, the objects of its "with" phrase: "working with U.S. authorities"
    partners: frozenset[str] = frozenset()
    # what its object is when the verb is in another sense: "breached the contract" breaks a
    # promise, not a network (the rule does not hold then)
    unless_objects: frozenset[str] = frozenset()
    # who does it when the verb tells no act: "the sanctions freeze their assets", "the list,
    # which bars them from buying" say what a measure does, the measure is the act
    unless_subjects: frozenset[str] = frozenset()
    # what its "to" phrase names when the verb is in another sense: "pointed to arson" cites an
    # act, "pointed to Russia" names a doer
    unless_to: frozenset[str] = frozenset()
    # not in a relative clause saying what kind of person someone is: "users who criticised the
    # government", "a columnist who had criticised the kingdom"
    not_describing: bool = False
    # not as the clause another verb reports: "said it had concluded that X was behind" is one
    # telling of a finding, already read from the speech verb's clause
    unreported: bool = False

    @property
    def constrained(self) -> bool:
        return bool(
            self.particle
            or self.objects
            or self.preps
            or self.clausal
            or self.subjects
            or self.after
            or self.xcomps
            or self.whether
            or self.predicates
            or self.agentless
            or self.alleged
            or self.service_access
            or self.complements
            or self.owned
            or self.barred
            or self.recipients
            or self.partners
        )


@dataclass(frozen=True)
class NounRule:
    lemmas: frozenset[str]
    type: str | None
    strength: float
    standalone: bool = False
    modifiers: tuple[tuple[str, str], ...] = ()  # (modifier lemma, event type)
    possessor: str = "actor"  # role of a possessive: "Russia's invasion", "Smith's arrest"
    modified_only: bool = False  # no event without a listed modifier: "the closure of the road"
    refers_to: frozenset[str] = frozenset()  # more types "the <noun>" may point back to
    # only with one of these prepositions naming a thing: "the compromise of X's network", not
    # "reached a compromise" (with it, the noun stands alone or with a light verb)
    preps: frozenset[str] = frozenset()
    # the verbs that carry it instead of the shared light verbs: "opened a criminal case", not
    # "in a criminal case" nor "made the case"; "set up an inquiry"
    carriers: frozenset[str] = frozenset()
    # what its "of" phrase names when the noun is in another sense: "a breach of contract", "in
    # breach of sanctions" break a rule, they get into no network
    unless_of: frozenset[str] = frozenset()
    # verbs whose object it is when another act is the news: "the court rejected its appeal"
    # (the rejection), "heard the appeal"
    unless_held_by: frozenset[str] = frozenset()
    # acts it is only the reason of, as "at <noun>": "was arrested at the request of the United
    # States" tells the arrest; the request behind it is no event of its own
    unless_reason_of: frozenset[str] = frozenset()
    # not ranked in a series ("the first case brought under the new law" describes a case
    # told elsewhere, by its place among others: `rank_words`)
    unranked: bool = False
    # the type by who carries it out: "hackers launched an attack on the bank" (the light
    # verb's subject lemma -> type)
    doer_types: tuple[tuple[str, str], ...] = ()


def _lemmas(raw: dict) -> frozenset[str]:
    value = raw["lemma"]
    items = value if isinstance(value, list) else [value]
    return frozenset(str(v).lower() for v in items)


def verb_rule(raw: dict, default: float) -> VerbRule:
    return VerbRule(
        lemmas=_lemmas(raw),
        type=str(raw["type"]),
        strength=float(raw.get("strength", default)),
        particle=_particle(raw.get("particle")),
        objects=strings(raw, "objects"),
        preps=strings(raw, "preps"),
        statement=bool(raw.get("statement", False)),
        future=bool(raw.get("future", False)),
        clausal=bool(raw.get("clausal", False)),
        subjects=strings(raw, "subjects"),
        addressee=bool(raw.get("addressee", False)),
        after=strings(raw, "after"),
        naming=bool(raw.get("naming", False)),
        xcomps=strings(raw, "xcomps"),
        agent_if_participle=bool(raw.get("agent_if_participle", False)),
        never_participle=bool(raw.get("never_participle", False)),
        agentless=bool(raw.get("agentless", False)),
        alleged=bool(raw.get("alleged", False)),
        wanted=bool(raw.get("wanted", False)),
        service_access=bool(raw.get("service_access", False)),
        whether=bool(raw.get("whether", False)),
        predicates=strings(raw, "predicates"),
        complements=strings(raw, "complements"),
        owned=bool(raw.get("owned", False)),
        barred=strings(raw, "barred"),
        recipients=strings(raw, "recipients"),
        partners=strings(raw, "partners"),
        unless_objects=strings(raw, "unless_objects"),
        unless_subjects=strings(raw, "unless_subjects"),
        unless_to=strings(raw, "unless_to"),
        not_describing=bool(raw.get("not_describing", False)),
        unreported=bool(raw.get("unreported", False)),
    )


def strings(raw: dict, key: str) -> frozenset[str]:
    # A YAML alias of a named word list inside a list ("[*service_facets, upload]") adds its
    # words. YAML 1.1 reads a bare `on`, `off`, `yes`, `no` as a boolean: they must be quoted.
    values = [w for v in raw.get(key) or () for w in (v if isinstance(v, list) else [v])]
    if any(isinstance(v, bool) for v in values):
        raise ValueError(f"{key} {values!r}: quote on/off/yes/no, YAML reads them as booleans")
    return frozenset(str(v).lower() for v in values)


def _particle(value) -> str | None:
    # YAML 1.1 reads a bare `off`/`on` as a boolean: the entry must quote it.
    if value is not None and not isinstance(value, str):
        raise ValueError(f"particle {value!r} must be a quoted string")
    return value


def noun_rule(raw: dict, default: float) -> NounRule:
    modifiers = tuple(
        sorted((str(k).lower(), str(v)) for k, v in (raw.get("modifiers") or {}).items())
    )
    if raw.get("type") is None and not modifiers:
        raise ValueError(f"noun {raw.get('lemma')} needs a type or modifiers")
    return NounRule(
        lemmas=_lemmas(raw),
        type=raw.get("type"),
        strength=float(raw.get("strength", default)),
        standalone=bool(raw.get("standalone", False)),
        modifiers=modifiers,
        possessor=_possessor(raw.get("possessor", "actor")),
        modified_only=bool(raw.get("modified_only", False)),
        refers_to=frozenset(str(t) for t in raw.get("refers_to") or ()),
        preps=strings(raw, "preps"),
        carriers=strings(raw, "carriers"),
        unless_of=strings(raw, "unless_of"),
        unless_held_by=strings(raw, "unless_held_by"),
        unless_reason_of=strings(raw, "unless_reason_of"),
        unranked=bool(raw.get("unranked", False)),
        doer_types=tuple(
            sorted((str(k).lower(), str(v)) for k, v in (raw.get("doer_types") or {}).items())
        ),
    )


def _possessor(value) -> str:
    if value not in ("actor", "target"):
        raise ValueError(f"possessor {value!r} must be actor or target")
    return value
