"""The resolver's weights and constants (data/resolver_weights.json), read once.

geo/resolve.py scores a span's candidate places by adding some seventy hand-set numbers
(what an exact match is worth, a capital's bonus, the accept threshold...). They live in
one data file, each with its name and a line saying why, so that they can be read, fitted
(dev/fit_resolver_weights.py) and changed without touching code. This module is the file's
only loader: `weights()` gives a frozen `ResolverWeights` with one attribute per entry
(dicts as read-only mappings, lists as frozensets). `flat_values` / `with_values` give the
fitter a flat view ('how_prior.exact') of the numbers it may tune.
"""

from __future__ import annotations

import json
from dataclasses import make_dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from frontwatch.data_files import data_text

WEIGHTS_FILE = "resolver_weights.json"


def read_entries(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """The file's entries, name → {'value', 'why', 'fit'}, checked for shape."""
    text = path.read_text("utf-8") if path else data_text(WEIGHTS_FILE)
    entries = json.loads(text)["weights"]
    for name, entry in entries.items():
        if not name.isidentifier() or not isinstance(entry, dict) or set(entry) != {"value", "why", "fit"}:
            raise ValueError(f"{WEIGHTS_FILE}: {name!r} needs exactly 'value', 'why' and 'fit'")
        if not str(entry["why"]).strip():
            raise ValueError(f"{WEIGHTS_FILE}: {name!r} says no why")
        value = entry["value"]
        numbers = (value.values() if isinstance(value, dict) else [] if isinstance(value, list) else [value])
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in numbers):
            raise ValueError(f"{WEIGHTS_FILE}: {name!r} is not a number or a map of numbers")
    return entries


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType(dict(value))
    if isinstance(value, list):
        return frozenset(value)
    return value


ResolverWeights = make_dataclass(
    "ResolverWeights", [(name, Any) for name in read_entries()], frozen=True, slots=True)
ResolverWeights.__doc__ = "One attribute per entry of data/resolver_weights.json (see its 'why' fields)."


def build(entries: dict[str, dict[str, Any]]) -> Any:
    """A ResolverWeights from entries (every shipped name must be there, and no other)."""
    names = {f for f in ResolverWeights.__dataclass_fields__}
    if set(entries) != names:
        raise ValueError(f"{WEIGHTS_FILE}: missing {sorted(names - set(entries))}, unknown {sorted(set(entries) - names)}")
    return ResolverWeights(**{k: _frozen(e["value"]) for k, e in entries.items()})


@lru_cache(maxsize=1)
def weights() -> Any:
    """The shipped weights, loaded once."""
    return build(read_entries())


def flat_values(w: Any, entries: dict[str, dict[str, Any]], fit_only: bool = True) -> dict[str, float]:
    """name or 'name.key' → number, for the entries marked fit (all with fit_only=False)."""
    out: dict[str, float] = {}
    for name, entry in entries.items():
        if fit_only and not entry["fit"]:
            continue
        value = getattr(w, name)
        if isinstance(value, MappingProxyType):
            out.update({f"{name}.{k}": v for k, v in value.items()})
        elif isinstance(value, (int, float)):
            out[name] = value
    return out


def with_values(w: Any, changes: dict[str, float]) -> Any:
    """A copy of `w` with flat values ('how_prior.exact', 'prominence') replaced."""
    fields: dict[str, Any] = {}
    for key, v in changes.items():
        name, _, sub = key.partition(".")
        if sub:
            d = dict(fields.get(name, getattr(w, name)))
            if sub not in d:
                raise KeyError(key)
            d[sub] = v
            fields[name] = MappingProxyType(d)
        else:
            getattr(w, name)
            fields[name] = v
    return replace(w, **fields)


def to_entries(w: Any, entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Entries with `w`'s values and the original 'why' and 'fit' (for writing a fitted file)."""
    out = {}
    for name, entry in entries.items():
        value = getattr(w, name)
        if isinstance(value, MappingProxyType):
            value = dict(value)
        elif isinstance(value, frozenset):
            value = list(entry["value"])
        out[name] = {**entry, "value": value}
    return out
