"""Shapes seen wrong on unseen news, nineteenth round: bodies named only in a known official's
lower-case title. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


def ids_of_mention(found, text: str) -> list[str | None]:
    return [e.id for e in found for m in e.mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "published", "body", "words"),
    [
        (
            "Moscow dismissed the report. Foreign ministry spokeswoman Maria Zakharova called "
            "it a provocation.",
            "2024-02-01",
            "org/russia-mfa",
            "Foreign ministry",
        ),
        (
            "Beijing said the claims were false, and foreign ministry spokeswoman Mao Ning told "
            "reporters the sanctions would be answered.",
            "2024-06-12",
            "org/china-mfa",
            "foreign ministry",
        ),
        (
            "Foreign affairs ministry spokesman Geng Shuang said on Tuesday that the charges "
            "were groundless.",
            "2018-12-04",
            "org/china-mfa",
            "Foreign affairs ministry",
        ),
    ],
)
def test_a_known_holder_s_lower_case_title_names_the_body_of_the_post(
    world, text, published, body, words
):
    found = bundled_entities(world, text, published)
    assert ids_of_mention(found, words) == [body]


def test_a_title_s_body_not_where_the_holder_serves_is_not_that_post_s_body(world):
    text = "Defence ministry spokeswoman Maria Zakharova called it a provocation."
    found = bundled_entities(world, text, "2024-02-01")
    assert "org/russia-mfa" not in ids_of_mention(found, "Defence ministry")


def test_a_post_not_held_on_the_day_names_no_body(world):
    text = "Foreign ministry spokesman Geng Shuang said the charges were groundless."
    found = bundled_entities(world, text, "2023-05-04")
    assert "org/china-mfa" not in ids_of_mention(found, "Foreign ministry")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Home Office minister Lord Pemberton said the plot had been foiled.", "Lord Pemberton"),
        ("Baroness Whitfield, a Conservative peer, demanded an inquiry.", "Baroness Whitfield"),
        ("The report was welcomed by Lady Marchbank, who chairs the committee.", "Lady Marchbank"),
    ],
)
def test_a_peer_is_named_with_the_title_and_is_a_person(world, text, name):
    found = bundled_entities(world, text, "2024-02-01")
    assert [e.type for e in found if e.name == name] in (["Person"], ["Official"])


def test_a_title_that_goes_on_after_lord_names_no_peer(world):
    found = bundled_entities(world, "The Lord Chancellor defended the judges.", "2024-02-01")
    assert not [e for e in found if e.type in ("Person", "Official")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hackers abused a tool that Denver-based Halvorsen sells to schools. Halvorsen "
            "urged users to act.",
            "Halvorsen",
        ),
        ("The Berlin-based Veltrano builds surveillance drones for the army.", "Veltrano"),
        (
            "The flaw was found in software that Austin-based Marcella Dorn licenses to hospitals.",
            "Marcella Dorn",
        ),
    ],
)
def test_a_name_after_where_it_is_based_is_an_organisation_s(world, text, name):
    found = bundled_entities(world, "Firms hit by hackers\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] == ["Organization"]


def test_a_person_described_by_where_they_are_based_stays_a_person(world):
    text = "A London-based lawyer, John Whitcombe, said the charges were political."
    found = bundled_entities(world, text, "2024-02-01")
    assert [e.type for e in found if e.name == "John Whitcombe"] == ["Person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Attorney General's Office opened an inquiry into the leak.",
            "Attorney General's Office",
        ),
        ("A spokesman for the President's Office in Kyiv denied it.", "President's Office"),
        (
            "Israel's Prime Minister's Office said the talks would resume.",
            "Prime Minister's Office",
        ),
    ],
)
def test_an_office_named_after_its_head_s_title_is_an_agency(world, text, name):
    found = bundled_entities(world, "Spy case\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] == ["Agency"]
    assert not [e for e in found if e.type in ("Person", "Official")]


def test_an_office_s_name_keeps_its_capitalised_words_before_the_title(world):
    text = "Spy case\n\nThe inquiry was taken over by the Federal Prosecutor's Office on Friday."
    found = bundled_entities(world, text, "2024-02-01")
    assert [e.name for e in found if e.type == "Agency"] == ["Federal Prosecutor's Office"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He sent the files through the cloud service Baidu Netdisk.", "Baidu Netdisk"),
        ("The suspect also kept copies on Yandex Disk, investigators said.", "Yandex Disk"),
        ("The ministry had stored the scans in Huawei Cloud since 2021.", "Huawei Cloud"),
    ],
)
def test_a_known_firm_s_product_named_after_it_is_a_platform(world, text, name):
    found = bundled_entities(world, "Cloud leak\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] == ["Platform"]
    assert not [e for e in found if e.type in ("Person", "Official")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Under Secretary for Terrorism and Financial Intelligence Dana Whitlock said so.",
            "Dana Whitlock",
            "Under Secretary for Terrorism and Financial Intelligence",
        ),
        (
            "Secretary of State for Defence Harriet Colby spoke.",
            "Harriet Colby",
            "Secretary of State for Defence",
        ),
        (
            "Assistant Secretary of State for European Affairs Aidan Farrell also spoke.",
            "Aidan Farrell",
            "Secretary of State for European Affairs",
        ),
        (
            "Minister of State for Europe Karl Hendry flew to Warsaw.",
            "Karl Hendry",
            "Minister of State for Europe",
        ),
    ],
)
def test_a_title_with_its_portfolio_before_a_name_is_the_holder_s_post(world, text, name, title):
    found = bundled_entities(world, "Talks\n\n" + text, "2024-02-01")
    holder = [e for e in found if e.name == name]
    assert [e.type for e in holder] == ["Official"]
    assert title in [r.title for r in holder[0].roles]
    assert not [e for e in found if e.type == "Organization"]


def test_a_name_after_a_lower_case_for_holds_no_portfolio(world):
    text = "Talks\n\nMany in the party voted for Dana Whitlock in the primary."
    found = bundled_entities(world, text, "2024-02-01")
    assert [(e.type, e.roles) for e in found if e.name == "Dana Whitlock"] == [("Person", ())]


@pytest.mark.parametrize(
    ("text", "body", "acronym"),
    [
        (
            "The Dutch Data Protection Authority (AP) was notified. AP will investigate.",
            "Dutch Data Protection Authority",
            "AP",
        ),
        (
            "Moldova's Broadcasting Regulatory Agency (RT) ordered the channels blocked. RT gave "
            "no reason.",
            "Broadcasting Regulatory Agency",
            "RT",
        ),
        (
            "The Ruritanian Cyber Defence Directorate (CNN) traced the intrusion to a botnet.",
            "Ruritanian Cyber Defence Directorate",
            "CNN",
        ),
    ],
)
def test_a_state_body_s_own_acronym_is_not_the_outlet_known_by_it(world, text, body, acronym):
    found = bundled_entities(world, "Data breach\n\n" + text, "2024-02-01")
    holder = [e for e in found if any(m.text == acronym for m in e.mentions)]
    assert [(e.name, e.type) for e in holder] == [(body, "Agency")]


def test_a_description_of_an_acronym_the_model_misread_does_not_break_extraction(world):
    text = (
        "Data breach\n\nGermany's Data Protection Watchdog Agency (DW) opened a case against "
        "the firm."
    )
    found = bundled_entities(world, text, "2024-02-01")
    assert "Data Protection Watchdog Agency" in [e.name for e in found]


@pytest.mark.parametrize(
    ("text", "firm", "short"),
    [
        (
            "Kwan Wah Ltd said it had done nothing wrong. Kwan Wah denied the charge.",
            "Kwan Wah Ltd",
            "Kwan Wah",
        ),
        (
            "Shares of Hartwell Industries Inc. rose after Hartwell won the contract.",
            "Hartwell Industries Inc.",
            "Hartwell",
        ),
        (
            "Sansui Electric Co. said it would sell the unit. Sansui shares fell.",
            "Sansui Electric Co.",
            "Sansui",
        ),
    ],
)
def test_a_company_named_with_its_legal_form_is_a_firm_and_so_is_its_short_name(
    world, text, firm, short
):
    found = bundled_entities(world, "Deals\n\n" + text, "2024-02-01")
    holder = [e for e in found if e.name == firm]
    assert [e.type for e in holder] == ["Organization"]
    assert short in [m.text for m in holder[0].mentions]
    assert not [e for e in found if e.type in ("Person", "Official")]
