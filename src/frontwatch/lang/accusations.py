"""An accusation told with no blame verb: a speaker's words that call another actor a wrongdoer.

Why: the guideline codes a political actor's words that accuse or condemn as ACCUSE (§4 on statements),
and politicians seldom say 'I accuse': they say what the other side *is* ('the fire was a conspiracy',
'η φωτιά ήταν μια συνωμοσία'; 'we hold the MEK to be terrorism', 'منافقین را تروریسم می دانیم') or tell the
addressee what *you* did ('you welcomed the terrorists with open arms', 'شما تروریست ها را ... پذیرفتید').
The nouns that do this ('conspiracy', 'fraud', 'terrorist') also name real things in plain reports ('the
terrorists were arrested', 'an investigation into the fraud'), so they are no triggers of their own
(the `speech` words of the trigger lexicon are the ones that blame wherever they are quoted). One of them
names an accusation when three things hold, as a linguist would state the construction:

1. the sentence reports someone's words: a reporting verb or a speaker's colon (the caller's `reported`);
2. the word stands in the reported content, after the reporting verb or the colon;
3. the word is *predicated* of someone, not used to refer: it is the complement of a copula or of a
   verb of calling or holding (cues `[scope] predicating`: 'είναι', 'ήταν', 'αποτελεί'; 'است', 'می دانیم',
   'خواند'), on the side the language puts the complement (before the verb in verb-final Persian, after it
   in Greek); or the content addresses the other side in the second person (cues `addressee`: 'εσείς',
   'شما'), which makes whatever wrongdoing it names the addressee's.

The labels themselves are a data list per language (cues `[scope] wrongdoing_labels`). Whether the speaker
is a political actor is left to the rules that read every political trigger (lang/lay_domain.py).
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import VERB_FINAL
from frontwatch.lang.event_tokens import Word, cue_phrases, normalize
from frontwatch.lang.proximity import within
from frontwatch.lang.triggers import LangEntry, LangTrigger

PREDICATE_WINDOW = 2  # words between the copula or naming verb and its complement ('ήταν μια συνωμοσία')
VERB_FINAL_WINDOW = 1  # words between a verb-final complement and its copula: a plural mark ('تروریست ها هستند'),
# no more, as 'است' is also the perfect's auxiliary ('... انجام شده است')
LABEL_STRENGTH = 0.55  # as the lexicon's `speech` words of blame


def label_accusations(ws: list[Word], cues: Cues, content_start: int | None,
                      taken: frozenset[int] = frozenset()) -> list[LangTrigger]:
    """Accusation triggers for wrongdoing labels predicated of someone, or aimed at an addressee, in the reported
    content (words from index `content_start` on; None: the sentence reports no one's words). Words already part
    of a trigger (`taken`) are left to it."""
    if content_start is None or not cues.wrongdoing_labels:
        return []
    labels = [(s, e, idx) for s, e, idx, _ in cue_phrases(cues.lang, cues.wrongdoing_labels).find(ws)
              if s >= content_start and not taken.intersection(idx)]
    if not labels:
        return []
    predicating = [(s, e) for s, e, _, _ in cue_phrases(cues.lang, cues.predicating).find(ws)] \
        if cues.predicating else []
    addressed = any(w.i >= content_start for w in pronouns(ws, cues, cues.addressee))
    out = []
    for s, e, idx in labels:
        if addressed or any(_complement(s, e, ps, pe, cues.lang) for ps, pe in predicating):
            entry = LangEntry(" ".join(ws[i].text for i in idx), "N", "accuse", LABEL_STRENGTH, speech=True)
            out.append(LangTrigger(s, e, tuple(idx), entry))
    return out


def pronouns(ws: list[Word], cues: Cues, items: tuple[str, ...]) -> list[Word]:
    """The words of a sentence that are one of the pronouns `items`, compared whole as written (normalized, with no
    ending stripped: a closed class, and Persian 'ما' must not take 'ماند', nor 'شما' 'شمال')."""
    forms = {normalize(x, cues.lang, cues.strip_marks) for x in items}
    return [w for w in ws if normalize(w.text, cues.lang, cues.strip_marks) in forms] if forms else []


def voiced(ws: list[Word], cues: Cues) -> bool:
    """Is the sentence in the first or second person (cues `speech_pronouns`)? News tells in the third person; a
    sentence that says 'we' or 'you' is someone's own words, a quote going on from the sentence that names its speaker
    ('ما با دشمنان ... مزدور ... مواجه هستیم', 'εσείς θα είσαστε ο πρωθυπουργός ...')."""
    return bool(pronouns(ws, cues, cues.speech_pronouns))


def _complement(s: int, e: int, ps: int, pe: int, lang: str) -> bool:
    """Is the label (words s..e) the complement of the copula or naming verb (words ps..pe)?"""
    if lang in VERB_FINAL:
        return within((s, e), (ps, pe), VERB_FINAL_WINDOW, side="after", inclusive=True)
    return within((s, e), (ps, pe), PREDICATE_WINDOW, side="before", inclusive=True)


__all__ = ["label_accusations", "pronouns", "voiced"]
