"""The script ``streamlit run`` executes (see ``kg ui``); everything lives in kg.ui.app."""

from kg.ui.app import main

main()
