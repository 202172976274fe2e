"""Ingest page: upload article files or paste a text; extract, store, and say what came out."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from kg.ui import state

if TYPE_CHECKING:
    from kg.pipeline import IngestReport
    from kg.types import Article


def upload_types() -> list[str]:
    """The file extensions kg.ingest reads, for the uploader."""
    from kg.ingest.files import FORMATS

    return sorted(suffix.lstrip(".") for suffix in FORMATS)


MAX_UPLOAD_MB = 50


@st.cache_resource(show_spinner="Loading the language model…")
def extractor(model: str, ontology_dir: str):
    """One Extractor (spaCy pipeline + gazetteer) per model, shared by every session."""
    from kg.extract import Extractor

    return Extractor(state.settings())


def page() -> None:
    st.title("Ingest", anchor=False)
    st.caption(
        "Articles are read, their events extracted and written to the store; the timeline shows "
        "them at once. For big batches `kg ingest DIR` is faster (it uses every core)."
    )
    upload, paste = st.tabs(["Upload files", "Paste text"])
    with upload:
        files = st.file_uploader(
            "Text, Markdown, HTML, RSS/Atom, JSON, JSON Lines or CSV files",
            type=upload_types(), accept_multiple_files=True, key="ingest_files",
            max_upload_size=MAX_UPLOAD_MB,
        )  # fmt: skip
        published = st.date_input("Publication date, if the files do not give one", value=None,
                                  key="ingest_published", format="YYYY-MM-DD")  # fmt: skip
        if st.button("Ingest files", type="primary", disabled=not files, key="ingest_go"):
            _ingest_uploads(files, published)
    with paste:
        title = st.text_input("Title (optional)", key="paste_title")
        text = st.text_area("Article text", height=220, key="paste_text")
        pasted_date = st.date_input("Publication date (optional)", value=None,
                                    key="paste_published", format="YYYY-MM-DD")  # fmt: skip
        if st.button("Ingest text", type="primary", disabled=not text.strip(), key="paste_go"):
            _ingest_text(text, title or None, pasted_date)


def _ingest_uploads(files: list, published: dt.date | None) -> None:
    from kg.errors import InputError
    from kg.ingest import IngestOptions, iter_articles

    options = IngestOptions(published=published.isoformat() if published else None)
    with tempfile.TemporaryDirectory(prefix="newskg-upload-") as folder:
        batches: dict[str, tuple[list[Article], list[str]]] = {}
        for upload in files:
            name = Path(upload.name).name or "upload.txt"  # never a path from the browser
            path = Path(folder) / name
            path.write_bytes(upload.getvalue())
            articles, errors = [], []
            for item in iter_articles([path], options):
                if isinstance(item, InputError):
                    errors.append(item.message)
                else:
                    articles.append(item)
            batches[name] = (articles, errors)
        _run(batches)


def _ingest_text(text: str, title: str | None, published: dt.date | None) -> None:
    from kg.errors import InputError
    from kg.ingest import read_text

    try:
        article = read_text(text, title=title, published=published.isoformat() if published
                            else None)  # fmt: skip
    except InputError as exc:
        st.error(str(exc))
        return
    _run({"pasted text": ([article], [])})


def _run(batches: dict[str, tuple[list[Article], list[str]]]) -> None:
    """Extract and store every article with a progress bar, then a summary per input."""
    from kg.pipeline import IngestReport, store_extractions
    from kg.store import open_store

    settings = state.settings()
    nlp = extractor(settings.spacy_model, str(settings.ontology_dir))
    total = sum(len(articles) for articles, _ in batches.values()) or 1
    bar = st.progress(0.0, text="Extracting events…")
    done = 0
    rows = []
    with open_store(settings.store, settings) as store:
        for name, (articles, errors) in batches.items():
            report = IngestReport()
            for article in articles:
                try:
                    extraction = nlp.extract(article)
                except Exception as exc:  # one bad article must not stop the others
                    errors.append(f"extraction failed: {type(exc).__name__}: {exc}")
                else:
                    store_extractions([extraction], store, report, fail=lambda f: None,
                                      model=settings.spacy_model)  # fmt: skip
                done += 1
                bar.progress(done / total, text=f"Extracting events… {done}/{total}")
            rows.append(_summary_row(name, report, errors))
    bar.progress(1.0, text="Done")
    state.refresh()
    _summary(rows)


def _summary_row(name: str, report: IngestReport, errors: list[str]) -> dict:
    return {
        "input": name,
        "articles": report.articles,
        "entities": report.entities,
        "events": report.events,
        "errors": len(errors),
        "error details": "; ".join(errors),
    }


def _summary(rows: list[dict]) -> None:
    import pandas as pd

    table = pd.DataFrame(rows)
    articles, events = int(table["articles"].sum()), int(table["events"].sum())
    failed = int(table["errors"].sum())
    message = f"Stored {articles} article(s) with {events} event(s)."
    if failed:
        st.warning(f"{message} {failed} input(s) or record(s) failed: see the table.")
    else:
        st.success(message + " Open the Timeline to see them.")
    st.dataframe(table, hide_index=True, width="stretch")
