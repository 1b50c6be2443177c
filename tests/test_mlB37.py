"""mlB37: a ban or requirement a law states is a norm (lang/legal_norms.py), and a demand or refusal made in a
civil suit is litigation (lang/litigation.py), not acts between political actors. Sentences written for the
tests: each negative is coded as an event without these rules, its twin keeps its event."""

from __future__ import annotations

import pytest

from frontwatch.evaluate.ml_events import REPORTED
from frontwatch.lang.events import code_sentence


def _reported(text: str, lang: str) -> list[str]:
    return [e.event_type for e in code_sentence(text, lang, [], None) if e.modality in REPORTED]


@pytest.mark.parametrize("lang, law, actor, kind", [
    ("ru", "Закон требует от чиновников декларировать доходы.",
     "Профсоюз требует от чиновников отчитаться о расходах.", "request"),
    ("uk", "Законодавство вимагає від чиновників декларувати видатки.",
     "Профспілка вимагає від чиновників звітувати про видатки.", "request"),
    ("el", "Ο νόμος απαιτεί από τους βουλευτές να δηλώνουν τα περιουσιακά τους στοιχεία.",
     "Η αντιπολίτευση απαιτεί από τους βουλευτές να δηλώσουν τα περιουσιακά τους στοιχεία.", "request"),
    ("es", "La ley exige a los alcaldes publicar sus cuentas.",
     "El Gobierno exige a los alcaldes publicar sus cuentas.", "request"),
    ("ru", "Законопроект о полном запрете продажи оружия внесён в Сенат США.",
     "Сенат США ввёл полный запрет продажи оружия.", "sanction"),
    ("uk", "Законопроект про повну заборону продажу зброї внесли до Сенату США.",
     "Сенат США запровадив повну заборону продажу зброї.", "sanction"),
])
def test_a_law_states_a_norm_not_an_act(lang: str, law: str, actor: str, kind: str) -> None:
    assert _reported(actor, lang) == [kind]
    assert _reported(law, lang) == []


def test_a_law_as_the_object_of_a_demand_keeps_the_demand() -> None:
    assert _reported("Министр потребовал отменить закон о митингах.", "ru") == ["request"]


@pytest.mark.parametrize("lang, norm, act", [
    ("ru", "С начала лета запрещено курение в кафе и на вокзалах.",
     "В прошлом месяце было запрещено курение в кафе и на вокзалах."),
    ("uk", "Відтепер заборонено рекламу алкоголю на телебаченні.", "Уряд заборонив рекламу алкоголю."),
])
def test_a_ban_with_no_copula_is_the_rule_in_force(lang: str, norm: str, act: str) -> None:
    assert _reported(act, lang) == ["sanction"]
    assert _reported(norm, lang) == []


@pytest.mark.parametrize("lang, suit, plain", [
    ("ru", "В иске министерство требует от губернатора вернуть землю.",
     "Министерство требует от губернатора вернуть землю."),
    ("ru", "Прокуратура обратилась в суд и потребовала взыскать с губернатора 2 млн рублей.",
     "Прокуратура потребовала от губернатора уйти в отставку."),
    ("uk", "У позові міністерство вимагає від мера повернути землю громаді.",
     "Міністерство вимагає від мера повернути землю громаді."),
    ("uk", "До суду звернулася міська рада, яка вимагала повернути землю громаді.",
     "Міська рада вимагала від уряду повернути землю громаді."),
    ("el", "Με αγωγή το υπουργείο ζητά από τον δήμαρχο να επιστρέψει το οικόπεδο.",
     "Το υπουργείο ζητά από τον δήμαρχο να επιστρέψει το οικόπεδο."),
    ("es", "El Ayuntamiento pidió al Gobierno en un litigio que devolviera los terrenos.",
     "El Ayuntamiento pidió al Gobierno que devolviera los terrenos."),
])
def test_a_claim_in_a_civil_suit_is_litigation(lang: str, suit: str, plain: str) -> None:
    assert _reported(plain, lang) == ["request"]
    assert _reported(suit, lang) == []


@pytest.mark.parametrize("lang, thing, act", [
    ("ru", "Министерство предложило фермерам миллион рублей.",
     "Министерство предложило фермерам отказаться от пестицидов."),
    ("ru", "Правительство предложило Украине скидку на газ.", "Правительство предложило Украине снизить пошлины на газ."),
    ("uk", "Міністерство запропонувало найменшу ціну за пальне.",
     "Міністерство запропонувало уряду знизити ціну на пальне."),
])
def test_an_offer_of_a_thing_is_no_proposal(lang: str, thing: str, act: str) -> None:
    assert _reported(act, lang) == ["request"]
    assert _reported(thing, lang) == []


@pytest.mark.parametrize("text", [
    "Пусть оплатят эти работы, предложили чиновники.",  # reported words end before the verb
    "Премьер предложил: если войска уйдут, санкции снимут.",  # a clause follows
    "Президент предложил перемирие.",  # a named act
])
def test_an_offer_with_a_proposal_stays_a_request(text: str) -> None:
    assert "request" in _reported(text, "ru")


@pytest.mark.parametrize("lang, suit, plain", [
    ("uk", "Міністерство заблокувало через суд розгляд справи.", "Міністерство заблокувало розгляд справи."),
    ("ru", "Министерство заблокировало через суд рассмотрение дела.", "Министерство заблокировало рассмотрение дела."),
])
def test_a_refusal_won_through_the_court_is_litigation(lang: str, suit: str, plain: str) -> None:
    assert _reported(plain, lang) == ["reject"]
    assert _reported(suit, lang) == []


def test_a_price_offered_in_a_tender_and_turned_down_is_a_rejected_bid() -> None:
    assert _reported("Уряд відхилив вимоги опозиції через брак документів.", "uk") == ["reject"]
    assert _reported("Найнижчі ціни запропонували фірми, однак їх відхилили через брак документів.", "uk") == []
