"""A fingerprint of every story built from the bench's synthetic events, to prove a speed-up changed nothing.

    .venv/bin/python bench/story_digest.py [--events 100000] [--src OTHER_CHECKOUT/src]

Prints the number of stories and the SHA-256 of their full records (every field, explanations and
disagreement flags included) in the builder's canonical order. Run it on two checkouts (`--src`
points at the other one's source) and compare: equal digests mean equal stories.
`bench/story_build.py` records the same digest for its batch build (`stories_sha256`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def stories_digest(stories: Iterable[Any]) -> str:
    """SHA-256 of the stories' records as sorted-key JSON, one line each, in the order given."""
    h = hashlib.sha256()
    for story in stories:
        h.update(json.dumps(story.to_record(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree whose builder is fingerprinted")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from story_build import records  # the bench's own events (this checkout's generator)

    sys.path.insert(0, str(args.src.resolve()))
    for name in [m for m in sys.modules if m == "frontwatch" or m.startswith("frontwatch.")]:
        del sys.modules[name]  # story_build imported this checkout's builder: build with --src's instead
    from frontwatch.merge.stories import build_stories

    import frontwatch
    stories = build_stories([e for art in records(args.events) for e in art])
    print(json.dumps({"src": str(Path(frontwatch.__file__).parent), "events": args.events, "stories": len(stories),
                      "stories_sha256": stories_digest(stories)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
