"""A body's dated statement in the lede dates its further tellings of the same announcement.

"A Russian officer tried to join the court in April, the AIVD said on Thursday. ... The officer
works for the GRU, the AIVD said.": news opens with what a body said on a day, and the
paragraphs after it go on telling that statement in pieces, each "X said" with no day of its
own. When what the lede tells is no event of ours, no draft carries the statement's day, so the
lede's own words are read: a telling verb of the article's first sentence (``telling_verbs`` in
ontologies/dating.yaml) dated to a day shortly before publication by an expression it governs,
and the entity its subject names. An undated telling of the news by that entity later in the
article takes the day, inferred (geo-dev's convention: the same statement, the same date), as
does an act it "also" did ("The AIVD also posted a video": one more act of that announcement).
A telling recalled, denied, placed at another time or tied to another act keeps none
(``told_now``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.act_offsets import placed_from_an_act
from kg.extract.date_relations import added_act, told_later
from kg.extract.dating import event_date, governor_of, usable
from kg.extract.dating_words import dating_words_of
from kg.extract.occasions import at_the_time, during_a_time_told_before, on_another_occasion
from kg.extract.shapes import sentences
from kg.extract.time_attachment import teller_of
from kg.types import EventDate, Timex

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


# A telling in a clause of its own ("the AIVD said"), not a word describing a noun ("diplomats
# identified as officers"), whose speaker the roles stage reads from other words.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_DESCRIBING = frozenset({"acl", "relcl", "amod"})


@dataclass(frozen=True)
class LedeStatement:
    """What the lede says a body said on a day: the first character of the speaker's head
    word, the verb's last, and the day."""

    speaker_at: int
    ends_at: int
    date: EventDate


def told_now(doc, draft: Draft) -> bool:
    """A telling as the news reports it on its day: "X said", not "had said", "said at the
    time", "told a later hearing", "said days later", "said after Acme sued", "During those
    protests, X said", nor a denied one."""
    verb = doc[draft.match.verb]
    told = draft.news_of_the_day and not draft.negated and not draft.tied_to
    told = told and not on_another_occasion(doc[draft.match.head])
    told = told and not at_the_time(verb) and not told_later(verb)
    told = told and placed_from_an_act(verb) is None
    return told and not during_a_time_told_before(verb)


def lede_statement(
    doc, timexes: list[Timex], published: str | None, recent
) -> LedeStatement | None:
    """The dated telling of the article's first sentence, if one is dated to a day that
    ``recent`` (a day value, the publication date -> bool) calls the news day."""
    first = next(iter(sentences(doc)), None)
    if first is None:
        return None
    verbs = dating_words_of(doc).telling_verbs
    inside = [t for t in timexes if first.start_char <= t.start and t.end <= first.end_char]
    for timex in inside:
        if not usable(timex):
            continue
        governor = governor_of(doc, first, timex)
        teller = teller_of(doc, timex, governor)
        told_by = teller if teller is not None else governor
        verb = doc[told_by] if told_by is not None else None
        if verb is None or verb.lemma_.lower() not in verbs:
            continue
        speaker = _speaker_word(verb)
        date = event_date(timex, published, source="inferred")
        if speaker is not None and date.precision == "day" and recent(date.value, published):
            return LedeStatement(speaker.idx, verb.idx + len(verb.text), date)
    return None


def _speaker_word(verb):
    """The head word of who speaks: a subject after the verb ("said the ministry on Friday"),
    else the word right before the verb, past punctuation and a parenthesis ("..., the
    Netherlands' General Intelligence and Security Service (AIVD) said": "Service"). News
    ledes put the attribution last, where the parser often misses the subject (a dateline
    "THE HAGUE —" taken for it)."""
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if after:
        return after[0]
    i = verb.i - 1
    depth = 0
    while i >= verb.sent.start:
        tok = verb.doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and not tok.is_punct:
            return tok if tok.pos_ in ("NOUN", "PROPN", "PRON") else None
        i -= 1
    return None


def date_tellings_by_a_lede_statement(
    doc, drafts: list[Draft], statement: LedeStatement | None
) -> None:
    """Undated tellings of the news told after the lede by the entity the lede's dated
    telling names as its speaker take that telling's day, inferred; so does an act that
    speaker "also" did, told in the simple past ("The AIVD also posted a video"): the lede
    tells no act of its own, only the announcement the act adds to."""
    if statement is None:
        return
    for draft in drafts:
        if draft.date.value is not None or draft.trigger.start < statement.ends_at:
            continue
        verb = doc[draft.match.verb]
        finite = verb.tag_ in _FINITE and verb.dep_ not in _DESCRIBING
        # "The AIVD also posted a video": one more act of the announcement the lede tells
        told = told_now(doc, draft) or added_act(verb)
        if finite and told and _spoken_by(draft, verb, statement.speaker_at):
            draft.date = statement.date
            draft.date_from_text = True


def _spoken_by(draft: Draft, verb, speaker_at: int) -> bool:
    """True if the telling's subject names the entity the lede names at ``speaker_at`` ("the
    AIVD said", "the agency said"; not an actor the roles stage took from other words)."""
    subjects = [c.idx for c in verb.children if c.dep_ == "nsubj"]
    return any(
        any(hit.mention.start <= at < hit.mention.end for at in subjects)
        and any(m.start <= speaker_at < m.end for m in hit.entity.mentions)
        for hit in draft.roles["actor"]
    )
