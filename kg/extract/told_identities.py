"""What a reported clause says someone is, when that accuses them: "saying they were
intelligence officers working under diplomatic cover", "saying they had been identified as
officers of Russia's intelligence services" (``hostile_identities`` in triggers.yaml). Read by
kg.extract.told_claims, which makes such a telling an accusation. (What someone "posed" was
tried too: the gold types "said the app posed a security risk" as an accusation, a warning and
a plain report in three articles.)
"""

from __future__ import annotations

from kg.extract.trigger_lexicon import Lexicon

_NAMING_PREPS = frozenset({"as"})  # "identified as officers", "exposed as a spy"


def hostile_identity(clause, lexicon: Lexicon) -> bool:
    """The clause says its subject is one of the lexicon's hostile identities: the predicate of
    "be" ("they were intelligence officers") or what they are identified or exposed "as"."""
    predicates = [c for c in clause.children if c.dep_ == "attr"]
    predicates += [
        p
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in _NAMING_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return any(identity_words(p) & lexicon.hostile_identities for p in predicates)


def identity_words(noun) -> set[str]:
    """The noun's lemma, with each modifier ("intelligence officer") and with what an "of"
    phrase says it belongs to ("officer of intelligence" for "officers of Russia's
    intelligence services", "officer of service")."""
    lemma = noun.lemma_.lower()
    words = {lemma}
    words |= {
        f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ in ("amod", "compound")
    }
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            words.add(f"{lemma} of {body.lemma_.lower()}")
            words |= {
                f"{lemma} of {c.lemma_.lower()}"
                for c in body.children
                if c.dep_ in ("amod", "compound")
            }
    return words
