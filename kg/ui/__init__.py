"""Streamlit UI of newskg: timeline, entity, graph, SPARQL, ingest and export pages."""
