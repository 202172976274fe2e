"""Line breaks as sentence boundaries: captions and headlines on lines of their own are separate
sentences for the parser, while the line breaks of a hard-wrapped paragraph are only layout."""

from __future__ import annotations

import pytest

from kg.linebreaks import line_starts
from kg.nlp import load_nlp
from kg.settings import Settings

CAPTION_THEN_LEDE = (
    "The courthouse, seen from the river\n"
    "A retired engineer was arrested on Monday in Ohio and accused of selling designs."
)
WRAPPED = (
    "The ministry said on Tuesday that the two diplomats had been ordered\n"
    "to leave the country within a week, after officials accused them of\n"
    "collecting information about military sites near the border.\n"
)


def test_every_line_of_unwrapped_text_starts_a_unit():
    text = "Headline without a stop\nCaption: the harbour\n\nFirst paragraph of the story."
    assert line_starts(text) == [0, text.index("Caption"), text.index("First")]


def test_continuation_lines_of_a_wrapped_paragraph_do_not():
    text = WRAPPED + "\nA new paragraph, also wrapped, which is short."
    assert line_starts(text) == [0, text.index("A new")]


def test_leading_spaces_are_not_part_of_the_line_start():
    assert line_starts("Title\n   Indented first line of the body.") == [0, 9]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings())


def test_the_parser_does_not_read_across_a_caption_line(nlp):
    doc = nlp(CAPTION_THEN_LEDE)
    engineer = next(t for t in doc if t.text == "engineer")
    assert engineer.dep_ == "nsubjpass" and engineer.head.text == "arrested"
    assert [s.text.split()[0] for s in doc.sents] == ["The", "A"]


def test_a_wrapped_paragraph_stays_one_sentence(nlp):
    doc = nlp(WRAPPED.strip())
    assert len(list(doc.sents)) == 1


def test_event_sentences_keep_a_wrapped_paragraph_whole_and_cut_at_a_caption(nlp):
    from kg.extract.shapes import sentences

    doc = nlp(CAPTION_THEN_LEDE + "\n\n" + WRAPPED)
    cut = [s.text for s in sentences(doc)]
    assert cut == [
        "The courthouse, seen from the river",
        CAPTION_THEN_LEDE.split("\n")[1],
        WRAPPED.strip(),
    ]
