"""A market's move told with a war word is no violence: 'تراجعت البورصة' (the exchange fell back), 'هجوم المستثمرين على
بيع الأسهم' (investors' rush to sell), 'hisseleri saldırıya geçti' (the shares went on the attack).

Why: the words of attack, advance and retreat that sport pages use as metaphors (cues `off_topic_types`) are the
words of market reports too; an ACLED coder reads who moves. With a market right beside the trigger as its doer
(the subject or the possessor: after it in Arabic and Persian, before it in Turkish) no side fights. Data: cues
`[scope] markets` (the exchange, shares, an index, prices, currencies, investors and traders), in the forms a
doer takes, compared as written: a market attacked is written with a preposition ('هجوم على البورصة', 'بالبورصة')
or a case ('Borsaya saldırı'), which the lists leave out, so it stays an attack. (mlA52) The doer may also follow
the noun after a 'by' word of cues `market_by` ('تعرضت البورصة لهجوم من المضاربين', the exchange came under an attack by
speculators); 'على' (on) is no such word.
"""

from __future__ import annotations

from functools import lru_cache

from frontwatch.lang.cues import Cues, load
from frontwatch.lang.event_tokens import Word, cue_phrases, normalize
from frontwatch.lang.triggers import LangTrigger

MAX_WORDS = 3  # the longest market phrase ('سرمایه گذاران', 'قیمت ها')


def market_moves(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of war-metaphor triggers with a market word right before or after them.

    Words are compared as written, not by lemma: the case or the clitic preposition a lemma drops ('Borsaya', to the
    exchange; 'بالبورصة') is what makes the market a target, not the doer."""
    if not cues.markets or not cues.off_topic_types:
        return set()
    markets = _market_forms(cues.lang)

    def after(b: int) -> bool:
        return any(_joined([w.text for w in ws[b:b + n]], cues) in markets for n in range(1, MAX_WORDS + 1) if b + n <= len(ws))

    def before(a: int) -> bool:
        return any(_joined([w.text for w in ws[a - n:a]], cues) in markets for n in range(1, MAX_WORDS + 1) if a - n >= 0)

    # the doer may follow the noun through a 'by' word ('لهجوم من المضاربين', an attack by speculators)
    by_ends: dict[int, set[int]] = {}
    for s, e, _, _ in cue_phrases(cues.lang, cues.market_by).find(ws) if cues.market_by else ():
        by_ends.setdefault(s, set()).add(e)
    return {k for k, t in enumerate(triggers) if t.type in cues.off_topic_types
            and (after(t.end) or before(t.start) or any(after(e) for e in by_ends.get(t.end, ())))}


@lru_cache(maxsize=None)
def _market_forms(lang: str) -> frozenset[str]:
    """The language's market phrases in comparison form, built once (the cues of a language are loaded once:
    `cues.load` is cached, as `event_tokens.cue_phrases` assumes)."""
    c = load(lang)
    return frozenset(_joined(m.split(), c) for m in c.markets)


def _joined(words: list[str], cues: Cues) -> str:
    """Words in comparison form, run together (a Persian compound is written with a space or a ZWNJ)."""
    return "".join(normalize(w, cues.lang, cues.strip_marks) for w in words)
