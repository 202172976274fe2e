"""Shapes and data seen wrong on unseen news, round 15: national police forces named by a bare
"police" in a story datelined in the state's capital or by the state's demonym. Texts invented
for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "KYIV — Ukraine opened an inquiry on Monday.\n\nPolice detained two men near the "
            "border, prosecutors said.",
            "org/ukrainian-police",
        ),
        (
            "COLOMBO — The curfew was lifted on Tuesday.\n\nThe police said 40 people had been "
            "arrested since the attacks.",
            "org/sri-lanka-police",
        ),
        ("Kenyan police fired tear gas at protesters in the capital.", "org/kenyan-police"),
        ("Thailand's police arrested the blogger on Friday.", "org/thai-police"),
    ],
)
def test_a_states_police_is_its_national_force(world, text, force):
    found = bundled_entities(world, "Police\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.id == force] == ["Agency"]


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Deputy Attorney General Lisa Monaco announced the seizure. Monaco warned that "
            "the department would keep going after the gangs.",
            "Lisa Monaco",
            "country/mc",
        ),
        (
            "Rep. Jim Jordan said the bureau had overreached. Jordan said he would issue a "
            "subpoena.",
            "Jim Jordan",
            "country/jo",
        ),
        (
            "The inquiry was led by Mark Chad, a former judge. Chad said the files were gone.",
            "Mark Chad",
            "country/td",
        ),
    ],
)
def test_a_states_name_that_is_the_surname_of_a_person_named_before_is_the_person(
    world, text, person, state
):
    found = bundled_entities(world, "Surnames\n\n" + text, "2021-06-08")
    named = next(e for e in found if e.name == person)
    assert len(named.mentions) == 2
    assert state not in {e.id for e in found}


def test_a_state_after_a_preposition_or_as_owner_stays_the_state(world):
    text = (
        "Rep. Jim Jordan said the bureau had overreached. Jordan's King Abdullah hosted the "
        "talks, which were held in Jordan."
    )
    found = bundled_entities(world, "Surnames\n\n" + text, "2021-06-08")
    assert [len(e.mentions) for e in found if e.id == "country/jo"] == [2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He was arrested at New York's John F. Kennedy International Airport in January.",
            "John F. Kennedy International Airport",
        ),
        (
            "Agents met the defector at John F. Kennedy International Airport last week.",
            "John F. Kennedy International Airport",
        ),
        ("The junta detained leaders in the capital, Naypyitaw, on Monday.", "Naypyitaw"),
    ],
)
def test_a_facility_or_a_capital_the_model_calls_a_person_is_a_place(world, text, name):
    found = bundled_entities(world, "Places\n\n" + text, "2021-02-05")
    assert not [e for e in found if e.name == name and e.type in ("Person", "Official")]


@pytest.mark.parametrize(
    "text",
    [
        "Many Sri Lankans turned to VPN services to get around the block.",
        "Some Kazakhs turned to VPN services.",
    ],
)
def test_a_states_people_in_the_plural_is_no_person(world, text):
    found = bundled_entities(world, "People\n\n" + text, "2021-02-05")
    assert not [e for e in found if e.type in ("Person", "Official")]


def test_a_facility_that_speaks_is_no_place(world):
    found = bundled_entities(world, "Firms\n\nJane Street said it would appeal.", "2021-02-05")
    assert not [e for e in found if e.type == "Place"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hackers broke into the credit reporting agency Equifax in 2017.", "Equifax"),
        ("The ratings agency Fitch cut the country's rating on Friday.", "Fitch"),
        ("The recruitment agency Staffline said it had found no wrongdoing.", "Staffline"),
    ],
)
def test_a_firm_introduced_as_a_commercial_agency_is_an_organization(world, text, name):
    found = bundled_entities(world, "Firms\n\n" + text, "2020-02-10")
    assert [e.type for e in found if e.name == name] == ["Organization"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The GRU officers hacked the World Anti-Doping Agency.",
            "World Anti-Doping Agency",
            "Organization",
        ),
        (
            "The European Data Protection Board set up a task force on the chatbot.",
            "European Data Protection Board",
            "Agency",
        ),
        (
            "Earlier hacks of the Office of Personnel Management exposed millions of records.",
            "United States Office of Personnel Management",
            "Agency",
        ),
        ("Norway's Telenor said it had complied with the order.", "Telenor", "Organization"),
    ],
)
def test_bodies_an_analyst_expects_are_known(world, text, name, kind):
    found = bundled_entities(world, "Bodies\n\n" + text, "2020-02-10")
    assert [e.type for e in found if e.name == name] == [kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hackers hid code in SolarWinds' Orion network management software.", "Orion"),
        ("The flaw affects the Nimbus file transfer software used by banks.", "Nimbus"),
        ("The group spread Zorvex, software made by a firm in Minsk, to the victims.", "Zorvex"),
        ("Investigators found Tarkan, software sold to police forces, on the phones.", "Tarkan"),
        (
            "The ministry banned Lumora, software developed in China, from state computers.",
            "Lumora",
        ),
    ],
)
def test_a_name_of_software_is_a_platform(world, text, name):
    found = bundled_entities(world, "Software\n\n" + text, "2020-02-10")
    assert [e.type for e in found if e.name == name] == ["Platform"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The attack was built on a Windows hacking tool stolen from the NSA.",
            "Microsoft Windows",
        ),
        ("The hackers used the SWIFT messaging system to request transfers.", "SWIFT"),
        ("Hackers exploited four flaws in Microsoft Exchange email servers.", "Microsoft Exchange"),
    ],
)
def test_software_whose_flaws_hacks_exploit_is_known(world, text, name):
    found = bundled_entities(world, "Software\n\n" + text, "2020-02-10")
    assert [e.type for e in found if e.name == name] == ["Platform"]


def test_a_person_described_after_a_comma_stays_a_person(world):
    found = bundled_entities(world, "People\n\nHe met Ivan Petrov, director of the firm.", "2020")
    assert [e.type for e in found if e.name == "Ivan Petrov"] in (["Person"], ["Official"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Roskomnadzor blocked the site on Thursday. The agency is headed by Alexander Zharov.",
            "Alexander Zharov",
        ),
        ("The party was led by Ivan Sokolov until 2019, when it was banned.", "Ivan Sokolov"),
        ("The committee is chaired by Maria Petrova, who took over in May.", "Maria Petrova"),
    ],
)
def test_the_head_a_passive_gives_a_body_is_an_official(world, text, name):
    found = bundled_entities(world, "Heads\n\n" + text, "2016-11-17")
    assert [e.type for e in found if e.name == name] == ["Official"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The hackers had reached out to targets on LinkedIn, Telegram and Discord "
            "and by email.",
            "Discord",
        ),
        ("The clips spread on YouTube, Facebook and Twitch within hours.", "Twitch"),
        ("Many of his followers moved to Bluesky and Mastodon after the sale.", "Mastodon"),
    ],
)
def test_a_guarded_platform_listed_with_platforms_is_that_platform(world, text, name):
    found = bundled_entities(world, "Platforms\n\n" + text, "2021-01-26")
    assert [e.type for e in found if e.name == name] == ["Platform"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The four men are said to belong to the PLA's 54th Research Institute.",
            "54th Research Institute",
        ),
        (
            "Officers of the GRU's 85th Main Special Service Center were named.",
            "85th Main Special Service Center",
        ),
        ("The NSA's 3rd Division said it had found the flaw.", "3rd Division"),
    ],
)
def test_a_unit_an_agency_owns_may_open_with_an_ordinal(world, text, name):
    found = bundled_entities(world, "Units\n\n" + text, "2020-02-10")
    assert [e.type for e in found if e.name == name] == ["Agency"]


def test_an_ordinal_before_a_common_noun_names_no_unit(world):
    found = bundled_entities(world, "Units\n\nThe FBI's 2nd quarter report came out.", "2020")
    assert [e.name for e in found] == ["Federal Bureau of Investigation"]


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department added the two spyware firms to its Entity List on Wednesday.",
        "The Treasury's Specially Designated Nationals List now names 40 of his companies.",
        "The FBI's Ten Most Wanted Fugitives List added him in 2019.",
    ],
)
def test_a_sanctions_or_wanted_list_is_no_entity(world, text):
    found = bundled_entities(world, "Lists\n\n" + text, "2021-11-03")
    assert not [e for e in found if e.name.endswith("List")]
