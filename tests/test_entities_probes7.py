"""Shapes seen wrong on unseen news, seventh round: long official names, firms and their
products, firms listed with firms, capitals and demonyms standing for their state, abbreviated
surnames. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


def entities(world, text: str):
    return bundled_entities(world, text, "2025-06-12")


def names(found) -> dict[str, str]:
    return {e.name: e.type for e in found}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The U.S. Court of Appeals for the District of Columbia Circuit on Friday sided "
            "with the regulator.",
            "U.S. Court of Appeals for the District of Columbia Circuit",
        ),
        (
            "Lawmakers on the House Select Committee on the Chinese Communist Party wrote to "
            "the firm.",
            "House Select Committee on the Chinese Communist Party",
        ),
        (
            "A panel of the Court of Appeals for the Ninth Circuit heard the case.",
            "Court of Appeals for the Ninth Circuit",
        ),
    ],
)
def test_a_body_s_name_goes_on_over_of_for_on_and_capitalised_words(world, text, body):
    found = types_by_mention(entities(world, text))
    assert found.get(body) == "Agency"
    # the name's tail is no entity of its own, nor a state the body belongs to
    assert not {"Chinese Communist Party", "Chinese", "Ninth Circuit"} & set(found)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Microsoft of Redmond denied the report.", "Microsoft"),
        ("The FBI on Tuesday arrested two men in Ohio.", "FBI"),
        ("The UN Security Council on North Korea met behind closed doors.", "North Korea"),
    ],
)
def test_a_firm_a_date_or_a_state_after_the_preposition_ends_the_name(world, text, cut):
    assert cut in types_by_mention(entities(world, text))


@pytest.mark.parametrize(
    "text",
    [
        "The hackers broke into routers made by Cisco and Netgear, the agency said.",
        "Cameras owned by Zyxel and Hikvision were taken offline.",
    ],
)
def test_firms_listed_as_makers_or_owners_are_each_a_firm(world, text):
    found = types_by_mention(entities(world, text))
    firms = [name for name in ("Cisco", "Netgear", "Zyxel", "Hikvision") if name in text]
    assert [found.get(name) for name in firms] == ["Organization", "Organization"]


def test_a_maker_the_model_reads_as_a_place_is_a_firm(world):
    found = types_by_mention(entities(world, "The phones, built by Cisco, were seized."))
    assert found.get("Cisco") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Police tied the fires to a pattern of malign activity by Moscow.",
        "The plot was ordered by Moscow, prosecutors said.",
        "The ministry warned of growing pressure from Moscow on its neighbours.",
    ],
)
def test_a_capital_as_agent_or_source_of_a_state_s_act_is_the_state(world, text):
    assert [(e.id, e.type) for e in entities(world, text)] == [("country/ru", "Country")]


def test_a_capital_a_journey_starts_from_is_the_city(world):
    found = entities(world, "The envoy flew from Moscow to Minsk on Monday.")
    assert ("Place", "Moscow") in {(e.type, e.name) for e in found}


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("A Russian drone attack damaged the port overnight.", "Russian"),
        ("A Ukrainian drone struck a refinery near the border.", "Ukrainian"),
        ("Chinese state-backed hackers breached the network.", "Chinese"),
        ("Investigators said a Polish water utility was targeted.", "Polish"),
        ("A Belarusian court jailed the blogger.", "Belarusian"),
    ],
)
def test_a_demonym_before_a_state_s_weapon_force_court_or_utility_is_the_state(
    world, text, demonym
):
    found = entities(world, text)
    assert [(e.type, [m.text for m in e.mentions]) for e in found] == [("Country", [demonym])]


@pytest.mark.parametrize(
    "text",
    [
        "A Russian citizen was detained at the airport.",
        "The Russian-speaking suspect denied the charges.",
        "A Chinese company sold the parts.",
        "The Israeli-built embassy withstood the blast.",
    ],
)
def test_a_demonym_describing_a_person_a_firm_or_a_make_is_no_state(world, text):
    assert not [e for e in entities(world, text) if e.type == "Country"]


def test_a_rank_before_a_body_s_noun_is_no_official(world):
    found = entities(world, "Ukraine's General Staff said its forces hit a fuel depot.")
    assert not [e for e in found if e.type in ("Official", "Person")]
    assert "org/ukraine-general-staff" in {e.id for e in found}


def test_a_body_whose_name_ends_in_staff_is_an_agency(world):
    found = types_by_mention(entities(world, "The Joint Chiefs of Staff met on Monday."))
    assert found.get("Joint Chiefs of Staff") == "Agency"


def test_given_names_with_an_initial_are_persons_where_the_article_writes_them_so(world):
    text = (
        "Prosecutors charged Jan K. and Piotr M. with spying for a foreign state. "
        "Tomasz W. denied the charges."
    )
    found = types_by_mention(entities(world, text))
    assert [found.get(n) for n in ("Jan K.", "Piotr M.", "Tomasz W.")] == ["Person"] * 3


def test_a_short_body_name_in_a_story_datelined_in_another_state_is_that_state_s(world):
    text = (
        "ISLAMABAD, May 12 (Reuters) - Pakistan summoned India's envoy on Monday. The Foreign "
        "Office said the remarks were unacceptable."
    )
    assert "org/pakistan-mfa" in {e.id for e in entities(world, text)}


def test_a_short_body_name_in_a_story_datelined_in_its_own_state_keeps_it(world):
    text = "LONDON, May 12 (Reuters) - The Foreign Office summoned Pakistan's envoy on Monday."
    assert "org/fcdo" in {e.id for e in entities(world, text)}


def test_a_department_s_long_name_owning_a_known_office_gives_both_bodies(world):
    text = (
        "The U.S. Department of the Treasury's Office of Foreign Assets Control sanctioned "
        "two men. A Treasury spokesperson declined to comment."
    )
    found = {e.id: [m.text for m in e.mentions] for e in entities(world, text)}
    assert found.get("org/ofac") == ["Office of Foreign Assets Control"]
    assert "U.S. Department of the Treasury" in found.get("org/us-treasury", [])


def test_a_bare_body_word_after_a_named_body_of_no_state_is_that_body(world):
    text = (
        "The European Commission fined the retailer on Tuesday. The Commission said the "
        "platform had ignored warnings."
    )
    found = {e.id: len(e.mentions) for e in entities(world, text) if e.type == "Agency"}
    assert found == {"org/european-commission": 2}


def test_a_capital_a_state_s_campaign_is_directed_from_is_the_state(world):
    found = entities(world, "The fires were part of a sabotage campaign directed from Moscow.")
    assert [(e.id, e.type) for e in found] == [("country/ru", "Country")]


def test_a_title_in_the_clause_before_an_apposition_is_not_the_named_person_s(world):
    text = "The Prosecutor General's Office said a fourth suspect, Denis P., remains at large."
    found = {e.name: e for e in entities(world, text)}
    assert found["Denis P."].type == "Person"
    assert found["Denis P."].roles == ()


def test_a_name_after_a_firm_s_trade_noun_is_a_firm(world):
    text = "Headline\n\nA court jailed a former employee of chipmaker Veltrion for theft.\n"
    assert types_by_mention(entities(world, text)).get("Veltrion") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested on suspicion of assisting a Russian intelligence service.",
        "The group, which the agency linked to Moscow, stole the funds.",
        "The firm has close ties to Moscow, the report said.",
    ],
)
def test_a_state_s_service_and_a_capital_a_thing_is_tied_to_are_the_state(world, text):
    assert "country/ru" in {e.id for e in entities(world, text)}


def test_a_capital_travelled_to_is_the_city(world):
    found = entities(world, "The minister flew to Moscow for talks.")
    assert ("Place", "Moscow") in {(e.type, e.name) for e in found}


def test_a_capital_someone_spies_for_is_the_state(world):
    found = entities(world, "Two men were charged with spying for Minsk, prosecutors said.")
    assert "country/by" in {e.id for e in found}
    assert "Minsk" not in {e.name for e in found if e.type == "Place"}


def test_a_state_s_possessive_body_is_its_known_agency(world):
    text = "Poland's Internal Security Agency detained the suspect in Warsaw."
    found = {e.id: e for e in entities(world, text)}
    assert "org/abw" in found
    assert found["org/abw"].type == "Agency"
