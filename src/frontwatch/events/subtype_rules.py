"""The ACLED codebook's decision rules that name WHO acts, applied after the model.

Why after the model: the model learns from words, and the words of these pairs are the same on
both sides of the line the codebook draws. "Arrested" by the police is an Arrest; "arrested" by
an Islamist faction is an Abduction/forced disappearance (the codebook: an arrest is an act of
state authorities; a non-state group holding people is abducting them). The corpus has few
non-state "arrests", so the model follows the verb. The rules' actor layer already knows the
agent's kind (data/actors.csv, the UCDP actor list); here it decides.

Every rule here is applied in one place at run time (`subtype_model.retype`) and in the training
script's cross-validation alike, after `subtype_sides.side_subtype` (who gains ground).
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.events import ontology
from frontwatch.events.crowd_cause import GRIEVANCE, SUSPECT
from frontwatch.events.protest_acts import ON_CROWD, ON_PROTEST
from frontwatch.events.subtype_agents import chemical_means_subtype
from frontwatch.events.subtype_coups import coup_or_mutiny
from frontwatch.events.subtype_deals import DEAL_NOUNS, deal_ended, deal_in_force
from frontwatch.events.subtype_features import (
    aircraft_words,
    cue_data,
    cues,
    feature_family,
    first_feature_value,
)
from frontwatch.events.subtype_features import feature_values as _values
from frontwatch.events.subtype_gains import later_gain_subtype
from frontwatch.events.subtype_means import (
    air_launched_subtype,
    described_means_subtype,
    first_means_subtype,
    killing_means_subtype,
    own_means_subtype,
)
from frontwatch.events.subtype_other import (
    NONVIOLENT_TRANSFER,
    advance_as_offensive,
    blast_not_other,
    captives_released,
    craft_crash_in_title,
    grave_found,
    people_handed_over,
)
from frontwatch.events.subtype_parties import (
    ARMED,
    CIVILIANS,
    CROWD,
    FIRED_ON_GATHERING,
    FIRED_ON_PROTEST,
    NONE,
    ONE_DOER,
    STATE,
)
from frontwatch.events.subtype_scope import ADJUNCT_FEATURE, SUPPORT_FEATURE
from frontwatch.events.subtype_sides import (
    ANY_MAIN_GAIN,
    GOVERNMENT_GAIN,
    MAIN_GAIN,
    NONSTATE_GAIN,
    NONSTATE_KINDS,
    STATE_KINDS,
    TRIGGER_ATTEMPT,
    side_subtype,
)
from frontwatch.events.subtype_strategic import strategic_subtype
from frontwatch.events.triggers import load_lexicon, packaged_triggers_path
from frontwatch.events.victim_status import (
    ARMED_OCCUPANTS,
    CIVILIAN_OCCUPANTS,
    CIVILIAN_OFFICE,
    CIVILIANS_REACHED,
    FOUGHT_BACK,
    OUT_OF_FIGHT,
)

ARRESTS, ABDUCTION = "Arrests", "Abduction/forced disappearance"
AIR_STRIKE, IED = "Air/drone strike", "Remote explosive/landmine/IED"
PROTEST_INTERVENTION = "Protest with intervention"
EXCESSIVE_FORCE = "Excessive force against protesters"
PROTEST_SUBTYPES = frozenset({"Peaceful protest", PROTEST_INTERVENTION, EXCESSIVE_FORCE})
# Sub-types the model gives force used on a protest when it reads the victims as civilians, the shooting as
# a clash, or the protest word as the event: the codebook makes lethal force on a protest Excessive force.
FORCE_ON_PROTEST_FROM = frozenset({"Attack", "Armed clash", "Peaceful protest"})


def agent_kind(feats: Iterable[str]) -> str | None:
    """The kind of the event's agent as the rules found it (the model's `agent=` feature)."""
    return next((v for v in feature_family(feats, "agent=") if v != "-"), None)  # ('agent=-': none found)


def taker_subtype(subtype: str, feats: Iterable[str]) -> str:
    """An arrest whose taker is a non-state armed group is an abduction (5-fold CV on the tune part,
    2026-12-05: weighted F1 .7709 -> .7724; Abduction/forced disappearance .73 -> .75+)."""
    if subtype == ARRESTS and agent_kind(feats) in NONSTATE_KINDS:
        return ABDUCTION
    return subtype


def protest_subtype(subtype: str, feats: Iterable[str]) -> str:
    """Arrests made at a protest are a Protest with intervention (the codebook: "arrests at a protest";
    an Arrest is one "not at a protest being dispersed"): the sentence also has a protest word of the
    trigger lexicon (`lex=protest`, the lexicon's own class: 'protest', 'demonstration', 'rally')."""
    if subtype == ARRESTS and "lex=protest" in feats:
        return PROTEST_INTERVENTION
    return subtype


def force_on_protest(subtype: str, feats: Iterable[str]) -> str:
    """Lethal or injuring force whose target is a protest is Excessive force against protesters (the
    codebook: "lethal or seriously injuring force on peaceful protesters"): the trigger's object is a word
    of the protest cue class ("opened fire [on] a march", "fired [at] a procession", "shot [into] the crowd":
    `obj_cue=protest`) and the sentence has a lethal cue word (killed, wounded, shot, fire; `cue=lethal`).
    A sentence that only names a protest beside a shooting ("shot him as he left a rally") has no protest
    object. 5-fold CV on the tune part (2026-12-05, SVM C .1, margin .3): 5 answers change, 4 to right."""
    feats = set(feats)
    if subtype in FORCE_ON_PROTEST_FROM and "obj_cue=protest" in feats and "cue=lethal" in feats:
        return EXCESSIVE_FORCE
    return subtype


def needs_protest(subtype: str, feats: Iterable[str]) -> str:
    """A Protests sub-type needs a protest in the sentence (the codebook: a protest is a public
    demonstration; its sub-types say what was done to it). The model learns 'police', 'detain' and
    'tear gas' from protest sentences and can hand a plain arrest the Protest with intervention label:
    without a protest word of the sub-type cue lists (`cue=protest`, not denied) and with a rule type
    that is not itself a protest, the rules' sub-type stands."""
    feats = list(feats)
    if subtype not in PROTEST_SUBTYPES or "cue=protest" in feats:
        return subtype
    rule = _feature(feats, "rule=")
    return subtype if rule is None or rule in PROTEST_SUBTYPES else rule


def state_bombing(subtype: str, feats: Iterable[str]) -> str:
    """A state's bombing that the rules read as an air strike stays one: the model hears 'bombed' and
    'bombing' from car bombs and roadside bombs, but the codebook's Remote explosive/landmine/IED is a
    device planted or thrown, and a state's forces bomb from the air ('Israel bombed two border
    crossings'). Only where the rules' own sub-type (`rule=`) is the air strike and the agent is a state."""
    feats = list(feats)
    if subtype == IED and f"rule={AIR_STRIKE}" in feats and agent_kind(feats) in STATE_KINDS:
        return AIR_STRIKE
    return subtype


ARMED_CLASH = "Armed clash"


def attempted_capture(subtype: str, feats: Iterable[str]) -> str:
    """A territory sub-type whose own trigger is a capture only tried ("have been trying to retake the
    base", "attempting to capture the city", "hoping to seize the town": `gain_attempt` on the trigger's
    capture word, `gain_side@t=`) is an Armed clash: the codebook codes a territory change only when
    ground changed hands, and an offensive with no reported gain as a clash. The rules say so; the model
    reads the capture verb and gives the territory type back. A capture word elsewhere in the sentence
    ("launched an attack, seizing the district") is not the trigger's and is left alone. 5-fold CV on the
    tune part (2026-12-05, the SVM of the shipped setting): 7 answers change, all 7 to right.

    Section 62 (sub56): the trigger's capture only tried also when no side is named for it (`TRIGGER_ATTEMPT`: "the
    army operation was aimed at the recapture of X"), and a territory answer whose rules typed the event otherwise
    (`rule=` no territory type) while the sentence's capture is only tried ("regime forces had called in support ...
    to try to retake the hill", "retaliated to a government offensive ... with the aim of recapturing Raqqa"): no
    ground changed hands, the fight for it is the clash."""
    feats = list(feats)
    if subtype not in (GOVERNMENT_GAIN, NONSTATE_GAIN) or "gain_attempt" not in feats:
        return subtype
    if any(f.startswith("gain_side@t=") for f in feats) or TRIGGER_ATTEMPT in feats:
        return ARMED_CLASH
    rule = _feature(feats, "rule=")
    return ARMED_CLASH if rule is not None and rule not in (GOVERNMENT_GAIN, NONSTATE_GAIN) else subtype


def gain_after_clash(subtype: str, feats: Iterable[str]) -> str:
    """An Armed clash whose sentence reports ground taken in its main clause, as done, by a side the capture
    verb's own arguments name (`subtype_sides.MAIN_GAIN`: "stormed Najarah and quickly expelled all ISIS fighters",
    "drove the rebels out of the base in fierce fighting", "began the offensive ..., capturing the area after a
    fierce battle") is that side's territory type: the codebook codes the change of territory, not the fighting
    that won it. A capture told as background ("fighting intensified after troops seized the road", "the town from
    which the jihadists were expelled last month"), only tried (`attempted_capture`) or of no ground (weapons,
    goods) gives no such feature. Not for an event told in a time adjunct (background, `subtype_scope`). Section 67:
    when the first capture word read gives no main-clause gain, any other capture word of the main clause may
    (`subtype_sides.ANY_MAIN_GAIN`, rules-only)."""
    feats = list(feats)
    if subtype != ARMED_CLASH or ADJUNCT_FEATURE in feats:
        return subtype
    sides = _values(feats, MAIN_GAIN) or _values(feats, ANY_MAIN_GAIN) - {"-"}  # the first word's, else any (s. 67)
    if len(sides) != 1:
        return subtype
    return {"state": GOVERNMENT_GAIN, "nonstate": NONSTATE_GAIN}.get(next(iter(sides)), subtype)


ATTACK = "Attack"
# data/subtype_cues.json "about_two_sided_fights": words that tell both sides fighting.
TWO_SIDED_FIGHT_WORDS = frozenset(cue_data()["two_sided_fight_words"])


def two_sided_fight(subtype: str, feats: Iterable[str]) -> str:
    """An Attack whose trigger is itself a word of two sides fighting ("the gunfight occurred in ...", "seven people
    were killed in a new clash between two tribes", `trig=` of `TWO_SIDED_FIGHT_WORDS`) is an Armed clash: the
    codebook's Attack is one-sided violence against people who do not fight back, and the event told is a fight.
    The model hears the victims ('people killed') and the attackers' words and gives the Attack. Only the Attack is
    retyped: a fight of demonstrators or of a mob is their own type (`clash_at_protest`, Mob violence)."""
    feats = list(feats)
    if subtype == ATTACK and _values(feats, "trig=") & TWO_SIDED_FIGHT_WORDS:
        return ARMED_CLASH
    return subtype


LETHAL_WORDS = frozenset(w for w, c in cues().items() if c == "lethal")


def one_sided_violence(subtype: str, feats: Iterable[str]) -> str:
    """An Armed clash whose trigger's patients are civilians (`obj_cue=civilian`: "kill abducted Christians",
    "killed more than 100 people ..., murdering residents"), none of them armed (`obj_cue=armed`), hit by a word of
    harm (the clause's verb, or the trigger when it is the verb, is of the lethal cue class: 'kill', 'shoot',
    'execute'), in a sentence that tells no two sides fighting (no `w=` of `TWO_SIDED_FIGHT_WORDS`), is an Attack: the
    codebook's line between the two is the target, unarmed people against an armed side. The rules read 'attack' and
    an armed agent as a clash. Civilians only named as the dead of an assault ("dozens of civilians dead in rebel
    assault on Aleppo") are its consequence, which does not decide the type (guideline section 2)."""
    feats = list(feats)
    if subtype != ARMED_CLASH or not _civilian_patients(feats):
        return subtype
    if not _harm_told(feats):
        return subtype
    if _values(feats, "w=") & TWO_SIDED_FIGHT_WORDS or _values(feats, "trig=") & TWO_SIDED_FIGHT_WORDS:
        return subtype
    return ATTACK


def _harm_told(feats: list[str]) -> bool:
    """The event's clause tells harm done: its verb (`verb=`) is of the lethal cue class, or the trigger is the verb
    or one of its words is ('kill', 'gun down', and also the words of the lexicon's multiword 'shoot dead', 'beat to death':
    `_phrase_words`, section 51; sub67 found 'Soldiers shot dead a shepherd' read as no harm, so a clash)."""
    verbs, trigs = _values(feats, "verb="), _values(feats, "trig=")
    return bool(verbs & LETHAL_WORDS or ("<trigger>" in verbs and (trigs | _phrase_words(trigs)) & LETHAL_WORDS))


def _civilian_patients(feats: list[str]) -> bool:
    """The trigger's patients are civilians and none is armed: by the cue word of its object (`obj_cue=civilian`) or
    by the kind events/subtype_parties.py gives the one it acts upon (`party:obj=civilians`: "killed at least seven
    Palestinians", a country's people named by a plural demonym), with no patient of the armed cue class or of the
    state or armed kind."""
    kinds = _values(feats, "party:obj=")
    if "obj_cue=armed" in feats or kinds & {STATE, ARMED}:
        return False
    return "obj_cue=civilian" in feats or CIVILIANS in kinds


# data/subtype_cues.json "about_attack_or_clash" (docs/annotation/subtypes.md section 27).
ONE_SIDED_KILLING_WORDS = frozenset(cue_data()["one_sided_killing_words"])
EXECUTION_WORDS = frozenset(cue_data()["execution_words"])
OPERATION_WORDS = frozenset(cue_data()["operation_words"])
CASUALTY_WORDS = frozenset(cue_data()["casualty_words"])
ASSAULT_WORDS = frozenset(cue_data()["assault_words"])
AMBUSH_WORDS = frozenset(cue_data()["ambush_words"])


def targeted_killing(subtype: str, feats: Iterable[str]) -> str:
    """An Armed clash whose trigger is a killing one-sided by its meaning (`ONE_SIDED_KILLING_WORDS`: "was
    assassinated in Basra", "a surge of assassination", "the massacre occurred during the fighting between ...") is
    an Attack: the guideline's Attack holds "massacres; assassination of an unarmed person", and a massacre or an
    assassination is no exchange between two armed sides. The model hears the fighting or the victim's office
    ('commanders', 'candidate') and gives the clash. So is an execution (`EXECUTION_WORDS`, sub67: "ISIL ... have
    executed more than 50 Syrian army troops after taking them captive in an ambush", a clash in CV): the guideline's
    section 5 codes the execution of captured soldiers or fighters as an Attack, and the model hears the soldiers."""
    feats = list(feats)
    if subtype == ARMED_CLASH and _values(feats, "trig=") & (ONE_SIDED_KILLING_WORDS | EXECUTION_WORDS):
        return ATTACK  # an execution too (sub67): `carried_out_operation`, next, keeps 'executed an operation' a clash
    return subtype


def carried_out_operation(subtype: str, feats: Iterable[str]) -> str:
    """An Attack whose trigger is an execution word used for carrying an operation out is an Armed clash: the
    trigger's object or passive subject (`arg:dobj=`, `arg:nsubjpass=`) or the noun its participle modifies
    (`head:acl=`) is an operation word ("executed a special operation against the terrorist hotbeds", "a military
    operation executed by coalition forces"; data/subtype_cues.json "operation_words"). 'Execute' then names no one
    put to death, and the guideline codes a military operation against an armed side with no reported gain as an
    Armed clash (section 5: "offensive launched ... with no outcome"). The model and the rules hear the killing
    word ('execute', of the lethal cue class) and give the Attack an execution of captives is."""
    feats = list(feats)
    if subtype != ATTACK or not _values(feats, "trig=") & EXECUTION_WORDS:
        return subtype
    done_to = _values(feats, "arg:dobj=") | _values(feats, "arg:nsubjpass=") | _values(feats, "head:acl=")
    return ARMED_CLASH if done_to & OPERATION_WORDS else subtype


def casualties_of_fighting(subtype: str, feats: Iterable[str]) -> str:
    """An Attack whose trigger only tells people dead or hurt (`CASUALTY_WORDS`), with no one named as doing it (no
    `subj=`), in a sentence that tells two sides fighting (`w=` of `TWO_SIDED_FIGHT_WORDS`: "84 people have been
    killed ... over a four-day stretch of intensified fighting", "16 people were killed ... in a clash between the
    guards of the Nazir and militia troops", "10 people were killed when a shootout broke out between gunmen and
    armed men") is an Armed clash: the dead are the fight's casualties, and the codebook codes the fight; who died
    is its consequence, which does not decide the type (guideline section 2). A killing with a named doer ("killed
    by one of the clans involved in recent clashes") is that side's act and keeps the model's answer."""
    feats = list(feats)
    if subtype != ATTACK or not _values(feats, "trig=") & CASUALTY_WORDS or _values(feats, "subj="):
        return subtype
    return ARMED_CLASH if _values(feats, "w=") & TWO_SIDED_FIGHT_WORDS else subtype


def assault_on_armed_side(subtype: str, feats: Iterable[str]) -> str:
    """An Attack that is one side's assault on a post of the other or an ambush of its men is an Armed clash (the
    guideline: "ambushes on soldiers", "repelled assaults" are Armed clashes; the codebook's Attack is violence on
    people who do not fight back): the trigger is an assault word (`ASSAULT_WORDS`) or the sentence tells an ambush
    (`AMBUSH_WORDS`), and its target is a post (`obj_cue=base`: "struck at the BSF company headquarters", "laid
    siege on a divisional police headquarters") or the people it hits are all of the state or armed kind
    (`party:obj=`, events/subtype_parties.py: "policemen ... were shot dead ... when they were waylaid"), or the vehicle
    it hits carries a side's men only (`victim=armed_occupants`, events/victim_status.armed_occupants: "attacked a car
    carrying policemen", section 94). Killings of
    captives and executions (section 5: Attack) have no assault trigger and are left alone."""
    feats = list(feats)
    if subtype != ATTACK or _values(feats, "trig=") & EXECUTION_WORDS:
        return subtype  # an execution stays an Attack even after an ambush ("executed ... troops after taking them
        # captive in an ambush": the ambush is how they were taken; sub67)
    if not (_values(feats, "trig=") & ASSAULT_WORDS or _values(feats, "w=") & AMBUSH_WORDS):
        return subtype
    kinds = _values(feats, "party:obj=") - {NONE}
    if "obj_cue=base" in feats or (kinds and kinds <= {STATE, ARMED}) or ARMED_OCCUPANTS in feats:
        return ARMED_CLASH  # a side's vehicle with its men told ('attacked a car carrying policemen': section 94)
    return subtype


def unarmed_victims(subtype: str, feats: Iterable[str]) -> str:
    """An Armed clash whose victims were out of the fight is an Attack: a soldier, officer or fighter whom a
    modifier takes out of the fight (`victim=out_of_fight`, events/victim_status.py: "gunmen in two cars shot dead an
    off-duty police officer walking near his home", "a sniper opened fire on his vehicle, killing the retired
    officer", "unarmed", "captured") could not fight back, and the codebook's Attack is violence on such people
    (guideline sections 4-5: "execution of captives"; section 27 found the corpus codes off-duty and retired officers
    so). The actor layer reads 'officer' as state forces, so the rules and the model code a clash. Also a holder of
    a civilian office with no fighter among the victims (`victim=civilian_office`, section 62: "al Shabaab militants
    killed two city council officials and a former parliamentarian"; the guideline's "Gunmen shot dead a local
    council member outside his home"), whom the actor layer reads as the state. A sentence that
    tells two sides fighting (`TWO_SIDED_FIGHT_WORDS`) keeps the clash."""
    feats = list(feats)
    if subtype != ARMED_CLASH or not {OUT_OF_FIGHT, CIVILIAN_OFFICE} & set(feats):
        return subtype
    if _values(feats, "w=") & TWO_SIDED_FIGHT_WORDS or _values(feats, "trig=") & TWO_SIDED_FIGHT_WORDS:
        return subtype
    return ATTACK


def civilians_hit(subtype: str, feats: Iterable[str]) -> str:
    """An Armed clash that hit civilians the parse reaches beyond the trigger's patients (`victim=civilians_reached`,
    events/victim_status.civilians_reached: "launched a new attack on Sunday, targeting civilians in nearby
    neighborhoods", "Most of those killed were women and children", "the woman succumbed to her wounds after she was
    injured by a sniper shot"), no fighter or post among them, no patient the actor layer makes a state or armed side
    (`party:obj=`; unless they were reached as the people in the vehicle or dwelling hit, `victim=civilian_occupants`:
    the actor layer reads 'an aid convoy' by its word, section 94), and no two sides fighting told
    (`TWO_SIDED_FIGHT_WORDS`) is an Attack: the codebook's Attack is organised violence on people who cannot fight
    back (section 69; `one_sided_violence` reads the patients the trigger names itself)."""
    feats = list(feats)
    if subtype != ARMED_CLASH or CIVILIANS_REACHED not in feats:
        return subtype
    # the actor layer reads a vehicle's own word ('an aid convoy': armed); its people, reached, decide (section 94)
    if CIVILIAN_OCCUPANTS not in feats and _values(feats, "party:obj=") & {STATE, ARMED}:
        return subtype
    if _values(feats, "w=") & TWO_SIDED_FIGHT_WORDS or _values(feats, "trig=") & TWO_SIDED_FIGHT_WORDS:
        return subtype
    return ATTACK


def fire_returned(subtype: str, feats: Iterable[str]) -> str:
    """An Attack whose sentence tells fire returned (`victim=fought_back`, events/victim_status.fought_back: "shot at
    American boats ... when U.S. forces returned fire", "the guards fired back") is an Armed clash: the codebook's
    Attack is violence on people who do not fight back, and the side fired upon fought (section 62)."""
    if subtype == ATTACK and FOUGHT_BACK in feats:
        return ARMED_CLASH
    return subtype


OTHER = "Other"
AGREEMENT = "Agreement"
# data/subtype_cues.json "about_accidents": the clause verbs of an accident and the trigger lemmas that only
# tell what it did.
ACCIDENT_VERBS = frozenset(cue_data()["accident_verbs"])
ACCIDENT_CONSEQUENCES = frozenset(cue_data()["accident_consequences"])
CRAFT = frozenset(cue_data()["craft"])
DEPLOYMENT_VERBS = frozenset(cue_data()["deployment_verbs"])
GROUP_CHANGE = "Change to group/activity"
# The trigger's clause links to another verb the model's features name: `head:DEP=LEMMA` (the trigger hangs
# from LEMMA: "crashed, [killing] 12"; "overturned and [exploded]"; "the [warplane] crashed") and
# `arg:DEP=LEMMA` (LEMMA hangs from the trigger: "were [killed] when their helicopter crashed").
_ACCIDENT_LINKS = ("head:advcl=", "arg:advcl=", "head:conj=", "arg:conj=")


def _feature(feats: Iterable[str], prefix: str) -> str | None:
    """The first value of a feature family, or None (`subtype_features.first_feature_value`)."""
    return first_feature_value(feats, prefix)


def accident_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A loss told only as an accident is 'Other' (the codebook: no one attacked; the guideline's recurring call
    "aircraft crash, cause not stated -> Other"). The rules type the killing or the blast in "a military
    helicopter crashed near X, killing 13", "were killed when their helicopter crashed", "the truck overturned
    and exploded", or the craft itself in "the warplane crashed in a market", by the means the sentence names
    (an air strike, an IED), while the event is the crash. Applies when the trigger's clause is joined to an
    accident verb (`ACCIDENT_VERBS`) and the trigger only tells what the accident did (`ACCIDENT_CONSEQUENCES`),
    or the trigger is a craft (`CRAFT`) that is that verb's subject. A shooting or a strike that made the craft crash ("was hit by
    gunfire and crashed", "shot down ..., crashing in flames") keeps its type: its trigger is the hostile act.
    5-fold CV on the tune part (2026-12-05, the shipped setting): 4 answers change, all 4 to right."""
    feats = list(feats)
    trigger = _feature(feats, "trig=")
    if subtype == OTHER or trigger is None:
        return subtype
    if trigger in CRAFT and _feature(feats, "head:nsubj=") in ACCIDENT_VERBS:
        return OTHER
    if trigger in ACCIDENT_CONSEQUENCES and any(
            f.startswith(_ACCIDENT_LINKS) and f.split("=", 1)[1] in ACCIDENT_VERBS for f in feats):
        return OTHER
    if subtype == AIR_STRIKE and _craft_on_its_mission(feats):
        return OTHER
    return subtype


def _craft_on_its_mission(feats: list[str]) -> bool:
    """The air strike is the crashed craft's own mission, told in a prepositional phrase of the crash ("a military
    aircraft crashed while on a bombing run", "the jet crashed during a raid"): the trigger is a preposition's object
    (`tdep=pobj`) in the clause of an accident verb (`verb=`) whose subject is a craft (`subj@v=`). The craft's own
    bombing is no cause of its crash, so the crash is told with no cause: Other (sub48, section 54)."""
    return ("tdep=pobj" in feats and _feature(feats, "verb=") in ACCIDENT_VERBS
            and _feature(feats, "subj@v=") in CRAFT)


def deployed_craft(subtype: str, feats: Iterable[str]) -> str:
    """Aircraft sent somewhere are a deployment, a Change to group/activity (the codebook: "large deployments"),
    not a strike: the rules' trigger lexicon reads a bare 'warplane' as an air strike ("regime warplanes
    pounded the town"), and in "Russia deployed warplanes to Syria last year" that trigger is the object of a
    deployment verb (`head:dobj=` one of `DEPLOYMENT_VERBS`). 5-fold CV on the tune part (2026-12-05): 2 changes,
    both to right."""
    feats = list(feats)
    if _feature(feats, "trig=") in CRAFT and _feature(feats, "head:dobj=") in DEPLOYMENT_VERBS:
        return GROUP_CHANGE
    return subtype


def release_subtype(subtype: str, feats: Iterable[str]) -> str:
    """A release of captives stays what the rules call it, 'Other' (events/ontology.py 'release'; ACLED codes
    a non-violent release as a strategic development), unless the model reads it as part of a deal
    (Agreement: "prisoners freed under a swap"). The model hears 'held', 'armed men', 'ransom' from abductions
    and attacks and retyped "armed men released a driver they had held for a week" as an Attack: the release
    is the event, the holding is its background. 5-fold CV on the tune part (2026-12-05): 1 change, to right."""
    feats = list(feats)
    if "int=release" in feats and subtype not in (OTHER, AGREEMENT):
        return OTHER
    return subtype


VIOLENT_DEMONSTRATION = "Violent demonstration"
# data/subtype_cues.json "about_riots": a clash told beside a protest word is the protesters' violence.
RIOT_CLASH_WORDS = frozenset(cue_data()["riot_clash_words"])
PROTEST_WORDS = frozenset(w for w, c in cues().items() if c == "protest") - frozenset(cue_data()["protest_cues_ambiguous"])
# The sub-types the model and the rules give a clash of demonstrators: a fight (the word 'clash'), the protest
# itself, or a mob (the riot cue class holds 'clash' and 'youth').
CLASH_AT_PROTEST_FROM = frozenset({ARMED_CLASH, "Peaceful protest", "Mob violence"})


def clash_at_protest(subtype: str, feats: Iterable[str]) -> str:
    """A clash in a sentence that names a protest is a Violent demonstration (the codebook: demonstrators who
    engage in violence, a riot; "protesters clashed with police", "clashes which devolved from protests",
    "placard-waving students clashed with police"). The rules read 'clash' as an Armed clash and the model
    hears the protest word as a Peaceful protest; the codebook's Armed clash needs two organised armed sides
    and a Peaceful protest has no violence. Needs a clash word of what happened (`w=` of `RIOT_CLASH_WORDS`, not
    under a denial) and a protest word (`w=` of the protest cue class, without 'strike' and 'march', which also
    name an air strike and the month). Force used on the protest (Excessive force, Protest with intervention) is
    not retyped. 5-fold CV on the tune part (2026-12-06, the shipped setting): 5 answers change, all 5 to right."""
    feats = list(feats)
    if subtype not in CLASH_AT_PROTEST_FROM:
        return subtype
    words = _values(feats, "w=")
    if words & RIOT_CLASH_WORDS and words & PROTEST_WORDS:
        return VIOLENT_DEMONSTRATION
    return subtype


# data/subtype_cues.json "about_sub37": the lexicon's reading of a march of people (`lex=`), never the month.
MARCH_LEX = frozenset(f"lex={c}" for c in cue_data()["march_lex_classes"])


def clash_of_marchers(subtype: str, feats: Iterable[str]) -> str:
    """A clash told in a sentence where people marched or tried to march is a Violent demonstration (the codebook:
    demonstrators who engage in violence; docs/annotation/subtypes.md section 41): "Clashes in Cairo, allegedly after
    Islamists tried to march", "Neo-Nazis trying to march through the Jewish quarter have clashed with
    anti-fascists". `clash_at_protest` leaves 'march' out of its protest words because the bare word is also the
    month; the trigger lexicon's own reading (`lex=march`, which the month never gets) tells the march. Needs a clash
    word of what happened (`w=` of `RIOT_CLASH_WORDS`) and no armed side or state force among the subject's parties
    (`party:subj=`): troops who marched into a town and clashed with rebels fight an Armed clash."""
    feats = list(feats)
    if subtype not in CLASH_AT_PROTEST_FROM or not MARCH_LEX & set(feats):
        return subtype
    if _values(feats, "w=") & RIOT_CLASH_WORDS and not _values(feats, "party:subj=") & {ARMED, STATE}:
        return VIOLENT_DEMONSTRATION
    return subtype


DISRUPTED = "Disrupted weapons use"
# data/subtype_cues.json "about_foiled_explosions": verbs saying an attack was stopped.
FOILING_WORDS = frozenset(cue_data()["foiling_words"])
FOILED_FROM = frozenset({IED, "Suicide bomb"})


def foiled_explosion(subtype: str, feats: Iterable[str]) -> str:
    """A bombing the sentence says was foiled is Disrupted weapons use (the codebook: an attack or explosion
    prevented, a foiled plot): "a major suicide attack ... was foiled", "the attack, which was frustrated when the
    army detonated the terrorists' car bomb". The rules and the model read the device ('suicide', 'car bomb',
    'VBIED') and give the explosion's type. Only for the planted and the suicide bombs, whose prevention the
    codebook names; a strike "aimed at foiling" an enemy's plans is still a strike. Needs a foiling word of what
    happened (`w=`, not under a denial). 5-fold CV on the tune part (2026-12-06, the shipped setting): 3 answers
    change, all 3 to right."""
    feats = list(feats)
    if subtype in FOILED_FROM and _values(feats, "w=") & FOILING_WORDS:
        return DISRUPTED
    return subtype


AIRCRAFT = aircraft_words()
AIRCRAFT_FROM = frozenset({ARMED_CLASH, "Attack", "Shelling/artillery/missile attack"})


def aircraft_agent(subtype: str, feats: Iterable[str]) -> str:
    """A clash, attack or shelling done by aircraft is an Air/drone strike (the codebook: the means decides within
    remote violence; helicopter attacks and missiles fired from aircraft are air strikes): the trigger's subject is
    an aircraft ("US helicopters shelled the suburb", "combat planes delivered a missile strike": `subj=` of
    `AIRCRAFT`) or an air force ("the air force killed 10 people": `subj=force` with `subj_mod=air`). The rules
    read the verb ('shelled', 'killed') and the model follows it. 5-fold CV on the tune part (2026-12-06, the
    shipped setting): 3 answers change, all 3 to right."""
    feats = list(feats)
    if subtype not in AIRCRAFT_FROM:
        return subtype
    subjects = _values(feats, "subj=")
    if subjects & AIRCRAFT or ("force" in subjects and "subj_mod=air" in feats):
        return AIR_STRIKE
    return subtype


ACCIDENT_CAUSES = frozenset(cue_data()["accident_causes"])
# The sub-types the rules give an explosion, a fire or a crash by the means or the damage the sentence names.
ACCIDENT_CAUSE_FROM = frozenset({IED, AIR_STRIKE, "Shelling/artillery/missile attack", "Looting/property destruction",
                                 "Disrupted weapons use"})


def accident_cause(subtype: str, feats: Iterable[str]) -> str:
    """An explosion, fire or crash the sentence puts down to an accident is 'Other' (the codebook: no one attacked;
    the guideline's "aircraft crash, cause not stated -> Other"): "accidental explosions at the barracks killed
    100", "an explosion at an arms dump ...; officials blamed a short circuit", "the crash was due to a technical
    fault". The rules type the blast as a planted device and the damage as property destruction. Needs a word of
    `ACCIDENT_CAUSES` (`w=`, not under a denial: "it was no accident"). 5-fold CV on the tune part (2026-12-06, the
    shipped setting): 3 answers change, all 3 to right."""
    feats = list(feats)
    if subtype in ACCIDENT_CAUSE_FROM and _values(feats, "w=") & ACCIDENT_CAUSES:
        return OTHER
    return subtype


# data/subtype_cues.json "about_depot_blasts" (guideline 24.1, docs/annotation/subtypes.md section 34).
MUNITIONS_STORE_WORDS = frozenset(cue_data()["munitions_store_words"])
MUNITIONS_WORDS = frozenset(cue_data()["munitions_words"])
ARSENAL_WORDS = frozenset(cue_data()["arsenal_words"])
BLAST_OR_FIRE_WORDS = frozenset(cue_data()["explosion_words"]) | frozenset(cue_data()["blaze_words"])
ATTACK_MEANS_CUES = frozenset(f"cue={c}" for c in cue_data()["attack_means_cues"])


def depot_blast(subtype: str, feats: Iterable[str]) -> str:
    """An explosion or fire at a munitions store with no attack named is 'Other' (guideline 24.1: "an explosion or fire
    at an arms or ammunition depot ... with no attack or strike named is Other", cause not stated; the ACLED codebook
    codes no attack where none is reported): "an ammunition depot explosion in Homs has claimed the lives of 40", "a
    fire of unknown origin destroyed the main weapons store of the army". The rules and the model type the blast as a
    planted device and the fire's damage as property destruction; the depot's own munitions are no device. Needs, in
    the answers `accident_cause` reads (`ACCIDENT_CAUSE_FROM`), a word of a blast or a fire (`w=`), a munitions store
    (a store word with a munitions word, or an arsenal word), no means of attack (`ATTACK_MEANS_CUES`: "a drone struck
    the ammunition depot, setting off explosions" is an air strike; its means decides) and no named doer of the
    trigger (`party:subj=` of a known kind: "rebels blew up an arms depot" is theirs). Not under a denial (`w=`)."""
    feats = list(feats)
    if subtype not in ACCIDENT_CAUSE_FROM:
        return subtype
    words = _values(feats, "w=")
    if not words & BLAST_OR_FIRE_WORDS:
        return subtype
    if not (words & MUNITIONS_STORE_WORDS and words & MUNITIONS_WORDS) and not words & ARSENAL_WORDS:
        return subtype
    if ATTACK_MEANS_CUES & set(feats) or _values(feats, "party:subj=") - {NONE}:
        return subtype
    return OTHER


FIGHT_WORDS = frozenset(cue_data()["fight_words"])
LEAVING_WORDS = frozenset(cue_data()["leaving_words"])
HANDOVER_FROM = frozenset({GOVERNMENT_GAIN, NONSTATE_GAIN, GROUP_CHANGE})


def handover_without_fight(subtype: str, feats: Iterable[str]) -> str:
    """Ground taken as the other side leaves, with no fighting told, is a Non-violent transfer of territory (the
    codebook: territory changes hands without fighting, a withdrawal and a takeover): "the army re-entered the town
    after the rebels left", "M23 fighters left the camp, which was then occupied by troops", "rebels withdrew and
    government troops moved in". The mirror of `subtype_sides.leaving_hands_over` (a withdrawal counts as a handover
    only when someone takes the ground): here the gain is the trigger, the sentence has a territory-gain cue word
    (`cue=`) and a word of a side leaving (`LEAVING_WORDS` as `w=`), both not under a denial, and no word of fighting
    (`FIGHT_WORDS`). The model
    and the side rule read the gainer and give its territory type; a withdrawal alone is a Change to group/activity.
    Not for an event told in a time adjunct (background: `subtype_scope`); a town's 'fall' is no leaving ("since the fall of Halepi, ... jihadists have taken over": the seed article's
    battle).
    5-fold CV on the tune part (2026-12-06, the shipped setting): 5 answers change, 4 to right."""
    feats = list(feats)
    if subtype not in HANDOVER_FROM or "cue=territory_gain" not in feats or ADJUNCT_FEATURE in feats:
        return subtype
    words = _values(feats, "w=")
    if not words & LEAVING_WORDS or words & FIGHT_WORDS:
        return subtype
    return NONVIOLENT_TRANSFER


DEAL_LEAVING_FROM = frozenset({AGREEMENT, GROUP_CHANGE})


def leaving_under_deal(subtype: str, feats: Iterable[str]) -> str:
    """Ground left under a deal is a Non-violent transfer of territory (the guideline's Non-violent transfer:
    "handover under a deal"; the deal is an Agreement only where its making is the event): an Agreement or Change
    to group/activity answer where a deal or truce noun (`DEAL_NOUNS`, the lexicon's agreement and ceasefire types)
    frames a leaving verb (`LEAVING_WORDS`) - the noun is the trigger and the object of a preposition whose verb
    (`verb=`) is the leaving ("rebel fighters leave under a withdrawal deal", "left the town under the terms of the
    truce"), or the leaving is the trigger and the noun its prepositional object (`arg:pobj=`: "in the latest deal
    rebels evacuated the town"). Not when the leaving is passive (people evacuated under deals are moved, no side
    hands over its ground: "thousands have been evacuated ... under deals"), nor when the deal stands in a time
    adjunct of the leaving ("to evacuate ... after a local agreement reached": the deal is its own, earlier event),
    nor with a word of fighting (`FIGHT_WORDS`). The mirror of `handover_without_fight`, which needs a gain cue."""
    if subtype not in DEAL_LEAVING_FROM:
        return subtype
    feats = list(feats)
    trig = _values(feats, "trig=")
    framed = trig & DEAL_NOUNS and "tdep=pobj" in feats and _values(feats, "verb=") & LEAVING_WORDS
    framing = trig & LEAVING_WORDS and _values(feats, "arg:pobj=") & DEAL_NOUNS
    if not (framed or framing) or "voice=passive" in feats or _values(feats, "w=") & FIGHT_WORDS:
        return subtype
    if ADJUNCT_FEATURE in feats and _values(feats, "adjunct_host=") & LEAVING_WORDS:
        return subtype
    return NONVIOLENT_TRANSFER


LOOTING = "Looting/property destruction"
GOODS_WORDS = frozenset(cue_data()["goods_words"])


def goods_taken(subtype: str, feats: Iterable[str]) -> str:
    """Goods seized are looting, not ground taken (the codebook's Looting/property destruction): a territory answer
    whose trigger's object is a word of `GOODS_WORDS` ("Taliban fighters seized vehicles and communications
    equipment from a UN compound", "ISIL seized the tanks and other military hardware from the airfield":
    `obj@t=`). The rules' 'seize' is satisfied by any place in the clause ('from a UN compound') and the side rule
    then names the gainer. 5-fold CV on the tune part (2026-12-06, the shipped setting): 2 answers change, both to
    right."""
    feats = list(feats)
    if subtype in (GOVERNMENT_GAIN, NONSTATE_GAIN) and _values(feats, "obj@t=") & GOODS_WORDS:
        return LOOTING
    return subtype


def force_on_rioters(subtype: str, feats: Iterable[str]) -> str:
    """Force used on rioters is the riot's event, a Violent demonstration (the guideline: demonstrators who use
    violence make a Violent demonstration, whatever force meets them; Excessive force and Protest with intervention
    are for force on peaceful protesters): an Attack, Armed clash, Excessive force or intervention answer whose
    trigger's target the actor layer calls rioters (`target=rioters`, `obj_kind=rioters`: "10 were killed when police
    opened fire on the rioters")."""
    feats = list(feats)
    if subtype not in (ATTACK, ARMED_CLASH, EXCESSIVE_FORCE, PROTEST_INTERVENTION):
        return subtype
    return VIOLENT_DEMONSTRATION if {"target=rioters", "obj_kind=rioters"} & set(feats) else subtype


MOB_VIOLENCE = "Mob violence"
# data/subtype_cues.json "about_crowds": people who are no organised armed side.
CROWD_WORDS = frozenset(cue_data()["crowd_words"])
# Words of an organised armed side: the armed cue class and the side words (subtype_sides).
ARMED_WORDS = frozenset(w for w, c in cues().items() if c == "armed") | frozenset(
    w for side in ("state", "nonstate") for w in cue_data()["sides"][side])
CROWD_FROM = frozenset({ARMED_CLASH, ATTACK})


def crowd_violence(subtype: str, feats: Iterable[str]) -> str:
    """Violence of a crowd that is no demonstration is Mob violence (guideline 24.2(c), the codebook: a violent mob
    attacks people or property; an Armed clash needs two organised armed sides, an Attack an armed group hitting
    people who do not fight back). Two readings: (a) a fight (`w=` of `TWO_SIDED_FIGHT_WORDS` or `RIOT_CLASH_WORDS`)
    in a sentence that names a crowd (`CROWD_WORDS`: "supporters of two rival clubs fought", "skirmishes pitting two
    communities", "an argument among villagers erupted into a battle") and no word of an organised armed side
    (`ARMED_WORDS`: soldiers, police, militias, gunmen, factions, tribesmen); (b) a killing or wounding (the clause's
    verb, or the trigger as the verb, of the lethal cue class) whose subject is a crowd and not an armed side ("were
    killed by irate youths"). The rules read 'clash' as an Armed clash and a killing as an Attack. A crowd that
    fights the police over a demand is a Violent demonstration (`clash_at_protest` when a protest is named; the
    police word keeps (a) from firing)."""
    feats = list(feats)
    if subtype not in CROWD_FROM:
        return subtype
    words = _values(feats, "w=")
    if words & (TWO_SIDED_FIGHT_WORDS | RIOT_CLASH_WORDS) and words & CROWD_WORDS and not words & ARMED_WORDS:
        return MOB_VIOLENCE
    subjects = _values(feats, "subj=")
    if _harm_told(feats) and subjects & CROWD_WORDS and not subjects & ARMED_WORDS:
        return MOB_VIOLENCE
    return subtype


def _phrase_words(phrases: Iterable[str]) -> set[str]:
    """The words of trigger phrases: the lexicon's multiword triggers ("beat to death", "club to death", "burn
    alive") tell the killing in one of their words, so a word list of killings is read word by word (section 51)."""
    return {w for p in phrases for w in p.split()}


VIOLENT_DEMONSTRATION_FROM = frozenset({ARMED_CLASH, ATTACK, MOB_VIOLENCE})
STATE_FORCE_WORDS = frozenset(cue_data()["sides"]["state"]) | frozenset(cue_data()["force_words"])
NONSTATE_WORDS = frozenset(cue_data()["sides"]["nonstate"])


def crowd_against_state(subtype: str, feats: Iterable[str]) -> str:
    """A crowd that fights the state's forces is a Violent demonstration (guideline 24.2(b), the codebook: demonstrators
    who use violence; a crowd hitting the state's people over a grievance against the state): the trigger is a fight
    word (`TWO_SIDED_FIGHT_WORDS`, `RIOT_CLASH_WORDS`), its partner (`arg:pobj=`: "clashed with police", "with
    international forces") a word of the state's forces (`STATE_FORCE_WORDS`), its subject someone who is no armed side
    ("government opponents", "youths", "Serbs": not of `ARMED_WORDS`), and the sentence names no non-state armed side
    (`NONSTATE_WORDS`: "fighting between police and insurgents" is an Armed clash). The grievance itself is not read:
    a crowd fighting the police in the news is almost always over one, and 24.2(c)'s mob justice at a police post
    names a suspect, not a clash with the police. The rules read 'clash' as an Armed clash, a crowd word as a mob."""
    feats = list(feats)
    if subtype not in VIOLENT_DEMONSTRATION_FROM:
        return subtype
    if not _values(feats, "trig=") & (TWO_SIDED_FIGHT_WORDS | RIOT_CLASH_WORDS):
        return subtype
    subjects = _values(feats, "subj=")
    if not subjects or subjects & ARMED_WORDS or _values(feats, "w=") & NONSTATE_WORDS:
        return subtype
    if _values(feats, "arg:pobj=") & STATE_FORCE_WORDS:
        return VIOLENT_DEMONSTRATION
    return subtype


KILLING_WORDS = frozenset(cue_data()["killing_words"])
# A word of killing, casualties, lethal force or a two-sided fight: a sentence telling one tells more than a movement
# or a preparation (`entry_across_border`, `entry_inside_country`, `fight_prepared_for`).
HARM_OR_FIGHT_WORDS = KILLING_WORDS | CASUALTY_WORDS | LETHAL_WORDS | TWO_SIDED_FIGHT_WORDS


def kidnapped_and_killed(subtype: str, feats: Iterable[str]) -> str:
    """A kidnapping told with a killing is an Attack (guideline section 5's call, the more severe of the two: "kidnapped
    two boys and later murdered them", "officials who were kidnapped last week were found dead", "kidnapped 900,
    executed 18"): an Abduction/forced disappearance answer in a sentence with a word of `KILLING_WORDS` (`w=`, not
    under a denial). Section 21 counted this rule before annotator F's adjudication (section 24), which settled the
    corpus's kidnapped-and-killed sentences by that call; a kidnapping alone stays an Abduction."""
    feats = list(feats)
    if subtype == ABDUCTION and _values(feats, "w=") & KILLING_WORDS:
        return ATTACK
    return subtype


CROWD_FIGHT_WORDS = TWO_SIDED_FIGHT_WORDS | RIOT_CLASH_WORDS  # `crowd_fight`: the trigger words of a fight


def crowd_fight(subtype: str, feats: Iterable[str]) -> str:
    """A fight whose actor is a crowd and whose other party is no armed side is Mob violence (guideline 24.2(c), the
    codebook: a violent mob; an Armed clash needs two organised armed sides, an Attack an armed group): the trigger's
    subject is of the crowd kind only (`party:subj=crowd`, events/subtype_parties.py: "rival student factions
    attacked each other", "members of a youth group clashed with opposition activists") and no party it acts with
    or upon is a state force or an armed side (`party:with=`, `party:obj=`). `crowd_violence` reads the sentence's
    words; this reads the trigger's own parties, so a crowd word that heads a phrase the side words call armed
    ('student factions', 'youth group') counts as the crowd it names. Civilians count as a crowd when the trigger
    is a fight (`TWO_SIDED_FIGHT_WORDS`, `RIOT_CLASH_WORDS`: "200 patrons brawl"): people who are no armed side
    fighting each other are a mob; civilians who only kill or hurt ("a man opened fire") are left to the model
    (section 28). A fight noun's civilians are its own or those of a clause verb it is the argument of
    (`subtype_parties.lends_parties`, section 33): "families fled after clashes in Daraa" are no fighters.

    A Violent demonstration answer is read the same way when the sentence names no protest (no `cue=protest`) and the
    trigger is a fight word: guideline 24.2 makes a crowd's violence a Violent demonstration only when a
    demonstration is named (a) or the state is hit (b: a state party, which the test below already excludes), so
    a fight of people who are no armed side with neither is 24.2(c)'s Mob violence ("Ethnic Turks and Kurds
    clashed in Vienna"; section 34)."""
    if subtype not in CROWD_FROM and not (subtype == VIOLENT_DEMONSTRATION and _crowd_fight_without_protest(feats)):
        return subtype  # the cheap test first: most answers are no attack or clash
    feats = list(feats)
    actors = _values(feats, "party:subj=")
    if not actors - {NONE} and "cue=protest" not in feats:
        # no actor named: the fight's own parties are its 'between'/'with' ones ("six people died as clashes between
        # rival fan groups spread", section 59); a protest named leaves it to 24.2(a)
        actors = _values(feats, "party:with=")
    if actors != {CROWD} and not (actors and actors <= {CROWD, CIVILIANS} and _values(feats, "trig=") & CROWD_FIGHT_WORDS):
        return subtype
    if (_values(feats, "party:with=") | _values(feats, "party:obj=")) & {STATE, ARMED}:
        return subtype
    return MOB_VIOLENCE


def armed_fight_not_mob(subtype: str, feats: Iterable[str]) -> str:
    """A fight whose actors are organised armed sides is no mob's (guideline section 4: Mob violence is a violent
    mob's; an Armed clash is organised armed groups fighting; docs/annotation/subtypes.md section 40): a Mob violence
    answer whose trigger is a fight word (`CROWD_FIGHT_WORDS`) and whose subject's parties are all armed sides or
    state forces (`party:subj=`, events/subtype_parties.py: "followers of al-Sadr and fighters loyal to al-Hakim
    clashed") -> Armed clash; with no actor named, also a casualty whose fight's two sides (`party:with=`, `pair=`:
    "killed in clashes between two tribes") are both armed (section 59). The mirror of `crowd_fight`: a subject with a
    crowd or civilians among its parties ("an angry crowd stoned a police post") stays. The model hears the festival,
    the crowd of followers, the killing of people, and answers a mob."""
    if subtype != MOB_VIOLENCE:
        return subtype
    feats = list(feats)
    actors = _values(feats, "party:subj=")
    if actors and actors <= {ARMED, STATE} and _values(feats, "trig=") & CROWD_FIGHT_WORDS:
        return ARMED_CLASH
    # no actor named: the fight the casualties fell in, when both its sides are armed ("five people were killed
    # and three wounded in clashes between the Al-Marazig and Al-Saida tribes": identity militias, guideline 24.4(c))
    sides = _values(feats, "party:with=")
    if not actors - {NONE} and sides and sides <= {ARMED, STATE} and _values(feats, "pair=") & ARMED_PAIRS:
        return ARMED_CLASH
    return subtype


# `armed_fight_not_mob`: a fight's two sides both organised armed ones (`pair=` of events/subtype_parties.py)
ARMED_PAIRS = frozenset({f"{ARMED}+{ARMED}", f"{ARMED}+{STATE}", f"{STATE}+{STATE}"})


def crowd_named_fight(subtype: str, feats: Iterable[str]) -> str:
    """A fight that its own noun calls a crowd's is Mob violence (guideline 24.2(c): violence between communities,
    rival supporters or students): an Armed clash or Attack answer whose trigger is a fight word (`CROWD_FIGHT_WORDS`)
    modified by a crowd word (`arg:amod=`, `arg:compound=` of `CROWD_WORDS`: "communal clashes that rocked Garam",
    "ethnic clashes", "student clashes"), with no party of the fight that is an armed side or a state force
    (`party:` features: "student clashes with police" is the state hit, 24.2(b)). `crowd_violence` reads a crowd
    word anywhere in the sentence but no armed word there, and a place's name ("Tafa Local Government Area") holds
    a side word; the fight's own modifier names its parties. A Violent demonstration answer is read the same way
    when the sentence names no protest, as in `crowd_fight` ("Ethnic clashes broke out in the town")."""
    if subtype not in CROWD_FROM and not (subtype == VIOLENT_DEMONSTRATION and _crowd_fight_without_protest(feats)):
        return subtype
    feats = list(feats)
    if not _values(feats, "trig=") & CROWD_FIGHT_WORDS:
        return subtype
    if not (_values(feats, "arg:amod=") | _values(feats, "arg:compound=")) & CROWD_WORDS:
        return subtype
    parties = _values(feats, "party:subj=") | _values(feats, "party:with=") | _values(feats, "party:obj=")
    if parties & {STATE, ARMED}:
        return subtype
    return MOB_VIOLENCE


def crowd_on_non_state(subtype: str, feats: Iterable[str]) -> str:
    """A crowd's violence with no demonstration named and no state party hit is Mob violence (guideline 24.2: a Violent
    demonstration needs (a) a demonstration named or (b) the state's people or property hit; (c) a crowd's violence
    aimed at civilians, a community or an armed non-state group is Mob violence): a Violent demonstration answer in a
    sentence with no protest cue (`cue=protest`) whose trigger's doers are all crowds or civilians (`party:subj=`,
    events/subtype_parties.py) and whose other parties include no state force (`party:obj=`, `party:with=`):
    "Civilians ... throw rocks at Ahrar al-Sham, chase their fighters out of town". `crowd_fight` reads the same for a
    fight word; this reads it for any act (stones thrown, a place stormed), since the answer already says the crowd
    was violent."""
    if subtype != VIOLENT_DEMONSTRATION:
        return subtype
    feats = list(feats)
    if "cue=protest" in feats:
        return subtype
    actors = _values(feats, "party:subj=")
    if not actors or not actors <= {CROWD, CIVILIANS}:
        return subtype
    if (_values(feats, "party:with=") | _values(feats, "party:obj=")) & {STATE}:
        return subtype
    return MOB_VIOLENCE


def _crowd_fight_without_protest(feats: Iterable[str]) -> bool:
    """A fight trigger (`CROWD_FIGHT_WORDS`) in a sentence with no protest cue word (`cue=protest`): a Violent
    demonstration answer there has no demonstration named (guideline 24.2(a))."""
    feats = list(feats)
    return "cue=protest" not in feats and bool(_values(feats, "trig=") & CROWD_FIGHT_WORDS)


LETHAL_FORCE_FROM = FORCE_ON_PROTEST_FROM | {PROTEST_INTERVENTION}


def lethal_force_on_crowd(subtype: str, feats: Iterable[str]) -> str:
    """A state force acting on a crowd in a sentence that tells a killing is Excessive force against protesters (the
    codebook: lethal force on protesters; the intervention types are for force that kills no one): the trigger's
    actor is a state force and the one it acts upon a crowd (`pdir=state>crowd`, events/subtype_parties.py: "police
    officers shot a protester dead", "... killed when security personnel dispersed a crowd") and the sentence has a
    word of `KILLING_WORDS`. `force_on_protest` needs the protest word as the trigger's object and takes no answer
    of Protest with intervention; the dispersal of a crowd that kills is the excessive force, not the intervention."""
    feats = list(feats)
    if subtype in LETHAL_FORCE_FROM and f"pdir={STATE}>{CROWD}" in feats and _values(feats, "w=") & KILLING_WORDS:
        return EXCESSIVE_FORCE
    return subtype


ARREST_VERBS = frozenset(cue_data()["arrest_verbs"])


def arrested_for(subtype: str, feats: Iterable[str]) -> str:
    """An arrest for a crime is an Arrest, not the crime (the codebook: the event is what was reported to happen, here
    the detention; the crime is its reason): the trigger is the complement of 'for' (`head:pcomp=for`: "was arrested
    for allegedly raping ...", "arrested ... for allegedly murdering an unidentified man") in a sentence with a verb
    of arrest (`ARREST_VERBS`). The rules and the model type the crime's verb (Sexual violence, Attack). Who detains
    still decides (`taker_subtype`: a non-state group's 'arrest' is an abduction)."""
    feats = list(feats)
    if subtype in (ARRESTS, ABDUCTION) or "head:pcomp=for" not in feats or not _values(feats, "w=") & ARREST_VERBS:
        return subtype
    return taker_subtype(ARRESTS, feats)


TAKING_VERBS = frozenset(cue_data()["taking_verbs"])


def lexicon_taken_people() -> frozenset[str]:
    """The people the trigger lexicon's rows of taking people require as their object (data/triggers.csv 'seize',
    'snatch', 'carry off', 'whisk away' typed arrest or abduction: engineers, priests, tourists, a crew, ...). Why
    (sub70, docs/annotation/subtypes.md section 81): `people_taken` read its people from a shorter list of its own, so
    the lexicon typed 'gunmen seized the engineers' a taking of people and the model's territory answer for it stood:
    one concept, one list - the lexicon's words join the cue list's (which adds the armed people a capture names:
    fighters, members, officers)."""
    return frozenset(w for e in load_lexicon([packaged_triggers_path()]).entries
                     if e.type in ("arrest", "abduction") for w in e.requires_lemmas)


PEOPLE_WORDS = frozenset(cue_data()["people_words"]) | lexicon_taken_people()
# Answers of taking that people cannot be the object of: ground, and goods (Looting/property destruction).
PEOPLE_TAKEN_FROM = frozenset({GOVERNMENT_GAIN, NONSTATE_GAIN, NONVIOLENT_TRANSFER, LOOTING})


def people_taken(subtype: str, feats: Iterable[str]) -> str:
    """People captured are detained, not ground or goods taken (the codebook: territory is ground, looting is
    property; holding people is an Arrest when state forces hold them and an Abduction/forced disappearance when a
    non-state group does): a territory answer whose trigger is a verb of taking (`TAKING_VERBS`) and whose object is a word of people
    (`obj@t=` of `PEOPLE_WORDS`: "government troops captured five suspected members", "an al-Qaida man was
    captured in Lahore"), with no place among its objects (`obj_cue=place`). The rules' 'capture' is a territory
    trigger satisfied by any place in the clause ('on Jolo', 'in Lahore'). A non-state agent (`agent=`) makes it an
    Abduction; a state agent or none an Arrest (captures of people reported without a captor are mostly arrests
    by the authorities in news). A Looting answer with people as the object of taking is read the same way
    ('gunmen seized two aid workers' is no looting). The mirror of `goods_taken`."""
    feats = list(feats)
    if subtype not in PEOPLE_TAKEN_FROM or not _values(feats, "trig=") & TAKING_VERBS:
        return subtype
    if not _values(feats, "obj@t=") & PEOPLE_WORDS or "obj_cue=place" in feats:
        return subtype
    return ABDUCTION if agent_kind(feats) in NONSTATE_KINDS else ARRESTS


# data/subtype_cues.json "about_raid_arrests" (docs/annotation/subtypes.md section 28).
RAID_WORDS = frozenset(cue_data()["raid_words"])
HELD_PEOPLE_WORDS = frozenset(cue_data()["held_people_words"])


def raid_with_arrests(subtype: str, feats: Iterable[str]) -> str:
    """A raid that ends in arrests is an Arrest (the guideline's Arrests: "arrest campaigns; raids ending in
    arrests"): an Attack or Armed clash answer whose trigger is a raid word (`RAID_WORDS`: "raided neighborhoods ...
    and arrested several members", "officers raiding homes and taking prisoners") in a sentence with a word of
    arrest (`ARREST_VERBS`) or of people held (`HELD_PEOPLE_WORDS`), and no killing word (`KILLING_WORDS`: a raid
    that kills is violence first). The rules and the model read 'raid' as an assault. Who takes them still decides
    (`taker_subtype`: a non-state group's arrests are an abduction)."""
    feats = list(feats)
    if subtype not in (ATTACK, ARMED_CLASH) or not _values(feats, "trig=") & RAID_WORDS:
        return subtype
    words = _values(feats, "w=")
    if words & KILLING_WORDS or not words & (ARREST_VERBS | HELD_PEOPLE_WORDS):
        return subtype
    return taker_subtype(ARRESTS, feats)


def fired_on_protest(subtype: str, feats: Iterable[str]) -> str:
    """Firing on a protest that kills is Excessive force against protesters (the codebook: lethal force on
    protesters), whatever word the model typed: the sentence fires on a protest (`fired_on=protest`,
    events/subtype_parties.fired_on_features: "soldiers fired on a sit-in", "police opened fire on residents and
    students who were protesting", "opening fire at the protestors") and has a killing word (`KILLING_WORDS`).
    `force_on_protest` reads the trigger's own object; here the trigger is often the victims' 'shot dead' or the
    protest's 'march', and the target is in another clause."""
    feats = list(feats)
    if subtype in LETHAL_FORCE_FROM and FIRED_ON_PROTEST in feats and _values(feats, "w=") & KILLING_WORDS:
        return EXCESSIVE_FORCE
    return subtype


SURRENDER_WORDS = frozenset(cue_data()["surrender_words"])


def surrender_agreed(subtype: str, feats: Iterable[str]) -> str:
    """A surrender is an Agreement (the guideline's Agreement: "surrender or reconciliation deal"; the ACLED codebook
    lists surrenders among agreements): a Change to group/activity answer whose trigger is a word of surrender
    (`SURRENDER_WORDS`: "opposition-held areas have surrendered after long army sieges", "the men surrendered in Albu
    Kamal"). The rules' lexicon files 'surrender' with retreats, which are a Change to group/activity."""
    feats = list(feats)
    if subtype == GROUP_CHANGE and _values(feats, "trig=") & SURRENDER_WORDS:
        return AGREEMENT
    return subtype


# data/subtype_cues.json "about_sub34" (docs/annotation/subtypes.md section 37): forces moving, not ground taken.
ENTRY_WORDS = frozenset(cue_data()["entry_words"])
BORDER_WORDS = frozenset(cue_data()["border_words"])
CROSSING_WORDS = frozenset(cue_data()["crossing_words"])
GAIN_ANSWERS = frozenset({GOVERNMENT_GAIN, NONSTATE_GAIN})
# Another word the rules' lexicon reads as a capture or a fight (`lex=`): then the entry is told with a gain or a fight.
GAIN_OR_FIGHT_LEX = frozenset({"lex=territory_taken", "lex=territory_regained", "lex=armed_clash", "lex=attack"})


def entry_across_border(subtype: str, feats: Iterable[str]) -> str:
    """Forces that come into a place across an international border, with no fight and no capture told, are a
    deployment (the guideline's Change to group/activity: "large deployments"), not ground taken from anyone: a
    territory gain answer whose trigger is a word of entering (`ENTRY_WORDS`) in a sentence that names a border
    (`BORDER_WORDS`) crossed (`CROSSING_WORDS`: "a convoy of Turkish Army tanks crossed the Syrian border and entered
    the Aleppo Governorate", "500 militants have entered Azaz via the border-crossing from Turkey"), with no killing,
    casualty, lethal or fight word (`w=`), no other word the rules' lexicon reads as a capture or a fight
    (`GAIN_OR_FIGHT_LEX`) and a trigger whose object is not the border or the crossing itself ("entered the border
    crossing" may be its capture). The rules read 'enter' as a capture satisfied by any place. Which side's ground
    an entry inside the country is stays the territory rules' (section 32's (c1))."""
    feats = list(feats)
    if subtype not in GAIN_ANSWERS or not _values(feats, "trig=") & ENTRY_WORDS:
        return subtype
    words = _values(feats, "w=")
    if not (words & BORDER_WORDS and words & CROSSING_WORDS) or _values(feats, "obj@t=") & (BORDER_WORDS | CROSSING_WORDS):
        return subtype
    if words & HARM_OR_FIGHT_WORDS or GAIN_OR_FIGHT_LEX & set(feats):
        return subtype
    return GROUP_CHANGE


def entry_inside_country(subtype: str, feats: Iterable[str]) -> str:
    """The mirror of `entry_across_border` (lead, docs/annotation/subtypes.md section 89): an entry with no border
    crossed is the territory rules' to type (section 32's (c1): whose ground was entered decides, and the rules read
    the gaining side), so a learned Change to group/activity answer does not overrule them there. A Change to
    group/activity answer whose trigger is a word of entering (`ENTRY_WORDS`), in a sentence naming no border crossed
    and no killing, casualty, lethal or two-sided fight word, whose rules' own answer (`rule=`) is a territory gain
    with the gain told as done by a named side (`gain_done_side=`) -> the rules' answer ("Government troops entered
    the village of Kafr Nabl on Tuesday."). Why: a retrained model learnt 'entered' as a deployment from the
    cross-border entries alone; inside the country the deployment reading has no cue the rules can see."""
    feats = list(feats)
    if subtype != GROUP_CHANGE or not _values(feats, "trig=") & ENTRY_WORDS:
        return subtype
    rule = _feature(feats, "rule=")
    if rule not in GAIN_ANSWERS or not _values(feats, "gain_done_side=") - {"-"}:
        return subtype
    words = _values(feats, "w=")
    if words & BORDER_WORDS or words & HARM_OR_FIGHT_WORDS:
        return subtype
    return rule


# The rules' lexicon's withdrawal words (data/triggers.csv, type 'retreat'), less a surrender (an Agreement).
WITHDRAWAL_WORDS = frozenset(
    e.words[0] for e in load_lexicon([packaged_triggers_path()]).entries if e.type == "retreat") - SURRENDER_WORDS


def withdrawal_beside_strike(subtype: str, feats: Iterable[str]) -> str:
    """A withdrawal told in the main clause beside a strike in its adjunct is the withdrawal, a Change to
    group/activity (guideline section 2, rule 1: the main clause's event; the guideline's Change to group/activity:
    withdrawals not transferring territory): an air strike or shelling answer whose trigger stands in a time
    adjunct (`scope=time_adjunct`) of a clause whose verb (`adjunct_host=`, events/subtype_scope.host_features)
    is a withdrawal (`WITHDRAWAL_WORDS`: "the Islamic State began withdrawing their forces
    ..., following a successful missile strike by the Syrian Arab Army"). A strike from afar hands the striker no
    ground, so the withdrawal is no transfer to it. The mirror of `strike_beside_ground_fight`."""
    feats = list(feats)
    if subtype in (AIR_STRIKE, SHELLING) and ADJUNCT_FEATURE in feats and _values(feats, "adjunct_host=") & WITHDRAWAL_WORDS:
        return GROUP_CHANGE
    return subtype


# events/protest_acts.py (docs/annotation/subtypes.md section 30): the answers a protest dispersed or suppressed
# gets from the model and the rules - the protest itself, the arrest, the police's act as an attack or a clash, the
# crowd as a mob, and a change of activity ("have begun attacking demonstrators": the act on the protest is the event;
# section 61, sub55).
INTERVENTION_FROM = frozenset({"Peaceful protest", ARRESTS, ATTACK, ARMED_CLASH, MOB_VIOLENCE, GROUP_CHANGE})


def intervention_on_protest(subtype: str, feats: Iterable[str]) -> str:
    """A protest that an act of intervention was done to, with no one killed, is a Protest with intervention (the
    guideline: a protest dispersed or suppressed without serious injury - arrests at the protest, tear gas, water
    cannon): an act of intervention has the protest as its object (`protest_act=on_protest`: "police cleared a
    protest", "fired tear gas at the demonstrators", "dozens of protesters were arrested"), or a crowd in a sentence
    that names a protest (`protest_act=on_crowd`: "arrested several dozen supporters as they tried to gather for a
    banned march"), and the sentence has no killing word (`KILLING_WORDS`: lethal force on protesters is Excessive
    force, `fired_on_protest`, `lethal_force_on_crowd`). An intervention word that only stands in the sentence
    ("protesting against the arrest of their leader") is no act on the protest (section 28 counted that reading and
    dropped it). A Violent demonstration keeps its type: the demonstrators' own violence is the event."""
    feats = list(feats)
    # the act on a protest before the sentence's words: few events have one, and `w=` is a pass over all features
    if subtype not in INTERVENTION_FROM or not (ON_PROTEST in feats or ON_CROWD in feats) or \
            _values(feats, "w=") & KILLING_WORDS:
        return subtype
    return PROTEST_INTERVENTION


# data/subtype_cues.json "about_demonstrators_violence": the riot cue class's words of an act of violence.
RIOT_ACT_WORDS = frozenset(w for w, c in cues().items() if c == "riot") - frozenset(cue_data()["riot_cues_not_acts"])
FORCE_ON_PEACEFUL_PROTEST = frozenset({EXCESSIVE_FORCE, PROTEST_INTERVENTION})


def demonstrators_violence(subtype: str, feats: Iterable[str]) -> str:
    """Force used on demonstrators who were themselves violent is a Violent demonstration (the guideline: Excessive
    force and Protest with intervention are force on PEACEFUL protesters; a Violent demonstration is one whose
    demonstrators "use violence or destroy property": "Protesters hurled stones and set tyres on fire"): an
    Excessive force or Protest with intervention answer in a sentence with a word of a riot's act (`w=` of
    `RIOT_ACT_WORDS`: stones, petrol bombs, tyres, smashing, looting, barricades; "shot at demonstrators' feet when
    stone-throwing endangered soldiers' lives"). The model hears the shooting and the protest and gives the force.
    'rock' and 'torch' are left out (protests 'rocked' the capital, marchers 'bearing torches'): the feature has no
    part of speech."""
    feats = list(feats)
    if subtype in FORCE_ON_PEACEFUL_PROTEST and _values(feats, "w=") & RIOT_ACT_WORDS:
        return VIOLENT_DEMONSTRATION
    return subtype


def deployment_before_fight(subtype: str, feats: Iterable[str]) -> str:
    """A deployment told as the sentence's main verb, with no harm done in the sentence, is a Change to
    group/activity (the guideline: "large deployments, redeployments"; "Hundreds of troops were sent to the
    border"): an Armed clash answer whose rules read a deployment (`int=deployment`) on the root verb
    (`tdep=ROOT`) and whose sentence has no killing, casualty or lethal word (`w=`), no lethal cue and no word the
    rules' lexicon reads as an attack (`lex=attack`). The model hears the fight the troops are sent for ("sent
    reinforcements to the base to fight Islamic State", "building up its forces in anticipation of the offensive to
    capture the city"); that fight has not happened. A deployment in a relative clause ("where forces were sent in
    February to quell fighting") is background to another event and is left alone. docs/annotation/subtypes.md
    section 32 (sub29)."""
    feats = list(feats)
    if subtype != ARMED_CLASH or "int=deployment" not in feats or "tdep=ROOT" not in feats:
        return subtype
    if _values(feats, "w=") & (KILLING_WORDS | CASUALTY_WORDS | LETHAL_WORDS):
        return subtype
    if "cue=lethal" in feats or "lex=attack" in feats:
        return subtype
    return GROUP_CHANGE


# data/subtype_cues.json "about_sub46" (docs/annotation/subtypes.md section 52): a fight only prepared for.
PREPARATION_WORDS = frozenset(cue_data()["preparation_words"])


def fight_prepared_for(subtype: str, feats: Iterable[str]) -> str:
    """Forces made ready for a fight that the sentence does not tell as fought are a Change to group/activity (the
    guideline: "large deployments, redeployments"; the fight has not happened): an Armed clash answer in a sentence
    with a word of preparing for it (`PREPARATION_WORDS`: "ramping up forces ... in preparation for an offensive",
    "have been transferred to the provincial capital in order to prepare for a major military operation") and no
    killing, casualty, lethal or two-sided fight word (`w=`), no lethal cue and no word the rules' lexicon reads as an
    attack (`lex=attack`), as `deployment_before_fight`, whose deployment verb the rules' lexicon may not know
    ('ramp up', 'transfer'). A fight told beside the preparation ("clashed with rebels as they prepared for an
    offensive") stays the fight. docs/annotation/subtypes.md section 52 (sub46)."""
    feats = list(feats)
    if subtype != ARMED_CLASH:
        return subtype
    words = _values(feats, "w=")
    if not words & PREPARATION_WORDS or words & HARM_OR_FIGHT_WORDS:
        return subtype
    if "cue=lethal" in feats or "lex=attack" in feats:
        return subtype
    return GROUP_CHANGE


# data/subtype_cues.json "about_bombers_stopped".
STOPPING_VERBS = TAKING_VERBS | ARREST_VERBS | frozenset(cue_data()["stopping_verbs"])
TRYING_WORDS = frozenset(cue_data()["trying_words"])
EXPLOSION_WORDS = frozenset(cue_data()["explosion_words"])
BOMBER_STOPPED_FROM = FOILED_FROM | {ARRESTS}


def bomber_stopped(subtype: str, feats: Iterable[str]) -> str:
    """A bomber held or stopped before the bomb went off is Disrupted weapons use (the guideline: "an attack or
    explosion prevented"): a Suicide bomb, Remote explosive or Arrests answer in a sentence with a bomb cue
    (`cue=explosive` or `cue=suicide`), a word of a person stopped or taken (`STOPPING_VERBS`), no killing or
    casualty word, and either a word that the bombing was only tried (`TRYING_WORDS`: "captured as they tried to
    plant a bomb", "apprehend one of the terrorists that was attempting to detonate his suicide vest") or a suicide
    device with no word that it went off (`EXPLOSION_WORDS`: "captured wearing an explosive belt", "a suicide bomber
    was stopped before detonating"). The model types the device or the arrest. A sentence that tells an offensive
    for ground (`gain_attempt`, the sides' reading of a capture under an offensive's word: "began with a suicide
    attack followed by a ground offensive that led to the capture of several buildings") uses the bomb in an
    assault; its capture is of ground, not of a bomber. ('captured a suicide bomber' makes the rules' lexicon read
    ground taken, `lex=territory_taken`, so that feature cannot tell them.) docs/annotation/subtypes.md section 32
    (sub29)."""
    feats = list(feats)
    if subtype not in BOMBER_STOPPED_FROM or "gain_attempt" in feats:
        return subtype
    if not {"cue=explosive", "cue=suicide"} & set(feats):
        return subtype
    words = _values(feats, "w=")
    if not words & STOPPING_VERBS or words & (KILLING_WORDS | CASUALTY_WORDS):
        return subtype
    if words & TRYING_WORDS or ("cue=suicide" in feats and not words & EXPLOSION_WORDS):
        return DISRUPTED
    return subtype


SHELLING = "Shelling/artillery/missile attack"
# data/subtype_cues.json "about_adjunct_hosts" (docs/annotation/subtypes.md section 35): the host clause is a fight.
GROUND_FIGHT_WORDS = TWO_SIDED_FIGHT_WORDS | frozenset(cue_data()["ground_assault_words"])


# The means a support phrase tells ("backed by air strikes", "spearheaded by a suicide bombing"): every remote-violence
# sub-type (the codebook's Explosions/Remote violence family), read from the ontology.
SUPPORT_MEANS = frozenset(ontology.ACLED_TYPES["Explosions/Remote violence"])


def gain_in_main_clause(subtype: str, feats: Iterable[str]) -> str:
    """The ground taken that the sentence's main clause tells as done decides over an event told in an adjunct of it
    (guideline section 2, rule 1: the main clause's event; section 4: the gain decides, not the fighting or the fire
    that won it). `gain_any_main_side=` (`subtype_sides.main_gain_features`: any capture word of the main clause,
    its gainer known) names one side, and the answer's own event is told in a time adjunct (`scope=time_adjunct`)
    or a support phrase (`scope=support`):

    - a strike or shelling ("Pro-regime fighters - backed by regime and Russian air strikes - retook the villages",
      "Following intense artillery shelling, the NDF succeeded in recapturing the point") -> the gainer's type;
    - a territory change ("Syrian Kurds made fresh advances, seizing a string of villages a week after the town was
      recaptured from the IS jihadists": the trigger the background recapture) -> the main clause's gainer's type.

    Section 67 (sub60). A gain only tried, in a relative clause or another adjunct is no `gain_any_main_side=`.
    A support phrase's means is any of remote violence, not only a strike or shelling: "Islamist rebels - spearheaded
    by a suicide bombing - entered the 3000 Apartment Project" (section 95, sub77: rule 24.22, the gain told with the
    force that won it).
    """
    feats = list(feats)
    supported = subtype in SUPPORT_MEANS and SUPPORT_FEATURE in feats
    if subtype not in (AIR_STRIKE, SHELLING, GOVERNMENT_GAIN, NONSTATE_GAIN) and not supported:
        return subtype
    if ADJUNCT_FEATURE not in feats and not supported:
        return subtype
    sides = _values(feats, ANY_MAIN_GAIN) - {"-"}
    if len(sides) != 1:
        return subtype
    return {"state": GOVERNMENT_GAIN, "nonstate": NONSTATE_GAIN}.get(next(iter(sides)), subtype)


# The trigger is a clause's verb or one of its core arguments ("The assault on X ... sparked", "launched a surprise
# attack"), not a preposition's object ("seized in a battle that ...").
FIGHT_TOLD_DEPS = frozenset({"tdep=ROOT", "tdep=ccomp", "tdep=nsubj", "tdep=nsubjpass", "tdep=dobj"})


def fight_beside_background_gain(subtype: str, feats: Iterable[str]) -> str:
    """A territory answer to an event the rules typed an Armed clash (`rule=`), whose trigger is no capture word
    (`gain_side@t=`) while the sentence tells no ground taken in its main clause (neither `gain_main_side=` nor
    `gain_any_main_side=`, a side known or not) is the fight: the ground the sentence names changed hands only in a
    clause of background ("The assault on the town from which the jihadists were expelled by Kurdish militia last
    month sparked an exodus", "repelled a renewed opposition assault, forcing them to retreat from positions they
    seized a day earlier") or not at all ("their forces launched a surprise attack on the positions inside the
    village"). Guideline section 2, rule 1 and section 4: an offensive with no reported gain is an Armed clash. The
    model hears a capture word or a place anywhere in the sentence. Kept: a done gain by the fight's own doer told
    in a later clause ("stormed the college, where they were able to capture several points": its result, as
    `gain_in_background` keeps it). Section 67 (sub60)."""
    feats = list(feats)
    if subtype not in (GOVERNMENT_GAIN, NONSTATE_GAIN) or _feature(feats, "rule=") != ARMED_CLASH:
        return subtype
    if not FIGHT_TOLD_DEPS & set(feats):  # the fight itself told in a phrase of the gain's clause: "a hill that
        return subtype  # rebels seized in a battle that cost 30 lives" (the sentence's one event is the gain)
    if _values(feats, "gain_side@t=") or _values(feats, MAIN_GAIN) or _values(feats, ANY_MAIN_GAIN):
        return subtype
    sides = _values(feats, "gain_done_side=")
    if len(sides) == 1 and agent_kind(feats) in GAIN_SIDE_KINDS.get(next(iter(sides)), ()):
        return subtype
    return ARMED_CLASH


def strike_beside_ground_fight(subtype: str, feats: Iterable[str]) -> str:
    """A strike or shelling told in an adjunct of a clause that tells a ground fight is that fight, an Armed clash:
    "Following the Russian airstrikes, the rebels stormed the army's positions", "Backed by Russian airstrikes the
    forces ... are pressing a battle", "Despite heavy shelling by regime forces, the groups managed to repel the
    attacks", "launched this new offensive ... after a fierce artillery exchange". The guideline codes the main
    clause's event (section 2, rule 1); the strike is its background or its support. The rules and the chooser take
    the strike, whose means is the most specific word of the sentence. Read from the parse
    (`subtype_scope.host_features`: the verb the adjunct hangs on, its complement verbs and their objects, of
    `GROUND_FIGHT_WORDS`); a host clause of another kind ("Since the announcement of an offensive, there have been
    reports of airstrikes") or a strike in the main clause keeps its type."""
    feats = list(feats)
    if subtype in (AIR_STRIKE, SHELLING) and _values(feats, "adjunct_host=") & GROUND_FIGHT_WORDS:
        return ARMED_CLASH
    return subtype


# docs/annotation/subtypes.md section 39 (sub35): a gain told as the background of another event.
TERRITORY_RULES = frozenset(f"rule={t}" for t in (GOVERNMENT_GAIN, NONSTATE_GAIN))
# The rules' answers of a violent event of the main clause that a background gain must not override: any answer
# but a territory type, 'Other' (the rules' bare advance, section 12) and none.
NOT_MAIN_EVENTS = frozenset({GOVERNMENT_GAIN, NONSTATE_GAIN, OTHER, NONE})
CIVILIAN_WORDS = frozenset(w for w, c in cues().items() if c == "civilian")
GAIN_SIDE_KINDS = {"state": STATE_KINDS, "nonstate": NONSTATE_KINDS}
# The trigger is the verb of the sentence's main clause, or of the main clause of a report ("activists said the
# troops had been battling ..."; guideline section 2, rule 5: a reported event counts).
MAIN_CLAUSE_DEPS = frozenset({"tdep=ROOT", "tdep=ccomp"})


def gain_in_background(subtype: str, feats: Iterable[str]) -> str:
    """Ground taken that the sentence tells only as the background of another event is not the sentence's event
    (guideline section 2, rule 1: the main clause's event; the guideline's 'a capture told as the background of a
    fight leaves the fight the event', as `gain_after_clash` reads it). The model hears a capture word anywhere in
    the sentence and answers a territory type. Two shapes, both on a territory answer:

    (a) The trigger is the main clause's verb, or that of a report's main clause (`MAIN_CLAUSE_DEPS`), the rules
        typed it as another event (`rule=`: "The rocket struck the district where loyalist forces have held out
        since rebels seized the east", "The blast hit the neighbourhood which was once on the front line before the
        army retook the city", "Mobs burned churches before U.N. troops restored order"), the trigger itself is no
        capture (`gain_side@t=`), no done gain is told in the main clause (`subtype_sides.MAIN_GAIN`), and the one
        done gain the sentence tells (`gain_done_side=`) is by a side other than the trigger's doer (`agent=`). ->
        the rules' answer. A gain by the doer itself told in a clause after its act ("stormed the college, where they
        were able to capture several points") is its result, and stays.
    (b) The trigger is the capture (the rules typed it a territory type) told in a time adjunct (`scope=time_adjunct`)
        of a clause whose verb or its object (`adjunct_host=`, events/subtype_scope.host_features) tells a two-sided
        fight ("three soldiers were killed fighting IS after the capture of five villages") or an assault on the
        ground (`GROUND_FIGHT_WORDS`) after a gain told with a subject of its own (`subj@t=`: "launched a
        counter-offensive after their former allies seized the village") -> Armed clash, or a killing of civilians
        ("executed 24 civilians after taking over the village") -> Attack. The mirror of `strike_beside_ground_fight`.
        A gain with no subject of its own is the host's doer's own earlier deed, told as its progress ("continued
        their offensive after liberating X"), and stays."""
    if subtype not in (GOVERNMENT_GAIN, NONSTATE_GAIN):
        return subtype
    feats = list(feats)
    rule = _feature(feats, "rule=")
    if rule not in NOT_MAIN_EVENTS and rule is not None:
        if not MAIN_CLAUSE_DEPS & set(feats) or _values(feats, "gain_side@t=") or _values(feats, MAIN_GAIN) \
                or _values(feats, ANY_MAIN_GAIN):
            return subtype
        sides = _values(feats, "gain_done_side=")
        if len(sides) == 1 and agent_kind(feats) not in GAIN_SIDE_KINDS.get(next(iter(sides)), ()):
            return rule
        return subtype
    if ADJUNCT_FEATURE not in feats or not TERRITORY_RULES & set(feats):
        return subtype
    host = _values(feats, "adjunct_host=")
    if host & TWO_SIDED_FIGHT_WORDS or (host & GROUND_FIGHT_WORDS and _values(feats, "subj@t=")):
        return ARMED_CLASH
    if host & KILLING_WORDS and host & CIVILIAN_WORDS:
        return ATTACK
    return subtype


# Answers a side forced off its ground may retype (`forced_off_ground`): the fight or strike that forced it, the
# withdrawal itself (a deployment to the rules), and a territory answer of either side.
FORCED_OFF_FROM = frozenset({ARMED_CLASH, AIR_STRIKE, SHELLING, GROUP_CHANGE, GOVERNMENT_GAIN, NONSTATE_GAIN})
SIDE_SUBTYPES = {"state": GOVERNMENT_GAIN, "nonstate": NONSTATE_GAIN}


def forced_off_ground(subtype: str, feats: Iterable[str]) -> str:
    """A side forced off its ground has lost it to the side that forced it (guideline section 4: a territory type
    when ground changes hands after fighting; docs/annotation/subtypes.md section 40): "struck the IS defences,
    forcing the latter to withdraw from several points" -> Government regains territory, "a counter-offensive by the
    jihadist rebels forced the government units to withdraw" -> Non-state actor overtakes territory. The forcing is
    read by events/forced_leaving.py (`forced_off=` the side forced, `forced_off_by=` the side forcing; told as done,
    not after a repelled assault, not of civilians). The gainer is the side that forced; unknown, a state side forced
    out lost to a non-state one, and another side forced out lost to the event's doer (`agent=`: "[the army]
    struck the defences, forcing the latter to withdraw", the subject lost to the parser). The rules and the model
    type such a sentence by its fight or strike word: no capture word tells the gain."""
    if subtype not in FORCED_OFF_FROM:
        return subtype
    feats = list(feats)
    loser, forcer = _feature(feats, "forced_off="), _feature(feats, "forced_off_by=")
    if loser is None:
        return subtype
    side = forcer if forcer in SIDE_SUBTYPES else None
    if side is None and loser == "state":
        side = "nonstate"
    if side is None:  # the event's doer forced them: "[the army] struck the defences, forcing the latter to withdraw"
        side = next((s for s, kinds in GAIN_SIDE_KINDS.items() if agent_kind(feats) in kinds), None)
    if side is None or (side == "state" and loser == "state"):
        return subtype
    return SIDE_SUBTYPES[side]


def codebook_subtype(subtype: str, feats: Iterable[str]) -> str:
    """The sub-type after the codebook's rules: first whether a strategic answer names violence or a violent one a
    strategic development (`subtype_strategic.strategic_subtype`: a foiled assault, a device made safe, destruction
    that kills, violence stopped), whether a model's 'Other' was a blast (`blast_not_other`), a front-line advance an
    offensive (`advance_as_offensive`), a handover one of people (`people_handed_over`) a headline's craft a crash
    (`craft_crash_in_title`) and bodies found a grave (`grave_found`, events/subtype_other.py), who gains ground (`side_subtype`), whether ground changed
    hands at all (`attempted_capture`), whether a clash won ground (`gain_after_clash`), whether both sides fought
    or one side hit people who could not (`two_sided_fight`, `one_sided_violence`, `targeted_killing`,
    `casualties_of_fighting`, `assault_on_armed_side`, `unarmed_victims`, `civilians_hit`, `fire_returned`), who takes people, what was done to a protest, whether there was a
    protest at all, whether a clash was the protesters' violence, who bombs from the air, whether anyone
    attacked at all (an accident, a release, aircraft sent somewhere), whether a bombing was foiled, whether
    aircraft did it, whether it was an accident, whether ground changed hands without a fight,
    whether what was taken was ground at all or people (`people_taken`), whether a crowd did it
    (`crowd_violence`) against the state's forces (`crowd_against_state`) or organised armed sides fought
    (`armed_fight_not_mob`), whether the people kidnapped were
    killed (`kidnapped_and_killed`), whether the act is an arrest's charge (`arrested_for`), whether a raid ended in
    arrests (`raid_with_arrests`), whether a protest was fired on (`fired_on_protest`) and whether a retreat was a
    surrender (`surrender_agreed`) or ground left under a deal (`leaving_under_deal`), whether a deal was told as ended
    (`deal_ended`, events/subtype_deals.py) or made with no fighting told (`deal_in_force`), whether troops were only
    sent (`deployment_before_fight`) or made ready (`fight_prepared_for`) and whether a bomber
    was stopped before the bomb went off (`bomber_stopped`), whether a depot's blast was an attack at all
    (`depot_blast`), whether a strike was only told beside the main clause's ground fight
    (`strike_beside_ground_fight`) or a strike or capture only told beside the main clause's gain (`gain_in_main_clause`), whether ground taken was only told as another event's background
    (`gain_in_background`), whether a fight's own noun names a crowd (`crowd_named_fight`) or a crowd's violence hit neither a demonstration's target nor the state
    (`crowd_on_non_state`), whether soldiers seized power or mutinied (`coup_or_mutiny`, events/subtype_coups.py),
    whether a side was forced off its ground (`forced_off_ground`), whether a description names the means
    (`described_means_subtype`) or the killing's means (`killing_means_subtype`), whether a chemical agent or a suicide attacker
    is the means (`chemical_means_subtype`, events/subtype_agents.py), and whether the force met rioters (`force_on_rioters`)."""
    feats = list(feats)
    sub = strategic_subtype(blast_not_other(subtype, feats), feats)  # strategic or violent: weapons, people, ground, a stop (sub49)
    sub = people_handed_over(advance_as_offensive(sub, feats), feats)  # an advance fought, people handed over (sub54)
    sub = captives_released(sub, feats)  # captives released, not taken (sub64)
    sub = grave_found(craft_crash_in_title(sub, feats), feats)  # a crash in a title-case headline, a grave found (sub54)
    sub = gain_after_clash(attempted_capture(side_subtype(sub, feats), feats), feats)
    sub = later_gain_subtype(sub, feats)  # a gain undone later, a speaker's 'we' (sub47)
    sub = first_means_subtype(sub, feats)  # of two coordinated means, the first mentioned (sub48)
    sub = chemical_means_subtype(sub, feats)  # a chemical agent as the means, by any delivery (sub50)
    sub = air_launched_subtype(own_means_subtype(sub, feats), feats)  # 'a grenade attack'; 'rockets fired from jets' (sub52)
    sub = described_means_subtype(sub, feats)  # 'describing it as a truck bombing' (diag53, guideline 24.17)
    sub = killing_means_subtype(sub, feats)  # 'Air strikes kill 12', 'School bombing kills 30' (diag54)
    sub = one_sided_violence(two_sided_fight(sub, feats), feats)
    sub = carried_out_operation(targeted_killing(sub, feats), feats)  # 'executed an operation' (sub51)
    sub = assault_on_armed_side(casualties_of_fighting(sub, feats), feats)
    sub = civilians_hit(unarmed_victims(sub, feats), feats)  # out of the fight (sub32); civilians reached (sub62)
    sub = fire_returned(sub, feats)  # fire returned (sub56)
    sub = protest_subtype(taker_subtype(sub, feats), feats)
    sub = clash_at_protest(needs_protest(force_on_protest(sub, feats), feats), feats)
    sub = state_bombing(clash_of_marchers(sub, feats), feats)  # a clash of marchers (sub37)
    sub = foiled_explosion(deployed_craft(release_subtype(accident_subtype(sub, feats), feats), feats), feats)
    sub = goods_taken(handover_without_fight(accident_cause(aircraft_agent(sub, feats), feats), feats), feats)
    sub = force_on_rioters(sub, feats)  # force met by rioters (sub50)
    sub = people_taken(crowd_against_state(crowd_violence(sub, feats), feats), feats)
    sub = lethal_force_on_crowd(armed_fight_not_mob(crowd_fight(sub, feats), feats), feats)
    sub = arrested_for(kidnapped_and_killed(sub, feats), feats)
    sub = fired_on_protest(raid_with_arrests(sub, feats), feats)
    sub = demonstrators_violence(intervention_on_protest(sub, feats), feats)  # what was done to a protest (prot28)
    sub = leaving_under_deal(surrender_agreed(sub, feats), feats)  # ground left under a deal (sub42)
    sub = deal_ended(sub, feats)  # a deal told as ended is no Agreement (sub64, guideline 24.11)
    sub = deal_in_force(sub, feats)  # a deal made, no fighting told, is an Agreement (diag53, guideline 24.17)
    sub = withdrawal_beside_strike(entry_inside_country(entry_across_border(sub, feats), feats), feats)  # forces moving (sub34, section 89)
    sub = bomber_stopped(deployment_before_fight(sub, feats), feats)  # what did not happen (sub29)
    sub = fight_prepared_for(sub, feats)  # a fight only prepared for (sub46)
    sub = depot_blast(sub, feats)  # no attack at all (sub31)
    sub = gain_in_main_clause(sub, feats)  # the main clause's gain, not a strike or capture in its adjunct (sub60)
    sub = strike_beside_ground_fight(sub, feats)  # the main clause's fight, not the strike in its adjunct (sub32)
    sub = gain_in_background(sub, feats)  # the main clause's event, not a gain told as its background (sub35)
    sub = fight_beside_background_gain(sub, feats)  # a fight whose sentence tells no ground taken in its main clause (sub60)
    sub = crowd_on_non_state(crowd_named_fight(sub, feats), feats)  # crowds' fights and violence (sub45)
    sub = crowd_subtype(sub, feats)  # who the crowd is and what it did (sub55)
    sub = crowd_cause_subtype(sub, feats)  # mourners fired on, a crowd's grievance or its suspect (sub63)
    sub = coup_or_mutiny(sub, feats)  # a coup or mutiny with no fighting told (sub45)
    return forced_off_ground(sub, feats)  # ground lost by a side forced off it, no capture word (sub36)


# data/subtype_cues.json "about_sub55" (docs/annotation/subtypes.md section 61, guideline 24.7): who the crowd is and
# what it did.
RIOT_EVENT_WORDS = frozenset(cue_data()["riot_event_words"])
REFLEXIVE_WORDS = frozenset(cue_data()["reflexive_words"])
BURNING_WORDS = frozenset(cue_data()["burning_words"])
MOB_WORDS = frozenset(cue_data()["mob_words"])
PEACEFUL_PROTEST = "Peaceful protest"
# The trigger's doers named as demonstrators (the actor layer's kind of the agent or of the subject).
PROTESTER_DOERS = frozenset({"agent=protesters", "subj_kind=protesters"})
# A fight's two sides: people who are no armed side against the state's forces (`pair=`, events/subtype_parties.py).
CROWD_STATE_PAIRS = frozenset({f"{CROWD}+{STATE}", f"{CIVILIANS}+{STATE}"})
# The actor layer's kinds of an organised non-state armed group (data/actors.csv): rebels, a party's militia.
ORGANISED_NONSTATE_ACTORS = frozenset({"actor=rebel group", "actor=political militia"})
# The actor layer's kinds of a subject that is people of no armed side: a crowd that can be a mob.
CROWD_SUBJECT_KINDS = frozenset({"civilians", "mob", "protesters", "rioters"})
SELF_HARM_FROM = frozenset({MOB_VIOLENCE, VIOLENT_DEMONSTRATION, ATTACK, "Looting/property destruction"})


def demonstrators_fought(subtype: str, feats: Iterable[str]) -> str:
    """A clash between demonstrators and the state's forces is a Violent demonstration (guideline 24.7(a), 24.2(a):
    the demonstrators take part in the violence), not Excessive force, which is one-sided force on PEACEFUL
    protesters: an Excessive force answer whose trigger is a fight word (`CROWD_FIGHT_WORDS`: "Israeli troops and
    Palestinian protesters clashed ..., with two Palestinians killed") whose two sides are people of no armed side
    and the state (`pair=` of `CROWD_STATE_PAIRS`) in a sentence that names a protest (`cue=protest`). The model and
    the rules hear the deaths, the troops and the protesters and give the force. An intervention answer is left
    alone: a clash told with arrests or tear gas and no death is labelled so in the corpus (section 30's Cancun)."""
    feats = list(feats)
    if subtype != EXCESSIVE_FORCE or "cue=protest" not in feats or not _values(feats, "trig=") & CROWD_FIGHT_WORDS:
        return subtype
    return VIOLENT_DEMONSTRATION if _values(feats, "pair=") & CROWD_STATE_PAIRS else subtype


def riot_told(subtype: str, feats: Iterable[str]) -> str:
    """A riot named as the sentence's event is a Violent demonstration, whatever force met it (guideline 24.7(c),
    section 56's force met by rioters): an Excessive force or Protest with intervention answer whose trigger is a
    riot noun (`RIOT_EVENT_WORDS`: "The riots left four dead; two were killed by police firing on the crowd").
    `force_on_rioters` reads the rioters as the force's target; here the riot itself is the trigger."""
    feats = list(feats)
    if subtype in FORCE_ON_PEACEFUL_PROTEST and _values(feats, "trig=") & RIOT_EVENT_WORDS:
        return VIOLENT_DEMONSTRATION
    return subtype


def demonstrators_as_mob(subtype: str, feats: Iterable[str]) -> str:
    """Demonstrators who do violence make a Violent demonstration, never Mob violence (guideline 24.7(b), 24.2(a): Mob
    violence is a crowd that is not demonstrating): a Mob violence answer whose trigger's doer the actor layer names
    protesters (`agent=protesters`, `subj_kind=protesters`: "protesters demanding the release of a local chief threw
    stones at police and burned tyres")."""
    feats = list(feats)
    return VIOLENT_DEMONSTRATION if subtype == MOB_VIOLENCE and PROTESTER_DOERS & set(feats) else subtype


def self_immolation(subtype: str, feats: Iterable[str]) -> str:
    """Setting oneself on fire in protest is a Peaceful protest (guideline 24.7(d); the ACLED codebook codes
    self-immolation as a protest: the protester harms no one else): a violent answer (`SELF_HARM_FROM`) whose
    trigger is one of burning (`BURNING_WORDS`, read word by word: 'set on fire') and whose object is a reflexive
    pronoun (`obj@t=` of `REFLEXIVE_WORDS`: "setting himself on fire to protest Chinese policies"), in a sentence
    that names a protest (`cue=protest`). The rules read 'set on fire' with a person's subject as a mob's."""
    feats = list(feats)
    if subtype not in SELF_HARM_FROM or "cue=protest" not in feats:
        return subtype
    if _values(feats, "obj@t=") & REFLEXIVE_WORDS and _phrase_words(_values(feats, "trig=")) & BURNING_WORDS:
        return PEACEFUL_PROTEST
    return subtype


def mob_without_crowd(subtype: str, feats: Iterable[str]) -> str:
    """Mob violence needs a crowd (guideline 24.7(e), section 4: a violent mob): a Mob violence answer in a sentence
    that names no crowd (no word of `CROWD_WORDS` or `MOB_WORDS`, no party of the crowd or civilians kind as the
    trigger's doer or side, no subject the actor layer calls civilians, a mob, protesters or rioters) and in which the actor layer names an organised non-state armed group
    (`ORGANISED_NONSTATE_ACTORS`: "houses were burnt ... after an [attack] by suspected Boko Haram insurgents who
    stormed the town") is that group's violence: an Armed clash when the trigger is a fight word, else an Attack.
    The model hears the burned houses and the killing of people. Identity militias and a bare 'armed group' are
    not read (guideline 24.4: a community's men and 'political groups' can be rioters), nor the side words
    ('group', 'tribesman'), which name such people too."""
    feats = list(feats)
    if subtype != MOB_VIOLENCE:
        return subtype
    if _values(feats, "w=") & (CROWD_WORDS | MOB_WORDS) or not ORGANISED_NONSTATE_ACTORS & set(feats):
        return subtype
    if (_values(feats, "party:subj=") | _values(feats, "party:with=")) & {CROWD, CIVILIANS}:
        return subtype
    if _values(feats, "subj_kind=") & CROWD_SUBJECT_KINDS:  # "Civilians ... expel Ahrar al-Sham" (24.2(c))
        return subtype
    return ARMED_CLASH if _values(feats, "trig=") & CROWD_FIGHT_WORDS else ATTACK


def one_person_no_mob(subtype: str, feats: Iterable[str]) -> str:
    """One person is no mob (guideline 24.7(e), section 4: Mob violence is a violent crowd's): a Mob violence answer
    whose trigger's one doer is one person (`pnum=one`, events/subtype_parties.one_person: "a man attacked his mom's
    car") of no armed side and no crowd (`party:subj=` civilians or unread) is an Attack. The rules' ontology types any civilians' attack a
    mob's (events/ontology.py `MOB_KINDS`)."""
    feats = list(feats)
    if subtype == MOB_VIOLENCE and ONE_DOER in feats and _values(feats, "party:subj=") <= {CIVILIANS, NONE}:
        return ATTACK
    return subtype


def crowd_subtype(subtype: str, feats: Iterable[str]) -> str:
    """The crowd's rules of guideline 24.7 (section 61, sub55) in one chain: whether demonstrators fought the state's
    forces (`demonstrators_fought`), a riot is the event (`riot_told`), demonstrators were the doers
    (`demonstrators_as_mob`), a protester burned only themselves (`self_immolation`), and whether a mob's answer
    names any crowd at all (`mob_without_crowd`) or one person only (`one_person_no_mob`)."""
    if subtype not in CROWD_SUBTYPE_FROM:
        return subtype  # the cheap test first: most answers are no crowd's or protest's
    feats = list(feats)
    sub = riot_told(demonstrators_fought(subtype, feats), feats)
    sub = self_immolation(demonstrators_as_mob(sub, feats), feats)
    return one_person_no_mob(mob_without_crowd(sub, feats), feats)


CROWD_SUBTYPE_FROM = FORCE_ON_PEACEFUL_PROTEST | SELF_HARM_FROM


# Guideline 24.10 (docs/annotation/subtypes.md section 70, sub63): mourners fired on, and what a crowd's violence is
# over (events/crowd_cause.py).
MOURNERS_FROM = LETHAL_FORCE_FROM  # the answers force on a gathering is read from: Attack, Armed clash, the protests
CAUSE_FROM = frozenset({MOB_VIOLENCE, ARMED_CLASH, ATTACK})
# The answers `crowd_cause_subtype` reads at all, one set built at import (it was built anew for every event).
CROWD_CAUSE_FROM = MOURNERS_FROM | CAUSE_FROM | {VIOLENT_DEMONSTRATION, IED, EXCESSIVE_FORCE}
# Words that name the state a crowd's grievance is held against: its forces and its authorities (data "about_sub63").
STATE_NAMED_WORDS = STATE_FORCE_WORDS | frozenset(cue_data()["authority_words"])
PRISON_WORDS = frozenset(cue_data()["prison_words"])


def force_on_mourners(subtype: str, feats: Iterable[str]) -> str:
    """The state's forces firing on mourners, with a killing, is Excessive force against protesters (guideline
    24.10(a): mourners at a funeral are a gathering of unarmed people; "Soldiers fire on Tigray mourners, killing
    one"): an answer of `MOURNERS_FROM` in a sentence whose firing verb has mourners as its target
    (`fired_on=gathering`, events/subtype_parties.fired_on_features), whose trigger's doer is a state force
    (`party:subj=state`) and which has a killing word (`KILLING_WORDS`). An armed group's attack on a funeral keeps
    its type (the mourners are its civilian victims): the doer must be the state's. The model and the rules hear
    soldiers killing civilians and answer an Attack or a clash."""
    feats = list(feats)
    if subtype not in MOURNERS_FROM or FIRED_ON_GATHERING not in feats:
        return subtype
    if STATE in _values(feats, "party:subj=") and _values(feats, "w=") & KILLING_WORDS:
        return EXCESSIVE_FORCE
    return subtype


def _crowd_acts(feats: list[str]) -> bool:
    """Whether the act is a crowd's and no organised armed side's: no non-state side word in the sentence
    (`NONSTATE_WORDS`: "clashes erupted after police arrested a militant" is a fight of armed sides), no armed
    party among the doers or the other side of a fight, and a crowd named (`CROWD_WORDS`, `MOB_WORDS`, a party of the
    crowd or civilians kind) or a fight word as the trigger (a fight with no armed side named is a crowd's, 24.2)."""
    if _values(feats, "w=") & NONSTATE_WORDS:
        return False
    doers = _values(feats, "party:subj=") | _values(feats, "party:with=")
    if ARMED in doers:
        return False
    parties = doers | _values(feats, "party:obj=")
    return bool(_values(feats, "w=") & (CROWD_WORDS | MOB_WORDS) or parties & {CROWD, CIVILIANS}
                or _values(feats, "trig=") & CROWD_FIGHT_WORDS)


def grievance_against_state(subtype: str, feats: Iterable[str]) -> str:
    """A crowd's violence over a grievance against the authorities is a Violent demonstration (guideline 24.2(b),
    24.10(c)): a Mob violence, Armed clash or Attack answer whose trigger's cause names a grievance (`cause=grievance`,
    events/crowd_cause.py: "an irate mob set fire to a police post after a driver died in custody", "residents attacked
    a police patrol with stones, accusing officers of killing a boy", "the clashes erupted after authorities
    demolished a small Muslim shrine") and no suspect, done by a crowd (`_crowd_acts`), and not aimed at people of no
    armed side (`party:obj=` civilians or crowd: a crowd hitting a community is 24.2(c)'s Mob violence whatever its
    cause), in a sentence that names the state (`STATE_NAMED_WORDS`: its forces or authorities). A one-sided act of one
    person is no crowd's (`pnum=one` with no crowd word)."""
    feats = list(feats)
    if subtype not in CAUSE_FROM or GRIEVANCE not in feats or SUSPECT in feats or not _crowd_acts(feats):
        return subtype
    if not _values(feats, "w=") & STATE_NAMED_WORDS:
        return subtype  # 24.2(b): the crowd hits the state's people or property, so the sentence names the state
    if _values(feats, "party:obj=") & {CIVILIANS, CROWD}:
        return subtype
    if ONE_DOER in feats and not _values(feats, "w=") & (CROWD_WORDS | MOB_WORDS):
        return subtype
    if STATE in _values(feats, "party:subj=") and not _values(feats, "trig=") & CROWD_FIGHT_WORDS:
        return subtype  # the state's own one-sided act ("police shot a man after ...") is no crowd's
    return VIOLENT_DEMONSTRATION


def mob_justice(subtype: str, feats: Iterable[str]) -> str:
    """A crowd acting to punish a suspect is Mob violence (guideline 24.2(c), 24.10(c),(d): mob justice, also at a
    police post holding the suspect): an Armed clash, Attack or Violent demonstration answer whose trigger's cause
    names a suspect (`cause=suspect`, events/crowd_cause.py: "the clash was due to the refusal of the police to
    release a suspected ritualist to the community"), done by a crowd (`_crowd_acts`) with no state force as its doer
    (police shooting a suspect is the state's act), no demonstration named (`cue=protest`: 24.2(a)) and no riot named
    as the event (`RIOT_EVENT_WORDS`, 24.7(c))."""
    feats = list(feats)
    if subtype not in CAUSE_FROM | {VIOLENT_DEMONSTRATION} or subtype == MOB_VIOLENCE or SUSPECT not in feats:
        return subtype
    if "cue=protest" in feats or STATE in _values(feats, "party:subj=") or not _crowd_acts(feats):
        return subtype
    if _values(feats, "trig=") & RIOT_EVENT_WORDS:
        return subtype  # a riot named as the event is a Violent demonstration (24.7(c): "In a riot ..., police shot")
    return MOB_VIOLENCE


def prison_fight(subtype: str, feats: Iterable[str]) -> str:
    """A fight of gangs or inmates inside a prison is Mob violence (guideline 24.4(b): the codebook codes rioting
    prisoners as rioters, so "clashes between rival gangs" at a prison are a riot of prisoners, not an Armed clash of
    gangs outside): an Armed clash or Attack answer whose trigger is a fight word (`CROWD_FIGHT_WORDS`), or a casualty
    word (`CASUALTY_WORDS`) beside one, in a sentence
    that names a prison or its inmates (`PRISON_WORDS`), with no state force among the fight's parties (guards or
    troops fighting inmates are another event) and no non-state armed side named (`NONSTATE_WORDS`: insurgents
    storming a prison fight its guards)."""
    feats = list(feats)
    if subtype not in (ARMED_CLASH, ATTACK):
        return subtype
    words, trigger = _values(feats, "w="), _phrase_words(_values(feats, "trig="))
    # the fight as the trigger, or casualties told beside a fight word ("29 were killed ... as clashes between rival
    # gangs ended in a huge fire")
    if not (trigger & CROWD_FIGHT_WORDS or (trigger & CASUALTY_WORDS and words & CROWD_FIGHT_WORDS)):
        return subtype
    if not words & PRISON_WORDS or words & NONSTATE_WORDS:
        return subtype
    parties = _values(feats, "party:subj=") | _values(feats, "party:with=") | _values(feats, "party:obj=")
    return subtype if STATE in parties else MOB_VIOLENCE


INCENDIARY_WORDS = frozenset(cue_data()["incendiary_words"])
BOMB_WORDS = frozenset(cue_data()["incendiary_heads"])  # the noun a thrown incendiary is named by ('petrol bomb')


def thrown_incendiary(subtype: str, feats: Iterable[str]) -> str:
    """A petrol bomb or Molotov cocktail thrown is no planted explosive device but the thrower's act (guideline
    24.10(b)): a Remote explosive answer whose trigger is a bomb (`BOMB_WORDS`) modified by an incendiary word
    (`arg:compound=` of `INCENDIARY_WORDS`: "hurled petrol bombs") is a Violent demonstration when demonstrators throw
    it (the actor layer's protesters as doer, `agent=`/`subj_kind=`, or a crowd doer in a sentence that names a
    protest), Mob violence when a crowd or civilians do (`party:subj=`, 24.2(c)), and an Attack otherwise (an armed
    group's or an unnamed thrower's: "they also threw a petrol bomb at a truck, killing five"). The trigger lexicon
    reads 'bomb' as an explosive whoever throws it."""
    feats = list(feats)
    if subtype != IED or not _values(feats, "trig=") & BOMB_WORDS:
        return subtype
    if not _values(feats, "arg:compound=") & INCENDIARY_WORDS:
        return subtype
    doers = _values(feats, "party:subj=")
    if PROTESTER_DOERS & set(feats) or ("cue=protest" in feats and CROWD in doers):
        return VIOLENT_DEMONSTRATION
    if doers and doers <= {CROWD, CIVILIANS}:
        return MOB_VIOLENCE
    return ATTACK


THROWING_VERBS = frozenset(cue_data()["throwing_verbs"])
MISSILE_WORDS = frozenset(cue_data()["missile_words"])


def protesters_threw(subtype: str, feats: Iterable[str]) -> str:
    """Demonstrators who throw missiles make a Violent demonstration (guideline 24.2(a), 24.10(b)): a Peaceful protest
    answer whose trigger's clause verb is one of throwing (`verb=` of `THROWING_VERBS`) with demonstrators as its doer
    (the actor layer's protesters, `PROTESTER_DOERS`) in a sentence that names a missile (`MISSILE_WORDS`:
    "Demonstrators hurled petrol bombs at riot police"). The protest word is the trigger and the throw no trigger of
    its own when the lexicon has no entry for the missile; 'angry citizens marched under pelting rain' names none.
    The missile is read among the sentence's words and the throw's objects and their modifiers (`obj=`, `obj_mod=`):
    the tagger makes 'Molotov' a proper noun, which has no `w=` feature ("Protesters threw Molotov cocktails at the
    police station" was left to the model's margin, and a retrained model lost it: section 79, diag52)."""
    feats = list(feats)
    if subtype != PEACEFUL_PROTEST or not _values(feats, "verb=") & THROWING_VERBS:
        return subtype
    named = _values(feats, "w=") | _values(feats, "obj=") | _values(feats, "obj_mod=")
    if PROTESTER_DOERS & set(feats) and named & MISSILE_WORDS:
        return VIOLENT_DEMONSTRATION
    return subtype


GATHERING_WORDS = frozenset(cue_data()["gathering_words"])  # mourners, a funeral (data "about_sub63", 24.10(a))
CROWD_DOER_KINDS = frozenset({"agent=civilians", "agent=mob", "agent=protesters"})  # the actor layer's unarmed doers


def mourners_violence(subtype: str, feats: Iterable[str]) -> str:
    """Mourners who do violence make a Violent demonstration (guideline 24.10(a): a funeral's mourners are a public
    gathering, as a protest is; "Mourners hurled stones at soldiers after the burial"): a Mob violence, Armed clash
    or Attack answer (`CAUSE_FROM`) whose trigger's subject is a word of such a gathering (`subj=` of
    `GATHERING_WORDS`) and whose doer the actor layer reads as unarmed people (`CROWD_DOER_KINDS`: not "mourners were
    attacked by gunmen", whose subject is the victims), a crowd's act (`_crowd_acts`: no armed side) and no state
    force's. The rules read a crowd's stones as Mob violence; only the model's margin made this a demonstration, and a
    retrained model lost it (section 79, diag52). A suspect the mourners want punished still makes it Mob violence
    (`mob_justice`, after this rule)."""
    feats = list(feats)
    if subtype not in CAUSE_FROM or not _values(feats, "subj=") & GATHERING_WORDS:
        return subtype
    if not CROWD_DOER_KINDS & set(feats) or not _crowd_acts(feats) or STATE in _values(feats, "party:subj="):
        return subtype
    return VIOLENT_DEMONSTRATION


HARM_WORDS = frozenset(cue_data()["harm_words"])


def force_without_harm(subtype: str, feats: Iterable[str]) -> str:
    """Excessive force needs force that kills or seriously hurts (section 4: lethal or seriously injuring force on
    peaceful protesters): an Excessive force answer in a sentence with no word of harm or violence (`HARM_WORDS`, or
    the lethal cue class, `cue=lethal`:
    "Police say officers escorted demonstrators as they marched on the city's Mission District") is a Protest with
    intervention when an act of intervention was done to the protest (`protest_act=`, events/protest_acts.py), else a
    Peaceful protest. The model hears officers and demonstrators and answers the force. Every tune sentence labelled
    Excessive force has such a word (section 70)."""
    feats = list(feats)
    if subtype != EXCESSIVE_FORCE or "cue=lethal" in feats or _values(feats, "w=") & HARM_WORDS:
        return subtype  # a word of the lethal cue class (`cue=lethal`) is harm too
    return PROTEST_INTERVENTION if ON_PROTEST in feats or ON_CROWD in feats else PEACEFUL_PROTEST


def crowd_cause_subtype(subtype: str, feats: Iterable[str]) -> str:
    """Guideline 24.10's rules (section 70, sub63) in one chain: a petrol bomb thrown (`thrown_incendiary`) and
    demonstrators throwing missiles (`protesters_threw`), force told with no harm (`force_without_harm`), mourners
    fired on by the state (`force_on_mourners`) or doing violence themselves (`mourners_violence`, section 79),
    a crowd's grievance against the state (`grievance_against_state`), a suspect it wants punished (`mob_justice`),
    and 24.4(b)'s fight of prisoners (`prison_fight`)."""
    if subtype not in CROWD_CAUSE_FROM:
        return subtype  # the cheap test first (Peaceful protest is of MOURNERS_FROM)
    feats = list(feats)
    sub = force_without_harm(protesters_threw(thrown_incendiary(subtype, feats), feats), feats)
    sub = mourners_violence(force_on_mourners(sub, feats), feats)  # mourners fired on, or doing violence (24.10(a))
    sub = mob_justice(grievance_against_state(sub, feats), feats)
    return prison_fight(sub, feats)
