"""The model reads each paragraph on its own: a headline is analysed as the line it is, not as the
start of the article's first sentence.

Why: a headline has no full stop, and the title reaches the pipeline as the first line of its
article, a blank line before the body. Read as one text, the small English model's parser runs
the title into the body's first sentence ('... on Raqqa\\n\\nDetails follow.' is one sentence,
'Raqqa' a compound of 'Details'), its NER takes 'Raqqa\\n\\nDetails' for one organisation, and
even with a sentence break forced at the blank line its convolutional context (four tokens
each side) still lets the body's first words retag the title's last ones -- where a headline's
place sits ('in Syria's Aleppo'). The title's place was lost: 440 FA-KES titles scored place
.826 (tune) read alone and .778 as the first line of an article (dev/headlines_eval.py).

Prose never runs a sentence over a blank line, so every text is cut at its paragraph breaks, the
model's own components run on each piece (the breaks included, as whitespace-only pieces, so the
text is unchanged), and the pieces are joined back into one Doc (`Doc.from_docs`: tags, parse,
entities, sentence starts and character offsets kept). A single line break is left to the parser:
hard-wrapped prose breaks lines mid-sentence.

Joining (`join_pieces`): where the pieces' tokens are exactly the whole text's (the tokenizer
split the whole Doc the same way, as it does unless a break sits inside something it keeps
together), their annotation arrays are written into the whole Doc `make_doc` already made, with
one `Doc.from_array` -- the same arrays and tensor `Doc.from_docs` would write into a new Doc, but
without its per-token Python walk that re-reads every token's text to build that Doc anew
(~0.9 ms an article on FA-KES). Anything else goes to `Doc.from_docs`.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

# A line break, then a line holding only spaces, then whatever whitespace follows: a paragraph break.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def paragraph_pieces(text: str) -> list[str]:
    """The text cut at its paragraph breaks, each break a piece of its own ('' + ... == text)."""
    pieces: list[str] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
        pieces.append(m.group())
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append(text[pos:])
    return pieces


def analyse_by_paragraph(nlp: Language, docs: Iterable[Doc], *, batch_size: int | None = None,
                         disable: Iterable[str] = ()) -> Iterator[Doc]:
    """Each Doc (made with `nlp.make_doc`, its extensions set) annotated by the model's components
    paragraph by paragraph and joined back: a new Doc with the same text and the same `doc._` values.

    The pieces of all the Docs go through `nlp.pipe` as one stream, so batching is as before.
    `disable`: components not to run here (frontwatch's own, which need the whole article)."""
    pending: deque[tuple[Doc, int]] = deque()

    def pieces() -> Iterator[str]:
        for doc in docs:
            parts = paragraph_pieces(doc.text)
            pending.append((doc, len(parts)))
            yield from parts

    done: list[Doc] = []
    for part in nlp.pipe(pieces(), batch_size=batch_size, disable=list(disable)):
        done.append(part)
        source, count = pending[0]
        if len(done) < count:
            continue
        pending.popleft()
        whole = done[0] if count == 1 else join_pieces(source, done)
        if whole is not source:
            whole.user_data.update(source.user_data)  # the Doc's extensions (doc._.article)
        done = []
        yield whole


_JOIN_ATTRS = list(Doc._get_array_attrs()) + ([SPACY] if SPACY not in Doc._get_array_attrs() else [])
_TOKEN_KEY = [_JOIN_ATTRS.index(ORTH), _JOIN_ATTRS.index(SPACY)]


def join_pieces(source: Doc, parts: list[Doc]) -> Doc:
    """The analysed pieces of `source` (a Doc of `make_doc`, not yet annotated) as one Doc: what
    `Doc.from_docs(parts, ensure_whitespace=False)` gives, written into `source` itself when its
    tokens are the pieces' tokens (same forms, same trailing spaces), else a new Doc from it."""
    arrays = [part.to_array(_JOIN_ATTRS) for part in parts]
    joined = numpy.concatenate(arrays)
    if (len(source) != len(joined) or any(part.user_data or part.spans for part in parts)
            or not numpy.array_equal(source.to_array([ORTH, SPACY]), joined[:, _TOKEN_KEY])):
        return Doc.from_docs(parts, ensure_whitespace=False)
    source.from_array(_JOIN_ATTRS, joined)
    if any(len(part) for part in parts):  # as from_docs: the tensors of the pieces with tokens, stacked
        from thinc.api import get_current_ops

        ops = get_current_ops()
        source.tensor = ops.xp.vstack([ops.asarray(part.tensor) for part in parts if len(part)])
    return source


__all__ = ["PARAGRAPH_BREAK", "analyse_by_paragraph", "join_pieces", "paragraph_pieces"]
