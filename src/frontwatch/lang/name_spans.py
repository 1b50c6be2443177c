"""Proper names that a name-taking noun introduces, and a wire dateline's place: words of a name, not of the story.

Why (issue 19, branch mlF44): a party, a movement, an outlet, a firm or a work is often named by an everyday word
that is also an act or a place ('партії «УДАР»', strike; 'la revista Ataque'; 'η εφημερίδα «Πόλεμος»'; 'جريدة
فلسطين', the newspaper Filastin; '"Sıkıysa Yakala" projesi'). An analyst codes no strike for the party and puts no
event in Palestine for the newspaper. The sign is the one a reader uses: a noun that takes a name (party,
newspaper, agency, channel, book, company: `name_heads` in data/lang/<code>.toml, or `name_tails` for a language
that puts the noun after the name, Turkish 'X gazetesi') followed by the name itself, set off by quotation marks,
or in a cased script by capitals. A military operation's name is left out on purpose: 'operation «X»' names the
act, and ACLED codes it.

A wire dateline's place ('Granada, 23 may (EFE).') is the filing place (`lang.datelines`): its words are a name
too, never an act (Granada is no grenade).

Spans are character offsets into the sentence; pure functions of the text and the language's word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontwatch.lang.capitals import CAPITALS_SENTENCE_SHARE, cased, in_capitals
from frontwatch.lang.datelines import datelines
from frontwatch.lang.event_tokens import WORD
from frontwatch.lang.resources import load
from frontwatch.lang.word_lists import listed

# an opening quotation mark → the marks that close it
QUOTES = {"«": "»", "“": "”", "„": "“”", '"': '"', "‹": "›", "‘": "’"}
MAX_QUOTED = 80  # characters: a name, not a quoted statement
MAX_NAME_WORDS = 4  # capitalised words of an unquoted name ('Ukrainian Democratic Alliance for Reform')
MAX_DATELINE_WORDS = 3  # 'Nueva Delhi', 'Camp Zeist'
_GAP = re.compile(r"[ \u00a0]{1,2}")


def _quoted_after(text: str, i: int) -> tuple[int, int] | None:
    """The span of a quotation opening at offset i (after spaces), nested guillemets allowed
    ('«Агентство безпеки «Легіон»»'), if it closes within MAX_QUOTED characters."""
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    if i >= len(text) or text[i] not in QUOTES:
        return None
    opener, closers, depth = text[i], QUOTES[text[i]], 0
    for k in range(i + 1, min(len(text), i + 1 + MAX_QUOTED)):
        c = text[k]
        if c == opener and opener not in closers:
            depth += 1
        elif c in closers:
            if depth == 0:
                return i, k + 1
            depth -= 1
    return None


def _quoted_before(text: str, j: int) -> tuple[int, int] | None:
    """The span of a quotation closing at offset j (before spaces): a name before its head noun."""
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == 0:
        return None
    close = text[j - 1]
    openers = [o for o, cs in QUOTES.items() if close in cs]
    if not openers:
        return None
    k = max((text.rfind(o, max(0, j - 1 - MAX_QUOTED), j - 1) for o in openers), default=-1)
    return (k, j) if k >= 0 else None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _shouting(words: list[re.Match]) -> bool:
    """A sentence in capitals throughout (a wire headline): there a capital marks no name
    (`lang.capitals.capitals_sentence`, on the matches of WORD)."""
    ws = [m.group() for m in words if cased(m.group())]
    return bool(ws) and sum(in_capitals(w) for w in ws) >= CAPITALS_SENTENCE_SHARE * len(ws)


def _words_after(words: list[re.Match], i: int, text: str, limit: int, cased_script: bool,
                 skip: frozenset[str]) -> tuple[int, int] | None:
    """The run of capitalised words right after word i, single spaces between; in a script without capitals the
    one word right after it ('جريدة فلسطين', 'حزب التحرير': the head's construct partner is the name) unless it is
    a preposition or a stop word of the language (`skip`: 'در', 'را')."""
    run: list[re.Match] = []
    for m in words[i + 1:i + 1 + (limit if cased_script else 1)]:
        prev = run[-1] if run else words[i]
        if not _GAP.fullmatch(text[prev.end():m.start()]) or (cased_script and not _capitalised(m.group())) \
                or (not cased_script and m.group().casefold() in skip):
            break
        run.append(m)
    return (run[0].start(), run[-1].end()) if run else None


def _words_before(words: list[re.Match], i: int, text: str, limit: int) -> tuple[int, int] | None:
    """The run of capitalised words right before word i, single spaces between, not the sentence's first word
    alone (a capital there is no sign)."""
    run: list[re.Match] = []
    for k in range(i - 1, max(-1, i - 1 - limit), -1):
        m, nxt = words[k], (run[0] if run else words[i])
        if not _GAP.fullmatch(text[m.end():nxt.start()]) or not _capitalised(m.group()):
            break
        run.insert(0, m)
    if run and run[0].start() == words[0].start() and len(run) == 1:
        return None
    return (run[0].start(), run[-1].end()) if run else None


def introduced_names(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the names a name-taking noun introduces: quoted right after a `name_heads` word (or right before a
    `name_tails` word), or the capitalised words there (in a script without capitals, the one word after the head)."""
    res = load(lang)
    if not (res.name_heads or res.name_tails):
        return []
    words = list(WORD.finditer(text))
    by_case = res.cased and not _shouting(words)  # capitals mark a name only amid ordinary case
    skip = frozenset(res.preps) | res.stop
    out: list[tuple[int, int]] = []
    for i, m in enumerate(words):
        w = m.group()
        if res.name_heads and listed(w, lang, "name_heads"):
            span = _quoted_after(text, m.end()) or (
                _words_after(words, i, text, MAX_NAME_WORDS, True, skip) if by_case else
                None if res.cased else _words_after(words, i, text, MAX_NAME_WORDS, False, skip))
            if span:
                out.append(span)
        if res.name_tails and listed(w, lang, "name_tails"):
            span = _quoted_before(text, m.start()) or (
                _words_before(words, i, text, MAX_NAME_WORDS) if by_case else None)
            if span:
                out.append(span)
    return out


def named_places(text: str, lang: str, places: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of `places` (character spans) that lie inside a name a name-taking noun introduces: the newspaper
    Filastin is no event in Palestine ('جريدة فلسطين'), 'газета «Київ Пост»' none in Kyiv. In a cased script an
    unquoted name must run longer than the place: a capitalised genitive right after the noun is the owner, a
    place in its own right ('партии Украины', Ukraine's parties)."""
    res = load(lang)
    out = set()
    for a, b in introduced_names(text, lang):
        quoted = text[a] in QUOTES
        for k, (s, e) in enumerate(places):
            if a <= s and e <= b and (quoted or not res.cased or (s, e) != (a, b)):
                out.add(k)
    return out


def _joins(prev: re.Match, word: re.Match, text: str, shout: bool) -> bool:
    """Does `prev` belong to the same dateline name as `word`: capitalised, one space before it, and written in
    capitals exactly when the name's last word is?"""
    return _GAP.fullmatch(text[prev.end():word.start()]) is not None and _capitalised(prev.group()) \
        and in_capitals(prev.group()) == shout


def dateline_names(text: str) -> list[tuple[int, int]]:
    """Spans of the place names of the text's wire datelines ('Granada' in 'Granada, 23 may (EFE).'): the
    capitalised words ending where `lang.datelines` says the name ends."""
    out = []
    for d in datelines(text):
        words = [m for m in WORD.finditer(text[:d.name_end]) if m.end() <= d.name_end]
        if not words or words[-1].end() != d.name_end:
            continue
        k = len(words) - 1
        shout = in_capitals(words[k].group())  # 'Beirut' after a headline in capitals takes none of its words
        while k > 0 and len(words) - k < MAX_DATELINE_WORDS and _joins(words[k - 1], words[k], text, shout):
            k -= 1
        out.append((words[k].start(), d.name_end))
    return out


def name_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Every span of the sentence that is a name by the rules above: no word in one is an act."""
    return introduced_names(text, lang) + dateline_names(text)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is the character span [start, end) within one of `spans`?"""
    return any(a <= start and end <= b for a, b in spans)


__all__ = ["dateline_names", "inside", "introduced_names", "name_spans", "named_places"]
