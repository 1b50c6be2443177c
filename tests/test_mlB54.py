"""mlB54: Greek and Turkish prose that reports no event, and a Turkish arrest of people named by their protest (issue 19).

- a war-word noun after the adjective (or Turkish noun) of a peaceful domain is a metaphor (lang/domain_metaphors.py,
  cues `metaphor_domains_before`): 'η οικονομική μάχη', 'μια δικαστική μάχη', 'ekonomik saldırı';
- a war as the subject of a verb of striking or threatening is a condition, no act (lang/subject_senses.py, cues_el
  `inanimate_subjects`), its subject phrase read up to SUBJECT_WINDOW words before the verb;
- remembering a battle is recalling it (cues_el `recall`); asking for asylum is no demand (cues_el object_senses);
- Turkish: a cyber attack is no armed violence (cues_tr `heads`); a work, an exhibition or a story 'telling' a battle
  names it as its topic (cues_tr `topic_heads`); a verb before a noun in a verb-final clause is a relative's participle
  and governs no topic (lang/event_scope.topic_triggers), and people named by their protest are protesters (cues_tr
  actors), so their detention is the protest's intervention.

Sentences written for the tests, labelled by the guideline before any run; none is from a development set or the probe
files. Each runs the real pipeline (the native geoparser, then the coder)."""

from __future__ import annotations

import pytest
from event_helpers import ml_reported_types


@pytest.mark.parametrize("text", [
    "Η οικονομική μάχη ανάμεσα στις μεγάλες τράπεζες κορυφώθηκε στην Αθήνα.",
    "Μια δικαστική μάχη ξεκίνησε χθες στη Θεσσαλονίκη για το ακίνητο.",
    "Η εκλογική μάχη των δύο κομμάτων κορυφώνεται στη Λάρισα.",
])
def test_greek_war_noun_after_a_domain_adjective_is_a_metaphor(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


@pytest.mark.parametrize("text", [
    "Ο εμπορικός πόλεμος μεταξύ Ουάσιγκτον και Πεκίνου απειλεί την ελληνική ναυτιλία.",
    "Ο πόλεμος στην Ουκρανία πλήττει τις εξαγωγές φρούτων της Μακεδονίας.",
])
def test_greek_war_as_subject_of_a_strike_or_threat_is_a_condition(text, geoparser):
    assert ml_reported_types(text, "el", geoparser) == []


def test_greek_battle_remembered_is_recalled(geoparser):
    text = "Οι βετεράνοι θυμήθηκαν τη μάχη του Ρούπελ σε εκδήλωση στις Σέρρες."
    assert ml_reported_types(text, "el", geoparser) == []


def test_greek_asking_for_asylum_is_no_demand(geoparser):
    assert ml_reported_types("Δεκάδες μετανάστες ζήτησαν άσυλο στη Λέσβο.", "el", geoparser) == []


def test_greek_battle_at_a_town_stays(geoparser):
    got = ml_reported_types("Σφοδρή μάχη στη Δαμασκό ανάμεσα σε αντάρτες και στρατό.", "el", geoparser)
    assert got == ["armed_clash"], got


def test_greek_demand_of_a_government_stays(geoparser):
    got = ml_reported_types("Η Αθήνα ζήτησε από την Άγκυρα την απελευθέρωση των δύο στρατιωτικών.", "el", geoparser)
    assert "request" in got, got


@pytest.mark.parametrize("text", [
    "Bakanlığın internet sitesine siber saldırı düzenlendi.",
    "Bankalar siber saldırılara karşı yeni önlemler aldı.",
])
def test_turkish_cyber_attack_is_no_armed_violence(text, geoparser):
    assert ml_reported_types(text, "tr", geoparser) == []


@pytest.mark.parametrize("text", [
    "İzmir'de Sakarya Meydan Muharebesi'ni anlatan bir sergi açıldı.",
    "Romanda Mohaç Muharebesi'nin öyküsü anlatılıyor.",
])
def test_turkish_battle_told_by_a_work_is_its_topic(text, geoparser):
    assert ml_reported_types(text, "tr", geoparser) == []


def test_turkish_domain_before_an_attack_noun_is_a_metaphor(geoparser):
    assert ml_reported_types("Zincir marketler arasında fiyat saldırısı başladı.", "tr", geoparser) == []


@pytest.mark.parametrize("text", [
    "Polis, İstanbul'da izinsiz gösteri yapan 12 öğrenciyi gözaltına aldı.",
    "Ankara'da gösteri yapan 20 eylemci gözaltına alındı.",
])
def test_turkish_detention_of_people_named_by_their_protest(text, geoparser):
    got = ml_reported_types(text, "tr", geoparser)
    assert got == ["protest_intervention"], got


def test_turkish_attack_with_a_toll_stays(geoparser):
    got = ml_reported_types("Mardin'de bir karakola düzenlenen saldırıda iki polis öldü.", "tr", geoparser)
    assert got == ["armed_clash"], got
