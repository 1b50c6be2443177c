"""Place names in headline grammar that the tagger and the NER leave unlabelled.

Why: headlines put the place before the event noun, as a modifier with no preposition
('Aleppo bomb blast kills six', 'Kabul suicide bombing', 'Idlib airstrikes kill 36'). The small
English model then tags the name an adjective or a common noun, labels no entity, and the
sentence-start rule of `recognize._mistagged_names` (a capitalised first word says nothing)
drops it. The grammar still says 'place': a capitalised word that is rare in English and
modifies an event noun (data/locative.json `attack_nouns` plus `modifier_nouns`: 'blast',
'bomb', 'explosion', 'violence'...). Only a candidate: the resolver and the gazetteer decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_TO_HEAD = 4  # 'Aleppo [bus convoy bomb] attack': the event noun at most this many words on
# Famous places are frequent words in news ('Aleppo' 3.6, 'Kabul' 3.4, 'Gaza' 3.9 on wordfreq's Zipf
# scale), the adjectives a headline opens with are more frequent still ('Deadly' 4.2, 'Massive' 4.7,
# 'Twin' 4.3): a looser bar than geo.words.COMMON_ZIPF, as the event noun already says 'place'.
MODIFIER_MAX_ZIPF = 4.0


def event_modifier_names(doc: "Doc", covered: set[int]) -> list["Span"]:
    """Capitalised rare words (or runs of them) that modify an event noun to their right."""
    from frontwatch.geo.locative import name_word, words
    from frontwatch.geo.words import zipf

    w = words()
    nouns = w.attack_nouns | w.modifier_nouns
    out: list["Span"] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if i in covered or not _name_like(tok, name_word):
            i += 1
            continue
        j = i + 1
        while j < n and j not in covered and _name_like(doc[j], name_word):
            j += 1
        if tok.is_sent_start and j - i > 1 and zipf(tok.text) >= MODIFIER_MAX_ZIPF:
            i += 1  # the line's first word is capitalised anyway: 'Deadly [Aleppo] convoy attack'
        span = doc[i:j]
        head = span.root.head
        if (span.root.dep_ in ("amod", "compound", "nmod", "npadvmod") and j <= head.i <= j + MAX_TO_HEAD - 1
                and (head.lower_ in nouns or head.lemma_.lower() in nouns) and max(zipf(t.text) for t in span) < MODIFIER_MAX_ZIPF):
            out.append(span)
        i = j
    return out


def _name_like(tok, name_word) -> bool:
    return tok.text[:1].isupper() and not tok.is_upper and len(tok) >= 3 and (tok.is_alpha or name_word(tok.text))


__all__ = ["event_modifier_names"]
