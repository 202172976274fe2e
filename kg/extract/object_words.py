"""What a trigger verb acts on, in words the lexicon's ``objects`` lists name: its object's
lemma ("shut ... accounts"), looking through quantifiers ("hundreds of accounts"), what an
"as" phrase says it is ("as spy"), whose it is ("of diplomat": "the travel of diplomats";
"own office": "its office"), what its reported clause says ("is unfounded"), what it is tied
to or put in ("to activity", "on fire"), and markers for money, persons, platforms and names.
"""

from __future__ import annotations

from kg.extract.misparse import adjective_verb, declared_as, object_read_as_subject

# Nouns that only count things: "hundreds of accounts" has the object "accounts".
QUANTIFIERS = frozenset(
    {"hundred", "thousand", "million", "dozen", "number", "series", "lot", "couple", "set"}
    | {"batch", "handful", "range", "wave", "host", "slew", "string", "pattern", "trove", "cache"}
    # a share of the thing: "commuted most of the sentence", "expelled half of the staff"
    | {"most", "all", "some", "part", "half", "majority", "rest", "bulk", "portion", "remainder"}
    | {"many", "much", "several", "none", "each", "both", "few"}
)
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "acomp", "advmod", "dative"})
MONEY = "money"  # the object lemma an amount of money stands for in the lexicon
PERSON = "person"  # ... a person's name
NAME = "name"  # ... any other proper name but a place or a people (a product, a firm)
PLATFORM = "platform"  # ... a platform's name the gazetteer knows ("suspended Twitter")
AGENCY = "agency"  # ... an agency's name ("helped the FSB", as "helped the agency")
# Not LOC: the small model tags unknown product names as places ("Windows 7").
_OBJECT_PRONOUNS = frozenset({"it", "them"})
_PLACE_OR_GROUP = frozenset({"GPE", "NORP", "FAC", "DATE", "TIME"})
# the model's label, and the entity stage's for names it knows ("fired FBI Director James Comey")
_PERSON_LABELS = frozenset({"PERSON", "Person", "Official"})


def small_clause_subjects(verb) -> list:
    """Who a verb makes or helps do something, read by the parser as the subject of a bare
    infinitive clause: "helping China's Ministry of State Security obtain technology", "let
    the hackers steal"; not a reported clause ("said Russia obtained", "that Russia withdraw")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"]
    return [
        s
        for clause in clauses
        if not any(c.dep_ in ("aux", "mark") for c in clause.children)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]


def object_lemmas(tok) -> set[str]:
    """Lemmas of the things a verb acts on, looking through quantifiers ("hundreds of X")."""
    heads = [antecedent_object(c) or c for c in tok.children if c.dep_ in _OBJECT_DEPS]
    heads += small_clause_subjects(tok)  # "helping the FSB obtain technology": the FSB
    # "declared Meta an extremist organisation", read as a clause whose head is the noun
    heads += declared_as(tok)
    heads += object_read_as_subject(tok)  # "removed accounts tied to a scheme in which ..."
    # "accounts removed by ..." acts on "accounts"; "Durov, who holds Russian citizenship" not
    # on Durov, its subject
    relative_subject = any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children
    )
    if tok.dep_ in ("acl", "relcl") and not relative_subject:
        heads.append(tok.head)
    if adjective_verb(tok) is not None:
        heads.append(tok.head)  # "..., and shared knowledge of": misread as an adjective
    lemmas: set[str] = set()
    for head in heads:
        lemmas.update((head.lemma_.lower(), head.lower_))  # the form too: "data" -> "datum"
        # with a modifier: "voice calls" -> "voice call", "malicious software"
        lemmas.update(
            f"{c.lemma_.lower()} {head.lemma_.lower()}"
            for c in head.children
            if c.dep_ in ("amod", "compound")
        )
        if any(c.dep_ == "neg" for c in head.children):
            lemmas.add(f"not {head.lemma_.lower()}")  # "pleaded not guilty"
        if head.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in head.children):
            lemmas.add(MONEY)  # "paid $168,000", "gave 2 million euros"
        elif head.ent_type_ in _PERSON_LABELS:
            lemmas.add(PERSON)  # "freed John Smith"
        elif head.pos_ == "PROPN" and head.ent_type_ not in _PLACE_OR_GROUP:
            lemmas.add(NAME)  # "released the iPhone", "showed Windows 7"
        if head.ent_type_ == "Platform":
            lemmas.add(PLATFORM)  # "suspended Twitter", as "suspended the platform"
        elif head.ent_type_ == "Agency":
            lemmas.add(AGENCY)
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
            lemmas.add(f"own {head.lemma_.lower()}")  # "closed its office": the body's own
        # whose thing it is: "restricted the travel of Russian diplomats" -> "of diplomat"
        lemmas.update(f"of {p.lemma_.lower()}" for p in prep_objects(head, "of"))
        if head.dep_ == "oprd":
            # what a naming verb calls it: "called the decision a hostile act" -> "hostile",
            # "called the move an act of aggression" -> "aggression"
            lemmas.update(c.lemma_.lower() for c in head.children if c.dep_ == "amod")
            lemmas.update(p.lemma_.lower() for p in prep_objects(head, "of"))
        if head.lemma_.lower() in QUANTIFIERS or head.pos_ == "NUM":
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    counted = [p for p in prep.children if p.dep_ == "pobj"]
                    lemmas.update(p.lemma_.lower() for p in counted)
                    lemmas.update(w for p in counted for w in _described(p))
        lemmas.update(_described(head))
    lemmas.update(_as_lemmas(tok))
    lemmas.update(_prep_lemmas(tok))
    lemmas.update(_said_to_be(tok))
    return lemmas


def _described(noun) -> set[str]:
    """What an adjective says the thing is: "internal document" for "its internal documents"
    (the lexicon tells leaked files by it)."""
    lemma = noun.lemma_.lower()
    return {f"{c.lower_} {lemma}" for c in noun.children if c.dep_ == "amod"}


def _said_to_be(verb) -> set[str]:
    """What a verb says its clause's subject is: "is unfounded" for "said the measures were
    unfounded", "is lie" for "insisted the report was a lie"."""
    lemmas: set[str] = set()
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.lemma_ == "be":
            negated = any(c.dep_ == "neg" for c in clause.children)
            lemmas.update(
                f"is {'not ' if negated else ''}{c.lemma_.lower()}"
                for c in clause.children
                if c.dep_ in ("acomp", "attr")
            )
            lemmas.update(f"is without {p.lemma_.lower()}" for p in prep_objects(clause, "without"))
        elif clause.lemma_ == "have":  # "said the claims had no merit"
            lemmas.update(
                f"has no {c.lemma_.lower()}"
                for c in clause.children
                if c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)
            )
    return lemmas


def prep_objects(word, preposition: str) -> list:
    """The objects of ``word``'s ``preposition`` phrases, in order ("without merit": "merit")."""
    return [
        p
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == preposition
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _as_lemmas(verb) -> set[str]:
    """What a verb says its object is: "as spy", "as intelligence officer" for "described X as
    an undeclared intelligence officer"."""
    lemmas: set[str] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                lemma = noun.lemma_.lower()
                lemmas.add(f"as {lemma}")
                # "as an intelligence officer", "as a terrorist organisation"
                kinds = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
                lemmas.update(f"as {kind} {lemma}" for kind in kinds)
    return lemmas


def _prep_lemmas(verb) -> set[str]:
    """What a verb ties its object to or puts it in: "to activity" for "linked the measures to
    a pattern of malign activity by Moscow" (through "a pattern of", "a series of"), "on fire"
    for "set a depot on fire", "into custody" for "were taken into custody"."""
    lemmas: set[str] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "on", "into", "in", "from"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            lemmas.add(f"{prep.lower_} {noun.lemma_.lower()}")
            if noun.lemma_.lower() in QUANTIFIERS:
                lemmas.update(f"{prep.lower_} {p.lemma_.lower()}" for p in prep_objects(noun, "of"))
    return lemmas


def antecedent_object(pronoun):
    """ "stole emails and leaked them", "seized the phone and searched it": the object pronoun
    of a verb joined by "and" to an earlier verb is that verb's object, when they agree in
    number; None otherwise."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in _OBJECT_PRONOUNS or verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in first.children)
    return first if plural == (pronoun.lower_ == "them") else None
