"""Where the strategic residual 'Other' ends: an advance, a blast, people handed over, a crash, a grave (sub54).

Why: 'Other' (Strategic developments) is a significant development that fits no other type (guideline section 4,
24.5). Two shapes took it where the guideline reads a violent type. (1) The rules type every 'advance' cue as a
front-line position (events/ontology.py 'advance', ACLED's Other), and the model may retype one only among the
battle types when the sentence names a battle word as well (`subtype_model.names_one_of`, section 12). A bare
"fighters were advancing inside the IS bastion of Manbij" or "the army continued its wide-scale advance in the Wadi
Barada area" then stays Other, where the guideline (section 4: Armed clash counts "an offensive with no reported
gain"; 24.6) and every such tune label read an Armed clash; only the distance rows' position claim ("the rebels are
20 km from the capital", the seed article's reference) is Other. (2) The model, trained on crashes and depot blasts
labelled Other ("an explosion at an arms dump killed ..."), hears 'Other' in any explosion that killed; guideline
24.5: a blast whose doer is unknown is its means' type, not Other. (3) 'hand over' is a territory handover in the
lexicon; people handed over ("a rebel faction handed over 130 child soldiers to UNICEF") are released, Other (24.5).
(4) A title-case headline ("Russian Su-24 Warplane Crashes in Syria") tags the accident verb a proper noun: the crash
rules (`subtype_rules.accident_subtype`) read a lemma the tagger never gives it, and the craft is typed a strike.
(5) The lexicon reads bodies found as an Attack (violence found after the fact); "discovered a mass grave with 40
bodies" is a grave found, the codebook's Other, as the lexicon's own grave rows read it.

Pure functions of the sub-type features, applied in `subtype_rules.codebook_subtype`; the words are
data/subtype_other.json's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from frontwatch.data_files import word_lists
from frontwatch.events.subtype_features import cue_data
from frontwatch.events.subtype_features import feature_values as _values
from frontwatch.events.triggers import inflections, load_lexicon, packaged_triggers_path

OTHER, ARMED_CLASH, AGREEMENT = "Other", "Armed clash", "Agreement"
NONVIOLENT_TRANSFER = "Non-violent transfer of territory"


@lru_cache(maxsize=1)
def released_people() -> frozenset[str]:
    """The people a release names: the argument lemmas the lexicon's 'release' rows require (data/triggers.csv
    'release', 'free', 'return': prisoners, hostages, a priest, bodies), one list for the trigger and this rule."""
    return frozenset(w for e in load_lexicon([packaged_triggers_path()]).entries if e.type == "release"
                     for w in e.requires_lemmas)


def advance_as_offensive(subtype: str, feats: Iterable[str]) -> str:
    """The rules' front-line advance (`int=advance`) read by guideline 24.6. (a) Told as ground entered without
    resistance - a word of "unopposed_words" or "welcomed_words" ("advanced unopposed", "marched into the town amid
    celebrations as locals cheered"), or a `without=` phrase ("advanced without a fight") - with a movement word of
    "entry_words" for its trigger and no word of fighting (data/subtype_cues.json "fight_words": "advanced unopposed
    after heavy clashes" was fought for): an 'Other' or 'Armed clash' answer -> Non-violent transfer of territory
    (sub66: the rules type the advance 'Other', the model often a clash, and neither is 24.6's entry unopposed).
    (b) Otherwise an 'Other' answer whose trigger is a word of moving forward ("advance_words": not a siege's
    'encircle', not a distance row's 'km from', not a bare 'march') -> Armed clash (sub54). A gain told with it is
    read after this by the territory rules (`gain_after_clash`, `forced_off_ground`)."""
    feats = list(feats)
    if subtype not in (OTHER, ARMED_CLASH) or "int=advance" not in feats:
        return subtype
    lists = word_lists("subtype_other.json")
    trigger, words = _values(feats, "trig="), _values(feats, "w=")
    if words & (lists["unopposed_words"] | lists["welcomed_words"]) or any(f.startswith("without=") for f in feats):
        if trigger & lists["entry_words"] and not words & frozenset(cue_data()["fight_words"]):
            return NONVIOLENT_TRANSFER
        return subtype
    if subtype != OTHER or not trigger & lists["advance_words"]:
        return subtype
    return ARMED_CLASH


def blast_not_other(subtype: str, feats: Iterable[str]) -> str:
    """A model's 'Other' for an event the rules typed as a blast by its means (`rule=` one of "blast_rule_types":
    "an explosion at a mosque ... killed at least 25") -> the rules' answer (guideline 24.5: a blast with no known
    doer is its means' type). Runs first among the codebook rules, so the rules that read a blast with no attack
    (`accident_subtype`, `accident_cause`, `depot_blast`: a crash, an accident, a munitions store) and a coup
    (`coup_or_mutiny`) still make it Other after it when the sentence tells one."""
    feats = list(feats)
    if subtype != OTHER:
        return subtype
    rule = next((f[5:] for f in feats if f.startswith("rule=")), None)
    return rule if rule in word_lists("subtype_other.json")["blast_rule_types"] else subtype


def people_handed_over(subtype: str, feats: Iterable[str]) -> str:
    """People handed over are released, not ground transferred: an answer whose trigger is a handover word
    ("handover_words": the lexicon reads 'hand over' as a territory handover) with a person of `released_people` for
    its direct object (`obj@t=`: "handed over 130 child soldiers to UNICEF"; "handed over the base to soldiers" has
    the base) -> Other (guideline 24.5: people released or handed over), unless the answer is an Agreement (a swap
    or a deal: `release_subtype` keeps that too)."""
    feats = list(feats)
    if subtype in (OTHER, AGREEMENT) or not _values(feats, "trig=") & word_lists("subtype_other.json")["handover_words"]:
        return subtype
    return OTHER if _values(feats, "obj@t=") & released_people() else subtype


@lru_cache(maxsize=1)
def release_verbs() -> frozenset[str]:
    """The verbs of a release: the lexicon's 'release' rows' own words (data/triggers.csv 'release', 'free')."""
    return frozenset(e.words[0] for e in load_lexicon([packaged_triggers_path()]).entries
                     if e.type == "release" and e.pos == "V" and len(e.words) == 1)


ABDUCTION = "Abduction/forced disappearance"
# Where the captives' noun is what the release acts on: its object ('freed 12 hostages') or its passive subject
# ('hostages were released').
_RELEASED_DEPS = ("head:dobj=", "head:nsubjpass=")


def captives_released(subtype: str, feats: Iterable[str]) -> str:
    """Captives released are a release, not a new abduction (guideline 24.5, sub64): an Abduction answer whose trigger
    is a noun naming the people a release names (`released_people`: 'hostages', 'captives', 'detainees') and the
    object or passive subject of a release verb (`release_verbs`: "the militia released 30 hostages it had held",
    "twelve hostages were freed") -> Other. The lexicon reads the noun 'hostage' as an abduction of its own, and the
    chooser takes it over the release; the taking is the release's background ("took 12 hostages and later released
    two" keeps the taking verb's Abduction: its trigger is the verb). The same holds for a taking told in a relative
    clause on the people, in a sentence with a release verb (`w=`): "Boko Haram freed 82 schoolgirls it had held
    captive" (`tdep=relcl`, `head:relcl=` one of `released_people`)."""
    feats = list(feats)
    if subtype != ABDUCTION:
        return subtype
    if "tpos=NOUN" in feats and _values(feats, "trig=") & released_people():
        return OTHER if any(_values(feats, dep) & release_verbs() for dep in _RELEASED_DEPS) else subtype
    if "tdep=relcl" in feats and _values(feats, "head:relcl=") & released_people() \
            and _values(feats, "w=") & release_verbs():
        return OTHER
    return subtype


@lru_cache(maxsize=1)
def _accident_verb_forms() -> frozenset[str]:
    """Every regular form of data/subtype_cues.json's accident verbs ('crash' -> 'crashes', 'crashed')."""
    return frozenset(f for v in cue_data()["accident_verbs"] for f in inflections(v))


def craft_crash_in_title(subtype: str, feats: Iterable[str]) -> str:
    """A craft whose crash a title-case headline tells is 'Other' (the guideline's "aircraft crash, cause not stated
    -> Other"): the trigger is a craft (data/subtype_cues.json "craft") that the parser hangs as a compound
    (`tdep=compound`) on a word it tags a proper noun, whose surface form (`verb=`, the form kept when the word has
    no verb lemma) is a form of an accident verb ("Warplane Crashes in Syria"). `accident_subtype` reads the same
    crash in running text, where the verb has its lemma."""
    feats = list(feats)
    if subtype == OTHER or "tdep=compound" not in feats or not _values(feats, "trig=") & frozenset(cue_data()["craft"]):
        return subtype
    return OTHER if _values(feats, "verb=") & _accident_verb_forms() else subtype


def grave_found(subtype: str, feats: Iterable[str]) -> str:
    """A grave found is Other: an Attack answer whose trigger is a finding verb ("finding_words") with a grave for its
    direct object ("grave_words", `obj@t=`: "discovered a mass grave with 40 bodies") -> Other. The lexicon's
    bodies-found rows take the bodies in the grave's phrase as the thing found; bodies found with no grave
    ("police found the bodies of five men") stay an Attack."""
    feats = list(feats)
    if subtype != "Attack":
        return subtype
    lists = word_lists("subtype_other.json")
    if _values(feats, "trig=") & lists["finding_words"] and _values(feats, "obj@t=") & lists["grave_words"]:
        return OTHER
    return subtype
