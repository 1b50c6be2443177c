"""Trigger words written as part of a name, in languages that capitalise names only.

Why: in Spanish, Russian and Ukrainian an ordinary noun is written in lower case inside a
sentence; a trigger word with a capital there belongs to a name ('Tigres de Liberación',
'Policía de Granada', 'Комитет за мирное объединение'), not to a happening, when another
capitalised word stands next to it. The sentence's first word, a
word opening a quotation or a clause after a colon or dash, and words in an all-capitals headline
keep their reading. Which languages: the `capital_names` flag of the cue file (German capitalises
every noun, and Greek and Turkish headlines often use title case, so the flag is per language).
The `capital_verbs` flag takes only verb triggers so: Turkish title-cases named events, which are nouns
('Lozan Antlaşması', 'Kurtuluş Savaşı': the happening itself), but writes a verb with a capital inside a
sentence only in the title of a work ('Sıkıysa Yakala projesinde': a film, no arrest).
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word
from frontwatch.lang.triggers import LangTrigger

OPENERS = "«\"“„'(:—–-.!?¿¡"  # after one of these a capital starts a sentence or a quotation
CONNECTORS = 2  # short lower-case words inside a name ('de', 'del', 'за')


def _opens(ws: list[Word], text: str, i: int) -> bool:
    """Word i starts the sentence, a quotation or a clause after a colon or dash."""
    if i == 0:
        return True
    gap = text[ws[i - 1].end:ws[i].start].strip()
    return bool(gap) and gap[-1] in OPENERS


def _shouting(ws: list[Word]) -> bool:
    """Most cased words are all capitals: a wire headline ('EL EJERCITO ISRAELI EVACUO ...')."""
    cased = [w.text for w in ws if any(c.isalpha() for c in w.text)]
    return bool(cased) and sum(w.isupper() and len(w) > 1 for w in cased) * 2 > len(cased)


def named_triggers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of triggers whose first word is capitalised inside the sentence."""
    if not (cues.capital_names or cues.capital_verbs) or cues.caseless or _shouting(ws):
        return set()
    out = set()
    for k, t in enumerate(triggers):
        if not cues.capital_names and t.entry.pos != "V":
            continue
        w = ws[t.start].text
        if w[:1].isupper() and not w.isupper() and not _opens(ws, text, t.start) and _in_name(ws, text, t.start, t.end):
            out.add(k)
    return out


def _capital(ws: list[Word], text: str, i: int) -> bool:
    return ws[i].text[:1].isupper() and not _opens(ws, text, i)


def _in_name(ws: list[Word], text: str, start: int, end: int) -> bool:
    """Another capitalised word next to the trigger, across at most CONNECTORS short lower-case
    words ('Tigres de Liberación', 'Policía de Granada'): a name of several words. A lone capital
    ('en una Cumbre bilateral') is the wire's style for an institution's act and keeps its reading."""
    for step, i in ((-1, start - 1), (1, end)):
        skipped = 0
        while 0 <= i < len(ws) and ws[i].text.islower() and len(ws[i].text) <= 3 and skipped < CONNECTORS:
            i += step
            skipped += 1
        if 0 <= i < len(ws) and _capital(ws, text, i) and not (step == 1 and _opens(ws, text, i)):
            return True
    return False


__all__ = ["named_triggers"]
