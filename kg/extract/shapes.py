"""Token-shape tests used by entity extraction: datelines, name boundaries, demonyms and
capitals standing for a state (bodies named with a country: ``kg.extract.body_names``).

Pure functions of a parsed Doc and the word lists of ontologies/entity-patterns.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.datelines import CAPITALS
from kg.linebreaks import LINES_MARKED, doc_text, line_starts

_SENTENCE_BOUNDS = "newskg_sentence_bounds"  # doc.user_data key of sentence_bounds
_TOKENS_BY_VALUE = "newskg_tokens_by"  # doc.user_data key (+ the attr id) of tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from kg.entity_lexicon import Lexicon

# "MOSCOW (Reuters) -": a dateline is not part of the story.
_DATELINE_RE = re.compile(
    rf"^[ \t]*[{CAPITALS}][{CAPITALS}.'/-]+(?: [{CAPITALS}][{CAPITALS}.'/-]+)*"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z0-9][A-Za-z0-9.]*)*)*(?:, \d{4})?"  # "KYIV, March 3"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]",
    re.M,
)
# "Aijalon Gomes, 30, of Boston", "John Rowe Jr., a 63-year-old engineer": the age news gives
# right after a person's name.
_AGE_AFTER_NAME = re.compile(r",\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)")
_AGE_TOKENS = 12  # ", a 30-year-old" is 7 tokens; runs of spaces are tokens of their own
_CREDIT_RE = re.compile(
    r"\W*(?:(?:(?:additional )?reporting|editing|writing|compiled) by|copyright\b|©)", re.I
)
_SKIP_LEADING = {"the", "a", "an"}
_QUOTE_LINE = re.compile(r"[^\S\n]*>")  # a line of a Markdown block quote


def headline(doc: Doc) -> tuple[int, str]:
    """(end token, text after it) of a headline line at the top of the text: a short first line
    with no sentence-final punctuation followed by more text. (0, whole text) if none."""
    text = doc_text(doc)
    first, newline, rest = text.partition("\n")
    title = first.strip()
    if not newline or not rest.strip() or not title or len(title) > 200 or title[-1] in '.!?"”':
        return 0, text
    span = doc.char_span(0, len(first), alignment_mode="expand")
    return (span.end if span is not None else 0), rest


def is_platform(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """ "the Tor browser", "a Telegram channel", "Orion network management software",
    "platforms like YouTube and Facebook": a name that a platform noun follows (right after it
    or at the end of the compound it opens), or that is listed as an example of platforms."""
    if end < len(doc) and doc[end].lower_ in lex.platform_nouns:
        return True
    token = doc[end - 1]
    head = token  # "Orion network management software": the name's compound chain ends in one
    for _ in range(3):
        if head.dep_ != "compound" or head.head.i <= head.i:
            break
        head = head.head
        if head.is_lower and head.lower_ in lex.platform_nouns:
            return True
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "YouTube, X and Facebook": the first of the list
    example = token.dep_ == "pobj" and token.head.lower_ in ("like", "including", "as")
    return example and token.head.head.lemma_.lower() in lex.platform_nouns


def is_told(token, lex: Lexicon) -> bool:
    """ "speaking to Bloomberg", "told Reuters", "Bloomberg reported": a name that is spoken to
    or reports is an outlet, not a place."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif token.dep_ not in ("dobj", "nsubj", "dative"):
        return False
    return head.lemma_.lower() in lex.outlet_verbs


def is_name_word(token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN"


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def trim(doc: Doc, start: int, end: int, lower_tail: bool = False) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive or punctuation from a span; a name does
    not run over a line break."""
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" not in doc[i].text else i
            break
    while start < end and (doc[start].lower_ in _SKIP_LEADING or doc[start].is_punct):
        start += 1
    # "The State Bureau of Investigation (SBI": a bracket the span opens and does not close
    end = next(
        (i for i in range(start, end) if doc[i].text == "(" and not _closed(doc, i, end)), end
    )
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or (doc[end - 1].is_punct and not _closes(doc, start, end - 1))
        or (lower_tail and doc[end - 1].is_lower and end - 1 > start and doc[end - 2].whitespace_)
    ):
        end -= 1  # "Manafort's"; the model's "Outlook macros" (a name ends on a capital)
    return start, end


def _closed(doc: Doc, i: int, end: int) -> bool:
    return any(t.text == ")" for t in doc[i + 1 : end])


def _closes(doc: Doc, start: int, i: int) -> bool:
    """True if token i closes a bracket opened inside the span: "X (formerly Twitter)"."""
    return doc[i].text == ")" and any(t.text == "(" for t in doc[start:i])


def dateline_place(text: str) -> str | None:
    """The place a dateline opens with, in title case ("NEW DELHI, Oct 14 (Reuters) -" -> "New
    Delhi"), or None when the text has no dateline."""
    match = _DATELINE_RE.search(text)
    if match is None:
        return None
    place = re.split(r"[,(]|\s[-–—]", match.group().strip(), maxsplit=1)[0].strip()
    return place.title() if place else None


def skipped_tokens(doc: Doc) -> set[int]:
    """Tokens of a dateline at the start of the text and of credit lines ("Reporting by")."""
    skipped: set[int] = set()
    text = doc_text(doc)
    for match in _DATELINE_RE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            skipped.update(range(span.start, span.end))
    for start, end in sentence_bounds(doc):
        sentence = doc[start:end]  # matched in the text: Span.text joins its tokens again
        if _CREDIT_RE.match(text, sentence.start_char, sentence.end_char):
            skipped.update(range(start, end))
    return skipped


# (id(owner), name) -> (owner, what was built from it); see ``built_once``
_BUILT: dict[tuple[int, str], tuple[object, Any]] = {}
_BUILT_KEPT = 32


def built_once(owner: object, name: str, build: Callable[[Any], Any]) -> Any:
    """``build(owner)``, computed once per ``owner``: a lexicon or a gazetteer is loaded once
    and read for every article, and indexes built from it per article cost more than their
    use. Kept while that very object is the one under its id."""
    key = (id(owner), name)
    kept = _BUILT.get(key)
    if kept is None or kept[0] is not owner:
        if len(_BUILT) >= _BUILT_KEPT:
            _BUILT.clear()  # owners loaded by tests or long-lived hosts: rebuild on demand
        kept = _BUILT[key] = (owner, build(owner))
    return kept[1]


def tokens_lowered(doc: Doc, words) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``, found in the Doc's
    array: walking the Doc makes a Token object per word of the article, and several entity
    steps look for a few words only ("the", the nouns heading a body)."""
    from spacy.attrs import LOWER

    return tokens_with(doc, LOWER, string_hashes(words))


def tokens_lemmatised(doc: Doc, lemmas) -> list[int]:
    """Indices of the tokens whose lemma is one of ``lemmas`` (see ``tokens_lowered``)."""
    from spacy.attrs import LEMMA

    return tokens_with(doc, LEMMA, string_hashes(lemmas))


def string_hashes(words) -> frozenset[int]:
    """spaCy's hashes of ``words`` (the same in every vocabulary), for ``tokens_with``."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # not in spaCy's stub

    return frozenset(hash_string(w) for w in words)


def tokens_with(doc: Doc, attr: int, hashes: frozenset[int]) -> list[int]:
    """Indices of the tokens whose attribute ``attr`` (a ``spacy.attrs`` id) has one of the
    ``hashes``, looked up in an index of the Doc's values built once per attribute: the steps
    ask a dozen times per article, each for a few words."""
    index = _tokens_by_value(doc, attr)
    if len(hashes) < len(index):
        found = [i for h in hashes for i in index.get(h, ())]
    else:
        found = [i for h, indices in index.items() if h in hashes for i in indices]
    return sorted(found)


def _tokens_by_value(doc: Doc, attr: int) -> dict[int, list[int]]:
    key = f"{_TOKENS_BY_VALUE}_{attr}"
    index = doc.user_data.get(key)
    if index is None:
        index = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            index.setdefault(value, []).append(i)
        doc.user_data[key] = index
    return index


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of spaCy's sentences, found once per Doc: several stages walk them, and
    ``doc.sents`` walks every token each time."""
    bounds = doc.user_data.get(_SENTENCE_BOUNDS)
    if bounds is None:
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        doc.user_data[_SENTENCE_BOUNDS] = bounds
    return bounds


def sentence_start(doc: Doc, i: int) -> int:
    """First token of the sentence holding token ``i`` (``Token.sent`` walks the doc)."""
    bounds = sentence_bounds(doc)
    at = bisect_right(bounds, (i, len(doc) + 1)) - 1
    return bounds[at][0] if at >= 0 else 0


def stands_for_state(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """ "Russian officials", "the Australians", "Chinese banks": yes. "an Australian diplomat",
    "Chinese President", "the Russian capital": no."""
    last = doc[span.end - 1]
    if last.tag_ in ("NNPS", "NNS") or last.lower_.endswith("ns"):
        return True  # the plural demonym itself: "the Americans"
    if last.dep_ == "conj" and last.head.i < last.i:
        last = last.head  # "the British and Dutch"
    previous = doc[last.i - 1] if last.i else None
    if previous is not None and (previous.lower_ in _PAST_STATE or _after_post(doc, last.i)):
        return False  # "former Soviet states", "post-Soviet republics": what they once were
    hyphen = last.i + 1 < len(doc) and doc[last.i + 1].text == "-"  # "the Russian-speaking man"
    if (
        previous is not None
        and previous.lower_ == "the"
        and last.dep_ not in ("amod", "compound")
        and not hyphen
    ):
        return True  # the demonym as a noun: "the British"
    head = last.head if last.dep_ in ("amod", "compound", "nmod") else None
    if head is None or head.i < span.end:
        return False
    # "a Russian intelligence service": the noun with its modifier ("a Russian streaming
    # service" is a firm's)
    kinds = [f"{c.lower_} {head.lower_}" for c in head.lefts if c.dep_ == "compound"]
    return (
        head.lower_ in lex.state_nouns
        or head.lower_ in lex.state_owned_nouns
        or any(kind in lex.state_owned_nouns for kind in kinds)
        or (head.tag_ == "NNS" and head.lemma_.lower() not in lex.people_nouns)
    )


_PAST_STATE = frozenset({"former", "ex", "onetime", "erstwhile"})


def _after_post(doc: Doc, i: int) -> bool:
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "post"


def acts_as_state(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A capital standing for its government: "Beijing denied", "Moscow's response"."""
    token = doc[span.end - 1]
    if token.dep_ in lex.capital_actor_deps or _agent_or_source(token, lex):
        return True
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.tag_ == "POS":
        return True
    return token.dep_ == "compound" and token.head.lower_ in lex.state_nouns


def _agent_or_source(token, lex: Lexicon) -> bool:
    """ "malign activity by Moscow", "ordered by Tehran": an agent after "by"; "pressure from
    Beijing", "threats from Tehran and Moscow", "directed from Moscow": the source of a state's
    act (``state_acts``), not of a journey ("flew from Moscow"); "a group linked to Pyongyang",
    "ties to Beijing", "spying for Minsk": what a thing is tied to (``state_links``), not a
    destination."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep, acts = token.head, lex.state_acts
    owner = prep.head.lemma_.lower()
    return (
        prep.lower_ == "by"
        or (prep.lower_ == "from" and (prep.head.lower_ in acts or owner in acts))
        or (prep.lower_ in ("to", "for") and owner in lex.state_links)
    )


def supporters_of(doc: Doc, start: int) -> bool:
    """The name at token ``start`` is written after "pro-" ("a pro-Trump mob", "pro-Navalny
    protesters"): it says whom people support. A person named so is no actor: the supporters
    act on their own. (A state named so is kept: "pro-Russian propaganda" pushes the state's
    line, which states spread through their own organs, and the annotated samples give it to
    Russia.)"""
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and doc[start - 2].lower_ == "pro"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    )


def age_follows(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` is followed by an age: only people have one."""
    # A few tokens' text, not doc.text: that joins the whole article on every call (3 % of ingest).
    return end < len(doc) and _AGE_AFTER_NAME.match(doc[end : end + _AGE_TOKENS].text) is not None


def sentences(doc):
    """spaCy's sentences, also cut where a line begins a new unit of text (``line_starts`` of
    kg/linebreaks.py): a headline, a caption or an embedded post on its own line is never part
    of the next paragraph's first sentence, while the lines of a hard-wrapped paragraph stay one
    sentence. With the line component in the pipeline, spaCy's sentences already start there;
    the cut matters for a Doc parsed without it."""
    if doc.user_data.get(LINES_MARKED):
        for start, end in sentence_bounds(doc):
            if _has_words(doc, start, end):
                yield _trimmed(doc, start, end)
        return
    starts = set(line_starts(doc_text(doc)))
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.i > start and tok.idx in starts:
                if _has_words(doc, start, tok.i):
                    yield _trimmed(doc, start, tok.i)
                start = tok.i
        if _has_words(doc, start, sent.end):
            yield _trimmed(doc, start, sent.end)


def _has_words(doc, start: int, end: int) -> bool:
    return any(not doc[i].is_space for i in range(start, end))


def _trimmed(doc, start: int, end: int):
    while doc[start].is_space:
        start += 1
    while doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def block_quote_start(text: str, offset: int) -> int | None:
    """Offset of the first line of the Markdown block quote ("> ...") holding ``offset``, None
    when ``offset`` is not inside one."""
    line = text.rfind("\n", 0, offset) + 1
    if not _is_quote_line(text, line):
        return None
    while line > 0:
        previous = text.rfind("\n", 0, line - 1) + 1
        if not _is_quote_line(text, previous):
            break
        line = previous
    return line


def _is_quote_line(text: str, line: int) -> bool:
    return _QUOTE_LINE.match(text, line) is not None  # matched in place: no copy of the line
