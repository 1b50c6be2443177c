"""mlC48: Greek, Russian, Ukrainian and Spanish events (issue 19) — classes, not sentences: law-enforcement bodies and
their officers as doers ('правоохоронці', 'сотрудники ФСБ', 'Αντιτρομοκρατική', 'la Ertzaintza'), so that an arrest
verb that needs a state doer ('схопили', 'схватили', 'έπιασαν', Spanish 'capturar a' + a person) codes; and 'every
<unit of time>' / 'daily' as habits in the four languages (only 'every year' was listed). Sentences from
dev/families/probes/mlC48_agents_headlines.txt, written for the purpose and labelled before any run; none is from a
development set. Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("lang,text", [
    ("uk", "Правоохоронці схопили у Києві агента російських спецслужб."),
    ("ru", "Сотрудники ФСБ схватили в Курске подозреваемого в подготовке теракта."),
    ("el", "Άνδρες της Αντιτρομοκρατικής έπιασαν στο Κουκάκι δύο μέλη της οργάνωσης."),
    ("es", "Agentes de la Policía Nacional capturaron en Madrid a un presunto terrorista."),
])
def test_law_enforcement_doer_codes_the_arrest(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ["arrest"]


def test_officers_of_a_body_seize_protesters(geoparser):
    got = ml_reported_types("Росгвардейцы схватили на Невском проспекте участников пикета.", "ru", geoparser)
    assert got and set(got) <= {"arrest", "protest_intervention"}, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Боевики каждую неделю обстреливают окраины города."),
    ("ru", "Полиция ежедневно задерживает в Москве десятки нарушителей."),
    ("uk", "Поліція щодня затримує у Києві п'яних водіїв."),
    ("uk", "Активісти щотижня пікетують будівлю суду."),
    ("es", "Los agricultores se manifiestan cada invierno ante el ministerio."),
    ("es", "La policía detiene a diario a decenas de inmigrantes en la frontera."),
    ("el", "Οι κάτοικοι διαμαρτύρονται κάθε εβδομάδα έξω από το δημαρχείο."),
    ("el", "Οι αγρότες της Θεσσαλίας διαδηλώνουν κάθε χειμώνα για τις τιμές."),
])
def test_every_unit_of_time_is_a_habit(lang, text, geoparser):
    assert ml_reported_types(text, lang, geoparser) == []


@pytest.mark.parametrize("lang,text,typ", [
    # controls: the same acts told once stay events; a state body with no act codes nothing
    ("el", "Χιλιάδες πολίτες διαδήλωσαν χθες στην Αθήνα.", "protest"),
    ("es", "La policía detuvo ayer a dos personas en Bilbao.", "arrest"),
    ("es", "La Guardia Civil se encarga de vigilar las costas del sur.", None),
    ("uk", "Правоохоронці мають право затримувати підозрюваних.", None),
])
def test_controls(lang, text, typ, geoparser):
    assert ml_reported_types(text, lang, geoparser) == ([typ] if typ else [])
