"""Shapes seen wrong on unseen news, tenth round: courts named by description, bodies named
in apposition after their description, descriptions pointing back to a named person. Texts
invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Chile's top court ordered the app blocked on Tuesday. The court said the firm "
            "had ignored three rulings.",
            "top court",
            "country/cl",
        ),
        (
            "The highest court in Kenya struck down the levy. The court said it was unlawful.",
            "highest court",
            "country/ke",
        ),
        (
            "Lawmakers in Poland passed the bill in May. The country's supreme court said on "
            "Monday that it would hear the appeal, and the court set a date in June.",
            "country's supreme court",
            "country/pl",
        ),
        (
            "NAIROBI — The top court halted the shutdown order. The court gave the regulator "
            "a week to reply.",
            "top court",
            "country/ke",
        ),
    ],
)
def test_a_top_court_described_is_its_states_supreme_court(world, text, mention, country):
    court = holding(entities(world, text), mention)
    assert court.type == "Agency"
    assert court.name == "Supreme Court"
    assert court.country == country
    assert [m.text.lower() for m in court.mentions][-1] == "the court"


def test_a_top_court_is_the_one_court_the_story_names(world):
    text = (
        "Romania's top court annulled the first round of the vote. The Constitutional Court "
        "said the campaign had been distorted by paid posts."
    )
    found = entities(world, text)
    assert holding(found, "top court") is holding(found, "Constitutional Court")
    assert holding(found, "Romania").type == "Country"


def test_a_top_court_is_the_named_court_of_its_state_after_it(world):
    text = (
        "India's top court stayed the order. The Supreme Court of Indica also asked the "
        "government to reply within a week."
    )
    found = entities(world, text)
    assert holding(found, "top court") is holding(found, "Supreme Court of Indica")
    assert holding(found, "top court").country == "country/in"


def test_a_court_above_states_is_no_states_top_court(world):
    text = (
        "Russia's top court upheld the sentence. The European Court of Human Rights had "
        "ruled against Russia in a similar case."
    )
    found = entities(world, text)
    assert holding(found, "top court") is not holding(found, "European Court of Human Rights")


def test_a_top_court_the_gazetteer_knows_is_its_entry(world):
    found = entities(world, "WASHINGTON — The country's top court agreed to hear the case.")
    assert holding(found, "country's top court").id == "org/us-supreme-court"


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would take the case to the top court.",
        "She won her first match on the top court at the tournament.",
        "Moscow's top court banned the movement as extremist.",
    ],
)
def test_a_top_court_of_no_known_state_is_no_entity(world, text):
    assert not [e for e in entities(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "description", "name", "country"),
    [
        (
            "Estonia's foreign intelligence service, Valisluureamet, said the campaign was "
            "run by a military unit.",
            "foreign intelligence service",
            "Valisluureamet",
            "country/ee",
        ),
        (
            "Lithuania said on Monday that the country's state security department, Vaskos, "
            "had found the devices.",
            "state security department",
            "Vaskos",
            "country/lt",
        ),
        (
            "France's agency against foreign digital interference, Viginum, said the sites "
            "copied real newspapers.",
            "agency against foreign digital interference",
            "Viginum",
            "country/fr",
        ),
        (
            "PARIS — France's agency for countering online meddling, Viginum, on Monday "
            "exposed a ring of copied news sites.",
            "agency for countering online meddling",
            "Viginum",
            "country/fr",
        ),
        (
            "The Dutch military intelligence service, MIVD, said the intruders had left.",
            "military intelligence service",
            "MIVD",
            "country/nl",
        ),
        (
            "Japan's cyber agency, known as NISC, said the breach was serious.",
            "cyber agency",
            "NISC",
            "country/jp",
        ),
        (
            "China's Ministry of State Security, the country's main spy agency, said it had "
            "caught a courier.",
            "main spy agency",
            "China's Ministry of State Security",
            "country/cn",
        ),
    ],
)
def test_a_body_named_after_its_description_is_one_agency(world, text, description, name, country):
    found = entities(world, text)
    body = holding(found, name)
    assert body.type == "Agency"
    assert body.country == country
    assert description in [m.text for m in body.mentions]
    assert all(e.type == "Country" for e in found if e is not body)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the agency, Jane Ward, declined to comment.",
        "Germany's largest carmaker, Volkswagen, said it would cut jobs.",
    ],
)
def test_a_name_after_no_state_body_gets_no_description(world, text):
    assert all(len(e.mentions) == 1 for e in entities(world, text) if e.type != "Country")


def mentions_of(found, name: str) -> list[str]:
    return [m.text.lower() for m in holding(found, name).mentions]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Elon Musk mocked the ruling on Saturday. The billionaire said the judge had "
            "no power over his firm.",
            "Elon Musk",
            "billionaire",
        ),
        (
            "Jack Marlow, who owns the site, refused to comply. The tycoon said he would appeal.",
            "Jack Marlow",
            "tycoon",
        ),
        (
            "Foreign Minister Radoslaw Sikorski criticised Jack Marlow on Monday. The "
            "businessman said the minister had misread the law.",
            "Jack Marlow",
            "businessman",
        ),
        (
            "Police arrested Tomas Verner on Monday. The 39-year-old is accused of passing "
            "plans of a port to a foreign service.",
            "Tomas Verner",
            "39-year-old",
        ),
        (
            "Police detained Tomas Verner, 39, and Ana Ruiz, 41, on Monday. The 39-year-old "
            "is accused of passing plans of a port to a foreign service.",
            "Tomas Verner",
            "39-year-old",
        ),
        (
            "Pavel Durov was detained in France on Saturday. The 39-year-old billionaire "
            "denied any wrongdoing.",
            "Pavel Durov",
            "39-year-old billionaire",
        ),
        (
            "Former President Jair Bolsonaro joined the march. The former president said the "
            "ban was illegal.",
            "Jair Bolsonaro",
            "the former president",
        ),
    ],
)
def test_a_description_points_back_to_the_one_person_it_fits(world, text, name, description):
    assert description in mentions_of(entities(world, text), name)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "Elon Musk and Mark Zuckerberg met the senators. The billionaire said the talks "
            "went well.",
            "billionaire",
        ),
        (
            "Foreign Minister Radoslaw Sikorski spoke on Monday. The billionaire said the "
            "talks went well.",
            "billionaire",
        ),
        (
            "Police detained Tomas Verner and Katarzyna Nowak on Monday. The 39-year-old is "
            "accused of passing plans of a port to a foreign service.",
            "39-year-old",
        ),
        (
            "President Luiz Inacio Lula da Silva spoke on Sunday. The former president said "
            "the ban was illegal.",
            "the former president",
        ),
    ],
)
def test_a_description_fitting_no_one_or_two_people_is_no_mention(world, text, description):
    found = entities(world, text)
    assert all(description not in [m.text.lower() for m in e.mentions] for e in found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The order came from Ukraine's National Security and Defence Council, whose "
            "Centre for Countering Propaganda said the app leaked locations.",
            "Centre for Countering Propaganda",
            "country/ua",
        ),
        (
            "Poland's Internal Security Agency said its Office for Counterintelligence "
            "Operations had detained the man.",
            "Office for Counterintelligence Operations",
            "country/pl",
        ),
        (
            "The ban was decided by the National Security and Defence Council, whose Centre "
            "for Countering Propaganda said the app leaked locations.",
            "Centre for Countering Propaganda",
            None,
        ),
    ],
)
def test_a_body_owned_by_a_states_body_is_that_states_agency(world, text, name, country):
    body = holding(entities(world, text), name)
    assert (body.type, body.country) == ("Agency", country)


def test_her_ministry_is_the_ministry_the_named_minister_heads(world):
    text = (
        "Foreign Minister Annalena Baerbock, on a trip to Fiji, said the break-in was "
        "intolerable. Her ministry called in the Russian envoy on Monday."
    )
    found = bundled_entities(world, text, "2024-05-03")
    assert holding(found, "Her ministry").id == "org/german-foreign-office"


def test_her_ministry_names_no_body_once_the_post_has_ended(world):
    text = (
        "Annalena Baerbock, on a trip to Fiji, said the break-in was intolerable. Her "
        "ministry called in the Russian envoy on Monday."
    )
    found = bundled_entities(world, text, "2025-11-20")
    assert all("Her ministry" not in [m.text for m in e.mentions] for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two Russian nationals near the air base on Monday.",
        "Prosecutors charged two German-Russian dual nationals suspected of plotting arson.",
    ],
)
def test_unnamed_nationals_are_people_not_their_state(world, text):
    assert not [e for e in entities(world, text) if e.type == "Country"]


def test_a_national_in_the_lede_is_the_person_named_after(world):
    text = (
        "A Polish court sentenced a Belarusian national to eight years for spying. Piotr "
        "Lasko, 41, was arrested near a port in 2023."
    )
    assert "a belarusian national" in mentions_of(entities(world, text), "Piotr Lasko")


def test_the_judge_is_the_one_justice_named_before(world):
    text = (
        "Justice Carla Mendes ordered the site blocked on Friday. The judge said the firm "
        "had ignored three orders."
    )
    assert "the judge" in mentions_of(entities(world, text), "Carla Mendes")


@pytest.mark.parametrize(
    "text",
    [
        "Chief Justice Carla Mendes and Judge Tomas Brandt spoke. The judge said the firm "
        "had ignored three orders.",
        "Justice Minister Carla Mendes spoke on Friday. The judge said the firm had ignored "
        "three orders.",
    ],
)
def test_the_judge_is_no_one_when_two_judges_or_only_a_minister_fit(world, text):
    found = entities(world, text)
    assert all("The judge" not in [m.text for m in e.mentions] for e in found)


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Ukraine banned Telegram on officials' phones. The messaging app said it had never "
            "shared any data.",
            "Telegram",
            "messaging app",
        ),
        (
            "TikTok sued the government on Tuesday. The Chinese-owned app said the law was "
            "unconstitutional.",
            "TikTok",
            "chinese-owned app",
        ),
    ],
)
def test_a_platform_named_again_by_what_it_is(world, text, name, description):
    assert description in mentions_of(entities(world, text), name)


@pytest.mark.parametrize(
    "text",
    [
        "TikTok and Telegram were fined on Monday. The app said it would appeal.",
        "Telegram was banned on Monday. Officials said the app Signal was safer.",
    ],
)
def test_a_platform_description_fitting_two_or_naming_another_is_no_mention(world, text):
    found = entities(world, text)
    assert all(len(e.mentions) == 1 for e in found if e.type == "Platform")


def test_the_former_holder_of_a_known_post_is_its_holder(world):
    text = (
        "NATO Secretary General Mark Rutte said the alliance would respond. The former Dutch "
        "prime minister called the attacks reckless."
    )
    found = bundled_entities(world, text, "2024-11-01")
    rutte = next(e for e in found if e.id == "person/mark-rutte")
    assert "The former Dutch prime minister" in [m.text for m in rutte.mentions]


def test_a_former_holder_of_another_state_is_no_mention(world):
    text = (
        "NATO Secretary General Mark Rutte said the alliance would respond. The former "
        "British prime minister called the attacks reckless."
    )
    found = bundled_entities(world, text, "2024-11-01")
    rutte = next(e for e in found if e.id == "person/mark-rutte")
    assert len(rutte.mentions) == 1
