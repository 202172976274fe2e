"""A small gazetteer of our own for the entity tests (test_entities*.py), so their expectations
do not move when the bundled gazetteer grows, and helpers to read what extraction found."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from kg.extract.entities import extract_entities
from kg.gazetteer import load_gazetteer
from kg.nlp import load_nlp
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article

GAZETTEER = {
    "agencies.yaml": """
        type: Agency
        entities:
          - id: cia
            name: Central Intelligence Agency
            wikidata: Q37230
            country: us
            aliases: [CIA, U.S. Central Intelligence Agency]
          - id: fbi
            name: Federal Bureau of Investigation
            wikidata: Q8333
            country: us
            aliases: [FBI]
          - id: doj
            name: United States Department of Justice
            country: us
            aliases: [Justice Department, Department of Justice]
          - id: dfat
            name: Department of Foreign Affairs and Trade
            country: au
            aliases: [DFAT]
    """,
    "countries.yaml": """
        type: Country
        entities:
          - id: us
            name: United States
            wikidata: Q30
            aliases: [U.S., US, United States of America, Burns administration]
            demonyms: [American, Americans]
            capitals: [Washington]
          - id: cn
            name: China
            wikidata: Q148
            demonyms: [Chinese]
            capitals: [Beijing]
          - id: ru
            name: Russia
            wikidata: Q159
            demonyms: [Russian, Russians]
            capitals: [Moscow]
          - id: au
            name: Australia
            wikidata: Q408
            demonyms: [Australian, Australians]
            capitals: [Canberra]
    """,
    "officials.yaml": """
        type: Official
        entities:
          - id: william-j-burns
            name: William J. Burns
            country: us
            aliases: [William Burns, Burns]
            posts:
              - {title: Director, org: cia, start: 2021-03-19, end: 2025-01-20}
          - id: anthony-albanese
            name: Anthony Albanese
            country: au
            posts:
              - {title: Prime Minister, org: country/au, start: 2022-05-23}
          - id: claire-dunn
            name: Claire Dunn
            country: au
            posts:
              - {title: Spokesperson, org: dfat, start: 2020-01-01}
          - id: paul-hendry
            name: Paul Hendry
            country: us
            posts:
              - {title: Attorney General, org: doj, start: 2023-01-01}
    """,
    "organizations.yaml": """
        type: Organization
        entities:
          - id: group-ib
            name: Group-IB
    """,
    "platforms.yaml": """
        type: Platform
        entities:
          - id: twitter
            name: Twitter
            wikidata: Q918
            aliases: [X]
            case_sensitive: [X]
            context: [Twitter, Musk, posted, post, account]
          - id: linkedin
            name: LinkedIn
            wikidata: Q213660
    """,
}


def make_world(tmp_path_factory):
    """The model and a gazetteer of GAZETTEER's entries, with the bundled entity patterns."""
    root = tmp_path_factory.mktemp("ontologies")
    folder = root / "gazetteer"
    folder.mkdir()
    for name, body in GAZETTEER.items():
        (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")
    shutil.copy(Path(DEFAULT_ONTOLOGY_DIR) / "entity-patterns.yaml", root)
    settings = Settings(ontology_dir=root)
    return load_nlp(settings), load_gazetteer(root)


def entities_of(world, text: str, published: str = "2024-03-14", article_id: str = "t"):
    nlp, gazetteer = world
    article = Article(id=article_id, text=text, published=published)
    return extract_entities(nlp(text), article, gazetteer)


def by_name(entities, name: str):
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not among {[(e.name, e.type) for e in entities]}"
    return found[0]


def texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def bundled_world():
    """The spaCy pipeline and the bundled gazetteer, for tests of the shipped data."""
    return load_nlp(Settings()), load_gazetteer(DEFAULT_ONTOLOGY_DIR)


def bundled_entities(world, text: str, published: str):
    """Entities of ``text`` published on ``published``, read with ``bundled_world()``."""
    nlp, gazetteer = world
    article = Article(id="t", text=text, published=published)
    return extract_entities(nlp(text), article, gazetteer)


def types_by_mention(found) -> dict[str, str]:
    """Each mention's text and its entity's type."""
    return {m.text: e.type for e in found for m in e.mentions}


def holding(found, text: str):
    """The entity one of whose mentions is ``text``."""
    return next(e for e in found if any(m.text == text for m in e.mentions))
