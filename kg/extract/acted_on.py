"""What a trigger verb acts on, read past the words that only frame it: an action noun stands
for what it acts on ("suspended the issuing of visas" acts on visas, as "suspended visas"
does), an amount stands for money ("seized bitcoin worth $25 million", "froze $7 million in
assets", "$400 million worth of digital assets": money and assets), and a span of time with
what is to be done in it for a deadline ("gave X 24 hours to leave"). Object lists name the
things; these frames are how the next reporter wraps them.
"""

from __future__ import annotations

from kg.extract.object_words import MONEY, PLATFORM, object_lemmas, prep_objects

# The object deps whose head may be such a frame: the object, a passive subject
_FRAMED_DEPS = frozenset({"dobj", "nsubjpass"})
# What a span of time given to do something stands for, with the act to be done: a deadline
# ("gave X 24 hours to leave": "time to leave"; the lexicon lists the acts demanded)
TIME_TO = "time to"
_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_SPAN_DEPS = frozenset({"dobj", "npadvmod"})


def acted_on_lemmas(verb, action_nouns: frozenset[str]) -> set[str]:
    """``object_lemmas`` of ``verb``, with what its framed objects stand for: the "of" object
    of an action noun ("the issuing of visas": visa, "the sale of arms to X": arm) and money
    for an amount ("bitcoin worth $25 million", "$7 million in assets": money, asset)."""
    lemmas = object_lemmas(verb)
    for head in verb.children:
        if head.dep_ not in _FRAMED_DEPS:
            continue
        if _is_action_noun(head, action_nouns) or head.lower_ == "worth":
            # "$400 million worth of digital assets" stands for the assets too
            lemmas.update(w for p in prep_objects(head, "of") for w in _noun_forms(p))
        if _worth_money(head) or (
            head.lower_ == "worth" and any(c.ent_type_ == "MONEY" for c in head.children)
        ):
            lemmas.add(MONEY)
        if head.ent_type_ == "MONEY":
            # "$7 million in assets", "$2.3 million in cryptocurrency": what the sum is held in
            lemmas.update(w for p in prep_objects(head, "in") for w in _noun_forms(p))
    # the span may be read as the verb's adverb: "gave federal agencies 30 days to make sure"
    spans = [c for c in verb.children if c.dep_ in _SPAN_DEPS]
    lemmas.update(f"{TIME_TO} {act.lemma_.lower()}" for s in spans for act in _time_to_act(verb, s))
    return lemmas


def _is_action_noun(noun, action_nouns: frozenset[str]) -> bool:
    """A noun naming a doing ("the issuing", "the issuance", "the sale"): a gerund the parser
    reads as a noun, or one of the lexicon's ``action_nouns``."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in action_nouns or (noun.lower_.endswith("ing") and noun.tag_ == "NN")


def _time_to_act(verb, noun) -> list:
    """ "gave Parler 24 hours to submit a plan": what is to be done in a span of time, the
    infinitive the parser hangs on the span or on the verb ("submit"); none if not a span."""
    if noun.lemma_.lower() not in _SPANS:
        return []
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    clauses += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    return [
        c
        for c in clauses
        if c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _worth_money(noun) -> bool:
    """ "bitcoin worth about $25 million": the noun is valued by a sum of money."""
    return any(
        c.lower_ == "worth" and any(d.ent_type_ == "MONEY" for d in c.subtree)
        for c in noun.children
    )


def _noun_forms(noun) -> set[str]:
    """A noun's lemma and form, and with each compound or adjective ("visa application")."""
    lemma = noun.lemma_.lower()
    forms = {lemma, noun.lower_}
    if noun.ent_type_ == "Platform":
        forms.add(PLATFORM)  # "banned the use of TikTok", as "banned the platform"
    forms.update(
        f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ in ("amod", "compound")
    )
    return forms
