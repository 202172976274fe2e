"""Entity extraction on texts written for these tests, with a small gazetteer of our own so the
expectations do not move when the bundled gazetteer grows."""

from __future__ import annotations

import pytest
from entity_world import by_name, entities_of, make_world, texts


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_world(tmp_path_factory)


def test_gazetteer_name_gives_canonical_entity_with_wikidata_and_offsets(world):
    text = "On Monday the U.S. Central Intelligence Agency published new videos."
    cia = by_name(entities_of(world, text), "Central Intelligence Agency")
    assert (cia.id, cia.type, cia.wikidata, cia.country) == (
        "org/cia",
        "Agency",
        "Q37230",
        "country/us",
    )
    mention = cia.mentions[0]
    assert text[mention.start : mention.end] == mention.text == "U.S. Central Intelligence Agency"


def test_unknown_ministry_is_an_agency_and_its_defined_acronym_joins_it(world):
    text = (
        "Officers of the Ministry of State Security (MSS) approached engineers in Shanghai. "
        "Later the MSS denied any involvement."
    )
    mss = by_name(entities_of(world, text), "Ministry of State Security")
    assert mss.type == "Agency"
    assert mss.id == "org/ministry-of-state-security"
    assert texts(mss).count("MSS") == 2


def test_the_agency_points_back_to_the_only_agency_named_before(world):
    text = "The CIA released a video on Tuesday. The agency said it wanted new sources."
    cia = by_name(entities_of(world, text), "Central Intelligence Agency")
    assert "The agency" in texts(cia)


def test_surname_joins_the_full_name(world):
    text = (
        "Marta Kowalczyk, a researcher at a private firm, studied the leak. "
        "Kowalczyk said the files were genuine."
    )
    people = [e for e in entities_of(world, text) if e.type in ("Person", "Official")]
    assert [(p.name, texts(p)) for p in people] == [
        ("Marta Kowalczyk", ["Marta Kowalczyk", "Kowalczyk"])
    ]
    assert people[0].type == "Person"  # a researcher holds no public role


def test_possessive_maps_to_the_country_with_the_name_as_mention(world):
    text = "Russia's foreign ministry summoned the envoy, and Russia's army moved north."
    found = entities_of(world, text)
    russia = by_name(found, "Russia")
    assert russia.id == "country/ru"
    assert texts(russia) == ["Russia"] * len(russia.mentions) and len(russia.mentions) >= 1


def test_x_is_twitter_only_in_a_twitter_context(world):
    as_platform = "The ministry posted the statement on X (formerly Twitter) on Sunday."
    twitter = by_name(entities_of(world, as_platform), "Twitter")
    assert twitter.type == "Platform"
    assert set(texts(twitter)) == {"X", "Twitter"}
    as_letter = "Investigators marked the house with an X on their map of Kyiv."
    assert not [e for e in entities_of(world, as_letter) if e.type == "Platform"]


def test_ids_are_the_same_across_two_articles(world):
    first = entities_of(world, "Tomasz Wierzbicki met the minister in Warsaw.", article_id="a")
    second = entities_of(world, "Yesterday Tomasz Wierzbicki flew home.", article_id="b")
    assert by_name(first, "Tomasz Wierzbicki").id == by_name(second, "Tomasz Wierzbicki").id


def test_demonym_counts_for_the_state_only_when_it_stands_for_it(world):
    hackers = entities_of(world, "Russian hackers broke into the network last year.")
    assert by_name(hackers, "Russia").type == "Country"
    diplomat = entities_of(world, "An Australian diplomat met the adviser in London.")
    assert not [e for e in diplomat if e.name == "Australia"]


def test_capital_as_actor_is_the_country_else_a_place(world):
    actor = entities_of(world, "Beijing denied the accusations on Monday.")
    assert by_name(actor, "China").type == "Country"
    place = entities_of(world, "The conference took place in Beijing last week.")
    assert by_name(place, "Beijing").type == "Place"
    assert not [e for e in place if e.type == "Country"]


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSCOW (Reuters) -",
        "KYIV, March 3 (Reuters) -",
        "SEOUL, Feb. 7, 2023 (Reuters) --",
        "REDMOND, Washington, Jan 19 (Reuters) -",
    ],
)
def test_dateline_outlet_is_not_an_entity(world, dateline):
    text = f"{dateline} The Kremlin declined to comment on Tuesday."
    assert not [
        e for e in entities_of(world, text) if e.name in ("Reuters", "KYIV", "SEOUL", "REDMOND")
    ]


def test_an_administration_acting_is_the_state_not_its_leader(world):
    for text in (
        "The Burns administration imposed new visa rules.",
        "Critics in Canberra blamed the Burns administration for the delay.",
    ):
        found = entities_of(world, text)
        assert texts(by_name(found, "United States")) == ["Burns administration"]
        assert not [e for e in found if e.name == "William J. Burns"], text


def test_a_post_held_in_an_administration_names_its_leader_too(world):
    for text in (
        "She was a senior adviser in the Burns administration before moving to a bank.",
        "Visa rules tightened under the Burns administration, the report said.",
    ):
        found = entities_of(world, text)
        assert texts(by_name(found, "United States")) == ["Burns administration"]
        assert texts(by_name(found, "William J. Burns")) == ["Burns"], text


def test_body_named_with_a_country_name_and_a_full_ministry_name(world):
    text = (
        "The U.S. Embassy in Moscow suspended visa services, and the Russian Ministry of "
        "Foreign Affairs protested."
    )
    found = entities_of(world, text)
    embassy = by_name(found, "American Embassy in Moscow")
    assert (embassy.type, embassy.country, texts(embassy)) == (
        "Agency",
        "country/us",
        ["U.S. Embassy in Moscow"],
    )
    ministry = by_name(found, "Russian Ministry of Foreign Affairs")
    assert (ministry.type, ministry.country) == ("Agency", "country/ru")


def test_place_spoken_to_is_an_outlet(world):
    text = "Speaking to Bloomberg on Friday, the minister defended the plan."
    assert by_name(entities_of(world, text), "Bloomberg").type == "Organization"


def test_embassy_named_two_ways_gets_one_id(world):
    first = entities_of(world, "The embassy of China in Canberra issued a statement.")
    second = entities_of(world, "China's embassy in Canberra issued a statement.", article_id="b")
    ids = {e.id for e in (*first, *second) if e.type == "Agency"}
    assert ids == {"org/chinese-embassy-in-canberra"}


def test_headline_words_are_names_only_if_the_body_repeats_them(world):
    text = (
        "Spy Agency Chief Quits After Leak Scandal\n\n"
        "A court in Oslo sentenced Martin Halvorsen on Monday."
    )
    found = entities_of(world, text)
    assert sorted(e.name for e in found) == ["Martin Halvorsen", "Oslo"]
    assert by_name(found, "Martin Halvorsen").type == "Person"


def test_name_boundaries_keep_balanced_brackets_and_stop_at_line_breaks():
    import spacy

    from kg.extract.shapes import trim

    nlp = spacy.blank("en")
    doc = nlp("the X (formerly Twitter), then")
    assert doc[slice(*trim(doc, 0, 6))].text == "X (formerly Twitter)"
    doc = nlp("Brenann:\n\nIntelligence")
    assert doc[slice(*trim(doc, 0, len(doc)))].text == "Brenann"


WORDS = [
    "the",
    "a",
    ",",
    ".",
    "(",
    ")",
    "’s",
    "'s",
    "\n",
    "said",
    "agency",
    "ministry",
    "embassy",
    "of",
    "in",
    "to",
    "Ministry",
    "Embassy",
    "CIA",
    "FBI",
    "X",
    "Twitter",
    "Russian",
    "Russians",
    "Moscow",
    "Beijing",
    "Chinese",
    "President",
    "Director",
    "Deputy",
    "spokesman",
    "professor",
    "Anna",
    "Berg",
    "Lars",
    "MSS",
    "U.S.",
    "administration",
    "Burns",
    "The",
]


@pytest.mark.slow
def test_any_text_gives_entities_whose_mentions_are_their_text(world):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(WORDS), max_size=40))
    def check(words):
        text = " ".join(words)
        found = entities_of(world, text)
        assert len({e.id for e in found}) == len(found)
        for entity in found:
            assert entity.mentions
            for m in entity.mentions:
                assert text[m.start : m.end] == m.text

    check()


def test_country_inside_an_agency_name_is_mentioned_but_not_inside_other_names(world):
    agency = entities_of(world, "Russia's army moved north while the Chinese embassy waited.")
    assert {"Russia", "China"} <= {e.name for e in agency if e.type == "Country"}
    think_tank = entities_of(world, "The Australian Strategic Policy Institute published data.")
    assert not [e for e in think_tank if e.type == "Country"]


def test_platforms_known_by_their_context_without_a_gazetteer_entry(world):
    text = (
        "The agency posted videos on platforms like YouTube and Facebook, and it opened a "
        "Telegram channel for tips."
    )
    platforms = {e.name for e in entities_of(world, text) if e.type == "Platform"}
    assert platforms == {"YouTube", "Facebook", "Telegram"}


def test_a_translated_name_before_a_known_acronym_in_brackets_is_that_body(world):
    text = (
        "Agents of the Federal Investigations Office (FBI) searched a flat in Ohio. "
        "The FBI later seized three laptops."
    )
    found = entities_of(world, text)
    fbi = by_name(found, "Federal Bureau of Investigation")
    assert texts(fbi) == ["Federal Investigations Office", "FBI", "FBI"]
    assert not [e for e in found if e.name == "Federal Investigations Office"]


def test_an_acronym_in_brackets_after_a_person_is_no_second_name_for_them(world):
    found = entities_of(world, "The suspect met Daniel Okafor (FBI) at a cafe in Ohio.")
    assert by_name(found, "Federal Bureau of Investigation").type == "Agency"
    assert by_name(found, "Daniel Okafor").type in ("Person", "Official")


def test_a_photo_credit_names_the_source_before_the_slash(world):
    found = entities_of(world, "Debris is brought ashore. Photo by U.S. Navy/Handout via FBI.")
    assert not [e for e in found if "/" in e.name]
    assert by_name(found, "U.S. Navy").type == "Agency"


@pytest.mark.parametrize(
    "line",
    ["Copyright 2024 Oslo Daily Monitor. All rights reserved.", "© 2023 Harbor News Group Ltd."],
)
def test_a_copyright_line_names_no_entity(world, line):
    text = f"The FBI made two arrests.\n\n{line}"
    assert [e.name for e in entities_of(world, text)] == ["Federal Bureau of Investigation"]


def test_a_letter_platform_with_its_period_listed_with_platforms_is_the_gazetteer_entry(world):
    found = entities_of(world, "Follow the agency on LinkedIn and X.")
    assert by_name(found, "Twitter").type == "Platform"


def test_a_byline_names_no_entity_but_a_sentence_starting_with_by_does(world):
    text = (
        "The FBI named its new office chief on Friday.\n\n"
        "By Hannah Lindqvist, Security Correspondent\n\n"
        "By Monday, Olena Marchuk had left the FBI office in Ohio."
    )
    names = {e.name for e in entities_of(world, text)}
    assert "Hannah Lindqvist" not in names
    assert {"Olena Marchuk", "Federal Bureau of Investigation"} <= names


@pytest.mark.parametrize(
    ("signature", "name", "entity_type"),
    [
        ("— Harbor Watch (@harborwatch) March 3, 2024", "Harbor Watch", "Organization"),
        ("— Daniel Okafor (@dokafor) March 3, 2024", "Daniel Okafor", "Person"),
    ],
)
def test_the_signature_of_an_embedded_post_names_its_account(world, signature, name, entity_type):
    text = f"The FBI posted a new video.\nWatch the clip.\n{signature}\nThe agency said more."
    account = by_name(entities_of(world, text), name)
    assert account.type == entity_type
    assert [m.text for m in account.mentions] == [name, signature.split("(")[1].split(")")[0]]


def test_a_body_the_model_calls_a_place_is_still_the_body_with_its_acronym(world):
    text = (
        "Detectives at the National Anti-Corruption Bureau of Ukraine (NABU) searched two "
        "offices on Monday. NABU said the suspects had fled."
    )
    bureau = by_name(entities_of(world, text), "National Anti-Corruption Bureau of Ukraine")
    assert (bureau.type, texts(bureau).count("NABU")) == ("Agency", 2)


def test_an_acronym_the_model_reads_on_its_own_joins_its_long_form(world):
    text = (
        "Lena Cho, a broker for the Korea Mining Development Trading Corporation (KOMID), "
        "was named. KOMID later denied the charges."
    )
    found = entities_of(world, text)
    firm = by_name(found, "Korea Mining Development Trading Corporation")
    assert texts(firm).count("KOMID") == 2
    assert [e.name for e in found if "KOMID" in e.name] == []


def test_an_acronym_after_a_person_is_no_name_of_that_person(world):
    text = "Jo Marsh (ACMEX) said the files were fake. ACMEX declined to comment."
    marsh = by_name(entities_of(world, text), "Jo Marsh")
    assert texts(marsh) == ["Jo Marsh"]
