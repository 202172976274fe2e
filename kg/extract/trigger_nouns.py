"""Event nouns of a sentence that the trigger lexicon matches, and the record of a match.

An event noun announces an event alone, with a possessive, "of" or "by" participant ("Russia's
invasion of Ukraine", "the arrest of X"), or carried by a light verb ("issued warnings",
"launched a recruitment campaign"); a generic noun ("the campaign") points back to an earlier
event or announces one like it ("a similar effort"). kg.extract.triggers finds the verbs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.object_words import QUANTIFIERS, prep_objects
from kg.extract.shapes import built_once
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.trigger_rules import NounRule
from kg.extract.verb_shapes import subject_lemmas

_NOUN_ROLE_PREPS = frozenset({"of", "by", "against", "between", "among"})
_TIME_TYPES = frozenset({"DATE", "TIME"})
_STRUCK_TYPES = frozenset({"Attack", "CyberOperation"})  # "an attack on X", "a cyberattack on X"
# The prepositions naming what such a noun struck: "an intrusion into X's network" gets in
_STRUCK_PREPS = {"Attack": ("on", "at"), "CyberOperation": ("on", "at", "into")}
_CHARGING = frozenset({"accuse", "charge", "indict", "convict", "suspect"})
# Verbs laying an act on their object by a "for" phrase, blaming or punishing it for what it
# did: "blamed Russia for the hack", "sanctioned Iran for the attack", "fined X for the leak"
_BLAMING_FOR = frozenset(
    {"blame", "fault", "condemn", "criticise", "criticize", "denounce", "censure", "rebuke"}
    | {"reprimand", "sanction", "punish", "penalise", "penalize", "fine"}
)
# "held X responsible for the attack": the object of "held" did it
_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
ANAPHOR = "anaphor"  # a generic event noun pointing back: "the campaign", "the agency's drive"
SIMILAR = "similar"  # a generic event noun for a new event like an earlier one: "a similar effort"


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger word in a sentence. Token indices are ``Doc`` indices, ``end`` exclusive."""

    head: int  # the event word: the verb, or the event noun
    start: int  # first token of the trigger text ("issued" in "issued warnings")
    end: int
    type: str | None  # None for a generic noun whose type comes from an earlier event
    strength: float
    nominal: bool = False
    light_verb: int | None = None
    statement: bool = False
    future: bool = False
    generic: str | None = None  # ANAPHOR or SIMILAR for generic nouns
    family: frozenset[str] = frozenset()  # types a generic noun can stand for
    possessor: str = "actor"  # role of a noun's possessive ("Smith's arrest": target)
    addressee: bool = False  # its object is who is spoken to ("told Reuters"): the recipient

    @property
    def verb(self) -> int:
        """The clause's verb: the light verb of a noun trigger ("issued" of "issued warnings"),
        else the trigger word itself."""
        return self.head if self.light_verb is None else self.light_verb

    @property
    def anchors(self) -> tuple[int, ...]:
        """Tokens a date or a participant can attach to."""
        return (self.head,) if self.light_verb is None else (self.head, self.light_verb)


def _noun_rules_by_word(lexicon: Lexicon) -> dict[str, tuple[int, ...]]:
    """Positions of the noun rules listing each word, in the lexicon's order: a word may have
    several senses ("a call for sanctions" asks, "a call with Putin" is a meeting)."""
    listed: dict[str, list[int]] = {}
    for at, rule in enumerate(lexicon.nouns):
        for word in rule.lemmas:
            listed.setdefault(word, []).append(at)
    return {word: tuple(positions) for word, positions in listed.items()}


def match_noun(tok, lexicon: Lexicon) -> TriggerMatch | None:
    """The first sense of an event noun whose constraints hold, tried in the lexicon's order."""
    # "called the ruling an attack on X": what the ruling is called, no attack that happened
    if tok.pos_ != "NOUN" or tok.dep_ == "oprd":
        return None
    rules_at = built_once(lexicon, "noun rules by word", _noun_rules_by_word)
    senses = sorted({*rules_at.get(tok.lemma_.lower(), ()), *rules_at.get(tok.lower_, ())})
    for at in senses:
        match = _match_sense(tok, lexicon.nouns[at], lexicon)
        if match is not None:
            return match
    return None


def _match_sense(tok, rule: NounRule, lexicon: Lexicon) -> TriggerMatch | None:
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lexicon.stopping_verbs:
        return None  # "suspended contacts with Moscow": the stopping verb is the event
    if rule.preps and not any(c.lower_ in rule.preps and _names_some(c) for c in tok.children):
        return None  # "reached a compromise" is no "compromise of the network"
    if rule.unless_of and {p.lemma_.lower() for p in prep_objects(tok, "of")} & rule.unless_of:
        return None  # "a breach of contract": the noun in another sense
    if rule.unless_held_by and _held_by(tok, rule.unless_held_by):
        return None  # "rejected its appeal": the rejection is the act
    if rule.unless_reason_of and _reason_of(tok, rule.unless_reason_of):
        return None  # "arrested at the request of X": the arrest is the act
    if rule.unranked and any(c.lower_ in lexicon.rank_words for c in tok.children):
        return None  # "the first case brought under the act": a description
    acts = _held_by_acts(tok)
    held = acts if acts is not tok else _held_in_batch(tok, lexicon.batch_nouns)
    light = held.head if held.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if held.dep_ == "pobj" and held.head.lower_ in ("under", "into"):
        light = held.head.head  # "placed X under investigation", "put under arrest"
    verbs = rule.carriers or lexicon.light_verbs
    verbs |= lexicon.act_verbs if acts is not tok else frozenset()
    if held.dep_ == "pobj" and held.head.lower_ == "with":
        # "hit Iran with sanctions", "targeted the firm with fines": what X is hit with
        light, verbs = held.head.head, lexicon.striking_verbs
    if light is None or light.lemma_.lower() not in verbs:
        light = _acl_light_verb(tok, rule.carriers or lexicon.light_verbs)
    if rule.carriers and light is None and not rule.standalone:
        return None  # "in a separate criminal case": no case opened there
    event_type, modifier = rule.type, None
    if rule.modifiers:
        event_type, modifier = _modified_type(tok, dict(rule.modifiers))
        if event_type is None:
            return None if rule.modified_only else _generic(tok, rule, light, lexicon)
    elif rule.doer_types and light is not None:
        # "hackers launched an attack on the bank": who carries it out says which attack
        doers = dict(rule.doer_types)
        event_type = next((doers[d] for d in subject_lemmas(light) if d in doers), event_type)
    elif light is None and not (
        rule.standalone
        and (
            _has_noun_roles(tok, _struck_type(tok, rule.type, lexicon))
            or charging_verb(tok) is not None
        )
    ):
        return None
    return replace(
        _nominal(tok, event_type, rule.strength, light, modifier), possessor=rule.possessor
    )


def _reason_of(tok, verbs: frozenset[str]) -> bool:
    """The noun is why one of ``verbs`` was done: "arrested at the request of the United
    States", "detained at Washington's request"."""
    at = tok.head
    return tok.dep_ == "pobj" and at.lower_ == "at" and at.head.lemma_.lower() in verbs


def _held_by(tok, verbs: frozenset[str]) -> bool:
    """The noun is what one of ``verbs`` acts on ("the court rejected its appeal")."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in verbs


def charging_verb(noun):
    """ "charged X with a cyberattack", "accused of espionage": the verb charging someone with
    the act ``noun`` names, else None."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp"):
        return None  # a gerund is a "pcomp": "accused X of hacking"
    if prep.lower_ == "for":
        return _blaming_for(prep.head)
    if prep.lower_ not in ("of", "with"):
        return None
    return prep.head if prep.head.lemma_.lower() in _CHARGING else None


def _blaming_for(word):
    """ "blamed Russia for a cyberattack", "faulted X for the leak", "held Iran responsible
    for the attack", "Russia was blamed for the outage": the verb laying the act its "for"
    phrase names on its object (or passive subject), who did it; else None. Not "asked X for
    help" nor "praised X for its work": only blame names a doer of an act."""
    lemma = word.lemma_.lower()
    if lemma in _BLAMING_FOR and word.pos_ == "VERB":
        return word
    if word.dep_ == "dobj" and word.head.lemma_.lower() in _BLAMING_FOR:
        return word.head  # the parse may hang "for" on the object: "blamed the military for"
    if lemma in _ANSWERABLE and word.head.lemma_.lower() == "hold":
        return word.head  # "held Iran responsible for": Iran, the object of "held"
    return None


def _held_by_acts(tok):
    """ "committed acts of espionage", "organised acts of sabotage": the noun after "acts of" is
    the event noun, and the light verb (or act verb) is that of "acts"; else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "act":
        return tok.head.head
    return tok


def _held_in_batch(tok, batch_nouns: frozenset[str]):
    """ "imposed several rounds of sanctions", "unveiled a package of sanctions": the noun a
    batch noun counts is carried by the batch's light verb, as the batch; else the noun."""
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in batch_nouns:
        return of.head
    return tok


def _acl_light_verb(tok, verbs: frozenset[str]):
    """A participle or relative-clause light verb on the noun ("the drive, announced Wednesday")
    or on its "of" object ("the expulsion of 23 diplomats that May announced")."""
    for holder in (tok, *prep_objects(tok, "of")):
        for child in holder.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
                return child
    return None


def _struck_type(tok, event_type: str | None, lexicon: Lexicon) -> str | None:
    """The noun's type when "on X" may name what it struck; None for an act blamed or pinned
    on someone ("blamed the bombing on China": China is who did it, not what was bombed)."""
    blamed = tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.blaming_verbs
    return None if blamed else event_type


def _has_noun_roles(tok, event_type: str | None = None) -> bool:
    """ "Russia's invasion", "the arrest of X", "U.S. sanctions", "Russian invasion"; for an
    attack, what it struck: "an attack on a depot", "the hack at Acme", "an intrusion into
    X's network" (not "the attack on Monday", "the attack at noon", nor "talks on Cuba"); for
    a meeting, who with: "a meeting with X"."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ in _NOUN_ROLE_PREPS)
        or (c.dep_ in ("compound", "amod") and c.text[:1].isupper())
        or (
            event_type in _STRUCK_TYPES
            and c.dep_ == "prep"
            and c.lower_ in _STRUCK_PREPS.get(event_type, ())
            and _names_a_thing(c)
        )
        or (event_type == "Meeting" and c.dep_ == "prep" and c.lower_ == "with")
        for c in (*tok.children, *_counted_by(tok))
    )


def _counted_by(tok) -> list:
    """The phrases on the quantifier counting a noun, but its "of": the parse hangs "into X"
    on "series" in "a series of intrusions into X"."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in QUANTIFIERS:
        return []
    return [c for c in of.head.children if c.dep_ == "prep" and c is not of]


def _names_some(prep) -> bool:
    """ "the compromise of X", "in contact with Russians fighting in Ukraine" (the parse may
    read the one named as the subject of a clause after the preposition)."""
    return _names_a_thing(prep) or any(p.dep_ == "pcomp" for p in prep.children)


def _names_a_thing(prep) -> bool:
    return any(p.dep_ == "pobj" and p.ent_type_ not in _TIME_TYPES for p in prep.children)


def _modified_type(tok, modifiers: dict[str, str]):
    """The type a generic noun gets from a modifier: "recruitment campaign", "drive to recruit",
    "a direction requiring agencies to remove X"."""
    for child in tok.children:
        words = [child]
        if child.dep_ in ("acl", "relcl", "prep"):
            words = [child, *(g for g in child.children if g.dep_ in ("dobj", "pobj", "pcomp"))]
            # "a direction requiring agencies to find and remove X": what it makes them do
            made = [g for g in child.children if g.dep_ == "xcomp"]
            words += [v for g in made for v in (g, *g.conjuncts)]
        elif child.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
            continue
        for word in words:
            for form in (word.lemma_.lower(), word.lower_):
                if form in modifiers:
                    return modifiers[form], word
    return None, None


def _nominal(tok, event_type, strength, light, modifier) -> TriggerMatch:
    start = tok.i if modifier is None or modifier.i > tok.i else min(modifier.i, tok.i)
    light_i = light.i if light is not None else None
    if light is not None and light.i < tok.i and tok.i - light.i <= 4:
        start = light.i  # "issued warnings", "initiated a new recruitment campaign"
    return TriggerMatch(tok.i, start, tok.i + 1, event_type, strength, True, light_i)


def _generic(tok, rule: NounRule, light, lexicon: Lexicon) -> TriggerMatch | None:
    family = frozenset(t for _, t in rule.modifiers) | rule.refers_to
    lowered = {c.lower_ for c in tok.children if c.dep_ in ("amod", "det")}
    if lowered & lexicon.similarity_words:
        kind = SIMILAR
    elif any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in tok.children):
        kind = ANAPHOR
    else:
        return None
    base = _nominal(tok, None, rule.strength, light, None)
    return TriggerMatch(
        base.head,
        base.start,
        base.end,
        None,
        rule.strength * 0.9,
        True,
        base.light_verb,
        generic=kind,
        family=family,
    )
