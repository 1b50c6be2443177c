"""No sentence starts at an opening bracket inside a sentence.

Why: spaCy's parser often starts a new sentence at a bracket ("An estimated 30 civilians were
killed on Wednesday | [30 April] when police opened fire ..."; "following the killing of five
people ... three days ago | [17 March] by bandits who attacked Kakong village"). Editors' date
insertions and asides in brackets are common in monitoring reports, and the cut leaves the
event's trigger in one "sentence" and its toll, actors or place in the other. Marking the
bracket as not a sentence start before the parser runs keeps them together; the parser
respects the preset boundary. A bracket after sentence-final punctuation or a line break
may still start a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "frontwatch_bracket_sentences"
OPENING = frozenset({"(", "["})
SENTENCE_FINAL = frozenset({".", "!", "?", "…", ":", ";"})


@Language.component(NAME)
def keep_brackets_inside(doc: Doc) -> Doc:
    """Mark each opening bracket that follows a word on the same line as inside its sentence."""
    text = doc.text
    if "(" not in text and "[" not in text:
        return doc
    for i in range(1, len(doc)):
        tok = doc[i]
        if tok.text in OPENING:
            prev = doc[i - 1]
            if prev.text not in SENTENCE_FINAL and "\n" not in prev.text_with_ws and not prev.is_space:
                tok.is_sent_start = False
    return doc


def install(nlp: Language) -> None:
    """Add the component before the parser (where there is one; otherwise nothing sets sentences)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
