"""A political noun in the genitive or after a preposition of topic names what something is about, not an act told.

Why: Greek news names statements, meetings and decisions as references far more often than it tells them: 'το
σκεπτικό της καταγγελίας' (the reasoning of the complaint), 'στο πλαίσιο της κινητοποίησης', 'διερεύνηση
καταγγελίας', 'οι συνέπειες των δασμών', 'με την καταγγελία για ...', 'προτού αναχωρήσει για την ευρωπαϊκή σύνοδο
κορυφής'. A noun in the genitive depends on another noun (Greek verbs take no genitive object; the genitive of a
noun phrase is its owner or topic), and one after 'για', 'με' (cues `[scope] topic_prepositions`) is what a word or
a trip is about or carries: in both the sentence's news is the other word, and the act the noun names was told
elsewhere, or is planned. The genitive is read from the language's own word lists (`lang/resources` `genitive_articles`
before the noun phrase, `genitive_endings` on the noun: 'καταγγελίας', 'κριτικής', 'κινητοποιήσεων', 'Συνόδου'), one
definition with the place readers.

Two readings keep the noun as the news:
- a relative clause right after it tells the act ('στο στόχαστρο σκληρής κριτικής που του άσκησε', 'στη σύσκεψη που
  έγινε την Παρασκευή'; cues `noun_relatives`);
- a head of time or setting governs the genitive ('κατά τη διάρκεια της συνάντησης', 'στο περιθώριο της Συνόδου
  Κορυφής', cues `frame_heads`): the meeting is the setting of what the sentence tells, so it took place (as
  Russian 'в ходе', 'по итогам', lang/noun_anchor.py).

Only political acts done by words or meetings (types with no ACLED pair): a protest, an arrest or a strike named in
the genitive ('κατά τη διάρκεια της διαδήλωσης συνελήφθησαν') is often the happening itself, which this does not
judge. Languages opt in with `[scope] genitive_topics`.
"""

from __future__ import annotations

from frontwatch.events import ontology
from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases, normalize
from frontwatch.lang.resources import load as load_resources
from frontwatch.lang.triggers import LangTrigger

RELATIVE_REACH = 2  # words between the noun and its relative pronoun (a possessive clitic, a name: 'κριτικής του Χ που')
MODIFIERS = 2  # words between a noun and its article (an ordinal, adjectives)
FRAME_GAP = 1  # words between a frame head and the genitive noun phrase's first word (the genitive article)


def _norm(word: str, cues: Cues) -> str:
    """The comparison form, case-folded: the resources' word lists are stored so ('της' → 'τησ')."""
    return normalize(word, cues.lang, cues.strip_marks).casefold()


def _phrase_start(ws: list[Word], k: int, text: str, cues: Cues) -> int:
    """The first word of the noun phrase ending at word k: its article, up to MODIFIERS words of its own before the
    noun ('της σκληρής κριτικής', 'της 4ης Τετραμερούς Συνόδου'), no punctuation between; k itself when none."""
    articles = {_norm(a, cues) for a in cues.articles}
    for j in range(k - 1, max(-1, k - 2 - MODIFIERS), -1):
        if any(not c.isspace() for c in text[ws[j].end:ws[j + 1].start]):
            return k
        if _norm(ws[j].text, cues) in articles:
            return j
    return k


def in_genitive(ws: list[Word], k: int, text: str, cues: Cues) -> bool:
    """Is the noun at word k in the genitive: a genitive article before its phrase, or a genitive ending on it?"""
    res = load_resources(cues.lang)
    first = _phrase_start(ws, k, text, cues)
    if first < k and _norm(ws[first].text, cues) in {_norm(a, cues) for a in res.genitive_articles}:
        return True
    word = _norm(ws[k].text, cues)
    return len(word) > 4 and word.endswith(tuple(_norm(e, cues) for e in res.genitive_endings))


def _starts(phrases: tuple[str, ...], ws: list[Word], cues: Cues) -> set[int]:
    """The first words of the sentence's matches of a cue list (none when the language sets none)."""
    return {s for s, _, _, _ in cue_phrases(cues.lang, phrases).find(ws)} if phrases else set()


def topic_nouns(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of political-only noun triggers in the genitive or after a topic preposition
    (right before the noun's phrase: its article and modifiers, `_phrase_start`), with no relative clause telling
    them and no frame head governing them (a head of time or setting right before the genitive phrase: 'διάρκεια της
    ...'). The sentence's cue words are found once, not per trigger."""
    if not cues.genitive_topics:
        return set()
    relatives = _starts(cues.noun_relatives, ws, cues)
    frames = _starts(cues.frame_heads, ws, cues)
    prep_ends = ({e - 1 for _, e, _, _ in cue_phrases(cues.lang, cues.topic_prepositions).find(ws)}
                 if cues.topic_prepositions else set())
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "N" or ontology.get(t.type).acled:
            continue
        if any(t.end <= r <= t.end + RELATIVE_REACH for r in relatives):
            continue
        first = _phrase_start(ws, t.start, text, cues)
        framed = any(first - 1 - FRAME_GAP <= h <= first - 1 for h in frames)
        if (in_genitive(ws, t.start, text, cues) and not framed) or first - 1 in prep_ends:
            out.add(k)
    return out


__all__ = ["in_genitive", "topic_nouns"]
