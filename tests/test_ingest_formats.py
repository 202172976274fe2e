"""Each supported format read from the invented fixtures: the fields users rely on, exactly."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kg.errors import ConfigError, InputError
from kg.ingest import IngestOptions, count_inputs, iter_articles, read_text
from kg.types import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TODAY = dt.date(2026, 11, 23)
OPTIONS = IngestOptions(today=TODAY)


def read_all(*paths: Path | str, options: IngestOptions = OPTIONS) -> list[Article | InputError]:
    return list(iter_articles([str(p) for p in paths], options))


def only_articles(items: list[Article | InputError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def test_text_with_header_lines():
    [article] = read_all(FIXTURES / "article.txt")
    assert article.title == "Coastal ministry expels two attachés over recruitment claims"
    assert article.published == "2024-03-14"
    assert article.published_source == "metadata"
    assert article.source == "Harbour Gazette"
    assert article.url == "https://harbour-gazette.example/news/expulsions?utm_source=feed#top"
    assert article.text.startswith("The foreign ministry of Coastland said on Thursday")
    assert article.text.endswith("called the expulsions unfriendly.")
    assert "Title:" not in article.text
    assert article.format == "text"
    assert article.language == "en"
    assert article.path == str(FIXTURES / "article.txt")
    assert article.record is None


def test_text_headline_becomes_title_and_dateline_gives_date():
    fresh = IngestOptions(today=dt.date(2023, 9, 1))
    [article] = read_all(FIXTURES / "dateline.txt", options=fresh)
    assert article.title == "Northland agency warns students about fake job offers"
    assert article.text.startswith("CAPITAL CITY, 5 May: The Northland security service")
    # No year in the dateline: the latest year the text mentions (2023, this year) is used.
    assert (article.published, article.published_source) == ("2023-05-05", "dateline")


def test_bold_and_italic_markers_left_in_plain_text_are_removed(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(
        "Published: 2024-03-14\n\nThe suspect, **Mara Quell**, 37, spoke to *The Harbour "
        "Gazette*. Prices rose 2 * 3 times; a footnote* stays.\n",
        encoding="utf-8",
    )
    [article] = read_all(path)
    assert article.text == (
        "The suspect, Mara Quell, 37, spoke to The Harbour Gazette. Prices rose 2 * 3 times; "
        "a footnote* stays."
    )


def test_markdown_front_matter_and_markup_stripped():
    [article] = read_all(FIXTURES / "article.md")
    assert article.title == "Investigators link hacking group to state agency"
    assert article.published == "2023-11-02"
    assert article.source == "Example Wire"
    assert article.url == "https://wire.example/2023/11/hacking-group"
    assert article.format == "markdown"
    assert article.text == (
        "Security researchers said on Wednesday that a hacking group known as\n"
        "Grey Heron was operated by a foreign intelligence service.\n\n"
        "What happened\n\n"
        "The group sent fake invitations to diplomats.\n"
        "It used a popular messaging app to deliver malware.\n\n"
        '"This is a long-running espionage campaign," one researcher said.'
    )


def test_html_main_text_title_date_and_site_name():
    [article] = read_all(FIXTURES / "page.html")
    assert article.title == "Border agency arrests suspected courier"
    # The local date as published (21:30 at UTC-4), not shifted to UTC.
    assert (article.published, article.published_source) == ("2022-06-09", "metadata")
    assert article.source == "Valley Times"
    assert article.url == "https://valleytimes.example/2022/06/courier-arrest"
    assert article.text.startswith("The border police of Riverland arrested a man")
    assert article.text.endswith("would plead not guilty.")
    for boilerplate in ("Home", "World", "All rights reserved"):
        assert boilerplate not in article.text
    assert article.format == "html"


def test_html_json_ld_date_and_publisher(tmp_path):
    path = tmp_path / "ld.html"
    path.write_text(
        "<html><head><title>Envoy recalled</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Envoy recalled",'
        ' "datePublished": "2021-04-05T10:00:00+02:00",'
        ' "publisher": {"@type": "Organization", "name": "Ledger Online"}}</script>'
        "</head><body><article><h1>Envoy recalled</h1><p>The government recalled its envoy"
        " on Monday after the embassy was accused of running an influence campaign.</p>"
        "</article></body></html>"
    )
    [article] = read_all(path)
    assert (article.published, article.published_source) == ("2021-04-05", "metadata")
    assert article.source == "Ledger Online"
    assert article.title == "Envoy recalled"


def test_html_without_article_text_is_an_error():
    [error] = read_all(FIXTURES / "empty-page.html")
    assert isinstance(error, InputError)
    assert "no article text found" in str(error)
    assert str(error).startswith(str(FIXTURES / "empty-page.html"))


def test_rss_entries_and_a_bad_entry():
    items = read_all(FIXTURES / "feed.rss")
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    first, error, third = items
    assert first.title == "Agency sanctions three front companies"
    assert first.text == (
        "The treasury department imposed sanctions on three front companies on Tuesday.\n\n"
        "Officials said the firms bought equipment for a military programme."
    )
    # pubDate "Tue, 02 Jul 2024 22:15:00 -0500" is the 3rd in UTC; the outlet's date is kept.
    assert first.published == "2024-07-02"
    assert first.source == "Security Desk"
    assert first.url == "https://securitydesk.example/sanctions"
    assert (first.record, third.record) == ("entry 1", "entry 3")
    assert "entry 2" in str(error) and "no text" in str(error)
    assert third.published == "2024-07-04"


def test_atom_entry():
    [article] = read_all(FIXTURES / "feed.atom")
    assert article.title == "Ministers agree on joint cyber exercise"
    assert article.published == "2021-09-09"
    assert article.source == "Policy Notes"
    assert article.url == "https://policynotes.example/cyber-exercise"
    assert article.format == "feed"


def test_json_container_with_good_and_bad_records():
    items = read_all(FIXTURES / "records.json")
    assert len(items) == 4
    good, wrong_type, missing, alternative = items
    assert good.title == "Prosecutors charge former clerk"
    assert good.published == "2020-02-21"
    assert good.source == "Metro Ledger"
    assert good.record == "record 1"
    assert isinstance(wrong_type, InputError)
    assert "[record 2]" in str(wrong_type) and "expected a string" in str(wrong_type)
    assert isinstance(missing, InputError) and "missing text" in str(missing)
    # "body" and "date" are default alternatives; a {"name": ...} source is its name.
    assert alternative.text == (
        "The interior minister denied on Sunday that officers had met the smugglers."
    )
    assert alternative.published == "2020-02-23"
    assert alternative.source == "Metro Ledger"


def test_jsonl_broken_line_among_good_ones():
    items = read_all(FIXTURES / "records.jsonl")
    assert [getattr(i, "record", None) for i in items] == ["line 1", "line 2", "line 3", "line 4"]
    assert [isinstance(i, Article) for i in items] == [True, False, True, False]
    assert items[0].url == "https://coastwatch.example/vessel"
    assert items[2].text.startswith("A cable operator reported an outage")
    assert items[2].published == "2023-01-17"
    assert "invalid JSON" in str(items[1])
    assert "expected an object" in str(items[3])


def test_csv_bom_quoted_newlines_missing_values_and_field_map():
    options = IngestOptions(today=TODAY, field_map={"published": "pub_date"})
    items = read_all(FIXTURES / "records.csv", options=options)
    first, missing, short_row = items
    assert first.title == "Court jails two for spying"
    assert first.text == (
        "A court sentenced two men on Wednesday to prison for spying on a naval base.\n"
        "They had photographed ships for a foreign handler, the judge said."
    )
    assert (first.published, first.published_source) == ("2019-05-08", "metadata")
    assert first.record == "row 1"
    assert isinstance(missing, InputError) and "[row 2]" in str(missing)
    assert short_row.record == "row 3"
    assert short_row.published == "2019-05-10"
    assert short_row.url is None


def test_csv_without_field_map_ignores_unknown_date_column():
    first = only_articles(read_all(FIXTURES / "records.csv"))[0]
    assert first.published_source != "metadata"


def test_csv_without_a_text_column_names_the_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("headline,article_body\nA,The minister resigned on Monday.\n")
    [error] = read_all(path)
    assert isinstance(error, InputError)
    assert "no text column" in str(error) and "headline, article_body" in str(error)


def test_tsv():
    [article] = read_all(FIXTURES / "records.tsv")
    assert article.title == "Summit ends with joint statement"
    assert article.published == "2018-04-14"
    assert article.format == "csv"


def test_unknown_field_map_key_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown field"):
        read_all(FIXTURES / "records.csv", options=IngestOptions(field_map={"body_text": "x"}))


@pytest.mark.parametrize("value", ["03/10/2024", "yesterday", "2024-13-01"])
def test_invalid_published_option_is_a_config_error(value):
    with pytest.raises(ConfigError, match="not a date"):
        read_all(FIXTURES / "article.txt", options=IngestOptions(published=value))
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        read_text("The minister resigned on Monday.", published=value)


def test_directory_walk_is_sorted_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    body = "The ministry said on Monday that it had summoned the ambassador over the {}."
    (tmp_path / "b" / "two.txt").write_text(body.format("leak"))
    (tmp_path / "a.txt").write_text(body.format("incident"))
    (tmp_path / ".hidden.txt").write_text(body.format("hidden"))
    (tmp_path / ".git" / "x.txt").write_text(body.format("repo"))
    (tmp_path / "notes.docx").write_bytes(b"whatever")
    items = read_all(tmp_path)
    assert [Path(i.path).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/two.txt"]
    assert count_inputs([tmp_path]) == 2


def test_named_unsupported_file_is_an_error(tmp_path):
    path = tmp_path / "report.xyz"
    path.write_text("The ministry said on Monday that it had summoned the ambassador.")
    [error] = read_all(path)
    assert isinstance(error, InputError)
    assert "unsupported file type .xyz; supported:" in str(error) and ".jsonl" in str(error)


def test_a_single_path_is_not_read_as_characters():
    [article] = iter_articles(str(FIXTURES / "article.txt"), OPTIONS)
    assert article.title.startswith("Coastal ministry")


def test_missing_path_is_an_error(tmp_path):
    [error] = read_all(tmp_path / "nope.txt")
    assert "no such file" in str(error)


def test_same_article_in_two_formats_without_url_gets_the_same_id(tmp_path):
    body = "The agency said on Monday that it had arrested two officers for selling secrets."
    (tmp_path / "one.txt").write_text(f"Title: Arrests\n\n{body}\n")
    (tmp_path / "two.jsonl").write_text(f'{{"title": "Other title", "text": "  {body} "}}\n')
    one, two = read_all(tmp_path)
    assert one.id == two.id
    assert re.fullmatch(r"a[0-9a-f]{15}", one.id)


def test_url_id_ignores_tracking_parameters_fragment_and_host_case():
    body = "The agency said on Monday that it had arrested two officers for selling secrets."
    plain = read_text(body, url="https://news.example/story?id=7", options=OPTIONS)
    tracked = read_text(
        body + " Updated.",
        url="HTTPS://News.Example/story?utm_source=x&id=7#comments",
        options=OPTIONS,
    )
    other = read_text(body, url="https://news.example/story?id=8", options=OPTIONS)
    assert plain.id == tracked.id
    assert plain.id != other.id


def test_read_text_for_pasted_text():
    article = read_text(
        "Officials said on Tuesday that the embassy had closed its consular section.",
        title="Embassy closes section",
        published="2024-05-07",
        source="Pasted",
        options=OPTIONS,
    )
    assert article.title == "Embassy closes section"
    assert (article.published, article.published_source) == ("2024-05-07", "option")
    assert article.source == "Pasted"
    assert article.path is None


def test_read_text_refuses_empty_text():
    with pytest.raises(InputError, match="empty"):
        read_text("  \n ", options=OPTIONS)


@pytest.mark.parametrize(
    ("content", "records"),
    [
        ('{"items": [{"text": "%s"}, {"text": "%s"}]}', ["record 1", "record 2"]),
        ('{"data": [{"text": "%s"}], "meta": {"count": 1}}', ["record 1"]),
        ('{"text": "%s", "title": "One"}', ["record 1"]),
    ],
)
def test_json_shapes(tmp_path, content, records):
    body = "The navy said on Monday that it had intercepted a drone near the coast."
    path = tmp_path / "shape.json"
    path.write_text(content.replace("%s", body))
    items = read_all(path)
    assert [i.record for i in items] == records
    assert all(i.text == body for i in items)


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    text = "Title: Envoy summoned\n\nThe ministry summoned the envoy on Friday over the raid."
    path.write_bytes(text.encode("utf-16"))
    [article] = read_all(path)
    assert article.title == "Envoy summoned"
    assert article.text == "The ministry summoned the envoy on Friday over the raid."


def test_empty_text_field_falls_back_to_content(tmp_path):
    path = tmp_path / "empty-text.jsonl"
    path.write_text('{"text": "", "content": "The minister resigned on Monday."}\n')
    [article] = read_all(path)
    assert article.text == "The minister resigned on Monday."


def test_record_fields_match_regardless_of_case(tmp_path):
    path = tmp_path / "caps.csv"
    path.write_text("Title,Body,Date\nRaid,The police raided the office on Monday.,2022-03-07\n")
    [article] = read_all(path)
    assert (article.title, article.published) == ("Raid", "2022-03-07")
    assert article.text == "The police raided the office on Monday."


def test_header_block_with_unused_keys(tmp_path):
    path = tmp_path / "authored.txt"
    path.write_text("Title: Raid\nAuthor: A. Writer\nDate: 2022-03-07\n\nThe police raided it.")
    [article] = read_all(path)
    assert (article.title, article.published, article.text) == (
        "Raid",
        "2022-03-07",
        "The police raided it.",
    )


def test_html_in_the_encoding_it_declares(tmp_path):
    path = tmp_path / "cyrillic.html"
    body = "Министерство заявило в понедельник, что выслало двух дипломатов из страны."
    page = (
        '<html><head><meta charset="windows-1251"><title>Высылка</title></head>'
        f"<body><article><p>{body}</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1251"))
    options = IngestOptions(today=TODAY, languages=("en", "ru"))
    [article] = read_all(path, options=options)
    assert article.text == body
    assert article.language == "ru"


def test_reading_pages_and_feeds_never_touches_the_network(tmp_path, monkeypatch):
    import socket

    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    feed = tmp_path / "remote.rss"
    feed.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss.dtd">\n'
        '<?xml-stylesheet href="http://127.0.0.1:9/style.xsl"?>\n'
        '<rss version="2.0" xml:base="http://127.0.0.1:9/"><channel><title>Remote</title>'
        "<item><title>Envoy</title><link>http://127.0.0.1:9/a</link><description>The envoy"
        " was summoned on Monday over the leaked cable.</description></item></channel></rss>"
    )
    items = read_all(FIXTURES / "page.html", FIXTURES / "feed.atom", feed)
    assert all(isinstance(i, Article) for i in items)
    assert attempts == []
