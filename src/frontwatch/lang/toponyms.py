"""Which spans of a non-English text may name places: the recogniser of the native path.

English relies on spaCy's entities and parse (`geo/recognize.py`). Here a span is a
candidate when
* the language's own NER labels it a location (natasha for Russian, spaCy for French), or
* a run of one to four words -- capitalised in cased scripts, any words but stop words in
  Arabic and Persian -- has a dictionary form (`lang.morph`: clitics, case endings, lemmas,
  Slavic agreement) that the gazetteer lists (`lang.index`).
The longest match wins. A type word before or after ('مدينة', 'استان', 'області') joins
the span and is passed on as the resolver's type word; the word before ('в', 'في', 'στην')
becomes its preposition ('in', 'near', ...), the context cue for scripts without capitals.
The spans then go through the same candidate finder, theatre and resolver as English
(`Geoparser.parse_spans`), so coordinates come out the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontwatch.geo.fold import is_latin, name_key
from frontwatch.geo.recognize import SpanCandidate
from frontwatch.lang.datelines import datelines
from frontwatch.lang.index import country_names
from frontwatch.lang.morph import (
    common_word,
    match_key,
    phrase_forms,
    town_of_adjective,
)
from frontwatch.lang.ner import EntitySpan, entities
from frontwatch.lang.persons import is_initial, looks_like_person
from frontwatch.lang.possessive import is_possessive_head
from frontwatch.lang.resources import LangResources, load
from frontwatch.model import Sentence

MAX_WORDS = 4
# Prepositions (as the resolver's English ones) that say a place follows.
CUE_PREPS = frozenset({"in", "near", "around", "inside", "outside", "towards", "into", "from", "to"})
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c"
# A word: letters, digits and marks, joined by inner hyphens and apostrophes ('Ростов-на-Дону', "İran'ın").
_WORD = re.compile(rf"[\w{_MARKS}]+(?:[-'’][\w{_MARKS}]+)*\.?")


_CAPITAL_HYPHEN = re.compile(r"-(?=[^\W\d_])(?=\w)(?=[A-ZÀ-ÞΑ-ΩΆ-ΏА-ЯЁІЇЄҐ])")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int
    first: bool  # first word of its sentence


# Punctuation that no place name holds between its words: a list's comma, a clause's colon, brackets, quotes.
_BREAK = re.compile(r"[,;:()\[\]«»\"“”„،؛]")  # the Arabic-script comma and semicolon too


def tokenize(text: str, sents: list[Sentence], abbreviations: frozenset[str] = frozenset()) -> list[Token]:
    """Words with offsets and sentence numbers; `abbreviations` keep their dot ('обл.')."""
    out: list[Token] = []
    bounds = [(s.start, s.end, s.index) for s in sents] or [(0, len(text), 0)]
    si = 0
    last_sentence = -1
    for m in _WORD.finditer(text):
        start, word = m.start(), m.group(0)
        while si + 1 < len(bounds) and start >= bounds[si + 1][0]:
            si += 1
        # A trailing dot belongs to the word only in abbreviations the lists name ('м.', 'обл.').
        if word.endswith(".") and word.casefold() not in abbreviations:
            word = word[:-1]
        idx = bounds[si][2]
        # 'Київ-Харків', 'Нью-Йорк': a hyphen before a capital joins two names (the n-grams
        # rejoin them with the hyphen); 'Ростов-на-Дону' stays one word.
        pos = start
        for part in _CAPITAL_HYPHEN.split(word):
            if part:
                out.append(Token(pos, pos + len(part), part, idx, idx != last_sentence))
                last_sentence = idx
            pos += len(part) + 1
    return out


def capitalised(word: str) -> bool:
    """'Αθήνα', 'США', and mixed-case acronyms ('πΓΔΜ')."""
    return word[:1].isupper() or sum(c.isupper() for c in word) >= 2


def _may_start(tok: Token, res: LangResources) -> bool:
    """May a name start at this word? Stop words may ('San Sebastián', 'Gran Bretaña', 'El Casar'),
    but a one-word span of a stop word is refused by `_known`."""
    low = tok.text.casefold()
    if low.rstrip(".") in res.type_before or tok.text[:1].isdigit():
        return False
    if res.cased:
        return capitalised(tok.text)
    # 'والشمالية' (and northern): a stop word behind a conjunction clitic is still one ('الجبهة الشمالية والوسطى')
    bare = low[1:] if res.proclitics and len(low) > 3 and low[0] in res.proclitics[:2] else low
    return (low not in res.stop and bare not in res.stop) or low in res.name_starters or bare in res.name_starters


def _inflected_stop(word: str, res: LangResources) -> bool:
    """Is `word` a stop word with one of the language's `suffixes` ('خبرهای' = 'خبر' + 'های')?"""
    low = word.casefold()
    return any(low.endswith(end) and len(low) > len(end) and low[:-len(end)] + repl in res.stop
               for end, repl in res.suffixes)


def _may_continue(tok: Token, res: LangResources) -> bool:
    """Inner words of a cased name may be lower-case particles ('Bosnia y Herzegovina' is rare;
    'Ростов-на-Дону' is one token), so a cased run continues on capitals only."""
    low = tok.text.casefold()
    if res.cased:
        # 'Jerez de la Frontera', 'Alcázar de San Juan': a lower-case connector inside a name the gazetteer
        # lists whole (a run may not end on one: stop words end no cased name)
        return capitalised(tok.text) or low in res.type_after or (low in res.connectors and tok.text.islower())
    # Without capitals the stop list keeps everyday words from being names on their own ('الله', 'الغربية':
    # God, western); inside a run they may end or qualify one ('رام الله', 'الضفة الغربية'), which the
    # gazetteer then decides. Prepositions and 'and' still end a run: they join two names, not one.
    return low not in res.stop or low in res.type_after or (low not in res.preps and low not in res.and_words)


def recognise_foreign(text: str, lang: str, sents: list[Sentence], index) -> list[SpanCandidate]:
    """Candidate place spans of a text in `lang` (one of `lang.detect.FOREIGN`)."""
    res = load(lang)
    toks = tokenize(text, sents, frozenset(w for w in (*res.type_before, *res.type_after) if w.endswith(".")))
    ents = entities(text, lang)
    loc_ents = [e for e in ents if e.label in ("LOC", "GPE")]
    other_ents = [e for e in ents if e.label in ("PERSON", "ORG")]
    spans: list[tuple[int, int, str | None, str]] = []  # token i, j (exclusive), gazetteer key, label
    taken = [False] * len(toks)
    i = 0

    def match_at(i: int, least: int = 1) -> tuple[int, int, tuple[str, ...]] | None:
        for n in range(min(MAX_WORDS, len(toks) - i), least - 1, -1):
            run = toks[i:i + n]
            if any(t.sentence != run[0].sentence for t in run):
                continue
            if n > 1 and not all(_may_continue(t, res) for t in run[1:]):
                continue
            if n > 1 and any(_BREAK.search(text[a.end:b.start]) for a, b in zip(run, run[1:])):
                continue  # 'м. Йосу, Республіка Корея': punctuation between two words ends a name
            if n > 1 and run[-1].text.casefold() in res.type_after:
                pass  # 'Донецької області': the phrase's nominative is the gazetteer's name
            if n == 1 and run[0].text.casefold() in res.stop:
                continue
            if n == 1 and not res.cased and _inflected_stop(run[0].text, res):
                continue  # 'خبرهای' (news, plural): a stop word with a plural ending is still no place
            if n == 1 and is_possessive_head(re.split("['’]", run[0].text)[0], lang):
                continue  # "Kupası'nı", 'Kurumu' (its cup, its institution): a compound's head noun, no name alone
            if n > 1 and res.cased and run[-1].text.casefold() in res.stop:
                continue  # 'Madrid El' is no name; in Arabic a stop word may end one ('رام الله')
            key = _known(tuple(t.text for t in run), lang, index, text[run[0].start:run[-1].end])
            if key is not None:
                return i, i + n, key
        return None

    while i < len(toks):
        if not _may_start(toks[i], res):
            # 'Ciudad Real', 'Ciudad Juárez': a capitalised type word opens a name the gazetteer lists whole;
            # alone it stays the type word of the name after it ('la ciudad de Kandahar')
            typed = res.cased and toks[i].text[:1].isupper() and toks[i].text.casefold() in res.type_before
            found = match_at(i, 2) if typed else None
            if not res.cased and toks[i].text.casefold() in res.type_before:
                # without capitals a type word opens a name only where the whole is a curated alias ('خلیج فارس',
                # 'دریای سرخ': the Persian Gulf, the Red Sea); elsewhere it is the type word of the name after it
                whole = match_at(i, 2)
                found = whole if whole is not None and whole[2] and whole[2][0] in _alias_keys(lang) else None
            if found is not None:
                spans.append((*found, ""))
                for k in range(found[0], found[1]):
                    taken[k] = True
                i = found[1]
                continue
            i += 1
            continue
        found = match_at(i)
        if toks[i].text.casefold() in res.region_modifiers and i + 1 < len(toks) \
                and toks[i + 1].sentence == toks[i].sentence and text[toks[i].end:toks[i + 1].start] == " " \
                and _may_start(toks[i + 1], res):
            inner = match_at(i + 1)  # 'Βόρεια Ελλάδα', 'Δυτική Αφρική': the region of a known place
            if inner is not None and (found is None or inner[1] > found[1]):  # 'Κάτω Χώρες' is a name
                found = (i, inner[1], inner[2])
        type_hint = ""
        if (found is None or found[1] - found[0] == 1) and res.cased and res.and_words:
            listed = _coordinated(text, toks, i, lang, index, res)
            if listed is not None:
                found, type_hint = listed[:3], listed[3]
        if found is None:
            i += 1
            continue
        a, b, key = found
        spans.append((a, b, key, type_hint))
        for k in range(a, b):
            taken[k] = True
        i = b
    if res.genitive_endings:
        spans = _with_genitive_region(text, toks, spans, lang, res)
    spans = [s for s in spans if not _part_of_compound(text, toks, s[0], s[1], spans)]
    out: list[SpanCandidate] = []
    places = frozenset(k for k, t in enumerate(taken) if t)
    # one-word country names found ('Slovakya', 'Polonya'): where the grammar sets nouns side by side to make a
    # compound ('Slovakya Polonya sınırı', the Slovak-Polish border), two of them are two places, not one longer name
    countries = frozenset(a for a, b, key, _ in spans if b - a == 1 and key and key[0] in index.country_keys(lang)) \
        if res.juxtaposed_places else frozenset()
    filed = _dateline_tokens(text, toks)
    tails = _name_tails(text, toks, spans, res, countries, index.country_keys(lang)) if res.cased else frozenset()
    for a, b, key, type_hint in spans:
        out.append(_candidate(text, toks, a, b, list(key), res, loc_ents, other_ents, type_hint or None, places,
                              countries, dateline=any(a <= k < b for k in filed), tails=tails))
    # NER locations the gazetteer n-grams missed: looked up by their own forms (the finder may still fold them).
    # A name matched only by its sound ('Καλιφόρνια' ~ California) is a place where a preposition
    # or type word says so; alone it is as likely a person ('ο Κένεντι'); in quotes, a venue's, a club's or a work's
    # name even after a preposition ('στο «Λουζνίκι»', the stadium): the quotes say it is a name, not which place.
    out = [s for s in out if s is not None and not (s.lookup and s.lookup[0] in index.by_sound and (
        s.label == "PROPN" or _in_quotes(text, s.start, s.end)))]
    for e in loc_ents:
        if any(s is not None and not (e.end <= s.start or e.start >= s.end) for s in out):
            continue
        idx = [k for k, t in enumerate(toks) if t.start >= e.start and t.end <= e.end]
        if not idx:
            continue
        forms = list(phrase_forms(tuple(toks[k].text for k in idx), lang))
        keys = next((x for f in forms if (x := index.keys(f, lang))), ())
        out.append(_candidate(text, toks, idx[0], idx[-1] + 1, [*keys, *forms], res, loc_ents, other_ents))
    out = [s for s in out if s is not None]
    codes = _results_codes(text, toks, lang, index, res, out, loc_ents, other_ents)
    if codes:  # the code's own reading replaces the gazetteer's ('HOL' ~ Holle, 'SUE' ~ Sue)
        spans_of = {(c.start, c.end) for c in codes}
        out = [s for s in out if (s.start, s.end) not in spans_of] + codes
    out.sort(key=lambda s: s.start)
    return out


def _results_codes(text: str, toks: list[Token], lang: str, index, res: LangResources, found: list[SpanCandidate],
                   loc_ents: list[EntitySpan], other_ents: list[EntitySpan]) -> list[SpanCandidate]:
    """Candidates for the bracketed country codes of a results list ('(HOL - Rabobank)', `lang.country_codes`), each
    looked up by the country's name in the language; not where a longer span covers the code."""
    from frontwatch.lang.country_codes import bracketed_codes

    out: list[SpanCandidate] = []
    for start, end, name in bracketed_codes(text, lang):
        if any(not (end <= s.start or start >= s.end) and (s.start, s.end) != (start, end) for s in found):
            continue
        a = next((k for k, t in enumerate(toks) if t.start == start and t.end == end), None)
        keys = index.keys(name, lang)
        if a is None or not keys:
            continue
        cand = _candidate(text, toks, a, a + 1, list(keys), res, loc_ents, other_ents)
        if cand is not None:
            out.append(cand)
    return out


def _name_tails(text: str, toks: list[Token], spans: list, res: LangResources,
                countries: frozenset[int], country_keys) -> frozenset[str]:
    """Words the text writes as the last word of a longer capitalised name, right after its other words
    ('Francisco Herrera', 'Gregorio Manzano'): one sense per discourse, so where the same word stands alone
    with no cue ('Herrera dijo') it names that person or body, not the town the gazetteer also knows."""
    out: set[str] = set()
    for a, b, key, _ in spans:
        if b - a == 1 and a > 0 and text[toks[a - 1].end:toks[a].start] == " " and not (key and key[0] in country_keys) \
                and toks[a - 1].sentence == toks[a].sentence and toks[a - 1].text[:1].isupper() \
                and _inside_longer_name(text, toks, a, res, countries):
            out.add(toks[a].text)
    return frozenset(out)


def _dateline_tokens(text: str, toks: list[Token]) -> frozenset[int]:
    """Tokens of a dateline's place and region ('Inca (Mallorca), 23 may (EFE)'): the last word of the
    name before the agency, and every word inside the bracketed region."""
    out: set[int] = set()
    for line in datelines(text):
        for k, t in enumerate(toks):
            if t.end == line.name_end or (line.region and line.region[0] <= t.start and t.end <= line.region[1]):
                out.add(k)
    return frozenset(out)


def _with_genitive_region(text: str, toks: list[Token], spans: list, lang: str, res: LangResources) -> list:
    """'Πύργο Ηλείας', 'Κουτσόχερο Λάρισας': a place qualified by its region in the genitive is
    one name. The word before the region must be a place found itself (its keys are kept) or
    a capitalised word the dictionary does not know -- a village the gazetteer lacks, placed by
    its region -- not an everyday word ('Πανεπιστήμιο Αθηνών' is a body)."""
    import simplemma

    out: list = []
    for a, b, key, hint in spans:
        word = toks[a].text
        p = a - 1
        if b - a == 1 and p >= 0 and word.casefold().endswith(res.genitive_endings) and not toks[p].first \
                and toks[p].sentence == toks[a].sentence and text[toks[p].end:toks[a].start] == " " \
                and capitalised(toks[p].text) and not toks[p].text.isupper() \
                and not toks[p].text.casefold().endswith(res.genitive_endings):
            low = toks[p].text.casefold()  # (two genitives, 'Πολυτεχνείου Κρήτης', are a body's name)
            if out and out[-1][1] == a and out[-1][1] - out[-1][0] == 1:
                pa, _, pkey, phint = out.pop()
                out.append((pa, b, pkey, phint))
                continue
            if low not in res.stop and low not in res.type_before and low not in res.preps \
                    and not simplemma.is_known(low, lang):
                out.append((p, b, key, hint))
                continue
        out.append((a, b, key, hint))
    return out


def _coordinated(text: str, toks: list[Token], i: int, lang: str, index,
                 res: LangResources) -> tuple[int, int, tuple[str, ...], str] | None:
    """'Донецької та Луганської областей', 'Козельщинського, Кременчуцького і Полтавського
    районів': the type word after a list of names belongs to each of them. The list's items
    are single capitalised words joined by commas and the language's 'and'; the first item
    is read as if the type word followed it."""
    j = i + 1
    while j < len(toks) and toks[j].sentence == toks[i].sentence and j - i <= 12:
        gap, low = text[toks[j - 1].end:toks[j].start], toks[j].text.casefold()
        if gap != " " and gap != ", ":
            return None
        if low in res.type_after:
            if gap != " " or j - 1 == i:
                return None
            break
        if low in res.and_words and gap == " ":
            j += 1
            continue
        if not capitalised(toks[j].text) or (gap == " " and toks[j - 1].text.casefold() not in res.and_words):
            return None
        j += 1
    else:
        return None
    from frontwatch.lang.morph import word_forms

    for type_word in word_forms(toks[j].text, lang)[:3]:
        key = _known((toks[i].text, type_word), lang, index, f"{toks[i].text} {type_word}")
        if key is not None:
            return i, i + 1, key, res.type_after[toks[j].text.casefold()]
    return None


def _compound(text: str, toks: list[Token], a: int, b: int) -> tuple[int, int]:
    """The tokens of the hyphen-joined word around tokens a..b ('Ново-Огарево', 'PSE-EE'):
    `tokenize` splits such a word before a capital so that routes ('Київ-Харків') give two places."""
    while a > 0 and text[toks[a - 1].end:toks[a].start] == "-":
        a -= 1
    while b < len(toks) and text[toks[b - 1].end:toks[b].start] == "-":
        b += 1
    return a, b


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 and not any(c.islower() for c in word)


def _part_of_compound(text: str, toks: list[Token], a: int, b: int, spans: list) -> bool:
    """Is the span only a part of a hyphen-joined name that is not itself a place? One part of
    'Ново-Огарево' ('Ново'), 'Ямало-Ненецкий' or a party's 'PSE-EE' is no place of its own. A
    route or a segment ('Київ-Харків', 'Стрий-Тернопіль') is kept: every part is a place found
    on its own; acronyms joined so ('PSC-PSOE') are names of bodies, not routes."""
    ca, cb = _compound(text, toks, a, b)
    if (ca, cb) == (a, b):
        return False
    covered = {k for s in spans for k in range(s[0], s[1])}
    if not all(k in covered for k in range(ca, cb)):
        return True
    return any(_acronym(toks[k].text) for k in range(ca, cb))


def _known(words: tuple[str, ...], lang: str, index, surface: str) -> tuple[str, ...] | None:
    if len(words) == 1 and len(words[0]) < 2:
        return None
    if any(c in surface for c in "\n\t"):
        return None
    forms = phrase_forms(words, lang)
    if len(words) > 1 and words[-1].casefold() in load(lang).type_after:
        # 'Луганської областей' (a list's plural type word) → also as 'Луганської область'
        from frontwatch.lang.morph import word_forms

        forms = tuple(dict.fromkeys((*forms, *(f for w in word_forms(words[-1], lang)[1:3]
                                                for f in phrase_forms((*words[:-1], w), lang)))))
    if "-" in surface:  # 'Нью-Йорке' → 'Нью-Йорк': the phrase's forms with its hyphens back
        forms = tuple(dict.fromkeys(f for x in forms for f in (x, _rehyphen(x, surface))))
    region = _region_noun_form(words, forms, lang, index)
    if region:
        return region
    for k, form in enumerate(forms):
        keys = index.keys(form, lang)
        if keys:
            return keys if keys[0] in index.country_keys(lang) else _country_form(forms[k + 1:], lang, index) or keys
    for form in forms if load(lang).sister_spelling else ():
        keys = index.sister_keys(form, lang)
        if keys:
            return keys
    seat = _district_seat(words, lang, index)
    if seat is None and len(words) == 1 and load(lang).phonetic:
        # a dictionary form made from the word that is an everyday word ('Έλληνα' from 'Έλληνες') is that word, not
        # a foreign name by its sound; the word as written is tried whatever it is ('Ουάσινγκτον')
        seat = next((k for n, form in enumerate(forms) if not (n and common_word(form, lang))
                     and (k := index.keys(form, lang, sound=True))), None)
    return seat


def _region_noun_form(words: tuple[str, ...], forms: tuple[str, ...], lang: str, index) -> tuple[str, ...]:
    """The keys of a one-word name's region form, when the language's word formation turns the word into
    '<adjective> <region type word>' (the `suffixes` table: ru 'Смоленщине' → 'Смоленская область', uk
    'Донеччині' → 'Донецька область') and the index knows that region; () otherwise.

    Why: the word names the region by its form (a noun in '-щина/-чина' made from the region's town); its
    lemma can be a namesake village far away ('Смоленщина', a hamlet in Irkutsk oblast), which the
    first-known-form rule of `_known` would take before the region form further down the list."""
    if len(words) != 1:
        return ()
    type_after = load(lang).type_after
    for form in forms[1:]:
        parts = form.split()
        if len(parts) > 1 and type_after.get(parts[-1].casefold()) == "region":
            keys = index.keys(form, lang)
            if keys:
                return keys
    return ()


def _country_form(later: tuple[str, ...], lang: str, index) -> tuple[str, ...]:
    """The keys of the first of `later` forms that is a country's name in the language; () if none.

    Why: the written form comes first, and a country's case form can be some foreign village's
    alternate name: uk 'в Гані' (in Ghana, locative of 'Гана') is an alternate name of Gasny, France,
    so the locative was read as that village and the country, the lemma, was never asked. A reader
    takes the country: a case form of a country's name names the country (`country_names`, the
    language's own list) before a namesake hamlet abroad. Only countries and continents outrank the
    written form; a town's lemma does not."""
    country = next((f for f in later if match_key(f) in country_names(lang)), None)
    return index.keys(country, lang) if country is not None else ()


def _district_seat(words: tuple[str, ...], lang: str, index) -> tuple[str, ...] | None:
    """'Зіньківського району' → the town 'Зіньків' when the gazetteer lacks the district: an
    adjective formed from a town's name and a district type word ('району', 'районів')."""
    if len(words) != 2:
        return None
    res = load(lang)
    if res.type_after.get(words[1].casefold()) != "district":
        return None
    for town in town_of_adjective(words[0], lang):
        keys = index.keys(town, lang)
        if keys:
            return keys
    return None


def _candidate(text: str, toks: list[Token], a: int, b: int, lookup: list[str], res: LangResources,
               loc_ents: list[EntitySpan], other_ents: list[EntitySpan],
               type_hint: str | None = None, places: frozenset[int] = frozenset(),
               countries: frozenset[int] = frozenset(), dateline: bool = False,
               tails: frozenset[str] = frozenset()) -> SpanCandidate | None:
    start, end = toks[a].start, toks[b - 1].end
    type_word = type_hint  # a list's type word after its last item ('Донецької та Луганської областей')
    last = toks[b - 1].text.casefold()
    if b - a > 1 and last in res.type_after:
        type_word = res.type_after[last]
    elif b < len(toks) and toks[b].sentence == toks[a].sentence and toks[b].text.casefold() in res.type_after \
            and not _BREAK.search(text[toks[b - 1].end:toks[b].start]):  # 'Йосу, Республіка Корея': another name
        type_word = res.type_after[toks[b].text.casefold()]
        end = toks[b].end
    before = a  # the first word of the name, or of the type word before it
    led = _after_leader_title(text, toks, a, res)  # 'رئیس جمهوری چین': the title's 'جمهوری' is no type word
    if not led and a > 0 and toks[a - 1].sentence == toks[a].sentence \
            and toks[a - 1].text.casefold() in res.type_before \
            and not _BREAK.search(text[toks[a - 1].end:toks[a].start]):  # 'کشور، قم': a list, not 'the country Qom'
        type_word = res.type_before[toks[a - 1].text.casefold()]
        before = a - 1
        if res.type_before_in_span:  # 'مدينة القدس' is the name in Arabic; 'місті' is not part of 'Біла Церква'
            start, a = toks[a - 1].start, a - 1
            while a > 0 and toks[a - 1].sentence == toks[a].sentence and text[toks[a - 1].end:toks[a].start] == " " \
                    and toks[a - 1].text.casefold() in res.type_before:
                start, a = toks[a - 1].start, a - 1  # 'قضاء مدينة القدس': a chain of constructs, each the next's head
                before = a  # the preposition stands before the chain ('في محافظة ريف دمشق')
    elif a > 1 and toks[a - 2].sentence == toks[a].sentence and toks[a - 1].text.casefold() in res.connectors \
            and toks[a - 1].text.islower() and toks[a - 2].text.casefold() in res.type_before:
        # 'la provincia de Kandahar', 'el departamento del Cauca': the type word before a connector
        type_word = res.type_before[toks[a - 2].text.casefold()]
        before = a - 2
    # Turkish writes a type word that belongs to the name with a capital ("California Eyaleti'nde", 'Ege Bölgesi'),
    # one that only describes it without ('Opava kentinde'): the capital keeps it in the span
    typed = toks[b - 1] if b - a > 1 and last in res.type_after else toks[b] if end > toks[b - 1].end else None
    in_span = res.type_after_in_span or (res.type_after_capital_in_span and typed is not None
                                         and typed.text[:1].isupper() and not typed.first)
    if b - a > 1 and last in res.type_after and not in_span:
        end = toks[b - 2].end
    elif end > toks[b - 1].end and not in_span:
        end = toks[b - 1].end
    prep = None
    if before > 0 and toks[before - 1].sentence == toks[a].sentence:
        prep = res.preps.get(toks[before - 1].text.casefold())
    if prep is None and res.list_articles:
        prep = _shared_prep(text, toks, before, res)
    if prep is None and not res.cased and _after_seat_head(text, toks, before, res):
        prep = "in"  # 'بلدية بيرزيت', 'سجن جلبوع': a body named after its seat stands in that town
    if prep is None and res.case_preps:  # "Yorktown'da": the locative suffix is the preposition
        last_word = (typed if typed is not None and typed.end == end else toks[b - 1]).text.casefold().replace("’", "'")
        prep = next((p for suffix, p in res.case_preps if last_word.endswith(suffix)), None)
    ner = next((e.label for e in loc_ents if e.start <= toks[a].start < e.end or start <= e.start < end), None)
    if dateline:  # 'Toledo, 23 may (EFE)': the line's shape says a place, whatever stands around it
        return SpanCandidate(start=start, end=end, text=text[start:end], label=ner or "GPE", sentence=toks[a].sentence,
                             prep=prep, type_word=type_word, lookup=lookup, sentence_initial=toks[a].first,
                             dateline=True)
    if ner is None and b - a == 1 and toks[a].text in tails and prep is None and type_word is None:
        return None  # 'Herrera dijo' where the text also writes 'Francisco Herrera'
    person = any(e.label == "PERSON" and e.start <= start and end <= e.end for e in other_ents)
    in_org = any(e.label == "ORG" and e.start <= start and end <= e.end and (e.end - e.start) > (end - start)
                 for e in other_ents)
    if person and ner is None:
        return None
    if ner is None and res.ner and not res.latin_script and is_latin(text[start:end]):
        return None  # 'работала в Google', 'бизнес Nokia': Russian writes foreign places in its own script
    if ner is None and res.cased and b - a == 1 and is_initial(text, start):
        return None  # 'Bernard L. Ross', 'Т. Шевченкові': a surname after an initial
    if ner is None and looks_like_person(toks, a, b, text, res.code, prep in CUE_PREPS or type_word is not None):
        return None  # 'Володимир Брільов', 'Т. Шевченкові', 'з Маріанною' (Slavic morphology)
    typed_after = b - a > 1 and last in res.type_after  # 'Романків Обухівського району': a chain of places
    if ner is None and res.cased and ((not typed_after and _inside_longer_name(text, toks, a, res, countries))
                                      or (res.heads_names and _followed_by_name(
                                          text, toks, b if end == toks[b - 1].end else b + 1, res, countries))):
        return None
    if ner is None and res.capital_type_is_body and before < a and toks[before].text[:1].isupper() \
            and not toks[before].first:
        return None  # 'Δήμος Τρικκαίων', 'Περιφέρεια Ηπείρου': capitalised, the type word names the authority
    if ner is None and res.cased and type_word and _branch_of_body(text, toks, before, res):
        return None  # 'Служба автодоріг у Вінницькій області': a body's regional branch, named so
    if ner is None and res.cased and (_closes_org_name(text, toks, before, b, res, places)
                                      or _body_head_before(text, toks, before, res)):
        return None  # 'Міністерство енергетики України', 'ГУ ДСНС України': a body named after the place
    quoted = _in_quotes(text, start, end) or (not res.cased and _in_straight_quotes(text, start, end))
    if ner is None and quoted and prep not in CUE_PREPS:
        return None
    if _adjective_before_noun(text, toks, a, b, res):
        return None  # 'Черного моря', 'Средней Азии': also where the NER tagged the adjective alone
    if b - a == 1 and a > 0 and _adjective_before_noun(text, toks, a - 1, a, res) and not toks[a - 1].first \
            and toks[a - 1].text[:1].isupper():
        return None  # 'Дальнего Востока': the noun of a longer name the gazetteer does not list is not this place
    if ner is None and not led and a > 0 and toks[a - 1].sentence == toks[a].sentence \
            and toks[a - 1].text.casefold() in res.not_place_after \
            and not text[toks[a - 1].end:toks[a].start].strip():  # a bracket or comma between: '(Львів)' is a place
        return None  # 'خبرگزاری فارس', 'Кубок України': a body or an event named after the place
    if ner is None and a > 1 and _capital_head_genitive(text, toks, a, res):
        return None  # 'Πανεπιστήμιο της Οξφόρδης', 'Πρεσβεία της Αυστρίας': the body's proper name runs on
    if ner is None and type_word is None and a > 0 and toks[a - 1].sentence == toks[a].sentence \
            and toks[a - 1].text.casefold() in res.demonstratives and not text[toks[a - 1].end:toks[a].start].strip():
        return None  # 'این ربات', 'این مسئله' (this robot, this issue): a common noun a village happens to share
    if ner is None and b < len(toks) and toks[b].sentence == toks[a].sentence \
            and toks[b].text.casefold() in res.not_place_before and not text[toks[b - 1].end:toks[b].start].strip():
        return None  # head-final: 'Yunanistan milli takımı', 'Karadağ Birinci Ligi': a team or a league named after it
    if ner is None and not res.cased and not led and _body_word_before(text, toks, a, res):
        return None  # 'وزارت خارجه عراق', 'اتاق تعاون ایران': the body's words run up to the place
    # 'PROPN': found by the gazetteer alone, with no cue around it; `lang.geoparse` asks more of it.
    label = ner or ("GPE" if (prep in CUE_PREPS or type_word or _typed_alias(lookup, res, a, b)) else "PROPN")
    return SpanCandidate(
        start=start, end=end, text=text[start:end], label=label, sentence=toks[a].sentence,
        prep=prep, type_word=type_word, lookup=lookup, sentence_initial=toks[a].first,
        in_org_entity=in_org, person_like=person,
    )


def _shared_prep(text: str, toks: list[Token], a: int, res: LangResources) -> str | None:
    """The preposition of a list's first item, for a later item that repeats only its article: Greek fuses 'σε' with
    the article ('στη Βαρκελώνη'), and the next items keep the article alone ('στη Βαρκελώνη, τη Μαδρίτη και τη
    Σεβίλη', 'στο Πεκίνο και τη Σενζέν'). Items are capitalised words joined by a comma or the language's 'and'."""
    k = a - 1
    while k > 0 and toks[k].sentence == toks[a].sentence and toks[k].text.casefold() in res.list_articles:
        j = k - 1  # the joint before the article: ', ' or ' και '
        if j >= 0 and toks[j].text.casefold() in res.and_words and text[toks[j].end:toks[k].start] == " ":
            j -= 1
        elif text[toks[j].end:toks[k].start] != ", ":
            return None
        if j < 0 or toks[j].sentence != toks[a].sentence or not capitalised(toks[j].text):
            return None
        while j > 0 and capitalised(toks[j - 1].text) and text[toks[j - 1].end:toks[j].start] == " ":
            j -= 1  # the earlier item's other words
        if j == 0 or toks[j - 1].sentence != toks[a].sentence or text[toks[j - 1].end:toks[j].start] != " ":
            return None
        prep = res.preps.get(toks[j - 1].text.casefold())
        if prep is not None:
            return prep
        k = j - 1  # that item repeated the article too: look further back
    return None


def _after_seat_head(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """In a script without capitals, is the word right before token `a` a body's head that is named after
    the town it sits in (`seat_heads`: 'بلدية', 'سجن', 'جامعة'), joined by one space, with or without its
    clitics ('لبلدية')? Arabic puts the town in the genitive of the head's construct ('سجن بئر السبع'), so
    the head is the town's cue as a preposition is; cased languages read such names in
    `event_name_places.body_seat_places` instead."""
    from frontwatch.lang.morph import word_forms

    if not res.seat_heads or a < 1 or toks[a - 1].sentence != toks[a].sentence \
            or text[toks[a - 1].end:toks[a].start] != " ":
        return False
    heads = {h.casefold() for h in res.seat_heads}
    return any(f.casefold() in heads for f in word_forms(toks[a - 1].text, res.code))


@lru_cache(maxsize=16)
def _alias_keys(lang: str) -> frozenset[str]:
    return frozenset(name_key(v) for v in load(lang).place_aliases.values())


def _typed_alias(lookup: list[str], res: LangResources, a: int, b: int) -> bool:
    """Is a name of two words or more one of the language's curated aliases ('Basra Körfezi' → Persian Gulf, 'Hint
    Okyanusu' → Indian Ocean)? Such a name carries its own type word (gulf, ocean, sea, peninsula), which is the cue a
    type word after a name gives: a gulf or a sea has no population for the uncued test to weigh. A one-word alias
    ('Kırım', 'Hive') may be an everyday word or a person's name and stays uncued."""
    return b - a > 1 and bool(lookup) and lookup[0] in _alias_keys(res.code)


def _inside_longer_name(text: str, toks: list[Token], a: int, res: LangResources,
                        countries: frozenset[int] = frozenset()) -> bool:
    """Is the place at token `a` the tail of a longer capitalised name ('Atlético de Madrid',
    'Кубка України', 'Τράπεζα της Ελλάδας')? Such names are clubs, bodies and events; the
    place inside is not where anything happens. The word before (past one connector such as
    'de', 'της') must be capitalised, not the sentence's first word, and not a stop word."""
    k = a - 1
    for _ in range(2):  # 'de', 'de la', 'της'
        if k >= 0 and toks[k].sentence == toks[a].sentence and toks[k].text.casefold() in res.connectors:
            k -= 1
    if k < 0 or toks[k].sentence != toks[a].sentence or text[toks[k].end:toks[a].start].strip(
            " " + "".join(t.text for t in toks[k + 1:a])):
        return False  # not adjacent: a comma or a bracket between ('Alepo, Damasco')
    word = toks[k].text
    if k < a - 1 and _opened_by_street_word(toks, k, res):
        return False  # 'estadio Gabba de Brisbane': a building's name closes with its town (`lang.unlisted` keeps both)
    if toks[k].first and not (res.initial_names and a not in countries and not _everyday(word, res.code)):
        # a sentence's first word is capitalised whatever it is; where it is no everyday word it is a name, and a
        # town after it a surname ('Bryan Williams', 'Panikos Kristallis'), but seldom a country ('Maasbüll Almanya'nın')
        return False
    if _suffixed(word):
        return False  # "Türkiye'nin İstanbul": the word before is a whole name with its case suffix
    if a in countries and _suffixed(toks[a].text):
        return False  # "Arbenz Guatemala'ya göçtü": a country with its case suffix ends no one's name
    if k in countries and a in countries:
        return False  # 'Slovakya Polonya sınırı', 'İran Irak Savaşı': two countries side by side, not one name
    if res.collective_suffixes and len(word) > 5 and word.casefold().endswith(res.collective_suffixes):
        return False  # "Moğollar Bağdat'ı yağmaladı": a people or a dynasty (a plural) acts on the place after it
    if is_possessive_head(word, res.code):
        return False  # "İpek Yolu Asya'yı", 'Lappeenranta Havalimanı Finlandiya'nın': a compound's head closes the name
    if res.person_titles and _titled_name(toks, k, a, res):
        return False  # "Başbakan Yıldırım Ankara'da", "Dışişleri Bakanı Moskova'da": a title and its person, then the place
    return word[:1].isupper() and not word.isupper() and word.casefold() not in res.stop \
        and word.casefold() not in res.type_before and word.casefold() not in res.preps


def _opened_by_street_word(toks: list[Token], k: int, res: LangResources) -> bool:
    """Does the capitalised name ending at token `k` open with a street's or building's word (`street_before`: 'estadio
    Gabba', 'Palacio Municipal de Deportes') and hold a name of its own before `k`, in a language whose names hold
    lower-case connectors? Such a name ends, after a connector, with the town the building stands in, which is then a
    place, not the tail of a club's or body's name (the caller asks only when a connector follows `k`)."""
    if not res.connectors or not res.street_before or toks[k].text.casefold() in res.street_before:
        return False  # 'Playa de Palma': the street word and its connector name the street after the town
    j = k - 1
    while j >= 0 and toks[j].sentence == toks[k].sentence and (capitalised(toks[j].text)
                                                               or toks[j].text in res.connectors):
        if toks[j].text.casefold() in res.street_before:
            return True
        j -= 1
    return j >= 0 and toks[j].sentence == toks[k].sentence and toks[j].text in res.street_before


TITLED_NAME_WORDS = 3  # capitalised words of a person's name after a title ('Başbakan Binali Yıldırım')


def _titled_name(toks: list[Token], k: int, a: int, res: LangResources) -> bool:
    """Is the capitalised word `k` before the place at `a` a person's title ('Dışişleri Bakanı'), or the
    end of a name a title opens ('Başbakan Binali Yıldırım')? A title names a person, not a club or a
    body, and a person's name ends where a name in the locative case starts ("Yıldırım Ankara'da": a
    person is seldom 'in'; other cases end surnames as often, "Başbakanı Stephen Harper'ın")."""
    place = toks[a].text.casefold()
    if not any(place.endswith(suffix) for suffix, _ in res.case_preps):
        return False
    for j in range(k, max(-1, k - 1 - TITLED_NAME_WORDS), -1):
        if toks[j].sentence != toks[a].sentence:
            return False
        word = toks[j].text
        if word.casefold() in res.person_titles:
            return True
        if not word[:1].isupper() or _suffixed(word):
            return False
    return False


def _everyday(word: str, lang: str) -> bool:
    return common_word(word, lang)


MAX_ORG_TAIL_WORDS = 3


# A body's name in an ezafe chain runs longer than a Slavic genitive tail: 'کنگره ملی کردهای فیلی عراق',
# 'اتحادیه رادیو و تلویزیون های عراق' put four or five words between the head and the place (topo28).
MAX_BODY_CHAIN_WORDS = 6


def _capital_head_genitive(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """Is the place after a genitive article ('της', 'του') that follows a body's head word (`not_place_after`)
    written with a capital, not as a sentence's first word? The capital makes the head part of a proper name
    that runs on through the article ('το Πανεπιστήμιο της Οξφόρδης', 'η Τράπεζα της Ελλάδας'); in lower case
    the head is a common noun and the place keeps its reading ('η κυβέρνηση της Ιταλίας')."""
    art, head = toks[a - 1], toks[a - 2]
    return art.text.casefold() in res.genitive_articles and head.text[:1].isupper() and not head.first \
        and head.text.casefold() in res.not_place_after and art.sentence == head.sentence == toks[a].sentence \
        and text[head.end:art.start] == " " and text[art.end:toks[a].start] == " "


def _body_word_before(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """In a script without capitals, does a body's head word (`not_place_after`) stand up to
    six words before the place, joined to it by spaces only -- the Persian or Arabic chain of
    a body's name ('سخنگوی وزارت خارجه عراق', 'اداره کل راه و شهرسازی استان گلستان')? A
    preposition breaks the chain. 'And' breaks it right before the place ('اتحادیه اروپا و ایران'
    lists a second party), not further back, where it joins two nouns of the name ('راه و شهرسازی').
    A country's name between the head and the place closes the chain: the body's name ends at the country it
    belongs to ('ارتش اسرائیل', the Israeli army), and a name written right after it starts the next phrase, in
    Persian the object before 'را' ('ارتش اسرائیل غزه را بمباران کرد': Gaza is what was bombed)."""
    countries = country_names(res.code)
    for k in range(a - 1, max(-1, a - 1 - MAX_BODY_CHAIN_WORDS), -1):
        if toks[k].sentence != toks[a].sentence or text[toks[k].end:toks[k + 1].start].strip():
            return False
        low = toks[k].text.casefold()
        if low in res.not_place_after:
            return True
        if match_key(toks[k].text) in countries:
            return False
        if low in res.preps or (low in res.and_words and k == a - 1):
            return False
    return False


def _after_leader_title(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """Does the title of a head of state, government or province (`leader_titles`: 'رئیس جمهوری', 'نخست وزیر')
    stand right before the place at token `a`, joined by spaces, one of `leader_title_modifiers` ('منتخب', elect)
    allowed between? The place is then the territory the leader leads ('رئیس جمهوری چین', the president of China),
    not the close of a body's name, as it is after a minister's portfolio ('وزیر امور خارجه آمریکا': the ministry's
    name runs up to the country)."""
    if not res.leader_titles:
        return False
    k = a
    if k > 0 and toks[k - 1].text.casefold() in res.leader_title_modifiers:
        k -= 1
    for title in res.leader_titles:
        words = title.split()
        j = k - len(words)
        if j < 0 or any(toks[i].sentence != toks[a].sentence for i in range(j, a)) \
                or any(text[toks[i].end:toks[i + 1].start] != " " for i in range(j, a)):
            continue
        if [t.text.casefold() for t in toks[j:k]] == words:
            return True
    return False


MAX_BRANCH_WORDS = 4


def _branch_of_body(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """Is the place at token `a` (a region or town with its type word) the territory in a body's
    official name, '<body> у <place>' ('Головне управління юстиції у Луганській області', 'САД у
    Кіровоградській області', 'ГУНП в Чернівецькій області')? Right before it stands one of the
    language's `branch_preps`; before that, up to four words joined by spaces that hold a body's
    head word (`body_heads`) or an acronym, and some capital (a name, not 'служба в області')."""
    k = a - 1
    if not res.branch_preps or k < 1 or toks[k].text.casefold() not in res.branch_preps \
            or toks[k].sentence != toks[a].sentence:
        return False
    head = capital = False
    for n in range(1, MAX_BRANCH_WORDS + 1):
        j = k - n
        if j < 0 or toks[j].sentence != toks[a].sentence or text[toks[j].end:toks[j + 1].start] != " ":
            break
        word, low = toks[j].text, toks[j].text.casefold()
        if word.isupper() and len(word) >= 2 and word.isalpha():
            return True  # an acronym: 'ГУ ДСНС України у Донецькій області'
        if low in res.preps or low in res.and_words or low in res.stop:
            break
        head = head or low in res.body_heads
        capital = capital or word[:1].isupper()
    return head and capital



def _closes_org_name(text: str, toks: list[Token], a: int, b: int, res: LangResources,
                     places: frozenset[int] = frozenset()) -> bool:
    """Is the place (tokens a..b, a type word before it included) the genitive that closes a
    body's name: a capitalised head or an acronym, up to three lower-case words, then the place
    ('Федерація хокею України', 'Кримінального кодексу України', 'ДСНС України', 'Госпсуд
    м. Києва')? Only where the morphology can tell a genitive (Russian, Ukrainian)."""
    from frontwatch.lang.morph import is_genitive

    if not is_genitive(toks[b - 1].text, res.code):
        return False
    k, lower = a - 1, 0
    while k >= 0 and toks[k].sentence == toks[a].sentence and text[toks[k].end:toks[k + 1].start] == " ":
        word, low = toks[k].text, toks[k].text.casefold()
        if word.isupper() and len(word) >= 2 and sum(c.isalpha() for c in word) >= 2:
            return True  # an acronym ('ДСНС', 'АПК'), also at the sentence's start
        if capitalised(word):  # a place is no body's head ('України азербайджанська діаспора Полтавщини')
            from frontwatch.lang.morph import is_adjective

            return lower > 0 and not toks[k].first and (k not in places or is_adjective(word, res.code)) and low not in res.preps and low not in res.type_before
        if low in res.preps or low in res.stop or low in res.and_words or low in res.type_after \
                or lower >= MAX_ORG_TAIL_WORDS:
            return False  # a preposition, a list ('Європи та Азії') or a chain of places ('району Київської області')
        lower += 1
        k -= 1
    return False


MAX_BODY_CHAIN = 6


def _body_head_before(text: str, toks: list[Token], a: int, res: LangResources) -> bool:
    """Does a body's head word ('суд', 'міністерство', 'фонд', by lemma: `body_lemmas`) stand up to
    six words before the place, joined to it by single spaces, with no preposition between -- the
    place closing a body's long name ('Міністерство охорони здоров'я України', 'Господарський суд
    Києва', 'Міністерства енергетики та вугільної промисловості України')? Such a place names the
    body's territory, not where anything happens. The words between are genitives (the language's
    'and' may join them), as in a body's name; a verb or a nominative breaks the chain."""
    if not res.body_lemmas:
        return False
    from frontwatch.lang.morph import is_genitive, singular_lemmas

    k = a - 1
    for _ in range(MAX_BODY_CHAIN):
        if k < 0 or toks[k].sentence != toks[a].sentence or text[toks[k].end:toks[k + 1].start] != " ":
            return False
        low = toks[k].text.casefold()
        if res.body_lemmas & singular_lemmas(low, res.code):
            return True
        if low in res.preps or (low in res.stop and low not in res.and_words):
            return False
        if low not in res.and_words and low not in res.type_before and not is_genitive(low, res.code):
            return False  # a body's name is its head and genitives ('Суд відмовив прокурору ...' is not)
        k -= 1
    return False


def _followed_by_name(text: str, toks: list[Token], b: int, res: LangResources,
                      countries: frozenset[int] = frozenset()) -> bool:
    """Is the place the head of a longer capitalised name ('Charles Goodhart', 'Pan Am',
    'Valle del Tajo')? The next word, right after a space, is capitalised and not a stop word."""
    if b >= len(toks) or toks[b].sentence != toks[b - 1].sentence or text[toks[b - 1].end:toks[b].start] != " ":
        return False
    if _suffixed(toks[b - 1].text):
        return False  # "İran'ın Kürdistan": a case suffix closes a Turkish name
    if b in countries and b - 1 in countries:
        return False  # 'Slovakya Polonya sınırı': two countries side by side, not one name
    word = toks[b].text
    low = word.casefold()
    if word.isupper() and len(word) > 1:
        return False  # a headline in capitals ('LIBANO - ISRAEL LIBERADOS PRISIONEROS')
    if low in res.connectors and b + 1 < len(toks) and text[toks[b].end:toks[b + 1].start] == " ":
        word, low = toks[b + 1].text, toks[b + 1].text.casefold()
    ends, k = res.genitive_endings, b - 2
    while k >= 0 and capitalised(toks[k].text) and toks[k].sentence == toks[b - 1].sentence:
        k -= 1  # back to the word before the place's name
    if ends and toks[b - 1].text.casefold().endswith(ends) and not low.endswith(ends) \
            and k >= 0 and toks[k].text.casefold() in res.genitive_articles:
        return False  # 'της Ουγγαρίας Βίκτορ Όρμπαν': a genitive place, then a name in another case
    if ends and toks[b - 1].text.casefold().endswith(ends) and k >= 0 and k == b - 2 \
            and toks[k].text.casefold() in res.type_before:
        return False  # 'του περιφερειάρχη Πελοποννήσου Πέτρου Τατούλη': an office's place, then its holder
    return word[:1].isupper() and low not in res.stop and low not in res.type_after and low not in res.preps


def _suffixed(word: str) -> bool:
    """Does a case suffix follow the name after an apostrophe ("İran'ın", "ABD'de")?"""
    return any(q in word[1:] for q in "'’")


def _rehyphen(form: str, surface: str) -> str:
    """Put the surface's hyphens back into a space-joined form of the same words."""
    seps = [c for c in surface if c in " -"]
    parts = form.split(" ")
    if len(parts) != len(seps) + 1:
        return form
    return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(parts))


_OPEN_QUOTES, _CLOSE_QUOTES = "«„“", "»“”"
MAX_QUOTED_NAME_WORDS = 6


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Is the span inside «…» or “…” on its line? A quoted name is a company's, a paper's or a
    shop's ('ТОВ «Мегатрейд-Схід»', 'універмаг «Україна»', '«Наші гроші. Львів»')."""
    line_start = text.rfind("\n", 0, start) + 1
    if not any(q in text[line_start:start] for q in _OPEN_QUOTES) and line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # a sentence split inside the quote ('«Наші гроші.\nЛьвів»')
    before = text[line_start:start].replace("\n", " ")
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or max(before.rfind(q) for q in _CLOSE_QUOTES if q not in _OPEN_QUOTES) > opened:
        return False
    line_end = text.find("\n", end)
    after = text[end:line_end if line_end >= 0 else len(text)]
    closed = min((i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed < 0:
        return False
    # A name is short; a longer quotation is someone's words, and its places are places.
    quoted = text[line_start + opened + 1:end + closed]
    return len(quoted.split()) <= MAX_QUOTED_NAME_WORDS


def _in_straight_quotes(text: str, start: int, end: int) -> bool:
    """Is the span inside a pair of straight quotes with more words than the place ('روزنامه "نیویورک پست"', the
    New York Post)? Where the script has no capitals, quotes are what marks a paper's or a work's title, and a place
    inside one is part of the title. The same mark opens and closes, so an odd number of them before the span on its
    line opens a quote, and one after it on the line closes it; a name is short, as with typographic quotes. A place
    quoted alone ('جزیره "ریونیون"') is the place set off, not a title named after it. (In cased languages straight
    quotes hold speech as often: '"Salimos del Líbano"'; the capitals mark titles there.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    closed = text.find('"', end, line_end)
    if before.count('"') % 2 == 0 or closed < 0:
        return False
    quoted = text[line_start + before.rfind('"') + 1:closed]
    return quoted.strip() != text[start:end].strip() and len(quoted.split()) <= MAX_QUOTED_NAME_WORDS


def _adjective_before_noun(text: str, toks: list[Token], a: int, b: int, res: LangResources) -> bool:
    """'Київського регіону', 'Донецька залізниця', 'Черного моря': a one-word match that the morphology
    reads as an adjective, right before a word it agrees with, qualifies that word; it is not the place
    itself (a type word after it -- 'Донецька область' -- is matched as a phrase before this is asked).
    Russian and Ukrainian capitalise such an adjective inside a longer proper name ('Средняя Азия',
    'Советский Союз', 'Южные Курилы'), so a capitalised noun after it counts too, with only a space
    between. A list's comma ('Козельщинського, Кременчуцького і Полтавського районів') ends the attribute."""
    hyphenated = all(text[toks[k - 1].end:toks[k].start] == "-" for k in range(a + 1, b))  # 'Івано-Франківської'
    if b - a < 1 or not hyphenated or b >= len(toks) or toks[b].sentence != toks[a].sentence:
        return False
    gap = text[toks[b - 1].end:toks[b].start]
    if "," in gap or ";" in gap:
        return False
    nxt = toks[b].text
    from frontwatch.lang.morph import agrees_with_next, is_adjective

    word = toks[b - 1].text.rsplit("-", 1)[-1]  # 'Івано-Франківської': the last part inflects
    if nxt.isupper() and len(nxt) >= 2 and nxt.isalpha():
        return is_adjective(word, res.code)  # 'Хмельницької ОДА': an adjective before a body's acronym
    if nxt.casefold() in res.stop or nxt.casefold() in res.type_after:
        return False
    if nxt[:1].islower():
        return is_adjective(word, res.code) and agrees_with_next(word, nxt, res.code)
    return nxt[:1].isupper() and gap == " " and is_adjective(word, res.code) \
        and agrees_with_next(word, nxt, res.code, noun_only=True)
