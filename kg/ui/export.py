"""Export page: the whole store in every export format, as downloads."""

from __future__ import annotations

import io

import streamlit as st

from kg.ui import state

FORMAT_NOTES = {
    "jsonld": "JSON-LD with the newskg context, one named graph per article",
    "turtle": "Turtle, all graphs merged into one",
    "trig": "TriG, named graphs kept",
    "nquads": "N-Quads, named graphs kept (fastest)",
    "csv": "one row per event (spreadsheets)",
    "timelinejs": "TimelineJS JSON (Knight Lab timeline)",
    "stix": "STIX 2.1 bundle (OpenCTI and other CTI tools)",
}


def page() -> None:
    from kg.export import FORMATS, SUFFIXES

    st.title("Export", anchor=False)
    st.caption(
        "Everything in the store. For a filtered export use `kg export --actor … --since …`."
    )
    fmt = st.radio(
        "Format", FORMATS, key="export_format", horizontal=True,
        format_func=lambda f: f.upper() if f in ("csv", "stix") else f,
    )  # fmt: skip
    st.markdown(FORMAT_NOTES.get(fmt, ""))
    if st.button("Prepare the file", type="primary", icon=":material/build:"):
        url = state.settings().store
        with st.spinner(f"Writing {fmt}…"):
            st.session_state["export_ready"] = (fmt, _export(fmt, url, state.store_version(url)))
    ready = st.session_state.get("export_ready")
    if ready and ready[0] == fmt:
        data, count = ready[1]
        unit = "events" if fmt in ("csv", "timelinejs", "stix") else "triples"
        st.download_button(
            f"Download newskg{SUFFIXES[fmt]} ({count:,} {unit}, {len(data) / 1024:,.0f} KiB)",
            data, f"newskg{SUFFIXES[fmt]}", _media_type(fmt), on_click="ignore",
            icon=":material/download:", key="export_download",
        )  # fmt: skip


@st.cache_data(max_entries=8, show_spinner=False)
def _export(fmt: str, url: str, version: str) -> tuple[bytes, int]:
    from kg.export import export

    out = io.BytesIO()
    count = export(state.store(url, version), fmt, out, settings=state.settings())
    return out.getvalue(), count


def _media_type(fmt: str) -> str:
    from kg.export import MEDIA_TYPES

    return MEDIA_TYPES.get(fmt, "application/octet-stream")
