"""Per-document values spaCy recomputes on every access, computed once per document.

`Doc.text` joins every token's text anew at each call (a 700-token article: ~0.3 ms), and
`Span.ents` walks the whole document's entities; the geoparser and the event coder ask
for both once per span or per event. The memo holds the last document only (documents
are processed one after another), keyed by identity: a new document replaces it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_last_text: list = [None, ""]  # [doc, its text]


def doc_text(doc: "Doc") -> str:
    """`doc.text`, joined once per document."""
    if _last_text[0] is not doc:
        _last_text[0], _last_text[1] = doc, doc.text
    return _last_text[1]
