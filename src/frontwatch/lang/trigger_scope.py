"""Noun triggers that a sentence names without telling that they happened (word-order readings).

Why: in Arabic and Persian most triggers are nouns (verbal nouns, and Persian light-verb
constructions such as 'بازداشت کردند' = 'arrest did'), and a noun is often in the sentence
for another reason than its happening. Without a parser, readings from the words next
to the noun stand in for the grammar, each driven by the language's `[scope]` cue lists
(data/lang/cues_<lang>.toml), so a language without them is not affected:

- **head**: a noun right after a word that makes it a modifier (or right before a word that
  makes it another thing: 'حملات سایبری', cyber attacks) is part of a name or a description: 'محضر اجتماع' (minutes of a meeting: a document title), 'مرافق الاحتجاز'
  (detention facilities), 'حزب التحرير' (the Liberation Party), 'در زمان حمله' (at the time of
  the attack: a time reference).
- **light verb**: Persian tells a noun's happening by the light verb after it; the first
  light verb within LIGHT_WINDOW words in the noun's clause decides: past ('بازداشت شد',
  'حمله کردند') tells a happening, present, future, subjunctive or 'is' ('اعزام می‌شوند'
  = are being sent, 'در بازداشت است' = is in custody) a habit, a plan or a state; but a speech
  act in the first person present ('عذرخواهی می‌کنم', I apologise) is done by saying it, and a
  word of blame (`speech`) is the speaker's act whatever the tense of what it blames. Nouns of the
  `needs_verb` types (support, aid) with no light verb at all in their clause name a thing
  ('حمایت های مالی', financial support), not an act.
- **off topic**: a sentence about sport (a player, a league, a match) uses the words of
  politics for the game ('دیدار' = a match, criticism of a player's weight); its non-violent
  political triggers are none.
- **defined**: in a language with articles, a noun of some types after a definite article names a
  thing already known (the agreement under debate), not news that it happened.
"""

from __future__ import annotations

import re

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, normalize
from frontwatch.lang.light_verbs import light_verb_ending
from frontwatch.lang.proximity import within
from frontwatch.lang.triggers import LangTrigger

# words between a noun and its light verb ('بازداشت موقت [است]', 'نشست دیگری را در همین رابطه برگزار [کنند]'):
# the clause is verb-final, so the first verb form after the noun closes it, unless a clause
# word ('که': that, which) opens another first
LIGHT_WINDOW = 8
# PLOVER acts done by words: said in the first person present, they happen as they are said
# (not SUPPORT: "we support ..." in the present is a standing position, an opinion)
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "CONCEDE", "THREATEN"})
CLAUSE_STOPS = ",.;:!?()«»\"“”—–/،؛"


def _starts(items: tuple[str, ...], ws: list[Word], cues: Cues) -> set[int]:
    return {s for s, _, _, _ in cue_phrases(cues.lang, items).find(ws)} if items else set()


def _surface(items: tuple[str, ...], ws: list[Word], cues: Cues) -> set[int]:
    """Words whose written form is one of `items`: a tense is in the form, and a lemma erases it
    (simplemma gives 'کنند' the lemma 'کرد')."""
    forms = {normalize(x, cues.lang, cues.strip_marks) for x in items}
    return {w.i for w in ws if normalize(w.text, cues.lang, cues.strip_marks) in forms}


_ASIDE = re.compile(r"\([^()]*\)")


def _asides(ws: list[Word], text: str) -> set[int]:
    """Words inside a bracketed aside ('(22 سپتامبر / اول مهر)', '(ره)'): a date or an honorific
    within a clause, which neither closes it nor holds its verb."""
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    return {w.i for w in ws if any(a < w.start < b for a, b in spans)}


def _stop_between(ws: list[Word], text: str, a: int, b: int) -> bool:
    """A clause stop between words a and b, not counting a bracketed aside between them."""
    return any(c in CLAUSE_STOPS for c in _ASIDE.sub(" ", text[ws[a].end:ws[b].start]).strip())


def headed_nouns(triggers: list[LangTrigger], ws: list[Word], cues: Cues, text: str = "") -> set[int]:
    """Indices of noun triggers right after a head word ('محضر اجتماع', 'در زمان حمله'), or right
    before a word that makes them another thing ('حملات سایبری', cyber attacks: `tails`)."""
    # a head may be a phrase ('در واکنش به', in reaction to): its last word stands right before the noun
    heads = {e - 1 for _, e, _, _ in cue_phrases(cues.lang, cues.heads).find(ws)} if cues.heads else set()
    heads -= compound_frame_heads(triggers, ws, cues, text)
    tails = _starts(cues.tails, ws, cues)
    verbs = _starts(cues.clitic_verbs, ws, cues)
    return {k for k, t in enumerate(triggers) if (t.entry.pos == "N" and (t.start - 1 in heads or t.end in tails))
            or (_clitic_headed(t, ws, cues) and not any(
                within((t.start, t.end), (v, v + 1), LIGHT_WINDOW, side="before") and not _stop_between(ws, text, v, t.start)
                for v in verbs))}


FRAME_WINDOW = 4  # words between a frame's act noun and its closing word ('مورد انتقاد شدید نمایندگان قرار گرفت')


def compound_frame_heads(triggers: list[LangTrigger], ws: list[Word], cues: Cues, text: str = "") -> set[int]:
    """(mlA53) Indices of head words that open a compound verb's frame around the noun trigger right after them:
    Persian 'مورد N قرار گرفت' (N was done to it: 'مورد حمله افراد مسلح قرار گرفت', was attacked by gunmen) and 'مورد N
    قرار داد' (did N to it: 'مورد انتقاد قرار داد', criticised). Why: 'مورد' is also the head 'regarding' ('در مورد
    حمله', about the attack), which makes the noun a topic; in the frame the noun is the act of the clause's verb, the
    way the language tells a passive or an act done to an object. The frame is closed by its word (cues
    `[scope] compound_frames`: opener, closer) within FRAME_WINDOW words after the noun, in the noun's clause; the
    closer's own light verb then tells the tense, as for any compound (`untold_nouns`)."""
    if not cues.compound_frames:
        return set()
    out = set()
    for opener, closer in cues.compound_frames:
        opens = _surface((opener,), ws, cues)
        closes = _surface((closer,), ws, cues)
        for t in triggers:
            if t.entry.pos != "N" or t.start - 1 not in opens:
                continue
            if any(j in closes and not _stop_between(ws, text, t.end - 1, j) if text else j in closes
                   for j in range(t.end, min(len(ws), t.end + FRAME_WINDOW + 1))):
                out.add(t.start - 1)
    return out


def _clitic_headed(t: LangTrigger, ws: list[Word], cues: Cues) -> bool:
    """A trigger of the `clitic_types` written with a preposition glued to it ('بدعم من', with the support of;
    'تحظى بدعم', enjoys the support; 'لتأييده', for his support): Arabic's 'با حمایت', an adjunct of
    another act or a state, not backing given; unless a verb whose object takes that preposition governs
    it in its clause ('قامت اليونيسف بدعم', 'بدأ الفريق بتقديم خدمات': the act is told). The conjunction
    ('و', 'ف') may stand before the clitic."""
    if t.type not in cues.clitic_types or not cues.clitic_heads:
        return False
    word = normalize(ws[t.start].text, cues.lang, cues.strip_marks)
    first = normalize(t.entry.phrase.split()[0].rstrip("*+"), cues.lang, cues.strip_marks)
    for body in (word, word[1:] if word[:1] in ("و", "ف") else word):
        if any(body.startswith(c) and not first.startswith(c) for c in cues.clitic_heads):
            return True
    return False


def _perfect(ws: list[Word], j: int, lo: int, cues: Cues) -> bool:
    """'خوانده است', 'کرده‌اند': a past participle before the auxiliary is the perfect, a past tense."""
    return j > lo and any(normalize(ws[j - 1].text, cues.lang).endswith(x) for x in cues.participle_endings)


def _performative(t: LangTrigger, j: int, performative: set[int]) -> bool:
    """'عذرخواهی می‌کنم' (I apologise), 'اخطار می‌دهم' (I warn): a speech act in the first person present
    is done by saying it; a violent or material act in the present is a habit or a plan."""
    ty = ontology.get(t.type)
    return not ty.acled and ty.plover in SPEECH_ACTS and bool({j, j + 1} & performative)


def _clause(scan: list[int], t: LangTrigger, ws: list[Word], text: str, opens: set[int]) -> list[int]:
    """The words of `scan` up to the first clause stop or clause word ('که') after the noun."""
    out = []
    for prev, j in zip([t.end - 1] + scan, scan):
        if _stop_between(ws, text, prev, j) or j in opens:
            break
        out.append(j)
    return out


def untold_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices of noun triggers whose first light verb in their clause is not a past one."""
    if not cues.verbs_untold:
        return set()
    told, untold = _surface(cues.verbs_told, ws, cues), _surface(cues.verbs_untold, ws, cues)
    opens = _surface(cues.clause_words, ws, cues)
    trigger_words = {i for t in triggers for i in t.words}
    performative = _surface(cues.performative, ws, cues)
    asides = _asides(ws, text)
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos == "V":
            # a verb phrase is read by its own light verb too ('تهدید نکرد', 'سلاح ... کشف نکرد': did not threaten,
            # seize), or by the one right after the nominal part it ends on ('سفیر را احضار نکرد', 'درگیر نشدند',
            # 'احضار خواهد کرد'); a phrase ending on a verb of its own ('از ... می خواهیم') has none after it
            light = t.end - 1 if t.end - 1 in told | untold else t.end
            if light > t.start and light in untold and not _stop_between(ws, text, t.end - 1, light) \
                    and not _perfect(ws, light, t.start, cues) and not _performative(t, light, performative):
                out.add(k)
            continue
        if t.entry.pos != "N" or t.entry.speech:
            continue  # a word of blame is the speaker's act: the tense of what is blamed does not matter
        scan = [j for j in range(t.end, len(ws)) if j not in asides][:LIGHT_WINDOW]
        if t.type in cues.needs_verb and not any(j in told or j in untold for j in _clause(scan, t, ws, text, opens)):
            out.add(k)  # 'حمایت های مالی شهروندان' (citizens' financial support): a thing named, no act told
            continue
        for prev, j in zip([t.end - 1] + scan, scan):
            if _stop_between(ws, text, prev, j) or j in opens or (j in trigger_words and j not in told | untold):
                break  # another clause, or another act's noun: its verb is not this noun's
            if j in told:
                break
            if j in untold:
                if not _perfect(ws, j, t.end, cues) and not _performative(t, j, performative):
                    out.add(k)
                break
    return out


def off_topic(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices of non-violent political triggers in a sentence about sport, of the war words the
    language's sport pages use as metaphors (cues `off_topic_types`: 'без бою', 'атака', 'штурм'), and of
    the trigger words that sport gives a sense of their own (cues `off_topic_words`: Spanish 'concentración',
    the squad gathered before a match, a dictionary's sport sense, not a rally). Words of a squad's training or of
    preparing a match (cues `off_topic_senses`) select that sense alone: soldiers train and parties prepare too."""
    sport = bool(_starts(cues.off_topic, ws, cues))
    senses = _sport_senses(ws, cues) if sport or _starts(cues.off_topic_senses, ws, cues) else set()
    if not sport:
        return {k for k, t in enumerate(triggers) if set(t.words) & senses}
    return {k for k, t in enumerate(triggers) if t.type in cues.off_topic_types or set(t.words) & senses
            or (not ontology.get(t.type).violent and not ontology.get(t.type).acled)}


def _sport_senses(ws: list[Word], cues: Cues) -> set[int]:
    """Words of the sentence that are trigger words with a sport sense of their own (cues `off_topic_words`)."""
    if not cues.off_topic_words:
        return set()
    return {i for s, e, _, _ in cue_phrases(cues.lang, cues.off_topic_words).find(ws) for i in range(s, e)}


def accidents(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices of the destruction, blast and outcome triggers (cues `accident_types`, and every `outcome` word) of a
    sentence that names a natural disaster or an accident (cues `accident`: 'هدم في زلزال', 'انفجار گاز',
    'depremde ... öldü'). Why: houses destroyed by an earthquake, a gas blast and the dead of a flood are told with
    the words of political violence, and ACLED codes none of them; a sentence about such a disaster rarely also
    tells an attack, which keeps its own words (an attack verb is not of these types)."""
    if not cues.accident or not _starts(cues.accident, ws, cues):
        return set()
    return {k for k, t in enumerate(triggers) if t.type in cues.accident_types or t.entry.outcome}


ARTICLE_GAP = 2  # the article, then at most one modifier ('της ιστορικής συμφωνίας')


def defined_nouns(triggers: list[LangTrigger], ws: list[Word], cues: Cues, text: str = "") -> set[int]:
    """Indices of noun triggers of the `defined_types` right after a definite article, or after one
    word that follows it. 'η συμφωνία', 'της ιστορικής συμφωνίας' name an agreement the reader already
    knows, which the sentence judges, explains or ratifies; the news that one was reached is told by a
    verb ('συμφώνησαν', 'υπέγραψαν') or by a bare headline noun ('Συμφωνία για ...'). In a language
    of light verbs (Persian), a past light verb in the noun's own clause still tells it happened
    ('این نشست ... برگزار شد', this meeting was held)."""
    if not (cues.articles or cues.plural_marks) or not cues.defined_types:
        return set()
    arts = _surface(cues.articles, ws, cues) if cues.articles else set()
    plural = _plural(ws, cues)
    told = _surface(cues.verbs_told, ws, cues) if cues.verbs_told else set()
    untold = _surface(cues.verbs_untold, ws, cues) if cues.verbs_untold else set()
    opens = _surface(cues.clause_words, ws, cues)
    asides = _asides(ws, text)
    out = set()
    for k, t in enumerate(triggers):
        if not (t.entry.pos == "N" and t.type in cues.defined_types
                and (any(t.start - g in arts for g in range(1, ARTICLE_GAP + 1)) or t.end - 1 in plural)):
            continue
        # the whole clause, with an apposition after the noun ('این نشست به دعوت X، مسئول ... برگزار شد')
        scan = [j for j in range(t.end, len(ws)) if j not in asides]
        if told and _told_first(_clause(scan, t, ws, text.replace(",", " ").replace("،", " "), opens), told, untold,
                                ws, t, cues):
            continue
        out.add(k)
    return out


def _told_first(clause: list[int], told: set[int], untold: set[int], ws: list[Word], t: LangTrigger,
                cues: Cues) -> bool:
    """Does the first light verb of the clause tell a past happening? (mlA53) A verb-final clause ends at its first
    verb: a future, present or negated auxiliary there ('در برابر این اتهام ها دست روی دست نخواهد گذاشت', will not sit
    idle before these accusations) closes the noun's clause, and a past verb further on ('و تاکید کرد که ...') is
    another clause's; the perfect ('کرده است') is past."""
    for j in clause:
        if j in told:
            return True
        if j in untold and not _perfect(ws, j, t.end, cues):
            return False
    return False


def _plural(ws: list[Word], cues: Cues) -> set[int]:
    """Indices of words in the plural by a mark of `plural_marks`: glued to the word ('نشست‌های', 'دیدارهای')
    or written apart after it ('تحریم ها'). A plural political noun ('نشست های تخصصی', 'انتقادهای وارد بر ...',
    'سطح تحریم ها': sessions, criticisms, sanctions) names a class of acts, as a noun after an article names a
    known one; one meeting or one accusation that happened is told in the singular or by a past light verb."""
    marks = tuple(normalize(m, cues.lang, cues.strip_marks) for m in cues.plural_marks)
    out = set()
    for w in ws:
        form = normalize(w.text, cues.lang, cues.strip_marks)
        if form in marks and w.i > 0:
            out.add(w.i - 1)
        elif any(form.endswith(m) and len(form) > len(m) + 2 for m in marks):
            out.add(w.i)
    return out


def modal_clauses(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Verb-final languages (Turkish): indices of triggers whose clause ends in a verb of ability,
    possibility, necessity or condition (cue `modal_end`: 'antlaşmalar kurabilir', may make treaties;
    'saldırmalı', must attack). The clause's last word is its verb; such a clause reports no happening.
    A clause ending in a verb of belief, hope or expectation (cue `stance_end`: 'istifa etmesi gerektiğini
    düşünüyor', 'saldırıyı düzenlediği düşünülüyor') holds an opinion, the verb-final form of lang/stance.py's
    cue-first reading; as there, blame and speech in it stay the speaker's act. (mlC50) A clause ending in a light verb
    in the aorist or the conditional (cues `generic_verb` after a `light_verbs` stem: 'gösterilere genellikle sert
    müdahale eder', intervenes in protests as a rule; 'ateşkes ilan edilirse') tells a habit, a rule or a condition, as
    the same suffix on a verb trigger or a noun's own light verb does (lang/events `_verb_suffix`): the acts its nouns
    name are not told."""
    if not cues.modal_end and not cues.stance_end:
        return set()
    habit = re.compile(cues.generic_verb) if cues.generic_verb and cues.light_verbs else None
    pattern = re.compile(cues.modal_end) if cues.modal_end else None
    stance = re.compile(cues.stance_end) if cues.stance_end else None
    asides = _asides(ws, text)
    # a bracketed aside ('(kilise anlaşmaları)') neither ends the clause nor holds its verb; a trigger inside
    # one glosses a noun of the clause around it
    plain = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    out = set()
    for k, t in enumerate(triggers):
        j = t.end - 1
        for i in range(t.end, len(ws)):
            if _stop_between(ws, plain, i - 1, i):
                break
            if i not in asides:
                j = i
        last = normalize(ws[j].text, cues.lang, cues.strip_marks)
        own = normalize(ws[t.end - 1].text, cues.lang, cues.strip_marks)
        # a trigger that is itself a verb of condition or ability inside the clause ('İsrail'e saldırırsa karşılık
        # vereceğini açıkladı': if it attacks) reports none either, whatever verb ends the clause
        if pattern and (pattern.search(last) or pattern.search(own)):
            out.add(k)
        elif habit and j >= t.end and (rest := light_verb_ending(ws[j].text, cues)) is not None and habit.match(rest):
            out.add(k)
        elif stance and stance.search(last) and not t.entry.speech and ontology.get(t.type).plover != "ACCUSE":
            out.add(k)
    return out


def explained_nouns(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Verb-final languages (Turkish): indices of noun triggers of a sentence whose last word is a verb of
    origin (cue `cause_end`: 'savaş, ... uyuşmazlıktan da kaynaklanıyordu', the war stemmed from a discord too;
    'topçu ateşinin isabetliliği, ... kaynaklanmaktadır'). Why: the sentence explains the act it names, analysis
    of a cause (guideline §3), no happening told. The whole sentence, not the clause: Turkish sets a comma after
    a long subject, and the subject is what is explained. Verb triggers keep their reading: they tell an act of
    their own clause."""
    if not cues.cause_end or not ws:
        return set()
    if not re.search(cues.cause_end, normalize(ws[-1].text, cues.lang, cues.strip_marks)):
        return set()
    return {k for k, t in enumerate(triggers) if t.entry.pos == "N"}


JUDGED_WINDOW = 8  # words between the object marker and the verb of calling ('را نقض فاحش سند سازمان ملل خوانده')


def judged_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """(mlA53) Indices of speech-act noun triggers (a threat, an accusation, a demand, a refusal: SPEECH_ACTS with no
    ACLED type) that are the object of a verb of calling or deeming (cues `[scope] judging`) in their clause: the noun,
    then the object marker ('را', cues `object_marker`) with no light verb of the noun's own between, then within
    JUDGED_WINDOW words the verb ('تهدید عربستان ... را نقض فاحش سند سازمان ملل خوانده', called Saudi Arabia's threat a
    violation of the UN charter; 'اتهامات را بی اساس دانست', deemed the accusations baseless). Why: the act named so is
    what the speaker judges, told before; the news is the judgement (an accusation, a rejection), which the words
    after the object marker carry. Guideline §4: a statement about a happening is coded as the statement."""
    if not (cues.judging and cues.object_marker):
        return set()
    marks = _surface(cues.object_marker, ws, cues)
    verbs = {s for s, _, _, _ in cue_phrases(cues.lang, cues.judging).find(ws)}
    if not marks or not verbs:
        return set()
    light = _surface(cues.verbs_told, ws, cues) | _surface(cues.verbs_untold, ws, cues)
    opens = _surface(cues.clause_words, ws, cues)
    out = set()
    for k, t in enumerate(triggers):
        ty = ontology.get(t.type)
        if t.entry.pos != "N" or ty.acled or ty.plover not in SPEECH_ACTS:
            continue
        for m in range(t.end, min(len(ws), t.end + LIGHT_WINDOW)):
            if _stop_between(ws, text, t.end - 1, m) or m in opens or m in light:
                break
            if m in marks:
                if any(v in verbs and not _stop_between(ws, text, m, v) and not opens.intersection(range(m, v))
                       for v in range(m + 1, min(len(ws), m + JUDGED_WINDOW + 1))):
                    out.add(k)
                break
    return out


def unreported_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Every trigger index that one of the readings takes as no happening of its own."""
    return (headed_nouns(triggers, ws, cues, text) | untold_nouns(triggers, ws, text, cues) | off_topic(triggers, ws, cues)
            | accidents(triggers, ws, cues) | defined_nouns(triggers, ws, cues, text) | modal_clauses(triggers, ws, text, cues)
            | explained_nouns(triggers, ws, cues) | judged_nouns(triggers, ws, text, cues))


__all__ = ["accidents", "compound_frame_heads", "defined_nouns", "explained_nouns", "headed_nouns", "judged_nouns", "modal_clauses",
           "off_topic", "unreported_nouns", "untold_nouns"]
