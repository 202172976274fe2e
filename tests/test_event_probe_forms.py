"""Forms met in fresh news probes (wire, threat report, tit-for-tat, live blog, interview);
sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def test_two_takedowns_of_different_things_in_two_sentences_stay_two(nlp, resources):
    text = "Meta said it had taken down six influence operations. Meta also disrupted a network."
    takedowns = [e for e in run(nlp, resources, text) if e.type == "AccountTakedown"]
    assert sorted(e.trigger.text for e in takedowns) == ["disrupted", "taken down"]


def test_the_particle_is_found_after_a_misattached_date(nlp, resources):
    text = "Meta said on Wednesday it had taken down six influence operations."
    event = only(run(nlp, resources, text), "AccountTakedown")
    assert event.trigger.text == "taken down"
    assert event.label == "Meta takes down operations"


def test_responding_by_expelling_is_done_by_the_responder_on_its_date(nlp, resources):
    text = "Russia responded on Sunday by expelling 20 British diplomats."
    event = only(run(nlp, resources, text, [day(text, "Sunday", "2024-10-06")]), "Expulsion")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"country/gb"}}
    assert (event.date.value, event.date.source) == ("2024-10-06", "inferred")


def test_ordering_an_expulsion_is_the_expulsion_by_who_ordered_it(nlp, resources):
    text = "Britain ordered the expulsion of 23 Russian diplomats."
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["Expulsion"]
    assert roles(events[0]) == {"actor": {"country/gb"}, "target": {"country/ru"}}


def test_a_promise_not_to_tolerate_is_a_warning_no_denial(nlp, resources):
    text = '"We will not tolerate espionage," Maria Lopez said.'
    assert [e.type for e in run(nlp, resources, text)] == ["Warning"]


def test_asked_at_the_start_of_a_sentence_is_the_reporter_asking(nlp, resources):
    text = "The talks ended.\n\nAsked whether the threat was growing, Anna Berg said it was."
    assert "Appeal" not in {e.type for e in run(nlp, resources, text)}


def test_a_description_is_not_the_speaker_of_its_own_clause(nlp, resources):
    text = (
        "The FBI arrested John Smith on Monday. "
        "Maria Lopez said the suspect had been charged with spying."
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert roles(only(events, "Indictment")) == {"target": {"person/john-smith"}}


def test_denying_and_calling_the_charges_baseless_is_one_denial(nlp, resources):
    text = "Iran denied any involvement and called the charges baseless."
    assert roles(only(run(nlp, resources, text), "Denial")) == {"actor": {"country/ir"}}


def test_a_city_is_where_an_attribution_points_not_its_recipient(nlp, resources):
    text = "Meta attributed the campaign to a firm in Tel Aviv."
    lexicon, taxonomy = resources
    start = text.index("Tel Aviv")
    entities = (
        Entity("org/meta", "Meta", "Platform", mentions=(Span("Meta", 0, 4),)),
        Entity(
            "place/tel-aviv", "Tel Aviv", "Place", mentions=(Span("Tel Aviv", start, start + 8),)
        ),
    )
    article = Article(id="t1", text=text, published="2024-10-09")
    events = extract_events(nlp(text), article, entities, [], lexicon, taxonomy)
    event = only(events, "Attribution")
    assert "recipient" not in roles(event)


def test_a_platform_named_on_the_accounts_is_where_they_are(nlp, resources):
    text = "Meta removed 37 Twitter accounts."
    event = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(event) == {"actor": {"org/meta"}, "platform": {"org/twitter"}}


def test_the_company_said_it_did_is_the_company_s_act(nlp, resources):
    text = "Acme sued Globex last year. The company said it removed 37 accounts."
    event = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(event)["actor"] == {"org/acme"}
    assert event.attributed_to == "org/acme"
    assert "Statement" not in {e.type for e in run(nlp, resources, text)}


def test_a_person_in_apposition_is_the_speaker_not_the_body_named_before(nlp, resources):
    text = "The head of Germany's spy agency, John Smith, said on Tuesday that talks had failed."
    events = run(nlp, resources, text, [day(text, "Tuesday", "2024-10-08")])
    assert roles(only(events, "Statement")) == {"actor": {"person/john-smith"}}


def test_they_is_a_body_not_the_one_person_quoted(nlp, resources):
    text = (
        'John Smith said Russia paid vandals. "They pay small sums," he said. '
        '"The people they recruit are young."'
    )
    event = only(run(nlp, resources, text), "RecruitmentApproach")
    assert roles(event)["actor"] == {"country/ru"}


def test_the_date_of_the_alleged_act_is_not_the_accusation_s(nlp, resources):
    text = "The complaint accuses John Smith of running a scheme that began in January 2020."
    times = [
        timex(
            text,
            "January 2020",
            "2020-01",
            precision="month",
            earliest="2020-01-01",
            latest="2020-01-31",
        )
    ]
    event = only(run(nlp, resources, text, times), "Accusation")
    assert event.date.value is None


def test_a_spokesperson_telling_of_the_body_s_own_act_is_that_act(nlp, resources):
    text = "Twitter suspended 900 accounts on Monday, a company spokesperson told Reuters."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert [(e.type, e.attributed_to) for e in events] == [("AccountTakedown", "org/twitter")]


def test_an_act_someone_denies_is_what_the_denial_is_about(nlp, resources):
    for text in ("Russia denied hacking Acme.", "Russia denied that it hacked Acme."):
        denial = only(run(nlp, resources, text), "Denial")
        assert roles(denial)["target"] == {"org/acme"} and denial.mentions, text
        assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    hack = only(run(nlp, resources, "Russia did not deny hacking Acme."), "CyberOperation")
    assert not hack.negated


def test_countermeasures_access_and_linking_a_group(nlp, resources):
    text = (
        "China imposed countermeasures on Acme on Friday. "
        "Iranian hackers gained access to the network. "
        "The group has been linked by American officials to Russia."
    )
    types = sorted(e.type for e in run(nlp, resources, text))
    assert types == ["Attribution", "CyberOperation", "Sanction"]


def test_an_object_named_in_apposition_is_labelled_by_the_name(nlp, resources):
    text = "Britain summoned the Russian ambassador, John Smith, on Thursday."
    assert only(run(nlp, resources, text), "Meeting").label == "Britain summons John Smith"


def test_its_on_the_object_is_the_owner_not_the_actor(nlp, resources):
    events = run(nlp, resources, "Acme said Russian hackers had hacked its servers.")
    assert roles(only(events, "CyberOperation")) == {
        "actor": {"country/ru"},
        "target": {"org/acme"},
    }
    events = run(nlp, resources, "Britain recalled its ambassador from Russia.")
    assert "country/gb" not in roles(only(events, "Expulsion")).get("target", set())


def test_ordering_a_diplomat_to_leave_is_an_expulsion(nlp, resources):
    text = "Russia ordered the British attache, John Smith, to leave the country within a week."
    event = only(run(nlp, resources, text), "Expulsion")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"person/john-smith"}}


def test_removing_diplomatic_status_is_a_sanction(nlp, resources):
    text = "Britain removed diplomatic status from several Russian properties."
    assert roles(only(run(nlp, resources, text), "Sanction"))["actor"] == {"country/gb"}


def test_a_threat_a_warning_reports_is_that_warning(nlp, resources):
    text = "Maria Lopez warned that Russia would take further measures against Britain."
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["Warning"]
    assert [m.text for m in events[0].mentions] == ["take"]


def test_an_arrest_dated_by_its_telling_takes_the_day_it_happened(nlp, resources):
    text = (
        "The FBI has arrested John Smith, prosecutors said on Thursday. "
        "Smith was detained on Wednesday in Paris."
    )
    times = [day(text, "Thursday", "2024-10-10"), day(text, "Wednesday", "2024-10-09")]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert (event.date.value, event.date.source) == ("2024-10-09", "text")
    assert [m.text for m in event.mentions] == ["detained"]


def test_people_identified_as_names_are_those_names(nlp, resources):
    text = "The men, identified only as John Smith and Maria Lopez, were detained on Wednesday."
    event = only(run(nlp, resources, text), "Arrest")
    assert roles(event) == {"target": {"person/john-smith", "person/maria-lopez"}}


def _acme_and_globex(text: str, *extra: tuple[str, str, str]):
    """Entities of ``text`` with Acme and Globex as organisations, plus ``extra`` (id, type,
    surface) mentions."""
    found = []
    for entity_id, entity_type, surface in (
        ("org/acme", "Organization", "Acme"),
        ("org/globex", "Organization", "Globex"),
        *extra,
    ):
        spans = []
        start = text.find(surface)
        while start != -1:
            spans.append(Span(surface, start, start + len(surface)))
            start = text.find(surface, start + 1)
        if spans:
            found.append(Entity(entity_id, surface, entity_type, mentions=tuple(spans)))
    return tuple(found)


def _extract(nlp, resources, text: str, entities):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    return extract_events(nlp(text), article, entities, [], lexicon, taxonomy)


def test_a_group_it_calls_by_a_name_is_that_name(nlp, resources):
    text = "Acme said that a hacking group it calls Cold River had broken into its servers."
    entities = _acme_and_globex(text, ("org/cold-river", "Organization", "Cold River"))
    event = only(_extract(nlp, resources, text, entities), "CyberOperation")
    assert roles(event)["actor"] == {"org/cold-river"}


def test_the_same_group_is_the_group_linked_before(nlp, resources):
    text = (
        "Acme said the group had hacked Globex. "
        "Maria Lopez said on Friday that the same group had hacked the Treasury."
    )
    group = text.index("the group") + 4
    entities = (
        *_acme_and_globex(text),
        Entity(
            "org/cold-river", "Cold River", "Agency", mentions=(Span("group", group, group + 5),)
        ),
        Entity(
            "org/treasury",
            "the Treasury",
            "Agency",
            mentions=(Span("the Treasury", text.index("the Treasury"), len(text) - 1),),
        ),
    )
    hacks = [e for e in _extract(nlp, resources, text, entities) if e.type == "CyberOperation"]
    assert [roles(e)["actor"] for e in hacks] == [{"org/cold-river"}, {"org/cold-river"}]


def test_it_continues_the_subject_of_the_previous_sentence(nlp, resources):
    text = (
        "Acme has been linked by American officials to Russia. "
        "It was blamed for an attack on Globex in 2020."
    )
    event = only(run(nlp, resources, text), "Accusation")
    assert roles(event)["target"] == {"org/acme"}


def test_aid_sent_to_a_state_has_it_as_recipient(nlp, resources):
    text = "Britain said on Tuesday it would give Iran 10 million euros to rebuild its schools."
    event = only(run(nlp, resources, text), "Aid")
    assert roles(event) == {"actor": {"country/gb"}, "recipient": {"country/ir"}}


def test_suspending_a_broadcaster_s_licence_is_a_ban(nlp, resources):
    text = "Britain suspended the licences of six Russian television channels."
    assert roles(only(run(nlp, resources, text), "Ban"))["actor"] == {"country/gb"}


def test_an_act_done_without_is_negated(nlp, resources):
    text = "Lopez left without paying Smith a bribe."
    assert only(run(nlp, resources, text), "Aid").negated


def test_a_light_verb_label_keeps_only_the_event_noun_s_words(nlp, resources):
    text = "Russia sent Britain a stern warning."
    assert only(run(nlp, resources, text), "Warning").label == (
        "Russia sends a stern warning to Britain"
    )


def test_a_subject_pronoun_is_no_one_its_clause_names(nlp, resources):
    text = "Maria Lopez met John Smith in Paris. He said that Lopez was a friend."
    assert roles(only(run(nlp, resources, text), "Statement"))["actor"] == {"person/john-smith"}
