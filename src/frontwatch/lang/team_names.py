"""Countries named as national teams in a sentence about a match (issue 19, branch topo32).

WHY: match reports name the teams by their countries ('η Γαλλία αντιμετωπίζει το Βέλγιο', 'νικούν 2-0 την
Ιρλανδία', 'απέναντι σε Ρωσία, Αίγυπτο'). Such a country is a party to the game, not a place where something
happened, and OntoNotes-style corpora (elNER) tag it as an organisation. The case tells the two readings apart:
a country in the genitive keeps its place reading ('το Μουντιάλ της Ρωσίας', 'το πρωτάθλημα της Ιαπωνίας': where
the tournament is held), and so does one after a locative preposition ('να μεταβούν στη Ρωσία'), unless a word
of opposition governs that preposition ('κόντρα στην Κροατία', 'απέναντι σε Ρωσία'). Only countries: a town in
such a sentence is as often where the match is played as its club.

Spanish marks no case on names (branch topo33), so the bare name tells nothing: 'donde Australia es amplio
favorito' and '(Manchester United, Inglaterra)' are places in the gold, and 'para Dinamarca', 'los mundiales de
Francia' keep the place after a preposition. There the team is named by the word that governs the name: a
preposition of opposition ('ante Paraguay', 'contra Chile') or a noun for a team or its coach, through 'de' ('la
selección de Paraguay', 'ex seleccionador de Bolivia y Chile'): the language's `team_heads`.
"""

from __future__ import annotations

import re

from frontwatch.lang.event_tokens import WORD
from frontwatch.lang.resources import LangResources, load
from frontwatch.lang.word_lists import holds_listed, listed
from frontwatch.model import Sentence, Toponym


def match_sentence(text: str, lang: str) -> bool:
    """Does `text` (one sentence) hold one of the language's `match_words` ('ματς', 'γκολ*', a trailing '*'
    a prefix), compared without case and accents?"""
    return holds_listed(text, lang, "match_words")


_TOKEN = re.compile(rf"{WORD.pattern}|,")


def _governing_words(text: str, start: int, res: LangResources) -> list[str]:
    """The two words before the list that the name at `start` closes ('απέναντι σε Ρωσία, Αίγυπτο' → 'απέναντι',
    'σε' for 'Αίγυπτο'): a list's items share the case and the preposition of its first item."""
    toks = [m.group() for m in _TOKEN.finditer(text[max(0, start - 200):start])]
    k = len(toks)
    while k >= 2 and (toks[k - 1] == "," or toks[k - 1].casefold() in res.and_words) and toks[k - 2][:1].isupper():
        k -= 2
        while k >= 1 and toks[k - 1][:1].isupper() and toks[k - 1] != ",":
            k -= 1  # the earlier item's other words ('Σαουδική Αραβία')
    return [w.casefold() for w in toks[max(0, k - 2):k]]


def _place_case(text: str, t: Toponym, res: LangResources) -> bool:
    """Is the country written in the genitive, or after a locative preposition that no word of opposition governs?"""
    last = t.text.split()[-1].casefold() if t.text.split() else ""
    before = _governing_words(text, t.start, res)
    if (before and before[-1] in res.genitive_articles) or last.endswith(tuple(res.genitive_endings)):
        return True
    locative = {w for w, kind in res.preps.items() if kind == "in"}
    if not before or before[-1] not in locative:
        return False
    return not (len(before) >= 2 and before[-2] in res.against_words)


def _after_team_head(text: str, t: Toponym, res: LangResources, lang: str) -> bool:
    """Is the country governed by one of the language's `team_heads`, right before it or before its one
    preposition ('ante Paraguay', 'la selección de Paraguay'; a list's items share the first item's)?"""
    before = _governing_words(text, t.start, res)
    if before and listed(before[-1], lang, "team_heads"):
        return True
    return len(before) >= 2 and before[-1] in res.preps and listed(before[-2], lang, "team_heads")


def team_countries(text: str, lang: str, sents: list[Sentence], toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are countries named as national teams: in a sentence with a match word, in
    the nominative or accusative and not after a locative preposition (unless after a word of opposition); in a
    language with `team_heads` (no case on names), after one of them."""
    res = load(lang)
    if not res.match_words:
        return set()
    out: set[int] = set()
    for k, t in enumerate(toponyms):
        if t.place is None or not (t.place.feature_code or "").startswith("PCL"):
            continue
        sent = next((s for s in sents if s.start <= t.start < s.end), None)
        if sent is None or not match_sentence(sent.text, lang):
            continue
        if _after_team_head(text, t, res, lang) if res.team_heads else not _place_case(text, t, res):
            out.add(k)
    return out


__all__ = ["match_sentence", "team_countries"]
