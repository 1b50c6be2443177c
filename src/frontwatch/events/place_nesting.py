"""Which of two places the sentence itself names as lying inside the other.

'Buwa village in Ibi local government area', 'Miringa, a village in Biu', 'Al-Lataminah; a village
in northern Hama countryside', 'Noushera and Samba sectors in Jammu division', 'al-Latmana, in Hama
province': the writer states the nesting with 'in'. The place scorer's 'finest place' otherwise
compares gazetteer levels and populations (events/place_role._coarser), which a small name's wrong or
coarse sense turns upside down: a fuzzy 'Buwa' read as a bigger town than the 'Ibi' it lies in, a
district read as a province. ACLED codes an event at the most specific place its report names, so
the place the text puts inside another is the finer of the two, whatever the gazetteer says.

Only 'in' and a possessive ("Manhattan's Chelsea section", `named_as_owner`) are read. After 'of' the order says nothing ('the Huriyah neighborhood of Baghdad', 'the
Baghdad neighborhood of al-Adamiyah'), nor after a bare comma (a list as often as a container:
'Puerto Rico, Guam, and the Philippines').

Pure: tokens and token offsets in, a yes or no out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.geo.locative import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Prepositions that put the place after them around the one before (closed class).
CONTAINING_PREPOSITIONS = frozenset({"in", "inside", "within"})
# Common nouns a name may carry before the preposition ('X village in', 'X sectors in', 'X local
# government area in'), and an apposition's before it ('X, a small village in'): at most this many.
MAX_NOUNS = 4


def _skip_modifiers(doc: "Doc", k: int, end: int) -> int:
    """Past an article, a compass word or another lower-case modifier ('in [the northern] Huriyah')."""
    w = words()
    while k < end and doc[k].is_lower and (doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in w.skip_before
                                           or doc[k].lower_ in w.compass_words):
        k += 1
    return k


def named_within(doc: "Doc", inner_end: int, outer_start: int,
                 names: "set[int] | frozenset[int]" = frozenset()) -> bool:
    """Does the text put the place starting at token `outer_start` around the one ending at token
    `inner_end`: 'X [nouns] [, a ... noun] in [the northern] [region of] Y'? `names`: tokens of the sentence's
    other places, which may stand between as the inner place's conjuncts ('X and Z sectors in Y')."""
    if outer_start <= inner_end:
        return False
    k = inner_end
    # the inner place's conjuncts: 'Noushera and Samba sectors in Jammu'
    while k < outer_start and (doc[k].lower_ in ("and", ",") and k + 1 < outer_start and k + 1 in names
                               or k in names):
        k += 1
    nouns = 0
    while k < outer_start and doc[k].is_lower and doc[k].pos_ == "NOUN" and nouns < MAX_NOUNS:
        k, nouns = k + 1, nouns + 1
    # an apposition naming what the inner place is: 'X, a village in Y', 'X; a small town in Y'
    if k < outer_start and doc[k].text in (",", ";") and k + 1 < outer_start and doc[k + 1].lower_ in ("a", "an"):
        k = _skip_modifiers(doc, k + 1, outer_start)
        appos = 0
        while k < outer_start and doc[k].is_lower and doc[k].pos_ == "NOUN" and appos < MAX_NOUNS:
            k, appos = k + 1, appos + 1
        if not appos:
            return False
    elif k < outer_start and doc[k].text == "," and k + 1 < outer_start and \
            doc[k + 1].lower_ in CONTAINING_PREPOSITIONS:
        k += 1  # 'al-Latmana, in Hama province'
    if not (k < outer_start and doc[k].lower_ in CONTAINING_PREPOSITIONS):
        return False
    k = _skip_modifiers(doc, k + 1, outer_start)
    # 'in the steamy northern region of Y', 'in the countryside of Y'
    w = words()
    m = k
    while m < outer_start and doc[m].is_lower and (doc[m].lower_ in w.place_nouns or doc[m].lower_ in w.suffix_nouns):
        m += 1
    if k < m < outer_start and doc[m].lower_ == "of":
        k = _skip_modifiers(doc, m + 1, outer_start)
    return k == outer_start


def named_as_owner(doc: "Doc", outer_end: int, inner_start: int) -> bool:
    """Does the text name the place ending at token `outer_end` as the owner of the one starting at
    `inner_start`: "Y's X" ("in Manhattan's Chelsea section", "Baghdad's northern Shaab district")? The
    possessive says which holds which, as 'in' does; 'the Y suburb of X' does not (the same form as 'the
    Huriyah neighborhood of Baghdad', module docstring) and is not read."""
    if inner_start <= outer_end or doc[outer_end].tag_ != "POS":
        return False
    return _skip_modifiers(doc, outer_end + 1, inner_start) == inner_start


__all__ = ["CONTAINING_PREPOSITIONS", "named_as_owner", "named_within"]
