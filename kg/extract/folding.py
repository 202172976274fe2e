"""One happening told twice in one sentence, and merging two mentions of one happening.

- "X said" is dropped when the sentence reports X's own act ("Twitter said it removed ...");
- a statement whose participle says what it did ("published a statement calling out X"), or
  an act made in a statement ("mocked the sanctions in a message"), is one event of that act;
- a participle on an event noun of its own type ("new sanctions targeting Chinese banks") is
  part of that noun's event;
- ``absorb`` makes one draft a further mention of another (roles, best date, speaker);
- ``merged_mentions`` joins the drafts of one happening across the article: same type,
  overlapping actors or targets, compatible dates, same polarity (two verbs also need the same
  targets), but never an undated "X said" and a telling of X's dated a month or more before;
  a later mention whose actor or target is a definite description ("the men, identified as A
  and B, were detained", "the hackers got in") is the earlier happening that left that role
  unnamed or only gave the people's nationality ("arrested two Russian nationals").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.date_relations import better, compatible, long_before
from kg.extract.described_again import another_act, described_again, nationality_only
from kg.extract.joined_acts import joined_acts_apart
from kg.extract.triggers import ANAPHOR

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft
    from kg.types import EventDate


def without_redundant_statements(doc, drafts: list[Draft]) -> list[Draft]:
    """Drop "X said" when the sentence reports X's own act: in "Twitter said it removed 900
    accounts", "the Kremlin said it rejected the claims" or "the firm said it had told
    Congress" the reported act is the news; so in "Norway expelled four diplomats, the foreign
    ministry said", where the speaker is a body of the acting state. A threat such a body
    announces for its state is its own too ("the foreign ministry said Beijing would take all
    necessary measures": the ministry threatens), so it joins the threat's actors."""
    states = {h.entity.id: h.entity.country for d in drafts for h in d.roles["actor"]}
    own_acts = [
        d
        for d in drafts
        if d.attributed_to and {d.attributed_to, states.get(d.attributed_to)} & d.ids("actor")
    ]
    kept = []
    for draft in drafts:
        own = draft.match.statement and _reports_own_act(doc, draft, own_acts)
        if own and not _tells_more(doc, draft, own_acts):
            _announcer_threatens(draft, own_acts)
        else:
            kept.append(draft)
    return kept


def _announcer_threatens(statement: Draft, own_acts: list[Draft]) -> None:
    speakers = statement.ids("actor")
    for act in own_acts:
        if act.match.future and act.attributed_to in speakers and not act.ids("actor") & speakers:
            act.roles["actor"] = act.roles["actor"] + statement.roles["actor"]


def _reports_own_act(doc, statement: Draft, own_acts: list[Draft]) -> bool:
    """True if one of ``own_acts`` is the speaker's: any act, or speech that this statement's
    own clause reports ("said it had told Congress")."""
    speakers = statement.ids("actor")
    clause = {t.i for t in doc[statement.match.head].subtree}
    for act in own_acts:
        if act is statement or act.attributed_to not in speakers:
            continue
        if not act.match.statement or (act.match.head in clause and _pronoun_subject(doc, act)):
            return True
    return False


def _tells_more(doc, statement: Draft, own_acts: list[Draft]) -> bool:
    """ "said the decision rested on politics and that it would pursue all legal options": a
    statement joining a claim of its own to the speaker's act tells more than that act."""
    verb = doc[statement.match.verb]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [
        joined
        for clause in clauses
        for joined in clause.children
        if joined.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children)
    ]
    acts = {i for act in own_acts for i in act.match.anchors}
    return len(clauses) > 1 and any(c.i not in acts for c in clauses)


def _pronoun_subject(doc, act: Draft) -> bool:
    """ "said it had told Congress": the reported speaker is referred to, not named again as in
    a second quotation ('"...," Smith said')."""
    verb = doc[act.match.head]
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def statements_as_vehicles(doc, drafts: list[Draft]) -> list[Draft]:
    """ "The council published a statement today calling out Moscow", "X said in a statement,
    accusing Y": the participle says what the statement did, and that is the happening; the
    statement becomes a further mention of it, whose date read in the text is the act's. A
    statement that accuses by what it tells ("X is waging a campaign to create mayhem, the head
    of MI5 said, pointing to arson") is a happening of its own."""
    by_word = {}
    for draft in drafts:
        if (draft.match.statement or draft.type == "Statement") and not draft.claim:
            by_word[draft.match.head] = draft
            if draft.match.light_verb is not None:
                by_word[draft.match.light_verb] = draft
    dropped: set[int] = set()
    for draft in drafts:
        statement = _vehicle(doc, draft, by_word)
        if statement is None or statement is draft or draft.match.statement:
            continue
        if draft.ids("actor") and statement.ids("actor") - draft.ids("actor"):
            continue  # someone else's act: "X said, citing Y's arrest of Z" keeps both
        absorb(draft, statement)
        if statement.date.source == "text" and draft.date.source != "text":
            draft.date, draft.date_from_text = statement.date, True  # its own date, not inferred
        draft.stated = True
        dropped.add(id(statement))
    return [d for d in drafts if id(d) not in dropped]


def _vehicle(doc, draft: Draft, by_word: dict) -> Draft | None:
    """The statement ``draft`` was made in: the one its bare participle hangs on ("a statement
    calling out X"), or a speech noun in its verb's "in"/"during" phrase ("mocked the sanctions
    in a message on Telegram", "accused X in an interview")."""
    verb = doc[draft.match.head]
    if _bare_participle(verb):
        return by_word.get(verb.head.i)
    for prep in doc[draft.match.verb].children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                found = by_word.get(noun.i) if noun.dep_ == "pobj" else None
                if found is not None and found.match.nominal:
                    return found
    return None


def _bare_participle(verb) -> bool:
    """A present participle hung on a clause or noun without a subject of its own."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def folded_participles(doc, drafts: list[Draft]) -> list[Draft]:
    """A participle describing an event noun of its own type is that event: "new sanctions
    targeting Chinese banks" is one Sanction whose target the participle names."""
    nouns = {d.match.head: d for d in drafts if d.match.nominal}
    kept = []
    for draft in drafts:
        verb = doc[draft.match.head]
        noun = nouns.get(verb.head.i) if verb.dep_ in ("acl", "relcl") else None
        if noun is None or noun.type != draft.type or draft.match.nominal:
            kept.append(draft)
            continue
        for role in ("target", "recipient", "platform", "place"):
            known = noun.ids(role)
            noun.roles[role] += [h for h in draft.roles[role] if h.entity.id not in known]
    return kept


def absorb(into: Draft, other: Draft) -> None:
    into.mentions.append(other.trigger)
    into.mentions.extend(other.mentions)
    chosen = better(into.date, other.date)
    if chosen is other.date:
        into.date, into.date_from_text = other.date, other.date_from_text
    for role, hits in other.roles.items():
        known = into.ids(role)
        into.roles[role] = into.roles[role] + [h for h in hits if h.entity.id not in known]
    into.attributed_to = into.attributed_to or other.attributed_to


def merged_mentions(doc, drafts: list[Draft], series_nouns: frozenset[str]) -> list[Draft]:
    """One event per happening: a draft pointing back ("the campaign") or telling the same
    happening again joins the earlier one as a further mention; one act of a campaign told by a
    verb in a later sentence is not the campaign (``series_nouns``)."""
    kept: list[Draft] = []
    origin: dict[int, int] = {}  # draft index -> index in kept
    for i, draft in enumerate(drafts):
        target = None
        if draft.match.generic == ANAPHOR:
            target = _latest_of_type(kept, draft.type)
        elif draft.refers_back:
            latest = _latest_of_type(kept, draft.type)
            if latest is not None and _may_be_mentioned_again(kept[latest], draft):
                target = latest
        if target is None:
            target = next(
                (
                    k
                    for k, other in enumerate(kept)
                    if _told_again(doc, other, draft, series_nouns)
                    and (draft.distinct_from is None or origin.get(draft.distinct_from) != k)
                ),
                None,
            )
        if target is None:
            if not draft.mention_only:
                origin[i] = len(kept)
                kept.append(draft)
            continue
        origin[i] = target
        described = described_again(doc, kept[target], draft)
        if draft.claim and not kept[target].claim:  # the telling accuses: its type wins
            kept[target].type, kept[target].wording = draft.type, draft.wording
            kept[target].claim = True
        absorb(kept[target], draft)
        if described is not None:  # the names replace the nationality that stood for them
            kept[target].roles[described] = [
                h for h in kept[target].roles[described] if not nationality_only(doc, h)
            ]
    return kept


def _one_act_of_a_series(doc, a: Draft, b: Draft, series_nouns: frozenset[str]) -> bool:
    """ "accused the FSB of running a hacking campaign since 2015 ... the hackers broke into
    the Institute in 2018": a verb in a later sentence tells one act of the campaign told
    before, not another mention of it ("the campaign" still points back to it)."""
    if a.sentence_no == b.sentence_no:
        return False
    if not a.match.nominal or b.match.nominal:
        return False
    return doc[a.match.head].lemma_.lower() in series_nouns


def _told_again(doc, a: Draft, b: Draft, series_nouns: frozenset[str]) -> bool:
    if _own_occasion(a, b) or _own_occasion(b, a) or another_act(doc, b):
        return False  # "Meta also removed a smaller network", "Clegg later said ..."
    if _one_telling(a, b):
        return True
    return _same_happening(doc, a, b) and not _one_act_of_a_series(doc, a, b, series_nouns)


def _one_telling(a: Draft, b: Draft) -> bool:
    """ "X said on Thursday that ... He said Moscow's aim was to weaken ...": a speaker's plain
    statement and the accusation another of their tellings makes (``told_claims``) are one
    telling, as two plain statements of theirs are."""
    if a.claim == b.claim or not (a.match.statement and b.match.statement):
        return False
    if (b if a.claim else a).type != "Statement":
        return False
    if a.negated != b.negated or not compatible(a.date, b.date) or _told_apart(a, b):
        return False
    return bool(a.ids("actor") & b.ids("actor"))


def _own_occasion(told: Draft, said: Draft) -> bool:
    """ "X said A. ... X told reporters on Monday that B": a telling naming whom it was told to
    and the day, after a plain telling of the same speaker that names no day, is another
    occasion (a briefing, an interview)."""
    if not (told.match.statement and said.match.statement and told.match.addressee):
        return False
    dated = told.date.source == "text" and said.date.source != "text"
    return dated and not said.match.addressee and said.sentence_no < told.sentence_no


def _latest_of_type(kept: list[Draft], event_type: str) -> int | None:
    for k in range(len(kept) - 1, -1, -1):
        if kept[k].type == event_type:
            return k
    return None


def _may_be_mentioned_again(a: Draft, b: Draft) -> bool:
    return a.negated == b.negated and compatible(a.date, b.date)


def _same_happening(doc, a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.negated != b.negated or not compatible(a.date, b.date):
        return False
    if b.distinct_from is not None or a.distinct_from is not None or _told_apart(a, b):
        return False
    if described_again(doc, a, b) is not None:
        return True
    if a.sentence_no != b.sentence_no and _charged_apart(doc, a, b):
        return False  # "accused X of siding with ... accused X of letting": two accusations
    actors_a, actors_b = a.ids("actor"), b.ids("actor")
    targets_a, targets_b = a.ids("target"), b.ids("target")
    if actors_a and actors_b and not actors_a & actors_b:
        return False
    if targets_a and targets_b and not targets_a & targets_b:
        return False
    if not (a.match.nominal or b.match.nominal) and targets_a != targets_b:
        return False  # two verbs: "contacted thousands" and "contacted an official" differ
    if joined_acts_apart(doc, a, b):
        return False  # "suspended imports and imposed tariffs": two measures
    objects = {_acted_on(a), _acted_on(b)}
    apart = a.sentence_no != b.sentence_no and not targets_a and not targets_b
    if apart and len(objects) == 2 and "" not in objects:
        return False  # no target ties "took down six operations. ... disrupted a network"
    return bool(actors_a & actors_b or targets_a & targets_b)


def _charged_apart(doc, a: Draft, b: Draft) -> bool:
    """Two verbs charging with different acts ("accused X of siding with", "accused X of
    letting"): each names what it charges after "of" or "with", and the words differ."""
    charged = [_charged_words(doc, d) for d in (a, b)]
    return all(charged) and not charged[0] & charged[1]


def _charged_words(doc, draft: Draft) -> set[str]:
    if draft.match.nominal:
        return set()
    return {
        p.lemma_.lower()
        for prep in doc[draft.match.verb].children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "with")
        for p in prep.children
        if p.dep_ in ("pcomp", "pobj")
    }


def _acted_on(draft: Draft) -> str:
    """The plain noun a verb acts on, singular ("accounts" -> "account"), or ""."""
    return draft.wording.object_word.lower().removesuffix("s")


def _told_apart(a: Draft, b: Draft) -> bool:
    """Two tellings, one undated ("X said": news of the day) and one dated in the text well
    before it ("since September 2023, when X told parliament"), are two events, unless the
    undated one quotes on in the dated one's sentence or the next ('"...," X said')."""
    if not (a.match.statement and b.match.statement):
        return False
    if _on_other_days(a.date, b.date):
        return True  # "told the hearing" (Monday's) and "confirmed on March 10": two tellings
    for dated, undated in ((a, b), (b, a)):
        quotes_on = 0 <= undated.sentence_no - dated.sentence_no <= 1
        if undated.news_of_the_day and not quotes_on and long_before(dated.date, undated.date):
            return True
    return False


def _on_other_days(a: EventDate, b: EventDate) -> bool:
    """Two tellings dated, from the text or from what they are tied to, to periods that do not
    meet: a telling is dated by when it was made, not only "over by then" as a reported act."""
    bounds = (a.earliest, a.latest, b.earliest, b.latest)
    if "published" in (a.source, b.source) or None in bounds:
        return False
    return a.latest < b.earliest or b.latest < a.earliest  # type: ignore[operator]
