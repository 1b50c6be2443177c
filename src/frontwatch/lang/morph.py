"""Surface forms → the forms a gazetteer lists: script normalisation, clitics, case endings, lemmas.

GeoNames lists a place under its dictionary form ('Харків', 'Αθήνα', 'حلب', 'İran'); news
inflects it ('в Харкові', 'της Αθήνας', 'بحلب', "İran'ın"). Each function here returns the
candidate dictionary forms of a surface, best first; `lang.index` keeps the ones the gazetteer
knows. Lemmas come from simplemma (all eight languages) and pymorphy3 (Russian, Ukrainian, which
also re-agrees an adjective with its noun: 'Донецької області' → 'донецька область').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from frontwatch.lang.phonetic import rewrite
from frontwatch.lang.resources import load

# Arabic-script spelling variants that GeoNames and news mix freely: hamza seats on alef,
# alef maqsura / ya, Persian and Arabic kaf and ya, ta marbuta / ha; vowel marks and tatweel.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي",
                              "ک": "ك", "ة": "ه", "ۀ": "ه", "ؤ": "و", "\u0640": None, "\u200c": " "})
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
LEMMA_MIN_SHARE = 0.6


def match_key(text: str) -> str:
    """The key two spellings of one name share across scripts' optional marks.

    Case-folded; Greek and Latin accents dropped ('Αθήνα' ~ 'ΑΘΗΝΑ'); Cyrillic ё → е;
    the Arabic-script variants above unified; Turkish dotted İ read as i."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).replace("İ", "I")
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c) or c in "\u0306\u0308")  # й, ї keep
    text = unicodedata.normalize("NFC", text).replace("ё", "е").replace("ς", "σ")
    return " ".join(text.split())


@lru_cache(maxsize=4)
def _morph(lang: str):
    """pymorphy3's analyser for Russian or Ukrainian (dictionaries from PyPI), else None."""
    if lang not in ("ru", "uk"):
        return None
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a dependency; kept optional for a slim install
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def word_forms(word: str, lang: str) -> tuple[str, ...]:
    """Dictionary forms a single inflected word may stand for, the word itself first."""
    import simplemma

    res = load(lang)
    out: list[str] = [word]

    def add(form: str | None) -> None:
        if form and len(form) >= 2 and form not in out:
            out.append(form)

    # Clitics first, so the lemmatiser sees the bare word ('وبحلب' → 'حلب'). Arabic glues at most
    # a conjunction (و, ف), then a preposition (ب, ل, ك), then the article; 'للقدس' = ل + القدس.
    bases = [word]
    if res.proclitics:
        conj, preps = res.proclitics[:2], res.proclitics[2:]
        w = word
        if len(w) > 3 and w[0] in conj:
            w = w[1:]
            bases.append(w)
        if len(w) > 3 and w[0] in preps:
            w = w[1:]
            bases.append(w)
            if w.startswith("ل") and len(w) > 3 and word[len(word) - len(w) - 1] == "ل":
                bases.append("ا" + w)  # 'للقدس' → 'القدس'
        if w != word and not w.startswith("ال") and len(w) >= 3:
            bases.append("ال" + w)  # 'بحلب' ~ 'الحلب' is rare, but 'بعراق' ~ 'العراق' happens
    if "'" in word.translate(_APOSTROPHES):  # Turkish: the suffix after the apostrophe
        bases.append(word.translate(_APOSTROPHES).split("'")[0])
    for b in bases:
        add(b)
    if not res.proclitics and lang != "fa":  # simplemma's Arabic-script lemmas are mostly guesses ('اشي' → 'وشى')
        for b in bases:
            lemma = simplemma.lemmatize(b, lang=lang)
            # a case ending is a few letters: a much shorter 'lemma' of a name is another word
            # ("Karakurum'u" → 'kara', which the gazetteer knows as a town in Togo)
            if len(lemma) >= LEMMA_MIN_SHARE * len(b):
                add(lemma)
    morph = _morph(lang)
    if morph is not None:
        for p in morph.parse(word)[:4]:
            add(_restore_case(p.normal_form, word))
            if p.tag.POS == "ADJF":  # towns named by an adjective: 'Рубіжного' → 'Рубіжне', 'Южного' → 'Южное'
                for gender in ("neut", "femn"):
                    inf = p.inflect({"nomn", gender})
                    if inf is not None:
                        add(_restore_case(inf.word, word))
    for ending, repl in res.suffixes:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            add(word[: len(word) - len(ending)] + repl)
    if res.demonym_suffixes and word.translate(_APOSTROPHES).endswith(res.demonym_suffixes):
        # 'İsviçreli' (Swiss), "Çin'li" (Chinese): the bare place is not what the word names
        plain = word.translate(_APOSTROPHES).casefold()
        out = [f for f in out if not any(plain == f.casefold() + suf for suf in res.demonym_suffixes)]
    if res.arabic_article and len(word) >= 3 and not word.startswith("ال") and _rare(word, lang):
        add("ال" + word)  # Persian 'فلوجه' for GeoNames' 'الفلوجة'; not everyday words ('طرف' → 'الطرف')
    for short, full in res.arabic_endings:
        # Persian drops the final hamza of an Arab name ('صنعا', Sanaa; 'سامرا', Samarra). Not gated on rarity as the
        # article is (such a name is frequent in the news), but on Arabic text writing the full form: GeoNames keeps
        # archaic alternates ('إيلياء', Aelia, for Jerusalem) that would turn a first name ('ایلیا') into a city
        if len(word) > len(short) + 1 and word.endswith(short) and not word.endswith(full):
            arabic = word[: len(word) - len(short)] + full
            if _in_arabic_use(arabic):
                add(arabic)
    return tuple(out)


# wordfreq Zipf in Arabic text above which a restored Arabic spelling is one the language writes: 'سامراء' 3.4
# passes, the archaic 'إيلياء' (1.9) and a village's 'فيفاء' (2.6, which 'فیفا', FIFA, would reach) do not
ARABIC_IN_USE_ZIPF = 3.0
_PERSIAN_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})


def _in_arabic_use(form: str) -> bool:
    """Does Arabic text write `form` (Persian letters put into their Arabic shapes) as often as a name in the news?"""
    from wordfreq import zipf_frequency

    return zipf_frequency(form.translate(_PERSIAN_LETTERS), "ar") >= ARABIC_IN_USE_ZIPF


def _restore_case(form: str, like: str) -> str:
    """pymorphy3 lower-cases; give a lemma back the capital of its surface ('москва' → 'Москва')."""
    if like[:1].isupper() and form:
        return form[:1].upper() + form[1:]
    return form


def phrase_forms(words: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Dictionary forms of a multi-word name ('Донецької області', 'Νέας Υόρκης', 'Amerika Birleşik
    Devletleri'nde'): the phrase as written, the last word's forms behind the others, every word's
    lemma, and for Slavic languages the phrase put in the nominative with adjectives agreeing."""
    if len(words) == 1:
        return word_forms(words[0], lang)
    out: list[str] = [" ".join(words)]

    def add(form: str) -> None:
        if form not in out:
            out.append(form)

    head = words[:-1]
    for last in word_forms(words[-1], lang)[1:3]:
        add(" ".join((*head, last)))
    firsts = word_forms(words[0], lang)
    for first in firsts[1:4]:
        add(" ".join((first, *words[1:])))
    lemmas = [word_forms(w, lang)[1] if len(word_forms(w, lang)) > 1 else w for w in words]
    add(" ".join(lemmas))
    # Every word through the case-ending table at once: 'Μεγάλης Βρετανίας' → 'Μεγάλη Βρετανία'
    add(" ".join(_ending_form(w, lang) for w in words))
    nominative = _slavic_nominative(words, lang)
    if nominative:
        add(nominative)
    return tuple(out)


def _ending_form(word: str, lang: str) -> str:
    """`word` with the first case ending of the language's table that fits, else as it is."""
    for ending, repl in load(lang).suffixes:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + repl
    return word


def _slavic_nominative(words: tuple[str, ...], lang: str) -> str | None:
    """'Донецької області' → 'Донецька область'; 'Южной Кореи' → 'Южная Корея' (pymorphy3)."""
    morph = _morph(lang)
    if morph is None:
        return None
    noun = morph.parse(words[-1])[0]
    gender = noun.tag.gender
    number = noun.tag.number  # the Ukrainian dictionary leaves the singular untagged
    out: list[str] = []
    for w in words[:-1]:
        p = next((x for x in morph.parse(w) if x.tag.POS in ("ADJF", "PRTF")), None)
        if p is None:
            out.append(w)
            continue
        grams = {"nomn"} | ({number} if number else set()) | ({gender} if gender and number != "plur" else set())
        inf = p.inflect(grams)
        out.append(_restore_case(inf.word, w) if inf else w)
    head = noun.inflect({"nomn"} | ({number} if number else set())) if noun.tag.case != "nomn" else None
    out.append(_restore_case(head.word if head else noun.normal_form, words[-1]))
    return " ".join(out)


@lru_cache(maxsize=50_000)
def romanize(text: str, lang: str) -> str | None:
    """`text` in Latin letters as GeoNames romanises the language's places (the table in the
    language's word list), or None when the language has no table. Accents dropped first."""
    table = load(lang).romanize
    if not table:
        return None
    low = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    low = unicodedata.normalize("NFC", low.replace("\u0308", ""))
    return rewrite(low, table)


@lru_cache(maxsize=50_000)
def is_adjective(word: str, lang: str) -> bool:
    """One of pymorphy3's most likely readings of `word` is a full adjective (Russian, Ukrainian
    only). Ties count: the Ukrainian dictionary scores 'Центрального' as a noun and as an
    adjective alike (1.0 each), and a capitalised adjective before its noun names no place."""
    morph = _morph(lang)
    if morph is None:
        return False
    parses = morph.parse(word)
    return bool(parses) and any(p.tag.POS in ("ADJF", "PRTF") for p in parses if p.score >= parses[0].score)


@lru_cache(maxsize=50_000)
def agrees_with_next(adjective: str, noun: str, lang: str, noun_only: bool = False) -> bool:
    """Can `adjective` be an adjective agreeing with `noun` in case (and gender, in the singular)?
    'Київського регіону' yes; 'Луганську іноземцю' no: 'Луганську' is then the town, in the
    dative, and not 'луганську' (feminine accusative) qualifying a masculine dative noun.
    `noun_only`: the next word must have a noun reading ('Средней Азии'), not another adjective's."""
    morph = _morph(lang)
    if morph is None:
        return False
    adjs = [p for p in morph.parse(adjective) if p.tag.POS in ("ADJF", "PRTF")]
    parses = morph.parse(noun)
    # The next word may itself be an adjective of the same noun phrase ('Луганську іноземному громадянину').
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if noun_only and not nouns:
        return False
    nouns = nouns or [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
    for p in adjs:
        for q in nouns:
            if p.tag.case != q.tag.case:
                continue
            if p.tag.number == "plur" or q.tag.number == "plur" or not p.tag.gender or not q.tag.gender \
                    or p.tag.gender == q.tag.gender or "ms-f" in q.tag.grammemes:
                return True
    if nouns:
        return False
    # No noun or adjective reading: a word the dictionary does not know keeps the adjective reading;
    # a known verb, adverb or particle cannot be qualified ('зі Львова та Луцька змагались': the town).
    return not any(p.is_known for p in parses)


# Slavic relational adjectives named after a town ('Зіньківський район' after 'Зіньків'): the
# adjective's suffix → the endings a town's name may have in its place (longest suffix first).
_TOWN_ADJECTIVE = {
    "uk": (("цький", ("к", "цьк", "ць")), ("ський", ("", "а", "и", "е", "ськ", "ське"))),
    "ru": (("цкий", ("к", "цк", "ц")), ("ский", ("", "а", "и", "ы", "е", "ск", "ское"))),
}


@lru_cache(maxsize=50_000)
def town_of_adjective(word: str, lang: str) -> tuple[str, ...]:
    """Names of the town a relational adjective may be formed from: 'Зіньківського' → 'Зіньків',
    'Кременчуцького' → 'Кременчук', 'Полтавського' → 'Полтава'. Districts ('Зіньківський район')
    are named after their seat and the gazetteer rarely lists them in the language; the seat
    stands in for the district. () for other words and languages."""
    morph = _morph(lang)
    rules = _TOWN_ADJECTIVE.get(lang)
    if morph is None or not rules:
        return ()
    adj = next((p for p in morph.parse(word) if p.tag.POS == "ADJF"), None)
    if adj is None:
        return ()
    lemma = adj.normal_form
    for suffix, endings in rules:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            stem = lemma[: len(lemma) - len(suffix)]
            return tuple(_restore_case(stem + e, word) for e in endings)
    return ()


@lru_cache(maxsize=50_000)
def singular_lemmas(word: str, lang: str) -> frozenset[str]:
    """pymorphy3's dictionary forms of the singular readings of `word` (Russian, Ukrainian), the word
    itself otherwise. A body's name is singular ('суду'); 'у судах України' speaks of many."""
    morph = _morph(lang)
    if morph is None:
        return frozenset({word.casefold()})
    return frozenset(p.normal_form for p in morph.parse(word) if p.tag.number != "plur")


@lru_cache(maxsize=50_000)
def is_genitive(word: str, lang: str) -> bool:
    """Has `word` a genitive reading (pymorphy3; Russian, Ukrainian only)?"""
    morph = _morph(lang)
    return morph is not None and any(p.tag.case == "gent" for p in morph.parse(word))


@lru_cache(maxsize=50_000)
def case_readings(word: str, lang: str) -> frozenset[str]:
    """The grammatical cases `word` may be in (pymorphy3's OpenCorpora tags: 'nomn', 'accs', 'ablt', ...; Russian,
    Ukrainian only, empty elsewhere): whether a noun can be a verb's direct object or a passive's agent."""
    morph = _morph(lang)
    return frozenset(p.tag.case for p in morph.parse(word) if p.tag.case) if morph is not None else frozenset()


@lru_cache(maxsize=50_000)
def part_of_speech(word: str, lang: str) -> str:
    """pymorphy3's likeliest part of speech of `word` ('NOUN', 'PREP', 'ADJF', ...; Russian, Ukrainian), '' elsewhere."""
    morph = _morph(lang)
    return str(morph.parse(word)[0].tag.POS or "") if morph is not None else ""


RARE_ZIPF = 3.5


def _rare(word: str, lang: str) -> bool:
    """Is `word` rare in the language (wordfreq's Zipf scale, bundled lists)? Names mostly are."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang) < RARE_ZIPF


COMMON_ZIPF = 3.5  # wordfreq Zipf: a one-word span this frequent is an everyday word


def common_word(text: str, lang: str) -> bool:
    """Is a one-word span also an everyday word of the language ('Universidad', 'بيان', 'Yunan')?
    simplemma's dictionary knows it and it is frequent (wordfreq's Zipf scale, bundled lists)."""
    import simplemma
    from wordfreq import zipf_frequency

    if " " in text.strip():
        return False
    low = text.replace("İ", "i").replace("I", "ı" if lang == "tr" else "i").casefold()  # Turkish dotted capitals
    return simplemma.is_known(low, lang) and zipf_frequency(low, lang) >= COMMON_ZIPF
