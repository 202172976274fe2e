"""Acts a charge, an accusation or a suspicion names: "was charged with spying for Russia",
"accused X of working for Russia's military intelligence", "arrested on suspicion of helping
China's Ministry of State Security", "found guilty of passing secrets".

News reports the alleged act inside the charge; annotators take it as an event of its own, done
by the one charged (never by the charging body) and dated only by its own time phrase. Some
verbs are such acts only there (lexicon ``alleged: true``): "working for Russia's military
intelligence" is espionage when it is what someone is accused of, a career anywhere else.
The charging words are data: charges.yaml of the ontology folder (``word_files``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.word_files import lower_words, read_word_file, words_on
from kg.settings import DEFAULT_ONTOLOGY_DIR

CHARGES_FILE = "charges.yaml"
CHARGES_PATH = DEFAULT_ONTOLOGY_DIR / CHARGES_FILE


@dataclass(frozen=True)
class ChargeWords:
    """The words of ontologies/charges.yaml, lower-case lemmas."""

    charging_verbs: frozenset[str]  # "accuse", "charge"
    charge_nouns: frozenset[str]  # "on suspicion of", "on charges of"
    verdict_words: frozenset[str]  # "convicted of", "guilty of": proven, not alleged
    prepositions: frozenset[str]  # "of", "with"

    @property
    def charging(self) -> frozenset[str]:
        """Every word whose "of"/"with" phrase names the act charged."""
        return self.charging_verbs | self.charge_nouns | self.verdict_words


@lru_cache(maxsize=4)
def charge_words(path: Path = CHARGES_PATH) -> ChargeWords:
    """The charging words read from ``path``; a ConfigError if the file is missing or bad."""
    return read_word_file(
        path,
        "charge words",
        lambda data: ChargeWords(
            charging_verbs=lower_words(data, "charging_verbs"),
            charge_nouns=lower_words(data, "charge_nouns"),
            verdict_words=lower_words(data, "verdict_words"),
            prepositions=lower_words(data, "charge_prepositions"),
        ),
    )


def charge_words_of(doc) -> ChargeWords:
    """The charge words of the ontology folder named on ``doc``."""
    return words_on(doc, CHARGES_FILE, charge_words)


def charge_of(act):
    """The word charging someone with the gerund ``act`` ("charged" of "charged with spying",
    "suspicion" of "on suspicion of helping", "guilty" of "guilty of spying"), else None. The
    parser reads such a gerund as a clause or as a noun, and a second "of" phrase as joined to
    the verb ("accused of deploying X, and of later probing Y")."""
    if act.dep_ != "pcomp" and not (act.dep_ == "pobj" and act.pos_ in ("VERB", "AUX")):
        return None  # a gerund: "pcomp" whatever its tag ("with offering to"), or a verb
    prep, charges = act.head, charge_words_of(act.doc)
    if prep.lower_ not in charges.prepositions or prep.dep_ not in ("prep", "conj"):
        return None
    word = prep.head
    if prep.dep_ == "conj" and word.dep_ == "prep":
        word = word.head  # "of X and of Y" with the second "of" joined to the first
    return word if word.lemma_.lower() in charges.charging else None


def still_alleged(act) -> bool:
    """True if a charge, not a verdict, names the gerund ``act``: "accused of conspiring to
    hand secrets to X" alleges the handing; "convicted of conspiring to deliver secrets" proves
    a conspiracy, not that anything was delivered."""
    word = charge_of(act)
    return word is not None and word.lemma_.lower() not in charge_words_of(act.doc).verdict_words


def charged_clause(act):
    """The verb whose object or passive subject is the one charged with ``act``: "accused X
    of", "X was charged with", "arrested X on suspicion of", "found X guilty of"; else None."""
    word = charge_of(act)
    if word is None:
        return None
    if word.pos_ == "NOUN" and word.dep_ == "pobj":
        return word.head.head  # "arrested X on suspicion of": the arrest's X
    if word.pos_ == "ADJ":  # "found X guilty of", read as "found [X guilty]" or not
        return word if any(c.dep_ == "nsubj" for c in word.children) else word.head
    return word


def alleged_act(verb) -> bool:
    """True if ``verb`` is what a charge names, directly or as what the charged act sets out
    to do ("charged with offering to work for X", "accused of spying and of working for X")."""
    current = verb
    for _ in range(3):
        if charge_of(current) is not None:
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head == current:
            return False
        current = current.head
    return False
