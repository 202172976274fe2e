"""Round 19b, classes found by probing news sentences written for the purpose: disapproval
told by a phrasal verb or an idiom, custody told by a phrasal verb, the press silenced, users
thrown off a platform or out of a service, people freed, shelter given, blame traded, speeches
to assemblies, acts traced to their doers, weapons handed over, giving in, informants placed,
networks throttled, handing over demanded, people dragged out by police, status revoked,
diplomats thrown out, intruders taking control, influence bought, watch kept, designs
stolen, responses vowed, measures shrugged off, bodies and markets left; and the subject of an
active relative clause in the perfect. With look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import types_of

from kg.extract.verb_shapes import subject_lemmas


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia hit out at Britain after the vote in Geneva.", "Criticism"),
        ("Iran lashed out against France over the cartoons.", "Criticism"),
        ("Anna Berg railed at the Treasury in a speech on Friday.", "Criticism"),
        ("China rounded on Germany over the visit.", "Criticism"),
        ("John Smith laid into the CIA during the hearing.", "Criticism"),
        ("Maria Lopez poured scorn on the claims by Russia.", "Criticism"),
        ("China reprimanded Acme for the map on its website.", "Criticism"),
        ("Iranian police rounded up dozens of activists in March.", "Arrest"),
        ("Russia locked up John Smith for two years.", "Arrest"),
        ("Iran muzzled the opposition press before the vote.", "Ban"),
        ("China shuttered the newspapers of Acme in Hong Kong.", "Ban"),
        ("Twitter booted Acme off the site in January.", "AccountTakedown"),
        ("Twitter ejected Acme from the service in May.", "AccountTakedown"),
        ("Iran freed the French national in a swap.", "Withdrawal"),
        ("Britain extended safe haven to John Smith.", "Aid"),
        ("Britain and Russia exchanged recriminations over the poisoning.", "Accusation"),
        ("Maria Lopez addressed the Bundestag on Thursday.", "Statement"),
        ("The FBI traced the intrusion to a unit of Russia's intelligence service.", "Attribution"),
        ("Britain delivered cruise missiles to Acme in May.", "Aid"),
        ("Iran armed Acme with drones.", "Aid"),
        ("Acme bowed to pressure from China and removed the map.", "Withdrawal"),
        ("Twitter gave in and restored the account of Anna Berg.", "Withdrawal"),
        ("The FBI embedded an informant in Acme's office.", "Investigation"),
        ("Russia throttled cellular networks in Crimea on Friday.", "Ban"),
        ("Russia instructed Acme to surrender the data of its users.", "Appeal"),
        ("Police hauled John Smith out of the parliament building.", "Arrest"),
        ("Iran rescinded the refugee status of John Smith.", "Sanction"),
        ("Germany threw out two Russian envoys in June.", "Expulsion"),
        ("Britain declared the Iranian attaché unwelcome.", "Expulsion"),
        ("Iranian hackers tunnelled into the networks of Acme.", "CyberOperation"),
        ("Iranian hackers seized control of the servers of Acme.", "CyberOperation"),
        ("The FBI seized the infrastructure of the gang in May.", "AccountTakedown"),
        ("Russia paid bloggers to smear the opposition before the vote.", "InfluenceOperation"),
        ("Chinese spies kept tabs on John Smith in London.", "Espionage"),
        ("Iranian hackers stole the blueprints of Acme's drones.", "CyberOperation"),
        ("Iran pledged swift retaliation against Britain.", "Threat"),
        ("China swore revenge on Acme for the map.", "Threat"),
        ("Russia shrugged off the sanctions of Britain.", "Criticism"),
        ("Britain quit the alliance with France in March.", "Withdrawal"),
        ("Acme exited the Russian market in 2022.", "Withdrawal"),
    ],
)
def test_a_happening_of_the_class_is_found(nlp, resources, text, event_type):
    assert event_type in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia took the issue to the United Nations.", "Criticism"),
        ("Anna Berg took up the issue with Maria Lopez.", "Criticism"),
        ("Acme rounded up the figures for the Treasury.", "Arrest"),
        ("Anna Berg picked up the phone and called Maria Lopez.", "Arrest"),
        ("Russia kicked off the talks with Britain in Geneva.", "AccountTakedown"),
        ("Iran silenced the guns along the border.", "Ban"),
        ("The missile tore into the building of Acme.", "Criticism"),
        ("Acme addressed the problem of fake accounts.", "Statement"),
        ("Addressing the Bundestag, Anna Berg accused Russia of lying.", "Statement"),
        ("The FBI traced the payments of Acme to a bank in Cyprus.", "Attribution"),
        ("Anna Berg delivered a lecture on missiles at Acme.", "Aid"),
        ("Police armed with rifles guarded the office of Acme.", "Aid"),
        ("Maria Lopez bowed to the crowd in Madrid.", "Withdrawal"),
        ("Anna Berg told John Smith to stay calm.", "Appeal"),
        ("Police carried out a search of Acme's office.", "Arrest"),
        ("Russia threw out the proposal of Britain.", "Expulsion"),
        ("Russian troops took control of the city of Kherson.", "CyberOperation"),
        ("Acme hired bloggers to review its phones.", "InfluenceOperation"),
        ("Russia stole the show at the parade.", "CyberOperation"),
        ("Britain promised aid to Acme after the floods.", "Threat"),
        ("Anna Berg left the room after the talks with Maria Lopez.", "Withdrawal"),
    ],
)
def test_a_look_alike_is_no_such_happening(nlp, resources, text, event_type):
    assert event_type not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Iran deployed a wiper, which had paralysed the systems of Acme.", "paralysed", "wiper"),
        ("It was a gang that has drained the wallets of Acme.", "drained", "gang"),
    ],
)
def test_a_relative_pronoun_stands_for_the_noun_it_describes(nlp, text, verb, noun):
    doc = nlp(text)
    (word,) = [t for t in doc if t.text == verb]
    assert noun in subject_lemmas(word)
