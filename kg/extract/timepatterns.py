"""Candidate patterns of temporal expressions, built from the word lists in ontologies/time.yaml.

Each pattern has a name (the resolver that turns its match into a value, in ``timerules.py``,
``timerelative.py``, ``timedays.py`` or ``timeanaphora.py``), named groups the resolver reads,
and the anchor classes it needs: a pattern only runs near the anchor words of those classes. The
tense cues around an expression are read in ``timecontext.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.settings import DEFAULT_ONTOLOGY_DIR

LEXICON_FILE = "time.yaml"  # in the settings' ontology_dir
LEXICON_PATH = DEFAULT_ONTOLOGY_DIR / LEXICON_FILE
# the years this tagger reads as years
# "last" after a modal or "to" is the verb ("the ban will last six months"), no determiner
_VERB_LAST = "".join(
    rf"(?<!\b{word}\s)" for word in ("will", "would", "to", "can", "could", "may", "might", "must")
)
YEAR_DIGITS = r"1[5-9]\d\d|20\d\d"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # lower-case spelling -> month number
    month_abbreviations: frozenset[str]  # spellings that may take a final "."
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # lower-case name -> ISO weekday
    seasons: dict[str, str]  # lower-case word -> SP/SU/FA/WI
    parts_of_day: dict[str, str]
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, tuple[str, bool]]
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]
    holidays: dict[str, tuple[int, int]]
    weekday_holidays: dict[str, tuple[int, int, int]]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    import yaml

    from kg.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return Lexicon(
            months={w.lower(): int(n) for n, ws in data["months"].items() for w in ws},
            month_abbreviations=frozenset(
                w.lower() for ws in data["months"].values() for w in ws[1:]
            ),
            ambiguous_months=frozenset(w.lower() for w in data["ambiguous_months"]),
            weekdays={w.lower(): int(n) for n, ws in data["weekdays"].items() for w in ws},
            seasons={w.lower(): code for code, ws in data["seasons"].items() for w in ws},
            parts_of_day={str(k).lower(): str(v) for k, v in data["parts_of_day"].items()},
            numbers={str(k).lower(): float(v) for k, v in data["numbers"].items()},
            vague_numbers=frozenset(str(w).lower() for w in data["vague_numbers"]),
            ordinals={str(k).lower(): int(v) for k, v in data["ordinals"].items()},
            units={str(k): (str(v[0]), bool(v[1])) for k, v in data["units"].items()},
            future_markers=tuple(str(w).lower() for w in data["future_markers"]),
            past_markers=tuple(str(w).lower() for w in data["past_markers"]),
            holidays={k.lower(): (int(v[0]), int(v[1])) for k, v in data["holidays"].items()},
            weekday_holidays={
                k.lower(): (int(v[0]), int(v[1]), int(v[2]))
                for k, v in data["weekday_holidays"].items()
            },
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read the time lexicon {path}: {exc}",
            hint="fix it, or copy time.yaml from the repository's ontologies/ folder there",
        ) from None


def alternation(words) -> str:
    """Regex alternation of words, longest first so that "a few" wins over "a"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def unit_forms(units) -> list[str]:
    """Singular and plural spellings of the duration units ("century" -> "centuries")."""
    forms = []
    for word in units:
        if word == "weekend":  # a calendar period, never a duration unit
            continue
        plural = word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"
        forms += [word, plural]
    return forms


@lru_cache(maxsize=4)
def build_patterns(
    path: Path = LEXICON_PATH,
) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    lex = load_lexicon(path)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units_digit = "one|two|three|four|five|six|seven|eight|nine"
    full_months = alternation(set(lex.months) - lex.month_abbreviations)
    month = rf"(?P<month>{full_months}|(?:{alternation(lex.month_abbreviations)})(?:\.(?!\w))?)"
    weekday = rf"(?P<wd>{alternation(lex.weekdays)})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
    year = rf"(?P<year>{YEAR_DIGITS})(?![\d])"
    number = (
        rf"(?:(?:{tens})(?:[-\s](?:{units_digit}))?|{alternation(lex.numbers)}|"
        rf"\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?)"
    )
    vague = alternation(lex.vague_numbers)
    unit = rf"(?P<unit>{alternation(unit_forms(lex.units))})"
    modifier = (
        r"(?P<mod>about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|"
        r"at\s+least|at\s+most|up\s+to|over|some|no\s+more\s+than|no\s+less\s+than|just|only)"
    )
    part = r"(?P<part>morning|afternoon|evening|night)"
    season = rf"(?P<season>{alternation(lex.seasons)})"
    edge = (
        r"(?P<edge>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        r"the\s+middle\s+of)"
    )
    ordinal = rf"(?P<ord>{alternation(lex.ordinals)})"
    holidays = alternation(list(lex.holidays) + list(lex.weekday_holidays))
    rel_year = r"(?P<yrel>this|last|next)\s+year"
    # the year of the last date mentioned: "in June of that year", "the autumn of the same year"
    that_year = r"(?P<ythat>that\s+(?:same\s+)?year|the\s+same\s+year)"
    # a year as spoken in broadcast transcripts: "nineteen ninety-seven"
    said_year = rf"(?P<said>(?:nineteen|twenty)[-\s]+(?:{tens})(?:[-\s](?:{units_digit}))?)(?!\w)"
    sources = {
        "date_mdy": (
            rf"(?:around\s+)?(?:(?P<rel>last|this|next)\s+)?(?:{weekday},?\s+)?{month}\s+{day}"
            rf"(?:,?\s+{year})?"
        ),
        "date_dmy": rf"(?:{weekday},?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?",
        "week_of": rf"the\s+week\s+of\s+{month}\s+{day}(?:,?\s+{year})?",
        # the second day of "on April 24 and 25": the extent (group x) is "25"
        "second_day": (
            rf"{month}\s+{day}(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+)"
            r"(?P<x>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:,?\s+{year})?)(?=\s*(?:[.,;:)!?'\"`]|$)|\s+(?:in|at|on|to|when|with|for|from|"
            r"before|after|during|but|as)\b)"
        ),
        # the first day of "between 2 and 9 November", "12-13 June 2024": the extent is "2"
        "first_day": (
            r"(?<![\d,.$£€#/])(?P<x>(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?)"
            r"\s*(?:[-–]|and|to|or|until|till|through)\s*"
            rf"{day}(?:\s+of)?\s+{month}(?:,?\s+{year})?"
        ),
        # "detained on 3 November and released on the 5th": a day of the month just named
        "day_of_month": (
            r"\bon\s+(?P<x>the\s+(?P<dom>[1-3]?\d)(?:st|nd|rd|th))"
            r"(?=\s*[,.;:)]|\s+(?:and|but|when|after|before|as|with|in|at)\b)"
        ),
        # "2026-11-18", and the timestamps of feeds and live blogs: "2026-11-18T09:15:00Z"
        "iso_date": (
            r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
            r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
            r"(?:Z|[+-][01]\d:?[0-5]\d)?)?(?![\d:])"
        ),
        "us_date": (
            r"(?<![\d/])(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])"
        ),
        # "24.02.2022": written day first wherever dots separate the parts (a four-digit year,
        # so that version numbers and decimals are left alone)
        "dotted_date": (
            r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]\d)"
        ),
        "month_year": (
            rf"(?:{edge}[-\s]+)?{month}(?:\s+of)?,?\s+(?:{year}|{rel_year}|{said_year}|{that_year})"
        ),
        "month": (
            rf"(?:{edge}[-\s]+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|that)\s+)?"
            rf"{month}(?!\w)"
        ),
        "year": (
            r"(?<![\d,.$£€#/])(?:(?P<pre>(?:fiscal|calendar)\s+year|fiscal|calendar|the\s+year|"
            rf"model\s+year|pre|post|{edge})"
            rf"[-\s]+)?{year}(?!\s*(?:%|percent)|,\d|\.\d|-\d{{1,3}}(?!\d)|-\d{{5}})"
        ),
        "decade": (rf"(?:(?:the\s+)?(?:{edge}[-\s]+)?(?P<dec>1[5-9]\d0|20\d0|'\d0)'?s)(?!\w)"),
        "century": (
            r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|eighteenth|nineteenth|"
            r"twentieth|twenty-first)[-\s]+century"
        ),
        "quarter": (
            r"(?:(?P<pre>the\s+year-earlier|the\s+year-ago|this\s+year's|last\s+year's|"
            r"next\s+year's|the\s+fiscal|the\s+latest|the\s+current|the\s+same|the|this|last|"
            r"next|fiscal)\s+)?"
            rf"(?:(?P<lead>{YEAR_DIGITS})\s+)?"
            rf"{ordinal}[-\s]+(?:fiscal[-\s]+)?(?:quarter|qtr\.?|(?P<half>half|two\s+quarters))"
            rf"(?:\s+of\s+(?:(?:fiscal\s+)?{year}|{rel_year}|(?P<ythe>the\s+year)))?"
        ),
        # "Q3 2023", "Q4 of 2023", "Q1", "H1 2024", "2H 2023", "FY2024", "FY 2023", "FY23"
        "q_code": (
            # a half needs its year: a bare "H1" is more often a visa, a gene or a hall
            r"(?<!\w)(?:Q(?P<q>[1-4])|(?:H(?P<h>[12])|(?P<h2>[12])H)(?=\s+(?:of\s+)?(?:19|20)\d\d))"
            rf"(?:\s+(?:of\s+)?{year})?(?!\w)"
            r"|(?<!\w)FY\s?(?P<fy>(?:19|20)\d\d|'?\d\d)(?!\d)"
        ),
        "period": (
            # "the quarter a year ago", "the corresponding period last year"
            r"(?P<back>(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:period|quarter),?"
            r"\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))(?!\w)|"
            r"(?P<ago>the\s+(?:(?:comparable|corresponding|same)\s+)?year-(?:earlier|ago)|"
            r"year-earlier|year-ago)"
            r"(?:\s+(?P<noun>period|quarter|(?P<months>nine|six)\s+months))?(?!\w)|"
            r"(?P<pre>the\s+latest|the\s+current|the\s+same|that|the|this|last\s+year's|"
            r"this\s+year's|next\s+year's)\s+"
            rf"(?:(?P<lead>{YEAR_DIGITS})\s+)?(?:period|quarter)(?![\w-])"
        ),
        "season": (
            rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+|(?P<the>the|this)\s+)?"
            rf"(?:{edge}[-\s]+)?{season}(?:\s+(?:of\s+)?(?:{year}|{said_year}|{that_year}))?"
        ),
        # dates that refer back to the last one mentioned: "that day", "the next morning"
        "anaphor": (
            r"(?:(?P<pre>earlier|later|early|late)\s+)?"
            r"(?P<det>that\s+same|that|the\s+same|the\s+next|the\s+following|the\s+previous|"
            r"the\s+preceding|the\s+prior)\s+"
            rf"(?:(?P<unit>day|week|month|year)|{part}|{weekday})(?!\w)"
            # "The week before, ...", "... the year after.": with no object, it counts from the
            # last date mentioned ("the day before the vote" counts from the vote: not placed)
            r"|the\s+(?P<unit_by>day|week|month|year)\s+(?P<by>before|after|earlier|later)"
            r"(?=\s*[,.;:)])"
        ),
        "relative": (
            r"(?:(?P<pre>earlier\s+in|later\s+in|earlier|later|early|late|the\s+end\s+of|"
            r"the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)\s+)?"
            r"(?P<rel>last|this|next|the\s+past|the\s+previous|the\s+coming|the\s+following|"
            r"the\s+current|this\s+past|this\s+coming|the\s+last|past|previous|coming|current|"
            r"the\s+same|the\s+full|the\s+fiscal|the\s+current\s+fiscal|the\s+latest\s+fiscal|"
            r"the\s+latest|fiscal|the)\s+"
            r"(?P<unit>week|month|year|decade|century|weekend)(?!\w)"
        ),
        "year_end": r"(?:around\s+)?(?P<unit>year|month|quarter|week)(?:-|\s+|'s\s+)end(?!\w)",
        "ago": (
            rf"(?:{modifier}\s+)?(?P<num>{number}|{vague})[-\s]+{unit}\s+(?:or\s+so\s+)?"
            r"(?P<dir>ago|earlier|later|from\s+now|hence)(?!\w)"
        ),
        "duration": (
            # "over the past two years": "over" is a preposition there, not part of the extent
            rf"(?:{modifier}\s+(?!the\b))?(?:(?P<det>the\s+past|the\s+last|the\s+next|the\s+first|"
            r"the\s+final|the\s+previous|the\s+coming|the\s+following|the\s+latest|"
            rf"the\s+same|the|past|next|{_VERB_LAST}last|first|another)\s+)?"
            rf"(?P<num>{number}|{vague})(?:\s+(?:to|or)\s+(?P<num2>{number}))?"
            rf"[-\s]+(?:(?:more|additional|extra|further|full|straight|consecutive|calendar|"
            rf"trading|business|working)\s+)?"
            rf"{unit}(?P<adj>-long|-old)?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
            r"(?!\w|-(?:earlier|ago|end|to)\b)"
        ),
        # "in the early hours of Tuesday", "the small hours": the first hours of a day
        "early_hours": (
            r"the\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?:"
            rf"(?P<dword>yesterday|today|tomorrow)|{weekday})(?:\s+{part})?)?(?!\w)"
        ),
        "plural_units": (
            # "a decades-long feud", "a day-long meeting"
            r"(?P<long>years|months|weeks|days|decades|centuries|hours|day|week|month|year|hour)"
            r"-long(?!\w)|"
            # "in the days before": the extent (group x) is "days", as in TimeBank
            r"(?P<the>the\s+(?=(?:years|months|weeks|days|decades|centuries|quarters)\b))?"
            r"(?P<x>(?:(?P<det>recent|the\s+past\s+few|the\s+next\s+few|the\s+coming|coming|"
            r"the\s+past|the\s+last\s+few|the\s+next|the\s+last|the\s+first|the\s+early)\s+)?"
            r"(?P<unit>years|months|weeks|days|decades|centuries|quarters|hours|minutes)"
            r"(?!\w|-long))"
        ),
        "ref": (
            r"(?P<word>right\s+now|now|nowadays|more\s+recently|currently|current|recently|lately|the\s+past|"
            r"the\s+future|these\s+days|at\s+present|presently|the\s+time\s+being|"
            r"the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|"
            r"the\s+(?:near|foreseeable|immediate|distant)\s+future|a\s+later\s+date|"
            r"as\s+soon\s+as\s+possible)(?!\w)"
        ),
        "today": (
            rf"(?:(?P<early>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight|"
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night)"
            rf"(?:\s+{part})?(?!\w)"
        ),
        "this_part": (
            rf"(?:(?:earlier|later)\s+)?this\s+{part}(?!\w)"
            r"|(?P<mid>midday|mid[-\s]?(?:morning|afternoon))"
            r"(?:\s+(?P<dword>yesterday|today|tomorrow))?(?!\w)"
        ),
        "weekday": (
            rf"(?:(?P<early>early|late|earlier|later)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming)"
            rf"\s+)?{weekday}(?P<plural>s)?(?:\s+{part}(?P<parts>s)?)?(?!\w)"
        ),
        "clock": (
            r"(?:around\s+)?(?:(?P<at>noon|midnight)|(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*"
            r"(?P<ampm>a\.m\.|p\.m\.|am(?!\w)|pm(?!\w)|a\.m(?!\w)|p\.m(?!\w))|"
            r"(?P<h24>[0-2]\d):(?P<mi24>[0-5]\d)(?=\s*(?:GMT|UTC|[ECMP][SD]T|hours?|h)\b))"
            r"(?:\s+(?P<tz>GMT|UTC|[ECMP][SD]T|local\s+time)(?!\w))?"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<dword>today|yesterday|tomorrow)|{weekday}|"
            rf"{month}\s+{day}(?:,?\s+{year})?))?"
        ),
        # a live blog's entry time at the head of a line: "14:32 - The ministry confirms ..."
        "entry_clock": (
            r"(?:(?<=\n)|(?<=\A))[ \t]*(?P<x>(?P<hh>[01]\d|2[0-3])[:.](?P<mm>[0-5]\d))"
            r"(?=[ \t]*(?:[-–—|:]|\n))"
        ),
        "set": (
            r"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)(?!\w)"
            rf"|(?P<every>every|each|per)\s+(?:other\s+)?(?:(?P<num>{number})\s+)?"
            rf"(?:{unit}|{weekday}|{month})(?!\w)"
        ),
        "holiday": rf"(?P<name>{holidays})(?:\s+(?:of\s+)?{year})?(?!\w)",
        # years and decades as spoken in broadcast transcripts
        "spelled_year": (
            rf"(?:the\s+year\s+)?(?P<century>eighteen|nineteen|twenty)[-\s]+(?P<rest>(?:{tens})(?:[-\s](?:{units_digit}))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?!\w)"
            rf"|(?P<the>the\s+year\s+)?(?P<millennium>two\s+thousand)(?:\s+(?:and\s+)?(?P<small>{units_digit}|ten))?(?!\w)"
        ),
        "spelled_decade": (
            r"(?:the\s+)?(?:(?P<century>eighteen|nineteen)[-\s]+)?"
            r"(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)"
        ),
    }
    return tuple(
        (name, re.compile(rf"(?<!\w)(?:{src})", re.IGNORECASE), _NEEDS[name])
        for name, src in sources.items()
    )


# The anchor words each pattern's matches contain: a pattern runs only near its anchors, which
# spares most of the text most of the patterns (the tagger must keep up with whole archives).
_NEEDS = {
    "date_mdy": ("month",),
    "date_dmy": ("month",),
    "week_of": ("month",),
    "second_day": ("month",),
    "first_day": ("month",),
    "day_of_month": ("digit",),
    "iso_date": ("digit",),
    "us_date": ("digit",),
    "dotted_date": ("digit",),
    "month_year": ("month",),
    "month": ("month",),
    "year": ("digit",),
    "decade": ("digit",),
    "century": ("unit",),
    "quarter": ("quarter",),
    "q_code": ("digit",),
    "period": ("quarter", "unit"),
    "season": ("season",),
    "relative": ("unit",),
    "year_end": ("unit",),
    "anaphor": ("unit", "day", "weekday"),
    "ago": ("unit",),
    "duration": ("unit",),
    "early_hours": ("unit",),
    "plural_units": ("unit",),
    "ref": ("ref",),
    "today": ("day",),
    "this_part": ("day",),
    "weekday": ("weekday",),
    "clock": ("digit", "day"),
    "entry_clock": ("digit",),
    "set": ("set", "unit", "weekday", "month"),
    "holiday": ("holiday",),
    "spelled_year": ("spelled",),
    "spelled_decade": ("spelled",),
}


def pattern_named(name: str, path: Path = LEXICON_PATH) -> re.Pattern[str]:
    return next(pattern for n, pattern, _ in build_patterns(path) if n == name)
