"""perf25 (issue 17): the native coders build their cue word lists once per language, and the geoparser's
look-up memo is a bounded LRU. Both are exact: the same answers, less work."""

from __future__ import annotations

import pytest

from frontwatch.lang import event_tokens
from frontwatch.lang.cues import SUPPORTED
from frontwatch.lang.events import code_sentence
from frontwatch.lang.triggers import _entry_rows, lexicon

# One sentence per language with a verb trigger and a place, so the scope, mood, anchor and participle
# readings all run (each asks for its cue lists).
SENTENCES = {
    "es": "El ejército atacó la ciudad de Homs y los rebeldes se retiraron.",
    "ru": "Российские военные нанесли удар по городу Алеппо, сообщили в министерстве.",
    "uk": "Російські війська обстріляли місто Харків, повідомили у військовій адміністрації.",
    "el": "Ο στρατός βομβάρδισε την πόλη Χαλέπι, ανέφερε το υπουργείο.",
    "tr": "Ordu Halep kentini bombaladı, bakanlık açıkladı.",
    "ar": "قصف الجيش مدينة حلب، حسبما أعلنت الوزارة.",
    "fa": "ارتش شهر حلب را بمباران کرد، وزارت اعلام کرد.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_sentence_coded_again_builds_no_phrase_list(lang, monkeypatch):
    assert lang in SUPPORTED
    text = SENTENCES[lang]
    first = code_sentence(text, lang, [])  # fills the per-language caches
    built: list[int] = []
    init = event_tokens.PhraseList.__init__

    def counting(self, *a, **k):
        built.append(1)
        init(self, *a, **k)

    monkeypatch.setattr(event_tokens.PhraseList, "__init__", counting)
    again = code_sentence(text, lang, [])
    assert len(built) == 0, f"{len(built)} PhraseLists built for a sentence whose lists are all cached"
    assert [(e.event_type, e.trigger) for e in again] == [(e.event_type, e.trigger) for e in first]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_entry_rows_are_the_lexicon_rows_built_once(lang):
    lex = lexicon(lang)
    rows = _entry_rows(lang)
    assert rows is _entry_rows(lang)
    assert {lex.values[k] for k in rows.values()} == set(lex.values)
    for entry, k in rows.items():
        assert lex.values[k] == entry
        assert all(lex.values[j] != entry for j in range(k + 1, len(lex.values)))  # the last of equal entries


def test_geoparser_lookup_memo_is_a_bounded_lru(monkeypatch):
    from frontwatch.geo import geoparse

    monkeypatch.setattr(geoparse, "LOOKUP_MEMO", 3)
    opened = geoparse.Geoparser.open()
    gp = geoparse.Geoparser(opened.gazetteer, opened.finder)
    names = ["Aleppo", "Homs", "Idlib", "Raqqa", "Daraa"]
    got = {n: gp._candidates(n, ("SY",)) for n in names[:3]}
    assert gp._candidates("Aleppo", ("SY",)) is got["Aleppo"]  # a hit: Aleppo is now the most recent
    for n in names[3:]:
        got[n] = gp._candidates(n, ("SY",))
    assert len(gp._cache) == 3
    assert gp._cache.get(("Homs", ("SY",))) is None and gp._cache.get(("Idlib", ("SY",))) is None
    assert gp._cache.get(("Aleppo", ("SY",))) is got["Aleppo"]
    fresh = geoparse.Geoparser(opened.gazetteer, opened.finder)
    for n in names:  # the memo changes nothing but time
        assert [(c.place.geonameid, c.how, c.score) for c in fresh._candidates(n, ("SY",))] == \
               [(c.place.geonameid, c.how, c.score) for c in got[n]]
