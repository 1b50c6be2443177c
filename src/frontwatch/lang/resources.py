"""The one loader of the per-language word lists (`data/lang/<code>.toml`, see its README)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from frontwatch.data_files import data_file


@dataclass(frozen=True)
class LangResources:
    code: str
    cased: bool
    ner: str
    preps: dict[str, str]
    type_before: dict[str, str]
    type_after: dict[str, str]
    proclitics: tuple[str, ...]
    suffixes: tuple[tuple[str, str], ...]  # (ending, replacement), longest ending first; an ending may have several
    stop: frozenset[str]
    not_place_after: frozenset[str] = field(default_factory=frozenset)
    not_place_before: frozenset[str] = field(default_factory=frozenset)  # head-final: 'Yunanistan milli takımı'
    country_aliases: dict[str, str] = field(default_factory=dict)  # short name → ISO code
    place_aliases: dict[str, str] = field(default_factory=dict)  # local name → the gazetteer's name
    type_before_in_span: bool = False  # 'مدينة X' is the name in the language's own usage
    type_after_in_span: bool = True  # 'Донецька область'
    initial_names: bool = False  # a sentence's first word that is no everyday word is a name ('Bryan Williams')
    juxtaposed_places: bool = False  # nouns side by side make a compound ('Slovakya Polonya sınırı'): two places
    demonstratives: frozenset[str] = frozenset()  # 'این', 'هذا': the word right after one is a common noun
    type_after_capital_in_span: bool = False  # only a capitalised type word is part of the name ("Faryab Vilayeti")
    latin_script: bool = True  # the language is written in Latin letters
    name_starters: frozenset[str] = frozenset()  # stop words that may open a name ('عين العرب')
    # everyday words that also name a town of the region ('ثورة', revolution: Al-Thawrah; 'صحنه', scene: Sahneh):
    # after 'in' they are the everyday word even in that town's country (`lang.geoparse.theatre_towns`)
    everyday_towns: frozenset[str] = frozenset()
    # articles that make a town's name a sports club's ('el Elche', 'del Valencia'): towns take no article
    club_articles: frozenset[str] = frozenset()
    heads_names: bool = True  # a place before a capitalised word may open a longer name ('Charles Goodhart')
    connectors: frozenset[str] = frozenset()
    street_before: frozenset[str] = frozenset()  # 'вулиці', 'οδό': a street's name follows (`lang.unlisted`)
    branch_preps: frozenset[str] = frozenset()  # '<body> у <region>' names a regional branch
    body_heads: frozenset[str] = frozenset()  # 'управління', 'служба': head words of a body's name
    body_lemmas: frozenset[str] = frozenset()  # 'суд', 'міністерство': a place closing such a body's name is not a toponym
    region_modifiers: frozenset[str] = frozenset()  # 'Βόρεια', 'Західна': part of a region's name before a place
    genitive_endings: tuple[str, ...] = ()  # a genitive place does not head the name after it
    genitive_articles: frozenset[str] = frozenset()  # 'της', 'του': the article before a genitive
    phonetic: bool = False  # match large foreign places by sound (`lang.phonetic`; Greek)
    arabic_article: bool = False  # try 'ال' + a word: Arab places the language writes without it
    # Arab names' endings the language writes shortened, each with the full Arabic ending to try (fa 'ا' → 'اء':
    # 'صنعا' for GeoNames' 'صنعاء', 'سامرا' for 'سامراء'); asked after the written form
    arabic_endings: tuple[tuple[str, str], ...] = ()
    demonym_suffixes: tuple[str, ...] = ()  # 'İsviçreli': the place + this suffix names its people
    # '-(s)I' of a compound's head ('Havalimanı', 'Yolu'): such a noun closes the name before it (`lang.possessive`)
    compound_head_endings: tuple[str, ...] = ()
    apostrophe_suffixes: bool = False  # a name's suffixes follow an apostrophe ("Ankara'da"), a common noun's not
    # 'رئیس جمهوری', 'نخست وزیر': a place right after one is the territory its holder leads (`lang.toponyms`)
    leader_titles: tuple[str, ...] = ()
    leader_title_modifiers: frozenset[str] = frozenset()  # 'منتخب' (elect) between such a title and the place
    # (`lang.person_marks`) titles written after a person's name ('Paşa', 'Bey'; also stop words), the genitive suffixes
    # of a possessor ("'nın"), the kinship nouns it may possess ('oğlu', stems) and the words allowed between ('ilk')
    titles_after_names: frozenset[str] = frozenset()
    possessor_suffixes: tuple[str, ...] = ()
    kin_nouns: tuple[str, ...] = ()
    kin_modifiers: frozenset[str] = frozenset()
    person_predicates: frozenset[str] = frozenset()  # 'doğumlu' (born in), 'yaşında' (aged): only a person's
    club_words: tuple[str, ...] = ()  # 'transfer*', 'oyuncu': a sentence about a club (`lang.club_moves`)
    club_cases: tuple[str, ...] = ()  # "'dan", "'a": the cases of the club a player leaves or joins
    loan_language: str = ""  # 'en': its everyday words and names quoted untranslated need a large place (`lang.loan_words`)
    collective_suffixes: tuple[str, ...] = ()  # 'Moğollar': a capitalised plural is a people, not part of a name
    person_titles: frozenset[str] = frozenset()  # 'Bakanı', 'Başbakan': the capitalised words after one are a person
    person_verbs: tuple[str, ...] = ()  # 'doğ', 'vefat et': stems whose subject is a person (`lang.person_subjects`)
    verb_tenses: tuple[str, ...] = ()  # finite tense endings after a verb stem ('dı', 'ıyor', 'acak')
    verb_negations: tuple[str, ...] = ()  # the negation between stem and tense ('ma', 'me', 'm')
    verb_aorists: frozenset[str] = frozenset()  # tense endings the negation above never precedes ('demir' is no verb)
    verb_tails: frozenset[str] = frozenset()  # what may follow the tense: a copula or the plural ('du', 'lar')
    road_code: str = ""  # a regular expression for national road numbers ('М-15')
    capital_type_is_body: bool = False  # 'Δήμος X' capitalised is the municipality's authority
    adjective_places: frozenset[str] = frozenset()  # 'родовищі', 'гаєм': a place named by the adjective before
    and_words: frozenset[str] = frozenset()  # 'і', 'та', 'και': join the items of a list of names
    romanize_countries: tuple[str, ...] = ()
    directions: dict[str, str] = field(default_factory=dict)  # compass word ('sur', 'юг*') -> bearing ('S')
    direction_gap: frozenset[str] = frozenset()  # words between the compass word and the place ('del')
    directions_after: bool = False  # the compass word follows the place (Turkish "Lübnan'ın güneyinde")
    country_nouns: frozenset[str] = frozenset()  # 'the country' ('страны', 'país'): its part is the named country's
    part_words: frozenset[str] = frozenset()  # 'part' between a compass word and 'the country' ('τμήμα')
    # words of a sports match ('ματς', 'γκολ*'): in a sentence with one a country in the nominative or accusative
    # names its national team (`lang.team_names`); against_words ('κόντρα') make the preposition after them 'against'
    match_words: tuple[str, ...] = ()
    against_words: frozenset[str] = frozenset()
    # a language that marks no case on names (Spanish) names a team only after one of these words, directly or
    # through one preposition ('ante Paraguay', 'seleccionador de Bolivia'; a trailing * is a prefix)
    team_heads: tuple[str, ...] = ()
    # words for a disease or a virus ('хвороб*', 'ιός'): a place right after one names the disease (`lang.eponyms`)
    disease_heads: tuple[str, ...] = ()
    # 'ο': a name after this article without one of masculine_endings ('ς') is a man's (`lang.article_gender`)
    masculine_articles: frozenset[str] = frozenset()
    masculine_endings: tuple[str, ...] = ()
    # Arabic nisba adjectives: a name with one of nisba_endings ('ية') right after a noun with one of
    # feminine_endings ('ة', 'ات') is the adjective agreeing with it ('التوجهات السعودية'; `lang.nisba`)
    nisba_endings: tuple[str, ...] = ()
    feminine_endings: tuple[str, ...] = ()
    # a country as the bare subject of a finite verb is its state (`lang.state_subjects`): words that open the
    # clause before it ('que', 'donde'), words between it and its verb ('no', 'hoy'), the lemma endings of a verb's
    # infinitive, a word's non-finite endings (infinitive, gerund, participle), and auxiliaries ('ser', 'haber')
    subject_openers: frozenset[str] = frozenset()
    subject_gap: frozenset[str] = frozenset()
    verb_infinitive_endings: tuple[str, ...] = ()
    verb_nonfinite_endings: tuple[str, ...] = ()
    auxiliaries: frozenset[str] = frozenset()
    # articles a list's later items repeat without the preposition fused into the first one's ('στη Βαρκελώνη, τη
    # Μαδρίτη'): such an item takes the first item's preposition (`lang.toponyms._shared_prep`)
    list_articles: frozenset[str] = frozenset()
    dedications: frozenset[str] = frozenset()  # 'ім.', 'імені' (named after) before a person's name in a street's (`lang.unlisted`)
    sister_spelling: tuple[tuple[str, str], ...] = ()  # letters → a sister language's (`lang.sister`)
    case_preps: tuple[tuple[str, str], ...] = ()  # a case suffix on the name that acts as a preposition ("'da" → in)
    sister_lang: str = ""  # that sister language's code (its country names are tried too)
    # nouns that take a proper name right after them ('партія', 'diario', 'جريدة'), or right before them (Turkish
    # 'gazetesi'): the quoted or capitalised name there is no act and no event place (`lang.name_spans`)
    name_heads: tuple[str, ...] = ()
    name_tails: tuple[str, ...] = ()
    seat_heads: tuple[str, ...] = ()  # 'Policía', 'Прокуратура': a public body named after its town (`lang.event_name_places`)
    # a town's relational adjective, dictionary-form ending -> the name's ('ский' -> ''): `lang.city_adjectives`
    city_adjectives: tuple[tuple[str, str], ...] = ()
    event_name_heads: tuple[str, ...] = ()  # 'antlaşma', 'kuşatma': a named event's head after its place (`lang.event_name_places`)
    romanize: tuple[tuple[str, str], ...] = ()  # script → Latin as GeoNames romanises, longest first  # words inside a name ('de', 'της'): 'Atlético de Madrid'


def _with_case_suffixes(type_after: dict[str, str], suffixes: dict) -> dict[str, str]:
    """Type words after a name also with the case suffixes written after an apostrophe: a Turkish type word
    that is part of the name takes the name's apostrophe ("California Eyaleti'nde", "Faryab Vilayeti'ne").
    Written without the apostrophe, a lower-case type word in its possessive form ('kenti', 'köyü': its city,
    its village) takes the endings that begin with the pronominal n straight after its vowel ('Herson kentini',
    'kentine', 'köyünden'): only the forms the word list names were known, so 'Herson kentini vurdu' lost its
    city reading and the province was chosen."""
    marks = [end.casefold() for end in suffixes if end.startswith(("'", "’"))]
    glued = [end[1:] for end in marks if end[1:2] == "n"] + ["n" + end[1:] for end in marks
                                                            if end[1:] in ("ı", "i", "u", "ü")]
    out = dict(type_after)
    for word, kind in type_after.items():
        for end in marks:
            out.setdefault(word + end, kind)
        if word[-1:] in ("ı", "i", "u", "ü"):
            for end in glued:
                out.setdefault(word + end, kind)
    return out


@lru_cache(maxsize=16)
def load(code: str) -> LangResources:
    """The word lists of one language; KeyError for a language without a file."""
    path = data_file("lang", f"{code}.toml")
    if not path.is_file():
        raise KeyError(f"no word lists for language {code!r}")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    low = lambda d: {k.casefold(): v for k, v in d.items()}  # noqa: E731
    return LangResources(
        code=code,
        cased=bool(raw.get("cased", True)),
        ner=str(raw.get("ner", "")),
        preps=low(raw.get("preps", {})),
        type_before=low(raw.get("type_before", {})),
        type_after=_with_case_suffixes(low(raw.get("type_after", {})), raw.get("suffixes", {})),
        proclitics=tuple(raw.get("proclitics", [])),
        suffixes=tuple(sorted(((end, r) for end, repl in raw.get("suffixes", {}).items()
                               for r in ([repl] if isinstance(repl, str) else repl)), key=lambda kv: -len(kv[0]))),
        stop=frozenset(w.casefold() for w in (*raw.get("stop", []), *raw.get("titles_after_names", []))),
        everyday_towns=frozenset(w.casefold() for w in raw.get("everyday_towns", [])),
        club_articles=frozenset(raw.get("club_articles", [])),
        not_place_after=frozenset(w.casefold() for w in raw.get("not_place_after", [])),
        not_place_before=frozenset(w.casefold() for w in raw.get("not_place_before", [])),
        country_aliases=dict(raw.get("country_aliases", {})),
        place_aliases=dict(raw.get("place_aliases", {})),
        type_before_in_span=bool(raw.get("type_before_in_span", False)),
        type_after_in_span=bool(raw.get("type_after_in_span", True)),
        type_after_capital_in_span=bool(raw.get("type_after_capital_in_span", False)),
        demonstratives=frozenset(w.casefold() for w in raw.get("demonstratives", [])),
        juxtaposed_places=bool(raw.get("juxtaposed_places", False)),
        initial_names=bool(raw.get("initial_names", False)),
        romanize_countries=tuple(raw.get("romanize_countries", [])),
        romanize=tuple(sorted(raw.get("romanize", {}).items(), key=lambda kv: -len(kv[0]))),
        sister_spelling=tuple(sorted(raw.get("sister_spelling", {}).items(), key=lambda kv: -len(kv[0]))),
        sister_lang=str(raw.get("sister_lang", "")),
        case_preps=tuple(sorted(raw.get("case_preps", {}).items(), key=lambda kv: -len(kv[0]))),
        latin_script=bool(raw.get("latin_script", True)),
        name_starters=frozenset(w.casefold() for w in raw.get("name_starters", [])),
        heads_names=bool(raw.get("heads_names", True)),
        connectors=frozenset(w.casefold() for w in raw.get("connectors", [])),
        and_words=frozenset(w.casefold() for w in raw.get("and_words", [])),
        adjective_places=frozenset(w.casefold() for w in raw.get("adjective_places", [])),
        capital_type_is_body=bool(raw.get("capital_type_is_body", False)),
        road_code=str(raw.get("road_code", "")),
        demonym_suffixes=tuple(raw.get("demonym_suffixes", [])),
        apostrophe_suffixes=bool(raw.get("apostrophe_suffixes", False)),
        loan_language=str(raw.get("loan_language", "")),
        club_words=tuple(w.casefold() for w in raw.get("club_words", [])),
        person_predicates=frozenset(w.casefold() for w in raw.get("person_predicates", [])),
        club_cases=tuple(raw.get("club_cases", [])),
        titles_after_names=frozenset(w.casefold() for w in raw.get("titles_after_names", [])),
        possessor_suffixes=tuple(w.casefold() for w in raw.get("possessor_suffixes", [])),
        kin_nouns=tuple(w.casefold() for w in raw.get("kin_nouns", [])),
        kin_modifiers=frozenset(w.casefold() for w in raw.get("kin_modifiers", [])),
        leader_titles=tuple(w.casefold() for w in raw.get("leader_titles", [])),
        leader_title_modifiers=frozenset(w.casefold() for w in raw.get("leader_title_modifiers", [])),
        collective_suffixes=tuple(w.casefold() for w in raw.get("collective_suffixes", [])),
        compound_head_endings=tuple(w.casefold() for w in raw.get("compound_head_endings", [])),
        person_titles=frozenset(w.casefold() for w in raw.get("person_titles", [])),
        person_verbs=tuple(w.casefold() for w in raw.get("person_verbs", [])),
        verb_tenses=tuple(sorted(raw.get("verb_tenses", []), key=len, reverse=True)),
        verb_negations=tuple(raw.get("verb_negations", [])),
        verb_tails=frozenset(raw.get("verb_tails", [])),
        verb_aorists=frozenset(raw.get("verb_aorists", [])),
        event_name_heads=tuple(raw.get("event_name_heads", [])),
        seat_heads=tuple(raw.get("seat_heads", [])),
        name_heads=tuple(raw.get("name_heads", [])),
        name_tails=tuple(raw.get("name_tails", [])),
        city_adjectives=tuple((str(a), str(b)) for a, b in raw.get("city_adjectives", [])),
        arabic_article=bool(raw.get("arabic_article", False)),
        arabic_endings=tuple(raw.get("arabic_endings", {}).items()),
        phonetic=bool(raw.get("phonetic", False)),
        genitive_articles=frozenset(w.casefold() for w in raw.get("genitive_articles", [])),
        genitive_endings=tuple(w.casefold() for w in raw.get("genitive_endings", [])),
        region_modifiers=frozenset(w.casefold() for w in raw.get("region_modifiers", [])),
        branch_preps=frozenset(w.casefold() for w in raw.get("branch_preps", [])),
        body_heads=frozenset(w.casefold() for w in raw.get("body_heads", [])),
        body_lemmas=frozenset(w.casefold() for w in raw.get("body_lemmas", [])),
        street_before=frozenset(w.casefold() for w in raw.get("street_before", [])),
        directions={str(k).casefold(): str(v) for k, v in raw.get("directions", {}).items()},
        direction_gap=frozenset(w.casefold() for w in raw.get("direction_gap", [])),
        directions_after=bool(raw.get("directions_after", False)),
        country_nouns=frozenset(w.casefold() for w in raw.get("country_nouns", [])),
        part_words=frozenset(w.casefold() for w in raw.get("part_words", [])),
        match_words=tuple(raw.get("match_words", [])),
        against_words=frozenset(w.casefold() for w in raw.get("against_words", [])),
        team_heads=tuple(raw.get("team_heads", [])),
        disease_heads=tuple(raw.get("disease_heads", [])),
        masculine_articles=frozenset(w.casefold() for w in raw.get("masculine_articles", [])),
        masculine_endings=tuple(w.casefold() for w in raw.get("masculine_endings", [])),
        list_articles=frozenset(w.casefold() for w in raw.get("list_articles", [])),
        dedications=frozenset(w.casefold() for w in raw.get("dedications", [])),
        nisba_endings=tuple(raw.get("nisba_endings", [])),
        feminine_endings=tuple(raw.get("feminine_endings", [])),
        subject_openers=frozenset(w.casefold() for w in raw.get("subject_openers", [])),
        subject_gap=frozenset(w.casefold() for w in raw.get("subject_gap", [])),
        verb_infinitive_endings=tuple(raw.get("verb_infinitive_endings", [])),
        verb_nonfinite_endings=tuple(raw.get("verb_nonfinite_endings", [])),
        auxiliaries=frozenset(w.casefold() for w in raw.get("auxiliaries", [])),
    )
