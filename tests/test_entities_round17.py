"""Shapes seen wrong on unseen news, round 17: a post given after a possessive pronoun, a known
body in the possessive before a known unit of it, offices named after who holds them, and
courts of many states. Texts and names invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


def _found(world, text: str):
    return bundled_entities(world, "Report\n\n" + text, "2024-03-01")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The board met. Its chairman, Erik Halvorsen, read the report.", "Erik Halvorsen"),
        ("The union was split. Their spokeswoman, Ilse Varga, denied a rift.", "Ilse Varga"),
        ("The minister resigned on Friday. His deputy, Tomas Ruud, took over.", "Tomas Ruud"),
        ("The fund cut jobs. Its chief financial officer, Ada Brenner, left.", "Ada Brenner"),
    ],
)
def test_a_post_after_a_possessive_pronoun_makes_an_official(world, text, name):
    assert types_by_mention(_found(world, text))[name] == "Official"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The suspect stayed silent. His lawyer, Piet Olsen, said he would appeal.", "Piet Olsen"),
        ("The diplomat was expelled. Her husband, Jonas Berg, left with her.", "Jonas Berg"),
    ],
)
def test_a_relative_or_a_lawyer_after_a_possessive_pronoun_stays_a_person(world, text, name):
    assert types_by_mention(_found(world, text))[name] == "Person"


@pytest.mark.parametrize(
    ("text", "owner", "unit"),
    [
        (
            "On Monday the Treasury Department's Office of Foreign Assets Control listed two "
            "exchanges.",
            "United States Department of the Treasury",
            "Office of Foreign Assets Control",
        ),
        (
            "The FBI's Cyber Division and the NSA issued a joint advisory.",
            "Federal Bureau of Investigation",
            "Cyber Division",
        ),
    ],
)
def test_a_known_body_in_the_possessive_before_its_unit_names_both(world, text, owner, unit):
    names = {e.name: e.type for e in _found(world, text)}
    assert names.get(owner) == "Agency"
    assert names.get(unit) == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "The International Court of Justice ordered a halt to the strikes.",
        "The European Court of Human Rights ruled that the ban broke the convention.",
        "Judges at the International Criminal Court issued an arrest warrant on Friday.",
    ],
)
def test_courts_of_many_states_are_agencies_like_other_courts(world, text):
    courts = [e for e in _found(world, text) if "Court" in e.name]
    assert courts and all(e.type == "Agency" for e in courts)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "A letter from the office of the French president reached the embassy.",
            "office of the French president",
        ),
        (
            "The request was sent to the office of Prime Minister Hendrik Vos on Monday.",
            "office of Prime Minister Hendrik Vos",
        ),
        ("The Lyon prosecutor's office opened an inquiry.", "Lyon prosecutor's office"),
        (
            "Inspector General Maria Lind's office reviewed the contracts in May.",
            "Inspector General Maria Lind's office",
        ),
    ],
)
def test_an_office_named_after_its_holder_is_an_agency(world, text, office):
    assert types_by_mention(_found(world, text))[office] == "Agency"


def test_an_office_named_after_its_holder_is_not_the_holder(world):
    found = _found(world, "A statement from the office of the Russian president denied it.")
    assert not [e for e in found if e.type == "Official"]


def test_the_holder_named_inside_an_office_stays_a_person_and_the_offices_are_one(world):
    found = _found(
        world,
        "Inspector General Maria Lind's office reviewed the contracts. On Friday Lind's office "
        "said it had found no fraud.",
    )
    offices = [e for e in found if e.type == "Agency"]
    assert len(offices) == 1 and len(offices[0].mentions) == 2
    assert [e.name for e in found if e.type == "Official"] == ["Maria Lind"]


@pytest.mark.parametrize(
    "text",
    [
        "He took office in May and later ran for the office of president.",
        "The prosecutor's office declined to comment.",
        "She works in the office of the company's lawyer.",
    ],
)
def test_an_office_with_no_holder_named_is_no_entity(world, text):
    assert not [e for e in _found(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Norway's defence minister on Monday accused Moscow of jamming GPS signals.\n\n"
            "Bjorn Arild Gram said the jamming had put civilian flights at risk.",
            "Bjorn Arild Gram",
            "Norway's defence minister",
        ),
        (
            "RIGA — Latvia's interior minister on Friday ordered the border crossing closed.\n\n"
            "Maris Kucinskis told reporters that the decision would stand.",
            "Maris Kucinskis",
            "Latvia's interior minister",
        ),
    ],
)
def test_a_lede_naming_a_post_and_the_next_sentence_naming_a_person_are_one_official(
    world, text, name, description
):
    found = _found(world, text)
    holder = next(e for e in found if e.name == name)
    assert holder.type == "Official"
    assert description in [m.text for m in holder.mentions]


def test_a_post_in_the_lede_is_not_a_person_named_later_as_an_object(world):
    text = (
        "Norway's defence minister on Monday accused Moscow of jamming GPS signals.\n\n"
        "Officials said the minister had met Ola Hansen, a pilot, in Oslo."
    )
    pilot = next(e for e in _found(world, text) if e.name == "Ola Hansen")
    assert pilot.type == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin on Monday rejected the accusation as absurd.\n\n"
        "Moscow initially dismissed the charges. Its foreign ministry later said they were false.",
        "Beijing rejected the report on Monday. Its foreign ministry called it a smear.",
    ],
)
def test_its_body_after_a_capital_acting_as_the_state_is_that_states(world, text):
    body = types_by_mention(_found(world, text))
    assert body.get("Its foreign ministry") == "Agency"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The breach was reported by Dana Whitfield, the Oslo-based firm that audits banks. "
            "Dana Whitfield said the flaw was fixed.",
            "Dana Whitfield",
        ),
        (
            "The outage was confirmed on Monday by Harlan Brooks, the Texas company that runs "
            "the grid. Harlan Brooks has promised refunds.",
            "Harlan Brooks",
        ),
    ],
)
def test_a_person_shaped_name_the_article_calls_a_company_is_one_firm(world, text, firm):
    found = _found(world, text)
    assert [e.type for e in found if e.name == firm] == ["Organization"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Blockchain analysis firm Veltrana estimated the losses at $40 million.", "Veltrana"),
        ("The telecoms operator Zentel cut the line on Friday.", "Zentel"),
    ],
)
def test_a_name_right_after_a_firm_noun_is_that_firm(world, text, firm):
    assert types_by_mention(_found(world, text)).get(firm) == "Organization"


def test_a_date_after_a_firm_noun_names_no_firm(world):
    found = _found(world, "Analysts at the company Monday said the firm had warned them.")
    assert not [e for e in found if e.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Officers of Russia's FSB security service detained him.",
            "Russia's FSB security service",
        ),
        (
            "He was recruited by the BND foreign intelligence service.",
            "BND foreign intelligence service",
        ),
        ("The report was carried by the TASS news agency.", "TASS news agency"),
    ],
)
def test_a_known_short_name_before_its_kind_spans_the_kind(world, text, mention):
    assert mention in types_by_mention(_found(world, text))


def test_a_kind_that_goes_on_is_not_taken_into_the_name(world):
    found = types_by_mention(_found(world, "The FSB security service headquarters was hit."))
    assert "FSB" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Palm Beach County State Attorney Lena Morris dropped the case.", "Lena Morris"),
        ("Crown Prosecutor Helen Price told the court the men had lied.", "Helen Price"),
        ("County Attorney Ray Dunn said the charges would stand.", "Ray Dunn"),
    ],
)
def test_local_prosecutors_titles_make_officials(world, text, name):
    assert types_by_mention(_found(world, text)).get(name) == "Official"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "LONDON — Britain's cyber defence agency on Monday warned of Chinese hacking.\n\n"
            "The National Cyber Security Centre said two firms had been breached.",
            "National Cyber Security Centre",
        ),
        (
            "Japan's national cyber agency on Friday blamed hackers for the outage.\n\n"
            "The National center of Incident readiness and Strategy for Cybersecurity said the "
            "attack was over.",
            "National Center of Incident Readiness and Strategy for Cybersecurity",
        ),
    ],
)
def test_a_lede_describing_a_state_body_and_the_next_sentence_naming_it_are_one(world, text, body):
    bodies = [e for e in _found(world, text) if e.type == "Agency"]
    assert [e.name for e in bodies] == [body]
    assert len(bodies[0].mentions) == 2
