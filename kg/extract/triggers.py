"""The words of a sentence that the trigger lexicon (``kg.extract.trigger_lexicon``) matches.

A trigger is the word that announces an event: a verb ("accused", "shut ... accounts", "took
down") or an event noun, alone ("Russia's invasion of Ukraine") or carried by a light verb
("issued warnings", "launched a recruitment campaign"). This module only finds and types them;
participants, modality and dates are worked out in kg.extract.events. Event nouns are matched
in kg.extract.trigger_nouns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from kg.extract.acted_on import acted_on_lemmas
from kg.extract.alleged_acts import alleged_act
from kg.extract.object_words import object_lemmas
from kg.extract.shapes import built_once, string_hashes, tokens_with
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.trigger_nouns import ANAPHOR, SIMILAR, TriggerMatch, charging_verb, match_noun
from kg.extract.trigger_rules import NounRule, VerbRule
from kg.extract.verb_shapes import (
    accessed_services,
    barred_objects,
    describes_a_kind,
    describes_a_noun,
    describes_someone,
    named_complements,
    names_on_its_own,
    of_time,
    ordered_or_aimed_verbs,
    ordered_verbs,
    owned_by_a_name,
    participle_after_have,
    partner_lemmas,
    passive_without_agent,
    recipient_lemmas,
    reports_words,
    sought_for_a_post,
    subject_lemmas,
    whether_clauses,
)

# The parser labels a particle "prt", or "prep"/"advmod" when an object follows ("laughed off
# the claim", "stepped down as chairman").
_PARTICLE_DEPS = frozenset({"prt", "prep", "acomp", "advmod"})
# "made the hack public": the parse reads the predicate as a clause, or as the object's complement
# "advmod": the parser's reading of an adjective before the object ("shot dead two guards").
_PREDICATES = frozenset({"ccomp", "oprd", "xcomp", "acomp", "advmod"})


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
    nominal = [m for tok in tokens if (m := match_noun(tok, lexicon))]
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
    if not _is_verb(tok) or participle_after_have(tok):
        return None
    rules = built_once(lexicon, "verb rules by lemma", _verb_rules_by_lemma)
    readings = _Readings(tok, lexicon)
    for rule in rules.get(tok.lemma_.lower(), ()):
        if not _constraints_hold(tok, rule, readings):
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


class _Readings:
    """What a candidate verb's parse says, each read at most once however many of its lemma's
    rules ask (a verb such as "call" or "say" has a dozen rules, most asking for its objects)."""

    def __init__(self, tok, lexicon: Lexicon) -> None:
        self.tok = tok
        self.lexicon = lexicon
        self._read: dict[Callable, object] = {}
        self._acted_on: set[str] | None = None

    def acted_on(self) -> set[str]:
        """What the verb acts on, framed objects read through (``acted_on_lemmas``)."""
        if self._acted_on is None:
            self._acted_on = acted_on_lemmas(self.tok, self.lexicon.action_nouns)
        return self._acted_on

    def __call__(self, reading: Callable):
        if reading not in self._read:
            self._read[reading] = reading(self.tok)
        return self._read[reading]


def _constraints_hold(tok, rule: VerbRule, read: _Readings) -> bool:
    if rule.particle and not any(
        c.dep_ in _PARTICLE_DEPS and c.lower_ == rule.particle for c in tok.children
    ):
        return False
    if rule.objects and not (read.acted_on() & rule.objects):
        return False
    if rule.unless_objects and read(object_lemmas) & rule.unless_objects:
        return False
    if rule.clausal and not read(reports_words):
        return False
    if rule.subjects and not (read(subject_lemmas) & rule.subjects):
        return False
    if rule.unless_subjects and read(subject_lemmas) & rule.unless_subjects:
        return False
    if rule.after and not (tok.dep_ == "conj" and tok.head.lemma_.lower() in rule.after):
        return False
    if rule.naming and not read(names_on_its_own):
        return False
    if rule.complements and not (read(named_complements) & rule.complements):
        return False
    if rule.owned and not read(owned_by_a_name):
        return False
    if rule.barred and not (read(barred_objects) & rule.barred):
        return False
    if rule.recipients and not (read(recipient_lemmas) & rule.recipients):
        return False
    if rule.partners and not (read(partner_lemmas) & rule.partners):
        return False
    if rule.unless_to and read(recipient_lemmas) & rule.unless_to:
        return False
    if rule.not_describing and read(describes_someone):
        return False
    if rule.unreported and tok.dep_ == "ccomp":
        return False
    if rule.agent_if_participle and read(describes_a_noun):
        return False
    if rule.never_participle and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
        return False
    if rule.agentless and not read(passive_without_agent):
        return False
    if rule.alleged and not read(alleged_act):
        return False
    if rule.wanted and read(sought_for_a_post):
        return False
    if rule.service_access and (read(describes_a_kind) or not read(accessed_services)):
        return False
    if rule.xcomps and not any(
        c.lemma_.lower() in rule.xcomps for c in read(ordered_or_aimed_verbs)
    ):
        return False
    if rule.whether and not read(whether_clauses):
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


__all__ = [
    "ANAPHOR",
    "SIMILAR",
    "TriggerMatch",
    "charging_verb",
    "find_triggers",
    "trigger_candidates",
]
