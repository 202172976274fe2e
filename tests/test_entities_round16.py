"""Shapes seen wrong on unseen news, round 16: one word the model calls a person that the
article never gives as part of a person's full name, names split over particles, and a place
before a list of persons. Texts and names invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, types_by_mention


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Regulators said on Monday that Orlenko had fixed its routers.", "Orlenko"),
        ("The agency said Tarvos failed to protect its customers' data.", "Tarvos"),
        ("Customers were told on Friday that Nolvex had fixed its routers.", "Nolvex"),
        ("Dalvane chief executive Peter Holm said the outage had lasted six hours.", "Dalvane"),
        ("Vilnius-based Zentra runs the servers. Zentra urged customers to update.", "Zentra"),
    ],
)
def test_a_lone_word_the_article_treats_as_a_firm_is_an_organisation(world, text, firm):
    found = bundled_entities(world, "Firms\n\n" + text, "2024-03-01")
    assert types_by_mention(found)[firm] == "Organization"
    assert not [e for e in found if e.type in ("Person", "Official") and e.name == firm]


@pytest.mark.parametrize(
    "text",
    [
        "Organisers said several Tiananmen vigils were cancelled this year.",
        "Regulators said a popular Brovex handset sent data abroad.",
    ],
)
def test_a_lone_word_with_no_sign_of_a_person_or_a_firm_is_no_entity(world, text):
    found = bundled_entities(world, "Lone words\n\n" + text, "2024-03-01")
    assert not [e for e in found if e.type in ("Person", "Official")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Prosecutors said Okafor, who lives in Lagos, had passed documents on.", "Okafor"),
        ("Officials said Baranov would appeal; he denies the charges.", "Baranov"),
        ("The court heard that Kowalczyk, 41, had passed documents on.", "Kowalczyk"),
        ("Mr. Halvorsen declined to comment.", "Halvorsen"),
        ("Gen. Mwangi told the committee the base had been attacked.", "Mwangi"),
    ],
)
def test_a_lone_name_the_text_marks_as_a_person_stays_one(world, text, person):
    found = bundled_entities(world, "People\n\n" + text, "2024-03-01")
    assert types_by_mention(found).get(person) in ("Person", "Official")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "His wife, Maria del Carmen Ruiz Ortega, pleaded guilty at the same hearing.",
            "Maria del Carmen Ruiz Ortega",
        ),
        (
            "The court also heard from Juan Carlos de la Vega, a banker from Madrid.",
            "Juan Carlos de la Vega",
        ),
        (
            "His sister, Ana Lucia de la Cruz Mendes, was questioned by police.",
            "Ana Lucia de la Cruz Mendes",
        ),
    ],
)
def test_a_name_goes_on_over_its_particles(world, text, name):
    found = bundled_entities(world, "Names\n\n" + text, "2024-03-01")
    persons = [e.name for e in found if e.type in ("Person", "Official")]
    assert persons == [name]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "According to the indictment, unsealed in New York, Li Wei and Chen Bo belonged "
            "to the unit.",
            ["Li Wei", "Chen Bo"],
        ),
        (
            "In a complaint filed in New Jersey, Omar Haddad and Sara Klein were accused of fraud.",
            ["Omar Haddad", "Sara Klein"],
        ),
    ],
)
def test_a_place_after_a_preposition_opens_no_list_of_persons(world, text, persons):
    found = bundled_entities(world, "Lists\n\n" + text, "2024-03-01")
    assert sorted(e.name for e in found if e.type == "Person") == sorted(persons)


@pytest.mark.parametrize(
    "text",
    [
        "He had been recruited while the Soviet Union still existed.",
        "The files were handed to the USSR in 1985, prosecutors said.",
        "Several agents were executed by Soviet authorities after his betrayal.",
    ],
)
def test_the_soviet_union_is_a_country(world, text):
    found = bundled_entities(world, "Cold War\n\n" + text, "2024-03-01")
    assert [e.type for e in found if e.id == "country/su"] == ["Country"]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance of former Soviet states agreed to send troops.",
        "Leaders of several post-Soviet republics met in Minsk.",
        "Many former Soviet officials now advise the new government.",
    ],
)
def test_a_demonym_after_former_or_post_names_no_state(world, text):
    found = bundled_entities(world, "Summits\n\n" + text, "2024-03-01")
    assert not [e for e in found if e.id == "country/su"]


def _entities_with_org(world, text: str, name: str, label: str = "ORG"):
    """Entities of ``text`` where the model is made to call ``name`` an organisation (or
    ``label``), as it does in some articles (the small model's label of a rare name depends on
    its context)."""
    from spacy.tokens import Span

    from kg.extract.entities import extract_entities
    from kg.types import Article

    nlp, gazetteer = world
    doc = nlp(text)
    start = doc.text.index(name)
    org = doc.char_span(start, start + len(name), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= org.start or e.start >= org.end] + [
        Span(doc, org.start, org.end, label=label)
    ]
    return extract_entities(doc, Article(id="t", text=text, published="2024-03-01"), gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("President Jean-Pierre Mbemba dissolved the cabinet.", "Jean-Pierre Mbemba", "Official"),
        (
            "Interior Minister Mohamed-Ali Bensaid ordered the ban.",
            "Mohamed-Ali Bensaid",
            "Official",
        ),
        (
            "His Swiss lawyer, Dmitri Volkonsky, said the ruling was unlawful.",
            "Dmitri Volkonsky",
            "Person",
        ),
        ("Their daughter, Olena Marchuk, said she had not been told.", "Olena Marchuk", "Person"),
    ],
)
def test_a_name_the_model_calls_an_organisation_is_a_person_by_its_shape(
    world, text, name, entity_type
):
    found = _entities_with_org(world, "Names\n\n" + text, name)
    assert [e.type for e in found if e.name == name] == [entity_type]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Iran's judiciary said the ban would stay in place.", "Iranian Judiciary"),
        ("The Iranian judiciary ordered the app blocked.", "Iranian Judiciary"),
        ("Pakistan's election commission postponed the vote.", "Pakistani Election Commission"),
        (
            "Kenya's information and communications ministry ordered the shutdown.",
            "Kenyan Information and Communications Ministry",
        ),
        (
            "Turkey's transport and communications ministry said access had been restored.",
            "Turkish Transport and Communications Ministry",
        ),
    ],
)
def test_a_states_lower_case_body_is_an_agency_of_that_state(world, text, body):
    found = bundled_entities(world, "Bodies\n\n" + text, "2024-03-01")
    assert [e.type for e in found if e.name == body] == ["Agency"]


def test_a_judiciary_of_no_state_is_no_entity(world):
    found = bundled_entities(world, "Courts\n\nAn independent judiciary matters.", "2024-03-01")
    assert not [e for e in found if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "BERLIN — Police searched two flats. The Federal Prosecutor's Office said the man "
            "was a courier.",
            "org/german-federal-prosecutor",
        ),
        (
            "MOSCOW — The Prosecutor General's Office said on Monday the group was undesirable.",
            "org/russia-prosecutor-general",
        ),
    ],
)
def test_a_body_named_without_its_state_is_the_dateline_states_listed_body(world, text, body):
    found = bundled_entities(world, "Datelines\n\n" + text, "2024-03-01")
    assert [e.type for e in found if e.id == body] == ["Agency"]


def test_a_body_named_without_its_state_elsewhere_is_not_the_german_one(world):
    text = "WASHINGTON — The Federal Prosecutor's Office was not involved, lawyers said."
    found = bundled_entities(world, "Datelines\n\n" + text, "2024-03-01")
    assert not [e for e in found if e.id == "org/german-federal-prosecutor"]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Supreme Leader Ayatollah Ali Khamenei backed the decision on Sunday.", "Ali Khamenei"),
        (
            "Digital Secretary Oliver Dowden told the House of Commons the ban was right.",
            "Oliver Dowden",
        ),
        ("Economic Minister Petra Lind said the tariffs would stay.", "Petra Lind"),
    ],
)
def test_a_field_adjective_before_a_title_names_no_body(world, text, official):
    found = bundled_entities(world, "Titles\n\n" + text, "2021-03-01")
    assert official in [e.name for e in found if e.type == "Official"]
    assert not [e for e in found if e.type == "Organization"]


def test_a_body_named_before_a_title_keeps_its_name(world):
    text = "Federal Reserve Chair Jerome Powell spoke on Tuesday."
    found = bundled_entities(world, "Titles\n\n" + text, "2021-03-01")
    assert "Federal Reserve" in [e.name for e in found if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prosecutors said they paid a second hacker, Tomas Valenko, to break in.",
            "Tomas Valenko",
        ),
        ("Police questioned Ilir Dushku, 34, on Friday.", "Ilir Dushku"),
        ("The court heard from Arvid Lennartsson, who denied the charges.", "Arvid Lennartsson"),
    ],
)
def test_a_name_the_model_calls_a_place_is_a_person_by_its_shape(world, text, name):
    found = _entities_with_org(world, "Names\n\n" + text, name, label="GPE")
    assert [e.type for e in found if e.name == name] == ["Person"]
