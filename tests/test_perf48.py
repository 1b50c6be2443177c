"""perf48: a document's lower-case forms and token attributes are read once per document (nlp/doc_memo.py
`doc_lowers`, `doc_column`), and the scans over a whole sentence or document read them, making a spaCy Token only
for a word that passes their first test (issue 17). The scans' answers are unchanged: the tests below parse real
text with the pipeline's model and check what each scan finds, and the events of 200 FA-KES articles are
byte-identical (docs/scale-history.md, perf48)."""

from __future__ import annotations

from frontwatch.events.actors import default_dictionary
from frontwatch.events.attribution import find_attributions
from frontwatch.events.coref import place_anaphors
from frontwatch.events.extract import segments
from frontwatch.events.triggers import default_lexicon, find_triggers
from frontwatch.geo.violence import violent_sentences
from frontwatch.nlp.pipeline import sentences


def test_doc_columns_are_the_tokens_attributes(nlp):
    from frontwatch.nlp.doc_memo import doc_column, doc_lowers

    doc = nlp("Rebels shelled Aleppo on Monday, the Observatory said.\n\nNo one was hurt.")
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    assert doc_column(doc, "IS_ALPHA") == [int(t.is_alpha) for t in doc]
    assert doc_column(doc, "IS_SPACE") == [int(t.is_space) for t in doc]
    assert doc_column(doc, "POS") == [t.pos for t in doc]
    assert doc_column(doc, "ENT_TYPE") == [t.ent_type for t in doc]
    assert doc_column(doc, "IDX") == [t.idx for t in doc]
    # read once per document: the same list while the document is current, a new one for the next document
    assert doc_lowers(doc) is doc_lowers(doc)
    assert doc_column(doc, "POS") is doc_column(doc, "POS")
    other = nlp("Talks resumed in Geneva.")
    assert doc_lowers(other) == ["talks", "resumed", "in", "geneva", "."]
    assert doc_column(other, "IS_ALPHA") == [1, 1, 1, 1, 0]


def test_empty_document_has_empty_columns(nlp):
    from frontwatch.nlp.doc_memo import doc_column, doc_lowers

    doc = nlp("")
    assert doc_lowers(doc) == [] and doc_column(doc, "IS_ALPHA") == []


def test_violent_sentences_from_columns(nlp):
    doc = nlp("The market was busy on Monday. Gunmen shot dead three men near the mosque. Talks resumed later.")
    # the second sentence reports a killing ('shot dead', a death phrase); the others report none
    assert violent_sentences(doc, sentences(doc)) == frozenset({1})


def test_segments_cut_at_line_breaks_from_columns(nlp):
    doc = nlp("Rebels shell town\n\nRebels shelled the town on Monday. Three people were killed.")
    segs = segments(doc)
    assert [s.text for s in segs] == ["Rebels shell town", "Rebels shelled the town on Monday.",
                                      "Three people were killed."]
    assert [s.paragraph for s in segs] == [0, 1, 1]


def test_sentence_scans_from_columns(nlp):
    doc = nlp("Fighting erupted in Homs on Sunday. Three people died there, according to the Observatory.")
    first, second = list(doc.sents)
    assert [t.head.text for t in find_triggers(first, default_lexicon())] == ["Fighting"]
    assert [t.text for t in place_anaphors(second, set())] == ["there"]
    atts = find_attributions(second, [], default_dictionary())
    assert [(a.lemma, [h.text for h in a.speakers], a.according) for a in atts] == \
        [("according", ["Observatory"], True)]
