"""Toponym recognition: which spans of an article might be places.

The small English model mislabels transliterated Syrian towns (Halepi and Homs as ORG
or PERSON, Dderaa as NORP) and misses some (Suaydah), so the entity label cannot decide
what is a place. Every entity span, whatever its label, becomes a candidate span, plus
capitalised proper-noun runs the model missed; the label and the words around the span
are kept as *evidence* for the resolver, which decides with the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.symbols import ADJ, NOUN, PROPN

from frontwatch.geo.doer import modifies_doer, modifies_force
from frontwatch.geo.headline_names import event_modifier_names
from frontwatch.geo.locative import (
    AYN_MARKS,
    at_a_workplace,
    ayn_before,
    first_conjunct,
    locative_role,
    name_word,
)
from frontwatch.geo.sites import (
    everyday_site_runs,
    mark_sites,
    prefix_site_runs,
    site_runs,
)

# The candidate record and the span-kind words live in span_candidate.py (sites.py reads them too); imported
# here so `recognize.SpanCandidate`, `recognize.TYPE_WORDS`... stay where their readers look.
from frontwatch.geo.span_candidate import (
    CIVIC_WORDS,
    ORG_WORDS,
    TYPE_WORDS,
    SpanCandidate,
)
from frontwatch.geo.words import TITLE_WORDS
from frontwatch.model import Sentence
from frontwatch.nlp.doc_memo import doc_column, doc_ents, doc_lowers, doc_text
from frontwatch.nlp.pipeline import sentence_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Labels that are never place names.
NON_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
                              "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Prepositions that introduce places ('in X', 'near X', 'fall of X').
PLACE_PREPS = frozenset({"in", "near", "at", "from", "to", "towards", "toward", "into", "across", "outside",
                         "around", "of", "inside", "through", "on", "via", "between", "north", "south", "east",
                         "west", "within", "throughout", "over", "onto", "off", "beyond", "along", "entering"})

# Month and weekday names: capitalised, labelled ORG/PERSON/DATE by turns, and each the
# name of some village ('March', England; 'Thursday Island'). Never a toponym alone.
CALENDAR = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday"
    " saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# Words that are never a toponym alone, whatever the gazetteer lists under them: compass
# words ('North' is a Cameroonian region; '[North] Texas'), and titles ('Mr' → Myanmar).
NEVER_ALONE = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest"
    " northeastern northwestern southeastern southwestern central downtown uptown midtown".split()
) | TITLE_WORDS | frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "lord", "lady"})
# Verbs of saying: the subject of 'X said' is a person (or, rarely, a government).
SPEECH_VERBS = frozenset(
    "say tell add note explain state ask write announce report claim warn urge insist recall admit testify"
    " reply respond comment agree describe acknowledge confirm deny complain predict suggest argue".split()
)
# Verbs whose object is territory: 'rebels seized Deraa', 'troops entered Homs'.
TERRITORY_VERBS = frozenset(
    "seize capture take enter shell bomb besiege liberate storm recapture overrun retake encircle surround"
    " evacuate control reach visit invade occupy annex raid strike hit bombard".split()
)
# 'the fall of X', 'residents of X': nouns after which 'of X' names a place.
PLACE_OF_NOUNS = frozenset(
    "fall capture siege liberation city town village outskirts residents resident people citizens mayor governor"
    " province state county region area capital centre center heart streets suburbs countryside north south east"
    " west part parts outside native natives district districts neighbourhood neighborhood people university"
    " state's countryside border borders coast shores port".split()
)
# A line that starts with a place and a dash is a dateline ('MANASSAS -- A Woodbridge man...').
_DATELINE_AFTER = re.compile(r"^\s*(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*)?(?:--|—|–|-\s|\(AP\)|\(Reuters\)|:)")


# Prepositions that may open a sentence capitalised and get glued to the name after them;
# not the compass words, which are part of names ('West Virginia', 'South Ossetia').
_LEADING_PREPS = PLACE_PREPS - {"north", "south", "east", "west", "of", "on", "over", "off"}


def _strip_determiner(span: "Span") -> "Span":
    # 'The', and a capitalised preposition opening a sentence or a list item ('- Near Abu Kamal, ...').
    while len(span) > 1 and (span[0].lower_ in ("the",) or span[0].lower_ in _LEADING_PREPS):
        span = span[1:]
    # A house number is not part of the street's name: '3537 [Seventh Street N.W.]'.
    while len(span) > 2 and span[0].like_num and span[1].text[:1].isupper() and not span[1].like_num:
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    # possessive: "Syria's" → "Syria"
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]
    return span


def _after_lowercase_words(span: "Span") -> "Span | None":
    """The capitalised name after the lower-case words an entity opens with, when it opens so.

    Every word of a proper name is capitalised but its particles and articles ('de', 'al'); a
    lower-case word before the capitals is a verb or noun of the sentence that the model took into
    the entity ('pounds Omdurman', 'shelled Bakhmut'), so the rest is the name to look up."""
    k = 0
    while k < len(span) and span[k].is_alpha and span[k].text.islower() and span[k].lower_ not in _NAME_PARTICLES:
        k += 1
    if (k == 0 or k == len(span) or not span[k - 1].whitespace_ or not span[k].is_alpha
            or not all(t.text[:1].isupper() for t in span[k:] if t.is_alpha)):
        return None  # 'non-Russians', 'inter-Palestinian': a prefix of the word, not a word before the name
    return span[k:]


# Trailing words that may follow a street's suffix ('Seventh Street N.W.', 'Main St. South').
_DIRECTIONS = frozenset("n s e w ne nw se sw n.w s.w n.e s.e north south east west".split())
# Numbered roads: 'Highway 19', 'County Road 43', 'Route 1', 'Interstate 45', 'I-95', 'US-24', 'KY 52'.
_NUMBERED_ROAD = re.compile(
    r"^(?:(?:[A-Z][a-z]+\s)?(?:Highway|Hwy\.?|Route|Rte\.?|Interstate|Road|Freeway|Expressway)|County\sRoad|"
    r"State\s(?:Road|Route|Highway)|I|US|U\.S\.|SR|CR|FM)[\s-]\d{1,4}[A-Z]?$"
)


def is_feature_name(words: list[str], text: str) -> bool:
    """A full name of a street, road, river, lake or park: capitalised words ending in a
    feature word ('Darby Street', 'Kanawha River', 'Zion National Park'), or a numbered
    road ('Highway 19'). Such names are toponyms the gazetteer rarely lists."""
    if _NUMBERED_ROAD.match(text):
        return True
    core = [w.rstrip(".") for w in words]
    while len(core) > 2 and core[-1] in _DIRECTIONS:
        core.pop()
    return len(core) >= 2 and core[-1] in FEATURE_SUFFIXES and text[:1].isupper() and core[0] not in ("the", "a")


def person_words(doc: "Doc") -> dict[str, frozenset[int]]:
    """Lower-cased words of the article's multi-word person names ('Harold Patterson'),
    each with the token offsets of the names it occurs in.

    Local news names a person in full once and then by surname ('Patterson said'); the
    surname alone is very often some town's name. Titles and initials are left out."""
    out: dict[str, set[int]] = {}
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) >= 2:
            for t in ent:
                w = t.lower_.rstrip(".")
                if t.is_alpha and len(w) > 1 and w not in TITLE_WORDS:
                    out.setdefault(w, set()).add(ent.start * 1000 + len(ent))
    return {w: frozenset(v) for w, v in out.items()}


def _in_longer_name(words: list[str], persons: dict[str, frozenset[int]], entity_start: int | None) -> bool:
    """All `words` occur in some *other*, longer person name of the article.

    'Patterson' after 'Harold Patterson' does; 'Tamil Nadu' mislabelled PERSON twice does
    not (the same two words are not a longer name), nor does the span's own entity."""
    if not words:
        return False
    for w in words:
        if not any(key // 1000 != entity_start and key % 1000 > len(words) for key in persons.get(w, ())):
            return False
    return True


def _is_territory_object(span: "Span") -> bool:
    """Object of a verb of taking or striking territory, or a conjunct of one ('seized A, B and C')."""
    tok = first_conjunct(span.root)
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in TERRITORY_VERBS


def _is_speech_subject(span: "Span") -> bool:
    root = span.root
    # Active subjects only: 'Hama ... rebels are said to have seized' is not Hama speaking.
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def _context(doc: "Doc", span: "Span", label: str, sents: list[Sentence],
             persons: dict[str, frozenset[int]] | None = None, entity_start: int | None = None) -> SpanCandidate:
    b = span.start - 1 - ayn_before(doc, span.start)  # 'of ‘Ayishah': the ayn is not the word before
    before = doc[b] if b >= 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    prep = None
    if before is not None and before.lower_ in PLACE_PREPS:
        prep = before.lower_
    elif before is not None and before.lower_ in ("the",) and b > 0 and doc[b - 1].lower_ in PLACE_PREPS:
        prep = doc[b - 1].lower_
    words = [t.lower_ for t in span]
    type_word = None
    lookups = [span.text]
    if after is not None and after.lower_ in TYPE_WORDS:
        type_word = after.lower_
    elif len(span) > 1 and words[-1] in TYPE_WORDS:
        type_word = words[-1]
        if TYPE_WORDS[type_word] in ("admin1", "admin2") and type_word != "state":  # 'Mississippi State' is a team
            # 'Idlib Governorate' may be listed as 'Idlib'; 'Fargo City' is 'Fargo' + 'City' (its own span).
            lookups.append(span[:-1].text)
    # "Deir ez-Zor" style tokens are kept whole; hyphenated demonym pairs are for relative.py.
    sent_idx = sentence_index(sents, span.start_char)
    raw_before = doc[span.start - 1] if span.start > 0 else None  # an opening quote, not an ayn, here
    # `span.start == span.sent.start` read from the token's flag (spaCy's `Span.sent` walks back to the sentence's
    # first token and makes a Span, ~15 µs, for each of the ~60 candidates of an article): the span opens its
    # sentence when it opens the document or its first token starts a sentence
    sentence_initial = span.start == 0 or doc[span.start].is_sent_start is True or (
        raw_before is not None and raw_before.is_punct and raw_before.text in "“\"'(")
    org_like = any(w in ORG_WORDS for w in words)
    person_like = (before is not None and before.lower_.rstrip(".") in TITLE_WORDS) or label == "PERSON"
    persons = persons or {}
    alpha = [w.rstrip(".") for w in words if any(ch.isalpha() for ch in w)]
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or sentence_initial
    place_of = (prep == "of" and b > 0
                and doc[b - 1 - (before is not None and before.lower_ == "the")].lower_ in PLACE_OF_NOUNS)
    if (after is not None and after.tag_ == "POS" and span.end + 1 < len(doc)
            and doc[span.end + 1].lower_ in PLACE_OF_NOUNS):
        place_of = True  # "Douma's fall", "Aleppo's residents"
    end_char, text = span.end_char, span.text
    if "." in text and not text.endswith(".") and doc_text(doc)[end_char:end_char + 1] == ".":
        # 'CHARLESTON, W.Va. --': the tokenizer gave the abbreviation's last dot to the sentence.
        end_char, text = end_char + 1, text + "."
        lookups = [text if lk == span.text else lk for lk in lookups]
    possessive = after is not None and after.tag_ == "POS"
    if len(text) > 3 and text[-2:] in ("’s", "'s") and not text[-3].isspace():
        possessive = True
        # 'New York’s' tokenised as one word: the name without the possessive.
        end_char, text = end_char - 2, text[:-2]
        lookups = [text if lk == span.text else lk for lk in lookups]
    return SpanCandidate(
        start=span.start_char, end=end_char, text=text, label=label,
        sentence=sent_idx if sent_idx is not None else -1, prep=prep, type_word=type_word, lookup=lookups,
        sentence_initial=sentence_initial, org_like=org_like, person_like=person_like,
        calendar=len(alpha) == 1 and (alpha[0] in CALENDAR or alpha[0] in NEVER_ALONE or alpha[0] in FEATURE_SUFFIXES
                                      or alpha[0] in FEATURE_PREFIXES),
        short_code=label not in ("GPE", "LOC") and len(span) == 1 and span.text.isupper() and len(span.text) <= 3,
        # ...named in full *elsewhere*: the name this span is cut from does not count
        # ('Near Ar Raqqah' mislabelled PERSON is not a person named Raqqah).
        person_name=_in_longer_name(alpha, persons, entity_start),
        speech_subject=_is_speech_subject(span),
        territory_object=_is_territory_object(span),
        dateline=line_start and bool(_DATELINE_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 40])),
        place_of=place_of,
        civic=after is not None and after.lower_ in CIVIC_WORDS,
        feature_name=is_feature_name(words, span.text),
        definite=_is_definite_head(span, before),
        town_form=_is_town_form(doc, span),
        locative=locative_role(span),
        possessive=possessive,
        doer=modifies_doer(span),
        force=modifies_force(span),
        workplace=at_a_workplace(span),
    )


# Nouns that a town's name modifies in local news ('a Lebanon man'); a country's would be
# its demonym ('a Lebanese man').
RESIDENT_NOUNS = frozenset(
    "man woman men women resident residents couple teen teenager boy girl native natives family businessman"
    " mother father student students youth motorist driver".split()
)
_STREET_WORDS = frozenset("st street ave avenue rd road dr drive blvd boulevard ln lane way pike hwy highway ct court".split())


def _is_town_form(doc: "Doc", span: "Span") -> bool:
    """Grammar of local news that names a town and never a country:

    * 'a Lebanon man', 'two Huntsville residents' (English uses the demonym for a country);
    * a person's residence: 'Pamela Rittle of Lebanon', 'Terry Jolly, 60, Lebanon',
      'John Smith, 45, of Dublin';
    * the town of a street address: '400 S. Locust St., Lebanon'.
    """
    i, j = span.start, span.end
    if j < len(doc) and doc[j].lower_ in RESIDENT_NOUNS and i > 0 and (
            doc[i - 1].lower_ in ("a", "an") or doc[i - 1].like_num):
        return True
    k = i - 1
    if k >= 0 and doc[k].lower_ == "of":
        if k > 0 and doc[k - 1].ent_type_ == "PERSON":
            return True
        k -= 1
    if k >= 0 and doc[k].text == ",":
        if k >= 2 and doc[k - 1].like_num and doc[k - 2].text == "," and k >= 3 and doc[k - 3].ent_type_ == "PERSON":
            return True  # 'Terry Lee Jolly, 60, [Lebanon]'
        window = [t.lower_.rstrip(".") for t in doc[max(0, k - 4):k]]
        if window and window[-1] in _STREET_WORDS and any(t.like_num for t in doc[max(0, k - 6):k]):
            return True  # '508 Cumberland St., [Lebanon]'
    return False


def doc_lower_adj(tok: "Token") -> bool:
    """A lower-case adjective or compass word ('tropical', 'eastern', 'north')."""
    return tok.text.islower() and (tok.pos_ == "ADJ" or tok.lower_ in NEVER_ALONE)


def _is_definite_head(span: "Span", before: "Token | None") -> bool:
    """'the Atlantic', 'the Middle East', 'the White House': English puts no article before a
    town's name, so such a span names an ocean, a region or a building -- or a town whose name
    carries the article ('The Hague'). Not when the name modifies a noun after it: 'the
    Rome police', 'the Birmingham festival', 'the Washington-based group' are the town's."""
    if before is None:
        return False
    k = before.i
    # 'the tropical Atlantic', 'the eastern Mediterranean': adjectives between article and name.
    while k > span.start - 4 and k > 0 and doc_lower_adj(before.doc[k]):
        k -= 1
    if before.doc[k].lower_ != "the":
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "-" and span.end + 1 < len(doc) \
            and doc[span.end].idx == doc[span.end - 1].idx + len(doc[span.end - 1].text):
        return False  # the first half of a hyphenated modifier ('Washington-based', 'Kyiv-backed')
    root = span.root
    return not (root.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and root.head.i >= span.end)


def _token_runs(doc: "Doc", covered: set[int], starts: Callable[[int], bool],
                continues: Callable[[int], bool]) -> list["Span"]:
    """Maximal runs of uncovered tokens: one token where `starts(i)`, then every next token
    where `continues(i)`; the scan resumes after each run."""
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if i not in covered and starts(i):
            j = i
            while j + 1 < n and (j + 1) not in covered and continues(j + 1):
                j += 1
            runs.append(doc[i : j + 1])
            i = j + 1
        else:
            i += 1
    return runs


def _hyphen_article(doc: "Doc", i: int) -> bool:
    """Token i continues a name begun by an Arabic article and a hyphen with no space between:
    the hyphen of 'Al-Seen', or the word after it. The tokenizer splits 'Al-Seen' in three and
    the tagger reads 'Seen' as a verb; the name is one ('the Al-Seen airbase')."""
    lowers = doc_lowers(doc)  # a Token only for a hyphen (no other text lower-cases to '-')

    def glued(k: int) -> bool:  # the hyphen at k touches the words on both sides
        return lowers[k] == "-" and k >= 1 and k + 1 < len(doc) and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_ and doc[k - 1].lower_ in _ARTICLES \
            and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()

    return glued(i) or (i >= 1 and glued(i - 1))


def _propn_runs(doc: "Doc", covered: set[int]) -> list["Span"]:
    """Capitalised proper-noun runs the NER did not cover (e.g. 'Suaydah'; 'Al-Seen' whole)."""
    pos = doc_column(doc, "POS")  # a Token only for a proper noun

    def propn(i: int) -> bool:
        return pos[i] == PROPN and doc[i].text[:1].isupper()

    return _token_runs(doc, covered, lambda i: propn(i) and (doc[i].is_alpha or name_word(doc[i].text)),
                       lambda i: propn(i) or _hyphen_article(doc, i))


def _before_country_possessive(doc: "Doc", k: int) -> int:
    """The token before a country's possessive ending at k ('in [Syria 's] Homs' -> 'in'), else k:
    the country's possessive names the container of what follows, so the preposition before it
    governs the name ('Homs', read as a plural noun after the possessive)."""
    from frontwatch.clean.possessive import country_names

    if k >= 1 and doc[k].tag_ == "POS" and doc[k - 1].text in country_names():
        return k - 2
    return k


_ADJ_NOUN = frozenset({ADJ, NOUN})  # `doc_column(doc, "POS")` ids of the tags _mistagged_names reads


def _mistagged_names(doc: "Doc", covered: set[int]) -> list["Span"]:
    """Capitalised words mid-sentence the tagger read as adjectives or nouns, in a place's
    grammar: 'in the southern Aleppo districts' (Aleppo/JJ), 'killed in Taez since Thursday'.
    Only after a strong locative preposition or before a place noun; only a word rare in
    English ('Taez'), unless a place noun follows it ('Aleppo districts'); a country's possessive
    between the preposition and the word is skipped ('in Syria's Homs'). The resolver and
    the gazetteer still decide whether it is a place."""
    from frontwatch.geo.locative import words as locative_words
    from frontwatch.geo.words import common_word

    w = locative_words()
    out = []
    pos, alpha = doc_column(doc, "POS"), doc_column(doc, "IS_ALPHA")  # a Token only for an ADJ/NOUN word
    for i in range(1, len(doc)):
        if i in covered or pos[i] not in _ADJ_NOUN or not alpha[i]:
            continue
        tok = doc[i]
        if not tok.text.istitle() or len(tok) < 4 or tok.is_sent_start:
            continue
        k = _before_country_possessive(doc, i - 1)
        while k > 0 and doc[k].lower_ in w.skip_before:
            k -= 1
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        noun_after = after in w.suffix_nouns or after in w.list_nouns
        if not (noun_after or (doc[k].lower_ in w.strong_prepositions and not common_word(tok.text))):
            continue
        out.append(doc[i:i + 1])
    return out


def _caps_runs(doc: "Doc", covered: set[int]) -> list["Span"]:
    """ALL-CAPS words at the start of a line: datelines the model leaves unlabelled ('RICHLAND --')."""
    def line_start(i: int) -> bool:
        return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_sent_end or doc[i].is_sent_start

    upper, alpha = doc_column(doc, "IS_UPPER"), doc_column(doc, "IS_ALPHA")  # no Token per word

    def caps(i: int) -> bool:
        return bool(upper[i] and alpha[i])

    return _token_runs(doc, covered, lambda i: caps(i) and len(doc[i]) >= 3 and line_start(i), caps)


# Last words of names that are places themselves, named after another place or person:
# the whole is the toponym ('Washington Drive', 'Zion National Park'), the first word is not.
FEATURE_SUFFIXES = frozenset(
    "street st avenue ave road rd drive dr lane ln boulevard blvd parkway pkwy highway hwy freeway expressway"
    " way court ct circle place pl trail turnpike pike route park river creek lake lakes valley mountain"
    " mountains island islands bay forest wilderness canyon beach falls hill hills heights square plaza"
    " bridge reservoir pond harbor harbour".split()
)
# First words of feature names ('Lake Ontario', 'Port of Los Angeles'): never a place alone.
FEATURE_PREFIXES = frozenset("lake port fort mount mt cape camp isle gulf sea bay city county state".split())
# Words that end the place-name part of an organisation name ('[Madison County] Sheriff's
# Office', '[New York] Times'), besides ORG_WORDS.
_NAME_BREAKS = frozenset({"of", "&", "and", "for", "'s", "’s", "-", "on", "at", "the"})


_LIST_WORDS = frozenset({"and", "or", "&"})


def list_items(span: "Span") -> list["Span"]:
    """The items of a comma-separated list read as one entity ('Kyiv, Kharkiv and Odesa').

    Only with a comma: 'Bosnia and Herzegovina' and 'Procter & Gamble' are one name each.
    Every item must start with a capital; otherwise the span is not a list of names."""
    if not any(t.text == "," for t in span):
        return []
    items, start = [], 0
    for k, tok in enumerate(span):
        if tok.text == "," or tok.lower_ in _LIST_WORDS:
            if k > start:
                items.append(span[start:k])
            start = k + 1
    if start < len(span):
        items.append(span[start:])
    if len(items) < 2 or not all(it[0].text[:1].isupper() for it in items):
        return []
    return items


def embedded_parts(span: "Span") -> list["Span"]:
    """Sub-spans of a multi-word entity that may be place names embedded in it.

    News names organisations after places -- '[Ohio] Department of Transportation',
    '[Madison County] Sheriff's Department', 'University of [Kentucky]' -- and the
    corpora count those names as toponyms. Offered: the capitalised leading words up to
    the first organisation word (every prefix, longest first, so 'Madison County' and
    'Madison' both get a lookup and the longest resolved one wins), and the capitalised
    words after a final 'of'. Not offered: words in the middle ('Long & [Foster]',
    'Holy [Cross] Cemetery'), which were nearly always false places.
    """
    words = [t.lower_ for t in span]
    if words[-1].rstrip(".") in FEATURE_SUFFIXES:
        return []
    stop = len(span)
    for k, w in enumerate(words):
        if k > 0 and (w in ORG_WORDS or w in _NAME_BREAKS or w in TITLE_WORDS):
            stop = k
            break
    parts: list["Span"] = []
    for k in range(min(stop, len(span) - 1, 4), 0, -1):
        head = span[:k]
        if all(t.text[:1].isupper() for t in head) and (head[-1].is_alpha or head[-1].text.endswith(".")):
            parts.append(head)
    if "of" in words[:-1]:
        k = len(words) - 1 - words[::-1].index("of")
        tail = span[k + 1:]
        if 0 < len(tail) <= 3 and all(t.text[:1].isupper() for t in tail) and tail.text not in {p.text for p in parts}:
            parts.append(tail)
    return parts


_ARTICLES = frozenset("al el il ul ar er as es us ad ed ud ash esh an en at et az ez adh ath".split())


def _is_capital_word(tok: "Token") -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _joined_over(doc: "Doc", joiners: frozenset[str], left_words: int, stop_at_sentence_start: bool) -> list["Span"]:
    """Capitalised words joined over one lower-case word of `joiners`: at most `left_words` capitalised
    words before it (not reaching back past a sentence start where asked) and two after it."""
    out = []
    n = len(doc)
    lowers = doc_lowers(doc)  # a joiner is lower case: its lower-case form is in `joiners` too (no Token otherwise)
    for i in range(1, n - 1):
        if lowers[i] not in joiners or doc[i].text not in joiners \
                or not (_is_capital_word(doc[i - 1]) and _is_capital_word(doc[i + 1])):
            continue
        a = i - 1
        while a > 0 and _is_capital_word(doc[a - 1]) and i - a < left_words \
                and not (stop_at_sentence_start and doc[a - 1].is_sent_start):
            a -= 1
        b = i + 2
        while b < n and _is_capital_word(doc[b]) and b - i < 3:
            b += 1
        out.append(doc[a:b])
    return out


def _article_joined(doc: "Doc") -> list["Span"]:
    """Names split by a lower-case Arabic article: 'Dayr az Zawr', 'Ras al Ain', 'Tell el Hawa'.

    The model breaks them into two entities (or none); the whole name is the toponym."""
    return _joined_over(doc, _ARTICLES, left_words=3, stop_at_sentence_start=False)


# Lower-case particles inside Romance, Germanic and Arabic personal-style place names.
_PARTICLES = frozenset("de da do dos das del della di du des la le bin ibn bint van von der den".split())
# Lower-case words that belong inside a name (`_after_lowercase_words` keeps a span that opens with one).
_NAME_PARTICLES = _PARTICLES | _ARTICLES


def _particle_joined(doc: "Doc") -> list["Span"]:
    """'Rio de Janeiro', 'Bandar bin Ali': capitalised words joined over one lower-case particle,
    which the model often cuts after the first word ('Rio', a refused piece). The whole is
    offered with `listed_only`: a person's name has the same shape ('Leonardo da Vinci'), so
    the joined name is a place only where the gazetteer lists it whole."""
    return _joined_over(doc, _PARTICLES, left_words=2, stop_at_sentence_start=True)


def _ayn_joined(doc: "Doc") -> list["Span"]:
    """'‘Ayn ‘Issa', 'Mas ‘Idyah', 'the town of ‘Ibta': a transliterated name written with an ayn mark
    glued to a word (`locative.ayn_before`). The tokenizer splits the mark off, and the tagger then
    reads the word after it as an adjective or a common noun ('Ayn'/ADJ, 'Ibta'/NOUN) or leaves a
    piece of the name untagged, so neither the model nor the proper-noun runs offer the name. Offered:
    the capitalised words joined over such marks (and over an article's hyphen, 'Al-Fijah'), from the
    word after the first mark (the mark is no letter of the name; the fold ignores it inside)."""
    out = []
    n = len(doc)
    lowers = doc_lowers(doc)
    i = 1
    while i < n:
        # a Token only after a mark (no other text lower-cases to one): `ayn_before` is 0 for every other word
        if lowers[i - 1] not in AYN_MARKS or not (_is_capital_word(doc[i]) and ayn_before(doc, i)):
            i += 1
            continue
        a = i
        while a >= 2 and ayn_before(doc, a) and _is_capital_word(doc[a - 2]) and not doc[a - 2].is_sent_start:
            a -= 2  # 'Mas ‘Idyah': the word before the mark is the name's first
        b = i + 1
        while b < n and b - a < 8:
            if _is_capital_word(doc[b]) or _hyphen_article(doc, b):
                b += 1
            elif b + 1 < n and ayn_before(doc, b + 1) and _is_capital_word(doc[b + 1]):
                b += 2
            else:
                break
        out.append(doc[a:b])
        i = b
    return out


# Heads of names built with 'of' ('Gulf of Aden', 'Strait of Hormuz', 'Isle of Man').
_OF_HEADS = frozenset({"gulf", "sea", "strait", "straits", "bay", "isle", "cape", "lake"})


def _of_joined(doc: "Doc") -> list["Span"]:
    """'Gulf of Aden', 'Sea of Azov' when the model tags neither the whole nor its head:
    the capitalised head word, 'of', and up to three capitalised words after it."""
    out = []
    n = len(doc)
    lowers = doc_lowers(doc)
    for i in range(1, n - 1):
        if lowers[i] != "of":
            continue
        head, nxt = doc[i - 1], doc[i + 1]
        if head.lower_ in _OF_HEADS and head.text[:1].isupper() and nxt.text[:1].isupper():
            b = i + 1
            while b < n and doc[b].text[:1].isupper() and doc[b].is_alpha and b - i <= 3:
                b += 1
            if b > i + 1:  # at least one name word after 'of' ('Gulf of U.S.' is none)
                out.append(doc[i - 1:b])
    return out


def _split_names_joined(doc: "Doc", longest: int = 4) -> list["Span"]:
    """'Dera Ismail Khan' cut by the model into 'Dera' (unlabelled or GPE) and 'Ismail Khan' (PERSON): a
    run of capitalised proper nouns (up to `longest` words) that an entity's edge cuts. Offered whole
    with `listed_only`, as a particle-joined name is: two names in a row are as often two things
    ('Aleppo Governor Hussein Diab'), so the whole is a place only where the gazetteer lists it."""
    alpha, pos = doc_column(doc, "IS_ALPHA"), doc_column(doc, "POS")

    def name_word(t: int) -> bool:  # a Token only for an alphabetic proper noun
        return alpha[t] and pos[t] == PROPN and doc[t].text[:1].isupper()

    out = []
    i, n = 0, len(doc)
    while i < n:
        if not name_word(i):
            i += 1
            continue
        j = i
        while j < n and name_word(j):
            j += 1
        cut = any(doc[k].ent_iob_ == "B" or (doc[k].ent_iob_ == "O") != (doc[k - 1].ent_iob_ == "O")
                  for k in range(i + 1, j))
        if cut and 2 <= j - i <= longest:
            out.append(doc[i:j])
        i = j
    return out


def recognise(doc: "Doc", sents: list[Sentence]) -> list[SpanCandidate]:
    """All spans that might be places, in text order, with their context."""
    out: list[SpanCandidate] = []
    covered: set[int] = set()
    persons = person_words(doc)
    for ent in doc_ents(doc):
        if ent.label_ in NON_PLACE_LABELS:
            continue
        covered.update(range(ent.start, ent.end))
        span = _strip_determiner(ent)
        cand = _context(doc, span, ent.label_, sents, persons, ent.start)
        out.append(cand)
        name = _after_lowercase_words(span)
        if name is not None:
            # the model glued a common word to the name ('RSF artillery pounds Omdurman' gave the PERSON
            # 'pounds Omdurman'); the name itself is offered, the model's PERSON reading set aside
            out.append(_context(doc, name, "PROPN" if ent.label_ == "PERSON" else ent.label_, sents, persons, ent.start))
        if len(span) < 2:
            continue
        items = list_items(span)
        if items:
            # The model glued a list into one entity ('Kyiv, Kharkiv and'): each item is a
            # name of its own, not a word inside an organisation's name.
            for item in items:
                out.append(_context(doc, item, ent.label_, sents, persons, ent.start))
            continue
        if ent.label_ in ("ORG", "FAC", "GPE", "LOC", "NORP"):
            subs = embedded_parts(span)
        elif not cand.person_like:
            # A PERSON span may hide a place the model glued to a name ('Hama Syria').
            subs = [span[k:k + 1] for k in range(len(span))
                    if span[k].pos_ == "PROPN" and span[k].text[:1].isupper() and len(span[k]) > 2]
        else:
            subs = []
        for part in subs:
            sub = _context(doc, part, ent.label_, sents, persons, ent.start)
            sub.in_org_entity = True
            sub.lookup = sub.lookup[:1]  # the part itself, not a type-stripped variant of it
            out.append(sub)
        if ent.label_ in ("ORG", "FAC", "GPE", "LOC", "NORP", "PROPN"):
            taken = {(p.start, p.end) for p in subs}
            for k in range(1, len(span)):
                tok = span[k]
                if ((tok.i, tok.i + 1) not in taken and tok.pos_ == "PROPN" and tok.text[:1].isupper()
                        and len(tok) > 2 and tok.lower_ not in ORG_WORDS):
                    sub = _context(doc, span[k:k + 1], ent.label_, sents, persons, ent.start)
                    sub.in_org_entity = sub.inner = True
                    sub.lookup = sub.lookup[:1]
                    out.append(sub)
    for run in _propn_runs(doc, covered):
        run = _strip_determiner(run)
        out.append(_context(doc, run, "PROPN", sents, persons))
        covered.update(range(run.start, run.end))
        if len(run) > 1:  # '[Owensboro] Public Schools' unlabelled: the same embedded parts as an ORG
            for part in embedded_parts(run):
                sub = _context(doc, part, "PROPN", sents, persons)
                sub.in_org_entity = True
                sub.lookup = sub.lookup[:1]
                out.append(sub)
    for run in _mistagged_names(doc, covered):
        out.append(_context(doc, run, "PROPN", sents, persons))
        covered.update(range(run.start, run.end))
    for run in event_modifier_names(doc, covered):
        out.append(_context(doc, run, "PROPN", sents, persons))
        covered.update(range(run.start, run.end))
    for joined in _article_joined(doc) + _of_joined(doc):
        out.append(_context(doc, _strip_determiner(joined), "PROPN", sents, persons))
    known = {(c.start, c.end) for c in out}
    for joined in _ayn_joined(doc):
        cand = _context(doc, _strip_determiner(joined), "PROPN", sents, persons)
        if (cand.start, cand.end) not in known:
            out.append(cand)
            known.add((cand.start, cand.end))
    for joined in _particle_joined(doc) + _split_names_joined(doc):
        cand = _context(doc, _strip_determiner(joined), "PROPN", sents, persons)
        if (cand.start, cand.end) not in known:
            cand.listed_only = True
            cand.lookup = cand.lookup[:1]
            out.append(cand)
    for run in _caps_runs(doc, covered):
        cand = _context(doc, run, "PROPN", sents, persons)
        if cand.dateline:
            out.append(cand)
    known = {(c.start, c.end) for c in out}
    for run, head in site_runs(doc):  # 'Castello road', "Sheikh Sa'eed District": the site's whole name
        if head in TYPE_WORDS and (run.start_char, doc[run.end - 2].idx + len(doc[run.end - 2])) in known:
            continue  # 'Matara [district]': the name is a span already, read with its kind word (`type_word`)
        if (run.start_char, run.end_char) not in known:
            site = _context(doc, run, "FAC", sents, persons)
            site.lookup = site.lookup[:1]  # the site's own name only: 'Matara district' is not 'Matara' again
            out.append(site)
    # 'the Victoria Hotel in Warsaw', 'the Temple of Heaven in Beijing': a site, if its host is named
    for run, head in everyday_site_runs(doc) + prefix_site_runs(doc):
        same = [c for c in out if (c.start, c.end) == (run.start_char, run.end_char)]
        if not same:
            site = _context(doc, run, "FAC", sents, persons)
            site.lookup = site.lookup[:1]
            site.site_head, site.tied_only = head, True
            site.feature_name = False  # not a street placed at the article's town anyway (resolve.feature_toponyms)
            out.append(site)
            same = [site]
        for site in same:  # the model's own entity too ('the Victoria Hotel', ORG), else read as any name
            site.tied_site = True
    mark_sites(doc, out)
    continued = _org_continuations(doc)
    for c in out:
        if c.start in continued:
            c.in_org_entity = c.inner = True
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _org_continuations(doc: "Doc") -> set[int]:
    """Character offsets where an organisation's 'of X and Y' name goes on past the model's
    entity: 'the Levant' of '[Islamic State of Iraq] and the Levant' is the group's name."""
    out: set[int] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or "of" not in [t.lower_ for t in ent[1:-1]]:
            continue
        j = ent.end
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            if j < len(doc) and doc[j].text[:1].isupper():
                out.add(doc[j].idx)
    return out
