"""Greek and Turkish trigger readings added for issue 19 (second pass): an agreement named with its
article, head-final modifiers, Turkish sport and entertainment, charges that come with an arrest,
verb-only lexicon forms. Sentences written for these tests, coded by the real pipeline (lexicons,
cues, simplemma); each pair shows the reading can go either way.
"""

from __future__ import annotations

from datetime import date

from frontwatch.lang.cues import load
from frontwatch.lang.event_scope import arrest_charges
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.trigger_scope import defined_nouns, headed_nouns, off_topic
from frontwatch.lang.triggers import find_triggers

PUBLISHED = date(2024, 12, 7)
REPORTED = ("asserted", "claimed")


def types(lang: str, text: str) -> set[str]:
    """Internal types of the events a sentence reports as fact or claim (no places given)."""
    return {e.event_type for e in code_sentence(text, lang, [], PUBLISHED) if e.modality in REPORTED}


def scoped(fn, lang: str, text: str) -> list[str]:
    ws = words(text, load(lang))
    trigs = find_triggers(ws, lang)
    return sorted(trigs[k].type for k in fn(trigs, ws, load(lang)))


def test_greek_agreement_after_an_article_is_the_one_under_debate() -> None:
    debated = "Ο υπουργός είπε ότι η συμφωνία είναι δίκαιη για τους αγρότες."
    assert scoped(defined_nouns, "el", debated) == ["agreement"]
    assert "agreement" not in types("el", debated)
    # one modifier between the article and the noun: still the known agreement
    assert scoped(defined_nouns, "el", "Ο βουλευτής επέκρινε σήμερα την ιστορική συμφωνία.") == ["agreement"]
    # a bare headline noun and a verb tell an agreement reached
    assert not scoped(defined_nouns, "el", "Συμφωνία Αθήνας και Λευκωσίας για την ενέργεια")
    assert "agreement" in types("el", "Οι δύο υπουργοί συμφώνησαν χθες για τα σύνορα.")


def test_defined_nouns_need_the_language_cues() -> None:
    # Russian has no articles and no `defined_types`: nothing is read as defined
    assert not scoped(defined_nouns, "ru", "Стороны подписали соглашение о перемирии.")


def test_greek_draft_is_no_agreement() -> None:
    text = "Η Κομισιόν παρουσίασε χθες το σχέδιο συμφωνίας στους υπουργούς."
    assert scoped(headed_nouns, "el", text) == ["agreement"]
    assert "agreement" not in types("el", text)


def test_greek_contact_noun_is_no_finite_verb() -> None:
    # 'επικοινωνία' (contact) after 'agreed to continue' is the agreement's topic, not a call made
    assert "consult" not in types("el", "Οι δύο πλευρές συμφώνησαν να συνεχιστεί η επικοινωνία.")
    assert "consult" in types("el", "Ο πρωθυπουργός επικοινώνησε τηλεφωνικά με τον πρόεδρο της Κύπρου.")


def test_growth_is_no_deployment() -> None:
    assert "deployment" not in types("el", "Η κυβέρνηση θέλει ανάπτυξη και επενδύσεις στην Ελλάδα.")
    # the phrase names the forces after its head word: still a trigger, though the forces are an actor
    assert "deployment" in types("el", "Νέα ανάπτυξη στρατευμάτων κοντά στα σύνορα ανακοίνωσε χθες το υπουργείο.")


def test_turkish_head_word_after_a_noun_makes_it_a_modifier() -> None:
    forces = "General, savaştan sonra işgal kuvvetlerinin komutanı olarak ülkeyi yönetti."
    assert scoped(headed_nouns, "tr", forces) == ["territory_taken"]
    assert "territory_taken" not in types("tr", forces)
    basis = "Ordu 1921 antlaşması gereğince bölgede kaldı."
    assert scoped(headed_nouns, "tr", basis) == ["agreement"]


def test_turkish_occupying_is_told_by_its_verb() -> None:
    ws = words("Ordu şehri işgal etti.", load("tr"))
    assert [(t.type, t.entry.pos) for t in find_triggers(ws, "tr")] == [("territory_taken", "V")]


def test_turkish_sport_makes_political_words_none() -> None:
    sport = "Oyuncu sezon sonunda kulübün başkanını ziyaret etti ve teşekkür etti."
    assert scoped(off_topic, "tr", sport)
    assert "consult" not in types("tr", sport)
    assert "consult" in types("tr", "Dışişleri Bakanı dün Ankara'da Rus mevkidaşını ziyaret etti.")


def test_turkish_show_is_no_protest() -> None:
    assert "protest" not in types("tr", "Şarkıcının gösterilerinin biletleri bir günde tükendi.")
    assert "protest" in types("tr", "İşçiler dün fabrika önünde gösteri düzenledi.")


def test_a_charge_that_comes_with_an_arrest_is_its_grounds() -> None:
    arrested = "Η αστυνομία συνέλαβε 30χρονο που κατηγορείται για ληστεία."
    assert scoped(lambda t, w, c: arrest_charges(t), "el", arrested) == ["accuse"]
    coded = types("el", arrested)
    assert "arrest" in coded and "accuse" not in coded
    # with no arrest, the accusation is an event of its own
    assert "accuse" in types("el", "Ο υπουργός κατηγόρησε χθες την αντιπολίτευση για ψέματα.")


def test_turkish_chemical_weapon_and_rule_passing() -> None:
    assert "chemical_attack" in types("tr", "Muhalifler ordunun köyde zehirli gaz kullandığını açıkladı.")
    ws = words("Kent 1239'da Moğolların yönetimine geçti.", load("tr"))
    assert [t.type for t in find_triggers(ws, "tr")] == ["territory_taken"]


def test_a_crime_word_needs_an_armed_or_state_doer() -> None:
    # a rape by an unnamed man is ordinary crime; by soldiers it is sexual violence (ACLED)
    assert "sexual_violence" not in types("el", "Ο 25χρονος κατηγορείται για τον βιασμό μιας τουρίστριας στην Κρήτη.")
    assert "sexual_violence" in types("el", "Στρατιώτες διέπραξαν βιασμούς γυναικών στο χωριό, σύμφωνα με τον ΟΗΕ.")


def _toponyms(text: str, names: dict[str, tuple[int, float, float]]) -> list:
    from frontwatch.model import Place, Toponym

    out = []
    for name, (gid, lat, lon) in names.items():
        at = text.index(name)
        out.append(Toponym(at, at + len(name), name, Place(gid, name, lat, lon, "GR")))
    return out


def test_one_event_per_place_of_a_list_of_locative_phrases() -> None:
    text = "Συνελήφθησαν χθες τρεις άνδρες στην Αθήνα, στην Πάτρα και στη Λάρισα."
    places = _toponyms(text, {"Αθήνα": (264371, 37.98, 23.72), "Πάτρα": (255683, 38.24, 21.73),
                              "Λάρισα": (258576, 39.64, 22.42)})
    arrests = [e for e in code_sentence(text, "el", places, PUBLISHED) if e.event_type == "arrest"]
    assert sorted(e.location.text for e in arrests) == ["Αθήνα", "Λάρισα", "Πάτρα"]
    # a place named apart, with no locative word of its own, is no member of the list
    text = "Συνελήφθησαν χθες στην Αθήνα τρεις άνδρες από την Πάτρα."
    places = _toponyms(text, {"Αθήνα": (264371, 37.98, 23.72), "Πάτρα": (255683, 38.24, 21.73)})
    arrests = [e for e in code_sentence(text, "el", places, PUBLISHED) if e.event_type == "arrest"]
    assert [e.location.text for e in arrests] == ["Αθήνα"]


def test_a_place_within_its_region_is_one_place() -> None:
    # no comma and no 'and' between: the town and the island it is on, not a list of two places
    text = "Συνελήφθησαν χθες τρεις άνδρες στο Ηράκλειο στην Κρήτη."
    places = _toponyms(text, {"Ηράκλειο": (261745, 35.33, 25.13), "Κρήτη": (6697802, 35.25, 24.91)})
    arrests = [e for e in code_sentence(text, "el", places, PUBLISHED) if e.event_type == "arrest"]
    assert len(arrests) == 1


def test_criticising_arrests_is_an_accusation() -> None:
    # the arrests are what is criticised (an arrest noun right after the accusation), not an arrest reported
    text = "Ο βουλευτής επέκρινε τις συλλήψεις των διαδηλωτών."
    ws = words(text, load("el"))
    assert "arrest" in [t.type for t in find_triggers(ws, "el")]
    assert not arrest_charges(find_triggers(ws, "el"))
    assert "accuse" in types("el", text)
