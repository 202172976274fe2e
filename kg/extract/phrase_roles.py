"""Participants read from phrases around a trigger: an event noun's possessive, compound and
"of/by/between" phrases ("Russia's invasion of Ukraine", "the SolarWinds hack"), and the
prepositions of a verb or noun ("against X", "to X", "on Facebook", "in Kyiv")."""

from __future__ import annotations

import itertools

from kg.extract.lives import life_owner
from kg.extract.misparse import is_dateline, splits_a_subject
from kg.extract.object_words import small_clause_subjects
from kg.extract.place_roles import where_done
from kg.extract.reference import EntityIndex, Hit, np_entities, unique, victim_only
from kg.extract.triggers import charging_verb
from kg.extract.verb_shapes import ordered_verbs, whether_clauses

_PLATFORM_PREPS = frozenset({"on", "via", "through", "over", "across", "using", "from"})
# Participles saying whose accounts or pages they are: "linked to X", "run from X", "run by X"
_TIE_VERBS = frozenset({"link", "tie", "connect", "attribute", "associate", "belong"})
_RUN_VERBS = frozenset({"run", "operate", "control", "base", "originate", "back", "sponsor"})
_OWNED_TYPES = frozenset({"AccountTakedown", "Ban", "Sanction"})
# "ordered X to block/leave/pay", "the tool was used to target officials"
_DEVICES = frozenset({"phone", "smartphone", "iphone", "handset", "device", "computer", "laptop"})
_ORDERED_TYPES = frozenset({"Ban", "Expulsion", "Sanction", "CyberOperation"})
# A body's or bodies' own act: "its intrusions", "their campaign" (not "his", "her": a person's).
_BODY_TYPES = ("Agency", "Country", "Organization", "Platform")
NOT_BODIES = frozenset({"Country", "Place", "Official", "Person"})  # what no body name is
_ACT_POSSESSIVES = {"its": _BODY_TYPES, "their": _BODY_TYPES}
_VICTIM_VERBS = frozenset({"disclose", "suffer", "detect", "discover", "investigate", "confirm"})
# What is taken "from" someone is taken from them: they are the target, not a platform.
_TAKING_VERBS = frozenset({"remove", "strip", "revoke", "withdraw", "rescind"})
# Directions an agent takes "from" whoever runs them ("took its orders from X", "received
# instructions from his handler X"): the work is done for X, as "spied for X" is.
_DIRECTIVE_NOUNS = frozenset(
    {"order", "instruction", "direction", "tasking", "assignment", "directive", "command"}
)
# "arrested on suspicion of spying for X", "on charges of", "acting on behalf of X", "on the
# orders of X": why or for whom it was done, not who it was done to
_ON_GROUNDS = frozenset({"suspicion", "charge", "behalf", "order", "allegation", "accusation"})
# "a group working for the Russian government": whom the unnamed doers serve
_SERVING_VERBS = frozenset({"work", "act"})
_OWNER_PREPS = {
    "to": _TIE_VERBS,
    "from": _RUN_VERBS,
    "in": _RUN_VERBS,
    "by": _RUN_VERBS,
    "for": _SERVING_VERBS,
}


def noun_roles(
    noun, index: EntityIndex, roles: dict[str, list[Hit]], possessor: str, hostile: bool
) -> None:
    """ "Russia's invasion of Ukraine", "the arrest of X by Y", "CIA's campaign", "talks
    between X and Y" (the first named is the actor, the others the targets). The possessive of
    a noun naming what is done to someone is its target ("Smith's arrest", ``possessor``),
    unless an "of" phrase names the target ("the FBI's arrest of Smith"). A company or platform
    named before a ``hostile`` act is its victim ("the SolarWinds hack")."""
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    for child in noun.children:
        if child.dep_ == "poss":
            role = "actor" if has_of else possessor
            roles[role].extend(np_entities(child, index) or _own_act_doer(child, index))
        elif child.dep_ == "compound" and index.at(child):
            for hit in np_entities(child, index):
                victim = hostile and victim_only(hit, noun.doc, index)
                roles["target" if victim else "actor"].append(hit)
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


def meeting_partners(noun, index: EntityIndex) -> list[Hit]:
    """Who a meeting is with: "a meeting with his counterparts, A and B" (the names the parse
    hung on an earlier noun of the clause after a comma are the counterparts')."""
    hits = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            hits.extend(np_entities(pobj, index))
            hits.extend(h for a in misplaced_appositions(pobj) for h in np_entities(a, index))
    return unique(hits)


def occasion_partners(verb, index: EntityIndex) -> list[Hit]:
    """Who the occasion a verb happens at is with: "denounced the plan at a meeting with A"."""
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "in"))
    return [
        h for p in preps for o in p.children if o.dep_ == "pobj" for h in meeting_partners(o, index)
    ]


def misplaced_appositions(noun) -> list:
    """Names in apposition right after ``noun`` and its comma that the parse hung on an earlier
    noun: "denounced the plan at a meeting with his counterparts, A and B" (A under "plan")."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    first = doc[noun.i + 2]
    return [a for a in (first, *first.ancestors) if a.dep_ == "appos" and a.head.i < noun.i][:1]


def _own_act_doer(possessive, index: EntityIndex) -> list[Hit]:
    """ "Russia used the routers to hide its intrusions", "a group that stepped up its hacking":
    "its"/"their" on an act its clause's subject does to it is that subject's act, found up
    through "to" clauses to the subject of a relative clause or main verb."""
    noun = possessive.head
    if possessive.lower_ not in _ACT_POSSESSIVES or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if verb.lemma_.lower() in index.report_verbs | _VICTIM_VERBS:
        return []  # "Acme disclosed its breach", "Acme suffered its worst hack": the victim
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            if subjects[0].dep_ == "nsubjpass" or subjects[0].pos_ == "PRON":
                return []
            hits = np_entities(subjects[0], index)
            return [h for h in hits if h.entity.type in _ACT_POSSESSIVES[possessive.lower_]]
        if verb.dep_ not in ("xcomp", "advcl") or verb.head == verb:
            return []
        verb = verb.head
    return []


def prep_roles(anchor, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
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
        elif word == "from" and anchor.lemma_.lower() in _TAKING_VERBS:
            _assign(pobjs, index, roles, "target")  # "removed diplomatic status from X"
        elif word == "from" and _takes_directions(anchor):
            _assign(pobjs, index, roles, "target")  # "took its orders from X": done for X
        elif word == "to":
            _assign(pobjs, index, roles, "recipient")
        elif word == "with" and _joining(child):
            _assign(pobjs, index, roles, "actor")  # "issued by X together with Y": Y acts too
        elif word == "with" and anchor.lemma_.lower() in index.tool_verbs:
            # "infected the phones with Pegasus": a platform after "with" is the means
            _assign(pobjs, index, roles, "platform", only_platforms=True)
            _assign(pobjs, index, roles, "target", skip_platforms=True)
        elif word == "with":
            _assign(pobjs, index, roles, "target")
        elif word in _PLATFORM_PREPS:
            _assign(pobjs, index, roles, "platform", only_platforms=True)
            grounds = [p for p in pobjs if p.lemma_.lower() in _ON_GROUNDS]
            owners = [life_owner(p, index) for p in pobjs] if word in ("on", "against") else []
            if any(o is not None for o in owners):  # "an attempt on his life in Georgia"
                roles["target"].extend(h for o in owners for h in o or ())
            elif word == "on" and not grounds:
                _assign(pobjs, index, roles, "target", skip_platforms=True)
                _assign(_device_owners(pobjs), index, roles, "target", skip_platforms=True)
        roles["place"].extend(where_done(child, index))


def _takes_directions(verb) -> bool:
    """ "took its orders from X", "received instructions from X": the verb's object is a
    direction given to the subject (not "took money from X", "heard reports from X")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DIRECTIVE_NOUNS for c in verb.children)


def _joining(prep) -> bool:
    """ "together with", "along with": who is with the doers does it with them."""
    return any(c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in prep.children)


def _device_owners(nouns) -> list:
    """Whose device something is put on: "planted it on the phone of X" hits X."""
    return [
        p
        for n in nouns
        if n.lemma_.lower() in _DEVICES
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _assign(toks, index, roles, role, only_platforms=False, skip_platforms=False) -> None:
    for tok in toks:
        for hit in np_entities(tok, index):
            is_platform = hit.entity.type == "Platform"
            if (only_platforms and not is_platform) or (skip_platforms and is_platform):
                continue
            roles[role].append(hit)


def accused_by_link(verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """Whose activity an accusation ties something to is its target, not a recipient: "linked
    the measures to a pattern of malign activity by Moscow" (the "by" agent, down "of"
    phrases), "to Russian aggression"."""
    accused: list[Hit] = []
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    while nouns:
        noun = nouns.pop(0)
        accused.extend(np_entities(noun, index))
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "by"):
                nouns.extend(p for p in prep.children if p.dep_ == "pobj")
    roles["recipient"] = [h for h in roles["recipient"] if h not in accused]
    roles["target"].extend(unique(accused))


def indirect_targets(match, verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """A target named past the verb's object: whose accounts were removed, what an order
    makes someone block."""
    owners(match, verb, index, roles)
    ordered_targets(match, verb, index, roles)
    questioned_targets(match, verb, index, roles)
    judged_targets(verb, index, roles)


def judged_targets(verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """Who a verb says something of: "found John Smith guilty" (the parse makes Smith the
    subject of "guilty", not the object of "found")."""
    if roles["target"]:
        return
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ == "ADJ":
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            roles["target"].extend(h for s in subjects for h in np_entities(s, index))


def questioned_targets(match, verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """Who an investigation asks about: the subject of its whether-clause ("examining whether
    Russia was behind the fires", "probing whether Iran paid the men")."""
    if match.type != "Investigation" or match.nominal or roles["target"]:
        return
    for clause in whether_clauses(verb):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        roles["target"].extend(h for s in subjects for h in np_entities(s, index))


def owners(match, verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """Whose accounts a takedown or ban with no target removed: "removed 37 accounts, 13 pages
    and 11 groups linked to a Chinese network", "terminated channels tied to Russia", "pages
    run from Iran"."""
    if match.type not in _OWNED_TYPES or match.nominal or roles["target"]:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns = objects + [c for o in objects for c in o.conjuncts]
    # "removed networks of fake accounts tied to Iran": the accounts' owner
    nouns += [p for n in nouns for c in n.children if c.lower_ == "of" for p in c.children]
    roles["target"].extend(unique([h for noun in nouns for h in tied_owners(noun, index)]))


def tied_owners(noun, index: EntityIndex) -> list[Hit]:
    """Who an unnamed noun belongs to by the participle on it: "accounts linked to China",
    "hackers tied to Iran and Russia", "pages run from Iran", "a group backed by Beijing",
    "a group working for Moscow", "accounts it said were run by Russia"."""
    acls = [c for c in noun.children if c.dep_ == "acl"]
    # "accounts it said were run by a troll farm": the tie inside a claim about the noun
    claims = [c for c in noun.children if c.dep_ == "relcl"]
    acls += [c for claim in claims for c in claim.children if c.dep_ == "ccomp"]
    return unique([h for acl in acls for h in owners_named_by(acl, index)])


def names_an_owner(word) -> bool:
    """True if ``word`` is what a tie participle on an unnamed noun names ("a group tied to the
    SVR": the SVR), which says whose the noun is, not who it is."""
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return False
    participle = prep.head
    if participle.lemma_.lower() not in _OWNER_PREPS.get(prep.lower_, frozenset()):
        return False
    return participle.dep_ == "acl" or splits_a_subject(participle)


def owners_named_by(participle, index: EntityIndex) -> list[Hit]:
    """Who a tie participle names: "linked to China", "run from Iran", "backed by Beijing"."""
    hits: list[Hit] = []
    for prep in participle.children:
        verbs = _OWNER_PREPS.get(prep.lower_, frozenset())
        if prep.dep_ in ("prep", "agent") and participle.lemma_.lower() in verbs:
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            pobjs += [c for p in pobjs for c in p.conjuncts]
            hits += [h for p in pobjs for h in np_entities(p, index)]
    return hits


def ordered_targets(match, verb, index: EntityIndex, roles: dict[str, list[Hit]]) -> None:
    """Who an order acts on through the verb it orders: "ordered operators to block access
    to the messaging app Telegram" bans Telegram (the ordered verb's object, or "access to"),
    "ordered the app blocked" the app (the participle's subject or the noun it describes)."""
    if match.type not in _ORDERED_TYPES or match.nominal or roles["target"]:
        return
    for ordered in ordered_verbs(verb):
        if ordered.dep_ == "acl":
            roles["target"].extend(np_entities(ordered.head, index))
        if ordered.dep_ == "ccomp":
            for subject in (c for c in ordered.children if c.dep_ in ("nsubj", "nsubjpass")):
                roles["target"].extend(np_entities(subject, index))
        for obj in (c for c in ordered.children if c.dep_ == "dobj"):
            to = [
                p for c in obj.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
            ]
            roles["target"].extend(
                np_entities(obj, index) or unique([h for p in to for h in np_entities(p, index)])
            )


def served_not_targets(roles: dict[str, list[Hit]], doc) -> None:
    """Whom spying is done for receives it, as when secrets are passed to them: "carried out
    surveillance for Russia", "watched a base for Iran" (no target)."""
    served = [h for h in roles["target"] if _pobj_of(doc, h) == "for"]
    roles["recipient"].extend(served)
    roles["target"] = [h for h in roles["target"] if h not in served]


def served_bodies(verb, index: EntityIndex) -> list[Hit]:
    """Whom spying is done for, after "for" on the verb, on its object or on a verb it takes:
    "spying for Russia", "gathering information for the CIA", "offering to work for the GRU"."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "xcomp"))]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
    served = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    served += small_clause_subjects(verb)  # "helping the FSB obtain technology"
    hits = [h for noun in served for h in np_entities(noun, index)]
    return [h for h in hits if h.entity.type not in ("Place", "Platform")]


def _pobj_of(doc, hit: Hit) -> str | None:
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    word = span.root if span is not None else None
    return word.head.lower_ if word is not None and word.dep_ == "pobj" else None


def charged_with(noun, index: EntityIndex) -> list[Hit] | None:
    """ "charged X with a cyberattack", "X was accused of espionage": the accused, whose act
    the noun is; None when the noun is no such charge."""
    charging = charging_verb(noun)
    if charging is None:
        return None
    accused = [c for c in charging.children if c.dep_ in ("dobj", "nsubjpass")]
    return [h for c in accused for h in np_entities(c, index)]


def renamed_subjects(verb, index: EntityIndex) -> set[int]:
    """Unnamed subjects renamed by a body's name the parse made a second subject ("France's
    agency against interference, Viginum, revealed": Viginum, not France)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    renamed = {s.i for s in subjects[:-1] if is_dateline(s)}  # "LYON — X revealed"
    for first, second in itertools.pairwise(subjects):
        name = index.at(second)
        named_body = name is not None and name.entity.type not in NOT_BODIES
        if named_body and index.at(first) is None and verb.doc[second.i - 1].text == ",":
            renamed.add(first.i)
    return renamed
