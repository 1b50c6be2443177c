"""Every ACLED sub-event type is reachable from sentences: two or three news-style sentences each.

The sentences are written for this test (none comes from ACLED data); each must yield an event
of the named sub-type through the rules of the event stage (triggers, frames, actors, refinement),
with the learned sub-type model off.
"""

from __future__ import annotations

import pytest
from test_events_ontology import ACLED
from test_events_support import run

SENTENCES: dict[str, list[str]] = {
    # Battles
    "Armed clash": [
        "Clashes broke out between rebels and government forces near Aleppo on Monday.",
        "Hezbollah fighters exchanged fire with Israeli troops near Lebanon.",
        "Rebels attacked an army checkpoint outside Hama, killing three soldiers.",
    ],
    "Government regains territory": [
        "The army recaptured Maaloula from rebels on Sunday.",
        "Government forces retook the town of Douma after weeks of fighting.",
        "The army drove Islamic State out of Raqqa.",
    ],
    "Non-state actor overtakes territory": [
        "Islamic State fighters seized the town of Manbij.",
        "Aleppo fell to rebels on Friday.",
        "Houthi rebels seized control of Marib.",
    ],
    # Explosions/Remote violence
    "Chemical weapon": [
        "A chlorine gas attack on Douma killed dozens of civilians.",
        "Dozens died in a suspected sarin attack in Idlib.",
    ],
    "Air/drone strike": [
        "Russian warplanes bombed Idlib overnight.",
        "Israeli jets struck targets in Damascus.",
        "A US drone killed an al-Shabaab commander near Mogadishu.",
    ],
    "Suicide bomb": [
        "A suicide bomber blew himself up at a checkpoint in Baghdad.",
        "A suicide car bomb exploded outside a police station in Mogadishu.",
    ],
    "Shelling/artillery/missile attack": [
        "Government forces shelled rebel-held areas of Idlib.",
        "Russian artillery pounded Bakhmut.",
        "Rockets hit Kyiv overnight.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside bomb killed four soldiers near Kabul.",
        "A landmine exploded under a truck near Gao.",
        "An improvised explosive device went off in Lagos.",
    ],
    "Grenade": [
        "A man threw a grenade into a bar in Bujumbura.",
        "A grenade attack wounded five people in Bujumbura.",
    ],
    # Violence against civilians
    "Sexual violence": [
        "Soldiers raped women in a village near El Fasher.",
        "Militiamen sexually assaulted displaced women in Goma.",
    ],
    "Attack": [
        "Gunmen killed 12 villagers near Gao.",
        "Militants massacred civilians in a village outside Kidal.",
        "Gunmen opened fire on a bus in Kabul, killing 10 passengers.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen kidnapped 30 students in Lagos.",
        "Security forces forcibly disappeared an activist in Khartoum.",
    ],
    # Protests
    "Peaceful protest": [
        "Thousands of people protested in Khartoum against the military.",
        "Hundreds of students marched in Kampala to demand reforms.",
        "Workers went on strike in Lagos.",
    ],
    "Protest with intervention": [
        "Police fired tear gas to disperse protesters in Nairobi.",
        "Police arrested dozens of protesters in Kampala.",
    ],
    "Excessive force against protesters": [
        "Security forces opened fire on protesters in Khartoum, killing five.",
        "Soldiers shot dead three demonstrators in Harare.",
    ],
    # Riots
    "Violent demonstration": [
        "Rioters torched cars in Lagos.",
        "Protesters threw stones at police in Nairobi.",
    ],
    "Mob violence": [
        "A mob lynched a man accused of theft in Lagos.",
        "An angry mob beat two suspects to death in Kampala.",
    ],
    # Strategic developments
    "Agreement": [
        "The warring parties signed a ceasefire agreement in Jeddah.",
        "The army struck a deal with rebels in Daraa.",
    ],
    "Arrests": [
        "Police arrested an opposition leader in Kampala.",
        "Security forces rounded up dozens of men in Baghdad.",
    ],
    "Change to group/activity": [
        "Two rebel groups merged to form a new coalition in Idlib.",
        "A rebel commander defected to the army in Daraa.",
        # ACLED codes deployments, withdrawals and curfews here (codebook; dev/subtypes labels)
        "The army deployed reinforcements to Homs.",
        "Government forces pulled back from Hama.",
        "Authorities imposed a curfew in Khartoum.",
    ],
    "Disrupted weapons use": [
        "Air defences intercepted two missiles over Kyiv.",
        "Soldiers defused a roadside bomb near Kabul.",
        "Police seized a weapons cache in Mogadishu.",
    ],
    "Headquarters or base established": [
        "The militia established a new base near Kidal.",
        "Wagner set up a headquarters in Tessalit.",
    ],
    "Looting/property destruction": [
        "Militiamen looted shops in El Fasher.",
        "RSF fighters plundered the market in Khartoum.",
    ],
    "Non-violent transfer of territory": [
        "Government troops handed over Kidal to the rebels.",
        "Rebels entered Tessalit unopposed.",
        "Rebels took control of Gao without a fight.",
    ],
    "Other": [
        "Rebels advanced on Hama on Friday.",
        "The rebels are now 20 kilometres from Damascus.",
    ],
}
CASES = [(sub, s) for sub, sents in SENTENCES.items() for s in sents]


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """These sentences test what the rules reach; the learned second opinion on the sub-type
    (events/subtype_model.py) is scored on the development corpus by `evaluate events`."""
    monkeypatch.setenv("FRONTWATCH_SUBTYPE_MODEL", "off")


def test_the_table_covers_all_25_sub_types_with_at_least_two_sentences():
    assert set(SENTENCES) == {s for subs in ACLED.values() for s in subs}
    assert all(len(v) >= 2 for v in SENTENCES.values())


@pytest.mark.parametrize("sub,text", CASES, ids=[f"{s}: {t[:40]}" for s, t in CASES])
def test_sentence_is_coded_with_its_sub_type(nlp, sub, text):  # noqa: F811
    evs = run(nlp, text)
    got = [(e.acled_event_type, e.acled_sub_event_type) for e in evs]
    want = next(k for k, v in ACLED.items() if sub in v)
    assert (want, sub) in got, got
    hit = next(e for e in evs if e.acled_sub_event_type == sub)
    assert hit.location is not None and hit.modality == "asserted"


@pytest.mark.parametrize("text", [
    "A storm hit the coast near Lagos.",  # no armed actor, no target
    "The president struck a conciliatory tone in Kyiv.",  # figurative strike
    "The government targeted inflation in its budget.",
    "The talks hit a snag in Doha.",
])
def test_figurative_uses_are_not_violence(nlp, text):  # noqa: F811
    assert not [e for e in run(nlp, text) if e.acled_event_type == "Explosions/Remote violence"]


def test_the_means_decides_the_sub_type(nlp):  # noqa: F811
    # "mortar positions" are a target of the air strikes, not a mortar attack
    evs = run(nlp, "Near Raqqa, two airstrikes struck two ISIL tactical units and two ISIL mortar positions.",
              extra={"Raqqa": ("Ar-Raqqah", 35.95, 39.01, "SY", "city")})
    assert [e.acled_sub_event_type for e in evs] == ["Air/drone strike"]
    # the same verb with a different means, and with a ground actor
    assert [e.event_type for e in run(nlp, "Rockets hit Kyiv overnight.")] == ["shelling"]
    assert [e.event_type for e in run(nlp, "Rebels hit an army convoy near Hama.")] == ["armed_clash"]
