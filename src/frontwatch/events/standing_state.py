"""A siege told as the state a place is in is no event (guideline 24.20(c), docs/annotation/subtypes.md section 92).

Why: the trigger lexicon reads 'siege' as a fight and 'blockade' as a restriction, and news tells a besieged place's
state in passing - "With Aleppo again under siege - regime forces fully surrounded the city in early September -
residents have to deal with food shortages" answered Agreement (the model's retype of the siege), "With the town
under siege, residents have run out of bread" Armed clash. 'Under siege' reports no siege laid, fought or lifted on
the story's day: it describes the place, as 'besieged' would. Told as its onset ('came under siege on Monday') the
siege stays an event.

Read from the words, not the parse: the small parser hangs 'siege' in 'under siege - regime forces' on the next noun,
so the preposition before the trigger noun decides. Pure: a trigger's head token in, a bool out; the words are
data/standing_state.json's. `extract` marks such an event background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.data_files import word_lists

if TYPE_CHECKING:
    from spacy.tokens import Token

_SKIPPED = frozenset({"DT", "PRP$", "JJ"})  # 'under a siege', 'under their siege', 'under heavy siege'


def siege_state(head: Token) -> bool:
    """Whether the trigger noun `head` (data/standing_state.json "siege_nouns") follows a state preposition
    ("state_prepositions", articles and adjectives between them skipped) that no onset verb ("onset_verbs") stands
    just before or governs: the place's standing state - module docstring."""
    data = word_lists("standing_state.json")
    if head.lower_ not in data["siege_nouns"] or head.pos_ not in ("NOUN", "PROPN"):
        return False
    sent_start = head.sent.start
    i = head.i - 1
    while i >= sent_start and head.doc[i].tag_ in _SKIPPED:
        i -= 1
    if i < sent_start or head.doc[i].lower_ not in data["state_prepositions"]:
        return False
    # the onset verb just before the preposition ('came under siege') or governing it ('placing them under siege')
    prep = head.doc[i]
    governors = ([head.doc[i - 1]] if i - 1 >= sent_start else []) + [prep.head]
    return not any(g.lemma_.lower() in data["onset_verbs"] for g in governors)
