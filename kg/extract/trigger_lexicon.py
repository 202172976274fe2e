"""The trigger lexicon, ``ontologies/triggers.yaml``: verb and noun rules that announce events,
and the word lists that modality and participants read (hedges, modals, anaphoric nouns ...).
Loaded once per process and checked against the event taxonomy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.extract.trigger_rules import NounRule, VerbRule, noun_rule, strings, verb_rule

LEXICON_FILE = "triggers.yaml"


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
    # nouns naming a doing, seen through to what they act on: "suspended the issuance of visas"
    action_nouns: frozenset[str] = frozenset()
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
        verbs = tuple(verb_rule(raw, default) for raw in data.get("verbs") or ())
        nouns = tuple(noun_rule(raw, default) for raw in data.get("nouns") or ())
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
        press_requests=strings(data, "press_requests"),
        participles=tuple(
            sorted((str(k), str(v)) for k, v in (data.get("participles") or {}).items())
        ),
        **{key: strings(data, key) for key in _WORD_LISTS},
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
    "action_nouns",
)
