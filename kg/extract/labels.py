"""Short human summaries of events: "CIA initiates a new recruitment campaign", "China accuses
United States", "Twitter and YouTube shut accounts of China", "Russia: invasion of Ukraine"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from kg.extract.reference import MEMBER_PREPS
from kg.extract.triggers import TriggerMatch
from kg.extract.verb_shapes import ordered_verbs
from kg.types import Entity, Participant

_NAME_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})
# One syllable ending in one vowel and one consonant doubles it before "-ed".
_SHORT_CLOSED = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
_COUNTING = frozenset({"hundred", "thousand", "million", "dozen", "number", "series", "lot"})


@dataclass(frozen=True)
class Wording:
    """What happened, in words, read from the trigger."""

    gloss: str  # "accuses", "issues warnings"
    gloss_plural: str  # the same for several actors: "accuse", "issue warnings"
    object_word: str  # the plain noun acted on: "accounts"
    nominal: bool
    standalone: bool  # an event noun without a light verb: "invasion"
    addressee: bool = False  # its object is who is spoken to: "tells Reuters"
    passive: str = ""  # what was done to a target, for events without an actor: "accused"
    sentence_end: int = 0  # a target named after the trigger's sentence owns no object word
    members_named: bool = False  # "sanctioned ten people, among them Acme": the names say who
    recipients_shown: bool = True  # "accuses X", not "accuses X to the committee" it was told
    partner_word: str = "of"  # how a standalone noun names its targets: "meeting with X"


def wording_of(doc, match: TriggerMatch, participles: Mapping[str, str]) -> Wording:
    """The label words of ``match``; ``participles`` lists irregular past participles."""
    return Wording(
        gloss=_gloss(doc, match),
        gloss_plural=_gloss(doc, match, plural=True),
        object_word=_object_word(doc, match),
        nominal=match.nominal,
        standalone=match.nominal and match.light_verb is None,
        addressee=match.addressee,
        passive=_passive(doc, match, participles),
        sentence_end=doc[match.head].sent.end_char,
        members_named=_object_members_named(doc, match),
        partner_word="with" if _with_partners(doc, match) else "of",
    )


def _with_partners(doc, match: TriggerMatch) -> bool:
    """ "a meeting with X": the noun names who it is with, not whose it is."""
    return match.nominal and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in doc[match.head].children
    )


def label(
    participants: tuple[Participant, ...], names: dict[str, str], w: Wording, trigger_text: str
) -> str:
    """Actor, action, target: "China accuses United States", "John Smith arrested"."""
    actor_ids = list(dict.fromkeys(p.entity for p in participants if p.role == "actor"))
    actors = _join([names[i] for i in actor_ids])
    targets = _join([names[p.entity] for p in participants if p.role == "target"])
    late = any(p.role == "target" and p.start >= w.sentence_end for p in participants)
    if late or (w.members_named and targets):
        # "sentenced a former contractor", named in the next sentence: the name says who
        w = replace(w, object_word="")
    recipients = _join([names[p.entity] for p in participants if p.role == "recipient"])
    recipients = recipients if w.recipients_shown else ""
    if not actors:
        # "The indictment accuses X and Y": read as done to them ("X and Y accused"), or to
        # what of theirs is acted on ("employees of RT charged").
        done_to = f"{w.object_word} of {targets}" if w.object_word and targets else targets
        places = _join([names[p.entity] for p in participants if p.role == "place"])
        if not (done_to or recipients) and places:  # "an arson attack on a warehouse in London"
            return _clean(f"{trigger_text[:1].upper()}{trigger_text[1:]} in {places}")
        return _clean(f"{done_to or recipients} {w.passive or trigger_text}")
    text = f"{actors} {w.gloss if len(actor_ids) == 1 else w.gloss_plural}"
    if w.standalone:
        text = f"{actors}: {w.gloss}" + (f" {w.partner_word} {targets}" if targets else "")
    elif w.nominal:
        text += f" against {targets}" if targets else ""
    elif w.addressee:
        return _clean(f"{text} {_addressed(w.object_word, recipients)}")
    elif w.object_word and targets:
        text += f" {w.object_word} of {targets}"
    else:
        text += f" {targets or w.object_word}"
    return _clean(text + (f" to {recipients}" if recipients else ""))


def _addressed(object_word: str, recipients: str) -> str:
    """Who is spoken to: "tells Reuters", "tells investigators", "tells agent of Russia"."""
    if not (object_word and recipients):
        return recipients or object_word
    if object_word in recipients.split():
        return recipients  # the name's own head noun: "told The Today Show"
    return f"{object_word} of {recipients}"


def short_name(entity: Entity) -> str:
    """The name, or an acronym alias for long names ("CIA" for Central Intelligence Agency)."""
    if len(entity.name) > 24:
        acronyms = [a for a in entity.aliases if a.isupper() and 2 <= len(a) <= 6]
        if acronyms:
            return acronyms[0]
    return entity.name


def _gloss(doc, match: TriggerMatch, plural: bool = False) -> str:
    """The trigger in the present tense: "accused" -> "accuses" ("accuse" for several actors),
    "issued warnings" -> "issues warnings"; a standalone noun stays as written."""
    first = doc[match.start]
    if match.nominal and match.light_verb != match.start:
        return doc[match.start : match.end].text
    # "had facilitated donations" -> "facilitates donations": the verb, not its auxiliary
    while first.dep_ in ("aux", "auxpass") and first.i + 1 < match.end:
        first = doc[first.i + 1]
    # Only the event word's own phrase: "sent Britain a warning" -> "sends a warning"; asked of
    # the few words of the match, not by collecting the head's subtree (a whole clause)
    head = doc[match.head]
    rest = "".join(
        t.text_with_ws
        for t in doc[first.i + 1 : match.end]
        if t.i == match.head or head.is_ancestor(t)
    )
    verb = first.lemma_.lower() if plural else _third_person(first.lemma_)
    if not rest and match.type == "Denial":
        rest = _rejected(doc[match.head])
    return f"{verb} {rest}".strip()


def _rejected(verb) -> str:
    """What a speaker calls baseless, in headline words: "measures unfounded" for "said the
    measures were unfounded" (a denial made by a speech verb), else ""."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        said = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
        if subject is not None and said is not None and subject.pos_ == "NOUN":
            negation = "not " if any(c.dep_ == "neg" for c in clause.children) else ""
            words = [t.text for t in said.subtree]
            return f"{subject.text} {negation}{' '.join(words) if len(words) < 4 else said.text}"
    return ""


def _passive(doc, match: TriggerMatch, participles: Mapping[str, str]) -> str:
    """A verb trigger as a past participle: "accuses" -> "accused", "took down" -> "taken
    down"; "" for event nouns, whose text reads as it is ("Smith arrest")."""
    if match.nominal:
        return ""
    first = doc[match.start]
    rest = doc[match.start + 1 : match.end].text
    if first.tag_ == "VBN":
        return doc[match.start : match.end].text
    lemma = first.lemma_.lower()
    # a past tense is the participle unless the lexicon knows otherwise ("barred"; "broke" ->
    # "broken" is listed)
    written = first.lower_ if first.tag_ == "VBD" and first.lower_.endswith("ed") else ""
    participle = participles.get(lemma) or written or _regular_participle(lemma)
    passive = f"{participle} {rest}".strip()
    return " ".join([passive, *_ordered_participles(first)])


def _ordered_participles(verb) -> list[str]:
    """ "ordered Twitter blocked" -> "blocked": said with the order ("Twitter ordered blocked")."""
    return [
        " ".join(t.text for t in (c, *c.children) if t.i == c.i or t.dep_ == "prt")
        for c in ordered_verbs(verb)
        if c.dep_ != "xcomp"
    ]


def _regular_participle(lemma: str) -> str:
    """ "accuse" -> "accused", "deny" -> "denied", "arrest" -> "arrested"."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if _SHORT_CLOSED.fullmatch(lemma):  # "bar" -> "barred", "plan" -> "planned"
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _object_word(doc, match: TriggerMatch) -> str:
    """The plain noun a verb acts on ("accounts" in "shut hundreds of accounts", "a sailor was
    sentenced"), if any."""
    if match.nominal:
        return ""
    for child in doc[match.head].children:
        # what is acted on: the object, or the owned subject of a passive ("a Navy sailor
        # was sentenced"; not "the men, identified as X,", whom the name says)
        passive = child.dep_ == "nsubjpass" and _owned_unnamed(child)
        if (child.dep_ == "dobj" or passive) and child.pos_ == "NOUN" and not child.ent_type_:
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in child.children):
                return ""  # "summoned the ambassador, Sergei Nechayev": the name says it
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and child.pos_ in ("NUM", "NOUN"):
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if pobj is not None and child.lemma_.lower() in _COUNTING:
                        return pobj.text
            return child.text
    return ""


def _object_members_named(doc, match: TriggerMatch) -> bool:
    """ "sanctioned ten people and two entities, including Acme": an object that no entity
    modifies, whose members are named."""
    if match.nominal:
        return False
    for child in doc[match.head].children:
        named = any(c.ent_type_ in _NAME_TYPES for c in child.children)  # "six Indian diplomats"
        if child.dep_ == "dobj" and not named:
            return _members_named(child)
    return False


def _members_named(noun) -> bool:
    """ "ten people and two entities, including Acme", "ten people, among them Acme" (which
    the parse may hang on the verb)."""
    words = [*noun.conjuncts, noun]
    if noun.dep_ == "dobj":
        words += [c for c in noun.head.children if c.dep_ == "npadvmod"]
        if any(c.dep_ == "prep" and c.lower_ in MEMBER_PREPS for c in noun.head.children):
            return True  # "sanctioned ten people, among them the GRU's Unit 29155"
    return any(c.dep_ == "prep" and c.lower_ in MEMBER_PREPS for w in words for c in w.children)


def _owned_unnamed(noun) -> bool:
    """ "two employees of RT", "RT's staff", "a Navy sailor", and no name given in apposition
    or a naming clause ("a citizen, John Smith,", "the men, identified as ...")."""
    children = list(noun.children)
    if any(c.dep_ in ("appos", "acl", "relcl") for c in children):
        return False
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP"))
        for c in children
    )


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _join(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) > 3:
        return ", ".join(unique[:3]) + f" and {len(unique) - 3} more"
    return (
        " and ".join(unique) if len(unique) <= 2 else f"{', '.join(unique[:-1])} and {unique[-1]}"
    )


_IRREGULAR_THIRD_PERSON = {"have": "has", "be": "is"}


def _third_person(verb: str) -> str:
    """Present tense, third person, of a lemma or past form: "accuse" -> "accuses"."""
    word = verb.lower()
    if word in _IRREGULAR_THIRD_PERSON:
        return _IRREGULAR_THIRD_PERSON[word]
    if word.endswith(("ss", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
