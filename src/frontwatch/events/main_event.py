"""Which of a sentence's events is its main event: a learned ranking of the candidates.

Why: a sentence often codes two or more events ("rebels shelled the town after the army retook
the hill"), and an ACLED coder codes one of them (docs/annotation/subtypes.md section 2: the main
clause, the most specific violent one, not the consequence). The evaluation (`evaluate/events.main_record`)
scores that one. Hand-written rankings by clause depth, 'after'-adjuncts or relative clauses gained
as much as they lost (section 16); so the weights of these general, structural features are
fitted instead (scripts/train_main_event.py, on the tune part only, 5-fold CV) and shipped as data
(data/main_event.json). Without that file the ranking is the hand-written one.

The features of a candidate are those of its record (sub-type, modality, actors, place, count)
and of its trigger's place in the parse (clause depth, the dependencies on the way to the root,
the word opening the clause it sits in, whether it heads the sentence, its position). The parse is
read where the event is coded (`extract._events_for` calls `note`), kept per event id in a small
bounded memo the chooser reads back: the public record does not carry syntax.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from frontwatch.data_files import data_path
from frontwatch.events import ontology
from frontwatch.events.attribution import REPORTING_VERBS
from frontwatch.events.modality import UNREPORTED
from frontwatch.events.subtype_features import HARM_CLAUSE_VERBS
from frontwatch.events.subtype_scope import (
    ADJUNCT_FEATURE,
    SUPPORT_FEATURE,
    in_support_phrase,
    in_time_adjunct,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from frontwatch.model import Event

# Dependencies that open a clause of their own under another one: the steps that count as depth.
CLAUSE_DEPS = ("advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "conj", "parataxis", "csubj")
MAX_UP = 10  # dependency steps read from the trigger up to the root
MEMO_SIZE = 20000  # events remembered (one evaluation batch holds a few hundred)
MODEL_ENV = "FRONTWATCH_MAIN_EVENT_MODEL"  # a path, or "off" for the hand-written ranking
# The structural features of docs/annotation/subtypes.md section 23 (main22), by key prefix: the trigger's dependency
# and verb form, the reporting-verb complement, the time-adjunct and support scopes, harm verbs, the internal event
# type, and the relations between a sentence's triggers. scripts/train_main_event.py fits them only when
# STRUCTURE_ENV is "1"; extraction computes them only when something reads them (`structure_wanted`).
STRUCTURE = ("dep=", "form=", "report", "depth_eff", "scope=", "harm", "etype=", "governed", "governs", "arg_of=",
             "has_arg=", "under=", "over=", "same_verb")
STRUCTURE_ENV = "FRONTWATCH_MAIN_EVENT_STRUCTURE"
# sub77 (docs/annotation/subtypes.md section 95, rule 24.22): a candidate told in a support phrase ("backed by
# government shelling": `subtype_scope.in_support_phrase`) is TOLD_AS_MEANS; beside a candidate of a territory sub-type
# told in none, it is MEANS_OF_GAIN and the gain GAIN_OVER_MEANS (`sentence_features`). Not structural features: the
# chooser fits them whatever STRUCTURE_ENV says. (A time adjunct too, 'after heavy fighting', was tried: 5-fold CV on
# tune .8925 -> .8912, the adjunct marks too many candidates; section 95.)
TOLD_AS_MEANS, MEANS_OF_GAIN, GAIN_OVER_MEANS = "told_as_means", "means_of_gain", "gain_over_means"
TERRITORY_SUBTYPES = frozenset(ontology.ACLED_TYPES["Battles"]) - {"Armed clash"}  # the two sub-types of ground won

_noted: OrderedDict[str, dict[str, float]] = OrderedDict()
# Per event id, where its trigger sits in the tree (`Shape`): what `relation_features` compares between the
# candidates of one sentence (which trigger governs which), kept as token indexes, not tokens (no Doc kept alive).
_shapes: OrderedDict[str, "Shape"] = OrderedDict()


class Shape(NamedTuple):
    """A trigger's place in its sentence's tree, as token indexes: its head token, its clause verb, the
    chain of tokens above the head (nearest first, up to the root), and the dependency label of the head
    and of each token of that chain (`deps[0]` the head's own)."""

    head: int
    verb: int
    above: tuple[int, ...]
    deps: tuple[str, ...]


def shape_of(head: "Token", clause_verb: "Token | None") -> Shape:
    """The `Shape` of a trigger whose head token is `head`."""
    above, deps = [], [head.dep_]
    t = head
    for _ in range(MAX_UP):
        if t.head.i == t.i:
            break
        t = t.head
        above.append(t.i)
        deps.append(t.dep_)
    return Shape(head.i, (clause_verb if clause_verb is not None else head).i, tuple(above), tuple(deps))


def _form(verb: "Token") -> str:
    """The form of a clause's verb: 'ing' (a participle: "..., killing five"), 'ed' (a past participle:
    "..., backed by jets"), 'to' (an infinitive), 'fin' (finite, or a noun heading the clause)."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "to"
    return {"VBG": "ing", "VBN": "ed"}.get(verb.tag_, "fin")


def clause_features(span: "Span", head: "Token", clause_verb: "Token | None", structure: bool = True
                    ) -> dict[str, float]:
    """The trigger's place in the sentence's parse, as named features (1.0 = present).

    depth: clause edges (CLAUSE_DEPS) from the trigger to the root; via=<dep>: each such edge on
    the way; opener=<word>: the subordinating word or preposition of the nearest clause or
    prepositional phrase above the trigger ('after', 'as', 'to', 'amid', ...: closed-class words,
    the fit decides which matter); root: the trigger or its clause verb is the sentence's root;
    noun/verb: the trigger's part of speech; pos: where in the sentence the trigger stands (0-1).
    Also (main22): dep=<label>: the trigger's own dependency (an attack as the subject of the main verb, or
    the object of 'in'); form=<ing|ed|to|fin>: the form of the verb of the trigger's own clause (`_form`:
    'ing' the participle of "..., killing five" or "..., seizing three villages"); report: a clause edge on the way is
    the complement of a reporting verb ("activists said jets bombed X": the complement IS the reported
    event, guideline section 2 rule 5), and depth_eff: the clause edges that are not such complements;
    scope=time_adjunct / scope=support: the trigger sits in a time adjunct ("after rebels took the town")
    or is told as another clause's support ("backed by air strikes"), `events/subtype_scope`'s one reading;
    harm: the trigger is a harm verb ('killed', 'wounded': the consequence a sentence may report beside
    its means, guideline section 2 rule 3; data/subtype_cues.json "harm_clause_verbs").
    With `structure` False the main22 features (`STRUCTURE`) are left out: a chooser that gives them no weight
    scores the same without them (`structure_wanted`)."""
    out: dict[str, float] = {}
    n = max(1, len(span))
    out["pos"] = round((head.i - span.start) / n, 3)
    out["noun" if head.pos_ in ("NOUN", "PROPN") else "verb"] = 1.0
    root = span.root
    out["root"] = 1.0 if head.i == root.i or (clause_verb is not None and clause_verb.i == root.i) else 0.0
    support = in_support_phrase(span, [head.i])
    if support:  # (read by `sentence_features`: a strike told as the means of a gain, `means_of_gain`)
        out[TOLD_AS_MEANS] = 1.0
    if structure:
        out[f"dep={head.dep_}"] = 1.0
        if in_time_adjunct(span, [head.i]):
            out[ADJUNCT_FEATURE] = 1.0
        if support:
            out[SUPPORT_FEATURE] = 1.0
        if head.lemma_.lower() in HARM_CLAUSE_VERBS:
            out["harm"] = 1.0
    depth = 0
    reported = 0
    opener: str | None = None
    t = head
    for _ in range(MAX_UP):
        if t.head.i == t.i:
            break
        if t.dep_ in CLAUSE_DEPS:
            depth += 1
            out[f"via={t.dep_}"] = 1.0
            if structure and t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING_VERBS:
                reported += 1
            if opener is None:
                opener = next((c.lower_ for c in t.children
                               if c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to")), None)
        if opener is None and t.dep_ == "pobj" and t.head.dep_ == "prep":
            opener = t.head.lower_
        if opener is None and t.dep_ == "prep":
            opener = t.lower_
        t = t.head
    out["depth"] = float(min(depth, 3))
    if structure:
        out["depth_eff"] = float(min(depth - reported, 3))
        if reported:
            out["report"] = 1.0
        out[f"form={_form(clause_verb if clause_verb is not None else head)}"] = 1.0
    if opener:
        out[f"opener={opener}"] = 1.0
    return out


def note(event_id: str, feats: dict[str, float], shape: Shape | None = None) -> None:
    """Remember one coded event's parse features (and its trigger's `Shape`) for the chooser
    (bounded: the oldest go first)."""
    for memo, value in ((_noted, feats), (_shapes, shape)):
        if value is None:
            continue
        memo[event_id] = value
        memo.move_to_end(event_id)
        while len(memo) > MEMO_SIZE:
            memo.popitem(last=False)


def noted(event_id: str | None) -> dict[str, float]:
    """The parse features `note` kept for an event id ({} when unknown: record features only)."""
    return _noted.get(event_id or "", {})


def record_features(r: dict, index: int, count: int) -> dict[str, float]:
    """The features of one candidate record of a sentence with `count` candidates, the
    `index`-th in coding order, its parse features (`noted`) included."""
    acled = r.get("acled") or {}
    sub = acled.get("sub_event_type") or "-"
    out: dict[str, float] = {f"sub={sub}": 1.0, f"fam={acled.get('event_type') or '-'}": 1.0,
                             f"mod={r.get('modality') or '-'}": 1.0, "conf": float(r.get("confidence") or 0.0),
                             "first": 1.0 if index == 0 else 0.0, "last": 1.0 if index == count - 1 else 0.0}
    for side in ("actor1", "actor2"):
        a = r.get(side)
        out[f"{side}={(a or {}).get('kind') or '-'}"] = 1.0
    out["place"] = 1.0 if r.get("location") else 0.0
    out["deaths"] = 1.0 if r.get("fatalities") else 0.0
    out[f"etype={r.get('event_type') or '-'}"] = 1.0
    out.update(noted(r.get("id")))
    return out


def _role(a: Shape) -> str | None:
    """The dependency by which the phrase holding a noun trigger hangs on its clause verb ('nsubj' for
    "an air strike killed five", 'prep' for "killed in an air strike", 'dobj' for "destroyed an artillery
    piece"); None for a trigger that is its clause's verb, or whose verb is not above it."""
    if a.head == a.verb or a.verb not in a.above:
        return None
    return a.deps[a.above.index(a.verb)]


def relation_features(shapes: Sequence[Shape | None]) -> list[dict[str, float]]:
    """How each candidate's trigger stands to the other candidates' triggers of its sentence (others of
    the same trigger, coded once per place, are not others): governed / governs (one trigger lies in the
    other's subtree: "shelled the town, killing five" governs the killing); arg_of=<role> / has_arg=<role>
    (a noun trigger in a phrase of another trigger's clause, `_role`: "an air strike killed five" -- the
    strike is the means, the killing its consequence, guideline section 2 rule 3; "killed in an air
    strike"; "one strike destroyed an explosive device"); under=<dep> / over=<dep> (a verb trigger whose
    clause hangs directly on another trigger: "shelled the town, killing five" is under=advcl);
    same_verb (two noun triggers of one clause verb: "launched air strikes and shelling"). A candidate
    with no shape (None) has no relation features."""
    out: list[dict[str, float]] = [{} for _ in shapes]
    for k, a in enumerate(shapes):
        if a is None:
            continue
        role = _role(a)
        for j, b in enumerate(shapes):
            if j == k or b is None or b.head == a.head:
                continue
            if b.head in a.above:
                out[k]["governed"] = 1.0
                out[j]["governs"] = 1.0
            if role is not None and a.verb == b.head:
                out[k][f"arg_of={role}"] = 1.0
                out[j][f"has_arg={role}"] = 1.0
            if a.head == a.verb and a.above and a.above[0] in (b.head, b.verb):
                out[k][f"under={a.deps[0]}"] = 1.0
                out[j][f"over={a.deps[0]}"] = 1.0
            if role is not None and b.head != b.verb and a.verb == b.verb:
                out[k]["same_verb"] = 1.0
    return out


def sentence_features(feats: Sequence[dict[str, float]], shapes: Sequence[Shape | None], subs: Sequence[str]
                      ) -> list[dict[str, float]]:
    """The features the chooser scores for each candidate of one sentence (in coding order), from each
    one's `record_features`, its trigger's `Shape` and its sub-type: those, `relation_features`, harm+governed /
    harm+governs (a harm verb in a clause under or over another candidate's: the consequence of that event,
    "a plane crashed, killing ten", "ten were killed when a missile hit", which guideline section 2 rule 3
    does not let decide) and `with_context`. The one definition the chooser (`Chooser.scores`) and its training script read."""
    rel = relation_features(shapes)
    merged = []
    for f, r in zip(feats, rel):
        g = {**f, **r}
        if f.get("harm"):  # a harm verb beside another event of the sentence is its consequence (rule 3)
            for x in ("governed", "governs"):
                if r.get(x):
                    g[f"harm+{x}"] = 1.0
        merged.append(g)
    means_of_gain(merged, subs)
    return with_context(merged, subs)


def means_of_gain(feats: Sequence[dict[str, float]], subs: Sequence[str]) -> None:
    """Mark, in place, a candidate told as the means of a gain of ground its sentence reports (MEANS_OF_GAIN) and
    that gain (GAIN_OVER_MEANS): a candidate in a support phrase (TOLD_AS_MEANS) beside a candidate of a territory
    sub-type told in none ("Kurdish forces [backed by government shelling] took an area ... from Daesh"). Why
    (docs/annotation/subtypes.md section 95, rule 24.22): the codebook codes the ground won, not the strike that won
    it, and the chooser's other features (the sub-type's weight, the surer reading) kept the supporting strike. The
    shipped chooser gives them no weight yet: a retrain fits them (in the CV, where the chooser is cross-fitted, they
    moved no answer of the tune part: six sentences have such a pair)."""
    gains = [k for k, (f, s) in enumerate(zip(feats, subs)) if s in TERRITORY_SUBTYPES and not f.get(TOLD_AS_MEANS)]
    if not gains:
        return
    means = [k for k, (f, s) in enumerate(zip(feats, subs)) if f.get(TOLD_AS_MEANS) and s not in TERRITORY_SUBTYPES]
    for k in means:
        feats[k][MEANS_OF_GAIN] = 1.0
    if means:
        for k in gains:
            feats[k][GAIN_OVER_MEANS] = 1.0


def shape(event_id: str | None) -> Shape | None:
    """The `Shape` `note` kept for an event id (None when unknown)."""
    return _shapes.get(event_id or "")


INTERACT = ("root", "depth", "noun")  # parse features also read per ACLED event type (`with_context`)


def with_context(feats: Sequence[dict[str, float]], subs: Sequence[str]) -> list[dict[str, float]]:
    """Each candidate's features plus those that compare it with the sentence's other candidates:
    the surest reading (conf_top, conf_gap below the surest), how many other candidates code the same
    sub-type (same: two triggers telling one event), and the parse features per ACLED event type
    (fam+root, ...: the main clause decides between families differently than within one)."""
    top = max((f.get("conf", 0.0) for f in feats), default=0.0)
    out = []
    for k, (f, sub) in enumerate(zip(feats, subs)):
        g = dict(f)
        g["conf_top"] = 1.0 if f.get("conf", 0.0) >= top else 0.0
        g["conf_gap"] = round(top - f.get("conf", 0.0), 3)
        g["same"] = float(sum(1 for j, s in enumerate(subs) if j != k and s == sub))
        fam = next((x[4:] for x in f if x.startswith("fam=")), "-")
        for x in INTERACT:
            if f.get(x):
                g[f"fam={fam}+{x}"] = f[x]
        for x in f:
            if x.startswith("opener="):
                g[f"fam={fam}+{x}"] = 1.0
        out.append(g)
    return out


class Chooser:
    """A linear score over `record_features`; the candidate with the highest score is the main event."""

    def __init__(self, weights: dict[str, float], bias: float = 0.0, keys: str = "reported+named") -> None:
        self.weights = weights
        self.bias = bias
        self.keys = keys  # the hand-written keys kept before the score (scripts/train_main_event.py KEYS)
        # Whether any structural feature (`STRUCTURE`) has a weight: decided once, at load (`structure_wanted`).
        self.structure = any(w != 0.0 and k.startswith(STRUCTURE) for k, w in weights.items())

    def score(self, feats: dict[str, float]) -> float:
        return self.bias + sum(v * self.weights.get(k, 0.0) for k, v in feats.items())

    def scores(self, records: Sequence[dict]) -> list[float]:
        """The score of each candidate record of one sentence (in coding order)."""
        n = len(records)
        subs = [(r.get("acled") or {}).get("sub_event_type") or "-" for r in records]
        feats = sentence_features([record_features(r, k, n) for k, r in enumerate(records)],
                                  [shape(r.get("id")) for r in records], subs)
        return [self.score(f) for f in feats]

    @classmethod
    def from_json(cls, data: dict) -> "Chooser":
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data.get("bias", 0.0)),
                   str(data.get("keys", "reported+named")))


def packaged_path() -> Path:
    """data/main_event.json inside the package."""
    return data_path("main_event.json")


@lru_cache(maxsize=4)
def _load(path: str) -> Chooser | None:
    p = Path(path)
    if not p.exists():
        return None
    return Chooser.from_json(json.loads(p.read_text("utf-8")))


def default_chooser() -> Chooser | None:
    """The shipped chooser, another file by FRONTWATCH_MAIN_EVENT_MODEL, or None ('off', or no file)."""
    env = os.environ.get(MODEL_ENV, "")
    if env == "off":
        return None
    return _load(env or str(packaged_path()))


def structure_wanted() -> bool:
    """Whether extraction computes the structural features (`STRUCTURE`: `clause_features(structure=True)`
    and the trigger's `Shape`). Why not always: the shipped chooser gives them no weight (they are fitted only
    with STRUCTURE_ENV "1"), so they changed no score and cost ~1 % of extract. They are computed when the
    chooser in use weighs one of them, when STRUCTURE_ENV is "1" (a training run that fits them), and when no
    chooser is in use (MODEL_ENV "off": how scripts/train_main_event.py collects its candidates, so its cache
    keeps every feature). A cache collected with the shipped chooser on and STRUCTURE_ENV unset holds none.
    `extract.EventExtractor` asks once per article (it reads the environment and finds the chooser's file: ~20 us)."""
    if os.environ.get(STRUCTURE_ENV) == "1":
        return True
    chooser = default_chooser()
    return chooser is None or chooser.structure


# The sub-type a coder gives only when the sentence's event fits no other (the codebook: "a significant
# strategic event fitting none of the above; use sparingly"): a front-line advance or an incident beside a
# battle, a bombing or an arrest of the same sentence is not the sentence's event.
FALLBACK_SUBTYPE = "Other"


def _rank(r: dict) -> tuple[bool, bool, float]:
    """A reported event (asserted, claimed, denied) before a planned one (`modality.UNREPORTED`: the
    guideline skips plans, docs/annotation/subtypes.md section 2 rule 5), an event of a named sub-type
    before an 'Other' (`FALLBACK_SUBTYPE`), then the surer reading."""
    return (r.get("modality") not in UNREPORTED, (r.get("acled") or {}).get("sub_event_type") != FALLBACK_SUBTYPE,
            r.get("confidence") or 0.0)


def is_candidate(sub_event_type: str | None, modality: str | None) -> bool:
    """Whether an event may be its sentence's main event: it has an ACLED sub-type and is not background
    (one definition for the records `main_record` reads and the Events `mark_sentence_main` marks)."""
    return bool(sub_event_type) and modality != "background"


def main_record(records: Iterable[dict]) -> dict | None:
    """The main event among one sentence's event records (the `extract` JSONL schema:
    `acled.sub_event_type`, `modality`, `confidence`), None when none has an ACLED type: a reported
    event before a planned one (`UNREPORTED`), a named sub-type before 'Other', then the learned
    chooser's score (`events/main_event.py`, data/main_event.json: the trigger's place in the parse,
    the sub-type, the actors, ...) -- or, without that file, the highest confidence -- then the first."""
    cands = [r for r in records if is_candidate((r.get("acled") or {}).get("sub_event_type"), r.get("modality"))]
    chooser = default_chooser() if len(cands) > 1 else None
    if chooser is None:
        best: dict | None = None
        for r in cands:
            if best is None or _rank(r) > _rank(best):
                best = r
        return best
    keys = [_rank(r)[:_KEYS[chooser.keys]] + (s,) for r, s in zip(cands, chooser.scores(cands))]
    return cands[max(range(len(cands)), key=lambda k: (keys[k], -k))]


# How many of `_rank`'s hand-written keys stay before the learned score (scripts/train_main_event.py KEYS).
_KEYS = {"none": 0, "reported": 1, "reported+named": 2}


def mark_sentence_main(events: "Sequence[Event]") -> None:
    """Set `sentence_main` on the one event of each evidence sentence an ACLED coder would code
    (`main_record` over the sentence's events: the same choice `evaluate events` scores), False on
    the others. Why on the record: every event of a sentence is kept (a supporting strike and a
    takeover are both real, and a sentence listing five captured towns is five events), and a user who
    wants the one event a sentence reports first and foremost filters on it.
    Records are built only for sentences with two or more candidates (one candidate is its own main)."""
    by_sentence: dict[tuple[str, int, int], list[Event]] = {}
    for e in events:
        e.sentence_main = False
        if is_candidate(e.acled_sub_event_type, e.modality):
            by_sentence.setdefault((e.article_id, e.evidence_start, e.evidence_end), []).append(e)
    for group in by_sentence.values():
        if len(group) == 1:
            group[0].sentence_main = True
            continue
        records = [e.to_record() for e in group]
        best = main_record(records)
        if best is not None:
            group[next(k for k, r in enumerate(records) if r is best)].sentence_main = True
