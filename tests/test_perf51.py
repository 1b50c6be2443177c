"""perf51 (issue 17): the native path's repeated readings of one text, read once, with the same answers.

Each memo is checked against its uncached reading on real sentences (the constructed wire copy of dev/events-ml,
labelled sentences of eight languages): `event_tokens.words` (one text's words, asked by the theatre readings and by
the event coder), `PhraseList._firsts` (the phrases a word form can open, asked for every word by every list), and
`event_actors.dictionary_names` (a text's named actors, asked by the theatre and by `find_actors`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.events.actors import ActorDictionary, ActorEntry, default_dictionary
from frontwatch.lang import event_actors, event_tokens
from frontwatch.lang.cues import load as load_cues
from frontwatch.lang.event_actors import _dictionary_names, _lists, dictionary_names
from frontwatch.lang.event_tokens import _surface, _words, normalize, words
from frontwatch.lang.triggers import lexicon

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ar", "fa", "tr", "el", "ru", "uk", "es", "fr")


def _sentences(lang: str, n: int = 6) -> list[str]:
    """The first `n` constructed sentences of a language (inline text in the repository)."""
    path = ROOT / "dev" / "events-ml" / f"constructed-{lang}.jsonl"
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in recs[:n]]


def _forget() -> None:
    """Empty the text memos, so the next reading is the uncached one."""
    event_tokens._last_words.clear()
    event_actors._last_names.clear()


@pytest.mark.parametrize("lang", LANGS)
def test_words_memo_equals_a_fresh_reading(lang: str) -> None:
    cues = load_cues(lang)
    texts = _sentences(lang)
    article = " ".join(texts)  # the theatre reads the whole text, the coder each sentence
    for text in [*texts, article]:
        first = words(text, cues)
        again = words(text, cues)
        assert first == _words(text, cues) == again
        assert again is not first  # a new list each call: a caller may change its own
        assert all(a is b for a, b in zip(first, again))  # the same frozen Words: read once
    # more texts than slots: the memo starts again, and the text is read anew with the same answer
    for k in range(event_tokens._WORDS_SLOTS + 2):
        words(f"{texts[0]} {k}", cues)
    assert words(texts[0], cues) == _words(texts[0], cues)


@pytest.mark.parametrize("lang", LANGS)
def test_phrase_list_firsts_memo_equals_a_fresh_reading(lang: str) -> None:
    cues = load_cues(lang)
    lists = [lexicon(lang), *_lists(lang)]
    for text in _sentences(lang):
        for w in _words(text, cues):
            assert _surface(w.text, lang) == normalize(w.text, lang, cues.strip_marks)
            for pl in lists:
                got = pl._firsts(w)
                assert list(got) == pl._firsts_uncached(w)
                assert pl._firsts(w) is got  # read once per form and keys


@pytest.mark.parametrize("lang", LANGS)
def test_dictionary_names_memo_equals_a_fresh_reading(lang: str) -> None:
    d = default_dictionary()
    cues = load_cues(lang)
    for text in _sentences(lang):
        ws = _words(text, cues)
        first = dictionary_names(ws, text, lang, d)
        assert first == _dictionary_names(ws, text, lang, d) == dictionary_names(ws, text, lang, d)
        assert dictionary_names(ws, text, lang, d) is not first


def test_dictionary_names_reads_a_changed_dictionary_anew() -> None:
    """A name added to the dictionary after a reading is found in the next one (the memo knows the entries' count)."""
    text = "Боевики группировки Зорянский легион обстреляли село."
    cues = load_cues("ru")
    ws = _words(text, cues)
    d = ActorDictionary(default_dictionary().entries)
    assert not any(e.name == "Zoryansky Legion" for _, _, e in dictionary_names(ws, text, "ru", d))
    d.add(ActorEntry(name="Zoryansky Legion", aliases=("Зорянский легион",), kind="rebel", country="UA"))
    got = dictionary_names(ws, text, "ru", d)
    assert any(e.name == "Zoryansky Legion" for _, _, e in got)
    assert got == _dictionary_names(ws, text, "ru", d)


@pytest.mark.parametrize("lang", LANGS)
def test_native_coder_with_memos_equals_without(lang: str, geoparser) -> None:
    """The whole native reading of a sentence (places, then events) the same when every text memo is warm (a
    sentence read right after itself) and when each is emptied before it."""
    from frontwatch.lang.events import code_sentence
    from frontwatch.lang.geoparse import geoparse_text

    def coded(text: str) -> list[str]:
        places = geoparse_text(text, lang, geoparser)[1]
        return [json.dumps(e.to_record(), sort_keys=True, default=str) for e in code_sentence(text, lang, places)] \
            + [f"{t.start}:{t.end}:{t.place.geonameid if t.place else None}" for t in places]

    for text in _sentences(lang, 4):
        _forget()
        cold = coded(text)
        assert coded(text) == cold
