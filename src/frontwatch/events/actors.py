"""Actors: a user-extensible dictionary and the mentions of its entries in a sentence.

News rarely names armed actors the way an event database does: it says "government
forces", "the Syrian army", "Assad's forces" or "jihadists". The dictionary therefore
holds two kinds of rows (see data/actors.csv): named actors with aliases (Hezbollah,
HTS, SOHR, AFP, persons with roles, every country with its demonyms), and *generic*
actors whose canonical name is a template ("Military Forces of {country}"). A generic
mention takes its country from a demonym or country name inside the noun phrase ("the
Syrian army", "ministers of Iran"), from a possessor with a known country ("Assad's
forces"), or else from the article's main country.

Data lives in CSV, not code, so users can add the actors of their conflict: the
packaged file plus any files named in FRONTWATCH_ACTORS.
"""

from __future__ import annotations

import csv
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from frontwatch.data_files import data_path
from frontwatch.events.actor_units import is_numbered_unit
from frontwatch.events.actor_words import words as fill_words
from frontwatch.events.theatre_coalition import bare_coalitions
from frontwatch.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ACTORS_ENV = "FRONTWATCH_ACTORS"
FIELDS = ("name", "aliases", "kind", "country", "role")
# Optional columns after FIELDS: `countries`, the ISO2 codes (|-separated) of the countries an
# actor fights in (the theatre it implies, `geo/theatre.py`), and a source id.
OPTIONAL_FIELDS = ("countries",)
# UCDP's non-state actors (built by `python -m frontwatch.events.ucdp`), loaded *before* the
# hand-made dictionary so that its rows win wherever both spell an alias.
UCDP_FILE = "ucdp_actors.csv"
KINDS = frozenset({
    "state forces", "government", "country", "rebel group", "political militia", "identity militia",
    "armed group", "protesters", "rioters", "mob", "civilians", "ngo", "igo", "media", "person", "organization",
})
# Kinds that report rather than act: never the antecedent of "they"/"it" for an armed act.
SOURCE_KINDS = frozenset({"media", "ngo"})
PERSON_TITLES = frozenset({"minister", "president", "commander", "spokesman", "spokeswoman", "director",
                           "leader", "chief", "general", "official", "head", "envoy", "ambassador"})


class ActorDataError(ValueError):
    pass


@lru_cache(maxsize=100_000)  # called for every token window of every sentence: memoised
def normalize(text: str) -> str:
    """Case-, accent-, hyphen- and apostrophe-insensitive form used for alias lookup."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for ch in "-‐–—’'`ʼʻ\"“”.":
        text = text.replace(ch, " " if ch in "-‐–—" else "")
    return " ".join(text.split())


@lru_cache(maxsize=100_000)
def _normal_words(text: str) -> tuple[str, ...]:
    """The words of `normalize(text)`, memoised per token text."""
    return tuple(normalize(text).split())


@dataclass(frozen=True)
class ActorEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None = None
    role: str | None = None
    countries: tuple[str, ...] = ()  # where it fights (UCDP `Location`); `country` alone when empty

    @property
    def theatre(self) -> tuple[str, ...]:
        """The countries a mention of this actor puts into an article's theatre."""
        return self.countries or ((self.country,) if self.country else ())

    @property
    def generic(self) -> bool:
        return "{country}" in self.name

    def canonical(self, country_name: str | None) -> str:
        """The entry's name, with a generic template filled in (or dropped) for a country."""
        if not self.generic:
            return self.name
        if country_name:
            return self.name.replace("{country}", country_name)
        return self.name.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()


@dataclass
class ActorMention:
    """Actor mention in a sentence: token span, syntactic head and resolved actors.

    `actors` has several entries for coordinated owners ("the foreign ministers of
    Iran, Russia and Turkey"); the first is the main one.
    """

    start: int
    end: int
    head: int
    text: str
    kind: str
    actors: list[Actor] = field(default_factory=list)
    entry: ActorEntry | None = None
    country: str | None = None
    plural: bool = False

    @property
    def actor(self) -> Actor:
        return self.actors[0]

    def span_head(self, doc) -> "Token":
        """The syntactic head token of the mention in its document."""
        return doc[self.head]

    @property
    def named(self) -> bool:
        return self.entry is not None and not self.entry.generic


class ActorDictionary:
    """Alias index over actor entries, with country names and demonyms."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries: list[ActorEntry] = []
        self._index: dict[str, ActorEntry] = {}
        self._caps: dict[str, ActorEntry] = {}  # acronyms: exact, case-sensitive
        self.countries: dict[str, ActorEntry] = {}
        self.templates: dict[str, ActorEntry] = {}
        self.max_tokens = 1
        self._first: dict[str, int] = {}  # first word of an alias -> most words after it
        self._first_generic: dict[str, int] = {}  # the same for generic aliases ('army'), the only
        # ones an uncapitalised word can start (named actors are capitalised: `_match_at`)
        self._prefixes: set[str] = set()  # every leading run of words of an `_index` key ('syrian', 'syrian arab')
        self._caps_max = 0  # the longest `_caps` alias
        # Keys of named actors' aliases written in lower case in the data ('coalition warplanes',
        # 'blue helmets'): common words that name that actor in running text, so they match uncapitalised.
        self._lower: set[str] = set()
        for e in entries:
            self.add(e)

    def add(self, e: ActorEntry) -> None:
        self.entries.append(e)
        if e.kind == "country" and e.country:
            self.countries[e.country] = e
        if e.generic:
            self.templates.setdefault(e.kind, e)
        for alias in (e.name, *e.aliases):
            if not alias or (alias == e.name and e.generic):
                continue
            if alias.isupper() and len(alias.replace(".", "")) <= 5:
                self._caps[alias] = e
                self._caps_max = max(self._caps_max, len(alias))
                key = normalize(alias)
            else:
                key = normalize(alias)
                if key:
                    self._index[key] = e  # later rows (user files) override packaged ones
                    words = key.split()
                    self._prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
            if key:
                words = key.split()
                # Tokens can split an alias word ("al-Assad" → al - Assad): allow slack.
                self._first[words[0]] = max(self._first.get(words[0], 0), 2 * len(words) + 1)
                lower = not e.generic and alias == alias.lower() != alias.upper()  # cased letters, all lower
                if lower:
                    self._lower.add(key)
                if e.generic or lower:
                    self._first_generic[words[0]] = max(self._first_generic.get(words[0], 0), 2 * len(words) + 1)
                self.max_tokens = max(self.max_tokens, 2 * len(words) + 1)

    def window(self, first_token_text: str, capitalised: bool = True) -> int:
        """How many tokens an alias starting with this token can span (0: none starts so);
        `capitalised` False: generic aliases only."""
        words = _normal_words(first_token_text)  # normalize()'s words, memoised per text
        first = self._first if capitalised else self._first_generic
        return first.get(words[0], 0) if words else 0

    def lookup(self, text: str) -> ActorEntry | None:
        hit = self._caps.get(text.strip())
        if hit is not None:
            return hit
        return self._index.get(normalize(text))

    def lookup_normalized(self, text: str, key: str) -> ActorEntry | None:
        """`lookup(text)` when the caller already has `key == normalize(text)` (`_match_at`
        builds it from its tokens' memoised forms instead of normalising every window anew)."""
        hit = self._caps.get(text.strip())
        if hit is not None:
            return hit
        return self._index.get(key)

    def country_code(self, text: str) -> str | None:
        e = self.lookup(text)
        return e.country if e is not None and e.kind == "country" else None

    def country_name(self, code: str | None) -> str | None:
        e = self.countries.get(code or "")
        return e.name if e else None

    def state_actor(self, code: str, *, military: bool, text: str = "") -> Actor:
        """A country acting: its military forces for violence, otherwise its government."""
        template = self.templates.get("state forces" if military else "government")
        name = self.country_name(code) or code
        if template is None:
            return Actor(name=name, text=text or name, kind="country", country=code)
        return Actor(name=template.canonical(name), text=text or name, kind=template.kind, country=code)


def read_actor_rows(path: Path) -> list[ActorEntry]:
    """Rows of one actor CSV (comment lines start with #); a bad row names file and line."""
    out: list[ActorEntry] = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ActorDataError(f"{path}: cannot read actor file ({exc.strerror or exc})") from None
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return out
    reader = csv.reader([line for _, line in lines])
    header = [h.strip() for h in next(reader)]
    if tuple(header[: len(FIELDS)]) != FIELDS:
        raise ActorDataError(f"{path}:{lines[0][0]}: header must be {','.join(FIELDS)}")
    for (lineno, _), row in zip(lines[1:], reader):
        if len(row) < 3:
            raise ActorDataError(f"{path}:{lineno}: expected {len(FIELDS)} columns, got {len(row)}")
        row = [c.strip() for c in row] + [""] * (len(FIELDS) - len(row))
        name, aliases, kind, country, role = row[: len(FIELDS)]
        extra = dict(zip(header[len(FIELDS):], row[len(FIELDS):]))
        countries = tuple(c.strip().upper() for c in (extra.get("countries") or "").split("|") if c.strip())
        if any(len(c) != 2 or not c.isalpha() for c in countries):
            raise ActorDataError(f"{path}:{lineno}: countries must be ISO alpha-2 codes separated by |")
        if not name:
            raise ActorDataError(f"{path}:{lineno}: empty actor name")
        if kind not in KINDS:
            raise ActorDataError(f"{path}:{lineno}: unknown actor kind {kind!r}")
        if country and (len(country) != 2 or not country.isalpha()):
            raise ActorDataError(f"{path}:{lineno}: country must be an ISO alpha-2 code, got {country!r}")
        out.append(ActorEntry(name=name, aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                              kind=kind, country=country.upper() or None, role=role or None, countries=countries))
    return out


def packaged_actors_path() -> Path:
    return data_path("actors.csv")


def packaged_ucdp_path() -> Path:
    """The UCDP-derived table (CC BY 4.0, attribution in its header and NOTICE)."""
    return data_path(UCDP_FILE)


def load_actors(paths: Iterable[Path]) -> ActorDictionary:
    entries: list[ActorEntry] = []
    for p in paths:
        entries.extend(read_actor_rows(Path(p)))
    return ActorDictionary(entries)


def user_actor_paths(env: str | None = None) -> list[Path]:
    value = os.environ.get(ACTORS_ENV, "") if env is None else env
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


@lru_cache(maxsize=4)
def _cached(env: str) -> ActorDictionary:
    return load_actors([packaged_ucdp_path(), packaged_actors_path(), *user_actor_paths(env)])


def default_dictionary() -> ActorDictionary:
    """UCDP's actors, the packaged dictionary over them, then the user's files
    (FRONTWATCH_ACTORS), loaded once per setting."""
    return _cached(os.environ.get(ACTORS_ENV, ""))


# --------------------------------------------------------------------------- mentions

_MOD_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})


# Generic kinds whose word, used before a noun, still names the doer ("rebel shelling").
ATTRIBUTIVE_KINDS = frozenset({"rebel group", "armed group", "political militia", "identity militia"})
_HELD = frozenset({"held", "controlled", "run", "besieged", "dominated", "occupied", "led", "backed", "allied",
                   "linked", "affiliated", "friendly", "leaning"})


def _held_by(doc, j: int) -> bool:
    """Does 'X-held' / 'X-controlled' follow token j-1 (a place's holder, not an actor acting)?"""
    return j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].lower_ in _HELD


def _looks_past() -> bool:
    """Count a match that reads a later token's own match (`_match_at` keeps no such match); always true."""
    _LOOKED_PAST[0] += 1
    return True


def _names_group(span: "Span", i: int, d: ActorDictionary) -> bool:
    """Does a named armed group's name start at token i?"""
    hit = _match_at(span, i, d)
    return hit is not None and not hit[1].generic and hit[1].kind in ATTRIBUTIVE_KINDS | {"state forces"}


_WIDTHS: tuple | None = None  # (doc, dictionary, entry count, widths) of the last document


def first_widths(doc, d: ActorDictionary) -> list[int]:
    """For each token of `doc`, how many tokens an alias starting there may span (0: none can
    start there: a space, punctuation, or a word that starts no alias).

    `_match_at` asks this for every token of every sentence, twice per article (the
    geoparser's `named_actors`, then `find_mentions`); computed in one pass per document
    and kept for the last document, so the tokens that start nothing cost a list index."""
    global _WIDTHS
    memo = _WIDTHS
    if memo is not None and memo[0] is doc and memo[1] is d and memo[2] == len(d.entries) and len(memo[3]) == len(doc):
        return memo[3]
    from spacy.attrs import LEMMA, ORTH

    # A token's width is a function of its form and lemma (the flags read are the form's lexeme's), so it
    # is worked out once per (orth, lemma) pair across documents, from the Doc's arrays, not its Tokens.
    by_form = _WIDTH_BY_FORM
    if by_form[0] is not d or by_form[1] != len(d.entries) or len(by_form[2]) > _WIDTH_MEMO_LIMIT:
        by_form[:] = [d, len(d.entries), {}]
    table = by_form[2]
    widths: list[int] = []
    for orth, lemma in doc.to_array([ORTH, LEMMA]).tolist():
        width = table.get((orth, lemma))
        if width is None:
            width = table[(orth, lemma)] = _first_width(doc.vocab[orth], doc.vocab.strings[lemma], d)
        widths.append(width)
    _WIDTHS = (doc, d, len(d.entries), widths)
    return widths


_WIDTH_BY_FORM: list = [None, -1, {}]  # [dictionary, its entry count, (orth, lemma) -> width]
_WIDTH_MEMO_LIMIT = 200_000


def _first_width(lex, lemma: str, d: ActorDictionary) -> int:
    """`first_widths` of one token, from its lexeme and lemma."""
    if lex.is_space or lex.is_punct:
        return 0
    text = lex.orth_
    capitalised = lex.is_title or lex.is_upper or not text[:1].isalpha()
    return max(d.window(text, capitalised), d.window(lemma, capitalised))


_MATCHES: list = [None, None, -1, {}]  # [doc, dictionary, its entry count, memo of `_match_at`] of the last document
_LOOKED_PAST: list[int] = [0]  # how many matches have asked `_names_group` about a later token


def _match_at(span: "Span", i: int, d: ActorDictionary) -> tuple[int, ActorEntry] | None:
    """Longest alias match starting at token i (doc index); returns (end, entry).

    Kept per document by (i, min(span end, i + width + 2)): the span's end matters to a
    match at i only through that minimum (the window is cut at the span's end, and the look
    past a generic head, 'Army [of] X', reads up to two tokens beyond the window), so the
    geoparser's whole-document pass (`named_actors`) and the event coder's pass over each
    sentence (`find_mentions`) share every match that starts more than width + 1 tokens
    before its sentence's end. A match that asked `_names_group` about the token after
    'of' depends on that token's own window too, and is not kept."""
    doc = span.doc
    width = first_widths(doc, d)[i]
    if width == 0:
        return None
    memo = _MATCHES
    if memo[0] is not doc or memo[1] is not d or memo[2] != len(d.entries):
        memo[:] = [doc, d, len(d.entries), {}]
    key = (i, min(span.end, i + width + 2))
    table = memo[3]
    if key in table:
        return table[key]
    looked_past = _LOOKED_PAST[0]
    hit = _match_in(span, i, d, width)
    if _LOOKED_PAST[0] == looked_past:
        table[key] = hit
    return hit


def _match_in(span: "Span", i: int, d: ActorDictionary, width: int) -> tuple[int, ActorEntry] | None:
    """`_match_at` without its memo (`width`: the first token's, not 0)."""
    doc = span.doc
    first = doc[i]
    end_limit = min(span.end, i + width)
    window = list(doc[i:end_limit])  # sliced once; each shorter candidate is a prefix of it
    texts = [t.text for t in window]
    # normalize() of the tokens joined by spaces is the tokens' own normalised words joined
    # (it works character by character, and spaces only separate), so each window's key is
    # built from memoised per-token forms: the same look-ups, no normalising of new strings.
    words: list[tuple[str, ...]] = [_normal_words(t) for t in texts]
    prefix_keys: list[str] = []
    acc: list[str] = []
    # Windows longer than `viable` + 1 tokens can match no `_index` key, not even as a plural
    # (their words do not start any key), and only a short text can be a `_caps` acronym:
    # such windows are skipped without a look-up that could only miss.
    viable = 0
    visible: list[int] = []  # characters other than whitespace in the first k tokens (≤ the stripped length)
    seen = 0
    for w, t in zip(words, texts):
        acc.extend(w)
        key = " ".join(acc)
        prefix_keys.append(key)
        if viable == len(prefix_keys) - 1 and (not key or key in d._prefixes):
            viable += 1
        seen += len(t) if t.isalnum() else len(t) - sum(ch.isspace() for ch in t)  # (a word has no space)
        visible.append(seen)
    for j in range(end_limit, i, -1):
        if j - i > viable + 1 and visible[j - i - 1] > d._caps_max:
            continue
        last = window[j - i - 1]
        if last.is_space or last.is_punct or texts[j - i - 1] in ("'s", "’s"):
            continue
        entry = d.lookup_normalized(" ".join(texts[:j - i]), prefix_keys[j - i - 1])
        if entry is None and last.tag_ in ("NNS", "NNPS"):  # plural of a singular alias
            head = prefix_keys[j - i - 2] if j - i >= 2 else ""
            lemma_words = " ".join(_normal_words(last.lemma_))
            key = f"{head} {lemma_words}" if head and lemma_words else head or lemma_words
            entry = d.lookup_normalized(" ".join([*texts[:j - i - 1], last.lemma_]), key)
        if entry is None:
            continue
        if entry.generic:
            # Generic words are actors only as nouns: "military" in "a military intervention" is not;
            # but a non-state group's word before an act is its doer ("rebel fire", "jihadist
            # counterattack"), unless it says whose ground a place is ("rebel-held", "IS-controlled").
            if last.pos_ not in ("NOUN", "PROPN") or last.dep_ == "amod":
                if not (entry.kind in ATTRIBUTIVE_KINDS and last.pos_ in ("ADJ", "NOUN", "PROPN") and j - i == 1
                        and not _held_by(doc, j)):
                    continue
            # "the Army of Conquest", "Army of Islam": a capitalised head in a proper name
            if last.is_title and j + 1 < span.end and doc[j].lower_ == "of" and doc[j + 1].is_title \
                    and d.country_code(doc[j + 1].text) is None and _looks_past() and not _names_group(span, j + 1, d):
                continue  # (but "Fighters of Faylaq al-Sham" opening a sentence are the group's men)
        elif not (first.is_title or first.is_upper or not first.text[:1].isalpha()) \
                and prefix_keys[j - i - 1] not in d._lower:
            continue  # names are capitalised: "turkey" the bird, "chad" the verb are not actors
            # (unless the data writes the alias in lower case: 'coalition warplanes')
        return j, entry
    return None


def find_mentions(span: "Span", d: ActorDictionary, default_country: str | None = None,
                  not_entities: set[int] = frozenset(), ents: tuple | None = None) -> list[ActorMention]:
    """Actor mentions in a sentence: dictionary aliases, then unknown persons/organisations from NER.

    Country names and demonyms that modify a generic head ("Syrian army") are folded
    into that mention; standalone ones ("Israel bombed") are mentions of the country.
    """
    doc = span.doc
    theatre = default_country  # the article's main country (the subject's country may replace the default below)
    raw: list[tuple[int, int, ActorEntry]] = []
    widths = first_widths(doc, d)
    i = span.start
    while i < span.end:
        hit = _match_at(span, i, d) if widths[i] else None
        if hit and _after_ally_prefix(doc, i):
            hit = None  # "pro-Russian separatists": not Russia's; matched again from the next word (act41)
        if hit:
            raw.append((i, hit[0], hit[1]))
            i = hit[0]
        else:
            i += 1
    # "a Russian-made helicopter", "US-supplied missiles": the maker's country is neither the weapon's owner nor a
    # side; left out of every mention (act41)
    makers = {k for k, (_, e, entry) in enumerate(raw) if entry.kind == "country" and _maker(doc, e)}
    consumed: set[int] = set(makers)
    mentions: list[ActorMention] = []
    by_token: dict[int, int] = {}
    for k, (s, e, _) in enumerate(raw):
        for t in range(s, e):
            by_token[t] = k

    def head_of(s: int, e: int) -> int:
        return doc[s:e].root.i

    # A generic mention with no country of its own ("a government spokesman said") most
    # likely belongs to the country the sentence is about: the one in subject position.
    for s, e, entry in raw:
        if entry.kind == "country" and doc[s:e].root.dep_ in ("nsubj", "nsubjpass"):
            default_country = entry.country
            break

    for k, (s, e, entry) in enumerate(raw):
        if k in consumed or not entry.generic:
            continue
        h = head_of(s, e)
        head_tok = doc[h]
        # The noun phrase head may be just after the window ("army sources", "rebel positions").
        np_head = head_tok.head if head_tok.dep_ == "compound" and head_tok.head.i >= e else head_tok
        countries: list[str] = []
        named: ActorEntry | None = None
        lo, hi = s, e
        mods = [c for c in np_head.children if c.dep_ in _MOD_DEPS and c.i < s]
        mods += [c for c in head_tok.children if c.dep_ in _MOD_DEPS and c.i < s and c not in mods]
        state_modifier = False  # 'regime fighters', 'government fighters': the state's own men (act47)
        for c in sorted(mods, key=lambda t: -t.i) + _nested_countries(doc, s, e, mods, raw, by_token):
            kk = by_token.get(c.i)
            if kk is None or kk == k or kk in makers:
                continue
            ms, me, mentry = raw[kk]
            if _state_word_on_fighters(entry, mentry, doc, ms) and not c.conjuncts and not state_modifier:
                state_modifier = True
                consumed.add(kk)
                lo = min(lo, ms)
                continue
            if mentry.kind == "country" and not countries:
                countries.append(mentry.country)  # type: ignore[arg-type]
            elif not mentry.generic and mentry.kind != "country" and named is None:
                if mentry.kind == "person" and mentry.country:
                    countries.append(mentry.country)
                else:
                    named = mentry
            else:
                continue
            consumed.add(kk)
            lo = min(lo, ms)
        # "ministers of Iran, Russia and Turkey", "forces of the Syrian regime"
        for prep in (c for c in np_head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                group = [pobj, *[t for t in pobj.conjuncts]]
                for g in group:
                    kk = by_token.get(g.i)
                    if kk is not None and raw[kk][2].kind == "country":
                        countries.append(raw[kk][2].country)  # type: ignore[arg-type]
                        consumed.add(kk)
                        hi = max(hi, raw[kk][1])
                    elif (kk is not None and named is None and not countries and not raw[kk][2].generic
                          and raw[kk][2].kind in ATTRIBUTIVE_KINDS | {"state forces"}):
                        named = raw[kk][2]  # "fighters of Faylaq al-Sham": the group's own men
                        consumed.add(kk)
                        hi = max(hi, raw[kk][1])
        loyal = _loyal_state(np_head, raw, by_token) if named is None and not countries \
            and entry.kind in ("rebel group", "armed group") else None  # (a militia stays a militia, inter 3)
        if state_modifier and named is None:
            loyal = (countries[0] if countries else None,)
        if loyal is not None and (loyal[0] or default_country or state_modifier):
            # "fighters loyal to the Syrian government": an unnamed armed side of the state's side is its forces (act42)
            text = doc[lo:hi].text
            forces = d.templates.get("state forces")
            actor = d.state_actor(loyal[0] or default_country, military=True, text=text) \
                if loyal[0] or default_country or forces is None else \
                Actor(name=forces.canonical(None), text=text, kind=forces.kind, country=None)  # no country named
            consumed.add(k)
            mentions.append(ActorMention(lo, hi, h, text, actor.kind, [actor], None, actor.country,
                                         head_tok.tag_ in ("NNS", "NNPS")))
            continue
        if named is None and not countries and k > 0 and (k - 1) not in consumed:
            ps, pe, pentry = raw[k - 1]
            if pe == s and not pentry.generic and pentry.kind not in ("country", "person", "media", "ngo", "igo"):
                named, lo = pentry, ps  # "IS militants", "Hezbollah fighters" (however the parser tags 'IS')
                consumed.add(k - 1)
        consumed.add(k)
        if named is not None:
            actor = Actor(name=named.name, text=doc[lo:hi].text, kind=named.kind, country=named.country)
            mentions.append(ActorMention(lo, hi, h, doc[lo:hi].text, named.kind, [actor], named, named.country,
                                         head_tok.tag_ in ("NNS", "NNPS")))
            continue
        if not countries and entry.country:
            countries = [entry.country]
        ctx = countries or ([default_country] if default_country else [None])  # type: ignore[list-item]
        text = doc[lo:hi].text
        actors = [Actor(name=entry.canonical(d.country_name(c)), text=text, kind=entry.kind, country=c)
                  for c in ctx]
        mentions.append(ActorMention(lo, hi, h, text, entry.kind, actors, entry, ctx[0],
                                     head_tok.tag_ in ("NNS", "NNPS") or np_head.tag_ in ("NNS", "NNPS")))

    for k, (s, e, entry) in enumerate(raw):
        if k in consumed:
            continue
        text = doc[s:e].text
        if entry.kind == "country":
            actor = Actor(name=entry.name, text=text, kind="country", country=entry.country)
        else:
            actor = Actor(name=entry.name, text=text, kind=entry.kind, country=entry.country)
        mentions.append(ActorMention(s, e, head_of(s, e), text, entry.kind, [actor], entry, entry.country,
                                     doc[e - 1].tag_ in ("NNS", "NNPS")))

    taken = {t for m in mentions for t in range(m.start, m.end)}
    for s, e, entry in bare_coalitions(span, d, theatre, taken):  # 'carried out by the coalition': the theatre's
        actor = Actor(name=entry.name, text=doc[s:e].text, kind=entry.kind, country=entry.country)
        mentions.append(ActorMention(s, e, e - 1, doc[s:e].text, entry.kind, [actor], entry, entry.country))
        taken.update(range(s, e))
    for ent in (doc.ents if ents is None else ents):  # `ents`: doc.ents read once per article
        if ent.start < span.start or ent.end > span.end or ent.label_ not in ("PERSON", "ORG"):
            continue
        if any(t in taken or t in not_entities for t in range(ent.start, ent.end)):
            continue  # already an actor, or a place the NER mislabelled
        toks = [t for t in ent if t.text not in ("'s", "’s")]
        if not toks:
            continue
        text = doc[toks[0].i:toks[-1].i + 1].text
        kind = "person" if ent.label_ == "PERSON" else "organization"
        actor = Actor(name=text, text=text, kind=kind, country=None)
        if kind == "organization" and is_numbered_unit([t.text for t in toks]):  # 'the 105th Brigade'
            actor = d.state_actor(default_country, military=True, text=text) if default_country else \
                Actor(name=text, text=text, kind="state forces", country=None)
        mentions.append(ActorMention(toks[0].i, toks[-1].i + 1, ent.root.i, text, actor.kind, [actor]))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _after_ally_prefix(doc, i: int) -> bool:
    """Token i follows an ally prefix and a hyphen written without spaces ('pro-regime')."""
    return i >= 2 and doc[i - 1].text in ("-", "\u2010") and not doc[i - 2].whitespace_ \
        and not doc[i - 1].whitespace_ and doc[i - 2].lower_ in fill_words().ally_prefixes


def _state_word_on_fighters(entry: ActorEntry, modifier: ActorEntry, doc, start: int) -> bool:
    """'19 regime fighters were killed', 'government fighters': a generic word of the state (its government or its
    forces) written before the generic word of rebel fighters names the state's own men, not rebels (act47; on the
    tune gold the regime's dead were read as rebels). Not after a hyphen: 'anti-government fighters' are rebels,
    'pro-government fighters' an allied side (`ally_prefixes`); nor (the caller's check) a state word coordinated
    with another: 'government and opposition forces' are two sides."""
    return entry.kind == "rebel group" and modifier.generic and modifier.kind in ("government", "state forces") \
        and not (start > 0 and doc[start - 1].text in ("-", "\u2010", "\u2013"))


def _loyal_state(np_head, raw: list, by_token: dict[int, int]) -> tuple[str | None] | None:
    """'fighters loyal to the Syrian government', 'militiamen aligned with President Assad': the state an unnamed
    side's allegiance phrase names, as (its country or None), or None when the phrase names no state. A state is
    its government, its forces, the country, or a person whose role is a state office (`state_roles`)."""
    w = fill_words()
    for adj in (c for c in np_head.children if c.i > np_head.i and c.lower_ in w.allegiance_words):
        for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                state, country = False, None
                for t in pobj.subtree:
                    k = by_token.get(t.i)
                    if k is None:
                        continue
                    e = raw[k][2]
                    office = e.kind == "person" and any((e.role or "").lower().startswith(r) for r in w.state_roles)
                    if e.kind in ("country", "government", "state forces") or office:
                        state = True
                        country = country or e.country
                    elif e.kind != "country":
                        return None  # 'loyal to the Islamic State', 'allied with the YPG': a named side
                if state:
                    return (country,)
    return None


def _maker(doc, end: int) -> bool:
    """The words after a country name (ending at `end`) are a hyphen and a maker's participle ('Russian-made')."""
    return end + 1 < len(doc) and doc[end].text in ("-", "\u2010", "\u2013") \
        and doc[end + 1].lower_ in fill_words().maker_words


def _nested_countries(doc, s: int, e: int, mods: list, raw: list, by_token: dict[int, int]) -> list:
    """'two US F-16 fighter jets', 'Russian Sukhoi Su-34 fighter-bomber': a country word that modifies a word of
    the generic mention itself or a compound before it (a model's name between them) still says whose the
    aircraft or unit is; read after the direct modifiers, which win (the nearest first)."""
    inner = [doc[t] for t in range(s, e)] + [c for c in mods if c.dep_ in ("compound", "nmod")]
    out = []
    for t in inner:
        for g in t.children:
            k = by_token.get(g.i)
            if g.dep_ in _MOD_DEPS and g.i < s and g not in mods and g not in out and k is not None \
                    and raw[k][2].kind == "country":
                out.append(g)
    return sorted(out, key=lambda t: -t.i)


def mention_at(mentions: list[ActorMention], token_i: int) -> ActorMention | None:
    """The mention covering a token, or whose head it is."""
    for m in mentions:
        if m.start <= token_i < m.end or m.head == token_i:
            return m
    return None


def for_event(mention: ActorMention, d: ActorDictionary, *, violent: bool) -> Actor:
    """The actor a mention stands for in an event: a bare country acts through its state."""
    a = mention.actor
    if a.kind == "country" and a.country:
        return d.state_actor(a.country, military=violent, text=mention.text)
    return a


# Kinds whose home or battlefield says where an article is (not who reports on it).
THEATRE_KINDS = frozenset({"state forces", "government", "rebel group", "political militia", "identity militia",
                           "armed group", "person"})


def named_actors(doc, d: ActorDictionary) -> list[tuple[int, int, ActorEntry]]:
    """Named (not generic, not country) dictionary actors in a document, as (start char, end char, entry).

    The geoparser's view of actors: their names are not toponyms ('Daesh', 'Jaysh
    al-Islam'), and where they fight is theatre evidence (`geo/theatre.py`)."""
    whole = doc[:]
    widths = first_widths(doc, d)
    out: list[tuple[int, int, ActorEntry]] = []
    i = 0
    while i < len(doc):
        if widths[i] == 0:  # no alias starts here (`_match_at` would say None)
            i += 1
            continue
        tok = doc[i]
        hit = _match_at(whole, i, d) if (tok.is_title or tok.is_upper) else None  # names are capitalised
        if hit is None:
            i += 1
            continue
        end, entry = hit
        if not entry.generic and entry.kind != "country":
            last = doc[end - 1]
            out.append((doc[i].idx, last.idx + len(last.text), entry))
        i = end
    return out
