"""In-document entity resolution: every mention of one real entity becomes one Entity.

Mentions are joined when they carry the same gazetteer id or the same normalised name, when an
acronym is defined in the text ("the Ministry of State Security (MSS)") or spells a name's
initials ("CIA" = "Central Intelligence Agency"), when a one-word name is part of exactly one
person's full name ("Cohen" = "David Cohen"), and when a bare anaphor ("the agency") can only mean
one body named before it. Ids are the gazetteer id, else ``<namespace>/<slug of canonical name>``,
so the same name in two articles gets the same id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.roles import TextRole
from kg.gazetteer import Gazetteer, GazetteerEntry, entity_id, normalise, slugify
from kg.posts import bodies_of_held_posts, roles_of, same_rank
from kg.types import Entity, Mention, Span

_PERSON_TYPES = {"Official", "Person"}
_BODY_TYPES = {"Agency", "Organization", "Platform"}
_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z]?[A-Z]{1,6}s?$")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# In "Mohammed bin Salman" the word after "bin" is the father's name: a lone "Salman" (King
# Salman) is another man, while "bin Salman" names the son.
_PATRONYMIC_PARTICLES = {"bin", "ibn", "bint"}
# words an acronym skips: "Ministry of State Security" is MSS
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "&"})
# Preference when mentions of one entity disagree on type (gazetteer entries always win).
_TYPE_RANK = {
    "Official": 0,
    "Agency": 1,
    "Platform": 2,
    "Country": 3,
    "Person": 4,
    "Organization": 5,
    "Place": 6,
}


@dataclass(frozen=True)
class Candidate:
    """A mention plus what extraction learnt about it."""

    mention: Mention
    roles: tuple[TextRole, ...] = ()
    # Words an anaphor may point back to: for a body, any of its name words ("the agency");
    # for an Official, all words of a title the person holds ("the Prime Minister").
    anaphor: tuple[str, ...] = ()
    same_as: int | None = None  # index of the candidate this mention is known to refer to
    proper: bool = True  # a name (not an anaphor or title reference) usable as canonical name
    name: str | None = None  # canonical name decided by extraction (shape-built bodies)
    country: str | None = None  # country entity id, for bodies built from shapes
    from_model: bool = False  # typed by the statistical model only (may be corrected)
    weak: bool = False  # kept only when joined to a stronger mention ("IP", "USB")
    firm: bool = False  # a firm by its context ("the former Acme executive"), not by the model


def resolve(
    candidates: Sequence[Candidate], gazetteer: Gazetteer, published: str | None
) -> tuple[Entity, ...]:
    """Group candidates into entities; deterministic for a given input."""
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    candidates = bodies_of_held_posts(candidates, gazetteer, published)
    _join_same_names(candidates, union)
    _join_acronyms(candidates, union, gazetteer)
    _join_name_parts(candidates, union, find)
    _join_anaphors(candidates, union, find, gazetteer)
    groups: dict[int, list[int]] = {}
    for i in range(len(candidates)):
        groups.setdefault(find(i), []).append(i)
    named = [
        m
        for m in groups.values()
        if _has_name(candidates, m) and not all(candidates[i].weak for i in m)
    ]
    named = _merge_same_ids(candidates, named, gazetteer)
    heads = {members[0]: _head(candidates, members, gazetteer) for members in named}
    # character range of every mention -> (candidate, entity id), to find roles' organisations
    spans = {
        (candidates[i].mention.start, candidates[i].mention.end): (candidates[i], heads[m[0]][2])
        for m in named
        for i in m
    }
    entities = [
        _entity(candidates, members, heads[members[0]], gazetteer, published, spans)
        for members in named
    ]
    return tuple(sorted(entities, key=lambda e: (e.mentions[0].start, e.id)))


def name_key(cand: Candidate) -> str:
    """The mention's name as mentions of one name share it: case and a possessive ignored."""
    return normalise(_strip_possessive(cand.mention.text))


def _family(entity_type: str) -> str:
    if entity_type in _PERSON_TYPES:
        return "person"
    return "body" if entity_type in _BODY_TYPES else entity_type


def _join_same_names(candidates: Sequence[Candidate], union) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, cand in enumerate(candidates):
        if cand.anaphor:
            continue
        m = cand.mention
        keys = [("gaz", m.gazetteer_id)] if m.gazetteer_id else []
        if cand.proper:
            keys.append((_family(m.type), normalise(cand.name) if cand.name else name_key(cand)))
        for key in keys:
            if key in first:
                union(first[key], i)
            else:
                first[key] = i
    for i, cand in enumerate(candidates):  # "Sachkov" typed GPE once and PERSON elsewhere
        if cand.from_model and cand.mention.type in ("Organization", "Place"):
            person = first.get(("person", name_key(cand)))
            if person is not None:
                union(person, i)


def _join_acronyms(candidates: Sequence[Candidate], union, gazetteer: Gazetteer) -> None:
    by_initials: dict[str, list[int]] = {}
    for i, cand in enumerate(candidates):
        if cand.same_as is not None:
            union(cand.same_as, i)
        if cand.proper and _family(cand.mention.type) == "body":
            entry = gazetteer.get(cand.mention.gazetteer_id) if cand.mention.gazetteer_id else None
            for name in (cand.name or cand.mention.text, *(entry.names if entry else ())):
                for initials in _initials(name):
                    by_initials.setdefault(initials, []).append(i)
    for i, cand in enumerate(candidates):
        text = _strip_possessive(cand.mention.text).rstrip("s")
        if cand.mention.gazetteer_id or not _ACRONYM_RE.match(text):
            continue
        targets = by_initials.get(text.upper(), [])
        if targets:
            union(targets[0], i)


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    content = [w for w in words if w.lower() not in ACRONYM_SKIP]
    forms = {"".join(w[0] for w in content).upper(), "".join(w[0] for w in words).upper()}
    if len(words) > 2:  # "US Department of Justice" -> DOJ: without a leading country
        forms |= {"".join(w[0] for w in words[1:]).upper()}
    return forms


def _join_name_parts(candidates: Sequence[Candidate], union, find) -> None:
    """Shorter forms of one longer name: "Cohen"/"Van Hollen" -> "David Cohen"/"Chris Van
    Hollen", "Donald Trump" -> "Donald J. Trump", "Foreign Ministry" -> "Russian Foreign
    Ministry". Joined only when exactly one longer name fits (the last name wins for persons)."""
    words = [_words(c) for c in candidates]
    # family -> word -> candidates of that family whose name of 2+ words contains the word
    longer: dict[str, dict[str, set[int]]] = {}
    for j, other in enumerate(candidates):
        if other.proper and len(words[j]) > 1:
            index = longer.setdefault(_family(other.mention.type), {})
            for word in words[j]:
                index.setdefault(word, set()).add(j)
    for i in sorted(range(len(candidates)), key=lambda i: -len(words[i])):
        if candidates[i].mention.gazetteer_id or not words[i]:
            continue
        mine = words[i]
        for family in _part_families(candidates[i]):
            index = longer.get(family, {})
            near = index.get(mine[0], set()) | index.get(mine[-1], set())
            fits = [j for j in near if len(words[j]) > len(mine)]
            company = family == "body" and candidates[i].mention.type == "Organization"
            # a name the model called a body is a person's only as a surname: "Trump", not the
            # "Treasury" of "Treasury Secretary Janet Yellen"
            surname = family == "person" and candidates[i].mention.type not in _PERSON_TYPES
            kind = "company" if company else "surname" if surname else family
            fits = [j for j in fits if _is_part(mine, words[j], kind)]
            if company:  # a short tail points back: "The Times ... the Financial Times" are
                # two papers; a first word may come first ("Houthi targets ... the Houthi movement")
                start = candidates[i].mention.start
                fits = [
                    j
                    for j in fits
                    if candidates[j].mention.start < start or words[j][: len(mine)] == mine
                ]
            roots = {find(j) for j in fits}
            if family == "person" and len(roots) > 1:
                roots = {find(j) for j in fits if words[j][-1] == mine[-1]}
            if len(roots) == 1:
                union(roots.pop(), i)
                break


def _part_families(cand: Candidate) -> tuple[str, ...]:
    """Kinds of longer names a mention may be a part of."""
    if not cand.proper or cand.anaphor:
        return ()
    if cand.mention.type in _PERSON_TYPES:
        return ("person",)
    if cand.firm:  # "the Acme executive" is the "Acme Corp." named before
        return ("body",)
    if cand.from_model and cand.mention.type in ("Organization", "Place"):
        if len(_words(cand)) == 1:  # the model's ORG "Trump" may be a surname; "Times" a paper
            return ("person", "body")
        return ("body",)
    return ("body",) if cand.mention.type == "Agency" else ()


def _words(cand: Candidate) -> list[str]:
    return [w.lower() for w in _strip_possessive(cand.name or cand.mention.text).split()]


def _is_part(words: list[str], longer: list[str], family: str) -> bool:
    if family in ("body", "company"):  # "Foreign Ministry" in "Russian Foreign Ministry";
        # a company's first word alone names it too: "Orbis" for "Orbis Business Intelligence"
        starts = family == "company" and len(words) == 1 and longer[0] == words[0]
        # "Brussels" is where "the Russian embassy in Brussels" is, not that embassy
        located = longer[-len(words) - 1 : -len(words)] in (["in"], ["at"])
        # "the Russian embassy" named again after "the Russian embassy in Oslo"
        placed = longer[: len(words)] == words and longer[len(words)] in ("in", "to")
        return (longer[-len(words) :] == words and not located) or starts or placed
    if family == "surname":  # "Rowe" of "John Rowe Jr."
        last = [w for w in longer if w.rstrip(".,") not in _SUFFIXES][-1:]
        return words == last and not _fathers_name(longer, len(longer) - 1)
    if len(words) == 1:
        return any(w == words[0] and not _fathers_name(longer, k) for k, w in enumerate(longer))
    if longer[-len(words) :] == words:  # "Van Hollen"
        return True
    # "Donald Trump" in "Donald J. Trump": same first and last name, initials between
    return words[0] == longer[0] and words[-1] == longer[-1] and len(words) == 2


def _fathers_name(words: list[str], index: int) -> bool:
    """Whether words[index] follows a patronymic particle ("Salman" of "Mohammed bin Salman")."""
    return index > 0 and words[index - 1] in _PATRONYMIC_PARTICLES


def _join_anaphors(candidates: Sequence[Candidate], union, find, gazetteer: Gazetteer) -> None:
    """ "the agency" -> the one body named before it whose name has the word agency.

    Candidates are in text order, so joining an anaphor never changes the root of a group."""
    names_of_root: dict[int, list[Candidate]] = {}
    for k, c in enumerate(candidates):
        if not c.anaphor:
            names_of_root.setdefault(find(k), []).append(c)
    words_of_root: dict[int, set[tuple[str, ...]]] = {}  # read only for groups an anaphor tries

    def words_of(root: int) -> set[tuple[str, ...]]:
        if root not in words_of_root:
            names = names_of_root.get(root, ())
            words_of_root[root] = set().union(*(_words_for_anaphors(c, gazetteer) for c in names))
        return words_of_root[root]

    named: dict[str, list[int]] = {}  # family -> names before the current candidate
    for i, cand in enumerate(candidates):
        family = _family(cand.mention.type)
        if not cand.anaphor:
            named.setdefault(family, []).append(i)
            continue
        start = cand.mention.start
        # each group is tried once, however many of its names come before
        roots = {find(j) for j in named.get(family, ()) if candidates[j].mention.end <= start}
        seen = {r for r in roots if _fits(cand.anaphor, words_of(r), family)}
        if len(seen) == 1:
            union(seen.pop(), i)


def _words_for_anaphors(cand: Candidate, gazetteer: Gazetteer) -> set[tuple[str, ...]]:
    """Name words of a body and the nouns its gazetteer entry lists (one-word tuples); titles of
    a person as word tuples, from the text and the gazetteer."""
    entry = gazetteer.get(cand.mention.gazetteer_id) if cand.mention.gazetteer_id else None
    if _family(cand.mention.type) == "person":
        titles = [r.title for r in cand.roles] + [p.title for p in (entry.posts if entry else ())]
        held = {tuple(re.findall(r"[a-z]+", t.lower())) for t in titles}
        # a justice is a judge: "Justice NAME ordered ... The judge said"
        return held | {("judge",) for t in held if t and t[-1] == "justice"}
    words = _name_words(cand.name or cand.mention.text) | (entry.called if entry else set())
    return {(w,) for w in words}


def _fits(anaphor: tuple[str, ...], known: set[tuple[str, ...]], family: str) -> bool:
    """A body anaphor fits any name word; a title fits a held title that ends with it and is
    not a lower rank of it ("the director" is not the deputy director)."""
    if family != "person":
        return any((w,) in known for w in anaphor)
    words = tuple(re.findall(r"[a-z]+", " ".join(anaphor)))
    return any(same_rank(title, words) for title in known)


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _has_name(candidates: Sequence[Candidate], members: list[int]) -> bool:
    return any(not candidates[i].anaphor for i in members)


def _merge_same_ids(candidates, groups: list[list[int]], gazetteer) -> list[list[int]]:
    """Groups that end up with one id ("White House" typed by the model and by the gazetteer)
    are one entity."""
    by_id: dict[str, list[int]] = {}
    for members in groups:
        by_id.setdefault(_head(candidates, members, gazetteer)[2], []).extend(members)
    return [sorted(members) for members in by_id.values()]


def _head(candidates, members, gazetteer):
    """Gazetteer entry, canonical name, id and type of a group of candidates."""
    cands = [candidates[i] for i in members]
    gaz_id = next((c.mention.gazetteer_id for c in cands if c.mention.gazetteer_id), None)
    entry = gazetteer.get(gaz_id) if gaz_id else None
    has_role = any(c.roles for c in cands)
    if entry:
        name, entity_type = entry.name, entry.type
    else:
        name = _canonical_name(cands)
        entity_type = min((c.mention.type for c in cands), key=_TYPE_RANK.__getitem__)
    if entity_type == "Person" and has_role:
        entity_type = "Official"
    return entry, name, gaz_id or _minted_id(entity_type, name, cands, gazetteer), entity_type


def _minted_id(entity_type: str, name: str, cands: list[Candidate], gazetteer: Gazetteer) -> str:
    """The id of a body no gazetteer entry names carries its state when its name does not
    ("Brazil's top court" is org/brazilian-supreme-court, as "the Brazilian Supreme Court" is),
    so two states' Supreme Courts stay two entities across articles."""
    country = next((c.country for c in cands if c.country), None)
    state = gazetteer.get(country) if country and _family(entity_type) == "body" else None
    if state is not None and not _names_state(name, state):
        name = f"{state.demonyms[0] if state.demonyms else state.name} {name}"
    return entity_id(entity_type, slugify(name))


def _names_state(name: str, state: GazetteerEntry) -> bool:
    words = _name_words(name)
    return any(_name_words(n) <= words for n in (*state.names, *state.demonyms))


def _entity(candidates, members, head, gazetteer, published, spans) -> Entity:
    entry, name, eid, entity_type = head
    cands = [candidates[i] for i in members]
    mentions = sorted(
        {Span(c.mention.text, c.mention.start, c.mention.end) for c in cands},
        key=lambda s: (s.start, s.end),
    )
    aliases = sorted({s.text for s in mentions} - {name})
    text_roles = [r for c in cands for r in c.roles]
    roles = roles_of(text_roles, entry, published, spans)
    country = (entry.country if entry else None) or next(
        (c.country for c in cands if c.country), None
    )
    return Entity(
        id=eid,
        name=name,
        type=entity_type,
        wikidata=entry.wikidata if entry else None,
        aliases=tuple(aliases),
        mentions=tuple(mentions),
        roles=roles,
        country=country,
    )


def _canonical_name(cands: list[Candidate]) -> str:
    """The longest proper-name form: no possessive, no acronym when a longer name exists."""
    decided = [c.name for c in cands if c.name]
    if decided:
        return max(decided, key=lambda n: (len(n), n))
    names = [_strip_possessive(c.mention.text) for c in cands if c.proper and not c.anaphor]
    names = names or [_strip_possessive(c.mention.text) for c in cands]
    return max(names, key=lambda n: (len(n.split()), len(n), n))


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _strip_possessive(text: str) -> str:
    # most names: no regex to run ("$" also matches before a final newline)
    if not text.endswith(_POSSESSIVE_ENDS) and not text.endswith("\n"):
        return text.strip()
    return re.sub(r"(?:['’]s|s['’])$", lambda m: "s" if m.group(0)[0] == "s" else "", text).strip()
