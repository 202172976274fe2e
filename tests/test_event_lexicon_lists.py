"""Word lists of the trigger lexicon that entries share by YAML alias and that the role code
reads: what a tool is used to do ("with" names the means) and the facets of a service
("calls on WhatsApp" are WhatsApp's). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run

from kg.extract.trigger_lexicon import load_lexicon


def test_an_alias_in_an_entry_list_adds_the_named_words(tmp_path):
    (tmp_path / "triggers.yaml").write_text(
        "facets: &facets [call, traffic]\n"
        "verbs:\n"
        "  - {lemma: throttle, objects: [*facets, upload], type: Ban}\n",
        encoding="utf-8",
    )
    (rule,) = load_lexicon(tmp_path).verbs
    assert rule.objects == {"call", "traffic", "upload"}


def test_the_shared_lists_reach_their_entries(resources):
    lexicon, _ = resources
    restricting = next(r for r in lexicon.verbs if "throttle" in r.lemmas and r.type == "Ban")
    using = next(r for r in lexicon.verbs if r.lemmas == {"use"} and r.xcomps)
    assert lexicon.service_facets <= restricting.objects
    assert "access" in lexicon.access_nouns and "access" not in restricting.objects
    assert using.xcomps == lexicon.tool_verbs


def test_a_platform_after_with_of_a_tool_verb_is_the_means(nlp, resources):
    text = "Russia hacked Acme with a LinkedIn exploit in May."
    attack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(attack) == {
        "actor": {"country/ru"},
        "target": {"org/acme"},
        "platform": {"org/linkedin"},
    }


@pytest.mark.parametrize(
    "text", ["Iran blocked voice calls on LinkedIn.", "Iran blocked the download of LinkedIn."]
)
def test_a_facet_of_a_service_is_the_service(nlp, resources, text):
    ban = only(run(nlp, resources, text), "Ban")
    assert roles(ban) == {"actor": {"country/ir"}, "target": {"org/linkedin"}}
