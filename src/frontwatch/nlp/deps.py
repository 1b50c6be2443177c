"""Named sets of spaCy dependency labels that several modules read the same way.

Why: 'the words written before a noun that say what kind of thing it is' ("barrel bomb attack", "regime
positions", "Russian warplanes") was spelled out as the same literal in a dozen modules (actor roles, sub-type
means and parties, tolls, place roles, triggers); one name keeps their reading of a noun phrase the same.
"""

from __future__ import annotations

# A noun's kind modifiers: a compound noun, an adjective, a nominal modifier ('[Turkish] shelling', '[barrel] bomb').
NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})
# The same with the possessive: what a noun's owner or kind is written as ("[the army's] checkpoint").
NOUN_MODIFIERS_OR_OWNER = NOUN_MODIFIERS | {"poss"}
