"""A threat that something poses, or that someone faces, is a danger, not a threat made: 'الإرهاب يشكل تهديدا للأمن'
(terrorism poses a threat to security), 'التهديدات التي تواجه السلم' (the threats facing peace), 'tehdit oluşturuyor',
'با تهدیدهای امنیتی روبرو است'.

Why: the threat nouns ('تهديد', 'تهدید', 'tehdit') name both an act (PLOVER THREATEN: one actor threatening another
with force or sanctions) and a danger, the sense of analysis and of officials' rhetoric. An ACLED coder tells them
by the verb the noun is the object or the subject of: a threat is made, issued, levelled ('هدد', 'وجه تهديدات',
'tehdit etti'), while a danger is posed, constituted, faced or lived under (cues `[scope] danger_verbs`). A threat
noun with such a verb in its clause, within DANGER_WINDOW words, is no event; so is a Persian verb phrase of the lexicon
whose gap holds such a verb ('تهدید محسوب می شود': 'تهدید ... شد' read across 'محسوب', is counted a threat). Verbs of
threatening stay threats ('هدد الرئيس', 'tehdit etti', 'تهدید کرد').

(mlA36) The same holds of what is threatened: a threat made threatens someone (a state, a people, an official) with
an act, while a development, a policy or an attack that 'threatens security', 'the stability of the region', 'the
lives of civilians' ('يهدد الأمن الإقليمي', 'تهدد حياة المدنيين', 'güvenliğini tehdit ediyor', 'امنیت را تهدید
می کند') endangers a common good, the rhetoric of statements and analysis. A threat word (verb or noun) whose
object, the word right next to it (cues `[scope] endangered`: security, stability, peace, lives, the future, a
state's integrity), is such a good is no event. Only the adjacent word counts, so 'هدد قوات الأمن' (threatened the
security forces) and 'güvenlik güçlerini tehdit etti' keep their threat.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_scope import VERB_FINAL, same_clause
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.proximity import within
from frontwatch.lang.triggers import LangTrigger

DANGER_WINDOW = 3  # words between the noun and the verb ('التهديدات التي تواجه', 'tehdit oluşturduğunu')
GOOD_WINDOW = 0  # words between a threat word and the endangered good that is its object: none ('يهدد الأمن')
THREATEN = "threaten"
# (mlA53) words between a threat noun and the word that ranks it ('تهدید اصلی', 'بزرگترین تهدید'): none. A threat made is
# issued, levelled or carried out, never 'the main' or 'the biggest' one: ranked, it is a danger among others, the
# sense of analysis and officials' rhetoric ('the main threat to the country's security is unemployment')
RANK_WINDOW = 0


def dangers(triggers: list[LangTrigger], ws: list[Word], text: str, cues: Cues) -> set[int]:
    """Indices (into `triggers`) of threat nouns that a verb of posing or facing governs in their clause, and of
    threat words whose object is a common good (`endangers_good`)."""
    if not (cues.danger_verbs or cues.endangered or cues.danger_ranks) or not any(t.type == THREATEN for t in triggers):
        return set()
    verbs = cue_phrases(cues.lang, cues.danger_verbs).find(ws) if cues.danger_verbs else []
    ranks = cue_phrases(cues.lang, cues.danger_ranks).find(ws) if cues.danger_ranks else []
    # in a verb-final clause the noun's own modifiers stand between it and its verb ('تهدیدی جدی برای امنیت منطقه
    # ایجاد کرده است', posed a serious threat to the region's security): any later danger verb of the clause governs
    # it (the twenty-third session's review: with mlA50's tight light verbs the phrase read across 'ایجاد' was gone,
    # and the bare noun fell outside the window)
    after = len(ws) if cues.lang in VERB_FINAL else DANGER_WINDOW
    out = set()
    for k, t in enumerate(triggers):
        if t.type != THREATEN:
            continue
        if endangers_good(t, ws, text, cues):
            out.add(k)
        if t.entry.pos == "N" and any(within((t.start, t.end), (s, e), RANK_WINDOW, side=side, inclusive=True)
                                      for s, e, _, _ in ranks for side in ("before", "after")):
            out.add(k)  # a threat ranked ('تهدید اصلی امنیت کشور ... بیکاری است'): a danger named
        if any(t.start <= s < t.end and s not in t.words for s, _, _, _ in verbs):
            out.add(k)  # a verb phrase read across the danger verb
        if t.entry.pos != "N":
            continue
        for s, e, _, _ in verbs:
            if within((t.start, t.end), (s, e), after, side="after", inclusive=True) \
                    and same_clause(ws, text, t.end - 1, s):
                out.add(k)
            elif within((t.start, t.end), (s, e), DANGER_WINDOW, side="before", inclusive=True) \
                    and same_clause(ws, text, e - 1, t.start):
                out.add(k)
    return out


def endangers_good(t: LangTrigger, ws: list[Word], text: str, cues: Cues) -> bool:
    """Is the word right before or after threat word `t`, in its clause, a common good it endangers
    ('يهدد الأمن', 'güvenliğini tehdit')?"""
    if not cues.endangered:
        return False
    for s, e, _, _ in cue_phrases(cues.lang, cues.endangered).find(ws):
        if within((t.start, t.end), (s, e), GOOD_WINDOW, side="after", inclusive=True) \
                and same_clause(ws, text, t.end - 1, s):
            return True
        if within((t.start, t.end), (s, e), GOOD_WINDOW, side="before", inclusive=True) \
                and same_clause(ws, text, e - 1, t.start):
            return True
    return False


__all__ = ["dangers", "endangers_good"]
