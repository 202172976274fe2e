"""``kg extract``: the DESIGN 5.1 JSON contract, errors per input, and one parse per article."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from kg.cli import main
from kg.settings import Settings
from kg.types import Article

ARTICLE = (
    "Britain expelled 23 Russian diplomats on Wednesday after the FBI warned allies about a "
    "spy ring.\n"
    "Moscow denied the accusations and said it would respond. The Kremlin accused Britain of "
    "staging a provocation.\n"
)
UNDATED = "Twitter removed 500 accounts linked to Iran on Monday.\n"
EVENT_KEYS = {
    "id",
    "type",
    "plover",
    "label",
    "trigger",
    "date",
    "participants",
    "evidence",
    "confidence",
    "negated",
    "hedged",
    "attributed_to",
    "mentions",
}
DATE_KEYS = {"value", "text", "start", "end", "precision", "earliest", "latest", "source"}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    path = folder / "expulsions.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_output_follows_the_contract(capsys, extracted):
    code, out, _ = run_cli(capsys, str(extracted), "--published", "2024-10-10")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"article", "entities", "events"}
    assert set(record["article"]) == {"id", "title", "published", "source", "url", "path"}
    assert record["article"]["published"] == "2024-10-10"
    text = ARTICLE
    for entity in record["entities"]:
        assert {"id", "name", "type", "wikidata", "mentions"} <= set(entity)
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert record["events"], "the article reports events"
    for event in record["events"]:
        assert set(event) == EVENT_KEYS
        t = event["trigger"]
        assert text[t["start"] : t["end"]] == t["text"]
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
        assert ev["start"] <= t["start"] < t["end"] <= ev["end"]
        assert set(event["date"]) == DATE_KEYS
        assert 0.0 <= event["confidence"] <= 1.0
        for p in event["participants"]:
            assert p["role"] in ("actor", "target", "recipient", "platform", "place", "other")
            assert text[p["start"] : p["end"]] == p["text"]


def test_expulsion_is_dated_by_its_weekday(capsys, extracted):
    _, out, _ = run_cli(capsys, str(extracted), "--published", "2024-10-10")
    events = json.loads(out)["events"]
    expulsion = next(e for e in events if e["type"] == "Expulsion")
    assert expulsion["plover"] == "SANCTION"
    assert expulsion["date"]["value"] == "2024-10-09"
    assert expulsion["date"]["source"] == "text"
    assert {e["type"] for e in events} >= {"Expulsion", "Denial", "Accusation"}


def test_officials_carry_the_posts_read_from_the_text(capsys, tmp_path):
    path = tmp_path / "posts.txt"
    path.write_text(
        "Zhao Minghui, a spokesman for the Chinese embassy in Washington, said on Tuesday that "
        "the claims were groundless. FBI Director Christopher Wray disagreed.\n",
        encoding="utf-8",
    )
    _, out, _ = run_cli(capsys, str(path), "--published", "2023-05-04")
    entities = {e["name"]: e for e in json.loads(out)["entities"]}
    zhao = entities["Zhao Minghui"]
    assert [r["title"] for r in zhao["roles"]] == ["spokesman"]
    assert zhao["roles"][0]["source"] == "text"
    embassy = next(e for e in entities.values() if e["type"] == "Agency" and e["id"] != "org/fbi")
    assert zhao["roles"][0]["organization"] == embassy["id"]
    wray = entities["Christopher Wray"]
    assert any(r["title"] == "Director" and r["organization"] == "org/fbi" for r in wray["roles"])
    assert all(e["roles"] == [] for e in entities.values() if e["type"] != "Official")


def test_a_known_person_keeps_the_post_the_text_gives(capsys, tmp_path):
    """The gazetteer lists Boris Johnson's past posts only; the article's own title for him is
    what an analyst needs on that date."""
    path = tmp_path / "envoy.txt"
    path.write_text("UN envoy Boris Johnson said on Monday that the talks had stalled.\n")
    _, out, _ = run_cli(capsys, str(path), "--published", "2026-11-20")
    johnson = next(e for e in json.loads(out)["entities"] if e["name"] == "Boris Johnson")
    assert johnson["type"] == "Official"
    assert [(r["title"], r["source"]) for r in johnson["roles"]] == [("envoy", "text")]


def test_json_format_is_one_array(capsys, extracted):
    code, out, _ = run_cli(capsys, str(extracted), "--published", "2024-10-10", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 1


def test_unreadable_input_is_one_line_and_exit_1_but_others_still_print(capsys, extracted):
    missing = extracted.parent / "missing.txt"
    code, out, err = run_cli(capsys, str(missing), str(extracted), "--published", "2024-10-10")
    assert code == 1
    assert len(out.strip().splitlines()) == 1
    assert "missing.txt" in err and "Traceback" not in err


def test_bad_published_date_is_a_usage_error(capsys, extracted):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(extracted), "--published", "10/10/2024"])
    assert exc.value.code == 2
    assert "2024-10-03" in capsys.readouterr().err


def test_article_without_date_warns_and_leaves_weekdays_unresolved(capsys, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    code, out, err = run_cli(capsys, str(path))
    assert code == 0
    assert "no publication date" in err
    record = json.loads(out)
    assert record["article"]["published"] is None
    takedown = next(e for e in record["events"] if e["type"] == "AccountTakedown")
    assert takedown["date"]["value"] is None
    assert takedown["date"]["text"] == "Monday"


class CountingNlp:
    """Wraps the real pipeline and counts how it is called."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.pipe_calls = 0
        self.docs = 0
        self.direct_calls = 0

    def pipe(self, *args, **kwargs):
        self.pipe_calls += 1
        for item in self.nlp.pipe(*args, **kwargs):
            self.docs += 1
            yield item

    def __call__(self, *args, **kwargs):
        self.direct_calls += 1
        return self.nlp(*args, **kwargs)


def test_extract_many_parses_each_article_once_in_one_pipe_pass():
    from kg.extract import Extractor

    extractor = Extractor(Settings())
    counting = CountingNlp(extractor.nlp)
    extractor.nlp = counting
    articles = [Article(id=f"a{i}", text=ARTICLE, published="2024-10-10") for i in range(5)]
    results = list(extractor.extract_many(articles, batch_size=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert (counting.pipe_calls, counting.docs, counting.direct_calls) == (1, 5, 0)
    assert all(r.model for r in results)


@pytest.mark.slow
def test_every_sample_article_keeps_the_offset_contract(capsys):
    """All sample formats (text, Markdown, HTML, feed, CSV, JSON Lines): every span points at
    the article text it names, and every event has a named participant (an attack or a passive
    arrest at least its place) and a valid date."""
    from kg.ingest import IngestOptions, iter_articles

    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = {
        a.id: a.text
        for a in iter_articles([str(samples)], IngestOptions(published="2024-01-01"))
        if isinstance(a, Article)
    }
    code, out, _ = run_cli(capsys, str(samples), "--published", "2024-01-01")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(texts) >= 16
    assert sum(len(r["events"]) for r in records) >= 40
    for record in records:
        text = texts[record["article"]["id"]]
        for event in record["events"]:
            for span in (event["trigger"], *event["mentions"], *event["participants"]):
                assert text[span["start"] : span["end"]] == span["text"]
            date = event["date"]
            if date["start"] is not None:
                assert text[date["start"] : date["end"]] == date["text"]
            if date["value"] is not None:
                assert date["earliest"] <= date["latest"]
            # an attack naming no one is known by its place ("an arson attack ... in London"),
            # and so is an arrest told in the passive ("two men were detained in Warsaw")
            named = {p["role"] for p in event["participants"]} - {"place"}
            assert named or (event["type"] in ("Attack", "Arrest") and event["participants"])


def test_long_article_parsed_in_pieces_gives_the_same_events(monkeypatch):
    import kg.extract
    from kg.extract import Extractor

    extractor = Extractor(Settings())
    text = ARTICLE * 6
    article = Article(id="long", text=text, published="2024-10-10")
    whole = extractor.extract(article)
    monkeypatch.setattr(kg.extract, "CHUNK_CHARS", 300)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pieces = extractor.extract(article)
    assert pieces.events == whole.events
    assert pieces.entities == whole.entities
    # notes spaCy cannot merge from the pieces (W102) would print to the user's terminal
    assert not [w for w in caught if "W102" in str(w.message)]
