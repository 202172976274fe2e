"""When an event happened: the time expression that anchors its trigger, else the article date.

Order of preference (issue 3 item 5, DESIGN 5.1):

1. a DATE/TIME expression governed by the trigger: walking up the parse from the expression, the
   first verb or trigger word met is the trigger (or its light verb): "arrested on Tuesday",
   "the drive, announced Wednesday", "Earlier this week, X shut ...";
2. else the nearest such expression in the same sentence that no other trigger governs, nor
   another speech verb reports, nor a joined clause with its own subject owns;
3. else, for reported speech and announced decisions ("X announced on Friday that Y had been
   indicted", "X said on Saturday it would expel"), the expression of the reporting verb, and
   for coordinated or subordinate triggers ("arrested him on Monday and charged him"), that of
   the governing trigger, with source "inferred" (geo-dev's "date inherited" convention); a
   clause placed after or before its governor ("a day after X froze ...") inherits nothing;
4. else nothing anchors it: ``value`` is None, ``source`` is "published" and earliest/latest are
   the publication date, so the UI can place it at the article's date, marked as such.

Durations, sets, vague references (PAST_REF) and the date of a dateline ("WASHINGTON, 14 Apr:")
never date an event, nor does an expression starting after publication date an asserted
past act ("X declared a dividend payable Dec. 1", "X said the talks would resume next week":
the declaring and the saying are over when the article appears). "since 2014" dates the start
year: the expression's own value is used, at its own precision. An expression modifying a noun
that is no trigger, in a phrase on another noun ("in retaliation for interference in last
year's election"), names that noun's time and dates no act. A date restated more precisely
right after it ("earlier this month, on November 4") dates at the finer precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.datelines import CAPITALS
from kg.extract.reported_clauses import clause_tokens
from kg.extract.time_attachment import (
    cause_dated,
    dates_a_nested_noun,
    teller_of,
    timex_span,
)
from kg.types import EventDate, Timex

_DATED = re.compile(r"^(\d{4}|XXXX)")
_UNRESOLVED = "XXXX"
_DATELINE_PLACE = re.compile(
    rf"^\s*[{CAPITALS}][{CAPITALS} .'-]{{1,30}}(,\s*[{CAPITALS}](?:[^\W\d_]|[ .'-]){{1,30}})?,\s*$"
)
_DATELINE_END = re.compile(r"^\s*(\(\w+\)\s*)?[:—–-]")
_PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}
# At most ", on " between a date and its more precise restatement.
_RESTATEMENT_GAP = 6
# Subordinators placing a clause at another time than its governor.
_TIME_ORDER = frozenset({"after", "before", "since", "until", "till", "following", "prior"})
# Prepositions introducing what a telling is made in: "in a statement", "at a briefing".
_VEHICLE_PREPOSITIONS = frozenset({"in", "at", "during", "through", "via"})


def usable(timex: Timex) -> bool:
    """True if the expression can date an event: a calendar DATE or TIME value."""
    return timex.type in ("DATE", "TIME") and bool(_DATED.match(timex.value))


def is_dateline(text: str, timex: Timex) -> bool:
    """ "WASHINGTON, 14 Apr: ..." or "DHARAMSALA, 28 Aug —": the date of the report, not of an
    event in it."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    before = text[line_start : timex.start]
    after = text[timex.end : timex.end + 16]
    return bool(_DATELINE_PLACE.match(before) and _DATELINE_END.match(after))


class SentenceTimes:
    """The usable time expressions of one sentence and the word each one attaches to."""

    def __init__(
        self, doc, sent, timexes: Iterable[Timex], trigger_heads: set[int], text: str
    ) -> None:
        self.triggers = trigger_heads
        self.items: list[tuple[Timex, int | None]] = []
        self._first_token: dict[int, int] = {}  # timex start -> its first token
        self._in_noun: set[int] = set()  # starts of expressions inside a noun phrase
        self._own_clause: set[int] = set()  # starts of expressions a joined clause owns
        # starts of expressions opening a reported clause -> the verb telling it, which they
        # date as well ("said on Monday it had recovered": the saying and the recovery)
        self._teller: dict[int, int] = {}
        self._told: dict[int, frozenset[int]] = {
            i: clause_tokens(doc[i]) for i in trigger_heads if sent.start <= i < sent.end
        }
        for timex in timexes:
            inside = timex.start >= sent.start_char and timex.end <= sent.end_char
            if inside and usable(timex) and not is_dateline(text, timex):
                governor, in_noun = _governor(doc, sent, timex, trigger_heads)
                if dates_a_nested_noun(doc, timex, trigger_heads):
                    continue  # "in retaliation for interference in last year's election"
                cause = cause_dated(doc, timex)
                if cause is not None and cause.i not in trigger_heads:
                    continue  # "blamed X for the outbreak in May 2017": the outbreak's time
                if cause is not None:
                    governor, in_noun = cause.i, False  # the cause's own trigger
                self.items.append((timex, governor))
                teller = teller_of(doc, timex, governor)
                if teller is not None:
                    self._teller[timex.start] = teller
                if in_noun:
                    self._in_noun.add(timex.start)
                span = timex_span(doc, timex)
                if governor is not None and own_clause(doc[governor], span):
                    self._own_clause.add(timex.start)
                if span is not None:
                    self._first_token[timex.start] = span.start

    def for_trigger(
        self,
        anchors: tuple[int, ...],
        position: int,
        elsewhere: frozenset[int] = frozenset(),
        not_after: str | None = None,
    ) -> Timex | None:
        """The expression dating a trigger whose anchor tokens are ``anchors``; an expression
        starting on a token of ``elsewhere`` (the trigger's reported clause, a quotation the
        trigger is outside of) is never taken as the nearest free one, nor one starting after
        ``not_after`` (the publication date, for a past act)."""
        governed = self.governed_by(anchors, position, elsewhere, not_after)
        if governed is not None:
            return governed
        # Expressions another trigger governs belong to that trigger, and so do those of what
        # another speech verb reports ("accused X of A, and said B had risen over the past
        # year") and those of a joined clause with its own subject ("X accused Y of A, and in
        # April Z chose B").
        told = self._told_elsewhere(anchors)
        free = [
            t
            for t, g in self.items
            if g not in self.triggers
            and self._teller.get(t.start) not in self.triggers
            and t.start not in self._own_clause
            and self._here(t, elsewhere | told)
            and _by(t, not_after)
        ]
        if not free:
            return None
        return _finest(min(free, key=lambda t: abs(t.start - position)), free)

    def governed_by(
        self,
        anchors: tuple[int, ...],
        position: int,
        elsewhere: frozenset[int] = frozenset(),
        not_after: str | None = None,
    ) -> Timex | None:
        """The nearest expression attached to one of ``anchors``, if any."""
        governed = [
            t
            for t, g in self.items
            if (g in anchors or self._teller.get(t.start) in anchors)
            and self._here(t, elsewhere)
            and _by(t, not_after)
        ]
        if not governed:
            return None
        # "Yesterday, at this year's conference, X unveiled": the expression modifying the
        # verb dates it, not one inside a noun phrase on its way ("this year's").
        chosen = min(governed, key=lambda t: (t.start in self._in_noun, abs(t.start - position)))
        return _finest(chosen, governed)

    def of_made_participle(self, verb, position: int, not_after: str | None) -> Timex | None:
        """ "ordered the app blocked in the country last week": the time on the bare participle
        an order makes happen is the order's (the parse hangs it on the participle)."""
        made = [
            c.i
            for c in verb.children
            if c.dep_ in ("ccomp", "oprd")
            and c.tag_ == "VBN"
            and not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children)
        ]
        return self.governed_by(tuple(made), position, not_after=not_after) if made else None

    def of_vehicle(
        self, verb, position: int, not_after: str | None, published_by: frozenset[str] = frozenset()
    ) -> Timex | None:
        """ "In a submission made public on Wednesday, the ministry said": the time of the
        participle describing what a telling was made in dates the telling; only a participle
        of ``published_by`` when given ("in a piece published on Monday", not "in an
        operation reported on Monday": the operation came before)."""
        described = [
            acl.i
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in _VEHICLE_PREPOSITIONS
            for noun in prep.children
            if noun.dep_ == "pobj"
            for acl in noun.children
            if acl.dep_ == "acl"
            and acl.tag_ == "VBN"
            and (not published_by or acl.lemma_.lower() in published_by)
        ]
        return self.governed_by(tuple(described), position, not_after=not_after)

    def of_mission(self, verb, position: int, not_after: str | None) -> Timex | None:
        """ "sent an undercover employee to meet with him in March 2020": the time of what
        the one sent was to do dates the sending (call only for verbs of sending)."""
        missions = tuple(c.i for c in verb.children if c.dep_ in ("xcomp", "advcl"))
        return self.governed_by(missions, position, not_after=not_after) if missions else None

    def _told_elsewhere(self, anchors: tuple[int, ...]) -> frozenset[int]:
        """Tokens other triggers of the sentence report, unless the trigger is told there."""
        told: set[int] = set()
        for speaker, clause in self._told.items():
            if speaker not in anchors and not clause.intersection(anchors):
                told.update(clause)
        return frozenset(told)

    def _here(self, timex: Timex, elsewhere: frozenset[int]) -> bool:
        return self._first_token.get(timex.start) not in elsewhere


def _by(timex: Timex, not_after: str | None) -> bool:
    """True unless the expression starts after the day ``not_after`` (unknown starts pass)."""
    if not_after is None or timex.earliest is None:
        return True
    return timex.earliest[:10] <= not_after[:10]


def asserted_past(verb) -> bool:
    """A verb telling of a finished act: simple past ("declared"), or a finite auxiliary in the
    past or the perfect ("was arrested", "had been talking", "has met"), with no modal ("would
    have met") and not in an "if" clause. Such an act cannot lie after the publication."""
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return False
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # a participle clause of a finished act is done with it ("banned Huawei on Tuesday,
        # ordering operators to strip its kit out by 2027": the order is no act of 2027)
        return asserted_past(verb.head)
    if not auxiliaries:
        return verb.tag_ == "VBD"
    finite = auxiliaries[0]  # "had" in "had been talking", "will" in "will be arrested"
    perfect = finite.lemma_ == "have" and finite.tag_ in ("VBZ", "VBP")
    return finite.tag_ == "VBD" or perfect


def _finest(chosen: Timex, candidates: list[Timex]) -> Timex:
    """``chosen``, or a candidate right next to it that names a moment inside it: "earlier
    this month, on November 4" and "last week, on Tuesday" restate one date more precisely."""
    for other in candidates:
        gap = max(other.start - chosen.end, chosen.start - other.end)
        if other is not chosen and 0 <= gap <= _RESTATEMENT_GAP and _narrower(other, chosen):
            return other
    return chosen


def _narrower(inner: Timex, outer: Timex) -> bool:
    bounds = (inner.earliest, inner.latest, outer.earliest, outer.latest)
    if None in bounds:
        return False
    a, b, c, d = bounds
    return c <= a and b <= d and (a, b) != (c, d)  # type: ignore[operator]


def _governor(doc, sent, timex: Timex, trigger_heads: set[int]) -> tuple[int | None, bool]:
    """The first trigger word or verb above the expression in the parse (its token index),
    and whether the way up passed through a noun outside it ("this year's conference")."""
    span = timex_span(doc, timex)
    if span is None:
        return None, False
    inside = {t.i for t in span}
    tok = span.root
    in_noun = False
    for _ in range(len(sent) + 1):
        if tok.i not in inside:
            if tok.i in trigger_heads or tok.pos_ in ("VERB", "AUX"):
                return tok.i, in_noun
            in_noun = in_noun or tok.pos_ in ("NOUN", "PROPN")
        if tok.head.i == tok.i:
            return None, in_noun
        if not sent.start <= tok.head.i < sent.end:
            # Attached across a line break ("June 8, 2010\nYesterday, X unveiled"): the
            # expression modifies this sentence's own main verb.
            return _main_verb(sent, inside, trigger_heads), False
        tok = tok.head
    return None, in_noun


def governor_of(doc, sent, timex: Timex) -> int | None:
    """The first verb above the expression in the parse (its token index), if any."""
    return _governor(doc, sent, timex, set())[0]


def _main_verb(sent, inside: set[int], trigger_heads: set[int]) -> int | None:
    for tok in sent:
        rooted = tok.head.i == tok.i or not sent.start <= tok.head.i < sent.end
        verbal = tok.i in trigger_heads or tok.pos_ in ("VERB", "AUX")
        if rooted and verbal and tok.i not in inside:
            return tok.i
    return None


def ordered_in_time(verb) -> bool:
    """A clause placed before or after its governor ("a day after Britain froze the assets",
    "before he fled"): it happened at another time, and does not share the governor's date."""
    return any(c.dep_ in ("mark", "prep") and c.lower_ in _TIME_ORDER for c in verb.children)


def joined_clause(verb) -> bool:
    """A clause coordinated to another with a subject of its own ("..., and in April the
    company chose Ghana"): it tells its own act, whose time is not the first clause's."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def own_clause(verb, span) -> bool:
    """A clause whose time is its own, never the nearest free time of another trigger: one
    joined with a subject of its own, or a relative clause saying since when someone has been
    what they are ("Lukashenko, who has ruled Belarus since 1994, has jailed ...": 1994 is when
    the rule began, not the jailing)."""
    since = (
        verb.dep_ == "relcl"
        and span is not None
        and "since" in (span[0].lower_, span.root.head.lower_)
    )
    return since or joined_clause(verb)


def event_date(timex: Timex | None, published: str | None, source: str = "text") -> EventDate:
    """The ``EventDate`` a chosen expression (or none) gives, per DESIGN 5.1; ``source`` is
    "inferred" when the expression dates the statement that reports the event."""
    if timex is None:
        return EventDate(None, source="published", earliest=published, latest=published)
    value = _date_value(timex.value)
    if value.startswith(_UNRESOLVED):
        # No publication date to resolve "Wednesday" against: keep the words, not a guess.
        return EventDate(None, timex.text, timex.start, timex.end, source=source)
    earliest, latest, precision = timex.earliest, timex.latest, timex.precision
    if earliest is None or latest is None or precision is None:
        from kg.extract.timenorm import interval_of

        found = interval_of(value)
        if found is not None:
            earliest, latest, precision = found
    precision = precision or _PRECISION_OF_LENGTH.get(len(value))
    return EventDate(value, timex.text, timex.start, timex.end, precision, earliest, latest, source)


def _date_value(value: str) -> str:
    """A TIME value dates its day: 2024-10-02T14:30 -> 2024-10-02."""
    return value.split("T", 1)[0] if "T" in value else value
