"""Who wrote, posted or published, as news text shows it: a byline ("By Jane Roe, Senior
Editor"), whose author is no actor of the story; the signature line of an embedded post, which
names the account that posted it; an outlet named by its web domain ("gazeta.ru", "RT.com").
Steps of ``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.shapes import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.entities import CandidateReader

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_BYLINE_TOKENS = 16  # "By Jane Roe, Senior Correspondent | Security Notes"


def byline_tokens(doc: Doc) -> set[int]:
    """Tokens of a byline, a short line of its own without a verb ("By Jane Roe, Senior
    Editor"): its author writes the story and is no actor in it ("By Monday, the ministry had
    ..." has a verb and stays)."""
    found: set[int] = set()
    for start, end in sentence_bounds(doc):
        first = next((t for t in doc[start:end] if not t.is_space), None)
        if first is None or first.lower_ != "by":
            continue
        sent = doc[start:end]
        words = [t for t in sent if not t.is_space]
        if (
            len(words) >= 2
            and len(words) <= _BYLINE_TOKENS
            and words[0].lower_ == "by"
            and words[1].is_title
            and not any(t.tag_ in _FINITE for t in words)
        ):
            found.update(t.i for t in sent)
    return found


# "— Clash Report (@clashreport) October 3, 2024": the signature line of an embedded post.
_POST_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n()@]{2,60}?)[ \t]*\((?P<handle>@\w{1,30})\)"
    r"[ \t]+[A-Z][a-z]+\.? \d{1,2}, \d{4}",
    re.M,
)


def post_signatures(reader: CandidateReader) -> None:
    """The account that posted an embedded post, named in its signature line: a person when
    the model reads the name as one, else an organisation; the handle is another mention."""
    doc = reader.doc
    if "(@" not in reader.body:
        return
    for match in _POST_SIGNATURE.finditer(reader.text):
        name = doc.char_span(*match.span("name"))
        handle = doc.char_span(*match.span("handle"))
        if name is None or handle is None or not reader.free(name.start, name.end):
            continue
        if any(t.ent_type_ == "PERSON" for t in name):
            reader.person(name.start, name.end)
            account = reader.candidates[-1] if reader.candidates else None
        else:
            account = reader.add(name.start, name.end, "Organization")
        if account is None or account.mention.start != name.start_char:
            continue
        alias = reader.add(handle.start, handle.end, account.mention.type, same_as=-1, proper=False)
        if alias is not None:
            reader.defined[alias.mention.start] = account


def site_names(reader: CandidateReader) -> None:
    """An outlet named by its web domain: the known outlet when the name before the domain is
    one ("RT.com" is RT), else an organisation of that name ("gazeta.ru")."""
    for match in _site_pattern(reader.lex.outlet_domains).finditer(reader.text):
        site = reader.doc.char_span(*match.span())
        if site is None or not reader.free(site.start, site.end):
            continue
        known = [
            e
            for e in reader.gazetteer.lookup(match["stem"])
            if e.type in ("Organization", "Platform")
        ]
        if len(known) == 1:
            reader.add(site.start, site.end, known[0].type, gazetteer_id=known[0].id)
        else:
            reader.add(site.start, site.end, "Organization")


@lru_cache(maxsize=4)
def _site_pattern(domains: frozenset[str]) -> re.Pattern[str]:
    """A bare web domain standing alone in the text ("according to gazeta.ru"): not part of a
    URL, an e-mail address or a file name ("report.pdf"), so only the top-level domains news
    cites (``outlet_domains`` of ontologies/entity-patterns.yaml)."""
    endings = "|".join(sorted(map(re.escape, domains), key=lambda d: (-len(d), d)))
    return re.compile(
        rf"(?<![\w./@-])(?P<stem>[A-Za-z][A-Za-z0-9-]*)\.(?:{endings})(?![\w/@-]|\.\w)"
    )
