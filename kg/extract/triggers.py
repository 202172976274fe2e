"""The words of a sentence that the trigger lexicon (``kg.extract.trigger_lexicon``) matches.

A trigger is the word that announces an event: a verb ("accused", "shut ... accounts", "took
down") or an event noun, alone ("Russia's invasion of Ukraine") or carried by a light verb
("issued warnings", "launched a recruitment campaign"). This module only finds and types them;
participants, modality and dates are worked out in kg.extract.events.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.extract.alleged_acts import alleged_act
from kg.extract.object_words import QUANTIFIERS, object_lemmas
from kg.extract.shapes import built_once, string_hashes, tokens_with
from kg.extract.trigger_lexicon import Lexicon, NounRule, VerbRule
from kg.extract.verb_shapes import (
    accessed_services,
    describes_a_kind,
    describes_a_noun,
    names_on_its_own,
    of_time,
    ordered_verbs,
    reports_words,
    sought_for_a_post,
    subject_lemmas,
    whether_clauses,
)

# The parser labels a particle "prt", or "prep"/"advmod" when an object follows ("laughed off
# the claim", "stepped down as chairman").
_PARTICLE_DEPS = frozenset({"prt", "prep", "acomp", "advmod"})
_NOUN_ROLE_PREPS = frozenset({"of", "by", "against", "between", "among"})
_TIME_TYPES = frozenset({"DATE", "TIME"})
_STRUCK_TYPES = frozenset({"Attack", "CyberOperation"})  # "an attack on X", "a cyberattack on X"
# The prepositions naming what such a noun struck: "an intrusion into X's network" gets in
_STRUCK_PREPS = {"Attack": ("on", "at"), "CyberOperation": ("on", "at", "into")}
_CHARGING = frozenset({"accuse", "charge", "indict", "convict", "suspect"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
# "made the hack public": the parse reads the predicate as a clause, or as the object's complement
# "advmod": the parser's reading of an adjective before the object ("shot dead two guards").
_PREDICATES = frozenset({"ccomp", "oprd", "xcomp", "acomp", "advmod"})
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


def trigger_candidates(doc, lexicon: Lexicon) -> list[int]:
    """Indices of the tokens a rule may match: those whose lemma or form a rule lists (in lower,
    title or upper case). Matching reads several attributes of every token it sees, and most
    words of an article are no trigger: the Doc's arrays find the few that may be at once."""
    from spacy.attrs import LEMMA, LOWER

    hashes = built_once(lexicon, "rule word hashes", _rule_word_hashes)
    return sorted(set(tokens_with(doc, LEMMA, hashes)) | set(tokens_with(doc, LOWER, hashes)))


def _rule_word_hashes(lexicon: Lexicon):
    rules: tuple[VerbRule | NounRule, ...] = (*lexicon.verbs, *lexicon.nouns)
    words = {w for rule in rules for w in rule.lemmas}
    words |= {w.title() for w in words} | {w.upper() for w in words}
    return string_hashes(sorted(words))


def find_triggers(
    sent, lexicon: Lexicon, candidates: Sequence[int] | None = None
) -> list[TriggerMatch]:
    """Every trigger in a spaCy sentence ``Span``, nominal ones first claiming their light verbs.
    ``candidates`` (from ``trigger_candidates``) spares reading the other tokens."""
    if candidates is None:
        tokens = list(sent)
    else:
        first, last = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
        tokens = [sent.doc[i] for i in candidates[first:last]]
    nominal = [m for tok in tokens if (m := _match_noun(tok, lexicon))]
    light = {m.light_verb for m in nominal if m.light_verb is not None}
    verbal = [
        m for tok in tokens if tok.i not in light and (m := _match_verb(tok, lexicon)) is not None
    ]
    done = _done_by_order(sent.doc, verbal, lexicon)
    found = sorted(nominal + [m for m in verbal if m.head not in done], key=lambda m: m.head)
    return [m for m in found if not _press_request(sent.doc[m.head], lexicon)]


def _done_by_order(doc, verbal: list[TriggerMatch], lexicon: Lexicon) -> set[int]:
    """Bare participles an order makes happen: "ordered Twitter blocked" is the order's Ban
    of Twitter, not Twitter blocking (an ordered "to"-verb keeps its own reading)."""
    done = set()
    rules = built_once(lexicon, "verb rules by lemma", _verb_rules_by_lemma)
    for match in verbal:
        tok = doc[match.head]
        for rule in rules.get(tok.lemma_.lower(), ()):
            if rule.xcomps and rule.type == match.type:
                done |= {
                    c.i
                    for c in ordered_verbs(tok)
                    if c.dep_ != "xcomp" and c.lemma_.lower() in rule.xcomps
                }
    return done


def _press_request(tok, lexicon: Lexicon) -> bool:
    """The reporter asking, not news: "did not respond to requests for comment", "Peskov,
    when asked whether ..." (an agentless participle of "ask" modifying the answer), and a
    bare "he asked" after a quoted question."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        if any(p.lemma_.lower() in lexicon.press_requests for p in prep.children):
            return True
    if tok.lemma_.lower() != "ask":
        return False
    if not any(c.dep_ not in ("nsubj", "aux", "punct", "advmod", "neg") for c in tok.children):
        return True  # '"Why now?" he asked.': a question put, not a request
    if any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in tok.children):
        return False
    if any(c.lower_ in ("when", "if", "after") for c in tok.children):
        return True  # "Peskov, when asked what ..., said": whatever tag the parser gave
    # A subjectless "asked" on the answer is the participle, whatever tag the parser gave it
    # ("Asked whether ..., X said" is often tagged as a past tense).
    return tok.dep_ == "advcl"


def _is_verb(tok) -> bool:
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")


def _match_verb(tok, lexicon: Lexicon) -> TriggerMatch | None:
    if not _is_verb(tok):
        return None
    rules = built_once(lexicon, "verb rules by lemma", _verb_rules_by_lemma)
    for rule in rules.get(tok.lemma_.lower(), ()):
        if not _constraints_hold(tok, rule):
            continue
        end = tok.i + 1
        if rule.particle and any(
            c.dep_ in _PARTICLE_DEPS and c.lower_ == rule.particle and c.i == end
            for c in tok.children
        ):
            end += 1  # "took down" as one trigger text
        return TriggerMatch(
            tok.i,
            tok.i,
            end,
            rule.type,
            rule.strength,
            statement=rule.statement,
            future=rule.future,
            addressee=rule.addressee,
        )
    return None


def _verb_rules_by_lemma(lexicon: Lexicon) -> dict[str, tuple[VerbRule, ...]]:
    """The verb rules listing each lemma, in the lexicon's order (the first that holds wins):
    a candidate verb tries only its own rules, not the lexicon's two hundred."""
    rules: dict[str, list[VerbRule]] = {}
    for rule in lexicon.verbs:
        for lemma in rule.lemmas:
            rules.setdefault(lemma, []).append(rule)
    return {lemma: tuple(listed) for lemma, listed in rules.items()}


_NO_RULE = 1 << 30  # a position after every noun rule: the word is in none


def _noun_rules_by_word(lexicon: Lexicon) -> dict[str, int]:
    """Position of the first noun rule listing each word (the first rule matching wins)."""
    first: dict[str, int] = {}
    for at, rule in enumerate(lexicon.nouns):
        for word in rule.lemmas:
            first.setdefault(word, at)
    return first


def _constraints_hold(tok, rule: VerbRule) -> bool:
    if rule.particle and not any(
        c.dep_ in _PARTICLE_DEPS and c.lower_ == rule.particle for c in tok.children
    ):
        return False
    if rule.objects and not (object_lemmas(tok) & rule.objects):
        return False
    if rule.clausal and not reports_words(tok):
        return False
    if rule.subjects and not (subject_lemmas(tok) & rule.subjects):
        return False
    if rule.after and not (tok.dep_ == "conj" and tok.head.lemma_.lower() in rule.after):
        return False
    if rule.naming and not names_on_its_own(tok):
        return False
    if rule.agent_if_participle and describes_a_noun(tok):
        return False
    if rule.never_participle and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
        return False
    if rule.agentless and not _passive_without_agent(tok):
        return False
    if rule.alleged and not alleged_act(tok):
        return False
    if rule.wanted and sought_for_a_post(tok):
        return False
    if rule.service_access and (describes_a_kind(tok) or not accessed_services(tok)):
        return False
    if rule.xcomps and not any(c.lemma_.lower() in rule.xcomps for c in ordered_verbs(tok)):
        return False
    if rule.whether and not whether_clauses(tok):
        return False
    if rule.predicates and not any(
        c.dep_ in _PREDICATES and c.lemma_.lower() in rule.predicates for c in tok.children
    ):
        return False
    # The preposition follows its verb: "For his part, X called the dossier fake" is no call for.
    # Nor is a time phrase one: "called the measures a circus on Monday" calls on no one.
    return not rule.preps or any(
        c.dep_ == "prep" and c.lower_ in rule.preps and c.i > tok.i and not of_time(c)
        for c in tok.children
    )


def _passive_without_agent(tok) -> bool:
    """ "hundreds of its internal documents were posted on GitHub": no one owns up to it."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    return passive and not any(c.dep_ == "agent" for c in tok.children)


def _match_noun(tok, lexicon: Lexicon) -> TriggerMatch | None:
    # "called the ruling an attack on X": what the ruling is called, no attack that happened
    if tok.pos_ != "NOUN" or tok.dep_ == "oprd":
        return None
    rule_at = built_once(lexicon, "noun rules by word", _noun_rules_by_word)
    at = min(rule_at.get(tok.lemma_.lower(), _NO_RULE), rule_at.get(tok.lower_, _NO_RULE))
    if at == _NO_RULE:
        return None
    rule = lexicon.nouns[at]
    if rule.preps and not any(c.lower_ in rule.preps and _names_a_thing(c) for c in tok.children):
        return None  # "reached a compromise" is no "compromise of the network"
    held = _held_by_acts(tok)
    light = held.head if held.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if held.dep_ == "pobj" and held.head.lower_ in ("under", "into"):
        light = held.head.head  # "placed X under investigation", "put under arrest"
    verbs = rule.carriers or lexicon.light_verbs
    verbs |= lexicon.act_verbs if held is not tok else frozenset()
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
    elif light is None and not (
        rule.standalone and (_has_noun_roles(tok, rule.type) or charging_verb(tok) is not None)
    ):
        return None
    return replace(
        _nominal(tok, event_type, rule.strength, light, modifier), possessor=rule.possessor
    )


def charging_verb(noun):
    """ "charged X with a cyberattack", "accused of espionage": the verb charging someone with
    the act ``noun`` names, else None."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("of", "with"):
        return None  # a gerund is a "pcomp": "accused X of hacking"
    return prep.head if prep.head.lemma_.lower() in _CHARGING else None


def _held_by_acts(tok):
    """ "committed acts of espionage", "organised acts of sabotage": the noun after "acts of" is
    the event noun, and the light verb (or act verb) is that of "acts"; else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "act":
        return tok.head.head
    return tok


def _acl_light_verb(tok, verbs: frozenset[str]):
    """A participle or relative-clause light verb on the noun ("the drive, announced Wednesday")
    or on its "of" object ("the expulsion of 23 diplomats that May announced")."""
    holders = [tok]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            holders.extend(p for p in prep.children if p.dep_ == "pobj")
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
                return child
    return None


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
