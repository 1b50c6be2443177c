"""Per-language cue words for event coding, read from data/lang/cues_<lang>.toml.

Why data and not code: the grammar words that tell who said something ("заявил",
"σύμφωνα με"), that negate or hedge an event, that date it ("أمس", "dün") and that name
the usual actors ("армия", "المتظاهرين") are word lists that a speaker of the language
should be able to extend without reading Python. One loader, one record per language.

Every word list is matched on the same normalised keys as the trigger lexicon
(`event_tokens.keys_of`): lemma or surface form, lower case, with a trailing `*` meaning
a prefix ("bombala*" matches every Turkish case and tense form).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache

from frontwatch.data_files import data_text

SUPPORTED = ("ar", "ru", "uk", "el", "es", "tr", "fa", "fr")


class UnsupportedLanguage(ValueError):
    pass


@dataclass(frozen=True)
class VerbNouns:
    """One internal type of a `[verb_nouns.<class>]` table of cues_<lang>.toml (lang/verb_nouns.py)."""
    verbs: tuple[str, ...]
    type: str
    nouns: tuple[str, ...]
    strength: float
    noun_first: bool = False  # the noun stands before its verb ('desteğini dile getirdi')
    both_orders: bool = False  # the noun stands on either side ('liberaron a los rehenes', 'los rehenes fueron liberados')
    # items of `verbs` that are verbal nouns ('الإفراج عن', the release of): their pairs are noun phrases, so a demand or
    # a call before them governs them as its topic ('طالبت بالإفراج عن المعتقلين'), as it does a noun trigger
    noun_heads: tuple[str, ...] = ()
    # (mlC55) the noun must be the verb's own object (lang/guest_objects.py): 'принял в Сочи премьер-министра' receives
    # a guest, 'принял отставку министра' and 'приняла закон, предложенный президентом' do not
    direct_object: bool = False


@dataclass(frozen=True)
class Cues:
    """The cue lists of one language (see data/lang/cues_<lang>.toml for what each means)."""

    lang: str
    prefixes: tuple[str, ...] = ()  # clitics stripped from the front of a word (Arabic و ب ل ال)
    last_prefixes: tuple[str, ...] = ()  # prefixes after which no other is stripped (the Arabic article)
    # (mlT47) whole words that begin with a prefix's letter and are no prefix + stem (the name 'نزار' is no 'we visit')
    unstripped: tuple[str, ...] = ()
    # (mlA52) stems whose first letter is no clitic in any form, once a conjunction is off: the verb 'بحث' (discussed;
    # 'وبحثا', 'بحثت') is no 'ب' + 'حث' (urged). `conjunction_prefixes` are still stripped before them
    unstripped_stems: tuple[str, ...] = ()
    conjunction_prefixes: tuple[str, ...] = ()
    # (mlA50) what may follow a ZWNJ to make a people noun of the part before ('بازداشت‌شدگان', detainees): that part is
    # then no key of its own (event_tokens._keys)
    undergoer_endings: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()  # clitics or plural endings stripped from the end (Persian ها)
    # a stem's last letter that a suffix changed, back to its free form (Arabic 'زيارته' → 'زيارت' → 'زيارة')
    bound_endings: tuple[tuple[str, str], ...] = ()
    # suffixes that leave a longer stem than the usual two letters (the Arabic accusative alef: 'هجوما' → 'هجوم',
    # but 'بايدا' is no 'أيد'): suffix → the shortest stem it may leave
    suffix_min_stem: tuple[tuple[str, int], ...] = ()
    # (mlT47) the perfect's prefix of the derived verbs whose imperfect drops it (Arabic 'ا': أعدم/يعدم, انفجر/ينفجر,
    # اعتقل/يعتقل, استولى/يستولي): a stem left by an imperfect person prefix (`imperfect_prefixes`) also gives that
    # perfect as a key, so a lexicon row in the 3ms past meets the whole imperfect (and the passive يُعدم)
    imperfect_perfect: str = ""
    # perfects (comparison form) not so derived: the unvowelled form IV imperfect is also the everyday form I verb
    # of the same root ('يسقط' falls, not shoots down; 'يضرب' hits, not goes on strike)
    imperfect_perfect_not: tuple[str, ...] = ()
    # the long vowel of a hollow verb's imperfect and its perfect ('يدين'/'أدان', 'يشيد'/'أشاد': ي → ا), for a
    # four-letter perfect so derived
    hollow_vowels: tuple[tuple[str, str], ...] = ()
    # (mlT47) a defective verb's final letter that a person suffix replaces ('استولى' → 'استولوا', 'استولت',
    # 'يستولون'): after one of `weak_final_suffixes`, a stem of `weak_final_min_stem` letters or more also takes it back
    weak_final: str = ""
    weak_final_suffixes: tuple[str, ...] = ()
    weak_final_min_stem: int = 4
    # regular inflections the lemmatiser leaves as they are, each (regex on the lower-case word, replacement):
    # the replaced form is a key too ('retirarse' -> 'retirar', 'acordada' -> 'acordar'; lang/event_tokens.py)
    lemma_rules: tuple[tuple[str, str], ...] = ()
    # a verb's other dictionary forms, each (regex on a key in comparison form, replacement): the lemmatiser gives one
    # verb several ('ζήτησε' -> 'ζητώ', 'ζήτησαν' -> 'ζητάω'; 'συνελήφθη' -> 'συλλαμβάνω', 'συνελήφθησαν' ->
    # 'συλλαμβάνομαι'), so a lexicon row in one of them met only some forms (lang/event_tokens.py)
    lemma_variants: tuple[tuple[str, str], ...] = ()
    # the same for a participle after an auxiliary ('ha denunciado', 'fueron liberados'): alone, many participles
    # are nouns of their own ('atentado', 'pedido', 'condenado'), so the rules apply only after one
    participle_rules: tuple[tuple[str, str], ...] = ()
    auxiliaries: tuple[str, ...] = ()
    # a present-tense verb spelt as its noun ('denuncia', 'condena', 'critica'): the rules give the verb's
    # form when the next word opens its object ('denuncia la carencia') and the word before is no
    # determiner or preposition ('la denuncia de', 'tras la condena')
    present_rules: tuple[tuple[str, str], ...] = ()
    present_next: tuple[str, ...] = ()
    present_not_after: tuple[str, ...] = ()
    # the finite inflection of a verb after its stem, as a regex (Turkish: negation, tense or participle, then
    # person, plural, copula or case): a lexicon item ending in '+' is such a stem ('anlaş+' = 'anlaştılar',
    # 'anlaşmıştır', never the other verb 'anlaşıldı', it was understood); `event_tokens.item_matches`
    verb_endings: str = ""
    caps_accents: bool = False  # headlines in capitals drop the accents ('LIBERACION'): restore one the lemmatiser knows
    strip_marks: bool = False  # compare without accents / short vowels (Greek, Arabic, Persian)
    reporting: tuple[str, ...] = ()  # verbs of saying: "заявить", "قال"
    according: tuple[str, ...] = ()  # phrases naming a source: "по данным", "σύμφωνα με"
    # (mlA55) words that open the reported clause ('أن', 'إن', 'که'): a speaker is named before them, never after, so a
    # source's window stops there; where a comma does not set the clause off ('أفادت مصادر أن مسلحين قتلوا'), the
    # reported clause's subject would otherwise be taken for the speaker and lose its act (events._window)
    content_openers: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()  # verbs of denial: the reported event is denied
    claim: tuple[str, ...] = ()  # verbs of (contested) claim
    negation: tuple[str, ...] = ()  # negators before the trigger
    # phrases whose negator negates nothing: 'не только ... но и', 'no sólo', 'όχι μόνο' (not only X but Y: X is told),
    # 'тем не менее' (nevertheless)
    not_negation: tuple[str, ...] = ()
    negative_verb: str = ""  # regex on what follows a stem item in the verb ('saldır|madı'): a negated verb
    generic_verb: str = ""  # regex on what follows a stem item: a habit or a condition ('tutukla|nır', 'saldır|ırsa')
    # stems of the light verbs that follow a noun in a complex predicate ('saldırı düzenle-', 'gözaltına al-'): their
    # suffixes are the noun trigger's (lang/light_verbs.py)
    light_verbs: tuple[str, ...] = ()
    # (mlC50) the noun half of a compound verb that may stand between a noun trigger and its light verb ('olağanüstü hal
    # ilan edeceği', 'ateşkes ilan etti': declare): the light verb after it still carries the trigger's tense
    light_verb_nouns: tuple[str, ...] = ()
    negation_window: int = 3
    # (mlJ44) a zero determiner ('жодних', 'никаких', 'ningún') negates the noun right after it, and nothing further:
    # 'жодних обстрілів не зафіксовано' tells none; 'без жодних попереджень обстріляли' (without any warning) tells one
    zero_determiners: tuple[str, ...] = ()
    zero_construct: bool = False  # (mlA50) a zero determiner's construct head passes it on to its genitive (ar)
    # (mlP46) 'any' words that are a zero determiner under a negation ('لم تسجل أي اشتباكات', no clashes were recorded):
    # alone they also ask or choose ('أي هجوم', which attack), so only with a negator within `negation_window` before
    negated_any: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()  # future, intention, plan words before the trigger
    failed: tuple[str, ...] = ()  # 'сорваться', 'fracasar': right after a noun trigger, the act did not take place
    future_endings: tuple[str, ...] = ()  # verb endings of the future tense (Spanish -rá, Turkish -acak)
    # [mood] (lang/mood.py): a verb trigger in the conditional or the subjunctive is not told as having happened
    conditional_endings: tuple[str, ...] = ()  # 'atacaría', 'retirarían': any verb class
    # endings of the subjunctive by the class of the verb's dictionary form (its last letters: 'ar' -> 'condene')
    subjunctive_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subjunctive_not: tuple[str, ...] = ()  # endings that look so but are other forms (participles 'detenida')
    # conjunctions that put the verb of their clause in the subjunctive ('чтобы', 'щоб', 'якби')
    subjunctive_openers: tuple[str, ...] = ()
    mood_particles: tuple[str, ...] = ()  # a particle right after the verb makes it conditional ('атаковала бы')
    # Greek perfective non-past ('συμφωνήσει', 'υπογραφεί'): only after θα / να / αν / όταν, or in the perfect after
    # its auxiliary ('έχει ζητήσει'); without an auxiliary before it the act is future or subjunctive
    dependent_endings: tuple[str, ...] = ()
    # (mlO45) a particle of possibility right before the imperfect ('قد يهاجم': may attack), the imperfect told by a
    # person prefix (lang/mood.py)
    potential_particles: tuple[str, ...] = ()
    imperfect_prefixes: tuple[str, ...] = ()
    perfect_auxiliaries: tuple[str, ...] = ()
    # conjunctions after which a subjunctive tells a fact ('después de que la policía detuviera'): no mood reading
    factual_openers: tuple[str, ...] = ()
    future_particles: tuple[str, ...] = ()  # a word of its own that makes the next verb future (Greek 'θα')
    future_prefixes: tuple[str, ...] = ()  # verb beginnings of the future tense (Arabic سـ + the imperfect)
    past_verb: str = ""  # regex on a lower-case word: a past-tense verb; with none in the sentence a political noun is no event
    infinitive: str = ""  # regex on a verb's surface: the infinitive ('atacar', 'saldırmak'); ru/uk use pymorphy3
    infinitive_marker: tuple[str, ...] = ()  # particles that make a verb a complement ('να', 'أن')
    # (mlA54) the marker governs only a verb right after it, past a negator: a noun between is a reported clause's subject
    marker_then_verb: bool = False
    travel: tuple[str, ...] = ()  # 'flew to', 'travelled to': a meeting infinitive after one in the past is the visit made
    phase: tuple[str, ...] = ()  # 'began', 'continued': an infinitive right after one is a happening
    # words from an infinitive to a phase verb after it that still governs it: Russian and Ukrainian put the
    # object and a dative between ('договориться с Афинами еврочиновникам удалось'); Spanish phases come first
    phase_after_window: int = 2
    # (mlC48) a motion granted ('суд задовольнив клопотання'): an infinitive act a motion asked for, with one of these
    # after it in the sentence, is the court's order, done (lang/event_scope.infinitive_triggers)
    granted: tuple[str, ...] = ()
    hypothetical: tuple[str, ...] = ()  # condition and possibility: no event is reported
    # belief, doubt, estimate, expectation, hope ('يبدو أن', 'اعتقاد بر این است', 'bence', 'считает, что',
    # 'creen que'): what the cue governs is the speaker's stance, not a report (lang/stance.py, guideline §3)
    stance: tuple[str, ...] = ()
    # characters that end what a stance or recall cue governs when they lie between two words (lang/stance.reach)
    stance_stops: str = ":;!?|/؛؟\n"
    because: tuple[str, ...] = ()  # 'dado que', 'поскольку': the reason after them is given as fact, out of the opinion
    question_marks: tuple[str, ...] = ("?",)  # a trigger in a clause so ending is asked about (lang/questions.py)
    history: tuple[str, ...] = ()  # "years ago", "since 2011": background
    # (mlB50) comparatives that make a habit phrase before them a degree ('cada día más grave', increasingly): no habit
    # (lang/event_dates.find_dates)
    degree_words: tuple[str, ...] = ()
    bracket_years: bool = False  # an event's name with a bare year in brackets is a past one recalled (lang/bracket_years.py)
    # with no publication date, an act dated by a year after a preposition ('в 2009 году', 'en 1995') is background:
    # news dates the day's happenings by the day ('вчера', 'el martes', '13 июня'), the past by its year (events._past_years)
    undated_years_past: bool = False
    # (mlA48) where the year's own cue is a noun ('عام 1982', the year 1982), the words that must open the phrase for
    # `undated_years_past` ('في عام 1982', in the year 1982): a clause dated so; a bare 'عام (1994)' closing an archive
    # caption dates the document, not a happening told (events._past_years)
    undated_year_openers: tuple[str, ...] = ()
    # (mlB50) where the year's cue is an article that also follows a word of bound ('μέχρι το 2030', until 2030; 'από το
    # 2015', since 2015), those words: a year after them is a deadline or the start of a course, not the clause's date,
    # so it makes no act background under `undated_years_past` (events._past_years)
    undated_year_bounds: tuple[str, ...] = ()
    undated_year_plain: bool = False  # (mlA54) a year right after the year word, unbracketed, needs no opener
    # (mlB55) words that join a month or a part of a year to its year, which Greek writes in the genitive with its
    # article ('τον Ιούλιο του 2017', 'στα τέλη του 2011'; lang/event_dates._absolute)
    year_links: tuple[str, ...] = ()
    # (mlB55) parts of a year that, joined to a year, date a clause as a month does ('στα τέλη του 2011', at the end of
    # 2011; 'το καλοκαίρι του 2015'); alone they are other words ('μέσα', inside)
    year_parts: tuple[str, ...] = ()
    # (mlB55) with no publication date, a month or a part of a year with its year and no day ('τον Ιούλιο του 2017')
    # dates the past as a bare year does: news dates the day's happenings by the day (events._past_years)
    undated_month_years_past: bool = False
    # verbs of recalling ('напомнил', 'recordó', 'θύμισε'): what follows them in the sentence is background,
    # told to remind, not the news (whatever its date; the set carries no publication date to date it)
    recall: tuple[str, ...] = ()
    # (mlB52) the calendar's own era offset for a year of another era: Persian news dates by the Solar Hijri year
    # ('در سال ۱۳۶۱', in 1982), 621 years behind the Common Era; 0: every year is of the Common Era
    year_era_offset: int = 0
    year_before: tuple[str, ...] = ()  # words before a bare year that make it a date ('в 2009', 'en 1978')
    year_after: tuple[str, ...] = ()  # words after one that do ('2009 году', '2016 року')
    relative_days: dict[str, int] = field(default_factory=dict)  # "вчера" = -1
    last_week: tuple[str, ...] = ()  # phrases meaning last week
    weekdays: tuple[tuple[str, ...], ...] = ()  # Monday..Sunday, each a tuple of forms
    # a named day with no verb of a past tense in the sentence is a coming day: Greek news tells a plan in the
    # present ('τη Δευτέρα επισκέπτεται', 'προχωρούν την Τρίτη'); `past_form` is a regex on a lower-case word
    # without accents that may be such a verb (broad on purpose: a false match only keeps the event)
    coming_days: tuple[str, ...] = ()
    past_form: str = ""
    locative: tuple[str, ...] = ()  # prepositions/postpositions/suffixes that introduce a place
    locative_suffixes: tuple[str, ...] = ()  # case endings of place (Turkish -de/-da)
    # clitics that make a place the addressee's or the owner's ('للضفة الغربية': to/of the West Bank): a statement
    # is not made there (lang/events.py)
    dative_prefixes: tuple[str, ...] = ()
    # genitive case endings after an apostrophe ("'nin", "'in"): a name so marked owns what follows, as the taker of a
    # territory ("Birleşik Devletler'in ... ele geçirmesi"), not a place taken (lang/events.py)
    genitive_suffixes: tuple[str, ...] = ()
    killed: tuple[str, ...] = ()  # words of death, for fatality counts
    numbers: dict[str, int] = field(default_factory=dict)  # number words
    actors: dict[str, str] = field(default_factory=dict)  # phrase -> actor name or {country} template
    countries: dict[str, str] = field(default_factory=dict)  # country names and adjectives -> ISO2
    aerial: tuple[str, ...] = ()  # means that make a strike an air strike ('طائرات', 'drone')
    caseless: bool = False  # the script has no capitals: a source is the words after the cue
    capital_names: bool = False  # a capitalised trigger inside a sentence is part of a name (lang/trigger_names.py)
    # only a capitalised VERB trigger is (lang/trigger_names.py): languages whose named events are title-cased nouns
    # ('Lozan Antlaşması') but whose verbs are capitalised inside a sentence only in a title ('Sıkıysa Yakala')
    capital_verbs: bool = False
    # [scope] (lang/trigger_scope.py): words that make a noun trigger no happening of its own
    heads: tuple[str, ...] = ()  # a noun right after one modifies it ('minutes of a meeting', 'at the time of')
    tails: tuple[str, ...] = ()  # a noun right before one is another thing ('حملات سایبری': cyber attacks)
    # (mlA53) a head that opens a compound verb's frame when the frame's closing word follows the noun ('مورد حمله ...
    # قرار گرفت', was attacked; 'مورد انتقاد قرار داد', criticised): (opener, closer) pairs, lang/trigger_scope.headed_nouns
    compound_frames: tuple[tuple[str, str], ...] = ()
    # fixed expressions of the language whose words are never a trigger ('puesta en marcha' is no march,
    # 'под ударом' no strike, 'κατέρριψε ρεκόρ' no downing): lang/triggers.find_triggers drops triggers inside them
    idioms: tuple[str, ...] = ()
    clitic_heads: tuple[str, ...] = ()  # prepositions glued to a word ('ب', 'ل'): 'بدعم' = with the support of
    clitic_types: tuple[str, ...] = ()  # internal types whose trigger so prefixed names an adjunct, not an act
    modal_end: str = ""  # regex on a verb-final clause's last word: ability, necessity, condition ('kurabilir')
    # regex on a verb-final clause's last word: a verb of belief, hope or expectation ('düşünüyor', 'inanılıyor'), whose
    # content stands before it; read as the stance cues are (blame and speech in it stay the speaker's act)
    stance_end: str = ""
    # a verb-final sentence ending in a verb of origin ('kaynaklanıyordu', stemmed from) explains the acts it names:
    # analysis (lang/trigger_scope.explained_nouns)
    cause_end: str = ""
    clitic_verbs: tuple[str, ...] = ()  # verbs whose object takes that preposition ('قام ب', 'بدأ ب'): the act is told
    verbs_told: tuple[str, ...] = ()  # light verbs that tell a happening (past: 'کرد', 'شد')
    verbs_untold: tuple[str, ...] = ()  # light verbs that do not (present, future, subjunctive, 'is')
    performative: tuple[str, ...] = ()  # first person present light verbs: a speech act said so is done ('می‌کنم')
    needs_verb: tuple[str, ...] = ()  # internal types whose noun with no light verb in its clause names a thing, no act
    clause_words: tuple[str, ...] = ()  # words that open another clause ('که'): a light verb after them is not the noun's
    # words a verb phrase of the lexicon ('روابط قطع کرد', 'از استقبال کرد') may take between its items, none a clause word
    # or a light verb: in a verb-final language the object's complements stand before the verb ('روابط دیپلماتیک خود را
    # با ایران قطع کرد'); 0 keeps the lexicon's own gap
    verb_phrase_gap: int = 0
    # (mlQ46) preverbs: a verb phrase opening with one ('پس گرفت', took back) takes no wide gap, since the preverb stands
    # right before its verb; with the gap, 'پس از آن صورت گرفت' (after that, took place) read as a place retaken
    preverbs: tuple[str, ...] = ()
    # (mlA50) the light verbs of compound verbs ('آزاد کرد', 'آتش زد'): a lexicon verb phrase ending in one takes it right
    # after the item before, since a compound's noun stands right before its light verb; only `compound_fillers` (the
    # future auxiliary, a detached 'می') may stand between. With a gap, 'میدان آزادی تهران شرکت کردند' (took part in
    # Azadi Square) read as 'آزاد کرد' (freed): the light verb was another compound's ('شرکت کرد')
    compound_light_verbs: tuple[str, ...] = ()
    compound_fillers: tuple[str, ...] = ()
    solid_compounds: bool = False  # a noun phrase of the lexicon may be written as one word ('ابزاردست' = 'ابزار دست')
    # of two one-word readings of a word, the one whose stem covers more of it wins ('anlaşmayı': the noun 'anlaşma*',
    # the agreement, not the verb stem 'anlaş+' whose '-ma-' would read as a negation): lang/triggers.find_triggers
    longest_stem: bool = False
    participle_endings: tuple[str, ...] = ()  # a word so ending before 'is' makes the perfect ('خوانده است')
    off_topic: tuple[str, ...] = ()  # words of sport: its 'match', 'criticism' are no political acts
    # non-political roles and domains (scientist, actor, film, investor, patient, pupil): with no political actor
    # named, the sentence's political-only triggers are no events (lang/lay_domain.py)
    lay_domain: tuple[str, ...] = ()
    social_ills: tuple[str, ...] = ()  # crime, corruption, poverty, disease: a fight against one is no clash
    # trigger type -> object words that give its verb another sense ('поддерживает контакт': maintains, backs no one;
    # lang/object_senses.py)
    object_senses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (mlB53) a verb trigger of these types whose subject phrase holds a word of `inanimate_subjects` (a natural
    # hazard, a disease, an economic or social ill, an abstract task) tells a disaster, a danger or a need, no act
    # between actors (lang/subject_senses.py)
    subject_sense_types: tuple[str, ...] = ()
    # (mlB53) a present copula or auxiliary with a participle of plan ('είναι προγραμματισμέν*'): after a noun trigger in
    # its clause, a plan (lang/noun_tense.future_nouns)
    plan_predicates: tuple[str, ...] = ()
    inanimate_subjects: tuple[str, ...] = ()
    labour: tuple[str, ...] = ()  # workers, a staff, a labour contract: an agreement with them is labour relations (lang/labour_deals.py)
    prevented: tuple[str, ...] = ()  # verbs of refusal or prevention ('izin vermedi'): the verbal noun they govern did not happen
    verbal_noun: str = ""  # regex on a word: a verbal noun in a case a governing verb takes ('yapılmasına', 'saldırmasını')
    civic_bodies: tuple[str, ...] = ()  # unions, parties, parliaments, mayors: political actors for that rule
    off_topic_types: tuple[str, ...] = ()  # war words that a sport sentence uses as metaphors ('без бою', 'атака')
    # trigger words with a sense of their own in sport, whatever their type: es 'concentración', a squad's training camp
    off_topic_words: tuple[str, ...] = ()
    off_topic_senses: tuple[str, ...] = ()  # training, preparing a match: they select that sense of `off_topic_words` only
    future_times: tuple[str, ...] = ()  # 'الأسبوع المقبل', 'غدا': a noun trigger after one in its clause is planned (noun_tense)
    markets: tuple[str, ...] = ()  # an exchange, shares, prices, investors: a war word beside one tells a market's move
    market_by: tuple[str, ...] = ()  # 'by' words: a market right after one, after a war word, is its doer ('هجوم من المضاربين')
    # a peaceful domain ('تشريعية', 'الإعلامي'): a war-word noun right before one is a metaphor (lang/domain_metaphors.py)
    metaphor_domains: tuple[str, ...] = ()
    # (mlB54) the same domain as an adjective standing before the noun, where the language puts it there ('εμπορικός
    # πόλεμος', 'οικονομική μάχη', 'ekonomik saldırı'): a war-word noun right after one is a metaphor
    metaphor_domains_before: tuple[str, ...] = ()
    # natural disasters and accidents (earthquake, flood, traffic accident, gas leak): the destruction, blast and
    # deaths they cause are no political violence (trigger_scope.accidents)
    accident: tuple[str, ...] = ()
    accident_types: tuple[str, ...] = ()
    complementizer: tuple[str, ...] = ()  # 'ότι', 'що': after a support or agree verb it makes an opinion
    # `[verb_nouns.<class>]`: verbs and, by internal type, the nouns that name an act with them ('выразить' +
    # 'возмущение': accuse; 'liberar' + 'rehén': release) (lang/verb_nouns.py)
    verb_nouns: tuple[VerbNouns, ...] = ()
    object_marker: tuple[str, ...] = ()  # 'را': ends a verb's object phrase where the object precedes the verb (lang/act_setting.py)
    # (mlA53) verbs of calling and deeming ('خواند', 'دانست', 'توصیف کرد'): a speech act named as their object is what is
    # judged, not told (lang/trigger_scope.judged_nouns)
    judging: tuple[str, ...] = ()
    # (mlB48) where the verb comes last, the marks of a noun phrase that is no subject (lang/events._agent_patient):
    # prepositions before it ('از داعش': from ISIS) and a regex on its last word's case ending ('gemisini', 'askerlere')
    oblique_before: tuple[str, ...] = ()
    oblique_end: str = ""
    possessor_end: str = ""  # the genitive: no subject of a finite verb, the doer of a verbal noun
    finite_end: str = ""  # a finite verb's last word (past, reported past, present)
    compound_case_end: str = ""  # a compound's head: its possessive before the case ('ordusunu'), lang/events.non_subjects
    standing_types: tuple[str, ...] = ()  # trigger types whose present-tense verb is a standing position (lang/standing_stance.py)
    present_form: str = ""  # regex on a lower-case word without accents: a present-tense verb (where pymorphy3 is not used)
    imperfect_form: str = ""  # regex on a lower-case word (accents as the language's keys): a verb in the imperfect (lang/past_habit.py)
    imperfect_not_lemma: str = ""  # regex on a word's keys: a present form with the imperfect's ending (Spanish -iar)
    as_words: tuple[str, ...] = ()  # 'όπως', 'como': a support verb right after one says, not backs (lang/parenthetical.py)
    # nominative articles: a support verb after a comma with one right after it is a reporting clause put after what
    # it reports, its subject inverted ('..., υποστηρίζει ο ΙΣΑ'; lang/parenthetical.py)
    subject_articles: tuple[str, ...] = ()
    coercion: tuple[str, ...] = ()  # force, sanctions, a response, consequences: what makes a warning a threat (lang/warning_sense.py)
    # the word linking a protest to what it is against ('contra', 'против', 'على'), and whether that object stands right
    # before the protest word instead ('patlamayı protesto'): a violent act so named is its topic (lang/protest_topics.py)
    protest_object: tuple[str, ...] = ()
    protest_object_first: bool = False
    # nouns that take an act as their topic, ground or object ('documentaire sur', 'годовщина', 'sanciones por',
    # 'autor del'): an act named right after one (before one where `protest_object_first`) is that noun's topic
    topic_heads: tuple[str, ...] = ()
    # (mlB52) the kin of the people an act befell, with the people's word ('οι συγγενείς των θυμάτων', 'خانواده‌های
    # قربانیان'): that word, if a trigger, and a violent act named right after the phrase are what the kin are named
    # by, told before the news (lang/protest_topics.headed_topics)
    kin_heads: tuple[str, ...] = ()
    # (mlB51) a political noun in the genitive or after one of `topic_prepositions` names a topic, unless one of
    # `frame_heads` ('διάρκεια', 'περιθώριο') governs the genitive (lang/noun_case.py)
    genitive_topics: bool = False
    topic_prepositions: tuple[str, ...] = ()
    frame_heads: tuple[str, ...] = ()
    noun_relatives: tuple[str, ...] = ()  # relative pronouns right after such a noun: their clause tells its act
    no_comment: tuple[str, ...] = ()  # 'комментарии', 'comentar': a refusal of them is the reporter's formula, no act
    commerce: tuple[str, ...] = ()  # company legal forms and tender words: a deal next to one is business
    bids: tuple[str, ...] = ()  # an offer, a bid: rejected in a sentence naming a company, a tender decision (lang/tender_bids.py)
    # a signing word that is an agreement trigger on its own ('imzaladı', 'امضا'), and the instruments one party signs
    # (a law, a decree, a petition, a letter): signing one is no agreement between parties (lang/signed_instruments.py)
    signing: tuple[str, ...] = ()
    # verbs of posing, constituting and facing: a threat noun they govern is a danger, not a threat made (lang/danger_sense.py)
    danger_verbs: tuple[str, ...] = ()
    # common goods (security, stability, peace, lives): a threat word next to one endangers it, no threat made (danger_sense)
    endangered: tuple[str, ...] = ()
    # (mlA53) ranking words ('اصلی', 'بزرگترین': main, biggest) right beside a threat noun: a danger ranked, no threat made
    # (lang/danger_sense.dangers)
    danger_ranks: tuple[str, ...] = ()
    # verbs and verbal nouns of lifting, cancelling, suspending: a sanction they govern is undone (lang/lifted_acts.py)
    undoing: tuple[str, ...] = ()
    one_party_instruments: tuple[str, ...] = ()
    # a law, a bill, legislation, a code: a ban or requirement it states is a norm, no act (lang/legal_norms.py);
    # the trigger types a norm is told with, and the copula-less short participles of banning ('запрещено')
    legal_texts: tuple[str, ...] = ()
    norm_types: tuple[str, ...] = ()
    norm_forms: tuple[str, ...] = ()
    # words of a civil suit (the suit, the claim, going to court, recovering a sum) and the types a claim is told
    # with: a demand or refusal near one is litigation, no event (lang/litigation.py)
    lawsuit: tuple[str, ...] = ()
    lawsuit_types: tuple[str, ...] = ()
    offer_verbs: tuple[str, ...] = ()  # 'предложить': with a thing as object an offer of sale or grant (lang/offer_sense.py)
    # an accusation with no blame verb (lang/accusations.py): wrongdoing nouns ('conspiracy', 'terrorist') that accuse
    # when predicated of someone in reported words, after a copula or naming verb, or in words addressed to 'you'
    wrongdoing_labels: tuple[str, ...] = ()
    predicating: tuple[str, ...] = ()
    addressee: tuple[str, ...] = ()
    # first- and second-person pronouns ('εμείς', 'شما'): a news sentence in the first or second person is someone's
    # own words, a quote that goes on from the sentence naming its speaker
    speech_pronouns: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # definite articles (with the prepositions that contain one: 'στη')
    # (mlB50) words of cause that name what an arrest is for ('για', 'por'): a violent noun after one is the charge
    # (event_scope.arrest_reasons)
    charge_for: tuple[str, ...] = ()
    defined_types: tuple[str, ...] = ()  # internal types whose noun after an article names a known thing
    plural_marks: tuple[str, ...] = ()  # plural endings or words ('ها', 'های') that make such a noun a class of acts
    completed: tuple[str, ...] = ()  # 'после', 'по итогам': a political noun right after one names a past happening
    participle: str = ""  # regex on a past participle's surface ('detenidos'); after a determiner it is a noun
    determiners: tuple[str, ...] = ()  # articles and determiners before such a nominal participle ('los', 'uno de los')
    prenominal: str = ""  # regex on a relative participle's surface that stands before its noun ('tutuklanan subaylar')
    # (mlC52) regex on what follows a verb stem in a relative participle whose head noun is the verb's own object
    # ('açtığı ateş', 'kurdukları pusu', 'açılan ateş'): a noun + verb phrase of the lexicon told inverted
    object_relative: str = ""
    # (mlC52) verbs of a protest turning into or ending in violence ('перерасти в', 'degenerar en', 'dönüş*'): the protest
    # and its violence are one riot (lang/escalation.py)
    escalation: tuple[str, ...] = ()
    copulas: tuple[str, ...] = ()  # 'был', 'був': a full participle right after one is the predicate, an act
    relatives: tuple[str, ...] = ()  # 'который', 'який': they open a clause whose verb is not the noun's
    # (mlB53) a relative clause right after the object of a legal act describes it: its verb is no act of the news
    # (lang/event_scope.described_people)
    described_relatives: bool = False
    # the passive voice (lang/passive.py): a regex on a passive verb form, the auxiliaries one needs before
    # it ('fue atacado'), the 'by' words before its doer ('por', 'από'); Slavic: the doer in the instrumental
    passive_verb: str = ""
    passive_auxiliaries: tuple[str, ...] = ()
    passive_by: tuple[str, ...] = ()
    passive_instrumental: bool = False
    # (mlB50) the phrases that name who caused a death told by an outcome word ('murieron a manos de paramilitares', died
    # at the hands of): the actor right after one is the killing's doer, as a passive's 'by' (lang/passive.outcome_agent)
    outcome_by: tuple[str, ...] = ()
    # types whose verb in the passive with no doer named tells no act between actors: 'Закон призван защитить'
    # (is meant to), 'οι γιατροί καλούνται να' (are obliged to); who asks is the event
    passive_doerless: tuple[str, ...] = ()
    # a violent noun trigger needs one of its arguments named: an actor, victims, a count of dead, a place in a
    # locative phrase or a date (lang/noun_arguments.py)
    noun_arguments: bool = False
    future_clause: bool = False  # a future verb ending in a noun trigger's clause makes it planned (lang/noun_tense.py)
    # clitic conjunctions ('و', 'ف'): a future verb after a noun trigger written with one opens a coordinated clause of
    # its own ('عقد الوزيران اجتماعا ... وسيلتقيان مجددا'), whose tense is not the noun's (lang/noun_tense.py)
    future_coordinators: tuple[str, ...] = ()


def _tuple(v) -> tuple[str, ...]:
    return tuple(str(x) for x in (v or ()))


def _verb_nouns(table: dict) -> tuple[VerbNouns, ...]:
    """The classes of `[verb_nouns.<class>]`: its `verbs`, `strength`, order flags, and one noun list per internal
    type."""
    flags = ("verbs", "strength", "noun_first", "both_orders", "noun_heads", "direct_object")
    return tuple(VerbNouns(_tuple(cls["verbs"]), str(typ), _tuple(nouns), float(cls["strength"]),
                           bool(cls.get("noun_first", False)), bool(cls.get("both_orders", False)),
                           _tuple(cls.get("noun_heads")), bool(cls.get("direct_object", False)))
                 for cls in table.values() for typ, nouns in cls.items() if typ not in flags)


@cache
def load(lang: str) -> Cues:
    """The cues of a supported language (cached per process)."""
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(f"no event cues for language {lang!r}; supported: {', '.join(SUPPORTED)}")
    raw = tomllib.loads(data_text(f"lang/cues_{lang}.toml"))
    tok, att, mod, dat = raw.get("tokens", {}), raw.get("attribution", {}), raw.get("modality", {}), raw.get("dates", {})
    return Cues(
        lang=lang,
        prefixes=_tuple(tok.get("prefixes")),
        last_prefixes=_tuple(tok.get("last_prefixes")),
        unstripped=_tuple(tok.get("unstripped")),
        unstripped_stems=_tuple(tok.get("unstripped_stems")),
        conjunction_prefixes=_tuple(tok.get("conjunction_prefixes")),
        undergoer_endings=_tuple(tok.get("undergoer_endings")),
        suffixes=_tuple(tok.get("suffixes")),
        bound_endings=tuple((str(k), str(v)) for k, v in (tok.get("bound_endings") or {}).items()),
        suffix_min_stem=tuple((str(k), int(v)) for k, v in (tok.get("suffix_min_stem") or {}).items()),
        imperfect_perfect=str(tok.get("imperfect_perfect", "")),
        imperfect_perfect_not=_tuple(tok.get("imperfect_perfect_not")),
        hollow_vowels=tuple((str(k), str(v)) for k, v in (tok.get("hollow_vowels") or {}).items()),
        weak_final=str(tok.get("weak_final", "")),
        weak_final_suffixes=_tuple(tok.get("weak_final_suffixes")),
        weak_final_min_stem=int(tok.get("weak_final_min_stem", 4)),
        lemma_rules=tuple((str(a), str(b)) for a, b in (tok.get("lemma_rules") or ())),
        lemma_variants=tuple((str(a), str(b)) for a, b in (tok.get("lemma_variants") or ())),
        participle_rules=tuple((str(a), str(b)) for a, b in (tok.get("participle_rules") or ())),
        auxiliaries=_tuple(tok.get("auxiliaries")),
        present_rules=tuple((str(a), str(b)) for a, b in (tok.get("present_rules") or ())),
        present_next=_tuple(tok.get("present_next")),
        present_not_after=_tuple(tok.get("present_not_after")),
        verb_endings=str(tok.get("verb_endings", "")),
        caps_accents=bool(tok.get("caps_accents", False)),
        strip_marks=bool(tok.get("strip_marks", False)),
        reporting=_tuple(att.get("reporting")),
        according=_tuple(att.get("according")),
        content_openers=_tuple(att.get("content_openers")),
        deny=_tuple(att.get("deny")),
        claim=_tuple(att.get("claim")),
        negation=_tuple(mod.get("negation")),
        not_negation=_tuple(mod.get("not_negation")),
        negation_window=int(mod.get("negation_window", 3)),
        zero_determiners=_tuple(mod.get("zero_determiners")),
        zero_construct=bool(mod.get("zero_construct", False)),
        negated_any=_tuple(mod.get("negated_any")),
        negative_verb=str(mod.get("negative_verb", "")),
        generic_verb=str(mod.get("generic_verb", "")),
        light_verbs=_tuple(mod.get("light_verbs")),
        light_verb_nouns=_tuple(mod.get("light_verb_nouns")),
        planned=_tuple(mod.get("planned")),
        failed=_tuple(mod.get("failed")),
        hypothetical=_tuple(mod.get("hypothetical")),
        stance=_tuple(mod.get("stance")),
        stance_stops=mod.get("stance_stops", Cues.stance_stops),
        because=_tuple(mod.get("because")),
        question_marks=_tuple(mod.get("question_marks", ["?"])),
        future_endings=_tuple(mod.get("future_endings")),
        conditional_endings=_tuple(raw.get("mood", {}).get("conditional_endings")),
        subjunctive_endings={str(k): _tuple(v) for k, v in (raw.get("mood", {}).get("subjunctive_endings") or {}).items()},
        subjunctive_not=_tuple(raw.get("mood", {}).get("subjunctive_not")),
        subjunctive_openers=_tuple(raw.get("mood", {}).get("subjunctive_openers")),
        mood_particles=_tuple(raw.get("mood", {}).get("mood_particles")),
        dependent_endings=_tuple(raw.get("mood", {}).get("dependent_endings")),
        potential_particles=_tuple(raw.get("mood", {}).get("potential_particles")),
        imperfect_prefixes=_tuple(raw.get("mood", {}).get("imperfect_prefixes")),
        perfect_auxiliaries=_tuple(raw.get("mood", {}).get("perfect_auxiliaries")),
        factual_openers=_tuple(raw.get("mood", {}).get("factual_openers")),
        future_particles=_tuple(mod.get("future_particles")),
        future_prefixes=_tuple(mod.get("future_prefixes")),
        infinitive=str(mod.get("infinitive", "")),
        past_verb=str(mod.get("past_verb", "")),
        phase=_tuple(mod.get("phase")),
        phase_after_window=int(mod.get("phase_after_window", 2)),
        granted=_tuple(mod.get("granted")),
        travel=_tuple(mod.get("travel")),
        infinitive_marker=_tuple(mod.get("infinitive_marker")),
        marker_then_verb=bool(mod.get("marker_then_verb", False)),
        history=_tuple(dat.get("history")),
        degree_words=_tuple(dat.get("degree_words")),
        bracket_years=bool(dat.get("bracket_years", False)),
        undated_years_past=bool(dat.get("undated_years_past", False)),
        undated_year_openers=_tuple(dat.get("undated_year_openers")),
        undated_year_bounds=_tuple(dat.get("undated_year_bounds")),
        undated_year_plain=bool(dat.get("undated_year_plain", False)),
        year_links=_tuple(dat.get("year_links")),
        year_parts=_tuple(dat.get("year_parts")),
        undated_month_years_past=bool(dat.get("undated_month_years_past", False)),
        recall=_tuple(dat.get("recall")),
        year_era_offset=int(dat.get("year_era_offset", 0)),
        year_before=_tuple(dat.get("year_before")),
        year_after=_tuple(dat.get("year_after")),
        relative_days={str(k): int(v) for k, v in (dat.get("relative_days") or {}).items()},
        last_week=_tuple(dat.get("last_week")),
        weekdays=tuple(_tuple(d) for d in (dat.get("weekdays") or ())),
        coming_days=_tuple(dat.get("coming_days")),
        past_form=str(dat.get("past_form", "")),
        locative=_tuple(raw.get("places", {}).get("locative")),
        locative_suffixes=_tuple(raw.get("places", {}).get("locative_suffixes")),
        dative_prefixes=_tuple(raw.get("places", {}).get("dative_prefixes")),
        genitive_suffixes=_tuple(raw.get("places", {}).get("genitive_suffixes")),
        killed=_tuple(raw.get("fatalities", {}).get("killed")),
        numbers={str(k): int(v) for k, v in (raw.get("fatalities", {}).get("numbers") or {}).items()},
        actors={str(k): str(v) for k, v in (raw.get("actors") or {}).items()},
        countries={str(k): str(v) for k, v in (raw.get("countries") or {}).items()},
        aerial=_tuple(raw.get("means", {}).get("aerial")),
        caseless=bool(tok.get("caseless", False)),
        capital_names=bool(tok.get("capital_names", False)),
        capital_verbs=bool(tok.get("capital_verbs", False)),
        heads=_tuple(raw.get("scope", {}).get("heads")),
        tails=_tuple(raw.get("scope", {}).get("tails")),
        compound_frames=tuple((str(a), str(b)) for a, b in raw.get("scope", {}).get("compound_frames", [])),
        idioms=_tuple(raw.get("scope", {}).get("idioms")),
        clitic_heads=_tuple(raw.get("scope", {}).get("clitic_heads")),
        clitic_types=_tuple(raw.get("scope", {}).get("clitic_types")),
        clitic_verbs=_tuple(raw.get("scope", {}).get("clitic_verbs")),
        modal_end=str(raw.get("scope", {}).get("modal_end", "")),
        stance_end=str(raw.get("scope", {}).get("stance_end", "")),
        cause_end=str(raw.get("scope", {}).get("cause_end", "")),
        verbs_told=_tuple(raw.get("scope", {}).get("verbs_told")),
        verbs_untold=_tuple(raw.get("scope", {}).get("verbs_untold")),
        performative=_tuple(raw.get("scope", {}).get("performative")),
        needs_verb=_tuple(raw.get("scope", {}).get("needs_verb")),
        participle_endings=_tuple(raw.get("scope", {}).get("participle_endings")),
        clause_words=_tuple(raw.get("scope", {}).get("clause_words")),
        verb_phrase_gap=int(raw.get("scope", {}).get("verb_phrase_gap", 0)),
        preverbs=_tuple(raw.get("scope", {}).get("preverbs")),
        compound_light_verbs=_tuple(raw.get("scope", {}).get("compound_light_verbs")),
        compound_fillers=_tuple(raw.get("scope", {}).get("compound_fillers")),
        solid_compounds=bool(raw.get("scope", {}).get("solid_compounds", False)),
        longest_stem=bool(raw.get("scope", {}).get("longest_stem", False)),
        off_topic=_tuple(raw.get("scope", {}).get("off_topic")),
        off_topic_types=_tuple(raw.get("scope", {}).get("off_topic_types")),
        off_topic_words=_tuple(raw.get("scope", {}).get("off_topic_words")),
        off_topic_senses=_tuple(raw.get("scope", {}).get("off_topic_senses")),
        markets=_tuple(raw.get("scope", {}).get("markets")),
        future_times=_tuple(raw.get("scope", {}).get("future_times")),
        market_by=_tuple(raw.get("scope", {}).get("market_by")),
        metaphor_domains=_tuple(raw.get("scope", {}).get("metaphor_domains")),
        metaphor_domains_before=_tuple(raw.get("scope", {}).get("metaphor_domains_before")),
        lay_domain=_tuple(raw.get("scope", {}).get("lay_domain")),
        civic_bodies=_tuple(raw.get("scope", {}).get("civic_bodies")),
        social_ills=_tuple(raw.get("scope", {}).get("social_ills")),
        object_senses={str(k): _tuple(v) for k, v in (raw.get("scope", {}).get("object_senses") or {}).items()},
        subject_sense_types=_tuple(raw.get("scope", {}).get("subject_sense_types")),
        plan_predicates=_tuple(raw.get("scope", {}).get("plan_predicates")),
        inanimate_subjects=_tuple(raw.get("scope", {}).get("inanimate_subjects")),
        labour=_tuple(raw.get("scope", {}).get("labour")),
        prevented=_tuple(mod.get("prevented")),
        verbal_noun=mod.get("verbal_noun", ""),
        accident=_tuple(raw.get("scope", {}).get("accident")),
        accident_types=_tuple(raw.get("scope", {}).get("accident_types")),
        commerce=_tuple(raw.get("scope", {}).get("commerce")),
        bids=_tuple(raw.get("scope", {}).get("bids")),
        signing=_tuple(raw.get("scope", {}).get("signing")),
        danger_verbs=_tuple(raw.get("scope", {}).get("danger_verbs")),
        endangered=_tuple(raw.get("scope", {}).get("endangered")),
        danger_ranks=_tuple(raw.get("scope", {}).get("danger_ranks")),
        undoing=_tuple(raw.get("scope", {}).get("undoing")),
        one_party_instruments=_tuple(raw.get("scope", {}).get("one_party_instruments")),
        legal_texts=_tuple(raw.get("scope", {}).get("legal_texts")),
        norm_types=_tuple(raw.get("scope", {}).get("norm_types")),
        norm_forms=_tuple(raw.get("scope", {}).get("norm_forms")),
        lawsuit=_tuple(raw.get("scope", {}).get("lawsuit")),
        lawsuit_types=_tuple(raw.get("scope", {}).get("lawsuit_types")),
        offer_verbs=_tuple(raw.get("scope", {}).get("offer_verbs")),
        wrongdoing_labels=_tuple(raw.get("scope", {}).get("wrongdoing_labels")),
        predicating=_tuple(raw.get("scope", {}).get("predicating")),
        addressee=_tuple(raw.get("scope", {}).get("addressee")),
        speech_pronouns=_tuple(raw.get("scope", {}).get("speech_pronouns")),
        no_comment=_tuple(raw.get("scope", {}).get("no_comment")),
        protest_object=_tuple(raw.get("scope", {}).get("protest_object")),
        protest_object_first=bool(raw.get("scope", {}).get("protest_object_first", False)),
        topic_heads=_tuple(raw.get("scope", {}).get("topic_heads")),
        kin_heads=_tuple(raw.get("scope", {}).get("kin_heads")),
        genitive_topics=bool(raw.get("scope", {}).get("genitive_topics", False)),
        topic_prepositions=_tuple(raw.get("scope", {}).get("topic_prepositions")),
        frame_heads=_tuple(raw.get("scope", {}).get("frame_heads")),
        noun_relatives=_tuple(raw.get("scope", {}).get("noun_relatives")),
        complementizer=_tuple(raw.get("scope", {}).get("complementizer")),
        verb_nouns=_verb_nouns(raw.get("verb_nouns", {})),
        object_marker=_tuple(raw.get("scope", {}).get("object_marker")),
        judging=_tuple(raw.get("scope", {}).get("judging")),
        oblique_before=_tuple(raw.get("scope", {}).get("oblique_before")),
        oblique_end=str(raw.get("scope", {}).get("oblique_end", "")),
        possessor_end=str(raw.get("scope", {}).get("possessor_end", "")),
        finite_end=str(raw.get("scope", {}).get("finite_end", "")),
        compound_case_end=str(raw.get("scope", {}).get("compound_case_end", "")),
        standing_types=_tuple(raw.get("scope", {}).get("standing_types")),
        present_form=str(raw.get("scope", {}).get("present_form", "")),
        imperfect_form=str(raw.get("scope", {}).get("imperfect_form", "")),
        imperfect_not_lemma=str(raw.get("scope", {}).get("imperfect_not_lemma", "")),
        as_words=_tuple(raw.get("scope", {}).get("as_words")),
        subject_articles=_tuple(raw.get("scope", {}).get("subject_articles")),
        coercion=_tuple(raw.get("scope", {}).get("coercion")),
        articles=_tuple(raw.get("scope", {}).get("articles")),
        charge_for=_tuple(raw.get("scope", {}).get("charge_for")),
        defined_types=_tuple(raw.get("scope", {}).get("defined_types")),
        plural_marks=_tuple(raw.get("scope", {}).get("plural_marks")),
        completed=_tuple(raw.get("scope", {}).get("completed")),
        participle=str(raw.get("scope", {}).get("participle", "")),
        determiners=_tuple(raw.get("scope", {}).get("determiners")),
        prenominal=str(raw.get("scope", {}).get("prenominal", "")),
        object_relative=str(raw.get("scope", {}).get("object_relative", "")),
        escalation=_tuple(raw.get("scope", {}).get("escalation")),
        copulas=_tuple(raw.get("scope", {}).get("copulas")),
        relatives=_tuple(raw.get("scope", {}).get("relatives")),
        described_relatives=bool(raw.get("scope", {}).get("described_relatives", False)),
        future_clause=bool(raw.get("scope", {}).get("future_clause", False)),
        future_coordinators=_tuple(raw.get("scope", {}).get("future_coordinators")),
        noun_arguments=bool(raw.get("scope", {}).get("noun_arguments", False)),
        passive_verb=str(raw.get("passive", {}).get("verb", "")),
        passive_auxiliaries=_tuple(raw.get("passive", {}).get("auxiliaries")),
        passive_by=_tuple(raw.get("passive", {}).get("by")),
        outcome_by=_tuple(raw.get("passive", {}).get("outcome_by")),
        passive_instrumental=bool(raw.get("passive", {}).get("instrumental", False)),
        passive_doerless=_tuple(raw.get("passive", {}).get("doerless_types")),
    )
