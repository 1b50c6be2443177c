"""Reported fatalities: how many deaths a sentence gives for the event it reports.

Why a counter of its own: ACLED's `fatalities` column is the one number analysts sum,
so it must follow ACLED's rules rather than "the biggest number near 'killed'":

* the most conservative credible figure: a range "10 to 15" gives 10, "at least 11"
  gives 11, "more than 20" gives 20;
* vague words get fixed values. ACLED's FAQ "Fatalities" (Uses and limitations of ACLED
  data, updated 7 May 2024): "ACLED codes 10 for 'tens,' 12 for 'dozens,' 100 for
  'hundreds'". For deaths reported without a number, ACLED estimates 10 for a
  significant attack in a war zone and 3 for an attack of limited scope (acledR
  vignette "Fatalities", dtacled/acledR articles/fatalities.html). One sentence does not
  tell us which, so "several", "many", "a number of" get the lower value, 3 (our choice,
  conservative). Values are in data/fatalities.json;
* injuries are not fatalities (same vignette: "a report of casualties but no deaths"
  is 0), and "killing and wounding 20" cannot be split, so it counts 0;
* a cumulative or area-wide total ("the death toll since 2011", "killed across the
  country on Monday", "in the past week") is not this event's toll: 0 from that phrase.

Number words are turned into digits by text2num (`alpha2digit`), so "twenty-one",
"three hundred" and "two" all read as numbers. The function is pure text in, int out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from text_to_num import alpha2digit

from frontwatch.data_files import data_json

_TOKEN = re.compile(r"\d[\d,]*\d|\d|[a-z]+(?:'[a-z]+)?|[^\w\s]")
_CLAUSE_END = frozenset({".", ";", ":", "?", "!"})
_SINGULAR = frozenset({"a", "an", "one"})
_MODAL = frozenset({"could", "may", "might", "would", "expected", "likely", "feared", "set", "will"})
PERSON = "qqperson"  # marker of a person's name (lower case, no digits: passes text2num untouched)
# After a named victim's "killed" (no auxiliary): what makes it a passive report ("X killed in an air strike").
_AFTER_PASSIVE = frozenset({"in", "by", "on", "at", "during", "when", "after", "near", "while", "as", ".", ",", ";",
                            "yesterday", "today", "overnight", "late", "early"})
# Any sentence that reports deaths has one of these stems (checked in the tests against the word lists).
_DEATH_HINT = re.compile(r"kill|dead|died|\bdie|death|toll|lives|\blife|execut|massac|murder|slaughter|behead|slain|"
                         r"perish|fatalit|assassin|lynch|tally|victim|gunned|fatally|\blost\b|martyr|bodies|corpse",
                         re.IGNORECASE)
_NOBODY = re.compile(r"\bno(?:\s|-)one\b", re.IGNORECASE)


Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases starting with it, longest first


@dataclass(frozen=True)
class Words:
    """The word lists of data/fatalities.json, as token tuples for phrase matching."""

    death: frozenset[str]
    kill: frozenset[str]
    aux: frozenset[str]
    injury: frozenset[str]
    prefixes: Phrases
    vague: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # by first word, longest first
    subset: Phrases
    cumulative: Phrases
    mixed: Phrases
    toll: Phrases
    toll_links: frozenset[str]
    units: frozenset[str]
    grievance: frozenset[str] = frozenset()  # words before a death noun that make it a grievance
    death_phrases: Phrases = dataclasses.field(default_factory=dict)  # "shot dead", "fatally shot": read as "killed"
    areas: frozenset[str] = frozenset()  # "across ... province": an area-wide total
    campaigns: frozenset[str] = frozenset()  # "a four-day crack-down", "two-week-old battle": a multi-day total
    span_units: frozenset[str] = frozenset()  # "in the past three days": a running total
    grievance_phrases: Phrases = dataclasses.field(default_factory=dict)  # "protesting against ... 110 dead"
    clause_wide: Phrases = dataclasses.field(default_factory=dict)  # "in the period between ...": anywhere in the clause
    loss_nouns: frozenset[str] = frozenset()  # "lost 11 soldiers"
    event_after_since: frozenset[str] = frozenset()  # "since a ... attack": one earlier event, not a running total
    not_cumulative: Phrases = dataclasses.field(default_factory=dict)  # "a day ago": not "a day" of a daily total
    since_superlatives: frozenset[str] = frozenset()  # "the first explosion ... since 2011": no running total
    singular_persons: frozenset[str] = frozenset()  # "the victim was executed": one death, like "a man was killed"
    remains: frozenset[str] = frozenset()  # "at least 100 bodies", "the bodies of 12": counted dead
    unit_names: frozenset[str] = frozenset()  # "the Idlib Martyrs Brigade": a death word before one is a name's
    counted_groups: frozenset[str] = frozenset()  # "its crew of four", "a family of five": a group counted by 'of N'
    aggregates: frozenset[str] = frozenset()  # "war", "conflict", "uprising": a span of violence, no one event (act46)
    aggregate_preps: frozenset[str] = frozenset()  # "killed in Syria's war", "since an uprising": its scope
    aggregate_modified: frozenset[str] = frozenset()  # "war-torn", "conflict zone": the noun only modifies
    aggregate_lives_verbs: frozenset[str] = frozenset()  # "has claimed 300000 lives", "has left 10,000 dead"
    periods: Phrases = dataclasses.field(default_factory=dict)  # "last month", "in one week": a period's tally
    displacement: frozenset[str] = frozenset()  # "millions forced to flee": beside a death count, a war's total
    displacement_magnitudes: Phrases = dataclasses.field(default_factory=dict)  # "half of the population"
    displacement_min: int = 0  # "millions displaced" (read as 1000000): a war's uprooting, no event's
    act_nouns: frozenset[str] = frozenset()  # "in an attack": one act named after a count (toll_report.json)


def _phrases(items: list[str]) -> Phrases:
    """Phrases as token tuples indexed by their first word, longest first (a lookup per token, not a scan)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(x.split()) for x in items), key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(ps) for first, ps in out.items()}


@lru_cache(maxsize=1)
def words() -> Words:
    """Load data/fatalities.json once (the only loader of that file)."""
    raw: dict[str, Any] = data_json("fatalities.json")
    vague: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, value in sorted(((tuple(k.split()), int(v)) for k, v in raw["vague"].items()),
                                key=lambda kv: len(kv[0]), reverse=True):
        vague.setdefault(phrase[0], []).append((phrase, value))
    return Words(
        death=frozenset(raw["death_words"]), kill=frozenset(raw["kill_verbs"]), aux=frozenset(raw["auxiliaries"]),
        injury=frozenset(raw["injury_words"]), prefixes=_phrases(raw["prefixes"]),
        vague={first: tuple(pv) for first, pv in vague.items()},
        subset=_phrases(raw["subset_cues"]),
        cumulative=_phrases(raw["cumulative_cues"]), mixed=_phrases(raw["mixed_harm"]),
        toll=_phrases(raw["toll_words"]), toll_links=frozenset(raw["toll_links"]),
        units=frozenset(raw["non_count_units"]), grievance=frozenset(raw.get("grievance_words", ())),
        death_phrases=_phrases(raw.get("death_phrases", [])), areas=frozenset(raw.get("area_words", ())),
        campaigns=frozenset(raw.get("campaign_nouns", ())), span_units=frozenset(raw.get("span_units", ())),
        grievance_phrases=_phrases(raw.get("grievance_phrases", [])),
        clause_wide=_phrases(raw.get("clause_wide_cues", [])), loss_nouns=frozenset(raw.get("loss_nouns", ())),
        event_after_since=frozenset(raw.get("event_after_since", ())),
        not_cumulative=_phrases(raw.get("not_cumulative", [])),
        since_superlatives=frozenset(raw.get("since_superlatives", ())),
        singular_persons=frozenset(raw.get("singular_persons", ())),
        remains=frozenset(raw.get("remains_nouns", ())),
        counted_groups=frozenset(raw.get("counted_group_nouns", ())),
        aggregates=frozenset(raw.get("aggregate_nouns", ())),
        aggregate_preps=frozenset(raw.get("aggregate_scope_preps", ())),
        aggregate_modified=frozenset(raw.get("aggregate_modified_heads", ())),
        aggregate_lives_verbs=frozenset(raw.get("aggregate_lives_verbs", ())),
        periods=_phrases(raw.get("period_cues", [])),
        displacement=frozenset(raw.get("displacement_words", ())),
        displacement_magnitudes=_phrases(raw.get("displacement_magnitudes", [])),
        displacement_min=int(raw.get("displacement_min", 0)),
        act_nouns=frozenset(data_json("toll_report.json").get("generic_act_words", ())),
        unit_names=frozenset(data_json("actor_fill.json").get("unit_nouns", ())),
    )


@dataclass(frozen=True)
class Quantity:
    value: int
    start: int  # first token of the number itself (after "at least" etc.)
    end: int  # token after the quantity
    singular: bool = False  # "a"/"an"/"one": needs a passive verb or a person to count
    another: bool = False  # "another five": adds to an earlier count
    named: bool = False  # a person's name ("Hassan Abboud was killed"): one victim
    definite: bool = False  # "the victim": counts only as a passive verb's subject ("the victim was executed")


@dataclass(frozen=True)
class Match:
    value: int
    start: int
    end: int
    another: bool = False


def with_persons_marked(text: str, persons: Sequence[tuple[int, int]]) -> str:
    """The text with each person name (character spans) replaced by one marker token: a named victim counts one."""
    for start, end in sorted(persons, reverse=True):
        if 0 <= start < end <= len(text):
            text = f"{text[:start]} {PERSON} {text[end:]}"
    return text


def tokens(text: str) -> list[str]:
    """Lower-case tokens with number words turned into digits ("two" -> "2")."""
    text = _NOBODY.sub("nobody", text)
    text = alpha2digit(text, "en", threshold=0)  # ran over all 804 FA-KES articles and odd inputs without error
    return _killing_phrases_joined(_TOKEN.findall(text.lower()), words())


def _killing_phrases_joined(toks: list[str], w: Words) -> list[str]:
    """'shot dead', 'gunned down', 'fatally shot', 'beaten to death' as the one word 'killed', so that
    the subject and object readings below see a plain killing ('soldiers shot dead a man')."""
    if not any(t in w.death_phrases for t in toks):
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        p = phrase_at(toks, i, w.death_phrases)
        if p is None:
            out.append(toks[i])
            i += 1
        else:
            out.append("killed")
            i += len(p)
    return out


def phrase_at(toks: list[str], i: int, phrases: Phrases) -> tuple[str, ...] | None:
    """The phrase of `phrases` (indexed by first word, `_phrases`) that starts at token i of `toks`, or None."""
    for p in phrases.get(toks[i], ()) if i < len(toks) else ():
        if tuple(toks[i:i + len(p)]) == p:
            return p
    return None


def _int(tok: str) -> int | None:
    return int(tok.replace(",", "")) if tok[:1].isdigit() and tok.replace(",", "").isdigit() else None


def quantity(toks: list[str], i: int, w: Words, blocked: set[int] = frozenset()) -> Quantity | None:  # type: ignore[assignment]
    """The count that starts at token i ("at least 11", "10 to 15", "dozens", "a"), or None."""
    j, another = i, False
    while j < len(toks):
        p = phrase_at(toks, j, w.prefixes)
        if p is None:
            break
        another = another or p[-1] in ("another", "further")
        j += len(p)
    if j >= len(toks) or j in blocked:
        return None
    between = j > 0 and toks[j - 1] == "between"
    if toks[j] == "between":
        between, j = True, j + 1
    if j >= len(toks):
        return None
    n = _int(toks[j]) if not (toks[j].startswith("0") and len(toks[j]) > 1) else None  # "016": a date shard
    if n is not None:
        start, end = j, j + 1
        upper = _int(toks[end + 1]) if end + 1 < len(toks) else None
        if upper is not None and toks[end] in ("-", "/") and toks[end + 2:end + 3] in (["-"], ["/"]):
            return None  # "27-07-2015": a date, not a range (act46)
        if upper is not None and (toks[end] in ("to", "-", "–", "or") or toks[end] == "and" and between):
            n, end = min(n, upper), end + 2  # "10 to 15", "between 10 and 15": the lower bound
        if end < len(toks) and toks[end] == "dozen":
            n, end = n * 12, end + 1
        if end < len(toks) and toks[end] in w.units:
            return None
        if end < len(toks) and toks[end] == "-" and end + 1 < len(toks) and toks[end + 1] in w.units:
            return None  # "a 21-year-old"
        if start > 0 and toks[start - 1] in w.units:
            return None  # a day or a year after a month ("March 27", "May 2014")
        if 1900 <= n <= 2100 and start > 0 and toks[start - 1] in ("in", "since", "of", "from", "until", "by"):
            return None  # a year ("in 2014")
        if 1900 <= n <= 2100 and dated_year(toks, start):
            return None  # "Thu Jul 30 2015", "27-07-2015": a dateline's year (act46)
        if _age_between_commas(toks, start, end):
            return None
        # "19 more were killed", "16 others died": in addition to a count given before
        another = another or (end < len(toks) and toks[end] in ("more", "others", "other"))
        return Quantity(n, start, end, another=another)
    for phrase, value in w.vague.get(toks[j], ()):
        if tuple(toks[j:j + len(phrase)]) == phrase:
            return Quantity(value, j, j + len(phrase), another=another)
    if toks[j] in _SINGULAR and j == i:
        return Quantity(1, j, j + 1, singular=True)
    if j == i + 1 and toks[i] == "the" and toks[j] in w.singular_persons:
        return Quantity(1, j, j + 1, singular=True, definite=True)  # "the victim was executed": one person
    if toks[j] == PERSON and j == i:
        return Quantity(1, j, j + 1, named=True)
    return None


def dated_year(toks: list[str], start: int, months: frozenset[str] = frozenset()) -> bool:
    """The number at `start` (a year, checked by the caller) closes a date: right after a day number ('Jul 30
    2015'; the month may have been read as a name) or after a day or month number and a separator
    ('27-07-2015', '30/7/2015'), or after one of `months` ('13 Oct 2016' as the parse reader sees it). A
    dateline's year is no count."""
    if start >= 1 and toks[start - 1] in months:
        return True
    day = _int(toks[start - 1]) if start >= 1 else None
    if day is not None and 1 <= day <= 31:
        return True
    part = _int(toks[start - 2]) if start >= 2 else None
    return toks[start - 1] in ("-", "/", ".") and part is not None and 1 <= part <= 31


def _age_between_commas(toks: list[str], start: int, end: int) -> bool:
    """'Lakshman Kadirgamar, 73, was killed': a bare number set off by commas after a word is an age."""
    return 1 < start and end < len(toks) and end == start + 1 and toks[start - 1] == "," and toks[end] == "," \
        and toks[start - 2].isalpha() and (_int(toks[start]) or 0) < 120


def _blocked(toks: list[str], w: Words) -> set[int]:
    """Tokens of subset clauses ("including 68 children"): their numbers are part of a count already given."""
    out: set[int] = set()
    i = 0
    while i < len(toks):
        p = phrase_at(toks, i, w.subset)
        if p is None:
            i += 1
            continue
        j = i + len(p)
        while j < len(toks) and toks[j] not in _CLAUSE_END and toks[j] not in w.aux \
                and toks[j] not in w.death and toks[j] not in w.kill:
            if toks[j] == "," and not (j + 1 < len(toks) and (_int(toks[j + 1]) is not None or toks[j + 1] == "and")):
                break  # a list of parts goes on after a comma ("including 9 in X, 6 in Y and 2 others"); else it ends
            out.add(j)
            j += 1
        i = j
    return out


def _wounded_count(toks: list[str], k: int, w: Words) -> bool:
    """The count starting at token k is of the wounded ('over 43 injured')."""
    q = quantity(toks, k, w)
    return q is not None and q.end < len(toks) and toks[q.end] in w.injury


def _wounded_ahead(toks: list[str], k: int, w: Words, reach: int = 12) -> bool:
    """An injury word comes before any word of death in the rest of the clause ('six other civilians
    including three children (5-8 years) were injured'); a parenthesis does not count towards the reach."""
    seen, depth = 0, 0
    while k < len(toks) and seen < reach:
        t = toks[k]
        k += 1
        if t in ("(", "["):
            depth += 1
            continue
        if t in (")", "]"):
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        seen += 1
        if t in w.injury:
            return True
        if t in w.death or t in _CLAUSE_END:
            return False
    return False


def _injured_subject(toks: list[str], k: int, w: Words, reach: int = 4) -> bool:
    """A passive of injury follows the count within a few words ('160 people were injured')."""
    for j in range(k, min(k + reach, len(toks) - 1)):
        if toks[j] in _CLAUSE_END:
            return False
        if toks[j] in ("was", "were", "are", "is", "been") and toks[j + 1] in w.injury:
            return True
    return False


def _collective(toks: list[str], start: int) -> bool:
    """'a family of five', 'a group of': the article counts a group, not one person."""
    return "of" in toks[start:start + 3]


def _starts_count(toks: list[str], k: int, w: Words) -> bool:
    if k >= len(toks):
        return False
    return toks[k] in ("the", "his", "her", "their", "its", "a", "an") or quantity(toks, k, w) is not None


_REACH = 6  # words between a count and its verb of death ('62 were killed', '2 soldiers and 3 civilians were killed')
_PARTITIVE_REACH = 12
_NEGATION = frozenset({"not", "never", "n't", "weren't", "wasn't", "didn't", "haven't", "hasn't"})


def _joined(toks: list[str], k: int) -> bool:
    """Token k follows a word that adds one part of a toll to another: 'and', 'as well as' (act43)."""
    return toks[k - 1] == "and" or k >= 3 and toks[k - 3:k] == ["as", "well", "as"]


def _subject_count(toks: list[str], q: Quantity, w: Words, blocked: set[int]) -> Match | None:
    """'62 were killed', 'at least 11 dead', '2 people died', 'a woman was killed',
    '2 soldiers and 3 civilians were killed' (summed)."""
    k, filler, passive, total, plural_verb = q.end, 0, False, q.value, False
    # "28 members of the Ahrar al-Sham militant group were killed": a partitive's 'of' phrase names whose members
    # they are, however long the name; its reach is longer, but only up to a passive ('were killed')
    partitive = q.end + 1 < len(toks) and toks[q.end + 1] == "of" and toks[q.end] in w.loss_nouns
    reach = _PARTITIVE_REACH if partitive else _REACH
    while k < len(toks) and filler <= reach:
        t = toks[k]
        if k in blocked:
            k += 1
            continue
        if toks[k - 1] == "and" and not passive and not plural_verb and t in _POSSESSIVES and k + 1 < len(toks) \
                and (_int(toks[k + 1]) is not None or toks[k + 1] in _VAGUE_STARTS):
            more = quantity(toks, k + 1, w, blocked)  # "a man and his two sons were killed": 1 + 2
            if more is not None and not more.singular:
                total, k, filler = total + more.value, more.end, 0
                continue
        if _joined(toks, k) and not passive and not plural_verb \
                and (_int(t) is not None or t in _VAGUE_STARTS or t == PERSON and q.named):
            more = quantity(toks, k, w, blocked)
            if more is not None:
                total, k, filler = total + more.value, more.end, 0
                continue
        if _joined(toks, k) and not passive and not plural_verb and t == "another" and k + 1 < len(toks) \
                and toks[k + 1] in w.singular_persons:
            total, k, filler = total + 1, k + 2, 0  # "a woman and her three children as well as another child": 5
            continue
        if t == "lost" and k + 2 < len(toks) and toks[k + 2] in ("life", "lives"):
            t = "died"
        if t in _NEGATION:
            return None  # "nine members of the council were not killed"
        if t in w.remains and filler == 0 and not passive:
            return Match(total, q.start, k + 1, q.another)  # "at least 100 bodies" (never "two UN bodies")
        if t in w.death and k + 1 < len(toks) and toks[k + 1] in w.unit_names:
            t = ""  # "the Idlib Martyrs Brigade": a unit's name, not a toll
        if t in w.death:
            if filler > _REACH and not passive and t in w.kill:
                return None  # "three members of the family of a man killed in ...": a participle, not their verb
            if t in w.kill and not passive and _starts_count(toks, k + 1, w) and not _wounded_count(toks, k + 1, w):
                return None  # active voice: "30 gunmen killed 5 villagers" (not "4 killed over 43 injured")
            if q.singular and (plural_verb and total == 1 or not (passive or t in ("died", "dead") and not q.definite)):
                return None  # "a man was killed", "a child died"; never "an airstrike killed", "for a time were"
                # (nor "the guard ... shot him dead": a definite one only as the passive's subject)
            if q.named and not (passive or t in ("died", "dead") or filler == 0 and k + 1 < len(toks)
                                and toks[k + 1] in _AFTER_PASSIVE):
                return None  # "Hassan Abboud was killed", "X killed in an air strike"; never "Assad killed civilians"
            return Match(total, q.start, k + 1, q.another)
        if t == "(":
            close = toks.index(")", k) if ")" in toks[k:] else k
            k = close + 1
            continue
        if t in ("-", "–", ")", '"', "'"):
            pass
        elif t in w.aux:
            passive = passive or t in ("was", "were", "been", "being", "is", "are")
            plural_verb = plural_verb or t in ("were", "are", "have")
        elif t == PERSON:
            filler += 1  # "group leader Hassan Abboud was killed": one name stands for the subject
        elif _int(t) is not None and k + 1 < len(toks) and toks[k + 1] == "-":
            filler += 1  # "a 12-year-old boy"
        elif _int(t) is not None and k + 1 < len(toks) and toks[k + 1] in ("st", "nd", "rd", "th"):
            filler += 1  # "a fourth migrant" (an ordinal: which one, not how many)
        elif toks[k - 1:k] and _int(toks[k - 1]) is not None and t in ("st", "nd", "rd", "th"):
            filler += 1
        elif _int(t) is not None and _age_between_commas(toks, k, k + 1):
            filler += 1  # "Lakshman Kadirgamar, 73, was shot dead"
        elif toks[k - 1] in ("-", "–"):
            filler += 1  # "12-year-old"
        elif t == "number" or t in w.injury or t in _CLAUSE_END or _int(t) is not None or t in w.kill \
                or t in w.units \
                or quantity(toks, k, w) is not None and not quantity(toks, k, w).singular:  # type: ignore[union-attr]
            return None  # another count or a date comes first: "2016 dozens of civilians were killed"
        else:
            filler += 1
        k += 1
    return None


def _object_count(toks: list[str], v: int, w: Words, blocked: set[int]) -> Match | None:
    """'killing 6 civilians', 'killed dozens', 'killing 6 soldiers and 4 rebels' (summed)."""
    j = v + 1
    group = _counted_group(toks, j, w, blocked)
    if group is not None:
        return group
    q = quantity(toks, j, w, blocked)
    if q is None:
        return _bare_singular_victim(toks, v, w)
    if (q.singular and (_collective(toks, q.end) or not toks[v].startswith(_SINGLE_VICTIM_VERBS))):
        return None  # "executed a special operation": only killing verbs take "a"/"an" as one victim
    after = toks[q.end:q.end + 2]
    if after[:1] and after[0] in w.injury or len(after) == 2 and after[1] in w.injury and after[0] not in ("and", ",") \
            and not after[1].endswith("ing"):
        return None  # "3 killed over 70 injured": that count is the wounded ("killing 2 children injuring 9": not)
    if _injured_subject(toks, q.end, w):
        return None  # "as well as those killed, at least 160 people were injured": the count is the wounded's
    total, end, k = q.value, q.end, q.end
    filler = 0
    while k < len(toks) and filler <= 5:
        t = toks[k]
        if t == "(" and ")" in toks[k:]:
            k = toks.index(")", k) + 1  # "two men from (Lebanese group) Hezbollah and three ..."
            continue
        if t in _CLAUSE_END or t in w.injury or t in w.kill or k in blocked:
            break
        if toks[k:k + 3] == ["as", "well", "as"]:  # "a commander as well as five of his men"
            k, t = k + 2, "and"
        if t in ("and", ","):
            nxt = quantity(toks, k + 1, w, blocked)
            if nxt is not None and nxt.named and not q.named:
                nxt = None  # "killed a student leader, Nfiri Sebastine": the same victim named (an apposition)
            if nxt is not None and not nxt.singular and not any(x in w.injury for x in toks[nxt.end:nxt.end + 3]):
                total, end, k, filler = total + nxt.value, nxt.end, nxt.end, 0
                continue
            if t == "and":
                break
        filler += 1
        k += 1
    return Match(total, q.start, end, q.another)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "and", "or", "of", "in", "on",
                             "at", "by", "with", "for", "to", "from", "as", "that", "which", "who", "while", "after",
                             "every", "each", "any", "no", "all", "some", "many", "several", "more", "other"})


_GROUP_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "entire", "whole"})


def _counted_group(toks: list[str], j: int, w: Words, blocked: set[int]) -> Match | None:
    """'killing its crew of four', 'killed a family of five': the victims named as a group whose size follows as
    'of' + a count are that many dead (act44). Before, 'a crew' was one article's group (`_collective`, no count)
    and 'its crew' no count at all, so the toll was 0. Determiners only before the noun: 'two of the crew'
    is a part, read elsewhere."""
    k = j
    while k < len(toks) and k < j + 2 and toks[k] in _GROUP_DETERMINERS:
        k += 1
    if k + 2 >= len(toks) or toks[k] not in w.counted_groups or toks[k + 1] != "of":
        return None
    q = quantity(toks, k + 2, w, blocked)
    if q is None or q.singular or q.named or q.definite:
        return None
    return Match(q.value, q.start, q.end, q.another)


def _bare_singular_victim(toks: list[str], v: int, w: Words) -> Match | None:
    """'Syrian Army Kills Terrorist Commander', 'gunmen killed police officer X': headline grammar, and a title
    before a name, drop the article, so a singular person noun right after a verb of killing (at most two
    modifier words between, no article or number) is one victim, as 'killed a man' is."""
    if not toks[v].startswith(_SINGLE_VICTIM_VERBS):
        return None
    for j in range(v + 1, min(v + 4, len(toks))):
        t = toks[j]
        if t in w.singular_persons:
            after = toks[j + 1] if j + 1 < len(toks) else ""
            return None if after in ("'s", "’s", "-", "and") else Match(1, j, j + 1, False)
        if not t.isalpha() or t in _FUNCTION_WORDS or t in w.injury or t in w.kill:
            return None
    return None


def _toll_count(toks: list[str], i: int, phrase: tuple[str, ...], w: Words, blocked: set[int]) -> Match | None:
    """'the death toll rose to 9', 'putting the death toll at at least 70'."""
    k = i + len(phrase)
    while k < len(toks) and k < i + len(phrase) + 24 and toks[k] not in _CLAUSE_END:
        q = quantity(toks, k, w, blocked)
        if q is not None and not q.singular and not q.named:  # a name in the toll's phrase is no toll
            return Match(q.value, i, q.end)
        if toks[k] in _MODAL:
            return None  # "the toll could reach 200": a forecast, not a count
        if _int(toks[k]) is not None:
            return None  # another number first ("the toll of the 2 attacks")
        k += 1
    return None


def _cumulative(toks: list[str], m: Match, w: Words, blocked: set[int] = frozenset()) -> bool:  # type: ignore[assignment]
    """A cue for a running or area-wide total in the clause around the match (subset clauses not counted)."""
    lo = m.start
    while lo > 0 and m.start - lo < 10 and toks[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi, seen = m.end, 0
    while hi < len(toks) and seen < 12 and toks[hi] not in _CLAUSE_END and toks[hi] != ",":
        seen += hi not in blocked
        hi += 1
    dated = _superlative_dates(toks, w)
    return any((_cumulative_at(toks, k, w) or _in_a_year(toks, k)) and k not in dated for k in range(lo, hi)) \
        or any(aggregate_scope_at(toks, k, w) and k not in dated and not (k < m.start and _relative_between(toks, m, k))
               for k in range(lo, hi))


_RELATIVES = frozenset({"which", "that", "who", "when", "where"})  # a clause of its own starts between scope and count


def _superlative_dates(toks: list[str], w: Words) -> set[int]:
    """Tokens of 'since ...' after a superlative ('the first explosion to hit the town since the outbreak of
    the war in 2011'), up to a comma or a word of killing: they date the superlative, no running total."""
    out: set[int] = set()
    for k, t in enumerate(toks):
        if t == "since" and any(x in w.since_superlatives for x in toks[max(0, k - 12):k]):
            j = k
            while j < len(toks) and toks[j] != "," and toks[j] not in _CLAUSE_END and toks[j] not in w.kill \
                    and toks[j] not in w.death:
                out.add(j)
                j += 1
    return out


def _cumulative_at(toks: list[str], k: int, w: Words) -> bool:
    """A running, area-wide or multi-day total starts at token k ('since 2011', 'across rebel-held Idlib
    province', 'the two-week-old battle'); 'since a suspected attack' names one earlier event instead."""
    if toks[k] == "since" and any(t in w.since_superlatives for t in toks[max(0, k - 12):k]) \
            or phrase_at(toks, k, w.not_cumulative) is not None:
        return False
    if toks[k] == "since" and k + 1 < len(toks) and toks[k + 1] in w.event_after_since:
        return False
    p = phrase_at(toks, k, w.cumulative)
    if p is not None and toks[k + len(p):k + len(p) + 1] == ["-"]:
        return False  # "in the war-torn province": the cue's noun only modifies (act46)
    return p is not None or _past_span(toks, k, w)


_AGGREGATE_SCOPE_REACH = 3  # words between a scope preposition and its war noun ("in the country's civil war")


def aggregate_noun_at(toks: list[str], k: int, w: Words) -> bool:
    """Token k is a war, conflict or uprising noun heading its phrase (not 'war-torn', 'conflict zone')."""
    return toks[k] in w.aggregates and toks[k + 1:k + 2] != ["-"] \
        and not (k + 1 < len(toks) and toks[k + 1] in w.aggregate_modified)


def aggregate_scope_at(toks: list[str], k: int, w: Words) -> bool:
    """'in Syria's war', 'during the conflict', 'since an uprising' at token k: the count it scopes is the
    war's, not one event's (ACLED codes an event's own deaths; act46). Read by `_cumulative` only where no
    relative word stands between it and the count ('a bloody week in the Syrian conflict which also saw 33
    civilians killed ... when government aircraft bombed a market' is one event's 33)."""
    if toks[k] not in w.aggregate_preps:
        return False
    for j in range(k + 1, min(k + 2 + _AGGREGATE_SCOPE_REACH, len(toks))):
        if toks[j] in _CLAUSE_END or toks[j] == "," or toks[j] in w.kill or toks[j] in w.death:
            return False
        if aggregate_noun_at(toks, j, w):
            return True
    return False


_PERIOD_REACH_BACK, _PERIOD_REACH = 10, 12  # a period cue's distance from its count (as `_cumulative`'s window)


def _period_tally(toks: list[str], m: Match, w: Words) -> bool:
    """'Nearly 2,000 civilians were killed last month', 'Over 500 Civilians Killed in One Week': a period cue in
    the clause of a count told before any verb of killing (the deaths are told, no act is); 'A bombing last
    month killed 40' dates its act instead, and so does a cue past a relative word ('the two teachers who were
    killed last year'). A verb in the present perfect before the count tells a total too ('Infighting ... has
    killed thousands of fighters this year')."""
    lo = m.start
    while lo > 0 and toks[lo - 1] not in _CLAUSE_END:
        lo -= 1
        if (toks[lo] in w.kill or toks[lo] in _LIVES_VERBS) and not _perfect(toks, lo):
            return False
    hi = m.end
    while hi < len(toks) and hi - m.end < _PERIOD_REACH and toks[hi] not in _CLAUSE_END and toks[hi] != ",":
        hi += 1
    if any(toks[k] in ("a", "an") and any(t in w.act_nouns for t in toks[k + 1:k + 3]) for k in range(m.end, hi)):
        return False  # 'Gunmen have killed 15 villagers in an attack this month': one act's dead
    return any(phrase_at(toks, k, w.periods) is not None and not _relative_between(toks, m, k)
               for k in range(max(lo, m.start - _PERIOD_REACH_BACK), hi))


_PERFECT = frozenset({"has", "have"})


def _perfect(toks: list[str], v: int) -> bool:
    """The verb at v is in the present perfect ('has killed', 'have reportedly killed'): with a period ('this
    year') it tells a running total, where the simple past dates one act ('A bombing last month killed 40')."""
    return any(t in _PERFECT for t in toks[max(0, v - 2):v])


def _relative_between(toks: list[str], m: Match, k: int) -> bool:
    """A relative word between the count and the cue at k: the cue is of a clause of its own ('the two teachers
    who were killed last year', 'a week in the conflict which also saw 33 killed')."""
    lo, hi = (k, m.start) if k < m.start else (m.start, k)
    return any(t in _RELATIVES for t in toks[lo:hi])


def _clause_span(toks: list[str], m: Match) -> tuple[int, int]:
    """The token range of the clause the match stands in: out to the nearest clause end on each side."""
    lo = m.start
    while lo > 0 and toks[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi = m.end
    while hi < len(toks) and toks[hi] not in _CLAUSE_END:
        hi += 1
    return lo, hi


def _beside_mass_displacement(toks: list[str], m: Match, w: Words) -> bool:
    """'More than 300000 people have been killed and millions forced to flee their homes': a death count in a
    clause that also tells millions displaced is a war's total (act46)."""
    lo, hi = _clause_span(toks, m)
    for k in range(lo, hi):
        p = phrase_at(toks, k, w.displacement_magnitudes)
        n = _int(toks[k]) if k != m.start else None
        size = len(p) if p is not None else 1 if n is not None and w.displacement_min and n >= w.displacement_min \
            else 0
        if size and any(t in w.displacement for t in toks[k + size:k + size + 6]):
            return True
    return False


def _clause_wide_total(toks: list[str], m: Match, w: Words) -> bool:
    """An area-wide or multi-day total anywhere in the match's clause ('across rebel-held Idlib province',
    'the two-week-old battle for X has cost the lives of 63 ...'): such a cue may stand far from the number."""
    lo, hi = _clause_span(toks, m)
    for k in range(lo, hi):
        if toks[k] == "across" and any(t in w.areas for t in toks[k + 1:k + 6]):
            return True
        if _campaign_length(toks, k, w) or _past_span(toks, k, w) or phrase_at(toks, k, w.clause_wide) is not None:
            return True
    return False


_LENGTH_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months"})


def _campaign_length(toks: list[str], k: int, w: Words) -> bool:
    """'four-day crack-down', 'two-week-old battle', 'month-long siege' at token k (the unit): a campaign
    that lasted days; an age ('a 3-month-old baby') is not followed by a campaign noun."""
    if toks[k] not in _LENGTH_UNITS or k == 0 or toks[k - 1] != "-":
        return False
    j = k + 1
    if toks[j:j + 2] in (["-", "old"], ["-", "long"]):
        j += 2
    return any(t in w.campaigns for t in toks[j:j + 2])


def _past_span(toks: list[str], k: int, w: Words) -> bool:
    """'in the past three days', 'over the last 48 hours', 'the previous two weeks': a running total."""
    if toks[k] not in ("past", "last", "previous") or k + 2 >= len(toks):
        return False
    return _int(toks[k + 1]) is not None and toks[k + 2] in w.span_units


def _after_grievance(toks: list[str], m: Match, w: Words) -> bool:
    """The count follows 'protesting against', 'condemning', 'mourning' in its sentence: the grievance of a
    protest or a statement, not the toll of this sentence's event."""
    k = m.start
    while k > 0 and toks[k - 1] not in _CLAUSE_END:
        k -= 1
        if phrase_at(toks, k, w.grievance_phrases) is not None:
            return True
    return False


def _in_a_year(toks: list[str], k: int) -> bool:
    """'killed in 2014', 'during 2016': a year's total (a date inside a year reads 'in May 2014', 'on 4 May
    2014')."""
    n = _int(toks[k + 1]) if toks[k] in ("in", "during", "throughout") and k + 1 < len(toks) else None
    return n is not None and 1900 <= n <= 2100


def _number_of_dead(toks: list[str], i: int, w: Words) -> tuple[str, ...] | None:
    """'the number of civilians killed ... has risen to 20': a toll phrase with any noun in it."""
    if toks[i:i + 2] != ["number", "of"]:
        return None
    for k in range(i + 2, min(i + 6, len(toks))):
        if toks[k] in w.death:
            return tuple(toks[i:k + 1])
    return None


_VAGUE_STARTS = frozenset({"several", "dozens", "tens", "hundreds", "scores", "thousands", "a", "many", "some"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})  # "a woman and her three children": the count after it
_SINGLE_VICTIM_VERBS = ("kill", "murder", "slaughter", "behead", "massacr")
_LIVES_VERBS = frozenset({"claimed", "claiming", "claims", "claim", "took", "taking", "takes", "take", "cost",
                          "costing"})
_DEATH_NOUNS = frozenset({"death", "deaths", "killing", "killings", "execution", "executions", "massacre"})


def _object_trigger(toks: list[str], i: int, w: Words) -> int | None:
    """The last token before a victims' count: 'killing', 'claimed the lives of', 'the deaths of'."""
    t = toks[i]
    if t in _LIVES_VERBS and toks[i + 1:i + 4] == ["the", "lives", "of"]:
        return i + 3
    if t in _LIVES_VERBS and toks[i + 1:i + 3] == ["lives", "of"]:
        return i + 2  # "has claimed lives of eight civilians" (no article)
    if t in _LIVES_VERBS and i + 2 < len(toks):
        q = quantity(toks, i + 1, w)
        if q is not None and not q.singular and any(x in ("lives", "life") for x in toks[q.end:q.end + 3]):
            return i  # "claimed more than 100 civilian lives", "cost 12 lives"
    if (t in _DEATH_NOUNS or t in w.remains) and toks[i + 1:i + 2] == ["of"]:  # "the deaths of", "the bodies of"
        if any(x in w.grievance for x in toks[max(0, i - 2):i]):
            return None  # "protest against the killing of 5 youths": the grievance, not this event's toll
        return i + 1
    if t in w.kill:
        return i
    if t == "lost" and i + 1 < len(toks):
        q = quantity(toks, i + 1, w)
        if q is not None and not q.singular and any(x in w.loss_nouns for x in toks[q.end:q.end + 3]):
            return i  # "the army lost 11 soldiers"
    return None


def _mixed_at(toks: list[str], i: int, w: Words) -> bool:
    return phrase_at(toks, i, w.mixed) is not None


_COPULAS = frozenset({"were", "was", "are", "is"})
_SUPERSET_REACH = 5  # words of the uncounted victims' phrase between a verb of killing and the subset cue


def _uncounted_before(toks: list[str], cue: int, w: Words) -> bool:
    """No count in the clause before a subset cue ('killing civilians, including', 'Civilians including ...'):
    the whole is not numbered ('14 residents ... were killed including seven' is: the whole wins)."""
    for k in range(cue - 1, -1, -1):
        if toks[k] in _CLAUSE_END:
            return True
        q = quantity(toks, k, w)
        if _int(toks[k]) is not None and q is not None or q is not None and not q.singular:
            return False
    return True


def _subset_counts(toks: list[str], w: Words) -> list[Match]:
    """'killing civilians including three children', 'civilians, among them two women, were killed': the
    sentence counts only a part of the dead, and the whole has no number of its own. ACLED codes the lowest
    credible number, and the part is that: at least three died (a number already read for the whole wins)."""
    out: list[Match] = []
    for i in range(len(toks)):
        p = phrase_at(toks, i, w.subset)
        if p is None or not _uncounted_before(toks, i - (1 if toks[i - 1:i] == [","] else 0), w):
            continue
        verb_before = any(toks[k] in w.kill for k in range(max(0, i - 1 - _SUPERSET_REACH), i))
        start = i + len(p)
        dead_cue = any(t in w.death or t in w.kill for t in p)  # "among those killed", "among the dead"
        if dead_cue:
            while start < len(toks) and toks[start] in _COPULAS:
                start += 1  # "among those killed were three children and three women"
        q = quantity(toks, start, w)
        if q is None or q.singular and not (q.end < len(toks) and toks[q.end] in w.singular_persons):
            continue  # "including a child" is one; "including a journalist's son" is too vague to count
        if any(x in w.injury for x in toks[q.end:q.end + 3]):
            continue  # "including five wounded": the part counted is the injured
        if dead_cue and start > i + len(p):  # the parts listed after the copula are the dead counted: summed
            m = _object_count(toks, start - 1, w, set())
        else:
            m = Match(q.value, q.start, q.end) if verb_before else _subject_count(toks, q, w, set())
        if m is not None:
            out.append(m)
    return out


def matches(text: str, persons: Sequence[tuple[int, int]] = ()) -> list[Match]:
    """Every count of deaths in the text that is not a cumulative total (for tests and audits).

    `persons`: character spans of person names in `text` (from NER), read as one victim each.
    """
    if not _DEATH_HINT.search(text):
        return []  # most sentences: no word of dying at all, nothing to read
    w = words()
    toks = tokens(with_persons_marked(text, persons) if persons else text)
    blocked = _blocked(toks, w)
    found: dict[int, Match] = {}  # by the token where the number starts: one reading each
    inside: set[int] = set()  # tokens of a quantity already read ("15" of "10 to 15")
    for i, t in enumerate(toks):
        verb = _object_trigger(toks, i, w)
        if verb is not None and not _mixed_at(toks, i, w) and not (i > 1 and _mixed_at(toks, i - 2, w)):
            m = _object_count(toks, verb, w, blocked)
            if m is not None:
                found.setdefault(m.start, m)
                continue
        toll = phrase_at(toks, i, w.toll) or _number_of_dead(toks, i, w)
        if toll is not None:
            m = _toll_count(toks, i, toll, w, blocked)
            if m is not None:
                found.setdefault(m.start, m)
                continue
        if i in blocked or i in inside:
            continue
        q = quantity(toks, i, w, blocked)
        if q is None:
            continue
        inside.update(range(i, q.end))
        if q.start in found:
            continue
        m = _subject_count(toks, q, w, blocked)
        if m is None and q.another and found and not any(x in w.injury for x in toks[max(0, i - 2):i]) \
                and not _wounded_ahead(toks, q.end, w):
            m = Match(q.value, q.start, q.end, True)  # "30 were killed near X and another five outside Y"
        if m is not None and not any(_mixed_at(toks, k, w) for k in range(m.start, m.end)):
            found.setdefault(m.start, m)
    if not found:  # no count of the whole: a counted part of it is the lowest credible number
        found = {m.start: m for m in _subset_counts(toks, w)
                 if not any(_mixed_at(toks, k, w) for k in range(max(0, m.start - 8), m.start))}
    ordered = [m for _, m in sorted(found.items())]
    totals = {m.value for m in ordered if _cumulative(toks, m, w, blocked) or _clause_wide_total(toks, m, w)
              or _period_tally(toks, m, w) or _beside_mass_displacement(toks, m, w)}
    # a total told twice ("16 dead in bombardment ... Sixteen civilians were killed across Idlib province"):
    # the same number elsewhere in the sentence is that total too
    return [m for m in ordered if m.value not in totals and not _after_grievance(toks, m, w)]


def number_value(text: str) -> int | None:
    """The number a numeral writes ('nine', '1,200', 'twenty-one'), None when it is not one."""
    for tok in tokens(text):
        n = _int(tok)
        if n is not None:
            return n
    return None


@lru_cache(maxsize=4096)
def total_or_mixed_cue(text: str) -> bool:
    """The sentence states a running, area-wide, multi-day or period total, counts killed and wounded as one
    number, or names a grievance: a count found elsewhere (the parse reader) must not be taken as one
    event's toll."""
    w = words()
    toks = tokens(text)
    whole = Match(0, 0, len(toks))
    dated = _superlative_dates(toks, w) if "since" in toks else set()
    return any(_cumulative_at(toks, k, w) or aggregate_scope_at(toks, k, w) and k not in dated or _in_a_year(toks, k)
               or _mixed_at(toks, k, w)
               or phrase_at(toks, k, w.grievance_phrases) is not None
               or quantity(toks, k, w) is not None and _period_tally(toks, Match(0, k, k + 1), w)
               for k in range(len(toks))) \
        or _clause_wide_total(toks, whole, w) or _beside_mass_displacement(toks, whole, w)


def count_fatalities(text: str, persons: Sequence[tuple[int, int]] = ()) -> int:
    """Deaths the sentence reports for its event; 0 when it gives no count.

    Several counts in one sentence are mostly the same toll told twice (a headline and
    its lead, "kills six ... killed six people") or an update; the largest is kept.
    "another five" after a first count adds to it.
    """
    return _count_fatalities(text, tuple(map(tuple, persons)))


@lru_cache(maxsize=4096)
def _count_fatalities(text: str, persons: tuple[tuple[int, int], ...]) -> int:
    """`count_fatalities`, memoised: a sentence that holds several events is read once (the
    count is a pure function of the text and its person spans)."""
    found = matches(text, persons)
    if not found:
        return 0
    first = next((m.start for m in found if not m.another), None)
    # "another five" adds only to a count this sentence gave before it ("a further 19 were executed" opens it)
    adds = [m for m in found if m.another and first is not None and m.start > first]
    base = max(m.value for m in found if m not in adds)
    return base + sum(m.value for m in adds)
