"""Shapes of the clause around a verb that trigger rules and roles test: what it orders done,
what it asks about, who its subject is, whether it reports words or only describes a noun.
"""

from __future__ import annotations

from kg.extract.misparse import splits_a_subject
from kg.extract.object_words import AGENCY, PERSON, prep_objects

# The model's label and the entity stage's for a person's name ("wrote to Elon Musk")
_PERSON_NAMES = frozenset({"PERSON", "Person", "Official"})
# Verbs that catch someone in the act: "caught four officers trying to break in".
_CATCHING = frozenset({"catch", "spot", "film", "see", "observe"})


def caught_in_the_act(verb):
    """Who a catching verb caught doing ``verb``, a present participle on it ("caught four
    officers trying to break in", "were filmed trying to enter"): its object or passive
    subject; else None."""
    head = verb.head
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        # "caught two hackers trying to ...": the parse hangs the participle on the object
        return head if head.head.lemma_.lower() in _CATCHING else None
    if verb.dep_ not in ("advcl", "xcomp", "ccomp", "oprd"):
        return None
    if head.lemma_.lower() not in _CATCHING or head.i > verb.i:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def of_time(prep) -> bool:
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def ordered_verbs(tok) -> list:
    """What a verb makes someone do or makes happen to something: "ordered X to leave" (the
    open complement), "ordered the app blocked" (a bare participle the parse reads as a clause,
    or as describing the object: "ordered LinkedIn suspended")."""
    verbs = [c for c in tok.children if c.dep_ == "xcomp"]
    verbs += [c for c in tok.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return verbs + [a for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]


def ordered_or_aimed_verbs(tok) -> list:
    """``ordered_verbs``, and an infinitive the parser hangs on the verb as a clause of purpose
    when words stand between them: "was appointed in May 2017 to investigate", "pressed Putin
    in a phone call on Friday to act"; only of someone the verb acts on ("pressed ahead in
    May to close the border" says what the doer aimed at)."""
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return ordered_verbs(tok)
    aimed = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return ordered_verbs(tok) + aimed


def whether_clauses(tok) -> list:
    """The clauses a verb asks about: "examining whether Russia was behind", "looking into
    whether China hacked X" (through the preposition)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [p for c in tok.children if c.dep_ == "prep" for p in c.children]
    return [
        c
        for c in clauses
        if c.dep_ in ("ccomp", "pcomp")
        and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
    ]


def is_passive(tok) -> bool:
    """ "were posted", "have been charged": a verb with a passive subject or auxiliary."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def passive_without_agent(tok) -> bool:
    """ "hundreds of its internal documents were posted on GitHub": a passive with no "by"
    agent, no one owning up to it."""
    return is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def describes_a_noun(tok) -> bool:
    """ "a group tied to the SVR": a past participle after a noun, with no "by" agent (also
    when the parse made it the verb of a clause: "hackers linked to Iran had breached X")."""
    described = tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")  # VBD: a mistagged participle
    return (described and not any(c.dep_ == "agent" for c in tok.children)) or splits_a_subject(tok)


def names_on_its_own(tok) -> bool:
    """ "X called the measures a farce" (or "X denied it and called ...", "a cable in which he
    called the administration inept", "was branded a traitor by the Kremlin") names; "denied
    it, calling the probes a farce", "what it called provocations" and "a group called
    Sandworm" only qualify another act, a word or a name."""
    if tok.dep_ == "acl" or any(c.tag_ in ("WP", "WDT") for c in tok.children):
        return False
    if tok.dep_ == "conj" and tok.tag_ != "VBG":
        return True  # "denied any role and called the charges unfounded": a shared subject
    if any(c.dep_ == "agent" for c in tok.children):
        return True  # a passive with its speaker: "was branded a traitor by the Kremlin"
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in tok.children)


# How the parser attaches what a naming verb says its object is: an object predicate ("called
# the deal a feat"), a small clause ("deemed the vote illegitimate"), an adjective.
_COMPLEMENT_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})
_COMPLEMENT_POS = frozenset({"NOUN", "ADJ", "PROPN"})


def named_complements(verb) -> set[str]:
    """Lemmas of what a naming or describing verb says its object is, with the complement's
    adjectives and "of" objects: "called the deal a feat of diplomacy" (feat, diplomacy),
    "called the leak a very serious matter" (matter, serious), "described the ruling as a
    victory" (the "as" phrase), "called the new measures unfounded and illegal" (adjectives the
    parser hangs after the object), "was branded a traitor" (a passive's object)."""
    words = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ in _COMPLEMENT_DEPS and _a_complement(child):
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ == "as":
            # "as a provocation"; "as draconian": the parser hangs an adjective on "as"
            words += [p for p in child.children if p.dep_ in ("pobj", "amod", "acomp")]
        elif child.dep_ == "dobj":
            # "was branded a traitor"; "branded John Smith a traitor" (read as two objects)
            words += [child] if passive or child.i > _first_object(verb) else []
            words += [a for a in child.children if a.dep_ == "amod" and a.i > child.i]
    lemmas: set[str] = set()
    for word in (w for first in words for w in (first, *first.conjuncts)):
        lemmas.update((word.lemma_.lower(), word.lower_))
        lemmas.update(c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound"))
        lemmas.update(p.lemma_.lower() for p in prep_objects(word, "of"))
    return lemmas


def _first_object(verb) -> int:
    return min((c.i for c in verb.children if c.dep_ == "dobj"), default=verb.i)


def _a_complement(word) -> bool:
    """A noun or adjective said of the object ("politically motivated": a participle), not a
    clause of its own ("called on X to leave"); an object predicate is one whatever its tag
    (the parser may tag "called the move hostile" an adverb)."""
    return word.dep_ == "oprd" or word.pos_ in _COMPLEMENT_POS or word.tag_ == "VBN"


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def subject_lemmas(tok) -> set[str]:
    """Lemmas of who acts: the subject, the "by" agent, the noun an active participle
    describes ("hackers targeting banks"), through a shared subject ("began targeting")."""
    verb = tok
    while verb.dep_ in ("xcomp", "conj") and not any(
        c.dep_ in ("nsubj", "agent") for c in verb.children
    ):
        verb = verb.head
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ != "VBN":
        heads.append(verb.head)
    elif verb.dep_ == "relcl" and any(h.lower_ in _RELATIVE_PRONOUNS for h in heads):
        # "a team that stole $81 million", "the ransomware, which crippled hospitals": the
        # relative pronoun stands for the noun the clause describes
        heads.append(verb.head)
    return {form for h in heads for form in (h.lemma_.lower(), h.lower_)}


def reports_words(tok) -> bool:
    """True if a verb introduces what was said: a that-clause or quoted words ("added that",
    '"...," he noted'), not a thing ("Intel added DRM", "she noted the figures")."""
    if tok.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
        return True
    return any(t.is_quote for t in tok.sent)


# What someone is sought for when they are to be hired: "seeking a woman for the role of director"
_POST_NOUNS = frozenset({"role", "position", "post", "job", "vacancy", "opening", "seat"})


def sought_for_a_post(verb) -> bool:
    """ "seeking a man to lead its sales team", "seeking a woman for the role of director":
    someone sought to do a job is being hired, not hunted (an infinitive on the one sought or
    on the verb, or "for/as" a post)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects]
    infinitive = any(
        c.dep_ in ("relcl", "acl", "xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for h in holders
        for c in h.children
    )
    post = any(
        prep.lower_ == "as" or p.lemma_.lower() in _POST_NOUNS  # "as its deputy director"
        for h in holders
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "as")
        for p in prep.children
    )
    return infinitive or post


# What "access to X" restricts when X is no name: a service, not an office or a document.
_SERVICE_WORDS = frozenset(
    {"app", "application", "site", "website", "platform", "internet", "network", "service"}
    | {"messenger", "channel", "account", "page", "web", "server", "vpn", "feed"}
)


def accessed_services(verb) -> list:
    """What the "access to X" a verb acts on names, when X is a name or a service: "restricted
    access to RT and Sputnik", "cut off access to the internet" (not "limited access to its
    offices"), the "to" phrase on the object or, as the parser may hang it, on the verb."""
    holders = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(h.lemma_.lower() == "access" for h in holders):
        return []
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() == "access":
        holders.append(verb.head)  # "the access Russia restricted to Twitter"
    places = [p for holder in (*holders, verb) for p in prep_objects(holder, "to")]
    return [x for p in places for x in (p, *p.conjuncts) if x.pos_ == "PROPN" or _a_service(x)]


def _a_service(noun) -> bool:
    """ "the internet", "its app", "messaging apps" in the country: not "social platforms" as a
    kind (a bare plural with an adjective)."""
    if noun.lemma_.lower() not in _SERVICE_WORDS:
        return False
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    return not (bare_plural and any(c.dep_ == "amod" for c in noun.children))


def describes_a_kind(verb) -> bool:
    """ "countries that restrict access to foreign media", "Iran, which blocks access to X":
    a present-tense relative clause says what someone does as a rule, not what they did (also
    a verb joined to such a clause: "nations that maintain tight control and restrict ...")."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ")


# Words that make a noun a known one: "the ministry, which condemned the move" tells an act.
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def describes_someone(verb) -> bool:
    """ "users who criticised the government", "a columnist who had criticised the kingdom",
    "Sandu, who is seeking a second term and backs EU membership": a relative clause saying what
    kind of person someone is (on a noun no one has named yet, or in the present tense), not
    an act told; "the ministry, which condemned the move" and "Russia, which criticised X" tell
    one."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    head = clause.head
    return head.pos_ == "NOUN" and not any(
        c.dep_ == "poss" or c.lower_ in _DEFINITE for c in head.children
    )


def owned_by_a_name(verb) -> bool:
    """ "suspended Twitter's operations", "closed the operations of the British Council": what
    the verb acts on belongs to a named body (not "its operations": the subject's own)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
    owners += [p for o in objects for p in prep_objects(o, "of")]
    return any(o.pos_ == "PROPN" for o in owners)


def barred_objects(verb) -> set[str]:
    """What a verb keeps its object from acting on: "barred banks from buying Russian bonds"
    (bond, sovereign bond), the objects of the gerund after "from"."""
    gerunds = [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for g in prep.children
        if g.dep_ == "pcomp"
    ]
    objects = [o for g in gerunds for o in g.children if o.dep_ == "dobj"]
    lemmas = {o.lemma_.lower() for o in objects}
    lemmas |= {
        f"{c.lemma_.lower()} {o.lemma_.lower()}"
        for o in objects
        for c in o.children
        if c.dep_ in ("amod", "compound")
    }
    return lemmas


def recipient_lemmas(verb) -> set[str]:
    """Lemmas of who a verb passes something to: "handed them to the German newspaper
    Süddeutsche Zeitung" (newspaper), "slipped the files to reporters" (reporter), also when
    the parser reads "to" as a dative ("provided the files to his handler"); "person" for a
    person's name ("wrote to Musk")."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.lower_ == "to"]
    found = [p for d in datives for p in d.children if p.dep_ == "pobj"]
    receivers = (*prep_objects(verb, "to"), *found)
    return {p.lemma_.lower() for p in receivers} | {PERSON for p in receivers if _a_person(p)}


def partner_lemmas(verb) -> set[str]:
    """Lemmas of who a verb is done with, the objects of its "with" phrase: "was working with
    U.S. authorities" (authority), "cooperated with the FBI" (agency, for a named agency)."""
    return {w for p in prep_objects(verb, "with") for w in _named_lemmas(p)}


def _named_lemmas(noun) -> set[str]:
    """A noun's lemma, and what kind of name it is: "person" for a person's name ("wrote to
    Musk"), "agency" for an agency's ("worked with the FBI"), as the lexicon lists them."""
    lemmas = {noun.lemma_.lower()}
    if _a_person(noun):
        lemmas.add(PERSON)
    elif noun.ent_type_ == "Agency":
        lemmas.add(AGENCY)
    return lemmas


def _a_person(noun) -> bool:
    return noun.ent_type_ in _PERSON_NAMES


def participle_after_have(verb) -> bool:
    """ "operatives have compromising information about him": no English tense puts a present
    participle after "have" alone, so the parser has read an adjective as the verb."""
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and "have" in auxiliaries and "be" not in auxiliaries


def in_perfect(verb) -> bool:
    """Told in the perfect ("had expelled", "has tried"): an act before the time told."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
