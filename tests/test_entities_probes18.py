"""Shapes seen wrong on unseen news, seventeenth round: platforms and their products, names the
model runs together, government bodies, operations and weapons that are no actors, persons and
officials. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


def entities(world, text: str, published: str = "2025-11-20"):
    return bundled_entities(world, text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Apple said it would withdraw the feature from British users.",
        "Apple has clashed with regulators before; Apple declined to comment.",
        "The app was removed after Apple received the order.",
    ],
)
def test_apple_runs_consumer_platforms_and_is_one(world, text):
    found = [e for e in entities(world, text) if e.name == "Apple"]
    assert [e.type for e in found] == ["Platform"]


def test_apple_s_messaging_and_calling_services_are_platforms(world):
    text = "It would rather withdraw services such as FaceTime and iMessage than weaken them."
    found = types_by_mention(entities(world, text))
    assert found["FaceTime"] == "Platform"
    assert found["iMessage"] == "Platform"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The feature, known as Advanced Data Protection, encrypts photos.",
            "Advanced Data Protection",
        ),
        ("The company launched a feature called Communities last year.", "Communities"),
        (
            "Users log in through the government portal, called Gosuslugi, to pay fines.",
            "Gosuslugi",
        ),
    ],
)
def test_a_feature_or_a_portal_named_is_a_platform(world, text, name):
    found = types_by_mention(entities(world, text))
    assert found[name] == "Platform"


@pytest.mark.parametrize(
    "text",
    [
        "The company said on Monday it was banning the outlets from Facebook, Instagram and its "
        "other apps worldwide.",
        "Regulators said they were removing the channels from Facebook, Instagram and its other "
        "services.",
    ],
)
def test_known_names_the_model_runs_into_one_list_are_each_an_entity(world, text):
    found = entities(world, text)
    names = {e.name: e.type for e in found}
    assert names.get("Facebook") == "Platform"
    assert names.get("Instagram") == "Platform"
    assert not [e for e in found if "," in e.name]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Snake was run by a unit within the FSB's Center 16, court papers said.", "Center 16"),
        ("The NSA's Tailored Access Operations wrote the tool.", "Tailored Access Operations"),
        (
            "Global Affairs Canada said its Rapid Response Mechanism, a small unit, had found "
            "the network.",
            "Rapid Response Mechanism",
        ),
        ("The FBI said its Cyber Division had taken over the case.", "Cyber Division"),
    ],
)
def test_a_name_a_known_agency_owns_is_a_unit_of_it(world, text, unit):
    found = types_by_mention(entities(world, text))
    assert found[unit] == "Agency"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He was added to the FBI's Most Wanted list in May.", None),
        ("The FBI's Deputy Director Paul Abbate spoke on Monday.", "Paul Abbate"),
        ("The NSA's Rob Joyce said the tool was old.", "Rob Joyce"),
        ("Google said its Threat Analysis Group had seen the campaign.", None),
    ],
)
def test_no_unit_from_a_modifier_a_title_a_person_or_a_firm_s_possession(world, text, person):
    found = entities(world, text)
    agencies = {e.name for e in found if e.type == "Agency"}
    assert agencies <= {
        "Federal Bureau of Investigation",
        "National Security Agency",
    }
    if person:
        assert person in {e.name for e in found if e.type in ("Person", "Official")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has been asking Germany for Taurus cruise missiles since last year.",
        "Britain supplied Storm Shadow missiles to Ukraine in May.",
        "Ukraine wants more Patriot air defence systems and Leopard tanks.",
    ],
)
def test_a_weapon_s_name_is_no_entity(world, text):
    found = entities(world, text)
    assert {e.type for e in found} == {"Country"}


def test_a_known_maker_before_its_weapons_stays_a_firm(world):
    found = entities(world, "The army ordered Rheinmetall tanks and Lockheed Martin jets.")
    assert {(e.name, e.type) for e in found} == {
        ("Rheinmetall", "Organization"),
        ("Lockheed Martin", "Organization"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The FBI disabled the network in an operation dubbed Medusa, officials said.",
        "Police arrested 40 people in an operation codenamed Trojan Shield.",
        "The servers were seized as part of an operation known as Endgame.",
        "Europol seized the servers during a sting codenamed Tanglewood.",
    ],
)
def test_the_code_name_of_an_operation_other_acts_are_done_in_is_no_group(world, text):
    found = entities(world, text)
    assert not [e for e in found if e.type in ("Organization", "Person", "Platform")]


def test_a_named_operation_that_is_acted_on_is_listed_like_its_group(world):
    found = entities(world, "Meta removed accounts tied to an operation known as Storm-1679.")
    assert types_by_mention(found)["Storm-1679"] == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Big Brother Watch and other groups have condemned the order.", "Big Brother Watch"),
        ("Amnesty International and Human Rights Watch condemned it.", "Human Rights Watch"),
        ("The Atlantic's editor-in-chief revealed on Monday that he was added.", "The Atlantic"),
        ("The United States began air strikes on Houthi positions.", "Houthis"),
    ],
)
def test_rights_groups_a_magazine_and_the_houthis_are_organisations(world, text, name):
    found = {e.name: e.type for e in entities(world, text)}
    assert found.get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The attack knocked offline the e-Albania portal on Friday.", "e-Albania", "Platform"),
        (
            "Citizens file taxes through e-Devlet, the state's online service.",
            "e-Devlet",
            "Platform",
        ),
        ("Prosecutors charged staff of the Shanghai contractor i-Soon.", "i-Soon", "Organization"),
        ("The Justice Department said i-Soon broke into email accounts.", "i-Soon", "Organization"),
    ],
)
def test_a_letter_hyphen_name_is_one_name_typed_by_its_kind(world, text, name, kind):
    found = entities(world, text)
    assert types_by_mention(found)[name] == kind
    assert "Albania" not in {e.name for e in found}


def test_a_hyphenated_common_word_is_no_name(world):
    assert not entities(world, "He sent an e-mail to the ministry on Monday.")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The attackers drained one of Bybit's Ethereum cold wallets on Friday.", "Bybit"),
        ("Thieves emptied Binance's Bitcoin hot wallets last year.", "Binance"),
    ],
)
def test_an_owner_before_a_modifier_of_a_common_noun_stands_alone(world, text, owner):
    found = entities(world, text)
    assert [e.name for e in found] == [owner]


def test_an_owner_before_a_thing_of_a_kind_keeps_the_thing(world):
    found = entities(world, "Researchers studied Meta's Llama model last year.")
    assert types_by_mention(found)["Llama"] == "Platform"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "BRUSSELS — The sanctions were adopted by the Council of the EU on Friday. The "
            "Council held the unit responsible for the attack.",
            "Council of the European Union",
        ),
        (
            "BRUSSELS — The European Commission fined the firm. The Commission said it would "
            "not comment.",
            "European Commission",
        ),
    ],
)
def test_a_bare_head_after_a_stateless_body_named_before_is_that_body(world, text, body):
    found = entities(world, text)
    assert [e.name for e in found if e.type == "Agency"] == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were listed over Operation Cloud Hopper, a campaign by hackers.",
        "Police in 12 countries took part in Operation Endgame last week.",
        "The bloc sanctioned those behind Operation Ghost Shell, a hacking campaign.",
    ],
)
def test_a_name_opening_with_operation_is_an_act_s_code_name(world, text):
    assert not [e for e in entities(world, text) if e.type in ("Organization", "Person")]


@pytest.mark.parametrize(
    "text",
    [
        "Police boarded the Eagle S, a tanker suspected of damaging the power cable.",
        "The cargo ship Yi Peng 3 left the area on Friday.",
        "Investigators are examining the vessel Newnew Polar Bear.",
    ],
)
def test_a_civilian_ship_is_no_entity(world, text):
    assert not [e for e in entities(world, text) if e.type in ("Organization", "Person")]


def test_a_navy_s_ship_stays_its_unit(world):
    found = entities(world, "The USS Essex docked in Manila on Friday.")
    assert types_by_mention(found)["USS Essex"] == "Agency"


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        (
            "CIA Director John Ratcliffe said the chat held no secrets.",
            "Central Intelligence Agency",
            "Agency",
        ),
        (
            "NATO Secretary General Mark Rutte said allies would boost patrols.",
            "NATO",
            "Organization",
        ),
    ],
)
def test_the_body_in_a_known_official_s_titled_name_is_named_too(world, text, body, kind):
    found = {e.name: e.type for e in entities(world, text, "2025-03-25")}
    assert found.get(body) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Officials warned that Chinese apps such as Shein, WeChat and Temu posed a risk.",
            "Temu",
            "Platform",
        ),
        (
            "He warned against firms such as Zorvane and Quellix in his report.",
            "Quellix",
            "Organization",
        ),
    ],
)
def test_names_listed_after_a_plural_kind_and_such_as_take_its_type(world, text, name, kind):
    assert types_by_mention(entities(world, text))[name] == kind
