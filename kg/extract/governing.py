"""The clauses a word stands in, for the rule that a description never names the subject of
a clause it stands in ("Berg said the suspect had been charged": the suspect is not Berg).

A concessive clause makes a point of its own: "Altman wrote that OpenAI deferred to Rome,
although the company said it complied": the company may well be OpenAI, the subject of the
clause the concession hangs on. The walk up the parse stops there.
"""

from __future__ import annotations

# Markers of a clause conceding a point: "although the company said", "while the firm denied"
_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})


def governing_verbs(tok) -> list:
    """The heads above ``tok`` up to the root, stopping at a concessive adverbial clause."""
    verbs, node = [], tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.lower_ in _CONCESSIVE for c in node.children):
            break
        node = node.head
        verbs.append(node)
    return verbs
