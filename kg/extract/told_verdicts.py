"""A telling that voices the speaker's disapproval or passes a verdict criticises.

"TikTok said it was disappointed by the decision", "Beijing was strongly concerned": the
speaker's own disapproval (the speaker, a pronoun for it, or its state, with a word of
``disapproval``) is a Criticism of what it is "by"/"about"/"over". "Said the move was
unacceptable", "said any reference to Putin was a shocking and unforgivable breach": a verdict
(``verdicts``) passed on something is a Criticism too, as "called the move unacceptable" is.
Someone else's worry, calm ("said it was grateful"), a negated verdict and "nothing illegal
about X doing Y" are not. Read by kg.extract.told_stances.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.reference import EntityIndex, Hit, RoleContext, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_words import (
    SELF,
    SUBJECTS,
    StanceWords,
    asserted,
    named_in,
    objects_of,
    states_of,
    subjects_of,
)

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# What the speaker's disapproval is of: "disappointed by", "concerned about", "skeptical of"
_DISAPPROVED = ("by", "about", "over", "at", "with", "of")
_ARTICLES = frozenset({"a", "an", "the"})


def judged(clause, words: StanceWords, index, context, speakers: set[str]) -> list[Hit] | None:
    """Whom the clause's verdict is passed on ("said the move was unacceptable", "the charges
    were fabricated", "was a shocking and unforgivable breach"): the entities its subject
    names (none for "the move"); None when it passes no verdict or judges the speaker. The
    "it" of "it was beyond the pale for X to ..." stands for what follows: X is judged."""
    if verdict_word(clause, words) is None:
        return None
    subjects = subjects_of(clause)
    if any(s.lower_ in ("we", "i") for s in subjects):
        return None
    if clause.lemma_ == "be" and any(s.lower_ == "it" for s in subjects):
        hits = named_in(_for_whom(clause), index)
    else:
        hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    if any(h.entity.id in speakers for h in hits):
        return None
    return [h for h in hits if h.entity.type != "Place"]


def _for_whom(clause) -> list:
    """Who "it was wrong for X to ..." judges: the object of "for", or the subject of the
    clause "for" opens ("for Globex to have sold the data": the parse makes it a clause)."""
    clauses = [c for c in clause.children if c.dep_ in ("advcl", "ccomp", "xcomp")]
    opened = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    doers = [s for c in opened for s in c.children if s.dep_ == "nsubj"]
    return objects_of(clause, ("for",)) + doers


def verdict_word(clause, words: StanceWords):
    """The word of the clause that passes a verdict: its predicate ("was unacceptable", "were
    fabricated", "was bad news", "was beyond the pale"), a modifier of its predicate noun ("a
    shocking breach"), what a frame noun is "of" ("a case of hijacking") or a link leads to
    ("amounted to censorship"), or how a third party acted ("had illegally ended"), else None."""
    if clause.lower_ in words.verdicts and clause.tag_ == "VBN":
        return clause  # "the charges were fabricated"
    manner = wrong_manner(clause, words)
    if manner is not None:
        return manner
    lemma = clause.lemma_.lower()
    if lemma in words.verdict_links:  # "the move amounted to censorship"
        return _verdict_in(_linked(clause), words)
    if lemma != "be" or any(c.dep_ == "expl" for c in clause.children):
        return None  # "said there had been a crime": what happened, no verdict on anyone
    parts = [c for c in clause.children if c.dep_ in ("acomp", "attr", "prep")]
    # "was tantamount to blackmail"
    parts += [o for p in parts if p.lemma_.lower() in words.verdict_links for o in _linked(p)]
    return _verdict_in(parts, words)


def _linked(word) -> list:
    """What a link word leads to: "amounted to censorship", "constituted a violation",
    "tantamount to blackmail" (the parser may read the noun as a verb after "to")."""
    return objects_of(word, ("to",)) + [c for c in word.children if c.dep_ in ("dobj", "xcomp")]


def _verdict_in(parts: list, words: StanceWords):
    """The verdict word among predicate ``parts``, their modifiers, what a frame noun among them
    is "of", or the first word of a verdict phrase one of them begins."""
    for part in parts:
        if _none(part):
            continue  # "there was nothing illegal about X doing Y": no verdict passed
        if part.dep_ != "prep" and (
            part.lower_ in words.verdicts or part.lemma_.lower() in words.verdicts
        ):
            return part
        for mod in part.children:
            if mod.dep_ in ("amod", "conj") and mod.lower_ in words.verdicts:
                return mod
        if part.lemma_.lower() in words.verdict_frames:  # "a case of state-sponsored hijacking"
            framed = _verdict_in(objects_of(part, ("of",)), words)
            if framed is not None:
                return framed
        if _phrase_from(part) & words.verdicts:
            return part  # "was bad news for anyone", "was beyond the pale"
    return None


def _phrase_from(part) -> set[str]:
    """The phrases (up to six words, with and without a leading article) the predicate
    ``part`` begins: "bad news", "bad news for", ... for "bad news for anyone in Britain"."""
    doc = part.doc
    start, end = part.left_edge.i, min(part.right_edge.i + 1, part.left_edge.i + 6)
    found = set()
    for stop in range(part.i + 1, end + 1):
        text = " ".join(t.lower_ for t in doc[start:stop])
        found.add(text)
        found.add(text.split(" ", 1)[1] if doc[start].lower_ in _ARTICLES and " " in text else text)
    return found


def wrong_manner(clause, words: StanceWords):
    """How a named or described third party acted, told as a wrong: "said Ecuador had illegally
    ended Assange's asylum" (``verdict_manners``), "in violation of international law"
    (``breach_nouns``). Not said of the speaker ("it", "we") nor of who was acted on ("said they
    had been wrongly detained": the doer is another)."""
    if not any(s.dep_ == "nsubj" and s.lower_ not in SELF for s in subjects_of(clause)):
        return None
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ in words.verdict_manners:
            return child
    holders = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
    for breach in [o for h in holders for o in objects_of(h, ("in",))]:
        if breach.lemma_.lower() in words.breach_nouns and objects_of(breach, ("of",)):
            return breach
    return None


def disapproves(
    clause, statement: Draft, words: StanceWords, index: EntityIndex, context: RoleContext
) -> bool:
    """The clause tells the speaker's own disapproval: "it was disappointed by", "Beijing was
    strongly concerned", "it firmly opposed the restrictions" (the speaker, a pronoun for it,
    or its state)."""
    if not asserted(clause):
        return False
    feeling = [c for c in clause.children if c.dep_ == "acomp"]
    feeling = feeling if clause.lemma_ == "be" else [clause]
    felt = any(f.lower_ in words.disapproval for f in feeling) or bool(voiced(clause, words))
    if not felt and not opposes(clause, words):
        return False
    # "said it had complied but had expressed concern": a joined clause shares the subject
    subjects = [c for c in subjects_of(clause) if c.dep_ in SUBJECTS]
    if any(s.lower_ in SELF for s in subjects):
        return True
    speakers = statement.ids("actor") | states_of(statement)
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    return bool(hits) and all(h.entity.id in speakers for h in hits)


def voiced(clause, words: StanceWords) -> list:
    """The disapproval nouns the clause's verb expresses or holds: "had expressed grave concern
    about it", "had serious doubts about the account" (``disapproval_nouns`` as the object of
    one of ``expressing_verbs``); not "had no concerns"."""
    if clause.lemma_.lower() not in words.expressing_verbs:
        return []
    return [
        c
        for c in clause.children
        if c.dep_ == "dobj" and c.lemma_.lower() in words.disapproval_nouns and not _none(c)
    ]


def opposes(clause, words: StanceWords) -> bool:
    """ "it firmly opposed the restrictions", "we deeply regret the decision", "objected to the
    ruling": a verb of opposition (``opposition_verbs``) in the active voice."""
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    return active and clause.pos_ == "VERB" and clause.lemma_.lower() in words.opposition_verbs


def disapproved(clause, index: EntityIndex, words: StanceWords) -> list[Hit]:
    """Whom what the speaker disapproves of names: "disappointed by the Commission's
    decision": the Commission; "opposed Acme's ban": Acme."""
    feelings = [c for c in clause.children if c.dep_ == "acomp"] + [clause]
    feelings += voiced(clause, words)  # "concern about the order"
    objects = [
        o for f in feelings for dep in ("prep", "agent") for o in objects_of(f, _DISAPPROVED, dep)
    ]
    if opposes(clause, words):
        objects += [c for c in clause.children if c.dep_ == "dobj"] + objects_of(clause, ("to",))
    hits = [index.at(t) for o in objects for t in o.subtree]
    return unique([h for h in hits if h is not None])


def _none(word) -> bool:
    """ "nothing illegal", "no crime": a verdict denied."""
    return word.lower_ in ("nothing", "none") or any(c.lower_ == "no" for c in word.children)
