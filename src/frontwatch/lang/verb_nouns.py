"""Acts named by a verb and a noun together: a light verb and the noun that names the act ('выразил возмущение',
'hizo un llamamiento', 'ابراز همبستگی کرد'), or a verb whose object fixes its sense ('liberaron a los rehenes': a
release of captives, not a town retaken).

Why: news tells many speech acts with a verb that only carries tense and person (express, make, address, put
forward) and a noun that names the act (indignation, gratitude, an appeal, a demand); and a verb of freeing names a
release when its object is a captive and a reconquest when it is a place. The lexicons listed a few such pairs where a
tune sentence had one ('выразить благодарность', 'освободить заложник*') and missed the rest of each class in the
other languages. Each language's cues list, per class, its verbs and by internal type the nouns that go with them
(`[verb_nouns.<class>]` in cues_<lang>.toml); their product joins the trigger lexicon as ordinary verb-phrase rows
(`lang.triggers.lexicon`), matched with its gaps, so a pair outranks the verb or the noun alone (the longer match
wins). A pair the lexicon already lists keeps the lexicon's row.
"""

from __future__ import annotations

from frontwatch.lang.cues import Cues


def verb_noun_entries(cues: Cues) -> list[tuple[str, str, str, float]]:
    """(phrase, part of speech, internal type, strength) for every verb and noun of each class of the language, in
    the class's order of the two ('expresar indignación'; Turkish 'öfke* dile getir+', the noun first; both orders where
    the noun may stand on either side: 'liberaron a los rehenes', 'los rehenes fueron liberados'). A pair headed by one
    of the class's `noun_heads` (a verbal noun: 'الإفراج عن الأسرى', the release of the prisoners) is a noun phrase
    ("N"), the rest verb phrases ("V"): a verbal noun is named as often as the act's purpose or the content of a demand
    ('طالبت بالإفراج عن المعتقلين') as the act done, and the coder reads a noun trigger after a demand as its topic
    (lang/event_scope.topic_triggers) and matches it with the ordinary gap, not a verb phrase's wider one."""
    out = []
    for cls in cues.verb_nouns:
        for verb in cls.verbs:
            pos = "N" if verb in cls.noun_heads else "V"
            for noun in cls.nouns:
                orders = [(noun, verb)] if cls.noun_first else [(verb, noun)]
                if cls.both_orders:
                    orders = [(verb, noun), (noun, verb)]
                out.extend((f"{a} {b}", pos, cls.type, cls.strength) for a, b in orders)
    return out


def verb_noun_phrases(cues: Cues) -> list[tuple[str, str, float]]:
    """(phrase, internal type, strength) of `verb_noun_entries`, without the part of speech."""
    return [(phrase, typ, strength) for phrase, _, typ, strength in verb_noun_entries(cues)]
