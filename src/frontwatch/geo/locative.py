"""Locative roles: grammar that says a name is *where* something happened.

Conflict reports name small towns, districts and bases that the small English model
labels ORG or PERSON ('seize control of Azaz', 'a suburb of Karachi') and that a
populated-places gazetteer often does not list at all ('the village of Huwaysis in the
east Homs countryside', 'Mogadishu's Wadajir district'). The words around such a name
still say 'place': a place noun ('the town of X', 'X district', 'X countryside'), the
object of an attack verb -- also in headline grammar with no article ('Warplanes bomb X',
'SDF shell X') -- a nominal attack ('airstrikes on X', 'the siege of X'), or a locative
preposition.

Two uses, both general:
* `locative_evidence` adds to the resolver's evidence that a span is a place, and stops
  the model's ORG/PERSON label from counting against it in such a role;
* `unlisted_toponyms` keeps a name in a strong locative role that the gazetteer does not
  list, placed at the place it lies in (the town or province named with it, as
  `feature_toponyms` places streets), with that place's precision: as precise as the
  gazetteer can honestly be, and the event keeps the name the text gives.

Word lists are in data/locative.json (this module is its only loader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.data_files import data_json
from frontwatch.nlp.doc_memo import doc_lowers

if TYPE_CHECKING:

    from spacy.tokens import Span, Token



@dataclass(frozen=True)
class LocativeWords:
    prepositions: frozenset[str]
    strong_prepositions: frozenset[str]
    skip_before: frozenset[str]
    place_nouns: frozenset[str]
    suffix_nouns: frozenset[str]
    facility_words: frozenset[str]
    site_words: frozenset[str]
    site_heads: frozenset[str]
    site_modifiers: frozenset[str]
    natural_feature_words: frozenset[str]
    natural_feature_openers: frozenset[str]
    apposition_openers: frozenset[str]
    attack_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    attack_nouns_of: frozenset[str]
    territory_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    compass_part_nouns: frozenset[str]
    resident_nouns: frozenset[str]
    example_words: frozenset[str]
    compass_words: frozenset[str]
    list_nouns: frozenset[str]
    modifier_nouns: frozenset[str]
    weights: dict


@lru_cache(maxsize=1)
def words() -> LocativeWords:
    """Load data/locative.json once."""
    raw = data_json("locative.json")
    sets = {k: frozenset(w.lower() for w in raw[k]) for k in (
        "prepositions", "strong_prepositions", "skip_before", "place_nouns", "suffix_nouns", "facility_words", "site_words", "site_heads", "site_modifiers",
        "natural_feature_words", "natural_feature_openers", "apposition_openers",
        "attack_verbs",
        "attack_nouns", "attack_nouns_of", "territory_verbs", "motion_verbs", "compass_part_nouns", "resident_nouns", "example_words", "compass_words", "list_nouns", "modifier_nouns")}
    return LocativeWords(**sets, weights=dict(raw["weights"]))


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def locative_role(span: "Span") -> str | None:
    """The locative role of a name, or None.

    'place_noun': 'the town of X', 'X district', 'X's countryside', 'X northern countryside';
    'territory' / 'object': the object of a verb that takes territory ('seize', 'shell') / of
    another attack verb ('attack', 'hit'), by the parse or right after the verb (headlines);
    'territory' too: the object of a verb of motion ('thronged Hama', 'crossed Manbij'), by the parse;
    'target_noun': 'airstrikes on X', 'the siege of X', 'an attack against X';
    'prep': after a strong locative preposition ('in', 'near', 'outside'...), or after any
    preposition with a compass adjective between ('from northern Hama').
    The first that holds, in that order."""
    from frontwatch.geo.words import TITLE_WORDS, common_word

    w = words()
    doc = span.doc
    lowers = doc_lowers(doc)  # the words around the name are read as lower-case forms, a Token only where needed
    i, j = span.start, span.end
    if i > 0 and lowers[i - 1].rstrip(".") in TITLE_WORDS:
        return None  # 'President X', 'Sheikh X': a person, whatever follows
    k = i - 1 - ayn_before(doc, i)
    adjacent = k
    while k >= 0 and lowers[k] in w.skip_before:
        k -= 1
    prev = doc[k] if k >= 0 else None
    # after the name: 'X district', "X's countryside", 'X northern countryside'
    m = j
    if m < len(doc) and doc[m].tag_ == "POS":
        m += 1
    while m < len(doc) and lowers[m] in w.skip_before and lowers[m] not in ("the", "a", "an"):
        m += 1
    if m < len(doc) and lowers[m] in w.suffix_nouns and m - j <= 2:
        return "place_noun"
    if m < len(doc) and lowers[m] in w.compass_part_nouns and m > j and lowers[m - 1] in w.compass_words:
        return "place_noun"  # "Haritan's eastern perimeter"
    # a site's kind word in lower case right after the name, ending its phrase: 'the Al-Dahr
    # Al-Aswad hill', 'the Kweires airbase'; not an everyday word or an acronym ('Heathrow
    # airport' is a famous thing whose homonym village is far; 'SEEK base dollars')
    if j < len(doc) and lowers[j] in w.site_words and doc[j].text.islower() and doc[j].dep_ != "compound" \
            and not span.text.isupper() and not common_word(span.text):
        return "place_noun"
    if _in_named_list(doc, j, w):
        return "place_noun"
    if prev is not None and _named_after_place_noun(doc, k, w):
        return "place_noun"
    if prev is not None and prev.lower_ == "of" and k > 0:
        if doc[k - 1].lower_ in w.compass_words and not (j < len(doc) and doc[j].text[:1].isupper()):
            # 'west of the T-4 Military Airport', '20 km south of X': a place, but only as near as
            # a preposition says ('east of rural Holopaw' is no reason to put it at its country)
            return "prep"
        n = k - 1
        while n > 0 and doc[n].lower_ in w.skip_before:
            n -= 1
        if doc[n].lower_ in w.place_nouns:
            return "place_noun"
        if doc[n].lower_ in w.resident_nouns and not common_word(doc[j - 1].text):
            return "place_noun"  # 'residents of X', a place's people; not 'the residents of Fithian House' (a building's)
        if doc[n].lower_ in w.compass_part_nouns and n > 0 and doc[n - 1].lower_ in w.compass_words:
            return "place_noun"  # 'the western part of X', 'the southern slope of X'
        if doc[n].lower_ in w.attack_nouns_of:
            return "target_noun"
    if prev is not None and prev.lower_ in ("on", "against", "upon") and k > 0:
        n = k - 1
        if doc[n].lower_ in w.attack_nouns or _lemma(doc[n]) in w.attack_nouns:
            return "target_noun"
    tok = first_conjunct(span.root)
    verb = None
    if tok.dep_ in ("dobj", "obj") and _lemma(tok.head) in w.attack_verbs:
        verb = _lemma(tok.head)
    # Headline grammar: the tagger reads 'bomb', 'shell', 'target' as nouns; the word right
    # before the name is still the verb.
    elif prev is not None and k == adjacent and (_lemma(prev) in w.attack_verbs or prev.lower_ in w.attack_verbs) \
            and prev.pos_ in ("VERB", "NOUN", "PROPN", "AUX") and prev.text[:1].islower():
        verb = _lemma(prev) if _lemma(prev) in w.attack_verbs else prev.lower_
    if verb is not None:
        # 'seize X', 'shell X' take territory; 'attack X', 'hit X' take people as often
        return "territory" if verb in w.territory_verbs else "object"
    if _moved_through(tok, w):
        return "territory"  # 'demonstrators thronged Hama', 'the convoy crossed Manbij'
    # the name's own last word: 'Bama Town', 'Jobar District', 'Al-Bab City'
    if j - i > 1 and doc[j - 1].lower_ in w.suffix_nouns and doc[i].text[:1].isupper():
        return "place_noun"
    if _apposed_place_noun(span, w):
        return "place_noun"
    if prev is not None and prev.lower_ in w.strong_prepositions:
        return "prep"
    if prev is not None and prev.lower_ in w.prepositions and any(doc[n].lower_ in w.compass_words for n in range(k + 1, i)):
        return "prep"  # 'from northern Hama', 'to southern Idlib': a people or a firm has no north
    first = first_conjunct_name(span)
    if first is not None:
        role = locative_role(first)
        if role is not None and _shares_the_clause_frame(span, first, role, w):
            return role  # 'in Aqrab and Taybat al-Imam': the list shares its first name's frame
    return None


# Dependencies of a noun that names who is somewhere rather than what happened there: the clause's subject
# ('an official at X said'), its passive subject ('a lecturer at X was killed'), an apposition ('Y, a doctor at X,').
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})


def at_a_workplace(span: "Span") -> bool:
    """Does the name's 'at' phrase hang, by the parse, on the noun of a party to the clause ('an official at X
    said', 'analysts at X said', 'a lecturer at X was killed', 'Y, a doctor at X,')? Such a phrase says where
    someone works or studies, not where an act happened, whatever the model labels X. Not when that noun is
    itself an attack ('clashes at X killed five'), nor an 'at' that hangs on a verb ('killed at X', 'launched a
    counter-attack ... at X') or on an object ('stormed the defenses at X'): there it is the act's place."""
    doc = span.doc
    k = span.start - 1 - ayn_before(doc, span.start)
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ != "at":
        return False
    head = doc[k].head
    w = words()
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ in _PARTY_DEPS and not (
        head.lower_ in w.attack_nouns or _lemma(head) in w.attack_nouns)


def _moved_through(tok: "Token", w: LocativeWords) -> bool:
    """Is the name (its first conjunct `tok`) the ground a verb of motion moves into, through or over
    ('thronged Hama', 'crossed the Euphrates')? Why: the movers are there, as a seized town's captors
    are. By the parse: the direct object of a `motion_verbs` lemma."""
    return tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" and _lemma(tok.head) in w.motion_verbs


def _shares_the_clause_frame(span: "Span", first: "Span", role: str, w: LocativeWords) -> bool:
    """May a later conjunct take its first name's role (`role`)? Only a frame the clause sets before the list
    (a preposition, 'the villages of', 'towns such as'), which every item shares -- not one the first
    name's own words set ('Kansas City', 'X Development District'); and not for an item that is itself
    an institution ('in East Oxford and Magdalen College School') or the name of a site the list ends
    in ('near Rivers and Stokes avenues': the streets', not places of their own)."""
    from frontwatch.geo.span_candidate import ORG_WORDS

    doc = span.doc
    if any(t.lower_ in ORG_WORDS for t in span):
        return False
    if span.end < len(doc) and doc[span.end].text.islower() and _lemma(doc[span.end]) in w.site_heads:
        return False
    k = first.start - 1 - ayn_before(doc, first.start)
    while k >= 0 and doc[k].lower_ in w.skip_before:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in w.prepositions and doc[k].lower_ != "of":
        return role == "prep"  # the preposition's frame, not the first name's own words'
    if doc[k].lower_ == "of":
        n = k - 1
        while n > 0 and doc[n].lower_ in w.skip_before:
            n -= 1
        return n >= 0 and doc[n].lower_ in w.place_nouns | w.list_nouns
    return _named_after_place_noun(doc, k, w)


def first_conjunct(tok: "Token") -> "Token":
    """The first conjunct of the coordination a token is in ('seized A, B and C': A for B and C), or the
    token itself. Why: a coordination's later items share the first one's role in the clause -- the
    verb it is the object of, the preposition it follows -- though the parse hangs them on the first."""
    for _ in range(4):
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok


def first_conjunct_name(span: "Span") -> "Span | None":
    """The name a later item of a list of names is coordinated with ('in Aqrab and Taybat al-Imam',
    'the villages of A, B and C'): the first conjunct's name, when the parse coordinates the two and
    only names, commas and 'and'/'or' stand between them (not a clause the parse joined to a noun).
    The name is the entity over the first conjunct's head, else the head with its capitalised
    compounds. None when the span is no later conjunct of a name."""
    doc = span.doc
    head = first_conjunct(span.root)
    if head.i == span.root.i or head.i >= span.start or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return None
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if ent is not None and ent.end <= span.start:
        first = ent
    else:
        left = min([c.i for c in head.children if c.dep_ in ("compound", "flat") and c.i < head.i
                    and c.text[:1].isupper()] + [head.i])
        first = doc[left:head.i + 1]
    for t in doc[first.end:span.start]:
        if t.lower_ not in ("and", "or", ",") and not (t.text[:1].isupper() or t.text in ("-", "‘", "’", "'")
                                                      or t.lower_ in ("al", "el", "of")):
            return None
    return first


@lru_cache(maxsize=1)
def _example_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """data/locative.json example_words split into words once, by their last word: `_named_after_place_noun` is
    asked for every name the recogniser offers, and the word right before the name (its last word) rules out
    almost every phrase before any other word is read."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words().example_words:
        parts = tuple(phrase.split())
        if parts:
            out.setdefault(parts[-1], []).append(parts)
    return {last: tuple(ps) for last, ps in out.items()}


def _named_after_place_noun(doc, k: int, w: LocativeWords) -> bool:
    """The words before a name, ending at token k, list it as one of a kind of place: 'villages like X',
    'towns such as X', 'areas including X' (a plural place noun, then an example word). Read from the
    document's lower-case forms (`doc_lowers`), a phrase only when its last word is token k's."""
    lowers = doc_lowers(doc)
    phrases = _example_phrases() if w is words() else None
    if phrases is None:  # another word list than the data file's (a test's): each phrase split here
        candidates = tuple(tuple(p.split()) for p in w.example_words)
    else:
        candidates = phrases.get(lowers[k], ()) if 0 <= k < len(lowers) else ()
    for words_ in candidates:
        a = k - len(words_) + 1
        if a >= 1 and lowers[a:k + 1] == list(words_) and lowers[a - 1] in w.list_nouns:
            return True
    return False


# The articles of an apposed noun phrase ('X, a town near Y', 'the capital, X'): a parse that apposes a bare
# plural ('X, captured towns'; 'X, all villages') to a name is as often a misread clause or a list.
_ARTICLE_WORDS = frozenset({"a", "an", "the"})


def _apposed_place_noun(span: "Span", w: LocativeWords) -> bool:
    """A name in apposition with a place noun: 'Rutshuru, a town near the Congo's borders', 'Azaz, a
    strategic city near the Turkish border', 'the capital, Bujumbura'. The apposed noun phrase says
    what the name is, as 'the town of X' does; by the parse (the name's `appos` child, or the noun
    the name is apposed to), the noun in lower case, outside the name, with an article."""
    root = span.root
    if any(c.dep_ == "compound" and c.i < span.start and c.text[:1].isupper() for c in root.children):
        return False  # 'Vista' of 'Boa Vista, the state capital': the apposition is the whole name's
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i == span.start - 2 and span.doc[span.start - 1].text == ",":
        nouns.append(root.head)  # 'the capital, X': right before it (not 'a centre like the Y -- the X')
    elif _closed_apposition(span):
        # 'outside the capital, Bujumbura,': the parser hung the name on another noun of the clause,
        # but the words say it: 'the' + place noun + comma right before, the name closed by punctuation
        nouns.append(span.doc[span.start - 2])
    return any(t.lower_ in w.place_nouns and t.text.islower() and not (span.start <= t.i < span.end)
               and any(d.dep_ == "det" and d.lower_ in _ARTICLE_WORDS for d in t.children) for t in nouns)


def _closed_apposition(span: "Span") -> bool:
    """'the capital, X,' / 'the town, X.': a noun right before the name over a comma, and the name closed
    by a comma, a dash or the sentence's end, so it renames that noun. Not 'the village, Smith said' (the
    name opens a clause) nor 'the towns, X and Y' read past the first name (a list's first item is closed
    by 'and' only when the list ends at the noun)."""
    doc = span.doc
    i, j = span.start, span.end
    if i < 3 or doc[i - 1].text != "," or doc[i - 3].lower_ != "the":
        return False
    return j == len(doc) or doc[j].text in (",", ".", ";", ":", "--", "—", "–", ")") or doc[j].is_sent_start


def _in_named_list(doc, j: int, w: LocativeWords) -> bool:
    """A name in a list that ends in a plural place noun: 'the Al-Assad and Minyan suburbs',
    'El Waregow, Shalanbod and Janale towns'. Only names, commas and 'and'/'or' between."""
    for m in range(j, min(len(doc), j + 14)):
        t = doc[m]
        if t.lower_ in w.list_nouns and t.text.islower():
            return True  # the last name of the list, or a lone name before the plural noun
        name_part = t.text[:1].isupper() or t.text in ("-", "‘", "’", "'") or t.lower_ in ("al", "el", "of")
        if t.lower_ not in ("and", "or", ",") and not name_part:
            return False
    return False


# The ayn of a transliteration ('‘Ibta', 'ʿAyn ʿIssa'): the tokenizer splits it off the name.
AYN_MARKS = frozenset("‘ʿʻ`")


def ayn_before(doc, i: int) -> int:
    """1 when the token before token i is an ayn mark glued to it ('‘Ayishah'), else 0: the
    word before the name is then one further back ('the village of ‘Ayishah'). Not an opening
    quote: one closed by a lone ’ within the sentence ('in ‘Hart of Dixie’') is a title."""
    # the marks have no case, and no other text lower-cases to one: a word's lower-case form tells (`doc_lowers`)
    if not (i > 0 and doc_lowers(doc)[i - 1] in AYN_MARKS and not doc[i - 1].whitespace_):
        return 0
    end = doc[i].sent.end
    return int(not any(doc[m].text in ("’", "'") for m in range(i, min(end, i + 12))))


_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[’'‘`-][A-Za-z][a-z]*)+$")


def name_word(text: str) -> bool:
    """A capitalised word with an apostrophe or hyphen inside ('Dara’a', 'Al-Bab', 'Ma'arat'):
    a transliterated name the tokenizer keeps whole, though not 'alphabetic'."""
    return bool(_NAME_WORD.match(text))


__all__ = ["AYN_MARKS", "LocativeWords", "at_a_workplace", "ayn_before", "first_conjunct", "first_conjunct_name", "locative_role", "name_word", "words"]
