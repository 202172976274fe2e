"""Shapes seen wrong on unseen news, seventeenth round, persons and bodies: persons with past
posts or candidacies, supporters after "pro-", lists of surnames, counties, bodies named by
one plural noun or by their plain name under a dateline. Texts invented for these tests; the
bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


def entities(world, text: str, published: str = "2025-11-20"):
    return bundled_entities(world, text, published)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Viktor Medvedchuk, a former Ukrainian lawmaker and longtime ally of the Kremlin, "
            "was listed.",
            "Viktor Medvedchuk",
        ),
        ("The former minister, Jan Novak, denied the charges on Monday.", "Jan Novak"),
        ("Jan Novak, the former head of the police, was charged on Monday.", "Jan Novak"),
    ],
)
def test_a_post_held_before_described_beside_the_name_makes_a_person(world, text, name):
    person = next(e for e in entities(world, text, "2024-04-23") if e.name == name)
    assert (person.type, person.roles) == ("Person", ())


def test_a_past_title_written_before_the_name_is_kept_as_a_style(world):
    text = "Supporters of jailed former Prime Minister Tarik Mahmood rallied on Monday."
    person = next(e for e in entities(world, text, "2024-04-23") if e.name == "Tarik Mahmood")
    assert person.type == "Official"


@pytest.mark.parametrize(
    ("text", "name", "official"),
    [
        (
            "An aide to Maximilian Krah, the Alternative for Germany's lead candidate, was held.",
            "Maximilian Krah",
            True,
        ),
        ("Rina Volk, the party's lead candidate, denied the report.", "Rina Volk", True),
        ("The far-right candidate Calin Georgescu denounced the ruling.", "Calin Georgescu", False),
        ("Romania's candidate Elena Lasconi condemned the ruling.", "Elena Lasconi", False),
    ],
)
def test_a_candidacy_a_party_gives_is_a_party_post(world, text, name, official):
    person = next(e for e in entities(world, text, "2024-04-23") if e.name == name)
    assert (person.type == "Official") is official


@pytest.mark.parametrize(
    "text",
    [
        "The Capitol was stormed by a pro-Trump mob on Wednesday.",
        "Pro-Navalny protesters marched in Moscow on Sunday.",
        "Police dispersed a pro-Putin rally in the city.",
    ],
)
def test_a_person_named_after_pro_is_whom_people_support_not_an_actor(world, text):
    found = entities(world, text, "2021-01-10")
    assert not [e for e in found if e.type in ("Person", "Official")]


def test_a_state_named_after_pro_keeps_its_line(world):
    found = entities(world, "The site spread pro-Russian propaganda, officials said.")
    assert [(e.name, e.type) for e in found] == [("Russia", "Country")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Four officers, Alexey Minin, Aleksei Morenets, Evgenii Serebriakov and Oleg "
            "Sotnikov, were listed.",
            ["Alexey Minin", "Aleksei Morenets", "Evgenii Serebriakov", "Oleg Sotnikov"],
        ),
        (
            "Mark Jones, Peter Williams and Anna Adams were convicted on Friday.",
            ["Mark Jones", "Peter Williams", "Anna Adams"],
        ),
    ],
)
def test_surnames_ending_in_s_are_names_of_a_list_of_persons(world, text, names):
    found = entities(world, text)
    assert [e.name for e in found if e.type == "Person"] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A man travelling on a passport in the name of Vadim Sokolov was arrested.",
            "Vadim Sokolov",
        ),
        ("He entered the country under the name Jan Roe Smith in 2019.", "Jan Roe Smith"),
        ("She used the alias Maria Lopez Garcia for years.", "Maria Lopez Garcia"),
    ],
)
def test_a_name_someone_goes_by_is_a_person_s(world, text, name):
    assert types_by_mention(entities(world, text))[name] == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "The activity intensified in September and reached MPs from across the spectrum.",
        "Several MPs were targeted by the network.",
    ],
)
def test_a_title_s_holders_in_the_plural_are_no_body(world, text):
    assert not entities(world, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The phone was issued to him by his employer, San Bernardino County.",
            "San Bernardino County",
            "Agency",
        ),
        ("Fulton County said the attack had disrupted its systems.", "Fulton County", "Agency"),
        ("Los Angeles County sued the company on Tuesday.", "Los Angeles County", "Agency"),
        ("He lives in Orange County with his wife.", "Orange County", "Place"),
    ],
)
def test_a_county_that_acts_or_employs_is_its_local_government(world, text, name, kind):
    assert types_by_mention(entities(world, text))[name] == kind


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "TOKYO — The group targeted the foreign and defence ministries, the agency said.",
            {"Ministry of Foreign Affairs of Japan", "Ministry of Defense of Japan"},
        ),
        (
            "Hackers broke into Japan's foreign and defence ministries last year.",
            {"Ministry of Foreign Affairs of Japan", "Ministry of Defense of Japan"},
        ),
        (
            "The Russian foreign and finance ministries issued a statement.",
            {"Ministry of Foreign Affairs of Russia", "Russian Finance Ministry"},
        ),
    ],
)
def test_two_bodies_of_a_state_named_by_one_plural_noun(world, text, bodies):
    found = entities(world, text)
    assert {e.name for e in found if e.type == "Agency"} == bodies


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "MOSCOW — On March 11, the Investigative Committee opened a criminal case.",
            "Investigative Committee of Russia",
            "Agency",
        ),
        (
            "MOSCOW — The Harbour Policy Council said it would meet.",
            "Harbour Policy Council",
            "Organization",
        ),
        (
            "On March 11, the Investigative Committee opened a case.",
            "Investigative Committee",
            "Organization",
        ),
    ],
)
def test_a_datelined_state_s_body_named_by_its_plain_name(world, text, name, kind):
    found = {e.name: e.type for e in entities(world, text)}
    assert found.get(name) == kind


def test_a_state_s_body_is_not_the_company_named_again(world):
    text = (
        "MOSCOW — Meta said on Monday it would appeal. On March 11, the Investigative Committee "
        "opened a criminal case against the company."
    )
    meta = next(e for e in entities(world, text) if "Meta" in [m.text for m in e.mentions])
    assert "company" in [m.text for m in meta.mentions]
