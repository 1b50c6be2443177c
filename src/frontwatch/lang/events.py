"""Event coding for one sentence in Arabic, Russian, Ukrainian, Greek, Spanish, Turkish, Persian or French.

`code_sentence` is the non-English counterpart of events/extract.py: the same Event
records (internal type mapped to ACLED and PLOVER by events/ontology.py, actors, place,
date, modality, sources, fatalities), with the evidence left in the original language.
No parser we may install covers these languages, so the frame the English coder reads
from a parse is read here from word order and cue words:

- triggers from the language's lexicon (lang/triggers.py), on lemmas, stems and
  clitic-stripped forms;
- the agent is the nearest actor on the subject side of the trigger (before it; after a
  verb in Arabic, which puts the verb first), the patient the nearest on the other side;
  generic types ('attack', 'bombing') are refined by their kinds exactly as in English
  (ontology.refine: an attack on civilians is ACLED 'Attack', bombs from a state are air
  strikes);
- the place is the sentence's place the trigger is closest to, preferring one introduced
  by a locative cue ('в', 'في', 'σε', '-de') and one finer than a country; takeovers take
  every place on their object side; statements and accusations happen where the actor is;
- modality from negation, plan and condition cues before the trigger, denial verbs,
  and a speaker reporting its own violence (a claim); dates from lang/event_dates.py;
- reported_by from attribution cues ('заявил', 'σύμφωνα με', 'selon', 'göre', 'به گفته').

Words that tell an outcome ('killed', 'wounded') code an event only when the sentence
names no act of violence of its own, so 'an air strike killed five' is one air strike, and
only when someone is named doing it: 'nineteen were killed in the blast at the plant' is an
accident or a toll (on the tune part of dev/events-ml such readings were 11 false events, none true).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Protocol

from frontwatch.events import ontology
from frontwatch.events.actors import ActorDictionary, default_dictionary
from frontwatch.events.coded import coded_event
from frontwatch.events.coref import synthetic_country
from frontwatch.events.date_source import coder_source
from frontwatch.events.date_source import stamp as stamp_date_sources
from frontwatch.events.main_event import mark_sentence_main
from frontwatch.events.place_role import contains as holds_place
from frontwatch.lang.accusations import LABEL_STRENGTH, label_accusations, voiced
from frontwatch.lang.act_setting import (
    not_of_other_acts,
    setting_over_parties,
    typed_settings,
    without_party_countries,
)
from frontwatch.lang.alleged_acts import ALLEGATION_TYPE, alleged_acts
from frontwatch.lang.asides import bracketed_words
from frontwatch.lang.bracket_years import bracketed_years
from frontwatch.lang.condemners import ACCUSING_TYPES, condemners
from frontwatch.lang.cues import SUPPORTED, Cues, UnsupportedLanguage
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.danger_sense import dangers
from frontwatch.lang.dateline import dateline_places, slug_end
from frontwatch.lang.disrupted_devices import disrupted_devices
from frontwatch.lang.domain_metaphors import domain_metaphors
from frontwatch.lang.escalation import escalations
from frontwatch.lang.event_actors import (
    LangActor,
    country_word_spans,
    find_actors,
    main_country,
)
from frontwatch.lang.event_dates import LangDate, date_spans, find_dates, news_days
from frontwatch.lang.event_filter import EventFilter, active_filter, apply_filter
from frontwatch.lang.event_scope import (
    VERB_FINAL,
    VERB_FIRST,
    arrest_charges,
    arrest_reasons,
    comment_refusals,
    commercial_deals,
    described_people,
    infinitive_triggers,
    named_near,
    opinion_verbs,
    subsumed_generics,
    topic_triggers,
    unanchored_nouns,
)
from frontwatch.lang.event_tokens import (
    DIGITS,
    PhraseList,
    Word,
    cue_phrases,
    is_future_form,
    is_past_verb,
    normalize,
    words,
)
from frontwatch.lang.finest_place import without_containers
from frontwatch.lang.geoparse import list_fillers, list_joint
from frontwatch.lang.guest_objects import stray_objects
from frontwatch.lang.labour_deals import labour_agreements
from frontwatch.lang.lay_domain import lay_triggers, political_actor
from frontwatch.lang.legal_norms import norm_triggers
from frontwatch.lang.lifted_acts import lifted_measures
from frontwatch.lang.light_verbs import compound_verb_noun, light_verb_suffix
from frontwatch.lang.litigation import civil_claims
from frontwatch.lang.market_moves import market_moves
from frontwatch.lang.mood import mood_triggers
from frontwatch.lang.name_spans import inside, name_spans, named_places
from frontwatch.lang.noun_anchor import anchored_nouns
from frontwatch.lang.noun_arguments import has_argument
from frontwatch.lang.noun_case import topic_nouns
from frontwatch.lang.noun_tense import future_nouns
from frontwatch.lang.object_senses import other_senses
from frontwatch.lang.offer_sense import goods_offers
from frontwatch.lang.parenthetical import parenthetical_support
from frontwatch.lang.participle_nouns import (
    attributive_participles,
    nominal_participles,
    prenominal_participles,
)
from frontwatch.lang.passive import is_passive, outcome_agent, passive_agent
from frontwatch.lang.past_habit import past_habits
from frontwatch.lang.place_goal import goal_prepositions
from frontwatch.lang.prevented import prevented_acts
from frontwatch.lang.protest_topics import headed_topics, protest_objects
from frontwatch.lang.proximity import any_within, within
from frontwatch.lang.questions import question_triggers
from frontwatch.lang.resources import load as load_resources
from frontwatch.lang.signed_instruments import one_party_signatures
from frontwatch.lang.social_ills import fights_against_ills
from frontwatch.lang.stance import opinion_triggers, recalled_triggers
from frontwatch.lang.standing_stance import standing_stances
from frontwatch.lang.subject_senses import inanimate_subjects
from frontwatch.lang.tender_bids import rejected_bids
from frontwatch.lang.trigger_names import named_triggers
from frontwatch.lang.trigger_scope import unreported_nouns
from frontwatch.lang.triggers import LangTrigger, find_triggers
from frontwatch.lang.warning_sense import forecasts
from frontwatch.model import Actor, Article, Event, Place, Sentence, Toponym

BACKGROUND_DAYS = 30  # as events/dates.py: older than this before publication is history
OBJECT_FIRST = VERB_FINAL  # the object precedes the verb
MODIFIER_FIRST = frozenset({"tr"})  # a noun's modifiers precede it ("Ankara'daki saldırı")
PLAN_WINDOW = 3
GOVERNED_GAP = 2  # words between a political act and the locative phrase it governs ('visita oficial a X')
VICTIM_WINDOW = 6
VICTIM_KINDS = ("civilians", "protesters")  # people an act is done to: never its doers when named after its noun
# acts on things, not people (mlG44): protesters alone beside one are its doers, not its victims ('göstericiler otomobilleri
# ateşe verdi', 'معترضان ... ساختمان استانداری را به آتش کشیدند'), so ontology.refine makes it a riot, as ACLED codes
# destruction by demonstrators
PROPERTY_TYPES = ("looting", "destruction")
# words protesters say (mlJ44): a demand, a condemnation or a refusal whose doer is protesters is what their protest
# says ('Manifestantes exigieron la renuncia', 'протестующие потребовали отставки'); ACLED codes the protest, one event
PROTEST_SPEECH_TYPES = ("request", "accuse", "reject")
# Confidence terms (chosen on the tune part of dev/events-ml): a political noun with nobody acting is
# mostly a noun in passing ('sanctions hurt'); violence told without its place is weaker evidence.
NO_ACTOR_PENALTY = 0.15
QUOTE_SPEAKER_WORDS = 4  # words before a headline's colon that name its speaker ('مطهری به ظریف')
NO_PLACE_PENALTY = 0.2
MIN_CONFIDENCE = 0.5  # below it a reading is too weak to report
CONDITION_WINDOW = 5
SPEAKER_WINDOW = 4
NUMBER_WINDOW = 3
# (mlB50) the count of dead from which an attack noun with no doer named is told violence, not ordinary crime: a crime
# story kills one, a toll of several is the wire's unattributed attack
TOLL = 2
AERIAL_TYPES = frozenset({"shelling", "bombing", "strike", "attack"})
COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR")


class PlaceMention(Protocol):
    """What the caller gives for each place of the sentence: offsets into `text`, and the
    resolved gazetteer entry (None when unresolved). model.Toponym is one."""

    start: int
    end: int
    text: str
    place: Place | None


@dataclass
class _Located:
    mention: PlaceMention
    first: int  # word indices covered
    last: int
    country_level: bool


@cache
def _cue_lists(lang: str) -> dict[str, PhraseList]:
    c = load_cues(lang)

    def pl(items: tuple[str, ...]) -> PhraseList:
        return PhraseList(list(items), [True] * len(items), c)

    return {"reporting": pl(c.reporting), "according": pl(c.according), "openers": pl(c.content_openers),
            "deny": pl(c.deny), "claim": pl(c.claim),
            "negation": pl(c.negation), "zero": pl(c.zero_determiners), "negated_any": pl(c.negated_any), "not_negation": pl(c.not_negation), "planned": pl(c.planned), "hypothetical": pl(c.hypothetical), "failed": pl(c.failed),
            "coming_days": pl(c.coming_days),
            "locative": pl(c.locative), "killed": pl(c.killed), "aerial": pl(c.aerial),
            "object_marker": pl(c.object_marker)}


def _same_place(a: _Located, b: _Located) -> bool:
    """The same mention, or another mention of the same gazetteer place ('طولكرم' ... 'في مدينة طولكرم')."""
    if a is b:
        return True
    pa, pb = a.mention.place, b.mention.place
    return pa is not None and pb is not None and pa.geonameid == pb.geonameid


def _is_country(p: PlaceMention) -> bool:
    pl = p.place
    if getattr(p, "precision", None) == "relative":
        return False  # a part of a country ('the south of Lebanon') is finer than the country
    if pl is None:
        return getattr(p, "precision", None) == "country"
    return pl.precision == "country" or (pl.feature_code or "") in COUNTRY_CODES


def _actor_of_place(chosen: list[_Located], agent_m: LangActor | None, trigger_start: int) -> bool:
    """Does a place finer than a country follow the actor's words, at once or after the one noun they qualify, before
    the act ('азербайджанська діаспора Полтавщини засуджує': the country word is the actor, 'діаспора' the noun it
    qualifies)? The actor is then the one of that place, wherever its country word says it comes from (a diaspora, a
    community): the statement is made there, not in the country of origin (mlP54)."""
    return agent_m is not None and any(not p.country_level and 0 <= p.first - agent_m.end <= 1
                                       and p.last < trigger_start and p.mention.place is not None for p in chosen)


def _in_home_country(chosen: list[_Located], country: str, trigger_start: int) -> bool:
    """Is a place finer than a country, inside the actor's own country, named before the act
    (in the actor's phrase: 'el concejal ... del Ayuntamiento de Bergara ... presentó', 'діаспора
    Полтавщини засуджує')? The statement is then placed there, not at the country's centre point,
    hundreds of km from any town. A town after the act is its topic ('condenó el atentado de X')."""
    return any(not p.country_level and p.last < trigger_start and p.mention.place is not None
               and getattr(p.mention.place, "country", None) == country for p in chosen)


def _locate(places: Sequence[PlaceMention], ws: list[Word]) -> list[_Located]:
    out = []
    for p in places:
        idx = [w.i for w in ws if w.start < p.end and p.start < w.end]
        if idx:
            out.append(_Located(p, idx[0], idx[-1], _is_country(p)))
    return out


def _hits(lists: dict[str, PhraseList], name: str, ws: list[Word]) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _, _ in lists[name].find(ws)]


def _before(hits: list[tuple[int, int]], pos: int, window: int) -> bool:
    """Does a hit end within `window` words before the word at `pos`?"""
    return any_within((pos, pos + 1), hits, window, side="before")


def _coming_day(hits: list[tuple[int, int]], ws: list[Word], cues: Cues) -> bool:
    """A named day ('τη Δευτέρα', 'αύριο') in a sentence with no word that may be a past verb: the act is
    told in the present for a coming day, a plan (cues `coming_days`, `past_form`; an acronym is no verb)."""
    if not hits or not cues.past_form:
        return False
    return not any(re.search(cues.past_form, normalize(w.text, cues.lang, True)) for w in ws if not w.text.isupper())


def _numbers(ws: list[Word], cues: Cues) -> list[tuple[int, int]]:
    """(word index, value) of counts: digits in any script, and the language's number words."""
    out = []
    nums = {normalize(k, cues.lang, cues.strip_marks): v for k, v in cues.numbers.items()}
    for w in ws:
        t = w.text.translate(DIGITS).replace(",", "").replace(".", "")
        if t.isdigit() and len(t) <= 5:
            out.append((w.i, int(t)))
            continue
        hit = next((nums[k] for k in w.keys if k in nums), None)
        if hit is not None:
            out.append((w.i, hit))
    return out


def _fatalities(ws: list[Word], cues: Cues, lists: dict[str, PhraseList]) -> int:
    """The largest count next to a word of death (ACLED takes the lowest credible report;
    one sentence seldom gives two)."""
    killed = _hits(lists, "killed", ws)
    if not killed:
        return 0
    best = 0
    for i, v in _numbers(ws, cues):
        if 1900 <= v <= 2100:
            continue  # a year
        if any(-NUMBER_WINDOW <= s - i <= NUMBER_WINDOW or -NUMBER_WINDOW <= i - (e - 1) <= NUMBER_WINDOW
               for s, e in killed):
            best = max(best, v)
    return best


def _speaker(ws: list[Word], text: str, actors: list[LangActor], lo: int, hi: int, forward: bool,
             caseless: bool, used: set[int], names_only: bool = False, places: frozenset[int] = frozenset()
             ) -> str | None:
    """Who a cue names: an actor mention in the window (not the victims), else the capitalised
    words there; in a script without capitals, the words up to the next punctuation.
    The words of the speaker found are added to `used` (a speaker is not the doer)."""
    inside = [a for a in actors if lo <= a.start < hi and a.kind not in ("civilians", "protesters")]
    if inside:
        a = inside[0] if forward else inside[-1]
        used.update(range(a.start, a.end))
        return a.actor.name
    if names_only:
        return None
    if caseless and forward and lo < hi:
        run = [ws[lo]]
        for w in ws[lo + 1:hi]:
            if any(ch in text[run[-1].end:w.start] for ch in ",.;:،؛()«»\"") or len(run) >= 3:
                break
            run.append(w)
    else:
        run = [w for w in ws[lo:hi] if (w.text[:1].isupper() or w.text.isupper()) and w.i not in places]
    if run:
        used.update(range(run[0].i, run[-1].i + 1))
        return text[run[0].start:run[-1].end]
    return None


def _window(ws: list[Word], text: str, s: int, e: int, forward: bool, openers: frozenset[int] = frozenset()
            ) -> tuple[int, int, bool]:
    """Up to SPEAKER_WINDOW words after (or before) a cue, not across punctuation nor a word that opens the reported
    clause (`openers`, cues `content_openers`): a speaker is in the cue's own clause, and the subject of the clause
    reported after 'أن' or 'که' is the act's doer, not who told it."""
    stops = ",.;:!?،؛()«»\"“”"
    if forward:
        hi = e
        while hi < min(len(ws), e + SPEAKER_WINDOW) and hi not in openers and not (hi > e and any(
                c in text[ws[hi - 1].end:ws[hi].start] for c in stops)):
            hi += 1
        return e, hi, True
    lo = s
    while lo > max(0, s - SPEAKER_WINDOW) and lo - 1 not in openers and not any(
            c in text[ws[lo - 1].end:ws[lo].start] for c in stops):
        lo -= 1
    return lo, s, False


def _sources(ws: list[Word], text: str, cues: Cues, actors: list[LangActor], lists: dict[str, PhraseList],
             places: frozenset[int] = frozenset()) -> tuple[list[str], set[int]]:
    """Sources named by 'according to' phrases and reporting verbs, and the words naming them."""
    out: list[str] = []
    used: set[int] = set()
    lang, caseless = cues.lang, cues.caseless
    openers = frozenset(i for s, e in _hits(lists, "openers", ws) for i in range(s, e))
    for s, e in _hits(lists, "according", ws):
        # Turkish 'X'e göre' puts the source before the postposition
        lo, hi, forward = _window(ws, text, s, e, lang != "tr", openers)  # Turkish 'X'e göre': the source comes first
        name = _speaker(ws, text, actors, lo, hi, forward, caseless and forward, used)
        if name and name not in out:
            out.append(name)
    for s, e in _hits(lists, "reporting", ws):
        fwd, back = _window(ws, text, s, e, True, openers), _window(ws, text, s, e, False, openers)
        name = None
        order = (fwd, back) if lang in VERB_FIRST else (back, fwd)
        for names_only in (True, False):  # an actor on either side before any capitalised word
            for lo, hi, forward in order:
                trial: set[int] = set()
                name = _speaker(ws, text, actors, lo, hi, forward, caseless and forward, trial, names_only, places)
                if name:
                    used.update(trial)
                    break
            if name:
                break
        if name and name not in out:
            out.append(name)
    return out, used


def non_subjects(actors: list[LangActor], ws: list[Word], cues: Cues,
                 place_words: frozenset[int]) -> tuple[set[int], set[int], set[int]]:
    """The positions in `actors` of those a verb-final clause marks as no subject: right before the object marker
    ('را'), right after a preposition (`[scope] oblique_before`: 'از داعش', from ISIS), or in an object or oblique case
    (`[scope] oblique_end`: 'orduyu', 'askerlere', 'polisten'). A country or demonym word that is no place name (an
    adjective, 'İngiliz') takes the case of the noun it qualifies ('bir İngiliz gemisini': a British ship, the object).

    Why: in Persian and Turkish the verb comes last and the subject first, with the objects and obliques between, so
    the actor nearest before the verb is as often what it struck as who struck ('Husiler ... bir İngiliz gemisini
    vurdu'), and the source of a capture read as its doer turns a government's retaking into a group's ('... را از
    داعش پس گرفت'). The subject is the unmarked one. Returned: the marked positions, and among them the qualifiers,
    which name whose the object is, not the object (the ship struck, not British civilians); and apart, the
    possessors (`[scope] possessor_end`, the genitive: "Hızlı Destek Kuvvetleri'nin kontrolündeki"), no subject of a
    finite verb but the doer of a verbal noun ("IŞİD'in Musul'u ele geçirmesi"), which the caller tells apart."""
    ending = re.compile(cues.oblique_end) if cues.oblique_end else None
    markers = {m.casefold() for m in cues.object_marker}
    before = {m.casefold() for m in cues.oblique_before}
    out: set[int] = set()
    qualifiers: set[int] = set()
    possessive = re.compile(cues.possessor_end) if cues.possessor_end else None
    possessors = {k for k, a in enumerate(actors)
                  if possessive is not None and possessive.search(ws[a.end - 1].text.casefold().replace("’", "'"))}
    for k, a in enumerate(actors):
        nxt = ws[a.end].text.casefold() if a.end < len(ws) else ""
        if nxt in markers or (a.start > 0 and ws[a.start - 1].text.casefold() in before):
            out.add(k)
            continue
        if ending is None:
            continue
        last = ws[a.end - 1].text
        qualifier = a.kind in ("country", "civilians") and not place_words.intersection(range(a.start, a.end))
        if not qualifier and a.kind != "country" and ending.search(last.casefold().replace("’", "'")):
            if not _country_led_phrase(a, ws, cues):
                out.add(k)
        elif qualifier and a.end < len(ws) \
                and ws[a.end].text[:1].islower() and "'" not in ws[a.end].text and ending.search(nxt) \
                and not any(b.start <= a.end < b.end for b in actors):
            out.add(k)  # 'İngiliz gemisini': the adjective's noun is the object
            qualifiers.add(k)
    return out, qualifiers, possessors - out


def _country_led_phrase(a: LangActor, ws: list[Word], cues: Cues) -> bool:
    """Is the actor span a country word before a noun whose oblique case carries no compound possessive
    (`[scope] compound_case_end`)? Then the two are no compound ('ABD muhaliflere': to the opposition, the US being the
    subject) and the span, which the actor dictionary read as one group of that country, holds the clause's subject:
    it is not marked as an object. 'Suriye ordusunu' (the Syrian army, accusative) is a compound and stays marked."""
    if not cues.compound_case_end or a.end - a.start < 2:
        return False
    head = ws[a.end - 1].text.casefold().replace("’", "'")
    if re.search(cues.compound_case_end, head):
        return False
    return any(st == a.start and en < a.end for st, en, _ in country_word_spans(ws, cues.lang))


def _agent_patient(trig: LangTrigger, actors: list[LangActor], lang: str, marked: set[int] = frozenset(),
                   qualifiers: set[int] = frozenset()) -> tuple[LangActor | None, LangActor | None]:
    """The doer and the one acted on of a trigger among the sentence's actors. `marked`: positions in `actors` of
    noun phrases the grammar marks as no subject (`non_subjects`); in a verb-final clause the doer is the nearest
    unmarked actor before the verb, and a marked one between it and the verb is what was acted on (not a
    `qualifiers` one, which only says whose the object is)."""
    before = [a for a in actors if a.end <= trig.start]
    after = [a for a in actors if a.start >= trig.end]
    verb_first = lang in VERB_FIRST and trig.entry.pos != "N"
    if verb_first:
        agent = after[0] if after else (before[-1] if before else None)
        rest = after[1:] if after and agent is after[0] else after
        patient = rest[0] if rest else None
        if after and after[0].kind in VICTIM_KINDS and before and before[-1].kind not in VICTIM_KINDS:
            # (mlA55) subject first, as a clause reported after 'أن' puts it ('أن مسلحين قتلوا رجلا'): the victims
            # after the verb are its object and the actor before it the doer, not a doerless toll
            agent, patient = before[-1], after[0]
    elif marked and lang in OBJECT_FIRST and before and any(k in marked for k, a in enumerate(actors) if a in before):
        free = [a for k, a in enumerate(actors) if a in before and k not in marked]
        agent = free[-1] if free else None
        objects = [a for k, a in enumerate(actors) if a in before and k in marked and k not in qualifiers
                   and (agent is None or a.start >= agent.end)]
        patient = after[0] if after else (objects[-1] if objects else None)
    else:
        agent = before[-1] if before else None
        patient = after[0] if after else None
    if not verb_first:
        # 'the attack by X', 'обстрел ВСУ'; but victims named after an act's noun are what it struck, not its
        # doers, even when more people follow ('Saldırıda 2'si çocuk olmak üzere 5 Filistinli öldü')
        if agent is None and trig.entry.pos == "N" and after and after[0].kind not in VICTIM_KINDS:
            agent, patient = after[0], (after[1] if len(after) > 1 else None)
    if agent is not None and agent.kind in VICTIM_KINDS and patient is None \
            and not (agent.kind == "protesters" and trig.type in PROPERTY_TYPES + PROTEST_SPEECH_TYPES):
        return None, agent  # 'five civilians were killed': the victims, not the doers
    if trig.entry.pos == "N" and agent is not None and agent.kind == "civilians" and patient is not None \
            and patient.kind in VICTIM_KINDS:
        return None, patient  # civilians on both sides of an attack's noun are both its victims, no mob
        # ('sivillerin kaldığı okula yönelik saldırıda 2 çocuk öldü': civilians sheltered there, children died)
    return agent, patient


def _state(actor: Actor | None, d: ActorDictionary, violent: bool) -> Actor | None:
    if actor is not None and actor.kind == "country" and actor.country:
        return d.state_actor(actor.country, military=violent, text=actor.text)
    return actor


def _verb_suffix(trig: LangTrigger, ws: list[Word], cues: Cues, pattern: str) -> bool:
    """Whether a verb trigger's word goes on, after the stem the lexicon names, with a suffix `pattern` matches
    (from its start): the language marks negation, habit or condition on the verb itself."""
    if not pattern:
        return False
    light = light_verb_suffix(trig, ws, cues)  # 'saldırı düzenle|medi': a noun's suffixes are on its light verb
    if light is not None:
        return bool(re.match(pattern, light[1]))
    if trig.entry.pos != "V":
        return False
    items = trig.entry.phrase.split()
    for item, i in zip(items, trig.words):
        if item.endswith(("*", "+")):
            stem = normalize(item[:-1], cues.lang, cues.strip_marks)
            word = normalize(ws[i].text, cues.lang, cues.strip_marks)
            if word.startswith(stem) and re.match(pattern, word[len(stem):]):
                return True
    return False


def _construct_heads(zero: list[tuple[int, int]], ws: list[Word], cues: Cues, trigger_starts: set[int]
                     ) -> list[tuple[int, int]]:
    """(mlA50) A zero determiner's noun that heads a construct chain passes the determiner on to its genitive: 'لم تسجل
    أي حالات اعتقال' (no cases of arrest were recorded), 'أي عمليات قصف'. The head of an Arabic construct carries no
    article, and the noun after it is the chain's own; a head that is a trigger itself ('أي إصابات في الهجوم') or carries
    the article ends the phrase. Where cues `zero_construct` is set (ar)."""
    if not cues.zero_construct:
        return []
    articles = tuple(normalize(p, cues.lang) for p in cues.last_prefixes)
    return [(s, e + 1) for s, e in zero
            if e + 1 < len(ws) and e not in trigger_starts
            and not normalize(ws[e].text, cues.lang).startswith(articles)]


def _negated_verb(trig: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A verb negated by a suffix after the stem the lexicon names ('saldırmadı': did not attack)."""
    return _verb_suffix(trig, ws, cues, cues.negative_verb)


def _future_form(trig: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A verb trigger in a future tense the language marks on the verb ('visitará', 'frappera', 'vuracak')."""
    light = light_verb_suffix(trig, ws, cues)  # 'saldırılar düzenle|yeceğini': the noun's tense is its light verb's
    if light is not None:
        return any(light[1].lstrip("y").startswith(x) for x in cues.future_endings)
    if trig.entry.pos != "V":
        return False
    for i in trig.words:  # the inflected word of 'ele geçirilecek' is the last one
        if is_future_form(ws[i].text, cues):
            return True
        w = normalize(ws[i].text, cues.lang, cues.strip_marks)
        # Arabic 'سيهاجم' (will attack): the future prefix before a stem that does not itself begin so ('سيطر')
        first = normalize(trig.entry.phrase.split()[0].rstrip("*+"), cues.lang, cues.strip_marks)
        if any(w.startswith(x) and not first.startswith(x[:1]) for x in cues.future_prefixes):
            return True
    return False


def _colon_quote(text: str, ws: list[Word], place_words: frozenset[int] = frozenset()) -> bool:
    """A colon after the sentence's first words (a speaker, or 'X to Y') with words after it: quoted speech. Not
    after a place alone: 'أثينا: أطلقت ...' is a dateline, the city the item was filed from."""
    colon = text.find(":")
    before = [w.i for w in ws if w.end <= colon]
    return 0 < len(before) <= QUOTE_SPEAKER_WORDS and any(w.start > colon for w in ws) \
        and not all(i in place_words for i in before)


def _content_start(text: str, ws: list[Word], quoted: bool, reporting: list[tuple[int, int]]) -> int | None:
    """The first word of a sentence's reported content: after a speaker's colon, else after its first reporting
    verb; None when it reports no one's words."""
    if quoted:
        colon = text.find(":")
        return next(w.i for w in ws if w.start > colon)
    return min(e for _, e in reporting) if reporting else None


def _places_for(trig: LangTrigger, etype: ontology.EventType, located: list[_Located], locative: list[tuple[int, int]],
                actor_words: set[int], lang: str, tr_suffix: set[int], goal_words: frozenset[int] = frozenset(),
                joiners: set[int] = frozenset(), commas: set[int] = frozenset(),
                possessors: set[int] = frozenset(), text: str = "") -> list[_Located]:
    cands = [p for p in located if not (set(range(p.first, p.last + 1)) & actor_words)]
    if not cands:
        return []
    # a country named as the setting ('déployé ... en Roumanie') is where the act was, not the party named
    # beside it ('La France a déployé'), whatever the act (lang/act_setting.py)
    cands = setting_over_parties(cands, locative, tr_suffix, goal_words)
    fine = [p for p in cands if not p.country_level]
    # the country a visit or talks go to, right after the act ('visita oficial a Hungría'), is their
    # place even when a town is named elsewhere in the sentence
    governed = [p for p in cands if p.country_level and not etype.violent
                and within((trig.start, trig.end), (p.first, p.first + 1), GOVERNED_GAP, side="after", inclusive=True)
                and p.first - 1 in goal_words]
    pool = (fine + governed) or cands
    # a region named only to locate a village of it ('смт X в Сумській області') is not the act's place
    pool = without_containers(pool, lambda big, small: holds_place(big.mention, small.mention))

    def distance(p: _Located) -> int:
        return p.first - trig.end + 1 if p.first >= trig.end else trig.start - p.last

    def score(p: _Located) -> float:
        s = -float(distance(p))
        if _before(locative, p.first, 3) or p.last in tr_suffix:
            s += 3.0
        if p.mention.place is None:
            s -= 2.0
        return s

    if etype.name.startswith("territory"):
        side = [p for p in pool if (p.last < trig.start if lang in OBJECT_FIRST else p.first >= trig.end)]
        # the territory taken, not its taker named in the genitive ("Birleşik Devletler'in ... Filipin takımadalarını
        # ... ele geçirmesi"); a genitive place alone keeps its reading ("şehrin kontrolünü ele geçirdi")
        taken = [p for p in side if p.last not in possessors]
        if taken and len(taken) < len(side):
            return sorted(taken, key=lambda p: p.first)
        if len(side) > 1:
            return sorted(side, key=lambda p: p.first)
    best = max(pool, key=score)
    # a statement is made at one place, where it was said: a list under its verb names what it is about ('criticó la
    # ausencia de licenciaturas en Huesca y Teruel'), so only a list of own locative phrases stands for it
    return _listed_with(best, pool, locative, joiners, commas, text if etype.locate != "actor" else "", lang,
                        tr_suffix)


def _listed_with(best: _Located, pool: list[_Located], locative: list[tuple[int, int]],
                 joiners: set[int], commas: set[int] = frozenset(), text: str = "", lang: str = "",
                 tr_suffix: set[int] = frozenset()) -> list[_Located]:
    """The chosen place and the places listed with it, each in a locative phrase of its own ('στην
    Αττική, στην Θεσσαλονίκη και στην Ημαθία'): neighbours with only commas, 'and' words and
    locative words between, and a comma or an 'and' among them ('в районі на Харківщині' is a
    district within its region, one place); or under one locative word (`_one_phrase_list`, given the
    sentence's `text`). The guideline codes one event per place of such a list. A bare list ('Russia
    and Georgia signed') is of parties, not of places, and is left alone."""

    def joined(a: int, b: int) -> bool:  # the words strictly between a and b
        gap = range(a + 1, b)
        return all(i in glue for i in gap) and any(i in joiners or i in commas for i in range(a + 1, b + 1))

    glue = joiners | {i for s, e in locative for i in range(s, e)}
    preps = {e for s, e in locative}  # a place right after a locative word has its own phrase
    shared = _one_phrase_list(best, pool, preps, text, lang, tr_suffix) if text and lang else []
    if best.first not in preps:
        return shared or [best]
    chain = [best]
    for step in (-1, 1):
        cur = best
        while True:
            nxt = [q for q in pool if q not in chain and q.first in preps and (
                (step > 0 and q.first > cur.last and joined(cur.last, q.first)) or
                (step < 0 and q.last < cur.first and joined(q.last, cur.first)))]
            if not nxt:
                break
            cur = min(nxt, key=lambda q: abs(q.first - best.first))
            chain.append(cur)
    return sorted(chain + [q for q in shared if q not in chain], key=lambda p: p.first)


def _one_phrase_list(best: _Located, pool: list[_Located], preps: set[int], text: str, lang: str,
                     tr_suffix: set[int]) -> list[_Located]:
    """The places listed with `best` under one locative word (mlQ49): 'в Харкові та Сумах', 'في إدلب وحماة',
    'en Idlib, Hama y Alepo', and Turkish 'İdlib ve Hama'da', whose case the last name carries for all. The run of
    neighbouring places whose gaps are list joints (`lang.geoparse.list_joint`, the geoparser's reading of a list;
    an 'and' glued to the next name, Arabic 'وحماة', is its joint), set as a whole: its first item right after a
    locative word or its last in a locative case. Its items are places finer than a country: a list of countries
    under one word names a scope, not the sites of one act ('посол в Кенії і Танзанії', the ambassador's posting;
    'طراح عملیات ها ... در عراق و لبنان', a campaign's reach), and a town with its country in apposition ('en
    Sevilla, España') is no list; and an 'and' is among the joints, so two names a comma parts are not one. []
    when `best` is in no such list: each item is where the act was, as in the guideline's 'troops shelled A and B'
    -> two events, and the single locative word says so for all."""
    res = load_resources(lang)
    fillers = list_fillers(lang)
    glued = tuple(c for c in res.and_words if c in res.proclitics)  # Arabic 'و' written on the next word

    def joint(a: _Located, b: _Located) -> tuple[bool, bool]:  # (a list's joint, an 'and' in it)
        gap = text[a.mention.end:b.mention.start]
        nxt = b.mention.text
        if glued and not gap.strip() and nxt.startswith(glued) and len(nxt) > 3:
            gap += nxt[:1] + " "
        return list_joint(gap, res.and_words, fillers), any(w.casefold() in res.and_words for w in gap.split())

    items = sorted({p.first: p for p in pool}.values(), key=lambda p: p.first)
    if best not in items:
        return []
    lo = hi = items.index(best)
    anded = False
    while lo > 0 and (j := joint(items[lo - 1], items[lo]))[0]:
        lo, anded = lo - 1, anded or j[1]
    while hi < len(items) - 1 and (j := joint(items[hi], items[hi + 1]))[0]:
        hi, anded = hi + 1, anded or j[1]
    run = items[lo:hi + 1]
    if len(run) < 2 or not anded or any(p.country_level for p in run):
        return []
    return run if run[0].first in preps or run[-1].last in tr_suffix else []


def _place_key(t: Toponym | PlaceMention | None) -> str:
    if t is None:
        return "-"
    if t.place is not None:
        return f"g{t.place.geonameid}:{t.place.lat:.3f},{t.place.lon:.3f}"
    rel = getattr(t, "relative", None) or {}
    return f"t:{rel.get('country') or t.text.lower()}"


def _as_toponym(p: PlaceMention, offset: int) -> Toponym:
    if isinstance(p, Toponym):
        if offset:
            return Toponym(start=p.start + offset, end=p.end + offset, text=p.text, place=p.place, score=p.score,
                           precision=p.precision, candidates=p.candidates, relative=p.relative, sentence=p.sentence)
        return p
    return Toponym(start=p.start + offset, end=p.end + offset, text=p.text, place=p.place,
                   precision=p.place.precision if p.place else None)


def _date_of(trig: LangTrigger, dates: list[LangDate], published: date | None, past_years: frozenset[int] = frozenset(),
             others: frozenset[int] = frozenset(), objects: frozenset[tuple[int, int]] = frozenset()
             ) -> tuple[str | None, str, bool, str | None]:
    """(ISO day, precision, background, date source mark) of an event: the date expression nearest the trigger.
    `past_years`: the first words of years that date a clause by themselves, read as past with no publication date
    (`_past_years`). `others`: relative pronouns after the trigger that open the clause of a nearer act noun (mlA55,
    `_other_relatives`): a date past one dates that clause, not this trigger ('جددت إدانتها للهجوم الذي استهدف السفارة في
    ... عام 2011': the attack is of 2011, the condemnation renewed is today's). `objects`: object markers before the
    trigger that close another act noun's object phrase (`_other_objects`, (noun end, marker)): a date between that noun
    and its marker is the noun's ('حمله به سفارت در اسفند ۱۳۹۴ را محکوم کرد': the attack is of 1394, the condemnation
    today's); a date before the noun ('در آن زمان ... این اتهام ها را رد کرد') is still the clause's."""
    dates = [x for x in dates if not any(trig.end <= r < x.start for r in others)
             and not any(n <= x.start and x.end <= m < trig.start for n, m in objects)]
    if dates:
        # at equal distance a day of the news (`event_dates.news_days`, no day of its own) wins: 'που είχε αποφυλακιστεί
        # τον Ιούνιο του 2016, συνελήφθη χθες' is yesterday's arrest
        d = min(dates, key=lambda x: (min(abs(x.start - trig.start), abs(x.end - trig.end)),
                                      not (x.date is None and x.precision == "day")))
        if d.history:
            return None, "unknown", True, None
        if d.date is not None:
            last = date(d.date.year, 12, 31) if d.precision == "year" else d.date  # a year ends on 31 December
            old = published is not None and last < published - timedelta(days=BACKGROUND_DAYS)
            old = old or (published is None and d.precision in ("year", "month") and d.start in past_years)
            return d.date.isoformat(), d.precision, old, coder_source(d.date.isoformat(), None, stated=d.stated)
    if published is None:
        return None, "unknown", False, None
    return published.isoformat(), "week", False, coder_source(published.isoformat(), None, stated=False)


def _other_relatives(trig: LangTrigger, triggers: list[LangTrigger], relatives: set[int]) -> frozenset[int]:
    """(mlA55) The relative pronouns after `trig` with another trigger between (cues `relatives`): the clause such a
    pronoun opens describes the nearer act noun ('إدانتها للهجوم الذي ...': the attack), whose date it may give; the
    trigger further back is another clause's act."""
    return frozenset(r for r in relatives if trig.end <= r
                     and any(t is not trig and trig.end <= t.start and t.end <= r for t in triggers))


def _other_objects(trig: LangTrigger, triggers: list[LangTrigger], markers: list[int]) -> frozenset[tuple[int, int]]:
    """(mlA55) (end of the act noun, marker) for each object marker ('را', cues `object_marker`) before `trig` with
    another trigger before it: the marker closes that noun's object phrase of a verb-final clause, and what stands
    between the noun and the marker (a date) is the noun's; the verb after the marker is the clause's own act."""
    return frozenset((max(t.end for t in before), m) for m in markers if m < trig.start
                     for before in [[t for t in triggers if t is not trig and t.end <= m]] if before)


def _past_years(dates: list[LangDate], ws: list[Word], cues: Cues, text: str = "") -> frozenset[int]:
    """With cues `undated_years_past`: the years that date their clause by a preposition before them ('в 2009 году',
    'en 1995', 'το 2012'), not a noun's modifier ('соглашений 2009 года') nor a month's year. Why: with no
    publication date to compare, news dates the day's happenings by the day ('вчера', 'el martes', '13 июня') and
    the past by its year, so an act so dated is background. A year after a word of bound (cues `undated_year_bounds`:
    Greek 'μέχρι το 2030', 'από το 2015') is a deadline or a course's start, not its clause's date. (mlA54) With cues
    `undated_year_plain` a year written right after the year word, with no bracket between ('وقع الاتفاق عام 1989'), dates
    its clause with no opener: Arabic prose puts the year adverb bare; the archive caption's closing date is bracketed
    ('عام (1994)') and dates the document, not an act."""
    if not cues.undated_years_past:
        return frozenset()
    # (mlB55) cues `undated_month_years_past`: a month or a part of a year with its year and no day ('τον Ιούλιο του
    # 2017', 'στα τέλη του 2011', lang/event_dates._absolute) dates the past as the bare year does
    months = frozenset(d.start for d in dates if cues.undated_month_years_past and d.precision == "month" and d.stated)
    before = {normalize(x, cues.lang) for x in cues.year_before}
    openers = {normalize(x, cues.lang) for x in cues.undated_year_openers}
    bounds = {normalize(x, cues.lang) for x in cues.undated_year_bounds}
    return months | frozenset(d.start for d in dates if d.precision == "year" and d.start > 0
                     and normalize(ws[d.start - 1].text, cues.lang) in before
                     and (not openers or (d.start > 1 and normalize(ws[d.start - 2].text, cues.lang) in openers)
                          or (cues.undated_year_plain and text[ws[d.start - 1].end:ws[d.start].start].isspace()))
                     and not (d.start > 1 and normalize(ws[d.start - 2].text, cues.lang) in bounds))


def _as_date(published: date | datetime | None) -> date | None:
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def code_sentence(text: str, lang: str, places: Sequence[PlaceMention], published: date | datetime | None = None,
                  *, article_id: str = "", offset: int = 0, dictionary: ActorDictionary | None = None,
                  learned_filter: bool | EventFilter = True) -> list[Event]:
    """The events one sentence reports, as the English coder's Event records.

    `places` are the sentence's place mentions (offsets into `text`); `offset` is where the
    sentence starts in its article (evidence and place offsets are shifted by it);
    `published` dates relative phrases. `learned_filter`: the learned precision filter of
    lang/event_filter.py (True: the packaged one, if kept; False: none; or a filter to use).
    Pure: no I/O beyond the packaged data files.
    """
    drafts = candidate_events(text, lang, places, published, article_id=article_id, offset=offset,
                              dictionary=dictionary)
    if learned_filter is not False:
        flt = active_filter() if learned_filter is True else learned_filter
        drafts = apply_filter(text, lang, drafts, MIN_CONFIDENCE, flt)
    kept = one_per_happening([e for e in drafts if e.confidence >= MIN_CONFIDENCE])
    stamp_date_sources(kept, None)  # where `published` came from is unknown here; code_article stamps again
    return kept


# a meeting noun's own participants follow it within this many words ('نشست های وزیران دو کشور', sessions of the
# ministers of the two countries); an official named further on ('به مناسبت هفته دولت') is not a party to it
PARTY_GAP = 2


def candidate_events(text: str, lang: str, places: Sequence[PlaceMention], published: date | datetime | None = None,
                     *, article_id: str = "", offset: int = 0, dictionary: ActorDictionary | None = None
                     ) -> list[Event]:
    """Every reading of a sentence the rules find, before the confidence floor and one per happening."""
    cues = load_cues(lang)
    d = dictionary or default_dictionary()
    pub = _as_date(published)
    ws = words(text, cues)
    if not ws:
        return []
    lists = _cue_lists(lang)
    # a place inside a name an outlet, party or firm noun introduces ('جريدة فلسطين') is not where anything happened
    in_names = named_places(text, lang, [(p.start, p.end) for p in places])
    located = _locate([p for k, p in enumerate(places) if k not in in_names], ws)
    default_country = main_country([m.mention.place.country for m in located if m.mention.place is not None])
    locative = _hits(lists, "locative", ws)
    and_words = load_resources(lang).and_words  # 'και', 've': join the places of a list
    joiners = {w.i for w in ws if w.text.casefold() in and_words}
    commas = {w.i for w in ws[1:] if "," in text[ws[w.i - 1].end:w.start]}  # words right after a comma
    # Turkish case endings after an apostrophe: any makes a name oblique (Suriye'nin), a locative one a setting
    cased = {w.i for w in ws if "'" in w.text and cues.locative_suffixes}
    tr_suffix = {i for i in cased if any(normalize(ws[i].text, lang).endswith(normalize(x, lang))
                                           for x in cues.locative_suffixes if "'" in x)}
    # or a type word after the name in that case ('Nanterre kentinde'): the name is as oblique and as much a setting
    typed = typed_settings([w.text.casefold() for w in ws], [(p.first, p.last) for p in located],
                           load_resources(lang).type_after, cues.locative_suffixes)
    cased |= typed
    tr_suffix |= typed
    # a name in the genitive ("Birleşik Devletler'in", "Altınordu Devleti'nin") owns what follows: the conqueror
    # (not an event's name, "Aspis Kuşatması'nın sonunda": at the end of the siege of Aspis)
    event_heads = tuple(h.casefold() for h in load_resources(lang).event_name_heads)
    possessors = {i for i in cased if any(normalize(ws[i].text, lang).endswith(normalize(x, lang))
                                          for x in cues.genitive_suffixes)
                  and not ws[i].text.casefold().startswith(event_heads or ("\0",))}
    oblique = frozenset(i for p in located if _before(locative, p.first, 2) or p.last in cased
                        for i in range(p.first, p.last + 1)) | cased
    found = find_triggers(ws, lang)  # read once for the verbs below and the triggers (frozen records; perf51)
    verb_words = frozenset(i for t in found if t.entry.pos == "V" for i in t.words)
    # a bare demonym right after a count names people ('5 Filistinli', 'en az 30 Filistinli'), not a year's country
    numbers = _numbers(ws, cues)  # (word, value) of the sentence's counts, read once for every use below
    counted = frozenset(i + 1 for i, v in numbers if not 1900 <= v <= 2100)
    # places named as a setting ('в Дамаске', "Mısır'da"): a country there names where, not whose ministry; where the
    # language marks the locative on the name itself, only that case does ('kentinde, İsrail ordusunun' is no setting)
    settings = frozenset(i for p in located if (p.last in tr_suffix if cues.locative_suffixes
                                                else _before(locative, p.first, 2))
                         for i in range(p.first, p.last + 1))
    actors = find_actors(ws, text, lang, default_country, d, oblique, verb_words, counted, settings)
    # (mlP46) a word of a longer place name is no actor of its own ('ود مدني', Wad Madani: 'مدني' is also 'civilian')
    actors = [a for a in actors if not any(p.first <= a.start and a.end - 1 <= p.last and p.last > p.first
                                           and (a.start, a.end - 1) != (p.first, p.last) for p in located)]
    actor_words = {i for a in actors for i in range(a.start, a.end) if a.kind != "country"}
    place_words = frozenset(i for p in located for i in range(p.first, p.last + 1))
    # a country named outside a locative phrase acts through its state ('Южная Корея предложила')
    not_named = place_words - frozenset(i for p in located if p.country_level for i in range(p.first, p.last + 1)
                                        if i not in oblique)
    reporting_hits, according_hits = _hits(lists, "reporting", ws), _hits(lists, "according", ws)
    according_words = {i for s, e in according_hits for i in range(s, e)}
    # a trigger word that is a place name ('Granada'), an actor or part of 'de acuerdo con' is none; a
    # phrase may name the actor after its head word ('ανάπτυξη στρατευμάτων': deployment of troops)
    triggers = [t for t in found
                if not (set(t.words[:1] if len(t.words) > 1 else t.words) & (actor_words | place_words | according_words))]
    named = named_triggers(triggers, ws, text, cues)  # 'Tigres de Liberación': a word of a name
    triggers = [t for k, t in enumerate(triggers) if k not in named]
    names = name_spans(text, lang)  # 'партії «УДАР»', 'Granada, 23 may (EFE).': a name's word is no act
    triggers = [t for t in triggers if not inside(names, ws[t.start].start, ws[t.start].end)]
    # a headline's colon after a name reports the words after it ('مطهری به ظریف: ...', 'Путин: ...'), as a verb would
    quoted = _colon_quote(text, ws, place_words)
    # a sentence in the first or second person is someone's own words: a quote going on ('ما با دشمنان ... مزدور ... مواجه هستیم')
    in_person = voiced(ws, cues)
    labels = label_accusations(ws, cues, 0 if in_person else _content_start(text, ws, quoted, reporting_hits),
                               frozenset(i for t in triggers for i in t.words))  # 'η φωτιά ήταν μια συνωμοσία'
    if labels:
        triggers = sorted(triggers + labels, key=lambda t: (t.start, t.end))
    if not triggers:
        return []
    dates = find_dates(ws, text, lang, pub)
    past_years = _past_years(dates, ws, cues, text) if pub is None else frozenset()
    relative_words = {r for r, _, _, _ in cue_phrases(lang, cues.relatives).find(ws)} if cues.relatives else set()
    if pub is None and cues.undated_month_years_past:  # (mlB55) 'χθες' nearer the act than a clause's past year
        taken = {i for d in dates for i in range(d.start, d.end)}
        dates = sorted(dates + [d for d in news_days(ws, lang) if not taken & set(range(d.start, d.end))],
                       key=lambda x: x.start)
    sources, speaker_words = _sources(ws, text, cues, actors, lists, place_words)
    doers = [a for a in actors if not speaker_words.intersection(range(a.start, a.end))]
    # objects and obliques of a verb-final clause, which are no doers however near the verb (`non_subjects`)
    marked, qualifying, owning = non_subjects(doers, ws, cues, place_words) if lang in OBJECT_FIRST else (set(), set(), set())
    marked_ids, qualifier_ids = {id(doers[k]) for k in marked}, {id(doers[k]) for k in qualifying}
    finite = re.compile(cues.finite_end) if cues.finite_end else None
    aerial = _hits(lists, "aerial", ws)
    negation, planned = _hits(lists, "negation", ws), _hits(lists, "planned", ws)
    failed = _hits(lists, "failed", ws)  # 'переговоры сорвались': the talks named did not take place
    zero = _hits(lists, "zero", ws)  # 'жодних обстрілів', 'ningún ataque': the noun after it did not happen
    # a negator inside a name negates nothing ('أطباء بلا حدود', Doctors Without Borders), nor one inside 'not only'
    # or 'nevertheless' ('не только обстреляли ..., но и ...': the first act is told as well)
    idioms = _hits(lists, "not_negation", ws)
    negation = [(s, e) for s, e in negation if not any(a.start <= s and e <= a.end for a in actors)
                and not any(a <= s and e <= b for a, b in idioms)]
    # 'لم تسجل أي اشتباكات': an 'any' word under a negator is a zero determiner (cues `negated_any`)
    zero += [(s, e) for s, e in _hits(lists, "negated_any", ws) if _before(negation, s, cues.negation_window)]
    zero += _construct_heads(zero, ws, cues, {t.start for t in triggers})
    hypothetical, deny, claim = _hits(lists, "hypothetical", ws), _hits(lists, "deny", ws), _hits(lists, "claim", ws)
    coming = _coming_day(_hits(lists, "coming_days", ws), ws, cues)
    # a wire dateline is where the item was filed, its slug ('RETIRADA -') a tag: the place of an event
    # only when the body names none (an agenda item: 'Minsk - Putin se reúne ...'); a slug word codes nothing
    datelines = dateline_places(text, [p.mention for p in located])
    slug = slug_end(text, [p.mention for p in located], datelines)
    triggers = [t for t in triggers if ws[t.start].start >= slug]
    body_places = [p for k, p in enumerate(located) if k not in datelines] or located
    asides = bracketed_words(text, ws)  # '(oeste de Kosovo)': where a name lies, not where the act was
    has_place = any(not (set(range(p.first, p.last + 1)) & actor_words) for p in located)
    acts = [t for t in triggers if not t.entry.outcome and ontology.get(t.type).violent]
    violent_spans = [(t.start, t.end) for t in triggers if ontology.get(t.type).violent]  # acts and their tolls
    object_ends = [s for s, _ in _hits(lists, "object_marker", ws)]  # 'را': a preceding object's phrase ends
    fatalities = _fatalities(ws, cues, lists)
    # Russian and Ukrainian tell what happened in the past tense: with no past verb in the sentence,
    # a political noun ('переговоры', 'санкции') names a plan, a topic or a habit, not an event
    told_past = lang not in ("ru", "uk") or any(is_past_verb(w.text, lang) for w in ws)
    if cues.past_verb:  # the same where a pattern on the verb's ending tells the past ('firmó', 'se reunieron')
        told_past = any(re.search(cues.past_verb, w.text.lower()) for w in ws)
    speakers = set(sources)

    drafts: list[Event] = []
    goal_words = goal_prepositions(ws, lang)  # 'a', 'в', 'до' before a place: where a visit or talks went
    reported = bool(reporting_hits or according_hits) or quoted or in_person
    infinitives, topics = infinitive_triggers(triggers, ws, cues), topic_triggers(
        triggers, ws, text, lang in OBJECT_FIRST, {k for k, t in enumerate(triggers)
                                                   if light_verb_suffix(t, ws, cues) or compound_verb_noun(t, ws, cues)},
        lang in MODIFIER_FIRST, lang in VERB_FIRST)
    future_clause = future_nouns(triggers, ws, text, cues)  # 'la reunión que se celebrará mañana'
    moods = mood_triggers(triggers, ws, text, cues)  # 'exigió que se retiraran', 'atacaría', 'чтобы войска отошли'
    anchored = anchored_nouns(triggers, ws, text, cues)  # 'после встречи', 'Встреча ... продолжалась'
    # a wrongdoing label predicated in reported words is told by the predication: no article, plural or verb
    # reading of nouns applies to it ('شما تروریست ها را ...': people so called, not a class of acts)
    label_ks = {k for k, t in enumerate(triggers) if t in labels}
    topics |= ((unanchored_nouns(triggers, ws, text, lang) - anchored) | unreported_nouns(triggers, ws, text, cues)) - label_ks
    topics |= prenominal_participles(triggers, ws, text, cues)  # 'tutuklanan subaylar': people named by an act
    topics |= nominal_participles(triggers, ws, cues) | attributive_participles(triggers, ws, cues)  # 'los detenidos
    topics |= commercial_deals(triggers, ws, cues) | subsumed_generics(triggers) | opinion_verbs(triggers, ws, cues)
    topics |= parenthetical_support(triggers, ws, text, cues)  # 'όπως υποστηρίζει': says, not backs
    topics |= fights_against_ills(triggers, ws, cues)  # 'combatir el terrorismo': a policy, no clash
    topics |= other_senses(triggers, ws, cues)  # 'поддерживает контакт': maintains, backs no one
    topics |= stray_objects(triggers, ws, text, cues)  # 'принял отставку министра': no guest received
    topics |= inanimate_subjects(triggers, ws, text, cues)  # 'ο σεισμός έπληξε': a disaster, no strike
    topics |= standing_stances(triggers, ws, cues)  # 'η ΕΣΕΕ υποστηρίζει ...': a position held, no act of backing
    topics |= topic_nouns(triggers, ws, text, cues)  # 'το σκεπτικό της καταγγελίας', 'για τη σύνοδο': a topic, no act told
    topics |= past_habits(triggers, ws, cues)  # 'τον κατηγορούσαν', 'solicitaban': a course or a habit, no act done
    topics |= prevented_acts(triggers, ws, cues)  # 'gösteri yapılmasına izin vermedi': kept from happening
    topics |= market_moves(triggers, ws, cues)  # 'تراجعت البورصة': a market's move, no fighting
    topics |= domain_metaphors(triggers, ws, cues)  # 'معركة تشريعية', 'الهجوم الإعلامي': a metaphor, no fighting
    topics |= forecasts(triggers, ws, cues)  # 'advirtió de que el precio puede caer': no coercion, no threat
    topics |= dangers(triggers, ws, text, cues)  # 'يشكل تهديدا للأمن', 'tehdit oluşturuyor': a danger, no threat made
    topics |= lifted_measures(triggers, ws, text, cues)  # 'تحریم ها لغو شد', 'yaptırımlar kaldırıldı': undone, not imposed
    topics |= rejected_bids(triggers, ws, cues)  # 'пропозицію ТОВ «...» відхилили': a tender decision
    topics |= one_party_signatures(triggers, ws, cues)  # 'kanunu imzaladı': a law signed, no agreement between sides
    topics |= norm_triggers(triggers, ws, text, cues)  # 'законопроект о запрете', 'запрещено курение': a norm, no act
    topics |= civil_claims(triggers, ws, cues)  # 'у позові вона вимагає': a claim in a civil suit, no demand between actors
    topics |= goods_offers(triggers, ws, text, cues)  # 'запропонувала 4 автомобіля': a bid or a grant, no proposal
    topics |= lay_triggers(triggers, ws, cues, actors)  # 'ο καθηγητής προειδοποίησε': no political actor acts
    topics |= labour_agreements(triggers, ws, cues, actors)  # 'principio de acuerdo' voted by the staff: labour
    topics |= comment_refusals(triggers, ws, cues)  # 'отказался от комментариев': no rejection between actors
    topics |= protest_objects(triggers, ws, text, cues)  # 'protesta contra los bombardeos': what is protested, no new act
    topics |= headed_topics(triggers, ws, text, cues)  # 'un documentaire sur la bataille': a work's topic, no new act
    topics |= opinion_triggers(triggers, ws, text, cues)  # 'اعتقاد بر این است که ...', 'считает, что ...': not told
    recalled = recalled_triggers(triggers, ws, text, cues)  # 'напомнил, что ...': background, not the news
    recalled |= bracketed_years(triggers, ws, text, cues)  # 'η σφαγή του Σετίφ (1945)': a past happening named
    topics |= arrest_reasons(triggers, ws, cues)  # 'συνελήφθη ... για την έκρηξη': the charge, no second event
    topics |= described_people(triggers, ws, text, cues)  # 'підозру депутату, який закликав': the charge's content
    topics |= arrest_charges(triggers) | question_triggers(triggers, ws, text, cues)  # '¿Quién atacó ...?': asked, not told
    turned, riots = escalations(triggers, ws, cues)  # 'акция протеста переросла в столкновения': one riot, no protest
    topics |= turned
    defused, seized = disrupted_devices(triggers, ws, cues)  # 'обезвредили взрывное устройство': no blast
    topics |= defused
    # the condemnations told ('осудили', 'kınadı', 'أدان'), not a charge an arrest is made on ('به اتهام')
    accusations = [t for k, t in enumerate(triggers) if t.type in ACCUSING_TYPES and k not in topics]
    # violence a named speaker alleges with no place, date, number or toll of its own: the speaker's accusation
    # (lang/alleged_acts.py)
    reported_from = [e for _, e in reporting_hits + according_hits]
    content_start = _content_start(text, ws, True, []) if quoted else (min(reported_from) if reported_from else None)
    dated = date_spans(ws, text, lang)  # word spans of the sentence's date expressions
    details = (place_words - actor_words) | {i for s, e in dated for i in range(s, e)} \
        | {i for i, v in numbers} | {i for t in triggers if t.entry.outcome for i in t.words} \
        | {i for s, e in _hits(lists, "killed", ws) for i in range(s, e)}
    # a named speaker, whom the words before the reported content set among political actors ('представитель США'):
    # the actor named as the speaker, else the nearest political actor before the content is the speaker's side
    framing = [a for a in actors if content_start is not None and a.end <= content_start and political_actor([a])]
    speaker_actor = next((a for a in framing if speaker_words.intersection(range(a.start, a.end))),
                         framing[-1] if framing else None)
    political_speaker = bool(sources) and speaker_actor is not None
    alleged = alleged_acts(triggers, ws, text, cues.stance_stops, content_start, political_speaker, details)
    for k, trig in enumerate(triggers):
        if k in topics:
            continue  # what another act is about ('called for sanctions'), or a noun no verb tells happened
        if trig.entry.outcome and acts:
            continue
        if trig.entry.place and not has_place:
            continue
        if trig.entry.speech and not reported:
            continue
        if not told_past and k not in anchored and trig.entry.pos == "N" and not ontology.get(trig.type).acled:
            continue
        if _before(hypothetical, trig.start, CONDITION_WINDOW):
            continue  # a condition or possibility reports no event
        if _verb_suffix(trig, ws, cues, cues.generic_verb):
            continue  # the aorist or a conditional on the verb ('tutuklanır', 'saldırırsa'): a habit or a condition
        # the subject of a condemnation is no doer of the act it condemns (lang/condemners.py)
        condemning = condemners(trig, accusations, doers, verb_first=lang in VERB_FIRST, object_first=lang in OBJECT_FIRST,
                                verb_words=verb_words, commas=commas) if trig.entry.pos == "N" and ontology.get(trig.type).violent else []
        free_doers = [a for j, a in enumerate(doers) if j not in condemning]
        if owning and finite is not None and trig.entry.pos == "V" and finite.search(ws[trig.end - 1].text.casefold()):
            # a genitive owns a noun of its own before a finite verb ('... Kuvvetleri'nin kontrolündeki'), no subject
            marked_ids = marked_ids | {id(doers[k]) for k in owning if doers[k].end < trig.start}
        agent_m, patient_m = _agent_patient(trig, free_doers, lang, {j for j, a in enumerate(free_doers) if id(a) in marked_ids},
                                            {j for j, a in enumerate(free_doers) if id(a) in qualifier_ids})
        by = passive_agent(trig, doers, ws, cues)  # 'fue atacado por insurgentes': the doer follows, the patient leads
        if by is None:
            by = outcome_agent(trig, doers, ws, cues)  # 'murieron a manos de paramilitares': the killers follow
        if by is not None:
            agent_m, patient_m = by, next((a for a in reversed(doers) if a.end <= trig.start), None)
        elif trig.type in cues.passive_doerless and is_passive(trig, ws, cues):
            continue  # 'призван защитить', 'καλούνται να': an obligation or a purpose, no one asking
        elif agent_m is not None and agent_m.kind == "protesters" and trig.type in PROTEST_SPEECH_TYPES \
                and is_passive(trig, ws, cues):
            agent_m, patient_m = None, agent_m  # 'los manifestantes fueron acusados': they are blamed, not blaming
        if trig.entry.outcome and agent_m is None:
            continue  # deaths with no act and no one killing: an accident, a disaster or a toll, not an event
        if trig.entry.agent and agent_m is None and not (trig.entry.pos == "N" and fatalities >= TOLL):
            # a crime with no armed, state or political doer named: ordinary crime; but an attack named by its noun
            # with a toll of several dead ('el ataque contra un convoy ... causó la muerte de dos cascos azules') is
            # told as the wire tells violence whose doer is unknown (ACLED's unidentified armed group)
            continue
        if trig.entry.parties and not any(
                a.named or within((trig.start, trig.end), (a.start, a.end), PARTY_GAP, side="after", inclusive=True)
                for a in doers):
            continue  # a sitting or a session with no state or body named, nor officials as its own: no talks
        base = ontology.get(trig.type)
        agent = _state(agent_m.actor if agent_m else None, d, base.violent)
        patient = _state(patient_m.actor if patient_m else None, d, base.violent)
        target_kind = patient.kind if patient else None
        if target_kind is None:  # 'opened fire, killing five civilians': the victims right after the act
            target_kind = next((a.kind for a in actors if a.kind in ("civilians", "protesters")
                                and within((trig.start, trig.end), (a.start, a.end), VICTIM_WINDOW, side="after")), None)
        typ = "riot" if k in riots else "weapons_disrupted" if k in seized else trig.type
        if typ in AERIAL_TYPES and any(abs(s - trig.start) <= 3 or abs(trig.end - e) <= 3 for s, e in aerial):
            typ = "air_strike"  # 'warplanes shelled', 'drone attack': the means decides, whoever fired
        if typ == "armed_clash" and target_kind == "civilians":
            # a clash word names two armed sides; without a parse, civilians next to it are its
            # bystanders or armed villagers ('se enfrentaron con civiles armados'), not its target
            target_kind = None
        if typ in PROTEST_SPEECH_TYPES and agent is not None and agent.kind == "protesters":
            typ = "protest"
        typ = ontology.refine(typ, agent.kind if agent else None, target_kind)
        etype = ontology.get(typ)
        strength = trig.entry.strength
        accuser = _state(speaker_actor.actor, d, False) if k in alleged and speaker_actor else None
        if accuser is not None and agent is not None and agent.name not in speakers | {accuser.name} and not (
                agent.country and agent.country == accuser.country):
            # the speaker accuses the act's doer, whom it names (one's own act told is a claim, and an act with no
            # doer accuses no one): ACCUSE, with the strength of the lexicon's words of blame; when a word of blame
            # tells it already ('denunció que ...'), the act is that accusation's content and adds nothing
            if accusations:
                continue
            typ, etype, strength = ALLEGATION_TYPE, ontology.get(ALLEGATION_TYPE), LABEL_STRENGTH
            agent, patient = accuser, agent
        if agent is not None and patient is not None and agent.name == patient.name:
            patient = None

        day, precision, background, date_source = _date_of(trig, dates, pub, past_years,
                                                           _other_relatives(trig, triggers, relative_words),
                                                           _other_objects(trig, triggers, object_ends))
        if background or k in recalled:
            modality = "background"
        elif (_before(negation, trig.start, cues.negation_window) or any(e <= trig.start for s, e in deny)
              or (trig.entry.pos == "N" and any(e == trig.start for s, e in zero))
              or _negated_verb(trig, ws, cues)
              or (trig.entry.pos == "N" and any_within((trig.start, trig.end), failed, PLAN_WINDOW, side="after"))):
            modality = "denied"
        elif coming or k in infinitives or k in future_clause or k in moods or _before(planned, trig.start, PLAN_WINDOW) or _future_form(trig, ws, cues) or (
                trig.entry.pos == "N" and any_within((trig.start, trig.end), planned, PLAN_WINDOW, side="after")) or any(
                trig.words[-2:][0] < s and e <= trig.end for s, e in planned):  # in the gap before a phrase's last word:
            # 'گفتگو خواهند کرد' (will talk); not the object's words before it ('از تصمیم ... استقبال کرد': welcomed the decision)
            modality = "planned"
        elif claim or (etype.violent and agent is not None and agent.name in speakers):
            modality = "claimed"
        else:
            modality = "asserted"

        pool = [p for p in body_places if p.first not in asides] or body_places
        if etype.locate == "actor" and cues.dative_prefixes:  # 'برقية ... الى الحاكم العسكري للضفة الغربية'
            pool = [p for p in pool if not p.mention.text.startswith(cues.dative_prefixes)] or pool
        chosen = _places_for(trig, etype, pool, locative, actor_words, lang, tr_suffix, goal_words, joiners, commas,
                             possessors, text)
        if etype.acled is None and not etype.violent:
            # a political act happens where the sentence sets it, not in a party's country (lang/act_setting.py)
            setting = without_party_countries(pool, locative, tr_suffix, goal_words)
            # nor at the place of the violent act it is about ('condemned the attack in Kabul': Kabul is the attack's)
            setting = not_of_other_acts(setting, (trig.start, trig.end), violent_spans, lang in MODIFIER_FIRST, tr_suffix,
                                        lang in OBJECT_FIRST, object_ends)
            if not setting and datelines:
                # the body sets the act nowhere (its countries are parties): it is where the item was filed,
                # the dateline's finest place ('EEUU - ESPAÑA - Washington - ... se entrevista'), as for a statement
                setting = without_party_countries([located[k] for k in sorted(datelines)], locative, tr_suffix,
                                                  goal_words)
            chosen = _places_for(trig, etype, setting, locative, actor_words, lang, tr_suffix, goal_words, joiners,
                                 commas, possessors, text) if setting else []
        if cues.noun_arguments and trig.entry.pos == "N" and base.violent and not has_argument(
                actor=agent is not None or patient is not None or bool(condemning) or (  # a person the actor list does not know
                    not cues.caseless and named_near(ws, trig.start, trig.end, not_named | speaker_words, lang)), victims=target_kind in ("civilians", "protesters"),
                fatalities=fatalities, placed=any(_before(locative, p.first, 3) or p.last in tr_suffix for p in chosen),
                trigger_span=(trig.start, trig.end), dates=dated,
                counts=[i for i, v in numbers if v > 1 and not any(s <= i < e for s, e in dated)]):
            continue  # 'حملة القصف اللاحقة', '80 درصد حملات': an attack named, none told (lang/noun_arguments.py)
        said_at = etype.locate == "actor" and bool(datelines)  # a statement is made where the item was filed
        if said_at:
            chosen = [located[min(datelines)]]
        locs: list[Toponym | None] = [_as_toponym(p.mention, offset) for p in chosen]
        if etype.locate == "actor" and not said_at and agent is not None and agent.country and not any(
                _before(locative, q.first, 3) for p in chosen for q in body_places if _same_place(p, q)) \
                and not _in_home_country(chosen, agent.country, trig.start) \
                and not _actor_of_place(chosen, agent_m, trig.start):
            # the act is where its actor is: the actor's country when the sentence names it for the actor; a
            # country guessed from the sentence's places ('Dışişleri Bakanlığı, Mısır'da ... saldırıyı kınadı':
            # Egypt is where the attack was) is none, and the places were not the act's setting either
            guessed = agent_m is not None and agent_m.country_guessed and agent_m.actor.country == agent.country
            locs = [] if guessed else [synthetic_country(agent.country, d.country_name(agent.country), offset,
                                                         offset + len(text))]
            if guessed:  # and the actor's country is unknown: 'the foreign ministry', not Egypt's
                agent = agent_m.unqualified or agent
        # political acts need no place (a statement is made where the actor is), violence does
        # a doer named, or the victims an attack's noun names ('saldırıda 5 sivil öldü'): either tells whose act
        # it was or on whom it fell (a verb's victims are its object, not proof of the act: 'فجر' is also dawn)
        victims = (etype.violent and trig.entry.pos == "N" and patient is not None
                   and patient.kind in VICTIM_KINDS)
        # an act a named actor condemns is attested as the doer's would be: the condemnation tells it happened
        conf = strength + (0.1 if agent or victims or condemning else 0.0)
        # a finite verb has a subject even where the language drops it ('pidió', 'ζήτησε'); a noun
        # needs an actor, a name or a country next to it ('sanctions hurt' is nobody's act)
        # a word of blame quoted after its speaker's name and a colon is the speaker's act ('مطهری به ظریف: ... تحقیر')
        someone = agent or patient or trig.entry.pos == "V" or (trig.entry.speech and (quoted or in_person)) or (
            k in label_ks and bool(sources)) or (  # the speaker named is who calls the other side so
            not cues.caseless and named_near(ws, trig.start, trig.end, not_named | speaker_words, lang)) or (
            # a meeting or a visit held somewhere ('در سفر به استان X'): someone went there
            etype.locate == "site" and any(_before(locative, p.first, 3) for p in chosen))
        conf += (0.1 if locs else -NO_PLACE_PENALTY * etype.violent) if etype.acled else (0.0 if someone else -NO_ACTOR_PENALTY)
        conf -= 0.1 if modality in ("claimed", "planned") else 0.0
        conf = round(min(0.99, max(0.05, conf)), 6)  # 0.6 - 0.1 is 0.4999...: the threshold compares tenths
        acled = etype.acled
        for loc in locs or [None]:
            key = f"{article_id}|{offset}|{lang}|{etype.name}|{_place_key(loc)}|{text}"
            drafts.append(coded_event(
                key, etype,
                article_id=article_id,
                evidence_text=text,
                evidence_start=offset,
                evidence_end=offset + len(text),
                actor1=agent,
                actor2=patient,
                location=loc,
                date=day,
                date_precision=precision,  # type: ignore[arg-type]
                date_source=date_source,
                reported_by=list(sources),
                modality=modality,  # type: ignore[arg-type]
                confidence=conf,
                trigger=text[ws[trig.start].start:ws[trig.end - 1].end],
                fatalities=fatalities if acled and modality in ("asserted", "claimed") and etype.violent else 0,
            ))
    return drafts


def _rank(x: Event, order: tuple[str, ...]) -> tuple[float, int]:
    """The surer reading first, then the more specific ACLED sub-type."""
    sub = x.acled_sub_event_type or ""
    return (-x.confidence, order.index(sub) if sub in order else len(order))


def one_per_happening(events: list[Event]) -> list[Event]:
    """One event per type and place, and per ACLED event type and place where ACLED codes one
    (ontology.ONE_PER_SENTENCE): the surer reading wins, then the more specific; the kept one
    inherits actors and fatalities the dropped one had."""
    best: dict[tuple[str, str], Event] = {}
    order_of = ontology.ONE_PER_SENTENCE
    for e in events:
        group = e.acled_event_type if e.acled_event_type in order_of else e.event_type
        key = (group or e.event_type, _place_key(e.location))
        old = best.get(key)
        if old is None:
            best[key] = e
            continue
        order = order_of.get(e.acled_event_type or "", ())
        keep, drop = (e, old) if _rank(e, order) < _rank(old, order) else (old, e)
        keep.actor1 = keep.actor1 or drop.actor1
        keep.actor2 = keep.actor2 or drop.actor2
        keep.fatalities = max(keep.fatalities, drop.fatalities)
        best[key] = keep
    kept = {id(e) for e in best.values()}
    acled_plover = {e.plover for e in best.values() if e.acled_event_type}
    return [e for e in events if id(e) in kept and (e.acled_event_type or e.plover not in acled_plover)]


def code_article(article: Article, sentences: Sequence[Sentence], toponyms: Sequence[Toponym]) -> list[Event]:
    """The events of a non-English article: `code_sentence` over its sentences, each given the
    toponyms inside it, the article's language and publication date; offsets stay the article's.

    Background events stay in the list (modality 'background'), as with the English coder:
    the caller decides whether to keep them.
    """
    lang = article.language or ""
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(f"no event coder for language {lang!r}; supported: {', '.join(SUPPORTED)}")
    out: list[Event] = []
    tops = sorted(toponyms, key=lambda t: t.start)
    for s in sentences:
        inside = [t for t in tops if s.start <= t.start and t.end <= s.end]
        local = [Toponym(t.start - s.start, t.end - s.start, t.text, t.place, t.score, t.precision, t.candidates,
                         t.relative, t.sentence) for t in inside]
        out.extend(code_sentence(s.text, lang, local, article.published, article_id=article.id, offset=s.start))
    stamp_date_sources(out, article.published_from)
    mark_sentence_main(out)  # as in English: the sentence's main event by the same chooser (no parse features here)
    return out
