"""Whether the people an event hit were out of the fight: a soldier or police officer off duty, retired, unarmed or
held captive ("gunmen shot dead an off-duty police officer", "a sniper opened fire on his vehicle, killing the retired
officer").

Why: the codebook draws the line between an Armed clash and an Attack by the target's readiness to fight, not by its
uniform: an Attack is violence on people who cannot fight back (docs/annotation/subtypes.md sections 4-5, 27). The
actor layer and the cue words read 'officer' and 'soldier' as an armed side, so the rules and the model code their
killing a clash; the modifier that takes them out of the fight is read here. The words are data
(data/subtype_cues.json "out_of_fight_modifiers"); the feature is the codebook rules' only
(`FEATURE_PREFIXES`, `subtype_model.RULES_ONLY`; events/subtype_rules.unarmed_victims reads it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.events.subtype_features import (
    HARM_CLAUSE_VERBS,
    cue_data,
    cues,
    denied_indexes,
    members_of,
    names_time,
    patients,
    trigger_and_clause_verb,
)
from frontwatch.events.toll_act import cause_objects
from frontwatch.nlp.doc_memo import doc_lemmas, negated_heads, sentence_memo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OUT_OF_FIGHT = "victim=out_of_fight"
CIVILIAN_OFFICE = "victim=civilian_office"  # a patient holds a civilian office (section 62)
FOUGHT_BACK = "victim=fought_back"  # the sentence tells fire returned (section 62)
CIVILIANS_REACHED = "victim=civilians_reached"  # civilians hit, reached beyond the trigger's patients (section 69)
CIVILIAN_OCCUPANTS = "victim=civilian_occupants"  # civilians reached as the people in a vehicle or dwelling (94)
ARMED_OCCUPANTS = "victim=armed_occupants"  # a vehicle or dwelling hit whose people are all of a side (section 94)
FEATURE_PREFIXES = ("victim=",)


@lru_cache(maxsize=1)
def _out_of_fight_pattern() -> re.Pattern[str]:
    words = sorted(cue_data()["out_of_fight_modifiers"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def modifier_text(noun: "Token") -> str:
    """The words before a noun inside its own phrase, lower case, a hyphen read as a space: "an off-duty police
    officer" -> "an off duty police" (the parser splits 'off-duty' three ways and hangs it in several)."""
    words = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i] if t.text != "-"]
    return " ".join(w.replace("-", " ") for w in words)


def out_of_fight(noun: "Token") -> bool:
    """Whether the noun names a member of a fighting side (a word of the armed cue class: soldier, officer,
    policeman, fighter) whom a modifier takes out of the fight ("off-duty", "retired", "unarmed", "captured"); "the
    recently captured village" is no person."""
    return cues().get(noun.lemma_.lower()) == "armed" and bool(_out_of_fight_pattern().search(modifier_text(noun)))


def civilian_office(noun: "Token") -> bool:
    """Whether the noun names a holder of a civilian office ("two city council officials", "a lawmaker", "the
    mayor"; data "civilian_office_words") whose own phrase does not make the office a fighting side's ("security
    officials", "a senior military official", "officials of the police": "armed_office_modifiers"). Section 62."""
    data = cue_data()
    if noun.lemma_.lower() not in data["civilian_office_words"]:
        return False
    words = set(modifier_text(noun).split())
    words.update(g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for h in c.children if h.dep_ == "pobj" for g in h.subtree)
    return not words & set(data["armed_office_modifiers"])


def fought_back(span: "Span") -> bool:
    """Whether the sentence tells a side firing back, not under a denial: "when U.S. forces returned fire" (a verb
    of "return_fire_verbs" with an object of "return_fire_objects"), "the guards fired back", "shot back", "fought
    back" (a verb of "fire_back_verbs" with the particle 'back'). The target of the act was then armed and fought:
    the codebook's Armed clash, not an Attack on people who do not fight back (section 62). A sentence-level
    reading, read once per sentence (`sentence_memo`): each event of the sentence asks."""
    return sentence_memo(span, "fought_back", _fought_back)


RETURN_FIRE_VERBS = frozenset(cue_data()["return_fire_verbs"])
RETURN_FIRE_OBJECTS = frozenset(cue_data()["return_fire_objects"])
FIRE_BACK_VERBS = frozenset(cue_data()["fire_back_verbs"])
_FIRE_BACK_LEMMAS = RETURN_FIRE_VERBS | RETURN_FIRE_OBJECTS | FIRE_BACK_VERBS


def _fought_back(span: "Span") -> bool:
    doc = span.doc
    lemmas, negated = doc_lemmas(doc), negated_heads(doc)
    denied = None
    for i in range(span.start, span.end):
        # `doc_lemmas` is the token's lower-case lemma where it has one: a word none of the three lists holds is
        # skipped without a Token (a word with no lemma has lemma '' below, which no list holds either)
        if lemmas[i] not in _FIRE_BACK_LEMMAS or i in negated:  # "did not return fire"
            continue
        if denied is None:
            denied = denied_indexes(span)
        if i in denied:
            continue
        t = doc[i]
        lemma = t.lemma_.lower()
        if lemma in RETURN_FIRE_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in RETURN_FIRE_OBJECTS for c in t.children):
            return True
        if lemma in RETURN_FIRE_OBJECTS and any(  # "returned fire" parsed as a modifier of the noun
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in RETURN_FIRE_VERBS for c in t.children):
            return True
        if lemma in FIRE_BACK_VERBS and any(
                c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children):
            return True
    return False


# Clause links by which the trigger's clause hangs from another clause whose subject a pronoun patient refers to
# ("the woman succumbed to her wounds after she was injured": advcl); a reported clause (ccomp) names the speaker.
_ANTECEDENT_LINKS = frozenset({"advcl", "conj"})
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _with_conjuncts(toks: "list[Token]") -> "list[Token]":
    """The words and the words coordinated with them ("women and children")."""
    out = list(toks)
    for t in toks:
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def _copula_people(tok: "Token") -> "list[Token]":
    """The people a copula names for a killing told as a participle of its subject ("Most of those killed were women
    and children": 'killed' an `acl` of 'those', the pobj of the subject 'Most'; "the dead were civilians")."""
    subj = tok.head if tok.dep_ == "acl" else tok
    if subj.dep_ == "pobj" and subj.head.dep_ == "prep":  # "most of those killed"
        subj = subj.head.head
    if subj.dep_ != "nsubj" or subj.head.lemma_.lower() != "be":
        return []
    return [c for c in subj.head.children if c.dep_ == "attr"]


def _antecedent(pron: "Token", verb: "Token") -> "Token | None":
    """A pronoun patient's antecedent: the noun subject of the clause the trigger's clause hangs from, one link up
    (`_ANTECEDENT_LINKS`); None when the clause hangs from none or its subject is no noun."""
    if verb.dep_ not in _ANTECEDENT_LINKS:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)


def _owners_of_lives(noun: "Token", verb: "Token") -> "list[Token]":
    """The people a 'lives' object stands for (data "toll_life_nouns"): the subject of 'lost their lives' (a verb of
    "toll_life_subject_verbs"), else the 'of' object ('claimed the lives of 18 civilians')."""
    if verb.lemma_.lower() in cue_data()["toll_life_subject_verbs"]:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _toll_victims(verb: "Token") -> "list[Token]":
    """The dead or hurt a toll verb names: its passive subject ('fourteen people were killed'), its object ('kills
    two'; 'lives' read as their owners: `_owners_of_lives`), its subject when that is the dead, not a doer (a verb of
    data "toll_subject_verbs": 'six teachers died'; a verb of harm with no object, the headline's passive, which the
    tagger may read as active: 'Ten civilians injured in ...', 'Five killed in ...' - a doer of 'kill' has an object),
    the noun a participle or relative clause of it hangs on ('Four killed in ...', '39 people who died in the
    attack')."""
    data = cue_data()
    life_nouns, life_verbs = frozenset(data["toll_life_nouns"]), frozenset(data["toll_life_verbs"])
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    out = [c for c in verb.children if c.dep_ == "nsubjpass"]
    for o in objects:
        out.extend(_owners_of_lives(o, verb) if o.lemma_.lower() in life_nouns and lemma in life_verbs else [o])
    if lemma in data["toll_subject_verbs"] or (not objects and lemma not in life_verbs):
        out.extend(c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT"))
    if verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or lemma in data["toll_subject_verbs"]):
        out.append(verb.head)
    return [members_of(t) for t in out]


# How many prepositional links the reader climbs from the trigger to the toll verb ('killed including two women in
# attacks': attacks -> in -> women -> including -> killed).
_TOLL_CLIMB = 6


def toll_people(head: "Token", verb: "Token") -> "list[Token]":
    """The people a toll names for the trigger's event (section 90): the dead or hurt (`_toll_victims`) of a toll
    verb (data "toll_verbs") that is the trigger, its clause verb ('Four killed [in terrorist attacks]', 'six
    teachers died [in the attacks]', 'a double [attack] claimed the lives of 18 civilians'), or the verb the
    trigger's clause hangs from as a time or cause clause ('fourteen people were killed when gunmen [launched]
    attacks', 'residents lost their lives after terrorists [attacked] their buses'; a time clause or, as the parser
    hangs it behind a comma, a conjunct: `_ANTECEDENT_LINKS`), with the people an 'including'
    phrase adds ('14 people, including eight soldiers'). Only for an attack: the trigger is an assault word (data
    "assault_words") or the toll verb's subject is; a bare toll ('At least 70 killed in Aleppo') tells no act whose
    victims they are (section 3 skips it; the headlines' tune labels it a clash). The codebook's Attack is decided
    by who was hit, and a toll told beside the attack names them when the trigger's own patients do not."""
    data = cue_data()
    tolls, assaults = frozenset(data["toll_verbs"]), frozenset(data["assault_words"])
    hosts = [t for t in dict.fromkeys((head, verb)) if t.lemma_.lower() in tolls]
    t = head
    for _ in range(_TOLL_CLIMB):  # 'Five killed including a woman [in terrorist attacks]': the parser hangs the
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:  # phrase on the nearest noun, not on the verb
            break
        t = t.head
        if t.lemma_.lower() in tolls:
            hosts.append(t)
            break
    if verb.dep_ in _ANTECEDENT_LINKS and verb.head.lemma_.lower() in tolls:  # 'were killed when gunmen launched ...'
        hosts.append(verb.head)  # (the parser hangs the 'when' clause as a time clause or, behind a comma, a conjunct)
    hosts = list(dict.fromkeys(hosts))
    # a toll told for an attack (rule 24.18): the trigger is an assault word, or the toll verb's subject or cause is
    # one ('Terrorist attacks kill 10', 'Five killed in terrorist attacks'); a bare toll with no act ('At least 70
    # killed in Aleppo') names no attack
    if head.lemma_.lower() not in assaults:
        hosts = [t for t in hosts if any(c.dep_ == "nsubj" and c.lemma_.lower() in assaults for c in t.children)
                 or _caused_by(t, assaults, tolls)]
    people = [p for t in hosts for p in _toll_victims(t)]
    including = [g for t in (*hosts, *people) for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                 for g in c.children if g.dep_ == "pobj"]
    return people + including


def _caused_by(verb: "Token", assaults: frozenset[str], tolls: frozenset[str]) -> bool:
    """The toll verb names an assault as its cause ('Five killed in terrorist attacks', 'killed by an attack'): an
    object of a cause preposition on the verb (`toll_act.cause_objects`) is an assault word. The toll and the attack
    are then one act told by two triggers, and both records read the same victims, so they type alike and
    consolidate as one (the toll alone would stay an Armed clash beside the attack's Attack)."""
    # the toll coordinated with it carries the cause for both ('Five killed, four injured in terrorist attacks': the
    # parser hangs the phrase on 'injured', a participle or conjunct inside the verb's clause)
    told = [verb, *(t for t in verb.subtree if t.dep_ in ("acl", "conj") and t.lemma_.lower() in tolls)]
    return any(g.lemma_.lower() in assaults for t in told for g in cause_objects(t))


def unnamed_people(tok: "Token") -> bool:
    """A bare count standing for people ('Four killed', 'kills two', 'injure scores'): a number or count word with no
    'of' object. Its cue class is that of data "unnamed_people_word" (people): the toll names no fighter (24.18)."""
    if names_time(tok) or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    # a count word with no 'of' ('kill 10, injure scores', 'dozens martyred'; data "member_heads", not of the armed
    # class: 'group' alone is an armed side)
    return tok.like_num or (tok.lemma_.lower() in cue_data()["member_heads"] and cues().get(tok.lemma_.lower()) is None)


def _people_word(tok: "Token") -> bool:
    """A word of a people class: the civilian, official or armed cue class, or a civilian office (`civilian_office`)."""
    return cues().get(tok.lemma_.lower()) in ("civilian", "official", "armed") or civilian_office(tok)


def occupants(noun: "Token", verb: "Token") -> "list[Token] | None":
    """The people a patient told by its vehicle or dwelling stands for (section 94; data "occupied_words"), or None
    when the noun is no such word or names none: the object of a carrying clause on it ('a minibus [carrying]
    farmers', 'a bus that was [transporting] workers': "carrying_verbs"), the object of an occupant preposition on it
    or on its fullness modifier ('a convoy of aid workers', 'a bus full of pilgrims': "occupant_prepositions",
    "occupant_fullness_words"), its owner ('the mayor's car'; a pronoun owner read as its antecedent, `_antecedent`:
    'the villagers were asleep when gunmen raided [their] homes'); of a place told by its use (`used_as`), the use's
    ('a school being used as a base' -> the base, a post of the armed class). Only words of a people class count
    (`_people_word`): 'a house with a garden' names no one. The codebook's Attack or Armed clash is decided by who
    was hit (section 4), and a hit on a bus is a hit on the people in it; the noun's own cue class ('convoy' is of
    the armed class, for 'an army convoy') says nothing of who rode in it once they are told."""
    data = cue_data()
    use = used_as(noun)
    if use is not None:  # 'a school being used as a base', '... as a shelter for families': the use decides
        return occupants(use, verb) or ([use] if _people_word(use) else None)
    if noun.lemma_.lower() not in data["occupied_words"]:
        return None
    found: list = []
    preps = frozenset(data["occupant_prepositions"])
    holders = [noun, *(c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower()
                       in data["occupant_fullness_words"])]
    for h in holders:
        for c in h.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in data["carrying_verbs"]:
                found.extend(g for g in c.children if g.dep_ == "dobj")
            elif c.dep_ == "prep" and c.lower_ in preps:
                found.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # 'a bus packed with pilgrims' (a participle)
                found.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                             for g in p.children if g.dep_ == "pobj")
    for c in noun.children:
        if c.dep_ == "poss":
            owner = _antecedent(c, verb) if c.pos_ == "PRON" else c
            if owner is not None:
                found.append(owner)
    people = [t for t in _with_conjuncts([members_of(t) for t in found]) if _people_word(t) or unnamed_people(t)]
    return people or None


def used_as(noun: "Token") -> "Token | None":
    """What a place is told as used for (section 94): the object of 'as'/'into' (data "place_use_prepositions") under a
    participle or relative clause of a use verb on the noun ("place_use_verbs": 'a school being used as a base by the
    Kurds' -> base, 'a hospital turned into a headquarters' -> headquarters); None when no use is told. A place
    used as a side's post is that post (guideline section 4: an assault on a post is a clash; section 62 kept a
    hospital targeted a place, not people)."""
    data = cue_data()
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in data["place_use_verbs"]:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in data["place_use_prepositions"]:
                    return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def civilian_conveyance(noun: "Token") -> bool:
    """A vehicle or dwelling (data "occupied_words") named as a civilian one by its own modifier of the civilian cue
    class, non-person words included ('an aid convoy', 'a school bus', 'a passenger train', 'civilian cars'): its
    people are civilians though they are not named (section 94). A modifier of the armed class ('an army convoy',
    'a military truck') makes it a side's."""
    if noun.lemma_.lower() not in cue_data()["occupied_words"]:
        return False
    classes = {cues().get(c.lemma_.lower()) for c in noun.children if c.dep_ in ("compound", "amod")}
    return "civilian" in classes and "armed" not in classes


def headline_patients(span: "Span", trigger_tokens: list[int]) -> "list[Token]":
    """The trigger's patients (`subtype_features.patients`) and, for an assault verb (data "assault_words") with no
    object and no passive subject, its subject when that is a vehicle or dwelling (data "occupied_words"): a headline
    drops the passive's auxiliary ('Governor's convoy attacked while visiting', 'Aid convoy ambushed near Aleppo') and
    the tagger reads the verb as active; a bus does not attack, so it is what was hit (section 94)."""
    found = patients(span, trigger_tokens)
    if not trigger_tokens:
        return found
    data = cue_data()
    for tok in dict.fromkeys(trigger_and_clause_verb(span, trigger_tokens)):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in data["assault_words"]:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            continue
        found.extend(c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in data["occupied_words"]
                     and c not in found)
    return found


def civilians_reached(span: "Span", trigger_tokens: list[int], named: "list[Token] | None" = None) -> bool:
    """Whether the trigger hit civilians whom its own patients (`subtype_features.patients`) name only through a parse
    shape they do not read (section 69): the object of a targeting clause under the trigger or its clause verb
    ("launched a new attack on Sunday, targeting civilians"; data "targeting_verbs"), the object of a harm clause
    hung on a patient ("fired into the district killing civilian X": "harm_clause_verbs"), the people a copula names
    (`_copula_people`), a pronoun patient's antecedent (`_antecedent`). A person is civilian by its word or by a
    modifier of the civilian cue class ("civilian Mohammad X"), not by a word of "civilian_cue_non_persons" (a
    hospital targeted is a place). False when any patient reached or named is of the armed or base cue class: the
    codebook's Attack is violence on people who cannot fight back. `named`: the trigger's patients when the caller
    has read them (`victim_features`), else read here."""
    if not trigger_tokens:
        return False
    data, cue = cue_data(), cues()
    places = frozenset(data["civilian_cue_non_persons"])
    head, verb = trigger_and_clause_verb(span, trigger_tokens)
    if named is None:
        named = headline_patients(span, trigger_tokens)
    reached: list = []
    for src in {head, verb}:
        for c in src.children:
            if c.dep_ in _CLAUSE_DEPS and c.lemma_.lower() in data["targeting_verbs"]:
                reached.extend(g for g in c.children if g.dep_ == "dobj")
        reached.extend(_copula_people(src))
    for p in named:
        reached.extend(g for c in p.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HARM_CLAUSE_VERBS
                       for g in c.children if g.dep_ == "dobj")
        if p.pos_ == "PRON" and (ante := _antecedent(p, verb)) is not None:
            reached.append(ante)
    toll = toll_people(head, verb)
    reached.extend(toll)
    # a patient told by its vehicle or dwelling: the people in it, or a civilian one by its own modifier (section 94)
    held = {p.i: occupants(p, verb) for p in named}
    conveyances = {p.i for p in named if held[p.i] is None and civilian_conveyance(p)}
    reached.extend(t for p in named for t in held[p.i] or ())
    named = [p for p in named if held[p.i] is None and p.i not in conveyances]
    people = _with_conjuncts(named + reached)
    if any(cue.get(t.lemma_.lower()) in ("armed", "base") for t in people):
        return False
    if conveyances:  # a civilian vehicle hit, no fighter or post among the people named or reached
        return True
    # a bare count is people only as the toll's own dead ('Four killed'), not a number a target names ('wells 101')
    counts = {t.i for t in toll if unnamed_people(t)}
    counted = cue.get(data["unnamed_people_word"])

    def civilian(t: "Token") -> bool:
        if t.i in counts:
            return counted == "civilian"
        if civilian_office(t):  # 'the mayor's car' (section 94): an office holder is no fighting side
            return True
        words = [t, *(c for c in t.children if c.dep_ in ("compound", "amod"))]
        return any(cue.get(w.lemma_.lower()) == "civilian" and w.lemma_.lower() not in places for w in words)

    return any(civilian(t) for t in _with_conjuncts(reached))


def victim_features(span: "Span", trigger_tokens: list[int]) -> list[str]:
    """`victim=out_of_fight` when a patient of the trigger (`subtype_features.patients`) is out of the fight;
    `victim=civilian_office` when one holds a civilian office and none is of the armed or base cue class (section 62:
    "killed two city council officials and a former parliamentarian"; not "stormed the police post, killing the
    mayor"); `victim=fought_back` when the sentence tells fire returned (`fought_back`); `victim=civilians_reached`
    when the parse reaches civilians hit beyond the patients (`civilians_reached`, section 69); `victim=civilian_occupants`
    beside it when they were reached as the people in a vehicle or dwelling hit (`occupants`, `civilian_conveyance`:
    the actor layer reads the vehicle word's own class, 'convoy' armed), `victim=armed_occupants` when a vehicle or
    dwelling hit holds a side's men only (`armed_occupants`, section 94)."""
    found = headline_patients(span, trigger_tokens)
    feats = [OUT_OF_FIGHT] if any(out_of_fight(p) for p in found) else []
    if any(civilian_office(p) for p in found) and not any(cues().get(p.lemma_.lower()) in ("armed", "base")
                                                          for p in found):  # no fighter or post hit too
        feats.append(CIVILIAN_OFFICE)
    if fought_back(span):
        feats.append(FOUGHT_BACK)
    verb = trigger_and_clause_verb(span, trigger_tokens)[1] if found else None
    if civilians_reached(span, trigger_tokens, found):
        feats.append(CIVILIANS_REACHED)
        if any(occupants(p, verb) or civilian_conveyance(p) for p in found):
            feats.append(CIVILIAN_OCCUPANTS)
    if verb is not None and armed_occupants(found, verb):
        feats.append(ARMED_OCCUPANTS)
    return feats


def armed_occupants(found: "list[Token]", verb: "Token") -> bool:
    """Whether a patient told by its vehicle or dwelling holds people of a fighting side only (`occupants`: 'attacked
    a car carrying policemen', 'ambushed a bus of soldiers'; section 94): the hit is on an armed side, as an ambush of
    its men is (guideline section 4: 'ambushes on soldiers' are Armed clashes); none out of the fight
    (`out_of_fight`: 'a car carrying captured soldiers')."""
    people = [t for p in found for t in occupants(p, verb) or ()]
    return bool(people) and all(cues().get(t.lemma_.lower()) == "armed" and not out_of_fight(t) for t in people)
