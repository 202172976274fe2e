"""Acts told with a "when" clause that names its own time: "When the White House attributed
WannaCry to North Korea in December 2017, Pyongyang rejected the accusation", "He received a
watch when the two met in London in December 2014". "When" puts both acts at one time, so the
act of the main clause is dated by the expression of the clause, as inferred (geo-dev's "date
inherited" convention). Only a finished act told in the simple past takes it: one told in the
perfect ("had already expelled") happened before, and a clause placed "after", "before" or
"since" another act lies at another time (``dating.ordered_in_time``)."""

from __future__ import annotations

from kg.extract.verb_shapes import in_perfect
from kg.types import Timex

# Subordinators that put a clause at the time of its governor.
_AT_THE_TIME_OF = frozenset({"when"})


def when_clause(verb):
    """The past "when" clause of ``verb`` ("rejected the accusation when X attributed ..."),
    or None. Both must tell finished acts in the simple past: the main one not in the perfect
    ("had expelled": before then), the clause not in the present ("when it comes to")."""
    if verb.tag_ not in ("VBD", "VBN") or in_perfect(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBD", "VBN") or in_perfect(clause):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        if marks & _AT_THE_TIME_OF:
            return clause
    return None


def when_clause_time(verb, times, position: int, not_after: str | None) -> Timex | None:
    """The expression the past "when" clause of ``verb`` is dated by ("when the two met in
    London in December 2014"): the one its own verb governs, or None."""
    clause = when_clause(verb)
    if clause is None:
        return None
    return times.governed_by((clause.i,), position, not_after=not_after)
