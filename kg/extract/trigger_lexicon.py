"""The trigger lexicon, ``ontologies/triggers.yaml``: verb and noun rules that announce events,
and the word lists that modality and participants read (hedges, modals, anaphoric nouns ...).
Loaded once per process and checked against the event taxonomy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError

LEXICON_FILE = "triggers.yaml"


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


@dataclass(frozen=True)
class Lexicon:
    verbs: tuple[VerbRule, ...]
    nouns: tuple[NounRule, ...]
    light_verbs: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    hedge_governors: frozenset[str]
    modal_auxiliaries: frozenset[str]
    irrealis_governors: frozenset[str]
    realis_governors: frozenset[str]
    attempt_governors: frozenset[str]
    decision_governors: frozenset[str]
    undertaking_nouns: frozenset[str]
    prospect_governors: frozenset[str]
    striking_verbs: frozenset[str]
    urging_modals: frozenset[str]
    intolerance_verbs: frozenset[str]
    negation_words: frozenset[str]
    similarity_words: frozenset[str]
    negated_statement_type: str | None = None  # "said there was no collusion" -> Denial
    urging_statement_type: str | None = None  # "said operators should patch" -> Appeal
    intolerance_statement_type: str | None = None  # "said it would not tolerate X" -> Warning
    penalty_statement_type: str | None = None  # "said users would face fines" -> Threat
    penalty_verbs: frozenset[str] = frozenset()  # "face", "risk"
    penalty_nouns: frozenset[str] = frozenset()  # "fine", "prosecution"
    # "told the hearing that the group had broken into X" -> Accusation of the group
    telling_of_acts_type: str | None = None
    told_act_types: frozenset[str] = frozenset()  # the acts whose telling accuses their doer
    anaphoric_nouns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "company" -> entity types
    doer_nouns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "hacker" -> event types
    press_requests: frozenset[str] = frozenset()  # "requests for comment": a reporter's asking
    relational_nouns: frozenset[str] = frozenset()  # "Smith's rival": someone else than Smith
    abstention_governors: frozenset[str] = frozenset()  # "refrained from", "held off on"
    barring_governors: frozenset[str] = frozenset()  # "barred X from selling"
    topic_governors: frozenset[str] = frozenset()  # "talks on sanctioning X": only a topic
    rank_words: frozenset[str] = frozenset()  # "the first journalist to be expelled": it was
    act_verbs: frozenset[str] = frozenset()  # "organised acts of sabotage": verbs of "acts of"
    not_group_heads: frozenset[str] = frozenset()  # "the Labour Party" is never "the group"
    accident_verbs: frozenset[str] = frozenset()  # "was killed in X": maybe no one's act
    series_nouns: frozenset[str] = frozenset()  # "a hacking campaign": many acts, told apart
    hostile_aims: frozenset[str] = frozenset()  # "said X is trying to sway voters": accuses X
    tool_verbs: frozenset[str] = frozenset()  # "used it to target X": "with" names the means
    service_facets: frozenset[str] = frozenset()  # "calls on WhatsApp": a part of the service
    access_nouns: frozenset[str] = frozenset()  # "access to X": X is what is acted on
    hostile_identities: frozenset[str] = frozenset()  # "said they were intelligence officers"
    decision_subjects: frozenset[str] = frozenset()  # "a court order will keep X in custody"
    sending_verbs: frozenset[str] = frozenset()  # "sent an agent to meet him in March"
    charge_nouns: frozenset[str] = frozenset()  # "was convicted of the same crime"
    generic_offenders: frozenset[str] = frozenset()  # "anyone who defied the ban"
    punishing_words: frozenset[str] = frozenset()  # "bring charges against anyone who"
    # verbs stopping what their object noun names: "suspended contacts with Russia" is no contact
    stopping_verbs: frozenset[str] = frozenset()
    # verbs laying an act on its doer: "blamed the bombing on China" (China struck nothing)
    blaming_verbs: frozenset[str] = frozenset()
    # nouns of a batch of measures or acts, seen through to the event noun they count:
    # "imposed several rounds of sanctions", "adopted a package of sanctions"
    batch_nouns: frozenset[str] = frozenset()
    participles: tuple[tuple[str, str], ...] = ()  # irregular: "take" -> "taken", "ban" -> "banned"

    @property
    def speech_lemmas(self) -> frozenset[str]:
        """Lemmas of plain speech verbs ("say", "tell", "report")."""
        return frozenset(lemma for r in self.verbs if r.statement for lemma in r.lemmas)

    @property
    def denial_lemmas(self) -> frozenset[str]:
        """Lemmas of verbs that deny what they govern ("deny", "refute"): unconstrained
        entries of the negated-statement type."""
        return frozenset(
            lemma
            for r in self.verbs
            if r.type == self.negated_statement_type and not r.constrained
            for lemma in r.lemmas
        )

    def types(self) -> set[str]:
        found = {r.type for r in self.verbs} | {r.type for r in self.nouns if r.type}
        found |= {self.negated_statement_type} if self.negated_statement_type else set()
        found |= {self.telling_of_acts_type} if self.telling_of_acts_type else set()
        found |= {t for t in (self.urging_statement_type, self.intolerance_statement_type) if t}
        found |= {self.penalty_statement_type} if self.penalty_statement_type else set()
        found |= self.told_act_types
        found |= {t for r in self.nouns for t in r.refers_to}
        found |= {t for r in self.nouns for _, t in r.doer_types}
        return found | {t for r in self.nouns for _, t in r.modifiers}


def load_lexicon(ontology_dir: Path, known_types: set[str] | None = None) -> Lexicon:
    """Read ``triggers.yaml``; with ``known_types``, check every type exists in the taxonomy."""
    lexicon = _load(Path(ontology_dir).resolve() / LEXICON_FILE)
    if known_types is not None:
        unknown = sorted(lexicon.types() - known_types)
        if unknown:
            raise ConfigError(
                f"{LEXICON_FILE} uses event types missing from the taxonomy: {', '.join(unknown)}",
                hint="add them to event-types.ttl or fix the lexicon",
            )
    return lexicon


@lru_cache(maxsize=4)
def _load(path: Path) -> Lexicon:
    import yaml

    from kg.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read trigger lexicon {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with 'verbs' and 'nouns'")
    default = float(data.get("default_strength", 0.6))
    try:
        verbs = tuple(_verb_rule(raw, default) for raw in data.get("verbs") or ())
        nouns = tuple(_noun_rule(raw, default) for raw in data.get("nouns") or ())
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: malformed trigger entry ({exc})") from None
    # Constrained rules first, so "shut ... accounts" wins over a bare "shut".
    verbs = tuple(sorted(verbs, key=lambda r: not r.constrained))
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        negated_statement_type=data.get("negated_statement_type"),
        urging_statement_type=data.get("urging_statement_type"),
        intolerance_statement_type=data.get("intolerance_statement_type"),
        penalty_statement_type=data.get("penalty_statement_type"),
        telling_of_acts_type=(data.get("telling_of_acts") or {}).get("type"),
        told_act_types=frozenset(str(t) for t in (data.get("telling_of_acts") or {}).get("of", ())),
        anaphoric_nouns=tuple(
            sorted((str(k), tuple(v)) for k, v in (data.get("anaphoric_nouns") or {}).items())
        ),
        doer_nouns=tuple(
            sorted((str(k), tuple(v)) for k, v in (data.get("doer_nouns") or {}).items())
        ),
        press_requests=_strings(data, "press_requests"),
        participles=tuple(
            sorted((str(k), str(v)) for k, v in (data.get("participles") or {}).items())
        ),
        **{key: _strings(data, key) for key in _WORD_LISTS},
    )


_WORD_LISTS = (
    "light_verbs",
    "hedge_adverbs",
    "hedge_adjectives",
    "hedge_governors",
    "modal_auxiliaries",
    "irrealis_governors",
    "realis_governors",
    "attempt_governors",
    "decision_governors",
    "undertaking_nouns",
    "prospect_governors",
    "striking_verbs",
    "urging_modals",
    "intolerance_verbs",
    "negation_words",
    "similarity_words",
    "relational_nouns",
    "abstention_governors",
    "barring_governors",
    "topic_governors",
    "rank_words",
    "act_verbs",
    "not_group_heads",
    "accident_verbs",
    "series_nouns",
    "hostile_aims",
    "penalty_verbs",
    "penalty_nouns",
    "tool_verbs",
    "service_facets",
    "access_nouns",
    "hostile_identities",
    "decision_subjects",
    "sending_verbs",
    "charge_nouns",
    "generic_offenders",
    "punishing_words",
    "stopping_verbs",
    "blaming_verbs",
    "batch_nouns",
)


def _lemmas(raw: dict) -> frozenset[str]:
    value = raw["lemma"]
    items = value if isinstance(value, list) else [value]
    return frozenset(str(v).lower() for v in items)


def _verb_rule(raw: dict, default: float) -> VerbRule:
    return VerbRule(
        lemmas=_lemmas(raw),
        type=str(raw["type"]),
        strength=float(raw.get("strength", default)),
        particle=_particle(raw.get("particle")),
        objects=_strings(raw, "objects"),
        preps=_strings(raw, "preps"),
        statement=bool(raw.get("statement", False)),
        future=bool(raw.get("future", False)),
        clausal=bool(raw.get("clausal", False)),
        subjects=_strings(raw, "subjects"),
        addressee=bool(raw.get("addressee", False)),
        after=_strings(raw, "after"),
        naming=bool(raw.get("naming", False)),
        xcomps=_strings(raw, "xcomps"),
        agent_if_participle=bool(raw.get("agent_if_participle", False)),
        never_participle=bool(raw.get("never_participle", False)),
        agentless=bool(raw.get("agentless", False)),
        alleged=bool(raw.get("alleged", False)),
        wanted=bool(raw.get("wanted", False)),
        service_access=bool(raw.get("service_access", False)),
        whether=bool(raw.get("whether", False)),
        predicates=_strings(raw, "predicates"),
        complements=_strings(raw, "complements"),
        owned=bool(raw.get("owned", False)),
        barred=_strings(raw, "barred"),
        recipients=_strings(raw, "recipients"),
        unless_objects=_strings(raw, "unless_objects"),
        unless_subjects=_strings(raw, "unless_subjects"),
        unless_to=_strings(raw, "unless_to"),
        not_describing=bool(raw.get("not_describing", False)),
        unreported=bool(raw.get("unreported", False)),
    )


def _strings(raw: dict, key: str) -> frozenset[str]:
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


def _noun_rule(raw: dict, default: float) -> NounRule:
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
        preps=_strings(raw, "preps"),
        carriers=_strings(raw, "carriers"),
        unless_of=_strings(raw, "unless_of"),
        unless_held_by=_strings(raw, "unless_held_by"),
        unless_reason_of=_strings(raw, "unless_reason_of"),
        unranked=bool(raw.get("unranked", False)),
        doer_types=tuple(
            sorted((str(k).lower(), str(v)) for k, v in (raw.get("doer_types") or {}).items())
        ),
    )


def _possessor(value) -> str:
    if value not in ("actor", "target"):
        raise ValueError(f"possessor {value!r} must be actor or target")
    return value
