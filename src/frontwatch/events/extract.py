"""Event extraction: one parsed article + its toponyms → coded, located, dated events.

The stage reads each sentence once: triggers (lexicon), their frames (parse), actors
(dictionary + coreference-lite), dates (relative to publication), attribution and
modality, and the place. The place is chosen in this order:

1. a relative location the geoparser built around the trigger ("20 km from X");
2. for statements, rejections and other events that happen where the actor is: a
   place attached to the verb, else the actor's own country;
3. the place whose ROLE is the event's location (events/place_role.py: a fitted scorer
   over how each place of the sentence attaches to the trigger; not an actor's origin,
   a destination, a speaker's place or the country around the named town), with the
   places coordinated with it ("in X and Y": one event each; "in addition to A, B and C"
   for takeovers); a definite 'the city' counts, resolved to the last city;
4. the article's main country, unless it is known only from an adjective ("Russian jets").

Background events (history, habitual past) come back with modality 'background'; the
caller decides whether to keep them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from spacy.symbols import PRON

from frontwatch.events import (
    actor_fill,
    main_event,
    ontology,
    place_role,
    subtype_model,
    toll_act,
)
from frontwatch.events.actors import (
    ATTRIBUTIVE_KINDS,
    SOURCE_KINDS,
    ActorDictionary,
    ActorMention,
    default_dictionary,
    find_mentions,
    for_event,
    mention_at,
)
from frontwatch.events.argument_places import (
    argument_places,
    clause_arguments,
    nested_locatives,
    unplaced_names,
)
from frontwatch.events.article_place import inherit_places, merge_inherited
from frontwatch.events.attribution import Attribution, find_attributions, sources_for
from frontwatch.events.capital_actor import capital_mentions
from frontwatch.events.coded import coded_event
from frontwatch.events.consolidate import consolidate
from frontwatch.events.coref import (
    PRONOUNS,
    border_between,
    country_toponym,
    main_country,
    place_anaphors,
    resolve_place,
    resolve_pronoun,
    synthetic_country,
)
from frontwatch.events.date_source import coder_source
from frontwatch.events.date_source import stamp as stamp_date_sources
from frontwatch.events.dates import (
    DateExpr,
    date_for,
    find_expressions,
    is_background,
    tense_of,
)
from frontwatch.events.event_fatalities import KILLING_STRATEGIC, event_fatalities
from frontwatch.events.group_status import described_change, status_description
from frontwatch.events.modality import (
    HYPOTHETICAL,
    UNREPORTED,
    classify,
    is_negated,
)
from frontwatch.events.pluperfect import pluperfect_is_history
from frontwatch.events.requirement_places import refused_place_tokens
from frontwatch.events.standing_state import siege_state
from frontwatch.events.subtype_deals import AGREEMENT, deal_is_background
from frontwatch.events.subtype_means import described_triggers
from frontwatch.events.triggers import (
    GENERIC_VIOLENCE,
    Frame,
    LexEntry,
    Lexicon,
    Trigger,
    default_lexicon,
    expand,
    find_triggers,
    frame_of,
)
from frontwatch.events.triggers import through_quantifier as _through
from frontwatch.geo.refused import refused_of, unplaced_of
from frontwatch.model import Actor, Article, Event, Toponym
from frontwatch.nlp.deps import NOUN_MODIFIERS
from frontwatch.nlp.doc_memo import doc_column, doc_ents, doc_lowers, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Types whose moving force is the actor even when the sentence is passive
# ("militias have been put on alert", "troops were deployed").
SELF_MOVING = frozenset({"deployment", "advance", "retreat", "evacuation", "base_established", "disarm"})
# Targets that are civilian even when not named as people ("shelled a market").
CIVILIAN_TARGETS = frozenset({"market", "school", "hospital", "home", "house", "mosque", "church", "village",
                              "camp", "shelter", "bakery", "wedding", "funeral", "bus", "clinic", "residential",
                              "neighbourhood", "neighborhood", "family", "families", "civilian", "people"})
INDEFINITE = frozenset({"a", "an", "some", "no", "any", "another", "each", "every", "several", "many"})
# Verbs of harm whose object tells who an attack hit ("opened fire, killing ten passengers").
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt", "massacre", "murder"})
STATEMENT_VERBS = frozenset({"say", "state", "announce", "declare", "warn", "stress", "insist", "add", "tell",
                             "reiterate", "express"})
STATEMENT_KINDS = frozenset({"country", "government", "igo"})
STATEHOOD_KINDS = frozenset({"country", "government", "state forces"})  # actors whose country is a state's
NON_STATE_ARMED_KINDS = frozenset({"rebel group", "political militia", "identity militia", "armed group"})


def _acled_sub(typ: str) -> str | None:
    """The ACLED sub-event type an internal type codes (None outside ACLED's scheme)."""
    acled = ontology.get(typ).acled
    return acled[1] if acled else None


@dataclass
class Segment:
    """A sentence, cut at line breaks (spaCy joins a headline to the first sentence)."""

    span: "Span"
    start: int  # char offsets into the article text, whitespace stripped
    end: int
    text: str
    paragraph: int


def segments(doc: "Doc") -> list[Segment]:
    out: list[Segment] = []
    paragraph = 0
    text = doc_text(doc)  # Doc.text re-joins every token on each access: read it once per document
    # The document's columns, read once: no Token per word (a space token's lower-case form is its text)
    lowers, space, alpha = doc_lowers(doc), doc_column(doc, "IS_SPACE"), doc_column(doc, "IS_ALPHA")
    for sent in doc.sents:
        pieces: list[tuple[int, int]] = []
        s = sent.start
        for i in range(sent.start, sent.end):
            if space[i] and "\n" in lowers[i]:
                pieces.append((s, i))
                s = i + 1
        pieces.append((s, sent.end))
        for a, b in pieces:
            while a < b and space[a]:
                a += 1
            while b > a and space[b - 1]:
                b -= 1
            if b <= a:
                paragraph += 1 if out else 0
                continue
            if not any(alpha[a:b]):
                continue
            span = doc[a:b]
            if out and "\n" in text[out[-1].end:span.start_char]:
                paragraph += 1
            out.append(Segment(span, span.start_char, span.end_char, text[span.start_char:span.end_char], paragraph))
    return out


@dataclass
class _PlaceIndex:
    """Toponyms mapped onto tokens (and place anaphors onto what they refer to)."""

    doc: "Doc"
    toponyms: list[Toponym]
    by_token: dict[int, list[Toponym]] = field(default_factory=dict)
    tokens_of: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # id(toponym) -> (start, end, root)

    def __post_init__(self) -> None:
        for t in self.toponyms:
            sp = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if sp is None or len(sp) == 0:
                continue
            self.tokens_of[id(t)] = (sp.start, sp.end, sp.root.i)
            for i in range(sp.start, sp.end):
                self.by_token.setdefault(i, []).append(t)

    def add(self, tok_i: int, t: Toponym) -> None:
        self.by_token.setdefault(tok_i, []).insert(0, t)
        self.tokens_of.setdefault(id(t), (tok_i, tok_i + 1, tok_i))

    def at(self, tok_i: int) -> Toponym | None:
        """The toponym at a token: the plain (non-relative) one when both cover it."""
        hits = self.by_token.get(tok_i)
        if not hits:
            return None
        plain = [t for t in hits if not (t.relative and t.relative.get("kind") == "distance")]
        return (plain or hits)[0]

    def place_tokens(self, span: "Span") -> set[int]:
        return {i for i in range(span.start, span.end) if i in self.by_token}

    def plain_tokens(self) -> set[int]:
        return {i for i, ts in self.by_token.items()
                if any(not t.relative or t.relative.get("kind") == "border" for t in ts)}

    def relative_covering(self, token_ids: list[int]) -> Toponym | None:
        for i in token_ids:
            for t in self.by_token.get(i, ()):
                if t.relative and t.relative.get("kind") == "distance":
                    return t
        return None

    def in_range(self, start: int, end: int) -> list[Toponym]:
        out = []
        for t in self.toponyms:
            r = self.tokens_of.get(id(t))
            if r and r[0] >= start and r[1] <= end and not (t.relative and t.relative.get("kind") == "distance"):
                out.append(t)
        return out


def _precision(t: Toponym) -> str | None:
    if t.relative and t.relative.get("kind") == "border":
        return "border"
    return t.precision or (t.place.precision if t.place else None)


def _country_of(t: Toponym) -> str | None:
    return t.place.country if t.place else (t.relative or {}).get("country")


def _place_key(t: Toponym | None) -> str:
    if t is None:
        return "-"
    if t.place is not None and not t.relative:
        return f"g{t.place.geonameid}"
    if t.relative:
        rel = t.relative
        return f"r:{rel.get('kind')}:{rel.get('name') or ''}:{'-'.join(rel.get('countries') or [])}:" \
               f"{t.place.geonameid if t.place else t.text}"
    return f"t:{t.text.lower()}"


class EventExtractor:
    """Holds the lexicon and actor dictionary (loaded once per process)."""

    def __init__(self, lexicon: Lexicon | None = None, actors: ActorDictionary | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.actors = actors or default_dictionary()
        self._explicit: set[str] = set()  # ids of events dated in their own sentence (per article)
        self._completed: list[tuple[Event, actor_fill.Completion]] = []  # the codebook's defaults (per article)
        self._heads: dict[int, object] = {}  # id(event) -> its trigger's head token (per article)
        self._definite: set[str] = set()  # ids of events told by a definite description ("the fall of X")
        self.last_place_scores: list[place_role.Scored] = []  # the last place decision, for fitting and debugging
        self._structure = True  # the main22 chooser features wanted (per article: `main_event.structure_wanted`)

    # ------------------------------------------------------------------ helpers

    def _mention(self, tok: "Token | None", mentions: list[ActorMention], history: list[ActorMention]
                 ) -> ActorMention | None:
        if tok is None:
            return None
        if tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "the third Syrian aircraft that has been shot down": the noun it refers to
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            return resolve_pronoun(tok, history)
        m = mention_at(mentions, tok.i)
        if m is not None:
            if m.entry is not None and m.entry.generic and m.kind == "state forces":
                # "government militia troops", "rebel forces": the non-state side a modifier names is who
                # these forces are, not the state's army (the head word alone is the state's generic name)
                for c in m.span_head(tok.doc).children:
                    side = mention_at(mentions, c.i) if c.dep_ in NOUN_MODIFIERS else None
                    if side is not None and side is not m and side.kind in ATTRIBUTIVE_KINDS:
                        return side
            if m.entry is not None and m.entry.generic:
                # "their fighters", "its troops": the possessor names the group
                for c in m.span_head(tok.doc).children:
                    if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                        owner = resolve_pronoun(c, history)
                        if owner is not None:
                            return owner
            return m
        for c in tok.children:  # "army sources", "their commanders" (not "Syrian websites")
            if c.dep_ in ("compound", "poss", "nmod"):
                if c.lower_ in PRONOUNS:
                    return resolve_pronoun(c, history)
                m = mention_at(mentions, c.i)
                if m is not None:
                    return m
        return None

    def _owned_forces(self, doc: "Doc", mentions: list[ActorMention], history: list[ActorMention]) -> None:
        """'Canada's Defence Department said its jets ...': a state's generic forces owned by a pronoun are
        the antecedent's state's, not the article's main country's (the default of a generic word); a non-state
        armed group's own forces ('IS said its forces ...') are that group."""
        for m in mentions:
            if m.entry is None or not m.entry.generic or m.kind not in ("state forces", "government"):
                continue
            head = m.span_head(doc)
            if any(self.actors.country_code(t.text) for t in doc[m.start:m.end]):
                continue  # 'its Syrian allies': the phrase names its own country
            for c in head.children:
                if c.dep_ != "poss" or c.lower_ not in ("its", "their"):
                    continue
                owner = resolve_pronoun(c, history)
                if owner is not None and owner.kind in NON_STATE_ARMED_KINDS and m.kind == "state forces":
                    # "Islamic State said its forces had captured ...": a group's own forces are the group (act43)
                    m.actors[0] = Actor(name=owner.actor.name, text=m.text, kind=owner.kind, country=owner.actor.country)
                    m.kind, m.country = owner.kind, owner.actor.country
                    break
                code = owner.country if owner is not None and owner.kind in STATEHOOD_KINDS else None
                if code and code != m.country:
                    m.actors[0] = Actor(name=m.entry.canonical(self.actors.country_name(code)), text=m.text,
                                        kind=m.kind, country=code)
                    m.country = code

    def _doers_of_tolls(self, events: list[Event]) -> list[Event]:
        """A death record with no doer takes the doer of the act its sentence says killed ('were killed when a
        missile struck', 'killed in a barrel bomb attack': events/toll_act.py), once merges and the codebook's
        defaults have named that act's side. Not a battle's: its dead may be of either side."""
        by_sentence: dict[int, list[Event]] = {}
        for e in events:
            if id(e) in self._heads:
                by_sentence.setdefault(e.evidence_start, []).append(e)
        for group in by_sentence.values():
            acts = [e for e in group if e.actor1 is not None and e.acled_event_type in toll_act.CAUSE_TYPES]
            heads = [self._heads[id(e)] for e in acts]
            for e in group:
                if e.actor1 is not None or e.modality in ("background", "denied"):
                    continue
                k = toll_act.cause_of(self._heads[id(e)], heads)
                doer = acts[k].actor1 if k is not None else None
                if doer is not None and (e.actor2 is None or e.actor2.name != doer.name):
                    e.actor1 = doer
        return events

    def _one_toll_per_happening(self, events: list[Event]) -> list[Event]:
        """The dead a strategic act caused are counted once: when an act of `KILLING_STRATEGIC` carries the toll its
        sentence says it caused ('a helicopter was shot down ..., killing all five people on board'), the event
        coded from one of those very death words ('killing') gives its count up. The event database sums
        fatalities over events (ACLED: one toll per happening); the deaths belong to the act that caused them, as
        `_doers_of_tolls` gives a death record that act's doer. Tied by the parse (`toll_act.deaths_caused_by`),
        not by equal counts: another death of the sentence keeps its own toll."""
        caused: set[int] = set()
        for e in events:
            head = self._heads.get(id(e))
            if e.fatalities and head is not None and e.acled_sub_event_type in KILLING_STRATEGIC:
                caused.update(t.i for t in toll_act.deaths_caused_by(head))
        for e in events:
            head = self._heads.get(id(e))
            if e.fatalities and head is not None and e.acled_sub_event_type not in KILLING_STRATEGIC and \
                    head.i in caused:
                e.fatalities = 0
        return events

    def _agent_mention(self, fr: Frame, seg: Segment, mentions: list[ActorMention], history: list[ActorMention]
                       ) -> ActorMention | None:
        """Who acts: the frame's agent, else (when the parse gives none) the actor just before the verb."""
        agent_m = self._mention(fr.agent, mentions, history)
        if agent_m is None and fr.agent is None:
            agent_m = self._fallback_agent(fr, seg, mentions)
        return agent_m

    def _fallback_agent(self, fr: Frame, seg: Segment, mentions: list[ActorMention]) -> ActorMention | None:
        """When the parse gives the clause no subject, the actor just before its verb."""
        verb = fr.clause_verb
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        if verb.dep_ not in ("ROOT",):
            return None
        doc = verb.doc
        best = None
        for m in mentions:
            if m.end <= verb.i and m.kind not in SOURCE_KINDS:
                between = doc[m.end:verb.i]
                if not any(t.pos_ == "VERB" for t in between):
                    best = m
        return best

    def _containers_removed(self, places: list[Toponym], pidx: _PlaceIndex) -> list[Toponym]:
        """Drop places that only locate another ('Hama in central Syria', 'Doha, Qatar')."""
        out: list[Toponym] = []
        doc = pidx.doc
        roots = {id(t): pidx.tokens_of.get(id(t)) for t in places}
        for t in places:
            if _precision(t) == "country" and any(
                    u is not t and _precision(u) != "country" and _country_of(u) == _country_of(t) for u in places):
                continue
            r = roots.get(id(t))
            if r is not None:
                root = doc[r[2]]
                host = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None
                if host is not None and any(
                        u is not t and (ru := roots.get(id(u))) and ru[0] <= host.i < ru[1] for u in places):
                    continue
            if not any(u is t for u in out) and _place_key(t) not in {_place_key(u) for u in out}:
                out.append(t)
        return out

    def _places_of(self, tokens: list["Token"], pidx: _PlaceIndex, skip: set[int] = frozenset()
                   ) -> list[Toponym]:
        out: list[Toponym] = []
        for t in expand(tokens):
            if t.i in skip:
                continue
            top = pidx.at(t.i)
            if top is not None and all(top is not o for o in out):
                out.append(top)
        return sorted(out, key=lambda t: pidx.tokens_of.get(id(t), (0,))[0])

    def _additive_places(self, head: "Token", seg: Segment, agent_tok: "Token | None", pidx: _PlaceIndex
                         ) -> list[Toponym]:
        """'In addition to A, B and C, rebels seized X': A, B and C were taken too."""
        doc = head.doc
        chain = [head, *[a for a in head.ancestors if seg.span.start <= a.i < seg.span.end]]
        for a in chain:
            for c in a.children:
                if c.dep_ != "prep" or c.i > head.i:
                    continue
                start = None
                if c.lower_ == "in" and any(p.lower_ == "addition" for p in c.children):
                    to = [t for t in doc[c.i:min(c.i + 4, seg.span.end)] if t.lower_ == "to"]
                    start = to[0].i + 1 if to else None
                elif c.lower_ in ("besides", "beside"):
                    start = c.i + 1
                if start is None:
                    continue
                end = agent_tok.left_edge.i if agent_tok is not None and agent_tok.i > start else a.i
                return self._containers_removed(pidx.in_range(start, end), pidx)
        return []

    def _country_place(self, code: str | None, toponyms: list[Toponym], near: int, start: int, end: int
                       ) -> Toponym | None:
        if not code:
            return None
        return country_toponym(code, toponyms, near) or synthetic_country(
            code, self.actors.country_name(code), start, end)

    def _capitalised_cue(self, tok: "Token") -> bool:
        """A lexicon word the NER took for a one-word organisation only because it opens the line
        ('[Barrel] bombs kill 11'): a headline's first word is capitalised whatever it is."""
        return (tok.is_sent_start and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG"
                and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
                and tok.lower_ in self.lexicon.by_first)

    @staticmethod
    def _origin(t: Toponym, pidx: _PlaceIndex, actor_spans: set[int], main: str | None) -> bool:
        """Is this mention of a place the attacker's origin (`place_role.actor_origin`)?"""
        r = pidx.tokens_of.get(id(t))
        return r is not None and place_role.actor_origin(t, pidx.doc[r[2]], r[0], r[1], actor_spans, main)

    @staticmethod
    def _in_country(t: Toponym, country: Toponym | None) -> Toponym:
        """A name kept without a point and without a country (geo/unlisted.unplaced_name, an argument name the
        geoparser kept no toponym for) in the article's country (`_named_country`): a country-level place that keeps
        the name's span. Why: before such names could be chosen the event fell back to that country; choosing the
        name must not lose the country the map lists it under and the ACLED export codes (docs/event-location.md,
        evloc43's review)."""
        if t.place is not None or t.relative or country is None:
            return t
        code = _country_of(country)
        if not code:
            return t
        name = country.place.name if country.place is not None else (country.relative or {}).get("name", code)
        return replace(t, precision="country", relative={"kind": "country", "country": code, "name": name})

    def _named_country(self, main: str | None, toponyms: list[Toponym], seg: Segment) -> Toponym | None:
        """The article's country when a place of it is named (not only 'Syrian' forces)."""
        if not any(_country_of(t) == main and not place_role.is_demonym(t) for t in toponyms):
            return None
        return self._country_place(main, toponyms, seg.start, seg.start, seg.end)

    # ------------------------------------------------------------------ places

    def _choose_places(self, trig: Trigger, fr: Frame, etype: ontology.EventType, agent: Actor | None,
                       seg: Segment, pidx: _PlaceIndex, toponyms: list[Toponym], main: str | None,
                       actor_spans: set[int] = frozenset()) -> tuple[list[Toponym], str]:
        """Places of one trigger and how they were found (see the module docstring)."""
        head = fr.head
        rel = pidx.relative_covering(trig.tokens + [head.i])
        if rel is not None:
            return [rel], "relative"
        if etype.locate == "actor":
            direct = [p for p in fr.locatives if p.head.head.i in (head.i, *(trig.tokens))]
            places = self._containers_removed(self._places_of(direct, pidx), pidx)
            if places:
                return places[:1], "locative"
            if agent is not None and agent.country:
                t = self._country_place(agent.country, toponyms, seg.start, seg.start, seg.end)
                if t is not None:
                    return [t], "actor"
        named = self._named_country(main, toponyms, seg)  # read once: the place roles' and the chosen names' country
        chosen, how = self._place_roles(trig, fr, seg, pidx, actor_spans, named, main)
        if chosen:
            if how == "object" and etype.name.startswith("territory"):
                chosen = self._containers_removed(chosen + self._additive_places(head, seg, fr.agent, pidx), pidx)
            return [self._in_country(t, named) for t in chosen], how
        if not any(_country_of(t) == main and not place_role.is_demonym(t)
                   and not self._origin(t, pidx, actor_spans, main) for t in toponyms):
            main = None  # a country known only as an adjective ("Russian jets", "US-led raids") or inside an actor's
            # name ("the US-led coalition") is the actor's origin
        t = self._country_place(main, toponyms, seg.start, seg.start, seg.end)
        return ([t], "country") if t is not None else ([], "none")

    def _place_roles(self, trig: Trigger, fr: Frame, seg: Segment, pidx: _PlaceIndex, actor_spans: set[int],
                     country: Toponym | None = None, main: str | None = None) -> tuple[list[Toponym], str]:
        """The sentence's places weighed by their role for this trigger (events/place_role.py),
        with the names among the trigger's own arguments the geoparser kept no toponym for
        (events/argument_places.py; `country`: where such a name goes without a place beside it)."""
        cands: dict[int, place_role.Candidate] = {}
        for i in range(seg.span.start, seg.span.end):
            for t in pidx.by_token.get(i, ()):
                if id(t) in cands or (t.relative and t.relative.get("kind") == "distance"):
                    continue
                r = pidx.tokens_of.get(id(t))
                if r is not None:
                    cands[id(t)] = place_role.Candidate(t, r[0], r[1], r[2])
        locating = expand(fr.locatives)
        locating += nested_locatives(locating + expand(fr.objects))
        doc = seg.span.doc  # actor words stay out; a name the NER gave a label is argument_places' to judge
        for t, a, b, root in argument_places(locating + expand(fr.objects), {x.i for x in locating}, seg.span,
                                             pidx.by_token, {i for i in actor_spans if not doc[i].ent_type_}, country,
                                             refused_of(doc), clause_arguments(fr.head)):
            cands[id(t)] = place_role.Candidate(t, a, b, root)
        taken = [(c.start, c.end) for c in cands.values()]
        for t, a, b, root in unplaced_names(unplaced_of(doc), seg.span, taken,
                                            {i for i in actor_spans if not doc[i].ent_type_}):
            cands[id(t)] = place_role.Candidate(t, a, b, root)
        ctx = place_role.Context(
            head=fr.head, trigger_tokens=list(trig.tokens), light_verb=fr.light_verb, clause_verb=fr.clause_verb,
            objects=[t.i for t in expand(fr.objects)], locatives=[t.i for t in expand(fr.locatives)],
            span_start=seg.span.start, span_end=seg.span.end, candidates=list(cands.values()),
            actor_tokens=set(actor_spans), main_country=main,
            distance_tokens={i for i in range(seg.span.start, seg.span.end) for t in pidx.by_token.get(i, ())
                             if t.relative and t.relative.get("kind") == "distance"},
            far_distance_tokens={i for i in range(seg.span.start, seg.span.end) for t in pidx.by_token.get(i, ())
                                 if t.relative and t.relative.get("kind") == "distance"
                                 and (t.relative.get("km_min") or t.relative.get("km") or 0) > place_role.FAR_DISTANCE_KM})
        chosen, self.last_place_scores = place_role.choose(ctx)
        if not chosen:
            return [], "none"
        hk, feats = chosen[0].host, chosen[0].features
        how = ("object" if "frame_object" in feats or (hk == "direct" and "role=dobj" in feats) else
               "locative" if hk in ("direct", "light", "clause", "object") else
               "subtree" if hk == "inside" else "sentence")
        return [s.candidate.toponym for s in chosen], how

    # ------------------------------------------------------------------ main

    def extract(self, doc: "Doc", article: Article, toponyms: list[Toponym]) -> list[Event]:
        toponyms = sorted(toponyms, key=lambda t: (t.start, t.end))
        published = article.published
        main = main_country(toponyms)
        pidx = _PlaceIndex(doc, toponyms)
        plain_tokens = pidx.plain_tokens()
        history: list[ActorMention] = []
        events: list[Event] = []
        prev_expr: DateExpr | None = None
        prev_par = -1
        self._explicit = set()
        self._definite = set()
        self._completed = []
        self._heads = {}
        self._structure = main_event.structure_wanted()  # once per article: it reads the environment and a file path
        segs = segments(doc)
        ents = doc_ents(doc)  # each read of Doc.ents walks the whole document: once per article
        # the document's columns, read once: the sentences' pronoun and organisation tests make no Token per word
        lowers, pos, ent_types = doc_lowers(doc), doc_column(doc, "POS"), doc_column(doc, "ENT_TYPE")
        org_ids = {doc.vocab.strings[label] for label in ("ORG", "DATE", "TIME")}  # ENT_TYPE's values
        for seg in segs:
            if seg.paragraph != prev_par:
                prev_expr = None
                prev_par = seg.paragraph
            span = seg.span
            mentions = find_mentions(span, self.actors, main, not_entities=plain_tokens, ents=ents)
            # 'Damascus launched air strikes': a capital acting is its state (act44)
            mentions = sorted([*mentions, *capital_mentions(span, pidx.at, mentions, self.actors)],
                              key=lambda m: m.start)
            history.extend(mentions)
            self._owned_forces(doc, mentions, history)
            actor_tokens = {i for m in mentions for i in range(m.start, m.end)} | \
                {i for i in range(span.start, span.end) if lowers[i] in PRONOUNS and pos[i] == PRON}
            named_tokens = {i for m in mentions if m.named and m.kind != "country" for i in range(m.start, m.end)}
            org_tokens = {i for i in range(span.start, span.end) if ent_types[i] in org_ids
                          and i not in pidx.by_token and not self._capitalised_cue(doc[i])}
            excluded = named_tokens | org_tokens | (plain_tokens & set(range(span.start, span.end)))
            self._resolve_anaphors(span, pidx, mentions, history)
            triggers = find_triggers(span, self.lexicon, actor_tokens=actor_tokens, excluded=excluded,
                                     place_tokens=pidx.place_tokens(span) | refused_place_tokens(span, mentions))
            described = described_triggers([t.head for t in triggers])  # 'describing it as a truck bombing' (§84)
            triggers = [t for k, t in enumerate(triggers) if k not in described]
            exprs = find_expressions(span, published, ents=ents)
            atts = find_attributions(span, mentions, self.actors)
            seg_events: list[Event] = []
            rule_subs = [_acled_sub(t.type) for t in triggers]
            for k, trig in enumerate(triggers):
                others = frozenset(sub for j, sub in enumerate(rule_subs) if j != k and sub)
                seg_events.extend(self._events_for(trig, seg, article, mentions, history, exprs, atts, pidx,
                                                   toponyms, main, prev_expr, others))
            if not seg_events:
                seg_events.extend(self._statements(seg, article, mentions, history, exprs, atts, pidx, toponyms,
                                                   main))
            events.extend(seg_events)
            own = [e for e in exprs if e.precision == "day" and not e.history and e.date is not None]
            if own:
                prev_expr = own[-1]
        kept = consolidate(_most_specific(_dedupe(events)), explicit=self._explicit, headline=_headlines(segs),
                           paragraphs={s.start: s.paragraph for s in segs}, anaphoric=self._definite)
        # a country-level act takes the place its neighbouring account of the same act gives (events/article_place;
        # after merging, which keeps each report's toll, and before the codebook's default actors fill the sides)
        inherit_places(kept, [s.start for s in segs], headline=_headlines(segs), explicit=self._explicit)
        # ... and reports of one act, now at one place, are one event (cty33: consolidation's rules, once more)
        kept = merge_inherited(kept, explicit=self._explicit, headline=_headlines(segs),
                               paragraphs={s.start: s.paragraph for s in segs}, anaphoric=self._definite)
        final = actor_fill.apply(kept, self._completed)  # after merging: reports merge on the actors they name
        final = self._one_toll_per_happening(self._doers_of_tolls(final))
        main_event.mark_sentence_main(final)  # after the actors: the chooser reads their kinds
        return final

    def places_for(self, doc: "Doc", article: Article, toponyms: list[Toponym], token_i: int
                   ) -> tuple[list[Toponym], str]:
        """The places the extractor would give an event whose trigger is the token `token_i`
        (evaluation: the place decision scored on a gold trigger, whatever the lexicon says)."""
        toponyms = sorted(toponyms, key=lambda t: (t.start, t.end))
        main = main_country(toponyms)
        pidx = _PlaceIndex(doc, toponyms)
        plain_tokens = pidx.plain_tokens()
        seg = next((s for s in segments(doc) if s.span.start <= token_i < s.span.end), None)
        if seg is None:
            return [], "none"
        mentions = find_mentions(seg.span, self.actors, main, not_entities=plain_tokens, ents=doc.ents)
        self._resolve_anaphors(seg.span, pidx, mentions, mentions)
        tok = doc[token_i]
        actor_tokens = {i for m in mentions for i in range(m.start, m.end)}
        trig = next((t for t in find_triggers(seg.span, self.lexicon, place_tokens=pidx.place_tokens(seg.span),
                                              actor_tokens=actor_tokens) if token_i in t.tokens), None)
        if trig is None:  # not in the lexicon (or its requirement unmet): the token alone, a generic event
            entry = LexEntry((tok.lemma_.lower(),), "", "attack", 0.5)
            trig = Trigger(entry, [token_i], tok, entry.type)
        fr = frame_of(trig, seg.span, actor_tokens)
        agent_m = self._agent_mention(fr, seg, mentions, mentions)
        etype = ontology.get(trig.type)
        agent = for_event(agent_m, self.actors, violent=etype.violent) if agent_m else None
        return self._choose_places(trig, fr, etype, agent, seg, pidx, toponyms, main,
                                   _actor_spans(mentions, agent_m))

    def _resolve_anaphors(self, span: "Span", pidx: _PlaceIndex, mentions: list[ActorMention],
                          history: list[ActorMention]) -> None:
        """Map 'the city', 'there' and 'the border' onto the place they refer to."""
        for tok in place_anaphors(span, set(pidx.by_token)):
            if tok.lemma_.lower() == "border":
                t = self._border(tok, span, pidx, mentions, history)
            else:
                t = resolve_place(tok, pidx.toponyms)
            if t is not None:
                pidx.add(tok.i, t)

    def _border(self, tok: "Token", span: "Span", pidx: _PlaceIndex, mentions: list[ActorMention],
                history: list[ActorMention]) -> Toponym | None:
        # The border of the acting side's country with another country named in the sentence.
        from frontwatch.events.triggers import clause_verb, subject_of

        verb = clause_verb(tok)
        subj = subject_of(verb, span)
        m = self._mention(subj, mentions, history)
        own = m.country if m is not None else None
        others = [_country_of(t) for i in range(span.start, span.end) for t in pidx.by_token.get(i, ())
                  if _precision(t) == "country"]
        others = [c for c in others if c and c != own]
        if own and others:
            names = (self.actors.country_name(own), self.actors.country_name(others[0]))
            return border_between(own, others[0], names, tok.idx, tok.idx + len(tok.text), tok.text)
        return resolve_place(tok, pidx.toponyms)

    def _events_for(self, trig: Trigger, seg: Segment, article: Article, mentions: list[ActorMention],
                    history: list[ActorMention], exprs: list[DateExpr], atts: list[Attribution],
                    pidx: _PlaceIndex, toponyms: list[Toponym], main: str | None, prev_expr: DateExpr | None,
                    sibling_subs: frozenset[str] = frozenset()) -> list[Event]:
        """The events of one trigger. `sibling_subs`: the ACLED sub-types the sentence's other triggers code."""
        span = seg.span
        actor_tokens = {i for m in mentions for i in range(m.start, m.end)}
        fr = frame_of(trig, span, actor_tokens)
        head = fr.head
        typ = trig.type
        negated = is_negated(head, fr.light_verb)
        if negated and trig.entry.negated_type:
            typ, negated = trig.entry.negated_type, False

        agent_m = self._agent_mention(fr, seg, mentions, history)
        patient_m = self._mention(fr.patient, mentions, history)
        if ontology.get(typ).name in SELF_MOVING:  # the forces sent are the sender's own
            agent_m, patient_m = agent_m or patient_m, None
        violent = ontology.get(typ).violent
        agent = for_event(agent_m, self.actors, violent=violent) if agent_m else None
        patient = for_event(patient_m, self.actors, violent=violent) if patient_m else None
        target_kind = patient.kind if patient else None
        if target_kind is None:
            target_kind = self._victims(fr, trig, mentions, history)
        means = _instrument(fr.agent) if typ in GENERIC_VIOLENCE else None
        typ = means or ontology.refine(typ, agent.kind if agent else None, target_kind)
        rule_typ = typ
        typ = subtype_model.retype(typ, span, trig.tokens, trig.entry.phrase, agent.kind if agent else None,
                                   target_kind, mentions)  # learned second opinion on the sub-type
        if (typ != rule_typ and _acled_sub(typ) in sibling_subs and not ontology.get(rule_typ).violent
                and ontology.get(typ).violent):
            # A trigger naming no violence ('reinforcements are arriving') beside a violent one of the sentence
            # ('launched air strikes ... while'): the model reads the whole sentence and would retype the
            # first into the second's sub-type, folding two reported events into one.
            typ = rule_typ
        etype = ontology.get(typ)
        if ontology.get(rule_typ).name in ontology.LEAVING and _acled_sub(typ) in ontology.TAKEOVER_SUBTYPES:
            agent, patient = patient, agent  # the side that withdrew loses the place: actor2, not the acquirer
        if agent is not None and patient is not None and agent.name == patient.name:
            patient = None
        if patient is None and agent_m is not None and len(agent_m.actors) > 1:
            patient = for_event(ActorMention(agent_m.start, agent_m.end, agent_m.head, agent_m.text, agent_m.kind,
                                             agent_m.actors[1:]), self.actors, violent=violent)

        expr = date_for(head, fr.clause_verb, exprs, tokens=set(trig.tokens))
        tense = tense_of(fr.clause_verb)
        if expr is None and tense == "past" and prev_expr is not None:
            expr = prev_expr  # narrative continues the day just given ("On Friday, X. Y then …")
        background = is_background(expr, _age_base(article)) or (expr is None and self._habitual(fr, tense))
        # a deal only referred to ('despite the ceasefire', 'the ceasefire line'), or ended in a time adjunct, is the
        # sentence's background, not an Agreement it reports (guideline 24.14, sub68)
        background = background or (_acled_sub(rule_typ) == AGREEMENT and deal_is_background(span, trig.tokens))
        # a ban told as a group's standing gloss, 'Daesh (banned in Russia)', reports no ban (24.14(b), sub68)
        background = background or status_description(head)
        # a group's change told in a clause describing a noun, 'the Front which changed its name from al-Nusra',
        # is the group's history, not the change the sentence reports (24.20, diag55)
        background = background or described_change(head, trig.type)
        # a siege told as the state a place is in, 'with Aleppo under siege', is no siege the sentence reports (24.20(c))
        background = background or siege_state(head)
        day, precision = self._date(expr, tense, article.published)
        # a date after publication makes a plan, unless the verb says the act is done ("a car bomb killed 26 on
        # Friday", the Friday after a publication date the source got wrong): a past report is no plan (act23)
        future = bool(day and article.published and date.fromisoformat(day) > _as_date(article.published)) \
            and not _reports_done(fr.clause_verb, tense)

        speaker_names = {self._speaker_actor(a, mentions, history) for a in atts} - {None}
        # Rebels saying they took a town is the rebels' claim; a government stating its policy is not.
        self_reported = etype.violent and agent is not None and agent.name in speaker_names
        modality = classify(head, fr.clause_verb, attributions=atts_for(head, atts), negated=negated,
                            background=background, future=future, self_reported=self_reported)
        if modality == HYPOTHETICAL:
            return []  # "a larger force would be exposed to strikes": no event is reported
        reported_by = sources_for(head, atts)

        places, how = self._choose_places(trig, fr, etype, agent, seg, pidx, toponyms, main,
                                          _actor_spans(mentions, agent_m))
        conf = trig.entry.strength + (0.1 if agent else 0.0)
        conf += {"relative": 0.1, "object": 0.1, "locative": 0.1, "actor": 0.05, "subtree": 0.05,
                 "sentence": 0.0, "country": -0.1, "none": -0.2}[how]
        conf -= 0.1 if modality in ("claimed", "planned") else 0.0
        conf = min(0.99, max(0.05, conf))
        acled = etype.acled  # the codebook's defaults, applied after consolidation (`actor_fill.apply`)
        completion = actor_fill.Completion(agent, patient, *actor_fill.complete(
            agent, patient, event_type=acled[0] if acled else None, sub_type=acled[1] if acled else None,
            mentions=mentions, agent_m=agent_m, patient_m=patient_m, head=head, d=self.actors, country=main,
            trigger_text=trig.text))
        out = []
        for place in places or [None]:
            out.append(self._event(article, seg, etype, agent, patient, place, day, precision, reported_by,
                                   modality, conf, trig.text,
                                   coder_source(day, expr.text if expr and expr.date else None), head=head))
        self._completed.extend((e, completion) for e in out)
        self._heads.update((id(e), head) for e in out)
        # the main22 features only where a chooser reads them (`main_event.structure_wanted`)
        where = main_event.clause_features(span, head, fr.clause_verb, self._structure)
        where[f"tense={tense}"] = 1.0
        shape = main_event.shape_of(head, fr.clause_verb) if self._structure else None
        for e in out:  # the parse features the main-event chooser reads back by event id
            main_event.note(e.id, where, shape)
        if expr is not None and expr.date is not None and any(expr is e for e in exprs):
            self._explicit.update(e.id for e in out)  # dated in its own sentence (see consolidate)
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss") and c.lower_ not in INDEFINITE
                                                  for c in head.children):
            self._definite.update(e.id for e in out)  # "the fall of Aleppo", "the Doha meeting"
        return out

    def _victims(self, fr: Frame, trig: Trigger, mentions: list[ActorMention], history: list[ActorMention]
                 ) -> str | None:
        """Who an attack hit when the parse gives no actor as its patient: the place or people
        fired on ("opened fire on a bus"), or those it killed ("…, killing 10 passengers")."""
        doc = fr.head.doc
        cands: list[Token] = [fr.patient] if fr.patient is not None else []
        hosts = [fr.head, *(doc[i] for i in trig.tokens)]
        for h in hosts:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "into"):
                    cands.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in HARM_VERBS:
                    cands.extend(_through(p) for p in c.children if p.dep_ in ("dobj", "nsubjpass"))
        for tok in cands:
            m = self._mention(tok, mentions, history)
            if m is not None and m.kind in ("civilians", "protesters"):
                return m.kind
            if m is None and tok.lemma_.lower() in CIVILIAN_TARGETS:
                return "civilians"
        return None

    @staticmethod
    def _habitual(fr: Frame, tense: str) -> bool:
        """'used to', or a pluperfect placed before the report (events/pluperfect.py), tells history."""
        v = fr.clause_verb
        if v is None:
            return False
        if v.lemma_ == "use" and v.tag_ == "VBD" and any(  # "used to bomb", not "used a bomb to blow up"
                c.dep_ == "xcomp" and c.i > v.i and v.nbor(1).lower_ == "to" for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_ == "use" and v.head.tag_ == "VBD" and \
                v.head.i + 1 < len(v.doc) and v.doc[v.head.i + 1].lower_ == "to" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return True  # "jets used to bomb X": the habitual past
        if tense == "pluperfect":
            return pluperfect_is_history(v)  # backshifted speech or the report's own event unless placed earlier
        return False

    @staticmethod
    def _date(expr: DateExpr | None, tense: str, published: datetime | date | None) -> tuple[str | None, str]:
        base = _as_date(published)
        if expr is not None and expr.date is not None:
            return expr.date.isoformat(), expr.precision
        if base is None:
            return None, "unknown"
        if expr is not None and expr.history:
            return None, "unknown"
        if tense in ("present", "perfect", "future", "nonfinite"):
            return base.isoformat(), "day"
        return base.isoformat(), "week"  # a recent past event with no day given

    def _speaker_actor(self, a: Attribution, mentions: list[ActorMention], history: list[ActorMention]
                       ) -> str | None:
        for s in a.speakers:
            m = self._mention(s, mentions, history)
            if m is not None:
                return for_event(m, self.actors, violent=True).name
        return None

    def _statements(self, seg: Segment, article: Article, mentions: list[ActorMention],
                    history: list[ActorMention], exprs: list[DateExpr], atts: list[Attribution],
                    pidx: _PlaceIndex, toponyms: list[Toponym], main: str | None) -> list[Event]:
        """A state, government or international body speaking on the record is an event itself."""
        out = []
        for a in atts:
            if a.according or a.lemma not in STATEMENT_VERBS or not a.speakers:
                continue
            m = self._mention(a.speakers[0], mentions, history)
            if m is None or not (m.kind in STATEMENT_KINDS or (m.kind == "person" and m.entry and m.country)):
                continue
            actor = for_event(m, self.actors, violent=False)
            etype = ontology.get("statement")
            fr = Frame(head=a.verb, clause_verb=a.verb)
            for c in a.verb.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    fr.locatives.extend(p for p in c.children if p.dep_ == "pobj")
            expr = date_for(a.verb, a.verb, exprs)
            tense = tense_of(a.verb)
            day, precision = self._date(expr, tense, article.published)
            background = is_background(expr, _age_base(article))
            places = self._containers_removed(self._places_of(fr.locatives, pidx), pidx)[:1]
            if not places:
                t = self._country_place(actor.country or main, toponyms, seg.start, seg.start, seg.end)
                places = [t] if t else []
            out.append(self._event(article, seg, etype, actor, None, places[0] if places else None, day,
                                   precision, [], "background" if background else "asserted", 0.5, a.verb.text,
                                   coder_source(day, expr.text if expr and expr.date else None)))
            if expr is not None and expr.date is not None:
                self._explicit.add(out[-1].id)
        return out

    @staticmethod
    def _event(article: Article, seg: Segment, etype: ontology.EventType, agent: Actor | None,
               patient: Actor | None, place: Toponym | None, day: str | None, precision: str,
               reported_by: list[str], modality: str, confidence: float, trigger: str,
               date_source: str | None = None, head=None) -> Event:
        """One coded event; `head` (the trigger's head token) lets an act that carries no toll by its type take the
        dead its sentence says it caused (`toll_act.kills_by`: a helicopter shot down)."""
        key = f"{article.id}|{seg.start}|{seg.end}|{etype.name}|{_place_key(place)}"
        acled = etype.acled
        killed = head is not None and acled is not None and acled[1] in KILLING_STRATEGIC and toll_act.kills_by(head)
        return coded_event(
            key, etype,
            article_id=article.id,
            evidence_text=seg.text,
            evidence_start=seg.start,
            evidence_end=seg.end,
            actor1=agent,
            actor2=patient,
            location=place,
            date=day,
            date_precision=precision,  # type: ignore[arg-type]
            date_source=date_source,
            reported_by=list(reported_by),
            modality=modality,  # type: ignore[arg-type]
            confidence=confidence,
            trigger=trigger,
            fatalities=event_fatalities(seg.span, acled[0] if acled else None, modality, acled[1] if acled else None,
                                        killed=killed),
        )


# Weapons that act as the subject of a generic verb ("a drone killed", "rockets hit"): the means
# decides the ACLED sub-type whoever fired them.
AERIAL_MEANS = frozenset({"drone", "warplane", "jet", "aircraft", "helicopter", "gunship", "bomber", "airstrike",
                          "plane", "uav"})
GROUND_FIRE_MEANS = frozenset({"rocket", "missile", "shell", "mortar", "artillery", "howitzer", "projectile"})


def _reports_done(verb: "Token | None", tense: str) -> bool:
    """The clause says its act is done: a past or perfect verb, or a bare participle with its own subject ('a car
    bomb killed 26': the tagger often reads it VBN, with no auxiliary it is still a finite past)."""
    if tense in ("past", "perfect", "pluperfect"):
        return True
    return verb is not None and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _instrument(agent: "Token | None") -> str | None:
    if agent is None:
        return None
    lemma = agent.lemma_.lower()
    if lemma in AERIAL_MEANS or agent.lower_.rstrip("s") in AERIAL_MEANS:
        return "air_strike"
    if lemma in GROUND_FIRE_MEANS or agent.lower_.rstrip("s") in GROUND_FIRE_MEANS:
        return "shelling"
    return None


def atts_for(head: "Token", atts: list[Attribution]) -> list[Attribution]:
    """Attributions whose reporting verb governs the trigger (for claim/deny modality)."""
    anc = {a.i for a in head.ancestors}
    return [a for a in atts if a.verb.i in anc]


def _age_base(article: Article) -> datetime | None:
    """The publication date an event's age is measured from, only when the input stated it.

    A date guessed from a file's modification time (or none at all) says nothing about
    when the text was written: 'On 12 March 2022, ...' in a JSONL record without a date is
    that day's news, not history of a text written today.
    """
    return article.published if article.published_from in ("metadata", "option") else None


def _as_date(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _headlines(segs: list[Segment]) -> list[int]:
    """Evidence offsets of a headline: a first line standing alone, without final punctuation."""
    if len(segs) < 2:
        return []
    first = segs[0]
    alone = all(s.paragraph != first.paragraph for s in segs[1:])
    return [first.start] if alone and not first.text.rstrip("\"”’'») ").endswith((".", "!", "?")) else []


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})  # grammar: a relative clause's subject


def _actor_spans(mentions: list[ActorMention], agent_m: ActorMention | None) -> set[int]:
    """Tokens of actor phrases: countries inside them ("ministers of Iran", the subject "Israel") are not places."""
    spans = {i for m in mentions if m.kind != "country" for i in range(m.start, m.end)}
    if agent_m is not None:
        spans.update(range(agent_m.start, agent_m.end))
    return spans


def _most_specific(events: list[Event]) -> list[Event]:
    """One event per sentence, place and ACLED event type where ACLED codes one (ontology.ONE_PER_SENTENCE)."""
    keys = [(e.evidence_start, e.acled_event_type or "", _place_key(e.location)) for e in events]
    best: dict[tuple[int, str, str], Event] = {}
    for e, key in zip(events, keys):
        order = ontology.ONE_PER_SENTENCE.get(e.acled_event_type or "")
        if not order or e.modality == "background" or e.acled_sub_event_type not in order:
            continue
        old = best.get(key)
        # a reported event before a planned one ("launched an offensive [to recapture] X": the offensive),
        # then the surer reading; on a tie, the more specific sub-type
        if old is None or (e.modality in UNREPORTED, -e.confidence, order.index(e.acled_sub_event_type)) < \
                (old.modality in UNREPORTED, -old.confidence, order.index(old.acled_sub_event_type or "")):
            best[key] = e
    out = []
    for e, key in zip(events, keys):
        kept = best.get(key)
        if kept is None or kept is e or e.modality == "background":
            out.append(e)
            continue
        kept.actor1 = kept.actor1 or e.actor1  # the dropped report may name who acted
        kept.actor2 = kept.actor2 or e.actor2
        kept.fatalities = max(kept.fatalities or 0, e.fatalities or 0)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, type and place; the merged one keeps the best of each.

    Background history is never merged with news (as in `consolidate`): 'forces which had advanced to the
    airbase were driven back' tells a reported event beside its background, and the surer background cue
    must not absorb the report."""
    out: dict[tuple[int, str, str, bool], Event] = {}
    for e in events:
        key = (e.evidence_start, e.event_type, _place_key(e.location), e.modality == "background")
        old = out.get(key)
        if old is None:
            out[key] = e
            continue
        # a reported event before a planned one of the same type (see `_most_specific`), then the surer
        best, other = (e, old) if (e.modality not in UNREPORTED, e.confidence) > \
            (old.modality not in UNREPORTED, old.confidence) else (old, e)
        best.actor1 = best.actor1 or other.actor1
        best.actor2 = best.actor2 or other.actor2
        best.reported_by = best.reported_by + [s for s in other.reported_by if s not in best.reported_by]
        if best.date_precision == "unknown" and other.date_precision != "unknown":
            best.date, best.date_precision, best.date_source = other.date, other.date_precision, other.date_source
        out[key] = best
    return list(out.values())


def extract_events(doc: "Doc", article: Article, toponyms: list[Toponym]) -> list[Event]:
    """Code the events of one parsed article (see module docstring for how places are chosen).

    The lexicon and actor dictionary are cached per process (and per FRONTWATCH_* setting).
    """
    events = EventExtractor().extract(doc, article, toponyms)
    stamp_date_sources(events, article.published_from)
    return events
