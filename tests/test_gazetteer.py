"""The bundled gazetteers load, are consistent, and bad user files are rejected clearly."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from kg.errors import ConfigError
from kg.gazetteer import Gazetteer, GazetteerEntry, Post, load_gazetteer, normalise
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings

GAZETTEER_DIR = DEFAULT_ONTOLOGY_DIR / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Words that name an entry but are ordinary English in lower case or a common given name:
# they must be guarded (case_sensitive) wherever they appear as a name.
RISKY_WORDS = {
    "x", "us", "signal", "line", "meta", "discord", "threads", "zoom", "medium", "apple",
    "amazon", "turkey", "chad", "jordan", "guinea", "chile", "georgia", "outlook", "snake",
    "anonymous", "wagner", "ice", "mps", "gab", "rumble", "tor", "telegram", "car",
}  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(DEFAULT_ONTOLOGY_DIR)


def _of_type(gazetteer: Gazetteer, entity_type: str) -> list[GazetteerEntry]:
    return list(gazetteer.by_type(entity_type))


def test_bundled_files_define_unique_ids_per_namespace():
    seen: dict[str, str] = {}
    for path in sorted(GAZETTEER_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for raw in data["entities"]:
            namespace = "country" if data["type"] == "Country" else data["type"]
            key = f"{namespace}:{raw['id']}"
            assert key not in seen, f"{key} in {path.name} and {seen[key]}"
            seen[key] = path.name


@pytest.mark.parametrize(
    ("entity_type", "minimum"),
    [("Agency", 100), ("Platform", 40), ("Official", 60), ("Country", 193), ("Organization", 60)],
)
def test_each_type_has_its_minimum_coverage(gazetteer, entity_type, minimum):
    assert len(_of_type(gazetteer, entity_type)) >= minimum


def test_wikidata_ids_are_qids_and_never_shared(gazetteer):
    owners: dict[str, str] = {}
    for entry in gazetteer.entries.values():
        if entry.wikidata is None:
            continue
        assert QID.match(entry.wikidata), entry.id
        assert entry.wikidata not in owners, f"{entry.wikidata}: {owners.get(entry.wikidata)}"
        owners[entry.wikidata] = entry.id


def test_well_known_qids_are_on_the_right_entries(gazetteer):
    expected = {
        "org/cia": "Q37230", "country/us": "Q30", "country/cn": "Q148", "country/ru": "Q159",
        "org/linkedin": "Q213660", "org/telegram": "Q15616276", "org/facebook": "Q355",
        "org/youtube": "Q866", "org/twitter": "Q918",
    }  # fmt: skip
    assert {i: gazetteer.get(i).wikidata for i in expected} == expected


def test_every_official_holds_a_dated_post_at_a_known_body(gazetteer):
    for official in _of_type(gazetteer, "Official"):
        assert official.posts, official.id
        for post in official.posts:
            assert post.org in gazetteer.entries, (official.id, post.org)
            for bound in (post.start, post.end):
                assert bound is None or ISO_DATE.match(bound), (official.id, bound)
            if post.start and post.end:
                assert post.start[: len(post.end)] <= post.end, (official.id, post)


def test_countries_of_entries_are_country_entries(gazetteer):
    for entry in gazetteer.entries.values():
        if entry.country:
            assert gazetteer.get(entry.country).type == "Country", entry.id


def test_no_surface_names_two_entries_unless_one_side_guards_it(gazetteer):
    owners: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for entry in gazetteer.entries.values():
        for surface in {*entry.names, *entry.demonyms, *entry.capitals}:
            owners[normalise(surface)].append(entry)
    clashes = {
        surface: [e.id for e in entries]
        for surface, entries in owners.items()
        if len({e.id for e in entries}) > 1
        and not any(normalise(s) == surface for e in entries for s in e.case_sensitive)
    }
    assert clashes == {}


def test_common_words_are_guarded_wherever_they_are_names(gazetteer):
    unguarded = [
        (entry.id, surface)
        for entry in gazetteer.entries.values()
        for surface in {*entry.names, *entry.capitals}
        if normalise(surface) in RISKY_WORDS and surface not in entry.case_sensitive
    ]
    assert unguarded == []


def test_context_entries_are_single_words(gazetteer):
    # the span ruler compares context words with the sentence's tokens one by one
    phrases = [
        (entry.id, word)
        for entry in gazetteer.entries.values()
        for word in entry.context
        if not re.fullmatch(r"[\w.]+", word)
    ]
    assert phrases == []


def test_the_letter_x_names_twitter_only_as_a_capital_letter_near_context(gazetteer):
    twitter = gazetteer.get("org/twitter")
    assert twitter.name == "Twitter"
    assert [e.id for e in gazetteer.lookup("X")] == ["org/twitter"]
    assert gazetteer.lookup("x") == ()
    assert twitter.is_guarded("X") and not twitter.is_guarded("X (formerly Twitter)")
    assert {"Musk", "post"} <= set(twitter.context)
    assert [e.id for e in gazetteer.lookup("x (formerly twitter)")] == ["org/twitter"]


@pytest.mark.parametrize(
    ("surface", "entry_id"),
    [
        ("CIA", "org/cia"),
        ("the Kremlin", "country/ru"),
        ("Pentagon", "org/us-dod"),
        ("Justice Department", "org/doj"),
        ("FSB", "org/fsb"),
        ("White House", "org/white-house"),
        ("DPRK", "country/kp"),
        ("U.K.", "country/gb"),
        ("Guoanbu", "org/mss"),
        ("Fancy Bear", "org/apt28"),
        ("VPNs", "org/vpn"),
        ("Tor browser", "org/tor"),
        ("VK", "org/vkontakte"),
        ("UNC1151", "org/ghostwriter"),
        ("Zelenskyy", "person/volodymyr-zelensky"),
        ("Northern Ireland", "place/northern-ireland"),
        ("Norway's Police Security Service", "org/pst"),
        ("Sweden's Security Service", "org/sapo"),
        ("External Affairs Ministry", "org/india-mea"),
        ("Spamouflage", "org/spamouflage"),
        ("Doppelgänger", "org/doppelganger"),
        ("Internet Research Agency", "org/internet-research-agency"),
    ],
)
def test_lookup_resolves_news_surface_forms(gazetteer, surface, entry_id):
    assert [e.id for e in gazetteer.lookup(surface)] == [entry_id]


def test_canonical_names_follow_the_annotation_conventions(gazetteer):
    names = {e.name for e in gazetteer.entries.values()}
    assert {
        "Federal Security Service", "Federal Bureau of Investigation", "Twitter", "Russia",
        "United States Department of Justice", "United States", "Central Intelligence Agency",
    } <= names  # fmt: skip


def test_hacking_groups_placed_in_a_state_service_are_agencies(gazetteer):
    assert gazetteer.get("org/gamaredon").type == "Agency"
    assert gazetteer.get("org/muddywater").type == "Agency"
    assert gazetteer.get("org/ghostwriter").type == "Organization"


def test_capitals_and_demonyms_belong_to_their_country(gazetteer):
    china = gazetteer.get("country/cn")
    assert "Beijing" in china.capitals and "Chinese" in china.demonyms
    assert "North Korean" in gazetteer.get("country/kp").demonyms
    assert "Pyongyang" in gazetteer.get("country/kp").capitals


@pytest.mark.parametrize(
    ("title", "org", "day", "expected"),
    [
        ("Director", "org/cia", "2019-06-01", ["Gina Haspel"]),
        ("Director", "org/cia", "2022-06-01", ["William J. Burns"]),
        ("Director", "org/cia", "2016-06-01", ["John Brennan"]),
        ("Director", "org/cia", "2017-06-01", ["Mike Pompeo"]),
        ("deputy director", "org/cia", "2022-06-01", ["David Cohen"]),
        ("President", "country/us", "2018-03-01", ["Donald Trump"]),
        ("President", "country/us", "2023-03-01", ["Joe Biden"]),
        ("President", "country/ru", "2010-01-01", ["Dmitry Medvedev"]),
        ("Foreign Minister", "org/russia-mfa", "2021-04-15", ["Sergei Lavrov"]),
        ("Secretary General", "org/nato", "2020-01-01", ["Jens Stoltenberg"]),
        ("CEO", "org/twitter", "2023-01-10", ["Elon Musk"]),
        ("chief executive", "org/twitter", "2024-01-10", ["Linda Yaccarino"]),
        ("CEO", "org/telegram", "2024-08-25", ["Pavel Durov"]),
    ],
)
def test_officials_holding_a_post_on_a_day(gazetteer, title, org, day, expected):
    assert [e.name for e in gazetteer.officials_holding(title, org, day)] == expected


@pytest.mark.parametrize(
    ("title", "org", "expected"),
    [
        ("chief", "org/mi6", ["Richard Moore"]),
        ("Spokesman", "country/ru", ["Dmitry Peskov"]),
        ("defence minister", "org/israel-mod", ["Benny Gantz"]),
        ("leader", "country/kp", ["Kim Jong Un"]),
    ],
)
def test_title_synonyms_find_the_post(gazetteer, title, org, expected):
    assert [e.name for e in gazetteer.officials_holding(title, org, "2022-01-01")] == expected


def test_a_partial_end_date_covers_its_whole_period():
    post = Post("Director", "org/x", "2017-02", "2018")
    assert post.held_on("2018-12-31") and post.held_on("2017-02-01")
    assert not post.held_on("2017-01-31") and not post.held_on("2019-01-01")


# --- user folders and rejected files -------------------------------------------------------


def _ontology(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "onto" / "gazetteer"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tmp_path / "onto"


COUNTRIES = "type: Country\nentities:\n  - {id: us, name: United States, wikidata: Q30}\n"


def test_a_valid_small_ontology_loads(tmp_path):
    agencies = "type: Agency\nentities:\n  - {id: cia, name: CIA Test, country: us}\n"
    onto = _ontology(tmp_path, {"a.yaml": agencies, "c.yaml": COUNTRIES})
    assert load_gazetteer(onto).get("org/cia").country == "country/us"


@pytest.mark.parametrize(
    ("agencies", "message"),
    [
        ("  - {id: cia, name: C, wikidata: 37230}\n", "not a QID"),
        ("  - {id: cia, name: C}\n  - {id: cia, name: D}\n", "duplicate gazetteer id"),
        ("  - {id: cia, name: C, country: zz}\n", "unknown country"),
        ("  - {id: cia, name: C, alias: [X]}\n", "unknown key"),
        ("  - {id: cia, name: C, wikidata: Q30}\n", "already used"),
        ("  - {id: cia, name: C, context: [spy]}\n", "context only guards"),
        (
            "  - {id: cia, name: C, case_sensitive: [C], context: [spy], context_scope: page}\n",
            "context_scope must be",
        ),
        ("  - {id: cia, name: C, case_sensitive: [C], context_scope: article}\n", "needs context"),
        ("  - {id: cia, name: C, country: us, context_scope: article}\n", "only guards"),
        ("  - {id: cia, name: C, case_sensitive: [C], context_scope: before}\n", "before needs"),
        ("  - {id: cia, name: C, case_sensitive: [Z]}\n", "does not name"),
        ("  - {id: Bad Id, name: C}\n", "needs an id"),
        ("  - {id: cia, name: C, demonyms: [Ciaish]}\n", "only a Country"),
        ("  - {id: cia, name: C, posts: [{title: Head}]}\n", "only an Official"),
    ],
)
def test_bad_files_are_rejected_naming_the_file(tmp_path, agencies, message):
    onto = _ontology(tmp_path, {"bad.yaml": "type: Agency\nentities:\n" + agencies,
                                "c.yaml": COUNTRIES})  # fmt: skip
    with pytest.raises(ConfigError, match=message) as caught:
        load_gazetteer(onto)
    assert "bad.yaml" in str(caught.value)


@pytest.mark.parametrize(
    ("post", "message"),
    [
        ("{title: Director, org: cia, start: 2020-01-02, end: 2019-05-01}", "after it ends"),
        ("{title: Director, org: nowhere}", "unknown body"),
        ("{title: Director, start: 'June 2020'}", "not YYYY"),
    ],
)
def test_bad_posts_are_rejected_naming_the_file(tmp_path, post, message):
    agencies = "type: Agency\nentities:\n  - {id: cia, name: C}\n"
    officials = f"type: Official\nentities:\n  - id: p\n    name: P\n    posts: [{post}]\n"
    onto = _ontology(tmp_path, {"a.yaml": agencies, "o.yaml": officials, "c.yaml": COUNTRIES})
    with pytest.raises(ConfigError, match=message) as caught:
        load_gazetteer(onto)
    assert "o.yaml" in str(caught.value)


def test_a_user_folder_from_the_environment_extends_and_overrides(tmp_path, monkeypatch):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "extra.yaml").write_text(
        "type: Agency\nentities:\n"
        "  - {id: cia, name: Central Intelligence Agency, country: us, aliases: [The Company]}\n"
        "  - {id: my-unit, name: Example Cyber Unit, country: us}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("KG_GAZETTEER_DIRS", str(user))
    monkeypatch.delenv("KG_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    settings = Settings.load()
    gazetteer = load_gazetteer(settings.ontology_dir, settings.gazetteer_dirs)
    assert gazetteer.get("org/my-unit").name == "Example Cyber Unit"
    assert [e.id for e in gazetteer.lookup("The Company")] == ["org/cia"]
    assert gazetteer.lookup("Langley") == ()  # the user's entry replaced the bundled one


def test_a_missing_user_folder_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_gazetteer(DEFAULT_ONTOLOGY_DIR, [tmp_path / "absent"])


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("titles: {Director: [chief]}\nextra: 1\n", "unknown top-level key"),
        ("titles: {Director: [chief], Commander: [Chief]}\n", "stands for both"),
        ("titles: {Director: chief}\n", "list of non-empty synonyms"),
    ],
)
def test_bad_title_synonyms_are_rejected(tmp_path, header, message):
    agencies = header + "type: Agency\nentities:\n  - {id: cia, name: C}\n"
    onto = _ontology(tmp_path, {"bad.yaml": agencies, "c.yaml": COUNTRIES})
    with pytest.raises(ConfigError, match=message):
        load_gazetteer(onto)


@pytest.mark.parametrize(
    ("title", "country", "day", "expected"),
    [
        ("chancellor", "country/de", "2023-04-17", ["Olaf Scholz"]),  # held at the country
        ("foreign secretary", "country/gb", "2023-04-17", ["James Cleverly"]),  # at the FCDO
    ],
)
def test_officials_of_a_country_hold_its_post_or_one_at_its_bodies(
    gazetteer, title, country, day, expected
):
    found = gazetteer.officials_of_country(title, country, day)
    assert [e.name for e in found] == expected


def test_officials_of_a_country_leave_out_posts_abroad(gazetteer):
    ambassadors = gazetteer.officials_of_country("Ambassador", "country/ru", "2024-05-08")
    assert ambassadors
    abroad = frozenset({"embassy"})
    assert gazetteer.officials_of_country("Ambassador", "country/ru", "2024-05-08", abroad) == []
