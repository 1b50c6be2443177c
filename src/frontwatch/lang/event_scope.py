"""Which triggers of a non-English sentence name a happening, and which only its purpose or topic.

The English coder reads this from the parse (an xcomp or a prepositional object of 'called for'
is not an event of its own). The native coders have no parse, so two word-order readings stand
in for it, both chosen on the tune part of dev/events-ml and both language-independent:

- **infinitive**: a verb trigger in the infinitive ('призвал ввести санкции', 'propuso
  negociar', 'предложил обсудить') is a purpose, a proposal or the content of a demand, not
  something that happened; unless a verb of phase or success governs it ('начали обстреливать',
  'lograron ocupar': cues `phase`). Greek and Arabic have no infinitive: a verb right after the
  particle that makes it a complement ('ζήτησε να στηρίξει', 'قررت أن ترسل': cues
  `infinitive_marker`) is read the same way. Such a reading is kept as 'planned'.
- **topic noun**: a noun trigger that follows a political act in the same clause, within
  `TOPIC_WINDOW` words ('договорились о прекращении огня', 'призвали к новым санкциям',
  'переговоры о перемирии'), is what that act is about. A violent topic noun is dropped only
  under an act about what has not happened yet (a demand, a threat, talks, an agreement): a
  condemned or denounced attack did happen.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import (
    Word,
    cue_phrases,
    is_future_form,
    is_infinitive,
    is_past_verb,
    normalize,
)
from frontwatch.lang.proximity import any_within, within, words_within
from frontwatch.lang.triggers import LangTrigger

SOV_TOPIC_WINDOW = 10  # a verb-final clause puts the whole object between the topic noun and the verb
TOPIC_WINDOW = 4  # words between the act and its topic noun ('призвали к новым жестким санкциям')
# (mlP46) a verb-initial clause (Arabic) puts the subject and the object between a verb and its prepositional complement
# ('طالب الاتحاد الأفريقي طرفي النزاع في السودان بوقف فوري لإطلاق النار': demanded of the parties a ceasefire)
VSO_TOPIC_WINDOW = 8
PHASE_WINDOW = 2
TRAVEL_WINDOW = 6  # 'вылетел в Киев, чтобы провести встречу': the trip, its goal, the purpose word
MARKER_WINDOW = 2  # 'να μην στηρίξει': the marker, a negator, the verb
NAME_WINDOW = 6
VERB_WINDOW = 4
CLAUSE_STOPS = ",.;:!?()«»\"“”—–/"
# acts whose object has not happened (yet): any topic noun under them is no event
PROSPECTIVE = frozenset({"request", "threaten", "consult", "agreement", "ceasefire", "reject"})


VERB_FINAL = frozenset({"tr", "fa"})  # the complement comes before its verb
VERB_FIRST = frozenset({"ar"})  # the verb opens its clause, before subject and object (`topic_triggers`)


def infinitive_triggers(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of verb triggers in the infinitive that no phase verb governs nor a motion granted
    later in the sentence realises (cues `granted`), and of request verbs right after an infinitive: in a verb-final language that is the doer's own wish
    ('devlet işlerini teslim etmek istedi', he wanted to hand over), not a demand on another."""
    phase = cue_phrases(cues.lang, cues.phase).find(ws) if cues.phase else []
    markers = [m for m in cue_phrases(cues.lang, cues.infinitive_marker).find(ws) if _bare_marker(ws[m[1] - 1].text, cues)] \
        if cues.infinitive_marker else []
    travel = cue_phrases(cues.lang, cues.travel).find(ws) if cues.travel else []
    granted = [s for s, _, _, _ in cue_phrases(cues.lang, cues.granted).find(ws)] if cues.granted else []
    out = set()
    trigger_words = {i for t in triggers for i in t.words}
    for k, t in enumerate(triggers):
        light = _light_infinitive(t, ws, cues, trigger_words)
        if t.entry.pos != "V" and not light:
            continue
        if t.type == "request" and t.start > 0 and cues.lang in VERB_FINAL \
                and is_infinitive(ws[t.start - 1].text, cues.lang, cues.infinitive):
            out.add(k)  # a wish, not a request: 'teslim etmek istedi' (wanted to hand over)
            continue
        if not (light or any(is_infinitive(ws[i].text, cues.lang, cues.infinitive) for i in t.words)
                or any(_marker_governs(m, t, ws, cues) for m in markers)):
            continue
        if any((within((t.start, t.end), (s, e), PHASE_WINDOW, side="before")
                or (within((t.start, t.end), (s, e), cues.phase_after_window, side="after")
                    and not _negated_at(s, ws, cues)))
               and not is_future_form(ws[s].text, cues)
               for s, e, _, _ in phase):
            # 'удалось договориться'; not 'провести переговоры не удалось' (they failed to hold talks), nor a phase
            # verb in the future ('comenzarán a negociar', 'начнут обсуждать'): the act begins only then, a plan
            continue
        if t.type == "consult" and any(within((t.start, t.end), (s, e), TRAVEL_WINDOW, side="before")
                                       and _past(ws[s].text, cues)
                                       for s, e, _, _ in travel):
            continue  # 'вылетел в Киев, чтобы провести встречу': the trip made to meet is the visit (guideline §3)
        if any(g >= t.end for g in granted):
            continue  # 'клопотав накласти арешт ... і суд це клопотання задовольнив': the motion granted, the act ordered
        out.add(k)
    return out


def _marker_governs(marker: tuple, t: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """The complement particle `marker` (a `PhraseList.find` hit) stands within MARKER_WINDOW words before the verb
    trigger `t` and, where the language writes the subjunctive's particle like the complementizer (cues
    `marker_then_verb`: Arabic 'أنْ' and 'أنّ'/'إنّ'), only a negator stands between them. Why: the subjunctive particle
    is followed by its verb ('قررت أن ترسل', 'أن لا يهاجم'); a noun between is the subject of a clause the complementizer
    reports ('قال الجيش إن مسلحين هاجموا نقطة تفتيش', the army said that gunmen attacked): a fact told, not a wish (mlA54).
    Greek keeps the plain window: its clitic pronouns stand between 'να' and the verb ('να τον στηρίξει')."""
    if not within((t.start, t.end), marker, MARKER_WINDOW, side="before"):
        return False
    if not cues.marker_then_verb:
        return True
    negators = {normalize(x, cues.lang, cues.strip_marks) for x in cues.negation}
    return all(normalize(ws[i].text, cues.lang, cues.strip_marks) in negators for i in range(marker[1], t.start))


def _bare_marker(word: str, cues: Cues) -> bool:
    """The marker word ends in the marker itself, with no pronoun after it. Why: Arabic 'أنْ' (to, before the subjunctive)
    and 'أنّ'/'إنّ' (that, before a clause: 'قالت الشرطة إنها اعتقلت', the police said it arrested) are written alike
    without vowels, but only the complementizer takes a pronoun ('إنها', 'أنه', 'أنهم'): the word so written reports a
    clause, whose verb is told, not wished (mlA48). The lookup keys strip the pronoun, so the surface is checked here."""
    w = normalize(word, cues.lang, cues.strip_marks)
    return any(w.endswith(normalize(x, cues.lang, cues.strip_marks).split()[-1]) for x in cues.infinitive_marker)


def _light_infinitive(t: LangTrigger, ws: list[Word], cues: Cues, trigger_words: set[int]) -> bool:
    """A noun trigger whose light verb, right after it, is in the infinitive ('protesto etmek yerine', instead of
    protesting; 'saldırı düzenlemek için', to stage an attack): in a verb-final language the light verb carries
    the act's inflection, so the noun and its verb are one infinitive, read as a verb trigger in it is. Not when
    the infinitive is an act of its own ('saldırıyı kınamak': the attack is what is condemned)."""
    return (t.entry.pos == "N" and cues.lang in VERB_FINAL and t.end < len(ws) and t.end not in trigger_words
            and is_infinitive(ws[t.end].text, cues.lang, cues.infinitive))


def _negated_at(i: int, ws: list[Word], cues: Cues) -> bool:
    """The word before position i is a negator: a phase verb after its infinitive so negated tells a failure."""
    negators = {normalize(x, cues.lang, cues.strip_marks) for x in cues.negation}
    return i > 0 and normalize(ws[i - 1].text, cues.lang, cues.strip_marks) in negators


def _past(word: str, cues: Cues) -> bool:
    """A verb in the past where the language lets us tell it (pymorphy3 for ru/uk, cues `past_verb`);
    elsewhere the travel list itself holds past forms only."""
    if cues.lang in ("ru", "uk"):
        return is_past_verb(word, cues.lang)
    if cues.past_verb:
        return bool(re.search(cues.past_verb, word.lower()))
    return True


def named_near(ws: list[Word], start: int, end: int, skip: frozenset[int] | set[int], lang: str = "") -> bool:
    """A name (a capitalised word that is not a place, not the trigger) within NAME_WINDOW words of a
    trigger: in a cased script a political act done by a person or a party the actor list does not
    know ('Μητσοτάκης', 'ΣΥΡΙΖΑ', 'Навальный') still has someone acting, unlike a noun in passing
    ('sanctions hurt'). The sentence's first word is capitalised anyway: it counts only when the
    language's dictionary does not know it as a word ('Μητσοτάκης αποφάσισε', not 'Ο υπουργός')."""
    around = [*words_within((start, end), NAME_WINDOW, len(ws), side="before"),
              *words_within((start, end), NAME_WINDOW, len(ws), side="after")]
    return any(ws[i].text[:1].isupper() and i not in skip
               and (i > 0 or (bool(lang) and _unknown_word(ws[0].text, lang))) for i in around)


@lru_cache(maxsize=20_000)
def _unknown_word(text: str, lang: str) -> bool:
    import simplemma

    return not simplemma.is_known(text.lower(), lang=lang) and not simplemma.is_known(text, lang=lang)


def unanchored_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, lang: str) -> set[int]:
    """Russian and Ukrainian: indices of non-violent noun triggers with no past-tense verb within
    VERB_WINDOW words in their clause. 'Провели переговоры', 'переговоры сорвались' tell talks
    that happened; 'в ходе переговоров стороны обсудят', 'за столом переговоров' name a topic or
    a plan, and the past verb elsewhere in the sentence belongs to another clause."""
    if lang not in ("ru", "uk"):
        return set()
    past = [w.i for w in ws if is_past_verb(w.text, lang)]
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or ontology.get(t.type).violent:
            continue
        near = [i for i in past if within((t.start, t.end), (i, i + 1), VERB_WINDOW, side="either")]
        if not any(same_clause(ws, text, min(i, t.start), max(i, t.start)) for i in near):
            out.add(k)
    return out


def same_clause(ws: list[Word], text: str, a: int, b: int) -> bool:
    """No clause punctuation between word a's end and word b's start (quotes around a word or two
    are the speaker's own words inside the clause: 'назвал «циничным» участие'; (mlB53) the separator inside a
    number ('5,3 Ρίχτερ', '2.150 ευρώ') ends no clause)."""
    return not any(c in CLAUSE_STOPS for c in _unquoted(text)[ws[a].end:ws[b].start])


_SHORT_QUOTE = re.compile(r"[\"«“]([^\"«»“”,.;:!?()]{1,30})[\"»”]")
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)[,.](?=\d)")


@lru_cache(maxsize=4096)
def _unquoted(text: str) -> str:
    """The text with the marks of short quotations (up to 30 characters, no punctuation) and the separators inside
    numbers blanked, same length."""
    return _NUMBER_SEPARATOR.sub(" ", _SHORT_QUOTE.sub(lambda m: " " + m.group(1) + " ", text))


def topic_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, object_first: bool = False,
                   verbal: Collection[int] = frozenset(), modifier_first: bool = False,
                   verb_first: bool = False) -> set[int]:
    """Indices of noun triggers that are the topic of a political act in their clause: an act
    before them, or, where the object precedes the verb (Turkish, Persian), a verb after them
    at the clause's end ('مسکو مشارکت در حمله ... را رد کرده است'). `verbal`: noun triggers that head a
    predicate with the light verb after them ('ateşkes çağrısında bulundu': lang/light_verbs.py), which govern
    as a verb does. `modifier_first`: a noun's modifiers precede it (Turkish), so a noun act before another noun
    is what that noun is about ('ateşkes çağrısı', a call for a ceasefire), never its governor, and a verb before a
    noun is a relative's participle or an earlier clause's end, no governor either (mlB54). `verb_first`: the
    clause puts its subject and object between a verb and its complement (Arabic), so a verb governs a topic noun up
    to `VSO_TOPIC_WINDOW` words after it."""
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or t.entry.outcome:
            continue
        violent = ontology.get(t.type).violent
        for gi, g in enumerate(triggers):
            if g is t or ontology.get(g.type).violent:
                continue
            if object_first and (g.entry.pos == "V" or gi in verbal) and g.start >= t.end:
                if not within((t.start, t.end), (g.start, g.end), SOV_TOPIC_WINDOW, side="after", inclusive=True) \
                        or (violent and g.type not in PROSPECTIVE):
                    continue
                if g.type != t.type and same_clause(ws, text, t.end - 1, g.start):
                    out.add(k)
                    break
                continue
            window = VSO_TOPIC_WINDOW if verb_first and g.entry.pos == "V" else TOPIC_WINDOW
            if not within((t.start, t.end), (g.start, g.end), window, side="before", inclusive=True):
                continue
            if modifier_first:
                # (mlB54) nor is a verb before it its governor: in a verb-final clause a verb before a noun is a
                # participle of a relative ('gösteri yapan 30 kişiyi gözaltına aldı', detained 30 who protested)
                # or the end of an earlier clause; the verb that governs a noun stands after it (the branch above)
                continue
            if object_first and k in verbal and g.entry.pos == "N" and gi not in verbal:
                continue  # (mlA51) a verb-final predicate's noun ('... را تکذیب کرد') is governed by no noun before it
            if violent and g.type not in PROSPECTIVE:
                continue
            if g.type == t.type or not same_clause(ws, text, g.end - 1, t.start):
                continue
            out.add(k)
            break
    return out


__all__ = ["infinitive_triggers", "named_near", "same_clause", "topic_triggers", "unanchored_nouns"]


COMMERCE_WINDOW = 8  # words between a deal word and the company it is made with ('уклало угоду з ТОВ «...»')
# political acts that a company as the other side turns into business: a contract, a meeting, a partnership,
# a firm demanding (a trade dispute, not an act between political actors); a firm denying an accusation stays
# a rejection (the guideline codes it REJECT)
COMMERCIAL_TYPES = frozenset({"agreement", "consult", "cooperate", "support", "aid", "request"})


def commercial_deals(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of agreements, meetings and partnerships made with a company: a
    legal form ('ТОВ', 'ПрАТ', 'ΑΕ', 'A.Ş.') or a tender word (cues `commerce`) within
    COMMERCE_WINDOW words. A ministry contracting a firm, a firm partnering another, is
    procurement or business, which the guideline counts as no event; the same words between
    states or armed sides are left alone, as no company is named."""
    if not cues.commerce:
        return set()
    hits = cue_phrases(cues.lang, cues.commerce).find(ws)
    if not hits:
        return set()
    return {k for k, t in enumerate(triggers) if t.type in COMMERCIAL_TYPES
            and any_within((t.start, t.end), hits, COMMERCE_WINDOW, side="either", inclusive=True, overlap=True)}


SUBSUME_WINDOW = 2  # words between a generic violent word and the specific one it is part of


def subsumed_generics(triggers: list[LangTrigger]) -> set[int]:
    """Indices (into `triggers`) of generic violent words ('επίθεση', 'saldırı': internal types of
    `ontology.GENERIC_TYPES`) right next to a specific violent trigger ('επίθεση αυτοκτονίας',
    'bombalı saldırı'): one happening told by two words, whose specific word gives its type, as
    the English coder reads a compound. An outcome word ('killed') is no specific act."""
    out = set()
    for k, t in enumerate(triggers):
        if t.type not in ontology.GENERIC_TYPES:
            continue
        for u in triggers:
            if u is t or u.type in ontology.GENERIC_TYPES or u.entry.outcome or not ontology.get(u.type).violent:
                continue
            if within((t.start, t.end), (u.start, u.end), SUBSUME_WINDOW, side="either", inclusive=True, overlap=True):
                out.add(k)
                break
    return out


# 'υποστήριξε ότι' (argued that): an opinion, not backing; 'agreed that' is left alone, as parties that
# 'agreed that the truce starts' did reach an agreement
OPINION_TYPES = frozenset({"support"})
COMPLEMENT_GAP = 2  # words between the verb and 'that' ('підтримав думку, що'; a comma is no word)


def opinion_verbs(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of support verbs followed by 'that' (cues `complementizer`):
    'υποστήριξε ότι' (argued that), 'підтримав думку, що' tell what someone thinks; backing an
    actor takes an object, not a clause."""
    if not cues.complementizer:
        return set()
    hits = cue_phrases(cues.lang, cues.complementizer).find(ws)
    return {k for k, t in enumerate(triggers) if t.entry.pos == "V" and t.type in OPINION_TYPES
            and any_within((t.start, t.end), hits, COMPLEMENT_GAP, side="after", inclusive=True)}


NO_COMMENT_WINDOW = 3  # 'отказались уточнять детали', 'declinó hacer comentarios'


def comment_refusals(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of refusals whose object is a comment (cues `no_comment`): 'отказался от
    комментариев', 'відмовилися коментувати', 'αρνήθηκε να σχολιάσει' is the reporter's formula for a
    source that said nothing, not a rejection between actors; and requests whose object is one ('ζήτησε
    να σχολιάσουν', 'попросили прокомментировать'), the reporter asking."""
    if not cues.no_comment:
        return set()
    hits = cue_phrases(cues.lang, cues.no_comment).find(ws)
    refusals = {k for k, t in enumerate(triggers) if t.type == "reject"
                and any_within((t.start, t.end), hits, NO_COMMENT_WINDOW, side="either")}  # either order: 'от комментариев отказались'
    # the reporter's question: 'το πρακτορείο τους ζήτησε να σχολιάσουν' (the agency asked them to comment)
    asked = {k for k, t in enumerate(triggers) if t.type == "request"
             and any_within((t.start, t.end), hits, NO_COMMENT_WINDOW, side="after")}
    return refusals | asked


CHARGE_WINDOW = 10  # words from an arrest word to the 'for' of its charge ('Σε σύλληψη τριών ατόμων προχώρησε η Αστυνομία στην Πάτρα για')


def arrest_reasons(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of act nouns of an ACLED type named as what an arrest is for ('εμπρησμός', arson, too):
    right after a word of cause (cues
    `[scope] charge_for`: 'για', 'por'; articles between allowed) that follows an arrest word within CHARGE_WINDOW
    words ('συνελήφθη ... για την έκρηξη', 'detuvo a tres jóvenes por el ataque contra'). Why: the charge is what the
    arrest is about, one happening (guideline §4, as `arrest_charges` reads an accusation and cues `heads` read
    'ύποπτος για', 'acusado de'); told as a new attack it doubled the arrest with a second, usually placeless, event.
    An arrest word that is only an outcome does not count."""
    if not cues.charge_for:
        return set()
    fors = {normalize(x, cues.lang, cues.strip_marks) for x in cues.charge_for}
    arts = {normalize(x, cues.lang, cues.strip_marks) for x in cues.articles}
    arrests = [t for t in triggers if t.type == "arrest" and not t.entry.outcome]
    acts = [t for t in triggers if t.entry.pos == "N" and t.type != "arrest" and ontology.get(t.type).acled]
    out = set()
    for k, t in enumerate(triggers):
        if t not in acts:
            continue
        j = t.start - 1  # back over the articles and the other act nouns of the phrase ('για την έκρηξη βόμβας')
        while j >= 0 and (normalize(ws[j].text, cues.lang, cues.strip_marks) in arts
                          or any(a.start <= j < a.end for a in acts)):
            j -= 1
        if j < 0 or normalize(ws[j].text, cues.lang, cues.strip_marks) not in fors:
            continue
        if any(a.end <= j and j - a.end < CHARGE_WINDOW for a in arrests):
            out.add(k)
    return out


# (mlB53) the legal and political acts whose object a relative clause may describe: a charge or suspicion, an arrest, a
# conviction or sanction, a search
CHARGING_TYPES = frozenset({"accuse", "arrest", "sanction", "search"})
DESCRIBED_HEAD_REACH = 4  # words from the legal act to the comma: the object's modifier, its head ('підозру колишньому депутату,')
RELATIVE_VERB_REACH = 2  # words from the relative pronoun to its verb ('який раніше закликав')


def described_people(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """(mlB53) Indices (into `triggers`) of political-only verb triggers inside a relative clause that describes the
    object of a legal or political act: 'СБУ повідомила про підозру колишньому депутату, який закликав до війни'
    (the call to war is what the deputy is charged for, no appeal of this news). The relative pronoun (cues
    `relatives`) opens the clause right after a comma, the comma follows the act's object within
    DESCRIBED_HEAD_REACH words of the act (a trigger of CHARGING_TYPES), and the verb stands within
    RELATIVE_VERB_REACH words of the pronoun. Why: as `arrest_reasons` reads the act an arrest is for, a relative
    clause of the charged person tells the charge's content, told as background to the charge; languages opt in with
    `[scope] described_relatives`."""
    if not cues.described_relatives or not cues.relatives:
        return set()
    pronouns = {s for s, _, _, _ in cue_phrases(cues.lang, cues.relatives).find(ws)}
    legal = [t for t in triggers if t.type in CHARGING_TYPES]
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V" or t in legal or ontology.get(t.type).acled:
            continue
        rel = next((r for r in pronouns if 0 <= t.start - r <= RELATIVE_VERB_REACH and r > 0), None)
        if rel is None or "," not in text[ws[rel - 1].end:ws[rel].start]:
            continue
        if any(s.end <= rel and rel - s.end <= DESCRIBED_HEAD_REACH for s in legal):
            out.add(k)
    return out


def arrest_charges(triggers: list[LangTrigger]) -> set[int]:
    """Indices (into `triggers`) of accusations in a sentence that reports an arrest ('Χειροπέδες σε
    22χρονο που κατηγορείται για ...', 'detenido por ...'): the charge is what the arrest is for, one
    happening as the guideline codes a protest met with detentions as one event, not a statement of
    its own. An arrest word that is only an outcome does not count, nor an arrest noun right after
    the accusation, which is what is criticised ('در انتقاد از بازداشت‌ها': criticising the arrests). A
    conviction told by a verb is read as an arrest is."""
    accusations = [t for t in triggers if t.type == "accuse"]
    arrests = [t for t in triggers if t.type == "arrest" and not t.entry.outcome and not (
        t.entry.pos == "N" and any(within((t.start, t.end), (a.start, a.end), TOPIC_WINDOW, side="before", inclusive=True)
                                   for a in accusations))]
    # a sentence told by a verb ('fueron condenados ... bajo las acusaciones de', 'приговорен ... по обвинению
    # в'): the charge is what the conviction is for, as with an arrest
    arrests += [t for t in triggers if t.type == "sanction" and t.entry.pos == "V"]
    if not arrests:
        return set()
    return {k for k, t in enumerate(triggers) if t.type == "accuse"}
