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

A force's country (mlP52) is not the ground either, but it is no nothing: 'Russian troops shelled Nikolayevka'
happened where Russia's army fights, and an army that fights abroad fights mostly there (a Ukrainian Mykolaivka,
not a Russian Nikolayevka). `modifies_force` tells a name that modifies an armed force ('Russian troops', 'Armenian
forces'; the nouns of the actor dictionary's military template, data/actors.csv), and `origin_votes` turns its
country into the war theatres data/force_theatres.json lists for it; a country that fights at home ('the Syrian
army') keeps its own vote, as above. The native languages call the same `origin_votes` (lang/geoparse.theatre_words).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.geo.locative import first_conjunct, words
from frontwatch.nlp.deps import NOUN_MODIFIERS_OR_OWNER

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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


FORCE_THEATRES = "force_theatres.json"


@lru_cache(maxsize=1)
def _force_theatres() -> dict:
    return data_json(FORCE_THEATRES)


@lru_cache(maxsize=1)
def origin_actor_names() -> frozenset[str]:
    """The generic actors (data/actors.csv templates, '{country}' unfilled) whose country word names the sender, not
    the ground: the military's ('Russian troops'), not the police's ('Russian police' act at home)."""
    return frozenset(_force_theatres()["origin_actors"])


def is_origin_actor(name: str, country_name: str | None) -> bool:
    """Is an actor's canonical name one of `origin_actor_names` filled with this country ('Military Forces of
    Russia')? The native actor finder (lang/event_actors.find_actors) fills the template so."""
    return any(t.replace("{country}", country_name or "{country}") == name for t in origin_actor_names())


def war_theatres(code: str) -> tuple[str, ...]:
    """Where a force named by its country fights: the countries abroad data/force_theatres.json lists for it, else
    the country itself (a state that fights at home: 'the Syrian army' stands on Syrian ground)."""
    got = _force_theatres()["theatres"].get(code.upper())
    return tuple(got) if got else (code.upper(),)


def origin_votes(codes: "Iterable[str]") -> list[str]:
    """The countries a force's country words vote for in the theatre (`war_theatres` of each, once each): an
    army's country says who fights, its war theatres where ('Russian troops shelled Nikolayevka' is a Ukrainian
    Mykolaivka). One definition for the English geoparser (geo/geoparse.parse_spans) and the native one
    (lang/geoparse.theatre_words)."""
    out: list[str] = []
    for code in codes:
        out += [c for c in war_theatres(code) if c not in out]
    return out


def force_phrase(name_end: int, head: "Token") -> str:
    """The words from after a name to the noun it modifies ('Russian armed forces': 'armed forces'; "Russia's
    troops": 'troops'), lower case: what the actor dictionary's generic aliases are written as."""
    toks = [t.text.lower() for t in head.doc[name_end:head.i + 1]]
    if toks and toks[0] in ("'s", "’s", "'"):
        toks = toks[1:]
    return " ".join(toks)


def modifies_force(span: "Span") -> bool:
    """Does this name modify a noun that names a country's armed force, as an actor the dictionary reads as
    `origin_actor_names` ('Russian troops', 'Armenian armed forces', "Israel's army", 'Russian and Syrian troops')?
    Not a place noun ('the Russian village of X'), not the police ('Russian police'), not a craft or an attack,
    which `modifies_doer` reads first."""
    tok = first_conjunct(span.root)
    if tok.dep_ not in MODIFIER_DEPS or tok.head.i < span.end:
        return False
    # imported here, after the test above: only a name that modifies a noun reaches the dictionary
    from frontwatch.events.actors import default_dictionary

    head = tok.head
    d = default_dictionary()
    entry = next((e for p in (force_phrase(span.end, head), head.lower_, head.lemma_.lower())
                  if (e := d.lookup(p)) is not None), None)  # the whole phrase first: 'opposition forces' are rebels
    return entry is not None and entry.generic and entry.name in origin_actor_names()


__all__ = ["doer_nouns", "force_phrase", "is_origin_actor", "modifies_doer", "modifies_force", "origin_actor_names",
           "origin_votes", "war_theatres"]


def home_ground(doer_codes: "Iterable[str]", ground_codes: "Iterable[str]") -> bool:
    """Does the doer's country hold a place the text names? 'Syrian warplanes hit Al-Quds hospital in Aleppo':
    the air force strikes its own country, whose town the text names (the best-known bearer of 'Aleppo' is Syrian),
    so the adjective names the ground as well and keeps its vote. 'Russian warplanes struck Al-Bab', 'Russian
    assaults near Pokrovsk': no place of the sender's country is named (Pokrovsk's best-known bearer is Ukrainian),
    and the adjective votes for nothing. `ground_codes`: the countries of the best-known bearer of each other
    place name of the text."""
    return bool(set(doer_codes) & set(ground_codes))

