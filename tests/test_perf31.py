"""perf31 (issue 17): sentence-level readings the place scorer redid per candidate, read once per
sentence. The answers must be the ones the per-candidate reading gave; the tests check both that
and that the sentence is read once. Real parses (the pipeline's model), no stand-ins."""

from __future__ import annotations

from types import SimpleNamespace

from frontwatch.events import place_role
from frontwatch.events.fatalities import words as fatality_words
from frontwatch.nlp.doc_memo import doc_table

TEXT = ("Hundreds of people protested against the air strikes in Gaza outside the US consulate in Auckland "
        "and rallied against the bombing of the embassy in Belgrade on Tuesday.")


def _by_definition(doc, start: int, end: int, head_i: int) -> set[int]:
    """grievance_tokens as written before perf31: the sentence scanned for each question."""
    phrases = fatality_words().grievance_phrases
    out: set[int] = set()
    for i in range(start, end):
        for phrase in phrases.get(doc[i].lower_, ()):
            j = i + len(phrase)
            if j <= end and tuple(t.lower_ for t in doc[i:j]) == phrase:
                inside = {t.i for t in doc[j - 1].subtree if t.i >= j}
                if head_i not in inside:
                    out |= inside
                break
    return out


def _ctx(doc, head_i: int, start: int = 0, end: int | None = None):
    return SimpleNamespace(head=doc[head_i], span_start=start, span_end=len(doc) if end is None else end)


def test_grievance_tokens_answer_as_the_per_candidate_scan_did(nlp):  # noqa: F811
    doc = nlp(TEXT)
    assert any(_by_definition(doc, 0, len(doc), t.i) for t in doc)  # the sentence has grievances to find
    for tok in doc:  # every token as the trigger, the whole sentence and a part of it
        assert place_role.grievance_tokens(_ctx(doc, tok.i)) == _by_definition(doc, 0, len(doc), tok.i)
        assert place_role.grievance_tokens(_ctx(doc, tok.i, 0, 12)) == _by_definition(doc, 0, 12, tok.i)


def test_a_trigger_inside_a_grievance_keeps_the_other_grievances(nlp):  # noqa: F811
    doc = nlp(TEXT)
    strikes = next(t.i for t in doc if t.text == "strikes")
    gaza = next(t.i for t in doc if t.text == "Gaza")
    belgrade = next(t.i for t in doc if t.text == "Belgrade")
    got = place_role.grievance_tokens(_ctx(doc, strikes))
    assert gaza not in got  # the grievance that holds the trigger is its own phrase, not a grievance to it
    assert (belgrade in got) == (belgrade in _by_definition(doc, 0, len(doc), strikes))


def test_the_sentence_is_read_once_for_all_its_triggers_and_places(nlp):  # noqa: F811
    doc = nlp(TEXT)
    for tok in doc:
        place_role.grievance_tokens(_ctx(doc, tok.i))
    table = doc_table(doc, place_role.GRIEVANCE_TABLE)
    assert list(table) == [(0, len(doc))]  # one reading of the sentence, whatever asked
    assert all(isinstance(s, frozenset) for s in table[(0, len(doc))])
    # a new document is a new table: nothing of the last one answers for it
    other = nlp("Protesters marched against the siege of Madaya in Damascus.")
    place_role.grievance_tokens(_ctx(other, 0))
    assert list(doc_table(other, place_role.GRIEVANCE_TABLE)) == [(0, len(other))]
