"""Ground taken told in shapes the gain features missed (docs/annotation/subtypes.md section 72, sub65):
a later deed after 'before' ("launched an assault ..., before seizing X", events/subtype_sides.later_deed, read by
in_main_clause and attempted) and a capture that is the aim of an offensive that goes on ("continued their offensive
to capture X", events/subtype_sides.attempted)."""

from __future__ import annotations

from frontwatch.events import subtype_sides as ss
from frontwatch.nlp.doc_memo import doc_lemmas

GOV, CLASH = "Government regains territory", "Armed clash"
BEFORE = ("The army's 103rd Brigade launched a powerful assault on the village, killing dozens of militants, "
          "before seizing the mountaintop later in the day.")
CONTINUED = "The rebels continued their offensive to capture the town on Sunday."


def _word(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word), doc_lemmas(doc)


def test_a_gerund_after_before_is_the_later_deed_told_done(nlp):
    tok, lemmas = _word(nlp, BEFORE, "seizing")
    assert ss.later_deed(tok)
    assert ss.in_main_clause(tok)
    assert not ss.attempted(tok, lemmas)


def test_a_clause_after_before_with_its_own_subject_stays_background(nlp):
    tok, lemmas = _word(nlp, "Rebels shelled the town for a week before the army recaptured it.", "recaptured")
    assert not ss.later_deed(tok)
    assert not ss.in_main_clause(tok)


def test_an_infinitive_after_an_offensive_that_goes_on_is_its_aim(nlp):
    tok, lemmas = _word(nlp, CONTINUED, "capture")
    assert ss.attempted(tok, lemmas)
    # kept: a verb of going on with no object of its own tells the act itself going on, done (section 62)
    tok, lemmas = _word(nlp, "The army continued to push the militants back from more villages.", "push")
    assert not ss.attempted(tok, lemmas)


def test_pipeline(main_subtypes):
    got = main_subtypes([BEFORE, "Government troops continued their offensive to recapture the town of Tadef."])
    assert list(got.values()) == [GOV, CLASH]


def test_before_on_a_noun_tells_no_deed(nlp):
    tok, _ = _word(nlp, "This mountaintop is the last site before seizing the city.", "seizing")
    assert not ss.later_deed(tok)
