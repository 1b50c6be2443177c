"""Towns named as the clubs a player leaves or joins (Turkish, issue 19).

WHY: Turkish sport writing names a club by its town and puts the move in the case endings: the club left in the
ablative, the club joined in the dative ("Liverpool'dan ayrılarak Roma'ya transfer oldu", "Liverpool'a geri dönen
oyuncu"). In a sentence about a player, a transfer or the fans (`club_words`) such a town is the club, not a place;
the locative ("Liverpool'da doğdu") and the bare name ('Köln takımına') keep the place, and so does a country (its
national team is `lang.team_names`' business). The case endings are the language's `club_cases`.
"""

from __future__ import annotations

from frontwatch.lang.resources import load
from frontwatch.lang.word_lists import holds_listed
from frontwatch.model import Sentence, Toponym


def club_towns(text: str, lang: str, sents: list[Sentence], toponyms: list[Toponym]) -> set[int]:
    """Indices of `toponyms` that are towns in a case of moving (`club_cases`) in a sentence about a club."""
    res = load(lang)
    if not res.club_words:
        return set()
    out: set[int] = set()
    for k, t in enumerate(toponyms):
        if t.place is None or t.place.feature_class != "P":
            continue
        low = t.text.casefold().replace("’", "'")
        if not any(low.endswith(case) for case in res.club_cases):
            continue
        sent = next((s for s in sents if s.start <= t.start < s.end), None)
        if sent is not None and holds_listed(sent.text, lang, "club_words"):
            out.add(k)
    return out


__all__ = ["club_towns"]
