"""Type families, outcomes and actor sides: the vocabulary stories and control share."""

from __future__ import annotations

import pytest

from frontwatch.merge.families import outcome, type_family
from frontwatch.geometry import bearing_of, destination, haversine_km
from frontwatch.merge.sides import side_of


def rec(sub: str | None = None, etype: str | None = None, plover: str | None = None, text: str = "",
        internal: str = "event") -> dict:
    acled = {"event_type": etype or "Battles", "sub_event_type": sub} if (sub or etype) else None
    return {"id": "x", "event_type": internal, "acled": acled, "plover": plover, "evidence": {"text": text}}


@pytest.mark.parametrize(
    "event, family",
    [
        (rec("Non-state actor overtakes territory", plover="ASSAULT"), "takeover"),
        (rec("Government regains territory"), "takeover"),
        (rec("Non-violent transfer of territory", "Strategic developments"), "takeover"),
        (rec("Air/drone strike", "Explosions/Remote violence", "ASSAULT"), "air_strike"),
        (rec("Shelling/artillery/missile attack", "Explosions/Remote violence"), "shelling"),
        (rec("Armed clash", plover="ASSAULT"), "clash"),
        (rec("Peaceful protest", "Protests", "PROTEST"), "protest"),
        (rec("Other", "Strategic developments", "MOBILIZE"), "mobilize"),  # ACLED 'Other' → PLOVER decides
        (rec(plover="CONSULT"), "consult"),
        (rec(plover="ASSAULT", internal="airstrike"), "air_strike"),  # broad PLOVER → internal keywords
        (rec(internal="town_captured"), "takeover"),
        (rec(etype="Riots"), "riot"),  # only the ACLED event type
        (rec(internal="something_new"), "something_new"),  # unknown names are kept, not lost
        (rec("Armed clash", text="the army repelled an attack on the town"), "takeover"),
    ],
)
def test_type_family(event, family):
    assert type_family(event) == family


def test_outcome_tells_captured_from_repelled():
    assert outcome(rec("Non-state actor overtakes territory", text="rebels captured the town")) == "captured"
    # A coded takeover is trusted even if the sentence mentions a failed counter-attack...
    assert outcome(rec("Government regains territory", text="after a failed rebel push")) == "captured"
    # ...unless the internal type itself says the attack was repelled.
    assert outcome(rec("Non-state actor overtakes territory", internal="attack_repelled")) == "repelled"
    assert outcome(rec("Armed clash", text="troops beat back an assault on the base")) == "repelled"
    assert outcome(rec("Air/drone strike")) is None


@pytest.mark.parametrize(
    "actor, country, side",
    [
        ("Military Forces of Syria", "SY", "government"),
        ({"name": "Syrian army", "text": "the army"}, "SY", "government"),
        ("government forces", None, "government"),
        ("pro-government militia", "SY", "government"),
        ("Syrian opposition (HTS-led rebels)", "SY", "opposition"),
        ("jihadists", "SY", "opposition"),
        ("anti-government fighters", "SY", "opposition"),
        ("Islamic State militants", "SY", "Islamic State"),
        ("Israeli jets", "SY", "Military Forces of Israel"),
        ("Military Forces of Israel", "SY", "Military Forces of Israel"),
        ("Israeli army", "IL", "government"),  # at home, it is the government
        ("Hezbollah", "SY", "Hezbollah"),
        (None, "SY", None),
        ({"name": "", "text": ""}, "SY", None),
    ],
)
def test_side_of(actor, country, side):
    assert side_of(actor, country) == side


def test_geodesy():
    assert haversine_km(33.51, 36.29, 33.51, 36.29) == 0
    assert 44 < haversine_km(35.13, 36.76, 34.73, 36.71) < 46  # Hama–Homs
    lat, lon = destination(33.51, 36.29, bearing_of("south"), 20)
    assert abs(haversine_km(33.51, 36.29, lat, lon) - 20) < 0.01 and lat < 33.51 and abs(lon - 36.29) < 1e-6
    assert [bearing_of(d) for d in ("S", "southern", "south-east", "SSE", "NW", 90)] == [180, 180, 135, 157.5, 315, 90]
    assert bearing_of("upstream") is None and bearing_of(None) is None
