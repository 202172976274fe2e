"""Dates an undated event borrows from another the text ties it to, all as "inferred".

- a reported act takes the date of its speaker's dated statement in the same sentence;
- an act "after/when" someone acted takes the date of that act told earlier;
- a present-tense act in a block quote takes the date of the statement introducing the quote;
- an undated telling of the news takes the date of a lede dated shortly before publication;
- an act told "hours later" takes the day of the latest act dated to a day before it
  (kg/extract/hours_later.py);
- an act a measured time before or after an act named again by a noun ("The verdict came two
  months after police arrested X") is dated from that act's day, moved by the measure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.act_offsets import date_acts_since_acts, date_placed_from_acts
from kg.extract.date_relations import added_act, doers_of, inherit_date, placed_by_a_clause
from kg.extract.day_clauses import date_by_day_clauses
from kg.extract.hours_later import date_hours_later
from kg.extract.lede_statements import (
    date_tellings_by_a_lede_statement,
    lede_statement,
    told_now,
)
from kg.extract.named_occasions import date_at_occasions_told_before
from kg.extract.news_day import (
    date_acts_a_spokesperson_details,
    date_acts_of_the_news_day,
    date_reports_going_on,
    spoken_for,
)
from kg.extract.occasions import (
    date_same_charges,
    dated_by_the_same_day,
    dated_by_the_same_occasion,
)
from kg.extract.offset_dates import (
    measured_governor,
    measured_offset,
    measured_telling,
    shifted_day,
    shifted_month,
)
from kg.extract.reference import EntityIndex, RoleContext, definite_description, np_entities
from kg.extract.reported_clauses import dated_inside_a_reported_clause
from kg.extract.shapes import block_quote_start
from kg.extract.time_attachment import timex_span
from kg.extract.trigger_dates import date_time_sharers, measured_clause
from kg.linebreaks import doc_text

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# A lede this many days before publication tells the news of the day its tellings belong to.
_NEWS_DAYS = 3
# Prepositions naming the occasion an act was done at: "at a meeting", "during a visit".
_OCCASION_PREPOSITIONS = frozenset({"at", "during"})


def borrow_dates(
    doc, drafts: list[Draft], published: str | None, taxonomy: dict, charge_nouns, timexes
) -> None:
    """Once every sentence is drafted: the dates undated events borrow from the events the
    text ties them to, in order (a later step may borrow what an earlier one lent)."""
    # "the same day" read before any rule copies a date: the time stage's reading is the
    # last day named, which may be a recalled one
    dated_by_the_same_day(doc, drafts, timexes)
    date_block_quotes(doc, drafts, taxonomy)
    date_hours_later(doc, drafts, timexes)  # before the lede lends its day to "Hours later, X said"
    date_by_day_clauses(doc, drafts)  # and to "on the night the ban was ordered, X said"
    # and to "Three days after the break-in, X said"
    date_placed_from_acts(doc, drafts, published, timexes)
    date_acts_since_acts(doc, drafts)
    date_at_occasions_told_before(doc, drafts)  # "At her sentencing she told the court"
    date_tellings_by_the_lede(doc, drafts, published)
    statement = lede_statement(doc, timexes, published, _news_day)
    date_tellings_by_a_lede_statement(doc, drafts, statement)  # "the AIVD said on Thursday"
    date_reported_by_dated_tellings(doc, drafts, taxonomy)
    date_occasions_of_acts(doc, drafts)
    date_same_charges(doc, drafts, charge_nouns)
    date_added_acts(doc, drafts)
    date_acts_of_the_news_day(doc, drafts, _recent_lede(drafts, published))
    date_acts_a_spokesperson_details(doc, drafts)
    date_reports_going_on(drafts)
    date_measured_from_earlier(doc, drafts, timexes)
    dated_by_the_same_occasion(doc, drafts, timexes)
    date_time_sharers(doc, drafts)


def date_from_statements(doc, drafts: list[Draft], taxonomy: dict, inferred: bool = False) -> None:
    """An undated reported event takes the date of its speaker's dated statement in the same
    sentence ("In a statement posted on Monday, the FBI said it had arrested ..."), inferred;
    so does the speaker's own relative clause ("told MPs on May 8 that Britain was expelling
    X, whom he described as a spy": the describing is part of that telling)."""
    statements = _dated_statements(drafts, taxonomy, inferred)
    for draft in drafts:
        if draft.date.value is not None or placed_by_a_clause(doc[draft.match.verb]):
            continue  # "said the men were expelled after the operation was stopped": not then
        speakers = {draft.attributed_to} if draft.attributed_to is not None else set()
        if not speakers and doc[draft.match.verb].dep_ == "relcl":
            speakers = draft.ids("actor")
        said = [d for d in statements if speakers & d.ids("actor")]
        if said:
            inherit_date(draft, said[0])


def date_reported_by_dated_tellings(doc, drafts: list[Draft], taxonomy: dict) -> None:
    """Once tellings have borrowed their day (from the lede, from their speaker's earlier
    telling), what each reports in its sentence takes that day too ("The agency said the
    campaign was backed by the Chinese state": the accusation is the telling's)."""
    sentences: dict[int, list[Draft]] = {}
    for draft in drafts:
        sentences.setdefault(draft.sentence_no, []).append(draft)
    for sentence_drafts in sentences.values():
        date_from_statements(doc, sentence_drafts, taxonomy, inferred=True)


def date_occasions_of_acts(doc, drafts: list[Draft]) -> None:
    """ "Rama made the announcement at a meeting with teachers": the undated occasion an act
    was done at ("at a meeting", "during a visit") took place when the act did, inferred."""
    by_anchor = {a: d for d in drafts for a in d.match.anchors if d.date.source != "published"}
    for draft in drafts:
        noun = doc[draft.match.head]
        if draft.date.value is not None or not draft.match.nominal or noun.dep_ != "pobj":
            continue
        if noun.head.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        act = by_anchor.get(noun.head.head.i)
        if act is not None and act is not draft:
            inherit_date(draft, act)


def tied_actors(doc, match, index: EntityIndex, context: RoleContext) -> frozenset[str]:
    """Who acts in a past "after/when" clause of the trigger ("said after the committee
    voted"): an act of theirs told earlier and dated dates this one too."""
    verb = doc[match.verb]
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ != "advcl" or clause.tag_ != "VBD" or not marks & {"after", "when"}:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            hits = np_entities(subject, index) or definite_description(subject, index, context)
            return frozenset(h.entity.id for h in hits)
    return frozenset()


def date_from_tied_acts(sentence_drafts: list[Draft], earlier: list[Draft]) -> None:
    """An undated event "after/when" someone's act takes the date of that act, told and dated
    in an earlier sentence ("The committee backed the bill on Tuesday. ... Smith said after
    the committee voted"), as inferred: the text ties the two."""
    for draft in sentence_drafts:
        if draft.date.value is not None or not draft.tied_to:
            continue
        acts = [d for d in earlier if d.date.source == "text" and d.ids("actor") & draft.tied_to]
        if acts:
            inherit_date(draft, acts[-1])


def date_block_quotes(doc, drafts: list[Draft], taxonomy: dict) -> None:
    """An undated present-tense event in a block quote ("> We urge ...") takes the date of the
    dated statement in the sentence that introduces the quote ("X published a statement
    today:"), with source "inferred": the quoted words are that statement's own acts. A past
    tense in the quote ("as endorsed by") tells of an earlier happening and stays undated."""
    text = doc_text(doc)
    statements = _dated_statements(drafts, taxonomy)
    for draft in drafts:
        light = draft.match.light_verb
        past = doc[light if light is not None else draft.match.head].tag_ in ("VBD", "VBN")
        block = None if draft.date.value or past else block_quote_start(text, draft.trigger.start)
        if block is None:
            continue
        ends = [d for d in statements if d.sentence.end <= block]
        before = [d for d in ends if not text[d.sentence.end : block].strip()]
        if before:
            inherit_date(draft, before[-1])


def date_tellings_by_the_lede(doc, drafts: list[Draft], published: str | None) -> None:
    """An undated telling of the news ("Prime Minister X said there was suspicion ...") after
    a lede dated to a day shortly before publication ("The Czech Republic on Saturday ordered
    ...", published Monday) was told that day: it takes the lede's date, inferred, or the date
    of the speaker's own dated telling before it ("X said on Thursday ... He said ..."). A
    telling recalled ("had said") or denied keeps none. After a lede of older news ("X blocked
    Y in February"), only the speaker's own telling dated shortly before publication dates
    it ("In a filing made public on Wednesday, the ministry said ... The ministry accused")."""
    lede = next((d for d in drafts if d.date.source == "text"), None)
    if lede is None:
        return
    recent = _news_day(lede.date.value, published)
    dated_tellings: list[Draft] = []
    for draft in drafts:
        # not one told on another occasion ("told a later hearing"), tied to another act
        # ("said after Acme sued"), recalled, denied or placed at another time
        told = told_now(doc, draft)
        # a telling dated by the statement it is part of counts too ("told MPs on May 8 that
        # ..., whom he described as a spy. He linked ...": the describing is May 8's)
        spoken = told or draft.match.statement or draft.type == "Accusation"
        if spoken and not draft.negated and draft.date.source != "published":
            dated_tellings.append(draft)
        if not told or draft.date.value is not None or draft.trigger.start < lede.trigger.start:
            continue
        # "X said on Thursday that ... He said ...": the speaker's own dated telling first
        own = [d for d in dated_tellings if d.ids("actor") & draft.ids("actor")]
        # "On Friday, Blinken announced sanctions ... He accused RT of ...": the speaker's own
        # act told right before on a day of its own
        just_before = _own_act_just_before(doc, drafts, draft, draft.ids("actor"))
        if just_before is None and not own:
            # "China rejected the allegations on Tuesday. Foreign ministry spokesman Zhao said
            # ...": the act of whom a speaker with no dated telling of their own speaks for
            just_before = _own_act_just_before(doc, drafts, draft, spoken_for(draft))
        if just_before is not None:
            inherit_date(draft, just_before)
            continue
        if not recent:
            own = [d for d in own if _news_day(d.date.value, published)]
        if own or recent:
            inherit_date(draft, own[-1] if own else lede)


# How many sentences back the act a telling goes on from may lie: one with no act of ours
# may come between ("On Monday, OFAC added X to its list. Mixers pool deposits ... Treasury
# said the mixer had been used ...": the background sentence tells no event).
_JUST_BEFORE = 2


def _own_act_just_before(
    doc, drafts: list[Draft], draft: Draft, speakers: set[str]
) -> Draft | None:
    """The act of ``speakers`` (the telling's speaker, or whom the speaker speaks for) told
    in the sentence right before the telling (the latest earlier one telling an event, past
    at most one that tells none) and dated to a day by its own words, if any; not one that
    sentence reports ("The company said it detected the intrusion on January 12": the
    speaker's act there is the telling, whose day is not the one named)."""
    told = [d.sentence_no for d in drafts if d.sentence_no < draft.sentence_no]
    if not told or draft.sentence_no - max(told) > _JUST_BEFORE:
        return None
    before = [
        d
        for d in drafts
        if d.sentence_no == max(told)
        and d.date.source == "text"
        and d.date.precision == "day"
        and doers_of(d) & speakers
        and not dated_inside_a_reported_clause(doc, d.match.verb, d.date.start)
    ]
    return before[-1] if before else None


def date_added_acts(doc, drafts: list[Draft]) -> None:
    """ "The Treasury on Thursday sanctioned X ... The Treasury also blacklisted 32 entities":
    an undated act its doer "also" did, told in the simple past, adds to the act that doer (or
    its state) was last told doing, and takes its date, inferred. Not speech ("also said"
    goes on with the statement), not an act told in the perfect ("had also hacked":
    background), and nothing when that last act is undated."""
    for i, draft in enumerate(drafts):
        verb = doc[draft.match.verb]
        if draft.date.value is not None or draft.match.statement or not added_act(verb):
            continue
        doers = doers_of(draft)
        earlier = [
            d
            for d in drafts[:i]
            if d.trigger.start < draft.trigger.start
            and not d.match.statement  # what the doer said is not the act it adds to
            and doers_of(d) & doers
        ]
        if earlier and earlier[-1].date.value is not None:
            inherit_date(draft, earlier[-1])


def date_measured_from_earlier(doc, drafts: list[Draft], timexes) -> None:
    """ "The verdict came two months after Säpo officers arrested a couple", "The change came
    eight days after the government disclosed ...": the governor is an act told before and
    named again by a definite noun, with no time of its own; the measured act is dated from
    the day of that act (the latest earlier one with the noun's word, else the latest dated to
    a day in an earlier sentence), moved by the measure: a day for days and weeks, a month for
    months, inferred. A governor with a subject that names someone ("Smith resigned two months
    after ...") is no act told again, and the clause stays undated."""
    timed = _timed_tokens(doc, timexes)
    for i, draft in enumerate(drafts):
        verb = measured_telling(measured_clause(doc[draft.match.verb]))
        if draft.date.value is not None or verb.dep_ != "advcl":
            continue
        offset = measured_offset(verb)
        governor = measured_governor(verb)
        noun = _act_named_again(governor)
        if offset is None or noun is None:
            continue
        # "The verdict came in March, two months after ...": its own time, told before the
        # measured clause (one after it is the clause's, wherever the parser hangs it)
        own = {t.i for t in governor.subtree if t.i < verb.left_edge.i}
        if own & timed:
            continue
        days = [
            d
            for d in drafts[:i]
            if d.sentence_no < draft.sentence_no
            and d.date.source != "published"
            and d.date.precision == "day"
        ]
        named = [d for d in days if doc[d.match.head].lemma_.lower() == noun.lemma_.lower()]
        source = (named or days)[-1] if days else None
        if source is None or source.date.value is None:
            continue
        amount, unit = offset
        if unit == "month":
            moved = shifted_month(source.date.value, amount)
        else:
            moved = shifted_day(source.date, amount)
        if moved is not None:
            draft.date = replace(
                moved, text=source.date.text, start=source.date.start, end=source.date.end
            )
            draft.date_from_text = True


def _act_named_again(governor):
    """The definite common noun subject of ``governor`` ("The verdict came", "The advisory was
    published", "This move came"), or None."""
    for child in governor.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            determiners = {c.lower_ for c in child.children if c.dep_ == "det"}
            if determiners & {"the", "this", "that"}:
                return child
    return None


def _timed_tokens(doc, timexes) -> set[int]:
    """Tokens of the expressions naming a time (not a measure: "eight days")."""
    tokens: set[int] = set()
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        span = timex_span(doc, timex)
        if span is not None:
            tokens.update(t.i for t in span)
    return tokens


def _lede(drafts: list[Draft]) -> Draft | None:
    """The first act dated by words of its own sentence: its own expression, or that of the
    telling reporting it ("Russia said on Saturday it would expel ...", whose telling the
    act absorbed)."""
    return next((d for d in drafts if _dated_in_its_sentence(d)), None)


def _dated_in_its_sentence(draft: Draft) -> bool:
    if draft.date.source == "text":
        return True
    start = draft.date.start
    inside = start is not None and draft.sentence.start <= start < draft.sentence.end
    return draft.date.source == "inferred" and inside


def _recent_lede(drafts: list[Draft], published: str | None) -> Draft | None:
    """The lede (``_lede``), if dated to a day shortly before publication: the news day whose
    acts ``news_day`` dates (the tellings' rule keeps the first act dated in the text, as
    a telling absorbed into its act would lend its day to later tellings the gold leaves
    undated)."""
    lede = _lede(drafts)
    return lede if lede is not None and _news_day(lede.date.value, published) else None


def _news_day(value: str | None, published: str | None) -> bool:
    """True if ``value`` is a day at most ``_NEWS_DAYS`` before the publication day."""
    if value is None or published is None or len(value) != 10:
        return False
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(value)
    except ValueError:
        return False
    return 0 <= gap.days <= _NEWS_DAYS


def _dated_statements(drafts: list[Draft], taxonomy: dict, inferred: bool = False) -> list[Draft]:
    sources = ("text", "inferred") if inferred else ("text",)
    dated = [d for d in drafts if d.date.value and d.date.source in sources]
    return [d for d in dated if _is_statement(d, taxonomy)]


def _is_statement(draft: Draft, taxonomy: dict) -> bool:
    event_type = taxonomy.get(draft.type)
    speech = draft.match.statement or draft.stated
    return speech or (event_type is not None and event_type.plover == "STATEMENT")
