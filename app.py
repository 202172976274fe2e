"""newskg timeline UI: ``streamlit run app.py`` (or ``kg ui``). The pages live in kg/ui."""

from kg.ui.app import main

main()
