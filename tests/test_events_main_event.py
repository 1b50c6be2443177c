"""The main-event chooser (events/main_event.py) and its use in `evaluate/events.main_record`.

Sentences written for this test, none from the development corpus."""

from __future__ import annotations

import json

from test_events_support import run

from frontwatch.evaluate.events import main_record, main_subtype
from frontwatch.events import main_event


def _rec(sub: str, conf: float, modality: str = "asserted", eid: str | None = None) -> dict:
    return {"id": eid, "acled": {"event_type": "x", "sub_event_type": sub}, "confidence": conf, "modality": modality}


def test_clause_features_read_the_parse(nlp):  # noqa: F811
    doc = nlp("Rebels shelled the town after the army recaptured the hill.")
    span = doc[:]
    shelled = next(t for t in doc if t.lower_ == "shelled")
    retook = next(t for t in doc if t.lower_ == "recaptured")
    main = main_event.clause_features(span, shelled, shelled)
    sub = main_event.clause_features(span, retook, retook)
    assert main["root"] == 1.0 and main["depth"] == 0.0 and not any(k.startswith("opener=") for k in main)
    assert sub["root"] == 0.0 and sub["depth"] == 1.0 and sub.get("opener=after") == 1.0 and sub.get("via=advcl")
    assert main["pos"] < sub["pos"]


def _tok(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_clause_features_tell_a_reported_complement_from_a_subordinate_clause(nlp):  # noqa: F811
    doc = nlp("Activists said government jets bombed the market, killing five civilians.")
    bombed = main_event.clause_features(doc[:], _tok(doc, "bombed"), _tok(doc, "bombed"))
    killing = main_event.clause_features(doc[:], _tok(doc, "killing"), _tok(doc, "killing"))
    # the complement of a reporting verb is the reported event: a clause edge, but not one that subordinates it
    assert bombed.get("report") == 1.0 and bombed["depth"] == 1.0 and bombed["depth_eff"] == 0.0
    assert bombed.get("form=fin") == 1.0 and bombed.get("via=ccomp") == 1.0
    # the participle after the main clause tells its consequence, and its verb is a harm verb
    assert killing.get("form=ing") == 1.0 and killing.get("via=advcl") == 1.0
    assert killing.get("harm") == 1.0 and killing["depth_eff"] >= 1.0
    assert "harm" not in bombed


def test_clause_features_read_the_time_adjunct_and_support_scopes(nlp):  # noqa: F811
    doc = nlp("Troops backed by air strikes stormed the town after rebels seized the bridge.")
    strikes = main_event.clause_features(doc[:], _tok(doc, "strikes"), _tok(doc, "backed"))
    seized = main_event.clause_features(doc[:], _tok(doc, "seized"), _tok(doc, "seized"))
    stormed = main_event.clause_features(doc[:], _tok(doc, "stormed"), _tok(doc, "stormed"))
    assert strikes.get("scope=support") == 1.0 and "scope=time_adjunct" not in strikes
    assert seized.get("scope=time_adjunct") == 1.0 and "scope=support" not in seized
    assert not any(k.startswith("scope=") for k in stormed)
    assert stormed.get("form=fin") == 1.0 and stormed["depth"] == 0.0


def test_relation_features_read_which_trigger_hangs_on_which(nlp):  # noqa: F811
    doc = nlp("An air strike killed five people in the town.")
    strike, killed = _tok(doc, "strike"), _tok(doc, "killed")
    rel = main_event.relation_features([main_event.shape_of(strike, killed), main_event.shape_of(killed, killed)])
    assert rel[0].get("arg_of=nsubj") == 1.0 and rel[0].get("governed") == 1.0  # the means, subject of the harm
    assert rel[1].get("has_arg=nsubj") == 1.0 and rel[1].get("governs") == 1.0
    doc = nlp("Rebels shelled the town, killing five civilians.")
    shelled, killing = _tok(doc, "shelled"), _tok(doc, "killing")
    rel = main_event.relation_features([main_event.shape_of(shelled, shelled), main_event.shape_of(killing, killing),
                                        None])
    assert rel[1].get("under=advcl") == 1.0 and rel[0].get("over=advcl") == 1.0
    assert rel[0].get("governs") == 1.0 and "governed" not in rel[0] and rel[2] == {}
    # two events of one trigger (coded once per place) are not related to each other
    same = main_event.shape_of(shelled, shelled)
    assert main_event.relation_features([same, same]) == [{}, {}]


def test_the_chooser_reads_the_relations_of_the_noted_shapes(nlp, tmp_path, monkeypatch):  # noqa: F811
    doc = nlp("An air strike killed five people in the town.")
    strike, killed = _tok(doc, "strike"), _tok(doc, "killed")
    main_event.note("e-strike", {"noun": 1.0}, main_event.shape_of(strike, killed))
    main_event.note("e-killed", {"verb": 1.0, "root": 1.0}, main_event.shape_of(killed, killed))
    path = tmp_path / "main.json"
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0,
                                "weights": {"root": 1.0, "arg_of=nsubj": 2.0}}), encoding="utf-8")
    monkeypatch.setenv(main_event.MODEL_ENV, str(path))
    recs = [_rec("Attack", 0.9, eid="e-killed"), _rec("Air/drone strike", 0.6, eid="e-strike")]
    assert main_record(recs)["id"] == "e-strike"
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0, "weights": {"root": 1.0}}), encoding="utf-8")
    main_event._load.cache_clear()
    assert main_record(recs)["id"] == "e-killed"


def test_extraction_notes_each_events_parse_features(nlp, monkeypatch):  # noqa: F811
    # with no chooser in use, as scripts/train_main_event.py collects: the shapes too (`main_event.structure_wanted`)
    monkeypatch.setenv(main_event.MODEL_ENV, "off")
    events = run(nlp, "Rebels shelled the town after the army recaptured the hill.")
    by_sub = {e.acled_sub_event_type: main_event.noted(e.id) for e in events if e.acled_sub_event_type}
    assert len(by_sub) >= 2
    assert any(f.get("root") == 1.0 for f in by_sub.values())
    assert any(f.get("opener=after") == 1.0 for f in by_sub.values())
    shapes = [main_event.shape(e.id) for e in events if e.acled_sub_event_type]
    assert all(s is not None for s in shapes) and len({s.head for s in shapes}) >= 2


def test_the_chooser_ranks_within_the_hand_written_keys(tmp_path, monkeypatch):
    path = tmp_path / "main.json"
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0,
                                "weights": {"sub=Armed clash": 2.0, "sub=Other": 5.0}}), encoding="utf-8")
    monkeypatch.setenv(main_event.MODEL_ENV, str(path))
    recs = [_rec("Air/drone strike", 0.9), _rec("Armed clash", 0.6), _rec("Other", 0.9)]
    assert main_subtype(recs) == "Armed clash"  # the learned score beats the surer reading; 'Other' stays last
    planned = [_rec("Air/drone strike", 0.9), _rec("Armed clash", 0.6, "planned")]
    assert main_subtype(planned) == "Air/drone strike"  # a reported event before a planned one, whatever the score
    monkeypatch.setenv(main_event.MODEL_ENV, "off")
    assert main_subtype(recs) == "Air/drone strike"  # no chooser: the hand-written ranking (confidence)


def test_the_chooser_reads_the_noted_parse_features(tmp_path, monkeypatch):
    path = tmp_path / "main.json"
    path.write_text(json.dumps({"keys": "reported+named", "bias": 0.0, "weights": {"opener=after": -3.0}}),
                    encoding="utf-8")
    monkeypatch.setenv(main_event.MODEL_ENV, str(path))
    main_event.note("e-after", {"opener=after": 1.0, "depth": 1.0})
    main_event.note("e-main", {"root": 1.0})
    recs = [_rec("Government regains territory", 0.9, eid="e-after"), _rec("Shelling/artillery/missile attack", 0.8,
                                                                            eid="e-main")]
    assert main_record(recs)["id"] == "e-main"


def test_with_context_compares_the_candidates():
    feats = main_event.with_context([{"conf": 0.9, "fam=Battles": 1.0, "root": 1.0}, {"conf": 0.6, "fam=Battles": 1.0},
                                     {"conf": 0.6}], ["Armed clash", "Armed clash", "Attack"])
    assert feats[0]["conf_top"] == 1.0 and feats[1]["conf_top"] == 0.0 and feats[1]["conf_gap"] == 0.3
    assert feats[0]["same"] == 1.0 and feats[2]["same"] == 0.0
    assert feats[0]["fam=Battles+root"] == 1.0 and "fam=Battles+root" not in feats[1]


def test_the_shipped_chooser_loads():
    ch = main_event.default_chooser()
    assert ch is not None and ch.keys in ("none", "reported", "reported+named") and len(ch.weights) > 20


def test_every_sentence_with_acled_events_marks_exactly_one_main_event(nlp):  # noqa: F811
    text = ("Rebels shelled the town after the army recaptured the hill. "
            "The foreign minister met his Qatari counterpart in Doha on Sunday. "
            "Gunmen killed two farmers near the village.")
    events = run(nlp, text)
    by_sentence: dict[int, list] = {}
    for e in events:
        by_sentence.setdefault(e.evidence_start, []).append(e)
    coded = [g for g in by_sentence.values() if any(e.acled_sub_event_type and e.modality != "background" for e in g)]
    assert coded, "the text codes ACLED events"
    for group in coded:
        mains = [e for e in group if e.sentence_main]
        assert len(mains) == 1
        # the record's flag is the choice `evaluate events` scores
        records = [e.to_record() for e in group]
        assert main_record(records)["id"] == mains[0].id
        assert mains[0].to_record()["sentence_main"] is True
    # an event with no ACLED sub-type (a PLOVER-only meeting) is never the sentence's main event
    assert all(not e.sentence_main for e in events if not e.acled_sub_event_type)
    assert any(len(g) >= 2 for g in coded), "one sentence codes two events, so the chooser decides"


def test_mark_sentence_main_resets_and_chooses_the_reported_event() -> None:
    from frontwatch.model import Event

    def ev(eid: str, sub: str | None, modality: str = "asserted", start: int = 0) -> Event:
        return Event(id=eid, article_id="a", evidence_text="x", evidence_start=start, evidence_end=start + 1,
                     event_type="attack", acled_event_type="Battles" if sub else None, acled_sub_event_type=sub,
                     modality=modality, sentence_main=True)

    planned, done, other_sentence, plover = (ev("p", "Armed clash", "planned"), ev("d", "Attack"),
                                            ev("o", "Attack", start=5), ev("m", None))
    main_event.mark_sentence_main([planned, done, other_sentence, plover])
    assert (planned.sentence_main, done.sentence_main, other_sentence.sentence_main, plover.sentence_main) == (
        False, True, True, False)
