"""A telling joined to the speaker's own speech act is the words of that act.

"China's foreign ministry rejected the allegations and said they were meant to smear China",
"the minister accused Russia of ripping up the rule book, saying the world had entered a new
era", "Hegseth, speaking to reporters in Hawaii, denied that anyone had been texting war plans":
the speaker denies, accuses or asks once; the "said", "saying" or "speaking" joined to that act
by "and" or as its participle only gives its words or its occasion. Annotators list the act,
not a second Statement, so the plain telling becomes a further mention of the act (with its
date and roles). Only speech acts take it in (``HOST_TYPES``): a measure told with its reasons
("banned the app, saying it threatened the country's security") and a verdict of another kind
("called the hack outrageous and said Russian forces were behind it") are often annotated as
an accusation of their own.
"""

from __future__ import annotations

from typing import Any

from kg.extract.date_relations import better
from kg.extract.folding import absorb
from kg.extract.told_acts import reported_clauses

# Speech acts whose joined "said"/"saying" gives their words: accusing, denying, refusing,
# asking and owning up.
HOST_TYPES = frozenset({"Accusation", "Denial", "Refusal", "Appeal", "Admission"})
# A verdict ("called the campaign reckless and said it was totally unacceptable", "condemned
# the move, telling reporters it was unacceptable") takes in a joined telling that stayed a
# plain Statement; one that accuses by what it tells ("called the hack outrageous and said
# Russian forces were behind it") is the gold's accusation of its own.
_VERDICTS = frozenset({"Criticism"})
_JOINING = ("conj", "advcl")
# A denial giving the reason of a refusal or denial is the same act: "declined to comment,
# saying it does not discuss operational matters".
_SAME_ACT = frozenset({("Denial", "Refusal"), ("Denial", "Denial")})


def tellings_joined_to_speech_acts(doc, drafts: list[Any]) -> list[Any]:
    """``drafts`` (one sentence's) without the plain tellings joined to a speech act of the same
    speaker, each absorbed by that act."""
    by_verb = {d.match.verb: d for d in drafts if not d.match.nominal}
    dropped: set[int] = set()
    for draft in drafts:
        host = _joined_host(doc, draft, by_verb)
        if host is None or id(host) in dropped:
            continue
        absorb(host, draft)
        dropped.add(id(draft))
    return [d for d in drafts if id(d) not in dropped]


def _joined_host(doc, draft: Any, by_verb: dict[int, Any]) -> Any | None:
    """The speech act ``draft`` is joined to, when ``draft`` is a plain telling by its speaker:
    a participle of the act's verb ("accused X, saying ..."), or a verb joined to it by "and"
    without a subject of its own ("rejected X and said ..."); the act may also be the verb the
    telling's participle hangs on ("speaking to reporters, denied ...")."""
    if not draft.match.statement or draft.match.nominal:
        return None
    verb = doc[draft.match.verb]
    if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "X denied it and Y said ...": another speaker's telling
    joined = _joined_verb(verb)
    host = by_verb.get(joined) if joined is not None else None
    if host is None or host is draft:
        return None
    if host.type not in HOST_TYPES and not (host.type in _VERDICTS and draft.type == "Statement"):
        return None
    if draft.type != "Statement" and (draft.type, host.type) not in _SAME_ACT:
        return None
    speakers = draft.ids("actor")
    return host if speakers and speakers <= host.ids("actor") else None


def _joined_verb(verb) -> int | None:
    """The index of the verb ``verb`` is joined to: its head, for a conjunct or an adverbial
    participle, or the verb of the subject a participle describes ("Hegseth, speaking to
    reporters, denied ...")."""
    if verb.head == verb:
        return None
    if verb.dep_ in _JOINING:
        return verb.head.i
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "nsubj":
        return verb.head.head.i
    return None


def vehicles_of_tellings(doc, drafts: list[Any]) -> list[Any]:
    """``drafts`` without the statement nouns that are what another telling of the sentence was
    made in: "In a statement published on Friday, the EU said ...", "said in a statement
    carried by the TASS news agency": the participle makes "statement" a telling of its own
    (published, carried by TASS), but it is the EU's, Roskomnadzor's one telling, whose further
    mention it already is. The telling takes its date when the noun's is read in the text."""
    vehicles = {m.start: d for d in drafts if d.match.statement for m in d.mentions}
    kept = []
    for draft in drafts:
        host = vehicles.get(doc[draft.match.head].idx) if draft.match.nominal else None
        if host is None or host is draft or draft.type != "Statement":
            kept.append(draft)
            continue
        if draft.date.source == "text" and better(host.date, draft.date) is draft.date:
            host.date, host.date_from_text = draft.date, True
    return kept


def relays_of_tellings(doc, drafts: list[Any]) -> list[Any]:
    """``drafts`` without the plain tellings whose reported clause is another's telling: "Biden
    told Putin that ..., the White House said", "ABC News adds, 'Chapman's mother said ...'":
    the outer speaker passes on what the inner one said, the one happening; its verb becomes a
    further mention of the inner telling (whose speaker and roles stay, and which takes the
    outer date when better). A telling recalled ("the Kremlin's account said Putin had told
    Biden ...") was another occasion and keeps its reporter."""
    by_verb = {d.match.verb: d for d in drafts if d.match.statement and not d.match.nominal}
    dropped: set[int] = set()
    for outer in drafts:
        if outer.type != "Statement" or outer.match.nominal or not outer.match.statement:
            continue
        verb = doc[outer.match.verb]
        inner = next((by_verb[c.i] for c in reported_clauses(verb) if c.i in by_verb), None)
        if inner is None or inner is outer or id(inner) in dropped:
            continue
        if inner.ids("actor") & outer.ids("actor"):
            continue  # "X said it had told Congress": the speaker's own telling (folding)
        if _recalled(doc[inner.match.verb]):
            continue  # "said Putin had told Biden ...": an earlier occasion, passed on now
        inner.mentions += [m for m in (outer.trigger, *outer.mentions) if m not in inner.mentions]
        if better(inner.date, outer.date) is outer.date:  # passed on the day it was told
            inner.date, inner.date_from_text = outer.date, outer.date_from_text
        dropped.add(id(outer))
    return [d for d in drafts if id(d) not in dropped]


def _recalled(verb) -> bool:
    """ "had told": a telling before the one passing it on."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
