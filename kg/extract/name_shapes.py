"""Name shapes the statistical model gets wrong in OSINT news, read by the entity stage
(``kg.extract.entities``): malware and tool names it takes for persons or organisations, and
East Slavic names written surname first with a patronymic, which it cuts or misses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

# East Slavic patronymics ("Oleksandrovych", "Petrovich", "Ivanovna"): official documents write
# such names surname first, and the model cuts them ("Starchenko [Anton Oleksandrovych]").
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovych|evych|ovich|evich|ivna|ovna|evna)")


def patronymic_names(reader: CandidateReader) -> None:
    """Names holding an East Slavic patronymic, in either order ("Sidorov Ivan Petrovich",
    "Ivan Petrovich Sidorov"), which the model cuts, misses or calls an organisation."""
    doc = reader.doc

    def name_word(i: int) -> bool:
        token = doc[i] if 0 <= i < len(doc) else None
        return (
            token is not None
            and token.pos_ == "PROPN"
            and token.is_title
            and not reader.lex.title_at([token.lower_])
        )

    for token in doc:
        if not (_PATRONYMIC.fullmatch(token.text) and name_word(token.i)):
            continue
        given = token.i - 1
        if not name_word(given):
            continue
        if name_word(given - 1):  # surname first, as official documents write it
            reader.person(given - 1, token.i + 1)
        elif name_word(token.i + 1):
            reader.person(given, token.i + 2)


def names_software(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the EvilGnome backdoor", "a Mori Backdoor", "variants of PowGoop": a malware or
    tool name, which the model tags as a person or an organisation."""
    software = reader.lex.software_nouns
    after = reader.doc[end] if end < len(reader.doc) else None
    if reader.doc[end - 1].lower_ in software or (after is not None and after.lower_ in software):
        return True
    before = reader.doc[max(0, start - 2) : start]
    return len(before) == 2 and before[0].lower_ in software and before[1].lower_ == "of"
