"""Round 21a: a participle hanging on a speech verb is done by the speaker, the subject nearest
before the verb, though the parse hangs a second noun phrase on the verb as a subject
("..., most of them used by X, the ministry said, accusing ..."; subjects.inherited_subject).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run_with

_NAMED = {
    "country/pl": ("Country", ["Poland"]),
    "country/lt": ("Country", ["Lithuania"]),
    "country/lv": ("Country", ["Latvia"]),
    "org/ministry": ("Agency", ["the interior ministry"]),
    "org/belsat": ("Organization", ["Belsat"]),
    "org/globex": ("Organization", ["Globex"]),
}


def _accusers(nlp, resources, text: str) -> set[str]:
    events = [e for e in run_with(nlp, resources, text, _NAMED) if e.trigger.text == "accusing"]
    return set().union(set(), *(roles(e).get("actor", set()) for e in events))


@pytest.mark.parametrize(
    "text",
    [
        "WARSAW — Poland has shut 20 websites, most of them used by Belarusian state outlets "
        "such as the broadcaster Belsat, the interior ministry said on Monday, accusing their "
        "owners of spreading propaganda.",
        "Lithuania has blocked 15 channels, most of them used by Russian outlets such as the "
        "broadcaster Belsat, the interior ministry said on Tuesday, accusing their operators "
        "of inciting hatred.",
        "Latvia has closed nine sites, most of them used by groups such as Globex, the interior "
        "ministry said on Friday, accusing their owners of fraud.",
        # the speaker after the verb: the only subject
        "Poland has shut 20 websites, said the interior ministry, accusing their owners of "
        "spreading propaganda.",
    ],
)
def test_the_speaker_accuses(nlp, resources, text):
    assert _accusers(nlp, resources, text) == {"org/ministry"}
