"""The files shipped inside the package (`src/frontwatch/data/`): one way to reach them.

Why: lexicons, tables and weights live in data files, read by some twenty modules. Each used to
spell `importlib.resources.files("frontwatch") / "data" / name` and its own decoding; here the
package's data directory, its encoding (UTF-8) and the JSON reading are said once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def data_file(*parts: str) -> Traversable:
    """The shipped file `data/<parts...>` (a Traversable: works from a wheel or a source tree)."""
    return resources.files("frontwatch").joinpath("data", *parts)


def data_path(*parts: str) -> Path:
    """The shipped file as a filesystem path, for readers that take a path (csv, the models' loaders)."""
    return Path(str(data_file(*parts)))


def data_text(*parts: str) -> str:
    """The shipped file's text."""
    return data_file(*parts).read_text(encoding="utf-8")


def data_json(*parts: str) -> Any:
    """The shipped JSON file, parsed."""
    return json.loads(data_text(*parts))


@lru_cache(maxsize=None)
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The shipped JSON file's word lists as sets, by key (its strings, such as an "about" note, left out): the
    form of the rule modules' lexicons (data/subtype_agents.json, subtype_strategic.json, ...), read once."""
    return {k: frozenset(v) for k, v in data_json(name).items() if isinstance(v, list)}


__all__ = ["data_file", "data_json", "data_path", "data_text", "word_lists"]
