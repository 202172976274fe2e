"""Who a trigger's subject names: the subject word read through appositives, relative pronouns,
personal pronouns and descriptions, and a subject shared with another verb through coordination,
raising, control or a gerund ("X arrested and charged Y", "responded by expelling").
"""

from __future__ import annotations

from kg.extract.aged_people import named_after_age
from kg.extract.alleged_acts import charged_clause
from kg.extract.lede_names import named_next
from kg.extract.misparse import (
    adjective_verb,
    dateline_subject,
    relative_subject,
    reported_clause_joined,
    trailing_appositive,
)
from kg.extract.phrase_roles import (
    NOT_BODIES,
    renamed_subjects,
    tied_owners,
)
from kg.extract.pronouns import (
    PERSONAL,
    object_pronoun,
    possessive_pronoun,
    resolve_pronoun,
)
from kg.extract.reference import (
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    np_entities,
    spoken_for,
)
from kg.extract.verb_shapes import caught_in_the_act

# Prepositions whose gerund shares the subject of the verb they modify ("responded by expelling",
# "succeeded in hacking").
_GERUND_PREPS = frozenset({"by", "after", "before", "without", "while", "upon", "since", "in"})
_PEOPLE = ("Person", "Official")
# Owning up "to" an act did it ("pleaded guilty to passing"; not "objected to expelling").
_CONFESSING = frozenset({"plead", "admit", "confess"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Words taking a part of a whole named after "of": "some of the officers", "most of them".
_PARTS = frozenset({"some", "many", "most", "several", "all", "one", "few", "both", "each"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
# Verbs whose "it" before a that-clause stands for the clause itself ("it seems that", "it
# emerged that", "it turned out that"): they take no agent. Any other active verb with a
# that-clause has one: "It warned that ...", "It insisted that ..." is the body named before.
_RAISING = frozenset(
    {"seem", "appear", "emerge", "transpire", "turn", "happen", "remain", "follow", "be", "become"}
)


def subject_hits(tok, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """The entities the subject word ``tok`` of ``verb`` names, or those it stands for."""
    tok = dateline_subject(tok) or tok
    if aged := named_after_age(tok, index):  # "A 17-year-old from Tampa was arrested"
        return aged
    appositive = trailing_appositive(tok, verb)
    if appositive is not None and index.at(tok) is None:
        # "France's agency against interference, Viginum, said": the body named, not France
        named = [h for h in np_entities(appositive, index) if h.entity.type not in NOT_BODIES]
        if named:
            return named
    hits = np_entities(tok, index)
    if hits and index.at(tok) is None and all(h.entity.type == "Country" for h in hits):
        # "the U.S. firm said": the country only says where the firm is from; unresolved, a
        # firm is nobody we know, while "the German agency" stands for its state
        types = set(index.anaphors.get(tok.lemma_.lower(), ()))
        found = definite_description(tok, index, context)
        hits = found if found or (types and not types & {"Country", "Agency"}) else hits
    if hits:
        return hits
    whole = _partitive_whole(tok)
    if whole is not None:  # "Some of the officers were accused": the officers
        return subject_hits(whole, verb, index, context)
    word = tok.lower_
    if word in _RELATIVE and verb.dep_ == "relcl":
        antecedent = verb.head
        # "Smith, a missionary who was held": Smith; "Smith, the former Acme executive who
        # fled": a "who" is the person, not the firm that only describes him
        bare = antecedent.dep_ == "appos" and not np_entities(antecedent, index)
        person = word == "who" and antecedent.dep_ == "appos" and _a_person(antecedent.head, index)
        if person:
            return [h for h in np_entities(antecedent.head, index) if h.entity.type in _PEOPLE]
        return np_entities(antecedent.head if bare else antecedent, index)
    reports = verb.lemma_.lower() in index.report_verbs
    # "It said there was no evidence", "It warned that ...": a body speaking; "it was reported
    # that ...", "it seems that ...", "it expects to report": "it" stands for the clause, or is
    # no speaker here
    speaks = (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() not in _RAISING
        and any(c.dep_ == "ccomp" for c in verb.children)
    )
    clausal = any(c.dep_ == "ccomp" for c in verb.children) and not speaks
    # "it seems to work": a raising verb's "it" is no one; "It refused to let the inspectors
    # in", "it agreed to pay": the active subject of a verb of will before "to", with no
    # object, is its doer (measured: with an object, "it urged followers to", or a passive,
    # "it had been invited to", the pronoun found the wrong body three times for one gain)
    willed = tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children)
    raised = verb.lemma_.lower() in _RAISING or reports or not willed
    clausal = clausal or (raised and any(c.dep_ == "xcomp" for c in verb.children))
    if word == "it" and (clausal or (tok.dep_ == "nsubjpass" and reports)):
        return []
    if tok.pos_ == "PRON" and word in PERSONAL:
        antecedent = relative_subject(verb)
        if antecedent is not None:
            # "a student who died after he was imprisoned": he is the student, named or not
            return [h for h in np_entities(antecedent, index) if h.entity.type in PERSONAL[word]]
        return resolve_pronoun(
            verb, PERSONAL[word], index, context, subject_of=verb, plural=word == "they"
        )
    return (
        (np_entities(appositive, index) if appositive is not None else [])
        or tied_owners(tok, index)  # "hackers linked to Russia breached": Russia's act
        or spoken_for(tok, index, context)
        or definite_description(tok, index, context)
        or named_next(tok, index)
        or (possessive_pronoun(tok, verb, index, context) if not reports else [])
    )  # "its air defences shot down"; not "its proponents said" (speech is the speaker's)


def _charged_one(obj, governor, index: EntityIndex, context: RoleContext, charged) -> list[Hit]:
    """Who a charge or sentence names as its object: a name, "him" of "accused him of" (not
    "them": bodies, as likely the accuser's as the accused's), a description named next
    ("sentenced a former officer for spying ... NAME, 54")."""
    one_person = charged is not None and obj.lower_ in ("him", "her")
    pronoun = object_pronoun(obj, governor, index, context) if one_person else []
    return named_next(obj, index) or np_entities(obj, index) or pronoun


def inherited_subject(verb, index: EntityIndex, context: RoleContext) -> tuple[list[Hit], bool]:
    """Subjects shared through coordination, raising and control: "X arrested and charged Y",
    "X is said to have issued", "Speaking to Bloomberg, X said", "arrested X for spying";
    with True when the shared subject is a passive one ("X was arrested and charged")."""
    current = verb
    for _ in range(3):
        dep, head = current.dep_, current.head
        head = reported_clause_joined(current) or head  # "said X would ... and summoned Y"
        if (joined := adjective_verb(current)) is not None:
            dep, head = "conj", joined  # "told X that ..., and shared knowledge of"
        if head is current:
            return [], False
        if (
            dep == "conj"
            and head.dep_ == "relcl"
            and _object_is(current, head.head, index, context)
        ):
            # "detained a man who worked there and charged him": "him" is the man, who cannot
            # be his own object, so the verb is joined to the main clause, whatever the parse
            dep, head = "conj", head.head.head
        caught = caught_in_the_act(current)
        if caught is not None:
            # "the agency caught four officers trying to break in": the officers were trying
            return np_entities(caught, index) or named_next(caught, index), False
        if dep in ("conj", "xcomp", "advcl"):
            renamed = renamed_subjects(head, index)
            child = _nearest_subject(head, renamed)
            if child is not None:
                passive = dep == "conj" and child.dep_ == "nsubjpass"
                return subject_hits(child, head, index, context), passive
            current = head
            continue
        if dep == "acl" and _infinitive(current):
            return _undertaker(head, index, context), False
        charged = charged_clause(current)  # "accused X of hacking"
        if charged is not None or (dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "for"):
            # "sentenced X for spying", "accused X of hacking", "charged X with hacking",
            # "arrested X on suspicion of spying": the accused is who did it
            governor = charged if charged is not None else head.head
            doer = _charged_doer(governor, index, context, charged)
            if doer is not None:
                return doer, False
        confessed = head.lower_ == "to" and head.head.lemma_.lower() in _CONFESSING
        if dep == "pcomp" and head.dep_ == "prep" and (head.lower_ in _GERUND_PREPS or confessed):
            # "Russia responded by expelling 20 Germans", "was arrested after hacking Acme",
            # "pleaded guilty to passing secrets": who does the governing verb does the gerund
            current = head.head
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS:
                    return subject_hits(child, current, index, context) + _joined(
                        current, index
                    ), False
            continue
        return [], False
    return [], False


def _nearest_subject(verb, renamed):
    """The subject of ``verb`` nearest before it: the parse may hang a second noun phrase on a
    speech verb as a subject ("closed nine sites, most of them used by X, the ministry said,
    accusing ...": the ministry speaks, and accuses)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i not in renamed]
    before = [s for s in subjects if s.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


def _charged_doer(governor, index: EntityIndex, context: RoleContext, charged) -> list[Hit] | None:
    """Who did what ``governor`` charges or punishes: its object, else its passive subject;
    None when it has neither. A punishment given as the object names no one: "who was given a
    life sentence for spying" is the one the "who" stands for. A pronoun passive subject counts
    only for a charge ("he is accused of"; not "he was held for calling")."""
    passive = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    punished = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if punished is not None:  # "sentenced a former officer for spying", named next
        found = _charged_one(punished, governor, index, context, charged)
        return found or (subject_hits(passive, governor, index, context) if passive else [])
    for child in governor.children:
        if child.dep_ == "nsubj" and governor.pos_ == "ADJ":  # "found [X guilty] of"
            return np_entities(child, index)
    if passive is None:
        return None
    if charged is None:
        return np_entities(passive, index)
    return subject_hits(passive, governor, index, context)


def _partitive_whole(tok):
    """ "Some of the officers", "two of the accounts": the definite whole a part is taken
    from, which says who they are ("none of the officers" says no one did it)."""
    if tok.lower_ not in _PARTS and tok.pos_ != "NUM":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if whole is not None and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in whole.children
            ):
                return whole
    return None


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _undertaker(noun, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """Who undertook what a noun's infinitive tells ("Iran's effort to sway", "Russia made an
    attempt to hack", "Britain was the first to expel", "Russia sent money in a scheme to buy
    votes"): the noun's possessor, else the subject of the verb holding it."""
    owners = [h for c in noun.children if c.dep_ == "poss" for h in np_entities(c, index)]
    holder = noun.head
    if noun.dep_ == "pobj" and holder.head.pos_ == "VERB":
        holder = holder.head  # "transferred money in a scheme to buy votes"
    elif noun.dep_ not in ("dobj", "attr"):
        return owners
    if owners:
        return owners
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    return subject_hits(subject, holder, index, context) if subject is not None else []


def _joined(verb, index: EntityIndex) -> list[Hit]:
    """ "Britain joined Australia in blaming China": who is joined acts too."""
    if verb.lemma_.lower() != "join":
        return []
    return [h for c in verb.children if c.dep_ == "dobj" for h in np_entities(c, index)]


def _object_is(verb, noun, index: EntityIndex, context: RoleContext) -> bool:
    """True if the object pronoun of ``verb`` stands for what ``noun`` names."""
    named = {h.entity.id for h in np_entities(noun, index)}
    for child in verb.children:
        if child.dep_ == "dobj" and named:
            pronoun = object_pronoun(child, verb, index, context)
            return bool(named & {h.entity.id for h in pronoun})
    return False


def _a_person(tok, index) -> bool:
    return any(h.entity.type in _PEOPLE for h in np_entities(tok, index))
