"""A violent act named as what a protest is against is the protest's topic, not a new event.

'protesta contra los bombardeos', 'протест против убийства', 'احتجاجا على مقتل', 'در اعتراض به کشتار',
'öldürülmesini protesto etmek istedi', 'patlamayı protesto eden gruba polis müdahale etti'.

Why: a protest is held over something that happened before and elsewhere (the killing protested was coded, if at
all, where and when it happened); the sentence reports the protest. An ACLED coder codes the demonstration (and the
intervention against it) and not the act the crowd protested: the act is the protest's object, as the content of a
demand is the demand's (lang/event_scope.py `PROSPECTIVE`). The object is told by the word that links a protest to
what it is against (cues `[scope] protest_object`: 'contra', 'против', 'على', 'به'), right after the protest word,
with the act's noun within OBJECT_WINDOW words after it in the same clause (a linking phrase may begin with the
protest word itself, 'اعتراض به', where the bare preposition is too wide); in a verb-final language (cues
`[scope] protest_object_first`) by the act's noun standing right before the protest word, its object.

A condemnation is not read so: the guideline (§4) codes the condemned attack when the sentence reports it as fact, and
a condemnation names its act as something that did happen (event_scope's topic rule keeps it the same way). Nor is a
clash after a protest ('la protesta terminó en enfrentamientos'): no linking word stands between them.

The same holds for other nouns that take an act as their topic, ground or object (mlK44): a work ('un documentaire
sur la bataille de Verdun', 'фильм о битве'), a commemoration ('la commémoration du massacre', 'годовщина теракта'), a
trial or its parties ('el juicio por el atentado', 'al autor del atentado de Barcelona', 'پرونده ترور'), redress and
sanctions ('compensation for the bombing', 'санкции за вторжение'). The sentence reports the film, the trial or the
sanction; the act is background in a sentence about something else (guideline §3), coded, if at all, where and when
it happened. Such nouns are cues `[scope] topic_heads` (a phrase may end in the word that introduces the topic:
'sanciones por'); the act's noun stands within OBJECT_WINDOW words after the head in its clause, no conjunction
between ('las sanciones y los bombardeos': two things), or, in a verb-final language, within OBJECT_WINDOW words
before it ('saldırının yıldönümü'). Not so an inquiry, a report or a condemnation: those name their act as a fact
the sentence tells, and the guideline codes it (§4).
"""

from __future__ import annotations

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import same_clause
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import within
from frontwatch.lang.resources import load as load_resources
from frontwatch.lang.triggers import LangTrigger

PROTEST = "protest"
MARKER_GAP = 3  # words between the protest word and its linking word ('protestaron ayer en Madrid contra')
OBJECT_WINDOW = 3  # words between the linking word and the act's noun ('contra los recientes bombardeos')
# (mlB52) after a kin phrase the act that befell its people follows as their genitive, an article at most between
# ('συγγενείς των θυμάτων της επίθεσης', 'خانواده‌های قربانیان حمله'); further on stands the clause's own act ('οι
# οικογένειες των ομήρων πραγματοποίησαν διαδήλωση': the protest is the news)
KIN_WINDOW = 1


def protest_objects(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of violent triggers that are what a protest trigger in their clause is against."""
    protests = [t for t in triggers if t.type == PROTEST]
    if not protests or not (cues.protest_object or cues.protest_object_first):
        return set()
    markers = cue_phrases(cues.lang, cues.protest_object).find(ws) if cues.protest_object else []
    out = set()
    for k, t in enumerate(triggers):
        if t.type == PROTEST or not ontology.get(t.type).violent:
            continue
        for p in protests:
            if cues.protest_object_first and _object_before(t, p, ws, text, cues):
                out.add(k)  # 'patlamayı protesto eden', 'öldürmesini Galatasaray Meydanı'nda protesto etmek'
                break
            if any((p.start <= s <= p.end or within((p.start, p.end), (s, e), MARKER_GAP, side="after", inclusive=True))
                   and within((s, e), (t.start, t.end), OBJECT_WINDOW, side="after", inclusive=True)
                   and same_clause(ws, text, p.end - 1, t.start)
                   for s, e, *_ in markers):
                out.add(k)  # 'protesta contra los bombardeos', 'احتجاجا على مقتل'
                break
    return out


def headed_topics(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of violent or protest noun triggers that are the topic of a topic head (cues `topic_heads`) in their
    clause: 'documentaire sur la bataille', 'autor del atentado', 'saldırının yıldönümü'; and (mlB52) violent ones that a
    kin phrase (cues `kin_heads`) names its people by: 'οι συγγενείς των θυμάτων της επίθεσης'."""
    if not cues.topic_heads and not cues.kin_heads:
        return set()
    heads = [(s, e) for s, e, *_ in cue_phrases(cues.lang, cues.topic_heads).find(ws)] if cues.topic_heads else []
    kin = [(s, e) for s, e, *_ in cue_phrases(cues.lang, cues.kin_heads).find(ws)] if cues.kin_heads else []
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or not (t.type == PROTEST or ontology.get(t.type).violent):
            continue  # a conviction after a trial ('el juicio terminó con una condena') is the trial's own outcome
        if t.type != PROTEST and any((s < t.end and t.start < e) or within((s, e), (t.start, t.end), KIN_WINDOW,
                                                                            side="after", inclusive=True)
                                     for s, e in kin):
            out.add(k)  # the hostages, the victims' attack: what the kin are named by ('οι οικογένειες των ομήρων')
            continue
        for s, e in heads:
            if s < t.end and t.start < e:
                continue  # the head itself ('sanciones' is a sanction)
            if cues.protest_object_first:
                first, last = (t.start, t.end), (s, e)
            else:
                first, last = (s, e), (t.start, t.end)
            if within(first, last, OBJECT_WINDOW, side="after", inclusive=True) \
                    and same_clause(ws, text, first[1] - 1, last[0]) and not _joined(ws, first[1], last[0], cues):
                out.add(k)
                break
    return out


def _joined(ws: list[Word], a: int, b: int, cues: Cues) -> bool:
    """A conjunction among words a..b-1: the two words name two things ('çatışmalar ve protestolar')."""
    joiners = load_resources(cues.lang).and_words
    return any(ws[i].text.casefold() in joiners for i in range(a, b))


def _object_before(t: LangTrigger, p: LangTrigger, ws: list[Word], text: str, cues: Cues) -> bool:
    """In a verb-final language, the act's word stands before the protest word within OBJECT_WINDOW words of its
    clause, with no conjunction between ('çatışmalar ve protestolar': two happenings, not one's object): the words
    between are the protest's setting ('Galatasaray Meydanı'nda')."""
    if t.end > p.start or not within((t.start, t.end), (p.start, p.end), OBJECT_WINDOW, side="after", inclusive=True):
        return False
    return same_clause(ws, text, t.end - 1, p.start) and not _joined(ws, t.end, p.start, cues)


__all__ = ["headed_topics", "protest_objects"]
