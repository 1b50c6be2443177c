"""Per-document values spaCy recomputes on every access, computed once per document.

`Doc.text` joins every token's text anew at each call (a 700-token article: ~0.3 ms), and
`Span.ents` walks the whole document's entities; the geoparser and the event coder ask
for both once per span or per event. The memo holds the last document only (documents
are processed one after another), keyed by identity: a new document replaces it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

T = TypeVar("T")
_MISSING = object()

_last_text: list = [None, ""]  # [doc, its text]


def doc_text(doc: "Doc") -> str:
    """`doc.text`, joined once per document -- or the article's own text when the model was
    given it with some words lower-cased (a Title Case headline, nlp/detitle.py): evidence
    and sentences keep the article's wording."""
    if _last_text[0] is not doc:
        text = doc.text
        article = doc._.article if doc.has_extension("article") else None
        own = getattr(article, "text", None)
        if isinstance(own, str) and own != text and len(own) == len(text) and own.lower() == text.lower():
            text = own
        _last_text[0], _last_text[1] = doc, text
    return _last_text[1]


_last_lemmas: list = [None, []]  # [doc, its tokens' lower-case lemmas]
_last_subtrees: list = [None, {}]  # [doc, token index -> indexes of its subtree]


def doc_lemmas(doc: "Doc") -> list[str]:
    """Each token's lemma in lower case (its lower-case form when it has no lemma), read once
    per document: the sub-type features look up the lemmas of a whole sentence per event."""
    if _last_lemmas[0] is not doc:
        _last_lemmas[0], _last_lemmas[1] = doc, [t.lemma_.lower() if t.lemma_ else t.lower_ for t in doc]
    return _last_lemmas[1]


def subtree_indexes(tok) -> list[int]:
    """`[t.i for t in tok.subtree]`, walked once per token and document (each event of a
    trigger asks for its subtree twice: cue words and the subtree's mean vector)."""
    doc = tok.doc
    if _last_subtrees[0] is not doc:
        _last_subtrees[0], _last_subtrees[1] = doc, {}
    got = _last_subtrees[1].get(tok.i)
    if got is None:
        got = _last_subtrees[1][tok.i] = [t.i for t in tok.subtree]
    return got


_last_ents: list = [None, ()]  # [doc, its entities]


def doc_ents(doc: "Doc") -> tuple:
    """`doc.ents`, built once per document: each read makes a new Span for every entity
    (~80 µs for a 100-entity article), and recognition, mentions, actors and every
    sentence's fatality count ask for them. Nothing in the pipeline changes a parsed
    document's entities."""
    if _last_ents[0] is not doc:
        _last_ents[0], _last_ents[1] = doc, doc.ents
    return _last_ents[1]


def span_ents(span) -> list:
    """`span.ents` (the entities wholly inside the span) from `doc_ents`: spaCy's own
    walk, including its stop at the first entity that starts inside and ends past it."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


_last_tables: list = [None, {}]  # [doc, name -> that table]


def doc_table(doc: "Doc", name: str) -> dict:
    """A dict named `name` that lives while `doc` is the current document (a new document
    empties them all): per-sentence values several events of one sentence share, e.g. the
    sub-type features' lexicon classes and mean vector of a sentence (keyed (start, end))."""
    if _last_tables[0] is not doc:
        _last_tables[0], _last_tables[1] = doc, {}
    table = _last_tables[1].get(name)
    if table is None:
        table = _last_tables[1][name] = {}
    return table


def sentence_memo(span: "Span", name: str, compute: "Callable[[Span], T]") -> T:
    """`compute(span)` for a sentence, computed once while its document is current (`doc_table` named `name`,
    keyed by the span's bounds): the events of one sentence each ask for the same sentence-level reading."""
    table = doc_table(span.doc, name)
    key = (span.start, span.end)
    got = table.get(key, _MISSING)
    if got is _MISSING:
        got = table[key] = compute(span)
    return got


def doc_lowers(doc: "Doc") -> list[str]:
    """Each token's lower-case form, read once per document (`doc_table` "lowers"): a scan of the
    whole document that tests a word against a word list reads this list instead of making a
    spaCy Token per word (the largest own cost of the pipeline, issue 17)."""
    table = doc_table(doc, "lowers")
    got = table.get(None)
    if got is None:
        got = table[None] = [t.lower_ for t in doc]
    return got


def doc_column(doc: "Doc", attr: str) -> list[int]:
    """One token attribute of the whole document as a list of ints (`Doc.to_array`, once per
    document and attribute): flags ('IS_ALPHA', 'IS_SPACE' -> 0/1), symbols ('POS' -> the ids of
    `spacy.symbols`), string attributes ('ENT_TYPE', 'LEMMA' -> StringStore hashes, 0 for none).
    A scan reads these and makes a Token only for the words that pass, instead of one per word."""
    table = doc_table(doc, "columns")
    got = table.get(attr)
    if got is None:
        got = table[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return got


def negated_heads(doc: "Doc") -> frozenset[int]:
    """The indexes of the tokens with a child whose dependency is 'neg' ("did [not] return fire": 'return'), once
    per document (`doc_table` "negated_heads"): `any(c.dep_ == "neg" for c in tok.children)` for every token of
    a sentence walks every token's children (a Token made for each); the DEP column finds the few negations and
    only their heads are read. A token is not its own child, so a 'neg' whose head is itself marks nothing."""
    table = doc_table(doc, "negated_heads")
    got = table.get(None)
    if got is None:
        neg = doc.vocab.strings["neg"] if "neg" in doc.vocab.strings else -1
        out = set()
        for i, dep in enumerate(doc_column(doc, "DEP")):
            if dep == neg and (h := doc[i].head.i) != i:
                out.add(h)
        got = table[None] = frozenset(out)
    return got
