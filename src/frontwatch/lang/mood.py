"""Verb triggers in the conditional or the subjunctive: an act wished, demanded or supposed, not told.

Why: a language marks on the verb (or with a particle) that its act is not asserted. Spanish writes the
content of a demand, a purpose or a condition in the subjunctive ('exigió que los rebeldes se retiraran',
'pidió que se liberara a los rehenes', 'para que las partes negocien') and a supposition or a future seen
from the past in the conditional ('si el acuerdo fracasa, el ejército atacaría', 'advirtió que sancionaría');
Russian and Ukrainian put the verb after 'чтобы' / 'щоб' in the past form ('потребовала, чтобы войска
отошли'), which the past-tense readings took for a happening, and mark the conditional with 'бы' / 'б'
after the verb ('атаковала бы'). The coder read all of these as reported acts. The mood is read from the
language's data (cues `[mood]`), not from words of the lexicon:

- `conditional_endings`: the conditional on any verb ('-ría', '-rían');
- `subjunctive_endings`: the subjunctive by the class of the verb's dictionary form, which the lexicon row
  gives ('condenar' -> 'condene', 'detener' -> 'detengan'; '*' for endings of every class, the imperfect
  subjunctive '-ara', '-iera', '-ase'), except `subjunctive_not` (participles 'detenida', imperfects '-ía');
- `subjunctive_openers`: conjunctions that put the verb of their clause in the subjunctive;
- `mood_particles`: a particle right after the verb;
- `potential_particles` with `imperfect_prefixes`: a particle right before a verb in the imperfect makes it a
  possibility (Arabic 'قد يهاجم', may attack), while before the perfect it asserts ('قد هاجم', has attacked): the
  imperfect is told by a person prefix the lexicon's stem does not begin with;
- `factual_openers`: after 'después de que' or a verb of judging + 'que' ('lamentó que', 'criticó que') the
  Spanish subjunctive tells a fact, so no mood reading is made there.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, is_infinitive, normalize
from frontwatch.lang.proximity import any_within, within, words_within
from frontwatch.lang.triggers import LangTrigger

OPENER_WINDOW = 6  # words from a subjunctive conjunction to the verb of its clause
FACTUAL_WINDOW = 15  # words from a factual opener to the verb it governs ('calificó de "paradójico" que fuera X la que denunciara')
AUXILIARY_WINDOW = 3  # words from the perfect's auxiliary to its verb ('έχει ήδη ζητήσει')
PARTICLE_WINDOW = 2  # words from the verb to its conditional particle ('атаковала бы', 'атаковала б она')
CLAUSE_STOPS = ".;:!?()«»\"“”—–"  # what ends the clause an opener governs; a comma too, for openers


def _ending_mood(word: str, item: str, cues: Cues) -> bool:
    """The word of a lexicon item is in the conditional or in the subjunctive of the item's verb class."""
    w = normalize(word, cues.lang, cues.strip_marks)
    base = normalize(item, cues.lang, cues.strip_marks)
    if w == base or len(w) < 4:
        return False
    if any(w.endswith(x) for x in cues.conditional_endings):
        return True
    if is_infinitive(word, cues.lang, cues.infinitive) or any(w.endswith(x) for x in cues.future_endings) \
            or any(w.endswith(x) for x in cues.subjunctive_not):
        return False  # the infinitive with a clitic ('retirarse'), the future ('reclamaremos'), a participle
    endings = cues.subjunctive_endings.get("*", ())
    for cls, more in cues.subjunctive_endings.items():
        if cls != "*" and base.endswith(cls):
            endings = endings + more
    return any(w.endswith(x) and len(w) > len(x) + 2 for x in endings)


def _dependent(t: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A Greek verb trigger in the perfective non-past with no perfect auxiliary in the AUXILIARY_WINDOW words
    before it ('έχει ζητήσει' is the perfect, a happening; 'συμφωνήσει' alone is not)."""
    if not cues.dependent_endings:
        return False
    ends = tuple(normalize(x, cues.lang, cues.strip_marks) for x in cues.dependent_endings)
    aux = {normalize(x, cues.lang, cues.strip_marks) for x in cues.perfect_auxiliaries}
    i = t.words[0]
    w = normalize(ws[i].text, cues.lang, cues.strip_marks)
    if len(w) < 5 or not w.endswith(ends):
        return False
    return not any(normalize(ws[j].text, cues.lang, cues.strip_marks) in aux
                   for j in words_within((i, i + 1), AUXILIARY_WINDOW, len(ws), side="before"))


def _potential(t: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A verb trigger in the imperfect right after a particle of possibility ('قد يهاجم', 'وقد تشن')."""
    if not cues.potential_particles or t.start == 0:
        return False
    particles = {normalize(x, cues.lang, cues.strip_marks) for x in cues.potential_particles}
    if normalize(ws[t.start - 1].text, cues.lang, cues.strip_marks) not in particles:
        return False
    word = normalize(ws[t.start].text, cues.lang, cues.strip_marks)
    stem = normalize(t.entry.phrase.split()[0].rstrip("*+"), cues.lang, cues.strip_marks)
    return any(word.startswith(p) and not stem.startswith(p) for p in cues.imperfect_prefixes)


def _no_stop(text: str, a: int, b: int, stops: str) -> bool:
    return not any(c in stops for c in text[a:b])


def mood_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of verb triggers in the conditional or the subjunctive."""
    if not (cues.conditional_endings or cues.subjunctive_endings or cues.subjunctive_openers or cues.mood_particles
            or cues.dependent_endings or cues.potential_particles):
        return set()

    def hits(items: tuple[str, ...]) -> list[tuple[int, int]]:
        return [(s, e) for s, e, _, _ in cue_phrases(cues.lang, items).find(ws)] if items else []

    openers, particles, factual = hits(cues.subjunctive_openers), hits(cues.mood_particles), hits(cues.factual_openers)
    determiners = {normalize(x, cues.lang, cues.strip_marks) for x in cues.determiners}  # 'el ataque' is a noun
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V":
            continue
        start = ws[t.start].start
        if any(within((t.start, t.end), (s, e), FACTUAL_WINDOW, side="before")
               and _no_stop(text, ws[e - 1].end, start, ".;:!?")
               for s, e in factual):
            continue  # 'después de que la policía detuviera a ...', 'lamentó que ... detuvieran': a fact
        noun = t.start > 0 and normalize(ws[t.start - 1].text, cues.lang, cues.strip_marks) in determiners
        if not noun and any(not x.endswith(("*", "+")) and _ending_mood(ws[i].text, x, cues)
                            for x, i in zip(t.entry.phrase.split(), t.words)):
            out.add(k)
        elif not any(is_infinitive(ws[i].text, cues.lang, cues.infinitive) for i in t.words) and any(
                within((t.start, t.end), (s, e), OPENER_WINDOW, side="before")
                and _no_stop(text, ws[e - 1].end, start, CLAUSE_STOPS + ",")
                for s, e in openers):
            out.add(k)  # 'потребовала, чтобы войска отошли' (an infinitive there is event_scope's: 'чтобы провести')
        elif any_within((t.start, t.end), particles, PARTICLE_WINDOW, side="after"):
            out.add(k)  # 'армия атаковала бы город'
        elif _potential(t, ws, cues):
            out.add(k)  # 'قد يهاجم الجيش المدينة': the army may attack the city
        elif _dependent(t, ws, cues):
            out.add(k)  # 'αν η Αθήνα ... συμφωνήσει': future or subjunctive, with its particle further back
    return out


__all__ = ["mood_triggers"]
