"""FA-KES as a theatre check: do a Syria corpus's events stay in Syria and the countries each article names?

FA-KES (804 English articles on the Syrian war, 2011-2018, from 15 outlets) has no gold
event places, but it has a known theatre: every article is about Syria. An event placed
in a country the article never names ('Al-Susah' sent to Sousse, Tunisia; 'Daesh' to a
Russian town) is a far homonym, whatever the right place was. The figures are therefore
about coherence, not accuracy: located events, the share outside Syria + the countries
the article names by text (names and demonyms, read here independently of the
geoparser), the share placed at country level, the share with no actor 1, and the
share with a fatalities figure where the event record has that field.

The corpus is split by a hash of `unit_id` into a tune and a report half, fixed once
and for all, so that figures quoted from the report half were not tuned on.
The scoring is a pure function of the articles and the records; `run.py` wires the pipeline.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from frontwatch.evaluate.metrics import gold_csv_rows

SPLITS = ("tune", "report", "all")
THEATRE = "SY"  # the corpus's own country: always inside
REQUIRED = ("unit_id", "article_content", "date")
# Short forms news uses for countries that neither babel's names nor the demonym table spell so.
_SHORT_FORMS = {"us": "US", "u.s.": "US", "usa": "US", "america": "US", "uk": "GB", "u.k.": "GB",
                "britain": "GB", "uae": "AE", "emirates": "AE", "turkey": "TR", "russia": "RU",
                "iran": "IR", "palestine": "PS", "washington": "US", "gaza": "PS", "west bank": "PS"}


@dataclass(frozen=True)
class FakesArticle:
    unit_id: str
    title: str
    text: str
    source: str
    published: datetime | None
    location: str

    @property
    def split(self) -> str:
        return split_of(self.unit_id)


def split_of(unit_id: str) -> str:
    """'tune' or 'report', from the first byte of the id's SHA-1 (about half each, fixed)."""
    return "tune" if hashlib.sha1(unit_id.strip().encode()).digest()[0] % 2 == 0 else "report"


def _date(value: str | None) -> datetime | None:
    for fmt in ("%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime((value or "").strip(), fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def read_fakes(path: Path, split: str = "all") -> list[FakesArticle]:
    """The articles of a FA-KES CSV (file order), those of one split unless `split` is 'all'."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    out = []
    for _, row in gold_csv_rows(path, REQUIRED, "FA-KES"):
        text = (row.get("article_content") or "").strip()
        if not text:
            continue
        art = FakesArticle(unit_id=row["unit_id"].strip(), title=(row.get("article_title") or "").strip(),
                           text=text, source=(row.get("source") or "").strip(), published=_date(row.get("date")),
                           location=(row.get("location") or "").strip())
        if split == "all" or art.split == split:
            out.append(art)
    return out


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, set[str]]]:
    """One regex over every English country name (babel), demonym (the shipped table) and short form."""
    from babel import Locale

    from frontwatch.geo.demonyms import table

    words: dict[str, set[str]] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            words.setdefault(name.casefold(), set()).add(code.upper())
    for key, codes in table().items():
        words.setdefault(" ".join(key).casefold(), set()).update(c.upper() for c in codes)
    for word, code in _SHORT_FORMS.items():
        words.setdefault(word, set()).add(code)
    for capital, code in _capitals().items():  # 'Tehran said', 'MOSCOW (AFP) -': the state by its seat
        words.setdefault(capital, set()).add(code)
    alts = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in alts) + r")(?![\w])", re.IGNORECASE)
    return pattern, words


def _capitals() -> dict[str, str]:
    """National capitals (countryinfo) → ISO2: a capital names its state in news ('Ankara warned')."""
    import countryinfo

    out: dict[str, str] = {}
    for info in countryinfo.all_countries():
        try:
            capital, code = info.capital(), (info.iso() or {}).get("alpha2")
        except Exception:  # a record without them
            continue
        for name in ([capital] if isinstance(capital, str) else capital or []):
            if name and code:
                out[name.casefold()] = code.upper()
    return out


def named_countries(text: str) -> set[str]:
    """ISO2 codes of the countries a text names by name, short form, adjective or capital."""
    pattern, words = _country_pattern()
    out: set[str] = set()
    for m in pattern.finditer(text):
        out.update(words.get(m.group(0).casefold(), ()))
    return out


def _pct(n: int, d: int) -> float | None:
    return round(100.0 * n / d, 2) if d else None


def score_fakes(articles: Sequence[FakesArticle], records_of: Sequence[Sequence[dict]], top: int = 25) -> dict:
    """Theatre-coherence figures of the event records of each article (same order)."""
    if len(articles) != len(records_of):
        raise ValueError(f"{len(records_of)} record lists for {len(articles)} articles")
    events = located = outside = country_level = no_actor1 = 0
    with_fatal_field = fatal_filled = 0
    far: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], str] = {}
    for art, records in zip(articles, records_of):
        allowed = named_countries(f"{art.title}\n{art.text}") | {THEATRE}
        for rec in records:
            events += 1
            if not (rec.get("actor1") or {}).get("name"):
                no_actor1 += 1
            if "fatalities" in rec:
                with_fatal_field += 1
                fatal_filled += rec.get("fatalities") not in (None, "", 0)
            loc = rec.get("location") or {}
            if loc.get("lat") is None:
                continue
            located += 1
            if loc.get("precision") == "country":
                country_level += 1
            country = (loc.get("country") or "").upper()
            if country and country not in allowed:
                outside += 1
                key = (loc.get("text") or "", loc.get("name") or "", country)
                far[key] += 1
                examples.setdefault(key, art.unit_id)
    return {
        "articles": len(articles), "events": events, "located": located,
        "outside": outside, "outside_pct": _pct(outside, located),
        "country_level": country_level, "country_level_pct": _pct(country_level, located),
        "actor1_empty": no_actor1, "actor1_empty_pct": _pct(no_actor1, events),
        "fatalities": ({"filled": fatal_filled, "filled_pct": _pct(fatal_filled, with_fatal_field)}
                       if with_fatal_field else None),
        "top_outside": [{"text": t, "place": n, "country": c, "count": k, "unit_id": examples[(t, n, c)]}
                        for (t, n, c), k in far.most_common(top)],
    }


def evaluate_fakes(articles: Sequence[FakesArticle], extract: Callable[[list[FakesArticle]], list[list[dict]]],
                   progress: Callable[[int], None] | None = None, batch: int = 32) -> dict:
    """Run `extract` over the articles in batches and score the records (`score_fakes`)."""
    t0 = time.perf_counter()
    records: list[list[dict]] = []
    for i in range(0, len(articles), batch):
        records.extend(extract(list(articles[i:i + batch])))
        if progress:
            progress(len(records))
    result = score_fakes(articles, records)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def by_split(articles: Iterable[FakesArticle]) -> Counter[str]:
    return Counter(a.split for a in articles)


__all__ = ["FakesArticle", "SPLITS", "evaluate_fakes", "named_countries", "read_fakes", "score_fakes", "split_of"]
