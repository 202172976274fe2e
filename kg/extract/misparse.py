"""Subjects the small parser puts in the wrong place, found from the word order instead.

Each function returns the token heading the noun phrase that really is the subject (or speaker,
or what a pronoun or participle is about), or None; ``kg.extract.participants`` maps it to
entities. All of them only act where the tree gives the verb no subject of its own, an unnamed
one, or a pronoun.
"""

from __future__ import annotations

_NOUNISH = ("PROPN", "NOUN", "PRON")
_TIE_LEMMAS = frozenset({"link", "tie", "connect", "associate", "back", "sponsor"})
_SUBJECTS = ("nsubj", "nsubjpass")
_ADJUNCTS = ("prep", "npadvmod", "advmod")


def inverted_speaker(verb):
    """'"...," tweeted the agency's account': after a quotation the speaker follows the speech
    verb, and the parser often reads it as the object (and a word of the quote as subject)."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.text == "," and before.i > verb.sent.start:
        before = doc[before.i - 1]
    if before is None or not _closing_quote(before):
        return None
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "dobj")]
    return after[0] if after else None


def _closing_quote(tok) -> bool:
    # An opening quote is glued to the word it opens: '“Tell the families'.
    return tok.is_quote and tok.text not in ("“", "‘") and bool(tok.whitespace_)


def headline_passive_verb(verb) -> bool:
    """Headline and caption style "John Smith arrested in Paris": a main-clause participle with a
    subject but no auxiliary and no object is a passive whose subject is acted on."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"aux", "auxpass", "dobj", "ccomp", "xcomp"}


def attribution_subject(verb):
    """ "..., the New York Times reported on Saturday": a trailing attribution whose subject the
    parser attached elsewhere (as an apposition of the last name before it). The noun phrase
    between the comma and the speech verb is its speaker."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ not in _NOUNISH or before.head == verb:
        return None
    opening = before.left_edge.i - 1
    if opening < verb.sent.start or doc[opening].text not in (",", '"', "”", "’"):
        return None
    return before


def stranded_subject(verb):
    """ "Russia has denied it and Smith has said there was none": a coordinated verb with an
    auxiliary of its own has a subject of its own, the noun phrase between "and" and that
    auxiliary, even when the parser joined the phrase to the first clause's object. Returns
    (subject token or None, True when the auxiliary is passive: "and Smith was charged")."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None, False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries or auxiliaries[0].i <= verb.sent.start:
        return None, False
    before = verb.doc[auxiliaries[0].i - 1]
    if before.pos_ not in _NOUNISH or before.head == verb:
        return None, False
    joint = before.left_edge.i - 1
    if joint < verb.sent.start or verb.doc[joint].lower_ not in ("and", "but", "while"):
        return None, False
    return before, any(a.dep_ == "auxpass" for a in auxiliaries)


def trailing_appositive(tok, verb):
    """ "A website backed by a donor, the Daily Lantern, hired ...": a name set off by commas
    right before the verb renames the unnamed subject ``tok``, though the parser hangs it on the
    last noun of the subject's modifier."""
    doc = verb.doc
    comma = _before_left_adjuncts(verb)
    if tok.pos_ != "NOUN" or comma - 1 <= tok.i or doc[comma].text != ",":
        return None
    node = doc[comma - 1]
    inside = {t.i for t in tok.subtree}
    while node.dep_ != "appos" and node.head != node and node.head.i in inside:
        node = node.head
    if node.dep_ != "appos" or node.head == tok or node.i not in inside:
        return None
    if node.left_edge.i - 1 <= tok.i or doc[node.left_edge.i - 1].text != ",":
        return None
    return node


def _before_left_adjuncts(verb) -> int:
    """The index of the token before the verb and the adjuncts right before it ("Viginum, on
    Monday revealed": the comma)."""
    before = verb.i - 1
    adjuncts = [c for c in verb.children if c.i < verb.i and c.dep_ in _ADJUNCTS]
    for adjunct in sorted(adjuncts, key=lambda c: -c.i):
        if adjunct.right_edge.i == before:
            before = adjunct.left_edge.i - 1
    return before


_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_WORDS = 9  # "NEW YORK, Oct. 9 (Reuters) —": place, date and credit before the dash


def dateline_subject(tok):
    """ "PARIS — France's agency ... revealed": the parser makes the dateline's place the
    subject and the real subject its apposition."""
    if not is_dateline(tok):
        return None
    dash = next(w.i for w in tok.doc[tok.i + 1 :] if w.text in _DASHES)
    named = [c for c in tok.children if c.dep_ == "appos" and c.i > dash]  # not "(Reuters)"
    return named[0] if named else None


def is_dateline(tok) -> bool:
    """ "PARIS —", "PRAGUE (Reuters) —", "LONDON, Oct 9 (Reuters) —" opening a sentence: where
    the story was filed, never who acts."""
    if not (tok.text.isupper() and len(tok.text) > 1) or not _opens_in_capitals(tok):
        return False
    inside = False  # within the parenthesised credit: "(Reuters)"
    for word in tok.doc[tok.i + 1 : min(tok.i + _DATELINE_WORDS, tok.sent.end)]:
        if word.text in _DASHES:
            return True
        inside = (inside or word.text == "(") and word.text != ")"
        if not (inside or word.text in ",)" or word.like_num or word.text[:1].isupper()):
            return False
    return False


def _opens_in_capitals(tok) -> bool:
    """``tok`` opens its sentence, or ends a place of several words in capitals that does
    ("SAN FRANCISCO —", "MYRTLE BEACH, South Carolina —": the parser's subject is the last)."""
    before = tok.doc[tok.sent.start : tok.i]
    return all(word.text.isupper() and word.is_alpha for word in before)


def renamed_noun(verb):
    """The name that renames the subject noun a participle is on, when the parser hung it in
    the participle's own phrase ("a website backed by a donor, the Daily Lantern, hired")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ not in _SUBJECTS:
        return None
    return trailing_appositive(noun, noun.head)


def relative_subject(verb):
    """The antecedent of the relative clause a clause hangs from ("a man who said he ...",
    "a student who died after he was imprisoned"), when the relative pronoun is its subject."""
    clause = verb
    while clause.dep_ in ("advcl", "ccomp", "conj") and clause.head != clause:
        clause = clause.head
        if clause.dep_ == "relcl":
            subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
            if subjects and subjects[0].lower_ in ("who", "that"):
                return clause.head
            return None
    return None


def adverb_name(verb):
    """ "Cleverly linked the measures to ...": a surname that is also an adverb, tagged as one
    right before a verb without a subject. The caller keeps it only if it names an entity."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.head.i != verb.i:
        return None
    if before.dep_ == "aux":
        return name_read_as_modal(verb)  # "May told Parliament"
    return before if before.dep_ == "advmod" and before.text[:1].isupper() else None


def name_read_as_modal(verb):
    """ "May told Parliament on Wednesday that ...": a name that is also a modal, made an
    auxiliary of the past or present tense right after it, which no modal can govern ("may
    tell" would be the modal). The caller keeps it as a subject only if it names an entity."""
    # the word before, if it hangs on the verb (so in its sentence: ``verb.sent`` would walk
    # the sentence on every verb)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.head.i != verb.i or before.dep_ != "aux":
        return None
    if before.tag_ not in ("MD", "NNP"):  # tagged a name, or a modal, but made an auxiliary
        return None
    finite = verb.tag_ in ("VBD", "VBZ")
    return before if finite and before.text[:1].isupper() else None


def tied_subject(verb):
    """ "warned that hackers linked to Iran had breached X": the parser reads "hackers linked"
    as a clause of its own and leaves "had breached" without a subject. Returns (the noun,
    the tie participle) when a tie verb with a noun subject ends right before the subjectless
    verb's auxiliary, else None."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries:
        return None
    for tie in verb.sent:
        if tie.i >= auxiliaries[0].i or tie.lemma_.lower() not in _TIE_LEMMAS:
            continue
        if tie.right_edge.i != auxiliaries[0].i - 1 or any(c.dep_ == "aux" for c in tie.children):
            continue
        noun = next((c for c in tie.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if noun is not None:
            return noun, tie
    return None


def splits_a_subject(tie) -> bool:
    """True if ``tie`` is the participle of a split subject ("hackers linked to Iran had
    breached X"; ``tied_subject``): it describes the noun, it is no act of its own."""
    after = tie.right_edge.i + 1
    if after >= len(tie.doc) or tie.doc[after].dep_ not in ("aux", "auxpass"):
        return False
    found = tied_subject(tie.doc[after].head)
    return found is not None and found[1] is tie


def reported_clause_joined(verb):
    """ "warned on Friday that hackers had breached X, and the State Department offered a
    reward": a simple past with a subject of its own joined to a pluperfect the parse put
    inside what a speech verb reports, or any simple past joined to a verb under a modal there,
    is joined to the speech verb (the tense says it is no part of the report). Returns that
    speech verb, or None."""
    governor = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or governor.dep_ != "ccomp":
        return None
    if _after_a_modal(governor):
        # "told parliament the government would not tolerate attacks and summoned the
        # ambassador": a past tense is never the bare verb's fellow under "would"
        return governor.head
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in governor.children)
    return governor.head if pluperfect else None


def _after_a_modal(verb) -> bool:
    modals = ("will", "would", "shall", "should", "can", "could", "may", "might", "must")
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def adjective_verb(tok):
    """ "told the agent that he was willing, and shared knowledge of classified information":
    a past-tense verb joined by "and" to the clause's verb that the parser reads as an
    adjective of its own object; the verb it is joined to, else None."""
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or tok.i == tok.sent.start:
        return None
    noun, before = tok.head, tok.doc[tok.i - 1]
    if noun.dep_ not in ("dobj", "conj") or before.lower_ != "and" or before.head.i != noun.head.i:
        return None
    return noun.head


def reported_clauses(verb) -> list:
    """What a speech verb reports: its clausal complements, and a "that" clause the parser hangs
    on a time noun of the verb ("said the same day that he had directed ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for when in verb.children:
        if when.dep_ != "npadvmod":
            continue
        clauses += [
            c
            for c in when.children
            if c.dep_ == "relcl" and any(g.lower_ == "that" and g.i < c.i for g in c.children)
        ]
    return clauses


def declared_as(verb) -> list:
    """What a verb declares its object to be, read by the parser as a clause headed by the noun
    ("declared Meta an extremist organisation": "organisation", with "Meta" as its subject).
    Its subject is the verb's object, and its time expressions the verb's."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]


def object_read_as_subject(verb) -> list:
    """ "had removed accounts tied to a scheme in which people ... used fake résumés": a verb
    with no object whose clausal complement starts right after it with a noun a participle
    describes; the parser made that noun the clause's subject, but it is what the verb acts on
    (a speech verb's real clause, "said accounts tied to X used ...", only adds a word its
    lexicon does not ask for)."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.i > verb.i
        and not any(c.dep_ == "mark" for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
        and subject.pos_ == "NOUN"
        and subject.left_edge.i == verb.i + 1
        and subject.left_edge.lower_ != "that"  # "said that money earned by ... helps"
        and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in subject.children)
    ]
