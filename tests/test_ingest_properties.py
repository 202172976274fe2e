"""Whatever bytes a file holds, reading it yields Articles or InputErrors and never raises."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import IngestOptions, iter_articles, read_text
from kg.ingest.files import FORMATS
from kg.types import Article

OPTIONS = IngestOptions(today=dt.date(2026, 11, 23))
# Bytes that resemble the inputs (markup, quotes, separators, dates) find more paths than noise.
FRAGMENTS = st.sampled_from(
    [
        b"<p>",
        b"</p>",
        b"<item>",
        b"<entry>",
        b"<rss>",
        b"<title>",
        b"{",
        b"}",
        b"[",
        b"]",
        b'"text": ',
        b'"',
        b",",
        b"\t",
        b"\n",
        b"\r\n",
        b"---\n",
        b"Title: ",
        b"Date: ",
        b"2024-10-03",
        b"Oct. 3",
        b"WASHINGTON, ",
        b" - ",
        b"%PDF",
        b"\xef\xbb\xbf",
        b"\xff",
        b"\x00",
        b"The agency said on Monday that ",
        b"# ",
        b"**",
        b"[link](x)",
    ]
)
CONTENT = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(FRAGMENTS, st.binary(max_size=20)), max_size=60).map(b"".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=CONTENT, suffix=st.sampled_from(sorted(FORMATS)))
def test_any_bytes_yield_articles_or_input_errors(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        items = list(iter_articles([path], OPTIONS))
    assert items
    for item in items:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.text.strip()
            assert "\r" not in item.text and "\x00" not in item.text


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=500))
def test_pasted_text_gives_an_article_or_an_input_error(text: str) -> None:
    try:
        article = read_text(text, options=OPTIONS)
    except InputError:
        return
    assert article.text.strip()
