"""Bad inputs from issue 7: one clear InputError naming the file, and the batch goes on."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from kg.errors import InputError, UnsupportedLanguageError
from kg.ingest import IngestOptions, iter_articles
from kg.types import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
OPTIONS = IngestOptions(today=dt.date(2026, 11, 23))
BODY = (
    "The interior ministry said on Monday that it had arrested a contractor who passed "
    "building plans to a foreign intelligence officer he met on a professional network."
)


def read_one(path: Path, options: IngestOptions = OPTIONS) -> Article | InputError:
    [item] = list(iter_articles([path], options))
    return item


def assert_error(item: Article | InputError, path: Path, *fragments: str) -> None:
    assert isinstance(item, InputError), item
    message = str(item)
    assert message.startswith(str(path)), message
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".rss"])
def test_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert_error(read_one(path), path, "empty file")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".rss"])
def test_blank_file(tmp_path, suffix):
    path = tmp_path / f"blank{suffix}"
    path.write_text("  \n\n\t \r\n")
    assert_error(read_one(path), path, "empty file")


@pytest.mark.parametrize(
    ("magic", "name"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "GZIP"),
    ],
)
@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".csv", ".xml"])
def test_binary_file_with_text_extension(tmp_path, magic, name, suffix):
    path = tmp_path / f"report{suffix}"
    path.write_bytes(magic + bytes(range(256)) * 4)
    assert_error(read_one(path), path, f"binary file (looks like {name}), not text")


def test_nul_bytes_mean_binary(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"some words\x00\x00\x01\x02 more words")
    assert_error(read_one(path), path, "binary file")


def test_cp1252_file_is_read_with_a_warning(tmp_path, caplog):
    path = tmp_path / "legacy.txt"
    text = "The minister\u2019s aide said the caf\u00e9 meeting was \u201cprivate\u201d. " + BODY
    path.write_bytes(text.encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        article = read_one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("The minister\u2019s aide said the caf\u00e9 meeting")
    assert "cp1252" in caplog.text


def test_invalid_utf8_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28]) * 50)
    assert_error(read_one(path), path, "not valid UTF-8")


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle: Raid\r\n\r\n" + BODY.encode() + b"\r\nSecond line.\r\n")
    article = read_one(path)
    assert article.title == "Raid"
    assert article.text == BODY + "\nSecond line."


def test_control_characters_are_stripped_but_tabs_and_newlines_kept(tmp_path):
    path = tmp_path / "controls.txt"
    path.write_text("The\x07 ministry\x1b said\ton Monday\x0c that\nit had " + BODY[40:])
    article = read_one(path)
    assert article.text.startswith("The ministry said\ton Monday that\nit had ")


def test_malformed_html_still_yields_its_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Raid</title><body><div><p>" + BODY + "<p>The suspect was held "
        "overnight and questioned by counter-intelligence officers about his contacts.</div"
    )
    article = read_one(path)
    assert isinstance(article, Article)
    assert "arrested a contractor" in article.text


def test_malformed_json_names_the_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "' + BODY + '"}, {"text": ')
    assert_error(read_one(path), path, "invalid JSON at line 1")


def test_jsonl_with_blank_lines_and_bom(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "' + BODY.encode() + b'"}\n\n\n{"text": 5}\n')
    good, bad = list(iter_articles([path], OPTIONS))
    assert good.record == "line 1"
    assert_error(bad, path, "[line 4]", "expected a string")


def test_csv_short_rows_and_quoted_newlines(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        'title,text,published\n"Multi\nline title","' + BODY + '\nSecond line.",2021-02-03\n'
        "Only a title\n"
    )
    good, short = list(iter_articles([path], OPTIONS))
    assert good.title == "Multi line title"
    assert good.text == BODY + "\nSecond line."
    assert good.published == "2021-02-03"
    assert_error(short, path, "[row 2]", "missing text")


def test_csv_header_only(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("title,text\n")
    assert_error(read_one(path), path, "no rows")


def test_feed_that_is_not_a_feed(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text("<rss><channel><title>Broken</title><item><title>x</tit")
    assert_error(read_one(path), path)


def test_far_future_and_unparseable_dates_fall_back(tmp_path, caplog):
    path = tmp_path / "dates.jsonl"
    path.write_text(
        f'{{"text": "{BODY}", "published": "2031-01-01"}}\n'
        f'{{"text": "{BODY}", "published": "sometime last spring"}}\n'
        f'{{"text": "{BODY}", "published": "1850-06-01"}}\n'
    )
    options = IngestOptions(today=dt.date(2026, 11, 23), published="2024-02-02")
    with caplog.at_level(logging.WARNING):
        items = list(iter_articles([path], options))
    assert [(a.published, a.published_source) for a in items] == [("2024-02-02", "option")] * 3
    assert "more than a year ahead" in caplog.text
    assert "cannot read the publication date" in caplog.text


@pytest.mark.parametrize(("name", "language"), [("german.txt", "de"), ("french.txt", "fr")])
def test_non_english_is_refused(name, language):
    item = read_one(FIXTURES / name)
    assert isinstance(item, UnsupportedLanguageError)
    assert f"language '{language}' not supported yet (only en); skipped" in str(item)


def test_non_english_accepted_when_asked():
    options = IngestOptions(today=dt.date(2026, 11, 23), languages=("en", "de"))
    article = read_one(FIXTURES / "german.txt", options)
    assert article.language == "de"


@pytest.mark.parametrize("text", ["Kremlin denies the report.", "Putin, Xi meet in Beijing"])
def test_short_english_text_is_not_refused(tmp_path, text):
    path = tmp_path / "short.txt"
    path.write_text(text)
    assert read_one(path).language == "en"


def test_short_text_in_another_script_is_refused(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Министерство выслало двух дипломатов.")
    assert isinstance(read_one(path), UnsupportedLanguageError)


def test_huge_text_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(25_000_000)  # sparse; the size alone decides
    assert_error(read_one(path), path, "article is 25.0 MB, over the 20 MB limit; split it")


def test_json_document_over_its_limit_suggests_json_lines(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(1_100_000)
    options = IngestOptions(today=dt.date(2026, 11, 23), max_bytes=200_000)
    assert_error(read_one(path, options), path, "over the 1 MB limit", "JSON Lines")


def test_huge_record_is_refused_and_others_continue(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        handle.write('{"text": "' + "word " * 5_000_000 + '"}\n')  # 25 MB
        handle.write(f'{{"text": "{BODY}"}}\n')
    huge, good = list(iter_articles([path], OPTIONS))
    assert_error(huge, path, "[line 1]", "article is 25.0 MB, over the 20 MB limit; split it")
    assert isinstance(good, Article)


def test_huge_csv_field_is_refused_and_others_continue(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w") as handle:
        handle.write("title,text\n")
        handle.write('huge,"' + "word " * 5_000_000 + '"\n')
        handle.write(f'fine,"{BODY}"\n')
    items = list(iter_articles([path], OPTIONS))
    assert_error(items[0], path, "[row 1]", "over the 20 MB limit; split it")
    assert items[-1].title == "fine"
