"""Event triggers in the non-English languages: one lexicon per language, on lemmas and stems.

Why the English lexicon's internal types: data/lang/triggers_<lang>.csv names the same
internal types as data/triggers.csv (frontwatch.events.ontology), so an Arabic 'قصف' and
an English 'shelled' map to ACLED and PLOVER through the one table, and a story can
merge them. There is no parser for most of these languages we may install, so a trigger
carries two flags the English frame reads from the parse:

- `place`: code an event only when the sentence names a place (a bare 'captured' is not
  a takeover);
- `outcome`: the word tells a result (killed, wounded, victims), not the act; it codes
  an event only when the sentence names no act of violence of its own (an air strike that
  killed five is one air strike);
- `speech`: a word of blame ('violation', 'crime', 'provocation') is an accusation only when
  someone is reported saying it (the sentence has a reporting verb or an according-to phrase);
- `agent`: a crime word ('rape') is an event only with a doer the actor list knows (soldiers,
  police, a militia): by an unnamed individual it is ordinary crime, which the guideline leaves out;
- `parties`: a meeting word that also names a sitting or a session (Persian 'نشست') is talks only when
  the sentence names a party to them by name (a dictionary name or a country word: 'وزرای خارجه
  اتحادیه اروپا', 'همتای چینی') or an actor word right after it, as its own ('نشست های وزیران');
  a managers' session with the press or a seminar names none.
- `warning`: a word of warning ('advertir', 'предупредить', 'προειδοποιώ') is a threat only when the sentence
  names coercion to come (force, sanctions, a response, consequences); otherwise it forecasts a danger
  (a disease, prices, a flood) that no one threatens (lang/warning_sense.py).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from functools import cache

from frontwatch.data_files import data_text
from frontwatch.events import ontology
from frontwatch.lang.capitals import acronym_positions
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_tokens import (
    PhraseList,
    Word,
    item_key,
    item_matches,
    keys_of,
    normalize,
    whole_form_keys,
)
from frontwatch.lang.resources import load as load_resources
from frontwatch.lang.verb_nouns import verb_noun_entries


class TriggerDataError(ValueError):
    pass


@dataclass(frozen=True)
class LangEntry:
    phrase: str
    pos: str  # V / N / blank: a verb's agent comes before it in SVO order, after it in Arabic VSO
    type: str  # internal or generic type (ontology)
    strength: float
    place: bool = False
    outcome: bool = False
    speech: bool = False
    agent: bool = False
    parties: bool = False
    warning: bool = False


@dataclass(frozen=True)
class LangTrigger:
    start: int  # word indices
    end: int
    words: tuple[int, ...]
    entry: LangEntry

    @property
    def type(self) -> str:
        return self.entry.type


def read_entries(text: str, name: str) -> list[LangEntry]:
    """Rows of a trigger CSV (lines starting with # are comments); a bad row names file and line."""
    rows = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    out = []
    for n, row in enumerate(csv.DictReader(io.StringIO("\n".join(rows))), 2):
        try:
            typ = row["type"].strip()
            if not ontology.known(typ):
                raise TriggerDataError(f"unknown type {typ!r}")
            flags = {f.strip() for f in (row.get("flags") or "").split("|") if f.strip()}
            unknown = flags - {"place", "outcome", "speech", "agent", "parties", "warning"}
            if unknown:
                raise TriggerDataError(f"unknown flag(s) {sorted(unknown)}")
            out.append(LangEntry(row["phrase"].strip(), (row.get("pos") or "").strip().upper(), typ,
                                 float(row["strength"]), "place" in flags, "outcome" in flags, "speech" in flags,
                                 "agent" in flags, "parties" in flags, "warning" in flags))
        except (KeyError, ValueError) as exc:
            raise TriggerDataError(f"{name}: row {n}: {exc}") from None
    return out


@cache
def lexicon(lang: str) -> PhraseList:
    """The trigger lexicon of a language, compiled for matching (cached per process)."""
    cues = load_cues(lang)
    name = f"lang/triggers_{lang}.csv"
    entries = read_entries(data_text(name), name)
    listed = {e.phrase for e in entries}
    entries = entries + [LangEntry(phrase, pos, typ, strength) for phrase, pos, typ, strength in verb_noun_entries(cues)
                         if phrase not in listed]
    if cues.solid_compounds:
        entries = entries + solid_forms(entries)
    blockers = frozenset(item_key(w, cues) for w in (*cues.clause_words, *cues.verbs_told, *cues.verbs_untold))
    return PhraseList([e.phrase for e in entries], entries, cues, gap=2,
                      wide=[e.pos == "V" and " " in e.phrase.strip() and e.phrase.split()[0] not in cues.preverbs
                            for e in entries],
                      wide_gap=cues.verb_phrase_gap, blockers=blockers,
                      tight_last=frozenset(item_key(v, cues) for v in cues.compound_light_verbs),
                      fillers=frozenset(item_key(w, cues) for w in cues.compound_fillers),
                      joiners=frozenset(item_key(w, cues) for w in load_resources(lang).and_words))


def solid_forms(entries: list[LangEntry]) -> list[LangEntry]:
    """Noun phrases of the lexicon written as one word: Persian writes a compound open, with a ZWNJ (which splits
    words here) or solid ('ابزار دست', 'ابزاردست'; 'دست نشانده', 'دستنشانده'); the solid form is the same entry."""
    return [replace(e, phrase="".join(e.phrase.split())) for e in entries
            if e.pos == "N" and " " in e.phrase.strip() and not any(c in e.phrase.rstrip("*") for c in "*+")]


@cache
def idioms(lang: str) -> PhraseList:
    """The language's fixed expressions whose words are no trigger (cues `[scope] idioms`), word for word: with a gap
    'de acuerdo con' would take 'la firma de un acuerdo con'."""
    cues = load_cues(lang)
    return PhraseList(list(cues.idioms), list(cues.idioms), cues, gap=0)


@cache
def _entry_rows(lang: str) -> dict[LangEntry, int]:
    """Each entry's row in the language's lexicon (of equal entries, the last), to see how its first word matched:
    built once per language, not on every sentence (a dict over the whole lexicon, ~80 us a build)."""
    return {e: k for k, e in enumerate(lexicon(lang).values)}


def _acronyms_as_words(ws: list[Word], idx: list[int], items: tuple[str, ...], lang: str,
                       capitals: frozenset[int]) -> bool:
    """Whether each word in capitals of a match (in a sentence not itself in capitals: an acronym or a name) is matched
    as a whole word of the lexicon, by its own form or lemma: an item, or the stem of a stem or prefix pattern, that
    the word's whole form is ('SALDIRI', 'saldırı*'), not a stem it only begins with ('ΟΛΜΕ', the teachers' union,
    is no 'όλμ*', a mortar) (lang/capitals.py)."""
    return all(item.rstrip("*+") in whole_form_keys(ws[i].text, lang) for i, item in zip(idx, items) if i in capitals)


def find_triggers(ws: list[Word], lang: str) -> list[LangTrigger]:
    """Triggers of a sentence; where two overlap, the longer phrase (then the stronger) wins. A trigger with a word
    inside one of the language's idioms is another sense ('puesta en marcha': set going, not a march); a word in
    capitals amid ordinary case (an acronym) is a trigger only as a whole word of the lexicon."""
    lex = lexicon(lang)
    fixed = {i for _, _, idx, _ in idioms(lang).find(ws) for i in idx}
    first = _entry_rows(lang)
    capitals = acronym_positions(ws)
    found = [LangTrigger(a, b, tuple(idx), e) for a, b, idx, e in lex.find(ws)  # type: ignore[arg-type]
             if not fixed.intersection(idx) and _acronyms_as_words(ws, idx, lex.items[first[e]], lang, capitals)]
    found += [t for t in object_relatives(ws, lang) if not fixed.intersection(t.words)]

    def by_form(t: LangTrigger) -> bool:
        """Matched by the word's own form or lemma, not only through a participle rule after an auxiliary
        ('fue condenado': the entry 'condenado', sentenced, before 'condenar', to condemn)."""
        w = ws[t.start]
        return item_matches(lex.items[first[t.entry]][0], Word(w.i, w.start, w.end, w.text, keys_of(w.text, lang)),
                            lex.endings, lang)

    def stem(t: LangTrigger) -> int:
        """Letters of the word the first item's stem covers (cues `longest_stem`; 0 when the flag is off): in an
        agglutinative language the lexicon's longer stem explains more of the word, as a morphological analyser
        prefers it ('anlaşma|yı', the agreement in the accusative, over 'anlaş|ma|yı', read as a negated verb)."""
        return len(lex.items[first[t.entry]][0].rstrip("*+")) if longest else 0

    longest = load_cues(lang).longest_stem
    found.sort(key=lambda t: (-len(t.words), not by_form(t), -stem(t), -t.entry.strength, t.start))
    taken: set[int] = set()
    out = []
    for t in found:
        if taken.intersection(t.words):
            continue
        taken.update(t.words)
        out.append(_as_noun(t, ws, lang))
    return sorted(out, key=lambda t: t.start)


@cache
def _relative_phrases(lang: str) -> tuple[tuple[str, str, LangEntry], ...]:
    """The lexicon's two-item verb phrases whose first item is the verb's object and whose second is a verb stem
    ('ateş aç*', 'pusu kur*', 'gösteri düzenle*'): (object item, stem, entry)."""
    lex = lexicon(lang)
    return tuple((items[0], items[1][:-1], e) for items, e in zip(lex.items, lex.values)
                 if e.pos == "V" and len(items) == 2 and items[1].endswith(("*", "+")) and len(items[1]) >= 3)


def object_relatives(ws: list[Word], lang: str) -> list[LangTrigger]:
    """(mlC52) A noun + verb phrase of the lexicon told as a relative clause whose head is the verb's object: the verb,
    as a relative participle, stands before the noun ('silahlı kişilerin açtığı ateş sonucu', as a result of the fire
    the gunmen opened; 'PKK'nın kurduğu pusuda'; 'askerlere açılan ateş'). Why: a head-final language makes the object
    the head of the clause by moving it after its verb, so the lexicon's 'ateş aç*' (in order) misses the wire's most
    common way to tell the act inside a longer sentence. Which suffixes make such a participle is grammar, stated per
    language (cues `[scope] object_relative`: Turkish -DIK/-(y)AcAK with a possessive, the passive -Il/-In + -(y)An);
    a language without it is unchanged. The trigger covers both words, in text order."""
    cues = load_cues(lang)
    if not cues.object_relative or len(ws) < 2:
        return []
    rx = re.compile(cues.object_relative)
    endings = lexicon(lang).endings
    out = []
    for obj, stem, entry in _relative_phrases(lang):
        for i in range(len(ws) - 1):
            form = normalize(ws[i].text, lang, cues.strip_marks)
            if form.startswith(stem) and rx.match(form[len(stem):]) and item_matches(obj, ws[i + 1], endings, lang):
                out.append(LangTrigger(i, i + 2, (i, i + 1), entry))
    return out


def _as_noun(t: LangTrigger, ws: list[Word], lang: str) -> LangTrigger:
    """A one-word verb trigger written with the article (cues `last_prefixes`: 'التعذيب', 'للاعتقال', 'والقصف') is the
    verb's noun, the masdar: a verb never takes the article. Why: the lexicon's verb 'عذب' meets 'التعذيب' through its
    lemma, and read as a verb the masdar escaped every noun reading (a head word before it: 'ضحايا التعذيب'; a noun's
    arguments; the future of its clause). A verb whose own form begins with those letters ('التقى', met; 'التحم') is
    listed so in the lexicon and keeps its reading (mlA48)."""
    articles = load_cues(lang).last_prefixes
    if t.entry.pos != "V" or len(t.words) != 1 or not articles:
        return t
    low = normalize(ws[t.start].text, lang)
    phrase = normalize(t.entry.phrase.split()[0].rstrip("*+"), lang)
    if any(low.startswith(normalize(a, lang)) and len(low) - len(a) >= 3 and not phrase.startswith(normalize(a, lang))
           for a in articles):
        return replace(t, entry=replace(t.entry, pos="N"))
    return t
