"""Support verbs used as verbs of saying: 'όπως υποστηρίζει ο ΙΣΑ', '«...» υποστηρίζει η Kaspersky'.

Why: Greek 'υποστηρίζω' and Spanish 'sostener'/'defender' both back an actor and maintain a claim. The
claim reading already has one rule (a 'that' clause after the verb, event_scope.opinion_verbs); the other
form of the same reading is parenthetical: the verb comes after what it reports, right after a closing
quotation mark, or after 'as' (cues `[scope] as_words`: Greek 'όπως'), or after a comma with its subject right after
it (cues `[scope] subject_articles`, the nominative articles: '..., υποστηρίζει ο ΙΣΑ', mlB42): the reporting clause
put after the content, with the subject inverted. Backing someone takes an object after the verb and never stands so
(the object's article is accusative: 'υποστηρίζει τον'). A request verb after 'as' is a requirement, not a demand
made: 'как требует законодательство', 'como exige la ley', 'όπως ορίζει'. A warning verb after 'as' attributes
a danger to its source ('όπως προειδοποιούν οι αρχές, ο κίνδυνος δεν έχει περάσει', 'как предупреждают врачи'): the
source tells what it expects, and threatens no one (mlB25). Measured on corpus sentences outside the set first (the
tune part holds no such verb as an event).
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import OPINION_TYPES
from frontwatch.lang.event_tokens import Word, normalize
from frontwatch.lang.triggers import LangTrigger

# after 'as' a request verb states a requirement, not a demand ('как требует законодательство', 'como exige la ley'),
# and a warning verb names the source of a forecast, not a threat ('όπως προειδοποιούν οι αρχές', 'como advierten')
AS_TYPES = OPINION_TYPES | {"request", "threaten"}
CLOSING_QUOTES = "»\"”’"  # as the first character between the words: glued to the word before, so closing


def parenthetical_support(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of support verbs right after a closing quotation mark or an 'as' word, and of
    request and warning verbs right after an 'as' word."""
    if not cues.as_words:
        return set()  # a language opts in with its 'as' words (quotation conventions differ: ar, fa write none)
    as_words = {normalize(x, cues.lang, cues.strip_marks) for x in cues.as_words}
    subjects = {normalize(x, cues.lang, cues.strip_marks) for x in cues.subject_articles}
    out = set()
    for k, t in enumerate(triggers):
        if t.entry.pos != "V" or t.type not in AS_TYPES or t.start == 0:
            continue
        gap = text[ws[t.start - 1].end:ws[t.start].start]
        before = normalize(ws[t.start - 1].text, cues.lang, cues.strip_marks)
        if (t.type in OPINION_TYPES and gap[:1] and gap[0] in CLOSING_QUOTES) or before in as_words:
            out.add(k)
        elif t.type in OPINION_TYPES and _inverted_report(t, ws, text, subjects, cues):
            out.add(k)
    return out


def _inverted_report(t: LangTrigger, ws: list[Word], text: str, subjects: set[str], cues: Cues) -> bool:
    """The verb stands right after a comma and a nominative article follows it: '..., υποστηρίζει ο ΙΣΑ'."""
    if not subjects or t.end >= len(ws) or text[ws[t.start - 1].end:ws[t.start].start].strip() != ",":
        return False
    return normalize(ws[t.end].text, cues.lang, cues.strip_marks) in subjects
