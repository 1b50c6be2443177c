"""mlA38: a violent act named as what a protest is against is the protest's topic, not an event (issue 19).

Sentences written for these tests. The act a crowd protests ('protestaron contra los bombardeos', 'در اعتراض به
کشتار', 'patlamayı protesto eden') is told by its link to the protest word (cues `[scope] protest_object`, or in
Turkish the object standing before the protest word, `protest_object_first`): the protest is coded, the act is not
(lang/protest_topics.py). The controls hold on the base as well: a condemned attack stays coded (guideline §4), a
clash after a protest with no linking word, and an act and a protest told as two happenings stay coded.
"""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import words
from frontwatch.lang.events import code_sentence
from frontwatch.lang.protest_topics import protest_objects
from frontwatch.lang.triggers import find_triggers


def coded(text: str, lang: str) -> list[str]:
    """The types of the events told in the sentence (no places given, as the unlabelled listing codes)."""
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


VIOLENT = {"explosive", "armed_clash", "air_strike", "attack_civilians", "shelling", "bombing"}


@pytest.mark.parametrize(("lang", "text"), [
    ("tr", "Suruç'ta meydana gelen patlamayı protesto eden gruba polis müdahale etti."),
    ("tr", "Bir grup, iki askerin öldürülmesini Taksim Meydanı'nda protesto etti."),
    ("es", "Cientos de personas protestaron en Madrid contra los bombardeos israelíes en Gaza."),
    ("fa", "صدها نفر در تهران در اعتراض به کشتار غیرنظامیان تظاهرات کردند."),
    ("el", "Εκατοντάδες πολίτες διαδήλωσαν στην Αθήνα κατά των βομβαρδισμών στη Γάζα."),
])
def test_act_protested_is_the_protests_topic(lang: str, text: str) -> None:
    types = coded(text, lang)
    assert "protest" in types
    assert not VIOLENT & set(types)


def test_protest_objects_names_the_linked_act() -> None:
    text = "Cientos de personas protestaron en Madrid contra los bombardeos israelíes en Gaza."
    cues = load_cues("es")
    ws = words(text, cues)
    triggers = find_triggers(ws, "es")
    picked = [triggers[k].type for k in protest_objects(triggers, ws, text, cues)]
    assert picked == ["bombing"]  # the lexicon's type, before the means refines it


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("tr", "Dışişleri Bakanlığı, Mali'de askeri kampa yapılan terör saldırısını kınadı.", "armed_clash"),
    ("es", "El ejército israelí bombardeó Gaza y miles de personas protestaron en Madrid.", "air_strike"),
    ("ru", "Российские войска обстреляли Херсон, после чего жители вышли на акцию протеста.", "shelling"),
    ("tr", "İsrail ordusu Gazze'ye hava saldırısı düzenledi, İstanbul'da protesto gösterisi yapıldı.", "air_strike"),
])
def test_condemned_or_separate_acts_stay_events(lang: str, text: str, kept: str) -> None:
    assert kept in coded(text, lang)
