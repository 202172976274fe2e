"""Round 21c, the day of a telling told after its speaker's own dated act or after "the same
day": an act of the speaker told in the latest earlier sentence that tells an event (past one
background sentence) lends its day; an act dated by words of a clause that a telling reports
does not ("said it detected the breach on January 12": the speaker's act there is the
telling); "the same day" is not a day named inside a reported clause when the telling names
its own ("said on Tuesday that it had learned on March 2 of a flaw"), and it is read before
any rule copies it. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, named_entities

from kg.extract.events import extract_events
from kg.types import Article

FRIDAY, MONDAY, TUESDAY = "2024-10-04", "2024-09-30", "2024-10-08"
NAMES = {
    "org/treasury": ("Agency", ["Treasury"]),
    "org/ofac": ("Agency", ["OFAC"]),
    "org/fiod": ("Agency", ["FIOD"]),
    "org/acme": ("Platform", ["Acme"]),
    "org/orbit": ("Platform", ["Orbit"]),
    "org/kappa": ("Organization", ["Kappa"]),
    "person/jones": ("Official", ["Senator Jones", "Jones"]),
    "country/us": ("Country", ["United States"]),
}
LEDE = "The FIOD said on Friday it had arrested a developer in Amsterdam.\n\n"


def _events(nlp, resources, text: str, times, published: str = "2024-10-09"):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published=published)
    entities = named_entities(text, NAMES)
    return extract_events(nlp(text), article, entities, times, lexicon, taxonomy)


def _date_at(events, text: str, words: str, nth: int = 0) -> str | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    (event,) = [e for e in events if e.trigger.start == start]
    return event.date.value


# --- the speaker's own act, past a background sentence ---------------------------------


def _own_act(nlp, resources, between: str, doer: str = "Treasury"):
    text = (
        LEDE
        + f"On Monday, the {doer} sanctioned Kappa, a crypto exchange. "
        + between
        + "The Treasury said Kappa had laundered $5 million for a ransomware gang."
    )
    times = [day(text, "Friday", FRIDAY), day(text, "Monday", MONDAY)]
    events = _events(nlp, resources, text, times, published="2024-10-05")
    return _date_at(events, text, "said", nth=1)


def test_a_telling_after_a_background_sentence_takes_its_speaker_s_act_s_day(nlp, resources):
    between = "Such exchanges pool coins from many users. "
    assert _own_act(nlp, resources, between) == MONDAY


def test_with_no_sentence_between_the_speaker_s_act_lends_its_day_as_before(nlp, resources):
    assert _own_act(nlp, resources, "") == MONDAY


def test_two_background_sentences_between_leave_the_lede_s_day(nlp, resources):
    between = "Such exchanges pool coins from many users. The coins are hard to trace. "
    assert _own_act(nlp, resources, between) == FRIDAY


def test_another_doer_s_act_lends_no_day(nlp, resources):
    between = "Such exchanges pool coins from many users. "
    assert _own_act(nlp, resources, between, doer="FIOD") == FRIDAY


# --- an act dated inside the clause a telling reports ------------------------------------


def _after_a_reported_act(nlp, resources, second: str) -> str | None:
    text = (
        "Acme said on Friday that hackers had read the emails of its senior executives.\n\n"
        + second
        + " Acme said there was no sign that customer data had been reached."
    )
    times = [day(text, "Friday", FRIDAY)]
    if "Monday" in text:
        times.append(day(text, "Monday", MONDAY))
    if "on January 12" in text:
        times.append(day(text, "on January 12", "2024-01-12"))
    events = _events(nlp, resources, text, times, published="2024-10-05")
    return _date_at(events, text, "said there was")


def test_an_act_dated_inside_a_reported_clause_lends_the_next_telling_no_day(nlp, resources):
    second = "Acme said it detected the intrusion on January 12 and alerted the police."
    assert _after_a_reported_act(nlp, resources, second) == FRIDAY


def test_the_telling_s_own_day_hung_on_its_clause_still_lends_it(nlp, resources):
    second = "Acme said on Monday it had suspended 900 accounts run from abroad."
    assert _after_a_reported_act(nlp, resources, second) == MONDAY


# --- "the same day" past a recalled day --------------------------------------------------


def _same_day(nlp, resources, telling: str, more: str = ""):
    text = (
        f"{telling} that it had become aware on March 2 of a flaw in its software.\n\n"
        "Senator Jones said the same day that Orbit had briefed her office." + more
    )
    times = [day(text, "March 2", "2024-03-02"), day(text, "the same day", "2024-03-02")]
    if "Tuesday" in text:
        times.append(day(text, "Tuesday", TUESDAY))
    return text, _events(nlp, resources, text, times)


def test_the_same_day_is_the_telling_s_not_the_day_it_recalls(nlp, resources):
    text, events = _same_day(nlp, resources, "Orbit said on Tuesday")
    assert _date_at(events, text, "said the same day") == TUESDAY


def test_another_telling_verb_with_its_own_day_reads_the_same(nlp, resources):
    text, events = _same_day(nlp, resources, "Orbit disclosed on Tuesday")
    assert _date_at(events, text, "said the same day") == TUESDAY


def test_a_telling_naming_no_day_leaves_the_recalled_day(nlp, resources):
    text, events = _same_day(nlp, resources, "Orbit said")
    assert _date_at(events, text, "said the same day") == "2024-03-02"


def test_the_same_day_s_speaker_told_again_never_keeps_the_recalled_day(nlp, resources):
    more = " The flaw worried her, Jones said."
    text, events = _same_day(nlp, resources, "Orbit said on Tuesday", more)
    tellings = [e for e in events if e.trigger.start >= text.index("said the same day")]
    assert tellings and all(e.date.value == TUESDAY for e in tellings)
