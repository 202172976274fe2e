"""Round 16c: dates on unseen forms (shared time, measured clauses, acts announced together),
happenings folded into one, and roles. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, only, roles, run, timex


@pytest.mark.parametrize(
    "text",
    [
        "Britain expelled two diplomats on Monday and ordered Acme to close its office, "
        "accusing Russia of spying.",
        "Germany froze the assets of Acme on Monday and barred its staff from travel, "
        "accusing Iran of funding the firm.",
        "The Treasury sanctioned Globex on Monday and ordered Acme to shut its office, "
        "accusing China of running both firms.",
    ],
)
def test_a_participle_on_a_joined_act_shares_the_first_acts_time(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert only(events, "Accusation").date.value == "2024-10-07"


@pytest.mark.parametrize(
    "text",
    [
        # a joined clause with a subject of its own tells its own act
        "Britain expelled two diplomats on Monday, and Russia ordered Acme to close its "
        "office, accusing Britain of spying.",
        # a clause placed after its governor happened at another time
        "Britain expelled two diplomats on Monday, a day after Russia ordered Acme to close "
        "its office, accusing Britain of spying.",
    ],
)
def test_no_time_is_shared_past_a_clause_of_its_own(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert only(events, "Accusation").date.value != "2024-10-07"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The move came eight days after Russia expelled John Smith.", "2024-09-26"),
        ("The expulsion came a week after Russia expelled John Smith.", "2024-09-27"),
        ("The decision came two months after Russia expelled John Smith.", "2024-08"),
        (
            "The decision was announced less than a month after Russia expelled John Smith.",
            "2024-09",
        ),
    ],
)
def test_an_act_measured_from_an_act_named_again_is_dated_from_its_day(
    nlp, resources, second, expected
):
    text = "Britain expelled Anna Berg on Friday. " + second
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    assert dated(events, "expelled John Smith", text) == expected


def test_the_act_the_noun_names_is_preferred_to_a_later_one(nlp, resources):
    text = (
        "A court sentenced Anna Berg on Thursday. Britain expelled two Russian diplomats on "
        "Saturday. The verdict came two days after Russia expelled John Smith."
    )
    events = run(
        nlp,
        resources,
        text,
        [day(text, "Thursday", "2024-10-03"), day(text, "Saturday", "2024-10-05")],
    )
    assert dated(events, "expelled John Smith", text) in ("2024-10-01", "2024-10-03")


@pytest.mark.parametrize(
    "second",
    [
        # a governor naming someone is no act told again
        "Anna Berg resigned two months after Russia expelled John Smith.",
        # nor an undetermined noun
        "Protests came two months after Russia expelled John Smith.",
    ],
)
def test_no_measured_date_without_an_undated_act_named_again(nlp, resources, second):
    text = "Britain expelled Anna Berg on Friday. " + second
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    assert dated(events, "expelled John Smith", text) is None


def test_a_governor_with_a_month_of_its_own_moves_that_month(nlp, resources):
    text = (
        "Britain expelled Anna Berg on Friday. "
        "The decision came in March, two months after Russia expelled John Smith."
    )
    times = [day(text, "Friday", "2024-10-04"), timex(text, "March", "2024-03", precision="month")]
    events = run(nlp, resources, text, times)
    assert dated(events, "expelled John Smith", text) == "2024-01"


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("The Treasury also froze the assets of Globex.", "froze"),
        ("The Treasury also imposed sanctions on Globex.", "imposed"),
        ("Later, the Treasury also banned Globex from trading.", "banned"),
    ],
)
def test_an_act_its_doer_also_did_takes_the_date_of_the_doers_last_act(
    nlp, resources, second, verb
):
    text = "The Treasury sanctioned Acme on Monday. " + second
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert dated(events, verb, text) == "2024-10-07"


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("The Treasury had also frozen the assets of Globex.", "frozen"),  # background
        ("Anna Berg also froze the assets of Globex.", "froze"),  # another doer
        ("The Treasury froze the assets of Globex.", "froze"),  # nothing ties it
    ],
)
def test_no_date_for_an_act_not_added_to_its_doers_dated_act(nlp, resources, second, verb):
    """Published weeks after the lede: no act of the news day (round 17a) dates it either."""
    text = "The Treasury sanctioned Acme on Monday. " + second
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")], "2024-11-20")
    assert dated(events, verb, text) is None


@pytest.mark.parametrize(
    "second",
    [
        "Meta also removed 20 accounts linked to Russia.",
        "Meta later removed 20 accounts linked to Russia.",
        "Meta again removed 20 accounts linked to Russia.",
    ],
)
def test_an_act_said_to_be_another_is_not_folded_into_the_first(nlp, resources, second):
    text = "Meta removed 50 accounts linked to Russia on Thursday. " + second
    events = run(nlp, resources, text, [day(text, "Thursday", "2024-10-03")])
    assert len([e for e in events if e.type == "AccountTakedown"]) == 2


def test_one_takedown_told_twice_stays_one_event(nlp, resources):
    text = (
        "Meta removed 50 accounts linked to Russia on Thursday. "
        "The takedown was the largest this year."
    )
    events = run(nlp, resources, text, [day(text, "Thursday", "2024-10-03")])
    assert len([e for e in events if e.type == "AccountTakedown"]) == 1


def test_a_later_telling_is_another_statement_and_more_of_one_is_not(nlp, resources):
    text = (
        "Anna Berg said on Monday that Acme had broken the law. Berg also said the firm "
        "had refused to cooperate. Berg later said the firm had begun to cooperate."
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    # the tellings, whatever their content makes them ("had refused to cooperate" accuses)
    statements = [e for e in events if e.trigger.text == "said"]
    assert len(statements) == 2, [(e.trigger.text, [m.text for m in e.mentions]) for e in events]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Britain expelled two diplomats on Thursday, accusing Russia of spying, in "
            "retaliation for interference in last year's election.",
            "last year",
            "2023",
        ),
        (
            "Britain expelled two diplomats on Thursday over the outcome of the 2016 election.",
            "2016",
            "2016",
        ),
    ],
)
def test_an_expression_naming_a_nested_nouns_time_dates_no_act(nlp, resources, text, words, value):
    times = [day(text, "Thursday", "2024-10-03"), timex(text, words, value, precision="year")]
    events = run(nlp, resources, text, times)
    assert only(events, "Expulsion").date.value == "2024-10-03"
    assert value not in {e.date.value for e in events}


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Russia hacked Acme during the 2016 election.", "2016", "2016"),
        ("Britain expelled John Smith during the 2016 election.", "2016", "2016"),
        ("Britain expelled John Smith during last year's election.", "last year", "2023"),
    ],
)
def test_an_expression_on_a_noun_the_verb_governs_still_dates_it(
    nlp, resources, text, words, value
):
    events = run(nlp, resources, text, [timex(text, words, value, precision="year")])
    assert [e.date.value for e in events] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Meta said it had also removed accounts tied to a scheme in which people linked to "
        "Russia used fake names to seek jobs.",
        "Meta had removed accounts tied to a network in which people linked to Russia used fake "
        "names to reach voters.",
        "Twitter had suspended accounts linked to a campaign in which people tied to Iran "
        "posted false stories.",
    ],
)
def test_an_object_the_parser_makes_a_clauses_subject_is_acted_on(nlp, resources, text):
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert takedown.trigger.text in ("removed", "suspended")


@pytest.mark.parametrize(
    "text",
    [
        "Meta said that accounts tied to a network in which people linked to Russia used fake "
        "names had posted false stories.",
        "Acme said accounts linked to Russia had posted false stories.",
    ],
)
def test_what_a_telling_reports_is_no_object(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "AccountTakedown"]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith survived an attempt on his life in Iran.",
        "Berg said John Smith had survived an attempt on his life.",
        "John Smith had moved to Germany after surviving an attempt on his life in Iran.",
    ],
)
def test_whose_life_an_attempt_was_on_is_its_target(nlp, resources, text):
    attack = only(run(nlp, resources, text), "Attack")
    assert roles(attack)["target"] == {"person/john-smith"}


def test_an_attack_on_a_country_still_targets_it(nlp, resources):
    attack = only(run(nlp, resources, "Russia launched an attack on Iran."), "Attack")
    assert roles(attack)["target"] == {"country/ir"}


def test_an_earlier_attempt_is_not_the_attack_told_before(nlp, resources):
    text = (
        "Gunmen shot John Smith dead in Paris on Monday. Smith had moved to France after "
        "surviving an earlier attempt on his life in Iran."
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert len([e for e in events if e.type == "Attack"]) == 2
