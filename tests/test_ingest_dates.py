"""How an article's publication date is chosen: metadata > dateline > --published > body text."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import IngestOptions, read_text

TODAY = dt.date(2026, 11, 23)
BODY = "The agency said the suspects had been recruited online and paid in cash."


def published(text: str, *, option: str | None = None, today: dt.date = TODAY) -> tuple:
    article = read_text(text, published=option, options=IngestOptions(today=today))
    return article.published, article.published_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, Oct. 3, 2024 (Reuters) - " + BODY, "2024-10-03"),
        ("MOSCOW, March 5, 2022 (AP) — " + BODY, "2022-03-05"),
        ("NEW DELHI, 12 January 2021: " + BODY, "2021-01-12"),
        ("LONDON, 14/02/2020 - " + BODY, "2020-02-14"),
        ("LONDON, 04/02/2020 - " + BODY, "2020-02-04"),
        ("CHICAGO, 02/14/2020 - " + BODY, "2020-02-14"),
        ("WASHINGTON, D.C., Sept. 9, 2019 -- " + BODY, "2019-09-09"),
        ("BRASÍLIA, Aug. 30, 2024 (Reuters) - " + BODY, "2024-08-30"),
        ("SÃO PAULO, Brazil, 30 August 2024 — " + BODY, "2024-08-30"),
        ("GDAŃSK, 3 May 2024: " + BODY, "2024-05-03"),
    ],
)
def test_dateline_with_full_date(text, expected):
    assert published(text) == (expected, "dateline")


def test_dateline_without_year_takes_the_latest_year_in_fresh_news():
    text = f"DHARAMSALA, 28 Aug: {BODY} The first contact was in 2023 and the last in 2024."
    assert published(text, today=dt.date(2024, 9, 10)) == ("2024-08-28", "dateline")


def test_dateline_without_year_in_old_news_abstains():
    # In archives the latest year mentioned is often not the article's year.
    text = f"DHARAMSALA, 28 Aug: {BODY} The first contact was in 2019."
    assert published(text, today=dt.date(2026, 11, 23)) == (None, "unknown")


def test_dateline_without_year_takes_the_year_nearest_to_published_option():
    text = "WASHINGTON, Dec. 30 (Reuters) - " + BODY
    # Batch published on 2 January 2025: 30 December is the day before yesterday, not next year.
    assert published(text, option="2025-01-02") == ("2024-12-30", "dateline")


def test_dateline_without_year_never_lands_in_the_future():
    text = f"KYIV, Dec. 30 (Reuters) - {BODY} Talks began in 2026."
    assert published(text, today=dt.date(2026, 11, 23)) == ("2025-12-30", "dateline")


def test_dateline_without_any_year_gives_way():
    text = "KYIV, Dec. 30 (Reuters) - " + BODY
    assert published(text) == (None, "unknown")


def test_agency_dateline_without_date_gives_way():
    assert published("MOSCOW (AP) — " + BODY) == (None, "unknown")


def test_capitalised_sentence_start_is_not_a_dateline():
    text = "NATO, on March 3, said that " + BODY
    assert published(text) == (None, "unknown")


def test_metadata_wins_over_dateline_and_option():
    text = "Published: 2024-10-04\n\nWASHINGTON, Oct. 3, 2024 (Reuters) - " + BODY
    assert published(text, option="2020-01-01") == ("2024-10-04", "metadata")


def test_option_wins_over_dates_in_the_text():
    text = BODY + " The contract was signed on 4 May 2021."
    assert published(text, option="2024-06-01") == ("2024-06-01", "option")


@pytest.mark.parametrize(
    "text",
    [
        f"Published: 9 October 2022\n\n{BODY}",
        f"By Ann Lee | Posted on Sunday, October 9, 2022\n\n{BODY}",
        f"Oct. 9, 2022 10:32 AM\n{BODY}",
        f"{BODY}\nLast updated 2022-10-09",
    ],
)
def test_text_states_its_publication_date(text):
    # Header lines are metadata only in a block of their own; these are body lines.
    body = "Intro line with a comma, and a period.\n" + text
    assert published(body) == ("2022-10-09", "text")


def test_date_line_at_the_top_is_not_taken_as_headline():
    article = read_text(f"3 October 2024 08:15\n\n{BODY}", options=IngestOptions(today=TODAY))
    assert article.title is None
    assert (article.published, article.published_source) == ("2024-10-03", "text")


def test_published_prefers_first_publication_over_update():
    text = f"Intro, here.\nUpdated 10 October 2022\nFirst published 9 October 2022\n{BODY}"
    assert published(text) == ("2022-10-09", "text")


def test_other_full_dates_in_the_text_are_not_publication_dates():
    text = (
        BODY + " Contacts began on March 3, 2021 and ended on 9 October 2022, according to a"
        " report published on 5 November 2022."
    )
    assert published(text) == (None, "unknown")


def test_stated_date_in_the_future_is_ignored():
    assert published(f"Intro, here.\nPublished 5 January 2027\n{BODY}") == (None, "unknown")


def test_partial_dates_in_text_are_not_used():
    assert published(BODY + " It started in March 2021.") == (None, "unknown")


def test_metadata_date_formats(tmp_path):
    from kg.ingest import iter_articles

    values = {
        "2024-10-03T23:30:00-05:00": "2024-10-03",
        "Thu, 03 Oct 2024 10:00:00 GMT": "2024-10-03",
        "October 3, 2024": "2024-10-03",
        "3 Oct 2024": "2024-10-03",
        "2024/10/03": "2024-10-03",
    }
    path = tmp_path / "dates.jsonl"
    lines = [f'{{"text": "{BODY}", "published": "{value}"}}' for value in values]
    path.write_text("\n".join(lines))
    items = list(iter_articles([path], IngestOptions(today=TODAY)))
    assert [(a.published, a.published_source) for a in items] == [
        (expected, "metadata") for expected in values.values()
    ]


def test_metadata_date_a_year_ahead_is_ignored_but_slightly_ahead_kept():
    assert published("Date: 2027-12-01\n\n" + BODY) == (None, "unknown")
    assert published("Date: 2027-01-15\n\n" + BODY) == ("2027-01-15", "metadata")


def test_relative_metadata_date_is_not_guessed():
    assert published("Date: yesterday\n\n" + BODY) == (None, "unknown")
