"""Words and colours for showing events: date explanations, PLOVER colours, labels."""

from __future__ import annotations

import pandas as pd

# One colour per PLOVER category: warm for hostile acts, cool for cooperation, grey for talk.
PLOVER_COLOURS = {
    "FIGHT": "#67000d",
    "ASSAULT": "#99000d",
    "COERCE": "#d7301f",
    "SANCTION": "#ef6548",
    "THREATEN": "#fc8d59",
    "ACCUSE": "#e6a817",
    "PROTEST": "#b15928",
    "MOBILIZE": "#8c6bb1",
    "REJECT": "#a6761d",
    "REQUEST": "#e7298a",
    "STATEMENT": "#7f8c9a",
    "CONSULT": "#3690c0",
    "CONCEDE": "#74a9cf",
    "COOPERATE": "#1b9e77",
    "AGREE": "#238b45",
    "SUPPORT": "#66bd63",
    "AID": "#41ab5d",
    "RETREAT": "#969696",
}
OTHER_COLOUR = "#666666"
AXIS_LABELS = {"happened": "when it happened", "reported": "when it was reported"}
GROUP_LABELS = {"actor": "main actor", "type": "event type", "plover": "PLOVER category"}
PRECISION_WORDS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "season": "season",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


def plover_colour(category: str) -> str:
    return PLOVER_COLOURS.get(category, OTHER_COLOUR)


def day(value) -> str:
    """A timestamp as YYYY-MM-DD, or an empty string."""
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def weekday_day(value) -> str:
    """A timestamp as 'Thu 2024-10-03', or 'unknown'."""
    if value is None or pd.isna(value):
        return "unknown"
    return pd.Timestamp(value).strftime("%a %Y-%m-%d")


def text(value) -> str | None:
    """A table cell as text, None when empty or missing (NaN/NaT/None)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value) or None


def when_column(events: pd.DataFrame) -> pd.Series:
    """``when`` for every event at once (vectorised: 10,000 rows in milliseconds)."""
    published = events["published"].dt.strftime("%Y-%m-%d")
    fallback = (published + " (published)").fillna("undated")
    values = events["date_value"].where(events["date_value"].notna() & events["date_value"].ne(""))
    return values.fillna(fallback).astype(str)


def date_explanation(event: pd.Series) -> str:
    """How the event's date was resolved, in one sentence, as plain text."""
    published = weekday_day(event.get("published"))
    value = text(event.get("date_value"))
    source = text(event.get("date_source")) or "text"
    span = _span(event)
    if not value or source == "published":
        return f"no date in the text: placed at the publication date, {published}"
    said = text(event.get("date_text"))
    if source == "inferred":
        how = f"inferred as {value}{span}"
    elif said:
        how = f"“{said}” → {value}{span}"
    else:
        how = f"{value}{span}"
    return f"{how}; article published {published}"


def _span(event: pd.Series) -> str:
    precision = text(event.get("precision"))
    start, end = day(event.get("earliest")), day(event.get("latest"))
    if not precision or precision == "day" or not start:
        return ""
    return f" ({PRECISION_WORDS.get(precision, precision)}: {start} to {end})"


def type_label(event_type: str) -> str:
    """'RecruitmentCampaign' -> 'Recruitment campaign'."""
    words: list[str] = []
    for char in event_type:
        if char.isupper() and words:
            words.append(" ")
            words.append(char.lower())
        else:
            words.append(char)
    return "".join(words)
