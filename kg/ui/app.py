"""Entry point of the Streamlit UI: page config, shared style, navigation."""

from __future__ import annotations

import streamlit as st

from kg.ui.html import STYLE
from kg.ui.nav import pages


def main() -> None:
    st.set_page_config(
        page_title="newskg",
        page_icon=":material/timeline:",
        layout="wide",
        initial_sidebar_state="expanded",
    )
    st.html(STYLE)
    by_name = pages()
    navigation = st.navigation(
        {
            "Explore": [by_name["timeline"], by_name["entity"], by_name["graph"]],
            "Query": [by_name["sparql"], by_name["export"]],
            "Add": [by_name["ingest"]],
        }
    )
    navigation.run()
