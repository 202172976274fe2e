"""The shortcuts that spare entity and event extraction a pass over every token keep the output
the same: triggers found from the Doc's arrays are those found by reading every token, indexes
built from a lexicon or a gazetteer are built once per loaded object, and an article parsed in
pieces is joined without spaCy warnings about notes kept on the pieces."""

from __future__ import annotations

import pytest

from kg.extract.shapes import built_once
from kg.extract.triggers import find_triggers, trigger_candidates
from kg.linebreaks import doc_text

NEWS = (
    "RUSSIA EXPELS TWO BRITISH DIPLOMATS\n"
    "Moscow expelled two British diplomats on Tuesday and accused them of spying. "
    "Arrested in March, the engineer denied the charges. "
    "The agency launched a recruitment campaign on LinkedIn and issued warnings. "
    "Meta said it had taken down 300 accounts, and Berlin summoned the ambassador. "
    "SANCTIONS were announced against three firms; the ministry called the move a provocation."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(NEWS)


def test_triggers_from_the_candidates_are_those_of_every_token(doc, resources):
    lexicon = resources[0]
    candidates = trigger_candidates(doc, lexicon)
    for sent in doc.sents:
        assert find_triggers(sent, lexicon, candidates) == find_triggers(sent, lexicon)
    found = [m for sent in doc.sents for m in find_triggers(sent, lexicon, candidates)]
    words = {doc[m.head].lower_ for m in found}
    assert {"expels", "expelled", "arrested", "sanctions", "denied"} <= words


def test_doc_text_is_each_docs_own_text(nlp):
    from spacy.tokens import Doc

    first, second = nlp("Moscow expelled two diplomats."), nlp(" Berlin protested.")
    assert doc_text(first) == "Moscow expelled two diplomats."
    joined = Doc.from_docs([first, second], ensure_whitespace=False, exclude=["user_data"])
    assert doc_text(joined) == "Moscow expelled two diplomats. Berlin protested."


def test_an_index_is_built_once_per_owner_and_again_for_another():
    built: list[str] = []

    class Owner:
        def __init__(self, name: str) -> None:
            self.name = name

    def build(owner: Owner) -> str:
        built.append(owner.name)
        return owner.name.upper()

    first, second = Owner("first"), Owner("second")
    assert built_once(first, "test index", build) == "FIRST"
    assert built_once(first, "test index", build) == "FIRST"
    assert built_once(second, "test index", build) == "SECOND"
    assert built == ["first", "second"]
