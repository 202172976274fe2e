"""In-document resolution on hand-built mentions (no language model involved)."""

from __future__ import annotations

from kg.extract.roles import TextRole
from kg.gazetteer import Gazetteer, GazetteerEntry, Post
from kg.resolve import Candidate, resolve
from kg.types import Mention

CIA = GazetteerEntry(
    id="org/cia",
    name="Central Intelligence Agency",
    type="Agency",
    wikidata="Q37230",
    aliases=("CIA",),
)
BURNS = GazetteerEntry(
    id="person/william-j-burns",
    name="William J. Burns",
    type="Official",
    posts=(Post("Director", "org/cia", "2021-03-19", "2025-01-20"),),
)
GAZETTEER = Gazetteer({e.id: e for e in (CIA, BURNS)})


class Text:
    """Builds mentions at increasing offsets so tests read like the sentence they stand for."""

    def __init__(self) -> None:
        self.offset = 0

    def __call__(self, text: str, entity_type: str, gaz: str | None = None, **extra) -> Candidate:
        start = self.offset
        self.offset += len(text) + 10
        return Candidate(Mention(text, start, start + len(text), entity_type, gaz), **extra)


def names(entities) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, [m.text for m in e.mentions]) for e in entities]


def test_acronym_spelling_the_initials_joins_the_full_name():
    t = Text()
    found = resolve(
        [t("National Crime Agency", "Agency"), t("NCA", "Organization")], GAZETTEER, None
    )
    assert names(found) == [("National Crime Agency", "Agency", ["National Crime Agency", "NCA"])]
    assert found[0].id == "org/national-crime-agency"


def test_surname_shared_by_two_people_stays_apart():
    t = Text()
    found = resolve(
        [t("Anna Berg", "Person"), t("Lars Berg", "Person"), t("Berg", "Person")], GAZETTEER, None
    )
    assert [e.name for e in found if "Berg" in [m.text for m in e.mentions]] == ["Berg"]


def test_anaphor_joins_only_an_unambiguous_body():
    t = Text()
    one = resolve(
        [
            t("CIA", "Agency", "org/cia"),
            t("the agency", "Agency", anaphor=("agency",), proper=False),
        ],
        GAZETTEER,
        None,
    )
    assert names(one) == [("Central Intelligence Agency", "Agency", ["CIA", "the agency"])]
    t = Text()
    two = resolve(
        [
            t("CIA", "Agency", "org/cia"),
            t("National Crime Agency", "Agency"),
            t("the agency", "Agency", anaphor=("agency",), proper=False),
        ],
        GAZETTEER,
        None,
    )
    assert all("the agency" not in [m.text for m in e.mentions] for e in two)


def test_canonical_name_is_the_longest_form_without_possessive_or_title():
    t = Text()
    found = resolve([t("Gladys Nakamura’s", "Person"), t("Nakamura", "Person")], GAZETTEER, None)
    assert names(found) == [("Gladys Nakamura", "Person", ["Gladys Nakamura’s", "Nakamura"])]
    assert found[0].id == "person/gladys-nakamura"


def test_person_with_a_text_role_is_an_official_and_the_role_points_at_the_body():
    t = Text()
    cia = t("CIA", "Agency", "org/cia")
    role = TextRole("Deputy Director", cia.mention.start, cia.mention.end)
    cohen = t("Dana Cohen", "Person", roles=(role,))
    found = resolve([cia, cohen], GAZETTEER, "2024-10-03")
    dana = next(e for e in found if e.name == "Dana Cohen")
    assert dana.type == "Official"
    assert [(r.title, r.organization, r.source) for r in dana.roles] == [
        ("Deputy Director", "org/cia", "text")
    ]


def test_gazetteer_official_gets_the_post_held_on_the_article_date():
    t = Text()
    found = resolve(
        [t("William Burns", "Official", "person/william-j-burns")], GAZETTEER, "2022-06-01"
    )
    assert [(r.title, r.organization, r.start, r.source) for r in found[0].roles] == [
        ("Director", "org/cia", "2021-03-19", "gazetteer")
    ]
    later = resolve(
        [t("William Burns", "Official", "person/william-j-burns")], GAZETTEER, "2025-06-01"
    )
    assert later[0].roles == ()


def test_middle_initial_variant_and_surname_are_one_person():
    t = Text()
    found = resolve(
        [t("Donald J. Tusk", "Person"), t("Donald Tusk", "Person"), t("Tusk", "Person")],
        GAZETTEER,
        None,
    )
    assert names(found) == [("Donald J. Tusk", "Person", ["Donald J. Tusk", "Donald Tusk", "Tusk"])]


def test_short_form_of_a_body_name_joins_the_longer_name():
    t = Text()
    found = resolve(
        [t("Russian Foreign Ministry", "Agency"), t("Foreign Ministry", "Agency")], GAZETTEER, None
    )
    assert [e.name for e in found] == ["Russian Foreign Ministry"]


def test_output_is_deterministic():
    t = Text()
    cands = [t("Kyiv", "Place"), t("CIA", "Agency", "org/cia"), t("Anna Berg", "Person")]
    assert resolve(cands, GAZETTEER, None) == resolve(list(cands), GAZETTEER, None)


def test_title_anaphor_does_not_take_a_lower_rank():
    t = Text()
    cohen = t("Dana Cohen", "Official", roles=(TextRole("Deputy Director"),))
    anaphor = t("the director", "Official", anaphor=("director",), proper=False)
    found = resolve([cohen, anaphor], GAZETTEER, None)
    assert [m.text for e in found for m in e.mentions] == ["Dana Cohen"]


def test_first_word_names_a_company_but_not_an_agency():
    t = Text()
    company = resolve(
        [t("Orvane Risk Advisory", "Organization"), t("Orvane", "Organization", from_model=True)],
        GAZETTEER,
        None,
    )
    assert [e.name for e in company] == ["Orvane Risk Advisory"]
    t = Text()
    agency = resolve(
        [t("Senate Banking Committee", "Agency"), t("Senate", "Agency")], GAZETTEER, None
    )
    assert sorted(e.name for e in agency) == ["Senate", "Senate Banking Committee"]


def test_text_role_without_organisation_takes_the_gazetteer_post():
    t = Text()
    found = resolve(
        [t("William Burns", "Official", "person/william-j-burns", roles=(TextRole("Director"),))],
        GAZETTEER,
        "2022-06-01",
    )
    assert [(r.title, r.organization, r.start, r.source) for r in found[0].roles] == [
        ("Director", "org/cia", "2021-03-19", "text")
    ]


def test_groups_that_get_one_id_become_one_entity():
    t = Text()
    found = resolve(
        [
            t("White House", "Agency", from_model=True),
            t("Anna Berg", "Person"),
            t("White-House", "Agency"),
        ],
        GAZETTEER,
        None,
    )
    assert sorted((e.id, len(e.mentions)) for e in found) == [
        ("org/white-house", 2),
        ("person/anna-berg", 1),
    ]


def test_ids_of_names_with_accents_keep_every_letter():
    t = Text()
    found = resolve(
        [t("Edvardas Šileris", "Official"), t("Łukasz Kamiński", "Person")], GAZETTEER, None
    )
    assert [e.id for e in found] == ["person/edvardas-sileris", "person/lukasz-kaminski"]
    assert [e.name for e in found] == ["Edvardas Šileris", "Łukasz Kamiński"]


def test_names_in_another_script_get_distinct_ascii_ids():
    t = Text()
    found = resolve([t("Путин", "Person"), t("Песков", "Person")], GAZETTEER, None)
    ids = [e.id for e in found]
    assert len(set(ids)) == 2
    assert all(i.isascii() and i.startswith("person/") for i in ids)


def test_a_short_company_name_joins_only_a_longer_name_said_before_it():
    t = Text()
    later = [t("Harbor Times", "Organization"), t("Times", "Organization", from_model=True)]
    assert [e.name for e in resolve(later, GAZETTEER, None)] == ["Harbor Times"]
    t = Text()
    before = [t("Times", "Organization", from_model=True), t("Harbor Times", "Organization")]
    assert sorted(e.name for e in resolve(before, GAZETTEER, None)) == ["Harbor Times", "Times"]
    t = Text()
    first_word = [t("Orvane", "Organization", from_model=True), t("Orvane Risk", "Organization")]
    assert [e.name for e in resolve(first_word, GAZETTEER, None)] == ["Orvane Risk"]


def test_a_word_the_model_called_a_body_joins_a_person_only_as_the_surname():
    t = Text()
    yellen = t("Treasury Secretary Rhea Vance", "Official")
    treasury = t("Treasury", "Organization", from_model=True)
    vance = t("Vance", "Organization", from_model=True)
    found = resolve([yellen, treasury, vance], GAZETTEER, None)
    assert names(found) == [
        ("Treasury Secretary Rhea Vance", "Official", ["Treasury Secretary Rhea Vance", "Vance"]),
        ("Treasury", "Organization", ["Treasury"]),
    ]
    t = Text()
    junior = [t("Carl Dunmore Jr.", "Person"), t("Dunmore", "Organization", from_model=True)]
    assert names(resolve(junior, GAZETTEER, None)) == [
        ("Carl Dunmore Jr.", "Person", ["Carl Dunmore Jr.", "Dunmore"])
    ]


def test_a_lone_fathers_name_after_bin_is_not_the_son():
    # "King Salman ... Crown Prince Mohammed bin Salman": two men; "bin Salman" is the son
    t = Text()
    found = resolve(
        [
            t("Mohammed bin Salman", "Official"),
            t("Salman", "Official"),
            t("bin Salman", "Official"),
            t("Hamad bin Isa", "Person"),
            t("Hamad", "Person"),
        ],
        GAZETTEER,
        None,
    )
    groups = sorted(sorted(m.text for m in e.mentions) for e in found)
    assert groups == [
        ["Hamad", "Hamad bin Isa"],
        ["Mohammed bin Salman", "bin Salman"],
        ["Salman"],
    ]
