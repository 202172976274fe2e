"""Officials' posts at resolution: the body of each title read from the text (the entity named
in the title's organisation range, else the one post the gazetteer says the person held that
day), the gazetteer's posts held on the article date, and the body named without its state in a
known official's title ("Foreign Ministry spokesman Mao Ning"). Used by ``kg.resolve``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.types import Role

if TYPE_CHECKING:
    from kg.extract.roles import TextRole
    from kg.gazetteer import Gazetteer, GazetteerEntry
    from kg.resolve import Candidate

_BODY_TYPES = {"Agency", "Organization", "Platform"}
_LOWER_RANKS = {"deputy", "vice", "assistant", "associate", "under"}
# Titles of a post not (or no longer) held: "former adviser", "candidate", "President-elect"
_NOT_HELD = {"former", "ex", "then", "onetime", "candidate", "nominee", "elect", "hopeful"}


def bodies_of_held_posts(
    candidates: Sequence[Candidate], gazetteer: Gazetteer, published: str | None
) -> Sequence[Candidate]:
    """ "Foreign Ministry spokesman Mao Ning" in a story datelined abroad: a body named without
    its state in a known official's title is the body of the one post the gazetteer says they
    held that day, when one of that body's names holds all its words."""
    found = list(candidates)
    for person in candidates:
        body = _held_post_body(person, gazetteer, published) if person.roles else None
        if body is None:
            continue
        names = [_name_words(name) for name in body.names]
        for role in person.roles:
            for k, cand in enumerate(found):
                m = cand.mention
                if (
                    m.type == "Agency"
                    and not (m.gazetteer_id or cand.country)
                    and (role.org_start or 0) <= m.start
                    and m.end <= (role.org_end or 0)
                    and any(_name_words(m.text) <= name for name in names)
                ):
                    found[k] = replace(cand, mention=replace(m, gazetteer_id=body.id))
    return found


def _held_post_body(
    person: Candidate, gazetteer: Gazetteer, published: str | None
) -> GazetteerEntry | None:
    """The gazetteer body of the one post a known person held on ``published``, if any."""
    gaz_id = person.mention.gazetteer_id
    entry = gazetteer.get(gaz_id) if gaz_id and published else None
    if entry is None or published is None:
        return None
    held = {p.org for p in entry.posts if p.org and p.held_on(published)}
    return gazetteer.get(held.pop()) if len(held) == 1 else None


def roles_of(text_roles, entry, published, spans) -> tuple[Role, ...]:
    roles: dict[tuple[str, str | None], Role] = {}
    for text_role in text_roles:
        org = _org_id(text_role, spans)
        post = _matching_post(entry, text_role.title, org)
        start, end = (post.start, post.end) if post else (None, None)
        org = org or (post.org if post else None)  # "the Prime Minister" of the gazetteer's post
        org = org or _only_post_org(text_role.title, entry, published)
        roles.setdefault((text_role.title.lower(), org), Role(text_role.title, org, start, end))
    if entry and published:
        for post in entry.posts:
            if post.held_on(published) and not any(
                k[0] == post.title.lower() and k[1] in (None, post.org) for k in roles
            ):
                roles[(post.title.lower(), post.org)] = Role(
                    post.title, post.org, post.start, post.end, source="gazetteer"
                )
    return tuple(sorted(roles.values(), key=lambda r: (r.title, r.organization or "")))


def _only_post_org(title: str, entry, published: str | None) -> str | None:
    """The body of the one post the gazetteer says the person held on the article date, for a
    title the text gives without a body ("spokeswoman Maria Zakharova" is the foreign
    ministry's spokesperson); none for a title of another time ("former adviser", "candidate")
    or when two posts were held."""
    if entry is None or not published or set(re.findall(r"[a-z]+", title.lower())) & _NOT_HELD:
        return None
    held = {post.org for post in entry.posts if post.held_on(published)}
    return held.pop() if len(held) == 1 else None


def _matching_post(entry, title: str, org: str | None):
    if entry is None:
        return None
    said = tuple(re.findall(r"[a-z]+", title.lower()))
    for post in entry.posts:
        if same_rank(said, tuple(re.findall(r"[a-z]+", post.title.lower()))) and (
            org is None or post.org == org
        ):
            return post
    return None


def same_rank(said: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """ "former director" or "director" is the post Director; "deputy director" is not."""
    return said[-len(title) :] == title and not set(said[: -len(title)]) & _LOWER_RANKS


def _org_id(role: TextRole, spans) -> str | None:
    """Entity id of the first body or country mentioned inside the role's organisation range."""
    if role.org_start is None:
        return role.org_id  # "OTTAWA ... Foreign Minister NAME": the state the story is in
    # mentions inside the range first, then one running past it (a range the apposition
    # window cut); the longest first where two start together
    inside = sorted(
        (end > role.org_end, start, -end, cand.mention.type, eid)
        for (start, end), (cand, eid) in spans.items()
        if role.org_start <= start < role.org_end
    )
    bodies = {start for _, start, _, kind, _ in inside if kind in _BODY_TYPES}
    found = (
        eid
        for _, start, minus_end, kind, eid in inside
        if kind in _BODY_TYPES or (kind == "Country" and not _owns_body(-minus_end, bodies))
    )
    return next(found, role.org_id)


def _owns_body(end: int, body_starts: set[int]) -> bool:
    """A state in the possessive right before a body: "head of Poland's National Security
    Bureau" is the bureau's head."""
    return any(end < start <= end + 3 for start in body_starts)


def _name_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
