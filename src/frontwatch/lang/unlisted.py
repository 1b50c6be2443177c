"""Names the gazetteer does not list, kept when a settlement or street word says they are places.

'у селі Романків', 'с. Мотижин', 'στο χωριό Σαριλάρ', 'на вулиці Шевченка', 'вул. Озерній':
the word before says a place follows, whatever the gazetteer knows. As in the English path
(`geo/unlisted.py`), such a name is kept at the place it lies in -- a resolved town or
province of its sentence, else the nearest one named before it in the text -- with that
place's precision and a low score, and never when nothing anchors it. The words come from the
language's word list: `type_before` entries of kind city or village, and `street_before`
(streets, squares, parks), whose word belongs to the name ('вулиці Шевченка') and may carry a
house number after a comma ('вул. Попудренка, 52').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.lang.resources import load
from frontwatch.model import Sentence, Toponym

SETTLEMENT_KINDS = frozenset({"city", "village"})
# a town or a municipality word names a settlement only joined to it by a connector ("el municipio de X"); directly
# before a name it is as often a body's ("la asociación de municipios Eudel")
JOINED_KINDS = frozenset({"town", "municipality"})
MAX_NAME_WORDS = 3
MAX_RUN_ONS = 2  # 'Palacio Municipal de Deportes de Badalona'
ANCHOR_PRECISIONS = ("city", "admin2", "admin1")
_HOUSE_NUMBER = re.compile(r",\s?\d+[\w/-]*")


@dataclass(frozen=True)
class UnlistedSpan:
    start: int
    end: int
    sentence: int
    street: bool
    linked: bool = False  # a connector joins the street word and the name ('plaza de Colón')
    dedicated: bool = False  # 'ім. Горького': the name is a person's, so a place inside it is not one
    run_on: bool = False  # the name runs on through a connector ('estadio Gabba de Brisbane'): the span wins


def unlisted_spans(text: str, lang: str, sents: list[Sentence]) -> list[UnlistedSpan]:
    """Capitalised names right after a settlement or street word, as candidate unlisted places."""
    from frontwatch.lang.toponyms import _in_quotes, capitalised, tokenize

    res = load(lang)
    if not res.cased:
        return []
    settlement = {w for w, kind in res.type_before.items() if kind in SETTLEMENT_KINDS}
    joined_only = {w for w, kind in res.type_before.items() if kind in JOINED_KINDS} if res.connectors else set()
    street = res.street_before
    toks = tokenize(text, sents, frozenset(w for w in (*settlement, *street) if w.endswith(".")))
    out: list[UnlistedSpan] = []
    if res.road_code:  # national road numbers ('М-15', 'Н-02'): a road, placed like a street
        road = re.compile(res.road_code)
        out += [UnlistedSpan(t.start, t.end, t.sentence, True) for t in toks if road.fullmatch(t.text)]
    for k, tok in enumerate(toks):
        low = tok.text.casefold()
        if low in res.adjective_places and k > 0 and _adjective_name(toks[k - 1], tok, text, lang) \
                and not _in_quotes(text, toks[k - 1].start, tok.end):  # 'ТОВ «Промтоварний ринок»' is a firm
            out.append(UnlistedSpan(toks[k - 1].start, tok.end, tok.sentence, True))  # 'Сахалінському родовищі'
            continue
        if k == len(toks) - 1:
            break
        # 'los municipios de Albons, ...': a town or municipality word counts when a connector joins it to the name
        settled = low in settlement or (low in joined_only and tok.text.islower()
                                        and _settlement_connector(toks, k + 1, tok.sentence, res) > k + 1)
        if not settled and low not in street or (len(tok.text) <= 2 and tok.text[:1].isupper()):
            continue  # 'М. Кропивницького' is an initial, not 'м.' (city)
        j = k + 1
        # 'с. Долина': a sentence splitter may take the abbreviation's dot for a full stop
        sentence = toks[j].sentence if tok.text.endswith(".") else tok.sentence
        if settled and res.connectors:
            j = _settlement_connector(toks, j, sentence, res)  # 'la localidad murciana de Los Belones'
        while low in street and j < len(toks) and j - k <= 2 and toks[j].text in res.connectors \
                and toks[j].sentence == sentence:
            j += 1  # 'plaza de Colón', 'túnel del Somport': the street word, its connectors, the name
        joined = j > k + 1 and settled
        lead = j  # where the name begins, past the settlement word's connector
        while j < len(toks) and j - lead < MAX_NAME_WORDS and toks[j].sentence == sentence \
                and _dedication(toks[j], text, res):
            j += 1  # 'парку ім. В. Леніна', 'парку Т. Шевченка': 'named after' and initials open the name
            if j < len(toks) and text[toks[j - 1].end:toks[j].start] in (". ", ".\u00a0"):
                sentence = toks[j].sentence  # the splitter may take 'ім.' for a sentence's end
        first = j
        while j < len(toks) and j - first < MAX_NAME_WORDS and toks[j].sentence == sentence \
                and capitalised(toks[j].text) and _name_word(toks, j, res) \
                and (text[toks[j - 1].end:toks[j].start] in (" ", "-", "\u00a0")
                     or (j == first > lead and text[toks[j - 1].end:toks[j].start] in (". ", ".\u00a0"))) \
                and not toks[j].text.isupper():
            j += 1
        if j == first:
            j = k + 1
            if low in street and k > 0 and _adjective_name(toks[k - 1], tok, text, lang):
                out.append(UnlistedSpan(toks[k - 1].start, tok.end, tok.sentence, True))  # 'Маріїнського парку'
            continue
        run_on = False
        if low in street:
            j, run_on = _run_on(toks, j, sentence, text, res)
            start, end = tok.start, toks[j - 1].end
            number = _HOUSE_NUMBER.match(text, end)
            if number:
                end = number.end()
        else:
            start, end = toks[lead].start, toks[j - 1].end
        out.append(UnlistedSpan(start, end, sentence, low in street, lead > k + 1, lead < first, run_on))
        if joined:  # 'los municipios de Albons, Cabanes, La Pera, Ventalló y Vilademat': the word governs the list
            out += [UnlistedSpan(a, b, sentence, False) for a, b in _listed_names(toks, j, sentence, text, res)]
    return sorted(out, key=lambda u: u.start)


def _settlement_connector(toks, j: int, sentence: int, res) -> int:
    """Past a settlement word, the token where its name begins when a connector joins them ('municipio de X'), one
    lower-case adjective allowed before it ('localidad murciana de X', 'aldea libanesa de X'); else `j` itself."""
    c = j
    if c < len(toks) and toks[c].sentence == sentence and toks[c].text.islower() and toks[c].text.isalpha() \
            and toks[c].text not in res.connectors and toks[c].text.casefold() not in res.stop:
        c += 1  # the adjective
    n = c
    while n < len(toks) and n - c < 2 and toks[n].sentence == sentence and toks[n].text in res.connectors:
        n += 1
    return n if n > c else j


def _listed_names(toks, j: int, sentence: int, text: str, res) -> list[tuple[int, int]]:
    """(start, end) of the capitalised names listed after the one ending before token `j`, joined by a comma or the
    language's 'and' ('Albons, Cabanes, La Pera, Ventalló y Vilademat')."""
    from frontwatch.lang.toponyms import capitalised

    out: list[tuple[int, int]] = []
    while j < len(toks) and toks[j].sentence == sentence:
        gap = text[toks[j - 1].end:toks[j].start]
        if gap == " " and toks[j].text.casefold() in res.and_words:
            j += 1
        elif gap != ", ":
            break
        first = j
        while j < len(toks) and j - first < MAX_NAME_WORDS and toks[j].sentence == sentence \
                and capitalised(toks[j].text) and not toks[j].text.isupper() and _name_word(toks, j, res) \
                and (j == first or text[toks[j - 1].end:toks[j].start] == " "):
            j += 1
        if j == first:
            break
        out.append((toks[first].start, toks[j - 1].end))
    return out


def _run_on(toks, j: int, sentence: int, text: str, res) -> tuple[int, bool]:
    """Where a street's or building's name ends when lower-case connectors join further capitalised words to it
    ('estadio Gabba de Brisbane', 'Hospital Valle del Nalón', 'Palacio Municipal de Deportes de Badalona'): the
    name runs to its last capitalised word, at most MAX_RUN_ONS times; (end token, whether it ran on)."""
    from frontwatch.lang.toponyms import capitalised

    ran = False
    for _ in range(MAX_RUN_ONS):
        c = j
        while c < len(toks) and c - j < 2 and toks[c].sentence == sentence and toks[c].text in res.connectors \
                and text[toks[c - 1].end:toks[c].start] == " ":
            c += 1  # 'de', 'de la', 'del': lower-case only, so 'De Gispert' is no connector
        if c == j or c >= len(toks) or toks[c].sentence != sentence or text[toks[c - 1].end:toks[c].start] != " " \
                or not capitalised(toks[c].text) or toks[c].text.isupper() or toks[c].text.casefold() in res.stop:
            break
        j = c
        while j < len(toks) and j - c < MAX_NAME_WORDS and toks[j].sentence == sentence and capitalised(toks[j].text) \
                and not toks[j].text.isupper() and _name_word(toks, j, res) and text[toks[j - 1].end:toks[j].start] == " ":
            j += 1
        ran = True
    return j, ran


def _dedication(tok, text: str, res) -> bool:
    """Is `tok` a word that opens a dedication before a person's name ('ім.', 'імені': named after), or a
    person's initial ('Т.' in 'парку Т. Шевченка')? Streets and parks are named so; the name follows."""
    low = tok.text.casefold()
    dotted = text[tok.end:tok.end + 1] == "."
    if low in res.dedications or (dotted and low + "." in res.dedications):
        return True
    return dotted and len(tok.text) == 1 and tok.text.isupper() and text[tok.end + 1:tok.end + 2] in (" ", "\u00a0")


def _name_word(toks, j: int, res) -> bool:
    """May word `j` be part of an unlisted name? Not a stop word, except a capitalised article that opens
    a name before another capitalised word ('calle La Llama', 'Los Belones')."""
    low = toks[j].text.casefold()
    if low not in res.stop:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return low in res.connectors and nxt is not None and nxt.sentence == toks[j].sentence \
        and nxt.text[:1].isupper() and nxt.text.casefold() not in res.stop


def anchor_unlisted(spans: list[UnlistedSpan], toponyms: list[Toponym], text: str) -> list[Toponym]:
    """`toponyms` with the unlisted spans that no resolved toponym overlaps, each at its anchor,
    in text order; a toponym inside a street's name gives way to the street."""
    placed = [t for t in toponyms if t.place is not None and t.relative is None
              and (t.precision or t.place.precision) in ANCHOR_PRECISIONS]
    # A street named after a town or a person ('вулиці Шевченка') is the street, not the town.
    # Joined by a connector, the name may be the town the feature belongs to ('puerto de Barcelona'): the town stays.
    # A name that runs on through a connector ('estadio Gabba de Brisbane') is the building's, placed at the town
    # that closes it.
    inside = {id(t) for s in spans if (s.street or s.dedicated) and (not s.linked or s.run_on) for t in toponyms
              if s.start <= t.start and t.end <= s.end and (t.start, t.end) != (s.start, s.end)}
    inside |= _far_namesakes(spans, toponyms)
    closing = {(s.start, s.end): t for s in spans if s.run_on for t in placed if s.start < t.start and t.end == s.end}
    toponyms = [t for t in toponyms if id(t) not in inside]
    placed = [t for t in placed if id(t) not in inside]
    taken = [(t.start, t.end) for t in toponyms]
    out: list[Toponym] = list(toponyms)
    for s in spans:
        # 'селі Романків Обухівського району': the name stops where a found place begins
        later = [a for a, b in taken if s.start < a < s.end and b >= s.end]
        if later and not s.street and not s.dedicated and text[s.start:min(later)].strip():
            s = UnlistedSpan(s.start, s.start + len(text[s.start:min(later)].rstrip()), s.sentence, s.street)
        if any(not (s.end <= a or s.start >= b) for a, b in taken):
            continue
        own = [t for t in placed if t.sentence == s.sentence]
        after = [t for t in own if t.start >= s.end]
        before = [t for t in placed if t.end <= s.start]
        anchor = closing.get((s.start, s.end)) or (after[0] if after else (before[-1] if before else None))
        if anchor is None and s.street:  # a street with no town named before it: the text's first place
            anchor = next((t for t in toponyms if t.place is not None and t.relative is None), None)
        if anchor is None:
            continue
        taken.append((s.start, s.end))
        out.append(Toponym(start=s.start, end=s.end, text=text[s.start:s.end], place=anchor.place,
                           score=round(min(anchor.score, 0.5), 3), precision=anchor.precision or anchor.place.precision,
                           sentence=s.sentence))
    return sorted(out, key=lambda t: (t.start, t.end))


def _far_namesakes(spans: list[UnlistedSpan], toponyms: list[Toponym]) -> set[int]:
    """Ids of the toponyms a connector joins to a street or building word ('plaza de Colón', 'iglesia de San Pedro')
    that lie in no country the text's other places lie in: a feature is named after the town it belongs to
    ('aeropuerto de Barcelona'), so a namesake town far away (Colón, Honduras) means a person or a saint named it."""
    out: set[int] = set()
    for s in spans:
        if not (s.street and s.linked) or s.run_on:
            continue
        for t in toponyms:
            if t.place is None or not (s.start < t.start and t.end == s.end):
                continue
            theatre = {u.place.country for u in toponyms if u is not t and u.place is not None and u.relative is None}
            if theatre and t.place.country not in theatre:
                out.add(id(t))
    return out


def _adjective_name(word, street_word, text: str, lang: str) -> bool:
    """Is `word` a capitalised adjective naming the street or park after it ('Привокзальну площу',
    'Ковалівському парку')? Not a sentence's first word, one space before the street word."""
    from frontwatch.lang.morph import is_adjective

    return word.sentence == street_word.sentence and not word.first and word.text[:1].isupper() \
        and not word.text.isupper() and text[word.end:street_word.start] == " " and is_adjective(word.text, lang)
