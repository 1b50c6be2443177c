"""Greek and Spanish toponyms (issue 19, branch topo31): wire datelines, names with lower-case connectors and a
capitalised type word, one sense per discourse for a name's tail, clubs named after towns, street and building
words, plural type words before a list, glossed and variant Greek spellings, region aliases. Sentences written
for these tests (not corpus text), on the real gazetteer.
"""

from __future__ import annotations

from lang_helpers import place_names


def test_datelines_are_read_by_their_shape() -> None:
    from frontwatch.lang.datelines import datelines

    text = "Lorca (Murcia), 3 feb (EFE). - Un incendio. Minsk (AFP). - Rusia dijo. La Unión Europea (UE) y la OTAN."
    got = [(text[:d.name_end].rsplit(" ", 1)[-1].lstrip(".-"), d.region and text[d.region[0]:d.region[1]])
           for d in datelines(text)]
    assert got == [("Lorca", "Murcia"), ("Minsk", None)], got


def test_a_datelines_place_and_region_are_places_whatever_stands_before(geoparser) -> None:
    # a sentence's first word that is also an everyday word ('toledo') needs a cue; the dateline is one
    got = place_names("Toledo, 12 jun (EFE). - El consejero visitó hoy la zona afectada.", "es", geoparser)
    assert got.get("Toledo") == "Toledo", got
    # after the reporter's name, where it would be read as the tail of a longer name
    got = place_names("Por Ana Martín Ávila (Castilla y León), 3 feb (EFE). - Un incendio quemó dos naves.", "es",
                      geoparser)
    assert got.get("Ávila") == "Ávila", got


def test_a_name_with_lower_case_connectors_or_a_type_word_is_read_whole(geoparser) -> None:
    got = place_names("El alcalde viajó a Jerez de la Frontera y después a Tomelloso (Ciudad Real).", "es", geoparser)
    assert got.get("Jerez de la Frontera") == "Jerez de la Frontera", got
    assert got.get("Ciudad Real") == "Ciudad Real", got
    # alone, the type word still types the name after it
    assert place_names("Los combates siguen en la ciudad de Kandahar.", "es", geoparser).get("Kandahar") == "Kandahār"


def test_a_bare_surname_the_text_writes_in_full_is_the_person(geoparser) -> None:
    text = "El consejero Francisco Herrera presentó hoy el plan. Herrera dijo que las obras empiezan en mayo."
    assert "Herrera" not in place_names(text, "es", geoparser)
    # with a preposition it is the town again
    assert place_names("Las obras empiezan en Herrera en mayo.", "es", geoparser).get("Herrera") == "Herrera"


def test_a_town_after_a_masculine_article_is_its_club(geoparser) -> None:
    assert not place_names("La plantilla del Elche perdió ante el Valencia.", "es", geoparser)
    assert place_names("La plantilla viajó a Elche y a Valencia.", "es", geoparser).get("Elche") == "Elche"
    assert place_names("Los cascos azules patrullan el sur del Líbano.", "es", geoparser).get("Líbano") == "Lebanon"


def test_a_street_or_building_word_joined_by_a_connector_names_a_place(geoparser) -> None:
    got = place_names("Cientos de personas se concentraron en Toledo, en la plaza de Zocodover.", "es", geoparser)
    assert got.get("plaza de Zocodover") == "Toledo", got
    # a town joined so keeps its own span: 'el puerto de Barcelona' names Barcelona
    assert place_names("El buque llegó ayer al aeropuerto de Barcelona.", "es", geoparser).get("Barcelona") == "Barcelona"


def test_a_plural_type_word_cues_the_list_after_it(geoparser) -> None:
    got = place_names("Las obras llegarán a los municipios de Albons y Cabanes.", "es", geoparser)
    assert got.get("Albons") == "Albons" and got.get("Cabanes") == "Cabanes", got


def test_greek_spellings_the_gazetteer_glosses_or_varies(geoparser) -> None:
    assert place_names("Η Άγκυρα κατηγορεί την Αθήνα.", "el", geoparser).get("Άγκυρα") == "Ankara"
    assert place_names("Η σύνοδος έγινε χθες στη Λισαβόνα.", "el", geoparser).get("Λισαβόνα") == "Lisbon"


def test_region_aliases_in_spanish_and_greek(geoparser) -> None:
    assert place_names("Habló del proceso de paz de Oriente Medio.", "es", geoparser).get("Oriente Medio") == "Middle East"
    got = place_names("Νέες συγκρούσεις στην Κριμαία και τον Καύκασο.", "el", geoparser)
    assert got.get("Καύκασο") == "Caucasus" and got.get("Κριμαία") is not None, got
