"""A war word qualified by a peaceful domain is a metaphor: 'معركة تشريعية' (a legislative battle), 'الهجوم
الإعلامي' (the media attack), 'حرب تجارية' (a trade war), 'ضربة رأسية' (a header), 'ضربة الشمس' (sunstroke).

Why: news prose about parliament, trade, the press and sport borrows the words of fighting; the sense is told by the
word right after the noun, an adjective of relation (nisba) or a construct genitive naming the domain, as 'سيبرانية'
makes 'حملات' no armed attack (cues `tails`). Unlike `tails`, the domains are read only for the war words that metaphors
use (cues `off_topic_types`): 'عقوبات اقتصادية' (economic sanctions) and 'حصار اقتصادي' are coercion all the same.
Verbs are not read: a verb's next word is its subject or object, not a qualifier of it. (mlB54) Where the language
puts its adjective before the noun (Greek 'ο εμπορικός πόλεμος', 'η οικονομική μάχη'; Turkish 'ekonomik saldırı'),
the domain is read in the word right before the noun, the same reading from the other side (cues
`metaphor_domains_before`). Data: cues `[scope] metaphor_domains`, `metaphor_domains_before`
(data/lang/cues_<lang>.toml); a language without the lists is not affected.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues
from frontwatch.lang.event_tokens import Word, cue_phrases
from frontwatch.lang.triggers import LangTrigger


def domain_metaphors(triggers: list[LangTrigger], ws: list[Word], cues: Cues) -> set[int]:
    """Indices (into `triggers`) of war-word nouns (cues `off_topic_types`) right before a word of a peaceful domain
    (cues `metaphor_domains`) or right after one written before its noun (cues `metaphor_domains_before`)."""
    if not (cues.metaphor_domains or cues.metaphor_domains_before) or not cues.off_topic_types:
        return set()
    after = {s for s, _, _, _ in cue_phrases(cues.lang, cues.metaphor_domains).find(ws)} if cues.metaphor_domains else set()
    before = {e for _, e, _, _ in cue_phrases(cues.lang, cues.metaphor_domains_before).find(ws)} \
        if cues.metaphor_domains_before else set()
    return {k for k, t in enumerate(triggers)
            if t.entry.pos == "N" and t.type in cues.off_topic_types and (t.end in after or t.start in before)}
