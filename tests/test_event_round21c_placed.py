"""Round 21c, an act's own time where it points back to another act: a measure from an act a
possessive pronoun names again ("Nine days after her arrest, ... were detained") is taken from
that act as from "the arrest"; a time phrase after a cause a demonstrative names again
("blamed Lazarus for that heist in April") is the act's, not the cause's, while "the outbreak
in May 2017" and "that 2016 hack" keep theirs. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, named_entities, timex

from kg.extract.events import extract_events
from kg.types import Article

NAMES = {
    "person/lee": ("Person", ["Lee"]),
    "person/park": ("Person", ["Park"]),
    "country/cn": ("Country", ["China", "Chinese"]),
    "country/ca": ("Country", ["Canada", "Canadian"]),
    "org/fbi": ("Agency", ["FBI"]),
    "org/lazarus": ("Organization", ["Lazarus Group", "Lazarus"]),
    "org/eu": ("Organization", ["EU"]),
}


def _events(nlp, resources, text: str, times, published: str = "2024-10-09"):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published=published)
    entities = named_entities(text, NAMES)
    return extract_events(nlp(text), article, entities, times, lexicon, taxonomy)


def _date_at(events, text: str, words: str) -> str | None:
    start = text.index(words)
    (event,) = [e for e in events if e.trigger.start == start]
    return event.date.value


# --- a measure from an act a possessive pronoun names again --------------------------------


def _measured(nlp, resources, opening: str) -> str | None:
    text = (
        "Canadian police arrested Lee at the airport in Vancouver on March 3, 2024.\n\n"
        f"{opening}, Chinese state security detained Park, a Canadian teacher."
    )
    times = [day(text, "March 3, 2024", "2024-03-03")]
    return _date_at(_events(nlp, resources, text, times), text, "detained")


def test_days_after_her_arrest_are_counted_from_the_arrest(nlp, resources):
    assert _measured(nlp, resources, "Nine days after her arrest") == "2024-03-12"


def test_weeks_after_their_arrest_are_counted_too(nlp, resources):
    assert _measured(nlp, resources, "Two weeks after their arrest") == "2024-03-17"


def test_a_possessive_name_is_no_act_told_again(nlp, resources):
    # "China's crackdown" names China's act, which the text never told: no day to count from
    assert _measured(nlp, resources, "Nine days after China's crackdown") is None


def test_an_indefinite_act_names_none_told_before(nlp, resources):
    assert _measured(nlp, resources, "Nine days after an arrest") is None


# --- a time phrase after a cause a demonstrative names again -------------------------------


def _blamed(nlp, resources, sentence: str, words: str) -> str | None:
    text = "Hackers stole $600 million from a gaming network in March 2022.\n\n" + sentence
    times = [timex(text, "March 2022", "2022-03")]
    # the time stage's expressions: "April" of "in April", "May 2017" of "in May 2017"
    for phrase, value in (("April", "2022-04"), ("May 2017", "2017-05"), ("2016", "2016")):
        if phrase in sentence:
            times.append(timex(text, phrase, value))
    return _date_at(_events(nlp, resources, text, times), text, words)


def test_a_time_after_that_heist_is_the_blaming_s(nlp, resources):
    sentence = "The FBI blamed Lazarus for that heist in April."
    assert _blamed(nlp, resources, sentence, "blamed") == "2022-04"


def test_a_time_after_this_theft_is_the_accusing_s(nlp, resources):
    sentence = "The FBI accused Lazarus of this theft in April."
    assert _blamed(nlp, resources, sentence, "accused") == "2022-04"


def test_a_time_after_the_heist_stays_the_heist_s(nlp, resources):
    sentence = "The EU blamed Lazarus for the heist in May 2017."
    assert _blamed(nlp, resources, sentence, "blamed") != "2017-05"


def test_a_year_before_that_hack_stays_the_hack_s(nlp, resources):
    sentence = "The FBI blamed Lazarus for that 2016 hack."
    assert _blamed(nlp, resources, sentence, "blamed") != "2016"


def test_a_measure_the_parser_hangs_on_a_clause_mark_breaks_nothing(nlp, resources):
    # the small parser reads "after" as opening a clause whose subject is "her arrest"
    text = (
        "Canadian police arrested Lee at the airport in Vancouver on March 3, 2024.\n\n"
        "Nine days after her arrest, Park, a Canadian teacher, was detained by Chinese state "
        "security."
    )
    events = _events(nlp, resources, text, [day(text, "March 3, 2024", "2024-03-03")])
    assert [e.type for e in events if e.trigger.text == "detained"] == ["Arrest"]
