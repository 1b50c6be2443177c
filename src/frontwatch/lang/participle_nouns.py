"""Verb triggers used as nouns or adjectives: a participle names people or things, not an act.

Why: Spanish names people by what was done to them ('los detenidos', 'uno de los heridos',
'el asunto de los desaparecidos'); the participle then refers to people already in custody or
hurt, and the sentence tells no arrest or attack of its own ('Uno de los detenidos atacó a los
guardias'). The participle endings and the determiners are per-language cue data ([scope]
`participle` and `determiners` in cues_<lang>.toml); languages without them are unaffected.
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, _morph, cue_phrases, lower
from frontwatch.lang.proximity import words_within
from frontwatch.lang.triggers import LangTrigger


def nominal_participles(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of one-word verb triggers in participle form right after a determiner."""
    if not cues.participle or not cues.determiners:
        return set()
    pattern = re.compile(cues.participle)
    dets = {lower(d, cues.lang) for d in cues.determiners}
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V" or len(t.words) != 1 or t.start == 0:
            continue
        if pattern.search(lower(ws[t.start].text, cues.lang)) and lower(ws[t.start - 1].text, cues.lang) in dets:
            out.add(k)
    return out


COPULA_WINDOW = 2  # 'был задержан', 'був раніше затриманий'


@lru_cache(maxsize=50_000)
def _attributive(word: str, lang: str) -> bool:
    """The likeliest reading is a full passive participle (ru PRTF; uk ADJF marked passive)."""
    parses = _morph(lang).parse(word)
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "PRTF" or (tag.POS == "ADJF" and "pssv" in tag)


def attributive_participles(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Russian and Ukrainian: indices of verb triggers opened by a full participle with no
    copula just before them ('вилучені кошти' is money seized earlier, not a seizure told here)."""
    if cues.lang not in ("ru", "uk"):
        return _bare_participles(triggers, ws, cues)
    copulas = {lower(c, cues.lang) for c in cues.copulas}
    relative = ({s for s, _, _, _ in cue_phrases(cues.lang, cues.relatives).find(ws)}
                if cues.relatives else set())
    out = set()
    for k, t in enumerate(triggers):
        # a phrase opened by the participle too: 'вводимые Западом санкции', 'подписанное соглашение'
        if t.entry.pos != "V" or not _attributive(ws[t.start].text, cues.lang):
            continue
        before = words_within((t.start, t.end), COPULA_WINDOW, len(ws), side="before")
        if any(lower(ws[j].text, cues.lang) in copulas or j in relative for j in before):
            continue  # 'був затриманий'; 'які вилучені детективами': the predicate of its clause
        out.add(k)
    return out


def prenominal_participles(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Head-final languages (Turkish): indices of verb triggers whose last word is a relative participle
    (cue `[scope] prenominal`) with a word of the same clause after it. 'tarafından tutuklanan subaylar'
    (the officers arrested by ...), 'özür dileyen bir şiir' (a poem apologising) name people or things by
    an act, as 'los detenidos' does; the sentence's own happening is told by its finite verb."""
    if not cues.prenominal:
        return set()
    pattern = re.compile(cues.prenominal)
    out = set()
    for k, t in enumerate(triggers):
        last = t.words[-1]
        if t.entry.pos != "V" or last + 1 >= len(ws) or not pattern.search(lower(ws[last].text, cues.lang)):
            continue
        if any(c in ",.;:!?()\"" for c in text[ws[last].end:ws[last + 1].start]):
            continue  # the participle closes its clause: a verb form of its own, not a modifier
        out.add(k)
    return out


__all__ = ["attributive_participles", "nominal_participles", "prenominal_participles"]


def _bare_participles(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Languages whose participle is marked by its ending (cue `[scope] participle`: Spanish): indices of
    one-word verb triggers in participle form with no auxiliary or copula in the two words before them
    ('la zona ocupada', 'el escultor injustamente atacado', 'no hubo ningún portavoz detenido'): an
    attribute naming a state or people, as a Russian full participle is. A participle that opens the
    sentence ('Detenidos tres etarras', a headline or an absolute clause), follows 'una vez' (an absolute
    clause: 'Una vez detenido, ...'; cue `copulas`), or stands in an all-capitals headline tells the act."""
    if not cues.participle:
        return set()
    pattern = re.compile(cues.participle)
    helpers = {lower(c, cues.lang) for c in (*cues.auxiliaries, *cues.copulas, *cues.passive_auxiliaries)}
    by = {lower(b, cues.lang) for b in cues.passive_by}
    out = set()
    for k, t in enumerate(triggers):
        w = ws[t.start].text
        if t.entry.pos != "V" or len(t.words) != 1 or t.start == 0 or w.isupper():
            continue
        if not pattern.search(lower(w, cues.lang)):
            continue
        if any(lower(ws[j].text, cues.lang) in helpers
               for j in words_within((t.start, t.end), COPULA_WINDOW, len(ws), side="before")):
            continue
        if t.end < len(ws) and lower(ws[t.end].text, cues.lang) in by:
            continue  # 'el acuerdo firmado por sus países': a passive with its doer tells the act
        out.add(k)
    return out
