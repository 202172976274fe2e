"""Shapes seen wrong on unseen news, nineteenth round, continued: state bodies (regulators,
prosecutors, a parliament addressed), firms' kinds and units, leaders and regions. Texts
invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The audit covered the Communications Authority of Kenya.", "Communications Authority"),
        (
            "The bank was fined by the Financial Conduct Authority, which regulates lenders.",
            "Financial Conduct Authority",
        ),
        (
            "Officials at the Hong Kong Monetary Authority said the bank had complied.",
            "Hong Kong Monetary Authority",
        ),
    ],
)
def test_a_regulator_named_an_authority_is_an_agency(world, text, name):
    found = bundled_entities(world, "Regulators\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] == ["Agency"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The ring used Safaricom's M-Pesa mobile money service to defraud users.",
            "M-Pesa",
            "Platform",
        ),
        (
            "Recruits were paid through the Zavrix online payment app, police said.",
            "Zavrix",
            "Platform",
        ),
        (
            "Fighters of the Vostrak private military company were seen near the base.",
            "Vostrak",
            "Organization",
        ),
    ],
)
def test_a_name_before_two_modifiers_and_its_kind_noun_takes_the_kind(world, text, name, kind):
    found = bundled_entities(world, "Fraud\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] == [kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guatemala opened an inquiry into spyware bought by the previous government of "
            "Alejandro Giammattei.",
            "Alejandro Giammattei",
        ),
        ("Critics of the government of Rustam Kaliyev were jailed.", "Rustam Kaliyev"),
        (
            "The purchases continued under the administration of Ilse Brandvold, they said.",
            "Ilse Brandvold",
        ),
    ],
)
def test_the_name_after_a_government_of_is_its_leader_a_person(world, text, name):
    found = bundled_entities(world, "Spyware\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == name] in (["Person"], ["Official"])


@pytest.mark.parametrize(
    "text",
    [
        "U.S. prosecutors charged the two men with wire fraud on Tuesday.",
        "American prosecutors said the scheme ran for years.",
        "The indictment was filed by US federal prosecutors in Brooklyn.",
    ],
)
def test_us_prosecutors_are_the_justice_department(world, text):
    found = bundled_entities(world, "Charges\n\n" + text, "2024-02-01")
    assert "org/doj" in [e.id for e in found if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "published", "body"),
    [
        (
            "Prime Minister Theresa May told parliament the state was culpable.",
            "2018-03-14",
            "org/uk-parliament",
        ),
        (
            "Chancellor Olaf Scholz told parliament that Germany would send more air defence.",
            "2023-03-02",
            "org/bundestag",
        ),
        (
            "Prime Minister Anthony Albanese told parliament the hack was unacceptable.",
            "2023-05-10",
            "org/australian-parliament",
        ),
    ],
)
def test_parliament_told_by_a_known_official_is_their_state_s(world, text, published, body):
    found = bundled_entities(world, "Debate\n\n" + text, published)
    assert [e.id for e in found if any(m.text == "parliament" for m in e.mentions)] == [body]


def test_parliament_told_by_someone_of_no_known_state_names_no_body(world):
    text = "Debate\n\nThe activist Mara Quill told parliament the law was unjust."
    found = bundled_entities(world, text, "2023-05-10")
    assert not [e for e in found if any(m.text == "parliament" for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nikhil Gandhi, the head of TikTok India, said no data had been shared.", "TikTok India"),
        ("Google Australia said it would appeal the fine.", "Google Australia"),
        ("Staff at Telegram Brazil were told to comply with the order.", "Telegram Brazil"),
    ],
)
def test_a_platform_s_name_before_a_state_s_is_its_unit_there(world, text, unit):
    found = bundled_entities(world, "Apps\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == unit] == ["Organization"]
    assert not [e for e in found if e.type == "Country"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drones were shot down over the Kursk region on Monday.", ["Kursk"]),
        ("Drones were shot down over the Kursk and Belgorod regions.", ["Kursk", "Belgorod"]),
        ("Shelling hit villages in the Sumy region overnight, officials said.", ["Sumy"]),
    ],
)
def test_a_name_before_a_region_s_noun_is_a_place(world, text, names):
    found = bundled_entities(world, "War\n\n" + text, "2024-02-01")
    assert {e.name: e.type for e in found if e.name in names} == dict.fromkeys(names, "Place")


@pytest.mark.parametrize(
    ("text", "firm", "state"),
    [
        (
            "Hackers also targeted Lithuanian railway operator LTG, officials said.",
            "LTG",
            "Lithuania",
        ),
        (
            "Ukraine's state railway Ukrzaliznytsia said ticket sales were down.",
            "Ukrzaliznytsia",
            "Ukraine",
        ),
        (
            "Czech railway operator Ceske Drahy said trains were delayed.",
            "Ceske Drahy",
            "Czech Republic",
        ),
    ],
)
def test_a_state_s_railway_or_grid_operator_is_a_firm_the_state_owns(world, text, firm, state):
    found = bundled_entities(world, "Rail hack\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.name == firm] == ["Organization"]
    assert [e.type for e in found if e.name == state] == ["Country"]
