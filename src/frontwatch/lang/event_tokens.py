"""Words of a sentence in any supported language, with the keys they are looked up by.

Why keys and not one lemma: simplemma's lemmas are right most of the time (Харькову →
Харьков, βομβάρδισαν → βομβαρδίζω) but miss participles and clitic-laden forms (French
'bombardé', Arabic 'وبالقصف', Persian 'نیروهای'). A word therefore carries every form it
could be looked up by: the surface, its lemma, and the same after stripping the
language's clitics (cues: prefixes, suffixes), all normalised alike (case, apostrophes,
and for Greek, Arabic and Persian the accents, short vowels and letter variants news
writes either way). Lexicon items are normalised by the same function, and an item
ending in '*' is a prefix, which carries Turkish and Slavic inflection without a lemma.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable, TypeVar

from frontwatch.lang.cues import Cues
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.proximity import words_within

T = TypeVar("T")

_MARKS = r"\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c"
WORD = re.compile(rf"\w[\w{_MARKS}]*(?:['’ʼ\-][\w][\w{_MARKS}]*)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "е"})
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None, "\u200c": None})
_FA_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ـ": None,
                             "\u200c": None, "ۀ": "ه"})
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Word:
    i: int
    start: int  # character offsets in the sentence
    end: int
    text: str
    keys: frozenset[str]  # normalised surface, lemma and clitic-stripped forms


def before_suffix(word: str) -> str:
    """A name without the case suffix Turkish writes after an apostrophe ("Paşa'nın" → 'Paşa', "Harrison'a")."""
    for mark in "'’":
        word = word.split(mark, 1)[0]
    return word


def lower(text: str, lang: str) -> str:
    if lang == "tr":  # dotted and dotless i
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


@lru_cache(maxsize=200_000)
def normalize(text: str, lang: str, strip_marks: bool | None = None) -> str:
    """The comparison form of a word or item in a language."""
    t = unicodedata.normalize("NFC", lower(text, lang)).translate(_APOSTROPHES).translate(DIGITS)
    if strip_marks is None:
        strip_marks = lang in ("el", "ar", "fa")
    if strip_marks:
        t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
        t = unicodedata.normalize("NFC", t)
    if lang == "ar":
        t = t.translate(_AR_LETTERS)
    elif lang == "fa":
        t = t.translate(_FA_LETTERS)
    return t


@lru_cache(maxsize=200_000)
def word_lemma(word: str, lang: str) -> str:
    """simplemma's lemma of one word, cached (the coders and the toponym rules ask for the same words again)."""
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:  # a language simplemma does not know: the word is its own lemma
        return word


def _whole_forms(text: str, lang: str, cues: Cues) -> set[str]:
    """A word's whole forms: its lower-cased surface and its lemmas, with the one accent a capitals
    headline drops (the forms `_keys` starts from and `whole_form_keys` stops at)."""
    low = lower(text, lang).translate(_APOSTROPHES)
    forms = {low, word_lemma(text, lang), word_lemma(low, lang), *slavic_lemmas(low, lang)}
    if cues.caps_accents and text.isupper() and len(text) > 3:
        forms.update(_accented(low, lang))
    return forms


@lru_cache(maxsize=200_000)
def _keys(text: str, lang: str) -> frozenset[str]:
    from frontwatch.lang.cues import load

    cues = load(lang)
    low = lower(text, lang).translate(_APOSTROPHES)
    forms = _whole_forms(text, lang, cues)
    if "'" in low and lang == "tr":  # Halep'te: the name before the case ending
        forms.add(low.split("'")[0])
    low_fa = low.replace("\u200c", " ").split()[0] if "\u200c" in low else None
    if low_fa and low.split("\u200c", 1)[1] in cues.undergoer_endings:
        low_fa = None  # 'بازداشت‌شدگان', the detainees: a people noun, not the act before the ZWNJ
    if low_fa:
        forms.update({low_fa, word_lemma(low_fa, lang)})
    stems = {low}
    inner: set[str] = set()  # stems behind an article: no clitic stands inside it ('البحث' is not 'ب' + 'حث')
    for p in () if low in cues.unstripped else cues.prefixes:
        for s in list(stems):  # noqa: PERF101 (a copy: the set grows inside the loop)
            if s.startswith(p) and len(s) - len(p) >= 2 and s not in inner \
                    and not (p not in cues.conjunction_prefixes and s.startswith(cues.unstripped_stems)):
                stems.add(s[len(p):])
                if p in cues.last_prefixes:
                    inner.add(s[len(p):])
    if cues.imperfect_perfect:
        stems.update(_imperfect_perfects(stems - inner, lang, cues))
    min_stem = dict(cues.suffix_min_stem)
    for suf in cues.suffixes:
        for s in list(stems):  # noqa: PERF101
            if s.endswith(suf) and len(s) - len(suf) >= min_stem.get(suf, 2):
                stem = s[: -len(suf)]
                stems.add(stem)
                stems.update(stem[: -len(b)] + free for b, free in cues.bound_endings if stem.endswith(b))
                if suf in cues.weak_final_suffixes and len(stem) >= cues.weak_final_min_stem:
                    stems.add(stem + cues.weak_final)
    for s in stems:
        forms.add(s)
        forms.add(word_lemma(s, lang))
    for pattern, repl in cues.lemma_rules:
        if re.search(pattern, low):
            regular = re.sub(pattern, repl, low)
            forms.update({regular, word_lemma(regular, lang)})
    keys = {normalize(f, lang, cues.strip_marks) for f in forms if f}
    for pattern, repl in cues.lemma_variants:  # one dictionary form of each verb ('ζηταω' ~ 'ζητω')
        keys.update(re.sub(pattern, repl, k) for k in list(keys) if re.search(pattern, k))
    return frozenset(keys)


def _imperfect_perfects(stems: set[str], lang: str, cues: Cues) -> set[str]:
    """The perfects of derived verbs behind an imperfect person prefix ('ينسحبون' → 'انسحبون', then the suffix rules
    give 'انسحب'; `Cues.imperfect_perfect`).

    Why: the lexicon lists a verb by its 3ms past; stripping the prefix of 'يعتقل' leaves 'عتقل', no word, since
    forms IV, VII, VIII and X lose the perfect's alef in the imperfect; a hollow verb of form IV also turns its long
    vowel ('يدين' → 'أدان', `Cues.hollow_vowels`). A stem of three letters or more only, and not behind the article
    (a noun)."""
    out: set[str] = set()
    for s in stems:
        behind_person = any(p + s in stems for p in cues.imperfect_prefixes)  # 'نفجر' of 'تنفجر' is no 'ن' + stem
        if s[:1] in cues.imperfect_prefixes and len(s) >= 4 and not behind_person:
            perfect = cues.imperfect_perfect + s[1:]
            forms = [perfect] + [perfect[:2] + free + perfect[3:] for long, free in cues.hollow_vowels
                                 if len(perfect) == 4 and perfect[2] == long]
            out.update(f for f in forms if normalize(f, lang, cues.strip_marks) not in cues.imperfect_perfect_not)
    return out


@lru_cache(maxsize=50_000)
def whole_form_keys(text: str, lang: str) -> frozenset[str]:
    """The keys of a word as a whole word of the dictionary: its surface and its lemmas (with the one accent a
    capitals headline drops), without the clitic- and suffix-stripped stems or the regular-form rules of `keys_of`.

    Why: a word may be read as a trigger through a stem it only begins with; an acronym ('ΟΛΜΕ', a union) is no
    inflected word, so only its whole form may be a word of the lexicon (lang/capitals.py)."""
    from frontwatch.lang.cues import load

    cues = load(lang)
    return frozenset(normalize(f, lang, cues.strip_marks) for f in _whole_forms(text, lang, cues) if f)


def keys_of(text: str, lang: str) -> frozenset[str]:
    """The lookup keys of a word out of context (surface, lemma, clitic-stripped forms)."""
    return _keys(text, lang)


_ACUTE = str.maketrans("aeiou", "áéíóú")


@lru_cache(maxsize=50_000)
def _accented(low: str, lang: str) -> tuple[str, ...]:
    """The word with one vowel accented where the lemmatiser knows that spelling, and its lemma.

    Why: Spanish wire headlines in capitals drop the accents ('LIBERACION', 'DETENCION'); the
    lexicon and the lemmatiser spell them. The one accent a word carries is tried on each vowel."""
    import simplemma

    out: list[str] = []
    for i, c in enumerate(low):
        if c in "aeiou":
            cand = low[:i] + c.translate(_ACUTE) + low[i + 1:]
            if not simplemma.is_known(low, lang=lang) and simplemma.is_known(cand, lang=lang):
                out.extend((cand, word_lemma(cand, lang)))
    return tuple(out)


class BurstMemo:
    """A memo for readings asked for again in bursts (an article, then its sentences; one word form in many lists),
    bounded by `slots` entries: when full it starts again, since the next burst meets other texts. Each entry keeps
    the object it was read against (`owner`: the Cues, the dictionary) and is used only for that very object, so a
    reloaded or another object reads anew. Why not `functools.lru_cache`: the owners (a Cues, a dictionary that grows)
    are checked by identity, not hashed by value, and an article's burst needs no recency order (issue 17, perf51)."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._memo: dict[object, tuple[object, object]] = {}

    def get(self, key: object, owner: object, read: Callable[[], T]) -> T:
        """The value read for `key` against `owner`, read with `read()` when not held."""
        got = self._memo.get(key)
        if got is not None and got[0] is owner:
            return got[1]  # type: ignore[return-value]
        value = read()
        if len(self._memo) >= self.slots:
            self._memo.clear()
        self._memo[key] = (owner, value)
        return value

    def clear(self) -> None:
        self._memo.clear()


# the last texts `words` read, by (text, language): the native geoparser's theatre readings (`lang.event_actors`'s
# country words, armed forces, named actors) and the event coder (`candidate_events`, `candidate_features`) each read
# the same text's words; a few slots serve one article and its sentences (issue 17, perf51)
_WORDS_SLOTS = 8
_last_words = BurstMemo(slots=_WORDS_SLOTS)


def words(text: str, cues: Cues) -> list[Word]:
    """The words of a sentence with their lookup keys (a new list each call, of the same Words for the same text and
    cues: a Word is frozen; read once while the text is among the last few read)."""
    return list(_last_words.get((text, cues.lang), cues, lambda: tuple(_words(text, cues))))


def _words(text: str, cues: Cues) -> list[Word]:
    """`words` read anew."""
    out: list[Word] = []
    aux = frozenset(normalize(x, cues.lang) for x in cues.auxiliaries)
    found = list(WORD.finditer(text))
    nxt = frozenset(normalize(x, cues.lang) for x in cues.present_next)
    not_after = frozenset(normalize(x, cues.lang) for x in cues.present_not_after)
    for i, m in enumerate(found):
        keys = _keys(m.group(), cues.lang)
        if aux and any(normalize(w.text, cues.lang) in aux for w in out[-2:]):
            keys = keys | _participle_keys(m.group(), cues.lang, cues.participle_rules)
        if cues.present_rules and i + 1 < len(found) and normalize(found[i + 1].group(), cues.lang) in nxt \
                and not (out and normalize(out[-1].text, cues.lang) in not_after):
            keys = keys | _participle_keys(m.group(), cues.lang, cues.present_rules)
        out.append(Word(i, m.start(), m.end(), m.group(), keys))
    return out


@lru_cache(maxsize=50_000)
def _participle_keys(text: str, lang: str, rules: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Dictionary forms of a verb form in context by the language's rules (cues): a participle after an
    auxiliary ('ha denunciado' -> 'denunciar'), a present spelt as its noun before its object
    ('denuncia la' -> 'denunciar'); simplemma leaves such forms as they are or reads the noun."""
    from frontwatch.lang.cues import load

    cues = load(lang)
    low = lower(text, lang).translate(_APOSTROPHES)
    out = set()
    for pattern, repl in rules:
        if re.search(pattern, low):
            regular = re.sub(pattern, repl, low)
            out.update({regular, word_lemma(regular, lang)})
    return frozenset(normalize(f, lang, cues.strip_marks) for f in out if f)


def item_key(item: str, cues: Cues) -> str:
    """A lexicon item in comparison form ('*' kept as the prefix mark, '+' as the verb-stem mark)."""
    mark = item[-1] if item.endswith(("*", "+")) else ""
    base = normalize(item[:-1] if mark else item, cues.lang, cues.strip_marks)
    return base + mark


@lru_cache(maxsize=64)
def _endings(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def verb_form(stem: str, form: str, endings: str) -> bool:
    """Whether `form` is the verb `stem` with a finite inflection of the language (`Cues.verb_endings`).

    Why not a prefix: a stem is also the start of other verbs and nouns derived from it ('anlaş-', to agree:
    'anlaşıldı', it was understood; 'uyar-', to warn: 'uyarınca', under; 'düş-', to fall: 'düşündü', thought),
    while a list of single forms ('öldü', 'öldüler', 'ölmüş') misses the rest of the paradigm. A vowel-final
    stem narrows its vowel before the present ('iste-' → 'istiyor'). Without a pattern the stem is a prefix."""
    rx = _endings(endings)
    if not form.startswith(stem[:-1] if stem else stem):
        return False
    if rx is None:
        return form.startswith(stem)
    if form.startswith(stem) and rx.fullmatch(form[len(stem):]):
        return True
    return stem[-1:] in "aeıioöuü" and form.startswith(stem[:-1]) and \
        re.fullmatch(r"[ıiuü]yor\w*", form[len(stem) - 1:]) is not None


def item_matches(key: str, word: Word, endings: str = "", lang: str = "") -> bool:
    if key.endswith("*"):
        p = key[:-1]
        return any(k.startswith(p) for k in word.keys)
    if key.endswith("+"):
        return verb_form(key[:-1], _surface(word.text, lang), endings) if lang else \
            any(verb_form(key[:-1], k, endings) for k in word.keys)
    return key in word.keys


@lru_cache(maxsize=50_000)
def _surface(text: str, lang: str) -> str:
    """The word as written, in comparison form: a verb stem is matched on it alone, since a lemmatiser's bare stem
    of another verb reads as an inflected form ('düşürüp' → 'düşür', which is 'düş-' with the aorist)."""
    from frontwatch.lang.cues import load

    return normalize(text, lang, load(lang).strip_marks)


_FIRSTS_SLOTS = 50_000  # word forms remembered per list before its memo starts again


class PhraseList:
    """Phrases (space-separated items) matched on words in order, with small gaps between items.

    `values[k]` is what the k-th phrase stands for (a trigger entry, an actor name...)."""

    def __init__(self, phrases: list[str], values: list, cues: Cues, gap: int = 0,
                 wide: list[bool] | None = None, wide_gap: int = 0, blockers: frozenset[str] = frozenset(),
                 tight_last: frozenset[str] = frozenset(), fillers: frozenset[str] = frozenset(),
                 joiners: frozenset[str] = frozenset()) -> None:
        self.cues = cues
        self.gap = gap
        # phrases marked `wide` may take `wide_gap` words between items, none of them a `blocker` (a clause word,
        # another verb): the object's complements standing between a verb-final phrase's noun and its verb
        self.wide = wide or [False] * len(phrases)
        self.wide_gap = max(wide_gap, gap)
        self.blockers = blockers
        # a last item among `tight_last` (a compound verb's light verb) follows the item before it with nothing but
        # `fillers` between, or a second noun coordinated by one of `joiners` (cues `compound_light_verbs`,
        # `compound_fillers`; the resources' `and_words`)
        self.tight_last = tight_last
        self.fillers = fillers
        self.joiners = joiners
        self.items = [tuple(item_key(x, cues) for x in p.split()) for p in phrases]
        self.values = values
        self.endings = cues.verb_endings
        self._exact: dict[str, list[int]] = {}
        self._prefix: list[tuple[str, int]] = []
        self._stems: list[tuple[str, int]] = []
        self._first_memo = BurstMemo(slots=_FIRSTS_SLOTS)  # `_firsts` by (text, keys)
        for k, items in enumerate(self.items):
            if not items:
                continue
            first = items[0]
            if first.endswith("*"):
                self._prefix.append((first[:-1], k))
            elif first.endswith("+"):
                self._stems.append((first[:-1], k))
            else:
                self._exact.setdefault(first, []).append(k)

    def _firsts(self, word: Word) -> tuple[int, ...]:
        """The phrases whose first item `word` matches, read once per word form and keys in each list: a form's
        answer depends on its text and keys alone, and the sentences of a text (and the several readings of one
        sentence: triggers, actors, country words) meet the same forms again (issue 17, perf51)."""
        return self._first_memo.get((word.text, word.keys), None, lambda: tuple(self._firsts_uncached(word)))

    def _firsts_uncached(self, word: Word) -> list[int]:
        """`_firsts` read anew: the exact first items among the word's keys, then the prefixes, then the verb stems."""
        ks = [k for key in word.keys for k in self._exact.get(key, ())]
        ks.extend(k for p, k in self._prefix if any(x.startswith(p) for x in word.keys))
        form = _surface(word.text, self.cues.lang)
        ks.extend(k for p, k in self._stems if verb_form(p, form, self.endings))
        return ks

    def find(self, ws: list[Word]) -> list[tuple[int, int, list[int], object]]:
        """Every match as (first word, last word + 1, matched word indices, value)."""
        out = []
        for i, w in enumerate(ws):
            for k in self._firsts(w):
                got = [i]
                gap = self.wide_gap if self.wide[k] else self.gap
                for key in self.items[k][1:]:
                    last = got[-1]
                    nxt = self._next(key, ws, last, gap)
                    if nxt is None:
                        got = []
                        break
                    got.append(nxt)
                if got and len(got) > 1 and self.items[k][-1] in self.tight_last and not self._shared_light_verb(
                        ws, got[-2], got[-1]):
                    got = []
                if got:
                    out.append((got[0], got[-1] + 1, got, self.values[k]))
        return out

    def _shared_light_verb(self, ws: list[Word], noun: int, verb: int) -> bool:
        """Whether the light verb at `verb` is the compound noun's at `noun`: nothing but `fillers` between them, or a
        second noun coordinated with the first ('کشف و ضبط کرد', found and seized: one light verb for both)."""
        between = [x for x in range(noun + 1, verb) if not ws[x].keys & self.fillers]
        return not between or (len(between) == 2 and between[1] == verb - 1
                               and bool(ws[between[0]].keys & self.joiners))

    def _next(self, key: str, ws: list[Word], last: int, gap: int) -> int | None:
        """The first word after `last`, within the list's gap, that matches `key`; else, in a wide phrase,
        within `gap` words none of which, skipped, is a blocker."""
        for j in words_within((last, last + 1), gap, len(ws), side="after", inclusive=True):
            if j - last > self.gap + 1 and any(ws[x].keys & self.blockers for x in range(last + 1, j)):
                return None
            if item_matches(key, ws[j], self.endings, self.cues.lang):
                return j
        return None


@cache
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def slavic_lemmas(word: str, lang: str) -> tuple[str, ...]:
    """pymorphy3's dictionary forms of a Russian or Ukrainian word (its two likeliest readings).

    Why besides simplemma: simplemma leaves many Ukrainian plurals and oblique cases as they are
    ('обшуки', 'затриманих'), so a lexicon of lemmas missed them; pymorphy3 has the full paradigm."""
    if lang not in ("ru", "uk"):
        return ()
    parses = _morph(lang).parse(word)[:2]
    # a second reading as an imperative is a misreading in news ('вышли' is 'went out', not 'send out!' of
    # 'выслать', an expulsion; 'отошли' is not 'отослать'): only the likeliest reading may be one
    out = [p.normal_form for k, p in enumerate(parses) if k == 0 or "impr" not in p.tag]
    if lang == "uk":
        out.extend(v for p in parses if p.tag.POS == "ADJF" and "pssv" in p.tag
                   for v in uk_participle_verbs(p.normal_form))
    return tuple(dict.fromkeys(out))


# Ukrainian past passive participle endings -> infinitive endings ('обстріляний' -> 'обстріляти').
_UK_PARTICIPLE = (("ований", ("увати",)), ("аний", ("ати",)), ("яний", ("яти",)), ("тий", ("ти",)),
                  ("джений", ("дити",)), ("щений", ("стити", "щити")), ("жений", ("зити", "жити")),
                  ("чений", ("тити", "чити")), ("шений", ("сити", "шити")), ("ений", ("ити",)))
_LABIAL_L = ("бл", "пл", "вл", "мл", "фл")


@lru_cache(maxsize=50_000)
def uk_participle_verbs(participle: str) -> tuple[str, ...]:
    """Infinitives a Ukrainian past passive participle may come from ('обстріляний' -> 'обстріляти',
    'заарештований' -> 'заарештувати', 'захоплений' -> 'захопити', 'вбитий' -> 'вбити').

    Why: pymorphy3's Ukrainian dictionary makes these participles adjectives with their own lemma,
    so 'позиції були обстріляні', 'угода підписана', 'затримані' never met the verb in the lexicon
    (Russian participles are lemmatised to their verb). Candidates for the consonant alternations
    are all given: a key that is no verb matches nothing in a lexicon of verbs."""
    for end, verbs in _UK_PARTICIPLE:
        if participle.endswith(end):
            stem = participle[: -len(end)]
            out = [stem + v for v in verbs]
            if end == "ений" and stem.endswith(_LABIAL_L):  # захоплений -> захопити
                out.append(stem[:-1] + "ити")
            return tuple(out)
    return ()


@lru_cache(maxsize=100_000)
def is_infinitive(word: str, lang: str, pattern: str = "") -> bool:
    """A verb in the infinitive ('обсудить', 'провести', 'atacar', 'saldırmak').

    Russian and Ukrainian ask pymorphy3 (its likeliest reading); other languages match the
    surface against the language's `infinitive` pattern (cues), for verb triggers only."""
    if lang in ("ru", "uk"):
        parses = _morph(lang).parse(word)
        # the Russian dictionary tags the infinitive as a part of speech, the Ukrainian one as a
        # grammeme of VERB ('подати': VERB,perf infn)
        return bool(parses) and (parses[0].tag.POS == "INFN" or "infn" in parses[0].tag.grammemes)
    return bool(pattern) and re.search(pattern, lower(word, lang)) is not None


@lru_cache(maxsize=100_000)
def is_future_verb(word: str, lang: str) -> bool:
    """A Russian or Ukrainian verb in the future tense ('обсудят', 'проведе'): the perfective
    future looks like a present, so only a morphological dictionary (pymorphy3) tells it."""
    if lang not in ("ru", "uk"):
        return False
    # the likeliest reading only: 'встречу' (a meeting, accusative) is also 'I shall meet'
    parses = _morph(lang).parse(word)
    return bool(parses) and "VERB" in parses[0].tag and parses[0].tag.tense == "futr"


def is_future_form(word: str, cues: Cues) -> bool:
    """A verb form in a future tense: the Russian or Ukrainian perfective future by the morphological dictionary
    (`is_future_verb`), or a future ending the language marks on the verb (cues `future_endings`: 'visitará',
    'comenzarán', 'vuracak'). One reading for a trigger and for a verb that governs one ('comenzarán a negociar':
    the talks begin only in the future)."""
    if is_future_verb(word, cues.lang):
        return True
    w = normalize(word, cues.lang, cues.strip_marks)
    return any(w.endswith(x) or (len(x) >= 4 and x in w[2:]) for x in cues.future_endings)


@lru_cache(maxsize=50_000)
def _known(word: str, lang: str) -> bool:
    import simplemma

    try:
        return simplemma.is_known(word, lang=lang)
    except ValueError:
        return False


def is_prefixed_future(word: str, cues: Cues) -> bool:
    """An Arabic future verb of any root: the future prefix سـ (cues `future_prefixes`, which end in the imperfect's
    person letter: 'سي', 'ست', 'وسي') before an imperfect the lemmatiser knows, while the whole word is unknown to
    it ('سيعقد' = 'س' + 'يعقد', 'ستجري', 'وسيلتقي').

    Why the dictionary: many nouns begin with the same letters ('سيارة', 'سنوات', 'سياسة', 'سيطرة', 'سيناء'); they are
    words the lemmatiser knows as they stand, while a prefixed future is not in its list and its imperfect is."""
    if not cues.future_prefixes:
        return False
    w = normalize(word, cues.lang, cues.strip_marks)
    if _known(w, cues.lang):
        return False
    for p in sorted(cues.future_prefixes, key=len, reverse=True):
        p = normalize(p, cues.lang, cues.strip_marks)
        rest = p[-1] + w[len(p):]
        if w.startswith(p) and len(rest) >= 3 and _known(rest, cues.lang):
            return True
    return False


@lru_cache(maxsize=100_000)
def is_past_verb(word: str, lang: str) -> bool:
    """A Russian or Ukrainian past-tense verb or past participle ('обсудили', 'задержан')."""
    if lang not in ("ru", "uk"):
        return False
    for p in _morph(lang).parse(word)[:2]:
        pos, tense = p.tag.POS, p.tag.tense
        if tense == "past" and pos in ("VERB", "PRTS", "PRTF", None):
            return True
        if pos == "PRTS":  # 'задержан': a short past participle
            return True
    return False


@lru_cache(maxsize=50_000)
def is_present_verb(word: str, lang: str) -> bool:
    """A Russian or Ukrainian finite verb in the present tense, by pymorphy3's likeliest reading
    ('поддерживает', 'підтримують'); the counterpart of `is_past_verb`."""
    if lang not in ("ru", "uk"):
        return False
    parse = _morph(lang).parse(word.lower())
    return bool(parse) and parse[0].tag.POS == "VERB" and parse[0].tag.tense == "pres"


@cache
def cue_phrases(lang: str, items: tuple[str, ...]) -> PhraseList:
    """One of a language's cue word lists (a tuple field of its `Cues`) as a PhraseList, built once per list: the
    coders ask for the same lists on every sentence, and building the index is most of the cost of a look-up."""
    return PhraseList(list(items), [True] * len(items), load_cues(lang))
