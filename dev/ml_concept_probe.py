"""Which word forms of each event concept the language's lexicon misses (dev tool, issue 19).

Usage: PYTHONPATH=src python dev/ml_concept_probe.py [--probe FILE] [LANG ...]

Why: the lexicons grew from tune sentences, and what was grown that way did not carry to the report parts.
dev/families/concept_probe.toml lists, per language and concept, the forms a speaker would write for it
(both aspects and verbal nouns, passives and reflexives), made up without reading any development
sentence. Each form is tokenised and matched as `code_sentence` would (`event_tokens.words`,
`triggers.find_triggers`); a form is covered when a trigger of one of the concept's types spans one of its
words. The misses are the lexicon's gaps by construction, to be filled as classes (a verb with its aspect
partner and verbal noun), not form by form; no event is coded and no development sentence is read. `--probe` reads another list of the
same format (mlM45: dev/families/verb_noun_probe.toml, acts told by a light verb and its noun).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from frontwatch.lang.cues import load
from frontwatch.lang.event_tokens import words
from frontwatch.lang.triggers import find_triggers

PROBE = Path(__file__).resolve().parent / "families" / "concept_probe.toml"


def probe(lang: str, concepts: dict[str, list[str]]) -> tuple[int, int, list[str]]:
    """(forms, covered, lines for the misses) of one language."""
    cues, n, ok, lines = load(lang), 0, 0, []
    for concept, (types, *forms) in concepts.items():
        want = set(types.split("|"))
        for form in forms:
            n += 1
            got = [t.type for t in find_triggers(words(form, cues), lang)]
            if want.intersection(got):
                ok += 1
            else:
                lines.append(f"  {concept:10} {form!r:40} -> {got or '-'}")
    return n, ok, lines


def main() -> None:
    args, path = sys.argv[1:], PROBE
    if args[:1] == ["--probe"]:
        path, args = Path(args[1]), args[2:]
    data = tomllib.loads(path.read_text())
    for lang in args or list(data):
        n, ok, lines = probe(lang, data[lang])
        print(f"{lang}: {ok}/{n} forms covered")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
