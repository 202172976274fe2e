"""Shapes seen wrong on unseen news, sixteenth round (continued): a firm's short name, names
given to operations, papers and economic areas, a platform's product named with it. Texts
invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "Among the samples were variants of a loader, a phony Google Update mechanism.",
        "The lure was a fake Telegram Premium offer sent to officials.",
    ],
)
def test_a_platform_s_product_the_model_runs_into_its_name_names_the_platform(world, text):
    found = entities(world, text)
    assert [e.type for e in found if e.type in ("Platform", "Organization")] == ["Platform"]
    assert all(" " not in e.name for e in found)


def test_a_platform_s_name_opening_a_newspaper_s_stays_the_newspaper(world):
    found = entities(world, "Apple Daily, the pro-democracy newspaper, was shut down.")
    assert [(e.name, e.type) for e in found] == [("Apple Daily", "Organization")]


@pytest.mark.parametrize(
    ("text", "firm", "again"),
    [
        (
            "The files come from NTC Vulkan, a firm in Moscow. Vulkan did not respond.",
            "NTC Vulkan",
            "Vulkan",
        ),
        (
            "The drones were built by OKB Orlan, a contractor in Kazan. Orlan denied the "
            "report on Monday.",
            "OKB Orlan",
            "Orlan",
        ),
        (
            "The leak came from Group Argus, a consultancy in Minsk. Argus said it had done "
            "nothing wrong.",
            "Group Argus",
            "Argus",
        ),
    ],
)
def test_the_last_word_of_a_firm_s_name_names_the_firm_again(world, text, firm, again):
    named = holding(entities(world, text), firm)
    assert named.type == "Organization"
    assert again in [m.text for m in named.mentions]


def test_the_last_word_of_a_firm_s_name_that_a_person_bears_stays_the_person_s(world):
    found = entities(
        world, "Officials met Jack Vulkan and the firm NTC Vulkan. Vulkan did not respond."
    )
    assert "Vulkan" in [m.text for m in holding(found, "Jack Vulkan").mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('OpenAI banned the accounts. OpenAI called the effort "Peer Review".', "Peer Review"),
        ("Researchers found new sites. Microsoft calls the operation Storm-2035.", "Storm-2035"),
        ('Google tracks the group as "UNC5812" and said it targets recruits.', "UNC5812"),
    ],
)
def test_a_name_a_firm_gives_an_operation_no_group_had_before_names_an_organisation(
    world, text, name
):
    assert holding(entities(world, text), name).type == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        (
            "He told the Mail on Sunday newspaper that he had been threatened.",
            "Mail on Sunday",
            "Organization",
        ),
        (
            "Data of users in the European Economic Area was sent to China.",
            "European Economic Area",
            "Place",
        ),
    ],
)
def test_papers_and_economic_areas_the_model_cuts_or_mistypes(world, text, name, entity_type):
    assert holding(entities(world, text), name).type == entity_type


def test_a_common_word_opening_a_sentence_names_no_firm_again(world):
    found = entities(
        world, "The guards work for Kestrel Security, a firm in Riga. Security was tight there."
    )
    assert [m.text for m in holding(found, "Kestrel Security").mentions] == ["Kestrel Security"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The firm linked the campaign to UAC-0063, a group tied to Russia.", "UAC-0063"),
        ("Microsoft said Storm-1516 and Storm-1679 spread the videos.", "Storm-1679"),
        ("Dobrzynski told the PAP news agency that the suspect had confessed.", "PAP"),
    ],
)
def test_tracker_names_of_groups_and_acronyms_before_their_kind_are_organisations(
    world, text, name
):
    assert holding(entities(world, text), name).type == "Organization"


def test_identifiers_of_flaws_and_versions_name_nothing(world):
    found = entities(world, "The flaw, CVE-2023-38831, affects WinRAR 6.22, Kyiv said.")
    assert all("CVE" not in e.name for e in found)


@pytest.mark.parametrize(
    ("text", "names", "entity_type"),
    [
        (
            "The EU sanctioned two Kremlin-backed media outlets, Voice of Europe and Golos Evropy.",
            ["Voice of Europe", "Golos Evropy"],
            "Organization",
        ),
        (
            "India banned 59 Chinese apps, including Shareit and Helo, citing security.",
            ["Shareit", "Helo"],
            "Platform",
        ),
        (
            "The regulator fined two broadcasters, Kanal Vesti and Press TV, on Monday.",
            ["Kanal Vesti", "Press TV"],
            "Organization",
        ),
    ],
)
def test_names_listed_after_a_plural_kind_take_its_type(world, text, names, entity_type):
    found = entities(world, text)
    assert [holding(found, name).type for name in names] == [entity_type] * len(names)


def test_one_name_after_a_plural_kind_and_a_comma_is_no_list(world):
    found = entities(world, "The companies, Microsoft said, had been warned.")
    assert [e.name for e in found] == ["Microsoft"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Britain's Ofcom revoked the licence of the broadcaster.", "Ofcom"),
        ("France's CNIL fined the company 40 million euros.", "CNIL"),
        ("Australia's eSafety Commissioner ordered X to remove the video.", "eSafety Commissioner"),
    ],
)
def test_media_and_data_regulators_are_state_agencies(world, text, name):
    found = {e.name: e.type for e in entities(world, text)}
    assert found[name] == "Agency"


def test_a_word_of_a_person_s_name_the_model_calls_an_organisation_is_that_person(world):
    found = entities(
        world,
        "Prosecutors charged Wang Xiaolin, 45, with acting as an agent of the Ministry of "
        "Public Security. Wang ran an undeclared police station in Queens.",
    )
    assert "Wang" in [m.text for m in holding(found, "Wang Xiaolin").mentions]
    assert all(e.type != "Organization" for e in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sandu accused the fugitive oligarch Ilan Shor of buying votes.", "Ilan Shor"),
        ("Police questioned the journalist Ivan Safronov about the leak.", "Ivan Safronov"),
    ],
)
def test_a_name_after_a_noun_only_a_person_is_is_a_person(world, text, name):
    assert holding(entities(world, text), name).type == "Person"


def test_a_generation_is_no_one(world):
    found = entities(world, "The ban was lifted after deadly protests led by Gen Z activists.")
    assert all(e.type not in ("Person", "Organization") for e in found)


def test_a_name_listed_after_of_with_firms_under_a_firm_noun_is_a_firm(world):
    found = entities(
        world,
        "Chinese hackers breached the networks of AT&T, Verizon and Lumen, the telecoms "
        "companies said.",
    )
    assert holding(found, "Lumen").type == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "The center had worked with a U.S.-based website, DC Weekly, to spread deepfakes.",
        "The ministry named a Kremlin-backed group as the source of the leak.",
    ],
)
def test_an_adjective_made_with_a_hyphen_names_nothing(world, text):
    found = entities(world, text)
    assert all(not m.text.endswith(("-based", "-backed")) for e in found for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("North Korean hackers stole $1.5 billion from Bybit, officials said.", "Bybit"),
        (
            "The funds moved through THORChain, a cross-chain protocol, investigators said.",
            "THORChain",
        ),
        ("Washington sanctioned Garantex for laundering ransom payments.", "Garantex"),
    ],
)
def test_exchanges_and_protocols_are_platforms(world, text, name):
    assert holding(entities(world, text), name).type == "Platform"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group used Meta's Llama model to write the posts.", "Llama"),
        (
            "The Commerce Department banned sales of Kaspersky Lab's antivirus software.",
            "Kaspersky Lab",
        ),
    ],
)
def test_a_model_and_a_firm_named_like_its_antivirus_are_platforms(world, text, name):
    assert holding(entities(world, text), name).type == "Platform"


def test_a_firm_before_its_malware_stays_a_firm(world):
    found = entities(world, "The NSO Group spyware was found on the phones.")
    assert holding(found, "NSO Group").type == "Organization"


def test_a_word_joined_by_a_hyphen_before_a_kind_names_nothing(world):
    assert entities(world, "The Wi-Fi network was down for hours.") == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Researchers found the Scan-V tool in the leaked files.", "Scan-V"),
        ("Operatives trained on the Crystal-2V program for months.", "Crystal-2V"),
    ],
)
def test_a_code_name_written_with_a_hyphen_before_its_kind_is_one_name(world, text, name):
    assert holding(entities(world, text), name).type == "Platform"


def test_a_demonym_before_a_kind_names_no_thing(world):
    found = entities(world, "The Russian group posted the files. A Chinese firm built the tool.")
    assert {e.type for e in found} <= {"Country"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Washington banned sales of Kaspersky Lab's antivirus software. The company said it "
            "would challenge the decision.",
            "Kaspersky Lab",
        ),
        (
            "Prosecutors charged employees of Anxun Information Technology, a Shanghai "
            "contractor. The firm's founder denied the charges.",
            "Anxun Information Technology",
        ),
    ],
)
def test_the_company_or_the_firm_is_the_one_firm_named_shortly_before(world, text, firm):
    texts = [m.text for m in holding(entities(world, text), firm).mentions]
    assert any(t.endswith(("company", "firm")) for t in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft and Google said hackers had targeted them. The company said it began in May.",
        "NATO said the attack was serious. The company that runs the cable said it was cut.",
    ],
)
def test_the_company_after_two_firms_or_no_firm_names_none(world, text):
    found = entities(world, text)
    assert all("company" not in m.text for e in found for m in e.mentions)


def test_a_group_s_name_then_a_known_name_of_it_are_one_group(world):
    found = entities(
        world,
        'The bureau blamed a North Korean group it tracks as "TraderTraitor", which is also '
        "widely known as the Lazarus Group.",
    )
    assert "TraderTraitor" in [m.text for m in holding(found, "Lazarus Group").mentions]


def test_a_known_group_s_possession_is_no_other_name(world):
    found = entities(world, "Officials met Acme Corp, known as the Lazarus Group's bank.")
    assert holding(found, "Acme Corp").name == "Acme Corp"
