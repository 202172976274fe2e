"""A later mention that names again what an earlier one told, and words that say an act is
another.

- ``described_again``: a later mention whose actor or target is a definite description ("the
  men, identified as A and B, were detained", "the hackers got in") names the people an earlier
  happening left unnamed or gave only by nationality ("arrested two Russian nationals");
- ``another_act``: "also hacked", "arrested again", "later said", "an earlier attempt" add an
  act to those told;
- ``nationality_only``: a country that only says whose unnamed people are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.definite_nouns import DEFINITE_DETERMINERS
from kg.extract.phrase_roles import names_an_owner
from kg.extract.reference import NAMING_VERBS, Hit

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


# Where a verb's role is said: its subject acts, a passive subject or object undergoes.
_ROLE_DEPS = {"actor": ("nsubj",), "target": ("nsubjpass", "dobj")}
_ADDING_WORDS = frozenset({"also", "again", "too", "further", "additionally", "separately"})
# ... and those placing it after the acts told: "of later probing systems", "Clegg later said"
_LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward"})
_EARLIER_WORDS = frozenset({"earlier", "previous", "prior", "another"})  # "an earlier attempt"


def described_again(doc, a: Draft, b: Draft) -> str | None:
    """``b`` names, through a definite description, the people ``a`` left unnamed: "police
    arrested two Russian nationals, prosecutors said. The men, identified as A and B, were
    detained on Wednesday"; "a group hacked Acme ... The hackers first got in in May". The
    definite article says they were introduced before; the other role must not disagree. Only
    a date read in the text for an act dated from its telling or not at all ("the group broke
    into sites since 2017 ... the group hacked accounts" are two acts), and not an act the
    verb says is another ("also hacked"). Returns the role so named, or None."""
    if b.date.source != "text" or a.date.source == "text" or another_act(doc, b):
        return None
    for role, other in (("actor", "target"), ("target", "actor")):
        if not _definite_subject(doc, b, role) or _named_ids(doc, a, role):
            continue
        ids_a, ids_b = a.ids(other), b.ids(other)
        return None if ids_a and ids_b and not ids_a & ids_b else role
    return None


def another_act(doc, draft: Draft) -> bool:
    """ "also hacked", "arrested again", "later said", "an earlier attempt": the words add an
    act to those told. A speaker who "also said" something goes on with the same statement;
    "later said" is another one."""
    words = _LATER_WORDS if draft.match.statement else _ADDING_WORDS | _LATER_WORDS
    deps = ("advmod", "amod") if draft.match.nominal else ("advmod",)
    words = words | _EARLIER_WORDS if draft.match.nominal else words
    return any(c.lower_ in words and c.dep_ in deps for c in doc[draft.match.head].children)


def _definite_subject(doc, draft: Draft, role: str) -> bool:
    """True if the verb's ``role`` is filled through a definite common noun ("the hackers got
    in") or by the names a naming clause gives one ("the men, identified as A and B, were
    detained", also when the parser makes the names the subject of the clause), not by a name
    or a pronoun alone."""
    if draft.match.nominal or not draft.roles[role]:
        return False
    verb = doc[draft.match.head]
    if any(c.dep_ in _ROLE_DEPS[role] and _definite_noun(c) for c in verb.children):
        return True
    for hit in draft.roles[role]:
        span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
        if span is not None and any(_names_a_definite_noun(a) for a in span.root.ancestors):
            return True
    return False


def _names_a_definite_noun(tok) -> bool:
    return tok.dep_ == "acl" and tok.lemma_.lower() in NAMING_VERBS and _definite_noun(tok.head)


def _definite_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in tok.children
    )


def _named_ids(doc, draft: Draft, role: str) -> set[str]:
    """The entities of ``role`` but a country that only says where unnamed people are from
    ("two Russian nationals", "Chinese hackers")."""
    return {h.entity.id for h in draft.roles[role] if not nationality_only(doc, h)}


def nationality_only(doc, hit: Hit) -> bool:
    """A country before unnamed people ("two Russian nationals"), or what unnamed people are
    tied to ("a hacking group tied to the SVR"): it says whose they are, not who."""
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    word = span.root if span is not None else None
    if word is None:
        return False
    if names_an_owner(word):
        return True
    return hit.entity.type == "Country" and word.dep_ == "amod" and word.head.pos_ == "NOUN"
