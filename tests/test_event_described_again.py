"""A later sentence naming, by a definite description, the people an earlier mention left
unnamed tells the same happening and dates it; sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, entities_in, only, roles, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def _run(nlp, resources, text: str, times=(), extra: tuple[Entity, ...] = ()):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-01-20")
    entities = entities_in(text) + extra
    return extract_events(nlp(text), article, entities, list(times), lexicon, taxonomy)


def _hackers(text: str) -> Entity:
    """ "The hackers" as the entity stage links them to a named group."""
    start = text.index("The hackers")
    return Entity(
        "org/apt29", "APT29", "Organization", mentions=(Span("The hackers", start, start + 11),)
    )


def test_the_men_named_later_are_the_nationals_arrested_in_the_lede(nlp, resources):
    text = (
        "Police have arrested two Russian nationals suspected of sabotage, prosecutors said on "
        "Thursday. The men, identified only as John Smith and Maria Lopez, were detained on "
        "Wednesday in Munich."
    )
    times = [day(text, "Thursday", "2024-01-18"), day(text, "Wednesday", "2024-01-17")]
    arrest = only(_run(nlp, resources, text, times), "Arrest")
    assert (arrest.date.value, arrest.date.source) == ("2024-01-17", "text")
    assert [m.text for m in arrest.mentions] == ["detained"]
    # the names replace the nationality that stood for the men
    assert roles(arrest)["target"] == {"person/john-smith", "person/maria-lopez"}


def test_a_person_introduced_indefinitely_is_another_arrest(nlp, resources):
    text = (
        "Police have arrested two Russian nationals, prosecutors said on Thursday. A third man, "
        "John Smith, was detained on Wednesday in Munich."
    )
    times = [day(text, "Thursday", "2024-01-18"), day(text, "Wednesday", "2024-01-17")]
    arrests = [e for e in _run(nlp, resources, text, times) if e.type == "Arrest"]
    assert sorted(e.trigger.text for e in arrests) == ["arrested", "detained"]


def test_the_hackers_getting_in_dates_the_break_in_told_in_the_lede(nlp, resources):
    text = (
        "Acme said on Friday that hackers had broken into the email accounts of its executives. "
        "The hackers first got in during late November by guessing a password."
    )
    times = [
        day(text, "Friday", "2024-01-19"),
        timex(
            text,
            "late November",
            "2023-11",
            precision="month",
            earliest="2023-11-01",
            latest="2023-11-30",
        ),
    ]
    events = _run(nlp, resources, text, times, (_hackers(text),))
    intrusion = only(events, "CyberOperation")
    assert (intrusion.date.value, intrusion.date.source) == ("2023-11", "text")
    assert roles(intrusion) == {"actor": {"org/apt29"}, "target": {"org/acme"}}


def test_an_act_the_verb_says_is_another_stays_apart(nlp, resources):
    text = (
        "Acme said on Friday that hackers had broken into its email accounts. "
        "The hackers also got in through a second account in March."
    )
    times = [day(text, "Friday", "2024-01-19"), timex(text, "March", "2023-03")]
    events = _run(nlp, resources, text, times, (_hackers(text),))
    intrusions = [e for e in events if e.type == "CyberOperation"]
    assert len(intrusions) == 2


def test_intruders_getting_in_is_an_intrusion_and_officials_getting_in_touch_is_not(nlp, resources):
    text = "The hackers got into the Acme network in May. Officials got in touch with Acme."
    events = _run(nlp, resources, text, (), (_hackers(text),))
    assert [(e.type, e.trigger.text) for e in events] == [("CyberOperation", "got")]
