"""Shapes seen wrong on unseen news, round 18: a body named through its holder ("his
ministry", "NAME's ministry") after the text gave the holder's post, a relative's apposition
with words before the family noun, and firms' C-suite titles. Texts and names invented for
these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding, types_by_mention


def _found(world, text: str, published: str = "2024-03-01"):
    return bundled_entities(world, "Report\n\n" + text, published)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "NAIROBI — Kenya recalled its envoy. Interior Minister Amos Kiprono said the "
            "visas were cancelled. His ministry later published the list of names.",
            "His ministry",
        ),
        (
            "NAIROBI — Defence Minister Grace Wanjiru announced the purchase on Monday. "
            "Her ministry declined to give the price.",
            "Her ministry",
        ),
        (
            "NAIROBI — The order was signed by Justice Minister Peter Otieno. A day later, "
            "Otieno's ministry said the courts would reopen.",
            "Otieno's ministry",
        ),
    ],
)
def test_a_ministers_ministry_named_through_the_minister_is_the_states_agency(world, text, mention):
    body = holding(_found(world, text), mention)
    assert (body.type, body.country) == ("Agency", "country/ke")


def test_the_holders_ministry_is_the_states_listed_one_when_the_gazetteer_has_it(world):
    text = (
        "WARSAW — Foreign Minister Tomasz Zielinski summoned the chargé d'affaires on "
        "Tuesday. His ministry said the consulate would close within a month."
    )
    assert holding(_found(world, text), "His ministry").id == "org/poland-mfa"


def test_the_holders_ministry_and_the_ministry_named_by_its_state_are_one_body(world):
    text = (
        "NAIROBI — Kenya's interior ministry issued the order. Interior Minister Amos "
        "Kiprono defended it. His ministry said more names would follow."
    )
    body = holding(_found(world, text), "His ministry")
    assert "Kenya's interior ministry" in [m.text for m in body.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI — Prime Minister Amos Kiprono flew to Rome. His ministry was not told.",
        "NAIROBI — The activist Amos Kiprono was arrested. His ministry of supporters wept.",
        "NAIROBI — Kiprono said he was innocent. Kiprono's ministry is a church in Mombasa.",
    ],
)
def test_a_holder_with_no_portfolio_or_no_post_names_no_ministry(world, text):
    found = _found(world, text)
    assert not [e for e in found if e.type == "Agency" and "ministry" in e.name.lower()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Li Wen, the estranged half-sister of President Li Qiang, left.", "Li Wen"),
        ("Tom Reyes, the youngest son of Senator Ana Reyes, was charged.", "Tom Reyes"),
        ("Omar Haddad, the late father of Minister Sami Haddad, was honoured.", "Omar Haddad"),
    ],
)
def test_a_relative_described_with_words_before_the_family_noun_stays_a_person(world, text, name):
    assert types_by_mention(_found(world, text))[name] == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a memo, chief legal officer Dana Whitfield wrote that the breach was old.",
            "Dana Whitfield",
        ),
        ("Chief privacy officer Rafael Ortiz said no passwords were taken.", "Rafael Ortiz"),
        ("The firm's general counsel Mira Stone told staff to keep the logs.", "Mira Stone"),
    ],
)
def test_a_firms_c_suite_title_makes_an_official(world, text, name):
    assert types_by_mention(_found(world, text))[name] == "Official"


def test_a_leader_named_without_a_first_given_name_is_the_listed_official(world):
    text = "ANKARA — President Tayyip Erdogan said on Friday that the talks would go on."
    assert holding(_found(world, text), "Tayyip Erdogan").id == "person/recep-tayyip-erdogan"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The ban also covers Ostwind Daily, a pro-government media website run from Minsk.",
            "Ostwind Daily",
            "Organization",
        ),
        (
            "Accounts linked to Red Harbor, a propaganda site based in Moscow, were removed.",
            "Red Harbor",
            "Organization",
        ),
        ("The exchange froze deposits of the Kerova stablecoin on Monday.", "Kerova", "Platform"),
    ],
)
def test_compound_kinds_type_the_name_they_describe(world, text, name, kind):
    assert types_by_mention(_found(world, text))[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dissidents moved to Lumio, the end-to-end encrypted messaging app, last year.",
            "Lumio",
        ),
        (
            "Police seized the servers of Kravnik, the biggest English-language forum for "
            "stolen card data.",
            "Kravnik",
        ),
        (
            "The inquiry looks at Fair Flags, the crowd-sourced rating feature the site uses.",
            "Fair Flags",
        ),
    ],
)
def test_a_kind_after_hyphenated_modifiers_in_an_apposition_types_the_name(world, text, name):
    assert types_by_mention(_found(world, text))[name] == "Platform"


def test_a_person_described_by_a_kind_a_person_can_be_stays_a_person(world):
    text = "The designer hired Naomi Carter, the model, for the show in Paris."
    assert types_by_mention(_found(world, text))["Naomi Carter"] == "Person"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "The fine was set by the Italian competition authority on Friday.",
            "Italian competition authority",
            "country/it",
        ),
        (
            "Records were handed to the Norwegian data protection regulator last week.",
            "Norwegian data protection regulator",
            "country/no",
        ),
        (
            "Officials from the Polish customs agency inspected the trucks.",
            "Polish customs agency",
            "country/pl",
        ),
    ],
)
def test_a_lower_case_body_after_the_and_a_demonym_is_that_states_agency(
    world, text, mention, country
):
    found = _found(world, text)
    body = holding(found, mention)
    assert (body.type, body.country) == ("Agency", country)
    assert any(e.id == country for e in found)  # the state keeps its own mention


@pytest.mark.parametrize(
    "text",
    [
        "A Spanish intelligence agency warned of attacks on the grid.",
        "The Russian intelligence services denied any role in the attack.",
    ],
)
def test_an_indefinite_or_plural_body_after_a_demonym_names_no_agency(world, text):
    assert not [e for e in _found(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        (
            "LONDON — Britain sent home 23 diplomats. The foreign ministry in Moscow called "
            "the move hostile.",
            "foreign ministry",
            "ru",
        ),
        (
            "WARSAW — A drone fell near the border. The defence ministry in Kyiv said it was "
            "not Ukrainian.",
            "defence ministry",
            "ua",
        ),
    ],
)
def test_a_ministry_in_a_capital_is_the_capitals_states_not_the_datelines(
    world, text, mention, state
):
    body = holding(_found(world, text), mention)
    assert body.type == "Agency"
    assert body.country == f"country/{state}"


def test_a_mission_abroad_in_a_capital_is_not_the_capitals_states(world):
    text = (
        "WASHINGTON — Staff at the trade mission in Havana fell ill. The United States cut "
        "the number of diplomats there."
    )
    body = holding(_found(world, text), "trade mission")
    assert body.country == "country/us"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "OTTAWA — Canada withdrew families of staff at the embassy in Caracas after the "
            "unrest.",
            "embassy in Caracas",
        ),
        (
            "CANBERRA — Australia will reopen the embassy in Kyiv next month, officials said.",
            "embassy in Kyiv",
        ),
    ],
)
def test_an_embassy_named_by_a_foreign_capital_is_the_storys_states(world, text, mention):
    body = holding(_found(world, text), mention)
    assert body.type == "Agency"
    assert body.country in ("country/ca", "country/au")


def test_an_embassy_by_its_capital_and_the_states_embassy_are_one_body(world):
    text = (
        "OTTAWA — Two Canadian embassy staff fell ill. Doctors at the embassy in Caracas "
        "could not explain it."
    )
    body = holding(_found(world, text), "embassy in Caracas")
    assert "Canadian embassy" in [m.text for m in body.mentions]


def test_an_embassy_in_the_storys_own_capital_names_no_state(world):
    text = "OTTAWA — Protesters gathered outside the embassy in Ottawa on Sunday."
    assert not [e for e in _found(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "mention", "body_id"),
    [
        (
            "THE HAGUE — Dutch police led the raid. In Ukraine, officers searched a flat in "
            "Lviv. Photos released by the country's National Police showed the servers.",
            "National Police",
            "org/ukrainian-police",
        ),
        (
            "BERLIN — The talks ended without a deal. In Poland, the vote was delayed, and the "
            "country's Foreign Ministry summoned the envoy.",
            "Foreign Ministry",
            "org/poland-mfa",
        ),
    ],
)
def test_a_body_owned_by_the_country_is_the_state_named_last_not_the_datelines(
    world, text, mention, body_id
):
    assert holding(_found(world, text), mention).id == body_id
