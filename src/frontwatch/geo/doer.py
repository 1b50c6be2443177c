"""A country's name or demonym that says who struck, not where: 'Russian warplanes', 'US raid'.

A demonym votes for the article's country focus and theatre because 'Syrian villagers' or
'Iraqi towns' say where a report is. But the adjective of an aircraft, a drone or an attack
names the *sender*: 'Russian warplanes struck ...' is a Syrian town, 'Israeli strikes on ...'
a Lebanese one, 'Turkish drones hit ...' an Iraqi one, 'Turkish and American air raids over
Al-Bab' a Syrian one. Air power and raids are how a foreign power fights where it does not
stand; the ground is named by the places. So such a modifier says nothing of the theatre
(geo/geoparse.py leaves its vote out).

Not the nouns of a force itself ('Syrian troops', 'the Syrian army', 'Syrian opposition
forces'): an army stands on the ground it fights for, and most reports name the war's own
army by its country ('the Syrian army clashed with ISIL near Deir Ezour', whose misspelt town
only that vote keeps in Syria). Measured on the tune parts (docs/event-location.md, theatre45).

The nouns are the existing definitions, not a new list: a craft of the subtype cues ('warplane',
'jet', 'drone', 'helicopter', data/subtype_cues.json `craft`) and the locative attack nouns
('raid', 'airstrikes', 'assaults', 'shelling', data/locative.json). Pure functions over a spaCy span.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.geo.locative import first_conjunct, words
from frontwatch.nlp.deps import NOUN_MODIFIERS_OR_OWNER

if TYPE_CHECKING:
    from spacy.tokens import Span

# Dependencies by which a name modifies a noun: 'Russian warplanes' (amod), 'US raid' (compound),
# "Israel's strikes" (poss), 'Turkey-led assault' no (the hyphen makes it another word).
MODIFIER_DEPS = NOUN_MODIFIERS_OR_OWNER


@lru_cache(maxsize=1)
def doer_nouns() -> frozenset[str]:
    """Lower-case nouns naming a craft that strikes or an attack (lemmas and forms as listed)."""
    craft = {w.lower() for w in data_json("subtype_cues.json")["craft"]}
    return frozenset(craft | words().attack_nouns)


def modifies_doer(span: "Span") -> bool:
    """Does this name modify a noun naming a craft that strikes or an attack?

    'Russian warplanes', 'US raid', "Israel's strikes", 'Turkish and American air raids' (a later
    conjunct shares the first one's noun): the name says who struck. Not 'Syrian villagers',
    'Syrian troops', 'a Lebanese man', nor a name in a place role ('attacks in Syria')."""
    tok = first_conjunct(span.root)
    if tok.dep_ not in MODIFIER_DEPS or tok.head.i in range(span.start, span.end):
        return False
    head = tok.head
    nouns = doer_nouns()
    return head.lower_ in nouns or head.lemma_.lower() in nouns


__all__ = ["doer_nouns", "modifies_doer"]


def home_ground(doer_codes: "Iterable[str]", ground_codes: "Iterable[str]") -> bool:
    """Does the doer's country hold a place the text names? 'Syrian warplanes hit Al-Quds hospital in Aleppo':
    the air force strikes its own country, whose town the text names (the best-known bearer of 'Aleppo' is Syrian),
    so the adjective names the ground as well and keeps its vote. 'Russian warplanes struck Al-Bab', 'Russian
    assaults near Pokrovsk': no place of the sender's country is named (Pokrovsk's best-known bearer is Ukrainian),
    and the adjective votes for nothing. `ground_codes`: the countries of the best-known bearer of each other
    place name of the text."""
    return bool(set(doer_codes) & set(ground_codes))

