"""Shapes seen wrong on unseen news, ninth round: state bodies whose head is no agency word,
bodies introduced by their kind, judges' titles and counterparts. Texts invented for these
tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ukraine's National Security and Defence Council said on Monday that the drones "
            "had been shot down.",
            "National Security and Defence Council",
        ),
        (
            "The Ukrainian Centre for Countering Disinformation said the videos were staged.",
            "Ukrainian Centre for Countering Disinformation",
        ),
        (
            "Moldova's Audiovisual Council fined two channels on Thursday.",
            "Audiovisual Council",
        ),
        ("The State Security Committee said it had detained two couriers.", None),
    ],
)
def test_a_body_under_a_state_is_an_agency_whatever_its_head(world, text, name):
    read = entities(world, text)
    # by name or mention: "Moldova's Audiovisual Council" is one mention named "Audiovisual Council"
    found = {**types_by_mention(read), **{e.name: e.type for e in read}}
    if name is None:
        name = next(n for n in found if "Committee" in n)
    assert found[name] == "Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Atlantic Council published a report on the campaign.", "Atlantic Council"),
        (
            "Researchers at the Harbour Policy Council said the campaign had failed.",
            "Harbour Policy Council",
        ),
    ],
)
def test_a_council_under_no_state_stays_an_organization(world, text, name):
    assert types_by_mention(entities(world, text))[name] == "Organization"


def test_a_demonym_and_a_council_alone_are_a_brand(world):
    found = types_by_mention(
        entities(world, "The Danish Council ran language courses for refugees in Aarhus.")
    )
    assert found["Danish Council"] == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazil's telecoms regulator Vantel ordered the platform blocked on Friday.", "Vantel"),
        ("The media regulator Brodcom opened an inquiry into the channel.", "Brodcom"),
        ("The data protection authority Datenamt fined the firm 40 million euros.", "Datenamt"),
        ("The competition watchdog Fairmark said the merger would harm buyers.", "Fairmark"),
        (
            "Ireland's media regulator, Coimisiún na Toghcháin, said it had asked the "
            "platform for records.",
            "Coimisiún na Toghcháin",
        ),
        ("Spain's data protection authority, the AEPX, fined the firm.", "AEPX"),
    ],
)
def test_a_name_after_a_government_kind_is_an_agency(world, text, name):
    assert types_by_mention(entities(world, text))[name] == "Agency"


def test_a_person_named_after_a_spokesman_for_a_regulator_is_the_spokesman(world):
    found = types_by_mention(
        entities(world, "A spokesman for the regulator, Jane Ward, said it had asked for records.")
    )
    assert found["Jane Ward"] == "Official"


def roles_of(found) -> dict[str, set[tuple[str, str | None]]]:
    return {e.name: {(r.title, r.organization) for r in e.roles} for e in found}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Justice Tiago Sarmento said the platform had ignored two orders.",
            "Tiago Sarmento",
            "Justice",
        ),
        ("Chief Justice Marta Quintela wrote the ruling.", "Marta Quintela", "Chief Justice"),
        ("Judge Lucia Ferraz ordered the accounts suspended on Monday.", "Lucia Ferraz", "Judge"),
    ],
)
def test_a_judges_title_makes_an_official(world, text, name, title):
    found = entities(world, text)
    assert {e.name: e.type for e in found}[name] == "Official"
    assert title in {t for t, _ in roles_of(found)[name]}


def test_counterparts_hold_the_subjects_post_at_the_states_named_in_order(world):
    found = roles_of(
        entities(
            world,
            "Foreign Minister Radek Kowalczyk met his German and Polish counterparts, "
            "Anna Weber and Jan Nowak, in Vienna.",
        )
    )
    assert found["Anna Weber"] == {("Foreign Minister", "country/de")}
    assert found["Jan Nowak"] == {("Foreign Minister", "country/pl")}


def test_a_counterpart_without_a_comma_is_of_the_one_state_named(world):
    found = roles_of(
        entities(
            world, "Defence Minister Ola Berg held talks with her Danish counterpart Mette Lund."
        )
    )
    assert found["Mette Lund"] == {("Defence Minister", "country/dk")}


def test_a_counterpart_is_not_of_the_subjects_state(world):
    found = roles_of(
        entities(
            world,
            "Britain's foreign secretary met his French counterpart, Claire Dubois, on Monday.",
        )
    )
    assert found["Claire Dubois"] == {("foreign secretary", "country/fr")}


def test_a_title_before_a_verb_is_not_the_title_of_a_name_after_the_clause(world):
    found = entities(
        world, "Britain's foreign secretary met his old friend, Claire Dubois, on Monday."
    )
    assert {e.name: e.type for e in found}["Claire Dubois"] == "Person"


@pytest.mark.parametrize("published", ["2025-11-20", "2031-03-02"])
def test_a_known_official_outside_all_his_terms_stays_an_official_holding_no_post(world, published):
    found = bundled_entities(
        world, "Barack Obama said on Monday that the campaign had failed.", published
    )
    obama = next(e for e in found if e.id == "person/barack-obama")
    assert obama.type == "Official"
    assert obama.roles == ()


def test_a_justice_before_a_staff_title_is_the_department(world):
    found = types_by_mention(
        entities(
            world,
            "The Justice Department is reviewing the request, a Justice official said Thursday.",
        )
    )
    assert found["Justice"] == "Agency"


def test_a_national_council_of_something_is_no_state_body_by_its_marker_alone(world):
    found = types_by_mention(
        entities(world, "The National Council of Weavers urged members to boycott the fair.")
    )
    assert found["National Council of Weavers"] == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Moldova's Audiovisual Council fined two channels on Thursday.",
            "Audiovisual Council",
            "country/md",
        ),
        ("Lithuania's Rivers Agency fined two firms.", "Rivers Agency", "country/lt"),
        (
            "The Ukrainian Centre for Countering Disinformation said the videos were staged.",
            "Ukrainian Centre for Countering Disinformation",
            "country/ua",
        ),
        (
            "Brazil's telecoms regulator Vantel ordered the platform blocked.",
            "Vantel",
            "country/br",
        ),
    ],
)
def test_a_body_the_gazetteer_does_not_know_belongs_to_the_state_it_is_under(
    world, text, name, country
):
    body = next(e for e in entities(world, text) if e.name == name)
    assert (body.type, body.country) == ("Agency", country)


def test_a_known_militant_group_named_after_a_state_is_an_organization_of_no_state(world):
    found = entities(world, "The Kosovo Liberation Army attacked a police post.")
    group = next(e for e in found if e.name == "Kosovo Liberation Army")
    assert (group.type, group.country) == ("Organization", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Centre for Countering Disinformation, part of Ukraine's National Security and "
        "Defence Council, said the videos were staged.",
        "The Centre for Countering Disinformation at Ukraine's National Security and Defence "
        "Council said the videos were staged.",
    ],
)
def test_a_body_part_of_a_states_body_is_that_states(world, text):
    body = next(
        e for e in entities(world, text) if e.name == "Centre for Countering Disinformation"
    )
    assert (body.type, body.country) == ("Agency", "country/ua")


def test_a_council_at_a_states_lower_case_body_is_not_the_states(world):
    found = types_by_mention(
        entities(world, "The Harbour Policy Council at the Polish embassy hosted the talk.")
    )
    assert found["Harbour Policy Council"] == "Organization"


def test_a_counterpart_holds_the_post_of_the_title_nearest_before_the_owner_word(world):
    found = roles_of(
        entities(
            world,
            "After talks with President Ivo Marin, Defence Minister Ola Berg met her Danish "
            "counterpart, Mette Lund.",
        )
    )
    assert found["Mette Lund"] == {("Defence Minister", "country/dk")}


def test_a_known_counterpart_keeps_the_post_the_gazetteer_gives_that_day(world):
    found = roles_of(
        entities(world, "Secretary of State Antony Blinken met his Chinese counterpart Wang Yi.")
    )
    assert found["Wang Yi"] == {("Foreign Minister", "org/china-mfa")}
