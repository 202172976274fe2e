"""Where an act was done: places and countries named by a preposition of place on the trigger
("arrested in Warsaw", "an attack at the airport"), and a country that only says where the
acted-on thing is, not who it is ("dismantled routers in the United States")."""

from __future__ import annotations

from kg.extract.reference import EntityIndex, Hit, np_entities

_PLACE_PREPS = frozenset({"in", "at", "inside", "across", "throughout"})  # "restored across Uganda"
_WHERE_TYPES = ("Place", "Country")
# Nouns of people and bodies that a country named "in" stands for ("agencies in the US",
# "banks in China"); any other thing "in" a country is only there ("routers in the US").
_BODIES_IN = frozenset(
    {"agency", "ministry", "government", "authority", "official", "bank", "company", "firm"}
    | {"organisation", "organization", "institution", "user", "citizen", "voter", "people"}
    | {"diplomat", "politician", "lawmaker", "business", "entity", "target", "victim"}
)


def where_done(prep, index: EntityIndex) -> list[Hit]:
    """The places and countries a preposition of place on the trigger names: "in Kyiv", "at
    Gatwick"."""
    if prep.lower_ not in _PLACE_PREPS:
        return []
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    return [h for p in pobjs for h in np_entities(p, index) if h.entity.type in _WHERE_TYPES]


def places_not_targets(roles: dict[str, list[Hit]], doc) -> None:
    """A country named as where the acted-on thing is, not as who it is, is a place:
    "dismantled a network of routers in the United States", "shut the consulate in Russia";
    "sanctioned banks in China" still hits China."""
    where = [h for h in roles["target"] if _only_where(doc, h)]
    roles["place"].extend(where)
    roles["target"] = [h for h in roles["target"] if h not in where]


def _only_where(doc, hit: Hit) -> bool:
    if hit.entity.type != "Country":
        return False
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ == "conj" and word.head != word:  # "in Kenya and Tanzania"
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS:
        return False
    holder = prep.head
    return holder.pos_ == "NOUN" and holder.lemma_.lower() not in _BODIES_IN
